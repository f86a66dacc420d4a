/* split.c: the driver: lines into blocks, blocks into units (sentences
   or whole blocks), noise held and numbered after its block. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

/*
 * Lines come in one at a time.  A content line either joins the open
 * block or finishes it and opens a new one; blank lines only mark a gap
 * (a block after a gap may still go on: a clause broken by a page
 * break).  Noise lines met inside a block are held and become blocks of
 * their own, numbered after it.  A finished block is classified and
 * emitted, except that a short name-like block waits for the next one
 * to tell a byline from a heading.
 */

/* Longer than any line of a printed page: a line of a web paste. */
#define LONGLINE 150

/* Small words a line may break after: a block ending in one goes on. */
static const char *smallwords[] = {
	"of", "the", "and", "to", "in", "for", "a", "an", "with", "on",
	"by", "at", "from", "as", "or", "its", "their", "that",
};

/* The width of p[0..n) in columns, a Hangul syllable two of them, as it
   is printed (a wrapped Korean page holds 45 to 50 syllables a line,
   150 bytes and more). */
static size_t
width(const char *p, size_t n)
{
	size_t i, hg = 0;

	for (i = 0; i + 2 < n; i++)
		if ((unsigned char)p[i] >= 0xEA && (unsigned char)p[i] <= 0xED) {
			hg++;
			i += 2;
		}
	return n - hg;
}

/* Is the line p[0..n) one of a web paste, a paragraph a line: wider
   than a page, or (a second time) longer than LONGLINE bytes and ending
   its sentence, as a Korean paragraph of 50 syllables does; *votes
   counts those. */
static int
longl(const char *p, size_t n, int *votes)
{
	if (n <= LONGLINE)
		return 0;
	if (width(p, n) > LONGLINE)
		return 1;
	return endsterm(strtrim((Str){ (char *)p, n })) && ++*votes >= 2;
}
#define AHEAD 40	/* lines read ahead to know a web paste */

/* Has t at most max words (between spaces)? */
static int
fewwords(Str t, size_t max)
{
	size_t i, n = 0;

	for (i = 0; i < t.n; i++)
		if (t.p[i] != ' ' && (i == 0 || t.p[i - 1] == ' ') && ++n > max)
			return 0;
	return 1;
}

/* Does b end in a small word (of, the, and ...): a line broken off? */
static int
endsmall(Str b)
{
	size_t i, k;

	for (k = b.n; k > 0 && b.p[k - 1] != ' '; k--)
		;
	for (i = 0; i < NELEM(smallwords); i++)
		if (streqlit((Str){ b.p + k, b.n - k }, smallwords[i]))
			return 1;
	return 0;
}

/* Is t, after a blank line, a web address alone ("www.crs.gov",
   "https://..."), not the end of b's citation ("available at" /
   "https://...", "Source:" / "www...")? */
static int
linkalone(Str b, Str t)
{

	if ((t.p[0] != 'w' && t.p[0] != 'h') || memchr(t.p, ' ', t.n) != NULL ||
	    !(sprefixci(t, "www.") || sprefixci(t, "http://") ||
	    sprefixci(t, "https://")) || b.n == 0 ||
	    strchr(":,-/", b.p[b.n - 1]) != NULL)
		return 0;
	return !endsmall(b);
}

/* Does line t go on with a sentence cut at the end of the line above
   it: its first word in lower case? */
static int
cutgoeson(Str t)
{
	t = strtrim(t);
	return t.n > 0 && ISLOWER(t.p[0]);
}

/* Does the Korean line t end in the middle of its sentence: its last
   word ends in a case particle or a connective ending ("... 대응", no;
   "... 확장억제를", "... 재확인하였으며", yes)? */
static int
hgmidcut(Str t)
{
	static const char *const mid[] = {
		"을", "를", "은", "는", "에", "고", "며", "및", "면", "게",
	};	/* (not 의 가 과 이 ..., which end nouns too: 회의, 평가, 결과) */
	size_t i;

	t = strtrim(t);
	if (t.n < 3 || !hgsyl(t.p + t.n - 3, 3))
		return 0;
	for (i = 0; i < NELEM(mid); i++)
		if (memcmp(t.p + t.n - 3, mid[i], 3) == 0)
			return 1;
	return 0;
}

/* Does line t, which ends no sentence, end in a comma or a word that
   ends no heading either ("... forged in", "... and the")? */
static int
cutmidphrase(Str t)
{
	static const char *words[] = {
		"a", "an", "and", "as", "at", "between", "by", "for", "from",
		"in", "including", "into", "its", "of", "on", "or", "our",
		"the", "their", "to", "under", "which", "with",
	};
	static WordSet l = { words, NELEM(words), 0, { 0 }, 0 };
	size_t b;

	t = strtrim(t);
	if (t.n > 0 && t.p[t.n - 1] == ',')
		return 1;
	for (b = t.n; b > 0 && t.p[b - 1] != ' '; b--)
		;
	return b > 0 && inwordset((Str){ t.p + b, t.n - b }, &l);
}


/* The length of an image's file name that opens t, glued to the
   Korean text after it (a page's image left as its name:
   "132721418.1.jpg한미 국방당국 간 ..."), 0 if none. */
static size_t
imgname(Str t)
{
	static const char *const ext[] = { ".jpg", ".jpeg", ".png", ".gif", ".webp" };
	size_t i, k, n;

	for (i = 0; i < t.n && i < 100 && (ISALPHA(t.p[i]) || ISDIGIT(t.p[i]) ||
	    t.p[i] == '.' || t.p[i] == '_' || t.p[i] == '-'); i++)
		;
	if (i < 5 || i >= t.n || (unsigned char)t.p[i] < 0x80)
		return 0;	/* ("map.png shows ...": a sentence's word) */
	for (k = 0; k < NELEM(ext); k++)
		if (i > (n = strlen(ext[k])) && eqci((Str){ t.p + i - n, n }, ext[k]))
			return i;
	return 0;
}

/* A noise line: held inside an open block, else a block of its own. */
static void
noiseline(SplitSt *st, Str t)
{
	st->aftermark = t.n <= 60 && ((t.n <= 4 && ISDIGIT(t.p[0]) &&
	    ISDIGIT(t.p[t.n - 1])) || pagemark(t, 0, t.n));
	if (st->blk.n > 0) {
		st->pagebrk |= st->aftermark;
		addfold(&st->noise, t.p, t.n, NULL);
		bufaddc(&st->noise, '\n');
		bufadd(&st->noiseat, (const char *)&st->blk.n, sizeof(size_t));
		st->noisein = 1;
	} else {
		st->tmp.n = 0;
		addfold(&st->tmp, t.p, t.n, NULL);
		splitpiece(st, bufstr(&st->tmp), 1, K_NOISE);
	}
}

/* Are a and b, n bytes each, the same but for the case of their
   letters ("Introduction", "INTRODUCTION")? */
static int
sameci(const char *a, const char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (a[i] != b[i] && !(ISALPHA(a[i]) && (a[i] ^ 0x20) == b[i]))
			return 0;
	return 1;
}

/* Is t an entry of a table of contents set one a line with no leader
   of dots ("Nuclear Weapons and the Six Party Talks", "FOR ADDITIONAL
   READING", "2. Recent Developments 4"): short, no sentence's end or
   comma, every word of four letters or more capitalised but the small
   words a title leaves in lower case (with, from, over ...)? */
static int
tocentry(Str t)
{
	static const char *small[] = {
		"with", "from", "into", "over", "than", "that", "upon", "under",
		"about", "after", "among", "between", "toward", "towards",
		"against", "within", "without", "through", "during", "versus",
		"amid", "beyond", "since", "while",
	};
	size_t i, b, k, nw = 0;
	size_t q = t.n > 4 && memcmp(t.p, "\xe2\x80\x9c", 3) == 0 ? 3 :
	    t.n > 2 && t.p[0] == '"';	/* (a title in quotes: "Inside ...") */

	if (t.n > 90 || strchr(".,;:!?", t.p[t.n - 1]) != NULL ||
	    !(ISUPPER(t.p[q]) || ISDIGIT(t.p[q])) || memchr(t.p, ':', t.n) != NULL ||
	    (t.p[0] == 'B' && isbyline(t)))
		return 0;	/* (a page's "Posted : 2026-11-05", "By Lee Ha-eun") */
	for (i = 0; i < t.n; i = b + 1) {
		for (b = i; b < t.n && t.p[b] != ' '; b++)
			;
		if (b == i)
			continue;
		if (++nw > 14)
			return 0;
		if (b - i < 4 || !ISLOWER(t.p[i]))
			continue;
		for (k = 0; k < NELEM(small); k++)
			if (eqci((Str){ t.p + i, b - i }, small[k]))
				break;
		if (k == NELEM(small))
			return 0;
	}
	return 1;
}

/* Is the Hangul syllable that ends the open block and the one that
   opens t one word, broken by the line end?  The words of the text
   seen so far are noted as evidence first (only for such a text). */
static int
hgjoin(SplitSt *st, Str t)
{
	if (st->hgdone < st->hist.n) {
		hgseenadd(&st->hgseen, (Str){ st->hist.p + st->hgdone,
		    st->hist.n - st->hgdone });
		st->hgdone = st->hist.n;
	}
	if (hgunwrap(&st->hgseen, bufstr(&st->blk), t))
		return 1;
	/* lines broken at any syllable: inside a word unless it ended */
	return st->hgchar && st->hgfull &&
	    !hgwordbreak(&st->hgseen, bufstr(&st->blk), t);
}

