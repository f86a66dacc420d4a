#!/bin/sh
# demo.sh [BUILDDIR]: the main job on the bundled examples: a PDF-damaged
# communique cut into clauses, the whole pipeline (split, tag, count) over
# every example, and what changed between the 2024 and 2025 communiques.
b=$(cd "${1:-build}" && pwd) || exit 2
dir=$(dirname "$0")
PATH="$b:$PATH"
export SCM_BIN="$b"
set -e
echo "== scm-split: the clauses of a communique copied out of a PDF (first 5)"
scm-split "$dir/scm-2025-pdf.txt" | awk -F'\t' '$3 == "clause"' | head -n 5 | cut -c 1-160
echo
echo "== scm-split -u sentence | scm-tag -t stance:commit: the pledges of the commentary"
scm-split -u sentence "$dir/commentary-web.txt" | scm-tag -t stance:commit |
	cut -f 2,5,6 | cut -c 1-160
echo
"$dir/pipeline.sh"
echo
"$dir/report-changes.sh" | cut -c 1-160
