#!/usr/bin/env bats
# scm-tag: what the words around a match do (issue 18): short forms and
# compounds of the actors, venues, prescriptions, negated stances in
# English and Korean ("stance:not-NAME", scm-records(5)), counted apart
# by scm-count, and case folding beyond ASCII.  Fixtures in
# tests/fixtures/context (README says what each imitates).
load helper

F="$FIX/context"

tags() {	# tags TEXT [scm-tag options]: the tags of one line of plain text
	printf '%s\n' "$1" | scm-tag "${@:2}" | cut -f5
}

@test "context: a news report of an SCM, line by line" {
	run sh -c 'scm-tag "$1" | cut -f5' - "$F/news.txt"
	check 0 "$(cat "$F/news.tags")"
}
@test "context: S. Korea and South Korea give actor:rok" {
	run tags "S. Korea and Japan met"; check 0 "actor:japan,actor:rok"
	run tags "South Korea spoke"; check 0 "actor:rok"
}
@test "context: Korea-U.S., ROK-U.S., U.S.-ROK, ROK–U.S. give both actors" {
	run tags "the Korea-U.S. alliance"; check 0 "actor:rok,actor:us"
	run tags "the Korea–U.S. alliance"; check 0 "actor:rok,actor:us"
	run tags "the ROK-U.S. alliance"; check 0 "actor:rok,actor:us"
	run tags "the U.S.-ROK alliance"; check 0 "actor:rok,actor:us"
	run tags "the U.S.-Korea talks"; check 0 "actor:rok,actor:us,theme:dialogue"
}
@test "context: North Korea's compounds give no actor:rok" {
	run tags "North Korea-U.S. ties"; check 0 "actor:dprk,actor:us"
	run tags "N. Korea-U.S. ties"; check 0 "actor:dprk,actor:us"
	run tags "North Korea-Japan ties"; check 0 "actor:dprk,actor:japan"
	run tags "the U.S.-North Korea summit"; check 0 "actor:dprk,actor:us"
}
@test "context: Seoul and Washington as governments give both actors" {
	run tags "Seoul and Washington agreed"; check 0 "actor:rok,actor:us,stance:commit"
}
@test "context: a place after in or at is a venue, not an actor" {
	run tags "The meeting was held in Seoul"; check 0 "-"
	run tags "They met at the Pentagon"; check 0 "-"
	run tags "talks in Seoul and Washington"; check 0 "theme:dialogue"
	run tags "talks in Seoul, Tokyo and Washington"; check 0 "theme:dialogue"
	# a list goes on from a place, not from an event's name
	run tags "At the Security Consultative Meeting, South Korea and the United States agreed."
	check 0 "actor:rok,actor:us,stance:commit"
	# Korean: a city's or a country's name before 에서
	run tags "회의가 서울에서 개최되었다."; check 0 "-"
	run tags "워싱턴 D.C.에서 열렸다."; check 0 "-"
	run tags "한국에서의 회의"; check 0 "-"
	run tags "국방부에서 발표하였다."; check 0 "actor:rok"
	run tags "미국은 동의하였다."; check 0 "actor:us,stance:commit"
}
@test "context: talks with a counterpart are the ministers' own, no dialogue; with a North Korean or Chinese one they are" {
	run tags "He left for talks with his U.S. counterpart."; check 0 "actor:us"
	run tags "They proposed it during their talks with the U.S. counterparts since May."; check 0 "actor:us"
	run tags "He held talks with his counterpart in Seoul."; check 0 "-"
	run tags "He held talks with his North Korean counterpart."; check 0 "actor:dprk,theme:dialogue"
	run tags "He held talks with his Chinese counterpart."; check 0 "actor:china,theme:dialogue"
	run tags "He held talks with Pyongyang, not with his counterpart."; check 0 "actor:dprk,theme:dialogue"
}
@test "context: welcoming a person (a counterpart, a titled name, a delegation) is hosting, no stance; welcoming what they bring is" {
	run tags "He welcomed his counterpart, Lloyd Austin, to Seoul."; check 0 "actor:rok,actor:us"
	run tags "Shin welcomed Secretary Hegseth to Seoul."; check 0 "actor:rok,actor:us"
	run tags "He welcomed the visiting U.S. delegation."; check 0 "actor:us"
	run tags "The Minister welcomed the Secretary and his delegation."; check 0 "actor:rok,actor:us"
	# a possessive, a thing, a title before a noun: a stance
	run tags "The Minister welcomed Secretary Austin's reaffirmation."; check 0 "actor:rok,actor:us,stance:welcome"
	run tags "He welcomed his counterpart's remarks."; check 0 "stance:welcome"
	run tags "The Minister welcomed the U.S. commitment."; check 0 "actor:rok,actor:us,stance:welcome"
	run tags "They welcomed General Assembly resolution 2397."; check 0 "stance:welcome"
	run tags "They welcomed the President's decision."; check 0 "stance:welcome"
}
@test "context: Secretary before a surname is the U.S. Secretary, Minister before a Korean family name the ROK Minister; not another office's or state's" {
	run tags "Secretary Perry met Minister Lee."; check 0 "actor:rok,actor:us"
	run tags "Secretary Rumsfeld and Secretary Gates"; check 0 "actor:us"
	run tags "Minister Han, Minister Song, Minister Jeong and Minister Cho"; check 0 "actor:rok"
	run tags "Defense Minister Kim said."; check 0 "actor:rok"
	# not Secretary-General, of, a Korean name, a date, another office
	run tags "the Secretary-General said"; check 0 "-"
	run tags "NATO Secretary General Rutte"; check 0 "-"
	run tags "Secretary of Foreign Affairs Manalo"; check 0 "-"
	# the Secretary of State is the U.S.'s by its office (revt5)
	run tags "Secretary of State Blinken"; check 0 "actor:us"
	run tags "Chief Cabinet Secretary Hayashi"; check 0 "-"
	run tags "British Foreign Secretary Cameron"; check 0 "-"
	run tags "Secretary Kim Tae-hyo"; check 0 "-"
	run tags "WPK Secretary Ri Il Hwan"; check 0 "-"
	run tags "He met the Secretary Tuesday."; check 0 "actor:us"
	run tags "He met Secretary Tuesday."; check 0 "-"
	# another state's minister, a foreign or prime minister, no Korean name
	run tags "Japanese Minister Kim"; check 0 "actor:japan"
	run tags "North Korean Defense Minister Kim Jong Gwan"; check 0 "actor:dprk"
	run tags "China's Defense Minister Lee"; check 0 "actor:china"
	run tags "a meeting with China’s Minister of National Defense Admiral Dong Jun"; check 0 "actor:china"
	run tags "the ROK Minister of National Defense"; check 0 "actor:rok"
	run tags "Foreign Minister Cho"; check 0 "-"
	run tags "Prime Minister Han Duck-soo"; check 0 "-"
	run tags "Minister Hayashi"; check 0 "-"
}
@test "context: North Korea, Russia and China after in are where they act, not venues" {
	run tags "the human rights situation in North Korea"; check 0 "actor:dprk,theme:values"
	run tags "North Korean troops deployed in Russia"; check 0 "actor:dprk,actor:russia"
	run tags "a military parade in Pyongyang"; check 0 "actor:dprk"
	run tags "The meeting was held in Seoul"; check 0 "-"
}
@test "context: the place of a news dateline is no actor; the text after it keeps its own" {
	run tags "SEOUL, Nov. 4 (Yonhap) -- The defense chiefs met."; check 0 "-"
	run tags "WASHINGTON (AP) — Secretary Hegseth said the allies agreed."; check 0 "actor:rok,actor:us,stance:commit"
	run tags "SEOUL, Republic of Korea -- Officials met."; check 0 "-"
	run tags "(서울=연합뉴스) 홍길동 기자 = 한미 국방장관이 만났다."; check 0 "actor:rok,actor:us"
	# a sentence with a dash is no dateline
	run tags "Seoul, the capital, hosted the talks -- and more."; check 0 "actor:rok,theme:dialogue"
}
@test "context: a compound or a possessive after in is no venue" {
	run tags "trust in ROK-U.S. ties"; check 0 "actor:rok,actor:us"
	run tags "in Seoul's view"; check 0 "actor:rok"
	run tags "Seoul hosted it in Busan"; check 0 "actor:rok"
}
@test "context: need to, needs to, should, must prescribe" {
	run tags "Allies need to act"; check 0 "stance:prescribe"
	run tags "He needs to act"; check 0 "stance:prescribe"
	run tags "They should act"; check 0 "stance:prescribe"
	run tags "They must act"; check 0 "stance:prescribe"
}
@test "context: English negation before a stance word gives stance:not-NAME" {
	run tags "They will not tolerate it"; check 0 "stance:not-accept"
	run tags "They will tolerate it"; check 0 "stance:accept"
	run tags "They no longer welcome it"; check 0 "stance:not-welcome"
	run tags "The allies never agreed"; check 0 "actor:rok,actor:us,stance:not-commit"
	# fail and refuse only before "to"
	run tags "They failed to agree on dates."; check 0 "stance:not-commit"
	run tags "After the failed satellite launch they condemned it."; check 0 "stance:condemn,theme:space"
	run tags "They did not condemn it"; check 0 "stance:not-condemn"
	run tags "They didn’t agree"; check 0 "stance:not-commit"
	run tags "Nobody was not present; they agreed"; check 0 "stance:commit"
	# verbs that negate what follows them: declined to, have yet to,
	# unlikely to, refrained from, stopped short of; nobody, none
	run tags "Seoul declined to reaffirm it."; check 0 "actor:rok,stance:not-commit"
	run tags "The allies have yet to agree on a date."; check 0 "actor:rok,actor:us,stance:not-commit"
	run tags "Washington is unlikely to agree."; check 0 "actor:us,stance:not-commit"
	run tags "They refrained from condemning the launch."; check 0 "stance:not-condemn"
	run tags "The text stopped short of condemning it."; check 0 "stance:not-condemn"
	run tags "Nobody agreed to the plan."; check 0 "stance:not-commit"
	run tags "None of them welcomed it."; check 0 "stance:not-welcome"
	# "yet" alone still ends a clause
	run tags "They met, yet the North condemned it."; check 0 "actor:dprk,stance:condemn"
}
@test "context: a stance word as an adjective or a noun is none" {
	run tags "The agreed framework holds."; check 0 "-"
	run tags "It will be a more demanding debate."; check 0 "-"
	run tags "A welcome ceremony was held."; check 0 "-"
	run tags "The shells are in demand."; check 0 "-"
	run tags "The allies agreed."; check 0 "actor:rok,actor:us,stance:commit"
	run tags "Any attack is unacceptable."; check 0 "stance:not-accept"
}
@test "context: not only, a cue in another clause, negate nothing" {
	run tags "They not only welcomed it but also praised it"; check 0 "stance:welcome"
	run tags "It did not rain, and they agreed"; check 0 "stance:commit"
	run tags "It did not rain but they agreed"; check 0 "stance:commit"
}
@test "context: Korean negation follows the stance verb" {
	run tags "북한의 도발을 용납하지 않을 것이다." -L -l "$F/ko.lex"; check 0 "stance:not-accept"
	run tags "양측은 합의하지 못했다." -L -l "$F/ko.lex"; check 0 "stance:not-commit"
	run tags "양측은 합의하지 않았다." -L -l "$F/ko.lex"; check 0 "stance:not-commit"
	run tags "양측은 합의 안 했다." -L -l "$F/ko.lex"; check 0 "stance:not-commit"
	run tags "도발은 용납할 수 없다." -L -l "$F/ko.lex"; check 0 "stance:not-accept"
	run tags "양측은 합의했다." -L -l "$F/ko.lex"; check 0 "stance:commit"
	run tags "장관은 강조하지 않을 수 없다고 말했다." -L -l "$F/ko.lex"; check 0 "stance:commit"
	run tags "안보 협력에 합의하고 안전을 논의했다." -L -l "$F/ko.lex"; check 0 "stance:commit"
	# reported speech: 말했다 after ~다고 is no 말라
	run tags "관계자는 양측이 합의했다고 말했다." -L -l "$F/ko.lex"; check 0 "stance:commit"
	run tags "양측은 이를 용납한다고 말했다." -L -l "$F/ko.lex"; check 0 "stance:accept"
	run tags "도발을 용납하지 말 것을 강조했다." -L -l "$F/ko.lex"; check 0 "stance:commit,stance:not-accept"
	# a verb joined to the next clause: the next word is not its cue
	run tags "합의하고 없어서는 안 될 역할을 논의했다." -L -l "$F/ko.lex"; check 0 "stance:commit"
}
@test "context: negated tags are counted apart and selected by stance:not-*" {
	run sh -c 'printf "%s\n" "They will not tolerate it." "They agreed." "They never agreed." "The allies agreed." | scm-tag | scm-count'
	check 0 "2	stance:commit
1	actor:rok
1	actor:us
1	stance:not-accept
1	stance:not-commit"
	run sh -c 'printf "%s\n" "They agreed." "They never agreed." | scm-tag -t "stance:not-*" | cut -f6'
	check 0 "They never agreed."
}
@test "context: -o reports a negated match under its negated tag" {
	run sh -c 'echo "They will not tolerate it." | scm-tag -o'
	check 0 "-	1	stance:not-accept	14	8	tolerate"
}
@test "context: case folding beyond ASCII: COMMUNIQUÉ = communiqué" {
	printf 'theme:doc\tcommuniqué\ntheme:place\tÎle-de-France\n' >"$BATS_TEST_TMPDIR/l.lex"
	run tags "THE JOINT COMMUNIQUÉ" -L -l "$BATS_TEST_TMPDIR/l.lex"; check 0 "theme:doc"
	run tags "in ÎLE-DE-FRANCE" -L -l "$BATS_TEST_TMPDIR/l.lex"; check 0 "theme:place"
	run tags "the communique" -L -l "$BATS_TEST_TMPDIR/l.lex"; check 0 "-"
}

