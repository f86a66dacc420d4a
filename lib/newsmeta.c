/* newsmeta.c: the meta lines of web and news pages, by features of one
   trimmed line: dates and place-dates, news datelines, release marks and
   numbers, bylines with a staff role, photo captions and credits, agency
   lines (the lower-cased copy and word tests: chrome.c). */
#include <string.h>

#include "scm.h"

/* The line ends like a sentence: . ! ? after letters, not "Oct." */
int
sentend(const char *lo, size_t n)
{
	while (n > 0 && strchr("\"')]", lo[n - 1]) != NULL)
		n--;
	if (n < 2 || strchr(".!?", lo[n - 1]) == NULL)
		return 0;
	if (lo[n - 1] == '.' && n >= 4 && lo[n - 4] == ' ')
		return 0;		/* Oct. Jr. */
	return 1;
}

static const char *const months[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", "jan",
	"feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
	"dec",
};

/*
 * Where a date starts in lo (a month name before or after a day
 * number, or 2023-11-13 / 2023.11.13 / 2023/11/13); *end gets where it
 * ends.  -1 if there is none.
 */
long
finddate(const char *lo, size_t n, size_t *end)
{
	size_t i, j, k, m;

	for (i = 0; i < n; i++) {
		if (i > 0 && chalnum((unsigned char)lo[i - 1]))
			continue;
		if (lo[i] >= '0' && lo[i] <= '9') {
			for (j = i; j < n && lo[j] >= '0' && lo[j] <= '9'; j++)
				;
			if (((j - i == 4 && j + 3 < n) || (j - i <= 2 && j + 6 < n &&
			    strchr("-./", lo[j + 2 + (lo[j + 2] >= '0' && lo[j + 2] <= '9')]) != NULL)) &&
			    strchr("-./", lo[j]) != NULL &&
			    lo[j + 1] >= '0' && lo[j + 1] <= '9') {
				for (k = j + 1; k < n && strchr("0123456789-./", lo[k]) != NULL; k++)
					;
				*end = k;
				return (long)i;
			}
			continue;
		}
		if (strchr("jfmasond", lo[i]) == NULL || lo[i] == '\0')
			continue;
		for (m = 0; m < NELEM(months); m++) {
			if (months[m][0] != lo[i])
				continue;
			k = strlen(months[m]);
			if (strncmp(lo + i, months[m], k) != 0 || chalnum((unsigned char)lo[i + k]))
				continue;
			j = i + k;
			if (lo[j] == '.')
				j++;
			if (lo[j] == ' ' && lo[j + 1] >= '0' && lo[j + 1] <= '9') {
				for (j++; j < n && strchr("0123456789, ", lo[j]) != NULL; j++)
					;
				while (j > i && (lo[j - 1] == ' ' || lo[j - 1] == ','))
					j--;
				*end = j;
				return (long)i;
			}
		}
	}
	return -1;
}

/* Does the line lo (lower case) open as a posting's date does: "last
   updated", "updated", "published", "posted", "last modified"? */
static int
posting(const char *lo)
{
	return strncmp(lo, "last updated ", 13) == 0 || strncmp(lo, "updated ", 8) == 0 ||
	    strncmp(lo, "published ", 10) == 0 || strncmp(lo, "posted ", 7) == 0 ||
	    strncmp(lo, "last modified ", 14) == 0 || strncmp(lo, "first published ", 16) == 0;
}

/*
 * A place-date, release or posting line: a date, before it at most five
 * words none of them lower case ("Seoul,", "Release |", "Posted :",
 * "Updated"), after it at most three short tokens ("17:20", "KST",
 * "(Yonhap) --"), no sentence end.
 */
int
isdateline(Str t)
{
	char lo[LOCAP];
	size_t n, end, i, nw = 0;
	long at;

	if (t.n == 0 || t.n > 100 || (t.p[0] >= 'a' && t.p[0] <= 'z'))
		return 0;
	n = lowcopy(lo, t);
	if ((at = finddate(lo, n, &end)) < 0 ||
	    (sentend(lo, n) && !(n >= 5 && memcmp(lo + n - 5, " d.c.", 5) == 0)))
		return 0;	/* (a place-date line may end "Washington, D.C.") */
	if ((at == 0 && end <= sectlabel(t)) || hgclauseline(t))
		return 0;	/* "1.1. Background": a section's number */
	for (i = 0; i < (size_t)at; i++) {
		if (lo[i] == ' ' && i + 1 < (size_t)at && lo[i + 1] != ' ') {
			nw++;
			if (t.p[i + 1] >= 'a' && t.p[i + 1] <= 'z' &&
			    strncmp(lo + i + 1, "on ", 3) != 0 &&
			    !(nw == 1 && posting(lo)))
				return 0;	/* (Last updated November 11) */
		}
	}
	if (nw > 5 || nwords(lo + end) > (posting(lo) &&
	    strchr(lo + end, ':') != NULL ? 4 : 3))
		return 0;	/* (a posting's time: "at 9:05 a.m. EST") */
	/* prose goes on after the date: "By July 2024, the allies" */
	return !hasword(lo + end, "the") && !hasword(lo + end, "and") &&
	    !hasword(lo + end, "will") && !hasword(lo + end, "was") &&
	    !hasword(lo + end, "to") && !(hasword(lo + end, "a") &&
	    !(posting(lo) && strstr(lo + end, "a.m.") != NULL));
}

/* Is t[i..) a place after a date's comma: one to three capitalised
   words of letters and dots (Seoul; Washington, D.C.)? */
static int
dateplace(Str t, size_t i)
{
	size_t nw = 0;

	if (t.n - i > 40)
		return 0;
	while (i < t.n) {
		while (i < t.n && t.p[i] == ' ')
			i++;
		if (i == t.n)
			break;
		if (!ISUPPER(t.p[i]) || ++nw > 3)
			return 0;
		for (; i < t.n && t.p[i] != ' '; i++)
			if (!ISALPHA(t.p[i]) && t.p[i] != '.' &&
			    !(t.p[i] == ',' && (i + 1 == t.n || t.p[i + 1] == ' ')))
				return 0;
	}
	return nw > 0;
}

/*
 * A title that carries its place and date at its end ("Joint Communique
 * ... Meeting Washington, D.C. October 24, 2012"): the offset where the
 * place starts (the word before the date that ends in a comma, or the one
 * before it), or 0 if the text does not end so or no title is left.  The
 * date may come first ("... Meeting November 3, 2022, Washington, D.C."):
 * then the offset of the date.
 */
/* Digits then the Hangul unit u (년, 월, 일) at t[*i..): past them. */
static int
hgnum(Str t, size_t *i, const char *u)
{
	size_t j = *i;

	while (j < t.n && ISDIGIT(t.p[j]))
		j++;
	if (j == *i || j - *i > 4 || j + 3 > t.n || memcmp(t.p + j, u, 3) != 0)
		return 0;
	*i = j + 3;
	return 1;
}

/* A Korean title's date and place at its end: "... 공동성명 2023년 11월
   13일, 서울": the offset of the year, 0 if none. */
static size_t
hgplacedate(Str t)
{
	size_t y, i;

	for (y = 12; y + 8 < t.n; y++) {
		if (t.p[y - 1] != ' ' || !ISDIGIT(t.p[y]))
			continue;
		i = y;
		if (!hgnum(t, &i, "\xeb\x85\x84") || i >= t.n || t.p[i++] != ' ' ||	/* 년 */
		    !hgnum(t, &i, "\xec\x9b\x94") || i >= t.n || t.p[i++] != ' ' ||	/* 월 */
		    !hgnum(t, &i, "\xec\x9d\xbc"))	/* 일 */
			continue;
		if (i == t.n)
			return y;
		if (i + 2 < t.n && t.p[i] == ',' && t.p[i + 1] == ' ' &&
		    t.n - i <= 24 && (memchr(t.p + i + 2, ' ', t.n - i - 2) == NULL ||
		    (t.n - i > 5 && memcmp(t.p + t.n - 5, " D.C.", 5) == 0)))
			return y;	/* , 서울 / , 워싱턴 D.C. */
	}
	return 0;
}

size_t
placedate(Str t)
{
	char lo[LOCAP];
	size_t n, end, k, w1, w2;
	long at;

	if (t.n == 0 || t.n >= LOCAP)
		return 0;
	if ((k = hgplacedate(t)) > 0)
		return k;
	n = lowcopy(lo, t);
	if ((at = finddate(lo, n, &end)) > 0 && end < n && lo[end] == ',' &&
	    dateplace(t, end + 1))
		return at >= 12 && lo[at - 1] == ' ' ? (size_t)at : 0;
	if (at <= 0 || end != n)
		return 0;
	k = (size_t)at;
	while (k > 0 && lo[k - 1] == ' ')
		k--;
	for (w1 = k; w1 > 0 && lo[w1 - 1] != ' '; w1--)
		;
	for (w2 = w1; w2 > 0 && lo[w2 - 1] == ' '; w2--)
		;
	if (k > w1 && lo[k - 1] == ',' && t.p[w1] >= 'A' && t.p[w1] <= 'Z') {
		/* Washington, D.C., October 28: the state's initials too */
		if (k - w1 == 5 && t.p[w1 + 1] == '.' && t.p[w1 + 3] == '.' &&
		    w2 > 1 && lo[w2 - 1] == ',') {
			for (k = w2; k > 0 && lo[k - 1] != ' '; k--)
				;
			if (t.p[k] >= 'A' && t.p[k] <= 'Z')
				return k >= 12 ? k : 0;
		}
		return w1 >= 12 ? w1 : 0;
	}
	k = w2;
	for (w2 = k; w2 > 0 && lo[w2 - 1] != ' '; w2--)
		;
	if (k > w2 && lo[k - 1] == ',' && t.p[w2] >= 'A' && t.p[w2] <= 'Z' &&
	    t.p[w1] >= 'A' && t.p[w1] <= 'Z')
		return w2 >= 12 ? w2 : 0;
	return 0;
}

static const char *const agency[] = {
	"yonhap", "news agency", "reuters", "afp", "associated press", "ap",
	"newswire", "kyodo", "xinhua", "newsis", "news1", "epa", "kcna",
};
/* More credits that end a photo caption only. */
static const char *const credit[] = {
	"press corps", "pool", "courtesy", "handout", "getty images",
};
/* Offices that take the photos of a caption after its last sentence. */
static const char *const office[] = {
	"ministry", "office", "department", "usfk", "forces korea", "navy",
	"army", "air force", "marine corps", "command", "dod", "pentagon",
	"presidential", "defense", "defence", "embassy", "white house",
};
static const char *const staffrole[] = {
	"staff writer", "staff reporter", "reporter", "correspondent",
	"writer", "editor", "columnist", "contributor",
};

/*
 * A photo caption: a line of at most 600 bytes that ends in a credit in
 * brackets holding "photo" or an agency name ("... in Seoul on Nov. 12.
 * (Pool photo) (Yonhap)"), or, in Korean, 제공 (courtesy of) or 사진
 * (photo): "... 기념촬영을 하고 있다. [국방부 제공]".
 */
/* The words after t's last sentence end ("다. " if hg, else any ". "):
   at most maxsp spaces and 40 bytes of them, a caption's credit.  1 and
   *tail set, or 0 if there are none. */
