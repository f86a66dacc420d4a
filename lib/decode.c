/* decode.c: documents in any encoding to UTF-8, through iconv(3). */
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

int
isutf8(const char *p, size_t n, int part)
{
	const unsigned char *s = (const unsigned char *)p;
	size_t i = 0;
	long cp;
	int k;

	while (i < n) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		k = utf8dec(s + i, n - i, &cp);
		if (cp < 0) {
			/* a sequence the end cut short */
			if (part && n - i < 4 && (s[i] >= 0xC2 && s[i] <= 0xF4)) {
				size_t j;

				for (j = i + 1; j < n && (s[j] & 0xC0) == 0x80; j++)
					;
				return j == n;
			}
			return 0;
		}
		i += (size_t)k;
	}
	return 1;
}

static int
lowerc(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int
isalnum_(long c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

/* Does s[0..n) start with lit, ignoring ASCII case? */
static int
prefixci(const char *s, size_t n, const char *lit)
{
	size_t i;

	for (i = 0; lit[i] != '\0'; i++)
		if (i >= n || lowerc((unsigned char)s[i]) != lit[i])
			return 0;
	return 1;
}

int
ishtml(const char *p, size_t n)
{
	size_t i = 0, intag = 0, text = 0, ntag = 0;
	int in = 0;

	if (n == 0)
		return 0;		/* and no NULL + 0 */
	if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	for (;;) {
		while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' ||
		    p[i] == '\r' || p[i] == '\f'))
			i++;
		if (!prefixci(p + i, n - i, "<?xml"))
			break;
		while (i + 1 < n && !(p[i] == '?' && p[i + 1] == '>'))
			i++;	/* XHTML: past its XML prolog */
		if ((i += 2) >= n)
			return 0;
	}
	if (prefixci(p + i, n - i, "<!doctype html") ||
	    prefixci(p + i, n - i, "<html") || prefixci(p + i, n - i, "<!--"))
		return 1;
	/* mostly tags: of the first 4 KB's non-space bytes, half in tags
	   ('<', a name, then space, '/' or '>'); not binary */
	if (n - i > 4096)
		n = i + 4096;
	if (memchr(p + i, '\0', n - i) != NULL)
		return 0;
	for (; i < n; i++) {
		unsigned char c = (unsigned char)p[i];
		size_t k = i + 1;

		if (!in && c == '<' && k < n && p[k] == '/')
			k++;
		if (!in && c == '<' && k < n && isalnum_(p[k])) {
			while (k < n && isalnum_(p[k]))
				k++;
			if (k < n && (p[k] == ' ' || p[k] == '>' || p[k] == '/' ||
			    p[k] == '\n' || p[k] == '\t')) {
				in = 1;
				ntag++;
			}
		}
		if (c > ' ')
			in ? intag++ : text++;
		if (in && c == '>')
			in = 0;
	}
	return ntag >= 4 && intag >= text;
}

/* The charset a page declares in a <meta> in its first 4 KB, into name
   (lower case); 0 if none. */
static int
declared(const char *p, size_t n, char *name, size_t cap)
{
	size_t i, j, k, end;

	if (n > 4096)
		n = 4096;
	for (i = 0; i + 5 < n; i++) {
		if (p[i] != '<' || !prefixci(p + i, n - i, "<meta"))
			continue;
		for (end = i; end < n && p[end] != '>'; end++)
			;
		for (j = i; j + 7 < end; j++) {
			if (!prefixci(p + j, end - j, "charset"))
				continue;
			j += 7;
			while (j < end && (p[j] == ' ' || p[j] == '='))
				j++;
			while (j < end && (p[j] == '"' || p[j] == '\''))
				j++;
			for (k = 0; j < end && k + 1 < cap && (isalnum_(p[j]) ||
			    p[j] == '-' || p[j] == '_' || p[j] == '.' ||
			    p[j] == ':'); j++)
				name[k++] = (char)lowerc((unsigned char)p[j]);
			name[k] = '\0';
			if (k > 0)
				return 1;
		}
	}
	return 0;
}

