/* classify.c: a block's kind (heading, meta, noise, clause, item,
   para) from its trimmed text and the kind of the block before it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

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
	"pinterest", "link", "copy", "a+", "a-", "+", "|", "·", ">",
	"\xc2\xbb", "\xe2\x80\xba", "listen",	/* a separator alone: » › */
	"download", "pdf", "download pdf", "toggle navigation", "main menu",
	"keywords", "tags", "most liked", "most viewed", "most read",
	"most popular", "popular", "trending", "latest news", "top stories",
	"recommended", "more stories", "editor's picks", "attachment",
	"attachments", "attached file", "attached files", "files",
	"from", "send to", "available downloads", "redirecting",
	"redirecting...", "image", "top of page", "bottom of page",
	"back to top of page",
	"\xec\xb2\xa8\xeb\xb6\x80\xed\x8c\x8c\xec\x9d\xbc",	/* 첨부파일 */
	"\xec\xb2\xa8\xeb\xb6\x80",				/* 첨부 */
};

/* Is t a file's name or size as a page lists its attachments: "scm.pdf",
   "공동성명(국문).hwp (58KB)", "312 KB"? */
static int
filerow(Str t)
{
	static const char *ext[] = {
		".pdf", ".hwp", ".hwpx", ".doc", ".docx", ".xls", ".xlsx",
		".ppt", ".pptx", ".zip", ".txt", ".jpg", ".png", ".hwp)",
	};
	size_t i, e = t.n, d;

	if (t.n > 120 || t.n < 4 || (t.p[t.n - 1] != ')' && t.p[t.n - 1] != ']' &&
	    (t.p[t.n - 1] | 0x20) != 'b' && memchr(t.p + t.n - (t.n < 6 ? t.n : 6),
	    '.', (t.n < 6 ? t.n : 6) - 1) == NULL))
		return 0;	/* (no size, no extension at the end) */
	/* a size at the end: 312 KB, (58KB), [1.2 MB] */
	while (e > 0 && (t.p[e - 1] == ')' || t.p[e - 1] == ']'))
		e--;
	if (e >= 2 && (sprefixci((Str){ t.p + e - 2, 2 }, "kb") ||
	    sprefixci((Str){ t.p + e - 2, 2 }, "mb"))) {
		for (d = e - 2; d > 0 && t.p[d - 1] == ' '; d--)
			;
		if (d > 0 && ISDIGIT(t.p[d - 1])) {
			while (d > 0 && (ISDIGIT(t.p[d - 1]) || t.p[d - 1] == '.' ||
			    t.p[d - 1] == ','))
				d--;
			if (d == 0)
				return 1;	/* 312 KB alone */
			while (d > 0 && (t.p[d - 1] == ' ' || t.p[d - 1] == '(' ||
			    t.p[d - 1] == '['))
				d--;
			e = d;
		}
	}
	/* a file name ends it, with no space in its extension */
	for (i = 0; i < NELEM(ext); i++) {
		size_t n = strlen(ext[i]);

		if (e > n && sprefixci((Str){ t.p + e - n, n }, ext[i]))
			return 1;
	}
	return 0;
}

static int
iswebword(Str w)
{
	static WordSet ws = { webwords, NELEM(webwords), 1, { 0 }, 0 };

	return inwordset(w, &ws);
}

static const char *boxtitles[] = {
	"related", "related articles", "related stories", "related news",
	"related content", "most liked", "most viewed", "most read",
	"most popular", "popular", "trending", "latest news", "top stories",
	"recommended", "recommended stories", "more stories", "editor's picks",
	"you may also like", "more news", "keywords", "recent news",
	"recent posts", "recent stories", "latest", "latest stories",
	"in other news", "more from this section", "other news", "tags", "topics",
	"related topics", "filed under", "read more", "read next", "more from",
	"more from stars and stripes", "more from yonhap", "more from the herald",
	"what to read next", "up next", "related article", "recent features",
	"함께 보면 좋은 기사", "함께 보면 좋은 뉴스", "같이 보면 좋은 뉴스",
	"관련기사", "관련 기사", "많이 본 기사", "많이 본 뉴스", "인기기사",
	"주요뉴스", "최신뉴스", "추천기사", "관련뉴스", "관련 뉴스", "주요 뉴스",
	"최신 뉴스", "인기 기사", "실시간 인기", "이 시각 주요뉴스", "함께 볼만한 뉴스",
	"추천 기사", "관련 영상", "이 시각 많이 본 뉴스", "이 시각 많이 본 기사",
	"많이 본 뉴스", "가장 많이 본 뉴스", "오늘의 주요뉴스", "핫뉴스",
	"댓글 많은 뉴스", "댓글 많은 기사", "관련 글", "관련글", "인기 글",
	"인기글", "이 블로그 인기글",
	"이 블로그 인기 글", "최근 글", "다른 글", "추천 글",
};

int
isboxtitle(Str t)
{
	static WordSet ws = { boxtitles, NELEM(boxtitles), 1, { 0 }, 0 };

	while (t.n > 0 && (t.p[t.n - 1] == ':' || t.p[t.n - 1] == ' '))
		t.n--;
	/* a blog's box of its other posts: "이 블로그 안보·국방 카테고리
	   글", "안보·국방 카테고리의 다른 글" */
	/* "Top 10 Stories", "Top 5 News": a count between Top and the box's
	   word */
	if (t.n <= 24 && sprefixci(t, "top ") && t.n > 6 && ISDIGIT(t.p[4]) &&
	    (strends(t, " Stories") || strends(t, " News") ||
	    strends(t, " Articles") || strends(t, " stories")))
		return 1;
	if (t.n <= 80 && (strends(t, " \xec\xb9\xb4\xed\x85\x8c\xea\xb3\xa0\xeb\xa6\xac \xea\xb8\x80") ||	/* 카테고리 글 */
	    strends(t, "\xec\x9d\x98 \xeb\x8b\xa4\xeb\xa5\xb8 \xea\xb8\x80")) && !hgprose(t))	/* 의 다른 글 */
		return 1;
	return inwordset(t, &ws);
}

/* Is t a portrait's alt text, "Headshot of Daniel Rhee", "Photo of
   ...", "Portrait of ...": the words, then a name? */
int
portrait(Str t)
{
	static const char *lead[] = {
		"headshot of ", "photo of ", "portrait of ", "picture of ",
	};
	size_t i, n;

	for (i = 0; i < NELEM(lead); i++)
		if (t.n > (n = strlen(lead[i])) && sprefixci(t, lead[i]))
			return isname((Str){ t.p + n, t.n - n });
	return 0;
}

/* Is t a page of the print edition or of a scan: "A5면", "종합 03면",
   "정치 5면" (a section's name before it, not "사방 4면"), "189page",
   "189쪽"? */
static int
printpage(Str t)
{
	size_t i = 0, d;

	if (t.n < 4 || t.n > 24)
		return 0;
	for (d = 0; d < t.n && ISDIGIT(t.p[d]); d++)
		;
	if (d > 0 && d <= 4 && (eqci((Str){ t.p + d, t.n - d }, "page") ||
	    streqlit((Str){ t.p + d, t.n - d }, "\xec\xaa\xbd")))	/* 쪽 */
		return 1;
	for (d = 0; d < t.n && t.p[d] != ' '; d++)
		;
	if (d < t.n) {
		Str w = { t.p, d };

		if (!sectionrow(w) && !streqlit(w, "\xec\xa2\x85\xed\x95\xa9") &&	/* 종합 */
		    !streqlit(w, "\xed\x8a\xb9\xec\xa7\x91"))		/* 특집 */
			return 0;
		i = d + 1;
	}
	if (i < t.n && ISUPPER(t.p[i]))
		i++;		/* A5면 */
	for (d = i; d < t.n && ISDIGIT(t.p[d]); d++)
		;
	return d > i && d - i <= 3 &&
	    streqlit((Str){ t.p + d, t.n - d }, "\xeb\xa9\xb4");	/* 면 */
}

/* Is t a row of a page's arrows and separators, no word in it: "←",
   "→", "\u2190 \u2192", ". | . |" (a pager's or a slider's buttons, the
   dots between links)?  Not a bullet or a dash alone, which opens an
   item on the next line. */
