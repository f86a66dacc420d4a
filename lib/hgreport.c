/* hgreport.c: the furniture of a Korean report copied out of its PDF or
   its page, by features of one line: a contents page's entry, the line
   that names the series a paper comes from, a glyph alone, a paywall's
   notice. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

/* Length of the leader glyph ending at t.p[e] (. · … ‥ ∙ ・ ㆍ ․), 0 if
   none; *dots how many dots it draws. */
static size_t
leaderat(Str t, size_t e, int *dots)
{
	const unsigned char *p = (const unsigned char *)t.p;

	if (e >= 1 && p[e - 1] == '.') {
		*dots = 1;
		return 1;
	}
	if (e >= 2 && p[e - 2] == 0xC2 && p[e - 1] == 0xB7) {
		*dots = 1;			/* · U+00B7 */
		return 2;
	}
	if (e < 3 || p[e - 3] < 0xE2 || p[e - 3] > 0xE3)
		return 0;
	*dots = 1;
	if (p[e - 3] == 0xE2 && p[e - 2] == 0x80 && p[e - 1] == 0xA6)
		*dots = 3;			/* … */
	else if (p[e - 3] == 0xE2 && p[e - 2] == 0x80 && p[e - 1] == 0xA5)
		*dots = 2;			/* ‥ */
	else if (!((p[e - 3] == 0xE2 && p[e - 2] == 0x88 && p[e - 1] == 0x99) ||
	    (p[e - 3] == 0xE2 && p[e - 2] == 0x80 && p[e - 1] == 0xA4) ||
	    (p[e - 3] == 0xE3 && p[e - 2] == 0x83 && p[e - 1] == 0xBB) ||
	    (p[e - 3] == 0xE3 && p[e - 2] == 0x86 && p[e - 1] == 0x8D)))
		return 0;			/* (∙ ․ ・ ㆍ) */
	return 3;
}

/*
 * A contents page's entry: a title, a leader of three dots or more and
 * its page number ("Ⅰ. 문제제기···1", "2. 한·미동맹 공동비전 ······ 13",
 * "요약 …… ⅰ" is not: the number is in digits).  No sentence's end
 * before the leader ("...했다... 3" is a sentence and a number).
 */
int
hgtocline(Str t)
{
	size_t e = t.n, k, n;
	int dots = 0, d;

	if (t.n < 8 || t.n > 160 || !hashangul(t))
		return 0;
	while (e > 0 && ISDIGIT(t.p[e - 1]) && t.n - e < 4)
		e--;
	if (e == t.n || ISDIGIT(t.p[e - 1]))
		return 0;
	while (e > 0 && t.p[e - 1] == ' ')
		e--;
	for (k = e; k > 0 && (n = leaderat(t, k, &d)) > 0; k -= n)
		dots += d;
	while (k > 0 && t.p[k - 1] == ' ')
		k--;
	if (dots < 3 || k == 0)
		return 0;
	return !strends((Str){ t.p, k }, "다") && !hgprose((Str){ t.p, k });
}

/*
 * The line that names the series or the book a text was taken from,
 * under its title: "『동북아 안보정세 분석』(한국국방연구원 발행)",
 * "「국방논단」 제1832호 (한국국방연구원 발간)".  A title in its
 * brackets, then who published it.
 */
int
hgsourceline(Str t)
{
	size_t b;

	if (t.n < 12 || t.n > 120 || t.p[t.n - 1] != ')')
		return 0;
	if (!sprefixci(t, "\xe3\x80\x8e") && !sprefixci(t, "\xe3\x80\x8c"))
		return 0;				/* 『 「 */
	if (!strends(t, "발행)") && !strends(t, "발간)") && !strends(t, "펴냄)"))
		return 0;
	for (b = t.n - 1; b > 0 && t.p[b] != '('; b--)
		;
	/* the title's closing bracket before the publisher: 』 」 */
	if (b <= 3 || (!strhas((Str){ t.p, b }, "\xe3\x80\x8f") &&
	    !strhas((Str){ t.p, b }, "\xe3\x80\x8d")))
		return 0;
	t = strtrim((Str){ t.p, b });	/* (not "『국방백서』는 ...된다(...)") */
	return !hgprose(t) && !strends(t, "다") && !strends(t, "다.");
}

/* A glyph alone on its line, a bullet or a copyright mark left of a
   list or a footer (●, ■, ◦, ⓒ, ©), or a bullet before a count alone
   (• 3): no heading, no text. */
int
hgloneglyph(Str t)
{
	const unsigned char *p = (const unsigned char *)t.p;
	size_t i;

	if (t.n == 2)
		return p[0] == 0xC2 && p[1] == 0xA9;		/* © */
	/* a bullet and a count, a board's field for its views: • 3 */
	if (t.n >= 5 && t.n <= 8 && memcmp(t.p, "\xe2\x80\xa2 ", 4) == 0) {
		for (i = 4; i < t.n && ISDIGIT(t.p[i]); i++)
			;
		return i == t.n;
	}
	if (t.n != 3 || p[0] != 0xE2)
		return 0;
	return (p[1] == 0x93 && p[2] == 0x92) ||		/* ⓒ U+24D2 */
	    (p[1] == 0x96 && p[2] >= 0xA0) || p[1] == 0x97;	/* U+25A0-25FF */
}

