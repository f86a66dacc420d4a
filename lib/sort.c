/* sort.c: sorting the few items of one record, stably, without the
   allocation and calls of qsort. */
#include <stdlib.h>
#include <string.h>

#include "scm.h"

/*
 * Insertion sort up to SMALL items; qsort beyond (glibc's, a merge sort
 * when it can allocate, is stable too: the order is the same either
 * way, as it is wherever the comparison is a total order).
 */
enum { SMALL = 24, MAXSIZE = 64 };

void
sortfew(void *base, size_t n, size_t size,
    int (*cmp)(const void *, const void *))
{
	char *b = base, tmp[MAXSIZE];
	size_t i, j;

	if (n > SMALL || size > MAXSIZE) {
		qsort(base, n, size, cmp);
		return;
	}
	for (i = 1; i < n; i++) {
		if (cmp(b + (i - 1) * size, b + i * size) <= 0)
			continue;
		memcpy(tmp, b + i * size, size);
		for (j = i - 1; j > 0 && cmp(b + (j - 1) * size, tmp) > 0; j--)
			;
		memmove(b + (j + 1) * size, b + j * size, (i - j) * size);
		memcpy(b + j * size, tmp, size);
	}
}
