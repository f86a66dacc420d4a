#!/usr/bin/env bats
# scm-count --merge: counts of the parts add up to the counts of the
# whole, byte for byte, on generated input split at random points; and
# --merge rejects what is not scm-count output.
load helper

T=$'\t'

# gen SEED N: N generated records over five docs, with tags and words,
# escapes (a backslash tag, a TAB in the text) and empty texts.
gen() {
	awk -v seed="$1" -v n="$2" 'BEGIN {
		srand(seed)
		split("y2019 y2020 y2021 y2022 y2023", D, " ")
		split("clause para item heading", K, " ")
		split("actor:dprk actor:us theme:nuclear theme:space theme:cyber a\\\\b", G, " ")
		split("North Korea the alliance extended deterrence and U.S. ROK-U.S. of nuclear Korea\342\200\231s a\\tb space Missile", W, " ")
		for (i = 1; i <= n; i++) {
			t = ""
			for (j = 1; j <= 6; j++)
				if (rand() < 0.3)
					t = t (t == "" ? "" : ",") G[j]
			x = ""
			m = int(rand() * 12)
			for (j = 0; j < m; j++)
				x = x (j ? " " : "") W[int(rand() * 15) + 1]
			printf "%s\t%d\t%s\t-\t%s\t%s\n", D[int(rand() * 5) + 1], i,
			    K[int(rand() * 4) + 1], t == "" ? "-" : t, x
		}
	}'
}

# split3 FILE: cut FILE at two random points into FILE.1 FILE.2 FILE.3
split3() {
	local n a b
	n=$(wc -l <"$1")
	a=$((RANDOM % (n + 1)))
	b=$((a + RANDOM % (n - a + 1)))
	echo "split of $n lines at $a and $b" >&2
	head -n "$a" "$1" >"$1.1"
	head -n "$b" "$1" | tail -n "$((b - a))" >"$1.2"
	tail -n "$((n - b))" "$1" >"$1.3"
	cat "$1.1" "$1.2" "$1.3" | cmp -s - "$1"
}

modes=("" "-f doc" "-f kind" "-f text" "-w" "-w -S" "-n 2" "-n 3 -S" "-b doc"
	"-b doc -w" "-b kind -n 2" "-b text -f doc" "-T" "-T -w" "-T -b doc"
	"-T -b doc -n 2")

@test "merge: parts add up to the whole, every mode, random splits" {
	local f="$BATS_TEST_TMPDIR/in" seed m
	for seed in 1 2 3 4 5; do
		gen "$seed" 400 >"$f"
		split3 "$f"
		for m in "${modes[@]}"; do
			# shellcheck disable=SC2086
			scm-count $m "$f" >"$f.want"
			# shellcheck disable=SC2086
			scm-count --merge <(scm-count $m "$f.3") <(scm-count $m "$f.1") \
				<(scm-count $m "$f.2") >"$f.got"
			if [ "$m" != "${m#-T}" ]; then
				scm-count --merge -T <(scm-count $m "$f.1") \
					<(scm-count $m "$f.2") <(scm-count $m "$f.3") >"$f.got"
			fi
			diff "$f.want" "$f.got" || { echo "seed $seed mode '$m'"; return 1; }
			[ -s "$f.want" ] || { echo "empty output: $m"; return 1; }
		done
	done
}

