/* page.c: the page furniture of pdftotext's output, cut by form feeds. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

/* How many lines at each end of a page may be furniture. */
#define EDGE 3

typedef struct {
	size_t off, len;	/* the line in the text */
	size_t soff, slen;	/* its shape in the shape buffer */
	size_t page;
	int furn;
} Cand;

static int
isblank_(Str l)
{
	return strtrim(l).n == 0;
}

static int
lowerc(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* The line's shape: spaces folded, lower case, each run of digits '#'. */
static void
shape(Buf *b, Str l)
{
	size_t i;
	int sp = 0;

	l = strtrim(l);
	for (i = 0; i < l.n; i++) {
		unsigned char c = (unsigned char)l.p[i];

		if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
			sp = 1;
			continue;
		}
		if (sp)
			bufaddc(b, ' ');
		sp = 0;
		if (c >= '0' && c <= '9') {
			while (i + 1 < l.n && l.p[i + 1] >= '0' && l.p[i + 1] <= '9')
				i++;
			bufaddc(b, '#');
		} else
			bufaddc(b, lowerc(c));
	}
}

/* The shape s less a page's number at its end ("... service #"). */
static Str
trailnum(Str s)
{
	if (s.n >= 2 && s.p[s.n - 1] == '#' && s.p[s.n - 2] == ' ')
		s.n -= 2;
	return s;
}

/* Does the shape s hold a number that is a word of its own ("page #"),
   not part of one ("#th", "제#차")? */
static int
loosenum(Str s)
{
	size_t i;
	unsigned char a, z;

	for (i = 0; i < s.n; i++) {
		if (s.p[i] != '#')
			continue;
		a = i > 0 ? (unsigned char)s.p[i - 1] : ' ';
		z = i + 1 < s.n ? (unsigned char)s.p[i + 1] : ' ';
		if (!ISALPHA(a) && a < 0x80 && !ISALPHA(z) && z < 0x80)
			return 1;
	}
	return 0;
}

/* A page number: "#", "- # -", "page #", "page # of #", "# / #",
   "# of #", "p. #" as shapes. */
static int
ispagenum(Str s)
{
	static const char *forms[] = {
		"#", "- # -", "-#-", "page #", "page # of #", "# / #", "#/#",
		"# of #", "p. #", "[#]", "(#)", "- #", "# -",
	};
	size_t i, a = 0, z = s.n;

	for (i = 0; i < NELEM(forms); i++)
		if (strlen(forms[i]) == s.n && memcmp(forms[i], s.p, s.n) == 0)
			return 1;
	/* a front-matter page in Roman numerals: "ii", "- iv -", "page xi" */
	if (s.n > 5 && memcmp(s.p, "page ", 5) == 0)
		a = 5;
	else if (s.n > 4 && memcmp(s.p, "- ", 2) == 0 &&
	    memcmp(s.p + s.n - 2, " -", 2) == 0) {
		a = 2;
		z = s.n - 2;
	}
	if (z - a == 0 || z - a > 6)
		return 0;
	for (i = a; i < z; i++)
		if (s.p[i] != 'i' && s.p[i] != 'v' && s.p[i] != 'x')
			return 0;
	return 1;
}

static Buf *sortbuf;

static int
bysh(const void *a, const void *b)
{
	const Cand *x = *(Cand *const *)a, *y = *(Cand *const *)b;
	Str s = { sortbuf->p + x->soff, x->slen }, t = { sortbuf->p + y->soff, y->slen };
	int c = strcmpb(s, t);

	if (c != 0)
		return c;
	return x->page < y->page ? -1 : x->page > y->page;
}

/* Is the line at off the end of a sentence, a block that may not go on?
   Also with a footnote's mark after it ("weapons.3", "Declaration.\u201D12"). */
