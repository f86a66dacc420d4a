/* enhead.c: the head of an English story, release or brief pasted as
   one line: the site's menu, the title, the date with its byline and
   stamps, the share bar, then the text (hghead in hgchrome.c is the
   Korean twin). */
#include <string.h>

#include "scm.h"

/* Is w, less a trailing : or , and ASCII case aside, one of the words? */
static int
oneof(Str w, const char *const *ws, size_t n)
{
	size_t i, k, m;

	while (w.n > 1 && (w.p[w.n - 1] == ':' || w.p[w.n - 1] == ','))
		w.n--;
	for (i = 0; i < n; i++) {
		if ((m = strlen(ws[i])) != w.n || ws[i][0] != splower(w.p[0]))
			continue;
		for (k = 1; k < m && ws[i][k] == splower(w.p[k]); k++)
			;
		if (k == m)
			return 1;
	}
	return 0;
}

/* A token of punctuation alone: | > » - – — • · : */
static int
punct(Str w)
{
	static const char *const p[] = {
		"|", ">", "\xc2\xbb", "-", "--", "\xe2\x80\x93", "\xe2\x80\x94",
		"\xe2\x80\xa2", "\xc2\xb7", ":", "/", "\xe2\x80\xba",
	};
	size_t i;

	for (i = 0; i < NELEM(p); i++)
		if (streqlit(w, p[i]))
			return 1;
	return 0;
}

/* Words of a site's menu, never a title's. */
static const char *const nav[] = {
	"home", "about", "search", "menu", "news", "releases", "transcripts",
	"speeches", "contact", "subscribe", "donate", "experts", "research",
	"events", "analysis", "podcasts", "podcast", "opinion", "login",
	"newsletters", "newsletter", "topics", "regions", "programs",
	"publications", "multimedia", "photos", "videos", "latest", "skip",
	"sections", "browse", "explore", "blogs", "commentary", "reports",
	"advisories", "statements", "briefings", "features", "spotlight",
	"careers", "press", "media", "resources", "issues", "projects",
};

/* Words that stamp a date before it: Release | Nov. 4, 2026, Updated :. */
static const char *const stampw[] = {
	"release", "updated", "published", "posted", "modified", "issued",
	"dated", "date",
};

/* Words that open a stamp before one of those: Last updated. */
static const char *const prestampw[] = {
	"last", "first", "originally",
};

/* Words of a page's counter after its date: View 2,317. */
static const char *const vieww[] = {
	"view", "views", "hits", "read", "reads",
};

/* Is w a count: digits, commas between them (2,317)? */
static int
counter(Str w)
{
	size_t i;

	if (w.n == 0 || w.n > 11 || !ISDIGIT(w.p[0]) || !ISDIGIT(w.p[w.n - 1]))
		return 0;
	for (i = 0; i < w.n; i++)
		if (!ISDIGIT(w.p[i]) && w.p[i] != ',')
			return 0;
	return 1;
}

/* Words of a share bar and a page's tools, after the stamps: those
   that make one alone, and those that need another. */
static const char *const sharew[] = {
	"share", "facebook", "twitter", "linkedin", "tweet", "whatsapp",
	"kakaotalk", "kakao", "reddit", "flipboard", "telegram",
};
static const char *const toolw[] = {
	"x", "email", "e-mail", "print", "copy", "link", "comments", "comment",
	"download", "pdf", "save", "listen", "mail", "bookmark", "url", "a+",
	"a-", "font", "size", "audio", "gift", "naver",
};

/* Words that open no name in a byline: By Jane Doe North Korea's ... */
static const char *const notname[] = {
	"north", "south", "east", "west", "korea", "korean", "united",
	"states", "seoul", "washington", "pyongyang", "beijing", "tokyo",
	"japan", "china", "defense", "defence", "minister", "secretary",
	"president", "the", "and", "general", "army", "navy", "air", "forces",
	"photo", "image", "credit", "share", "updated", "published", "posted",
};

/* Words that put a date inside a sentence: "... in Seoul on Nov. 4". */
static const char *const inword[] = {
	"on", "in", "at", "by", "of", "since", "until", "from", "before",
	"after", "during", "through", "to", "for", "and", "the", "than",
	"between", "as",
};

/* A time's zone, after the time: 10:12 p.m. KST (not SEOUL, a dateline). */
static const char *const timew[] = {
	"a.m.", "p.m.", "am", "pm", "kst", "et", "est", "edt", "gmt", "utc",
	"(kst)", "(et)",
};

static const char *const monthw[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", "jan",
	"jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.", "jun", "jun.",
	"jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct",
	"oct.", "nov", "nov.", "dec", "dec.",
};

/* Is w, ending at off, one of a pair "A A" (a page's buttons for the
   size of its letters; "A A A senior official": the third is the
   text's)?  *lasta: the last word opened a pair. */
