/* hangul.c: Korean text: syllables, particles after nouns, sentence ends,
   clause and item labels (가. 제1조), periods in dates; page furniture is
   in hgchrome.c. */
#include <string.h>

#include "scm.h"

/*
 * Korean writes a noun and its particles (josa) as one space-separated
 * word, an eojeol: 확장억제를, 북한의, 국방장관들은.  The matcher and the
 * word counter strip them with the list below; a tail is any sequence
 * of list entries (들 + 은, 에서 + 의 + ...).
 */

/* Particles and copula endings that follow a noun; a tail is tried
   against every entry, so their order does not matter. */
static const char *particles[] = {
	"은", "는", "이", "가", "을", "를", "의", "에", "에서", "와", "과",
	"로", "으로", "도", "만", "까지", "부터", "에게", "께서", "께",
	"한테", "에게서", "로서", "으로서", "로써", "으로써", "로부터",
	"으로부터", "보다", "처럼", "마다", "조차", "마저", "밖에", "뿐",
	"이나", "이든", "이란", "란", "이라는", "라는", "이라고",
	"라고", "이다", "였다", "이었다", "이며", "이고",
	"인", "임", "입니다", "이지만", "지만", "으로의", "로의", "에의",
	"에는", "에도", "에서는", "에서도", "와의", "과의", "들", "간",
	"께서는", "과도", "와도", "이라며", "라며", "이자",
	"에서의", "만큼", "대로", "상", "야말로", "이야말로", "이에요",
	"예요", "에선",
};

/* Verb endings after a 하다-noun (공약하였다, 합의했으며): the first
   syllable; what follows it is not checked. */
static const char *hada[] = { "하", "한", "할", "함", "했", "해", "합", "됐", "된", "되", "될", "됨" };

/* Sino-Korean nouns whose last syllable looks like a particle (국가,
   회의, 한반도): the particle is part of the noun. */
static const char *keep[] = {
	"국가", "평가", "증가", "추가", "참가", "대가", "전문가", "정치가",
	"주의", "회의", "협의", "합의", "논의", "건의",
	"심의", "의의", "차이", "사이", "나이", "제도", "정도", "태도",
	"한도", "속도", "의도", "시도", "주도", "지도", "반도", "인도", "강도",
	"결과", "효과", "성과", "통과", "부과", "사과", "경로", "도로", "진로", "항로",
	"공로", "기간", "공간", "민간", "시간", "중간", "연간", "월간", "주간",
	"기자", "국가들", "기도", "분야", "안보", "자", "미나", "이고",
	"원자로", "경수로",
};

/* The same, as whole words only (안보도 is 안보 + 도, 억제의 억제 + 의). */
static const char *keepword[] = {
	"대만", "보도", "미만", "이상", "이하", "고도", "구도", "제의",
	"통로", "해로", "수로", "각도", "용도", "연도", "적도", "김정은",
	"연평도", "백령도", "이어도", "제주도", "울릉도", "강화도", "하지만",
	"조만간",
	/* as suffixes they would keep 공동의, 행동의, 안정의, 협정의,
	   규모의, 대결의 whole */
	"동의", "정의", "모의", "결의",
};

/* Korean stop words for scm-count: particles said alone, pronouns,
   bound nouns and the commonest function words. */
static const char *stop[] = {
	"것", "등", "및", "수", "이", "그", "저", "또", "또한", "더", "위해",
	"위한", "대해", "대한", "통해", "통한", "대해서", "의한", "의해",
	"관한", "관해", "있다", "있는", "했다",
	"하는", "하고", "하며", "한다", "이번", "이날", "밝혔다", "말했다",
	"따라", "따른", "관련", "그리고", "하지만", "그러나", "또는", "때",
	"중", "때문", "간", "바", "데", "측", "것으로", "있도록",
	"양", "하였다", "하였으며", "하였고", "하였음", "하기", "하기로",
	"나가기", "나가기로", "하여", "위하여", "않을", "않고", "않는",
	"않았다", "있음", "함", "있으며", "있을", "있었다", "된다", "되는",
	"되었다", "했으며", "해야", "있게",
	/* the quotative ending left alone after a closing quote (…한다"고
	   강조했다, …"며, …"면서) and 게 (= 것이: 촉구한 게 눈에 띈다) */
	"고", "며", "면서", "라면서", "이라면서", "냐고", "자고", "게",
};

static int
isprefix(const char *s, size_t n, const char *lit, size_t *len)
{
	*len = strlen(lit);
	return *len <= n && memcmp(s, lit, *len) == 0;
}

