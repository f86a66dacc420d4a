#!/usr/bin/env bats
# A newcomer's mistakes and the messages that answer them: numbers out of
# an open range, "--color always" written with a space, a file name that
# starts with "-", a reader gone with SIGPIPE ignored, a failed write; and
# each man page listing every option that --help lists.
load helper
T=$'\t'

@test "hux: a number below an open range says the least value wanted" {
	run scm-count --top -3 </dev/null
	check 2 "scm-count: --top: -3 is out of range (want 0 or more)"
	run scm-count -M 0 </dev/null
	check 2 "scm-count: --min: 0 is out of range (want 1 or more)"
}

@test "hux: a closed range still names both ends" {
	run scm-count -n 0 </dev/null
	check 2 "scm-count: -n: 0 is out of range 1..64"
	run scm-count -N 5 "$EX/scm-2024.txt" </dev/null
	[ "$status" -eq 0 ]
}

@test "hux: scm-diff --color always (a space) says to write --color=always" {
	cd "$EX"
	run scm-diff --color always scm-2024.txt scm-2025.txt
	[ "$status" -eq 2 ]
	[[ "${lines[0]}" == "scm-diff: --color always: write --color=always (the value follows an '=')" ]]
	run scm-diff scm-2024.txt --colour never scm-2025.txt
	[ "$status" -eq 2 ]
	[[ "${lines[0]}" == "scm-diff: --colour never: write --colour=never (the value follows an '=')" ]]
}

@test "hux: scm-diff --color=always, bare --color and a file named always still work" {
	cd "$EX"
	run scm-diff --color=never scm-2024.txt scm-2025.txt
	[ "$status" -eq 1 ]
	[[ "${lines[0]}" == "~"* ]]
	run scm-diff --color scm-2024.txt scm-2025.txt
	[ "$status" -eq 1 ]
	cp scm-2024.txt "$BATS_TEST_TMPDIR/always"
	cd "$BATS_TEST_TMPDIR"
	run scm-diff --color always "$EX/scm-2024.txt"
	[ "$status" -eq 0 ]
	run scm-diff -- --color always
	[ "$status" -eq 2 ]
	[[ "${lines[0]}" == "scm-diff: 3 files"* || "${lines[0]}" == *"--color: No such file"* ]]
}

@test "hux: every option in each tool's --help is in its man page" {
	command -v man >/dev/null || skip "no man"
	for t in split tag count diff; do
		m=$(MANWIDTH=300 man -l "$SCM_TOP/man/scm-$t.1" 2>/dev/null)
		for o in $(scm-$t --help | grep -oE -- '^  -[a-zA-Z]|--[a-z-]+' | tr -d ' ' | sort -u); do
			grep -qE -- "(^|[ ,(])$o\b" <<<"$m" || { echo "scm-$t: $o not in man" >&2; return 1; }
		done
	done
}

# bigdoc FILE: some 400 KB of paragraphs, more than any stdio or pipe buffer.
bigdoc() {
	awk 'BEGIN { for (i = 1; i <= 4000; i++)
		printf "%d. The two sides agreed to review item %d of the plan next year.\n\n", i, i }' >"$1"
}

@test "hux: | head -1 with SIGPIPE ignored ends quietly (no 'Broken pipe')" {
	bigdoc "$BATS_TEST_TMPDIR/big.txt"
	run bash -c "trap '' PIPE; scm-split -u sentence '$BATS_TEST_TMPDIR/big.txt' | head -1 >/dev/null"
	check 0 ""
	run bash -c "trap '' PIPE; scm-split '$BATS_TEST_TMPDIR/big.txt' | scm-tag | head -1 >/dev/null"
	check 0 ""
	run bash -c "trap '' PIPE; scm-diff '$BATS_TEST_TMPDIR/big.txt' '$EX/scm-2024.txt' | head -1 >/dev/null"
	check 0 ""
}

@test "hux: a failed write still says why, scm-diff included" {
	bigdoc "$BATS_TEST_TMPDIR/big.txt"
	run bash -c "scm-diff '$BATS_TEST_TMPDIR/big.txt' '$EX/scm-2024.txt' >/dev/full"
	check 2 "scm-diff: <stdout>: write error: No space left on device"
	run bash -c "scm-split '$BATS_TEST_TMPDIR/big.txt' >/dev/full"
	check 2 "scm-split: <stdout>: write error: No space left on device"
}

@test "hux: an unknown option that names a file says how to name the file" {
	cd "$BATS_TEST_TMPDIR"
	printf 'The alliance endures.\n' >-notes.txt
	run scm-tag -notes.txt
	[ "$status" -eq 2 ]
	[ "${lines[0]}" = "scm-tag: unknown option: -notes.txt; for the file, write ./-notes.txt (or put -- before it)" ]
	run scm-split ./-notes.txt
	check 0 "-notes${T}1${T}para${T}-${T}-${T}The alliance endures."
	run scm-split -- -notes.txt
	check 0 "-notes${T}1${T}para${T}-${T}-${T}The alliance endures."
}

@test "hux: an unknown option with no such file keeps the short message" {
	cd "$BATS_TEST_TMPDIR"
	run scm-count -Z
	[ "$status" -eq 2 ]
	[ "${lines[0]}" = "scm-count: unknown option: -Z" ]
	run scm-diff --bogus a b
	[ "$status" -eq 2 ]
	[ "${lines[0]}" = "scm-diff: unknown option: --bogus" ]
}

@test "hux: scm-diff's hint for a PDF writes a file, as it reads two (no pipe)" {
	printf '%%PDF-1.4\n%%\342\343\n1 0 obj\n' >"$BATS_TEST_TMPDIR/old.pdf"
	printf 'text\n' >"$BATS_TEST_TMPDIR/new.txt"
	run scm-diff "$BATS_TEST_TMPDIR/old.pdf" "$BATS_TEST_TMPDIR/new.txt"
	[ "$status" -eq 2 ]
	[[ "$output" == *"(pdftotext $BATS_TEST_TMPDIR/old.pdf - >$BATS_TEST_TMPDIR/old.txt)"* ]]
	run scm-split "$BATS_TEST_TMPDIR/old.pdf"
	[[ "$output" == *"- | scm-split)"* ]]
}

@test "hux: scm-count of plain text says it has no tags and how to count it" {
	run scm-count "$SCM_TOP/examples/scm-2025.txt"
	[ "$status" -eq 0 ]
	[[ "$output" == *"scm-count: $SCM_TOP/examples/scm-2025.txt: plain text, not records: it has no tags; count its words (-w)"* ]]
	# not when the words are asked for, nor for records
	run sh -c 'scm-count -w "$1" 2>&1 >/dev/null' - "$SCM_TOP/examples/scm-2025.txt"
	check 0 ""
	run sh -c 'scm-split "$1" | scm-tag | scm-count 2>&1 >/dev/null' - "$SCM_TOP/examples/scm-2025.txt"
	check 0 ""
}
