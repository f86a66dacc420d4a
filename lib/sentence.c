/* sentence.c: where a sentence ends. */
#include <string.h>

#include "scm.h"

static const char *abbrev[] = {
	"Mr", "Mrs", "Ms", "Dr", "Gen", "Adm", "Lt", "Col", "Sec", "Amb",
	"Jr", "Sr", "No", "Art", "Vol", "pp", "e.g", "i.e", "etc", "vs",
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
	"Oct", "Nov", "Dec", "St", "Gov", "Sen", "Rep", "Maj", "Capt",
};

static int
isabbrev(Str w, const SplitOpt *o)
{
	size_t i;

	for (i = 0; i < NELEM(abbrev); i++)
		if (streqlit(w, abbrev[i]))
			return 1;
	for (i = 0; o != NULL && i < o->nabbrev; i++)
		if (streq(w, o->abbrev[i]))
			return 1;
	/* initials and dotted abbreviations: U.S, D.C, J */
	if (w.n == 1 && w.p[0] >= 'A' && w.p[0] <= 'Z')
		return 1;
	return w.n >= 3 && w.p[w.n - 2] == '.';
}

size_t
sentlen(Str s, const SplitOpt *o)
{
	size_t i, j, k;
	Str w;

	for (i = 0; i < s.n; i++) {
		if (s.p[i] != '.' && s.p[i] != '!' && s.p[i] != '?')
			continue;
		j = i + 1;
		while (j < s.n && strchr(".!?\"')]", s.p[j]) != NULL)
			j++;
		if (j < s.n && s.p[j] != ' ')
			continue;
		if (j >= s.n)
			return s.n;
		if (s.p[i] == '.') {
			for (k = i; k > 0 && s.p[k - 1] != ' '; k--)
				;
			w = (Str){ s.p + k, i - k };
			if (isabbrev(w, o))
				continue;
		}
		k = j + 1;
		if (k < s.n && s.p[k] >= 'a' && s.p[k] <= 'z')
			continue;
		return j;
	}
	return s.n;
}
