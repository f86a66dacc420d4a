/* scm-split: cut documents into records, one per block or per sentence. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

static const char synopsis[] =
    "scm-split [-hJk] [-d label] [-E encoding] [-u para|sentence] [--abbrev file]\n"
    "          [--html | --text] [file ...]";

static int jflag;
static Buf out;		/* records waiting to be written */
static Str kinds[NKIND];	/* kindname as views */
static char ibuf[1 << 17];	/* the input buffer */

/* Write the waiting records; -2 if the output failed. */
static int
flushout(void)
{
	if (out.n > 0 && fwrite(out.p, 1, out.n, stdout) != out.n)
		out.n = 0;
	out.n = 0;
	return ferror(stdout) ? -2 : 0;
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
		return ferror(stdout) ? -2 : 0;
	}
	recbuf(&out, &r);
	return out.n >= 1 << 16 ? flushout() : 0;
}

static void
usage(void)
{
	eusage(synopsis);
}

int
main(int argc, char *argv[])
{
	static const struct option lopts[] = {
		{ "abbrev", required_argument, NULL, 'A' },
		{ "encoding", required_argument, NULL, 'E' },
		{ "html", no_argument, NULL, 'H' },
		{ "text", no_argument, NULL, 'T' },
		{ "help", no_argument, NULL, 'h' },
		{ "progress", no_argument, NULL, 'P' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	SplitOpt o;
	Input in;
	const char *label = NULL, *enc = NULL;
	int c, i, r, status = 0, as = AS_AUTO, bad = 0;
	static char *stdinv[] = { "-", NULL };
	char **files;

	setargv0(argv[0]);
	memset(&o, 0, sizeof(o));
	o.unit = U_PARA;
	while ((c = getopt_long(argc, argv, "d:E:hJku:", lopts, NULL)) != -1) {
		switch (c) {
		case 'A':
			loadabbrev(&o, optarg);
			break;
		case 'd':
			label = optarg;
			break;
		case 'E':
			enc = optarg;
			break;
		case 'H':
			as = AS_HTML;
			break;
		case 'T':
			as = AS_TEXT;
			break;
		case 'h':
			printf("usage: %s\n", synopsis);
			return fshut(stdout, "<stdout>");
		case 'J':
			jflag = 1;
			break;
		case 'k':
			o.keepnoise = 1;
			break;
		case 'u':
			o.unit = eunit(optarg);
			break;
		case 'P':
			progflag = 1;
			break;
		case 'V':
			printversion();
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	files = argc > 0 ? argv : stdinv;
	for (i = 0; files[i] != NULL; i++) {
		if (inopen(&in, files[i]) < 0) {
			status = 2;
			continue;
		}
		/* big reads: a 4 KB stdio buffer costs a system call per page */
		if (in.fp != stdin)
			setvbuf(in.fp, ibuf, _IOFBF, sizeof(ibuf));
		if (label != NULL)
			in.label = (Str){ (char *)label, strlen(label) };
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
	for (i = 0; (size_t)i < o.nabbrev; i++)
		free(o.abbrev[i].p);
	free(o.abbrev);
	if (fshut(stdout, "<stdout>") != 0)
		status = 2;
	return status;
}
