/* match.c: a lexicon's phrases matched in one pass over a text whatever
   the number of patterns: the text cut into hashed tokens (tokenize.c,
   as patterns are for trie.c), the trie's edges looked up, matches
   checked. */
#include <stdlib.h>
#include <string.h>

#include "scm.h"

/*
 * The trie's edges live in one open-addressing table keyed by (node,
 * token hash).
 * A node reached through a `*' pattern is keyed by the hash of a
 * prefix of the word and flagged in the parent's pfxmask by length.
 * Hashes only find candidates: every match is checked token by token.
 */

size_t
edgeslot(const Lex *x, uint32_t parent, uint64_t th)
{
	return (size_t)hmix(th + parent * 0x9e3779b97f4a7c15ULL) &
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

#define ONES20 0x2020202020202020ULL
#define VISMAX 256	/* the longest word with invisible characters matched */

/* foldeqn(a, b, n) where a is ASCII letters and digits (a token of
   tokscan's): a byte equal, or a letter that differs only in case (bit
   0x20, where a has bit 0x40), eight at a time. */
static int
asciieq(const unsigned char *a, const unsigned char *b, size_t n)
{
	uint64_t x, y, d;
	size_t i;

	if (n < 8) {
		for (i = 0; i < n; i++)
			if (a[i] != b[i] && ((a[i] ^ b[i]) != 0x20 || !(a[i] & 0x40)))
				return 0;
		return 1;
	}
	for (i = 0;; i += 8) {
		if (i + 8 > n)
			i = n - 8;	/* the last eight, overlapping */
		memcpy(&x, a + i, 8);
		memcpy(&y, b + i, 8);
		d = x ^ y;
		if ((d & ~(ONES20 & x >> 1)) != 0)
			return 0;
		if (i + 8 == n)
			return 1;
	}
}

/* Does text token t hold pattern token p (a prefix of it if pfx, its
   ending if pfx is 4)? */
/* The word of token t as its hash has it, in vis if that is not its
   bytes (t->inv: the invisible characters of utf8.c left out, ligatures
   written out); *len its length.  NULL if it does not fit (such a word
   matches nothing). */
static const unsigned char *
visible(const char *s, const Tok *t, unsigned char vis[VISMAX], size_t *len)
{
	const unsigned char *a = (const unsigned char *)s + t->off;
	const char *lig;
	size_t i, m;

	*len = t->len;
	if (!t->inv)
		return a;
	for (i = *len = 0; i < t->len; i++) {
		if ((m = invisible(a + i, t->len - i)) > 0) {
			i += m - 1;
			continue;
		}
		if ((lig = ligature(a + i, t->len - i)) != NULL) {
			i += 2;		/* never longer than its bytes */
			for (; *lig != '\0' && *len < VISMAX; lig++)
				vis[(*len)++] = (unsigned char)*lig;
			if (*lig != '\0')
				return NULL;
			continue;
		}
		if (*len == VISMAX)
			return NULL;
		vis[(*len)++] = a[i];
	}
	return vis;
}

/* Do the bytes a[0..len) of a token hold pattern token p (as tokeq
   says)?  ascii: a word tokscan found all ASCII. */
static int
byteseq(const unsigned char *a, size_t len, int ascii, Str p, int cs, int pfx)
{
	const unsigned char *b = (const unsigned char *)p.p;

	if (pfx == 4) {
		if (p.n >= len)
			return 0;
		a += len - p.n;
		pfx = 1;
	}
	if (pfx ? p.n > len : p.n != len)
		return 0;
	if (pfx == 2 && !hgtail((const char *)a + p.n, len - p.n, p.n))
		return 0;
	if (cs)
		return memcmp(a, b, p.n) == 0;
	if (ascii)
		return asciieq(a, b, p.n);
	return foldeqn(a, b, p.n);	/* casefold.c */
}

/* The same for a word that holds invisible characters or ligatures: as
   read (kept out of tokeq, whose buffer it needs). */
static int
readeq(const char *s, const Tok *t, Str p, int cs, int pfx)
{
	unsigned char vis[VISMAX];
	const unsigned char *a;
	size_t len;

	if ((a = visible(s, t, vis, &len)) == NULL)
		return 0;
	return byteseq(a, len, 0, p, cs, pfx);
}

static int
tokeq(const char *s, const Tok *t, Str p, int cs, int pfx)
{
	if (t->q)
		return p.n == 1 && p.p[0] == t->q;
	if (t->inv)
		return readeq(s, t, p, cs, pfx);
	return byteseq((const unsigned char *)s + t->off, t->len,
	    t->ascii && t->type == T_WORD, p, cs, pfx);
}

/* Is tag on tokens [i, end) recorded already (two patterns that match
   alike: 한미 and 한미*, NCG in both lexicons)?  The matches from token
   i are the last ones: every walk from i is done before the next. */
static int
seen(const Lex *x, uint32_t tag, size_t i, size_t end)
{
	size_t k;

	for (k = x->nm; k > 0 && x->m[k - 1].tok0 == i; k--)
		if (x->m[k - 1].tag == tag && x->m[k - 1].tok1 == end)
			return 1;
	return 0;
}

/* Are the tokens from i glued as glue says (Out.glue): nothing between
   tokens k and k + 1, or one hyphen or dash (한.미, 한-미)? */
static int
glued(const Lex *x, const char *s, size_t i, uint32_t glue)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t k, a, b;

	for (k = 0; glue != 0; k++, glue >>= 1) {
		if (!(glue & 1))
			continue;
		a = x->tok[i + k].off + x->tok[i + k].len;
		b = x->tok[i + k + 1].off;
		if (b != a && !(b == a + 1 && p[a] == '-') &&
		    !(b == a + 3 && p[a] == 0xE2 && p[a + 1] == 0x80 &&
		    p[a + 2] >= 0x90 && p[a + 2] <= 0x95))
			return 0;
	}
	return 1;
}

