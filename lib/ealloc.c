/* ealloc.c: allocation that dies with a message instead of returning NULL. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

void *
emalloc(size_t n)
{
	void *p;

	if ((p = malloc(n ? n : 1)) == NULL)
		eprintf("out of memory");
	return p;
}

void *
ecalloc(size_t n, size_t sz)
{
	void *p;

	if ((p = calloc(n ? n : 1, sz ? sz : 1)) == NULL)
		eprintf("out of memory");
	return p;
}

void *
erealloc(void *p, size_t n)
{
	if ((p = realloc(p, n ? n : 1)) == NULL)
		eprintf("out of memory");
	return p;
}

void
egrow(void *pp, size_t *cap, size_t need, size_t sz)
{
	void **p = pp;
	size_t c = *cap;

	if (need <= c)
		return;
	if (c < 16)
		c = 16;
	while (c < need) {
		if (c > SIZE_MAX / 2 / sz)
			eprintf("out of memory");
		c *= 2;
	}
	*p = erealloc(*p, c * sz);
	*cap = c;
}

char *
estrndup(const char *s, size_t n)
{
	char *p = emalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}
