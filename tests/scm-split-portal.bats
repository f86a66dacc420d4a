#!/usr/bin/env bats
# scm-split on the copies the probes of 7 December 2026 wrote: Korean
# stories pasted from a portal as one line (menu, title, stamps, byline,
# agency tag, address, copyright, related headlines), the same with line
# breaks, and the notes about a text (disclaimers, bios, editor's notes)
# that are not its text.  One test per rule, with a counter-case.
load helper

t() {	# t OPTIONS... : split stdin (printf'd $IN), print loc kind text
	printf "$IN" | scm-split "$@" | cut -f2,3,6 | tr '\t' ' '
}
ts() {	# ts OPTIONS... : like t, with the section
	printf "$IN" | scm-split "$@" | cut -f2,3,4,6 | tr '\t' '|'
}

B='양 장관은 북한의 핵 위협에 공동으로 대응하기로 했다. 양측은 연합연습을 확대하기로 합의했다. 국방부는 동맹의 억제력을 한층 강화했다고 밝혔다.'

@test "portal: a one-line story's menu is noise, its title a heading, its stamps and byline meta, before the agency tag" {
	IN="본문 바로가기 뉴스 연예 스포츠 정치 대통령실 국회·정당 북한 국방·외교 연합뉴스 PICK 한미 국방장관, 확장억제 강화 합의 입력2026.11.04. 오후 3:30 수정2026.11.04. 오후 4:01 기사원문 김호준 기자 구독 좋아요 0 (서울=연합뉴스) 김호준 기자 = 한미 국방장관은 4일 서울에서 회의를 열었다. $B hojun@yna.co.kr 저작권자(c) 연합뉴스, 무단 전재-재배포 금지 관련 뉴스 北, 동해상으로 탄도미사일 발사\n" run t -k
	check 0 "1 noise 본문 바로가기 뉴스 연예 스포츠 정치 대통령실 국회·정당 북한 국방·외교 연합뉴스 PICK
2 heading 한미 국방장관, 확장억제 강화 합의
3 meta 입력2026.11.04. 오후 3:30 수정2026.11.04. 오후 4:01 기사원문 김호준 기자 구독 좋아요 0
4 para (서울=연합뉴스) 김호준 기자 = 한미 국방장관은 4일 서울에서 회의를 열었다. $B
5 meta hojun@yna.co.kr
6 noise 저작권자(c) 연합뉴스, 무단 전재-재배포 금지 관련 뉴스 北, 동해상으로 탄도미사일 발사"
	# the title is the section of the text
	IN="뉴스 정치 경제 사회 한미 국방장관, 확장억제 강화 합의 입력 2026.11.04 15:30 (서울=연합뉴스) 김호준 기자 = 한미 국방장관은 4일 서울에서 회의를 열었다. $B\n" run ts
	check 0 "2|heading|-|한미 국방장관, 확장억제 강화 합의
3|meta|한미 국방장관, 확장억제 강화 합의|입력 2026.11.04 15:30
4|para|한미 국방장관, 확장억제 강화 합의|(서울=연합뉴스) 김호준 기자 = 한미 국방장관은 4일 서울에서 회의를 열었다. $B"
}

@test "portal: a section's name that may open a title (북한) stays the title's unless more of the menu follows" {
	IN="정치 경제 사회 북한 미사일 발사에 한미 공동 대응 입력 2026.11.04 15:30 [서울=뉴시스] 홍길동 기자 = 한미 국방장관은 4일 서울에서 회의를 열었다. $B\n" run t -k
	check 0 "1 noise 정치 경제 사회
2 heading 북한 미사일 발사에 한미 공동 대응
3 meta 입력 2026.11.04 15:30
4 para [서울=뉴시스] 홍길동 기자 = 한미 국방장관은 4일 서울에서 회의를 열었다. $B"
	IN="뉴시스 홈 정치 경제 사회 북한 국방 [단독] 美국방 \"北 비핵화 목표 변함없어\" 등록 2026.11.06 09:15 [서울=뉴시스] 박하은 기자 = 미국 국방장관은 6일 회의에서 밝혔다. $B\n" run t -k
	check 0 "1 noise 뉴시스 홈 정치 경제 사회 북한 국방
2 heading [단독] 美국방 \"北 비핵화 목표 변함없어\"
3 meta 등록 2026.11.06 09:15
4 para [서울=뉴시스] 박하은 기자 = 미국 국방장관은 6일 회의에서 밝혔다. $B"
}

