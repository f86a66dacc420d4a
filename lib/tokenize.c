/* tokenize.c: texts and patterns cut into hashed tokens for the matcher
   (match.c) and the trie (trie.c): the reference tokenizer, a byte at a
   time, and tokscan, which finds the same tokens from bitmaps of byte
   classes and hashes an ASCII word eight bytes at a time. */
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "scm.h"

/*
 * A text is cut into tokens: words (ASCII letters and digits and any
 * other letter, folded to ASCII lower case) and single punctuation
 * characters; white space and dashes only separate tokens.  Typographic
 * quotes become their plain forms.  A word's hash is FNV-1a over its
 * folded bytes taken eight at a time (the first byte highest), its
 * length mixed in last.
 */


unsigned char lexlower[256];	/* the folded ASCII letter or digit, or 0 */
/* cls[c]: 0 letter or digit, 1 separator, 2 punctuation, 3 not ASCII. */
static unsigned char cls[256];
static uint64_t phash[256];	/* the hash of each ASCII punctuation token */
static uint64_t foldhash(const unsigned char *, size_t);

void
initlower(void)
{
	int c;

	if (lexlower['a'])
		return;
	for (c = '0'; c <= '9'; c++)
		lexlower[c] = (unsigned char)c;
	for (c = 'a'; c <= 'z'; c++)
		lexlower[c] = (unsigned char)c;
	for (c = 'A'; c <= 'Z'; c++)
		lexlower[c] = (unsigned char)(c - 'A' + 'a');
	for (c = 0; c < 256; c++)
		cls[c] = lexlower[c] ? 0 : c >= 0x80 ? 3 : 2;
	cls[' '] = cls['\t'] = cls['\n'] = cls['\v'] = cls['\f'] = cls['\r'] = 1;
	cls['-'] = 1;
	for (c = 0; c < 0x80; c++) {
		unsigned char b = (unsigned char)c;
		phash[c] = foldhash(&b, 1);
	}
}

/* The hash of the folded bytes p[0..n): eight at a time. */
static uint64_t
foldhash(const unsigned char *p, size_t n)
{
	uint64_t h = FNV0, w = 0;
	size_t i, j, len;
	unsigned char f[4];
	int k = 0;

	for (i = 0; i < n; i++) {
		if (p[i] >= 0xC0 && !(i + 2 < n && ISHGB(p + i))) {	/* casefold.c: one length folded; Hangul has no case */
			len = foldchar(p + i, n - i, f);
			for (j = 0; j + 1 < len; j++, i++) {
				w = w << 8 | f[j];
				if (++k == 8) {
					h = (h ^ w) * FNVP;
					w = 0;
					k = 0;
				}
			}
			w = w << 8 | f[j];
		} else
			w = w << 8 | (lexlower[p[i]] ? lexlower[p[i]] : p[i]);
		if (++k == 8) {
			h = (h ^ w) * FNVP;
			w = 0;
			k = 0;
		}
	}
	h = (h ^ w ^ (uint64_t)n << 56) * FNVP;
	return hmix(h);
}

/* What the character at s is: 0 a letter, 1 a separator, 2 punctuation
   (*q its plain form or 0). */
static int
classify(const unsigned char *s, size_t n, int *len, char *q)
{
	long c;

	*q = 0;
	if (s[0] < 0x80) {
		*len = 1;
		if (lexlower[s[0]])
			return 0;
		if (s[0] == ' ' || (s[0] >= '\t' && s[0] <= '\r') || s[0] == '-')
			return 1;
		*q = (char)s[0];
		return 2;
	}
	*len = utf8dec(s, n, &c);
	if (c < 0)
		return 0;	/* stray bytes are kept inside words */
	if (isuspace(c) || isudash(c))
		return 1;
	if (c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B ||
	    c == 0x2032) {
		*q = '\'';
		return 2;
	}
	if (isuquote(c)) {
		*q = '"';
		return 2;
	}
	if ((c >= 0x2000 && c <= 0x206F) || (c >= 0xA1 && c <= 0xBF) || isusymbol(c) ||
	    c == 0xD7 || c == 0xF7 || (c >= 0x3000 && c <= 0x303F) ||
	    (c >= 0xFF01 && c <= 0xFF0F))
		return 2;
	return 0;
}


