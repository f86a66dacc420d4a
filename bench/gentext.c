/* gentext: write deterministic English prose in the style of alliance
   texts (headings, numbered clauses, paragraphs, abbreviations) for the
   benchmarks; with -k, Korean prose of the same shape (subject, place,
   object with its particle, final verb), to measure Korean against
   English of the same size.  usage: gentext [-k] [-s seed] megabytes */
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

/* Korean: the same kinds of words, particles attached as in real texts. */
static const char *kosubj[] = {
	"양국 국방장관은", "양측은", "두 장관은", "미 국방장관은", "한국 국방부장관은",
	"김 장군은", "한미동맹은", "서울과 워싱턴은", "SCM은", "이 박사는",
	"오스틴 장관은", "한미 양국은",
};
static const char *koverb[] = {
	"재확인했다", "강화하기로 약속했다", "주목했다", "환영했다", "규탄했다",
	"확대하기로 합의했다", "평가했다", "증진하기로 했다", "촉구했다",
	"지지했다", "강조했다", "검토하기로 결정했다",
};
static const char *koobj[] = {
	"확장억제 공약을", "연합연습과 훈련을", "북한의 핵·미사일 프로그램을",
	"인도·태평양 전략을", "일본과의 3자 안보협력을", "조건에 기초한 전작권 전환을",
	"한반도 비핵화를", "사이버·우주 협력을", "철통같은 미국의 공약을",
	"대만해협의 평화와 안정을", "규칙 기반 국제질서를", "방산 협력을",
	"연합방위태세를", "미 전략자산의 전개를",
};
static const char *kotail[] = {
	"워싱턴에서 11월 3일", "제54차 SCM에서", "유엔 안보리 결의에 따라",
	"동맹 70주년을 맞아", "EDSCG를 통해", "현지 시각 오후 2시까지",
	"2023. 11. 13. 서울에서", "15억 달러의 예산으로", "역내 전반에서",
	"지체 없이", "모든 위협에 맞서",
};
static const char *kohead[] = {
	"서론", "주요 성과", "향후 과제", "확장억제", "지역 협력", "결론",
};

int
main(int argc, char *argv[])
{
	long long mb, want, out = 0;
	char buf[4096];
	int n, i, k, c, clause = 0, ko = 0;

	setargv0(argv[0]);
	while ((c = getopt(argc, argv, "ks:")) != -1) {
		if (c == 'k')
			ko = 1;
		else if (c == 's')
			rng += (uint64_t)estrtonum(optarg, 0, 1000000, "seed") * 0x100000001b3ULL;
		else
			eusage("gentext [-k] [-s seed] megabytes");
	}
	if (optind + 1 != argc)
		eusage("gentext [-k] [-s seed] megabytes");
	mb = estrtonum(argv[optind], 0, 100000, "megabytes");
	want = mb * 1000 * 1000;
	while (out < want) {
		if (rnd(12) == 0) {
			n = snprintf(buf, sizeof(buf), "%s\n\n", ko ?
			    kohead[rnd(NELEM(kohead))] : head[rnd(NELEM(head))]);
			out += n;
			fputs(buf, stdout);
		}
		k = 0;
		if (rnd(3) == 0)
			k = snprintf(buf, sizeof(buf), "%d. ", ++clause);
		for (i = 0, n = 1 + (int)rnd(5); i < n && ko; i++)
			k += snprintf(buf + k, sizeof(buf) - (size_t)k, "%s %s %s %s. ",
			    kosubj[rnd(NELEM(kosubj))], kotail[rnd(NELEM(kotail))],
			    koobj[rnd(NELEM(koobj))], koverb[rnd(NELEM(koverb))]);
		for (i = 0, n = 1 + (int)rnd(5); i < n && !ko; i++)
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
