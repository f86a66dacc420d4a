/* sentence.c: where a sentence ends, for text whose spaces are folded:
   the scan for candidate ends, quotes, new clauses after abbreviations
   (the words it weighs are in abbrev.c). */
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "scm.h"

/*
 * A candidate end is '.', '!', '?' or an ellipsis '…'.  The scan skips
 * everything else with a table lookup; the decision, made once per
 * candidate, looks at the word before the period and the word after.
 */

/* 1: may end a sentence; 2: ASCII letter; 4: digit; 8: upper case */
static unsigned char cls[256];

static void
initcls(void)
{
	int c;

	cls['.'] = cls['!'] = cls['?'] = 1;
	cls[0xE2] = 1;		/* … U+2026 is E2 80 A6 */
	for (c = 'a'; c <= 'z'; c++)
		cls[c] = 2;
	for (c = 'A'; c <= 'Z'; c++)
		cls[c] = 2 | 8;
	for (c = '0'; c <= '9'; c++)
		cls[c] = 4;
}

static int
isupperc(int c)
{
	return c >= 'A' && c <= 'Z';
}

/* Length of a closing quote or bracket at s[0..n), 0 if none. */
static size_t
closer(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;

	if (n == 0)
		return 0;
	if (*p == '"' || *p == '\'' || *p == ')' || *p == ']')
		return 1;
	/* ’ ” › » */
	if (n >= 3 && p[0] == 0xE2 && p[1] == 0x80 &&
	    (p[2] == 0x99 || p[2] == 0x9D || p[2] == 0xBA))
		return 3;
	if (n >= 2 && p[0] == 0xC2 && p[1] == 0xBB)
		return 2;
	return 0;
}

/* Length of an opening quote or bracket at s[0..n), 0 if none. */
static size_t
opener(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;

	if (n == 0)
		return 0;
	if (*p == '"' || *p == '\'' || *p == '(' || *p == '[')
		return 1;
	/* ‘ “ ‹ « */
	if (n >= 3 && p[0] == 0xE2 && p[1] == 0x80 &&
	    (p[2] == 0x98 || p[2] == 0x9C || p[2] == 0xB9))
		return 3;
	if (n >= 2 && p[0] == 0xC2 && p[1] == 0xAB)
		return 2;
	return 0;
}

/* The letters of the token s[b..e) in *w: quotes, brackets and final
   punctuation stripped; *stop is set when punctuation after it ends a
   phrase (, ; : or a sentence end that is not an abbreviation's). */
static void
tokword(Str s, size_t b, size_t e, Str *w, int *stop)
{
	size_t q;
	int dots = 0;

	while ((q = opener(s.p + b, e - b)) > 0)
		b += q;
	*stop = 0;
	for (;;) {
		while (e > b && closer(s.p + e - 1, 1) > 0)
			e--;
		if (e > b + 2 && (unsigned char)s.p[e - 3] == 0xE2 &&
		    closer(s.p + e - 3, 3) == 3) {
			e -= 3;
			continue;
		}
		break;
	}
	for (q = b; q < e; q++)
		dots += s.p[q] == '.';
	if (e > b && strchr(",;:!?", s.p[e - 1]) != NULL) {
		*stop = 1;
		e--;
	} else if (e > b && s.p[e - 1] == '.' && dots == 1) {
		*stop = 1;
		e--;
	}
	*w = (Str){ s.p + b, e - b };
}

/* The next space-delimited token of s at *i, its letters only in *w
   (quotes, brackets and final punctuation stripped); *stop is set when
   punctuation after it ends a phrase (, ; : or a sentence end that is
   not an abbreviation's).  0 at the end of s. */
static int
nexttok(Str s, size_t *i, Str *w, int *stop)
{
	size_t b = *i, e;

	while (b < s.n && s.p[b] == ' ')
		b++;
	if (b >= s.n)
		return 0;
	for (e = b; e < s.n && s.p[e] != ' '; e++)
		;
	*i = e;
	tokword(s, b, e, w, stop);
	return 1;
}

/* Does the text before a candidate end, s[0..k), hold a finite verb?
   Only its last 400 bytes are read, from the end back: the verb of the
   clause is most often near. */
static int
hasverb(Str s, size_t k)
{
	Str w;
	size_t lo = k > 400 ? k - 400 : 0, b, e = k;
	int stop;

	for (;;) {
		while (e > lo && s.p[e - 1] == ' ')
			e--;
		if (e == lo)
			return 0;
		for (b = e; b > lo && s.p[b - 1] != ' '; b--)
			;
		tokword(s, b, e, &w, &stop);
		if (isverb(w))
			return 1;
		e = b;
	}
}

/*
 * After an abbreviation that may end a sentence, does the capitalised
 * word at s[m] start a new clause?  It does when a subject follows (a
 * run of capitalised words, joined by "of", "the", "and") and then,
 * past adverbs, a finite verb, and the text before has a verb of its
 * own.  After a head abbreviation, one that may go on as a name ("U.S.
 * Forces Korea has"), the subject must also be coordinated ("South
 * Korea and the U.S. agreed"), an adverb come before the verb ("U.S.
 * Congress later cut it") or the subject be a Korean name ("in the
 * U.S. Ahn Gyu-back said"), and the subject must not open with what
 * the abbreviation names ("the U.S. Ambassador later joined them").
 */
static int
newclause(Str s, size_t k, size_t m, int head)
{
	/* what a head abbreviation names: "the U.S. Ambassador later
	   joined them", "U.S. Forces Korea" */
	static const char *const named[] = {
		"Secretary", "Ambassador", "Forces", "Army", "Navy", "Air",
		"Marine", "Marines", "Senator", "President",
		"Embassy", "Department", "Government", "Command", "Commander",
		"Envoy", "Representative", "Special", "Deputy", "Undersecretary",
		"Under", "Assistant", "Defense", "State", "Treasury", "Trade",
		"Military", "Naval", "Space", "Coast", "Consulate",
		"Administration", "Vice", "Indo-Pacific", "Pacific", "Joint",
		"Security", "Strategic", "Nuclear", "Permanent", "General",
	};
	Str w;
	size_t i = m, nw, j;
	int stop, coord = 0, adv = 0, name = 0, andverb = 0;

	for (nw = 0; nw < 10 && nexttok(s, &i, &w, &stop); nw++) {
		if (w.n == 0)
			return 0;
		for (j = 0; nw == 0 && head && j < NELEM(named); j++)
			if (streqlit(w, named[j]))
				return 0;
		if (isupperc((unsigned char)w.p[0])) {
			if (adv)
				return 0;
			andverb = 0;
			/* a Korean name: "in the U.S. Ahn (Gyu-back) said" */
			name = nw == 0 ? krsurname(w) : name && nw == 1 && krgiven(w);
		} else if (isverb(w))
			/* "the ROK-U.S. Alliance and agreed": a second verb
			   of the sentence before, no new subject */
			return !andverb && (!head || coord || adv || name) &&
			    hasverb(s, k);
		else if (isadverb(w))
			adv = 1;
		else if (streqlit(w, "and") || streqlit(w, "or"))
			coord = andverb = 1;
		else if (!streqlit(w, "of") && !streqlit(w, "the"))
			return 0;
		else
			andverb = 0;
		/* (a title's abbreviation opens the subject: "Gen. Brunson
		   briefed him") */
		if (stop && !(isupperc((unsigned char)w.p[0]) &&
		    abbrevtype(w, NULL) == A_TITLE))
			return 0;
	}
	return 0;
}

