#!/usr/bin/env bats
# The words of analyses, op-eds, editorials and older texts that the
# built-in lexicon knows (a second held-out measure, on texts unlike the
# communiques), each with the look-alikes that must not tag.  Every
# sentence here is our own.

load helper

# tags LINE...: the tags field of each line, tagged as plain text.
tags() {
	printf '%s\n' "$@" | scm-tag --plain | cut -f5
}

@test "words: extended nuclear deterrence is extended deterrence, deterrence and nuclear" {
	run tags 'Allies doubt the reach of extended nuclear deterrence.' \
		'Nuclear deterrence alone is no answer.'
	check 0 "theme:deterrence,theme:extended-deterrence,theme:nuclear
theme:deterrence,theme:nuclear"
}

@test "words: the EDSCG dialogue is the allies' forum, no dialogue; dialogue with the North is" {
	run tags 'The EDSCG dialogue closed on Friday.' \
		'Officials want dialogue with North Korea.' \
		'The EDSCG met, and dialogue with North Korea stalled.'
	check 0 "theme:deterrence,theme:extended-deterrence
actor:dprk,theme:dialogue
actor:dprk,theme:deterrence,theme:dialogue,theme:extended-deterrence"
}

@test "words: UNSC resolutions are sanctions, the UNSC alone is the UN" {
	run tags 'The launch broke several UNSC resolutions.' \
		'The UNSC met in an emergency session.'
	check 0 "actor:un,theme:sanctions
actor:un"
}

@test "words: war games are exercises" {
	run tags 'Critics call the drills war games.' \
		'The command ran a wargame on Tuesday.' \
		'It was a game of wits, not a war.'
	check 0 "theme:exercises
theme:exercises
-"
}

@test "words: the older romanization P'yongyang is North Korea" {
	run tags "P'yongyang rejected the offer." "Yongyang is a town."
	check 0 "actor:dprk,stance:not-accept
-"
}

@test "words: the U.S. presence in Korea is theme:usfk, a presence elsewhere is not" {
	run tags 'A smaller U.S. presence in South Korea is debated.' \
		'The presence on the Korean Peninsula of American troops is old.' \
		'China seeks a presence in the Indian Ocean.'
	check 0 "actor:us,theme:usfk
actor:us,theme:usfk
actor:china"
}

@test "words: recommending is prescribing, negated too; not asked, nor an adjective" {
	run tags 'The panel recommends a larger role for Seoul.' \
		'Our recommendations are three.' \
		'The study did not recommend new drills.' \
		'Would the board recommend a delay?' \
		'The recommended course is caution.'
	check 0 "actor:rok,stance:prescribe
stance:prescribe
stance:not-prescribe,theme:exercises
-
-"
}

@test "words: wartime operational control written with every space is opcon" {
	run tags '전시 작전 통제권 환수가 늦어졌다.' '작전 계획이 바뀌었다.'
	check 0 "theme:opcon
-"
}

@test "words: the combined defense system (연합방위체제, 연합사체제) is combined defense" {
	run tags '한국군 주도의 연합방위체제를 갖춘다.' '연합사체제는 유지된다.' '정치 체제를 바꾼다.'
	check 0 "actor:rok,theme:combined-defense
theme:combined-defense
-"
}

@test "words: 미군 is the U.S.'s, as 주한미군 is; 미국 and 미군 give it once" {
	run tags '미군은 병력을 줄였다.' '주한 미군 병력은 그대로다.' '미군기지 이전이 끝났다.' '미래 군사력이 커진다.'
	check 0 "actor:us
actor:us,theme:usfk
actor:us
-"
}

@test "words: the ROK's presidents by their full names" {
	run tags '문재인 정부는 조기 전환을 원했다.' '박근혜 정부가 재연기를 택했다.' '노무현 대통령이 환수를 추진했다.' '문재 해결이 먼저다.'
	check 0 "actor:rok
actor:rok
actor:rok
-"
}

@test "words: a positive response is welcome, denied not-welcome; positive thinking is none" {
	run tags '미측은 제안에 긍정적인 반응을 보였다.' '미측은 긍정적인 반응을 보이지 않았다.' '그는 긍정적인 사고로 임했다.'
	check 0 "actor:us,stance:welcome
actor:us,stance:not-welcome
-"
}

@test "words: an assessment after which something follows is a stage, not a view" {
	run tags '조건 평가 후 전환이 이뤄진다.' '조건 평가 이후에 결정한다.' '양측은 여건을 긍정적으로 평가하였다.'
	check 0 "-
stance:commit
actor:rok,actor:us,stance:assess"
}

@test "words: buying arms is the defense industry's, as selling them is" {
	run tags '한국은 미국산 무기 구매를 늘렸다.' '무기 수입 규모가 커졌다.' '무기 체계를 점검했다.'
	check 0 "actor:rok,theme:defense-industry
theme:defense-industry
-"
}

