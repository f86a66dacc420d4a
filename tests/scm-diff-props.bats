#!/usr/bin/env bats
# scm-diff: properties on generated pairs (bench/genpair.c).
load helper

setup() {
	G=$SCM_BIN/bench/genpair
	P=$BATS_TEST_TMPDIR/p
}

# pairs OLD NEW: op, old loc, new loc ("-" for none) of each line, from
# -J, whose "old" and "new" are the locs even where the loc columns show
# a clause label (the generated clauses are numbered).
pairs() {
	scm-diff -J "$1" "$2" | sed -E 's/^\{"op":"([^"]*)","old":("([^"]*)"|null),"new":("([^"]*)"|null),.*/\1	\3	\5/' |
		awk -F'\t' -v OFS='\t' '{ if ($2 == "") $2 = "-"; if ($3 == "") $3 = "-"; print }'
}

@test "props: a generated document against itself is all = and exits 0" {
	for s in 1 2 3; do
		"$G" -k 300 -s "$s" "$P"
		run scm-diff "$P.old" "$P.old"
		[ "$status" -eq 0 ]
		[ "$(printf '%s\n' "$output" | cut -f1 | sort -u)" = "=" ]
		[ "${#lines[@]}" -eq 300 ]
		"$G" -p -k 200 -s "$s" "$P"
		run scm-diff "$P.new" "$P.new"
		[ "$status" -eq 0 ]
		[ "$(printf '%s\n' "$output" | cut -f1 | sort -u)" = "=" ]
	done
}

@test "props: every old unit and every new unit comes out exactly once" {
	for s in 4 5; do
		"$G" -e 30 -k 400 -s "$s" "$P"
		pairs "$P.old" "$P.new" >"$P.out"
		[ "$(awk -F'\t' '$2 != "-" { print $2 }' "$P.out" | sort -n | uniq | wc -l)" -eq "$(wc -l <"$P.old")" ]
		[ "$(awk -F'\t' '$2 != "-"' "$P.out" | wc -l)" -eq "$(wc -l <"$P.old")" ]
		[ "$(awk -F'\t' '$3 != "-" { print $3 }' "$P.out" | sort -n | uniq | wc -l)" -eq "$(wc -l <"$P.new")" ]
		[ "$(awk -F'\t' '$3 != "-"' "$P.out" | wc -l)" -eq "$(wc -l <"$P.new")" ]
	done
}

@test "props: new units come out in the new document's order" {
	"$G" -e 20 -k 400 -s 6 "$P"
	pairs "$P.old" "$P.new" >"$P.out"
	awk -F'\t' '$3 != "-" { if ($3 + 0 <= last) exit 1; last = $3 + 0 }' "$P.out"
}

@test "props: at 10% edits the alignment matches the known one (>= 0.98)" {
	"$G" -e 10 -k 1000 -s 7 "$P"
	pairs "$P.old" "$P.new" >"$P.out"
	run awk -F'\t' '
	FNR == NR { t[$1 "\t" $2] = 1; nt++; if ($3) { m[$1 "\t" $2] = 1; nm++ }; next }
	$1 == "+" || $1 == "-" { next }
	{ k = $2 "\t" $3; np++; if (k in t) tp++; if ($1 ~ />$/) { nq++; if (k in m) mp++ } }
	END { ok = tp / np >= 0.98 && tp / nt >= 0.98 && mp / nq >= 0.98 && mp / nm >= 0.98
	      print (ok ? "good" : "bad"), tp / np, tp / nt, mp / nq, mp / nm }' "$P.truth" "$P.out"
	[[ "$output" == good* ]]
}

@test "props: --stat counts agree with the lines" {
	"$G" -e 30 -k 300 -s 8 "$P"
	scm-diff "$P.old" "$P.new" >"$P.out" || [ $? -eq 1 ]
	scm-diff --stat "$P.old" "$P.new" >"$P.stat" || [ $? -eq 1 ]
	for op in '=' '=>' '~' '~>' '+' '-'; do
		n=$(cut -f1 "$P.out" | grep -cxF -- "$op" || true)
		[ "$(awk -F'\t' -v o="$op" '$1 == o { print $2 }' "$P.stat")" -eq "$n" ]
	done
}

@test "props: -J has one object per line of the plain output" {
	"$G" -e 30 -k 200 -s 9 "$P"
	a=$(scm-diff "$P.old" "$P.new" | wc -l)
	b=$(scm-diff -J "$P.old" "$P.new" | grep -c '^{"op":')
	[ "$a" -eq "$b" ]
}
