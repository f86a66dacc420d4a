/* opt.c: the one option parser of the tools, with the usage line, the
   --help text and --version generated from each tool's table of options
   (the bash completion is checked against the same --help text). */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "scm.h"

#ifndef VERSION
#error "VERSION comes from the Makefile (-DVERSION=...)"
#endif

int lineflag;
int recmode = REC_AUTO;

/* The options every tool has, after its own. */
static const Opt common[] = {
	{ 'h', 'h', "help", NULL, "print this help and exit" },
	{ OPT_LINEBUF, 0, "line-buffered", NULL,
	    "flush the output after every line (the default on a terminal)" },
	{ OPT_PROGRESS, 0, "progress", NULL,
	    "show progress on standard error" },
	{ OPT_VERSION, 0, "version", NULL, "print the version and exit" },
	{ 0, 0, NULL, NULL, NULL },
};

/* The documented options, tool's first, in table order: i-th or NULL. */
static const Opt *
nth(const Optparse *p, size_t i)
{
	size_t n;

	for (n = 0; p->opt[n].code != 0; n++)
		if (i == n)
			return &p->opt[n];
	i -= n;
	return i < NELEM(common) - 1 ? &common[i] : NULL;
}

static int
isoptional(const Opt *o)
{
	return o->arg != NULL && o->arg[0] == '?';
}

static const char *
argname(const Opt *o)
{
	return isoptional(o) ? o->arg + 1 : o->arg;
}

/* Letters in usage order: a, A, b, B, ... */
static int
letterorder(const void *a, const void *b)
{
	int x = *(const char *)a, y = *(const char *)b;
	int lx = tolower(x), ly = tolower(y);

	if (lx != ly)
		return lx - ly;
	return y - x;	/* lower case first */
}

static const Opt *
byletter(const Optparse *p, int c)
{
	const Opt *o;
	size_t i;

	for (i = 0; (o = nth(p, i)) != NULL; i++)
		if (o->c == c && o->help != NULL)
			return o;
	return NULL;
}

static void
putusage(const Optparse *p, FILE *fp)
{
	char flags[64], args[64];
	size_t nf = 0, na = 0, i, k;
	const Opt *o;

	for (i = 0; (o = nth(p, i)) != NULL; i++) {
		if (o->c == 0 || o->help == NULL)
			continue;
		if (o->arg == NULL && nf < sizeof(flags))
			flags[nf++] = (char)o->c;
		else if (o->arg != NULL && na < sizeof(args))
			args[na++] = (char)o->c;
	}
	qsort(flags, nf, 1, letterorder);
	qsort(args, na, 1, letterorder);
	fprintf(fp, "usage: %s", argv0);
	if (nf > 0)
		fprintf(fp, " [-%.*s]", (int)nf, flags);
	for (k = 0; k < na; k++) {
		o = byletter(p, args[k]);
		fprintf(fp, " [-%c %s]", o->c, o->arg);
	}
	for (i = 0; (o = p->opt + i)->code != 0; i++) {
		if (o->c != 0 || o->help == NULL || o->name == NULL)
			continue;
		if (o->arg == NULL)
			fprintf(fp, " [--%s]", o->name);
		else if (isoptional(o))
			fprintf(fp, " [--%s[=%s]]", o->name, argname(o));
		else
			fprintf(fp, " [--%s %s]", o->name, o->arg);
	}
	fprintf(fp, " %s\n", p->forms[0]);
	for (i = 1; p->forms[i] != NULL; i++)
		fprintf(fp, "       %s %s\n", argv0, p->forms[i]);
}

static void
puthelp(const Optparse *p)
{
	const Opt *o;
	char left[80];
	size_t i;

	putusage(p, stdout);
	putchar('\n');
	for (i = 0; (o = nth(p, i)) != NULL; i++) {
		if (o->help == NULL)
			continue;
		if (o->c != 0 && o->name != NULL)
			snprintf(left, sizeof(left), "-%c, --%s", o->c, o->name);
		else if (o->c != 0)
			snprintf(left, sizeof(left), "-%c", o->c);
		else
			snprintf(left, sizeof(left), "    --%s", o->name);
		if (o->arg != NULL)
			snprintf(left + strlen(left), sizeof(left) - strlen(left),
			    isoptional(o) ? "[=%s]" : " %s", argname(o));
		if (strlen(left) > 24)
			printf("  %s\n  %24s  %s\n", left, "", o->help);
		else
			printf("  %-24s  %s\n", left, o->help);
	}
}

