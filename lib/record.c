/* record.c: the six-field records of scm-records(5): field and kind
   names, the one unescaper, parsing a line (writing: recout.c, jsonout.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "scm.h"

const char *fieldname[NFIELD] = {
	"doc", "loc", "kind", "section", "tags", "text",
};

const char *kindname[NKIND] = {
	"heading", "meta", "clause", "item", "para", "noise",
};

int
fieldbyname(const char *s)
{
	size_t i;

	for (i = 0; i < NFIELD; i++)
		if (strcmp(s, fieldname[i]) == 0)
			return (int)i;
	if (s[0] >= '1' && s[0] <= '0' + NFIELD && s[1] == '\0')
		return s[0] - '1';
	return -1;
}

int
kindbyname(Str s)
{
	size_t i;

	for (i = 0; i < NKIND; i++)
		if (streqlit(s, kindname[i]))
			return (int)i;
	return -1;
}

int
isabsent(Str s)
{
	return s.n == 0 || (s.n == 1 && s.p[0] == '-');
}

int
fieldunesc(Str *s)
{
	char *r, *w, *end;

	if (s->n == 0 || (r = memchr(s->p, '\\', s->n)) == NULL)
		return 0;
	end = s->p + s->n;	/* not before: s->p may be NULL when n is 0 */
	for (w = r; r < end; r++) {
		if (*r != '\\') {
			*w++ = *r;
			continue;
		}
		if (++r == end)
			return -2;
		switch (*r) {
		case '\\': *w++ = '\\'; break;
		case 't': *w++ = '\t'; break;
		case 'n': *w++ = '\n'; break;
		case 'r': *w++ = '\r'; break;
		default: return -1;
		}
	}
	s->n = (size_t)(w - s->p);
	return 0;
}

/* Undo the escapes of s in place; -1 with *err on a bad one. */
static int
unescape(Str *s, const char **err)
{
	int r = fieldunesc(s);

	if (r == 0)
		return 0;
	*err = r == -2 ? "trailing backslash" :
	    "bad escape (only \\\\, \\t, \\n, \\r)";
	return -1;
}

#ifdef __SSE2__
/* The tabs, backslashes and carriage returns of the sixteen bytes at p,
   a bit each. */
static unsigned
mask3(const char *p)
{
	const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);

	return (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('\t')),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('\r'))));
}

/* The bytes of mask m, from s + at: tabs into tab[], the others into
   *f.  1 when the NFIELDth tab is found. */
static int
hits(const char *s, size_t at, unsigned long m, size_t tab[NFIELD],
    size_t *k, int *f)
{
	size_t c;

	for (; m != 0; m &= m - 1) {
		c = at + (size_t)__builtin_ctzl(m);
		if (s[c] != '\t')
			*f |= s[c] == '\\' ? 1 : 2;
		else {
			tab[(*k)++] = c;
			if (*k == NFIELD)
				return 1;
		}
	}
	return 0;
}
#endif

/*
 * One pass over line[0..n): the offsets of its first tabs in tab[] (up
 * to NFIELD of them), and in *seen 1 for a backslash, 2 for a carriage
 * return.  Returns the number of tabs, NFIELD meaning NFIELD or more.
 * Thirty-two bytes at a time where SSE2 is there: most of a record's
 * text has none of the three bytes.
 */
static size_t
scanline(const char *s, size_t n, size_t tab[NFIELD], int *seen)
{
	size_t i = 0, k = 0;
	int f = 0;

#ifdef __SSE2__
	if (n >= 16) {
		size_t at;
		unsigned long m;

		for (at = 0; at + 32 <= n; at += 32) {
			m = (unsigned long)mask3(s + at) |
			    (unsigned long)mask3(s + at + 16) << 16;
			if (m != 0 && hits(s, at, m, tab, &k, &f))
				goto done;
		}
		if (at + 16 <= n) {
			if (hits(s, at, mask3(s + at), tab, &k, &f))
				goto done;
			at += 16;
		}
		/* the last sixteen bytes overlap those done: masked off */
		if (at < n && hits(s, n - 16, mask3(s + n - 16) &
		    (0xFFFFu << (16 - (n - at))), tab, &k, &f))
			goto done;
		i = n;
	}
#endif
	for (; i < n; i++)
		if (s[i] == '\t') {
			tab[k++] = i;
			if (k == NFIELD)
				break;
		} else if (s[i] == '\\')
			f |= 1;
		else if (s[i] == '\r')
			f |= 2;
#ifdef __SSE2__
done:
#endif
	*seen = f;
	return k;
}

int
recscan(Record *r, char *line, size_t n, const char **err, int *raw)
{
	size_t tab[NFIELD], i, k, b = 0;
	int seen, empty;

	k = scanline(line, n, tab, &seen);
	if (k < NFIELD - 1) {
		*err = "too few fields (want 6)";
		return -1;
	}
	if (k > NFIELD - 1) {
		*err = "too many fields (want 6)";
		return -1;
	}
	empty = 0;
	for (i = 0; i < NFIELD - 1; i++) {
		r->f[i] = (Str){ line + b, tab[i] - b };
		empty |= tab[i] == b;
		b = tab[i] + 1;
	}
	r->f[F_TEXT] = (Str){ line + b, n - b };
	*raw = seen == 0 && !empty && n > b;
	if (!(seen & 1))
		return 0;	/* nothing to undo */
	for (i = 0; i < NFIELD; i++)
		if (unescape(&r->f[i], err) < 0)
			return -1;
	return 0;
}

int
recparse(Record *r, char *line, size_t n, const char **err)
{
	int raw;

	return recscan(r, line, n, err, &raw);
}

int
isrecord(const char *line, size_t n)
{
	size_t i, tabs = 0;

	for (i = 0; i < n; i++) {
		if (line[i] == '\t')
			tabs++;
		else if (line[i] == '\\') {
			if (i + 1 == n || line[i + 1] == '\0' ||
			    strchr("\\tnr", line[i + 1]) == NULL)
				return 0;
			i++;
		}
	}
	return tabs == NFIELD - 1;
}
