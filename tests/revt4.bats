#!/usr/bin/env bats
# The review of the htag4 and hdiff rules (revt4): sentences of our own
# writing meant to make them misfire.  Fixed: a drawdown of U.S. forces
# elsewhere is no USFK theme, a quarrel in Taiwan's parliament is no
# Taiwan Strait, and 할 사안이 아니라 ("not a matter to ... but") denies
# the stance before it.  The rest are near misses that already behave.
load helper

tags() {	# tags TEXT: the tags of one line of plain text
	printf '%s\n' "$1" | scm-tag | cut -f5
}
@test "revt4: a drawdown of U.S. forces elsewhere is not USFK; in South Korea, or unplaced, it is" {
	run tags "A drawdown of U.S. forces in Europe was announced last month."
	check 0 "actor:us"
	run tags "The drawdown of U.S. troops in Afghanistan ended in August."
	check 0 "actor:us"
	run tags "Seoul fears a drawdown of U.S. forces on the peninsula."
	check 0 "actor:rok,actor:us,theme:usfk"
	run tags "Japan hosts U.S. forces stationed in Japan under a separate treaty."
	check 0 "actor:japan,actor:us"
	run tags "The forces stationed in South Korea remain at 28,500."
	check 0 "theme:usfk"
}
@test "revt4: a conflict in Taiwan's parliament is not the Strait; a conflict in Taiwan is" {
	run tags "The conflict in Taiwan's parliament over the defense budget delayed the vote."
	check 0 "-"
	run tags "A war in Taiwan would draw in U.S. forces in Japan."
	check 0 "theme:taiwan-strait"
	run tags "A conflict in Taiwan would test the alliance."
	check 0 "theme:taiwan-strait"
}
@test "revt4: 할 사안이 아니라 denies the stance before it; one after it stands" {
	run tags "이는 규탄할 사안이 아니라 대화로 풀 문제다."
	check 0 "stance:not-condemn,theme:dialogue"
	run tags "이는 수용할 사안이 아니라 협상할 사안이다."
	check 0 "stance:not-accept,theme:dialogue"
	run tags "주한미군 감축은 협상할 사안이 아니다."
	check 0 "actor:us,theme:dialogue,theme:usfk"
	run tags "수용할 사안이 남아 있다."
	check 0 "stance:accept"
}
@test "revt4: near misses: opposed as a contrast or adjective, a deal expired, a question, a condition" {
	run tags "The cost, as opposed to the benefit, has dominated the debate in Seoul."
	check 0 "-"
	run tags "The opposed landing exercise was held at Pohang."
	check 0 "theme:exercises"
	run tags "The deal reached in 2019 expired last year without renewal."
	check 0 "-"
	run tags "Seoul did not oppose the proposal."
	check 0 "actor:rok,stance:not-condemn"
	run tags "He asked whether Washington would honor its commitments under the treaty."
	check 0 "actor:us"
	run tags "Officials in Tokyo balked at the plan."
	check 0 "-"
	run tags "북한의 도발을 규탄할 경우 중국의 반발이 예상된다."
	check 0 "actor:china,actor:dprk"
	run tags "북한이 도발할 경우 한미는 단호히 대응하기로 했다."
	check 0 "actor:dprk,actor:rok,actor:us,stance:commit"
	run tags "외교가 중요하다고 장관은 말했다."
	check 0 "theme:dialogue"
}
@test "revt4: scm-diff: a document against itself is all =; a clause reworded and moved is one pair" {
	A=$BATS_TEST_TMPDIR/a.txt B=$BATS_TEST_TMPDIR/b.txt
	printf '%s\n' \
	  "1. The Minister and the Secretary held the 55th meeting in Seoul." \
	  "2. The two sides reviewed the security environment in the region." \
	  "3. The two sides welcomed the space working group and agreed that the alliance will expand cooperation in space situational awareness, satellite launches and the sharing of data with partners in the region." \
	  "4. The two sides agreed to expand combined exercises in scale and scope." \
	  "5. The Secretary thanked the Minister for the warm hospitality." >"$A"
	printf '%s\n' \
	  "1. The Minister and the Secretary held the 55th meeting in Seoul." \
	  "2. The two sides reviewed the security environment in the region." \
	  "3. The two sides agreed to expand combined exercises in scale and scope." \
	  "4. The Secretary and the Minister noted new launches and agreed that the alliance will expand cooperation in space situational awareness, satellite launches and the sharing of data with partners in the region, starting next year." \
	  "5. The Secretary thanked the Minister for the warm hospitality." >"$B"
	run scm-diff "$A" "$A"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | cut -f1 | sort -u)" = "=" ]
	run scm-diff "$A" "$B"
	[ "$status" -eq 1 ]
	printf '%s\n' "$output" | cut -f1-3 | grep -qx '~>*	¶3	¶4'
	[ -z "$(printf '%s\n' "$output" | cut -f1 | grep -x '[+-]')" ]
}
@test "revt4: scm-diff: a clause dropped and another added that share only a stock sentence other clauses hold too are - and +" {
	F=$SCM_TOP/tests/fixtures/revt4
	run scm-diff "$F/stock-old.txt" "$F/stock-new.txt"
	[ "$status" -eq 1 ]
	[ "$(printf '%s\n' "$output" | cut -f1-3 | tr '\t' ' ')" = "$(printf '%s\n' '~ ¶1 ¶1' '= ¶2 ¶2' '= ¶3 ¶3' '- ¶4 -' '= ¶5 ¶4' '= ¶6 ¶5' '+ - ¶6' '= ¶7 ¶7')" ]
	run scm-diff --stat "$F/stock-old.txt" "$F/stock-new.txt"
	printf '%s\n' "$output" | grep -qx '~>	0'
	printf '%s\n' "$output" | grep -qx '+	1'
	run scm-diff -J "$F/stock-old.txt" "$F/stock-new.txt"
	[ "$(printf '%s\n' "$output" | grep -c '"op":"-"')" -eq 1 ]
	run scm-diff "$F/stock-ko-old.txt" "$F/stock-ko-new.txt"
	[ "$status" -eq 1 ]
	[ "$(printf '%s\n' "$output" | cut -f1-3 | tr '\t' ' ')" = "$(printf '%s\n' '= ¶1 ¶1' '= ¶2 ¶2' '- ¶3 -' '= ¶4 ¶3' '+ - ¶4' '= ¶5 ¶5')" ]
	# a lower threshold pairs them as alike enough on its own
	run scm-diff --threshold 0.3 "$F/stock-old.txt" "$F/stock-new.txt"
	printf '%s\n' "$output" | cut -f1-3 | grep -qx '~>	¶4	¶6'
}
@test "revt4: scm-diff: a clause reworded and moved that keeps the stock sentence and words of its own pairs; a document against itself is all =" {
	F=$SCM_TOP/tests/fixtures/revt4
	run scm-diff "$F/stock-old.txt" "$F/stock-moved.txt"
	printf '%s\n' "$output" | cut -f1-3 | grep -qx '~>	¶4	¶6'
	[ -z "$(printf '%s\n' "$output" | cut -f1 | grep -x '[+-]')" ]
	for f in stock-old stock-new stock-ko-old stock-moved; do
		run scm-diff "$F/$f.txt" "$F/$f.txt"
		[ "$status" -eq 0 ]
		[ "$(printf '%s\n' "$output" | cut -f1 | sort -u)" = "=" ]
	done
}
