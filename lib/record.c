/* record.c: the six-field records of scm-records(5): field and kind
   names, the one unescaper, parsing a line (writing: recout.c, jsonout.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

const char *fieldname[NFIELD] = {
	"doc", "loc", "kind", "section", "tags", "text",
};

const char *kindname[NKIND] = {
	"heading", "meta", "clause", "item", "para", "noise",
};

int
fieldbyname(const char *s)
{
	size_t i;

	for (i = 0; i < NFIELD; i++)
		if (strcmp(s, fieldname[i]) == 0)
			return (int)i;
	if (s[0] >= '1' && s[0] <= '0' + NFIELD && s[1] == '\0')
		return s[0] - '1';
	return -1;
}

int
kindbyname(Str s)
{
	size_t i;

	for (i = 0; i < NKIND; i++)
		if (streqlit(s, kindname[i]))
			return (int)i;
	return -1;
}

int
isabsent(Str s)
{
	return s.n == 0 || (s.n == 1 && s.p[0] == '-');
}

int
fieldunesc(Str *s)
{
	char *r, *w, *end;

	if (s->n == 0 || (r = memchr(s->p, '\\', s->n)) == NULL)
		return 0;
	end = s->p + s->n;	/* not before: s->p may be NULL when n is 0 */
	for (w = r; r < end; r++) {
		if (*r != '\\') {
			*w++ = *r;
			continue;
		}
		if (++r == end)
			return -2;
		switch (*r) {
		case '\\': *w++ = '\\'; break;
		case 't': *w++ = '\t'; break;
		case 'n': *w++ = '\n'; break;
		case 'r': *w++ = '\r'; break;
		default: return -1;
		}
	}
	s->n = (size_t)(w - s->p);
	return 0;
}

/* Undo the escapes of s in place; -1 with *err on a bad one. */
static int
unescape(Str *s, const char **err)
{
	int r = fieldunesc(s);

	if (r == 0)
		return 0;
	*err = r == -2 ? "trailing backslash" :
	    "bad escape (only \\\\, \\t, \\n, \\r)";
	return -1;
}

int
recparse(Record *r, char *line, size_t n, const char **err)
{
	char *p = line, *end = line + n, *tab;
	size_t i;

	for (i = 0; i < NFIELD - 1; i++) {
		if ((tab = memchr(p, '\t', (size_t)(end - p))) == NULL) {
			*err = "too few fields (want 6)";
			return -1;
		}
		r->f[i] = (Str){ p, (size_t)(tab - p) };
		p = tab + 1;
	}
	r->f[F_TEXT] = (Str){ p, (size_t)(end - p) };
	if (memchr(p, '\t', (size_t)(end - p)) != NULL) {
		*err = "too many fields (want 6)";
		return -1;
	}
	if (memchr(line, '\\', n) == NULL)
		return 0;	/* nothing to undo */
	for (i = 0; i < NFIELD; i++)
		if (unescape(&r->f[i], err) < 0)
			return -1;
	return 0;
}

int
isrecord(const char *line, size_t n)
{
	size_t i, tabs = 0;

	for (i = 0; i < n; i++) {
		if (line[i] == '\t')
			tabs++;
		else if (line[i] == '\\') {
			if (i + 1 == n || line[i + 1] == '\0' ||
			    strchr("\\tnr", line[i + 1]) == NULL)
				return 0;
			i++;
		}
	}
	return tabs == NFIELD - 1;
}