/* Is w a compound whose last part is a dotted abbreviation, joined by a
   hyphen or dash ("ROK-U.S", "Korea–U.S")? */
static int
compound(Str w)
{
	size_t i, r = 0;
	const unsigned char *p = (const unsigned char *)w.p;

	for (i = 0; i < w.n; i++)
		if (p[i] == '-')
			r = i + 1;
		else if (i + 2 < w.n && p[i] == 0xE2 && p[i + 1] == 0x80 &&
		    p[i + 2] >= 0x90 && p[i + 2] <= 0x95)
			r = i + 3;
	if (r == 0 || r >= w.n || memchr(p + r, '.', w.n - r) == NULL)
		return 0;
	for (i = r; i < w.n; i++)
		if (!(cls[p[i]] & 2) && p[i] != '.')
			return 0;
	return 1;
}

/* Is the word before s[k] (a number) one that numbers a caption? */
static int
caption(Str s, size_t k)
{
	static const char *words[] = {
		"Table", "Figure", "Fig", "Chart", "Box", "Annex", "Appendix",
		"Exhibit", "Map", "Graph", "Photo", "TABLE", "FIGURE",
		"\xea\xb7\xb8\xeb\xa6\xbc",	/* 그림 */
		"\xed\x91\x9c",			/* 표 */
		"\xec\x82\xac\xec\xa7\x84",	/* 사진 */
		"\xeb\x8f\x84\xed\x91\x9c",	/* 도표 */
		"\xeb\xb6\x80\xeb\xa1\x9d",	/* 부록 */
		"\xeb\xb3\x84\xec\xb2\xa8",	/* 별첨 */
		"\xeb\xb6\x99\xec\x9e\x84",	/* 붙임 */
	};
	size_t b, i;

	if (k < 2 || s.p[k - 1] != ' ')
		return 0;
	for (b = k - 1; b > 0 && s.p[b - 1] != ' '; b--)
		;
	if (k - 1 > b && s.p[k - 2] == '.')
		k--;		/* Fig. 3. */
	if (k - 1 > b + 1 && (s.p[b] == '<' || s.p[b] == '[' || s.p[b] == '('))
		b++;		/* <사진 1. ...>, [표 2. ...] */
	for (i = 0; i < NELEM(words); i++)
		if (strlen(words[i]) == k - 1 - b &&
		    memcmp(s.p + b, words[i], k - 1 - b) == 0)
			return 1;
	return 0;
}

/* Is the number at s[k] a citation's volume, its issue's number after
   it: "Vol. 61. No. 1 (January 2009)" (m: where the next word starts)? */
static int
volume(Str s, size_t k, size_t m)
{
	if (k < 5 || s.p[k - 1] != ' ' || !eqci((Str){ s.p + k - 5, 4 }, "vol.") ||
	    (k > 5 && s.p[k - 6] != ' ' && s.p[k - 6] != '(' && s.p[k - 6] != ','))
		return 0;
	return m + 5 <= s.n && (s.p[m] == 'N' || s.p[m] == 'n') &&
	    s.p[m + 1] == 'o' && s.p[m + 2] == '.' && s.p[m + 3] == ' ' &&
	    ISDIGIT(s.p[m + 4]);
}

/* The word of a citation's number joined to the number before it by a
   hyphen, "No" of "Vol. 13-No. 4", "Issues & Insights 10-No. 22"; an
   empty Str if w is no such word. */
static Str
numword(Str w)
{
	size_t i;

	for (i = w.n; i > 0 && ISALPHA(w.p[i - 1]); i--)
		;
	if (i < 2 || i == w.n || w.p[i - 1] != '-' || !ISDIGIT(w.p[i - 2]))
		return (Str){ w.p, 0 };
	return (Str){ w.p + i, w.n - i };
}

/* Is w a Roman numeral in capitals (I to XXXIX, as labels have them)? */
static int
roman(Str w)
{
	size_t i;

	for (i = 0; i < w.n; i++)
		if (w.p[i] != 'I' && w.p[i] != 'V' && w.p[i] != 'X')
			return 0;
	return w.n > 0 && w.n <= 6;
}

/* Is w all capital ASCII letters? */
static int
allcaps(Str w)
{
	size_t i;

	for (i = 0; i < w.n; i++)
		if (w.p[i] < 'A' || w.p[i] > 'Z')
			return 0;
	return 1;
}

/* After a closing quote at s[j - 1] and a space, is the next word the
   ending that reports the quotation: 라고, 이라고, 고, 며, 라며 ...,
   or one that names it, as a speaker does: '... 했다.' 하는 보도,
   ‘... 숙달한다.’ 이런 내용? */
