/* match.c: a lexicon's phrases matched in one pass over a text whatever
   the number of patterns: the text cut into hashed tokens (as patterns
   are for trie.c), the trie's edges looked up, matches checked. */
#include <stdlib.h>
#include <string.h>

#include "scm.h"

/*
 * A text is cut into tokens: words (ASCII letters and digits and any
 * other letter, folded to ASCII lower case) and single punctuation
 * characters; white space and dashes only separate tokens.  Typographic
 * quotes become their plain forms.  Each token is hashed; the trie's
 * edges live in one open-addressing table keyed by (node, token hash).
 * A node reached through a `*' pattern is keyed by the hash of a
 * prefix of the word and flagged in the parent's pfxmask by length.
 * Hashes only find candidates: every match is checked token by token.
 */

#define PFXSEED 0x9e3779b97f4a7c15ULL
#define SFXSEED 0x3779b97f4a7c159eULL	/* `*' before: a word's ending */
#define FNV0 0xcbf29ce484222325ULL
#define FNVP 0x100000001b3ULL

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

static uint64_t
mix(uint64_t h)
{
	h ^= h >> 32;
	h *= 0xd6e8feb86659fd93ULL;
	h ^= h >> 32;
	return h;
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
	return mix(h);
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
	if ((c >= 0x2000 && c <= 0x206F) || (c >= 0xA1 && c <= 0xBF) ||
	    c == 0xD7 || c == 0xF7 || (c >= 0x3000 && c <= 0x303F) ||
	    (c >= 0xFF01 && c <= 0xFF0F))
		return 2;
	return 0;
}


