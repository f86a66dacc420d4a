/* wdiff.c: a unit's words against another's, marked [-removed-]{+added+}
   or coloured. */
#include <stdlib.h>
#include <string.h>

#include "scm.h"

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

typedef struct {
	size_t d, i, k;		/* a change: d removed, i added; or k kept */
} Seg;

/* Can the kept run k, between the changes a and b, fold into them? */
static int
foldable(const Seg *a, const Seg *k, const Seg *b)
{
	return 2 * k->k < (a->d > a->i ? a->d : a->i) &&
	    2 * k->k < (b->d > b->i ? b->d : b->i);
}

/* Fold into the changes around it each run of kept words that is less
   than half as long as the change on either side (the longer of its
   removed and added words), until none is left: in a clause rewritten
   throughout, a lone "the" or "to of" kept between two rewritten
   stretches is chance, and [-old stretch-]{+new stretch+} reads better
   than a ladder of short pieces.  Small edits around a longer kept run
   stay as they are.  The script keeps its counts of words: a kept word
   becomes one removed and one added.  The result is in out (room for
   ns + the kept words); its length is returned.  The order of removed
   and added words within a change is not kept: only their counts are
   shown. */
static size_t
foldkept(const char *sc, size_t ns, char *out)
{
	static Seg *st;
	static size_t cap;
	size_t n = 0, k = 0, o = 0, j;
	Seg s;

	/* the runs, left to right, on a stack: a change pushed folds the
	   kept run before it while it can, and each fold may let the run
	   before that fold too (changes only grow), so one pass reaches
	   what folding until none is left would */
	while (k < ns) {
		s.d = s.i = s.k = 0;
		if (sc[k] == 'K')
			for (; k < ns && sc[k] == 'K'; k++)
				s.k++;
		else
			for (; k < ns && sc[k] != 'K'; k++)
				if (sc[k] == 'D')
					s.d++;
				else
					s.i++;
		if (n == cap)
			egrow(&st, &cap, n + 1, sizeof(*st));
		st[n++] = s;
		while (s.k == 0 && n >= 3 && st[n - 3].k == 0 &&
		    foldable(&st[n - 3], &st[n - 2], &st[n - 1])) {
			st[n - 3].d += st[n - 2].k + st[n - 1].d;
			st[n - 3].i += st[n - 2].k + st[n - 1].i;
			n -= 2;
		}
	}
	for (j = 0; j < n; j++) {
		memset(out + o, 'D', st[j].d);
		memset(out + o + st[j].d, 'I', st[j].i);
		memset(out + o + st[j].d + st[j].i, 'K', st[j].k);
		o += st[j].d + st[j].i + st[j].k;
	}
	return o;
}

void
wdiff(Buf *out, Vocab *x, const AUnit *o, const AUnit *nw, int color,
    size_t *added, size_t *removed)
{
	static ATok *ta, *tb;
	static size_t ca, cb;
	static char *sc, *fc;
	static size_t csc, cfc;
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
	for (k = 0; k < ns; k++) {
		*added += sc[k] == 'I';
		*removed += sc[k] == 'D';
	}
	egrow(&fc, &cfc, na + nb + 1, 1);
	ns = foldkept(sc, ns, fc);
	out->n = 0;
	pre = nb > 0 ? tb[0].beg : nw->text.n;
	if (strtrim((Str){ nw->text.p, pre }).n > 0) {
		bufaddstr(out, strtrim((Str){ nw->text.p, pre }));
		first = 0;
	}
	for (k = 0; k < ns;) {
		if (fc[k] == 'K') {
			for (ka = k; k < ns && fc[k] == 'K'; k++)
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
		for (; k < ns && fc[k] != 'K'; k++)
			if (fc[k] == 'D')
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
	}
}
