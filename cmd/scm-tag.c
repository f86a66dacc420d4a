/* scm-tag: set the tags of records to the actors, themes and stances a lexicon finds in their text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

enum { O_OVERLAP = OPT_LONG };
static const Opt opts[] = {
	{ 'a', 'a', "all", NULL, "all overlapping matches, not only the longest" },
	{ 'd', 'd', "doc", "label", "the doc label of the next plain file operand" },
	{ 'E', 'E', "encoding", "encoding", "read plain text in this encoding (iconv name)" },
	{ 'J', 'J', "json", NULL, "write JSON Lines instead of records" },
	{ 'L', 'L', "no-builtin", NULL, "do not load the built-in lexicon" },
	{ 'l', 'l', "lexicon", "lexicon", "load a lexicon file (repeatable)" },
	{ 'o', 'o', "only-matching", NULL, "write each match, not the records" },
	{ 't', 't', "tag", "tag", "select records with a tag matching this glob" },
	{ 'v', 'v', "invert-match", NULL, "select records without such a tag" },
	{ O_OVERLAP, 0, "overlap", "all|longest", "same as -a, or its opposite" },
	OPT_RECMODE,
	{ 0, 0, NULL, NULL, NULL },
};
static const char *const forms[] = { "[file ...]", NULL };

static Lex *lex;
static int allflag, jflag, oflag, vflag;
static const char *enc;		/* -E */
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

/* Tag r; return 1 if it is selected (and written).  raw: r is the line
   it was read from (RecIn.raw), which is copied but for its tags. */
static int
tagrec(Record *r, int raw)
{
	Match *m;
	size_t nm, i, k;
	Str old, t, was = r->f[F_TAGS];
	int yes;

	lex->heading = streqlit(r->f[F_KIND], "heading");
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
		sortfew(tags, ntags, sizeof(Str), bystr);
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
		line.n = 0;
		if (nm > 1)
			sortfew(m, nm, sizeof(Match), bypos);
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
			fieldbuf(&line, r->f[F_DOC], 1);
			bufaddc(&line, '\t');
			fieldbuf(&line, r->f[F_LOC], 1);
			bufaddc(&line, '\t');
			fieldbuf(&line, t, 1);
			bufaddc(&line, '\t');
			bufaddnum(&line, m[i].off);
			bufaddc(&line, '\t');
			bufaddnum(&line, m[i].len);
			bufaddc(&line, '\t');
			fieldbuf(&line, w, 1);
			bufaddc(&line, '\n');
		}
		if (line.n > 0)	/* the record's lines (none with -J) */
			fwrite(line.p, 1, line.n, stdout);
		return 1;
	}
	r->f[F_TAGS] = bufstr(&tagbuf);
	if (jflag) {
		jsonopen(stdout, r);
		jsonclose(stdout);
		return 1;
	}
	line.n = 0;
	if (raw) {
		bufadd(&line, r->f[F_DOC].p, (size_t)(was.p - r->f[F_DOC].p));
		fieldbuf(&line, r->f[F_TAGS], 1);
		bufaddc(&line, '\t');
		bufaddstr(&line, r->f[F_TEXT]);
		bufaddc(&line, '\n');
	} else
		recbuf(&line, r);
	fwrite(line.p, 1, line.n, stdout);
	return 1;
}

int
main(int argc, char *argv[])
{
	static const char *const overlap[] = { "longest", "all", NULL };
	Optparse p;
	Operands files = { 0 };
	const char **lexv = NULL;
	size_t nlex = 0, caplex = 0, capsel = 0, i;
	int c, r, Lflag = 0, status = 0, any = 0;
	RecIn ri;

	optinit(&p, opts, forms, &files, argc, argv);
	while ((c = optget(&p)) != -1) {
		switch (c) {
		case 'a':
			allflag = 1;
			break;
		case 'E':
			enc = p.arg;
			break;
		case 'J':
			jflag = 1;
			break;
		case 'L':
			Lflag = 1;
			break;
		case 'l':
			if (nlex == caplex)
				egrow(&lexv, &caplex, nlex + 1, sizeof(*lexv));
			lexv[nlex++] = p.arg;
			break;
		case O_OVERLAP:
			allflag = optword(&p, "--overlap", p.arg, overlap);
			break;
		case 'o':
			oflag = 1;
			break;
		case 't':
			if (nsel == capsel)
				egrow(&sel, &capsel, nsel + 1, sizeof(*sel));
			sel[nsel++] = p.arg;
			break;
		case 'v':
			vflag = 1;
			break;
		}
	}
	opend(&p, &files);
	if (enc != NULL && !encknown(enc))
		eprintf("-E: unknown encoding: %s", enc);
	if (vflag && nsel == 0)
		optusage(&p, "-v needs -t");
	lex = lexnew();
	if (!Lflag && lexload(lex, "scm.lex", S("scm"),
	    (Str){ (char *)scmlex, scmlexlen }) < 0)
		status = 2;
	for (i = 0; i < nlex && status == 0; i++)
		if (lexloadfile(lex, lexv[i]) < 0)
			status = 2;
	if (status != 0)
		files.n = 0;	/* a bad lexicon: read nothing */
	for (i = 0; i < files.n; i++) {
		if (recopen(&ri, files.v[i].name, files.v[i].label, recmode) < 0) {
			status = 2;
			continue;
		}
		ri.dec.enc = enc;
		while ((r = recnext(&ri)) != 0) {
			if (r < 0) {
				status = 2;
				if (r == REC_BAD)
					continue;
				break;
			}
			any |= tagrec(&ri.r, ri.raw);
			if (outfail(stdout))
				break;
		}
		if (recclose(&ri))
			status = 2;	/* undecodable bytes, said */
		if (outfail(stdout))
			break;
	}
	if (fshut(stdout, "<stdout>") != 0)
		status = 2;
	free(lexv);
	free(files.v);
	free(sel);
	free(tags);
	buffree(&tagbuf);
	buffree(&line);
	lexfree(lex);
	if (status == 0 && nsel > 0 && !any)
		status = 1;
	return status;
}