int
endsblock(Str l)
{
	size_t n;

	l = strtrim(l);
	for (n = l.n; n > 0 && l.n - n < 3 && ISDIGIT(l.p[n - 1]); n--)
		;
	if (n < l.n && n >= 2 && (l.p[n - 1] == '.' || l.p[n - 1] == '"' ||
	    (unsigned char)l.p[n - 1] == 0x9D) && !ISDIGIT(l.p[n - 2]) &&
	    l.p[n - 2] != ' ')
		l.n = n;	/* a footnote's mark after the full stop */
	return l.n == 0 || tocline(l) || strchr(".!?:;)\"", l.p[l.n - 1]) != NULL ||
	    (l.n >= 3 && (unsigned char)l.p[l.n - 3] == 0xE2 &&
	    (unsigned char)l.p[l.n - 2] == 0x80 && (unsigned char)l.p[l.n - 1] == 0x9D);
}

/* Is l a running header that names the document ("55th SCM Joint
   Communique", "제55차 SCM 공동성명"): short, a number in it, no
   sentence end, no comma, no label, capital or Hangul first? */
int
runhead(Str l)
{
	l = strtrim(l);
	if (l.n < 8 || l.n > 80 || memchr(l.p, ',', l.n) != NULL ||
	    endsblock(l) || clauselabel(l) > 0 || itemlabel(l) > 0 ||
	    !(ISUPPER(l.p[0]) || ISDIGIT(l.p[0]) || hgsyl(l.p, l.n)) ||
	    !doctype(l))
		return 0;
	while (l.n > 0 && !ISDIGIT(l.p[l.n - 1]))
		l.n--;
	return l.n > 0;		/* a number in it */
}

/* Does l hold the slug's field f with its number ("Jkt 000000"), not
   the field's name in a sentence ("the Jkt and Frm fields")? */
static int
slugfield(Str l, const char *f)
{
	size_t i, n = strlen(f);

	for (i = 0; i + n < l.n; i++)
		if (l.p[i] == ' ' && memcmp(l.p + i, f, n) == 0 &&
		    ISDIGIT(l.p[i + n]))
			return 1;
	return 0;
}

/* Is l the printer's slug the Government Publishing Office sets at the
   foot of each page of a hearing or a report, "VerDate Aug 31 2005
   09:13 Jan 25, 2011 Jkt 000000 PO 00000 Frm 00001 Fmt 5011 Sfmt 5011
   Y:\DOCS\63690.TXT", furniture even where a page shows it once? */
int
printslug(Str l)
{
	while (l.n > 0 && (l.p[0] == ' ' || l.p[0] == '\t'))
		l.p++, l.n--;	/* (a first byte first: called on every line) */
	return l.n >= 30 && l.n <= 240 && memcmp(l.p, "VerDate ", 8) == 0 &&
	    ISUPPER(l.p[8]) && ISLOWER(l.p[9]) && ISLOWER(l.p[10]) &&
	    l.p[11] == ' ' && ISDIGIT(l.p[12]) &&	/* a date: Aug 31 */
	    slugfield(l, " Jkt ") && slugfield(l, " Frm ");
}

/* Is l a sentence that opens with a page's number, "Page 3 of the
   report lists the drills.", not a page's mark ("Page 3 of 12", "Page
   3 - Title"): words in lower case after it, four or more, and a
   sentence's end (closers aside: 'says "deterrence."', "(Table 3).");
   or seven or more, the first line of a paragraph that goes on ("Page
   2 of the communique says the allies will hold the drills in")? */
int
pageprose(Str l)
{
	size_t i, nlow = 0;

	l = strtrim(l);
	if (l.n < 20 || !sprefixci(l, "page ") || !ISDIGIT(l.p[5]))
		return 0;
	for (i = 5; i + 1 < l.n; i++)
		if (l.p[i] == ' ' && ISLOWER(l.p[i + 1]))
			nlow++;
	return nlow >= 7 || (nlow >= 4 && (endsterm(l) || l.p[l.n - 1] == ')'));
}

