#!/bin/sh
# diffquality.sh [BUILDDIR]: alignment quality of scm-diff on generated
# pairs with a known alignment (bench/genpair.c); writes bench/QUALITY-diff.md.
# Matched pairs: the (old-loc, new-loc) of =, ~, => and ~> lines against the
# true pairs; moves: the pairs marked => or ~> against the clauses moved.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
b=$(cd "${1:-$top/build}" && pwd)
out=${QUALITY_OUT:-$top/bench/QUALITY-diff.md}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
score() {	# truth out: prints pair-P pair-R move-P move-R
	awk -F'\t' '
	FNR == NR { t[$1 "\t" $2] = 1; nt++; if ($3) { m[$1 "\t" $2] = 1; nm++ }; next }
	$1 == "+" || $1 == "-" { next }
	{ k = $2 "\t" $3; np++; if (k in t) tp++
	  if ($1 ~ />$/) { nq++; if (k in m) mp++ } }
	END { printf "%.4f\t%.4f\t%.4f\t%.4f\n", np ? tp / np : 1, nt ? tp / nt : 1,
		nq ? mp / nq : 1, nm ? mp / nm : 1 }' "$1" "$2"
}
{
	echo "# scm-diff alignment quality"
	echo
	echo "Made by \`bench/diffquality.sh\` on $(date -u +%Y-%m-%d). Each row: 5 generated pairs"
	echo "(bench/genpair.c, 2000 clauses each, seeds 1-5, shared boilerplate openings),"
	echo "at the edit rate given: that share of clauses is edited by 1-3 words, deleted, moved,"
	echo "or moved and edited (a quarter each), and new clauses are inserted at a quarter of it."
	echo "Precision and recall are pooled over the 5 pairs; default threshold (-t 0.5)."
	echo
	echo "| edit rate | pairs precision | pairs recall | moves precision | moves recall |"
	echo "|---:|---:|---:|---:|---:|"
} >"$out"
for e in 5 10 20 30; do
	: >"$tmp/all"
	for s in 1 2 3 4 5; do
		"$b/bench/genpair" -e "$e" -k 2000 -s "$s" "$tmp/p"
		"$b/scm-diff" "$tmp/p.old" "$tmp/p.new" >"$tmp/p.out" || [ $? -eq 1 ]
		# pool: prefix the locs with the seed
		awk -v s="$s" -F'\t' -v OFS='\t' '{ $1 = s ":" $1; $2 = s ":" $2; print }' \
			"$tmp/p.truth" >>"$tmp/truth"
		awk -v s="$s" -F'\t' -v OFS='\t' '{ $2 = s ":" $2; $3 = s ":" $3; print }' \
			"$tmp/p.out" >>"$tmp/all"
	done
	score "$tmp/truth" "$tmp/all" | awk -v e="$e" -F'\t' \
		'{ printf "| %d%% | %.4f | %.4f | %.4f | %.4f |\n", e, $1, $2, $3, $4 }' >>"$out"
	rm -f "$tmp/truth"
done
cat "$out"