static int
fontpair(Str t, Str w, size_t off, int *lasta)
{
	Str nx;

	if (!streqlit(w, "A"))
		return *lasta = 0;
	if (*lasta) {
		*lasta = 0;
		return 1;
	}
	return *lasta = strword(t, &off, &nx) && streqlit(nx, "A");
}

/* Is w n digits and then at most one of , . (a year, a day)? */
static int
digits(Str w, size_t lo, size_t hi)
{
	size_t i;

	if (w.n > 0 && (w.p[w.n - 1] == ',' || w.p[w.n - 1] == '.'))
		w.n--;
	if (w.n < lo || w.n > hi)
		return 0;
	for (i = 0; i < w.n; i++)
		if (!ISDIGIT(w.p[i]))
			return 0;
	return 1;
}

/* Is w 2026-11-04, 2026.11.04., 11/04/2026: digits and two or three
   separators, a year of four digits among them? */
static int
numdate(Str w)
{
	size_t i, nsep = 0, run = 0, four = 0;

	for (i = 0; i < w.n; i++) {
		if (ISDIGIT(w.p[i])) {
			run++;
			continue;
		}
		if (w.p[i] != '-' && w.p[i] != '.' && w.p[i] != '/')
			return 0;
		four |= run == 4;
		run = 0;
		nsep++;
	}
	four |= run == 4;
	return four && nsep >= 2 && nsep <= 3 && ISDIGIT(w.p[0]);
}

/* Does a date start at *off in t (Nov. 4, 2026; 4 November 2026;
   2026-11-04)?  Then *off goes past it. */
static int
datehere(Str t, size_t *off)
{
	size_t o = *off;
	Str a, b, c;

	if (!strword(t, &o, &a))
		return 0;
	if (numdate(a)) {
		*off = o;
		return 1;
	}
	if (!strword(t, &o, &b) || !strword(t, &o, &c))
		return 0;
	if (ISUPPER(a.p[0]) && oneof(a, monthw, NELEM(monthw)) &&
	    digits(b, 1, 2) && digits(c, 4, 4)) {
		*off = o;	/* Nov. 4, 2026 */
		return 1;
	}
	if (digits(a, 1, 2) && ISUPPER(b.p[0]) && oneof(b, monthw, NELEM(monthw)) &&
	    digits(c, 4, 4)) {
		*off = o;	/* 4 November 2026 */
		return 1;
	}
	return 0;
}

/* Is w a word of a name in a byline: Victor, Cha, Kim So-yeon,
   O'Reilly, HYUNG-JIN, an initial (D.); not North, U.S., Korea's? */
static int
nameword(Str w)
{
	size_t i;

	if (w.n > 0 && w.p[w.n - 1] == ',')
		w.n--;
	if (w.n < 2 || !ISUPPER(w.p[0]) || oneof(w, notname, NELEM(notname)) ||
	    oneof(w, monthw, NELEM(monthw)) || oneof(w, sharew, NELEM(sharew)))
		return 0;
	if (w.n == 2 && w.p[1] == '.')
		return 1;	/* an initial */
	for (i = 1; i < w.n; i++)
		if (!ISALPHA(w.p[i]) && w.p[i] != '-' &&
		    !(w.p[i] == '\'' && i + 1 < w.n && ISUPPER(w.p[i + 1])))
			return 0;
	return 1;
}

/* A byline from *off: By and names of two or three words each, joined
   by "and" or a comma.  *off goes past it. */
static int
bylinehere(Str t, size_t *off)
{
	size_t o = *off, prev, n = 0, nauth = 0;
	Str w;

	if (!strword(t, &o, &w) || !streqlit(w, "By"))
		return 0;
	for (prev = o; strword(t, &o, &w); ) {
		if (nameword(w) && n < 3) {
			n++;
			prev = o;
			if (w.p[w.n - 1] != ',')
				continue;
		} else if (!streqlit(w, "and"))
			break;
		if (n < 2)
			return 0;	/* (By Denial ...) */
		nauth++;
		n = 0;
	}
	if (n == 1 || (n == 0 && nauth == 0))
		return 0;
	*off = prev;
	return 1;
}

/* Does w end a sentence: a lower-case letter or a bracket, then . ! ?
   (not U.S., not a title's question)? */
static int
endsent(Str w)
{
	char c;

	if (w.n < 3 || (w.p[w.n - 1] != '.' && w.p[w.n - 1] != '!'))
		return 0;
	c = w.p[w.n - 2];
	if (w.p[w.n - 1] == '.' && ISUPPER(w.p[0]) &&
	    abbrevtype((Str){ w.p, w.n - 1 }, NULL) != 0)
		return 0;	/* Gen. Brunson ... */
	return ISLOWER(c) || c == ')' || c == '"';
}

