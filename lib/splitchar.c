/* splitchar.c: what the scm-split files share about bytes: the byte
   classes, ASCII case-insensitive tests, folding white space. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "scm.h"

/* Byte classes: 1 white space (ASCII), 2 maybe white space (UTF-8 lead
   byte of one), 4 digit, 8 lower case, 16 upper case. */
unsigned char splitbc[256];

void
initbc(void)
{
	int c;

	splitbc[' '] = splitbc['\t'] = splitbc['\n'] = 1;
	splitbc['\v'] = splitbc['\f'] = splitbc['\r'] = 1;
	splitbc[0xC2] = splitbc[0xE1] = splitbc[0xE2] = 2;
	splitbc[0xE3] = splitbc[0xEF] = 2;
	for (c = '0'; c <= '9'; c++)
		splitbc[c] = 4;
	for (c = 'a'; c <= 'z'; c++)
		splitbc[c] = 8;
	for (c = 'A'; c <= 'Z'; c++)
		splitbc[c] = 16;
}

int
splower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* Case-insensitive: does s equal lit? does s start with lit? */
int
eqci(Str s, const char *lit)
{
	if (s.n == 0 || splower((unsigned char)s.p[0]) != (unsigned char)lit[0])
		return 0;	/* most words differ at once: no strlen */
	return s.n == strlen(lit) && sprefixci(s, lit);
}

int
sprefixci(Str s, const char *lit)
{
	size_t i, n;

	if (s.n == 0 || splower((unsigned char)s.p[0]) != (unsigned char)lit[0])
		return lit[0] == '\0';
	if (s.n < (n = strlen(lit)))
		return 0;
	for (i = 0; i < n; i++)
		if (splower((unsigned char)s.p[i]) != (unsigned char)lit[i])
			return 0;
	return 1;
}

int
contains(Str s, const char *lit)
{
	size_t i, n = strlen(lit);

	for (i = 0; i + n <= s.n; i++)
		if (s.p[i] == lit[0] && memcmp(s.p + i, lit, n) == 0)
			return 1;
	return 0;
}

/*
 * Append p[0..n) to b, each run of white space as one space (none at
 * the start of b, none doubled).  If cand is not NULL, store in *cand
 * the offset in b just after the last short number (1-3 digits) that is
 * followed by two or more spaces or ends the text: where a superscript
 * ordinal was torn off.
 */
/* The letters of the Latin ligature (U+FB00-FB06: ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) at
   p, no longer than its three bytes; NULL if p holds none. */
const char *
ligature(const unsigned char *p, size_t n)
{
	static const char *const ligs[] = {
		"ff", "fi", "fl", "ffi", "ffl", "st", "st",
	};

	if (n < 3 || p[0] != 0xEF || p[1] != 0xAC || p[2] < 0x80 || p[2] > 0x86)
		return NULL;
	return ligs[p[2] - 0x80];
}

#define ONES 0x0101010101010101ULL
#define HIGH 0x8080808080808080ULL
#define HASZERO(v) (((v) - ONES) & ~(v) & HIGH)

/* Does b[0..n) end in a whole character (ASCII, or a valid UTF-8
   sequence), so that dropping what follows it joins no bytes into a new
   one?  Invalid bytes are carried as they are and must stay so. */
static int
whole(const char *b, size_t n)
{
	const unsigned char *p = (const unsigned char *)b;
	size_t k = n;
	long c;

	if (n == 0 || p[n - 1] < 0x80)
		return 1;
	while (k > 0 && n - k < 4 && (p[k - 1] & 0xC0) == 0x80)
		k--;
	if (k == 0 || p[k - 1] < 0xC0)
		return 0;
	k--;
	return utf8dec(p + k, n - k, &c) == (int)(n - k) && c >= 0;
}

