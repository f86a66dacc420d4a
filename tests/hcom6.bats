#!/usr/bin/env bats
# Communiques clause by clause in the shapes analysts hold them (texts of
# our own writing): a clause in several paragraphs against its one-line
# copy, clause 1 glued to its lead-in ("(begin text) 1. The ..."), a
# copy that ends inside its last clause.
load helper

H="$FIX/hcom6"

@test "hcom6: a clause in three paragraphs pairs whole with its one-line copy: no difference" {
	run scm-diff "$H/paras-web.txt" "$H/paras-oneline.txt"
	[ "$status" -eq 0 ]
	[[ "$output" == *$'=\t¶2\t¶2\t1.00\t2. The Warden and the Steward reaffirmed that the two shores share one harbor and one set of rules. They noted that the ferry schedule agreed last spring has cut waiting times by a third. They also welcomed the opening of the new lighthouse on the breakwater.'* ]]
	! grep -q $'^[-+]\t' <<<"$output"
}

@test "hcom6: the same in Korean, and from a CP949 copy" {
	run scm-diff "$H/paras-ko.txt" "$H/paras-ko-oneline.txt"
	[ "$status" -eq 0 ]
	[ "$(grep -c $'^=\t¶' <<<"$output")" -eq 3 ]
	run scm-diff "$H/paras-ko-cp949.txt" "$H/paras-ko-oneline.txt"
	[ "$status" -eq 0 ]
}

@test "hcom6: the paragraphs of a clause are joined from records too, their tags merged" {
	scm-split "$H/paras-web.txt" | scm-tag >"$BATS_TEST_TMPDIR/web.tsv"
	scm-split "$H/paras-oneline.txt" | scm-tag >"$BATS_TEST_TMPDIR/one.tsv"
	run scm-diff "$BATS_TEST_TMPDIR/web.tsv" "$BATS_TEST_TMPDIR/one.tsv"
	[ "$status" -eq 0 ]
	run scm-diff --stat "$BATS_TEST_TMPDIR/web.tsv" "$BATS_TEST_TMPDIR/one.tsv"
	[ "$status" -eq 0 ]
}

@test "hcom6: scm-split itself keeps a clause's paragraphs as records of their own" {
	run scm-split "$H/paras-web.txt"
	[ "$(cut -f3 <<<"$output" | tr '\n' ' ')" = "heading clause clause para para clause " ]
}

@test "hcom6: paragraphs after the last clause, or before a clause not numbered next, stay apart" {
	run scm-diff "$H/paras-tail.txt" "$H/paras-web.txt"
	[[ "$output" == *$'-\t4\t-\t-\tThe talks were the first since the storm of last winter.'* ]]
	run scm-diff "$H/paras-gap.txt" "$H/paras-gap.txt"
	[ "$status" -eq 0 ]
	[[ "$output" == *$'=\t3\t3\t1.00\tThe board also heard from the pilots.'* ]]
	[[ "$output" == *$'=\t6\t6\t1.00\tThe pilots asked for a second tug.'* ]]
}

@test "hcom6: sentence units are not joined" {
	run scm-diff -u sentence "$H/paras-web.txt" "$H/paras-web.txt"
	[ "$status" -eq 0 ]
	[[ "$output" == *$'\tThey noted that the ferry schedule agreed last spring has cut waiting times by a third.'* ]]
}

@test "hcom6: clause 1 glued to its lead-in '(begin text) 1. The' is cut from it; the lead-in stays a paragraph" {
	run scm-split -k "$H/usia.txt"
	[[ "$output" == *$'\t4\tpara\tHARBOR ALLIES RENEW PLEDGES AT ANNUAL TALKS\t-\tFollowing is the text of the communique: (begin text)\n'* ]]
	[[ "$output" == *$'\t5\tclause\tHARBOR ALLIES RENEW PLEDGES AT ANNUAL TALKS\t-\t1. The 81st Harbor'* ]]
	[ "$(cut -f3 <<<"$output" | grep -c clause)" -eq 3 ]
}

@test "hcom6: a lead-in with a colon and clause 2 inline: both clauses cut" {
	run scm-split <<<"The statement listed its aims: 1. The two sides will deter aggression. 2. The two sides will keep the peace."
	[ "$(cut -f3,6 <<<"$output")" = $'para\tThe statement listed its aims:\nclause\t1. The two sides will deter aggression.\nclause\t2. The two sides will keep the peace.' ]
}

@test "hcom6: negative: a colon before a short '1.' that names no text, or one short point alone, stays one paragraph" {
	run scm-split <<<"He made three points: 1. The alliance must adapt to new threats in the region."
	[ "$(cut -f3 <<<"$output")" = para ]
	run scm-split <<<"The note read: 1. The first line of the note."
	[ "$(cut -f3 <<<"$output")" = para ]
	run scm-split <<<"In 2031 the ministers met to review the text of the plan: 1 ship was lost, and 2 were damaged in the storm that had struck the harbor the winter before, which all of them still remembered very well indeed."
	[ "$(cut -f3 <<<"$output")" = para ]
	run scm-split <<<"The minister spoke to reporters at length: 1. The answer is no, he said, and he repeated it twice for the cameras before leaving the hall by the side door with his aides and the guards."
	[ "$(cut -f3 <<<"$output" | tr '\n' ' ')" = "para " ]
}

