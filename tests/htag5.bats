#!/usr/bin/env bats
# scm-tag: the rules of the fifth held-out measure on real sentences
# (htag5): opposition expressed, concern voiced, the two Presidents, the
# CCP, what is imperative to do, U.S. forces from South Korea, a place
# owning its act past a word of its field; Korean 핵미사일, a vow
# to do one's utmost, cost sharing by its dues (분담금, 미군 주둔 비용,
# 특별조치협정), 권고, 군수산업, 러북, 규범 기반 국제질서, 독자제재 and
# 유류 환적, a stage's 단계 평가, a concession (-더라도, -지라도) and
# 대미 대화.
# Sentences of our own writing, each with the nearest ones that must not
# change.
load helper

tags() {	# tags TEXT: the tags of one line of plain text
	printf '%s\n' "$1" | scm-tag | cut -f5
}
@test "htag5: opposition expressed is condemnation; the opposition that expresses is not" {
	run tags "Tokyo expressed strong opposition to the new drills near its islands."
	check 0 "actor:japan,stance:condemn,theme:exercises"
	run tags "The ministers expressed their opposition to any change of the status quo by force."
	check 0 "actor:rok,actor:us,stance:condemn"
	run tags "The opposition party expressed concern about the troop cut."
	check 0 "stance:assess"
	run tags "The opposition expressed support for the budget."
	check 0 "stance:welcome"
}
@test "htag5: the two Presidents, capital P, are the allies'; two presidents of news are not" {
	run tags "The two Presidents endorsed a new plan for the alliance."
	check 0 "actor:rok,actor:us"
	run tags "The two Presidents welcomed the progress of the consultative group."
	check 0 "actor:rok,actor:us,stance:welcome"
	run tags "The two presidents met in Beijing to sign a trade pact."
	check 0 "actor:china"
	run tags "The two Presidents of the Philippines and Indonesia met in Jakarta."
	check 0 "-"
	run tags "Both Presidents Xi and Putin praised their partnership."
	check 0 "actor:russia,stance:welcome"
}
@test "htag5: the CCP is China; the letters in small are not" {
	run tags "The CCP tightened its grip on the army."
	check 0 "actor:china"
	run tags "The Communist Party of China marked its anniversary."
	check 0 "actor:china,theme:anniversary"
	run tags "Lawmakers in the ccp district met on Monday."
	check 0 "-"
}
@test "htag5: what is imperative to do is prescribed; the imperative mood is not" {
	run tags "It is imperative to modernize the combined command before the transition."
	check 0 "stance:prescribe"
	run tags "It is imperative that Seoul keeps its pledge."
	check 0 "actor:rok,stance:commit,stance:prescribe"
	run tags "It is so imperative for us to invest in missile defense."
	check 0 "stance:prescribe,theme:missile"
	run tags "It is not imperative to rush the transition."
	check 0 "stance:not-prescribe"
	run tags "The imperative mood appears in orders."
	check 0 "-"
}
@test "htag5: U.S. forces taken from South Korea are USFK; forces from Japan are not" {
	run tags "The report argued for pulling U.S. forces from South Korea within five years."
	check 0 "actor:rok,actor:us,theme:usfk"
	run tags "Some in Congress want troops out of South Korea."
	check 0 "actor:rok,theme:usfk"
	run tags "U.S. forces from Japan joined the drill off Okinawa."
	check 0 "actor:japan,actor:us,theme:exercises"
}
@test "htag5: 핵미사일 is a missile too; 핵실험장 is not" {
	run tags "북한은 새 핵미사일을 공개했다."
	check 0 "actor:dprk,theme:missile,theme:nuclear"
	run tags "북한은 새 핵실험장을 공개했다."
	check 0 "actor:dprk,theme:nuclear"
}
@test "htag5: a vow to do one's utmost is a pledge; asked of others or done, it is not" {
	run tags '장관은 "미국은 동맹을 위해 모든 노력을 다할 것"이라고 말했다.'
	check 0 "actor:us,stance:commit"
	run tags "양국은 평화를 위해 최선을 다하겠다고 밝혔다."
	check 0 "actor:rok,actor:us,stance:commit"
	run tags "정부는 북한에 비핵화를 위해 노력을 다할 것을 촉구했다."
	check 0 "actor:dprk,stance:urge,theme:denuclearization"
	run tags "양측은 협의에 노력을 다했다."
	check 0 "actor:rok,actor:us"
}
@test "htag5: cost sharing by its dues, the troops' cost and the SMA; the U.N.'s dues and Japan's troops are not" {
	run tags "양국은 분담금협상을 재개했다."
	check 0 "actor:rok,actor:us,theme:usfk"
	run tags "분담금 인상 요구가 거세다."
	check 0 "stance:urge,theme:usfk"
	run tags "건강보험 분담금이 인상됐다."
	check 0 "-"
	run tags "트럼프는 미군 주둔 비용을 더 내라고 했다."
	check 0 "actor:us,theme:usfk"
	run tags "보고서는 한국 내 미군을 줄이라고 했다."
	check 0 "actor:rok,actor:us,theme:usfk"
	run tags "양국은 제12차 특별조치협정에 서명했다."
	check 0 "actor:rok,actor:us,theme:usfk"
	run tags "한국은 유엔 분담금을 제때 냈다."
	check 0 "actor:rok,actor:un"
	run tags "일본 내 미군 기지가 늘었다."
	check 0 "actor:japan,actor:us"
	run tags "일본 내 미군 주둔 비용도 늘었다."
	check 0 "actor:japan,actor:us"
}
@test "htag5: 권고 is a prescription, negated too; a warning is not" {
	run tags "위원회는 병력 감축을 권고했다."
	check 0 "stance:prescribe"
	run tags "위원회는 병력 감축을 권고하지 않았다."
	check 0 "stance:not-prescribe"
	run tags "위원회는 북한에 경고했다."
	check 0 "actor:dprk"
}
@test "htag5: 군수산업 is a defense industry; 군수품 is not" {
	run tags "북한 군수산업이 러시아 수요로 살아났다."
	check 0 "actor:dprk,actor:russia,theme:defense-industry"
	run tags "군수품 수송이 지연됐다."
	check 0 "-"
}
@test "htag5: 러북 and 러·북 are Russia and the North; Russia alone is not the North" {
	run tags "러북 군사협력이 깊어지고 있다."
	check 0 "actor:dprk,actor:russia"
	run tags "러·북 조약이 발효됐다."
	check 0 "actor:dprk,actor:russia"
	run tags "러시아는 새 무기를 공개했다."
	check 0 "actor:russia"
}
@test "htag5: 규범 기반 국제질서 is the rules-based order; 국제질서 alone is not" {
	run tags "양국은 규범 기반 국제질서를 지지했다."
	check 0 "actor:rok,actor:us,stance:welcome,theme:values"
	run tags "국제질서가 흔들리고 있다."
	check 0 "-"
}
@test "htag5: 독자제재 and 유류 환적 are sanctions; 독자 개발 and 화물 환적 are not" {
	run tags "정부는 독자제재 대상에 선박 4척을 추가했다."
	check 0 "theme:sanctions"
	run tags "유류 환적에 관여한 선박이 적발됐다."
	check 0 "theme:sanctions"
	run tags "화물 환적이 늘었다."
	check 0 "-"
	run tags "정부는 독자 개발을 추진했다."
	check 0 "-"
}
@test "htag5: a stage's 단계 평가 is no assessment; progress assessed is" {
	run tags "양측은 3단계 평가 착수 시기를 논의했다."
	check 0 "actor:rok,actor:us"
	run tags "한미의 ‘2단계 평가’는 끝났다."
	check 0 "actor:rok,actor:us"
	run tags "양측은 조건 충족의 진전을 평가했다."
	check 0 "actor:rok,actor:us,stance:assess"
}
@test "htag5: a Korean concession (-더라도, -지라도) is no stance taken; a stance before or after it is" {
	run tags "연내 합의가 나오더라도 재협상을 요구할 수 있다."
	check 0 "stance:urge"
	run tags "한미가 합의하더라도 북한은 반발할 것이다."
	check 0 "actor:dprk,actor:rok,actor:us"
	run tags "미국이 수용할지라도 일본은 반대했다."
	check 0 "actor:japan,actor:us,stance:condemn"
	run tags "정부는 미국의 요구를 수용하더라도 상한선을 둘 방침이다."
	check 0 "actor:us,stance:urge"
	run tags "합의에 이르더라도 이행은 어렵다."
	check 0 "-"
	run tags "양국은 합의했다. 그렇더라도 과제는 남았다."
	check 0 "actor:rok,actor:us,stance:commit"
	run tags "북한이 도발하더라도 한미는 공약을 재확인했다."
	check 0 "actor:dprk,actor:rok,actor:us,stance:commit"
	run tags "양국은 방위비 인상에 합의했고, 북한이 반발하더라도 훈련을 계속하기로 했다."
	check 0 "actor:dprk,actor:rok,actor:us,stance:commit,theme:exercises,theme:usfk"
}
@test "htag5: a place owns its act past a word of its field; a place's hospitals are a venue" {
	run tags "Speculation surfaced about a possible reduction in American military presence on the Korean Peninsula."
	check 0 "actor:us,theme:usfk"
	run tags "Seoul fears a shift in U.S. defense policy."
	check 0 "actor:rok,actor:us"
	run tags "Confidence in U.S. security commitments has eroded."
	check 0 "actor:us"
	run tags "Changes in U.S. force posture are expected."
	check 0 "actor:us"
	run tags "The soldiers were treated in U.S. military hospitals."
	check 0 "-"
	run tags "Talks were held in Seoul on Monday."
	check 0 "theme:dialogue"
}
@test "htag5: 대미 before its usual nouns is the U.S.; the finale 대미 is not" {
	run tags "북한의 대미 대화 준비 동향을 주시하고 있다."
	check 0 "actor:dprk,actor:us,theme:dialogue"
	run tags "그 공연은 축제의 대미를 장식했다."
	check 0 "-"
}
@test "htag5: concern voiced is an assessment, negated too; concerns voiced by others are not" {
	run tags "Washington and Seoul have voiced grave concern that the deployment may violate the resolutions."
	check 0 "actor:rok,actor:us,stance:assess"
	run tags "Tokyo never voiced concern about the drills."
	check 0 "actor:japan,stance:not-assess,theme:exercises"
	run tags "Concerns voiced by lawmakers went unanswered."
	check 0 "-"
}
