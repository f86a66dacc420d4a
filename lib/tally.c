/* tally.c: scm-count's counting: keys by group, words and n-grams, the
   merging of counts, and the rows written as counts, a wide table or
   keyness. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

static const char *unitname[] = { "records", "words" };

size_t
groupid(Tally *t, Str g)
{
	Entry *e = hashput(&t->groups, g);

	if (e->ival == 0) {
		egrow(&t->gl, &t->gcap, t->ngroup + 1, sizeof(*t->gl));
		memset(&t->gl[t->ngroup], 0, sizeof(*t->gl));
		t->gl[t->ngroup].e = e;
		e->ival = ++t->ngroup;
	}
	return e->ival - 1;
}

static Entry *
cell(Tally *t, size_t g, Entry *k, int add)
{
	char kb[sizeof(g) + sizeof(k)];

	memcpy(kb, &g, sizeof(g));
	memcpy(kb + sizeof(g), &k, sizeof(k));
	if (!add)
		return hashget(&t->cells, (Str){ kb, sizeof(kb) });
	return hashput(&t->cells, (Str){ kb, sizeof(kb) });
}

/* Add n to sum, or fail on overflow. */
static int
addto(size_t *sum, size_t n)
{
	if (*sum > (size_t)-1 - n)
		return -1;
	*sum += n;
	return 0;
}

static int
count(Tally *t, size_t g, Entry *k, size_t n)
{
	Entry *c;

	if (addto(&k->ival, n) < 0)
		return -1;
	if (t->grouped) {
		c = cell(t, g, k, 1);
		c->val = k;
		return addto(&c->ival, n);
	}
	return 0;
}

static int
isstop(Tally *t, Str w)
{
	if (t->nostop)
		return 0;
	if (t->havestops)
		return hashget(&t->stops, w) != NULL;
	return isstopword(w);
}

/* The word entry of w in h, its stop mark set. */
static Entry *
word(Tally *t, Hash *h, Str w)
{
	Entry *e;

	if (asciirun(w) == w.n)	/* folded by setting 0x20 in each byte */
		e = hashputword(h, w);
	else {
		wordfold(&t->fold, w);
		e = hashput(h, bufstr(&t->fold));
	}
	if (e->val == NULL)
		e->val = isstop(t, e->key) ? &t->stopmark[1] : &t->stopmark[0];
	return e;
}

static void
countwords(Tally *t, size_t g, Str text)
{
	size_t off = 0, nw = 0, i, j;
	Entry *e;
	Str w;

	/* a clause's number ("12. The ...") is no word of it */
	for (i = 0; i < text.n && i < 3 && text.p[i] >= '0' && text.p[i] <= '9'; i++)
		;
	if (i > 0 && i + 1 < text.n && text.p[i] == '.' && text.p[i + 1] == ' ')
		off = i + 1;
	/* nor an item's Korean letter ("가. 연습을 ...") */
	if (text.n > 5 && text.p[3] == '.' && text.p[4] == ' ' && hgsyl(text.p, 3) &&
	    strstr("가나다라마바사아자차카타파하", (char[4]){ text.p[0], text.p[1], text.p[2], 0 }) != NULL)
		off = 4;
	while (countword(text, &off, &w)) {
		if (t->ngram == 1) {
			e = word(t, &t->keys, w);
			if (e->val == &t->stopmark[0])
				count(t, g, e, 1);
		} else {
			egrow(&t->seq, &t->seqcap, nw + 1, sizeof(*t->seq));
			t->seq[nw] = word(t, &t->words, w);
		}
		nw++;
	}
	t->gl[g].tot += nw;
	if (t->ngram == 1 || nw < (size_t)t->ngram)
		return;
	for (i = 0; i + t->ngram <= nw; i++) {
		if (t->seq[i]->val != &t->stopmark[0] ||
		    t->seq[i + t->ngram - 1]->val != &t->stopmark[0])
			continue;
		t->gram.n = 0;
		for (j = i; j < i + t->ngram; j++) {
			if (j > i)
				bufaddc(&t->gram, ' ');
			bufaddstr(&t->gram, t->seq[j]->key);
		}
		count(t, g, hashput(&t->keys, bufstr(&t->gram)), 1);
	}
}


