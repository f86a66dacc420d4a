#!/usr/bin/env bats
# scm-split on more shapes of English PDF extracts (sixth round): a
# periodical's running head under a page's number inside a sentence, a
# paragraph broken after a comma by a column's end, an author's note
# under a title, the double-spaced text of a scanned PDF.  Our own text
# in each shape, with the nearest lines that must not change.
load helper

t() {	# t OPTIONS... : split stdin (printf'd $IN), print loc kind text
	printf "$IN" | scm-split "$@" | cut -f2,3,6 | tr '\t' ' '
}

@test "hpdf6: a periodical's name under a page's number, inside a sentence that goes on below it, is the page's running head" {
	IN="The ministers said that the drills of the United\n214\nThe Journal of Alliance Studies\nStates and Korea would resume in March. They said no more.\n" run t -k -u sentence
	check 0 "1.1 para The ministers said that the drills of the United States and Korea would resume in March.
1.2 para They said no more.
2.1 noise 214
3.1 noise The Journal of Alliance Studies"
	IN="Both sides keep their plans\n- 12 -\nAsian Security Review\nunder review every year.\n" run t -k
	check 0 "1 para Both sides keep their plans under review every year.
2 noise - 12 -
3 noise Asian Security Review"
}

@test "hpdf6: a periodical's name that is the sentence's own (after a small word, before a blank line, no page number) stays text" {
	IN="The editors cited a piece that first appeared in the\n12\nKorean Journal of Alliance Affairs\nin 2019, which argued for a change.\n" run t -k
	check 0 "1 para The editors cited a piece that first appeared in the Korean Journal of Alliance Affairs in 2019, which argued for a change.
2 noise 12"
	IN="Kim made the case at length\nAsian Security Review\nand later in a book.\n" run t -k
	check 0 "1 para Kim made the case at length Asian Security Review and later in a book."
	IN="The ministers said the drills would go on\n12\nRegional Security Studies\n\nThe next part turns to China and its navy.\n" run t -k
	check 0 "1 heading The ministers said the drills would go on Regional Security Studies
2 noise 12
3 para The next part turns to China and its navy."
}

@test "hpdf6: a paragraph broken after a comma by blank lines (a column's end) goes on" {
	IN="The center works in three areas of the region: Northeast Asia,\n\n\nSoutheast Asia, and the islands of the Pacific. Its staff has grown.\n" run t -k
	check 0 "1 para The center works in three areas of the region: Northeast Asia, Southeast Asia, and the islands of the Pacific. Its staff has grown."
}

@test "hpdf6: a salutation, an address's last line, a label, a short block after a comma stay apart" {
	IN="Chairman Reed, Ranking Member Wicker, and members of the Committee,\n\nThank you for the chance to speak about the alliance today.\n" run t -k
	check 0 "1 para Chairman Reed, Ranking Member Wicker, and members of the Committee,
2 para Thank you for the chance to speak about the alliance today."
	IN="Dear Minister Shin and Secretary Austin, and members of the staff,\n\nThank you for the chance to speak about the alliance today.\n" run t -k
	check 0 "1 para Dear Minister Shin and Secretary Austin, and members of the staff,
2 para Thank you for the chance to speak about the alliance today."
	IN="Korea Institute for Defense Analyses, 37 Hoegi-ro, Dongdaemun-gu, Seoul,\n\nRepublic of Korea\n" run t -k
	check 0 "1 para Korea Institute for Defense Analyses, 37 Hoegi-ro, Dongdaemun-gu, Seoul,
2 heading Republic of Korea"
	IN="The ministers agreed on three points, which the statement lists as follows,\n\n1. The allies will hold their drills in the spring.\n" run t -k
	check 0 "1 para The ministers agreed on three points, which the statement lists as follows,
2 clause 1. The allies will hold their drills in the spring."
	IN="Short line ends here,\n\nThe next paragraph begins with a long line of its own.\n" run t -k
	check 0 "1 para Short line ends here,
2 para The next paragraph begins with a long line of its own."
}

@test "hpdf6: an author's note under a title, a star's or a bio whose name carries a service or a degree, is meta" {
	IN="Deterrence After the Summit\n\n* The author is a senior fellow at a research institute in Seoul.\n\nThe alliance has weathered many storms since the armistice.\n" run t -k
	check 0 "1 heading Deterrence After the Summit
2 meta * The author is a senior fellow at a research institute in Seoul.
3 para The alliance has weathered many storms since the armistice."
	IN="Deterrence After the Summit\n\nColonel Jane Roe, USAF, is a Strategic Planner at a joint command.\n\nThe alliance has weathered many storms since the armistice.\n" run t -k
	check 0 "1 heading Deterrence After the Summit
2 meta Colonel Jane Roe, USAF, is a Strategic Planner at a joint command.
3 para The alliance has weathered many storms since the armistice."
	IN="Deterrence After the Summit\n\nJohn Doe, Ph.D., is a research fellow at a defense institute.\n\nThe alliance has weathered many storms since the armistice.\n" run t -k
	check 0 "1 heading Deterrence After the Summit
2 meta John Doe, Ph.D., is a research fellow at a defense institute.
3 para The alliance has weathered many storms since the armistice."
}