static int
quotedhg(Str s, size_t j)
{
	static const char *ends[] = {
		"\xeb\x9d\xbc\xea\xb3\xa0",			/* 라고 */
		"\xec\x9d\xb4\xeb\x9d\xbc\xea\xb3\xa0",	/* 이라고 */
		"\xea\xb3\xa0",				/* 고 */
		"\xeb\xa9\xb0",				/* 며 */
		"\xeb\x9d\xbc\xeb\xa9\xb0",			/* 라며 */
		"\xec\x9d\xb4\xeb\x9d\xbc\xeb\xa9\xb0",	/* 이라며 */
		"\xeb\x9d\xbc\xeb\x8a\x94",			/* 라는 */
		"\xed\x95\x98\xea\xb3\xa0",			/* 하고 */
		"\xed\x95\x98\xeb\x8a\x94",			/* 하는 */
		"\xec\x9d\xb4\xeb\x9f\xb0",			/* 이런, the quotation's */
	};
	static const char *says[] = {
		"\xeb\xa7\x90", "\xeb\xb0\x9d", "\xec\xa0\x84\xed\x96\x88",	/* 말 밝 전했 */
		"\xea\xb0\x95\xec\xa1\xb0", "\xec\x84\xa4\xeb\xaa\x85",	/* 강조 설명 */
		"\xeb\x8d\xa7\xeb\xb6\x99", "\xec\xa3\xbc\xec\x9e\xa5",	/* 덧붙 주장 */
		"\xec\xa7\x80\xec\xa0\x81", "\xec\x96\xb8\xea\xb8\x89",	/* 지적 언급 */
		"\xeb\x8b\xb5", "\xed\x96\x88",				/* 답 했 */
	};
	static const char *named[] = {
		"\xeb\x82\xb4\xec\x9a\xa9", "\xeb\xa7\x90",	/* 내용 말 */
		"\xec\x96\x98\xea\xb8\xb0", "\xed\x91\x9c\xed\x98\x84",	/* 얘기 표현 */
		"\xeb\xb3\xb4\xeb\x8f\x84",			/* 보도 */
	};
	const unsigned char *p = (const unsigned char *)s.p;
	size_t e, i, n;

	if (!(p[j - 1] == '"' || p[j - 1] == '\'' || (j >= 3 &&
	    p[j - 3] == 0xE2 && p[j - 2] == 0x80 && (p[j - 1] == 0x9D ||
	    p[j - 1] == 0x99))))
		return 0;	/* " ” and the single ' ’ a briefing quotes with */
	for (e = j + 1; e < s.n && p[e] != ' '; e++)
		;
	for (i = 0; i < NELEM(ends); i++)
		if ((n = strlen(ends[i])) == e - j - 1 &&
		    memcmp(s.p + j + 1, ends[i], n) == 0)
			break;
	if (i == NELEM(ends))
		return 0;
	if (i == NELEM(ends) - 1) {
		/* 이런 only before what it names: 이런 내용, 말, 얘기,
		   표현, 보도 (not 이런 가운데, a new sentence) */
		while (e < s.n && p[e] == ' ')
			e++;
		for (i = 0; i < NELEM(named); i++)
			if (e + strlen(named[i]) <= s.n &&
			    memcmp(s.p + e, named[i], strlen(named[i])) == 0)
				return 1;
		return 0;
	}
	if (i != 2)
		return 1;
	/* 고 alone may be "the late" (고 채수근 상병): a verb of saying
	   must follow, 말했다, 밝혔다, 전했다, 강조했다 ... */
	while (e < s.n && p[e] == ' ')
		e++;
	for (i = 0; i < NELEM(says); i++)
		if (e + strlen(says[i]) <= s.n &&
		    memcmp(s.p + e, says[i], strlen(says[i])) == 0)
			return 1;
	return 0;
}

/* Do the brackets opened before s[j] close within a short phrase
   with no sentence end in it, right before a Korean particle ("...
   Meeting)가")? */
static int
bracketgoes(Str s, size_t j)
{
	size_t q;

	for (q = j; q < s.n && q < j + 80; q++) {
		if (s.p[q] == '.' || s.p[q] == '?' || s.p[q] == '!' ||
		    s.p[q] == '(' || s.p[q] == '\n')
			return 0;
		if (s.p[q] == ')')
			return q + 1 < s.n && (unsigned char)s.p[q + 1] >= 0xEA &&
			    (unsigned char)s.p[q + 1] <= 0xED;
	}
	return 0;
}

/*
 * Does the period at s[i] (closers after it up to j, then a space) end
 * a sentence?  k is where the word before the period starts.  2: no,
 * the sentence ends before that word (a Korean clause's number).
 */
static int
periodends(Str s, size_t k, size_t i, size_t j, const SplitOpt *o)
{
	Str w = { s.p + k, i - k }, nx, nw;
	size_t m, q;
	int type, c, alpha = 1, dotted = 0, digits = 1;

	/* a section's number opening the text: "Ⅱ. 주요 ...", "2.1. Issues" */
	if (k == 0 && i < sectlabel(s))
		return 0;
	/* an acronym spelled out in brackets inside Korean: "회의(SCM.
	   Security Consultative Meeting)가" */
	for (q = i; q > k && (ISALPHA(s.p[q - 1]) ||
	    ISDIGIT(s.p[q - 1])); q--)
		;
	if (q < i && q > k && s.p[q - 1] == '(' && bracketgoes(s, j))
		return 0;
	/* a clause's number after an opening quote: "『1. 제57차 ..." */
	if (k == 0 && i <= 6 && (m = labelquote(s)) > 0 && i > m &&
	    clauselabel(s) > 0)
		return 0;
	/* a sub-point's number opening the text: "3-1. 그러나 ..." */
	if (k == 0 && i <= 6 && ISDIGIT(s.p[0]) && (itemlabel(s) == i + 1 ||
	    numletter(s) == i + 1))
		return 0;	/* (and a form's "5a. CONTRACT NUMBER") */
	/* a hearing's speaker opening the text: "Chairman ROGERS. The ..." */
	if (i < 48 && i + 1 == gpospeaker(s))
		return 0;
	/* a Korean quotation and its reporting verb apart: "…했다.” 라고
	   밝혔다" */
	if (j > i + 1 && quotedhg(s, j))
		return 0;
	/* a date in brackets after a word: 선언(2023. 4. 26.) */
	for (q = i; q > k && ((cls[(unsigned char)s.p[q - 1]] & 4) ||
	    (s.p[q - 1] == '.' && q < i)); q--)
		;	/* (11.6.) too */
	if (q < i && q >= k + 3 && (unsigned char)s.p[q - 1] == 0x99 &&
	    (unsigned char)s.p[q - 3] == 0xE2 && (unsigned char)s.p[q - 2] == 0x80)
		m = q - 3;	/* \u201923 */
	else
		m = q > k && s.p[q - 1] == '\'' ? q - 1 : q;
	if (m > k && q < i && (s.p[m - 1] == '(' || s.p[m - 1] == '['))
		k = q;
	/* or a year of two digits opening the word: '26. 11. 4., ’26. 10. */
	else if (m == k && q + 2 == i)
		k = q;
	/* or after an opening quote: 「2026. 11. 4. 합의」, ‘2026. 11.’ */
	else if (m >= k + 3 && q < i && (((unsigned char)s.p[m - 3] == 0xE3 &&
	    (unsigned char)s.p[m - 2] == 0x80 && ((unsigned char)s.p[m - 1] == 0x8C ||
	    (unsigned char)s.p[m - 1] == 0x8E || (unsigned char)s.p[m - 1] == 0x8A ||
	    (unsigned char)s.p[m - 1] == 0x88)) || ((unsigned char)s.p[m - 3] == 0xE2 &&
	    (unsigned char)s.p[m - 2] == 0x80 && ((unsigned char)s.p[m - 1] == 0x98 ||
	    (unsigned char)s.p[m - 1] == 0x9C))))
		k = q;
	/* Korean: 2023. 11. 13., 가., U.S.한국; asked only where it may be */
	if (((k == 0 && i == 3) || (i > k && (cls[(unsigned char)s.p[k]] & 4)) ||
	    (j + 1 < s.n && (unsigned char)s.p[j + 1] >= 0xEA &&
	    (unsigned char)s.p[j + 1] <= 0xED)) &&
	    (type = hgperiod(s, k, i, j)) >= 0)
		return type == 2 && caption(s, k) ? 0 : type;
	/* the next word, past opening quotes and brackets */
	m = j + 1;
	while ((q = opener(s.p + m, s.n - m)) > 0)
		m += q;
	if (m >= s.n)
		return 1;
	c = (unsigned char)s.p[m];
	for (q = m; q < s.n && (cls[(unsigned char)s.p[q]] & 2); q++)
		;
	nx = (Str){ s.p + m, q - m };
	/* the word before, past opening quotes and brackets */
	while (w.n > 0 && (q = opener(w.p, w.n)) > 0) {
		w.p += q;
		w.n -= q;
	}
	/* an ellipsis or a spaced period (". . .") is not an end */
	if (w.n == 0 || w.p[w.n - 1] == '.')
		return 0;
	/* an English abbreviation in brackets inside Korean: 윌슨(Rep. Joe;
	   one after a slash: "(Photo by Sgt. Lopez/U.S. Army)" */
	for (q = w.n; q > 0 && w.p[q - 1] != '(' && w.p[q - 1] != '/'; q--)
		;
	if (q > 0 && q < w.n) {
		w.p += q;
		w.n -= q;
	}
	for (q = 0; q < w.n; q++) {
		int t = cls[(unsigned char)w.p[q]];

		if (w.p[q] == '.')
			dotted = 1;
		else if (!(t & 2))
			alpha = 0;
		if (!(t & 4) && w.p[q] != ',')
			digits = 0;
	}
	if (c >= 'a' && c <= 'z')
		return 0;		/* a lower-case word goes on */
	if (digits) {
		/* a clause label "12. The ..." opening the text; a caption's
		   number ("Table 2. Selected ...", "Figure 3. Troop ...") */
		return k != 0 && !caption(s, k) && !volume(s, k, m);
	}
	/* a label opening the text: "a. The ...", "B. The ...", "II. Ext..." */
	if (k == 0 && w.p == s.p && alpha && !dotted &&
	    (w.n == 1 || roman(w)))
		return 0;
	type = 0;
	if (w.n <= 7 || dotted)
		type = abbrevtype(w, o);
	if (type == 0 && w.n >= 2 && w.n <= 5 && !dotted && allcaps(w)) {
		char t[6];	/* SEC. AUSTIN: a title in capitals */

		for (q = 0; q < w.n; q++)
			t[q] = (char)(q == 0 ? w.p[q] : w.p[q] + 'a' - 'A');
		type = abbrevtype((Str){ t, w.n }, o);
		if (type != A_TITLE)
			type = 0;
	}
	if (type == 0 && !alpha && !dotted && (nw = numword(w)).n > 0 &&
	    abbrevtype(nw, o) == A_NUM)
		type = A_NUM;	/* Vol. 13-No. 4 */
	switch (type) {
	case A_TITLE:
	case A_NEVER:
		return 0;
	case A_NUM:
		if (cls[c] & 4)
			return 0;
		return isopener(nx);
	case A_AMBIG:
		return isopener(nx) || (isupperc(c) && newclause(s, k, m, 0));
	case A_MONTH:
		return !(cls[c] & 4) && (isupperc(c) || isopener(nx));
	}
	/* U.S., D.C., a.m., Ph.D.: dotted; J. (an initial) */
	if (alpha && (dotted || (w.n == 1 && isupperc((unsigned char)w.p[0])))) {
		if (isopener(nx))
			return 1;
		if (!dotted || !isupperc(c))
			return 0;
		/* a.m., p.m. and "Washington, D.C." close a phrase; U.S. may
		   go on as a name */
		return newclause(s, k, m, !(w.p[0] >= 'a' && w.p[0] <= 'z') &&
		    !placecomma(s, k));
	}
	/* ROK-U.S., Korea–U.S.: a compound goes on as a name */
	if (dotted && compound(w))
		return isopener(nx) || (isupperc(c) && newclause(s, k, m, 1));
	/* short letters before a number: pp. 45, Sec. 3 of an unknown kind */
	if ((cls[c] & 4) && alpha && w.n <= 3)
		return 0;
	return 1;
}

