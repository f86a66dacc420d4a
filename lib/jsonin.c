/* jsonin.c: reading a record back from the JSON Lines the tools write
   with -J (scm-records(5)): one object a line, members doc, loc, kind,
   section, tags (an array) and text; others are skipped. */
#include <string.h>

#include "scm.h"

typedef struct {
	const char *p, *end;
	const char *err;
} Scan;

static void
ws(Scan *s)
{
	while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\r'))
		s->p++;
}

static int
fail(Scan *s, const char *err)
{
	if (s->err == NULL)
		s->err = err;
	return -1;
}

static int
hex4(Scan *s, long *v)
{
	int i, c;

	*v = 0;
	if (s->end - s->p < 4)
		return fail(s, "bad JSON: short \\u escape");
	for (i = 0; i < 4; i++) {
		c = (unsigned char)*s->p++;
		*v <<= 4;
		if (c >= '0' && c <= '9')
			*v |= c - '0';
		else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
			*v |= (c | 0x20) - 'a' + 10;
		else
			return fail(s, "bad JSON: bad \\u escape");
	}
	return 0;
}

static void
pututf8(Buf *b, long c)
{
	char u[4];

	if (c < 0x80) {
		bufaddc(b, (int)c);
		return;
	}
	if (c < 0x800) {
		u[0] = (char)(0xC0 | (c >> 6));
		u[1] = (char)(0x80 | (c & 0x3F));
		bufadd(b, u, 2);
	} else if (c < 0x10000) {
		u[0] = (char)(0xE0 | (c >> 12));
		u[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		u[2] = (char)(0x80 | (c & 0x3F));
		bufadd(b, u, 3);
	} else {
		u[0] = (char)(0xF0 | (c >> 18));
		u[1] = (char)(0x80 | ((c >> 12) & 0x3F));
		u[2] = (char)(0x80 | ((c >> 6) & 0x3F));
		u[3] = (char)(0x80 | (c & 0x3F));
		bufadd(b, u, 4);
	}
}

/* A string at s->p (after the quote is checked), appended to b. */
static int
jstring(Scan *s, Buf *b)
{
	long c, lo;

	if (s->p >= s->end || *s->p != '"')
		return fail(s, "bad JSON: want a string");
	for (s->p++; s->p < s->end && *s->p != '"'; ) {
		if (*s->p != '\\') {
			bufaddc(b, *s->p++);
			continue;
		}
		if (++s->p >= s->end)
			break;
		switch (*s->p++) {
		case '"': bufaddc(b, '"'); break;
		case '\\': bufaddc(b, '\\'); break;
		case '/': bufaddc(b, '/'); break;
		case 'b': bufaddc(b, '\b'); break;
		case 'f': bufaddc(b, '\f'); break;
		case 'n': bufaddc(b, '\n'); break;
		case 'r': bufaddc(b, '\r'); break;
		case 't': bufaddc(b, '\t'); break;
		case 'u':
			if (hex4(s, &c) < 0)
				return -1;
			if (c >= 0xDC80 && c <= 0xDCFF) {	/* PEP 383 byte */
				bufaddc(b, (int)(c & 0xFF));
				break;
			}
			if (c >= 0xD800 && c <= 0xDBFF && s->end - s->p >= 6 &&
			    s->p[0] == '\\' && s->p[1] == 'u') {
				s->p += 2;
				if (hex4(s, &lo) < 0)
					return -1;
				c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
			}
			pututf8(b, c);
			break;
		default:
			return fail(s, "bad JSON: bad escape");
		}
	}
	if (s->p >= s->end)
		return fail(s, "bad JSON: unterminated string");
	s->p++;
	return 0;
}

/* Skip a value that is not a string: null, a number, true, false, or
   (nested) arrays and objects of them. */
static int
jskip(Scan *s)
{
	int depth = 0;
	Buf junk = { 0 };

	do {
		ws(s);
		if (s->p >= s->end)
			break;
		if (*s->p == '"') {
			junk.n = 0;
			if (jstring(s, &junk) < 0)
				break;
		} else if (*s->p == '[' || *s->p == '{') {
			depth++;
			s->p++;
		} else if (*s->p == ']' || *s->p == '}') {
			depth--;
			s->p++;
		} else if (*s->p == ',' || *s->p == ':') {
			s->p++;
		} else
			/* a NUL is in strchr's set too: step over it */
			do
				s->p++;
			while (s->p < s->end && (*s->p == '\0' ||
			    strchr(",:]} \t", *s->p) == NULL));
	} while (depth > 0);
	buffree(&junk);
	return depth == 0 && s->err == NULL ? 0 : fail(s, "bad JSON value");
}

int
jsonrec(Record *r, Buf *b, const char *line, size_t n, const char **err)
{
	static const char *name[NFIELD] = {
		"doc", "loc", "kind", "section", "tags", "text",
	};
	size_t off[NFIELD], len[NFIELD], i, k, start;
	Scan s = { line, line + n, NULL };
	Buf key = { 0 };
	int f, first;

	b->n = 0;
	for (i = 0; i < NFIELD; i++)
		off[i] = len[i] = (size_t)-1;
	ws(&s);
	if (s.p >= s.end || *s.p++ != '{')
		fail(&s, "bad JSON: want an object");
	for (ws(&s); s.err == NULL && s.p < s.end && *s.p != '}'; ws(&s)) {
		key.n = 0;
		if (jstring(&s, &key) < 0)
			break;
		ws(&s);
		if (s.p >= s.end || *s.p++ != ':') {
			fail(&s, "bad JSON: want ':'");
			break;
		}
		ws(&s);
		for (f = 0; f < NFIELD; f++)
			if (key.n == strlen(name[f]) && memcmp(key.p, name[f], key.n) == 0)
				break;
		start = b->n;
		if (f < NFIELD && s.p < s.end && *s.p == '"') {
			if (jstring(&s, b) < 0)
				break;
		} else if (f == F_TAGS && s.p < s.end && *s.p == '[') {
			for (s.p++, first = 1, ws(&s); s.p < s.end && *s.p != ']'; ws(&s)) {
				if (!first && *s.p++ != ',') {
					fail(&s, "bad JSON: want ','");
					break;
				}
				ws(&s);
				if (!first || b->n > start)
					bufaddc(b, ',');
				if (jstring(&s, b) < 0)
					break;
				first = 0;
			}
			if (s.err != NULL || s.p >= s.end)
				break;
			s.p++;
		} else if (jskip(&s) < 0)
			break;
		if (f < NFIELD) {
			off[f] = start;
			len[f] = b->n - start;
		}
		ws(&s);
		if (s.p < s.end && *s.p == ',')
			s.p++;
	}
	if (s.err == NULL && (s.p >= s.end || *s.p != '}'))
		fail(&s, "bad JSON: unterminated object");
	buffree(&key);
	for (k = 0; s.err == NULL && k < NFIELD; k++)
		if (off[k] == (size_t)-1 && (k == F_DOC || k == F_TEXT))
			fail(&s, k == F_DOC ? "JSON record without \"doc\"" :
			    "JSON record without \"text\"");
	if (s.err != NULL) {
		*err = s.err;
		return -1;
	}
	for (k = 0; k < NFIELD; k++)
		r->f[k] = off[k] == (size_t)-1 || len[k] == 0 ? S("-") :
		    (Str){ b->p + off[k], len[k] };
	return 0;
}
