/* input.c: opening operands and reading lines of any length. */
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "scm.h"

/* Known signatures of files that are not text. */
static const struct {
	const char *magic;
	size_t n;
	const char *what, *convert;
} sig[] = {
	{ "%PDF-", 5, "a PDF file", "pdftotext %s -" },
	{ "PK\3\4", 4, "a ZIP file (an Office document?)", "pandoc -t plain %s" },
	{ "\320\317\21\340\241\261\32\341", 8, "an old Office document",
	    "antiword %s" },
	{ "{\\rtf", 5, "an RTF document", "pandoc -t plain %s" },
	{ "\211PNG", 4, "a PNG image", NULL },
	{ "\377\330\377", 3, "a JPEG image", NULL },
	{ "GIF8", 4, "a GIF image", NULL },
	{ "\177ELF", 4, "a program", NULL },
	{ "\37\213", 2, "a gzip file", "gzip -dc %s" },
};

const char *
binarykind(const char *p, size_t n, const char **convert)
{
	size_t i, ctl = 0, nul = 0;
	unsigned char c;

	*convert = NULL;
	if (n >= 2 && (memcmp(p, "\xFF\xFE", 2) == 0 || memcmp(p, "\xFE\xFF", 2) == 0))
		return NULL;	/* UTF-16 text: NULs between ASCII letters */
	for (i = 0; i < NELEM(sig); i++)
		if (n >= sig[i].n && memcmp(p, sig[i].magic, sig[i].n) == 0) {
			*convert = sig[i].convert;
			return sig[i].what;
		}
	/* text holds few control bytes; a NUL or two may be damage; a
	   record may carry any byte */
	if (isrecline(p, n))
		return NULL;
	if (n > 512)
		n = 512;
	for (i = 0; i < n; i++) {
		c = (unsigned char)p[i];
		nul += c == 0;
		ctl += c < 0x20 && c != '\t' && c != '\r' && c != '\f' &&
		    c != '\v' && c != 0x1b;
	}
	if (nul > 2 && ctl * 10 > n)
		return "a binary file";
	return NULL;
}

/* The length of name without its extension: x.pdf, dir/x.pdf. */
static int
stemlen(const char *name)
{
	const char *b = strrchr(name, '/'), *dot;

	b = b != NULL ? b + 1 : name;
	dot = strrchr(b, '.');
	return (int)(dot != NULL && dot != b ? dot - name : (ptrdiff_t)strlen(name));
}

int
notext(const char *name, const char *p, size_t n)
{
	const char *what, *conv;

	if ((what = binarykind(p, n, &conv)) == NULL)
		return 0;
	fflush(stdout);
	fprintf(stderr, "%s: %s: %s; convert it %s", argv0, name, what,
	    conv != NULL ? "first (" : "to text first");
	if (conv != NULL) {
		fprintf(stderr, conv, name);
		/* scm-diff reads two files: a pipe gives it one */
		if (strcmp(argv0, "scm-diff") == 0)
			fprintf(stderr, " >%.*s.txt)", stemlen(name), name);
		else
			fprintf(stderr, " | %s)", argv0);
	}
	fputc('\n', stderr);
	return 1;
}

/* Big reads: a 4 KB stdio buffer costs a system call per page. */
enum { INBUF = 1 << 17 };
static char *stdinbuf;

