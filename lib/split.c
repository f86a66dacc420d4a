/* split.c: cutting a document into blocks, then into sentences. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

/*
 * Lines come in one at a time.  A content line either joins the open
 * block or finishes it and opens a new one; blank lines only mark a gap
 * (a block after a gap may still go on: a clause broken by a page
 * break).  Noise lines met inside a block are held and become blocks of
 * their own, numbered after it.  A finished block is classified and
 * emitted, except that a short name-like block waits for the next one
 * to tell a byline from a heading.
 */

/* Longer than any line of a printed page: a line of a web paste. */
#define LONGLINE 150

typedef struct {
	size_t off, len;	/* in St.qtext */
	size_t num;
	int kind;
} Qent;

typedef struct {
	Str doc;
	const SplitOpt *o;
	Emit *emit;
	void *arg;
	int r;			/* emit's non-zero value: stop */
	Buf blk;		/* the open block, spaces folded */
	size_t nlines;		/* lines in it */
	int gap;		/* a blank line after its last line */
	int noisein;		/* noise lines held since its last line */
	size_t ordpos;		/* just after a number that lost its suffix */
	size_t ordline;		/* the line of that number */
	size_t lastoff;		/* where the last line starts in blk */
	char pend[3];		/* a torn suffix waiting for its number */
	Buf noise;		/* noise lines held, each ended by '\n' */
	Buf qtext;		/* finished blocks waiting */
	Qent *q;
	size_t nq, qcap;
	Buf section;
	int prevkind;		/* kind of the last non-noise block */
	int prevcomma;		/* it ended in ',' */
	int longline;		/* a line too long for a page: a web paste */
	size_t nblock;
	long clause;		/* number of the last clause */
	Buf tmp;
	Buf hist;		/* the last blocks' text: spellings seen */
	Buf title;		/* the first heading, one line */
	Arena *arena;
	Hash seen;		/* headings seen: a running header repeats one */
} St;

/* Byte classes: 1 white space (ASCII), 2 maybe white space (UTF-8 lead
   byte of one), 4 digit, 8 lower case, 16 upper case. */
static unsigned char bc[256];

static void
initbc(void)
{
	int c;

	bc[' '] = bc['\t'] = bc['\n'] = bc['\v'] = bc['\f'] = bc['\r'] = 1;
	bc[0xC2] = bc[0xE1] = bc[0xE2] = bc[0xE3] = bc[0xEF] = 2;
	for (c = '0'; c <= '9'; c++)
		bc[c] = 4;
	for (c = 'a'; c <= 'z'; c++)
		bc[c] = 8;
	for (c = 'A'; c <= 'Z'; c++)
		bc[c] = 16;
}

#define ISDIGIT(c) (bc[(unsigned char)(c)] & 4)
#define ISLOWER(c) (bc[(unsigned char)(c)] & 8)
#define ISUPPER(c) (bc[(unsigned char)(c)] & 16)
#define ISALPHA(c) (bc[(unsigned char)(c)] & 24)