/* How many words t has. */
static size_t
words(Str t)
{
	size_t off = 0, n = 0;
	Str w;

	while (strword(t, &off, &w))
		n++;
	return n;
}

/* A paywall's notice where a story stops: "이코노미조선 멤버십
   기사입니다", "유료 회원 전용 기사입니다.", "멤버십 회원이신가요?
   로그인". */
int
hgpaywall(Str t)
{
	Str s;

	if (t.n < 15 || t.n > 90 || !hashangul(t))
		return 0;
	if (strhas(t, "회원이신가요?") && !strends(t, "다.") && !strends(t, "다"))
		return 1;	/* (not a quote: "... 회원이신가요?"라고 물었다.) */
	s = t.p[t.n - 1] == '.' ? (Str){ t.p, t.n - 1 } : t;
	return words(s) <= 5 && (strends(s, "멤버십 기사입니다") ||
	    strends(s, "유료 기사입니다") || strends(s, "전용 기사입니다") ||
	    strends(s, "구독자 기사입니다"));	/* (not "이 기사는 멤버십
						   제도를 소개하는 기사입니다.") */
}

/*
 * A field of a library's record of a paper, its label and its value on
 * one line: "저자 박영준", "소속 및 직함 국방대학교 교수", "학술지 정세와
 * 정책", "권호사항 363", "수록페이지 범위 및 쪽수 1-4".  The value is a
 * name or a title, no sentence ("저자 박영준 교수는 ...했다." is one).
 */
int
hgcatalog(Str t)
{
	static const char *label[] = {
		"저자 ", "소속 및 직함 ", "학술지 ", "학술지명 ", "권호사항 ",
		"수록페이지 ", "수록면 ", "발행기관 ", "발행연도 ", "키워드 ",
	};
	static const char *heads[] = {
		"목록", "현황", "소개", "안내", "약력", "분석", "동향",
	};
	size_t i, k, w;
	Str r;

	if (t.n < 8 || t.n > 120 || (unsigned char)t.p[0] < 0xEA)
		return 0;
	for (i = 0; i < NELEM(label); i++)
		if (sprefixci(t, label[i]))
			break;
	if (i == NELEM(label))
		return 0;
	r = strtrim((Str){ t.p + strlen(label[i]), t.n - strlen(label[i]) });
	if (r.n == 0 || endsterm(r) || hgprose(r) || strends(r, "다"))
		return 0;
	/* the value by its label: the authors' names (not "저자 소개"),
	   the keywords tagged or listed (not "키워드 분석"), no heading's
	   word ending any other ("학술지 게재 논문 목록") */
	for (w = r.n; w > 0 && r.p[w - 1] != ' '; w--)
		;
	for (k = 0; k < NELEM(heads); k++)
		if (streqlit((Str){ r.p + w, r.n - w }, heads[k]))
			return 0;
	if (i == 0) {
		for (w = 0; w < r.n && r.p[w] != ' ' && r.p[w] != ','; w++)
			;
		return hgpersonname((Str){ r.p, w });
	}
	return i != NELEM(label) - 1 || memchr(r.p, '#', r.n) != NULL ||
	    memchr(r.p, ',', r.n) != NULL || memchr(r.p, ';', r.n) != NULL;
}

/* A paper's date alone in two-digit years, as a report's page lists it
   under the title: "08. 12. 31.", "21. 7. 19". */
int
hgshortdate(Str t)
{
	long v[3];
	size_t i = 0, k, n;

	if (t.n < 6 || t.n > 12 || !ISDIGIT(t.p[0]))
		return 0;
	for (k = 0; k < 3; k++) {
		for (n = 0, v[k] = 0; i < t.n && ISDIGIT(t.p[i]) && n < 3; i++, n++)
			v[k] = v[k] * 10 + (t.p[i] - '0');
		if (n == 0 || n > 2)
			return 0;
		if (i < t.n && t.p[i] == '.')
			i++;
		else if (k < 2)
			return 0;
		while (i < t.n && t.p[i] == ' ' && k < 2)
			i++;
	}
	return i == t.n && v[1] >= 1 && v[1] <= 12 && v[2] >= 1 && v[2] <= 31;
}

/* An author's name with its footnote's mark, the note giving the
   affiliation below: "이병구*1)", "김하늘*", "박서준**". */
int
hgnotedname(Str t)
{
	size_t e = t.n;

	if (t.n < 7 || t.n > 20 || t.p[t.n - 1] == '.')
		return 0;
	if (t.p[e - 1] == ')') {
		for (e--; e > 0 && ISDIGIT(t.p[e - 1]); e--)
			;
	}
	if (e == 0 || t.p[e - 1] != '*')
		return 0;
	while (e > 0 && t.p[e - 1] == '*')
		e--;
	return e >= 6 && e <= 12 && hgpersonname((Str){ t.p, e });
}
