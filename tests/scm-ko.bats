#!/usr/bin/env bats
# Korean texts: sentence ends, clause labels, bylines and chrome (scm-split),
# nouns with particles and the Korean lexicon (scm-tag), counting words
# without their particles (scm-count).  Fixtures in tests/fixtures/ko.
load helper
K="$FIX/ko"

tags() {	# tags TEXT: the tags of one line of plain text
	printf '%s\n' "$1" | scm-tag | cut -f5
}
mine() {	# mine TEXT: the tags of the small lexicon only
	printf '%s\n' "$1" | scm-tag -L -l "$K/mini.lex" | cut -f5
}
sents() {	# sents TEXT: the sentences of one paragraph, one a line
	printf '%s\n' "$1" | scm-split -u sentence | cut -f6
}
kinds() {	# kinds FILE: kind and text of each block
	scm-split -k "$1" | cut -f3,6
}

@test "ko: a communique's records, as paragraphs and as sentences" {
	run scm-split "$K/communique.txt"
	check 0 "$(cat "$K/communique.para")"
	run scm-split -u sentence "$K/communique.txt"
	check 0 "$(cat "$K/communique.sentence")"
}

@test "ko: a news article's records, chrome kept as noise" {
	run scm-split -k -u sentence "$K/news.txt"
	check 0 "$(cat "$K/news.sentence")"
}

@test "ko: a mixed Korean/English paragraph is cut right for both" {
	run scm-split -u sentence "$K/mixed.txt"
	check 0 "$(cat "$K/mixed.sentence")"
}

@test "ko: sentence ends: final endings, also with no space after" {
	run sents "양측은 합의했다. 회의는 끝났다."
	check 0 "양측은 합의했다.
회의는 끝났다."
	run sents "그는 말했다.다음 회의는 내년이다."
	check 0 "그는 말했다.
다음 회의는 내년이다."
	run sents "이것이 끝인가? 아니다! 계속할 것이다."
	check 0 "이것이 끝인가?
아니다!
계속할 것이다."
}

@test "ko: no cut inside a quotation that ends in a reporting verb" {
	run sents "그는 “도발에 대응할 것이다.”라고 말했다. 다음 문장이다."
	check 0 "그는 “도발에 대응할 것이다.”라고 말했다.
다음 문장이다."
	run sents "그는 ″동맹은 강하다.″고 했다. 끝이다."
	check 0 "그는 ″동맹은 강하다.″고 했다.
끝이다."
}

@test "ko: no cut in dotted dates, decimals, Latin abbreviations" {
	run sents "회의는 2023. 11. 13. 서울에서 열렸다. 끝이다."
	check 0 "회의는 2023. 11. 13. 서울에서 열렸다.
끝이다."
	run sents "회의는 1990. 11. 13. – 15. 열렸다. 끝이다."
	check 0 "회의는 1990. 11. 13. – 15. 열렸다.
끝이다."
	run sents "분담금은 3.5% 늘었다. 끝이다."
	check 0 "분담금은 3.5% 늘었다.
끝이다."
	run sents "U.S. 국방부와 ROK-U.S. 동맹이 협의했다. 끝이다."
	check 0 "U.S. 국방부와 ROK-U.S. 동맹이 협의했다.
끝이다."
}

@test "ko: an agency tag glued after a full stop is cut off" {
	run sents "그는 이렇게 말했다.(연합뉴스)"
	check 0 "그는 이렇게 말했다.
(연합뉴스)"
}

@test "ko: sub-item labels 가. 나., circled numbers, 제N조 clauses" {
	run sh -c 'printf "1. 양측은 합의했다.\n가. 첫째 항목이다.\n나. 둘째 항목이다.\n① 셋째 항목이다.\n□ 넷째 항목이다.\n" | scm-split | cut -f3'
	check 0 "clause
item
item
item
item"
	run sh -c 'printf "제1조 목적\n\n제2조 (정의) 이 협정에서 쓰는 말의 뜻은 다음과 같다.\n" | scm-split | cut -f2,3'
	check 0 "1	heading
2	clause"
	# 가 at the start of a line that is not a label
	run sh -c 'printf "가나다 순서로 적는다.\n" | scm-split | cut -f3'
	check 0 "para"
}

@test "ko: clauses separated by one, two or no blank lines" {
	run sh -c 'printf "1. 첫째다.\n2. 둘째다.\n\n3. 셋째다.\n\n\n4. 넷째다.\n" | scm-split | cut -f2,3'
	check 0 "1	clause
2	clause
3	clause
4	clause"
}

@test "ko: bylines, datelines and agency tags are meta" {
	for l in "홍길동 기자" "워싱턴=김철수 특파원" "홍길동 기자 hong@example.co.kr" \
	    "입력 2023.11.13 17:20" "수정 2023.11.13 18:00" "2024.11.14" \
	    "기사입력 2024-11-14 09:00 최종수정 2024-11-14 10:12" \
	    "입력 2023. 11. 13. 17:05  수정 2023. 11. 13. 18:20" \
	    "[서울=뉴시스]" "(연합뉴스)" "(워싱턴=연합뉴스)"; do
		run sh -c 'printf "%s\n\n본문은 이렇다.\n" "$1" | scm-split | cut -f3 | head -1' - "$l"
		check 0 "meta"
	done
	# a heading and a sentence that name a reporter are not
	run sh -c 'printf "기자회견에서 국방부 장관이 기자들에게 말했다.\n" | scm-split | cut -f3'
	check 0 "para"
}

@test "ko: site chrome and copyright notices are noise" {
	for l in "기사 공유" "무단전재 및 재배포 금지" "ⓒ 가상일보, 무단 전재 및 재배포 금지" \
	    "구독" "좋아요 12" "댓글 3" "관련기사" "많이 본 뉴스" "글자크기" "인쇄" \
	    "URL 복사" "페이스북 트위터 카카오톡 URL 복사" "▶ 관련기사 제목 보기" \
	    "이 기사를 공유합니다" "댓글을 구독하세요"; do
		run sh -c 'printf "%s\n\n본문은 이렇다.\n" "$1" | scm-split | cut -f3' - "$l"
		check 0 "para"
	done
	# a heading that holds one of the words is still a heading
	run sh -c 'printf "한미 국방장관 기사 공유 논란\n\n본문은 이렇다.\n" | scm-split | cut -f3 | head -1'
	check 0 "heading"
}

@test "ko: a photo caption whose credit has no brackets is meta, whatever bullet opens it" {
	for l in "▲ 신원식(오른쪽) 국방부 장관과 오스틴 미 국방장관이 13일 서울에서 악수하고 있다. 국방부 제공" \
	    "한미 국방장관이 회의에 앞서 기념촬영을 하고 있다. /사진=연합뉴스" \
	    "양 장관이 공동성명을 발표하고 있다. 사진=국방부"; do
		run sh -c 'printf "%s\n\n본문은 이렇다.\n" "$1" | scm-split | cut -f3 | head -1' - "$l"
		check 0 "meta"
	done
	# a list under ▲ and a sentence about what a ministry provided are not
	run sh -c 'printf "▲ 확장억제 실행력 강화 ▲ 연합연습 확대\n\n본문은 이렇다.\n" | scm-split | cut -f3 | head -1'
	check 0 "item"
	run sh -c 'printf "국방부는 관련 자료를 언론에 제공했다.\n" | scm-split | cut -f3'
	check 0 "para"
}

@test "ko: a line without blank lines around: the byline stands alone" {
	run sh -c 'printf "홍길동 기자\n한미 양국은 합의했다.\n" | scm-split | cut -f3'
	check 0 "meta
para"
}

@test "ko: nouns match with particles after them" {
	for w in 확장억제 확장억제를 확장억제는 확장억제의 확장억제와 확장억제에서의; do
		run mine "$w"; check 0 "kw:deter"
	done
	run mine "확장억제력을"; check 0 "-"
	run mine "확장억제하다"; check 0 "kw:deter"
	run mine "반확장억제"; check 0 "-"
}

@test "ko: particles after acronyms and brackets, = is exact" {
	run mine "SCM은"; check 0 "kw:scm"
	run mine "(SCM)를"; check 0 "kw:scm"
	run mine "SCMs"; check 0 "-"
	run mine "북한"; check 0 "kw:exact"
	run mine "북한의"; check 0 "-"
}

@test "ko: the middle dot: 한·미 is 한미" {
	run mine "한·미 양국"; check 0 "kw:ally"
	run mine "한·미는"; check 0 "kw:ally"
	run mine "한미는"; check 0 "kw:ally"
}