static int
symrow(Str t)
{
	size_t i, nmark = 0;
	unsigned char c;

	if (t.n > 40)
		return 0;
	for (i = 0; i < t.n; i++) {
		c = (unsigned char)t.p[i];
		if (c == '|' || c == '~')
			nmark++;	/* (~ alone: a search form's From ~ To) */
		else if (c == ' ' || c == '.' || c == ':' || c == '/')
			continue;
		else if (c == 0xE2 && i + 2 < t.n && ((unsigned char)t.p[i + 1] == 0x86 ||
		    (unsigned char)t.p[i + 1] == 0x87) && (unsigned char)t.p[i + 2] >= 0x80) {
			nmark++;	/* ← → ↑ ↓ ⇐ ⇒ ... (U+2180-U+21FF) */
			i += 2;
		} else
			return 0;
	}
	return nmark > 0;
}

/* Is the (trimmed) line noise: a page number or header, a web leftover? */
int
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
	if (t.n == 2 && t.p[0] == 'A' && (t.p[1] == 'D' || t.p[1] == 'd'))
		return 1;			/* AD, an ad's label */
	if (portrait(t))
		return 1;			/* Headshot of Daniel Rhee */
	if ((i = leadnum(t, &v)) > 0 && i <= 4) {	/* 1 / 8, 1/8 */
		rest = (Str){ t.p + i, t.n - i };
		rest = strtrim(rest);
		if (rest.n > 1 && rest.p[0] == '/') {
			rest.p++, rest.n--;
			rest = strtrim(rest);
			if (isdigits(rest) && rest.n <= 4)
				return 1;
		}
	}
	if (sprefixci(t, "page ") && t.n > 5 && ISDIGIT(t.p[5]))
		return 1;			/* Page 3 - Title, Page 3 of 8 */
	if (sprefixci(t, "you are on page ") && t.n > 16 && ISDIGIT(t.p[16]))
		return 1;			/* a document viewer's You are on page 1of 28 */
	if ((sprefixci(t, "p. ") && t.n > 3 && isdigits((Str){ t.p + 3, t.n - 3 })) ||
	    (sprefixci(t, "p.") && t.n > 2 && isdigits((Str){ t.p + 2, t.n - 2 })))
		return 1;			/* P. 3 */
	if (printpage(t))
		return 1;			/* 종합 03면, A5면, 189page */
	if (t.n >= 3 && t.p[0] == '-' && t.p[t.n - 1] == '-') {
		rest = strtrim((Str){ t.p + 1, t.n - 2 });
		if (isdigits(rest) && rest.n <= 4)
			return 1;		/* - 3 - */
	}
	if (sprefixci(t, "more in ") || sprefixci(t, "more from ") ||
	    sprefixci(t, "more on "))
		return t.n < 60;		/* More In Commentary */
	if (iswebword(t) || filerow(t))
		return 1;
	if ((t.p[0] == '.' || t.p[0] == '|' || t.p[0] == '~' ||
	    (unsigned char)t.p[0] == 0xE2) && symrow(t))
		return 1;	/* ←, . | . | */
	/* Keywords #SCM #Hegseth, 태그 #한미동맹 */
	if (memchr(t.p, '#', t.n) != NULL && (sprefixci(t, "keywords ") ||
	    sprefixci(t, "tags ") ||
	    sprefixci(t, "topics ") || sprefixci(t, "recommended ") ||
	    sprefixci(t, "trending ") || sprefixci(t, "popular ") ||
	    sprefixci(t, "\xed\x83\x9c\xea\xb7\xb8 ") ||
	    sprefixci(t, "\xed\x82\xa4\xec\x9b\x8c\xeb\x93\x9c ")) &&
	    !endsterm(t))
		return 1;
	if (sprefixci(t, "skip to ") && t.n <= 60)
		return 1;		/* Skip to main content (Press Enter). */
	if (isboxtitle(t))
		return 1;		/* Related Articles, Recent News */
	if (t.n == 13 && sprefixci(t, "breaking news"))
		return 1;		/* a ticker's label, no box of links */
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
	if (nsep >= 1 && (sprefixci(t, "home ") || nsep >= 2) && nw <= 16)
		return 1;
	return 0;
}

/* A short name: 2-4 capitalised words of letters, no small words. */
int
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
			if (!ISALPHA(w.p[i]) && w.p[i] != '-' && w.p[i] != '.' &&
			    !(w.p[i] == '\'' && i + 1 < w.n && ISUPPER(w.p[i + 1])))
				return 0;	/* (O'Reilly) */
		nw++;
	}
	return nw >= 2 && nw <= 4;
}

/* A person's name with a middle initial, alone: "Larry A. Niksch",
   "John F. Smith Jr." (a given name, one or two initials, a family
   name): no title or heading is so shaped. */
int
initialname(Str t)
{
	Str rest = t, w;
	size_t i, nw = 0, ni = 0;
	int last = 0;

	if (t.n > 40 || t.n < 7 || !ISUPPER(t.p[0]))
		return 0;
	while (rest.n > 0) {
		w = strcut(&rest, ' ');
		if (w.n == 2 && ISUPPER(w.p[0]) && w.p[1] == '.') {
			if (nw != 1 + ni || ++ni > 2)
				return 0;	/* initials after the given name */
			continue;
		}
		if (last && (streqlit(w, "Jr.") || streqlit(w, "Sr.") ||
		    streqlit(w, "II") || streqlit(w, "III")) && rest.n == 0)
			break;
		if (w.n < 2 || !ISUPPER(w.p[0]) || last)
			return 0;
		for (i = 1; i < w.n; i++)	/* (Mary-Ann, O'Neil, McCain) */
			if (!(w.p[i] >= 'a' && w.p[i] <= 'z') &&
			    !((w.p[i] == '-' || w.p[i] == '\'') && i + 1 < w.n &&
			    ISUPPER(w.p[i + 1])) && !(ISUPPER(w.p[i]) &&
			    (w.p[i - 1] == '-' || w.p[i - 1] == '\'' ||
			    (i == 2 && w.p[0] == 'M' && w.p[1] == 'c'))))
				return 0;
		if (w.p[w.n - 1] == '-' || w.p[w.n - 1] == '\'')
			return 0;
		last = ni > 0;
		nw++;
	}
	return ni > 0 && last;
}

/* Is t names alone, joined by commas or "and": each a Korean name
   ("Lee Ji-won") or a given name and a Korean family name ("Victor
   Cha")?  A list of authors under a title. */
static int
namelist(Str t)
{
	Str rest = t, w, prev = { NULL, 0 };
	size_t nw = 0, nn = 0, end;
	int inname = 0;

	if (t.n > 80 || endsterm(t))
		return 0;
	while (rest.n > 0) {
		w = strcut(&rest, ' ');
		if (w.n == 0)
			continue;
		if (streqlit(w, "and") || streqlit(w, "&")) {
			if (inname != 2)
				return 0;
			inname = 0;
			continue;
		}
		if (++nw > 9)
			return 0;
		end = (size_t)(w.p - t.p) + w.n;	/* past the word */
		if (w.p[w.n - 1] == ',')
			w.n--;
		if (inname == 0) {
			if (!ISUPPER(w.p[0]))
				return 0;
			prev = w;
			inname = 1;
		} else if (inname == 1 && (krgiven(w) || krsurname(w)) &&
		    (krsurname(prev) || krsurname(w))) {
			inname = 2;
			nn++;
		} else
			return 0;
		if (inname == 2 && t.p[end - 1] == ',')
			inname = 0;	/* "Victor Cha, Andy Lim" */
	}
	return nn > 0 && (inname == 2 || inname == 0);
}

static const char *roles[] = {
	"minister", "professor", "fellow", "director", "researcher",
	"analyst", "editor", "president", "chair", "ambassador", "author",
	"secretary", "scholar", "officer", "correspondent", "columnist",
	"adviser", "advisor", "lecturer", "dean", "commander", "general",
	"reporter", "student", "candidate", "member", "head", "associate",
	"specialist", "coordinator", "attorney", "librarian",
};

/* Does t open with a title or a place, not a person's name: "Defense
   Minister Ahn ...", "President Lee ...", "North Korea ..."? */
static int
titled(Str t)
{
	static const char *const first[] = {
		"President", "Defense", "Defence", "Foreign", "Minister",
		"Secretary", "General", "Gen.", "Prime", "Vice", "Chairman",
		"North", "South", "The", "U.S.", "Lt.", "Adm.", "Admiral",
		"Ambassador", "Sen.", "Senator", "Rep.", "Deputy", "Former",
	};

	return stropens(t, first, NELEM(first));
}