static int
lowerc(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* Case-insensitive: does s equal lit? does s start with lit? */
static int
eqci(Str s, const char *lit)
{
	size_t i, n = strlen(lit);

	if (s.n != n)
		return 0;
	for (i = 0; i < n; i++)
		if (lowerc((unsigned char)s.p[i]) != lit[i])
			return 0;
	return 1;
}

static int
prefixci(Str s, const char *lit)
{
	size_t i, n = strlen(lit);

	if (s.n < n)
		return 0;
	for (i = 0; i < n; i++)
		if (lowerc((unsigned char)s.p[i]) != lit[i])
			return 0;
	return 1;
}

static int
contains(Str s, const char *lit)
{
	size_t i, n = strlen(lit);

	for (i = 0; i + n <= s.n; i++)
		if (s.p[i] == lit[0] && memcmp(s.p + i, lit, n) == 0)
			return 1;
	return 0;
}

/*
 * Append p[0..n) to b, each run of white space as one space (none at
 * the start of b, none doubled).  If cand is not NULL, store in *cand
 * the offset in b just after the last short number (1-3 digits) that is
 * followed by two or more spaces or ends the text: where a superscript
 * ordinal was torn off.
 */
#define ONES 0x0101010101010101ULL
#define HIGH 0x8080808080808080ULL
#define HASZERO(v) (((v) - ONES) & ~(v) & HIGH)

static void
addfold(Buf *b, const char *s, size_t n, size_t *cand)
{
	const unsigned char *p = (const unsigned char *)s;
	char *d;
	size_t i = 0, start = 0, k, run;

	egrow(&b->p, &b->cap, b->n + n + 2, 1);
	d = b->p + b->n;
	/* eight bytes at a time while there is no control byte, no byte
	   above 0x7F and no two spaces in a row */
	if (n > 0 && p[0] != ' ')
		while (i + 9 <= n) {
			uint64_t x, y;

			memcpy(&x, p + i, 8);
			memcpy(&y, p + i + 1, 8);
			if ((x & HIGH) | ((x - ONES * 0x20) & ~x & HIGH) |
			    (HASZERO(x ^ (ONES * ' ')) & HASZERO(y ^ (ONES * ' '))))
				break;
			i += 8;
		}
	for (;;) {
		/* the fast path: plain bytes and single ASCII spaces */
		while (i < n && !(bc[p[i]] & 3))
			i++;
		if (i < n && p[i] == ' ' && i > 0 && i + 1 < n && !(bc[p[i + 1]] & 3)) {
			i++;
			continue;
		}
		memcpy(d, s + start, i - start);
		d += i - start;
		if (i >= n)
			break;
		k = spanspace(s + i, n - i);
		if (k == 0) {		/* a lead byte, not a space */
			*d++ = (char)p[i++];
			start = i;
			continue;
		}
		run = 0;
		while (run < k && (p[i + run] == ' ' || p[i + run] == '\t'))
			run++;
		if (cand != NULL && run >= 2 && d > b->p && ISDIGIT(d[-1])) {
			size_t m = 1;

			while (d - m > b->p && ISDIGIT(d[-1 - (long)m]))
				m++;
			if (m <= 3 && (d - m == b->p || d[-1 - (long)m] == ' '))
				*cand = (size_t)(d - b->p);
		}
		if (d > b->p && d[-1] != ' ')
			*d++ = ' ';
		i += k;
		start = i;
	}
	b->n = (size_t)(d - b->p);
	b->p[b->n] = '\0';
	if (cand != NULL && b->n > 0 && ISDIGIT(b->p[b->n - 1])) {
		size_t m = 1;

		while (m < b->n && ISDIGIT(b->p[b->n - 1 - m]))
			m++;
		if (m <= 3 && (m == b->n || b->p[b->n - 1 - m] == ' '))
			*cand = b->n;
	}
}

/* The ordinal suffix English gives the number ending at b[0..end). */
static const char *
ordsuffix(const char *b, size_t end)
{
	size_t k = end;
	long v = 0, mul = 1;

	while (k > 0 && ISDIGIT(b[k - 1]) && end - k < 3) {
		v += (b[k - 1] - '0') * mul;
		mul *= 10;
		k--;
	}
	if (v % 100 >= 11 && v % 100 <= 13)
		return "th";
	switch (v % 10) {
	case 1: return "st";
	case 2: return "nd";
	case 3: return "rd";
	}
	return "th";
}

static int
issuffix(Str t)
{
	return t.n == 2 && (eqci(t, "st") || eqci(t, "nd") || eqci(t, "rd") ||
	    eqci(t, "th"));
}

/* Number at the start of s: digits, return count (0 if none) and *v. */
static size_t
number(Str s, long *v)
{
	size_t i = 0;

	*v = 0;
	while (i < s.n && i < 6 && ISDIGIT(s.p[i]))
		*v = *v * 10 + (s.p[i++] - '0');
	return i < 6 ? i : 0;
}

/* A clause label "12. " (then not a digit), or "12." alone: the number. */
static long
clauselabel(Str t)
{
	long v;
	size_t i = number(t, &v);

	if (i == 0 && (v = hgclause(t)) > 0)
		return v;	/* 제3조 */
	if (i == 0 || i > 3 || i >= t.n || t.p[i] != '.')
		return 0;
	if (i + 1 == t.n)
		return v;
	if (t.p[i + 1] != ' ' || i + 2 >= t.n || ISDIGIT(t.p[i + 2]))
		return 0;
	return v;
}

static const char *ordwords[] = {
	"first,", "firstly,", "second,", "secondly,", "third,", "thirdly,",
	"fourth,", "fourthly,", "fifth,", "fifthly,", "sixth,", "sixthly,",
	"seventh,", "eighth,", "ninth,", "tenth,", "lastly,", "finally,",
	"last,", "first of all,",
};

/* Length of an item label at the start of t ((1) (a) a. a) 1) • - *
   First, Lastly, ...), 0 if none. */
static size_t
itemlabel(Str t)
{
	const unsigned char *p = (const unsigned char *)t.p;
	size_t i;

	if ((i = hgitem(t)) > 0)
		return i;	/* 가. ① □ */
	if (t.n < 2)
		return 0;
	if (p[0] == '(') {
		for (i = 1; i < t.n && i < 5 && (ISDIGIT(p[i]) || ISLOWER(p[i]) ||
		    ISUPPER(p[i])); i++)
			;
		if (i > 1 && i < t.n && p[i] == ')' && (i < 4 || ISDIGIT(p[1]) ||
		    strchr("ivx", p[1]) != NULL))
			return i + 1;
		return 0;
	}
	if (ISLOWER(p[0]) && (p[1] == '.' || p[1] == ')') &&
	    (t.n == 2 || p[2] == ' '))
		return 2;
	if (ISDIGIT(p[0])) {
		for (i = 1; i < t.n && i < 3 && ISDIGIT(p[i]); i++)
			;
		if (i < t.n && p[i] == ')' && (i + 1 == t.n || p[i + 1] == ' '))
			return i + 1;
		return 0;
	}
	if ((p[0] == '-' || p[0] == '*') && p[1] == ' ')
		return 1;
	/* • U+2022, – U+2013, ◦ U+25E6, ● U+25CF, ▪ U+25AA, ■ U+25A0,
	   ▲ U+25B2 (Korean releases), then a space or not */
	if (t.n >= 4 && ((p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA2 ||
	    p[2] == 0x93)) || (p[0] == 0xE2 && p[1] == 0x97 && (p[2] == 0xA6 ||
	    p[2] == 0x8F)) || (p[0] == 0xE2 && p[1] == 0x96 && (p[2] == 0xAA ||
	    p[2] == 0xA0 || p[2] == 0xB2))) && (p[3] == ' ' || p[2] == 0xB2))
		return 3;
	for (i = 1; i < t.n && i < 14 && p[i] != ' '; i++)
		;
	if (ISUPPER(p[0]) && i < 14 && (p[i - 1] == ',' || prefixci(t, "first of")))
		for (i = 0; i < NELEM(ordwords); i++)
			if (prefixci(t, ordwords[i]))
				return strlen(ordwords[i]);
	return 0;
}

/* Does t end a sentence or a list lead-in (. ! ? : ; before closers)? */
static int
endsterm(Str t)
{
	const unsigned char *p = (const unsigned char *)t.p;
	size_t n = t.n;

	for (;;) {
		if (n > 0 && strchr("\"')]", p[n - 1]) != NULL && p[n - 1] != '\0')
			n--;
		else if (n >= 3 && p[n - 3] == 0xE2 && p[n - 2] == 0x80 &&
		    (p[n - 1] == 0x99 || p[n - 1] == 0x9D))
			n -= 3;
		else
			break;
	}
	return n > 0 && p[n - 1] != '\0' && strchr(".!?:;", p[n - 1]) != NULL;
}

static int
isdigits(Str t)
{
	size_t i;

	for (i = 0; i < t.n; i++)
		if (!ISDIGIT(t.p[i]))
			return 0;
	return t.n > 0;
}

static const char *webwords[] = {
	"skip to main content", "skip to content", "skip navigation",
	"share", "share this", "share this article", "share this page",
	"print", "print this page", "tweet", "facebook", "twitter", "x",
	"linkedin", "email", "e-mail", "copy link", "copy url", "url",
	"back to top", "top", "menu", "search", "subscribe", "newsletter",
	"related articles", "related", "read more", "list", "go to list",
	"next", "prev", "previous", "font size", "home", "close", "kakaotalk",
	"kakao", "naver", "band", "whatsapp", "telegram", "reddit",
	"pinterest", "link", "copy", "a+", "a-", "+", "|", "·", "listen",
	"download", "pdf", "download pdf", "toggle navigation", "main menu",
};

static int
iswebword(Str w)
{
	size_t i;

	if (w.n > 20)
		return 0;
	for (i = 0; i < NELEM(webwords); i++)
		if (eqci(w, webwords[i]))
			return 1;
	return 0;
}