/* Is the character at s[0..n) a Hangul syllable? */
int
hgsyl(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	long c;

	if (n < 3 || s[0] < 0xEA || s[0] > 0xED || (s[1] & 0xC0) != 0x80 ||
	    (s[2] & 0xC0) != 0x80)
		return 0;
	c = (long)(s[0] & 0x0F) << 12 | (long)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
	return c >= 0xAC00 && c <= 0xD7A3;
}

/* Does s[0..n) end in a Hangul syllable? */
int
hgends(const char *s, size_t n)
{
	return n >= 3 && hgsyl(s + n - 3, 3);
}

/* Does s[0..n) end in a syllable whose final consonant is ssang-siot
   (했 였 었 았 겠 있): a verb's tense or mood, never the end of
   a word ("개최하였" / "다.": one word broken by the line)? */
int
hgopenend(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s + n - 3;
	long c;

	if (!hgends(s, n))
		return 0;
	c = (long)(p[0] & 0x0F) << 12 | (long)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
	return (c - 0xAC00) % 28 == 20;
}

/* Does t hold a Hangul syllable? */
int
hashangul(Str t)
{
	size_t i;

	/* most text is ASCII: no Hangul; else a lead byte of a syllable
	   (EA-ED), decoded only there */
	for (i = asciirun(t); i + 2 < t.n; i++)
		if ((unsigned char)t.p[i] >= 0xEA && (unsigned char)t.p[i] <= 0xED &&
		    hgsyl(t.p + i, t.n - i))
			return 1;
	return 0;
}

#define SYLKEY(p) ((uint32_t)(unsigned char)(p)[0] << 16 | \
	(uint32_t)(unsigned char)(p)[1] << 8 | (unsigned char)(p)[2])
/* Bitmaps of the first and last syllables of particles, by the low
   12 bits of the code point and its lead byte (EA..ED). */
#define SYLBIT(p) (((unsigned)(unsigned char)(p)[0] & 3) << 12 | \
	((unsigned)(unsigned char)(p)[1] & 0x3F) << 6 | ((unsigned char)(p)[2] & 0x3F))
#define SETSYL(m, p) ((m)[SYLBIT(p) / 64] |= 1ULL << (SYLBIT(p) % 64))
#define GETSYL(m, p) ((m)[SYLBIT(p) / 64] >> (SYLBIT(p) % 64) & 1)
static uint64_t pfirst[16384 / 64], plast[16384 / 64];
static size_t plen[NELEM(particles)];
static uint32_t pkey[NELEM(particles)];	/* the first syllable's bytes */

static void
initparticles(void)
{
	size_t i;

	if (plen[0] != 0)
		return;
	for (i = 0; i < NELEM(particles); i++) {
		plen[i] = strlen(particles[i]);
		pkey[i] = SYLKEY(particles[i]);
		SETSYL(pfirst, particles[i]);
		SETSYL(plast, particles[i] + plen[i] - 3);
	}
}

/* Is s[0..n) a sequence of particles (depth-limited)? */
static int
tail(const char *s, size_t n, int depth)
{
	size_t i;
	uint32_t key;

	if (n == 0)
		return 1;
	if (depth > 4 || n < 3)
		return 0;
	if (!GETSYL(pfirst, s))
		return 0;
	key = SYLKEY(s);
	for (i = 0; i < NELEM(particles); i++)
		if (pkey[i] == key && plen[i] <= n &&
		    memcmp(s, particles[i], plen[i]) == 0 &&
		    tail(s + plen[i], n - plen[i], depth + 1))
			return 1;
	return 0;
}

int
hgtail(const char *s, size_t n, size_t stemlen)
{
	size_t i, len;

	if (n == 0)
		return 1;
	if (!hgsyl(s, n))
		return 0;
	initparticles();
	if (tail(s, n, 0))
		return 1;
	if (stemlen < 6)
		return 0;	/* 북 + 한: one-syllable stems take no verb */
	for (i = 0; i < NELEM(hada); i++)
		if (isprefix(s, n, hada[i], &len))
			return 1;
	return 0;
}

/* Does the word w end in one of the keep nouns, cut after k bytes? */
static int
kept(const char *w, size_t n, size_t k)
{
	static size_t klen[NELEM(keep)];
	static uint32_t klast[NELEM(keep)];	/* the last syllable's bytes */
	size_t i, len;
	uint32_t key;

	if (klen[0] == 0)
		for (i = 0; i < NELEM(keep); i++) {
			klen[i] = strlen(keep[i]);
			klast[i] = SYLKEY(keep[i] + klen[i] - 3);
		}
	if (k + 3 > n)
		return 0;
	for (i = 0; i < NELEM(keepword); i++)
		if (strlen(keepword[i]) == k + 3 && memcmp(w, keepword[i], k + 3) == 0)
			return 1;
	key = SYLKEY(w + k);
	for (i = 0; i < NELEM(keep); i++) {
		len = klen[i];
		if (klast[i] == key && k + 3 >= len &&
		    memcmp(w + k - (len - 3), keep[i], len) == 0)
			return 1;
	}
	return 0;
}

