/* lexicon.c: reading lexicons in our format, LIWC .dic and Lexicoder .lc3. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

enum { FMT_SCM, FMT_LIWC, FMT_LC3 };

typedef struct {
	Str id, name;
} Cat;

/* The next line of *text without its newline (and a \r before it). */
static Str
nextline(Str *text)
{
	Str l = strcut(text, '\n');

	if (l.n > 0 && l.p[l.n - 1] == '\r')
		l.n--;
	return l;
}

/* The tag for category name of a LIWC or Lexicoder lexicon: "ns:name",
   or name itself when it already holds a colon. */
static Str
cattag(Buf *b, Str ns, Str name)
{
	b->n = 0;
	if (memchr(name.p, ':', name.n) == NULL) {
		bufaddstr(b, ns);
		bufaddc(b, ':');
	}
	bufaddstr(b, name);
	return bufstr(b);
}

int
lexload(Lex *x, const char *name, Str ns, Str text)
{
	Str l, t, rest, tag, pat;
	size_t lineno = 0, ncat = 0, capcat = 0, i;
	int fmt = -1, inhead = 0, ret = -1;
	const char *err = NULL;
	Cat *cat = NULL;
	Buf b = { 0 };
	Str curcat = { 0 };

	while (text.n > 0) {
		l = nextline(&text);
		lineno++;
		t = strtrim(l);
		if (fmt < 0) {
			if (t.n == 0 || t.p[0] == '#')
				continue;
			fmt = t.p[0] == '%' ? FMT_LIWC : t.p[0] == '+' ? FMT_LC3 : FMT_SCM;
			if (fmt == FMT_LIWC) {
				inhead = 1;
				continue;
			}
		}
		switch (fmt) {
		case FMT_SCM:
			if (t.n == 0 || t.p[0] == '#')
				continue;
			if (memchr(l.p, '\t', l.n) == NULL) {
				err = "missing TAB between tag and pattern";
				goto bad;
			}
			rest = l;
			tag = strtrim(strcut(&rest, '\t'));
			if (lexadd(x, tag, rest, &err) < 0)
				goto bad;
			break;
		case FMT_LIWC:
			if (t.n == 0)
				continue;
			if (inhead) {
				if (t.p[0] == '%') {
					inhead = 0;
					continue;
				}
				rest = t;
				for (i = 0; i < rest.n && rest.p[i] != '\t' && rest.p[i] != ' '; i++)
					;
				if (ncat == capcat)
					egrow(&cat, &capcat, ncat + 1, sizeof(Cat));
				cat[ncat].id = (Str){ rest.p, i };
				cat[ncat].name = strtrim((Str){ rest.p + i, rest.n - i });
				if (cat[ncat].name.n == 0) {
					err = "category without a name";
					goto bad;
				}
				ncat++;
				continue;
			}
			rest = l;
			pat = strcut(&rest, '\t');
			if (strtrim(rest).n == 0) {
				err = strtrim(pat).n == 0 ? "empty pattern" : "pattern without a category";
				goto bad;
			}
			while (rest.n > 0) {
				Str id = strtrim(strcut(&rest, '\t'));
				if (id.n == 0)
					continue;
				for (i = 0; i < ncat && !streq(cat[i].id, id); i++)
					;
				if (i == ncat) {
					err = "unknown category";
					goto bad;
				}
				if (lexadd(x, cattag(&b, ns, cat[i].name), pat, &err) < 0)
					goto bad;
			}
			break;
		case FMT_LC3:
			if (t.n == 0 || t.p[0] == '#')
				continue;
			if (t.p[0] == '+') {
				curcat = strtrim((Str){ t.p + 1, t.n - 1 });
				if (curcat.n == 0) {
					err = "empty category name";
					goto bad;
				}
				if ((err = tagcheck(cattag(&b, ns, curcat))) != NULL)
					goto bad;
				continue;
			}
			if (lexadd(x, cattag(&b, ns, curcat), t, &err) < 0)
				goto bad;
			break;
		}
	}
	if (fmt == FMT_LIWC && inhead) {
		err = "category table not closed by '%'";
		goto bad;
	}
	ret = 0;
	goto out;
bad:
	weprintf("%s:%zu: %s", name, lineno, err);
out:
	free(cat);
	buffree(&b);
	return ret;
}

int
lexloadfile(Lex *x, const char *path)
{
	FILE *fp;
	Buf b = { 0 };
	char chunk[65536];
	size_t n;
	int ret;

	if ((fp = fopen(path, "rb")) == NULL) {
		weprintf("%s:", path);
		return -1;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		bufadd(&b, chunk, n);
	if (ferror(fp)) {
		weprintf("%s:", path);
		fclose(fp);
		buffree(&b);
		return -1;
	}
	fclose(fp);
	ret = lexload(x, path, pathlabel(path), bufstr(&b));
	buffree(&b);
	return ret;
}

int
lexbuiltin(Lex *x)
{
	return lexload(x, "scm.lex", S("scm"),
	    (Str){ (char *)scmlex, scmlexlen });
}

static int
bytag(const void *a, const void *b)
{
	return strcmpb(*(const Str *)a, *(const Str *)b);
}

void
lextags(Lex *x, Str text, Buf *out)
{
	static Str *t;
	static size_t cap;
	Match *m;
	size_t nm, n = 0, i;
	Str s;

	out->n = 0;
	nm = lexmatch(x, text, 0, &m);
	for (i = 0; i < nm; i++) {
		s = lextag(x, m[i].tag);
		if (taghidden(s))
			continue;	/* "actor:-" hides, is no tag */
		egrow(&t, &cap, n + 1, sizeof(*t));
		t[n++] = s;
	}
	if (n > 1)
		sortfew(t, n, sizeof(*t), bytag);
	for (i = 0; i < n; i++) {
		if (i > 0 && streq(t[i], t[i - 1]))
			continue;
		if (out->n > 0)
			bufaddc(out, ',');
		bufaddstr(out, t[i]);
	}
}
