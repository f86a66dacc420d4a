#!/usr/bin/env bats
# scm-diff on fixture pairs, in the style of diff's own tests: tN.old and
# tN.new give tN.out and exit status tN.status, with the options in tN.args.
load helper

fixture() {
	local t=$FIX/diff/$1 args=
	[ -f "$t.args" ] && args=$(cat "$t.args")
	run scm-diff $args "$t.old" "$t.new"
	check "$(cat "$t.status")" "$(cat "$t.out")"
}

@test "fixture t1: the same document: all =, exit 0" { fixture t1; }
@test "fixture t2: labels, case, quotes, dashes, spaces, NBSP are no change" { fixture t2; }
@test "fixture t3: words added and replaced: ~ with markers" { fixture t3; }
@test "fixture t4: a clause dropped and one added" { fixture t4; }
@test "fixture t5: a clause moved: =>" { fixture t5; }
@test "fixture t6: a clause moved and edited: ~>" { fixture t6; }
@test "fixture t7: record operands keep their locs" { fixture t7; }
@test "fixture t8: --stat with tags gained and lost" { fixture t8; }
@test "fixture t9: -t 0.95 splits a weak pair into - and +" { fixture t9; }
@test "fixture t10: an empty old document: all +" { fixture t10; }
@test "fixture t11: -u sentence" { fixture t11; }
@test "fixture t12: -J" { fixture t12; }
@test "fixture t13: --color=always" { fixture t13; }
@test "fixture t14: -J --stat" { fixture t14; }

@test "examples: scm-2024 to scm-2025 shows every op" {
	run scm-diff "$EX/scm-2024.txt" "$EX/scm-2025.txt"
	[ "$status" -eq 1 ]
	for op in '=' '~' '+' '-' '=>' '~>'; do
		printf '%s\n' "$output" | cut -f1 | grep -qxF -- "$op"
	done
}

@test "examples: the reverse diff swaps + and - and keeps the pairs" {
	a=$(scm-diff "$EX/scm-2024.txt" "$EX/scm-2025.txt" | awk -F'\t' '$1 != "+" && $1 != "-" { print $2, $3 }' | sort)
	b=$(scm-diff "$EX/scm-2025.txt" "$EX/scm-2024.txt" | awk -F'\t' '$1 != "+" && $1 != "-" { print $3, $2 }' | sort)
	[ -n "$a" ]
	[ "$a" = "$b" ]
	na=$(scm-diff "$EX/scm-2024.txt" "$EX/scm-2025.txt" | grep -c '^+')
	nb=$(scm-diff "$EX/scm-2025.txt" "$EX/scm-2024.txt" | grep -c '^-')
	[ "$na" -eq "$nb" ]
}
