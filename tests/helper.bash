# Loaded by every bats file: the binaries under test come first in PATH.
: "${SCM_BIN:=$BATS_TEST_DIRNAME/../build}"
: "${SCM_TOP:=$BATS_TEST_DIRNAME/..}"
PATH="$SCM_BIN:$PATH"
SEEDS="$SCM_TOP/../shared/seeds"
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
