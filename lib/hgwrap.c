/* hgwrap.c: Korean words broken at a line end of a page copy.  Korean
   print breaks a line between any two syllables ("대한" / "민국",
   "안정" / "을 위한"), so a line end inside a word is no space; a line
   end between words is one.  Told apart only with evidence. */
#include <string.h>

#include "scm.h"

enum { SEENMAX = 1 << 16 };	/* words kept as evidence */

/* The length of the run of Hangul syllables that starts s[0..n). */
static size_t
hgrun(const char *s, size_t n)
{
	size_t k = 0;

	while (k + 3 <= n && hgsyl(s + k, n - k))
		k += 3;
	return k;
}

/* The same for the run that ends s[0..n). */
static size_t
hgrunback(const char *s, size_t n)
{
	size_t k = 0;

	while (k + 3 <= n && hgsyl(s + n - k - 3, 3))
		k += 3;
	return k;
}

/* Note the Korean words of t (runs of two syllables or more, as they
   stand and without their particles) as spellings seen in the text;
   a word seen again costs a lookup. */
void
hgseenadd(Hash *seen, Str t)
{
	size_t i = 0, k, s;
	Entry *e;

	while (i < t.n && seen->len < SEENMAX) {
		if ((unsigned char)t.p[i] < 0xEA || (k = hgrun(t.p + i, t.n - i)) == 0) {
			i++;
			continue;
		}
		if (k >= 6 && (e = hashput(seen, (Str){ t.p + i, k }))->ival == 0) {
			e->ival = 1;
			if ((s = hgstrip(t.p + i, k)) >= 6 && s < k)
				hashput(seen, (Str){ t.p + i, s })->ival = 1;
		}
		i += k;
	}
}

/*
 * Note the words of a page's lines read ahead (text, lines ending in
 * '\n') as evidence: a word cut at one line's end is often whole in a
 * later line ("한반" / "도와" above "한반도 평화와").  A line's first and
 * last words are left out (they may be the pieces), and the alliance's
 * names that a page cuts and may not spell whole again are taken as
 * seen (한미일, 미국).
 */
void
hgseenpage(Hash *seen, Str text)
{
	static const char *const names[] = {
		"한미일", "미국", "북한", "한반도", "대한민국", "미합중국",
		"주한미군",
	};
	Str line;
	size_t i, b, e;

	for (i = 0; i < NELEM(names); i++)
		hashput(seen, (Str){ (char *)names[i], strlen(names[i]) })->ival = 1;
	while (text.n > 0) {
		line = strtrim(strcut(&text, '\n'));
		for (b = 0; b < line.n && line.p[b] != ' '; b++)
			;
		for (e = line.n; e > b && line.p[e - 1] != ' '; e--)
			;
		if (e > b)
			hgseenadd(seen, (Str){ line.p + b, e - b });
	}
}

/* Particles that open a line only when a word was broken before them,
   never a word alone (이, 가, 도 and 만 are: this, a label, ...; 가을
   is 가 + 을 and a word):
   을 를 은 는 의 에 에서 에게 와 과 으로 로 으로서 로서 으로써 로써 까지 부터 에는
   에도 에서는 에서도 에서의 와의 과의 으로의 로의 이다 였다 이었다 이며 이고 이라는 라는
   이라고 라고 으로부터 로부터 께서 께서는 처럼 마다 조차 들은 들이 들을 들의 들과 들에게
   들도 */
