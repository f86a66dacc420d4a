#!/usr/bin/env bats
# An adversarial review of the rules for English PDF extracts
# (tests/hpdf5.bats): inputs of our own writing in the shapes analysts'
# texts have, meant to make each rule misfire.  The misfires found are
# fixed; the near misses that already behave are kept here too.
load helper

t() {	# t OPTIONS... : split stdin (printf'd $IN), print loc kind text
	printf "$IN" | scm-split "$@" | cut -f2,3,6 | tr '\t' ' '
}

tf() {	# tf FILE OPTIONS... : split a file, print loc kind text
	f=$1
	shift
	scm-split "$@" "$f" | cut -f2,3,6 | tr '\t' ' '
}

@test "revp5: a GPO slug needs its fields' numbers (Jkt 055120): a sentence that names the fields is prose" {
	IN="VerDate Aug 31 is the first field of the slug, and the Jkt and Frm fields follow it on the line.\n\nVerDate Mar 15 2010 10:02 Feb 02, 2024 Jkt 055120 PO 00000 Frm 00007 Fmt 6633 Sfmt 6633 WILDA\n\nVerDate, Jkt and Frm are set by the printer.\n" run t -k
	check 0 "1 para VerDate Aug 31 is the first field of the slug, and the Jkt and Frm fields follow it on the line.
2 noise VerDate Mar 15 2010 10:02 Feb 02, 2024 Jkt 055120 PO 00000 Frm 00007 Fmt 6633 Sfmt 6633 WILDA
3 para VerDate, Jkt and Frm are set by the printer."
}

@test "revp5: a sentence opening Page 2 of ... is prose when it goes on below or ends in a closing quote; page marks and running heads stay noise" {
	IN="Page 2 of the communiqué says the allies will hold the drills in March and\nApril, and the ministers signed it.\n\nPage 2 of the communiqué says the allies will “maintain deterrence.”\n\nThe talks ended.\n\nPage 4 of the Annual Report on the Alliance\n\nPage 3 of 12\n\nPage 5 - The Alliance in the Era of Competition\n\nPage 6 | Korea Economic Institute of America\n" run t -k
	check 0 "1 para Page 2 of the communiqué says the allies will hold the drills in March and April, and the ministers signed it.
2 para Page 2 of the communiqué says the allies will “maintain deterrence.”
3 para The talks ended.
4 noise Page 4 of the Annual Report on the Alliance
5 noise Page 3 of 12
6 noise Page 5 - The Alliance in the Era of Competition
7 noise Page 6 | Korea Economic Institute of America"
}

@test "revp5: an issue's number after a hyphen (3-No. 2) holds at a sentence's end and mid-sentence; a vote's 12-No. still ends one" {
	IN="The series ended in Volume 3-No. 2. The next one began in 2015.\n\nThe paper appeared in Issues & Insights Vol. 13-No. 4 and was cited in No. 5 of the series.\n\nThe count was 12-No. Two members abstained.\n\nSee PacNet No. 45. It ran in 2019.\n\nThe issue, Vol. 13-No. 4. Korea Review.\n\nThe index lists 2019-No. 3 and 2020-No. 7 as the ones to read.\n" run t -u sentence
	check 0 "1.1 para The series ended in Volume 3-No. 2.
1.2 para The next one began in 2015.
2.1 para The paper appeared in Issues & Insights Vol. 13-No. 4 and was cited in No. 5 of the series.
3.1 para The count was 12-No.
3.2 para Two members abstained.
4.1 para See PacNet No. 45.
4.2 para It ran in 2019.
5.1 para The issue, Vol. 13-No. 4.
5.2 para Korea Review.
6.1 para The index lists 2019-No. 3 and 2020-No. 7 as the ones to read."
}

P7="This article examines how the two allies have planned for the transfer of wartime\noperational control since 2006 and why the schedule slipped more than once in the\nyears after that. The record of the talks shows that both capitals wanted the change\nbut disagreed on the conditions that had to be met first, and on who would judge\nthem.\n"

