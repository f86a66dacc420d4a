/* chart.c: scm-count --chart, bars or sparklines for the terminal. */
#include <sys/ioctl.h>

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "scm.h"

static size_t
termwidth(void)
{
	const char *s = getenv("COLUMNS");
	long v;
	char *end;
#ifdef TIOCGWINSZ
	struct winsize ws;
#endif

	if (s != NULL && *s != '\0') {
		v = strtol(s, &end, 10);
		if (*end == '\0' && v >= 20 && v <= 10000)
			return (size_t)v;
	}
#ifdef TIOCGWINSZ
	if (isatty(1) && ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20)
		return ws.ws_col;
#endif
	return 80;
}

/* Characters (not bytes) of s, and the bytes of its first max characters. */
static size_t
nchar(Str s, size_t max, size_t *bytes)
{
	size_t i = 0, k = 0;
	long cp;

	while (i < s.n && k < max) {
		i += (size_t)utf8dec((unsigned char *)s.p + i, s.n - i, &cp);
		k++;
	}
	*bytes = i;
	while (i < s.n) {
		i += (size_t)utf8dec((unsigned char *)s.p + i, s.n - i, &cp);
		k++;
	}
	return k;
}

/* Write the escaped key in exactly w characters, cut with an ellipsis. */
static void
putlabel(Str key, size_t w)
{
	static Buf b;
	size_t n, cut;

	b.n = 0;
	fieldbuf(&b, key, 0);
	n = nchar(bufstr(&b), w - 1, &cut);
	if (n > w) {
		fwrite(b.p, 1, cut, stdout);
		fputs("\xe2\x80\xa6", stdout);	/* … */
		return;
	}
	fwrite(b.p, 1, b.n, stdout);
	for (; n < w; n++)
		putchar(' ');
}

void
putchart(Tally *t, Row *r, size_t n)
{
	static const char *block[] = { "", "\xe2\x96\x8f", "\xe2\x96\x8e",
	    "\xe2\x96\x8d", "\xe2\x96\x8c", "\xe2\x96\x8b", "\xe2\x96\x8a",
	    "\xe2\x96\x89", "\xe2\x96\x88" };
	static const char *spark[] = { " ", "\xe2\x96\x81", "\xe2\x96\x82",
	    "\xe2\x96\x83", "\xe2\x96\x84", "\xe2\x96\x85", "\xe2\x96\x86",
	    "\xe2\x96\x87", "\xe2\x96\x88" };
	size_t i, g, cols = termwidth(), kw = 1, nw, cw, bw, eighths, cut;
	double v, max;
	char num[32];

	if (n == 0)
		return;
	for (i = 0; i < n; i++) {
		Buf b = { 0 };

		fieldbuf(&b, r[i].e->key, 0);
		if ((nw = nchar(bufstr(&b), 0, &cut)) > kw)
			kw = nw;
		buffree(&b);
	}
	if (kw > cols / 3)
		kw = cols / 3;
	cw = (size_t)snprintf(num, sizeof(num), "%zu", r[0].n);
	bw = cols > kw + cw + 2 + 1 ? cols - kw - cw - 2 : 1;
	for (i = 0; i < n; i++) {
		putlabel(r[i].e->key, kw);
		putchar(' ');
		if (t->grouped) {
			max = 0;
			for (g = 0; g < t->ngroup; g++) {
				v = t->rflag ? rel(t, cellcount(t, g, r[i].e), g) :
				    (double)cellcount(t, g, r[i].e);
				if (v > max)
					max = v;
			}
			for (g = 0; g < t->ngroup; g++) {
				v = t->rflag ? rel(t, cellcount(t, g, r[i].e), g) :
				    (double)cellcount(t, g, r[i].e);
				eighths = v <= 0 || max <= 0 ? 0 :
				    (size_t)(v * 8 / max + 0.999999);
				fputs(spark[eighths > 8 ? 8 : eighths], stdout);
			}
		} else {
			eighths = (size_t)((double)r[i].n * (double)bw * 8 /
			    (double)r[0].n + 0.5);
			if (eighths == 0)
				eighths = 1;
			for (; eighths >= 8; eighths -= 8)
				fputs(block[8], stdout);
			fputs(block[eighths], stdout);
		}
		printf(" %zu\n", r[i].n);
	}
}