/* How many of the Korean lines read ahead (text) that go on below
   end inside a word by evidence of their own or of the page's words
   (hgunwrap): "개최되" / "었다.", "핵능력" / "을". */
static size_t
hgwrapev(SplitSt *st, Str text)
{
	Str line, prev = { 0 };
	size_t n = 0;

	while (text.n > 0) {
		line = strtrim(strcut(&text, '\n'));
		if (prev.n > 0 && hgsyl(line.p, line.n) &&
		    hgunwrap(&st->hgseen, prev, line))
			n++;
		prev = width(line.p, line.n) >= 40 && hgends(line.p, line.n) &&
		    memchr(line.p, '<', line.n) == NULL ? line : (Str){ 0 };
	}
	return n;
}

/* Add a content line to the open block. */
static void
join(SplitSt *st, Str t)
{
	Buf *b = &st->blk;
	size_t cand = 0, at;

	if (st->pend[0] != '\0') {
		Str suf = { st->pend, 2 };

		if ((at = findordinal(t, st->pend)) > 0) {
			st->tmp.n = 0;
			bufadd(&st->tmp, t.p, at);
			bufaddstr(&st->tmp, suf);
			bufadd(&st->tmp, t.p + at, t.n - at);
			st->pend[0] = '\0';
			t = bufstr(&st->tmp);
			/* t now lives in tmp: copy below before tmp is reused */
		} else {
			char keep[2];

			memcpy(keep, st->pend, 2);
			st->pend[0] = '\0';
			noiseline(st, (Str){ keep, 2 });
		}
	}
	if (b->n > 0) {
		if (st->shy && (ISALPHA(t.p[0]) || ISDIGIT(t.p[0]) ||
		    (unsigned char)t.p[0] >= 0x80))
			;		/* deter\u00AD rence: the soft hyphen's word */
		else if (b->p[b->n - 1] == '-' && b->n >= 2 && b->p[b->n - 2] != ' ' &&
		    b->p[b->n - 2] != '-') {
			if (ISALPHA(b->p[b->n - 2]) && ISLOWER(t.p[0]) &&
			    !keephyphen((Str){ b->p, b->n - 1 }, t) &&
			    unhyphen(bufstr(&st->hist), (Str){ b->p, b->n - 1 }, t))
				b->n--;		/* consul- tations */
		} else if (!st->longline && b->n - st->lastoff == 1 &&
		    dropcap((Str){ b->p, st->lastoff }, (Str){ b->p + st->lastoff, 1 }, t))
			;		/* P / repared: a drop cap's letter */
		else if (!st->longline && hgends(b->p, b->n) &&
		    hgsyl(t.p, t.n) && hgjoin(st, t))
			;		/* 대한 민국: one word */
		else if (!st->longline && hgsyl(t.p, t.n) && b->n >= 2 &&
		    ((st->hgchar && st->hgfull && ISDIGIT(b->p[b->n - 1])) ||
		    (b->p[b->n - 2] == '\xc2' && b->p[b->n - 1] == '\xb7')))
			;		/* 2027 / 년, 정비· / 수리: one word */
		else
			bufaddc(b, ' ');
	}
	st->lastoff = b->n;
	st->shy = t.n >= 2 && (unsigned char)t.p[t.n - 2] == 0xC2 &&
	    (unsigned char)t.p[t.n - 1] == 0xAD;
	addfold(b, t.p, t.n, &cand);
	/* a layout gap, a title line, a one-line paste of a PDF: "the 58
	   th SCM" */
	gluesuffix(b, st->lastoff);
	/* a page's line (pdftotext): "reaf f irmed"; a long line a viewer
	   joined: "Re- cent" */
	if (!st->longline)
		gluelig(b, st->lastoff >= 3 ? st->lastoff - 3 : 0);
	else
		gluehyph(b, st->lastoff, bufstr(&st->hist));
	/* a block of one line that online found no noise, unchanged: its
	   classification need not ask again */
	st->clean1 = st->nlines == 0 && st->lastoff == 0 && b->n == t.n &&
	    t.p == st->cleanline.p && t.n == st->cleanline.n &&
	    memcmp(b->p, t.p, t.n) == 0;
	st->nlines++;
	if (cand > 0) {
		st->ordpos = cand;
		st->ordline = st->nlines;
	}
	st->gap = st->noisein = st->pagebrk = st->torn = 0;
}

/* The number of a footnote that opens t: 1 to 3 digits, a space, a
   capital or a quote ("2 Ministry of ..."); 0 if none. */
long
footnum(Str t)
{
	size_t i;
	long v = 0;

	for (i = 0; i < t.n && i < 4 && ISDIGIT(t.p[i]); i++)
		v = v * 10 + (t.p[i] - '0');
	if (i > 0 && i + 3 < t.n && t.p[i] == ')' && t.p[i + 1] == ' ' &&
	    t.p[i + 2] != ' ')
		return i <= 3 ? v : 0;	/* 2) 미 국방부는 ... */
	if (i == 0 || i > 3 || i + 2 > t.n || t.p[i] != ' ' ||
	    !(ISUPPER(t.p[i + 1]) || t.p[i + 1] == '"' ||
	    (unsigned char)t.p[i + 1] == 0xE2))
		return 0;
	return v;
}

/* Does b end in an abbreviation's period: U.S., ROK-U.S., Gen., Nov.? */
int
abbrevend(Str b)
{
	size_t k, e;

	if (b.n < 3 || b.p[b.n - 1] != '.')
		return 0;
	for (k = b.n - 1; k > 0 && b.p[k - 1] != ' ' && b.p[k - 1] != '-'; k--)
		;
	e = b.n - 1;
	if (e - k >= 3 && (e - k) % 2 == 1) {	/* U.S, D.C, U.N */
		size_t j;

		for (j = k; j < e; j += 2)
			if (!ISALPHA(b.p[j]) || (j + 1 < e && b.p[j + 1] != '.'))
				break;
		if (j >= e)
			return 1;
	}
	return e > k && abbrevtype((Str){ b.p + k, e - k }, NULL) != 0;
}

/* Does line t read as a story's prose, not as a headline: a sentence
   of six words or more ending in a full stop that ends no
   abbreviation ("Seoul and Tokyo agreed to ..." ; not "(3rd LD) Trade
   spats send KOSPI dipping to 3-year low", "Allies to hold talks with
   U.S.")? */
static int
storyprose(Str t)
{
	size_t n = t.n;

	while (n > 0 && strchr("\"')", t.p[n - 1]) != NULL && t.p[n - 1] != '\0')
		n--;
	return rawsentence(t) && n > 0 && t.p[n - 1] == '.' &&
	    !abbrevend((Str){ t.p, n });
}

/* Does b end in a dash that opens what follows ("(Yonhap) --")? */
static int
opensdash(Str b)
{
	return (b.n >= 3 && b.p[b.n - 1] == '-' && b.p[b.n - 2] == '-') ||
	    (b.n >= 4 && memcmp(b.p + b.n - 3, "\xe2\x80\x94", 3) == 0) ||
	    (b.n >= 4 && memcmp(b.p + b.n - 3, "\xe2\x80\x93", 3) == 0);
}

/*
 * Is the one line b a heading over the text below it, on a page that
 * sets no blank line between them ("II. Findings" / "They agreed.")?
 * Short, no sentence end, no comma, and: a section's number then words
 * in capitals (or Korean), or capitals only ("THE ISSUE"), or at most
 * five capitalised words ("Policy Recommendations"); its last word no
 * small word a line breaks after.  Loose: any title in capitals, the
 * second line of a title.
 */
static int
headline(Str b, int loose)
{
	size_t i, k, lab, nw = 0, lower = 0, caps = 0, nsmall = 0;
	Str w;

	if (b.n > 80 || b.n < 3 || endsterm(b) || memchr(b.p, ',', b.n) != NULL ||
	    hgprose(b) || itemlabel(b) > 0)
		return 0;
	lab = sectlabel(b);
	for (i = lab; i < b.n; i = k + 1) {
		for (k = i; k < b.n && b.p[k] != ' '; k++)
			;
		w = (Str){ b.p + i, k - i };
		if (w.n == 0)
			continue;
		nw++;
		if (ISLOWER(w.p[0])) {
			for (lower = 0; lower < NELEM(smallwords); lower++)
				if (streqlit(w, smallwords[lower]))
					break;
			if (lower == NELEM(smallwords) || k >= b.n)
				return 0;	/* a word in lower case, or a
						   small word at the end */
			nsmall++;
		}
		caps += !ISLOWER(w.p[0]) && w.n > 1 && ISUPPER(w.p[1]);
	}
	if (nw == 0 || nw > 10)
		return 0;
	if (lab > 0 || loose)
		return 1;
	if (hgsyl(b.p, b.n))
		return 0;	/* Korean without a number: no case to tell */
	/* (the small words aside: "Key Outcomes of the 57th SCM") */
	return caps == nw || (nw <= 5 && b.n <= 40) ||
	    (nsmall > 0 && nsmall <= 2 && nw - nsmall <= 4 && b.n <= 50);
}