@test "ko: the built-in lexicon: actors" {
	run tags "대한민국과 미합중국"; check 0 "actor:rok,actor:us"
	run tags "우리 측은"; check 0 "actor:rok"
	run tags "미측은"; check 0 "actor:us"
	run tags "양국은"; check 0 "actor:rok,actor:us"
	run tags "양 장관은"; check 0 "actor:rok,actor:us"
	run tags "북한의 도발"; check 0 "actor:dprk"
	run tags "北 도발"; check 0 "actor:dprk"
	run tags "美 국방"; check 0 "actor:us"
	run tags "일본과"; check 0 "actor:japan"
	run tags "유엔사가"; check 0 "actor:un"
}

@test "ko: the built-in lexicon: themes and stances" {
	run tags "핵협의그룹(NCG)을"; check 0 "theme:deterrence,theme:extended-deterrence,theme:nuclear"
	run tags "전시작전통제권 전환을"; check 0 "theme:opcon"
	run tags "전작권"; check 0 "theme:opcon"
	run tags "연합연습과 연합훈련"; check 0 "theme:exercises"
	run tags "비핵화를"; check 0 "theme:denuclearization"
	run tags "주한미군의"; check 0 "actor:us,theme:usfk"
	run tags "한미일 안보협력을"; check 0 "actor:japan,actor:rok,actor:us,theme:trilateral"
	run tags "재확인하였다"; check 0 "stance:commit"
	run tags "합의하였다"; check 0 "stance:commit"
	run tags "공약을"; check 0 "stance:commit"
	run tags "강력히 규탄하였다"; check 0 "stance:condemn"
	run tags "노력할 필요가 있다"; check 0 "stance:prescribe"
	run tags "대응해야 한다"; check 0 "stance:prescribe"
	run tags "환영하였다"; check 0 "stance:welcome"
	run tags "촉구했다"; check 0 "stance:urge"
}

@test "ko: English matching is unchanged beside Korean" {
	run tags "North Korea and 북한"; check 0 "actor:dprk"
	run tags "the US"; check 0 "actor:us"
	run tags "let us go"; check 0 "-"
}

@test "ko: counting words strips particles, never the whole word" {
	run sh -c 'scm-count -w "$1" | sort' - "$K/particles.txt"
	check 0 "$(sort "$K/particles.count")"
	run sh -c 'echo "회의를 국가의 한반도를 민주주의는 합의" | scm-count -w | cut -f2 | sort'
	check 0 "국가
민주주의
한반도
합의
회의"
	# a noun ending in 동/정/모/결 takes 의 as its particle; 동의 and 정의 stay words
	run sh -c 'echo "공동의 안정의 정전협정의 규모의 대결의 동의 동의는 정의" | scm-count -w | cut -f1,2 | sort -k2'
	check 0 "1	공동
1	규모
1	대결
2	동의
1	안정
1	정의
1	정전협정"
}

@test "ko: Korean stop words are left out of counts" {
	run sh -c 'echo "양측은 이번 회의에서 밝혔다 및 등 것" | scm-count -w | cut -f2'
	check 0 "양측
회의"
}

@test "ko: the quotative ending left after a closing quote is no word" {
	run sh -c "printf '%s\n' '장관은 \"억제가 최우선이다\"고 강조하며 \"협력하겠다\"며 \"보고를 받았다\"면서 최고의 경고를 보냈다. 대응을 촉구한 게 눈에 띈다.' | scm-count -w | cut -f2 | sort | tr '\n' ' '"
	check 0 "강조하며 경고 눈 대응 띈다 받았다 보고 보냈다 억제 장관 촉구한 최고 최우선 협력하겠다 "
}

@test "ko: a leading * matches the ending of the first word" {
	run mine "대응해야 한다"; check 0 "kw:must"
	run mine "대응해야 한다는"; check 0 "kw:must"
	run mine "해야 한다"; check 0 "-"
	run sh -c 'printf "kw:x\t*해야\n" >"$1/l.lex"; echo 해야 | scm-tag -L -l "$1/l.lex"' - "$BATS_TEST_TMPDIR"
	[ "$status" -eq 2 ]
}

@test "ko: scm-diff --translation compares the tags of each numbered clause" {
	run scm-diff --translation "$K/communique.txt" "$K/translation-en.txt"
	check 1 "$(cat "$K/translation.diff")"
	run scm-diff --translation "$K/communique.txt" "$K/communique.txt"
	[ "$status" -eq 0 ]
	[ "$(cut -f2 <<<"$output" | sort -u)" = "=" ]
	# a clause in one version only
	run sh -c 'printf "1. 양국은 합의했다.\n\n2. 북한을 규탄했다.\n" >"$1/k.txt"
		printf "1. The two countries agreed.\n" >"$1/e.txt"
		scm-diff --translation "$1/k.txt" "$1/e.txt" | cut -f1,2' - "$BATS_TEST_TMPDIR"
	check 0 "1	=
2	-"
}

@test "ko: scm-diff --translation: a negated stance on both sides, no stray tag" {
	# "not condemn" names stance:not-condemn while matching; the next
	# clause, which carries no tag, must not inherit it
	run sh -c 'printf "1. The spokesman did not condemn the launch.\n\n2. Peace.\n" >"$1/e.txt"
		printf "1. 대변인은 발사를 규탄하지 않았다.\n\n2. 평화.\n" >"$1/k.txt"
		scm-diff --translation "$1/k.txt" "$1/e.txt"' - "$BATS_TEST_TMPDIR"
	check 0 "1	=	stance:not-condemn
2	=	-"
}

@test "ko: scm-diff --translation: missing files and operands" {
	run scm-diff --translation "$K/communique.txt" /nonexistent/en.txt
	[ "$status" -eq 2 ]
	[[ "$output" == *"/nonexistent/en.txt"* ]]
	run scm-diff --translation "$K/communique.txt"
	[ "$status" -eq 2 ]
	[[ "$output" == *"only one file"*usage:* ]]
}

@test "ko: the agency tag and byline opening a lead are a sentence of their own" {
	run sents "[서울=뉴시스] 홍길동 기자 = 양국은 합의했다. 끝이다."
	check 0 "[서울=뉴시스] 홍길동 기자 =
양국은 합의했다.
끝이다."
	run sents "(워싱턴=연합뉴스) 양국은 합의했다."
	check 0 "(워싱턴=연합뉴스)
양국은 합의했다."
	# not an English bracket, not a bracket without =
	run sents "(See annex 2.) The Ministers met."
	check 0 "(See annex 2.)
The Ministers met."
	run sents "(서울에서) 양국은 합의했다."
	check 0 "(서울에서) 양국은 합의했다."
}

@test "ko: a byline in bars or brackets glued to the lead (|워싱턴 홍길동특파원|, 【한빛TV 김민서 기자】) is a sentence of its own, as an agency's tag is; a speaker's marker, a name in brackets, a table's cells are not" {
	run sents "|워싱턴 홍길동특파원|한국과 미국은 회의를 열었다. 양국은 합의했다."
	check 0 "|워싱턴 홍길동특파원|
한국과 미국은 회의를 열었다.
양국은 합의했다."
	run sents "【한빛TV 김민서 기자】양국 장관은 3일 회의를 열었다."
	check 0 "【한빛TV 김민서 기자】
양국 장관은 3일 회의를 열었다."
	run sents "[기자] 네, 국방부에 나와 있습니다."
	check 0 "[기자] 네, 국방부에 나와 있습니다."
	run sents "(홍길동) 양국은 합의했다."
	check 0 "(홍길동) 양국은 합의했다."
	run sents "| 항목 | 내용 |"
	check 0 "| 항목 | 내용 |"
	# as paragraphs the byline stays in the lead's record, as (서울=연합뉴스) does
	run sh -c 'printf "한미 회담 결과\n\n|워싱턴 홍길동특파원|한국과 미국은 회의를 열었다.\n" | scm-split | cut -f3,6'
	check 0 "heading	한미 회담 결과
para	|워싱턴 홍길동특파원|한국과 미국은 회의를 열었다."
}

@test "ko: a * pattern over Hangul still takes any ending" {
	run sh -c 'printf "k:x\t한국*\n" >"$1/s.lex"; echo "한국인들" | scm-tag -L -l "$1/s.lex" | cut -f5' - "$BATS_TEST_TMPDIR"
	check 0 "k:x"
}

