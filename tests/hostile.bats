#!/usr/bin/env bats
# Hostile input (issue 6): every tool present in $SCM_BIN x every case,
# each with its expected exit status and message.  Tools that land later
# are picked up by the loop; how each reads its input is in `args'.
# scm-split reads documents; scm-tag and scm-count read records or plain
# text lines (scm-count counts whole texts, -f text, so that its output
# shows what it read); scm-diff compares two documents (here a file with
# itself).
load helper

setup_file() {
	# one 64 MB line of letters, made once for the whole file
	export BIG="$BATS_FILE_TMPDIR/big.txt"
	{ head -c 67108864 /dev/zero | tr '\0' a; echo; } >"$BIG"
}

# The tools under test, one name a line.
tools() {
	local p
	for p in "$SCM_BIN"/scm-*; do
		[ -f "$p" ] && [ -x "$p" ] && echo "${p##*/}"
	done
}

# args TOOL FILE: the argument vector with which TOOL reads FILE.
args() {
	case $1 in
	scm-diff) A=("$2" "$2") ;;
	scm-count) A=(-f text "$2") ;;
	*) A=("$2") ;;
	esac
}

# try TOOL ARG...: run it; stdout in $T/out, stderr in $T/err, status in $st.
try() {
	st=0
	"$@" >"$T/out" 2>"$T/err" </dev/null || st=$?
}

# bad WHAT: note a failure of the current tool and go on with the others.
bad() {
	printf '%s: %s\n--- stderr\n%s\n' "$tool" "$1" "$(head -c 600 "$T/err")" >&2
	fails=$((fails + 1))
}

# ok0: exit 0 and nothing on stderr.
ok0() {
	[ "$st" -eq 0 ] || bad "exit $st, want 0"
	[ ! -s "$T/err" ] || bad "unexpected message"
}

# err2 PATTERN: exit 2 and a message "scm-TOOL: PATTERN" (a glob).
err2() {
	[ "$st" -eq 2 ] || bad "exit $st, want 2"
	# shellcheck disable=SC2053
	[[ "$(cat "$T/err")" == *"$tool: "$1* ]] || bad "want message $tool: $1"
}

# hex FILE: its bytes as one string of hex digits.
hex() { od -An -v -tx1 "$1" | tr -d ' \n'; }

setup() {
	T=$BATS_TEST_TMPDIR
	fails=0
	[ -n "$(tools)" ]
}

# every CASE FILE: run every tool on FILE, then the checks of case_CASE.
every() {
	local c=$1 f=$2
	for tool in $(tools); do
		args "$tool" "$f"
		try "$tool" "${A[@]}"
		"case_$c"
	done
	[ "$fails" -eq 0 ]
}

case_empty() {
	ok0
	case $tool in scm-split|scm-tag|scm-diff)
		[ ! -s "$T/out" ] || bad "output on empty input" ;;
	esac
}
@test "hostile: empty input: exit 0, no message (no output: split, tag, diff)" {
	: >"$T/empty.txt"
	every empty "$T/empty.txt"
}

case_nonl() {
	ok0
	grep -q 'Korea' "$T/out" || bad "last line lost"
	case $tool in
	scm-split) [ "$(cat "$T/out")" = "nonl	1	para	-	-	The alliance with Korea." ] ||
		bad "wrong record" ;;
	esac
}
@test "hostile: no final newline: the last line is read" {
	printf 'The alliance with Korea.' >"$T/nonl.txt"
	every nonl "$T/nonl.txt"
}

case_crlf() {
	ok0
	grep -q "$(printf '\r')" "$T/out" && bad "carriage return left in output"
	case $tool in
	scm-split) [ "$(cat "$T/out")" = "$(printf 'crlf\t1\tpara\t-\t-\tThe ROK and the U.S. agreed.\ncrlf\t2\tpara\t-\t-\tThey met again.')" ] ||
		bad "wrong records" ;;
	scm-tag) cut -f6 "$T/out" | grep -qx 'They met again\.' || bad "text changed" ;;
	esac
}
@test "hostile: CRLF line ends are taken off" {
	printf 'The ROK and the U.S. agreed.\r\n\r\nThey met again.\r\n' >"$T/crlf.txt"
	every crlf "$T/crlf.txt"
}