/* Does t end in a photo's credit in brackets: "[국방부 제공]",
   "(사진=국방부)", "[연합뉴스 자료사진]"? */
static int
creditend(Str t)
{
	char close = t.p[t.n - 1], open = close == ']' ? '[' : '(';
	size_t b;

	for (b = t.n - 1; b > 0 && t.p[b - 1] != open && t.n - b < 60; b--)
		;
	if (b == 0 || t.p[b - 1] != open)
		return 0;
	t = (Str){ t.p + b, t.n - 1 - b };
	return strhas(t, "\xec\xa0\x9c\xea\xb3\xb5") ||	/* 제공 */
	    strhas(t, "\xec\x82\xac\xec\xa7\x84=") ||		/* 사진= */
	    strhas(t, "\xec\x9e\x90\xeb\xa3\x8c\xec\x82\xac\xec\xa7\x84");	/* 자료사진 */
}

/* The width of a wrapped page's lines: of the lines of prose among
   text (40 columns or more, none a link's or a row of cells), the
   width that four in five reach at most. */
static size_t
pagewidth(Str text)
{
	size_t w[AHEAD], n = 0, i, j, x;
	Str l;

	while (text.n > 0 && n < AHEAD) {
		l = strcut(&text, '\n');
		if ((x = width(l.p, l.n)) < 40 || x > LONGLINE ||
		    memchr(l.p, '<', l.n) != NULL || memchr(l.p, '|', l.n) != NULL ||
		    strhas(l, "://") || strhas(l, "www."))
			continue;
		for (j = n++; j > 0 && w[j - 1] > x; j--)
			w[j] = w[j - 1];	/* (sorted as they come) */
		w[j] = x;
	}
	if (n < 5)
		return 0;
	i = n * 4 / 5;
	return w[i < n ? i : n - 1];
}

/* Is t the name of a report's part on a line of its own: "Summary",
   "Executive Summary", "Introduction", "Conclusion", "개요", "결론"? */
int
partname(Str t)
{
	static const char *names[] = {
		"summary", "executive summary", "introduction", "conclusion",
		"conclusions", "abstract", "background", "overview",
		"recommendations", "policy recommendations", "key findings",
		"key takeaways", "contents", "table of contents",
		"\xea\xb0\x9c\xec\x9a\x94",	/* 개요 */
		"\xec\x9a\x94\xec\x95\xbd",	/* 요약 */
		"\xea\xb2\xb0\xeb\xa1\xa0",	/* 결론 */
		"\xec\x84\x9c\xeb\xa1\xa0",	/* 서론 */
		"\xeb\xaa\xa9\xec\xb0\xa8",	/* 목차 */
	};
	size_t i;

	if (t.n == 0 || t.n > 24 || ISLOWER(t.p[0]))
		return 0;	/* ("... for an" / "overview" / "of the plans") */
	for (i = 0; i < NELEM(names); i++)
		if (eqci(t, names[i]))
			return 1;
	return 0;
}

/* Is w two or more allies' names joined by hyphens or dashes, a
   modifier that a noun must follow ("ROK-U.S.", "U.S.-ROK-Japan",
   "ROK\u2013US")? */
static int
statepair(Str w)
{
	static const char *const names[] = {
		"ROK", "US", "U.S.", "USA", "Korea", "Japan", "DPRK", "UN",
		"NATO", "China", "Australia", "Korean", "American", "Japanese",
	};
	size_t i, k, at = 0, n = 0, sep;

	if (w.n < 5 || (memchr(w.p, '-', w.n) == NULL &&
	    memchr(w.p, 0xE2, w.n) == NULL))
		return 0;	/* (no hyphen, no dash: most words) */
	for (;;) {
		for (k = at; k < w.n; k++)
			if (w.p[k] == '-' || (w.n - k >= 3 &&
			    memcmp(w.p + k, "\xe2\x80\x93", 3) == 0))
				break;	/* a hyphen or an en dash */
		for (i = 0; i < NELEM(names); i++)
			if (streqlit((Str){ w.p + at, k - at }, names[i]))
				break;
		if (i == NELEM(names))
			return 0;
		n++;
		if (k == w.n)
			break;
		sep = w.p[k] == '-' ? 1 : 3;
		at = k + sep;
	}
	return n >= 2;
}

/* Does the line b end inside a phrase a title wraps ("Joint Communique
   of the 58th" / "Security Consultative Meeting"): in a small word, a
   number or an ordinal, or two states' names ("... of the 51st ROK-US"
   / "Security Consultative Meeting")? */
static int
phraseon(Str b)
{
	size_t i, k;

	for (k = b.n; k > 0 && b.p[k - 1] != ' '; k--)
		;
	if (k < b.n && ISDIGIT(b.p[k]))
		return 1;	/* 58th, 2026 */
	for (i = 0; i < NELEM(smallwords); i++)
		if (eqci((Str){ b.p + k, b.n - k }, smallwords[i]))
			return 1;
	return statepair((Str){ b.p + k, b.n - k });
}

/* Is the word before b[k..), an adverb, one that leaves the adverb
   wanting its adjective: "Toward a Strategically", "Development of
   Mutually" (not a verb's adverb: "Should Respond Collectively",
   "Published Recently", "Swiftly and Decisively")? */
static int
advbefore(Str b, size_t k)
{
	static const char *w[] = {
		"a", "an", "the", "of", "for", "to", "toward", "towards", "in",
		"into", "with", "more", "most", "its", "their", "our",
	};
	size_t j, i;

	if (k < 2)
		return 0;
	for (j = k - 1; j > 0 && b.p[j - 1] != ' '; j--)
		;
	for (i = 0; i < NELEM(w); i++)
		if (eqci((Str){ b.p + j, k - 1 - j }, w[i]))
			return 1;
	return 0;
}

/* Does the title line b end in a word that wants the next line's
   noun, as a title broken by a blank line does ("Joint Communique of
   the 50th" / "" / "U.S.-ROK Security Consultative Meeting"): an
   ordinal, a number after "the", two states' names, an adverb that
   wants its adjective ("Development of Mutually" / "" / "Reinforcing
   ROK-U.S. Alliance")?  ("Appendix 13" does not.) */
static int
titleon(Str b)
{
	static const char *adv[] = { "ally", "ively", "ously", "ently", "antly" };
	size_t k, d, i;

	for (k = b.n; k > 0 && b.p[k - 1] != ' '; k--)
		;
	for (d = k; d < b.n && ISDIGIT(b.p[d]); d++)
		;
	if (d > k && d + 2 == b.n && (sprefixci((Str){ b.p + d, 2 }, "st") ||
	    sprefixci((Str){ b.p + d, 2 }, "nd") || sprefixci((Str){ b.p + d, 2 }, "rd") ||
	    sprefixci((Str){ b.p + d, 2 }, "th")))
		return 1;
	if (d > k && d == b.n && k >= 4 && eqci((Str){ b.p + k - 4, 3 }, "the"))
		return 1;
	for (i = 0; i < NELEM(adv) && b.n - k >= 7 && b.p[b.n - 1] == 'y'; i++)
		if (eqci((Str){ b.p + b.n - strlen(adv[i]), strlen(adv[i]) }, adv[i]))
			return advbefore(b, k);	/* (not "Ally", "Italy", "Assembly") */
	return statepair((Str){ b.p + k, b.n - k });
}

/* Does content line t open a new block, given the open one? */

/* Does the line t go on a phrase above it: a preposition or a
   conjunction first ("Strengthening the ROK-U.S. Alliance" / "Amid
   Regional Uncertainty")? */
static int
phraseopen(Str t)
{
	static const char *const w[] = {
		"Amid", "Beyond", "Toward", "Towards", "Under", "Between",
		"Against", "Following", "In", "On", "For", "With", "After",
		"Before", "Through", "Across", "Over", "And", "Or", "Of", "At",
		"From", "To", "Into", "Within", "Without", "Since", "During",
		"Despite", "Versus", "vs.", "Among", "Along", "Around", "Behind",
		"the", "and", "of", "in", "for", "to",
	};
	size_t i, k;

	for (k = 0; k < t.n && t.p[k] != ' '; k++)
		;
	for (i = 0; i < NELEM(w); i++)
		if (streqlit((Str){ t.p, k }, w[i]))
			return 1;
	return 0;
}

/* Does t open with an office's title ("Secretary of War" under "Pete
   Hegseth": a signature's lines, not two headings)? */
static int
roleopen(Str t)
{
	static const char *const role[] = {
		"Secretary", "Minister", "President", "Ambassador", "General",
		"Admiral", "Commander", "Director", "Chairman", "Chief",
		"Deputy", "Vice", "Prime",
	};

	return stropens(t, role, NELEM(role));
}

/* Does t open with a bullet's glyph (• – ◦ ● ▪ ■ *)? */
static int
glyph(Str t)
{
	size_t n = itemlabel(t);

	return (n == 1 && t.p[0] == '*') || (n == 3 &&
	    (unsigned char)t.p[0] == 0xE2);
}

/* Is t a numbered title, "Ⅶ. 결론", "1. 한미동맹의 이점", no sentence? */
static int
numtitle(Str t)
{
	return (sectlabel(t) > 0 || clauselabel(t) > 0) && !endsterm(t);
}

