/* series.c: scm-diff --series and --watch: which tags and phrases each
   document of a series holds, and when they came and went. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

typedef struct {
	Str *w;		/* folded words of a watched phrase */
	size_t n;
	Str text;
} Watch;

static void
presence(const DiffCtx *c, const char *seen, size_t nd, Str *label)
{
	size_t d, first = nd, last = 0, k;
	const char *status;

	for (d = 0; d < nd; d++)
		if (seen[d]) {
			if (first == nd)
				first = d;
			last = d;
		}
	if (first == nd)
		status = "never";
	else if (!seen[nd - 1])
		status = "gone";
	else if (first == nd - 1)
		status = "new";
	else
		status = "steady";
	if (c->jflag) {
		jsonkey(stdout, "presence");
		putchar('[');
		for (d = 0, k = 0; d < nd; d++)
			if (seen[d]) {
				if (k++)
					putchar(',');
				jsonstr(stdout, label[d]);
			}
		putchar(']');
		jsonkey(stdout, "first");
		if (first < nd)
			jsonstr(stdout, label[first]);
		else
			fputs("null", stdout);
		jsonkey(stdout, "last");
		if (first < nd)
			jsonstr(stdout, label[last]);
		else
			fputs("null", stdout);
		jsonkey(stdout, "status");
		jsonstr(stdout, (Str){ (char *)status, strlen(status) });
		jsonclose(stdout);
		return;
	}
	putchar('\t');
	for (d = 0; d < nd; d++)
		putchar(seen[d] ? '1' : '.');
	putchar('\t');
	fieldput(stdout, first < nd ? label[first] : S("-"), 1);
	putchar('\t');
	fieldput(stdout, first < nd ? label[last] : S("-"), 1);
	printf("\t%s\n", status);
}

static void
putkey(const DiffCtx *c, const char *kind, Str key)
{
	if (c->jflag) {
		printf("{\"kind\":\"%s\"", kind);
		jsonkey(stdout, "key");
		jsonstr(stdout, key);
	} else {
		printf("%s\t", kind);
		fieldput(stdout, key, 1);
	}
}

/* The folded words of s, as views in the c->a, in *w (count in *n). */
static Str *
foldwords(const DiffCtx *c, Str s, size_t *n)
{
	static Str *w;
	static size_t cap;
	static Buf fb;
	size_t off = 0;
	Str x;

	*n = 0;
	while (countword(s, &off, &x)) {
		wordfold(&fb, x);
		egrow(&w, &cap, *n + 1, sizeof(*w));
		w[(*n)++] = astrdup(c->a, bufstr(&fb));
	}
	return w;
}

/* Note in seen and in ph the watched phrases and the n-grams of one
   sentence (words w[0..n)) of document di. */
static void
sentence(const DiffCtx *c, Str *w, size_t n, size_t di, size_t nd, char *seen, Watch *wl,
    size_t nwl, Hash *ph, size_t ngram, Buf *key)
{
	size_t j, k, ns;
	Entry *e;

	for (k = 0; k < nwl; k++)
		for (j = 0; !seen[k * nd + di] && j + wl[k].n <= n; j++) {
			for (ns = 0; ns < wl[k].n && streq(w[j + ns], wl[k].w[ns]);
			    ns++)
				;
			if (ns == wl[k].n)
				seen[k * nd + di] = 1;
		}
	if (ph == NULL)
		return;
	for (j = 0; j + ngram <= n; j++) {
		for (k = 0; k < ngram && isstopword(w[j + k]); k++)
			;
		if (k == ngram)
			continue;
		key->n = 0;
		for (k = 0; k < ngram; k++) {
			if (k > 0)
				bufaddc(key, ' ');
			bufaddstr(key, w[j + k]);
		}
		e = hashput(ph, bufstr(key));
		if (e->val == NULL) {
			e->val = aalloc(c->a, nd);
			memset(e->val, 0, nd);
		}
		((char *)e->val)[di] = 1;
	}
}

