/* docread.c: a document for scm-diff, read whole: records, or a plain
   document split into units (scm-split's rules) and, if c->lex, tagged;
   adocfold: a clause in several paragraphs joined whole. */
#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

static int
addunit(void *arg, const Unit *u)
{
	DiffCtx *c = arg;
	static Buf tags;
	char loc[48];

	if (u->sent > 0)
		snprintf(loc, sizeof(loc), "%zu.%zu", u->block, u->sent);
	else
		snprintf(loc, sizeof(loc), "%zu", u->block);
	tags.n = 0;
	if (c->lex != NULL)
		lextags(c->lex, u->text, &tags);
	adocadd(c->a, c->v, c->d, u->text, (Str){ loc, strlen(loc) },
	    bufstr(&tags));
	c->d->u[c->d->n - 1].kind = u->kind;
	return 0;
}

/* The union of two tag lists, each sorted and comma-separated, in b:
   sorted, each tag once. */
static void
tagunion(Buf *b, Str x, Str y)
{
	size_t i = 0, j = 0, ei, ej;
	Str tx, ty;
	int c;

	b->n = 0;
	while (i < x.n || j < y.n) {
		for (ei = i; ei < x.n && x.p[ei] != ','; ei++)
			;
		for (ej = j; ej < y.n && y.p[ej] != ','; ej++)
			;
		tx = (Str){ x.p + i, ei - i };
		ty = (Str){ y.p + j, ej - j };
		if (i >= x.n)
			c = 1;
		else if (j >= y.n)
			c = -1;
		else if ((c = memcmp(tx.p, ty.p, tx.n < ty.n ? tx.n : ty.n)) == 0)
			c = tx.n < ty.n ? -1 : tx.n > ty.n;
		if (b->n > 0)
			bufaddc(b, ',');
		bufaddstr(b, c <= 0 ? tx : ty);
		if (c <= 0)
			i = ei < x.n ? ei + 1 : x.n;
		if (c >= 0)
			j = ej < y.n ? ej + 1 : y.n;
	}
}

/* The number of a clause's label, "12. " or "12, " (an opening quote
   may stand before it: "『1. "); 0 if none.  (Not clauselabel: its
   tables are scm-split's, and records come without it.) */
static long
clausenum(Str t)
{
	size_t i = labelquote(t), b;
	long v = 0;

	if (i > 0 && !(i < t.n && t.p[i] >= '0' && t.p[i] <= '9'))
		i = 0;
	for (b = i; i < t.n && i - b < 3 && t.p[i] >= '0' && t.p[i] <= '9'; i++)
		v = v * 10 + (t.p[i] - '0');
	if (i == b || i + 1 >= t.n || (t.p[i] != '.' && t.p[i] != ',') ||
	    t.p[i + 1] != ' ')
		return 0;
	return v;
}

/* The unit of clause v of d (not a sentence's), or NULL. */
static const AUnit *
clauseof(const ADoc *d, long v)
{
	size_t i;

	for (i = 0; i < d->n; i++)
		if (d->u[i].kind == K_CLAUSE && clausenum(d->u[i].text) == v &&
		    memchr(d->u[i].loc.p, '.', d->u[i].loc.n) == NULL)
			return &d->u[i];
	return NULL;
}

/* Does clause c hold most of the words of the units p[0..n) (the
   paragraphs a copy prints apart, and not commentary put between the
   clauses)?  Words of four bytes or more, folded. */
static int
holds(Arena *a, const AUnit *c, const AUnit *p, size_t n)
{
	static Buf f;
	Hash h;
	Str w;
	size_t k, off, in = 0, all = 0;

	hashinitn(&h, a, 256);
	for (off = 0; wordnext(c->text, &off, &w); ) {
		f.n = 0;
		wordfold(&f, w);
		if (f.n >= 4)
			hashput(&h, bufstr(&f));
	}
	for (k = 0; k < n; k++)
		for (off = 0; wordnext(p[k].text, &off, &w); ) {
			f.n = 0;
			wordfold(&f, w);
			if (f.n < 4)
				continue;
			all++;
			in += hashget(&h, bufstr(&f)) != NULL;
		}
	free(h.slot);
	return 2 * in >= all;
}

/*
 * A clause of a communique in several paragraphs: the paragraphs after
 * clause N, up to clause N + 1 with nothing but paragraphs between, are
 * its own when the other copy's clause N holds most of their words (it
 * prints the clause in one paragraph, or on one line), or has no clause
 * N; then they are joined to it, a space between, and the clause is
 * compared whole.  Commentary between the clauses of one copy stays
 * apart.  Units of sentences are left as they are.
 */
