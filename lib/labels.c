/* labels.c: clause and enumeration labels ("12. ", "(a)", "ii)"),
   ordinal suffixes, and where a lead-in or sentence ends. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

/* The lead byte of a Hangul syllable (U+AC00-D7A3 is EA B0 80-ED 9E A3). */
#define HGLEAD(c) ((c) >= 0xEA && (c) <= 0xED)

/* The ordinal suffix English gives the number ending at b[0..end). */
const char *
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

int
issuffix(Str t)
{
	return t.n == 2 && (eqci(t, "st") || eqci(t, "nd") || eqci(t, "rd") ||
	    eqci(t, "th"));
}

/* Number at the start of s: digits, return count (0 if none) and *v. */
size_t
leadnum(Str s, long *v)
{
	size_t i = 0;

	*v = 0;
	while (i < s.n && i < 6 && ISDIGIT(s.p[i]))
		*v = *v * 10 + (s.p[i++] - '0');
	return i < 6 ? i : 0;
}

/* Length of the opening quote that may stand before a clause's number
   when a page quotes a whole text ("『1. 제57차 ...", "“1. The ..."),
   0 if none. */
size_t
labelquote(Str t)
{
	const unsigned char *p = (const unsigned char *)t.p;

	if (t.n >= 1 && p[0] == '"')
		return 1;
	if (t.n >= 3 && ((p[0] == 0xE3 && p[1] == 0x80 && (p[2] == 0x8C ||
	    p[2] == 0x8E)) || (p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x9C)))
		return 3;	/* 「 『 “ */
	return 0;
}

/* A clause label "12. " (then not a digit), or "12." alone: the number;
   an opening quote may stand before it. */
long
clauselabel(Str t)
{
	long v;
	size_t i, q = 0;

	if (t.n > 0 && !ISDIGIT(t.p[0]) && (t.p[0] == '"' ||
	    (unsigned char)t.p[0] >= 0xE2) && (q = labelquote(t)) > 0 &&
	    t.n > q && ISDIGIT(t.p[q])) {
		t.p += q;
		t.n -= q;
	}
	i = leadnum(t, &v);

	if (i == 0 && (v = hgclause(t)) > 0)
		return v;	/* 제3조 */
	if (i > 0 && i < t.n && t.p[i] != '.')
		return hgcommaclause(t);	/* 1, ...; 3항, ... */
	if (i == 0 || i > 3 || i >= t.n || t.p[i] != '.')
		return 0;
	if (i + 1 == t.n)
		return v;
	if ((t.p[i + 1] != ' ' && t.p[i + 1] != '\t') || i + 2 >= t.n)
		return 0;	/* (a TAB after it: a word processor's list) */
	if (ISDIGIT(t.p[i + 2])) {
		/* not a date's month, "11. 13."; but a day's name after the
		   label, "1. 6.25 전쟁과 동맹", "3. 9.19 군사합의" */
		for (i += 2; i < t.n && ISDIGIT(t.p[i]); i++)
			;
		if (i + 1 >= t.n || t.p[i] != '.' || !ISDIGIT(t.p[i + 1]))
			return 0;
	}
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
size_t
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
	    (t.n == 2 || p[2] == ' ' || p[2] == '\t'))
		return 2;
	if (ISDIGIT(p[0])) {
		for (i = 1; i < t.n && i < 3 && ISDIGIT(p[i]); i++)
			;
		if (i < t.n && p[i] == ')' && (i + 1 == t.n || p[i + 1] == ' ' ||
		    p[i + 1] == '\t'))
			return i + 1;
		/* a numbered point's sub-point, "3-1. ", as Korean papers
		   number them (not a score or a range, "3-1 승", "1-2월") */
		if (i + 4 < t.n && p[i] == '-' && ISDIGIT(p[i + 1])) {
			for (i += 2; i < t.n && i < 6 && ISDIGIT(p[i]); i++)
				;
			if (i + 1 < t.n && p[i] == '.' && p[i + 1] == ' ')
				return i + 1;
		}
		return 0;
	}
	if ((p[0] == '-' || p[0] == '*') && (p[1] == ' ' || p[1] == '\t'))
		return 1;
	/* Word's second level, "o" and a tab as it is pasted (folded to
	   a space in a block): English has no word "o" */
	if (p[0] == 'o' && (p[1] == '\t' || p[1] == ' ') && t.n > 2)
		return 1;
	/* a symbol font's bullet as pdftotext gives it, in the private use
	   area (U+F0A7, U+F0B7, U+F0D8, U+F0FC ...), then a space */
	if (t.n >= 4 && p[0] == 0xEF && (p[1] == 0x80 || p[1] == 0x81 ||
	    p[1] == 0x82 || p[1] == 0x83) && (p[3] == ' ' || p[3] == '\t'))
		return 3;
	/* • U+2022, – U+2013, ◦ U+25E6, ● U+25CF, ▪ U+25AA, ■ U+25A0,
	   ▲ U+25B2 (Korean releases), then a space or not */
	if (t.n >= 4 && ((p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA2 ||
	    p[2] == 0x93)) || (p[0] == 0xE2 && p[1] == 0x97 && (p[2] == 0xA6 ||
	    p[2] == 0x8F)) || (p[0] == 0xE2 && p[1] == 0x96 && (p[2] == 0xAA ||
	    p[2] == 0xA0 || p[2] == 0xB2))) && (p[3] == ' ' || p[3] == '\t' ||
	    p[2] == 0xB2))
		return 3;
	/* ▶ ► ▸ ➢ ∙, ❶ ➊ ⑴: the bullets and numbers of official lists */
	if (t.n >= 4 && p[0] == 0xE2 && ((p[1] == 0x96 && (p[2] == 0xB6 ||
	    p[2] == 0xBA || p[2] == 0xB8)) || (p[1] == 0x9E && (p[2] == 0xA2 ||
	    (p[2] >= 0x8A && p[2] <= 0x93))) || (p[1] == 0x9D && p[2] >= 0xB6) ||
	    (p[1] == 0x91 && p[2] >= 0xB4) || (p[1] == 0x92 && p[2] <= 0x87) ||
	    (p[1] == 0x88 && p[2] == 0x99)))
		return p[3] == ' ' || p[3] == '\t' ? 4 : 3;
	for (i = 1; i < t.n && i < 14 && p[i] != ' '; i++)
		;
	if (ISUPPER(p[0]) && i < 14 && (p[i - 1] == ',' || sprefixci(t, "first of")))
		for (i = 0; i < NELEM(ordwords); i++)
			if (sprefixci(t, ordwords[i]))
				return strlen(ordwords[i]);
	return 0;
}

