/* recout.c: the one writer of scm-records(5): fields and records written
   escaped, to a stream or into a buffer; one escaper, field(), for both. */
#include <stdio.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "scm.h"

/* 1 for the bytes a field escapes: \\ \t \n \r */
static const unsigned char esc[256] = {
	['\\'] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1,
};

#define ONES 0x0101010101010101ULL
#define HIGH 0x8080808080808080ULL
#define HASZERO(v) (((v) - ONES) & ~(v) & HIGH)

/* Write s escaped at d (room for 2 * s.n + 1 bytes); return the end. */
static char *
field(char *d, Str s)
{
	const unsigned char *p = (const unsigned char *)s.p, *end = p + s.n, *q;
#ifdef __SSE2__
	const __m128i bsl = _mm_set1_epi8('\\'), tab = _mm_set1_epi8('\t'),
	    nl = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
#endif

	if (s.n == 0) {
		*d++ = '-';
		return d;
	}
	while (p < end) {
		q = p;
#ifdef __SSE2__
		/* sixteen bytes at a time while none is to be escaped */
		while (end - q >= 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)q);

			if (_mm_movemask_epi8(_mm_or_si128(
			    _mm_or_si128(_mm_cmpeq_epi8(v, bsl), _mm_cmpeq_epi8(v, tab)),
			    _mm_or_si128(_mm_cmpeq_epi8(v, nl), _mm_cmpeq_epi8(v, cr)))) != 0)
				break;
			q += 16;
		}
#endif
		/* eight bytes at a time while none is '\\' or below 0x0E */
		while (end - q >= 8) {
			uint64_t x;

			memcpy(&x, q, 8);
			if (((x - ONES * 0x0E) & ~x & HIGH) |
			    HASZERO(x ^ (ONES * '\\')))
				break;
			q += 8;
		}
		for (; q < end && !esc[*q]; q++)
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
	return d;
}

void
recbuf(Buf *b, const Record *r)
{
	size_t i, need = NFIELD + 1;
	char *d;

	for (i = 0; i < NFIELD; i++)
		need += 2 * r->f[i].n + 1;
	egrow(&b->p, &b->cap, b->n + need, 1);
	d = b->p + b->n;
	for (i = 0; i < NFIELD; i++) {
		d = field(d, r->f[i]);
		*d++ = i + 1 < NFIELD ? '\t' : '\n';
	}
	b->n = (size_t)(d - b->p);
	b->p[b->n] = '\0';
}

void
fieldbuf(Buf *b, Str s, int dash)
{
	char *d;

	if (s.n == 0 && !dash)
		return;
	egrow(&b->p, &b->cap, b->n + 2 * s.n + 2, 1);
	d = field(b->p + b->n, s);
	b->n = (size_t)(d - b->p);
	b->p[b->n] = '\0';
}

void
fieldput(FILE *fp, Str s, int dash)
{
	char buf[1024];
	size_t k;

	if (s.n == 0) {
		if (dash)
			putc('-', fp);
		return;
	}
	/* in pieces of at most 512 bytes, which escape to at most 1024 */
	for (; s.n > 0; s.p += k, s.n -= k) {
		k = s.n < 512 ? s.n : 512;
		fwrite(buf, 1, (size_t)(field(buf, (Str){ s.p, k }) - buf), fp);
	}
}

void
recput(FILE *fp, const Record *r)
{
	size_t i;

	for (i = 0; i < NFIELD; i++) {
		if (i > 0)
			putc('\t', fp);
		fieldput(fp, r->f[i], 1);
	}
	putc('\n', fp);
}