#define ONES 0x0101010101010101ULL
#define HIGH 0x8080808080808080ULL
#define HASZERO(v) (((v) - ONES) & ~(v) & HIGH)

/* Index of the first byte at or after i that may end a sentence, or n:
   eight bytes at a time while none of . ! ? 0xE2 is in them. */
static size_t
nextend(const unsigned char *p, size_t i, size_t n)
{
	uint64_t x;
#ifdef __SSE2__
	const __m128i dot = _mm_set1_epi8('.'), bang = _mm_set1_epi8('!'),
	    qm = _mm_set1_epi8('?'), e2 = _mm_set1_epi8((char)0xE2);
	__m128i v;
	unsigned m;

	for (; i + 16 <= n; i += 16) {	/* sixteen at a time */
		v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
		m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, bang)),
		    _mm_or_si128(_mm_cmpeq_epi8(v, qm), _mm_cmpeq_epi8(v, e2))));
		if (m != 0)
			return i + (size_t)__builtin_ctz(m);
	}
#endif
	while (i + 8 <= n) {
		memcpy(&x, p + i, 8);
		if (HASZERO(x ^ (ONES * '.')) | HASZERO(x ^ (ONES * '!')) |
		    HASZERO(x ^ (ONES * '?')) | HASZERO(x ^ (ONES * 0xE2)))
			break;
		i += 8;
	}
	while (i < n && !(cls[p[i]] & 1))
		i++;
	return i;
}

/* Double quotes seen so far in a text: inside one or not. */
typedef struct {
	size_t pos;		/* scanned up to here */
	int in;			/* inside an open double quote */
	size_t close;		/* first close at or after lookfrom, or n */
	size_t lookfrom;	/* (size_t)-1: not looked yet */
} Quotes;

/* 1 opening, 2 closing, 3 straight double quote at p[i] (length *len). */
static int
dquote(const unsigned char *p, size_t i, size_t n, size_t *len)
{
	*len = 1;
	if (p[i] == '"')
		return 3;
	if (p[i] == 0xE2 && i + 2 < n && p[i + 1] == 0x80 &&
	    (p[i + 2] == 0x9C || p[i + 2] == 0x9D)) {
		*len = 3;
		return p[i + 2] == 0x9C ? 1 : 2;
	}
	if (p[i] == 0xC2 && i + 1 < n && (p[i + 1] == 0xAB || p[i + 1] == 0xBB)) {
		*len = 2;
		return p[i + 1] == 0xAB ? 1 : 2;
	}
	return 0;
}

/* The first byte in p[i..j) that may open a double quote, or j. */
static size_t
qnext(const unsigned char *p, size_t i, size_t j)
{
	const unsigned char *a, *e = p + j;

	if (i >= j)
		return j;
	if ((a = memchr(p + i, '"', j - i)) != NULL)
		e = a;
	if ((a = memchr(p + i, 0xE2, (size_t)(e - p) - i)) != NULL)
		e = a;
	if ((a = memchr(p + i, 0xC2, (size_t)(e - p) - i)) != NULL)
		e = a;
	return (size_t)(e - p);
}

/*
 * Is the end at s[j] inside a quotation that closes later in s?  Then
 * the sentences it quotes stay with the one that introduces them.  A
 * straight quote opens after a space or at the start, else closes.
 */
