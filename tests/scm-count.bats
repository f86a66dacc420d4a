#!/usr/bin/env bats
# scm-count: what it counts, how it writes it, and bad input.  The
# fixture tests/fixtures/count/recs.tsv is counted by hand in the
# comments; merge properties are in scm-count-merge.bats, keyness and
# charts in scm-count-stats.bats.
load helper

R="$FIX/count/recs.tsv"
T=$'\t'

# --- what is counted ------------------------------------------------------

@test "count: tags by default, each tag of a record, most frequent first, ties by key" {
	run scm-count "$R"
	check 0 "3${T}theme:nuclear
2${T}actor:dprk
2${T}theme:deterrence
1${T}theme:alliance"
}

@test "count: records with tags - count nothing" {
	run scm-count <<<"d${T}1${T}para${T}-${T}-${T}Text."
	check 0 ""
}

@test "count: -f doc, by name and by number" {
	run scm-count -f doc "$R"
	check 0 "3${T}y2021
2${T}y2022
1${T}y2023"
	run scm-count -f 1 "$R"
	check 0 "3${T}y2021
2${T}y2022
1${T}y2023"
}

@test "count: -f section counts the absent value as -" {
	run scm-count -f section "$R"
	check 0 "3${T}Joint Communique
2${T}Annex
1${T}-"
}

@test "count: -f kind" {
	run scm-count -f kind "$R"
	check 0 "3${T}clause
2${T}para
1${T}item"
}

@test "count: -w counts folded words without stop words" {
	# tokens: north korea tested (a) nuclear device / (the) alliance (is)
	# strong / nothing (here) / extended deterrence (against) north korea /
	# extended deterrence (and) extended deterrence / nuclear group met
	run scm-count -w "$R"
	check 0 "3${T}deterrence
3${T}extended
2${T}korea
2${T}north
2${T}nuclear
1${T}alliance
1${T}device
1${T}group
1${T}met
1${T}nothing
1${T}strong
1${T}tested"
}

@test "count: -S keeps the stop words" {
	run scm-count -w --no-stop --top 3 "$R"
	check 0 "3${T}deterrence
3${T}extended
2${T}korea"
	run sh -c 'scm-count -w --no-stop "$1" | grep -c "	the$"' - "$R"
	check 0 "1"
}

@test "count: --stop FILE replaces the list (comments, blank lines, case folded)" {
	run scm-count -w --stop "$FIX/count/stop.txt" --min 2 "$R"
	check 0 "3${T}deterrence
2${T}nuclear"
	run sh -c 'scm-count -w --stop "$1" "$2" | grep -c "	the$"' - "$FIX/count/stop.txt" "$R"
	check 0 "1"
}

@test "count: -w folds case and typographic apostrophes, keeps U.S. and joiners" {
	run scm-count -w <<<"Korea’s KOREA'S korea's U.S. ROK-U.S. u.s. 1.5 percent, up 1.5."
	check 0 "3${T}korea's
2${T}1.5
2${T}u.s.
1${T}percent
1${T}rok-u.s."
}

@test "count: -n 2 skips n-grams that begin or end with a stop word" {
	run scm-count -n 2 "$R"
	check 0 "3${T}extended deterrence
2${T}north korea
1${T}group met
1${T}korea tested
1${T}nuclear device
1${T}nuclear group"
}

@test "count: -n 3 keeps stop words inside an n-gram" {
	run sh -c 'scm-count -n 3 "$1" | cut -f2' - "$R"
	check 0 "alliance is strong
deterrence against north
deterrence and extended
north korea tested
nuclear group met
tested a nuclear"
}

@test "count: -n 1 is -w; -n does not cross records" {
	run diff <(scm-count -n 1 "$R") <(scm-count -w "$R")
	check 0 ""
	run scm-count -n 2 <<<"one two
three"
	check 0 "1${T}one two"
}

@test "count: -n 2 -S counts every pair" {
	run scm-count -n 2 --no-stop <<<"a b a b"
	check 0 "2${T}a b
1${T}b a"
}

@test "count: plain text lines are records; -w counts them" {
	run scm-count -w <<<"Deterrence, deterrence and dialogue.
Dialogue!"
	check 0 "2${T}deterrence
2${T}dialogue"
}

@test "count: -f text counts whole lines; TAB and backslash escaped; empty key kept" {
	run scm-count -f text < <(printf 'a\tb\\c\n\n\n')
	check 0 "2${T}
1${T}a\\tb\\\\c"
}

