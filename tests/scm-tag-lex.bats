#!/usr/bin/env bats
# scm-tag: lexicons in our format, LIWC .dic and Lexicoder .lc3, and bad ones.
load helper
T="$FIX/tag"
S="North Korea's provocations threaten peace on the Korean Peninsula; an ICBM and two SLBMs; the NIS said nis."

@test "lex: our format loads, = is case-sensitive, * takes endings" {
	run sh -c 'echo "$1" | scm-tag -L -l "$2" | cut -f5' - "$S" "$T/mini.lex"
	check 0 "org:nis,place:peninsula,weapon:icbm,weapon:slbm"
}

@test "lex: a LIWC .dic loads; categories become label:name" {
	run sh -c 'echo "$1" | scm-tag -L -l "$2" | cut -f5' - "$S" "$T/mini.dic"
	check 0 "mini:calm,mini:place,mini:threat"
}

@test "lex: a Lexicoder .lc3 loads; categories become label:name" {
	run sh -c 'echo "$1" | scm-tag -L -l "$2" | cut -f5' - "$S" "$T/mini.lc3"
	check 0 "mini:negative,mini:positive"
}

@test "lex: the format is told by content, not by name" {
	cp "$T/mini.dic" "$BATS_TEST_TMPDIR/liwc.txt"
	run sh -c 'echo "peace" | scm-tag -L -l "$1" | cut -f5' - "$BATS_TEST_TMPDIR/liwc.txt"
	check 0 "liwc:calm"
}

@test "lex: several -l add up, with the built-in one" {
	run sh -c 'echo "$1" | scm-tag -l "$2" -l "$3" | cut -f5' - "$S" "$T/mini.lex" "$T/mini.lc3"
	check 0 "actor:dprk,mini:negative,mini:positive,org:nis,place:peninsula,theme:missile,weapon:icbm,weapon:slbm"
}

@test "lex: comments, blank lines and CRLF in our format" {
	printf '# c\r\n\r\n  \r\nx:y\tpeace talks\r\n' >"$BATS_TEST_TMPDIR/crlf.lex"
	run sh -c 'echo "peace  talks" | scm-tag -L -l "$1" | cut -f5' - "$BATS_TEST_TMPDIR/crlf.lex"
	check 0 "x:y"
}

@test "lex: a LIWC category may be named with a namespace" {
	printf '%%\n1\tmy:cat\n%%\nword\t1\n' >"$BATS_TEST_TMPDIR/ns.dic"
	run sh -c 'echo "a word" | scm-tag -L -l "$1" | cut -f5' - "$BATS_TEST_TMPDIR/ns.dic"
	check 0 "my:cat"
}

@test "lex: the same entry twice gives one tag" {
	printf 'x:y\tpeace\nx:y\tpeace\nx:y\tPEACE\n' >"$BATS_TEST_TMPDIR/dup.lex"
	run sh -c 'echo "peace" | scm-tag -o -L -l "$1"' - "$BATS_TEST_TMPDIR/dup.lex"
	check 0 "-	1	x:y	0	5	peace"
}

@test "lex: a tag named - hides shorter matches of its namespace" {
	printf 'p:city\tWashington\np:-\tWashington state\n' >"$BATS_TEST_TMPDIR/h.lex"
	run sh -c 'printf "Washington\nWashington state\n" | scm-tag -L -l "$1" | cut -f5' - "$BATS_TEST_TMPDIR/h.lex"
	check 0 "p:city
-"
}

@test "lex: an empty lexicon is fine" {
	: >"$BATS_TEST_TMPDIR/empty.lex"
	run scm-tag -L -l "$BATS_TEST_TMPDIR/empty.lex" <<<"Seoul"
	check 0 "-	1	para	-	-	Seoul"
}

@test "lex: 100,000 patterns load" {
	awk 'BEGIN { for (i = 0; i < 100000; i++) printf "n:p%d\tword%d phrase%d\n", i % 7, i, i }' >"$BATS_TEST_TMPDIR/big.lex"
	run sh -c 'echo "so word99999 phrase99999 here" | scm-tag -L -l "$1" | cut -f5' - "$BATS_TEST_TMPDIR/big.lex"
	check 0 "n:p4"
}

# ---- errors: file, line, what ----

