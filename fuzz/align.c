/* align.c: fuzz scm-diff's aligner.  The input is two documents, one unit
   a line, parted by a line "%%" (without one, the old document is the new
   one upside down); the first byte sets the threshold.  Every unit of
   each side is in exactly one operation, new units in order, similarity
   in [0, 1], a changed pair at least the threshold, or half of it with
   a run of 8 words in common for a pair that stands in place, of 16
   for a moved one; the unmoved pairs keep their order; the new document
   against itself is all `='. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

int LLVMFuzzerTestOneInput(const unsigned char *, size_t);

static void
adddoc(Arena *a, Vocab *v, ADoc *d, Str *line, size_t n, int reverse)
{
	char loc[24];
	size_t i, k;

	for (i = 0; i < n; i++) {
		k = reverse ? n - 1 - i : i;
		snprintf(loc, sizeof(loc), "%zu", k + 1);
		adocadd(a, v, d, line[k], (Str){ loc, strlen(loc) }, S(""));
	}
}

/* The longest run of words a and b have in common. */
static size_t
longrun(const AUnit *a, const AUnit *b)
{
	size_t *row = calloc(b->ntok + 1, sizeof(*row)), i, j, diag, up,
	    best = 0;

	if (row == NULL)
		abort();
	for (i = 0; i < a->ntok; i++)
		for (j = 0, diag = 0; j < b->ntok; j++) {
			up = row[j + 1];
			row[j + 1] = a->sid[i] == b->sid[j] ? diag + 1 : 0;
			if (row[j + 1] > best)
				best = row[j + 1];
			diag = up;
		}
	free(row);
	return best;
}

static void
check(Arena *a, Vocab *v, ADoc *o, ADoc *nw, double t, int self)
{
	char *seeno = calloc(o->n + 1, 1), *seenn = calloc(nw->n + 1, 1);
	size_t nop, i, added, removed;
	long nextnew = 0, lastold = -1;
	AOp *op = align(a, v, o, nw, t, &nop);
	Buf b = { 0 };

	if (seeno == NULL || seenn == NULL)
		abort();
	for (i = 0; i < nop; i++) {
		if (op[i].op != OP_ADDED) {
			if (op[i].old < 0 || (size_t)op[i].old >= o->n ||
			    seeno[op[i].old]++)
				abort();
		}
		if (op[i].op != OP_REMOVED) {
			if (op[i].new != nextnew++ || seenn[op[i].new]++)
				abort();
		}
		if (op[i].sim < 0.0 || op[i].sim > 1.0)
			abort();
		if (self && (op[i].op != OP_SAME || op[i].moved))
			abort();
		/* a removed and an added unit pair at half the threshold
		   with a run of words in common (align.c, matchgap and
		   matchmoved) */
		if (op[i].op == OP_CHANGED && (op[i].sim < t / 2 - 1e-9 ||
		    (op[i].sim < t - 1e-9 && longrun(&o->u[op[i].old],
		    &nw->u[op[i].new]) < (op[i].moved ? 16u : 8u))))
			abort();
		if ((op[i].op == OP_SAME || op[i].op == OP_CHANGED) &&
		    !op[i].moved) {
			if (op[i].old <= lastold)
				abort();
			lastold = op[i].old;
		}
		if (op[i].op == OP_CHANGED) {
			added = removed = 0;
			b.n = 0;
			wdiff(&b, v, &o->u[op[i].old], &nw->u[op[i].new], i & 1,
			    &added, &removed);
			if (added > nw->u[op[i].new].ntok ||
			    removed > o->u[op[i].old].ntok)
				abort();
		}
	}
	for (i = 0; i < o->n; i++)
		if (!seeno[i])
			abort();
	if ((size_t)nextnew != nw->n)
		abort();
	buffree(&b);
	free(op);
	free(seeno);
	free(seenn);
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t n)
{
	Str in = { (char *)data, n }, *line;
	size_t nl = 0, cap = 16, sep = (size_t)-1;
	double t;
	Arena *a;
	Vocab *v;
	ADoc o = { 0 }, nw = { 0 }, s1 = { 0 }, s2 = { 0 };

	if (n == 0)
		return 0;
	/* never NULL: line + 0 on NULL is undefined (found by this target) */
	if ((line = malloc(cap * sizeof(*line))) == NULL)
		abort();
	t = (double)(data[0] % 11) / 10.0;
	in.p++;
	in.n--;
	while (in.n > 0) {
		Str l = strcut(&in, '\n');

		if (l.n == 2 && l.p[0] == '%' && l.p[1] == '%' &&
		    sep == (size_t)-1) {
			sep = nl;
			continue;
		}
		if (strtrim(l).n == 0)
			continue;
		if (nl == cap && (line = realloc(line,
		    (cap = cap * 2 + 16) * sizeof(*line))) == NULL)
			abort();
		line[nl++] = l;
	}
	a = arenanew();
	v = vocabnew(a);
	if (sep == (size_t)-1) {
		adddoc(a, v, &o, line, nl, 1);
		adddoc(a, v, &nw, line, nl, 0);
	} else {
		adddoc(a, v, &o, line, sep, 0);
		adddoc(a, v, &nw, line + sep, nl - sep, 0);
	}
	check(a, v, &o, &nw, t, 0);
	adddoc(a, v, &s1, line + (sep == (size_t)-1 ? 0 : sep),
	    sep == (size_t)-1 ? nl : nl - sep, 0);
	adddoc(a, v, &s2, line + (sep == (size_t)-1 ? 0 : sep),
	    sep == (size_t)-1 ? nl : nl - sep, 0);
	check(a, v, &s1, &s2, t, 1);
	adocfree(&o);
	adocfree(&nw);
	adocfree(&s1);
	adocfree(&s2);
	vocabfree(v);
	arenafree(a);
	free(line);
	return 0;
}