/* The offsets of the words of t from 0 to end, at most cap of them. */
static size_t
wordstarts(Str t, size_t end, size_t *at, size_t cap)
{
	size_t off = 0, n = 0;
	Str w;

	while (n < cap && off < end && strword(t, &off, &w) && off <= end)
		at[n++] = (size_t)(w.p - t.p);
	return n;
}

/* Is there a breadcrumb's mark (> › ») between two words of t
   before off? */
static int
crumb(Str t, size_t off)
{
	size_t o = 0, n = 0;
	Str w;

	while (o < off && n++ < 320 && strword(t, &o, &w))
		if (n > 1 && (streqlit(w, ">") || streqlit(w, "\xe2\x80\xba") ||
		    streqlit(w, "\xc2\xbb")))
			return 1;
	return 0;
}

/* Is the menu's word at the k-th of n words (at) in a run of the
   menu's: another of its words, a section's name or a mark next to it?  (A word of a
   title may be a menu's too: "What the Latest SCM Means".) */
static int
menurun(Str t, const size_t *at, size_t n, size_t k)
{
	size_t o;
	Str w;

	if (k > 0) {
		o = at[k - 1];
		strword(t, &o, &w);
		if ((streqlit(w, "and") || streqlit(w, "&")) && k > 1) {
			o = at[k - 2];	/* Statements and Releases */
			strword(t, &o, &w);
		}
		if (punct(w) || oneof(w, nav, NELEM(nav)) || sectionrow(w))
			return 1;
	}
	if (k + 1 < n) {
		o = at[k + 1];
		if (strword(t, &o, &w) && (punct(w) || oneof(w, nav, NELEM(nav)) ||
		    sectionrow(w)))
			return 1;
	}
	return k == 0;
}

/*
 * Where the title before the stamps at st starts: back over its words
 * (two to thirty) to a menu's word, a breadcrumb's mark, a sentence's
 * end or the start of t.  *title gets its start (the chrome's end
 * before it, 0 if none); 0 if there is no title, 2 if a breadcrumb
 * runs before it, else 1.
 */
static int
titleback(Str t, size_t st, size_t *title)
{
	size_t at[320], n, i, k;
	Str w;

	if ((n = wordstarts(t, st, at, NELEM(at))) == NELEM(at))
		return 0;	/* (more words than a head holds) */
	for (k = 0, i = n; i > 0; i--, k++) {
		size_t o = at[i - 1];

		strword(t, &o, &w);
		if (punct(w) || endsent(w) || (oneof(w, nav, NELEM(nav)) &&
		    menurun(t, at, n, i - 1)))
			break;
		if (k >= 30)
			return 0;
	}
	if (k < 2)
		return 0;
	*title = i < n ? at[i] : 0;
	return crumb(t, i > 0 ? at[i - 1] : 0) ? 2 : 1;
}

/* The word of t before off, if any. */
static int
prevword(Str t, size_t off, Str *w)
{
	size_t e = off, b;

	while (e > 0 && t.p[e - 1] == ' ')
		e--;
	for (b = e; b > 0 && t.p[b - 1] != ' '; b--)
		;
	*w = (Str){ t.p + b, e - b };
	return e > b;
}

/* Do the words of t from off read "min read"? */
static int
minread(Str t, size_t off)
{
	Str a, b;

	return strword(t, &off, &a) && strword(t, &off, &b) && streqlit(a, "min") &&
	    streqlit(b, "read");
}

/* Does a date follow the stamp's word ending at off, a mark between
   (Updated : Nov. 5, 2026)?  *end gets its end. */
static int
stampdate(Str t, size_t off, size_t *end)
{
	size_t o = off;
	Str w;

	while (strword(t, &o, &w) && (punct(w) || oneof(w, stampw, NELEM(stampw))))
		off = o;
	if (!datehere(t, &off))
		return 0;
	*end = off;
	return 1;
}

/*
 * An English page pasted as one line opens with its head: the site's
 * menu and banner, the title, its date with the stamps and byline
 * around it, the share bar, then the text ("... Home > News > Releases
 * Joint Communiqué of the 57th ... Release | Nov. 4, 2025 Facebook X
 * LinkedIn Email Print 1. The ...", "... Menu Analysis What the SCM
 * Means By Jane Doe November 6, 2025 Share ... The meeting ...").  The
 * date must be stamped (a word before it, a byline by it or the share
 * bar after it) within the first 1500 bytes, after a title of two to
 * thirty words.  Where the text starts (t.n: no text); 0 if none.  *menu gets the
 * menu's end (0: none), *stamp the title's end, *share the share bar's
 * start (the stamps' end).
 */
