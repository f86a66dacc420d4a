/* lib_test: unit tests of the subtle parts of libscm, as TAP. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

static int ntest, nfail;

static void
ok(int cond, const char *what)
{
	ntest++;
	if (!cond)
		nfail++;
	printf("%sok %d - %s\n", cond ? "" : "not ", ntest, what);
}

static Str
lit(const char *s)
{
	return (Str){ (char *)s, strlen(s) };
}

static void
testrecord(void)
{
	char line[] = "d\t1.2\tpara\tSec\\ttion\ta,b\tx\\\\y\\nz";
	char bad1[] = "a\tb\tc";
	char bad2[] = "a\tb\tc\td\te\tf\tg";
	char bad3[] = "a\tb\tc\td\te\tf\\q";
	char bad4[] = "a\tb\tc\td\te\tf\\";
	char empty[] = "\t\t\t\t\t";
	Record r;
	const char *err;
	char *out;
	size_t n;
	FILE *fp;

	ok(recparse(&r, line, strlen(line), &err) == 0, "record parses");
	ok(streqlit(r.f[F_SECTION], "Sec\ttion"), "\\t unescaped");
	ok(streqlit(r.f[F_TEXT], "x\\y\nz"), "\\\\ and \\n unescaped");
	ok(recparse(&r, bad1, strlen(bad1), &err) < 0 && strstr(err, "few"), "too few fields");
	ok(recparse(&r, bad2, strlen(bad2), &err) < 0 && strstr(err, "many"), "too many fields");
	ok(recparse(&r, bad3, strlen(bad3), &err) < 0 && strstr(err, "escape"), "bad escape");
	ok(recparse(&r, bad4, strlen(bad4), &err) < 0 && strstr(err, "trailing"), "trailing backslash");
	ok(recparse(&r, empty, strlen(empty), &err) == 0 && r.f[F_TEXT].n == 0, "empty fields");
	ok(isrecord("a\tb\tc\td\te\tf", 11) && !isrecord("a\tb", 3), "isrecord");

	/* round trip through the writer */
	fp = open_memstream(&out, &n);
	r.f[F_DOC] = lit("a\tb");
	r.f[F_LOC] = lit("1");
	r.f[F_KIND] = lit("para");
	r.f[F_SECTION] = lit("");
	r.f[F_TAGS] = lit("-");
	r.f[F_TEXT] = (Str){ "x\0y\r\\", 5 };
	recput(fp, &r);
	fclose(fp);
	ok(n == 24 && memcmp(out, "a\\tb\t1\tpara\t-\t-\tx\0y\\r\\\\\n", 24) == 0,
	    "writer escapes and keeps NUL");
	free(out);

	fp = open_memstream(&out, &n);
	r.f[F_TAGS] = lit("a:b,c:d");
	r.f[F_TEXT] = lit("q\"\xff\xe2\x80\x99");
	jsonopen(fp, &r);
	jsonclose(fp);
	fclose(fp);
	ok(strcmp(out, "{\"doc\":\"a\\tb\",\"loc\":\"1\",\"kind\":\"para\","
	    "\"section\":null,\"tags\":[\"a:b\",\"c:d\"],"
	    "\"text\":\"q\\\"\\udcff\xe2\x80\x99\"}\n") == 0, "json");
	free(out);
}

static void
testutf8(void)
{
	long cp;

	ok(utf8dec((unsigned char *)"\xc2\xa0", 2, &cp) == 2 && cp == 0xA0, "nbsp decodes");
	ok(isuspace(0xA0) && isuspace(0x2009) && !isuspace('x'), "isuspace");
	ok(utf8dec((unsigned char *)"\xc0\x80", 2, &cp) == 1 && cp == -1, "overlong rejected");
	ok(utf8dec((unsigned char *)"\xed\xa0\x80", 3, &cp) == 1 && cp == -1, "surrogate rejected");
	ok(utf8dec((unsigned char *)"\xe2\x80", 2, &cp) == 1 && cp == -1, "truncated rejected");
	ok(spanspace(" \xc2\xa0\xe2\x80\x89x", 7) == 6, "spanspace");
	ok(strtrim(lit("\xc2\xa0 ab \xc2\xa0")).n == 2, "strtrim unicode");
	/* a match at the very end, after a false start on its second byte */
	ok(strhas(lit("Try unlimited access"), "ccess"), "strhas at the end");
	ok(strhas(lit("xaccess"), "ccess") && strhas(lit("ccess"), "ccess") &&
	    strhas(lit("abab"), "ab") && strhas(lit("aab"), "ab"), "strhas after a false start");
	ok(!strhas(lit("acces"), "ccess") && !strhas(lit("c"), "cc") &&
	    !strhas(lit("xc"), "cc") && strhas(lit("x"), "x") && !strhas(lit(""), "x"),
	    "strhas: no match past the end");
}

