/* scm-count: count tags, fields, words or n-grams of records, mergeably. */
#include <sys/ioctl.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "scm.h"

enum { O_STOP = OPT_LONG, O_NOSTOP };
static const Opt opts[] = {
	{ 'b', 'b', "by", "field", "count within groups of this field (doc, kind, ...)" },
	{ 'c', 'c', "chart", NULL, "draw a bar chart for the terminal" },
	{ 'd', 'd', "doc", "label", "the doc label of the next plain file operand" },
	{ 'f', 'f', "field", "field", "count this field (default tags, or text)" },
	{ 'J', 'J', "json", NULL, "write JSON Lines" },
	{ 'K', 'K', "keyness", "group", "keyness of group against the others" },
	{ 'M', 'M', "min", "min", "only keys counted at least min times" },
	{ 'm', 'm', "merge", NULL, "add up scm-count output (with -T totals)" },
	{ 'N', 'N', "top", "top", "only the top keys" },
	{ 'n', 'n', "ngram", "N", "count phrases of N words (n-grams)" },
	{ 'r', 'r', "relative", NULL, "relative frequencies (per 1000 words)" },
	{ 'T', 'T', "totals", NULL, "also write each group's totals (for --merge)" },
	{ 'W', 'W', "wide", NULL, "one row per key, one column per group" },
	{ 'w', 'w', "words", NULL, "count the words of the text" },
	{ O_NOSTOP, 0, "no-stop", NULL, "count stop words too" },
	{ O_STOP, 0, "stop", "stopfile", "the stop words, one a line" },
	OPT_RECMODE,
	/* deprecated letters, for one release */
	{ 'K', 'k', NULL, "group", NULL },
	{ 'M', 'l', NULL, "min", NULL },
	{ 'N', 't', NULL, "top", NULL },
	{ O_STOP, 's', NULL, "stopfile", NULL },
	{ O_NOSTOP, 'S', NULL, NULL, NULL },
	{ 0, 0, NULL, NULL, NULL },
};
static const char *const forms[] = { "[file ...]", NULL };

enum { U_RECORDS, U_WORDS, BUFSZ = 1 << 18 };
static const char *unitname[] = { "records", "words" };

typedef struct {
	Entry *e;	/* the key (e->key, e->ival: total over groups) */
	size_t g;	/* group index, or 0 */
	size_t n;	/* count in the group */
	double x;	/* G2, with --keyness */
} Row;

typedef struct {
	Entry *e;	/* its name is e->key */
	size_t tot;	/* counted units */
	int hastot;	/* a totals line was read (--merge) */
} Group;

static int field = -1, byfield = -1, ngram, nostop, jflag, rflag, tflag;
static int wide, chart, merge, grouped = -1, unit = -1;
static long long top = -1, least = 1;
static const char *keygroup;
static char stopmark[2];	/* a word's e->val: &stopmark[1] if stop word */

static Arena *arena;
static Hash keys;	/* key -> e->ival, the count over all groups */
static Hash cells;	/* (group, key entry) -> count, with groups */
static Hash words;	/* word -> stop mark, for n-grams */
static Hash groups;	/* group -> index + 1 */
static Hash stops;	/* --stop words */
static int havestops;
static Group *gl;	/* groups in order of first appearance */
static size_t ngroup, gcap;
static Buf fold, gram;
static Entry **seq;
static size_t seqcap;

static size_t
groupid(Str g)
{
	Entry *e = hashput(&groups, g);

	if (e->ival == 0) {
		egrow(&gl, &gcap, ngroup + 1, sizeof(*gl));
		memset(&gl[ngroup], 0, sizeof(*gl));
		gl[ngroup].e = e;
		e->ival = ++ngroup;
	}
	return e->ival - 1;
}

