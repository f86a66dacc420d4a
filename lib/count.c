/* count.c: the statistics of scm-count (keyness) and its count lines. */
#include <math.h>
#include <string.h>

#include "scm.h"

/* a ln(a / e), with 0 ln 0 = 0. */
static double
term(double a, double e)
{
	return a > 0 ? a * log(a / e) : 0;
}

double
keyg2(double a, double b, double c, double d)
{
	double e1, e2, g2;

	if (c <= 0 || d <= 0 || a + b <= 0)
		return 0;
	e1 = c * (a + b) / (c + d);
	e2 = d * (a + b) / (c + d);
	g2 = 2 * (term(a, e1) + term(b, e2));
	if (g2 < 0)		/* rounding when a/c == b/d */
		g2 = 0;
	return a * d < b * c ? -g2 : g2;
}

double
keylogratio(double a, double b, double c, double d)
{
	if (c <= 0 || d <= 0)
		return 0;
	if (a == 0)
		a = 0.5;
	if (b == 0)
		b = 0.5;
	return log2((a / c) / (b / d));
}

const char *countunitkey[2] = { "\\#records", "\\#words" };

/* A count: decimal digits only, no overflow. */
static int
parsecount(Str s, size_t *n)
{
	size_t i, d, v = 0;

	if (s.n == 0)
		return -1;
	for (i = 0; i < s.n; i++) {
		if (s.p[i] < '0' || s.p[i] > '9')
			return -1;
		d = (size_t)(s.p[i] - '0');
		if (v > ((size_t)-1 - d) / 10)
			return -1;
		v = v * 10 + d;
	}
	*n = v;
	return 0;
}

const char countnotmergeable[] = "not mergeable scm-count output: "
    "relative frequencies (-r) do not add up; count without -r";

/* Digits, a point, digits: a relative frequency, not a group. */
static int
isfraction(Str s)
{
	size_t i, dot = 0;

	for (i = 0; i < s.n; i++)
		if (s.p[i] == '.')
			dot++;
		else if (s.p[i] < '0' || s.p[i] > '9')
			return 0;
	return dot == 1 && s.n > 1;
}

const char *
countline(char *line, size_t len, CountLine *c)
{
	Str rest = { line, len }, f[4];
	size_t nf, u;

	for (nf = 0; nf < 4 && rest.p != NULL; nf++) {
		f[nf] = strcut(&rest, '\t');
		if (f[nf].p + f[nf].n == line + len)
			rest.p = NULL;		/* that was the last field */
	}
	if (nf != 2 && nf != 3)
		return "not scm-count output (want count<TAB>[group<TAB>]key)";
	if (parsecount(f[0], &c->n) < 0)
		return "bad count";
	c->grouped = nf == 3;
	c->group = c->grouped ? f[1] : S("");
	if (c->grouped && isfraction(c->group))
		return countnotmergeable;
	if (c->grouped && fieldunesc(&c->group) < 0)
		return "bad escape in group";
	c->key = f[nf - 1];
	for (u = 0; u < NELEM(countunitkey); u++)
		if (streqlit(c->key, countunitkey[u]))
			break;
	c->unit = u < NELEM(countunitkey) ? (int)u : -1;
	if (c->unit < 0 && fieldunesc(&c->key) < 0)
		return "bad escape in key";
	return NULL;
}
