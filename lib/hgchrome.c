/* hgchrome.c: Korean web and news furniture, by features of one line:
   agency tags and bylines opening a lead, datelines, site chrome and
   copyright notices. */
#include <string.h>

#include "scm.h"

/*
 * Predicates on whole lines decide what a Korean reader calls a byline,
 * a dateline or chrome by their features: short lines, user-interface
 * words, bracketed agency tags, copyright notices.
 */

static size_t words(Str);
static int byword(Str);
static int squeezed(Str, const char *const *, size_t);

/* The agency tag and byline opening a news lead, "[서울=뉴시스] 홍길동
   기자 =" or "(워싱턴=연합뉴스) 김철수 특파원 =", or a byline in its
   bars or brackets glued to the lead, "|워싱턴 이도운특파원|한국과 ...",
   "【STV 차용환 기자】이종섭 ...": their length, 0 none. */
size_t
hglead(Str s)
{
	size_t i, e, w, lim, open = 1;
	char close;
	Str in;
	int by;

	if (s.n >= 10 && memcmp(s.p, "\xe3\x80\x90", 3) == 0)
		open = 3;	/* 【서울=뉴시스】 */
	else if (s.n < 8 || (s.p[0] != '[' && s.p[0] != '(' && s.p[0] != '|'))
		return 0;
	close = s.p[0] == '[' ? ']' : s.p[0] == '|' ? '|' : ')';
	lim = s.n < 60 ? s.n : 60;
	for (e = open; e < lim; e++)
		if (open == 3 ? e + 3 <= s.n &&
		    memcmp(s.p + e, "\xe3\x80\x91", 3) == 0 : s.p[e] == close)
			break;
	if (e >= lim)
		return 0;
	in = (Str){ s.p + open, e - open };
	/* a name and a reporter's title last: a byline, no agency's tag
	   (not a speaker's marker alone, [기자]) */
	by = words(in) <= 4 && byword(in) && hashangul(in) &&
	    (words(in) >= 2 || in.n > 9);
	if ((!by && (!hgsyl(in.p, in.n) || memchr(in.p, '=', in.n) == NULL)) ||
	    (close == '|' && !by))
		return 0;
	/* a photo's credit is no dateline: (국방부 제공=연합뉴스), (사진=국방부) */
	if (strhas(in, "제공") || strhas(in, "사진"))
		return 0;
	e += open;	/* after the bracket that closes */
	if (by)
		return e < s.n ? e : 0;	/* the lead after it, glued or not */
	/* then up to four words and a lone "=" or "|" (the first word may
	   follow the bracket with no space: 【서울=뉴시스】김서연 기자 =) */
	for (i = e, w = 0; w < 5 && i + 2 <= s.n && (s.p[i] == ' ' || (i == e && open == 3));
	    w++) {
		if (s.p[i] == ' ' && (s.p[i + 1] == '=' || s.p[i + 1] == '|') &&
		    (i + 2 == s.n || s.p[i + 2] == ' '))
			return i + 2 < s.n ? i + 2 : 0;
		for (i++; i < s.n && s.p[i] != ' '; i++)
			;
	}
	/* no byline: the tag alone, if a sentence follows */
	return e < s.n ? e : 0;
}

/* The number of space-separated words of t. */
static size_t
words(Str t)
{
	size_t i, n = 0;

	for (i = 0; i < t.n; i++)
		if (t.p[i] != ' ' && (i == 0 || t.p[i - 1] == ' '))
			n++;
	return n;
}

/* Is w one of list[0..n)?  lens caches their lengths (lens[0] 0: not yet). */
static int
inlist(Str w, const char **list, size_t n, size_t *lens)
{
	size_t i;

	if (lens[0] == 0)
		for (i = 0; i < n; i++)
			lens[i] = strlen(list[i]);
	for (i = 0; i < n; i++)
		if (lens[i] == w.n && list[i][0] == w.p[0] && memcmp(list[i], w.p, w.n) == 0)
			return 1;
	return 0;
}

/* Words of site chrome: sharing, subscribing, reactions, navigation. */
static const char *uiwords[] = {
	"기사", "공유", "공유하기", "구독", "구독하기", "좋아요", "싫어요",
	"댓글", "댓글쓰기", "관련기사", "관련", "많이", "본", "뉴스", "글자크기",
	"글자", "크기", "인쇄", "프린트", "인쇄하기", "URL", "url", "복사",
	"링크", "주소", "스크랩", "북마크", "페이스북", "트위터", "카카오톡",
	"카카오스토리", "카톡", "네이버", "밴드", "메일", "이메일", "닫기",
	"더보기", "목록", "이전", "다음", "이전기사", "다음기사", "맨위로",
	"홈", "전체메뉴", "메뉴", "검색", "로그인", "회원가입", "기사제보",
	"제보", "후원", "후원하기", "추천", "추천하기", "광고", "본문", "듣기",
	"음성", "번역", "확대", "축소", "화나요", "슬퍼요", "훈훈해요",
	"추천해요", "주요뉴스", "실시간", "랭킹", "포토", "영상", "최신",
	"인기", "많이본", "SNS", "X", "보내기", "저장", "가", "+", "-", "|",
	"·", "기사공유", "닫기", "펼치기", "접기", "이", "를", "합니다",
	"텔레그램", "라인", "클린뷰", "프린트하기", "언론사", "구독자",
	"공유합니다", "공유하세요", "구독하세요", "이전글", "다음글",
	"기사원문", "요약봇", "텍스트", "변환", "서비스", "사용하기",
	"변경하기", "섹션", "분류", "안내", "추천합니다", "헤드라인", "PICK",
	"전체기사",
	"매우만족", "만족", "보통", "불만족", "매우불만족", "만족도",
	"지면보기", "구독신청", "지면", "공감", "다른", "찾기",
	"후속기사", "원해요", "쏠쏠정보", "흥미진진", "공감백배", "분석탁월",
	"TALK", "NAVER", "변경", "첨부파일", "첨부", "다운로드", "바로보기",
	"미리보기", "내려받기", "제목", "게시물", "상세", "내용",
	"블로그", "인기글", "이웃추가", "전체글", "카테고리", "MY메뉴",
	"이동", "열기",	/* (weak: 카테고리 이동, 메뉴 열기) */
	/* a blog's list of all posts, a paper's of all stories: 분류
	   전체보기648, 전체기사보기 */
	"전체보기", "전체기사보기",
	"글씨", "글씨크기", "기능", "신고", "신고하기", "설정", "기타",
	/* skip links, a board's name and buttons, a blog's ad label */
	"바로가기", "본문바로가기", "건너뛰기", "홈으로", "질문답변",
	"묻고답하기", "자유게시판", "공지사항", "원문보기", "메일전송",
	"기사수정", "이미지", "반응형",
	/* a font size's buttons: • 크게 • 작게 */
	"크게", "작게",
	/* an ad's slot while it loads; a link back, to the whole story; a
	   link's note that it opens a new window */
	"로드중", "로딩중", "뒤로가기", "전체읽기", "새창", "새창에서",
	"새창열림", "열림",
};
/* Site words that are words of a document alone (설정, 기타): chrome
   only beside another site word (글자 크기 설정, 본문 기타 기능). */
static const char *weakwords[] = {
	"설정", "기타", "열림", "이동", "열기",	/* 카테고리 이동, 메뉴 열기 */
};
static size_t weaklen[NELEM(weakwords)];
/* After a site's name: 한빛일보 구독, 한빛일보 랭킹 뉴스. */
static const char *sitewords[] = {
	"구독", "구독하기", "랭킹", "헤드라인", "구독자",
};
static size_t sitelen[NELEM(sitewords)];

/* Is the syllable at p (three bytes) a one-syllable particle that may
   follow a site word (기사를, 댓글을, 기사의)? */
static int
hgparticle1(const char *p)
{
	static const char *const ps[] = {
		"를", "을", "가", "이", "은", "는", "의", "도", "에",
	};
	size_t i;

	for (i = 0; i < NELEM(ps); i++)
		if (memcmp(p, ps[i], 3) == 0)
			return 1;
	return 0;
}
static size_t uilen[NELEM(uiwords)];

/* Is w two site words written as one (URL복사, 기사공유하기)? */
static int
uipair(Str w)
{
	size_t k;

	for (k = 1; k < w.n; k++)
		if ((unsigned char)w.p[k] < 0x80 || (w.p[k] & 0xC0) != 0x80)
			if (inlist((Str){ w.p, k }, uiwords, NELEM(uiwords), uilen) &&
			    inlist((Str){ w.p + k, w.n - k }, uiwords, NELEM(uiwords), uilen))
				return 1;
	return 0;
}

/* Names of old services and buttons, chrome only in a run of buttons
   written as one word (트위터페이스북미투데이요즘네이버구글msn). */
static const char *runwords[] = {
	"미투데이", "요즘", "구글", "msn", "폰트", "키우기", "줄이기",
};
static size_t runlen[NELEM(runwords)];

/* Is w three site words or more written as one, a row of buttons whose
   spaces were lost: 폰트키우기폰트줄이기프린트하기메일보내기신고하기?
   (No one-syllable word counts: 이, 가, 본 are in words of prose.) */
static int
uirun(Str w)
{
	unsigned char reach[121];	/* parts to reach byte k, 0 none */
	size_t k, j;
	Str part;

	if (w.n < 18 || w.n > 120)
		return 0;
	memset(reach, 0, w.n + 1);
	reach[0] = 1;
	for (k = 0; k < w.n; k++) {
		if (reach[k] == 0)
			continue;
		for (j = k + 2; j <= w.n; j++) {
			if (j < w.n && (unsigned char)w.p[j] >= 0x80 &&
			    (w.p[j] & 0xC0) == 0x80)
				continue;	/* (inside a character) */
			part = (Str){ w.p + k, j - k };
			if ((part.n == 3 && hgsyl(part.p, 3)) || part.n < 2)
				continue;
			if ((inlist(part, uiwords, NELEM(uiwords), uilen) ||
			    inlist(part, runwords, NELEM(runwords), runlen)) &&
			    reach[j] < reach[k] + 1)
				reach[j] = reach[k] + 1;
		}
	}
	return reach[w.n] >= 4;	/* (three parts: 1 + 3) */
}

/* A Korean site's copyright notice: 2 for a whole one, "저작권자(c)
   연합뉴스, 무단 전재-재배포 금지", 1 for a credit, "ⓒ 한빛일보"; 0 none
   ("비무장지대의 무단 출입을 금지하기로 했다" is none). */