static int
aftersentence(Str t, size_t maxsp, int hg, Str *tail)
{
	size_t k, nsp = 0;

	for (k = t.n; k > 1 && t.n - k < 40; k--) {
		if (t.p[k - 1] != ' ')
			continue;
		if (t.p[k - 2] == '.' && (!hg ||
		    (k >= 5 && memcmp(t.p + k - 5, "\xeb\x8b\xa4", 3) == 0)))	/* 다. */
			break;
		if (++nsp > maxsp)
			return 0;
	}
	if (k <= 1 || t.n - k >= 40 || t.p[k - 1] != ' ' || t.p[k - 2] != '.')
		return 0;
	*tail = (Str){ t.p + k, t.n - k };
	return 1;
}

/* Do the first four bytes of t (fewer if lit is shorter) match lit's,
   ASCII case aside?  A quick test before sprefixci. */
static int
near4(Str t, const char *lit)
{
	size_t i;

	for (i = 0; i < 4 && lit[i] != '\0'; i++)
		if (i >= t.n || (t.p[i] | 0x20) != (lit[i] | 0x20))
			return 0;
	return 1;
}

/*
 * An editor's line that brings in the text under it, one sentence: "The
 * following is the full text of the joint communique ...", after a wire
 * story's dateline ("SEOUL, Nov. 4 (Yonhap) -- The following is ...");
 * "다음은 공동성명 전문이다."  What it brings in (a text, a transcript,
 * excerpts, a translation, a statement) is named in it.
 */
static int
textnote(Str t)
{
	static const char *const what[] = {
		" text", " transcript", " excerpts", " translation",
		" statement", " remarks",
	};
	static const char *const hgend[] = {
		"\xec\xa0\x84\xeb\xac\xb8.",	/* 전문. */
		"\xec\xa0\x84\xeb\xac\xb8\xec\x9d\xb4\xeb\x8b\xa4.",	/* 전문이다. */
		"\xec\x9a\x94\xec\xa7\x80.",	/* 요지. */
		"\xec\x9a\x94\xec\xa7\x80\xec\x9d\xb4\xeb\x8b\xa4.",	/* 요지이다. */
		"\xec\x9d\xbc\xeb\xac\xb8\xec\x9d\xbc\xeb\x8b\xb5.",	/* 일문일답. */
		"\xec\x9d\xbc\xeb\xac\xb8\xec\x9d\xbc\xeb\x8b\xb5\xec\x9d\xb4\xeb\x8b\xa4.",	/* 일문일답이다. */
	};
	size_t i, b, lim;
	const char *d;
	Str r;

	if (t.n < 12 || t.n > 300)
		return 0;
	if (memcmp(t.p, "\xeb\x8b\xa4\xec\x9d\x8c\xec\x9d\x80 ", 10) == 0) {	/* 다음은 */
		if (strhas(t, "\xeb\x8b\xa4. "))	/* 다. : one sentence */
			return 0;
		for (i = 0; i < NELEM(hgend); i++)
			if (strends(t, hgend[i]))
				return 1;
		return 0;
	}
	/* at the start, or after a dateline's dash (-- or an em dash) */
	b = 0;
	if (t.p[0] != 'T') {
		lim = t.n < 80 ? t.n : 80;
		for (d = t.p; (d = memchr(d, '-', lim - (size_t)(d - t.p))) != NULL &&
		    !(d + 3 < t.p + lim && d[1] == '-' && d[2] == ' '); d++)
			;
		if (d != NULL)
			b = (size_t)(d - t.p) + 3;
		else {
			for (d = t.p; (d = memchr(d, '\xe2', lim - (size_t)(d - t.p))) != NULL &&
			    !(d + 4 < t.p + lim && memcmp(d, "\xe2\x80\x94 ", 4) == 0); d++)
				;
			if (d == NULL)
				return 0;
			b = (size_t)(d - t.p) + 4;
		}
	}
	if (b + 14 > t.n || memcmp(t.p + b, "The following ", 14) != 0)
		return 0;
	r = (Str){ t.p + b + 14, t.n - b - 14 };
	if (!sprefixci(r, "is ") && !sprefixci(r, "are "))
		return 0;
	if (t.p[t.n - 1] != '.' && t.p[t.n - 1] != ':')
		return 0;
	for (i = 0; i + 2 < r.n; i++)	/* one sentence */
		if ((r.p[i] == '.' || r.p[i] == ':') && r.p[i + 1] == ' ' &&
		    ISUPPER(r.p[i + 2]) && i > 0 && !ISUPPER(r.p[i - 1]))
			return 0;
	for (i = 0; i < NELEM(what); i++)
		if (strhas(r, what[i]))
			return 1;
	return 0;
}

/*
 * A note about the text under it, not the text: an op-ed's disclaimer
 * ("The views expressed ... are the author's own", "※ 이 글은 필자의 개인
 * 의견이며 ..."), a publisher's note ("This commentary is produced by
 * ..."), an editor's note, a wire story's credits ("... contributed to
 * this report.", "(Reporting by ...; Editing by ...)"), a Korean
 * author's bio ("필자는 ... 교수이다.").
 */
int
authornote(Str t)
{
	static const char *const open[] = {
		"disclaimer:", "editor's note:", "editor\xe2\x80\x99s note:",
		"editor's note \xe2\x80\x94",
	};
	/* the views ... expressed, with what makes them a disclaimer */
	static const char *const views[] = {
		"the views expressed", "views expressed", "the opinions expressed",
		"opinions expressed", "the views and opinions",
	};
	static const char *const own[] = {
		"author", "writer", "necessarily", "solely", "personal",
		" own", "do not reflect", "does not reflect",
	};
	static const char *const has[] = {
		"contributed to this report.", "contributed reporting.",
		"contributed reporting from", "are the author's own",
		"are the author\xe2\x80\x99s own",
		"이 글은 필자", "편집 방향과", "편집방향과", "본지의 입장과",
		"필자의 개인 의견", "필자의 개인적 의견", "필자의 개인적인 의견",
		"필자 개인의 의견", "필자 개인의 견해", "필자의 개인 견해",
	};
	/* 필자는 ... 교수이다: a role just before the copula that ends it */
	static const char *const bio[] = {
		"교수이다.", "연구위원이다.", "연구원이다.", "원장이다.", "소장이다.",
		"대표이다.", "위원장이다.", "대사이다.", "장관이다.", "위원이다.",
		"역임했다.", "지냈다.", "재직 중이다.", "근무하고 있다.",
	};
	static const char *const opener[] = {
		"views", "opinions", "any views", "any opinions", "disclaimer",
		"editor", "all views", "\xe2\x80\xbb", "*",	/* ※ */
		"commentary", "critical questions", "(reporting by",
		"(additional reporting", "(writing by", "(editing by",
		"reporting by",
		"이 글", "본 글", "이 칼럼", "본 칼럼", "이 기고", "본 기고",
		"필자", "외부 필자", "본지",
	};
	static const char *const closer[] = {
		"contributed to this report.", "contributed reporting.",
		"contributed to this story.", "contributed to this article.",
	};
	char lo[LOCAP], *e, *k;
	size_t i, n;
	int c;

	if (t.n < 12 || t.n >= LOCAP)
		return 0;
	if ((t.p[0] == 'T' || (unsigned char)t.p[0] == 0xEB || t.n > 40) &&
	    textnote(t))
		return 1;
	/* a note opens as one ("The views ...", "Editor's note:", "※ 이
	   글은 ...", "필자는 ...") or ends as one ("... contributed to this
	   report."): most text does neither, told without a scan */
	if ((t.p[0] | 0x20) == 't')	/* The views ..., This commentary ... */
		c = sprefixci(t, "the views") || sprefixci(t, "the opinions") ||
		    (sprefixci(t, "this ") && t.n > 6 && strchr("capbrep", t.p[5] | 0x20) != NULL);
	else
		for (i = 0, c = 0; i < NELEM(opener) && !c; i++)
			c = near4(t, opener[i]) && sprefixci(t, opener[i]);
	for (i = 0; i < NELEM(closer) && !c && t.p[t.n - 1] == '.'; i++)
		c = t.n > (n = strlen(closer[i])) &&
		    memcmp(t.p + t.n - n, closer[i], n) == 0;
	if (!c)
		return 0;
	if (lowcopy(lo, t) == 0)
		return 0;
	for (i = 0; i < NELEM(open); i++)
		if (strncmp(lo, open[i], strlen(open[i])) == 0)
			return 1;
	/* a wire story's credits: (Reporting by ...; Editing by ...) */
	if ((strncmp(lo, "(reporting by ", 14) == 0 || strncmp(lo, "(writing by ", 12) == 0 ||
	    strncmp(lo, "(additional reporting ", 22) == 0 ||
	    strncmp(lo, "(editing by ", 12) == 0 || strncmp(lo, "reporting by ", 13) == 0) &&
	    t.n <= 300 && (t.p[t.n - 1] == ')' || memcmp(lo + t.n - 2, ").", 2) == 0 ||
	    strstr(lo, "editing by ") != NULL) && (e = strstr(lo, "by ")) != NULL &&
	    ISUPPER(t.p[e - lo + 3]))	/* (a name after it) */
		return 1;
	for (i = 0; i < NELEM(views); i++)
		if (strncmp(lo, views[i], strlen(views[i])) == 0)
			for (n = 0; n < NELEM(own); n++)
				if (strstr(lo, own[n]) != NULL)
					return 1;
	/* in the first sentence: a paragraph's closing "The views are the
	   author's own." leaves the paragraph text */
	for (e = lo; (e = strstr(e, ". ")) != NULL; e++)
		if (e > lo && ((e[-1] >= 'a' && e[-1] <= 'z' &&
		    !ISUPPER(t.p[e - lo - 1])) || (e - lo >= 3 &&
		    memcmp(e - 3, "\xeb\x8b\xa4", 3) == 0)))	/* 다. */
			break;	/* (not after an initial: Lolita C. Baldor) */
	if (e != NULL)
		e[1] = '\0';	/* (the full stop kept) */
	for (i = 0; i < NELEM(has); i++)
		if ((k = strstr(lo, has[i])) != NULL &&
		    (k == lo || k[-1] == ' ' || (unsigned char)k[-1] >= 0x80))
			return 1;
	if (e != NULL)
		e[1] = ' ';
	/* ... are those of the author and do not necessarily reflect ...
	   (not "the concerns expressed by Tokyo do not necessarily reflect") */
	if ((strstr(lo, "not necessarily reflect") != NULL ||
	    strstr(lo, "not necessarily represent") != NULL) &&
	    (hasword(lo, "author") || hasword(lo, "author's") ||
	    hasword(lo, "authors") || hasword(lo, "writer") ||
	    hasword(lo, "writer's")))
		return 1;
	/* This commentary is produced by ..., a private, tax-exempt
	   institution */
	/* (Commentary is produced by ..., Critical Questions is ...) */
	if ((strncmp(lo, "commentary is ", 14) == 0 ||
	    strncmp(lo, "critical questions is ", 22) == 0) &&
	    strstr(lo, " produced by ") != NULL &&
	    (strstr(lo, "tax-exempt") != NULL || strstr(lo, "institution") != NULL))
		return 1;
	if (strncmp(lo, "this ", 5) == 0 && (strncmp(lo + 5, "commentary ", 11) == 0 ||
	    strncmp(lo + 5, "article ", 8) == 0 || strncmp(lo + 5, "analysis ", 9) == 0 ||
	    strncmp(lo + 5, "brief ", 6) == 0 || strncmp(lo + 5, "report ", 7) == 0 ||
	    strncmp(lo + 5, "paper ", 6) == 0 || strncmp(lo + 5, "publication ", 12) == 0 ||
	    strncmp(lo + 5, "essay ", 6) == 0 || strncmp(lo + 5, "piece ", 6) == 0) &&
	    (strstr(lo, " is produced by ") != NULL ||
	    strstr(lo, " was produced by ") != NULL ||
	    strstr(lo, " is made possible by ") != NULL) &&
	    (strstr(lo, "tax-exempt") != NULL || strstr(lo, "nonprofit") != NULL ||
	    strstr(lo, "non-profit") != NULL || strstr(lo, "institution") != NULL ||
	    strstr(lo, "organization") != NULL || strstr(lo, "grant") != NULL ||
	    strstr(lo, "center") != NULL || strstr(lo, "centre") != NULL ||
	    strstr(lo, "institute") != NULL || strstr(lo, "foundation") != NULL))
		return 1;
	/* 필자는 ... 교수이다.: the author's bio, not "필자는 ... 생각한다." */
	if (t.n <= 300 && strncmp(lo, "\xed\x95\x84\xec\x9e\x90\xeb\x8a\x94 ", 10) == 0)	/* 필자는 */
		for (i = 0; i < NELEM(bio); i++)
			if (t.n >= (n = strlen(bio[i])) &&
			    memcmp(t.p + t.n - n, bio[i], n) == 0)
				return 1;
	return 0;
}

