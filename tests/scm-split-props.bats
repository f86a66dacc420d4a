#!/usr/bin/env bats
# scm-split: properties on every fixture and on generated input.
#  - conservation: with -k every non-space character of the input is in
#    exactly one record, in order (build/tests/splitcons checks it; it
#    allows for the hyphens de-hyphenation removes, the ordinal suffixes
#    that move back to their number and the <sup>/<br> markup);
#  - locs: strictly increasing in `sort -V' order, and the same with and
#    without -k (the records without -k are those with -k minus noise);
#  - units: the sentences of a block, joined by spaces, are the block.
# Generated input: bench/gentext prose, the documents damaged by
# tests/fixtures/split/damage.awk (PDF-like: wrapping, page furniture,
# hyphenation, torn ordinals, CRLF) under several seeds, random bytes.
load helper

cons() {	# cons FILE: conservation in both units
	local u
	for u in para sentence; do
		scm-split -k -u "$u" "$1" >"$BATS_TEST_TMPDIR/r" || return 1
		"$SCM_BIN/tests/splitcons" "$1" "$BATS_TEST_TMPDIR/r" || {
			echo "conservation fails: -u $u $1"; return 1; }
	done
}

docs() {
	echo $(seeddocs) "$DOCS"/*.txt "$EX"/*.txt
}

@test "props: the checker fails when a record is lost" {
	f="$EX/scm-2025-pdf.txt"
	scm-split -k "$f" | sed 3d >"$BATS_TEST_TMPDIR/r"
	run "$SCM_BIN/tests/splitcons" "$f" "$BATS_TEST_TMPDIR/r"
	[ "$status" -eq 1 ]
	scm-split -k "$f" | sed -n '1p;4p;3p' >"$BATS_TEST_TMPDIR/r"
	run "$SCM_BIN/tests/splitcons" "$f" "$BATS_TEST_TMPDIR/r"
	[ "$status" -eq 1 ]
}

@test "props: conservation on the seeds, our documents and the examples" {
	for f in $(docs); do cons "$f"; done
}

@test "props: conservation on the PDF-damaged documents, 12 seeds" {
	for s in $(seq 1 12); do
		for f in $(docs); do
			awk -v seed="$s" -f "$FIX/split/damage.awk" "$f" >"$BATS_TEST_TMPDIR/d.txt"
			cons "$BATS_TEST_TMPDIR/d.txt" || { echo "seed $s, $f"; return 1; }
		done
	done
}

@test "props: conservation on generated prose (1 MB)" {
	"$SCM_BIN/bench/gentext" 1 >"$BATS_TEST_TMPDIR/p.txt"
	cons "$BATS_TEST_TMPDIR/p.txt"
}

@test "props: conservation on random bytes, 20 samples" {
	for i in $(seq 1 20); do
		# a first line of text: a file that starts binary is refused
		{ echo "Random bytes follow."; head -c 30000 /dev/urandom; } >"$BATS_TEST_TMPDIR/b.dat"
		cons "$BATS_TEST_TMPDIR/b.dat" || { cp "$BATS_TEST_TMPDIR/b.dat" /tmp/scm-split-fail.dat; return 1; }
	done
}

@test "props: conservation: a block that ends as noise keeps the noise lines held inside it in place" {
	# from a random-bytes sample: lines 1 and 3 join around line 2,
	# noise, and the block is noise too; line 2 came out after line 3
	printf '\306X\333\303"\323lk\256XV\011\001\346^\237\255\341\251\026\001{\036\036\012\2026,~^\324\027|\016H-\252|?\312f\017q\227!\014\012\023#\012' >"$BATS_TEST_TMPDIR/b.dat"
	cons "$BATS_TEST_TMPDIR/b.dat"
}

@test "props: conservation on the damaged documents as one CRLF line with NULs" {
	for f in $(docs); do
		tr '\n' ' ' <"$f" | sed 's/ \./\x00./g; s/$/\r/' >"$BATS_TEST_TMPDIR/o.txt"
		cons "$BATS_TEST_TMPDIR/o.txt"
	done
}

@test "props: locs increase and do not change with -k" {
	for s in 1 2 3; do
		for f in $(docs); do
			awk -v seed="$s" -f "$FIX/split/damage.awk" "$f" >"$BATS_TEST_TMPDIR/d.txt"
			for u in para sentence; do
				scm-split -k -u $u "$BATS_TEST_TMPDIR/d.txt" | cut -f2 >"$BATS_TEST_TMPDIR/k"
				sort -V -u "$BATS_TEST_TMPDIR/k" | cmp -s - "$BATS_TEST_TMPDIR/k" ||
					{ echo "locs out of order: $u $f"; return 1; }
				scm-split -k -u $u "$BATS_TEST_TMPDIR/d.txt" | awk -F'\t' '$3 != "noise"' >"$BATS_TEST_TMPDIR/a"
				scm-split -u $u "$BATS_TEST_TMPDIR/d.txt" | cmp -s - "$BATS_TEST_TMPDIR/a" ||
					{ echo "-k changes the records: $u $f"; return 1; }
			done
		done
	done
}

@test "props: the sentences of a block joined are the block" {
	"$SCM_BIN/bench/gentext" 1 | head -c 200000 >"$BATS_TEST_TMPDIR/p.txt"
	for f in $(docs) "$BATS_TEST_TMPDIR/p.txt"; do
		scm-split -k "$f" | cut -f2,6 >"$BATS_TEST_TMPDIR/b"
		scm-split -k -u sentence "$f" | cut -f2,6 | awk -F'\t' '
			{ split($1, l, "."); if (l[1] != cur) { if (cur != "") print cur "\t" t; cur = l[1]; t = $2 } else t = t " " $2 }
			END { if (cur != "") print cur "\t" t }' >"$BATS_TEST_TMPDIR/s"
		cmp "$BATS_TEST_TMPDIR/b" "$BATS_TEST_TMPDIR/s" || { echo "$f"; return 1; }
	done
}

@test "props: memory does not grow with the input (1 MB against 20 MB)" {
	"$SCM_BIN/bench/gentext" 1 >"$BATS_TEST_TMPDIR/small.txt"
	"$SCM_BIN/bench/gentext" 20 >"$BATS_TEST_TMPDIR/big.txt"
	/usr/bin/time -f %M -o "$BATS_TEST_TMPDIR/m1" scm-split -u sentence "$BATS_TEST_TMPDIR/small.txt" >/dev/null
	/usr/bin/time -f %M -o "$BATS_TEST_TMPDIR/m2" scm-split -u sentence "$BATS_TEST_TMPDIR/big.txt" >/dev/null
	a=$(tail -1 "$BATS_TEST_TMPDIR/m1") b=$(tail -1 "$BATS_TEST_TMPDIR/m2")
	[ $((b - a)) -lt 4000 ] || { echo "peak RSS $a kB for 1 MB, $b kB for 20 MB"; return 1; }
}

@test "props: conservation: a ligature written out as an ordinal's suffix (85\uFB06) is counted as the suffix it becomes" {
	# from a random-bytes sample: U+FB06 after digits is "st", which
	# the checker drops after a number on both sides
	printf 'The 85\357\254\206 meeting and the \357\254\206 alone.\n' >"$BATS_TEST_TMPDIR/b.dat"
	cons "$BATS_TEST_TMPDIR/b.dat"
}