@test "ko: a site's sections on one line are a menu, noise, and never the headline's section" {
	run sh -c 'printf "가상뉴스\n로그인\n정치 북한 경제 사회 전국 세계\n한미 국방장관, 확장억제 공약 재확인\n송고2023-11-13 16:30\n양 장관은 북한의 어떠한 핵 공격도 용납할 수 없으며 김정은 정권의 종말로 이어질 것이라고 재확인했다. 오스틴 장관은 미국의 확장억제 공약을 재확인했다.\n" | scm-split -k | cut -f2,3,4'
	check 0 "$(printf '1\tnoise\t-\n2\tnoise\t-\n3\tnoise\t-\n4\theading\t-\n5\tmeta\t한미 국방장관, 확장억제 공약 재확인\n6\tpara\t한미 국방장관, 확장억제 공약 재확인')"
	run sh -c 'printf "정치·북한 / 경제 / 국제 / 오피니언\n\n본문은 이렇다.\n" | scm-split -k | cut -f3 | head -1'
	check 0 "noise"
	# three section words, or one word outside the list: a heading
	for h in "북한 국방 외교" "북한 국방 외교 현안" ; do
		run sh -c 'printf "%s\n\n본문은 이렇다.\n" "$1" | scm-split | cut -f3 | head -1' - "$h"
		check 0 "heading"
	done
}

@test "ko: a whole news page: menu rows, tip line, caption with 제공, boxes of headlines are chrome" {
	run scm-split -k "$K/newspage.txt"
	check 0 "$(cat "$K/newspage.para")"
	run bash -c "scm-split -k '$K/newspage.txt' | cut -f3 | sort | uniq -c | awk '{ print \$2, \$1 }'"
	check 0 "heading 1
meta 4
noise 15
para 3"
}

@test "ko: a communique flattened to one line: the title, its date and place (meta, as in English), then clauses opening in Hangul" {
	run sh -c "printf '%s\n' '제58차 한미안보협의회의 공동성명 2026년 11월 5일, 서울 1. 제58차 회의가 서울에서 열렸다. 양 장관이 대표단을 이끌었다. 2. 양 장관은 동맹의 역할을 평가하였다. 3. 양 장관은 다음 회의를 워싱턴에서 열기로 하였다.' | scm-split | cut -f3,6"
	check 0 "heading	제58차 한미안보협의회의 공동성명
meta	2026년 11월 5일, 서울
clause	1. 제58차 회의가 서울에서 열렸다. 양 장관이 대표단을 이끌었다.
clause	2. 양 장관은 동맹의 역할을 평가하였다.
clause	3. 양 장관은 다음 회의를 워싱턴에서 열기로 하였다."
}

@test "ko: a communique pasted as one line from a PDF: the page's furniture between two clauses is noise" {
	run sh -c "printf '%s\n' '제58차 한미안보협의회의 공동성명 2026년 11월 5일, 서울 1. 제58차 회의가 서울에서 열렸다. 양 장관이 대표단을 이끌었다. 2. 양 장관은 동맹의 역할을 평가하였다. - 1 - 제58차 한미안보협의회의 공동성명 3. 양 장관은 다음 회의를 워싱턴에서 열기로 하였다. 4. 양측은 협력을 계속하기로 하였다.' | scm-split -k | cut -f3,6"
	check 0 "heading	제58차 한미안보협의회의 공동성명
meta	2026년 11월 5일, 서울
clause	1. 제58차 회의가 서울에서 열렸다. 양 장관이 대표단을 이끌었다.
clause	2. 양 장관은 동맹의 역할을 평가하였다.
noise	- 1 - 제58차 한미안보협의회의 공동성명
clause	3. 양 장관은 다음 회의를 워싱턴에서 열기로 하였다.
clause	4. 양측은 협력을 계속하기로 하였다."
}

@test "ko: a sentence that holds a full date is text, not a dateline" {
	run sh -c "printf '%s\n' '북한은 2023년 11월 13일, 미사일을 발사했다.' '입력 2023.11.13 17:20' | scm-split | cut -f3"
	check 0 "para
meta"
}

@test "ko: a PDF extract whose lines break inside words: particles opening a line join the word before" {
	run sh -c 'printf "%s\n" "1. 양 장관은 한미동맹이 한반도와 인도-태평양 지역의 평화와 안정" "을 위한 핵심축으로서 역할을 해왔음을 평가하였다. 양 장관은 북한" "의 위협에 공동으로 대응하기로 하였다." | scm-split | cut -f6'
	check 0 "1. 양 장관은 한미동맹이 한반도와 인도-태평양 지역의 평화와 안정을 위한 핵심축으로서 역할을 해왔음을 평가하였다. 양 장관은 북한의 위협에 공동으로 대응하기로 하였다."
}

@test "ko: a PDF extract whose lines break inside words: a word seen whole in the text joins" {
	# 대한민국 is in the title: "대한" / "민국" and "대한민" / "국에" are one word
	run sh -c 'printf "%s\n" "대한민국 국방부 보도자료" "" "1. 신원식 대한" "민국 국방부장관과 미국 국방장관이 회의를 주관하였다." "2. 미국은 대한민" "국에 확장억제를 제공한다는 공약을 재확인하였다." | scm-split | cut -f6'
	check 0 "대한민국 국방부 보도자료
1. 신원식 대한민국 국방부장관과 미국 국방장관이 회의를 주관하였다.
2. 미국은 대한민국에 확장억제를 제공한다는 공약을 재확인하였다."
	# and the tags of the next clause see the whole word
	run sh -c 'printf "%s\n" "1. 양측은 확장억제를 강화한다." "2. 미국은 확장" "억제 공약을 재확인하였다." | scm-split | scm-tag | cut -f5,6 | tail -n 1'
	check 0 "actor:us,stance:commit,theme:deterrence,theme:extended-deterrence	2. 미국은 확장억제 공약을 재확인하였다."
}

@test "ko: a line break between words stays a space: words, verb endings, particles after a particle, web pastes" {
	# no evidence: two words (가을 is a word, not 가 + 을), a verb and
	# its auxiliary (해야 / 한다고), a word ending in a particle
	run sh -c 'printf "%s\n" "1. 북한이 유엔 안보리 결의를 준수해야" "한다고 강조하였다. 대규모 집회 예고" "가을 단풍 절정이다. 양국은" "을지 연습을 시행한다." | scm-split | cut -f6'
	check 0 "1. 북한이 유엔 안보리 결의를 준수해야 한다고 강조하였다. 대규모 집회 예고 가을 단풍 절정이다. 양국은 을지 연습을 시행한다."
	# the lines of a web paste are paragraphs: nothing is joined
	long="양 장관은 한미동맹이 한반도와 인도-태평양 지역의 평화와 안정의 핵심축으로서 역할을 해왔음을 평가하고 앞으로도 동맹의 역량을 강화해 나가기로 하였으며 양국의 공조를 계속하기로 하였다"
	run sh -c 'printf "%s\n" "$1" "을지 연습은 매년 시행된다." | scm-split | cut -f6' - "$long"
	check 0 "$long
을지 연습은 매년 시행된다."
}

@test "ko: a wire photo's caption with its date and agency after the sentence is meta; 이 시각 많이 본 뉴스 is a box of links" {
	run sh -c 'printf "%s\n" "신원식 국방부 장관과 오스틴 장관이 13일 국방부 청사에서 악수하고 있다. 2023.11.13/뉴스1 © News1 국방부 공동취재단" "신원식 장관이 13일 오스틴 장관과 회담하고 있다. 2023.11.13. photo@newsis.com" "한미 국방장관은 13일 서울에서 제55차 한미안보협의회의를 열었다." "이 시각 많이 본 뉴스" "한미 국방장관 회담 열려" | scm-split -k | cut -f3'
	check 0 "meta
meta
para
noise
noise"
	# a sentence that goes on after its date is text
	run sh -c 'printf "%s\n" "회의는 다음 달 열린다. 2023.12.1 개최 예정인 회의에서 논의한다." | scm-split | cut -f3'
	check 0 "para"
}

@test "ko: a news story pasted as one line: its title, the text from the agency tag, the address, the copyright" {
	run sh -c 'printf "%s\n" "한미 국방장관, 맞춤형억제전략 개정 (서울=연합뉴스) 김호준 기자 = 한미 국방장관이 13일 서울에서 열린 제55차 한미안보협의회의(SCM)에서 맞춤형억제전략(TDS)을 10년 만에 개정했다. 양측은 공동성명을 발표했다. 양 장관은 연합연습을 확대하기로 했다. hojun@yna.co.kr <저작권자(c) 연합뉴스, 무단 전재-재배포 금지>" | scm-split -k | cut -f3,4,6'
	check 0 "heading	-	한미 국방장관, 맞춤형억제전략 개정
para	한미 국방장관, 맞춤형억제전략 개정	(서울=연합뉴스) 김호준 기자 = 한미 국방장관이 13일 서울에서 열린 제55차 한미안보협의회의(SCM)에서 맞춤형억제전략(TDS)을 10년 만에 개정했다. 양측은 공동성명을 발표했다. 양 장관은 연합연습을 확대하기로 했다.
meta	한미 국방장관, 맞춤형억제전략 개정	hojun@yna.co.kr
noise	한미 국방장관, 맞춤형억제전략 개정	<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"
	# a sentence before the tag is text, not a title
	run sh -c 'printf "%s\n" "국방부는 13일 이같이 밝혔다. (서울=연합뉴스) 김호준 기자 = 한미 국방장관이 13일 서울에서 열린 제55차 한미안보협의회의(SCM)에서 맞춤형억제전략(TDS)을 10년 만에 개정했다." | scm-split -k | cut -f3'
	check 0 "para"
}