@test "revp5: short first lines over a page's text that are no affiliation stay as the lines above did (a salutation, a dash, a clause, a name)" {
	for first in "Chairman Reed and Ranking Member Wicker" "The answer is no" "Three things stand out—" \
	    "In Seoul, Washington and Tokyo" "Yet the Ministry, the JCS, the USFK" "Today, however, Seoul, Tokyo" \
	    "As the minister put it in 2019" "Victor Cha and Sue Mi Terry"; do
		IN="$first\n$P7" run t -u sentence
		check 0 "1.1 para $first This article examines how the two allies have planned for the transfer of wartime operational control since 2006 and why the schedule slipped more than once in the years after that.
1.2 para The record of the talks shows that both capitals wanted the change but disagreed on the conditions that had to be met first, and on who would judge them."
	done
	IN="Moon Jae-in, President of the Republic of Korea\n$P7" run t -u sentence
	check 0 "1.1 meta Moon Jae-in, President of the Republic of Korea
2.1 para This article examines how the two allies have planned for the transfer of wartime operational control since 2006 and why the schedule slipped more than once in the years after that.
2.2 para The record of the talks shows that both capitals wanted the change but disagreed on the conditions that had to be met first, and on who would judge them."
}

@test "revp5: a capital alone on its line is no drop cap after a word a letter labels (Plan / B) or before a small word or verb (E / which, D / lists); K / orea and P / repared still join" {
	IN="Under Plan\nB\nwould cover the costs of the troops.\n\nThe map marks the sites as\nE\nwhich the allies share with the north.\n\nOption\nC\nwas dropped in the end.\n\nK\norea and the United States signed the treaty in 1953.\n\nAppendix\nD\nlists the units.\n\nGrade\nB\nwhile the others failed.\n\nCRS Report for Congress\nP\nrepared for Members\n\nAnnex\nC\nsets out the costs.\n\nA\nnew alliance was born.\n" run t -k
	check 0 "1 para Under Plan B would cover the costs of the troops.
2 para The map marks the sites as E which the allies share with the north.
3 heading Option
4 para C was dropped in the end.
5 para Korea and the United States signed the treaty in 1953.
6 heading Appendix
7 para D lists the units.
8 heading Grade
9 para B while the others failed.
10 heading CRS Report for Congress
11 heading Prepared for Members
12 heading Annex
13 para C sets out the costs.
14 para A new alliance was born."
}

@test "revp5: inside a long line a hyphen and space after a short word in capitals is a dash (the DMZ- which, May- ended) unless the word is spelled whole; compounds keep their hyphen" {
	IN="Troops stayed south of the DMZ- which both sides had agreed to keep- and the ROK- led command took over the drills that the ministers in Seoul had planned for the summer of that year.\n\nThe first Con- sultative meeting, the Al- liance review, and the im- plementation of the plan for the Korean Peninsula were discussed at length by the ministers in Seoul on Tuesday.\n\nThe talks- which began in May- ended in a deal on the co- operation of the two navies in the Indo- Pacific and on the long- range missiles that the U.S.- ROK alliance fields on the peninsula, said the ministers in Seoul after a long session.\n\nThe self- reliance of the forces and the anti- submarine drills, the pre- and post-war plans, the land-, sea- and air-based systems and the cost- sharing deal were on the agenda of the ministers at the meeting in Seoul this week.\n\nThe ministers met in Seoul on Tuesday- the first such meeting in years- and agreed on a plan. The North- South talks, the inter- Korean line and the follow- up meetings stay on the agenda of the two allies this year.\n" run t -u sentence
	check 0 "1.1 para Troops stayed south of the DMZ- which both sides had agreed to keep- and the ROK-led command took over the drills that the ministers in Seoul had planned for the summer of that year.
2.1 para The first Consultative meeting, the Alliance review, and the implementation of the plan for the Korean Peninsula were discussed at length by the ministers in Seoul on Tuesday.
3.1 para The talks- which began in May- ended in a deal on the co-operation of the two navies in the Indo- Pacific and on the long-range missiles that the U.S.- ROK alliance fields on the peninsula, said the ministers in Seoul after a long session.
4.1 para The self-reliance of the forces and the anti-submarine drills, the pre- and post-war plans, the land-, sea- and air-based systems and the cost-sharing deal were on the agenda of the ministers at the meeting in Seoul this week.
5.1 para The ministers met in Seoul on Tuesday- the first such meeting in years- and agreed on a plan.
5.2 para The North- South talks, the inter- Korean line and the follow-up meetings stay on the agenda of the two allies this year."
}