/* "Jong Sup Lee is South Korea's defense minister.", "The author is..." */
static int
isbio(Str t)
{
	size_t i;
	char buf[640];

	/* longer with what marks a bio at a text's foot, at its end: the
	   views its own, the author's handle ("... The views expressed
	   are his own. Twitter: @jdoe.") */
	if (t.n < 8 || t.p[t.n - 1] != '.')
		return 0;
	if (t.n > 250 && (t.n > 600 || !((t.p[t.n - 2] == 'n' &&
	    memcmp(t.p + t.n - 5, " own.", 5) == 0 &&
	    (strends(t, " are his own.") || strends(t, " are her own.") ||
	    strends(t, " are their own.") || strends(t, " are my own.")) &&
	    (strhas((Str){ t.p + t.n - 80, 80 }, "views") ||
	    strhas((Str){ t.p + t.n - 80, 80 }, "opinions"))) ||
	    memchr(t.p + t.n - 24, '@', 24) != NULL)))
		return 0;	/* (at its end: "... are his own.", "@jdoe."; the
				   views his own, not "... the risks ... are
				   his own.") */
	for (i = 0; i + 5 < t.n && i < 42; i++) {
		const char *sp = memchr(t.p + i, ' ', (t.n < 42 ? t.n : 42) - i);

		if (sp == NULL) {
			i = 42;
			break;
		}
		i = (size_t)(sp - t.p);
		if (i + 5 < t.n && (memcmp(t.p + i, " is ", 4) == 0 ||
		    memcmp(t.p + i, " was ", 5) == 0))
			break;
	}
	if (i + 5 >= t.n || i >= 42)
		return 0;
	if ((!isname((Str){ t.p, i }) || titled(t)) &&
	    !sprefixci(t, "the author ") && !sprefixci(t, "the writer "))
		return 0;
	for (i = 0; i < t.n; i++)
		buf[i] = (char)splower((unsigned char)t.p[i]);
	buf[t.n] = '\0';
	/* a role as a word: not "ahead", "members", "generally" */
	for (i = 0; i < NELEM(roles); i++)
		if (hasword(buf, roles[i]))
			return 1;
	return 0;
}

static const char *orgs[] = {
	"Institute", "University", "Center", "Centre", "Foundation",
	"Council", "Academy", "Agency", "College", "School", "Association",
	"Society", "Forum", "Ministry", "Department",
};

/* Are the words of t capitalised (of, and, for, the, on, at between,
   not last: the line goes on), at most max of them?  The number of role
   words among them in *role. */
static int
titlewords(Str t, size_t max, size_t *role)
{
	Str rest = t, w;
	size_t i, nw = 0;
	char lo[64];

	*role = 0;
	while (rest.n > 0) {
		w = strcut(&rest, ' ');
		if (w.n == 0)
			continue;
		if (++nw > max || w.n >= sizeof(lo))
			return 0;
		if (streqlit(w, "of") || streqlit(w, "and") || streqlit(w, "for") ||
		    streqlit(w, "the") || streqlit(w, "on") || streqlit(w, "at")) {
			if (rest.n == 0)
				return 0;	/* it goes on */
			continue;
		}
		if (!ISUPPER(w.p[0]))
			return 0;
		for (i = 0; i < w.n; i++)
			lo[i] = (char)splower((unsigned char)w.p[i]);
		for (i = 0; i < NELEM(roles); i++)
			*role += strlen(roles[i]) == w.n && memcmp(lo, roles[i], w.n) == 0;
	}
	return nw > 0;
}

/* Does t end in the name of a field of study ("Asian Affairs",
   "Nonproliferation", "U.S. Defense Policy", "International Trade and
   Finance"), not a headline's ("Chief Visits Seoul")? */
/* Is t's last word, in lower case, one of ws[0..n)? */
static int
lastwordin(Str t, const char *const *ws, size_t n)
{
	size_t b, i;
	char lo[24];

	for (b = t.n; b > 0 && t.p[b - 1] != ' '; b--)
		;
	if (t.n - b >= sizeof(lo))
		return 0;
	for (i = b; i < t.n; i++)
		lo[i - b] = (char)splower((unsigned char)t.p[i]);
	for (i = 0; i < n; i++)
		if (strlen(ws[i]) == t.n - b && memcmp(lo, ws[i], t.n - b) == 0)
			return 1;
	return 0;
}

static int
fieldend(Str t)
{
	static const char *const fields[] = {
		"affairs", "policy", "nonproliferation", "security", "studies",
		"law", "economics", "trade", "finance", "relations", "politics",
		"forces", "budget", "energy", "defense", "development", "science",
		"history", "warfare", "intelligence", "issues",
	};

	return lastwordin(t, fields, NELEM(fields));
}

/* Does t end in a role's word ("Research Associate", not "Associate
   Press")? */
static int
roleend(Str t)
{
	return lastwordin(t, roles, NELEM(roles));
}

/* "Dr. Jane Kim, Senior Fellow", "Bo Ram Kwon, Associate Research
   Fellow": a name, a comma and a capitalised title with a role in it,
   on a short line of a title page (a line of prose that wraps after a
   name and a title goes on: "..., President of"). */
static int
namerole(Str t)
{
	const char *c;
	size_t i, role;

	const char *c2;
	size_t r2;

	if (t.n >= 120 || endsterm(t) || (c = memchr(t.p, ',', t.n)) == NULL ||
	    c + 2 >= t.p + t.n || c[1] != ' ' ||
	    !isname((Str){ t.p, (size_t)(c - t.p) }))
		return 0;
	i = (size_t)(c - t.p) + 2;
	/* and where: "Lee Ji-won, Senior Research Fellow, Korea Institute
	   for Defense Analyses" */
	if ((c2 = memchr(t.p + i, ',', t.n - i)) != NULL && c2 + 2 < t.p + t.n &&
	    c2[1] == ' ')
		return titlewords((Str){ t.p + i, (size_t)(c2 - t.p) - i }, 6, &role) &&
		    role > 0 && titlewords((Str){ t.p + (c2 - t.p) + 2, t.n - (size_t)(c2 - t.p) - 2 },
		    10, &r2);
	return t.n < 60 && titlewords((Str){ t.p + i, t.n - i }, 6, &role) && role > 0;
}

/* An author's post alone under the name, no field after it, two or
   three capitalised words ending in a role: "Legislative Attorney",
   "Senior Research Librarian" (not "Background", "The Attorney"). */
static int
postalone(Str t)
{
	size_t role;

	return t.n >= 8 && t.n <= 40 && ISUPPER(t.p[0]) &&
	    memchr(t.p, ' ', t.n) != NULL && !sprefixci(t, "the ") &&
	    titlewords(t, 3, &role) && role > 0 && roleend(t);
}

/* An affiliation line under a name: a title holding a role, a comma, an
   institution ("Research Fellow, Korea Institute for Defense Analyses",
   "Professor of Political Science, Yonsei University"). */
