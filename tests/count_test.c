/* count_test: keyness statistics and key escapes of scm-count, as TAP.
   The expected values are worked out by hand in the comments. */
#include <math.h>
#include <stdio.h>
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

static int
near(double x, double want)
{
	return fabs(x - want) < 1e-9;
}

int
main(void)
{
	const double ln2 = 0.69314718055994530942;
	char esc[] = "a\\\\b\\tc\\nd\\re", bad1[] = "x\\q", bad2[] = "x\\";
	Str s;
	Buf b = { 0 };

	/* a=10 of c=1000 against b=5 of d=2000: E1 = 1000*15/3000 = 5,
	   E2 = 10; G2 = 2(10 ln 2 + 5 ln 1/2) = 10 ln 2; log2(.01/.0025) = 2 */
	ok(near(keyg2(10, 5, 1000, 2000), 10 * ln2), "G2 overused");
	ok(near(keylogratio(10, 5, 1000, 2000), 2), "log ratio overused");
	/* mirrored: E1 = 10, E2 = 5; same size, negative sign; log2(1/4) */
	ok(near(keyg2(5, 10, 2000, 1000), -10 * ln2), "G2 underused is negative");
	ok(near(keylogratio(5, 10, 2000, 1000), -2), "log ratio underused");
	/* a=0: E2 = 2, G2 = 2(4 ln 2) = 8 ln 2, negative; a taken as 0.5:
	   log2((0.5/100)/(4/100)) = log2(1/8) = -3 */
	ok(near(keyg2(0, 4, 100, 100), -8 * ln2), "G2 with a zero count");
	ok(near(keylogratio(0, 4, 100, 100), -3), "log ratio zero adjusted to 0.5");
	ok(near(keylogratio(4, 0, 100, 100), 3), "log ratio other zero adjusted");
	/* same relative frequency: no difference */
	ok(keyg2(3, 6, 100, 200) == 0 && near(keylogratio(3, 6, 100, 200), 0),
	    "equal rates give 0");
	/* a=1, b=0, c=1, d=1: E1 = 1/2, G2 = 2 ln 2 */
	ok(near(keyg2(1, 0, 1, 1), 2 * ln2), "G2 smallest case");
	ok(keyg2(1, 1, 0, 5) == 0 && keyg2(0, 0, 5, 5) == 0 &&
	    keylogratio(1, 1, 5, 0) == 0, "degenerate totals give 0");

	s = (Str){ esc, strlen(esc) };
	ok(fieldunesc(&s) == 0 && s.n == 9 && memcmp(s.p, "a\\b\tc\nd\re", 9) == 0,
	    "fieldunesc");
	fieldbuf(&b, s, 0);
	ok(b.n == 13 && memcmp(b.p, "a\\\\b\\tc\\nd\\re", 13) == 0,
	    "fieldbuf without a dash");
	s = (Str){ bad1, strlen(bad1) };
	ok(fieldunesc(&s) < 0, "bad escape rejected");
	s = (Str){ bad2, strlen(bad2) };
	ok(fieldunesc(&s) < 0, "trailing backslash rejected");
	s = (Str){ "\\#words", 7 };
	ok(fieldunesc(&s) < 0, "the totals key is no escaped key");
	buffree(&b);
	printf("1..%d\n", ntest);
	return nfail != 0;
}