int
hgcopyright(Str t)
{
	if (strhas(t, "저작권자") || (strhas(t, "금지") &&
	    (strhas(t, "전재") || strhas(t, "재배포") || strhas(t, "복제"))))
		return 2;
	return strhas(t, "\xe2\x93\x92");	/* ⓒ */
}

/* A broadcast's speaker marker alone on its line: "◀ 앵커 ▶", "[기자]",
   "【리포트】", "<앵커>": a role in its marks, the turns under it its section. */
int
hgspeaker(Str t)
{
	static const char *role[] = {
		"앵커", "기자", "리포트", "녹취", "인터뷰", "현장음", "싱크",
		"앵커 멘트", "앵커멘트", "기자 리포트", "내레이션", "해설",
		/* a briefing's transcript: the questions' part under it */
		"질문·답변", "질의응답", "질의·응답", "일문일답", "문답",
	};
	static const char *open[] = { "\xe2\x97\x80", "[", "\xe3\x80\x90", "<" };	/* ◀ [ 【 < */
	static const char *close[] = { "\xe2\x96\xb6", "]", "\xe3\x80\x91", ">" };	/* ▶ ] 】 > */
	size_t i, k, n, m;
	Str in;

	if (t.n < 4 || t.n > 40 || (t.p[0] != '[' && t.p[0] != '<' &&
	    (unsigned char)t.p[0] != 0xE2 && (unsigned char)t.p[0] != 0xE3))
		return 0;	/* (the first bytes of the marks) */
	for (i = 0; i < NELEM(open); i++) {
		n = strlen(open[i]);
		m = strlen(close[i]);
		if (t.n <= n + m || memcmp(t.p, open[i], n) != 0 ||
		    memcmp(t.p + t.n - m, close[i], m) != 0)
			continue;
		in = strtrim((Str){ t.p + n, t.n - n - m });
		for (k = 0; k < NELEM(role); k++)
			if (streqlit(in, role[k]))
				return 1;
	}
	return 0;
}

/* A station's call for tips: "※ '당신의 제보가 뉴스가 됩니다' [카카오톡]
   YTN 검색해 채널 추가 [전화] 02-398-8585 [메일] ...": 제보 and two ways
   to send one. */
static int
hgtipline(Str t)
{
	static const char *way[] = {
		"카카오톡", "[전화]", "[메일]", "이메일", "[문자]", "전화 ",
		"홈페이지", "@", "카톡", "기사문의",
	};
	size_t i, n = 0;

	if (!strhas(t, "\xec\xa0\x9c\xeb\xb3\xb4") ||	/* 제보 */
	    strends(t, "\xeb\x8b\xa4."))	/* 다. */
		return 0;	/* (a story's sentence: ... 제보를 받는다고 밝혔다.) */
	if (t.n <= 80 && strhas(t, "제보가 뉴스가 됩니다"))
		return 1;	/* its call alone: ※ '당신의 제보가 뉴스가 됩니다' */
	for (i = 0; i < NELEM(way); i++)
		n += strhas(t, way[i]);
	return n >= 2;
}

/* Is w a site word with its count glued to it: 댓글0, 공감27, 댓글3건
   (댓글 0 is two words, each chrome)? */
static int
uicount(Str w)
{
	size_t e = w.n, d;

	if (e > 3 && memcmp(w.p + e - 3, "건", 3) == 0)
		e -= 3;
	for (d = e; d > 0 && w.p[d - 1] >= '0' && w.p[d - 1] <= '9'; d--)
		;
	return d < e && d > 0 && inlist((Str){ w.p, d }, uiwords, NELEM(uiwords), uilen);
}

/* A site's notice after a click, a widget's label: "기사 URL이
   복사되었습니다.", "이 글자크기로 변경됩니다.": what was done (복사,
   변경) to a thing of the page (URL, 링크, 글자크기). */
static int
hgtoast(Str t)
{
	static const char *thing[] = {
		"URL", "url", "링크", "주소", "글자크기", "글자 크기", "글씨크기",
		"글씨 크기",
	};
	static const char *done[] = {
		"복사되었습니다", "복사됐습니다", "변경됩니다", "변경되었습니다",
		"복사가 완료되었습니다", "복사가 완료됐습니다",
	};
	size_t i;

	if (t.n > 80 || !(strends(t, "니다.") || strends(t, "니다")))
		return 0;
	for (i = 0; i < NELEM(done); i++)
		if (strhas(t, done[i]))
			break;
	if (i == NELEM(done))
		return 0;
	for (i = 0; i < NELEM(thing); i++)
		if (strhas(t, thing[i]))
			return 1;
	return 0;
}

/* A portal's pitch for itself, sentences though it is: "(예시) 가장
   빠른 뉴스가 있고 ... 다음뉴스를 만나보세요. ...", the sample text of
   its font-size widget; "... 뉴스를 받아보세요". */
static int
hgpitch(Str t)
{
	return strhas(t, "보세요") && (strhas(t, "뉴스를 만나보세요") ||
	    strhas(t, "뉴스를 받아보세요"));	/* (one scan for most lines) */
}

/* A weather widget's line: a sky's word, a temperature ("맑음 / -3.9
   °", "• 맑음동두천 -0.4℃", "구름조금거제 3.2℃"), its bullet aside;
   or its credit, "기상청 제공" ("영하 10℃ 혹한 속 훈련" has no sky). */
static int
hgweather(Str t)
{
	static const char *sky[] = {
		"맑음", "흐림", "구름", "소나기", "안개", "황사", "비 ", "눈 ",
		"비/", "눈/",
	};	/* (비상, 눈길: 비 and 눈 only as words) */
	size_t i, k, d;

	if (t.n > 60)
		return 0;
	if (t.n <= 16 && (streqlit(t, "기상청 제공") || streqlit(t, "기상청")))
		return 1;
	/* a temperature: digits, perhaps a decimal, then ℃ or ° */
	for (i = 0; i < t.n; i++) {
		if (!ISDIGIT(t.p[i]))
			continue;
		for (d = i; d < t.n && (ISDIGIT(t.p[d]) || t.p[d] == '.'); d++)
			;
		while (d < t.n && t.p[d] == ' ')
			d++;
		if (t.n - d >= 2 && (memcmp(t.p + d, "\xc2\xb0", 2) == 0 ||	/* ° */
		    (t.n - d >= 3 && memcmp(t.p + d, "\xe2\x84\x83", 3) == 0)))	/* ℃ */
			break;
		i = d;
	}
	if (i >= t.n || (i = itemlabel(t)) >= t.n)
		return 0;
	while (i < t.n && t.p[i] == ' ')
		i++;
	for (k = 0; k < NELEM(sky); k++)
		if (sprefixci((Str){ t.p + i, t.n - i }, sky[k]))
			return 1;
	return 0;
}

/* A page's reader aloud, its controls and its notices: "말하기 속도",
   "본문 듣기를 종료하였습니다.", "본문 듣기 시작" ("말하기 속도를
   조절하는 훈련" is a title). */
static int
hgreader(Str t)
{
	static const char *const ctl[] = {
		"말하기속도", "본문듣기", "본문듣기시작", "본문듣기종료",
		"음성듣기", "기사듣기",
	};

	Str e;

	if (t.n > 60 || t.n < 12)
		return 0;
	e = (Str){ t.p + t.n - 3, 3 };	/* (its last syllable first) */
	if (streqlit(e, "도") || streqlit(e, "기") || streqlit(e, "작") ||
	    streqlit(e, "료"))
		return squeezed(t, ctl, NELEM(ctl));
	return (streqlit(e, "다") || (t.p[t.n - 1] == '.' &&
	    memcmp(t.p + t.n - 4, "다", 3) == 0)) &&
	    (strends(t, "니다.") || strends(t, "니다")) && strhas(t, " 듣기") &&
	    (strhas(t, "본문 듣기") || strhas(t, "기사 듣기") ||
	    strhas(t, "음성 듣기")) && (strhas(t, "종료") || strhas(t, "중지") ||
	    strhas(t, "정지"));	/* (not "본문 듣기 기능을 도입했습니다.") */
}

/* Is w a short word in capitals, 2 to 4 letters (GAM, VOD)? */
static int
acronym(Str w)
{
	size_t i;

	if (w.n < 2 || w.n > 4)
		return 0;
	for (i = 0; i < w.n; i++)
		if (!ISUPPER(w.p[i]))
			return 0;
	return 1;
}

/* The banner of a brunch post over its title: "brunch", "You can make
   anything" / "by writing" (as one block), "C.S.Lewis"; a page's
   landmark for a screen reader: 하단 배너 영역. */
static int
hgbanner(Str t)
{
	if (t.n < 6 || t.n > 40)
		return 0;
	if (t.p[0] == 'b' || t.p[0] == 'Y' || t.p[0] == 'C')
		return streqlit(t, "brunch") || streqlit(t, "C.S.Lewis") ||
		    streqlit(t, "You can make anything by writing");
	return t.n > 10 && strends(t, " 영역") && words(t) <= 3 &&
	    (sprefixci(t, "하단 ") || sprefixci(t, "상단 ") ||
	    sprefixci(t, "배너 ") || sprefixci(t, "메뉴 ") ||
	    sprefixci(t, "검색 ") || sprefixci(t, "광고 "));
}

