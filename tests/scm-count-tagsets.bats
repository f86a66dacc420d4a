#!/usr/bin/env bats
# scm-count: tag counts when each distinct tags field is split once and
# remembered (up to 65,536 of them, then split every time): the counts
# are those of a plain awk count, over repeated fields, empty tags and
# more distinct fields than are remembered.
load helper

# gen N: records whose tags fields repeat (a few sets) or are new
# (every tenth record holds a tag of its own), some with empty tags.
gen() {
	awk -v n="$1" 'BEGIN {
		split("actor:rok|actor:rok,actor:us|theme:space,,actor:us|-|a:b,a:b|theme:x\\ty", s, "|")
		for (i = 1; i <= n; i++) {
			t = s[1 + i % 6]
			if (i % 10 == 0)
				t = "u:" i "," t
			printf "d%d\t%d\tpara\t-\t%s\ttext\n", i % 3, i, t
		}
	}'
}

# ref FILE: count the tags of FILE with awk, as "count<TAB>key", sorted.
ref() {
	awk -F'\t' '$5 != "-" { n = split($5, t, ","); for (i = 1; i <= n; i++) if (t[i] != "") c[t[i]]++ }
		END { for (k in c) print c[k] "\t" k }' "$1" | LC_ALL=C sort
}

@test "tagsets: counts equal a plain count, past the remembered fields" {
	gen 700000 >"$BATS_TEST_TMPDIR/in.tsv"
	scm-count "$BATS_TEST_TMPDIR/in.tsv" | LC_ALL=C sort >"$BATS_TEST_TMPDIR/got"
	ref "$BATS_TEST_TMPDIR/in.tsv" >"$BATS_TEST_TMPDIR/want"
	cmp "$BATS_TEST_TMPDIR/got" "$BATS_TEST_TMPDIR/want"
	[ "$(wc -l <"$BATS_TEST_TMPDIR/got")" -gt 70000 ]
}

@test "tagsets: grouped counts are the same split by group" {
	gen 3000 >"$BATS_TEST_TMPDIR/in.tsv"
	scm-count -b doc "$BATS_TEST_TMPDIR/in.tsv" | awk -F'\t' '$3 != "\\#records"' |
		LC_ALL=C sort >"$BATS_TEST_TMPDIR/got"
	for d in d0 d1 d2; do
		awk -F'\t' -v d=$d '$1 == d' "$BATS_TEST_TMPDIR/in.tsv" >"$BATS_TEST_TMPDIR/$d"
		ref "$BATS_TEST_TMPDIR/$d" | awk -F'\t' -v d=$d '{ print $1 "\t" d "\t" $2 }'
	done | LC_ALL=C sort >"$BATS_TEST_TMPDIR/want"
	cmp "$BATS_TEST_TMPDIR/got" "$BATS_TEST_TMPDIR/want"
}

@test "tagsets: a field seen again after a different one" {
	printf 'd\t1\tpara\t-\ta:x,b:y\tt\nd\t2\tpara\t-\tb:y\tt\nd\t3\tpara\t-\ta:x,b:y\tt\n' >"$BATS_TEST_TMPDIR/in.tsv"
	run scm-count "$BATS_TEST_TMPDIR/in.tsv"
	check 0 "$(printf '3\tb:y\n2\ta:x')"
}
