/* words.c: fuzz wordnext and countword (progress, words inside the
   input and not overlapping), wordfold and isstopword. */
#include <stdlib.h>
#include <string.h>

#include "scm.h"

int LLVMFuzzerTestOneInput(const unsigned char *, size_t);

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t n)
{
	Buf b = { 0 };
	Str s, w;
	size_t off, last, prev;
	char *p;
	int k;

	p = malloc(n ? n : 1);
	memcpy(p, data, n);
	s = (Str){ p, n };
	for (k = 0; k < 2; k++) {
		for (off = last = 0;;) {
			prev = off;
			if (!(k == 0 ? wordnext(s, &off, &w) : countword(s, &off, &w))) {
				if (off != n)
					abort();
				break;
			}
			if (w.n == 0 || w.p < p + last || w.p + w.n > p + n ||
			    off != (size_t)(w.p - p) + w.n || off <= prev)
				abort();
			last = off;
			b.n = 0;
			wordfold(&b, w);
			if (b.n == 0)
				abort();
			isstopword(bufstr(&b));
		}
	}
	buffree(&b);
	free(p);
	return 0;
}
