/* words.c: the words of a text, folded for counting and comparing. */
#include <stdlib.h>
#include <string.h>

#include "scm.h"

/* Sorted, for bsearch. */
static const char *stop[] = {
	"a", "about", "above", "after", "again", "against", "all", "also",
	"am", "an", "and", "any", "are", "as", "at", "be", "because", "been",
	"before", "being", "below", "between", "both", "but", "by", "can",
	"could", "did", "do", "does", "doing", "down", "during", "each",
	"few", "for", "from", "further", "had", "has", "have", "having", "he",
	"her", "here", "hers", "herself", "him", "himself", "his", "how", "i",
	"if", "in", "into", "is", "it", "it's", "its", "itself", "just", "me",
	"more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off",
	"on", "once", "only", "or", "other", "our", "ours", "ourselves", "out",
	"over", "own", "same", "she", "should", "so", "some", "such", "than",
	"that", "the", "their", "theirs", "them", "themselves", "then",
	"there", "these", "they", "this", "those", "through", "to", "too",
	"under", "until", "up", "very", "was", "we", "were", "what", "when",
	"where", "which", "while", "who", "whom", "why", "will", "with",
	"would", "you", "your", "yours", "yourself", "yourselves",
};

/* wordbyte[c]: 1 for an ASCII letter or digit; lowerb[c]: c, an ASCII
   capital in lower case. */
static unsigned char wordbyte[256], lowerb[256];

/* The base letter of each Latin-1 letter U+00C0-U+00FF with an accent,
   in lower case ("communiqu\u00E9", "D\u00C9TENTE"); 0 for the others
   (\u00C6, \u00DF, \u00D7 ...), which are only folded to lower case. */
static const char latin1[65] =
	"aaaaaa\0ceeeeiiii\0nooooo\0ouuuuy\0\0aaaaaa\0ceeeeiiii\0nooooo\0ouuuuy\0y";

static void
inittables(void)
{
	int c;

	for (c = 0; c < 256; c++)
		lowerb[c] = (unsigned char)c;
	for (c = 'A'; c <= 'Z'; c++) {
		lowerb[c] = (unsigned char)(c - 'A' + 'a');
		wordbyte[c] = wordbyte[c - 'A' + 'a'] = 1;
	}
	for (c = '0'; c <= '9'; c++)
		wordbyte[c] = 1;
}

/* 1 letter or digit, 0 not; multi-byte characters are letters unless
   they are space, dashes, quotes or general punctuation. */
static inline int
isword(const unsigned char *s, size_t n, int *len)
{
	long c;

	if (s[0] < 0x80) {
		*len = 1;
		return (unsigned)((s[0] | 0x20) - 'a') < 26 ||
		    (unsigned)(s[0] - '0') < 10;
	}
	*len = utf8dec(s, n, &c);
	if (c < 0)
		return 0;
	if (isuspace(c) || isudash(c) || isuquote(c))
		return 0;
	if ((c >= 0x2000 && c <= 0x206F) || c == 0xAD || isusymbol(c) ||
	    c == 0x30FB)
		return 0;	/* general punctuation, list markers, ・ */
	if (c == 0xA7 || c == 0xB6 || c == 0xB7 || c == 0xBF || c == 0xA1 ||
	    c == 0xD7 || c == 0xF7 || (c >= 0xA2 && c <= 0xA9) || c == 0xAE ||
	    c == 0xB0 || c == 0xB1)
		return 0;
	return 1;
}