static const char *const lonetail[] = {
	"\xec\x9d\x84", "\xeb\xa5\xbc", "\xec\x9d\x80", "\xeb\x8a\x94",
	"\xec\x9d\x98", "\xec\x97\x90", "\xec\x97\x90\xec\x84\x9c",
	"\xec\x97\x90\xea\xb2\x8c", "\xec\x99\x80", "\xea\xb3\xbc",
	"\xec\x9c\xbc\xeb\xa1\x9c", "\xeb\xa1\x9c",
	"\xec\x9c\xbc\xeb\xa1\x9c\xec\x84\x9c", "\xeb\xa1\x9c\xec\x84\x9c",
	"\xec\x9c\xbc\xeb\xa1\x9c\xec\x8d\xa8", "\xeb\xa1\x9c\xec\x8d\xa8",
	"\xea\xb9\x8c\xec\xa7\x80", "\xeb\xb6\x80\xed\x84\xb0",
	"\xec\x97\x90\xeb\x8a\x94", "\xec\x97\x90\xeb\x8f\x84",
	"\xec\x97\x90\xec\x84\x9c\xeb\x8a\x94",
	"\xec\x97\x90\xec\x84\x9c\xeb\x8f\x84",
	"\xec\x97\x90\xec\x84\x9c\xec\x9d\x98", "\xec\x99\x80\xec\x9d\x98",
	"\xea\xb3\xbc\xec\x9d\x98", "\xec\x9c\xbc\xeb\xa1\x9c\xec\x9d\x98",
	"\xeb\xa1\x9c\xec\x9d\x98", "\xec\x9d\xb4\xeb\x8b\xa4",
	"\xec\x98\x80\xeb\x8b\xa4", "\xec\x9d\xb4\xec\x97\x88\xeb\x8b\xa4",
	"\xec\x9d\xb4\xeb\xa9\xb0", "\xec\x9d\xb4\xea\xb3\xa0",
	"\xec\x9d\xb4\xeb\x9d\xbc\xeb\x8a\x94", "\xeb\x9d\xbc\xeb\x8a\x94",
	"\xec\x9d\xb4\xeb\x9d\xbc\xea\xb3\xa0", "\xeb\x9d\xbc\xea\xb3\xa0",
	"\xec\x9c\xbc\xeb\xa1\x9c\xeb\xb6\x80\xed\x84\xb0",
	"\xeb\xa1\x9c\xeb\xb6\x80\xed\x84\xb0", "\xea\xbb\x98\xec\x84\x9c",
	"\xea\xbb\x98\xec\x84\x9c\xeb\x8a\x94", "\xec\xb2\x98\xeb\x9f\xbc",
	"\xeb\xa7\x88\xeb\x8b\xa4", "\xec\xa1\xb0\xec\xb0\xa8",
	"\xeb\x93\xa4\xec\x9d\x80", "\xeb\x93\xa4\xec\x9d\xb4",
	"\xeb\x93\xa4\xec\x9d\x84", "\xeb\x93\xa4\xec\x9d\x98",
	"\xeb\x93\xa4\xea\xb3\xbc", "\xeb\x93\xa4\xec\x97\x90\xea\xb2\x8c",
	"\xeb\x93\xa4\xeb\x8f\x84",
};

/* Does right open with one of list[0..n), whole up to a space or a
   mark (not 을지, 는데)? */
static int
opens(Str right, const char *const *list, size_t n, int whole)
{
	size_t i, k;

	for (i = 0; i < n; i++) {
		k = strlen(list[i]);
		if (right.n >= k && memcmp(right.p, list[i], k) == 0 &&
		    (!whole || k == right.n || (unsigned char)right.p[k] < 0x80))
			return 1;
	}
	return 0;
}

/* Does s open with one of the syllables l[0..n)? */
static int
inlist3(const char *s, const char *const *l, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (memcmp(s, l[i], 3) == 0)
			return 1;
	return 0;
}

/*
 * Evidence enough on its own that the line broke a word, the word lw
 * before the break and the line right after it:
 * - right opens with a particle alone that is never a word (을 를 는 에
 *   의): "... 귀결될 것임" / "을 재강조하였다";
 * - lw is a verb's stem in 하 (not a noun in 하: 이하, 산하, 인하 ...)
 *   and right goes on with its ending: "합의하" / "지 않았다", "강화하" /
 *   "기로 했다".
 * A noun before a form of 하다 ("참석" / "하였다") is told only by the
 * text's words (an adverb may stand there: "먼저" / "하였다").
 */
