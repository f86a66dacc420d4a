/* credit.c: a photo's or an agency's credit in brackets after a
   sentence, "(Yonhap)", "(Stars and Stripes)", "(평양 노동신문=뉴스1)". */
#include <string.h>

#include "scm.h"

/*
 * Is s[j..) a space and then, to the end of the text, a credit in
 * brackets after a sentence's end: a photo's, an agency's, "(Yonhap)",
 * "(Stars and Stripes)", "(James Vestal/U.S. Army)", "(평양
 * 노동신문=뉴스1)"?  Short, opening with a capital (or a Korean one
 * with '=' or 제공 in it), no '!', '?' or '(' in it and no stop
 * before its ')' (not "(See annex 2.)", a sentence of its own).
 */
int
credittail(Str s, size_t j)
{
	const unsigned char *p = (const unsigned char *)s.p;
	size_t e = s.n, q;
	int hg, mark = 0;

	while (e > j && p[e - 1] == ' ')
		e--;
	if (j + 4 >= e || p[j] != ' ' || p[j + 1] != '(' || p[e - 1] != ')' ||
	    e - j > 64 || p[e - 2] == '.')
		return 0;
	hg = hgsyl(s.p + j + 2, e - j - 2);
	if (!hg && !(p[j + 2] >= 'A' && p[j + 2] <= 'Z'))
		return 0;
	for (q = j + 2; q < e - 1; q++) {
		if (p[q] == '!' || p[q] == '?' || p[q] == '(' || p[q] == ')')
			return 0;
		mark |= p[q] == '=';
	}
	return !hg || mark || (e - j >= 9 &&
	    memcmp(s.p + e - 7, "\xec\xa0\x9c\xea\xb3\xb5", 6) == 0);	/* 제공 */
}
