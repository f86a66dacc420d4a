/* html.c: an HTML page as blocks, each given to splitdoc or emitted. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

/*
 * One pass over the page, tag soup welcome: text between tags goes into
 * the open block, with its entities decoded and its spaces folded; a
 * block-level tag ends the block.  A stack of open elements (bounded:
 * deeper ones are only counted) says what the text is in: chrome gives
 * noise, time/address/byline give meta, h1-h6 a heading.  A block whose
 * text changes from one of these to another is cut there.  Plain blocks
 * go through splitdoc, one at a time, to be told clause, item, para.
 */

enum {
	B = 1,		/* block level: ends the open block */
	V = 2,		/* void: never open */
	SKIP = 4,	/* raw text to its end tag, giving nothing */
	NOISE = 8,	/* chrome */
	META = 16,
	HEAD = 32,
	PRE = 64,
	LINK = 128,
	TITLE = 256,
	LIST = 512,	/* ol, ul, menu: scope of li */
	OL = 1024,
	LI = 2048,
	BR = 4096,
	H1 = 8192,	/* the page's own title: a heading even in chrome */
};

typedef struct {
	const char *name;
	int fl;
} Tag;

/* sorted by name */
static const Tag tags[] = {
	{ "a", LINK }, { "address", B | META }, { "area", V },
	{ "article", B }, { "aside", B | NOISE }, { "base", V },
	{ "blockquote", B }, { "body", B }, { "br", V | BR },
	{ "button", B | NOISE }, { "caption", B }, { "center", B },
	{ "col", V }, { "dd", B }, { "details", B }, { "dialog", B },
	{ "div", B }, { "dl", B }, { "dt", B }, { "embed", V },
	{ "fieldset", B }, { "figcaption", B | META }, { "figure", B },
	{ "footer", B | NOISE }, { "form", B | NOISE }, { "frame", SKIP },
	{ "h1", B | HEAD | H1 }, { "h2", B | HEAD }, { "h3", B | HEAD },
	{ "h4", B | HEAD }, { "h5", B | HEAD }, { "h6", B | HEAD },
	{ "head", B }, { "header", B | NOISE }, { "hgroup", B },
	{ "hr", V | B }, { "html", B }, { "iframe", SKIP }, { "img", V },
	{ "input", V }, { "keygen", V }, { "li", B | LI }, { "link", V },
	{ "main", B }, { "math", SKIP }, { "menu", B | NOISE | LIST },
	{ "meta", V }, { "nav", B | NOISE }, { "noembed", SKIP },
	{ "noframes", SKIP }, { "noscript", SKIP }, { "object", SKIP },
	{ "ol", B | LIST | OL }, { "option", B }, { "p", B },
	{ "param", V }, { "plaintext", SKIP }, { "pre", B | PRE },
	{ "script", SKIP }, { "section", B }, { "select", B | NOISE },
	{ "source", V }, { "style", SKIP }, { "summary", B },
	{ "svg", SKIP }, { "table", B }, { "tbody", B }, { "td", B },
	{ "template", SKIP }, { "textarea", SKIP }, { "tfoot", B },
	{ "th", B }, { "thead", B }, { "time", B | META },
	{ "title", TITLE }, { "tr", B }, { "track", V }, { "ul", B | LIST },
	{ "wbr", V }, { "xmp", SKIP },
};

/* Words of class and id that mark chrome, and meta. */
static const char *noisewords[] = {
	"advert", "banner", "breadcrumb", "comment", "cookie", "footer",
	"gnb", "header", "lnb", "menu", "nav", "related", "share", "sns", "snb",
	"social",
};
static const char *metawords[] = {
	"author", "byline", "date", "dateline", "pubdate", "published",
};
/* What may follow such a word inside one class name word. */
static const char *suffixes[] = {
	"", "s", "bar", "box", "wrap", "wrapper", "area", "list", "igation",
	"menu", "links", "container", "block", "zone", "line", "info", "name",
};
static const char *roles[] = {
	"banner", "complementary", "contentinfo", "navigation", "search",
};

#define MAXDEPTH 512

typedef struct {
	short tag;		/* index in tags */
	int fl;			/* NOISE META HEAD PRE LINK in effect */
	long olnext;		/* ol: the number of its next li */
} Elem;