static int
quoted(Str s, size_t j, Quotes *q)
{
	const unsigned char *p = (const unsigned char *)s.p;
	size_t i, len;
	int t;

	for (i = qnext(p, q->pos, j); i < j; i = qnext(p, i + len, j)) {
		if ((t = dquote(p, i, j, &len)) == 0)
			continue;
		if (t == 3)
			t = i == 0 || p[i - 1] == ' ' || p[i - 1] == '(' ||
			    p[i - 1] == '[' ? 1 : 2;
		q->in = t == 1;
	}
	q->pos = j;
	if (!q->in)
		return 0;
	if (q->lookfrom == (size_t)-1 || q->lookfrom > j || q->close < j) {
		q->lookfrom = j;
		for (i = qnext(p, j, s.n); i < s.n; i = qnext(p, i + len, s.n))
			if ((t = dquote(p, i, s.n, &len)) >= 2)
				break;
		q->close = i;
	}
	return q->close < s.n;
}

/* A footnote's mark in brackets at s[j], right after a sentence's end
   at s[i] (after a small letter, a digit, a bracket or Hangul; not
   U.S.), before a capitalised word: "language.[1] Three".  The end, or
   0. */
static size_t
bracketmark(Str s, size_t i, size_t j)
{
	const unsigned char *p = (const unsigned char *)s.p;
	size_t e;

	if (i == 0 || (!(p[i - 1] >= 'a' && p[i - 1] <= 'z') &&
	    !(cls[p[i - 1]] & 4) && p[i - 1] != ')' && p[i - 1] != '"' &&
	    p[i - 1] < 0x80))
		return 0;	/* not after U.S. (after a quote: "Meeting".[4]) */
	for (e = j + 1; e < s.n && e - j <= 3 && (cls[p[e]] & 4); e++)
		;
	if (e == j + 1 || e >= s.n || p[e] != ']' || e + 2 >= s.n ||
	    p[e + 1] != ' ' || !isupperc(p[e + 2]))
		return 0;
	return e + 1;
}

/* A footnote's mark of one or two digits after a year and its full stop
   at s[i], before a word that opens sentences: "since 1968.1 It".  The
   end, or 0. */
static size_t
yearmark(Str s, size_t i, size_t j)
{
	const unsigned char *p = (const unsigned char *)s.p;
	size_t e, q;

	if (i < 4 || j != i + 1 || (i > 4 && p[i - 5] != ' ' && p[i - 5] != '(') ||
	    !((p[i - 4] == '1' && p[i - 3] == '9') ||
	    (p[i - 4] == '2' && p[i - 3] == '0')) ||
	    !(cls[p[i - 2]] & 4) || !(cls[p[i - 1]] & 4))
		return 0;
	/* a quantity's decimal, not a year: "rose to 2024.5 One" */
	for (e = i - 4; e > 0 && p[e - 1] == ' '; e--)
		;
	for (q = e; q > 0 && p[q - 1] != ' '; q--)
		;
	if (e > q && (streqlit((Str){ s.p + q, e - q }, "to") ||
	    streqlit((Str){ s.p + q, e - q }, "of") ||
	    streqlit((Str){ s.p + q, e - q }, "about") ||
	    streqlit((Str){ s.p + q, e - q }, "from") ||
	    streqlit((Str){ s.p + q, e - q }, "at")))
		return 0;
	for (e = j; e < s.n && e - j < 3 && (cls[p[e]] & 4); e++)
		;
	if (e == j || e - j > 2 || e + 1 >= s.n || p[e] != ' ')
		return 0;
	for (q = e + 1; q < s.n && (cls[p[q]] & 2); q++)
		;
	return isopener((Str){ s.p + e + 1, q - e - 1 }) ? e : 0;
}

/* A footnote's mark after the full stop at s[i] (closers up to j) that
   ends the sentence: 1 to 3 digits after a word in lower case that is
   no abbreviation, then a space and a capital ("met.1 The",
   "Declaration.\u201D12 Its").  The end, or 0. */
static size_t
notemark(Str s, size_t i, size_t j, const SplitOpt *o)
{
	const unsigned char *p = (const unsigned char *)s.p;
	size_t e, k;

	int hg = i >= 3 && p[i - 1] >= 0x80 && ISHGB(p + i - 3);
	/* a Latin-1 letter: communiqu\u00E9.1 Its */
	int lat = i >= 2 && p[i - 2] == 0xC3 && p[i - 1] >= 0x80 && p[i - 1] <= 0xBF;

	if (yearmark(s, i, j))
		return yearmark(s, i, j);
	if (i == 0 || !(hg || lat || ((p[i - 1] | 32) >= 'a' && (p[i - 1] | 32) <= 'z')))
		return 0;
	for (e = j; e < s.n && e - j < 4 && p[e] >= '0' && p[e] <= '9'; e++)
		;
	if (hg && e > j && e < s.n && p[e] == ')') {
		e++;		/* 재확인하였다.1) 양측은, 협의체이다.1) 2026년 */
		if (e - j <= 4 && e + 1 < s.n && p[e] == ' ')
			return e;
	}
	if (e == j || e - j > 4 || e + 1 >= s.n || p[e] != ' ' ||
	    !(isupperc(p[e + 1]) || (hg && hgsyl(s.p + e + 1, s.n - e - 1))))
		return 0;
	if (hg)
		return e;
	for (k = i; k > 0 && p[k - 1] != ' '; k--)
		;
	/* a word of two letters or more, not an abbreviation nor dotted
	   (ROK.1, met.1; not A.1, U.S.1, para.2) */
	if (i - k < 2 || memchr(s.p + k, '.', i - k) != NULL ||
	    (!(p[i - 1] >= 'a' && p[i - 1] <= 'z') && !lat && !isupperc(p[k + 1])))
		return 0;
	return abbrevtype((Str){ s.p + k, i - k }, o) == 0 ? e : 0;
}

/* After an ellipsis at s[i]: a closing quote, a space and a sentence's
   opener ("the start of a new era…" Others were ...)?  The end after
   the quote, or 0. */
static size_t
quotend(Str s, size_t i)
{
	size_t q, b, e;

	if (i >= s.n || s.p[i] == ')' || s.p[i] == ']' ||
	    (q = closer(s.p + i, s.n - i)) == 0 || i + q >= s.n ||
	    s.p[i + q] != ' ')
		return 0;
	for (b = e = i + q + 1; e < s.n && s.p[e] != ' ' && s.p[e] != ','; e++)
		;
	return e > b && isopener((Str){ s.p + b, e - b }) ? i + q : 0;
}

/* The end of a capital's initials, each with its period, from s[j]:
   "U.S.", "U.N." (then a space, a comma or an apostrophe), or 0. */
static size_t
dottedcaps(Str s, size_t j)
{
	size_t e = j;

	while (e + 1 < s.n && s.p[e] >= 'A' && s.p[e] <= 'Z' && s.p[e + 1] == '.')
		e += 2;
	return e - j >= 4 ? e : 0;
}

