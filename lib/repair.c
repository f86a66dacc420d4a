/* repair.c: PDF damage: words broken by a hyphen at a line end, ordinal
   suffixes torn from their numbers ("the 49" / "th"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "scm.h"

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
static int givenname(Str left, size_t k, Str right);

int
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
	if (givenname(left, k, right))
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
	"nals", "ary", "ories", "ory", "ward", "wards", "ses", "sals", "ces",
};

/* Beginnings no English word has: the right part of a word cut inside
   whatever follows them ("institu- tionalization", "mili- tary"). */
static const char *boundstart[] = {
	"tion", "sion", "tial", "cial", "tary", "sary", "rary", "nary",
	"bility", "ization", "isation", "ities", "ously", "iveness",
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

/* Words of these texts that pdftotext cuts at a line end (strate- /
   gic, secu- / rity): the evidence of a cut when the text has not yet
   spelled them whole.  Sorted, lower case. */
static const char *known[] = {
	"abilities", "ability", "acquisition", "administration", "affairs",
	"aggression", "agreement", "agreements", "aircraft", "alliance",
	"alliances", "allied", "ambassador", "anniversary", "announced",
	"architecture", "assessment", "assets", "assistance", "attention",
	"ballistic", "bilateral", "boundary", "capabilities", "capability",
	"challenges", "clause", "clauses", "collaboration", "combined",
	"command", "commander", "commitment", "commitments", "committed",
	"communique", "community", "comprehensive", "concerns", "conference",
	"consultation", "consultations", "consultative", "contingency",
	"continue", "continued", "contributions", "control", "conventional",
	"cooperation", "cooperative", "coordination", "council",
	"counterpart", "countries", "critical", "cybersecurity",
	"declaration", "defence", "defense", "delegation", "democratic",
	"demonstrated", "denuclearization", "department", "deployment",
	"deployments", "destabilizing", "deterrence", "development",
	"developments", "dialogue", "diplomacy", "diplomatic", "discussed",
	"discussion", "economic", "emerging", "enhance", "enhanced",
	"enhancing", "environment", "escalation", "especially", "establish",
	"established", "establishment", "exercise", "exercises", "expanded",
	"extended", "facilities", "framework", "freedom", "further",
	"government", "governments", "guidelines", "headquarters",
	"hospitality", "humanitarian", "implementation", "importance",
	"important", "including", "independence", "industrial", "industry",
	"information", "infrastructure", "institutional", "integrated",
	"integration", "intelligence", "interests", "international",
	"interoperability", "investment", "leadership", "maintain",
	"maintaining", "maritime", "mechanism", "mechanisms", "meeting",
	"military", "minister", "ministers", "ministry", "missile",
	"missiles", "modernization", "multilateral", "national", "necessary",
	"negotiations", "northeast", "nuclear", "operational", "operations",
	"opportunities", "organization", "paragraph", "paragraphs",
	"particular", "particularly", "partnership", "partnerships",
	"peninsula", "personnel", "planning", "posture", "potential",
	"presidential", "proliferation", "proposal", "proposals",
	"prosperity", "provide", "provided", "providing", "provision",
	"provisions", "provocation", "provocations", "pyongyang", "readiness",
	"reaffirmed", "realism", "recognized", "regional", "relationship",
	"republic", "requirements", "resolution", "resolutions", "resources",
	"responsibility", "security", "significant", "significantly",
	"situation", "sovereignty", "stability", "strategic", "strategies",
	"strategy", "strengthen", "strengthened", "strengthening",
	"substantial", "sustainable", "technologies", "technology",
	"territorial", "threats", "throughout", "transition", "trilateral",
	"unification", "unprecedented", "verification", "violation",
	"violations", "wartime", "washington", "weapons",
};

static int
cmpknown(const void *k, const void *e)
{
	return strcmp(k, *(const char *const *)e);
}

/* A Korean given name after a family name, "Han Seo-" / "jun" (the
   left part's word starts at k): its hyphen is the name's (krgiven),
   unless the two parts spell a known word ("Kim Defen-" / "se"). */
static int
givenname(Str left, size_t k, Str right)
{
	char lw[12];
	size_t a, j, m, n = left.n - k;

	if (k < 3 || left.p[k - 1] != ' ' || n < 2 || n > 5 ||
	    !ISUPPER(left.p[k]))
		return 0;
	for (a = k - 1; a > 0 && ISALPHA(left.p[a - 1]); a--)
		;
	for (j = 0; j < right.n && ISLOWER(right.p[j]); j++)
		;
	if (!krsurname((Str){ left.p + a, k - 1 - a }) || j < 2 || j > 5 ||
	    (j < right.n && ISALPHA(right.p[j])))
		return 0;
	for (m = 0; m < n; m++)
		lw[m] = (char)splower((unsigned char)left.p[k + m]);
	memcpy(lw + n, right.p, j);
	lw[n + j] = '\0';
	return bsearch(lw, known, NELEM(known), sizeof(known[0]), cmpknown) == NULL;
}

/*
 * A hyphen at a line end between letters ("left-" / "right"): drop it
 * only with evidence the word was cut there, not written with a hyphen:
 * the right part is an ending that is no word on its own, or the joined
 * spelling is in the text (this block, this line, the last 64 KB).
 */
int
unhyphen(Str hist, Str left, Str right)
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
	for (i = 0; i < NELEM(boundstart); i++)
		if (sprefixci((Str){ right.p, j }, boundstart[i]))
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
	{
		char lw[sizeof(w) + 1];
		size_t m;

		for (m = 0; m < left.n - k + j; m++)
			lw[m] = (char)splower((unsigned char)w[m]);
		lw[m] = '\0';
		if (bsearch(lw, known, NELEM(known), sizeof(known[0]), cmpknown) != NULL)
			return 1;
	}
	return hasspelling(hist.p, hist.n, (Str){ w, left.n - k + j }) ||
	    hasspelling(left.p, left.n, (Str){ w, left.n - k + j }) ||
	    hasspelling(right.p, right.n, (Str){ w, left.n - k + j });
}

