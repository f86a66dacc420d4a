#!/usr/bin/env bats
# One policy for malformed records, for every tool that reads them
# (scm-records(5)): each bad record is reported as "tool: file:line: what"
# and skipped, the rest is read, exit 2; one bad line never turns a file of
# records into plain text.  And one policy for output that fails.
load helper
bats_require_minimum_version 1.5.0

T=$'\t'

setup() {
	D=$BATS_TEST_TMPDIR
	printf 'd%s1%spara%s-%s-%sThe alliance stands firm against North Korea.\n' "$T" "$T" "$T" "$T" "$T" >"$D/r1"
	printf 'd%s2%sclause%s-%s-%sThe Minister condemned the missile launches.\n' "$T" "$T" "$T" "$T" "$T" >"$D/r2"
	printf 'd%s3%spara%s-%s-%sBoth sides welcomed trilateral cooperation with Japan.\n' "$T" "$T" "$T" "$T" "$T" >"$D/r3"
	printf 'd%sx%spara%s-%s-%sa bad \\q escape\n' "$T" "$T" "$T" "$T" "$T" >"$D/bad"
}

# cmd TOOL FILE: the command line of TOOL reading FILE.
cmd() {
	case $1 in
	scm-tag) echo "scm-tag $2" ;;
	scm-count) echo "scm-count -w -b kind $2" ;;
	scm-count-f) echo "scm-count -f text $2" ;;
	scm-diff) echo "scm-diff $D/ref $2" ;;
	esac
}

# policy TOOL: the bad record first, in the middle, last.
policy() {
	local t=$1 n at want
	cat "$D/r1" "$D/r3" >"$D/ref"
	for at in 1 2 3; do
		case $at in
		1) cat "$D/bad" "$D/r1" "$D/r2" "$D/r3" >"$D/in" ;;
		2) cat "$D/r1" "$D/r2" "$D/bad" "$D/r3" >"$D/in" ;;
		3) cat "$D/r1" "$D/r2" "$D/r3" "$D/bad" >"$D/in" ;;
		esac
		cat "$D/r1" "$D/r2" "$D/r3" >"$D/good"
		n=${t%-f}
		want=$($(cmd "$t" "$D/good")) || true
		run --separate-stderr $(cmd "$t" "$D/in")
		[ "$status" -eq 2 ] || { echo "$t at $at: status $status" >&2; return 1; }
		line=$((at == 1 ? 1 : at == 2 ? 3 : 4))
		[ "$stderr" = "$n: $D/in:$line: bad escape (only \\\\, \\t, \\n, \\r)" ] ||
			{ echo "$t at $at: stderr $stderr" >&2; return 1; }
		[ "$output" = "$want" ] || { echo "$t at $at: output differs" >&2; return 1; }
	done
}

@test "records: scm-tag skips a bad record first, in the middle, last" { policy scm-tag; }
@test "records: scm-count -w skips a bad record first, in the middle, last" { policy scm-count; }
@test "records: scm-count -f text skips a bad record first, in the middle, last" { policy scm-count-f; }
@test "records: scm-diff skips a bad record first, in the middle, last" { policy scm-diff; }