@test "portal: with no agency tag the text starts after the stamps and the byline; a day after the stamp's time is the text's" {
	IN="국민일보 전체기사 정치 경제 사회 국제 오피니언 한미 SCM \"북 도발엔 즉각 대응\" 승인 2026-11-05 18:44 김서연 기자 페이스북 트위터 URL복사 4일 한미 양국 국방장관이 서울에서 회의를 열었다. $B 김서연 기자 ksy@kmib.co.kr GoodNews paper ⓒ 국민일보, 무단전재 및 재배포 금지 많이 본 기사 1 北, 극초음속 미사일 발사\n" run t -k
	check 0 "1 noise 국민일보 전체기사 정치 경제 사회 국제 오피니언
2 heading 한미 SCM \"북 도발엔 즉각 대응\"
3 meta 승인 2026-11-05 18:44 김서연 기자 페이스북 트위터 URL복사
4 para 4일 한미 양국 국방장관이 서울에서 회의를 열었다. $B
5 meta 김서연 기자 ksy@kmib.co.kr
6 noise GoodNews paper ⓒ 국민일보, 무단전재 및 재배포 금지 많이 본 기사 1 北, 극초음속 미사일 발사"
	# no stamps and no tag: a long line is left whole
	IN="양 장관은 회의를 열었다. $B 연합뉴스 보도에 따르면 (서울=연합뉴스) 김호준 기자 = 한미 국방장관은 합의했다. $B\n" run t -k
	check 0 "1 para 양 장관은 회의를 열었다. $B 연합뉴스 보도에 따르면 (서울=연합뉴스) 김호준 기자 = 한미 국방장관은 합의했다. $B"
}

@test "portal: the older agency bracket 【서울=뉴시스】 with its byline glued, a short story, and the site's lines after its address" {
	IN="한미 SCM \"북 도발엔 즉각 대응\" 등록 2026-11-05 18:44 【서울=뉴시스】김서연 기자 = 한미 양국 국방장관이 5일 서울에서 회의를 열었다. $B ksy@newsis.com\n" run t -k
	check 0 "1 heading 한미 SCM \"북 도발엔 즉각 대응\"
2 meta 등록 2026-11-05 18:44
3 para 【서울=뉴시스】김서연 기자 = 한미 양국 국방장관이 5일 서울에서 회의를 열었다. $B
4 meta ksy@newsis.com"
	IN="한미 공동 대응 입력 2026.11.04 15:30 [서울=뉴시스] 홍길동 기자 = 한미 국방장관은 4일 회의를 열었다. $B ◎공감언론 뉴시스 hong@newsis.com *재판매 및 DB 금지 이 기사를 추천합니다 관련기사 北 \"한미 SCM은 침략 모의\" 비난\n" run t -k
	check 0 "1 heading 한미 공동 대응
2 meta 입력 2026.11.04 15:30
3 para [서울=뉴시스] 홍길동 기자 = 한미 국방장관은 4일 회의를 열었다. $B
4 meta ◎공감언론 뉴시스 hong@newsis.com
5 noise *재판매 및 DB 금지 이 기사를 추천합니다 관련기사 北 \"한미 SCM은 침략 모의\" 비난"
}

@test "portal: a story's paragraph ending in the reporter's address is no photo caption" {
	IN="한미 회담\n\n양국 장관이 회의를 열고 대응하기로 했다. 소식통은 입장을 고수했다고 말했다. ksy@newsis.com\n" run t
	check 0 "1 heading 한미 회담
2 para 양국 장관이 회의를 열고 대응하기로 했다. 소식통은 입장을 고수했다고 말했다. ksy@newsis.com"
	# a caption with its photographer's address after the date stays one
	IN="한미 회담\n\n양국 장관이 악수하고 있다. 2026.11.4. photo@newsis.com\n" run t
	check 0 "1 heading 한미 회담
2 meta 양국 장관이 악수하고 있다. 2026.11.4. photo@newsis.com"
}