void
addfold(Buf *b, const char *s, size_t n, size_t *cand)
{
	const unsigned char *p = (const unsigned char *)s;
	const char *lig;
	char *d;
	size_t i = 0, start = 0, k, m, run;

	egrow(&b->p, &b->cap, b->n + n + 2, 1);
	d = b->p + b->n;
	/* eight bytes at a time while there is no control byte, no byte
	   above 0x7F and no two spaces in a row */
#ifdef __SSE2__
	if (n > 0 && p[0] != ' ') {	/* sixteen at a time (signed: above 0x7F is below 0x20) */
		const __m128i c20 = _mm_set1_epi8(0x20);
		__m128i x, y;

		for (; i + 17 <= n; i += 16) {
			x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
			y = _mm_loadu_si128((const __m128i *)(const void *)(p + i + 1));
			if (_mm_movemask_epi8(_mm_or_si128(_mm_cmplt_epi8(x, c20),
			    _mm_and_si128(_mm_cmpeq_epi8(x, c20), _mm_cmpeq_epi8(y, c20)))) != 0)
				break;
		}
	}
#endif
	if (n > 0 && p[0] != ' ')
		while (i + 9 <= n) {
			uint64_t x, y;

			memcpy(&x, p + i, 8);
			memcpy(&y, p + i + 1, 8);
			if ((x & HIGH) | ((x - ONES * 0x20) & ~x & HIGH) |
			    (HASZERO(x ^ (ONES * ' ')) & HASZERO(y ^ (ONES * ' '))))
				break;
			i += 8;
		}
	for (;;) {
		/* the fast path: plain bytes and single ASCII spaces */
		while (i < n && !(splitbc[p[i]] & 3))
			i++;
		if (i < n && p[i] == ' ' && i > 0 && i + 1 < n && !(splitbc[p[i + 1]] & 3)) {
			i++;
			continue;
		}
		memcpy(d, s + start, i - start);
		d += i - start;
		if (i >= n)
			break;
		k = spanspace(s + i, n - i);
		m = p[i] >= 0xC2 ? invisible(p + i, n - i) : 0;
		if (m > 0 && (k == 0 || (k == m && i + k < n && d > b->p &&
		    d[-1] != ' ')) && (i + m >= n || (p[i + m] & 0xC0) != 0x80) &&
		    whole(b->p, (size_t)(d - b->p))) {
			/* a soft hyphen, a word joiner, a zero-width space
			   between two characters: not there to the reader */
			i += m;
			start = i;
			if (i == n && d > b->p && d[-1] == ' ')
				d--;	/* "here \u00AD": no space left at the end */
			continue;
		}
		if (k == 0 && (lig = ligature(p + i, n - i)) != NULL) {
			/* a PDF font's ligature: its letters */
			memcpy(d, lig, strlen(lig));
			d += strlen(lig);
			i += 3;
			start = i;
			continue;
		}
		if (k == 0) {		/* a lead byte, not a space */
			*d++ = (char)p[i++];
			start = i;
			continue;
		}
		run = 0;
		while (run < k && (p[i + run] == ' ' || p[i + run] == '\t'))
			run++;
		if (cand != NULL && run >= 2 && d > b->p && ISDIGIT(d[-1])) {
			size_t m = 1;

			while (d - m > b->p && ISDIGIT(d[-1 - (long)m]))
				m++;
			if (m <= 3 && (d - m == b->p || d[-1 - (long)m] == ' '))
				*cand = (size_t)(d - b->p);
		}
		if (d > b->p && d[-1] != ' ')
			*d++ = ' ';
		i += k;
		start = i;
	}
	b->n = (size_t)(d - b->p);
	b->p[b->n] = '\0';
	if (cand != NULL && b->n > 0 && ISDIGIT(b->p[b->n - 1])) {
		size_t m = 1;

		while (m < b->n && ISDIGIT(b->p[b->n - 1 - m]))
			m++;
		if (m <= 3 && (m == b->n || b->p[b->n - 1 - m] == ' '))
			*cand = b->n;
	}
}

int
inwordset(Str w, WordSet *ws)
{
	size_t i, n;
	int c;

	if (!ws->init) {
		for (i = 0; i < ws->n; i++) {
			if ((n = strlen(ws->w[i])) >= 32)
				continue;	/* never found: see scm.h */
			c = (unsigned char)ws->w[i][0];
			ws->lens[c] |= (uint32_t)1 << n;
			if (ws->ci && c >= 'a' && c <= 'z')
				ws->lens[c - 'a' + 'A'] |= (uint32_t)1 << n;
		}
		ws->init = 1;
	}
	if (w.n == 0 || w.n >= 32 ||
	    !(ws->lens[(unsigned char)w.p[0]] & (uint32_t)1 << w.n))
		return 0;	/* no word has this length and first byte */
	for (i = 0; i < ws->n; i++)
		if (ws->ci ? eqci(w, ws->w[i]) : (ws->w[i][0] == w.p[0] &&
		    strlen(ws->w[i]) == w.n && memcmp(ws->w[i], w.p, w.n) == 0))
			return 1;
	return 0;
}
