/* split.c: fuzz splitdoc through an fmemopen'd Input, both units.
   Every text is non-empty, holds no TAB or newline and has no space at
   its ends; with -k (keepnoise) the non-space bytes of the input all come
   out, in the same numbers, except hyphens (de-hyphenation may drop them)
   ligatures (written out as their letters) and soft hyphens and word
   joiners (dropped);
   see scm-split(1) and issue 2. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

int LLVMFuzzerTestOneInput(const unsigned char *, size_t);

typedef struct {
	size_t count[256];
	size_t block, sent;
	int unit;
} Seen;

/* The length of the markup the splitter removes at s[0..n): <sup>,
   </sup>, <br>, <br/>, <br /> in any case; else 0. */
static size_t
markup(const char *s, size_t n)
{
	static const char *tags[] = { "<sup>", "</sup>", "<br />", "<br/>", "<br>" };
	size_t i, k, m;

	for (i = 0; i < NELEM(tags); i++) {
		m = strlen(tags[i]);
		for (k = 0; k < m && k < n; k++)
			if ((s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 32 : s[k]) != tags[i][k])
				break;
		if (k == m)
			return m;
	}
	return 0;
}

/* Count the non-space bytes of s the way the splitter sees spaces, the
   invisible characters it drops left out; of the input (lig), its
   ligatures (U+FB00-FB06) as the letters scm-split writes for them, and
   not the markup it removes. */
static void
countbytes(size_t *count, Str s, int lig)
{
	const char *l;
	size_t i = 0, k;

	while (i < s.n) {
		if (lig && s.p[i] == '<' && (k = markup(s.p + i, s.n - i)) > 0) {
			i += k;
			continue;
		}
		if ((k = spanspace(s.p + i, s.n - i)) > 0 ||
		    (k = invisible((const unsigned char *)s.p + i, s.n - i)) > 0) {
			i += k;
			continue;
		}
		if (lig && (l = ligature((const unsigned char *)s.p + i, s.n - i)) != NULL) {
			for (; *l != '\0'; l++)
				count[(unsigned char)*l]++;
			i += 3;
			continue;
		}
		count[(unsigned char)s.p[i++]]++;
	}
}

static int
emit(void *arg, const Unit *u)
{
	Seen *s = arg;

	if (u->text.n == 0 || memchr(u->text.p, '\n', u->text.n) != NULL ||
	    memchr(u->text.p, '\t', u->text.n) != NULL)
		abort();
	if (strtrim(u->text).n != u->text.n)
		abort();
	if (u->kind < 0 || u->kind >= NKIND || u->block == 0)
		abort();
	if (u->section.n > 0 && memchr(u->section.p, '\n', u->section.n) != NULL)
		abort();
	/* locs only grow */
	if (u->block < s->block)
		abort();
	if (s->unit == U_SENTENCE) {
		if (u->sent == 0 || (u->block == s->block && u->sent != s->sent + 1))
			abort();
	} else if (u->sent != 0 || u->block == s->block)
		abort();
	s->block = u->block;
	s->sent = u->sent;
	countbytes(s->count, u->text, 0);
	return 0;
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t n)
{
	static Seen s;
	size_t in[256];
	SplitOpt o;
	Input inp;
	int unit, c;

	const unsigned char *nl;
	const char *conv;

	if (n == 0)
		return 0;
	/* a first line that is binary is refused (scm-split says so) */
	nl = memchr(data, '\n', n);
	if (binarykind((const char *)data, nl != NULL ? (size_t)(nl - data) + 1 :
	    n, &conv) != NULL)
		return 0;
	/* what the reader sees: lines as inread gives them */
	memset(in, 0, sizeof(in));
	memset(&inp, 0, sizeof(inp));
	if ((inp.fp = fmemopen((void *)data, n, "r")) == NULL)
		abort();
	inp.name = "fuzz";
	while (inread(&inp) > 0)
		countbytes(in, (Str){ inp.line, inp.len }, 1);
	inclose(&inp);
	for (unit = U_PARA; unit <= U_SENTENCE; unit++) {
		memset(&o, 0, sizeof(o));
		o.unit = unit;
		o.keepnoise = 1;
		memset(&s, 0, sizeof(s));
		s.unit = unit;
		memset(&inp, 0, sizeof(inp));
		inp.fp = fmemopen((void *)data, n, "r");
		inp.name = "fuzz";
		if (splitdoc(&inp, S("fuzz"), &o, emit, &s) != 0)
			abort();
		inclose(&inp);
		for (c = 0; c < 256; c++)
			if (c == '-' ? s.count[c] > in[c] : s.count[c] != in[c])
				abort();
		/* and without -k: no crash, same invariants */
		o.keepnoise = 0;
		memset(&s, 0, sizeof(s));
		s.unit = unit;
		memset(&inp, 0, sizeof(inp));
		inp.fp = fmemopen((void *)data, n, "r");
		inp.name = "fuzz";
		if (splitdoc(&inp, S("fuzz"), &o, emit, &s) != 0)
			abort();
		inclose(&inp);
	}
	return 0;
}