/* Does t end a sentence or a list lead-in (. ! ? : ; before closers)? */
int
endsterm(Str t)
{
	const unsigned char *p = (const unsigned char *)t.p;
	size_t n = t.n, k;

	/* a footnote's mark after the sentence: "weapons.3", "said.\u201D12" */
	for (k = n; k > 0 && n - k < 3 && ISDIGIT(p[k - 1]); k--)
		;
	if (k < n && k >= 2 && (p[k - 1] == '.' || p[k - 1] == '"' ||
	    p[k - 1] == 0x9D) && !ISDIGIT(p[k - 2]) && p[k - 2] != ' ' &&
	    (p[k - 1] != '.' || ISLOWER(p[k - 2])))
		n = k;
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

/*
 * The length of the speaker's label that opens a turn of a transcript,
 * through its colon: "Q:", "SEC. AUSTIN:", "SECRETARY AUSTIN:",
 * "MR. RYDER:"; up to four words in capitals.  0 if none, for the
 * keys of a release's header ("DATE:", "CONTACT:") and for a
 * document's kind before its title ("FACT SHEET:", "READOUT:").
 */
size_t
speaker(Str t)
{
	return capslabel(t, 0);
}

/* The same, the keys of a header too ("DATE:"). */
size_t
capslabel(Str t, int keyed)
{
	static const char *keys[] = {
		"DATE", "FROM", "TO", "SUBJECT", "RELEASE", "CONTACT", "SOURCE",
		"BY", "NOTE", "TAGS", "TOPICS", "PHOTO", "PHOTOS",
	};
	/* a document's kind before its title, no speaker's name */
	static const char *kinds[] = {
		"FACT SHEET", "READOUT", "JOINT STATEMENT", "STATEMENT",
		"TRANSCRIPT", "PRESS RELEASE", "MEDIA ADVISORY", "NEWS RELEASE",
		"JOINT COMMUNIQUE", "JOINT FACT SHEET", "BACKGROUNDER",
	};
	size_t i, k, nw = 1;

	if (t.n < 3 || !ISUPPER(t.p[0]))
		return 0;
	for (i = 0; i < t.n && i < 40 && t.p[i] != ':'; i++) {
		if (t.p[i] == ' ') {
			if (++nw > 4 || t.p[i - 1] == ' ')
				return 0;
		} else if (!ISUPPER(t.p[i]) && t.p[i] != '.' && t.p[i] != '-')
			return 0;
	}
	if (i >= t.n || t.p[i] != ':' || (i + 1 < t.n && t.p[i + 1] != ' '))
		return 0;
	for (k = 0; k + 1 < i && ISUPPER(t.p[k]) && t.p[k + 1] == '.'; k += 2)
		;
	if (k == i)
		return 0;	/* D.C.: DoD, 2026 (a place's initials) */
	for (k = 0; k < NELEM(keys) && !keyed; k++)
		if (strlen(keys[k]) == i && memcmp(t.p, keys[k], i) == 0)
			return 0;
	for (k = 0; k < NELEM(kinds); k++)
		if (strlen(kinds[k]) == i && memcmp(t.p, kinds[k], i) == 0)
			return 0;	/* FACT SHEET: United States-... */
	return i + 1;
}

/* Is r, after a role's colon, a name alone or with where its bearer
   works (김영희 한국국방연구원 연구위원), no speech? */
static int
namedonly(Str r)
{
	size_t off = 0;
	Str w;

	if (!strword(r, &off, &w) || !hgpersonname(w))
		return 0;
	r = strtrim((Str){ r.p + off, r.n - off });
	return r.n == 0 || hgaffil(r);
}

/*
 * The length of the label that opens a turn of a Korean transcript,
 * through its mark and the spaces after it: "<질문>", "<답변>", "[문]",
 * "문)", "답)", "기자:", "대변인 :"; a role of a briefing or an interview
 * alone, never a key of a header ("담당자:", "일시:").  0 if none.
 */
size_t
hgturn(Str t)
{
	static const char *role[] = {
		"질문", "답변", "문", "답", "기자", "대변인", "사회자", "사회",
		"진행자", "앵커", "관계자", "질의", "응답",
	};
	static size_t len[NELEM(role)];
	size_t i, b, e, n;

	if (t.n < 5)
		return 0;
	b = t.p[0] == '<' || t.p[0] == '[';	/* <질문> [답변] */
	if ((unsigned char)t.p[b] < 0xEA || (unsigned char)t.p[b] > 0xEC)
		return 0;	/* (all open with a syllable of EA..EC) */
	switch ((unsigned char)t.p[b + 1]) {	/* 질 답 문 기 대 사 진 앵 관 응 */
	case 0xA7: case 0x8B: case 0xAC: case 0xB8: case 0x8C: case 0x82:
	case 0x95: case 0xB4: case 0x9D:
		break;
	default:
		return 0;
	}
	/* the mark after the role, within its first four syllables */
	for (e = b + 3; e < t.n && e < b + 14 && t.p[e] != ':' &&
	    t.p[e] != ')' && t.p[e] != '>' && t.p[e] != ']'; e++)
		;
	if (e >= t.n || e >= b + 14)
		return 0;
	if (len[0] == 0)
		for (i = 0; i < NELEM(role); i++)
			len[i] = strlen(role[i]);
	for (i = 0; i < NELEM(role); i++) {
		n = len[i];
		if (t.n <= b + n || t.p[b + 1] != role[i][1] ||
		    memcmp(t.p + b, role[i], n) != 0)
			continue;
		e = b + n;
		if (b == 0 && e + 1 < t.n && t.p[e] == ' ' && t.p[e + 1] == ':')
			e++;	/* 대변인 : */
		if (e >= t.n)
			continue;
		if (b ? t.p[e] == (t.p[0] == '<' ? '>' : ']') :
		    t.p[e] == ':' || (t.p[e] == ')' && n == 3))
			break;	/* (the ) of 문) and 답) alone) */
	}
	if (i == NELEM(role) || (b == 0 && hgfield(t)))
		return 0;	/* (대변인 : 홍정우, the header's speaker) */
	for (e++; e < t.n && t.p[e] == ' '; e++)
		;
	if (b == 0 && t.p[e - 1] != ')' && namedonly((Str){ t.p + e, t.n - e }))
		return 0;	/* (사회: 김영희 ..., a programme's field) */
	return e;
}

/*
 * The length of the speaker's label of a printed hearing (GPO) that
 * opens a turn, through its period: a title, then a surname in capitals
 * ("Chairman ROGERS.", "Mr. WILSON.", "Admiral PAPARO.", "Secretary
 * HEGSETH.", "Senator McCAIN.", "The CHAIRMAN."); 0 if none.
 */
size_t
gpospeaker(Str t)
{
	static const char *titles[] = {
		"Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Chairman", "Chairwoman",
		"Chair", "Senator", "Representative", "Secretary", "Admiral",
		"General", "Ambassador", "Governor", "Colonel", "Director",
		"Judge", "Vice Admiral", "Lieutenant General", "Major General",
		"Rear Admiral", "Brigadier General", "Ranking Member",
	};
	size_t i, k, b, n, nw = 0;
	int the = 0;

	if (t.n < 6 || !ISUPPER(t.p[0]) || strchr("MDCSRAGJVLBT", t.p[0]) == NULL)
		return 0;	/* (the first letters of the titles) */
	if (sprefixci(t, "the ") && t.p[1] == 'h') {
		k = 4;		/* The CHAIRMAN. (the office for the name) */
		the = 1;
	} else {
		for (i = 0, k = 0; i < NELEM(titles) && k == 0; i++)
			if (titles[i][0] == t.p[0] && titles[i][1] == t.p[1] &&
			    t.n > (n = strlen(titles[i])) + 1 &&
			    memcmp(t.p, titles[i], n) == 0 && t.p[n] == ' ')
				k = n + 1;
		if (k == 0)
			return 0;
	}
	/* one or two words in capitals (Mc- aside), then the period */
	for (b = k;; b = i + 1) {
		for (i = b; i < t.n && (ISUPPER(t.p[i]) || t.p[i] == '-' ||
		    t.p[i] == '\'' || (i == b + 1 && t.p[i] == 'c' &&
		    t.p[b] == 'M')); i++)
			;
		if (i - b < 2 || !ISUPPER(t.p[i - 1]) || ++nw > 2)
			return 0;
		if (i < t.n && t.p[i] == '.')
			break;
		if (i >= t.n || t.p[i] != ' ')
			return 0;
	}
	if (the && (nw > 1 || !(streqlit((Str){ t.p + 4, i - 4 }, "CHAIRMAN") ||
	    streqlit((Str){ t.p + 4, i - 4 }, "CHAIRWOMAN") ||
	    streqlit((Str){ t.p + 4, i - 4 }, "CHAIR") ||
	    streqlit((Str){ t.p + 4, i - 4 }, "CLERK"))))
		return 0;
	return i + 1 == t.n || t.p[i + 1] == ' ' ? i + 1 : 0;
}

/* Is t the mark that ends a news story or a release: "(END)", "- END -",
   "###", "-30-", "(끝)", "/끝/", a government paper's "끝."? */
int
endmark(Str t)
{
	static const char *marks[] = {
		"(END)", "- END -", "-END-", "END", "###", "# # #", "-30-",
		"- 30 -", "(\xeb\x81\x9d)", "<\xeb\x81\x9d>",	/* (끝) <끝> */
		"/끝/", "[끝]", "-끝-", "- 끝 -", "끝.", "끝",
	};
	size_t i;

	for (i = 0; i < NELEM(marks); i++)
		if (strlen(marks[i]) == t.n && memcmp(t.p, marks[i], t.n) == 0)
			return 1;
	return 0;
}

/*
 * The length of a section's number opening a heading, through the space
 * after it: "II. ", "2.1 ", "2.1. ", "A. ", "Ⅲ. " (U+2160-216B), or a
 * clause number ("3. "); 0 if none.
 */
size_t
sectlabel(Str t)
{
	const unsigned char *p = (const unsigned char *)t.p;
	size_t i = 0;

	if (t.n >= 5 && p[0] == 0xE2 && p[1] == 0x85 && p[2] >= 0xA0 &&
	    p[2] <= 0xAB)
		i = 3;					/* Ⅲ */
	else if (ISDIGIT(p[0])) {
		while (i < t.n && i < 8 && (ISDIGIT(p[i]) || (p[i] == '.' &&
		    i + 1 < t.n && ISDIGIT(p[i + 1]))))
			i++;			/* 2, 2.1, 2.1.3 */
	} else
		while (i < t.n && i < 5 && strchr("IVX", p[i]) != NULL &&
		    p[i] != '\0')
			i++;			/* II */
	if (i == 0 && t.n >= 3 && ISUPPER(p[0]))
		i = 1;				/* A */
	if (i == 0)
		return 0;
	if (i < t.n && p[i] == '.')
		i++;
	else if (!ISDIGIT(p[0]) || memchr(t.p, '.', i) == NULL)
		return 0;	/* "2.1 " goes without one, "II " and "A " do not */
	return i < t.n && p[i] == ' ' ? i + 1 : 0;
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

/* Is w a year, as Korean dates write it: "2024", "'24", "\u201924"? */
static int
yearword(Str w)
{
	size_t i = 0;

	if (w.n == 3 && w.p[0] == '\'')
		i = 1;
	else if (w.n == 5 && (unsigned char)w.p[0] == 0xE2 &&
	    (unsigned char)w.p[1] == 0x80 && (unsigned char)w.p[2] == 0x99)
		i = 3;
	else if (w.n != 4 || !((w.p[0] == '1' && w.p[1] == '9') ||
	    (w.p[0] == '2' && w.p[1] == '0')))
		return 0;
	for (; i < w.n; i++)
		if (!ISDIGIT(w.p[i]))
			return 0;
	return 1;
}

/* Is w a month's number, 1 to 12 ("11", "03")? */
static int
monthword(Str w)
{
	if (w.n == 1)
		return ISDIGIT(w.p[0]) && w.p[0] != '0';
	return w.n == 2 && ISDIGIT(w.p[0]) && ISDIGIT(w.p[1]) &&
	    (w.p[0] == '0' ? w.p[1] != '0' : w.p[0] == '1' && w.p[1] <= '2');
}

/*
 * Is the line t, which starts with a number, the rest of a Korean date
 * that ends the line b ("... 2026. 11." / "2. 서울에서", "... 2026." /
 * "11. 2. 개최")?  A day or a month and day, then Hangul.
 */
int
datewrap(Str b, Str t)
{
	size_t i, k, e;

	for (i = 0; i < t.n && i < 2 && ISDIGIT(t.p[i]); i++)
		;
	if (i == 0 || i + 2 >= t.n || t.p[i] != '.' || t.p[i + 1] != ' ')
		return 0;
	k = i + 2;
	if (b.n < 3 || b.p[b.n - 1] != '.')
		return 0;
	for (e = b.n - 1; e > 0 && b.p[e - 1] != ' '; e--)
		;
	if (monthword((Str){ b.p + e, b.n - 1 - e })) {
		size_t m = e;	/* a month: a year before it */

		if (m < 2 || b.p[m - 1] != ' ' || b.p[m - 2] != '.')
			return 0;
		for (e = m - 2; e > 0 && b.p[e - 1] != ' '; e--)
			;
		if (!yearword((Str){ b.p + e, m - 2 - e }))
			return 0;
	} else if (yearword((Str){ b.p + e, b.n - 1 - e })) {
		if (!monthword((Str){ t.p, i }))
			return 0;	/* a month, then its day */
		for (i = k; i < t.n && i < k + 2 && ISDIGIT(t.p[i]); i++)
			;
		if (i == k || i + 2 >= t.n || t.p[i] != '.' || t.p[i + 1] != ' ')
			return 0;
		k = i + 2;
	} else
		return 0;
	return HGLEAD((unsigned char)t.p[k]);
}

/* Does an ordinal word numbered k (1 First, 2 Second, ...; 0 Lastly or
   Finally) open a sentence at t[i..)?  Its length up to the comma, or 0. */
static size_t
ordinalat(Str t, size_t i, int k)
{
	static const char *const w[] = {
		"Lastly", "First", "Second", "Third", "Fourth", "Fifth",
		"Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
	};
	size_t n;

	if (k < 0 || k > 10 || i < 2 || t.p[i - 1] != ' ' ||
	    strchr(".:?!\"", t.p[i - 2]) == NULL || t.p[i - 2] == '\0')
		return 0;
	n = strlen(w[k]);
	if (k == 0 && i + 8 < t.n && memcmp(t.p + i, "Finally,", 8) == 0)
		return 7;
	if (i + n + 1 >= t.n || memcmp(t.p + i, w[k], n) != 0)
		return 0;
	if (k > 0 && i + n + 3 < t.n && memcmp(t.p + i + n, "ly,", 3) == 0)
		n += 2;
	return t.p[i + n] == ',' && t.p[i + n + 1] == ' ' ? n : 0;
}

/*
 * In a paragraph pasted as one line ("... the following points: First,
 * the allies ... Second, ..."), where the next of its points opens: the
 * offset of the ordinal word after *k (0: none yet), *k set to it; 0 if
 * there is none.  The first counts only with the second after it; after
 * the second, "Lastly," or "Finally," ends the run.
 */
size_t
nextordinal(Str t, size_t from, int *k)
{
	static const char first[] = "LFSTFFSSENT";	/* Lastly, First, ... */
	const char *p;
	size_t i, j;
	int want = *k + 1;
	Str rest;

	if (*k < 0 || *k >= 10)
		return 0;
	for (i = from + 1; i < t.n; i = j + 1) {
		/* the wanted word's initial, or Lastly's or Finally's */
		p = memchr(t.p + i, first[want], t.n - i);
		if (*k >= 2) {
			const char *l = memchr(t.p + i, 'L', (p ? (size_t)(p - t.p) : t.n) - i);
			const char *f = want == 4 || want == 5 ? NULL :
			    memchr(t.p + i, 'F', (p ? (size_t)(p - t.p) : t.n) - i);

			if (l != NULL && (f == NULL || l < f))
				p = l;
			else if (f != NULL)
				p = f;
		}
		if (p == NULL)
			return 0;
		j = (size_t)(p - t.p);
		if (ordinalat(t, j, want) > 0) {
			rest = (Str){ t.p + j, t.n - j };
			if (want == 1 && !strhas(rest, " Second, ") &&
			    !strhas(rest, " Secondly, "))
				return 0;	/* a second must follow */
			*k = want;
			return j;
		}
		if (*k >= 2 && ordinalat(t, j, 0) > 0) {
			*k = 10;
			return j;
		}
	}
	return 0;
}

/*
 * Where does the next inline clause start in t, after from?  Looks for
 * ". N. X" with N the next clause number and X a capital or a quote; the
 * period may be followed by closing quotes.  Return its offset or 0.
 */
size_t
nextinline(long clause, Str t, size_t from)
{
	char want[24];
	size_t i, j, k, wl;
	const char *p;
	const unsigned char *u = (const unsigned char *)t.p;

	wl = (size_t)snprintf(want, sizeof(want), "%ld.", clause + 1);
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
		    t.p[k + wl + 1] != '"' && !HGLEAD(u[k + wl + 1]))
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
			/* a Korean date: "2024. 3. 중에", "'24. 3. 말" */
			if (HGLEAD(u[k + wl + 1]) && clause + 1 <= 12 &&
			    yearword((Str){ t.p + b, j - b }))
				continue;
			/* its month and day: "2026. 11. 2. 서울에서" */
			if (HGLEAD(u[k + wl + 1]) && clause + 1 <= 31 &&
			    monthword((Str){ t.p + b, j - b }))
				continue;
		}
		return k;
	}
	return 0;
}