static void
testwords(void)
{
	Str s = lit("The U.S. and ROK-U.S. talks, North Korea\xe2\x80\x99s 1.5% D.C.");
	const char *want[] = { "The", "U.S.", "and", "ROK-U.S.", "talks", "North",
	    "Korea\xe2\x80\x99s", "1.5", "D.C." };
	size_t off = 0, i = 0;
	int good = 1;
	Str w;
	Buf b = { 0 };

	while (wordnext(s, &off, &w)) {
		if (i >= NELEM(want) || !streqlit(w, want[i]))
			good = 0;
		i++;
	}
	ok(good && i == NELEM(want), "wordnext");
	wordfold(&b, lit("Korea\xe2\x80\x99S"));
	ok(streqlit(bufstr(&b), "korea's"), "wordfold");
	ok(isstopword(lit("the")) && !isstopword(lit("nuclear")), "stop words");
	buffree(&b);
}

static void
testhash(void)
{
	Arena *a = arenanew();
	Hash h;
	char key[32];
	size_t i, n;
	int good = 1;

	hashinit(&h, a);
	for (i = 0; i < 5000; i++) {
		snprintf(key, sizeof(key), "k%zu", i);
		hashput(&h, lit(key))->ival++;
	}
	for (i = 0; i < 5000; i += 7) {
		snprintf(key, sizeof(key), "k%zu", i);
		if (hashget(&h, lit(key)) == NULL || hashget(&h, lit(key))->ival != 1)
			good = 0;
	}
	hashitems(&h, &n);
	ok(good && n == 5000 && hashget(&h, lit("nope")) == NULL, "hash");
	hashfree(&h);
	arenafree(a);
}

static void
testlabel(void)
{
	ok(streqlit(pathlabel("a/b/scm-2022.txt"), "scm-2022"), "label strips dir and ext");
	ok(streqlit(pathlabel("x.tar.gz"), "x.tar"), "label strips last ext");
	ok(streqlit(pathlabel(".hidden"), ".hidden"), "label keeps dotfile");
	ok(streqlit(pathlabel("-"), "-"), "label of stdin");
}

/* A printed hearing's speaker label, gpospeaker: its length, or 0. */
static void
testgpospeaker(void)
{
	static const struct {
		const char *s;
		size_t n;
	} t[] = {
		{ "Chairman ROGERS. The committee will come to order.", 16 },
		{ "Mr. WILSON. Thank you.", 11 },
		{ "Admiral PAPARO.", 15 },
		{ "Senator McCAIN. Thank you.", 15 },
		{ "Mr. VAN HOLLEN. Yes.", 15 },
		{ "The CHAIRMAN. Without objection.", 13 },
		{ "Vice Admiral SMITH. Yes.", 19 },
		{ "Mr. Smith. Thank you.", 0 },		/* mixed case: a sentence */
		{ "General Brunson. He spoke.", 0 },
		{ "The ROK. The U.S.", 0 },		/* no office after The */
		{ "Mr. U.S. policy", 0 },
		{ "Mr. SMITH said so.", 0 },		/* no period after it */
		{ "Mr. S. Smith", 0 },			/* an initial */
		{ "SECRETARY HEGSETH: Thank you.", 0 },	/* speaker()'s */
		{ "Mr. A B C D. x", 0 },
	};
	char what[96];
	size_t i;

	initbc();
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		snprintf(what, sizeof(what), "gpospeaker %.60s", t[i].s);
		ok(gpospeaker(lit(t[i].s)) == t[i].n, what);
	}
}

/* The next of a sequence of pseudo-random numbers (64-bit LCG, high bits). */
static unsigned long
rnd(unsigned long *seed)
{
	*seed = *seed * 6364136223846793005UL + 1442695040888963407UL;
	return *seed >> 33;
}

/* recscan, one pass thirty-two bytes at a time, against a byte loop on
   generated lines of tabs, backslashes, CRs and letters. */