@test "merge: -r, --keyness and --wide on merged totals equal the whole" {
	local f="$BATS_TEST_TMPDIR/in" seed
	for seed in 6 7 8; do
		gen "$seed" 300 >"$f"
		split3 "$f"
		run diff <(scm-count -r -w "$f") \
			<(scm-count --merge -r <(scm-count -T -w "$f.1") \
			<(scm-count -T -w "$f.2") <(scm-count -T -w "$f.3"))
		check 0 ""
		run diff <(scm-count -r -b doc "$f") \
			<(scm-count --merge -r <(scm-count -T -b doc "$f.1") \
			<(scm-count -T -b doc "$f.2") <(scm-count -T -b doc "$f.3"))
		check 0 ""
		run diff <(scm-count -w -b doc -K y2021 "$f") \
			<(scm-count -m -K y2021 <(scm-count -T -w -b doc "$f.1") \
			<(scm-count -T -w -b doc "$f.2") <(scm-count -T -w -b doc "$f.3"))
		check 0 ""
		run diff <(scm-count -n 2 -b doc -W "$f") \
			<(scm-count -m -W <(scm-count -T -n 2 -b doc "$f.1") \
			<(scm-count -T -n 2 -b doc "$f.2") <(scm-count -T -n 2 -b doc "$f.3"))
		check 0 ""
		run diff <(COLUMNS=60 scm-count -r -b doc -c "$f") \
			<(COLUMNS=60 scm-count -m -r -c <(scm-count -T -b doc "$f.1") \
			<(scm-count -T -b doc "$f.2") <(scm-count -T -b doc "$f.3"))
		check 0 ""
	done
}

@test "merge: a merge of merges is the whole (combiner and reducer)" {
	local f="$BATS_TEST_TMPDIR/in"
	gen 9 500 >"$f"
	split3 "$f"
	run diff <(scm-count -T -w -b doc "$f") \
		<(scm-count -m -T <(scm-count -m -T <(scm-count -T -w -b doc "$f.1") \
		<(scm-count -T -w -b doc "$f.2")) <(scm-count -T -w -b doc "$f.3"))
	check 0 ""
}

@test "merge: idempotent on its own output, and input order does not matter" {
	local f="$BATS_TEST_TMPDIR/in"
	gen 10 300 >"$f"
	scm-count -n 2 -b doc "$f" >"$f.c"
	run diff "$f.c" <(scm-count --merge "$f.c")
	check 0 ""
	run diff "$f.c" <(shuf "$f.c" | scm-count --merge)
	check 0 ""
}

@test "merge: sums equal keys, grouped and ungrouped read alike" {
	run scm-count --merge <(printf '2\ta\n1\tb\n') <(printf '2\tb\n5\tc\n')
	check 0 "5${T}c
3${T}b
2${T}a"
	run scm-count --merge <(printf '2\tg\ta\n1\th\ta\n') <(printf '2\th\ta\n')
	check 0 "3${T}h${T}a
2${T}g${T}a"
}

@test "merge: escaped keys are compared unescaped and written escaped again" {
	run scm-count --merge <(printf '1\ta\\tb\n1\ta\\\\\n') <(printf '1\ta\\tb\n')
	check 0 "2${T}a\\tb
1${T}a\\\\"
	# the TAB (0x09) sorts before the backslash (0x5c) once unescaped
	run scm-count --merge <(printf '1\ta\\\\\n1\ta\\t\n')
	check 0 "1${T}a\\t
1${T}a\\\\"
}

@test "merge: totals lines are summed, kept only with -T" {
	run scm-count --merge <(printf '4\t\\#records\n2\ta\n') <(printf '3\t\\#records\n1\ta\n')
	check 0 "3${T}a"
	run scm-count --merge -T <(printf '4\t\\#records\n2\ta\n') <(printf '3\t\\#records\n1\ta\n')
	check 0 "7${T}\\#records
3${T}a"
	run scm-count --merge -r <(printf '4\t\\#records\n2\ta\n') <(printf '4\t\\#records\n')
	check 0 "2${T}0.250000${T}a"
}

@test "merge: --wide takes groups in the order of the totals lines" {
	run scm-count -m -W <(printf '1\tz\t\\#words\n1\ta\t\\#words\n1\ta\tk\n1\tz\tk\n')
	check 0 "key${T}z${T}a
k${T}1${T}1"
}

@test "merge: empty input gives empty output" {
	run scm-count --merge </dev/null
	check 0 ""
}

