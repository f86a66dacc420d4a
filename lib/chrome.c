/* chrome.c: web and news page chrome as noise (UI and social words,
   menus, breadcrumbs, cookie and copyright notices, boxes of links), and
   the lower-cased copy of a line and word tests on it that newsmeta.c
   shares; dates, bylines and captions are newsmeta.c's. */
#include <string.h>

#include "scm.h"

/*
 * Every test here looks at one trimmed line by its features: its length,
 * its words, separators, a date in it, whether it ends like a sentence.
 * The line is copied in lower case (NUL as space) so words can be found
 * with the string functions; a line longer than the copy is never chrome.
 */

size_t
lowcopy(char *d, Str t)
{
	size_t i;
	int c;

	if (t.n >= LOCAP)
		return 0;
	for (i = 0; i < t.n; i++) {
		c = (unsigned char)t.p[i];
		d[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c == '\0' ? ' ' : c);
	}
	d[i] = '\0';
	return i;
}

int
chalnum(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* Does w occur in lo as a whole word (or words)? */
int
hasword(const char *lo, const char *w)
{
	const char *p = lo;
	size_t n = strlen(w);

	while ((p = strstr(p, w)) != NULL) {
		if ((p == lo || !chalnum((unsigned char)p[-1])) &&
		    !chalnum((unsigned char)p[n]))
			return 1;
		p++;
	}
	return 0;
}

/* Does any of ws[0..n) occur in lo as a word?  Only those whose first
   letter starts a word of lo are looked for. */
int
anyword(const char *lo, const char *const *ws, size_t n)
{
	unsigned long mask = 0;
	const char *p;
	size_t i;

	for (p = lo; *p != '\0'; p++)
		if ((p == lo || !chalnum((unsigned char)p[-1])) && *p >= 'a' && *p <= 'z')
			mask |= 1UL << (*p - 'a');
	for (i = 0; i < n; i++)
		if (ws[i][0] >= 'a' && ws[i][0] <= 'z' &&
		    (mask & 1UL << (ws[i][0] - 'a')) && hasword(lo, ws[i]))
			return 1;
	return 0;
}

size_t
nwords(const char *lo)
{
	size_t n = 0;
	int in = 0;

	for (; *lo != '\0'; lo++)
		if (*lo == ' ')
			in = 0;
		else if (!in)
			in = 1, n++;
	return n;
}

/* The raw line ends in . ! ? (closers aside) and has more than four
   words: a sentence, neither chrome nor meta; checked before copying. */
int
rawsentence(Str t)
{
	size_t n = t.n, i, nsp = 0;

	while (n > 0 && strchr("\"')]", t.p[n - 1]) != NULL && t.p[n - 1] != '\0')
		n--;
	if (n < 2 || (t.p[n - 1] != '.' && t.p[n - 1] != '?' && t.p[n - 1] != '!'))
		return 0;
	for (i = 0; i < n && nsp < 5; i++)
		nsp += t.p[i] == ' ';
	return nsp >= 5;
}

/* Does the raw line hold "cookie" (any case)? */
static int
hascookie(Str t)
{
	const char *p = t.p, *e = t.p + t.n;

	while ((p = memchr(p, 'k', (size_t)(e - p))) != NULL) {
		if (p - t.p >= 3 && e - p >= 3 && (p[-3] | 32) == 'c' &&
		    (p[-2] | 32) == 'o' && (p[-1] | 32) == 'o' &&
		    (p[1] | 32) == 'i' && (p[2] | 32) == 'e')
			return 1;
		p++;
	}
	return 0;
}

/*
 * A menu row laid out with wide gaps: "Releases   Transcripts   Speeches",
 * three or more cells of at most three words, no digit, no sentence.
 */
static int
widemenu(Str t)
{
	size_t i, ncell = 1, nw = 1;

	for (i = 0; i < t.n; i++) {
		if (t.p[i] >= '0' && t.p[i] <= '9')
			return 0;
		if (t.p[i] != ' ' && t.p[i] != '\t')
			continue;
		if (i + 1 < t.n && (t.p[i + 1] == ' ' || t.p[i + 1] == '\t' ||
		    t.p[i] == '\t')) {
			while (i + 1 < t.n && (t.p[i + 1] == ' ' || t.p[i + 1] == '\t'))
				i++;
			ncell++;
			nw = 1;
		} else if (++nw > 3)
			return 0;
	}
	return ncell >= 3;
}

/* chrome that no heading of a few words holds */
static const char *const uistrong[] = {
	"bookmark", "bookmark and share", "copied", "n/a", "sign in", "log in",
	"login", "sign up", "log out", "follow us", "all rights reserved",
	"copyright", "share on", "share via", "share this", "most read",
	"most viewed", "related stories", "related news", "related articles",
	"privacy policy", "terms of use", "contact us", "site map", "sitemap",
	"news release", "press release", "official website", "skip to",
	"report document", "flag of", "tweet", "kakaotalk", "subscribe",
	"view online", "official websites use", "an official website",
	"websites use https", "here's how you know", "post a comment",
};
/* buttons: chrome only as a line of three words or fewer */
static const char *const uiweak[] = {
	"print", "email", "e-mail", "facebook", "twitter", "linkedin", "like",
	"comments", "comment", "share", "subscribe", "register", "newsletter",
	"menu", "search", "download", "save", "upvote", "downvote", "logo",
	"banner", "flag", "listen", "popular", "trending", "recommended",
	"accessibility", "foia", "views", "hits",
};

/*
 * Site chrome by its features: a cookie notice; a short line that is
 * not a sentence and holds a UI or social word, a copyright sign, a
 * flag's alt text; a row with two or more separators (| · » >) and no
 * date; a toast ("Copied!"); a short "Key: value" form field.
 */
/* Does t hold "reserved" in any case?  Found by its 'v'. */
static int
reserved(Str t)
{
	const char *p, *e = t.p + t.n;
	size_t k, i;
	int c;

	for (c = 'v'; c >= 'V'; c -= 'v' - 'V')
		for (p = t.p; (p = memchr(p, c, (size_t)(e - p))) != NULL; p++) {
			k = (size_t)(p - t.p);
			if (k < 5 || t.n - k < 3)
				continue;
			for (i = 0; i < 8 && ((unsigned char)t.p[k - 5 + i] | 0x20) ==
			    (unsigned char)"reserved"[i]; i++)
				;
			if (i == 8)
				return 1;
		}
	return 0;
}

/* A copyright notice: "Copyright 2024 Yonhap. All rights reserved.",
   "(c) 2024 ...", "\u00a9 ...". */
static int
copyright(Str t)
{
	char lo[LOCAP];
	size_t i;

	if (t.n > 200 || t.n < 3)
		return 0;
	/* most lines: no C, ( or \u00a9 first, no "rights reserved" */
	if (t.p[0] != 'C' && t.p[0] != 'c' && t.p[0] != '(' &&
	    (unsigned char)t.p[0] != 0xC2 && !reserved(t))
		return 0;
	if (lowcopy(lo, t) == 0)
		return 0;
	if (strstr(lo, "all rights reserved") != NULL ||
	    strncmp(lo, "\xc2\xa9", 2) == 0 || strncmp(lo, "(c) ", 4) == 0)
		return 1;
	if (strncmp(lo, "copyright", 9) != 0)
		return 0;
	if (strstr(lo, "\xc2\xa9") != NULL || strstr(lo, "(c)") != NULL)
		return 1;
	for (i = 9; i + 4 <= t.n; i++)	/* Copyright 2024 ... */
		if ((lo[i] == '1' || lo[i] == '2') && (lo[i + 1] == '9' ||
		    lo[i + 1] == '0') && ISDIGIT(lo[i + 2]) && ISDIGIT(lo[i + 3]))
			return 1;
	return 0;
}

/* A breadcrumb from the home page: "Home | News & Events | Joint ...",
   "Home > Newsroom > Releases", however long the page title at its end. */
static int
breadcrumb(Str t)
{
	size_t i = 4;

	if (t.n < 8 || t.n > 240 || !sprefixci(t, "home"))
		return 0;
	while (i < t.n && t.p[i] == ' ')
		i++;
	return i < t.n && i > 4 && (t.p[i] == '|' || t.p[i] == '>' ||
	    t.p[i] == '/' || (i + 2 < t.n &&
	    (memcmp(t.p + i, "\xe2\x80\xba", 3) == 0 ||	/* \u203a */
	    memcmp(t.p + i, "\xc2\xbb", 2) == 0)));	/* \u00bb */
}

/* A page's taxonomy: "Topics: News & Events, Press Releases", "Tags:
   SCM, alliance", "Filed under: ...". */
static int
taxonomy(Str t)
{
	static const char *keys[] = {
		"topics:", "topic:", "tags:", "tagged:", "categories:",
		"category:", "filed under:", "keywords:", "related topics:",
	};
	size_t i;

	if (t.n > 160 || t.n < 5 || !strchr("TtCcFfKkRr", t.p[0]) || endsterm(t))
		return 0;
	for (i = 0; i < NELEM(keys); i++)
		if (sprefixci(t, keys[i]))
			return 1;
	return 0;
}

/* The boilerplate of government sites' footers. */
static int
disclaimer(Str t)
{
	char lo[LOCAP];

	if (t.n < 40 || t.n >= LOCAP || (t.p[0] != 'T' && t.p[0] != 'E' &&
	    t.p[0] != 'L'))
		return 0;
	/* This is the official website of ..., The appearance of
	   hyperlinks does not constitute endorsement ..., External links to
	   other sites should not be construed as an endorsement ... */
	if (sprefixci(t, "this is the official website of"))
		return 1;
	if (!sprefixci(t, "the appearance of") && !sprefixci(t, "external link") &&
	    !sprefixci(t, "links to"))
		return 0;
	lowcopy(lo, t);
	return strstr(lo, "endorse") != NULL;
}

/* A row of hashtags: "#SCM #Austin #deterrence". */
static int
hashtags(Str t)
{
	Str rest = t, w;
	size_t n = 0;

	while (rest.n > 0) {
		w = strcut(&rest, ' ');
		if (w.n == 0)
			continue;
		if (w.n < 2 || w.p[0] != '#' || w.p[1] == '#' || w.p[1] == ' ')
			return 0;
		n++;
	}
	return n > 0;
}

int
chromenoise(Str t)
{
	char lo[LOCAP];
	size_t n, nw, i, nsep = 0;
	const char *c;

	if (t.n == 0 || t.n > 300)
		return 0;
	if (copyright(t) || (t.p[0] == '#' && hashtags(t)))
		return 1;
	if (breadcrumb(t) || taxonomy(t) || disclaimer(t))
		return 1;
	/* 제보는 카카오톡 okjebo, 제보하기, ▶ 제보: where to send news tips */
	if (t.n <= 80 && ((t.n >= 10 && memcmp(t.p, "\xec\xa0\x9c\xeb\xb3\xb4\xeb\x8a\x94 ", 10) == 0) ||
	    (t.n >= 12 && memcmp(t.p, "\xec\xa0\x9c\xeb\xb3\xb4\xed\x95\x98\xea\xb8\xb0", 12) == 0) ||
	    (t.n > 4 && memcmp(t.p, "\xe2\x96\xb6", 3) == 0 &&
	    strhas((Str){ t.p + 3, t.n - 3 }, "\xec\xa0\x9c\xeb\xb3\xb4"))))
		return 1;
	if (t.n > 80 || rawsentence(t)) {
		if (!hascookie(t))
			return 0;
	}
	n = lowcopy(lo, t);
	if (strstr(lo, "cookie") != NULL &&
	    (hasword(lo, "accept") || hasword(lo, "consent") ||
	    hasword(lo, "we use") || hasword(lo, "policy")))
		return 1;
	if (n > 80 || (sentend(lo, n) && lo[n - 1] != '!'))
		return 0;
	nw = nwords(lo);
	if (strncmp(lo, "\xc2\xa9", 2) == 0 || (lo[n - 1] == '!' && nw <= 2))
		return 1;		/* © 2024 ..., Copied! */
	if (((nw <= 8 && anyword(lo, uistrong, NELEM(uistrong))) ||
	    (nw <= 3 && anyword(lo, uiweak, NELEM(uiweak)))) &&
	    finddate(lo, n, &i) < 0)
		return 1;
	for (i = 0; i + 2 < n; i++)
		if (lo[i] == ' ' && (lo[i + 1] == '|' || lo[i + 1] == '>' ||
		    (i + 3 < n && (memcmp(lo + i + 1, "\xc2\xb7", 2) == 0 ||
		    memcmp(lo + i + 1, "\xc2\xbb", 2) == 0))))
			nsep++;
	if (nsep >= 2 && finddate(lo, n, &i) < 0)
		return 1;
	if (widemenu(t))
		return 1;
	if ((c = strchr(lo, ':')) != NULL && c - lo <= 20 && nw <= 4 &&
	    nwords(c + 1) <= 2 && c[1] != '\0' && !chromemeta(t))
		return 1;		/* Academic year: 2022 */
	return 0;
}
