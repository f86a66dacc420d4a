/* tokceil: a ceiling for scm-tag, measured, not a tool.  It reads
   records as scm-tag does, cuts each text into tokens with the fast
   tokenizer scm-tag uses (tokscan), looks nothing up, and writes each
   record back (the line as read when it is raw, as scm-tag copies it).
   scm-tag -L is the ceiling without tokens; this one is "the same loop
   without matching".
   usage: tokceil [file ...] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

int
main(int argc, char *argv[])
{
	RecIn ri;
	Lex *x = lexnew();
	Buf line = { 0 };
	size_t ntok = 0;
	int i, r, status = 0;

	argv0 = "tokceil";
	for (i = 1; i < argc || i == 1; i++) {
		if (recopen(&ri, i < argc ? argv[i] : "-", NULL, REC_AUTO) < 0) {
			status = 2;
			continue;
		}
		while ((r = recnext(&ri)) != 0) {
			if (r < 0) {
				status = 2;
				if (r == REC_BAD)
					continue;
				break;
			}
			tokscan(x, ri.r.f[F_TEXT].p, ri.r.f[F_TEXT].n, 0);
			ntok += x->ntok;
			line.n = 0;
			if (ri.raw) {
				bufadd(&line, ri.in.line, ri.in.len);
				bufaddc(&line, '\n');
			} else
				recbuf(&line, &ri.r);
			fwrite(line.p, 1, line.n, stdout);
		}
		recclose(&ri);
	}
	if (fflush(stdout) != 0 || ferror(stdout))
		status = 2;
	fprintf(stderr, "tokceil: %zu tokens\n", ntok);
	buffree(&line);
	lexfree(x);
	return status;
}
