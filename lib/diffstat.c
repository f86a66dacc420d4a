/* diffstat.c: scm-diff --stat: units of each operation, words added and
   removed, tags gained and lost; and the furniture (noise and meta units:
   site chrome, release lines) set aside from the comparison and counted
   apart.  Also the names of the operations, as both outputs write them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

const char *aopname[][2] = {
	{ "=", "=>" }, { "~", "~>" }, { "+", "+" }, { "-", "-" },
};

static int
hastag(Str tags, Str t)
{
	Str u;

	while (tags.n > 0) {
		u = strcut(&tags, ',');
		if (streq(strtrim(u), t))
			return 1;
	}
	return 0;
}

static void
tagdiff(Hash *h, Str a, Str b)
{
	Str t;

	if (isabsent(a))
		return;
	while (a.n > 0) {
		t = strtrim(strcut(&a, ','));
		if (t.n > 0 && !hastag(b, t))
			hashput(h, t)->ival++;
	}
}

void
dstatinit(DiffStat *st, Arena *a)
{
	memset(st, 0, sizeof(*st));
	st->a = a;
	hashinit(&st->gain, a);
	hashinit(&st->loss, a);
}

void
dstatop(DiffStat *st, const AOp *op, const AUnit *ou, const AUnit *nu,
    size_t wa, size_t wd)
{
	st->op[op->op][op->moved]++;
	st->wadd += wa;
	st->wdel += wd;
	tagdiff(&st->gain, nu ? nu->tags : S(""), ou ? ou->tags : S(""));
	tagdiff(&st->loss, ou ? ou->tags : S(""), nu ? nu->tags : S(""));
}

void
dstatfree(DiffStat *st)
{
	hashfree(&st->gain);
	hashfree(&st->loss);
}

static void
puttags(DiffStat *st, int json)
{
	Entry **v, *e, *f;
	Hash all;
	size_t n, i, k;
	Hash *hs[2] = { &st->gain, &st->loss };

	hashinit(&all, st->a);
	for (k = 0; k < 2; k++) {
		v = hashitems(hs[k], &n);
		for (i = 0; i < n; i++)
			hashput(&all, v[i]->key);
	}
	v = hashitems(&all, &n);
	qsort(v, n, sizeof(*v), entcmp);
	if (json)
		fputs(",\"tags\":{", stdout);
	for (i = 0; i < n; i++) {
		e = hashget(&st->gain, v[i]->key);
		f = hashget(&st->loss, v[i]->key);
		if (json) {
			if (i > 0)
				putchar(',');
			jsonstr(stdout, v[i]->key);
			printf(":{\"gained\":%zu,\"lost\":%zu}",
			    e ? e->ival : 0, f ? f->ival : 0);
		} else {
			fputs("tag\t", stdout);
			fieldput(stdout, v[i]->key, 1);
			printf("\t+%zu\t-%zu\n", e ? e->ival : 0, f ? f->ival : 0);
		}
	}
	if (json)
		putchar('}');
	hashfree(&all);
}

void
dstatput(DiffStat *st, int json)
{
	static const char *jname[][2] = {
		{ "same", "same_moved" }, { "changed", "changed_moved" },
		{ "added", "" }, { "removed", "" },
	};
	int o, m;

	if (json)
		putchar('{');
	for (o = 0; o <= OP_REMOVED; o++)
		for (m = 0; m < 2; m++) {
			if (m == 1 && o >= OP_ADDED)
				continue;
			if (json)
				printf("%s\"%s\":%zu", o + m > 0 ? "," : "",
				    jname[o][m], st->op[o][m]);
			else
				printf("%s\t%zu\n", aopname[o][m], st->op[o][m]);
		}
	if (json)
		printf(",\"words_added\":%zu,\"words_removed\":%zu",
		    st->wadd, st->wdel);
	else
		printf("words+\t%zu\nwords-\t%zu\n", st->wadd, st->wdel);
	if (st->hasfurn && json)
		printf(",\"furniture\":{\"same\":%zu,\"changed\":%zu,"
		    "\"added\":%zu,\"removed\":%zu}", st->furn[OP_SAME],
		    st->furn[OP_CHANGED], st->furn[OP_ADDED], st->furn[OP_REMOVED]);
	else if (st->hasfurn)
		for (o = 0; o <= OP_REMOVED; o++)
			printf("furniture%s\t%zu\n", aopname[o][0], st->furn[o]);
	puttags(st, json);
	if (json)
		puts("}");
}

void
adocaside(ADoc *d, ADoc *f)
{
	size_t i, k = 0;

	memset(f, 0, sizeof(*f));
	for (i = 0; i < d->n; i++) {
		if (d->u[i].kind != K_NOISE && d->u[i].kind != K_META) {
			d->u[k++] = d->u[i];
			continue;
		}
		if (f->n == f->cap)
			egrow(&f->u, &f->cap, f->n + 1, sizeof(AUnit));
		f->u[f->n++] = d->u[i];
	}
	d->n = k;
}

void
dstatfurn(DiffStat *st, Vocab *v, ADoc *fo, ADoc *fn, double t)
{
	AOp *op;
	size_t nop, i;

	if (fo->n + fn->n == 0)
		return;
	st->hasfurn = 1;
	op = align(st->a, v, fo, fn, t, &nop);
	for (i = 0; i < nop; i++)
		st->furn[op[i].op]++;
	free(op);
}
