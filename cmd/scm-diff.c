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

static const char *opname[][2] = {
	{ "=", "=>" }, { "~", "~>" }, { "+", "+" }, { "-", "-" },
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

/* --stat: counts of each op, words, tags gained and lost. */
typedef struct {
	size_t op[OP_REMOVED + 1][2];
	size_t furn[OP_REMOVED + 1];	/* noise and meta, set aside */
	int hasfurn;
	size_t wadd, wdel;
	Hash gain, loss;
} Stat;

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

static void
puttags(Stat *st)
{
	Entry **v, *e, *f;
	Hash all;
	size_t n, i, k;
	Hash *hs[2] = { &st->gain, &st->loss };

	hashinit(&all, ctx.a);
	for (k = 0; k < 2; k++) {
		v = hashitems(hs[k], &n);
		for (i = 0; i < n; i++)
			hashput(&all, v[i]->key);
	}
	v = hashitems(&all, &n);
	qsort(v, n, sizeof(*v), entcmp);
	if (ctx.jflag)
		fputs(",\"tags\":{", stdout);
	for (i = 0; i < n; i++) {
		e = hashget(&st->gain, v[i]->key);
		f = hashget(&st->loss, v[i]->key);
		if (ctx.jflag) {
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
	if (ctx.jflag)
		putchar('}');
	hashfree(&all);
}

static void
putstat(Stat *st)
{
	static const char *jname[][2] = {
		{ "same", "same_moved" }, { "changed", "changed_moved" },
		{ "added", "" }, { "removed", "" },
	};
	int o, m;

	if (ctx.jflag)
		putchar('{');
	for (o = 0; o <= OP_REMOVED; o++)
		for (m = 0; m < 2; m++) {
			if (m == 1 && o >= OP_ADDED)
				continue;
			if (ctx.jflag)
				printf("%s\"%s\":%zu", o + m > 0 ? "," : "",
				    jname[o][m], st->op[o][m]);
			else
				printf("%s\t%zu\n", opname[o][m], st->op[o][m]);
		}
	if (ctx.jflag)
		printf(",\"words_added\":%zu,\"words_removed\":%zu",
		    st->wadd, st->wdel);
	else
		printf("words+\t%zu\nwords-\t%zu\n", st->wadd, st->wdel);
	if (st->hasfurn && ctx.jflag)
		printf(",\"furniture\":{\"same\":%zu,\"changed\":%zu,"
		    "\"added\":%zu,\"removed\":%zu}", st->furn[OP_SAME],
		    st->furn[OP_CHANGED], st->furn[OP_ADDED], st->furn[OP_REMOVED]);
	else if (st->hasfurn)
		for (o = 0; o <= OP_REMOVED; o++)
			printf("furniture%s\t%zu\n", opname[o][0], st->furn[o]);
	puttags(st);
	if (ctx.jflag)
		puts("}");
}

/* Move the noise and meta units of d to f: site chrome and release
   lines are no language of the document. */
static void
setaside(ADoc *d, ADoc *f)
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

/* Count the furniture of the two documents, aligned, into st. */
static void
furniture(ADoc *fo, ADoc *fn, double t, Stat *st)
{
	AOp *op;
	size_t nop, i;

	if (fo->n + fn->n == 0)
		return;
	st->hasfurn = 1;
	op = align(ctx.a, ctx.v, fo, fn, t, &nop);
	for (i = 0; i < nop; i++)
		st->furn[op[i].op]++;
	free(op);
}

/* The clause label of a unit that opens with a clause number ("13. ",
   "4.2 ", "4.2. "), as "¶13" or "¶4.2" in buf; else its loc.  Headings,
   metadata and noise have none. */
static Str
citeloc(const AUnit *u, char *buf, size_t size, int *has)
{
	Str t = u->text;
	size_t i = 0, dots = 0, end;

	*has = 0;
	if (u->kind == K_HEADING || u->kind == K_META || u->kind == K_NOISE)
		return u->loc;
	for (;;) {
		size_t d = i;
		while (i < t.n && i - d < 4 && t.p[i] >= '0' && t.p[i] <= '9')
			i++;
		if (i == d || (t.p[d] == '0' && i - d > 1))
			return u->loc;
		end = i;
		if (i < t.n && t.p[i] == '.' && i + 1 < t.n &&
		    t.p[i + 1] >= '0' && t.p[i + 1] <= '9') {
			i++;
			dots++;
			continue;
		}
		break;
	}
	if (i < t.n && t.p[i] == '.')
		i++;
	else if (dots == 0)
		return u->loc;		/* "13 The": a number, no label */
	if (i < t.n && t.p[i] != ' ')
		return u->loc;
	if (end + 3 > size)
		return u->loc;
	memcpy(buf, "\xc2\xb6", 2);
	memcpy(buf + 2, t.p, end);
	*has = 1;
	return (Str){ buf, end + 2 };
}

static int
diff2(const char *oname, const char *nname, double t, int sflag)
{
	ADoc od, nd, fo, fn;
	Str ol, nl;
	AOp *op;
	Buf b = { 0 }, cb = { 0 };
	Stat st;
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
	memset(&st, 0, sizeof(st));
	memset(&fo, 0, sizeof(fo));
	memset(&fn, 0, sizeof(fn));
	if (alignloose) {
		setaside(&od, &fo);
		setaside(&nd, &fn);
		if (sflag)
			furniture(&fo, &fn, t, &st);
	}
	op = align(ctx.a, ctx.v, &od, &nd, t, &nop);
	hashinit(&st.gain, ctx.a);
	hashinit(&st.loss, ctx.a);
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
		st.op[op[i].op][op[i].moved]++;
		st.wadd += wa;
		st.wdel += wd;
		tagdiff(&st.gain, nu ? nu->tags : S(""), ou ? ou->tags : S(""));
		tagdiff(&st.loss, ou ? ou->tags : S(""), nu ? nu->tags : S(""));
		if (op[i].op != OP_SAME || op[i].moved)
			diff = 1;
		if (sflag)
			continue;
		if (ou)
			ocite = citeloc(ou, obuf, sizeof(obuf), &ohas);
		if (nu)
			ncite = citeloc(nu, nbuf, sizeof(nbuf), &nhas);
		if (ctx.jflag) {
			fputs("{\"op\":", stdout);
			jsonstr(stdout, (Str){ (char *)opname[op[i].op][op[i].moved],
			    strlen(opname[op[i].op][op[i].moved]) });
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
			fputs(opname[op[i].op][op[i].moved], stdout);
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
		if (ferror(stdout))
			break;
	}
	if (sflag)
		putstat(&st);
	hashfree(&st.gain);
	hashfree(&st.loss);
	buffree(&b);
	buffree(&cb);
	free(op);
	adocfree(&od);
	adocfree(&nd);
	adocfree(&fo);
	adocfree(&fn);
	return ro > 0 || rn > 0 ? 2 : diff;
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
		status = xlatediff(stdout, v[0], v[1]);
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
