#!/bin/sh
# run.sh BUILDDIR...: run the C unit tests (BUILDDIR/tests/*_test) and
# the bats suites (tests/*.bats) against the binaries of each build dir;
# end with the line "N passed, N failed, N skipped".
# When the public seed texts (../shared/seeds) are there, the first build
# dir is run once more as a bare clone would see it (SCM_SEEDS pointing at
# a missing folder), so the tests that need no seeds are known to pass
# without them.
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/tests/deps.sh" || exit 2
[ $# -gt 0 ] || set -- build
log=$(mktemp)
trap 'rm -f "$log"' EXIT
pass=0 fail=0 skip=0
seeds=${SCM_SEEDS-$top/../shared/seeds}
runs=
for b; do runs="$runs $b"; done
[ -d "$seeds" ] && runs="$runs bare:$1"
for r in $runs; do
	case $r in
	bare:*) b=${r#bare:}; SCM_SEEDS="$top/.no-seeds-bare-clone"; label="$b (bare clone)" ;;
	*) b=$r; SCM_SEEDS=$seeds; label=$b ;;
	esac
	bin=$(cd "$b" && pwd) || exit 2
	export SCM_BIN="$bin" SCM_TOP="$top" SCM_SEEDS
	export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=99
	export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=99
	: >"$log"
	for t in "$bin"/tests/*_test; do
		[ -x "$t" ] || continue
		(cd "$top" && "$t") >>"$log" 2>&1 || echo "not ok - $t exited $?" >>"$log"
	done
	(cd "$top" && bats --tap tests/*.bats) >>"$log" 2>&1
	s=$(grep -c '^ok .* # skip' "$log")
	p=$(($(grep -c '^ok ' "$log") - s))
	f=$(grep -c '^not ok ' "$log")
	grep -A12 '^not ok ' "$log" | head -200
	[ "$s" -eq 0 ] || grep '^ok .* # skip' "$log" | sed 's/.* # skip /skipped: /' |
		sort | uniq -c | sort -rn | head -5
	echo "$label: $p passed, $f failed, $s skipped"
	pass=$((pass + p))
	fail=$((fail + f))
	skip=$((skip + s))
done
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
