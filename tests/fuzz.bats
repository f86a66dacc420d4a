#!/usr/bin/env bats
# The fuzz corpora and the regression inputs of fuzz/ (see fuzz/RESULTS.md),
# replayed through each target's checks without libFuzzer, so that every
# make check (and its ASan/UBSan build) runs them.
load helper

@test "fuzz: every target has a replay program and a corpus" {
	local f t n=0
	for f in "$SCM_TOP"/fuzz/*.c; do
		t=$(basename "$f" .c)
		[ -x "$SCM_BIN/fuzz/replay-$t" ] || { echo "no replay-$t" >&2; return 1; }
		[ -n "$(ls "$SCM_TOP/fuzz/corpus/$t")" ] || { echo "no corpus for $t" >&2; return 1; }
		n=$((n + 1))
	done
	[ "$n" -ge 9 ]
	# every input path issue 6 names has its target
	for t in record recin split sentence words lexicon match align countmerge html decode; do
		[ -f "$SCM_TOP/fuzz/$t.c" ] || { echo "no fuzz/$t.c" >&2; return 1; }
	done
}

@test "fuzz: the corpora pass every target's checks" {
	local f t
	for f in "$SCM_TOP"/fuzz/*.c; do
		t=$(basename "$f" .c)
		"$SCM_BIN/fuzz/replay-$t" "$SCM_TOP"/fuzz/corpus/"$t"/* 2>/dev/null ||
			{ echo "replay-$t failed on its corpus" >&2; return 1; }
	done
}

@test "fuzz: the regression inputs pass every target's checks" {
	local d t n=0
	for d in "$SCM_TOP"/fuzz/regress/*/; do
		[ -d "$d" ] || continue
		n=$((n + 1))
		t=$(basename "$d")
		"$SCM_BIN/fuzz/replay-$t" "$d"* 2>/dev/null ||
			{ echo "replay-$t failed on fuzz/regress/$t" >&2; return 1; }
	done
	[ "$n" -gt 0 ]
}