@test "context: the Washington Declaration is extended deterrence, no actor" {
	run tags "This is a step beyond the Washington Declaration of April 2023."
	check 0 "theme:extended-deterrence"
	run tags "Seoul and Washington signed the Washington Declaration."
	check 0 "actor:rok,actor:us,theme:extended-deterrence"
}

@test "context: the place of a place-date line is where, not who" {
	run tags "Seoul, November 13, 2023"
	check 0 "-"
	run tags "2023년 11월 13일, 서울"
	check 0 "-"
	# a sentence that holds a date keeps its actors
	run tags "Seoul and Washington agreed on November 13, 2023."
	check 0 "actor:rok,actor:us,stance:commit"
	run tags "북한은 2023년 11월 13일 미사일을 발사했다"
	check 0 "actor:dprk,theme:missile"
}
@test "context: a cue does not reach past 'that' or into 'none other than'; a degree word alone leaves a predicate's stance; demand for urges" {
	run tags "Nobody in Seoul doubts that Washington remains committed."; check 0 "actor:us,stance:commit"
	run tags "None other than Secretary Hegseth reaffirmed it."; check 0 "actor:us,stance:commit"
	run tags "The allies are more committed than ever."; check 0 "actor:rok,actor:us,stance:commit"
	run tags "The allies renewed their demand for restraint."; check 0 "actor:rok,actor:us,stance:urge"
	# Korean: a country's name before 에서 acts, unless a meeting's verb follows
	run tags "미국에서 방위비 인상을 요구했다."; check 0 "actor:us,stance:urge,theme:usfk"
	run tags "한국에서 열린 회의"; check 0 "-"
	# 위성락 is a name, 용인 a city, 필요 시 "when needed"
	run tags "위성락 실장이 말했다."; check 0 "-"
	run tags "용인 사령부를 방문했다."; check 0 "-"
	run tags "필요 시 개최한다."; check 0 "-"
}