@test "portal: a menu one cell a line, with the agency's or the site's name among them, is noise; the headline stays" {
	IN="국민일보\n전체기사\n정치\n경제\n사회\n국제\n정치 > 국방·외교\n한미 SCM \"북 도발엔 즉각 대응\"…전작권 전환 시기는 또 미뤄\n승인 2026-11-05 18:44\n한미 양국 국방장관이 5일 회의를 열었다. $B\n" run t -k
	check 0 "1 noise 국민일보
2 noise 전체기사
3 noise 정치
4 noise 경제
5 noise 사회
6 noise 국제
7 noise 정치 > 국방·외교
8 heading 한미 SCM \"북 도발엔 즉각 대응\"…전작권 전환 시기는 또 미뤄
9 meta 승인 2026-11-05 18:44
10 para 한미 양국 국방장관이 5일 회의를 열었다. $B"
}

@test "portal: under a Korean story's copyright, the page's headlines and counters are chrome" {
	IN="한미 국방장관 회담\n양 장관은 회의를 열었다. $B\n저작권자(c) 연합뉴스, 무단 전재-재배포 금지\n김도윤 기자\n구독자 1,234\n한미, 핵협의그룹 회의 개최\n북한, 동해상으로 탄도미사일 발사\n" run t
	check 0 "1 heading 한미 국방장관 회담
2 para 양 장관은 회의를 열었다. $B
4 meta 김도윤 기자"
	# a copyright at the top of a page, before any text, leaves the headline
	IN="ⓒ 한빛일보\n한미 국방장관 회담\n\n양 장관은 회의를 열었다.\n" run t
	check 0 "2 heading 한미 국방장관 회담
3 para 양 장관은 회의를 열었다."
}

@test "notes: an op-ed's disclaimer, a publisher's note, an editor's note, a wire's credits and an author's bio are meta" {
	IN="Allies Agree\n\nThe allies met in Seoul.\n\nMichael O'Reilly is a research associate with the Korea Chair.\n\nThe views expressed in this article are the author's own and do not necessarily reflect the official policy of the ministry.\n\nThis commentary is produced by the Center for Alliance Studies, a private, tax-exempt institution.\n\nEditor's note: An earlier version of this story misstated the number of U.S. troops in Korea.\n\nAssociated Press writer Lolita C. Baldor in Washington contributed to this report.\n\n필자는 국방부 정책자문위원을 지냈으며 현재 한국대 국제대학원 교수이다.\n\n※ 이 글은 필자의 개인 의견이며 본지의 편집 방향과 다를 수 있습니다.\n" run t
	check 0 "1 heading Allies Agree
2 para The allies met in Seoul.
3 meta Michael O'Reilly is a research associate with the Korea Chair.
4 meta The views expressed in this article are the author's own and do not necessarily reflect the official policy of the ministry.
5 meta This commentary is produced by the Center for Alliance Studies, a private, tax-exempt institution.
6 meta Editor's note: An earlier version of this story misstated the number of U.S. troops in Korea.
7 meta Associated Press writer Lolita C. Baldor in Washington contributed to this report.
8 meta 필자는 국방부 정책자문위원을 지냈으며 현재 한국대 국제대학원 교수이다.
9 meta ※ 이 글은 필자의 개인 의견이며 본지의 편집 방향과 다를 수 있습니다."
}

@test "notes: text that only mentions such words stays text" {
	IN="Allies Agree\n\nThe statement does not necessarily reflect a change in policy, officials said.\n\nObservers expect more drills. The views are the author's own.\n\n필자는 이번 합의가 동맹의 미래에 중요하다고 생각한다.\n\nThis agreement is produced by years of talks.\n" run t
	check 0 "1 heading Allies Agree
2 para The statement does not necessarily reflect a change in policy, officials said.
3 para Observers expect more drills. The views are the author's own.
4 para 필자는 이번 합의가 동맹의 미래에 중요하다고 생각한다.
5 para This agreement is produced by years of talks."
}

