/* genlex: write a deterministic lexicon of n multi-word phrases in the
   format of scm-tag(1) (bench:pK<TAB>phrase), for the benchmarks; the
   first few are phrases of the generated prose, the rest combine its
   words with made-up ones.  usage: genlex n */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

static uint64_t rng = 0x2545F4914F6CDD1DULL;

static uint32_t
rnd(uint32_t n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)((rng >> 11) % n);
}

static const char *real[] = {
	"extended deterrence", "combined exercises", "Korean Peninsula",
	"Taiwan Strait", "strategic assets", "defense industry",
	"OPCON transition", "rules-based international order",
	"missile programs", "space cooperation",
};
static const char *word[] = {
	"the", "alliance", "defense", "security", "cooperation", "nuclear",
	"missile", "combined", "strategic", "regional", "peace", "stability",
	"commitment", "minister", "secretary", "exercises", "training", "posture",
	"deterrence", "order", "review", "threats", "region", "funding", "local",
	"time", "delay", "Washington", "Seoul", "Japan", "capability",
	"capabilities", "joint", "forces", "command", "military", "readiness",
	"response", "provocation", "provocations", "launch", "launches",
	"ballistic", "intercontinental", "submarine", "artillery", "border",
	"maritime", "naval", "air", "ground", "cyber", "space", "satellite",
	"intelligence", "information", "sharing", "consultation", "consultative",
	"meeting", "summit", "leaders", "ministers", "officials", "government",
	"policy", "policies", "diplomatic", "dialogue", "sanctions", "pressure",
	"economic", "supply", "chain", "semiconductor", "technology", "industry",
	"industrial", "procurement", "acquisition", "budget", "cost", "burden",
	"sharing", "transition", "control", "operational", "wartime",
	"conditions", "plan", "planning", "strategy", "vision", "values",
	"democracy", "freedom", "human", "rights", "law", "rule", "international",
	"community", "partners", "partnership", "trilateral", "bilateral",
	"multilateral", "framework", "initiative", "agreement", "treaty",
	"mutual", "declaration", "statement", "communique", "clause", "annual",
	"anniversary", "historic", "development", "developments", "progress",
	"implementation", "coordination", "integrated", "extended", "umbrella",
	"assets", "deployment", "rotational", "presence", "troops", "personnel",
	"families", "base", "bases", "relocation", "environment", "climate",
	"health", "pandemic", "energy", "critical", "minerals", "export",
	"controls", "investment", "trade", "market", "global", "comprehensive",
	"future", "oriented", "shared", "common", "interests", "concerns",
};

int
main(int argc, char *argv[])
{
	long long n, i;
	int k, w, rare = 0;

	setargv0(argv[0]);
	if (argc == 3 && strcmp(argv[1], "-r") == 0) {
		rare = 1;
		argc--;
		argv++;
	}
	if (argc != 2)
		eusage("genlex [-r] n");
	n = estrtonum(argv[1], 1, 10000000, "n");
	for (i = 0; i < n; i++) {
		printf("bench:p%lld\t", i);
		if (!rare && i < (long long)NELEM(real)) {
			printf("%s\n", real[i]);
			continue;
		}
		w = 2 + (int)rnd(3);
		for (k = 0; k < w; k++) {
			if (k > 0)
				putchar(' ');
			if (rare && rnd(3) != 0)
				printf("w%uq%u", rnd(100000), rnd(1000));
			else
				fputs(word[rnd(NELEM(word))], stdout);
		}
		putchar('\n');
	}
	return fshut(stdout, "<stdout>");
}
