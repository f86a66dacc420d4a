/* match.c: a word-level trie over hashed words, matching a lexicon's
   phrases in one pass over a text whatever the number of patterns. */
#include <stdlib.h>
#include <string.h>

#include "scm.h"

/*
 * A text is cut into tokens: words (ASCII letters and digits and any
 * other letter, folded to ASCII lower case) and single punctuation
 * characters; white space and dashes only separate tokens.  Typographic
 * quotes become their plain forms.  Each token is hashed; the trie's
 * edges live in one open-addressing table keyed by (node, token hash).
 * A node reached through a `*' pattern is keyed by the hash of a
 * prefix of the word and flagged in the parent's pfxmask by length.
 * Hashes only find candidates: every match is checked token by token.
 */

enum { T_WORD, T_PUNCT };
enum { BLOOMBITS = 1 << 16 };
#define PFXSEED 0x9e3779b97f4a7c15ULL
#define HGSEED 0x7f4a7c159e3779b9ULL	/* a Hangul word + particles */
#define SFXSEED 0x3779b97f4a7c159eULL	/* `*' before: a word's ending */
#define FNV0 0xcbf29ce484222325ULL
#define FNVP 0x100000001b3ULL

typedef struct {
	uint32_t off, len;	/* bytes of the token in the text */
	uint64_t h;		/* hash of its folded form */
	int type;
	char q;			/* canonical punctuation, 0 for the raw bytes */
} Tok;

typedef struct {
	uint64_t th;		/* token hash (or prefix hash ^ PFXSEED) */
	uint32_t parent, child;	/* child 0: empty slot */
} Edge;

typedef struct {
	uint32_t out;		/* first output + 1, 0 none */
	uint64_t pfxmask;	/* bit L-1: a `*' edge of prefix length L */
	uint64_t hgmask;	/* bit L-1: a Hangul edge of length L */
	uint64_t sfxmask;	/* bit L-1: a leading `*' edge, ending of length L */
} Node;

typedef struct {
	uint32_t tag, next;	/* next output of the same node + 1 */
	uint32_t ntok;
	int cs, pfx;		/* pfx 2: a Hangul word, particles may follow */
	int sfx;		/* a leading `*': the first word is an ending */
	Str *tok;		/* the pattern's tokens, canonical, unfolded */
} Out;

struct Lex {
	Arena *a;
	Node *node;
	size_t nnode, capnode;
	Edge *edge;
	size_t nedge, capedge;
	Out *out;
	size_t nout, capout;
	Hash tags;
	Str *tagname;
	uint32_t *tagns;	/* namespace id of each tag */
	size_t ntag, captag;
	Hash ns;
	Prefilter *pf;		/* prefilter.c: where entries may begin */
	uint64_t bloom[BLOOMBITS / 64];
	Tok *tok;
	size_t ntok, captok;
	Match *m;
	size_t nm, capm;
	int pfxhg;		/* a `*' pattern's last word begins in Hangul */
};

/* lower[c]: the folded ASCII letter or digit, 0 for anything else;
   cls[c]: 0 letter or digit, 1 separator, 2 punctuation, 3 not ASCII. */
static unsigned char lower[256], cls[256];
/* Does the 3-byte character at p look like a Hangul syllable? */
#define ISHGB(p) (((p)[0] == 0xEA && (p)[1] >= 0xB0) || (p)[0] == 0xEB || \
	(p)[0] == 0xEC || ((p)[0] == 0xED && (p)[1] < 0x9F))
static uint64_t phash[256];	/* the hash of each ASCII punctuation token */
static uint64_t foldhash(const unsigned char *, size_t);

