#!/usr/bin/env bats
# scm-split on more shapes of English PDF extracts met in real reports,
# hearings and journals (pdftotext, with and without form feeds), written
# out by hand.  One test per rule, with the nearest lines that must not
# change.
load helper

t() {	# t OPTIONS... : split stdin (printf'd $IN), print loc kind text
	printf "$IN" | scm-split "$@" | cut -f2,3,6 | tr '\t' ' '
}

SLUG='VerDate Mar 15 2010 10:02 Feb 02, 2024 Jkt 055120 PO 00000 Frm 00007 Fmt 6633 Sfmt 6633 WILDA'

@test "hpdf5: a GPO printer's slug (VerDate ... Jkt ... Frm ...) is page furniture, a sentence going on across it is whole, with form feeds or without" {
	IN="The commander told the panel that the alliance would deter any\n$SLUG\n\fprovocation on the peninsula. He took questions.\n" run t -k -u sentence
	check 0 "1.1 para The commander told the panel that the alliance would deter any provocation on the peninsula.
1.2 para He took questions.
2.1 noise $SLUG"
	IN="The commander told the panel that the alliance would deter any\n$SLUG\nprovocation on the peninsula.\n" run t -k
	check 0 "1 para The commander told the panel that the alliance would deter any provocation on the peninsula.
2 noise $SLUG"
}

@test "hpdf5: prose that resembles a slug stays prose" {
	IN="VerDate is the name the printers gave the slug, and Jkt and Frm are its fields.\n\nSources close to the ministry said the figures were wrong.\n" run t -k
	check 0 "1 para VerDate is the name the printers gave the slug, and Jkt and Frm are its fields.
2 para Sources close to the ministry said the figures were wrong."
}

@test "hpdf5: a sentence that opens with a page's number (Page 3 of the report lists ...) is prose; Page 7 of 12 and Page 4 - Title stay page marks" {
	IN="Page 3 of the report lists the drills that were cut in the spring.\n\nThe talks ended.\nPage 4 - Alliance Review\n\nThe talks began.\n\nPage 3 of the report lists the drills that were cut.\n\nThe talks ended.\n\nPage 7 of 12\n\nPage 5 lists them.\n" run t -k
	check 0 "1 para Page 3 of the report lists the drills that were cut in the spring.
2 para The talks ended.
3 noise Page 4 - Alliance Review
4 para The talks began.
5 para Page 3 of the report lists the drills that were cut.
6 para The talks ended.
7 noise Page 7 of 12
8 noise Page 5 lists them."
}

@test "hpdf5: an issue's number joined to its volume by a hyphen (Vol. 13-No. 4) ends no sentence; a sentence that ends with a year and a number still ends" {
	IN="Issues and Insights Vol. 13-No. 4\n\nThe series reached Vol. 9-No. 2 in 2009. Its editors changed in 2010-No one noticed.\n" run t -u sentence
	check 0 "1.1 heading Issues and Insights Vol. 13-No. 4
2.1 para The series reached Vol. 9-No. 2 in 2009.
2.2 para Its editors changed in 2010-No one noticed."
	IN="The drills ran from 2019 to 2024. No. 3 of the series was cancelled in 2020-21. Page 4 lists the rest.\n" run t -u sentence
	check 0 "1.1 para The drills ran from 2019 to 2024.
1.2 para No. 3 of the series was cancelled in 2020-21.
1.3 para Page 4 lists the rest."
}

P6="This article examines how the two allies have planned for the transfer of wartime\noperational control since 2006 and why the schedule slipped more than once in the\nyears after that. The record of the talks shows that both capitals wanted the change\nbut disagreed on the conditions that had to be met first, and on who would judge\nthem. The second part turns to the command that will replace the present one and to\nthe exercises that are meant to certify it before the transfer takes place.\n"

@test "hpdf5: an affiliation line over the text, no blank line between, far short of the page's width though the next word would fit: a block of its own" {
	IN="Hanbit University, Daejeon, Republic of Korea\n$P6" run t -u sentence
	check 0 "1.1 heading Hanbit University, Daejeon, Republic of Korea
2.1 para This article examines how the two allies have planned for the transfer of wartime operational control since 2006 and why the schedule slipped more than once in the years after that.
2.2 para The record of the talks shows that both capitals wanted the change but disagreed on the conditions that had to be met first, and on who would judge them.
2.3 para The second part turns to the command that will replace the present one and to the exercises that are meant to certify it before the transfer takes place."
}

