#!/usr/bin/env bats
# The example scripts of examples/, run on the example documents, their
# output checked for its structure (the figures themselves are the
# tools' business, tested in their own suites).
load helper
bats_require_minimum_version 1.5.0

export SCM_BIN

setup() {
	NDOC=$(ls "$EX"/*.txt | wc -l)
	[ "$NDOC" -ge 2 ] || { echo "examples/ holds $NDOC documents" >&2; return 1; }
}

# section TITLE: the lines of $output under "== TITLE...", up to the next "==".
section() {
	printf '%s\n' "$output" | awk -v t="== $1" '
		index($0, t) == 1 { on = 1; next }
		/^== / { on = 0 }
		on && NF' 
}

# The labels of the example documents (of the yearly communiques with -y),
# one per line.
labels() {
	g='*'
	[ "${1:-}" = -y ] && g='scm-[0-9][0-9][0-9][0-9]'
	for f in "$EX"/$g.txt; do
		b=${f##*/}
		echo "${b%.txt}"
	done
}

istagcounts() {	# lines "count<TAB>ns:name", counts not increasing
	awk -F '\t' '
		NF != 2 || $1 !~ /^[0-9]+$/ || $2 !~ /^(actor|theme|stance):[a-z-]+$/ { bad = 1 }
		NR > 1 && $1 + 0 > last + 0 { bad = 1 }
		{ last = $1 }
		END { exit bad || NR == 0 }'
}

# --- pipeline.sh

@test "pipeline.sh: the three sections, in order" {
	run "$EX/pipeline.sh"
	[ "$status" -eq 0 ]
	run sh -c 'printf "%s\n" "$1" | grep "^== " | sed "s/[0-9][0-9]*/N/g"' - "$output"
	check 0 "== N sentences in N documents
== the most frequent tags
== themes by document"
}

