#!/bin/sh
# pipeline.sh [file ...]: the whole pipeline, split -> tag -> count, over
# the example documents (or the files given): how many sentences, the
# most frequent tags of all the documents, and the themes document by
# document as a table.  Uses the scm tools in PATH ($SCM_BIN first, if set).
set -eu
dir=$(dirname "$0")
if [ -n "${SCM_BIN:-}" ]; then PATH="$SCM_BIN:$PATH"; fi
[ $# -gt 0 ] || set -- "$dir"/*.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# One record per sentence, tagged; kept to be counted twice.  (Not a
# pipe: sh would not see scm-split fail.)
scm-split -u sentence -- "$@" >"$tmp/split"
scm-tag "$tmp/split" >"$tmp/rec"

echo "== $(wc -l <"$tmp/rec" | tr -d ' ') sentences in $# documents"
echo "== the most frequent tags"
scm-count --top 15 "$tmp/rec"
echo "== themes by document"
scm-count -b doc --wide "$tmp/rec" | awk 'NR == 1 || /(^|\t)theme:/'
