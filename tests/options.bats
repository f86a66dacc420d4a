#!/usr/bin/env bats
# One option vocabulary: the same letter means the same thing in every
# tool's --help, in scm(7)'s table and in each tool's page.
load helper
bats_require_minimum_version 1.5.0

# pairs TOOL: "X long" for each option of TOOL's --help with a letter.
pairs() {
	"$1" --help | sed -n 's/^  -\([a-zA-Z]\), --\([a-z-]*\).*/\1 \2/p'
}

@test "options: a letter means one long option in every tool's --help" {
	for t in scm-split scm-tag scm-count scm-diff; do pairs "$t"; done |
		sort -u >"$BATS_TEST_TMPDIR/all"
	run sh -c 'cut -d" " -f1 "$1" | uniq -d' - "$BATS_TEST_TMPDIR/all"
	check 0 ""
}

@test "options: every letter is in scm(7)'s table, with the same long name and the tool" {
	for t in scm-split scm-tag scm-count scm-diff; do
		pairs "$t" | while read -r c l; do
			row=$(grep -- "^\.It Fl $c Ta Fl -$l Ta " "$SCM_TOP/man/scm.7") ||
				{ echo "$t: -$c --$l not in scm.7" >&2; return 1; }
			case $row in
			*" Ta all Ta "* | *" Ta "*"${t#scm-}"*" Ta "*) ;;
			*) echo "$t: scm.7 does not list $t for -$c" >&2; return 1 ;;
			esac
		done
	done
}

@test "options: every option of --help is in the tool's page, letter and long name together" {
	for t in scm-split scm-tag scm-count scm-diff; do
		pairs "$t" | while read -r c l; do
			[ "$c" = h ] && continue
			tr '\n' ' ' <"$SCM_TOP/man/$t.1" | sed 's/ \./ /g' |
				grep -qE -- "Fl $c( (Ar|Cm) [^,]*)? , Fl (-|Fl )$l" ||
				{ echo "$t: page lacks -$c, --$l" >&2; return 1; }
		done
		"$t" --help | sed -n 's/^      --\([a-z-]*\).*/\1/p' | while read -r l; do
			grep -qE -- "Fl (-|Fl )$l" "$SCM_TOP/man/$t.1" "$SCM_TOP/man/scm.7" ||
				{ echo "$t: no page names --$l" >&2; return 1; }
		done
	done
}

@test "options: --help describes every option in one line" {
	for t in scm-split scm-tag scm-count scm-diff; do
		run "$t" --help
		[ "$status" -eq 0 ]
		[ "${lines[0]%% *}" = "usage:" ]
		printf '%s\n' "$output" | grep -q -- '--help  *print this help'
		printf '%s\n' "$output" | grep -q -- '--line-buffered'
	done
}

@test "options: old letters still work for one release, with a warning" {
	printf 'alliance treaty alliance\n' >"$BATS_TEST_TMPDIR/t"
	run --separate-stderr scm-count -w -t 1 "$BATS_TEST_TMPDIR/t"
	[ "$status" -eq 0 ] && [ "$output" = $'2\talliance' ]
	[ "$stderr" = "scm-count: warning: -t is deprecated, use -N (--top)" ]
	run --separate-stderr scm-diff -t 0.5 "$BATS_TEST_TMPDIR/t" "$BATS_TEST_TMPDIR/t"
	[ "$status" -eq 0 ]
	[ "$stderr" = "scm-diff: warning: -t is deprecated, use --threshold" ]
}

@test "options: usage errors say what is wrong before the usage" {
	run --separate-stderr scm-diff onefile
	[ "$status" -eq 2 ]
	[ "${stderr%%$'\n'*}" = "scm-diff: only one file: want two to compare, old and new (or --series)" ]
	run --separate-stderr scm-split -u
	[ "$status" -eq 2 ]
	[ "${stderr%%$'\n'*}" = "scm-split: -u needs an argument (para|sentence)" ]
	run --separate-stderr scm-tag --lex
	[ "${stderr%%$'\n'*}" = "scm-tag: --lex needs an argument (lexicon)" ] || [ "${stderr%%$'\n'*}" = "scm-tag: --lexicon needs an argument (lexicon)" ]
	run --separate-stderr scm-split -d x a b -d y
	[ "$status" -eq 2 ]
	[ "${stderr%%$'\n'*}" = "scm-split: -d y: no file operand follows it" ]
}

@test "options: -d labels the next file operand only" {
	printf 'One.\n' >"$BATS_TEST_TMPDIR/a.txt"
	printf 'Two.\n' >"$BATS_TEST_TMPDIR/b.txt"
	run scm-split -d 2024 "$BATS_TEST_TMPDIR/a.txt" -d 2025 "$BATS_TEST_TMPDIR/b.txt"
	check 0 $'2024\t1\tpara\t-\t-\tOne.\n2025\t1\tpara\t-\t-\tTwo.'
	run scm-split -d 2024 "$BATS_TEST_TMPDIR/a.txt" "$BATS_TEST_TMPDIR/b.txt"
	check 0 $'2024\t1\tpara\t-\t-\tOne.\nb\t1\tpara\t-\t-\tTwo.'
}

@test "options: --line-buffered writes each line as it comes" {
	run sh -c '{ echo "The Minister condemned North Korea."; sleep 1; echo "Later."; } |
		scm-tag --line-buffered | { read -r l; echo "$l"; } & sleep 0.6; kill $! 2>/dev/null; wait' 
	[[ "$output" == *"stance:condemn"* ]]
}

@test "options: colour honours NO_COLOR, TERM=dumb, --color=never; markers stay" {
	printf 'One two three.\n' >"$BATS_TEST_TMPDIR/a"
	printf 'One two four.\n' >"$BATS_TEST_TMPDIR/b"
	run scm-diff --color=always "$BATS_TEST_TMPDIR/a" "$BATS_TEST_TMPDIR/b"
	[[ "$output" == *$'\e[31m[-three.-]\e[m'* ]]
	run scm-diff --color=never "$BATS_TEST_TMPDIR/a" "$BATS_TEST_TMPDIR/b"
	[[ "$output" != *$'\e'* ]] && [[ "$output" == *'[-three.-]{+four.+}'* ]]
	# auto: a terminal is needed to colour at all; script(1) gives one
	command -v script >/dev/null || skip "no script(1)"
	run env NO_COLOR=1 script -qc "scm-diff $BATS_TEST_TMPDIR/a $BATS_TEST_TMPDIR/b" /dev/null
	[[ "$output" != *$'\e['3* ]]
	run env TERM=dumb script -qc "scm-diff $BATS_TEST_TMPDIR/a $BATS_TEST_TMPDIR/b" /dev/null
	[[ "$output" != *$'\e['3* ]]
	run env TERM=xterm script -qc "scm-diff $BATS_TEST_TMPDIR/a $BATS_TEST_TMPDIR/b" /dev/null
	[[ "$output" == *$'\e[32m'* ]]
}
