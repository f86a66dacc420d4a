#!/usr/bin/env bats
# scm-diff: options, exit statuses and bad input.  Fixture pairs are in
# scm-diff-fixtures.bats, properties on generated pairs in scm-diff-props.bats.
load helper

setup() {
	D=$BATS_TEST_TMPDIR
	printf 'First clause about the alliance and its values.\n\nSecond clause about exercises and training.\n' >"$D/a.txt"
	printf 'First clause about the alliance and its shared values.\n\nThird clause about space cooperation.\n' >"$D/b.txt"
}

# --- normal use -----------------------------------------------------------

@test "diff: a document against itself is all = and exits 0" {
	run scm-diff "$D/a.txt" "$D/a.txt"
	check 0 "=	1	1	1.00	First clause about the alliance and its values.
=	2	2	1.00	Second clause about exercises and training."
}

@test "diff: differences exit 1 with ~, - and +" {
	run scm-diff "$D/a.txt" "$D/b.txt"
	check 1 "~	1	1	0.94	First clause about the alliance and its {+shared+} values.
-	2	-	-	Second clause about exercises and training.
+	-	2	-	Third clause about space cooperation."
}

@test "diff: - reads one operand from standard input" {
	run sh -c 'scm-diff - "$1" <"$2"' - "$D/b.txt" "$D/a.txt"
	[ "$status" -eq 1 ]
	[ "${lines[0]}" = "~	1	1	0.94	First clause about the alliance and its {+shared+} values." ]
}

@test "diff: --threshold 0.99 makes a changed unit one removed and one added" {
	run scm-diff --threshold 0.99 "$D/a.txt" "$D/b.txt"
	check 1 "-	1	-	-	First clause about the alliance and its values.
-	2	-	-	Second clause about exercises and training.
+	-	1	-	First clause about the alliance and its shared values.
+	-	2	-	Third clause about space cooperation."
}

@test "diff: --threshold 0 still needs a word in common" {
	run scm-diff --threshold 0 "$D/a.txt" "$D/b.txt"
	[ "$status" -eq 1 ]
	[ "${lines[1]}" = "~	2	2	0.36	[-Second-]{+Third+} clause about [-exercises and training.-]{+space cooperation.+}" ]
}

@test "diff: --color=always colours the markers, --color=never does not" {
	run scm-diff --color=always "$D/a.txt" "$D/b.txt"
	[ "${lines[0]}" = $'~\t1\t1\t0.94\tFirst clause about the alliance and its \e[32m{+shared+}\e[m values.' ]
	[ "${lines[1]}" = $'-\t2\t-\t-\t\e[31mSecond clause about exercises and training.\e[m' ]
	run scm-diff --color=never "$D/a.txt" "$D/b.txt"
	[[ "$output" != *$'\e'* ]]
	run scm-diff -c always "$D/a.txt" "$D/b.txt"
	[[ "$output" == *$'\e[32m'* ]]
}

@test "diff: --color without a value means always; auto is plain into a pipe" {
	run scm-diff --color "$D/a.txt" "$D/b.txt"
	[[ "$output" == *$'\e[32m'* ]]
	run scm-diff --color=auto "$D/a.txt" "$D/b.txt"
	[[ "$output" != *$'\e'* ]]
	[[ "$output" == *"{+shared+}"* ]]
}

@test "diff: --stat counts ops and words, and tags of plain documents" {
	run scm-diff --stat "$D/a.txt" "$D/b.txt"
	check 1 "=	0
=>	0
~	1
~>	0
+	1
-	1
words+	6
words-	6
tag	theme:exercises	+0	-1
tag	theme:space	+1	-0
tag	theme:values	+1	-0"
}

@test "diff: -s on identical documents exits 0" {
	run scm-diff -s "$D/a.txt" "$D/a.txt"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "=	2" ]
}

@test "diff: -J writes one JSON object per line" {
	run scm-diff -J "$D/a.txt" "$D/b.txt"
	[ "$status" -eq 1 ]
	[ "${lines[1]}" = '{"op":"-","old":"2","new":null,"old_clause":null,"new_clause":null,"similarity":null,"text":"Second clause about exercises and training."}' ]
	[ "${lines[2]}" = '{"op":"+","old":null,"new":"2","old_clause":null,"new_clause":null,"similarity":null,"text":"Third clause about space cooperation."}' ]
}

