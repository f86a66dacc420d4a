#!/usr/bin/env bats
# scm-tag: the rules of the fourth held-out measure on real sentences
# (htag4): opposition and protest, agreement reached with an article or
# passive, a request that, UNSC resolutions in brackets, a conflict in
# Taiwan, U.S. forces kept in South Korea, regional engagement, KORUS,
# the NCG; Korean 미한, 유엔사령부, 억지능력, 전략핵, 글로벌 전략 동맹,
# a capital's 외교가, 대만 유사시, 할 사안이 아니다 and 할 경우.
# Sentences of our own writing, each with the nearest one that must not
# change.
load helper

tags() {	# tags TEXT: the tags of one line of plain text
	printf '%s\n' "$1" | scm-tag | cut -f5
}
@test "htag4: opposition and protest are condemnation; a contrast or a noun is not" {
	run tags "Moscow opposed the allies' new drills near its waters."
	check 0 "actor:rok,actor:russia,actor:us,stance:condemn,theme:exercises"
	run tags "The ministers were highly critical of the missile transfers."
	check 0 "actor:rok,actor:us,stance:condemn,theme:missile"
	run tags "Beijing lodged a formal protest over the radar."
	check 0 "actor:china,stance:condemn"
	run tags "Deterrence by denial, as opposed to punishment, needs more missiles."
	check 0 "theme:deterrence,theme:missile"
	run tags "The alliance is critical to stability in the region."
	check 0 "-"
	run tags "Protesters gathered outside the base in Pyeongtaek."
	check 0 "-"
}
@test "htag4: agreement reached with an article or passive is a pledge; a deal's noun is not" {
	run tags "The allies reached a consensus on the command structure."
	check 0 "actor:rok,actor:us,stance:commit"
	run tags "An agreement was reached on the cost of the troops."
	check 0 "stance:commit"
	run tags "The two sides failed to reach a deal on the date."
	check 0 "actor:rok,actor:us,stance:not-commit"
	run tags "The deal reached at the summit was never published."
	check 0 "-"
	run tags "The rocket reached an altitude of 500 kilometers."
	check 0 "-"
}
@test "htag4: a request that something be done is a demand; a request for a meeting is not" {
	run tags "Tokyo requested that Seoul share the flight data."
	check 0 "actor:japan,actor:rok,stance:urge"
	run tags "Tokyo requested a meeting with the Minister."
	check 0 "actor:japan,actor:rok"
}
@test "htag4: Security Council resolutions with the short name in brackets are sanctions" {
	run tags "The test broke United Nations Security Council (UNSC) resolutions."
	check 0 "actor:un,theme:sanctions"
	run tags "The United Nations Security Council (UNSC) met in New York."
	check 0 "actor:un"
}
@test "htag4: a war or conflict in Taiwan is the Strait's theme; a stay in Taiwan is not" {
	run tags "A conflict in Taiwan would test the alliance."
	check 0 "theme:taiwan-strait"
	run tags "He studied in Taiwan before the war."
	check 0 "-"
}
@test "htag4: U.S. forces kept in South Korea are USFK; the North's forces there are not" {
	run tags "The United States has maintained forces in South Korea under the treaty."
	check 0 "actor:us,theme:usfk"
	run tags "North Korean forces in South Korea were a threat in 1968."
	check 0 "actor:dprk"
}
@test "htag4: regional engagement is no dialogue; engagement with the North is" {
	run tags "The allies pledged to deepen regional engagement."
	check 0 "actor:rok,actor:us,stance:commit"
	run tags "Seoul sought engagement with Pyongyang."
	check 0 "actor:dprk,actor:rok,theme:dialogue"
}
@test "htag4: KORUS names both allies" {
	run tags "The KORUS alliance turned seventy."
	check 0 "actor:rok,actor:us"
}
@test "htag4: the NCG is nuclear" {
	run tags "The NCG will meet again in June."
	check 0 "theme:deterrence,theme:extended-deterrence,theme:nuclear"
}
@test "htag4: 미한 names both allies; 미한정 does not" {
	run tags "미한 연합훈련이 오늘 시작됐다."
	check 0 "actor:rok,actor:us,theme:exercises"
	run tags "미한정 공급 계약이 체결됐다."
	check 0 "-"
}
@test "htag4: 유엔사령부 is the UN Command" {
	run tags "유엔사령부 회원국 장병들이 참가했다."
	check 0 "actor:un"
}
@test "htag4: 억지능력 is deterrence; 억지 주장 is not" {
	run tags "한국군의 대북 억지능력을 키워야 한다."
	check 0 "actor:dprk,actor:rok,stance:prescribe,theme:deterrence"
	run tags "그것은 억지 주장에 불과하다."
	check 0 "-"
}
@test "htag4: 전략핵 compounds are nuclear; 전략적 is not" {
	run tags "미 전략핵잠수함이 진해에 입항했다."
	check 0 "actor:us,theme:nuclear"
	run tags "전략적 소통을 강화했다."
	check 0 "-"
}
@test "htag4: 글로벌 전략 동맹 is the alliance's vision; 글로벌 전략 is not" {
	run tags "양국은 글로벌 전략 동맹의 비전을 재확인했다."
	check 0 "actor:rok,actor:us,stance:commit,theme:alliance-vision"
	run tags "양국은 글로벌 전략을 논의했다."
	check 0 "actor:rok,actor:us"
}
@test "htag4: a capital's 외교가 is no dialogue; 외교 with 가 is" {
	run tags "서울 외교가에서는 우려가 나온다."
	check 0 "actor:rok,stance:assess"
	run tags "대화와 외교가 해법이다."
	check 0 "theme:dialogue"
}
@test "htag4: 대만 침공 and 대만 유사시 are the Strait's theme; 대만 반도체 is not" {
	run tags "대만 유사시 주한미군의 역할이 쟁점이다."
	check 0 "actor:us,theme:taiwan-strait,theme:usfk"
	run tags "대만 반도체 수출이 늘었다."
	check 0 "theme:economic-security"
}
@test "htag4: 할 사안이 아니다 negates, and so does 할 사안이 아니라 (revt4); 할 사안이 있다 neither" {
	run tags "정부가 섣불리 용인할 사안이 아니다."
	check 0 "stance:not-accept"
	run tags "이는 수용할 사안이 아니라 협상할 사안이다."
	check 0 "stance:not-accept,theme:dialogue"
	run tags "수용할 사안이 남아 있다."
	check 0 "stance:accept"
}
@test "htag4: a verb's form before 경우 is a condition; a stance noun before a verb of 경우 is not" {
	run tags "한국이 증액을 수용할 경우 협정이 연장된다."
	check 0 "actor:rok"
	run tags "공약을 파기할 경우 대가가 따른다."
	check 0 "stance:commit"
	run tags "양국은 증액을 수용했다."
	check 0 "actor:rok,actor:us,stance:accept"
}
@test "htag4: a place before the name of its will or act is an actor even after 'at' or 'in'; a place of meeting is not" {
	run tags "Tokyo bowed at Chinese insistence and delayed the drills."
	check 0 "actor:china,actor:japan,theme:exercises"
	run tags "The shift in American policy worried the ministers."
	check 0 "actor:rok,actor:us"
	run tags "The ministers met in Tokyo last spring."
	check 0 "actor:rok,actor:us"
}
@test "htag4: commitments honored are pledges; refused to honor them, none" {
	run tags "Washington vowed it would honor its alliance commitments."
	check 0 "actor:us,stance:commit"
	run tags "Trump refused to honor existing commitments."
	check 0 "actor:us,stance:not-commit"
	run tags "The parade was held to honor the veterans."
	check 0 "-"
}
@test "htag4: a drawdown of U.S. forces is USFK's theme; of reserves, not" {
	run tags "Planners weighed a drawdown of U.S. troops from the peninsula."
	check 0 "actor:us,theme:usfk"
	run tags "The drawdown of reserves worried economists."
	check 0 "-"
}
@test "htag4: a Korean vow to strengthen, cooperate or keep is a pledge; what was done is not" {
	run tags "양국은 억제 태세를 강화해 나가겠다고 밝혔다."
	check 0 "actor:rok,actor:us,stance:commit,theme:deterrence"
	run tags "양국은 억제 태세를 강화했다."
	check 0 "actor:rok,actor:us,theme:deterrence"
}