/* Is the (trimmed) line noise: a page number or header, a web leftover? */
static int
isnoise(Str t)
{
	Str rest, w;
	size_t i, nw = 0, nweb = 0, ndig = 0, nsep = 0;
	long v;

	if (hgnoise(t))
		return 1;	/* Korean site chrome */
	if (t.n == 0 || t.n > 120)
		return 0;
	if (isdigits(t) && t.n <= 4)
		return 1;			/* 12 */
	if ((i = number(t, &v)) > 0 && i <= 4) {	/* 1 / 8, 1/8 */
		rest = (Str){ t.p + i, t.n - i };
		rest = strtrim(rest);
		if (rest.n > 1 && rest.p[0] == '/') {
			rest.p++, rest.n--;
			rest = strtrim(rest);
			if (isdigits(rest) && rest.n <= 4)
				return 1;
		}
	}
	if (prefixci(t, "page ") && t.n > 5 && ISDIGIT(t.p[5]))
		return 1;			/* Page 3 - Title, Page 3 of 8 */
	if ((prefixci(t, "p. ") && t.n > 3 && isdigits((Str){ t.p + 3, t.n - 3 })) ||
	    (prefixci(t, "p.") && t.n > 2 && isdigits((Str){ t.p + 2, t.n - 2 })))
		return 1;			/* P. 3 */
	if (t.n >= 3 && t.p[0] == '-' && t.p[t.n - 1] == '-') {
		rest = strtrim((Str){ t.p + 1, t.n - 2 });
		if (isdigits(rest) && rest.n <= 4)
			return 1;		/* - 3 - */
	}
	if (prefixci(t, "more in ") || prefixci(t, "more from ") ||
	    prefixci(t, "more on "))
		return t.n < 60;		/* More In Commentary */
	if (iswebword(t))
		return 1;
	if (strchr(".,;:", t.p[t.n - 1]) != NULL && t.p[t.n - 1] != '\0')
		return 0;		/* a sentence, not a button */
	/* a row of page numbers, share buttons, a breadcrumb */
	rest = t;
	while (rest.n > 0) {
		w = strcut(&rest, ' ');
		if (w.n == 0)
			continue;
		nw++;
		if (isdigits(w))
			ndig++;
		else if (streqlit(w, ">") || streqlit(w, "\xe2\x80\xba") ||
		    streqlit(w, "\xc2\xbb") || streqlit(w, "/"))
			nsep++;
		else if (iswebword(w) || streqlit(w, "<") ||
		    streqlit(w, "\xc2\xab") || streqlit(w, "..."))
			nweb++;
		else if (nsep == 0)
			return 0;
	}
	if (nw >= 2 && ndig + nweb == nw && (ndig >= 2 || nweb == nw))
		return 1;
	if (nsep >= 1 && (prefixci(t, "home ") || nsep >= 2) && nw <= 16)
		return 1;
	return 0;
}

/* A short name: 2-4 capitalised words of letters, no small words. */
static int
isname(Str t)
{
	Str rest = t, w;
	size_t nw = 0, i;

	if (t.n > 40)
		return 0;
	while (rest.n > 0) {
		w = strcut(&rest, ' ');
		if (w.n == 0 || !ISUPPER(w.p[0]))
			return 0;
		for (i = 1; i < w.n; i++)
			if (!ISALPHA(w.p[i]) && w.p[i] != '-' && w.p[i] != '.')
				return 0;
		nw++;
	}
	return nw >= 2 && nw <= 4;
}

static const char *roles[] = {
	"minister", "professor", "fellow", "director", "researcher",
	"analyst", "editor", "president", "chair", "ambassador", "author",
	"secretary", "scholar", "officer", "correspondent", "columnist",
	"adviser", "advisor", "lecturer", "dean", "commander", "general",
	"reporter", "student", "candidate", "member", "head",
};

/* "Jong Sup Lee is South Korea's defense minister.", "The author is..." */
static int
isbio(Str t)
{
	size_t i;
	Str lo;
	char buf[256];

	if (t.n > 250 || t.n < 8 || t.p[t.n - 1] != '.')
		return 0;
	for (i = 0; i + 5 < t.n && i < 42; i++)
		if (t.p[i] == ' ' && (memcmp(t.p + i, " is ", 4) == 0 ||
		    memcmp(t.p + i, " was ", 5) == 0))
			break;
	if (i + 5 >= t.n || i >= 42)
		return 0;
	if (!isname((Str){ t.p, i }) && !prefixci(t, "the author ") &&
	    !prefixci(t, "the writer "))
		return 0;
	for (i = 0; i < t.n; i++)
		buf[i] = (char)lowerc((unsigned char)t.p[i]);
	lo = (Str){ buf, t.n };
	for (i = 0; i < NELEM(roles); i++)
		if (contains(lo, roles[i]))
			return 1;
	return 0;
}

static const char *orgs[] = {
	"Institute", "University", "Center", "Centre", "Foundation",
	"Council", "Academy", "Agency", "College", "School", "Association",
	"Society", "Forum", "Ministry", "Department",
};

/* A date line, a view count, an e-mail address, a byline. */
static int
ismeta(Str t)
{
	size_t i, at = 0, nw = 1;
	long v;

	if (hgmeta(t))
		return 1;	/* Korean byline, dateline, agency tag */
	if (t.n > 120)
		return isbio(t);
	for (i = 0; i < t.n; i++)
		if (t.p[i] == '@')
			at = i + 1;
		else if (t.p[i] == ' ')
			nw++;
	if (at > 1 && nw <= 6 && memchr(t.p + at, '.', t.n - at) != NULL)
		return 1;			/* (someone@example.org) */
	if (prefixci(t, "date") || prefixci(t, "posted") ||
	    prefixci(t, "published") || prefixci(t, "updated")) {
		for (i = 0; i < t.n; i++)
			if (ISDIGIT(t.p[i]))
				return 1;	/* Date 2022-12-02 View 1,040 */
	}
	if (prefixci(t, "views ") || prefixci(t, "view ") ||
	    prefixci(t, "hits ") || prefixci(t, "views:"))
		return 1;
	if (t.n >= 10 && number(t, &v) == 4 && t.p[4] == '-' &&
	    nw == 1 && t.n <= 20)
		return 1;			/* 2022-12-02 */
	if (prefixci(t, "by ") && t.n < 80 && !endsterm(t) && t.n > 3 &&
	    ISUPPER(t.p[3]))
		return 1;			/* By Jane Doe */
	return isbio(t);
}

/* A label line: one capitalised word, perhaps a number after it. */
static int
islabel(Str t)
{
	size_t i;
	long v;

	if (t.n < 2 || t.n > 24 || !ISUPPER(t.p[0]))
		return 0;
	for (i = 1; i < t.n && ISALPHA(t.p[i]); i++)
		;
	if (i == t.n)
		return 1;
	if (t.p[i] != ' ')
		return 0;
	i++;
	return i < t.n && number((Str){ t.p + i, t.n - i }, &v) == t.n - i;
}

