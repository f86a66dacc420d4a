/* sentence.c: fuzz sentlen: 0 < len <= n for n > 0, so that cutting a
   text sentence by sentence always ends. */
#include <stdlib.h>
#include <string.h>

#include "scm.h"

int LLVMFuzzerTestOneInput(const unsigned char *, size_t);

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t n)
{
	static Str extra[] = { { "Corp", 4 }, { "U.S.A", 5 } };
	SplitOpt o;
	Str s;
	size_t k, steps = 0;
	char *p;

	/* a copy of exactly n bytes, so ASan sees any read past the end */
	p = malloc(n ? n : 1);
	memcpy(p, data, n);
	memset(&o, 0, sizeof(o));
	o.unit = U_SENTENCE;
	o.abbrev = extra;
	o.nabbrev = NELEM(extra);
	s = (Str){ p, n };
	while (s.n > 0) {
		k = sentlen(s, steps % 2 ? &o : NULL);
		if (k == 0 || k > s.n)
			abort();
		s.p += k;
		s.n -= k;
		if (++steps > n)
			abort();
	}
	if (sentlen((Str){ p, 0 }, NULL) != 0)
		abort();
	free(p);
	return 0;
}
