/* units.c: the blocks of a document into units: each piece of a finished
   block numbered and classified in its context (the rows of a menu, the
   headlines of a box of links, a name held to tell a byline from a
   heading, a line that was chrome before), then emitted whole or as
   sentences; noise held inside a block comes after it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

/* A story pasted as one line is no shorter: its title, a tag or a
   dateline, sentences, the reporter's address (half that with a Korean
   story's agency tag or stamps and byline, which tell it). */
#define STORY 400

/* Does the heading h open a document's notes (Notes, Endnotes,
   References, 각주, 참고문헌)? */
int
notesec(Str h)
{
	static const char *names[] = {
		"notes", "endnotes", "footnotes", "references", "sources",
		"bibliography", "works cited",
		"\xea\xb0\x81\xec\xa3\xbc",			/* 각주 */
		"\xeb\xaf\xb8\xec\xa3\xbc",			/* 미주 */
		"\xec\xb0\xb8\xea\xb3\xa0\xeb\xac\xb8\xed\x97\x8c",	/* 참고문헌 */
	};
	size_t i;

	for (i = 0; i < NELEM(names); i++)
		if (eqci(h, names[i]))
			return 1;
	return 0;
}

/* The options of a text pasted as one line: sentlen cuts what its
   lines had apart too. */
static const SplitOpt *
glueopt(SplitSt *st)
{
	st->gopt = *st->o;
	st->gopt.glue = 1;
	return &st->gopt;
}

/* Emit block num of kind with text t: as one unit or as sentences. */
static void
emitblock(SplitSt *st, size_t num, int kind, Str t)
{
	Unit u;
	Str rest;
	size_t n;

	if (st->r != 0)
		return;
	if (kind == K_CLAUSE && notesec(bufstr(&st->section)))
		kind = K_ITEM;	/* "1. Victor Park, ..." under Endnotes */
	memset(&u, 0, sizeof(u));
	u.doc = st->doc;
	u.block = num;
	u.kind = kind;
	u.section = bufstr(&st->section);
	if (kind != K_NOISE) {
		st->prevkind = kind;
		/* 2: a field's label, its value to come (조회수 / 3,214) */
		st->prevcomma = t.n > 0 && t.p[t.n - 1] == ',' ? 1 :
		    kind == K_META && fieldlabel(t) ? 2 : 0;
	}
	/* (chrome, not a page's number or mark: "- 3 -" / "Next Steps") */
	st->prevnoise = kind == K_NOISE && t.n > 0 && !ISDIGIT(t.p[t.n - 1]) &&
	    pagemark(t, 0, t.n) == 0;
	if (kind != K_NOISE || st->o->keepnoise) {
		if (st->o->unit == U_PARA) {
			u.text = t;
			st->r = st->emit(st->arg, &u);
		} else {
			rest = t;
			while (rest.n > 0 && st->r == 0) {
				n = sentlen(rest, st->glue ? glueopt(st) : st->o);
				u.sent++;
				u.text = (Str){ rest.p, n };
				st->r = st->emit(st->arg, &u);
				if (n < rest.n && rest.p[n] == ' ')
					n++;	/* the space after */
				rest.p += n;
				rest.n -= n;
			}
		}
	}
	if (kind == K_HEADING) {
		st->section.n = 0;
		if (t.n > 6 && memcmp(t.p + t.n - 6, "[edit]", 6) == 0)
			t.n -= 6;	/* a wiki's History[edit]: History */
		bufaddstr(&st->section, t);
	}
}

void
splitqflush(SplitSt *st)
{
	size_t i;

	int glue = st->glue;

	for (i = 0; i < st->nq; i++) {
		st->glue = st->q[i].glue;
		emitblock(st, st->q[i].num, st->q[i].kind,
		    (Str){ st->qtext.p + st->q[i].off, st->q[i].len });
	}
	st->glue = glue;
	st->nq = 0;
	st->qtext.n = 0;
}

static void
qadd(SplitSt *st, size_t num, int kind, Str t)
{
	egrow(&st->q, &st->qcap, st->nq + 1, sizeof(SplitQ));
	st->q[st->nq].off = st->qtext.n;
	st->q[st->nq].len = t.n;
	st->q[st->nq].num = num;
	st->q[st->nq].kind = kind;
	st->q[st->nq].glue = st->glue;
	st->nq++;
	bufaddstr(&st->qtext, t);
}

static size_t
nspaces(Str t)
{
	size_t i, n = 0;

	for (i = 0; i < t.n; i++)
		n += t.p[i] == ' ';
	return n;
}

/* Does the note t cite a source: a citation's marks (footline), a
   year, "see", a URL? */
static int
citing(Str t)
{
	size_t i;

	if (footline(t) || strhas(t, "See ") || strhas(t, "see ") ||
	    strhas(t, "http") || strhas(t, "Ibid"))
		return 1;
	for (i = 0; i + 4 <= t.n; i++)
		if ((t.p[i] == '1' || t.p[i] == '2') && (t.p[i + 1] == '9' ||
		    t.p[i + 1] == '0') && ISDIGIT(t.p[i + 2]) && ISDIGIT(t.p[i + 3]) &&
		    (i == 0 || !ISDIGIT(t.p[i - 1])) && (i + 4 == t.n || !ISDIGIT(t.p[i + 4])))
			return 1;
	return 0;
}

/* A short row: at most three words and 40 bytes, no sentence end. */
int
isrow(Str t)
{
	size_t i, nw = 1;

	if (t.n > 40 || endsterm(t))
		return 0;
	for (i = 0; i < t.n; i++)
		nw += t.p[i] == ' ';
	return nw <= 3;
}

/* A row of three words that reads as a headline, not as a site's name
   or a menu's cells: a word in lower case or a number among them, or
   Korean ("Austin visits Seoul", "제55차 SCM 공동성명"), and not all
   of them sections' names. */
static int
headrow(Str t)
{
	size_t i;

	if (nspaces(t) < 2 || sectionrow(t))
		return 0;
	for (i = 0; i < t.n; i++)
		if ((i == 0 || t.p[i - 1] == ' ') && (ISLOWER(t.p[i]) ||
		    ISDIGIT(t.p[i]) || hgsyl(t.p + i, t.n - i)))
			return 1;
	return 0;
}