int
roleline(Str t)
{
	const char *c;
	size_t i, role, r2;

	/* the speakers under a transcript's title, parted by semicolons:
	   "Secretary of War Pete Hegseth; Republic of Korea Minister of
	   National Defense Ahn Gyu-back" */
	if (t.n >= 20 && t.n < 240 && memchr(t.p, ';', t.n) != NULL &&
	    !endsterm(t) && ISUPPER(t.p[0])) {
		Str rest = t, part;
		size_t all = 0;
		int ok = 1;

		while (ok && rest.n > 0) {
			part = strtrim(strcut(&rest, ';'));
			ok = part.n > 0 && titlewords(part, 14, &role) && role > 0;
			all++;
		}
		if (ok && all >= 2)
			return 1;
	}

	if (t.n < 8 || t.n >= 120 || !ISUPPER(t.p[0]) || endsterm(t))
		return 0;
	/* a report's cover: the author's post in a field, no comma
	   ("Specialist in Asian Affairs", "Research Associate in Asian
	   Affairs", "Analyst in Nonproliferation"): role words, "in", at
	   most four capitalised words */
	if (t.n < 60 && memchr(t.p, ',', t.n) == NULL) {
		for (i = 1; i + 4 < t.n; i++)
			if (memcmp(t.p + i, " in ", 4) == 0)
				break;
		return i + 4 < t.n && ISUPPER(t.p[i + 4]) &&
		    titlewords((Str){ t.p, i }, 3, &role) && role > 0 &&
		    roleend((Str){ t.p, i }) &&
		    titlewords((Str){ t.p + i + 4, t.n - i - 4 }, 5, &r2) &&
		    fieldend((Str){ t.p + i + 4, t.n - i - 4 }) &&
		    !strhas((Str){ t.p + i + 3, t.n - i - 3 }, " on ") &&
		    !strhas((Str){ t.p + i + 3, t.n - i - 3 }, " at ") &&
		    !strhas((Str){ t.p + i + 3, t.n - i - 3 }, " for ") &&
		    !strhas((Str){ t.p + i + 3, t.n - i - 3 }, " of ") &&
		    !sprefixci((Str){ t.p + i + 4, t.n - i - 4 }, "chief") &&
		    !sprefixci((Str){ t.p + i + 4, t.n - i - 4 }, "charge");
	}	/* (not a headline's "Minister in Talks on Security", "Commander
		   in Chief of U.S. Forces", "Officer in Charge of ...") */
	if ((c = memchr(t.p, ',', t.n)) == NULL || c + 2 >= t.p + t.n ||
	    c[1] != ' ')
		return 0;
	i = (size_t)(c - t.p);
	/* an institution after the comma ("the Sejong Institute"): not a
	   clause's wrapped line, "Secretary of Defense, and Lee Jong-koo," */
	if (!ISUPPER(t.p[i + 2]) && !(t.n > i + 6 &&
	    memcmp(t.p + i + 2, "the ", 4) == 0 && ISUPPER(t.p[i + 6])))
		return 0;
	return titlewords((Str){ t.p, i }, 5, &role) && role > 0 &&
	    titlewords((Str){ t.p + i + 2, t.n - i - 2 }, 10, &r2);
}

/* A title and a Korean name, an op-ed's signature: "Minister of
   National Defense Ahn Gyu-back". */
static int
titlename(Str t)
{
	size_t b, a, role;

	for (b = t.n; b > 0 && t.p[b - 1] != ' '; b--)
		;
	if (b < 2 || !krgiven((Str){ t.p + b, t.n - b }))
		return 0;
	for (a = b - 1; a > 0 && t.p[a - 1] != ' '; a--)
		;
	return a > 1 && krsurname((Str){ t.p + a, b - 1 - a }) &&
	    titlewords((Str){ t.p, a - 1 }, 8, &role) && role > 0;
}

/* The signatures under a text, their columns run together: titles
   with a role, names and states, capitalised words only (of, and, the,
   for between), no digit, no sentence end, a Korean name among them
   ("Pete Hegseth Ahn Gyu-back Secretary of War Minister of National
   Defense United States of America Republic of Korea") or a name of
   two or three words first, a title after it ("Pete Hegseth Secretary
   of War United States of America"); after a name (named), a title
   alone ("Minister of National Defense Republic of Korea"). */
static int
signatures(Str t, int named)
{
	Str rest = t, w, prev = { NULL, 0 };
	size_t i, role;
	int kr = 0, nw = 0;

	if (t.n > 240 || endsterm(t) || !titlewords(t, 30, &role) || role == 0)
		return 0;
	if (named)
		return 1;	/* the next column: its title, its state */
	for (i = 0; i < t.n; i++)
		if (ISDIGIT(t.p[i]) || t.p[i] == ',' || t.p[i] == ':')
			return 0;
	/* a headline's verb between the name and a title: "Minister ... Ahn
	   Gyu-back Meets Commander" */
	for (rest = t; rest.n > 0; ) {
		w = strcut(&rest, ' ');
		if (w.n > 2 && w.p[w.n - 1] == 's' && ISUPPER(w.p[0]) &&
		    (streqlit(w, "Meets") || streqlit(w, "Visits") ||
		    streqlit(w, "Receives") || streqlit(w, "Holds") ||
		    streqlit(w, "Calls") || streqlit(w, "Hosts") ||
		    streqlit(w, "Thanks") || streqlit(w, "Signs") ||
		    streqlit(w, "Urges") || streqlit(w, "Says") ||
		    streqlit(w, "Vows") || streqlit(w, "Welcomes")))
			return 0;
	}
	rest = t;
	while (rest.n > 0 && !kr) {
		w = strcut(&rest, ' ');
		kr = prev.n > 0 && krsurname(prev) && krgiven(w);
		if (nw >= 0 && titlewords(w, 1, &role) && role > 0) {
			kr = kr || nw == 2 || nw == 3;	/* the name, its title */
			nw = -1;
		} else if (nw >= 0 && ISUPPER(w.p[0]))
			nw++;
		else
			nw = -1;	/* (a small word: no name first) */
		prev = w;
	}
	return kr;
}

/* An author's line: a name, then the role and institution in brackets,
   "Kim Ji-hoon (Senior Research Fellow, Korea Institute for Defense
   Analyses)", "Jane Doe (Professor, Yonsei University)". */
static int
nameparen(Str t)
{
	char *o;
	Str in;
	size_t role;

	if (t.n < 10 || t.n >= 160 || t.p[t.n - 1] != ')' ||
	    (o = memchr(t.p, '(', t.n)) == NULL || o < t.p + 2 || o[-1] != ' ')
		return 0;
	in = (Str){ o + 1, (size_t)(t.p + t.n - 1 - (o + 1)) };
	if (!isname((Str){ t.p, (size_t)(o - 1 - t.p) }) || in.n < 4 ||
	    memchr(in.p, '(', in.n) != NULL || !ISUPPER(in.p[0]))
		return 0;
	return roleline(in) || (titlewords(in, 10, &role) && role > 0);
}

/* Are t's words, at most max of them, capitalised, numbers or the small
   words of a title (of, the, and, for, on, in, to, a, an)? */
static int
capwords(Str t, size_t max)
{
	static const char *small[] = {
		"of", "the", "and", "for", "on", "in", "to", "a", "an", "&",
	};
	Str rest = t, w;
	size_t nw = 0, i;

	while (rest.n > 0) {
		w = strcut(&rest, ' ');
		if (w.n == 0)
			continue;
		if (++nw > max)
			return 0;
		if (ISUPPER(w.p[0]) || ISDIGIT(w.p[0]))
			continue;
		for (i = 0; i < NELEM(small); i++)
			if (w.n == strlen(small[i]) && memcmp(w.p, small[i], w.n) == 0)
				break;
		if (i == NELEM(small))
			return 0;
	}
	return nw > 0;
}

/* A pull quote's attribution: a dash, a name, a comma and a title with
   a role ("— Pete Hegseth, Secretary of War"), or a Korean name alone
   ("-- Ahn Gyu-back"; not "— North Korea", a list's line). */
static int
attribution(Str t)
{
	static const char *dash[] = {
		"\xe2\x80\x94", "\xe2\x80\x95", "--",	/* — ― -- */
	};
	Str rest = { NULL, 0 };
	char *c;
	size_t i, role;

	for (i = 0; i < NELEM(dash) && rest.p == NULL; i++)
		if (t.n > strlen(dash[i]) + 4 && memcmp(t.p, dash[i], strlen(dash[i])) == 0)
			rest = strtrim((Str){ t.p + strlen(dash[i]), t.n - strlen(dash[i]) });
	if (rest.n < 4 || endsterm(rest))
		return 0;
	/* an epigraph's source, its dash set close to it ("—National
	   Security Strategy", "―Joint Vision 2030"): a list's line has a
	   space after its dash */
	if ((memcmp(t.p, "\xe2\x80\x94", 3) == 0 || memcmp(t.p, "\xe2\x80\x95", 3) == 0) &&
	    ISUPPER(t.p[3]) && rest.n <= 80 && capwords(rest, 10))
		return 1;
	if ((c = memchr(rest.p, ',', rest.n)) == NULL)
		return namelist(rest);
	return isname((Str){ rest.p, (size_t)(c - rest.p) }) &&
	    c + 2 < rest.p + rest.n && c[1] == ' ' && (roleline((Str){ c + 2,
	    (size_t)(rest.p + rest.n - c - 2) }) || (titlewords((Str){ c + 2,
	    (size_t)(rest.p + rest.n - c - 2) }, 12, &role) && role > 0));
}

/* A reporter's name and the outlet after a slash or a bar, no "By"
   ("Joseph Hincks / TIME Magazine", "Jane Roe | The Korea Times"): the
   outlet's last word one of a newspaper's or an agency's. */
