#!/bin/sh
# run.sh BUILDDIR...: run the C unit tests (BUILDDIR/tests/*_test) and
# the bats suites (tests/*.bats) against the binaries of each build dir;
# end with the line "N passed, N failed".
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/tests/deps.sh" || exit 2
[ $# -gt 0 ] || set -- build
log=$(mktemp)
trap 'rm -f "$log"' EXIT
pass=0 fail=0
for b; do
	bin=$(cd "$b" && pwd) || exit 2
	export SCM_BIN="$bin" SCM_TOP="$top"
	export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=99
	export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=99
	: >"$log"
	for t in "$bin"/tests/*_test; do
		[ -x "$t" ] || continue
		(cd "$top" && "$t") >>"$log" 2>&1 || echo "not ok - $t exited $?" >>"$log"
	done
	(cd "$top" && bats --tap tests/*.bats) >>"$log" 2>&1
	p=$(grep -c '^ok ' "$log")
	f=$(grep -c '^not ok ' "$log")
	grep -A12 '^not ok ' "$log" | head -200
	echo "$b: $p passed, $f failed"
	pass=$((pass + p))
	fail=$((fail + f))
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