@test "pipeline.sh: counts every sentence of every example" {
	n=$(scm-split -u sentence "$EX"/*.txt | wc -l)
	[ "$n" -gt 0 ]
	run "$EX/pipeline.sh"
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" == "== $n sentences in $NDOC documents" ]]
}

@test "pipeline.sh: the top tags are count<TAB>tag, most frequent first, at most 15" {
	run "$EX/pipeline.sh"
	[ "$status" -eq 0 ]
	section "the most frequent tags" >"$BATS_TEST_TMPDIR/top"
	istagcounts <"$BATS_TEST_TMPDIR/top"
	[ "$(wc -l <"$BATS_TEST_TMPDIR/top")" -le 15 ]
}

@test "pipeline.sh: the theme table has a column per document, a row per theme" {
	run "$EX/pipeline.sh"
	[ "$status" -eq 0 ]
	section "themes by document" >"$BATS_TEST_TMPDIR/t"
	head -n 1 "$BATS_TEST_TMPDIR/t" | tr '\t' '\n' >"$BATS_TEST_TMPDIR/head"
	for l in $(labels); do
		grep -Fxq "$l" "$BATS_TEST_TMPDIR/head" ||
			{ echo "no column for $l" >&2; return 1; }
	done
	run awk -F '\t' 'NR == 1 { nf = NF; next }
		NF != nf || !/(^|\t)theme:/ { bad = 1 }
		END { exit bad || NR < 2 }' "$BATS_TEST_TMPDIR/t"
	check 0 ""
}

@test "pipeline.sh: given files, only those" {
	set -- "$EX"/*.txt
	run "$EX/pipeline.sh" "$1"
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" == *" sentences in 1 documents" ]]
}

@test "pipeline.sh: a missing file fails, exit 2, naming it" {
	run --separate-stderr "$EX/pipeline.sh" "$BATS_TEST_TMPDIR/nosuch.txt"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"nosuch.txt"* ]]
}

# --- report-changes.sh

@test "report-changes.sh: title, then the brief, then the clauses" {
	run "$EX/report-changes.sh"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "What changed from scm-2024 to scm-2025" ]
	run sh -c 'printf "%s\n" "$1" | grep "^== "' - "$output"
	check 0 "== In brief
== Clause by clause (~ changed, + added, - removed, > moved)"
}

@test "report-changes.sh: the brief is not empty" {
	run "$EX/report-changes.sh"
	[ "$status" -eq 0 ]
	[ -n "$(section "In brief")" ]
}

@test "report-changes.sh: clause lines are scm-diff's, unchanged ones left out" {
	run "$EX/report-changes.sh"
	[ "$status" -eq 0 ]
	section "Clause by clause" >"$BATS_TEST_TMPDIR/c"
	run awk -F '\t' 'NF != 5 || $1 !~ /^(~|\+|-|=>|~>)$/ { print "bad: " $0 }
		END { if (NR == 0) print "no clauses" }' "$BATS_TEST_TMPDIR/c"
	check 0 ""
}

@test "report-changes.sh: the example pair shows every kind of change" {
	run "$EX/report-changes.sh"
	[ "$status" -eq 0 ]
	section "Clause by clause" | cut -f 1 >"$BATS_TEST_TMPDIR/ops"
	for op in '~' '+' '-'; do
		grep -Fxq -- "$op" "$BATS_TEST_TMPDIR/ops" || { echo "no $op" >&2; return 1; }
	done
	grep -q '>$' "$BATS_TEST_TMPDIR/ops"
	section "Clause by clause" | awk -F '\t' '$1 ~ /^~/' | grep -q -e '\[-' -e '{+'
}

@test "report-changes.sh: any two documents, in either order" {
	run "$EX/report-changes.sh" "$EX/scm-2025.txt" "$EX/scm-2024.txt"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "What changed from scm-2025 to scm-2024" ]
}

@test "report-changes.sh: a document against itself: nothing under the clauses" {
	run "$EX/report-changes.sh" "$EX/scm-2024.txt" "$EX/scm-2024.txt"
	[ "$status" -eq 0 ]
	[ -z "$(section "Clause by clause")" ]
}

@test "report-changes.sh: one operand is a usage error" {
	run --separate-stderr "$EX/report-changes.sh" "$EX/scm-2024.txt"
	[ "$status" -eq 2 ]
	[[ "$stderr" == "usage: report-changes.sh"* ]]
}

@test "report-changes.sh: a missing file fails, exit 2, naming it" {
	run --separate-stderr "$EX/report-changes.sh" "$EX/scm-2024.txt" "$BATS_TEST_TMPDIR/nosuch.txt"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"nosuch.txt"* ]]
}

# --- cron-watch.sh

# watch: run cron-watch.sh on $IN and $OUT, dated 2031-01-02.
watch() {
	REPORT_DATE=2031-01-02 run --separate-stderr "$EX/cron-watch.sh" "$IN" "$OUT"
}

setupwatch() {
	IN="$BATS_TEST_TMPDIR/inbox"
	OUT="$BATS_TEST_TMPDIR/reports"
	mkdir -p "$IN"
}

@test "cron-watch.sh: a first document: a report with counts, nothing to compare" {
	setupwatch
	cp "$EX/scm-2024.txt" "$IN/"
	watch
	[ "$status" -eq 0 ]
	[ "$output" = "$OUT/2031-01-02-scm-2024.txt" ]
	[ "$(ls "$OUT")" = "2031-01-02-scm-2024.txt" ]
	r="$OUT/2031-01-02-scm-2024.txt"
	[ "$(head -n 1 "$r")" = "Report of 2031-01-02 on scm-2024.txt" ]
	grep -qx '== Changes: no earlier document to compare with' "$r"
	output=$(cat "$r")
	section "Tags" | istagcounts
	section "Most frequent words" | awk -F '\t' 'NF != 2 || $1 !~ /^[0-9]+$/ { exit 1 }'
	[ -n "$(section "Most frequent words")" ]
	[ "$(cat "$OUT/.processed")" = "scm-2024.txt" ]
}

@test "cron-watch.sh: nothing new: silent, exit 0, nothing written" {
	setupwatch
	cp "$EX/scm-2024.txt" "$IN/"
	watch
	[ "$status" -eq 0 ]
	before=$(ls -lA --time-style=full-iso "$OUT")
	watch
	check 0 ""
	[ -z "$stderr" ]
	[ "$(ls -lA --time-style=full-iso "$OUT")" = "$before" ]
}

@test "cron-watch.sh: the next year's document is compared with the last" {
	setupwatch
	cp "$EX/scm-2024.txt" "$IN/"
	watch
	cp "$OUT/2031-01-02-scm-2024.txt" "$BATS_TEST_TMPDIR/first"
	cp "$EX/scm-2025.txt" "$IN/"
	watch
	check 0 "$OUT/2031-01-02-scm-2025.txt"
	cmp "$BATS_TEST_TMPDIR/first" "$OUT/2031-01-02-scm-2024.txt"
	r="$OUT/2031-01-02-scm-2025.txt"
	grep -qx '== Changes since scm-2024.txt' "$r"
	output=$(cat "$r")
	[ -n "$(section "Changes since")" ]
	section "Clauses changed" | awk -F '\t' 'NF != 5 || $1 !~ /^(~|\+|-|=>|~>)$/ { exit 1 }'
	[ -n "$(section "Clauses changed")" ]
	section "Tags" | istagcounts
	[ "$(cat "$OUT/.processed")" = "scm-2024.txt
scm-2025.txt" ]
}

@test "cron-watch.sh: two new documents at once, each compared with the one before" {
	setupwatch
	cp "$EX/scm-2024.txt" "$EX/scm-2025.txt" "$IN/"
	watch
	check 0 "$OUT/2031-01-02-scm-2024.txt
$OUT/2031-01-02-scm-2025.txt"
	grep -qx '== Changes since scm-2024.txt' "$OUT/2031-01-02-scm-2025.txt"
}

@test "cron-watch.sh: other files in the inbox are left alone" {
	setupwatch
	cp "$EX/scm-2024.txt" "$IN/"
	echo notes >"$IN/notes.md"
	mkdir "$IN/old.txt"
	watch
	check 0 "$OUT/2031-01-02-scm-2024.txt"
}

@test "cron-watch.sh: a failing tool: exit 2, no report, tried again next time" {
	setupwatch
	cp "$EX/scm-2024.txt" "$EX/scm-2025.txt" "$IN/"
	mkdir "$BATS_TEST_TMPDIR/bin"
	printf '#!/bin/sh\necho "scm-diff: broken" >&2\nexit 2\n' >"$BATS_TEST_TMPDIR/bin/scm-diff"
	chmod +x "$BATS_TEST_TMPDIR/bin/scm-diff"
	SCM_BIN="$BATS_TEST_TMPDIR/bin" watch
	[ "$status" -eq 2 ]
	[ "$output" = "$OUT/2031-01-02-scm-2024.txt" ]
	[[ "$stderr" == *"scm-2025.txt: no report written"* ]]
	[ ! -e "$OUT/2031-01-02-scm-2025.txt" ]
	[ "$(cat "$OUT/.processed")" = "scm-2024.txt" ]
	watch
	check 0 "$OUT/2031-01-02-scm-2025.txt"
}

@test "cron-watch.sh: a run already going on: exit 2, nothing done" {
	setupwatch
	cp "$EX/scm-2024.txt" "$IN/"
	mkdir -p "$OUT/.lock"
	watch
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"another run is going on"* ]]
	[ "$(ls "$OUT")" = "" ]
	[ -d "$OUT/.lock" ]
}

@test "cron-watch.sh: a stale lock (its PID gone) is taken over" {
	setupwatch
	cp "$EX/scm-2024.txt" "$IN/"
	mkdir -p "$OUT/.lock"
	sh -c 'echo $$' >"$OUT/.lock/pid"	# a process that has ended
	watch
	[ "$status" -eq 0 ]
	[ "$output" = "$OUT/2031-01-02-scm-2024.txt" ]
	[[ "$stderr" == *"stale lock"* ]]
	[ ! -e "$OUT/.lock" ]
}

@test "cron-watch.sh: a run killed by a signal leaves no lock" {
	setupwatch
	cp "$EX/scm-2024.txt" "$IN/"
	mkdir "$BATS_TEST_TMPDIR/bin"
	printf '#!/bin/sh
sleep 5
' >"$BATS_TEST_TMPDIR/bin/scm-split"
	chmod +x "$BATS_TEST_TMPDIR/bin/scm-split"
	SCM_BIN="$BATS_TEST_TMPDIR/bin" "$EX/cron-watch.sh" "$IN" "$OUT" 2>/dev/null &
	pid=$!
	sleep 1
	[ -d "$OUT/.lock" ]
	kill -TERM "$pid"
	wait "$pid" || true
	[ ! -e "$OUT/.lock" ]
}

@test "cron-watch.sh: documents are compared within their series only" {
	setupwatch
	cp "$EX/scm-2024.txt" "$IN/"
	cp "$EX/scm-2025.txt" "$IN/oped-2025.txt"
	watch
	[ "$status" -eq 0 ]
	grep -qx '== Changes: no earlier document to compare with' "$OUT/2031-01-02-oped-2025.txt"
	rm -rf "$OUT"
	SERIES='s/.*/all/' watch
	grep -qx '== Changes since oped-2025.txt' "$OUT/2031-01-02-scm-2024.txt"
}

@test "cron-watch.sh: usage and bad inbox: exit 2" {
	run --separate-stderr "$EX/cron-watch.sh" "$BATS_TEST_TMPDIR"
	[ "$status" -eq 2 ]
	[[ "$stderr" == "usage: cron-watch.sh"* ]]
	run --separate-stderr "$EX/cron-watch.sh" "$BATS_TEST_TMPDIR/nosuch" "$BATS_TEST_TMPDIR/r"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"nosuch: not a directory"* ]]
}