/* May the invisible character s[i..i+m) stand inside the word that
   began at start, left out of its hash ("deter\u00ADrence")?  Only
   between two letters of one kind: Latin and Hangul are separate words. */
static int
inword(const unsigned char *s, size_t n, size_t start, size_t i, size_t m)
{
	size_t j = i + m;
	int len, prevhg;
	char q;

	if (i == start || j >= n)
		return 0;
	prevhg = i >= start + 3 && s[i - 1] >= 0x80 && ISHGB(s + i - 3);
	if (lexlower[s[j]])
		return !prevhg;
	if (s[j] < 0x80 || invisible(s + j, n - j) > 0)
		return 0;
	if (j + 2 < n && ISHGB(s + j) && (s[j + 1] & 0xC0) == 0x80 &&
	    (s[j + 2] & 0xC0) == 0x80)
		return prevhg;
	return !prevhg && classify(s + j, n - j, &len, &q) == 0;
}

/* One step of the reference tokenizer at s[i] (i < n): past a
   separator, or the token that begins there appended to x->tok (Latin
   letters and Hangul are separate words).  Return where the next step
   begins. */
static size_t
tokstep(Lex *x, const unsigned char *s, size_t n, size_t i)
{
	size_t j, m, skip = 0;
	const char *lig;
	int type, len, k;
	char q = 0;
	uint64_t h, w, c;
	unsigned char f[4];
	Tok *t;

	type = cls[s[i]];
	len = 1;
	if (type == 1)
		return i + 1;
	if (type == 2)
		q = (char)s[i];
	else if (type == 3 && (type = classify(s + i, n - i, &len, &q)) == 1)
		return i + (size_t)len;
	if (x->ntok == x->captok)
		egrow(&x->tok, &x->captok, x->ntok + 1, sizeof(Tok));
	t = &x->tok[x->ntok++];
	t->off = (uint32_t)i;
	t->ascii = 0;
	t->inv = 0;
	if (type == 2) {
		t->type = T_PUNCT;
		t->q = q;
		i += (size_t)len;
		t->len = (uint32_t)len;
		t->h = q ? phash[(unsigned char)q] : foldhash(s + t->off, t->len);
		return i;
	}
	t->type = T_WORD;
	t->q = 0;
	h = FNV0;
	w = 0;
	k = 0;
	for (;;) {	/* foldhash, while finding the end */
		if (i < n && i >= t->off + 3 && lexlower[s[i]] &&
		    ISHGB(s + i - 3))
			break;		/* 한미SCM: Latin after Hangul */
		while (i < n && (c = lexlower[s[i]]) != 0) {
			w = w << 8 | c;
			if (++k == 8) {
				h = (h ^ w) * FNVP;
				w = 0;
				k = 0;
			}
			i++;
		}
		if (i >= n || s[i] < 0x80)
			break;
		if ((m = invisible(s + i, n - i)) > 0 &&
		    inword(s, n, t->off, i, m)) {
			i += m;		/* left out of the hash */
			skip += m;
			t->inv = 1;
			continue;
		}
		if ((lig = ligature(s + i, n - i)) != NULL) {
			m = strlen(lig);	/* ﬁ: f, i */
			for (j = 0; j < m; j++) {
				w = w << 8 | (unsigned char)lig[j];
				if (++k == 8) {
					h = (h ^ w) * FNVP;
					w = 0;
					k = 0;
				}
			}
			i += 3;
			skip += 3 - m;
			t->inv = 1;
			continue;
		}
		if (i + 2 < n && ISHGB(s + i) && (s[i + 1] & 0xC0) == 0x80 &&
		    (s[i + 2] & 0xC0) == 0x80)
			len = 3;	/* a Hangul syllable: a letter */
		else if (classify(s + i, n - i, &len, &q) != 0)
			break;
		if (i > t->off && lexlower[s[i - 1]] && len == 3 && ISHGB(s + i))
			break;		/* SCM은: a particle after Latin */
		if (len == 3 && ISHGB(s + i))	/* Hangul has no case */
			memcpy(f, s + i, 3);
		else
			foldchar(s + i, n - i, f);	/* casefold.c */
		for (j = 0; j < (size_t)len; j++, i++) {
			w = w << 8 | f[j];
			if (++k == 8) {
				h = (h ^ w) * FNVP;
				w = 0;
				k = 0;
			}
		}
	}
	t->len = (uint32_t)(i - t->off);
	t->h = hmix((h ^ w ^ (uint64_t)(t->len - skip) << 56) * FNVP);
	return i;
}