static int
hgverbtail(Str lw, Str right)
{
	static const char *const lone[] = { "을", "를", "는", "에", "의" };
	static const char *const whole[] = {
		"이하", "산하", "지하", "휘하", "영하", "예하", "슬하", "전하",
		"폐하", "상하", "각하", "천하", "문하", "여하", "저하", "인하",
		"투하", "관하", "하하", "낙하", "직하", "강하", "격하", "급하",
	};
	static const char *const ending[] = {
		"지 ", "지만 ", "지는 ", "여 ", "였", "고 ", "는 ", "기로 ",
		"기 ", "기위해", "며 ", "게 ", "겠", "도록", "면 ", "면서",
		"자 ", "더라도", "여서",
	};
	size_t i;

	if (opens(right, lone, NELEM(lone), 1))
		return 1;
	if (lw.n >= 6 && memcmp(lw.p + lw.n - 3, "하", 3) == 0) {
		for (i = 0; i < NELEM(whole); i++)
			if (memcmp(lw.p + lw.n - 6, whole[i], 6) == 0)
				return 0;	/* (기준금리 인하 / 여야, 저하 / 지도부) */
		return opens(right, ending, NELEM(ending), 0);
	}
	return 0;
}

/* Does the block left hold a list's label 나. or 나) (after a space,
   a bracket or at its start, a space after it), in its last 4 KB? */
static int
hglist(Str left)
{
	size_t i = left.n > 4096 ? left.n - 4096 : 0;

	for (; i + 5 <= left.n; i++)
		if (memcmp(left.p + i, "나", 3) == 0 &&
		    (left.p[i + 3] == '.' || left.p[i + 3] == ')') &&
		    (i + 4 == left.n || left.p[i + 4] == ' ') &&
		    (i == 0 || left.p[i - 1] == ' ' || left.p[i - 1] == '('))
			return 1;
	return 0;
}

/*
 * Evidence in the pieces themselves, whatever the text: right opens
 * with what is never a word of its own, or lw ends in what never ends
 * one.
 * - right's first syllable is a tense or mood (었 였 았 겠 셨), which
 *   only follows a stem: "개최되" / "었다.", "하" / "였다";
 * - right's first word is 다 or 요 and a mark: "한" / "다.", "있어" /
 *   "요." (다 alone, "all", is followed by a space); not a label that
 *   goes on (a space after the mark): 다. or 다) in a list that had its
 *   나. or 나) ("나. 전작권 전환" / "다. 주한미군"), 요. after a word
 *   that is no verb's 어 아 여 해 ("주요 결과" / "요. 확장억제");
 * - lw ends in a passive stem 되 (개최되, 평가되; not the ending 되
 *   after 하, 주, 보: "허용하되" / "제한한다") and right goes on with
 *   its ending alone ("발표되" / "지 않았다"; the ending 되 before a
 *   word: "따르되" / "자율적으로"), or lw ends in 으, which ends no
 *   word (으 / 로);
 * - a two-syllable particle cut in two, the second half alone: "2027년까"
 *   / "지", "국방부부" / "터", "평소처" / "럼"; 으로써 after its 으로:
 *   "활용함으로" / "써"; 통해 after 을 or 를: "증강을 통" / "해".
 * A noun before a form of 하다 is no such evidence ("먼저" / "했다").
 */