@test "cron-watch.sh: its header holds a crontab line that runs it" {
	run sh -c "grep '^#  *[0-9*][^ ]* [^ ]* [^ ]* [^ ]* [^ ]* .*cron-watch.sh ' \"\$1\"" - "$EX/cron-watch.sh"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -ge 1 ]
}

# --- trend.sh

@test "trend.sh: without gnuplot, the table on stdout and a note on stderr" {
	cd "$BATS_TEST_TMPDIR"
	GNUPLOT=/nonexistent/gnuplot run --separate-stderr "$EX/trend.sh"
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"gnuplot is not installed"* ]]
	[ ! -e trend.png ]
	printf '%s\n' "${lines[0]}" | tr '\t' '\n' >head
	for l in $(labels -y); do
		grep -Fxq "$l" head || { echo "no column for $l" >&2; return 1; }
	done
	printf '%s\n' "$output" | awk -F '\t' 'NR == 1 { nf = NF; next }
		NF != nf || !/(^|\t)theme:/ { bad = 1 }
		END { exit bad || NR < 2 }'
}

@test "trend.sh: with gnuplot, one row per document, one column per theme, a PNG" {
	cd "$BATS_TEST_TMPDIR"
	# A stand-in gnuplot: keeps its script and data, writes the PNG named.
	cat >fakeplot <<'EOF'
#!/bin/sh
cat >script
data=$(sed -n "s/^plot .* '\([^']*\)' using.*/\1/p" script)
cp "$data" data
out=$(sed -n "s/^set output '\(.*\)'$/\1/p" script)
printf '\211PNG\r\n' >"$out"
EOF
	chmod +x fakeplot
	GNUPLOT=./fakeplot run --separate-stderr "$EX/trend.sh" -o t.png
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	[[ "$stderr" == *"wrote t.png"* ]]
	[ -s t.png ]
	grep -q '^set terminal png' script
	# The rows after the header are the documents, in the order given.
	cut -f 1 data | sed 1d >docs
	labels -y >want
	cmp docs want
	head -n 1 data | tr '\t' '\n' | sed 1d >themes
	[ -s themes ]
	run grep -cv '^theme:' themes
	check 1 0
}

@test "trend.sh: a missing file fails, exit 2, naming it" {
	cd "$BATS_TEST_TMPDIR"
	GNUPLOT=/nonexistent/gnuplot run --separate-stderr "$EX/trend.sh" nosuch.txt
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"nosuch.txt"* ]]
}

@test "trend.sh: with the real gnuplot, a PNG image" {
	if ! command -v gnuplot >/dev/null 2>&1; then
		echo "gnuplot is missing: run 'apt-get install gnuplot-nox'" >&2
		return 1
	fi
	cd "$BATS_TEST_TMPDIR"
	run --separate-stderr "$EX/trend.sh"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	[[ "$stderr" == *"wrote trend.png"* ]]
	run od -An -c -N 4 trend.png
	check 0 " 211   P   N   G"
}
