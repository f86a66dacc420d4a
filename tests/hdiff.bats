#!/usr/bin/env bats
# scm-diff on consecutive communiques in the shapes analysts hold them: a
# web page with its chrome against a clean text, a one-line paste.
load helper

D="$FIX/diff"
W="$D/hd-web-2030.txt"
C="$D/hd-clean-2031.txt"
L="$D/hd-oneline-2031.txt"

# words: the letter words of the input, lower-cased, one a line, sorted (numbers and
# punctuation aside: labels are renumbered, punctuation is not compared).
words() { tr -cs 'A-Za-z' '\n' | tr 'A-Z' 'a-z' | grep . | sort; }

@test "hdiff: a clause whose opening stays and whose rest is rewritten pairs where it stood" {
	run scm-diff "$W" "$C"
	[ "$status" -eq 1 ]
	[[ "$output" == *$'~\t¶2\t¶2\t0.48\t2. The Minister and the Secretary reaffirmed that the Alliance remains the anchor of peace, stability, and prosperity on the Korean Peninsula and across the wider region. [-Both sides reviewed the coastal patrol program started-]{+They also welcomed the first combined drill'* ]]
	! grep -q $'^[-+]\t.*¶2' <<<"$output"
}

@test "hdiff: clauses sharing only the opening 'The Minister and the Secretary' stay removed and added" {
	run scm-diff "$W" "$C"
	[[ "$output" == *$'-\t¶3\t-\t-\t3. The Minister and the Secretary committed'* ]]
	[[ "$output" == *$'+\t-\t¶3\t-\t3. The Minister and the Secretary condemned'* ]]
}

@test "hdiff: a threshold given is the bar for a clause in place too" {
	run scm-diff --threshold 0.5 "$W" "$C"
	[[ "$output" == *$'-\t¶2\t-\t-'* ]]
	[[ "$output" == *$'+\t-\t¶2\t-'* ]]
	run scm-diff --threshold 0.45 "$W" "$C"
	[[ "$output" == *$'~\t¶2\t¶2\t0.48'* ]]
}

@test "hdiff: a reworded clause that moved pairs when it keeps a phrase of 16 words" {
	# the same ¶2 pair (a 30-word opening kept), but the old ¶2 now stands after ¶4
	awk 'BEGIN { RS = ""; ORS = "\n\n" } /^2\. / { c = $0; next } { print } END { print c }' "$C" >"$BATS_TEST_TMPDIR/moved.txt"
	run scm-diff "$W" "$BATS_TEST_TMPDIR/moved.txt"
	[[ "$output" == *$'~>\t¶2\t¶2\t0.48\t2. The Minister and the Secretary reaffirmed'* ]]
	! grep -q $'^[-+]\t.*¶2' <<<"$output"
	# a threshold given is the bar for it too
	run scm-diff --threshold 0.5 "$W" "$BATS_TEST_TMPDIR/moved.txt"
	[[ "$output" == *$'-\t¶2\t-\t-'* ]]
	[[ "$output" == *$'+\t-\t¶2\t-'* ]]
}

@test "hdiff: a dropped clause and an added one elsewhere sharing 15 words stay removed and added" {
	o="$BATS_TEST_TMPDIR/o.txt" n="$BATS_TEST_TMPDIR/n.txt"
	cat >"$o" <<-'EOF'
	1. The two delegations opened the annual talks in a spirit of trust and close partnership.

	2. The Minister and the Secretary agreed to widen the exchange of cadets between the two naval academies, including summer cruises on both fleets and a joint course on the law of the sea taught in alternate years at Annapolis and Jinhae, and they tasked the staffs of both navies to report on a wider program of instructor visits, shared simulators and language training before the end of next spring.

	3. Both sides reviewed the progress made on the repair of ships in the shipyards of the other nation.

	4. The next meeting will be held in Seoul at a date to be agreed.
	EOF
	cat >"$n" <<-'EOF'
	1. The two delegations opened the annual talks in a spirit of trust and close partnership.

	2. Both sides reviewed the progress made on the repair of ships in the shipyards of the other nation.

	3. The Minister and the Secretary condemned the launch of two ballistic missiles last month, with summer cruises on both fleets and a joint course on the law of the sea cited as proof of readiness, and called on the North to return to talks without conditions, to stop the transfer of arms to Russia and to answer the repeated offers of dialogue made by the government in Seoul since the start of the year.

	4. The next meeting will be held in Seoul at a date to be agreed.
	EOF
	run scm-diff "$o" "$n"
	[[ "$output" == *$'-\t¶2\t-\t-\t2. The Minister and the Secretary agreed'* ]]
	[[ "$output" == *$'+\t-\t¶3\t-\t3. The Minister and the Secretary condemned'* ]]
}

