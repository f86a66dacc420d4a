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

int
recnext(RecIn *ri)
{
	const char *err;
	int got;

	if ((got = inread(&ri->in)) <= 0)
		return got;
	/* the first line decides by its field count alone, so that one bad
	   escape does not turn a file of records into plain text */
	if (ri->plain < 0) {
		ri->json = ri->in.len > 0 && ri->in.line[0] == '{';
		ri->plain = !ri->json && !isrecline(ri->in.line, ri->in.len);
	}
	if (ri->plain) {
		snprintf(ri->loc, sizeof(ri->loc), "%zu", ri->in.lineno);
		ri->r.f[F_DOC] = ri->in.label;
		ri->r.f[F_LOC] = (Str){ ri->loc, strlen(ri->loc) };
		ri->r.f[F_KIND] = S("para");
		ri->r.f[F_SECTION] = S("-");
		ri->r.f[F_TAGS] = S("-");
		ri->r.f[F_TEXT] = (Str){ ri->in.line, ri->in.len };
		return 1;
	}
	if ((ri->json ? jsonrec(&ri->r, &ri->jb, ri->in.line, ri->in.len, &err) :
	    recparse(&ri->r, ri->in.line, ri->in.len, &err)) < 0) {
		weprintf("%s:%zu: %s", ri->in.name, ri->in.lineno, err);
		return REC_BAD;
	}
	return 1;
}

void
recclose(RecIn *ri)
{
	inclose(&ri->in);
	buffree(&ri->jb);
}