int
hgnoise(Str t)
{
	size_t off = 0, nw = 0, nui = 0, nweak = 0, i, e;
	Str w;
	int isui, first = 0, site = 0;

	if (hgloneglyph(t) || hgbanner(t))
		return 1;	/* ●, ⓒ alone */
	if (t.n == 0 || t.n > 300 || !hashangul(t))
		return 0;
	if (hgcopyright(t) || hgtipline(t) || hgtocline(t) || hgpaywall(t))
		return 1;
	/* a portal's notes on its sections and rankings; a ministry's
	   next and previous posts and the desk to call */
	if (strhas(t, "\xec\x84\xb9\xec\x85\x98 \xec\xa0\x95\xeb\xb3\xb4\xeb\x8a\x94") ||	/* 섹션 정보는 */
	    strhas(t, "\xec\xa7\x91\xea\xb3\x84\xed\x95\x9c \xea\xb2\xb0\xea\xb3\xbc") ||	/* 집계한 결과 */
	    (t.n > 10 && (memcmp(t.p, "\xec\x9d\xb4\xec\xa0\x84\xea\xb8\x80", 9) == 0 ||	/* 이전글 */
	    memcmp(t.p, "\xeb\x8b\xa4\xec\x9d\x8c\xea\xb8\x80", 9) == 0) &&	/* 다음글 */
	    (t.p[9] == ' ' || t.p[9] == ':' || t.p[9] == '\t')) ||
	    (strhas(t, "\xeb\x8b\xb4\xeb\x8b\xb9\xeb\xb6\x80\xec\x84\x9c") &&	/* 담당부서 */
	    strhas(t, "\xec\x97\xb0\xeb\x9d\xbd\xec\xb2\x98")) ||	/* 연락처 */
	    strhas(t, "\xeb\x8c\x80\xed\x91\x9c\xec\xa0\x84\xed\x99\x94") ||	/* 대표전화 */
	    (strhas(t, "이메일 주소") && (strhas(t, "수집") || strhas(t, "거부"))) ||
	    strhas(t, "\xec\x82\xac\xec\x97\x85\xec\x9e\x90\xeb\x93\xb1\xeb\xa1\x9d") ||	/* 사업자등록 */
	    (t.n <= 160 && t.n > 6 && memcmp(t.p, "\xec\xb2\xa8\xeb\xb6\x80", 6) == 0 &&	/* 첨부 */
	    (strhas(t, ".hwp") || strhas(t, ".pdf") || strhas(t, ".doc") ||
	    strhas(t, ".zip") || strhas(t, ".hwpx"))))
		return 1;	/* 첨부파일 : 공동성명.hwp, an attachment */
	/* a page's satisfaction survey, a story's: 만족하십니까? 이 기사
	   어떠셨나요? */
	if (t.n <= 200 && (strhas(t, "\xeb\xa7\x8c\xec\xa1\xb1\xed\x95\x98\xec\x8b\xad\xeb\x8b\x88\xea\xb9\x8c") ||
	    strhas(t, "마음에 드셨나요") || strhas(t, "도움이 되셨나요") ||
	    strhas(t, "\xec\x96\xb4\xeb\x96\xa0\xec\x85\xa8\xeb\x82\x98\xec\x9a\x94")))
		return 1;
	if (hgpitch(t) || hgreader(t))
		return 1;
	/* a public body's license mark under its text: OPEN 출처표시
	   공공누리 공공저작물 자유이용허락 */
	if (t.n <= 200 && (sprefixci(t, "open ") || sprefixci(t, "공공누리")) &&
	    strhas(t, "공공누리") && (strhas(t, "출처표시") ||
	    strhas(t, "이용허락")) && !strends(t, "다.") && !strends(t, "다"))
		return 1;	/* (not a sentence about it, in 다) */
	/* a box's call for comments: 당신의 의견을 남겨주세요 */
	if (t.n <= 60 && t.n > 15 && memcmp(t.p + t.n - 3, "요", 3) == 0 &&
	    (strends(t, "남겨주세요") || strends(t, "남겨 주세요")) &&
	    (strhas(t, "의견") || strhas(t, "댓글")))
		return 1;
	/* the banner of every government site (이 누리집은 대한민국 공식
	   전자정부 누리집입니다); a portal's note under its summary (전체
	   맥락을 이해하기 위해서는 본문 보기를 권장합니다); a channel's
	   link to subscribe or to send a tip: ▣ YTN 유튜브 채널 구독 :
	   http://... */
	e = t.n - (t.p[t.n - 1] == '.');	/* ... 니다. */
	if (e >= 30 && memcmp(t.p + e - 6, "니다", 6) == 0 &&
	    (strhas(t, "공식 전자정부 누리집") ||
	    strhas(t, "보기를 권장합니다")))	/* a portal's note on its summary */
		return 1;
	if (t.n > 80)
		return 0;
	if (strhas(t, "://") && (strhas(t, "구독") || strhas(t, "제보")) &&
	    !hgprose(t))
		return 1;
	if (hgtoast(t) || hgweather(t) || (t.n >= 12 && t.n <= 16 &&
	    (streqlit(t, "페이지 정보") || streqlit(t, "콘텐츠 영역") ||
	    streqlit(t, "본문 영역") || streqlit(t, "해시태그") ||
	    streqlit(t, "관련자료") || streqlit(t, "관련문서") ||
	    streqlit(t, "메타정보"))))
		return 1;	/* (a board's heading for its post's fields; a
				   landmark's name for a screen reader; a
				   library's labels over its tags and links) */
	/* a broadcast's player around its video: 동영상영역 시작 / 끝 */
	if (t.n <= 24 && t.n > 15 && memcmp(t.p, "동영상영역", 15) == 0)
		return 1;
	/* a link to skip or go to a part of the page: 콘텐츠로 건너뛰기,
	   주 메뉴로 바로가기; a logo's alt text: 연합뉴스 언론사 이미지 */
	if (t.n <= 60 && (strends(t, "바로가기") || strends(t, "건너뛰기") ||
	    strends(t, "단 메뉴")))
		return 1;	/* (and a menu's label: SBS 뉴스 상단 메뉴) */
	/* a station's box for tips, a line a way to send one: [카카오톡]
	   ... 채널 추가, [전화] 02-..., [메일] ...; its call, '당신의 제보가
	   뉴스가 됩니다' */
	if (t.n <= 80 && t.p[0] == '[' && (sprefixci(t, "[카카오톡]") ||
	    sprefixci(t, "[전화]") || sprefixci(t, "[메일]") ||
	    sprefixci(t, "[문자]")))
		return 1;
	/* a search box's answer: • 검색 결과가 없습니다. */
	if (t.n <= 40 && (strends(t, "검색 결과가 없습니다.") ||
	    strends(t, "검색 결과가 없습니다")))
		return 1;
	if (t.n <= 40 && (strends(t, "언론사 이미지") || strends(t, " 로고") ||
	    strends(t, "로고 이미지")))
		return 1;
	/* the kind of a ministry's paper over it, letter-spaced or not:
	   보도자료, 보 도 자 료, 보도참고자료; a board's label 제   목 */
	if (t.n <= 40) {
		static const char *kinds[] = {
			"보도자료", "보도참고자료", "설명자료", "해명자료", "참고자료",
			"제목",	/* a board's label, letter-spaced: 제   목 */
		};
		char sq[80];
		size_t m = 0, j;

		for (j = 0; j < t.n && m < sizeof(sq); j++)
			if (t.p[j] != ' ')
				sq[m++] = t.p[j];
		for (j = 0; j < NELEM(kinds); j++)
			if (m == strlen(kinds[j]) && memcmp(sq, kinds[j], m) == 0)
				return 1;
	}
	/* a related-article link: ▶ or ☞ before a title */
	if (t.n > 3 && (memcmp(t.p, "\xe2\x96\xb6", 3) == 0 ||
	    memcmp(t.p, "\xe2\x98\x9e", 3) == 0) && !hgprose(t))
		return 1;
	if (words(t) > 16)
		return 0;	/* (a row of reactions and their counts) */
	if (t.n > 4 && memcmp(t.p, "\xe2\x80\xa2 ", 4) == 0)
		off = 4;	/* the bullet of a row of buttons: • 공유 */
	while (strword(t, &off, &w)) {
		nw++;
		isui = 1;
		for (i = 0; i < w.n; i++)
			if (w.p[i] < '0' || w.p[i] > '9')
				break;
		/* a menu's brand in capitals after its links, 전체기사
		   최신뉴스 GAM: weak, never the row's only kind */
		if (i < w.n && nw >= 3 && acronym(w)) {
			nui++;
			nweak++;
			continue;
		}
		if (i < w.n)
			isui = inlist(w, uiwords, NELEM(uiwords), uilen) ||
			    (w.n > 6 && hgparticle1(w.p + w.n - 3) &&
			    inlist((Str){ w.p, w.n - 3 }, uiwords, NELEM(uiwords), uilen)) ||
			    uipair(w) || uicount(w) || uirun(w);
		/* 기사를 공유합니다: a site word and its particle */
		if (!isui && nw == 1)
			first = 1;	/* perhaps the site's name */
		else if (!isui)
			return 0;	/* all must be site words */
		else
			nui++;
		if (isui && inlist(w, sitewords, NELEM(sitewords), sitelen))
			site = 1;
		nweak += isui && inlist(w, weakwords, NELEM(weakwords), weaklen);
	}
	return nw > 0 && nweak < nw &&
	    (nui == nw || (first && site && nui + 1 == nw && nw <= 8));
}

static int hasdate(Str t);

/* A post's title with its date in brackets, as a box of other posts
   lists them: "NCG가 뭔가요? 쉽게 알아보기 (2025.07.12)": two words or
   more, then the date alone in its brackets. */
int
hgdatedtitle(Str t)
{
	size_t k, i;

	if (t.n < 16 || t.n > 200 || t.p[t.n - 1] != ')' || !hashangul(t))
		return 0;
	for (k = t.n - 1; k > 0 && t.p[k - 1] != '('; k--)
		;
	if (k < 2 || t.p[k - 2] != ' ' || words((Str){ t.p, k - 2 }) < 2 ||
	    !hasdate((Str){ t.p + k, t.n - 1 - k }))
		return 0;
	for (i = k; i < t.n - 1; i++)
		if (strchr("0123456789.-/ ", t.p[i]) == NULL)
			return 0;
	return 1;
}

/* A date: 2023.11.13, 2023-11-13, 2023/11/13, 2023. 11. 13, 2023년 11월. */
static int
hasdate(Str t)
{
	size_t i, j, k;

	for (i = 0; i + 4 < t.n; i++) {
		for (j = i; j < t.n && j - i < 5 && t.p[j] >= '0' && t.p[j] <= '9'; j++)
			;
		if (j - i != 4 || (i > 0 && t.p[i - 1] >= '0' && t.p[i - 1] <= '9'))
			continue;
		if (j + 3 <= t.n && memcmp(t.p + j, "년", 3) == 0)
			return 1;
		if (j < t.n && (t.p[j] == '.' || t.p[j] == '-' || t.p[j] == '/')) {
			k = j + 1;
			if (k < t.n && t.p[k] == ' ')
				k++;
			if (k < t.n && t.p[k] >= '0' && t.p[k] <= '9')
				return 1;
		}
	}
	return 0;
}

/* Is w a word of a dateline: a number, a date, a time, 입력, 수정 ...? */
static int
dateword(Str w)
{
	static const char *dw[] = {
		"입력", "수정", "등록", "기사입력", "최종수정", "승인", "업데이트",
		"송고", "발행", "게재", "입력:", "수정:", "등록:", "승인:", "오전",
		"오후", "최종", "기사", "|", "·", "ㅣ", "발행일", "작성", "작성일",
	};
	static size_t dwlen[NELEM(dw)];
	size_t i;

	for (i = 0; i < w.n; i++)
		if (!((w.p[i] >= '0' && w.p[i] <= '9') || strchr(".-/:()[]", w.p[i]) != NULL))
			break;
	if (i == w.n)
		return 1;
	if (hasdate(w))
		return 1;
	if (inlist(w, dw, NELEM(dw), dwlen))
		return 1;
	/* 11월, 13일, 17시, 2024년 */
	if (w.n >= 4 && w.p[0] >= '0' && w.p[0] <= '9' &&
	    (strhas(w, "년") || strhas(w, "월") || strhas(w, "일") || strhas(w, "시") || strhas(w, "분")))
		return 1;
	return 0;
}

