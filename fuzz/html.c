/* html.c: fuzz splitbuf (the HTML reader, the decoder, the page furniture)
   on any bytes.  The first byte picks the unit, -k, and HTML or detection.
   Every text is non-empty, holds no TAB or newline, and locs only grow;
   see scm-split(1) HTML and issue 19. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

int LLVMFuzzerTestOneInput(const unsigned char *, size_t);

typedef struct {
	size_t block, sent;
	int unit;
} Seen;

static int
emit(void *arg, const Unit *u)
{
	Seen *s = arg;

	if (u->text.n == 0 || memchr(u->text.p, '\n', u->text.n) != NULL ||
	    memchr(u->text.p, '\t', u->text.n) != NULL)
		abort();
	if (u->kind < 0 || u->kind >= NKIND || u->block == 0)
		abort();
	if (u->section.n > 0 && memchr(u->section.p, '\n', u->section.n) != NULL)
		abort();
	if (u->block < s->block)
		abort();
	if (s->unit == U_PARA && u->block == s->block)
		abort();
	s->block = u->block;
	s->sent = u->sent;
	return 0;
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t n)
{
	SplitOpt o;
	Seen s;
	Buf b = { 0 };
	int bad = 0;

	if (n == 0)
		return 0;
	memset(&o, 0, sizeof(o));
	o.unit = data[0] & 1 ? U_SENTENCE : U_PARA;
	o.keepnoise = (data[0] & 2) != 0;
	memset(&s, 0, sizeof(s));
	s.unit = o.unit;
	bufadd(&b, data + 1, n - 1);
	/* a non-zero return is a refusal (a binary file, said on stderr);
	   what was emitted before it must still hold the invariants */
	(void)splitbuf(&b, "fuzz", S("fuzz"), &o, NULL, data[0] & 4 ? AS_AUTO :
	    AS_HTML, &bad, emit, &s);
	buffree(&b);
	return 0;
}
