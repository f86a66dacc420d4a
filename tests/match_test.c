/* match_test: the lexicon matcher (lib/match.c, lib/lexicon.c), TAP. */
#include <stdio.h>
#include <string.h>

#include "scm.h"

static int ntest, nfail;

static void
ok(int cond, const char *what)
{
	ntest++;
	if (!cond)
		nfail++;
	printf("%sok %d - %s\n", cond ? "" : "not ", ntest, what);
}

/* The matches of text as "tag@off+len ..." */
static const char *
run(Lex *x, const char *text, int all)
{
	static char out[1024];
	Match *m;
	size_t n, i, k = 0;
	Str t;

	n = lexmatch(x, (Str){ (char *)text, strlen(text) }, all, &m);
	out[0] = '\0';
	for (i = 0; i < n; i++) {
		t = lextag(x, m[i].tag);
		k += (size_t)snprintf(out + k, sizeof(out) - k, "%s%.*s@%zu+%zu",
		    i ? " " : "", (int)t.n, t.p, m[i].off, m[i].len);
	}
	return out;
}

static void
add(Lex *x, const char *tag, const char *pat)
{
	const char *err;

	if (lexadd(x, (Str){ (char *)tag, strlen(tag) },
	    (Str){ (char *)pat, strlen(pat) }, &err) < 0)
		printf("# lexadd %s %s: %s\n", tag, pat, err);
}

static int
adderr(const char *tag, const char *pat, const char *want)
{
	Lex *x = lexnew();
	const char *err = NULL;
	int r;

	r = lexadd(x, (Str){ (char *)tag, strlen(tag) },
	    (Str){ (char *)pat, strlen(pat) }, &err);
	lexfree(x);
	return r < 0 && err != NULL && strcmp(err, want) == 0;
}

/* Pieces of generated texts: ASCII words (some beginning entries of
   the built-in lexicon), Hangul, accented Latin, odd spaces, dashes,
   quotes and stray bytes. */
static const char *const piece[] = {
	"a", "Z", "7", "north", "KOREA", "deterrence", "interoperability",
	"NONPROLIFERATIONTREATY2024", " ", "  ", "\t", "\n", "-", ".", ",",
	"'", "(", "\0", "\x01", "\x7f", "\xed\x95\x9c", "\xeb\xaf\xb8",
	"\xc3\xa9", "\xc3\x89", "\xc2\xa0", "\xe2\x80\x94",
	"\xe2\x80\x99", "\xe2\x80\x9c", "\x80", "\xff", "\xed",
	"SCM", "\xec\x9d\x80", "12th", "U.S.", "x",
	"Nuclear", "missiles", "ab", "ALLIANCE", "deter", "cyb",
};
static const size_t plen[] = {
	1, 1, 1, 5, 5, 10, 16, 26, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	3, 3, 2, 2, 2, 3, 3, 3, 1, 1, 1, 3, 3, 4, 4, 1,
	7, 8, 2, 8, 5, 3,
};

/* A generated text of up to 300 bytes at text (room for 400); its
   length. */
static size_t
gen(unsigned *seed, char *text)
{
	size_t n, k, i;

	*seed = *seed * 1103515245u + 12345u;
	for (n = 0, k = (*seed >> 8) % 300; n < k; n += plen[i]) {
		*seed = *seed * 1103515245u + 12345u;
		i = (*seed >> 16) % (sizeof(plen) / sizeof(plen[0]));
		memcpy(text + n, piece[i], plen[i]);
	}
	return n;
}

/* tokscan finds the tokens (and hashes) of the reference tokenizer, and
   the candidates among them that the root's bloom filter passes, on
   generated texts of every length up to 300 bytes. */
static int
samescan(unsigned seed, int ntext)
{
	Lex *a = lexnew(), *b = lexnew();
	char text[400];
	size_t n, i, c;
	int t, bad = 0;

	add(b, "a:n", "north korea");
	add(b, "a:d", "Deterrence");
	add(b, "a:h", "\xed\x95\x9c");
	add(b, "a:p", ", U.S.");
	if (sizeof(piece) / sizeof(piece[0]) != sizeof(plen) / sizeof(plen[0]))
		return 0;
	for (t = 0; t < ntext && !bad; t++) {
		n = gen(&seed, text);
		tokenize(a, text, n);
		tokscan(b, text, n, t % 2);
		bad = a->ntok != b->ntok;
		for (i = 0; i < a->ntok && !bad; i++)
			bad = a->tok[i].off != b->tok[i].off ||
			    a->tok[i].len != b->tok[i].len ||
			    a->tok[i].h != b->tok[i].h ||
			    a->tok[i].type != b->tok[i].type ||
			    a->tok[i].q != b->tok[i].q;
		/* the candidates: the tokens in the root's bloom filter */
		for (i = c = 0; i < a->ntok && !bad && t % 2; i++)
			if (inbloom(b, b->tok[i].h))
				bad = c >= b->ncand || b->cand[c++] != i;
		bad |= t % 2 && c != b->ncand;
	}
	lexfree(a);
	lexfree(b);
	return !bad;
}

