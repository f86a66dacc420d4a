/* html.c: an HTML page as blocks, each given to splitdoc or emitted: the
   stack of open elements, start and end tags, the open block and its
   flushing.  htmltok.c reads the tags, attributes and references. */
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

#define MAXDEPTH 512
#define PROSE 200	/* bytes of text: a paragraph's worth */
#define NOTEXT 40	/* bytes of text: less is none (a flash has more) */

typedef struct {
	short tag;		/* index in htmltags, -1 if none */
	unsigned name;		/* tag -1: a hash of its name (span, mjx-x) */
	int fl;			/* NOISE META HEAD PRE LINK (HT_) in effect */
	long olnext;		/* ol: the number of its next li */
	int oltype;		/* ol: 0 numbers, 'a' 'A' letters, 'i' 'I' roman */
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
	int closed;		/* an inline element closed, no text since */
	int apart;		/* and then one with a class opened */
	size_t linkc, textc, nlink;
	char prefix[24];	/* "3. ": the number of an ol's li */
	char label[24];		/* "3. ": a clause's number in a block of its own */
	int last;		/* the last flush: a held label is written */
	Buf section, tmp, title, ent;
	size_t nblock, maxblock;
	int title_done;
	int inbox;		/* under "Most Read" and the like: links */
	int field;		/* the last unit was a board's field label (조회수) */
	int lettered;		/* the block is an li of letters or roman numbers */
	int inli;		/* the block is in an li */
	size_t measure;		/* only count the text that shows (prose) */
	int noclass;		/* class and id words say nothing */
	size_t prose;
} P;