/* Words of a byline: the reporter's title. */
static int
byword(Str w)
{
	static const char *bw[] = {
		"기자", "특파원", "선임기자", "기자단", "논설위원", "통신원",
		"객원기자", "인턴기자", "전문기자", "편집위원", "기자=", "주필",
		"대기자", "논설주간", "편집국장",
	};
	size_t i, n;

	for (i = 0; i < NELEM(bw); i++) {
		n = strlen(bw[i]);
		if (w.n >= n && memcmp(w.p + w.n - n, bw[i], n) == 0)
			return 1;
	}
	return 0;
}

static int hgverbend(Str);

/* Does t end in the name of an office of a ministry: 미국정책과,
   국방정책실, 대변인실, 정책기획관, 국제협력팀? */
static int
hgoffice(Str t)
{
	static const char *suf[] = { "과", "실", "국", "팀", "관", "단", "처", "센터" };
	size_t i, n;

	for (i = 0; i < NELEM(suf); i++)
		if (t.n > (n = strlen(suf[i])) + 3 &&
		    memcmp(t.p + t.n - n, suf[i], n) == 0 && hgsyl(t.p + t.n - n - 3, 3))
			return 1;
	return 0;
}

/* A contact's line: a rank or a title, a name, a phone number, "담당
   중령 박지현 (02-748-6335)", "과장 김성훈 02-748-6331"; no sentence. */
static int
hgcontact(Str t)
{
	size_t i, d, dash;

	if (t.n > 100 || words(t) > 7 || endsterm(t) || hgprose(t) ||
	    !hgsyl(t.p, t.n))
		return 0;
	/* a phone: 0 and digits, two dashes between runs of digits */
	for (i = 0; i < t.n; i++) {
		if (t.p[i] != '0' || (i > 0 && ISDIGIT(t.p[i - 1])))
			continue;
		for (d = i, dash = 0; d < t.n && (ISDIGIT(t.p[d]) ||
		    (t.p[d] == '-' && d + 1 < t.n && ISDIGIT(t.p[d + 1]))); d++)
			dash += t.p[d] == '-';
		if (dash == 2 && d - i >= 11 && d - i <= 13)
			return 1;
	}
	return 0;
}

/* The header of a ministry's press release, a key and its value:
   "보도시점 : 2025. 11. 4.(화) 14:00 이후", "담당자 : 과장 ...". */
static int
relkey(Str t)
{
	static const char *keys[] = {
		"보도시점", "보도일시", "배포일시", "배포일자", "담당자", "담당부서",
		"문의", "엠바고", "보도일자",
	};
	size_t i, k;

	size_t sp;
	Str v;

	for (i = 0; i < NELEM(keys); i++) {
		k = strlen(keys[i]);
		if (t.n > k + 1 && memcmp(t.p, keys[i], k) == 0) {
			for (sp = k; k < t.n && t.p[k] == ' '; k++)
				;
			if (k < t.n && t.p[k] == ':')
				return 1;
			/* a TAB for the colon (folded to a space): the key
			   a word of its own, i < 6 (not 문의, 엠바고), its
			   value a date, a phone or an office, no sentence */
			if (k == sp || i >= 6)
				return 0;
			v = (Str){ t.p + k, t.n - k };
			if (endsterm(v) || hgprose(v) || hgverbend(v) ||
			    words(v) > 8 || strhas(v, ", "))
				return 0;
			return strany(v, "0123456789") || hgoffice(v);
		}
	}
	return 0;
}

/* An author's line under an op-ed or a brief: a name of three syllables
   (not a ministry's: 국방부) and where the author works or worked,
   "김영호 전 통일부 장관·성신여대 명예교수", "김민준 (한국국방연구원 ...)". */
static int
hgbio(Str t)
{
	static const char *where[] = {
		"교수", "연구위원", "연구원", "대학교", "연구소", "연구센터",
		"센터장", "원장", "소장", "박사", "대사", "위원장", "前", "(전 ",
		"비서관",
	};
	/* an office's title ending the line: 안규백 국방부 장관 */
	static const char *title[] = {
		"장관", "차관", "의장", "사령관", "대변인", "총장", "의원",
	};
	static const char *open[] = { "<", "\xe2\x80\xb9", "\xe3\x80\x88", "\xe3\x80\x8a", "[" };
	static const char *close[] = { ">", "\xe2\x80\xba", "\xe3\x80\x89", "\xe3\x80\x8b", "]" };
	size_t i, n, m;

	if (t.n > 4 && (memcmp(t.p, "글=", 4) == 0 || memcmp(t.p, "글 = ", 6) == 0))
		return 1;	/* 글=안규백 국방부 장관 */
	/* in brackets: <홍길동 한국대 교수>, 〈...〉, 《...》 */
	for (i = 0; t.n > 4 && strchr("<[\xe2\xe3", t.p[0]) != NULL && i < NELEM(open); i++) {
		n = strlen(open[i]);
		m = strlen(close[i]);
		if (t.n > n + m && memcmp(t.p, open[i], n) == 0 &&
		    memcmp(t.p + t.n - m, close[i], m) == 0) {
			Str in = strtrim((Str){ t.p + n, t.n - n - m });
			size_t k;

			/* where the author works: a speaker's label in
			   brackets (<안규백 국방부 장관>) names an office */
			for (k = 0; k < NELEM(where); k++)
				if (strhas(in, where[k]))
					return hgbio(in);
			return 0;
		}
	}

	/* the name's three syllables, or spaced out: 서 주 석(전 ...) */
	m = t.n > 12 && t.p[3] == ' ' && t.p[7] == ' ' &&
	    hgsyl(t.p + 4, t.n - 4) && hgsyl(t.p + 8, t.n - 8) ? 11 : 9;
	if (t.n < 12 || t.n > 100 || words(t) > 8 + 2 * (m == 11) ||
	    !hgsyl(t.p, t.n) || (m == 9 && (!hgsyl(t.p + 3, t.n - 3) ||
	    !hgsyl(t.p + 6, t.n - 6))) || (t.p[m] != ' ' && t.p[m] != '(') ||
	    memcmp(t.p + m - 3, "부", 3) == 0 || memcmp(t.p + m - 3, "청", 3) == 0 ||
	    memcmp(t.p + m - 3, "처", 3) == 0 || memcmp(t.p + m - 3, "원", 3) == 0)
		return 0;
	for (i = 0; i < NELEM(where); i++)
		if (strhas((Str){ t.p + m, t.n - m }, where[i]))
			return 1;
	for (i = 0; i < NELEM(title); i++)
		if ((n = strlen(title[i])) + 10 <= t.n &&
		    memcmp(t.p + t.n - n, title[i], n) == 0)
			return 1;
	return 0;
}

/* An author's line that opens with the team: "국방안보팀 박서연
   입법조사관", "안보전략연구실 김민준 연구위원": at most four words, a
   name of three syllables among them, a researcher's title last. */
static int
hgauthor(Str t)
{
	static const char *title[] = {
		"입법조사관", "조사관", "연구위원", "선임연구위원", "책임연구원",
		"연구원", "전문위원", "교수", "박사", "부연구위원",
	};
	size_t off = 0, nw = 0, nname = 0, i, n;
	Str w;

	if (t.n > 80 || words(t) > 4)
		return 0;
	for (i = 0; i < NELEM(title); i++)
		if ((n = strlen(title[i])) < t.n && t.p[t.n - n - 1] == ' ' &&
		    memcmp(t.p + t.n - n, title[i], n) == 0)
			break;
	if (i == NELEM(title))
		return 0;
	while (strword(t, &off, &w)) {
		nw++;
		nname += w.n == 9 && hgsyl(w.p, 3) && hgsyl(w.p + 3, 3) &&
		    hgsyl(w.p + 6, 3);
	}
	return nw >= 2 && nname > 0;
}

/* Is t the first line of a numbered Korean clause that holds a date:
   "1. 제58차 ...가 2026년 11월 12일 서울에서" (a wrapped page's)?  A
   label, then a noun with its particle. */
int
hgclauseline(Str t)
{
	size_t off = 0;
	Str w;

	if (clauselabel(t) <= 0 || !hashangul(t))
		return 0;
	while (strword(t, &off, &w))
		if (hgnoun(w.p, w.n))
			return 1;
	return 0;
}

/* Does t end in a verb's final syllable (다, 요, 까), as a spoken turn
   does with no full stop? */
static int
hgverbend(Str t)
{
	return t.n >= 3 && (memcmp(t.p + t.n - 3, "다", 3) == 0 ||
	    memcmp(t.p + t.n - 3, "요", 3) == 0 ||
	    memcmp(t.p + t.n - 3, "까", 3) == 0);
}

/*
 * Is t a field of a board's post, as a ministry's page lists them: its
 * label alone (1: "담당부서", "조회수 :"), its value to follow on the
 * next line; or the label and a short value (2: "등록일 2026-11-05")?
 */
int
hgfield(Str t)
{
	static const char *label[] = {
		"담당부서", "담당자", "작성자", "작성일", "등록일", "게시일",
		"수정일", "조회수", "연락처", "전화번호", "문의처", "배포일시",
		"보도시점", "보도일시", "게재일", "부서명", "글쓴이", "작성부서",
		"배포일", "등록자", "발행일", "발행처", "발행기관", "대담자",
		"작성시간", "최종수정일",
		/* words of prose too: a value only after a colon (대변인 :
		   홍정우, a briefing's speaker); alone, a key over its value
		   on the next line, as a table copied row by row gives it,
		   and a story's stamps alone in a page's cell, their date in
		   the next (수정 / 2025. 11. 4.) */
		"조회", "출처", "부서", "담당", "대변인", "발표자", "날짜",
		"분량", "전화", "저자", "입력", "수정", "등록", "승인", "송고",
		"기사입력", "최종수정", "업데이트",
	};
	enum { NWEAK = 18 };	/* (the words of prose, the last ones) */
	static size_t len[NELEM(label)];
	size_t i, n, k, nw = 0;
	Str r, w;
	int colon;

	if (t.n < 6 || t.n > 120 || !hgsyl(t.p, t.n))
		return 0;
	if (len[0] == 0)
		for (i = 0; i < NELEM(label); i++)
			len[i] = strlen(label[i]);
	for (i = 0; i < NELEM(label); i++) {
		n = len[i];
		if (t.n < n || t.p[1] != label[i][1] || t.p[2] != label[i][2] ||
		    memcmp(t.p, label[i], n) != 0)
			continue;
		r = strtrim((Str){ t.p + n, t.n - n });
		colon = r.n > 0 && r.p[0] == ':';
		if (colon)
			r = strtrim((Str){ r.p + 1, r.n - 1 });
		if (r.n == 0)
			return 1;
		/* a value, not the rest of a word or a sentence (담당자들은) */
		if (!colon && (i >= NELEM(label) - NWEAK || (t.p[n] != ' ' &&
		    t.p[n] != '\t' && !(t.p[n] >= '0' && t.p[n] <= '9'))))
			return 0;
		/* a value: a date, a number, a name or an office, bare
		   nouns, no clause's comma (부서 간 협의를 정례화하고,) */
		if (endsterm(r) || hgprose(r) || hgverbend(r))
			return 0;	/* (대변인 : 감사합니다: a turn) */
		for (k = 0; k + 1 < r.n; k++)
			if (r.p[k] == ',' && r.p[k + 1] == ' ')
				return 0;
		for (k = 0; (w = strcut(&r, ' ')).n > 0 || r.n > 0; k++) {
			if (w.n == 0)
				continue;
			if (++nw > 6 || (hgsyl(w.p, w.n) && hgnoun(w.p, w.n)))
				return 0;	/* 협의를: a noun and its particle */
		}
		return 2;
	}
	return 0;
}