/* Nouns of one syllable that take particles (북은, 군의, 핵을, 그는):
   the word counter strips a particle from a one-syllable stem only if it
   is one of them (독도, 경과, 가을, 높이 stay whole). */
static const char *onesyl[] = {
	"북", "남", "한", "미", "일", "중", "러", "군", "핵", "적", "나", "너",
	"그", "저", "이", "각", "양", "전", "후", "내", "외", "위", "안", "법",
	"돈", "힘", "땅", "말", "날", "때", "곳", "것", "수", "등", "측", "표",
	"배", "선", "점", "면", "층", "국", "길", "물", "불", "빛", "섬", "산",
	"강", "차", "팀", "권", "장", "달", "해", "문", "벽", "탄", "포", "기",
	"주", "시", "동", "구", "청", "부", "처", "실", "과", "원", "회", "단",
	"대", "사", "함", "정", "병", "총", "값", "쪽", "편", "줄", "번", "개",
	"명", "분", "년", "월", "반", "상", "역", "세", "비", "키", "뜻", "몫",
	"당", "틀", "축", "판", "눈", "입", "발", "빚", "글", "집", "몸", "뒤",
	"앞", "옆", "속", "끝", "벽", "선", "줄", "층",
};

/* The particles a one-syllable stem takes for the word counter: case
   particles, not 상 or a second noun's syllable (정상, 해상, 사의를:
   summit, sea, thanks). */
static const char *onetail[] = {
	"은", "는", "이", "가", "을", "를", "의", "에", "도", "와", "과", "로",
	"만", "에서", "으로", "에게", "까지", "부터", "보다", "과의", "와의",
	"에는", "에도", "으로는", "에서는", "과는", "와는", "이나", "이라",
};

static int
isonetail(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < NELEM(onetail); i++)
		if (strlen(onetail[i]) == n && memcmp(s, onetail[i], n) == 0)
			return 1;
	return 0;
}

static int
isonesyl(const char *w)
{
	size_t i;

	for (i = 0; i < NELEM(onesyl); i++)
		if (memcmp(w, onesyl[i], 3) == 0)
			return 1;
	return 0;
}

/* The stem of w: its particles cut, longest tail first, the stem of
   one syllable at least (of the list above only, if strict) from the
   byte from on (a Latin or digit prefix: ICBM을, 2013년에). */
static size_t
strip(const char *w, size_t n, size_t from, int strict)
{
	size_t k;

	if (n < from + 6 || !hgends(w, n))
		return n;
	initparticles();
	if (!GETSYL(plast, w + n - 3))
		return n;	/* no particle ends so */
	for (k = from + 3; k < n; k += 3) {
		if (!hgsyl(w + k, n - k))
			continue;
		if (strict && k == 3 && from == 0 &&
		    (!isonesyl(w) || !isonetail(w + k, n - k)))
			continue;
		if (!tail(w + k, n - k, 0))
			continue;
		if (kept(w, n, k))
			continue;
		/* 공약하 + 였다: the 하다 stem goes too */
		if (k >= from + 9 && (memcmp(w + k - 3, "하", 3) == 0 ||
		    memcmp(w + k - 3, "되", 3) == 0))
			k -= 3;
		return k;
	}
	return n;
}

size_t
hgstrip(const char *w, size_t n)
{
	return strip(w, n, 0, 0);
}

size_t
hgcountstem(const char *w, size_t n)
{
	size_t r = 0;

	/* a Latin or digit prefix, then Hangul: ICBM을, 2013년에, 1.5배로 */
	initparticles();
	while (r < n && ((unsigned char)w[r] < 0x80 || (r > 0 && r + 2 < n &&
	    (unsigned char)w[r] == 0xC2 && (unsigned char)w[r + 1] == 0xB7 &&
	    w[r + 2] >= '0' && w[r + 2] <= '9')))
		r += (unsigned char)w[r] < 0x80 ? 1 : 2;	/* (9·19를) */
	/* a number's counter is no particle: 3만, 서해 5도, 2천 */
	if (r > 0 && r + 3 <= n && w[r - 1] >= '0' && w[r - 1] <= '9' &&
	    (memcmp(w + r, "만", 3) == 0 || memcmp(w + r, "도", 3) == 0 ||
	    memcmp(w + r, "천", 3) == 0 || memcmp(w + r, "억", 3) == 0))
		r += 3;
	if (r > 0 && r < n)
		return tail(w + r, n - r, 0) ? r : strip(w, n, r, 1);
	return r == n ? n : strip(w, n, 0, 1);
}

