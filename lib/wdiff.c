/* wdiff.c: a unit's words against another's, marked [-removed-]{+added+}
   or coloured. */
#include <stdlib.h>
#include <string.h>

#include "scm.h"

/* One run of the rendering: text s[beg..end) of tokens a..b. */
static void
piece(Buf *out, Str s, const ATok *t, size_t a, size_t b, const char *open,
    const char *close, int *first)
{
	if (!*first)
		bufaddc(out, ' ');
	*first = 0;
	bufadd(out, open, strlen(open));
	bufadd(out, s.p + t[a].beg, t[b].end - t[a].beg);
	bufadd(out, close, strlen(close));
}

/* Fold into the changes around it each run of kept words that is less
   than half as long as the change on either side (the longer of its
   removed and added words), until none is left: in a clause rewritten
   throughout, a lone "the" or "to of" kept between two rewritten
   stretches is chance, and [-old stretch-]{+new stretch+} reads better
   than a ladder of short pieces.  Small edits around a longer kept run
   stay as they are.  The script keeps its counts of words: a kept word
   becomes one removed and one added.  The result is in out (room for
   ns + the kept words); its length is returned. */
static size_t
foldkept(const char *sc, size_t ns, char *out)
{
	size_t k, n, b, e, d0, i0, d1, i1, l, q;
	int again = 1;

	memcpy(out, sc, ns);
	n = ns;
	while (again) {
		again = 0;
		d0 = i0 = 0;
		for (k = 0; k < n;) {
			if (out[k] != 'K') {
				if (out[k] == 'D')
					d0++;
				else
					i0++;
				k++;
				continue;
			}
			for (b = k; k < n && out[k] == 'K'; k++)
				;
			e = k;
			l = e - b;
			d1 = i1 = 0;
			for (q = e; q < n && out[q] != 'K'; q++)
				if (out[q] == 'D')
					d1++;
				else
					i1++;
			if ((d0 > 0 || i0 > 0) && (d1 > 0 || i1 > 0) &&
			    2 * l < (d0 > i0 ? d0 : i0) &&
			    2 * l < (d1 > i1 ? d1 : i1)) {
				memmove(out + e + l, out + e, n - e);
				memset(out + b, 'D', l);
				memset(out + b + l, 'I', l);
				n += l;
				again = 1;
				break;
			}
			d0 = i0 = 0;
		}
	}
	return n;
}

void
wdiff(Buf *out, Vocab *x, const AUnit *o, const AUnit *nw, int color,
    size_t *added, size_t *removed)
{
	static ATok *ta, *tb;
	static size_t ca, cb;
	static char *sc, *fc;
	static size_t csc, cfc;
	size_t na, nb, ns, k, i = 0, j = 0, ka, kb, pre;
	const char *dopen = color ? "\033[31m" : "[-";
	const char *dclose = color ? "\033[m" : "-]";
	const char *iopen = color ? "\033[32m" : "{+";
	const char *iclose = color ? "\033[m" : "+}";
	int first = 1;

	while ((na = atokenize(x, o->text, ta, ca, 0)) > ca || ca == 0)
		egrow(&ta, &ca, na + 1, sizeof(*ta));
	while ((nb = atokenize(x, nw->text, tb, cb, 0)) > cb || cb == 0)
		egrow(&tb, &cb, nb + 1, sizeof(*tb));
	egrow(&sc, &csc, na + nb + 1, 1);
	for (k = 0; k < na; k++)
		ta[k].id = o->id[k];
	for (k = 0; k < nb; k++)
		tb[k].id = nw->id[k];
	lcs(o->id, na, nw->id, nb, sc, &ns);
	for (k = 0; k < ns; k++) {
		*added += sc[k] == 'I';
		*removed += sc[k] == 'D';
	}
	egrow(&fc, &cfc, na + nb + 1, 1);
	ns = foldkept(sc, ns, fc);
	out->n = 0;
	pre = nb > 0 ? tb[0].beg : nw->text.n;
	if (strtrim((Str){ nw->text.p, pre }).n > 0) {
		bufaddstr(out, strtrim((Str){ nw->text.p, pre }));
		first = 0;
	}
	for (k = 0; k < ns;) {
		if (fc[k] == 'K') {
			for (ka = k; k < ns && fc[k] == 'K'; k++)
				;
			if (!first)
				bufaddc(out, ' ');
			first = 0;
			bufadd(out, nw->text.p + tb[j].beg,
			    tb[j + k - ka - 1].end - tb[j].beg);
			i += k - ka;
			j += k - ka;
			continue;
		}
		ka = kb = 0;
		for (; k < ns && fc[k] != 'K'; k++)
			if (fc[k] == 'D')
				ka++;
			else
				kb++;
		if (ka > 0)
			piece(out, o->text, ta, i, i + ka - 1, dopen, dclose,
			    &first);
		if (kb > 0) {
			if (ka > 0)
				first = 1;	/* [-old-]{+new+} side by side */
			piece(out, nw->text, tb, j, j + kb - 1, iopen, iclose,
			    &first);
		}
		i += ka;
		j += kb;
	}
}
