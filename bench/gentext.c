/* gentext: write deterministic English prose in the style of alliance
   texts (headings, numbered clauses, paragraphs, abbreviations) for the
   benchmarks.  usage: gentext [-s seed] megabytes */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "scm.h"

static uint64_t rng = 0x9E3779B97F4A7C15ULL;

static uint32_t
rnd(uint32_t n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)((rng >> 11) % n);
}

static const char *subj[] = {
	"The Minister and the Secretary", "The two sides", "Both leaders",
	"The U.S. Secretary of Defense", "The ROK Minister of National Defense",
	"Gen. Kim", "The Alliance", "Seoul and Washington", "The two ministers",
	"Dr. Lee", "The Secretary", "The ROK and the U.S.",
};
static const char *verb[] = {
	"reaffirmed", "pledged to strengthen", "noted", "welcomed", "condemned",
	"agreed to expand", "assessed", "committed to enhance", "urged",
	"concurred on", "highlighted", "decided to review",
};
static const char *obj[] = {
	"the extended deterrence commitment", "combined exercises and training",
	"North Korea's nuclear and missile programs", "the Indo-Pacific strategy",
	"trilateral security cooperation with Japan", "the conditions-based OPCON transition",
	"the denuclearization of the Korean Peninsula", "cyber and space cooperation",
	"the ironclad U.S. commitment", "peace and stability in the Taiwan Strait",
	"the rules-based international order", "defense industry cooperation",
	"the combined defense posture", "U.S. strategic assets",
};
static const char *tail[] = {
	"in Washington, D.C. on Nov. 3", "at the 54th SCM", "in line with U.N. resolutions",
	"for the 70th anniversary of the Alliance", "through the EDSCG",
	"by 2 p.m. local time", "as stated in No. 57", "with $1.5 billion in funding",
	"across the region", "i.e. without delay", "against all threats",
};
static const char *head[] = {
	"Introduction", "Key Outcomes", "Future Tasks", "Extended Deterrence",
	"Regional Cooperation", "Conclusion",
};

int
main(int argc, char *argv[])
{
	long long mb, want, out = 0;
	char buf[4096];
	int n, i, k, c, clause = 0;

	setargv0(argv[0]);
	while ((c = getopt(argc, argv, "s:")) != -1) {
		if (c == 's')
			rng += (uint64_t)estrtonum(optarg, 0, 1000000, "seed") * 0x100000001b3ULL;
		else
			eusage("gentext [-s seed] megabytes");
	}
	if (optind + 1 != argc)
		eusage("gentext [-s seed] megabytes");
	mb = estrtonum(argv[optind], 0, 100000, "megabytes");
	want = mb * 1000 * 1000;
	while (out < want) {
		if (rnd(12) == 0) {
			n = snprintf(buf, sizeof(buf), "%s\n\n", head[rnd(NELEM(head))]);
			out += n;
			fputs(buf, stdout);
		}
		k = 0;
		if (rnd(3) == 0)
			k = snprintf(buf, sizeof(buf), "%d. ", ++clause);
		for (i = 0, n = 1 + (int)rnd(5); i < n; i++)
			k += snprintf(buf + k, sizeof(buf) - (size_t)k, "%s %s %s %s. ",
			    subj[rnd(NELEM(subj))], verb[rnd(NELEM(verb))],
			    obj[rnd(NELEM(obj))], tail[rnd(NELEM(tail))]);
		buf[k - 1] = '\n';
		fwrite(buf, 1, (size_t)k, stdout);
		fputc('\n', stdout);
		out += k + 1;
	}
	return fshut(stdout, "<stdout>");
}
