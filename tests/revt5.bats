#!/usr/bin/env bats
# scm-tag: an adversarial review of htag5's rules and the tag errors
# other helpers reported (revt5): dues and special measures agreements
# that are not the troops', troops driven out in war, a conceded light
# verb (요구를 하더라도), a host's courtesies, "nor should", the Secretary
# of State, North America, the allies' presidents by name, a rule's
# requirement, a slogan's 하라!, a report's 다고 봄, a heading's 평가.
# Sentences of our own writing, each with the nearest ones that must not
# change.
load helper

tags() {	# tags TEXT: the tags of one line of plain text
	printf '%s\n' "$1" | scm-tag | cut -f5
}
@test "revt5: an insurer's, a rebuilt block's, the U.N.'s dues are no cost sharing" {
	run tags "국민건강보험 분담금 인상 폭이 확정됐다."
	check 0 "-"
	run tags "재건축 조합은 조합원 분담금 증액을 통보했다."
	check 0 "-"
	run tags "유엔 평화유지활동 분담금 규모가 커졌다."
	check 0 "actor:un"
	run tags "미국 측은 분담금 인상 폭을 제시했다."
	check 0 "actor:us,theme:usfk"
	run tags "분담금 총액은 1조원을 넘었다."
	check 0 "theme:usfk"
}
@test "revt5: Japan's special measures agreement is Japan's" {
	run tags "미일 특별조치협정 개정 시한이 다가왔다."
	check 0 "actor:japan,actor:us"
	run tags "특별조치협정 서명식이 열렸다."
	check 0 "theme:usfk"
}
@test "revt5: North Korean troops driven out of South Korea are the war's, not USFK" {
	run tags "By October 1950 the counteroffensive had pushed North Korean troops out of South Korea."
	check 0 "actor:dprk,actor:rok"
	run tags "Chinese troops out of South Korea was Ridgway's goal."
	check 0 "actor:china,actor:rok"
	run tags "Some in Congress want the troops out of South Korea by 2030."
	check 0 "actor:rok,theme:usfk"
}
@test "revt5: an object before a conceded light verb is conceded; before another verb it was made" {
	run tags "미국이 또다시 요구를 하더라도 정부는 원칙대로 대응한다."
	check 0 "actor:us"
	run tags "양국이 합의를 했더라도 의회가 막을 수 있다."
	check 0 "actor:rok,actor:us"
	run tags "정부는 미국의 요구를 받아들이더라도 시한을 두겠다고 밝혔다."
	check 0 "actor:us,stance:urge"
	run tags "미국은 한국에 추가 부담을 요구했다."
	check 0 "actor:rok,actor:us,stance:urge"
}
@test "revt5: a host's courtesy is no welcome; the welcome of an act is" {
	run tags "Thank you, Mr. Secretary, for the warm welcome to Washington."
	check 0 "actor:us"
	run tags "We thank the Minister for his kind welcome and generous hospitality."
	check 0 "actor:rok"
	run tags "Let me begin by welcoming my colleague Minister Kim to Washington."
	check 0 "actor:rok,actor:us"
	run tags "I welcome you all to the fifty-seventh meeting."
	check 0 "-"
	run tags "We welcome your government's decision to join the initiative."
	check 0 "stance:welcome"
	run tags "I welcome my friend's pledge to deepen our cooperation."
	check 0 "stance:commit,stance:welcome"
	run tags "The Secretary welcomed the ROK's decision to raise its contribution."
	check 0 "actor:rok,actor:us,stance:welcome"
}
@test "revt5: nor should forbids as should not does; a not before should still negates" {
	run tags "Pyongyang should not misread the drills, nor should it test another missile."
	check 0 "actor:dprk,stance:prescribe,theme:exercises,theme:missile"
	run tags "Seoul should not pay more nor must it accept a cut."
	check 0 "actor:rok,stance:not-accept,stance:prescribe"
	run tags "We do not think Seoul should pay more."
	check 0 "actor:rok,stance:not-prescribe"
}
@test "revt5: the Secretary of State is American; the U.K.'s Secretary of State for Defence is not" {
	run tags "Secretary of State Antony Blinken met ROK Foreign Minister Park Jin."
	check 0 "actor:rok,actor:us"
	run tags "Deputy Secretary of State Kurt Campbell arrived on Tuesday."
	check 0 "actor:us"
	run tags "The Secretary of State for Defence John Healey spoke in London."
	check 0 "-"
	run tags "Vatican Secretary of State Pietro Parolin visited Seoul."
	check 0 "actor:rok"
}
@test "revt5: North America and the North Pacific are not the North" {
	run tags "The deal followed the North American Free Trade Agreement."
	check 0 "-"
	run tags "Fishing fleets crossed the North Pacific in May."
	check 0 "-"
	run tags "The North fired two missiles on Sunday."
	check 0 "actor:dprk,theme:missile"
}
@test "revt5: the allies' presidents by name" {
	run tags "Presidents Obama and Park Geun-hye met at the White House."
	check 0 "actor:rok,actor:us"
	run tags "The Lee Administration pursued a tougher line than its predecessor."
	check 0 "actor:rok"
	run tags "Moon Jae-in flew to Pyongyang in September 2018."
	check 0 "actor:dprk,actor:rok"
	run tags "The lee administration of the port was slow."
	check 0 "-"
}
@test "revt5: a rule's requirement is described; a need is prescribed" {
	run tags "Senate ratification is necessary before the treaty takes effect."
	check 0 "-"
	run tags "The National Assembly's consent is necessary for the dispatch."
	check 0 "-"
	run tags "A firmer response to the launches is necessary."
	check 0 "stance:prescribe"
}
@test "revt5: a slogan's 하라! is a demand; a quoted 하라 without ! is not read" {
	run tags "주한미군 방위비 인상 요구 중단하라!"
	check 0 "actor:us,stance:urge,theme:usfk"
	run tags "한미연합훈련 즉각 중단하라!"
	check 0 "actor:rok,actor:us,stance:urge,theme:exercises"
	run tags "그의 책 제목은 '생각하라'였다."
	check 0 "-"
}
@test "revt5: a report's 다고 봄 and 것으로 판단됨 are its judgment; spring (봄) is not" {
	run tags "o 북한의 추가 도발 가능성은 높다고 봄."
	check 0 "actor:dprk,stance:assess"
	run tags "o 확장억제 신뢰도가 제고될 것으로 판단됨."
	check 0 "stance:assess,theme:deterrence,theme:extended-deterrence"
	run tags "올해 봄 연합훈련이 축소됐다."
	check 0 "theme:exercises"
}
@test "revt5: a heading's closing noun 평가 is its topic; a headline's verb is not" {
	printf '2. 대북정책에 대한 종합 평가\n\n양국은 성과를 높이 평가했다.\n\n한미, 억제 성과 높이 평가\n\n한미, 훈련 결과를 긍정적으로 평가\n' > "$BATS_TEST_TMPDIR/h.txt"
	run sh -c "scm-split -u sentence '$BATS_TEST_TMPDIR/h.txt' | scm-tag | cut -f3,5"
	check 0 "heading	actor:dprk
para	actor:rok,actor:us,stance:welcome
heading	actor:rok,actor:us,stance:welcome,theme:deterrence
heading	actor:rok,actor:us,stance:assess,theme:exercises"
}
@test "revt5: recommendations reviewed or carried out are described; offered they advise" {
	run tags "This chapter reviews the task force's recommendations."
	check 0 "-"
	run tags "Seoul has implemented most of the commission's recommendations."
	check 0 "actor:rok"
	run tags "This brief offers three recommendations for the alliance."
	check 0 "stance:prescribe"
	run tags "We reviewed the record, and our recommendations follow."
	check 0 "stance:prescribe"
}
@test "revt5: a recommendation followed or carried out is described; one made advises" {
	run tags "국방부는 인권위 권고에 따라 규정을 고쳤다."
	check 0 "actor:rok"
	run tags "합참은 권고 사항 이행 실태를 점검했다."
	check 0 "actor:rok"
	run tags "자문위원회는 병력 감축을 늦출 것을 권고했다."
	check 0 "stance:prescribe"
	run tags "위원회는 훈련 축소 권고를 내렸다."
	check 0 "stance:prescribe,theme:exercises"
}
@test "revt5: trade with the U.S. is the U.S. (대미 무역); the finale is not" {
	run tags "올해 대미 무역흑자는 사상 최대였다."
	check 0 "actor:us"
	run tags "축제의 대미는 불꽃놀이였다."
	check 0 "-"
}
