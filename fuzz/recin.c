/* recin.c: fuzz recnext over an fmemopen'd file: records or plain text
   lines, never a crash; every record's text is inside the line, or, for
   plain text in another encoding, its decoded copy. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

int LLVMFuzzerTestOneInput(const unsigned char *, size_t);

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t n)
{
	RecIn ri;
	size_t i, lines = 0;
	int got;

	if (n == 0)
		return 0;
	memset(&ri, 0, sizeof(ri));
	ri.plain = -1;
	ri.in.name = "fuzz";
	ri.in.label = S("fuzz");
	if ((ri.in.fp = fmemopen((void *)data, n, "r")) == NULL)
		abort();
	/* messages for malformed records go to stderr: keep them quiet */
	while ((got = recnext(&ri)) != 0 && got != -1) {
		lines++;
		if (ri.in.lineno != lines)
			abort();
		if (got == REC_BAD)
			continue;	/* reported and skipped */
		for (i = 0; i < NFIELD; i++)
			if (ri.r.f[i].p == NULL && ri.r.f[i].n > 0)
				abort();
		/* plain text: the line itself, or its decoded copy */
		if (ri.plain && (ri.r.f[F_TEXT].p != ri.in.line ||
		    ri.r.f[F_TEXT].n != ri.in.len) &&
		    (ri.r.f[F_TEXT].p < ri.in.line || ri.r.f[F_TEXT].p +
		    ri.r.f[F_TEXT].n > ri.in.line + ri.in.len) &&
		    (ri.r.f[F_TEXT].p != ri.dec.out.p ||
		    ri.r.f[F_TEXT].n != ri.dec.out.n))
			abort();
		if (!ri.plain && !ri.json && (ri.r.f[F_TEXT].p < ri.in.line ||
		    ri.r.f[F_TEXT].p + ri.r.f[F_TEXT].n > ri.in.line + ri.in.len))
			abort();
		/* JSON Lines: the decoded text is in ri.jb, or the "-" of none */
		if (ri.json && !isabsent(ri.r.f[F_TEXT]) &&
		    (ri.r.f[F_TEXT].p < ri.jb.p ||
		    ri.r.f[F_TEXT].p + ri.r.f[F_TEXT].n > ri.jb.p + ri.jb.n))
			abort();
	}
	/* a bad record is skipped; only a read error or a binary first line
	   (the file never decided) stops, and plain text never fails */
	if (got < 0 && ri.plain == REC_PLAIN)
		abort();
	recclose(&ri);
	return 0;
}
