#!/bin/sh
# deps.sh [bench]: make sure the programs the tests (or, with "bench", the
# benchmarks too) need are installed (Debian).  As root, installs what is
# missing with apt-get; otherwise prints the command to run and exits 2.
need=
progs="make:make cc:gcc bats:bats clang:clang mandoc:mandoc man:man-db
	parallel:parallel valgrind:valgrind /usr/bin/time:time col:bsdextrautils
	gnuplot:gnuplot-nox groff:groff pdftotext:poppler-utils"
[ "$1" != bench ] ||
	progs="$progs mawk:mawk datamash:datamash wdiff:wdiff git:git w3m:w3m"
for p in $progs; do
	command -v "${p%%:*}" >/dev/null 2>&1 || need="$need ${p#*:}"
done
# ugrep is a peer in the benchmarks, not needed: installed if we can.
if [ "$1" = bench ] && ! command -v ugrep >/dev/null 2>&1; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ugrep >/dev/null 2>&1 ||
			echo "deps.sh: ugrep not installed; its benchmark rows are skipped" >&2
	else
		echo "deps.sh: no ugrep (apt-get install ugrep); its benchmark rows are skipped" >&2
	fi
fi
[ -n "$need" ] || exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
	echo "${1:-tests} need:$need; run: sudo apt-get install$need" >&2
	exit 2
fi
echo "deps.sh: installing$need"
{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	apt-get install -y -qq $need; } >/dev/null || exit 2
