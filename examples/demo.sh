#!/bin/sh
# demo.sh [BUILDDIR]: the main job on the bundled examples: split every
# example document into sentence records and show what scm found.
b=${1:-build}
dir=$(dirname "$0")
PATH="$b:$PATH"
set -e
for f in "$dir"/*.txt; do
	echo "== scm-split -u sentence ${f##*/} (first records)"
	scm-split -u sentence "$f" | head -n 8
done