/* Is t a page's number in small Roman numerals alone on its line, as
   a report's front matter numbers its pages ("iii", "iv", "xii"): two
   letters or more, a numeral up to xxxix ("ii" yes; "i", "v", "mix",
   "civil" no)? */
int
romanpage(Str t)
{
	size_t i = 0;

	if (t.n < 2 || t.n > 7)
		return 0;
	while (i < t.n && i < 3 && t.p[i] == 'x')
		i++;
	if (i + 2 == t.n && t.p[i] == 'i' && (t.p[i + 1] == 'x' || t.p[i + 1] == 'v'))
		return 1;	/* ix, iv, xiv */
	if (i < t.n && t.p[i] == 'v')
		i++;
	while (i < t.n && t.p[i] == 'i' && t.n - i <= 3)
		i++;
	return i == t.n;
}

/* Is t a block of a list labelled in small Roman numerals ("i to deter
   ...", "ii. to defend ...", "(iv) ...") or one that ends in ':' (its
   items to come)?  Then a numeral alone below is the next item's. */
int
romanlist(Str t)
{
	size_t i = t.n > 0 && t.p[0] == '(';

	if (t.n > 0 && t.p[t.n - 1] == ':')
		return 1;
	while (i < t.n && i < 8 && (t.p[i] == 'i' || t.p[i] == 'v' ||
	    t.p[i] == 'x'))
		i++;
	return i > (t.n > 0 && t.p[0] == '(') && i < t.n &&
	    strchr(" .)", t.p[i]) != NULL;
}

/* The length of the leader of dots at t.p[i] (full stops spaced or
   not, ellipses), counted in dots; 0 if none.  Sets *e past it. */
static size_t
leader(Str t, size_t i, size_t *e)
{
	size_t dots = 0;

	while (i < t.n) {
		if (t.p[i] == '.')
			dots++, i++;
		else if (t.p[i] == ' ' && dots > 0)
			i++;
		else if (i + 3 <= t.n && memcmp(t.p + i, "\xe2\x80\xa6", 3) == 0)
			dots += 3, i += 3;	/* \u2026 */
		else
			break;
	}
	*e = i;
	return dots;
}

/* The sentences' ends in t: a full stop after a small letter, a space
   and a capital ("... followed it. The two ..."). */
static size_t
sentends(Str t)
{
	size_t i, n = 0;

	for (i = 1; i + 2 < t.n; i++)
		if (t.p[i] == '.' && ISLOWER(t.p[i - 1]) && t.p[i + 1] == ' ' &&
		    ISUPPER(t.p[i + 2]))
			n++;
	return n;
}

/* Is t a table of contents that a copy set on one line: three entries
   or more, each a leader of dots then a page's number ("... Activities.
   . . . . . 5 2020 KDVA Initiatives . . . . 7 ...")?  Asked of every
   line: its end must hold a leader and a number first; no prose
   between two entries (two sentences' ends, or 600 bytes: a whole
   document pasted on one line, its contents at the top). */
int
tocrun(Str t)
{
	size_t i, e = 0, n = 0, last;

	if (t.n < 60 || !ISDIGIT(t.p[t.n - 1]))
		return 0;
	for (i = t.n - 1; i > t.n - 12 && ISDIGIT(t.p[i - 1]); i--)
		;
	while (i > 0 && t.p[i - 1] == ' ')
		i--;
	if (i < 4 || (t.p[i - 1] != '.' && (unsigned char)t.p[i - 1] != 0xA6))
		return 0;
	for (i = 0, last = 0; i < t.n; i = e > i ? e : i + 1)
		if ((t.p[i] == '.' || (unsigned char)t.p[i] == 0xE2) &&
		    leader(t, i, &e) >= 4 && e < t.n && ISDIGIT(t.p[e])) {
			if (i - last > 600 || (i - last > 150 &&
			    sentends((Str){ t.p + last, i - last }) >= 2))
				return 0;	/* (prose between: a whole copy) */
			n++;
			last = e;
		}
	return n >= 3;
}