@test "hcom6: a copy that ends inside its next clause: the clause keeps its kind, English and Korean" {
	run scm-split "$H/cut-en.txt"
	[[ "$output" == *$'\tclause\tJoint Communique of the 81st Harbor Consultative Talks\t-\t3. The Warden and the Steward review' ]]
	run scm-split "$H/cut-ko.txt"
	[[ "$(tail -1 <<<"$output" | cut -f3)" == clause ]]
	run scm-split <<<$'1. The talks were held in Port Lumen on March 3, 2031, and both sides attended.\n\n2. The'
	[ "$(tail -1 <<<"$output" | cut -f3)" = clause ]
}

@test "hcom6: negative: a Title Case heading numbered on from the clauses, a heading with text under it, a year opening a sentence" {
	run scm-split "$H/heads-en2.txt"
	[ "$(cut -f3 <<<"$output" | tr '\n' ' ')" = "heading clause heading para " ]
	run scm-split <<<$'1. The talks were held in Port Lumen on March 3, 2031, and both sides attended.\n\n2. The Way Ahead'
	[ "$(tail -1 <<<"$output" | cut -f3)" = heading ]
	run scm-split <<<$'1. The talks were held in Port Lumen on March 3, 2031, and both sides attended.\n\n3. The Secretary and the Minister review'
	[ "$(tail -1 <<<"$output" | cut -f3)" = heading ]
	run scm-split "$H/years.txt"
	[[ "$output" == *$'\tpara\tThe Harbor Talks, in brief\t-\t2031. The talks were held'* ]]
}

@test "hcom6: negative: '2, 3일 뒤' (two numbers) and a note ending in its date are no clause cut short" {
	run scm-split <<<$'1, 2031년 3월 3일 북안과 남안 양측 정부간의 합의에 따라 제81차 항만 협의회의가 루멘항에서 개최되었으며, 양측의 고위 관리들이 참석하였다.\n\n2, 3일 뒤 양측은 다시 만나 항로 문제를 논의하기로 하였다는 소식이 전해졌'
	[ "$(tail -1 <<<"$output" | cut -f3)" = heading ]
	run scm-split <<<$'1. The talks were held in Port Lumen on March 3, 2031, and both sides attended.\n\n2. Interview with a defense official, March 2031'
	[ "$(tail -1 <<<"$output" | cut -f3)" = heading ]
	run scm-split <<<$'1. 제81차 항만협의회의가 2031년 3월 3일 루멘항에서 개최되었다.\n\n2. 향후 추진 계획'
	[ "$(tail -1 <<<"$output" | cut -f3)" = heading ]
}

@test "hcom6: negative: '1.5 million' after a colon, a lower-case start, a short citation: no clause 1" {
	run scm-split <<<"The statement said: 1.5 million people live near the harbor, and the text of the plan is long enough to run on past one hundred and fifty bytes of prose in all its detail."
	[ "$(cut -f3 <<<"$output")" = para ]
	run scm-split <<<"The text: 1. the lower-case start of something that runs on and on for a long while past the bar of one hundred and fifty bytes in all."
	[ "$(cut -f3 <<<"$output")" = para ]
	run scm-split <<<"See the text in Appendix: 1. The Korean War Armistice Agreement (1953)."
	[ "$(cut -f3 <<<"$output")" = para ]
}

@test "hcom6: a Korean lead-in '... 전문: 1. 제81차' is cut from clause 1" {
	run scm-split <<<"다음은 제81차 항만협의회의 공동성명 전문: 1. 제81차 항만협의회의가 2031년 3월 3일 루멘항에서 개최되었다. 2. 양 청장은 두 해안이 하나의 항만을 공유하고 있음을 재확인하였다."
	[ "$(cut -f3 <<<"$output" | tr '\n' ' ')" = "para clause clause " ]
}

@test "hcom6: clauses numbered '3, ' (1970s copies) are cited by their number" {
	# a copy against itself: the clause's paragraphs are alike on both
	# sides, so they are compared as they stand
	run scm-diff "$H/cut-ko.txt" "$H/cut-ko.txt"
	[ "$status" -eq 0 ]
	[[ "$output" == *$'=\t¶2\t¶2\t1.00\t2, 북안 항만청장과 남안 항만청장은 지난 회의 이후 방파제와 등대의 상태를 함께 점검하고, 항로의 안전을 위한 협력을 계속하기로 하였다.\n=\t4\t4\t1.00\t양측은 또한'* ]]
	[[ "$output" == *$'=\t¶3\t¶3\t1.00\t3, '* ]]
}
