#!/bin/sh
# trend.sh [-o out.png] [file ...]: the themes of the yearly example
# communiques, scm-YYYY.txt (or of the files given, oldest first), across
# the years, counted with scm-count -b doc --wide and drawn with gnuplot
# into a PNG (trend.png).
# Without gnuplot (apt-get install gnuplot-nox) it prints the table and
# says so.  Uses the scm tools in PATH ($SCM_BIN first, if set); $GNUPLOT
# names another gnuplot.
set -eu
dir=$(dirname "$0")
if [ -n "${SCM_BIN:-}" ]; then PATH="$SCM_BIN:$PATH"; fi
gnuplot=${GNUPLOT:-gnuplot}
png=trend.png
if [ $# -ge 2 ] && [ "$1" = "-o" ]; then
	png=$2
	shift 2
fi
[ $# -gt 0 ] || set -- "$dir"/scm-[0-9][0-9][0-9][0-9].txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Rows: theme tags; columns: the documents, in the order given.
scm-split -- "$@" >"$tmp/split"
scm-tag "$tmp/split" >"$tmp/rec"
scm-count -b doc --wide "$tmp/rec" >"$tmp/wide"
awk 'NR == 1 || /^theme:/ || /\ttheme:/' "$tmp/wide" >"$tmp/table"

if ! command -v "$gnuplot" >/dev/null 2>&1; then
	cat "$tmp/table"
	echo "trend.sh: gnuplot is not installed (apt-get install gnuplot-nox):" \
		"printed the table instead of drawing $png" >&2
	exit 0
fi

# gnuplot draws columns: turn the table over, one row per document.
awk -F '\t' '
	{ for (i = 1; i <= NF; i++) cell[NR, i] = $i; if (NF > nf) nf = NF }
	END {
		for (i = 1; i <= nf; i++) {
			line = cell[1, i]
			for (r = 2; r <= NR; r++)
				line = line "\t" cell[r, i]
			print line
		}
	}' "$tmp/table" >"$tmp/data"
ncol=$(head -n 1 "$tmp/data" | awk -F '\t' '{ print NF }')
if [ "$ncol" -lt 2 ]; then
	echo "trend.sh: no theme tags in these documents: nothing to draw" >&2
	exit 1
fi
"$gnuplot" <<GP
set terminal png size 1000,600
set output '$png'
set datafile separator "\t"
set key outside right
set title "Themes across the documents (clauses tagged)"
set ylabel "records"
set xtics rotate by -30
plot for [i=2:$ncol] '$tmp/data' using i:xtic(1) with linespoints title columnheader(i)
GP
echo "trend.sh: wrote $png" >&2