@test "hpdf5: a short first line that goes on (a comma, a small word at its end, a full line) stays in its paragraph" {
	IN="In the view of the ministers of both countries,\n$P6" run t -u sentence
	check 0 "1.1 para In the view of the ministers of both countries, This article examines how the two allies have planned for the transfer of wartime operational control since 2006 and why the schedule slipped more than once in the years after that.
1.2 para The record of the talks shows that both capitals wanted the change but disagreed on the conditions that had to be met first, and on who would judge them.
1.3 para The second part turns to the command that will replace the present one and to the exercises that are meant to certify it before the transfer takes place."
	IN="Both sides agreed on the need for a review of\n$P6" run t
	check 0 "1 para Both sides agreed on the need for a review of This article examines how the two allies have planned for the transfer of wartime operational control since 2006 and why the schedule slipped more than once in the years after that. The record of the talks shows that both capitals wanted the change but disagreed on the conditions that had to be met first, and on who would judge them. The second part turns to the command that will replace the present one and to the exercises that are meant to certify it before the transfer takes place."
}

@test "hpdf5: a drop cap's letter on a line of its own joins the rest of its word (S / ecurity); A, I, O and a letter before a small word stay apart" {
	IN="Key Points\n\nS\necurity alliances take many forms, and this one has changed more than once.\n\nW\nashington and Seoul agreed.\n" run t
	check 0 "1 heading Key Points
2 para Security alliances take many forms, and this one has changed more than once.
3 para Washington and Seoul agreed."
	IN="B\nis the second option.\n\nA\nrecent study says so.\n\nI\nbelieve the plan works.\n\nC\nreAD the rest.\n" run t
	check 0 "1 para B is the second option.
2 para A recent study says so.
3 para I believe the plan works.
4 para C reAD the rest."
}

@test "hpdf5: inside a long line a viewer joined, a word a hyphen cut is closed up on evidence (deploy- ment), a compound keeps its hyphen (first- ever); suspended hyphens and dashes stay" {
	IN="The two ministers held their first- ever talks on the deploy- ment of strategic assets and on the self- reliance of the forces in a long session at the ministry in Seoul. Short- and medium-range missiles, a two- or three-day visit, the treaty- is what matters- stay as they were, as does the Kim- Trump summit.\n" run t -u sentence
	check 0 "1.1 para The two ministers held their first-ever talks on the deployment of strategic assets and on the self-reliance of the forces in a long session at the ministry in Seoul.
1.2 para Short- and medium-range missiles, a two- or three-day visit, the treaty- is what matters- stay as they were, as does the Kim- Trump summit."
	# a page's short lines are not such a copy: left to the line rules
	IN="The two ministers held their first- ever talks on the deploy- ment of\nstrategic assets.\n" run t -u sentence
	check 0 "1.1 para The two ministers held their first- ever talks on the deploy- ment of strategic assets."
}

@test "hpdf5: a table of contents a copy set on one line (leaders and page numbers, three entries or more) is noise, not sentences" {
	IN="The allies met in March.\n\nCONTENTS Letter from the Chair. . . . . . . . . . . 3 The Year in Review. . . . . . . . 5 Deterrence After the Summit . . . . . . . . . . 9 Notes on the Drills……………… 14\n\nThe talks ended in May.\n" run t -k
	check 0 "1 para The allies met in March.
2 noise CONTENTS Letter from the Chair. . . . . . . . . . . 3 The Year in Review. . . . . . . . 5 Deterrence After the Summit . . . . . . . . . . 9 Notes on the Drills……………… 14
3 para The talks ended in May."
}

@test "hpdf5: prose with numbers and ellipses at its end, or two entries only, stays as it was" {
	IN="The ministers said the figures rose from 3 to 5... then to 9... and at the end of the year they stood at 12 after the talks in 2024 and 2025\n\nThe drills are set out in the annex at pp. 12-19, 22-27 and 31-40 of the report of 2024, Vol. 3, No. 2\n" run t -k
	check 0 "1 para The ministers said the figures rose from 3 to 5... then to 9... and at the end of the year they stood at 12 after the talks in 2024 and 2025
2 para The drills are set out in the annex at pp. 12-19, 22-27 and 31-40 of the report of 2024, Vol. 3, No. 2"
}