static void
initlower(void)
{
	int c;

	if (lower['a'])
		return;
	for (c = '0'; c <= '9'; c++)
		lower[c] = (unsigned char)c;
	for (c = 'a'; c <= 'z'; c++)
		lower[c] = (unsigned char)c;
	for (c = 'A'; c <= 'Z'; c++)
		lower[c] = (unsigned char)(c - 'A' + 'a');
	for (c = 0; c < 256; c++)
		cls[c] = lower[c] ? 0 : c >= 0x80 ? 3 : 2;
	cls[' '] = cls['\t'] = cls['\n'] = cls['\v'] = cls['\f'] = cls['\r'] = 1;
	cls['-'] = 1;
	for (c = 0; c < 0x80; c++) {
		unsigned char b = (unsigned char)c;
		phash[c] = foldhash(&b, 1);
	}
}

static uint64_t
mix(uint64_t h)
{
	h ^= h >> 32;
	h *= 0xd6e8feb86659fd93ULL;
	h ^= h >> 32;
	return h;
}

/* The hash of the folded bytes p[0..n): eight at a time. */
static uint64_t
foldhash(const unsigned char *p, size_t n)
{
	uint64_t h = FNV0, w = 0;
	size_t i, j, len;
	unsigned char f[4];
	int k = 0;

	for (i = 0; i < n; i++) {
		if (p[i] >= 0xC0 && !(i + 2 < n && ISHGB(p + i))) {	/* casefold.c: one length folded; Hangul has no case */
			len = foldchar(p + i, n - i, f);
			for (j = 0; j + 1 < len; j++, i++) {
				w = w << 8 | f[j];
				if (++k == 8) {
					h = (h ^ w) * FNVP;
					w = 0;
					k = 0;
				}
			}
			w = w << 8 | f[j];
		} else
			w = w << 8 | (lower[p[i]] ? lower[p[i]] : p[i]);
		if (++k == 8) {
			h = (h ^ w) * FNVP;
			w = 0;
			k = 0;
		}
	}
	h = (h ^ w ^ (uint64_t)n << 56) * FNVP;
	return mix(h);
}

/* What the character at s is: 0 a letter, 1 a separator, 2 punctuation
   (*q its plain form or 0). */
static int
classify(const unsigned char *s, size_t n, int *len, char *q)
{
	long c;

	*q = 0;
	if (s[0] < 0x80) {
		*len = 1;
		if (lower[s[0]])
			return 0;
		if (s[0] == ' ' || (s[0] >= '\t' && s[0] <= '\r') || s[0] == '-')
			return 1;
		*q = (char)s[0];
		return 2;
	}
	*len = utf8dec(s, n, &c);
	if (c < 0)
		return 0;	/* stray bytes are kept inside words */
	if (isuspace(c) || isudash(c))
		return 1;
	if (c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B ||
	    c == 0x2032) {
		*q = '\'';
		return 2;
	}
	if (isuquote(c)) {
		*q = '"';
		return 2;
	}
	if ((c >= 0x2000 && c <= 0x206F) || (c >= 0xA1 && c <= 0xBF) ||
	    c == 0xD7 || c == 0xF7 || (c >= 0x3000 && c <= 0x303F) ||
	    (c >= 0xFF01 && c <= 0xFF0F))
		return 2;
	return 0;
}