/* Record the outputs of node for the tokens [i, j] that check out. */
static void
emit(Lex *x, const char *s, uint32_t node, size_t i, size_t j)
{
	uint32_t o, k;
	const Out *out, *last = NULL;
	int ok = 0;
	Match *m;

	for (o = x->node[node].out; o != 0; o = out->next) {
		out = &x->out[o - 1];
		if (out->ntok != j - i + 1)
			continue;
		if (last == NULL || out->tok != last->tok || out->cs != last->cs ||
		    out->pfx != last->pfx || out->sfx != last->sfx) {
			for (k = 0; k < out->ntok; k++)	/* else checked for the last */
				if (!tokeq(s, &x->tok[i + k], out->tok[k], out->cs,
				    k == out->ntok - 1 ? out->pfx : k == 0 && out->sfx ? 4 : 0))
					break;
			ok = k == out->ntok;
			last = out;
		}
		if (!ok || (out->glue && !glued(x, s, i, out->glue)) ||
		    seen(x, out->tag, i, j + 1))
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
	sortfew(x->m, x->nm, sizeof(Match), bycontain);
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
	const unsigned char *p;
	unsigned char vis[VISMAX];
	uint64_t h = FNV0, w = 0;
	size_t L, n;
	uint32_t c;
	int k = 0;
	Tok v = { 0 };

	if ((p = visible(s, t, vis, &n)) == NULL)
		return;
	if (n > 64)
		n = 64;
	v.len = (uint32_t)n;
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
		    (c = edgeget(x, node, hmix((h ^ w ^ (uint64_t)L << 56) * FNVP) ^
		    HGSEED ^ PFXSEED)) != 0)
			emit(x, s, c, i, j);
	}
	if (L < n)
		for (L += 1; L <= n; L++)	/* past a character that is not Hangul */
			if (mask & (1ULL << (L - 1)) &&
			    (c = edgeget(x, node, pfxhash((const char *)p, &v, L) ^
			    HGSEED)) != 0)
				emit(x, s, c, i, j);
}