lexerr() {	# lexerr CONTENT MESSAGE: loading CONTENT fails with MESSAGE
	printf '%b' "$1" >"$BATS_TEST_TMPDIR/lex.txt"
	run scm-tag -L -l "$BATS_TEST_TMPDIR/lex.txt" </dev/null
	check 2 "scm-tag: $BATS_TEST_TMPDIR/lex.txt:$2"
}

@test "lex error: empty pattern" {
	lexerr 'a:b\tx\n# c\na:b\t\n' "3: empty pattern"
}

@test "lex error: missing TAB" {
	lexerr 'a:b\tx\na:b x\n' "2: missing TAB between tag and pattern"
}

@test "lex error: tag without a namespace" {
	lexerr 'ab\tx\n' "1: bad tag (want namespace:name)"
}

@test "lex error: tag with an empty name" {
	lexerr 'ab:\tx\n' "1: bad tag (want namespace:name)"
}

@test "lex error: tag with a comma or space" {
	lexerr 'a:b,c\tx\n' "1: bad tag (white space, comma or control character)"
	lexerr 'a:b c\tx\n' "1: bad tag (white space, comma or control character)"
}

@test "lex error: * inside a pattern" {
	lexerr 'a:b\tnu*clear\n' "1: '*' only at the end of a pattern"
}

@test "lex error: * after punctuation" {
	lexerr 'a:b\tU.S.*\n' "1: '*' must follow a letter or digit"
}

@test "lex error: a pattern of punctuation only is fine, spaces only is empty" {
	lexerr 'a:b\t   \n' "1: empty pattern"
}

@test "lex error: = alone" {
	lexerr 'a:b\t=\n' "1: empty pattern"
}

@test "lex error: LIWC unknown category" {
	lexerr '%%\n1\tx\n%%\nword\t1\nother\t7\n' "5: unknown category"
}

@test "lex error: LIWC pattern without a category" {
	lexerr '%%\n1\tx\n%%\nword\n' "4: pattern without a category"
}

@test "lex error: LIWC category table not closed" {
	lexerr '%%\n1\tx\n2\ty\n' "3: category table not closed by '%'"
}

@test "lex error: LIWC category without a name" {
	lexerr '%%\n1\n%%\n' "2: category without a name"
}

@test "lex error: Lexicoder empty category" {
	lexerr '+\nword\n' "1: empty category name"
}

@test "lex error: Lexicoder bad category" {
	lexerr '+bad cat\nword\n' "1: bad tag (white space, comma or control character)"
}

@test "lex error: missing lexicon file" {
	run scm-tag -l "$BATS_TEST_TMPDIR/nosuch.lex" </dev/null
	check 2 "scm-tag: $BATS_TEST_TMPDIR/nosuch.lex: No such file or directory"
}

@test "lex error: a directory as lexicon" {
	run scm-tag -l "$BATS_TEST_TMPDIR" </dev/null
	check 2 "scm-tag: $BATS_TEST_TMPDIR: Is a directory"
}

@test "lex error: no output is written when a lexicon is bad" {
	printf 'bad\n' >"$BATS_TEST_TMPDIR/bad.lex"
	run sh -c 'echo Seoul | scm-tag -l "$1" 2>/dev/null' - "$BATS_TEST_TMPDIR/bad.lex"
	check 2 ""
}

@test "lex: surname:ACTOR:SURNAME entries, in a lexicon of one's own, give the actor to the surname alone later in the document" {
	printf 'actor:fr\tEmmanuel Macron\nsurname:fr:Macron\tEmmanuel Macron\n' >"$BATS_TEST_TMPDIR/p.lex"
	run sh -c 'printf "%s\n" "Macron spoke." "Emmanuel Macron arrived." "Macron spoke." | scm-tag -L -l "$1" | cut -f5' - "$BATS_TEST_TMPDIR/p.lex"
	check 0 "-
actor:fr
actor:fr"
	# an entry without its surname is none
	printf 'surname:fr\tEmmanuel Macron\n' >"$BATS_TEST_TMPDIR/q.lex"
	run sh -c 'printf "%s\n" "Emmanuel Macron arrived." "Macron spoke." | scm-tag -L -l "$1" | cut -f5' - "$BATS_TEST_TMPDIR/q.lex"
	check 0 "-
-"
}

@test "lex: long-range rockets are missiles, rocket artillery and its launchers are not" {
	run sh -c "printf '%s\n' 'North Korea tested long-range rockets.' 'The long-range rocket artillery fired.' 'Long-range rocket launchers moved.' | scm-tag | cut -f5"
	check 0 "actor:dprk,theme:missile
-
-"
}
