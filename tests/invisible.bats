#!/usr/bin/env bats
# Invisible characters inside words, as web pages and PDF copies hold
# them: the soft hyphen (U+00AD, &shy;, a PDF's hyphenation point), the
# zero-width space (U+200B), the word joiner (U+2060) and U+FEFF.  A
# reader sees one word; so must every tool.
load helper

SHY=$'\xc2\xad'
ZWSP=$'\xe2\x80\x8b'
WJ=$'\xe2\x81\xa0'
FFI=$'\xef\xac\x83'

@test "invisible: scm-split drops a soft hyphen, a word joiner, a zero-width space inside a word" {
	run scm-split -d x <<<"Extended deter${SHY}rence, the Nuclear Consult${ZWSP}ative Group and Wash${WJ}ington."
	check 0 $'x\t1\tpara\t-\t-\tExtended deterrence, the Nuclear Consultative Group and Washington.'
}

@test "invisible: a zero-width space beside white space is part of the space" {
	run scm-split -d x <<<"The allies ${ZWSP}met. Then${ZWSP} they spoke ${ZWSP} again."
	check 0 $'x\t1\tpara\t-\t-\tThe allies met. Then they spoke again.'
}

@test "invisible: a soft hyphen at a line end joins the word (PDF copy)" {
	run scm-split -d x <<<"The two ministers reaffirmed the extended deter${SHY}
rence commitment of the United States to the Repub${SHY}
lic of Korea."
	check 0 $'x\t1\tpara\t-\t-\tThe two ministers reaffirmed the extended deterrence commitment of the United States to the Republic of Korea.'
}

@test "invisible: a line that ends in a soft hyphen before punctuation keeps the space" {
	run scm-split -d x <<<"The text ends here ${SHY}
(and goes on) in brackets."
	check 0 $'x\t1\tpara\t-\t-\tThe text ends here (and goes on) in brackets.'
}

@test "invisible: &shy; and &#8203; in an HTML page" {
	run scm-split -d x --html <<<'<p>The allies reaffirmed extended deter&shy;rence and the Nuclear Consult&#8203;ative Group in Wash&shy;ing&shy;ton.</p>'
	check 0 $'x\t1\tpara\t-\t-\tThe allies reaffirmed extended deterrence and the Nuclear Consultative Group in Washington.'
}

@test "invisible: nothing but the invisible characters is lost (-k)" {
	printf 'Extended deter\302\255rence,\n\nthe Nuclear Consult\342\200\213ative Group and Wash\342\201\240ington.\n' >"$BATS_TEST_TMPDIR/i.txt"
	scm-split -k "$BATS_TEST_TMPDIR/i.txt" >"$BATS_TEST_TMPDIR/i.tsv"
	run "$SCM_BIN/tests/splitcons" "$BATS_TEST_TMPDIR/i.txt" "$BATS_TEST_TMPDIR/i.tsv"
	[ "$status" -eq 0 ]
}

@test "invisible: scm-tag on plain text finds the word; -o gives the bytes as they are" {
	run sh -c "printf 'The allies keep extended deter${SHY}rence.\n' | scm-tag -o"
	check 0 "-	1	actor:rok	0	10	The allies
-	1	actor:us	0	10	The allies
-	1	theme:deterrence	16	21	extended deter${SHY}rence
-	1	theme:extended-deterrence	16	21	extended deter${SHY}rence"
	run sh -c "printf 'the Nuclear Consult${ZWSP}ative Group\n' | scm-tag -o | cut -f3,6"
	check 0 "theme:deterrence	Nuclear Consult${ZWSP}ative Group
theme:extended-deterrence	Nuclear Consult${ZWSP}ative Group
theme:nuclear	Nuclear Consult${ZWSP}ative Group"
}

@test "invisible: Korean words with a soft hyphen or a zero-width space inside" {
	run sh -c "printf '한미는 확장${SHY}억제를 강화하고 확장${ZWSP}억제 협의를 했다.\n' | scm-tag -o | cut -f3,6"
	check 0 "actor:rok	한미는
actor:us	한미는
theme:deterrence	확장${SHY}억제를
theme:extended-deterrence	확장${SHY}억제를
theme:deterrence	확장${ZWSP}억제
theme:extended-deterrence	확장${ZWSP}억제"
}

@test "invisible: only inside a word, between letters of one kind" {
	printf 'theme:x\tscm\ntheme:y\tdeterrence\n' >"$BATS_TEST_TMPDIR/l.lex"
	# Latin and Hangul stay two words, as without it
	run sh -c "printf 'SCM${SHY}은\n' | scm-tag -L -l '$BATS_TEST_TMPDIR/l.lex' -o | cut -f4,5"
	check 0 "0	3"
	# at a word's end, before a space, it joins nothing
	run sh -c "printf 'deter${SHY} rence and deter${ZWSP}${ZWSP}rence\n' | scm-tag -L -l '$BATS_TEST_TMPDIR/l.lex' -o"
	check 0 ""
}

