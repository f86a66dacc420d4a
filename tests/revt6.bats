#!/usr/bin/env bats
# scm-tag: an adversarial review of revt5's rules (revt6): the Secretary
# of State of another state, the North Americans, Michelle Obama,
# additional dues that are the troops', recommendations rejected or
# accepted, a heading's 평가 after a judging modifier or a quote,
# "Neither side should", "welcome all of you", the Bush Administration,
# a slogan's 지켜라!.  Sentences of our own writing, each with the
# nearest ones that must not change.
load helper

tags() {	# tags TEXT: the tags of one line of plain text
	printf '%s\n' "$1" | scm-tag | cut -f5
}
heading() {	# heading TEXT: the tags of TEXT as a heading of its own
	printf '%s\n\nThe text follows here.\n' "$1" | scm-split -u sentence |
	    scm-tag | head -1 | cut -f5
}
@test "revt6: the Holy See's or the UK's Secretary of State is not the U.S.'s" {
	run tags "Cardinal Parolin, the Holy See's Secretary of State, met the Pope."
	check 0 "-"
	run tags "The UK Secretary of State said the alliance was vital."
	check 0 "-"
	run tags "The U.K. Secretary of State arrived in Tokyo."
	check 0 "-"
	run tags "Secretary of State Rubio met the Foreign Minister."
	check 0 "actor:us"
	run tags "The Deputy Secretary of State arrived in Tokyo."
	check 0 "actor:us"
}
@test "revt6: the North Americans are no North Korea" {
	run tags "The North Americans worry about tariffs."
	check 0 "-"
	run tags "The North American Aerospace Defense Command tracked the launch."
	check 0 "-"
	run tags "The North fired two missiles."
	check 0 "actor:dprk,theme:missile"
}
@test "revt6: Michelle Obama is no administration; President Obama is" {
	run tags "Michelle Obama visited a school."
	check 0 "-"
	run tags "President Obama visited a school."
	check 0 "actor:us"
	run tags "The Obama administration launched the rebalance."
	check 0 "actor:us"
}
@test "revt6: additional dues are the troops' as often; a union's are not" {
	run tags "미국은 추가 분담금 증액을 요구했다."
	check 0 "actor:us,stance:urge,theme:usfk"
	run tags "추가 분담금 인상은 없다고 밝혔다."
	check 0 "theme:usfk"
	run tags "재건축 조합은 조합원 분담금 증액을 통보했다."
	check 0 "-"
}
@test "revt6: recommendations rejected or accepted are described; urged or offered they advise" {
	run tags "The committee rejected the recommendations of the commission."
	check 0 "stance:not-accept"
	run tags "Seoul accepted most of the panel's recommendations."
	check 0 "actor:rok,stance:accept"
	run tags "The ministry ignored the recommendations."
	check 0 "-"
	run tags "We offer three recommendations."
	check 0 "stance:prescribe"
	run tags "Washington should accept the recommendations."
	check 0 "actor:us,stance:accept,stance:prescribe"
	run tags "We examined the record and make the following recommendations."
	check 0 "stance:prescribe"
}
@test "revt6: a heading's 평가 after a judging modifier or a quote is the headline's verb" {
	run heading "한미 국방장관 회담 결과 긍정적 평가"
	check 0 "actor:rok,actor:us,stance:assess"
	run heading "회담 결과에 대한 엇갈린 평가"
	check 0 "stance:assess"
	run heading "국방부, 동맹 성과 높은 평가"
	check 0 "actor:rok,stance:assess"
	run heading '전문가들 "확장억제 실효성" 평가'
	check 0 "stance:assess,theme:deterrence,theme:extended-deterrence"
	run heading "2. 종합적 평가"
	check 0 "-"
	run heading "1. 외교정책에 대한 전반적 평가"
	check 0 "-"
	run heading "Ⅲ. 정책 평가"
	check 0 "-"
}
@test "revt6: Neither side should forbids as nor should does; neither do we think still negates" {
	run tags "Neither side should exaggerate the threat."
	check 0 "stance:prescribe"
	run tags "Neither should Seoul pay more."
	check 0 "actor:rok,stance:prescribe"
	run tags "Neither Seoul nor Washington should rush."
	check 0 "actor:rok,actor:us,stance:prescribe"
	run tags "Neither do we think Seoul should pay more."
	check 0 "actor:rok,stance:not-prescribe"
	run tags "We do not think Seoul should pay more."
	check 0 "actor:rok,stance:not-prescribe"
}
@test "revt6: near misses of revt5's rules that behave" {
	run tags "We welcome the warm relations between the two navies."
	check 0 "stance:welcome"
	run tags "We welcome your commitment to the alliance."
	check 0 "stance:welcome"
	run tags "We welcome everyone's efforts to strengthen deterrence."
	check 0 "stance:welcome,theme:deterrence"
	run tags "Seoul must seek ratification of the agreement."
	check 0 "actor:rok,stance:prescribe"
	run tags "President Lee Jae-myung met President Trump."
	check 0 "actor:rok,actor:us"
	run tags "시위대는 \"사드 배치 철회하라!\"라고 외쳤다."
	check 0 "stance:urge,theme:missile"
	run tags "미국이 분담금 인상 요구를 하더라도 동맹은 유지돼야 한다."
	check 0 "actor:us,stance:prescribe,theme:usfk"
	run tags "미일 특별조치협정과 한미 특별조치협정을 비교했다."
	check 0 "actor:japan,actor:rok,actor:us,theme:usfk"
}
@test "revt6: a host welcomes all of you; all of what a side does is welcomed" {
	run tags "I welcome all of you to the 56th SCM."
	check 0 "-"
	run tags "We welcome all delegations to Seoul."
	check 0 "actor:rok"
	run tags "We welcome all of the steps taken by the Ministers."
	check 0 "actor:rok,actor:us,stance:welcome"
	run tags "The Ministers welcomed all of the delegates' proposals."
	check 0 "actor:rok,actor:us,stance:welcome"
	run tags "The two sides welcomed all efforts to resume dialogue."
	check 0 "actor:rok,actor:us,stance:welcome,theme:dialogue"
}
@test "revt6: the Bush Administration in capitals is the U.S." {
	run tags "The Bush Administration withdrew from the ABM Treaty."
	check 0 "actor:us"
	run tags "The Bush administration withdrew from the ABM Treaty."
	check 0 "actor:us"
}
@test "revt6: a slogan's other imperatives before ! are demands; a vow or a title is not" {
	run tags "국민은 평화를 지켜라!"
	check 0 "stance:urge"
	run tags "미군은 물러가라!"
	check 0 "actor:us,stance:urge"
	run tags "전쟁연습 멈춰라!"
	check 0 "stance:urge"
	run tags "우리는 반드시 승리하리라!"
	check 0 "-"
	run tags "그의 책 제목은 '지켜라'였다."
	check 0 "-"
	run tags "이것이 바로 평화라!"
	check 0 "-"
}
@test "revt6: a greeting's welcome to all of our colleagues is no stance; welcome to return is" {
	run tags "So greetings and welcome to all of our colleagues."
	check 0 "-"
	run tags "The Ministers welcomed to Seoul the U.S. delegation."
	check 0 "actor:rok,actor:us"
	run tags "North Korea is welcome to return to talks."
	check 0 "actor:dprk,stance:welcome,theme:dialogue"
	run tags "We welcome to the region the deployment of the carrier."
	check 0 "stance:welcome"
}
