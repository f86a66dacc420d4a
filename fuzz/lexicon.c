/* lexicon.c: fuzz lexload on any text (our format, LIWC .dic, Lexicoder
   .lc3, told apart by content), then lexmatch with what it loaded over the
   same bytes.  A load that succeeds gives well-formed tags, each with a
   pattern; its matches pass checkmatches. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"
#include "matchcheck.h"

int LLVMFuzzerTestOneInput(const unsigned char *, size_t);

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t n)
{
	Str text = { (char *)data, n };
	Lex *x = lexnew();
	size_t i;

	if (lexload(x, "fuzz", S("cat"), text) == 0) {
		if (lexntag(x) > lexnpattern(x))
			abort();
		for (i = 0; i < lexntag(x); i++)
			if (tagcheck(lextag(x, i)) != NULL)
				abort();
		checkmatches(x, text);
	}
	lexfree(x);
	return 0;
}
