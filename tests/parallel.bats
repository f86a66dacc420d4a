#!/usr/bin/env bats
# Scale-out with GNU parallel: a generated corpus of 1,000 documents,
# split and counted serially and through parallel (over many files, over
# chunks of one record stream with --pipe, and on the -S machine list),
# with scm-count --merge as the reducer: the results must be the same
# bytes.  Needs GNU parallel (apt-get install parallel).
load helper

setup_file() {
	if ! command -v parallel >/dev/null 2>&1; then
		echo "GNU parallel is missing: run 'apt-get install parallel'" >&2
		return 1
	fi
	C="$BATS_FILE_TMPDIR/corpus"
	"$SCM_TOP/tests/gencorpus.sh" "$C" 1000 42
	# The serial references.  (The corpus names sort the same everywhere.)
	scm-split "$C"/*.txt >"$BATS_FILE_TMPDIR/split"
	export C
}

# jobs LOG: how many jobs parallel's --joblog LOG recorded.
jobs() {
	echo $(($(wc -l <"$1") - 1))
}

@test "parallel: the corpus is 1,000 documents and splits into records" {
	run sh -c 'ls "$1" | wc -l' - "$C"
	check 0 1000
	[ "$(wc -l <"$BATS_FILE_TMPDIR/split")" -gt 3000 ]
	[ "$(cut -f 1 "$BATS_FILE_TMPDIR/split" | uniq | wc -l)" -eq 1000 ]
}

@test "parallel: scm-split over many files (-k) = one scm-split" {
	cd "$BATS_TEST_TMPDIR"
	parallel --joblog log -k -n 100 scm-split ::: "$C"/*.txt >par
	[ "$(jobs log)" -eq 10 ]
	cmp "$BATS_FILE_TMPDIR/split" par
}

@test "parallel: tag counts over --pipe chunks, merged = counted at once" {
	cd "$BATS_TEST_TMPDIR"
	scm-tag "$BATS_FILE_TMPDIR/split" | scm-count >serial
	[ -s serial ]
	parallel --joblog log --pipe --block 100k 'scm-tag | scm-count' \
		<"$BATS_FILE_TMPDIR/split" | scm-count --merge >par
	[ "$(jobs log)" -gt 4 ]
	cmp serial par
}

@test "parallel: word counts by document over --pipe chunks, merged = at once" {
	cd "$BATS_TEST_TMPDIR"
	scm-count -w -b doc "$BATS_FILE_TMPDIR/split" >serial
	[ -s serial ]
	# Chunks cut documents in two: their halves' counts must add up.
	parallel --joblog log --pipe --block 100k scm-count -w -b doc \
		<"$BATS_FILE_TMPDIR/split" | scm-count --merge >par
	[ "$(jobs log)" -gt 4 ]
	cmp serial par
}

@test "parallel: the whole pipeline per file group, merged = the pipeline at once" {
	cd "$BATS_TEST_TMPDIR"
	scm-split -u sentence "$C"/*.txt | scm-tag | scm-count -b doc >serial
	[ -s serial ]
	parallel --joblog log -n 100 'scm-split -u sentence {} | scm-tag | scm-count -b doc' \
		::: "$C"/*.txt | scm-count --merge >par
	[ "$(jobs log)" -eq 10 ]
	cmp serial par
}

@test "parallel: a merge of merges (combiner, then reducer) = counted at once" {
	cd "$BATS_TEST_TMPDIR"
	scm-count -w -n 2 "$BATS_FILE_TMPDIR/split" >serial
	[ -s serial ]
	# Map on small chunks; combine the map outputs in groups; reduce.
	parallel --pipe --block 120k scm-count -w -n 2 <"$BATS_FILE_TMPDIR/split" |
		parallel --pipe --block 100k scm-count --merge | scm-count --merge >par
	cmp serial par
}

@test "parallel: -S : (the machine list, here only this one) gives the same" {
	cd "$BATS_TEST_TMPDIR"
	scm-count -w "$BATS_FILE_TMPDIR/split" >serial
	parallel -S : --pipe --block 200k scm-count -w \
		<"$BATS_FILE_TMPDIR/split" | scm-count --merge >par
	cmp serial par
}

@test "parallel: a failing job makes parallel fail, not a silently short count" {
	cd "$BATS_TEST_TMPDIR"
	run sh -c 'parallel -n 100 scm-split ::: "$1"/doc-0000[1-9].txt "$1"/nosuch.txt >/dev/null' - "$C"
	[ "$status" -ne 0 ]
	[[ "$output" == *"nosuch.txt"* ]]
}

@test "parallel: the Hadoop Streaming recipe, played by hand, gives the same" {
	cd "$BATS_TEST_TMPDIR"
	scm-tag "$BATS_FILE_TMPDIR/split" | scm-count >serial
	[ -s serial ]
	# Input splits; the mapper on each, then the combiner on its sorted output.
	split -l 700 "$BATS_FILE_TMPDIR/split" in.
	for f in in.*; do
		scm-tag "$f" | scm-count | LC_ALL=C sort | scm-count --merge >"map.${f#in.}"
	done
	[ "$(ls map.* | wc -l)" -gt 4 ]
	# The shuffle: partitioned on the key (field 2) into 3 reducers, sorted.
	cat map.* | awk -F '\t' '{
		h = 0
		for (i = 1; i <= length($2); i++) h = (h * 31 + index("abcdefghijklmnopqrstuvwxyz:-", substr($2, i, 1))) % 3
		print >("part." h) }'
	for p in part.*; do
		LC_ALL=C sort "$p" | scm-count --merge >"out.$p"
	done
	[ "$(ls out.part.* | wc -l)" -eq 3 ]
	# Each key is in one reducer's output only; the last merge only sorts.
	run sh -c 'cut -f 2 out.part.* | sort | uniq -d'
	check 0 ""
	cat out.part.* | scm-count --merge >par
	cmp serial par
}
