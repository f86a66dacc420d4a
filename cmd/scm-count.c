/* scm-count: count tags, fields, words or n-grams of records, mergeably. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

enum { O_STOP = OPT_LONG, O_NOSTOP, O_ALLKINDS };
static const Opt opts[] = {
	{ 'b', 'b', "by", "field", "count within groups of this field (doc, kind, ...)" },
	{ 'c', 'c', "chart", NULL, "draw a bar chart for the terminal" },
	{ 'd', 'd', "doc", "label", "the doc label of the next plain file operand" },
	{ 'E', 'E', "encoding", "encoding", "read plain text in this encoding (iconv name)" },
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
	{ O_ALLKINDS, 0, "all-kinds", NULL, "count meta and noise records too" },
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
	Tally t;

	memset(&t, 0, sizeof(t));
	t.field = t.byfield = t.grouped = t.unit = -1;
	t.top = -1;
	t.least = 1;
	optinit(&p, opts, forms, &files, argc, argv);
	while ((c = optget(&p)) != -1) {
		switch (c) {
		case 'b':
			if ((t.byfield = fieldbyname(p.arg)) < 0)
				eprintf("-b: unknown field: %s", p.arg);
			break;
		case 'c':
			t.chart = 1;
			break;
		case 'E':
			t.enc = p.arg;
			break;
		case 'f':
			if ((t.field = fieldbyname(p.arg)) < 0)
				eprintf("-f: unknown field: %s", p.arg);
			break;
		case 'J':
			t.jflag = 1;
			break;
		case 'K':
			t.keygroup = p.arg;
			break;
		case 'M':
			t.least = estrtonum(p.arg, 1, LLONG_MAX, "--min");
			break;
		case 'm':
			t.merge = 1;
			break;
		case 'N':
			t.top = estrtonum(p.arg, 0, LLONG_MAX, "--top");
			break;
		case 'n':
			t.ngram = (int)estrtonum(p.arg, 1, 64, "-n");
			break;
		case 'r':
			t.rflag = 1;
			break;
		case O_NOSTOP:
			t.nostop = 1;
			break;
		case O_STOP:
			stopfile = p.arg;
			break;
		case O_ALLKINDS:
			t.allkinds = 1;
			break;
		case 'T':
			t.tflag = 1;
			break;
		case 'W':
			t.wide = 1;
			break;
		case 'w':
			if (t.ngram == 0)
				t.ngram = 1;
			break;
		}
	}
	opend(&p, &files);
	if (t.enc != NULL && !encknown(t.enc))
		eprintf("-E: unknown encoding: %s", t.enc);
	if (t.merge && (t.field >= 0 || t.byfield >= 0 || t.ngram > 0 || t.nostop ||
	    stopfile || t.allkinds))
		eprintf("--merge counts keys already counted: "
		    "no -b, -f, -n, -w, --stop, --no-stop or --all-kinds");
	if ((t.nostop || stopfile) && t.ngram == 0)
		eprintf("--no-stop and --stop go with -w or -n");
	if (t.nostop && stopfile)
		eprintf("--no-stop and --stop exclude each other");
	if (t.tflag && (t.rflag || t.wide || t.chart || t.keygroup))
		eprintf("--totals writes mergeable counts: "
		    "no -r, --wide, --chart or --keyness");
	if (t.chart && (t.jflag || t.wide || t.keygroup))
		eprintf("--chart: no -J, --wide or --keyness");
	if (t.wide && t.keygroup)
		eprintf("--wide and --keyness exclude each other");
	if (!t.merge && (t.wide || t.keygroup) && t.byfield < 0)
		eprintf("%s needs groups (-b)", t.wide ? "--wide" : "--keyness");

	tallyinit(&t);
	if (stopfile != NULL)
		loadstops(&t, stopfile);
	if (!t.merge) {
		t.deftags = t.field < 0 && t.ngram == 0;
		if (t.field < 0)
			t.field = t.ngram > 0 ? F_TEXT : F_TAGS;
		t.unit = t.ngram > 0 ? U_WORDS : U_RECORDS;
		t.grouped = t.byfield >= 0;
		if (!t.grouped)
			groupid(&t, S(""));
	}
	for (i = 0; i < files.n; i++)
		status |= t.merge ? mergefile(&t, files.v[i].name) :
		    countfile(&t, &files.v[i], recmode);
	if (t.grouped < 0)		/* --merge of nothing */
		t.grouped = 0;

	if (t.merge && (t.wide || t.keygroup) && !t.grouped)
		eprintf("%s needs grouped counts",
		    t.wide ? "--wide" : "--keyness");
	if (t.merge && (t.tflag || t.rflag || t.keygroup)) {
		for (n = 0; n < t.ngroup; n++)
			if (!t.gl[n].hastot)
				break;
		if (t.unit < 0 || n < t.ngroup)
			eprintf("--merge: %s needs the totals lines of every "
			    "group (count with -T)",
			    t.tflag ? "-T" : t.rflag ? "-r" : "--keyness");
	}
	if (t.keygroup != NULL) {
		e = hashget(&t.groups,
		    (Str){ (char *)t.keygroup, strlen(t.keygroup) });
		if (e == NULL)
			eprintf("--keyness: no group %s", t.keygroup);
		kg = e->ival - 1;
	}

	if (t.tflag)
		puttotals(&t);
	r = rows(&t, t.wide || t.chart || t.keygroup, &n);
	if (t.keygroup != NULL) {
		if (keyness(&t, r, n, kg) < 0)
			status = 2;
	} else {
		sortrows(r, n);
		if (t.top >= 0 && (size_t)t.top < n)
			n = (size_t)t.top;
		if (t.wide)
			putwide(&t, r, n);
		else if (t.chart)
			putchart(&t, r, n);
		else
			putplain(&t, r, n);
	}
	free(r);
	free(files.v);
	tallyfree(&t);
	if (fshut(stdout, "<stdout>") != 0)
		status = 2;
	return status;
}