case_bom() {
	ok0
	grep -q 'The Minister' "$T/out" || bad "text lost"
	case $tool in
	scm-split) [ "$(cut -f6 "$T/out")" = "The Minister spoke." ] || bad "BOM not taken as space" ;;
	esac
}
@test "hostile: a byte-order mark" {
	printf '\357\273\277The Minister spoke.\n' >"$T/bom.txt"
	every bom "$T/bom.txt"
}

case_nul() {
	ok0
	case $tool in
	scm-split|scm-tag|scm-count) [[ "$(hex "$T/out")" == *"6f6e0065"* ]] ||
		bad "NUL not carried through" ;;
	esac
}
@test "hostile: NUL bytes are carried through (split, tag, count)" {
	printf 'Text with on\000e NUL byte.\n' >"$T/nul.txt"
	every nul "$T/nul.txt"
}

case_utf8() {
	ok0
	case $tool in
	scm-split|scm-tag|scm-count) [[ "$(hex "$T/out")" == *"78ff78"*"c3"*"78fe"* ]] ||
		bad "invalid bytes not carried through" ;;
	esac
}
# Damaged UTF-8 (more valid multi-byte characters than invalid bytes) is
# carried through; bytes that are not UTF-8 at all are read as a legacy
# encoding (scm-split-html.bats).
@test "hostile: invalid UTF-8 is carried through byte for byte (split, tag, count)" {
	printf 'Bad x\377x byte \303 and x\376 in caf\303\251, na\303\257ve, \303\274ber, d\303\251j\303\240.\n' >"$T/utf8.txt"
	every utf8 "$T/utf8.txt"
}

case_overlong() {
	ok0
	case $tool in
	scm-split|scm-tag|scm-count) [[ "$(hex "$T/out")" == *"61c0af62"*"61e080af62"*"61eda08062"*"61edbfbf62"* ]] ||
		bad "overlong or surrogate bytes changed" ;;
	esac
}
@test "hostile: overlong UTF-8 and lone surrogates survive byte for byte (split, tag, count)" {
	printf 'Slash a\300\257b and a\340\200\257b, surrogates a\355\240\200b a\355\277\277b in %s.\n' \
		'한국어 대한민국 서울특별시 국방부' >"$T/overlong.txt"
	every overlong "$T/overlong.txt"
}

@test "hostile: scm-split -J writes invalid bytes as \\udcXX" {
	printf 'a\377b \300\257 caf\303\251 na\303\257ve \303\274ber.\n' >"$T/j.txt"
	run scm-split -J -d x "$T/j.txt"
	check 0 '{"doc":"x","loc":"1","kind":"para","section":null,"tags":[],"text":"a\udcffb \udcc0\udcaf café naïve über."}'
}

case_bigline() {
	ok0
	case $tool in
	scm-split|scm-tag) [ "$(cut -f6 "$T/out" | wc -c)" -eq 67108865 ] ||
		bad "64 MB line truncated: $(wc -c <"$T/out") bytes out" ;;
	scm-count) [ "$(cut -f2 "$T/out" | wc -c)" -eq 67108865 ] || bad "64 MB line truncated" ;;
	esac
}
@test "hostile: a 64 MB line is read whole" {
	every bigline "$BIG"
}

case_binary() {
	[ "$st" -eq 0 ] || bad "exit $st, want 0"
	case $tool in
	scm-split) [ -s "$T/out" ] || bad "no output" ;;
	esac
}
@test "hostile: a binary file (every byte value) is text, exit 0" {
	local one
	one=$(printf '\\%03o' $(seq 0 255))
	for i in $(seq 400); do printf "$one"; done >"$T/binary.bin"
	every binary "$T/binary.bin"
}

