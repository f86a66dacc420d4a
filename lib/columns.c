/* columns.c: the two columns of a pdftotext -layout page, side by side
   in its rows, read one after the other (pages cut by form feeds). */
#include <stdlib.h>
#include <string.h>

#include "scm.h"

/*
 * Two columns side by side, as pdftotext -layout sets a page of a
 * two-column report: each row holds a line of the left column, a gutter
 * of spaces, a line of the right one ("Introduction         roadblocks
 * on the horizon ...").  On each page (form feeds cut them) where five
 * rows or more have such a gutter before the same column R and the
 * columns hold prose (their lines 25 characters long or more on
 * average), each run of rows that no text crosses at the gutter is
 * rewritten as its left column's lines, then its right column's (a
 * blank line between them when the left column ends a sentence).
 * Rows above and below (a title across the page) stay as they are.
 * Only spaces of the gutter and row ends are dropped.
 */

#define MAXCOL 400

typedef struct {
	size_t off, len;	/* the row in the text, no newline */
	size_t lead, end;	/* columns: first non-space, past the last */
	size_t s, e;		/* the gutter's columns near R, or 0, 0 */
	size_t ngap;		/* gaps of four spaces or more between text */
	int kind;		/* 0 blank, 1 left only, 2 right only, 3 both,
				   4 crossing */
} PRow;

/* The byte offset in l of column c (one a code point). */
static size_t
colbyte(Str l, size_t c)
{
	size_t i;

	for (i = 0; i < l.n && c > 0; i++)
		if (i + 1 == l.n || ((unsigned char)l.p[i + 1] & 0xC0) != 0x80)
			c--;	/* (the last byte of a code point) */
	return i;
}

/* Fill r's columns; call f(e) for the end column of each gap of four
   spaces or more between text. */
static void
rowcols(Str l, PRow *r, size_t *votes)
{
	size_t i, col = 0, sp = 0, seen = 0;

	r->lead = r->end = r->ngap = 0;
	for (i = 0; i < l.n; i++) {
		unsigned char c = (unsigned char)l.p[i];

		if ((c & 0xC0) == 0x80)
			continue;
		if (c == ' ') {
			sp++;
		} else {
			if (!seen)
				r->lead = col;
			else if (sp >= 4) {
				r->ngap++;
				if (votes != NULL && col < MAXCOL)
					votes[col]++;
			}
			seen = 1;
			sp = 0;
			r->end = col + 1;
		}
		col++;
	}
	if (!seen)
		r->lead = r->end = 0;
}

/* Where the gutter before column R is in l, if any: sets r->s, r->e. */
static void
rowgutter(Str l, PRow *r, size_t R)
{
	size_t i, col = 0, sp = 0, seen = 0;

	r->s = r->e = 0;
	for (i = 0; i < l.n; i++) {
		unsigned char c = (unsigned char)l.p[i];

		if ((c & 0xC0) == 0x80)
			continue;
		if (c == ' ')
			sp++;
		else {
			if (seen && sp >= 4 && col + 2 >= R && col <= R + 2 &&
			    col - sp + 2 <= R) {
				r->s = col - sp;
				r->e = col;
				return;
			}
			seen = 1;
			sp = 0;
		}
		col++;
	}
}

/* A row of the columns whose gutter before R is narrower than four
   spaces (its left line a long one, "... in doubt and the allies ..."):
   a space just before R, text from R on, and the left line's text
   before it.  Then r is both columns' row. */
static void
narrowgutter(Str l, PRow *r, size_t R)
{
	size_t a = colbyte(l, R - 1), k;

	if (a + 1 >= l.n || l.p[a] != ' ' || l.p[a + 1] == ' ' || r->lead + 4 > R)
		return;
	for (k = R - 1; k > r->lead && l.p[colbyte(l, k - 1)] == ' '; k--)
		;
	r->s = k;
	r->e = R;
	r->kind = 3;
}