/* The `*' edges of node for the prefixes of ASCII word token t (token j
   of a match from i): the hash of each prefix is pfxhash's, computed in
   one pass. */
static void
asciiprefixes(Lex *x, const char *s, const Tok *t, uint32_t node, uint64_t mask,
    size_t i, size_t j)
{
	const unsigned char *p = (const unsigned char *)s + t->off;
	uint64_t h = FNV0, w = 0, th;
	size_t L, n = t->len < 64 ? t->len : 64;
	uint32_t c;
	int k = 0;

	if (n < 64)
		mask &= (1ULL << n) - 1;
	for (L = 1; mask != 0; L++, mask >>= 1) {
		w = w << 8 | lexlower[p[L - 1]];
		if (++k == 8) {
			h = (h ^ w) * FNVP;
			w = 0;
			k = 0;
		}
		if (!(mask & 1))
			continue;
		th = hmix((h ^ w ^ (uint64_t)L << 56) * FNVP) ^ PFXSEED;
		if ((node != 0 || inbloom(x, th)) && (c = edgeget(x, node, th)) != 0)
			emit(x, s, c, i, j);
	}
}

/* The same for a word token t that is not ASCII, seen without its
   invisible characters. */
static void
otherprefixes(Lex *x, const char *s, const Tok *t, uint32_t node,
    uint64_t mask, size_t i, size_t j)
{
	const unsigned char *p;
	unsigned char vis[VISMAX];
	size_t L, n;
	uint32_t c;
	Tok v = { 0 };

	if ((p = visible(s, t, vis, &n)) == NULL)
		return;
	v.len = (uint32_t)n;
	for (L = 1; L <= n && L <= 64; L++)
		if (mask & (1ULL << (L - 1)) &&
		    (c = edgeget(x, node, pfxhash((const char *)p, &v, L))) != 0)
			emit(x, s, c, i, j);
}

/* Walk the trie from node over the tokens from j on, for matches that
   start at token i. */
