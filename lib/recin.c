/* recin.c: the one reader of scm-records(5): records in, or plain text
   lines dressed as records, with one policy for malformed records. */
#include <stdio.h>
#include <string.h>

#include "scm.h"

int
recopen(RecIn *ri, const char *name, const char *label, int mode)
{
	memset(ri, 0, sizeof(*ri));
	ri->plain = mode;
	if (inopen(&ri->in, name) < 0)
		return -1;
	if (label != NULL)
		ri->in.label = (Str){ (char *)label, strlen(label) };
	return 0;
}

int
isrecline(const char *line, size_t n)
{
	size_t k = 1;
	const char *p = line, *end = line + n;

	while ((p = memchr(p, '\t', (size_t)(end - p))) != NULL) {
		k++;
		p++;
	}
	return k == NFIELD;
}

/* The first line starts with the byte order mark of UTF-16: read the
   whole text, convert it, and read on from the converted copy. */
static int
utf16(RecIn *ri)
{
	Input *in = &ri->in;
	FILE *fp;

	bufadd(&ri->whole, in->line, in->len);
	bufadd(&ri->whole, in->crlf ? "\r\n" : "\n", in->crlf ? 2 : in->nonl ? 0 : 1);
	if (inslurp(in, &ri->whole) < 0)
		return -1;
	if (decodebuf(&ri->whole, in->name, ri->dec.enc, 0) < 0)
		return -1;
	if (in->fp != stdin)
		fclose(in->fp);
	in->fp = NULL;
	in->lineno = 0;
	if (ri->whole.n == 0)
		return 0;
	if ((fp = fmemopen(ri->whole.p, ri->whole.n, "r")) == NULL) {
		weprintf("%s:", in->name);
		return -1;
	}
	inrestart(in, fp);
	return inread(in);
}

int
recnext(RecIn *ri)
{
	const char *err;
	int got;

	if ((got = inread(&ri->in)) <= 0)
		return got;
	if (ri->in.lineno == 1 && ri->plain != REC_RECORDS && ri->in.len >= 2 &&
	    (memcmp(ri->in.line, "\xFF\xFE", 2) == 0 ||
	    memcmp(ri->in.line, "\xFE\xFF", 2) == 0) &&
	    (got = utf16(ri)) <= 0)
		return got;
	/* the first line decides by its field count alone, so that one bad
	   escape does not turn a file of records into plain text */
	if (ri->plain < 0) {
		ri->json = ri->in.len > 0 && ri->in.line[0] == '{';
		ri->plain = !ri->json && !isrecline(ri->in.line, ri->in.len);
	}
	ri->raw = 0;
	if (ri->plain) {
		snprintf(ri->loc, sizeof(ri->loc), "%zu", ri->in.lineno);
		ri->r.f[F_DOC] = ri->in.label;
		ri->r.f[F_LOC] = (Str){ ri->loc, strlen(ri->loc) };
		ri->r.f[F_KIND] = S("para");
		ri->r.f[F_SECTION] = S("-");
		ri->r.f[F_TAGS] = S("-");
		ri->r.f[F_TEXT] = decodeline(&ri->dec, ri->in.name,
		    ri->in.lineno, (Str){ ri->in.line, ri->in.len });
		return 1;
	}
	if ((ri->json ? jsonrec(&ri->r, &ri->jb, ri->in.line, ri->in.len, &err) :
	    recscan(&ri->r, ri->in.line, ri->in.len, &err, &ri->raw)) < 0) {
		weprintf("%s:%zu: %s", ri->in.name, ri->in.lineno, err);
		return REC_BAD;
	}
	return 1;
}

int
recclose(RecIn *ri)
{
	int r = decodedone(&ri->dec, ri->in.name);

	inclose(&ri->in);
	buffree(&ri->jb);
	buffree(&ri->whole);
	return r;
}
