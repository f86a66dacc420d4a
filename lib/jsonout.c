/* jsonout.c: JSON Lines output, the one JSON writer (-J of every tool):
   a record's members, strings escaped once, invalid UTF-8 bytes as \udcXX
   as Python's surrogateescape (PEP 383) reads them back. */
#include <stdio.h>
#include <string.h>

#include "scm.h"

void
jsonstr(FILE *fp, Str s)
{
	const unsigned char *p = (unsigned char *)s.p, *end = p + s.n;
	long cp;
	int len;

	putc('"', fp);
	while (p < end) {
		if (*p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\') {
			putc(*p++, fp);
			continue;
		}
		if (*p < 0x80) {
			switch (*p) {
			case '"': fputs("\\\"", fp); break;
			case '\\': fputs("\\\\", fp); break;
			case '\n': fputs("\\n", fp); break;
			case '\t': fputs("\\t", fp); break;
			case '\r': fputs("\\r", fp); break;
			default: fprintf(fp, "\\u%04x", *p); break;
			}
			p++;
			continue;
		}
		len = utf8dec(p, (size_t)(end - p), &cp);
		if (cp < 0)
			fprintf(fp, "\\udc%02x", *p);	/* PEP 383 escape */
		else
			fwrite(p, 1, (size_t)len, fp);
		p += len;
	}
	putc('"', fp);
}

static void
jsonval(FILE *fp, Str s)
{
	if (isabsent(s))
		fputs("null", fp);
	else
		jsonstr(fp, s);
}

void
jsonkey(FILE *fp, const char *k)
{
	fprintf(fp, ",\"%s\":", k);
}

void
jsonnum(FILE *fp, long long v)
{
	fprintf(fp, "%lld", v);
}

void
jsonopen(FILE *fp, const Record *r)
{
	Str tags, t;
	int first = 1;

	fputs("{\"doc\":", fp);
	jsonstr(fp, r->f[F_DOC]);
	jsonkey(fp, "loc");
	jsonstr(fp, r->f[F_LOC]);
	jsonkey(fp, "kind");
	jsonstr(fp, r->f[F_KIND]);
	jsonkey(fp, "section");
	jsonval(fp, r->f[F_SECTION]);
	jsonkey(fp, "tags");
	putc('[', fp);
	tags = r->f[F_TAGS];
	if (!isabsent(tags))
		while (tags.n > 0) {
			t = strcut(&tags, ',');
			if (t.n == 0)
				continue;
			if (!first)
				putc(',', fp);
			jsonstr(fp, t);
			first = 0;
		}
	putc(']', fp);
	jsonkey(fp, "text");
	jsonstr(fp, r->f[F_TEXT]);
}

void
jsonclose(FILE *fp)
{
	fputs("}\n", fp);
}
