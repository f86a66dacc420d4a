#!/usr/bin/env bats
# scm-split on the copies a helper's probe of December 2026 wrote in shapes
# not met before (1990s communiques, wire stories, CRS briefs, Word and
# e-mail pastes, Korean PDFs broken before a verb's ending): one test per
# rule, each with the probe's minimal input and a counter-case.
load helper

t() {	# t OPTIONS... : split stdin (printf'd $IN), print loc kind text
	printf "$IN" | scm-split "$@" | cut -f2,3,6 | tr '\t' ' '
}
ts() {	# ts OPTIONS... : like t, with the section
	printf "$IN" | scm-split "$@" | cut -f2,3,4,6 | tr '\t' '|'
}

@test "copies: a clause's wrapped line naming a delegation is no affiliation line; an affiliation under a byline still is" {
	IN='1. The meeting was held in Seoul. Dick Cheney, U.S.\nSecretary of Defense, and Lee Jong-koo,\nMinister of National Defense, headed the delegations.\n' run t -k
	check 0 "1 clause 1. The meeting was held in Seoul. Dick Cheney, U.S. Secretary of Defense, and Lee Jong-koo, Minister of National Defense, headed the delegations."
	IN='Alliance Notes\n\nBy Kim Min-ji\nResearch Fellow, Korea Institute for Defense Analyses\nThe allies met.\n' run t
	check 0 "1 heading Alliance Notes
2 meta By Kim Min-ji
3 meta Research Fellow, Korea Institute for Defense Analyses
4 para The allies met."
}

@test "copies: a Korean verb broken before its ending (개최하였 / 다.) is one word, not an item 다.; items 가. 나. 다. stay items" {
	IN='1. 양 장관은 회의를 개최하였\n다. 양측은 합의하였다.\n' run t
	check 0 "1 clause 1. 양 장관은 회의를 개최하였다. 양측은 합의하였다."
	IN='2. 양 장관은 이행 상황을 점검하였\n다. 양측은 주한미군 병력을 현 수준으로 유지하기로 하였다. 양측은 또 연합연습을 확대하기로\n하였다.\n' run t
	check 0 "1 clause 2. 양 장관은 이행 상황을 점검하였다. 양측은 주한미군 병력을 현 수준으로 유지하기로 하였다. 양측은 또 연합연습을 확대하기로 하였다."
	IN='가. 첫째 항목이다.\n나. 둘째 항목이다.\n다. 셋째 항목이다.\n' run t
	check 0 "1 item 가. 첫째 항목이다.
2 item 나. 둘째 항목이다.
3 item 다. 셋째 항목이다."
}

@test "copies: a PDF's running header after a page mark, before the next clause's number, is noise; a heading after it stays" {
	IN='제58차 한미안보협의회의 공동성명\n\n1. 양 장관은 회의를 개최하였다.\n\n2. 양 장관은 우려를 표명하였다.\n\n                - 1 -\n\n제58차 SCM 공동성명\n3. 양 장관은 진행 상황을 평가하였다.\n' run t -k
	check 0 "1 heading 제58차 한미안보협의회의 공동성명
2 clause 1. 양 장관은 회의를 개최하였다.
3 clause 2. 양 장관은 우려를 표명하였다.
4 noise - 1 -
5 noise 제58차 SCM 공동성명
6 clause 3. 양 장관은 진행 상황을 평가하였다."
	IN='1. The allies met.\n\n- 1 -\n\nThe 58th SCM Joint Communique in Review\n\nThe allies agreed.\n' run t -k
	check 0 "1 clause 1. The allies met.
2 noise - 1 -
3 heading The 58th SCM Joint Communique in Review
4 para The allies agreed."
	# a heading met before, after a page mark: the next page's header
	IN='국방논단 제2031호\n\nⅠ. 서론\n\n양국은 합의하였다.\n\n- 1 -\n\n국방논단 제2031호\n\nⅡ. 주요 내용\n\n양국은 협의하였다.\n' run ts -k
	check 0 "1|heading|-|국방논단 제2031호
2|heading|국방논단 제2031호|Ⅰ. 서론
3|para|Ⅰ. 서론|양국은 합의하였다.
4|noise|Ⅰ. 서론|- 1 -
5|noise|Ⅰ. 서론|국방논단 제2031호
6|heading|Ⅰ. 서론|Ⅱ. 주요 내용
7|para|Ⅱ. 주요 내용|양국은 협의하였다."
}