@test "invisible: scm-count counts the word once, folded without them" {
	run sh -c "printf 'deter${SHY}rence and deterrence, Consult${ZWSP}ative and Consultative\n' | scm-count -w"
	check 0 "2	consultative
2	deterrence"
	run sh -c "printf '확장${SHY}억제를 확장억제\n' | scm-count -w"
	check 0 "2	확장억제"
}

@test "ligatures: scm-tag and scm-count on plain text read a PDF's ligatures as their letters" {
	run sh -c "printf 'The allies rea\357\254\203rmed the de\357\254\201nition.\n' | scm-tag -o | cut -f3-6"
	check 0 "actor:rok	0	10	The allies
actor:us	0	10	The allies
stance:commit	11	10	rea${FFI}rmed"
	run sh -c "printf 'rea\357\254\203rmed reaffirmed con\357\254\202ict\n' | scm-count -w"
	check 0 "2	reaffirmed
1	conflict"
}

@test "prop: invisible characters and ligatures inside words change no tag and no count" {
	for seed in 1 2 3; do
		awk -v seed="$seed" 'BEGIN {
			srand(seed)
			split("extended deterrence|Nuclear Consultative Group|reaffirmed|North Korea|the|alliance|missiles|확장억제를|한미동맹|should|Washington|a|in Seoul|not", w, "|")
			for (i = 0; i < 300; i++) {
				t = "The"
				for (j = 0; j < 8 + int(rand() * 8); j++)
					t = t " " w[1 + int(rand() * 14)]
				print t "."
				if (rand() < .3)
					print ""
			}
		}' >"$BATS_TEST_TMPDIR/plain.txt"
		# the same text, an invisible character put between two
		# letters of a word here and there
		awk -v seed="$seed" 'BEGIN {
			srand(seed + 100)
			split("\302\255|\342\200\213|\342\201\240|\357\273\277", v, "|")
		}
		{
			out = ""
			n = split($0, c, "")
			for (i = 1; i <= n; i++) {
				out = out c[i]
				if (i < n && c[i] ~ /[a-z]/ && c[i + 1] ~ /[a-z]/ && rand() < .2)
					out = out v[1 + int(rand() * 4)]
			}
			# and PDF ligatures here and there
			if (rand() < .5)
				gsub(/ffi/, "\357\254\203", out)
			gsub(/fi/, "\357\254\201", out)
			print out
		}' "$BATS_TEST_TMPDIR/plain.txt" >"$BATS_TEST_TMPDIR/inv.txt"
		! cmp -s "$BATS_TEST_TMPDIR/plain.txt" "$BATS_TEST_TMPDIR/inv.txt"
		scm-tag -d p "$BATS_TEST_TMPDIR/plain.txt" | cut -f1-5 >"$BATS_TEST_TMPDIR/a"
		scm-tag -d p "$BATS_TEST_TMPDIR/inv.txt" | cut -f1-5 >"$BATS_TEST_TMPDIR/b"
		cmp "$BATS_TEST_TMPDIR/a" "$BATS_TEST_TMPDIR/b"
		[ "$(grep -c theme: "$BATS_TEST_TMPDIR/a")" -gt 100 ]
		scm-count -w "$BATS_TEST_TMPDIR/plain.txt" >"$BATS_TEST_TMPDIR/a"
		scm-count -w "$BATS_TEST_TMPDIR/inv.txt" >"$BATS_TEST_TMPDIR/b"
		cmp "$BATS_TEST_TMPDIR/a" "$BATS_TEST_TMPDIR/b"
		# and scm-split's records are the plain text's, in both units
		for u in para sentence; do
			scm-split -u $u -d p "$BATS_TEST_TMPDIR/plain.txt" >"$BATS_TEST_TMPDIR/a"
			scm-split -u $u -d p "$BATS_TEST_TMPDIR/inv.txt" >"$BATS_TEST_TMPDIR/b"
			cmp "$BATS_TEST_TMPDIR/a" "$BATS_TEST_TMPDIR/b"
		done
	done
}

@test "invisible: between bytes that are no UTF-8 it is left as it was, and no new character is made" {
	# from the fuzzer: U+FEFF between a broken sequence and a stray
	# byte; dropping it would have joined them into another U+FEFF
	printf 'x\357\273\357\273\277\277y. The 7. Th\n' >"$BATS_TEST_TMPDIR/b.txt"
	scm-split -k "$BATS_TEST_TMPDIR/b.txt" >"$BATS_TEST_TMPDIR/b.tsv"
	"$SCM_BIN/tests/splitcons" "$BATS_TEST_TMPDIR/b.txt" "$BATS_TEST_TMPDIR/b.tsv"
	# the zero-width no-break space between them is a space, as before
	cut -f6 "$BATS_TEST_TMPDIR/b.tsv" >"$BATS_TEST_TMPDIR/got"
	printf 'x\357\273 \277y. The 7. Th\n' >"$BATS_TEST_TMPDIR/want"
	cmp "$BATS_TEST_TMPDIR/got" "$BATS_TEST_TMPDIR/want"
}