/* The iconv name for a declared label: browsers read EUC-KR as CP949,
   GB2312 and GBK as GB18030, Big5 as Big5-HKSCS, Shift_JIS as CP932, and
   Latin-1 and ASCII as windows-1252 (WHATWG Encoding). */
static const char *
iconvname(const char *label)
{
	static const char *map[][2] = {
		{ "euc-kr", "CP949" }, { "ks_c_5601-1987", "CP949" },
		{ "ks_c_5601-1989", "CP949" }, { "korean", "CP949" },
		{ "windows-949", "CP949" }, { "x-windows-949", "CP949" },
		{ "iso-8859-1", "WINDOWS-1252" }, { "latin1", "WINDOWS-1252" },
		{ "iso8859-1", "WINDOWS-1252" }, { "us-ascii", "WINDOWS-1252" },
		{ "ascii", "WINDOWS-1252" }, { "utf8", "UTF-8" },
		{ "unicode-1-1-utf-8", "UTF-8" },
		{ "gb2312", "GB18030" }, { "gbk", "GB18030" },
		{ "x-gbk", "GB18030" }, { "chinese", "GB18030" },
		{ "csgb2312", "GB18030" }, { "big5", "BIG5-HKSCS" },
		{ "x-x-big5", "BIG5-HKSCS" }, { "cn-big5", "BIG5-HKSCS" },
		{ "shift_jis", "CP932" }, { "sjis", "CP932" },
		{ "x-sjis", "CP932" }, { "ms_kanji", "CP932" },
		{ "windows-31j", "CP932" },
	};
	size_t i;

	for (i = 0; i < NELEM(map); i++)
		if (strcmp(label, map[i][0]) == 0)
			return map[i][1];
	return label;
}

/* Convert p[0..n) from enc into out; undecodable bytes become U+FFFD,
   counted in *bad.  Return -1 if iconv does not know enc.  iconv reads
   a copy padded with NULs: glibc's CP949 (UHC) decoder was seen to read
   past the end of its input after a lead byte, and to report an error
   with the input all taken. */
static int
conv(const char *enc, const char *p, size_t n, Buf *out, size_t *bad)
{
	iconv_t cd;
	char *ip, *op, *copy;
	size_t il = n, ol, r;

	*bad = 0;
	out->n = 0;
	if ((cd = iconv_open("UTF-8", enc)) == (iconv_t)-1)
		return -1;
	copy = ecalloc(n + 8, 1);
	memcpy(copy, p, n);
	ip = copy;
	while (il > 0) {
		egrow(&out->p, &out->cap, out->n + il * 2 + 16, 1);
		op = out->p + out->n;
		ol = out->cap - out->n;
		r = iconv(cd, &ip, &il, &op, &ol);
		out->n = (size_t)(op - out->p);
		if (r != (size_t)-1)
			break;
		if (errno == E2BIG)
			continue;
		/* EILSEQ, or EINVAL at the end: one byte as U+FFFD */
		bufadd(out, "\xEF\xBF\xBD", 3);
		(*bad)++;
		if (il == 0)
			break;
		ip++;
		il--;
		iconv(cd, NULL, NULL, NULL, NULL);
	}
	free(copy);
	iconv_close(cd);
	return 0;
}

/* Valid UTF-8 with each invalid byte as U+FFFD; the count in *bad. */
static void
fixutf8(const char *p, size_t n, Buf *out, size_t *bad)
{
	size_t i = 0;
	long cp;
	int k;

	*bad = 0;
	out->n = 0;
	while (i < n) {
		k = utf8dec((const unsigned char *)p + i, n - i, &cp);
		if (cp < 0) {
			bufadd(out, "\xEF\xBF\xBD", 3);
			(*bad)++;
		} else
			bufadd(out, p + i, (size_t)k);
		i += (size_t)k;
	}
}