int
series(DiffCtx *c, char **files, size_t nd, size_t ngram, const char *watchfile)
{
	ADoc d;
	Str *label = aalloc(c->a, nd * sizeof(*label)), *w, t;
	Hash ph, tags;
	Entry **v, *e;
	Buf key = { 0 };
	Watch *wl = NULL;
	size_t nwl = 0, cwl = 0, i, k, u, n, nv;
	char *seen;
	int bad = 0, change = 0, got;
	Input in;

	if (watchfile != NULL) {
		if (inopen(&in, watchfile) < 0)
			return 2;
		while ((got = inread(&in)) > 0) {
			t = strtrim((Str){ in.line, in.len });
			if (t.n == 0 || t.p[0] == '#')
				continue;
			egrow(&wl, &cwl, nwl + 1, sizeof(*wl));
			wl[nwl].text = astrdup(c->a, t);
			w = foldwords(c, t, &n);
			wl[nwl].w = aalloc(c->a, (n ? n : 1) * sizeof(Str));
			memcpy(wl[nwl].w, w, n * sizeof(Str));
			wl[nwl].n = n;
			if (n == 0) {
				weprintf("%s:%zu: no words in the phrase",
				    watchfile, in.lineno);
				bad = 1;
			}
			nwl++;
		}
		if (got < 0)
			bad = 1;
		inclose(&in);
		if (bad) {
			free(wl);
			return 2;
		}
	}
	seen = ecalloc(nwl + 1, nd);
	hashinit(&ph, c->a);
	hashinit(&tags, c->a);
	for (i = 0; i < nd; i++) {
		if ((k = (size_t)adocread(c, files[i], &d, &label[i])) != 0) {
			bad = 1;
			if (k != 1) {
				adocfree(&d);
				continue;
			}
		}
		for (u = 0; u < d.n; u++) {
			/* a date, a byline, a view counter: no language, as
			   in a diff of two texts */
			if (d.u[u].kind == K_META || d.u[u].kind == K_NOISE)
				continue;
			for (t = d.u[u].tags; !isabsent(d.u[u].tags) && t.n > 0;) {
				Str tg = strtrim(strcut(&t, ','));

				if (tg.n == 0)
					continue;
				e = hashput(&tags, tg);
				if (e->val == NULL) {
					e->val = aalloc(c->a, nd);
					memset(e->val, 0, nd);
				}
				((char *)e->val)[i] = 1;
			}
			/* phrases stay within a sentence; "7." is not a word */
			t = d.u[u].text;
			k = labellen(t);
			t.p += k;
			t.n -= k;
			while (t.n > 0) {
				size_t sl = sentlen(t, &c->sopt);

				w = foldwords(c, (Str){ t.p, sl }, &n);
				t.p += sl;
				t.n -= sl;
				if (sl == 0)
					break;
				sentence(c, w, n, i, nd, seen, wl, nwl, watchfile != NULL ?
				    NULL : &ph, ngram, &key);
			}
		}
		adocfree(&d);
	}
	if (bad) {
		hashfree(&ph);
		hashfree(&tags);
		free(wl);
		free(seen);
		buffree(&key);
		return 2;
	}
	for (k = 0; k < nwl; k++) {
		putkey(c, "watch", wl[k].text);
		presence(c, seen + k * nd, nd, label);
		change |= !seen[k * nd + nd - 1];
	}
	for (k = 0; k < 2; k++) {
		Hash *h = k == 0 ? &tags : &ph;

		v = hashitems(h, &nv);
		qsort(v, nv, sizeof(*v), entcmp);
		for (i = 0; i < nv; i++) {
			putkey(c, k == 0 ? "tag" : "phrase", v[i]->key);
			presence(c, v[i]->val, nd, label);
			if (watchfile == NULL)
				change |= ((char *)v[i]->val)[nd - 1] !=
				    ((char *)v[i]->val)[nd - 2];
		}
	}
	hashfree(&ph);
	hashfree(&tags);
	free(wl);
	free(seen);
	buffree(&key);
	return change;
}
