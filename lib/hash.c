/* hash.c: an open-addressing table from byte strings to user slots. */
#include <stdlib.h>
#include <string.h>

#include "scm.h"

uint64_t
hashbytes(const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t h = 0xcbf29ce484222325ULL;	/* FNV-1a, then a final mix */
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= s[i];
		h *= 0x100000001b3ULL;
	}
	h ^= h >> 32;
	h *= 0xd6e8feb86659fd93ULL;
	h ^= h >> 32;
	return h;
}

/* The four bytes at p, the first lowest (compilers make it one load). */
static uint64_t
le32(const char *p)
{
	const unsigned char *q = (const unsigned char *)p;

	return (uint64_t)q[0] | (uint64_t)q[1] << 8 | (uint64_t)q[2] << 16 |
	    (uint64_t)q[3] << 24;
}

static uint64_t
ld64(const char *p)
{
	uint64_t w;

	memcpy(&w, p, 8);
	return w;
}

/* The table's own hash, eight bytes at a time, of the bytes of p each
   or'ed with a byte of m (0, or 0x20 for hashputword); hashbytes keeps
   its values for those who store them (align.c).  No output depends on
   the order of a table: the users of hashitems sort. */
static inline uint64_t
tabhashm(const char *p, size_t n, uint64_t m)
{
	uint64_t h = 0x9e3779b97f4a7c15ULL ^ n, w;

	for (; n >= 8; p += 8, n -= 8) {
		memcpy(&w, p, 8);
		h = (h ^ (w | m)) * 0xbf58476d1ce4e5b9ULL;
		h ^= h >> 29;
	}
	if (n >= 4)	/* the last n bytes, the first lowest: two loads */
		w = (le32(p) | (m & 0xFFFFFFFF)) |
		    (le32(p + n - 4) | (m & 0xFFFFFFFF)) << 8 * (n - 4);
	else if (n > 0)
		w = (uint64_t)((unsigned char)p[0] | (m & 0xFF)) |
		    (uint64_t)((unsigned char)p[n / 2] | (m & 0xFF)) << 8 * (n / 2) |
		    (uint64_t)((unsigned char)p[n - 1] | (m & 0xFF)) << 8 * (n - 1);
	else
		w = 0;
	h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
	h ^= h >> 32;
	h *= 0xd6e8feb86659fd93ULL;
	h ^= h >> 32;
	return h;
}

static uint64_t
tabhash(const char *p, size_t n)
{
	return tabhashm(p, n, 0);
}

void
hashinit(Hash *h, Arena *a)
{
	hashinitn(h, a, 1024);
}

void
hashinitn(Hash *h, Arena *a, size_t cap)
{
	h->cap = cap;
	h->len = 0;
	h->slot = ecalloc(h->cap, sizeof(Entry *));
	h->a = a;
}

/* Does key a hold the bytes of b, each or'ed with a byte of m (0 or
   ONES20)?  Short keys without a call to memcmp. */
static inline int
samekey(Str a, Str b, uint64_t m)
{
	size_t i;

	if (a.n != b.n)
		return 0;
	if (a.n > 16 && m == 0)
		return memcmp(a.p, b.p, a.n) == 0;
	if (a.n >= 8) {	/* eight at a time, the last eight overlapping */
		for (i = 0; i + 8 < a.n; i += 8)
			if (ld64(a.p + i) != (ld64(b.p + i) | m))
				return 0;
		return ld64(a.p + a.n - 8) == (ld64(b.p + a.n - 8) | m);
	}
	if (a.n >= 4)
		return le32(a.p) == (le32(b.p) | (m & 0xFFFFFFFF)) &&
		    le32(a.p + a.n - 4) == (le32(b.p + a.n - 4) | (m & 0xFFFFFFFF));
	for (i = 0; i < a.n; i++)
		if ((unsigned char)a.p[i] != ((unsigned char)b.p[i] | (m & 0xFF)))
			return 0;
	return 1;
}

static inline Entry **
findm(Hash *h, Str key, uint64_t hv, uint64_t m)
{
	size_t mask = h->cap - 1, i = (size_t)hv & mask;
	Entry *e;

	while ((e = h->slot[i]) != NULL) {
		if (e->hash == hv && samekey(e->key, key, m))
			break;
		i = (i + 1) & mask;
	}
	return &h->slot[i];
}

static Entry **
find(Hash *h, Str key, uint64_t hv)
{
	return findm(h, key, hv, 0);
}

static void
rehash(Hash *h)
{
	Entry **old = h->slot;
	size_t i, oldcap = h->cap;

	h->cap *= 2;
	h->slot = ecalloc(h->cap, sizeof(Entry *));
	for (i = 0; i < oldcap; i++)
		if (old[i] != NULL)
			*find(h, old[i]->key, old[i]->hash) = old[i];
	free(old);
}

Entry *
hashget(Hash *h, Str key)
{
	return *find(h, key, tabhash(key.p, key.n));
}

/* The entry of key, each byte or'ed with a byte of m, added if new. */
static inline Entry *
putm(Hash *h, Str key, uint64_t m)
{
	uint64_t hv = tabhashm(key.p, key.n, m);
	Entry **sp = findm(h, key, hv, m), *e;
	size_t i;

	if (*sp != NULL)
		return *sp;
	e = aalloc(h->a, sizeof(*e));
	memset(e, 0, sizeof(*e));
	e->key = astrdup(h->a, key);
	for (i = 0; m != 0 && i < key.n; i++)
		e->key.p[i] |= 0x20;
	e->hash = hv;
	*sp = e;
	if (++h->len * 4 > h->cap * 3)
		rehash(h);
	return e;
}

Entry *
hashput(Hash *h, Str key)
{
	return putm(h, key, 0);
}

Entry *
hashputword(Hash *h, Str key)
{
	return putm(h, key, 0x2020202020202020ULL);
}

Entry **
hashitems(Hash *h, size_t *n)
{
	Entry **v = aalloc(h->a, (h->len ? h->len : 1) * sizeof(*v));
	size_t i, k = 0;

	for (i = 0; i < h->cap; i++)
		if (h->slot[i] != NULL)
			v[k++] = h->slot[i];
	*n = k;
	return v;
}

void
hashfree(Hash *h)
{
	free(h->slot);
	h->slot = NULL;
	h->cap = h->len = 0;
}

int
entcmp(const void *x, const void *y)
{
	return strcmpb((*(Entry *const *)x)->key, (*(Entry *const *)y)->key);
}