/*
 * Does the period (or question mark) at s[i], a capital right after it
 * (at j), end an English sentence whose space a copy lost ("... in
 * Pyongyang.Speculation has ...", "... Meeting (SCM).This year's", "Got
 * a news tip?Let us know")?  The word before is a
 * lower-case word of three letters or more or a closing bracket, and
 * no abbreviation; the word after is a capital and lower-case letters
 * up to a space or a comma (not "U.S.Army", "e.g.The", a file's name
 * "report.Pdf" or an address "www.Defense.gov"), or a capital's
 * initials ("... last year.U.S. Defense Secretary").
 */
static int
gluedend(Str s, size_t i, size_t j, const SplitOpt *o)
{
	const unsigned char *p = (const unsigned char *)s.p;
	size_t k, e;

	if (j != i + 1 || j + 2 >= s.n || !(p[j] >= 'A' && p[j] <= 'Z') ||
	    i == 0 || !((p[i - 1] >= 'a' && p[i - 1] <= 'z') || p[i - 1] == ')'))
		return 0;
	if (p[j + 1] != '.' || (e = dottedcaps(s, j)) == 0) {
		for (e = j + 1; e < s.n && p[e] >= 'a' && p[e] <= 'z'; e++)
			;
		if (e < j + 2)
			return 0;
	}
	if (e < s.n && p[e] != ' ' && p[e] != ',' && p[e] != '\'')
		return 0;
	if (i > 0 && p[i - 1] == ')')
		return 1;
	for (k = i; k > 0 && p[k - 1] >= 'a' && p[k - 1] <= 'z'; k--)
		;
	if (i - k < 3 || (k > 0 && p[k - 1] != ' ' && p[k - 1] != '(' &&
	    !(p[k - 1] >= 'A' && p[k - 1] <= 'Z')))
		return 0;	/* (not "www.defense.Gov", "e.g.The") */
	while (k > 0 && p[k - 1] >= 'A' && p[k - 1] <= 'Z')
		k--;
	if (k > 0 && p[k - 1] != ' ' && p[k - 1] != '(' && p[k - 1] != '"')
		return 0;
	return abbrevtype((Str){ s.p + k, i - k }, o) == 0;
}

/*
 * Does a sentence's end at s[i] ('.', '!' or '?', the closers after it
 * up to j) run into the next sentence's quotation, its space lost
 * ("... he said.\"North Korea should", "... by year's end.\u201CWe
 * will")?  The word before is two letters or more in lower case and no
 * abbreviation; one double quote follows the stop, then a capital and
 * letters in lower case up to a space or a comma.  Or, in Korean, a
 * word after the quote that does not report it (hgquoteglued).  Where
 * the quotation is closed there (a straight quote, inside a
 * quotation), the cut is after the quote, else before it.  The cut, or
 * 0.
 */
static size_t
gluedquote(Str s, size_t i, size_t j, const SplitOpt *o, Quotes *qs)
{
	const unsigned char *p = (const unsigned char *)s.p;
	size_t t = i + 1, len, e, k;
	int type;

	while (t < s.n && (p[t] == '!' || p[t] == '?'))
		t++;
	if (i == 0 || t >= s.n || (type = dquote(p, t, s.n, &len)) == 0 ||
	    (j != t && j != t + len) || t + len + 2 >= s.n)
		return 0;
	if (p[i - 1] >= 0x80) {
		/* Korean: "...이다.”알프스의 스키어들은", not ”라고 */
		if (!hgquoteglued(s, i, t + len))
			return 0;
	} else if (!(p[t + len] >= 'A' && p[t + len] <= 'Z'))
		return 0;
	else {
		for (e = t + len + 1; e < s.n && p[e] >= 'a' && p[e] <= 'z'; e++)
			;
		if (e < t + len + 2 || (e < s.n && p[e] != ' ' && p[e] != ','))
			return 0;
		for (k = i; k > 0 && p[k - 1] >= 'a' && p[k - 1] <= 'z'; k--)
			;
		if (i - k < 2 || (k > 0 && p[k - 1] != ' ' && p[k - 1] != '(' &&
		    p[k - 1] != '"') || abbrevtype((Str){ s.p + k, i - k }, o) != 0)
			return 0;	/* (not "e.g.\"The", "www.site.\"Go") */
	}
	if (type == 3) {
		quoted(s, t, qs);
		type = qs->in ? 2 : 1;
	}
	return type == 2 ? t + len : t;
}

/*
 * Korean sentences with no full stop, as a broadcast's transcript is
 * pasted ("...점검하기로 했습니다 조기에 ... 모습입니다 연장현 기자입니다"):
 * the end of the first formal ending, 니다 after a syllable, before a
 * space and a syllable or a transcript's mark (【 기자 】, ▶ 인터뷰), in
 * s[0..lim); 0 if none, or if it stands inside
 * an open quote ("... 하겠습니다 " 또: the quote's close follows; so
 * too ' ‘ 「 『, '같이 갑니다 한미동맹' 행사).
 */
/* Is p[j] (of p[0..k)) a quote's mark, to be counted in pairs: " “ ”,
   ' ‘ ’ (not an apostrophe between letters: Korea's), 「 」 『 』? */
static int
qmark(const unsigned char *p, size_t j, size_t k)
{
	if (p[j] == '"')
		return 1;
	if (p[j] == '\'')
		return !(j > 0 && ISALPHA(p[j - 1]) && j + 1 < k && ISALPHA(p[j + 1]));
	if (j + 2 >= k)
		return 0;
	if (p[j] == 0xE2 && p[j + 1] == 0x80 && p[j + 2] >= 0x98 && p[j + 2] <= 0x9D &&
	    p[j + 2] != 0x9A && p[j + 2] != 0x9B)
		return !(p[j + 2] == 0x99 && j > 0 && ISALPHA(p[j - 1]) &&
		    j + 3 < k && ISALPHA(p[j + 3]));
	return p[j] == 0xE3 && p[j + 1] == 0x80 && p[j + 2] >= 0x8C && p[j + 2] <= 0x8F;
}

static size_t
hgbareend(Str s, size_t lim)
{
	const unsigned char *p = (const unsigned char *)s.p, *q;
	size_t k = 8, j, nq;

	/* the last byte of 다 (0xA4 ends few syllables) */
	while (k + 4 <= lim && (q = memchr(p + k, 0xA4, lim - 3 - k)) != NULL) {
		k = (size_t)(q - p);
		if (p[k + 1] == ' ' &&
		    memcmp(p + k - 5, "\xeb\x8b\x88\xeb\x8b", 5) == 0 &&	/* 니다 */
		    hgsyl(s.p + k - 8, 3) && ((hgsyl(s.p + k + 2, s.n - k - 2) &&
		    memcmp(p + k + 2, "라", 3) != 0) ||	/* (감사합니다 라고) */
		    (k + 5 <= s.n && (memcmp(p + k + 2, "\xe3\x80\x90", 3) == 0 ||	/* 【 */
		    memcmp(p + k + 2, "\xe2\x96\xb6", 3) == 0)))) {	/* ▶ */
			for (j = 0, nq = 0; j < k; j++)	/* quotes open before it */
				nq += qmark(p, j, k);
			if (nq % 2 == 0)
				return k + 1;
		}
		k++;
	}
	return 0;
}

