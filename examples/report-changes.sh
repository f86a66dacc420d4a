#!/bin/sh
# report-changes.sh [old new]: "what changed since last year", as a
# report: the figures in brief (scm-diff --stat, on tagged records, so
# that it says which themes gained or lost clauses), then every clause
# that changed, was added, removed or moved.  By default compares the two
# example communiques.  Uses the scm tools in PATH ($SCM_BIN first, if set).
set -eu
dir=$(dirname "$0")
if [ -n "${SCM_BIN:-}" ]; then PATH="$SCM_BIN:$PATH"; fi
[ $# -eq 0 ] && set -- "$dir/scm-2024.txt" "$dir/scm-2025.txt"
if [ $# -ne 2 ]; then
	echo "usage: report-changes.sh [old new]" >&2
	exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# diff(1)'s statuses: 0 the same, 1 different, 2 trouble.
diffs() {
	st=0
	scm-diff "$@" || st=$?
	[ "$st" -le 1 ] || exit 2
}

# Split to a file first: in a pipe, scm-split's failure would go unseen.
scm-split -- "$1" >"$tmp/old.split"
scm-split -- "$2" >"$tmp/new.split"
scm-tag "$tmp/old.split" >"$tmp/old"
scm-tag "$tmp/new.split" >"$tmp/new"
old=$(head -n 1 "$tmp/old" | cut -f 1)
new=$(head -n 1 "$tmp/new" | cut -f 1)

echo "What changed from $old to $new"
echo
echo "== In brief"
diffs --stat "$tmp/old" "$tmp/new"
echo
echo "== Clause by clause (~ changed, + added, - removed, > moved)"
diffs "$tmp/old" "$tmp/new" >"$tmp/diff"
awk -F '\t' '$1 != "="' "$tmp/diff"