/*
 * Can the number starting at b[at] be an ordinal?  Only after a word
 * that goes before one ("the 49", "its 50", "over the 42"), not after a
 * label ("Appendix 14", "Page 3") nor in a date.
 */
int
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
size_t
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
size_t
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

/* Is the word before b[at] (a number) a month's name: "November 13
   th", a date's own superscript, no stray one? */
static int
monthctx(const char *b, size_t at)
{
	static const char *m[] = {
		"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december",
		"jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
		"sept.", "oct.", "nov.", "dec.",
	};
	size_t k, i;

	if (at < 4 || b[at - 1] != ' ')
		return 0;
	for (k = at - 1; k > 0 && b[k - 1] != ' '; k--)
		;
	for (i = 0; i < NELEM(m); i++)
		if (eqci((Str){ (char *)b + k, at - 1 - k }, m[i]))
			return 1;
	return 0;
}

/* The nearest stray ordinal suffix suf within 200 bytes of the number
   b[k..e) in b[from..n): a word of its own not after a number that
   takes it ("held th in", "Appendix 14 th Joint").  The offset of its
   first letter, or 0. */
static size_t
straysuf(char *b, size_t from, size_t n, size_t k, size_t e, const char *suf)
{
	size_t j, d, best = 0, bestd = 201;
	size_t lo = k > from + 200 ? k - 200 : from, hi = e + 200 < n ? e + 200 : n;

	for (j = lo + 1; j + 2 <= hi; j++) {
		if (b[j] != suf[0] || b[j + 1] != suf[1] || b[j - 1] != ' ' ||
		    (j + 2 < n && b[j + 2] != ' '))
			continue;
		if (j >= 2 && ISDIGIT(b[j - 2]) && (ordctx(b, numstart(b, j - 1)) ||
		    monthctx(b, numstart(b, j - 1))))
			continue;	/* "the 49 th", "July 1 st": its own number's */
		d = j < k ? k - j : j - e;
		if (d < bestd) {
			best = j;
			bestd = d;
		}
	}
	return best;
}

/* Join "the 49 th" on one line (a superscript set apart): the suffix
   that fits a number after an ordinal word, in b[from..).  In a paste
   of a PDF's text on one line the suffix may stand words away, where
   its line of the page put it: "The 49 Republic of Korea ... was held
   th in Seoul"; it goes back to its number when the number, after an
   ordinal word, stands before a capitalised word. */