/* Does b open with a part's number in Roman numerals (Ⅳ., IV.)? */
static int
romantitle(Str b)
{
	const unsigned char *p = (const unsigned char *)b.p;

	return sectlabel(b) > 0 && !ISDIGIT(p[0]) && (p[0] == 0xE2 ||
	    (p[0] == 'I' || p[0] == 'V' || p[0] == 'X')) && !endsterm(b);
}

/* A paragraph of a page's text broken after a comma by blank lines (a
   column's or a page's end, "... four core areas: South Asia," / "" /
   "Northeast Asia, the Korean ..."): prose above, eight words or more,
   lower case in its last line; a full line below (not an address's
   "Republic of Korea"), no label, no line in capitals; no salutation ("Dear ...," / "Chairman Reed, ...,"). */
static int
commabreak(const SplitSt *st, Str b, Str t)
{
	size_t i, sp = 0, lo = 0;

	static const char *hail[] = {
		"Dear ", "Mr. ", "Madam ", "Madame ", "Chairman ", "Chairwoman ",
		"Chair ", "Ladies ", "Excellenc", "Distinguished ", "Your ",
		"Honorable ", "Members ",
	};

	if (b.n < 40 || b.p[b.n - 1] != ',' || t.n < 30 ||
	    !ISALPHA(t.p[0]) || clauselabel(b) > 0 || itemlabel(b) > 0 ||
	    clauselabel(t) > 0 || itemlabel(t) > 0 || sectlabel(t) > 0)
		return 0;
	for (i = 0; i < NELEM(hail); i++)	/* a salutation: its own */
		if (b.n > strlen(hail[i]) && memcmp(b.p, hail[i], strlen(hail[i])) == 0)
			return 0;
	for (i = 0; i < b.n; i++)
		sp += b.p[i] == ' ';
	for (i = st->lastoff < b.n ? st->lastoff : 0; i < b.n; i++)
		lo += ISLOWER(b.p[i]);
	for (i = 0; i < t.n && !ISLOWER(t.p[i]); i++)
		;
	return sp >= 7 && lo >= 4 && i < t.n;
}