static Entry *
cell(size_t g, Entry *k, int add)
{
	char kb[sizeof(g) + sizeof(k)];

	memcpy(kb, &g, sizeof(g));
	memcpy(kb + sizeof(g), &k, sizeof(k));
	if (!add)
		return hashget(&cells, (Str){ kb, sizeof(kb) });
	return hashput(&cells, (Str){ kb, sizeof(kb) });
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
count(size_t g, Entry *k, size_t n)
{
	Entry *c;

	if (addto(&k->ival, n) < 0)
		return -1;
	if (grouped) {
		c = cell(g, k, 1);
		c->val = k;
		return addto(&c->ival, n);
	}
	return 0;
}

static int
isstop(Str w)
{
	if (nostop)
		return 0;
	if (havestops)
		return hashget(&stops, w) != NULL;
	return isstopword(w);
}

/* The word entry of w in h, its stop mark set. */
static Entry *
word(Hash *h, Str w)
{
	Entry *e;

	wordfold(&fold, w);
	e = hashput(h, bufstr(&fold));
	if (e->val == NULL)
		e->val = isstop(e->key) ? &stopmark[1] : &stopmark[0];
	return e;
}

static void
countwords(size_t g, Str text)
{
	size_t off = 0, nw = 0, i, j;
	Entry *e;
	Str w;

	while (wordnext(text, &off, &w)) {
		if (ngram == 1) {
			e = word(&keys, w);
			if (e->val == &stopmark[0])
				count(g, e, 1);
		} else {
			egrow(&seq, &seqcap, nw + 1, sizeof(*seq));
			seq[nw] = word(&words, w);
		}
		nw++;
	}
	gl[g].tot += nw;
	if (ngram == 1 || nw < (size_t)ngram)
		return;
	for (i = 0; i + ngram <= nw; i++) {
		if (seq[i]->val != &stopmark[0] ||
		    seq[i + ngram - 1]->val != &stopmark[0])
			continue;
		gram.n = 0;
		for (j = i; j < i + ngram; j++) {
			if (j > i)
				bufaddc(&gram, ' ');
			bufaddstr(&gram, seq[j]->key);
		}
		count(g, hashput(&keys, bufstr(&gram)), 1);
	}
}

/* Read fp in larger blocks than stdio's 4 KB: fewer system calls.
   Before any reading; stdin only once, as it is never closed. */
static void
bigbuf(FILE *fp)
{
	static char fbuf[BUFSZ], ibuf[BUFSZ];
	static int stdindone;

	if (fp != stdin)
		setvbuf(fp, fbuf, _IOFBF, BUFSZ);
	else if (!stdindone++)
		setvbuf(fp, ibuf, _IOFBF, BUFSZ);
}

static int
countfile(const Operand *op, int mode)
{
	RecIn ri;
	Str v, t;
	size_t g;
	int got, status = 0;

	if (recopen(&ri, op->name, op->label, mode) < 0)
		return 2;
	bigbuf(ri.in.fp);
	while ((got = recnext(&ri)) != 0) {
		if (got == REC_BAD) {
			status = 2;
			continue;
		}
		if (got < 0)
			break;
		g = grouped ? groupid(ri.r.f[byfield]) : 0;
		v = ri.r.f[field];
		if (ngram > 0) {
			countwords(g, v);
			continue;
		}
		gl[g].tot++;
		if (field != F_TAGS)
			count(g, hashput(&keys, v), 1);
		else if (!isabsent(v))
			while (v.n > 0)
				if ((t = strcut(&v, ',')).n > 0)
					count(g, hashput(&keys, t), 1);
	}
	recclose(&ri);
	return got < 0 ? 2 : status;
}

/* What is wrong with the count line c (just read), or NULL; counts it. */
static const char *
mergeline(CountLine *c)
{
	size_t g;

	if (grouped >= 0 && grouped != c->grouped)
		return "grouped and ungrouped counts mixed";
	if (c->unit >= 0 && unit >= 0 && unit != c->unit)
		return "totals of words and of records mixed";
	grouped = c->grouped;
	g = groupid(c->group);
	if (c->unit >= 0) {
		unit = c->unit;
		gl[g].hastot = 1;
		return addto(&gl[g].tot, c->n) < 0 ? "count too large" : NULL;
	}
	if (c->n > 0 && count(g, hashput(&keys, c->key), c->n) < 0)
		return "count too large";
	return NULL;
}

/* Read one file of scm-count output (--merge); a bad line is reported
   and skipped, as a malformed record is. */
static int
mergefile(const char *name)
{
	Input in;
	CountLine c;
	const char *err;
	int got, status = 0;

	if (inopen(&in, name) < 0)
		return 2;
	bigbuf(in.fp);
	while ((got = inread(&in)) > 0) {
		if ((err = countline(in.line, in.len, &c)) == NULL)
			err = mergeline(&c);
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
loadstops(const char *path)
{
	Input in;
	Str s;
	int got;

	if (inopen(&in, path) < 0)
		exit(2);
	while ((got = inread(&in)) > 0) {
		s = strtrim((Str){ in.line, in.len });
		if (s.n == 0 || s.p[0] == '#')
			continue;
		wordfold(&fold, s);
		hashput(&stops, bufstr(&fold));
	}
	inclose(&in);
	if (got < 0)
		exit(2);
	havestops = 1;
}

static int
cmprow(const void *a, const void *b)
{
	const Row *x = a, *y = b;
	int c;

	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	if (x->g != y->g &&
	    (c = strcmpb(gl[x->g].e->key, gl[y->g].e->key)) != 0)
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
static Row *
rows(int bykey, size_t *nrow)
{
	Entry **v;
	Row *r;
	size_t i, n, k = 0;
	Hash *h = bykey || !grouped ? &keys : &cells;

	v = hashitems(h, &n);
	r = ecalloc(n ? n : 1, sizeof(*r));
	for (i = 0; i < n; i++) {
		if (v[i]->ival == 0 || v[i]->ival < (size_t)least)
			continue;
		r[k].n = v[i]->ival;
		if (h == &cells) {
			r[k].e = v[i]->val;
			memcpy(&r[k].g, v[i]->key.p, sizeof(r[k].g));
		} else
			r[k].e = v[i];
		k++;
	}
	*nrow = k;
	return r;
}

static size_t
cellcount(size_t g, Entry *k)
{
	Entry *c;

	if (!grouped)
		return k->ival;
	return (c = cell(g, k, 0)) != NULL ? c->ival : 0;
}

static double
rel(size_t n, size_t g)
{
	if (gl[g].tot == 0)
		return 0;
	return (double)n / (double)gl[g].tot * (unit == U_WORDS ? 1000 : 1);
}

static void
putrel(double x)
{
	printf(unit == U_WORDS ? "%.4f" : "%.6f", x);
}

static void
puttotals(void)
{
	size_t g;

	for (g = 0; g < ngroup; g++) {
		if (jflag) {
			printf("{\"total\":%zu", gl[g].tot);
			if (grouped) {
				fputs(",\"group\":", stdout);
				jsonstr(stdout, gl[g].e->key);
			}
			printf(",\"unit\":\"%s\"}\n", unitname[unit]);
			continue;
		}
		printf("%zu\t", gl[g].tot);
		if (grouped) {
			fieldput(stdout, gl[g].e->key, 0);
			putchar('\t');
		}
		printf("%s\n", countunitkey[unit]);
	}
}

static void
putplain(Row *r, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (jflag) {
			printf("{\"count\":%zu", r[i].n);
			if (rflag) {
				fputs(",\"freq\":", stdout);
				putrel(rel(r[i].n, r[i].g));
			}
			if (grouped) {
				fputs(",\"group\":", stdout);
				jsonstr(stdout, gl[r[i].g].e->key);
			}
			fputs(",\"key\":", stdout);
			jsonstr(stdout, r[i].e->key);
			fputs("}\n", stdout);
			continue;
		}
		printf("%zu\t", r[i].n);
		if (rflag) {
			putrel(rel(r[i].n, r[i].g));
			putchar('\t');
		}
		if (grouped) {
			fieldput(stdout, gl[r[i].g].e->key, 0);
			putchar('\t');
		}
		fieldput(stdout, r[i].e->key, 0);
		putchar('\n');
	}
}

static void
putwide(Row *r, size_t n)
{
	size_t i, g, c;

	if (!jflag) {
		fputs("key", stdout);
		for (g = 0; g < ngroup; g++) {
			putchar('\t');
			fieldput(stdout, gl[g].e->key, 0);
		}
		putchar('\n');
	}
	for (i = 0; i < n; i++) {
		if (jflag) {
			fputs("{\"key\":", stdout);
			jsonstr(stdout, r[i].e->key);
			fputs(",\"counts\":{", stdout);
		} else
			fieldput(stdout, r[i].e->key, 0);
		for (g = 0; g < ngroup; g++) {
			c = cellcount(g, r[i].e);
			if (jflag) {
				if (g > 0)
					putchar(',');
				jsonstr(stdout, gl[g].e->key);
				putchar(':');
			} else
				putchar('\t');
			if (rflag)
				putrel(rel(c, g));
			else
				printf("%zu", c);
		}
		fputs(jflag ? "}}\n" : "\n", stdout);
	}
}

/* Key rows with G2 against group kg; 0 or -1 (reported). */
static int
keyness(Row *r, size_t n, size_t kg)
{
	size_t i, a, b, c = gl[kg].tot, d = 0, g;
	double lr;

	for (g = 0; g < ngroup; g++)
		if (g != kg)
			d += gl[g].tot;
	if (c == 0 || d == 0) {
		weprintf("--keyness: group %s and the others must both "
		    "have counted %s", keygroup, unitname[unit]);
		return -1;
	}
	for (i = 0; i < n; i++) {
		a = cellcount(kg, r[i].e);
		b = r[i].e->ival - a;
		r[i].x = keyg2((double)a, (double)b, (double)c, (double)d);
	}
	qsort(r, n, sizeof(*r), cmpkeyness);
	if (top >= 0 && (size_t)top < n)
		n = (size_t)top;
	for (i = 0; i < n; i++) {
		a = cellcount(kg, r[i].e);
		b = r[i].e->ival - a;
		lr = keylogratio((double)a, (double)b, (double)c, (double)d);
		if (r[i].x == 0)
			r[i].x = 0;	/* no -0 */
		if (jflag) {
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

static void
putchart(Row *r, size_t n)
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
		if (grouped) {
			max = 0;
			for (g = 0; g < ngroup; g++) {
				v = rflag ? rel(cellcount(g, r[i].e), g) :
				    (double)cellcount(g, r[i].e);
				if (v > max)
					max = v;
			}
			for (g = 0; g < ngroup; g++) {
				v = rflag ? rel(cellcount(g, r[i].e), g) :
				    (double)cellcount(g, r[i].e);
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

int
main(int argc, char *argv[])
{
	Optparse p;
	Operands files = { 0 };
	const char *stopfile = NULL;
	Row *r;
	size_t n, kg = 0, i;
	int c, status = 0;
	Entry *e;

	optinit(&p, opts, forms, &files, argc, argv);
	while ((c = optget(&p)) != -1) {
		switch (c) {
		case 'b':
			if ((byfield = fieldbyname(p.arg)) < 0)
				eprintf("-b: unknown field: %s", p.arg);
			break;
		case 'c':
			chart = 1;
			break;
		case 'f':
			if ((field = fieldbyname(p.arg)) < 0)
				eprintf("-f: unknown field: %s", p.arg);
			break;
		case 'J':
			jflag = 1;
			break;
		case 'K':
			keygroup = p.arg;
			break;
		case 'M':
			least = estrtonum(p.arg, 1, LLONG_MAX, "--min");
			break;
		case 'm':
			merge = 1;
			break;
		case 'N':
			top = estrtonum(p.arg, 0, LLONG_MAX, "--top");
			break;
		case 'n':
			ngram = (int)estrtonum(p.arg, 1, 64, "-n");
			break;
		case 'r':
			rflag = 1;
			break;
		case O_NOSTOP:
			nostop = 1;
			break;
		case O_STOP:
			stopfile = p.arg;
			break;
		case 'T':
			tflag = 1;
			break;
		case 'W':
			wide = 1;
			break;
		case 'w':
			if (ngram == 0)
				ngram = 1;
			break;
		}
	}
	opend(&p, &files);
	if (merge && (field >= 0 || byfield >= 0 || ngram > 0 || nostop ||
	    stopfile))
		eprintf("--merge counts keys already counted: "
		    "no -b, -f, -n, -w, --stop or --no-stop");
	if ((nostop || stopfile) && ngram == 0)
		eprintf("--no-stop and --stop go with -w or -n");
	if (nostop && stopfile)
		eprintf("--no-stop and --stop exclude each other");
	if (tflag && (rflag || wide || chart || keygroup))
		eprintf("--totals writes mergeable counts: "
		    "no -r, --wide, --chart or --keyness");
	if (chart && (jflag || wide || keygroup))
		eprintf("--chart: no -J, --wide or --keyness");
	if (wide && keygroup)
		eprintf("--wide and --keyness exclude each other");
	if (!merge && (wide || keygroup) && byfield < 0)
		eprintf("%s needs groups (-b)", wide ? "--wide" : "--keyness");

	arena = arenanew();
	hashinit(&keys, arena);
	hashinit(&cells, arena);
	hashinit(&words, arena);
	hashinit(&groups, arena);
	hashinit(&stops, arena);
	if (stopfile != NULL)
		loadstops(stopfile);
	if (!merge) {
		if (field < 0)
			field = ngram > 0 ? F_TEXT : F_TAGS;
		unit = ngram > 0 ? U_WORDS : U_RECORDS;
		grouped = byfield >= 0;
		if (!grouped)
			groupid(S(""));
	}
	for (i = 0; i < files.n; i++)
		status |= merge ? mergefile(files.v[i].name) :
		    countfile(&files.v[i], recmode);
	if (grouped < 0)		/* --merge of nothing */
		grouped = 0;

	if (merge && (wide || keygroup) && !grouped)
		eprintf("%s needs grouped counts",
		    wide ? "--wide" : "--keyness");
	if (merge && (tflag || rflag || keygroup)) {
		for (n = 0; n < ngroup; n++)
			if (!gl[n].hastot)
				break;
		if (unit < 0 || n < ngroup)
			eprintf("--merge: %s needs the totals lines of every "
			    "group (count with -T)",
			    tflag ? "-T" : rflag ? "-r" : "--keyness");
	}
	if (keygroup != NULL) {
		e = hashget(&groups,
		    (Str){ (char *)keygroup, strlen(keygroup) });
		if (e == NULL)
			eprintf("--keyness: no group %s", keygroup);
		kg = e->ival - 1;
	}

	if (tflag)
		puttotals();
	r = rows(wide || chart || keygroup, &n);
	if (keygroup != NULL) {
		if (keyness(r, n, kg) < 0)
			status = 2;
	} else {
		qsort(r, n, sizeof(*r), cmprow);
		if (top >= 0 && (size_t)top < n)
			n = (size_t)top;
		if (wide)
			putwide(r, n);
		else if (chart)
			putchart(r, n);
		else
			putplain(r, n);
	}
	free(r);
	free(files.v);
	free(seq);
	free(gl);
	buffree(&fold);
	buffree(&gram);
	hashfree(&keys);
	hashfree(&cells);
	hashfree(&words);
	hashfree(&groups);
	hashfree(&stops);
	arenafree(arena);
	if (fshut(stdout, "<stdout>") != 0)
		status = 2;
	return status;
}