static int
isalpha_(long c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* How unlikely the UTF-8 text s is as text of the encoding tried:
   for windows-1252 (korean 0), non-ASCII letters in runs and Latin-1
   symbols, as Korean read as Latin gives; for CP949, non-ASCII next to
   an ASCII letter and characters other than Hangul syllables,
   as Latin read as Korean gives. */
static size_t
unlikely(Str s, int korean)
{
	size_t i = 0, score = 0;
	long cp, prev = ' ';
	int k;
	/* letters rare outside Icelandic, as offsets from U+00C0:
	   Ð Ý Þ ð ý þ ÿ */
	static const char rare[] = "\x10\x1d\x1e\x30\x3d\x3e\x3f";

	while (i < s.n) {
		k = utf8dec((const unsigned char *)s.p + i, s.n - i, &cp);
		if (cp >= 0x80) {
			if (!korean && (prev >= 0x80 || (cp >= 0xA1 && cp <= 0xBF) ||
			    cp == 0xD7 || cp == 0xF7 || (cp > 0xC0 && cp <= 0xFF &&
			    strchr(rare, (int)(cp - 0xC0)) != NULL)))
				score++;
			if (korean && isalpha_(prev))
				score++;
			if (korean && !(cp >= 0xAC00 && cp <= 0xD7A3))
				score++;
		} else if (korean && prev >= 0x80 && isalpha_(cp))
			score++;	/* 55차, 13일: digits go with Hangul */
		prev = cp;
		i += (size_t)k;
	}
	return score;
}

/* The characters of s beyond ASCII. */
static size_t
nonascii(Str s)
{
	size_t i, k = 0;

	for (i = 0; i < s.n; i++)
		if ((unsigned char)s.p[i] >= 0xC0)
			k++;
	return k;
}

/* May p[0..n), not valid UTF-8, be text in a legacy encoding?  Not if it
   holds a NUL (binary), nor if it holds more valid multi-byte UTF-8
   characters than invalid bytes (damaged UTF-8, kept byte for byte). */
static int
legacy(const char *p, size_t n)
{
	size_t i = 0, good = 0, badn = 0;
	long cp;
	int k;

	if (memchr(p, '\0', n) != NULL)
		return 0;
	while (i < n) {
		if ((unsigned char)p[i] < 0x80) {
			i++;
			continue;
		}
		k = utf8dec((const unsigned char *)p + i, n - i, &cp);
		if (cp < 0)
			badn++;
		else
			good++;
		i += (size_t)k;
	}
	return badn > good;
}

/* Which legacy encoding is p[0..n) in: CP949 or windows-1252, whichever
   decodes it whole and gives fewer unlikely characters; its text in out,
   the undecodable bytes in *bad.  NULL if neither reads it well. */
static const char *
guess(const char *p, size_t n, Buf *out, size_t *bad)
{
	Buf alt = { 0 }, t;
	size_t altbad, s1, s2;
	const char *from = "CP949";

	conv("CP949", p, n, out, bad);
	conv("WINDOWS-1252", p, n, &alt, &altbad);
	s1 = unlikely(bufstr(out), 1);
	s2 = unlikely(bufstr(&alt), 0);
	if (altbad == 0 && (*bad > 0 || s2 < s1)) {
		s1 = s2;
		t = *out;
		*out = alt;
		alt = t;
		*bad = altbad;
		from = "windows-1252";
	}
	buffree(&alt);
	if (*bad > 0 || s1 * 3 > nonascii(bufstr(out)))
		return NULL;	/* neither reads it whole, or well */
	return from;
}

int
decodebuf(Buf *b, const char *name, const char *enc, int html)
{
	Buf out = { 0 };
	char label[40];
	const char *from = NULL, *p = b->p;
	size_t n = b->n, bad = 0;
	int guessed = 0;

	if (enc != NULL)
		from = enc;
	else if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
		from = "UTF-8";
		p += 3;
		n -= 3;
	} else if (n >= 2 && memcmp(p, "\xFF\xFE", 2) == 0) {
		from = "UTF-16LE";
		p += 2;
		n -= 2;
	} else if (n >= 2 && memcmp(p, "\xFE\xFF", 2) == 0) {
		from = "UTF-16BE";
		p += 2;
		n -= 2;
	} else if (html && declared(p, n, label, sizeof(label))) {
		from = iconvname(label);
		/* a page saved as UTF-8 that kept its old <meta charset>:
		   valid UTF-8 with characters beyond ASCII is no legacy text */
		if (strcmp(from, "UTF-8") != 0 && strcmp(from, "utf-8") != 0 &&
		    isutf8(p, n, 0) &&
		    nonascii((Str){ (char *)p, n }) > 0) {
			weprintf("%s: declared %s, read as UTF-8", name, label);
			return 0;
		}
	}
	if (from != NULL && (strcmp(from, "UTF-8") == 0 ||
	    strcmp(from, "utf-8") == 0)) {
		if (isutf8(p, n, 0)) {
			if (p != b->p) {
				memmove(b->p, p, n);
				b->n = n;
			}
			return 0;
		}
		fixutf8(p, n, &out, &bad);
	} else if (from != NULL) {
		if (conv(from, p, n, &out, &bad) < 0) {
			if (enc == NULL)	/* a declared name iconv lacks */
				goto guess;
			weprintf("%s: unknown encoding %s", name, from);
			buffree(&out);
			return -1;
		}
	} else {
guess:
		if (isutf8(p, n, 0) || !legacy(p, n) ||
		    (from = guess(p, n, &out, &bad)) == NULL) {
			buffree(&out);
			return 0;	/* the bytes stay as they are */
		}
		guessed = 1;
	}
	if (guessed)
		weprintf("%s: read as %s", name, from);
	if (bad > 0)
		weprintf("%s: %zu byte%s not %s, kept as U+FFFD", name, bad,
		    bad == 1 ? "" : "s", from);
	buffree(b);
	*b = out;
	return bad > 0;
}