static int
startsnew(SplitSt *st, Str t)
{
	Str b = bufstr(&st->blk);
	long n;
	size_t i;

	if (hgmeta(t) || hgmeta(b))
		return 1;	/* a Korean byline or dateline on its own line */
	/* a Korean agency's tag opens a story's lead or a caption, "(서울=
	   연합뉴스) 홍길동 기자 = ..."; a caption's credit ends it, "...
	   2023.11.13 [국방부 제공]" */
	if (hglead(t) > 0 || (b.n > 8 && (b.p[b.n - 1] == ']' ||
	    b.p[b.n - 1] == ')') && hashangul(b) && creditend(b)))
		return 1;
	/* an editor's note in brackets on lines of its own, "... page
	   61.]" ("[T]he" goes on) */
	if ((endsterm(b) && t.n > 3 && t.p[0] == '[' && ISUPPER(t.p[1]) &&
	    ISALPHA(t.p[2]) && (ednote(t) || memchr(t.p, ']', t.n) == NULL)) ||
	    ednote(b) || (t.n > 2 && t.p[0] == '^' &&
	    t.p[1] == ' '))
		return 1;	/* (and a wiki's reference: ^ "Title". ...) */
	if (st->gap) {
		/* a title page's "by" alone between blank lines: the name's
		   below it, not the title's above */
		if (t.n == 2 && (t.p[0] == 'b' || t.p[0] == 'B') && t.p[1] == 'y')
			return 1;
		if (b.n == 2 && (b.p[0] == 'b' || b.p[0] == 'B') && b.p[1] == 'y' &&
		    ISUPPER(t.p[0]))
			return 0;
		/* a label alone on its line, its text after a blank line
		   ("1." / "The SCM was held ...") */
		if (((clauselabel(b) > 0 && b.n <= 4 && b.p[b.n - 1] == '.') ||
		    itemlabel(b) >= b.n) && itemlabel(t) == 0 &&
		    clauselabel(t) == 0)
			return 0;
		/* a title broken by a blank line inside its phrase (a page's
		   layout): "Joint Communique of the 50th" / "" / "U.S.-ROK
		   Security Consultative Meeting" */
		if (st->nlines == 1 && b.n <= 80 && titleon(b) && headline(b, 1) &&
		    ISUPPER(t.p[0]) && headline(t, 1) && !endsterm(t) &&
		    clauselabel(t) == 0 && itemlabel(t) == 0 && !roleopen(t) &&
		    !(t.p[0] == 'B' && isbyline(t)))	/* (a byline: its own) */
			return 0;
		/* a block broken by a page break goes on; so does one that
		   ends in an abbreviation ("the U.S." / "delegation ...") */
		if (ISLOWER(t.p[0]) && abbrevend(b) && itemlabel(t) == 0 &&
		    memchr(t.p, ' ', t.n) != NULL && memchr(t.p, '@', t.n) == NULL &&
		    !sprefixci(t, "www.") && !sprefixci(t, "http"))
			return 0;	/* (not an address, a link) */
		if (endsterm(b) || itemlabel(t) > 0 || clauselabel(t) > 0 ||
		    endmark(b))
			return 1;	/* (a story's "(END)" closes it) */
		if ((ISLOWER(t.p[0]) && !(t.p[0] == 'b' && isbyline(t)) &&
		    !linkalone(b, t)) ||
		    (opensdash(b) && capslabel(t, 1) == 0))
			return 0;	/* SEOUL, Nov. 14 (Yonhap) -- / The (a
					   blog's "by goum75 2025. 11. 15." no) */
		if (st->pagebrk && hgends(b.p, b.n) && hgsyl(t.p, t.n))
			return 0;	/* Korean broken off by a page mark */
		/* a paragraph of a page's layout broken inside a word by a
		   blank line, "... 북한의 도" / "" / "발에 즉각 ...", goes
		   on (not a title's line) */
		if (hgends(b.p, b.n) && hgsyl(t.p, t.n) && (st->nlines >= 2 ||
		    width(b.p, b.n) >= 40) && clauselabel(b) == 0 &&
		    itemlabel(b) == 0 && hgjoin(st, t))
			return 0;
		if (commabreak(st, b, t))
			return 0;
		if (!st->noisein)
			return 1;
		if (b.p[b.n - 1] == ',' || b.p[b.n - 1] == '-')
			return 0;
		return !endsmall(b);
	}
	/* a letter's or a memo's subject on its line over the text, no
	   blank line between ("Subject: DOD's Overseas Master Plans" /
	   "In 2004, ..."): its own block */
	if (st->nlines == 1 && b.n <= 160 && ISUPPER(t.p[0]) && !endsterm(b) &&
	    (sprefixci(b, "subject: ") || sprefixci(b, "subj: ") ||
	    sprefixci(b, "re: ")))
		return 1;
	if (st->nlines <= 3 && t.n <= 160 && t.n > 12 && ISUPPER(t.p[9]) &&
	    sprefixci(t, "subject: "))
		return 1;	/* (under the addressee: "Congressional Committees") */
	/* a verb broken before its ending, "개최하였" / "다. 양측은": the
	   line goes on (다. is no item's letter there) */
	if (!st->longline && hgopenend(b.p, b.n) && hgsyl(t.p, t.n))
		return 0;
	/* after a sentence end, a page's number or a footnote's number
	   alone on its line ("permanent." / "  1" / "    The first SCM
	   ..."), then a capital: a new block */
	if (st->pagebrk && st->noisein && endsterm(b) && !ISLOWER(t.p[0]) &&
	    clauselabel(b) == 0)
		return 1;	/* (a clause goes on to the next clause's number) */
	/* a page's text with no blank lines between its paragraphs
	   (pdftotext): a line that ends a sentence well short of the
	   page's width, though the next line's first word would have fit
	   on it, ends its paragraph */
	/* a Korean title line over its text on such a page: short, no
	   sentence's end, a line of the page's width below */
	if (st->pagew >= 50 && st->nlines == 1 && hgsyl(b.p, b.n) &&
	    hgsyl(t.p, t.n) && !endsterm(b) && b.p[b.n - 1] != ',' &&
	    !hgmidcut(b) && clauselabel(b) == 0 && itemlabel(b) == 0 &&
	    st->lastw * 10 < st->pagew * 7 && width(t.p, t.n) * 10 >= st->pagew * 8)
		return 1;
	if (st->pagew >= 50 && st->lastw > 0 && endsterm(b) &&
	    (ISUPPER(t.p[0]) || hgsyl(t.p, t.n)) && clauselabel(b) == 0) {
		for (i = 0; i < t.n && t.p[i] != ' '; i++)
			;
		if (st->lastw + 1 + width(t.p, i) + 10 < st->pagew)
			return 1;
	}
	/* pdftotext -layout: a paragraph's first line indented past the
	   line above, which ends a sentence, as the block's first line was
	   (not a clause's hanging indent: "3.   The ..." / "     Forces") */
	if (!st->longline && st->indent >= st->lastindent + 3 &&
	    st->indent <= 16 && st->firstindent + 1 >= st->indent &&
	    st->firstindent <= st->indent + 1 && endsterm(b))
		return 1;
	/* a report's part named on a line of its own ("Summary") stands
	   alone, under the title too */
	if (!st->longline && (partname(strtrim(t)) ||
	    (st->nlines == 1 && partname(strtrim(b)))))
		return 1;
	/* a heading over its text, no blank line between (pdftotext): the
	   next line's first word would have fit on it */
	if (!st->longline && st->nlines == 1 && !st->torn && headline(b, 0) &&
	    (ISUPPER(t.p[0]) || hgsyl(t.p, t.n)) && !headline(t, 1)) {
		for (i = 0; i < t.n && t.p[i] != ' '; i++)
			;
		if (width(b.p, b.n) + 1 + width(t.p, i) + 2 < st->maxw &&
		    !(hgends(b.p, b.n) && hgsyl(t.p, t.n) && hgjoin(st, t)))
			return 1;	/* (not a Korean word broken by the line) */
	}
	/* an author's affiliation or a label over the text, no blank line
	   between ("Purdue University, West Lafayette, Indiana, USA" /
	   "Numerous U.S. agencies ..."): the block's first line, no
	   sentence's end, far short of the page's width though the next
	   line's first word would have fit on it, a full line below */
	if (!st->longline && st->nlines == 1 && !st->torn && st->pagew >= 60 &&
	    st->lastw > 0 && ISUPPER(b.p[0]) && ISUPPER(t.p[0]) &&
	    !endsterm(b) && strchr(",;:-", b.p[b.n - 1]) == NULL &&
	    !endsmall(b) && clauselabel(b) == 0 && itemlabel(b) == 0 &&
	    width(t.p, t.n) * 10 >= st->pagew * 8) {
		for (i = 0; i < t.n && t.p[i] != ' '; i++)
			;
		if (st->lastw + 1 + width(t.p, i) + 20 < st->pagew)
			return 1;
	}
	/* two headings stacked, a part's over its section's ("Recent
	   Developments" / "The 58th Security Consultative Meeting"): the
	   next line's first word would have fit on the first, on a page
	   whose lines are known to be wider */
	if (!st->longline && st->nlines == 1 && !st->torn && st->maxw >= 60 &&
	    headline(b, 0) && ISUPPER(t.p[0]) && headline(t, 0) && !endsterm(t) &&
	    !phraseon(b) && !roleopen(t) && !roleopen(b) && !phraseopen(t) &&
	    st->prevkind != K_META) {	/* (not a table's rows under its caption) */
		for (i = 0; i < t.n && t.p[i] != ' '; i++)
			;
		if (width(b.p, b.n) + 1 + width(t.p, i) + 20 < st->maxw)
			return 1;
	}
	if (!st->longline && endsterm(b) && headline(t, 0) && (sectlabel(t) > 0 ||
	    width(t.p, t.n) + 20 < st->maxw))
		return 1;	/* "... met." / "II. Findings", a short title line */
	/* a part's title numbered with a Roman numeral's character, as
	   Korean reports and their contents number them, "Ⅱ. 결론" */
	if ((unsigned char)t.p[0] == 0xE2 && sectlabel(t) > 0 && !endsterm(b))
		return 1;
	/* (numbers start again under a part's title in Roman numerals:
	   "Ⅳ. 한미동맹의 이점과 문제점" / "1. 한미동맹의 이점") */
	if ((n = clauselabel(t)) > 0)
		return (n == st->clause + 1 || endsterm(b) || (n == 1 &&
		    st->nlines == 1 && romantitle(b))) && !datewrap(b, t);
	/* the mark that ends a release or a story ("###", "(END)") */
	if (t.n <= 8 && endmark(strtrim(t)))
		return 1;
	/* an e-mail address on a line of its own (a byline's) */
	if ((memchr(t.p, '@', t.n) != NULL && memchr(t.p, ' ', t.n) == NULL) ||
	    (st->nlines == 1 && memchr(b.p, '@', b.n) != NULL &&
	    memchr(b.p, ' ', b.n) == NULL))
		return 1;
	/* a date, release or byline line is a block of its own (a place
	   not after a sentence ends it: "... held in" / "Washington,
	   D.C."); so is a title line above a paragraph of a web paste */
	if ((chromemeta(t) && !(placeline(t) && !endsterm(b)) &&
	    !(figcaption(t) && !endsterm(b))) ||
	    isbyline(t) || roleline(t) ||
	    (st->nlines == 1 && b.n <= 150 &&
	    (chromemeta(b) || isbyline(b) || roleline(b) ||
	    (t.n > LONGLINE && !st->wrapped &&
	    width(t.p, t.n) > LONGLINE && !endsterm(b)))))
		return 1;
	/* the next footnote of a page's foot: "1 U.S. Department ..." /
	   "2 Ministry ...", numbered on */
	if (endsterm(b) && ((footnum(b) > 0 && footnum(t) == footnum(b) + 1) ||
	    (st->lastfoot > 0 && footnum(t) == st->lastfoot + 1) ||
	    footline(t)))
		return 1;	/* (or a citation: '1 U.S. ..., "Joint ...," 2026.') */
	/* an endnote: [1] Ibid. */
	if (t.n > 3 && t.p[0] == '[' && ISDIGIT(t.p[1]) && endsterm(b)) {
		for (i = 1; i < t.n && i < 5 && ISDIGIT(t.p[i]); i++)
			;
		if (i < t.n && t.p[i] == ']')
			return 1;
	}
	if (itemlabel(t) > 0)		/* the next item of a list, or the first
					   under a numbered heading or a short
					   title line of a web paste */
		return endsterm(b) || itemlabel(b) > 0 ||
		    (glyph(t) && !st->brk && (st->longline ||
		    b.p[b.n - 1] == ':' || b.p[b.n - 1] == ';' ||
		    (st->nlines == 1 && headline(b, 0)) ||
		    (st->lastoff <= b.n && width(b.p + st->lastoff,
		    b.n - st->lastoff) + 10 < st->maxw))) ||
		    (st->nlines == 1 && sectlabel(b) > 0 && b.n <= 80 &&
		    memchr(b.p, ',', b.n) == NULL && fewwords(b, 7));
	if (speaker(t) > 0 || gpospeaker(t) > 0 ||
	    (((unsigned char)t.p[0] >= 0xEA || t.p[0] == '<' ||
	    t.p[0] == '[') && hgturn(t) > 0))
		return 1;		/* the next turn of a transcript */
	/* a broadcast's speaker marker (<앵커 멘트>, [기자]) stands alone */
	if ((t.n <= 40 && hgspeaker(t)) || (st->nlines == 1 && b.n <= 40 &&
	    hgspeaker(b)))
		return 1;
	/* a label line ("Politics", "Appendix 13") stands alone */
	if ((st->nlines == 1 && islabel(b)) || (islabel(t) && endsterm(b)))
		return 1;
	/* a clause of a page goes on over a line break (<br>) */
	if (st->o->brjoin && clauselabel(b) > 0)
		return 0;
	/* a web paste: one paragraph (heading, item) a line, no blank lines
	   between, unless the line visibly goes on */
	/* (after a lead-in's colon, a short title line of its own) */
	if (st->longline && !st->brk && b.p[b.n - 1] == ':' && b.n > 80 &&
	    ISUPPER(t.p[0]) && t.n <= 80 && headline(t, 0) && !endsterm(t))
		return 1;
	if (st->longline && !st->brk && b.p[b.n - 1] != ':' &&
	    b.p[b.n - 1] != ',' && b.p[b.n - 1] != '-' && (ISUPPER(t.p[0]) || ISDIGIT(t.p[0]) ||
	    strchr("\"'([*", t.p[0]) != NULL || (unsigned char)t.p[0] >= 0xC0))
		return 1;
	return 0;
}

int
doctype(Str t)
{
	static const char *kinds[] = {
		"communique", "communiqu\xc3\xa9", "statement", "report",
		"brief", "paper", "review", "commentary", "bulletin", "journal",
		"\xea\xb3\xb5\xeb\x8f\x99\xec\x84\xb1\xeb\xaa\x85",	/* 공동성명 */
	};
	char lo[64];
	size_t i, n = t.n < sizeof(lo) - 1 ? t.n : sizeof(lo) - 1;

	for (i = 0; i < n; i++)
		lo[i] = (char)splower((unsigned char)t.p[i]);
	lo[n] = '\0';
	for (i = 0; i < NELEM(kinds); i++)
		if (strstr(lo, kinds[i]) != NULL)
			return 1;
	return 0;
}

/* The number of words of t when it reads as a title: each word
   capitalised (with any, a digit or Hangul too) or one of the small
   words small[0..nsmall), and no small word last; else 0. */
static size_t
titlewords(Str t, const char *const *small, size_t nsmall, int any)
{
	Str rest = t, w;
	size_t i, nw = 0;

	while (rest.n > 0) {
		if ((w = strcut(&rest, ' ')).n == 0)
			continue;
		nw++;
		if (ISUPPER(w.p[0]) || (any && (ISDIGIT(w.p[0]) ||
		    hgsyl(w.p, w.n))))
			continue;
		for (i = 0; i < nsmall; i++)
			if (streqlit(w, small[i]))
				break;
		if (i == nsmall || rest.n == 0)
			return 0;
	}
	return nw;
}

/*
 * A short title line right after a page mark, inside a block that
 * broke off in prose (its last word in lower case, no sentence end):
 * perhaps the running header at the top of
 * the next page ("Page 1 of 8" / "55th SCM Joint Communique" /
 * "linchpin of peace ...").  It is held until the next line tells.
 */
