/* record.c: fuzz the record reader and writer: recparse, isrecord,
   jsonstr, and the round trip parse(escape(x)) == x. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

int LLVMFuzzerTestOneInput(const unsigned char *, size_t);

static FILE *null;

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t n)
{
	Record r, q;
	const char *err;
	char *line, *out;
	size_t i, len, tabs, start;
	FILE *fp;
	int ok, isr;

	if (null == NULL && (null = fopen("/dev/null", "w")) == NULL)
		abort();
	/* 1. recparse and isrecord agree on what a record is. */
	line = malloc(n + 1);
	memcpy(line, data, n);
	isr = isrecord(line, n);
	ok = recparse(&r, line, n, &err) == 0;
	if (isr != ok)
		abort();
	if (ok) {
		for (i = 0; i < NFIELD; i++) {
			if (r.f[i].p < line || r.f[i].p + r.f[i].n > line + n)
				abort();
			jsonstr(null, r.f[i]);
		}
		/* a parsed record written again parses to the same fields */
		fp = open_memstream(&out, &len);
		recput(fp, &r);
		fclose(fp);
		if (len == 0 || out[len - 1] != '\n')
			abort();
		len--;
		if (memchr(out, '\n', len) != NULL || !isrecord(out, len))
			abort();
		if (recparse(&q, out, len, &err) != 0)
			abort();
		for (i = 0; i < NFIELD; i++)
			if (!(streq(q.f[i], r.f[i]) ||
			    (r.f[i].n == 0 && streqlit(q.f[i], "-"))))
				abort();
		free(out);
	}
	/* 2. any bytes, split at TABs into six fields, escaped and parsed,
	   come back unchanged. */
	memcpy(line, data, n);
	for (i = tabs = start = 0; i <= n && tabs < NFIELD; i++)
		if (i == n || (data[i] == '\t' && tabs < NFIELD - 1)) {
			r.f[tabs++] = (Str){ line + start, i - start };
			start = i + 1;
		}
	while (tabs < NFIELD)
		r.f[tabs++] = (Str){ line, 0 };
	fp = open_memstream(&out, &len);
	for (i = 0; i < NFIELD; i++) {
		if (i > 0)
			putc('\t', fp);
		fieldput(fp, r.f[i], 0);
	}
	fclose(fp);
	if (memchr(out, '\n', len) != NULL || memchr(out, '\r', len) != NULL)
		abort();
	if (!isrecord(out, len) || recparse(&q, out, len, &err) != 0)
		abort();
	for (i = 0; i < NFIELD; i++)
		if (!streq(q.f[i], r.f[i]))
			abort();
	free(out);
	/* 3. the JSON string of anything is one line of valid ASCII/UTF-8. */
	fp = open_memstream(&out, &len);
	jsonstr(fp, (Str){ (char *)data, n });
	fclose(fp);
	if (len < 2 || out[0] != '"' || out[len - 1] != '"')
		abort();
	for (i = 0; i < len; ) {
		long cp;
		int k = utf8dec((unsigned char *)out + i, len - i, &cp);

		if (cp < 0x20 || (i > 0 && i < len - 1 && cp == '"' &&
		    out[i - 1] != '\\'))
			abort();
		i += (size_t)k;
	}
	free(out);
	free(line);
	return 0;
}