@test "revp5: words after ff and a space that the list does not know stay apart (off shore, staff ed, tariff s); foreign aff airs closes" {
	IN="The ships lay off shore for a week, and the staff ed the rooms. They set\noff ensive drills. The tariff s were cut. The Chief of Staff Lee and the\nstaff ers met. The eff ort was large. They took off ice from the deck. The\ncuff s were blue. Mr. Huff ington came. The staff in Seoul and the staff\ning plan were set. The foreign aff airs of the two allies were discussed.\n" run t -u sentence
	check 0 "1.1 para The ships lay off shore for a week, and the staff ed the rooms.
1.2 para They set off ensive drills.
1.3 para The tariff s were cut.
1.4 para The Chief of Staff Lee and the staff ers met.
1.5 para The eff ort was large.
1.6 para They took off ice from the deck.
1.7 para The cuff s were blue.
1.8 para Mr. Huff ington came.
1.9 para The staff in Seoul and the staff ing plan were set.
1.10 para The foreign affairs of the two allies were discussed."
}

@test "revp5: a document pasted on one line, its contents at the top and an index at the end, is prose, not a table of contents; leaders in prose stay" {
	IN="Contents Introduction . . . . . 1 Background . . . . . 3 Findings . . . . . 7 The alliance has changed more than once since the armistice of 1953 and the treaty that followed it. The two capitals have argued about the cost of keeping the forces on the peninsula for as long as anyone can remember, and the ministers met again this year to settle it. Index alliance . . . . . 4 deterrence . . . . . 9\n\nThe troop numbers were: Army. . . . . 19,200 Air Force. . . . . 8,100 Navy. . . . . 300 in 2024\n\nThe drill ran on and on and on .... 3 days .... 4 days and then at last it ended on day 5\n" run t -k
	check 0 "1 para Contents Introduction . . . . . 1 Background . . . . . 3 Findings . . . . . 7 The alliance has changed more than once since the armistice of 1953 and the treaty that followed it. The two capitals have argued about the cost of keeping the forces on the peninsula for as long as anyone can remember, and the ministers met again this year to settle it. Index alliance . . . . . 4 deterrence . . . . . 9
2 para The troop numbers were: Army. . . . . 19,200 Air Force. . . . . 8,100 Navy. . . . . 300 in 2024
3 para The drill ran on and on and on .... 3 days .... 4 days and then at last it ended on day 5"
	IN="CONTENTS Foreword by the Chair of the Board, with a Note on the Year . . . . . 3 The Alliance at Seventy: Deterrence, Cost Sharing and the Transfer of Wartime Operational Control, by the Editors of This Issue, with Maps . . . . . 5 Notes . . . . . 9\n" run t -k
	check 0 "1 noise CONTENTS Foreword by the Chair of the Board, with a Note on the Year . . . . . 3 The Alliance at Seventy: Deterrence, Cost Sharing and the Transfer of Wartime Operational Control, by the Editors of This Issue, with Maps . . . . . 5 Notes . . . . . 9"
}

@test "revp5: small Roman numerals that are content stay text: a list's labels, Part / iv, chapter / vii, xxx; a page's number between blank lines is still noise" {
	IN="The plan has three aims:\n\ni\nto deter the North;\n\nii\nto defend the South;\n\niii\nto end the war.\n\nPart\niv\nof the report sets out the costs.\n\nThe allies met in Seoul.\n\nII. Background\n\nThe redacted name was\nxxx\nin the cable.\n\nSee chapter\nvii\nfor details.\n\nThe steps are these.\n\niv\n\nKey Findings\n" run t -k
	check 0 "1 para The plan has three aims:
2 para i to deter the North;
3 para ii to defend the South;
4 para iii to end the war.
5 heading Part
6 para iv of the report sets out the costs.
7 para The allies met in Seoul.
8 heading II. Background
9 para The redacted name was xxx in the cable.
10 para See chapter vii for details.
11 para The steps are these.
12 noise iv
13 heading Key Findings"
}