/* Does t report speech in Korean, as a story does and a caption does
   not: "... 고 말했다.", "... 고 밝혔다."? */
static int
hgsaid(Str t)
{
	static const char *const said[] = {
		"고 말했다", "고 밝혔다", "고 전했다", "고 강조했다",
		"고 덧붙였다", "고 설명했다",
	};
	size_t i;

	for (i = 0; i < NELEM(said); i++)
		if (strhas(t, said[i]))
			return 1;
	return 0;
}

/* Does t, before a glued credit, end in a caption's sentence: its
   last 있다. or 모습. with no sentence after it ("... 있다. 왼쪽부터
   ..., 부사령관", not "... 있다. ... 열 예정이다")? */
static int
capend(Str t)
{
	size_t k;

	for (k = t.n; k >= 7; k--) {
		if (t.p[k - 1] != '.')
			continue;
		if (memcmp(t.p + k - 7, "\xec\x9e\x88\xeb\x8b\xa4", 6) == 0 ||	/* 있다 */
		    memcmp(t.p + k - 7, "\xeb\xaa\xa8\xec\x8a\xb5", 6) == 0)	/* 모습 */
			return 1;
		if (memcmp(t.p + k - 4, "\xeb\x8b\xa4", 3) == 0)	/* 다 */
			return 0;	/* another sentence after it */
	}
	return 0;
}

/* A Korean caption's credit after its sentence, with no brackets:
   "... 악수하고 있다. 국방부 제공", "... 있다. /사진=연합뉴스": at most
   three words after "다. "; or glued, "... 있다./연합뉴스". */
static int
hgcredit(Str t)
{
	Str tail;
	size_t k;
	int hg;

	/* a wire photo's line after the caption: "... 있다. 2023.11.13/뉴스1
	   © News1 국방부 공동취재단", "... 있다. 2023.11.13. photo@newsis.com":
	   a date, then the agency after a slash, a © or an address */
	/* (after any sentence: a noun's, "... 있다. 왼쪽은 미국 국방장관.
	   2025.11.4 [사진공동취재단] photo@yna.co.kr", if a verb's is
	   before it) */
	k = t.n > 80 ? t.n - 80 : 0;
	if ((hg = memchr(t.p + k, 0xEB, t.n - k) != NULL) == 0)
		k = 0;		/* no 다 (EB 8B A4) near the end */
	else
		for (k = t.n; k > 1 && t.n - k < 80; k--)
			if (t.p[k - 1] == ' ' && t.p[k - 2] == '.' && k >= 5 &&
			    (memcmp(t.p + k - 5, "\xeb\x8b\xa4", 3) == 0 ||	/* 다. */
			    (k < t.n && ISDIGIT(t.p[k]) &&
			    strhas((Str){ t.p, k }, "\xeb\x8b\xa4. "))))
				break;
	if (k > 1 && t.n - k < 80 && t.n - k >= 11 && ISDIGIT(t.p[k]) &&
	    t.p[k + 4] == '.' && (memchr(t.p + k, '/', t.n - k) != NULL ||
	    memchr(t.p + k, '@', t.n - k) != NULL ||
	    strhas((Str){ t.p + k, t.n - k }, "\xc2\xa9")))	/* © */
		return 1;
	/* the credit glued to the caption's end: "... 발언하고 있다./연합뉴스",
	   "... 있다. 왼쪽부터 ... 부사령관./연합뉴스" (a caption's 있다. or
	   모습., not a story's "... 계획이다./연합뉴스") */
	k = t.n > 40 ? t.n - 40 : 0;
	if (hg && memchr(t.p + k, '/', t.n - k) != NULL)
		for (k = t.n; k > 4 && t.n - k < 40 && t.p[k - 1] != ' '; k--)
			if (t.p[k - 1] == '/' && t.p[k - 2] == '.')
				return k < t.n && memchr(t.p + k, '.', t.n - k) == NULL &&
				    capend((Str){ t.p, k - 1 }) &&
				    !hgsaid((Str){ t.p, k });
	if (!aftersentence(t, 2, 1, &tail) || hgsaid((Str){ t.p, t.n - tail.n }))
		return 0;
	return (tail.n > 6 && memcmp(tail.p + tail.n - 6, "\xec\xa0\x9c\xea\xb3\xb5", 6) == 0) ||	/* 제공 */
	    (tail.n > 1 && tail.p[0] == '/') ||	/* /연합뉴스, /이덕훈 기자 */
	    (t.n <= 250 && tail.n > 6 &&	/* ... 있다. 조종원 기자 */
	    memcmp(tail.p + tail.n - 6, "\xea\xb8\xb0\xec\x9e\x90", 6) == 0) ||
	    (tail.n > 3 && memcmp(tail.p + tail.n - 3, " DB", 3) == 0) ||	/* 국방일보 DB */
	    sprefixci(tail, "/\xec\x82\xac\xec\xa7\x84") ||	/* /사진 */
	    sprefixci(tail, "\xec\x82\xac\xec\xa7\x84=") ||	/* 사진= */
	    sprefixci(tail, "\xec\x82\xac\xec\xa7\x84 =");
}

/* Is s a photographer's credit, "Name/Outlet" (Chad McNeeley/U.S. Navy)? */
static int
slashcredit(Str s)
{
	const char *sl = memchr(s.p, '/', s.n);

	return sl != NULL && sl > s.p && ISUPPER(s.p[0]) &&
	    (size_t)(sl - s.p) + 1 < s.n && ISUPPER(sl[1]) &&
	    memchr(sl + 1, '/', s.n - (size_t)(sl - s.p) - 1) == NULL;
}

/* Is t a chain of credits joined by bare slashes, two slashes or
   more, each piece capitalised words ("Korean Central News
   Agency/Korea News Service/AP/File"; not "and/or", not "the
   ministry's A/B test")? */
static int
slashchain(Str t)
{
	size_t i, ns = 0;

	if (t.n < 8 || !ISUPPER(t.p[0]))
		return 0;
	for (i = 0; i < t.n; i++) {
		if (t.p[i] == '/') {
			if (i == 0 || i + 1 == t.n || t.p[i - 1] == ' ' ||
			    !ISUPPER(t.p[i + 1]))
				return 0;
			ns++;
		} else if (t.p[i] == ' ') {
			if (i + 1 < t.n && !ISUPPER(t.p[i + 1]))
				return 0;	/* (every word capitalised) */
		} else if (!ISALPHA(t.p[i]) && t.p[i] != '.' && t.p[i] != '-')
			return 0;
	}
	return ns >= 2;
}

/* Is s an outlet's name as a caption credits it: two to five words,
   each capitalised but "and", "of", "the", "&" ("Stars and Stripes",
   "Korea JoongAng Daily"), nothing but letters, hyphens and full stops
   in them? */
static int
outletname(Str s)
{
	Str rest = s, w;
	size_t i, nw = 0;

	if (s.n < 5 || s.n > 48 || !ISUPPER(s.p[0]))
		return 0;
	while (rest.n > 0) {
		if ((w = strcut(&rest, ' ')).n == 0)
			return 0;
		for (i = 0; i < w.n; i++)
			if (!ISALPHA(w.p[i]) && w.p[i] != '-' && w.p[i] != '.')
				return 0;
		if (!ISUPPER(w.p[0]) && !streqlit(w, "and") &&
		    !streqlit(w, "of") && !streqlit(w, "the"))
			return 0;
		nw++;
	}
	return nw >= 2 && nw <= 5;
}

/* A caption's credit after a spaced slash, no sentence end before it:
   "... at a range near Pohang on Monday / AP", "... / Stars and
   Stripes": an agency, a credit word or an outlet's name after " / ",
   30 bytes of caption before. */
static int
slashtail(Str t)
{
	char lo[LOCAP];
	size_t k;
	Str tail;

	for (k = t.n; k > 3 && t.n - k < 48; k--)
		if (t.p[k - 1] == ' ' && t.p[k - 2] == '/' && t.p[k - 3] == ' ')
			break;
	if (k <= 3 || t.n - k >= 48 || k < 33)
		return 0;
	tail = (Str){ t.p + k, t.n - k };
	if (memchr(tail.p, '/', tail.n) != NULL)
		return 0;
	lowcopy(lo, tail);
	return anyword(lo, agency, NELEM(agency)) || anyword(lo, credit,
	    NELEM(credit)) || outletname(tail);
}

/* A caption's credit after its last sentence, with no brackets: "...
   in Seoul, Monday. Joint Press Corps", "... on Nov. 13. Yonhap": at
   most four words after ". ", no full stop of their own, an agency or
   a credit word among them, 30 bytes of caption before. */
