/* scm-diff: what changed between documents, unit by unit, or across a series. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "scm.h"

enum { O_COLOR = OPT_LONG, O_THRESHOLD, O_WATCH };
static const Opt opts[] = {
	{ 'E', 'E', "encoding", "encoding", "read plain documents in this encoding (iconv name)" },
	{ 'J', 'J', "json", NULL, "write JSON Lines" },
	{ 'n', 'n', "ngram", "words", "--series: follow phrases of this many words" },
	{ 'S', 'S', "series", NULL, "follow tags and phrases across many documents" },
	{ 's', 's', "stat", NULL, "only counts: units, words and tags changed" },
	{ 'T', 0, "translation", NULL, "old and new are translations: compare the tags clause by clause" },
	{ 'u', 'u', "unit", "para|sentence", "split plain documents by block or sentence" },
	{ 'x', 'x', "exact", NULL, "compare the text exactly (no folding of dashes, quotes, accents; chrome counts)" },
	{ O_COLOR, 0, "color", "?when", "colour the words changed: never, auto, always" },
	{ O_THRESHOLD, 0, "threshold", "threshold", "similarity (0 to 1) of a changed unit" },
	{ O_WATCH, 0, "watch", "file", "--series: follow the phrases of file only" },
	{ O_COLOR, 0, "colour", "?when", NULL },
	/* deprecated letters, for one release */
	{ O_COLOR, 'c', NULL, "when", NULL },
	{ O_THRESHOLD, 't', NULL, "threshold", NULL },
	{ O_WATCH, 'w', NULL, "file", NULL },
	{ 0, 0, NULL, NULL, NULL },
};
static const char *const forms[] = {
	"old new",
	"-S [-hJ] [-n words] [-u para|sentence] [--watch file] file file ...",
	"--translation old new",
	NULL,
};

static DiffCtx ctx;	/* the parsed options and the shared vocabulary */
static int color;

/* Colour the [-removed-] red and {+added+} green in b, markers kept
   (so that less -R and colour-blind readers still see them). */
static void
colourmarks(Buf *b, Buf *tmp)
{
	size_t i;
	char *p = b->p;

	tmp->n = 0;
	for (i = 0; i < b->n; i++) {
		if (i + 1 < b->n && p[i] == '[' && p[i + 1] == '-')
			bufadd(tmp, "\033[31m", 5);
		else if (i + 1 < b->n && p[i] == '{' && p[i + 1] == '+')
			bufadd(tmp, "\033[32m", 5);
		bufaddc(tmp, p[i]);
		if (i > 0 && ((p[i - 1] == '-' && p[i] == ']') ||
		    (p[i - 1] == '+' && p[i] == '}')))
			bufadd(tmp, "\033[m", 3);
	}
	b->n = 0;
	bufadd(b, tmp->p, tmp->n);
}

static void
putsim(double s)
{
	printf("%.2f", s);
}

