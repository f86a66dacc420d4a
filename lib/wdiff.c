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

void
wdiff(Buf *out, Vocab *x, const AUnit *o, const AUnit *nw, int color,
    size_t *added, size_t *removed)
{
	static ATok *ta, *tb;
	static size_t ca, cb;
	static char *sc;
	static size_t csc;
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
	out->n = 0;
	pre = nb > 0 ? tb[0].beg : nw->text.n;
	if (strtrim((Str){ nw->text.p, pre }).n > 0) {
		bufaddstr(out, strtrim((Str){ nw->text.p, pre }));
		first = 0;
	}
	for (k = 0; k < ns;) {
		if (sc[k] == 'K') {
			for (ka = k; k < ns && sc[k] == 'K'; k++)
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
		for (; k < ns && sc[k] != 'K'; k++)
			if (sc[k] == 'D')
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
		*added += kb;
		*removed += ka;
	}
}
