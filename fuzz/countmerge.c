/* countmerge.c: fuzz countline, the reader of scm-count --merge, and the
   summing of its counts in a Hash.  A line that parses, written back as
   scm-count writes it, parses to the same count, group and key; the sums
   per key add up to the sum of all counts. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

int LLVMFuzzerTestOneInput(const unsigned char *, size_t);

static int
same(Str a, Str b)
{
	return a.n == b.n && (a.n == 0 || memcmp(a.p, b.p, a.n) == 0);
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t n)
{
	char *copy = malloc(n + 1);
	Str text = { copy, n }, l;
	CountLine c, d;
	Arena *a = arenanew();
	Hash sums;
	Entry **e;
	Buf b = { 0 };
	size_t i, ne, total = 0, sum = 0;
	char num[32];

	if (copy == NULL)
		abort();
	if (n > 0)
		memcpy(copy, data, n);
	hashinit(&sums, a);
	while (text.n > 0) {
		l = strcut(&text, '\n');
		if (countline(l.p, l.n, &c) != NULL)
			continue;
		if (c.unit >= 0 && !streqlit(c.key, countunitkey[c.unit]))
			abort();
		/* write it back as scm-count does, and read it again */
		b.n = 0;
		bufadd(&b, num, (size_t)snprintf(num, sizeof(num), "%zu", c.n));
		bufaddc(&b, '\t');
		if (c.grouped) {
			fieldbuf(&b, c.group, 0);
			bufaddc(&b, '\t');
		}
		if (c.unit >= 0)
			bufaddstr(&b, c.key);
		else
			fieldbuf(&b, c.key, 0);
		if (memchr(b.p, '\n', b.n) != NULL)
			abort();
		if (countline(b.p, b.n, &d) != NULL)
			abort();
		if (d.n != c.n || d.grouped != c.grouped || d.unit != c.unit ||
		    !same(d.key, c.key) || !same(d.group, c.group))
			abort();
		if (c.unit < 0 && total <= (size_t)-1 - c.n) {
			hashput(&sums, c.key)->ival += c.n;
			total += c.n;
		}
	}
	e = hashitems(&sums, &ne);
	for (i = 0; i < ne; i++)
		sum += e[i]->ival;
	if (sum != total)
		abort();
	hashfree(&sums);
	buffree(&b);
	arenafree(a);
	free(copy);
	return 0;
}