void
tokenize(Lex *x, const char *s, size_t n)
{
	size_t i = 0;

	x->ntok = 0;
	while (i < n)
		i = tokstep(x, (const unsigned char *)s, n, i);
}

/* The hash of the last L folded bytes of word token t. */
uint64_t
sfxhash(const char *s, const Tok *t, size_t L)
{
	return foldhash((const unsigned char *)s + t->off + t->len - L, L) ^ SFXSEED;
}

/* The hash of the first L folded bytes of word token t. */
uint64_t
pfxhash(const char *s, const Tok *t, size_t L)
{
	return foldhash((const unsigned char *)s + t->off, L) ^ PFXSEED;
}

/*
 * tokscan: the same tokens, found faster where the text is ASCII.  Two
 * bitmaps of the text's bytes, built sixteen at a time where SSE2 is
 * there, mark ASCII letters and digits (W) and separators (S); they are
 * interleaved in x->bits, word k of W at 2k and of S at 2k + 1, and are
 * zero past the text.  A token that begins at a byte that is not ASCII,
 * or a word of ASCII letters followed by one, is the reference
 * tokenizer's step (tokstep); an ASCII word is hashed eight bytes at a
 * time (letters and digits fold by setting bit 0x20); ASCII punctuation
 * takes its byte's hash from the table.
 */

#define ONES20 0x2020202020202020ULL

#if defined(__GNUC__) || defined(__clang__)
#define CTZ64(v) ((size_t)__builtin_ctzll(v))
#else
static size_t
CTZ64(uint64_t v)
{
	size_t k = 0;

	for (; !(v & 1); v >>= 1)
		k++;
	return k;
}
#endif

/* The eight bytes at p, the first highest (compilers make it one load). */
static inline uint64_t
be64(const unsigned char *p)
{
	return (uint64_t)p[0] << 56 | (uint64_t)p[1] << 48 |
	    (uint64_t)p[2] << 40 | (uint64_t)p[3] << 32 |
	    (uint64_t)p[4] << 24 | (uint64_t)p[5] << 16 |
	    (uint64_t)p[6] << 8 | (uint64_t)p[7];
}

/* The hash of the ASCII word p[0..len), as tokstep makes it; the text
   is start[0..end) (no byte outside it is read). */
static uint64_t
wordhash(const unsigned char *p, size_t len, const unsigned char *start,
    const unsigned char *end)
{
	uint64_t h = FNV0, w = 0;
	unsigned char b[8];
	size_t k;

	for (k = len; k >= 8; k -= 8, p += 8)
		h = (h ^ (be64(p) | ONES20)) * FNVP;
	if (k > 0 && end - p >= 8)
		w = (be64(p) | ONES20) >> (64 - 8 * k);
	else if (k > 0 && p + k - start >= 8)	/* the text's last eight bytes */
		w = (be64(p + k - 8) | ONES20) & ((1ULL << 8 * k) - 1);
	else if (k > 0) {
		memset(b, 0, sizeof(b));
		memcpy(b, p, k);
		w = (be64(b) | ONES20) >> (64 - 8 * k);
	}
	return hmix((h ^ w ^ (uint64_t)len << 56) * FNVP);
}

#ifdef __SSE2__
/* The masks of the sixteen bytes at p: ASCII letters and digits (*wm),
   separators (*sm); the bytes not ASCII, returned. */
