#!/usr/bin/env bats
# One interface across the tools: the same help, version, error format,
# exit statuses, JSON option and behaviour on a full disk or a closed
# pipe, for every tool of cmd/.
load helper
bats_require_minimum_version 1.5.0

DOC="$BRIEF"

tools() {
	for c in "$SCM_TOP"/cmd/scm-*.c; do
		n=${c##*/}
		echo "${n%.c}"
	done
}

# args TOOL FILE: the arguments that make TOOL read FILE and write something.
args() {
	case $1 in
	scm-count) echo "-w $2" ;;
	scm-diff) echo "$2 $2" ;;
	*) echo "$2" ;;
	esac
}

@test "interface: -h and --help print the usage on stdout, exit 0" {
	for t in $(tools); do
		run --separate-stderr "$t" -h
		[ "$status" -eq 0 ] && [ -z "$stderr" ]
		[[ "${lines[0]}" == "usage: $t "* ]]
		h=$output
		run --separate-stderr "$t" --help
		[ "$status" -eq 0 ] && [ "$output" = "$h" ]
	done
}

@test "interface: a bad option: what is wrong, then the same usage on stderr, exit 2" {
	for t in $(tools); do
		h=$("$t" -h | sed '/^$/,$d')
		run --separate-stderr "$t" --no-such-option
		[ "$status" -eq 2 ] && [ -z "$output" ]
		[[ "$stderr" == "$t: unknown option: --no-such-option"$'\n'"$h" ]] || { echo "$t: $stderr" >&2; return 1; }
	done
}

@test "interface: --version prints name and version, exit 0" {
	v=$(sed -n 's/^VERSION = //p' "$SCM_TOP/Makefile")
	for t in $(tools); do
		run "$t" --version
		check 0 "$t $v"
	done
}

@test "interface: a missing file: 'tool: file: reason', exit 2" {
	for t in $(tools); do
		run --separate-stderr "$t" $(args "$t" "$BATS_TEST_TMPDIR/nosuch")
		[ "$status" -eq 2 ]
		[[ "$stderr" == *"$t: $BATS_TEST_TMPDIR/nosuch: No such file or directory"* ]] ||
			{ echo "$t: $stderr" >&2; return 1; }
	done
}

@test "interface: a directory operand: named, exit 2" {
	for t in $(tools); do
		run --separate-stderr "$t" $(args "$t" "$BATS_TEST_TMPDIR")
		[ "$status" -eq 2 ]
		[[ "$stderr" == *"$t: $BATS_TEST_TMPDIR: "* ]] || { echo "$t: $stderr" >&2; return 1; }
	done
}

@test "interface: output to a full disk: a message, exit 2" {
	for t in $(tools); do
		run sh -c '"$@" >/dev/full' - "$t" $(args "$t" "$DOC")
		[ "$status" -eq 2 ]
		[[ "$output" == *"$t: "*"write error"* ]] || { echo "$t: $output" >&2; return 1; }
	done
}

@test "interface: | head -1 ends quietly" {
	yes "The Minister and the Secretary reaffirmed the alliance. It stands." |
		head -n 100000 >"$BATS_TEST_TMPDIR/big.txt"
	for t in $(tools); do
		run sh -c '"$@" 2>&1 | head -n 1 >/dev/null' - "$t" $(args "$t" "$BATS_TEST_TMPDIR/big.txt")
		check 0 ""
	done
}

@test "interface: -J writes one JSON object per line" {
	for t in $(tools); do
		"$t" -J $(args "$t" "$DOC") >"$BATS_TEST_TMPDIR/j" || [ $? -eq 1 ]
		[ -s "$BATS_TEST_TMPDIR/j" ]
		run grep -cv '^{.*}$' "$BATS_TEST_TMPDIR/j"
		check 1 0
	done
}
