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
	size_t i, ncell = 1, nw = 1, b = 0;
	int tab = 0, hg = 0, wide = 0, low = 0;

	for (i = 0; i < t.n; i++) {
		if (t.p[i] >= '0' && t.p[i] <= '9')
			return 0;
		hg |= (unsigned char)t.p[i] >= 0xEA && (unsigned char)t.p[i] <= 0xED;
		if (ISLOWER(t.p[i]) && (i == 0 || t.p[i - 1] == ' ' ||
		    t.p[i - 1] == '\t') && i + 3 < t.n && ISLOWER(t.p[i + 3]))
			low = 1;	/* a prose word of four letters or more */
		if (t.p[i] != ' ' && t.p[i] != '\t')
			continue;
		if (i + 1 < t.n && (t.p[i + 1] == ' ' || t.p[i + 1] == '\t' ||
		    t.p[i] == '\t')) {
			wide |= nw > 1 || i - b > 6;	/* (more than two syllables) */
			tab |= t.p[i] == '\t';
			while (i + 1 < t.n && (t.p[i + 1] == ' ' || t.p[i + 1] == '\t'))
				i++;
			b = i + 1;
			ncell++;
			nw = 1;
		} else if (++nw > 3)
			return 0;
	}
	wide |= nw > 1 || t.n - b > 6;
	/* a table's row, its cells parted by tabs: prose words, or Hangul
	   in a cell of more than two syllables, four cells at most, that no
	   site's menu holds
	   (명칭<TAB>키리졸브<TAB>동맹, not 홈<TAB>뉴스<TAB>정치) */
	if (tab && (low || (hg && wide && ncell <= 4 && !hgnoise(t))))
		return 0;
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
	"font size", "text size", "helpful links", "quick links",
	"useful links", "related links", "external links", "connect with us",
	"privacy & security", "privacy and security", "terms of service",
	"cookie settings", "no fear act", "remote visualization",
	"continues below advertisement", "story continues below",
	"your browser doesn", "your browser does not support",
	"sponsored content", "listen to this article", "view this email",
	"read more", "view in browser", "min read", "minute read",
	"minutes read", "print friendly", "previous article", "next article",
	"previous post", "next post", "previous story", "next story",
	"media inquiries", "media contacts", "download pdf", "download the pdf",
	"download report", "download the report", "download brief",
	"defense media activity", "go to contents", "go to navigation",
	"go to main content", "continue reading", "scroll to top",
	"full screen", "skip ad", "read full article", "read the full article",
	"read full story",
};
/* buttons: chrome only as a line of three words or fewer */
static const char *const uiweak[] = {
	"print", "email", "e-mail", "facebook", "twitter", "linkedin", "like", "talk",
	"comments", "comment", "share", "subscribe", "register", "newsletter",
	"menu", "search", "download", "save", "upvote", "downvote", "logo",
	"banner", "flag", "listen", "popular", "trending", "recommended",
	"accessibility", "foia", "views", "hits", "advertisement",
	"sponsored",
};
/* a player's and a photo's labels: chrome only alone on their line
   (Satellite Photos, The Video Evidence are headings) */
static const char *const uialone[] = {
	"advertising", "autoplay", "fullscreen", "caption", "photo", "photos",
	"video", "gallery",
};

/* a release's kind or a box's name over the title, chrome only as the
   whole line (not "Joint Press Statement on ...") */
static const char *const uilabel[] = {
	"media note", "press statement", "readout", "photo gallery",
	"image gallery", "video gallery", "photo galleries",
	"featured content", "back to news", "subscription options",
	"about the author",
	/* a ticker's label, empty or over one line, no box of links: the
	   story's headline may follow it */
	"breaking news",
};