/* Noise after held short rows that came after noise, or at the top of
   the page: they are the rows of a menu ("Politics", "North Korea", the
   site's name above its menu), noise too.  A single row that reads as
   a headline is not: a share button may follow a page's title. */
static void
menurun(SplitSt *st)
{
	size_t i, nrow = 0;
	SplitQ *q;

	for (i = 0; i < st->nq; i++)	/* (the buttons held after it aside) */
		nrow += st->q[i].kind != K_NOISE;
	if (nrow == 1 && st->q[0].kind != K_NOISE &&
	    headrow((Str){ st->qtext.p, st->q[0].len }))
		return;
	for (i = 0; i < st->nq; i++) {
		q = &st->q[i];
		if (q->kind != K_HEADING)
			continue;
		/* the page's title that reads as a headline is no menu's row
		   ("한·미 공동성명 전문" / "중앙일보" / "입력" / "지면보기") */
		if (i == 0 && st->title.n == q->len && memcmp(st->title.p,
		    st->qtext.p + q->off, q->len) == 0 &&
		    headrow((Str){ st->qtext.p + q->off, q->len }))
			continue;
		q->kind = K_NOISE;
		if (st->title.n == q->len &&
		    memcmp(st->title.p, st->qtext.p + q->off, q->len) == 0)
			st->title.n = 0;
	}
}

/* The held rows are three or more sections of a site's menu, one a
   line ("National", "North Korea", "Sci/Tech"), and perhaps the site's
   or the agency's name among them: a menu whatever follows it, the
   headline most often.  Alone: one section's row only, the page's own
   above its story's title before any text, as a label of one word
   under a menu is ("정치" / "한미 국방장관 ... 명시"; two may be a
   story's sections, "National" / "North Korea"). */
static int
sectionrun(SplitSt *st, int alone)
{
	size_t i, n = 0, other = 0;

	for (i = 0; i < st->nq; i++) {
		if (st->q[i].kind == K_NOISE)
			continue;	/* made noise already */
		if (st->q[i].kind != K_HEADING)
			return 0;
		if (sectionrow((Str){ st->qtext.p + st->q[i].off, st->q[i].len }))
			n++;
		else if (++other > 1 || memchr(st->qtext.p + st->q[i].off, ' ',
		    st->q[i].len) != NULL)
			return 0;	/* (a name of one word: 국민일보) */
	}
	return n >= 3 || (alone && n == 1 && other == 0);
}

/* Is t a Korean name alone on its line, an author's over or under the
   affiliation ("설인효", "남궁민"), not a report's part ("서론")? */
static int
hgname1(Str t)
{
	return t.n >= 6 && t.n <= 12 && hgpersonname(t) && !partname(t);
}

/* Is t a photo's title, as a portal sets it over the caption: a short
   noun phrase whose verb modifies the noun ("악수하는 한미 국방장관",
   "공동기자회견 하는 국방부 장관")?  *stem, the verb's noun or stem
   (악수, 공동기자회견) that the caption below names again. */
static int
capstem(Str t, Str *stem)
{
	size_t off = 0, nw = 0;
	Str w, prev = { 0 };

	if (t.n < 12 || t.n > 100 || !hgsyl(t.p, t.n) || endsterm(t) ||
	    memchr(t.p, ',', t.n) != NULL)
		return 0;
	while (strword(t, &off, &w)) {
		if (++nw > 8)
			return 0;
		if (off < t.n && w.n >= 6 && strends(w, "는")) {
			*stem = streqlit(w, "하는") ? prev : (Str){ w.p, w.n -
			    (strends(w, "하는") ? 6 : 3) };
			if (stem->n >= 6 && hgsyl(stem->p, stem->n))
				return 1;
		}
		prev = w;
	}
	return 0;
}

/* Does the paragraph t read as a headline that ends in an
   abbreviation's period, the one sentence of its line, capitalised
   first, at most 18 words ("NSC members review agenda for defense
   talks with U.S.")?  Over a byline, a date or a dateline it is one. */
static int
abbrevhead(SplitSt *st, Str t)
{
	return t.n >= 20 && t.n <= 150 && ISUPPER(t.p[0]) && nspaces(t) < 18 &&
	    abbrevend(t) && sentlen(t, st->o) >= t.n;
}

/* Does the name n carry a service or a degree between commas ("Jane
   Roe, USA,", "John Doe, USN (Ret.),", "Jane Roe, Ph.D.,"): a piece of
   two to six capitals, dots and brackets? */
static int
servicetag(Str n)
{
	Str rest = n, w;
	size_t i, up, lo;

	(void)strcut(&rest, ',');
	while (rest.n > 0) {
		w = strtrim(strcut(&rest, ','));
		if (w.n < 2 || w.n > 14)
			continue;
		for (i = up = lo = 0; i < w.n; i++)
			if (ISUPPER(w.p[i]))
				up++;
			else if (ISLOWER(w.p[i]))
				lo++;
			else if (!strchr(".() ", w.p[i]))
				break;
		if (i == w.n && up >= 2 && up <= 6 && lo <= 2)
			return 1;
	}
	return 0;
}

/* An author's note under a title, before the text: a star's note
   ("* The author is a senior fellow at ...", "† The authors thank
   ...") or a bio whose name carries a rank or a service ("Major Jane
   Roe, USA, is a Strategic Intelligence Officer at ..."): a name of
   capitalised words before "is", a role of a post after it, one or two
   sentences. */
