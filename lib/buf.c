/* buf.c: a growable byte buffer, always NUL-terminated past its length. */
#include <stdlib.h>
#include <string.h>

#include "scm.h"

void
bufadd(Buf *b, const void *p, size_t n)
{
	if (b->n + n + 1 > b->cap)
		egrow(&b->p, &b->cap, b->n + n + 1, 1);
	if (n > 0)
		memcpy(b->p + b->n, p, n);
	b->n += n;
	b->p[b->n] = '\0';
}

void
bufaddc(Buf *b, int c)
{
	if (b->n + 2 > b->cap)
		egrow(&b->p, &b->cap, b->n + 2, 1);
	b->p[b->n++] = (char)c;
	b->p[b->n] = '\0';
}

void
bufaddstr(Buf *b, Str s)
{
	bufadd(b, s.p, s.n);
}

void
buffree(Buf *b)
{
	free(b->p);
	b->p = NULL;
	b->n = b->cap = 0;
}

void
bufaddnum(Buf *b, size_t v)
{
	char d[24], *p = d + sizeof(d);

	do
		*--p = (char)('0' + v % 10);
	while ((v /= 10) > 0);
	bufadd(b, p, (size_t)(d + sizeof(d) - p));
}