/* " N. " for clause number v in buf (room for 24); its length. */
static size_t
spacedlabel(char buf[24], long v)
{
	char d[20];
	size_t n = 0, k = 0;

	do
		d[n++] = (char)('0' + v % 10);
	while ((v /= 10) > 0 && n < sizeof(d));
	buf[k++] = ' ';
	while (n > 0)
		buf[k++] = d[--n];
	buf[k++] = '.';
	buf[k++] = ' ';
	return k;
}

/* The offset of the next " N. " (want, wl bytes) in t from k on, or
   t.n: looked for by its first digit, rarer than a space. */
static size_t
findlabel(Str t, size_t k, const char *want, size_t wl)
{
	const char *p;

	while (k + wl <= t.n &&
	    (p = memchr(t.p + k + 1, want[1], t.n - k - 1)) != NULL) {
		k = (size_t)(p - t.p) - 1;
		if (k + wl <= t.n && memcmp(t.p + k, want, wl) == 0)
			return k;
		k += 2;
	}
	return t.n;
}

/*
 * The next inline clause where the one before it has no full stop
 * ("... end the Kim regime 7. Building ..."): " N. X" after a word in
 * lower case that is not a label's or a date's ("Article 7.", "October
 * 7."), and only where the clause after it, N + 1, follows as
 * nextinline finds it: the numbering goes on.  Offset or 0.
 */
