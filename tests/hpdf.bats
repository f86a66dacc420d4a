#!/usr/bin/env bats
# scm-split on the shapes of English PDF extracts met in real reports
# and white papers (pdftotext with and without -layout), written out by
# hand: numbered section titles, citations, ligatures, tables of
# contents.  One test per rule, with the nearest lines that must not
# change.
load helper

t() {	# t OPTIONS... : split stdin (printf'd $IN), print loc kind text
	printf "$IN" | scm-split "$@" | cut -f2,3,6 | tr '\t' ' '
}

@test "hpdf: a numbered section title in title case is a heading however long, wrapped or not; a numbered sentence stays a clause" {
	IN="2. Building Up the Combined Defense Posture of the Alliance for the Next Decade\n\nThe allies held three drills this year.\n" run t
	check 0 "1 heading 2. Building Up the Combined Defense Posture of the Alliance for the Next Decade
2 para The allies held three drills this year."
	IN="           3. Strengthening Extended Deterrence Against the Evolving Threats\n             of North Korea\n\n             The two sides met twice.\n" run t
	check 0 "1 heading 3. Strengthening Extended Deterrence Against the Evolving Threats of North Korea
2 para The two sides met twice."
	# a clause, a sentence with lower-case words, or one left unfinished
	IN="4. The Minister and the Secretary Reaffirmed the Alliance Commitment to the Republic of Korea.\n\n5. The two sides decided to continue consultations on the future of the alliance\n" run t
	check 0 "1 clause 4. The Minister and the Secretary Reaffirmed the Alliance Commitment to the Republic of Korea.
2 clause 5. The two sides decided to continue consultations on the future of the alliance"
}

@test "hpdf: a citation's volume then its issue's number ends no sentence (Vol. 12. No. 3); a volume at a sentence's end, or a year before No. 2, still does" {
	IN="4 Jane Roe, \"Allies Under Strain,\" Asian Security Review, Vol. 12. No. 3 (Spring 2024), p. 41. Her data end in 2023.\n" run t -u sentence
	check 0 "1.1 meta 4 Jane Roe, \"Allies Under Strain,\" Asian Security Review, Vol. 12. No. 3 (Spring 2024), p. 41.
1.2 meta Her data end in 2023."
	IN="The series ends with Vol. 3. No one expected a fourth.\n\nThe plan was drafted in 2019. No. 2 of the series followed.\n" run t -u sentence
	check 0 "1.1 para The series ends with Vol. 3.
1.2 para No one expected a fourth.
2.1 para The plan was drafted in 2019.
2.2 para No. 2 of the series followed."
}

@test "hpdf: a word a ligature left in pieces, its f set apart, is closed up, across a line's end too; a lone f among words stays" {
	IN="           The ministers reaf f irmed their pledge, and an of f icial said the ef f\n           ect of the drills was clear.\n" run t
	check 0 "1 para The ministers reaffirmed their pledge, and an official said the effect of the drills was clear."
	IN="Grade f is rare. If f is the rate, the staf f\nis small. Of the items e, f, g, none is left; see pp. 12 f. on this.\n" run t
	check 0 "1 para Grade f is rare. If f is the rate, the staf f is small. Of the items e, f, g, none is left; see pp. 12 f. on this."
}

@test "hpdf: a PDF's text pasted on one line: a superscript set words away from its number goes back to it, before or after; one that fits no number stays" {
	IN="Annex 7 th Joint Statement of the 60 Korea-U.S. Defense Talks 1. The 60 Republic of Korea-U.S. Defense Talks were held th in Busan on May 2, 2028. The heads of delegation met after the nd 32 meeting of their staffs and the 22 Combined Staff Talks. 2. The two sides reviewed the drills of the year. \n" run t -u sentence
	check 0 "1.1 heading Annex 7 Joint Statement of the 60th Korea-U.S. Defense Talks
2.1 clause 1. The 60th Republic of Korea-U.S. Defense Talks were held in Busan on May 2, 2028.
2.2 clause The heads of delegation met after the 32 meeting of their staffs and the 22nd Combined Staff Talks.
3.1 clause 2. The two sides reviewed the drills of the year."
	# the suffix is no fit for any number near it, or its number takes it already
	IN="The 42 Security Consultative Meeting and our 41 Committee met th in Seoul; the 57th met in 2025 th.\n" run t
	check 0 "1 para The 42 Security Consultative Meeting and our 41 Committee met th in Seoul; the 57th met in 2025 th."
}

@test "hpdf: a title broken by a blank line after an adverb that wants its adjective stays one heading; after a noun in -ly it is two" {
	IN="Chapter 3       Toward a Strategically\n\n                     Balanced ROK-U.S. Alliance\n\n           The allies met twice this year and agreed on a new plan for the decade.\n" run t
	check 0 "1 heading Chapter 3 Toward a Strategically Balanced ROK-U.S. Alliance
2 para The allies met twice this year and agreed on a new plan for the decade."
	IN="Relations with the National Assembly\n\nBudget Talks in December\n\nThe allies met twice this year and agreed on a new plan for the decade.\n" run t
	check 0 "1 heading Relations with the National Assembly
2 heading Budget Talks in December
3 para The allies met twice this year and agreed on a new plan for the decade."
}