static int
authorline(Str t)
{
	static const char *role[] = {
		"fellow", "professor", "director", "officer", "researcher",
		"analyst", "chair", "president", "editor", "commander",
		"ambassador", "lecturer", "scholar", "associate", "adviser",
		"advisor", "candidate", "dean", "specialist", "instructor",
		"student", "attach", "secretary", "counselor", "deputy",
		"planner", "strategist", "historian", "engineer", "manager",
		"coordinator", "consultant", "attorney", "pilot",
	};
	Str w, rest;
	size_t i, nw = 0, stop = 0;
	int star = 0;

	if (t.n < 24 || t.n > 320 || t.p[t.n - 1] != '.')
		return 0;
	while (t.n > 0 && (t.p[0] == '*' || t.p[0] == ' ')) {
		star |= t.p[0] == '*';
		t = (Str){ t.p + 1, t.n - 1 };
	}
	if (t.n > 3 && memcmp(t.p, "\xe2\x80\xa0", 3) == 0) {	/* † */
		star = 1;
		t = strtrim((Str){ t.p + 3, t.n - 3 });
	}
	if (star && (sprefixci(t, "the author ") || sprefixci(t, "the authors ")))
		return 1;
	for (i = 0; i + 1 < t.n; i++)
		stop += t.p[i] == '.' && t.p[i + 1] == ' ' && i + 2 < t.n &&
		    ISUPPER(t.p[i + 2]) && i > 2 && ISLOWER(t.p[i - 1]) &&
		    ISLOWER(t.p[i - 2]);
	if (stop > 1)
		return 0;
	/* the name: two to nine capitalised words before " is " */
	rest = t;
	while (rest.n > 0) {
		w = strcut(&rest, ' ');
		if (streqlit(w, "is"))
			break;
		if (w.n == 0 || !ISUPPER(w.p[0]) || ++nw > 9)
			return 0;
	}
	if (nw < 2 || rest.n == 0 || !(sprefixci(rest, "a ") ||
	    sprefixci(rest, "an ") || sprefixci(rest, "the ")))
		return 0;
	if (!star && !servicetag((Str){ t.p, (size_t)(rest.p - t.p) }))
		return 0;	/* (no service: classify.c's own; "North Korea's
				   leader, Kim Jong Un, is the commander ..." is text) */
	/* a role among the words of the post (any case: "Officer") */
	while (rest.n > 0 && (size_t)(rest.p - t.p) < 90) {
		w = strcut(&rest, ' ');
		for (i = 0; i < NELEM(role); i++)
			if (sprefixci(w, role[i]))
				return 1;
	}
	return 0;
}

/* A finished piece of text: number it, classify it (unless kind >= 0). */
/* A caption with its credit, "This photo shows ... (Yonhap)": a
   sentence of some words, then the credit in brackets. */
static int
selfcaption(Str t)
{
	size_t k;
	char open;

	if (t.n < 8 || (t.p[t.n - 1] != ')' && t.p[t.n - 1] != ']'))
		return 0;
	open = t.p[t.n - 1] == ')' ? '(' : '[';
	for (k = t.n - 1; k > 0 && t.p[k - 1] != open; k--)
		;
	return k >= 3 && t.p[k - 2] == ' ' && t.p[k - 3] == '.' &&
	    nspaces((Str){ t.p, k - 2 }) >= 3;
}

/* Note the highest note mark of text t: a number of one to three
   digits glued after a word or a full stop, before a space, a bracket
   or the end ("deterrence.3 The", "않았다.2)"). */
static void
notemarks(SplitSt *st, Str t)
{
	size_t i, k;
	long v;

	for (i = 1; i < t.n; i++) {
		if (!ISDIGIT(t.p[i]) || ISDIGIT(t.p[i - 1]) ||
		    !(t.p[i - 1] == '.' || t.p[i - 1] == ',' || t.p[i - 1] == '"' ||
		    ISLOWER(t.p[i - 1]) || (unsigned char)t.p[i - 1] >= 0x80))
			continue;
		for (k = i, v = 0; k < t.n && k - i < 3 && ISDIGIT(t.p[k]); k++)
			v = v * 10 + (t.p[k] - '0');
		if (k - i < 3 && (k == t.n || t.p[k] == ' ' || t.p[k] == ')') &&
		    !(t.p[i - 1] == '.' && i >= 2 && ISDIGIT(t.p[i - 2])) &&
		    v > st->notemax && v < st->notemax + 20)
			st->notemax = v;
	}
}

/* The end of the last whole sentence in the head t of a one-line copy,
   the title after it a line of capitals or a name, not a sentence: 0
   where the head is one piece. */
static size_t
lastsent(SplitSt *st, Str t)
{
	size_t off = 0, len, last = 0;

	while (off < t.n && (len = sentlen((Str){ t.p + off, t.n - off },
	    st->o)) < t.n - off) {
		off += len;
		while (off < t.n && t.p[off] == ' ')
			off++;
		last = off;
	}
	if (last == 0 || t.n - last > 200 || last < 100)
		return 0;
	return last;
}

