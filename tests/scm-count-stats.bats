#!/usr/bin/env bats
# scm-count --keyness against values computed here with awk from counts
# made by hand, and --chart against bars drawn by hand.
load helper

R="$FIX/count/recs.tsv"
T=$'\t'

# keyness C D: read "key a b" lines, write what --keyness should: signed
# two-cell G2 (Rayson & Garside, no Yates), log2 ratio with 0 -> 0.5,
# sorted by G2 then key.
keyness() {
	awk -v c="$1" -v d="$2" '{
		a = $2; b = $3
		e1 = c * (a + b) / (c + d); e2 = d * (a + b) / (c + d)
		g = 2 * ((a > 0 ? a * log(a / e1) : 0) + (b > 0 ? b * log(b / e2) : 0))
		if (a * d < b * c) g = -g
		lr = log(((a ? a : 0.5) / c) / ((b ? b : 0.5) / d)) / log(2)
		printf "%.4f\t%.4f\t%d\t%d\t%s\n", g, lr, a, b, $1
	}' | LC_ALL=C sort -t "$T" -k1,1gr -k5,5
}

@test "keyness: words of y2022 against the rest, by hand" {
	# y2022 has 10 words, y2021 and y2023 together 12 + 3
	want=$(keyness 10 15 <<-EOF
	deterrence 3 0
	extended 3 0
	korea 1 1
	north 1 1
	nuclear 0 2
	alliance 0 1
	device 0 1
	group 0 1
	met 0 1
	nothing 0 1
	strong 0 1
	tested 0 1
	EOF
	)
	run scm-count -w -b doc --keyness y2022 "$R"
	check 0 "$want"
}

@test "keyness: the first line, worked out on paper" {
	# a=3 b=0 c=10 d=15: E1 = 10*3/25 = 1.2, G2 = 2*3*ln(3/1.2) = 6 ln 2.5
	# = 5.4977; log2((3/10)/(0.5/15)) = log2(9) = 3.1699
	run scm-count -w -b doc -K y2022 -N 1 "$R"
	check 0 "5.4977${T}3.1699${T}3${T}0${T}deterrence"
}

@test "keyness: tags of y2021 (share of records) against the rest, by hand" {
	# y2021 has 3 records, y2022 and y2023 together 3
	want=$(keyness 3 3 <<-EOF
	actor:dprk 1 1
	theme:nuclear 1 2
	theme:alliance 1 0
	theme:deterrence 0 2
	EOF
	)
	run scm-count -b doc -K y2021 "$R"
	check 0 "$want"
}

@test "keyness: --top and --min apply; -J" {
	run scm-count -w -b doc -K y2022 --min 2 --top 3 "$R"
	check 0 "$(keyness 10 15 <<<"deterrence 3 0
extended 3 0
korea 1 1" | head -3)"
	run scm-count -J -w -b doc -K y2022 -N 1 "$R"
	check 0 '{"g2":5.4977,"logratio":3.1699,"count":3,"other":0,"key":"deterrence"}'
}

@test "keyness: generated corpus, every key, within rounding" {
	local f="$BATS_TEST_TMPDIR/in"
	awk 'BEGIN { srand(11); split("y1 y2 y3", D, " ")
		for (i = 0; i < 2000; i++) {
			d = D[int(rand() * 3) + 1]; x = ""
			for (j = 0; j < 8; j++) x = x " w" int(rand() * rand() * (d == "y1" ? 40 : 60))
			print d "\t" i "\tpara\t-\t-\t" x } }' >"$f"
	# the counts from awk, not from scm-count
	awk -F'\t' '{ n = split($6, w, " "); tot[$1] += n
		for (i = 1; i <= n; i++) if ($1 == "y2") a[w[i]]++; else b[w[i]]++ }
		END { for (k in a) print k, a[k], b[k] + 0
		      for (k in b) if (!(k in a)) print k, 0, b[k]
		      print tot["y2"], tot["y1"] + tot["y3"] > "/dev/stderr" }' "$f" \
		>"$f.ab" 2>"$f.tot"
	read -r c d <"$f.tot"
	keyness "$c" "$d" <"$f.ab" >"$f.want"
	scm-count -w --no-stop -b doc -K y2 "$f" >"$f.got"
	[ "$(wc -l <"$f.got")" -gt 50 ]
	run awk -F'\t' 'NR == FNR { g[$5] = $1; l[$5] = $2; n[$5] = $3 " " $4; next }
		!($5 in g) || n[$5] != $3 " " $4 ||
		g[$5] - $1 > 0.00015 || $1 - g[$5] > 0.00015 ||
		l[$5] - $2 > 0.00015 || $2 - l[$5] > 0.00015 { print "differs: " $0 }
		END { if (FNR != length(g)) print "lines: " FNR " " length(g) }' "$f.want" "$f.got"
	check 0 ""
	# sorted by G2, largest first
	run sh -c 'cut -f1 "$1" | sort -c -gr' - "$f.got"
	check 0 ""
}

@test "keyness error: unknown group, single group" {
	run scm-count -w -b doc -K y1999 "$R"
	check 2 "scm-count: --keyness: no group y1999"
	run scm-count -w -b kind -K clause <<<"d${T}1${T}clause${T}-${T}-${T}words here"
	check 2 "scm-count: --keyness: group clause and the others must both have counted words"
}

# bar N: N full blocks
bar() {
	local i s=
	for ((i = 0; i < $1; i++)); do s+='█'; done
	printf '%s' "$s"
}

@test "chart: bars scaled to COLUMNS, long keys cut to a third" {
	# 40 columns: keys 13, count 1, bar 40 - 13 - 1 - 2 = 24 cells
	COLUMNS=40 run scm-count --chart "$R"
	check 0 "theme:nuclear $(bar 24) 3
actor:dprk    $(bar 16) 2
theme:deterr… $(bar 16) 2
theme:allian… $(bar 8) 1"
}

@test "chart: eighths of a block" {
	# 30 columns: bar 22 cells; 2/3 of 176 eighths = 117 = 14 + 5/8,
	# 1/3 = 59 = 7 + 3/8
	COLUMNS=30 run scm-count -c -f doc "$R"
	check 0 "y2021 $(bar 22) 3
y2022 $(bar 14)▋ 2
y2023 $(bar 7)▍ 1"
}

@test "chart: 80 columns when COLUMNS is unset and output is no terminal" {
	run sh -c 'unset COLUMNS; scm-count -c -w "$1" | LC_ALL=C.UTF-8 wc -L' - "$R"
	check 0 "80"
	COLUMNS=57 run sh -c 'scm-count -c -w "$1" | LC_ALL=C.UTF-8 wc -L' - "$R"
	check 0 "57"
}

@test "chart: a sparkline per key across the groups in order" {
	COLUMNS=40 run scm-count -c -b doc "$R"
	check 0 "theme:nuclear ███ 3
actor:dprk    ██  2
theme:deterr…  █  2
theme:allian… █   1"
}

@test "chart: sparklines of relative frequencies with -r" {
	# theme:nuclear is in 1 of 3, 1 of 2, 1 of 1 records: 8/3 -> 3, 4, 8
	# actor:dprk 1/3 and 1/2 of the records: (1/3)/(1/2)*8 -> 6, 8
	COLUMNS=40 run scm-count -c -r -b doc -N 2 "$R"
	check 0 "theme:nuclear ▃▄█ 3
actor:dprk    ▆█  2"
}

@test "chart: empty input draws nothing" {
	run scm-count -c </dev/null
	check 0 ""
}