@test "hpdf5: a word a font's ffi ligature left in two after its ff (reaff irmed) is closed up where the word is known; staff is, the staff included stay" {
	IN="At the summit the leaders of the two countries reaff irmed their\nsolid partnership. The staff is small, and the staff included two\nofficers from the cliff line.\n" run t -u sentence
	check 0 "1.1 para At the summit the leaders of the two countries reaffirmed their solid partnership.
1.2 para The staff is small, and the staff included two officers from the cliff line."
}

@test "hpdf5: a page's number in small Roman numerals alone (front matter) is noise, inside a sentence too; a bare label above it does not wait for it" {
	IN="Foreword\n\nThe report has three parts.\n\niii\n\niv\n\nKey Findings\n\nThe allies agreed that the\n\nxii\n\nplan would stand.\n" run t -k
	check 0 "1 heading Foreword
2 para The report has three parts.
3 noise iii
4 noise iv
5 heading Key Findings
6 para The allies agreed that the plan would stand.
7 noise xii"
	IN="(3)\n\niii\n\nTable of Contents\n" run t -k
	check 0 "1 meta (3)
2 noise iii
3 heading Table of Contents"
}

@test "hpdf5: a word of letters that are Roman numerals (mix, civil), a single i or v, stays text" {
	IN="The talks began.\n\nmix\n\nThe allies met.\n\ncivil\n\nv\n" run t -k
	check 0 "1 para The talks began.
2 para mix
3 para The allies met.
4 para civil v"
}

# a page of pdftotext -layout in two columns: the left column's rows
# padded to column 56, the right column's text from there
twocol() {
	printf 'The Alliance in Two Columns: A Report of Our Own Writing\n\n'
	printf '%-56s%s\n' \
	    "Introduction" "that the command would move to Seoul in" \
	    "The two allies’ staffs began to plan the transfer" "the decade after the first plan was drawn." \
	    "of wartime operational control in 2006, and the" "" \
	    "schedule slipped twice in the years after that" "Background" \
	    "because both sides wanted the conditions to be" "The first plan set a date that neither side" \
	    "met first. The ministers said in their statement" "could keep, and the second one set three" \
	    "" "conditions that the allies would judge together" \
	    "" "at every meeting of their ministers."
	printf '\f'
}

@test "hpdf5: a -layout page in two columns is read column by column: the left one, then the right one; a sentence goes on from the foot of the left to the head of the right" {
	twocol > "$BATS_TEST_TMPDIR/two.txt"
	run sh -c "scm-split -u sentence '$BATS_TEST_TMPDIR/two.txt' | cut -f2,3,6 | tr '\t' ' '"
	check 0 "1.1 heading The Alliance in Two Columns: A Report of Our Own Writing
2.1 heading Introduction
3.1 para The two allies’ staffs began to plan the transfer of wartime operational control in 2006, and the schedule slipped twice in the years after that because both sides wanted the conditions to be met first.
3.2 para The ministers said in their statement that the command would move to Seoul in the decade after the first plan was drawn.
4.1 heading Background
5.1 para The first plan set a date that neither side could keep, and the second one set three conditions that the allies would judge together at every meeting of their ministers."
}

@test "hpdf5: a -layout table (short cells in columns) is no two columns: its rows stay in their order" {
	{
		printf 'Table 2. Forces on the Peninsula\n\n'
		printf '%-20s%-20s%s\n' "Year" "Troops" "Ships" "2019" "28,500" "12" \
		    "2020" "28,500" "11" "2021" "28,500" "14" "2022" "28,500" "15" \
		    "2023" "28,500" "13" "2024" "28,500" "16"
		printf '\f'
	} > "$BATS_TEST_TMPDIR/table.txt"
	run sh -c "scm-split -k '$BATS_TEST_TMPDIR/table.txt' | cut -f2,3,6 | tr '\t' ' '"
	check 0 "1 meta Table 2. Forces on the Peninsula
2 noise Year Troops Ships
3 para 2019 28,500 12 2020 28,500 11 2021 28,500 14 2022 28,500 15 2023 28,500 13 2024 28,500 16"
}
