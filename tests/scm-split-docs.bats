#!/usr/bin/env bats
# scm-split on whole documents: the two seeds (../shared/seeds) and our two
# examples.  The expected records are in tests/fixtures/split/NAME.para
# (scm-split -k: every block, noise included) and NAME.sentence
# (scm-split -u sentence); each was checked by reading it against the
# document.  After a deliberate change, regenerate them and read the diff.
load helper

F="$FIX/split"
S0="$SEEDS/000_21faf461b77ef28f.txt"
S1="$SEEDS/001_36aeae22b0248a3d.txt"

same() {	# same EXPECTED-FILE COMMAND...: the output equals the fixture
	run "${@:2}"
	check 0 "$(cat "$1")"
}

@test "docs: seed 000 (web commentary), blocks with -k" {
	same "$F/000.para" scm-split -k "$S0"
}
@test "docs: seed 000, sentences" {
	same "$F/000.sentence" scm-split -u sentence "$S0"
}
@test "docs: seed 001 (op-ed), blocks with -k" {
	same "$F/001.para" scm-split -k "$S1"
}
@test "docs: seed 001, sentences" {
	same "$F/001.sentence" scm-split -u sentence "$S1"
}
@test "docs: examples/scm-2025-pdf.txt (PDF damage), blocks with -k" {
	same "$F/scm-2025-pdf.para" scm-split -k "$EX/scm-2025-pdf.txt"
}
@test "docs: examples/scm-2025-pdf.txt, sentences" {
	same "$F/scm-2025-pdf.sentence" scm-split -u sentence "$EX/scm-2025-pdf.txt"
}
@test "docs: examples/commentary-web.txt, blocks with -k" {
	same "$F/commentary-web.para" scm-split -k "$EX/commentary-web.txt"
}
@test "docs: examples/commentary-web.txt, sentences" {
	same "$F/commentary-web.sentence" scm-split -u sentence "$EX/commentary-web.txt"
}

# The points of the seeds an analyst would check first, one by one.
kinds() {	# kinds FILE: "loc kind text" of each block
	scm-split -k "$1" | cut -f2,3,6 | tr '\t' ' '
}
@test "docs: seed 000: title is a heading, date/view, byline, e-mail, affiliation are meta" {
	run kinds "$S0"
	[ "$status" -eq 0 ]
	[[ "$output" == *"2 heading (December 2022 No.57) The Results"* ]]
	[[ "$output" == *"3 meta Date 2022-12-02 View 1,040"* ]]
	[[ "$output" == *"5 meta Bo Ram Kwon"* ]]
	[[ "$output" == *"6 meta (brkwon@kida.re.kr)"* ]]
	[[ "$output" == *"7 meta Associate Research Fellow,"* ]]
	[[ "$output" == *"8 meta Korea Institute for Defense Analyses"* ]]
	[[ "$output" == *"10 heading Introduction"* ]]
	[[ "$output" == *"15 item Firstly, the identity"* ]]
}
@test "docs: seed 000: sections follow the headings" {
	run sh -c 'scm-split "$1" | cut -f2,4 | grep "^2[0-3]	"' - "$S0"
	check 0 "20	Future Tasks
21	Future Tasks
22	Future Tasks
23	Future Tasks"
}
@test "docs: seed 000: D.C. before a lower-case word does not end the sentence" {
	run sh -c 'scm-split -u sentence "$1" | grep -c "D\.C\. on November 3, 2022\.$"' - "$S0"
	check 0 "1"
}
@test "docs: seed 001: First..Fourth are items, the bio is meta, More In Commentary is noise" {
	run kinds "$S1"
	[ "$status" -eq 0 ]
	[[ "$output" == *"5 item First, South Korea"* ]]
	[[ "$output" == *"8 item Fourth, the two nations"* ]]
	[[ "$output" == *"11 meta Jong Sup Lee is South Korea’s defense minister."* ]]
	[[ "$output" == *"12 noise More In Commentary" ]]
}
@test "docs: seed 001: a quote and a bracket closing a sentence" {
	run sh -c 'scm-split -u sentence "$1" | cut -f2,6 | grep "^5\.[12]	" | cut -c1-40' - "$S1"
	check 0 "5.1	First, South Korea and the U.S. pled
5.2	The two nations also pledged to incr"
	run sh -c 'scm-split -u sentence "$1" | grep -c "regime\.”$"' - "$S1"
	check 0 "1"
}
@test "docs: without -k noise is dropped but the locs stay" {
	run sh -c 'scm-split "$1" | cut -f2 | tail -1' - "$S1"
	check 0 "11"
	run sh -c 'scm-split -k "$1" | cut -f2 | tail -1' - "$S1"
	check 0 "12"
}