static void
walk(Lex *x, const char *s, uint32_t node, size_t i, size_t j)
{
	uint64_t mask, th;
	Tok *t;

	for (;; j++) {
		if (j >= x->ntok && !(x->lazy &&
		    tokfrom(x, s, x->lazyn, x->tokend, 1) > 0))
			return;
		t = &x->tok[j];
		if ((mask = x->node[node].pfxmask) != 0 && t->type == T_WORD) {
			if (t->ascii)
				asciiprefixes(x, s, t, node, mask, i, j);
			else if (x->pfxhg || !(t->len >= 3 &&
			    ISHGB((const unsigned char *)s + t->off)))
				otherprefixes(x, s, t, node, mask, i, j);
		}
		if ((mask = x->node[node].hgmask) != 0 &&
		    (unsigned char)s[t->off] >= 0xE0 && t->type == T_WORD)
			hgprefixes(x, s, t, node, mask, i, j);
		th = t->h;
		if (node == 0 && !inbloom(x, th))
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

/* The walks from token i (t) whose first word is the ending of t: a
   leading `*' before a Hangul ending (*해야 한다). */
static void
sfxwalk(Lex *x, const char *s, const Tok *t, size_t i, uint64_t mask)
{
	const unsigned char *p;
	unsigned char vis[VISMAX];
	size_t L, n;
	uint32_t c;
	Tok v = { 0 };

	if (t->type != T_WORD || (p = visible(s, t, vis, &n)) == NULL)
		return;
	v.len = (uint32_t)n;
	if (n >= 3 && ISHGB(p + n - 3))
		for (L = 1; L < n && L <= 64; L++)
			if (mask & (1ULL << (L - 1)) &&
			    (c = edgeget(x, 0, sfxhash((const char *)p, &v, L))) != 0)
				walk(x, s, c, i, i + 1);
}

/* Walk the trie from each token of text that may begin an entry: bloom,
   the root's bloom filter decides; pf, the prefilter does. */
static void
walkall(Lex *x, Str text, int pf, int bloom)
{
	const char *s = text.p;
	size_t i;
	uint64_t mask = x->node[0].sfxmask;
	Tok *t;

	for (i = 0; i < x->ntok; i++) {
		t = &x->tok[i];
		if (bloom && !inbloom(x, t->h))
			continue;	/* walk's first look, without the call */
		if (mask != 0)
			sfxwalk(x, s, t, i, mask);
		if (pf && !pftok(x->pf, text, x->tok[i].off))
			continue;
		walk(x, s, 0, i, i);
	}
}

/* walkall with the prefilter on, over the tokens pflist passed: those
   it judged (ASCII) are walked at once; the others go through walkall's
   steps.  The same walks in the same order. */
static void
walklist(Lex *x, Str text, size_t nc, int bloom)
{
	const char *s = text.p;
	size_t k, i;
	uint64_t mask = x->node[0].sfxmask;
	Tok *t;

	for (k = 0; k < nc; k++) {
		i = x->cand[k];
		t = &x->tok[i];
		if (bloom && !inbloom(x, t->h))
			continue;
		if (!t->ascii) {
			if (mask != 0)
				sfxwalk(x, s, t, i, mask);
			if (!pftok(x->pf, text, t->off))
				continue;
		}
		walk(x, s, 0, i, i);
	}
}

/* The walks from the tokens tokpairs listed (their offsets): each token
   is cut by tokfrom when a walk first needs it (x->lazy).  The same walks
   in the same order as the walks over all the tokens that pass. */
static void
walkpairs(Lex *x, Str text)
{
	size_t k, c, i = 0;

	x->lazy = 1;
	x->lazyn = text.n;
	x->tokend = 0;
	for (k = 0; k < x->ncand; k++) {
		c = x->cand[k];
		if (c >= x->tokend) {	/* past the tokens cut: a new run */
			i = x->ntok;
			tokfrom(x, text.p, text.n, c, 1);
		} else
			while (x->tok[i].off < c)
				i++;
		walk(x, text.p, 0, i, i);
	}
	x->lazy = 0;
}

size_t
lexmatch(Lex *x, Str text, int all, Match **mp)
{
	const char *s = text.p;
	size_t i;
	int pf, bloom;

	x->nm = 0;
	if (text.n >= 0xFFFFFFFFu) {	/* offsets are 32 bits */
		*mp = x->m;
		return 0;
	}
	x->ntok = 0;
	pf = pfneeded(x->pf);	/* off when the prefilter is */
	bloom = (x->node[0].pfxmask | x->node[0].hgmask) == 0 &&
	    x->node[0].sfxmask == 0;
	if (pfpairs(x->pf) && tokpairs(x, text.p, text.n)) {
		/* an ASCII text: only the tokens around the pairs' candidates are cut */
		walkpairs(x, text);
	} else if (!pfany(x->pf, text)) {	/* no entry can begin in text */
		*mp = x->m;
		return 0;
	} else if (!pfison(x->pf)) {
		tokenize(x, text.p, text.n);	/* the reference */
		walkall(x, text, pf, bloom);
	} else if (bloom && !pf) {
		/* the common lexicon: only the candidates are walked */
		tokscan(x, text.p, text.n, 1);
		for (i = 0; i < x->ncand; i++)
			walk(x, s, 0, x->cand[i], x->cand[i]);
	} else if (pf) {
		/* the prefilter judges the ASCII tokens in one loop */
		tokscan(x, text.p, text.n, 0);
		if (x->ntok > x->capcand)
			egrow(&x->cand, &x->capcand, x->ntok, sizeof(uint32_t));
		walklist(x, text, pflist(x->pf, text.p, x->tok, x->ntok, x->cand),
		    bloom);
	} else {
		tokscan(x, text.p, text.n, 0);
		walkall(x, text, pf, bloom);
	}
	if (!all && x->nm > 1)
		longest(x);
	x->nm = lexcontext(x, text, x->m, x->nm);	/* context.c */
	*mp = x->m;
	return x->nm;
}