static int
encredit(Str t)
{
	char lo[LOCAP];
	Str tail;
	size_t i, nsp;

	if (t.n < 40 || !ISALPHA(t.p[t.n - 1]))
		return 0;
	if (slashtail(t))
		return 1;
	/* "... on Wednesday. Photo by Amber I. Smith/U.S. Army/UPI": the
	   credit's own stops hide its start from aftersentence */
	if (t.n > 60 && t.p[t.n - 1] != '.' && (tail.p = memchr(t.p + t.n - 60, '.',
	    60)) != NULL) {
		for (i = t.n - 60; i + 11 < t.n; i++)
			if (t.p[i] == '.' && t.p[i + 1] == ' ' &&
			    sprefixci((Str){ t.p + i + 2, t.n - i - 2 }, "photo by ") &&
			    !strhas((Str){ t.p + i, t.n - i }, " said"))
				return i >= 30;
	}
	if (!aftersentence(t, 6, 0, &tail) || t.n - tail.n < 30 ||
	    memchr(tail.p, '@', tail.n) != NULL)
		return 0;	/* (a reporter's address: "... said. kim@newsis.com") */
	/* "... in Seoul. Photo: U.S. Department of War" */
	if (sprefixci(tail, "photo: ") || sprefixci(tail, "photo by ") ||
	    sprefixci(tail, "image: ") || sprefixci(tail, "photo credit"))
		return 1;
	for (i = 0, nsp = 0; i < tail.n; i++)
		nsp += tail.p[i] == ' ';
	lowcopy(lo, tail);
	/* the photographer, a dash, the agency: "... 2026. Jung Yeon-je -
	   pool, Pool AFP" */
	if (nsp <= 6 && strstr(lo, " - ") != NULL &&
	    (anyword(strstr(lo, " - "), agency, NELEM(agency)) ||
	    anyword(strstr(lo, " - "), credit, NELEM(credit))))
		return 1;
	if (nsp > 3)
		return 0;	/* four words at most */
	/* (or a photographer's name and the outlet's, in capitals as a
	   page sets them: "... 2023. JANE DOE/STARS AND STRIPES") */
	return strstr(lo, "photo") != NULL || anyword(lo, agency, NELEM(agency)) ||
	    anyword(lo, credit, NELEM(credit)) || (nsp >= 1 && slashcredit(tail));
}

/* Does t quote someone's words, as a story's line may and a caption
   rarely does: a pair of double quotes, straight or curly, the first
   opening a word ("noted the \"dangerous ... behavior\"")? */
static int
quoted(Str t)
{
	size_t i;

	for (i = 0; i + 4 < t.n; i++)
		if ((t.p[i] == '"' || (t.p[i] == '\xe2' && t.p[i + 1] == '\x80' &&
		    t.p[i + 2] == '\x9c')) && (i == 0 || t.p[i - 1] == ' ') &&
		    memchr(t.p + i + 3, t.p[i] == '"' ? '"' : '\xe2', t.n - i - 3) != NULL)
			return 1;
	return 0;
}

/* Does s end in a date ("..., Oct. 2, 2023. ", "... 2023-10-02."), as a
   caption's one sentence closes on the day it was taken (not "... began
   on March 4, 2024, and will run ...")? */
static int
datedin(Str s)
{
	char lo[LOCAP];
	size_t e, off = 0, n = lowcopy(lo, s);
	long at;

	while (n > 0 && (lo[n - 1] == ' ' || lo[n - 1] == '.'))
		n--;
	while (off < n && (at = finddate(lo + off, n - off, &e)) >= 0) {
		if (off + e >= n)	/* (set off by a comma, as a caption's
					   place and day are: "..., Paju, South
					   Korea, Nov. 8, 2026.", not "... takes
					   effect on Jan. 1, 2027.") */
			return off + (size_t)at >= 2 && lo[off + at - 2] == ',' &&
			    lo[off + at - 1] == ' ';
		off += e > (size_t)at ? e : (size_t)at + 1;
	}
	return 0;
}

/* Does t report speech, as a story does and a caption does not
   ("the ministry said", "told reporters", "according to")? */
static int
saidin(Str t)
{
	static const char *const said[] = {
		" said", " told ", " according to ",
	};
	size_t i;

	for (i = 0; i < NELEM(said); i++)
		if (strhas(t, said[i]))
			return 1;
	return 0;
}

static int
caption(Str t)
{
	char lo[LOCAP];
	size_t k;
	char open;

	/* the bar a page sets after its photo's caption: "... (Photo:
	   Jane Roe/REUTERS) |" */
	if (t.n > 8 && t.p[t.n - 1] == '|' && t.p[t.n - 2] == ' ' &&
	    (t.p[t.n - 3] == ')' || t.p[t.n - 3] == ']'))
		t.n -= 2;
	if (t.n < 4 || t.n > 600 || (t.p[t.n - 1] != ')' && t.p[t.n - 1] != ']' &&
	    t.p[t.n - 1] != '>'))
		return 0;
	/* a caption wholly in brackets, its credit inside them: "[... 오스틴
	   미국 국방부 장관 (국방부 제공=연합뉴스)]" */
	if (t.p[0] == '[' && t.p[t.n - 1] == ']' && t.n > 6 &&
	    (t.p[t.n - 2] == ')' || t.p[t.n - 2] == ']'))
		return caption((Str){ t.p + 1, t.n - 2 });
	open = t.p[t.n - 1] == ')' ? '(' : t.p[t.n - 1] == ']' ? '[' : '<';
	for (k = t.n - 1; k > 0 && t.p[k - 1] != open && t.n - k < 64; k--)
		if (open == '<' && k >= 3 &&	/* \u2039, "‹사진=국방부 제공>" */
		    memcmp(t.p + k - 3, "\xe2\x80\xb9", 3) == 0)
			break;
	if (k == 0 || k < 2 || (t.p[k - 1] != open && !(open == '<' &&
	    k >= 3 && memcmp(t.p + k - 3, "\xe2\x80\xb9", 3) == 0)))
		return 0;
	if (open == '<')	/* a Korean photo's credit only: <사진=...>, <... 제공> */
		return strhas((Str){ t.p + k, t.n - 1 - k }, "\xec\x82\xac\xec\xa7\x84") ||	/* 사진 */
		    strends((Str){ t.p + k, t.n - 1 - k }, "\xec\xa0\x9c\xea\xb3\xb5");	/* 제공 */
	lowcopy(lo, (Str){ t.p + k, t.n - 1 - k });
	/* a story's last paragraph signed by the agency, "..., the
	   ministry said. (Yonhap)": someone said it, no photo shows it */
	if (strstr(lo, "photo") == NULL && (saidin((Str){ t.p, k - 1 }) ||
	    (quoted((Str){ t.p, k - 1 }) && !hashangul(t))))
		return 0;	/* (a Korean caption may quote a banner's words) */
	if (strstr(lo, "photo") != NULL || anyword(lo, agency, NELEM(agency)) ||
	    anyword(lo, credit, NELEM(credit)) ||
	    (t.n - 1 - k > 6 &&		/* [국방일보 조종원 기자] */
	    memcmp(t.p + t.n - 7, "\xea\xb8\xb0\xec\x9e\x90", 6) == 0) ||
	    strstr(lo, "\xec\xa0\x9c\xea\xb3\xb5") != NULL ||	/* 제공 */
	    strstr(lo, "\xec\x82\xac\xec\xa7\x84") != NULL)	/* 사진 */
		return 1;
	/* an office or a photographer's credit after the caption's last
	   sentence: "... Nov. 3, 2026. (Defense Ministry)", "(Chad
	   McNeeley/U.S. Navy)", "[MINISTRY OF NATIONAL DEFENSE]" */
	/* or the outlet's own name after a caption's length of text in
	   which no one speaks and a date is given: "... Oct. 2, 2023.
	   (Stars and Stripes)" (not a syndicated story's last line, "...
	   ends on Friday. (Harbor Post)") */
	return k >= 3 && t.p[k - 2] == ' ' && t.p[k - 3] == '.' &&
	    (anyword(lo, office, NELEM(office)) || slashcredit((Str){ t.p + k,
	    t.n - 1 - k }) || (k <= 320 && !saidin((Str){ t.p, k - 1 }) &&
	    outletname((Str){ t.p + k, t.n - 1 - k }) &&
	    datedin((Str){ t.p, k - 1 })));
}


/* A photo's credit keyed as one: "Credit: UNC-CFC-USFK", "Photo:
   Yonhap", "Image credit: ...", "Photo by Jane Kim". */
int
creditkey(Str t)
{
	static const char *const key[] = {
		"credit: ", "credits: ", "photo: ", "photo credit", "photo by ",
		"photo courtesy", "photograph: ", "image: ", "image credit",
	};
	size_t i;

	if (t.n < 8 || t.n > 160 || strchr("CcPpIi", t.p[0]) == NULL ||
	    t.p[0] == '\0' || rawsentence(t))
		return 0;
	for (i = 0; i < NELEM(key); i++)
		if (sprefixci(t, key[i]))
			return 1;
	return 0;
}

/* The credit line under a photo, its caption on the line above:
   "(서울=연합뉴스) 국방부 제공. 2023.11.13", "[사진=국방부]", "Photo by
   Jane Kim", "... (Yonhap)". */
int
photocredit(Str t)
{
	char lo[LOCAP];
	const char *close;
	size_t n;

	if (t.n == 0 || t.n > 600)
		return 0;
	if (caption(t) || hgcredit(t) || encredit(t) || creditkey(t))
		return 1;
	if ((t.p[0] == '(' || t.p[0] == '[') &&
	    (close = memchr(t.p, t.p[0] == '(' ? ')' : ']', t.n < 40 ? t.n : 40)) != NULL &&
	    memchr(t.p, '=', (size_t)(close - t.p)) != NULL &&
	    (strhas(t, "\xec\xa0\x9c\xea\xb3\xb5") ||	/* 제공 */
	    strhas(t, "\xec\x82\xac\xec\xa7\x84")))	/* 사진 */
		return 1;	/* (서울=연합뉴스) 국방부 제공 */
	if (sprefixci(t, "\xec\x82\xac\xec\xa7\x84") ||
	    sprefixci(t, "[\xec\x82\xac\xec\xa7\x84"))
		return 1;	/* 사진=..., [사진 ...] */
	if (t.n > 160)
		return 0;
	n = lowcopy(lo, t);
	if (nwords(lo) <= 4 && !sentend(lo, n) && strpbrk(lo, "()[]") == NULL &&
	    (anyword(lo, agency, NELEM(agency)) || anyword(lo, credit,
	    NELEM(credit))))
		return 1;	/* Joint Press Corps, Yonhap */
	return strncmp(lo, "photo", 5) == 0 || strncmp(lo, "(photo", 6) == 0;
}

/*
 * A row of cells split by '|' one of which is a date line, with no
 * sentence in it: "06/11/2022 | Press release | Archived content".
 */
static int
datecell(Str t)
{
	Str rest = t, c;
	int date = 0, cells = 0;

	if (memchr(t.p, '|', t.n) == NULL)
		return 0;
	while (rest.n > 0) {
		c = strcut(&rest, '|');
		while (c.n > 0 && (c.p[0] == ' ' || c.p[0] == '\t'))
			c.p++, c.n--;
		while (c.n > 0 && (c.p[c.n - 1] == ' ' || c.p[c.n - 1] == '\t'))
			c.n--;
		if (c.n == 0)
			continue;
		if (rawsentence(c) || c.n > 60)
			return 0;
		cells++;
		if (isdateline(c))
			date = 1;
	}
	return date && cells >= 2;
}

static int capsplace(Str);

/* A news dateline on a line of its own, ending in a dash: "SEOUL,
   Republic of Korea --", "WASHINGTON (AP) \u2014" (above a numbered clause,
   or before a blank line; before text it opens that paragraph). */
