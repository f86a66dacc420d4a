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

/* The escape of byte c (one of esc) at d; the end. */
static char *
escape(char *d, unsigned char c)
{
	*d++ = '\\';
	switch (c) {
	case '\\': *d++ = '\\'; break;
	case '\t': *d++ = 't'; break;
	case '\n': *d++ = 'n'; break;
	case '\r': *d++ = 'r'; break;
	}
	return d;
}

/* Write s escaped at d (room for 2 * s.n + 1 bytes); return the end.
   Sixteen bytes at a time where SSE2 is there, copied as they are
   checked, the last of a long field by its last sixteen again; a short
   field, and the last bytes after an escape, one at a time. */
static char *
field(char *d, Str s)
{
	const unsigned char *p = (const unsigned char *)s.p, *end = p + s.n;
#ifdef __SSE2__
	const __m128i bsl = _mm_set1_epi8('\\'), tab = _mm_set1_epi8('\t'),
	    nl = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
	const unsigned char *stop;
	__m128i v;
#endif

	if (s.n == 0) {
		*d++ = '-';
		return d;
	}
#ifdef __SSE2__
	while (end - p >= 16) {
		v = _mm_loadu_si128((const __m128i *)(const void *)p);
		_mm_storeu_si128((__m128i *)(void *)d, v);	/* room: 2 * s.n */
		if (_mm_movemask_epi8(_mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(v, bsl), _mm_cmpeq_epi8(v, tab)),
		    _mm_or_si128(_mm_cmpeq_epi8(v, nl), _mm_cmpeq_epi8(v, cr)))) == 0) {
			p += 16;
			d += 16;
			continue;
		}
		for (stop = p + 16; p < stop; p++)	/* this block with its escapes */
			if (esc[*p])
				d = escape(d, *p);
			else
				*d++ = (char)*p;
	}
	if (p - (const unsigned char *)s.p >= 16 && p < end) {
		/* the last bytes of a long field: its last sixteen checked
		   again; without an escape there, those before p were copied
		   as they are, and writing the sixteen again adds the rest */
		v = _mm_loadu_si128((const __m128i *)(const void *)(end - 16));
		if (_mm_movemask_epi8(_mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(v, bsl), _mm_cmpeq_epi8(v, tab)),
		    _mm_or_si128(_mm_cmpeq_epi8(v, nl), _mm_cmpeq_epi8(v, cr)))) == 0) {
			_mm_storeu_si128((__m128i *)(void *)(d - (16 - (end - p))), v);
			d += end - p;
			p = end;
		}
	}
#endif
	for (; p < end; p++)
		if (esc[*p])
			d = escape(d, *p);
		else
			*d++ = (char)*p;
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