static inline unsigned
classes16(const unsigned char *p, uint64_t *wm, uint64_t *sm)
{
	const __m128i x20 = _mm_set1_epi8(0x20), a = _mm_set1_epi8('a' - 1),
	    z = _mm_set1_epi8('z' + 1), d0 = _mm_set1_epi8('0' - 1),
	    d9 = _mm_set1_epi8('9' + 1), sp = _mm_set1_epi8(' '),
	    hy = _mm_set1_epi8('-'), t0 = _mm_set1_epi8('\t' - 1),
	    t1 = _mm_set1_epi8('\r' + 1);
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p),
	    l = _mm_or_si128(v, x20);

	*wm = (uint64_t)_mm_movemask_epi8(_mm_or_si128(
	    _mm_and_si128(_mm_cmpgt_epi8(l, a), _mm_cmplt_epi8(l, z)),
	    _mm_and_si128(_mm_cmpgt_epi8(v, d0), _mm_cmplt_epi8(v, d9))));
	*sm = (uint64_t)_mm_movemask_epi8(_mm_or_si128(
	    _mm_or_si128(_mm_cmpeq_epi8(v, sp), _mm_cmpeq_epi8(v, hy)),
	    _mm_and_si128(_mm_cmpgt_epi8(v, t0), _mm_cmplt_epi8(v, t1))));
	return (unsigned)_mm_movemask_epi8(v);
}
#endif

/* The bitmaps W and S of the 64 bytes from base of s[0..n) (0 past n);
   is a byte of them not ASCII? */
static inline int
blockbits(const unsigned char *s, size_t n, size_t base, uint64_t *W, uint64_t *S)
{
	size_t i = base, end = base + 64 < n ? base + 64 : n;
	unsigned high = 0;
#ifdef __SSE2__
	uint64_t wm, sm;
#endif

	*W = *S = 0;
#ifdef __SSE2__
	for (; i + 16 <= end; i += 16) {
		high |= classes16(s + i, &wm, &sm);
		*W |= wm << (i - base);
		*S |= sm << (i - base);
	}
	if (i < end && n >= 16) {	/* the text's last sixteen, shifted to i */
		high |= classes16(s + n - 16, &wm, &sm);
		*W |= wm >> (16 - (end - i)) << (i - base);
		*S |= sm >> (16 - (end - i)) << (i - base);
		i = end;
	}
#endif
	for (; i < end; i++) {
		*W |= (uint64_t)(cls[s[i]] == 0) << (i - base);
		*S |= (uint64_t)(cls[s[i]] == 1) << (i - base);
		high |= s[i] >= 0x80;
	}
	return high != 0;
}

/* Fill x->bits for s[0..n); is a byte of it not ASCII? */
static int
classbits(Lex *x, const unsigned char *s, size_t n)
{
	size_t nw = 2 * (n / 64 + 1), base;
	int high = 0;

	if (nw > x->capbits)
		egrow(&x->bits, &x->capbits, nw, sizeof(uint64_t));
	for (base = 0; base <= n; base += 64)	/* the block of n too */
		high |= blockbits(s, n, base, &x->bits[base / 32], &x->bits[base / 32 + 1]);
	return high;
}

/* The first position from i on whose bit in bitmap b (every other word
   of x->bits: W, or S from x->bits + 1) is 0, or n. */
static size_t
nextzero(const uint64_t *b, size_t i, size_t n)
{
	size_t k = i / 64;
	uint64_t v = ~b[2 * k] >> (i % 64);

	if (v != 0)
		i += CTZ64(v);
	else {
		while ((v = ~b[2 * ++k]) == 0)
			;
		i = k * 64 + CTZ64(v);
	}
	return i < n ? i : n;
}

/* Append an ASCII token found by tokscan (room is made per block). */
static inline void
addtok(Lex *x, size_t off, size_t len, uint64_t h, int type, char q)
{
	Tok *t = &x->tok[x->ntok++];

	t->off = (uint32_t)off;
	t->len = (uint32_t)len;
	t->h = h;
	t->type = type;
	t->q = q;
	t->ascii = 1;
	t->inv = 0;
}

/* Is the last token a candidate (cands set)?  Then note its index. */
static inline void
addcand(Lex *x, int cands)
{
	if (cands && inbloom(x, x->tok[x->ntok - 1].h))
		x->cand[x->ncand++] = (uint32_t)(x->ntok - 1);
}