size_t
nextbare(long clause, Str t, size_t from)
{
	static const char *before[] = {
		"article", "section", "paragraph", "phase", "resolution",
		"chapter", "annex", "appendix", "clause", "part", "page", "number",
		"step", "stage", "level", "table", "figure", "january", "february",
		"march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december",
	};
	char want[24];
	size_t k, b, i, wl;

	wl = spacedlabel(want, clause + 1);
	for (k = from; (k = findlabel(t, k, want, wl)) + wl < t.n; k++) {
		if (k == from || !ISLOWER(t.p[k - 1]) ||
		    !(ISUPPER(t.p[k + wl]) || t.p[k + wl] == '"'))
			continue;
		for (b = k; b > from && t.p[b - 1] != ' '; b--)
			;
		for (i = 0; i < NELEM(before); i++)
			if (eqci((Str){ t.p + b, k - b }, before[i]))
				break;
		if (i < NELEM(before) || nextinline(clause + 1, t, k + wl) == 0)
			continue;
		return k + 1;
	}
	return 0;
}

/* Does t[i..e) hold a page mark: "- 3 -", "-3-", "3 / 8", "Page 3",
   "P. 3"?  The offset of its first byte + 1, or 0. */
size_t
pagemark(Str t, size_t i, size_t e)
{
	size_t j;

	for (; i < e; i++) {
		if (!ISDIGIT(t.p[i]) || (i > 0 && ISDIGIT(t.p[i - 1])))
			continue;
		for (j = i; j < e && ISDIGIT(t.p[j]); j++)
			;
		if (j - i > 4)
			continue;
		if (i >= 2 && t.p[i - 1] == ' ' && t.p[i - 2] == '-' &&
		    j + 2 <= e && t.p[j] == ' ' && t.p[j + 1] == '-')
			return i - 1;		/* - 3 - */
		if (i >= 1 && t.p[i - 1] == '-' && (i == 1 || t.p[i - 2] == ' ') &&
		    j < e && t.p[j] == '-' && (j + 1 == e || t.p[j + 1] == ' '))
			return i;		/* -3- */
		if (j + 3 < e && memcmp(t.p + j, " / ", 3) == 0 && ISDIGIT(t.p[j + 3]))
			return i + 1;		/* 3 / 8 */
		if (i >= 5 && sprefixci((Str){ t.p + i - 5, 5 }, "page "))
			return i - 4;		/* Page 3 */
		if (i >= 3 && memcmp(t.p + i - 3, "P. ", 3) == 0)
			return i - 2;		/* P. 3 */
	}
	return 0;
}

