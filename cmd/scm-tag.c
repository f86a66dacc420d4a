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

/*
 * A document's people.  After a full name the lexicon gives a surname
 * entry ("surname:rok:Shin" for "Shin Won-sik"), the surname alone
 * stands for the name's actor in the rest of the document: news names a
 * minister in full once, by surname after ("Shin stressed that ...").
 * Records are read in order, so only what a document said before counts.
 */
typedef struct {
	Str name;		/* the surname: a view of the entry's tag */
	uint32_t actor;		/* the tag id of "actor:ACTOR" */
	int clash;		/* people of two actors share it ("Kim
				   Yong-hyun", "Kim Jong Un"): no one's */
} Person;
static Person *people;
static size_t npeople, cappeople;
static Buf peopledoc;		/* the document that named them */
static Match *found;		/* a record's surnames alone, then with m */
static size_t nfound, capfound;
static Buf actorbuf;

/* Remember the person of surname entry t ("surname:rok:Shin"), named in
   document doc.  An entry without a surname after its actor is none. */
static void
remember(Str doc, Str t)
{
	Str rest = { t.p + 8, t.n - 8 }, actor, name;
	uint32_t id;
	size_t i;

	actor = strcut(&rest, ':');
	name = rest;
	if (actor.n == 0 || name.n == 0)
		return;
	actorbuf.n = 0;
	bufadd(&actorbuf, "actor:", 6);
	bufaddstr(&actorbuf, actor);
	id = lextagadd(lex, bufstr(&actorbuf));
	if (npeople == 0) {
		peopledoc.n = 0;
		bufaddstr(&peopledoc, doc);
	}
	for (i = 0; i < npeople; i++)
		if (streq(people[i].name, name)) {
			people[i].clash |= people[i].actor != id;
			return;
		}
	if (npeople == cappeople)
		egrow(&people, &cappeople, npeople + 1, sizeof(Person));
	people[npeople].name = name;
	people[npeople].actor = id;
	people[npeople++].clash = 0;
}

static int
alnum(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

/* Is s[off, end) inside one of the n actors' matches of m? */
static int
inactor(const Match *m, size_t n, size_t off, size_t end)
{
	size_t i;
	Str t;

	for (i = 0; i < n; i++)
		if (m[i].off <= off && end <= m[i].off + m[i].len &&
		    (t = lextag(lex, m[i].tag)).n > 6 &&
		    memcmp(t.p, "actor:", 6) == 0)
			return 1;
	return 0;
}

/* Is the word before s[off], past one space, w (small ASCII letters,
   in any case)? */
static int
wordbefore(Str s, size_t off, const char *w)
{
	size_t n = strlen(w), i;

	if (off < n + 1 || s.p[off - 1] != ' ')
		return 0;
	for (i = 0; i < n; i++)
		if ((s.p[off - 1 - n + i] | 0x20) != w[i])
			return 0;
	return off == n + 1 || !alnum(s.p[off - n - 2]);
}

/* Is the surname at s[off, end) alone: a whole word, no given name
   after it ("Shin Won-sik", "Kim Song": someone else), not a place
   after "in" or "at" ("in Austin")? */
static int
alone(Str s, size_t off, size_t end)
{
	const char *p = s.p;

	if ((off > 0 && (alnum(p[off - 1]) || p[off - 1] == '-')) ||
	    (end < s.n && (alnum(p[end]) || p[end] == '-')) ||
	    (end + 1 < s.n && p[end] == ' ' && p[end + 1] >= 'A' &&
	    p[end + 1] <= 'Z'))
		return 0;
	return !wordbefore(s, off, "in") && !wordbefore(s, off, "at");
}

/* The surnames of the document's people alone in text s, with their
   capital, as matches of their actors in found; not inside an actor's
   match of the lexicon's (m[0..n): "Minister Shin", "Austin"). */
static void
findpeople(Str s, const Match *m, size_t n)
{
	size_t i, off;
	const char *q;
	Str name;

	nfound = 0;
	for (i = 0; i < npeople; i++) {
		if (people[i].clash)
			continue;
		name = people[i].name;
		for (off = 0; off + name.n <= s.n; off = (size_t)(q - s.p) + 1) {
			if ((q = memchr(s.p + off, name.p[0], s.n - name.n - off + 1)) == NULL)
				break;
			if (memcmp(q, name.p, name.n) != 0 ||
			    !alone(s, (size_t)(q - s.p), (size_t)(q - s.p) + name.n) ||
			    inactor(m, n, (size_t)(q - s.p), (size_t)(q - s.p) + name.n))
				continue;
			if (nfound == capfound)
				egrow(&found, &capfound, nfound + 1, sizeof(Match));
			found[nfound].tag = people[i].actor;
			found[nfound].off = (size_t)(q - s.p);
			found[nfound++].len = name.n;
		}
	}
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
	if (npeople > 0 && !streq(bufstr(&peopledoc), r->f[F_DOC]))
		npeople = 0;	/* another document's people */
	ntags = 0;
	old = r->f[F_TAGS];
	if (!isabsent(old))
		while (old.n > 0)
			if ((t = strcut(&old, ',')).n > 0)
				addtag(t);
	for (i = 0; i < nm; i++)
		if (!taghidden(t = lextag(lex, m[i].tag)))
			addtag(t);
		else if (t.n > 8 && memcmp(t.p, "surname:", 8) == 0)
			remember(r->f[F_DOC], t);	/* "surname:rok:Shin" */
	nfound = 0;
	if (npeople > 0) {
		findpeople(r->f[F_TEXT], m, nm);
		for (i = 0; i < nfound; i++)
			addtag(lextag(lex, found[i].tag));
	}
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
		if (nfound > 0) {	/* the surnames alone with the rest */
			egrow(&found, &capfound, nfound + nm, sizeof(Match));
			memcpy(found + nfound, m, nm * sizeof(Match));
			m = found;
			nm += nfound;
		}
		if (nm > 1)
			sortfew(m, nm, sizeof(Match), bypos);
		for (i = 0; i < nm; i++) {
			Str w = { r->f[F_TEXT].p + m[i].off, m[i].len };

			if (taghidden(t = lextag(lex, m[i].tag)))
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
		return 1;	/* its lines are in line (none with -J) */
	}
	r->f[F_TAGS] = bufstr(&tagbuf);
	if (jflag) {
		jsonopen(stdout, r);
		jsonclose(stdout);
		return 1;
	}
	if (raw) {
		bufadd(&line, r->f[F_DOC].p, (size_t)(was.p - r->f[F_DOC].p));
		fieldbuf(&line, r->f[F_TAGS], 1);
		bufaddc(&line, '\t');
		bufaddstr(&line, r->f[F_TEXT]);
		bufaddc(&line, '\n');
	} else
		recbuf(&line, r);
	return 1;
}

/* Write the lines gathered in line (at the end, or when there are enough
   of them or the output is line-buffered); a write error is outfail's. */
static void
flushline(int force)
{
	if (line.n > 0 && (force || lineflag || line.n >= 1 << 16)) {
		fwrite(line.p, 1, line.n, stdout);
		line.n = 0;
	}
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
			flushline(0);
			if (outfail(stdout))
				break;
		}
		flushline(1);
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
	free(people);
	free(found);
	buffree(&peopledoc);
	buffree(&actorbuf);
	buffree(&tagbuf);
	buffree(&line);
	lexfree(lex);
	if (status == 0 && nsel > 0 && !any)
		status = 1;
	return status;
}