/* Cut s into x->tok; Latin letters and Hangul are separate words. */
void
tokenize(Lex *x, const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, j;
	int type, len, k;
	char q = 0;
	uint64_t h, w, c;
	unsigned char f[4];
	Tok *t;

	x->ntok = 0;
	while (i < n) {
		type = cls[s[i]];
		len = 1;
		if (type == 1) {
			i++;
			continue;
		}
		if (type == 2)
			q = (char)s[i];
		else if (type == 3 && (type = classify(s + i, n - i, &len, &q)) == 1) {
			i += (size_t)len;
			continue;
		}
		if (x->ntok == x->captok)
			egrow(&x->tok, &x->captok, x->ntok + 1, sizeof(Tok));
		t = &x->tok[x->ntok++];
		t->off = (uint32_t)i;
		if (type == 2) {
			t->type = T_PUNCT;
			t->q = q;
			i += (size_t)len;
			t->len = (uint32_t)len;
			t->h = q ? phash[(unsigned char)q] : foldhash(s + t->off, t->len);
			continue;
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
		t->h = mix((h ^ w ^ (uint64_t)t->len << 56) * FNVP);
	}
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

size_t
edgeslot(const Lex *x, uint32_t parent, uint64_t th)
{
	return (size_t)mix(th + parent * 0x9e3779b97f4a7c15ULL) &
	    (x->capedge - 1);
}

uint32_t
edgeget(const Lex *x, uint32_t parent, uint64_t th)
{
	size_t i = edgeslot(x, parent, th);
	const Edge *e;

	for (;; i = (i + 1) & (x->capedge - 1)) {
		e = &x->edge[i];
		if (e->child == 0)
			return 0;
		if (e->th == th && e->parent == parent)
			return e->child;
	}
}

/* Does text token t hold pattern token p (a prefix of it if pfx, its
   ending if pfx is 4)? */
static int
tokeq(const char *s, const Tok *t, Str p, int cs, int pfx)
{
	const unsigned char *a = (const unsigned char *)s + t->off;
	const unsigned char *b = (const unsigned char *)p.p;

	if (t->q)
		return p.n == 1 && p.p[0] == t->q;
	if (pfx == 4) {
		if (p.n >= t->len)
			return 0;
		a += t->len - p.n;
		pfx = 1;
	}
	if (pfx ? p.n > t->len : p.n != t->len)
		return 0;
	if (pfx == 2 && !hgtail(s + t->off + p.n, t->len - p.n, p.n))
		return 0;
	if (cs)
		return memcmp(a, b, p.n) == 0;
	return foldeqn(a, b, p.n);	/* casefold.c */
}

/* Record the outputs of node for the tokens [i, j] that check out. */
static void
emit(Lex *x, const char *s, uint32_t node, size_t i, size_t j)
{
	uint32_t o, k;
	Out *out;
	Match *m;

	for (o = x->node[node].out; o != 0; o = out->next) {
		out = &x->out[o - 1];
		if (out->ntok != j - i + 1)
			continue;
		for (k = 0; k < out->ntok; k++)
			if (!tokeq(s, &x->tok[i + k], out->tok[k], out->cs,
			    k == out->ntok - 1 ? out->pfx : k == 0 && out->sfx ? 4 : 0))
				break;
		if (k < out->ntok)
			continue;
		if (x->nm == x->capm)
			egrow(&x->m, &x->capm, x->nm + 1, sizeof(Match));
		m = &x->m[x->nm++];
		m->tag = out->tag;
		m->tok0 = i;
		m->tok1 = j + 1;
		m->off = x->tok[i].off;
		m->len = x->tok[j].off + x->tok[j].len - m->off;
	}
}

static int
bycontain(const void *a, const void *b)
{
	const Match *p = a, *q = b;

	if (p->ns != q->ns)
		return p->ns < q->ns ? -1 : 1;
	if (p->tok0 != q->tok0)
		return p->tok0 < q->tok0 ? -1 : 1;
	if (p->tok1 != q->tok1)
		return p->tok1 > q->tok1 ? -1 : 1;
	return (p->tag > q->tag) - (p->tag < q->tag);
}

/* Drop the matches that lie inside a longer one of their namespace. */
static void
longest(Lex *x)
{
	size_t i, k, n = 0, maxend = 0, grpend = 0, grp0 = 0;
	uint32_t ns = 0;

	for (i = 0; i < x->nm; i++)
		x->m[i].ns = x->tagns[x->m[i].tag];
	qsort(x->m, x->nm, sizeof(Match), bycontain);
	for (i = 0; i < x->nm; i = k) {
		/* a group: same namespace and start */
		if (i == 0 || x->m[i].ns != ns) {
			ns = x->m[i].ns;
			maxend = 0;
		}
		grp0 = x->m[i].tok0;
		grpend = x->m[i].tok1;
		for (k = i; k < x->nm && x->m[k].ns == ns && x->m[k].tok0 == grp0; k++)
			if (maxend < x->m[k].tok1 && x->m[k].tok1 == grpend)
				x->m[n++] = x->m[k];
		if (grpend > maxend)
			maxend = grpend;
	}
	x->nm = n;
}

/* The Hangul edges of node for the prefixes of token t (token j of a
   match from i): the hash of each prefix of whole syllables is foldhash's,
   computed in one pass (Hangul bytes are not folded). */
static void
hgprefixes(Lex *x, const char *s, const Tok *t, uint32_t node, uint64_t mask,
    size_t i, size_t j)
{
	const unsigned char *p = (const unsigned char *)s + t->off;
	uint64_t h = FNV0, w = 0;
	size_t L, n = t->len < 64 ? t->len : 64;
	uint32_t c;
	int k = 0;

	for (L = 0; L + 3 <= n && ISHGB(p + L); ) {
		for (c = 0; c < 3; c++, L++) {
			w = w << 8 | p[L];
			if (++k == 8) {
				h = (h ^ w) * FNVP;
				w = 0;
				k = 0;
			}
		}
		if ((mask & (1ULL << (L - 1))) &&
		    (c = edgeget(x, node, mix((h ^ w ^ (uint64_t)L << 56) * FNVP) ^
		    HGSEED ^ PFXSEED)) != 0)
			emit(x, s, c, i, j);
	}
	if (L < n)
		for (L += 1; L <= n; L++)	/* past a character that is not Hangul */
			if (mask & (1ULL << (L - 1)) &&
			    (c = edgeget(x, node, pfxhash(s, t, L) ^ HGSEED)) != 0)
				emit(x, s, c, i, j);
}

/* Walk the trie from node over the tokens from j on, for matches that
   start at token i. */
static void
walk(Lex *x, const char *s, uint32_t node, size_t i, size_t j)
{
	size_t L;
	uint32_t c;
	uint64_t mask, th;
	Tok *t;

	for (; j < x->ntok; j++) {
		t = &x->tok[j];
		if ((mask = x->node[node].pfxmask) != 0 && t->type == T_WORD &&
		    (x->pfxhg || !(t->len >= 3 && ISHGB((const unsigned char *)s + t->off))))
			for (L = 1; L <= t->len && L <= 64; L++)
				if (mask & (1ULL << (L - 1)) &&
				    (c = edgeget(x, node, pfxhash(s, t, L))) != 0)
					emit(x, s, c, i, j);
		if ((mask = x->node[node].hgmask) != 0 &&
		    (unsigned char)s[t->off] >= 0xE0 && t->type == T_WORD)
			hgprefixes(x, s, t, node, mask, i, j);
		th = t->h;
		if (node == 0 && !(x->bloom[(th >> 7) % BLOOMBITS / 64] &
		    (1ULL << ((th >> 7) % BLOOMBITS % 64))))
			return;
		if ((node = edgeget(x, node, th)) == 0)
			return;
		if (x->node[node].out != 0)
			emit(x, s, node, i, j);
	}
}

void
lexprefilter(Lex *x, int on)
{
	pfenable(x->pf, on);
}

size_t
lexmatch(Lex *x, Str text, int all, Match **mp)
{
	const char *s = text.p;
	size_t i, L;
	uint32_t c;
	uint64_t mask = x->node[0].sfxmask;
	Tok *t;

	x->nm = 0;
	if (text.n >= 0xFFFFFFFFu) {	/* offsets are 32 bits */
		*mp = x->m;
		return 0;
	}
	x->ntok = 0;
	if (!pfany(x->pf, text)) {	/* no entry can begin in text */
		*mp = x->m;
		return 0;
	}
	tokenize(x, text.p, text.n);
	for (i = 0; i < x->ntok; i++) {
		t = &x->tok[i];
		if (mask != 0 && t->type == T_WORD && t->len >= 3 &&
		    ISHGB((const unsigned char *)s + t->off + t->len - 3))	/* *해야 한다 */
			for (L = 1; L < t->len && L <= 64; L++)
				if (mask & (1ULL << (L - 1)) &&
				    (c = edgeget(x, 0, sfxhash(s, t, L))) != 0)
					walk(x, s, c, i, i + 1);
		if (!pftok(x->pf, text, x->tok[i].off))
			continue;
		walk(x, s, 0, i, i);
	}
	if (!all && x->nm > 1)
		longest(x);
	x->nm = lexcontext(x, text, x->m, x->nm);	/* context.c */
	*mp = x->m;
	return x->nm;
}
