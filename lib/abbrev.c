/* abbrev.c: the words sentlen weighs around a period: abbreviations and
   their types, the words that open sentences, finite verbs and adverbs. */
#include <string.h>

#include "scm.h"

/* Abbreviations, without their period, and what a period after each
   says (A_TITLE ... A_MONTH, see scm.h). */
static const struct {
	const char *w;
	int type;
} abbrevs[] = {
	{ "Adm", A_TITLE }, { "Amb", A_TITLE }, { "Brig", A_TITLE },
	{ "Capt", A_TITLE }, { "Cdr", A_TITLE }, { "Cmdr", A_TITLE },
	{ "Col", A_TITLE }, { "Cpl", A_TITLE }, { "Dr", A_TITLE },
	{ "Ft", A_TITLE }, { "Ret", A_AMBIG }, { "ret", A_AMBIG },
	{ "Gen", A_TITLE }, { "Gov", A_TITLE }, { "Hon", A_TITLE },
	{ "Lt", A_TITLE }, { "Maj", A_TITLE }, { "Messrs", A_TITLE },
	{ "Mr", A_TITLE }, { "Mrs", A_TITLE }, { "Ms", A_TITLE },
	{ "Mt", A_TITLE }, { "Pres", A_TITLE }, { "Prof", A_TITLE },
	{ "Pfc", A_TITLE }, { "Pvt", A_TITLE }, { "Rep", A_TITLE },
	{ "Reps", A_TITLE }, { "Sens", A_TITLE },	/* Reps. Tom Roe and ... */
	{ "Rev", A_TITLE }, { "Sec", A_TITLE }, { "Sen", A_TITLE },
	{ "Sgt", A_TITLE }, { "Spc", A_TITLE }, { "St", A_TITLE },
	{ "Supt", A_TITLE }, { "Vice", A_TITLE },
	{ "Art", A_NUM }, { "art", A_NUM }, { "Ch", A_NUM }, { "ch", A_NUM },
	{ "Fig", A_NUM }, { "fig", A_NUM }, { "No", A_NUM }, { "no", A_NUM },
	{ "Nos", A_NUM }, { "Nr", A_NUM }, { "Op", A_NUM }, { "p", A_NUM },
	{ "pp", A_NUM }, { "Para", A_NUM }, { "para", A_NUM }, { "paras", A_NUM },
	{ "Paras", A_NUM }, { "Arts", A_NUM }, { "arts", A_NUM }, { "Figs", A_NUM },
	{ "figs", A_NUM },
	{ "Pt", A_NUM }, { "Res", A_NUM }, { "Vol", A_NUM }, { "vol", A_NUM },
	{ "Jan", A_MONTH }, { "Feb", A_MONTH }, { "Mar", A_MONTH }, { "Apr", A_MONTH },
	{ "Jun", A_MONTH }, { "Jul", A_MONTH }, { "Aug", A_MONTH }, { "Sep", A_MONTH },
	{ "Sept", A_MONTH }, { "Oct", A_MONTH }, { "Nov", A_MONTH }, { "Dec", A_MONTH },
	{ "est", A_NUM },
	{ "approx", A_NEVER }, { "Approx", A_NEVER }, { "ca", A_NEVER },
	{ "Ca", A_NEVER }, { "incl", A_NEVER },
	{ "esp", A_NEVER }, { "resp", A_NEVER }, { "Cf", A_NEVER },
	{ "cf", A_NEVER }, { "e.g", A_NEVER }, { "i.e", A_NEVER },
	{ "viz", A_NEVER }, { "vs", A_NEVER }, { "v", A_NEVER },
	{ "Co", A_AMBIG }, { "Corp", A_AMBIG }, { "Inc", A_AMBIG },
	{ "Jr", A_AMBIG }, { "Ltd", A_AMBIG }, { "Sr", A_AMBIG },
	{ "al", A_AMBIG }, { "etc", A_AMBIG }, { "Bros", A_AMBIG },
	{ "Dept", A_AMBIG }, { "Gov't", A_AMBIG }, { "Univ", A_AMBIG },
};