@test "hdiff: the same text on one line and on many is no change" {
	run scm-diff "$C" "$L"
	check 0 "$(scm-diff "$C" "$C")"
}

@test "hdiff: --stat counts the in-place pair as one changed clause" {
	run scm-diff --stat "$W" "$C"
	[[ "$output" == *$'~\t3\n'* ]]
	[[ "$output" == *$'+\t1\n'* ]]
	# the page's breadcrumb (Home : Media : Press Releases) is furniture
	[[ "$output" == *$'-\t2\n'* ]]
	[[ "$output" == *$'furniture-\t1\n'* ]]
}

@test "hdiff: nothing is lost: each word of both texts is kept, inserted or deleted once" {
	for pair in "$W $C" "$C $W" "$W $L" "$EX/scm-2024.txt $EX/scm-2025.txt"; do
		set -- $pair
		scm-diff --color=never "$1" "$2" >"$BATS_TEST_TMPDIR/d" || [ $? -eq 1 ]
		# old: =, ~ kept and deleted, -; new: =, ~ kept and inserted, +
		awk -F'\t' '$1 ~ /^[=~-]/ { t = $5; gsub(/\{\+[^+]*\+\}/, " ", t); gsub(/\[-|-\]/, " ", t); print t }' \
			"$BATS_TEST_TMPDIR/d" 2>/dev/null | words >"$BATS_TEST_TMPDIR/o"
		awk -F'\t' '$1 ~ /^[=~+]/ { t = $5; gsub(/\[-[^]]*-\]/, " ", t); gsub(/\{\+|\+\}/, " ", t); print t }' \
			"$BATS_TEST_TMPDIR/d" | words >"$BATS_TEST_TMPDIR/n"
		scm-split "$1" | awk -F"\t" '$3 != "meta"' | cut -f6 | words >"$BATS_TEST_TMPDIR/o0"
		scm-split "$2" | awk -F"\t" '$3 != "meta"' | cut -f6 | words >"$BATS_TEST_TMPDIR/n0"
		diff "$BATS_TEST_TMPDIR/o0" "$BATS_TEST_TMPDIR/o"
		diff "$BATS_TEST_TMPDIR/n0" "$BATS_TEST_TMPDIR/n"
	done
}

@test "hdiff: a lone kept word between two rewritten stretches is folded into them" {
	printf '1. The two sides agreed to review very closely the annual exercise program and to report the results to both ministers before the next meeting.\n' >"$BATS_TEST_TMPDIR/a"
	printf '1. The two sides agreed to expand significantly and quickly the satellite data sharing network and to report the results to both ministers before the next meeting.\n' >"$BATS_TEST_TMPDIR/b"
	run scm-diff "$BATS_TEST_TMPDIR/a" "$BATS_TEST_TMPDIR/b"
	check 1 "$(printf '~\t¶1\t¶1\t0.72\t1. The two sides agreed to [-review very closely the annual exercise program-]{+expand significantly and quickly the satellite data sharing network+} and to report the results to both ministers before the next meeting.')"
	# the counts are of words really added and removed: "the" is kept
	run scm-diff --stat "$BATS_TEST_TMPDIR/a" "$BATS_TEST_TMPDIR/b"
	[[ "$output" == *$'words+\t8\nwords-\t6'* ]]
}

