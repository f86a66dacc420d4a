/* prefilter_test: the matcher's prefilter (lib/prefilter.c), TAP: it
   passes over texts no entry can begin in, and is conservative wherever
   a text or an entry is not ASCII. */
#include <stdio.h>
#include <string.h>

#include "scm.h"

/* A filter of the given entries' first tokens, kinds by a leading
   character: `*' a prefix, `.' punctuation, else a word. */
static Prefilter *
mk(const char **first)
{
	Prefilter *pf = pfnew();
	const char *s;
	int kind;

	pfenable(pf, 1);
	for (; *first != NULL; first++) {
		s = *first;
		kind = *s == '*' ? PF_PREFIX : *s == '.' ? PF_PUNCT : PF_WORD;
		if (kind != PF_WORD)
			s++;
		pfadd(pf, (Str){ (char *)s, strlen(s) }, kind);
	}
	return pf;
}

static int ntest, nfail;

/* Does pfany on text give want?  Print a TAP line. */
static void
any(const Prefilter *pf, const char *text, int want, const char *what)
{
	int got = pfany(pf, (Str){ (char *)text, strlen(text) }) != 0;

	ntest++;
	nfail += got != want;
	printf("%sok %d - %s\n", got == want ? "" : "not ", ntest, what);
}

int
main(void)
{
	static const char *none[] = { NULL };
	static const char *ascii[] = { "deterrence", "a", "*missil", "*k", ".(", NULL };
	static const char *words[] = { "deterrence", "*missil", NULL };
	static const char *quote[] = { ".'", NULL };
	static const char *hangul[] = { "확장억제", NULL };
	static const char *latin[] = { "élysée", NULL };
	static const char *nonpunct[] = { "\xc2\xa7", NULL };	/* § */
	Prefilter *pf;

	pf = mk(none);
	any(pf, "Deterrence of the alliance", 0, "no entries: no candidate");
	pffree(pf);

	pf = mk(ascii);
	any(pf, "the DETERRENCE posture", 1, "first two bytes folded");
	any(pf, "the Detente", 1, "a pair that matches only the first two bytes is a candidate");
	any(pf, "the posture of the alliance", 0, "no entry begins in the text");
	any(pf, "an alliance", 0, "a one-letter entry is no candidate in a longer word");
	any(pf, "of a, b", 1, "a one-letter entry before punctuation");
	any(pf, "of a", 1, "a one-letter entry at the end");
	any(pf, "Missiles", 1, "a prefix entry");
	any(pf, "Kx", 1, "a one-letter prefix entry before any ending");
	any(pf, "ndeterrence", 0, "inside a word: not a candidate");
	any(pf, "x-deterrence", 1, "after a hyphen: a word begins");
	any(pf, "x\xe2\x80\x94" "deterrence", 1, "after an em dash: a word begins");
	any(pf, "x\xc3\xa9" "deterrence", 1, "after a non-ASCII letter: taken as a word start");
	any(pf, "f(x)", 1, "ASCII punctuation entry");
	any(pf, "\xc3\x89lys\xc3\xa9" "e", 1, "a word beginning non-ASCII is always a candidate");
	any(pf, "a\xc2\xa0" "b", 1, "second byte not ASCII: judged by the first");
	any(pf, "x \xe2\x80\x9cquoted", 1, "a punctuation entry: typographic quotes are candidates");
	/* sixteen bytes at a time: words across blocks, starts at their edges */
	any(pf, "the posture of our alliance, to be made stronger in years to come", 0,
	    "a long text without a candidate");
	any(pf, "the posture of our alliance, to be made stronger in years to deterrence", 1,
	    "a long text, a candidate at its end");
	any(pf, "xxxxxxxxxxxxxxx deterrence and more words after it", 1, "a candidate at byte 16");
	any(pf, "xxxxxxxxxxxxxx deterrence and more words after it", 1, "a candidate at byte 15");
	any(pf, "xxxxxxxxxxxxxxxxdeterrence and more words after it", 0, "inside a word across blocks");
	any(pf, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxdeterrence", 0,
	    "inside a word of many blocks");
	any(pf, "xxxxxxxxxxxxxxxxxxxxxx\xc3\xa9 posture of the text deterrence", 1,
	    "a candidate after a block with a non-ASCII letter");
	any(pf, "xxxxxxxxxxxxxxxxxxxxxx\xc3\xa9 posture of the text of it", 1,
	    "a non-ASCII letter in a word with a punctuation entry");
	any(pf, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxx x-y z f(x) and more", 1,
	    "ASCII punctuation entry past the first block");
	any(pf, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxx x-y z f.x, and more;", 0,
	    "other punctuation past the first block");
	any(pf, pftok(pf, (Str){ "the a", 5 }, 4) ? "a" : "", 1, "pftok at a candidate");
	any(pf, pftok(pf, (Str){ "the a", 5 }, 0) ? "a" : "", 0, "pftok elsewhere");
	pfenable(pf, 0);
	any(pf, "the posture", 1, "disabled: all candidates");
	any(pf, pftok(pf, (Str){ "the a", 5 }, 0) ? "" : "b", 1, "disabled: pftok too");
	pffree(pf);

	pf = mk(words);
	any(pf, "x \xe2\x80\x9cquoted\xe2\x80\x9d", 0, "typographic quotes: no punctuation entry");
	any(pf, "Communiqu\xc3\xa9 issued", 0, "a non-ASCII letter inside a word");
	any(pf, "x\xe2\x80\x94y \xe2\x80\xa6", 0, "a dash and an ellipsis");
	any(pf, "xxxxxxxxxxxxxxxxxxxxxx\xc3\xa9 posture of the text of it", 0,
	    "a block with a non-ASCII letter, no candidate");
	any(pf, "xxxxxxxxxxxxxxxxxxxxxx\xc3\xa9 posture of the text of Missiles", 1,
	    "a candidate after it");
	any(pf, "x\xe2\x80\x94" "Deterrence", 1, "after an em dash: a word begins");
	pffree(pf);

	pf = mk(quote);
	any(pf, "x \xe2\x80\x98quoted", 1, "a typographic quote for an ASCII quote entry");
	any(pf, "Korea\xe2\x80\x99s", 1, "a typographic quote inside a word");
	any(pf, "x y", 0, "quote entry, no quote");
	pffree(pf);

	pf = mk(hangul);
	any(pf, "extended deterrence", 0, "a Hangul entry: ASCII text is passed over");
	any(pf, "\xed\x95\x9c\xea\xb5\xad", 1, "a Hangul entry: Hangul text is a candidate");
	pffree(pf);

	pf = mk(latin);
	any(pf, "Elysee", 1, "an entry beginning with a cased non-ASCII letter turns the filter off");
	pffree(pf);

	pf = mk(nonpunct);
	any(pf, "x\xe2\x80\x94y", 1, "non-ASCII punctuation entry: every non-ASCII separator too");
	any(pf, "x \xc2\xa7 3", 1, "non-ASCII punctuation entry");
	any(pf, "ab\xc2\xa7", 1, "non-ASCII punctuation inside a word");
	pffree(pf);

	printf("1..%d\n", ntest);
	return nfail != 0;
}