static char obuf[1 << 17];

void
optinit(Optparse *p, const Opt *opt, const char *const *forms,
    Operands *ops, int argc, char **argv)
{
	memset(p, 0, sizeof(*p));
	p->ops = ops;
	setargv0(argv[0]);
	p->opt = opt;
	p->forms = forms;
	p->argc = argc;
	p->argv = argv;
	p->i = 1;
	if (isatty(1)) {
		lineflag = 1;
		setvbuf(stdout, NULL, _IOLBF, 0);
	} else	/* big writes, as inopen's reads */
		setvbuf(stdout, obuf, _IOFBF, sizeof(obuf));
}

void
optusage(const Optparse *p, const char *fmt, ...)
{
	va_list ap;

	if (fmt != NULL) {
		fflush(stdout);
		fprintf(stderr, "%s: ", argv0);
		va_start(ap, fmt);
		vfprintf(stderr, fmt, ap);
		va_end(ap);
		fputc('\n', stderr);
	}
	putusage(p, stderr);
	exit(2);
}

/* The documented option of code (for a deprecated alias). */
static const Opt *
bycode(const Optparse *p, int code)
{
	const Opt *o;
	size_t i;

	for (i = 0; (o = nth(p, i)) != NULL; i++)
		if (o->code == code && o->help != NULL)
			return o;
	return NULL;
}

static void
deprecated(const Optparse *p, const Opt *o)
{
	const Opt *n = bycode(p, o->code);

	if (n == NULL)
		return;
	if (n->c != 0)
		weprintf("warning: -%c is deprecated, use -%c (--%s)", o->c,
		    n->c, n->name);
	else
		weprintf("warning: -%c is deprecated, use --%s", o->c, n->name);
}

/* Handle a common option or return its code. */
static int
found(Optparse *p, const Opt *o)
{
	if (o->help == NULL && o->c != 0)
		deprecated(p, o);
	switch (o->code) {
	case 'h':
		puthelp(p);
		exit(fshut(stdout, "<stdout>"));
	case OPT_VERSION:
		printf("%s %s\n", argv0, VERSION);
		exit(fshut(stdout, "<stdout>"));
	case OPT_LINEBUF:
		lineflag = 1;
		setvbuf(stdout, NULL, _IOLBF, 0);
		return optget(p);
	case OPT_PROGRESS:
		progflag = 1;
		return optget(p);
	case OPT_RECORDS:
	case OPT_PLAIN:
		recmode = o->code == OPT_RECORDS ? REC_RECORDS : REC_PLAIN;
		return optget(p);
	case 'd':
		if (p->ops != NULL) {
			p->ops->label = p->arg;
			return optget(p);
		}
		break;
	}
	return o->code;
}

/* An unknown option that names a file ("-notes.txt"): say how to name
   it as a file. */
static void
filehint(const Optparse *p)
{
	const char *s = p->argv[p->i - 1];

	if (access(s, F_OK) == 0)
		optusage(p, "unknown option: %s; for the file, write ./%s "
		    "(or put -- before it)", s, s);
}

static int
longopt(Optparse *p, char *s)
{
	const Opt *o, *hit = NULL;
	char *eq = strchr(s, '=');
	size_t n = eq != NULL ? (size_t)(eq - s) : strlen(s), i;
	int nhit = 0;

	for (i = 0; (o = nth(p, i)) != NULL; i++) {
		if (o->name == NULL || strncmp(o->name, s, n) != 0)
			continue;
		if (o->name[n] == '\0') {
			hit = o;
			nhit = 1;
			break;
		}
		if (hit == NULL || hit->code != o->code)
			nhit++;
		hit = o;
	}
	if (nhit == 0) {
		filehint(p);
		optusage(p, "unknown option: --%.*s", (int)n, s);
	}
	if (nhit > 1)
		optusage(p, "ambiguous option: --%.*s", (int)n, s);
	o = hit;
	p->arg = NULL;
	if (o->arg == NULL && eq != NULL)
		optusage(p, "--%s takes no argument", o->name);
	if (o->arg != NULL && eq != NULL)
		p->arg = eq + 1;
	else if (o->arg != NULL && !isoptional(o)) {
		if (p->i >= p->argc)
			optusage(p, "--%s needs an argument (%s)", o->name, o->arg);
		p->arg = p->argv[p->i++];
	}
	return found(p, o);
}