static void
testrecscan(void)
{
	static const char alpha[] = "abcdefghnt .\\\r";
	char line[200], copy[200];
	Record r, q;
	const char *err, *err2;
	size_t n, i, k, tabs, b, f;
	unsigned long seed = 1;
	int raw, got, want, wantraw, bad = 0, cases = 0;

	for (k = 0; k < 40000; k++) {
		n = rnd(&seed) % 199;
		for (i = 0; i < n; i++) {
			line[i] = alpha[rnd(&seed) % (sizeof(alpha) - 1)];
		}
		/* most lines have five tabs, some four or six */
		tabs = k % 5 == 0 ? 4 + (k / 5) % 3 : NFIELD - 1;
		for (i = 0; i < tabs && n > 0; i++) {
			line[rnd(&seed) % n] = '\t';
		}
		memcpy(copy, line, n);
		got = recscan(&r, line, n, &err, &raw);
		/* the reference: count, cut, undo */
		for (i = tabs = 0; i < n; i++)
			tabs += copy[i] == '\t';
		if (tabs != NFIELD - 1) {
			want = -1;
			err2 = tabs < NFIELD - 1 ? "too few fields (want 6)" :
			    "too many fields (want 6)";
		} else {
			wantraw = memchr(copy, '\\', n) == NULL &&
			    memchr(copy, '\r', n) == NULL;
			for (i = b = f = 0; i <= n; i++)
				if (i == n || copy[i] == '\t') {
					q.f[f] = (Str){ copy + b, i - b };
					wantraw &= i > b;
					f++;
					b = i + 1;
				}
			want = 0;
			for (f = 0; f < NFIELD && want == 0; f++)
				if (fieldunesc(&q.f[f]) != 0)
					want = -1;
			err2 = NULL;
			if (want == 0) {
				cases++;
				for (f = 0; f < NFIELD; f++)
					if (r.f[f].n != q.f[f].n ||
					    memcmp(r.f[f].p, q.f[f].p, q.f[f].n) != 0)
						bad++;
				bad += got == 0 && raw != wantraw;
			}
		}
		bad += got != want;
		bad += err2 != NULL && got < 0 && strcmp(err, err2) != 0;
	}
	ok(bad == 0 && cases > 1000, "recscan agrees with a byte loop on generated lines");
}

typedef struct {
	int key, at;
} Pair;

static int
bykey(const void *a, const void *b)
{
	const Pair *p = a, *q = b;

	return (p->key > q->key) - (p->key < q->key);
}

static int
bykeyat(const void *a, const void *b)
{
	const Pair *p = a, *q = b;

	if (p->key != q->key)
		return (p->key > q->key) - (p->key < q->key);
	return (p->at > q->at) - (p->at < q->at);
}

/* sortfew is stable: it agrees with qsort by (key, first place) on
   generated arrays with many ties, below and above its insertion bound. */
static void
testsortfew(void)
{
	Pair a[40], b[40];
	unsigned long seed = 7;
	size_t k, i, n;
	int bad = 0;

	for (k = 0; k < 5000; k++) {
		n = rnd(&seed) % 40;
		for (i = 0; i < n; i++) {
			a[i].key = (int)(rnd(&seed) % 6);
			a[i].at = (int)i;
		}
		memcpy(b, a, n * sizeof(*a));
		sortfew(a, n, sizeof(*a), bykey);
		qsort(b, n, sizeof(*b), bykeyat);
		if (n <= 24)	/* beyond, qsort: stable with glibc only */
			bad += n > 0 && memcmp(a, b, n * sizeof(*a)) != 0;
		for (i = 1; i < n; i++)
			bad += a[i - 1].key > a[i].key;
	}
	ok(bad == 0, "sortfew sorts stably");
}

/* hashputword finds the entry hashput makes of the folded word, and
   the other way round, on generated ASCII words of every length to 40. */
