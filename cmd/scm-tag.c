/* scm-tag: set the tags of records to the actors, themes and stances a lexicon finds in their text. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

static const char synopsis[] =
    "scm-tag [-ahJLov] [-l lexicon] [-t tag] [--overlap=all|longest] [file ...]";

static Lex *lex;
static int allflag, jflag, oflag, vflag;
static const char **sel;	/* -t patterns */
static size_t nsel;
static Str *tags;
static size_t ntags, captags;
static Buf tagbuf, line;

/* Does s match the glob pat (only `*' is special)? */
static int
globmatch(const char *pat, Str s)
{
	size_t i = 0, star = (size_t)-1, mark = 0;
	const char *p = pat, *sp = NULL;

	while (i < s.n) {
		if (*p == '*') {
			sp = ++p;
			star = i;
			mark = i;
		} else if (*p != '\0' && *p == s.p[i]) {
			p++;
			i++;
		} else if (sp != NULL) {
			p = sp;
			i = ++mark;
		} else
			return 0;
	}
	(void)star;
	while (*p == '*')
		p++;
	return *p == '\0';
}

/* A tag that only hides others ("actor:-")? */
static int
ishidden(Str t)
{
	return t.n >= 2 && t.p[t.n - 1] == '-' && t.p[t.n - 2] == ':';
}

static int
bystr(const void *a, const void *b)
{
	return strcmpb(*(const Str *)a, *(const Str *)b);
}

static int
bypos(const void *a, const void *b)
{
	const Match *p = a, *q = b;

	if (p->off != q->off)
		return p->off < q->off ? -1 : 1;
	if (p->len != q->len)
		return p->len > q->len ? -1 : 1;
	return strcmpb(lextag(lex, p->tag), lextag(lex, q->tag));
}

static void
addtag(Str t)
{
	if (ntags == captags)
		egrow(&tags, &captags, ntags + 1, sizeof(Str));
	tags[ntags++] = t;
}

/* Tag r; return 1 if it is selected (and written). */
static int
tagrec(Record *r)
{
	Match *m;
	size_t nm, i, k;
	Str old, t;
	int yes;

	nm = lexmatch(lex, r->f[F_TEXT], allflag, &m);
	ntags = 0;
	old = r->f[F_TAGS];
	if (!isabsent(old))
		while (old.n > 0)
			if ((t = strcut(&old, ',')).n > 0)
				addtag(t);
	for (i = 0; i < nm; i++)
		if (!ishidden(t = lextag(lex, m[i].tag)))
			addtag(t);
	if (ntags > 1)
		qsort(tags, ntags, sizeof(Str), bystr);
	tagbuf.n = 0;
	for (i = k = 0; i < ntags; i++) {
		if (k > 0 && streq(tags[i], tags[k - 1]))
			continue;
		tags[k++] = tags[i];
		if (tagbuf.n > 0)
			bufaddc(&tagbuf, ',');
		bufaddstr(&tagbuf, tags[i]);
	}
	ntags = k;
	if (nsel > 0) {
		yes = 0;
		for (i = 0; i < ntags && !yes; i++)
			for (k = 0; k < nsel && !yes; k++)
				yes = globmatch(sel[k], tags[i]);
		if (yes == vflag)
			return 0;
	}
	if (oflag) {
		if (nm > 1)
			qsort(m, nm, sizeof(Match), bypos);
		for (i = 0; i < nm; i++) {
			Str w = { r->f[F_TEXT].p + m[i].off, m[i].len };

			if (ishidden(t = lextag(lex, m[i].tag)))
				continue;
			if (jflag) {
				fputs("{\"doc\":", stdout);
				jsonstr(stdout, r->f[F_DOC]);
				jsonkey(stdout, "loc");
				jsonstr(stdout, r->f[F_LOC]);
				jsonkey(stdout, "tag");
				jsonstr(stdout, t);
				jsonkey(stdout, "offset");
				jsonnum(stdout, (long long)m[i].off);
				jsonkey(stdout, "length");
				jsonnum(stdout, (long long)m[i].len);
				jsonkey(stdout, "match");
				jsonstr(stdout, w);
				jsonclose(stdout);
				continue;
			}
			fieldput(stdout, r->f[F_DOC], 1);
			putchar('\t');
			fieldput(stdout, r->f[F_LOC], 1);
			putchar('\t');
			fieldput(stdout, t, 1);
			printf("\t%zu\t%zu\t", m[i].off, m[i].len);
			fieldput(stdout, w, 1);
			putchar('\n');
		}
		return 1;
	}
	r->f[F_TAGS] = bufstr(&tagbuf);
	if (jflag) {
		jsonopen(stdout, r);
		jsonclose(stdout);
		return 1;
	}
	line.n = 0;
	recbuf(&line, r);
	fwrite(line.p, 1, line.n, stdout);
	return 1;
}