/* Cut s into x->tok; Latin letters and Hangul are separate words. */
static void
tokenize(Lex *x, const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, j;
	int type, len, k;
	char q = 0;
	uint64_t h, w, c;
	unsigned char f[4];
	Tok *t;

	x->ntok = 0;
	while (i < n) {
		type = cls[s[i]];
		len = 1;
		if (type == 1) {
			i++;
			continue;
		}
		if (type == 2)
			q = (char)s[i];
		else if (type == 3 && (type = classify(s + i, n - i, &len, &q)) == 1) {
			i += (size_t)len;
			continue;
		}
		if (x->ntok == x->captok)
			egrow(&x->tok, &x->captok, x->ntok + 1, sizeof(Tok));
		t = &x->tok[x->ntok++];
		t->off = (uint32_t)i;
		if (type == 2) {
			t->type = T_PUNCT;
			t->q = q;
			i += (size_t)len;
			t->len = (uint32_t)len;
			t->h = q ? phash[(unsigned char)q] : foldhash(s + t->off, t->len);
			continue;
		}
		t->type = T_WORD;
		t->q = 0;
		h = FNV0;
		w = 0;
		k = 0;
		for (;;) {	/* foldhash, while finding the end */
			if (i < n && i >= t->off + 3 && lower[s[i]] &&
			    ISHGB(s + i - 3))
				break;		/* 한미SCM: Latin after Hangul */
			while (i < n && (c = lower[s[i]]) != 0) {
				w = w << 8 | c;
				if (++k == 8) {
					h = (h ^ w) * FNVP;
					w = 0;
					k = 0;
				}
				i++;
			}
			if (i >= n || s[i] < 0x80)
				break;
			if (i + 2 < n && ISHGB(s + i) && (s[i + 1] & 0xC0) == 0x80 &&
			    (s[i + 2] & 0xC0) == 0x80)
				len = 3;	/* a Hangul syllable: a letter */
			else if (classify(s + i, n - i, &len, &q) != 0)
				break;
			if (i > t->off && lower[s[i - 1]] && len == 3 && ISHGB(s + i))
				break;		/* SCM은: a particle after Latin */
			if (len == 3 && ISHGB(s + i))	/* Hangul has no case */
				memcpy(f, s + i, 3);
			else
				foldchar(s + i, n - i, f);	/* casefold.c */
			for (j = 0; j < (size_t)len; j++, i++) {
				w = w << 8 | f[j];
				if (++k == 8) {
					h = (h ^ w) * FNVP;
					w = 0;
					k = 0;
				}
			}
		}
		t->len = (uint32_t)(i - t->off);
		t->h = mix((h ^ w ^ (uint64_t)t->len << 56) * FNVP);
	}
}

/* The hash of the last L folded bytes of word token t. */
static uint64_t
sfxhash(const char *s, const Tok *t, size_t L)
{
	return foldhash((const unsigned char *)s + t->off + t->len - L, L) ^ SFXSEED;
}

/* The hash of the first L folded bytes of word token t. */
static uint64_t
pfxhash(const char *s, const Tok *t, size_t L)
{
	return foldhash((const unsigned char *)s + t->off, L) ^ PFXSEED;
}

static size_t
edgeslot(const Lex *x, uint32_t parent, uint64_t th)
{
	return (size_t)mix(th + parent * 0x9e3779b97f4a7c15ULL) &
	    (x->capedge - 1);
}

static uint32_t
edgeget(const Lex *x, uint32_t parent, uint64_t th)
{
	size_t i = edgeslot(x, parent, th);
	const Edge *e;

	for (;; i = (i + 1) & (x->capedge - 1)) {
		e = &x->edge[i];
		if (e->child == 0)
			return 0;
		if (e->th == th && e->parent == parent)
			return e->child;
	}
}

static void
edgegrow(Lex *x)
{
	Edge *old = x->edge;
	size_t i, oldcap = x->capedge, k;

	x->capedge = oldcap ? oldcap * 2 : 1024;
	x->edge = ecalloc(x->capedge, sizeof(Edge));
	for (i = 0; i < oldcap; i++) {
		if (old[i].child == 0)
			continue;
		k = edgeslot(x, old[i].parent, old[i].th);
		while (x->edge[k].child != 0)
			k = (k + 1) & (x->capedge - 1);
		x->edge[k] = old[i];
	}
	free(old);
}

static uint32_t
newnode(Lex *x)
{
	if (x->nnode == x->capnode)
		egrow(&x->node, &x->capnode, x->nnode + 1, sizeof(Node));
	memset(&x->node[x->nnode], 0, sizeof(Node));
	return (uint32_t)x->nnode++;
}

