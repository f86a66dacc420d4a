/* align.c: matching the units of two documents by content (scm-diff). */
#include <stdlib.h>
#include <string.h>

#include "scm.h"

/* Word ids shared by the documents being compared. */
struct Vocab {
	Hash words;
	uint32_t nid;
	Buf fold, key;
};

/* Cells of the full LCS table beyond which the middle of a pair is taken
   as replaced wholesale (see BUGS in scm-diff(1)). */
#define LCSMAX ((size_t)1 << 24)

/* Index settings: rarest shingles looked up per unit, postings followed
   per shingle, candidates scored per unit. */
enum { NRARE = 8, NPOST = 32, NCAND = 6 };

Vocab *
vocabnew(Arena *a)
{
	Vocab *x = aalloc(a, sizeof(*x));

	memset(x, 0, sizeof(*x));
	hashinit(&x->words, a);
	return x;
}

void
vocabfree(Vocab *x)
{
	hashfree(&x->words);
	buffree(&x->fold);
	buffree(&x->key);
}

static int
isdig(int c)
{
	return c >= '0' && c <= '9';
}

static int
isalph(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
eqfold(const char *a, const char *b, size_t n)
{
	size_t i;
	int x, y;

	for (i = 0; i < n; i++) {
		x = (unsigned char)a[i];
		y = (unsigned char)b[i];
		if (x >= 'A' && x <= 'Z')
			x += 'a' - 'A';
		if (y >= 'A' && y <= 'Z')
			y += 'a' - 'A';
		if (x != y)
			return 0;
	}
	return 1;
}

size_t
labellen(Str s)
{
	static const char *ord[] = {
		"first", "firstly", "second", "secondly", "third", "thirdly",
		"fourth", "fourthly", "fifth", "fifthly", "sixth", "lastly",
		"finally",
	};
	const unsigned char *p = (const unsigned char *)s.p;
	size_t i = 0, j, k, n = s.n;
	int paren = 0, ok = 0;

	if (n > 0 && p[0] == '(') {
		paren = 1;
		i = 1;
	}
	j = i;
	if (j < n && isdig(p[j])) {
		/* 7. 7) (7) 1.2. */
		while (j < n && (isdig(p[j]) || (p[j] == '.' && j + 1 < n &&
		    isdig(p[j + 1]))))
			j++;
		ok = j - i <= 8;
	} else {
		/* (a) a) a. (iv) iv. */
		while (j < n && isalph(p[j]) && j - i < 5)
			j++;
		ok = j - i == 1 || (j > i && strspn((const char *)p + i,
		    "ivxlcIVXLC") >= j - i);
	}
	if (ok && j < n && (paren ? p[j] == ')' : (p[j] == '.' || p[j] == ')'))) {
		j++;
		if (j == n || (k = spanspace(s.p + j, n - j)) > 0 || paren)
			goto found;
	}
	/* Firstly, Second, Finally, */
	for (j = 0; j < n && isalph(p[j]); j++)
		;
	if (j > 0 && j < n && p[j] == ',') {
		for (k = 0; k < NELEM(ord); k++)
			if (strlen(ord[k]) == j && eqfold(s.p, ord[k], j))
				break;
		if (k < NELEM(ord)) {
			j++;
			goto found;
		}
	}
	return 0;
found:
	j += spanspace(s.p + j, n - j);
	while (j < n && (k = spanspace(s.p + j, n - j)) > 0)
		j += k;
	return j < n ? j : 0;	/* a label alone is the text */
}

/* The end of the chunk (bytes up to white space) starting at i; *ascii
   tells whether it is all ASCII. */
static size_t
chunkend(Str s, size_t i, int *ascii)
{
	const unsigned char *p = (const unsigned char *)s.p;

	*ascii = 1;
	for (; i < s.n; i++) {
		if (p[i] == ' ' || (p[i] >= '\t' && p[i] <= '\r'))
			break;
		if (p[i] >= 0x80) {
			*ascii = 0;
			if (spanspace(s.p + i, s.n - i) > 0)
				break;
		}
	}
	return i;
}

static int
isalnumc(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

/* The key of an ASCII chunk, as wordnext and the folding below would
   make it, faster. */
static void
asciikey(Buf *key, const unsigned char *p, size_t n)
{
	size_t k, w = 0, j;
	int c, inword = 0;

	for (k = 0; k < n; k++) {
		c = p[k];
		if (isalnumc(c)) {
			if (!inword)
				w = key->n;
			inword = 1;
			key->p[key->n++] = (char)(c >= 'A' && c <= 'Z' ?
			    c + 'a' - 'A' : c);
			continue;
		}
		if (inword && k + 1 < n && isalnumc(p[k + 1]) &&
		    (c == '\'' || c == '.' || c == '-')) {
			if (c != '-')
				key->p[key->n++] = (char)c;
			continue;
		}
		/* U.S. and 1.5. keep their final period */
		if (inword && c == '.' && (key->n - w) % 2 == 1 &&
		    key->n - w >= 3) {
			for (j = w + 1; j < key->n && key->p[j] == '.'; j += 2)
				;
			if (j >= key->n)
				key->p[key->n++] = '.';
		}
		inword = 0;
	}
}

/* The next chunk holding a word at or after *i: its key (folded words,
   hyphens dropped) in key, its bytes [*beg, *end).  0 at the end. */
static int
nextword(Buf *key, Str s, size_t *i, size_t *beg, size_t *end)
{
	size_t ce, off, k, j = *i;
	int ascii;
	Str chunk, w;
	const unsigned char *p;

	while (j < s.n) {
		if ((k = spanspace(s.p + j, s.n - j)) > 0) {
			j += k;
			continue;
		}
		if (!alignloose) {
			ce = chunkend(s, j, &ascii);
			chunk = (Str){ s.p + j, ce - j };
		} else
			ce = loosechunk(s, j, &chunk, &ascii);	/* loose.c */
		egrow(&key->p, &key->cap, chunk.n + 1, 1);
		key->n = 0;
		off = 0;
		if (ascii)
			asciikey(key, (const unsigned char *)chunk.p, chunk.n);
		else while (wordnext(chunk, &off, &w)) {
			p = (const unsigned char *)w.p;
			for (k = 0; k < w.n; k++) {
				if (p[k] >= 'A' && p[k] <= 'Z')
					key->p[key->n++] = (char)(p[k] + 'a' - 'A');
				else if (p[k] == '-')
					;
				else if (k + 2 < w.n && p[k] == 0xE2 &&
				    p[k + 1] == 0x80 && p[k + 2] == 0x99) {
					key->p[key->n++] = '\'';
					k += 2;
				} else
					key->p[key->n++] = (char)p[k];
			}
		}
		if (key->n > 0) {
			*beg = j;
			*end = *i = ce;
			return 1;
		}
		j = ce;		/* punctuation only */
	}
	*i = j;
	return 0;
}

size_t
atokenize(Vocab *x, Str s, ATok *t, size_t cap, int add)
{
	size_t i, nt = 0, beg, end;
	Entry *e;

	i = labellen(s);
	while (nextword(&x->key, s, &i, &beg, &end)) {
		if (nt > 0 && nt <= cap)	/* punctuation after a word is its */
			t[nt - 1].end = (size_t)(strtrim((Str){ s.p,
			    beg }).p - s.p) + strtrim((Str){ s.p, beg }).n;
		if (add)
			e = hashput(&x->words, bufstr(&x->key));
		else
			e = hashget(&x->words, bufstr(&x->key));
		if (e != NULL && e->ival == 0)
			e->ival = ++x->nid;
		if (nt < cap) {
			t[nt].id = e != NULL ? (uint32_t)e->ival : 0;
			t[nt].beg = beg;
			t[nt].end = end;
		}
		nt++;
	}
	if (nt > 0 && nt <= cap)
		t[nt - 1].end = (size_t)(strtrim(s).p - s.p) + strtrim(s).n;
	return nt;
}

/* Hash of the word keys of s, and their number. */
static uint64_t
keyhash(Buf *key, Str s, size_t *n)
{
	uint64_t h = 0x9E3779B97F4A7C15ULL;
	size_t i = labellen(s), beg, end;

	*n = 0;
	while (nextword(key, s, &i, &beg, &end)) {
		h = (h ^ hashbytes(key->p, key->n)) * 0xBF58476D1CE4E5B9ULL;
		h ^= h >> 31;
		(*n)++;
	}
	return h;
}

/* Do a and b have the same words? */
static int
samewords(Vocab *x, Str a, Str b)
{
	Buf *ka = &x->key, *kb = &x->fold;
	size_t i = labellen(a), j = labellen(b), beg, end;
	int ga, gb;

	for (;;) {
		ga = nextword(ka, a, &i, &beg, &end);
		gb = nextword(kb, b, &j, &beg, &end);
		if (!ga || !gb)
			return ga == gb;
		if (!streq(bufstr(ka), bufstr(kb)))
			return 0;
	}
}

void
adocadd(Arena *a, Vocab *x, ADoc *d, Str text, Str loc, Str tags)
{
	AUnit *u;

	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 256;
		d->u = erealloc(d->u, d->cap * sizeof(*d->u));
	}
	u = &d->u[d->n++];
	u->text = astrdup(a, text);
	u->loc = isabsent(loc) ? S("-") : astrdup(a, loc);
	u->tags = isabsent(tags) ? S("") : astrdup(a, tags);
	u->id = NULL;
	u->lab = labellen(u->text);
	u->raw = hashbytes(u->text.p + u->lab, u->text.n - u->lab);
	u->key = 0;
	u->ntok = 0;
	(void)x;
}

/* Give u its word ids (once). */
void
aunitids(Arena *a, Vocab *x, AUnit *u)
{
	static ATok *t;
	static size_t cap;
	size_t n, i;

	if (u->id != NULL)
		return;
	while ((n = atokenize(x, u->text, t, cap, 1)) > cap || cap == 0)
		egrow(&t, &cap, n + 1, sizeof(*t));
	u->id = aalloc(a, (n ? n : 1) * sizeof(uint32_t));
	for (i = 0; i < n; i++)
		u->id[i] = t[i].id;
}

void
adocfree(ADoc *d)
{
	free(d->u);
	memset(d, 0, sizeof(*d));
}

/* The length of the longest common subsequence of a and b; with sc,
   also the edit script (K keep, D delete from a, I insert from b), its
   length in *nsc. */
size_t
lcs(const uint32_t *a, size_t n, const uint32_t *b, size_t m, char *sc,
    size_t *nsc)
{
	size_t p = 0, s = 0, i, j, L, ns = 0, k;
	uint32_t *row, *tab, diag, up;

	while (p < n && p < m && a[p] == b[p])
		p++;
	while (s < n - p && s < m - p && a[n - 1 - s] == b[m - 1 - s])
		s++;
	a += p;
	b += p;
	n -= p + s;
	m -= p + s;
	if (sc != NULL)
		for (k = 0; k < p; k++)
			sc[ns++] = 'K';
	L = p + s;
	if (n == 0 || m == 0 || (n > LCSMAX / m)) {
		if (sc != NULL) {
			memset(sc + ns, 'D', n);
			ns += n;
			memset(sc + ns, 'I', m);
			ns += m;
		}
	} else if (sc == NULL) {
		row = ecalloc(m + 1, sizeof(*row));
		for (i = 1; i <= n; i++) {
			diag = 0;
			for (j = 1; j <= m; j++) {
				up = row[j];
				if (a[i - 1] == b[j - 1])
					row[j] = diag + 1;
				else if (row[j - 1] > row[j])
					row[j] = row[j - 1];
				diag = up;
			}
		}
		L += row[m];
		free(row);
	} else {
		/* suffix table, so the script comes out forwards */
		tab = ecalloc((n + 1) * (m + 1), sizeof(*tab));
#define T(i, j) tab[(i) * (m + 1) + (j)]
		for (i = n; i-- > 0;)
			for (j = m; j-- > 0;) {
				if (a[i] == b[j])
					T(i, j) = T(i + 1, j + 1) + 1;
				else
					T(i, j) = T(i + 1, j) > T(i, j + 1) ?
					    T(i + 1, j) : T(i, j + 1);
			}
		L += T(0, 0);
		i = j = 0;
		while (i < n || j < m) {
			if (i < n && j < m && a[i] == b[j]) {
				sc[ns++] = 'K';
				i++;
				j++;
			} else if (j < m && (i == n || T(i, j + 1) >= T(i + 1, j))) {
				/* deletions first, within a run */
				if (i < n && T(i + 1, j) == T(i, j)) {
					sc[ns++] = 'D';
					i++;
				} else {
					sc[ns++] = 'I';
					j++;
				}
			} else {
				sc[ns++] = 'D';
				i++;
			}
		}
#undef T
		free(tab);
	}
	if (sc != NULL) {
		for (k = 0; k < s; k++)
			sc[ns++] = 'K';
		*nsc = ns;
	}
	return L;
}

double
similarity(const AUnit *a, const AUnit *b)
{
	if (a->ntok + b->ntok == 0)
		return 1.0;
	return 2.0 * (double)lcs(a->id, a->ntok, b->id, b->ntok, NULL, NULL) /
	    (double)(a->ntok + b->ntok);
}


typedef struct {
	uint64_t h;
	size_t i;
} Post;

typedef struct {
	double sim;
	size_t o, n;
} Pair;

static int
cmppost(const void *x, const void *y)
{
	const Post *a = x, *b = y;

	if (a->h != b->h)
		return a->h < b->h ? -1 : 1;
	return (a->i > b->i) - (a->i < b->i);
}

static int
cmppair(const void *x, const void *y)
{
	const Pair *a = x, *b = y;

	if (a->sim != b->sim)
		return a->sim > b->sim ? -1 : 1;
	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	return (a->o > b->o) - (a->o < b->o);
}

static uint64_t
shingle(const AUnit *u, size_t k)
{
	uint64_t h;

	h = (uint64_t)u->id[k] * 0x9E3779B97F4A7C15ULL;
	h ^= (k + 1 < u->ntok ? u->id[k + 1] : 0xFFFFFFFFu) + (h >> 29);
	return h * 0xBF58476D1CE4E5B9ULL;
}

static size_t
lower(const Post *p, size_t n, uint64_t h)
{
	size_t lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (p[mid].h < h)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int
sameunit(Vocab *x, const AUnit *a, const AUnit *b, int raw)
{
	if (raw)
		return a->text.n - a->lab == b->text.n - b->lab &&
		    memcmp(a->text.p + a->lab, b->text.p + b->lab,
		    a->text.n - a->lab) == 0;
	return a->ntok == b->ntok && samewords(x, a->text, b->text);
}

/* Exact matches, first come first served: raw, the same bytes after the
   label; else the same words. */
static void
matchexact(Vocab *x, const ADoc *o, const ADoc *nw, long *mo, long *mn,
    double *sim, int raw)
{
	size_t cap = 16, i, j, mask;
	size_t *tab, *next;
	uint64_t h;

	while (cap < o->n * 2)
		cap *= 2;
	mask = cap - 1;
	tab = ecalloc(cap, sizeof(*tab));	/* head old index + 1 */
	next = ecalloc(o->n + 1, sizeof(*next));
#define K(u) (raw ? (u).raw : (u).key)
	for (i = o->n; i-- > 0;) {
		if (mo[i] >= 0)
			continue;
		h = K(o->u[i]);
		for (j = (size_t)h & mask; tab[j] != 0 &&
		    K(o->u[tab[j] - 1]) != h; j = (j + 1) & mask)
			;
		next[i] = tab[j];
		tab[j] = i + 1;
	}
	for (i = 0; i < nw->n; i++) {
		if (mn[i] >= 0)
			continue;
		h = K(nw->u[i]);
		for (j = (size_t)h & mask; tab[j] != 0 &&
		    K(o->u[tab[j] - 1]) != h; j = (j + 1) & mask)
			;
		/* drop matched ones off the front of the chain */
		while (tab[j] != 0 && mo[tab[j] - 1] >= 0)
			tab[j] = next[tab[j] - 1];
		for (size_t k = tab[j]; k != 0; k = next[k - 1]) {
			if (mo[k - 1] < 0 &&
			    sameunit(x, &o->u[k - 1], &nw->u[i], raw)) {
				mo[k - 1] = (long)i;
				mn[i] = (long)(k - 1);
				sim[i] = 1.0;
				break;
			}
		}
	}
#undef K
	free(tab);
	free(next);
}

/* Changed matches: candidates from the rarest shingles of each unmatched
   new unit among the unmatched old ones, scored, then taken best first. */
static void
matchnear(const ADoc *o, const ADoc *nw, double t, long *mo, long *mn,
    double *sim)
{
	Post *post = NULL, rare[NRARE];
	Pair *pair = NULL;
	size_t npost = 0, cpost = 0, npair = 0, cpair = 0, i, k, r, nr, lo, hi,
	    df, q, nc;
	size_t cand[NRARE * NPOST], votes[NRARE * NPOST];
	double s;
	const AUnit *u, *v;

	for (i = 0; i < o->n; i++) {
		if (mo[i] >= 0)
			continue;
		u = &o->u[i];
		egrow(&post, &cpost, npost + u->ntok + 1, sizeof(*post));
		for (k = 0; k < u->ntok; k++)
			post[npost++] = (Post){ shingle(u, k), i };
		if (u->ntok == 0)
			post[npost++] = (Post){ 0, i };
	}
	if (npost == 0)
		return;
	qsort(post, npost, sizeof(*post), cmppost);
	for (i = 0; i < nw->n; i++) {
		if (mn[i] >= 0)
			continue;
		v = &nw->u[i];
		/* the NRARE rarest shingles present (df in .i, start in .h) */
		nr = 0;
		for (k = 0; k < v->ntok || (v->ntok == 0 && k == 0); k++) {
			uint64_t h = v->ntok ? shingle(v, k) : 0;

			lo = lower(post, npost, h);
			for (hi = lo; hi < npost && post[hi].h == h; hi++)
				;
			if ((df = hi - lo) == 0)
				continue;
			for (r = 0; r < nr && rare[r].h != lo; r++)
				;
			if (r < nr)
				continue;	/* a repeated shingle */
			if (nr < NRARE)
				r = nr++;
			else {
				for (r = 0, q = 1; q < nr; q++)
					if (rare[q].i > rare[r].i)
						r = q;
				if (rare[r].i <= df)
					continue;
			}
			rare[r] = (Post){ lo, df };
		}
		nc = 0;
		for (r = 0; r < nr; r++)
			for (q = 0; q < rare[r].i && q < NPOST; q++) {
				size_t oi = post[rare[r].h + q].i, c;

				for (c = 0; c < nc && cand[c] != oi; c++)
					;
				if (c == nc) {
					cand[nc] = oi;
					votes[nc++] = 0;
				}
				votes[c]++;
			}
		/* score the NCAND with most votes */
		for (r = 0; r < NCAND && r < nc; r++) {
			for (q = r + 1, k = r; q < nc; q++)
				if (votes[q] > votes[k] ||
				    (votes[q] == votes[k] && cand[q] < cand[k]))
					k = q;
			size_t tc = cand[r], tv = votes[r];

			cand[r] = cand[k];
			votes[r] = votes[k];
			cand[k] = tc;
			votes[k] = tv;
			u = &o->u[cand[r]];
			if (2.0 * (double)(u->ntok < v->ntok ? u->ntok : v->ntok) <
			    t * (double)(u->ntok + v->ntok))
				continue;
			if ((s = similarity(u, v)) >= t && s > 0) {
				egrow(&pair, &cpair, npair + 1, sizeof(*pair));
				pair[npair++] = (Pair){ s, cand[r], i };
			}
		}
	}
	if (npair > 0)
		qsort(pair, npair, sizeof(*pair), cmppair);
	for (k = 0; k < npair; k++) {
		if (mo[pair[k].o] >= 0 || mn[pair[k].n] >= 0)
			continue;
		mo[pair[k].o] = (long)pair[k].n;
		mn[pair[k].n] = (long)pair[k].o;
		sim[pair[k].n] = pair[k].sim;
	}
	free(post);
	free(pair);
}

/* Mark in keep[] the new units of one longest increasing subsequence of
   the old positions of the matched pairs, in new order. */
static void
lis(const ADoc *nw, const long *mn, char *keep)
{
	size_t n = nw->n, len = 0, i, lo, hi, mid;
	size_t *tail = emalloc((n + 1) * sizeof(*tail));
	long *prev = emalloc((n + 1) * sizeof(*prev));
	long k;

	for (i = 0; i < n; i++) {
		keep[i] = 0;
		if (mn[i] < 0)
			continue;
		lo = 0;
		hi = len;
		while (lo < hi) {
			mid = (lo + hi) / 2;
			if (mn[tail[mid]] < mn[i])
				lo = mid + 1;
			else
				hi = mid;
		}
		prev[i] = lo > 0 ? (long)tail[lo - 1] : -1;
		tail[lo] = i;
		if (lo == len)
			len++;
	}
	for (k = len > 0 ? (long)tail[len - 1] : -1; k >= 0; k = prev[k])
		keep[k] = 1;
	free(tail);
	free(prev);
}

AOp *
align(Arena *a, Vocab *x, ADoc *o, ADoc *nw, double t, size_t *nops)
{
	long *mo = emalloc((o->n + 1) * sizeof(*mo));
	long *mn = emalloc((nw->n + 1) * sizeof(*mn));
	double *sim = emalloc((nw->n + 1) * sizeof(*sim));
	char *keep = emalloc(nw->n + 1);
	char *anchor = ecalloc(o->n + 1, 1);
	AOp *op = emalloc((o->n + nw->n + 1) * sizeof(*op));
	size_t i, k = 0, n = 0;

	for (i = 0; i < o->n; i++)
		mo[i] = -1;
	for (i = 0; i < nw->n; i++)
		mn[i] = -1;
	matchexact(x, o, nw, mo, mn, sim, 1);
	for (i = 0; i < o->n; i++)
		if (mo[i] < 0)
			o->u[i].key = keyhash(&x->key, o->u[i].text, &o->u[i].ntok);
	for (i = 0; i < nw->n; i++)
		if (mn[i] < 0)
			nw->u[i].key = keyhash(&x->key, nw->u[i].text,
			    &nw->u[i].ntok);
	matchexact(x, o, nw, mo, mn, sim, 0);
	for (i = 0; i < o->n; i++)
		if (mo[i] < 0)
			aunitids(a, x, &o->u[i]);
	for (i = 0; i < nw->n; i++)
		if (mn[i] < 0)
			aunitids(a, x, &nw->u[i]);
	matchnear(o, nw, t, mo, mn, sim);
	lis(nw, mn, keep);
	for (i = 0; i < nw->n; i++)
		if (keep[i])
			anchor[mn[i]] = 1;
	/* removed units before the first anchor, then after each anchor
	   those that stood between it and the next */
	for (; k < o->n && !anchor[k]; k++)
		if (mo[k] < 0)
			op[n++] = (AOp){ OP_REMOVED, 0, (long)k, -1, 0 };
	for (i = 0; i < nw->n; i++) {
		if (mn[i] < 0) {
			op[n++] = (AOp){ OP_ADDED, 0, -1, (long)i, 0 };
			continue;
		}
		op[n++] = (AOp){ nw->u[i].id == NULL ? OP_SAME : OP_CHANGED,
		    !keep[i], mn[i], (long)i, sim[i] };
		if (!keep[i])
			continue;
		for (k = (size_t)mn[i] + 1; k < o->n && !anchor[k]; k++)
			if (mo[k] < 0)
				op[n++] = (AOp){ OP_REMOVED, 0, (long)k, -1, 0 };
	}
	*nops = n;
	free(mo);
	free(mn);
	free(sim);
	free(keep);
	free(anchor);
	return op;
}

/* One run of the rendering: text s[beg..end) of tokens a..b. */
static void
piece(Buf *out, Str s, const ATok *t, size_t a, size_t b, const char *open,
    const char *close, int *first)
{
	if (!*first)
		bufaddc(out, ' ');
	*first = 0;
	bufadd(out, open, strlen(open));
	bufadd(out, s.p + t[a].beg, t[b].end - t[a].beg);
	bufadd(out, close, strlen(close));
}

void
wdiff(Buf *out, Vocab *x, const AUnit *o, const AUnit *nw, int color,
    size_t *added, size_t *removed)
{
	static ATok *ta, *tb;
	static size_t ca, cb;
	static char *sc;
	static size_t csc;
	size_t na, nb, ns, k, i = 0, j = 0, ka, kb, pre;
	const char *dopen = color ? "\033[31m" : "[-";
	const char *dclose = color ? "\033[m" : "-]";
	const char *iopen = color ? "\033[32m" : "{+";
	const char *iclose = color ? "\033[m" : "+}";
	int first = 1;

	while ((na = atokenize(x, o->text, ta, ca, 0)) > ca || ca == 0)
		egrow(&ta, &ca, na + 1, sizeof(*ta));
	while ((nb = atokenize(x, nw->text, tb, cb, 0)) > cb || cb == 0)
		egrow(&tb, &cb, nb + 1, sizeof(*tb));
	egrow(&sc, &csc, na + nb + 1, 1);
	for (k = 0; k < na; k++)
		ta[k].id = o->id[k];
	for (k = 0; k < nb; k++)
		tb[k].id = nw->id[k];
	lcs(o->id, na, nw->id, nb, sc, &ns);
	out->n = 0;
	pre = nb > 0 ? tb[0].beg : nw->text.n;
	if (strtrim((Str){ nw->text.p, pre }).n > 0) {
		bufaddstr(out, strtrim((Str){ nw->text.p, pre }));
		first = 0;
	}
	for (k = 0; k < ns;) {
		if (sc[k] == 'K') {
			for (ka = k; k < ns && sc[k] == 'K'; k++)
				;
			if (!first)
				bufaddc(out, ' ');
			first = 0;
			bufadd(out, nw->text.p + tb[j].beg,
			    tb[j + k - ka - 1].end - tb[j].beg);
			i += k - ka;
			j += k - ka;
			continue;
		}
		ka = kb = 0;
		for (; k < ns && sc[k] != 'K'; k++)
			if (sc[k] == 'D')
				ka++;
			else
				kb++;
		if (ka > 0)
			piece(out, o->text, ta, i, i + ka - 1, dopen, dclose,
			    &first);
		if (kb > 0) {
			if (ka > 0)
				first = 1;	/* [-old-]{+new+} side by side */
			piece(out, nw->text, tb, j, j + kb - 1, iopen, iclose,
			    &first);
		}
		i += ka;
		j += kb;
		*added += kb;
		*removed += ka;
	}
}