static int
hgnotword(Str left, Str lw, Str right, size_t r)
{
	static const char *const tense[] = { "었", "였", "았", "겠", "셨" };
	static const char *const final[] = { "다", "요" };
	static const char *const endsin[] = { "하", "주", "보" };
	static const char *const stemend[] = {
		"어", "어야", "어서", "어도", "지", "지만", "지는", "지도",
		"는", "는지", "고", "기", "기로", "기를", "기도", "며", "면",
		"면서", "게", "던", "도록",
	};
	static const char *const haeyo[] = { "어", "아", "여", "해" };
	static const char *const pair[][2] = {
		{ "까", "지" }, { "부", "터" }, { "처", "럼" },
	};
	const char *end = lw.p + lw.n - 3;
	size_t i;

	if (inlist3(right.p, tense, NELEM(tense)))
		return 1;
	if (r == 3 && (r == right.n || right.p[r] != ' ') &&
	    inlist3(right.p, final, NELEM(final))) {
		if (r + 1 >= right.n || right.p[r + 1] != ' ' ||
		    (right.p[r] != '.' && right.p[r] != ')'))
			return 1;	/* 다., 다.”, 요, */
		return memcmp(right.p, "다", 3) == 0 ? !hglist(left) :
		    inlist3(end, haeyo, NELEM(haeyo));	/* a label's shape */
	}
	if (lw.n >= 6 && ((memcmp(end, "되", 3) == 0 &&
	    !inlist3(end - 3, endsin, NELEM(endsin)) &&
	    opens(right, stemend, NELEM(stemend), 1)) ||
	    memcmp(end, "으", 3) == 0))
		return 1;
	/* 을 통해, 를 통해 cut after 통: "전력증강을 통" / "해 독자적인" */
	if (lw.n == 3 && left.n >= 7 && memcmp(end, "통", 3) == 0 &&
	    left.p[left.n - 4] == ' ' && (memcmp(end - 4, "을", 3) == 0 ||
	    memcmp(end - 4, "를", 3) == 0) && right.n > 3 &&
	    memcmp(right.p, "해", 3) == 0 && right.p[3] == ' ')
		return 1;
	/* 으로써 cut after 으로: "활용함으로" / "써 관리하고" */
	if (lw.n >= 9 && r == 3 && memcmp(end - 3, "으로", 6) == 0 &&
	    memcmp(right.p, "써", 3) == 0)
		return 1;
	if (lw.n >= 6 && r == 3)
		for (i = 0; i < NELEM(pair); i++)
			if (memcmp(end, pair[i][0], 3) == 0 &&
			    memcmp(right.p, pair[i][1], 3) == 0)
				return 1;
	return 0;
}

/*
 * left (the block so far) ends in a Hangul syllable, right (the next
 * line) starts with one: was a word broken there?  Yes when the word
 * before the break has no particle of its own and the line goes on
 * with particles alone ("안정" / "을 위한", "북한" / "의 핵"), not a
 * verb's ending (한다 may follow 해야 as a word); or when the word joined
 * across the break, its particles aside, is a word seen in the text
 * (seen), in the block or in the line ("대한" / "민국의" after
 * 대한민국).
 */
int
hgunwrap(const Hash *seen, Str left, Str right)
{
	char w[193];
	size_t l, r, e, i, k;
	Str lw;

	l = hgrunback(left.p, left.n);
	r = hgrun(right.p, right.n);
	if (l == 0 || r == 0)
		return 0;
	if (hgopenend(left.p, left.n))
		return 1;	/* 개최하였 / 다. */
	lw = (Str){ left.p + left.n - l, l };
	if (hgverbtail(lw, right))
		return 1;	/* 것임 / 을, 합의하 / 지 않았다, 참석 / 하였다 */
	if (hgnotword(left, lw, right, r))
		return 1;	/* 개최되 / 었다, 한 / 다., 2027년까 / 지 */
	for (e = r; e < right.n && right.p[e] != ' '; e++)
		;
	/* the next line opens with particles alone, a word of no letters
	   after them: 을, 의), 에서, */
	if (hgstrip(lw.p, lw.n) == lw.n) {
		for (k = r; k < e && !ISALPHA(right.p[k]) && !ISDIGIT(right.p[k]) &&
		    (unsigned char)right.p[k] < 0x80; k++)
			;
		if (k == e)
			for (i = 0; i < NELEM(lonetail); i++)
				if (strlen(lonetail[i]) == r &&
				    memcmp(right.p, lonetail[i], r) == 0)
					return 1;
	}
	if (l + r >= sizeof(w))
		return 0;
	memcpy(w, lw.p, l);
	memcpy(w + l, right.p, r);
	if ((k = hgstrip(w, l + r)) <= l)
		return 0;	/* the joined stem must take in the break */
	if (hashget((Hash *)seen, (Str){ w, k }) != NULL)
		return 1;
	/* the block's last 4 KB: a long block costs no more */
	i = left.n - l > 4096 ? left.n - l - 4096 : 0;
	w[k] = '\0';
	return strhas((Str){ left.p + i, left.n - l - i }, w) ||
	    strhas((Str){ right.p + r, right.n - r }, w);
}