typedef struct {
	Str doc;
	const SplitOpt *o;
	Emit *emit;
	void *arg;
	int r;
	Elem st[MAXDEPTH];
	size_t depth, over;	/* open; opened beyond MAXDEPTH */
	Buf blk;		/* the open block; lines end in '\n' */
	int blkfl;		/* its flags */
	int space;		/* a space is due before the next text */
	size_t linkc, textc, nlink;
	char prefix[24];	/* "3. ": the number of an ol's li */
	Buf section, tmp, title, ent;
	size_t nblock, maxblock;
	int title_done;
} P;

static int
lowerc(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int
isalpha_(int c)
{
	c = lowerc(c);
	return c >= 'a' && c <= 'z';
}

static int
isspace_(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static int
findtag(const char *name, size_t n)
{
	size_t lo = 0, hi = NELEM(tags), mid, l;
	int c;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		l = strlen(tags[mid].name);
		c = memcmp(tags[mid].name, name, l < n ? l : n);
		if (c == 0)
			c = (l > n) - (l < n);
		if (c == 0)
			return (int)mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

static int
curfl(const P *p)
{
	return p->depth > 0 ? p->st[p->depth - 1].fl : 0;
}

/* Emit a unit of a forced kind, or drop dropped noise, numbered. */
static void
emitforced(P *p, int kind, Str t)
{
	Unit u;

	if (t.n == 0)
		return;		/* <title> </title>: nothing to say */
	p->nblock++;
	if (kind == K_HEADING) {
		p->section.n = 0;
		bufadd(&p->section, t.p, t.n);
	}
	if (kind == K_NOISE && !p->o->keepnoise)
		return;
	memset(&u, 0, sizeof(u));
	u.doc = p->doc;
	u.block = p->nblock;
	u.sent = p->o->unit == U_SENTENCE;	/* as splitdoc numbers them */
	u.kind = kind;
	u.section = kind == K_HEADING ? S("") : bufstr(&p->section);
	u.text = t;
	if (p->r == 0)
		p->r = p->emit(p->arg, &u);
}

/* splitdoc's units of a plain block, renumbered after the page's. */
static int
fromsplit(void *arg, const Unit *u)
{
	P *p = arg;
	Unit v = *u;

	v.block = p->nblock + u->block;
	if (v.block > p->maxblock)
		p->maxblock = v.block;
	if (u->kind == K_HEADING && u->sent <= 1) {
		p->tmp.n = 0;
		bufadd(&p->tmp, u->text.p, u->text.n);
	}
	if (v.section.n == 0)
		v.section = bufstr(&p->section);
	if (u->kind == K_NOISE && !p->o->keepnoise)
		return 0;
	return p->emit(p->arg, &v);
}

/* The text of b with its lines joined and spaces folded, trimmed. */
static Str
folded(Buf *out, Str b)
{
	size_t i;
	int sp = 0;

	out->n = 0;
	for (i = 0; i < b.n; i++) {
		if (isspace_((unsigned char)b.p[i])) {
			sp = out->n > 0;
			continue;
		}
		if (sp)
			bufaddc(out, ' ');
		sp = 0;
		bufaddc(out, b.p[i]);
	}
	return strtrim(bufstr(out));
}

/* Is the block mostly short links: a menu or link list, whatever its
   markup? */
static int
linkdense(const P *p)
{
	if (p->nlink == 0 || p->textc == 0)
		return 0;
	return p->linkc * 10 >= p->textc * 7 && p->textc / p->nlink < 40;
}

static void
flush(P *p)
{
	Buf f = { 0 };
	Str t;
	Input in;
	SplitOpt o;
	int kind = -1;

	t = folded(&f, bufstr(&p->blk));
	if (t.n == 0 || p->r != 0)
		goto out;
	if (p->blkfl & H1)
		kind = K_HEADING;
	else if (p->blkfl & NOISE)
		kind = K_NOISE;
	else if (p->blkfl & META)
		kind = K_META;
	else if (p->blkfl & HEAD)
		kind = K_HEADING;
	else if (linkdense(p))
		kind = K_NOISE;
	if (kind >= 0) {
		emitforced(p, kind, t);
		goto out;
	}
	memset(&in, 0, sizeof(in));
	if ((in.fp = fmemopen(p->blk.p, p->blk.n, "r")) == NULL)
		eprintf("fmemopen:");
	in.name = "-";
	o = *p->o;
	o.keepnoise = 1;
	p->maxblock = p->nblock;
	p->tmp.n = 0;
	p->r = splitdoc(&in, p->doc, &o, fromsplit, p);
	inclose(&in);
	p->nblock = p->maxblock;
	if (p->tmp.n > 0) {
		p->section.n = 0;
		bufadd(&p->section, p->tmp.p, p->tmp.n);
	}
out:
	buffree(&f);
	p->blk.n = 0;
	p->space = 0;
	p->linkc = p->textc = p->nlink = 0;
}

/* Append the character cp (or the bytes s[0..n) when cp < 0). */
static void
addchar(P *p, const char *s, size_t n, int pre)
{
	int fl = curfl(p) & (NOISE | META | HEAD | H1);

	if (p->blk.n > 0 && fl != p->blkfl)
		flush(p);
	if (p->blk.n == 0) {
		p->blkfl = fl;
		p->space = 0;
		if (p->prefix[0] != '\0') {
			bufadd(&p->blk, p->prefix, strlen(p->prefix));
			p->prefix[0] = '\0';
		}
	}
	if (p->space && !pre && p->blk.n > 0 && p->blk.p[p->blk.n - 1] != '\n')
		bufaddc(&p->blk, ' ');
	p->space = 0;
	bufadd(&p->blk, s, n);
	p->textc += n;
	if (curfl(p) & LINK)
		p->linkc += n;
}

/* The character reference at s[0..n) (after '&') into out; its length,
   0 if it is none. */
static size_t
entity(const char *s, size_t n, Buf *out)
{
	size_t i, k, lo, hi, mid, best = 0;
	unsigned long v = 0;
	const char *bestv = NULL;
	char name[40];
	int c;
	/* 0x80-0x9F as windows-1252, as the HTML standard says */
	static const unsigned short c1[32] = {
		0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
		0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
		0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
		0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
	};

	if (n > 0 && s[0] == '#') {
		int hex = n > 1 && (s[1] == 'x' || s[1] == 'X');

		for (i = hex ? 2 : 1, k = i; i < n; i++) {
			c = lowerc((unsigned char)s[i]);
			if (c >= '0' && c <= '9')
				c -= '0';
			else if (hex && c >= 'a' && c <= 'f')
				c = c - 'a' + 10;
			else
				break;
			if (v <= 0x10FFFF)
				v = v * (hex ? 16 : 10) + (unsigned long)c;
		}
		if (i == k)
			return 0;
		if (i < n && s[i] == ';')
			i++;
		if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
			v = 0xFFFD;
		else if (v >= 0x80 && v <= 0x9F)
			v = c1[v - 0x80];
		utf8put(out, (long)v);
		return i;
	}
	for (i = 0; i < n && i + 1 < sizeof(name) && (isalpha_((unsigned char)
	    s[i]) || (s[i] >= '0' && s[i] <= '9')); i++)
		name[i] = s[i];
	if (i < n && s[i] == ';' && i + 1 < sizeof(name))
		name[i++] = ';';
	/* the longest name that is a prefix of s */
	for (k = i; k > 0; k--) {
		lo = 0;
		hi = nentities;
		while (lo < hi) {
			mid = (lo + hi) / 2;
			c = strncmp(entities[mid].name, name, k);
			if (c == 0 && entities[mid].name[k] != '\0')
				c = 1;
			if (c == 0) {
				best = k;
				bestv = entities[mid].utf8;
				break;
			}
			if (c < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (bestv != NULL)
			break;
	}
	if (bestv == NULL)
		return 0;
	bufadd(out, bestv, strlen(bestv));
	return best;
}

/* Text s[0..n): entities, spaces, NULs. */
static void
text(P *p, const char *s, size_t n)
{
	size_t i = 0, k;
	int pre = (curfl(p) & PRE) != 0;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];

		if (c == '&') {
			p->ent.n = 0;
			if ((k = entity(s + i + 1, n - i - 1, &p->ent)) > 0) {
				addchar(p, p->ent.p, p->ent.n, pre);
				i += k + 1;
				continue;
			}
		}
		if (c == '\0') {
			addchar(p, "\xEF\xBF\xBD", 3, pre);
			i++;
			continue;
		}
		if (isspace_(c)) {
			if (pre && c == '\n')
				addchar(p, "\n", 1, pre);
			else if (pre && c != '\r')
				addchar(p, " ", 1, pre);
			else
				p->space = 1;
			i++;
			continue;
		}
		for (k = i + 1; k < n && s[k] != '&' && s[k] != '\0' &&
		    !isspace_((unsigned char)s[k]); k++)
			;
		addchar(p, s + i, k - i, pre);
		i = k;
	}
}

static int
prefixci_(const char *s, const char *lit)
{
	size_t i;

	for (i = 0; lit[i] != '\0'; i++)
		if (lowerc((unsigned char)s[i]) != lit[i])
			return 0;
	return 1;
}

/* Does the word w[0..n) of a class or id say one of words? */
static int
wordsays(const char *w, size_t n, const char **words, size_t nw)
{
	size_t i, j, l;

	for (i = 0; i < nw; i++) {
		l = strlen(words[i]);
		if (n < l)
			continue;
		for (j = 0; j < l && lowerc((unsigned char)w[j]) == words[i][j]; j++)
			;
		if (j < l)
			continue;
		for (j = 0; j < NELEM(suffixes); j++)
			if (strlen(suffixes[j]) == n - l) {
				size_t m;

				for (m = 0; m < n - l && lowerc((unsigned char)
				    w[l + m]) == suffixes[j][m]; m++)
					;
				if (m == n - l)
					return 1;
			}
	}
	return 0;
}

/* The flags a class, id or role value v[0..n) adds. */
static int
attrfl(const char *v, size_t n, int role)
{
	size_t i = 0, k;
	int fl = 0;

	while (i < n) {
		while (i < n && !isalpha_((unsigned char)v[i]))
			i++;
		for (k = i; k < n && isalpha_((unsigned char)v[k]); k++)
			;
		if (k == i)
			break;
		if (role) {
			size_t j;

			for (j = 0; j < NELEM(roles); j++)
				if (strlen(roles[j]) == k - i &&
				    strncmp(roles[j], v + i, k - i) == 0)
					fl |= NOISE;
		} else {
			if (wordsays(v + i, k - i, noisewords, NELEM(noisewords)))
				fl |= NOISE;
			if (wordsays(v + i, k - i, metawords, NELEM(metawords)))
				fl |= META;
		}
		i = k;
	}
	return fl;
}

static long
number(const char *v, size_t n, long dflt)
{
	size_t i = 0;
	long x = 0;
	int neg = 0;

	while (i < n && isspace_((unsigned char)v[i]))
		i++;
	if (i < n && v[i] == '-') {
		neg = 1;
		i++;
	}
	if (i >= n || v[i] < '0' || v[i] > '9')
		return dflt;
	for (; i < n && v[i] >= '0' && v[i] <= '9'; i++)
		if (x < 100000000)
			x = x * 10 + (v[i] - '0');
	return neg ? -x : x;
}

/* Pop the open elements down to index i (it included). */
static void
popto(P *p, size_t i)
{
	size_t d;
	int blk = 0;

	for (d = i; d < p->depth; d++)
		if (p->st[d].tag >= 0 && (tags[p->st[d].tag].fl & B))
			blk = 1;
	if (blk)
		flush(p);
	p->depth = i;
	p->prefix[0] = '\0';
}

/* An end tag, or the implicit end of an open t before a new t. */
static void
endtag(P *p, int t, int implicit)
{
	size_t i;
	int fl = tags[t].fl;

	for (i = p->depth; i > 0; i--) {
		int o = p->st[i - 1].tag;

		if (o == t) {
			popto(p, i - 1);
			return;
		}
		if (implicit && (o < 0 || ((tags[o].fl & B) &&
		    (!(fl & LI) || (tags[o].fl & LIST)))))
			return;
		if (!implicit && o >= 0 && (tags[o].fl & LIST) && (fl & LI))
			return;
	}
	if (!implicit && p->over > 0)
		p->over--;
}

/* A start tag t with the attributes at a[0..n). */
static void
starttag(P *p, int t, const char *a, size_t n)
{
	int fl = t >= 0 ? tags[t].fl : 0, add = 0;
	long value = -1, start = 1;
	size_t i = 0, ns, ne, vs, ve;
	Elem *e;

	/* attributes: name, or name=value, quoted or not */
	while (i < n) {
		while (i < n && (isspace_((unsigned char)a[i]) || a[i] == '/'))
			i++;
		for (ns = i; i < n && !isspace_((unsigned char)a[i]) &&
		    a[i] != '=' && a[i] != '/'; i++)
			;
		ne = i;
		while (i < n && isspace_((unsigned char)a[i]))
			i++;
		vs = ve = i;
		if (i < n && a[i] == '=') {
			i++;
			while (i < n && isspace_((unsigned char)a[i]))
				i++;
			if (i < n && (a[i] == '"' || a[i] == '\'')) {
				const char *q = memchr(a + i + 1, a[i], n - i - 1);

				vs = i + 1;
				ve = q != NULL ? (size_t)(q - a) : n;
				i = q != NULL ? ve + 1 : n;
			} else {
				for (vs = i; i < n && !isspace_((unsigned char)a[i]); i++)
					;
				ve = i;
			}
		}
		if (ne == ns) {
			if (i < n)
				i++;
			continue;
		}
#define ISNAME(lit) (ne - ns == sizeof(lit) - 1 && \
	prefixci_(a + ns, lit))
		if (ISNAME("class") || ISNAME("id"))
			add |= attrfl(a + vs, ve - vs, 0);
		else if (ISNAME("role"))
			add |= attrfl(a + vs, ve - vs, 1);
		else if (ISNAME("start"))
			start = number(a + vs, ve - vs, 1);
		else if (ISNAME("value"))
			value = number(a + vs, ve - vs, -1);
		else if (ISNAME("hidden") || (ISNAME("aria-hidden") &&
		    ve - vs == 4 && prefixci_(a + vs, "true")))
			add |= NOISE;
#undef ISNAME
	}
	if (t >= 0 && (fl & BR)) {
		if (p->blk.n > 0)
			bufaddc(&p->blk, '\n');
		p->space = 0;
		return;
	}
	if (t >= 0 && (fl & V)) {
		if (fl & B)
			flush(p);
		return;
	}
	if (t >= 0 && (strcmp(tags[t].name, "p") == 0 || (fl & LI) ||
	    strcmp(tags[t].name, "dd") == 0 || strcmp(tags[t].name, "dt") == 0 ||
	    strcmp(tags[t].name, "option") == 0))
		endtag(p, t, 1);
	/* an inline element whose class says noise or meta cuts the block */
	if ((fl & B) || add != 0)
		flush(p);
	if (p->depth == MAXDEPTH) {
		p->over++;
		return;
	}
	e = &p->st[p->depth];
	e->tag = (short)t;
	e->fl = (curfl(p) | add | (fl & (NOISE | META | HEAD | H1 | PRE | LINK)));
	e->olnext = start;
	if (fl & LINK)
		p->nlink++;
	if (fl & LI) {
		size_t d;

		for (d = p->depth; d > 0; d--)
			if (p->st[d - 1].tag >= 0 &&
			    (tags[p->st[d - 1].tag].fl & LIST))
				break;
		if (d > 0 && (tags[p->st[d - 1].tag].fl & OL)) {
			Elem *ol = &p->st[d - 1];

			if (value != -1)
				ol->olnext = value;
			snprintf(p->prefix, sizeof(p->prefix), "%ld. ", ol->olnext);
			ol->olnext++;
		}
	}
	p->depth++;
}

/* Where the end tag of the raw text element name starts in s[i..n),
   n if nowhere. */
static size_t
rawend(const char *s, size_t i, size_t n, const char *name)
{
	size_t l = strlen(name);
	const char *q;

	while (i < n && (q = memchr(s + i, '<', n - i)) != NULL) {
		i = (size_t)(q - s);
		if (i + 2 + l <= n && s[i + 1] == '/' && prefixci_(s + i + 2, name) &&
		    (i + 2 + l == n || isspace_((unsigned char)s[i + 2 + l]) ||
		    s[i + 2 + l] == '>' || s[i + 2 + l] == '/'))
			return i;
		i++;
	}
	return n;
}

/* Skip past the next '>' from i. */
static size_t
pastgt(const char *s, size_t i, size_t n)
{
	const char *q = memchr(s + i, '>', n - i);

	return q != NULL ? (size_t)(q - s) + 1 : n;
}

/* The end of the tag whose attributes start at i: the '>' outside
   quotes, n if none. */
static size_t
tagend(const char *s, size_t i, size_t n)
{
	const char *q;

	while (i < n) {
		if (s[i] == '>')
			return i;
		if ((s[i] == '"' || s[i] == '\'') && i > 0 &&
		    (s[i - 1] == '=' || isspace_((unsigned char)s[i - 1]))) {
			q = memchr(s + i + 1, s[i], n - i - 1);
			if (q == NULL)
				return n;
			i = (size_t)(q - s) + 1;
			continue;
		}
		i++;
	}
	return n;
}

int
splithtml(Str page, Str doc, const SplitOpt *o, Emit *emit, void *arg)
{
	P *p = ecalloc(1, sizeof(*p));
	const char *s = page.p;
	size_t n = page.n, i = 0, j, k, e;
	int r, t, end;
	char name[16];

	p->doc = doc;
	p->o = o;
	p->emit = emit;
	p->arg = arg;
	while (i < n && p->r == 0) {
		const char *q = memchr(s + i, '<', n - i);

		j = q != NULL ? (size_t)(q - s) : n;
		if (j > i)
			text(p, s + i, j - i);
		if ((i = j) >= n)
			break;
		if (i + 3 < n && memcmp(s + i, "<!--", 4) == 0) {
			for (k = i + 4; k + 2 < n; k++)
				if (s[k] == '-' && s[k + 1] == '-' && (s[k + 2] == '>' ||
				    (s[k + 2] == '!' && k + 3 < n && s[k + 3] == '>')))
					break;
			i = k + 2 < n ? pastgt(s, k, n) : n;
			continue;
		}
		if (i + 8 < n && memcmp(s + i, "<![CDATA[", 9) == 0) {
			for (k = i + 9; k + 2 < n && memcmp(s + k, "]]>", 3) != 0; k++)
				;
			if (k + 2 >= n)
				k = n;
			text(p, s + i + 9, k - i - 9);
			i = k < n ? k + 3 : n;
			continue;
		}
		if (i + 1 < n && (s[i + 1] == '!' || s[i + 1] == '?')) {
			i = pastgt(s, i + 1, n);
			continue;
		}
		end = i + 1 < n && s[i + 1] == '/';
		k = i + 1 + (size_t)end;
		if (k >= n || !isalpha_((unsigned char)s[k])) {
			if (end) {		/* </> or </3: a bogus comment */
				i = pastgt(s, k, n);
				continue;
			}
			text(p, "<", 1);	/* a lone '<' is text */
			i++;
			continue;
		}
		for (j = 0; k < n && !isspace_((unsigned char)s[k]) && s[k] != '/' &&
		    s[k] != '>'; k++)
			if (j < sizeof(name))
				name[j++] = (char)lowerc((unsigned char)s[k]);
		t = j < sizeof(name) ? findtag(name, j) : -1;
		e = tagend(s, k, n);
		i = e < n ? e + 1 : n;
		if (e == n)
			break;		/* a tag cut by the end: not text */
		if (end) {
			if (t >= 0)
				endtag(p, t, 0);
			continue;
		}
		starttag(p, t, s + k, e - k);
		if (t >= 0 && (tags[t].fl & (SKIP | TITLE))) {
			size_t x = rawend(s, i, n, tags[t].name);

			if (tags[t].fl & TITLE) {
				Buf f = { 0 };

				/* the title's text, entities decoded */
				flush(p);
				p->title.n = 0;
				for (j = i; j < x; j++) {
					if (s[j] == '&' && (k = entity(s + j + 1, x - j - 1,
					    &p->title)) > 0) {
						j += k;
						continue;
					}
					bufaddc(&p->title, s[j] == '\0' ? ' ' : s[j]);
				}
				if (!p->title_done) {
					p->title_done = 1;
					emitforced(p, K_META, folded(&f, bufstr(&p->title)));
				}
				buffree(&f);
			}
			if (p->depth > 0 && p->st[p->depth - 1].tag == t)
				p->depth--;
			else if (p->over > 0)
				p->over--;
			i = x < n ? pastgt(s, x, n) : n;
		}
	}
	if (p->r == 0)
		flush(p);
	r = p->r;
	buffree(&p->blk);
	buffree(&p->section);
	buffree(&p->tmp);
	buffree(&p->title);
	buffree(&p->ent);
	free(p);
	return r;
}
