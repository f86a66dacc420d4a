#!/usr/bin/env bats
# scm-split on pdftotext extracts written out by hand (no PDF needed):
# footnotes under a rule at a page's foot while the sentence goes on to
# the next page, a place's initials before a colon, words cut at a line
# end.  One test per rule, with a counter-case.
load helper

t() {	# t OPTIONS... : split stdin (printf'd $IN), print loc kind text
	printf "$IN" | scm-split "$@" | cut -f2,3,6 | tr '\t' ' '
}

P1='Korea Institute for Defense Analyses | 1\n\nThe two sides agreed to complete the verification of full operational\ncapability of the Future Combined Forces Command within the year, in\n\n'
F1='1 U.S. Department of Defense, 2026 National Defense Strategy (Washington,\nD.C.: DoD, 2026), pp. 12-14.\n2 Ministry of National Defense, "Joint Communique of the 58th SCM," Nov. 4,\n2026.\n'
P2='\nKorea Institute for Defense Analyses | 2\n\f\nKorea Institute for Defense Analyses | 3\n\nwhich the allies stressed that the conditions must be met first. The\nministers also agreed to meet again next year in Washington.\n\nKorea Institute for Defense Analyses | 4\n\f'

@test "pdftext: footnotes under a rule at a page's foot are meta, each a record, and the sentence goes on over them to the next page" {
	IN="${P1}_______________\n${F1}${P2}" run t
	check 0 "1 para The two sides agreed to complete the verification of full operational capability of the Future Combined Forces Command within the year, in which the allies stressed that the conditions must be met first. The ministers also agreed to meet again next year in Washington.
3 meta 1 U.S. Department of Defense, 2026 National Defense Strategy (Washington, D.C.: DoD, 2026), pp. 12-14.
4 meta 2 Ministry of National Defense, \"Joint Communique of the 58th SCM,\" Nov. 4, 2026."
	# no rule and a first note that is no citation: the page's foot is
	# not told, the sentence ends at the page
	IN="${P1}1 The table below lists the drills the two sides held this\nyear.\n$P2" run t
	check 0 "1 para The two sides agreed to complete the verification of full operational capability of the Future Combined Forces Command within the year, in
2 para 1 The table below lists the drills the two sides held this year.
3 para which the allies stressed that the conditions must be met first. The ministers also agreed to meet again next year in Washington."
}

@test "pdftext: a place's initials before a colon are no speaker; a word cut at a line end joins when its right part is an ending" {
	IN="The report was printed in Washington,\nD.C.: the ministry's press, 2026.\n" run t
	check 0 "1 para The report was printed in Washington, D.C.: the ministry's press, 2026."
	IN="Q: Will the allies meet again?\n\nMR. RYDER: Yes, next year.\n" run t
	check 0 "1 para Q: Will the allies meet again?
2 para MR. RYDER: Yes, next year."
	IN="The communique of 20 clau-\nses sets out the pro-\nposals and the long-\nrange plans.\n" run t
	check 0 "1 para The communique of 20 clauses sets out the proposals and the long-range plans."
}

@test "pdftext: two headings stacked over a paragraph are two headings; a title wrapped inside its phrase stays one" {
	IN="Introduction\n\nThe first paragraph of the report is here and it goes on for a while until\nit ends with a full stop.\n\nRecent Developments\nThe 58th Security Consultative Meeting\nOn November 4, 2026, the ministers met in Seoul. They agreed to meet again in\nWashington next year, officials said.\n" run t
	check 0 "1 heading Introduction
2 para The first paragraph of the report is here and it goes on for a while until it ends with a full stop.
3 heading Recent Developments
4 heading The 58th Security Consultative Meeting
5 para On November 4, 2026, the ministers met in Seoul. They agreed to meet again in Washington next year, officials said."
	IN="Introduction\n\nThe first paragraph of the report is here and it goes on for a while until\nit ends with a full stop.\n\nJoint Communique of the 58th\nSecurity Consultative Meeting\nSeoul, November 4, 2026\n\n1. The ministers met in Seoul. They agreed to meet again in Washington next\nyear, officials said.\n" run t
	check 0 "1 heading Introduction
2 para The first paragraph of the report is here and it goes on for a while until it ends with a full stop.
3 heading Joint Communique of the 58th Security Consultative Meeting
4 meta Seoul, November 4, 2026
5 clause 1. The ministers met in Seoul. They agreed to meet again in Washington next year, officials said."
}