@test "count: NUL and invalid UTF-8 in keys survive" {
	run sh -c 'printf "x\0y\n\377z\n" | scm-count -f text | od -An -c | tr -s " "'
	check 0 " 1 \t x \0 y \n 1 \t 377 z \n"
}

@test "count: -w on -f section counts the words of that field" {
	run scm-count -w -f section "$R"
	check 0 "3${T}communique
3${T}joint
2${T}annex"
}

@test "count: output does not depend on input order" {
	run diff <(scm-count -w -b doc "$R") <(tac "$R" | scm-count -w -b doc)
	check 0 ""
	run diff <(scm-count -n 2 "$R") <(sort -r "$R" | scm-count -n 2)
	check 0 ""
}

@test "count: a line of several megabytes" {
	run sh -c 'awk "BEGIN { for (i = 0; i < 400000; i++) printf \"deterrence alliance \"; print \"\" }" | scm-count -w'
	check 0 "400000${T}alliance
400000${T}deterrence"
}

# --- groups ---------------------------------------------------------------

@test "groups: -b doc writes count, group, key; ties by group then key" {
	run scm-count -b doc "$R"
	check 0 "2${T}y2022${T}theme:deterrence
1${T}y2021${T}actor:dprk
1${T}y2021${T}theme:alliance
1${T}y2021${T}theme:nuclear
1${T}y2022${T}actor:dprk
1${T}y2022${T}theme:nuclear
1${T}y2023${T}theme:nuclear"
}

@test "groups: --wide, groups in order of first appearance, zeros filled" {
	run scm-count -b doc --wide "$R"
	check 0 "key${T}y2021${T}y2022${T}y2023
theme:nuclear${T}1${T}1${T}1
actor:dprk${T}1${T}1${T}0
theme:deterrence${T}0${T}2${T}0
theme:alliance${T}1${T}0${T}0"
	run sh -c 'tac "$1" | scm-count -b doc -W | head -1' - "$R"
	check 0 "key${T}y2023${T}y2022${T}y2021"
}

@test "groups: --wide -r gives shares of the group's records" {
	run scm-count -b doc -W -r --top 1 "$R"
	check 0 "key${T}y2021${T}y2022${T}y2023
theme:nuclear${T}0.333333${T}0.500000${T}1.000000"
}

@test "groups: a group name with a TAB is escaped" {
	run scm-count -b section -f doc <<<"d${T}1${T}para${T}a\\tb${T}-${T}x"
	check 0 "1${T}a\\tb${T}d"
}

# --- totals and relative frequency ----------------------------------------

@test "totals: -T writes the counted records first, per group in order" {
	run scm-count -T -b doc --min 2 "$R"
	check 0 "3${T}y2021${T}\\#records
2${T}y2022${T}\\#records
1${T}y2023${T}\\#records
2${T}y2022${T}theme:deterrence"
}

@test "totals: -T with -w counts every word, stop words included" {
	# 6 + 4 + 2 + 5 + 5 + 3 words
	run scm-count -T -w --top 0 "$R"
	check 0 "25${T}\\#words"
}

@test "totals: -T on empty input still writes the total" {
	run scm-count -T </dev/null
	check 0 "0${T}\\#records"
}

@test "relative: -r is the share of records for fields" {
	run scm-count -r "$R"
	check 0 "3${T}0.500000${T}theme:nuclear
2${T}0.333333${T}actor:dprk
2${T}0.333333${T}theme:deterrence
1${T}0.166667${T}theme:alliance"
}

@test "relative: -r is per 1,000 words for -w, per group with -b" {
	# 25 words in all; y2022 has 10
	run scm-count -r -w --top 1 "$R"
	check 0 "3${T}120.0000${T}deterrence"
	run scm-count -r -w -b doc --top 1 "$R"
	check 0 "3${T}300.0000${T}y2022${T}deterrence"
}

# --- top, min, JSON -------------------------------------------------------

@test "top and min: after counting" {
	run scm-count --top 2 "$R"
	check 0 "3${T}theme:nuclear
2${T}actor:dprk"
	run scm-count -N 0 "$R"
	check 0 ""
	run scm-count --min 3 "$R"
	check 0 "3${T}theme:nuclear"
	run scm-count -M 2 -N 1 -b doc "$R"
	check 0 "2${T}y2022${T}theme:deterrence"
}