@test "ko: compounds written with or without spaces get the same tags (확장 억제, 핵협의 그룹, 맞춤형억제전략)" {
	for s in "미국은 확장억제를 제공한다." "미국은 확장 억제를 제공한다."; do
		run tags "$s"
		check 0 "actor:us,theme:deterrence,theme:extended-deterrence"
	done
	for s in "핵협의그룹을 운영한다." "핵협의 그룹을 운영한다." "핵 협의 그룹을 운영한다."; do
		run tags "$s"
		check 0 "theme:deterrence,theme:extended-deterrence,theme:nuclear"
	done
	run tags "맞춤형억제전략을 개정했다."
	check 0 "theme:deterrence"
}

@test "ko: a clause broken by a page of a PDF copy goes on; the page's running header is noise" {
	run sh -c 'printf "%s\n" "제55차 한미안보협의회의 공동성명" "" "1. 양 장관은 한미동맹이 한반도와 인도-태평양 지역의 평화와 안정의 핵심축으로서" "- 1 -" "" "제55차 SCM 공동성명" "역할을 해왔음을 평가하였다." "" "2. 양측은 확장억제를 강화하기로 하였다." | scm-split -k | cut -f3,6'
	check 0 "heading	제55차 한미안보협의회의 공동성명
clause	1. 양 장관은 한미동맹이 한반도와 인도-태평양 지역의 평화와 안정의 핵심축으로서 역할을 해왔음을 평가하였다.
noise	- 1 -
noise	제55차 SCM 공동성명
clause	2. 양측은 확장억제를 강화하기로 하였다."
	# a Korean heading above a page mark and a paragraph stays apart
	run sh -c 'printf "%s\n" "1. 양측은 확장억제를 강화하기로 하였다." "" "제2장 향후 과제" "" "양측은 다음 회의를 워싱턴에서 열기로 하였다." | scm-split -k | cut -f3'
	check 0 "clause
heading
para"
}

@test "ko: a portal's and a ministry's page furniture is noise, the text stays" {
	run sh -c "printf '한빛일보 구독\n\n국방부는 13일 발표했다.\n\n본문 요약봇\n\n텍스트 음성 변환 서비스 사용하기\n\n글자 크기 변경하기\n\n기사 섹션 분류 안내\n\n이 기사를 추천합니다\n\n한빛일보 랭킹 뉴스\n\n기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다.\n\n오전 6시~오후 12시까지 집계한 결과입니다.\n\n이전글 제54차 SCM 결과\n\n다음글 국방부 브리핑\n\n매우만족 만족 보통 불만족 매우불만족\n\n담당부서 : 국제정책관실 | 연락처 : 02-748-0000\n' | scm-split | cut -f3,6"
	check 0 "para	국방부는 13일 발표했다."
	# a site's name with a word that is no button stays
	run sh -c "printf '국방부 뉴스\n\n한빛일보 국방 특집\n' | scm-split | cut -f3"
	check 0 "heading
heading"
}

@test "ko: an attachment line under a ministry's post is noise, the title above it stays" {
	run sh -c "printf '제55차 SCM 공동성명\n첨부파일 : 제55차 SCM 공동성명(국문).hwp\n\n1. 양측은 동맹을 재확인하였다.\n' | scm-split -k | cut -f3,4,6"
	check 0 "heading	-	제55차 SCM 공동성명
noise	제55차 SCM 공동성명	첨부파일 : 제55차 SCM 공동성명(국문).hwp
clause	제55차 SCM 공동성명	1. 양측은 동맹을 재확인하였다."
}

@test "ko: a numbered clause whose first line in a page copy holds its date and place is the clause, not a dateline" {
	printf '%s\n' '          제58차 한미안보협의회의 공동성명' '' '          2026년 11월 12일, 서울' '' \
	    ' 1. 제58차 한미안보협의회의(SCM)가 2026년 11월 12일 서울에서' \
	    '    개최되었다. 양국 국방장관이 회의에 참석하였다.' '' \
	    ' 2. 제59차 한미안보협의회의(SCM)는 2027년 10월 28일 워싱턴 D.C.에서' \
	    '    개최하기로 하였다.' >"$BATS_TEST_TMPDIR/k.txt"
	run sh -c "scm-split -k '$BATS_TEST_TMPDIR/k.txt' | cut -f2,3"
	check 0 "1	heading
2	meta
3	clause
4	clause"
	# a date line under a title stays meta, and so does a byline's
	run sh -c "printf '2026년 11월 12일 서울\n\n홍길동 기자 hong@example.co.kr\n' | scm-split | cut -f3"
	check 0 "meta
meta"
}

@test "ko: scm-count -w keeps the nouns whose last syllable looks like a particle (대만, 보도, 미만)" {
	run sh -c "printf '대만을 방문했다. 대만 해협. 보도에 따르면 한반도의 평화가 미만이다.\n' | scm-count -w --no-stop | sort -k2"
	check 0 "2	대만
1	따르면
1	미만
1	방문했다
1	보도
1	평화
1	한반도
1	해협"
}

@test "ko: compounds written as one word, pairs of names and another state's ministry get their tags" {
	run sh -c "printf '%s\n' '한미동맹은 굳건하다.' '한미연합훈련을 실시했다.' '주한미군사령관은 말했다.' \
	    '확장억제력을 강화한다.' '미사일방어체계를 구축한다.' '사이버안보 협력' '방위비협상이 타결됐다.' \
	    '한·미·일 공조' '북러 군사협력' '북·러 간 무기 거래' '한일 및 미일 협력' '남북 간 긴장' \
	    '미국 국방부는 성명을 냈다.' '중국 국방부는 반발했다.' '전시작전권 전환' '사의를 표하였다.' \
	    '도발을 좌시하지 않을 것이다.' '9·19 군사합의' | scm-tag | cut -f5"
	check 0 "actor:rok,actor:us
actor:rok,actor:us,theme:exercises
actor:us,theme:usfk
theme:deterrence,theme:extended-deterrence
theme:missile
theme:cyber
stance:commit,theme:usfk
actor:japan,actor:rok,actor:us,theme:trilateral
actor:dprk,actor:russia
actor:dprk,actor:russia
actor:japan,actor:rok,actor:us
actor:dprk,actor:rok,theme:inter-korean
actor:us
actor:china
theme:opcon
stance:welcome
stance:not-accept
theme:inter-korean"
	# 대만 (Taiwan) names no actor
	run sh -c "echo '북러 밀착과 대만 문제' | scm-tag | cut -f5"
	check 0 "actor:dprk,actor:russia"
	# China and Russia, China and Japan, the US and Russia, the ROK and Russia;
	# 미러 and 중일 only as words of their own
	run sh -c "printf '%s\n' '중·러 간 밀착' '중러간 밀착' '중일 관계' '미·러 정상회담' '한러 관계' '미러링 기법' '미러리스 카메라' | scm-tag | cut -f5"
	check 0 "actor:china,actor:russia
actor:china,actor:russia
actor:china,actor:japan
actor:russia,actor:us
actor:rok,actor:russia
-
-"
}

@test "ko: scm-diff --translation reads a CP949 text and a web page as the other readers do" {
	iconv -f UTF-8 -t CP949 "$K/communique.txt" >"$BATS_TEST_TMPDIR/ko-cp949.txt"
	run sh -c "scm-diff --translation '$BATS_TEST_TMPDIR/ko-cp949.txt' '$K/translation-en.txt' 2>/dev/null"
	check 1 "$(cat "$K/translation.diff")"
	run sh -c "scm-diff --translation '$BATS_TEST_TMPDIR/ko-cp949.txt' '$K/translation-en.txt' 2>&1 >/dev/null"
	check 1 "scm-diff: $BATS_TEST_TMPDIR/ko-cp949.txt: read as CP949"
	{ printf '<html><head><title>Communique</title></head><body><nav><a href="/">Home</a></nav>\n'
	  sed 's/.*/<p>&<\/p>/' "$K/translation-en.txt"; printf '</body></html>\n'; } >"$BATS_TEST_TMPDIR/en.html"
	run scm-diff --translation "$K/communique.txt" "$BATS_TEST_TMPDIR/en.html"
	check 1 "$(cat "$K/translation.diff")"
}