/* Words that open sentences; after an ambiguous abbreviation
   (U.S., etc., an initial) they say that a new sentence starts. */
static const char *openers[] = {
	"A", "After", "Also", "An", "And", "As", "At", "Both", "But", "By",
	"Did", "During", "Each", "For", "From", "He", "Her", "His", "How",
	"However", "I", "If", "In", "It", "Its", "Meanwhile", "Moreover",
	"Nor", "On", "Our", "She", "Since", "So", "Such", "That", "The",
	"Their", "There", "These", "They", "This", "Those", "Thus", "To",
	"Under", "We", "What", "When", "Where", "Which", "While", "Who",
	"Why", "With", "Yet", "You", "Some", "Many", "Most", "Other",
	"Others", "All", "Several", "Few", "Now", "Then", "Today", "Still",
	"Although", "Because", "Despite", "Following", "Given", "Instead",
	"Indeed", "Later", "Finally", "First", "Second", "Third", "Lastly",
	"Furthermore", "Therefore", "Nevertheless", "Nonetheless", "Overall",
	"Not", "One", "Two", "Three", "Each", "Every", "Neither", "Either",
	"Here", "Once", "Until", "Unlike", "Like", "Against", "Between",
	"Through", "Without", "Within", "Over", "Before", "Upon",
	"Afterward", "Afterwards", "Earlier", "Separately", "Additionally",
	"Notably", "Similarly", "Likewise", "Accordingly", "Consequently",
	"Hence", "Specifically", "Ultimately", "Currently", "Recently",
	"Previously", "Yesterday", "According", "Amid", "Regarding",
};

static size_t abbrevlen[NELEM(abbrevs)];
static unsigned char ahead[256], anext[NELEM(abbrevs)];	/* chains by first byte, 1-based */

/* Chain the abbreviations by first byte, in table order. */
static void
initabbrev(void)
{
	size_t i;

	for (i = NELEM(abbrevs); i-- > 0;) {
		abbrevlen[i] = strlen(abbrevs[i].w);
		anext[i] = ahead[(unsigned char)abbrevs[i].w[0]];
		ahead[(unsigned char)abbrevs[i].w[0]] = (unsigned char)(i + 1);
	}
}

int
abbrevtype(Str w, const SplitOpt *o)
{
	size_t i;

	if (abbrevlen[0] == 0)
		initabbrev();
	for (i = ahead[(unsigned char)w.p[0]]; i > 0; i = anext[i - 1])
		if (abbrevlen[i - 1] == w.n &&
		    memcmp(abbrevs[i - 1].w, w.p, w.n) == 0)
			return abbrevs[i - 1].type;
	for (i = 0; o != NULL && i < o->nabbrev; i++)
		if (streq(w, o->abbrev[i]))
			return A_AMBIG;
	return 0;
}

int
isopener(Str w)
{
	static WordSet l = { openers, NELEM(openers), 0, { 0 }, 0 };

	return inwordset(w, &l);
}

/* Lower-case words that are finite verbs whatever their ending; words
   ending in -ed are taken for past tenses too (see isverb). */
static const char *verbs[] = {
	"is", "are", "was", "were", "has", "have", "had", "will", "would",
	"can", "could", "shall", "should", "must", "may", "might", "did",
	"does", "do", "said", "says", "met", "left", "made", "took", "held",
	"gave", "cut", "set", "put", "went", "came", "saw", "spoke", "told",
	"became", "began", "won", "lost", "kept", "led", "sent", "sought",
	"thought", "found", "brought", "stood", "paid", "meant", "remains",
	"plans", "seeks", "wants", "expects", "intends", "hopes", "believes",
	"urges", "warns", "notes", "welcomes", "agrees", "continues", "calls",
	"got", "ran", "rose", "fell", "grew", "knew", "wrote", "chose",
	"flew", "drove", "spent", "felt", "built", "sold", "bought", "heard",
};
/* Words ending in -ed that are no past tense. */
static const char *notverbs[] = {
	"need", "speed", "seed", "feed", "deed", "greed", "bed", "red", "shed",
	"hundred", "sacred", "kindred", "bred", "naked", "wicked", "ragged",
};
/* Adverbs that sit between a subject and its verb (and -ly words). */
static const char *advs[] = {
	"then", "later", "also", "again", "now", "still", "already", "soon",
	"today", "once", "thereafter", "first", "further", "not", "never",
};