/* The words a sentence opens with after a title in capitals, and the
   small words a title may hold in lower case. */
static const char *const opens[] = {
	"The", "This", "These", "That", "Those", "In", "On", "At", "As",
	"After", "Before", "While", "When", "Since", "For", "A", "An", "It",
	"Its", "They", "We", "He", "She", "Despite", "Although", "Amid",
	"During", "According", "Following", "Under", "Over", "With",
};
static const char *const smallw[] = {
	"of", "and", "the", "for", "in", "on", "to", "a", "an", "with", "at",
	"by", "from", "or", "vs.", "&", "-", "|", ":", "\xe2\x80\x93",
	"\xe2\x80\x94",
};

static size_t stoplen(Str, const SplitOpt *);


/* The words that open this corpus's subjects: the allies, their
   neighbours, their capitals. */
static const char *const subjw[] = {
	"South", "North", "Seoul", "Washington", "Pyongyang", "Tokyo",
	"Beijing", "Both", "ROK", "U.S.", "US", "USFK", "Japan", "China",
	"Russia", "Korea",
};

/* Of subjw, the names a company's or a group's branch ends in. */
static const char *const branchw[] = { "Korea", "Japan", "China", "Russia", };

/* Is w a preposition of a title ("Against", "Toward")? */
static int
prep(Str w)
{
	static const char *const p[] = {
		"Against", "Toward", "Towards", "With", "For", "From", "Of",
		"On", "In", "Into", "Over", "Under", "Between", "Amid", "After",
		"Before", "Beyond", "Versus", "To", "And", "The", "By", "At",
	};
	size_t i;

	for (i = 0; i < NELEM(p); i++)
		if (w.n > 0 && p[i][0] == w.p[0] && streqlit(w, p[i]))
			return 1;
	return 0;
}

static int
inlist(Str w, const char *const *l, size_t n)
{
	size_t i;

	if (w.n == 0)
		return 0;
	for (i = 0; i < n; i++)
		if (l[i][0] == w.p[0] && streqlit(w, l[i]))
			return 1;
	return 0;
}

/* Does a stamp's word come before the date at s[at]: "Updated Nov. 5,
   2026", "Published November 9"? */
static int
stampword(Str s, size_t at)
{
	static const char *const w[] = {
		"Updated", "Posted", "Published", "Modified", "Released",
		"Issued", "Dated", "Date", "Release", "Edited", "Created",
	};
	size_t b = at - 1;

	while (b > 0 && s.p[b - 1] != ' ')
		b--;
	return inlist((Str){ s.p + b, at - 1 - b }, w, NELEM(w));
}

/* Does s[b..end) read as a sentence's prose: four words in lower case
   or more, and a stop at its end? */
static int
prose(Str s, size_t b, size_t end)
{
	size_t n = 0;

	if (end == 0 || end > s.n || strchr(".!?\"", s.p[end - 1]) == NULL)
		return 0;
	for (; b + 1 < end && n < 4; b++)
		n += s.p[b] == ' ' && s.p[b + 1] >= 'a' && s.p[b + 1] <= 'z';
	return n >= 4;
}

/*
 * A text pasted as one line glues a heading, a byline or a date stamp
 * to the sentence after it, no stop between: "Comprehensive Deterrence
 * Strategy The concept of ... signifies ...", "... Must Be Rock-Solid
 * November 09, 2017 13:08 U.S. President ...", "By Phil Stewart SEOUL
 * (Reuters) -- The ...".  In s, whose stop-marked end is end: where
 * the first piece ends (at a space), or 0.  The heading is a run of
 * two capitalised words or more, small words between, from s's start,
 * before one of opens that a word in lower case follows and prose to
 * the end; the stamp a date (and time) that opens s or ends such a
 * run, a capitalised word after it.
 */
/* Could s open with a date or a run of three capitalised words or
   more (two of a heading's, the sentence's first) before its first
   long word in lower case?  A quick look, before
   gluecut's: most sentences fail at their second or third word. */
static int
capsrun(Str s, size_t end)
{
	size_t i, b, ncap = 0;

	if (ISDIGIT(s.p[0]))
		return 1;
	for (i = 0; i < end && ncap < 3; i = b + 1) {
		for (b = i; b < end && s.p[b] != ' '; b++)
			;
		if (ISUPPER(s.p[i]) || ISDIGIT(s.p[i]) || s.p[i] == '(' || s.p[i] == '"')
			ncap++;
		else if (b - i > 4)
			return 0;
	}
	return ncap >= 3;
}

static size_t
gluecut(Str s, size_t end, int head)
{
	size_t off = 0, at, ncap = 0, nw, o, e, k, subj = 0;
	int nosubj = 0, up;
	Str w = { NULL, 0 }, nx, prev = { NULL, 0 };

	if (end < 24 || !(ISUPPER(s.p[0]) || ISDIGIT(s.p[0])) || !capsrun(s, end))
		return 0;
	if (!head && (e = stampend(s, 0)) > 0 && e + 2 < end && ISUPPER(s.p[e + 1]))
		return e;	/* November 09, 2017 13:08 | U.S. President */
	for (nw = 0; nw < 24 && strword(s, &off, &w) && off < end; nw++) {
		at = (size_t)(w.p - s.p);
		up = ISUPPER(w.p[0]) != 0;
		if (!head && (ISDIGIT(w.p[0]) || up) && (e = stampend(s, at)) > 0 &&
		    e + 2 < end) {
			o = e;
			if (strword(s, &o, &nx) && streqlit(nx, "By") && nw > 0)
				return e;	/* ... 2026-11-05 18:02 | By Jane Doe */
			if (ncap >= 2 && ISUPPER(s.p[e + 1]) && ISALPHA(s.p[at - 2]) &&
			    !stampword(s, at))
				return at - 1;	/* Title | November 09, 2017 ... */
		}
		/* the subject of the sentence after a heading: the first of
		   subjw, after two capitalised words or more, none of subjw,
		   no comma, the first not an opener */
		if (nw == 0 && inlist(w, opens, NELEM(opens)))
			nosubj = 1;
		if (up && subj == 0 && !nosubj && inlist(w, subjw, NELEM(subjw))) {
			/* (a country's name alone after capitalised words is
			   a body's branch: Lockheed Martin Korea said) */
			if (ncap >= 2 && ISLOWER(s.p[at - 2]) && !inlist(w, branchw,
			    NELEM(branchw)) &&
			    !inlist(prev, smallw, NELEM(smallw)) && !prep(prev))
				subj = at;	/* Achievements | South Korea and the US issued */
			else
				nosubj = 1;
		}
		if (subj == 0 && w.p[w.n - 1] == ',')
			nosubj = 1;
		if (up && ncap >= 2 && inlist(w, opens, NELEM(opens)) &&
		    !(prev.n > 0 && ISLOWER(prev.p[0]) &&
		    inlist(prev, smallw, NELEM(smallw))) &&	/* (not "and | Under") */
		    !(nw > 0 && (s.p[at - 2] == '-' || s.p[at - 2] == '\x93' ||
		    s.p[at - 2] == '\x94' || s.p[at - 2] == '\xbb'))) {
			/* (not after a dateline's dash: "SEOUL (AP) -- The") */
			o = off;
			while (strword(s, &o, &nx) && o < end &&
			    inlist(nx, smallw, NELEM(smallw)))
				;
			for (k = 0; k < 8 && o < end && nx.n > 1 &&
			    (ISUPPER(nx.p[0]) || ISDIGIT(nx.p[0]) ||
			    inlist(nx, smallw, NELEM(smallw))) &&
			    !inlist(nx, opens, NELEM(opens)); k++)
				if (!strword(s, &o, &nx) || o >= end)
					break;	/* The 54th ROK-US Meeting, the */
			/* (an opener in the run is the title's: "Lessons From
			   The Korean War | The war", not "From | The") */
			if (o < end && nx.n > 1 && ISLOWER(nx.p[0]) &&
			    prose(s, at, end))
				return at - 1;	/* Title | The concept of ... */
		}
		prev = w;
		if (!up && inlist(w, smallw, NELEM(smallw)))
			continue;
		if (!ISUPPER(w.p[0]) && !ISDIGIT(w.p[0]) &&
		    !((w.p[0] == '"' || w.p[0] == '(') && w.n > 1 && ISUPPER(w.p[1])))
			break;
		ncap++;
	}
	/* the run's first word in lower case is the verb of the subject
	   that ends it */
	if (subj > 0 && nw < 24 && off < end && isverb(w) && prose(s, subj, end))
		return subj - 1;
	return 0;
}