@test "copies: short pages whose last lines are numbered clauses alike in shape keep them (only furniture repeats)" {
	IN='제58차 한미안보협의회의 공동성명\n\n1. 양 장관은 회의를 개최하였다.\n\n2. 양 장관은 합의하였다.\n- 1 -\n\f제58차 SCM 공동성명\n3. 양 장관은 합의하였다.\n- 2 -\n\f제58차 SCM 공동성명\n4. 양 장관은 합의하였다.\n' run t
	check 0 "1 heading 제58차 한미안보협의회의 공동성명
2 clause 1. 양 장관은 회의를 개최하였다.
3 clause 2. 양 장관은 합의하였다.
4 clause 3. 양 장관은 합의하였다.
5 clause 4. 양 장관은 합의하였다."
}

@test "copies: a story's last paragraph signed (Yonhap) is a paragraph; a photo's caption with its credit is meta and leaves the paragraph above" {
	IN='Para one is here.\n\nThe allies agreed to meet next year, the ministry said. (Yonhap)\n' run t
	check 0 "1 para Para one is here.
2 para The allies agreed to meet next year, the ministry said. (Yonhap)"
	IN='Para one is here.\n\nThe allies agreed to meet next year, the ministry said.\n\nThis photo shows the two ministers in Seoul. (Yonhap)\n\nMore text.\n' run t
	check 0 "1 para Para one is here.
2 para The allies agreed to meet next year, the ministry said.
3 meta This photo shows the two ministers in Seoul. (Yonhap)
4 para More text."
}

@test "copies: bullets of a symbol font (pdftotext) and Word's second level (o and a tab) open items" {
	IN='The communique:\n\xef\x82\xa7 reaffirmed the pledge; and\n\xef\x82\xb7 did not include the troop figure.\n' run t
	check 0 "$(printf '1 para The communique:\n2 item \357\202\247 reaffirmed the pledge; and\n3 item \357\202\267 did not include the troop figure.')"
	IN='•\tOPCON – no target year.\no\tThe U.S. declined to commit.\no\tSeoul will push for 2028.\n' run t
	check 0 "1 item • OPCON – no target year.
2 item o The U.S. declined to commit.
3 item o Seoul will push for 2028."
}

@test "copies: a copyright notice broken over two lines is noise whole; (END) closes a story; a capital's place alone is meta" {
	IN='No sponsorship contributed to this brief.\n© 2025 by the Center for Studies. All\nrights reserved.\n' run t
	check 0 "1 para No sponsorship contributed to this brief."
	IN='Text here.\n\n(END)\n\nkms@yna.co.kr\n' run t
	check 0 "1 para Text here.
2 meta (END)
3 meta kms@yna.co.kr"
	IN='Title\n\nWashington, D.C.\nApril 26, 2023\n\nThe text.\n' run t
	check 0 "1 heading Title
2 meta Washington, D.C.
3 meta April 26, 2023
4 para The text."
	IN='Washington, Japan and Seoul met.\n' run t
	check 0 "1 para Washington, Japan and Seoul met."
}

@test "copies: a title-case heading with small words over its text, no blank line, is a heading and the section" {
	IN='The allies met in Seoul and signed a new plan for the defense of the peninsula.\n\nKey Outcomes of the 57th SCM\nThe allies agreed on a plan.\n' run ts
	check 0 "1|para|-|The allies met in Seoul and signed a new plan for the defense of the peninsula.
2|heading|-|Key Outcomes of the 57th SCM
3|para|Key Outcomes of the 57th SCM|The allies agreed on a plan."
}

@test "copies: a date after an opening quote (「2026. 11. 4. 합의」) or a month and day (10.15., (11.6.)) ends no Korean sentence" {
	run sh -c "printf '양측은 「2026. 11. 4. 합의」를 재확인했다. 끝.\n\n양측은 ‘2026. 11. 4. 합의’를 재확인했다.\n\n북한은 10.15. 미사일을 쐈다. 다음.\n\n국방부 정례브리핑(11.6.) 내용이다.\n' | scm-split -u sentence | cut -f6"
	check 0 "양측은 「2026. 11. 4. 합의」를 재확인했다.
끝.
양측은 ‘2026. 11. 4. 합의’를 재확인했다.
북한은 10.15. 미사일을 쐈다.
다음.
국방부 정례브리핑(11.6.) 내용이다."
	run sh -c "printf 'The rate was 10.15. Then it fell.\n' | scm-split -u sentence | cut -f6"
	check 0 "The rate was 10.15.
Then it fell."
}