/* pflist lists, of tokscan's tokens, those that are not ASCII and those
   pftok lets through, with the built-in lexicon (one-word prefixes make
   its prefilter needed), on generated texts. */
static int
samepflist(unsigned seed, int ntext)
{
	Lex *x = lexnew();
	char text[400];
	uint32_t cand[400];
	size_t n, i, c, nc;
	int t, bad = 0, pass = 0;

	if (lexload(x, "builtin", S("scm"), (Str){ (char *)scmlex, scmlexlen }) != 0 ||
	    !pfneeded(x->pf))
		bad = 1;
	for (t = 0; t < ntext && !bad; t++) {
		n = gen(&seed, text);
		tokscan(x, text, n, 0);
		nc = pflist(x->pf, text, x->tok, x->ntok, cand);
		for (i = c = 0; i < x->ntok && !bad; i++)
			if (!x->tok[i].ascii ||
			    pftok(x->pf, (Str){ text, n }, x->tok[i].off)) {
				bad = c >= nc || cand[c++] != i;
				pass += x->tok[i].ascii;
			}
		bad |= c != nc;
	}
	lexfree(x);
	return !bad && pass > ntext;	/* and some ASCII tokens passed */
}

int
main(void)
{
	Lex *x = lexnew();
	const char *r;

	add(x, "a:nk", "North Korea");
	add(x, "a:n", "North");
	add(x, "a:us", "=US");
	add(x, "t:m", "missile*");
	add(x, "t:q", "People's Republic");
	add(x, "b:k", "Korea");

	r = run(x, "North Korea", 0);
	ok(strcmp(r, "a:nk@0+11 b:k@6+5") == 0, "longest within a namespace");
	r = run(x, "North Korea", 1);
	ok(strstr(r, "a:n@0+5") != NULL && strstr(r, "a:nk@0+11") != NULL, "all overlaps");
	ok(strcmp(run(x, "North  \t Korea", 0), "a:nk@0+14 b:k@9+5") == 0, "white space runs");
	ok(strcmp(run(x, "North\xe2\x80\x94Korea", 0), "a:nk@0+13 b:k@8+5") == 0, "em dash");
	ok(strcmp(run(x, "us and Us", 0), "") == 0, "case-sensitive US not us");
	ok(strcmp(run(x, "the US.", 0), "a:us@4+2") == 0, "case-sensitive US");
	ok(strcmp(run(x, "MISSILES", 0), "t:m@0+8") == 0, "star and case");
	ok(strcmp(run(x, "missil", 0), "") == 0, "star needs the whole prefix");
	ok(strcmp(run(x, "People\xe2\x80\x99s Republic", 0), "t:q@0+19") == 0, "curly apostrophe");
	ok(strcmp(run(x, "Koreas", 0), "") == 0, "whole words");
	ok(strcmp(run(x, "", 0), "") == 0, "empty text");
	ok(lexntag(x) == 6 && lexnpattern(x) == 6, "counts");
	lexfree(x);

	ok(adderr("a:b", "", "empty pattern"), "empty pattern");
	ok(adderr("a:b", " , ", "empty pattern") == 0, "punctuation is a pattern");
	ok(adderr("ab", "x", "bad tag (want namespace:name)"), "bad tag");
	ok(adderr(":b", "x", "bad tag (want namespace:name)"), "empty namespace");
	ok(taghidden(S("actor:-")) && taghidden(S("surname:rok:Shin")) &&
	    !taghidden(S("actor:rok")) && !taghidden(S("stance:-x")) &&
	    !taghidden(S("surnames:x")) && !taghidden(S("surname:")),
	    "taghidden: a name - and a surname entry, nothing else");
	ok(adderr("a:b", "x*y", "'*' only at the end of a pattern"), "star inside");
	ok(adderr("a:b", "x.*", "'*' must follow a letter or digit"), "star after dot");

	/* case folded eight bytes at a time: words of 2, 7, 16 and 17 bytes */
	x = lexnew();
	add(x, "a:i", "Interoperability");
	add(x, "a:j", "interoperabilityX");
	add(x, "a:n", "NPT2024");
	add(x, "a:b", "ab");
	ok(strcmp(run(x, "INTEROPERABILITY interoperabilitY", 0),
	    "a:i@0+16 a:i@17+16") == 0, "case folded, 16 bytes");
	ok(strcmp(run(x, "Interoperabilitx interoperabilityx", 0),
	    "a:j@17+17") == 0, "one letter differs");
	ok(strcmp(run(x, "npt2024 NPT2024 npt2O24 AB aB", 0),
	    "a:n@0+7 a:n@8+7 a:b@24+2 a:b@27+2") == 0, "digits and short words");
	lexfree(x);

	ok(samescan(1, 20000), "tokscan: the reference tokenizer's tokens");
	ok(samepflist(7, 20000), "pflist: the tokens pftok passes, and those not ASCII");

	x = lexnew();
	ok(lexload(x, "builtin", S("scm"), (Str){ (char *)scmlex, scmlexlen }) == 0,
	    "the built-in lexicon loads");
	ok(lexntag(x) == 60, "it has the 41 tags, 3 hiding ones and 16 surnames");
	lexfree(x);
	printf("1..%d\n", ntest);
	return nfail != 0;
}
