/* scm-diff: what changed between documents, unit by unit, or across a series. */
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "scm.h"

enum { O_COLOR = OPT_LONG, O_THRESHOLD, O_WATCH };
static const Opt opts[] = {
	{ 'J', 'J', "json", NULL, "write JSON Lines" },
	{ 'n', 'n', "ngram", "words", "--series: follow phrases of this many words" },
	{ 'S', 'S', "series", NULL, "follow tags and phrases across many documents" },
	{ 's', 's', "stat", NULL, "only counts: units, words and tags changed" },
	{ 'u', 'u', "unit", "para|sentence", "split plain documents by block or sentence" },
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
	NULL,
};

static const char *opname[][2] = {
	{ "=", "=>" }, { "~", "~>" }, { "+", "+" }, { "-", "-" },
};

static Arena *arena;
static Vocab *lex;
static SplitOpt sopt;
static int jflag, color;

typedef struct {
	ADoc *d;
	const char *name;
} Ctx;

static int
addunit(void *arg, const Unit *u)
{
	char loc[48];

	if (u->sent > 0)
		snprintf(loc, sizeof(loc), "%zu.%zu", u->block, u->sent);
	else
		snprintf(loc, sizeof(loc), "%zu", u->block);
	adocadd(arena, lex, arg, u->text, (Str){ loc, strlen(loc) }, S(""));
	return 0;
}

/* Read name whole, then take it as records if its first line is one,
   else split it as a document.  Return 0, 1 if malformed records were
   skipped, or -1 (reported). */
static int
readdoc(const char *name, ADoc *d, Str *label)
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
	*label = astrdup(arena, in.label);
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
	if (isrecline(b.p, first)) {
		memset(&ri, 0, sizeof(ri));
		ri.plain = 0;
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
				*label = astrdup(arena, ri.r.f[F_DOC]);
			adocadd(arena, lex, d, ri.r.f[F_TEXT], ri.r.f[F_LOC],
			    ri.r.f[F_TAGS]);
		}
		recclose(&ri);
	} else {
		memset(&in, 0, sizeof(in));
		in.fp = fp;
		in.name = name;
		in.label = *label;
		r = splitdoc(&in, in.label, &sopt, addunit, d) != 0 ? -1 : 0;
		inclose(&in);
	}
	buffree(&b);
	return r;
}

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

static int
cmpent(const void *x, const void *y)
{
	return strcmpb((*(Entry *const *)x)->key, (*(Entry *const *)y)->key);
}