@test "merge error: -r, -T or --keyness without totals" {
	run scm-count --merge -r <(printf '2\ta\n')
	check 2 "scm-count: --merge: -r needs the totals lines of every group (count with -T)"
	run scm-count --merge -T <(printf '2\ta\n')
	check 2 "scm-count: --merge: -T needs the totals lines of every group (count with -T)"
	run scm-count --merge -K g <(printf '2\tg\ta\n1\tg\t\\#words\n1\th\tb\n')
	check 2 "scm-count: --merge: --keyness needs the totals lines of every group (count with -T)"
}

@test "merge error: --wide and --keyness need grouped counts" {
	run scm-count --merge -W <(printf '2\ta\n')
	check 2 "scm-count: --wide needs grouped counts"
	run scm-count --merge -K g <(printf '2\ta\n')
	check 2 "scm-count: --keyness needs grouped counts"
}

@test "merge error: lines that are not scm-count output are named" {
	run scm-count --merge <(printf '1\ta\nfoo\n')
	[ "$status" -eq 2 ]
	[[ "$output" == *":2: not scm-count output (want count<TAB>[group<TAB>]key)"* ]]
	run scm-count --merge <<<"1${T}a${T}b${T}c"
	check 2 "scm-count: -:1: not scm-count output (want count<TAB>[group<TAB>]key)"
	run scm-count --merge <<<""
	check 2 "scm-count: -:1: not scm-count output (want count<TAB>[group<TAB>]key)"
}

@test "merge error: bad counts" {
	run scm-count --merge <<<"-1${T}a"
	check 2 "scm-count: -:1: bad count"
	run scm-count --merge <<<"${T}a"
	check 2 "scm-count: -:1: bad count"
	run scm-count --merge <<<"1.5${T}a"
	check 2 "scm-count: -:1: bad count"
	run scm-count --merge <<<"99999999999999999999999${T}a"
	check 2 "scm-count: -:1: bad count"
	run scm-count --merge <(printf '18446744073709551615\ta\n1\ta\n')
	[ "$status" -eq 2 ]
	[[ "$output" == *":2: count too large"* ]]
}

@test "merge error: grouped and ungrouped mixed, words and records mixed" {
	run scm-count --merge <<<"1${T}a
1${T}g${T}a"
	check 2 "scm-count: -:2: grouped and ungrouped counts mixed
1${T}a"
	run scm-count --merge <<<"1${T}\\#words
1${T}\\#records"
	check 2 "scm-count: -:2: totals of words and of records mixed"
	run scm-count --merge <<<"1${T}g${T}a
x${T}g${T}b
1${T}g${T}c"
	check 2 "scm-count: -:2: bad count
1${T}g${T}a
1${T}g${T}c"
}

@test "merge error: bad escapes in key or group" {
	run scm-count --merge <<<"1${T}a\\x"
	check 2 "scm-count: -:1: bad escape in key"
	run scm-count --merge <<<"1${T}g\\${T}a"
	check 2 "scm-count: -:1: bad escape in group"
}

@test "merge error: a missing part is named, the others merged, exit 2" {
	run scm-count --merge "$BATS_TEST_TMPDIR/nosuch" <(printf '2\ta\n')
	check 2 "scm-count: $BATS_TEST_TMPDIR/nosuch: No such file or directory
2${T}a"
}

@test "merge: plain text lines split at random points add up too" {
	local f="$BATS_TEST_TMPDIR/prose" m
	awk 1 "$BRIEF" "$OPED" $(seeddocs) >"$f"
	split3 "$f"
	for m in "-w" "-w -S" "-n 2" "-n 4 -S" "-f text" "-T -w -b doc"; do
		# shellcheck disable=SC2086
		scm-count $m "$f" >"$f.want"
		# shellcheck disable=SC2086
		scm-count --merge $([[ $m == -T* ]] && echo -T) <(scm-count $m "$f.2") \
			<(scm-count $m "$f.1") <(scm-count $m "$f.3") >"$f.got"
		diff "$f.want" "$f.got" || { echo "mode '$m'"; return 1; }
		[ "$(wc -l <"$f.want")" -gt 20 ] || { echo "too little: $m"; return 1; }
	done
}