@test "portal: a paragraph of a story naming a press corps (출입 기자) is no one-line story; a title's own words stay the title's" {
	IN="한미 국방장관 회담\n\n$B\n\n안규백 국방부 장관은 4일 출입 기자 간담회에서 한미 양국이 제57차 안보협의회의에서 전시작전통제권 전환의 조건과 시기를 구체화하기로 했다고 밝혔다. 그는 또 연합연습을 확대할 계획이라고 덧붙였다.\n\n$B\n" run t
	check 0 "1 heading 한미 국방장관 회담
2 para $B
3 para 안규백 국방부 장관은 4일 출입 기자 간담회에서 한미 양국이 제57차 안보협의회의에서 전시작전통제권 전환의 조건과 시기를 구체화하기로 했다고 밝혔다. 그는 또 연합연습을 확대할 계획이라고 덧붙였다.
4 para $B"
	IN="뉴스 정치 경제 사회 이 대통령, 헤그세스 美국방장관 접견 입력 2026.11.04 15:30 (서울=연합뉴스) 김호준 기자 = 이 대통령은 4일 헤그세스 장관을 접견했다. $B\n" run t
	check 0 "2 heading 이 대통령, 헤그세스 美국방장관 접견
3 meta 입력 2026.11.04 15:30
4 para (서울=연합뉴스) 김호준 기자 = 이 대통령은 4일 헤그세스 장관을 접견했다. $B"
	IN="한미, 전작권 전환 로드맵 수정 합의 입력 2026.11.04 15:30 (서울=연합뉴스) 김호준 기자 = 한미 양국은 4일 로드맵 수정에 합의했다. $B\n" run t
	check 0 "1 heading 한미, 전작권 전환 로드맵 수정 합의
2 meta 입력 2026.11.04 15:30
3 para (서울=연합뉴스) 김호준 기자 = 한미 양국은 4일 로드맵 수정에 합의했다. $B"
	# the story's first word after the byline is the story's
	IN="이 대통령, 美국방장관 접견 승인 2026-11-05 18:44 김서연 기자 이 대통령은 5일 헤그세스 장관을 접견했다. $B\n" run t
	check 0 "1 heading 이 대통령, 美국방장관 접견
2 meta 승인 2026-11-05 18:44 김서연 기자
3 para 이 대통령은 5일 헤그세스 장관을 접견했다. $B"
}

@test "portal: a photo credit, a sentence forbidding entry and a communique's full text after a story are not the page's tail" {
	IN="한미 국방장관 회담\n\n양 장관은 회의를 열었다.\n\nⓒ연합뉴스\n\n확장억제 실행력 강화\n\n양국은 비무장지대의 무단 출입을 금지하기로 했다.\n\n전작권 전환\n\n양측은 협의를 계속하기로 했다.\n" run t
	check 0 "1 heading 한미 국방장관 회담
2 para 양 장관은 회의를 열었다.
4 heading 확장억제 실행력 강화
5 para 양국은 비무장지대의 무단 출입을 금지하기로 했다.
6 heading 전작권 전환
7 para 양측은 협의를 계속하기로 했다."
	IN="한미 국방장관 회담\n\n양 장관은 회의를 열었다.\n\n저작권자(c) 연합뉴스, 무단 전재-재배포 금지\n\n[전문] 제57차 한미안보협의회의 공동성명\n\n1. 제57차 한미안보협의회의가 개최되었다.\n" run ts
	check 0 "1|heading|-|한미 국방장관 회담
2|para|한미 국방장관 회담|양 장관은 회의를 열었다.
4|heading|한미 국방장관 회담|[전문] 제57차 한미안보협의회의 공동성명
5|clause|[전문] 제57차 한미안보협의회의 공동성명|1. 제57차 한미안보협의회의가 개최되었다."
}