static int
diff2(const char *oname, const char *nname, double t, int sflag)
{
	ADoc od, nd, fo, fn;
	Str ol, nl;
	AOp *op;
	Buf b = { 0 }, cb = { 0 };
	DiffStat st;
	size_t nop, i, wa, wd, k;
	const AUnit *ou, *nu;
	Str text, ocite = S("-"), ncite = S("-");
	char obuf[32], nbuf[32];
	int diff = 0, ohas = 0, nhas = 0;

	int ro = adocread(&ctx, oname, &od, &ol), rn = adocread(&ctx, nname, &nd, &nl);

	if (ro < 0 || rn < 0) {
		adocfree(&od);
		adocfree(&nd);
		return 2;
	}
	adocfold(ctx.a, &od, &nd);	/* a clause in several paragraphs, whole */
	adocfold(ctx.a, &nd, &od);
	dstatinit(&st, ctx.a);
	memset(&fo, 0, sizeof(fo));
	memset(&fn, 0, sizeof(fn));
	if (alignloose) {
		adocaside(&od, &fo);
		adocaside(&nd, &fn);
		if (sflag)
			dstatfurn(&st, ctx.v, &fo, &fn, t);
	}
	op = align(ctx.a, ctx.v, &od, &nd, t, &nop);
	for (i = 0; i < nop; i++) {
		ou = op[i].old >= 0 ? &od.u[op[i].old] : NULL;
		nu = op[i].new >= 0 ? &nd.u[op[i].new] : NULL;
		wa = wd = 0;
		switch (op[i].op) {
		case OP_CHANGED:
			wdiff(&b, ctx.v, ou, nu, 0, &wa, &wd);
			if (color && !ctx.jflag)
				colourmarks(&b, &cb);
			text = bufstr(&b);
			break;
		case OP_REMOVED:
			wd = ou->ntok;
			text = ou->text;
			break;
		case OP_ADDED:
			wa = nu->ntok;
			text = nu->text;
			break;
		default:
			text = nu->text;
		}
		dstatop(&st, &op[i], ou, nu, wa, wd);
		if (op[i].op != OP_SAME || op[i].moved)
			diff = 1;
		if (sflag)
			continue;
		if (ou)
			ocite = aunitcite(ou, obuf, sizeof(obuf), &ohas);
		if (nu)
			ncite = aunitcite(nu, nbuf, sizeof(nbuf), &nhas);
		if (ctx.jflag) {
			fputs("{\"op\":", stdout);
			jsonstr(stdout, (Str){ (char *)aopname[op[i].op][op[i].moved],
			    strlen(aopname[op[i].op][op[i].moved]) });
			jsonkey(stdout, "old");
			if (ou)
				jsonstr(stdout, ou->loc);
			else
				fputs("null", stdout);
			jsonkey(stdout, "new");
			if (nu)
				jsonstr(stdout, nu->loc);
			else
				fputs("null", stdout);
			jsonkey(stdout, "old_clause");
			if (ou && ohas)
				jsonstr(stdout, ocite);
			else
				fputs("null", stdout);
			jsonkey(stdout, "new_clause");
			if (nu && nhas)
				jsonstr(stdout, ncite);
			else
				fputs("null", stdout);
			jsonkey(stdout, "similarity");
			if (ou && nu)
				putsim(op[i].sim);
			else
				fputs("null", stdout);
			jsonkey(stdout, "text");
			jsonstr(stdout, text);
			if (op[i].op == OP_CHANGED) {
				jsonkey(stdout, "old_text");
				jsonstr(stdout, ou->text);
				jsonkey(stdout, "new_text");
				jsonstr(stdout, nu->text);
			}
			jsonclose(stdout);
		} else {
			fputs(aopname[op[i].op][op[i].moved], stdout);
			putchar('\t');
			fieldput(stdout, ou ? ocite : S("-"), 1);
			putchar('\t');
			fieldput(stdout, nu ? ncite : S("-"), 1);
			putchar('\t');
			if (ou && nu)
				putsim(op[i].sim);
			else
				putchar('-');
			putchar('\t');
			if (color && op[i].op == OP_ADDED)
				fputs("\033[32m", stdout);
			if (color && op[i].op == OP_REMOVED)
				fputs("\033[31m", stdout);
			for (k = 0; k < text.n; k++)
				if (text.p[k] == '\t' || text.p[k] == '\n' ||
				    text.p[k] == '\r' || text.p[k] == '\\')
					break;
			if (k == text.n)
				fwrite(text.p, 1, text.n, stdout);
			else
				fieldput(stdout, text, 0);
			if (color && (op[i].op == OP_ADDED || op[i].op == OP_REMOVED))
				fputs("\033[m", stdout);
			putchar('\n');
		}
		if (outfail(stdout))
			break;
	}
	if (sflag)
		dstatput(&st, ctx.jflag);
	dstatfree(&st);
	buffree(&b);
	buffree(&cb);
	free(op);
	adocfree(&od);
	adocfree(&nd);
	adocfree(&fo);
	adocfree(&fn);
	return ro > 0 || rn > 0 ? 2 : diff;
}

/* "--color always" (a space, not "="): the word is not the value of the
 * optional argument but an operand; say so rather than "No such file". */
