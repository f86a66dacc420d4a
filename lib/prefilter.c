/* prefilter.c: a byte-level filter in front of the matcher, telling from
   the first two bytes of a token whether any lexicon entry can begin there,
   or on ASCII text, from the first bytes of the token and the next (the
   pairs). */
#include <stdlib.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "scm.h"

/*
 * The filter knows the first token of every entry.  A token of ASCII
 * letters and digits is judged by its first two bytes folded to lower
 * case, the second being 0 at the end of the word: a bitmap of the 65,536
 * such pairs.  Where no entry whose first token is shorter than four
 * bytes begins with the pair, the first four bytes are looked up in a
 * bitmap of hashes of the entries' first four (folded ASCII) bytes; a
 * non-ASCII byte among them makes the token a candidate.  A token of
 * ASCII punctuation is judged by its byte.
 * Only ASCII is folded here, by a table; a non-ASCII byte is decoded
 * only where it is met, and the filter then errs on the side of a
 * candidate, whatever the matcher makes of such characters: a word that
 * begins with a non-ASCII character is always a candidate, a word whose
 * second character is not ASCII is one if any entry begins with its
 * first byte, and an entry that begins with a non-ASCII letter that has
 * case (Latin, Greek, ...) turns the filter off, as its folded form
 * might be ASCII.  Non-ASCII punctuation (typographic quotes) is a
 * candidate if an entry begins with punctuation; a non-ASCII letter
 * inside a word, if the matcher could take it for punctuation.  Only
 * the separators of utf8.c (isuspace, isudash) are passed over freely.
 */

enum { W, SEP, PUN, NON };
enum { QUADBITS = 1 << 18 };	/* byte classes: word, separator, punctuation, not ASCII */

struct Prefilter {
	uint64_t pair[65536 / 64];	/* folded first byte << 8 | folded second or 0 */
	uint64_t shortpair[65536 / 64];	/* the same, of entries under four bytes */
	uint64_t quad[QUADBITS / 64];	/* hashes of the four first bytes of the others */
	uint64_t first[4];	/* folded first bytes of word entries */
	uint64_t punct[4];	/* ASCII punctuation entries */
	int anypunct;		/* some entry begins with ASCII punctuation */
	size_t n;		/* entries added */
	size_t npfx;		/* of them, one-word prefixes */
	int all;		/* every token is a candidate */
	int nonascii;		/* an entry begins with non-ASCII punctuation */
	int off;		/* disabled: every text is tokenized */
	uint64_t one[PFPAIRBITS / 64];	/* keys of entries judged by their first token */
	uint64_t two[PFPAIRBITS / 64];	/* keys of the first two tokens of the others */
	int nopair;		/* an entry the pairs cannot judge */
	size_t npair;		/* entries in the pairs */
	size_t none;		/* of them, in one */
};

static unsigned char fold[256], cls[256];

static void
inittables(void)
{
	int c;

	if (fold['a'])
		return;
	for (c = 0; c < 256; c++)
		cls[c] = c >= 0x80 ? NON : PUN;
	for (c = '0'; c <= '9'; c++)
		fold[c] = (unsigned char)c;
	for (c = 'a'; c <= 'z'; c++)
		fold[c] = (unsigned char)c;
	for (c = 'A'; c <= 'Z'; c++)
		fold[c] = (unsigned char)(c - 'A' + 'a');
	for (c = 0; c < 0x80; c++)
		if (fold[c])
			cls[c] = W;
	cls[' '] = cls['\t'] = cls['\n'] = cls['\v'] = cls['\f'] = cls['\r'] = SEP;
	cls['-'] = SEP;
}

#define SETBIT(a, i) ((a)[(i) / 64] |= 1ULL << ((i) % 64))
#define GETBIT(a, i) ((a)[(i) / 64] >> ((i) % 64) & 1)

Prefilter *
pfnew(void)
{
	Prefilter *pf = ecalloc(1, sizeof(Prefilter));
	const char *e = getenv("SCM_NOPREFILTER");

	inittables();
	pf->off = e != NULL && *e != '\0';
	return pf;
}

void
pffree(Prefilter *pf)
{
	free(pf);
}

void
pfenable(Prefilter *pf, int on)
{
	pf->off = !on;
}

int
pfison(const Prefilter *pf)
{
	return !pf->off;
}

/* Does a non-ASCII character c have no case, so that no folding maps it
   to ASCII (Hangul, kana, CJK)? */