@test "diff: -u sentence compares sentences" {
	printf 'One thing here. Two things there.\n' >"$D/s1"
	printf 'Two things there. One thing here.\n' >"$D/s2"
	run scm-diff -u sentence "$D/s1" "$D/s2"
	check 1 "=>	1.2	1.1	1.00	Two things there.
=	1.1	1.2	1.00	One thing here."
	run scm-diff "$D/s1" "$D/s2"
	check 1 "~	1	1	0.50	[-One thing here.-] Two things there. {+One thing here.+}"
}

@test "diff: record and plain operands mix; locs come from the records" {
	scm-split -d x "$D/a.txt" | sed 's/	1	/	c7	/' >"$D/a.rec"
	run scm-diff "$D/a.rec" "$D/a.txt"
	check 0 "=	c7	1	1.00	First clause about the alliance and its values.
=	2	2	1.00	Second clause about exercises and training."
}

@test "diff: tabs and newlines in record text come out escaped" {
	printf 'd\t1\tpara\t-\t-\tone\\ttab and\\nline\n' >"$D/r1"
	printf 'd\t1\tpara\t-\t-\tother words\n' >"$D/r2"
	run scm-diff "$D/r1" "$D/r2"
	check 1 '-	1	-	-	one\ttab and\nline
+	-	1	-	other words'
}

@test "diff: NULs and invalid UTF-8 survive" {
	printf 'caf\xff \000 bytes here\n' >"$D/n1"
	printf 'other text\n' >"$D/n2"
	scm-diff "$D/n1" "$D/n2" >"$D/out" || [ $? -eq 1 ]
	printf -- '-\t1\t-\t-\tcaf\xff \000 bytes here\n+\t-\t1\t-\tother text\n' >"$D/want"
	cmp "$D/out" "$D/want"
}

@test "diff: a unit of several megabytes with one word changed" {
	awk 'BEGIN { for (i = 0; i < 400000; i++) printf "w%d ", i; print "end" }' >"$D/big1"
	sed 's/ w200000 / changed /' "$D/big1" >"$D/big2"
	run scm-diff "$D/big1" "$D/big2"
	[ "$status" -eq 1 ]
	[ "${#lines[@]}" -eq 1 ]
	[[ "${lines[0]}" == "~	1	1	1.00	w0 w1 "* ]]
	[[ "${lines[0]}" == *" w199999 [-w200000-]{+changed+} w200001 "* ]]
}

@test "diff: empty documents are identical" {
	: >"$D/e1"
	run scm-diff "$D/e1" /dev/null
	check 0 ""
}

@test "diff: | head ends quietly" {
	run sh -c 'yes "Some clause text here." | head -c 3000000 | awk "{print; print \"\"}" >"$1"; scm-diff "$1" "$1" | head -1' - "$D/y"
	check 0 "=	1	1	1.00	Some clause text here."
}

@test "diff: --series lists phrases with presence, first, last, status" {
	printf 'The extended deterrence commitment stands.\n' >"$D/y1.txt"
	printf 'The extended deterrence commitment stands firm.\n' >"$D/y2.txt"
	printf 'Complete denuclearization remains the goal.\n' >"$D/y3.txt"
	run scm-diff --series -n 2 "$D/y1.txt" "$D/y2.txt" "$D/y3.txt"
	check 1 "phrase	commitment stands	11.	y1	y2	gone
phrase	complete denuclearization	..1	y3	y3	new
phrase	denuclearization remains	..1	y3	y3	new
phrase	deterrence commitment	11.	y1	y2	gone
phrase	extended deterrence	11.	y1	y2	gone
phrase	remains the	..1	y3	y3	new
phrase	stands firm	.1.	y2	y2	gone
phrase	the extended	11.	y1	y2	gone
phrase	the goal	..1	y3	y3	new"
}

@test "diff: --series: stop-word-only phrases are left out; tags are listed" {
	printf 'd1\t1\tclause\t-\tnuclear,dprk\tIt is of the utmost value.\n' >"$D/r1"
	printf 'd2\t1\tclause\t-\tdprk\tIt is of the utmost value.\n' >"$D/r2"
	run scm-diff -S -n 3 "$D/r1" "$D/r2"
	check 1 "tag	dprk	11	d1	d2	steady
tag	nuclear	1.	d1	d1	gone
phrase	of the utmost	11	d1	d2	steady
phrase	the utmost value	11	d1	d2	steady"
	run scm-diff -S -n 3 "$D/r2" "$D/r2"
	[ "$status" -eq 0 ]
}

