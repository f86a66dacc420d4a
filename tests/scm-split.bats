#!/usr/bin/env bats
# scm-split: basic behaviour and bad input.  Document fixtures are in
# scm-split-docs.bats; properties in scm-split-props.bats.
load helper

@test "split: empty input gives no output, exit 0" {
	run scm-split </dev/null
	check 0 ""
}

@test "split: stdin is labelled -" {
	run scm-split <<<"One paragraph here."
	check 0 "-	1	para	-	-	One paragraph here."
}

@test "split: -d sets the label" {
	run scm-split -d scm2022 <<<"One paragraph here."
	check 0 "scm2022	1	para	-	-	One paragraph here."
}

@test "split: label is the file name without directory and extension" {
	printf 'Text here.\n' >"$BATS_TEST_TMPDIR/scm-2022.txt"
	run scm-split "$BATS_TEST_TMPDIR/scm-2022.txt"
	check 0 "scm-2022	1	para	-	-	Text here."
}

@test "split: missing file is named, others still processed, exit 2" {
	printf 'Text here.\n' >"$BATS_TEST_TMPDIR/a.txt"
	run scm-split "$BATS_TEST_TMPDIR/nosuch.txt" "$BATS_TEST_TMPDIR/a.txt"
	[ "$status" -eq 2 ]
	[[ "$output" == *"scm-split: $BATS_TEST_TMPDIR/nosuch.txt: No such file or directory"* ]]
	[[ "$output" == *"a	1	para	-	-	Text here."* ]]
}

@test "split: a directory operand is an error" {
	run scm-split "$BATS_TEST_TMPDIR"
	[ "$status" -eq 2 ]
	[[ "$output" == *"Is a directory"* ]]
}

@test "split: write error on /dev/full exits 2 with a message" {
	run sh -c 'scm-split "$1" >/dev/full' - "$BRIEF"
	[ "$status" -eq 2 ]
	[[ "$output" == *"write error"* ]]
}

@test "split: | head -1 ends quietly" {
	run sh -c 'yes "A sentence. Another one." | head -200000 | scm-split -u sentence | head -1'
	check 0 "-	1.1	para	-	-	A sentence."
}

@test "split: bad option is a usage error" {
	run scm-split -Z
	[ "$status" -eq 2 ]
	[[ "$output" == *"usage: scm-split"* ]]
}

@test "split: bad unit is an error" {
	run scm-split -u word </dev/null
	[ "$status" -eq 2 ]
	[[ "$output" == *"unknown unit"* ]]
}

@test "split: --version and --help" {
	run scm-split --version
	[ "$status" -eq 0 ]
	[[ "$output" == "scm-split "[0-9]* ]]
	run scm-split --help
	[ "$status" -eq 0 ]
	[[ "$output" == "usage: scm-split"* ]]
}

@test "split: -J writes JSON Lines" {
	run scm-split -J -d x <<<"Hello “world”."
	check 0 '{"doc":"x","loc":"1","kind":"para","section":null,"tags":[],"text":"Hello “world”."}'
}

# ---- bad input --------------------------------------------------------

@test "split: no final newline" {
	run sh -c 'printf "Last line here." | scm-split'
	check 0 "-	1	para	-	-	Last line here."
}

@test "split: CRLF line ends leave no CR behind" {
	run sh -c 'printf "One here.\r\n\r\nTwo here.\r\n" | scm-split'
	check 0 "-	1	para	-	-	One here.
-	2	para	-	-	Two here."
}

@test "split: a byte-order mark is white space, not text" {
	run sh -c 'printf "\357\273\277Title here.\n" | scm-split'
	check 0 "-	1	para	-	-	Title here."
}

@test "split: NUL bytes are carried" {
	run sh -c 'printf "A\000B here.\n" | scm-split | tr "\000" @'
	check 0 "-	1	para	-	-	A@B here."
}

@test "split: invalid UTF-8 is carried byte for byte" {
	run sh -c 'printf "Bad \377\376 bytes.\n" | scm-split | cut -f6 | od -An -tx1 | tr -d " \n"'
	check 0 "42616420fffe2062797465732e0a"
}

@test "split: invalid UTF-8 in JSON as \\udcXX" {
	run sh -c 'printf "Bad \377.\n" | scm-split -J | cut -d, -f6'
	check 0 '"text":"Bad \udcff."}'
}

@test "split: a 10 MB line" {
	run sh -c 'yes "The alliance is strong." | head -c 10000000 | tr "\n" " " | scm-split | wc -l'
	check 0 "1"
	run sh -c 'yes "The alliance is strong." | head -c 10000000 | tr "\n" " " | scm-split -u sentence | wc -l'
	check 0 "416667"
}

@test "split: a binary file is refused, exit 2" {
	run sh -c 'scm-split "$1" >/dev/null' - "$SCM_BIN/scm-split"
	check 2 "scm-split: $SCM_BIN/scm-split: a program; convert it to text first"
}