static int
dateline(Str t)
{
	size_t n = t.n;

	if (n < 6 || n > 80 || !(t.p[0] >= 'A' && t.p[0] <= 'Z'))
		return 0;
	if (t.p[n - 1] == '-' && t.p[n - 2] == '-')
		n -= 2;
	else if (n >= 3 && memcmp(t.p + n - 3, "\xe2\x80\x94", 3) == 0)
		n -= 3;		/* an em dash */
	else if (n >= 3 && memcmp(t.p + n - 3, "\xe2\x80\x93", 3) == 0)
		n -= 3;		/* an en dash */
	else
		return 0;
	while (n > 0 && t.p[n - 1] == ' ')
		n--;
	if (n > 2 && (memchr(t.p, ',', n) != NULL || t.p[n - 1] == ')'))
		return 1;
	return n >= 4 && n <= 30 && capsplace((Str){ t.p, n });	/* WASHINGTON -- */
}

/* Is t a place in capitals, one to three words: "WASHINGTON", "CAMP
   HUMPHREYS"? */
static int
capsplace(Str t)
{
	size_t i, nw = 1;

	for (i = 0; i < t.n; i++)
		if (t.p[i] == ' ')
			nw += i > 0 && t.p[i - 1] != ' ';
		else if (!(t.p[i] >= 'A' && t.p[i] <= 'Z') && t.p[i] != '.')
			return 0;
	return nw <= 3 && t.p[0] >= 'A' && t.p[0] <= 'Z' &&
	    t.p[1] >= 'A' && t.p[1] <= 'Z';
}

/* A dateline's place on a line of its own, no dash: "SEOUL, Republic of
   Korea", "WASHINGTON, D.C.", "Washington, DC" */
int
placeline(Str t)
{
	static const char *where[] = {
		"Republic of Korea", "South Korea", "Korea", "D.C.", "DC",
		"Japan", "Hawaii", "Virginia", "Calif.", "Va.",
	};
	const char *c;
	size_t i, k;

	int caps;

	if (t.n > 40 || (c = memchr(t.p, ',', t.n)) == NULL || c - t.p < 4)
		return 0;
	caps = capsplace((Str){ t.p, (size_t)(c - t.p) });
	/* or one word in title case before a capital's region:
	   "Washington, D.C.", "Seoul, Republic of Korea" */
	for (k = 1; !caps && k < (size_t)(c - t.p) && ISLOWER(t.p[k]); k++)
		;
	if (!caps && (!ISUPPER(t.p[0]) || k < (size_t)(c - t.p)))
		return 0;
	k = (size_t)(c - t.p) + 1;
	while (k < t.n && t.p[k] == ' ')
		k++;
	for (i = 0; i < NELEM(where); i++)
		if (streqlit((Str){ t.p + k, t.n - k }, where[i]) &&
		    (caps || i < 5))
			return 1;
	return 0;
}

size_t
leaddateline(Str t)
{
	size_t i, nw = 0, n = t.n < 80 ? t.n : 80;
	const char *c;

	if (n < 8)
		return 0;
	if (t.p[0] == '(' || t.p[0] == '[') {	/* (서울=연합뉴스), [워싱턴=뉴시스] */
		for (i = 1; i < n && t.p[i] != ')' && t.p[i] != ']'; i++)
			;
		return i < n && memchr(t.p, '=', i) != NULL ? i + 1 : 0;
	}
	/* SEOUL, Nov. 4 (Yonhap) --: up to the dash, no word in lower case
	   (but "of") and few words; most sentences fail at their second */
	for (i = 0; i + 1 < n; i++) {
		c = t.p + i;
		if (c[0] == ' ' && ((c[1] >= 'a' && c[1] <= 'z' &&
		    strncmp(c + 1, "of ", 3) != 0) || ++nw > 6))
			return 0;
		if ((c[0] == '-' && c[1] == '-') || (i + 2 < n &&
		    (unsigned char)c[0] == 0xE2 && (unsigned char)c[1] == 0x80 &&
		    ((unsigned char)c[2] == 0x94 || (unsigned char)c[2] == 0x93)))
			break;
	}
	if (i + 1 >= n || !dateline((Str){ t.p, i + (t.p[i] == '-' ? 2 : 3) }))
		return 0;
	return i;
}

/* Is w a name's word in a byline: Phil, Hyung-Jin, O'Reilly, D.? */
static int
bynameword(Str w)
{
	size_t i;

	if (w.n > 0 && w.p[w.n - 1] == ',')
		w.n--;
	if (w.n < 2 || !ISUPPER(w.p[0]))
		return 0;
	for (i = 1; i < w.n; i++)
		if (!ISALPHA(w.p[i]) && w.p[i] != '-' && w.p[i] != '.' &&
		    w.p[i] != '\'')
			return 0;
	return 1;
}

/* Does the word s[b..e) hold a letter in lower case? */
static int
haslower(Str s, size_t b, size_t e)
{
	for (; b < e; b++)
		if (ISLOWER(s.p[b]))
			return 1;
	return 0;
}

/* The start of the word that ends at e in s (e at a space or s's end). */
static size_t
wordback(Str s, size_t e)
{
	while (e > 0 && s.p[e - 1] != ' ')
		e--;
	return e;
}

/* Is s[i..d) a place in capitals before a guillemet: "SEOUL, SOUTH
   KOREA »", "WASHINGTON »"? */
static int
guilleplace(Str s, size_t i, size_t d)
{
	size_t k, nw = 1;

	if (d < i + 5)
		return 0;
	for (k = i; k + 1 < d; k++)
		if (s.p[k] == ' ')
			nw++;
		else if (!ISUPPER(s.p[k]) && s.p[k] != ',' && s.p[k] != '.')
			return 0;
	return nw <= 4 && memchr(s.p + i, ',', d - i) != NULL;
}

size_t
bylinetail(Str t)
{
	size_t b, i, nw = 0;
	Str w;

	for (b = t.n; b > 0 && nw < 6; nw++, b = i - 1) {
		i = wordback(t, b);
		w = (Str){ t.p + i, b - i };
		if (streqlit(w, "By"))
			return nw >= 2 && i > 1 ? i : 0;
		if (!bynameword(w) && !streqlit(w, "and"))
			return 0;
		if (i == 0)
			return 0;
	}
	return 0;
}

size_t
gluedateline(Str s, size_t end)
{
	const unsigned char *p = (const unsigned char *)s.p;
	const unsigned char *h, *e2, *c2;
	size_t d, dl, i, b, cut, nw, prev;
	Str w;

	if (end > s.n)
		end = s.n;
	/* the dashes: "--", en and em dashes, the guillemet */
	for (d = 1; d + 3 < end; d += dl) {
		h = memchr(p + d, '-', end - d);
		e2 = memchr(p + d, 0xE2, end - d);
		c2 = memchr(p + d, 0xC2, end - d);
		if (h == NULL || (e2 != NULL && e2 < h))
			h = e2;
		if (h == NULL || (c2 != NULL && c2 < h))
			h = c2;
		if (h == NULL)
			return 0;
		d = (size_t)(h - p);
		dl = 1;
		if (d + 3 >= end || p[d - 1] != ' ')
			continue;
		if (p[d] == '-' && p[d + 1] == '-')
			dl = 2;
		else if (p[d] == 0xE2 && p[d + 1] == 0x80 && (p[d + 2] == 0x93 ||
		    p[d + 2] == 0x94))
			dl = 3;
		else if (p[d] == 0xC2 && p[d + 1] == 0xBB)
			dl = 2;
		else
			continue;
		if (d + dl + 1 >= end || p[d + dl] != ' ' ||
		    !(ISUPPER(p[d + dl + 1]) || p[d + dl + 1] == '"'))
			continue;
		/* back over the dateline's words to the first in capitals
		   (SEOUL, Nov. 13 (Yonhap) --) */
		cut = 0;
		for (b = d - 1, nw = 0; b > 0 && nw < 7; nw++) {
			i = wordback(s, b);
			if (i == 0)
				break;
			if (i + 1 < b && ISUPPER(p[i]) && ISUPPER(p[i + 1]) &&
			    !haslower(s, i, b) && (p[d] == 0xC2 ?
			    guilleplace(s, i, d) : leaddateline((Str){ s.p + i,
			    s.n - i }) == d - i))
				cut = i;
			else if (cut > 0 && !haslower(s, i, b))
				;	/* (a word in capitals before: the place's?) */
			else if (cut > 0)
				break;
			b = i - 1;
		}
		if (cut == 0 || (b = cut - 1) == 0)
			continue;
		i = wordback(s, b);
		if (!haslower(s, i, b) && !(p[i] == '(' || p[i] == '['))
			continue;	/* (capitals before it: not the place's start) */
		/* the byline before it: By Phil Stewart, - By Hyung-Jin Kim */
		for (nw = 0, b = cut - 1; b > 0 && nw < 5; nw++, b = i - 1) {
			i = wordback(s, b);
			w = (Str){ s.p + i, b - i };
			if (streqlit(w, "By")) {
				if (nw < 2)
					break;
				if (i > 1 && (prev = wordback(s, i - 1)) + 1 == i - 1 &&
				    strchr("-|", p[prev]) != NULL)
					i = prev;	/* - By ... */
				else if (i > 3 && (prev = wordback(s, i - 1)) + 3 == i - 1 &&
				    p[prev] == 0xE2)
					i = prev;	/* – By ... */
				return i > 0 ? i - 1 : cut - 1;
			}
			if (!bynameword(w) && !streqlit(w, "and"))
				break;
		}
		return cut - 1;
	}
	return 0;
}

static const char *const stampmonth[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December", "Jan.",
	"Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.",
	"Nov.", "Dec.",
};

/* Is s[i..) n digits, then a space or s's end?  The end, or 0. */
static size_t
ndigits(Str s, size_t i, size_t lo, size_t hi, int comma)
{
	size_t k;

	for (k = i; k < s.n && ISDIGIT(s.p[k]); k++)
		;
	if (k - i < lo || k - i > hi)
		return 0;
	if (comma) {
		if (k >= s.n || s.p[k] != ',')
			return 0;
		k++;
	}
	return k == s.n || s.p[k] == ' ' ? k : 0;
}

size_t
stampend(Str s, size_t i)
{
	size_t k, e = 0, n;

	if (i + 8 >= s.n || !(ISDIGIT(s.p[i]) || (strchr("JFMASOND", s.p[i]) != NULL &&
	    ISLOWER(s.p[i + 1]))))
		return 0;	/* (most words) */
	for (k = 0; k < NELEM(stampmonth); k++) {
		if (stampmonth[k][0] != s.p[i])
			continue;
		n = strlen(stampmonth[k]);
		if (i + n < s.n && memcmp(s.p + i, stampmonth[k], n) == 0 &&
		    s.p[i + n] == ' ')
			break;
	}
	if (k < NELEM(stampmonth)) {	/* November 09, 2017 */
		if ((e = ndigits(s, i + n + 1, 1, 2, 1)) == 0 || e + 1 >= s.n ||
		    (e = ndigits(s, e + 1, 4, 4, 0)) == 0)
			return 0;
	} else {			/* 2023-11-13 */
		for (k = i; k < s.n && (ISDIGIT(s.p[k]) || s.p[k] == '-' ||
		    s.p[k] == '.'); k++)
			;
		if (k - i != 10 || !ISDIGIT(s.p[i + 3]) || s.p[i + 4] != s.p[i + 7] ||
		    (s.p[i + 4] != '-' && s.p[i + 4] != '.') || (k < s.n && s.p[k] != ' '))
			return 0;
		e = k;
	}
	/* a time: 13:08, 08:51:32 */
	for (k = e + 1; k < s.n && (ISDIGIT(s.p[k]) || s.p[k] == ':'); k++)
		;
	if (e + 1 < s.n && k >= e + 5 && s.p[e + 3] == ':' && (k == s.n || s.p[k] == ' '))
		e = k;
	return e;
}