@test "diff: --series -J" {
	printf 'Alpha bravo charlie.\n' >"$D/j1"
	printf 'Alpha bravo delta.\n' >"$D/j2"
	run scm-diff -J -S -n 2 "$D/j1" "$D/j2"
	check 1 '{"kind":"phrase","key":"alpha bravo","presence":["j1","j2"],"first":"j1","last":"j2","status":"steady"}
{"kind":"phrase","key":"bravo charlie","presence":["j1"],"first":"j1","last":"j1","status":"gone"}
{"kind":"phrase","key":"bravo delta","presence":["j2"],"first":"j2","last":"j2","status":"new"}'
}

@test "diff: --watch flags phrases missing from the last document, exit 1" {
	printf '# phrases we expect\nComplete Denuclearization\n\nironclad commitment\nnever said\n' >"$D/w"
	run scm-diff --watch "$D/w" "$EX/scm-2024.txt" "$EX/scm-2025.txt"
	check 1 "watch	Complete Denuclearization	1.	scm-2024	scm-2024	gone
watch	ironclad commitment	11	scm-2024	scm-2025	steady
watch	never said	..	-	-	never"
}

@test "diff: --watch with every phrase present exits 0" {
	printf 'ironclad commitment\nthe Taiwan Strait\n' >"$D/w"
	run scm-diff --watch "$D/w" "$EX/scm-2024.txt" "$EX/scm-2025.txt"
	check 0 "watch	ironclad commitment	11	scm-2024	scm-2025	steady
watch	the Taiwan Strait	11	scm-2024	scm-2025	steady"
}

@test "diff: --help and --version" {
	run scm-diff --help
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" == "usage: scm-diff [-hJsSx]"* ]]
	run scm-diff -h
	[ "$status" -eq 0 ]
	run scm-diff --version
	[ "$status" -eq 0 ]
	[[ "$output" == "scm-diff "[0-9]* ]]
}

@test "diff: the usage string is the man page SYNOPSIS" {
	run scm-diff --help
	syn=$(sed -n '/^\.Sh SYNOPSIS/,/^\.Sh DESCRIPTION/p' "$SCM_TOP/man/scm-diff.1")
	[[ "$syn" == *"Fl S"* ]]
	[[ "$output" == *"scm-diff -S [-hJ] [-n words] [-u para|sentence] [--watch file] file file ..."* ]]
	[[ "$syn" == *"Ar threshold"* ]]
}

# --- trouble ----------------------------------------------------------------

@test "diff: no operand is a usage error" {
	run scm-diff
	[ "$status" -eq 2 ]
	[[ "$output" == "scm-diff: no files to compare"*"usage: scm-diff"* ]]
}

@test "diff: one operand is a usage error" {
	run scm-diff "$D/a.txt"
	[ "$status" -eq 2 ]
	[[ "$output" == "scm-diff: only one file: want two to compare"*"usage: scm-diff"* ]]
}

@test "diff: three operands without --series is a usage error" {
	run scm-diff "$D/a.txt" "$D/a.txt" "$D/a.txt"
	[ "$status" -eq 2 ]
	[[ "$output" == "scm-diff: 3 files: want two"*"usage: scm-diff"* ]]
}

@test "diff: a missing operand is named, exit 2, no output" {
	run scm-diff "$D/nosuch" "$D/a.txt"
	check 2 "scm-diff: $D/nosuch: No such file or directory"
}

@test "diff: both operands missing are both named" {
	run scm-diff "$D/x1" "$D/x2"
	check 2 "scm-diff: $D/x1: No such file or directory
scm-diff: $D/x2: No such file or directory"
}

@test "diff: a directory operand is an error" {
	run scm-diff "$D" "$D/a.txt"
	check 2 "scm-diff: $D: Is a directory"
}

@test "diff: an unreadable operand is a read error" {
	run scm-diff /proc/self/mem "$D/a.txt"
	[ "$status" -eq 2 ]
	[[ "$output" == "scm-diff: /proc/self/mem: read error:"* ]]
}