/* The child of parent by th, made if missing. */
static uint32_t
edgeput(Lex *x, uint32_t parent, uint64_t th)
{
	size_t i;
	uint32_t c;

	if ((c = edgeget(x, parent, th)) != 0)
		return c;
	if ((x->nedge + 1) * 2 > x->capedge)
		edgegrow(x);
	c = newnode(x);
	i = edgeslot(x, parent, th);
	while (x->edge[i].child != 0)
		i = (i + 1) & (x->capedge - 1);
	x->edge[i].th = th;
	x->edge[i].parent = parent;
	x->edge[i].child = c;
	x->nedge++;
	if (parent == 0)
		x->bloom[(th >> 7) % BLOOMBITS / 64] |=
		    1ULL << ((th >> 7) % BLOOMBITS % 64);
	return c;
}

Lex *
lexnew(void)
{
	Lex *x = ecalloc(1, sizeof(Lex));

	initlower();
	x->a = arenanew();
	hashinit(&x->tags, x->a);
	hashinit(&x->ns, x->a);
	newnode(x);		/* the root */
	edgegrow(x);
	x->pf = pfnew();
	return x;
}

void
lexfree(Lex *x)
{
	if (x == NULL)
		return;
	free(x->node);
	free(x->edge);
	free(x->out);
	free(x->tagname);
	free(x->tagns);
	free(x->tok);
	free(x->m);
	pffree(x->pf);
	hashfree(&x->tags);
	hashfree(&x->ns);
	arenafree(x->a);
	free(x);
}

size_t
lexntag(const Lex *x)
{
	return x->ntag;
}

size_t
lexnpattern(const Lex *x)
{
	return x->nout;
}

Str
lextag(const Lex *x, size_t id)
{
	return x->tagname[id];
}

const char *
tagcheck(Str tag)
{
	size_t i, colon = 0;

	if (tag.n == 0)
		return "empty tag";
	for (i = 0; i < tag.n; i++) {
		unsigned char c = (unsigned char)tag.p[i];
		if (c == ':' && colon == 0)
			colon = i + 1;
		else if (c <= ' ' || c == ',' || c == 0x7F)
			return "bad tag (white space, comma or control character)";
	}
	if (colon <= 1 || colon == tag.n)
		return "bad tag (want namespace:name)";
	return NULL;
}

/* The id of tag, added if new. */
static uint32_t
tagid(Lex *x, Str tag)
{
	Entry *e = hashput(&x->tags, tag), *ns;
	Str nsname = tag;

	if (e->ival != 0)
		return (uint32_t)(e->ival - 1);
	if (x->ntag == x->captag) {
		egrow(&x->tagname, &x->captag, x->ntag + 1, sizeof(Str));
		x->tagns = erealloc(x->tagns, x->captag * sizeof(uint32_t));
	}
	nsname.n = (size_t)((char *)memchr(tag.p, ':', tag.n) - tag.p);
	ns = hashput(&x->ns, nsname);
	if (ns->ival == 0)
		ns->ival = x->ns.len;
	x->tagname[x->ntag] = e->key;
	x->tagns[x->ntag] = (uint32_t)ns->ival;
	e->ival = ++x->ntag;
	return (uint32_t)(e->ival - 1);
}

/* 한미 also as 한·미: the pattern again with middle dots. */
static int
hgvariant(Lex *x, Str tag, Str pat)
{
	Buf b = { 0 };
	const char *err;
	int r = 0;

	if (hgdotted(pat, &b))
		r = lexadd(x, tag, bufstr(&b), &err);
	buffree(&b);
	return r;
}

uint32_t
lextagadd(Lex *x, Str tag)
{
	return tagid(x, tag);
}