/* Syllables that end an eojeol of two or more: a verb's or a clause's
   ending (다 고 며 서 면 게 여 록), one before a noun (인 한 된 할 될 던 운:
   지속적인, 기반한). */
static const char *const wordend[] = {
	"\xeb\x8b\xa4", "\xea\xb3\xa0", "\xeb\xa9\xb0", "\xec\x84\x9c",
	"\xeb\xa9\xb4", "\xea\xb2\x8c", "\xec\x97\xac", "\xeb\xa1\x9d",
	"\xec\x9d\xb8", "\xed\x95\x9c", "\xeb\x90\x9c", "\xed\x95\xa0",
	"\xeb\x90\xa0", "\xeb\x8d\x98", "\xec\x9a\xb4",
};
/* Words of one syllable that stand alone (및 등 수 것 때 중 각 양 총 전 그
   또 더 잘 못 안 이 제 현). */
static const char *const oneword[] = {
	"\xeb\xb0\x8f", "\xeb\x93\xb1", "\xec\x88\x98", "\xea\xb2\x83",
	"\xeb\x95\x8c", "\xec\xa4\x91", "\xea\xb0\x81", "\xec\x96\x91",
	"\xec\xb4\x9d", "\xec\xa0\x84", "\xea\xb7\xb8", "\xeb\x98\x90",
	"\xeb\x8d\x94", "\xec\x9e\x98", "\xeb\xaa\xbb", "\xec\x95\x88",
	"\xec\x9d\xb4", "\xec\xa0\x9c", "\xed\x98\x84",
};

/* The case particles that end an eojeol (은 는 이 가 을 를 의 에 와 과 로
   도 만). */
static const char *const casep[] = {
	"\xec\x9d\x80", "\xeb\x8a\x94", "\xec\x9d\xb4", "\xea\xb0\x80",
	"\xec\x9d\x84", "\xeb\xa5\xbc", "\xec\x9d\x98", "\xec\x97\x90",
	"\xec\x99\x80", "\xea\xb3\xbc", "\xeb\xa1\x9c", "\xeb\x8f\x84",
	"\xeb\xa7\x8c",
};
/* Words of one syllable that are never a particle (및 등 수 것 때 중). */
static const char *const nonpart[] = {
	"\xeb\xb0\x8f", "\xeb\x93\xb1", "\xec\x88\x98", "\xea\xb2\x83",
	"\xeb\x95\x8c", "\xec\xa4\x91",
};

/* The verbs used as postpositions, before their 해 (위해 대해 통해 인해
   의해 관해): never a noun's syllables (피해, 이해, 올해 are).  The
   word is those two syllables alone (합의해, 확인해 are verbs that go
   on: 합의해 / 야), and what goes on after them stays (위해 / 서). */
static const char *const verbpost[] = {
	"위", "대", "통", "인", "의", "관",
};
static const char *const postgoes[] = {
	"야", "지", "서", "도", "서는", "서도", "서만", "야만", "지는", "지만",
};

/* Particles of two syllables that end a word (2027년까지, 국방부에서),
   but where a particle alone goes on after them (까지 / 는, 으로 / 서):
   까지 부터 에서 으로 처럼 마다; 는 도 의 만 은 서 써 부터 서는 써는. */
static const char *const partend[] = {
	"까지", "부터", "에서", "으로", "처럼", "마다",
};
static const char *const partgoes[] = {
	"는", "도", "의", "만", "은", "서", "써", "부터", "서는", "써는",
};
/* What opens a word after a verb's 지: 않 못 말 (요구하지 / 않았다). */
static const char *const negverb[] = { "않", "못", "말" };

/* Counters after a number, a word's end (3개 공동위, 7명 대표단): 개 명
   곳 건 회 척 발 종 배 쪽 국; and what goes on after one as the same
   word or its particle (3개월, 3개국, 7명의, 3곳에서). */
static const char *const counter[] = {
	"개", "명", "곳", "건", "회", "척", "발", "종", "배", "쪽", "국",
};
static const char *const ctgoes[] = {
	"월", "국", "년", "씩", "의", "에", "을", "를", "이", "가", "은", "는",
	"와", "과", "로", "으", "도", "만", "째", "당",
};