@test "diff: malformed records: too few fields, with file and line" {
	printf 'd\t1\tpara\t-\t-\tfine\nd\t2\tpara\t-\tshort\n' >"$D/bad"
	printf 'd\t1\tpara\t-\t-\tfine\n' >"$D/good"
	run scm-diff "$D/bad" "$D/a.txt"
	check 2 "scm-diff: $D/bad:2: too few fields (want 6)
$(scm-diff "$D/good" "$D/a.txt")"
}

@test "diff: malformed records: bad escape" {
	printf 'd\t1\tpara\t-\t-\tfine\nd\t2\tpara\t-\t-\tbad \\q escape\n' >"$D/bad"
	printf 'd\t1\tpara\t-\t-\tfine\n' >"$D/good"
	run scm-diff "$D/a.txt" "$D/bad"
	check 2 "scm-diff: $D/bad:2: bad escape (only \\\\, \\t, \\n, \\r)
$(scm-diff "$D/a.txt" "$D/good")"
}

@test "diff: malformed records: too many fields" {
	printf 'd\t1\tpara\t-\t-\tfine\nd\t2\tpara\t-\t-\tx\ty\n' >"$D/bad"
	printf 'd\t1\tpara\t-\t-\tfine\n' >"$D/good"
	run scm-diff "$D/bad" "$D/a.txt"
	check 2 "scm-diff: $D/bad:2: too many fields (want 6)
$(scm-diff "$D/good" "$D/a.txt")"
}

@test "diff: bad --threshold values" {
	for t in abc 1.5 -0.1 '' 0.5x nan; do
		run scm-diff --threshold "$t" "$D/a.txt" "$D/b.txt"
		[ "$status" -eq 2 ]
		[[ "$output" == "scm-diff: --threshold: bad threshold: $t (want 0 to 1)" ]]
	done
}

@test "diff: bad -u, --color and -n values" {
	run scm-diff -u word "$D/a.txt" "$D/b.txt"
	check 2 "scm-diff: -u: unknown unit: word (para or sentence)"
	run scm-diff --color=sometimes "$D/a.txt" "$D/b.txt"
	check 2 "scm-diff: --color: bad value: sometimes (never, auto or always)"
	run scm-diff -S -n 0 "$D/a.txt" "$D/b.txt"
	check 2 "scm-diff: -n: 0 is out of range 1..20"
	run scm-diff -S -n x "$D/a.txt" "$D/b.txt"
	check 2 "scm-diff: -n: not a number: x"
}

@test "diff: bad option is a usage error" {
	run scm-diff -Z "$D/a.txt" "$D/b.txt"
	[ "$status" -eq 2 ]
	[[ "$output" == *"usage: scm-diff"* ]]
}

@test "diff: both operands on standard input is an error" {
	run scm-diff - - </dev/null
	check 2 "scm-diff: only one operand may be standard input"
}

@test "diff: --series needs two documents" {
	run scm-diff --series "$D/a.txt"
	[ "$status" -eq 2 ]
	[[ "$output" == "scm-diff: --series wants two files or more"*"usage: scm-diff"* ]]
}

@test "diff: --series with a missing document exits 2 and prints nothing" {
	run scm-diff --series "$D/a.txt" "$D/nosuch" "$D/b.txt"
	check 2 "scm-diff: $D/nosuch: No such file or directory"
}

@test "diff: --stat and --series do not go together" {
	run scm-diff --stat --series "$D/a.txt" "$D/b.txt"
	check 2 "scm-diff: --stat and --series do not go together"
}

@test "diff: --watch: a missing list, a phrase without words" {
	run scm-diff --watch "$D/nolist" "$D/a.txt" "$D/b.txt"
	check 2 "scm-diff: $D/nolist: No such file or directory"
	printf 'good phrase\n-- !!\n' >"$D/w"
	run scm-diff --watch "$D/w" "$D/a.txt" "$D/b.txt"
	check 2 "scm-diff: $D/w:2: no words in the phrase"
}

@test "diff: write error on /dev/full exits 2 with a message" {
	run sh -c 'scm-diff "$1" "$2" >/dev/full' - "$D/a.txt" "$D/b.txt"
	[ "$status" -eq 2 ]
	[[ "$output" == *"write error"* ]]
	run sh -c 'scm-diff -S "$1" "$2" >/dev/full' - "$D/a.txt" "$D/b.txt"
	[ "$status" -eq 2 ]
}

