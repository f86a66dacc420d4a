/* casefold.c: lower case beyond ASCII, for the letters whose two cases
   have encodings of one length (Latin-1, Latin Extended-A, Greek,
   Cyrillic), so that a folded text keeps its byte offsets. */
#include <string.h>

#include "scm.h"

long
cpfold(long c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 0x20 : c;
	if ((c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
	    (c >= 0x391 && c <= 0x3AB && c != 0x3A2) ||
	    (c >= 0x410 && c <= 0x42F))
		return c + 0x20;
	if (c >= 0x400 && c <= 0x40F)
		return c + 0x50;
	if (c == 0x178)
		return 0xFF;
	if (c == 0x130 || c == 0x131 || c == 0x138 || c == 0x149)
		return c;
	if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
		return c | 1;
	if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
		return c + (c & 1);
	return c;
}

size_t
foldchar(const unsigned char *s, size_t n, unsigned char *out)
{
	long c, f;
	int len;

	if (n == 0)
		return 0;
	if (s[0] < 0x80) {
		out[0] = s[0] >= 'A' && s[0] <= 'Z' ? (unsigned char)(s[0] + 0x20) : s[0];
		return 1;
	}
	len = utf8dec(s, n, &c);
	f = c < 0 ? c : cpfold(c);
	if (len == 2 && f != c && f < 0x800) {
		out[0] = (unsigned char)(0xC0 | f >> 6);
		out[1] = (unsigned char)(0x80 | (f & 0x3F));
	} else {
		int k;

		for (k = 0; k < len; k++)
			out[k] = s[k];
	}
	return (size_t)len;
}

int
foldeqn(const unsigned char *a, const unsigned char *b, size_t n)
{
	unsigned char fa[4], fb[4];
	size_t i = 0, la, lb;

	while (i < n) {
		if (a[i] < 0x80 && b[i] < 0x80) {
			if (a[i] != b[i] && ((a[i] | 0x20) != (b[i] | 0x20) ||
			    (a[i] | 0x20) < 'a' || (a[i] | 0x20) > 'z'))
				return 0;
			i++;
			continue;
		}
		la = foldchar(a + i, n - i, fa);
		lb = foldchar(b + i, n - i, fb);
		if (la != lb || memcmp(fa, fb, la) != 0)
			return 0;
		i += la;
	}
	return 1;
}