void
splitpiece(SplitSt *st, Str t, size_t nlines, int kind)
{
	size_t num, pd, i;
	Str stem;
	int cap;
	int kdate, title = 0;

	t = strtrim(t);		/* (a soft hyphen dropped before a space) */
	if (t.n == 0)
		return;
	/* after chrome, the links to the posts around it: "Previous 57th
	   SCM Joint Communique released", "Next ROK, U.S. hold ..." */
	if (kind < 0 && st->prevnoise && t.n <= 160 && !endsterm(t) &&
	    (sprefixci(t, "previous ") || sprefixci(t, "prev ") ||
	    sprefixci(t, "next ")))
		kind = K_NOISE;
	if (kind < 0 && (kind = blockkind(t, nlines, st->prevkind,
	    st->prevkind < 0 && !st->o->brjoin ? 3 : st->prevcomma, st->nblock, (nlines == 1 && st->clean1 &&
	    t.p == st->blk.p && t.n == st->blk.n) || (t.p[0] == 'P' && pageprose(t)))) == K_HEADING &&
	    (pd = placedate(t)) > 0) {	/* Title Seoul, October 28, 2017 */
		splitpiece(st, (Str){ t.p, pd - 1 }, nlines, K_HEADING);
		splitpiece(st, (Str){ t.p + pd, t.n - pd }, nlines, K_META);
		return;
	}
	if (kind == K_HEADING && (pd = crumbtail(t)) > 0) {
		splitpiece(st, (Str){ t.p, pd }, nlines, K_HEADING);
		splitpiece(st, (Str){ t.p + pd + 1, t.n - pd - 1 }, nlines, K_NOISE);
		return;		/* Title | 국방부 > 알림마당 > 보도자료 */
	}
	if ((kind == K_ITEM || kind == K_PARA) && !st->textseen && nlines <= 3 &&
	    (st->prevkind == K_HEADING || st->prevkind == K_META) && authorline(t))
		kind = K_META;
	/* a line of three words or more that was chrome before is chrome
	   again (the banner in the footer); a menu's one or two words may
	   name a section of the text too */
	if (kind != K_NOISE && t.n <= 100 && st->chrome.len > 0 &&
	    hashget(&st->chrome, t) != NULL)
		kind = K_NOISE;
	else if (kind == K_NOISE && t.n <= 100 && st->chrome.len < 4096 &&
	    nspaces(t) >= 2 && !st->toc)	/* (a table of contents' entry
						   is the heading of its part) */
		hashput(&st->chrome, t);
	/* a heading or a byline repeated at once (a page's title over its
	   own, a gallery's caption twice, an author's name under itself):
	   the second is noise */
	if ((kind == K_HEADING || kind == K_META) && nlines == 1 &&
	    t.n <= 200 && streq(t, bufstr(&st->lastone)))
		kind = K_NOISE;
	st->lastone.n = 0;
	if (nlines == 1 && t.n <= 200)
		bufaddstr(&st->lastone, t);
	/* the page's title again before its text (under its share
	   buttons, after a menu's rows): noise, as a line met again is */
	if (kind == K_HEADING && nlines == 1 && !st->textseen && st->title.n > 0 &&
	    streq(t, bufstr(&st->title)))
		kind = K_NOISE;
	/* the headlines of a box of links ("Related Articles") are chrome,
	   and so are a Korean page's under its copyright notice (구독자
	   1,234, the related stories' headlines) */
	if (kind == K_NOISE && st->textseen && t.n <= 300 && hashangul(t) &&
	    hgcopyright(t) > 1)
		st->aftercopy = 1;
	else if (kind == K_HEADING && st->aftercopy && t.n <= 160 &&
	    !strhas(t, "공동성명") && !strhas(t, "[전문]"))
		kind = K_NOISE;	/* (not the full text that follows a story) */
	else if (kind == K_PARA || kind == K_CLAUSE || kind == K_ITEM)
		st->aftercopy = 0;	/* (text again: a second story) */
	if (kind == K_NOISE)
		st->inbox |= isboxtitle(t);
	else if (st->inbox && (kind == K_HEADING || (kind == K_META &&
	    hgdatedtitle(t))) && t.n <= 160)
		kind = K_NOISE;
	else if (kind != K_META || !st->textseen)
		st->inbox = 0;	/* (under the text, a headline's date goes on the
				   box; above it, the story's headline follows) */
	/* the notes under a page's rule ("____" over "1 For background,
	   see ...", "2 ..."), numbered from 1 or on from the last */
	if (kind == K_NOISE && !st->longline && ruleline(t))
		st->underrule = 1;
	else if (kind == K_PARA && st->underrule && footnum(t) > 0 &&
	    t.p[t.n > 3 && ISDIGIT(t.p[1]) ? 2 : 1] == ' ' && citing(t) &&
	    (footnum(t) == 1 || footnum(t) == st->lastfoot + 1 ||
	    footnum(t) <= st->notemax) && t.n <= 400) {
		kind = K_META;
		st->lastfoot = footnum(t);
	} else if (kind != K_NOISE && kind != K_META)
		st->underrule = 0;
	/* the next footnote, numbered on from the last ("2 Interview
	   with ...", "3 See, e.g., ..."), is one too */
	if ((kind == K_PARA || kind == K_ITEM) && st->lastfoot > 0 &&
	    footnum(t) == st->lastfoot + 1 && footnum(t) <= st->notemax &&
	    t.n <= 400)
		kind = K_META;	/* (the text marked the note: "deterrence.3") */
	if ((kind == K_PARA || kind == K_CLAUSE || kind == K_ITEM) &&
	    !st->longline)
		notemarks(st, t);	/* (a page copy's: a web paste has none) */
	if (kind == K_META && footnum(t) > 0 && (st->lastfoot > 0 || footline(t)))
		st->lastfoot = footnum(t);
	else if (kind == K_ITEM && footnum(t) > 0)
		st->lastfoot = 0;	/* a list numbered alike: "1) ..." "2) ..." */
	if (kind == K_CLAUSE || kind == K_PARA || kind == K_ITEM)
		st->textseen = 1;
	/* an outlet's name alone above the story's text: its banner, as
	   "U.S. Department of Defense" is (중앙일보 under the title) */
	if (kind == K_HEADING && !st->textseen && hgoutlet(t))
		kind = K_NOISE;
	/* the name under a portrait's alt text is its byline; under the
	   title, before the text, the office that issued it ("55th ...
	   Joint Communique" / "U.S. Department of Defense"); a Korean word
	   alone in an English page, the reporter's name ("김은정"); a Korean
	   name under its author's affiliation; a name with a middle initial
	   ("Larry A. Niksch") anywhere */
	if ((kind == K_HEADING || kind == K_PARA) && nlines == 1 &&
	    initialname(t))
		kind = K_META;
	if (kind == K_HEADING && ((st->portrait && isname(t)) ||
	    (!st->textseen && (st->prevkind == K_HEADING || st->prevkind == K_META) &&
	    t.n <= 80 && orgline(t) && isbanner(t)) ||
	    (st->latin && hgname(t)) || (st->affil && hgname1(t))))
		kind = K_META;
	st->portrait = kind == K_NOISE && portrait(t);
	if (kind != K_NOISE)
		st->affil = kind == K_META && hgaffil(t);
	/* the next clause cut short where the copy ends ("3. The Secretary
	   and the Minister review"), numbered on from the last, in the
	   document's last block: a clause */
	if (kind == K_HEADING && st->atend && st->lastcl > 0 &&
	    cutclause(t, st->lastcl + 1))
		kind = K_CLAUSE;
	num = ++st->nblock;
	if (kind == K_CLAUSE)
		st->clause = st->lastcl = clauselabel(t);
	if (kind == K_HEADING && t.n <= 100 && st->seen.len < 4096)
		hashput(&st->seen, t);
	if (kind == K_HEADING && nlines == 1 && st->seen.len == 1 && st->title.n == 0)
		bufaddstr(&st->title, t);
	cap = kind == K_HEADING && capstem(t, &stem);
	if (st->nq > 0) {
		if (kind == K_NOISE) {
			if (st->qmenu)
				menurun(st);
			qadd(st, num, kind, t);
			st->lastnoise = 1;
			return;
		}
		if (st->qmenu && kind == K_HEADING && isrow(t) &&
		    !cap) {	/* (a photo's title: no menu's) */
			qadd(st, num, kind, t);	/* the run of rows goes on */
			return;
		}
		if (st->qmenu && sectionrun(st, kind == K_HEADING && !st->textseen))
			menurun(st);
		if (st->qbox && kind == K_ITEM && hgsubpoint(t))
			st->q[0].kind = K_HEADING;	/* □ 지역 ... / ○ 양 장관은 */
		if (st->qtitle && ((kind == K_META && (isbyline(t) ||
		    isdateline(t))) || (kind == K_PARA && leaddateline(t) > 0)))
			st->q[0].kind = K_HEADING;	/* ... with U.S. / By Jane Doe */
		/* a name before an e-mail, an affiliation or a story's
		   stamp ("입력 2021. 07. 19") is a byline (not a title
		   before its date, "2026. 11. 6."); a
		   line between paragraphs before a photo's credit is its
		   caption */
		kdate = ISDIGIT(t.p[0]) && hgmeta(t);	/* 2026. 11. 6.(목) */
		if ((kind == K_META && (st->qcaption == 2 ? creditkey(t) :
		    st->qcaption ? photocredit(t) &&
		    !selfcaption(t) : !isdateline(t) && !isbyline(t) &&
		    !placeline(t) && !fieldlabel(t) && !figcaption(t) &&
		    !hgsubtitle(t))) || (kind == K_META && st->qcaption == 0 &&
		    hgstampline(t)))
			for (i = st->nq; i-- > 0;) {
				Str q = { st->qtext.p + st->q[i].off, st->q[i].len };

				if ((st->q[i].kind == K_HEADING && ((st->qcaption &&
				    (!st->qverb || (capstem(q, &stem) &&
				    strin(t, stem)))) ||
				    (!hashangul(t) && !kdate) ||	/* 김영호 ... 교수, /연합뉴스: name themselves */
				    isname(q) || (hgname1(q) && (hgaffil(t) ||
				    memchr(t.p, '@', t.n) != NULL ||
				    hgstampline(t))))) ||
				    (st->qcaption && st->q[i].kind == K_PARA)) {
					st->q[i].kind = K_META;
					break;
				}
			}
		splitqflush(st);
	}
	/* held: a name, perhaps a byline; a short row after noise or at
	   the top of the page, perhaps a menu's; a line after a paragraph,
	   perhaps a photo's caption; after a heading too, if a keyed
	   credit follows ("Gen. Joseph Dunford and Gen. Jeong Kyeong-doo" /
	   "Credit: UNC-CFC-USFK") */
	if ((kind == K_HEADING && (isname(t) || hgname1(t) ||
	    ((st->lastnoise || num == 1) && isrow(t)) ||
	    ((st->prevkind == K_PARA || st->prevkind == K_HEADING) && t.n <= 120))) ||
	    (kind == K_PARA && st->prevkind == K_PARA && nlines == 1 &&
	    t.n <= 400 && !endsterm(t)) || (kind == K_ITEM && hgboxhead(t)) ||
	    cap || (title = kind == K_PARA && nlines == 1 && abbrevhead(st, t))) {
		st->qbox = kind == K_ITEM;
		st->qtitle = title;
		st->qmenu = !st->qbox && (st->lastnoise || num == 1) && isrow(t);
		/* (a photo's title held for its verb alone: the caption
		   must name what it shows, "악수하는" / "... 악수하고 있다") */
		st->qverb = cap && !(st->prevkind == K_PARA && t.n <= 120);
		st->qcaption = st->qbox ? 0 : st->qverb ? 1 : !isname(t) &&
		    !hgname1(t) && !st->qmenu && !st->qtitle ?
		    1 + (kind == K_HEADING && st->prevkind == K_HEADING) : 0;
		qadd(st, num, kind, t);
		st->lastnoise = 0;
		return;
	}
	emitblock(st, num, kind, t);
	st->lastnoise = kind == K_NOISE;
}