@test "diff: clause labels in the loc columns, locs kept in -J" {
	T=$BATS_TEST_TMPDIR
	printf 'Title\n\n4.2. Exports rose in the year under review.\n\n13. The two sides met.\n\n2024 was a year of talks.\n' >"$T/o.txt"
	printf 'Title\n\n4.2. Exports rose in the year under review sharply.\n\n12. The two sides met.\n\n2024 was a year of talks.\n' >"$T/n.txt"
	run scm-diff "$T/o.txt" "$T/n.txt"
	check 1 "=	1	1	1.00	Title
~	¶4.2	¶4.2	0.93	4.2. Exports rose in the year under review {+sharply.+}
=	¶13	¶12	1.00	12. The two sides met.
=	4	4	1.00	2024 was a year of talks."
	run scm-diff -J "$T/o.txt" "$T/n.txt"
	[ "$status" -eq 1 ]
	[ "${lines[2]}" = '{"op":"=","old":"3","new":"3","old_clause":"¶13","new_clause":"¶12","similarity":1.00,"text":"12. The two sides met."}' ]
	[ "${lines[3]}" = '{"op":"=","old":"4","new":"4","old_clause":null,"new_clause":null,"similarity":1.00,"text":"2024 was a year of talks."}' ]
}

@test "diff: a record that opens with a clause number shows its label" {
	T=$BATS_TEST_TMPDIR
	printf 'c\t14\tclause\t-\t-\t13. The two sides met.\n' >"$T/o.tsv"
	printf 'c\t5\tclause\t-\t-\t4. The two sides met.\n' >"$T/n.tsv"
	run scm-diff "$T/o.tsv" "$T/n.tsv"
	check 0 "=	¶13	¶4	1.00	4. The two sides met."
}

@test "diff: --stat on plain documents tags them with the built-in lexicon" {
	R=$FIX/real
	run scm-diff --stat "$R/dod.txt" "$R/news.txt"
	[ "$status" -eq 1 ]
	printf '%s\n' "$output" | grep '^tag' >"$BATS_TEST_TMPDIR/tags"
	run cat "$BATS_TEST_TMPDIR/tags"
	check 0 "tag	actor:dprk	+0	-1
tag	actor:rok	+0	-1
tag	actor:un	+0	-1
tag	actor:us	+0	-1
tag	stance:condemn	+0	-1
tag	stance:urge	+0	-1
tag	theme:missile	+0	-1
tag	theme:sanctions	+0	-1"
	run scm-diff -J --stat "$R/dod.txt" "$R/news.txt"
	[[ "$output" == *'"tags":{"actor:dprk":{"gained":0,"lost":1},'* ]]
}

@test "diff: --stat on plain documents equals --stat on scm-split | scm-tag" {
	R=$FIX/real T=$BATS_TEST_TMPDIR
	scm-split "$R/dod.txt" | scm-tag >"$T/o.tsv"
	scm-split "$R/news.txt" | scm-tag >"$T/n.tsv"
	scm-diff --stat "$T/o.tsv" "$T/n.tsv" >"$T/want" || [ $? -eq 1 ]
	run scm-diff --stat "$R/dod.txt" "$R/news.txt"
	check 1 "$(cat "$T/want")"
}

@test "diff: --stat on records keeps their own tags" {
	T=$BATS_TEST_TMPDIR
	printf 'o\t1\tclause\t-\tmine:a\t1. The two sides condemned the launches.\n' >"$T/o.tsv"
	printf 'n\t1\tclause\t-\tmine:b\t1. The two sides condemned the launches.\n' >"$T/n.tsv"
	run scm-diff --stat "$T/o.tsv" "$T/n.tsv"
	[ "$status" -eq 0 ]
	[ "${lines[8]}" = "tag	mine:a	+0	-1" ]
	[ "${lines[9]}" = "tag	mine:b	+1	-0" ]
	[ "${#lines[@]}" -eq 10 ]
}

