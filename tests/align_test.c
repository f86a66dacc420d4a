/* align_test: labels, words, LCS and alignment of lib/align.c (TAP). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

static int n, bad;

static void
ok(int c, const char *what)
{
	printf("%sok %d - %s\n", c ? "" : "not ", ++n, what);
	bad |= !c;
}

static size_t
lab(const char *s)
{
	return labellen((Str){ (char *)s, strlen(s) });
}

static void
add(Arena *a, Vocab *x, ADoc *d, const char *s)
{
	adocadd(a, x, d, (Str){ (char *)s, strlen(s) }, S("-"), S("-"));
}

int
main(void)
{
	static const uint32_t A[] = { 1, 2, 3, 4, 5 }, B[] = { 1, 3, 4, 6, 5 };
	char sc[16];
	size_t nsc, nop, wa = 0, wd = 0;
	Arena *a = arenanew();
	Vocab *x = vocabnew(a);
	ADoc o = { 0 }, w = { 0 };
	AOp *op;
	Buf b = { 0 };
	ATok t[8];

	ok(lab("7. The text") == 3, "label 7.");
	ok(lab("(3) The text") == 4, "label (3)");
	ok(lab("(iv) The text") == 5, "label (iv)");
	ok(lab("a) The text") == 3, "label a)");
	ok(lab("1.2. The text") == 5, "label 1.2.");
	ok(lab("Firstly, the text") == 9, "label Firstly,");
	ok(lab("FINALLY, the text") == 9, "label FINALLY,");
	ok(lab("(1)the text") == 3, "label (1) glued to the text");
	ok(lab("7.") == 0, "a label alone is the text");
	ok(lab("The text") == 0, "no label");
	ok(lab("1950 was a year") == 0, "a year is no label");
	ok(lab("Forty, the text") == 0, "any word and a comma is no label");
	ok(lab("U.S. forces") == 0, "U.S. is no label");
	ok(lcs(A, 5, B, 5, sc, &nsc) == 4 && nsc == 6 &&
	    memcmp(sc, "KDKKIK", 6) == 0, "lcs and its script");
	ok(lcs(A, 5, B, 5, NULL, NULL) == 4, "lcs length only");
	ok(lcs(A, 0, B, 5, sc, &nsc) == 0 && nsc == 5, "lcs with an empty side");
	ok(atokenize(x, S("3. “North–Korea’s” — test"), t, 8, 1) == 2 &&
	    atokenize(x, S("north-korea's TEST!"), t + 2, 6, 1) == 2 &&
	    t[0].id == t[2].id && t[1].id == t[3].id, "typographic variants fold");
	ok(t[0].beg == 3 && t[0].end == 30 && t[1].beg == 31 && t[1].end == 35, "token bytes: punctuation joins the word before");
	/* the loose form of scm-diff's default comparison (loose.c) */
	alignloose = 1;
	ok(atokenize(x, S("the Alliance \xe2\x80\x94 forged Communiqu\xc3\xa9"), t, 8, 1) == 3 &&
	    atokenize(x, S("THE alliance\xe2\x80\x94" "forged COMMUNIQUE"), t + 3, 5, 1) == 3 &&
	    t[0].id == t[3].id && t[1].id == t[4].id && t[2].id == t[5].id,
	    "loose: spaces around a dash, case and accents fold");
	ok(t[1].beg == 4 && t[1].end == 23, "loose: a dash and its spaces join one token");
	ok(atokenize(x, S("non\xe2\x80\x91nuclear \xe2\x80\x9cpeace\xe2\x80\x9d"), t, 8, 1) == 2 &&
	    atokenize(x, S("non-nuclear \"peace\""), t + 2, 6, 1) == 2 &&
	    t[0].id == t[2].id && t[1].id == t[3].id, "loose: U+2011 and quotes fold");
	alignloose = 0;
	add(a, x, &o, "1. Alpha bravo charlie delta.");
	add(a, x, &o, "2. Echo foxtrot golf hotel india.");
	add(a, x, &o, "3. Juliet kilo lima mike.");
	add(a, x, &w, "1. Echo foxtrot golf hotel india.");
	add(a, x, &w, "2. Juliet kilo lima mike november.");
	add(a, x, &w, "3. Oscar papa quebec.");
	add(a, x, &w, "4. alpha BRAVO charlie delta");
	op = align(a, x, &o, &w, 0.5, &nop);
	ok(nop == 4, "four ops");
	ok(op[0].op == OP_SAME && !op[0].moved && op[0].old == 1 && op[0].new == 0,
	    "= first");
	ok(op[1].op == OP_CHANGED && !op[1].moved && op[1].old == 2, "~ second");
	ok(op[2].op == OP_ADDED && op[2].new == 2, "+ third");
	ok(op[3].op == OP_SAME && op[3].moved && op[3].old == 0, "=> last");
	ok(op[1].sim > 0.88 && op[1].sim < 0.9, "similarity 8/9");
	wdiff(&b, x, &o.u[2], &w.u[1], 0, &wa, &wd);
	ok(b.n == strlen("2. Juliet kilo lima mike {+november.+}") &&
	    memcmp(b.p, "2. Juliet kilo lima mike {+november.+}", b.n) == 0 &&
	    wa == 1 && wd == 0, "wdiff markers");
	free(op);
	buffree(&b);
	adocfree(&o);
	adocfree(&w);
	vocabfree(x);
	arenafree(a);
	printf("1..%d\n", n);
	return bad;
}