@test "hpdf6: prose shaped like an author's note, and a star's note inside the text, stay as they were" {
	IN="Deterrence After the Summit\n\nNorth Korea's leader, Kim Jong Un, is the commander of all its forces.\n\nThe alliance has weathered many storms since the armistice.\n" run t -k
	check 0 "1 heading Deterrence After the Summit
2 para North Korea's leader, Kim Jong Un, is the commander of all its forces.
3 para The alliance has weathered many storms since the armistice."
	IN="Deterrence After the Summit\n\nThe alliance has weathered many storms since the armistice.\n\n* The author is a senior fellow at a research institute.\n" run t -k
	check 0 "1 heading Deterrence After the Summit
2 para The alliance has weathered many storms since the armistice.
3 item * The author is a senior fellow at a research institute."
	IN="Deterrence After the Summit\n\n* Figures are in billions of dollars.\n\nThe alliance has weathered many storms since the armistice.\n" run t -k
	check 0 "1 heading Deterrence After the Summit
2 item * Figures are in billions of dollars.
3 para The alliance has weathered many storms since the armistice."
}

@test "hpdf6: a scanned PDF's text with two spaces between all its words is read as text, its title page and abstract no menu" {
	run scm-split -k "$FIX/hpdf6/ocr-title.txt"
	[ "$status" -eq 0 ]
	run sh -c 'scm-split -k "$1" | cut -f3,6' sh "$FIX/hpdf6/ocr-title.txt"
	check 0 "heading	NAVAL WAR COLLEGE
heading	THE ALLIANCE AFTER THE TRANSFER OF COMMAND
meta	by Jane Q. Roe, Commander, USN
para	A paper submitted to the Faculty of the Naval War College in partial satisfaction of the requirements of the Department of Joint Military Operations.
para	Approved for public release; distribution is unlimited.
heading	Abstract
para	The transfer of wartime command to Seoul will change how the allies plan and fight. This paper asks what the combined staff must keep and what it may let go."
}

@test "hpdf6: a menu's row with wide gaps, a table's rows, a text with single spaces stay as they were" {
	IN="Home  News  Politics  Sports\nWorld  Business  Opinion  Video\n\nAllies sign plan\n\nSeoul and Washington signed a plan on Thursday. The ministers met in Seoul.\n" run t -k
	check 0 "1 noise Home News Politics Sports
2 noise World Business Opinion Video
3 heading Allies sign plan
4 para Seoul and Washington signed a plan on Thursday. The ministers met in Seoul."
	IN="Forces  28,500  Korea\nShips  12  Busan\nJets  90  Osan\nTanks  40  Pyeongtaek\nGuns  30  Camp\n\nThe table shows the forces in Korea. They are many.\n" run t -k
	check 0 "1 para Forces 28,500 Korea Ships 12 Busan Jets 90 Osan Tanks 40 Pyeongtaek Guns 30 Camp
2 para The table shows the forces in Korea. They are many."
}

@test "hpdf6: a contents' entry that opens with a title in quotes is an entry; a quoted sentence under the contents is text" {
	IN="Contents\nIntroduction 1\nThe Summit and After 4\n\xe2\x80\x9cWe Go Together\xe2\x80\x9d 9\nStaff 12\n\nThe program grew this year. It hired three fellows.\n" run t -k
	check 0 "1 noise Contents
2 noise Introduction 1
3 noise The Summit and After 4
4 noise “We Go Together” 9
5 noise Staff 12
6 para The program grew this year. It hired three fellows."
	IN="Contents\nIntroduction 1\n\xe2\x80\x9cWe go together,\xe2\x80\x9d the general said to the staff.\n" run t -k
	check 0 "1 noise Contents
2 noise Introduction 1
3 para “We go together,” the general said to the staff."
}

@test "hpdf6: a letter's subject on its line over the text is a block of its own; a reply's prose stays whole" {
	IN="August 22, 2006\n\nCongressional Committees\nSubject: The Overseas Master Plans of the Command\nIn 2004, the President announced a plan. It was large.\n" run t -k
	check 0 "1 meta August 22, 2006
2 heading Congressional Committees
3 heading Subject: The Overseas Master Plans of the Command
4 para In 2004, the President announced a plan. It was large."
	IN="Re: the talks in Seoul, the minister said\nthat the allies would meet again.\n" run t -k
	check 0 "1 para Re: the talks in Seoul, the minister said that the allies would meet again."
}

@test "hpdf6: a title page's \"by\" alone between blank lines goes with the name below it, not the title above" {
	IN="THE ALLIANCE AFTER THE TRANSFER\n\nby\n\nJane Q. Roe, Commander, USN\n\nThe paper asks what the staff must keep. It answers.\n" run t -k
	check 0 "1 heading THE ALLIANCE AFTER THE TRANSFER
2 meta by Jane Q. Roe, Commander, USN
3 para The paper asks what the staff must keep. It answers."
	IN="The plan was drafted by the staff\nand signed by the ministers.\n" run t -k
	check 0 "1 para The plan was drafted by the staff and signed by the ministers."
}

@test "hpdf6: a sub-clause's number of digits and a letter (5a., 12b.) opening a block keeps its text in its sentence; a sentence that ends in such a token still ends" {
	IN="5a. CONTRACT NUMBER\n\n12b. The ministers agreed to meet again. They left.\n\nThe team scored 5a. The rest followed.\n" run t -u sentence
	check 0 "1.1 heading 5a. CONTRACT NUMBER
2.1 para 12b. The ministers agreed to meet again.
2.2 para They left.
3.1 para The team scored 5a.
3.2 para The rest followed."
}
