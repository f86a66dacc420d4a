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
	echo "at the edit rate given: that share of clauses is edited, deleted, moved,"
	echo "or moved and edited (a quarter each), and new clauses are inserted at a quarter of it."
	echo "Precision and recall are pooled over the 5 pairs; default threshold (-t 0.5)."
	echo
	echo "Clauses are 20 to 49 words long; an edit changes 1 to w words (each a"
	echo "replacement, an insertion or a deletion at random), so at w = 16 an edited clause"
	echo "may keep as little as half its words and fall below the threshold."
	echo
	echo "| edit rate | words per edit | pairs precision | pairs recall | moves precision | moves recall |"
	echo "|---:|---:|---:|---:|---:|---:|"
} >"$out"
for row in 5:3 10:3 20:3 30:3 10:8 10:12 10:16; do
	e=${row%:*} w=${row#*:}
	: >"$tmp/all"
	for s in 1 2 3 4 5; do
		"$b/bench/genpair" -e "$e" -w "$w" -k 2000 -s "$s" "$tmp/p"
		"$b/scm-diff" "$tmp/p.old" "$tmp/p.new" >"$tmp/p.out" || [ $? -eq 1 ]
		# pool: prefix the locs with the seed
		awk -v s="$s" -F'\t' -v OFS='\t' '{ $1 = s ":" $1; $2 = s ":" $2; print }' \
			"$tmp/p.truth" >>"$tmp/truth"
		# scm-diff cites a paragraph as ¶N: the truth has N
		awk -v s="$s" -F'\t' -v OFS='\t' '{ sub(/^¶/, "", $2); sub(/^¶/, "", $3)
			$2 = s ":" $2; $3 = s ":" $3; print }' "$tmp/p.out" >>"$tmp/all"
	done
	score "$tmp/truth" "$tmp/all" | awk -v e="$e" -F'\t' \
		-v w="$w" '{ printf "| %d%% | 1-%d | %.4f | %.4f | %.4f | %.4f |\n", e, w, $1, $2, $3, $4 }' >>"$out"
	rm -f "$tmp/truth"
done
cat "$out"