/* The offset of a page mark that ends t after its last sentence
   ("... at a convenient time. -3-", ". - 3 -"), or 0. */
static size_t
trailmark(Str t)
{
	size_t e = t.n, i;

	while (e > 0 && (ISDIGIT(t.p[e - 1]) || t.p[e - 1] == '-' ||
	    t.p[e - 1] == ' ') && t.n - e < 12)
		e--;
	if (e == t.n || e < 2 || t.p[e - 1] != '.' || t.p[e] != ' ')
		return 0;
	for (i = e + 1; i < t.n && !ISDIGIT(t.p[i]); i++)
		;
	return i < t.n && pagemark(t, e, t.n) ? e + 1 : 0;
}

/* A block that is noise as a whole, with noise lines held inside it:
   its text and those lines in the order they came (a piece of the
   block before each line), so that nothing moves. */
static void
noiseorder(SplitSt *st, Str t)
{
	Str nz = bufstr(&st->noise), line;
	size_t prev = 0, at, n, k = 0;

	while (nz.n > 0) {
		n = (size_t)((char *)memchr(nz.p, '\n', nz.n) - nz.p);
		line = (Str){ nz.p, n };
		at = t.n;
		if ((k + 1) * sizeof(size_t) <= st->noiseat.n)
			memcpy(&at, st->noiseat.p + k * sizeof(size_t), sizeof(size_t));
		if (at > t.n)	/* the block shrank behind it (a hyphen) */
			at = t.n;
		if (at < prev)
			at = prev;
		splitpiece(st, strtrim((Str){ t.p + prev, at - prev }), 1, K_NOISE);
		splitpiece(st, line, 1, K_NOISE);
		prev = at;
		nz.p += n + 1;
		nz.n -= n + 1;
		k++;
	}
	splitpiece(st, strtrim((Str){ t.p + prev, t.n - prev }), 1, K_NOISE);
}

/*
 * The text t of a story pasted as one line, whose head was cut: its
 * last sentences that are notes on it, each a piece of its own (the
 * authors' bios and a publisher's note meta, the copyright noise:
 * "... tasks remain. Victor Cha is president of ... Commentary is
 * produced by ... (c) 2025 by ... All rights reserved.").
 */
