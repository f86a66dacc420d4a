# Loaded by every bats file: the binaries under test come first in PATH.
: "${SCM_BIN:=$BATS_TEST_DIRNAME/../build}"
: "${SCM_TOP:=$BATS_TEST_DIRNAME/..}"
PATH="$SCM_BIN:$PATH"
# The two public seed texts live outside the repository (../shared/seeds);
# a bare clone has none.  SCM_SEEDS overrides the place (.ci/run sets it
# to a missing folder for its bare-clone pass).  Tests that need the seeds
# call needseeds, which skips with a note; our own documents of the same
# shapes (tests/fixtures/docs: a think-tank brief pasted from the web, a
# minister's op-ed) are checked in every clone.
SEEDS="${SCM_SEEDS-$SCM_TOP/../shared/seeds}"
DOCS="$SCM_TOP/tests/fixtures/docs"
BRIEF="$DOCS/brief.txt"
OPED="$DOCS/oped.txt"
needseeds() {
	[ -f "$SEEDS/000_21faf461b77ef28f.txt" ] ||
		skip "no seeds at $SEEDS (bare clone); tests/fixtures/docs covers the same shapes"
}
# seeddocs: the seed texts when present, else nothing.
seeddocs() {
	[ -f "$SEEDS/000_21faf461b77ef28f.txt" ] && echo "$SEEDS"/*.txt
	return 0
}
EX="$SCM_TOP/examples"
FIX="$SCM_TOP/tests/fixtures"

# check STATUS EXPECTED-STDOUT: compare the last `run' with what is expected.
check() {
	if [ "$status" -ne "$1" ] || [ "$output" != "$2" ]; then
		printf 'status: %s (want %s)\n--- got\n%s\n--- want\n%s\n' \
			"$status" "$1" "$output" "$2" >&2
		return 1
	fi
}