int
lexadd(Lex *x, Str tag, Str pat, const char **err)
{
	int cs = 0, pfx = 0, sfx = 0;
	uint32_t node = 0, id, o;
	size_t i;
	Out *out;
	Tok *t;

	if ((*err = tagcheck(tag)) != NULL)
		return -1;
	pat = strtrim(pat);
	if (pat.n > 0 && pat.p[0] == '=') {
		cs = 1;
		pat.p++;
		pat.n--;
	}
	if (pat.n > 0 && pat.p[0] == '*') {
		sfx = 1;	/* *해야 한다: 대응해야 한다 */
		pat.p++;
		pat.n--;
	}
	if (pat.n > 1 && pat.p[pat.n - 1] == '*' && lower[(unsigned char)pat.p[pat.n - 2]] == 0 &&
	    (unsigned char)pat.p[pat.n - 2] < 0x80) {
		*err = "'*' must follow a letter or digit";
		return -1;
	}
	if (pat.n > 0 && pat.p[pat.n - 1] == '*') {
		pfx = 1;
		pat.n--;
	}
	if (!pfx && !cs && hgends(pat.p, pat.n))
		pfx = 2;
	if (pat.n > 0 && memchr(pat.p, '*', pat.n) != NULL) {
		*err = "'*' only at the end of a pattern";
		return -1;
	}
	if (pat.n >= 1u << 20) {
		*err = "pattern too long";
		return -1;
	}
	tokenize(x, pat.p, pat.n);
	if (x->ntok == 0) {
		*err = pat.n == 0 ? "empty pattern" : "pattern has no words";
		return -1;
	}
	if (pfx == 2 && x->tok[x->ntok - 1].len > 64)
		pfx = 0;	/* too long for particles: exact */
	if (sfx && (x->ntok < 2 || x->tok[0].len > 64 || x->tok[0].type != T_WORD ||
	    !ISHGB((const unsigned char *)pat.p + x->tok[0].off))) {
		*err = "a leading '*' needs a Hangul ending of at most 64 bytes and a word after it";
		return -1;
	}
	if (pfx && x->tok[x->ntok - 1].len > 64) {
		*err = "word before '*' longer than 64 bytes";
		return -1;
	}
	t = &x->tok[0];
	pfadd(x->pf, t->q ? (Str){ &t->q, 1 } : (Str){ pat.p + t->off, t->len },
	    t->type == T_PUNCT ? PF_PUNCT : pfx && x->ntok == 1 ? PF_PREFIX : PF_WORD);
	for (i = 0; i < x->ntok; i++) {
		t = &x->tok[i];
		if (sfx && i == 0) {
			x->node[0].sfxmask |= 1ULL << (t->len - 1);
			node = edgeput(x, 0, sfxhash(pat.p, t, t->len));
		} else if (pfx == 2 && i == x->ntok - 1) {
			x->node[node].hgmask |= 1ULL << (t->len - 1);
			node = edgeput(x, node, pfxhash(pat.p, t, t->len) ^ HGSEED);
		} else if (pfx && i == x->ntok - 1) {
			if (ISHGB((const unsigned char *)pat.p + t->off))
				x->pfxhg = 1;
			x->node[node].pfxmask |= 1ULL << (t->len - 1);
			node = edgeput(x, node, pfxhash(pat.p, t, t->len));
		} else
			node = edgeput(x, node, t->h);
	}
	id = tagid(x, tag);
	for (o = x->node[node].out; o != 0; o = x->out[o - 1].next)
		if (x->out[o - 1].tag == id && x->out[o - 1].cs == cs &&
		    x->out[o - 1].pfx == pfx && x->out[o - 1].sfx == sfx && !cs)
			return 0;	/* the same entry again */
	if (x->nout == x->capout)
		egrow(&x->out, &x->capout, x->nout + 1, sizeof(Out));
	out = &x->out[x->nout++];
	out->tag = id;
	out->cs = cs;
	out->pfx = pfx;
	out->sfx = sfx;
	out->ntok = (uint32_t)x->ntok;
	out->tok = aalloc(x->a, x->ntok * sizeof(Str));
	for (i = 0; i < x->ntok; i++) {
		t = &x->tok[i];
		if (t->q)
			out->tok[i] = astrdup(x->a, (Str){ &t->q, 1 });
		else
			out->tok[i] = astrdup(x->a, (Str){ pat.p + t->off, t->len });
	}
	out->next = x->node[node].out;
	x->node[node].out = (uint32_t)x->nout;
	if (pfx == 2)
		return hgvariant(x, tag, pat);
	return 0;
}

