/* decode.c: fuzz decodebuf.  The first byte picks the encoding forced
   (none, CP949, windows-1252, UTF-16LE, UTF-8) and HTML.  Valid UTF-8 read
   without -E comes back unchanged (a UTF-8 BOM aside); a conversion that
   reports U+FFFD gives valid UTF-8; see scm-split(1) ENCODINGS.  Then the
   same bytes line by line through decodeline (scm-tag, scm-count): a
   valid UTF-8 line read without -E comes back as it is, and with -E
   every line is valid UTF-8. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

int LLVMFuzzerTestOneInput(const unsigned char *, size_t);

static void
lines(const unsigned char *data, size_t n, const char *enc)
{
	LineDec d;
	Str rest = { (char *)data, n }, l, o;
	size_t lineno = 0;

	memset(&d, 0, sizeof(d));
	d.enc = enc;
	while (rest.n > 0) {
		l = strcut(&rest, '\n');
		lineno++;
		o = decodeline(&d, "fuzz", lineno, l);
		if (enc != NULL && !isutf8(o.p, o.n, 0))
			abort();
		if (enc == NULL && isutf8(l.p, l.n, 0) &&
		    !(lineno == 1 && l.n >= 3 && memcmp(l.p, "\xEF\xBB\xBF", 3) == 0) &&
		    (o.n != l.n || memcmp(o.p, l.p, l.n) != 0))
			abort();
	}
	decodedone(&d, "fuzz");
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t n)
{
	static const char *encs[] = {
		NULL, "CP949", "WINDOWS-1252", "UTF-16LE", "UTF-8",
	};
	const char *enc;
	Buf b = { 0 };
	int r, html;

	if (n == 0)
		return 0;
	enc = encs[(data[0] & 7) % NELEM(encs)];
	html = (data[0] & 8) != 0;
	bufadd(&b, data + 1, n - 1);
	r = decodebuf(&b, "fuzz", enc, html);
	if (r < 0)
		abort();
	if (r > 0 && !isutf8(b.p, b.n, 0))
		abort();
	if (enc != NULL && !isutf8(b.p, b.n, 0))
		abort();
	if (enc == NULL && !html && isutf8((const char *)data + 1, n - 1, 0) &&
	    !(n - 1 >= 3 && memcmp(data + 1, "\xEF\xBB\xBF", 3) == 0) &&
	    (b.n != n - 1 || memcmp(b.p, data + 1, b.n) != 0))
		abort();
	buffree(&b);
	lines(data + 1, n - 1, enc);
	return 0;
}
