/* matchcheck.h: what every set of scm-tag matches must satisfy, for the
   fuzz targets lexicon and match: matches lie inside the text and name a
   loaded tag; the longest-only matches are some of all the matches; a
   second call gives the same, and so does a call with the prefilter off
   (the same tokens: its token numbers count all of the text's, the
   pairs' only those they cut). */

static int
samematch(const Match *a, const Match *b)
{
	return a->tag == b->tag && a->off == b->off && a->len == b->len;
}

static void
checkmatches(Lex *x, Str text)
{
	Match *m, *all;
	size_t i, j, nall, nm, ntag;

	nall = lexmatch(x, text, 1, &m);
	ntag = lexntag(x);	/* after: a negated stance names a new tag */
	if ((all = malloc((nall + 1) * sizeof(*all))) == NULL)
		abort();
	if (nall > 0)
		memcpy(all, m, nall * sizeof(*all));
	for (i = 0; i < nall; i++)
		if (all[i].tag >= ntag || all[i].len == 0 ||
		    all[i].off > text.n || all[i].len > text.n - all[i].off ||
		    all[i].tok0 >= all[i].tok1)
			abort();
	nm = lexmatch(x, text, 0, &m);
	if (nm > nall)
		abort();
	for (i = 0; i < nm; i++) {
		for (j = 0; j < nall && !samematch(&m[i], &all[j]); j++)
			;
		if (j == nall)
			abort();
	}
	if (lexmatch(x, text, 1, &m) != nall)
		abort();
	for (i = 0; i < nall; i++)
		if (!samematch(&m[i], &all[i]))
			abort();
	lexprefilter(x, 0);
	if (lexmatch(x, text, 1, &m) != nall)
		abort();
	for (i = 0; i < nall; i++)
		if (!samematch(&m[i], &all[i]) ||
		    m[i].tok1 - m[i].tok0 != all[i].tok1 - all[i].tok0)
			abort();
	lexprefilter(x, 1);
	free(all);
}