int
inopen(Input *in, const char *name)
{
	struct stat st;

	memset(in, 0, sizeof(*in));
	in->name = name;
	in->label = pathlabel(name);
	if (strcmp(name, "-") == 0) {
		in->fp = stdin;
		if (stdinbuf == NULL) {	/* once, before its first read */
			stdinbuf = emalloc(INBUF);
			setvbuf(stdin, stdinbuf, _IOFBF, INBUF);
		}
		progstart(name, 0);
		return 0;
	}
	if ((in->fp = fopen(name, "r")) == NULL) {
		weprintf("%s:", name);
		return -1;
	}
	if (fstat(fileno(in->fp), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(in->fp);
		in->fp = NULL;
		errno = EISDIR;
		weprintf("%s:", name);
		return -1;
	}
	in->buf = emalloc(INBUF);
	setvbuf(in->fp, in->buf, _IOFBF, INBUF);
	progstart(name, fileno(in->fp));
	return 0;
}

/*
 * Lines are read in blocks and found with memchr, in place: getline
 * costs a lock, a copy and a call a line, most of the time of reading
 * short records.  read(2) hands over what a pipe or a terminal holds
 * as soon as it is there, so a line is not kept waiting for a block;
 * a stream in memory (fmemopen, no descriptor) goes by fread.  Nothing
 * may have been read from fp through stdio before.
 */
static ssize_t
fill(Input *in, size_t want)
{
	ssize_t got;
	int fd = fileno(in->fp);

	if (in->off > 0) {	/* keep the unread part, at the front */
		memmove(in->blk, in->blk + in->off, in->end - in->off);
		in->end -= in->off;
		in->off = 0;
	}
	if (in->bcap - in->end < want)
		egrow(&in->blk, &in->bcap, in->end + want, 1);
	if (fd < 0) {
		got = (ssize_t)fread(in->blk + in->end, 1, in->bcap - in->end, in->fp);
		if (got == 0 && ferror(in->fp))
			got = -1;
	} else
		do
			got = read(fd, in->blk + in->end, in->bcap - in->end);
		while (got < 0 && errno == EINTR);
	if (got == 0)
		in->eof = 1;
	if (got > 0)
		in->end += (size_t)got;
	return got;
}

/* The next line in line[0..*n), with its newline if it has one; 0 at
   the end, -1 on a read error. */
static int
blockline(Input *in, char **line, size_t *n)
{
	char *nl;
	size_t from = in->off;

	for (;;) {
		if (from < in->end &&	/* (blk is NULL before the first read) */
		    (nl = memchr(in->blk + from, '\n', in->end - from)) != NULL) {
			*line = in->blk + in->off;
			*n = (size_t)(nl - *line) + 1;
			in->off += *n;
			return 1;
		}
		if (in->eof) {
			if (in->off == in->end)
				return 0;
			*line = in->blk + in->off;
			*n = in->end - in->off;
			in->off = in->end;
			return 1;
		}
		from = in->end - in->off;	/* searched: after fill, from 0 */
		if (fill(in, INBUF / 2) < 0)
			return -1;
	}
}

Str
inpeek(Input *in, size_t n)
{
	while (!in->eof && in->end - in->off < n && fill(in, n) >= 0)
		;
	return (Str){ in->blk + in->off, in->end - in->off };
}

int
inslurp(Input *in, Buf *b)
{
	ssize_t got;

	if (in->end > in->off) {
		bufadd(b, in->blk + in->off, in->end - in->off);
		progadd(in->end - in->off);
	}
	in->off = in->end;
	while (!in->eof) {
		if ((got = fill(in, INBUF)) < 0) {
			weprintf("%s: read error:", in->name);
			return -1;
		}
		if (in->end > 0) {
			bufadd(b, in->blk, in->end);
			progadd(in->end);
		}
		in->off = in->end;
	}
	return 0;
}

int
inread(Input *in)
{
	size_t len;
	int r;

	errno = 0;
	if ((r = blockline(in, &in->line, &len)) < 0) {
		weprintf("%s: read error:", in->name);
		return -1;
	}
	if (r == 0) {
		in->len = 0;
		return 0;
	}
	in->lineno++;
	in->len = len;
	if (in->lineno == 1 && notext(in->name, in->line, in->len))
		return -1;
	progadd(in->len);
	in->crlf = in->nonl = 0;
	if (in->len > 0 && in->line[in->len - 1] == '\n')
		in->len--;
	else
		in->nonl = 1;
	if (!in->nonl && in->len > 0 && in->line[in->len - 1] == '\r') {
		in->len--;
		in->crlf = 1;
	}
	return 1;
}

void
inmem(Input *in, const char *name, char *p, size_t n)
{
	memset(in, 0, sizeof(*in));
	in->name = name;
	in->label = pathlabel(name);
	in->blk = p;
	in->end = in->bcap = n;
	in->eof = in->mem = 1;
}

void
inrestart(Input *in, FILE *fp)
{
	in->fp = fp;
	in->off = in->end = 0;
	in->eof = 0;
	in->lineno = 0;
}

void
inclose(Input *in)
{
	if (in->fp != NULL)
		progend();
	if (in->fp != NULL && in->fp != stdin)
		fclose(in->fp);
	in->fp = NULL;
	free(in->buf);
	in->buf = NULL;
	if (!in->mem)
		free(in->blk);
	in->blk = in->line = NULL;
	in->mem = 0;
	in->bcap = in->off = in->end = in->len = 0;
	in->eof = 0;
}

Str
pathlabel(const char *path)
{
	const char *b, *dot;
	size_t n;

	if (strcmp(path, "-") == 0)
		return S("-");
	b = strrchr(path, '/');
	b = b != NULL ? b + 1 : path;
	n = strlen(b);
	if ((dot = strrchr(b, '.')) != NULL && dot != b)
		n = (size_t)(dot - b);
	if (n == 0)
		return S("-");
	return (Str){ (char *)b, n };
}

void
elistfile(const char *path, void (*fn)(void *, Str, const char *, size_t),
    void *arg)
{
	Input in;
	Str s;
	int got;

	if (inopen(&in, path) < 0)
		exit(2);
	while ((got = inread(&in)) > 0) {
		s = strtrim((Str){ in.line, in.len });
		if (s.n > 0 && s.p[0] != '#')
			fn(arg, s, path, in.lineno);
	}
	inclose(&in);
	if (got < 0)
		exit(2);
}