static void
colpage(Buf *out, char *p, PRow *rw, size_t nr)
{
	size_t votes[MAXCOL] = { 0 }, R = 0, i, j, k, nboth, lsum, rsum, x, ncell;

	for (i = 0; i < nr; i++)
		rowcols((Str){ p + rw[i].off, rw[i].len }, &rw[i], votes);
	for (i = 1; i < MAXCOL; i++)
		if (votes[i] > votes[R])
			R = i;
	for (i = R - 2, k = 0; R >= 20 && i <= R + 2 && i < MAXCOL; i++)
		k += votes[i];	/* (a row's gutter a column or two off) */
	if (R < 20 || k < 5) {
		for (i = 0; i < nr; i++) {
			bufadd(out, p + rw[i].off, rw[i].len);
			bufaddc(out, '\n');
		}
		return;
	}
	for (i = 0; i < nr; i++) {
		PRow *r = &rw[i];

		rowgutter((Str){ p + r->off, r->len }, r, R);
		if (r->end == 0)
			r->kind = 0;
		else if (r->e > 0)
			r->kind = 3;
		else if (r->lead + 2 >= R)
			r->kind = 2;
		else if (r->end < R)
			r->kind = 1;	/* (a blank column before R) */
		else
			r->kind = 4;
	}
	for (i = 0; i < nr; i++)	/* a narrow gutter under a wide one */
		if (rw[i].kind == 4 && ((i > 0 && rw[i - 1].kind == 3) ||
		    (i + 1 < nr && rw[i + 1].kind == 3)))
			narrowgutter((Str){ p + rw[i].off, rw[i].len }, &rw[i], R);
	for (i = 0; i < nr; i = j) {
		if (rw[i].kind == 4) {
			bufadd(out, p + rw[i].off, rw[i].len);
			bufaddc(out, '\n');
			j = i + 1;
			continue;
		}
		nboth = lsum = rsum = ncell = 0;
		for (j = i; j < nr && rw[j].kind != 4; j++)
			if (rw[j].kind == 3) {
				nboth++;
				lsum += rw[j].s - rw[j].lead;
				rsum += rw[j].end - rw[j].e;
				ncell += rw[j].ngap >= 2;
			}
		if (nboth < 5 || lsum < nboth * 25 || rsum < nboth * 25 ||
		    ncell * 4 > nboth) {	/* (three columns: a table) */
			for (k = i; k < j; k++) {	/* (a table's cells) */
				bufadd(out, p + rw[k].off, rw[k].len);
				bufaddc(out, '\n');
			}
			continue;
		}
		for (k = i, x = 0; k < j; k++) {	/* the left column */
			Str l = { p + rw[k].off, rw[k].len };

			if (rw[k].kind == 2)
				continue;
			if (rw[k].kind == 3)
				l.n = colbyte(l, rw[k].s);
			while (l.n > 0 && l.p[l.n - 1] == ' ')
				l.n--;
			bufadd(out, l.p, l.n);
			bufaddc(out, '\n');
			if (l.n > 0)
				x = k;
		}
		if (rw[x].kind != 0 && endsblock((Str){ p + rw[x].off,
		    rw[x].kind == 3 ? colbyte((Str){ p + rw[x].off, rw[x].len },
		    rw[x].s) : rw[x].len }))
			bufaddc(out, '\n');
		for (k = i; k < j; k++) {	/* the right column */
			Str l = { p + rw[k].off, rw[k].len };
			size_t at;

			if (rw[k].kind == 1)
				continue;
			at = rw[k].kind == 0 ? l.n : colbyte(l, rw[k].kind == 3 &&
			    rw[k].s > R - 2 ? rw[k].s : R - 2);
			bufadd(out, l.p + at, l.n - at);
			bufaddc(out, '\n');
		}
	}
}

void
colsplit(Buf *b)
{
	Buf out = { 0 };
	PRow *rw = NULL;
	size_t cap = 0, nr = 0, off = 0, e, i;
	int any = 0;

	if (b->n == 0 || memchr(b->p, '\f', b->n) == NULL ||
	    memchr(b->p, '\0', b->n) != NULL)
		return;
	/* a gutter at all: four spaces between text somewhere */
	for (i = 1; i + 5 < b->n && !any; i++)
		if (b->p[i] == ' ' && memcmp(b->p + i, "    ", 4) == 0 &&
		    b->p[i - 1] != ' ' && b->p[i - 1] != '\n')
			any = 1;
	if (!any)
		return;
	while (off <= b->n) {
		const char *nl = memchr(b->p + off, '\n', b->n - off);
		const char *ff = memchr(b->p + off, '\f', b->n - off);
		int page;

		e = nl != NULL ? (size_t)(nl - b->p) : b->n;
		page = ff != NULL && (size_t)(ff - b->p) < e;
		if (page)
			e = (size_t)(ff - b->p);
		egrow(&rw, &cap, nr + 1, sizeof(*rw));
		rw[nr].off = off;
		rw[nr].len = e - off;
		nr++;
		if (page || e >= b->n) {
			/* the page ends: its rows, the last one without its
			   newline if the text has none */
			colpage(&out, b->p, rw, nr);
			out.n--;
			if (e < b->n)
				bufaddc(&out, b->p[e]);
			nr = 0;
			if (e >= b->n)
				break;
		}
		off = e + 1;
	}
	free(rw);
	buffree(b);
	*b = out;
}