@test "copies: review: an affiliation with \"the\"; a place that ends a wrapped clause; a contents list's headings met again after a page mark; \"rights reserved\" inside prose; a ragged title-case line" {
	IN='Kim Min-seok\nResearch Fellow, the Sejong Institute\nThe two ministers reaffirmed the commitment to the alliance.\n' run t
	check 0 "1 meta Kim Min-seok
2 meta Research Fellow, the Sejong Institute
3 para The two ministers reaffirmed the commitment to the alliance."
	IN='20. Minister Shin and Secretary Austin agreed that the 56th SCM will be held in\nWashington, D.C.\n\n21. The ministers agreed.\n' run t
	check 0 "1 clause 20. Minister Shin and Secretary Austin agreed that the 56th SCM will be held in Washington, D.C.
2 clause 21. The ministers agreed."
	IN='Contents\n\nI. Overview\n\nII. Extended Deterrence\n\n- 1 -\n\nI. Overview\n\nThe two ministers reaffirmed the commitment.\n\n- 2 -\n\nII. Extended Deterrence\n\nThe Secretary reaffirmed the U.S. commitment.\n' run ts
	check 0 "5|heading|-|I. Overview
6|para|I. Overview|The two ministers reaffirmed the commitment.
8|heading|I. Overview|II. Extended Deterrence
9|para|II. Extended Deterrence|The Secretary reaffirmed the U.S. commitment."
	IN='The two ministers noted that nothing in the arrangement affects the\nrights reserved to each Party under the Mutual Defense Treaty.\n' run t
	check 0 "1 para The two ministers noted that nothing in the arrangement affects the rights reserved to each Party under the Mutual Defense Treaty."
	IN='Earlier, the officials met.\n\nMinister of National Defense of the ROK Shin\nWon-sik met Secretary Austin in Seoul on Monday and agreed.\n' run t
	check 0 "1 para Earlier, the officials met.
2 para Minister of National Defense of the ROK Shin Won-sik met Secretary Austin in Seoul on Monday and agreed."
}

@test "copies: a clause's number alone above its text on a PDF page is its label; a page's number at the page's foot stays furniture" {
	IN='JOINT COMMUNIQUE\n\n1.\n\nThe two sides agreed to enhance cooperation in space.\n\n2.\n\nThe Minister thanked the Secretary.\n\n\f7.\n\nBoth sides reviewed OPCON transition.\n' run t
	check 0 "1 heading JOINT COMMUNIQUE
2 clause 1. The two sides agreed to enhance cooperation in space.
3 clause 2. The Minister thanked the Secretary.
4 clause 7. Both sides reviewed OPCON transition."
	IN='Text of page one goes here.\n\n1.\n\fText of page two goes here.\n\n2.\n\fText of page three.\n\n3.\n' run t
	check 0 "1 para Text of page one goes here.
2 para Text of page two goes here.
3 para Text of page three."
}

@test "copies: a briefing's header: its title a heading, its date with the weekday and time and its speaker (대변인 : 홍정우) meta, none dropped" {
	IN='국방부 대변인 정례브리핑\n2026. 11. 6.(목) 10:30\n대변인 : 홍정우\n\n<모두발언>\n\n오늘은 한미안보협의회의 결과를 말씀드리겠습니다.\n' run ts
	check 0 "1|heading|-|국방부 대변인 정례브리핑
2|meta|국방부 대변인 정례브리핑|2026. 11. 6.(목) 10:30
3|meta|국방부 대변인 정례브리핑|대변인 : 홍정우
4|heading|국방부 대변인 정례브리핑|<모두발언>
5|para|<모두발언>|오늘은 한미안보협의회의 결과를 말씀드리겠습니다."
	IN='국방부 대변인 정례브리핑\n\n2026. 11. 6.\n\n대변인은 회의 결과를 설명하였다.\n' run t
	check 0 "1 heading 국방부 대변인 정례브리핑
2 meta 2026. 11. 6.
3 para 대변인은 회의 결과를 설명하였다."
	IN='Academic year: 2022\n\nThe allies met.\n' run t -k
	check 0 "1 noise Academic year: 2022
2 para The allies met."
}