static int
nameoutlet(Str t)
{
	static const char *media[] = {
		"Magazine", "News", "Times", "Post", "Daily", "Herald", "Journal",
		"Press", "Agency", "Review", "Stripes", "Ilbo", "Tribune",
		"Reuters", "AFP", "Yonhap", "Sinmun", "Hankyoreh", "TIME",
		"Newsweek", "Monitor", "Diplomat",
	};
	size_t i, b;

	for (i = 3; i + 3 < t.n; i++)
		if (t.p[i] == ' ' && (t.p[i + 1] == '/' || t.p[i + 1] == '|') &&
		    t.p[i + 2] == ' ')
			break;
	if (i + 3 >= t.n || !isname((Str){ t.p, i }) || titled(t) || !ISUPPER(t.p[i + 3]) ||
	    memchr(t.p + i + 3, '/', t.n - i - 3) != NULL ||
	    memchr(t.p + i + 3, '|', t.n - i - 3) != NULL)
		return 0;
	for (b = t.n; b > i + 3 && t.p[b - 1] != ' '; b--)
		;
	for (i = 0; i < NELEM(media); i++)
		if (strlen(media[i]) == t.n - b && memcmp(t.p + b, media[i], t.n - b) == 0)
			return 1;
	return 0;
}

/* A blog's byline in lower case: "by", the author's handle, then the
   post's date and time alone ("by goum75 2025. 11. 15.", "by admin
   2024-10-31 16:03"); not "by the ministry". */
static int
handledate(Str t)
{
	size_t i, k, nd = 0, run = 0;

	if (t.n < 12 || !sprefixci(t, "by "))
		return 0;
	for (k = 3; k < t.n && t.p[k] != ' '; k++)
		;
	if (k == 3 || k >= t.n)
		return 0;
	for (i = k; i < t.n; i++) {
		if (ISDIGIT(t.p[i])) {
			if (++run >= 4)
				nd = 1;
		} else if (strchr(" .-/:", t.p[i]) != NULL && t.p[i] != '\0')
			run = 0;
		else
			return 0;
	}
	return nd;	/* (a year's four digits among them) */
}

static const char *const agencies[] = {
	" The Associated Press", " Associated Press", " Reuters", " AFP",
	" Yonhap", " Bloomberg", " Yonhap News Agency",
};

/* "By Jane Doe", "By USFK Public Affairs", "By Kim Min-ji, Staff
   Reporter", "Commentary by Jane Doe": a byline line.  Up to a comma, names: capitalised words
   (and, of, the, for between), no digit ("By July 2024, the" goes on). */
int
isbyline(Str t)
{
	static const char *lead[] = {
		"commentary by ", "analysis by ", "written by ", "posted by ",
		"article by ", "story by ", "opinion by ", "report by ",
		"interview by ", "edited by ", "brief by ", "critical questions by ",
		"essay by ", "a brief by ", "an essay by ", "issue brief by ",
		"created by ", "page created by ", "uploaded by ",
	};
	Str rest, w;
	size_t nw = 0, i, k = 0;
	int num = 0;

	if (t.n <= 4 || t.n >= 120)
		return 0;
	/* the bracket of the address on the next line ("By Jeong Hunny (" /
	   "hj257@heraldcorp.com)") */
	if (t.n > 8 && t.p[t.n - 1] == '(' && t.p[t.n - 2] == ' ')
		t.n -= 2;
	if (t.p[0] == 'b' && handledate(t))
		return 1;	/* by goum75 2025. 11. 15. (its date's stop) */
	if (endsterm(t))
		return 0;
	if (namerole(t) || nameparen(t) || attribution(t) ||
	    (t.n < 80 && (namelist(t) || titlename(t) || nameoutlet(t))))
		return 1;
	if (t.n >= 80)
		return 0;
	if (sprefixci(t, "by "))
		k = 3;
	for (i = 0; k == 0 && i < NELEM(lead); i++)
		if (sprefixci(t, lead[i]))
			k = strlen(lead[i]);	/* Commentary by Jane Doe */
	if (k == 0 || k >= t.n || !ISUPPER(t.p[k]))
		return 0;
	rest = (Str){ t.p + k, t.n - k };
	/* the agency after the names, no comma between: "By HYUNG-JIN KIM
	   and TARA COPP Associated Press" */
	for (i = 0; i < NELEM(agencies); i++)
		if (rest.n > strlen(agencies[i]) + 4 &&
		    memcmp(rest.p + rest.n - strlen(agencies[i]), agencies[i],
		    strlen(agencies[i])) == 0) {
			rest.n -= strlen(agencies[i]);
			break;
		}
	while (rest.n > 0 && rest.p[0] != ',') {
		w = strcut(&rest, ' ');
		if (w.n == 0)
			continue;
		if (streqlit(w, "|") || streqlit(w, "-") || streqlit(w, "\xe2\x80\xa2") ||
		    streqlit(w, "\xc2\xb7") || streqlit(w, "\xe2\x80\x94"))
			break;		/* By NAME OUTLET \u2022 date */
		if (w.p[w.n - 1] == ',') {
			w.n--;
			rest = S(",");	/* the name ends here */
		}
		if (++nw > 10 || (!ISUPPER(w.p[0]) &&
		    !streqlit(w, "and") && !streqlit(w, "of") &&
		    !streqlit(w, "the") && !streqlit(w, "for") &&
		    !(rest.n == 0 && (streqlit(w, "staff") ||
		    streqlit(w, "reporters"))) &&
		    !(rest.n == 0 && nw > 4 && ISDIGIT(w.p[0]))))
			return 0;	/* (By Stars and Stripes staff) */
		for (i = 0; i < w.n; i++)
			if (ISDIGIT(w.p[i]) && (rest.n > 0 || !ISDIGIT(w.p[0])))
				return 0;
		if (ISDIGIT(w.p[0]))
			num = 1;
	}
	/* the names, then the journal or series, its issue's number last,
	   no title's colon ("By Jane Doe Joint Force Quarterly 112", "By
	   Jane Doe North Korea's Nuclear Futures Series") */
	if ((nw > 6 || num) && memchr(t.p, ':', t.n) != NULL)
		return 0;
	return nw > 0;
}

/* A note on the text under it: its author's bio, a disclaimer, a
   publisher's note. */
int
noteline(Str t)
{
	return isbio(t) || authornote(t);
}

/* Is t an outlet's name and a date in figures, all of it: "Korea
   Herald25-05-2025", "The Diplomat 2026-05-20", "Yonhap 20.05.2026"?
   The date day-month-year or year-month-day, parted by - . or /, the
   name one to four capitalised words of letters before it. */
static int
outletdate(Str t)
{
	size_t i, e = t.n, nw = 1;
	int k, len[3];
	char sep = 0;

	for (k = 2; k >= 0; k--) {
		for (i = e; i > 0 && ISDIGIT(t.p[i - 1]); i--)
			;
		len[k] = (int)(e - i);
		if (len[k] == 0 || len[k] > 4 || (k > 0 && (i == 0 ||
		    strchr("-./", t.p[i - 1]) == NULL || (sep && t.p[i - 1] != sep))))
			return 0;
		if (k > 0)
			sep = t.p[--i];
		e = i;
	}
	if (!((len[0] == 4 && len[1] <= 2 && len[2] <= 2) ||
	    (len[2] == 4 && len[0] <= 2 && len[1] <= 2)))
		return 0;
	while (e > 0 && t.p[e - 1] == ' ')
		e--;
	if (e < 3 || !ISUPPER(t.p[0]))
		return 0;
	for (i = 1; i < e; i++) {
		if (t.p[i] == ' ') {
			if (++nw > 4 || !ISUPPER(t.p[i + 1]))
				return 0;
		} else if (!ISALPHA(t.p[i]))
			return 0;
	}
	return 1;
}