/* The reference tokenizer's step at p, its token a candidate or not. */
static size_t
refstep(Lex *x, const unsigned char *s, size_t n, size_t p, int cands)
{
	size_t was = x->ntok;

	p = tokstep(x, s, n, p);
	if (x->ntok > was)
		addcand(x, cands);
	return p;
}

/* Sixty-four bytes at a time: the tokens begin at the bytes that are
   neither separators nor inside a word; i is where the last token that
   ran past its block (or the reference tokenizer's step) ended.  Room
   for a block's tokens is made before it: at most 64 begin there. */
void
tokscan(Lex *x, const char *str, size_t n, int cands)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, base, p, e;
	uint64_t W, st, v;

	x->ntok = 0;
	x->ncand = 0;
	classbits(x, s, n);
	for (base = 0; base < n; base += 64) {
		if (i >= base + 64)
			continue;
		if (x->captok - x->ntok < 64)
			egrow(&x->tok, &x->captok, x->ntok + 64, sizeof(Tok));
		if (cands && x->capcand - x->ncand < 64)
			egrow(&x->cand, &x->capcand, x->ncand + 64, sizeof(uint32_t));
		W = x->bits[base / 32];
		st = (W & ~(W << 1)) | ~(W | x->bits[base / 32 + 1]);
		if (i > base)
			st &= ~0ULL << (i - base);
		while (st != 0 && (p = base + CTZ64(st)) < n) {
			if (W >> (p - base) & 1) {	/* an ASCII word */
				v = ~W >> (p - base);	/* W is 0 from n on */
				e = v != 0 ? p + CTZ64(v) : nextzero(x->bits, base + 64, n);
				if (e < n && s[e] >= 0x80)
					i = refstep(x, s, n, p, cands);
				else {
					addtok(x, p, e - p, wordhash(s + p, e - p, s, s + n),
					    T_WORD, 0);
					addcand(x, cands);
					if (e >= base + 64) {
						i = e;
						break;
					}
					st &= st - 1;
					continue;
				}
			} else if (s[p] < 0x80) {	/* punctuation */
				addtok(x, p, 1, phash[s[p]], T_PUNCT, (char)s[p]);
				addcand(x, cands);
				st &= st - 1;
				continue;
			} else
				i = refstep(x, s, n, p, cands);
			if (i >= base + 64)
				break;
			st &= ~0ULL << (i - base);
		}
	}
}

/*
 * tokpairs and tokfrom: on an ASCII text, only the tokens where an entry
 * may begin are cut.  tokpairs goes over the token starts in the bitmaps,
 * as tokscan does, taking each token's key (pfkeyword) and judging the
 * token before it by the two keys (the prefilter's pairs); tokfrom then
 * cuts the tokens a walk from such a start needs, as tokscan would (the
 * indices are not tokscan's, their order is).
 */

/* pfkeyword of the word at s[p]: its length up to seven from w, its
   bits in W from p on; its bytes in one load if four are there (n the
   text's length). */
static inline uint32_t
keyat(const unsigned char *s, size_t p, size_t n, uint64_t w)
{
	static const uint32_t low[8] = { 0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFF,
	    0xFFFFFF, 0xFFFFFF, 0xFFFFFF };
	uint32_t v, m = (uint32_t)CTZ64(~w | 1u << PFKEYLEN);

	if (p + 4 > n)
		return pfkeyword(s + p, m);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	memcpy(&v, s + p, 4);
#else
	v = (uint32_t)s[p] | (uint32_t)s[p + 1] << 8 | (uint32_t)s[p + 2] << 16;
#endif
	return ((v | 0x202020u) & low[m]) | m << 24;
}

#define BIT(a, i) ((a)[(i) / 64] >> ((i) % 64) & 1)

/* The candidates among the token starts st of the block at base (its
   bitmap W, the next block's Wn), appended to cand[nc..); how many there
   are then.  *prev and *prevk: the last token before, its key (0: none).
   Inlined twice, with one and without. */
