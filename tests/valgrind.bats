#!/usr/bin/env bats
# The seeds through a full pipeline of the tools present, each under
# valgrind: no memory errors, no leaks (issue 6).  Valgrind cannot run the
# ASan binaries of $(O)/san, so that pass checks the plain build next to
# it.  Skipped, saying so, only where valgrind is not installed.
load helper

setup() {
	command -v valgrind >/dev/null || skip "valgrind is not installed (apt-get install valgrind)"
	B=$SCM_BIN
	if grep -q __asan_init "$B/scm-split"; then
		B=$SCM_BIN/..
		! grep -q __asan_init "$B/scm-split"
	fi
	VG="valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite,indirect,possible"
}

# vg TOOL ARG...: run the tool of the plain build under valgrind; stdin
# and stdout are the caller's; valgrind's findings go to $T/vg.
vg() {
	local t=$1
	shift
	$VG --log-file="$BATS_TEST_TMPDIR/vg.%p" "$B/$t" "$@"
}

findings() {
	cat "$BATS_TEST_TMPDIR"/vg.* 2>/dev/null | grep -v '^$' >&2 && return 1
	return 0
}

@test "valgrind: scm-split, both units, -k and -J, on our documents and the seeds" {
	vg scm-split "$DOCS"/*.txt $(seeddocs) >/dev/null
	vg scm-split -k -u sentence "$DOCS"/*.txt $(seeddocs) >/dev/null
	vg scm-split -J "$DOCS"/*.txt $(seeddocs) >/dev/null
	vg scm-split -u sentence - <"$OPED" >/dev/null
	findings
}

@test "valgrind: scm-split's error paths (missing, directory, /dev/full)" {
	run vg scm-split "$BATS_TEST_TMPDIR/nosuch" "$BATS_TEST_TMPDIR"
	[ "$status" -eq 2 ]
	run sh -c '"$@" >/dev/full' - $VG --log-file="$BATS_TEST_TMPDIR/vg.%p" \
		"$B/scm-split" "$BRIEF"
	[ "$status" -eq 2 ]
	findings
}

@test "valgrind: our documents and the seeds through every tool, as a pipeline" {
	vg scm-split -u sentence "$DOCS"/*.txt $(seeddocs) >"$BATS_TEST_TMPDIR/rec"
	[ -s "$BATS_TEST_TMPDIR/rec" ]
	if [ -x "$B/scm-tag" ]; then
		vg scm-tag "$BATS_TEST_TMPDIR/rec" >"$BATS_TEST_TMPDIR/tagged"
		cp "$BATS_TEST_TMPDIR/tagged" "$BATS_TEST_TMPDIR/rec"
	fi
	if [ -x "$B/scm-count" ]; then
		vg scm-count "$BATS_TEST_TMPDIR/rec" >/dev/null
	fi
	if [ -x "$B/scm-diff" ]; then
		run vg scm-diff "$BRIEF" "$OPED"
		[ "$status" -le 1 ]
		vg scm-diff "$BRIEF" "$BRIEF" >/dev/null
	fi
	findings
}