@test "ko: a page copy whose lines break at any syllable (full lines): words broken by the line are whole again" {
	run sh -c "scm-split '$K/charwrap.txt' | cut -f6"
	[ "$status" -eq 0 ]
	for w in '가치에 기반한 한미동맹이' '지속적인 핵·미사일 개발이' '2027년' '정비·수리·분해조립' '양 장관은 주한미군의' '대비한 연합연습을' '지원을 약속하였다.'; do
		case "$output" in *"$w"*) ;; *) echo "missing: $w"; echo "$output"; return 1 ;; esac
	done
	# the same text broken between words keeps its spaces
	run sh -c "printf '%s\n' '1. 양 장관은 자유, 민주주의, 인권, 법치라는 공동의 가치에' '기반한 한미동맹이 지난 70여 년간 한반도와 인도·태평양' '지역의 평화와 안정, 번영의 핵심축 역할을 해왔음을' '재확인하였다. 양측은 고체연료 대륙간탄도미사일을' '포함한 북한의 지속적인 핵·미사일 개발이 대한민국과' '지역 안보에 중대한 위협이 된다고 평가하였다. 양측은' '2027년 북한의 반복적인 탄도미사일 발사를 강력히' '규탄하였다.' | scm-split | cut -f6"
	check 0 "1. 양 장관은 자유, 민주주의, 인권, 법치라는 공동의 가치에 기반한 한미동맹이 지난 70여 년간 한반도와 인도·태평양 지역의 평화와 안정, 번영의 핵심축 역할을 해왔음을 재확인하였다. 양측은 고체연료 대륙간탄도미사일을 포함한 북한의 지속적인 핵·미사일 개발이 대한민국과 지역 안보에 중대한 위협이 된다고 평가하였다. 양측은 2027년 북한의 반복적인 탄도미사일 발사를 강력히 규탄하였다."
}

@test "ko: list markers stuck to a word (△확장억제, ①, □, ▲, ㉠) are not part of it: tags and counts find the word" {
	run sh -c "echo '양 장관은 △확장억제 강화 △전작권 전환 △한미일 안보협력 △연합연습 등을 논의했다.' | scm-tag | cut -f5"
	check 0 "actor:japan,actor:rok,actor:us,theme:deterrence,theme:exercises,theme:extended-deterrence,theme:opcon,theme:trilateral"
	run sh -c "echo '□확장억제 ①전작권 ▲extended deterrence ㉠연합연습' | scm-tag | cut -f5"
	check 0 "theme:deterrence,theme:exercises,theme:extended-deterrence,theme:opcon"
	run sh -c "echo '△확장억제 ①전작권 ▲연합연습 →전작권' | scm-count -w"
	check 0 "2	전작권
1	연합연습
1	확장억제"
}

@test "ko: photo captions with a bracketed or a trailing credit, [사진] and [그래픽] titles are meta" {
	run sh -c "printf '%s\n\n' '한미 국방장관 회담' '입력 2026.11.14 10:00' '(서울=연합뉴스) 안규백 국방부 장관이 14일 헤그세스 장관과 악수하고 있다. 2026.11.14 [국방부 제공. 재판매 및 DB 금지]' '[사진] 공동기자회견 하는 한미 국방장관' '[그래픽] 제58차 한미안보협의회의 주요 내용' '양 장관은 14일 회담을 열었다.' '안규백 장관이 연설하고 있다. 조종원 기자' '장관이 발언하고 있다. /연합뉴스' '장관이 발언하고 있다. [국방일보 조종원 기자]' | scm-split -k | cut -f3,4"
	check 0 "heading	-
meta	한미 국방장관 회담
meta	한미 국방장관 회담
meta	한미 국방장관 회담
meta	한미 국방장관 회담
para	한미 국방장관 회담
meta	한미 국방장관 회담
meta	한미 국방장관 회담
meta	한미 국방장관 회담"
	# a story's last paragraph with its reporter's name stays text
	run sh -c "echo '양국은 공동성명을 채택했다. 양측은 다음 회의를 워싱턴에서 열기로 했다. 이들은 협력을 강화하기로 합의했으며 구체적인 내용은 추후 발표할 예정이라고 국방부 관계자가 말했다. 김민수 기자' | scm-split | cut -f3"
	check 0 "para"
}

@test "ko: a Naver page's menu rows and buttons (NAVER 뉴스, 언론사별, 공감, TALK, 다른 공유 찾기, 후속기사 원해요) are noise, not the section" {
	run sh -c "printf '%s\n' 'NAVER 뉴스' '언론사별' '정치' '경제' '사회' '한미 \"北 핵공격 시 정권 종말\"…SCM 공동성명 채택' '입력2026.11.14. 오후 5:42' '박지훈 기자' '공감' 'TALK' '다른 공유 찾기' '한미 양국 국방장관은 14일 서울 국방부 청사에서 제58차 한미안보협의회의를 열고 확장억제의 실행력을 높이고 한미일 안보협력을 제도화하기로 합의했다고 국방부가 밝혔다.' '후속기사 원해요 0' | scm-split -k | cut -f3,4"
	check 0 "noise	-
noise	-
noise	-
noise	-
noise	-
heading	-
meta	한미 \"北 핵공격 시 정권 종말\"…SCM 공동성명 채택
meta	한미 \"北 핵공격 시 정권 종말\"…SCM 공동성명 채택
noise	한미 \"北 핵공격 시 정권 종말\"…SCM 공동성명 채택
noise	한미 \"北 핵공격 시 정권 종말\"…SCM 공동성명 채택
noise	한미 \"北 핵공격 시 정권 종말\"…SCM 공동성명 채택
para	한미 \"北 핵공격 시 정권 종말\"…SCM 공동성명 채택
noise	한미 \"北 핵공격 시 정권 종말\"…SCM 공동성명 채택"
	# a brief's 요약 (summary) stays its heading
	run sh -c "printf '요약\n\n한미동맹은 굳건하다.\n' | scm-split | cut -f3"
	check 0 "heading
para"
}

@test "ko: a Korean date's month after a year is no clause number; a dotted date in brackets holds no sentence end" {
	run sh -c "printf '1. 양 장관은 동맹을 재확인하였다.\n\n2. 양 장관은 검증 평가를 2024. 3. 중에 실시하기로 하였다.\n\n3. 양 장관은 훈련을 확대하기로 하였다.\n' | scm-split | cut -f2,6"
	check 0 "1	1. 양 장관은 동맹을 재확인하였다.
2	2. 양 장관은 검증 평가를 2024. 3. 중에 실시하기로 하였다.
3	3. 양 장관은 훈련을 확대하기로 하였다."
	run sh -c "printf '1. 양 장관은 동맹을 재확인하였다. 2. 양 장관은 평가를 ’24. 3. 중에 하기로 하였다. 3. 양 장관은 훈련을 확대하기로 하였다.\n' | scm-split | cut -f2"
	check 0 "1
2
3"
	run sh -c "printf '워싱턴 선언(2023. 4. 26.) 이후 처음 열린 회의다. 회의(’23. 11. 13.)를 열었다. 그들은 만났다.\n' | scm-split -u sentence | cut -f6"
	check 0 "워싱턴 선언(2023. 4. 26.) 이후 처음 열린 회의다.
회의(’23. 11. 13.)를 열었다.
그들은 만났다."
	# an English clause ending in a year goes on to the next clause
	run sh -c "printf '1. They met in 2026. 2. They agreed in 2027. 3. The two sides will meet.\n' | scm-split | cut -f2"
	check 0 "1
2
3"
}

@test "ko: the middle dots of HWP (ㆍ) and other fonts (‧ ∙ ・) match as · does" {
	run sh -c "printf '%s\n' '한ㆍ미 국방장관' '인도ㆍ태평양 지역' '한ㆍ미ㆍ일 협력' '북∙러 협력' '한‧미 동맹' '한・미' | scm-tag | cut -f5"
	check 0 "actor:rok,actor:us
theme:indo-pacific
actor:japan,actor:rok,actor:us,theme:trilateral
actor:dprk,actor:russia
actor:rok,actor:us
actor:rok,actor:us"
	# a user's pattern with a middle dot too
	printf 'theme:x\t가·나\n' >"$BATS_TEST_TMPDIR/l.lex"
	run sh -c "printf '가ㆍ나\n' | scm-tag -L -l '$BATS_TEST_TMPDIR/l.lex' | cut -f5"
	check 0 "theme:x"
}