void
adocfold(Arena *a, ADoc *d, const ADoc *other)
{
	static Buf t, tg;
	const AUnit *c;
	size_t i, j, k, o;
	long v;
	AUnit *u;

	for (i = o = 0; i < d->n; i++) {
		d->u[o++] = d->u[i];
		u = &d->u[o - 1];
		if (u->kind != K_CLAUSE || (v = clausenum(u->text)) <= 0 ||
		    memchr(u->loc.p, '.', u->loc.n) != NULL)
			continue;	/* (a sentence's loc: "3.1") */
		for (j = i + 1; j < d->n && d->u[j].kind == K_PARA; j++)
			;
		if (j == i + 1 || j >= d->n || d->u[j].kind != K_CLAUSE ||
		    clausenum(d->u[j].text) != v + 1)
			continue;
		if ((c = clauseof(other, v)) != NULL &&
		    !holds(a, c, &d->u[i + 1], j - i - 1))
			continue;	/* commentary, not the clause's own */
		t.n = 0;
		bufaddstr(&t, u->text);
		for (k = i + 1; k < j; k++) {
			bufaddc(&t, ' ');
			bufaddstr(&t, d->u[k].text);
			tagunion(&tg, u->tags, d->u[k].tags);
			u->tags = astrdup(a, bufstr(&tg));
		}
		u->text = astrdup(a, bufstr(&t));
		u->lab = labellen(u->text);
		u->raw = hashbytes(u->text.p + u->lab, u->text.n - u->lab);
		i = j - 1;
	}
	d->n = o;
}

/* Read name whole, then take it as records if its first line is one,
   else split it as a document.  Return 0, 1 if malformed records were
   skipped, or -1 (reported). */
int
adocread(DiffCtx *c, const char *name, ADoc *d, Str *label)
{
	Buf b = { 0 };
	char chunk[65536], *nl;
	size_t n, first;
	FILE *fp;
	RecIn ri;
	Input in;
	struct stat st;
	int r = 0, got;

	memset(d, 0, sizeof(*d));
	if (inopen(&in, name) < 0)
		return -1;
	*label = astrdup(c->a, in.label);
	if (fstat(fileno(in.fp), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
		egrow(&b.p, &b.cap, (size_t)st.st_size + 1, 1);
	while ((n = fread(chunk, 1, sizeof(chunk), in.fp)) > 0) {
		bufadd(&b, chunk, n);
		progadd(n);
	}
	if (ferror(in.fp)) {
		weprintf("%s: read error:", name);
		inclose(&in);
		buffree(&b);
		return -1;
	}
	inclose(&in);
	if (b.n == 0)
		return 0;
	nl = memchr(b.p, '\n', b.n);
	first = nl != NULL ? (size_t)(nl - b.p) : b.n;
	if (first > 0 && b.p[first - 1] == '\r')
		first--;
	if (notext(name, b.p, first)) {
		buffree(&b);
		return -1;
	}
	if ((fp = fmemopen(b.p, b.n, "r")) == NULL) {
		weprintf("%s:", name);
		buffree(&b);
		return -1;
	}
	if (isrecline(b.p, first) || b.p[0] == '{') {
		memset(&ri, 0, sizeof(ri));
		ri.plain = 0;
		ri.json = b.p[0] == '{';
		ri.in.fp = fp;
		ri.in.name = name;
		ri.in.label = *label;
		while ((got = recnext(&ri)) != 0) {
			if (got == REC_BAD) {
				r = 1;
				continue;
			}
			if (got < 0) {
				r = -1;
				break;
			}
			if (d->n == 0)
				*label = astrdup(c->a, ri.r.f[F_DOC]);
			adocadd(c->a, c->v, d, ri.r.f[F_TEXT], ri.r.f[F_LOC],
			    ri.r.f[F_TAGS]);
			d->u[d->n - 1].kind = kindbyname(ri.r.f[F_KIND]);
		}
		recclose(&ri);
	} else {
		fclose(fp);
		c->d = d;
		r = splitbuf(&b, name, *label, &c->sopt, c->encoding, AS_AUTO,
		    &c->undecodable, addunit, c) != 0 ? -1 : 0;
	}
	buffree(&b);
	return r;
}