static void
colorspace(const Optparse *p, char *argv[], const char *const whens[])
{
	size_t i, j;

	for (i = 1; argv[i] != NULL && argv[i + 1] != NULL; i++) {
		if (strcmp(argv[i], "--") == 0)
			return;
		if (strcmp(argv[i], "--color") != 0 &&
		    strcmp(argv[i], "--colour") != 0)
			continue;
		for (j = 0; whens[j] != NULL; j++)
			if (strcmp(argv[i + 1], whens[j]) == 0 &&
			    access(argv[i + 1], F_OK) != 0)
				optusage(p, "%s %s: write %s=%s (the value "
				    "follows an '=')", argv[i], whens[j],
				    argv[i], whens[j]);
	}
}

static double
threshold(const char *s)
{
	char *end;
	double t;

	errno = 0;
	t = strtod(s, &end);
	if (*s == '\0' || *end != '\0' || errno != 0 || !(t >= 0.0 && t <= 1.0))
		eprintf("--threshold: bad threshold: %s (want 0 to 1)", s);
	return t;
}

int
main(int argc, char *argv[])
{
	static const char *const whens[] = { "never", "auto", "always", NULL };
	Optparse p;
	Operands files = { 0 };
	const char *watch = NULL;
	double t = 0.5;
	long long ngram = 3;
	int c, sflag = 0, serflag = 0, tflag = 0, xflag = 0, status, when = 1;
	char **v;
	size_t i;

	ctx.sopt.unit = U_PARA;
	optinit(&p, opts, forms, &files, argc, argv);
	while ((c = optget(&p)) != -1) {
		switch (c) {
		case O_COLOR:
			when = p.arg != NULL ? optword(&p, "--color", p.arg, whens) : 2;
			break;
		case 'E':
			ctx.encoding = p.arg;
			break;
		case 'J':
			ctx.jflag = 1;
			break;
		case 'T':
			tflag = 1;
			break;
		case 'x':
			xflag = 1;
			break;
		case 'n':
			ngram = estrtonum(p.arg, 1, 20, "-n");
			break;
		case 's':
			sflag = 1;
			break;
		case 'S':
			serflag = 1;
			break;
		case O_THRESHOLD:
			t = threshold(p.arg);
			aligngap = t;	/* a threshold given is the bar */
			break;
		case 'u':
			ctx.sopt.unit = eunit(p.arg);
			break;
		case O_WATCH:
			watch = p.arg;
			serflag = 1;
			break;
		}
	}
	colorspace(&p, argv, whens);
	if (files.n == 0)
		optusage(&p, "no files to compare (want old and new)");
	if (!serflag && files.n == 1)
		optusage(&p, "only one file: want two to compare, old and new "
		    "(or --series)");
	if (!serflag && files.n > 2)
		optusage(&p, "%zu files: want two, old and new (or --series "
		    "for more)", files.n);
	if (serflag && files.n < 2)
		optusage(&p, "--series wants two files or more");
	if (serflag && sflag)
		eprintf("--stat and --series do not go together");
	alignloose = !xflag;
	color = colorwanted(when);
	v = emalloc((files.n + 1) * sizeof(*v));
	for (i = 0; i < files.n; i++)
		v[i] = files.v[i].name;
	v[i] = NULL;
	ctx.a = arenanew();
	ctx.v = vocabnew(ctx.a);
	if (sflag && !tflag && !serflag) {
		/* plain documents get their tags as scm-tag would set them */
		ctx.lex = lexnew();
		if (lexbuiltin(ctx.lex) < 0)
			eprintf("the built-in lexicon does not load");
	}
	if (tflag && files.n == 2 && !serflag)
		status = xlatediff(stdout, v[0], v[1], ctx.encoding);
	else if (serflag)
		status = series(&ctx, v, files.n, (size_t)ngram, watch);
	else if (strcmp(v[0], "-") == 0 && strcmp(v[1], "-") == 0) {
		weprintf("only one operand may be standard input");
		status = 2;
	} else
		status = diff2(v[0], v[1], t, sflag);
	if (ctx.undecodable)
		status = 2;
	free(v);
	free(files.v);
	if (ctx.lex != NULL)
		lexfree(ctx.lex);
	vocabfree(ctx.v);
	arenafree(ctx.a);
	if (fshut(stdout, "<stdout>") != 0)
		status = 2;
	return status;
}