static int
maybeheader(SplitSt *st, Str t)
{
	static const char *small[] = {
		"of", "the", "and", "for", "on", "in", "at", "to", "a", "an",
	};
	size_t i, nw;

	if (st->replay || st->blk.n == 0 || !st->noisein || !st->pagebrk ||
	    endsterm(bufstr(&st->blk)) || t.n > 60 || endsterm(t) ||
	    !(ISUPPER(t.p[0]) || ISDIGIT(t.p[0]) || hgsyl(t.p, t.n)) ||
	    ISDIGIT(t.p[t.n - 1]) || hgprose(t) ||
	    memchr(t.p, ',', t.n) != NULL || clauselabel(t) > 0 ||
	    itemlabel(t) > 0)
		return 0;
	/* the block breaks off in prose: its last word in lower case, or
	   Korean (which has no case) */
	for (i = st->blk.n; i > 0 && st->blk.p[i - 1] != ' '; i--)
		;
	if (!ISLOWER(st->blk.p[i]) && !hgends(st->blk.p, st->blk.n))
		return 0;
	/* a title: capitalised words, small ones between, not at its end */
	if ((nw = titlewords(t, small, NELEM(small), 1)) < 2 || nw > 8)
		return 0;
	/* a header names the document: a number and its kind ("55th SCM
	   Joint Communique"), or it is a heading met before; a name in
	   the prose ("Nuclear Consultative Group" / "meeting") is neither */
	for (i = 0; i < t.n && !ISDIGIT(t.p[i]); i++)
		;
	if (i < t.n && doctype(t))
		return 1;
	st->tmp.n = 0;
	addfold(&st->tmp, t.p, t.n, NULL);
	return hashget(&st->seen, bufstr(&st->tmp)) != NULL;
}

static void online(SplitSt *, Str);

/* Is t a periodical's name set as a running head ("The Korean Journal
   of International Studies", "Asian Survey"): two to eight words, each
   capitalised but small ones between, no sentence's end, no comma, a
   word of a periodical's kind in it? */
static int
periodical(Str t)
{
	static const char *kind[] = {
		"Journal", "Review", "Quarterly", "Studies", "Affairs",
		"Survey", "Bulletin", "Digest", "Proceedings", "Yearbook",
	};
	static const char *small[] = {
		"of", "the", "and", "for", "on", "in", "at", "&",
	};
	Str rest = t, w;
	size_t i, nw;

	if (t.n < 8 || t.n > 70 || endsterm(t) || !ISUPPER(t.p[0]) ||
	    memchr(t.p, ',', t.n) != NULL || clauselabel(t) > 0 ||
	    itemlabel(t) > 0 ||
	    (nw = titlewords(t, small, NELEM(small), 0)) < 2 || nw > 8)
		return 0;
	while (rest.n > 0)
		if ((w = strcut(&rest, ' ')).n > 0)
			for (i = 0; i < NELEM(kind); i++)
				if (streqlit(w, kind[i]))
					return 1;
	return 0;
}

/* A line while a footnote is held (st->fn): blank lines and the page's
   furniture pass; the footnote's own next lines join it; other text
   before any furniture says it was no page's foot: the block ends and
   the footnote is a line as any.  Return 1 if t is taken. */
static int
heldfoot(SplitSt *st, Str t)
{
	Buf h;
	int gap;

	if (t.n == 0) {
		st->fngap = 1;
		return 1;
	}
	if (st->pagebrk || isnoise(t) || chromenoise(t))
		return 0;
	if (!st->fngap && !endsterm(bufstr(&st->fn)) && !footline(t)) {
		bufaddc(&st->fn, ' ');
		addfold(&st->fn, t.p, t.n, NULL);	/* its next line, spaces folded */
		return 1;
	}
	h = st->fn;
	gap = st->fngap;
	memset(&st->fn, 0, sizeof(st->fn));
	st->fngap = 0;
	splitfinish(st);
	online(st, bufstr(&h));
	if (gap)
		online(st, S(""));
	buffree(&h);
	return 0;
}

/* The held line told by the next one, t: a running header when the
   block goes on in lower case after it (noise), else a line as any. */
static void
heldheader(SplitSt *st, Str t)
{
	Buf h = st->phdr;
	size_t gaps = st->phdrgap;
	int next;

	memset(&st->phdr, 0, sizeof(st->phdr));
	st->phdrgap = 0;
	if ((next = st->phdrclause))
		next = clauselabel(t) == st->clause + 1 ? 1 : -1;
	st->phdrclause = 0;
	/* a periodical's name under a page's number, inside a sentence:
	   the sentence goes on right below it, in any case */
	if (st->phdrrun)
		next = gaps == 0 && t.n > 0 && clauselabel(t) == 0 &&
		    itemlabel(t) == 0 && !periodical(t) ? 1 : -1;
	st->phdrrun = 0;
	if (next > 0 || (next == 0 && t.n > 0 && (ISLOWER(t.p[0]) ||
	    (hgsyl(t.p, t.n) && hgends(st->blk.p, st->blk.n)))))
		noiseline(st, bufstr(&h));
	else {
		st->replay = 1;		/* held once only */
		online(st, bufstr(&h));
		st->replay = 0;
		while (gaps-- > 0)
			online(st, S(""));
	}
	buffree(&h);
}