@test "context: not yet agreed, haven't yet decided, reluctance to commit are negated; yet alone still ends a clause" {
	run tags "The two sides have not yet agreed on a date."; check 0 "actor:rok,actor:us,stance:not-commit"
	run tags "They haven't yet agreed."; check 0 "stance:not-commit"
	run tags "Experts noted Washington's reluctance to commit to a date."; check 0 "actor:us,stance:assess,stance:not-commit"
	run tags "It is not clear, yet they agreed."; check 0 "stance:commit"
}

@test "context: Korean failing or withdrawn commitments (합의에 이르지 못했다, 실패했다, 철회했다, 재확인하지 않았다) are not-commit" {
	run tags "양측은 합의에 이르지 못했다."; check 0 "actor:rok,actor:us,stance:not-commit"
	run tags "합의는 이뤄지지 않았다."; check 0 "stance:not-commit"
	run tags "양측은 합의에 실패했다."; check 0 "actor:rok,actor:us,stance:not-commit"
	run tags "미국은 공약을 철회했다."; check 0 "actor:us,stance:not-commit"
	run tags "양 장관은 공약을 재확인하고 협력하기로 합의하였다."; check 0 "actor:rok,actor:us,stance:commit"
}

@test "context: a Korean assessment carried out (FOC 검증 평가를 실시) is a task, no stance of assessing" {
	run tags "양측은 FOC 검증 평가를 2027년 중 실시하기로 합의하였다."; check 0 "actor:rok,actor:us,stance:commit,theme:opcon"
	run tags "양 장관은 협력의 성과를 평가하였다."; check 0 "actor:rok,actor:us,stance:assess"
}
@test "context: a negation across an aside, emphasis, quotes or a compound; nothing agreed" {
	run tags "The U.S. did not, however, reaffirm the troop level."; check 0 "actor:us,stance:not-commit,theme:usfk"
	run tags "The U.S. *did not* reaffirm the troop level."; check 0 "actor:us,stance:not-commit,theme:usfk"
	run tags "The U.S. did **not** reaffirm the troop level."; check 0 "actor:us,stance:not-commit,theme:usfk"
	run tags "The U.S. did not (again) reaffirm the troop level."; check 0 "actor:us,stance:not-commit,theme:usfk"
	run tags "The U.S. did not “reaffirm” the troop level."; check 0 "actor:us,stance:not-commit,theme:usfk"
	run tags "The U.S. did not — as in past years — reaffirm the troop level."; check 0 "actor:us,stance:not-commit,theme:usfk"
	run tags "They did not include a long-standing pledge to keep troops."; check 0 "stance:not-commit"
	run tags "Nothing has been decided."; check 0 "stance:not-commit"
	# an aside that does not follow a negation, a contrast: no negation
	run tags "The U.S., not Japan, reaffirmed the pledge."; check 0 "actor:japan,actor:us,stance:commit"
	run tags "It was not a surprise — the allies reaffirmed the pledge."; check 0 "actor:rok,actor:us,stance:commit"
	run tags "The allies, however, reaffirmed the pledge."; check 0 "actor:rok,actor:us,stance:commit"
}
@test "context: Korean: 불발, 보류, 미루다 negate the agreement before them; a denied negation (것은 아니다) does not; 동의하였다 commits" {
	run tags "합의는 불발됐다."; check 0 "stance:not-commit"
	run tags "결정을 보류했다."; check 0 "stance:not-commit"
	run tags "양측은 합의를 미뤘다."; check 0 "actor:rok,actor:us,stance:not-commit"
	run tags "한국 정부는 동의하지 않았다."; check 0 "actor:rok,stance:not-commit"
	run tags "합의가 무산된 것은 아닙니다."; check 0 "stance:commit"
	run tags "합의하지 못한 것이 아니라 계속 협의하기로 했다."; check 0 "stance:commit"
	run tags "국회 동의를 얻었다."; check 0 "-"
}
@test "context: 한국군 is the ROK's forces" {
	run tags "한국군은 경계태세를 유지했다."; check 0 "actor:rok"
}
@test "context: review: no-first-use, nothing more important, asides not right before the word, a denial in a later sentence, 동의하에 are no negation or commitment" {
	run tags "Nothing is more important than our pledge to the ROK."; check 0 "actor:rok,stance:commit"
	run tags "They discussed a no-first-use pledge."; check 0 "stance:commit"
	run tags "Whether or not, in the end, the Ministers reaffirmed the commitment remained unclear."; check 0 "actor:rok,actor:us"
	run tags "There was no change (as of 2023) the two sides reaffirmed their commitment."; check 0 "actor:rok,actor:us,stance:commit"
	run tags "합의는 무산됐다. 협상이 끝난 것은 아니다."; check 0 "stance:not-commit,theme:dialogue"
	run tags "국회의 동의하에 파병 연장을 추진한다."; check 0 "-"
}

