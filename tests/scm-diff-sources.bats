#!/usr/bin/env bats
# scm-diff on two copies of one communiqué from different sources (issue
# 18): content comparison by default (white space around dashes, dash
# and quote kinds, NBSP, accents, U+2011), noise and meta set aside and
# counted apart in --stat, --exact for the old comparison.  Fixtures in
# tests/fixtures/real (README says what each pair imitates).
load helper

R="$FIX/real"

@test "sources: two plain copies: only the clause one lacks is removed" {
	run scm-diff "$R/dod.txt" "$R/news.txt"
	[ "$status" -eq 1 ]
	printf '%s\n' "$output" | cut -f1 | sort | uniq -c | sed 's/^ *//' >"$BATS_TEST_TMPDIR/ops"
	run cat "$BATS_TEST_TMPDIR/ops"
	# the date line under the title is meta (scm-split's furniture rules),
	# set aside like the chrome: six clauses and the title are compared
	check 0 "1 -
6 ="
	run sh -c 'scm-diff "$1" "$2" | grep "^-"' - "$R/dod.txt" "$R/news.txt"
	[[ "$output" == "-	¶4	-	-	4. The two sides condemned"* ]]
}
@test "sources: the plain copies over the clauses both hold: no change, exit 0" {
	grep -v '^4\. ' "$R/dod.txt" >"$BATS_TEST_TMPDIR/dod3.txt"
	run scm-diff "$BATS_TEST_TMPDIR/dod3.txt" "$R/news.txt"
	[ "$status" -eq 0 ]
	run sh -c 'scm-diff "$1" "$2" | cut -f1 | sort -u' - "$BATS_TEST_TMPDIR/dod3.txt" "$R/news.txt"
	check 0 "="
}
@test "sources: records with chrome and meta: furniture set aside, one clause removed" {
	run scm-diff "$R/web.tsv" "$R/agency.tsv"
	check 1 "=	4	3	1.00	JOINT COMMUNIQUE OF THE 56TH SECURITY CONSULTATIVE MEETING
=	¶1	¶1	1.00	1.  The 56th Republic of Korea - United States Security Consultative Meeting (SCM) was held in Washington,  D.C., on November 4, 2024.
=	¶2	¶2	1.00	2. The Minister and the Secretary reaffirmed that the ROK-U.S. Alliance — forged in blood during the Korean War — remains the linchpin of peace.
-	¶3	-	-	3. The two sides condemned the DPRK’s ballistic missile launches as violations of U.N. Security Council resolutions.
=	¶4	¶4	1.00	4. The Minister and the Secretary agreed to hold the 57th SCM in Seoul in 2025."
}
@test "sources: --stat counts noise and meta apart" {
	run scm-diff --stat "$R/web.tsv" "$R/agency.tsv"
	check 1 "=	4
=>	0
~	0
~>	0
+	0
-	1
words+	0
words-	16
furniture=	0
furniture~	0
furniture+	4
furniture-	6"
}
@test "sources: -J --stat has a furniture member" {
	run scm-diff -J --stat "$R/web.tsv" "$R/agency.tsv"
	[ "$status" -eq 1 ]
	[[ "$output" == *',"furniture":{"same":0,"changed":0,"added":4,"removed":6}'* ]]
}
@test "sources: only chrome and meta differ: exit 0" {
	awk -F'\t' '$2 != 8' "$R/web.tsv" >"$BATS_TEST_TMPDIR/web3.tsv"
	run scm-diff "$BATS_TEST_TMPDIR/web3.tsv" "$R/agency.tsv"
	[ "$status" -eq 0 ]
}
@test "sources: --exact (-x) keeps the old comparison: accents, spaced dashes and chrome count" {
	run scm-diff --exact "$R/web.tsv" "$R/agency.tsv"
	[ "$status" -eq 1 ]
	[[ "$output" == *"[-Communiqué-]{+COMMUNIQUE+}"* ]]
	[[ "$output" == *"Subscribe to Defense.gov Products"* ]]
	run scm-diff -x "$R/dod.txt" "$R/news.txt"
	[[ "$output" == *"[-ROK–U.S. Alliance—forged-]"* ]]
}
@test "sources: each variant alone is no change" {
	for pair in "Korea–United States|Korea - United States" "Alliance—forged|Alliance — forged" \
	    "Alliance —forged|Alliance—forged" "Indo‑Pacific|Indo-Pacific" "Communiqué|COMMUNIQUE" \
	    "“peace”|\"peace\"" "November 4|November  4" "Straße|Strasse" "nu­clear|nuclear" \
	    "4 November|4 November" "ROK‐U.S.|ROK-U.S."; do
		printf '%s ends.\n' "${pair%%|*}" >"$BATS_TEST_TMPDIR/a"
		printf '%s ends.\n' "${pair#*|}" >"$BATS_TEST_TMPDIR/b"
		run scm-diff "$BATS_TEST_TMPDIR/a" "$BATS_TEST_TMPDIR/b"
		[ "$status" -eq 0 ] || { echo "pair: $pair: $output"; return 1; }
	done
}
@test "sources: real changes still show" {
	printf 'The allies condemned the launch.\n' >"$BATS_TEST_TMPDIR/a"
	printf 'The allies welcomed the launch.\n' >"$BATS_TEST_TMPDIR/b"
	run scm-diff "$BATS_TEST_TMPDIR/a" "$BATS_TEST_TMPDIR/b"
	check 1 "~	1	1	0.80	The allies [-condemned-]{+welcomed+} the launch."
}