@test "pdftext: a lead-in over bullets is text, each bullet an item; a title's part before its colon met again stays a heading (it may name a section)" {
	IN="The 58th Security Consultative Meeting: Outcomes and Issues for Congress\n\nOn November 4, 2026, the ministers met in Seoul and issued a communique of 21\nparagraphs on deterrence and the transition of wartime operational control.\n\nKey Outcomes\n\nAccording to the communique, the ministers\n• reaffirmed the U.S. commitment to extended deterrence;\n• agreed to complete the verification in 2027.\n\nThe 58th Security Consultative Meeting\n\nIssues for Congress\n\nMembers may consider whether the omission of troop-level language matters.\n" run t -k
	check 0 "1 heading The 58th Security Consultative Meeting: Outcomes and Issues for Congress
2 para On November 4, 2026, the ministers met in Seoul and issued a communique of 21 paragraphs on deterrence and the transition of wartime operational control.
3 heading Key Outcomes
4 para According to the communique, the ministers
5 item • reaffirmed the U.S. commitment to extended deterrence;
6 item • agreed to complete the verification in 2027.
7 heading The 58th Security Consultative Meeting
8 heading Issues for Congress
9 para Members may consider whether the omission of troop-level language matters."
}

@test "pdftext: an abbreviation after a slash ends no sentence (Sgt. Lopez/U.S. Army)" {
	IN="The photo was taken by Sgt. Maria Lopez/U.S. Army on Monday. It shows the drill.\n" run sh -c 'printf "$IN" | scm-split -u sentence | cut -f6'
	check 0 "The photo was taken by Sgt. Maria Lopez/U.S. Army on Monday.
It shows the drill."
}

@test "pdftext: a footer some pages number and some do not is furniture on every page; notes under a rule after a finished sentence are meta" {
	IN='U.S.-South Korea Alliance: Issues for Congress\n\nThe alliance met again this year in Seoul and the two sides agreed on a great\ndeal of work for the coming years, as the communique of the meeting shows.\n\nCongressional Research Service\n\fU.S.-South Korea Alliance: Issues for Congress\n\nMembers may wish to consider whether existing statutory limits on troop\nreductions remain appropriate, and some have called for codifying them.\n\n____________________\n1 For background, see the report on the alliance and its history.\n2 U.S. Department of War, Joint Communique of the 58th SCM, Nov. 4, 2026.\n\nCongressional Research Service                                          1\n\fU.S.-South Korea Alliance: Issues for Congress\n\nThe next meeting is set for Washington in the autumn of next year, officials\nsaid, and both sides expect it to take up the question of cost sharing.\n\nCongressional Research Service    R41481 · VERSION 87 · UPDATED         2\n\f' run t
	check 0 "1 heading U.S.-South Korea Alliance: Issues for Congress
2 para The alliance met again this year in Seoul and the two sides agreed on a great deal of work for the coming years, as the communique of the meeting shows.
3 para Members may wish to consider whether existing statutory limits on troop reductions remain appropriate, and some have called for codifying them.
5 meta 1 For background, see the report on the alliance and its history.
6 meta 2 U.S. Department of War, Joint Communique of the 58th SCM, Nov. 4, 2026.
7 para The next meeting is set for Washington in the autumn of next year, officials said, and both sides expect it to take up the question of cost sharing."
	# with no rule, a paragraph opening with a number stays text
	IN='The alliance met again this year in Seoul.\n\n1 For background, the two sides have met every year since the meeting began.\n' run t
	check 0 "1 para The alliance met again this year in Seoul.
2 para 1 For background, the two sides have met every year since the meeting began."
}