@test "context: a stance asked or foreseen is none taken: a question, whether, if, expected to, 것으로 예상된다; as expected, a later question and a statement stay" {
	run sh -c "printf '%s\n' 'Will Washington reaffirm its pledge?' 'The allies are expected to reaffirm their commitment.' \
	    'It is unclear whether the U.S. will commit more assets.' 'If the allies agree, drills will grow.' \
	    '미국은 과연 공약을 지킬 것인가?' '양측은 공약을 재확인할 것으로 예상된다.' \
	    'The allies, as expected, reaffirmed their pledge.' 'The two sides reaffirmed their pledge. Will they keep it?' \
	    'The ministers agreed to expand drills.' | scm-tag | cut -f5"
	check 0 "actor:us
actor:rok,actor:us
actor:us
actor:rok,actor:us,theme:exercises
actor:us
actor:rok,actor:us
actor:rok,actor:us,stance:commit
actor:rok,actor:us,stance:commit
actor:rok,actor:us,stance:commit,theme:exercises"
}

@test "context: likely to, probably, 것으로 보인다, 것으로 관측된다 are forecasts, no stance taken; unlikely to still negates, likely that and 것으로 보도됐다 do not" {
	run tags "The allies are likely to reaffirm their pledge."; check 0 "actor:rok,actor:us"
	run tags "Seoul will probably accept the plan."; check 0 "actor:rok"
	run tags "미국은 한국의 요구를 수용하지 않을 것으로 보인다."; check 0 "actor:rok,actor:us"
	run tags "양측은 곧 합의할 것으로 보입니다."; check 0 "actor:rok,actor:us"
	run tags "양측은 공약을 재확인할 것으로 관측된다."; check 0 "actor:rok,actor:us"
	# a statement stays
	run tags "The United States is unlikely to accept the request."; check 0 "actor:us,stance:not-accept"
	run tags "It is likely that the allies agreed."; check 0 "actor:rok,actor:us,stance:commit"
	run tags "양측이 합의한 것으로 보도됐다."; check 0 "actor:rok,actor:us,stance:commit"
	run tags "The allies reaffirmed their pledge."; check 0 "actor:rok,actor:us,stance:commit"
}
@test "context: Korean: a noun's negation is not taken from a next verb of another stance (요구를 수용하지 않았다); of the same, it is (공약을 재확인하지 않았다)" {
	run tags "미국은 한국의 요구를 수용하지 않았다."; check 0 "actor:rok,actor:us,stance:not-accept,stance:urge"
	run tags "요구를 받아들이지 않았다."; check 0 "stance:not-accept,stance:urge"
	run tags "합의를 수용하지 않았다."; check 0 "stance:commit,stance:not-accept"
	# a verb that is no stance word, or the same stance, still negates it
	run tags "미국은 공약을 재확인하지 않았다."; check 0 "actor:us,stance:not-commit"
	run tags "요구는 이뤄지지 않았다."; check 0 "stance:not-urge"
	run tags "양측은 합의에 이르지 못했다."; check 0 "actor:rok,actor:us,stance:not-commit"
}
@test "context: did not hesitate to, did not shy away from condemn; hesitated to, shied away from negate" {
	run tags "The Secretary did not hesitate to condemn Pyongyang's reckless behavior."; check 0 "actor:dprk,actor:us,stance:condemn"
	run tags "They did not shy away from condemning the launch."; check 0 "stance:condemn"
	run tags "They never shied away from condemning it."; check 0 "stance:condemn"
	run tags "They didn't hesitate to strongly condemn it."; check 0 "stance:condemn"
	run tags "Seoul hesitated to condemn Beijing."; check 0 "actor:china,actor:rok,stance:not-condemn"
	run tags "Seoul shied away from condemning Beijing."; check 0 "actor:china,actor:rok,stance:not-condemn"
	# the plain negation stays
	run tags "Seoul did not condemn Beijing."; check 0 "actor:china,actor:rok,stance:not-condemn"
	run tags "They would not hesitate to act, and they did not condemn it."; check 0 "stance:not-condemn"
}
@test "context: omitted, dropped before a stance word negate it; after a clause's end they do not" {
	run tags "The communique omitted the long-standing pledge to maintain the current level of USFK."; check 0 "actor:us,stance:not-commit,theme:usfk"
	run tags "The allies dropped their demand for talks."; check 0 "actor:rok,actor:us,stance:not-urge,theme:dialogue"
	run tags "The U.S. dropped leaflets, and the allies reaffirmed their commitment."; check 0 "actor:rok,actor:us,stance:commit"
}
@test "context: likely to and expected to foresee their own verb only; probably its own clause" {
	run tags "The allies are likely to agree and did agree on the roadmap."; check 0 "actor:rok,actor:us,stance:commit"
	run tags "The allies, likely to face new threats, reaffirmed the commitment."; check 0 "actor:rok,actor:us,stance:commit"
	run tags "The Secretary, who probably knows the peninsula best, reaffirmed the commitment."; check 0 "actor:us,stance:commit"
	run tags "The probably unintended result was that both sides agreed to resume talks."; check 0 "actor:rok,actor:us,stance:commit,theme:dialogue"
	# the forecast itself stays no stance
	run tags "The allies are likely to reaffirm the commitment."; check 0 "actor:rok,actor:us"
	run tags "The allies are expected to strongly reaffirm their commitment."; check 0 "actor:rok,actor:us"
	run tags "The allies will probably agree."; check 0 "actor:rok,actor:us"
}
@test "context: Korean: never done (합의한 바 없다, 약속한 적이 없다, 결정된 바 없다, 약속을 한 적이 없다) is negated; done before (합의한 바 있다), as agreed (합의한 바에 따라) and never wavered (흔들린 적 없다) are not" {
	run tags '주한미군 사령관은 병력 감축 여부에 대해 "결정된 바 없다"고 말했다.'; check 0 "actor:us,stance:not-commit,theme:usfk"
	run tags "미국은 약속한 적이 없다."; check 0 "actor:us,stance:not-commit"
	run tags "양측은 합의한 바 없다."; check 0 "actor:rok,actor:us,stance:not-commit"
	run tags "합의한 적은 한 번도 없다."; check 0 "stance:not-commit"
	run tags "결정된 바가 아직 없음."; check 0 "stance:not-commit"
	run tags "미국은 그런 약속을 한 적이 없다."; check 0 "actor:us,stance:not-commit"
	run tags "북한의 도발을 용납한 적이 없다."; check 0 "actor:dprk,stance:not-accept"
	# done before, as agreed, never wavered, a denied denial: no negation
	run tags "양측은 합의한 바 있다."; check 0 "actor:rok,actor:us,stance:commit"
	run tags "미국은 약속한 적이 있다."; check 0 "actor:us,stance:commit"
	run tags "합의한 바에 따라 훈련을 실시했다."; check 0 "stance:commit,theme:exercises"
	run tags "한미동맹 공약이 흔들린 적은 없다."; check 0 "actor:rok,actor:us,stance:commit"
	run tags "합의한 바 없는 것은 아니다."; check 0 "stance:commit"
	run tags "요구를 수용한 바 없다."; check 0 "stance:not-accept,stance:urge"
}
@test "context: if and whether reach to the comma that closes their clause, however long it is; the main clause's stance stays" {
	run tags "If North Korea conducts a seventh nuclear test, the allies will not tolerate it, the Secretary warned."; check 0 "actor:dprk,actor:rok,actor:us,stance:not-accept,theme:nuclear"
	run tags "If Pyongyang tests, the allies will not tolerate it."; check 0 "actor:dprk,actor:rok,actor:us,stance:not-accept"
	run tags "The allies will condemn it if Pyongyang tests."; check 0 "actor:dprk,actor:rok,actor:us,stance:condemn"
	run tags "Even if Pyongyang objects, the allies reaffirmed the pledge."; check 0 "actor:dprk,actor:rok,actor:us,stance:commit"
	run tags "If so, the allies will agree."; check 0 "actor:rok,actor:us,stance:commit"
	# the stance in the clause of if or whether, near or far: none
	run tags "If the allies agree, drills will grow."; check 0 "actor:rok,actor:us,theme:exercises"
	run tags "Drills will grow if the allies agree."; check 0 "actor:rok,actor:us,theme:exercises"
	run tags "If the allies and their partners in the region finally after many months of debate and consultation agree on the new framework drills will grow."; check 0 "actor:rok,actor:us,theme:exercises"
	run tags "It is unclear whether the U.S. will commit more assets."; check 0 "actor:us"
	# an aside or a list's comma does not close it
	run tags "If, as expected, the allies agree, drills will grow."; check 0 "actor:rok,actor:us,theme:exercises"
	run tags "If the allies, after many months of debate, finally agree, drills will grow."; check 0 "actor:rok,actor:us,theme:exercises"
	run tags "If the U.S., Japan and the ROK agree, drills will grow."; check 0 "actor:japan,actor:rok,actor:us,theme:exercises"
	run tags "Whether or not, in the end, the Ministers reaffirmed the commitment remained unclear."; check 0 "actor:rok,actor:us"
	# a semicolon or a sentence's end closes it
	run tags "Drills may grow if they meet; the allies reaffirmed the pledge."; check 0 "actor:rok,actor:us,stance:commit,theme:exercises"
	run tags "They asked if drills would grow. The allies reaffirmed the pledge."; check 0 "actor:rok,actor:us,stance:commit,theme:exercises"
}
@test "context: a sentence opening with Should is a condition: no prescribe, nor a stance in its clause; the main clause's stays, and a should after its subject prescribes" {
	run tags "Should the OPCON transition slip again, Seoul would face higher costs, the report argued."; check 0 "actor:rok,theme:opcon"
	run tags "Should the allies agree, drills will grow."; check 0 "actor:rok,actor:us,theme:exercises"
	run tags "They met. Should talks fail, the allies agreed to respond."; check 0 "actor:rok,actor:us,stance:commit,theme:dialogue"
	run tags "Should North Korea attack, the allies will condemn it."; check 0 "actor:dprk,actor:rok,actor:us,stance:condemn"
	# not at a sentence's start: a prescription
	run tags "Seoul should act now."; check 0 "actor:rok,stance:prescribe"
	run tags "The report said Seoul should act, and the allies agreed."; check 0 "actor:rok,actor:us,stance:commit,stance:prescribe"
}
@test "context: a stance noun whose removal follows it in its clause is negated (The pledge was dropped, is gone, was not included); a removal denied or in another clause is not" {
	run tags "The pledge was dropped."; check 0 "stance:not-commit"
	run tags "The troop pledge is gone."; check 0 "stance:not-commit"
	run tags "The pledge to keep 28,500 troops was quietly omitted from the communique."; check 0 "stance:not-commit,theme:usfk"
	run tags "The long-standing pledge to maintain the current level of USFK has been removed."; check 0 "actor:us,stance:not-commit,theme:usfk"
	run tags "The pledge was not included in the statement."; check 0 "stance:not-commit"
	run tags "The pledge is no longer there."; check 0 "stance:not-commit"
	run tags "The demand was withdrawn."; check 0 "stance:not-urge"
	# denied, kept, or in another clause: no negation
	run tags "The pledge was not dropped."; check 0 "stance:commit"
	run tags "The pledge has never been dropped."; check 0 "stance:commit"
	run tags "The pledge was kept."; check 0 "stance:commit"
	run tags "The pledge came after a plan was dropped."; check 0 "stance:commit"
	run tags "The pledge that Seoul made was dropped."; check 0 "actor:rok,stance:commit"
	run tags "The pledges were scrapped, and the allies agreed on a new plan."; check 0 "actor:rok,actor:us,stance:commit,stance:not-commit"
}
@test "context: a condition's aside before a new subject closes it; two capitals round a comma are a list only if and or or goes on; gone and no longer as removals only" {
	run tags "If North Korea provokes again, as it did in 2010, the allies will condemn it."; check 0 "actor:dprk,actor:rok,actor:us,stance:condemn"
	run tags "Asked whether the U.S. would keep troops in Korea, Hegseth reaffirmed the commitment."; check 0 "actor:us,stance:commit"
	run tags "If the U.S., Japan and Korea agree to it, the drills will grow."; check 0 "actor:japan,actor:us,theme:exercises"
	run tags "The pledge has gone largely unnoticed in Seoul."; check 0 "stance:commit"
	run tags "The pledge is no longer in doubt."; check 0 "stance:commit"
	run tags "The troop pledge is gone."; check 0 "stance:not-commit"
	run tags "The pledge is no longer in the communique."; check 0 "stance:not-commit"
}
@test "context: a should inverted in the middle of a sentence, a subject after it, is a condition to the next comma; a should before a verb or adverb, or after nor, so, what, prescribes" {
	run tags "The U.S. is considering bringing a brigade home from the South should Seoul refuse to accept a fivefold increase, or around US\$5 billion per year, in the upkeep of the USFK."; check 0 "actor:rok,actor:us,theme:usfk"
	run tags "The allies would respond should the talks fail."; check 0 "actor:rok,actor:us,theme:dialogue"
	run tags "Drills would grow should it reject the offer."; check 0 "theme:exercises"
	# the stance before it, or after its comma, stays
	run tags "The allies will condemn it should Pyongyang test again."; check 0 "actor:dprk,actor:rok,actor:us,stance:condemn"
	run tags "Troops would leave should Seoul refuse, and the allies agreed to talk."; check 0 "actor:rok,actor:us,stance:commit"
	# a verb or an adverb after it, a prescription's inversion, a title's Should: prescriptions
	run tags "Seoul should refuse to accept it."; check 0 "actor:rok,stance:not-accept,stance:prescribe"
	run tags "The allies should not accept it; they should NOT accept it."; check 0 "actor:rok,actor:us,stance:not-accept,stance:prescribe"
	run tags "Seoul must act, and so should Washington."; check 0 "actor:rok,actor:us,stance:prescribe"
	run tags "They debated what should Seoul accept."; check 0 "actor:rok,stance:accept,stance:prescribe"
	run tags "The allies should Thursday agree on the plan."; check 0 "actor:rok,actor:us,stance:commit,stance:prescribe"
	run tags "Seoul Should Agree On Troop Plan"; check 0 "actor:rok,stance:commit,stance:prescribe"
}
@test "context: in the clause of an expectation or a hope (in full expectation that, expects that, hoped that) no stance is taken, to the next comma; the stances around it stay" {
	run tags "Both sides praised the SCM in full expectation that it should continue as the cornerstone venue to affirm national commitments."; check 0 "actor:rok,actor:us,stance:welcome"
	run tags "They expressed hope that North Korea will accept dialogue."; check 0 "actor:dprk,theme:dialogue"
	run tags "Seoul expects that Washington will reaffirm its pledge."; check 0 "actor:rok,actor:us"
	run tags "They hoped that the allies would agree, and they agreed."; check 0 "actor:rok,actor:us,stance:commit"
	run tags "The U.S. hopes that Seoul will agree; Seoul agreed."; check 0 "actor:rok,actor:us,stance:commit"
	# another that, or a hope with no that: the stance stays
	run tags "They reaffirmed that the allies should deter North Korea."; check 0 "actor:dprk,actor:rok,actor:us,stance:commit,stance:prescribe,theme:deterrence"
	run tags "They noted that the allies agreed."; check 0 "actor:rok,actor:us,stance:assess,stance:commit"
	# the clause ends where "and" or "while" brings the sentence's own
	# verb back, in the past or in -ing
	run tags "The ministers expressed hope that the talks would resume and strongly condemned the launch."; check 0 "actor:rok,actor:us,stance:condemn,theme:dialogue"
	run tags "Seoul hoped that Washington would take on a larger role while reaffirming the alliance."; check 0 "actor:rok,actor:us,stance:commit"
	run tags "They hope that North Korea will accept the offer and return to talks."; check 0 "actor:dprk,theme:dialogue"
}