/* defence terms that hold a button's word: a heading, not a button */
static const char *const uiterms[] = {
	"search and rescue", "flag officer", "flag officers", "flag state",
	"save lives", "like-minded",
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
	/* "(c) 2024 ...", not the third item of a list: "(c) a trilateral
	   framework" */
	if (strstr(lo, "all rights reserved") != NULL ||
	    (strncmp(lo, "rights reserved", 15) == 0 && t.n <= 17) ||	/* (its line's end) */
	    strncmp(lo, "\xc2\xa9", 2) == 0 ||
	    (strncmp(lo, "(c) ", 4) == 0 && ISDIGIT(lo[4])))
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
   "Home > Newsroom > Releases", "Home : Media : Newsroom" (a colon
   spaced on both sides, twice), however long the page title at its end. */
static int
breadcrumb(Str t)
{
	size_t i = 4;

	if (t.n < 8 || t.n > 240 || !sprefixci(t, "home"))
		return 0;
	/* its parts run on without marks when copied, the page's title
	   cut short at its end: "Home GRASP GRASP/Korea Camp Humphreys
	   Offers Taste of Home to U. S. Troops in South..." */
	if (t.p[4] == ' ' && (strends(t, "...") || strends(t, "\xe2\x80\xa6")) &&
	    !strhas(t, ", ") && ISUPPER(t.p[5])) {
		Str rest = t, w;
		size_t nw = 0, ncap = 0;

		while (rest.n > 0) {
			w = strcut(&rest, ' ');
			if (w.n > 0) {
				nw++;
				ncap += ISUPPER(w.p[0]) != 0;	/* (a bit, not 1) */
			}
		}
		return nw >= 4 && ncap * 4 >= nw * 3;	/* (not "Home prices rose ...") */
	}
	while (i < t.n && t.p[i] == ' ')
		i++;
	if (i + 1 < t.n && i > 4 && t.p[i] == ':' && t.p[i + 1] == ' ')
		return strhas((Str){ t.p + i + 1, t.n - i - 1 }, " : ");
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

/* A site's legal disclaimer, a paragraph of any length: "Legal
   Disclaimer: MENAFN provides the information "as is" without warranty
   of any kind. We do not accept any responsibility ..." (an op-ed's
   "Disclaimer: The views expressed ..." is its author's note, meta). */
static int
liability(Str t)
{
	Str head = { t.p, t.n < 600 ? t.n : 600 };

	if (t.n <= 20)
		return 0;	/* (its label alone: the text comes below) */
	if (sprefixci(t, "legal disclaimer"))
		return 1;
	if (!sprefixci(t, "disclaimer") || authornote(t))
		return 0;
	return strhas(head, "warrant") || strhas(head, "liabilit") ||
	    strhas(head, "accept any responsibility") ||
	    strhas(head, "accept no responsibility");
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

/* A photo's keywords as a page lists them over its caption, names
   joined by bare commas: "John Kerry,Ash Carter,Yun Byung-se".  Three
   names or more, each one to four capitalised words, no space after a
   comma, no sentence's end; a list set with spaces ("Seoul, Tokyo,
   Washington") is a writer's, not this. */
static int
keywordrow(Str t)
{
	size_t i, nname = 1, nw = 1;

	if (t.n < 8 || t.n > 160 || !ISUPPER(t.p[0]) || endsterm(t))
		return 0;
	for (i = 1; i < t.n; i++) {
		if (t.p[i] == ',') {
			if (i + 1 >= t.n || !ISUPPER(t.p[i + 1]) || t.p[i - 1] == ' ')
				return 0;
			nname++;
			nw = 1;
		} else if (t.p[i] == ' ') {
			if (++nw > 4 || i + 1 >= t.n || !ISUPPER(t.p[i + 1]))
				return 0;
		} else if (!ISALPHA(t.p[i]) && t.p[i] != '-' && t.p[i] != '.' &&
		    t.p[i] != '\'')
			return 0;
	}
	return nname >= 3;
}

/* Sections of a news site as its menu names them (ASCII in lower case). */
static const char *const sections[] = {
	"national", "politics", "social", "affairs", "foreign", "defense",
	"defence", "north", "korea", "business", "economy", "finance",
	"markets", "industry", "tech", "technology", "science", "life",
	"lifestyle", "culture", "arts", "entertainment", "sports", "world",
	"opinion", "editorial", "editorials", "columns", "society",
	"international", "asia", "americas", "europe", "diplomacy",
	"unification", "video", "videos", "photos", "podcasts", "k-pop",
	"travel", "education", "environment", "health", "local", "features",
	"latest", "home", "more", "market", "industries", "people",
	"sci", "style", "multimedia", "naver", "&",
	"\xec\x96\xb8\xeb\xa1\xa0\xec\x82\xac\xeb\xb3\x84",	/* 언론사별 */
	"\xec\xa0\x95\xec\xb9\x98",	/* 정치 */
	"\xea\xb2\xbd\xec\xa0\x9c",	/* 경제 */
	"\xec\x82\xac\xed\x9a\x8c",	/* 사회 */
	"\xec\x84\xb8\xea\xb3\x84",	/* 세계 */
	"\xea\xb5\xad\xec\xa0\x9c",	/* 국제 */
	"\xeb\xb6\x81\xed\x95\x9c",	/* 북한 */
	"\xed\x86\xb5\xec\x9d\xbc",	/* 통일 */
	"\xec\xa0\x84\xea\xb5\xad",	/* 전국 */
	"\xec\xa7\x80\xec\x97\xad",	/* 지역 */
	"\xeb\xac\xb8\xed\x99\x94",	/* 문화 */
	"\xec\x8a\xa4\xed\x8f\xac\xec\xb8\xa0",	/* 스포츠 */
	"\xec\x97\xb0\xec\x98\x88",	/* 연예 */
	"\xec\x98\xa4\xed\x94\xbc\xeb\x8b\x88\xec\x96\xb8",	/* 오피니언 */
	"\xec\x82\xac\xec\x84\xa4",	/* 사설 */
	"\xec\xb9\xbc\xeb\x9f\xbc",	/* 칼럼 */
	"\xea\xb3\xbc\xed\x95\x99",	/* 과학 */
	"\xec\x82\xb0\xec\x97\x85",	/* 산업 */
	"\xea\xb8\x88\xec\x9c\xb5",	/* 금융 */
	"\xec\xa6\x9d\xea\xb6\x8c",	/* 증권 */
	"\xeb\xb6\x80\xeb\x8f\x99\xec\x82\xb0",	/* 부동산 */
	"\xeb\x9d\xbc\xec\x9d\xb4\xed\x94\x84",	/* 라이프 */
	"\xec\x83\x9d\xed\x99\x9c",	/* 생활 */
	"\xea\xb1\xb4\xea\xb0\x95",	/* 건강 */
	"\xec\x97\xac\xed\x96\x89",	/* 여행 */
	"\xec\x9d\xb8\xeb\xac\xbc",	/* 인물 */
	"\xea\xb8\xb0\xed\x9a\x8d",	/* 기획 */
	"\xec\x97\xb0\xec\x9e\xac",	/* 연재 */
	"\xeb\x82\xa0\xec\x94\xa8",	/* 날씨 */
	"\xea\xb5\xad\xeb\xb0\xa9",	/* 국방 */
	"\xec\x99\xb8\xea\xb5\x90",	/* 외교 */
	"\xea\xb5\x90\xec\x9c\xa1",	/* 교육 */
	"\xed\x99\x98\xea\xb2\xbd",	/* 환경 */
	"\xeb\x85\xb8\xeb\x8f\x99",	/* 노동 */
	"\xeb\xa7\x88\xec\xbc\x93",	/* 마켓 */
	"\xec\x97\x94\xed\x84\xb0",	/* 엔터 */
	"\xeb\x89\xb4\xec\x8a\xa4",	/* 뉴스 */
	"\xec\xa0\x84\xec\xb2\xb4",	/* 전체 */
	"\xec\x86\x8d\xeb\xb3\xb4",	/* 속보 */
	"\xed\x8f\xac\xed\x86\xa0",	/* 포토 */
	"\xec\x98\x81\xec\x83\x81",	/* 영상 */
	"\xeb\x9e\xad\xed\x82\xb9",	/* 랭킹 */
	"\xec\x9d\xb4\xec\x8a\x88",	/* 이슈 */
	"\xea\xb5\xad\xed\x9a\x8c",	/* 국회 */
	"it",
	"대통령실", "정당", "행정", "정치일반", "사회일반", "국제일반",
	"전체기사", "프리미엄", "신문보기", "팩트체크", "시사",
};

/* Is w (not lowered) a section of the list?  ASCII case aside.  The
   list is looked at by length (filled in on the first call): the words
   of that length, a first byte compared before the rest. */
static int
issection(const char *w, size_t n)
{
	static unsigned char bylen[17][64];	/* indices + 1 of each length */
	static int ready;
	size_t i, j, k, m;
	int c0;

	if (!ready) {
		for (i = 0; i < NELEM(sections); i++) {
			m = strlen(sections[i]);
			for (j = 0; m < 17 && j < 63 && bylen[m][j] != 0; j++)
				;
			if (m < 17 && j < 63)
				bylen[m][j] = (unsigned char)(i + 1);
		}
		ready = 1;
	}
	if (n == 0 || n >= 17)
		return 0;
	c0 = (char)splower((unsigned char)w[0]);
	for (j = 0; (i = bylen[n][j]) != 0; j++) {
		if (sections[i - 1][0] != c0)
			continue;
		for (k = 1; k < n; k++)
			if ((char)splower((unsigned char)w[k]) != sections[i - 1][k])
				break;
		if (k == n)
			return 1;
	}
	return 0;
}

/* The number of words of t if every one is a section's (a middle dot,
   a slash or a bar may join two), else 0; *nhg, those not ASCII. */
static size_t
sectionwords(Str t, size_t *nhg)
{
	size_t i = 0, s, nw = 0;

	*nhg = 0;
	while (i < t.n) {
		while (i < t.n && (t.p[i] == ' ' || t.p[i] == '/' || t.p[i] == '|' ||
		    (t.p[i] == '>' && nw > 0)))
			i++;	/* (a breadcrumb's: 정치 > 국방) */
		if (i + 2 <= t.n && memcmp(t.p + i, "\xc2\xb7", 2) == 0) {
			i += 2;		/* · */
			continue;
		}
		if (i >= t.n)
			break;
		s = i;
		while (i < t.n && t.p[i] != ' ' && t.p[i] != '/' && t.p[i] != '|' &&
		    t.p[i] != '>' &&
		    !(i + 2 <= t.n && memcmp(t.p + i, "\xc2\xb7", 2) == 0))
			i++;
		if (!issection(t.p + s, i - s))
			return 0;	/* mostly at the first word */
		nw++;
		*nhg += (unsigned char)t.p[s] >= 0x80;
	}
	return nw;
}

/*
 * A news site's menu of sections pasted as one line, its cells run
 * together: "National Politics Social Affairs Defense North Korea
 * Business World Opinion", "정치 북한 경제 사회 전국 세계".  Every word is
 * a section's, with six words at least if they are ASCII (a heading
 * may name three or four sections: "North Korea Politics"), four if
 * Korean.
 */
static int
sectionmenu(Str t)
{
	size_t nhg, nw = sectionwords(t, &nhg);

	return nw >= 6 || (nw >= 4 && nhg * 2 >= nw);
}

/* A row of a menu of sections, one cell a line: "North Korea",
   "Sci/Tech", "국방". */
int
sectionrow(Str t)
{
	size_t nhg;

	return sectionwords(t, &nhg) > 0;
}

/* A site's pitch for donations, not a sentence of a story: "UNITED24 -
   Make a charitable donation in support of Ukraine!", "Donate now"
   (not "The fund asked people to make a donation."). */
static int
donation(Str t)
{
	static const char *const ask[] = {
		"make a donation", "make a charitable donation",
		"make a tax-deductible donation", "donate now", "donate today",
		"please donate",
	};
	char lo[LOCAP];
	size_t i;

	if (t.p[t.n - 1] == '.' || !strhas(t, "onat") || lowcopy(lo, t) == 0)
		return 0;	/* (Donate, donation) */
	for (i = 0; i < NELEM(ask); i++)
		if (strstr(lo, ask[i]) != NULL)
			return 1;
	return 0;
}

/* Is the price at p (its '$') a subscription's: "$1 for four weeks",
   "$4.99/month", not "$5 billion"?  A period of time must follow it
   before e. */
static int
price(const char *p, const char *e)
{
	static const char *const per[] = {
		"week", "month", "year", "/mo", "/yr", "annual", "trial",
	};
	const char *d = p + 1;
	size_t i;

	if (*d < '0' || *d > '9')
		return 0;
	while ((*d >= '0' && *d <= '9') || *d == '.' || *d == ',')
		d++;
	while (*d == ' ')
		d++;
	if (strncmp(d, "billion", 7) == 0 || strncmp(d, "million", 7) == 0 ||
	    strncmp(d, "trillion", 8) == 0 || strncmp(d, "bn", 2) == 0)
		return 0;	/* $1 billion a year: no price */
	for (i = 0; i < NELEM(per); i++) {
		const char *q = strstr(p, per[i]);

		if (q != NULL && q < e)
			return 1;
	}
	return 0;
}

/* Is t set as a headline: of its words of four letters or more, at
   least three, and four in five capitalised? */
static int
headcase(Str t)
{
	size_t i, b, nlong = 0, ncap = 0;

	for (i = 0; i < t.n; i = b + 1) {
		for (b = i; b < t.n && t.p[b] != ' '; b++)
			;
		if (b - i >= 4) {
			nlong++;
			ncap += t.p[i] >= 'A' && t.p[i] <= 'Z';
		}
	}
	return nlong >= 3 && ncap * 5 >= nlong * 4;
}

/* A paywall's pitch for subscriptions, a line of 80 bytes at most:
   two of its marks at least, one of them strong ("Try unlimited
   access", "Year-one discount if you continue past $1 trial period"),
   two strong in a sentence ("All major cards accepted. No commitments
   - you can cancel any time."); one alone is a story's ("The regime
   has unlimited access to the port"). */
static int
paywall(Str t)
{
	static const char *const mark[] = {	/* the first eight: strong */
		"unlimited access", "cancel any time", "cancel anytime",
		"trial period", "free trial", "subscribe now", "already a subscriber",
		"no commitment", "access to all", "discount", "get unlimited", "$",
	};
	char lo[LOCAP];
	const char *p;
	size_t i, n = 0, n0, strong = 0;
	int try, end;

	/* a strong mark must be there: one pass for their stems, "ccess",
	   "rial", "ncel", "bscr", "mmit" */
	if (t.n > 80 || t.n < 12)
		return 0;
	for (i = 2; i + 2 < t.n; i++)
		if ((t.p[i] == 'c' || t.p[i] == 'i' || t.p[i] == 's' ||
		    t.p[i] == 'm') && ((t.p[i - 1] == 'c' && t.p[i] == 'c' &&
		    t.p[i + 1] == 'e' && t.p[i + 2] == 's') ||
		    (t.p[i - 1] == 'r' && t.p[i] == 'i' && t.p[i + 1] == 'a' &&
		    t.p[i + 2] == 'l') ||
		    (t.p[i - 1] == 'n' && t.p[i] == 'c' && t.p[i + 1] == 'e' &&
		    t.p[i + 2] == 'l') ||
		    (t.p[i - 1] == 'b' && t.p[i] == 's' && t.p[i + 1] == 'c') ||
		    (t.p[i - 1] == 'm' && t.p[i] == 'm' && t.p[i + 1] == 'i' &&
		    t.p[i + 2] == 't')))
			break;
	if (i + 2 >= t.n)
		return 0;
	if ((n0 = lowcopy(lo, t)) == 0 || nwords(lo) > 14)
		return 0;
	try = strncmp(lo, "try ", 4) == 0 || strncmp(lo, "subscribe", 9) == 0;
	if (!try && headcase(t))
		return 0;	/* a headline: Trump Demands $5 Billion and
				   Unlimited Access to Korean Bases */
	for (i = 0; i < NELEM(mark); i++)
		if ((p = strstr(lo, mark[i])) != NULL &&
		    (i < NELEM(mark) - 1 || price(p, lo + n0))) {
			n++;
			strong += i < 8;
		}
	n += try;	/* Try unlimited access */
	/* a sentence needs two strong marks: "No commitments - you can
	   cancel any time." (a quote's end too: ... figure.") */
	end = t.p[t.n - 1] == '.' || (t.n > 2 && (t.p[t.n - 1] == '"' ||
	    t.p[t.n - 1] == '\'') && t.p[t.n - 2] == '.') || (t.n > 4 &&
	    memcmp(t.p + t.n - 4, ".\xe2\x80\x9d", 4) == 0);
	return end ? strong >= 2 : strong > 0 && n >= 2;
}

/* Does w occur in lo within its first 60 bytes (the thing a call
   names, not a word of a sentence further on)? */
static int
early(const char *lo, const char *w)
{
	const char *p = strstr(lo, w);

	return p != NULL && p - lo < 60;
}

/* A site's pitch for its mailings, a sentence though it is:
   "Choose which products you want delivered to your inbox.", "Get the
   day's news in your inbox", "Choose which ... products you want
   delivered to you."; or for donations. */
static int
pitch(Str t)
{
	char lo[LOCAP];

	int ask;

	if (t.n > 200)
		return 0;
	if (donation(t) || paywall(t))
		return 1;
	/* (told by its first word, or by an x: "inbox") */
	ask = sprefixci(t, "choose ") || sprefixci(t, "select ") ||
	    sprefixci(t, "sign up ") || sprefixci(t, "get ");
	/* "Sign up for our mailing list to keep up to date ...", "Join
	   our brand new verified AMN Telegram channel ...": the site's
	   own list or channel, "our" right after the call */
	if ((sprefixci(t, "sign up for our ") || sprefixci(t, "join our ") ||
	    sprefixci(t, "subscribe to our ")) && lowcopy(lo, t) > 0 &&
	    (early(lo, "mailing list") || early(lo, "newsletter") ||
	    early(lo, "telegram channel") || early(lo, "whatsapp channel") ||
	    early(lo, "youtube channel")))
		return 1;
	if ((!ask && memchr(t.p, 'x', t.n) == NULL) || lowcopy(lo, t) == 0)
		return 0;
	return strstr(lo, "your inbox") != NULL || strstr(lo, "your email inbox") != NULL ||
	    (ask && (strstr(lo, "delivered to you") != NULL ||
	    strstr(lo, "sent to you") != NULL));
}

/* A pointer to the text elsewhere or an advert's call, its own line:
   "Read full article here.", "Original article.", "Read more >", "...
   Career Network for Defense Jobs - JOIN NOW". */
static int
pointer(Str t)
{
	static const char *const alone[] = {
		"read full article here.", "read the full article here.",
		"original article.", "read more >", "read more \xc2\xbb",
		"read the original article.",
	};
	static const char *const call[] = {
		" - JOIN NOW", " - SUBSCRIBE NOW", " - LEARN MORE", " - SIGN UP NOW",
		" | JOIN NOW", " | SUBSCRIBE NOW", " | LEARN MORE",
	};
	size_t i, n;

	if (t.n < 11)
		return 0;
	if (t.n <= 28 && ((t.p[0] | 0x20) == 'r' || (t.p[0] | 0x20) == 'o'))
		for (i = 0; i < NELEM(alone); i++)
			if (t.n == strlen(alone[i]) && sprefixci(t, alone[i]))
				return 1;
	if (!ISUPPER(t.p[t.n - 1]) || !ISUPPER(t.p[t.n - 2]))
		return 0;
	for (i = 0; i < NELEM(call); i++)
		if (t.n > (n = strlen(call[i])) + 12 &&
		    memcmp(t.p + t.n - n, call[i], n) == 0)
			return 1;
	return 0;
}

/* A page's note on its readers' comments: "With your current
   subscription plan you can comment on stories. However, before
   writing your first comment, please create a display name ...". */
static int
commentnote(Str t)
{
	int c0, c1;

	/* (told first by how such a note opens: its first two letters) */
	if (t.n < 40)
		return 0;
	c0 = t.p[0] | 0x20;
	c1 = t.p[1] | 0x20;
	if (!((c0 == 'w' && c1 == 'i' && sprefixci(t, "with your ")) ||
	    (c0 == 't' && c1 == 'o' && sprefixci(t, "to comment")) ||
	    (c0 == 'y' && c1 == 'o' && sprefixci(t, "you must ")) ||
	    (c0 == 'p' && c1 == 'l' && sprefixci(t, "please ")) ||
	    (c0 == 'b' && c1 == 'e' && sprefixci(t, "before "))))
		return 0;
	return strhas(t, "comment") && (strhas(t, "your first comment") ||
	    strhas(t, "subscription plan") || strhas(t, "to comment, please") ||
	    (strhas(t, "display name") && strhas(t, "please")));
}

/*
 * The lines around a page's comments and its links to its own parts,
 * each the whole line: "Comments are closed.", "Please enter your
 * comment!", "Leave a Reply", "Note: Only a member of this blog may
 * post a comment.", "Go to main text", "Back to top"; a pointer to
 * the text elsewhere or to a document ("Click here for bill text.",
 * "Read the full article at Yonhap News Agency.", "Please read the
 * full article here"); an archive's banner over an old page
 * ("Information released online from January 20, 2009 to January 20,
 * 2017.", "Note: Content in this archive site is not updated, ...");
 * a placeholder for an image of a shape ("16x9 Image").
 */
static int
pageaside(Str t)
{
	static const char *const whole[] = {
		"comments are closed", "comments are closed for this article",
		"comments are closed for this post", "please enter your comment",
		"please enter your name here", "leave a reply", "leave a comment",
		"cancel reply", "no comments", "go to main text", "go to the top",
		"go to top", "back to top", "back to the top", "you are viewing",
		"search all site content", "choose your subscription topics",
		"i'm interested in...", "i\xe2\x80\x99m interested in...",
		"click to read full article", "click here to read full article",
	};
	char lo[LOCAP];
	size_t n, i;
	int c0 = t.p[0] | 0x20;

	if (t.n > 10 && memcmp(t.p, "\xe2\x80\xa2 ", 4) == 0 && ISDIGIT(t.p[4]))
		return pageaside((Str){ t.p + 4, t.n - 4 });	/* \u2022 16x9 Image */
	if (t.n < 6)
		return 0;
	/* (a story's lines are longer: past 90 bytes only the archive's
	   note, "Note: Content in this archive site is not updated, ...") */
	if (t.n > 90)
		return c0 == 'n' && t.n <= 240 &&
		    sprefixci(t, "note: content in this archive site");
	if (strchr("cplnbgyasiwr1234567890", c0) == NULL)
		return 0;
	/* (an image's shape: "16x9 Image", "1x1 image") */
	if (ISDIGIT(t.p[0])) {
		for (i = 0; i < t.n && ISDIGIT(t.p[i]); i++)
			;
		if (i >= t.n || (t.p[i] | 0x20) != 'x' || i > 2)
			return 0;
		for (i++; i < t.n && ISDIGIT(t.p[i]); i++)
			;
		return t.n - i == 6 && sprefixci((Str){ t.p + i, 6 }, " image");
	}
	if (t.n <= 41) {	/* (the whole line, a stop or a colon aside) */
		n = t.n - (strchr(".:!", t.p[t.n - 1]) != NULL);
		for (i = 0; i < NELEM(whole); i++)
			if (whole[i][0] == c0 && (strlen(whole[i]) == t.n ||
			    strlen(whole[i]) == n) && sprefixci(t, whole[i]))
				return 1;
	}
	/* (the note of a blog's host, "Note: Only a member of this blog
	   may post a comment.") */
	if (t.n <= 80 && (c0 == 'n' || c0 == 'o') && strhas(t, "may post a comment") &&
	    strhas(t, "this blog"))
		return 1;
	/* a pointer, a sentence of its own of a few words */
	if (c0 == 'c' && t.n <= 60 && sprefixci(t, "click here ") &&
	    (n = lowcopy(lo, t)) > 0 && nwords(lo) <= 8)
		return 1;
	if ((c0 == 'r' || c0 == 'p') && (sprefixci(t, "read the full ") ||
	    sprefixci(t, "please read the full ") ||
	    sprefixci(t, "read the original ")) && (n = lowcopy(lo, t)) > 0 &&
	    (strstr(lo, " here") != NULL || strstr(lo, " at ") != NULL ||
	    strstr(lo, " in ") != NULL || strstr(lo, " on ") != NULL) &&
	    nwords(lo) <= 10)
		return 1;
	/* the banner of an archived site's page */
	if (c0 == 'i' && sprefixci(t, "information released online from ") &&
	    (n = lowcopy(lo, t)) > 0 &&
	    finddate(lo, n, &i) == 33 && strstr(lo + i, " to ") == lo + i &&
	    nwords(lo) <= 12)
		return 1;	/* (from a date to a date, no more) */
	if (c0 == 'n' && sprefixci(t, "note: content in this archive site"))
		return 1;
	/* a site's reasons to trust it, its link under the headline, "Why
	   you can trust SCMP" */
	if (c0 == 'w' && t.n <= 30 && sprefixci(t, "why you can trust ")) {
		for (i = 18; i < t.n && ISUPPER(t.p[i]); i++)
			;
		return i == t.n && i - 18 >= 2;	/* (its name in capitals) */
	}
	/* a newspaper's player over its story, "Audio report: written by
	   reporters, read by AI" */
	if (c0 == 'a' && t.n <= 60 && sprefixci(t, "audio report:") &&
	    strhas(t, " read by "))
		return 1;
	return 0;
}

/*
 * The banner of a U.S. government site, its lines as they open, .gov
 * or .mil: "An official website of the United States government", "A
 * .mil website belongs to an official U.S. Department of Defense
 * organization ...", "A lock ... means you've safely connected ...".
 */
static int
govbanner(Str t)
{
	static const char *const open[] = {
		"a .gov website ", "a .mil website ", "secure .gov website",
		"secure .mil website", "official websites use .gov",
		"official websites use .mil", ".gov website belongs ",
		".mil website belongs ",
	};
	size_t i;

	/* (the paste may lose the banner's "A", an icon's neighbour:
	   ".gov website belongs to an official government organization") */
	if (strchr("AaSsOo.Yy", t.p[0]) == NULL || t.p[0] == '\0')
		return 0;
	for (i = 0; i < NELEM(open); i++)
		if (sprefixci(t, open[i]))
			return 1;
	/* an archived page's notice: "You have accessed part of a
	   historical collection on defense.gov. Some of the information
	   ... may be outdated ..." */
	if (sprefixci(t, "you have accessed part of a historical collection"))
		return 1;
	/* (its "Here's how you know" on the same line: 72 bytes, or 74
	   with a typographic apostrophe) */
	return (sprefixci(t, "a lock") && strhas(t, "safely connected")) ||
	    (t.n <= 60 && sprefixci(t, "an official website of the united states")) ||
	    (t.n <= 76 && sprefixci(t, "an official website of the united states") &&
	    strends(t, "how you know"));
}

/* A document host's viewer around the text it transcribed from a PDF:
   "Start display at page:", "Page content transcription", "If your
   browser does not render page correctly, please read the page content
   below", a download button and the title (Download "Title"). */
static int
viewerline(Str t)
{
	static const char *const open[] = {
		"start display at page", "page content transcription",
		"if your browser does not render page correctly",
	};
	size_t i;

	if (strchr("SsPpIiDd", t.p[0]) == NULL || t.p[0] == '\0')
		return 0;
	/* its button with the document's title: Download "Title ..." */
	if (sprefixci(t, "download \"") || sprefixci(t, "download \xe2\x80\x9c"))
		return t.p[t.n - 1] == '"' || (t.n > 12 &&
		    memcmp(t.p + t.n - 3, "\xe2\x80\x9d", 3) == 0);
	if (t.n > 120)
		return 0;
	for (i = 0; i < NELEM(open); i++)
		if (sprefixci(t, open[i]))
			return 1;
	return 0;
}

/* A rule drawn with characters: "---", "* * *", "=====", "───". */
/* A page's rating widget: three stars or more in a row, "Satisfaction
   with this page \u2606\u2606\u2606\u2606\u2606", "\u2605\u2605\u2605\u2606\u2606 (4.2)". */
static int
ratingline(Str t)
{
	size_t i, run = 0;

	if (t.n > 120)
		return 0;
	for (i = 0; i + 2 < t.n; i++) {
		if ((unsigned char)t.p[i] == 0xE2 && (unsigned char)t.p[i + 1] == 0x98 &&
		    ((unsigned char)t.p[i + 2] == 0x85 || (unsigned char)t.p[i + 2] == 0x86)) {
			if (++run >= 3)
				return 1;
			i += 2;
		} else if (t.p[i] != ' ')
			run = 0;
	}
	return 0;
}

int
ruleline(Str t)
{
	size_t i, n = 0;

	for (i = 0; i < t.n; i++) {
		if (t.p[i] == ' ')
			continue;
		if (strchr("-=_*~", t.p[i]) != NULL && t.p[i] != '\0')
			n++;
		else if (i + 2 < t.n && (unsigned char)t.p[i] == 0xE2 &&
		    (((unsigned char)t.p[i + 1] == 0x80 && (unsigned char)t.p[i + 2] == 0x94) ||
		    ((unsigned char)t.p[i + 1] == 0x94 && (unsigned char)t.p[i + 2] <= 0x81))) {
			n++;	/* — ─ ━ */
			i += 2;
		} else
			return 0;
	}
	return n >= 3;
}

/* The buttons that size a page's font: "A A", "A- A+", "A A A". */
static int
fontbar(Str t)
{
	size_t i, n = 0;

	for (i = 0; i < t.n; i++) {
		if (t.p[i] == ' ')
			continue;
		if (t.p[i] != 'A' && t.p[i] != 'a')
			return 0;
		n++;
		if (i + 1 < t.n && (t.p[i + 1] == '+' || t.p[i + 1] == '-'))
			i++;
		if (i + 1 < t.n && t.p[i + 1] != ' ')
			return 0;
	}
	return n >= 2 && n <= 4;
}

/*
 * A line of a table of contents: a title, a leader of dots (full stops,
 * middle dots or ellipses, spaced or not) and a page number, Arabic or
 * Roman: "I. Introduction ........ 1", "1. 개요 ············ 3".
 */
/* The length of an annex's page number at t's end, "A-1", "B-12" (a
   letter, a hyphen, up to three digits, after a leader); 0 if none. */
static size_t
annexpage(Str t)
{
	size_t n = t.n;

	while (n > 0 && t.n - n < 3 && ISDIGIT(t.p[n - 1]))
		n--;
	if (n == t.n || n < 3 || t.p[n - 1] != '-' || !ISUPPER(t.p[n - 2]) ||
	    ISALPHA(t.p[n - 3]))
		return 0;
	return t.n - n + 2;
}

int
tocline(Str t)
{
	size_t n = t.n, dots = 0, a;

	a = t.n > 4 && (t.p[t.n - 2] == '-' || t.p[t.n - 3] == '-' ||
	    t.p[t.n - 4] == '-') ? annexpage(t) : 0;	/* (a hyphen first) */
	n -= a;			/* "Conference Agenda ......A-1" */
	while (a == 0 && n > 0 && t.n - n < 4 && ISDIGIT(t.p[n - 1]))
		n--;
	if (n == t.n)
		while (n > 0 && t.n - n < 6 && strchr("ivx", t.p[n - 1]) != NULL &&
		    t.p[n - 1] != '\0')
			n--;
	if (n == t.n)
		return 0;
	while (n > 0) {
		if (t.p[n - 1] == '.') {
			dots++;
			n--;
		} else if (t.p[n - 1] == ' ')
			n--;
		else if (n >= 2 && memcmp(t.p + n - 2, "\xc2\xb7", 2) == 0) {
			dots++;		/* · */
			n -= 2;
		} else if (n >= 3 && (memcmp(t.p + n - 3, "\xe2\x80\xa6", 3) == 0 ||
		    memcmp(t.p + n - 3, "\xe2\x80\xa5", 3) == 0)) {
			dots += 3;	/* … ‥ */
			n -= 3;
		} else
			break;
	}
	return dots >= 4 && n > 0;
}

size_t
nchars(Str t)
{
	size_t i, n = 0;

	for (i = 0; i < t.n; i++)
		n += ((unsigned char)t.p[i] & 0xC0) != 0x80;
	return n;
}

/* A speaker's name over the turn, with where it starts in the
   recording: "Joe Biden: (00:00)", "Jane Roe: (1:02:13)" (a
   transcription service's), not a form's field. */
static int
turnstamp(Str t)
{
	size_t i;

	if (t.n < 10 || t.p[t.n - 1] != ')' || !ISUPPER(t.p[0]))
		return 0;
	for (i = t.n - 2; i > 0 && (ISDIGIT(t.p[i]) || t.p[i] == ':'); i--)
		;
	if (t.p[i] != '(' || i < 4 || t.n - i < 6 || t.p[i - 1] != ' ' ||
	    t.p[i - 2] != ':' || t.p[t.n - 4] != ':')
		return 0;
	/* the name: two words or more, or one in capitals (MODERATOR),
	   not a form's key ("Time: (12:30)") */
	return memchr(t.p, ' ', i - 2) != NULL || (ISUPPER(t.p[1]) && ISUPPER(t.p[i - 3]));
}

int
chromenoise(Str t)
{
	char lo[LOCAP];
	size_t n, nw, i, nsep = 0;
	const char *c;

	if (t.n == 0)
		return 0;
	if (((t.p[0] | 0x20) == 'l' || (t.p[0] | 0x20) == 'd') && liability(t))
		return 1;	/* Legal Disclaimer: ..., however long */
	if (t.n > 300)
		return 0;
	if (copyright(t) || (t.p[0] == '#' && hashtags(t)))
		return 1;
	if (ISUPPER(t.p[0]) && keywordrow(t))
		return 1;	/* John Kerry,Ash Carter,Yun Byung-se */
	if (breadcrumb(t) || taxonomy(t) || disclaimer(t) || tocline(t) ||
	    fontbar(t) || ruleline(t) || ratingline(t))
		return 1;
	/* 제보는 카카오톡 okjebo, 제보하기, ▶ 제보: where to send news tips */
	if (t.n <= 80 && ((t.n >= 10 && memcmp(t.p, "\xec\xa0\x9c\xeb\xb3\xb4\xeb\x8a\x94 ", 10) == 0) ||
	    (t.n >= 12 && memcmp(t.p, "\xec\xa0\x9c\xeb\xb3\xb4\xed\x95\x98\xea\xb8\xb0", 12) == 0) ||
	    (t.n > 4 && memcmp(t.p, "\xe2\x96\xb6", 3) == 0 &&
	    strhas((Str){ t.p + 3, t.n - 3 }, "\xec\xa0\x9c\xeb\xb3\xb4"))))
		return 1;
	if (sectionmenu(t))
		return 1;
	if (t.n <= 11 && (sprefixci(t, "begin text") || sprefixci(t, "end text")) &&
	    (t.n == 10 || (t.n == 8 && (t.p[0] | 0x20) == 'e') ||
	    strchr(":.", t.p[t.n - 1]) != NULL))
		return 1;	/* Begin Text: / End Text, a release's marks */
	if (t.n <= 160 && pitch(t))
		return 1;
	if (t.n <= 240 && strchr("YyTtUu", t.p[0]) != NULL &&
	    (sprefixci(t, "you are receiving this") ||
	    sprefixci(t, "you received this") || sprefixci(t, "this email was sent") ||
	    sprefixci(t, "to unsubscribe") || sprefixci(t, "unsubscribe")))
		return 1;	/* a newsletter's footer */
	if (t.n <= 240 && (govbanner(t) || viewerline(t)))
		return 1;
	if (t.n >= 11 && t.n <= 300 && (((t.p[0] | 0x20) == 'r' ||
	    (t.p[0] | 0x20) == 'o' || ISUPPER(t.p[t.n - 1])) ? pointer(t) :
	    commentnote(t)))
		return 1;
	if (pageaside(t))
		return 1;
	if ((t.n > 80 && (t.n > 320 || asciirun(t) == t.n || nchars(t) > 80)) ||
	    rawsentence(t)) {
		if (!hascookie(t))
			return 0;
	}
	n = lowcopy(lo, t);
	if (strstr(lo, "cookie") != NULL &&
	    (hasword(lo, "accept") || hasword(lo, "consent") ||
	    hasword(lo, "we use") || hasword(lo, "policy")))
		return 1;
	if (n == 0 || (n > 80 && nchars(t) > 80) || (sentend(lo, n) && lo[n - 1] != '!'))
		return 0;	/* (80 characters: Korean takes three bytes) */
	nw = nwords(lo);
	if (strncmp(lo, "\xc2\xa9", 2) == 0 || (lo[n - 1] == '!' && nw <= 2))
		return 1;		/* © 2024 ..., Copied! */
	if (strcmp(lo, "\xc3\x97") == 0 || strcmp(lo, "\xe2\x9c\x95") == 0)
		return 1;		/* ×, ✕: a close button */
	for (i = 0; nw == 1 && i < NELEM(uialone); i++)
		if (strcmp(lo, uialone[i]) == 0)
			return 1;	/* Photo, Autoplay */
	for (i = 0; nw <= 3 && n <= 20 && i < NELEM(uilabel); i++)
		if (lo[0] == uilabel[i][0] && strcmp(lo, uilabel[i]) == 0)
			return 1;	/* Media Note, Photo gallery */
	if (nw <= 8 && strchr(lo, '*') != NULL && strstr(lo, "indicates required"))
		return 1;	/* a form's "* indicates required" (not "Survey
				   indicates required spending rise") */
	if (((nw <= 8 && anyword(lo, uistrong, NELEM(uistrong))) ||
	    (nw <= 3 && anyword(lo, uiweak, NELEM(uiweak)) &&
	    !anyword(lo, uiterms, NELEM(uiterms)))) &&
	    finddate(lo, n, &i) < 0)
		return 1;
	for (i = 0; i + 2 < n; i++)
		if (lo[i] == ' ' && (lo[i + 1] == '|' || (n <= 80 &&
		    (lo[i + 1] == '>' || (i + 3 < n &&
		    (memcmp(lo + i + 1, "\xc2\xb7", 2) == 0 ||
		    memcmp(lo + i + 1, "\xc2\xbb", 2) == 0))))))
			nsep++;	/* (past 80 bytes, Korean: bars only; · parts a headline) */
	if (nsep >= 2 && finddate(lo, n, &i) < 0)
		return 1;
	if (widemenu(t))
		return 1;
	if ((c = strchr(lo, ':')) != NULL && c - lo <= 20 && nw <= 4 &&
	    nwords(c + 1) <= 2 && c[1] != '\0' && !chromemeta(t) &&
	    !(((c > lo && ISDIGIT(c[-1]) && ISDIGIT(c[1])) ||
	    (unsigned char)t.p[0] >= 0xEA) && hgmeta(t)) &&
	    !hgfield(t) && !turnstamp(t))
		return 1;	/* Academic year: 2022 (not "2026. 11. 6.(목) 10:30",
				   nor 기사입력 : 2016년10월21일 08:49) */
	return 0;
}

/* The length of an ad's placeholder in braces that opens t, a
   template's tag left in the text ("{mosads}A strategic guideline
   ..."): a word of 2 to 20 letters or digits; 0 if none. */
size_t
placeholder(Str t)
{
	size_t i;

	if (t.n < 4 || t.p[0] != '{')
		return 0;
	for (i = 1; i < t.n && i <= 21 && (ISALPHA(t.p[i]) || ISDIGIT(t.p[i]) ||
	    t.p[i] == '_'); i++)
		;
	return i >= 3 && i < t.n && t.p[i] == '}' ? i + 1 : 0;
}

/* Where a page's title ends before its site and breadcrumb, "제58차
   ... 공동성명 | 국방부 > 알림마당 > 보도자료 ...": the offset of the
   " | " after which two ">" or "›" come within 120 bytes, each between
   spaces, with no sentence end before them; 0 if none. */
size_t
crumbtail(Str t)
{
	size_t i, k, nsep;

	for (i = 4; i + 3 < t.n; i++) {
		if (memcmp(t.p + i, " | ", 3) != 0)
			continue;
		for (k = i + 3, nsep = 0; k + 2 < t.n && k < i + 120 && nsep < 2; k++) {
			if (t.p[k] == '.' && k + 1 < t.n && t.p[k + 1] == ' ')
				break;
			if (t.p[k - 1] == ' ' && (t.p[k] == '>' ||
			    memcmp(t.p + k, "\xe2\x80\xba", 3) == 0) &&
			    t.p[k + (t.p[k] == '>' ? 1 : 3)] == ' ')
				nsep++;
		}
		return nsep == 2 ? i : 0;
	}
	return 0;
}