@test "revp5: a -layout table of three columns with wide cells is no two columns: its rows stay in their order" {
	{
		printf 'Table 4. The Three Exercises\n\n'
		printf '%-38s%-38s%s\n' "Freedom Shield, held each March" "Ulchi Freedom Shield in August" "Vigilant Defense in the autumn" \
		    "with the forces of both allies" "with the civil defense drills" "with the air forces of the two" \
		    "and the reserve units of the ROK" "of the whole government of ROK" "allies and some F-35 fighters" \
		    "in the field and on computers" "on the computers of the command" "flying from bases in the south" \
		    "for eleven days in all each year" "for ten days in all every year" "for five days in all each year" \
		    "under the combined command staff" "under the combined command too" "under the air component staff"
		printf '\f'
	} > "$BATS_TEST_TMPDIR/three.txt"
	run tf "$BATS_TEST_TMPDIR/three.txt" -k
	check 0 "1 meta Table 4. The Three Exercises
2 para Freedom Shield, held each March Ulchi Freedom Shield in August Vigilant Defense in the autumn with the forces of both allies with the civil defense drills with the air forces of the two and the reserve units of the ROK of the whole government of ROK allies and some F-35 fighters in the field and on computers on the computers of the command flying from bases in the south for eleven days in all each year for ten days in all every year for five days in all each year under the combined command staff under the combined command too under the air component staff"
}

@test "revp5: a two-column row whose gutter is narrower (a long left line) is split at the gutter like its neighbours, no byte of either column lost or doubled" {
	{
		printf 'The Alliance at Seventy: Notes of Our Own\n\n'
		printf '%-52s%s\n' \
		    "The allies marked seventy years of the treaty" "the ministers met in Seoul to review the plans" \
		    "in the autumn of 2023 with a parade in Seoul" "for the next decade, and they agreed that the" \
		    "and a statement of the two presidents. A month" "drills would grow in scale and in number and" \
		    "later the defense ministers of the two allies" "that the allies would hold them all year." \
		    "met again, this time in Washington, and a new" "The new plan also sets out the steps for the" \
		    "plan came out of it, though the cost of the" "transfer of wartime operational control, which" \
		    "pace of the transfer of control stayed in doubt and" "the allies now expect to complete by 2030."
		printf '\f'
	} > "$BATS_TEST_TMPDIR/narrow.txt"
	run tf "$BATS_TEST_TMPDIR/narrow.txt" -u sentence
	check 0 "1.1 heading The Alliance at Seventy: Notes of Our Own
2.1 para The allies marked seventy years of the treaty in the autumn of 2023 with a parade in Seoul and a statement of the two presidents.
2.2 para A month later the defense ministers of the two allies met again, this time in Washington, and a new plan came out of it, though the cost of the pace of the transfer of control stayed in doubt and the ministers met in Seoul to review the plans for the next decade, and they agreed that the drills would grow in scale and in number and that the allies would hold them all year.
2.3 para The new plan also sets out the steps for the transfer of wartime operational control, which the allies now expect to complete by 2030."
}

