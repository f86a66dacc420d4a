/* recbuf.c: records formatted into a buffer, for writers of many records. */
#include <string.h>

#include "scm.h"

/* 1 for the bytes a field escapes: \\ \t \n \r */
static const unsigned char esc[256] = {
	['\\'] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1,
};

static void
fieldbuf(Buf *b, Str s)
{
	const unsigned char *p = (const unsigned char *)s.p, *end = p + s.n, *q;
	char *d;

	if (s.n == 0) {
		bufaddc(b, '-');
		return;
	}
	egrow(&b->p, &b->cap, b->n + 2 * s.n + 1, 1);
	d = b->p + b->n;
	while (p < end) {
		for (q = p; q < end && !esc[*q]; q++)
			;
		memcpy(d, p, (size_t)(q - p));
		d += q - p;
		if (q == end)
			break;
		*d++ = '\\';
		switch (*q) {
		case '\\': *d++ = '\\'; break;
		case '\t': *d++ = 't'; break;
		case '\n': *d++ = 'n'; break;
		case '\r': *d++ = 'r'; break;
		}
		p = q + 1;
	}
	b->n = (size_t)(d - b->p);
	b->p[b->n] = '\0';
}

void
recbuf(Buf *b, const Record *r)
{
	size_t i;

	for (i = 0; i < NFIELD; i++) {
		if (i > 0)
			bufaddc(b, '\t');
		fieldbuf(b, r->f[i]);
	}
	bufaddc(b, '\n');
}