int
hgnoun(const char *w, size_t n)
{
	size_t r = n;

	while (r >= 3 && hgsyl(w + r - 3, 3))
		r -= 3;		/* the Hangul that ends the word */
	if (r == n)
		return 0;
	if (r == 0)
		return hgstrip(w, n) < n;
	initparticles();
	return tail(w + r, n - r, 0);	/* D.C.에서, (SCM)가 */
}

int
hgstop(Str w)
{
	static size_t stoplen[NELEM(stop)];
	size_t i;

	if (stoplen[0] == 0)
		for (i = 0; i < NELEM(stop); i++)
			stoplen[i] = strlen(stop[i]);
	if (w.n < 3 || (unsigned char)w.p[0] < 0x80)
		return 0;
	initparticles();
	if (tail(w.p, w.n, 0))
		return 1;	/* a particle alone: (SCM)를 */
	for (i = 0; i < NELEM(stop); i++)
		if (stoplen[i] == w.n && memcmp(w.p, stop[i], w.n) == 0)
			return 1;
	return 0;
}

/* The Hangul syllable (or other character) before byte i of s. */
static long
prevchar(Str s, size_t i)
{
	size_t k = i;
	long c;

	while (k > 0 && ((unsigned char)s.p[k - 1] & 0xC0) == 0x80)
		k--;
	if (k == 0)
		return -1;
	k--;
	utf8dec((const unsigned char *)s.p + k, i - k, &c);
	return c;
}

/* Final endings of declarative, interrogative and polite sentences. */
static int
finalend(long c)
{
	return c == 0xB2E4 /* 다 */ || c == 0xC694 /* 요 */ ||
	    c == 0xAE4C /* 까 */ || c == 0xC8E0 /* 죠 */ ||
	    c == 0xC74C /* 음 */ || c == 0xD568 /* 함 */ || c == 0xC784 /* 임 */;
}

/* A date written 2023.11.13. (its word from k, its period at i) before
   the time of day: 오전, 오후 or 17:05. */
static int
datetime(Str s, size_t k, size_t i, size_t j)
{
	size_t q = i, d, part;

	for (part = 0; part < 3; part++) {
		for (d = 0; q > k && s.p[q - 1] >= '0' && s.p[q - 1] <= '9'; q--)
			d++;
		if (d == 0 || d > 4 || (part < 2 && (d > 2 || q == k ||
		    s.p[--q] != '.')))
			return 0;
	}
	if (j + 1 >= s.n)
		return 0;
	s = (Str){ s.p + j + 1, s.n - j - 1 };
	if (s.n >= 6 && (memcmp(s.p, "\xec\x98\xa4\xec\xa0\x84", 6) == 0 ||
	    memcmp(s.p, "\xec\x98\xa4\xed\x9b\x84", 6) == 0))
		return 1;	/* 오전, 오후 */
	for (q = 0; q < s.n && q < 3 && s.p[q] >= '0' && s.p[q] <= '9'; q++)
		;
	return q > 0 && q < s.n && s.p[q] == ':';
}

