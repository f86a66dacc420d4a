#!/usr/bin/env bats
# The PDF recipe of scm(7): a communique of our own (tests/fixtures/pdf)
# typeset with groff -ms (running header, page numbers, hyphenation, a
# clause across a page break), extracted with pdftotext with and without
# -layout, gives the clauses of the plain-text original.
load helper

P="$FIX/pdf"

setup() {
	command -v groff >/dev/null && command -v pdftotext >/dev/null ||
		skip "groff or pdftotext missing (tests/deps.sh installs them)"
	PDF=$BATS_TEST_TMPDIR/communique.pdf
	groff -ms -Tpdf "$P/communique.ms" >"$PDF"
}

# records as loc, kind, text
lkt() { cut -f2,3,6; }

@test "pdf: the fixture is three pages with a running header and page numbers" {
	run pdfinfo "$PDF"
	[[ "$output" == *"Pages:"*" 3"* ]]
	pdftotext "$PDF" - | grep -q '^Page 2$'
	pdftotext "$PDF" - | grep -q 'Joint Communique'
	# and it is hyphenated
	pdftotext -layout "$PDF" - | grep -q '[a-z]-$'
}

@test "pdf: pdftotext -layout | scm-split gives the clauses of the text" {
	diff <(scm-split -d c "$P/communique.txt" | lkt) \
		<(pdftotext -layout "$PDF" - | scm-split -d c | lkt)
}

@test "pdf: pdftotext (no -layout) | scm-split gives the clauses of the text" {
	diff <(scm-split -d c "$P/communique.txt" | lkt) \
		<(pdftotext "$PDF" - | scm-split -d c | lkt)
}

@test "pdf: pdftotext -raw | scm-split gives the clauses of the text" {
	diff <(scm-split -d c "$P/communique.txt" | lkt) \
		<(pdftotext -raw "$PDF" - | scm-split -d c | lkt)
}

@test "pdf: no header or page number inside a clause; with -k they are noise" {
	run bash -c "pdftotext -layout '$PDF' - | scm-split | grep -c -e 'Page [0-9]' -e 'Alliance Consultative Meeting Joint'"
	check 1 "0"
	run bash -c "pdftotext -layout '$PDF' - | scm-split -k | awk -F'\t' '\$3 == \"noise\"' | cut -f6 | sort -u"
	check 0 "Alliance Consultative Meeting
Joint Communique
Page 1
Page 2
Page 3"
}

@test "pdf: a form feed inside a line (not pdftotext's) is left alone" {
	run scm-split -d x <<<$'One line\fwith a form feed.'
	[ "$status" -eq 0 ]
	[ "$(wc -l <<<"$output")" -eq 1 ]
}

@test "pdf: a font's ligatures (ﬁ ﬂ ﬃ) are written out as letters, so tags and counts find the words" {
	run sh -c 'printf "The allies rea\357\254\203rmed extended deterrence and the de\357\254\201nition of con\357\254\202ict.\n" | scm-split | cut -f6'
	check 0 "The allies reaffirmed extended deterrence and the definition of conflict."
	run sh -c 'printf "The allies rea\357\254\203rmed extended deterrence.\n" | scm-split | scm-tag | cut -f5'
	check 0 "stance:commit,theme:deterrence,theme:extended-deterrence"
	# nothing else is lost
	printf "The allies rea\357\254\203rmed it.\n" >"$BATS_TEST_TMPDIR/l.txt"
	scm-split -k "$BATS_TEST_TMPDIR/l.txt" >"$BATS_TEST_TMPDIR/l.tsv"
	run "$SCM_BIN/tests/splitcons" "$BATS_TEST_TMPDIR/l.txt" "$BATS_TEST_TMPDIR/l.tsv"
	[ "$status" -eq 0 ]
}
