#!/usr/bin/env bats
# scm-split: basic behaviour and bad input.  Document fixtures are in
# scm-split-docs.bats; properties in scm-split-props.bats.
load helper

@test "split: empty input gives no output, exit 0" {
	run scm-split </dev/null
	check 0 ""
}

@test "split: stdin is labelled -" {
	run scm-split <<<"One paragraph here."
	check 0 "-	1	para	-	-	One paragraph here."
}

@test "split: -d sets the label" {
	run scm-split -d scm2022 <<<"One paragraph here."
	check 0 "scm2022	1	para	-	-	One paragraph here."
}

@test "split: label is the file name without directory and extension" {
	printf 'Text here.\n' >"$BATS_TEST_TMPDIR/scm-2022.txt"
	run scm-split "$BATS_TEST_TMPDIR/scm-2022.txt"
	check 0 "scm-2022	1	para	-	-	Text here."
}

@test "split: missing file is named, others still processed, exit 2" {
	printf 'Text here.\n' >"$BATS_TEST_TMPDIR/a.txt"
	run scm-split "$BATS_TEST_TMPDIR/nosuch.txt" "$BATS_TEST_TMPDIR/a.txt"
	[ "$status" -eq 2 ]
	[[ "$output" == *"scm-split: $BATS_TEST_TMPDIR/nosuch.txt: No such file or directory"* ]]
	[[ "$output" == *"a	1	para	-	-	Text here."* ]]
}

@test "split: a directory operand is an error" {
	run scm-split "$BATS_TEST_TMPDIR"
	[ "$status" -eq 2 ]
	[[ "$output" == *"Is a directory"* ]]
}

@test "split: write error on /dev/full exits 2 with a message" {
	run sh -c 'scm-split "$1" >/dev/full' - "$SEEDS/000_21faf461b77ef28f.txt"
	[ "$status" -eq 2 ]
	[[ "$output" == *"write error"* ]]
}

@test "split: | head -1 ends quietly" {
	run sh -c 'yes "A sentence. Another one." | head -200000 | scm-split -u sentence | head -1'
	check 0 "-	1.1	para	-	-	A sentence."
}

@test "split: bad option is a usage error" {
	run scm-split -Z
	[ "$status" -eq 2 ]
	[[ "$output" == *"usage: scm-split"* ]]
}

@test "split: bad unit is an error" {
	run scm-split -u word </dev/null
	[ "$status" -eq 2 ]
	[[ "$output" == *"unknown unit"* ]]
}

@test "split: --version and --help" {
	run scm-split --version
	[ "$status" -eq 0 ]
	[[ "$output" == "scm-split "[0-9]* ]]
	run scm-split --help
	[ "$status" -eq 0 ]
	[[ "$output" == "usage: scm-split"* ]]
}

@test "split: -J writes JSON Lines" {
	run scm-split -J -d x <<<"Hello “world”."
	check 0 '{"doc":"x","loc":"1","kind":"para","section":null,"tags":[],"text":"Hello “world”."}'
}
