/* xlate.c: a communique and its translation side by side: clause by
   numbered clause, do both versions carry the same tags (scm-diff -T)? */
#include <stdlib.h>
#include <string.h>

#include "scm.h"

enum { MAXCLAUSE = 1000 };	/* clause labels have at most three digits */

typedef struct {
	Lex *lex;
	size_t ntag;
	long cur;		/* the clause the units now belong to, 0 none */
	unsigned char *has;	/* [clause * ntag + tag] */
	unsigned char seen[MAXCLAUSE];
} Side;

/* The number of a clause label "12." or "제12조" at the start of t. */
static long
labelnum(Str t)
{
	long v = 0;
	size_t i = 0;

	while (i < t.n && i < 4 && t.p[i] >= '0' && t.p[i] <= '9')
		v = v * 10 + (t.p[i++] - '0');
	if (i > 0 && i < 4 && i < t.n && t.p[i] == '.')
		return v;
	return hgclause(t);
}

static int
addunit(void *arg, const Unit *u)
{
	Side *sd = arg;
	Match *m;
	size_t i, n;
	long v;

	if (u->kind == K_CLAUSE && (v = labelnum(u->text)) > 0 && v < MAXCLAUSE)
		sd->cur = v;
	else if (u->kind == K_HEADING)
		sd->cur = 0;	/* an annex or a new part: outside the clauses */
	if (sd->cur == 0)
		return 0;
	sd->seen[sd->cur] = 1;
	n = lexmatch(sd->lex, u->text, 0, &m);
	for (i = 0; i < n; i++) {
		Str t = lextag(sd->lex, m[i].tag);

		if (t.n >= 2 && t.p[t.n - 1] == '-' && t.p[t.n - 2] == ':')
			continue;	/* actor:-: hides, is no tag */
		if (m[i].tag >= sd->ntag)
			continue;	/* cannot happen: see negations */
		sd->has[(size_t)sd->cur * sd->ntag + m[i].tag] = 1;
	}
	return 0;
}

/* Matching names "stance:not-X" when a stance is negated (context.c);
   name them all now, so that lexntag counts every tag a match can carry. */
static void
negations(Lex *lex)
{
	Buf name = { 0 };
	size_t t, n = lexntag(lex);
	Str s;

	for (t = 0; t < n; t++) {
		s = lextag(lex, t);
		if (s.n <= 7 || memcmp(s.p, "stance:", 7) != 0 ||
		    (s.n > 11 && memcmp(s.p + 7, "not-", 4) == 0))
			continue;
		name.n = 0;
		bufadd(&name, "stance:not-", 11);
		bufadd(&name, s.p + 7, s.n - 7);
		lextagadd(lex, bufstr(&name));
	}
	buffree(&name);
}

/* Read the clauses of file name into sd, a web page or text in any
   encoding as the other readers do (enc, or guessed); -1 on failure,
   1 if bytes did not decode (both reported). */
static int
readside(const char *name, const char *enc, Side *sd)
{
	Input in;
	SplitOpt o;
	int r, bad = 0;

	memset(&o, 0, sizeof(o));
	o.unit = U_PARA;
	if (inopen(&in, name) < 0)
		return -1;
	r = splitany(&in, in.label, &o, enc, AS_AUTO, &bad, addunit, sd);
	inclose(&in);
	return r != 0 ? -1 : bad > 0;
}

/* Print the tags of clause c that side a has and side b has not. */
static void
only(FILE *out, const Lex *lex, const Side *a, const Side *b, long c, int sign)
{
	size_t t, k = 0;
	Str s;

	for (t = 0; t < a->ntag; t++)
		if (a->has[(size_t)c * a->ntag + t] && !b->has[(size_t)c * b->ntag + t]) {
			s = lextag(lex, t);
			fprintf(out, "%s%c%.*s", k++ ? "," : "\t", sign, (int)s.n, s.p);
		}
	if (k == 0)
		fprintf(out, "\t%c", sign);
}

int
xlatediff(FILE *out, const char *old, const char *new, const char *enc)
{
	Lex *lex = lexnew();
	Side sd[2];
	size_t t, ntag;
	long c;
	int i, status = 0, same, r0 = 0, r1 = 0;
	Str s;

	if (lexload(lex, "scm.lex", S("scm"), (Str){ (char *)scmlex, scmlexlen }) < 0) {
		lexfree(lex);
		return 2;
	}
	negations(lex);
	ntag = lexntag(lex);
	for (i = 0; i < 2; i++) {
		memset(&sd[i], 0, sizeof(sd[i]));
		sd[i].lex = lex;
		sd[i].ntag = ntag;
		sd[i].has = ecalloc(MAXCLAUSE, ntag ? ntag : 1);
	}
	if ((r0 = readside(old, enc, &sd[0])) < 0 ||
	    (r1 = readside(new, enc, &sd[1])) < 0)
		status = 2;
	for (c = 1; c < MAXCLAUSE && status != 2; c++) {
		if (!sd[0].seen[c] && !sd[1].seen[c])
			continue;
		if (!sd[0].seen[c] || !sd[1].seen[c]) {
			fprintf(out, "%ld\t%s\n", c, sd[0].seen[c] ? "-" : "+");
			status = 1;
			continue;
		}
		same = 1;
		for (t = 0; t < ntag; t++)
			if (sd[0].has[(size_t)c * ntag + t] != sd[1].has[(size_t)c * ntag + t])
				same = 0;
		if (same) {
			fprintf(out, "%ld\t=", c);
			for (t = 0, i = 0; t < ntag; t++)
				if (sd[0].has[(size_t)c * ntag + t]) {
					s = lextag(lex, t);
					fprintf(out, "%s%.*s", i++ ? "," : "\t", (int)s.n, s.p);
				}
			fprintf(out, "%s\n", i ? "" : "\t-");
			continue;
		}
		fprintf(out, "%ld\t~", c);
		only(out, lex, &sd[0], &sd[1], c, '-');
		only(out, lex, &sd[1], &sd[0], c, '+');
		fputc('\n', out);
		status = 1;
	}
	for (i = 0; i < 2; i++)
		free(sd[i].has);
	lexfree(lex);
	return r0 > 0 || r1 > 0 ? 2 : status;	/* undecodable bytes, said */
}