@test "diff: --stat on a plain document against itself: no tag lines" {
	run scm-diff --stat "$FIX/real/dod.txt" "$FIX/real/dod.txt"
	[ "$status" -eq 0 ]
	[[ "$output" != *tag* ]]
}
@test "diff: --series sets meta aside and folds dashes: two copies of one text, a view counter and a dash apart, are steady" {
	printf 'Views : 1,482\n\nThe ROK-U.S. allies agreed on a plan.\n' >"$BATS_TEST_TMPDIR/a.txt"
	printf 'Views : 2,977\n\nThe ROK\342\200\223U.S. allies agreed on a plan.\n' >"$BATS_TEST_TMPDIR/b.txt"
	run sh -c 'scm-diff -S "$1" "$2" | cut -f6 | sort -u' - "$BATS_TEST_TMPDIR/a.txt" "$BATS_TEST_TMPDIR/b.txt"
	check 0 "steady"
}

@test "diff: an agreement's articles (제3조) are cited by their numbers" {
	printf '제1조 (목적) 이 합의는 연합방위태세의 강화를 목적으로 한다.\n\n제2조 (효력) 이 합의는 서명한 날부터 효력을 발생한다.\n' >"$BATS_TEST_TMPDIR/a.txt"
	printf '제1조 (목적) 이 합의는 연합방위태세의 강화를 목적으로 한다.\n\n제2조 (효력) 이 합의는 서명한 날부터 효력을 발생하며, 1년간 유효하다.\n' >"$BATS_TEST_TMPDIR/b.txt"
	run sh -c "scm-diff '$BATS_TEST_TMPDIR/a.txt' '$BATS_TEST_TMPDIR/b.txt' | cut -f1-3"
	check 0 "=	제1조	제1조
~	제2조	제2조"
}

@test "scm-diff: a clause whose number follows a quote's opening mark (『1. ...) is cited by its number" {
	printf '『1. 제58차 회의가 열렸다.\n\n2. 양측은 합의하였다.\n' >"$BATS_TEST_TMPDIR/a.txt"
	printf '1. 제58차 회의가 서울에서 열렸다.\n\n2. 양측은 합의하였다.\n' >"$BATS_TEST_TMPDIR/b.txt"
	run sh -c "scm-diff '$BATS_TEST_TMPDIR/a.txt' '$BATS_TEST_TMPDIR/b.txt' | cut -f1-3"
	check 0 "~	¶1	¶1
=	¶2	¶2"
}

@test "scm-diff: Korean clauses reworded from one year to the next pair by their words' stems; the marks still show a changed particle, and no such pair is the same" {
	printf '1. 제57차 한미안보협의회의가 서울에서 개최되었다. 양국 장관은 동맹을 강화하였다.\n' >"$BATS_TEST_TMPDIR/a.txt"
	printf '1. 제58차 한미안보협의회의는 워싱턴에서 개최되었다. 양국 장관이 동맹의 강화를 논의하였다.\n' >"$BATS_TEST_TMPDIR/b.txt"
	run scm-diff "$BATS_TEST_TMPDIR/a.txt" "$BATS_TEST_TMPDIR/b.txt"
	check 1 "~	¶1	¶1	0.71	1. [-제57차 한미안보협의회의가 서울에서-]{+제58차 한미안보협의회의는 워싱턴에서+} 개최되었다. 양국 [-장관은 동맹을 강화하였다.-]{+장관이 동맹의 강화를 논의하였다.+}"
	printf '1. 양국 장관은 동맹을 강화하였다.\n' >"$BATS_TEST_TMPDIR/a.txt"
	printf '1. 양국 장관이 동맹을 강화하였다.\n' >"$BATS_TEST_TMPDIR/b.txt"
	run scm-diff "$BATS_TEST_TMPDIR/a.txt" "$BATS_TEST_TMPDIR/b.txt"
	check 1 "~	¶1	¶1	1.00	1. 양국 [-장관은-]{+장관이+} 동맹을 강화하였다."
	# English words are compared as they are
	printf '1. The ministers met in Seoul and agreed on the plan.\n' >"$BATS_TEST_TMPDIR/a.txt"
	printf '1. The minister meets in Washington and agrees to the plans.\n' >"$BATS_TEST_TMPDIR/b.txt"
	run sh -c "scm-diff '$BATS_TEST_TMPDIR/a.txt' '$BATS_TEST_TMPDIR/b.txt' | cut -f1,4"
	check 0 "-	-
+	-"
}
