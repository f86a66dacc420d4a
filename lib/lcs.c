/* lcs.c: the longest common subsequence of two runs of word ids, its
   edit script, and the similarity of two units from it. */
#include <stdlib.h>
#include <string.h>

#include "scm.h"

/* Cells of the full LCS table beyond which the middle of a pair is taken
   as replaced wholesale (see BUGS in scm-diff(1)). */
#define LCSMAX ((size_t)1 << 24)

/* The length of the longest common subsequence of a and b; with sc,
   also the edit script (K keep, D delete from a, I insert from b), its
   length in *nsc. */
size_t
lcs(const uint32_t *a, size_t n, const uint32_t *b, size_t m, char *sc,
    size_t *nsc)
{
	size_t p = 0, s = 0, i, j, L, ns = 0, k;
	uint32_t *row, *tab, diag, up;

	while (p < n && p < m && a[p] == b[p])
		p++;
	while (s < n - p && s < m - p && a[n - 1 - s] == b[m - 1 - s])
		s++;
	a += p;
	b += p;
	n -= p + s;
	m -= p + s;
	if (sc != NULL)
		for (k = 0; k < p; k++)
			sc[ns++] = 'K';
	L = p + s;
	if (n == 0 || m == 0 || (n > LCSMAX / m)) {
		if (sc != NULL) {
			memset(sc + ns, 'D', n);
			ns += n;
			memset(sc + ns, 'I', m);
			ns += m;
		}
	} else if (sc == NULL) {
		row = ecalloc(m + 1, sizeof(*row));
		for (i = 1; i <= n; i++) {
			diag = 0;
			for (j = 1; j <= m; j++) {
				up = row[j];
				if (a[i - 1] == b[j - 1])
					row[j] = diag + 1;
				else if (row[j - 1] > row[j])
					row[j] = row[j - 1];
				diag = up;
			}
		}
		L += row[m];
		free(row);
	} else {
		/* suffix table, so the script comes out forwards */
		tab = ecalloc((n + 1) * (m + 1), sizeof(*tab));
#define T(i, j) tab[(i) * (m + 1) + (j)]
		for (i = n; i-- > 0;)
			for (j = m; j-- > 0;) {
				if (a[i] == b[j])
					T(i, j) = T(i + 1, j + 1) + 1;
				else
					T(i, j) = T(i + 1, j) > T(i, j + 1) ?
					    T(i + 1, j) : T(i, j + 1);
			}
		L += T(0, 0);
		i = j = 0;
		while (i < n || j < m) {
			if (i < n && j < m && a[i] == b[j]) {
				sc[ns++] = 'K';
				i++;
				j++;
			} else if (j < m && (i == n || T(i, j + 1) >= T(i + 1, j))) {
				/* deletions first, within a run */
				if (i < n && T(i + 1, j) == T(i, j)) {
					sc[ns++] = 'D';
					i++;
				} else {
					sc[ns++] = 'I';
					j++;
				}
			} else {
				sc[ns++] = 'D';
				i++;
			}
		}
#undef T
		free(tab);
	}
	if (sc != NULL) {
		for (k = 0; k < s; k++)
			sc[ns++] = 'K';
		*nsc = ns;
	}
	return L;
}

double
similarity(const AUnit *a, const AUnit *b)
{
	if (a->ntok + b->ntok == 0)
		return 1.0;
	return 2.0 * (double)lcs(a->sid, a->ntok, b->sid, b->ntok, NULL, NULL) /
	    (double)(a->ntok + b->ntok);
}