@test "json: -J, with groups, totals and -r" {
	run scm-count -J --top 1 "$R"
	check 0 '{"count":3,"key":"theme:nuclear"}'
	run scm-count -J -b doc -T --top 1 "$R"
	check 0 '{"total":3,"group":"y2021","unit":"records"}
{"total":2,"group":"y2022","unit":"records"}
{"total":1,"group":"y2023","unit":"records"}
{"count":2,"group":"y2022","key":"theme:deterrence"}'
	run scm-count -J -r -w -N 1 "$R"
	check 0 '{"count":3,"freq":120.0000,"key":"deterrence"}'
	run scm-count -J -W -b doc -N 1 "$R"
	check 0 '{"key":"theme:nuclear","counts":{"y2021":1,"y2022":1,"y2023":1}}'
}

@test "json: keys with quotes, TAB and bad UTF-8" {
	run sh -c 'printf "say \"hi\"\tx\n\377\n" | scm-count -J -f text'
	check 0 '{"count":1,"key":"say \"hi\"\tx"}
{"count":1,"key":"\udcff"}'
}

# --- errors ---------------------------------------------------------------

@test "error: unknown field for -f and -b" {
	run scm-count -f nosuch "$R"
	check 2 "scm-count: -f: unknown field: nosuch"
	run scm-count -b 7 "$R"
	check 2 "scm-count: -b: unknown field: 7"
}

@test "error: bad numbers" {
	run scm-count -n 0 "$R"
	check 2 "scm-count: -n: 0 is out of range 1..64"
	run scm-count --top x "$R"
	check 2 "scm-count: --top: not a number: x"
	run scm-count --min 0 "$R"
	[ "$status" -eq 2 ]
	[[ "$output" == *"--min: 0 is out of range"* ]]
	run scm-count --top -1 "$R"
	[ "$status" -eq 2 ]
}

@test "error: options that do not go together" {
	run scm-count --no-stop "$R"
	check 2 "scm-count: --no-stop and --stop go with -w or -n"
	run scm-count -w --no-stop --stop "$FIX/count/stop.txt" "$R"
	check 2 "scm-count: --no-stop and --stop exclude each other"
	run scm-count --wide "$R"
	check 2 "scm-count: --wide needs groups (-b)"
	run scm-count --keyness y2022 "$R"
	check 2 "scm-count: --keyness needs groups (-b)"
	run scm-count -T -r "$R"
	check 2 "scm-count: --totals writes mergeable counts: no -r, --wide, --chart or --keyness"
	run scm-count -c -J "$R"
	check 2 "scm-count: --chart: no -J, --wide or --keyness"
	run scm-count -b doc -W -K y2022 "$R"
	check 2 "scm-count: --wide and --keyness exclude each other"
	run scm-count --merge -w "$R"
	check 2 "scm-count: --merge counts keys already counted: no -b, -f, -n, -w, --stop, --no-stop or --all-kinds"
}

@test "error: missing --stop file" {
	run scm-count -w --stop "$BATS_TEST_TMPDIR/nosuch" "$R"
	check 2 "scm-count: $BATS_TEST_TMPDIR/nosuch: No such file or directory"
}

@test "error: missing and directory operands are named, the rest counted, exit 2" {
	run scm-count -f doc "$BATS_TEST_TMPDIR/nosuch" "$R" "$BATS_TEST_TMPDIR"
	check 2 "scm-count: $BATS_TEST_TMPDIR/nosuch: No such file or directory
scm-count: $BATS_TEST_TMPDIR: Is a directory
3${T}y2021
2${T}y2022
1${T}y2023"
}

@test "error: a malformed record is named with its line, exit 2" {
	run scm-count < <(printf 'd\t1\tpara\t-\t-\tok\nd\t2\tpara\t-\t-\tbad\\q\n')
	check 2 "scm-count: -:2: bad escape (only \\\\, \\t, \\n, \\r)"
}

@test "error: write error on /dev/full exits 2 with a message" {
	run sh -c 'scm-count -w "$1" >/dev/full' - "$R"
	check 2 "scm-count: <stdout>: write error: No space left on device"
}

@test "error: | head -1 ends quietly" {
	run sh -c 'seq 200000 | scm-count -f text | head -1'
	check 0 "1${T}1"
}

