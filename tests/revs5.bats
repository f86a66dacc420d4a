#!/usr/bin/env bats
# An adversarial review of the fifth round's rules (hko5, hweb5): story
# lines, headings and quotes in the shapes of the new chrome.  The
# misfires found are fixed; the near misses that already behaved are
# kept here so they stay so.  Fixtures of our own writing in
# tests/fixtures/revs5.
load helper
K="$FIX/revs5"

kinds() {	# kinds FILE: loc and kind of each record, one line
	scm-split -k "$1" | cut -f2,3 | tr '\t\n' ': '
}

@test "revs5: headings that open with a library's field label are no catalog fields (저자 소개, 키워드 분석, 학술지 게재 논문 목록)" {
	run sh -c "scm-split -k '$K/ko-misfire.txt' | cut -f2,3,6 | sed -n 2,5p"
	check 0 "$(printf '2\theading\t저자 소개\n3\theading\t저자 약력\n4\theading\t키워드 분석\n5\theading\t학술지 게재 논문 목록')"
}

@test "revs5: a quote that asks 회원이신가요? in a sentence is no paywall" {
	run sh -c "scm-split -k '$K/ko-misfire.txt' | cut -f2,3 | sed -n 6p"
	check 0 "$(printf '6\tpara')"
}

@test "revs5: a desk's name and three syllables that end a rate, a net or a bill are headings, no reporter (경제성장률, 사회안전망, 국방예산안)" {
	run sh -c "scm-split -k '$K/ko-misfire.txt' | cut -f2,3,6 | sed -n 7,10p"
	check 0 "$(printf '7\theading\t사회안전망\n8\theading\t경제성장률\n9\theading\t국방예산안\n10\theading\t국제원유가')"
}

@test "revs5: negative: the fields, paywalls, clause shapes and desks that must keep their kind" {
	run kinds "$K/ko-near.txt"
	check 0 "1:heading 2:para 3:meta 4:meta 5:para 6:noise 7:para 8:para 9:para 10:para 11:para 12:para 13:para 14:heading 15:heading 16:item 17:meta "
	run sh -c "scm-split -k '$K/ko-near.txt' | cut -f6 | sed -n 3,4p"
	check 0 "$(printf '저자 한가을, 김하늘\n키워드 한미동맹, 확장억제, 핵협의그룹')"
}

@test "revs5: a copyright's brackets opened by ⓒ alone are not cut at the outlet's full stop" {
	run sh -c "scm-split -k -u sentence '$K/ko-rights.txt' | cut -f2,3,6"
	check 0 "$(printf '1.1\tpara\t훈련은 끝났다.\n2.1\tnoise\t[ⓒ 한빛뉴스1. 무단전재 및 재배포 금지]\n3.1\tpara\t그는 [Copyright 논란: 법원 판결. 항소] 사건을 언급했다.\n3.2\tpara\t다음 날 회의가 열렸다.')"
}

@test "revs5: a story's paragraph with a date mid-sentence and an outlet's bracket is text, its heading a heading" {
	run sh -c "scm-split -k '$K/en-misfire.txt' | cut -f2,3 | sed -n 1,2p"
	check 0 "$(printf '1\theading\n2\tpara')"
}

@test "revs5: 'is attributable to two factors:' is text; a heading with 'file photo' or 'indicates required' in it is a heading" {
	run sh -c "scm-split -k '$K/en-misfire.txt' | cut -f2,3,6 | sed -n 3,5p"
	check 0 "$(printf '3\tpara\tThe decline is attributable to two factors:\n4\theading\tPentagon pulls file photo\n5\theading\tSurvey indicates required spending rise')"
}

@test "revs5: a sentence that opens 'By <Capitalised>, the ...' is no byline with a role" {
	run sh -c "scm-split -k '$K/en-misfire.txt' | cut -f2,3 | sed -n 6,7p"
	check 0 "$(printf '6\tpara\n7\tpara')"
}

@test "revs5: a story's long paragraph ending 'are his own.' without views is no bio; 'Photos = ...' in a sentence is text" {
	run sh -c "scm-split -k '$K/en-misfire.txt' | cut -f2,3 | sed -n 8,9p"
	check 0 "$(printf '8\tpara\n9\tpara')"
}

@test "revs5: negative: captions, credits, attributions and bylines of the new rules keep their kind, story lines near them stay text" {
	run kinds "$K/en-near.txt"
	check 0 "1:heading 2:para 3:meta 4:meta 5:meta 6:meta 7:meta 8:para 9:para 10:para 11:para 12:heading 13:para 14:heading 15:heading 16:para "
}

@test "revs5: negative: in a sentence, numbers with commas (1, 2단계; 3, 4월) are no clause, nor a numbered clause inside a paragraph" {
	IN='양측은 훈련을 1, 2, 3단계로 나눠 진행하기로 했다. 3, 4월에는 연합연습이 열린다.\n\n12, 13일 이틀간 회의가 열렸다.\n'
	run sh -c "printf '$IN' | scm-split -u sentence | cut -f2,3"
	check 0 "$(printf '1.1\tpara\n1.2\tpara\n2.1\tpara')"
}

@test "revs5: a photo's credit chained by slashes (Agency/Service/AP/File) is meta, not the heading of the story under it; a slashed phrase in a sentence is text" {
	run sh -c "scm-split -k '$K/en-credit.txt' | cut -f2,3,4"
	check 0 "$(printf '1\theading\t-\n2\tpara\tAllies resume drills\n3\tpara\tAllies resume drills\n4\tmeta\tAllies resume drills\n5\tmeta\tAllies resume drills\n6\tpara\tAllies resume drills\n7\tpara\tAllies resume drills')"
}

@test "revs5: a heading of two words after a byline, a participle and a paper's word (Changing Times), stays a heading; a paper's name stays meta" {
	IN='Seoul and Tokyo\n\nBy Jane Roe\n\nChanging Times\n\nThe alliance has changed since 1953, officials said.\n\nBy John Doe\n\nGlobal Times\n\nThe paper said so on Monday.\n'
	run sh -c "printf '$IN' | scm-split -k | cut -f2,3,4"
	check 0 "$(printf '1\theading\t-\n2\tmeta\tSeoul and Tokyo\n3\theading\tSeoul and Tokyo\n4\tpara\tChanging Times\n5\tmeta\tChanging Times\n6\tmeta\tChanging Times\n7\tpara\tChanging Times')"
}
