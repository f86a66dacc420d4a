/* str.c: comparing and cutting views. */
#include <string.h>

#include "scm.h"

int
streq(Str a, Str b)
{
	return a.n == b.n && (a.n == 0 || memcmp(a.p, b.p, a.n) == 0);
}

int
streqlit(Str a, const char *s)
{
	size_t n = strlen(s);

	return a.n == n && memcmp(a.p, s, n) == 0;
}

int
strcmpb(Str a, Str b)
{
	size_t n = a.n < b.n ? a.n : b.n;
	int c = n ? memcmp(a.p, b.p, n) : 0;

	if (c != 0)
		return c;
	return (a.n > b.n) - (a.n < b.n);
}

Str
strtrim(Str s)
{
	size_t k;
	long cp;
	int len;

	while (s.n > 0 && (k = spanspace(s.p, s.n)) > 0) {
		s.p += k;
		s.n -= k;
	}
	/* from the end: step back over one character at a time */
	while (s.n > 0) {
		size_t i = s.n - 1;

		while (i > 0 && ((unsigned char)s.p[i] & 0xC0) == 0x80 && s.n - i < 4)
			i--;
		len = utf8dec((unsigned char *)s.p + i, s.n - i, &cp);
		if ((size_t)len != s.n - i || !isuspace(cp))
			break;
		s.n = i;
	}
	return s;
}

Str
strcut(Str *s, int c)
{
	Str r = *s;
	char *p = s->n ? memchr(s->p, c, s->n) : NULL;

	if (p == NULL) {
		s->p += s->n;
		s->n = 0;
		return r;
	}
	r.n = (size_t)(p - s->p);
	s->n -= r.n + 1;
	s->p = p + 1;
	return r;
}

/* Does s hold one of the bytes of set? */
int
strany(Str s, const char *set)
{
	size_t i;

	for (i = 0; i < s.n; i++)
		if (s.p[i] != '\0' && strchr(set, s.p[i]) != NULL)
			return 1;
	return 0;
}

int
strhas(Str s, const char *lit)
{
	size_t n = strlen(lit);
	const char *p = s.p, *end = s.p + s.n, *q;

	if (n == 0)
		return 1;
	/* the second byte: in UTF-8 Hangul the one that varies most (a
	   match's second byte may stand at p, its first before it) */
	while ((size_t)(end - p) + (n > 1) >= n &&
	    (q = memchr(p, lit[n > 1], (size_t)(end - p))) != NULL) {
		if ((size_t)(q - s.p) >= (size_t)(n > 1) && (size_t)(end - q) + (n > 1) >= n &&
		    memcmp(q - (n > 1), lit, n) == 0)
			return 1;
		p = q + 1;
	}
	return 0;
}

int
strin(Str s, Str w)
{
	const char *p = s.p, *end = s.p + s.n, *q;

	if (w.n == 0)
		return 1;
	while ((size_t)(end - p) >= w.n && (q = memchr(p, w.p[0], (size_t)(end - p))) != NULL) {
		if ((size_t)(end - q) >= w.n && memcmp(q, w.p, w.n) == 0)
			return 1;
		p = q + 1;
	}
	return 0;
}

int
strends(Str s, const char *lit)
{
	size_t n = strlen(lit);

	return s.n >= n && memcmp(s.p + s.n - n, lit, n) == 0;
}

size_t
asciirun(Str s)
{
	uint64_t w;
	size_t i;

	for (i = 0; i + 8 <= s.n; i += 8) {	/* eight bytes at a time */
		memcpy(&w, s.p + i, 8);
		if (w & 0x8080808080808080ULL)
			break;
	}
	for (; i < s.n && (unsigned char)s.p[i] < 0x80; i++)
		;
	return i;
}

/* The next space-separated word of t from *off, which goes past it;
   0 at the end. */
int
strword(Str t, size_t *off, Str *w)
{
	size_t i = *off, b;

	while (i < t.n && t.p[i] == ' ')
		i++;
	if (i >= t.n)
		return 0;
	for (b = i; i < t.n && t.p[i] != ' '; i++)
		;
	*w = (Str){ t.p + b, i - b };
	*off = i;
	return 1;
}

/* Does s open with one of the n words of w, a space after it? */
int
stropens(Str s, const char *const *w, size_t n)
{
	size_t i, k;

	for (i = 0; i < n; i++)
		if (s.n > (k = strlen(w[i])) && s.p[k] == ' ' &&
		    memcmp(s.p, w[i], k) == 0)
			return 1;
	return 0;
}