/*
 * A site banner: a short title-case organisation name with no sentence
 * end ("U.S. Department of Defense"); taken for one only above the
 * first text of the page.
 */
static int
isbanner(Str t)
{
	Str rest = t, w;
	size_t i;
	int org = 0;

	if (t.n > 60 || t.n < 4 || endsterm(t))
		return 0;
	while (rest.n > 0) {
		w = strcut(&rest, ' ');
		if (w.n == 0)
			continue;
		if (!ISUPPER(w.p[0]) && !streqlit(w, "of") &&
		    !streqlit(w, "the") && !streqlit(w, "and") &&
		    !streqlit(w, "for"))
			return 0;
		for (i = 0; i < NELEM(orgs); i++)
			if (streqlit(w, orgs[i]))
				org = 1;
		if (streqlit(w, "Embassy") || streqlit(w, "Command"))
			org = 1;
	}
	return org;
}

static int
isheading(Str t, size_t nlines)
{
	size_t i, nw = 1;
	int last;

	if (t.n == 0 || t.n > 150 || nlines > 2 || hgprose(t))
		return 0;
	last = (unsigned char)t.p[t.n - 1];
	if (strchr(".,;:!", last) != NULL && last != '\0')
		return 0;
	if (last == '?' && t.n > 60)
		return 0;
	if (ISLOWER(t.p[0]))
		return 0;
	for (i = 0; i < t.n; i++)
		if (t.p[i] == ' ')
			nw++;
	return nw <= 18;
}

static int
classify(St *st, Str t, size_t nlines)
{
	size_t i;

	if (isnoise(t))
		return K_NOISE;
	if (ismeta(t) || chromemeta(t))
		return K_META;
	/* a one-line block was looked at as a line already (online) */
	if ((nlines > 1 && chromenoise(t)) || (st->prevkind < 0 && (isbanner(t) ||
	    (st->nblock > 0 && islabel(t) && memchr(t.p, ' ', t.n) == NULL))))
		return K_NOISE;		/* a banner, a section name under a menu */
	if (st->prevkind == K_META && t.n <= 60 && t.p[t.n - 1] == ',')
		return K_META;			/* Associate Research Fellow, */
	if (clauselabel(t) > 0)
		return isheading(t, nlines) && t.n < 60 ? K_HEADING : K_CLAUSE;
	if (itemlabel(t) > 0)
		return K_ITEM;
	if (isheading(t, nlines)) {
		if (st->prevkind == K_META) {
			if (st->prevcomma)
				return K_META;
			for (i = 0; i < NELEM(orgs); i++)
				if (contains(t, orgs[i]))
					return K_META;
		}
		return K_HEADING;
	}
	return K_PARA;
}