/* A release's subtitle under its title, set between dashes: "- 한미
   국방장관, ... 추진 합의 -". */
int
hgsubtitle(Str t)
{
	if (t.n < 10 || t.n > 200 || !hashangul(t) || hgprose(t))
		return 0;
	return (sprefixci(t, "- ") || sprefixci(t, "\xe2\x80\x93 ")) &&
	    (memcmp(t.p + t.n - 2, " -", 2) == 0 ||
	    memcmp(t.p + t.n - 4, " \xe2\x80\x93", 4) == 0);
}

/* Is the last syllable of w one of the syllables of set (a quick test
   before a list's endings are compared)? */
static int
lastsyl(Str w, const char *set)
{
	size_t i, n = strlen(set);

	if (w.n < 3)
		return 0;
	for (i = 0; i + 3 <= n; i += 3)
		if (memcmp(w.p + w.n - 3, set + i, 3) == 0)
			return 1;
	return 0;
}

/* Is t, its spaces aside, one of list[0..n): 보 도 자 료, 즉시 배포? */
static int
squeezed(Str t, const char *const *list, size_t n)
{
	char sq[80];
	size_t m = 0, j;

	if (t.n > sizeof(sq))
		return 0;
	for (j = 0; j < t.n && m < sizeof(sq); j++)
		if (t.p[j] != ' ')
			sq[m++] = t.p[j];
	for (j = 0; j < n; j++)
		if (m == strlen(list[j]) && memcmp(sq, list[j], m) == 0)
			return 1;
	return 0;
}

/* A release's mark over its date, as "FOR IMMEDIATE RELEASE" is: 즉시
   배포, 즉시 보도 (not "즉시 배포 중단 요구"). */
static int
hgreleasemark(Str t)
{
	static const char *const mark[] = {
		"즉시배포", "즉시배포용", "즉시보도", "즉시보도용", "즉시공개",
	};

	/* or a release's note that it may run at once, a mark before it
	   or not: "* 배포 후 바로 보도 가능합니다." */
	static const char *const note[] = {
		"배포후바로보도가능합니다", "배포후바로보도가능합니다.",
		"배포즉시보도가능합니다", "배포즉시보도가능합니다.",
		"배포즉시보도하셔도됩니다.", "배포즉시보도바랍니다.",
	};

	if (t.n > 2 && (t.p[0] == '*' || memcmp(t.p, "\xe2\x80\xbb", 3) == 0))
		t = strtrim((Str){ t.p + (t.p[0] == '*' ? 1 : 3),
		    t.n - (t.p[0] == '*' ? 1 : 3) });	/* * or ※ */
	if (t.n >= 12 && memcmp(t.p, "배", 3) == 0)
		return squeezed(t, note, NELEM(note));
	return t.n >= 12 && memcmp(t.p, "즉", 3) == 0 &&
	    squeezed(t, mark, NELEM(mark));
}

/* A board's or a desk's name where a post's or a story's author goes:
   관리자, 운영자, 편집부 (the byline of a post with no name). */
static int
hgstaff(Str t)
{
	static const char *const staff[] = {
		"관리자", "최고관리자", "운영자", "편집부", "편집국", "뉴스팀",
	};
	size_t i;

	for (i = 0; t.n <= 15 && i < NELEM(staff); i++)
		if (streqlit(t, staff[i]))
			return 1;
	return 0;
}

/* A series' issue and its publisher: "주간 국방논단 1740호(한국국방연구원
   발행)", "국방정책연구 통권 130호": a number of 호 and 발행 or 통권. */
static int
hgissue(Str t)
{
	size_t i;

	if (t.n > 100 || !(t.p[t.n - 1] == ')' || strends(t, "발행") ||
	    strends(t, "호")))
		return 0;	/* (ended by the publisher or the number) */
	for (i = 1; i + 3 <= t.n; i++)
		if (ISDIGIT(t.p[i - 1]) && memcmp(t.p + i, "호", 3) == 0)
			return strhas(t, "발행") || strhas(t, "통권");
	return 0;
}

/* A post's stamp: its date and time, then its categories glued on, no
   sentence: "2013. 9. 13. 11:14정치, 정책/통일, 평화". */
static int
hgstamprow(Str t)
{
	size_t i;

	if (t.n < 12 || !ISDIGIT(t.p[0]) || !ISDIGIT(t.p[3]) ||
	    strchr(".-/", t.p[4]) == NULL || t.p[4] == '\0' ||
	    !hasdate((Str){ t.p, 12 }) || words(t) > 12)
		return 0;
	/* a time within the first 24 bytes, a colon between digits */
	for (i = 5; i + 1 < t.n && i < 24; i++)
		if (t.p[i] == ':' && ISDIGIT(t.p[i - 1]) && ISDIGIT(t.p[i + 1]))
			return 1;
	return 0;
}

/* Is w a common Korean family name's syllable (or two: 남궁, 황보), and
   a given name after it, two to four syllables in all (홍길동, 남궁민수;
   four after one only are a word: 한미동맹)? */
int
hgpersonname(Str w)
{
	static const char *const one[] = {
		"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임",
		"한", "오", "서", "신", "권", "황", "안", "송", "류", "유",
		"홍", "전", "고", "문", "양", "손", "배", "백", "허", "남",
		"심", "노", "하", "곽", "성", "차", "주", "우", "구", "민",
		"진", "나", "지", "엄", "채", "원", "천", "방", "공", "현",
		"함", "변", "염", "여", "추", "도", "소", "석", "선", "설",
		"마", "길", "연", "위", "표", "명", "기", "반", "왕", "금",
		"옥", "육", "인", "맹", "제", "모", "탁", "국", "어", "은",
		"편", "용", "예", "경", "봉", "사", "부", "태", "목", "형",
	};
	static const char *const two[] = {
		"남궁", "황보", "제갈", "선우", "독고", "사공", "서문",
	};
	size_t i;

	if (!hgname(w))
		return 0;
	for (i = 0; i < NELEM(two); i++)
		if (w.n >= 9 && memcmp(w.p, two[i], 6) == 0)
			return 1;
	for (i = 0; i < NELEM(one) && w.n <= 9; i++)
		if (memcmp(w.p, one[i], 3) == 0)
			return 1;
	return 0;
}

/* Is w a news outlet's name: 연합뉴스, 한빛일보, 뉴시스, 뉴스1? */
int
hgoutlet(Str w)
{
	static const char *const suf[] = {
		"뉴스", "일보", "신문", "통신", "방송", "뉴시스", "뉴스1",
	};
	size_t i;

	if (w.n < 6 || w.n > 24 || !(lastsyl(w, "스보문신송") ||
	    w.p[w.n - 1] == '1') || memchr(w.p, ' ', w.n) != NULL)
		return 0;
	for (i = 0; i < NELEM(suf); i++)
		if (strends(w, suf[i]))
			return 1;
	return 0;
}

/* A byline of the outlet and the reporter's name with no title: "연합뉴스
   이정현" (not "한빛일보 창간", whose second word is no name). */
static int
hgoutletname(Str t)
{
	size_t off = 0;
	Str a, b, c;

	if (t.n > 40 || !strword(t, &off, &a) || !strword(t, &off, &b) ||
	    strword(t, &off, &c))
		return 0;
	return hgoutlet(a) && hgpersonname(b);
}

/*
 * An author's affiliation on a line of its own, under or over the name:
 * "한국국방연구원 정책개발실", "세종연구소 수석연구위원": an institute,
 * a university or a foundation first, then at most three bare nouns,
 * the last a role or an office (not "한국국방연구원 설립 50주년").
 */
int
hgaffil(Str t)
{
	static const char *const inst[] = {
		"연구원", "연구소", "대학교", "대학", "대학원", "재단", "연구센터",
		"학회", "포럼",
	};
	static const char *const role[] = {
		"연구위원", "교수", "연구원", "기자", "특파원", "논설위원", "주필",
		"실장", "센터장", "박사", "원장", "소장", "위원", "부장", "팀장",
		"실", "과", "팀", "센터", "부", "단", "본부", "연구실",
	};
	size_t off = 0, nw = 0, i;
	Str w, last = { 0 };

	if (t.n < 12 || t.n > 60 || !hgsyl(t.p, t.n) || !strword(t, &off, &w) ||
	    w.n < 6 || !lastsyl(w, "원소교학단터회럼"))
		return 0;
	for (i = 0; i < NELEM(inst); i++)
		if (strends(w, inst[i]))
			break;
	if (i == NELEM(inst) || endsterm(t))
		return 0;	/* (the institute first: most lines fail here) */
	for (off = 0; strword(t, &off, &w); last = w)
		if (++nw > 4 || !hgsyl(w.p, w.n) || w.n % 3 != 0 ||
		    hgnoun(w.p, w.n))
			return 0;	/* (Hangul, no particle: 설립을) */
	if (nw < 2)
		return 0;
	for (i = 0; i < NELEM(role); i++)
		if (strends(last, role[i]))
			return 1;
	return 0;
}

/* A post's age in place of its date, a bullet before it or not: "3시간
   전", "• 6개월 전", "2일전" (a number, a unit of time, 전 and nothing
   after; not years, a heading's "70년 전"). */
