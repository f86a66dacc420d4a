/* scm-split: cut documents into records, one per block or per sentence. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

static const Opt opts[] = {
	{ 'd', 'd', "doc", "label", "the doc label of the next file operand" },
	{ 'J', 'J', "json", NULL, "write JSON Lines instead of records" },
	{ 'k', 'k', "keep-noise", NULL, "keep noise blocks (page numbers, rules)" },
	{ 'u', 'u', "unit", "para|sentence", "one record per block or per sentence" },
	{ 'E', 'E', "encoding", "encoding", "read the input in this encoding (iconv name)" },
	{ 'A', 0, "abbrev", "file", "more abbreviations, one a line" },
	{ 'H', 0, "html", NULL, "read the input as HTML" },
	{ 'T', 0, "text", NULL, "read the input as plain text, even if it looks like HTML" },
	{ 0, 0, NULL, NULL, NULL },
};
static const char *const forms[] = { "[file ...]", NULL };

static int jflag;
static Buf out;		/* records waiting to be written */
static Str kinds[NKIND];	/* kindname as views */

/* Write the waiting records; -2 if the output failed. */
static int
flushout(void)
{
	if (out.n > 0 && fwrite(out.p, 1, out.n, stdout) != out.n)
		out.n = 0;
	out.n = 0;
	return outfail(stdout) ? -2 : 0;
}

/* Decimal digits of v, written backwards from end; the start. */
static char *
utoa(char *end, size_t v)
{
	do
		*--end = (char)('0' + v % 10);
	while ((v /= 10) > 0);
	return end;
}

static int
put(void *arg, const Unit *u)
{
	Record r;
	char loc[48], *p, *end = loc + sizeof(loc);

	(void)arg;
	p = end;
	if (u->sent > 0) {
		p = utoa(p, u->sent);
		*--p = '.';
	}
	p = utoa(p, u->block);
	r.f[F_DOC] = u->doc;
	r.f[F_LOC] = (Str){ p, (size_t)(end - p) };
	if (kinds[u->kind].n == 0)
		kinds[u->kind] = (Str){ (char *)kindname[u->kind], strlen(kindname[u->kind]) };
	r.f[F_KIND] = kinds[u->kind];
	r.f[F_SECTION] = u->section;
	r.f[F_TAGS] = S("-");
	r.f[F_TEXT] = u->text;
	if (jflag) {
		jsonopen(stdout, &r);
		jsonclose(stdout);
		return outfail(stdout) ? -2 : 0;
	}
	recbuf(&out, &r);
	return out.n >= 1 << 16 || lineflag ? flushout() : 0;
}

int
main(int argc, char *argv[])
{
	Optparse p;
	Operands files = { 0 };
	SplitOpt o;
	Input in;
	const char *enc = NULL;
	int c, r, status = 0, as = AS_AUTO, bad = 0;
	size_t i;

	memset(&o, 0, sizeof(o));
	o.unit = U_PARA;
	optinit(&p, opts, forms, &files, argc, argv);
	while ((c = optget(&p)) != -1) {
		switch (c) {
		case 'A':
			loadabbrev(&o, p.arg);
			break;
		case 'E':
			enc = p.arg;
			break;
		case 'H':
			as = AS_HTML;
			break;
		case 'T':
			as = AS_TEXT;
			break;
		case 'J':
			jflag = 1;
			break;
		case 'k':
			o.keepnoise = 1;
			break;
		case 'u':
			o.unit = eunit(p.arg);
			break;
		}
	}
	opend(&p, &files);
	for (i = 0; i < files.n; i++) {
		if (inopen(&in, files.v[i].name) < 0) {
			status = 2;
			continue;
		}
		if (files.v[i].label != NULL)
			in.label = (Str){ (char *)files.v[i].label,
			    strlen(files.v[i].label) };
		r = splitany(&in, in.label, &o, enc, as, &bad, put, NULL);
		inclose(&in);
		if (r == 0)
			r = flushout();
		if (r == -2)
			break;		/* output failed: fshut says so */
		if (r != 0)
			status = 2;
	}
	if (bad)
		status = 2;	/* undecodable bytes, warned */
	buffree(&out);
	free(files.v);
	for (i = 0; i < o.nabbrev; i++)
		free(o.abbrev[i].p);
	free(o.abbrev);
	if (fshut(stdout, "<stdout>") != 0)
		status = 2;
	return status;
}
