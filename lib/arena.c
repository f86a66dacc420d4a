/* arena.c: bump allocation in chunks, all freed at once. */
#include <stdlib.h>
#include <string.h>

#include "scm.h"

typedef struct Chunk Chunk;
struct Chunk {
	Chunk *next;
	size_t used, cap;
	unsigned char *mem;	/* 16-byte aligned, just past the header */
};

#define HDR ((sizeof(Chunk) + 15) & ~(size_t)15)

struct Arena {
	Chunk *head;
};

Arena *
arenanew(void)
{
	return ecalloc(1, sizeof(Arena));
}

void *
aalloc(Arena *a, size_t n)
{
	Chunk *c = a->head;
	size_t cap;
	void *p;

	n = (n + 15) & ~(size_t)15;
	if (n == 0)
		n = 16;
	if (c == NULL || c->cap - c->used < n) {
		/* 4 KB, doubling up to 1 MB: small inputs stay small */
		cap = c == NULL ? 4096 : c->cap < (1 << 20) ? c->cap * 2 : 1 << 20;
		if (n > cap / 2)
			cap = n;
		c = emalloc(HDR + cap);
		c->mem = (unsigned char *)c + HDR;
		c->used = 0;
		c->cap = cap;
		c->next = a->head;
		a->head = c;
	}
	p = c->mem + c->used;
	c->used += n;
	return p;
}

Str
astrdup(Arena *a, Str s)
{
	Str r;

	r.p = aalloc(a, s.n + 1);
	if (s.n > 0)
		memcpy(r.p, s.p, s.n);
	r.p[s.n] = '\0';
	r.n = s.n;
	return r;
}

void
arenafree(Arena *a)
{
	Chunk *c, *next;

	if (a == NULL)
		return;
	for (c = a->head; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	free(a);
}
