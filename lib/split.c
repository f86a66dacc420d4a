/* split.c: cutting a document into blocks, then into sentences. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

typedef struct {
	Buf text;	/* the block's lines joined, spaces folded */
	size_t nlines;
	Buf section;
	size_t block;
} State;

static int
isdigitc(int c)
{
	return c >= '0' && c <= '9';
}

/* Add line to the block text, folding runs of white space to one space. */
static void
addline(Buf *b, Str line)
{
	size_t i = 0, k;

	line = strtrim(line);
	if (line.n == 0)
		return;
	if (b->n > 0)
		bufaddc(b, ' ');
	while (i < line.n) {
		if ((k = spanspace(line.p + i, line.n - i)) > 0) {
			bufaddc(b, ' ');
			i += k;
			continue;
		}
		bufaddc(b, line.p[i++]);
	}
}

static int
classify(Str t, size_t nlines)
{
	size_t i = 0;

	while (i < t.n && isdigitc((unsigned char)t.p[i]))
		i++;
	if (i > 0 && i == t.n)
		return K_NOISE;
	if (i > 0 && i < 4 && i + 1 < t.n && t.p[i] == '.' && t.p[i + 1] == ' ')
		return K_CLAUSE;
	if (t.n > 0 && t.p[0] == '(')
		return K_ITEM;
	if (nlines == 1 && t.n < 80 && t.p[t.n - 1] != '.' &&
	    t.p[t.n - 1] != ':' && t.p[t.n - 1] != ',')
		return K_HEADING;
	return K_PARA;
}

static int
flush(State *st, Str doc, const SplitOpt *o, Emit *emit, void *arg)
{
	Unit u;
	Str rest;
	size_t n;
	int kind, r;

	if (st->text.n == 0)
		return 0;
	st->block++;
	kind = classify(bufstr(&st->text), st->nlines);
	memset(&u, 0, sizeof(u));
	u.doc = doc;
	u.block = st->block;
	u.kind = kind;
	if (kind == K_HEADING) {
		st->section.n = 0;
		bufaddstr(&st->section, bufstr(&st->text));
	}
	u.section = kind == K_HEADING ? (Str){ NULL, 0 } : bufstr(&st->section);
	r = 0;
	if (kind == K_NOISE && !o->keepnoise)
		goto out;
	if (o->unit == U_PARA) {
		u.text = bufstr(&st->text);
		r = emit(arg, &u);
		goto out;
	}
	rest = bufstr(&st->text);
	while (rest.n > 0 && r == 0) {
		n = sentlen(rest, o);
		u.sent++;
		u.text = strtrim((Str){ rest.p, n });
		if (u.text.n > 0)
			r = emit(arg, &u);
		else
			u.sent--;
		rest.p += n;
		rest.n -= n;
	}
out:
	st->text.n = 0;
	st->nlines = 0;
	return r;
}

int
splitdoc(Input *in, Str doc, const SplitOpt *o, Emit *emit, void *arg)
{
	State st;
	int r = 0, got;

	memset(&st, 0, sizeof(st));
	while ((got = inread(in)) > 0) {
		Str line = { in->line, in->len };

		if (strtrim(line).n == 0) {
			if ((r = flush(&st, doc, o, emit, arg)) != 0)
				break;
			continue;
		}
		addline(&st.text, line);
		st.nlines++;
	}
	if (got < 0)
		r = -1;
	if (r == 0)
		r = flush(&st, doc, o, emit, arg);
	buffree(&st.text);
	buffree(&st.section);
	return r;
}

void
loadabbrev(SplitOpt *o, const char *path)
{
	Input in;
	Str s;
	size_t cap = o->nabbrev;
	int got;

	if (inopen(&in, path) < 0)
		exit(2);
	while ((got = inread(&in)) > 0) {
		s = strtrim((Str){ in.line, in.len });
		if (s.n == 0 || s.p[0] == '#')
			continue;
		if (s.n > 0 && s.p[s.n - 1] == '.')
			s.n--;
		if (s.n == 0)
			eprintf("%s:%zu: empty abbreviation", path, in.lineno);
		egrow(&o->abbrev, &cap, o->nabbrev + 1, sizeof(Str));
		o->abbrev[o->nabbrev].p = estrndup(s.p, s.n);
		o->abbrev[o->nabbrev++].n = s.n;
	}
	if (got < 0)
		exit(2);
	inclose(&in);
}