@test "notes: paragraphs that only sound like disclaimers or bios stay text" {
	IN="Allies Agree\n\nThe views expressed in the joint communique reflect a shared assessment that the threat has grown.\n\nThe concerns expressed by Tokyo do not necessarily reflect a rift in the partnership, officials said.\n\nData shared by Japan contributed to this report's finding that drills grew, the panel said.\n\nThis report is produced by the ministry every year and sets out the alliance's goals.\n\n물론 이는 필자의 개인적 판단일 뿐이다. 그러나 억제력이 약해지고 있다는 신호는 곳곳에서 보인다.\n\n필자는 과거 국방부 장관 정책보좌관으로 일하며 SCM 협상에 직접 참여했다. 당시에도 같은 논쟁이 있었다.\n" run t
	check 0 "1 heading Allies Agree
2 para The views expressed in the joint communique reflect a shared assessment that the threat has grown.
3 para The concerns expressed by Tokyo do not necessarily reflect a rift in the partnership, officials said.
4 para Data shared by Japan contributed to this report's finding that drills grew, the panel said.
5 para This report is produced by the ministry every year and sets out the alliance's goals.
6 para 물론 이는 필자의 개인적 판단일 뿐이다. 그러나 억제력이 약해지고 있다는 신호는 곳곳에서 보인다.
7 para 필자는 과거 국방부 장관 정책보좌관으로 일하며 SCM 협상에 직접 참여했다. 당시에도 같은 논쟁이 있었다."
}

@test "pdf: a report's page with no blank lines: short lines that end a sentence end paragraphs; footnotes numbered on are meta; a three-line footer is furniture; a figure's caption and source are meta" {
	run sh -c "scm-split -k '$FIX/pdf/report-nobreaks.txt' | cut -f2,3,6 | tr '\t' ' ' | cut -c1-60"
	check 0 "1 heading Alliance Outlook
2 heading Summary
3 para The 58th Security Consultative Meeting (SCM) confirme
4 para This paper argues that the two governments should giv
5 meta 1 U.S. Department of War, \"Joint Communique of the 58
6 meta 2 Conversation with a senior defense official, Seoul,
7 heading I. Reading the Communique
8 para Since 2023, every communique has widened its language
9 meta Figure 1. Mentions of \"extended deterrence\" in commun
10 meta Source: the author's count of communique texts.
11 para The North's missile launches in 2026 outnumbered tho
12 meta 3 See, e.g., the 55th SCM Joint Communique (2023), p
13 meta 4 Interviews by the author, Washington, D.C., Octobe
14 heading II. After the Consultative Group
15 para The group was created by the Washington Declaration 
16 noise 1
17 noise www.policyforum.example.org
18 noise Korea Policy Forum
19 noise 2
20 noise www.policyforum.example.org
21 noise Korea Policy Forum
22 noise 3
23 noise www.policyforum.example.org
24 noise Korea Policy Forum"
}

@test "pdf: a line that ends a sentence at the page's width goes on; a short one ends the paragraph; a figure named in a sentence is text" {
	run sh -c "scm-split '$FIX/pdf/wrapped-full.txt' | cut -f2,3 | tr '\t' ' '"
	check 0 "1 para
2 para"
	run sh -c "scm-split '$FIX/pdf/wrapped-full.txt' | cut -f6 | head -1 | grep -c 'at the current level. Short line here.'"
	check 0 "1"
	IN="Notes\n\nFigure 1 shows that drills grew.\n\nTable 2: Forces in Korea, 2026\n\n<그림 1> 연도별 연합훈련 횟수\n" run t
	check 0 "1 heading Notes
2 para Figure 1 shows that drills grew.
3 meta Table 2: Forces in Korea, 2026
4 meta <그림 1> 연도별 연합훈련 횟수"
}

@test "pdf: a Korean word broken before a particle alone or a verb's ending is one word; a particle or an adverb before 하다 keeps the space" {
	W='양 장관은 북한의 어떠한 핵 공격도 용납할 수 없으며 이는 정권의 종말로 귀결될 것임'
	IN="1. $W\n을 재강조하였다. 양측은 전환 시기에 합의하\n지 않았다. 양측은 어제 회의를\n하였다. 양측은 그 협의를 먼저\n하였다.\n" run t
	check 0 "1 clause 1. $W을 재강조하였다. 양측은 전환 시기에 합의하지 않았다. 양측은 어제 회의를 하였다. 양측은 그 협의를 먼저 하였다."
	# a word of its own in 하 (이하) and an adverb before 했다 keep the space
	IN="1. 세부 내용은 다음과 같으며 상세한 사항은 별첨 문서에 정리된 바와 같이 이하\n여백으로 둔다. 양측은 그 방안을 그렇게\n했다.\n" run t
	check 0 "1 clause 1. 세부 내용은 다음과 같으며 상세한 사항은 별첨 문서에 정리된 바와 같이 이하 여백으로 둔다. 양측은 그 방안을 그렇게 했다."
}