@test "copies: a board's author field (작성자, Author) in a cell of its own, its value beside it: meta, never the section" {
	IN='<html><body><table><tr><th>제목</th><td>SCM 개최 결과</td></tr><tr><th>작성자</th><td>국제정책관실</td><th>등록일</th><td>2026.11.05</td></tr></table><p>국방부 장관은 회의를 개최하였다.</p></body></html>\n' run ts -k
	check 0 "1|noise|-|제목
2|heading|-|SCM 개최 결과
3|meta|SCM 개최 결과|작성자
4|meta|SCM 개최 결과|국제정책관실
5|meta|SCM 개최 결과|등록일
6|meta|SCM 개최 결과|2026.11.05
7|para|SCM 개최 결과|국방부 장관은 회의를 개최하였다."
	IN='<html><body><h1>Allies meet</h1><table><tr><th>Author</th><td>Policy Office</td><th>Date</th><td>2026-11-05</td></tr></table><p>The minister held a meeting.</p></body></html>\n' run ts
	check 0 "1|heading|-|Allies meet
2|meta|Allies meet|Author
3|meta|Allies meet|Policy Office
4|meta|Allies meet|Date
5|meta|Allies meet|2026-11-05
6|para|Allies meet|The minister held a meeting."
}

@test "copies: a note's mark in brackets after a quote's full stop (\"Annual Meeting\".[4] It) ends the sentence" {
	run sh -c "printf '%s\n' 'It was called the \"Annual Meeting\".[4] It was renamed in 1971.' | scm-split -u sentence | cut -f6"
	check 0 'It was called the "Annual Meeting".[4]
It was renamed in 1971.'
}

@test "copies: a blog's chrome (이 블로그 인기글) is noise, not the end of the last paragraph; prose about a blog stays" {
	IN='양국은 방위비를 올리기로 했다.\n전작권 전환은 또 미뤄졌다.\n#SCM\n공감 24\n이 블로그 인기글\n' run t
	check 0 "1 para 양국은 방위비를 올리기로 했다. 전작권 전환은 또 미뤄졌다."
	IN='이 블로그에 따르면 양국은 합의했다.\n' run t
	check 0 "1 para 이 블로그에 따르면 양국은 합의했다."
}

@test "copies: a Korean given name cut at its own hyphen keeps it (Han Seo- / jun); Washington and Pyongyang cut at a line's end join" {
	IN='The talks were led by Minister Han Seo-\njun and Secretary Hale, and Lee Jong-\nkoo agreed on the strate-\ngic plan in Wash-\nington, D.C.\n' run t
	check 0 "1 para The talks were led by Minister Han Seo-jun and Secretary Hale, and Lee Jong-koo agreed on the strategic plan in Washington, D.C."
}

@test "copies: review: a time alone stays chrome; a title under a list's Date column stays a heading; a byline before a Korean date is meta; a spoken turn after 대변인 : is no field" {
	IN='The ministers met in Seoul.\n\nVideo 02:15\n\nThey agreed to continue exercises.\n' run t
	check 0 "1 para The ministers met in Seoul.
3 para They agreed to continue exercises."
	IN='Press Releases\n\nDate\n\nJoint Communique of the 57th Security Consultative Meeting\n\nThe text.\n' run t
	check 0 "1 heading Press Releases
2 meta Date
3 heading Joint Communique of the 57th Security Consultative Meeting
4 para The text."
	IN='The talks ended.\n\nBruce Klingner\n2025. 11. 4.\n\nThe alliance is strong.\n' run ts
	check 0 "1|para|-|The talks ended.
2|meta|-|Bruce Klingner
3|meta|-|2025. 11. 4.
4|para|-|The alliance is strong."
	IN='회담은 서울에서 열렸다.\n\n대변인 : 감사합니다\n\n양측은 동맹을 재확인했다.\n' run ts
	check 0 "1|para|-|회담은 서울에서 열렸다.
3|para|-|양측은 동맹을 재확인했다."
}

@test "copies: a page's rating widget (three stars or more in a row) is chrome" {
	IN='The allies met.\n\nSatisfaction with this page ☆☆☆☆☆\n\n★★★☆☆ (4.2)\n\nThey agreed ★ on two ★ things.\n' run t
	check 0 "1 para The allies met.
4 para They agreed ★ on two ★ things."
}