/* The key entries of the tags in field v (not absent): each distinct
   field is split and its tags hashed once (up to 65536 of them). */
static Entry **
tagkeys(Tally *t, Str v)
{
	Entry *f, **k;
	Str tag, rest = v;
	size_t n = 0;

	if ((f = hashget(&t->tagsets, v)) != NULL)
		return f->val;
	f = t->tagsets.len < 65536 ? hashput(&t->tagsets, v) : NULL;
	while (rest.n > 0)
		if ((tag = strcut(&rest, ',')).n > 0) {
			egrow(&t->one, &t->onecap, n + 2, sizeof(*t->one));
			t->one[n++] = hashput(&t->keys, tag);
		}
	egrow(&t->one, &t->onecap, n + 1, sizeof(*t->one));
	t->one[n] = NULL;
	if (f == NULL)
		return t->one;
	k = aalloc(t->arena, (n + 1) * sizeof(*k));
	memcpy(k, t->one, (n + 1) * sizeof(*k));
	f->val = k;
	return k;
}

/* Is a record of this kind furniture of the page, not its text? */
static int
furniture(Str kind)
{
	/* the lengths first: once a record, so no strlen */
	return (kind.n == 4 && memcmp(kind.p, "meta", 4) == 0) ||
	    (kind.n == 5 && memcmp(kind.p, "noise", 5) == 0);
}

int
countfile(Tally *t, const Operand *op, int mode)
{
	RecIn ri;
	Entry **k;
	Str v;
	size_t g;
	int got, status = 0;

	if (recopen(&ri, op->name, op->label, mode) < 0)
		return 2;
	ri.dec.enc = t->enc;
	while ((got = recnext(&ri)) != 0) {
		if (got == REC_BAD) {
			status = 2;
			continue;
		}
		if (got < 0)
			break;
		if (ri.in.lineno == 1 && ri.plain && t->deftags)
			weprintf("%s: plain text, not records: it has no tags; "
			    "count its words (-w), or tag it first "
			    "(scm-split | scm-tag | scm-count)", op->name);
		/* the text's counts leave out bylines, captions, chrome */
		if (!t->allkinds && (t->field == F_TEXT || t->field == F_TAGS) &&
		    furniture(ri.r.f[F_KIND]))
			continue;
		g = t->grouped ? groupid(t, ri.r.f[t->byfield]) : 0;
		v = ri.r.f[t->field];
		if (t->ngram > 0) {
			countwords(t, g, v);
			continue;
		}
		t->gl[g].tot++;
		if (t->field != F_TAGS)
			count(t, g, hashput(&t->keys, v), 1);
		else if (!isabsent(v))
			for (k = tagkeys(t, v); *k != NULL; k++)
				count(t, g, *k, 1);
	}
	if (recclose(&ri))
		status = 2;	/* undecodable bytes, said */
	return got < 0 ? 2 : status;
}

/* What is wrong with the count line c (just read), or NULL; counts it. */
static const char *
mergeline(Tally *t, CountLine *c)
{
	size_t g;

	if (t->grouped >= 0 && t->grouped != c->grouped)
		return "grouped and ungrouped counts mixed";
	if (c->unit >= 0 && t->unit >= 0 && t->unit != c->unit)
		return "totals of words and of records mixed";
	t->grouped = c->grouped;
	g = groupid(t, c->group);
	if (c->unit >= 0) {
		t->unit = c->unit;
		t->gl[g].hastot = 1;
		return addto(&t->gl[g].tot, c->n) < 0 ? "count too large" : NULL;
	}
	if (c->n > 0 && count(t, g, hashput(&t->keys, c->key), c->n) < 0)
		return "count too large";
	return NULL;
}

/* Read one file of scm-count output (--merge); a bad line is reported
   and skipped, as a malformed record is. */