@test "pdftext: a title wrapped before a preposition, a table's rows under its caption, a dash or bullet opening a full line inside a sentence stay as they were" {
	IN="Introduction\n\nThe first paragraph of the report is here and it goes on for a while until\nit ends with a full stop.\n\nStrengthening the ROK-U.S. Alliance\nAmid Regional Uncertainty\n\nThe ministers met in Seoul. They agreed to meet again in Washington next year.\n" run t
	check 0 "1 heading Introduction
2 para The first paragraph of the report is here and it goes on for a while until it ends with a full stop.
3 heading Strengthening the ROK-U.S. Alliance Amid Regional Uncertainty
4 para The ministers met in Seoul. They agreed to meet again in Washington next year."
	IN="Introduction\n\nThe two ministers agreed that the alliance, which has kept the peace for more\n– by their count – seventy years, should modernize its command structure and\nits plans.\n" run t
	check 0 "1 heading Introduction
2 para The two ministers agreed that the alliance, which has kept the peace for more – by their count – seventy years, should modernize its command structure and its plans."
}

@test "pdftext: under a rule, a numbered list or a sentence opening with a number stays text; only notes that cite are meta" {
	IN="The ministers met in Seoul and agreed on a long list of measures, officials said.\n\n---\n\n1) The allies will complete the verification in 2027.\n\n2) They will hold a tabletop exercise.\n\n* * *\n\n1 U.S. soldier was hurt in the exercise at the range.\n" run t
	check 0 "1 para The ministers met in Seoul and agreed on a long list of measures, officials said.
3 item 1) The allies will complete the verification in 2027.
4 item 2) They will hold a tabletop exercise.
6 para 1 U.S. soldier was hurt in the exercise at the range."
}

@test "pdftext: a title wrapped after two states' names or an ordinal stays one heading, across a blank line of the layout too" {
	W='1. The 51st Republic of Korea (ROK)-United States (US) Security Consultative Meeting (SCM) was held\nin Seoul on November 15, 2019, and the two delegations met for the whole day.\n'
	IN="     Joint Communiqu\xc3\xa9 of the 51st ROK\xe2\x80\x93US\n          Security Consultative Meeting\n\n$W" run t
	check 0 "1 heading Joint Communiqué of the 51st ROK–US Security Consultative Meeting
2 clause 1. The 51st Republic of Korea (ROK)-United States (US) Security Consultative Meeting (SCM) was held in Seoul on November 15, 2019, and the two delegations met for the whole day."
	IN="     Joint Communiqu\xc3\xa9 of the 50th\n\n     U.S.-ROK Security Consultative Meeting\n\n$W" run t
	check 0 "1 heading Joint Communiqué of the 50th U.S.-ROK Security Consultative Meeting
2 clause 1. The 51st Republic of Korea (ROK)-United States (US) Security Consultative Meeting (SCM) was held in Seoul on November 15, 2019, and the two delegations met for the whole day."
	# a label's number and a word that is no state pair end their line
	IN="Appendix 13\n\nJoint Communique of the 49th SCM\n\n$W" run t
	check 0 "1 heading Appendix 13
2 heading Joint Communique of the 49th SCM
3 clause 1. The 51st Republic of Korea (ROK)-United States (US) Security Consultative Meeting (SCM) was held in Seoul on November 15, 2019, and the two delegations met for the whole day."
	IN="$W\nCooperation in the Indo-Pacific\nRegional Security Outlook\n\n$W" run t
	check 0 "1 clause 1. The 51st Republic of Korea (ROK)-United States (US) Security Consultative Meeting (SCM) was held in Seoul on November 15, 2019, and the two delegations met for the whole day.
2 heading Cooperation in the Indo-Pacific
3 heading Regional Security Outlook
4 clause 1. The 51st Republic of Korea (ROK)-United States (US) Security Consultative Meeting (SCM) was held in Seoul on November 15, 2019, and the two delegations met for the whole day."
}
