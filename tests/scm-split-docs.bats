#!/usr/bin/env bats
# scm-split on whole documents: the two public seeds (../shared/seeds, skipped
# with a note in a bare clone), our two documents of the same shapes
# (tests/fixtures/docs: brief.txt, a think-tank brief pasted from a web page;
# oped.txt, a minister's op-ed) and our two examples.  The expected records are in tests/fixtures/split/NAME.para
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
	needseeds
	same "$F/000.para" scm-split -k "$S0"
}
@test "docs: seed 000, sentences" {
	needseeds
	same "$F/000.sentence" scm-split -u sentence "$S0"
}
@test "docs: seed 001 (op-ed), blocks with -k" {
	needseeds
	same "$F/001.para" scm-split -k "$S1"
}
@test "docs: seed 001, sentences" {
	needseeds
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
	needseeds
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
	needseeds
	run sh -c 'scm-split "$1" | cut -f2,4 | grep "^2[0-3]	"' - "$S0"
	check 0 "20	Future Tasks
21	Future Tasks
22	Future Tasks
23	Future Tasks"
}
@test "docs: seed 000: D.C. before a lower-case word does not end the sentence" {
	needseeds
	run sh -c 'scm-split -u sentence "$1" | grep -c "D\.C\. on November 3, 2022\.$"' - "$S0"
	check 0 "1"
}
@test "docs: seed 001: First..Fourth are items, the bio is meta, More In Commentary is noise" {
	needseeds
	run kinds "$S1"
	[ "$status" -eq 0 ]
	[[ "$output" == *"5 item First, South Korea"* ]]
	[[ "$output" == *"8 item Fourth, the two nations"* ]]
	[[ "$output" == *"11 meta Jong Sup Lee is South Korea’s defense minister."* ]]
	[[ "$output" == *"12 noise More In Commentary" ]]
}
@test "docs: seed 001: a quote and a bracket closing a sentence" {
	needseeds
	run sh -c 'scm-split -u sentence "$1" | cut -f2,6 | grep "^5\.[12]	" | cut -c1-40' - "$S1"
	check 0 "5.1	First, South Korea and the U.S. pled
5.2	The two nations also pledged to incr"
	run sh -c 'scm-split -u sentence "$1" | grep -c "regime\.”$"' - "$S1"
	check 0 "1"
}
@test "docs: without -k noise is dropped but the locs stay" {
	needseeds
	run sh -c 'scm-split "$1" | cut -f2 | tail -1' - "$S1"
	check 0 "11"
	run sh -c 'scm-split -k "$1" | cut -f2 | tail -1' - "$S1"
	check 0 "12"
}

# Our own documents of the seeds' shapes: checked in every clone.
@test "docs: brief (web-pasted think-tank brief), blocks with -k" {
	same "$F/brief.para" scm-split -k "$BRIEF"
}
@test "docs: brief, sentences" {
	same "$F/brief.sentence" scm-split -u sentence "$BRIEF"
}
@test "docs: oped (minister's op-ed), blocks with -k" {
	same "$F/oped.para" scm-split -k "$OPED"
}
@test "docs: oped, sentences" {
	same "$F/oped.sentence" scm-split -u sentence "$OPED"
}
@test "docs: brief: title is a heading, date/view, byline, e-mail, affiliation are meta" {
	run kinds "$BRIEF"
	[ "$status" -eq 0 ]
	[[ "$output" == *"2 heading (March 2024 No.83) What the 55th"* ]]
	[[ "$output" == *"3 meta Date 2024-03-11 View 2,317"* ]]
	[[ "$output" == *"5 meta Min Ji Park"* ]]
	[[ "$output" == *"6 meta (mjpark@example.org)"* ]]
	[[ "$output" == *"7 meta Senior Research Fellow,"* ]]
	[[ "$output" == *"8 meta Center for Alliance Studies"* ]]
	[[ "$output" == *"10 heading Introduction"* ]]
	[[ "$output" == *"15 item Firstly, deterrence"* ]]
}
@test "docs: brief: sections follow the headings" {
	run sh -c 'scm-split "$1" | cut -f2,4 | grep "^19\|^2[0-2]	"' - "$BRIEF"
	check 0 "19	Tasks Ahead
20	Tasks Ahead
21	Tasks Ahead
22	Tasks Ahead"
}
@test "docs: brief: D.C. before a lower-case word does not end the sentence" {
	run sh -c 'scm-split -u sentence "$1" | grep -c "D\.C\. on November 13, 2023, seventy"' - "$BRIEF"
	check 0 "1"
}
@test "docs: oped: First..Fourth are items, the bio is meta, More In Commentary is noise" {
	run kinds "$OPED"
	[ "$status" -eq 0 ]
	[[ "$output" == *"4 item First, South Korea"* ]]
	[[ "$output" == *"7 item Fourth, the two nations"* ]]
	[[ "$output" == *"9 meta Han Soo Kim is South Korea’s defense minister."* ]]
	[[ "$output" == *"10 noise More In Commentary" ]]
}
@test "docs: oped: a quote and a bracket closing a sentence" {
	run sh -c 'scm-split -u sentence "$1" | cut -f2,6 | grep "^4\.[12]	" | cut -c1-40' - "$OPED"
	check 0 "4.1	First, South Korea and the U.S. agre
4.2	The two sides also agreed to make th"
	run sh -c 'scm-split -u sentence "$1" | grep -c "regime\.”$"' - "$OPED"
	check 0 "1"
}
@test "docs: oped: without -k noise is dropped but the locs stay" {
	run sh -c 'scm-split "$1" | cut -f2 | tail -1' - "$OPED"
	check 0 "9"
	run sh -c 'scm-split -k "$1" | cut -f2 | tail -1' - "$OPED"
	check 0 "10"
}