/* A numbered clause or item that ends its sentence, "5. 양 장관은
   합의하였다.": text, though its shape ends two short pages. */
static int
numbered(Str l)
{
	l = strtrim(l);
	return (clauselabel(l) > 0 || itemlabel(l) > 0) && endsblock(l) &&
	    l.n > 12;
}

#define TOP ((size_t)1 << (sizeof(size_t) * 8 - 1))
#define GONE(x) ((lines[x] & TOP) != 0)
#define OFF(x) (lines[x] & ~TOP)
#define LINE(x) ((Str){ b->p + OFF(x), OFF((x) + 1) - 1 - OFF(x) })

/* Is line x a clause's number alone ("1."), its text after it on the
   page (before line z), as pdftotext sets a number apart?  A page's
   number ends its page. */
static int
barenum(const Buf *b, const size_t *lines, size_t x, size_t z)
{
	Str l = strtrim(LINE(x));
	size_t i;

	for (i = 0; i < l.n && i < 3 && ISDIGIT(l.p[i]); i++)
		;
	if (i == 0 || i + 1 != l.n || l.p[i] != '.')
		return 0;
	for (x++; x < z && isblank_(LINE(x)); x++)
		;
	return x < z && !ISDIGIT(strtrim(LINE(x)).p[0]);
}

/* The first line of the footnotes at the foot of a page whose kept lines
   end before k: after a blank line, a run of at most eight lines that
   opens with a footnote ("1) 국방부, 「...」, p. 27."), or of at most
   twelve under a rule ("_____" over "1 U.S. Department ..."); 0 if
   none. */
static size_t
footfoot(const Buf *b, const size_t *lines, size_t a, size_t k)
{
	size_t i;

	for (i = k; i > a && k - i < 12 && !isblank_(LINE(i - 1)); i--)
		;
	if (i == k || i <= a + 1 || GONE(i))
		return 0;
	if (ruleline(strtrim(LINE(i))) && i + 1 < k && footnum(strtrim(LINE(i + 1))) > 0)
		return i;
	return k - i < 8 && footline(strtrim(LINE(i))) ? i : 0;
}