/* Does text token t hold pattern token p (a prefix of it if pfx, its
   ending if pfx is 4)? */
static int
tokeq(const char *s, const Tok *t, Str p, int cs, int pfx)
{
	const unsigned char *a = (const unsigned char *)s + t->off;
	const unsigned char *b = (const unsigned char *)p.p;

	if (t->q)
		return p.n == 1 && p.p[0] == t->q;
	if (pfx == 4) {
		if (p.n >= t->len)
			return 0;
		a += t->len - p.n;
		pfx = 1;
	}
	if (pfx ? p.n > t->len : p.n != t->len)
		return 0;
	if (pfx == 2 && !hgtail(s + t->off + p.n, t->len - p.n, p.n))
		return 0;
	if (cs)
		return memcmp(a, b, p.n) == 0;
	return foldeqn(a, b, p.n);	/* casefold.c */
}

/* Record the outputs of node for the tokens [i, j] that check out. */
static void
emit(Lex *x, const char *s, uint32_t node, size_t i, size_t j)
{
	uint32_t o, k;
	Out *out;
	Match *m;

	for (o = x->node[node].out; o != 0; o = out->next) {
		out = &x->out[o - 1];
		if (out->ntok != j - i + 1)
			continue;
		for (k = 0; k < out->ntok; k++)
			if (!tokeq(s, &x->tok[i + k], out->tok[k], out->cs,
			    k == out->ntok - 1 ? out->pfx : k == 0 && out->sfx ? 4 : 0))
				break;
		if (k < out->ntok)
			continue;
		if (x->nm == x->capm)
			egrow(&x->m, &x->capm, x->nm + 1, sizeof(Match));
		m = &x->m[x->nm++];
		m->tag = out->tag;
		m->tok0 = i;
		m->tok1 = j + 1;
		m->off = x->tok[i].off;
		m->len = x->tok[j].off + x->tok[j].len - m->off;
	}
}

static int
bycontain(const void *a, const void *b)
{
	const Match *p = a, *q = b;

	if (p->ns != q->ns)
		return p->ns < q->ns ? -1 : 1;
	if (p->tok0 != q->tok0)
		return p->tok0 < q->tok0 ? -1 : 1;
	if (p->tok1 != q->tok1)
		return p->tok1 > q->tok1 ? -1 : 1;
	return (p->tag > q->tag) - (p->tag < q->tag);
}

/* Drop the matches that lie inside a longer one of their namespace. */
static void
longest(Lex *x)
{
	size_t i, k, n = 0, maxend = 0, grpend = 0, grp0 = 0;
	uint32_t ns = 0;

	for (i = 0; i < x->nm; i++)
		x->m[i].ns = x->tagns[x->m[i].tag];
	qsort(x->m, x->nm, sizeof(Match), bycontain);
	for (i = 0; i < x->nm; i = k) {
		/* a group: same namespace and start */
		if (i == 0 || x->m[i].ns != ns) {
			ns = x->m[i].ns;
			maxend = 0;
		}
		grp0 = x->m[i].tok0;
		grpend = x->m[i].tok1;
		for (k = i; k < x->nm && x->m[k].ns == ns && x->m[k].tok0 == grp0; k++)
			if (maxend < x->m[k].tok1 && x->m[k].tok1 == grpend)
				x->m[n++] = x->m[k];
		if (grpend > maxend)
			maxend = grpend;
	}
	x->nm = n;
}

/* The Hangul edges of node for the prefixes of token t (token j of a
   match from i): the hash of each prefix of whole syllables is foldhash's,
   computed in one pass (Hangul bytes are not folded). */