@test "pdf: Korean footnotes numbered on after a citation (1) 「...」, 2) ...) are meta; a list numbered alike stays items" {
	IN="제목 없음\n\n본문이다.1) 그러나 입장은 달랐다.2)\n\n1) 국방부, 「공동성명」, 2026.\n2) 미 국방부는 순환 배치가 더 효과적이라는 입장을 유지하였다.\n\n다음과 같다.\n\n1) 첫째 항목이다.\n\n2) 둘째 항목이다.\n" run t
	check 0 "1 heading 제목 없음
2 para 본문이다.1) 그러나 입장은 달랐다.2)
3 meta 1) 국방부, 「공동성명」, 2026.
4 meta 2) 미 국방부는 순환 배치가 더 효과적이라는 입장을 유지하였다.
5 para 다음과 같다.
6 item 1) 첫째 항목이다.
7 item 2) 둘째 항목이다."
}

@test "web: a page's footnotes section is meta; a wire byline with its agency and no comma is meta; a meta row cut by its date (Release |) is meta" {
	run sh -c "printf '<html><body><h1>Allies Agree</h1><p>The allies met.<sup>1</sup></p><section class=\"footnotes\"><ol><li>U.S. Department of War, \"Joint Communique,\" 2026.</li><li>Ibid.</li></ol></section><p><span class=\"type\">Release</span> | <time>Nov. 4, 2026</time></p></body></html>' | scm-split -k | cut -f2,3,6 | tr '\t' ' '"
	check 0 "1 heading Allies Agree
2 para The allies met.1
3 meta 1. U.S. Department of War, \"Joint Communique,\" 2026.
4 meta 2. Ibid.
5 meta Release |
6 meta Nov. 4, 2026"
	IN="Allies agree on drills\n\nBy HYUNG-JIN KIM and TARA COPP Associated Press\n\nSEOUL, South Korea (AP) -- The allies agreed on Tuesday to expand drills.\n" run t
	check 0 "1 heading Allies agree on drills
2 meta By HYUNG-JIN KIM and TARA COPP Associated Press
3 para SEOUL, South Korea (AP) -- The allies agreed on Tuesday to expand drills."
}

@test "pdf: what only looks like a caption, a footnote or a page's furniture stays text" {
	# a sentence that opens with a table's number, a caption's first words in a wrapped line
	IN="한미 국방비 비교\n\n<표 1>에서 보듯이 한국의 국방예산은 늘었다.\n\nFigure 3: the U.S. commitment is unchanged, as the count shows.\n" run t
	check 0 "1 heading 한미 국방비 비교
2 para <표 1>에서 보듯이 한국의 국방예산은 늘었다.
3 para Figure 3: the U.S. commitment is unchanged, as the count shows."
	# a list numbered on after a footnote, a quote after a comma: no notes marked
	IN="The SCM reaffirmed extended deterrence in familiar words this year.1\n\n1 Victor Cha, \"The Alliance at Seventy,\" CSIS, 2026.\n\nWe recommend three steps:\n\n1 Give the NCG a standing staff in Seoul.\n\n2 Hold the OPCON transition to its conditions.\n\n3 Fund rotations of strategic assets.\n\nKey quotes:\n\n1 Minister Ahn, \"We will complete the verification next year.\"\n" run t
	check 0 "1 para The SCM reaffirmed extended deterrence in familiar words this year.1
2 meta 1 Victor Cha, \"The Alliance at Seventy,\" CSIS, 2026.
3 para We recommend three steps:
4 para 1 Give the NCG a standing staff in Seoul.
5 para 2 Hold the OPCON transition to its conditions.
6 para 3 Fund rotations of strategic assets.
7 para Key quotes:
8 para 1 Minister Ahn, \"We will complete the verification next year.\""
}