static void
usage(void)
{
	eusage(synopsis);
}

int
main(int argc, char *argv[])
{
	static const struct option lopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "overlap", required_argument, NULL, 'O' },
		{ "progress", no_argument, NULL, 'P' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	static char *stdinv[] = { "-", NULL };
	const char **lexv = NULL;
	size_t nlex = 0, caplex = 0, capsel = 0, i;
	int c, r, Lflag = 0, status = 0, any = 0;
	char **files;
	RecIn ri;

	setargv0(argv[0]);
	while ((c = getopt_long(argc, argv, "ahJLl:ot:v", lopts, NULL)) != -1) {
		switch (c) {
		case 'a':
			allflag = 1;
			break;
		case 'h':
			printf("usage: %s\n", synopsis);
			return fshut(stdout, "<stdout>");
		case 'J':
			jflag = 1;
			break;
		case 'L':
			Lflag = 1;
			break;
		case 'l':
			if (nlex == caplex)
				egrow(&lexv, &caplex, nlex + 1, sizeof(*lexv));
			lexv[nlex++] = optarg;
			break;
		case 'O':
			if (strcmp(optarg, "all") == 0)
				allflag = 1;
			else if (strcmp(optarg, "longest") == 0)
				allflag = 0;
			else
				eprintf("--overlap: unknown value: %s (all or longest)", optarg);
			break;
		case 'o':
			oflag = 1;
			break;
		case 't':
			if (nsel == capsel)
				egrow(&sel, &capsel, nsel + 1, sizeof(*sel));
			sel[nsel++] = optarg;
			break;
		case 'v':
			vflag = 1;
			break;
		case 'P':
			progflag = 1;
			break;
		case 'V':
			printversion();
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (vflag && nsel == 0)
		eprintf("-v needs -t");
	lex = lexnew();
	if (!Lflag && lexload(lex, "scm.lex", S("scm"),
	    (Str){ (char *)scmlex, scmlexlen }) < 0)
		status = 2;
	for (i = 0; i < nlex && status == 0; i++)
		if (lexloadfile(lex, lexv[i]) < 0)
			status = 2;
	files = argc > 0 ? argv : stdinv;
	if (status != 0)
		files = argv + argc;	/* a bad lexicon: read nothing */
	for (i = 0; files[i] != NULL; i++) {
		if (recopen(&ri, files[i]) < 0) {
			status = 2;
			continue;
		}
		while ((r = recnext(&ri)) != 0) {
			if (r < 0) {
				status = 2;
				if (ri.in.fp == NULL || ferror(ri.in.fp))
					break;
				continue;
			}
			any |= tagrec(&ri.r);
			if (ferror(stdout))
				break;
		}
		recclose(&ri);
		if (ferror(stdout))
			break;
	}
	if (fshut(stdout, "<stdout>") != 0)
		status = 2;
	free(lexv);
	free(sel);
	free(tags);
	buffree(&tagbuf);
	buffree(&line);
	lexfree(lex);
	if (status == 0 && nsel > 0 && !any)
		status = 1;
	return status;
}