/* U.S., ROK-U.S. before a Hangul word: an abbreviation inside Korean. */
static int
latinabbr(Str s, size_t k, size_t i, size_t j)
{
	size_t q;
	int dot = 0;

	if (j + 1 >= s.n || !hgsyl(s.p + j + 1, s.n - j - 1))
		return 0;
	for (q = k; q < i; q++) {
		unsigned char c = (unsigned char)s.p[q];

		if (c == '.')
			dot = 1;
		else if (c != '-' && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
			return 0;
	}
	return dot;
}

/* Does t read as Korean prose: a final ending before . ? ! somewhere? */
int
hgprose(Str t)
{
	size_t i;

	if (!hashangul(t))
		return 0;
	for (i = 3; i < t.n; i++)
		if ((t.p[i] == '.' || t.p[i] == '?' || t.p[i] == '!') &&
		    (unsigned char)t.p[i - 1] >= 0x80 && finalend(prevchar(t, i)))
			return 1;
	return 0;
}

/* May the byte c stand before the year of a date: a space, a bracket,
   the apostrophe of '23 or \u201923? */
static int
yearopen(int c)
{
	unsigned char u = (unsigned char)c;

	/* (the last byte of \u2019; of \u300C \u300E \u300A \u3008 \u2018 \u201C) */
	return c == ' ' || c == '(' || c == '[' || c == '\'' || u == 0x99 ||
	    u == 0x8C || u == 0x8E || u == 0x8A || u == 0x88 || u == 0x98 ||
	    u == 0x9C;
}

/* Is s[k..i) a month and day, "10.15", "11.6" (정례브리핑(11.6.))? */
static int
monthday(Str s, size_t k, size_t i)
{
	size_t d;
	int mo = 0, dy = 0;

	for (d = k; d < i && d - k < 3 && s.p[d] >= '0' && s.p[d] <= '9'; d++)
		mo = mo * 10 + s.p[d] - '0';
	if (d == k || d >= i || s.p[d] != '.' || d + 1 == i || i - d > 3)
		return 0;
	for (d++; d < i && s.p[d] >= '0' && s.p[d] <= '9'; d++)
		dy = dy * 10 + s.p[d] - '0';
	return d == i && mo >= 1 && mo <= 12 && dy >= 1 && dy <= 31;
}

int
hgperiod(Str s, size_t k, size_t i, size_t j)
{
	size_t m, q;
	int digits = 1, hdate = 0;

	/* 가. 나. opening a block: a label */
	if (k == 0 && i == 3 && hgsyl(s.p, 3))
		return 0;
	for (q = k; q < i && digits; q++)
		if (s.p[q] < '0' || s.p[q] > '9')
			digits = 0;
	if (i == k)
		return -1;
	if (datetime(s, k, i, j))
		return 0;	/* 입력 2023.11.13. 오후 5:42 */
	/* a month and day before Korean, "북한은 10.15. 미사일을",
	   "브리핑(11.6.) 내용" */
	if (!digits && monthday(s, k, i) && (k == 0 || yearopen(s.p[k - 1])) &&
	    j < s.n && (hgsyl(s.p + j, s.n - j) || (j + 1 < s.n &&
	    hgsyl(s.p + j + 1, s.n - j - 1))))
		return 0;
	if (hgrightsnote(s, i))
		return 0;	/* [저작권자ⓒ 투데이1. 무단전재 ...] */
	if (!digits)
		return latinabbr(s, k, i, j) ? 0 : -1;
	/* 2023. 11. 13.: a number after "N. " or before one */
	m = j + 1;
	if (m < s.n && s.p[m] >= '0' && s.p[m] <= '9' && i - k <= 4 &&
	    (k == 0 || yearopen(s.p[k - 1])) && j == i + 1) {
		/* the word after must be a number ending in '.' or a Hangul word */
		for (q = m; q < s.n && s.p[q] >= '0' && s.p[q] <= '9'; q++)
			;
		if (q - m <= 2 && q < s.n && s.p[q] == '.')
			hdate = 1;
	}
	if (hdate)
		return 0;
	if (k >= 2 && s.p[k - 1] == ' ' && s.p[k - 2] == '.' && i - k <= 2) {
		for (q = k - 2; q > 0 && s.p[q - 1] >= '0' && s.p[q - 1] <= '9'; q--)
			;
		if (q < k - 2 && (q == 0 || yearopen(s.p[q - 1])))
			return 0;	/* the day of 2023. 11. 13., (2023. 4. 26.) */
	}
	/* 1990. 11. 13. – 15.: a day after a dash */
	if (k >= 4 && s.p[k - 1] == ' ' && prevchar(s, k - 1) == 0x2013)
		return 0;
	/* a clause's number inside a paste, after a word and before
	   Korean, "... 232쪽 참조 1. 지역 내 ...": it opens what follows */
	if (i - k <= 2 && k >= 4 && s.p[k - 1] == ' ' && hgsyl(s.p + k - 4, 3) &&
	    j == i + 1 && j + 1 < s.n && hgsyl(s.p + j + 1, s.n - j - 1))
		return 2;
	return -1;
}

int
hgglued(Str s, size_t i, size_t j)
{
	long c;

	/* no closing quote between: "…했다.”고 말했다" goes on */
	if (j >= s.n || j != i + 1 || !finalend(c = prevchar(s, i)))
		return 0;
	/* a copy that lost its space before a Latin name, "신설했다.NCG
	   회의는", a numbered word, "했다.2항, 북측은", or a bullet, "발표
	   했다.▼ 다음은": after 다 or 요 that end a word of two syllables
	   or more (not a note's number, "했다.1 그러나") */
	if ((c == 0xB2E4 || c == 0xC694) && i >= 6 && hgsyl(s.p + i - 6, 3)) {
		const unsigned char *p = (const unsigned char *)s.p;
		size_t q;

		for (q = i; q > 0 && p[q - 1] != ' '; q--)
			if (p[q - 1] == '/' || p[q - 1] == '@')
				return 0;	/* a link's path: go.kr/바다.NCG */
		if (p[j] >= 'A' && p[j] <= 'Z')
			return 1;
		for (q = j; q < s.n && q < j + 4 && ISDIGIT(p[q]); q++)
			;
		if (q > j && hgsyl(s.p + q, s.n - q))
			return 1;
		if (j + 2 < s.n && p[j] == 0xE2 && (p[j + 1] == 0x96 ||
		    p[j + 1] == 0x97))
			return 1;	/* ▲ ▼ △ ■ □ ○ ◆ (U+2580-25FF) */
	}
	return s.p[j] == '(' || s.p[j] == '[' || hgsyl(s.p + j, s.n - j);
}

/* Does the Korean word at s[q], glued to a closing quote after a
   sentence's end at s[i] (다 or 요 ending a word of two syllables or
   more, then its stop), open the next sentence ("...이다.”알프스의
   스키어들은")?  Not when it reports or names the quotation: ”고,
   ”라고, ”라며, ”며, ”면서, ”는, ”란, ”하고, ”와, ”로, ”에, ”의,
   ”이라는, ”처럼, ”등 ... (a word opening with one of those syllables). */
int
hgquoteglued(Str s, size_t i, size_t q)
{
	static const long goes[] = {
		/* 고 라 며 면 는 란 하 */
		0xACE0, 0xB77C, 0xBA70, 0xBA74, 0xB294, 0xB780, 0xD558,
		/* 와 과 로 으 에 의 처 */
		0xC640, 0xACFC, 0xB85C, 0xC73C, 0xC5D0, 0xC758, 0xCC98,
		/* 등 이 를 을 은 도 만 */
		0xB4F1, 0xC774, 0xB97C, 0xC744, 0xC740, 0xB3C4, 0xB9CC,
		/* 까 보 식 가 */
		0xAE4C, 0xBCF4, 0xC2DD, 0xAC00,
	};
	long c = prevchar(s, i);
	size_t k;

	if ((c != 0xB2E4 && c != 0xC694) || i < 6 || !hgsyl(s.p + i - 6, 3) ||
	    !hgsyl(s.p + q, s.n - q))
		return 0;
	c = prevchar(s, q + 3);
	for (k = 0; k < NELEM(goes); k++)
		if (c == goes[k])
			return 0;
	return 1;
}

/* Order of the sub-item labels 가. 나. 다. ... */
static const char *ganada[] = {
	"가", "나", "다", "라", "마", "바", "사", "아", "자", "차", "카", "타",
	"파", "하",
};

static const char *hgord[] = {
	"첫째,", "첫째로,", "둘째,", "둘째로,", "셋째,", "셋째로,", "넷째,",
	"넷째로,", "다섯째,", "다섯째로,", "마지막으로,",
	/* a briefing's list of the day's items: 먼저, ... 두 번째로, ... */
	"먼저,",	/* (MEONJEO) */
	"첫 번째로,", "두 번째로,", "세 번째로,", "네 번째로,",
	"다섯 번째로,",
};

#define MEONJEO 11	/* hgord[MEONJEO]: 먼저, */

/* Syllables that end a speaker's title in the Assembly's minutes:
   위원장, 장관, 차관, 의장, 청장, 실장, 총장, 위원, 국장, 처장. */
static int
titleend(Str w)
{
	static const char *const last[] = { "장", "관", "원" };
	size_t i;

	if (w.n < 6 || !hgsyl(w.p, w.n))
		return 0;
	for (i = 0; i < NELEM(last); i++)
		if (memcmp(w.p + w.n - 3, last[i], 3) == 0)
			return 1;
	return 0;
}

/*
 * The length of the mark that opens a speaker's turn in the minutes of
 * the National Assembly (국회 회의록): ◯ or ○ right before the speaker,
 * a title then a name ("◯위원장 한상현", "◯국방부장관 김동수") or a
 * name then 위원 ("◯박영호 위원"), then the words said.  0 if none.
 */
static size_t
hgminuteturn(Str t)
{
	const unsigned char *p = (const unsigned char *)t.p;
	size_t off = 3;
	Str a, b, c;

	if (t.n < 20 || p[0] != 0xE2 || p[1] != 0x97 ||
	    (p[2] != 0xAF && p[2] != 0x8B) || p[3] < 0xEA || p[3] > 0xED)
		return 0;	/* (a bullet has its space: ○ 한미 양국은) */
	if (!strword(t, &off, &a) || !strword(t, &off, &b) ||
	    !strword(t, &off, &c))
		return 0;	/* (the words said after the speaker) */
	if ((titleend(a) && hgpersonname(b) && !strends(b, "\xeb\x8b\xa4")) ||	/* 다 */
	    (hgpersonname(a) && streqlit(b, "위원")))
		return 3;
	return 0;
}

/* Does t name a statement's whole text or its summary, a title over
   its clauses: "제57차 한미안보협의회의 공동성명 전문", "한미 정상회담
   공동선언 (요지)"? */
static int
hgtexttitle(Str t)
{
	Str s = t;

	if (t.n < 12 || t.n > 120)
		return 0;
	if (s.p[s.n - 1] == ')' || s.p[s.n - 1] == ']')
		s.n--;
	if (!strends(s, "전문") && !strends(s, "요지"))
		return 0;	/* (a sentence never ends so) */
	return strhas(t, "성명") || strhas(t, "선언") || strhas(t, "발표문") ||
	    strhas(t, "합의문") || strhas(t, "연설");
}

/*
 * The length of "붙임" and the spaces or the colon after it, where it
 * opens the line of a release's attachment, its number of copies at
 * the end: "붙임 1. 공동성명 국문본 1부.", "붙임: 사진 2매."; 0 if none.
 */
static size_t
hgattachlabel(Str t)
{
	size_t i, k = 6;

	if (t.n < 14 || t.n > 160 || memcmp(t.p, "붙임", 6) != 0)
		return 0;
	if (t.p[k] == ':')
		k++;
	if (t.p[k] != ' ')
		return 0;	/* (붙임으로, 붙임과 같이: words of a sentence) */
	while (k < t.n && t.p[k] == ' ')
		k++;
	for (i = t.n > 16 ? t.n - 16 : k; i + 3 <= t.n; i++)
		if (i > k && ISDIGIT(t.p[i - 1]) && (memcmp(t.p + i, "부", 3) == 0 ||
		    memcmp(t.p + i, "매", 3) == 0) && (i + 3 == t.n ||
		    t.p[i + 3] == '.' || t.p[i + 3] == ' ' || t.p[i + 3] == ','))
			return k;
	return 0;
}

size_t
hgitem(Str t)
{
	const unsigned char *p = (const unsigned char *)t.p;
	size_t i, k;

	if (t.n < 4)
		return 0;
	/* ① .. ⑳ U+2460..2473 */
	if (p[0] == 0xE2 && p[1] == 0x91 && p[2] >= 0xA0 && p[2] <= 0xB3)
		return 3 + (t.n > 3 && p[3] == ' ');
	/* □ ○ △ ◇ ◆ ■ ▲ ▷ bullets of Korean official texts (not before
	   the title of a statement's text: "◆ ... 공동성명 전문") */
	if (t.n > 4 && p[3] == ' ' && p[0] == 0xE2 &&
	    ((p[1] == 0x96 && (p[2] == 0xA1 || p[2] == 0xA0 || p[2] == 0xB3 ||
	    p[2] == 0xB2 || p[2] == 0xB7)) ||
	    (p[1] == 0x97 && (p[2] == 0x8B || p[2] == 0x87 || p[2] == 0x86))))
		return hgtexttitle((Str){ t.p + 4, t.n - 4 }) ? 0 : 4;
	/* ◯ U+25EF, the large circle some documents use for ○ */
	if (t.n > 4 && p[3] == ' ' && p[0] == 0xE2 && p[1] == 0x97 &&
	    p[2] == 0xAF)
		return 4;
	/* ◯위원장 홍길동, ○국방부장관 홍길동: a turn of the Assembly's
	   minutes */
	if ((i = hgminuteturn(t)) > 0 || (i = hgattachlabel(t)) > 0)
		return i;
	/* ◦ U+25E6, a report's bullet, its text often right after it
	   (◦2009년 1월 ...) */
	if (p[0] == 0xE2 && p[1] == 0x97 && p[2] == 0xA6)
		return p[3] == ' ' ? 4 : (p[3] >= 0xEA && p[3] <= 0xED) ||
		    ISDIGIT(p[3]) ? 3 : 0;
	/* ㅇ U+3147 and ㆍ U+318D as Korean documents use them, · U+00B7,
	   ※ U+203B (a note), before a space */
	if (t.n > 4 && p[3] == ' ' && ((p[0] == 0xE3 && ((p[1] == 0x85 &&
	    p[2] == 0x87) || (p[1] == 0x86 && p[2] == 0x8D))) ||
	    (p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0xBB)))
		return 4;
	if (t.n > 3 && p[0] == 0xC2 && p[1] == 0xB7 && p[2] == ' ')
		return 3;
	k = p[0] == '(' ? 1 : 0;
	if (p[k] < 0xEA || p[k] > 0xED)
		return 0;	/* no syllable: no 가. */
	/* 첫째, 둘째로, 마지막으로, as a commentary lists its points */
	/* (their comma within the first 20 bytes: few lines ask) */
	if (k == 0 && memchr(t.p, ',', t.n < 20 ? t.n : 20) != NULL)
		for (i = 0; i < NELEM(hgord); i++)
			if (t.n > strlen(hgord[i]) &&
			    memcmp(t.p, hgord[i], strlen(hgord[i])) == 0)
				/* (먼저, opens a story's paragraph too: an
				   item only in a briefing's 합니다 words) */
				return i != MEONJEO || strhas(t, "\xeb\x8b\x88\xeb\x8b\xa4") ?	/* 니다 */
				    strlen(hgord[i]) : 0;
	for (i = 0; i < NELEM(ganada); i++)
		if (t.n >= k + 4 && memcmp(t.p + k, ganada[i], 3) == 0)
			break;
	if (i == NELEM(ganada))
		return 0;
	k += 3;
	if ((p[0] == '(' && p[k] == ')') || (p[0] != '(' && (p[k] == '.' || p[k] == ')')))
		k++;
	else
		return 0;
	if (k < t.n && p[k] != ' ')
		return 0;
	return k;
}

long
hgclause(Str t)
{
	size_t i = 3;
	long v = 0;

	if (t.n < 7 || memcmp(t.p, "제", 3) != 0)
		return 0;
	while (i < t.n && i < 7 && t.p[i] >= '0' && t.p[i] <= '9')
		v = v * 10 + (t.p[i++] - '0');
	if (i == 3 || i + 3 > t.n || memcmp(t.p + i, "조", 3) != 0)
		return 0;
	i += 3;
	if (i < t.n && t.p[i] != ' ' && t.p[i] != '(')
		return 0;
	return v;
}

/*
 * A clause's number written with a comma, as an old communique's copy
 * or an agreement's gives it: "1, 1971년 2월 6일부 ...하였다.", "3항,
 * 남측은 ...중단한다.": the number (1-30), then a word that is no
 * number's (not "3, 4일", "2, 3명"; a year is), then a sentence that
 * ends in 다.  Its number, 0 if none.
 */
long
hgcommaclause(Str t)
{
	size_t i = 0, q;
	long v = 0;

	while (i < t.n && i < 2 && ISDIGIT(t.p[i]))
		v = v * 10 + (t.p[i++] - '0');
	if (i == 0 || v == 0 || v > 30 || t.n < i + 30)
		return 0;
	if (memcmp(t.p + i, "항", 3) == 0)
		i += 3;				/* 3항, */
	if (t.p[i] != ',' || t.p[i + 1] != ' ')
		return 0;
	i += 2;
	for (q = i; q < t.n && ISDIGIT(t.p[q]); q++)
		;
	if (q > i && (q - i != 4 || q + 3 > t.n || memcmp(t.p + q, "년", 3) != 0))
		return 0;			/* 3, 4일; 1, 1971년 goes */
	if (q == i && !hgsyl(t.p + i, t.n - i))
		return 0;
	return strends(t, "다.") || strends(t, "다") ? v : 0;
}

/* Is the period at i inside a copyright's brackets, "[저작권자ⓒ
   투데이1. 무단전재-재배포 금지]", "(c) 한빛일보. 무단 ...)": an
   outlet's name with a full stop, no sentence's end before the
   bracket closes? */
int
hgrightsnote(Str s, size_t i)
{
	size_t b, len, lo = i > 61 ? i - 61 : 0;

	if (memchr(s.p + lo, '[', i - lo) == NULL)
		return 0;	/* (most periods: no bracket near) */
	for (b = i; b > 0 && i - b <= 60 && s.p[b - 1] != '[' &&
	    s.p[b - 1] != ']'; b--)
		;	/* (the bracket opens at most 60 bytes back) */
	if (b == 0 || s.p[b - 1] != '[' || i - b > 60 ||
	    (i >= 3 && memcmp(s.p + i - 3, "다", 3) == 0))
		return 0;	/* (a sentence's end: 싣는다.) */
	return memchr(s.p + i, ']', s.n - i < 80 ? s.n - i : 80) != NULL &&
	    (isprefix(s.p + b, s.n - b, "저작권자", &len) ||
	    isprefix(s.p + b, s.n - b, "\xe2\x93\x92", &len) ||	/* ⓒ */
	    isprefix(s.p + b, s.n - b, "Copyright", &len));
}

/* Middle dots between syllables: 한·미 = 한미.  If the pattern starts
   with two or more one-syllable country names (한미일, 남북), write into
   b the same with U+00B7 between them and return 1. */
int
hgdotted(Str pat, Buf *b)
{
	static const char *one[] = { "한", "미", "일", "북", "중", "러", "남" };
	size_t i, k = 0, run = 0, len = 0;

	b->n = 0;
	while (k < pat.n) {
		for (i = 0; i < NELEM(one); i++)
			if (isprefix(pat.p + k, pat.n - k, one[i], &len))
				break;
		if (i == NELEM(one))
			break;
		if (run > 0)
			bufadd(b, "\xc2\xb7", 2);
		bufadd(b, pat.p + k, len);
		k += len;
		run++;
	}
	if (run < 2)
		return 0;
	bufadd(b, pat.p + k, pat.n - k);
	return 1;
}