size_t
enhead(Str t, size_t *menu, size_t *stamp, size_t *share)
{
	size_t lim = t.n < 1500 ? t.n : 1500, off, o, d0, d1, st, end, sh, e;
	size_t title;
	int mark, by, nsh, strong, lasta, crumb, clock;
	Str w, nx;

	*menu = *stamp = *share = 0;
	for (off = 0; off < lim; ) {
		d0 = off;
		while (d0 < t.n && t.p[d0] == ' ')
			d0++;
		d1 = d0;
		if (!datehere(t, &d1)) {
			if (!strword(t, &off, &w))
				break;
			continue;
		}
		off = d1;
		if (t.p[d1 - 1] == '.')
			continue;	/* a sentence ends with it */
		/* back over the stamps (Release |, Last updated :) */
		mark = by = 0;
		for (st = d0; prevword(t, st, &w); ) {
			if (punct(w))
				;
			else if (ISUPPER(w.p[0]) && oneof(w, stampw, NELEM(stampw)))
				mark = 1;
			else if (ISUPPER(w.p[0]) && oneof(w, prestampw,
			    NELEM(prestampw)) && (o = (size_t)(w.p - t.p) + w.n,
			    strword(t, &o, &nx)) && oneof(nx, stampw, NELEM(stampw)))
				;
			else
				break;
			st = (size_t)(w.p - t.p);
		}
		/* a byline before them: By Jane Doe and John Roe */
		for (o = st, e = 0; e < 12 && prevword(t, o, &w); e++) {
			o = (size_t)(w.p - t.p);
			if (streqlit(w, "By")) {
				size_t b = o;

				if (bylinehere(t, &b) && b + 1 >= st) {
					st = o;
					by = 1;
				}
				break;
			}
		}
		/* the date in a sentence: "... opened in Seoul on Nov. 4" */
		if (prevword(t, st, &w) && oneof(w, inword, NELEM(inword)))
			continue;
		/* forward: times, more stamps with their dates, a byline,
		   the share bar (4 min read), to a sentence's end */
		end = d1;
		sh = 0;
		nsh = strong = lasta = clock = 0;
		for (o = end; strword(t, &o, &w); end = o) {
			size_t b = end;

			if (nsh == 0 && endsent(w))
				break;
			if (oneof(w, sharew, NELEM(sharew)) ||
			    (oneof(w, toolw, NELEM(toolw)) && (nsh > 0 ||
			    !streqlit(w, "X"))) ||
			    (nsh > 0 && fontpair(t, w, o, &lasta))) {
				b = o;
				if (strword(t, &b, &nx) && ISDIGIT(nx.p[0]) &&
				    !minread(t, b))
					break;	/* Link 16, Article 5 */
				if (nsh++ == 0)
					sh = end;
				strong |= oneof(w, sharew, NELEM(sharew));
			} else if (nsh > 0 && digits(w, 1, 3) && minread(t, o)) {
				strword(t, &o, &nx);	/* 4 min read */
				strword(t, &o, &nx);
			} else if (nsh > 0)
				break;
			else if (punct(w))
				;
			else if (ISDIGIT(w.p[0]) && w.n <= 8 && memchr(w.p, ':', w.n) != NULL)
				clock = 1;	/* 10:12 */
			else if (ISUPPER(w.p[0]) && oneof(w, vieww, NELEM(vieww)) &&
			    strword(t, &b, &nx) && strword(t, &b, &nx) &&
			    counter(nx))
				o = b;		/* View 2,317: the page's counter */
			else if (clock && oneof(w, timew, NELEM(timew)))
				;
			else if (ISUPPER(w.p[0]) && (oneof(w, stampw, NELEM(stampw)) ||
			    oneof(w, prestampw, NELEM(prestampw))) &&
			    stampdate(t, o, &b)) {
				o = b;		/* Updated : Nov. 5, 2026 */
				mark = 1;
				clock = 0;
			} else if (datehere(t, &b)) {
				o = b;
				clock = 0;
			} else if (bylinehere(t, &b)) {
				o = b;
				by = 1;
			} else
				break;
		}
		if (nsh > 0 && nsh < 2 && !strong) {
			end = sh;	/* one tool's word: the text's (Print ...) */
			nsh = 0;
		}
		if ((crumb = titleback(t, st, &title)) == 0)
			continue;
		/* a date in a sentence, unless a breadcrumb runs before
		   the title ("Home > Briefing Room > Statements ...") */
		if (!mark && !by && nsh == 0 && crumb != 2)
			continue;
		while (end < t.n && t.p[end] == ' ')
			end++;
		if (end < t.n && !(ISUPPER(t.p[end]) || ISDIGIT(t.p[end]) ||
		    t.p[end] == '"' || t.p[end] == '(' ||
		    (unsigned char)t.p[end] >= 0xC0))
			return 0;
		*menu = title;
		*stamp = st;
		*share = nsh > 0 ? sh : end;
		return end;
	}
	return 0;
}
