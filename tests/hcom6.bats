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