/* Is the bracket s[b..e] a photo's credit: (Yonhap), (Pool photo),
   (AP Photo/Lee Jin-man), (Joint Press Corps)? */
static int
creditbracket(Str s, size_t b, size_t e)
{
	char lo[64];
	size_t n = e - b - 1;

	if (n < 2 || n >= sizeof(lo) || s.p[b] != '(')
		return 0;
	lowcopy(lo, (Str){ s.p + b + 1, n });
	return anyword(lo, agency, NELEM(agency)) ||
	    anyword(lo, credit, NELEM(credit)) || hasword(lo, "photo");
}

size_t
gluecaption(Str s, size_t end)
{
	const char *q;
	size_t k, b;

	if (end > s.n)
		end = s.n;
	/* a caption's mark: "... (Yonhap) ▲ President Yoon ..." */
	for (k = 1; k + 4 < end && (q = memchr(s.p + k, 0xE2, end - k - 4)) != NULL;
	    k = (size_t)(q - s.p) + 1) {
		k = (size_t)(q - s.p);
		if (s.p[k - 1] == ' ' && memcmp(q, "\xe2\x96\xb2 ", 4) == 0 && k > 1)
			return k - 1;
	}
	/* the credit that ends a caption, a capital after it: "... in
	   Seoul. (Pool photo) (Yonhap) S Korea-US-defense talks ..." */
	for (k = 1; k + 2 < end && (q = memchr(s.p + k, ')', end - k - 2)) != NULL;
	    k = (size_t)(q - s.p) + 1) {
		k = (size_t)(q - s.p);
		if (s.p[k + 1] != ' ' || !ISUPPER(s.p[k + 2]))
			continue;
		for (b = k; b > 0 && s.p[b] != '(' && k - b < 60; b--)
			;
		if (creditbracket(s, b, k) || (s.p[b] == '(' &&
		    memchr(s.p + b, '@', k - b) != NULL &&
		    memchr(s.p + b, ' ', k - b) == NULL))
			return k + 1;	/* (jdoe@example.org) | Senior Fellow */
	}
	return 0;
}

/* Is t (lo folded) a letterhead: an office's name in capitals ("U.S.
   DEPARTMENT OF DEFENSE", "OFFICE OF THE ASSISTANT TO THE SECRETARY OF
   DEFENSE (PUBLIC AFFAIRS)", "MINISTRY OF NATIONAL DEFENSE")? */
static int
letterhead(Str t, const char *lo)
{
	static const char *const open[] = {
		"u.s. department of ", "department of ", "office of ", "ministry of ",
		"the ministry of ", "embassy of ", "the white house office of ",
	};
	static const char *const last[] = {
		" defense", " defence", " state", " war", " affairs)", " affairs",
		" korea", " america",
	};
	size_t i;

	if (t.n > 100)
		return 0;
	for (i = 0; i < t.n; i++)
		if (t.p[i] >= 'a' && t.p[i] <= 'z')
			return 0;
	for (i = 0; i < NELEM(open); i++)
		if (strncmp(lo, open[i], strlen(open[i])) == 0)
			break;
	if (i == NELEM(open))
		return 0;
	/* ending with the office's name, not a heading's words */
	for (i = 0; i < NELEM(last); i++)
		if (t.n >= strlen(last[i]) &&
		    strcmp(lo + t.n - strlen(last[i]), last[i]) == 0)
			return 1;
	return 0;
}

/* A field's label alone, its value to come on the next line or in the
   next cell: 담당부서, 조회수 : (hgfield), "Author", "Posted:", "Views". */
int
fieldlabel(Str t)
{
	static const char *const label[] = {
		"author", "authors", "date", "posted", "posted by", "published",
		"updated", "views", "hits", "writer", "written by", "department",
		"reporter", "date posted", "release date",
	};
	size_t i, n;

	if (hgfield(t) == 1)
		return 1;
	if (t.n < 4 || t.n > 14 || !ISUPPER(t.p[0]))
		return 0;
	n = t.p[t.n - 1] == ':' ? t.n - 1 : t.n;
	for (i = 0; i < NELEM(label); i++)
		if (strlen(label[i]) == n && sprefixci(t, label[i]))
			return 1;
	return 0;
}

/* May t be a field's value after its label: Korean (as a board has
   them), a date or a number, or a name or an office (up to five words,
   each capitalised): "Policy Office", "2026-11-05", not a title of a
   list's row, "Joint Communique of the 57th ..."? */
int
fieldvalue(Str t)
{
	Str rest = t, w;
	size_t nw = 0, ndig = 0, ncap = 0;

	if (t.n == 0 || hashangul(t) || ISDIGIT(t.p[0]))
		return t.n > 0;
	while (rest.n > 0)
		if ((w = strcut(&rest, ' ')).n > 0) {
			nw++;
			ncap += ISUPPER(w.p[0]) != 0;
			ndig += ISDIGIT(w.p[0]) != 0;
		}
	return nw <= 5 && (ncap == nw || (ndig > 0 && nw <= 4));
}

/* Meta by its features: a date line, a release mark, a byline, a credit. */
/* A figure's or a table's caption: "Figure 1. Mentions of ...",
   "Table 2: Forces", "<그림 1> 연도별 ...", "[표 2] ..." (not "Figure 1
   shows that ..."). */
int
figcaption(Str t)
{
	static const char *const fig[] = {
		"figure ", "fig. ", "table ", "chart ", "graph ", "map ",
		"exhibit ", "그림 ", "표 ", "<그림 ", "<표 ", "[그림 ", "[표 ",
		"〈그림 ", "〈표 ", "<그림", "<표", "[그림", "[표",
	};
	size_t i, k, n;
	int c = t.n > 0 ? (unsigned char)t.p[0] : 0;

	if (t.n < 8 || t.n > 300 || (strchr("FfTtCcGgMmEe<[", c) == NULL &&
	    c != 0xE3 && c != 0xEA && c != 0xED))
		return 0;	/* (〈, 그림, 표) */
	for (i = 0; i < NELEM(fig); i++) {
		if (!near4(t, fig[i]) || t.n <= (n = strlen(fig[i])) ||
		    !sprefixci(t, fig[i]))
			continue;
		for (k = n; k < t.n && (ISDIGIT(t.p[k]) || t.p[k] == '-' ||
		    (t.p[k] == '.' && k + 1 < t.n && ISDIGIT(t.p[k + 1]))); k++)
			;
		if (k == n || k >= t.n)
			return 0;
		if (!(t.p[k] == '.' || t.p[k] == ':' || t.p[k] == '>' ||
		    t.p[k] == ']' || (k + 3 <= t.n && memcmp(t.p + k, "\xe3\x80\x89", 3) == 0)))
			return 0;
		k += (unsigned char)t.p[k] == 0xE3 ? 3 : 1;
		/* then a space and a title, not a particle (<표 1>에서 보듯이)
		   nor a sentence (Figure 3: the count shows ...) */
		if (k + 1 >= t.n || t.p[k] != ' ' || ISLOWER(t.p[k + 1]))
			return 0;
		t = (Str){ t.p + k + 1, t.n - k - 1 };
		/* its source or note after it: "... 2014-2026. Source: ..." */
		for (k = 0; k + 9 < t.n; k++)
			if (t.p[k] == '.' && t.p[k + 1] == ' ' &&
			    (sprefixci((Str){ t.p + k + 2, t.n - k - 2 }, "source") ||
			    sprefixci((Str){ t.p + k + 2, t.n - k - 2 }, "note:") ||
			    sprefixci((Str){ t.p + k + 2, t.n - k - 2 }, "notes:"))) {
				t.n = k + 1;
				break;
			}
		for (k = 0, n = 0; k < t.n; k++)
			n += t.p[k] == ' ';
		return !hgprose(t) && !strhas(t, ". ") &&
		    !(t.n > 1 && t.p[t.n - 1] == '.' && n > 12);
	}
	return 0;
}

/* A release's number alone on its line: "No. 828-09", "No. NR-123-23"
   (digits and a hyphen, not a heading's "No. 5"). */
static int
releaseno(Str t)
{
	size_t i, nd = 0, nh = 0;

	if (t.n < 7 || t.n > 24 || memcmp(t.p, "No. ", 4) != 0)
		return 0;
	for (i = 4; i < t.n; i++)
		if (ISDIGIT(t.p[i]))
			nd++;
		else if (t.p[i] == '-' && i > 4)
			nh++;
		else if (!ISUPPER(t.p[i]))
			return 0;
	return nd >= 2 && nh > 0;
}

/*
 * A news agency's slug, the story's file name over its headline: at
 * most six words, no full stop, comma or colon, and a word of three
 * parts or more joined by hyphens, two capitalised and one in lower
 * case, the topic after the states ("S Korea-US-defense talks",
 * "(LEAD) S Korea-US-security meeting"; not "Up-to-date Plans", "U.S.-
 * ROK-Japan Drills").
 */
static int
slugline(Str t)
{
	Str rest = t, w;
	size_t i, nw = 0, ncap, nlow, np;
	int slug = 0;

	if (t.n > 60 || t.n < 8 || memchr(t.p, '-', t.n) == NULL)
		return 0;
	for (i = 0; i < t.n; i++)
		if (strchr(".,:;?!", t.p[i]) != NULL && t.p[i] != '\0')
			return 0;
	while (rest.n > 0) {
		if ((w = strcut(&rest, ' ')).n == 0)
			continue;
		if (++nw > 6)
			return 0;
		for (i = ncap = nlow = 0, np = 1; i < w.n; i++) {
			if (i == 0 || w.p[i - 1] == '-') {
				if (ISUPPER(w.p[i]))
					ncap++;
				else if (ISLOWER(w.p[i]))
					nlow++;
			}
			np += w.p[i] == '-';
		}
		slug |= np >= 3 && ncap >= 2 && nlow >= 1;
	}
	return slug;
}

/* A wire photo's caption from the agency's files: "FILE - A U.S. Army
   captain learns ... Aug. 25, 2016." ("FILE" in capitals, a dash). */
int
filecaption(Str t)
{
	return t.n > 12 && t.n <= 800 && memcmp(t.p, "FILE ", 5) == 0 &&
	    (t.p[5] == '-' || (t.n > 9 && memcmp(t.p + 5, "\xe2\x80", 2) == 0 &&
	    (t.p[7] == '\x94' || t.p[7] == '\x93'))) &&
	    t.p[t.p[5] == '-' ? 6 : 8] == ' ';
}

/* A line that gives whose words follow: "The below is attributable to
   Spokesperson Lena Marsh:", "... attributable to the Secretary:", an
   office or a person named, in capitals (not "The decline is
   attributable to two factors:"). */
static int
attribution(Str t)
{
	size_t k;

	for (k = 0; k + 20 < t.n && memcmp(t.p + k, " is attributable to ", 20); k++)
		;
	if (k + 20 >= t.n)
		return 0;
	k += 20;
	if (k + 4 < t.n && memcmp(t.p + k, "the ", 4) == 0)
		k += 4;
	return k < t.n && ISUPPER(t.p[k]);
}