static int
caseless(long c)
{
	return (c >= 0x1100 && c <= 0x11FF) || (c >= 0x2E80 && c <= 0x9FFF) ||
	    (c >= 0xA960 && c <= 0xA97F) || (c >= 0xAC00 && c <= 0xD7FF) ||
	    (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

static unsigned
quadhash(unsigned a, unsigned b, unsigned c, unsigned d)
{
	uint32_t h = (uint32_t)(a | b << 8 | c << 16 | d << 24) * 0x9E3779B1u;

	return h >> (32 - 18);
}

void
pfadd(Prefilter *pf, Str tok, int kind)
{
	const unsigned char *s = (const unsigned char *)tok.p;
	unsigned b0, k;
	size_t m;
	long c;

	pf->n++;
	pf->npfx += kind == PF_PREFIX;
	if (tok.n == 0)
		return;
	if (s[0] >= 0x80) {
		utf8dec(s, tok.n, &c);
		if (kind == PF_PUNCT)
			pf->nonascii = 1;
		else if (c < 0 || !caseless(c))
			pf->all = 1;
		return;
	}
	if (kind == PF_PUNCT || fold[s[0]] == 0) {
		SETBIT(pf->punct, s[0]);
		pf->anypunct = 1;
		return;
	}
	b0 = fold[s[0]];
	SETBIT(pf->first, b0);
	for (m = 1; m < 4 && m < tok.n && s[m] < 0x80 && fold[s[m]] != 0; m++)
		;
	if (m == 4) {	/* four ASCII letters or digits */
		SETBIT(pf->pair, b0 << 8 | fold[s[1]]);
		k = quadhash(fold[s[0]], fold[s[1]], fold[s[2]], fold[s[3]]);
		SETBIT(pf->quad, k);
		return;
	}
	if (tok.n == 1 && kind == PF_WORD) {
		SETBIT(pf->pair, b0 << 8);
		SETBIT(pf->shortpair, b0 << 8);
	} else if (m == 1)
		for (k = 0; k < 256; k++) {	/* any ending; a second byte that may fold to anything */
			SETBIT(pf->pair, b0 << 8 | k);
			SETBIT(pf->shortpair, b0 << 8 | k);
		}
	else {
		SETBIT(pf->pair, b0 << 8 | fold[s[1]]);
		SETBIT(pf->shortpair, b0 << 8 | fold[s[1]]);
	}
}

/*
 * The pairs judge a token of an ASCII text with the token after it: an
 * entry of two tokens or more may begin there only if the keys of its
 * first two (pfkeyword in scm.h: three bytes folded and a length up to
 * seven) are those of the text's; an entry of one token (or a word and
 * `*' after fewer than three bytes of a second), if its first token's key
 * is.  A word of three bytes or more before `*' has the keys of the words
 * it begins (each length from its own up).  Keys are hashed into bitmaps.  An entry with a token no ASCII
 * text has (a word not all ASCII letters and digits, punctuation that is
 * not ASCII or a quote) matches no ASCII text and is left out; one of a
 * single word of one or two bytes before `*', or a `*' before its first
 * word, turns the pairs off.
 */

/* The key of token t of pattern s, 0 if it has none. */
static uint32_t
patkey(const char *s, const Tok *t)
{
	const unsigned char *p = (const unsigned char *)s + t->off;
	size_t i;

	if (t->type == T_PUNCT) {
		if (t->q)
			return PFKEYPUNCT(t->q);
		return t->len == 1 && p[0] < 0x80 ? PFKEYPUNCT(p[0]) : 0;
	}
	if (t->inv)
		return 0;
	for (i = 0; i < t->len; i++)
		if (p[i] >= 0x80 || fold[p[i]] == 0)
			return 0;
	return pfkeyword(p, t->len);
}

void
pfentry(Prefilter *pf, const char *s, const Tok *t, size_t n, int pfx, int sfx)
{
	uint32_t k0 = 0, k1 = 0, k, *w;
	size_t i;

	for (i = 0; i < n; i++) {
		if ((k = patkey(s, &t[i])) == 0)
			return;		/* no ASCII text matches it */
		if (i < 2)
			*(i == 0 ? &k0 : &k1) = k;
	}
	if (n == 0 || sfx || (pfx && n == 1 && t[0].len < 3)) {
		pf->nopair = 1;		/* any ending: more than a key's bytes */
		return;
	}
	if (k1 != 0 && pfx && n == 2 && t[1].type == T_WORD && t[1].len < 3)
		k1 = 0;
	pf->npair++;
	if (k1 == 0)
		pf->none++;
	/* a word before `*' stands for the words it begins: its key with
	   each length from its own up */
	w = pfx && n <= 2 && t[n - 1].type == T_WORD ? (k1 == 0 ? &k0 : &k1) : NULL;
	if (w != NULL && n == 2 && k1 == 0)
		w = NULL;	/* the prefix has no key: the first word alone */
	for (;;) {
		if (k1 == 0)
			SETBIT(pf->one, pfhash1(k0));
		else
			SETBIT(pf->two, pfhash2(k0, k1));
		if (w == NULL || *w >> 24 >= PFKEYLEN)
			break;
		*w += 1u << 24;
	}
}

int
pfpairs(const Prefilter *pf)
{
	return !pf->off && !pf->nopair && pf->npair > 0;
}

void
pfbits(const Prefilter *pf, const uint64_t **one, const uint64_t **two)
{
	*one = pf->none > 0 ? pf->one : NULL;
	*two = pf->two;
}

/* What a non-ASCII character c is to the filter: a separator, punctuation
   (it can begin only an entry of punctuation or of non-ASCII text, or one
   of the ASCII quotes it may stand for) or else a letter. */
static int
nonclass(long c)
{
	if (c < 0)
		return W;
	if (isuspace(c) || isudash(c))
		return SEP;
	if (isuquote(c) || c == 0x2032 || (c >= 0x2000 && c <= 0x206F) || isusymbol(c) ||
	    (c >= 0xA1 && c <= 0xBF) || c == 0xD7 || c == 0xF7 ||
	    (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F))
		return PUN;
	return W;
}

/* May an entry begin with the token at s[0..n) (not a separator)?  k is
   the class of a non-ASCII character there. */
static int
cand(const Prefilter *pf, const unsigned char *s, size_t n, int k)
{
	unsigned p;
	size_t i;

	if (cls[s[0]] == W) {
		if (n > 1 && s[1] >= 0x80)
			return (int)GETBIT(pf->first, fold[s[0]]);
		p = (unsigned)fold[s[0]] << 8 | (n > 1 ? fold[s[1]] : 0);
		if (!GETBIT(pf->pair, p))
			return 0;
		if (GETBIT(pf->shortpair, p))
			return 1;
		/* only an entry of four ASCII letters or digits begins so */
		for (i = 2; i < 4; i++)
			if (i >= n || cls[s[i]] != W)
				return i < n && s[i] >= 0x80;
		return (int)GETBIT(pf->quad, quadhash(fold[s[0]], fold[s[1]],
		    fold[s[2]], fold[s[3]]));
	}
	if (s[0] < 0x80)
		return (int)GETBIT(pf->punct, s[0]);
	return k == W || pf->nonascii || pf->anypunct;
}

int
pfneeded(const Prefilter *pf)
{
	return !(pf->off || pf->all || pf->npfx == 0);
}

int
pftok(const Prefilter *pf, Str text, size_t off)
{
	const unsigned char *s = (const unsigned char *)text.p + off;
	long c = 0;

	if (!pfneeded(pf))
		return 1;	/* the matcher's own first look is as good */
	if (off >= text.n)
		return 0;
	if (s[0] < 0x80)
		return cand(pf, s, text.n - off, W);
	utf8dec(s, text.n - off, &c);
	return cand(pf, s, text.n - off, nonclass(c));
}

/* The tokens t[0..n) of text that pftok would let through, their
   indices written to cand; return how many.  A token tokscan found as
   ASCII is judged here (a word of it is never followed by a non-ASCII
   byte, which would have made it the reference tokenizer's, so cand()
   reduces to its pairs and quads); any other token is listed as it is,
   for the matcher to ask pftok (it may be a Hangul word with an ending
   to look up before the prefilter's say).  Only for pfneeded. */
size_t
pflist(const Prefilter *pf, const char *text, const Tok *t, size_t n,
    uint32_t *cand)
{
	const unsigned char *s;
	size_t i, k = 0;
	unsigned p;
	int c;

	for (i = 0; i < n; i++) {
		s = (const unsigned char *)text + t[i].off;
		if (!t[i].ascii)
			c = 1;
		else if (t[i].type != T_WORD)
			c = (int)GETBIT(pf->punct, s[0]);
		else {
			p = (unsigned)fold[s[0]] << 8 | (t[i].len > 1 ? fold[s[1]] : 0);
			c = (int)GETBIT(pf->pair, p);
			if (c && !GETBIT(pf->shortpair, p))
				c = t[i].len >= 4 && GETBIT(pf->quad, quadhash(fold[s[0]],
				    fold[s[1]], fold[s[2]], fold[s[3]]));
		}
		cand[k] = (uint32_t)i;	/* written always, kept if c */
		k += (size_t)c;
	}
	return k;
}

/* After ASCII letters at s[*i], a non-ASCII character: a Hangul
   syllable begins a word of its own (SCM은, as the tokenizer cuts it),
   any other letter begins nothing; if the matcher takes it for
   punctuation, the next letter begins a word.  Is it a candidate?  *i
   goes past it. */
static int
afterword(const Prefilter *pf, const unsigned char *s, size_t n, size_t *i)
{
	long c;

	if (*i + 2 < n && ISHGB(s + *i) && (s[*i + 1] & 0xC0) == 0x80 &&
	    (s[*i + 2] & 0xC0) == 0x80)
		return 1;	/* an entry may begin with any Hangul word */
	*i += (size_t)utf8dec(s + *i, n - *i, &c);
	return pf->nonascii || (nonclass(c) != SEP && pf->anypunct);
}

/* Is a candidate among the tokens of s[*i..n) that begin before end?
   *i is left past the last of them, outside any word. */
static int
scan(const Prefilter *pf, const unsigned char *s, size_t n, size_t *pi, size_t end)
{
	size_t i = *pi;
	int len, k;
	long c;

	while (i < n && i < end) {
		switch (cls[s[i]]) {
		case SEP:
			i++;
			continue;
		case PUN:
			if (GETBIT(pf->punct, s[i]))
				return 1;
			i++;
			continue;
		case W:
			if (GETBIT(pf->first, fold[s[i]]) && cand(pf, s + i, n - i, W))
				return 1;
			while (++i < n && cls[s[i]] == W)
				;
			if (i < n && s[i] >= 0x80 && afterword(pf, s, n, &i))
				return 1;
			continue;
		}
		len = utf8dec(s + i, n - i, &c);
		if ((k = nonclass(c)) == SEP) {
			if (pf->nonascii)
				return 1;
		} else if (cand(pf, s + i, n - i, k))
			return 1;
		i += (size_t)len;
	}
	*pi = i;
	return 0;
}

#ifdef __SSE2__
/* Sixteen bytes at a time while they are ASCII: the word starts from a
   mask of letters and digits.  Return 1 at a candidate, else 0 with *pi
   at the first block that is not all ASCII (outside any word). */
static int
scan16(const Prefilter *pf, const unsigned char *s, size_t n, size_t *pi)
{
	const __m128i x20 = _mm_set1_epi8(0x20), a = _mm_set1_epi8('a' - 1),
	    z = _mm_set1_epi8('z' + 1), d0 = _mm_set1_epi8('0' - 1),
	    d9 = _mm_set1_epi8('9' + 1), sp = _mm_set1_epi8(' '),
	    hy = _mm_set1_epi8('-'), t0 = _mm_set1_epi8('\t' - 1),
	    t1 = _mm_set1_epi8('\r' + 1);
	size_t i = *pi;
	unsigned w, st, pm, prevw = 0;
	int j;
	__m128i v, l;

	for (; i + 16 <= n; i += 16) {
		v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		if (_mm_movemask_epi8(v) != 0)
			break;
		l = _mm_or_si128(v, x20);
		w = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_and_si128(_mm_cmpgt_epi8(l, a), _mm_cmplt_epi8(l, z)),
		    _mm_and_si128(_mm_cmpgt_epi8(v, d0), _mm_cmplt_epi8(v, d9))));
		if (pf->anypunct) {
			pm = (unsigned)_mm_movemask_epi8(_mm_or_si128(
			    _mm_or_si128(_mm_cmpeq_epi8(v, sp), _mm_cmpeq_epi8(v, hy)),
			    _mm_and_si128(_mm_cmpgt_epi8(v, t0), _mm_cmplt_epi8(v, t1))));
			for (pm = ~(pm | w) & 0xFFFF; pm != 0; pm &= pm - 1)
				if (GETBIT(pf->punct, s[i + (size_t)__builtin_ctz(pm)]))
					return 1;
		}
		for (st = w & ~(w << 1 | prevw); st != 0; st &= st - 1) {
			j = __builtin_ctz(st);
			if (GETBIT(pf->first, fold[s[i + (size_t)j]]) &&
			    cand(pf, s + i + j, n - i - (size_t)j, W))
				return 1;
		}
		prevw = w >> 15;
	}
	if (prevw) {	/* the rest of a word */
		while (i < n && cls[s[i]] == W)
			i++;
		if (i < n && s[i] >= 0x80 && afterword(pf, s, n, &i))
			return 1;
	}
	*pi = i;
	return 0;
}
#endif

int
pfany(const Prefilter *pf, Str text)
{
	const unsigned char *s = (const unsigned char *)text.p;
	size_t i = 0, n = text.n;

	if (pf->off || pf->all)
		return 1;
	if (pf->n == 0)
		return 0;
	while (i < n) {
#ifdef __SSE2__
		if (scan16(pf, s, n, &i))
			return 1;
#endif
		/* a block with non-ASCII bytes, or the tail */
		if (scan(pf, s, n, &i, i + 16))
			return 1;
	}
	return 0;
}
