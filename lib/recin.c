/* recin.c: records in, or plain text lines dressed as records. */
#include <stdio.h>
#include <string.h>

#include "scm.h"

int
recopen(RecIn *ri, const char *name)
{
	memset(ri, 0, sizeof(*ri));
	ri->plain = -1;
	return inopen(&ri->in, name);
}

int
recnext(RecIn *ri)
{
	const char *err;
	int got;

	if ((got = inread(&ri->in)) <= 0)
		return got;
	if (ri->plain < 0)
		ri->plain = !isrecord(ri->in.line, ri->in.len);
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
	if (recparse(&ri->r, ri->in.line, ri->in.len, &err) < 0) {
		weprintf("%s:%zu: %s", ri->in.name, ri->in.lineno, err);
		return -1;
	}
	return 1;
}

void
recclose(RecIn *ri)
{
	inclose(&ri->in);
}