static inline size_t
blockpairs(const unsigned char *s, size_t n, size_t base, uint64_t st,
    uint64_t W, uint64_t Wn, const uint64_t *one, const uint64_t *two,
    uint32_t *cand, size_t nc, size_t *pprev, uint32_t *pprevk)
{
	size_t p, r, prev = *pprev;
	uint32_t k, prevk = *pprevk;
	uint64_t c;

	for (; st != 0; st &= st - 1) {
		r = CTZ64(st);
		p = base + r;
		if (W >> r & 1)
			k = keyat(s, p, n, W >> r |
			    (r > 64 - PFKEYLEN ? Wn << (64 - r) : 0));
		else
			k = PFKEYPUNCT(s[p]);
		c = BIT(two, pfhash2(prevk, k));
		if (one != NULL)
			c |= BIT(one, pfhash1(prevk));
		cand[nc] = (uint32_t)prev;	/* kept if c */
		nc += c & (prevk != 0);
		prev = p;
		prevk = k;
	}
	*pprev = prev;
	*pprevk = prevk;
	return nc;
}

int
tokpairs(Lex *x, const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	const uint64_t *one, *two;
	size_t base, prev = 0, nc = 0, nw = 2 * (n / 64 + 1);
	uint64_t W, S, Wn, Sn, st, prevw = 0, *bits;
	uint32_t prevk = 0, *cand;

	x->ntok = 0;
	x->ncand = 0;
	if (nw > x->capbits)
		egrow(&x->bits, &x->capbits, nw, sizeof(uint64_t));
	pfbits(x->pf, &one, &two);
	bits = x->bits;
	if (blockbits(s, n, 0, &Wn, &Sn))
		return 0;
	for (base = 0; base < n; base += 64) {
		W = Wn;
		S = Sn;
		Wn = Sn = 0;
		if (base + 64 < n && blockbits(s, n, base + 64, &Wn, &Sn))
			return 0;	/* not ASCII */
		bits[base / 32] = W;	/* for tokfrom */
		bits[base / 32 + 1] = S;
		st = (W & ~(W << 1 | prevw)) | ~(W | S);
		if (n - base < 64)
			st &= (1ULL << (n - base)) - 1;
		prevw = W >> 63;
		if (x->capcand - nc < 65)	/* a block's tokens and one more */
			egrow(&x->cand, &x->capcand, nc + 65, sizeof(uint32_t));
		cand = x->cand;
		if (one == NULL)
			nc = blockpairs(s, n, base, st, W, Wn, NULL, two, cand, nc,
			    &prev, &prevk);
		else
			nc = blockpairs(s, n, base, st, W, Wn, one, two, cand, nc,
			    &prev, &prevk);
	}
	if (n % 64 == 0)	/* the block of n, past the text, is there too */
		bits[n / 32] = bits[n / 32 + 1] = 0;
	if (x->capcand - nc < 1)
		egrow(&x->cand, &x->capcand, nc + 1, sizeof(uint32_t));
	x->cand[nc] = (uint32_t)prev;
	nc += one != NULL && prevk != 0 && BIT(one, pfhash1(prevk));
	x->ncand = nc;
	return 1;
}

/* nextzero, its first word inline: most tokens end in their block. */
static inline size_t
zeroat(const uint64_t *b, size_t i, size_t n)
{
	uint64_t v = ~b[2 * (i / 64)] >> (i % 64);

	if (v == 0)
		return nextzero(b, i, n);
	i += CTZ64(v);
	return i < n ? i : n;
}

size_t
tokfrom(Lex *x, const char *str, size_t n, size_t from, size_t k)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t p, e, was = x->ntok;

	if (x->captok - x->ntok < k)
		egrow(&x->tok, &x->captok, x->ntok + k, sizeof(Tok));
	for (p = from; k > 0 && (p = zeroat(x->bits + 1, p, n)) < n; k--, p = e) {
		if (x->bits[2 * (p / 64)] >> (p % 64) & 1) {
			e = zeroat(x->bits, p, n);
			addtok(x, p, e - p, wordhash(s + p, e - p, s, s + n), T_WORD, 0);
		} else {
			e = p + 1;
			addtok(x, p, 1, phash[s[p]], T_PUNCT, (char)s[p]);
		}
		x->tokend = e;
	}
	return x->ntok - was;
}