void
pagestrip(Buf *b, Buf *furn)
{
	Cand *c = NULL, **sorted;
	size_t nc = 0, cap = 0, i, j, k, page = 0, npage;
	size_t *lines = NULL, nl = 0, lcap = 0, *pstart = NULL, pcap = 0;
	Buf sh = { 0 }, out = { 0 }, held = { 0 };
	size_t off = 0, heldn = 0;

	if (splitbc['0'] == 0)
		initbc();	/* the byte classes of ISDIGIT, ISLOWER */
	/* pdftotext ends each page with a form feed at a line's start */
	if (b->n == 0 || memchr(b->p, '\f', b->n) == NULL ||
	    memchr(b->p, '\0', b->n) != NULL)
		return;
	for (off = 0; off < b->n; off++)
		if (b->p[off] == '\f' && off > 0 && b->p[off - 1] != '\n')
			return;
	off = 0;
	/* lines: start offsets; a form feed starts a page (and a line) */
	egrow(&pstart, &pcap, 1, sizeof(*pstart));
	pstart[0] = 0;
	while (off < b->n) {
		const char *nlp = memchr(b->p + off, '\n', b->n - off);
		const char *ff = memchr(b->p + off, '\f', b->n - off);
		size_t e = nlp != NULL ? (size_t)(nlp - b->p) : b->n;

		if (ff != NULL && (size_t)(ff - b->p) < e)
			e = (size_t)(ff - b->p);
		egrow(&lines, &lcap, nl + 2, sizeof(*lines));
		lines[nl++] = off;
		if (e < b->n && b->p[e] == '\f') {
			page++;
			egrow(&pstart, &pcap, page + 1, sizeof(*pstart));
			pstart[page] = nl;
		}
		off = e + 1;
	}
	lines[nl] = b->n + 1;
	npage = page + 1;
	egrow(&pstart, &pcap, npage + 1, sizeof(*pstart));
	pstart[npage] = nl;
	/* candidates: the first and last EDGE non-blank lines of each page */
	for (page = 0; page < npage; page++) {
		size_t a = pstart[page], z = pstart[page + 1], got, top = a;

		for (k = 0; k < 2; k++) {
			got = 0;
			for (i = 0; i < z - a && got < EDGE; i++) {
				size_t x = k == 0 ? a + i : z - 1 - i;

				if (isblank_(LINE(x)))
					continue;
				got++;
				if (k == 1 && x <= top)
					break;	/* a short page: each line once */
				/* the third line in: a footer's org over its
				   address and number, never the end of a
				   sentence or a speaker's label */
				if (got == EDGE && endsblock(LINE(x)))
					continue;
				if (k == 0)
					top = x;
				egrow(&c, &cap, nc + 1, sizeof(*c));
				c[nc].off = x;
				c[nc].page = page;
				c[nc].furn = 0;
				c[nc].soff = sh.n;
				shape(&sh, LINE(x));
				c[nc].slen = sh.n - c[nc].soff;
				nc++;
			}
		}
	}
	/* furniture: a page number, or a shape seen on another page */
	sorted = emalloc((nc + 1) * sizeof(*sorted));
	for (i = 0; i < nc; i++)
		sorted[i] = &c[i];
	sortbuf = &sh;
	qsort(sorted, nc, sizeof(*sorted), bysh);
	for (i = 0; i < nc; i = j) {
		size_t pages = 1;
		Str s = { sh.p + sorted[i]->soff, sorted[i]->slen };

		for (j = i + 1; j < nc && sorted[j]->slen == s.n &&
		    memcmp(sh.p + sorted[j]->soff, s.p, s.n) == 0; j++)
			if (sorted[j]->page != sorted[j - 1]->page)
				pages++;
		if ((pages >= 2 && npage >= 2 && s.n > 0) || ispagenum(s) ||
		    printslug(LINE(sorted[i]->off)))
			for (k = i; k < j; k++)
				sorted[k]->furn = !numbered(LINE(sorted[k]->off)) &&
				    !barenum(b, lines, sorted[k]->off,
				    pstart[sorted[k]->page + 1]);
	}
	/* a footer whose number some pages leave out ("Congressional
	   Research Service" / "Congressional Research Service   1"): the
	   same shape, less a number at its end, on another page */
	for (i = 0; i < nc; i++) {
		Str a = trailnum((Str){ sh.p + c[i].soff, c[i].slen }), o;

		if (c[i].furn || a.n < 10)
			continue;
		for (k = 0; k < nc; k++) {
			if (k == i || c[k].page == c[i].page)
				continue;
			o = trailnum((Str){ sh.p + c[k].soff, c[k].slen });
			if (o.n == a.n && memcmp(o.p, a.p, a.n) == 0 &&
			    (o.n != c[k].slen || a.n != c[i].slen)) {
				c[i].furn = !numbered(LINE(c[i].off));
				break;
			}
		}
	}
	/* the title of the first page, repeated as the running header of
	   the others, is the title there: the first line of the text, no
	   number of its own, no bar (a header's "CSIS Briefs | 2" goes;
	   "the 58th SCM", "제58차" stay) */
	if (nc > 0 && c[0].furn && c[0].page == 0 && c[0].slen > 0 &&
	    !loosenum((Str){ sh.p + c[0].soff, c[0].slen }) &&
	    memchr(sh.p + c[0].soff, '|', c[0].slen) == NULL &&
	    !ispagenum((Str){ sh.p + c[0].soff, c[0].slen }))
		c[0].furn = 0;
	/* a running header that shortens the document's first line ("KIDA
	   국방정책 브리프" under "KIDA 국방정책 브리프 제2026-14호"): the first
	   line of a later page, two words or more, the first line's own
	   words up to a space */
	if (nc > 0 && c[0].page == 0) {
		Str first = strtrim(LINE(c[0].off)), l;

		for (i = 1; i < nc; i++) {
			if (c[i].page == 0 || c[i].furn || (i > 0 &&
			    c[i - 1].page == c[i].page))
				continue;	/* (a page's first candidate) */
			l = strtrim(LINE(c[i].off));
			if (l.n >= 10 && l.n < first.n && first.p[l.n] == ' ' &&
			    memcmp(first.p, l.p, l.n) == 0 &&
			    memchr(l.p, ' ', l.n) != NULL && !endsblock(l) &&
			    strany((Str){ first.p + l.n, first.n - l.n }, "0123456789"))
				c[i].furn = 1;	/* (what it leaves out is the
						   issue's number: 제2026-14호) */
		}
	}
	for (i = 0; i < nc; i++)
		if (c[i].furn)
			lines[c[i].off] |= TOP;
	/* a running header seen once: the first line kept on a page, inside
	   a sentence that goes on below it in lower case or Korean, or
	   between two clauses numbered in turn */
	for (page = 1; page < npage; page++) {
		size_t x, y, z = pstart[page + 1];
		Str t;

		for (k = pstart[page]; k > 0 && (GONE(k - 1) || isblank_(LINE(k - 1))); k--)
			;
		for (x = pstart[page]; x < z && (GONE(x) || isblank_(LINE(x))); x++)
			;
		for (y = x + 1; y < z && (GONE(y) || isblank_(LINE(y))); y++)
			;
		if (k == 0 || y >= z || !runhead(LINE(x)))
			continue;
		t = strtrim(LINE(y));
		if (endsblock(LINE(k - 1))) {
			/* between two clauses: the next clause's number
			   follows the last one's above */
			long n = clauselabel(t);

			for (j = k; j > 0 && (GONE(j - 1) || clauselabel(
			    strtrim(LINE(j - 1))) <= 0); j--)
				;
			if (n <= 1 || j == 0 ||
			    clauselabel(strtrim(LINE(j - 1))) != n - 1)
				continue;
		} else if (!ISLOWER(t.p[0]) && !hgsyl(t.p, t.n))
			continue;
		for (i = 0; i < nc; i++)
			if (c[i].off == x) {	/* one of the page's edge lines */
				c[i].furn = 1;
				lines[x] |= TOP;
			}
	}
	/* the text again, without them; across a page break that does not
	   end a sentence, the blank lines go too so the lines join */
	for (i = 0; i < nc; i++)
		if (c[i].furn) {
			Str l = strtrim(LINE(c[i].off));
			size_t m;

			/* spaces folded, as splitdoc folds a block's */
			for (m = 0; m < l.n; m++)
				if (l.p[m] == '\t' || l.p[m] == '\r' || l.p[m] == '\v' ||
				    l.p[m] == '\f' || l.p[m] == ' ') {
					if (furn->n > 0 && furn->p[furn->n - 1] != ' ' &&
					    furn->p[furn->n - 1] != '\n')
						bufaddc(furn, ' ');
				} else
					bufaddc(furn, l.p[m]);
			bufaddc(furn, '\n');
			lines[c[i].off] |= TOP;
		}
	for (page = 0; page < npage; page++) {
		size_t a = pstart[page], z = pstart[page + 1], fz = 0, f;
		int join = 0;

		if (page + 1 < npage) {
			/* the last line kept on this page */
			for (k = z; k > a && (GONE(k - 1) || isblank_(LINE(k - 1))); k--)
				;
			/* footnotes at its foot, below a blank line, under a
			   sentence that goes on: held until that sentence ends
			   on the next page */
			if ((f = footfoot(b, lines, a, k)) > 0) {
				for (j = f; j > a && (GONE(j - 1) || isblank_(LINE(j - 1))); j--)
					;
				if (j > a && !endsblock(LINE(j - 1))) {
					fz = k;
					k = j;
				}
			}
			join = k > a && !endsblock(LINE(k - 1));
			if (join)
				z = k;
			if (fz > 0)
				for (i = f; i < fz; i++)
					if (!GONE(i)) {
						bufadd(&held, b->p + OFF(i), LINE(i).n);
						bufaddc(&held, '\n');
					}
		}
		if (page > 0 && out.n > 0 && out.p[out.n - 1] == '\x01') {
			/* the page before ends in a block going on */
			out.n--;
			while (a < z && (GONE(a) || isblank_(LINE(a))))
				a++;
		}
		for (i = a; i < z; i++) {
			if (GONE(i))
				continue;
			bufadd(&out, b->p + OFF(i), LINE(i).n);
			bufaddc(&out, '\n');
			if (heldn > 0 && (endsblock(LINE(i)) || i + 1 == z ||
			    isblank_(LINE(i + 1)))) {
				/* the sentence has ended: the footnotes after it */
				bufaddc(&out, '\n');
				bufadd(&out, held.p, heldn);
				bufaddc(&out, '\n');
				memmove(held.p, held.p + heldn, held.n - heldn);
				held.n -= heldn;
				heldn = 0;
			}
		}
		heldn = held.n;
		if (join)
			bufaddc(&out, '\x01');
	}
	if (held.n > 0) {
		if (out.n > 0 && out.p[out.n - 1] == '\x01')
			out.n--;
		bufaddc(&out, '\n');
		bufadd(&out, held.p, held.n);
	}
	buffree(&held);
	if (out.n > 0 && out.p[out.n - 1] == '\x01')
		out.n--;
#undef LINE
#undef TOP
#undef GONE
#undef OFF
	buffree(b);
	*b = out;
	buffree(&sh);
	free(sorted);
	free(c);
	free(lines);
	free(pstart);
}