int
mergefile(Tally *t, const char *name)
{
	Input in;
	CountLine c;
	const char *err;
	int got, status = 0;

	if (inopen(&in, name) < 0)
		return 2;
	while ((got = inread(&in)) > 0) {
		if ((err = countline(in.line, in.len, &c)) == NULL)
			err = mergeline(t, &c);
		if (err != NULL) {
			weprintf("%s:%zu: %s", name, in.lineno, err);
			status = 2;
			if (err == countnotmergeable)
				break;	/* every line would say so */
		}
	}
	inclose(&in);
	return got < 0 ? 2 : status;
}

static void
addstop(void *arg, Str s, const char *path, size_t lineno)
{
	Tally *t = arg;

	(void)path;
	(void)lineno;
	wordfold(&t->fold, s);
	hashput(&t->stops, bufstr(&t->fold));
}

void
loadstops(Tally *t, const char *path)
{
	elistfile(path, addstop, t);
	t->havestops = 1;
}

static int
cmprow(const void *a, const void *b)
{
	const Row *x = a, *y = b;
	int c;

	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	if (x->g != y->g && (c = strcmpb(x->ge->key, y->ge->key)) != 0)
		return c;
	return strcmpb(x->e->key, y->e->key);
}

static int
cmpkeyness(const void *a, const void *b)
{
	const Row *x = a, *y = b;

	if (x->x != y->x)
		return x->x > y->x ? -1 : 1;
	return strcmpb(x->e->key, y->e->key);
}

/* Rows of (group, key) cells, or of keys over all groups with bykey. */
Row *
rows(Tally *t, int bykey, size_t *nrow)
{
	Entry **v;
	Row *r;
	size_t i, n, k = 0;
	Hash *h = bykey || !t->grouped ? &t->keys : &t->cells;

	v = hashitems(h, &n);
	r = ecalloc(n ? n : 1, sizeof(*r));
	for (i = 0; i < n; i++) {
		if (v[i]->ival == 0 || v[i]->ival < (size_t)t->least)
			continue;
		r[k].n = v[i]->ival;
		if (h == &t->cells) {
			r[k].e = v[i]->val;
			memcpy(&r[k].g, v[i]->key.p, sizeof(r[k].g));
		} else
			r[k].e = v[i];
		k++;
	}
	for (i = 0; i < k; i++)
		r[i].ge = t->gl[r[i].g].e;
	*nrow = k;
	return r;
}

size_t
cellcount(Tally *t, size_t g, Entry *k)
{
	Entry *c;

	if (!t->grouped)
		return k->ival;
	return (c = cell(t, g, k, 0)) != NULL ? c->ival : 0;
}

double
rel(Tally *t, size_t n, size_t g)
{
	if (t->gl[g].tot == 0)
		return 0;
	return (double)n / (double)t->gl[g].tot * (t->unit == U_WORDS ? 1000 : 1);
}

static void
putrel(Tally *t, double x)
{
	printf(t->unit == U_WORDS ? "%.4f" : "%.6f", x);
}

void
puttotals(Tally *t)
{
	size_t g;

	for (g = 0; g < t->ngroup; g++) {
		if (t->jflag) {
			printf("{\"total\":%zu", t->gl[g].tot);
			if (t->grouped) {
				fputs(",\"group\":", stdout);
				jsonstr(stdout, t->gl[g].e->key);
			}
			printf(",\"unit\":\"%s\"}\n", unitname[t->unit]);
			continue;
		}
		printf("%zu\t", t->gl[g].tot);
		if (t->grouped) {
			fieldput(stdout, t->gl[g].e->key, 0);
			putchar('\t');
		}
		printf("%s\n", countunitkey[t->unit]);
	}
}

void
putplain(Tally *t, Row *r, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (t->jflag) {
			printf("{\"count\":%zu", r[i].n);
			if (t->rflag) {
				fputs(",\"freq\":", stdout);
				putrel(t, rel(t, r[i].n, r[i].g));
			}
			if (t->grouped) {
				fputs(",\"group\":", stdout);
				jsonstr(stdout, t->gl[r[i].g].e->key);
			}
			fputs(",\"key\":", stdout);
			jsonstr(stdout, r[i].e->key);
			fputs("}\n", stdout);
			continue;
		}
		printf("%zu\t", r[i].n);
		if (t->rflag) {
			putrel(t, rel(t, r[i].n, r[i].g));
			putchar('\t');
		}
		if (t->grouped) {
			fieldput(stdout, t->gl[r[i].g].e->key, 0);
			putchar('\t');
		}
		fieldput(stdout, r[i].e->key, 0);
		putchar('\n');
	}
}