@test "records: scm-count --merge skips a bad line, exit 2" {
	printf '2%sa\nx%sb\n1%sc\n' "$T" "$T" "$T" >"$D/m"
	run --separate-stderr scm-count --merge "$D/m"
	[ "$status" -eq 2 ]
	[ "$stderr" = "scm-count: $D/m:2: bad count" ]
	[ "$output" = "2${T}a
1${T}c" ]
}

@test "records: a bad first record does not make the file plain text" {
	cat "$D/bad" "$D/r1" >"$D/in"
	run --separate-stderr scm-tag "$D/in"
	[ "$status" -eq 2 ]
	[ "$output" = "d${T}1${T}para${T}-${T}actor:dprk${T}The alliance stands firm against North Korea." ]
}

@test "records: --plain takes record lines as text, --records forces records" {
	run --separate-stderr scm-count -f doc --plain -d p "$D/r1"
	[ "$status" -eq 0 ] && [ "$output" = "1${T}p" ]
	printf 'not a record\n' >"$D/p"
	run --separate-stderr scm-tag --records "$D/p"
	[ "$status" -eq 2 ]
	[ "$stderr" = "scm-tag: $D/p:1: too few fields (want 6)" ]
}

@test "records: a read error stops the file, reported once" {
	run --separate-stderr scm-tag /proc/self/mem
	[ "$status" -eq 2 ]
	[ "$(printf '%s\n' "$stderr" | grep -c 'read error')" -eq 1 ]
}

@test "output: every tool reports a full disk with the real reason, exit 2, once" {
	printf 'The alliance stands firm.\n' >"$D/t.txt"
	for c in "scm-split $D/t.txt" "scm-tag $D/t.txt" "scm-count -w $D/t.txt" \
	    "scm-diff $D/t.txt $D/t.txt" "scm-count --help" "scm-tag --version"; do
		run --separate-stderr sh -c "$c >/dev/full"
		[ "$status" -eq 2 ] || { echo "$c: status $status" >&2; return 1; }
		[ "$stderr" = "${c%% *}: <stdout>: write error: No space left on device" ] ||
			{ echo "$c: $stderr" >&2; return 1; }
	done
}

@test "output: | head ends quietly for every tool" {
	yes 'The alliance stands firm. It stands.' | head -n 20000 >"$D/big.txt"
	for c in "scm-split $D/big.txt" "scm-tag $D/big.txt" "scm-count -n 2 --no-stop $D/big.txt"; do
		run --separate-stderr sh -c "$c | head -n 1"
		[ "$status" -eq 0 ] && [ -z "$stderr" ] || { echo "$c: $stderr" >&2; return 1; }
	done
}

@test "input: a PDF, a ZIP or a program is refused with a way to convert it" {
	printf '%%PDF-1.4\n%%\342\343\n1 0 obj\n' >"$D/x.pdf"
	run --separate-stderr scm-split "$D/x.pdf"
	[ "$status" -eq 2 ] && [ -z "$output" ]
	[ "$stderr" = "scm-split: $D/x.pdf: a PDF file; convert it first (pdftotext $D/x.pdf - | scm-split)" ]
	printf 'PK\003\004\024\000\006\000' >"$D/x.docx"
	for t in scm-split scm-tag "scm-count -w"; do
		run --separate-stderr $t "$D/x.docx"
		[ "$status" -eq 2 ] && [ -z "$output" ]
		[[ "$stderr" == *"$D/x.docx: a ZIP file"* ]]
	done
	run --separate-stderr scm-tag /bin/sh
	[ "$status" -eq 2 ] && [ "$(printf '%s\n' "$stderr" | wc -l)" -eq 1 ]
	run --separate-stderr scm-diff "$D/x.pdf" "$D/r1"
	[ "$status" -eq 2 ] && [[ "$stderr" == *"a PDF file"* ]]
}

@test "input: --merge says when its input is not mergeable scm-count output" {
	printf 'The alliance stands. The alliance holds.\n' | scm-count -w -r >"$D/r"
	run --separate-stderr scm-count --merge "$D/r"
	[ "$status" -eq 2 ] && [ -z "$output" ]
	[ "$stderr" = "scm-count: $D/r:1: not mergeable scm-count output: relative frequencies (-r) do not add up; count without -r" ]
}

@test "input: JSON Lines from -J are read as records by every reader" {
	printf 'The Minister condemned North Korea.\n\nThe alliance stands with Japan.\n' >"$D/doc.txt"
	scm-split "$D/doc.txt" >"$D/doc.tsv"
	scm-split -J "$D/doc.txt" >"$D/doc.json"
	run scm-tag "$D/doc.json"
	check 0 "$(scm-tag "$D/doc.tsv")"
	run scm-count -w -b doc "$D/doc.json"
	check 0 "$(scm-count -w -b doc "$D/doc.tsv")"
	scm-tag -J "$D/doc.tsv" >"$D/tagged.json"
	run scm-count "$D/tagged.json"
	check 0 "$(scm-tag "$D/doc.tsv" | scm-count)"
	run scm-diff "$D/doc.json" "$D/doc.tsv"
	check 0 "$(scm-diff "$D/doc.tsv" "$D/doc.tsv")"
	printf '{"doc":"d","text":"x"}\n{"doc":"d",\n{"doc":"d","text":"y"}\n' >"$D/bad.json"
	run --separate-stderr scm-count -f text "$D/bad.json"
	[ "$status" -eq 2 ]
	[ "$stderr" = "scm-count: $D/bad.json:2: bad JSON: unterminated string" ] || [[ "$stderr" == "scm-count: $D/bad.json:2: bad JSON"* ]]
	[ "$output" = "1${T}x
1${T}y" ]
}