/* Is every gap between the words of l two spaces ("A  REVIEW  OF  THE"),
   three words or more?  1 if so, 0 if a gap of one space or of three
   and more, -1 for a line of fewer words. */
static int
dblgaps(Str l)
{
	size_t i, gaps = 0;

	l = strtrim(l);
	for (i = 0; i < l.n; i++) {
		if (l.p[i] != ' ')
			continue;
		if (i + 2 >= l.n || l.p[i + 1] != ' ' || l.p[i + 2] == ' ')
			return 0;
		gaps++;
		i++;
	}
	return gaps >= 2 ? 1 : -1;
}

int
ocrtext(Str t)
{
	size_t off, e, yes = 0, no = 0;
	const char *nl;

	/* told by the first lines of three words or more: nine in ten
	   of twenty (at least eight) so set */
	for (off = 0; off < t.n && yes + no < 20; off = e + 1) {
		nl = memchr(t.p + off, '\n', t.n - off);
		e = nl != NULL ? (size_t)(nl - t.p) : t.n;
		switch (dblgaps((Str){ t.p + off, e - off })) {
		case 1:
			yes++;
			break;
		case 0:
			if (++no > 2)
				return 0;
			break;
		}
	}
	return yes >= 8 && yes >= 9 * (yes + no) / 10;
}

void
ocrspace(Buf *b)
{
	Buf out = { 0 };
	size_t off, e, i;
	const char *nl;

	if (b->n == 0 || memchr(b->p, '\0', b->n) != NULL ||
	    !ocrtext(bufstr(b)))
		return;
	for (off = 0; off < b->n; off = e + 1) {
		Str l;

		nl = memchr(b->p + off, '\n', b->n - off);
		e = nl != NULL ? (size_t)(nl - b->p) : b->n;
		l = (Str){ b->p + off, e - off };
		if (dblgaps(l) == 1) {
			for (i = 0; i < l.n; i++)
				if (!(l.p[i] == ' ' && i > 0 && l.p[i - 1] == ' '))
					bufaddc(&out, l.p[i]);
		} else
			bufadd(&out, l.p, l.n);
		if (e < b->n)
			bufaddc(&out, '\n');
	}
	buffree(b);
	*b = out;
}
