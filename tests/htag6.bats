#!/usr/bin/env bats
# scm-tag: the rules of the sixth held-out measure on real sentences
# (htag6): "the two countries" after another pair named, Japan's prime
# ministers by name, South Korea's intelligence service, building
# frigates, an investment pledge, a letter's "we encourage your"; Korean
# 남한, 국정원, 연합방위지침, the verbs of a judgment (-라고 분석했다,
# 것으로 본다, 판단했다, 내다봤다, 전망했다, 것으로 보인다고), an
# agreement acted on (합의에 따라) and a demand that may come (요구할
# 가능성).
# Sentences of our own writing, each with the nearest ones that must not
# change.
load helper

tags() {	# tags TEXT: the tags of one line of plain text
	printf '%s\n' "$1" | scm-tag | cut -f5
}
@test "htag6: the two countries after another pair named are that pair, not the allies" {
	run tags "Moscow has shipped fuel to North Korea, and the two countries signed a treaty last June."
	check 0 "actor:dprk,actor:russia"
	run tags "China and Russia held naval drills, and both countries criticized the alliance."
	check 0 "actor:china,actor:russia,stance:condemn,theme:exercises"
	run tags "Russia and China staged joint patrols; both sides called it routine."
	check 0 "actor:china,actor:russia"
	run tags "북한과 러시아는 조약을 맺었고 양국은 군사 협력을 강화하고 있다."
	check 0 "actor:dprk,actor:russia"
	run tags "중국과 러시아가 연합훈련을 벌이자 양측은 이를 정례 훈련이라고 밝혔다."
	check 0 "actor:china,actor:russia,theme:exercises"
}
@test "htag6: the two countries stay the allies when an ally is named before or no pair is" {
	run tags "Minister Ahn met Secretary Hegseth, and the two countries agreed to expand drills."
	check 0 "actor:rok,actor:us,stance:commit,theme:exercises"
	run tags "The two countries reaffirmed their commitment to the Mutual Defense Treaty."
	check 0 "actor:rok,actor:us,stance:commit,theme:combined-defense"
	run tags "After the talks with Beijing, the two sides reaffirmed the alliance."
	check 0 "actor:china,actor:rok,actor:us,stance:commit,theme:dialogue"
	run tags "양국은 북한과 러시아의 군사 협력을 규탄했다."
	check 0 "actor:dprk,actor:rok,actor:russia,actor:us,stance:condemn"
	run tags "한미 양국은 북러 밀착을 우려했다."
	check 0 "actor:dprk,actor:rok,actor:russia,actor:us,stance:assess"
}
@test "htag6: Japan's prime ministers by name are Japan; an Abe or a Suga alone is not" {
	run tags "Prime Minister Kishida visited Seoul in May."
	check 0 "actor:japan,actor:rok"
	run tags "Ishiba said the alliance was strong."
	check 0 "actor:japan"
	run tags "기시다 총리는 서울을 방문했다."
	check 0 "actor:japan,actor:rok"
	run tags "Abe Lincoln is no prime minister, and Suga is sugar in Spanish."
	check 0 "-"
}
@test "htag6: 남한 and 국정원 are the ROK; 남한산성 and 남한강 are places" {
	run tags "북한은 남한을 적대국으로 규정했다."
	check 0 "actor:dprk,actor:rok"
	run tags "국정원은 북한이 추가 파병을 준비하는 것으로 판단했다."
	check 0 "actor:dprk,actor:rok,stance:assess"
	run tags "The National Intelligence Service said the North was preparing a launch."
	check 0 "actor:dprk,actor:rok"
	run tags "남한산성은 관광지이며 남한강이 흐른다."
	check 0 "-"
}
@test "htag6: a judgment's Korean verbs are an assessment; an analysis of an object or under way is not" {
	run tags "국방부는 북한의 미사일이 신형이라고 분석했다."
	check 0 "actor:dprk,actor:rok,stance:assess,theme:missile"
	run tags "파병은 다층적 의도가 맞물린 것으로 분석된다."
	check 0 "stance:assess"
	run tags "국방부는 북한이 도발할 것으로 본다고 밝혔다."
	check 0 "actor:dprk,actor:rok,stance:assess"
	run tags "정보당국은 북한이 파병을 늘릴 것으로 보인다고 밝혔다."
	check 0 "actor:dprk,stance:assess"
	run tags "전문가들은 협상이 연내 타결될 것으로 내다봤다."
	check 0 "stance:assess,theme:dialogue"
	run tags "저자는 전환 과정을 세 단계로 나누어 분석했다."
	check 0 "-"
	run tags "합참은 스커드 계열로 분석 중이라고 밝혔다."
	check 0 "actor:rok"
	run tags "북한은 조만간 추가 도발에 나설 것으로 보인다."
	check 0 "actor:dprk"
}
@test "htag6: an agreement acted on and a demand that may come are no stance; the acts are" {
	run tags "국방부는 이번 합의에 따라 훈련을 재개한다고 밝혔다."
	check 0 "actor:rok,theme:exercises"
	run tags "양국은 훈련을 재개하기로 합의했다."
	check 0 "actor:rok,actor:us,stance:commit,theme:exercises"
	run tags "트럼프 대통령이 재협상을 요구할 가능성이 있다."
	check 0 "actor:us"
	run tags "트럼프 대통령은 한국에 방위비 인상을 요구했다."
	check 0 "actor:rok,actor:us,stance:urge,theme:usfk"
}
@test "htag6: 연합방위지침 is the combined defense's" {
	run tags "양국은 연합방위지침을 개정하기로 합의했다."
	check 0 "actor:rok,actor:us,stance:commit,theme:combined-defense"
	run tags "양국은 방위 산업 지침을 개정하기로 합의했다."
	check 0 "actor:rok,actor:us,stance:commit"
}
@test "htag6: building frigates is defense industry; a frigate at sea is not" {
	run tags "The firm will be building frigates for the Philippine Navy."
	check 0 "theme:defense-industry"
	run tags "The frigate sailed into Busan for a port call."
	check 0 "-"
}
@test "htag6: an investment pledge is a sum described; a pledge made is a pledge" {
	run tags "Seoul made a \$20 billion investment pledge to U.S. shipyards."
	check 0 "actor:rok,actor:us,theme:defense-industry"
	run tags "Seoul pledged \$20 billion in investment in U.S. shipyards."
	check 0 "actor:rok,stance:commit,theme:defense-industry"
}
@test "htag6: a letter's 'we encourage your' asks of others; a page's 'we encourage readers' does not" {
	run tags "In particular, we encourage your Administration to sign the cost-sharing agreement soon."
	check 0 "stance:urge,theme:usfk"
	run tags "We encourage the government to resume talks with Pyongyang."
	check 0 "actor:dprk,stance:urge,theme:dialogue"
	run tags "We encourage readers to subscribe."
	check 0 "-"
}
@test "htag6: the allies' own talks over their troops' cost are no dialogue; with another state named, or on the troops alone, they are" {
	run tags "The Biden Administration and South Korea negotiated the 12th SMA early."
	check 0 "actor:rok,actor:us,theme:usfk"
	run tags "미국과 한국은 방위비 협상을 재개했다."
	check 0 "actor:rok,actor:us,theme:usfk"
	run tags "Trump wants talks with Kim Jong Un and more money for U.S. troops in Korea."
	check 0 "actor:dprk,actor:us,theme:dialogue,theme:usfk"
	run tags "Seoul and Washington held talks on the cost of U.S. troops, and Beijing watched."
	check 0 "actor:china,actor:rok,actor:us,theme:dialogue,theme:usfk"
	run tags "The allies held talks on North Korea."
	check 0 "actor:dprk,actor:rok,actor:us,theme:dialogue"
	run tags "The allies held talks on the peninsula."
	check 0 "actor:rok,actor:us,theme:dialogue"
	run tags "The allies will negotiate the size of U.S. Forces Korea."
	check 0 "actor:rok,actor:us,theme:dialogue,theme:usfk"
	run tags "Seoul and Washington resumed talks on burden sharing."
	check 0 "actor:rok,actor:us,theme:usfk"
}
@test "htag6: a threat or a provocation called so is judged; a law's provision is not" {
	run tags "국방부가 북한의 미사일 발사를 직접적이고 심각한 군사위협으로 규정했다."
	check 0 "actor:dprk,actor:rok,stance:assess,theme:missile"
	run tags "국방부는 북한의 미사일 발사를 중대한 도발로 규정했다."
	check 0 "actor:dprk,actor:rok,stance:assess,theme:missile"
	run tags "법은 이를 금지 사항으로 규정했다."
	check 0 "-"
}
@test "htag6: a place with 에선 (in, spoken) keeps its actor, as with 에서는" {
	run tags "미국에선 북한의 핵 위협에 대한 우려가 커지고 있다."
	check 0 "actor:dprk,actor:us,stance:assess,theme:nuclear"
	run tags "일본에선 반응이 없다."
	check 0 "actor:japan"
	run tags "회의에선 결론이 나지 않았다."
	check 0 "-"
}
@test "htag6 reports (hcom6, revt7): 남과 북, the alliance's joint vision, a law's breach" {
	run tags "남과 북은 군사적 긴장 완화에 합의하였다."
	check 0 "actor:dprk,actor:rok,stance:commit,theme:inter-korean"
	run tags "양 장관은 한미동맹 공동비전을 재확인하였다."
	check 0 "actor:rok,actor:us,stance:commit,theme:alliance-vision"
	run tags "The two ministers reaffirmed the Joint Vision for the Alliance."
	check 0 "actor:rok,actor:us,stance:commit,theme:alliance-vision"
	run tags "한일 공동비전을 발표했다."
	check 0 "actor:japan,actor:rok"
	run tags "이 법은 국가보안법 위반으로 규정한 행위를 처벌한다."
	check 0 "-"
	run tags "정부는 이를 명백한 결의 위반으로 규정하고 규탄했다."
	check 0 "stance:assess,stance:condemn"
}
@test "revt7 probe: both Koreas named together (North and South Korea, the two Koreas) name both" {
	run tags "North and South Korea resumed military talks."
	check 0 "actor:dprk,actor:rok,theme:dialogue"
	run tags "Tensions between the two Koreas rose."
	check 0 "actor:dprk,actor:rok"
	run tags "South and North Korea agreed."
	check 0 "actor:dprk,actor:rok,stance:commit"
	run tags "North Korea fired a missile."
	check 0 "actor:dprk,theme:missile"
}
@test "hweb6 report: a troop withdrawal from (S.) Korea is usfk" {
	run tags "U.S. lawmakers introduce bill limiting troop withdrawal from S. Korea"
	check 0 "actor:rok,actor:us,theme:usfk"
	run tags "The bill limits troop withdrawals from South Korea."
	check 0 "actor:rok,theme:usfk"
	run tags "North Korean troops withdrawal from Kursk began."
	check 0 "actor:dprk"
}
