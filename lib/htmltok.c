/* htmltok.c: the words of HTML, as html.c reads them: the table of tags
   and their names, the attributes of a start tag (class, id and role
   words that say chrome or meta; start and value numbers), character
   references, and where tags, comments and raw text end. */
#include <string.h>

#include "scm.h"

/* sorted by name */
const HtmlTag htmltags[] = {
	{ "a", HT_LINK }, { "address", HT_B | HT_META }, { "area", HT_V },
	{ "article", HT_B | HT_ART }, { "aside", HT_B | HT_NOISE },
	{ "base", HT_V }, { "blockquote", HT_B }, { "body", HT_B | HT_BOX },
	{ "br", HT_V | HT_BR }, { "button", HT_B | HT_NOISE },
	{ "caption", HT_B }, { "center", HT_B }, { "col", HT_V }, { "dd", HT_B },
	{ "details", HT_B }, { "dialog", HT_B }, { "div", HT_B },
	{ "dl", HT_B }, { "dt", HT_B }, { "embed", HT_V },
	{ "fieldset", HT_B }, { "figcaption", HT_B | HT_META },
	{ "figure", HT_B }, { "footer", HT_B | HT_NOISE },
	{ "form", HT_B | HT_NOISE }, { "frame", HT_SKIP },
	{ "h1", HT_B | HT_HEAD | HT_H1 }, { "h2", HT_B | HT_HEAD },
	{ "h3", HT_B | HT_HEAD }, { "h4", HT_B | HT_HEAD },
	{ "h5", HT_B | HT_HEAD }, { "h6", HT_B | HT_HEAD },
	{ "head", HT_B }, { "header", HT_B | HT_NOISE }, { "hgroup", HT_B },
	{ "hr", HT_V | HT_B }, { "html", HT_B | HT_BOX }, { "iframe", HT_SKIP },
	{ "img", HT_V }, { "input", HT_V }, { "keygen", HT_V },
	{ "li", HT_B | HT_LI }, { "link", HT_V },
	{ "main", HT_B | HT_BOX | HT_ART }, { "math", HT_SKIP },
	{ "menu", HT_B | HT_NOISE | HT_LIST }, { "meta", HT_V },
	{ "nav", HT_B | HT_NOISE }, { "noembed", HT_SKIP },
	{ "noframes", HT_SKIP }, { "noscript", HT_SKIP },
	{ "object", HT_SKIP }, { "ol", HT_B | HT_LIST | HT_OL },
	{ "option", HT_B }, { "p", HT_B }, { "param", HT_V },
	{ "plaintext", HT_SKIP }, { "pre", HT_B | HT_PRE },
	{ "script", HT_SKIP }, { "section", HT_B },
	{ "select", HT_B | HT_NOISE }, { "source", HT_V },
	{ "style", HT_SKIP }, { "summary", HT_B }, { "svg", HT_SKIP },
	{ "table", HT_B }, { "tbody", HT_B }, { "td", HT_B },
	{ "template", HT_SKIP }, { "textarea", HT_SKIP }, { "tfoot", HT_B },
	{ "th", HT_B }, { "thead", HT_B }, { "time", HT_B | HT_META },
	{ "title", HT_TITLE }, { "tr", HT_B }, { "track", HT_V },
	{ "ul", HT_B | HT_LIST }, { "wbr", HT_V }, { "xmp", HT_SKIP },
};

/* Words of class and id that mark chrome, and meta. */
static const char *noisewords[] = {
	"advert", "banner", "breadcrumb", "cmt", "comment", "cookie", "footer",
	"gnb", "header", "lnb", "menu", "nav", "related", "share", "sns", "snb",
	"social",
};
static const char *metawords[] = {
	"author", "byline", "date", "dateline", "pubdate", "published",
	"footnote", "endnote", "citation", "reference",
};
/* What may follow such a word inside one class name word. */
static const char *suffixes[] = {
	"", "s", "bar", "box", "wrap", "wrapper", "area", "list", "igation",
	"menu", "links", "container", "block", "zone", "line", "info", "name",
};
static const char *roles[] = {
	"banner", "complementary", "contentinfo", "navigation", "search",
};
static const char *boxroles[] = { "article", "main" };	/* (main: a box) */