@test "hpdf: a table of contents with no page numbers, one entry a line, is noise, each entry a block; its first entry met again is the text's first heading" {
	IN="Alliance Brief for Members\nUpdated March 2, 2027\nContents\nOverview\nRECENT DEVELOPMENTS\nRelations with Pyongyang\nThe Combined Forces Command and Its Future\nCost Sharing Under the New Agreement\nOverview\nThe two allies agreed in January to extend the cost-sharing deal.\n" run t -k
	check 0 "1 heading Alliance Brief for Members
2 meta Updated March 2, 2027
3 heading Contents
4 noise Overview
5 noise RECENT DEVELOPMENTS
6 noise Relations with Pyongyang
7 noise The Combined Forces Command and Its Future
8 noise Cost Sharing Under the New Agreement
9 heading Overview
10 para The two allies agreed in January to extend the cost-sharing deal."
	# a line of text ends the table at once; no "Contents" above, no table
	IN="Contents\nThe allies met in Seoul and agreed on a plan.\nRecent Developments\nThe plan runs to 2030.\n" run t -k
	check 0 "1 heading Contents
2 para The allies met in Seoul and agreed on a plan.
3 heading Recent Developments
4 para The plan runs to 2030."
}

@test "hpdf (revs): a verb's adverb ends a title (Respond Collectively, Published Recently); a byline after a title that waits is its own" {
	IN="How the Allies Should Respond Collectively\n\nDeterrence Posture Review\n\nThe allies met twice this year and agreed on a new plan for the decade.\n" run t
	check 0 "1 heading How the Allies Should Respond Collectively
2 heading Deterrence Posture Review
3 para The allies met twice this year and agreed on a new plan for the decade."
	IN="Allies Respond Swiftly and Decisively\n\nBy Kim Min-jun\n\nThe allies met twice this year and agreed on a new plan for the decade.\n" run t
	check 0 "1 heading Allies Respond Swiftly and Decisively
2 meta By Kim Min-jun
3 para The allies met twice this year and agreed on a new plan for the decade."
	IN="Recommendations Published Recently\n\nAppendix A\n\nThe allies met twice this year and agreed on a new plan for the decade.\n" run t
	check 0 "1 heading Recommendations Published Recently
2 heading Appendix A
3 para The allies met twice this year and agreed on a new plan for the decade."
	# the adverb after an article or a preposition still waits
	IN="Development of Mutually\n\nReinforcing Defense Industries\n\nThe allies met twice this year and agreed on a new plan for the decade.\n" run t
	check 0 "1 heading Development of Mutually Reinforcing Defense Industries
2 para The allies met twice this year and agreed on a new plan for the decade."
}

@test "hpdf (revs): a date's own superscript (November 13 th, July 1 st) is no stray one for another number; a small word after a lone f stays apart (staf f for, of f with)" {
	IN="The meeting on November 13 th in Seoul drew the 15 Korean and American delegates to the table. \n" run t
	check 0 "1 para The meeting on November 13 th in Seoul drew the 15 Korean and American delegates to the table."
	IN="Of the 4 U.S. carriers in the Pacific, one joined the drill on November 13 th near Jeju. The 21 Century Strategy was released on July 1 st in Seoul. \n" run t
	check 0 "1 para Of the 4 U.S. carriers in the Pacific, one joined the drill on November 13 th near Jeju. The 21 Century Strategy was released on July 1 st in Seoul."
	# still: a stray suffix words away goes to its number
	IN="The 60 Republic of Korea-U.S. Defense Talks were held th in Busan on May 2, 2028. \n" run t
	check 0 "1 para The 60th Republic of Korea-U.S. Defense Talks were held in Busan on May 2, 2028."
	IN="The chief of staf f for the command and the value of f with respect to time were the ef f ect of the of f icial plan.\n" run t
	check 0 "1 para The chief of staf f for the command and the value of f with respect to time were the effect of the official plan."
}

@test "hpdf (revs): under Contents, a page's date line and byline are meta, no entries; the first entry met again in capitals is the text's heading" {
	IN="The Peninsula Daily\nContents\nNorth Korea\nDefense\nAllies Sign Updated Deterrence Plan\nPosted : 2026-11-05 17:20\nBy Lee Ha-eun\nSouth Korea and the United States signed an updated plan on Thursday.\n" run t -k
	[ "${lines[5]}" = "6 meta Posted : 2026-11-05 17:20" ]
	[ "${lines[6]}" = "7 meta By Lee Ha-eun" ]
	[ "${lines[7]}" = "8 para South Korea and the United States signed an updated plan on Thursday." ]
	IN="Contents\nIntroduction\nThe Alliance Today\nLooking Ahead\n\nINTRODUCTION\n\nThe alliance has changed since 1953.\n" run t -k
	[ "${lines[4]}" = "5 heading INTRODUCTION" ]
	[ "${lines[5]}" = "6 para The alliance has changed since 1953." ]
}