int
htmlspace(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static int
curfl(const P *p)
{
	return p->depth > 0 ? p->st[p->depth - 1].fl : 0;
}

/* The kind of a unit under a box's title ("Most Read", "Related"):
   its short headlines are chrome, until a block of text. */
static int
boxkind(P *p, int kind, Str t, int forced)
{
	if (forced && kind == K_HEADING) {
		p->inbox = 0;	/* a heading element: the page goes on */
		return kind;
	}
	if (kind == K_NOISE) {
		p->inbox |= isboxtitle(t);
		return kind;
	}
	if (p->inbox && kind != K_META && t.n <= 160 && !endsterm(t))
		return K_NOISE;
	p->inbox = 0;
	return kind;
}

/* Emit a unit of a forced kind, or drop dropped noise, numbered. */
static void
emitforced(P *p, int kind, Str t)
{
	Unit u;

	if (t.n == 0 || p->measure)
		return;		/* <title> </title>: nothing to say */
	kind = boxkind(p, kind, t, 1);
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
	if (p->lettered && (v.kind == K_PARA || v.kind == K_CLAUSE))
		v.kind = K_ITEM;	/* A. ..., ii. ...: an item of its list */
	if (p->inli && v.kind == K_HEADING)
		v.kind = K_ITEM;	/* <li>Syria needs a political solution */
	if (v.kind == K_CLAUSE && notesec(bufstr(&p->section)))
		v.kind = K_ITEM;	/* under Notes: a note, as in text */
	if (u->sent <= 1)
		v.kind = boxkind(p, v.kind, u->text, 0);
	else if (p->inbox)
		v.kind = K_NOISE;	/* (the block's later sentences) */
	/* a board's field, its label and value in cells of their own:
	   담당부서 / 국제정책관실 */
	if (u->sent <= 1) {
		if (p->field && (v.kind == K_HEADING || v.kind == K_PARA) &&
		    u->text.n <= 80 && !endsterm(u->text) && fieldvalue(u->text))
			v.kind = K_META;
		p->field = v.kind == K_META && fieldlabel(u->text);
	}
	if (v.kind == K_HEADING && u->sent <= 1) {
		p->tmp.n = 0;
		bufadd(&p->tmp, u->text.p, u->text.n);
	}
	if (v.section.n == 0)
		v.section = bufstr(&p->section);
	if (v.kind == K_NOISE && !p->o->keepnoise)
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
		if (htmlspace((unsigned char)b.p[i])) {
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
   markup?  (Counted in characters.) */
static int
linkdense(const P *p)
{
	if (p->nlink == 0 || p->textc == 0)
		return 0;
	return p->linkc * 10 >= p->textc * 7 && p->textc / p->nlink < 40;
}

/* Is the block one link, all of it, a headline in title case ("Pizza
   Man Making Special Delivery to Troops"): another story's, set as a
   paragraph amid the text?  Four words or more, most of them
   capitalised, no sentence's end. */
static int
storylink(const P *p, Str t)
{
	Str rest = t, w;
	size_t nw = 0, ncap = 0;

	if (p->nlink != 1 || p->linkc * 20 < p->textc * 19 || t.n > 160 ||
	    endsterm(t))
		return 0;
	while (rest.n > 0) {
		w = strcut(&rest, ' ');
		if (w.n == 0)
			continue;
		nw++;
		ncap += ISUPPER(w.p[0]) || (w.n > 1 && (w.p[0] == '\'' ||
		    w.p[0] == '"') && ISUPPER(w.p[1]));
	}
	return nw >= 4 && ncap * 4 >= nw * 3;
}

/* Is t a clause's number alone: "12.", "제3조"? */
static int
labelonly(Str t)
{
	if (splitbc['0'] == 0)
		initbc();
	return clauselabel(t) > 0 && memchr(t.p, ' ', t.n) == NULL &&
	    (t.p[t.n - 1] == '.' || hgclause(t) > 0);
}

static void
flush(P *p)
{
	Buf f = { 0 };
	Str t;
	Input in;
	SplitOpt o;
	size_t d;
	int kind = -1;

	t = folded(&f, bufstr(&p->blk));
	if (t.n == 0 || p->r != 0)
		goto out;
	if (p->measure) {
		if (!(p->blkfl & (HT_H1 | HT_NOISE | HT_META | HT_HEAD)) &&
		    !linkdense(p) && (p->prose += t.n) >= p->measure)
			p->r = -1;	/* enough */
		goto out;
	}
	if (p->blkfl & HT_H1)
		kind = K_HEADING;
	else if (p->blkfl & HT_NOISE)
		kind = K_NOISE;
	else if (p->blkfl & HT_META)
		kind = K_META;
	else if (p->blkfl & HT_HEAD)
		kind = isboxtitle(t) || (isnoise(t) && !ISDIGIT(t.p[t.n - 1])) ?
		    K_NOISE : K_HEADING;	/* (not a timeline's "2024") */
	else if ((linkdense(p) || storylink(p, t)) && !isbyline(t))
		kind = K_NOISE;	/* (by <a>Jane Doe</a>: a byline) */
	else if ((p->blkfl & HT_UNSEEN) && (nchars(t) < 80 || !endsterm(t)))
		kind = K_NOISE;	/* a hidden menu or box; hidden prose (the
				   rest of a story behind "Read more") stays */
	if (kind >= 0) {
		emitforced(p, kind, t);
		goto out;
	}
	if (!p->last && labelonly(t) && t.n + 2 <= sizeof(p->label)) {
		/* <p>1.</p><p>The ...</p>, <td>1.</td><td>The ...</td>: the
		   number opens the next block, as a label line does in text */
		memcpy(p->label, t.p, t.n);
		memcpy(p->label + t.n, " ", 2);
		goto out;
	}
	/* the block's own element an li (<li>Short point</li>), not a
	   <p><strong>Heading</strong></p> of an outline's li */
	for (d = p->depth; d > 0; d--)
		if (p->st[d - 1].tag >= 0 &&
		    (htmltags[p->st[d - 1].tag].fl & HT_B)) {
			p->inli = (htmltags[p->st[d - 1].tag].fl & HT_LI) != 0;
			break;
		}
	inmem(&in, "-", p->blk.p, p->blk.n);
	o = *p->o;
	o.keepnoise = 1;
	o.brjoin = 1;
	p->maxblock = p->nblock;
	p->tmp.n = 0;
	p->r = splitdoc(&in, p->doc, &o, fromsplit, p);
	inclose(&in);
	p->lettered = p->inli = 0;
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

/* Do two pieces of a byline's line meet: a reporter's name (b ends
   in 기자) and its stamp (s[0..n) opens with 입력, 수정, Updated ...)?
   Only there does a space part two styled elements: elsewhere a
   document's spans part a word from its particle or its comma. */
static int
stampnext(Str b, const char *s, size_t n)
{
	static const char *const stamp[] = {
		"\xec\x9e\x85\xeb\xa0\xa5", "\xec\x88\x98\xec\xa0\x95",	/* 입력 수정 */
		"\xeb\x93\xb1\xeb\xa1\x9d", "\xec\x8a\xb9\xec\x9d\xb8",	/* 등록 승인 */
		"\xec\x86\xa1\xea\xb3\xa0",			/* 송고 */
		"\xea\xb8\xb0\xec\x82\xac\xec\x9e\x85\xeb\xa0\xa5",	/* 기사입력 */
		"\xec\xb5\x9c\xec\xa2\x85\xec\x88\x98\xec\xa0\x95",	/* 최종수정 */
		"Updated", "Published", "Posted",
	};
	size_t i, l;

	if (b.n >= 6 && memcmp(b.p + b.n - 6, "\xea\xb8\xb0\xec\x9e\x90", 6) == 0)
		return 1;	/* 기자 */
	for (i = 0; i < NELEM(stamp); i++)
		if ((l = strlen(stamp[i])) <= n && memcmp(s, stamp[i], l) == 0)
			return 1;
	return 0;
}

/* Append the bytes s[0..n), nc characters (for link density: 뉴스 is
   2, not 6). */
static void
addchar(P *p, const char *s, size_t n, size_t nc, int pre)
{
	int fl = curfl(p) & (HT_NOISE | HT_META | HT_HEAD | HT_H1 | HT_UNSEEN);

	if (p->blk.n > 0 && fl != p->blkfl)
		flush(p);
	if (p->blk.n == 0) {
		p->blkfl = fl;
		p->space = 0;
		if (p->label[0] != '\0') {
			bufadd(&p->blk, p->label, strlen(p->label));
			p->label[0] = '\0';
		}
		if (p->prefix[0] != '\0') {
			bufadd(&p->blk, p->prefix, strlen(p->prefix));
			p->prefix[0] = '\0';
		}
	}
	if ((p->space || (p->apart && stampnext(bufstr(&p->blk), s, n))) &&
	    !pre && p->blk.n > 0 && p->blk.p[p->blk.n - 1] != '\n')
		bufaddc(&p->blk, ' ');
	p->space = 0;
	p->closed = p->apart = 0;
	bufadd(&p->blk, s, n);
	p->textc += nc;
	if (curfl(p) & HT_LINK)
		p->linkc += nc;
}

/* Text s[0..n): entities, spaces, NULs. */
static void
text(P *p, const char *s, size_t n)
{
	size_t i = 0, k, nc;
	int pre = (curfl(p) & HT_PRE) != 0;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];

		if (c == '&') {
			p->ent.n = 0;
			if ((k = charref(s + i + 1, n - i - 1, &p->ent)) > 0) {
				addchar(p, p->ent.p, p->ent.n, 1, pre);
				i += k + 1;
				continue;
			}
		}
		if (c == '\0') {
			addchar(p, "\xEF\xBF\xBD", 3, 1, pre);
			i++;
			continue;
		}
		if (htmlspace(c)) {
			if (pre && c == '\n')
				addchar(p, "\n", 1, 1, pre);
			else if (pre && c != '\r')
				addchar(p, " ", 1, 1, pre);
			else
				p->space = 1;
			i++;
			continue;
		}
		for (k = i + 1, nc = 1; k < n && s[k] != '&' && s[k] != '\0' &&
		    !htmlspace((unsigned char)s[k]); k++)
			nc += ((unsigned char)s[k] & 0xC0) != 0x80;
		addchar(p, s + i, k - i, nc, pre);
		i = k;
	}
}

/* Pop the open elements down to index i (it included). */
static void
popto(P *p, size_t i)
{
	size_t d;
	int blk = 0;

	for (d = i; d < p->depth; d++)
		if (p->st[d].tag >= 0 && (htmltags[p->st[d].tag].fl & HT_B))
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
	int fl = htmltags[t].fl;

	for (i = p->depth; i > 0; i--) {
		int o = p->st[i - 1].tag;

		if (o == t) {
			popto(p, i - 1);
			return;
		}
		if (implicit && (o < 0 || ((htmltags[o].fl & HT_B) &&
		    (!(fl & HT_LI) || (htmltags[o].fl & HT_LIST)))))
			return;
		if (!implicit && o >= 0 && (htmltags[o].fl & HT_LIST) &&
		    (fl & HT_LI))
			return;
	}
	if (!implicit && p->over > 0)
		p->over--;
}

/* A hash of the tag name s[0..n), case folded. */
static unsigned
namehash(const char *s, size_t n)
{
	unsigned h = 2166136261u;
	size_t i;

	for (i = 0; i < n && !htmlspace((unsigned char)s[i]) && s[i] != '/' &&
	    s[i] != '>'; i++)
		h = (h ^ (unsigned char)(s[i] >= 'A' && s[i] <= 'Z' ?
		    s[i] - 'A' + 'a' : s[i])) * 16777619u;
	return h;
}

/* The end tag of an element not in htmltags (span, font, mjx-math):
   it closes the open one of that name, within the open block level
   element, so that a <span class="share"> ends where it ends. */
static void
endother(P *p, unsigned h)
{
	size_t i;

	/* (64 deep at most: a stray end tag under 500 open spans would
	   look at them all) */
	for (i = p->depth; i > 0 && i + 64 > p->depth; i--) {
		int o = p->st[i - 1].tag;

		if (o < 0 && p->st[i - 1].name == h) {
			p->depth = i - 1;	/* inline all: no block ends */
			return;
		}
		if (o >= 0 && (htmltags[o].fl & HT_B))
			return;
	}
}

/* The label a browser shows for number v of an ol of type (see
   olstyle): "3. ", "c. ", "C. ", "iii. ". */
static void
olprefix(char *b, size_t size, int type, long v)
{
	static const char *const rom[] = {
		"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
		"xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx",
	};
	size_t i;

	if ((type == 'a' || type == 'A') && v >= 1 && v <= 26)
		snprintf(b, size, "%c. ", (char)(type + v - 1));
	else if ((type == 'i' || type == 'I') && v >= 1 && v <= 20) {
		snprintf(b, size, "%s. ", rom[v]);
		for (i = 0; type == 'I' && b[i] != '.'; i++)
			b[i] = (char)(b[i] - 'a' + 'A');
	} else
		snprintf(b, size, "%ld. ", v);
}

/* Do the attributes a[0..n) have a class? */
static int
hasclass(const char *a, size_t n)
{
	size_t i;

	for (i = 0; i + 6 <= n; i++)
		if (htmlspace((unsigned char)a[i]) && (a[i + 1] | 0x20) == 'c' &&
		    (a[i + 2] | 0x20) == 'l' && (a[i + 3] | 0x20) == 'a' &&
		    (a[i + 4] | 0x20) == 's' && (a[i + 5] | 0x20) == 's')
			return 1;
	return 0;
}

/* A start tag t with the attributes at a[0..n). */
static void
starttag(P *p, int t, const char *a, size_t n)
{
	int fl = t >= 0 ? htmltags[t].fl : 0, add;
	long value = -1, start = 1;
	int type = 0;
	Elem *e;

	add = tagattrs(a, n, p->noclass ? HT_BOX : fl & HT_BOX, &start, &value,
	    &type);
	if ((add & HT_UNSEEN) && !(fl & HT_B))
		add &= ~HT_UNSEEN;	/* a hidden word stays text */
	if ((fl & HT_NOISE) && (curfl(p) & HT_ART) &&
	    strcmp(htmltags[t].name, "header") == 0) {
		fl &= ~HT_NOISE;	/* an article's own header: its title, dek */
		add &= ~HT_NOISE;	/* (<header class="entry-header">) */
	}
	if (t >= 0 && (fl & HT_BR)) {
		if (p->blk.n > 0)
			bufaddc(&p->blk, '\n');
		p->space = 0;
		return;
	}
	if (t >= 0 && (fl & HT_V)) {
		if (fl & HT_B)
			flush(p);
		return;
	}
	if (t >= 0 && (strcmp(htmltags[t].name, "p") == 0 || (fl & HT_LI) ||
	    strcmp(htmltags[t].name, "dd") == 0 ||
	    strcmp(htmltags[t].name, "dt") == 0 ||
	    strcmp(htmltags[t].name, "option") == 0))
		endtag(p, t, 1);
	/* an inline element whose class says noise or meta cuts the block */
	if ((fl & HT_B) || add != 0)
		flush(p);
	/* <span class=a>김영희 기자</span><span class=a>입력</span>: two
	   pieces a page's style may set apart (see addchar) */
	if (p->closed && !(fl & HT_B) && hasclass(a, n))
		p->apart = 1;
	if (p->depth == MAXDEPTH) {
		p->over++;
		return;
	}
	e = &p->st[p->depth];
	e->tag = (short)t;
	e->fl = (curfl(p) | add | (fl & (HT_NOISE | HT_META | HT_HEAD | HT_H1 |
	    HT_PRE | HT_LINK | HT_ART)));
	e->olnext = start;
	e->oltype = type;
	if (fl & HT_LINK)
		p->nlink++;
	if (fl & HT_LI) {
		size_t d;

		for (d = p->depth; d > 0; d--)
			if (p->st[d - 1].tag >= 0 &&
			    (htmltags[p->st[d - 1].tag].fl & HT_LIST))
				break;
		if (d > 0 && (htmltags[p->st[d - 1].tag].fl & HT_OL)) {
			Elem *ol = &p->st[d - 1];

			if (value != -1)
				ol->olnext = value;
			olprefix(p->prefix, sizeof(p->prefix), ol->oltype, ol->olnext);
			ol->olnext++;
			p->lettered = ol->oltype != 0;
		}
	}
	p->depth++;
}

/* One pass over the page: its units to emit, or (measure > 0) the
   bytes of its text that would show as paragraphs counted in *prose, up
   to measure.  Return emit's non-zero, or 0. */
static int
pass(Str page, Str doc, const SplitOpt *o, Emit *emit, void *arg,
    size_t measure, int noclass, size_t *prose)
{
	P *p = ecalloc(1, sizeof(*p));
	const char *s = page.p;
	size_t n = page.n, i = 0, j, k, e;
	unsigned h;
	int r, t, end;

	p->doc = doc;
	p->o = o;
	p->emit = emit;
	p->arg = arg;
	p->measure = measure;
	p->noclass = noclass;
	if (splitbc['0'] == 0)
		initbc();	/* (isbyline and the rest read its classes) */
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
		if (k >= n || !htmlalpha((unsigned char)s[k])) {
			if (end) {		/* </> or </3: a bogus comment */
				i = pastgt(s, k, n);
				continue;
			}
			text(p, "<", 1);	/* a lone '<' is text */
			i++;
			continue;
		}
		j = k;
		k = tagread(s, k, n, &t);
		h = t < 0 ? namehash(s + j, k - j) : 0;
		e = tagend(s, k, n);
		i = e < n ? e + 1 : n;
		if (e == n)
			break;		/* a tag cut by the end: not text */
		if (end) {
			if (t >= 0)
				endtag(p, t, 0);
			else
				endother(p, h);
			p->closed = t < 0 || !(htmltags[t].fl & HT_B);
			continue;
		}
		starttag(p, t, s + k, e - k);
		if (t < 0 && p->depth > 0 && p->over == 0)
			p->st[p->depth - 1].name = h;
		if (t >= 0 && (htmltags[t].fl & (HT_SKIP | HT_TITLE))) {
			size_t x = rawend(s, i, n, htmltags[t].name);

			if (htmltags[t].fl & HT_TITLE) {
				Buf f = { 0 };

				/* the title's text, entities decoded */
				flush(p);
				p->title.n = 0;
				for (j = i; j < x; j++) {
					if (s[j] == '&' && (k = charref(s + j + 1, x - j - 1,
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
	if (p->r == 0 && p->label[0] != '\0') {	/* a number last of all */
		p->last = 1;
		bufadd(&p->blk, p->label, strlen(p->label));
		p->label[0] = '\0';
		flush(p);
	}
	r = p->r;
	if (prose != NULL)
		*prose = p->prose;
	buffree(&p->blk);
	buffree(&p->section);
	buffree(&p->tmp);
	buffree(&p->title);
	buffree(&p->ent);
	free(p);
	return r;
}

/*
 * Class and id words are guesses ("share" in the id of the article's
 * wrapper, "site_header" on a div around the whole page): when next to
 * no text (under 40 bytes) would show as paragraphs with them, and a
 * paragraph's worth (200 bytes) without, they are wrong for this page
 * and are not read.  Tags and roles still are.  A page that shows a
 * short story keeps them, and its comments stay chrome.
 */
int
splithtml(Str page, Str doc, const SplitOpt *o, Emit *emit, void *arg)
{
	size_t with = 0, without = 0;
	int noclass = 0;

	pass(page, doc, o, emit, arg, NOTEXT, 0, &with);
	if (with < NOTEXT) {
		pass(page, doc, o, emit, arg, PROSE, 1, &without);
		noclass = without >= PROSE;
	}
	return pass(page, doc, o, emit, arg, 0, noclass, NULL);
}