/* One line of input, HTML leftovers already removed. */
static void
online(SplitSt *st, Str line)
{
	Str t = strtrim(line);
	long n;
	size_t ph;

	if (st->phdr.n > 0) {
		if (t.n == 0) {
			st->phdrgap++;
			return;
		}
		heldheader(st, t);
	}
	if (st->fn.n > 0 && heldfoot(st, t))
		return;
	if (t.n == 0) {
		if (st->blk.n > 0)
			st->gap = 1;
		return;
	}
	/* after a story's end mark, the page's other headlines until prose
	   again (a second story); the reporter's address or another mark
	   after it is the story's */
	if (st->afterend && !storyprose(t) && !endmark(t) &&
	    !(memchr(t.p, '@', t.n) != NULL && memchr(t.p, ' ', t.n) == NULL)) {
		noiseline(st, t);
		return;
	}
	st->afterend = 0;
	if (t.n <= 7 && endmark(t) && memchr(t.p, 'E', t.n) != NULL)
		st->afterend = 1;	/* (END), - END -: a wire story's */
	/* a footnote after a blank line, inside a sentence that may go on
	   past the page's furniture: held */
	if (st->gap && st->blk.n > 0 && !st->longline && st->fn.n == 0 &&
	    !endsterm(bufstr(&st->blk)) && footline(t)) {
		addfold(&st->fn, t.p, t.n, NULL);	/* (tabs, runs of spaces) */
		st->fngap = 0;
		return;
	}
	if (issuffix(t)) {
		size_t at;

		if (st->ordpos > 0 && st->ordline == st->nlines &&
		    ordctx(st->blk.p, numstart(st->blk.p, st->ordpos)) &&
		    eqci(t, ordsuffix(st->blk.p, st->ordpos))) {
			st->tmp.n = 0;
			bufadd(&st->tmp, st->blk.p + st->ordpos, st->blk.n - st->ordpos);
			st->blk.n = st->ordpos;
			bufadd(&st->blk, t.p, t.n);
			bufaddstr(&st->blk, bufstr(&st->tmp));
			st->ordpos = 0;
			st->torn = 1;	/* its line was cut short by the superscript */
			return;
		}
		if (st->blk.n > 0 && (at = ordabove(st->blk.p, st->lastoff,
		    st->blk.n, t)) > 0) {	/* The 49 Republic / th */
			st->tmp.n = 0;
			bufadd(&st->tmp, st->blk.p + at, st->blk.n - at);
			st->blk.n = at;
			bufadd(&st->blk, t.p, t.n);
			bufaddstr(&st->blk, bufstr(&st->tmp));
			return;
		}
		if (st->pend[0] != '\0')
			noiseline(st, (Str){ st->pend, 2 });
		memcpy(st->pend, t.p, 2);
		st->pend[2] = '\0';
		return;
	}
	/* an ad's placeholder opening the line, "{mosads}A strategic ...":
	   noise of its own, the line's text goes on as a line */
	if ((ph = placeholder(t)) > 0) {
		Str rest = strtrim((Str){ t.p + ph, t.n - ph });

		if (rest.n > 0 && st->blk.n > 0 && startsnew(st, rest))
			splitfinish(st);
		noiseline(st, (Str){ t.p, ph });
		if (rest.n == 0)
			return;
		t = rest;
	}
	/* an image's name glued to the text: noise, the text goes on
	   (nothing lost: the record is cut where the name ends) */
	if (t.n > 8 && (ISDIGIT(t.p[0]) || ISALPHA(t.p[0])) && (n = (long)imgname(t)) > 0) {
		noiseline(st, (Str){ t.p, (size_t)n });
		t = strtrim((Str){ t.p + n, t.n - (size_t)n });
		if (t.n == 0)
			return;		/* (a wide space after it, no text) */
	}
	/* a page's number in small Roman numerals (a report's front
	   matter): noise; a bare label above it ("(3)", a viewer's mark
	   of its page) does not wait for it.  A blank line above it (not
	   "Part" / "iv" / "of the report"), and no list in such numerals
	   going on ("i to deter ..." / "" / "ii") */
	if (t.n <= 7 && (t.p[0] == 'i' || t.p[0] == 'v' || t.p[0] == 'x') &&
	    romanpage(t) && (st->blk.n == 0 || st->gap) &&
	    !(st->blk.n > 0 ? romanlist(bufstr(&st->blk)) : st->romanlist)) {
		if (st->nlines == 1 && st->blk.n <= 6 && itemlabel(bufstr(&st->blk)) > 0)
			splitfinish(st);
		noiseline(st, t);
		return;
	}
	/* ▶ before a title links a related story, but under an item
	   (○ 양 장관은 ... 합의하였음.) it is the item's own bullet */
	if (!(t.n > 3 && memcmp(t.p, "\xe2\x96\xb6", 3) == 0 &&
	    (st->prevkind == K_ITEM || (st->blk.n > 0 && itemlabel(bufstr(&st->blk)) > 0))) &&
	    ((isnoise(t) && !pageprose(t)) || chromenoise(t) ||
	    (t.p[0] == 'V' && printslug(t)) ||	/* (the first byte: every line) */
	    (ISDIGIT(t.p[t.n - 1]) && tocrun(t)) ||
	    (st->prevkind < 0 && st->blk.n == 0 && isbanner(t)))) {
		/* a box of links ("Related Stories") ends the text above:
		   its headlines are not the text's */
		if (st->blk.n > 0 && isboxtitle(t))
			splitfinish(st);
		if (st->toc && tocline(t))
			st->toc = 0;	/* a table with leaders: its own rule's */
		noiseline(st, t);
		return;
	}
	/* under a "Contents" heading, its entries one a line: noise, each a
	   block, until a line of text or the first entry met again (the
	   text's first part: "Summary" / ... / "Summary" / "North ...") */
	if (st->toc) {
		if (tocentry(t) && !(st->tocfirstn == t.n &&
		    sameci(st->tocfirst, t.p, t.n))) {	/* (INTRODUCTION) */
			if (st->tocfirstn == 0) {
				memcpy(st->tocfirst, t.p, t.n);
				st->tocfirstn = t.n;
			}
			if (st->blk.n > 0)
				splitfinish(st);
			noiseline(st, t);
			return;
		}
		st->toc = 0;
	}
	/* after a page's mark, between blocks: a heading met before, or
	   the document's name and number ("제58차 SCM 공동성명") before
	   the next clause's number, is the next page's running header */
	if (st->aftermark && !st->replay && (st->blk.n == 0 || st->gap) && t.n <= 80 &&
	    !endsterm(t)) {
		st->aftermark = 0;
		st->tmp.n = 0;
		addfold(&st->tmp, t.p, t.n, NULL);
		if (st->seen.len > 0 && sectlabel(t) == 0 && clauselabel(t) == 0 &&
		    hashget(&st->seen, bufstr(&st->tmp)) != NULL) {
			noiseline(st, t);
			return;
		}
		if (st->clause > 0 && runhead(t) &&
		    (st->blk.n == 0 || endsterm(bufstr(&st->blk)))) {
			bufaddstr(&st->phdr, t);
			st->phdrclause = 1;
			return;
		}
	}
	/* a periodical's name under a page's number alone, the sentence
	   above going on ("... the United" / "328" / "The Korean Journal
	   of International Studies" / "States would ..."): held, a
	   running head if the sentence goes on right below it */
	if (st->aftermark && !st->replay && st->blk.n > 0 && !st->gap &&
	    st->noisein && !endsterm(bufstr(&st->blk)) &&
	    !endsmall(bufstr(&st->blk)) && periodical(t)) {	/* (not "in the" /
						   "Journal of ...": the name is the text's) */
		st->aftermark = 0;
		bufaddstr(&st->phdr, t);
		st->phdrrun = 1;
		return;
	}
	st->aftermark = 0;
	/* the title met again anywhere: a running header, a footer; or
	   while its block is still open ("[전문] 공동성명" / "페이지 정보" /
	   "[전문] 공동성명": a board's page title over its post's) */
	if ((st->title.n > 0 && streq(t, bufstr(&st->title))) ||
	    (st->nblock == 0 && st->nlines == 1 && streq(t, bufstr(&st->blk)))) {
		noiseline(st, t);
		return;
	}
	/* a heading met again inside a block: a running page header (not
	   a numbered title under another, as the text's headings meet
	   its contents' lines again: "Ⅶ. 결론" / "1. 한미동맹의 이점") */
	if (st->blk.n > 0 && !st->gap && t.n <= 100 && st->seen.len > 0 &&
	    !endsterm(t) && !hgspeaker(t) &&	/* ([앵커] again: a turn) */
	    !(st->nlines == 1 && numtitle(bufstr(&st->blk)) && numtitle(t))) {
		st->tmp.n = 0;
		addfold(&st->tmp, t.p, t.n, NULL);
		if (hashget(&st->seen, bufstr(&st->tmp)) != NULL) {
			noiseline(st, t);
			return;
		}
	}
	if (!st->longline && !st->wrapped && longl(t.p, t.n, &st->votes))
		st->longline = 1;
	if (!st->longline && t.n > st->maxw && width(t.p, t.n) > st->maxw &&
	    !(st->wrapped && t.n > LONGLINE))
		st->maxw = width(t.p, t.n);	/* (never more than its bytes) */
	if (!st->longline && maybeheader(st, t)) {
		bufaddstr(&st->phdr, t);
		return;
	}
	for (st->indent = 0; line.p + st->indent < t.p &&
	    line.p[st->indent] == ' '; st->indent++)
		;
	/* a superscript's suffix opening the line under its number ("of
	   the 58" / "th SCM runs ..."): the number's, and the line goes on */
	if (st->blk.n > 0 && t.n > 3 && t.p[2] == ' ' &&
	    issuffix((Str){ t.p, 2 }) && ISDIGIT(st->blk.p[st->blk.n - 1]) &&
	    ordctx(st->blk.p, numstart(st->blk.p, st->blk.n)) &&
	    eqci((Str){ t.p, 2 }, ordsuffix(st->blk.p, st->blk.n))) {
		bufadd(&st->blk, t.p, 2);
		t = (Str){ t.p + 3, t.n - 3 };
		st->torn = 1;
	} else if (st->blk.n > 0 && startsnew(st, t))
		splitfinish(st);
	if (st->blk.n == 0 && (n = clauselabel(t)) > 0)
		st->clause = n;
	if (st->blk.n == 0)
		st->firstindent = st->indent;
	st->cleanline = t;
	join(st, t);
	if (st->nlines == 1 && (t.n == 8 || t.n == 17) && (eqci(t, "contents") ||
	    eqci(t, "table of contents"))) {
		st->toc = 1;
		st->tocfirstn = 0;
	}
	st->lastindent = st->indent;
	/* (a short line ends no syllable of a word: a title, a label) */
	st->hgfull = st->hgchar &&
	    width(line.p, (size_t)(t.p + t.n - line.p)) * 10 >= st->hgw * 9;
	if (st->pagew > 0)	/* (a wrapped page's: its lines' widths) */
		st->lastw = width(t.p, t.n);
}

/* Remove <sup> and </sup>; cut at <br>, <br/>, <br />. */
static void
htmlline(SplitSt *st, Buf *clean, Str line)
{
	size_t i = 0, start = 0;
	Str rest;
	static const char *drop[] = { "<sup>", "</sup>" };
	static const char *brk[] = { "<br />", "<br/>", "<br>" };
	size_t k;
	int hit;

	clean->n = 0;
	while (i < line.n) {
		const char *p = memchr(line.p + i, '<', line.n - i);

		if (p == NULL)
			break;
		i = (size_t)(p - line.p);
		rest = (Str){ line.p + i, line.n - i };
		hit = 0;
		for (k = 0; k < NELEM(drop) && !hit; k++)
			if (sprefixci(rest, drop[k])) {
				bufadd(clean, line.p + start, i - start);
				i += strlen(drop[k]);
				start = i;
				hit = 1;
			}
		for (k = 0; k < NELEM(brk) && !hit; k++)
			if (sprefixci(rest, brk[k])) {
				bufadd(clean, line.p + start, i - start);
				online(st, bufstr(clean));
				st->brk = 1;	/* a line break, not a paragraph's */
				clean->n = 0;
				i += strlen(brk[k]);
				start = i;
				hit = 1;
			}
		if (!hit)
			i++;
	}
	bufadd(clean, line.p + start, line.n - start);
	online(st, bufstr(clean));
	st->brk = 0;
}

static void
doline(SplitSt *st, Buf *clean, Str line)
{
	if (memchr(line.p, '<', line.n) != NULL)
		htmlline(st, clean, line);
	else
		online(st, line);
}

/* Is t (trimmed) a cell of a menu laid out one a line: a short row of
   capitalised words ("Social Affairs", "Food & Beverage", "K-pop")? */
static int
menucell(Str t)
{
	size_t i;

	if (t.n == 0 || !ISUPPER(t.p[0]) || !isrow(t))
		return 0;
	for (i = 1; i < t.n; i++)
		if (t.p[i - 1] == ' ' && !ISUPPER(t.p[i]) && t.p[i] != '&')
			return 0;
	return 1;
}

