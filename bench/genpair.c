/* genpair: write two versions of a generated communiqué with a known
   alignment, for measuring scm-diff.  Clauses share boilerplate openings;
   at the edit rate, clauses are edited by 1 to -w (3) words, deleted, moved,
   moved and edited, and new ones inserted.
   usage: genpair [-p] [-e percent] [-k clauses | -m megabytes] [-s seed] [-w words] prefix
   writes prefix.old, prefix.new (records; with -p plain paragraphs) and
   prefix.truth: old-loc TAB new-loc TAB moved(0/1) per true pair. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "scm.h"

static uint64_t rng = 0x243F6A8885A308D3ULL;
static int maxedit = 3;	/* words changed per edit, at most */

static uint32_t
rnd(uint32_t n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)((rng >> 11) % n);
}

static const char *open_[] = {
	"The Minister and the Secretary", "The Minister and the Secretary also",
	"The two sides", "The Secretary", "The Minister", "Both ministers",
	"The Minister and the Secretary further",
};
static const char *verb[] = {
	"reaffirmed that", "agreed that", "noted that", "highlighted that",
	"pledged that", "welcomed that", "stressed that",
};
static const char *stop[] = {
	"the", "of", "and", "to", "in", "a", "for", "with", "on", "by", "as",
	"that", "its", "their", "from", "at",
};
static const char syl[][4] = {
	"ka", "ri", "mo", "ten", "sa", "lu", "dor", "ve", "pi", "nas", "ge",
	"tho", "bal", "mi", "ro", "cun", "de", "fa", "wel", "zu", "pra", "li",
};

#define NVOCAB 20000
static char vocab[NVOCAB][16];

static const char *
word(void)
{
	if (rnd(3) == 0)
		return stop[rnd(NELEM(stop))];
	return vocab[rnd(rnd(NVOCAB) + 1)];	/* the first ones commoner */
}

typedef struct {
	char *text;
	long oldloc;	/* 1-based, 0 for inserted */
	int moved;
} Cl;

static char *
clause(void)
{
	Buf b = { 0 };
	int i, n = 18 + (int)rnd(30);
	const char *w;

	w = open_[rnd(NELEM(open_))];
	bufadd(&b, w, strlen(w));
	bufaddc(&b, ' ');
	w = verb[rnd(NELEM(verb))];
	bufadd(&b, w, strlen(w));
	for (i = 0; i < n; i++) {
		bufaddc(&b, ' ');
		w = word();
		bufadd(&b, w, strlen(w));
		if (i + 1 < n && rnd(12) == 0)
			bufaddc(&b, ',');
	}
	bufadd(&b, ".", 2);
	return b.p;
}

/* Change 1 to maxedit words: replace, insert or delete one each. */
static char *
edit(const char *s)
{
	Buf b = { 0 };
	const char *w[200], *p;
	size_t len[200], n = 0, i, k;
	int e, ne = 1 + (int)rnd((uint32_t)maxedit);

	for (p = s; *p != '\0' && n < NELEM(w);) {
		w[n] = p;
		while (*p != '\0' && *p != ' ')
			p++;
		len[n] = (size_t)(p - w[n]);
		n++;
		while (*p == ' ')
			p++;
	}
	for (e = 0; e < ne; e++) {
		k = 3 + rnd((uint32_t)(n - 4));	/* not the opening */
		switch (rnd(3)) {
		case 0:
			w[k] = word();
			len[k] = strlen(w[k]);
			break;
		case 1:
			if (n < NELEM(w)) {
				memmove(w + k + 1, w + k, (n - k) * sizeof(*w));
				memmove(len + k + 1, len + k, (n - k) * sizeof(*len));
				n++;
				w[k] = word();
				len[k] = strlen(w[k]);
			}
			break;
		default:
			memmove(w + k, w + k + 1, (n - k - 1) * sizeof(*w));
			memmove(len + k, len + k + 1, (n - k - 1) * sizeof(*len));
			n--;
		}
	}
	for (i = 0; i < n; i++) {
		if (i > 0)
			bufaddc(&b, ' ');
		bufadd(&b, w[i], len[i]);
	}
	bufaddc(&b, '\0');
	return b.p;
}

static void
put(FILE *fp, const char *doc, long loc, const char *text, int plain)
{
	if (plain)
		fprintf(fp, "%ld. %s\n\n", loc, text);
	else
		fprintf(fp, "%s\t%ld\tclause\t-\t-\t%ld. %s\n", doc, loc, loc, text);
}

