/* trie.c: a lexicon compiled into a word-level trie: its tags and their
   ids, its entries (lexadd) cut into tokens and added as paths, and the
   open-addressing table of the trie's edges.  match.c matches it. */
#include <stdlib.h>
#include <string.h>

#include "scm.h"

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
	free(x->bits);
	free(x->cand);
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

int
taghidden(Str t)
{
	return (t.n >= 2 && t.p[t.n - 1] == '-' && t.p[t.n - 2] == ':') ||
	    (t.n > 8 && memcmp(t.p, "surname:", 8) == 0);
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

static int addpat(Lex *, Str, Str, int, const char **);

/* 한미 (and 한미*) also as 한·미: the pattern again with middle dots. */
static int
hgvariant(Lex *x, Str tag, Str pat, int pfx)
{
	Buf b = { 0 };
	const char *err;
	int r = 0;

	if (hgdotted(pat, &b)) {
		if (pfx == 1)
			bufaddc(&b, '*');
		r = lexadd(x, tag, bufstr(&b), &err);
	}
	buffree(&b);
	return r;
}

/* Is every middle dot of pat between two Hangul syllables (한·미,
   외교·국방; not 9·19)? */
static int
hgdots(Str pat)
{
	const unsigned char *p = (const unsigned char *)pat.p;
	size_t i;

	for (i = 0; i + 1 < pat.n; i++)
		if (p[i] == 0xC2 && p[i + 1] == 0xB7 && (i < 3 ||
		    !ISHGB(p + i - 3) || i + 5 > pat.n || !ISHGB(p + i + 2)))
			return 0;
	return 1;
}

/*
 * 한·미 also with the other middle dots Korean texts use: ㆍ (HWP's),
 * ‧, ∙ and ・; and, between Hangul words, with the period or the hyphen
 * that older press wrote for it (한.미, 한-미, 외교.국방), glued to both
 * words: "한. 미" and "한 미" are two words apart.  The pattern's marks
 * ('=', '*') put back.
 */
static int
dotvariants(Lex *x, Str tag, Str pat, int cs, int sfx, int pfx)
{
	static const char *dots[] = {
		"\xe3\x86\x8d", "\xe2\x80\xa7", "\xe2\x88\x99", "\xe3\x83\xbb",
		".", "-",
	};
	enum { NGLUED = 2 };	/* the last ones */
	Buf b = { 0 };
	const char *err;
	size_t i, k, n = NELEM(dots);
	int r = 0;

	if (!hgdots(pat))
		n -= NGLUED;
	for (k = 0; k < n && r == 0; k++) {
		b.n = 0;
		if (cs)
			bufaddc(&b, '=');
		if (sfx)
			bufaddc(&b, '*');
		for (i = 0; i < pat.n; i++)
			if (i + 1 < pat.n && (unsigned char)pat.p[i] == 0xC2 &&
			    (unsigned char)pat.p[i + 1] == 0xB7) {
				bufaddstr(&b, (Str){ (char *)dots[k], strlen(dots[k]) });
				i++;
			} else
				bufaddc(&b, pat.p[i]);
		if (pfx == 1)
			bufaddc(&b, '*');
		r = addpat(x, tag, bufstr(&b), k >= NELEM(dots) - NGLUED, &err);
	}
	buffree(&b);
	return r;
}

/* The glue of a pattern's dotted variant: bit k if nothing or a hyphen
   lies between its tokens k and k + 1 (한 . 미, 한-미). */
static uint32_t
gluemask(const Lex *x, Str pat)
{
	uint32_t g = 0;
	size_t k, a;

	for (k = 0; k + 1 < x->ntok && k < 32; k++) {
		a = x->tok[k].off + x->tok[k].len;
		if (x->tok[k + 1].off == a ||
		    (x->tok[k + 1].off == a + 1 && pat.p[a] == '-'))
			g |= 1u << k;
	}
	return g;
}

uint32_t
lextagadd(Lex *x, Str tag)
{
	return tagid(x, tag);
}

int
lexadd(Lex *x, Str tag, Str pat, const char **err)
{
	return addpat(x, tag, pat, 0, err);
}

/* Token t of pattern pat as an entry keeps it: its canonical punctuation
   or its bytes. */
static Str
tokstr(Lex *x, Tok *t, Str pat)
{
	if (t->q)
		return astrdup(x->a, (Str){ &t->q, 1 });
	return astrdup(x->a, (Str){ pat.p + t->off, t->len });
}

/* Are the tokens of pattern pat (x->tok) the strings tok[0..x->ntok)? */
static int
sametoks(const Lex *x, const Str *tok, Str pat)
{
	const Tok *t;
	size_t i;

	for (i = 0; i < x->ntok; i++) {
		t = &x->tok[i];
		if (t->q ? tok[i].n != 1 || tok[i].p[0] != t->q :
		    !streq(tok[i], (Str){ pat.p + t->off, t->len }))
			return 0;
	}
	return 1;
}

/* lexadd; glued: a dotted variant, its words glued by gluemask. */
static int
addpat(Lex *x, Str tag, Str pat, int glued, const char **err)
{
	int cs = 0, pfx = 0, sfx = 0;
	uint32_t node = 0, id, o, glue;
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
	if (pat.n > 1 && pat.p[pat.n - 1] == '*' && lexlower[(unsigned char)pat.p[pat.n - 2]] == 0 &&
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
	tokscan(x, pat.p, pat.n, 0);	/* the same tokens as tokenize */
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
	pfentry(x->pf, pat.p, x->tok, x->ntok, pfx, sfx);
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
	glue = glued ? gluemask(x, pat) : 0;
	for (o = x->node[node].out; o != 0; o = x->out[o - 1].next)
		if (x->out[o - 1].tag == id && x->out[o - 1].cs == cs &&
		    x->out[o - 1].pfx == pfx && x->out[o - 1].sfx == sfx &&
		    x->out[o - 1].glue == glue && !cs)
			return 0;	/* the same entry again */
	if (x->nout == x->capout)
		egrow(&x->out, &x->capout, x->nout + 1, sizeof(Out));
	out = &x->out[x->nout++];
	out->tag = id;
	out->cs = cs;
	out->pfx = pfx;
	out->sfx = sfx;
	out->glue = glue;
	out->ntok = (uint32_t)x->ntok;
	out->tok = NULL;
	for (o = x->node[node].out; o != 0 && out->tok == NULL; o = x->out[o - 1].next)
		if (x->out[o - 1].ntok == out->ntok && sametoks(x, x->out[o - 1].tok, pat))
			out->tok = x->out[o - 1].tok;	/* shared: match.c checks it once */
	if (out->tok == NULL) {
		out->tok = aalloc(x->a, x->ntok * sizeof(Str));
		for (i = 0; i < x->ntok; i++)
			out->tok[i] = tokstr(x, &x->tok[i], pat);
	}
	out->next = x->node[node].out;
	x->node[node].out = (uint32_t)x->nout;
	if (strhas(pat, "\xc2\xb7") &&
	    dotvariants(x, tag, pat, cs, sfx, pfx) < 0)
		return -1;
	if (pfx == 2 || (pfx == 1 && !cs && !sfx))
		return hgvariant(x, tag, pat, pfx);
	return 0;
}
