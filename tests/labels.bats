#!/usr/bin/env bats
# Document labels (scm-records(5)): the base name without extension, or the
# path as given without extension when two file operands would get the
# same label; -d labels the next operand only and takes no part in this.
load helper

T=$'\t'

setup() {
	D="$BATS_TEST_TMPDIR"
	mkdir -p "$D/2024" "$D/2025"
	printf 'Old text.\n' >"$D/2024/communique.txt"
	printf 'New text.\n' >"$D/2025/communique.txt"
	printf 'Other text.\n' >"$D/oped.txt"
	cd "$D"
}

@test "labels: different base names keep their base names" {
	run scm-split 2024/communique.txt oped.txt
	check 0 "communique${T}1${T}para${T}-${T}-${T}Old text.
oped${T}1${T}para${T}-${T}-${T}Other text."
}
@test "labels: the same base name twice gives the paths without extension" {
	run scm-split 2024/communique.txt 2025/communique.txt oped.txt
	check 0 "2024/communique${T}1${T}para${T}-${T}-${T}Old text.
2025/communique${T}1${T}para${T}-${T}-${T}New text.
oped${T}1${T}para${T}-${T}-${T}Other text."
}
@test "labels: an absolute path is kept as given" {
	run scm-split "$D/2024/communique.txt" 2025/communique.txt
	check 0 "$D/2024/communique${T}1${T}para${T}-${T}-${T}Old text.
2025/communique${T}1${T}para${T}-${T}-${T}New text."
}
@test "labels: -d labels the next operand only and takes no part" {
	run scm-split -d 2024 2024/communique.txt 2025/communique.txt
	check 0 "2024${T}1${T}para${T}-${T}-${T}Old text.
communique${T}1${T}para${T}-${T}-${T}New text."
}
@test "labels: -d on both operands" {
	run scm-split -d a 2024/communique.txt -d b 2025/communique.txt
	check 0 "a${T}1${T}para${T}-${T}-${T}Old text.
b${T}1${T}para${T}-${T}-${T}New text."
}
@test "labels: scm-tag uses the same rule on plain text" {
	run scm-tag 2024/communique.txt 2025/communique.txt
	check 0 "2024/communique${T}1${T}para${T}-${T}-${T}Old text.
2025/communique${T}1${T}para${T}-${T}-${T}New text."
}
@test "labels: scm-count keeps the two years apart" {
	run scm-count -f doc 2024/communique.txt 2025/communique.txt
	check 0 "1${T}2024/communique
1${T}2025/communique"
}
@test "labels: the same file twice gives its path twice" {
	run scm-split 2024/communique.txt 2024/communique.txt
	check 0 "2024/communique${T}1${T}para${T}-${T}-${T}Old text.
2024/communique${T}1${T}para${T}-${T}-${T}Old text."
}
@test "labels: standard input stays -" {
	run scm-split - 2024/communique.txt </dev/null
	check 0 "communique${T}1${T}para${T}-${T}-${T}Old text."
}
@test "labels: -d after the last operand is still a usage error" {
	run scm-split 2024/communique.txt -d x
	[ "$status" -eq 2 ]
}