/* A date line, a view count, an e-mail address, a byline. */
static int
ismeta(Str t)
{
	size_t i, at = 0, nw = 1;
	long v;

	if (hgmeta(t))
		return 1;	/* Korean byline, dateline, agency tag */
	if (t.n > 120)
		return isbio(t) || authornote(t);
	if (memchr(t.p, '@', t.n) != NULL || t.n <= 20) {
		/* at and nw are needed below only with an @ or t.n <= 20 */
		for (i = 0; i < t.n; i++) {
			if (t.p[i] == '@')
				at = i + 1;
			else if (t.p[i] == ' ')
				nw++;
		}
	}
	if (at > 1 && nw <= 6 && memchr(t.p + at, '.', t.n - at) != NULL)
		return 1;			/* (someone@example.org) */
	if (sprefixci(t, "date") || sprefixci(t, "posted") ||
	    sprefixci(t, "published") || sprefixci(t, "updated")) {
		for (i = 0; i < t.n; i++)
			if (ISDIGIT(t.p[i]))
				return 1;	/* Date 2022-12-02 View 1,040 */
	}
	if (sprefixci(t, "views ") || sprefixci(t, "view ") ||
	    sprefixci(t, "hits ") || sprefixci(t, "views:"))
		return 1;
	if (t.n >= 10 && leadnum(t, &v) == 4 && t.p[4] == '-' &&
	    nw == 1 && t.n <= 20)
		return 1;			/* 2022-12-02 */
	if (t.n >= 12 && t.n <= 48 && ISDIGIT(t.p[t.n - 1]) && outletdate(t))
		return 1;			/* Korea Herald25-05-2025 */
	if (isbyline(t) || roleline(t))
		return 1;			/* By Jane Doe */
	if (t.n <= 9 && endmark(t))
		return 1;			/* (END), ### */
	return isbio(t) || authornote(t);
}

/* Is t an editor's note in brackets, the whole line: "[The prepared
   statement of Mr. Rogers can be found in the Appendix on page 61.]",
   "[Inaudible.]"; no other bracket inside, no footnote's number
   ("[1] Ibid."), no wiki's "[edit]", no Korean tag ("[기자]")? */
int
ednote(Str t)
{
	if (t.n < 5 || t.p[0] != '[' || t.p[t.n - 1] != ']' ||
	    !ISUPPER(t.p[1]) || !ISALPHA(t.p[2]) || !ISALPHA(t.p[3]))
		return 0;
	return memchr(t.p + 1, '[', t.n - 2) == NULL &&
	    memchr(t.p + 1, ']', t.n - 2) == NULL;
}

/* A label line: one capitalised word, perhaps a number after it. */
int
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
	return i < t.n && leadnum((Str){ t.p + i, t.n - i }, &v) == t.n - i;
}

/*
 * Is t an office's name as it heads a release, by its shape: an
 * office's word among its first three words, then "of" or "for", and
 * a last word that ends an office's name ("U.S. Department of
 * Defense", "Office of the Assistant Secretary of Defense (Public
 * Affairs)", "Korea Institute for Defense Analyses"; not "Ministry of
 * National Defense Reform Plan")?  The words' case: isbanner's.
 */
int
orgline(Str t)
{
	static const char *const head[] = {
		"Department", "Ministry", "Office", "Embassy", "Institute",
		"Agency", "Command", "Council", "Center", "Centre",
	};
	static const char *const last[] = {
		"Defense", "Defence", "State", "War", "Affairs", "Affairs)",
		"Korea", "America", "Analyses", "Studies", "Unification",
		"Government", "Spokesperson", "Spokesman",
	};
	Str rest = t, w, lw = { NULL, 0 };
	size_t i, nw = 0;
	int at = 0;

	if (t.n < 12 || !ISUPPER(t.p[0]) || (!strhas(t, " of ") && !strhas(t, " for ")))
		return 0;
	while (rest.n > 0) {
		if ((w = strcut(&rest, ' ')).n == 0)
			continue;
		if (at == 1 && !streqlit(w, "of") && !streqlit(w, "for"))
			return 0;	/* (Department Store) */
		if (at == 0 && nw < 3)
			for (i = 0; i < NELEM(head) && at == 0; i++)
				at = streqlit(w, head[i]);
		else if (at > 0)
			at = 2;
		nw++;
		lw = w;
	}
	for (i = 0; at == 2 && i < NELEM(last); i++)
		if (streqlit(lw, last[i]))
			return 1;
	return 0;
}

/*
 * A site banner: a short title-case organisation name with no sentence
 * end ("U.S. Department of Defense"); taken for one only above the
 * first text of the page.  A logo's text and the name after it, the
 * same words twice, are one ("United States Department of Defense
 * United States Department of Defense").
 */
int
isbanner(Str t)
{
	Str rest, w;
	size_t i, after = 0;
	int org = 0, ofnext = 0, was;

	if (t.n > 60 && t.n <= 161 && t.n % 2 == 1 && t.p[t.n / 2] == ' ' &&
	    memcmp(t.p, t.p + t.n / 2 + 1, t.n / 2) == 0)
		t.n /= 2;
	if (t.n > 80 || t.n < 4 || endsterm(t))
		return 0;
	rest = t;
	while (rest.n > 0) {
		w = strcut(&rest, ' ');
		if (w.n == 0)
			continue;
		if (w.n > 2 && w.p[0] == '(' && ISUPPER(w.p[1]))
			continue;	/* (Public Affairs) */
		if (!ISUPPER(w.p[0]) && !streqlit(w, "of") &&
		    !streqlit(w, "the") && !streqlit(w, "and") &&
		    !streqlit(w, "for") && !streqlit(w, "in") &&
		    !streqlit(w, "to") && !streqlit(w, "&") && !streqlit(w, "on"))
			return 0;
		if (org && after == 0 && (streqlit(w, "of") || streqlit(w, "for") ||
		    streqlit(w, "on") || streqlit(w, "in")))
			ofnext = 1;	/* Department of ..., Consulate in ... */
		after++;
		was = 0;
		for (i = 0; i < NELEM(orgs); i++)
			if (streqlit(w, orgs[i]))
				was = 1;
		if (streqlit(w, "Embassy") || streqlit(w, "Command") ||
		    streqlit(w, "Forces") || streqlit(w, "Army") ||
		    streqlit(w, "Navy") || streqlit(w, "Marines") ||
		    streqlit(w, "Consulate") || streqlit(w, "Mission") ||
		    streqlit(w, "Garrison"))
			was = 1;
		if (was) {
			org = 1;
			after = 0;
		}
	}
	/* the office's word ends its name, or a place or an "of" follows it
	   ("U.S. Forces Korea", "Department of State"); more words after it
	   make a headline ("Army Chief Visits Seoul", "Combined Forces
	   Command Transfer Delayed") */
	if (org && after > 1 && !ofnext)
		org = 0;
	/* (longer, or with no office's word of the lists: an office's name
	   by its shape, Office of ... (Public Affairs)) */
	return (org && t.n <= 60) || orgline(t);
}

/* A sentence's opening phrase over a list, not a title: a subordinate
   opener, a comma, and a last word in lower case ("According to the
   communique, the ministers" / "• reaffirmed ..."). */
static int
leadin(Str t)
{
	static const char *const open[] = {
		"According", "As", "In", "For", "With", "Under", "Following",
		"After", "While", "When", "If", "Since", "Although", "Because",
		"Despite", "Among",
	};
	size_t i, k, n;

	const char *c;

	if ((c = memchr(t.p, ',', t.n)) == NULL)
		return 0;
	for (k = t.n; k > 0 && t.p[k - 1] != ' '; k--)
		;
	if (k == t.n || !ISLOWER(t.p[k]))
		return 0;
	/* after the comma a bare subject, no verb: "the ministers", "the
	   two sides" (not a headline's "allies vow firm response") */
	while ((n = (size_t)(c - t.p)) + 1 < t.n &&
	    (c = memchr(t.p + n + 1, ',', t.n - n - 1)) != NULL)
		;
	for (c = t.p + n + 1, i = 0; c < t.p + t.n; c++)
		i += *c == ' ';
	if (i > 4 || !(sprefixci((Str){ t.p + n + 1, t.n - n - 1 }, " the ") ||
	    sprefixci((Str){ t.p + n + 1, t.n - n - 1 }, " both ") ||
	    sprefixci((Str){ t.p + n + 1, t.n - n - 1 }, " they")))
		return 0;
	return stropens(t, open, NELEM(open));
}