static void
puttags(Stat *st)
{
	Entry **v, *e, *f;
	Hash all;
	size_t n, i, k;
	Hash *hs[2] = { &st->gain, &st->loss };

	hashinit(&all, arena);
	for (k = 0; k < 2; k++) {
		v = hashitems(hs[k], &n);
		for (i = 0; i < n; i++)
			hashput(&all, v[i]->key);
	}
	v = hashitems(&all, &n);
	qsort(v, n, sizeof(*v), cmpent);
	if (jflag)
		fputs(",\"tags\":{", stdout);
	for (i = 0; i < n; i++) {
		e = hashget(&st->gain, v[i]->key);
		f = hashget(&st->loss, v[i]->key);
		if (jflag) {
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
	if (jflag)
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

	if (jflag)
		putchar('{');
	for (o = 0; o <= OP_REMOVED; o++)
		for (m = 0; m < 2; m++) {
			if (m == 1 && o >= OP_ADDED)
				continue;
			if (jflag)
				printf("%s\"%s\":%zu", o + m > 0 ? "," : "",
				    jname[o][m], st->op[o][m]);
			else
				printf("%s\t%zu\n", opname[o][m], st->op[o][m]);
		}
	if (jflag)
		printf(",\"words_added\":%zu,\"words_removed\":%zu",
		    st->wadd, st->wdel);
	else
		printf("words+\t%zu\nwords-\t%zu\n", st->wadd, st->wdel);
	puttags(st);
	if (jflag)
		puts("}");
}

static int
diff2(const char *oname, const char *nname, double t, int sflag)
{
	ADoc od, nd;
	Str ol, nl;
	AOp *op;
	Buf b = { 0 }, cb = { 0 };
	Stat st;
	size_t nop, i, wa, wd, k;
	const AUnit *ou, *nu;
	Str text;
	int diff = 0;

	int ro = readdoc(oname, &od, &ol), rn = readdoc(nname, &nd, &nl);

	if (ro < 0 || rn < 0) {
		adocfree(&od);
		adocfree(&nd);
		return 2;
	}
	op = align(arena, lex, &od, &nd, t, &nop);
	memset(&st, 0, sizeof(st));
	hashinit(&st.gain, arena);
	hashinit(&st.loss, arena);
	for (i = 0; i < nop; i++) {
		ou = op[i].old >= 0 ? &od.u[op[i].old] : NULL;
		nu = op[i].new >= 0 ? &nd.u[op[i].new] : NULL;
		wa = wd = 0;
		switch (op[i].op) {
		case OP_CHANGED:
			wdiff(&b, lex, ou, nu, 0, &wa, &wd);
			if (color && !jflag)
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
		if (jflag) {
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
			fieldput(stdout, ou ? ou->loc : S("-"), 1);
			putchar('\t');
			fieldput(stdout, nu ? nu->loc : S("-"), 1);
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
	return ro > 0 || rn > 0 ? 2 : diff;
}

/* --series and --watch. */
typedef struct {
	Str *w;		/* folded words of a watched phrase */
	size_t n;
	Str text;
} Watch;

static void
presence(const char *seen, size_t nd, Str *label)
{
	size_t d, first = nd, last = 0, k;
	const char *status;

	for (d = 0; d < nd; d++)
		if (seen[d]) {
			if (first == nd)
				first = d;
			last = d;
		}
	if (first == nd)
		status = "never";
	else if (!seen[nd - 1])
		status = "gone";
	else if (first == nd - 1)
		status = "new";
	else
		status = "steady";
	if (jflag) {
		jsonkey(stdout, "presence");
		putchar('[');
		for (d = 0, k = 0; d < nd; d++)
			if (seen[d]) {
				if (k++)
					putchar(',');
				jsonstr(stdout, label[d]);
			}
		putchar(']');
		jsonkey(stdout, "first");
		if (first < nd)
			jsonstr(stdout, label[first]);
		else
			fputs("null", stdout);
		jsonkey(stdout, "last");
		if (first < nd)
			jsonstr(stdout, label[last]);
		else
			fputs("null", stdout);
		jsonkey(stdout, "status");
		jsonstr(stdout, (Str){ (char *)status, strlen(status) });
		jsonclose(stdout);
		return;
	}
	putchar('\t');
	for (d = 0; d < nd; d++)
		putchar(seen[d] ? '1' : '.');
	putchar('\t');
	fieldput(stdout, first < nd ? label[first] : S("-"), 1);
	putchar('\t');
	fieldput(stdout, first < nd ? label[last] : S("-"), 1);
	printf("\t%s\n", status);
}

static void
putkey(const char *kind, Str key)
{
	if (jflag) {
		printf("{\"kind\":\"%s\"", kind);
		jsonkey(stdout, "key");
		jsonstr(stdout, key);
	} else {
		printf("%s\t", kind);
		fieldput(stdout, key, 1);
	}
}

/* The folded words of s, as views in the arena, in *w (count in *n). */
static Str *
foldwords(Str s, size_t *n)
{
	static Str *w;
	static size_t cap;
	static Buf fb;
	size_t off = 0;
	Str x;

	*n = 0;
	while (wordnext(s, &off, &x)) {
		wordfold(&fb, x);
		egrow(&w, &cap, *n + 1, sizeof(*w));
		w[(*n)++] = astrdup(arena, bufstr(&fb));
	}
	return w;
}

/* Note in seen and in ph the watched phrases and the n-grams of one
   sentence (words w[0..n)) of document di. */
static void
sentence(Str *w, size_t n, size_t di, size_t nd, char *seen, Watch *wl,
    size_t nwl, Hash *ph, size_t ngram, Buf *key)
{
	size_t j, k, ns;
	Entry *e;

	for (k = 0; k < nwl; k++)
		for (j = 0; !seen[k * nd + di] && j + wl[k].n <= n; j++) {
			for (ns = 0; ns < wl[k].n && streq(w[j + ns], wl[k].w[ns]);
			    ns++)
				;
			if (ns == wl[k].n)
				seen[k * nd + di] = 1;
		}
	if (ph == NULL)
		return;
	for (j = 0; j + ngram <= n; j++) {
		for (k = 0; k < ngram && isstopword(w[j + k]); k++)
			;
		if (k == ngram)
			continue;
		key->n = 0;
		for (k = 0; k < ngram; k++) {
			if (k > 0)
				bufaddc(key, ' ');
			bufaddstr(key, w[j + k]);
		}
		e = hashput(ph, bufstr(key));
		if (e->val == NULL) {
			e->val = aalloc(arena, nd);
			memset(e->val, 0, nd);
		}
		((char *)e->val)[di] = 1;
	}
}

static int
series(char **files, size_t nd, size_t ngram, const char *watchfile)
{
	ADoc d;
	Str *label = aalloc(arena, nd * sizeof(*label)), *w, t;
	Hash ph, tags;
	Entry **v, *e;
	Buf key = { 0 };
	Watch *wl = NULL;
	size_t nwl = 0, cwl = 0, i, k, u, n, nv;
	char *seen;
	int bad = 0, change = 0, got;
	Input in;

	if (watchfile != NULL) {
		if (inopen(&in, watchfile) < 0)
			return 2;
		while ((got = inread(&in)) > 0) {
			t = strtrim((Str){ in.line, in.len });
			if (t.n == 0 || t.p[0] == '#')
				continue;
			egrow(&wl, &cwl, nwl + 1, sizeof(*wl));
			wl[nwl].text = astrdup(arena, t);
			w = foldwords(t, &n);
			wl[nwl].w = aalloc(arena, (n ? n : 1) * sizeof(Str));
			memcpy(wl[nwl].w, w, n * sizeof(Str));
			wl[nwl].n = n;
			if (n == 0) {
				weprintf("%s:%zu: no words in the phrase",
				    watchfile, in.lineno);
				bad = 1;
			}
			nwl++;
		}
		if (got < 0)
			bad = 1;
		inclose(&in);
		if (bad) {
			free(wl);
			return 2;
		}
	}
	seen = ecalloc(nwl + 1, nd);
	hashinit(&ph, arena);
	hashinit(&tags, arena);
	for (i = 0; i < nd; i++) {
		if ((k = (size_t)readdoc(files[i], &d, &label[i])) != 0) {
			bad = 1;
			if (k != 1) {
				adocfree(&d);
				continue;
			}
		}
		for (u = 0; u < d.n; u++) {
			for (t = d.u[u].tags; !isabsent(d.u[u].tags) && t.n > 0;) {
				Str tg = strtrim(strcut(&t, ','));

				if (tg.n == 0)
					continue;
				e = hashput(&tags, tg);
				if (e->val == NULL) {
					e->val = aalloc(arena, nd);
					memset(e->val, 0, nd);
				}
				((char *)e->val)[i] = 1;
			}
			/* phrases stay within a sentence; "7." is not a word */
			t = d.u[u].text;
			k = labellen(t);
			t.p += k;
			t.n -= k;
			while (t.n > 0) {
				size_t sl = sentlen(t, &sopt);

				w = foldwords((Str){ t.p, sl }, &n);
				t.p += sl;
				t.n -= sl;
				if (sl == 0)
					break;
				sentence(w, n, i, nd, seen, wl, nwl, watchfile != NULL ?
				    NULL : &ph, ngram, &key);
			}
		}
		adocfree(&d);
	}
	if (bad) {
		hashfree(&ph);
		hashfree(&tags);
		free(wl);
		free(seen);
		buffree(&key);
		return 2;
	}
	for (k = 0; k < nwl; k++) {
		putkey("watch", wl[k].text);
		presence(seen + k * nd, nd, label);
		change |= !seen[k * nd + nd - 1];
	}
	for (k = 0; k < 2; k++) {
		Hash *h = k == 0 ? &tags : &ph;

		v = hashitems(h, &nv);
		qsort(v, nv, sizeof(*v), cmpent);
		for (i = 0; i < nv; i++) {
			putkey(k == 0 ? "tag" : "phrase", v[i]->key);
			presence(v[i]->val, nd, label);
			if (watchfile == NULL)
				change |= ((char *)v[i]->val)[nd - 1] !=
				    ((char *)v[i]->val)[nd - 2];
		}
	}
	hashfree(&ph);
	hashfree(&tags);
	free(wl);
	free(seen);
	buffree(&key);
	return change;
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
	int c, sflag = 0, serflag = 0, status, when = 1;
	char **v;
	size_t i;

	sopt.unit = U_PARA;
	optinit(&p, opts, forms, &files, argc, argv);
	while ((c = optget(&p)) != -1) {
		switch (c) {
		case O_COLOR:
			when = p.arg != NULL ? optword(&p, "--color", p.arg, whens) : 2;
			break;
		case 'J':
			jflag = 1;
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
			sopt.unit = eunit(p.arg);
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
	color = colorwanted(when);
	v = emalloc((files.n + 1) * sizeof(*v));
	for (i = 0; i < files.n; i++)
		v[i] = files.v[i].name;
	v[i] = NULL;
	arena = arenanew();
	lex = vocabnew(arena);
	if (serflag)
		status = series(v, files.n, (size_t)ngram, watch);
	else if (strcmp(v[0], "-") == 0 && strcmp(v[1], "-") == 0) {
		weprintf("only one operand may be standard input");
		status = 2;
	} else
		status = diff2(v[0], v[1], t, sflag);
	free(v);
	free(files.v);
	vocabfree(lex);
	arenafree(arena);
	if (fshut(stdout, "<stdout>") != 0)
		status = 2;
	return status;
}