@test "pdf: a Korean page wrapped by words: its title stands alone and a short line that ends a sentence ends its paragraph" {
	IN="제58차 한미안보협의회의(SCM) 개최 결과\n안규백 국방부장관과 헤그세스 미국 전쟁부장관은 11월 4일 서울에서 열린 회의를\n개최하였다. 양 장관은 한미동맹이 한반도 평화와 안정의 핵심축임을 재확인하고\n향후 협력을 지속하기로 하였다. 이번 회의에는 양국의 국방 분야 고위 관계자들은\n물론 외교 분야 관계자들도 참석하였으며, 양측은 북한의 위협에 대한 평가를\n공유하였다.\n양 장관은 북한의 대륙간탄도미사일 발사를 강력히 규탄하였다. 헤그세스 장관은 핵을\n포함한 모든 범주의 군사능력을 운용하여 대한민국에 확장억제를 제공한다는 공약을\n재확인하였다.\n" run t
	check 0 "1 heading 제58차 한미안보협의회의(SCM) 개최 결과
2 para 안규백 국방부장관과 헤그세스 미국 전쟁부장관은 11월 4일 서울에서 열린 회의를 개최하였다. 양 장관은 한미동맹이 한반도 평화와 안정의 핵심축임을 재확인하고 향후 협력을 지속하기로 하였다. 이번 회의에는 양국의 국방 분야 고위 관계자들은 물론 외교 분야 관계자들도 참석하였으며, 양측은 북한의 위협에 대한 평가를 공유하였다.
3 para 양 장관은 북한의 대륙간탄도미사일 발사를 강력히 규탄하였다. 헤그세스 장관은 핵을 포함한 모든 범주의 군사능력을 운용하여 대한민국에 확장억제를 제공한다는 공약을 재확인하였다."
}

@test "pdf: a later page's header that shortens the document's first line is furniture" {
	IN="KIDA 국방정책 브리프 제2026-14호\n\n제58차 SCM 결과 평가\n\n1. 양 장관은 회의를 개최하였다.\n\n- 1 -\n\fKIDA 국방정책 브리프\n\n2. 양 장관은 합의하였다.\n\n- 2 -\n\f" run t -k
	check 0 "1 meta KIDA 국방정책 브리프 제2026-14호
2 heading 제58차 SCM 결과 평가
3 clause 1. 양 장관은 회의를 개최하였다.
4 clause 2. 양 장관은 합의하였다.
5 noise - 1 -
6 noise KIDA 국방정책 브리프
7 noise - 2 -"
}

@test "sentences: paras., arts. and figs. before a number end no sentence" {
	IN="See the 55th SCM Joint Communique (2023), paras. 4-7. The text grew, as arts. 2 and 3 and figs. 1-2 show.\n" run t -u sentence
	check 0 "1.1 para See the 55th SCM Joint Communique (2023), paras. 4-7.
1.2 para The text grew, as arts. 2 and 3 and figs. 1-2 show."
}

@test "pdf: what only looks like a Korean title, a page header or a verb's stem stays as it was" {
	# a sentence's subject on a short first line, a noun in 하 before a word that looks like an ending
	IN="안규백 국방부장관과 헤그세스 장관은\n서울에서 열린 제58차 한미안보협의회의에서 양국 국방 분야의 현안을 논의하였으며\n억제력의 저하\n지도부의 오판 가능성을 우려하였다. 양측은 기준금리 인하\n여야 합의를 공유하였다.\n" run t
	check 0 "1 para 안규백 국방부장관과 헤그세스 장관은 서울에서 열린 제58차 한미안보협의회의에서 양국 국방 분야의 현안을 논의하였으며 억제력의 저하 지도부의 오판 가능성을 우려하였다. 양측은 기준금리 인하 여야 합의를 공유하였다."
	# a section's heading on a later page that shortens the title is no running header
	IN="북한 핵위협 평가 및 한미 대응 방향\n\n1. 양 장관은 회의를 개최하였다.\n\n- 1 -\n\f북한 핵위협 평가\n\n2. 양 장관은 합의하였다.\n\n- 2 -\n\f" run t
	check 0 "1 heading 북한 핵위협 평가 및 한미 대응 방향
2 clause 1. 양 장관은 회의를 개최하였다.
3 heading 북한 핵위협 평가
4 clause 2. 양 장관은 합의하였다."
}