@test "hdiff: small edits around longer kept runs stay apart" {
	run scm-diff "$W" "$C"
	[[ "$output" == *$'~\t¶1\t¶1\t0.81\t1. The [-62nd-]{+63rd+} Security Consultative Meeting was held in [-Busan-]{+Washington+} on [-October 2, 2030.-]{+September 30, 2031.+} The two ministers'* ]]
	[[ "$output" == *$'4. The two sides agreed to hold the [-63rd-]{+64th+} meeting in [-Washington-]{+Seoul+} at a mutually convenient time.'* ]]
	# one kept word between one-word changes is no chance kept word
	printf 'They met in Seoul and in Busan.\n' >"$BATS_TEST_TMPDIR/a"
	printf 'They met in Tokyo and in Osaka.\n' >"$BATS_TEST_TMPDIR/b"
	run scm-diff "$BATS_TEST_TMPDIR/a" "$BATS_TEST_TMPDIR/b"
	[[ "$output" == *'They met in [-Seoul-]{+Tokyo+} and in [-Busan.-]{+Osaka.+}' ]]
	# nor one between two-word changes: the half must be less
	printf '1. The two sides agreed to review closely the exercise program and to report the results to both ministers before the next meeting.\n' >"$BATS_TEST_TMPDIR/a"
	printf '1. The two sides agreed to expand significantly the satellite data sharing network and to report the results to both ministers before the next meeting.\n' >"$BATS_TEST_TMPDIR/b"
	run scm-diff "$BATS_TEST_TMPDIR/a" "$BATS_TEST_TMPDIR/b"
	[[ "$output" == *'agreed to [-review closely-]{+expand significantly+} the [-exercise program-]{+satellite data sharing network+} and to'* ]]
	# the date and place of the meeting keep their "on"
	run scm-diff "$EX/scm-2024.txt" "$EX/scm-2025.txt"
	[[ "$output" == *'held in [-Washington, D.C.,-]{+Seoul+} on [-October 30, 2024.-]{+November 4, 2025.+}'* ]]
}

@test "hdiff: a Korean clause whose first sentence stays pairs where it stood; a new pledge after '양 장관은' does not" {
	run scm-diff "$D/hd-ko-2030.txt" "$D/hd-ko-2031.txt"
	[ "$status" -eq 1 ]
	[[ "$output" == *$'~\t¶2\t¶2\t0.37\t2. 양 장관은 한미동맹이 한반도와 동북아 지역의 평화와 안정을 위한 핵심축임을 재확인하였다. 양측은 [-지난해'* ]]
	[[ "$output" == *$'-\t¶3\t-\t-\t3. 양 장관은 양국 군 병원'* ]]
	[[ "$output" == *$'+\t-\t¶3\t-\t3. 양 장관은 공해상에서'* ]]
}

@test "hdiff: a stock opening that other clauses share ('The Minister and the Secretary further stressed that') makes no counterpart in place; a shared first sentence does" {
	run scm-diff "$D/hd-stock-old.txt" "$D/hd-stock-new.txt"
	[ "$status" -eq 1 ]
	[[ "$output" == *$'-\t¶3\t-\t-\t3. The Minister and the Secretary further stressed that deterrence'* ]]
	[[ "$output" == *$'+\t-\t¶3\t-\t3. The Minister and the Secretary further stressed that the defense industries'* ]]
	! grep -q $'^~' <<<"$output"
	# the same clause with its first sentence kept: one changed clause
	k='3. The Minister and the Secretary further stressed that deterrence of the North must rest on the combined readiness of both forces.'
	sed "s/^3\. .*/$k Both asked the shipyards of both nations to share capacity for repairing naval vessels and supply ships in time of crisis, and to train welders and engineers together under a program funded by both ministries from next year./" \
	    "$D/hd-stock-old.txt" >"$BATS_TEST_TMPDIR/a.txt"
	sed "s/^3\. .*/$k They agreed that early warning from space and rapid reinforcement from bases across the Pacific remain at its core today, and that exercises in the spring will test how quickly aircraft can be moved from Guam to the peninsula./" \
	    "$D/hd-stock-old.txt" >"$BATS_TEST_TMPDIR/b.txt"
	run scm-diff "$BATS_TEST_TMPDIR/a.txt" "$BATS_TEST_TMPDIR/b.txt"
	[ "$status" -eq 1 ]
	[[ "$output" == *$'~\t¶3\t¶3\t0.4'* ]]
}

@test "hdiff: a dropped clause and an added one that share only a stock close ('... on the Korean Peninsula and in the Indo-Pacific region.') stay removed and added" {
	run scm-diff "$D/hd-close-old.txt" "$D/hd-close-new.txt"
	[ "$status" -eq 1 ]
	[[ "$output" == *$'-\t¶3\t-\t-\t3. The Minister and the Secretary pledged to strengthen extended deterrence'* ]]
	[[ "$output" == *$'+\t-\t¶3\t-\t3. The two sides agreed to expand cooperation in building'* ]]
	! grep -q $'^~' <<<"$output"
}
