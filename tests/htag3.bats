#!/usr/bin/env bats
# scm-tag: the rules of the third held-out measure on real sentences
# (htag3): concern with a possessive, blame, texts that "call for",
# readiness, Taiwan, the exercise of a right, a stance asked of others;
# Korean 북핵, 타결, cost-sharing talks, the Shangri-La Dialogue,
# submarines built and MASGA.  Sentences of our
# own writing, each with the nearest one that must not change.
load helper

tags() {	# tags TEXT: the tags of one line of plain text
	printf '%s\n' "$1" | scm-tag | cut -f5
}

@test "htag3: a concern expressed with a possessive is an assessment" {
	run tags "The Secretary expressed his concern over the launches."
	check 0 "actor:us,stance:assess"
	run tags "The Secretary shared his plans for the visit."
	check 0 "actor:us"
}
@test "htag3: a shared view is an assessment; a shared plan is not" {
	run tags "The allies restated their shared view of the threat."
	check 0 "actor:rok,actor:us,stance:assess"
	run tags "The allies restated their shared plan for the drills."
	check 0 "actor:rok,actor:us,theme:exercises"
}
@test "htag3: blame laid on someone is condemnation, a cause named is not" {
	run tags "Beijing blamed Washington for the rising tension."
	check 0 "actor:china,actor:us,stance:condemn"
	run tags "The delay was blamed on heavy rain."
	check 0 "-"
}
@test "htag3: a text that calls for something is no demand; a person's call is" {
	run tags "The new deal calls for a 5 percent rise in Seoul's share."
	check 0 "actor:rok"
	run tags "The new minister calls for a 5 percent rise in Seoul's share."
	check 0 "actor:rok,stance:urge"
}
@test "htag3: defense readiness is the combined defense; readiness alone is not" {
	run tags "The drills test the allies' defense readiness."
	check 0 "actor:rok,actor:us,theme:combined-defense,theme:exercises"
	run tags "Seoul signalled its readiness for talks."
	check 0 "actor:rok,theme:dialogue"
}
@test "htag3: a war or blockade over Taiwan is the Strait's theme; Taiwan's exports are not" {
	run tags "Planners weigh the risk of a blockade of Taiwan."
	check 0 "theme:taiwan-strait"
	run tags "Tensions over Taiwan have grown."
	check 0 "theme:taiwan-strait"
	run tags "Taiwan's chip exports rose sharply."
	check 0 "-"
}
@test "htag3: the exercise of a right is no drill; an exercise of its kind is" {
	run tags "The strike was an exercise of the right to self-defense."
	check 0 "-"
	run tags "It was the largest exercise of its kind since 2018."
	check 0 "theme:exercises"
}
@test "htag3: a stance in the 'to' of urged, called or asked is asked, no stance" {
	run tags "Washington urged the U.N. Security Council to condemn the launch."
	check 0 "actor:un,actor:us,stance:urge"
	run tags "Tokyo asked Seoul not to accept the offer."
	check 0 "actor:japan,actor:rok"
	run tags "Seoul called the test a provocation and agreed to condemn it."
	check 0 "actor:rok,stance:commit,stance:condemn"
	run tags "Asked about it, the Minister agreed to reaffirm the pledge."
	check 0 "actor:rok,stance:commit"
	run tags "The allies decided to condemn the launch."
	check 0 "actor:rok,actor:us,stance:commit,stance:condemn"
}
@test "htag3: an 'and to' goes on with the demand; pressed needs its object" {
	run tags "Beijing urged Pyongyang to halt the tests and to accept talks."
	check 0 "actor:china,actor:dprk,stance:urge,theme:dialogue"
	run tags "Beijing urged restraint and agreed to accept talks."
	check 0 "actor:china,stance:accept,stance:commit,stance:urge,theme:dialogue"
	run tags "Washington pressed Seoul to agree to higher payments."
	check 0 "actor:rok,actor:us"
	run tags "Seoul pressed to agree on a date."
	check 0 "actor:rok,stance:commit"
}
@test "htag3: call asks only with on, upon or for, or as the noun before 'to'" {
	run tags "The Minister called his U.S. counterpart to condemn the launch jointly."
	check 0 "actor:rok,actor:us,stance:condemn"
	run tags "The Secretary called Minister Ahn to condemn the missile launch."
	check 0 "actor:rok,actor:us,stance:condemn,theme:missile"
	run tags "The ministers called upon the North to condemn terrorism."
	check 0 "actor:dprk,actor:rok,actor:us,stance:urge"
	run tags "The Secretary called for Beijing not to accept the claims."
	check 0 "actor:china,actor:us,stance:urge"
	run tags "Amid calls to condemn the launch, Seoul stayed silent."
	check 0 "actor:rok"
}
@test "htag3 (revt): a call heeded is taken up; 'it is encouraging to' asks nothing" {
	run tags "The ministers answered the call to reaffirm the alliance."
	check 0 "actor:rok,actor:us,stance:commit"
	run tags "Seoul heeded calls to condemn the launch."
	check 0 "actor:rok,stance:condemn"
	run tags "The ministers found it encouraging to welcome new members to the coalition."
	check 0 "actor:rok,actor:us,stance:welcome"
	run tags "Washington is encouraging Seoul to accept the deal."
	check 0 "actor:rok,actor:us"
}
@test "htag3: 북핵 names the North" {
	run tags "북핵 위협에 대한 공조를 논의했다."
	check 0 "actor:dprk,theme:nuclear"
	run tags "핵 위협에 대한 공조를 논의했다."
	check 0 "theme:nuclear"
}
@test "htag3: 타결 as a verb is an agreement reached, not the noun" {
	run tags "양국은 협상을 타결했다."
	check 0 "actor:rok,actor:us,stance:commit,theme:dialogue"
	run tags "협상 타결 가능성은 낮다."
	check 0 "theme:dialogue"
}
@test "htag3: cost-sharing talks with SMA in brackets or an object particle are no dialogue" {
	run tags "제12차 방위비분담특별협정(SMA) 협상이 열렸다."
	check 0 "theme:usfk"
	run tags "방위비분담금을 협상하는 중이다."
	check 0 "theme:usfk"
	run tags "북한과의 협상이 열렸다."
	check 0 "actor:dprk,theme:dialogue"
}
@test "htag3: 샹그릴라 대화 is a forum, no dialogue" {
	run tags "장관은 샹그릴라 대화에서 연설했다."
	check 0 "-"
	run tags "장관은 남북 대화를 강조했다."
	check 0 "actor:dprk,actor:rok,theme:dialogue,theme:inter-korean"
}
@test "htag3: a submarine built with its particle, and MASGA, are defense industry" {
	run tags "한국은 핵추진 잠수함을 건조할 계획이다."
	check 0 "actor:rok,theme:defense-industry,theme:nuclear"
	run tags "한화는 마스가 사업에 투자했다."
	check 0 "theme:defense-industry"
	run tags "한국은 잠수함을 운용한다."
	check 0 "actor:rok"
}
@test "htag3 (revt): cost-sharing talks with the object particle stay usfk" {
	run tags "양측은 방위비를 협상했다."
	check 0 "actor:rok,actor:us,theme:usfk"
	run tags "양측은 방위비분담금을 협상하기로 했다."
	check 0 "actor:rok,actor:us,stance:commit,theme:usfk"
}
@test "htag3 (revt): a grave, serious or deep concern with a possessive, our concern, are assessments" {
	run tags "The ministers expressed their grave concern over the nuclear test."
	check 0 "actor:rok,actor:us,stance:assess,theme:nuclear"
	run tags "The Ministry expressed its deep concern over the launches."
	check 0 "stance:assess"
	run tags "We expressed our concerns about the launches."
	check 0 "stance:assess"
	run tags "The Minister expressed his hope for dialogue."
	check 0 "actor:rok,theme:dialogue"
}
@test "htag3 (revt): critics of a deal who call for something demand it; the deal's terms do not" {
	run tags "Critics of the deal called for its renegotiation."
	check 0 "stance:urge"
	run tags "Supporters of the bill called for a quick vote."
	check 0 "stance:urge"
	run tags "The terms of the deal called for an 8.2 percent increase."
	check 0 "-"
}
@test "htag3 (revt): an exercise of power projection is a drill; civil defense readiness no combined defense" {
	run tags "The allies conducted an exercise of power projection with carriers."
	check 0 "actor:rok,actor:us,theme:exercises"
	run tags "The exercise of power by China was discussed."
	check 0 "actor:china"
	run tags "The city held civil defense readiness drills."
	check 0 "theme:exercises"
	run tags "The ministers reviewed defense readiness."
	check 0 "actor:rok,actor:us,theme:combined-defense"
}