static int
hgago(Str t)
{
	static const char *unit[] = {
		"초", "분", "시간", "일", "주", "주일", "개월", "달",
	};
	size_t i, k, n;

	if (t.n > 30 || t.n < 7 || !strends(t, "전"))
		return 0;
	if ((i = itemlabel(t)) >= t.n)
		return 0;
	while (i < t.n && t.p[i] == ' ')
		i++;
	if (i >= t.n || !ISDIGIT(t.p[i]))
		return 0;
	while (i < t.n && ISDIGIT(t.p[i]))
		i++;
	for (k = 0; k < NELEM(unit); k++) {
		n = strlen(unit[k]);
		if (t.n - i >= n && memcmp(t.p + i, unit[k], n) == 0 &&
		    (t.n == i + n + 3 || (t.n == i + n + 4 && t.p[i + n] == ' ')))
			return 1;
	}
	return 0;
}

/* A day and its weekday alone, as a portal sets the day over its
   page: "05.14 (화)", "11/4(목)". */
static int
hgdayline(Str t)
{
	static const char wd[] = "월화수목금토일";
	size_t i = 0, k;

	if (t.n < 9 || t.n > 16 || !ISDIGIT(t.p[0]) || t.p[t.n - 1] != ')')
		return 0;
	for (k = 0; k < 2; k++) {	/* month, day */
		if (i >= t.n || !ISDIGIT(t.p[i]))
			return 0;
		while (i < t.n && ISDIGIT(t.p[i]))
			i++;
		if (k == 0 && (i >= t.n || (t.p[i] != '.' && t.p[i] != '/')))
			return 0;
		if (k == 0 || (i < t.n && t.p[i] == '.'))
			i++;
	}
	while (i < t.n && t.p[i] == ' ')
		i++;
	if (t.n - i != 5 || t.p[i] != '(')
		return 0;
	for (k = 0; k < sizeof(wd) - 1; k += 3)
		if (memcmp(t.p + i + 1, wd + k, 3) == 0)
			return 1;
	return 0;
}

/* A paper's colophon or a board post's stamps on one line, a key first:
   two of 발행처, 발행인, 편집인, 발행일 ("발행처 한국국방연구원 발행인 ...
   편집인 ... www.kida.re.kr"), or of 작성자, 작성일, 조회 ("작성자
   수집기 작성일 23-12-16 10:00 조회 47 댓글 0"). */
static int
hgcolophon(Str t)
{
	if (t.n > 200 || t.n < 20)
		return 0;	/* (hgmeta's: no sentence, 14 words at most) */
	if (memcmp(t.p, "발행", 6) == 0)	/* (a key opens it) */
		return strhas(t, "발행처") + strhas(t, "발행인") +
		    strhas(t, "편집인") + strhas(t, "발행일") >= 2;
	if (memcmp(t.p, "작성", 6) == 0)
		return strhas(t, "작성자") + strhas(t, "작성일") +
		    strhas(t, "조회") >= 2;
	return 0;
}

/* Does w name a body that hands out photos: 국방부, 합참, 주한미군,
   연합뉴스, 국방일보 (not 무기, 정보, 서비스, 기회: what is given)? */
static int
creditor(Str w)
{
	static const char *const end[] = {
		"부", "청", "처", "군", "사", "국", "실", "단", "참", "관",
		"위원회", "뉴스", "일보", "신문", "통신", "방송", "연구원",
		"연구소", "재단", "센터", "뉴스1",
	};
	size_t i;

	if (w.n < 6 || !hgsyl(w.p, 3))
		return 0;
	if (w.n == 6 && strends(w, "국"))
		return 0;	/* a country: 미국, 한국, 중국 (전술핵 정보 미국 제공) */
	for (i = 0; i < NELEM(end); i++)
		if (strends(w, end[i]))
			return 1;
	return 0;
}

/*
 * A photo's credit or its caption on a line of its own: the credit
 * alone, "국방부 제공", "미 국방부 제공", "국방일보 DB" (its archive's);
 * a caption's words and the
 * credit after them, "북한의 주요 군사력(2016년 12월 기준). 국방부
 * 제공", "김정은 북한 노동당 총비서. (평양 노동신문=뉴스1)".  No
 * sentence's end (…를 제공했다.) and no thing given (무기 제공).
 */
static int
hgphotocredit(Str t)
{
	size_t e, b, off = 0, nw = 0;
	Str w, last = { 0, 0 }, prev = { 0, 0 };

	if (t.n < 9 || t.n > 160 || (t.p[t.n - 1] != ')' &&
	    memcmp(t.p + t.n - 7, " 제공", 7) != 0 && !strends(t, " DB")) ||
	    !hashangul(t))
		return 0;
	if (t.p[t.n - 1] == ')') {
		/* (평양 노동신문=뉴스1), (사진=국방부) after a caption */
		for (b = t.n - 1; b > 0 && t.p[b] != '('; b--)
			;
		if (b < 4 || t.p[b - 1] != ' ' || t.p[b - 2] != '.' ||
		    !(memchr(t.p + b, '=', t.n - b) != NULL) ||
		    t.n - b > 50 || strends((Str){ t.p, b - 1 }, "다."))
			return 0;
		w = strtrim((Str){ t.p + b + 1, t.n - b - 2 });
		e = (size_t)((const char *)memchr(w.p, '=', w.n) - w.p);
		return sprefixci(w, "사진") ||
		    hgoutlet(strtrim((Str){ w.p + e + 1, w.n - e - 1 }));
	}
	while (strword(t, &off, &w)) {
		nw++;
		prev = last;
		last = w;
	}
	if (nw < 2 || !creditor(prev))
		return 0;
	/* the credit alone, its maker in one to three words; or after a
	   caption's full stop */
	b = (size_t)(prev.p - t.p);
	if (b == 0 || nw <= 4)
		return nw <= 4 && (b == 0 || !strhas((Str){ t.p, b }, "."));
	return b >= 2 && t.p[b - 2] == '.' && t.p[b - 1] == ' ' &&
	    !strends((Str){ t.p, b - 1 }, "다.");
}

/* Is w a station's name as a sign-off says it: YTN, KBS, MBN뉴스, or an
   outlet's (연합뉴스)? */
static int
station(Str w)
{
	size_t i;

	if (hgoutlet(w))
		return 1;
	for (i = 0; i < w.n && w.p[i] >= 'A' && w.p[i] <= 'Z'; i++)
		;
	return i >= 2 && i <= 5 && (i == w.n || (w.n - i == 6 &&
	    memcmp(w.p + i, "뉴스", 6) == 0));
}

/*
 * A broadcast story's sign-off on a line of its own: the station and
 * the reporter, "YTN 김문경입니다.", "KBS 뉴스 김학재입니다.", or the
 * anchor's handoff, "김학재 기자입니다." (not "우리의 입장입니다.",
 * "전작권 전환입니다.").
 */
static int
hgsignoff(Str t)
{
	size_t off = 0, nw = 0, e = t.n;
	Str w[4];

	if (t.n < 15 || t.n > 48)
		return 0;
	e -= t.p[e - 1] == '.';
	if (e < 12 || memcmp(t.p + e - 9, "입니다", 9) != 0)
		return 0;
	t = (Str){ t.p, e - 9 };
	while (nw < 4 && strword(t, &off, &w[nw]))
		nw++;
	if (nw < 2 || nw > 3 || off < t.n)
		return 0;
	if (streqlit(w[nw - 1], "기자") || streqlit(w[nw - 1], "특파원"))
		return nw == 2 && hgpersonname(w[0]) && w[0].n == 9;
	if (w[nw - 1].n != 9 || !hgpersonname(w[nw - 1]) || !station(w[0]))
		return 0;
	return nw == 2 || streqlit(w[1], "뉴스");
}

/*
 * A desk's name and its reporter's glued on one line, as a broadcaster's
 * page gives them over a story: "정치손하늘", "통일외교안보김민수".  The
 * desk, then a name of three syllables that is no office (통일부장관:
 * 부장관 is no one's name).
 */
static int
hgdeskname(Str t)
{
	static const char *const desk[] = {
		"정치", "사회", "경제", "국제", "통일외교안보", "통일외교",
		"외교안보", "국방", "북한", "세계", "전국",
	};
	/* (nor a rate, a net, a bill: 성장률, 안전망, 예산안) */
	static const char *const office = "관장부청회처실국론력자가인층권률율망안액량";
	size_t i, n;
	Str w;

	if (t.n < 12 || t.n > 27 || !hgsyl(t.p, t.n) || memchr(t.p, ' ', t.n))
		return 0;
	for (i = 0; i < NELEM(desk); i++) {
		n = strlen(desk[i]);
		if (t.n != n + 9 || memcmp(t.p, desk[i], n) != 0)
			continue;
		w = (Str){ t.p + n, 9 };
		return hgsyl(w.p, 9) && hgsyl(w.p + 6, 3) &&
		    !lastsyl(w, office) && hgpersonname(w);
	}
	return 0;
}

/* A transcript's note on itself: "※마이크 미사용으로 확인되지 않는
   내용은 별표(***)로 표기하였으니 양해 바랍니다", "※ 이 녹취록은 실제
   발언과 다를 수 있습니다". */
static int
hgtranscriptnote(Str t)
{
	if (t.n < 30 || t.n > 200 || memcmp(t.p, "\xe2\x80\xbb", 3) != 0)	/* ※ */
		return 0;
	if (memchr(t.p, '"', t.n) != NULL || strhas(t, "\xe2\x80\x9c") ||
	    strhas(t, "\xeb\x9d\xbc\xea\xb3\xa0"))	/* “ 라고 */
		return 0;	/* (a story's quote: 장관은 "양해 바랍니다"라고) */
	return (strhas(t, "표기") || strhas(t, "녹취") || strhas(t, "속기") ||
	    strhas(t, "마이크")) && (strhas(t, "양해 바랍") ||
	    strhas(t, "양해 부탁") || strhas(t, "양해해") ||
	    strhas(t, "다를 수 있")) &&	/* (not 양해각서) */
	    (strends(t, "니다.") || strends(t, "니다"));	/* (a story's 다 no) */
}

/* A brunch post's byline: "by", the author's name, the month's
   English abbreviation, the day and the year: "by 밀리터리샷 Sep 08. 2022". */