static void
storytext(SplitSt *st, Str t, size_t nlines)
{
	size_t at[16], n = 0, off = 0, len, k, e;
	Str s;

	/* from the first, the authors' photos and bios at the top: "Headshot
	   of Jane Doe Jane Doe Jane Doe is a fellow at ..." */
	for (k = 0; k < 6 && off < t.n; k++) {
		len = sentlen((Str){ t.p + off, t.n - off }, st->o);
		s = strtrim((Str){ t.p + off, len });
		if (off + len >= t.n || !(sprefixci(s, "headshot of ") ||
		    sprefixci(s, "photo of ") || sprefixci(s, "portrait of ") ||
		    noteline(s)))
			break;
		splitpiece(st, s, 1, K_META);
		for (off += len; off < t.n && t.p[off] == ' '; off++)
			;
	}
	t = (Str){ t.p + off, t.n - off };
	off = 0;

	while (off < t.n) {
		at[n++ % NELEM(at)] = off;
		len = sentlen((Str){ t.p + off, t.n - off }, st->o);
		off += len;
		while (off < t.n && t.p[off] == ' ')
			off++;
	}
	/* back from the last sentence, while each is a note */
	for (k = n, e = t.n; k > 0 && n - k < NELEM(at) - 1; k--) {
		s = strtrim((Str){ t.p + at[(k - 1) % NELEM(at)],
		    e - at[(k - 1) % NELEM(at)] });
		if (k == 1 || !(chromenoise(s) || noteline(s)))
			break;
		e = at[(k - 1) % NELEM(at)];
	}
	splitpiece(st, strtrim((Str){ t.p, e }), nlines, -1);
	for (; k < n && n - k < NELEM(at); k++) {
		off = at[k % NELEM(at)];
		len = k + 1 < n ? at[(k + 1) % NELEM(at)] - off : t.n - off;
		s = strtrim((Str){ t.p + off, len });
		splitpiece(st, s, 1, chromenoise(s) ? K_NOISE : K_META);
	}
}

/* Does t read as prose (two sentences' ends after a word in lower
   case), or as a correction, an editor's note or a photo's caption? */
static int
enprose(Str t)
{
	size_t i, n = 0;

	if (sprefixci(t, "correction") || sprefixci(t, "editor") ||
	    (t.n > 0 && t.p[t.n - 1] == ')'))
		return 1;	/* (a caption's credit: "... (Yonhap)") */
	for (i = 2; i < t.n && n < 2; i++)
		n += t.p[i] == ' ' && t.p[i - 1] == '.' && ISLOWER(t.p[i - 2]);
	return n >= 2;
}

/* Is the open block t an English page pasted as one line, at the top
   of a document that is no HTML page's block? */
static int
enpaste(SplitSt *st, Str t)
{
	return st->nlines == 1 && st->longline && st->nblock == 0 &&
	    !st->o->brjoin && t.n > 0 && (unsigned char)t.p[0] < 0x80;
}

/* The pieces of the head of a page as one line, up to end (enhead):
   its menu, title, stamps and byline, share bar. */
static void
headpieces(SplitSt *st, Str t, size_t menu, size_t stamp, size_t share,
    size_t end)
{
	if (menu > 0)
		splitpiece(st, strtrim((Str){ t.p, menu }), 1, K_NOISE);
	splitpiece(st, strtrim((Str){ t.p + menu, stamp - menu }), 1, K_HEADING);
	splitpiece(st, strtrim((Str){ t.p + stamp, share - stamp }), 1, K_META);
	if (share < end)
		splitpiece(st, strtrim((Str){ t.p + share, end - share }), 1, K_NOISE);
}

/* A one-line copy's title t, after its book's running head, if any
   (noise, as its lines were), and its appendix's label (a heading of
   its own): "Page 366 - 2018 Defense White Paper P. 366 Appendix 13
   Joint Communiqu\xc3\xa9 of the 49th ...". */
static void
titlepieces(SplitSt *st, Str t, int kind)
{
	size_t n, mark;

	if (kind == K_HEADING && (n = leadfurn(t, &mark)) > 0) {
		splitpiece(st, (Str){ t.p, mark }, 1, K_NOISE);
		splitpiece(st, (Str){ t.p + mark + 1, n - mark - 1 }, 1, K_NOISE);
		t = strtrim((Str){ t.p + n, t.n - n });
		if ((n = appendixlabel(t)) > 0) {
			splitpiece(st, (Str){ t.p, n }, 1, K_HEADING);
			t = strtrim((Str){ t.p + n, t.n - n });
		}
	}
	if (t.n > 0)
		splitpiece(st, t, 1, kind);
}

/*
 * A piece t of a text pasted as one line, headings glued to their
 * sentences in it ("... Japan. Tasks Ahead The ministers ..."): each
 * heading (headglue) a piece of its own, and each part between, as its
 * lines had them.  With last, the text after the last heading is not
 * written but returned.
 */
static Str
headsplit(SplitSt *st, Str t, int last)
{
	size_t off = 0, len, g;
	Str s;

	while (off < t.n) {
		len = sentlen((Str){ t.p + off, t.n - off }, glueopt(st));
		for (off += len; off < t.n && t.p[off] == ' '; off++)
			;
		s = (Str){ t.p + off, t.n - off };
		if (off >= t.n || (g = headglue(s, st->o)) == 0)
			continue;
		splitpiece(st, strtrim((Str){ t.p, off }), 1, -1);
		splitpiece(st, (Str){ s.p, g }, 1, K_HEADING);
		t = strtrim((Str){ s.p + g, s.n - g });
		off = 0;
	}
	if (!last)
		splitpiece(st, t, 1, -1);
	return t;
}

/* Where in t, after from, the first heading glued to its sentence
   starts (headglue), after a sentence's end; *end gets its end.  0 if
   none. */
static size_t
nexthead(SplitSt *st, Str t, size_t from, size_t *end)
{
	size_t off = from, g;
	Str s;

	while (off < t.n) {
		off += sentlen((Str){ t.p + off, t.n - off }, glueopt(st));
		while (off < t.n && t.p[off] == ' ')
			off++;
		s = (Str){ t.p + off, t.n - off };
		if (off < t.n && (g = headglue(s, st->o)) > 0) {
			*end = off + g;
			return off;
		}
	}
	return 0;
}

