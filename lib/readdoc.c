/* readdoc.c: a document of any kind (text, HTML, legacy encoding, pdftotext
   output) into splitdoc or splithtml. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "scm.h"

#define HEAD (1 << 16)

typedef struct {
	const SplitOpt *o;
	Emit *emit;
	void *arg;
	size_t maxblock;
} Wrap;

static int
counted(void *arg, const Unit *u)
{
	Wrap *w = arg;

	if (u->block > w->maxblock)
		w->maxblock = u->block;
	return w->emit(w->arg, u);
}

/* Split the text t, the page furniture furn after it as noise (-k). */
static int
splittext(Buf *t, Buf *furn, const char *name, Str doc, const SplitOpt *o,
    Emit *emit, void *arg)
{
	Input in;
	Wrap w = { o, emit, arg, 0 };
	Unit u;
	Str f = bufstr(furn), l;
	int r;

	memset(&in, 0, sizeof(in));
	in.name = name;
	if (t->n == 0)
		bufaddc(t, '\n');	/* fmemopen wants a size */
	if ((in.fp = fmemopen(t->p, t->n, "r")) == NULL) {
		weprintf("%s:", name);
		return -1;
	}
	r = splitdoc(&in, doc, o, counted, &w);
	inclose(&in);
	while (r == 0 && o->keepnoise && f.n > 0) {
		l = strcut(&f, '\n');
		if (l.n == 0)
			continue;
		memset(&u, 0, sizeof(u));
		u.doc = doc;
		u.block = ++w.maxblock;
		u.sent = o->unit == U_SENTENCE;
		u.kind = K_NOISE;
		u.section = S("");
		u.text = l;
		r = emit(arg, &u);
	}
	return r;
}

int
splitany(Input *in, Str doc, const SplitOpt *o, const char *enc, int as,
    int *bad, Emit *emit, void *arg)
{
	Buf b = { 0 };
	Str h = inpeek(in, HEAD);
	int html, r, fd = fileno(in->fp);

	if (h.n > HEAD)
		h.n = HEAD;
	html = as == AS_HTML || (as == AS_AUTO && ishtml(h.p, h.n));
	/* plain UTF-8 text of a file streams, as it always did */
	if (!html && enc == NULL && isutf8(h.p, h.n, h.n == HEAD) &&
	    memchr(h.p, '\f', h.n) == NULL && !ocrtext(h) &&
	    !(h.n >= 3 && memcmp(h.p, "\xEF\xBB\xBF", 3) == 0) &&
	    (fd < 0 || lseek(fd, 0, SEEK_CUR) >= 0))
		return splitdoc(in, doc, o, emit, arg);
	if (inslurp(in, &b) < 0) {
		buffree(&b);
		return -1;
	}
	r = splitbuf(&b, in->name, doc, o, enc, as, bad, emit, arg);
	buffree(&b);
	return r;
}

int
splitbuf(Buf *b, const char *name, Str doc, const SplitOpt *o,
    const char *enc, int as, int *bad, Emit *emit, void *arg)
{
	Buf furn = { 0 };
	int html, r, d;

	html = as == AS_HTML || (as == AS_AUTO && ishtml(b->p, b->n));
	d = decodebuf(b, name, enc, html);
	if (d < 0)
		return -1;
	if (d > 0)
		*bad = 1;
	if (as == AS_AUTO && !html)
		html = ishtml(b->p, b->n);	/* UTF-16 */
	if (html)
		return splithtml(bufstr(b), doc, o, emit, arg);
	ocrspace(b);
	colsplit(b);
	pagestrip(b, &furn);
	r = splittext(b, &furn, name, doc, o, emit, arg);
	buffree(&furn);
	return r;
}