@test "docs: a list under a numbered heading with no blank line: the heading stands alone, each bullet is an item (English and Korean)" {
	run sh -c "printf '%s\n' 'III. Assessment' '• The U.S. commitment to extended deterrence was reaffirmed in stronger terms than in 2023.' '• The NCG is now part of the combined planning.' '' 'Ⅲ. 향후 과제' '○ 핵협의그룹(NCG)의 제도화' '- 연례 회의의 정례화를 검토할 필요가 있음' '- 연합연습을 확대해야 함' | scm-split -k | cut -f3,4"
	check 0 "heading	-
item	III. Assessment
item	III. Assessment
heading	III. Assessment
item	Ⅲ. 향후 과제
item	Ⅲ. 향후 과제
item	Ⅲ. 향후 과제"
	# the endings of such a list are prescriptions
	run sh -c "printf '%s\n' '- 연례 회의의 정례화를 검토할 필요가 있음' '- 연합연습을 확대해야 함' | scm-tag | cut -f5"
	check 0 "stance:prescribe
stance:prescribe,theme:exercises"
	# a clause that wraps after its number's line is not cut
	run sh -c "printf '%s\n' '1. The allies agreed on the steps below, which they' '- will take in 2027.' | scm-split | cut -f3"
	check 0 "clause"
}

@test "docs: author lines under a title are meta, not the section of the text (names, name and role, title and name)" {
	for l in 'Lee Ji-won, Senior Research Fellow, Korea Institute for Defense Analyses' 'Lee Ji-won and Park Soo-min' 'Victor Cha, Andy Lim' 'Critical Questions by Victor Cha and Andy Lim' 'Brief by Victor Cha' 'By Stars and Stripes staff' 'Minister of National Defense Ahn Gyu-back' '안규백 국방부 장관' '안규백 국방장관' '글=안규백 국방부 장관'; do
		run sh -c "printf '%s\n\n%s\n\n%s\n' 'Deterrence after the 58th SCM' '$l' 'The allies agreed to a stronger posture this year, and the text says so at length.' | scm-split -k | cut -f3,4"
		check 0 "heading	-
meta	Deterrence after the 58th SCM
para	Deterrence after the 58th SCM"
	done
	# headings that look a little like them stay headings
	for l in 'Deterrence by Denial' 'Follow-up Measures' 'Kim Jong Un' 'Han River Talks' '국방부 장관 회담'; do
		run sh -c "printf '%s\n\n%s\n\n%s\n' 'Deterrence after the 58th SCM' '$l' 'The allies agreed to a stronger posture this year, and the text says so at length.' | scm-split -k | cut -f3 | sed -n 2p"
		check 0 "heading"
	done
}

@test "docs: a date-place line ending in Washington, D.C. is meta, as one ending in Seoul is" {
	printf 'Joint Communique of the 59th Security Consultative Meeting\n\nOctober 28, 2027, Washington, D.C.\n\n1. The 59th SCM was held.\n\n2. The two sides reaffirmed the Alliance.\n' >"$BATS_TEST_TMPDIR/a.txt"
	run sh -c "scm-split '$BATS_TEST_TMPDIR/a.txt' | cut -f3"
	check 0 "heading
meta
clause
clause"
	# a one-line copy of it diffs equal
	tr '\n' ' ' <"$BATS_TEST_TMPDIR/a.txt" | sed 's/  */ /g;s/ $//' >"$BATS_TEST_TMPDIR/b.txt"
	echo >>"$BATS_TEST_TMPDIR/b.txt"
	run scm-diff --stat "$BATS_TEST_TMPDIR/a.txt" "$BATS_TEST_TMPDIR/b.txt"
	[ "$status" -eq 0 ]
	# a sentence ending in D.C. stays a paragraph
	run sh -c "printf 'By October 2027, the allies will meet in Washington, D.C.\n' | scm-split | cut -f3"
	check 0 "para"
}
