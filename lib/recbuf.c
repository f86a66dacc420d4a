/* recbuf.c: records escaped into a buffer, for writing a line at once. */
#include <string.h>

#include "scm.h"

void
fieldbuf(Buf *b, Str s, int dash)
{
	const char *p = s.p, *end = s.p + s.n, *q;

	if (s.n == 0 && dash) {
		bufaddc(b, '-');
		return;
	}
	while (p < end) {
		for (q = p; q < end && *q != '\\' && *q != '\t' && *q != '\n' &&
		    *q != '\r'; q++)
			;
		bufadd(b, p, (size_t)(q - p));
		if (q == end)
			break;
		bufaddc(b, '\\');
		bufaddc(b, *q == '\\' ? '\\' : *q == '\t' ? 't' : *q == '\n' ? 'n' : 'r');
		p = q + 1;
	}
}

void
recbuf(Buf *b, const Record *r)
{
	size_t i;

	for (i = 0; i < NFIELD; i++) {
		if (i > 0)
			bufaddc(b, '\t');
		fieldbuf(b, r->f[i], 1);
	}
	bufaddc(b, '\n');
}