@test "hostile: scm-split keeps every non-space byte of a binary file (-k)" {
	local one
	one=$(printf '\\%03o' $(seq 0 255))
	for i in $(seq 50); do printf "$one"; done >"$T/b.bin"
	scm-split -k "$T/b.bin" | cut -f6 | tr -d ' \n\t\r\v\f\\' | od -An -v -tx1 | tr -d ' \n' >"$T/got"
	LC_ALL=C tr -d ' \n\t\r\v\f\\' <"$T/b.bin" | od -An -v -tx1 | tr -d ' \n' >"$T/want"
	# the splitter also takes NBSP and the U+2000 family for space;
	# the generated bytes hold none of those as valid UTF-8
	cmp "$T/got" "$T/want"
}

# Malformed records: readers of records say FILE:LINE and exit 2;
# scm-split takes them as text and escapes the backslashes.
malformed() {
	local name=$1 line=$2 msg=$3 want=$4
	# scm-split joins lines into blocks: give it a blank line between
	printf 'd\t1\tpara\t-\t-\tA good record.\n\n%s\n' "$line" >"$T/$name.txt"
	printf 'd\t1\tpara\t-\t-\tA good record.\n%s\n' "$line" >"$T/$name.tsv"
	for tool in $(tools); do
		case $tool in
		scm-split) args "$tool" "$T/$name.txt" ;;
		*) args "$tool" "$T/$name.tsv" ;;
		esac
		try "$tool" "${A[@]}"
		case $tool in
		scm-split) [ "$st" -eq 0 ] && [ "$(sed -n 2p "$T/out" | cut -f6)" = "$want" ] ||
			bad "split: $(cat "$T/out")" ;;
		*) err2 "$T/$name.tsv:2: $msg" ;;
		esac
	done
	[ "$fails" -eq 0 ]
}
@test "hostile: a record with too few fields: FILE:LINE, exit 2" {
	malformed few "$(printf 'd\t2\tpara\t-\tshort')" "too few fields*" \
		'd 2 para - short'
}
@test "hostile: a record with too many fields: FILE:LINE, exit 2" {
	malformed many "$(printf 'd\t2\tpara\t-\t-\ttext\textra')" "too many fields*" \
		'd 2 para - - text extra'
}
@test "hostile: a bad escape \\q: FILE:LINE, exit 2" {
	malformed esc "$(printf 'd\t2\tpara\t-\t-\tbad \\q here')" "bad escape*" \
		'd 2 para - - bad \\q here'
}
@test "hostile: a trailing backslash: FILE:LINE, exit 2" {
	malformed trail "$(printf 'd\t2\tpara\t-\t-\tends in \\')" "trailing backslash*" \
		'd 2 para - - ends in \\'
}

# opfail CASE OPERAND MESSAGE: a bad operand is named, the good one after
# it still read (scm-diff: one operand bad, exit 2).
opfail() {
	local f=$1 msg=$2
	printf 'The good file.\n' >"$T/good.txt"
	for tool in $(tools); do
		case $tool in
		scm-diff) try "$tool" "$f" "$T/good.txt" ;;
		scm-count) try "$tool" -f text "$f" "$T/good.txt"
			grep -q 'The good file' "$T/out" || bad "the good operand was not read" ;;
		*) try "$tool" "$f" "$T/good.txt"
			grep -q 'The good file' "$T/out" || bad "the good operand was not read" ;;
		esac
		err2 "$f: $msg"
	done
	[ "$fails" -eq 0 ]
}
@test "hostile: a missing operand is named, the others read, exit 2" {
	opfail "$T/nosuch.txt" "No such file or directory"
}
@test "hostile: a directory operand: Is a directory, exit 2" {
	mkdir -p "$T/dir"
	opfail "$T/dir" "Is a directory"
}
@test "hostile: a path through a non-directory (file/x): Not a directory, exit 2" {
	printf 'x\n' >"$T/plain"
	opfail "$T/plain/x" "Not a directory"
}
@test "hostile: an unreadable operand: Permission denied, exit 2" {
	# chmod 000 does not stop root; procfs refuses to open write-only
	# files for reading even to root, so use one of those then.
	local f=$T/unreadable.txt
	if [ "$(id -u)" -eq 0 ]; then
		f=/proc/sys/vm/drop_caches
		! cat "$f" 2>/dev/null
	else
		printf 'secret\n' >"$f"
		chmod 000 "$f"
	fi
	opfail "$f" "Permission denied"
}
@test "hostile: a read error (EIO on /proc/self/mem) is reported, exit 2" {
	for tool in $(tools); do
		case $tool in
		scm-diff) try "$tool" /proc/self/mem /proc/self/mem ;;
		*) try "$tool" /proc/self/mem ;;
		esac
		err2 "/proc/self/mem*Input/output error"
	done
	[ "$fails" -eq 0 ]
}