@test "ko: the period and the hyphen of older press glued between country names (한.미, 한-미, 한.미상호방위조약) are a middle dot; not \"한 미\", \"한. 미\" or a date" {
	run sh -c "printf '%s\n' '한.미 국방장관' '한-미 국방장관' '한.미.일 훈련' '남.북 관계' '미.일 동맹' '한.미상호방위조약' '한·미동맹을 강화' '익명을 요구한 한 미 국방부 관계자는' '그는 지난 1일. 미 국방부는' '2018.9.19 평양' | scm-tag | cut -f5"
	check 0 "actor:rok,actor:us
actor:rok,actor:us
actor:japan,actor:rok,actor:us,theme:exercises,theme:trilateral
actor:dprk,actor:rok,theme:inter-korean
actor:japan,actor:us
actor:rok,actor:us,theme:combined-defense
actor:rok,actor:us
actor:us
actor:us
-"
	# the user's patterns too, between Hangul words only
	printf 'theme:x\t가·나\ntheme:y\t9·19\n' >"$BATS_TEST_TMPDIR/l.lex"
	run sh -c "printf '가.나\n가-나\n가 나\n9.19\n' | scm-tag -L -l '$BATS_TEST_TMPDIR/l.lex' | cut -f5"
	check 0 "theme:x
theme:x
-
-"
}

@test "ko: older and spoken phrasings: 양국대표단, 의견을 같이 하였다, 견해를 같이 했다, 재 천명, 재확약, 핵 우산, 하기로 했습니다, 의견을 모았다, 북괴, 소련" {
	run sh -c "printf '%s\n' '양국대표단은 검토하였다.' '양측대표단은' '의견을 같이 하였다.' '견해를 같이 했다.' '의견을 같이하였으며' '의견을 같이하지 않았다.' '의견의 일치를 보았다.' '재 천명하였다.' '재확약했다.' '핵 우산을 제공' '유지하기로 했습니다.' '유지하기로 하였습니다.' '의견을 모았다.' '뜻을 모았다.' '북괴의 위협' '소련의 군사력' '의견을 모으기 위해' '재 천 명의 병력' | scm-tag | cut -f5"
	check 0 "actor:rok,actor:us
actor:rok,actor:us
stance:assess
stance:assess
stance:assess
stance:not-assess
stance:assess
stance:commit
stance:commit
theme:deterrence,theme:extended-deterrence,theme:nuclear
stance:commit
stance:commit
stance:commit
stance:commit
actor:dprk
actor:russia
-
-"
}

@test "ko: 외교 naming an office or a meeting (외교·국방장관회의, 외교.국방장관이, 외교 장관, 외교 대표) is no dialogue; diplomacy and talks are" {
	run sh -c "printf '%s\n' '한.미 외교.국방장관회의 공동성명' '외교ㆍ국방(2+2) 장관회의' '외교·국방 장관' '양국 외교 대표가 동참' '외교·안보 라인' '국방·외교 분야' '외교부가 제공한' '대화를 통한 해결' '대북 외교' '외교 노력을 강화' | scm-tag | cut -f5"
	check 0 "actor:rok,actor:us
-
-
actor:rok,actor:us
-
-
actor:rok
theme:dialogue
actor:dprk,theme:dialogue
theme:dialogue"
}

@test "ko: compounds of 핵, 정찰위성, 인도태평양; any verb's 야 한다 and the brief's 필요함; 불허, 용인, 비판; a minister by family name" {
	run sh -c "printf '%s\n' '핵보유국 전술핵 핵무력정책법을' '핵심 과제를 논의하였다' '군사정찰위성을 발사하였다' '인도태평양사령관이 참석하였다' '동맹을 지켜야 한다.' '소통 노력이 필요함.' '○ 협력 제도화 필요' '필요한 조치를 취했다' '도발을 불허한다' '핵보유를 결코 용인하지 않을 것이다' '강압을 비판하였다' '신 장관은 말했다' '전 장관은 말했다' | scm-tag | cut -f5"
	check 0 "theme:nuclear
-
theme:space
theme:indo-pacific
stance:prescribe
stance:prescribe
stance:prescribe
-
stance:not-accept
stance:not-accept,theme:nuclear
stance:condemn
actor:rok
-"
}

@test "ko: count -w keeps one-syllable stems only of one-syllable nouns, strips particles after Latin and digits, keeps 9·19 and 28,500 whole" {
	run sh -c "for w in 독도 경과 가을 빈도와 원자로 연평도 하지만 북은 핵을 확장억제를 ICBM을 EDSCG를 2013년에 9·19 9ㆍ19 28,500 하였다; do printf '%s\n' \$w | scm-count -w --no-stop | cut -f2; done | tr '\n' ' '"
	check 0 "독도 경과 가을 빈도 원자로 연평도 하지만 북 핵 확장억제 icbm edscg 2013년 9·19 9·19 28,500 하였다 "
	# 하였다, 양 (both), 하지만 are stop words
	run sh -c "printf '양 장관은 합의하였다. 하지만 하였다.\n' | scm-count -w | cut -f2 | tr '\n' ' '"
	check 0 "장관 합의 "
	# a note's mark after a word's period is no part of the word
	run sh -c "printf 'weapons.3 The 있음.1) 1.5\n' | scm-count -w --no-stop | cut -f2 | tr '\n' ' '"
	check 0 "1 1.5 3 the weapons 있음 "
}

@test "ko: a ministry page's chrome: attachments, share buttons written as one word, the survey, a long footer row, reactions with counts" {
	printf '%s\n' '제55차 한미안보협의회의(SCM) 공동성명' '작성자 대변인실 작성일 2023-11-13 조회수 4,127' '첨부파일' '제55차 SCM 공동성명(국문).hwp (58KB)' '공유하기 페이스북 트위터 카카오스토리 URL복사 인쇄' '2023년 11월 13일, 서울' '' '1. 양 장관은 동맹을 재확인하였다.' '' '이 페이지에서 제공하는 정보에 대하여 만족하십니까?' '매우만족 만족 보통 불만족 매우불만족' '개인정보처리방침 | 저작권정책 | 이메일무단수집거부 | 찾아오시는 길' '이 기사 어떠셨나요?' '좋아요 3 훈훈해요 0 슬퍼요 0 화나요 1 후속기사 원해요 2' >"$BATS_TEST_TMPDIR/w.txt"
	run sh -c "scm-split -k '$BATS_TEST_TMPDIR/w.txt' | cut -f3"
	check 0 "heading
meta
noise
noise
noise
meta
clause
noise
noise
noise
noise
noise"
	# the clause's section is the title, not a row of buttons
	run sh -c "scm-split '$BATS_TEST_TMPDIR/w.txt' | awk -F'\t' '\$3 == \"clause\" { print \$4 }'"
	check 0 "제55차 한미안보협의회의(SCM) 공동성명"
}

@test "ko: an author's line after the team, a graphics desk's credit line; an agency's tag opens a block, a photo credit ends one" {
	run sh -c "printf '제55차 한미안보협의회의 결과와 향후 과제\n\n국방안보팀 박서연 입법조사관\n\n□ 회의가 열렸음.\n' | scm-split | cut -f3"
	check 0 "heading
meta
item"
	run sh -c "printf '%s\n' '(서울=연합뉴스) 김토일 기자 = kim@yna.co.kr 페이스북 tuney.kr/LeYN1 트위터 @yonhap_graphics' | scm-split | cut -f3"
	check 0 "meta"
	printf '%s\n' '(서울=연합뉴스) 사진공동취재단 = 신원식 국방부 장관과 오스틴 미국 국방장관이 13일 악수하고 있다. 2023.11.13 [국방부 제공]' '(서울=연합뉴스) 김민수 기자 = 한미 국방장관은 13일 맞춤형억제전략을 개정했다.' '양 장관은 공동성명을 발표했다.' >"$BATS_TEST_TMPDIR/c.txt"
	run sh -c "scm-split '$BATS_TEST_TMPDIR/c.txt' | cut -f3"
	check 0 "meta
para"
	# a heading of a brief that ends in a title word is no author
	run sh -c "printf '국방 협력 강화 방안과 교수\n\n내용이다.\n' | scm-split | cut -f3"
	check 0 "heading
para"
}

@test "ko: a quotation and its reporting ending apart (…했다.” 라고) is one sentence" {
	run sh -c "printf '그는 “대비 태세를 점검했다.” 라고 밝혔다. 그는 \"끝났다.\" 고 말했다. 다음 문장이다.\n' | scm-split -u sentence | cut -f6"
	check 0 "그는 “대비 태세를 점검했다.” 라고 밝혔다.
그는 \"끝났다.\" 고 말했다.
다음 문장이다."
}