/* A byline that gives the author's role in a sentence of its own: "By
   Jane Roe, Digital Editor at the Institute and Associate Editor at
   The Review.": a name of two to four capitalised words, a comma, a
   role's word, one sentence. */
static int
rolebyline(Str t)
{
	static const char *const role[] = {
		"editor", "fellow", "director", "professor", "correspondent",
		"reporter", "researcher", "analyst", "chair", "president",
		"writer", "intern", "columnist",
	};
	char lo[LOCAP];
	size_t i, nw = 0, c;

	for (c = 3; c < t.n && t.p[c] != ','; c++)
		if (t.p[c] == ' ')
			nw++;
	if (c + 2 >= t.n || nw < 1 || nw > 3 || !ISUPPER(t.p[3]))
		return 0;
	for (i = 3; i < c; i++)
		if (t.p[i] == ' ' && !ISUPPER(t.p[i + 1]))
			return 0;
	for (i = c; i + 2 < t.n; i++)	/* one sentence */
		if (t.p[i] == '.' && t.p[i + 1] == ' ' && ISUPPER(t.p[i + 2]) &&
		    ISLOWER(t.p[i - 1]) && ISLOWER(t.p[i - 2]))
			return 0;
	/* the role right after the name, in its first six words, not a
	   clause's subject ("By Executive Order, the President directed
	   ...", "By Election Day, the analyst expects, ...") */
	if (c + 6 < t.n && memcmp(t.p + c + 2, "the ", 4) == 0)
		return 0;
	for (i = c + 2, nw = 0; i < t.n && nw < 6; i++)
		nw += t.p[i] == ' ';
	if (lowcopy(lo, (Str){ t.p + c, i - c }) == 0)
		return 0;
	return anyword(lo, role, NELEM(role));
}

/* Does t hold, from i, a clock's time: "3:45", "10:00 a.m.", "3:45
   P.M.", "14:30"?  Its end in *e. */
static int
clocktime(Str t, size_t i, size_t *e)
{
	size_t j = i;

	while (j < t.n && j - i < 2 && ISDIGIT(t.p[j]))
		j++;
	if (j == i || j + 2 >= t.n || t.p[j] != ':' || !ISDIGIT(t.p[j + 1]) ||
	    !ISDIGIT(t.p[j + 2]))
		return 0;
	j += 3;
	if (j + 1 < t.n && t.p[j] == ' ' && strchr("AaPp", t.p[j + 1]) != NULL)
		j++;
	if (j + 1 < t.n && strchr("AaPp", t.p[j]) != NULL) {
		if (t.p[j + 1] == '.' && j + 3 < t.n && (t.p[j + 2] | 0x20) == 'm' &&
		    t.p[j + 3] == '.')
			j += 4;
		else if ((t.p[j + 1] | 0x20) == 'm' && (j + 2 == t.n || !ISALPHA(t.p[j + 2])))
			j += 2;
	}
	*e = j;
	return 1;
}

/*
 * A line of a page's stamps, no sentence of the text: a time alone
 * with its zone ("3:45 P.M. EDT", "10:00 a.m. KST"); how long ago a
 * video was posted ("5 years ago", "\u2022 3 hours ago"); a reading
 * time with its date ("The Economist 6 min read 28 Apr 2025, 05:07 PM
 * IST"); who transcribed a transcript ("Transcript By Superior
 * Transcriptions LLC ..."); where an op-ed was first published
 * ("Originally published in the National Interest."); a press
 * office's contact and number ("Media Contact 202-226-8467").
 */
int
pagestamp(Str t)
{
	char lo[LOCAP];
	size_t i, e, n, nw;
	const char *c;
	Str w;

	if (t.n < 5 || t.n > 160)
		return 0;
	if (ISDIGIT(t.p[0]) && clocktime(t, 0, &e)) {
		/* the zone: two to four capitals, or none after a.m./p.m. */
		if (e == t.n)
			return t.p[e - 1] == '.' || (t.p[e - 1] | 0x20) == 'm';
		if (t.p[e] != ' ' || t.n - e - 1 < 2 || t.n - e - 1 > 4)
			return 0;
		for (i = e + 1; i < t.n; i++)
			if (!ISUPPER(t.p[i]))
				return 0;
		return 1;
	}
	i = 0;
	if (t.n > 4 && memcmp(t.p, "\xe2\x80\xa2 ", 4) == 0)
		i = 4;		/* (a bullet before it) */
	if (ISDIGIT(t.p[i]) && t.n - i <= 20 && strends(t, " ago")) {
		w = (Str){ t.p + i, t.n - i - 4 };
		while (w.n > 0 && ISDIGIT(w.p[0]))
			w.p++, w.n--;
		if (w.n < 2 || w.p[0] != ' ')
			return 0;
		w.p++, w.n--;
		/* (years and months under a bullet only: "70 years ago"
		   alone may be an anniversary's heading) */
		if (i == 0 && (w.p[0] == 'y' || w.p[0] == 'm') && w.p[1] != 'i')
			return 0;
		return streqlit(w, "year") || streqlit(w, "years") ||
		    streqlit(w, "month") || streqlit(w, "months") ||
		    streqlit(w, "week") || streqlit(w, "weeks") ||
		    streqlit(w, "day") || streqlit(w, "days") ||
		    streqlit(w, "hour") || streqlit(w, "hours") ||
		    streqlit(w, "minute") || streqlit(w, "minutes") ||
		    streqlit(w, "min") || streqlit(w, "mins");
	}
	/* an event's date under its label: "RECORDING DATE: Wednesday, June
	   24, 2020 at 8:00 a.m. EDT" (a label of one word and DATE) */
	if (ISUPPER(t.p[0]) && t.p[t.n - 1] != '.' &&
	    (c = memchr(t.p, ':', t.n < 25 ? t.n : 25)) != NULL && c - t.p >= 6 &&
	    sprefixci((Str){ (char *)c - 5, 5 }, " date") &&
	    memchr(t.p, ' ', (size_t)(c - t.p) - 5) == NULL) {
		n = lowcopy(lo, t);
		return nwords(lo) <= 14 && finddate(lo + (c - t.p) + 1,
		    n - (size_t)(c - t.p) - 1, &e) >= 0;
	}
	/* a reading time and the date: "The Economist 6 min read 28 Apr
	   2025, 05:07 PM IST" (no sentence) */
	if (t.n <= 100 && t.p[t.n - 1] != '.' && strhas(t, " min read ")) {
		n = lowcopy(lo, t);
		return finddate(lo, n, &e) >= 0;
	}
	if (strchr("TtOoMmPp", t.p[0]) == NULL || t.p[0] == '\0' ||
	    !(sprefixci(t, "transcript by ") || sprefixci(t, "originally ") ||
	    sprefixci(t, "this article ") || sprefixci(t, "media contact ") ||
	    sprefixci(t, "press contact ")))
		return 0;
	if ((n = lowcopy(lo, t)) == 0)
		return 0;
	nw = nwords(lo);
	if (strncmp(lo, "transcript by ", 14) == 0 && nw <= 10 &&
	    lo[n - 1] != '.')
		return 1;
	if ((strncmp(lo, "originally published in ", 24) == 0 ||
	    strncmp(lo, "originally published by ", 24) == 0 ||
	    strncmp(lo, "originally published at ", 24) == 0 ||
	    strncmp(lo, "this article was originally published ", 39) == 0 ||
	    strncmp(lo, "this article originally appeared ", 33) == 0 ||
	    strncmp(lo, "originally appeared in ", 23) == 0) && nw <= 16 &&
	    memchr(lo, ',', n) == NULL)
		return 1;
	/* (the number right after the office's name) */
	if ((strncmp(lo, "media contact ", 14) == 0 || strncmp(lo, "press contact ", 14) == 0) &&
	    nw <= 4 && (ISDIGIT(lo[14]) || lo[14] == '('))
		return 1;
	return 0;
}

/* Are the words of t before off all capitalised, a photographer's
   name ("Jung Yeon-je", "Uncredited"), no headline's ("Seoul confirms
   the launch - Reuters")? */
static int
capsrun(Str t, size_t off)
{
	size_t i;

	for (i = 0; i < off && i < t.n; i++)
		if ((i == 0 || t.p[i - 1] == ' ') && !ISUPPER(t.p[i]))
			return 0;
	return 1;
}