/*
 * Page furniture inside a sentence of a one-line copy of a paged
 * document ("... the threat to - 1 - 58th SCM Joint Communique
 * regional security"): a page mark between words, no sentence end
 * before it, then perhaps the running header, capitalised words that
 * name the document (Communique, SCM, Statement, 공동성명), before a
 * word in lower case.  Sets [*s, *e), the furniture with the space
 * before it, and returns 1; 0 if there is none from from on.
 */
int
midfurn(Str t, size_t from, size_t *s, size_t *e)
{
	const char *p;
	size_t i, j, m, w, x, nw, hdr;
	int doc;

	for (i = from; i + 4 < t.n; i++) {
		if ((p = memchr(t.p + i, '-', t.n - i)) == NULL)
			return 0;
		i = (size_t)(p - t.p);
		if (i < 2 || t.p[i - 1] != ' ' || strchr(".!?:;", t.p[i - 2]) != NULL)
			continue;
		j = i + 1 + (t.p[i + 1] == ' ');
		for (m = j; m < t.n && ISDIGIT(t.p[m]); m++)
			;
		if (m == j || m - j > 3)
			continue;
		m += m < t.n && t.p[m] == ' ';
		if (m + 1 >= t.n || t.p[m] != '-' || t.p[m + 1] != ' ')
			continue;
		m++;			/* after the mark: " - 3 -" */
		/* the running header: capitalised words, one naming the
		   document, up to eight */
		hdr = m;
		for (w = m + 1, nw = 0, doc = 0; w < t.n && nw < 8; w = x + 1) {
			for (x = w; x < t.n && t.p[x] != ' '; x++)
				;
			if (x == w || !(ISUPPER(t.p[w]) || ISDIGIT(t.p[w])))
				break;
			nw++;
			if (strhas((Str){ t.p + w, x - w }, "Communiq") ||
			    strhas((Str){ t.p + w, x - w }, "Statement") ||
			    strhas((Str){ t.p + w, x - w }, "SCM"))
				doc = nw;
		}
		if (w >= t.n || !ISLOWER(t.p[w]))
			continue;	/* the sentence goes on in lower case */
		if (nw > 0 && doc != (int)nw)
			continue;	/* (its last word names the document) */
		if (nw > 0)
			hdr = w - 1;
		*s = i - 1;
		*e = hdr;
		return 1;
	}
	return 0;
}

