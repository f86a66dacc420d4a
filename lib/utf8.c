/* utf8.c: decoding UTF-8 and the classes of characters the tools care about. */
#include "scm.h"

int
utf8dec(const unsigned char *s, size_t n, long *cp)
{
	long c;
	int len, i;

	if (n == 0) {
		*cp = -1;
		return 1;
	}
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xC2 && s[0] <= 0xDF) {
		len = 2;
		c = s[0] & 0x1F;
	} else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		len = 3;
		c = s[0] & 0x0F;
	} else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		len = 4;
		c = s[0] & 0x07;
	} else {
		*cp = -1;
		return 1;
	}
	if ((size_t)len > n) {
		*cp = -1;
		return 1;
	}
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = -1;
			return 1;
		}
		c = (c << 6) | (s[i] & 0x3F);
	}
	/* overlong forms, surrogates, beyond U+10FFFF */
	if ((len == 3 && c < 0x800) || (len == 4 && c < 0x10000) ||
	    (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) {
		*cp = -1;
		return 1;
	}
	*cp = c;
	return len;
}

int
isuspace(long c)
{
	switch (c) {
	case ' ': case '\t': case '\n': case '\v': case '\f': case '\r':
	case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
	case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
		return 1;
	}
	return c >= 0x2000 && c <= 0x200B;
}

size_t
spanspace(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	long c;
	int len;

	while (i < n) {
		if (p[i] < 0x80) {
			if (p[i] == ' ' || (p[i] >= '\t' && p[i] <= '\r')) {
				i++;
				continue;
			}
			break;
		}
		len = utf8dec(p + i, n - i, &c);
		if (!isuspace(c))
			break;
		i += (size_t)len;
	}
	return i;
}

size_t
invisible(const unsigned char *s, size_t n)
{
	if (n >= 2 && s[0] == 0xC2 && s[1] == 0xAD)
		return 2;
	if (n < 3)
		return 0;
	if ((s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0x8B) ||
	    (s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0xA0) ||
	    (s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF))
		return 3;
	return 0;
}

int
isudash(long c)
{
	return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 ||
	    c == 0xFE58 || c == 0xFE63 || c == 0xFF0D;
}

/* Symbols that are never part of a word: arrows, mathematical and
   technical signs, circled numbers and letters, boxes and geometric
   shapes, dingbats (the bullets and markers of lists: → ① □ △ ▲ ○ ◆ ▷ ★
   ☞ ❶ ㉠), and the middle dot ㆍ that Korean writes as one. */
int
isusymbol(long c)
{
	return (c >= 0x2190 && c <= 0x23FF) || (c >= 0x2460 && c <= 0x27BF) ||
	    (c >= 0x3200 && c <= 0x32FF) || c == 0x318D;
}

int
isuquote(long c)
{
	switch (c) {
	case '\'': case '"': case 0xAB: case 0xBB:
	case 0x2018: case 0x2019: case 0x201A: case 0x201B:
	case 0x201C: case 0x201D: case 0x201E: case 0x201F:
	case 0x2039: case 0x203A:
		return 1;
	}
	return 0;
}

void
utf8put(Buf *b, long c)
{
	char s[4];

	if (c < 0x80) {
		s[0] = (char)c;
		bufadd(b, s, 1);
	} else if (c < 0x800) {
		s[0] = (char)(0xC0 | (c >> 6));
		s[1] = (char)(0x80 | (c & 0x3F));
		bufadd(b, s, 2);
	} else if (c < 0x10000) {
		s[0] = (char)(0xE0 | (c >> 12));
		s[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		s[2] = (char)(0x80 | (c & 0x3F));
		bufadd(b, s, 3);
	} else {
		s[0] = (char)(0xF0 | (c >> 18));
		s[1] = (char)(0x80 | ((c >> 12) & 0x3F));
		s[2] = (char)(0x80 | ((c >> 6) & 0x3F));
		s[3] = (char)(0x80 | (c & 0x3F));
		bufadd(b, s, 4);
	}
}
