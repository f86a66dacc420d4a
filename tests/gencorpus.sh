#!/bin/sh
# gencorpus.sh DIR N [SEED]: write N small documents of generated
# communique-like prose into DIR (doc-00001.txt ...): a heading, then
# numbered clauses and paragraphs of a few sentences.  The same SEED gives
# the same bytes.  For the scale-out tests; about 1 kB a document.
set -eu
[ $# -ge 2 ] || { echo "usage: gencorpus.sh dir n [seed]" >&2; exit 2; }
mkdir -p "$1"
LC_ALL=C awk -v dir="$1" -v n="$2" -v seed="${3:-1}" '
function pick(s,   a, k) { k = split(s, a, " "); return a[int(rand() * k) + 1] }
BEGIN {
	srand(seed)
	words = "reaffirmed committed nuclear missile deterrence extended ROK U.S. " \
	    "North Korea DPRK Pyongyang alliance exercises combined defense " \
	    "denuclearization dialogue sanctions Indo-Pacific trilateral Japan " \
	    "China cyber space condemned welcomed urged assessed the of and to " \
	    "in security peace stability region commitment capabilities posture " \
	    "strategic vision values economic industry anniversary Taiwan Strait"
	subjects = "The|Minister The|Secretary Both|sides The|alliance"
	for (d = 1; d <= n; d++) {
		f = sprintf("%s/doc-%05d.txt", dir, d)
		printf "Joint Communique %d\n\n", d >f
		np = 2 + int(rand() * 4)
		for (p = 1; p <= np; p++) {
			line = rand() < 0.5 ? p ". " : ""
			ns = 1 + int(rand() * 3)
			for (s = 0; s < ns; s++) {
				w = split(subjects, sub_, " ")
				t = sub_[int(rand() * w) + 1]
				gsub(/\|/, " ", t)
				k = 4 + int(rand() * 10)
				for (i = 0; i < k; i++)
					t = t " " pick(words)
				line = line (s ? " " : "") t "."
			}
			print line "\n" >f
		}
		close(f)
	}
}'