/*
 * A one-line copy of a paged document: the next clause, "N. X", comes
 * after the furniture of a page break ("... officials. - 1 - Joint
 * Communique 2. The ..."), with no full stop just before it.  Return
 * the offset of the label and set *junk to where the furniture starts
 * (after the last sentence end); 0 if there is none: the furniture, at
 * most 150 bytes, must hold a page mark.
 */
size_t
nextpaged(long clause, Str t, size_t from, size_t *junk)
{
	char want[24];
	size_t k, e, wl, lab, m;

	wl = spacedlabel(want, clause + 1);
	for (k = from; (k = findlabel(t, k, want, wl)) + wl < t.n; k++) {
		if (!ISUPPER(t.p[k + wl]) && t.p[k + wl] != '"' &&
		    !HGLEAD((unsigned char)t.p[k + wl]))
			continue;
		for (lab = from; lab < t.n && (ISDIGIT(t.p[lab]) || t.p[lab] == '.'); lab++)
			;	/* past the clause's own label */
		for (e = k; e > lab && e + 150 > k; e--)
			if (t.p[e - 1] == '.' && t.p[e] == ' ' &&
			    !(e >= 3 && t.p[e - 2] == 'P' && t.p[e - 3] == ' '))
				break;	/* (not a page's "P. 367") */
		if (e > lab && e + 150 > k) {
			if (pagemark(t, e, k)) {
				*junk = e + 1;
				return k + 1;
			}
			continue;
		}
		/* no sentence end before it: the furniture starts at the
		   mark ("... the Kim regime -1- 59th SCM ...") */
		if ((m = pagemark(t, e, k)) > 1 && t.p[m - 2] == ' ') {
			*junk = m - 1;
			return k + 1;
		}
	}
	return 0;
}

/* Is w capitals with a period after each, two or more ("D.C.", "U.S.")?
   A place's name at a title's end, not a sentence's. */
static int
initials(Str w)
{
	size_t i;

	if (w.n < 4 || w.n % 2 != 0)
		return 0;
	for (i = 0; i < w.n; i += 2)
		if (!ISUPPER(w.p[i]) || w.p[i + 1] != '.')
			return 0;
	return 1;
}

/*
 * A one-line copy that opens with a title: "Joint Communique ... 2012
 * 1. The ... . 2. The ...".  Where "1. X" follows, within the first 200
 * bytes, a capitalised word or a number (not a sentence end: that case is
 * nextinline's) and "2." follows as nextinline finds it, return the
 * offset of the "1."; else 0.
 */
size_t
titlecut(Str t)
{
	size_t i, b, lim = t.n < 1200 ? t.n : 1200;
	const char *q;

	for (i = 2; i + 4 < lim; i++) {
		if ((q = memchr(t.p + i, '1', lim - 4 - i)) == NULL)
			break;
		i = (size_t)(q - t.p);
		if (t.p[i - 1] != ' ' || t.p[i + 1] != '.' ||
		    t.p[i + 2] != ' ' || !(ISUPPER(t.p[i + 3]) || t.p[i + 3] == '"' ||
		    (unsigned char)t.p[i + 3] == 0xE2 ||
		    HGLEAD((unsigned char)t.p[i + 3])))
			continue;
		for (b = i - 1; b > 0 && t.p[b - 1] != ' '; b--)
			;
		/* the title's last word: capitalised, a number (a year), a
		   Hangul word (서울), or the dash of a dateline ("SEOUL --") */
		if (b == i - 1 || (t.p[i - 2] == '.' && !initials((Str){
		    t.p + b, i - 1 - b })) || !(ISUPPER(t.p[b]) ||
		    ISDIGIT(t.p[b]) || HGLEAD((unsigned char)t.p[b]) ||
		    (i - 1 - b == 2 && t.p[b] == '-' && t.p[b + 1] == '-') ||
		    (i - 1 - b == 3 && memcmp(t.p + b, "\xe2\x80\x94", 3) == 0)) ||
		    numabbrev((Str){ t.p + b, i - 1 - b }))
			continue;
		b = nextinline(1, t, i + 3);
		return b > 0 ? i : 0;
	}
	return 0;
}

/* A footnote at a page's foot: "1) 국방부, 「2022 국방백서」 ..., p. 27.",
   "3 Ministry of National Defense, White Paper (Seoul, 2023), p. 27.":
   its number, then a citation's marks. */
/* Does the quotation q (after its opening mark) close a sentence with
   nothing after it, "We will complete it next year.\"", as a quote
   does and a title ('..., "Joint Communique," 2026') does not? */