# output failures need some output: our think-tank brief
case_full() { err2 "*write error*"; }
@test "hostile: > /dev/full: write error, exit 2" {
	for tool in $(tools); do
		args "$tool" "$BRIEF"
		st=0
		"$tool" "${A[@]}" >/dev/full 2>"$T/err" || st=$?
		case_full
	done
	[ "$fails" -eq 0 ]
}
@test "hostile: a closed standard output (>&-): write error, exit 2" {
	for tool in $(tools); do
		args "$tool" "$BRIEF"
		st=0
		"$tool" "${A[@]}" >&- 2>"$T/err" || st=$?
		case_full
	done
	[ "$fails" -eq 0 ]
}
@test "hostile: | head -1 is quiet: one line, no message" {
	yes 'The ROK and the U.S. reaffirmed the alliance. It is strong.' |
		head -100000 >"$T/long.txt"
	for tool in $(tools); do
		args "$tool" "$T/long.txt"
		"$tool" "${A[@]}" 2>"$T/err" | head -1 >"$T/out"
		[ "$(wc -l <"$T/out")" -eq 1 ] || bad "want one line"
		[ ! -s "$T/err" ] || bad "message after head -1"
	done
	[ "$fails" -eq 0 ]
}

# Lexicons (scm-tag -l): these rows run where scm-tag is built.
lextools() { tools | grep -x scm-tag || true; }

@test "hostile: scm-tag: a lexicon of 200,000 patterns loads and matches" {
	awk 'BEGIN { for (i = 1; i <= 200000; i++) printf "t:p%d\tpattern%d\n", i, i }' >"$T/big.lex"
	for tool in $(lextools); do
		printf 'Here is pattern199999 and pattern7.\n' >"$T/in.txt"
		try "$tool" -L -l "$T/big.lex" "$T/in.txt"
		ok0
		[ "$(cut -f5 "$T/out")" = "t:p199999,t:p7" ] || bad "tags: $(cut -f5 "$T/out")"
	done
	[ "$fails" -eq 0 ]
}

@test "hostile: scm-tag: an empty pattern is FILE:LINE, exit 2" {
	printf 't:a\tgood\nt:b\t\n' >"$T/empty.lex"
	for tool in $(lextools); do
		try "$tool" -L -l "$T/empty.lex" "$T/empty.lex"
		err2 "$T/empty.lex:2: *"
		[ ! -s "$T/out" ] || bad "output despite a bad lexicon"
	done
	[ "$fails" -eq 0 ]
}

@test "hostile: scm-tag: a pattern of 10,000 words matches that text" {
	local words
	words=$(seq -f 'w%g' 10000 | tr '\n' ' ')
	printf 't:long\t%s\n' "$words" >"$T/long.lex"
	for tool in $(lextools); do
		printf 'Before %s after.\nOnly %s\n' "$words" "$(seq -f 'w%g' 9999 | tr '\n' ' ')" >"$T/in.txt"
		try "$tool" -L -l "$T/long.lex" "$T/in.txt"
		ok0
		[ "$(cut -f5 "$T/out" | tr '\n' ' ')" = "t:long - " ] || bad "tags: $(cut -f5 "$T/out")"
	done
	[ "$fails" -eq 0 ]
}