int
chromemeta(Str t)
{
	char lo[LOCAP];
	size_t n, nw;
	const char *c;

	if (t.n > 160 || (t.n > 0 && (t.p[t.n - 1] == ')' || t.p[t.n - 1] == ']' ||
	    t.p[t.n - 1] == '|' || t.p[t.n - 1] == '>')))
		if (caption(t))
			return 1;
	if (t.n >= 12 && t.n <= 600 && (hgcredit(t) || encredit(t)))
		return 1;	/* a caption, its credit unbracketed */
	if (t.n > 40 && t.n <= 600 && t.p[t.n - 1] == 'e' && ISALPHA(t.p[t.n - 5]) == 0 &&
	    (strends(t, "...more") || strends(t, "\xe2\x80\xa6more")))
		return 1;	/* a gallery's caption cut short: "... of joint...more" */
	if (t.n >= 2 && t.n <= 40 && t.p[t.n - 1] == '|' && t.p[t.n - 2] == ' ')
		return 1;	/* "Release |", a row of a page's meta cut by its date */
	if (figcaption(t) || (t.n <= 300 && (sprefixci(t, "source: ") ||
	    sprefixci(t, "sources: ") || sprefixci(t, "\xec\x9e\x90\xeb\xa3\x8c:") ||	/* 자료: */
	    sprefixci(t, "\xec\xb6\x9c\xec\xb2\x98:"))))	/* 출처: */
		return 1;	/* a figure's caption, its source */
	if (t.n <= 14 && fieldlabel(t))
		return 1;
	if (t.n > 12 && t.p[0] == 'F' && filecaption(t))
		return 1;
	if (t.n > 3 && t.n <= 200 && t.p[0] == 'B' && t.p[1] == 'y' && t.p[2] == ' ' &&
	    rolebyline(t))
		return 1;	/* By Jane Roe, Digital Editor at the Institute. */
	if (t.n == 0 || t.n > 160)
		return 0;
	if (t.n > 9 && (t.p[0] | 0x20) == 'p' && t.p[t.n - 1] != '.' &&
	    (sprefixci(t, "photo = ") ||
	    sprefixci(t, "photos = ") || sprefixci(t, "photo=") || sprefixci(t, "photos=")))
		return 1;	/* Photos = Cheong Wa Dae (no sentence: not
				   "Photos = the memory of war, ... wrote.") */
	if (t.p[t.n - 1] == ':' && attribution(t))
		return 1;	/* The below is attributable to Spokesperson ...: */
	if (t.n <= 80 && t.n > 3 && t.p[0] == ',' && t.p[1] == ' ' &&
	    ISLOWER(t.p[2]) && memchr(t.p, '.', t.n) == NULL && lowcopy(lo, t) > 0 &&
	    (anyword(lo, staffrole, NELEM(staffrole)) || hasword(lo, "director") ||
	    hasword(lo, "fellow") || hasword(lo, "scientist") ||
	    hasword(lo, "professor") || hasword(lo, "analyst")))
		return 1;	/* ", co-director and ...": a byline, its linked
				   name lost (not ", is defined as:") */
	if (pagestamp(t))
		return 1;
	if (rawsentence(t))
		return 0;
	if (dateline(t) || placeline(t) || releaseno(t) || slugline(t))
		return 1;
	if (sprefixci(t, "[\xec\x82\xac\xec\xa7\x84]") ||	/* [사진] */
	    sprefixci(t, "[\xea\xb7\xb8\xeb\x9e\x98\xed\x94\xbd]") ||	/* [그래픽] */
	    sprefixci(t, "[\xed\x8f\xac\xed\x86\xa0]"))	/* [포토] */
		return 1;	/* a photo's or a chart's title */
	n = lowcopy(lo, t);
	if (isdateline(t) || datecell(t))
		return 1;
	nw = nwords(lo);
	if (sentend(lo, n) && nw > 4)
		return 0;
	if (nw <= 5 && hasword(lo, "immediate release"))
		return 1;		/* FOR IMMEDIATE RELEASE */
	if (letterhead(t, lo))
		return 1;		/* U.S. DEPARTMENT OF DEFENSE */
	/* Release No: NR-123-23, Source: Yonhap, Photo: ... */
	if ((c = strchr(lo, ':')) != NULL && c - lo <= 24 && nw <= 8) {
		char key[32];

		memcpy(key, lo, (size_t)(c - lo));
		key[c - lo] = '\0';
		if (nwords(key) <= 3 && (hasword(key, "release") ||
		    hasword(key, "date") || hasword(key, "posted") ||
		    hasword(key, "updated") || hasword(key, "published") ||
		    hasword(key, "location") || hasword(key, "dateline") ||
		    hasword(key, "no") || hasword(key, "source") ||
		    hasword(key, "photo") || hasword(key, "contact") ||
		    hasword(key, "media contact") || hasword(key, "by") ||
		    hasword(key, "image") || hasword(key, "credit") ||
		    hasword(key, "graphic") || hasword(key, "illustration")))
			return 1;
	}
	/* (Photo by Jane Doe), [Yonhap], Photo courtesy of ... */
	if (strncmp(lo, "photo by", 8) == 0 || strncmp(lo, "photo courtesy", 14) == 0 ||
	    strncmp(lo, "courtesy of", 11) == 0)
		return 1;
	if (n <= 80 && ((lo[0] == '(' && lo[n - 1] == ')') ||
	    (lo[0] == '[' && lo[n - 1] == ']')) && memchr(lo + 1, lo[0], n - 1) == NULL)
		return 1;
	if (n <= 160 && (hasword(lo, "photo by") || hasword(lo, "photo courtesy")) &&
	    lo[n - 1] == ')')
		return 1;		/* a caption ending (Photo by ...) */
	/* Jane Doe, Staff Writer; Yonhap News Agency */
	if (nw <= 7 && (c = strchr(lo, ',')) != NULL && !sentend(lo, n) &&
	    anyword(c, staffrole, NELEM(staffrole)))
		return 1;
	/* a photo's credit line, the photographer before a dash: "Jung
	   Yeon-je - pool, Pool AFP", "Uncredited - hogp, KCNA via KNS" */
	if (nw <= 8 && !sentend(lo, n) && (c = strstr(lo, " - ")) != NULL &&
	    c - lo <= 30 && (anyword(c, agency, NELEM(agency)) ||
	    anyword(c, credit, NELEM(credit))) && capsrun(t, (size_t)(c - lo)))
		return 1;
	/* the agencies a photo passed through, slashed: "Korean Central
	   News Agency/Korea News Service/AP/File" */
	if (n <= 100 && !sentend(lo, n) && slashchain(t) &&
	    (anyword(lo, agency, NELEM(agency)) || strends(t, "/File")))
		return 1;
	/* "Yomiuri Shimbun file photo", a photo's credit over its caption */
	if (nw <= 5 && n > 11 && strcmp(lo + n - 11, " file photo") == 0 &&
	    (nw == 3 || outletname((Str){ t.p, n - 11 })) && ISUPPER(t.p[0]))
		return 1;	/* (an outlet's name before it, not "Pentagon
				   pulls file photo") */
	/* the source's site alone, "DefenseWorld.net" */
	if (nw == 1 && n >= 6 && n <= 40 && ISUPPER(t.p[0]) &&
	    (strends(t, ".net") || strends(t, ".com") || strends(t, ".org")))
		return 1;
	/* Yonhap; Joint Press Corps, under a photo (not the end of a
	   bracket broken off: "(Joint" / "Press Corps)") */
	if (nw <= 4 && !sentend(lo, n) && (anyword(lo, agency, NELEM(agency)) ||
	    (anyword(lo, credit, NELEM(credit)) && strpbrk(lo, "()[]") == NULL)))
		return 1;
	return 0;
}

/*
 * An English news story pasted as one line: its headline before the
 * dateline ("S. Korea, U.S. agree to ... SEOUL, Nov. 13 (Yonhap) --
 * South Korea ...").  The offset of the dateline (a word in capitals,
 * a comma, then a dash within 60 bytes), within the first 300 bytes
 * after a headline of three words or more with no full stop before a
 * capital; 0 if none.
 */
size_t
entitlecut(Str t)
{
	char lo[LOCAP];
	size_t i, j, k, e, nw = 1;
	const char *d;

	/* most lines have no dash of a dateline: "--" or an em dash */
	for (d = t.p, e = t.n < 360 ? t.n : 360; (d = memchr(d, '-',
	    e - 1 - (size_t)(d - t.p))) != NULL && d[1] != '-'; d++)
		;
	if (d == NULL && !strhas((Str){ t.p, e }, "\xe2\x80\x94"))
		return 0;
	for (i = 1; i + 8 < t.n && i < 300; i++) {
		if (t.p[i] == ' ') {
			nw++;
			if (i >= 2 && t.p[i - 1] == '.' && ISUPPER(t.p[i + 1]) &&
			    !ISUPPER(t.p[i - 2]))
				return 0;	/* a sentence ends: no headline */
			continue;
		}
		if (t.p[i - 1] != ' ' || !ISUPPER(t.p[i]))
			continue;
		for (j = i; j < t.n && (ISUPPER(t.p[j]) || t.p[j] == ' '); j++)
			;
		if (j - i < 4 || j >= t.n || t.p[j] != ',' || nw < 4)
			continue;
		for (k = j; k + 2 < t.n && k < j + 60; k++)
			if ((t.p[k] == '-' && t.p[k + 1] == '-') ||
			    memcmp(t.p + k, "\xe2\x80\x94", 3) == 0)
				break;
		if (k + 2 >= t.n || k >= j + 60)
			continue;
		k += t.p[k] == '-' ? 2 : 3;
		/* SEOUL, Nov. 13 (Yonhap) --: a date or an agency in brackets */
		lowcopy(lo, (Str){ t.p + i, k - i });
		if (dateline((Str){ t.p + i, k - i }) &&
		    (finddate(lo, k - i, &e) >= 0 || memchr(t.p + j, ')', k - j) != NULL))
			return i;
	}
	return 0;
}

/* the titles of a page's boxes after the text, a cookie notice */
static const char *box[] = {
	"Related Stories", "Related Articles", "Related News",
	"Related Links", "Related Content", "Helpful Links",
	"Quick Links", "Most Read", "Most Popular",
	"Most Viewed", "Read more", "Read More", "Read next",
	"You may also like", "Latest News", "Top Stories",
	"Share this", "Back to top", "We use cookies", "Follow us",
	"Subscribe to", "Sign up for", "Related Topics", "Cite this",
	"Cite This", "Tags:", "Keywords",
};

/* Can a box's title start at p: its first two letters? */
static int
boxpair(const char *p)
{
	size_t i;

	for (i = 0; i < NELEM(box); i++)
		if (p[0] == box[i][0] && p[1] == box[i][1])
			return 1;
	return 0;
}

/* Does t open with the title of such a box? */
int
boxtrail(Str t)
{
	size_t i, n;

	for (i = 0; i < NELEM(box); i++)
		if (t.n >= (n = strlen(box[i])) && memcmp(t.p, box[i], n) == 0)
			return 1;
	return hgfurn(t);
}

/*
 * The furniture after an English one-line story's last sentence: the
 * reporter's address, "(END)", the copyright ("... said. shsong@yna.co.kr
 * (END) Copyright (c) 2023 ...").  The offset where it starts, within
 * the last wide bytes (300; more after a story's head, whose page's
 * boxes may follow); 0 if none.
 */
size_t
entrailer(Str t, size_t wide)
{
	size_t k, e, i, last;
	Str w;

	/* a box's title after a sentence, the first one in the text's
	   last 4000 bytes, before a capital: the rest is the page's (a
	   text that ends in a full stop has none: a box's links end in
	   none; but after a page's head a copyright may end it) */
	for (k = t.n > 4000 ? t.n - 4000 : 0; k + 6 < t.n && t.n > 0 &&
	    (wide > 300 || (strchr(".!?\"'", t.p[t.n - 1]) == NULL &&
	    (unsigned char)t.p[t.n - 1] != 0x9D)); k++) {
		const char *dot = memchr(t.p + k, '.', t.n - k);

		if (dot == NULL)
			break;
		k = (size_t)(dot - t.p) + 2;	/* after ". " */
		if (k + 4 >= t.n || dot[1] != ' ' || !boxpair(t.p + k))
			continue;
		for (i = 0; i < NELEM(box); i++) {
			e = strlen(box[i]);
			if (k + e + 2 < t.n && memcmp(t.p + k, box[i], e) == 0 &&
			    t.p[k + e] == ' ' && (ISUPPER(t.p[k + e + 1]) ||
			    t.p[k + e + 1] == '#' || i >= NELEM(box) - 2))
				return k;
		}
	}

	k = t.n > wide ? t.n - wide : 2;
	if (k >= t.n || (memchr(t.p + k, '@', t.n - k) == NULL &&
	    !strhas((Str){ t.p + k, t.n - k }, "(END)") &&
	    !strhas((Str){ t.p + k, t.n - k }, "\xc2\xa9") &&
	    !strhas((Str){ t.p + k, t.n - k }, "Copyright")))
		return 0;	/* no address, (END), ©, Copyright */
	for (last = 0; k + 4 < t.n; k++) {
		/* after a sentence, or a credit in brackets: "... Tuesday.
		   (Joint Press Corps) sykim@..." */
		if (t.p[k - 1] != ' ' || (t.p[k - 2] != '.' && t.p[k - 2] != ')'))
			continue;
		for (e = k; e < t.n && t.p[e] != ' '; e++)
			;
		w = (Str){ t.p + k, e - k };
		if (memchr(w.p, '@', w.n) != NULL && memchr(w.p, '.', w.n) != NULL) {
			if (wide <= 300)
				return k;
			/* far from the end: the last address, not one a
			   sentence goes on after (a second story's, "x@y.kr
			   and a number will ...") */
			if (e + 1 >= t.n || !ISLOWER(t.p[e + 1]))
				last = k;
		} else if (last == 0 && (sprefixci(w, "(end)") ||
		    sprefixci(w, "copyright") || sprefixci(w, "\xc2\xa9")))
			return k;
	}
	return last;
}