int
encknown(const char *enc)
{
	iconv_t cd;

	if ((cd = iconv_open("UTF-8", enc)) == (iconv_t)-1)
		return 0;
	iconv_close(cd);
	return 1;
}

static int
isutf8name(const char *enc)
{
	return strcmp(enc, "UTF-8") == 0 || strcmp(enc, "utf-8") == 0 ||
	    strcmp(enc, "utf8") == 0 || strcmp(enc, "UTF8") == 0;
}

Str
decodeline(LineDec *d, const char *name, size_t lineno, Str s)
{
	const char *from = d->enc != NULL ? d->enc : d->from;
	size_t i, bad = 0;

	if (lineno == 1 && s.n >= 3 && memcmp(s.p, "\xEF\xBB\xBF", 3) == 0 &&
	    (from == NULL || isutf8name(from))) {
		s.p += 3;	/* the byte order mark of UTF-8 */
		s.n -= 3;
	}
	if ((i = asciirun(s)) == s.n)
		return s;	/* ASCII reads alike in all of them */
	if (d->enc == NULL && isutf8(s.p + i, s.n - i, 0))
		return s;	/* valid UTF-8 is never altered unless forced */
	if (from == NULL) {
		if (!legacy(s.p, s.n))
			return s;
		/* the first line that is no UTF-8 decides, once */
		if ((from = guess(s.p, s.n, &d->out, &bad)) == NULL)
			return s;
		d->from = from;
		weprintf("%s: read as %s from line %zu", name, from, lineno);
		return bufstr(&d->out);
	}
	if (isutf8name(from)) {
		if (isutf8(s.p, s.n, 0))
			return s;
		fixutf8(s.p, s.n, &d->out, &bad);
	} else if (conv(from, s.p, s.n, &d->out, &bad) < 0)
		return s;	/* known at the start: see encknown */
	if (bad > 0 && d->bad == 0)
		d->badfrom = from;
	d->bad += bad;
	return bufstr(&d->out);
}

int
decodedone(LineDec *d, const char *name)
{
	int r = d->bad > 0;

	if (r)
		weprintf("%s: %zu byte%s not %s, kept as U+FFFD", name, d->bad,
		    d->bad == 1 ? "" : "s", d->badfrom);
	buffree(&d->out);
	d->bad = 0;
	d->from = NULL;
	return r;
}