static int titlecase(Str);

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
	if ((last == '"' || last == '\'' || last == ')' || last == 0x9D ||
	    last == 0x99) && endsterm(t))
		return 0;	/* a quotation closes it: ... \u201Cremains unchanged.\u201D */
	if (last == '?' && t.n > 60 && !(titlecase((Str){ t.p, t.n - 1 }) &&
	    !strhas(t, ". ")))
		return 0;	/* a question, not a title's: "... Is American
				   Extended Deterrence Passé?" */
	if (last == ')') {	/* a sentence, its source after it: "... the
				   ministry said. (Yonhap)" */
		for (i = t.n - 1; i > 0 && t.n - i < 40 && t.p[i - 1] != '('; i--)
			;
		if (i >= 4 && t.p[i - 1] == '(' && t.p[i - 2] == ' ' &&
		    t.p[i - 3] == '.' && !ISDIGIT(t.p[i - 4]))
			return 0;
	}
	if (ISDIGIT(last) && endsterm(t))
		return 0;	/* a sentence, its footnote's mark after it */
	if (speaker(t) > 0)
		return 0;	/* Q: Will Japan join? */
	if (ISLOWER(t.p[0]) || leadin(t))
		return 0;
	for (i = 0; i < t.n; i++)
		if (t.p[i] == ' ')
			nw++;
	return nw <= 18;
}

/* Is t, after its item label of i bytes, a Korean report's section
   title under a box ("□ 추진 배경", "■ 향후 과제"): at most three bare
   nouns, all Hangul, no sentence end, no verb's or 개조식 ending
   (합의함)?  With sub-points under it (sub), any number of words, a
   Latin word or a number among them, nouns of 의 (북한의 위협 평가). */
static int
hgboxtitle(Str t, size_t i, int sub)
{
	static const char *ends[] = {
		"\xeb\x8b\xa4", "\xec\x9d\x8c", "\xed\x95\xa8",	/* 다 음 함 */
		"\xec\x9e\x84", "\xeb\x90\xa8", "\xec\x9a\x94",	/* 임 됨 요 */
	};
	Str rest;
	size_t k, nw = 0;

	if (t.n < 4 || !(memcmp(t.p, "\xe2\x96\xa1", 3) == 0 ||	/* □ */
	    memcmp(t.p, "\xe2\x96\xa0", 3) == 0))			/* ■ */
		return 0;
	rest = strtrim((Str){ t.p + i, t.n - i });
	if (rest.n < 6 || rest.n > (sub ? 90 : 60) || endsterm(rest) ||
	    !hgsyl(rest.p + rest.n - 3, 3))
		return 0;
	for (k = 0; k < rest.n; k++) {
		if (rest.p[k] == ' ')
			continue;
		if (k == 0 || rest.p[k - 1] == ' ')
			nw++;
		if ((unsigned char)rest.p[k] < 0x80 && !sub)
			return 0;	/* (a number, Latin: 2024년 계획 ...) */
	}
	for (k = 0; k < NELEM(ends); k++)
		if (memcmp(rest.p + rest.n - 3, ends[k], 3) == 0)
			return 0;
	if ((nw > 3 && !sub) || hgprose(rest))
		return 0;
	/* bare nouns: a task reads 연합훈련의 정례화, a title 향후 과제 */
	while (rest.n > 0) {
		Str w = strcut(&rest, ' ');

		if (w.n > 0 && hgnoun(w.p, w.n) && !(sub && w.n > 3 &&
		    memcmp(w.p + w.n - 3, "\xec\x9d\x98", 3) == 0))	/* 의 */
			return 0;
	}
	return 1;
}

/* Is t a box's line ("□ 지역 및 글로벌 안보협력") that is a section's
   title if sub-points follow it (hgsubpoint)? */
int
hgboxhead(Str t)
{
	size_t i = itemlabel(t);

	return i > 0 && hgboxtitle(t, i, 1) && !hgboxtitle(t, i, 0);
}

/* Does t open a sub-point under a box: ○, ㅇ, ◦, -, ·, ㆍ? */
int
hgsubpoint(Str t)
{
	static const char *marks[] = {
		"\xe2\x97\x8b ", "\xe3\x85\x87 ", "\xe2\x97\xa6 ", "- ",
		"\xc2\xb7 ", "\xe3\x86\x8d ",
	};
	size_t i;

	for (i = 0; i < NELEM(marks); i++)
		if (sprefixci(t, marks[i]))
			return 1;
	return 0;
}

/* Is t a press release's attachment, "붙임 1. 공동성명 국문 1부.", "3.
   회의 사진 3매. 끝."?  A count of copies or sheets near its end. */
static int
hgattach(Str t)
{
	size_t i;

	if (t.n > 160 || t.n < 8)
		return 0;
	for (i = t.n > 16 ? t.n - 16 : 1; i + 3 <= t.n; i++)
		if (ISDIGIT(t.p[i - 1]) && (memcmp(t.p + i, "부", 3) == 0 ||
		    memcmp(t.p + i, "매", 3) == 0) &&
		    (i + 3 == t.n || t.p[i + 3] == '.' || t.p[i + 3] == ' ' ||
		    t.p[i + 3] == ','))
			return 1;
	return 0;
}

/* Is t a title in title case: no sentence's end, at most maxw words,
   four in five of those of four letters or more capitalised? */
static int
titlecasen(Str t, size_t maxw)
{
	size_t i, nw = 0, nlong = 0, ncap = 0, b;
	int last = (unsigned char)t.p[t.n - 1];

	if (strchr(".,;:!?", last) != NULL || ISLOWER(t.p[0]) || hashangul(t) ||
	    sprefixci(t, "contents") || sprefixci(t, "table of contents"))
		return 0;	/* (Korean has no case to tell) */
	for (i = 0; i < t.n; i = b + 1) {
		for (b = i; b < t.n && t.p[b] != ' '; b++)
			;
		if (b == i)
			continue;
		nw++;
		if (b - i >= 4) {
			nlong++;
			ncap += !ISLOWER(t.p[i]);
		}
	}
	return nw <= maxw && nlong >= 3 && ncap * 5 >= nlong * 4;
}

static int
titlecase(Str t)
{
	return titlecasen(t, 30);
}

/* Is t, a clause's number and no sentence's end, a numbered section's
   title in title case, however long ("1. Continued Development of the
   ROK-U.S. Alliance as a Comprehensive Strategic Alliance")? */
static int
numtitle(Str t)
{
	size_t i = sectlabel(t);

	return i > 0 && i < t.n && titlecasen((Str){ t.p + i, t.n - i }, 16);
}

/* A newspaper's name, as a page sets it under its byline: two to five
   capitalised words ("The" may open it), the last a paper's word ("The
   Washington Post", "Korea JoongAng Daily", "Stars and Stripes"). */
static int
papername(Str t)
{
	static const char *const paper[] = {
		"Post", "Times", "Herald", "Journal", "Daily", "Tribune",
		"Gazette", "Telegraph", "Guardian", "Stripes", "Chronicle",
		"Observer", "Inquirer", "Examiner", "Shimbun", "Ilbo",
	};
	Str rest = t, w = { NULL, 0 }, w0 = { NULL, 0 };
	size_t i, nw = 0;

	if (t.n < 8 || t.n > 40 || !ISUPPER(t.p[0]))
		return 0;
	while (rest.n > 0) {
		if ((w = strcut(&rest, ' ')).n == 0)
			return 0;
		if (!ISUPPER(w.p[0]) && !streqlit(w, "and"))
			return 0;
		for (i = 0; i < w.n; i++)
			if (!ISALPHA(w.p[i]) && w.p[i] != '-')
				return 0;
		if (nw++ == 0)
			w0 = w;
	}
	if (nw < 2 || nw > 5)
		return 0;
	if (nw == 2 && (strends(w0, "ing") || strends(w0, "ed")))
		return 0;	/* a heading's "Changing Times", "Troubled Times" */
	for (i = 0; i < NELEM(paper); i++)
		if (streqlit(w, paper[i]))
			return 1;
	return 0;
}

/* A line of an event's program under its title, a part's label in
   capitals and who fills it, a name and a role, no turn of the
   transcript: "WELCOMING REMARKS: Dr. Jane Roe, President, the Harbor
   Institute", "MODERATOR: Ambassador John Doe, Senior Advisor, ..."
   (not "MODERATOR: Thank you, the next question ..."). */
