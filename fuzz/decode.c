/* decode.c: fuzz decodebuf.  The first byte picks the encoding forced
   (none, CP949, windows-1252, UTF-16LE, UTF-8) and HTML.  Valid UTF-8 read
   without -E comes back unchanged (a UTF-8 BOM aside); a conversion that
   reports U+FFFD gives valid UTF-8; see scm-split(1) ENCODINGS. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

int LLVMFuzzerTestOneInput(const unsigned char *, size_t);

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
	return 0;
}