void
putwide(Tally *t, Row *r, size_t n)
{
	size_t i, g, c;

	if (!t->jflag) {
		fputs("key", stdout);
		for (g = 0; g < t->ngroup; g++) {
			putchar('\t');
			fieldput(stdout, t->gl[g].e->key, 0);
		}
		putchar('\n');
	}
	for (i = 0; i < n; i++) {
		if (t->jflag) {
			fputs("{\"key\":", stdout);
			jsonstr(stdout, r[i].e->key);
			fputs(",\"counts\":{", stdout);
		} else
			fieldput(stdout, r[i].e->key, 0);
		for (g = 0; g < t->ngroup; g++) {
			c = cellcount(t, g, r[i].e);
			if (t->jflag) {
				if (g > 0)
					putchar(',');
				jsonstr(stdout, t->gl[g].e->key);
				putchar(':');
			} else
				putchar('\t');
			if (t->rflag)
				putrel(t, rel(t, c, g));
			else
				printf("%zu", c);
		}
		fputs(t->jflag ? "}}\n" : "\n", stdout);
	}
}

/* Key rows with G2 against group kg; 0 or -1 (reported). */
int
keyness(Tally *t, Row *r, size_t n, size_t kg)
{
	size_t i, a, b, c = t->gl[kg].tot, d = 0, g;
	double lr;

	for (g = 0; g < t->ngroup; g++)
		if (g != kg)
			d += t->gl[g].tot;
	if (c == 0 || d == 0) {
		weprintf("--keyness: group %s and the others must both "
		    "have counted %s", t->keygroup, unitname[t->unit]);
		return -1;
	}
	for (i = 0; i < n; i++) {
		a = cellcount(t, kg, r[i].e);
		b = r[i].e->ival - a;
		r[i].x = keyg2((double)a, (double)b, (double)c, (double)d);
	}
	qsort(r, n, sizeof(*r), cmpkeyness);
	if (t->top >= 0 && (size_t)t->top < n)
		n = (size_t)t->top;
	for (i = 0; i < n; i++) {
		a = cellcount(t, kg, r[i].e);
		b = r[i].e->ival - a;
		lr = keylogratio((double)a, (double)b, (double)c, (double)d);
		if (r[i].x == 0)
			r[i].x = 0;	/* no -0 */
		if (t->jflag) {
			printf("{\"g2\":%.4f,\"logratio\":%.4f,\"count\":%zu,"
			    "\"other\":%zu,\"key\":", r[i].x, lr, a, b);
			jsonstr(stdout, r[i].e->key);
			fputs("}\n", stdout);
		} else {
			printf("%.4f\t%.4f\t%zu\t%zu\t", r[i].x, lr, a, b);
			fieldput(stdout, r[i].e->key, 0);
			putchar('\n');
		}
	}
	return 0;
}


void
sortrows(Row *r, size_t n)
{
	qsort(r, n, sizeof(*r), cmprow);
}

void
tallyinit(Tally *t)
{
	t->arena = arenanew();
	t->one = NULL;
	t->onecap = 0;
	hashinit(&t->keys, t->arena);
	hashinit(&t->cells, t->arena);
	hashinit(&t->words, t->arena);
	hashinit(&t->groups, t->arena);
	hashinit(&t->stops, t->arena);
	hashinit(&t->tagsets, t->arena);
}

void
tallyfree(Tally *t)
{
	free(t->seq);
	free(t->gl);
	buffree(&t->fold);
	buffree(&t->gram);
	hashfree(&t->keys);
	hashfree(&t->cells);
	hashfree(&t->words);
	hashfree(&t->groups);
	hashfree(&t->stops);
	hashfree(&t->tagsets);
	free(t->one);
	arenafree(t->arena);
}