@test "usage: bad option, --help equals the man page SYNOPSIS, --version" {
	run scm-count -Z
	[ "$status" -eq 2 ]
	[[ "$output" == *"usage: scm-count ["* ]]
	run scm-count --help
	[ "$status" -eq 0 ]
	if command -v mandoc >/dev/null; then
		syn=$(mandoc -Tascii "$SCM_TOP/man/scm-count.1" | col -b |
			sed -n '/^SYNOPSIS/,/^DESCRIPTION/p' | sed '1d;$d' |
			tr -s ' \t\n' '   ' | sed 's/^ //; s/ $//')
		[ "usage: $syn" = "${lines[0]}" ]
	fi
	[[ "$output" == "usage: scm-count [-chJmrTwW] [-b field]"* ]]
	run scm-count --version
	[ "$status" -eq 0 ]
	[[ "$output" == "scm-count "[0-9]* ]]
}

@test "count: the number that opens a clause is no word of it" {
	run sh -c "printf '1. The allies met.\n\n2. The allies agreed in 2025.\n' | scm-split | scm-count -w"
	check 0 "2	allies
1	2025
1	agreed
1	met"
}

@test "count -w: accented Latin letters count as their base letter, other scripts fold case" {
	run sh -c "printf 'The Communiqué and the communique. DÉTENTE, détente; naïve. ΔΕΛΤΑ δελτα МОСКВА москва Æ æ.\n' | scm-count -w --no-stop"
	check 0 "2	communique
2	detente
2	the
2	æ
2	δελτα
2	москва
1	and
1	naive"
	# an accent written as a combining mark is counted as written
	run sh -c "printf 'communique\\314\\201\n' | scm-count -w | cut -f2 | od -An -c | tr -s ' '"
	check 0 " c o m m u n i q u e 314 201 \\n"
}

@test "count: bylines, captions and chrome (meta, noise) are no words or tags of the text, unless --all-kinds" {
	rec() { printf 'd\t%s\t%s\t-\t%s\t%s\n' "$@"; }
	{
		rec 1 meta - "Posted 2026-11-05 Updated 2026-11-05"
		rec 2 meta actor:rok "By Lee Ha-eun"
		rec 3 para actor:rok,theme:nuclear "The allies met in Seoul."
		rec 4 noise - "Share Print"
	} >"$BATS_TEST_TMPDIR/r.tsv"
	run scm-count -w "$BATS_TEST_TMPDIR/r.tsv"
	check 0 "1	allies
1	met
1	seoul"
	run scm-count "$BATS_TEST_TMPDIR/r.tsv"
	check 0 "1	actor:rok
1	theme:nuclear"
	run sh -c "scm-count -w --all-kinds '$BATS_TEST_TMPDIR/r.tsv' | head -1"
	check 0 "2	2026-11-05"
	run scm-count --all-kinds "$BATS_TEST_TMPDIR/r.tsv"
	check 0 "2	actor:rok
1	theme:nuclear"
	# counting the kinds counts every record
	run scm-count -f kind "$BATS_TEST_TMPDIR/r.tsv"
	check 0 "2	meta
1	noise
1	para"
}
@test "count -w: an en dash or a typographic hyphen inside a word counts as a hyphen: two copies of one text count alike" {
	printf 'The ROK-U.S. alliance and the non-nuclear pledge.\n' >"$BATS_TEST_TMPDIR/a.txt"
	printf 'The ROK\342\200\223U.S. alliance and the non\342\200\221nuclear pledge.\n' >"$BATS_TEST_TMPDIR/b.txt"
	run scm-count -w -b doc --wide "$BATS_TEST_TMPDIR/a.txt" "$BATS_TEST_TMPDIR/b.txt"
	check 0 "key	a	b
alliance	1	1
non-nuclear	1	1
pledge	1	1
rok-u.s.	1	1"
	# a dash between words still parts them
	run sh -c "printf 'deterrence \342\200\223 and dialogue\n' | scm-count -w --plain | cut -f2"
	check 0 "deterrence
dialogue"
}
@test "count -w: an en dash joins only beside an abbreviation in capitals (ROK–U.S.), not a range or two names" {
	run sh -c "printf 'From 1990\342\200\2232025, the Korea\342\200\223United States alliance and Korea\342\200\223U.S. ties\n' | scm-count -w --plain | cut -f2 | sort"
	check 0 "1990
2025
alliance
korea
korea-u.s.
states
ties
united"
}
