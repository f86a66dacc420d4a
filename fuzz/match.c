/* match.c: fuzz lexadd and lexmatch.  The input is patterns, one a line,
   up to an empty line, then the text; with an odd first byte the built-in
   lexicon is loaded too.  Matches pass checkmatches, and a pattern of
   plain letters, alone as the text, matches itself: in capitals too
   unless it is case sensitive (a leading `='). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"
#include "matchcheck.h"

int LLVMFuzzerTestOneInput(const unsigned char *, size_t);

static const char *tags[] = { "a:0", "a:1", "b:0", "b:1" };

/* Does text, alone, match pattern p (its letters only) with tag id? */
static int
selfmatch(Lex *x, Str p, size_t id)
{
	Match *m;
	size_t i, nm = lexmatch(x, p, 1, &m);

	for (i = 0; i < nm; i++)
		if (m[i].tag == id && m[i].off == 0 && m[i].len == p.n)
			return 1;
	return 0;
}

static int
letters(Str s)
{
	size_t i;

	if (s.n == 0 || s.n > 40)
		return 0;
	for (i = 0; i < s.n; i++)
		if ((s.p[i] < 'a' || s.p[i] > 'z') && (s.p[i] < 'A' || s.p[i] > 'Z'))
			return 0;
	return 1;
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t n)
{
	Str in = { (char *)data, n }, l, w, tag;
	Lex *x = lexnew();
	const char *err;
	char up[41];
	size_t k = 0, i, id;
	int cs;

	if (n > 0 && data[0] & 1 &&
	    lexload(x, "scm.lex", S("scm"), (Str){ (char *)scmlex, scmlexlen }) < 0)
		abort();
	while (in.n > 0 && (l = strcut(&in, '\n')).n > 0) {
		tag = (Str){ (char *)tags[k++ % NELEM(tags)], 3 };
		if (lexadd(x, tag, l, &err) < 0)
			continue;
		cs = l.p[0] == '=';
		w = cs ? (Str){ l.p + 1, l.n - 1 } : l;
		if (!letters(w))
			continue;
		for (id = 0; !streq(lextag(x, id), tag); id++)
			;
		if (!selfmatch(x, w, id))
			abort();
		if (cs)
			continue;
		for (i = 0; i < w.n; i++)
			up[i] = (char)(w.p[i] & ~0x20);
		if (!selfmatch(x, (Str){ up, w.n }, id))
			abort();
	}
	checkmatches(x, in);
	lexfree(x);
	return 0;
}
