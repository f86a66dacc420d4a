#!/usr/bin/env bats
# scm-tag: the fast path (the prefilter, lib/prefilter.c, and tokscan,
# lib/tokenize.c) changes no output.  Every run is compared with the same
# run of the reference matcher (SCM_NOPREFILTER=1: every text cut by the
# byte-at-a-time tokenizer, every token walked), on generated records and
# lexicons that mix ASCII, words longer than eight and sixteen bytes,
# accented Latin, Hangul, typographic quotes, dashes, odd spaces and
# stray bytes, and on the fixtures.
load helper

# The words of generated texts and lexicons.
VOCAB='Seoul|seoul|SEOUL|nonproliferation|NONPROLIFERATIONTREATY2024|interoperability|the|The|U.S.|US|us|a|A|I|x|deterrence|Deterrence|deter|deterred|extended|missile|missiles|MISSILES|ICBM|ICBMs|North|Korea|Korea’s|Korea'"'"'s|ROK–U.S.|ROK-U.S.|(ROK)|“alliance”|"alliance"|‘peace’|Élysée|élysée|ÉLYSÉE|communiqué|COMMUNIQUÉ|Communique|한미|한·미|확장억제|확장억제를|북한은|美|§|§ 3|…|·|—|–|12|1st|K|Ｋorea|\377x|a\302\240b|x—y|co-operation|Kim Jong-un|i.e.|,|.|(|)|;|:|!|?'

# gen N SEED: N records of random text over VOCAB.
gen() {
	awk -v n="$1" -v seed="$2" -v vocab="$VOCAB" 'BEGIN {
		srand(seed)
		nw = split(vocab, w, "|")
		for (i = 1; i <= n; i++) {
			t = ""
			k = 1 + int(rand() * 14)
			for (j = 0; j < k; j++)
				t = t (j && rand() < .9 ? " " : "") w[1 + int(rand() * nw)]
			printf "d\t%d\tpara\t-\t-\t%s\n", i, t
		}
	}'
}

# genlex N SEED FILTER: N entries of 1-3 VOCAB words whose first word
# matches the awk regular expression FILTER, some with `=' or `*'.
genlex() {
	awk -v n="$1" -v seed="$2" -v re="$3" -v vocab="$VOCAB" 'BEGIN {
		srand(seed)
		nw = split(vocab, w, "|")
		for (i = 1; i <= n; ) {
			p = w[1 + int(rand() * nw)]
			if (p !~ re || p == "—" || p == "–")	# no words at all
				continue
			k = int(rand() * 3)
			for (j = 0; j < k; j++)
				p = p " " w[1 + int(rand() * nw)]
			r = rand()
			if (r < .15 && p ~ /[A-Za-z0-9][A-Za-z0-9]$/)
				p = substr(p, 1, length(p) - 1) "*"
			else if (r < .15 && p ~ /[A-Za-z0-9]$/)
				p = p "*"
			else if (r < .25)
				p = "=" p
			printf "t:%d\t%s\n", i % 7, p
			i++
		}
	}'
}

# same ARGS...: scm-tag ARGS gives the same with the prefilter on and off.
same() {
	scm-tag "$@" >"$BATS_TEST_TMPDIR/on" 2>&1 || [ $? -eq 1 ]
	SCM_NOPREFILTER=1 scm-tag "$@" >"$BATS_TEST_TMPDIR/off" 2>&1 || [ $? -eq 1 ]
	cmp "$BATS_TEST_TMPDIR/on" "$BATS_TEST_TMPDIR/off" || {
		diff "$BATS_TEST_TMPDIR/off" "$BATS_TEST_TMPDIR/on" | head -20
		return 1
	}
}

@test "prefilter: ASCII entries, generated text: same matches as without it" {
	for seed in 1 2 3 4; do
		gen 500 $seed >"$BATS_TEST_TMPDIR/in.tsv"
		genlex 12 $seed '^[A-Za-z0-9]' >"$BATS_TEST_TMPDIR/lex"
		same -L -l "$BATS_TEST_TMPDIR/lex" -a -o "$BATS_TEST_TMPDIR/in.tsv"
		same -L -l "$BATS_TEST_TMPDIR/lex" "$BATS_TEST_TMPDIR/in.tsv"
		# and the test means something: there are matches
		[ -s "$BATS_TEST_TMPDIR/on" ]
	done
}

@test "prefilter: entries of punctuation, Hangul, accents, stray bytes" {
	for re in '^[^A-Za-z0-9]' '^[^ -~]' '^(한|확|북|美)' '.'; do
		for seed in 5 6 7; do
			gen 400 $seed >"$BATS_TEST_TMPDIR/in.tsv"
			genlex 20 $seed "$re" >"$BATS_TEST_TMPDIR/lex"
			same -L -l "$BATS_TEST_TMPDIR/lex" -a -o "$BATS_TEST_TMPDIR/in.tsv"
			same -L -l "$BATS_TEST_TMPDIR/lex" "$BATS_TEST_TMPDIR/in.tsv"
		done
	done
}