@test "split: a file that cannot be read is named, exit 2" {
	if [ "$(id -u)" = 0 ]; then
		f=/proc/self/mem		# opens, but reading it fails
	else
		f=$BATS_TEST_TMPDIR/locked.txt
		printf 'x\n' >"$f"
		chmod 000 "$f"
	fi
	printf 'Text here.\n' >"$BATS_TEST_TMPDIR/b.txt"
	run scm-split "$f" "$BATS_TEST_TMPDIR/b.txt"
	[ "$status" -eq 2 ]
	[[ "$output" == *"scm-split: $f"* ]]
	[[ "$output" == *"b	1	para	-	-	Text here."* ]]
}

@test "split: --abbrev adds abbreviations" {
	printf '# ranks\nInsp.\nCdre\n' >"$BATS_TEST_TMPDIR/ab"
	run sh -c 'echo "Ask Insp. Yoon and Cdre. Park. They know." | scm-split -u sentence --abbrev "$1" | cut -f6' - "$BATS_TEST_TMPDIR/ab"
	check 0 "Ask Insp. Yoon and Cdre. Park.
They know."
	run sh -c 'echo "Ask Insp. Yoon and Cdre. Park. They know." | scm-split -u sentence | cut -f6'
	check 0 "Ask Insp.
Yoon and Cdre.
Park.
They know."
}

@test "split: --abbrev with a missing file is an error" {
	run scm-split --abbrev "$BATS_TEST_TMPDIR/none" </dev/null
	[ "$status" -eq 2 ]
	[[ "$output" == *"$BATS_TEST_TMPDIR/none"* ]]
}

@test "split: --abbrev with an empty abbreviation is an error" {
	printf 'Gen.\n.\n' >"$BATS_TEST_TMPDIR/ab"
	run scm-split --abbrev "$BATS_TEST_TMPDIR/ab" </dev/null
	[ "$status" -eq 2 ]
	[[ "$output" == *"ab:2: empty abbreviation"* ]]
}

@test "split: output error after many records exits 2" {
	run sh -c 'yes "A sentence here." | head -100000 | scm-split -u sentence >/dev/full'
	[ "$status" -eq 2 ]
	[[ "$output" == *"<stdout>"* ]]
}

# ---- repairs and kinds, one line of input each ------------------------

t() {	# t OPTIONS... : split stdin (printf'd $IN), print loc kind text
	printf "$IN" | scm-split "$@" | cut -f2,3,6 | tr '\t' ' '
}

@test "repair: a hyphenated line break is joined" {
	IN='The two sides held consul-\n      tations on it.\n' run t
	check 0 "1 para The two sides held consultations on it."
}

@test "repair: the hyphen stays before a capital" {
	IN='progress of inter-\nKorean talks.\n' run t
	check 0 "1 para progress of inter-Korean talks."
}

@test "repair: the hyphen stays in known compounds" {
	IN='the conditions-\nbased transition and a co-\nchaired meeting.\n' run t
	check 0 "1 para the conditions-based transition and a co-chaired meeting."
}

@test "repair: a torn ordinal below its number" {
	IN='1. The 49   Republic of Korea meeting was held.\n        th\n' run t
	check 0 "1 clause 1. The 49th Republic of Korea meeting was held."
}

@test "repair: a torn ordinal above its number" {
	IN='            th\n1. The 49   Republic of Korea meeting was held.\n' run t
	check 0 "1 clause 1. The 49th Republic of Korea meeting was held."
}

@test "repair: a torn ordinal at the end of a line" {
	IN='They noted the 42\nnd\nanniversary of the treaty.\n' run t
	check 0 "1 para They noted the 42nd anniversary of the treaty."
}

@test "repair: a suffix that does not fit its number is kept as noise" {
	IN='They noted the 41\nnd\nanniversary.\n' run t -k
	check 0 "1 para They noted the 41 anniversary.
2 noise nd"
}

@test "repair: <sup> and <br /> leftovers" {
	IN='The 56<sup>th</sup> SCM ended.<br />It was long.\n' run t -u sentence
	check 0 "1.1 para The 56th SCM ended.
1.2 para It was long."
}

@test "repair: page header and number inside a clause become noise blocks after it" {
	IN='1. The Minister noted that the\nPage 3 - 57th Security Consultative Meeting\nP. 3\n   alliance is strong.\n2. Next one.\n' run t -k
	check 0 "1 clause 1. The Minister noted that the alliance is strong.
2 noise Page 3 - 57th Security Consultative Meeting
3 noise P. 3
4 clause 2. Next one."
}

@test "repair: a page break with blank lines inside a clause" {
	IN='1. The Minister noted that the\n\n                 2 / 8\n\nalliance is strong.\n' run t -k
	check 0 "1 clause 1. The Minister noted that the alliance is strong.
2 noise 2 / 8"
}