/*
 * The first run of a menu among the lines read ahead, one cell a line
 * (blank lines between): eight cells or more, three of them a news
 * site's sections ("National", "Politics", "Social Affairs", ...,
 * "Weekender").  Its first line and the line past its last in *from
 * and *to; 0 if there is none.
 */
static int
menurows(Str text, size_t *from, size_t *to)
{
	Str line;
	size_t i, start = 0, end = 0, ncell = 0, nsect = 0;

	for (i = 0; text.n > 0; i++) {
		line = strtrim(strcut(&text, '\n'));
		if (line.n == 0)
			continue;
		if (menucell(line)) {
			if (ncell++ == 0)
				start = i;
			nsect += sectionrow(line) > 0;
			end = i + 1;
			continue;
		}
		if (ncell >= 8 && nsect >= 3)
			break;
		ncell = nsect = 0;
	}
	if (ncell < 8 || nsect < 3)
		return 0;
	*from = start;
	*to = end;
	return 1;
}

/* A cell of a menu read ahead: noise, a block of its own.  A menu's
   cell that names a box ("Topics") opens none. */
static void
menuline(SplitSt *st, Str line)
{
	Str t = strtrim(line);

	if (t.n == 0)
		return;
	if (st->blk.n > 0)
		splitfinish(st);
	noiseline(st, t);
	st->inbox = 0;
}

int
splitdoc(Input *in, Str doc, const SplitOpt *o, Emit *emit, void *arg)
{
	SplitSt st;
	Buf clean = { 0 }, ahead = { 0 };
	Str rest;
	size_t nahead = 0, nlong = 0, near = 0, maxwide = 0, wide[AHEAD], i;
	size_t nover = 0, wrapev = 0, w, nk = 0, maxk = 0, kwide[AHEAD], pw = 0;
	size_t nearer, ev, nhg = 0, nother = 0, ncell = 0, mfrom = 0, mto = 0;
	int got = 0, votes = 0, big = 0, prevcut = 0, prevhg = 0;

	if (splitbc['0'] == 0)
		initbc();
	memset(&st, 0, sizeof(st));
	st.doc = doc;
	st.o = o;
	st.emit = emit;
	st.arg = arg;
	st.prevkind = -1;
	st.arena = arenanew();
	/* small: an HTML page splits each of its blocks on its own */
	hashinitn(&st.seen, st.arena, 64);
	hashinitn(&st.chrome, st.arena, 64);
	hashinitn(&st.hgseen, st.arena, 64);
	/* Read ahead a few lines: one too long for a page among them makes
	   the text a web paste from its first line (the rows of a menu above
	   the headline are not joined to it).  A menu's cells, one a line,
	   are read past: a news site's may be fifty lines long. */
	while (nahead < AHEAD + ncell && (got = inread(in)) > 0) {
		bufadd(&ahead, in->line, in->len);
		bufaddc(&ahead, '\n');
		nahead++;
		if (ncell < 256 && menucell(strtrim((Str){ in->line, in->len })))
			ncell++;
		if (memchr(in->line, '<', in->len) != NULL) {
			prevcut = prevhg = 0;
			continue;	/* (a line with tags is cut at <br>) */
		}
		if (longl(in->line, in->len, &votes))
			st.longline = 1;
		w = width(in->line, in->len);
		nhg += in->len - w;	/* (a syllable: three bytes, two columns) */
		nother += in->len - 3 * (in->len - w);
		rest = strtrim((Str){ in->line, in->len });
		nover += w > LONGLINE && endsterm(rest);
		if (prevhg && rest.n >= 3 && hgsyl(rest.p, rest.n)) {
			kwide[nk++] = pw;	/* a Korean line going on below */
			if (pw > maxk)
				maxk = pw;
		}
		prevhg = w >= 40 && rest.n >= 3 && hgends(rest.p, rest.n);
		pw = w;
		if (prevcut && rest.n > 0 && (prevcut == 2 ||
		    cutgoeson((Str){ in->line, in->len })))
			wrapev++;
		prevcut = w >= 40 && !endsterm(rest);
		if (prevcut && w >= 65 && (cutmidphrase(rest) ||
		    (hgmidcut(rest) && hgsyl(rest.p, rest.n))))
			prevcut = 2;	/* (a page's width: no list item's) */
		if (in->len >= 60) {	/* Korean: how wide the lines are */
			wide[nlong] = width(in->line, in->len);
			if (wide[nlong] > maxwide)
				maxwide = wide[nlong];
			big |= in->len > LONGLINE;
			nlong++;
		}
	}
	/* a line of 150 bytes among them, Korean: a wrapped page's lines are
	   nearly as wide as its widest, a web paste's paragraphs are not (or
	   one of them ends its sentence, alone of its length) */
	for (i = 0; i < nlong; i++)
		near += wide[i] * 100 >= maxwide * 85;
	if (big && (near * 2 < nlong || (nlong <= 2 && votes > 0)))
		st.longline = 1;
	/* Korean lines that go on below, nearly all as wide as the widest:
	   broken at any syllable, as a word processor set to break
	   Korean by characters does (its lines are full) */
	for (i = near = nearer = 0; i < nk; i++) {
		near += kwide[i] * 100 >= maxk * 90;
		nearer += kwide[i] + 3 >= maxk;
	}
	/* (a PDF's lines, set in a proportional font, are as full but not
	   as wide in columns: a tenth apart, and words cut by evidence at
	   a fourth of their ends at least, the words of the lines ahead
	   taken as seen; kept only in such a copy: a text wrapped between
	   words keeps the words its author spaced, 국방 / 장관은) */
	if (!st.longline && nk >= 6 && near * 10 >= nk * 8) {
		hgseenpage(&st.hgseen, bufstr(&ahead));
		st.hgchar = nearer * 10 >= nk * 8 ||
		    ((ev = hgwrapev(&st, bufstr(&ahead))) * 4 >= nk && ev >= 3);
		if (!st.hgchar) {
			hashfree(&st.hgseen);
			hashinitn(&st.hgseen, st.arena, 64);
		}
	}
	st.hgw = maxk;
	/* an English page: a Korean word alone on its line is a name */
	st.latin = nother >= 200 && nhg * 50 < nother;
	/* a text wrapped at a page's width, where a few lines are longer
	   (pdftotext joins the two lines of a word cut by a hyphen, or two
	   lines of a justified page): many lines cut inside a sentence that
	   goes on below in lower case or after a comma or a word that ends
	   no heading, at least twice as many as the long lines that end a
	   sentence, as a web paste's paragraphs do */
	if (wrapev >= 3 && wrapev >= 2 * nover) {
		st.wrapped = 1;
		st.longline = 0;
		/* the page's width from the start (its title over its text
		   is told by the text's lines below, not the title's): the
		   width most prose lines reach, not a header's, a link's or
		   two lines joined */
		st.pagew = pagewidth(bufstr(&ahead));
		if (st.pagew > st.maxw)
			st.maxw = st.pagew;
	}
	menurows(bufstr(&ahead), &mfrom, &mto);
	for (i = 0, rest = bufstr(&ahead); st.r == 0 && rest.n > 0; i++) {
		st.ndocl++;
		if (i >= mfrom && i < mto)
			menuline(&st, strcut(&rest, '\n'));
		else
			doline(&st, &clean, strcut(&rest, '\n'));
	}
	while (st.r == 0 && got > 0 && (got = inread(in)) > 0) {
		st.ndocl++;
		doline(&st, &clean, (Str){ in->line, in->len });
	}
	if (st.r == 0) {
		if (got < 0)
			st.r = -1;
		if (st.phdr.n > 0)
			heldheader(&st, S(""));
		st.atend = 1;	/* (the last block: a copy may end in it) */
		splitfinish(&st);
		if (st.pend[0] != '\0')
			noiseline(&st, (Str){ st.pend, 2 });
		splitfinish(&st);
		splitqflush(&st);
	}
	buffree(&st.blk);
	buffree(&st.noise);
	buffree(&st.noiseat);
	buffree(&st.phdr);
	buffree(&st.fn);
	buffree(&st.qtext);
	buffree(&st.section);
	buffree(&st.tmp);
	buffree(&st.hist);
	buffree(&st.title);
	buffree(&st.lastone);
	buffree(&clean);
	buffree(&ahead);
	free(st.q);
	hashfree(&st.seen);
	hashfree(&st.chrome);
	hashfree(&st.hgseen);
	arenafree(st.arena);
	return st.r;
}

static void
addabbrev(void *arg, Str s, const char *path, size_t lineno)
{
	SplitOpt *o = arg;
	size_t cap = o->nabbrev;

	if (s.p[s.n - 1] == '.')
		s.n--;
	if (s.n == 0)
		eprintf("%s:%zu: empty abbreviation", path, lineno);
	egrow(&o->abbrev, &cap, o->nabbrev + 1, sizeof(Str));
	o->abbrev[o->nabbrev].p = estrndup(s.p, s.n);
	o->abbrev[o->nabbrev++].n = s.n;
}

void
loadabbrev(SplitOpt *o, const char *path)
{
	elistfile(path, addabbrev, o);
}

int
eunit(const char *s)
{
	if (strcmp(s, "para") == 0)
		return U_PARA;
	if (strcmp(s, "sentence") == 0)
		return U_SENTENCE;
	eprintf("-u: unknown unit: %s (para or sentence)", s);
	return -1;
}