@test "revp5: two columns with cells empty on some rows and headings in each are read column by column; a justified single column with a wide title and form feeds is left as it is" {
	{
		printf 'Notes on the Combined Command, Written for This Test\n\n'
		printf '%-56s%s\n' \
		    "The combined command was set up in 1978 to lead the" "its staff would move to Camp Humphreys, and" \
		    "forces of both allies in war, and its commander has" "the move was finished in the summer of 2022." \
		    "always been an American general with a Korean" "" \
		    "deputy. In 2018 the ministers agreed that a Korean" "Future Command" \
		    "general would lead the command after the transfer" "The new command keeps the same structure but" \
		    "of wartime operational control." "swaps the posts of its commander and deputy," \
		    "" "as the ministers agreed in their guidelines." \
		    "Basing" "" \
		    "The ministers also agreed that" "The allies will certify it in three stages."
		printf '\f'
	} > "$BATS_TEST_TMPDIR/cells.txt"
	run tf "$BATS_TEST_TMPDIR/cells.txt" -u sentence
	check 0 "1.1 heading Notes on the Combined Command, Written for This Test
2.1 para The combined command was set up in 1978 to lead the forces of both allies in war, and its commander has always been an American general with a Korean deputy.
2.2 para In 2018 the ministers agreed that a Korean general would lead the command after the transfer of wartime operational control.
3.1 heading Basing
4.1 para The ministers also agreed that its staff would move to Camp Humphreys, and the move was finished in the summer of 2022.
5.1 heading Future Command
6.1 para The new command keeps the same structure but swaps the posts of its commander and deputy, as the ministers agreed in their guidelines.
6.2 para The allies will certify it in three stages."
	{
		printf '                    THE ALLIANCE AT SEVENTY: A REVIEW OF THE RECORD                    3\n\n'
		printf 'The allies marked seventy years of the treaty in the autumn of 2023 with a parade\n'
		printf 'in Seoul and a statement of the two presidents.    A month later the ministers met\n'
		printf 'again in Washington and wrote a new plan for the decade.     Both capitals said the\n'
		printf 'alliance had never been stronger, though the cost of the forces and the pace of\n'
		printf 'the transfer of control stayed in doubt.     The new plan also sets out the steps\n'
		printf 'for the transfer of wartime operational control,    which the allies now expect\n'
		printf 'to complete by 2030 at the earliest.     The ministers will meet again next year.\n\f'
	} > "$BATS_TEST_TMPDIR/one.txt"
	run tf "$BATS_TEST_TMPDIR/one.txt" -u sentence
	check 0 "1.1 para THE ALLIANCE AT SEVENTY: A REVIEW OF THE RECORD 3
2.1 para The allies marked seventy years of the treaty in the autumn of 2023 with a parade in Seoul and a statement of the two presidents.
2.2 para A month later the ministers met again in Washington and wrote a new plan for the decade.
2.3 para Both capitals said the alliance had never been stronger, though the cost of the forces and the pace of the transfer of control stayed in doubt.
2.4 para The new plan also sets out the steps for the transfer of wartime operational control, which the allies now expect to complete by 2030 at the earliest.
2.5 para The ministers will meet again next year."
}

L8="The two governments signed the agreement in 2007 after talks that had run for more than a year, and it is one of three agreements that now wait for the Congress to take them up under the expedited rules that the law on trade promotion authority sets out."

@test "revp5: an author's post alone under the name (Legislative Attorney) is meta like Specialist in Asian Affairs, not the section of the text; a heading after a name stays one (a copy's long lines)" {
	IN="Trade Rules and the Alliance\n\n\nJane Q. Roe\nLegislative Attorney\n\n$L8\n\nJane Q. Roe\nSenior Research Librarian\n\n$L8\n\nJane Q. Roe\nBackground\n\n$L8\n" run t -k
	check 0 "1 heading Trade Rules and the Alliance
2 meta Jane Q. Roe
3 meta Legislative Attorney
4 para $L8
5 meta Jane Q. Roe
6 meta Senior Research Librarian
7 para $L8
8 meta Jane Q. Roe
9 heading Background
10 para $L8"
}

@test "revp5: a contents line whose page is an annex's (A-1, B-12) is a contents line; a heading ending in a compound with a letter does not become one" {
	IN="Table of Contents\n\nKey Findings ………………… 1\nConference Agenda ………………A-1\nParticipant List ……………………B-12\n\nThe U.S.-ROK Alliance and the F-35A\n\nThe talks began.\n" run t -k
	check 0 "1 heading Table of Contents
2 noise Key Findings ………………… 1
3 noise Conference Agenda ………………A-1
4 noise Participant List ……………………B-12
5 heading The U.S.-ROK Alliance and the F-35A
6 para The talks began."
}