@test "repair: noise is dropped without -k, its number kept" {
	IN='12\n\n1. The alliance is strong.\n' run t
	check 0 "2 clause 1. The alliance is strong."
}

@test "blocks: numbered clauses without blank lines" {
	IN='  1. First clause text.\n  2. Second clause\n     text.\n' run t
	check 0 "1 clause 1. First clause text.
2 clause 2. Second clause text."
}

@test "blocks: a wrapped line that starts with a number is not a clause" {
	IN='1. The talks covered\n3. items only.\n' run t
	check 0 "1 clause 1. The talks covered 3. items only."
}

@test "blocks: inline clause numbers on one line" {
	IN='1. Talks were held in 2005. 2. Secretary Rumsfeld spoke. 3. The end came.\n' run t
	check 0 "1 clause 1. Talks were held in 2005.
2 clause 2. Secretary Rumsfeld spoke.
3 clause 3. The end came."
}

@test "blocks: No. 2, decimals, times and skipped numbers are not inline clauses" {
	IN='1. See No. 2. The rate was 2.5 at 2 p.m. 4. The end. 3 more came.\n' run t
	check 0 "1 clause 1. See No. 2. The rate was 2.5 at 2 p.m. 4. The end. 3 more came."
}

@test "blocks: enumerated lines" {
	IN='The plan has two parts:\n(1) deter threats;\n(2) build trust.\na. One more.\n' run t
	check 0 "1 para The plan has two parts:
2 item (1) deter threats;
3 item (2) build trust.
4 item a. One more."
}

@test "kinds: web leftovers are noise" {
	IN='Skip to main content\nHome > Commentary > Alliance\n\nFacebook Twitter Email\n\n1 2 3 4 5 Next\n\nMore In Commentary\n' run t -k
	check 0 "1 noise Skip to main content
2 noise Home > Commentary > Alliance
3 noise Facebook Twitter Email
4 noise 1 2 3 4 5 Next
5 noise More In Commentary"
}

@test "kinds: meta lines" {
	IN='Date 2025-03-14 View 2,318\n\nBy Min Ji Seo\n\n(mjseo@example.org)\n\nMin Ji Seo is a senior fellow at the institute.\n' run t
	check 0 "1 meta Date 2025-03-14 View 2,318
2 meta By Min Ji Seo
3 meta (mjseo@example.org)
4 meta Min Ji Seo is a senior fellow at the institute."
}

@test "kinds: a name before an e-mail is a byline, before a paragraph a heading" {
	IN='Min Ji Seo\n\n(mjseo@example.org)\n\nFuture Tasks\n\nThe two sides should act.\n' run t
	check 0 "1 meta Min Ji Seo
2 meta (mjseo@example.org)
3 heading Future Tasks
4 para The two sides should act."
}

@test "kinds: First, ... Lastly, paragraphs are items" {
	IN='First, one.\n\nSecondly, two.\n\nLastly, three.\n\nFinally, four.\n\nFirst of all, five.\n' run t
	check 0 "1 item First, one.
2 item Secondly, two.
3 item Lastly, three.
4 item Finally, four.
5 item First of all, five."
}

@test "kinds: a heading sets the section, the next heading replaces it" {
	run sh -c 'printf "Introduction\n\nBody one.\n\nOutlook\n\nBody two.\n" | scm-split | cut -f2,3,4'
	check 0 "1	heading	-
2	para	Introduction
3	heading	Introduction
4	para	Outlook"
}

@test "kinds: NBSP-only lines separate blocks" {
	IN='One para.\n\302\240\nTwo para.\n' run t
	check 0 "1 para One para.
2 para Two para."
}

@test "repair: a running header repeating a heading, inside a clause, is noise" {
	IN='Joint Communique 2025\n\n1. The Minister noted that the\nJoint Communique 2025\nalliance is strong.\n\nJoint Communique 2025\n' run t -k
	check 0 "1 heading Joint Communique 2025
2 clause 1. The Minister noted that the alliance is strong.
3 noise Joint Communique 2025
4 noise Joint Communique 2025"
}

@test "every tool: --progress writes one line per input on stderr, output unchanged" {
	f="$EX/scm-2024.txt"
	for t in scm-split scm-tag scm-count; do
		a=
		[ "$t" != scm-count ] || a=-w	# plain text has no tags to count
		run sh -c "$t $a --progress '$f' 2>/dev/null | cksum; $t $a '$f' | cksum"
		[ "${lines[0]}" = "${lines[1]}" ]
		run sh -c "$t $a --progress '$f' 2>&1 >/dev/null"
		[[ "$output" == "$t: $f: "*"(100%)"* ]]
	done
	run sh -c "scm-diff --progress '$f' '$f' 2>&1 >/dev/null"
	[ "${#lines[@]}" -eq 2 ] && [[ "${lines[1]}" == *"(100%)"* ]]
	run sh -c "scm-split '$f' 2>&1 >/dev/null"
	check 0 ""
}