/* Emit block num of kind with text t: as one unit or as sentences. */
static void
emitblock(St *st, size_t num, int kind, Str t)
{
	Unit u;
	Str rest;
	size_t n;

	if (st->r != 0)
		return;
	memset(&u, 0, sizeof(u));
	u.doc = st->doc;
	u.block = num;
	u.kind = kind;
	u.section = bufstr(&st->section);
	if (kind != K_NOISE) {
		st->prevkind = kind;
		st->prevcomma = t.n > 0 && t.p[t.n - 1] == ',';
	}
	if (kind != K_NOISE || st->o->keepnoise) {
		if (st->o->unit == U_PARA) {
			u.text = t;
			st->r = st->emit(st->arg, &u);
		} else {
			rest = t;
			while (rest.n > 0 && st->r == 0) {
				n = sentlen(rest, st->o);
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
		bufaddstr(&st->section, t);
	}
}

static void
qflush(St *st)
{
	size_t i;

	for (i = 0; i < st->nq; i++)
		emitblock(st, st->q[i].num, st->q[i].kind,
		    (Str){ st->qtext.p + st->q[i].off, st->q[i].len });
	st->nq = 0;
	st->qtext.n = 0;
}

static void
qadd(St *st, size_t num, int kind, Str t)
{
	egrow(&st->q, &st->qcap, st->nq + 1, sizeof(Qent));
	st->q[st->nq].off = st->qtext.n;
	st->q[st->nq].len = t.n;
	st->q[st->nq].num = num;
	st->q[st->nq].kind = kind;
	st->nq++;
	bufaddstr(&st->qtext, t);
}

/* A finished piece of text: number it, classify it (unless kind >= 0). */
static void
piece(St *st, Str t, size_t nlines, int kind)
{
	size_t num, pd;

	if (t.n == 0)
		return;
	if (kind < 0 && (kind = classify(st, t, nlines)) == K_HEADING &&
	    (pd = placedate(t)) > 0) {	/* Title Seoul, October 28, 2017 */
		piece(st, (Str){ t.p, pd - 1 }, nlines, K_HEADING);
		piece(st, (Str){ t.p + pd, t.n - pd }, nlines, K_META);
		return;
	}
	num = ++st->nblock;
	if (kind == K_CLAUSE)
		st->clause = clauselabel(t);
	if (kind == K_HEADING && t.n <= 100 && st->seen.len < 4096)
		hashput(&st->seen, t);
	if (kind == K_HEADING && nlines == 1 && st->seen.len == 1)
		bufaddstr(&st->title, t);
	if (st->nq > 0) {
		if (kind == K_NOISE) {
			qadd(st, num, kind, t);
			return;
		}
		/* a name before an e-mail or an affiliation is a byline */
		if (kind == K_META && !isdateline(t))
			st->q[0].kind = K_META;
		qflush(st);
	}
	if (kind == K_HEADING && isname(t)) {
		qadd(st, num, kind, t);
		return;
	}
	emitblock(st, num, kind, t);
}

/* Words that never start a clause number after them: No. 4. The ... */
static int
numabbrev(Str w)
{
	static const char *ws[] = {
		"No", "no", "Art", "art", "Vol", "vol", "pp", "p", "Para",
		"para", "Sec", "Fig", "Ch", "Jan", "Feb", "Mar", "Apr", "Jun",
		"Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Res", "Op",
	};
	size_t i;

	for (i = 0; i < NELEM(ws); i++)
		if (streqlit(w, ws[i]))
			return 1;
	return 0;
}

/*
 * Where does the next inline clause start in t, after from?  Looks for
 * ". N. X" with N the next clause number and X a capital or a quote; the
 * period may be followed by closing quotes.  Return its offset or 0.
 */
static size_t
nextinline(St *st, Str t, size_t from)
{
	char want[24];
	size_t i, j, k, wl;
	const char *p;
	const unsigned char *u = (const unsigned char *)t.p;

	wl = (size_t)snprintf(want, sizeof(want), "%ld.", st->clause + 1);
	for (i = from; i < t.n; i = (size_t)(p - t.p) + 1) {
		p = memchr(t.p + i, '.', t.n - i);
		if (p == NULL)
			return 0;
		j = (size_t)(p - t.p);		/* the period */
		k = j + 1;
		while (k < t.n && (strchr("\"')]", u[k]) != NULL && u[k] != '\0'))
			k++;
		while (k + 2 < t.n && u[k] == 0xE2 && u[k + 1] == 0x80 &&
		    (u[k + 2] == 0x9D || u[k + 2] == 0x99))
			k += 3;
		if (k >= t.n || u[k] != ' ')
			continue;
		k++;				/* the candidate label */
		if (k + wl + 2 > t.n || memcmp(t.p + k, want, wl) != 0 ||
		    t.p[k + wl] != ' ')
			continue;
		if (!ISUPPER(t.p[k + wl + 1]) && u[k + wl + 1] != 0xE2 &&
		    t.p[k + wl + 1] != '"')
			continue;
		if (j > 0 && t.p[j - 1] == '.')
			continue;		/* an ellipsis */
		/* the word before the period: not No. 4. or Nov. 3. */
		{
			size_t b = j;

			while (b > 0 && t.p[b - 1] != ' ')
				b--;
			if (numabbrev((Str){ t.p + b, j - b }))
				continue;
		}
		return k;
	}
	return 0;
}

/*
 * A one-line copy that opens with a title: "Joint Communique ... 2012
 * 1. The ... . 2. The ...".  Where "1. X" follows, within the first 200
 * bytes, a capitalised word or a number (not a sentence end: that case is
 * nextinline's) and "2." follows as nextinline finds it, return the
 * offset of the "1."; else 0.
 */
static size_t
titlecut(St *st, Str t)
{
	size_t i, b;
	long keep = st->clause;

	for (i = 2; i + 4 < t.n && i < 200; i++) {
		if (t.p[i] != '1' || t.p[i - 1] != ' ' || t.p[i + 1] != '.' ||
		    t.p[i + 2] != ' ' || !(ISUPPER(t.p[i + 3]) || t.p[i + 3] == '"' ||
		    (unsigned char)t.p[i + 3] == 0xE2))
			continue;
		for (b = i - 1; b > 0 && t.p[b - 1] != ' '; b--)
			;
		if (b == i - 1 || t.p[i - 2] == '.' || !(ISUPPER(t.p[b]) ||
		    ISDIGIT(t.p[b])) || numabbrev((Str){ t.p + b, i - 1 - b }))
			continue;
		st->clause = 1;
		b = nextinline(st, t, i + 3);
		st->clause = keep;
		return b > 0 ? i : 0;
	}
	return 0;
}

/* Finish the open block: its pieces, then the noise held inside it. */
static void
finish(St *st)
{
	Str t = bufstr(&st->blk), nz;
	size_t start = 0, cut, n;
	int scan;

	if (t.n > 0) {
		/* spellings seen, for hyphen evidence: only a page copy
		   (no long lines) breaks words at line ends */
		if (!st->longline) {
			if (st->hist.n > 1 << 17) {	/* keep the last 64 KB */
				memmove(st->hist.p, st->hist.p + st->hist.n - (1 << 16), 1 << 16);
				st->hist.n = 1 << 16;
			}
			bufaddstr(&st->hist, t);
			bufaddc(&st->hist, ' ');
		}
		scan = clauselabel(t) > 0 || (st->clause == 0 && t.n >= 300);
		if (st->clause == 0 && clauselabel(t) == 0 &&
		    (cut = titlecut(st, t)) > 0) {
			Str title = { t.p, cut - 1 };
			size_t pd = placedate(title);

			if (pd > 0) {		/* Title Seoul, October 28, 2017 */
				piece(st, (Str){ t.p, pd - 1 }, 1, K_HEADING);
				title = (Str){ t.p + pd, cut - 1 - pd };
			}
			piece(st, title, 1, pd > 0 ? K_META : K_HEADING);
			start = cut;
			st->clause = 1;
			scan = 1;
		}
		while (scan && (cut = nextinline(st, t, start)) > 0) {
			piece(st, (Str){ t.p + start, cut - 1 - start }, st->nlines, -1);
			start = cut;
			st->clause = clauselabel((Str){ t.p + start, t.n - start });
		}
		piece(st, (Str){ t.p + start, t.n - start }, st->nlines, -1);
	}
	nz = bufstr(&st->noise);
	while (nz.n > 0) {
		n = (size_t)((char *)memchr(nz.p, '\n', nz.n) - nz.p);
		piece(st, (Str){ nz.p, n }, 1, K_NOISE);
		nz.p += n + 1;
		nz.n -= n + 1;
	}
	st->blk.n = st->noise.n = 0;
	st->nlines = 0;
	st->gap = st->noisein = 0;
	st->ordpos = 0;
}

/* A noise line: held inside an open block, else a block of its own. */
static void
noiseline(St *st, Str t)
{
	if (st->blk.n > 0) {
		addfold(&st->noise, t.p, t.n, NULL);
		bufaddc(&st->noise, '\n');
		st->noisein = 1;
	} else {
		st->tmp.n = 0;
		addfold(&st->tmp, t.p, t.n, NULL);
		piece(st, bufstr(&st->tmp), 1, K_NOISE);
	}
}

static const char *keepleft[] = {
	"self", "non", "co", "cross", "well", "long", "short", "high", "low",
	"full", "anti", "ex", "vice", "pan", "all", "half", "quasi", "multi",
	"post", "pre", "sub", "counter", "follow", "large", "small", "mid",
	"year", "end", "state", "world", "first", "second", "third",
};
static const char *keepright[] = {
	"based", "related", "level", "term", "led", "wide", "up", "on", "off",
	"run", "making", "oriented", "range", "scale", "time", "year",
	"building", "called", "sharing", "owned", "backed", "made", "free",
	"specific", "centered", "driven", "like", "long", "class", "in",
};

/*
 * The line break after "left-" (letters) before "right" (lower case):
 * keep the hyphen when the left part is a prefix that takes one or the
 * right part a word that follows one (self-, co-, -based, -level).
 */
static int
keephyphen(Str left, Str right)
{
	size_t i, k;
	Str w;

	for (k = left.n; k > 0 && ISALPHA(left.p[k - 1]); k--)
		;
	if (k > 0 && left.p[k - 1] == '-')
		return 1;			/* already a compound */
	w = (Str){ left.p + k, left.n - k };
	for (i = 0; i < NELEM(keepleft); i++)
		if (eqci(w, keepleft[i]))
			return 1;
	for (k = 0; k < right.n && ISALPHA(right.p[k]); k++)
		;
	w = (Str){ right.p, k };
	for (i = 0; i < NELEM(keepright); i++)
		if (eqci(w, keepright[i]))
			return 1;
	return 0;
}

/* Endings that are no word on their own: the right part of a word cut
   inside ("deter- rence", "consul- tations", "coopera- tion"). */
static const char *boundright[] = {
	"tion", "tions", "sion", "sions", "ation", "ations", "tation",
	"tations", "cation", "cations", "ization", "izations", "isation",
	"ition", "itions", "ution", "utions", "ssion", "ssions", "ment",
	"ments", "ness", "ity", "ities", "lity", "bility", "bilities",
	"ence", "ences", "rence", "rences", "ance", "ances", "ency", "ancy",
	"ous", "ously", "ive", "ives", "ively", "tive", "tives", "sive",
	"ative", "atives", "ical", "ically", "ally", "ing", "ings", "ed",
	"ly", "er", "ers", "est", "ure", "ures", "ture", "tures", "ism",
	"isms", "ist", "ists", "ize", "izes", "ized", "ise", "ised", "ible",
	"ibly", "able", "ables", "erable", "ably", "ial", "ially", "tial", "cial", "tic", "tics", "nal",
	"nals", "ary", "ories", "ory", "ward", "wards",
};

/* Prefixes English writes closed up: over- whelming, under- standing. */
static const char *closedleft[] = {
	"over", "under", "inter", "trans", "super", "with", "fore", "through",
	"out", "down", "there", "where", "some", "every", "any", "never",
};

/* Short words and prefixes that do stand before a hyphen in compounds
   (air-defense, two-day, co-chair, non-nuclear, in-depth). */
static const char *shortleft[] = {
	"a", "i", "x", "co", "re", "ex", "bi", "in", "on", "up", "by", "so",
	"non", "pre", "pro", "sub", "mid", "all", "one", "two", "six", "ten",
	"air", "sea", "war", "top", "low", "end", "far", "old", "new", "key",
	"day", "big", "red", "own", "set", "tri", "out", "off", "law", "man",
	"few", "use", "yet", "ill", "web", "gun", "oil", "gas",
};

/*
 * A syllable cut off a word by a line break ("con- / sultative", "im- /
 * plementation", "Al- / liance"): at most three letters that are no
 * word of their own before a hyphen, a lower-case part after it.
 */
static int
isfragment(Str left, Str right)
{
	size_t i;

	if (left.n == 0 || left.n > 3 || right.n < 2 || !ISLOWER(right.p[0]))
		return 0;
	for (i = 0; i < NELEM(shortleft); i++)
		if (eqci(left, shortleft[i]))
			return 0;
	return 1;
}

/* Is w in b[0..n) as a whole word? */
static int
hasspelling(const char *b, size_t n, Str w)
{
	const char *p, *e;

	if (n == 0)
		return 0;	/* b may be NULL */
	p = b;
	e = b + n;
	while (w.n > 0 && (p = memchr(p, w.p[0], (size_t)(e - p))) != NULL) {
		if ((size_t)(e - p) < w.n)
			return 0;
		if (memcmp(p, w.p, w.n) == 0 && (p == b || !ISALPHA(p[-1])) &&
		    (p + w.n == e || !ISALPHA(p[w.n])))
			return 1;
		p++;
	}
	return 0;
}

/*
 * A hyphen at a line end between letters ("left-" / "right"): drop it
 * only with evidence the word was cut there, not written with a hyphen:
 * the right part is an ending that is no word on its own, or the joined
 * spelling is in the text (this block, this line, the last 64 KB).
 */
static int
unhyphen(St *st, Str left, Str right)
{
	size_t i, k, j;
	char w[64];

	for (k = left.n; k > 0 && ISALPHA(left.p[k - 1]); k--)
		;
	for (j = 0; j < right.n && ISALPHA(right.p[j]); j++)
		;
	for (i = 0; i < NELEM(boundright); i++)
		if (eqci((Str){ right.p, j }, boundright[i]))
			return 1;
	for (i = 0; i < NELEM(closedleft); i++)
		if (eqci((Str){ left.p + k, left.n - k }, closedleft[i]))
			return 1;
	if (isfragment((Str){ left.p + k, left.n - k }, (Str){ right.p, j }))
		return 1;
	if (left.n - k + j > sizeof(w))
		return 0;
	memcpy(w, left.p + k, left.n - k);
	memcpy(w + (left.n - k), right.p, j);
	return hasspelling(st->hist.p, st->hist.n, (Str){ w, left.n - k + j }) ||
	    hasspelling(left.p, left.n, (Str){ w, left.n - k + j }) ||
	    hasspelling(right.p, right.n, (Str){ w, left.n - k + j });
}

/*
 * Can the number starting at b[at] be an ordinal?  Only after a word
 * that goes before one ("the 49", "its 50", "over the 42"), not after a
 * label ("Appendix 14", "Page 3") nor in a date.
 */
static int
ordctx(char *b, size_t at)
{
	static const char *before[] = {
		"the", "its", "this", "our", "their", "his", "her", "each",
	};
	size_t k, i;

	if (at < 2 || b[at - 1] != ' ')
		return 0;
	for (k = at - 1; k > 0 && b[k - 1] != ' '; k--)
		;
	for (i = 0; i < NELEM(before); i++)
		if (eqci((Str){ b + k, at - 1 - k }, before[i]))
			return 1;
	return 0;
}

/* The start of the number ending at b[end]. */
static size_t
numstart(const char *b, size_t end)
{
	while (end > 0 && ISDIGIT(b[end - 1]))
		end--;
	return end;
}

/*
 * A torn suffix line below its number: in b[from..n), the last short
 * number after an ordinal word and before a capitalised word ("The 49
 * Republic of Korea") whose suffix is suf.  Offset after it, or 0.
 */
static size_t
ordabove(char *b, size_t from, size_t n, Str suf)
{
	size_t i, k, got = 0;

	for (i = from; i < n; i++) {
		if (!ISDIGIT(b[i]) || (i > 0 && b[i - 1] != ' '))
			continue;
		for (k = i; k < n && ISDIGIT(b[k]); k++)
			;
		if (k - i <= 3 && k + 1 < n && b[k] == ' ' && ISUPPER(b[k + 1]) &&
		    ordctx(b, i) && eqci(suf, ordsuffix(b, k)))
			got = k;
		i = k;
	}
	return got;
}

/* Join "the 49 th" on one line (a superscript set apart): the suffix
   that fits a number after an ordinal word, in b[from..). */
static void
gluesuffix(Buf *b, size_t from)
{
	char *p = b->p;
	size_t i, k, n = b->n;

	/* digits are rare in prose: test for one first */
	for (i = from; i + 4 <= n; i++) {
		if (!ISDIGIT(p[i]) || p[i + 1] != ' ' || !ISALPHA(p[i + 2]) ||
		    (i + 4 < n && p[i + 4] != ' '))
			continue;
		k = numstart(p, i + 1);
		if (i + 1 - k > 3 || !issuffix((Str){ p + i + 2, 2 }) ||
		    !ordctx(p, k) || !eqci((Str){ p + i + 2, 2 },
		    ordsuffix(p, i + 1)))
			continue;
		memmove(p + i + 1, p + i + 2, n - i - 2);
		n--;
	}
	b->n = n;
}

/* Find, in the trimmed line t, the short number followed by a wide gap
   or ending the line whose suffix is suf; offset just after it, or 0. */
static size_t
findordinal(Str t, const char *suf)
{
	size_t i, k;

	for (i = 0; i < t.n; i++) {
		if (!ISDIGIT(t.p[i]) || (i > 0 && t.p[i - 1] != ' ' && t.p[i - 1] != '('))
			continue;
		for (k = i; k < t.n && ISDIGIT(t.p[k]); k++)
			;
		if (k - i <= 3 && (k == t.n || (k + 1 < t.n && t.p[k] == ' ' &&
		    (t.p[k + 1] == ' ' || t.p[k + 1] == '\t'))) && ordctx(t.p, i) &&
		    eqci((Str){ (char *)suf, 2 }, ordsuffix(t.p, k)))
			return k;
		i = k;
	}
	/* failing that, a number before a capitalised word: The 49 Republic */
	for (i = 0; i < t.n; i++) {
		if (!ISDIGIT(t.p[i]) || (i > 0 && t.p[i - 1] != ' '))
			continue;
		for (k = i; k < t.n && ISDIGIT(t.p[k]); k++)
			;
		if (k - i <= 3 && k + 1 < t.n && t.p[k] == ' ' &&
		    ISUPPER(t.p[k + 1]) && ordctx(t.p, i) &&
		    eqci((Str){ (char *)suf, 2 }, ordsuffix(t.p, k)))
			return k;
		i = k;
	}
	return 0;
}

/* Add a content line to the open block. */
static void
join(St *st, Str t)
{
	Buf *b = &st->blk;
	size_t cand = 0, at;

	if (st->pend[0] != '\0') {
		Str suf = { st->pend, 2 };

		if ((at = findordinal(t, st->pend)) > 0) {
			st->tmp.n = 0;
			bufadd(&st->tmp, t.p, at);
			bufaddstr(&st->tmp, suf);
			bufadd(&st->tmp, t.p + at, t.n - at);
			st->pend[0] = '\0';
			t = bufstr(&st->tmp);
			/* t now lives in tmp: copy below before tmp is reused */
		} else {
			char keep[2];

			memcpy(keep, st->pend, 2);
			st->pend[0] = '\0';
			noiseline(st, (Str){ keep, 2 });
		}
	}
	if (b->n > 0) {
		if (b->p[b->n - 1] == '-' && b->n >= 2 && b->p[b->n - 2] != ' ' &&
		    b->p[b->n - 2] != '-') {
			if (ISALPHA(b->p[b->n - 2]) && ISLOWER(t.p[0]) &&
			    !keephyphen((Str){ b->p, b->n - 1 }, t) &&
			    unhyphen(st, (Str){ b->p, b->n - 1 }, t))
				b->n--;		/* consul- tations */
		} else
			bufaddc(b, ' ');
	}
	st->lastoff = b->n;
	addfold(b, t.p, t.n, &cand);
	if (cand > 0 || t.n <= 100)	/* a layout gap, or a title line */
		gluesuffix(b, st->lastoff);
	st->nlines++;
	if (cand > 0) {
		st->ordpos = cand;
		st->ordline = st->nlines;
	}
	st->gap = st->noisein = 0;
}

/* Does b end in a dash that opens what follows ("(Yonhap) --")? */
static int
opensdash(Str b)
{
	return (b.n >= 3 && b.p[b.n - 1] == '-' && b.p[b.n - 2] == '-') ||
	    (b.n >= 4 && memcmp(b.p + b.n - 3, "\xe2\x80\x94", 3) == 0) ||
	    (b.n >= 4 && memcmp(b.p + b.n - 3, "\xe2\x80\x93", 3) == 0);
}

/* Does content line t open a new block, given the open one? */
static int
startsnew(St *st, Str t)
{
	Str b = bufstr(&st->blk);
	long n;
	static const char *small[] = {
		"of", "the", "and", "to", "in", "for", "a", "an", "with", "on",
		"by", "at", "from", "as", "or", "its", "their", "that",
	};
	size_t i, k;

	if (hgmeta(t) || hgmeta(b))
		return 1;	/* a Korean byline or dateline on its own line */
	if (st->gap) {
		/* a block broken by a page break goes on */
		if (endsterm(b) || itemlabel(t) > 0 || clauselabel(t) > 0)
			return 1;
		if (ISLOWER(t.p[0]) || opensdash(b))
			return 0;	/* SEOUL, Nov. 14 (Yonhap) -- / The */
		if (!st->noisein)
			return 1;
		if (b.p[b.n - 1] == ',' || b.p[b.n - 1] == '-')
			return 0;
		for (k = b.n; k > 0 && b.p[k - 1] != ' '; k--)
			;
		for (i = 0; i < NELEM(small); i++)
			if (streqlit((Str){ b.p + k, b.n - k }, small[i]))
				return 0;
		return 1;
	}
	if ((n = clauselabel(t)) > 0)
		return n == st->clause + 1 || endsterm(b);
	/* a date, release or byline line is a block of its own; so is a
	   title line above a paragraph of a web paste */
	if (chromemeta(t) || (st->nlines == 1 && b.n <= 150 &&
	    (chromemeta(b) || (t.n > LONGLINE && !endsterm(b)))))
		return 1;
	if (itemlabel(t) > 0)		/* the next item of a list */
		return endsterm(b) || itemlabel(b) > 0;
	/* a label line ("Politics", "Appendix 13") stands alone */
	if ((st->nlines == 1 && islabel(b)) || (islabel(t) && endsterm(b)))
		return 1;
	/* a web paste: one paragraph (heading, item) a line, no blank lines
	   between, unless the line visibly goes on */
	if (st->longline && b.p[b.n - 1] != ':' && b.p[b.n - 1] != ',' &&
	    b.p[b.n - 1] != '-' && (ISUPPER(t.p[0]) || ISDIGIT(t.p[0]) ||
	    t.p[0] == '"' || (unsigned char)t.p[0] >= 0xC0))
		return 1;
	return 0;
}

/* One line of input, HTML leftovers already removed. */
static void
online(St *st, Str line)
{
	Str t = strtrim(line);
	long n;

	if (t.n == 0) {
		if (st->blk.n > 0)
			st->gap = 1;
		return;
	}
	if (issuffix(t)) {
		size_t at;

		if (st->ordpos > 0 && st->ordline == st->nlines &&
		    ordctx(st->blk.p, numstart(st->blk.p, st->ordpos)) &&
		    eqci(t, ordsuffix(st->blk.p, st->ordpos))) {
			st->tmp.n = 0;
			bufadd(&st->tmp, st->blk.p + st->ordpos, st->blk.n - st->ordpos);
			st->blk.n = st->ordpos;
			bufadd(&st->blk, t.p, t.n);
			bufaddstr(&st->blk, bufstr(&st->tmp));
			st->ordpos = 0;
			return;
		}
		if (st->blk.n > 0 && (at = ordabove(st->blk.p, st->lastoff,
		    st->blk.n, t)) > 0) {	/* The 49 Republic / th */
			st->tmp.n = 0;
			bufadd(&st->tmp, st->blk.p + at, st->blk.n - at);
			st->blk.n = at;
			bufadd(&st->blk, t.p, t.n);
			bufaddstr(&st->blk, bufstr(&st->tmp));
			return;
		}
		if (st->pend[0] != '\0')
			noiseline(st, (Str){ st->pend, 2 });
		memcpy(st->pend, t.p, 2);
		st->pend[2] = '\0';
		return;
	}
	if (isnoise(t) || chromenoise(t) ||
	    (st->prevkind < 0 && st->blk.n == 0 && isbanner(t))) {
		noiseline(st, t);
		return;
	}
	/* the title met again anywhere: a running header, a footer */
	if (st->title.n > 0 && t.n == st->title.n && memcmp(t.p, st->title.p, t.n) == 0) {
		noiseline(st, t);
		return;
	}
	/* a heading met again inside a block: a running page header */
	if (st->blk.n > 0 && !st->gap && t.n <= 100 && st->seen.len > 0 &&
	    !endsterm(t)) {
		st->tmp.n = 0;
		addfold(&st->tmp, t.p, t.n, NULL);
		if (hashget(&st->seen, bufstr(&st->tmp)) != NULL) {
			noiseline(st, t);
			return;
		}
	}
	if (t.n > LONGLINE)
		st->longline = 1;
	if (st->blk.n > 0 && startsnew(st, t))
		finish(st);
	if (st->blk.n == 0 && (n = clauselabel(t)) > 0)
		st->clause = n;
	join(st, t);
}

/* Remove <sup> and </sup>; cut at <br>, <br/>, <br />. */
static void
htmlline(St *st, Buf *clean, Str line)
{
	size_t i = 0, start = 0;
	Str rest;
	static const char *drop[] = { "<sup>", "</sup>" };
	static const char *brk[] = { "<br />", "<br/>", "<br>" };
	size_t k;
	int hit;

	clean->n = 0;
	while (i < line.n) {
		const char *p = memchr(line.p + i, '<', line.n - i);

		if (p == NULL)
			break;
		i = (size_t)(p - line.p);
		rest = (Str){ line.p + i, line.n - i };
		hit = 0;
		for (k = 0; k < NELEM(drop) && !hit; k++)
			if (prefixci(rest, drop[k])) {
				bufadd(clean, line.p + start, i - start);
				i += strlen(drop[k]);
				start = i;
				hit = 1;
			}
		for (k = 0; k < NELEM(brk) && !hit; k++)
			if (prefixci(rest, brk[k])) {
				bufadd(clean, line.p + start, i - start);
				online(st, bufstr(clean));
				clean->n = 0;
				i += strlen(brk[k]);
				start = i;
				hit = 1;
			}
		if (!hit)
			i++;
	}
	bufadd(clean, line.p + start, line.n - start);
	online(st, bufstr(clean));
}

int
splitdoc(Input *in, Str doc, const SplitOpt *o, Emit *emit, void *arg)
{
	St st;
	Buf clean = { 0 };
	int got = 0;

	if (bc['0'] == 0)
		initbc();
	memset(&st, 0, sizeof(st));
	st.doc = doc;
	st.o = o;
	st.emit = emit;
	st.arg = arg;
	st.prevkind = -1;
	st.arena = arenanew();
	hashinit(&st.seen, st.arena);
	while (st.r == 0 && (got = inread(in)) > 0) {
		Str line = { in->line, in->len };

		if (memchr(line.p, '<', line.n) != NULL)
			htmlline(&st, &clean, line);
		else
			online(&st, line);
	}
	if (st.r == 0) {
		if (got < 0)
			st.r = -1;
		finish(&st);
		if (st.pend[0] != '\0')
			noiseline(&st, (Str){ st.pend, 2 });
		finish(&st);
		qflush(&st);
	}
	buffree(&st.blk);
	buffree(&st.noise);
	buffree(&st.qtext);
	buffree(&st.section);
	buffree(&st.tmp);
	buffree(&st.hist);
	buffree(&st.title);
	buffree(&clean);
	free(st.q);
	hashfree(&st.seen);
	arenafree(st.arena);
	return st.r;
}

void
loadabbrev(SplitOpt *o, const char *path)
{
	Input in;
	Str s;
	size_t cap = o->nabbrev;
	int got;

	if (inopen(&in, path) < 0)
		exit(2);
	while ((got = inread(&in)) > 0) {
		s = strtrim((Str){ in.line, in.len });
		if (s.n == 0 || s.p[0] == '#')
			continue;
		if (s.p[s.n - 1] == '.')
			s.n--;
		if (s.n == 0)
			eprintf("%s:%zu: empty abbreviation", path, in.lineno);
		egrow(&o->abbrev, &cap, o->nabbrev + 1, sizeof(Str));
		o->abbrev[o->nabbrev].p = estrndup(s.p, s.n);
		o->abbrev[o->nabbrev++].n = s.n;
	}
	if (got < 0)
		exit(2);
	inclose(&in);
}

int
eunit(const char *s)
{
	if (strcmp(s, "para") == 0)
		return U_PARA;
	if (strcmp(s, "sentence") == 0)
		return U_SENTENCE;
	eprintf("-u: unknown unit: %s (para or sentence)", s);
	return -1;
}