/* A counter's second syllable, going on as its word only alone or
   before a particle (10개항의, 3개소를, 3종류의, 제3회차 회의, 2쪽짜리;
   not 2척 / 항공모함, 7명 / 소속, 3개 / 분과위원회): 항 소 류 차 짜. */
static const char *const ctmore[] = { "항", "소", "류", "차", "짜" };
static const char *const ctpart[] = {
	"의", "에", "을", "를", "이", "가", "은", "는", "와", "과", "로", "도",
	"만", "씩", "리",
};

static int
inlist(const char *s, const char *const *l, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (memcmp(s, l[i], 3) == 0)
			return 1;
	return 0;
}

int
hgwordbreak(const Hash *seen, Str left, Str right)
{
	char w[193];
	size_t b, e, l, r;

	for (b = left.n; b > 0 && left.p[b - 1] != ' '; b--)
		;	/* the last eojeol of left */
	for (e = 0; e < right.n && right.p[e] != ' '; e++)
		;	/* the first of right */
	if (e == 3 && inlist(right.p, nonpart, NELEM(nonpart)))
		return 1;	/* 국방 / 및 외교 */
	if (e == 4 && memcmp(right.p, "다", 3) == 0 &&
	    (right.p[3] == '.' || right.p[3] == ')') && hglist(left))
		return 1;	/* 나. 전작권 전환 / 다. 주한미군 */
	if (left.n - b >= 4 && ISDIGIT(left.p[left.n - 4]) &&
	    inlist(left.p + left.n - 3, counter, NELEM(counter)) &&
	    !(e >= 3 && inlist(right.p, ctgoes, NELEM(ctgoes))) &&
	    !(e >= 3 && inlist(right.p, ctmore, NELEM(ctmore)) && (e == 3 ||
	    (e >= 6 && inlist(right.p + 3, ctpart, NELEM(ctpart))))))
		return 1;	/* 3개 / 공동위와, 7명 / 참석 (not 3개 / 월) */
	if (left.n - b == 3)	/* one syllable: a word alone, or a piece */
		return inlist(left.p + b, oneword, NELEM(oneword));
	if (left.n - b == 6 && memcmp(left.p + left.n - 3, "해", 3) == 0 &&
	    inlist(left.p + left.n - 6, verbpost, NELEM(verbpost)) &&
	    !opens(right, postgoes, NELEM(postgoes), 1))
		return 1;	/* 위해 / 긴밀히, 대해 / 논의 */
	if (left.n - b > 6 && hgrunback(left.p, left.n) >= 6 &&
	    opens((Str){ left.p + left.n - 6, 6 }, partend, NELEM(partend), 1) &&
	    !opens(right, partgoes, NELEM(partgoes), 1))
		return 1;	/* 2027년까지 / 관련, 서울에서 / 개최 */
	if (left.n - b >= 6 && memcmp(left.p + left.n - 3, "지", 3) == 0 &&
	    e >= 3 && inlist(right.p, negverb, NELEM(negverb)))
		return 1;	/* 요구하지 / 않았다 */
	if ((hgnoun(left.p + b, left.n - b) &&
	    inlist(left.p + left.n - 3, casep, NELEM(casep))) ||
	    inlist(left.p + left.n - 3, wordend, NELEM(wordend)))
		return 1;	/* 북한의, (SCM)가, 하였다; not 우발상 / 황 */
	/* two words the text has, and not joined: 여건 / 보장을 */
	l = hgrunback(left.p, left.n);
	r = hgrun(right.p, e);
	r = r > 0 ? hgstrip(right.p, r) : 0;
	if (l < 6 || r < 6 || l + r >= sizeof(w) ||
	    hashget((Hash *)seen, (Str){ (char *)left.p + left.n - l, l }) == NULL ||
	    hashget((Hash *)seen, (Str){ (char *)right.p, r }) == NULL)
		return 0;
	memcpy(w, left.p + left.n - l, l);
	memcpy(w + l, right.p, r);
	return hashget((Hash *)seen, (Str){ w, l + r }) == NULL;
}