static void
hgprefixes(Lex *x, const char *s, const Tok *t, uint32_t node, uint64_t mask,
    size_t i, size_t j)
{
	const unsigned char *p = (const unsigned char *)s + t->off;
	uint64_t h = FNV0, w = 0;
	size_t L, n = t->len < 64 ? t->len : 64;
	uint32_t c;
	int k = 0;

	for (L = 0; L + 3 <= n && ISHGB(p + L); ) {
		for (c = 0; c < 3; c++, L++) {
			w = w << 8 | p[L];
			if (++k == 8) {
				h = (h ^ w) * FNVP;
				w = 0;
				k = 0;
			}
		}
		if ((mask & (1ULL << (L - 1))) &&
		    (c = edgeget(x, node, mix((h ^ w ^ (uint64_t)L << 56) * FNVP) ^
		    HGSEED ^ PFXSEED)) != 0)
			emit(x, s, c, i, j);
	}
	if (L < n)
		for (L += 1; L <= n; L++)	/* past a character that is not Hangul */
			if (mask & (1ULL << (L - 1)) &&
			    (c = edgeget(x, node, pfxhash(s, t, L) ^ HGSEED)) != 0)
				emit(x, s, c, i, j);
}

/* Walk the trie from node over the tokens from j on, for matches that
   start at token i. */
static void
walk(Lex *x, const char *s, uint32_t node, size_t i, size_t j)
{
	size_t L;
	uint32_t c;
	uint64_t mask, th;
	Tok *t;

	for (; j < x->ntok; j++) {
		t = &x->tok[j];
		if ((mask = x->node[node].pfxmask) != 0 && t->type == T_WORD &&
		    (x->pfxhg || !(t->len >= 3 && ISHGB((const unsigned char *)s + t->off))))
			for (L = 1; L <= t->len && L <= 64; L++)
				if (mask & (1ULL << (L - 1)) &&
				    (c = edgeget(x, node, pfxhash(s, t, L))) != 0)
					emit(x, s, c, i, j);
		if ((mask = x->node[node].hgmask) != 0 &&
		    (unsigned char)s[t->off] >= 0xE0 && t->type == T_WORD)
			hgprefixes(x, s, t, node, mask, i, j);
		th = t->h;
		if (node == 0 && !(x->bloom[(th >> 7) % BLOOMBITS / 64] &
		    (1ULL << ((th >> 7) % BLOOMBITS % 64))))
			return;
		if ((node = edgeget(x, node, th)) == 0)
			return;
		if (x->node[node].out != 0)
			emit(x, s, node, i, j);
	}
}

void
lexprefilter(Lex *x, int on)
{
	pfenable(x->pf, on);
}

size_t
lexmatch(Lex *x, Str text, int all, Match **mp)
{
	const char *s = text.p;
	size_t i, L;
	uint32_t c;
	uint64_t mask = x->node[0].sfxmask;
	Tok *t;

	x->nm = 0;
	if (text.n >= 0xFFFFFFFFu) {	/* offsets are 32 bits */
		*mp = x->m;
		return 0;
	}
	x->ntok = 0;
	if (!pfany(x->pf, text)) {	/* no entry can begin in text */
		*mp = x->m;
		return 0;
	}
	tokenize(x, text.p, text.n);
	for (i = 0; i < x->ntok; i++) {
		t = &x->tok[i];
		if (mask != 0 && t->type == T_WORD && t->len >= 3 &&
		    ISHGB((const unsigned char *)s + t->off + t->len - 3))	/* *해야 한다 */
			for (L = 1; L < t->len && L <= 64; L++)
				if (mask & (1ULL << (L - 1)) &&
				    (c = edgeget(x, 0, sfxhash(s, t, L))) != 0)
					walk(x, s, c, i, i + 1);
		if (!pftok(x->pf, text, x->tok[i].off))
			continue;
		walk(x, s, 0, i, i);
	}
	if (!all && x->nm > 1)
		longest(x);
	x->nm = lexcontext(x, text, x->m, x->nm);	/* context.c */
	*mp = x->m;
	return x->nm;
}