static FILE *
wopen(const char *prefix, const char *ext)
{
	char path[4096];
	FILE *fp;

	snprintf(path, sizeof(path), "%s.%s", prefix, ext);
	if ((fp = fopen(path, "w")) == NULL)
		eprintf("%s:", path);
	return fp;
}

int
main(int argc, char *argv[])
{
	static const char usage[] =
	    "genpair [-p] [-e percent] [-k clauses | -m megabytes] [-s seed] [-w words] prefix";
	long long pct = 10, k = 2000, mb = 0;
	long i, j, nold, nnew = 0, to;
	int c, plain = 0;
	size_t vi, total = 0;
	Cl *old, *nw, tmp;
	FILE *fo, *fn, *ft;
	char **otext;

	setargv0(argv[0]);
	while ((c = getopt(argc, argv, "e:k:m:ps:w:")) != -1) {
		switch (c) {
		case 'e': pct = estrtonum(optarg, 0, 100, "-e"); break;
		case 'k': k = estrtonum(optarg, 1, 10000000, "-k"); break;
		case 'm': mb = estrtonum(optarg, 1, 1000, "-m"); break;
		case 'p': plain = 1; break;
		case 'w': maxedit = (int)estrtonum(optarg, 1, 20, "-w"); break;
		case 's':
			rng += (uint64_t)estrtonum(optarg, 0, 1000000, "-s") *
			    0x9E3779B97F4A7C15ULL;
			break;
		default: eusage(usage);
		}
	}
	if (optind + 1 != argc)
		eusage(usage);
	for (vi = 0; vi < NVOCAB; vi++) {
		size_t ns = 2 + rnd(2), s;

		vocab[vi][0] = '\0';
		for (s = 0; s < ns; s++)
			strcat(vocab[vi], syl[rnd(NELEM(syl))]);
		if (rnd(2))	/* keep them distinct enough */
			snprintf(vocab[vi] + strlen(vocab[vi]), 6, "%c",
			    'a' + (int)(vi % 26));
	}
	if (mb > 0)
		k = mb * 1000000 / 230;
	nold = (long)k;
	otext = emalloc((size_t)nold * sizeof(*otext));
	for (i = 0; i < nold; i++) {
		otext[i] = clause();
		total += strlen(otext[i]);
	}
	nw = emalloc((size_t)(nold * 2 + 1) * sizeof(*nw));
	old = emalloc((size_t)nold * sizeof(*old));
	for (i = 0; i < nold; i++) {
		old[i] = (Cl){ otext[i], i + 1, 0 };
		if (rnd(400) < (uint32_t)pct)	/* inserted clauses, e/4 */
			nw[nnew++] = (Cl){ clause(), 0, 0 };
		if (rnd(100) < (uint32_t)pct) {
			switch (rnd(4)) {
			case 0: old[i].text = edit(otext[i]); break;
			case 1: continue;	/* deleted */
			case 2: old[i].moved = 1; break;
			default: old[i].moved = 1; old[i].text = edit(otext[i]);
			}
		}
		nw[nnew++] = old[i];
	}
	/* move the marked ones at least 20 places away */
	for (i = 0; i < nnew; i++) {
		if (nw[i].moved != 1 || nnew < 50)
			continue;
		nw[i].moved = 2;
		do
			to = (long)rnd((uint32_t)nnew);
		while (labs(to - i) < 20);
		tmp = nw[i];
		if (to > i)
			memmove(nw + i, nw + i + 1, (size_t)(to - i) * sizeof(*nw));
		else
			memmove(nw + to + 1, nw + to, (size_t)(i - to) * sizeof(*nw));
		nw[to] = tmp;
		if (to > i)
			i--;	/* look at the one that slid in */
	}
	fo = wopen(argv[optind], "old");
	fn = wopen(argv[optind], "new");
	ft = wopen(argv[optind], "truth");
	for (i = 0; i < nold; i++)
		put(fo, "old", i + 1, otext[i], plain);
	for (j = 0; j < nnew; j++) {
		put(fn, "new", j + 1, nw[j].text, plain);
		if (nw[j].oldloc > 0)
			fprintf(ft, "%ld\t%ld\t%d\n", nw[j].oldloc, j + 1,
			    nw[j].moved != 0);
	}
	(void)total;
	for (j = 0; j < nnew; j++)
		if (nw[j].oldloc == 0 || nw[j].text != otext[nw[j].oldloc - 1])
			free(nw[j].text);
	for (i = 0; i < nold; i++)
		free(otext[i]);
	free(otext);
	free(old);
	free(nw);
	if (fshut(fo, "old") | fshut(fn, "new") | fshut(ft, "truth"))
		return 2;
	return 0;
}
