#!/bin/bash
# run.sh BUILDDIR: make bench.  Generates the input once (deterministic,
# $BENCH_MB megabytes of prose, default 50), runs every bench/*.bench
# (one per tool; each compares the tool with the standard tools on the
# same input) and writes the figures to bench/RESULTS.md.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
b=$(cd "${1:-build}" && pwd)
export PATH="$b:$b/bench:$PATH"
MB=${BENCH_MB:-50}
DATA=${BENCH_DIR:-$b/bench-data}
OUT=${BENCH_OUT:-$top/bench/RESULTS.md}
"$top/tests/deps.sh" bench || exit 2
mkdir -p "$DATA"
PROSE=$DATA/prose-$MB.txt
[ -s "$PROSE" ] || "$b/bench/gentext" "$MB" >"$PROSE"
RECORDS=$DATA/records-$MB.tsv
[ -s "$RECORDS" ] || scm-split -u sentence "$PROSE" >"$RECORDS"
export LC_ALL=C.UTF-8

tmp=$(mktemp)
trap 'rm -f "$tmp" "$tmp.t" "$tmp.e" "$tmp.targets"' EXIT
base=
nfail=0
# group TITLE: start a table; the first measure in it is the baseline.
group() {
	base=
	printf '\n### %s\n\n| command | input MB | seconds | MB/s | peak RSS MB | time ratio to first |\n|---|---:|---:|---:|---:|---:|\n' "$1" >>"$tmp"
	printf '\n== %s\n' "$1"
}
# measure FILE COMMAND: time COMMAND (a shell string, output discarded)
# reading FILE; the median of $BENCH_RUNS (default 3) runs (the machine
# is shared: the best of a few runs flatters whoever had a quiet one).
# A command that exits non-zero is reported as failed, not timed (append
# `|| [ $? -eq 1 ]` where 1 is a normal answer, as with grep and diff).
measure() {
	local f=$1 cmd=$2 size med rss= s m i times=
	size=$(wc -c <"$f")
	for i in $(seq "${BENCH_RUNS:-3}"); do
		/usr/bin/time -f '%e %M %x' -o "$tmp.t" sh -c "$cmd" >/dev/null 2>"$tmp.e" </dev/null || true
		read -r s m x < <(tail -n 1 "$tmp.t") || { s=0; m=0; x=255; }
		if [ "$x" != 0 ]; then
			# a failed command is not a figure: say so in the table
			echo "bench: failed (exit $x): $cmd" >&2
			head -n 3 "$tmp.e" >&2
			printf '| `%s` | | failed (exit %s) | | | |\n' "$cmd" "$x" >>"$tmp"
			nfail=$((nfail + 1))
			return 0
		fi
		times="$times $s"
		if [ -z "$rss" ] || [ "$m" -gt "$rss" ]; then rss=$m; fi
	done
	med=$(printf '%s\n' $times | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
	[ -n "$base" ] || base=$med
	BENCH_CMD=$cmd awk -v d="$DATA/" -v sz="$size" -v s="$med" -v m="$rss" -v b="$base" 'BEGIN {
		c = ENVIRON["BENCH_CMD"]	# not -v c=: awk would undo its backslashes
		while ((i = index(c, d)) > 0) c = substr(c, 1, i - 1) substr(c, i + length(d))
		gsub(/\|/, "\\|", c); mbs = s > 0 ? sz / 1e6 / s : 0
		printf "| `%s` | %.0f | %.2f | %.1f | %.1f | %.2f |\n", c, sz / 1e6, s, mbs, m / 1024, (b > 0 ? s / b : 1)
	}' | tee -a "$tmp"
}
for f in "$top"/bench/*.bench; do
	. "$f"
done
{
	echo "# Benchmark results"
	echo
	echo "Made by \`make bench\` on $(date -u +%Y-%m-%d), $(nproc) cores, $(uname -m);"
	echo "input: ${MB} MB of generated prose (bench/gentext.c) and its sentence records."
	echo "Each time is the median of ${BENCH_RUNS:-3} runs; the ratio is to the first row of its table"
	echo "(below 1 is faster). Peak RSS is the largest resident set of the command's processes."
	echo
	echo "## Targets of issue 17"
	echo
	echo "Each line times the tool and its peer in turn, ${BENCH_PAIRS:-5} rounds"
	echo "(bench/targets.bench); the ratio is the median of the rounds' ratios"
	echo "(the peer's time over the tool's for \"at least\" goals, the tool's over"
	echo "the reference's for \"at most\" goals), their range in brackets.  Times"
	echo "are medians, in seconds."
	echo
	echo "| target | tool | peer or reference | tool s | peer s | ratio (range) | goal | state |"
	echo "|---|---|---|---:|---:|---|---|---|"
	cat "$tmp.targets"
	echo
	echo "## Each command on its own"
	cat "$tmp"
} >"$OUT"
echo "bench: wrote $OUT"
[ "$nfail" -eq 0 ] || { echo "bench: $nfail command(s) failed" >&2; exit 1; }
