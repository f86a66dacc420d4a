#!/bin/sh
# cron-watch.sh INBOX REPORTS: watch the folder INBOX for new communiques
# (*.txt).  For each one not yet processed, write a dated report into
# REPORTS: what changed against the document before it in its series and
# its tag and word counts.  A series is the documents whose names are the
# same but for the year: scm-2025.txt is compared with scm-2024.txt, never
# with oped-2025.txt; a name without a year is a series of its own.
# SERIES, a sed(1) script, gives another series key of a name (default
# 's/[12][09][0-9][0-9]//', the year removed).
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
# One run at a time: a second one started by cron meanwhile leaves.  The
# lock holds the PID of its run; a lock whose run is gone (killed with
# SIGKILL, or the machine went down) is stale and taken over.
lock=$reports/.lock
if ! mkdir "$lock" 2>/dev/null; then
	pid=$(cat "$lock/pid" 2>/dev/null || true)
	case $pid in
	'' | *[!0-9]*)
		echo "cron-watch.sh: $lock: another run is going on (remove it if not)" >&2
		exit 2 ;;
	esac
	if kill -0 "$pid" 2>/dev/null; then
		echo "cron-watch.sh: $lock: another run is going on (PID $pid)" >&2
		exit 2
	fi
	echo "cron-watch.sh: $lock: stale lock of PID $pid, taken over" >&2
	rm -rf "$lock"
	mkdir "$lock" || exit 2
fi
echo $$ >"$lock/pid"
tmp=$(mktemp -d)
# The lock goes on any exit, a signal's too.
trap 'rm -rf "$tmp" "$lock"' EXIT
trap 'exit 2' HUP INT TERM
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

# The documents in name order; each new one is compared with the one
# before it in its series.
series=${SERIES:-'s/[12][09][0-9][0-9]//'}
ls "$inbox" | LC_ALL=C sort | grep '\.txt$' >"$tmp/all" || true
: >"$tmp/last"
status=0
while IFS= read -r name; do
	f=$inbox/$name
	key=$(printf '%s\n' "$name" | sed "$series") || exit 2
	prev=
	if [ "$key" != "$name" ]; then
		prev=$(awk -F '\t' -v k="$key" '$1 == k { p = $2 } END { print p }' "$tmp/last")
	fi
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
	if [ -f "$f" ]; then printf '%s\t%s\n' "$key" "$f" >>"$tmp/last"; fi
done <"$tmp/all"
exit "$status"