@test "ko: a box's short title of bare nouns (□ 향후 과제) is a heading; a box's task stays an item" {
	run sh -c "printf 'Ⅳ. 향후 과제\n\n□ 평가 및 시사점\n\n○ 양국은 합의하였음.\n\n□ 한미는 전략자산 전개를 확대하기로 합의함\n\n□ 한미 연합훈련의 정례화와 확대\n' | scm-split | cut -f3,4"
	check 0 "heading	-
heading	Ⅳ. 향후 과제
item	□ 평가 및 시사점
item	□ 평가 및 시사점
item	□ 평가 및 시사점"
}

@test "ko: count -w keeps a number's counter (3만, 5도), strips 9·19를; 고 alone before a name is no reporting ending; a headline of ' · ' parts stays" {
	run sh -c "printf '병력 3만 명을 감축. 서해 5도 주민. 9·19를 지켰다. 당은 반대했다. 틀을 마련했다.\n' | scm-count -w --no-stop | cut -f2 | grep -E '^(3만|5도|9·19|당|틀)\$' | tr '\n' ' '"
	check 0 "3만 5도 9·19 당 틀 "
	run sh -c "printf '유족 대표는 \"진상이 밝혀지길 바란다.\" 고 채수근 상병의 뜻을 기렸다.\n' | scm-split -u sentence | wc -l"
	check 0 "2"
	run sh -c "printf '국방 브리핑\n\n한미 국방장관 회담 결과 · 확장억제 강화 · 연합연습 확대 · 한미일 안보협력 제도화\n\n본문이다.\n' | scm-split | cut -f3"
	check 0 "heading
heading
para"
}

@test "ko: a dotted date inside a clause (2026. 11. 2. 서울에서) is no clause number, also across a line" {
	for d in '2026. 11. 2.' '11. 2.' '2026년 11. 2.'; do
		run sh -c "printf '1. 회의가 $d 서울에서 개최되었다.\n\n2. 양 장관은 동맹을 재확인하였다.\n' | scm-split | cut -f2"
		check 0 "1
2"
	done
	run sh -c "printf '1. 회의가 2026. 11.\n2. 서울에서 개최되었다.\n2. 양 장관은 동맹을 재확인하였다.\n' | scm-split | cut -f2,6"
	check 0 "1	1. 회의가 2026. 11. 2. 서울에서 개최되었다.
2	2. 양 장관은 동맹을 재확인하였다."
}

@test "ko: a ministry board's fields (담당부서, 등록일, 조회수 and their values) and its postal address are meta, never the section" {
	run sh -c "printf '제58차 한미안보협의회의 공동성명\n담당부서\n국제정책관실 국제정책과\n등록일\n2026-11-05\n조회수\n3,214\n\n1. 양 장관은 동맹을 재확인하였다.\n(04383) 서울특별시 용산구 이태원로 22 국방부\n' | scm-split | cut -f3,4"
	check 0 "heading	-
meta	제58차 한미안보협의회의 공동성명
meta	제58차 한미안보협의회의 공동성명
meta	제58차 한미안보협의회의 공동성명
meta	제58차 한미안보협의회의 공동성명
meta	제58차 한미안보협의회의 공동성명
meta	제58차 한미안보협의회의 공동성명
clause	제58차 한미안보협의회의 공동성명
meta	제58차 한미안보협의회의 공동성명"
	run sh -c "printf '담당자들은 회의를 열었다.\n' | scm-split | cut -f3"
	check 0 "para"
}

@test "ko: an op-ed's signature in angle brackets is meta; Hanja abbreviations with particles (北의, 美의) and 미합중국 국방부 are their actors" {
	run sh -c "printf '한미동맹의 미래\n\n동맹은 중요하다.\n\n<홍길동 한국대 정치외교학과 교수>\n\n〈김철수 前 합참의장〉\n' | scm-split | cut -f3"
	check 0 "heading
para
meta
meta"
	run sh -c "printf '北의 핵위협\n美의 확장억제\n中의 반발\n북은 미사일을 쐈다\n헤그세스 미합중국 국방부 장관은\n남북의 대화\n' | scm-tag | cut -f5 | cut -d, -f1"
	check 0 "actor:dprk
actor:us
actor:china
actor:dprk
actor:us
actor:dprk"
}

@test "ko: a press release's kind (보 도 자 료) is noise, its attachments (붙임 1. ... 1부.) items, not clauses; asking anonymity is no demand; the field of diplomacy is no talks" {
	run sh -c "printf '보 도 자 료\n\n1. 양 장관은 합의하였다.\n\n붙임 1. 제58차 SCM 공동성명 국문 1부.\n     2. 제58차 SCM 공동성명 영문 1부.\n     3. 회의 사진 3매. 끝.\n' | scm-split -k | cut -f3"
	# (끝. after the last item: the paper's end mark, meta)
	check 0 "noise
clause
item
item
item
meta"
	run sh -c "printf '익명을 요구한 한 군사 전문가는 말했다.\n양국의 국방 및 외교 분야 고위 관계자들이 참석하였다.\n미국은 방위비 인상을 요구했다.\n' | scm-tag | cut -f5"
	check 0 "-
actor:rok,actor:us
actor:us,stance:urge,theme:usfk"
}

@test "ko: count -w: a one-syllable stem takes case particles only (정상, 해상, 사의를 stay nouns; 북은, 핵을 strip); an item's letter (가.) is no word" {
	run sh -c "printf '정상 회담. 해상 훈련. 사의를 표했다. 북은 쐈다. 핵을 버려라.\n가. 연습을 정례화한다.\n' | scm-count -w --no-stop | cut -f2 | LC_ALL=C sort | tr '\n' ' '"
	check 0 "버려라 북 사의 쐈다 연습 정례화한다 정상 표했다 해상 핵 회담 훈련 "
}

@test "ko: ▶ under an item is the item's bullet, under a story's text a related link; ❶ ➊ ⑴ ► ∙ open items" {
	run sh -c "printf '○ 양 장관은 다음과 같이 합의하였음.\n\n▶ 전작권 전환 논의 지속\n▶ 주한미군 현 수준 유지\n' | scm-split | cut -f3"
	check 0 "item
item
item"
	run sh -c "printf '기사 본문이다.\n\n▶ 한미, SCM서 핵협의그룹 격상 합의\n' | scm-split -k | cut -f3"
	check 0 "para
noise"
	run sh -c "printf '◦ 확장억제 실행력을 제고하였음.\n❶ 확장억제 실행력 제고\n➋ 연합연습 정례화\n⑶ 우주 협력\n► 사이버 협력\n' | scm-split | cut -f3 | tr '\n' ' '"
	check 0 "item item item item item "
}

@test "ko: a photo's credit alone (사진=국방부) is meta; a story's survey (이 기사가 마음에 드셨나요?) is noise" {
	run sh -c "printf '제목입니다\n\n사진=국방부\n\n본문이다. 양측은 합의했다.\n\n이 기사가 마음에 드셨나요?\n' | scm-split -k | cut -f3"
	check 0 "heading
meta
para
noise"
}
@test "ko: scm-count -w strips 야말로 and 이에요, keeps 사과, leaves out 대해서 and 의한" {
	run sh -c "printf '확장억제야말로 핵심이다. 전작권이에요. 일본의 사과를 요구했다. 이에 대해서 북한에 의한 도발이다.\n' | scm-count -w --plain | cut -f2 | sort"
	check 0 "도발
북한
사과
요구했다
일본
전작권
핵심
확장억제"
}

@test "ko: a clause's number after the opening quote of a quoted whole text is the clause's label, no sentence of its own" {
	run sh -c "printf '『1. 제58차 한미안보협의회의가 서울에서 열렸다. 양국 장관이 대표단을 이끌었다.\n\n2. 양측은 동맹을 강화하기로 하였다.』\n' | scm-split -u sentence | cut -f2,3,6"
	check 0 "1.1	clause	『1. 제58차 한미안보협의회의가 서울에서 열렸다.
1.2	clause	양국 장관이 대표단을 이끌었다.
2.1	clause	2. 양측은 동맹을 강화하기로 하였다.』"
	# a quote that opens with a year is no label
	run sh -c "printf '“2026. 11. 4.에 열렸다”고 말했다. 회의는 길었다.\n' | scm-split -u sentence | cut -f3,6"
	check 0 "para	“2026. 11. 4.에 열렸다”고 말했다.
para	회의는 길었다."
}

