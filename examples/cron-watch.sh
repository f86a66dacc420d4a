#!/bin/sh
# cron-watch.sh INBOX REPORTS: watch the folder INBOX for new communiques
# (*.txt).  For each one not yet processed, write a dated report into
# REPORTS: what changed against the document before it (in name order, so
# scm-2025.txt is compared with scm-2024.txt) and its tag and word counts.
# The list of processed files is kept in REPORTS/.processed; delete a
# line to have that file processed again.  Prints the path of each report
# it writes, nothing when there is nothing new (so cron mails only news);
# exits 2 on trouble, leaving the file to be tried again next time.
# Run it once by hand, or from cron, every hour for instance:
#
#   0 * * * * $HOME/bin/cron-watch.sh $HOME/inbox $HOME/reports
#
# The scm tools must be in cron's PATH (/usr/bin, or set PATH in the
# crontab); $SCM_BIN, if set, comes first.  File names may not hold
# newlines.  REPORT_DATE (default: today, YYYY-MM-DD) dates the reports.
set -eu
if [ -n "${SCM_BIN:-}" ]; then PATH="$SCM_BIN:$PATH"; fi
if [ $# -ne 2 ]; then
	echo "usage: cron-watch.sh inbox reports" >&2
	exit 2
fi
inbox=$1 reports=$2
if [ ! -d "$inbox" ]; then
	echo "cron-watch.sh: $inbox: not a directory" >&2
	exit 2
fi
mkdir -p "$reports"
state=$reports/.processed
[ -e "$state" ] || : >"$state"
# One run at a time: a second one started by cron meanwhile leaves.
if ! mkdir "$reports/.lock" 2>/dev/null; then
	echo "cron-watch.sh: $reports/.lock: another run is going on (remove it if not)" >&2
	exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; rmdir "$reports/.lock"' EXIT
date=${REPORT_DATE:-$(date +%F)}

# records FILE OUT: FILE split and tagged into OUT.
records() {
	scm-split -- "$1" >"$2.split" && scm-tag "$2.split" >"$2"
}

# report FILE PREVIOUS: the report on FILE, compared with PREVIOUS ("" if
# none).  Run inside "if", where set -e does not hold: every step is checked.
report() {
	records "$1" "$tmp/new" || return 2
	echo "Report of $date on ${1##*/}"
	echo
	if [ -n "$2" ]; then
		records "$2" "$tmp/old" || return 2
		echo "== Changes since ${2##*/}"
		st=0
		scm-diff --stat "$tmp/old" "$tmp/new" || st=$?
		[ "$st" -le 1 ] || return 2
		echo
		echo "== Clauses changed, added, removed or moved"
		st=0
		scm-diff "$tmp/old" "$tmp/new" >"$tmp/diff" || st=$?
		[ "$st" -le 1 ] || return 2
		awk -F '\t' '$1 != "="' "$tmp/diff" || return 2
	else
		echo "== Changes: no earlier document to compare with"
	fi
	echo
	echo "== Tags"
	scm-count "$tmp/new" || return 2
	echo
	echo "== Most frequent words"
	scm-count -w --top 25 "$tmp/new" || return 2
}

# The documents in name order; each new one is compared with the one before.
ls "$inbox" | LC_ALL=C sort | grep '\.txt$' >"$tmp/all" || true
prev= status=0
while IFS= read -r name; do
	f=$inbox/$name
	if [ -f "$f" ] && ! grep -Fxq -e "$name" "$state"; then
		out=$reports/$date-${name%.txt}.txt
		if report "$f" "$prev" >"$tmp/report" &&
		    mv "$tmp/report" "$out" && echo "$name" >>"$state"; then
			echo "$out"
		else
			echo "cron-watch.sh: $f: no report written" >&2
			status=2
		fi
	fi
	[ -f "$f" ] && prev=$f
done <"$tmp/all"
exit "$status"