static int
lowerc(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

int
htmlalpha(int c)
{
	c = lowerc(c);
	return c >= 'a' && c <= 'z';
}

static int
findtag(const char *name, size_t n)
{
	size_t lo = 0, hi = NELEM(htmltags), mid, l;
	int c;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		l = strlen(htmltags[mid].name);
		c = memcmp(htmltags[mid].name, name, l < n ? l : n);
		if (c == 0)
			c = (l > n) - (l < n);
		if (c == 0)
			return (int)mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

/* The tag name at s[k..n) (k at its first letter), looked up: its index
   in htmltags or -1 in *t.  Return where the name ends. */
size_t
tagread(const char *s, size_t k, size_t n, int *t)
{
	char name[16];
	size_t j;

	for (j = 0; k < n && !htmlspace((unsigned char)s[k]) && s[k] != '/' &&
	    s[k] != '>'; k++)
		if (j < sizeof(name))
			name[j++] = (char)lowerc((unsigned char)s[k]);
	*t = j < sizeof(name) ? findtag(name, j) : -1;
	return k;
}

/* The character reference at s[0..n) (after '&') into out; its length,
   0 if it is none. */
size_t
charref(const char *s, size_t n, Buf *out)
{
	size_t i, k, lo, hi, mid, best = 0;
	unsigned long v = 0;
	const char *bestv = NULL;
	char name[40];
	int c;
	/* 0x80-0x9F as windows-1252, as the HTML standard says */
	static const unsigned short c1[32] = {
		0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
		0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
		0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
		0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
	};

	if (n > 0 && s[0] == '#') {
		int hex = n > 1 && (s[1] == 'x' || s[1] == 'X');

		for (i = hex ? 2 : 1, k = i; i < n; i++) {
			c = lowerc((unsigned char)s[i]);
			if (c >= '0' && c <= '9')
				c -= '0';
			else if (hex && c >= 'a' && c <= 'f')
				c = c - 'a' + 10;
			else
				break;
			if (v <= 0x10FFFF)
				v = v * (hex ? 16 : 10) + (unsigned long)c;
		}
		if (i == k)
			return 0;
		if (i < n && s[i] == ';')
			i++;
		if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
			v = 0xFFFD;
		else if (v >= 0x80 && v <= 0x9F)
			v = c1[v - 0x80];
		utf8put(out, (long)v);
		return i;
	}
	for (i = 0; i < n && i + 1 < sizeof(name) && (htmlalpha((unsigned char)
	    s[i]) || (s[i] >= '0' && s[i] <= '9')); i++)
		name[i] = s[i];
	if (i < n && s[i] == ';' && i + 1 < sizeof(name))
		name[i++] = ';';
	/* the longest name that is a prefix of s */
	for (k = i; k > 0; k--) {
		lo = 0;
		hi = nentities;
		while (lo < hi) {
			mid = (lo + hi) / 2;
			c = strncmp(entities[mid].name, name, k);
			if (c == 0 && entities[mid].name[k] != '\0')
				c = 1;
			if (c == 0) {
				best = k;
				bestv = entities[mid].utf8;
				break;
			}
			if (c < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (bestv != NULL)
			break;
	}
	if (bestv == NULL)
		return 0;
	bufadd(out, bestv, strlen(bestv));
	return best;
}

static int
prefixci_(const char *s, const char *lit)
{
	size_t i;

	for (i = 0; lit[i] != '\0'; i++)
		if (lowerc((unsigned char)s[i]) != lit[i])
			return 0;
	return 1;
}

/* Does the word w[0..n) of a class or id say one of words? */
static int
wordsays(const char *w, size_t n, const char **words, size_t nw)
{
	size_t i, j, l;

	for (i = 0; i < nw; i++) {
		l = strlen(words[i]);
		if (n < l)
			continue;
		for (j = 0; j < l && lowerc((unsigned char)w[j]) == words[i][j]; j++)
			;
		if (j < l)
			continue;
		for (j = 0; j < NELEM(suffixes); j++)
			if (strlen(suffixes[j]) == n - l) {
				size_t m;

				for (m = 0; m < n - l && lowerc((unsigned char)
				    w[l + m]) == suffixes[j][m]; m++)
					;
				if (m == n - l)
					return 1;
			}
	}
	return 0;
}

/* Does an aria-label's value v[0..n) name a media player ("Video
   Player", "audio player")?  Its settings, captions' styles and
   playlist are no text of the page. */
static int
saysplayer(const char *v, size_t n)
{
	size_t i;

	for (i = 0; i + 6 <= n; i++)
		if (prefixci_(v + i, "player") && (i == 0 ||
		    !htmlalpha((unsigned char)v[i - 1])) && (i + 6 == n ||
		    !htmlalpha((unsigned char)v[i + 6])))
			return 1;
	return 0;
}

/* The flags a class, id or role value v[0..n) adds. */
static int
attrfl(const char *v, size_t n, int role)
{
	size_t i = 0, k;
	int fl = 0;

	while (i < n) {
		while (i < n && !htmlalpha((unsigned char)v[i]))
			i++;
		for (k = i; k < n && htmlalpha((unsigned char)v[k]); k++)
			;
		if (k == i)
			break;
		if (role) {
			size_t j;

			for (j = 0; j < NELEM(roles); j++)
				if (strlen(roles[j]) == k - i &&
				    strncmp(roles[j], v + i, k - i) == 0)
					fl |= HT_NOISE;
			for (j = 0; j < NELEM(boxroles); j++)
				if (strlen(boxroles[j]) == k - i &&
				    strncmp(boxroles[j], v + i, k - i) == 0)
					fl |= j == 1 ? HT_BOX | HT_ART : HT_ART;
		} else {
			if (wordsays(v + i, k - i, noisewords, NELEM(noisewords)))
				fl |= HT_NOISE;
			if (wordsays(v + i, k - i, metawords, NELEM(metawords)))
				fl |= HT_META;
		}
		i = k;
	}
	return fl;
}

static long
number(const char *v, size_t n, long dflt)
{
	size_t i = 0;
	long x = 0;
	int neg = 0;

	while (i < n && htmlspace((unsigned char)v[i]))
		i++;
	if (i < n && v[i] == '-') {
		neg = 1;
		i++;
	}
	if (i >= n || v[i] < '0' || v[i] > '9')
		return dflt;
	for (; i < n && v[i] >= '0' && v[i] <= '9'; i++)
		if (x < 100000000)
			x = x * 10 + (v[i] - '0');
	return neg ? -x : x;
}

/* The list style of an ol's type= or style= value v[0..n): 'a', 'A',
   'i', 'I' for letters and roman numbers, or 0. */
static int
olstyle(const char *v, size_t n, int istype)
{
	size_t i;

	if (istype)
		return n == 1 && strchr("aAiI", v[0]) != NULL ? v[0] : 0;
	for (i = 0; i + 11 <= n; i++)
		if (prefixci_(v + i, "lower-alpha") || prefixci_(v + i, "lower-latin"))
			return 'a';
		else if (prefixci_(v + i, "upper-alpha") || prefixci_(v + i, "upper-latin"))
			return 'A';
		else if (prefixci_(v + i, "lower-roman"))
			return 'i';
		else if (prefixci_(v + i, "upper-roman"))
			return 'I';
	return 0;
}

/* Does a style= value v[0..n) hide its element: display: none,
   visibility: hidden? */
static int
unseen(const char *v, size_t n)
{
	char b[64];
	size_t i, k = 0;

	for (i = 0; i < n; i++) {
		if (htmlspace((unsigned char)v[i]))
			continue;
		if (v[i] == ';') {
			k = 0;
			continue;
		}
		if (k + 1 < sizeof(b))
			b[k++] = (char)lowerc((unsigned char)v[i]);
		b[k] = '\0';
		if (strncmp(b, "display:none", 12) == 0 ||
		    strncmp(b, "visibility:hidden", 17) == 0)
			return 1;
	}
	return 0;
}

/* The attributes a[0..n) of a start tag: the flags they add (HT_NOISE,
   HT_META); start= and value= into *start and *value, an ol's type=
   or style='list-style-type: ...' into *type (olstyle). */
int
tagattrs(const char *a, size_t n, int fl, long *start, long *value,
    int *type)
{
	size_t i = 0, ns, ne, vs, ve;
	int add = 0, cls = 0;

	/* attributes: name, or name=value, quoted or not */
	while (i < n) {
		while (i < n && (htmlspace((unsigned char)a[i]) || a[i] == '/'))
			i++;
		for (ns = i; i < n && !htmlspace((unsigned char)a[i]) &&
		    a[i] != '=' && a[i] != '/'; i++)
			;
		ne = i;
		while (i < n && htmlspace((unsigned char)a[i]))
			i++;
		vs = ve = i;
		if (i < n && a[i] == '=') {
			i++;
			while (i < n && htmlspace((unsigned char)a[i]))
				i++;
			if (i < n && (a[i] == '"' || a[i] == '\'')) {
				const char *q = memchr(a + i + 1, a[i], n - i - 1);

				vs = i + 1;
				ve = q != NULL ? (size_t)(q - a) : n;
				i = q != NULL ? ve + 1 : n;
			} else {
				for (vs = i; i < n && !htmlspace((unsigned char)a[i]); i++)
					;
				ve = i;
			}
		}
		if (ne == ns) {
			if (i < n)
				i++;
			continue;
		}
#define ISNAME(lit) (ne - ns == sizeof(lit) - 1 && \
	prefixci_(a + ns, lit))
		if (ISNAME("class") || ISNAME("id"))
			cls |= attrfl(a + vs, ve - vs, 0);
		else if (ISNAME("role"))
			fl |= attrfl(a + vs, ve - vs, 1);
		else if (ISNAME("start"))
			*start = number(a + vs, ve - vs, 1);
		else if (ISNAME("value"))
			*value = number(a + vs, ve - vs, -1);
		else if (ISNAME("type") || ISNAME("style")) {
			int st = olstyle(a + vs, ve - vs, ISNAME("type"));

			if (st != 0)
				*type = st;
			if (ISNAME("style") && unseen(a + vs, ve - vs))
				cls |= HT_UNSEEN;
		}
		else if (ISNAME("aria-label") && saysplayer(a + vs, ve - vs))
			cls |= HT_NOISE;	/* "Yahoo Video Player": its controls */
		else if (ISNAME("hidden") || (ISNAME("aria-hidden") &&
		    ve - vs == 4 && prefixci_(a + vs, "true")))
			add |= HT_NOISE;
#undef ISNAME
	}
	if (!(fl & HT_BOX))
		add |= cls;
	return add | (fl & (HT_NOISE | HT_ART));
}

/* Where the end tag of the raw text element name starts in s[i..n),
   n if nowhere. */
size_t
rawend(const char *s, size_t i, size_t n, const char *name)
{
	size_t l = strlen(name);
	const char *q;

	while (i < n && (q = memchr(s + i, '<', n - i)) != NULL) {
		i = (size_t)(q - s);
		if (i + 2 + l <= n && s[i + 1] == '/' && prefixci_(s + i + 2, name) &&
		    (i + 2 + l == n || htmlspace((unsigned char)s[i + 2 + l]) ||
		    s[i + 2 + l] == '>' || s[i + 2 + l] == '/'))
			return i;
		i++;
	}
	return n;
}

/* Skip past the next '>' from i. */
size_t
pastgt(const char *s, size_t i, size_t n)
{
	const char *q = memchr(s + i, '>', n - i);

	return q != NULL ? (size_t)(q - s) + 1 : n;
}

/* The end of the tag whose attributes start at i: the '>' outside
   quotes, n if none. */
size_t
tagend(const char *s, size_t i, size_t n)
{
	const char *q;

	while (i < n) {
		if (s[i] == '>')
			return i;
		if ((s[i] == '"' || s[i] == '\'') && i > 0 &&
		    (s[i - 1] == '=' || htmlspace((unsigned char)s[i - 1]))) {
			q = memchr(s + i + 1, s[i], n - i - 1);
			if (q == NULL)
				return n;
			i = (size_t)(q - s) + 1;
			continue;
		}
		i++;
	}
	return n;
}