static int
hgmonthbyline(Str t)
{
	static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	size_t i, e;

	if (t.n < 18 || t.n > 80 || memcmp(t.p, "by ", 3) != 0)
		return 0;
	e = t.n - (t.p[t.n - 1] == '.');
	if (e < 15 || !ISDIGIT(t.p[e - 1]) || !ISDIGIT(t.p[e - 4]) ||
	    t.p[e - 5] != ' ' || t.p[e - 6] != '.' || !ISDIGIT(t.p[e - 7]))
		return 0;	/* (... 08. 2022) */
	i = e - 7 - (ISDIGIT(t.p[e - 8]) ? 1 : 0);	/* the day's first digit */
	if (i < 8 || t.p[i - 1] != ' ' || t.p[i - 5] != ' ')
		return 0;
	for (e = 0; e + 3 <= sizeof(months) - 1; e += 3)
		if (memcmp(t.p + i - 4, months + e, 3) == 0)
			break;
	/* a name of one or two words before the month (not "by the end
	   of Sep 08. 2022") */
	return e + 3 <= sizeof(months) - 1 && i - 5 > 3 &&
	    words((Str){ t.p + 3, i - 5 - 3 }) <= 2;
}

/* The number of an issue of the minutes alone on its line, 제3호,
   their publisher's, 국회사무처, and their place: 장소 국방위원회회의실,
   장소 국방부 청사 (a room's, a hall's, a building's last syllable). */
static int
hgissueno(Str t)
{
	size_t i;

	if (t.n > 10 && t.n <= 60 && memcmp(t.p, "장소 ", 7) == 0 &&
	    words(t) <= 6 && (lastsyl(t, "실장관홀사당") ||
	    strends(t, "센터")))
		return 1;
	if (streqlit(t, "국회사무처"))
		return 1;	/* (the minutes' publisher, in their header) */
	if (t.n < 7 || t.n > 10 || memcmp(t.p, "제", 3) != 0 ||
	    memcmp(t.p + t.n - 3, "호", 3) != 0)
		return 0;
	for (i = 3; i < t.n - 3; i++)
		if (!ISDIGIT(t.p[i]))
			return 0;
	return 1;
}

int
hgmeta(Str t)
{
	size_t off = 0, nw = 0, ndate = 0, nby = 0, nat = 0;
	Str w;
	int close;

	if (t.n > 120 && t.n <= 200 && hgsubtitle(t))
		return 1;
	if (t.n > 0 && t.p[0] == 'b' && hgmonthbyline(t))
		return 1;
	if (t.n == 0 || t.n > 120)
		return 0;
	if (hgdayline(t) || hgshortdate(t) || hgnotedname(t) ||
	    hgtranscriptnote(t) || hgissueno(t))
		return 1;
	if (!hashangul(t)) {
		/* a date alone: 2024.11.14, 2024. 11. 14. */
		for (off = 0; off < t.n; off++)
			if (strchr("0123456789.-/: ", t.p[off]) == NULL)
				break;
		if (off == t.n)
			return t.n <= 20 && hasdate(t);
		/* and a bar before the paper's number in its series:
		   2023. 08. 04. | CO 23-19 */
		if (t.p[off] != '|' || off > 20 || t.n > 40 ||
		    !hasdate((Str){ t.p, off }))
			return 0;
		while (off < t.n && !ISDIGIT(t.p[off]))
			off++;
		return off < t.n;
	}
	if (hgreleasemark(t) || hgsignoff(t) || hgsourceline(t) ||
	    hgcatalog(t) || hgdeskname(t))
		return 1;	/* (배포 후 바로 보도 가능합니다: a sentence too;
			   YTN 김문경입니다.) */
	if (hgends(t.p, t.n) && t.n > 3 && memcmp(t.p + t.n - 3, "다", 3) == 0)
		return 0;
	if (hgprose(t))
		return 0;	/* a sentence that holds a date: "...13일, ...했다." */
	if (hgfield(t) || hgago(t))
		return 1;	/* 담당부서, 조회수 3,214; 6개월 전 */
	if (hgphotocredit(t))
		return 1;
	/* a photo's credit alone: 사진=국방부, /사진=연합뉴스 */
	if (t.n <= 60 && (sprefixci(t, "사진=") || sprefixci(t, "/사진=") ||
	    sprefixci(t, "사진 = ") || sprefixci(t, "[사진=")))
		return 1;
	if (hgstaff(t) || hgissue(t) || hgstamprow(t) ||
	    hgoutletname(t))
		return 1;
	/* a photo's credit alone after its slash: /연합뉴스, /국방부 제공 */
	if (t.n <= 40 && t.p[0] == '/' && t.n > 4 && hgsyl(t.p + 1, t.n - 1) &&
	    words(t) <= 3)
		return 1;
	/* an address under its postal code: (04383) 서울특별시 ... */
	if (t.n > 8 && t.p[0] == '(' && t.p[6] == ')' && strspn(t.p + 1, "0123456789") == 5)
		return 1;
	/* an agency tag alone: (연합뉴스), [서울=뉴시스], (워싱턴=연합뉴스) */
	close = t.p[0] == '(' ? ')' : t.p[0] == '[' ? ']' : 0;
	if (close && t.p[t.n - 1] == close && t.n <= 60 &&
	    memchr(t.p + 1, close, t.n - 2) == NULL &&
	    (memchr(t.p, '=', t.n) != NULL || strhas(t, "뉴스") || strhas(t, "일보") ||
	    strhas(t, "신문") || strhas(t, "통신") || strhas(t, "방송")))
		return 1;
	if (relkey(t) || hgbio(t) || hgauthor(t) || hgcontact(t) ||
	    hgsubtitle(t) || hgaffil(t))
		return 1;
	if ((nw = words(t)) > 14)
		return 0;
	if (nw >= 4 && hgcolophon(t))
		return 1;
	nw = 0;
	/* a dateline has digits, a byline a title or an address */
	for (off = 0; off < t.n && !(t.p[off] >= '0' && t.p[off] <= '9') && t.p[off] != '@'; off++)
		;
	if (off == t.n && !strhas(t, "기자") && !strhas(t, "특파원") &&
	    !strhas(t, "위원") && !strhas(t, "통신원") && !strhas(t, "주필"))
		return 0;
	off = 0;
	while (strword(t, &off, &w)) {
		nw++;
		if (dateword(w))
			ndate++;
		else if (byword(w))
			nby++;
		else if (memchr(w.p, '@', w.n) != NULL)
			nat++;
	}
	if (nw == 0 || hgclauseline(t))
		return 0;
	if (hasdate(t) && ((ndate * 2 >= nw && nw <= 8) || ndate == nw))
		return 1;	/* 입력 2023.11.13 17:20, 입력 2023. 11. 13. 17:05 수정 ... */
	if ((nby > 0 || nat > 0) && nw <= 8)
		return 1;	/* 홍길동 기자 hong@example.co.kr */
	if (nby > 0 && nat > 0)
		return 1;	/* 김토일 기자 = kim@yna.co.kr 페이스북 ... 트위터 @... */
	return 0;
}

/* Words of a portal's menu above a story, besides its sections'. */
static const char *navwords[] = {
	"TV", "English", "MENU", "Menu", "홈",
};	/* (바로가기, 홈으로 ...: uiwords, chrome alone on a line too) */
static size_t navlen[NELEM(navwords)];

/* Sections whose names may open a title too: 북한 ..., 국방 ... */
static const char *topicwords[] = {
	"북한", "국방", "외교", "통일", "국회", "안보", "군사",
};
static size_t topiclen[NELEM(topicwords)];

/* Words of chrome that are words of a title too (관련 협의, 이 대통령). */
static const char *notnav[] = {
	"관련", "다른", "많이", "내용", "제목", "상세", "안내", "변경",
	"서비스", "찾기", "텍스트", "변환", "최신", "인기", "실시간",
	"설정", "기타", "기능", "열림",
};
static size_t notnavlen[NELEM(notnav)];

/* Is w a word of a portal's menu or of its chrome: a section's name
   (but one that may open a title), a word of its chrome (but not one
   syllable, nor one a title may hold)? */
static int
navword(Str w)
{
	if (inlist(w, navwords, NELEM(navwords), navlen))
		return 1;
	if ((w.n == 3 && hgsyl(w.p, w.n)) ||
	    inlist(w, notnav, NELEM(notnav), notnavlen))
		return 0;
	return inlist(w, uiwords, NELEM(uiwords), uilen) || uipair(w) ||
	    (sectionrow(w) && !inlist(w, topicwords, NELEM(topicwords), topiclen));
}

/* Does w open a story's stamps: 입력, 수정, 기사입력 ..., alone or
   with its date (입력2026.11.04.), or 입력: ? */
static int
stampword(Str w)
{
	static const char *sw[] = {
		"입력", "수정", "등록", "기사입력", "최종수정", "승인",
		"업데이트", "송고", "발행", "기사승인", "게재",
	};
	size_t i, n;

	/* (all open with a syllable whose first byte is EA, EB or EC) */
	if (w.n < 6 || (unsigned char)w.p[0] < 0xEA || (unsigned char)w.p[0] > 0xEC)
		return 0;
	for (i = 0; i < NELEM(sw); i++) {
		if (w.p[1] != sw[i][1] || w.p[2] != sw[i][2])
			continue;
		n = strlen(sw[i]);
		if (w.n >= n && memcmp(w.p, sw[i], n) == 0 &&
		    (w.n == n || w.p[n] == ':' || (w.p[n] >= '0' && w.p[n] <= '9')))
			return 1;
	}
	return 0;
}

/* Does the word w, ending at off in t, open a story's stamps with their
   date: 입력2026.11.04., 입력 2026.11.04, 등록: 2026-11-05 (not the
   수정 of a title: "로드맵 수정 합의")? */
static int
stamped(Str t, Str w, size_t off)
{
	Str nx;

	if (!stampword(w))
		return 0;
	return strany(w, "0123456789") ||
	    (strword(t, &off, &nx) && nx.p[0] >= '0' && nx.p[0] <= '9');
}

/* Does the line t open with a story's stamp and its date ("입력 2021. 07.
   19 14:43", "등록 2026-11-05", "입력2026.11.04.")? */
int
hgstampline(Str t)
{
	size_t off = 0;
	Str w;

	if (t.n < 8 || (unsigned char)t.p[0] < 0xEA || (unsigned char)t.p[0] > 0xEC)
		return 0;
	return strword(t, &off, &w) && stamped(t, w, off);
}

/* Is w a name of two to four syllables (a reporter's, before 기자; a
   Korean word alone)? */
int
hgname(Str w)
{
	size_t i;

	if (w.n < 6 || w.n > 12 || w.n % 3 != 0)
		return 0;
	for (i = 0; i < w.n; i += 3)
		if (!hgsyl(w.p + i, w.n - i))
			return 0;
	return 1;
}