/* Finish the open block: its pieces, then the noise held inside it. */
void
splitfinish(SplitSt *st)
{
	Str t = bufstr(&st->blk), nz, rest;
	size_t start = 0, cut, n, junk, menu, stamp, share;
	int scan, kind, addr = 0, story = 0, ord = 0, again = 0;

	/* a text pasted as one line, the document's only line: its
	   sentences may be glued to what was on lines of their own
	   (sentlen) */
	st->glue = t.n > 0 && st->longline && st->ndocl == 1;

	/* a one-line copy of a paged document: the furniture of its
	   pages inside its sentences goes to the noise */
	if (t.n > 0 && st->nlines == 1 && st->longline) {
		size_t fs, fe, from = 0;

		while (midfurn(bufstr(&st->blk), from, &fs, &fe)) {
			Str f = strtrim((Str){ st->blk.p + fs, fe - fs });

			bufaddstr(&st->noise, f);
			bufaddc(&st->noise, '\n');
			bufadd(&st->noiseat, (const char *)&fs, sizeof(size_t));
			memmove(st->blk.p + fs, st->blk.p + fe, st->blk.n - fe);
			st->blk.n -= fe - fs;
			from = fs;
		}
		t = bufstr(&st->blk);
	}
	if (t.n > 0)		/* (its first and last bytes first) */
		st->romanlist = (t.p[0] == 'i' || t.p[0] == 'v' ||
		    t.p[0] == 'x' || t.p[0] == '(' || t.p[t.n - 1] == ':') &&
		    romanlist(t);
	if (t.n > 0) {
		/* spellings seen, for hyphen evidence: only a page copy
		   (no long lines) breaks words at line ends */
		if (!st->longline) {
			if (st->hist.n > 1 << 17) {	/* keep the last 64 KB */
				n = st->hist.n - (1 << 16);
				memmove(st->hist.p, st->hist.p + n, 1 << 16);
				st->hist.n = 1 << 16;
				st->hgdone = st->hgdone > n ? st->hgdone - n : 0;
			}
			bufaddstr(&st->hist, t);
			bufaddc(&st->hist, ' ');
		}
		scan = clauselabel(t) > 0 || (st->clause == 0 && t.n >= 300);
		/* clause 1 after its lead-in: "... communique: (begin text) 1. The" */
		if (st->clause == 0 && clauselabel(t) == 0 &&
		    (cut = leadinclause(t)) > 0) {
			/* (a sentence of the story, not the clauses' heading) */
			splitpiece(st, strtrim((Str){ t.p, cut }), st->nlines, K_PARA);
			start = cut;
			st->clause = 1;
			scan = 1;
		}
		/* noise, or a short row after noise that the noise held in
		   it will make noise (menurun) */
		if (st->noise.n > 0 && !scan &&
		    ((kind = blockkind(t, st->nlines, st->prevkind,
		    st->prevcomma, st->nblock, 0)) == K_NOISE ||
		    (kind == K_HEADING && (st->lastnoise || st->nblock == 0) &&
		    isrow(t) && placedate(t) == 0 && !headrow(t)))) {
			noiseorder(st, t);
			goto done;
		}
		if (st->clause == 0 && clauselabel(t) == 0 &&
		    (cut = titlecut(t)) > 0) {
			Str title = { t.p, cut - 1 };
			size_t pd = placedate(title);

			if (enpaste(st, t) && (n = enhead(title, &menu, &stamp,
			    &share)) >= title.n) {
				/* a release's page as one line: its head */
				headpieces(st, t, menu, stamp, share, title.n);
				pd = 0;
				title.n = 0;
			} else if ((n = lastsent(st, title)) > 0) {
				/* a preface in sentences before the title: "The
				   following is the complete transcript ... ------
				   29TH US/ROK SECURITY CONSULTATIVE MEETING ..." */
				splitpiece(st, (Str){ t.p, n }, 1, -1);
				title = strtrim((Str){ t.p + n, title.n - n });
				for (n = 0; n < title.n && (title.p[n] == '-' ||
				    title.p[n] == '=' || title.p[n] == '*'); n++)
					;
				if (n >= 4) {	/* a rule of dashes over it */
					splitpiece(st, (Str){ title.p, n }, 1, K_NOISE);
					title = strtrim((Str){ title.p + n, title.n - n });
				}
				pd = placedate(title);
				if (pd > 0) {
					splitpiece(st, (Str){ title.p, pd - 1 }, 1, K_HEADING);
					title = (Str){ title.p + pd, title.n - pd };
				}
			} else if (pd > 0) {		/* Title Seoul, October 28, 2017 */
				titlepieces(st, (Str){ t.p, pd - 1 }, K_HEADING);
				title = (Str){ t.p + pd, cut - 1 - pd };
			}
			if (title.n > 0)
				titlepieces(st, title, pd > 0 ? K_META : K_HEADING);
			start = cut;
			st->clause = 1;
			scan = 1;
		}
		/* a story as one line: title, tag or dateline and text,
		   address and copyright */
		if (st->nlines == 1 && start == 0 && st->longline && t.n >= STORY / 2 &&
		    clauselabel(t) == 0 &&
		    (cut = hghead(t, st->nblock == 0, &menu, &stamp)) > 0) {
			/* a portal's menu, the title, its stamps and byline */
			if (menu > 0)
				splitpiece(st, strtrim((Str){ t.p, menu }), 1, K_NOISE);
			splitpiece(st, strtrim((Str){ t.p + menu, stamp - menu }), 1, K_HEADING);
			splitpiece(st, strtrim((Str){ t.p + stamp, cut - stamp }), 1, K_META);
			start = cut;
		} else if (start == 0 && enpaste(st, t) && t.n >= STORY / 2 &&
		    clauselabel(t) == 0 && (cut = enhead(t, &menu, &stamp,
		    &share)) > 0 && cut + 100 <= t.n) {
			/* the same in English: menu, title, stamps, share bar */
			headpieces(st, t, menu, stamp, share, cut);
			start = cut;
			story = 1;
		} else if (st->nlines == 1 && start == 0 && st->longline &&
		    t.n >= STORY && clauselabel(t) == 0 && (cut = entitlecut(t)) > 0) {
			/* the headline, its byline after it a piece of its own */
			if ((n = bylinetail((Str){ t.p, cut - 1 })) > 0) {
				splitpiece(st, (Str){ t.p, n - 1 }, 1, K_HEADING);
				splitpiece(st, (Str){ t.p + n, cut - 1 - n }, 1, K_META);
			} else
				splitpiece(st, (Str){ t.p, cut - 1 }, 1, K_HEADING);
			start = cut;
		}
		while (scan) {
			if ((cut = nextinline(st->clause, t, start)) > 0)
				splitpiece(st, (Str){ t.p + start, cut - 1 - start }, st->nlines, -1);
			else if ((cut = nextpaged(st->clause, t, start, &junk)) > 0) {
				/* the clause, then the page's furniture */
				Str fu = strtrim((Str){ t.p + junk, cut - 1 - junk });
				size_t mark;

				splitpiece(st, (Str){ t.p + start, junk - 1 - start }, st->nlines, -1);
				if (leadfurn(fu, &mark) > 0)	/* a book's: its next title */
					titlepieces(st, fu, K_HEADING);
				else
					splitpiece(st, fu, 1, K_NOISE);
			} else if ((cut = nextbare(st->clause, t, start)) > 0)
				splitpiece(st, (Str){ t.p + start, cut - 1 - start }, st->nlines, -1);
			else if (st->nlines == 1 && t.n >= 1000 && st->clause == 0 &&
			    (ord > 0 || (ord == 0 && again) || (ord == 0 && st->nblock <= 2 &&
			    (ord = strhas(t, " Second") ? 0 : -1) == 0)) &&
			    (cut = nextordinal(t, start, &ord)) > 0)
				/* a text pasted as one line: "... four points:
				   First, ... Second, ..." as its lines had them */
				headsplit(st, (Str){ t.p + start, cut - 1 - start }, 0);
			else if (ord > 0 && st->nlines == 1 && (cut = nexthead(st, t,
			    start, &n)) > 0) {
				/* the last point ends at a heading glued to the
				   sentence after it; the points may start again */
				splitpiece(st, (Str){ t.p + start, cut - 1 - start }, 1, -1);
				splitpiece(st, (Str){ t.p + cut, n - cut }, 1, K_HEADING);
				cut = n + 1;
				ord = strhas((Str){ t.p + cut, t.n - cut }, " Second") ? 0 : -1;
				again = 1;
			} else
				break;
			start = cut;
			st->clause = clauselabel((Str){ t.p + start, t.n - start });
		}
		rest = (Str){ t.p + start, t.n - start };
		if (again && st->nlines == 1)
			rest = headsplit(st, rest, 1);	/* Next Steps The ... */
		if ((start > 0 && (n = trailmark(rest)) > 0) ||
		    (n = hgendat(rest)) > 0) {
			/* the last page's mark after the last clause: "... time. -3-";
			   a paper's end mark, meta as on a line alone: "... 개최.  끝." */
			splitpiece(st, (Str){ rest.p, n }, st->nlines, -1);
			splitpiece(st, (Str){ rest.p + n, rest.n - n }, 1,
			    strhas((Str){ rest.p + n, rest.n - n }, "끝") ? K_META : K_NOISE);
			rest.n = 0;
		}
		if (rest.n == 0)
			;
		else if (st->nlines == 1 && st->longline &&
		    (t.n >= STORY || start > 0) && ((cut = hgtrailer(rest)) > 0 ||
		    (cut = entrailer(rest, story ? 3000 : 300)) > 0) && !chromemeta(rest)) {
			if (story)
				storytext(st, (Str){ rest.p, cut }, 1);
			else
				splitpiece(st, (Str){ rest.p, cut }, 1, -1);
			rest = (Str){ rest.p + cut, rest.n - cut };
			/* the byline and address (김서연 기자 ksy@kmib.co.kr),
			   an address, (END): each a piece of its own */
			if ((n = hgaddr(rest)) > 0) {
				splitpiece(st, (Str){ rest.p, n }, 1, K_META);
				rest = strtrim((Str){ rest.p + n, rest.n - n });
				addr = 1;
			}
			for (;;) {
				for (n = 0; n < rest.n && rest.p[n] != ' '; n++)
					;
				if (n == rest.n || (memchr(rest.p, '@', n) == NULL &&
				    !sprefixci(rest, "(end)") && !hgendmark(rest)))
					break;
				splitpiece(st, (Str){ rest.p, n }, 1, K_META);
				rest = strtrim((Str){ rest.p + n, rest.n - n });
				addr = 1;
			}
			/* the copyright: chrome, as on a line of its own; after
			   a Korean story's address, the site's (*재판매 및 DB
			   금지, 관련기사 ...), and after an English one's whose
			   head was cut (#SCM Most Read ...) */
			splitpiece(st, rest, 1, chromenoise(rest) || boxtrail(rest) ||
			    (addr && hashangul(rest) && !hgprose(rest)) ||
			    (addr && story && !hashangul(rest) && !enprose(rest)) ?
			    K_NOISE : -1);
		} else if (story)
			storytext(st, rest, st->nlines);
		else
			splitpiece(st, rest, st->nlines, -1);
	}
	nz = bufstr(&st->noise);
	while (nz.n > 0) {
		n = (size_t)((char *)memchr(nz.p, '\n', nz.n) - nz.p);
		splitpiece(st, (Str){ nz.p, n }, 1, K_NOISE);
		nz.p += n + 1;
		nz.n -= n + 1;
	}
	if (st->fn.n > 0) {
		/* the footnote held while the page's sentence went on */
		Buf h = st->fn;

		memset(&st->fn, 0, sizeof(st->fn));
		st->fngap = 0;
		splitpiece(st, bufstr(&h), 1, -1);
		buffree(&h);
	}
done:
	st->glue = 0;
	st->blk.n = st->noise.n = st->noiseat.n = 0;
	st->nlines = 0;
	st->gap = st->noisein = 0;
	st->ordpos = 0;
}