static void
testhashword(void)
{
	static const char alpha[] = "aZq09'-.Mx";
	Arena *a = arenanew();
	Hash h;
	char w[48], f[48];
	unsigned long seed = 3;
	size_t k, i, n;
	Entry *e1, *e2;
	int bad = 0;

	hashinit(&h, a);
	for (k = 0; k < 20000; k++) {
		n = rnd(&seed) % 41;
		for (i = 0; i < n; i++) {
			w[i] = alpha[rnd(&seed) % (sizeof(alpha) - 1)];
			f[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
		}
		if (k % 2) {
			e1 = hashputword(&h, (Str){ w, n });
			e2 = hashput(&h, (Str){ f, n });
		} else {
			e2 = hashput(&h, (Str){ f, n });
			e1 = hashputword(&h, (Str){ w, n });
		}
		bad += e1 != e2 || e1->key.n != n || memcmp(e1->key.p, f, n) != 0;
	}
	ok(bad == 0 && h.len > 1000, "hashputword: the entry of the folded word");
	hashfree(&h);
	arenafree(a);
}

/* fieldbuf, sixteen bytes at a time, against a byte loop on generated
   fields of letters and the four bytes that are escaped: many escapes,
   none, or one anywhere (before or inside the last sixteen bytes, which
   are checked again). */
static void
testfieldbuf(void)
{
	static const char alpha[] = "abcdefgh \\\t\n\r";
	char f[100], want[220];
	Buf b = { 0 };
	unsigned long seed = 11;
	size_t k, i, n, m;
	int bad = 0;

	for (k = 0; k < 20000; k++) {
		n = rnd(&seed) % 100;
		for (i = m = 0; i < n; i++) {
			f[i] = alpha[rnd(&seed) % (k % 4 ? sizeof(alpha) - 5 : sizeof(alpha) - 1)];
			switch (f[i]) {
			case '\\': want[m++] = '\\'; want[m++] = '\\'; break;
			case '\t': want[m++] = '\\'; want[m++] = 't'; break;
			case '\n': want[m++] = '\\'; want[m++] = 'n'; break;
			case '\r': want[m++] = '\\'; want[m++] = 'r'; break;
			default: want[m++] = f[i];
			}
		}
		if (k % 4 == 1 && n > 0) {	/* one escape, at i */
			i = rnd(&seed) % n;
			f[i] = alpha[sizeof(alpha) - 5 + rnd(&seed) % 4];
			memcpy(want, f, i);
			want[i] = '\\';
			want[i + 1] = f[i] == '\\' ? '\\' : f[i] == '\t' ? 't' :
			    f[i] == '\n' ? 'n' : 'r';
			memcpy(want + i + 2, f + i + 1, n - i - 1);
			m = n + 1;
		}
		if (n == 0)
			want[m++] = '-';
		b.n = 0;
		fieldbuf(&b, (Str){ f, n }, 1);
		bad += b.n != m || memcmp(b.p, want, m) != 0;
	}
	ok(bad == 0, "fieldbuf escapes as a byte loop does");
	buffree(&b);
}

/* The view searches and the Korean line tests of this series: a word
   inside a view (strin), an ending (strends), a name and a lead. */
static void
testkorean(void)
{
	ok(strin(lit("... 악수하고 있다"), lit("악수")) &&
	    !strin(lit("악"), lit("악수")) && strin(lit("x"), lit("")),
	    "strin finds a view's bytes, not past its end");
	ok(strends(lit("한빛일보"), "일보") && !strends(lit("보"), "일보"),
	    "strends");
	ok(hgpersonname(lit("설인효")) && hgpersonname(lit("남궁민")) &&
	    !hgpersonname(lit("확장억제")) && !hgpersonname(lit("개요")),
	    "hgpersonname: a family name first, 2-4 syllables");
	ok(hglead(lit("|워싱턴 홍길동특파원|한국과 미국은")) ==
	    strlen("|워싱턴 홍길동특파원|") &&
	    hglead(lit("(서울=연합뉴스) 홍길동 기자 = 양국은")) ==
	    strlen("(서울=연합뉴스) 홍길동 기자 ="),
	    "hglead: a byline in bars, an agency's tag and byline");
	ok(hglead(lit("(국방부 제공=연합뉴스)]")) == 0 &&
	    hglead(lit("[기자] 네, 나와 있습니다.")) == 0 &&
	    hglead(lit("| 항목 | 내용 |")) == 0,
	    "hglead: no credit, speaker's marker or table's cells");
	ok(hgaffil(lit("세종연구소 수석연구위원")) &&
	    hgaffil(lit("한국국방연구원 정책개발실")) &&
	    !hgaffil(lit("한빛연구원 설립 50주년")) &&
	    !hgaffil(lit("국방부 정책실")),
	    "hgaffil: an institute first, a role or an office last");
}

int
main(void)
{
	testrecord();
	testrecscan();
	testsortfew();
	testhashword();
	testfieldbuf();
	testutf8();
	testwords();
	testhash();
	testlabel();
	testgpospeaker();
	testkorean();
	printf("1..%d\n", ntest);
	return nfail != 0;
}
