#!/usr/bin/env bats
# scm-tag: properties on generated records.
load helper
T="$FIX/tag"

# gen N SEED: N random records whose text mixes lexicon words, noise,
# escapes, typographic quotes and dashes, and whose tags may be set.
gen() {
	awk -v n="$1" -v seed="$2" 'BEGIN {
		srand(seed)
		split("Seoul|the U.S.|North Korea’s|Kim Jong-un|us|US|extended deterrence|pledged|should|\\t|\\\\|\\n|Korean|missiles|ROK–U.S.|deteriorate|a|the|Washington, D.C.|é|x-y|, |(|)", w, "|")
		split("-|actor:rok|zz:keep|actor:us,zz:keep|a:b", tg, "|")
		split("heading|clause|para|item|meta", kd, "|")
		for (i = 1; i <= n; i++) {
			t = ""
			k = 1 + int(rand() * 12)
			for (j = 0; j < k; j++) t = t (j ? " " : "") w[1 + int(rand() * 24)]
			printf "d%d\t%d.%d\t%s\t%s\t%s\t%s\n", int(rand() * 3), i, int(rand() * 9), kd[1 + int(rand() * 5)], (rand() < .5 ? "-" : "Sec\\t" i), tg[1 + int(rand() * 5)], t
		}
	}'
}

@test "prop: scm-tag changes only field 5" {
	for seed in 1 2 3; do
		gen 400 $seed >"$BATS_TEST_TMPDIR/in.tsv"
		scm-tag "$BATS_TEST_TMPDIR/in.tsv" >"$BATS_TEST_TMPDIR/out.tsv"
		[ "$(wc -l <"$BATS_TEST_TMPDIR/out.tsv")" -eq 400 ]
		cut -f1-4,6 "$BATS_TEST_TMPDIR/in.tsv" >"$BATS_TEST_TMPDIR/a"
		cut -f1-4,6 "$BATS_TEST_TMPDIR/out.tsv" >"$BATS_TEST_TMPDIR/b"
		cmp "$BATS_TEST_TMPDIR/a" "$BATS_TEST_TMPDIR/b"
		# and something was tagged
		[ "$(cut -f5 "$BATS_TEST_TMPDIR/out.tsv" | grep -c actor:dprk)" -gt 0 ]
	done
}

@test "prop: scm-tag is idempotent" {
	for seed in 4 5 6; do
		gen 400 $seed | scm-tag >"$BATS_TEST_TMPDIR/once.tsv"
		scm-tag "$BATS_TEST_TMPDIR/once.tsv" >"$BATS_TEST_TMPDIR/twice.tsv"
		cmp "$BATS_TEST_TMPDIR/once.tsv" "$BATS_TEST_TMPDIR/twice.tsv"
	done
}

@test "prop: old tags are kept; tags are sorted and unique" {
	gen 400 7 >"$BATS_TEST_TMPDIR/in.tsv"
	scm-tag "$BATS_TEST_TMPDIR/in.tsv" >"$BATS_TEST_TMPDIR/out.tsv"
	paste "$BATS_TEST_TMPDIR/in.tsv" "$BATS_TEST_TMPDIR/out.tsv" | awk -F'\t' '
		{ n = split($5, old, ","); m = split($11, new, ",")
		  for (i = 1; i <= n; i++) if (old[i] != "-") {
			f = 0; for (j = 1; j <= m; j++) if (new[j] == old[i]) f = 1
			if (!f) { print "lost " old[i] " at " NR; bad = 1 } }
		  for (j = 2; j <= m; j++) if (!(new[j - 1] < new[j])) { print "unsorted at " NR; bad = 1 } }
		END { exit bad }'
}

@test "prop: -t and -v split the records in two" {
	gen 300 8 >"$BATS_TEST_TMPDIR/in.tsv"
	a=$(scm-tag -t 'actor:*' "$BATS_TEST_TMPDIR/in.tsv" | wc -l)
	b=$(scm-tag -v -t 'actor:*' "$BATS_TEST_TMPDIR/in.tsv" | wc -l)
	[ "$a" -gt 0 ] && [ "$b" -gt 0 ]
	[ $((a + b)) -eq 300 ]
}

@test "prop: every -o match is the text's bytes at its offset" {
	gen 300 9 | grep -v '\\' >"$BATS_TEST_TMPDIR/in.tsv"
	scm-tag -o "$BATS_TEST_TMPDIR/in.tsv" >"$BATS_TEST_TMPDIR/m.tsv"
	[ "$(wc -l <"$BATS_TEST_TMPDIR/m.tsv")" -gt 100 ]
	LC_ALL=C awk -F'\t' 'NR == FNR { text[$2] = $6; next }
		{ w = substr(text[$2], $4 + 1, $5)
		  if (w != $6) { print "at " $2 ": " w " != " $6; bad = 1 } }
		END { exit bad }' "$BATS_TEST_TMPDIR/in.tsv" "$BATS_TEST_TMPDIR/m.tsv"
}

@test "prop: -o reports exactly the new tags of each record" {
	gen 300 11 | awk -F'\t' -v OFS='\t' '{ $5 = "-"; print }' >"$BATS_TEST_TMPDIR/in.tsv"
	scm-tag "$BATS_TEST_TMPDIR/in.tsv" | awk -F'\t' '$5 != "-" { n = split($5, t, ","); for (i = 1; i <= n; i++) print $2 "\t" t[i] }' | sort >"$BATS_TEST_TMPDIR/a"
	scm-tag -o "$BATS_TEST_TMPDIR/in.tsv" | cut -f2,3 | sort -u >"$BATS_TEST_TMPDIR/b"
	[ -s "$BATS_TEST_TMPDIR/a" ]
	cmp "$BATS_TEST_TMPDIR/a" "$BATS_TEST_TMPDIR/b"
}
