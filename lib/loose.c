/* loose.c: the content of a chunk of text as scm-diff compares it by
   default, whatever source the copy came from: white space around
   dashes, the kind of dash or quote, Unicode spaces, invisible
   characters and accents do not count. */
#include "scm.h"

int alignloose;

/* The base letters of U+00C0..U+017F ('\0': keep the character). */
static const char latin1[] =
    "AAAAAA\0CEEEEIIIIDNOOOOO\0OUUUUY\0\0aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0y";
static const char latinA[] =
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLl"
    "NnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

/* What the character cp becomes: a dash '-', a quote, a letter without
   its accent (written to out); 0 to drop it, -1 to keep it as it is. */
static int
loosechar(long cp, Buf *out)
{
	if (isudash(cp) || cp == 0x2212 || cp == 0xAD) {
		if (cp != 0xAD)		/* a soft hyphen is invisible */
			bufaddc(out, '-');
		return 0;
	}
	if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 ||
	    cp == 0xFEFF)
		return 0;
	if (isuquote(cp) || cp == 0x2032 || cp == 0x2033 || cp == 0x201A ||
	    cp == 0x201B || cp == 0x201E || cp == 0x201F) {
		bufaddc(out, cp == 0x2018 || cp == 0x2019 || cp == 0x201A ||
		    cp == 0x201B || cp == 0x2032 || cp == '\'' ? '\'' : '"');
		return 0;
	}
	if (cp == 0xC6 || cp == 0xE6) {
		bufadd(out, cp == 0xC6 ? "AE" : "ae", 2);
		return 0;
	}
	if (cp == 0xDF || cp == 0x152 || cp == 0x153) {
		bufadd(out, cp == 0xDF ? "ss" : cp == 0x152 ? "OE" : "oe", 2);
		return 0;
	}
	if (cp >= 0xC0 && cp <= 0xFF && latin1[cp - 0xC0] != '\0') {
		bufaddc(out, latin1[cp - 0xC0]);
		return 0;
	}
	if (cp >= 0x100 && cp <= 0x17F) {
		bufaddc(out, latinA[cp - 0x100]);
		return 0;
	}
	return -1;
}

/* Length of a dash at s[0..n), 0 if none. */
static size_t
dashat(const char *s, size_t n)
{
	long cp;
	int len;

	if (n == 0)
		return 0;
	if (s[0] == '-')
		return 1;
	if ((unsigned char)s[0] < 0x80)
		return 0;
	len = utf8dec((const unsigned char *)s, n, &cp);
	return isudash(cp) || cp == 0x2212 ? (size_t)len : 0;
}

size_t
loosechunk(Str s, size_t i, Str *chunk, int *ascii)
{
	static Buf out;
	const unsigned char *p = (const unsigned char *)s.p;
	size_t k, sp;
	long cp;
	int len, dash = 0;

	out.n = 0;
	while (i < s.n) {
		if ((sp = spanspace(s.p + i, s.n - i)) > 0) {
			/* spaces next to a dash do not part words */
			for (k = i; (sp = spanspace(s.p + k, s.n - k)) > 0; k += sp)
				;
			if (!dash && dashat(s.p + k, s.n - k) == 0)
				break;
			i = k;
			continue;
		}
		if (p[i] < 0x80) {
			bufaddc(&out, p[i]);
			dash = p[i] == '-';
			i++;
			continue;
		}
		len = utf8dec(p + i, s.n - i, &cp);
		dash = dashat(s.p + i, s.n - i) > 0;
		if (cp < 0 || loosechar(cp, &out) < 0)
			bufadd(&out, s.p + i, (size_t)len);
		i += (size_t)len;
	}
	*ascii = 1;
	for (k = 0; k < out.n; k++)
		if ((unsigned char)out.p[k] >= 0x80)
			*ascii = 0;
	*chunk = bufstr(&out);
	return i;
}
