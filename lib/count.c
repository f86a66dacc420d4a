/* count.c: the statistics of scm-count: keyness and key escaping. */
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

void
fieldesc(Buf *b, Str s)
{
	size_t i;
	char c;

	for (i = 0; i < s.n; i++) {
		c = s.p[i];
		switch (c) {
		case '\\': bufadd(b, "\\\\", 2); break;
		case '\t': bufadd(b, "\\t", 2); break;
		case '\n': bufadd(b, "\\n", 2); break;
		case '\r': bufadd(b, "\\r", 2); break;
		default: bufaddc(b, c); break;
		}
	}
}

int
fieldunesc(Str *s)
{
	char *r, *w, *end = s->p + s->n;

	if (s->n == 0 || (r = memchr(s->p, '\\', s->n)) == NULL)
		return 0;
	for (w = r; r < end; r++) {
		if (*r != '\\') {
			*w++ = *r;
			continue;
		}
		if (++r == end)
			return -1;
		switch (*r) {
		case '\\': *w++ = '\\'; break;
		case 't': *w++ = '\t'; break;
		case 'n': *w++ = '\n'; break;
		case 'r': *w++ = '\r'; break;
		default: return -1;
		}
	}
	s->n = (size_t)(w - s->p);
	return 0;
}
