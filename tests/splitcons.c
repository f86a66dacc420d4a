/* splitcons: check that scm-split -k lost nothing.  usage: splitcons
   input records.  The non-space text of the input, less the markup
   scm-split removes (<sup>, </sup>, <br>, <br/>, <br />), less ASCII
   hyphens (de-hyphenation), less soft hyphens and word joiners (U+00AD,
   U+2060: invisible, dropped), with ligatures (U+FB00-FB06) written out
   as their letters, and ordinal suffixes (st nd rd th standing
   alone or after a digit: they move), must be exactly the non-noise
   records' text merged with the noise records' text: both in order.
   Exit 0 if so, 1 (saying where) if not, 2 on trouble. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

static int
lowc(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int
issuf(const char *p, size_t n)
{
	char a, b;

	if (n != 2)
		return 0;
	a = (char)lowc((unsigned char)p[0]);
	b = (char)lowc((unsigned char)p[1]);
	return (a == 's' && b == 't') || (a == 'n' && b == 'd') ||
	    (a == 'r' && b == 'd') || (a == 't' && b == 'h');
}

/* Append the kept characters of the token p[0..n) to out. */
static void
token(Buf *out, const char *s, size_t m)
{
	static Buf w;
	const char *lig, *p;
	size_t i, k, n;

	/* first as scm-split writes it: ligatures as their letters, soft
	   hyphens and word joiners dropped; then the rules below on that */
	w.n = 0;
	for (i = 0; i < m; i++) {
		if ((k = invisible((const unsigned char *)s + i, m - i)) > 0)
			i += k - 1;
		else if ((lig = ligature((const unsigned char *)s + i, m - i)) != NULL) {
			bufaddstr(&w, (Str){ (char *)lig, strlen(lig) });
			i += 2;
		} else
			bufaddc(&w, s[i]);
	}
	p = w.p;
	n = w.n;
	if (n == 0 || issuf(p, n))
		return;
	for (i = 0; i < n; i++) {
		if (p[i] == '-')
			continue;
		if (i > 0 && p[i - 1] >= '0' && p[i - 1] <= '9' && i + 1 < n &&
		    issuf(p + i, 2) && (i + 2 == n || !((p[i + 2] | 32) >= 'a' &&
		    (p[i + 2] | 32) <= 'z'))) {
			i++;
			continue;
		}
		bufaddc(out, p[i]);
	}
}

/* The kept characters of s, tokens cut at white space. */
static void
keep(Buf *out, const char *s, size_t n)
{
	size_t i = 0, start, k;

	while (i < n) {
		if ((k = spanspace(s + i, n - i)) > 0) {
			i += k;
			continue;
		}
		start = i;
		while (i < n && spanspace(s + i, n - i) == 0)
			i++;
		token(out, s + start, i - start);
	}
}

static int
prefixci(const char *p, size_t n, const char *lit)
{
	size_t i, m = strlen(lit);

	if (n < m)
		return 0;
	for (i = 0; i < m; i++)
		if (lowc((unsigned char)p[i]) != lit[i])
			return 0;
	return 1;
}

/* s without the markup, each tag replaced by a space. */
static void
untag(Buf *out, const char *s, size_t n)
{
	static const char *tags[] = { "<sup>", "</sup>", "<br />", "<br/>", "<br>" };
	size_t i, k;
	int hit;

	for (i = 0; i < n;) {
		hit = 0;
		if (s[i] == '<')
			for (k = 0; k < NELEM(tags) && !hit; k++)
				if (prefixci(s + i, n - i, tags[k])) {
					i += strlen(tags[k]);
					/* <sup> joins, <br> separates */
					if (k >= 2)
						bufaddc(out, ' ');
					hit = 1;
				}
		if (!hit)
			bufaddc(out, s[i++]);
	}
}

/* Is sub a subsequence of all?  Report where it fails. */
static int
subseq(Str sub, Str all, const char *what)
{
	size_t i = 0, j = 0;

	while (i < sub.n && j < all.n) {
		if (sub.p[i] == all.p[j])
			i++;
		j++;
	}
	if (i < sub.n) {
		fprintf(stderr, "splitcons: %s: not in the input from: %.60s\n",
		    what, sub.p + i);
		return 0;
	}
	return 1;
}

int
main(int argc, char *argv[])
{
	Input in;
	Buf raw = { 0 }, clean = { 0 }, a = { 0 }, text = { 0 }, noise = { 0 };
	Record r;
	const char *err;
	int got, status = 0;

	setargv0(argv[0]);
	if (argc != 3)
		eusage("splitcons input records");
	if (inopen(&in, argv[1]) < 0)
		return 2;
	while ((got = inread(&in)) > 0) {
		bufadd(&raw, in.line, in.len);
		bufaddc(&raw, '\n');
	}
	inclose(&in);
	untag(&clean, raw.p, raw.n);
	keep(&a, clean.p, clean.n);
	if (inopen(&in, argv[2]) < 0)
		return 2;
	while ((got = inread(&in)) > 0) {
		if (recparse(&r, in.line, in.len, &err) < 0)
			eprintf("%s:%zu: %s", argv[2], in.lineno, err);
		if (streqlit(r.f[F_KIND], "noise"))
			keep(&noise, r.f[F_TEXT].p, r.f[F_TEXT].n);
		else
			keep(&text, r.f[F_TEXT].p, r.f[F_TEXT].n);
	}
	inclose(&in);
	if (text.n + noise.n != a.n) {
		fprintf(stderr, "splitcons: %zu characters in, %zu + %zu out\n",
		    a.n, text.n, noise.n);
		status = 1;
	} else if (!subseq(bufstr(&text), bufstr(&a), "text") ||
	    !subseq(bufstr(&noise), bufstr(&a), "noise"))
		status = 1;
	buffree(&raw);
	buffree(&clean);
	buffree(&a);
	buffree(&text);
	buffree(&noise);
	return status;
}