void
gluesuffix(Buf *b, size_t from)
{
	char *p = b->p, suf[2];
	size_t i, j, k, n = b->n;

	/* digits are rare in prose: look for one first, sixteen bytes at a
	   time where SSE2 is there */
	for (i = from; i + 4 <= n; i++) {
#ifdef __SSE2__
		{
			const __m128i lo = _mm_set1_epi8('0' - 1), hi = _mm_set1_epi8('9' + 1);
			__m128i v;
			unsigned m;

			while (i + 16 <= n) {
				v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
				m = (unsigned)_mm_movemask_epi8(_mm_and_si128(
				    _mm_cmpgt_epi8(v, lo), _mm_cmplt_epi8(v, hi)));
				if (m != 0) {
					i += (size_t)__builtin_ctz(m);
					break;
				}
				i += 16;
			}
			if (i + 4 > n)
				break;
		}
#endif
		if (ISDIGIT(p[i]) && p[i + 1] == ' ' && ISUPPER(p[i + 2]) &&
		    (k = numstart(p, i + 1)) + 3 >= i + 1 && ordctx(p, k) &&
		    (j = straysuf(p, from, n, k, i + 1, ordsuffix(p, i + 1))) > 0) {
			memcpy(suf, p + j, 2);
			memmove(p + j - 1, p + j + 2, n - j - 2);
			n -= 3;
			if (j < k)
				i -= 3;
			memmove(p + i + 3, p + i + 1, n - i - 1);
			memcpy(p + i + 1, suf, 2);
			n += 2;
			i += 2;
			continue;
		}
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
size_t
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

/* Is the word at p a word of its own that no ligature's piece is
   ("staf f for the", "the value of f with"): a small word of the
   language, never the tail of a word in ff (ffect, ficial, fairs)? */
static int
ligword(const char *p, size_t n)
{
	static const char *w[] = {
		"for", "and", "the", "with", "was", "were", "are", "has", "had",
		"have", "from", "that", "this", "who", "will", "would", "said",
		"also", "can", "may", "not", "but", "its", "our", "his", "her",
		"into", "over", "under", "members", "type", "which", "then",
	};
	size_t e, i;

	for (e = 0; e < n && ISLOWER(p[e]); e++)
		;
	if (e < n && ISALPHA(p[e]))
		return 0;
	for (i = 0; i < NELEM(w); i++)
		if (strlen(w[i]) == e && memcmp(p, w[i], e) == 0)
			return 1;
	return 0;
}

/* Is the space at p[i], after a piece ending in ff, inside a word a
   font's ff, ffi or ffl ligature left in two ("reaff irmed", "eff
   ect")?  Only where the word closed up is one the list knows ("staff
   is", "off icially" stay). */
static int
ffword(const char *p, size_t i, size_t n)
{
	char lw[40];
	size_t k, e, m;

	for (k = i; k > 0 && ISALPHA(p[k - 1]); k--)
		;
	for (e = i + 1; e < n && ISLOWER(p[e]); e++)
		;
	if (i - k < 3 || e - i - 1 < 2 || (e < n && ISALPHA(p[e])) ||
	    (k > 0 && p[k - 1] == '-') || e - k >= sizeof(lw))
		return 0;
	for (m = 0; k + m < i; m++)
		lw[m] = (char)splower((unsigned char)p[k + m]);
	for (k = i + 1; k < e; k++)
		lw[m++] = p[k];
	lw[m] = '\0';
	return bsearch(lw, known, NELEM(known), sizeof(known[0]), cmpknown) != NULL;
}

/* Close up a word a font's ligature left in pieces, its f set apart
   ("reaf f irmed", "of f icial", pdftotext of some PDFs), in
   b[from..): a lone f after a piece ending in f and before a piece of
   three lower-case letters or more is no English word ("if f is" and
   "staff" / "f is" stay); or a space after ff that ffword says is
   inside a word ("reaff irmed"). */
void
gluelig(Buf *b, size_t from)
{
	char *p = b->p;
	size_t i, n = b->n;

	/* " f " and "ff " are rare: look for them sixteen bytes at a time
	   where SSE2 is there */
	for (i = from > 2 ? from : 2; i + 4 < n; i++) {
#ifdef __SSE2__
		{
			const __m128i f = _mm_set1_epi8('f'), sp = _mm_set1_epi8(' ');
			__m128i a, c, v;
			unsigned m;

			while (i + 17 <= n) {
				a = _mm_cmpeq_epi8(_mm_loadu_si128(
				    (const __m128i *)(const void *)(p + i - 1)), f);
				c = _mm_cmpeq_epi8(_mm_loadu_si128(
				    (const __m128i *)(const void *)(p + i)), sp);
				v = _mm_or_si128(_mm_and_si128(_mm_cmpeq_epi8(
				    _mm_loadu_si128((const __m128i *)(const void *)(p + i)), f),
				    _mm_and_si128(_mm_cmpeq_epi8(_mm_loadu_si128(
				    (const __m128i *)(const void *)(p + i - 1)), sp),
				    _mm_cmpeq_epi8(_mm_loadu_si128(
				    (const __m128i *)(const void *)(p + i + 1)), sp))),
				    _mm_and_si128(_mm_and_si128(a, c), _mm_cmpeq_epi8(
				    _mm_loadu_si128((const __m128i *)(const void *)(p + i - 2)), f)));
				m = (unsigned)_mm_movemask_epi8(v);
				if (m != 0) {
					i += (size_t)__builtin_ctz(m);
					break;
				}
				i += 16;
			}
			if (i + 4 >= n)
				break;
		}
#endif
		if (p[i] == ' ' && p[i - 1] == 'f' && p[i - 2] == 'f') {
			if (ISLOWER(p[i + 1]) && ffword(p, i, n)) {
				memmove(p + i, p + i + 1, n - i - 1);
				n--;	/* reaff irmed */
			}
			continue;
		}
		if (p[i] != 'f' || i < 3 || p[i - 1] != ' ' || p[i + 1] != ' ' ||
		    p[i - 2] != 'f' || !ISALPHA(p[i - 3]) || !ISLOWER(p[i + 2]) ||
		    !ISLOWER(p[i + 3]) || !ISLOWER(p[i + 4]) || ligword(p + i + 2,
		    n - i - 2))
			continue;
		p[i - 1] = 'f';
		memmove(p + i, p + i + 2, n - i - 2);
		n -= 2;
	}
	b->n = n;
}

/*
 * A drop cap set apart by pdftotext: the large first letter of a
 * paragraph on a line of its own, the rest of its word opening the next
 * line ("P" / "repared for Members ...", "S" / "ecurity alliances can
 * take ...").  last is the block's last line, t the next, before the
 * block's text above it.  Not A, I or O, words of their own, nor before
 * a small word or a verb's ("B" / "is the next", "E" / "which", "D" /
 * "lists"), nor after a word a letter labels ("Plan" / "B", "Annex" /
 * "C").
 */
int
dropcap(Str before, Str last, Str t)
{
	static const char *small[] = {
		"and", "are", "but", "can", "for", "had", "has", "its", "may",
		"nor", "not", "now", "off", "one", "our", "out", "the", "too",
		"two", "was", "who", "why", "yet",
		"also", "could", "did", "does", "from", "gives", "holds",
		"into", "lists", "might", "must", "said", "says", "sets",
		"shall", "should", "shows", "than", "that", "then", "they",
		"were", "what", "when", "where", "which", "while", "whose",
		"will", "with", "would",
	};
	static const char *label[] = {
		"annex", "appendix", "area", "article", "box", "category",
		"chapter", "class", "exhibit", "figure", "grade", "group",
		"item", "level", "model", "note", "option", "part", "phase",
		"plan", "point", "schedule", "section", "table", "team", "tier",
		"type", "zone",
	};
	size_t j, i;

	if (last.n != 1 || !ISUPPER(last.p[0]) || last.p[0] == 'A' ||
	    last.p[0] == 'I' || last.p[0] == 'O')
		return 0;
	before = strtrim(before);
	for (j = before.n; j > 0 && ISALPHA(before.p[j - 1]); j--)
		;
	for (i = 0; i < NELEM(label); i++)
		if (eqci((Str){ before.p + j, before.n - j }, label[i]))
			return 0;	/* Plan B */
	for (j = 0; j < t.n && ISLOWER(t.p[j]); j++)
		;
	if (j < 3 || (j < t.n && ISALPHA(t.p[j])))
		return 0;	/* ("P" / "repared", not "P" / "reParED") */
	for (i = 0; i < NELEM(small); i++)
		if (eqci((Str){ t.p, j }, small[i]))
			return 0;
	return 1;
}

/* Is a+b spelled whole, in the list of known words, in hist or in
   around ("Al- liance": alliance)? */
static int
spelled(Str hist, Str around, Str a, Str b)
{
	char w[64];
	size_t m;

	if (a.n + b.n >= sizeof(w))
		return 0;
	memcpy(w, a.p, a.n);
	memcpy(w + a.n, b.p, b.n);
	if (hasspelling(hist.p, hist.n, (Str){ w, a.n + b.n }) ||
	    hasspelling(around.p, around.n, (Str){ w, a.n + b.n }))
		return 1;
	for (m = 0; m < a.n + b.n; m++)
		w[m] = (char)splower((unsigned char)w[m]);
	w[m] = '\0';
	return bsearch(w, known, NELEM(known), sizeof(known[0]), cmpknown) != NULL;
}

/*
 * A word a hyphen cut at a line's end, its line joined to the next by a
 * viewer or a copy before us: "Re- cent", "ar- guments", "first- ever"
 * inside one long line.  In b[from..), each letter, hyphen, space, then
 * a lower-case word: closed up ("Recent") where unhyphen has evidence,
 * the space dropped ("first-ever") where keephyphen keeps the hyphen;
 * a suspended hyphen ("short- and medium-range", "two- or three-day")
 * and a hyphen for a dash without evidence ("the treaty- is") stay, as
 * does one after a short word in capitals unless the word joined is
 * spelled whole somewhere ("the DMZ- which", "in May- ended").
 * hist: spellings seen.  Evidence is looked for 2 KB either side.
 */
void
gluehyph(Buf *b, size_t from, Str hist)
{
	static const char *susp[] = {
		"and", "or", "nor", "to", "than", "but", "versus", "vs", "as",
		"not", "through", "if",
	};
	char *p = b->p, *h;
	size_t i = from, n = b->n, j, k, x, lo, hi;

	while (i + 3 < n && (h = memchr(p + i, '-', n - i - 3)) != NULL) {
		i = (size_t)(h - p) + 1;
		if (i < 3 || !ISALPHA(p[i - 2]) || p[i] != ' ' || !ISLOWER(p[i + 1]))
			continue;
		for (j = i + 1; j < n && ISALPHA(p[j]); j++)
			;
		if (j < n && p[j] == '-')
			continue;	/* (a compound after it: "pre- post-war") */
		for (x = 0; x < NELEM(susp); x++)
			if (streqlit((Str){ p + i + 1, j - i - 1 }, susp[x]))
				break;
		if (x < NELEM(susp))
			continue;
		for (k = i - 1; k > 0 && ISALPHA(p[k - 1]); k--)
			;
		lo = i - 1 > 2048 ? i - 1 - 2048 : 0;
		hi = n - (i + 1) > 2048 ? i + 1 + 2048 : n;
		if (keephyphen((Str){ p + lo, i - 1 - lo }, (Str){ p + i + 1, hi - i - 1 }))
			x = 1;		/* first- ever: first-ever */
		else if (ISUPPER(p[k]) && i - 1 - k <= 3 && !spelled(hist,
		    (Str){ p + lo, hi - lo }, (Str){ p + k, i - 1 - k },
		    (Str){ p + i + 1, j - i - 1 }))
			continue;	/* the DMZ- which, in May- ended */
		else if (unhyphen(hist, (Str){ p + lo, i - 1 - lo },
		    (Str){ p + i + 1, hi - i - 1 }))
			x = 2;		/* Re- cent: Recent */
		else
			continue;
		memmove(p + i + 1 - x, p + i + 1, n - i - 1);
		n -= x;
		i -= x;
	}
	b->n = n;
}