/*
 * A Korean news story pasted as one line opens with its head: a
 * portal's menu, the title, the stamps and the byline, then the agency
 * tag ("뉴스 정치 ... PICK 한미 국방장관, ... 합의 입력2026.11.04. 오후 3:30
 * 김호준 기자 구독 (서울=연합뉴스) 김호준 기자 = ...") or, with no tag,
 * the text after the stamps and the byline.  Where the text starts,
 * after a head with no sentence end: the tag within its first 300
 * bytes, or, at the top of the document (top), within 1500 or after
 * stamps; 0 if none.  *menu is set to the menu's end (0: none), *stamp
 * to the start of the stamps (the title's end).
 */
size_t
hghead(Str t, int top, size_t *menu, size_t *stamp)
{
	size_t lim = t.n < (top ? 1500 : 300) ? t.n : top ? 1500 : 300;
	size_t i, off, prev, cut = 0, st = 0, m = 0, nw, nmenu;
	const char *p;
	Str w, nx, nx2;
	int by = 0, indate;

	*menu = *stamp = 0;
	if (!top && memchr(t.p, '=', lim) == NULL)
		return 0;	/* no tag: (서울=연합뉴스) */
	/* the agency tag: a bracket that opens after a space (an = in it) */
	for (i = memchr(t.p, '=', lim) != NULL ? 4 : lim; i + 8 < lim; i++) {
		for (p = t.p + i; p < t.p + lim && *p != '(' && *p != '[' &&
		    !(p + 3 <= t.p + lim && memcmp(p, "\xe3\x80\x90", 3) == 0); p++)
			;
		if (p == t.p + lim)
			break;
		i = (size_t)(p - t.p);
		if (t.p[i - 1] == ' ' && hglead((Str){ t.p + i, t.n - i }) > 0) {
			cut = i;
			break;
		}
	}
	if (cut == 0 && (!top || !hashangul((Str){ t.p, lim })))
		return 0;	/* (no tag, and no Korean stamps) */
	/* the menu: menu words from the start, a site's name among them */
	for (off = 0, nw = nmenu = 0; strword(t, &off, &w) && off < lim; nw++) {
		prev = off;
		if (!strword(t, &prev, &nx))
			break;
		nx2 = (Str){ NULL, 0 };
		i = prev;
		/* a topic's section may open the title (북한 ...): it is
		   the menu's before more of it, a title's tag ([단독]) or a
		   name in the menu (연합뉴스 PICK) */
		if (navword(w) || (sectionrow(w) && (navword(nx) ||
		    sectionrow(nx) || nx.p[0] == '[' ||
		    (strword(t, &i, &nx2) && navword(nx2))))) {
			nmenu++;
			m = off;
			continue;
		}
		if (!navword(nx) && !sectionrow(nx))
			break;	/* two words not the menu's: the title */
	}
	if (nmenu < 3)
		m = 0;
	/* the stamps, after two words of the title: 입력 and a date */
	for (off = m, nw = 0, prev = m; strword(t, &off, &w) &&
	    (cut == 0 ? off < lim : off <= cut); prev = off, nw++)
		if (nw >= 2 && stamped(t, w, off)) {
			st = prev;
			break;
		}
	if (cut == 0) {
		/* no tag: the text starts after the stamps' run of dates,
		   bylines and chrome, which must hold a byline; a stamp's
		   date is its date (2026.11.04, 2026년 11월 4일), 오전 or
		   오후, its time */
		if (st == 0)
			return 0;
		for (off = st, indate = 0; strword(t, &off, &w) && off < lim; ) {
			i = off;
			if (byword(w))
				by = 1;
			else if (stampword(w))
				indate = 1;
			else if (indate == 1 && dateword(w))
				indate = hasdate(w) && w.n >= 3 &&
				    memcmp(w.p + w.n - 3, "년", 3) == 0 ? 3 : 2;
			else if (indate == 3 && dateword(w) && w.p[0] >= '0' && w.p[0] <= '9')
				indate = memcmp(w.p + w.n - 3, "월", 3) == 0 ? 3 : 2;
			else if (indate == 2 && (memchr(w.p, ':', w.n) != NULL ||
			    streqlit(w, "오전") || streqlit(w, "오후")))
				indate = memchr(w.p, ':', w.n) != NULL ? 0 : 2;
			else if (navword(w) || (memchr(w.p, '@', w.n) != NULL) ||
			    (hgname(w) && strword(t, &i, &nx) && byword(nx)))
				indate = 0;
			else
				break;
			if (stampword(w) && strany(w, "0123456789"))
				indate = 2;	/* 입력2026.11.04. */
			cut = off;
		}
		if (!by || cut == 0 || cut >= t.n)
			return 0;
		while (cut < t.n && t.p[cut] == ' ')
			cut++;
	}
	if (cut < 5 || !hashangul((Str){ t.p, cut - 1 }) ||
	    hgprose((Str){ t.p, cut - 1 }))
		return 0;
	*menu = m;
	*stamp = st > 0 ? st : cut - 1;
	if (*stamp < m)
		*stamp = m;
	return cut;
}

/* A ministry page's furniture after the text at the start of t: its
   attachments, the previous and next posts, related stories, tags. */
int
hgfurn(Str t)
{
	static const char *furn[] = {
		"첨부파일", "이전글", "다음글", "목록", "관련기사", "많이 본",
		"공유하기", "담당부서", "태그", "키워드",
	};
	size_t i, n;

	for (i = 0; i < NELEM(furn); i++)
		if (t.n > (n = strlen(furn[i])) && memcmp(t.p, furn[i], n) == 0 &&
		    (t.p[n] == ' ' || t.p[n] == ':'))
			return 1;
	return 0;
}

/* The length of the end mark (endmark: (끝) /끝/ 끝.) that opens t up
   to a space or its end, 0 if none ("끝이", "끝내" are words). */
size_t
hgendmark(Str t)
{
	size_t n;

	for (n = 0; n < t.n && t.p[n] != ' '; n++)
		;
	return endmark((Str){ t.p, n }) ? n : 0;
}

/* The offset of an end mark after the last sentence of t, apart or
   glued to it ("... 개최.  끝.", "... 비난했다.(끝)"), 0 if none. */
size_t
hgendat(Str t)
{
	size_t k, e;

	if (t.n < 4 || memchr(t.p + (t.n > 12 ? t.n - 12 : 0), 0xEB,
	    t.n > 12 ? 12 : t.n) == NULL)
		return 0;	/* no 끝 (EB 81 9D) */
	for (k = t.n - 1; k > 2 && t.n - k <= 9; k--)
		if ((t.p[k - 1] == ' ' || t.p[k - 1] == '.') &&
		    hgendmark((Str){ t.p + k, t.n - k }) == t.n - k) {
			for (e = k; e > 0 && t.p[e - 1] == ' '; e--)
				;
			return e > 1 && t.p[e - 1] == '.' &&
			    (unsigned char)t.p[e - 2] >= 0x80 ? k : 0;
		}
	return 0;
}

/*
 * The furniture after a one-line story's last sentence: the reporter's
 * address, the copyright ("... 밝혔다. hojun@yna.co.kr <저작권자(c)
 * 연합뉴스, 무단 전재-재배포 금지>").  The offset where it starts (after
 * the last "다. ", within 200 bytes of the end), 0 if there is none.
 */
size_t
hgtrailer(Str t)
{
	size_t k, o;
	Str rest, w;

	/* the agency's end mark after the last sentence: "... 비난했다.(끝)
	   hojun@yna.co.kr", "... 밝혔다. /끝/" (끝 opens with EB) */
	k = t.n > 600 ? t.n - 600 : 0;
	for (k = memchr(t.p + k, 0xEB, t.n - k) == NULL ? 0 : t.n;
	    k > 5 && t.n - k < 600; k--) {
		if (t.p[k - 1] != '.' || memcmp(t.p + k - 4, "다", 3) != 0)
			continue;
		o = k < t.n && t.p[k] == ' ' ? k + 1 : k;
		if (o < t.n && memchr("(/<[", t.p[o], 4) != NULL &&
		    hgendmark((Str){ t.p + o, t.n - o }) > 0)
			return o;
	}
	for (k = t.n > 3000 ? t.n - 3000 : 3; k + 6 < t.n &&
	    t.p[t.n - 1] != '.'; k++) {	/* (a text that ends in one has none) */
		const char *dot = memchr(t.p + k, '.', t.n - k);

		if (dot == NULL)
			break;
		k = (size_t)(dot - t.p) + 2;	/* after "다. " */
		if (k + 6 >= t.n || k < 5 || dot[1] != ' ' ||
		    (unsigned char)t.p[k] < 0xEA || (unsigned char)t.p[k] > 0xED ||
		    memcmp(t.p + k - 5, "\xeb\x8b\xa4", 3) != 0)
			continue;
		if (hgfurn((Str){ t.p + k, t.n - k }))
			return k;
	}
	k = t.n > 600 ? t.n - 600 : 0;
	if (memchr(t.p + k, 0xEB, t.n - k) == NULL)
		return 0;	/* no 다 (EB 8B A4) */
	/* the last "다. " in the last 600 bytes */
	for (k = t.n; k > 5 && t.n - k < 600; k--)
		if (t.p[k - 1] == ' ' && t.p[k - 2] == '.' &&
		    memcmp(t.p + k - 5, "\xeb\x8b\xa4", 3) == 0)
			break;
	if (k <= 5 || t.n - k >= 600 || k >= t.n ||
	    hgprose((Str){ t.p + k, t.n - k }))
		return 0;
	rest = (Str){ t.p + k, t.n - k };
	if (hgaddr(rest) > 0)
		return k;
	w = strcut(&rest, ' ');
	if (sprefixci(w, "<\xec\xa0\x80\xec\x9e\x91") ||	/* <저작 */
	    sprefixci(w, "\xe2\x93\x92") || sprefixci(w, "\xc2\xa9") ||	/* ⓒ © */
	    sprefixci(w, "copyright") || sprefixci(w, "\xec\xa0\x80\xec\x9e\x91\xea\xb6\x8c"))	/* 저작권 */
		return k;
	return 0;
}

/* The reporter's address that opens t, after the story's last sentence,
   with the byline or the agency's motto before it: "kim@yna.co.kr",
   "김서연 기자 ksy@kmib.co.kr", "◎공감언론 뉴시스 hae@newsis.com".  Its
   length, 0 if t opens with none. */
size_t
hgaddr(Str t)
{
	size_t off = 0, nw;
	Str w;

	for (nw = 0; nw < 3 && strword(t, &off, &w); nw++)
		if (memchr(w.p, '@', w.n) != NULL && memchr(w.p, '.', w.n) != NULL)
			return off;
		else if (!hgname(w) && !byword(w) && !sprefixci(w, "\xe2\x97\x8e") &&	/* ◎ */
		    !(nw > 0 && !hgprose(w) && w.n <= 12))
			return 0;
	return 0;
}
