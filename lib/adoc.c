/* adoc.c: scm-diff's documents: units, their labels, their words as
   ids in a shared vocabulary, hashes of their bytes and words. */
#include <stdlib.h>
#include <string.h>

#include "scm.h"

/* Word ids shared by the documents being compared. */
struct Vocab {
	Hash words;
	uint32_t nid;
	Buf fold, key;
};

Vocab *
vocabnew(Arena *a)
{
	Vocab *x = aalloc(a, sizeof(*x));

	memset(x, 0, sizeof(*x));
	hashinit(&x->words, a);
	return x;
}

void
vocabfree(Vocab *x)
{
	hashfree(&x->words);
	buffree(&x->fold);
	buffree(&x->key);
}

static int
isdig(int c)
{
	return c >= '0' && c <= '9';
}

static int
isalph(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
eqfold(const char *a, const char *b, size_t n)
{
	size_t i;
	int x, y;

	for (i = 0; i < n; i++) {
		x = (unsigned char)a[i];
		y = (unsigned char)b[i];
		if (x >= 'A' && x <= 'Z')
			x += 'a' - 'A';
		if (y >= 'A' && y <= 'Z')
			y += 'a' - 'A';
		if (x != y)
			return 0;
	}
	return 1;
}

/* The length of an article's number opening s, "제3조", "제12조의2", if
   a space or a bracket follows it; 0 if none. */
static size_t
articlelen(Str s)
{
	size_t i;

	if (s.n < 8 || memcmp(s.p, "\xec\xa0\x9c", 3) != 0)	/* 제 */
		return 0;
	for (i = 3; i < s.n && i < 7 && s.p[i] >= '0' && s.p[i] <= '9'; i++)
		;
	if (i == 3 || i + 3 > s.n || memcmp(s.p + i, "\xec\xa1\xb0", 3) != 0)	/* 조 */
		return 0;
	i += 3;
	if (i + 4 <= s.n && memcmp(s.p + i, "\xec\x9d\x98", 3) == 0 &&	/* 의2 */
	    s.p[i + 3] >= '0' && s.p[i + 3] <= '9')
		for (i += 3; i < s.n && s.p[i] >= '0' && s.p[i] <= '9'; i++)
			;
	return i == s.n || s.p[i] == ' ' || s.p[i] == '(' ? i : 0;
}

size_t
labellen(Str s)
{
	static const char *ord[] = {
		"first", "firstly", "second", "secondly", "third", "thirdly",
		"fourth", "fourthly", "fifth", "fifthly", "sixth", "lastly",
		"finally",
	};
	const unsigned char *p = (const unsigned char *)s.p;
	size_t i = 0, j, k, n = s.n;
	int paren = 0, ok = 0;

	if ((j = articlelen(s)) > 0)
		goto found;	/* 제3조 */
	if ((i = labelquote(s)) > 0 && !(i < n && isdig(p[i])))
		i = 0;		/* 『1. (a quote's mark, then a number) */
	if (n > 0 && p[0] == '(') {
		paren = 1;
		i = 1;
	}
	j = i;
	if (j < n && isdig(p[j])) {
		/* 7. 7) (7) 1.2. */
		while (j < n && (isdig(p[j]) || (p[j] == '.' && j + 1 < n &&
		    isdig(p[j + 1]))))
			j++;
		ok = j - i <= 8;
	} else {
		/* (a) a) a. (iv) iv. */
		while (j < n && isalph(p[j]) && j - i < 5)
			j++;
		ok = j - i == 1 || (j > i && strspn((const char *)p + i,
		    "ivxlcIVXLC") >= j - i);
	}
	if (ok && j < n && (paren ? p[j] == ')' : (p[j] == '.' || p[j] == ')'))) {
		j++;
		if (j == n || (k = spanspace(s.p + j, n - j)) > 0 || paren)
			goto found;
	}
	/* Firstly, Second, Finally, */
	for (j = 0; j < n && isalph(p[j]); j++)
		;
	if (j > 0 && j < n && p[j] == ',') {
		for (k = 0; k < NELEM(ord); k++)
			if (strlen(ord[k]) == j && eqfold(s.p, ord[k], j))
				break;
		if (k < NELEM(ord)) {
			j++;
			goto found;
		}
	}
	return 0;
found:
	j += spanspace(s.p + j, n - j);
	while (j < n && (k = spanspace(s.p + j, n - j)) > 0)
		j += k;
	return j < n ? j : 0;	/* a label alone is the text */
}

/* The end of the chunk (bytes up to white space) starting at i; *ascii
   tells whether it is all ASCII. */
static size_t
chunkend(Str s, size_t i, int *ascii)
{
	const unsigned char *p = (const unsigned char *)s.p;

	*ascii = 1;
	for (; i < s.n; i++) {
		if (p[i] == ' ' || (p[i] >= '\t' && p[i] <= '\r'))
			break;
		if (p[i] >= 0x80) {
			*ascii = 0;
			if (spanspace(s.p + i, s.n - i) > 0)
				break;
		}
	}
	return i;
}

static int
isalnumc(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

/* The key of an ASCII chunk, as wordnext and the folding below would
   make it, faster. */
static void
asciikey(Buf *key, const unsigned char *p, size_t n)
{
	size_t k, w = 0, j;
	int c, inword = 0;

	for (k = 0; k < n; k++) {
		c = p[k];
		if (isalnumc(c)) {
			if (!inword)
				w = key->n;
			inword = 1;
			key->p[key->n++] = (char)(c >= 'A' && c <= 'Z' ?
			    c + 'a' - 'A' : c);
			continue;
		}
		if (inword && k + 1 < n && isalnumc(p[k + 1]) &&
		    (c == '\'' || c == '.' || c == '-')) {
			if (c != '-')
				key->p[key->n++] = (char)c;
			continue;
		}
		/* U.S. and 1.5. keep their final period */
		if (inword && c == '.' && (key->n - w) % 2 == 1 &&
		    key->n - w >= 3) {
			for (j = w + 1; j < key->n && key->p[j] == '.'; j += 2)
				;
			if (j >= key->n)
				key->p[key->n++] = '.';
		}
		inword = 0;
	}
}

/* The next chunk holding a word at or after *i: its key (folded words,
   hyphens dropped) in key, its bytes [*beg, *end).  0 at the end. */
static int
nextword(Buf *key, Str s, size_t *i, size_t *beg, size_t *end, Str *cp)
{
	size_t ce, off, k, j = *i;
	int ascii;
	Str chunk, w;
	const unsigned char *p;

	while (j < s.n) {
		if ((k = spanspace(s.p + j, s.n - j)) > 0) {
			j += k;
			continue;
		}
		if (!alignloose) {
			ce = chunkend(s, j, &ascii);
			chunk = (Str){ s.p + j, ce - j };
		} else
			ce = loosechunk(s, j, &chunk, &ascii);	/* loose.c */
		egrow(&key->p, &key->cap, chunk.n + 1, 1);
		key->n = 0;
		off = 0;
		if (ascii)
			asciikey(key, (const unsigned char *)chunk.p, chunk.n);
		else while (wordnext(chunk, &off, &w)) {
			p = (const unsigned char *)w.p;
			for (k = 0; k < w.n; k++) {
				if (p[k] >= 'A' && p[k] <= 'Z')
					key->p[key->n++] = (char)(p[k] + 'a' - 'A');
				else if (p[k] == '-')
					;
				else if (k + 2 < w.n && p[k] == 0xE2 &&
				    p[k + 1] == 0x80 && p[k + 2] == 0x99) {
					key->p[key->n++] = '\'';
					k += 2;
				} else
					key->p[key->n++] = (char)p[k];
			}
		}
		if (key->n > 0) {
			*beg = j;
			*end = *i = ce;
			if (cp != NULL)
				*cp = chunk;	/* (loose: as compared) */
			return 1;
		}
		j = ce;		/* punctuation only */
	}
	*i = j;
	return 0;
}

/* Does c hold a Hangul syllable's lead byte? */
static int
hangulin(Str c)
{
	size_t i;

	for (i = 0; i < c.n; i++)
		if ((unsigned char)c.p[i] >= 0xEA && (unsigned char)c.p[i] <= 0xED)
			return 1;
	return 0;
}

/* The key of chunk c with its Korean words' particles cut, in key
   ("동맹을" "동맹", "(SCM)가" "scm"); 0 if it is c's key (no Hangul,
   nothing cut). */
static int
stemkey(Buf *key, Str c)
{
	size_t off = 0, k, n;
	const unsigned char *p;
	int cut = 0, nw = 0;
	Str w;

	egrow(&key->p, &key->cap, c.n + 1, 1);
	key->n = 0;
	while (wordnext(c, &off, &w)) {
		p = (const unsigned char *)w.p;
		n = w.n;
		if (w.n >= 3 && p[w.n - 3] >= 0xEA && p[w.n - 3] <= 0xED) {
			if (nw > 0 && hgtail(w.p, w.n, 0))
				n = 0;		/* a particle after a bracket */
			else
				n = hgcountstem(w.p, w.n);
			cut |= n < w.n;
		}
		nw++;
		for (k = 0; k < n; k++) {
			if (p[k] >= 'A' && p[k] <= 'Z')
				key->p[key->n++] = (char)(p[k] + 'a' - 'A');
			else if (p[k] == '-')
				;
			else if (k + 2 < n && p[k] == 0xE2 &&
			    p[k + 1] == 0x80 && p[k + 2] == 0x99) {
				key->p[key->n++] = '\'';
				k += 2;
			} else
				key->p[key->n++] = (char)p[k];
		}
	}
	return cut && key->n > 0;
}

size_t
atokenize(Vocab *x, Str s, ATok *t, size_t cap, int add)
{
	size_t i, nt = 0, beg, end;
	Entry *e;
	Str chunk;

	i = labellen(s);
	while (nextword(&x->key, s, &i, &beg, &end, &chunk)) {
		if (nt > 0 && nt <= cap)	/* punctuation after a word is its */
			t[nt - 1].end = (size_t)(strtrim((Str){ s.p,
			    beg }).p - s.p) + strtrim((Str){ s.p, beg }).n;
		if (add)
			e = hashput(&x->words, bufstr(&x->key));
		else
			e = hashget(&x->words, bufstr(&x->key));
		if (e != NULL && e->ival == 0)
			e->ival = ++x->nid;
		if (nt < cap) {
			t[nt].id = t[nt].sid = e != NULL ? (uint32_t)e->ival : 0;
			t[nt].beg = beg;
			t[nt].end = end;
			if (hangulin(chunk) && stemkey(&x->fold, chunk)) {
				e = add ? hashput(&x->words, bufstr(&x->fold)) :
				    hashget(&x->words, bufstr(&x->fold));
				if (e != NULL && e->ival == 0)
					e->ival = ++x->nid;
				t[nt].sid = e != NULL ? (uint32_t)e->ival : 0;
			}
		}
		nt++;
	}
	if (nt > 0 && nt <= cap)
		t[nt - 1].end = (size_t)(strtrim(s).p - s.p) + strtrim(s).n;
	return nt;
}

/* Hash of the word keys of s (its first max of them), and their number. */
static uint64_t
keyhash(Buf *key, Str s, size_t *n, size_t max)
{
	uint64_t h = 0x9E3779B97F4A7C15ULL;
	size_t i = labellen(s), beg, end;

	*n = 0;
	while (*n < max && nextword(key, s, &i, &beg, &end, NULL)) {
		h = (h ^ hashbytes(key->p, key->n)) * 0xBF58476D1CE4E5B9ULL;
		h ^= h >> 31;
		(*n)++;
	}
	return h;
}

/* Give u its key, the hash of its words, and their number. */
void
aunitkey(Vocab *x, AUnit *u)
{
	u->key = keyhash(&x->key, u->text, &u->ntok, SIZE_MAX);
}

/* The hash of u's first r words; 0 when it has fewer. */
uint64_t
aunitopening(Vocab *x, const AUnit *u, size_t r)
{
	size_t n;
	uint64_t h = keyhash(&x->key, u->text, &n, r);

	return n == r ? h : 0;
}

/* Do a and b have the same words? */
int
samewords(Vocab *x, Str a, Str b)
{
	Buf *ka = &x->key, *kb = &x->fold;
	size_t i = labellen(a), j = labellen(b), beg, end;
	int ga, gb;

	for (;;) {
		ga = nextword(ka, a, &i, &beg, &end, NULL);
		gb = nextword(kb, b, &j, &beg, &end, NULL);
		if (!ga || !gb)
			return ga == gb;
		if (!streq(bufstr(ka), bufstr(kb)))
			return 0;
	}
}

void
adocadd(Arena *a, Vocab *x, ADoc *d, Str text, Str loc, Str tags)
{
	AUnit *u;

	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 256;
		d->u = erealloc(d->u, d->cap * sizeof(*d->u));
	}
	u = &d->u[d->n++];
	u->text = astrdup(a, text);
	u->loc = isabsent(loc) ? S("-") : astrdup(a, loc);
	u->tags = isabsent(tags) ? S("") : astrdup(a, tags);
	u->id = u->sid = NULL;
	u->lab = labellen(u->text);
	u->raw = hashbytes(u->text.p + u->lab, u->text.n - u->lab);
	u->key = 0;
	u->ntok = 0;
	(void)x;
}

/* Give u its word ids (once). */
void
aunitids(Arena *a, Vocab *x, AUnit *u)
{
	static ATok *t;
	static size_t cap;
	size_t n, i;

	if (u->id != NULL)
		return;
	while ((n = atokenize(x, u->text, t, cap, 1)) > cap || cap == 0)
		egrow(&t, &cap, n + 1, sizeof(*t));
	u->id = aalloc(a, (n ? n : 1) * sizeof(uint32_t));
	for (i = 0; i < n && t[i].sid == t[i].id; i++)
		u->id[i] = t[i].id;
	u->sid = u->id;
	if (i < n) {	/* a Korean word with a particle: ids of its stems */
		u->sid = aalloc(a, n * sizeof(uint32_t));
		for (i = 0; i < n; i++) {
			u->id[i] = t[i].id;
			u->sid[i] = t[i].sid;
		}
	}
}

void
adocfree(ADoc *d)
{
	free(d->u);
	memset(d, 0, sizeof(*d));
}

/* The clause label of a unit that opens with a clause number ("13. ",
   "4.2 ", "4.2. "), as "¶13" or "¶4.2" in buf; else its loc.  Headings,
   metadata and noise have none. */
Str
aunitcite(const AUnit *u, char *buf, size_t size, int *has)
{
	Str t = u->text;
	size_t i = 0, dots = 0, end;

	*has = 0;
	if (u->kind == K_HEADING || u->kind == K_META || u->kind == K_NOISE)
		return u->loc;
	/* an article of an agreement: "제3조 (효력) ...", cited as it is */
	if ((end = articlelen(t)) > 0 && end + 1 <= size) {
		memcpy(buf, t.p, end);
		*has = 1;
		return (Str){ buf, end };
	}
	i = labelquote(t);	/* 『1. ... */
	if (i > 0 && !(i < t.n && t.p[i] >= '0' && t.p[i] <= '9'))
		i = 0;
	t.p += i;
	t.n -= i;
	i = 0;
	for (;;) {
		size_t d = i;
		while (i < t.n && i - d < 4 && t.p[i] >= '0' && t.p[i] <= '9')
			i++;
		if (i == d || (t.p[d] == '0' && i - d > 1))
			return u->loc;
		end = i;
		if (i < t.n && t.p[i] == '.' && i + 1 < t.n &&
		    t.p[i + 1] >= '0' && t.p[i + 1] <= '9') {
			i++;
			dots++;
			continue;
		}
		break;
	}
	if (i < t.n && t.p[i] == '.')
		i++;
	else if (dots == 0 && u->kind == K_CLAUSE && i < t.n && t.p[i] == ',')
		i++;			/* a clause numbered "3, " (1970s copies) */
	else if (dots == 0)
		return u->loc;		/* "13 The": a number, no label */
	if (i < t.n && t.p[i] != ' ')
		return u->loc;
	if (end + 3 > size)
		return u->loc;
	memcpy(buf, "\xc2\xb6", 2);
	memcpy(buf + 2, t.p, end);
	*has = 1;
	return (Str){ buf, end + 2 };
}