static int
quotedsay(Str q)
{
	size_t i;

	for (i = 0; i + 1 < q.n; i++)
		if ((q.p[i] == '"' || (i + 3 <= q.n &&
		    memcmp(q.p + i, "\xe2\x80\x9d", 3) == 0)) && i > 0)
			return strchr(".!?", q.p[i - 1]) != NULL &&
			    strtrim((Str){ q.p + i + (q.p[i] == '"' ? 1 : 3),
			    q.n - i - (q.p[i] == '"' ? 1 : 3) }).n == 0;
	return q.n > 2 && (q.p[q.n - 1] == '"' && strchr(".!?", q.p[q.n - 2]) != NULL);
}

int
footline(Str t)
{
	size_t i;

	for (i = 0; i < t.n && i < 4 && ISDIGIT(t.p[i]); i++)
		;
	if (i == 0 || i > 3 || i + 2 > t.n)
		return 0;
	if (t.p[i] == ')')
		i++;
	if (i + 2 > t.n || t.p[i] != ' ')
		return 0;
	if (strhas(t, "\xe3\x80\x8c") || strhas(t, "\xe3\x80\x8e") ||	/* 「 『 */
	    strhas(t, " p. ") || strhas(t, " pp. ") || strhas(t, "ibid") ||
	    strhas(t, "Ibid") || strhas(t, "http"))
		return 1;
	/* an English citation: a quoted title and a year after a comma,
	   '1 U.S. Department of War, "Joint Communique," November 4, 2026.' */
	if (!ISUPPER(t.p[i + 1]) || t.n > 400 || memchr(t.p, ',', t.n) == NULL)
		return 0;
	/* its author or office first, up to a comma: capitalised words
	   ("U.S. Department of War,", not "30 ROK and U.S. units took") */
	{
		size_t k, w = 0;

		for (k = i + 1; k < t.n && t.p[k] != ','; k = w + 1) {
			for (w = k; w < t.n && t.p[w] != ' ' && t.p[w] != ','; w++)
				;
			if (w - k >= 4 && ISLOWER(t.p[k]))
				return 0;
			if (w < t.n && t.p[w] == ',')
				break;
		}
		if (k - i > 80)
			return 0;
		/* a quoted title after the author's comma: '1 U.S.
		   Department of Defense, "Joint Communique of the ...' (its
		   year on the next line) */
		if (k < t.n && w + 2 < t.n && t.p[w] == ',' && t.p[w + 1] == ' ' &&
		    (t.p[w + 2] == '"' || (w + 4 < t.n &&
		    memcmp(t.p + w + 2, "\xe2\x80\x9c", 3) == 0)) &&
		    !quotedsay((Str){ t.p + w + 3, t.n - w - 3 }))
			return 1;
	}
	/* or ending in its date: "2 Ministry ..., press release, November
	   13, 2023." */
	if (t.n > 6 && t.p[t.n - 1] == '.' && ISDIGIT(t.p[t.n - 2]) &&
	    ISDIGIT(t.p[t.n - 5]) && (t.p[t.n - 5] == '1' || t.p[t.n - 5] == '2') &&
	    t.p[t.n - 6] == ' ')
		return 1;
	if (!(memchr(t.p, '"', t.n) != NULL || strhas(t, "\xe2\x80\x9c")))
		return 0;
	for (; i + 4 <= t.n; i++)
		if ((t.p[i] == '1' && t.p[i + 1] == '9') || (t.p[i] == '2' && t.p[i + 1] == '0'))
			if (ISDIGIT(t.p[i + 2]) && ISDIGIT(t.p[i + 3]) &&
			    (i == 0 || !ISDIGIT(t.p[i - 1])) &&
			    (i + 4 == t.n || !ISDIGIT(t.p[i + 4])))
				return 1;
	return 0;
}

/* Is t[i..) a page's number: digits, then a space or t's end?  Its end,
   or 0. */
static size_t
pagenum(Str t, size_t i)
{
	size_t k;

	for (k = i; k < t.n && ISDIGIT(t.p[k]); k++)
		;
	return k > i && k - i <= 4 && (k == t.n || t.p[k] == ' ') ? k : 0;
}

size_t
leadfurn(Str t, size_t *mark)
{
	size_t k, e, lim = t.n < 120 ? t.n : 120;

	if (!sprefixci(t, "page ") || (e = pagenum(t, 5)) == 0 ||
	    e + 3 >= t.n || memcmp(t.p + e, " - ", 3) != 0)
		return 0;
	/* the running title, then "P. N", the same number */
	for (k = e + 3; k + 4 < lim; k++)
		if (t.p[k] == ' ' && memcmp(t.p + k + 1, "P. ", 3) == 0 &&
		    pagenum(t, k + 4) == k + 4 + (e - 5) &&
		    memcmp(t.p + k + 4, t.p + 5, e - 5) == 0) {
			*mark = k;
			return k + 4 + (e - 5);
		}
	return 0;
}

size_t
appendixlabel(Str t)
{
	static const char *const w[] = {
		"Appendix ", "Annex ", "Attachment ", "Enclosure ",
	};
	size_t i, n, e;

	for (i = 0; i < NELEM(w); i++) {
		n = strlen(w[i]);
		if (t.n > n && memcmp(t.p, w[i], n) == 0 && (e = pagenum(t, n)) > 0 &&
		    e + 1 < t.n && ISUPPER(t.p[e + 1]))
			return e;
	}
	return 0;
}


/*
 * Clause 1 glued to the line that introduces the text: "Following is
 * the text of the communique: (begin text) 1. The Twenty-fourth ...",
 * "... 공동성명 전문: 1. 제55차 ...".  The lead-in ends in a colon or
 * "(begin text)" and names a text (text, communique, statement,
 * declaration, follows, 전문, 성명); clause 1 after it opens with a
 * capital, a quote or Hangul and runs on (150 bytes or more, or clause
 * 2 follows inline).  The offset of "1." or 0.
 */
