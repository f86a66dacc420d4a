/* align.c: matching the units of two documents by content (scm-diff). */
#include <stdlib.h>
#include <string.h>

#include "scm.h"

/* Index settings: rarest shingles looked up per unit, postings followed
   per shingle, candidates scored per unit. */
enum { NRARE = 8, NPOST = 32, NCAND = 6 };
/* Unmatched units on either side of a gap looked at by matchgap. */
enum { GAPMAX = 16, GAPRUN = 8 };
/* Word pairs of one gap beyond which it is left as it is. */
#define GAPCELLS ((size_t)1 << 24)

double aligngap = -1;

/* The openings of both documents' units: the hashes of their first
   GAPRUN words, sorted, made when first needed, to tell a stock opening
   from a kept sentence. */
typedef struct {
	Vocab *x;
	const ADoc *d[2];
	uint64_t *h;
	size_t n;
	int made;
	uint64_t *w;	/* the 2 GAPRUN-word windows of every unit, once
			   a unit, sorted; made when matchmoved first
			   needs them */
	size_t nw;
	int wmade;
} Openings;

static int
cmpu64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return (x > y) - (x < y);
}

/* Does some unit other than a open as a does (two units of the
   documents but a and its counterpart, which open alike)? */
static int
stock(Openings *op, const AUnit *a)
{
	size_t lo, hi, mid, i, k;
	uint64_t h, v;

	if (!op->made) {
		op->made = 1;
		op->h = emalloc((op->d[0]->n + op->d[1]->n + 1) * sizeof(*op->h));
		for (k = op->n = 0; k < 2; k++)
			for (i = 0; i < op->d[k]->n; i++)
				if ((v = aunitopening(op->x, &op->d[k]->u[i],
				    GAPRUN)) != 0)
					op->h[op->n++] = v;
		qsort(op->h, op->n, sizeof(*op->h), cmpu64);
	}
	if ((h = aunitopening(op->x, a, GAPRUN)) == 0)
		return 0;
	for (lo = 0, hi = op->n; lo < hi; ) {
		mid = lo + (hi - lo) / 2;
		if (op->h[mid] < h)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo + 2 < op->n && op->h[lo + 2] == h;
}

/* Does a share with b a run of at least r words in a row?  A run that
   opens both counts only when no third unit of the documents opens so
   ("The Minister and the Secretary further stressed that" opens many
   clauses that are no counterparts of each other), or when it is twice
   as long; a run that closes both, only when it is twice as long (a
   stock close repeats across years, not within a document). */
static int
sharesrun(const AUnit *a, const AUnit *b, size_t r, Openings *op)
{
	size_t *row, i, j, diag, up, len, rest;
	int found = 0, stockopen = -1;

	if (a->ntok < r || b->ntok < r)
		return 0;
	row = ecalloc(b->ntok + 1, sizeof(*row));
	for (i = 0; i < a->ntok && !found; i++)
		for (j = 0, diag = 0; j < b->ntok && !found; j++) {
			up = row[j + 1];
			len = row[j + 1] = a->sid[i] == b->sid[j] ? diag + 1 : 0;
			if (len < r)
				;
			else if (len >= 2 * r)
				found = 1;
			else if (i + 1 > len || j + 1 > len) {
				/* not an opening; nor a close both end
				   with ("... on the Korean Peninsula and
				   in the Indo-Pacific region.") */
				rest = a->ntok - i - 1;
				found = rest != b->ntok - j - 1 ||
				    len + rest >= 2 * r ||
				    memcmp(a->sid + i + 1, b->sid + j + 1,
				    rest * sizeof(*a->sid)) != 0;
			} else {
				if (stockopen < 0)
					stockopen = stock(op, a);
				found = !stockopen;
			}
			diag = up;
		}
	free(row);
	return found;
}

typedef struct {
	uint64_t h;
	size_t i;
} Post;

/* The hash of the r words of sid from k on. */
static uint64_t
window(const uint32_t *sid, size_t k, size_t r)
{
	uint64_t h = 0;
	size_t i;

	for (i = k; i < k + r; i++)
		h = (h ^ sid[i]) * 0x9E3779B97F4A7C15ULL;
	return h;
}

/* How many of the sorted w[0..n) are h? */
static size_t
countu64(const uint64_t *w, size_t n, uint64_t h)
{
	size_t lo, hi, mid, first;

	for (lo = 0, hi = n; lo < hi; ) {
		mid = lo + (hi - lo) / 2;
		if (w[mid] < h)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (first = lo; lo < n && w[lo] == h; lo++)
		;
	return lo - first;
}

/* The windows of r words of sid[0..n) (n >= r) into w, sorted; their
   number. */
static size_t
windows(const uint32_t *sid, size_t n, size_t r, uint64_t *w)
{
	size_t j;

	for (j = 0; j + r <= n; j++)
		w[j] = window(sid, j, r);
	qsort(w, n - r + 1, sizeof(*w), cmpu64);
	return n - r + 1;
}

/* Might a and b share a run of r words?  Their windows of r words
   compared by hash, in time near linear: a cheap test before the
   quadratic ones (a false yes is caught by sharesrun). */
static int
mayshare(const AUnit *a, const AUnit *b, size_t r)
{
	uint64_t *w;
	size_t n, i;
	int found = 0;

	if (a->ntok < r || b->ntok < r)
		return 0;
	w = emalloc((a->ntok - r + 1) * sizeof(*w));
	n = windows(a->sid, a->ntok, r, w);
	for (i = 0; i + r <= b->ntok && !found; i++)
		found = countu64(w, n, window(b->sid, i, r)) > 0;
	free(w);
	return found;
}

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

	h = (uint64_t)u->sid[k] * 0x9E3779B97F4A7C15ULL;
	h ^= (k + 1 < u->ntok ? u->sid[k + 1] : 0xFFFFFFFFu) + (h >> 29);
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
   new unit among the unmatched old ones, scored, then taken best first.
   Candidates scored at least f alike but under t that may share a run
   of 2 GAPRUN words are kept in *near for matchmoved. */
static void
matchnear(const ADoc *o, const ADoc *nw, double t, double f, long *mo,
    long *mn, double *sim, Pair **near, size_t *nnear)
{
	Post *post = NULL, rare[NRARE];
	Pair *pair = NULL;
	size_t npost = 0, cpost = 0, npair = 0, cpair = 0, cnear = 0, i, k, r,
	    nr, lo, hi, df, q, nc;
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
			} else if (s >= f && s > 0 &&
			    mayshare(u, v, 2 * GAPRUN)) {
				egrow(near, &cnear, *nnear + 1, sizeof(**near));
				(*near)[(*nnear)++] = (Pair){ s, cand[r], i };
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

/* In one gap, olds g[0..no) and news h[0..nn) (their indexes), sims in
   m: pair the most similar two at or above f, then do the same on each
   side of them, so that the pairs keep their order. */
static void
pairgap(const size_t *g, size_t no, const size_t *h, size_t nn,
    const double *m, size_t stride, double f, long *mo, long *mn,
    double *sim, char *keep)
{
	size_t i, j, bi = 0, bj = 0;
	double best = -1;

	for (j = 0; j < nn; j++)
		for (i = 0; i < no; i++)
			if (m[i * stride + j] > best) {
				best = m[i * stride + j];
				bi = i;
				bj = j;
			}
	if (best < f || best <= 0)
		return;
	mo[g[bi]] = (long)h[bj];
	mn[h[bj]] = (long)g[bi];
	sim[h[bj]] = best;
	keep[h[bj]] = 1;
	pairgap(g, bi, h, bj, m, stride, f, mo, mn, sim, keep);
	pairgap(g + bi + 1, no - bi - 1, h + bj + 1, nn - bj - 1,
	    m + (bi + 1) * stride + bj + 1, stride, f, mo, mn, sim, keep);
}

/* Removed and added units that stand in the same gap between two units
   that kept their place (or an end) are one clause reworded when they
   are at least f alike, f below the threshold, and keep a phrase of
   GAPRUN words or more: a clause is more likely rewritten where it stood
   than dropped while another was added there, but a shared opening such
   as "The Minister and the Secretary" makes no counterpart. */
static void
matchgap(const ADoc *o, const ADoc *nw, double f, long *mo, long *mn,
    double *sim, char *keep, Openings *op)
{
	size_t g[GAPMAX], h[GAPMAX], no, nn, i, j, k, ob = 0, nb = 0, oe, ne,
	    wo, wn;
	double m[GAPMAX * GAPMAX];

	for (k = 0; k <= nw->n; k++) {
		if (k < nw->n && !keep[k])
			continue;
		oe = k < nw->n ? (size_t)mn[k] : o->n;
		ne = k;
		no = nn = 0;
		for (i = ob; i < oe && no <= GAPMAX; i++)
			if (mo[i] < 0 && no++ < GAPMAX)
				g[no - 1] = i;
		for (j = nb; j < ne && nn <= GAPMAX; j++)
			if (mn[j] < 0 && nn++ < GAPMAX)
				h[nn - 1] = j;
		wo = wn = 0;
		for (i = 0; i < no && no <= GAPMAX; i++)
			wo += o->u[g[i]].ntok;
		for (j = 0; j < nn && nn <= GAPMAX; j++)
			wn += nw->u[h[j]].ntok;
		if (no > 0 && nn > 0 && no <= GAPMAX && nn <= GAPMAX &&
		    wo > 0 && wn > 0 && wo <= GAPCELLS / wn) {
			for (i = 0; i < no; i++)
				for (j = 0; j < nn; j++) {
					m[i * nn + j] = similarity(&o->u[g[i]],
					    &nw->u[h[j]]);
					if (m[i * nn + j] >= f && !sharesrun(
					    &o->u[g[i]], &nw->u[h[j]], GAPRUN, op))
						m[i * nn + j] = 0;
				}
			pairgap(g, no, h, nn, m, nn, f, mo, mn, sim, keep);
		}
		ob = oe + 1;
		nb = ne + 1;
	}
}

/* Do a and b share a run of r words that no third unit of the
   documents holds?  A stock sentence repeated under several clauses
   ("Both sides reaffirmed that the alliance remains the linchpin of
   ...") is no sign that one of them was moved and rewritten into
   another (revt4).  The windows of every unit are made once, from the
   ids the words already have (a word no unmatched unit holds has 0,
   and no window with it is one of a's). */
static int
sharedalone(const AUnit *a, const AUnit *b, size_t r, Openings *op)
{
	static ATok *t;
	static size_t cap;
	uint64_t *w, *bw, h;
	uint32_t *sid = NULL;
	size_t k, i, j, n, cw = 0, csid = 0, nb, m;
	int found = 0;

	if (!op->wmade) {
		op->wmade = 1;
		w = NULL;
		for (k = 0; k < 2; k++)
			for (i = 0; i < op->d[k]->n; i++) {
				while ((n = atokenize(op->x,
				    op->d[k]->u[i].text, t, cap, 0)) > cap ||
				    cap == 0)
					egrow(&t, &cap, n + 1, sizeof(*t));
				if (n < r)
					continue;
				egrow(&sid, &csid, n, sizeof(*sid));
				for (j = 0; j < n; j++)
					sid[j] = t[j].sid;
				egrow(&w, &cw, op->nw + n - r + 1, sizeof(*w));
				windows(sid, n, r, w + op->nw);
				for (j = m = 0; j + r <= n; j++)
					if (m == 0 || w[op->nw + j] !=
					    w[op->nw + m - 1])
						w[op->nw + m++] = w[op->nw + j];
				op->nw += m;
			}
		free(sid);
		if (op->nw > 0)
			qsort(w, op->nw, sizeof(*w), cmpu64);
		op->w = w;
	}
	if (a->ntok < r || b->ntok < r)
		return 0;
	bw = emalloc((b->ntok - r + 1) * sizeof(*bw));
	nb = windows(b->sid, b->ntok, r, bw);
	for (k = 0; k + r <= a->ntok && !found; k++) {
		h = window(a->sid, k, r);
		found = countu64(op->w, op->nw, h) <= 2 &&
		    countu64(bw, nb, h) > 0;
	}
	free(bw);
	return found;
}

/* A clause both reworded and moved: the near misses of matchnear still
   unmatched pair, best first, when they share a run of 2 GAPRUN words
   as sharesrun tells it, and one no third unit holds.  A pair so made
   that stands between its neighbours' kept pairs is kept in place. */
static void
matchmoved(Pair *near, size_t nnear, long *mo, long *mn, double *sim,
    char *keep, Openings *op)
{
	const ADoc *o = op->d[0], *nw = op->d[1];
	long *before, lo = -1, hi;
	char *was;
	size_t i;

	if (nnear == 0)
		return;
	before = emalloc((nw->n + 1) * sizeof(*before));
	was = emalloc(nw->n + 1);
	for (i = 0; i < nw->n; i++)
		was[i] = mn[i] >= 0;
	qsort(near, nnear, sizeof(*near), cmppair);
	for (i = 0; i < nnear; i++) {
		if (mo[near[i].o] >= 0 || mn[near[i].n] >= 0 ||
		    !sharesrun(&o->u[near[i].o], &nw->u[near[i].n],
		    2 * GAPRUN, op) || !sharedalone(&o->u[near[i].o],
		    &nw->u[near[i].n], 2 * GAPRUN, op))
			continue;
		mo[near[i].o] = (long)near[i].n;
		mn[near[i].n] = (long)near[i].o;
		sim[near[i].n] = near[i].sim;
	}
	/* before[i]: the old index of the first kept pair after i */
	for (i = nw->n, hi = (long)o->n; i-- > 0; ) {
		before[i] = hi;
		if (keep[i])
			hi = mn[i];
	}
	for (i = 0; i < nw->n; i++)
		if (keep[i])
			lo = mn[i];
		else if (!was[i] && mn[i] >= 0 && mn[i] > lo &&
		    mn[i] < before[i]) {
			keep[i] = 1;
			lo = mn[i];
		}
	free(before);
	free(was);
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
	Openings ops = { x, { o, nw }, NULL, 0, 0, NULL, 0, 0 };
	Pair *near = NULL;
	size_t i, k = 0, n = 0, nnear = 0;
	double f;

	for (i = 0; i < o->n; i++)
		mo[i] = -1;
	for (i = 0; i < nw->n; i++)
		mn[i] = -1;
	matchexact(x, o, nw, mo, mn, sim, 1);
	for (i = 0; i < o->n; i++)
		if (mo[i] < 0)
			aunitkey(x, &o->u[i]);
	for (i = 0; i < nw->n; i++)
		if (mn[i] < 0)
			aunitkey(x, &nw->u[i]);
	matchexact(x, o, nw, mo, mn, sim, 0);
	for (i = 0; i < o->n; i++)
		if (mo[i] < 0)
			aunitids(a, x, &o->u[i]);
	for (i = 0; i < nw->n; i++)
		if (mn[i] < 0)
			aunitids(a, x, &nw->u[i]);
	f = aligngap >= 0 ? aligngap : t / 2;
	matchnear(o, nw, t, f, mo, mn, sim, &near, &nnear);
	lis(nw, mn, keep);
	matchgap(o, nw, f, mo, mn, sim, keep, &ops);
	matchmoved(near, nnear, mo, mn, sim, keep, &ops);
	free(ops.h);
	free(ops.w);
	free(near);
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
