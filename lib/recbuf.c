/* recbuf.c: records escaped into a buffer, for writing a line at once. */
#include <string.h>

#include "scm.h"

/* The next c in p[0..end), or end. */
static const char *
next(const char *p, const char *end, int c)
{
	const char *q = p < end ? memchr(p, c, (size_t)(end - p)) : NULL;

	return q != NULL ? q : end;
}

void
fieldbuf(Buf *b, Str s, int dash)
{
	static const char sp[4] = { '\\', '\t', '\n', '\r' };
	static const char esc[4] = { '\\', 't', 'n', 'r' };
	const char *p = s.p, *end = s.p + s.n, *at[4], *q;
	int i, k;

	if (s.n == 0 && dash) {
		bufaddc(b, '-');
		return;
	}
	/* memchr for each special character: fast on text that has none */
	for (i = 0; i < 4; i++)
		at[i] = next(p, end, sp[i]);
	for (;;) {
		for (k = 0, i = 1; i < 4; i++)
			if (at[i] < at[k])
				k = i;
		q = at[k];
		bufadd(b, p, (size_t)(q - p));
		if (q == end)
			break;
		bufaddc(b, '\\');
		bufaddc(b, esc[k]);
		p = q + 1;
		at[k] = next(p, end, sp[k]);
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