@test "words: cost-sharing negotiations are theme:usfk, not dialogue; talks with the North are" {
	run tags '양국은 방위비 협상을 재개했다.' '분담금 협상이 타결됐다.' 'SMA 협상이 길어졌다.' '북한과의 협상이 재개됐다.'
	check 0 "actor:rok,actor:us,theme:usfk
stance:commit,theme:usfk
theme:usfk
actor:dprk,theme:dialogue"
}

@test "words: a decision in the short form 키로 is commit, as 하기로 했다 is" {
	run tags '양국은 새 본부를 창설키로 했습니다.' '양국은 협의체를 설치키로 하였다.' '양국은 본부를 창설키로 하고 일정을 정했다.' '그 열쇠는 자동차 키로 쓰였다.'
	check 0 "actor:rok,actor:us,stance:commit
actor:rok,actor:us,stance:commit
actor:rok,actor:us,stance:commit
-"
}

@test "words: a decision named before its noun (하기로 한, 하기로 하는) is commit; never made is not-commit" {
	run tags '양국이 신설하기로 한 협의체가 처음 열렸다.' \
		'기지를 추가로 확보하기로 하는 등 움직임이 빠르다.' \
		'양국은 사령부를 해체하기로 한 바 없다.' \
		'양국은 사령부를 해체하기로 한 바 있다.' \
		'그는 매일 공부하기로 한다.'
	check 0 "actor:rok,actor:us,stance:commit
stance:commit
actor:rok,actor:us,stance:not-commit
actor:rok,actor:us,stance:commit
-"
}

@test "words: a pledge or an agreement scrapped (파기) is not-commit, unless that is denied" {
	run tags '정부의 공약 파기 논란이 커졌다.' '양국은 합의를 파기했다.' '양국은 합의를 파기하지 않았다.' '문서 파기 절차를 밟았다.'
	check 0 "stance:not-commit
actor:rok,actor:us,stance:not-commit
actor:rok,actor:us,stance:commit
-"
}

@test "words: a vow to strive (노력하겠다) is commit, the effort made is not" {
	run tags '장관은 조건을 갖추기 위해 노력하겠다고 밝혔다.' '양국은 함께 노력해 나가겠다고 강조했다.' '장관은 그동안 노력했다고 말했다.' '노력할 가치가 있다.'
	check 0 "stance:commit
actor:rok,actor:us,stance:commit
-
-"
}

@test "words: 계기로 한 (on the occasion of) is no decision; 하기로 한, 키로 한, 나가기로 한 are" {
	run tags '정부는 광복절을 계기로 한 특별 행사를 열었다.' \
		'회담을 계기로 하는 실무 협의가 이어졌다.' \
		'양국이 설치하기로 한 상설 기구가 출범했다.' \
		'양국이 창설키로 한 기구가 출범했다.' \
		'양국은 공조를 강화해 나가기로 한 방안을 논의했다.'
	check 0 "-
-
actor:rok,actor:us,stance:commit
actor:rok,actor:us,stance:commit
actor:rok,actor:us,stance:commit"
}

@test "words: a decision denied after it (하기로 한 것은 아니다) is not-commit; one taken, or not only taken (것이 아니라), is commit" {
	run tags '양국이 훈련을 중단하기로 한 것은 아니라고 밝혔다.' \
		'양국이 훈련을 중단하기로 한 것으로 전해졌다.' \
		'양국은 합의한 것이 아니라 곧바로 실행했다.'
	check 0 "actor:rok,actor:us,stance:not-commit,theme:exercises
actor:rok,actor:us,stance:commit,theme:exercises
actor:rok,actor:us,stance:commit"
}

@test "words: scrapping to come or prevented (파기할 경우, 파기를 막기) is no negation; scrapping done is" {
	run tags '북측이 합의를 파기할 경우 강력히 대응하기로 합의했다.' \
		'양국은 합의 파기를 막기 위해 노력하겠다고 밝혔다.' \
		'북측이 합의를 파기하면 제재를 강화한다.' \
		'북측이 끝내 합의를 파기했다.' \
		'그 합의는 파기됐다.'
	check 0 "actor:dprk,stance:commit
actor:rok,actor:us,stance:commit
actor:dprk,stance:commit,theme:sanctions
actor:dprk,stance:not-commit
stance:not-commit"
}

@test "words: another state's presence in Korea is no usfk; the U.S. or military presence is" {
	run tags "Japan's cultural presence in South Korea keeps growing." \
		'The U.S. presence on the Korean Peninsula deters the North.' \
		'A military presence in Korea costs money.'
	check 0 "actor:japan
actor:dprk,actor:us,theme:deterrence,theme:usfk
theme:usfk"
}