@test "prefilter: built-in lexicon on generated text and on the fixtures" {
	gen 800 8 >"$BATS_TEST_TMPDIR/in.tsv"
	same -o -a "$BATS_TEST_TMPDIR/in.tsv"
	same "$BATS_TEST_TMPDIR/in.tsv"
	for f in "$FIX"/docs/*.txt "$FIX"/tag/*.txt $(seeddocs); do
		scm-split -u sentence "$f" >"$BATS_TEST_TMPDIR/r.tsv"
		same -o -a "$BATS_TEST_TMPDIR/r.tsv"
		same "$BATS_TEST_TMPDIR/r.tsv"
	done
	for f in "$FIX"/split/*.para "$FIX"/split/*.sentence; do
		same -o -a "$f"
		same "$f"
	done
}

@test "prefilter: a text no entry can begin in gives no tags" {
	printf 'd\t1\tpara\t-\t-\tthe posture of the alliance\n' >"$BATS_TEST_TMPDIR/in.tsv"
	printf 't:a\tdeterrence\nt:b\tmissil*\n' >"$BATS_TEST_TMPDIR/lex"
	run scm-tag -L -l "$BATS_TEST_TMPDIR/lex" "$BATS_TEST_TMPDIR/in.tsv"
	check 0 "$(printf 'd\t1\tpara\t-\t-\tthe posture of the alliance')"
	printf 'd\t1\tpara\t-\t-\tMissiles — and “Deterrence”\n' >"$BATS_TEST_TMPDIR/in.tsv"
	run scm-tag -L -l "$BATS_TEST_TMPDIR/lex" "$BATS_TEST_TMPDIR/in.tsv"
	check 0 "$(printf 'd\t1\tpara\t-\tt:a,t:b\tMissiles — and “Deterrence”')"
}

@test "prefilter: a Hangul syllable right after Latin letters (ICBM북) is a word of its own" {
	# the tokenizer cuts ICBM북 into ICBM and 북; the prefilter passed over
	# the first Hangul syllable after Latin letters, and with no other
	# Hangul in the record, dropped the record untagged
	printf 'ko:n\t북\n' >"$BATS_TEST_TMPDIR/lex"
	printf 'The ICBM북 line\n' >"$BATS_TEST_TMPDIR/in.txt"
	run sh -c 'scm-tag -L -l "$1" "$2" | cut -f5' - "$BATS_TEST_TMPDIR/lex" "$BATS_TEST_TMPDIR/in.txt"
	check 0 "ko:n"
	same -L -l "$BATS_TEST_TMPDIR/lex" "$BATS_TEST_TMPDIR/in.txt"
}

# The pairs (lib/prefilter.c pfentry, lib/tokenize.c tokpairs): on an ASCII
# text, only the tokens whose key and the next token's are an entry's
# first two are cut and walked.
AVOCAB='Seoul|seoul|SEOUL|nonproliferation|NONPROLIFERATIONTREATY2024|interoperability|the|The|THE|then|them|U.S.|US|us|a|A|I|x|ab|abc|abcd|abcde|deterrence|Deterrence|deter|deterred|extended|missile|missiles|MISSILES|ICBM|ICBMs|North|Korea|Korea'"'"'s|(ROK)|"alliance"|12|1st|K|co-operation|Kim Jong-un|i.e.|,|.|(|)|;|:|!|?|#|...'

# agen N SEED: N records of ASCII text over AVOCAB, some long (past 64 bytes).
agen() {
	awk -v n="$1" -v seed="$2" -v vocab="$AVOCAB" 'BEGIN {
		srand(seed)
		nw = split(vocab, w, "|")
		split(" |  |-|\\t| - |--", sep, "|")	# \t: an escaped tab
		for (i = 1; i <= n; i++) {
			t = ""
			k = 1 + int(rand() * (rand() < .2 ? 60 : 12))
			for (j = 0; j < k; j++)
				t = t (j ? (rand() < .85 ? sep[1 + int(rand() * 6)] : "") : "") w[1 + int(rand() * nw)]
			printf "d\t%d\tpara\t-\t-\t%s\n", i, t
		}
	}'
}

# agenlex N SEED: N entries of 1-4 AVOCAB words, some with `*' after the
# last, some case sensitive.
agenlex() {
	awk -v n="$1" -v seed="$2" -v vocab="$AVOCAB" 'BEGIN {
		srand(seed)
		nw = split(vocab, w, "|")
		for (i = 1; i <= n; i++) {
			p = w[1 + int(rand() * nw)]
			k = int(rand() * 4)
			for (j = 0; j < k; j++)
				p = p " " w[1 + int(rand() * nw)]
			r = rand()
			q = substr(p, 1, length(p) - 1 - int(rand() * 2))
			if (r < .2 && q ~ /[A-Za-z0-9]$/ && p ~ /[A-Za-z0-9][A-Za-z0-9]$/)
				p = q "*"
			else if (r < .3)
				p = "=" p
			printf "t:%d\t%s\n", i % 7, p
		}
	}'
}

@test "prefilter: the pairs, ASCII text and entries: same matches as the reference" {
	# with no `*', then with some (a word of one or two bytes before it
	# alone turns the pairs off); the built-in lexicon's Hangul, accented
	# and typographic entries alongside
	for seed in 11 12 13 14 15 16; do
		agen 600 $seed >"$BATS_TEST_TMPDIR/in.tsv"
		agenlex $((seed * 4)) $seed | grep -v '	[^	]*\*$' >"$BATS_TEST_TMPDIR/lex"
		same -L -l "$BATS_TEST_TMPDIR/lex" -a -o "$BATS_TEST_TMPDIR/in.tsv"
		same -L -l "$BATS_TEST_TMPDIR/lex" "$BATS_TEST_TMPDIR/in.tsv"
		[ -s "$BATS_TEST_TMPDIR/on" ]
		agenlex $((seed * 4)) $seed >"$BATS_TEST_TMPDIR/lex"
		same -L -l "$BATS_TEST_TMPDIR/lex" -a -o "$BATS_TEST_TMPDIR/in.tsv"
		same -L -l "$BATS_TEST_TMPDIR/lex" "$BATS_TEST_TMPDIR/in.tsv"
		printf 't:q\tKorea’s “alliance”\nt:q\tthe ‘ab\nt:h\t한미 abc\nt:e\tÉlysée\nt:s\tabc §\n' >>"$BATS_TEST_TMPDIR/lex"
		same -l "$BATS_TEST_TMPDIR/lex" -a -o "$BATS_TEST_TMPDIR/in.tsv"
		same -l "$BATS_TEST_TMPDIR/lex" "$BATS_TEST_TMPDIR/in.tsv"
	done
}

@test "prefilter: the pairs see a phrase across a hyphen, a tab, a line's edge and a 64-byte block" {
	printf 't:a\textended deterrence\nt:b\tU.S. forces\nt:c\tKorea\n' >"$BATS_TEST_TMPDIR/lex"
	pad=$(printf '%059d' 0)
	{
		printf 'd\t1\tpara\t-\t-\t%s extended-deterrence\n' "$pad"
		printf 'd\t2\tpara\t-\t-\t%s  Extended deterrence\n' "$pad"
		printf 'd\t3\tpara\t-\t-\tU.S.\\tFORCES\n'
		printf 'd\t4\tpara\t-\t-\tkorea\n'
		printf 'd\t5\tpara\t-\t-\textended\n'
	} >"$BATS_TEST_TMPDIR/in.tsv"
	run sh -c 'scm-tag -L -l "$1" "$2" | cut -f5' - "$BATS_TEST_TMPDIR/lex" "$BATS_TEST_TMPDIR/in.tsv"
	check 0 "$(printf 't:a\nt:a\nt:b\nt:c\n-')"
	same -L -l "$BATS_TEST_TMPDIR/lex" -a -o "$BATS_TEST_TMPDIR/in.tsv"
}

@test "prefilter: the pairs' keys hold a word's length up to seven; a word before \`*' stands for every longer one" {
	printf 't:a\tall\nt:s\tstates\nt:d\tdefen*\nt:x\tjoint exer*\nt:p\tpeninsula\nt:w\tthe abc*\n' >"$BATS_TEST_TMPDIR/lex"
	{
		printf 'd\t1\tpara\t-\t-\tThe alliance and all of it\n'
		printf 'd\t2\tpara\t-\t-\tHe stated that two states agreed\n'
		printf 'd\t3\tpara\t-\t-\tdefen, defense, DEFENDANTS and def\n'
		printf 'd\t4\tpara\t-\t-\tjoint exer; Joint EXERCISES; joint exe\n'
		printf 'd\t5\tpara\t-\t-\tthe Korean Peninsula, not the peninsular one\n'
		printf 'd\t6\tpara\t-\t-\tthe abc, the abcdefghij, the ab\n'
	} >"$BATS_TEST_TMPDIR/in.tsv"
	run sh -c 'scm-tag -L -a -o -l "$1" "$2" | cut -f2,3,6' - "$BATS_TEST_TMPDIR/lex" "$BATS_TEST_TMPDIR/in.tsv"
	check 0 "$(printf '1\tt:a\tall\n2\tt:s\tstates\n3\tt:d\tdefen\n3\tt:d\tdefense\n3\tt:d\tDEFENDANTS\n4\tt:x\tjoint exer\n4\tt:x\tJoint EXERCISES\n5\tt:p\tPeninsula\n6\tt:w\tthe abc\n6\tt:w\tthe abcdefghij')"
	same -L -l "$BATS_TEST_TMPDIR/lex" -a -o "$BATS_TEST_TMPDIR/in.tsv"
	same -L -l "$BATS_TEST_TMPDIR/lex" "$BATS_TEST_TMPDIR/in.tsv"
}