static int
isalpha1(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Is c an apostrophe (' or U+2019) at s? Returns its length or 0. */
static int
apos(const unsigned char *s, size_t n)
{
	if (s[0] == '\'')
		return 1;
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0x99)
		return 3;
	return 0;
}

#define ISDIG(c) ((unsigned)((c) - '0') < 10)

/* After a digit, the length of a joiner inside a number at s: a comma
   before three digits (28,500) or a middle dot before a digit (9·19,
   9ㆍ19); else 0. */
static int
numjoin(const unsigned char *s, size_t n)
{
	if (s[0] == ',')
		return n >= 4 && ISDIG(s[1]) && ISDIG(s[2]) && ISDIG(s[3]) &&
		    (n == 4 || !ISDIG(s[4]));
	if (n >= 3 && s[0] == 0xC2 && s[1] == 0xB7 && ISDIG(s[2]))
		return 2;
	if (n >= 4 && ISDIG(s[3]) && ((s[0] == 0xE3 && s[1] == 0x86 &&
	    s[2] == 0x8D) || (s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0xA7) ||
	    (s[0] == 0xE2 && s[1] == 0x88 && s[2] == 0x99) ||
	    (s[0] == 0xE3 && s[1] == 0x83 && s[2] == 0xBB)))
		return 3;
	return 0;
}

/* U+2010 hyphen, U+2011 non-breaking hyphen, U+2013 en dash at s? */
static int
dashjoin(const unsigned char *s, size_t n)
{
	return n >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
	    (s[2] == 0x90 || s[2] == 0x91 || s[2] == 0x93);
}

/* An en dash at s[i] in the word from start joins only where a side is
   an abbreviation in capitals, as in ROK\u2013U.S., Korea\u2013U.S., U.S.\u2013ROK;
   not a range (1990\u20132025) nor two names (Korea\u2013United States). */
static int
capsjoin(const unsigned char *s, size_t start, size_t i, size_t n)
{
	size_t a;

	if (i + 4 < n && s[i + 3] >= 'A' && s[i + 3] <= 'Z' &&
	    ((s[i + 4] >= 'A' && s[i + 4] <= 'Z') || s[i + 4] == '.'))
		return 1;
	for (a = i; a > start && ((s[a - 1] >= 'A' && s[a - 1] <= 'Z') ||
	    s[a - 1] == '.'); a--)
		;
	return a == start && i - a >= 2;
}

/* The next word; counting, also the rules of counted words: a number's
   commas and middle dots join it, a note's mark after a word's period
   parts from it (scm-diff's keys keep the rules of asciikey in adoc.c). */
static int
nextw(Str str, size_t *off, Str *w, int counting)
{
	const unsigned char *s = (const unsigned char *)str.p;
	size_t n = str.n, i = *off, start, seg, j;
	int len, k;

	if (!wordbyte['a'])
		inittables();
	for (;;) {
		while (i < n && s[i] < 0x80 && !wordbyte[s[i]])
			i++;	/* ASCII space and punctuation */
		if (i >= n || isword(s + i, n - i, &len))
			break;
		i += (size_t)len;
	}
	if (i >= n) {
		*off = n;
		return 0;
	}
	start = i;
	for (;;) {
		while (i < n && wordbyte[s[i]])
			i++;		/* the common case: ASCII letters */
		while (i < n && isword(s + i, n - i, &len))
			i += (size_t)len;
		if (i >= n || (s[i] < 0x80 && s[i] != '\'' && s[i] != '-' &&
		    s[i] != '.' && s[i] != ','))
			break;	/* no ASCII joiner: the common end */
		/* joiners: apostrophe, hyphen, period, an invisible
		   character (utf8.c), between word chars */
		k = apos(s + i, n - i);
		if (k == 0 && (s[i] == '-' || s[i] == '.'))
			k = 1;
		/* not a note's mark after a word: weapons.3, 있음.1) */
		if (counting && s[i] == '.' && i > start + 1 && i + 1 < n &&
		    ISDIG(s[i + 1]) &&
		    ((s[i - 1] >= 'a' && s[i - 1] <= 'z' && isalpha1(s[i - 2])) ||
		    s[i - 1] >= 0x80))
			k = 0;
		/* 28,500; 9·19 (with any middle dot) */
		if (counting && k == 0 && i > start && ISDIG(s[i - 1]))
			k = numjoin(s + i, n - i);
		if (k == 0)
			k = (int)invisible(s + i, n - i);
		/* counting: a typographic hyphen or an en dash joins as '-'
		   does (ROK\u2013U.S., non\u2011nuclear): one word either way */
		if (counting && k == 0 && dashjoin(s + i, n - i) &&
		    (s[i + 2] != 0x93 || capsjoin(s, start, i, n)))
			k = 3;
		if (k == 0 || i + (size_t)k >= n ||
		    !isword(s + i + k, n - i - k, &len))
			break;
		i += (size_t)k;
	}
	/* U.S. and D.C. keep their final period, also at the end of a
	   compound (ROK-U.S.): single ASCII letters and periods */
	if (i < n && s[i] == '.') {
		for (seg = i; seg > start && s[seg - 1] != '-' &&
		    !(seg >= start + 3 && dashjoin(s + seg - 3, 3)); seg--)
			;
		if ((i - seg) % 2 == 1 && i - seg >= 3) {
			for (j = seg; j < i; j += 2)
				if (!isalpha1(s[j]) || (j + 1 < i && s[j + 1] != '.'))
					break;
			if (j >= i)
				i++;
		}
	}
	w->p = str.p + start;
	w->n = i - start;
	*off = i;
	return 1;
}

int
wordnext(Str str, size_t *off, Str *w)
{
	return nextw(str, off, w, 0);
}

int
countword(Str str, size_t *off, Str *w)
{
	return nextw(str, off, w, 1);
}

void
wordfold(Buf *b, Str w)
{
	const unsigned char *s = (const unsigned char *)w.p;
	const char *lig;
	char *d;
	size_t i, k;

	if (b->cap < w.n + 1)
		egrow(&b->p, &b->cap, w.n + 1, 1);	/* folding never lengthens */
	d = b->p;
	if (!wordbyte['a'])
		inittables();
	for (i = 0; i < w.n; i++) {
		if (s[i] == 0xE2 && i + 2 < w.n && s[i + 1] == 0x80 &&
		    s[i + 2] == 0x99) {
			*d++ = '\'';
			i += 2;
		} else if (i > 0 && i + 3 < w.n && dashjoin(s + i, w.n - i)) {
			*d++ = '-';	/* ROK\u2013U.S.: rok-u.s. */
			i += 2;
		} else if (i + 3 < w.n && numjoin(s + i, w.n - i) == 3) {
			*d++ = (char)0xC2;	/* 9ㆍ19: 9·19 */
			*d++ = (char)0xB7;
			i += 2;
		} else if (s[i] == 0xC3 && i + 1 < w.n && s[i + 1] >= 0x80 &&
		    s[i + 1] <= 0xBF && latin1[s[i + 1] - 0x80] != '\0') {
			*d++ = latin1[s[i + 1] - 0x80];	/* \u00E9: e */
			i++;
		} else if (s[i] >= 0xC2 && (k = invisible(s + i, w.n - i)) > 0)
			i += k - 1;	/* deter\u00ADrence: deterrence */
		else if (s[i] == 0xEF && (lig = ligature(s + i, w.n - i)) != NULL) {
			while (*lig != '\0')	/* ﬁ: fi, never longer */
				*d++ = *lig++;
			i += 2;
		} else if (s[i] >= 0xC3 && s[i] <= 0xD1 && i + 1 < w.n) {
			unsigned char f[4];	/* \u00C6, \u0141, \u0394, \u0416 */

			k = foldchar(s + i, w.n - i, f);
			memcpy(d, f, k);
			d += k;
			i += k - 1;
		} else
			*d++ = (char)lowerb[s[i]];
	}
	*d = '\0';
	b->n = hgcountstem(b->p, (size_t)(d - b->p));	/* 확장억제를 */
	b->p[b->n] = '\0';
}

static int
cmpstop(const void *k, const void *e)
{
	const Str *s = k;
	const char *t = *(const char *const *)e;
	size_t n = strlen(t);
	int c = memcmp(s->p, t, s->n < n ? s->n : n);

	if (c != 0)
		return c;
	return (s->n > n) - (s->n < n);
}

int
isstopword(Str w)
{
	return bsearch(&w, stop, NELEM(stop), sizeof(stop[0]), cmpstop) != NULL ||
	    hgstop(w);
}