static int
rosterline(Str t)
{
	static const char *const part[] = {
		"WELCOMING REMARKS", "OPENING REMARKS", "CLOSING REMARKS",
		"KEYNOTE ADDRESS", "KEYNOTE SPEAKER", "KEYNOTE REMARKS",
		"MODERATOR", "MODERATORS", "PANELISTS", "PANELIST", "SPEAKERS",
		"PARTICIPANTS", "DISCUSSANTS", "DISCUSSANT", "INTRODUCTION",
		"HOST", "HOSTS", "CHAIR",
	};
	char *c;
	Str rest;
	size_t i, nw;

	if (t.n < 16 || (c = memchr(t.p, ':', t.n < 20 ? t.n : 20)) == NULL ||
	    c + 2 >= t.p + t.n || c[1] != ' ')
		return 0;
	for (i = 0; i < NELEM(part); i++)
		if (strlen(part[i]) == (size_t)(c - t.p) &&
		    memcmp(t.p, part[i], (size_t)(c - t.p)) == 0)
			break;
	if (i == NELEM(part))
		return 0;
	rest = (Str){ c + 2, t.n - (size_t)(c - t.p) - 2 };
	/* (a role's note after a semicolon: "...; Former U.S. Ambassador") */
	if ((c = memchr(rest.p, ';', rest.n)) != NULL)
		rest.n = (size_t)(c - rest.p);
	if (namerole(rest) || roleline(rest))
		return 1;
	/* (a longer title after the name: "Cho Min-ho, 1st Vice Minister
	   of ...", "Dr. Jane Roe, President and CEO, Langone Chair ...") */
	if (rest.n > 160 || endsterm(rest) || (c = memchr(rest.p, ',', rest.n)) == NULL ||
	    c + 2 >= rest.p + rest.n || c[1] != ' ' ||
	    (!ISUPPER(c[2]) && !ISDIGIT(c[2])))
		return 0;
	if (!isname((Str){ rest.p, (size_t)(c - rest.p) }))
		return 0;
	/* (the title's words capitalised but for its small ones: not "Mr.
	   Kim, Yonhap, go ahead"; four words or more, not a reporter's
	   outlet as the moderator calls on her: "Jane Roe, Harbor Post") */
	for (i = (size_t)(c - rest.p) + 2, nw = 0; i < rest.n; i++)
		if (rest.p[i - 1] == ' ' && ++nw) {
			Str w = { rest.p + i, 0 };

			while (i + w.n < rest.n && rest.p[i + w.n] != ' ' &&
			    rest.p[i + w.n] != ',')
				w.n++;
			if (!ISUPPER(w.p[0]) && !ISDIGIT(w.p[0]) &&
			    !streqlit(w, "of") && !streqlit(w, "the") &&
			    !streqlit(w, "and") && !streqlit(w, "for") &&
			    !streqlit(w, "in") && !streqlit(w, "on") &&
			    !streqlit(w, "at") && !streqlit(w, "to") && !streqlit(w, "&"))
				return 0;
		}
	return nw >= 4;
}

int
blockkind(Str t, size_t nlines, int prevkind, int prevcomma, size_t nblock,
    int notnoise)
{
	size_t i;

	if (!notnoise && isnoise(t))
		return K_NOISE;
	if (t.n > 12 && t.p[0] == 'F' && filecaption(t))
		return K_META;		/* FILE - ...: a caption, no speaker's turn */
	if (t.n > 14 && ISUPPER(t.p[0]) && t.p[t.n - 1] != '.' &&
	    (pagestamp(t) || rosterline(t)))
		return K_META;		/* RECORDING DATE: ..., MODERATOR: Dr. Jane
					   Roe, Senior Fellow: no speaker's turn */
	if (((i = speaker(t)) > 0 || (i = gpospeaker(t)) > 0 ||
	    (t.n > 0 && ((unsigned char)t.p[0] >= 0xEA || t.p[0] == '<' ||
	    t.p[0] == '[') && (i = hgturn(t)) > 0)) && i < t.n)
		return K_PARA;		/* SEC. AUSTIN: ..., a turn of a transcript;
					   Chairman ROGERS. ..., a hearing's;
					   <답변> ..., 대변인: ..., a briefing's */
	if (hgspeaker(t))
		return K_HEADING;	/* ◀ 앵커 ▶, [기자]: the turns' section */
	if (ednote(t) || (t.n > 2 && t.p[0] == '^' && t.p[1] == ' '))
		return K_META;		/* [The prepared statement ...], any length;
					   a wiki's reference, ^ "Title". ... */
	if (ismeta(t) || chromemeta(t))
		return K_META;
	/* under the text, the signatures of a communique or an op-ed over
	   lines of their own (a line alone is titlename's) */
	if (nlines >= 2 && (prevkind == K_CLAUSE || prevkind == K_PARA ||
	    prevkind == K_ITEM) && signatures(t, 0))
		return K_META;
	/* a one-line block was looked at as a line already (online) */
	if ((nlines > 1 && chromenoise(t)) || (prevkind < 0 && (isbanner(t) ||
	    (nblock > 0 && islabel(t) && memchr(t.p, ' ', t.n) == NULL &&
	    !partname(t)))))
		return K_NOISE;		/* a banner, a section name under a menu */
	if (prevkind == K_META && t.n <= 60 && t.p[t.n - 1] == ',')
		return K_META;			/* Associate Research Fellow, */
	if (prevkind == K_META && nlines == 1 && postalone(t))
		return K_META;			/* Emily Roe / Legislative Attorney */
	if (prevkind == K_META && prevcomma == 2 && t.n <= 80 && !endsterm(t) &&
	    fieldvalue(t) &&
	    clauselabel(t) == 0)
		return K_META;			/* 조회수 / 3,214 */
	if (footline(t) && (t.p[strspn(t.p, "0123456789")] != ')' ||
	    strhas(t, "\xe3\x80\x8c") || strhas(t, "\xe3\x80\x8e") || strhas(t, "http")))
		return K_META;		/* a footnote: 1) 국방부, 「...」, p. 27. (a
					   list's "1) ..., p. 3." stays an item) */
	if (t.n > 6 && memcmp(t.p, "붙임", 6) == 0 && hgattach(t))
		return K_ITEM;		/* 붙임 1. 공동성명 1부. */
	if (clauselabel(t) > 0)
		return hgattach(t) ? K_ITEM : isheading(t, nlines) &&
		    (t.n < 60 || numtitle(t)) ? K_HEADING : K_CLAUSE;
	if ((i = itemlabel(t)) > 0) {
		/* a byline set as a list's line under the title, its bullet
		   a glyph ("\u2022 By Dr. Jane Roe", a .mil page's) */
		Str by = strtrim((Str){ t.p + i, t.n - i });

		if ((unsigned char)t.p[0] >= 0x80 && sprefixci(by, "by ") && isbyline(by))
			return K_META;
		return hgboxtitle(t, i, 0) ? K_HEADING : K_ITEM;
	}
	/* a title with its date and place, which may end in a full stop
	   (... Meeting November 3, 2022, Washington, D.C.) */
	if (nlines <= 2 && t.n <= 150 && !ISLOWER(t.p[0]) &&
	    t.p[t.n - 1] == '.' && placedate(t) > 0)
		return K_HEADING;
	/* the document's title over three or four lines of a PDF page
	   (Joint Communique of the 58th / Republic of Korea-United States /
	   Security Consultative Meeting) */
	if (isheading(t, prevcomma == 3 && nlines <= 4 && titlecase(t) ? 2 : nlines)) {
		if (prevkind == K_META) {
			if (prevcomma == 1 || (nlines >= 2 && signatures(t, 1)) ||
			    (nlines == 1 && papername(t)))
				return K_META;
			for (i = 0; i < NELEM(orgs); i++)
				if (contains(t, orgs[i]))
					return K_META;
		}
		return K_HEADING;
	}
	/* a text's first block, a long title in title case ("Secretary of
	   War Pete Hegseth and ... Hold a Joint Press Conference in Seoul") */
	if (prevcomma == 3 && nlines <= 4 && t.n <= 220 && titlecase(t))
		return K_HEADING;
	/* a transcript's title on one line, however many its speakers
	   ("Secretary of Defense ... and Secretary of State ... Conduct
	   Press Conference With Their Counterparts After a U.S.-ROK Foreign
	   and Defense Ministerial ("2+2"), Hosted by ..."), not a list of
	   names parted by semicolons nor a "Keywords: ..." line */
	if (prevcomma == 3 && nlines == 1 && t.n > 220 && t.n <= 360 &&
	    memchr(t.p, ';', t.n) == NULL && memchr(t.p, ':', 12) == NULL &&
	    titlecasen(t, 60))
		return K_HEADING;
	return K_PARA;
}