static WordSet verbl = { verbs, NELEM(verbs), 0, { 0 }, 0 };
static WordSet notverbl = { notverbs, NELEM(notverbs), 0, { 0 }, 0 };
static WordSet advl = { advs, NELEM(advs), 0, { 0 }, 0 };

int
isverb(Str w)
{
	if (w.n == 0 || !(w.p[0] >= 'a' && w.p[0] <= 'z'))
		return 0;
	if (inwordset(w, &verbl))
		return 1;
	return w.n >= 4 && w.p[w.n - 2] == 'e' && w.p[w.n - 1] == 'd' &&
	    !inwordset(w, &notverbl);
}

int
isadverb(Str w)
{
	return (w.n >= 4 && w.p[w.n - 2] == 'l' && w.p[w.n - 1] == 'y') ||
	    inwordset(w, &advl);
}

/* Korean family names as they are romanized. */
static const char *surnames[] = {
	"kim", "lee", "park", "choi", "jung", "jeong", "kang", "cho", "yoon",
	"yun", "jang", "lim", "han", "oh", "seo", "shin", "kwon", "hwang",
	"ahn", "song", "jeon", "hong", "yoo", "ko", "moon", "yang", "son",
	"bae", "baek", "heo", "nam", "noh", "ha", "kwak", "sung", "cha", "joo",
	"woo", "koo", "min", "ryu", "jin", "um", "byun", "chae", "won",
	"chun", "bang", "hyun", "suh", "yi", "rhee", "chung", "paik", "shim",
	"roh", "goh", "chang", "choo",
};

/* Is w a Korean family name, capitalised ("Ahn", "AHN")? */
int
krsurname(Str w)
{
	char lo[8];
	size_t i;

	if (w.n < 2 || w.n > 5 || !(w.p[0] >= 'A' && w.p[0] <= 'Z'))
		return 0;
	for (i = 0; i < w.n; i++)
		lo[i] = (char)(w.p[i] >= 'A' && w.p[i] <= 'Z' ? w.p[i] + 32 : w.p[i]);
	for (i = 0; i < NELEM(surnames); i++)
		if (strlen(surnames[i]) == w.n && memcmp(lo, surnames[i], w.n) == 0)
			return 1;
	return 0;
}

/* Is w a Korean given name as romanized, two syllables joined by a
   hyphen, the second in lower case ("Ji-won", "Gyu-back")? */
int
krgiven(Str w)
{
	const char *h = memchr(w.p, '-', w.n);
	size_t i;

	if (h == NULL || h == w.p || !(w.p[0] >= 'A' && w.p[0] <= 'Z') ||
	    h + 2 > w.p + w.n)
		return 0;
	for (i = 1; i < w.n; i++)
		if (w.p + i != h && !(w.p[i] >= 'a' && w.p[i] <= 'z'))
			return 0;
	return (size_t)(h - w.p) <= 5 && w.n - (size_t)(h - w.p) - 1 <= 5;
}

/* Does a place's name and a comma come before the word at s[k], as a
   city's before its state: "Washington, D.C." (not "the two countries,
   U.S. Secretary ...", a reporting clause after a comma)? */
int
placecomma(Str s, size_t k)
{
	size_t b;

	if (k < 4 || s.p[k - 2] != ',' || s.p[k - 1] != ' ')
		return 0;
	for (b = k - 2; b > 0 && s.p[b - 1] != ' '; b--)
		;
	return s.p[b] >= 'A' && s.p[b] <= 'Z';
}
