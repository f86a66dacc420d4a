#!/usr/bin/env bats
# scm-tag and scm-count on plain text in other encodings (issue 19): each
# line is read as UTF-8; the first line that is not UTF-8 decides between
# CP949 and windows-1252 (said once on stderr); -E forces one; UTF-16
# with a byte order mark is converted whole; records are never decoded.
load helper
H="$FIX/html"

@test "lines: scm-tag reads an undeclared CP949 file, says so once, tags the Korean" {
	run bash -c "scm-tag '$H/cp949.txt' 2>&1 >/dev/null"
	check 0 "scm-tag: $H/cp949.txt: read as CP949 from line 1"
	run bash -c "scm-tag '$H/cp949.txt' 2>/dev/null | cut -f6"
	check 0 "$(iconv -f CP949 -t UTF-8 "$H/cp949.txt" | sed 's/^$/-/')"
	# the same tags as on the UTF-8 copy
	iconv -f CP949 -t UTF-8 "$H/cp949.txt" >"$BATS_TEST_TMPDIR/cp949.txt"
	[ "$(scm-tag "$H/cp949.txt" 2>/dev/null | cut -f5)" = \
	  "$(scm-tag "$BATS_TEST_TMPDIR/cp949.txt" | cut -f5)" ]
}

@test "lines: scm-count -w counts the Korean words of a CP949 file" {
	iconv -f CP949 -t UTF-8 "$H/cp949.txt" >"$BATS_TEST_TMPDIR/u.txt"
	run bash -c "scm-count -w '$H/cp949.txt' 2>/dev/null"
	[ "$status" -eq 0 ]
	[ -n "$output" ]
	[ "$output" = "$(scm-count -w "$BATS_TEST_TMPDIR/u.txt")" ]
}

@test "lines: windows-1252 quotes and é; valid UTF-8 lines after it unchanged" {
	printf 'caf\351 \223North Korea\224 fired.\nThe \342\200\234ROK\342\200\235 \342\200\224 agreed.\n' >"$BATS_TEST_TMPDIR/w.txt"
	run bash -c "scm-tag '$BATS_TEST_TMPDIR/w.txt' 2>/dev/null | cut -f6"
	check 0 "café “North Korea” fired.
The “ROK” — agreed."
	run bash -c "scm-tag '$BATS_TEST_TMPDIR/w.txt' 2>&1 >/dev/null"
	check 0 "scm-tag: $BATS_TEST_TMPDIR/w.txt: read as windows-1252 from line 1"
}

@test "lines: UTF-8 text is passed byte for byte, with no message" {
	run bash -c "scm-tag '$FIX/ko/communique.txt' 2>&1 | cut -f6"
	check 0 "$(cut -f6 <(scm-tag "$FIX/ko/communique.txt" 2>/dev/null))"
	[ "$(scm-tag "$FIX/ko/communique.txt" | cut -f6)" = "$(sed 's/^$/-/' "$FIX/ko/communique.txt")" ]
}

@test "lines: -E and --encoding force; an unknown name is exit 2" {
	run bash -c "scm-tag -E CP949 '$H/cp949.txt' 2>&1 | head -1 | cut -f6"
	check 0 "$(iconv -f CP949 -t UTF-8 "$H/cp949.txt" | head -1)"
	run bash -c "scm-count --encoding=EUC-KR -w '$H/cp949.txt' 2>&1 | head -1"
	[ "$status" -eq 0 ]
	[[ "$output" != *"read as"* ]]
	run scm-tag -E NO-SUCH-ENCODING "$H/cp949.txt"
	check 2 "scm-tag: -E: unknown encoding: NO-SUCH-ENCODING"
	run scm-count -w --encoding NO-SUCH-ENCODING "$H/cp949.txt"
	check 2 "scm-count: -E: unknown encoding: NO-SUCH-ENCODING"
}

@test "lines: UTF-16 with a byte order mark, LE and BE; a UTF-8 BOM is dropped" {
	printf 'North Korea fired.\nThe ROK spoke.\n' | iconv -f UTF-8 -t UTF-16LE |
		{ printf '\377\376'; cat; } >"$BATS_TEST_TMPDIR/le.txt"
	run scm-tag "$BATS_TEST_TMPDIR/le.txt"
	check 0 "le	1	para	-	actor:dprk	North Korea fired.
le	2	para	-	actor:rok	The ROK spoke."
	printf 'North Korea fired.\n' | iconv -f UTF-8 -t UTF-16BE |
		{ printf '\376\377'; cat; } >"$BATS_TEST_TMPDIR/be.txt"
	run scm-count -w "$BATS_TEST_TMPDIR/be.txt"
	[ "$status" -eq 0 ]
	[[ "$output" == *"1	korea"* ]]
	run bash -c "printf '\357\273\277North Korea fired.\n' | scm-tag"
	check 0 "-	1	para	-	actor:dprk	North Korea fired."
}

@test "lines: bytes no encoding takes are U+FFFD, a warning, exit 2" {
	printf 'North Korea \377\376\375 fired.\n' >"$BATS_TEST_TMPDIR/bad.txt"
	run bash -c "scm-tag -E UTF-8 '$BATS_TEST_TMPDIR/bad.txt' 2>/dev/null"
	check 2 "$(printf 'bad\t1\tpara\t-\tactor:dprk\tNorth Korea \357\277\275\357\277\275\357\277\275 fired.')"
	run bash -c "scm-tag -E UTF-8 '$BATS_TEST_TMPDIR/bad.txt' 2>&1 >/dev/null"
	check 2 "scm-tag: $BATS_TEST_TMPDIR/bad.txt: 3 bytes not UTF-8, kept as U+FFFD"
}

@test "lines: records are never decoded, whatever their bytes" {
	printf 'd\t1\tpara\t-\t-\tcaf\351 North Korea\n' >"$BATS_TEST_TMPDIR/r.tsv"
	run bash -c "scm-tag '$BATS_TEST_TMPDIR/r.tsv' 2>&1 | od -c | grep -c '351'"
	check 0 "1"
}

@test "lines: a stream is still read line by line (decoding waits for no more input)" {
	# with --line-buffered, the first tagged line comes out before the
	# writer has closed the pipe
	run bash -c "{ printf 'caf\351 North Korea fired.\n'; sleep 3; echo end; } |
		{ timeout 1 scm-tag --line-buffered 2>/dev/null; true; } | cut -f6"
	check 0 "café North Korea fired."
}

@test "encoding: a one-line CP949 title with numbers by its syllables (제55차) is read as CP949" {
	printf '제55차 SCM 개최 2023년 11월 13일\n' | iconv -f UTF-8 -t CP949 >"$BATS_TEST_TMPDIR/t.txt"
	run sh -c "scm-split '$BATS_TEST_TMPDIR/t.txt' 2>/dev/null | cut -f6"
	check 0 "제55차 SCM 개최 2023년 11월 13일"
}