@test "ko: a period after an acronym spelled out in brackets before a particle ends no sentence" {
	run sents "제58차 한미안보협의회의(SCM. Security Consultative Meeting)가 열렸다. 군사위원회(MCM. Military Committee Meeting)도 열렸다."
	check 0 "제58차 한미안보협의회의(SCM. Security Consultative Meeting)가 열렸다.
군사위원회(MCM. Military Committee Meeting)도 열렸다."
	# a bracket that closes after a sentence's end, or before no particle
	run sents "회담이 열렸다(SCM. 다음 회의는 내년이다.) 그리고 끝났다. 회의(SCM. The talks ended) 이후다."
	check 0 "회담이 열렸다(SCM.
다음 회의는 내년이다.)
그리고 끝났다.
회의(SCM.
The talks ended) 이후다."
}

@test "ko: 국방부장관 written as one word is the ROK's, another state's name before it makes it theirs" {
	run tags "김관진 국방부장관과 파네타 장관이 만났다."; check 0 "actor:rok,actor:us"
	run tags "미 국방부장관이 말했다."; check 0 "actor:us"
	run tags "미국 국방부장관은"; check 0 "actor:us"
	run tags "중국 국방부장관은"; check 0 "actor:china"
	run tags "대만 국방부장관은"; check 0 "-"
	# another ministry's minister is no one's
	run tags "외교부장관과 통일부장관"; check 0 "-"
}

@test "ko: the SCM's past and present co-chairs by name (한민구, 송영무, 정경두, 헤이글, 매티스, 에스퍼, 카터)" {
	run tags "한민구 장관과 헤이글 장관"; check 0 "actor:rok,actor:us"
	run tags "송영무와 매티스, 정경두와 에스퍼"; check 0 "actor:rok,actor:us"
	run tags "카터 전 대통령"; check 0 "actor:us"
	# only as whole words with particles: a cutter knife (카터칼) is no one
	run tags "카터칼로 잘랐다."; check 0 "-"
}

@test "ko: NN주년기념 glued is an anniversary, as 70주년 기념 is; 기념비적 alone is none" {
	run tags "한미동맹 70주년기념 공동성명"; check 0 "actor:rok,actor:us,theme:anniversary"
	run tags "70주년기념식을 열었다."; check 0 "theme:anniversary"
	run tags "주년기록을 남겼다."; check 0 "-"
}

@test "ko: nuclear deterrence as one word (핵억제) is deterrence too, as 확장억제 is" {
	run tags "핵억제·핵작전 지침 완료"; check 0 "theme:deterrence,theme:nuclear"
	run tags "핵억제력을 강화한다."; check 0 "theme:deterrence,theme:nuclear"
	run tags "핵작전 지침"; check 0 "theme:nuclear"
}

@test "ko: a UN resolution broken (유엔 결의 위반, 유엔 안보리 결의) is sanctions; 유엔 결의 alone is not" {
	run tags "무기 거래를 유엔 결의 위반으로 규탄했다."; check 0 "actor:un,stance:condemn,theme:sanctions"
	run tags "유엔 결의를 위반한 발사"; check 0 "actor:un,theme:sanctions"
	run tags "유엔 안보리 결의를 준수해야 한다."; check 0 "actor:un,stance:prescribe,theme:sanctions"
	run tags "유엔 결의에 따라 설치된 기구"; check 0 "actor:un"
}

@test "ko: 타이완 해협 and 타이완해협 are the Taiwan Strait, as 대만해협 is; 타이완 alone is not" {
	run tags "타이완 해협에서의 평화와 안정"; check 0 "theme:taiwan-strait"
	run tags "타이완해협과 대만 해협"; check 0 "theme:taiwan-strait"
	run tags "타이완 문제를 언급했다."; check 0 "-"
}

@test "ko: the Six-Party Talks (6자회담, 6자 회담) are dialogue; any other 회담 is not" {
	run tags "6자회담을 통해 비핵화를 달성한다."; check 0 "theme:denuclearization,theme:dialogue"
	run tags "6자 회담 재개"; check 0 "theme:dialogue"
	run tags "정상회담과 장관급 회담"; check 0 "-"
}

@test "ko: Camp Humphreys glued (캠프험프리스) is usfk, as 캠프 험프리스 is" {
	run tags "캠프험프리스로 이전했다."; check 0 "theme:usfk"
	run tags "캠프 데이비드"; check 0 "theme:trilateral"
}

@test "ko: a commitment written as one word (방위공약, 안보공약, 방어공약) commits; an election pledge (선거공약) does not" {
	run tags "미측은 한국에 대한 방위공약에 변함이 없음을 밝혔다."; check 0 "actor:rok,actor:us,stance:commit"
	run tags "안보공약을 재확인했다."; check 0 "stance:commit"
	run tags "방어공약을 철회했다."; check 0 "stance:not-commit"
	run tags "선거공약을 지켰다."; check 0 "-"
}

@test "ko: 하기로 joined to the next clause (유지하기로 하고, 하며, 하면서) commits, as 하기로 했다 does; the noun 기로 does not" {
	run tags "양측은 주한미군의 전력 수준을 유지하기로 하고, 역할 확대를 강조했다."; check 0 "actor:rok,actor:us,stance:commit,theme:usfk"
	run tags "협력하기로 하며 협의하기로 하면서 유지하기로 했고"; check 0 "stance:commit"
	run tags "동맹은 중대한 기로 하에 있다."; check 0 "-"
}

@test "ko: a bare 평가 in a task's list of nouns (평가 및 검증 추진, 평가·검증, 평가 완료) is no assessment; 평가하였다 and 높이 평가 stay" {
	run tags "조건에 기초한 전작권 전환계획 평가 및 미래연합군사령부 완전운용능력 검증 추진"; check 0 "theme:combined-defense,theme:opcon"
	run tags "FOC 평가·검증을 실시하고 평가 완료"; check 0 "theme:opcon"
	run tags "양 장관은 북한 상황을 평가하였다."; check 0 "actor:dprk,actor:rok,actor:us,stance:assess"
	run tags "양 장관은 성과를 높이 평가 및 환영하였다."; check 0 "actor:rok,actor:us,stance:welcome"
}

@test "ko: the two countries written out (두 나라, 양 국가) are the allies, as 양국 is; a pair before them names those two" {
	run tags "이와 함께 두 나라는 6자회담을 통해 협력하기로 합의했다."; check 0 "actor:rok,actor:us,stance:commit,theme:dialogue"
	run tags "양 국가는 공약을 재확인했다."; check 0 "actor:rok,actor:us,stance:commit"
	run tags "한일 두 나라는 만났다. 북러 양 국가는 만났다."; check 0 "actor:dprk,actor:japan,actor:rok,actor:russia"
	# one country, or the country's security: no one
	run tags "한 나라의 국가 안보"; check 0 "-"
}

@test "ko: a sub-point numbered 3-1. is an item, its number no sentence of its own; a score inside a sentence is no label" {
	run sh -c "printf '논평\n\n3. 셋째 항목이다.\n\n3-1. 그러나 양국은 합의했다. 다음 문장이다.\n\n12-3. 하위 항목이다.\n' | scm-split -u sentence | cut -f3,6"
	check 0 "heading	논평
clause	3. 셋째 항목이다.
item	3-1. 그러나 양국은 합의했다.
item	다음 문장이다.
item	12-3. 하위 항목이다."
	run sh -c "printf '경기는 3-1 승리로 끝났다.\n\n02-398-8585. 전화번호다.\n' | scm-split | cut -f3,6"
	check 0 "para	경기는 3-1 승리로 끝났다.
para	02-398-8585. 전화번호다."
}

@test "ko: a quotation in single quotes named by what follows ('...했다.' 하는 보도, ‘...한다.’ 이런 내용) is no sentence's end; a new sentence after one still is" {
	run sents "그는 ‘방한하기로 했다.’ 이런 보도를 부인했다. 미 측은 '그렇지 않다.' 하는 입장이다. 그는 ‘준비됐다.’ 그리고 떠났다."
	check 0 "그는 ‘방한하기로 했다.’ 이런 보도를 부인했다.
미 측은 '그렇지 않다.' 하는 입장이다.
그는 ‘준비됐다.’
그리고 떠났다."
}

@test "ko: a quotation in single quotes then 이런 가운데 (a new sentence) is cut; 이런 말 names it" {
	run sents "'동맹은 굳건하다.' 이런 가운데 양국은 훈련을 시작했다. 장관은 '준비를 마쳤다.' 이런 말을 남겼다."
	check 0 "'동맹은 굳건하다.'
이런 가운데 양국은 훈련을 시작했다.
장관은 '준비를 마쳤다.' 이런 말을 남겼다."
}