size_t
leadinclause(Str t)
{
	static const char *names[] = {
		"text", "communiq", "statement", "declaration", "follow",
		"\xec\xa0\x84\xeb\xac\xb8", "\xec\x84\xb1\xeb\xaa\x85",	/* 전문 성명 */
	};
	const unsigned char *u = (const unsigned char *)t.p;
	const char *p;
	size_t k, b, i;
	Str lead;

	if ((p = memchr(t.p, ':', t.n < 600 ? t.n : 600)) == NULL &&
	    (p = memchr(t.p, ')', t.n < 600 ? t.n : 600)) == NULL)
		return 0;
	for (k = (size_t)(p - t.p); k + 4 < t.n && k < 600; k++) {
		if (t.p[k] != '1' || t.p[k + 1] != '.' || t.p[k + 2] != ' ' ||
		    k < 2 || t.p[k - 1] != ' ')
			continue;
		b = k - 1;
		while (b > 0 && t.p[b - 1] == ' ')
			b--;
		lead = (Str){ t.p, b };
		if (!(b > 0 && t.p[b - 1] == ':') && !(b >= 12 &&
		    eqci((Str){ t.p + b - 12, 12 }, "(begin text)")))
			continue;
		if (!(ISUPPER(t.p[k + 3]) || t.p[k + 3] == '"' ||
		    u[k + 3] == 0xE2 || HGLEAD(u[k + 3])))
			return 0;
		for (i = 0; i < NELEM(names); i++) {
			size_t j, n = strlen(names[i]);

			for (j = 0; j + n <= lead.n; j++)
				if (sprefixci((Str){ lead.p + j, lead.n - j }, names[i]))
					break;
			if (j + n <= lead.n)
				break;
		}
		if (i == NELEM(names))
			return 0;
		if (t.n - k < 150 && nextinline(1, t, k + 3) == 0)
			return 0;
		return k;
	}
	return 0;
}

/* Does w open the title of a report's part (Conclusions, Findings,
   Recommendations, Summary ...), never a clause's first word? */
static int
reportpart(Str w)
{
	static const char *parts[] = {
		"conclusion", "finding", "recommendation", "summary",
		"introduction", "background", "overview", "implication",
		"outlook", "reference", "appendix", "annex", "policy",
	};
	size_t k;

	if (!ISUPPER(w.p[0]))
		return 0;
	for (k = 0; k < NELEM(parts); k++)
		if (sprefixci(w, parts[k]) && w.n <= strlen(parts[k]) + 2)
			return 1;	/* (Conclusions, Findings:) */
	return 0;
}

/*
 * Is t, a line numbered want ("N. " or "N, ") in a heading's shape ("3.
 * The Secretary and the Minister review", "3. The", "5, 서 장관과 ...
 * 안전에. 대"), a clause cut short where the copy ends?  Prose, not a title: it ends in
 * a word no title ends in (the, of, and ...); or four words or more, one
 * after the first in lower case and not a short word a title keeps in
 * lower case; or, in Korean, six words or more or a full stop inside.
 * Not when a number follows the label or ends the line (a note's date).
 */
int
cutclause(Str t, long want)
{
	static const char *tail[] = {
		"the", "a", "an", "of", "and", "or", "to", "in", "on", "for",
		"with", "that", "by", "at", "as", "its", "their",
	};
	static const char *keep[] = {
		"with", "from", "into", "onto", "over", "under", "upon", "about",
		"between", "through", "against", "toward", "towards", "than",
		"after", "before", "beyond", "within", "without", "versus",
	};
	size_t i = 0, b, nw = 0, k;
	int low = 0, hg = 0;
	Str w = { NULL, 0 };
	long v = 0;

	/* the label: the number wanted, then a period or a comma */
	while (i < t.n && i < 3 && ISDIGIT(t.p[i]))
		v = v * 10 + (t.p[i++] - '0');
	if (i == 0 || v != want || i + 2 >= t.n ||
	    (t.p[i] != '.' && t.p[i] != ',') || t.p[i + 1] != ' ' ||
	    ISDIGIT(t.p[i + 2]))
		return 0;	/* (not "2, 3일 뒤": two numbers) */
	for (;;) {
		while (i < t.n && t.p[i] == ' ')
			i++;
		if (i >= t.n)
			break;
		for (b = i; i < t.n && t.p[i] != ' '; i++)
			hg |= HGLEAD((unsigned char)t.p[i]);
		w = (Str){ t.p + b, i - b };
		if (nw == 1 && reportpart(w))	/* (nw 0: the label's stop) */
			return 0;	/* (a report's part: "3. Conclusions and the way ahead") */
		if (nw++ > 0 && ISLOWER(w.p[0]) && w.n >= 4) {
			for (k = 0; k < NELEM(keep); k++)
				if (eqci(w, keep[k]))
					break;
			low |= k == NELEM(keep);
		}
		if (hg && w.n > 1 && w.p[w.n - 1] == '.' && i < t.n)
			return 1;	/* 안전에. 대 */
	}
	if (nw == 0 || endsterm(t) || ISDIGIT(w.p[0]))
		return 0;	/* (a note's date: "Interview ..., March 2031") */
	if (hg)
		return nw >= 6;
	for (k = 0; k < NELEM(tail); k++)
		if (eqci(w, tail[k]))
			return 1;
	return low && nw >= 4;
}

/* A sub-clause's number of digits and a letter opening t, "5a. ",
   "12b." alone (a form's fields, a report's sub-points): its length
   with the full stop, or 0. */
size_t
numletter(Str t)
{
	size_t i;

	for (i = 0; i < t.n && i < 3 && ISDIGIT(t.p[i]); i++)
		;
	if (i == 0 || i + 1 >= t.n || !ISLOWER(t.p[i]) || t.p[i + 1] != '.')
		return 0;
	return i + 2 == t.n || t.p[i + 2] == ' ' ? i + 2 : 0;
}