size_t
headglue(Str s, const SplitOpt *o)
{
	if (s.n < 24 || (unsigned char)s.p[0] >= 0x80)
		return 0;
	return gluecut(s, stoplen(s, o), 1);
}

size_t
sentlen(Str s, const SplitOpt *o)
{
	size_t e = stoplen(s, o), g;

	if (e + 1 < s.n && s.p[e + 1] == '(' && credittail(s, e))
		return s.n;	/* ... on Friday. (Yonhap) */
	if (o == NULL || !o->glue || s.n < 24 || (unsigned char)s.p[0] >= 0x80)
		return e;
	if ((g = gluecut(s, e, 0)) > 0 && g < e)
		e = g;
	if ((g = gluedateline(s, e)) > 0 && g < e)
		e = g;
	if ((g = gluecaption(s, e)) > 0 && g < e)
		e = g;
	return e;
}

static size_t
stoplen(Str s, const SplitOpt *o)
{
	const unsigned char *p = (const unsigned char *)s.p;
	size_t i = 0, j, k, q;
	int c, ell, first = 1;
	Quotes qs = { 0, 0, 0, (size_t)-1 };

	if (cls['.'] == 0)
		initcls();
	if ((i = hglead(s)) > 0)
		return i;	/* [서울=뉴시스] 홍길동 기자 = */
	for (;;) {
		i = nextend(p, i, s.n);
		if ((i >= s.n || first) && s.n > 10 && (p[0] >= 0x80 || !ISALPHA(p[0])) &&
		    (q = hgbareend(s, i)) > 0)
			return q;	/* 했습니다 조기에: no stop at all */
		first = 0;
		if (i >= s.n)
			return s.n;
		c = p[i];
		if (c == 0xE2) {
			if (i + 2 >= s.n || p[i + 1] != 0x80 || p[i + 2] != 0xA6) {
				i++;
				continue;
			}
			/* … ends nothing by itself; "…." does, below, and
			   "…" closing a quote before an opener */
			i += 3;
			if ((q = quotend(s, i)) > 0)
				return q;
			/* 늘었다…그러나: after 다, before Korean, it ends */
			if (i >= 9 && memcmp(p + i - 6, "\xeb\x8b\xa4", 3) == 0 &&
			    hgsyl(s.p + i - 9, 3) &&	/* (an ending, not 다 alone) */
			    i < s.n && (hgsyl(s.p + i, s.n - i) || (p[i] == ' ' &&
			    hgsyl(s.p + i + 1, s.n - i - 1))))
				return i;
			continue;
		}
		j = i + 1;
		ell = 0;
		if (c == '.' && j < s.n && p[j] == '.') {
			/* a run of periods: "..." goes on, "...." may end */
			while (j < s.n && p[j] == '.')
				j++;
			if (j - i < 4) {
				if (j - i == 3 && (q = quotend(s, j)) > 0)
					return q;
				i = j;
				continue;
			}
			ell = 1;
		}
		while (j < s.n && (p[j] == '!' || p[j] == '?'))
			j++;
		while ((q = closer(s.p + j, s.n - j)) > 0)
			j += q;
		if (j >= s.n)
			return s.n;
		if (p[j] != ' ' && i > 0 && p[i - 1] >= 0x80 && hgglued(s, i, j) &&
		    (p[j] == '(' || p[j] == '[' || p[j] >= 0xEA ||
		    !quoted(s, j, &qs)))	/* ("... 간다.We go together"라고) */
			return j;	/* 말했다.(연합뉴스), 했다.NCG */
		if (c == '.' && !ell && p[j] >= '0' && p[j] <= '9' &&
		    (q = notemark(s, i, j, o)) > 0)
			return q;	/* The NCG met.1 The allies ... */
		if (p[j] == '[' && (q = bracketmark(s, i, j)) > 0)
			return q;	/* language.[1] Three ... */
		if (p[j] != ' ' && (c == '.' || c == '?') && !ell && gluedend(s, i, j, o))
			return j;	/* "...Meeting (SCM).This year's ...", "tip?Let" */
		if (p[j] != ' ') {
			if ((j > i + 1 || p[j] == 0xE2) && !ell &&
			    (q = gluedquote(s, i, j, o, &qs)) > 0)
				return q;	/* he said."North Korea should ... */
			i = j > i + 1 ? j : i + 1;
			continue;
		}
		if (c != '.' || ell) {
			/* ! ? or a four-dot ellipsis: ends unless lower case follows */
			k = j + 1;
			while ((q = opener(s.p + k, s.n - k)) > 0)
				k += q;
			if ((k < s.n && p[k] >= 'a' && p[k] <= 'z') ||
			    quoted(s, j, &qs)) {
				i = j;
				continue;
			}
			return j;
		}
		for (k = i; k > 0 && p[k - 1] != ' '; k--)
			;
		if ((c = periodends(s, k, i, j, o)) == 2)
			return k - 1;	/* 참조 / 1. 지역 내: before the number */
		if (c && !quoted(s, j, &qs))
			return j;
		i = j;
	}
}