int
optget(Optparse *p)
{
	const Opt *o = NULL;
	char *s;
	size_t i;
	int c;

	if (p->sub == NULL || *p->sub == '\0') {
		p->sub = NULL;
		if (p->i >= p->argc)
			return -1;
		s = p->argv[p->i++];
		if (p->done || s[0] != '-' || s[1] == '\0') {
			p->arg = s;
			if (p->ops == NULL)
				return OPT_OPERAND;
			opadd(p->ops, s);
			return optget(p);
		}
		if (strcmp(s, "--") == 0) {
			p->done = 1;
			return optget(p);
		}
		if (s[1] == '-')
			return longopt(p, s + 2);
		p->sub = s + 1;
	}
	c = (unsigned char)*p->sub++;
	for (i = 0; (o = nth(p, i)) != NULL; i++)
		if (o->c == c)
			break;
	if (o == NULL) {
		filehint(p);
		optusage(p, "unknown option: -%c", c);
	}
	p->arg = NULL;
	if (o->arg != NULL) {
		if (*p->sub != '\0')
			p->arg = (char *)p->sub;
		else if (p->i < p->argc)
			p->arg = p->argv[p->i++];
		else
			optusage(p, "-%c needs an argument (%s)", c, argname(o));
		p->sub = NULL;
	}
	return found(p, o);
}

int
optword(const Optparse *p, const char *what, const char *arg,
    const char *const *words)
{
	size_t i;

	for (i = 0; words[i] != NULL; i++)
		if (strcmp(arg, words[i]) == 0)
			return (int)i;
	fflush(stdout);
	fprintf(stderr, "%s: %s: bad value: %s (", argv0, what, arg);
	for (i = 0; words[i] != NULL; i++)
		fprintf(stderr, "%s%s", i == 0 ? "" : words[i + 1] == NULL ?
		    " or " : ", ", words[i]);
	fprintf(stderr, ")\n");
	(void)p;
	exit(2);
}

void
opadd(Operands *v, char *name)
{
	egrow(&v->v, &v->cap, v->n + 1, sizeof(*v->v));
	v->v[v->n].name = name;
	v->v[v->n].label = v->label;
	v->n++;
	v->label = NULL;
}

/* The labels made by samelabels, kept for the life of the process. */
static char *stems;

/* Operands without -d whose names would give the same label (the base
   name without extension) are labelled by their paths as given, without
   the extension: 2024/communique.txt and 2025/communique.txt give
   2024/communique and 2025/communique. */
static void
samelabels(Operands *v)
{
	size_t i, j, need = 0, off = 0;
	Str a, b;
	char *dup;

	dup = ecalloc(v->n + 1, 1);
	for (i = 0; i < v->n; i++) {
		if (v->v[i].label != NULL || strcmp(v->v[i].name, "-") == 0)
			continue;
		a = pathlabel(v->v[i].name);
		for (j = i + 1; j < v->n; j++) {
			if (v->v[j].label != NULL ||
			    strcmp(v->v[j].name, "-") == 0)
				continue;
			b = pathlabel(v->v[j].name);
			if (streq(a, b)) {
				dup[i] = dup[j] = 1;
			}
		}
		if (dup[i])
			need += strlen(v->v[i].name) + 1;
	}
	if (need == 0) {
		free(dup);
		return;
	}
	stems = emalloc(need);
	for (i = 0; i < v->n; i++) {
		if (!dup[i])
			continue;
		a = pathlabel(v->v[i].name);
		/* the path up to the end of the label: without extension */
		b.n = (size_t)(a.p - v->v[i].name) + a.n;
		memcpy(stems + off, v->v[i].name, b.n);
		stems[off + b.n] = '\0';
		v->v[i].label = stems + off;
		off += b.n + 1;
	}
	free(dup);
}

void
opend(const Optparse *p, Operands *v)
{
	static char dash[] = "-";

	if (v->n == 0)
		opadd(v, dash);
	else if (v->label != NULL)
		optusage(p, "-d %s: no file operand follows it", v->label);
	else
		samelabels(v);
}

int
colorwanted(int when)
{
	const char *t = getenv("TERM");

	if (when != 1)
		return when == 2;
	if (getenv("NO_COLOR") != NULL && *getenv("NO_COLOR") != '\0')
		return 0;
	if (t == NULL || strcmp(t, "dumb") == 0)
		return 0;
	return isatty(1);
}
