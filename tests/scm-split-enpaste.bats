#!/usr/bin/env bats
# scm-split on English pages pasted as one line: the site's menu and
# banner, the title, its date with the stamps and byline, the share bar,
# the text, the notes and the page's boxes after it.  One test per rule,
# with a counter-case.
load helper

t() {	# t OPTIONS... : split stdin (printf'd $IN), print loc kind text
	printf "$IN" | scm-split "$@" | cut -f2,3,6 | tr '\t' ' '
}
ts() {	# ts OPTIONS... : like t, with the section
	printf "$IN" | scm-split "$@" | cut -f2,3,4,6 | tr '\t' '|'
}

B='The ministers agreed to strengthen combined deterrence against the North. They also pledged to expand joint exercises next year. Officials said the meeting went well and that both sides would meet again in Washington next autumn.'

@test "enpaste: a release's page as one line: banner noise, title the heading and section, the release mark meta, the share bar noise" {
	IN="An official website of the United States government Here's how you know Official websites use .gov A .gov website belongs to an official government organization in the United States. U.S. Department of War Search Home News Releases Home > News > Releases Joint Communique of the 58th Security Consultative Meeting Release | Nov. 4, 2026 Facebook X LinkedIn Email 1. The 58th Security Consultative Meeting was held in Seoul on November 4, 2026. 2. The two sides condemned the North's missile launches and urged it to return to dialogue. Subscribe to War.gov Updates Related Stories Contact Us\n" run ts -k
	check 0 "1|noise|-|An official website of the United States government Here's how you know Official websites use .gov A .gov website belongs to an official government organization in the United States. U.S. Department of War Search Home News Releases Home > News > Releases
2|heading|-|Joint Communique of the 58th Security Consultative Meeting
3|meta|Joint Communique of the 58th Security Consultative Meeting|Release | Nov. 4, 2026
4|noise|Joint Communique of the 58th Security Consultative Meeting|Facebook X LinkedIn Email
5|clause|Joint Communique of the 58th Security Consultative Meeting|1. The 58th Security Consultative Meeting was held in Seoul on November 4, 2026.
6|clause|Joint Communique of the 58th Security Consultative Meeting|2. The two sides condemned the North's missile launches and urged it to return to dialogue.
7|noise|Joint Communique of the 58th Security Consultative Meeting|Subscribe to War.gov Updates Related Stories Contact Us"
	# a title with a date and no stamp keeps its date
	IN="Joint Communique of the 58th Security Consultative Meeting November 4, 2026 1. The 58th Security Consultative Meeting was held in Seoul on November 4, 2026. 2. The two sides condemned the North's missile launches and urged it to return to dialogue.\n" run t
	check 0 "1 heading Joint Communique of the 58th Security Consultative Meeting November 4, 2026
2 clause 1. The 58th Security Consultative Meeting was held in Seoul on November 4, 2026.
3 clause 2. The two sides condemned the North's missile launches and urged it to return to dialogue."
}

@test "enpaste: a think tank's page as one line: menu, title, byline and date, share bar, then the text; bios, the publisher's note and the copyright after it" {
	IN="Home About Experts Research Events Analysis Podcasts Search Menu What the 58th SCM Means for the Alliance By Jane Doe and Kim Min-ji November 6, 2026 Share Twitter LinkedIn Email Print Download PDF $B Yet several tasks remain. Jane Doe is a senior fellow at the Center. Kim Min-ji is an associate fellow. Commentary is produced by the Center for Strategic Studies, a private, tax-exempt institution focusing on public policy issues. © 2026 by the Center for Strategic Studies. All rights reserved.\n" run t -k
	check 0 "1 noise Home About Experts Research Events Analysis Podcasts Search Menu
2 heading What the 58th SCM Means for the Alliance
3 meta By Jane Doe and Kim Min-ji November 6, 2026
4 noise Share Twitter LinkedIn Email Print Download PDF
5 para $B Yet several tasks remain.
6 meta Jane Doe is a senior fellow at the Center.
7 meta Kim Min-ji is an associate fellow.
8 meta Commentary is produced by the Center for Strategic Studies, a private, tax-exempt institution focusing on public policy issues.
9 noise © 2026 by the Center for Strategic Studies. All rights reserved."
	# a text that only ends in a sentence about a person keeps it
	IN="Home About Search Menu What the 58th SCM Means By Jane Doe November 6, 2026 Share Print $B The minister is a former general.\n" run t
	check 0 "2 heading What the 58th SCM Means
3 meta By Jane Doe November 6, 2026
5 para $B The minister is a former general."
}

@test "enpaste: a news page as one line: stamps and byline meta, font buttons in the share bar, the reporter's address and the boxes after it" {
	IN="The Korea Herald Subscribe Login National Politics Defense North Korea Business Opinion Search [Defense] Allies vow 'overwhelming' response at 58th SCM Published : 2026-11-04 21:40 Updated : 2026-11-05 10:12 By Kim So-yeon Share Facebook X Kakao Link Print A A A senior official said the allies agreed on a new plan. $B (Joint Press Corps) sykim@heraldcorp.com #SCM #alliance Most Read Seoul stocks close higher Related Articles Hegseth arrives in Seoul Copyright (c) Herald Corporation. All Rights Reserved.\n" run t -k
	check 0 "1 noise The Korea Herald Subscribe Login National Politics Defense North Korea Business Opinion Search
2 heading [Defense] Allies vow 'overwhelming' response at 58th SCM
3 meta Published : 2026-11-04 21:40 Updated : 2026-11-05 10:12 By Kim So-yeon
4 noise Share Facebook X Kakao Link Print A A
5 para A senior official said the allies agreed on a new plan. $B (Joint Press Corps)
6 meta sykim@heraldcorp.com
7 noise #SCM #alliance Most Read Seoul stocks close higher Related Articles Hegseth arrives in Seoul Copyright (c) Herald Corporation. All Rights Reserved."
}

@test "enpaste: a breadcrumb before the title stamps a bare date; with no breadcrumb, stamp, byline or share bar a date is the text's" {
	IN="Home › Briefing Room › Statements and Releases Joint Statement on the United States–Republic of Korea Alliance November 4, 2026 The United States and the Republic of Korea today reaffirmed their ironclad Alliance. $B ### Share this: Facebook X Email\n" run t -k
	check 0 "1 noise Home › Briefing Room › Statements and Releases
2 heading Joint Statement on the United States–Republic of Korea Alliance
3 meta November 4, 2026
4 para The United States and the Republic of Korea today reaffirmed their ironclad Alliance. $B
5 noise ### Share this: Facebook X Email"
	IN="Seoul and Washington held their annual talks on November 4, 2026 The ministers met again. $B\n" run t
	check 0 "1 para Seoul and Washington held their annual talks on November 4, 2026 The ministers met again. $B"
	# a page's paragraph, not the first of its document: no head is cut
	IN="Seoul and Washington met today.\n\nHome > News Joint Statement on the Alliance Release | Nov. 4, 2026 Facebook X $B\n" run t
	check 0 "1 para Seoul and Washington met today.
2 para Home > News Joint Statement on the Alliance Release | Nov. 4, 2026 Facebook X $B"
}

@test "enpaste: prose with a date is no head: a date ending its sentence, a stamp's word or a tool's word opening the next one" {
	IN="The 58th Security Consultative Meeting opened in Seoul on Nov. 4, 2026. First Vice Foreign Minister Park joined the talks. $B\n" run t
	check 0 "1 para The 58th Security Consultative Meeting opened in Seoul on Nov. 4, 2026. First Vice Foreign Minister Park joined the talks. $B"
	IN="The allies launched a new data-sharing initiative on Nov. 4, 2026 Link 16 terminals will be installed on every ship. $B\n" run t
	check 0 "1 para The allies launched a new data-sharing initiative on Nov. 4, 2026 Link 16 terminals will be installed on every ship. $B"
}

@test "enpaste: the head's edges: a byline of names only, a tool's word before a number, a zone only after a time, menu words inside a title" {
	IN="Home Analysis Search Menu North Korea's Party Congress and the Alliance November 6, 2026 By Jane Doe North Korea's 2026 party congress set out a new line. $B\n" run t
	check 0 "2 heading North Korea's Party Congress and the Alliance
3 meta November 6, 2026 By Jane Doe
4 para North Korea's 2026 party congress set out a new line. $B"
	IN="Home About Analysis Search Menu Why Interoperability Matters By Jane Doe November 6, 2026 Share Twitter Email Print Link 16 integration remains incomplete. $B\n" run t -k
	check 0 "1 noise Home About Analysis Search Menu
2 heading Why Interoperability Matters
3 meta By Jane Doe November 6, 2026
4 noise Share Twitter Email Print
5 para Link 16 integration remains incomplete. $B"
	IN="Home About Search Menu What the Latest SCM Means By Jane Doe November 6, 2026 Seoul Mayor Oh Se-hoon said the city was ready. $B\n" run t
	check 0 "2 heading What the Latest SCM Means
3 meta By Jane Doe November 6, 2026
4 para Seoul Mayor Oh Se-hoon said the city was ready. $B"
	IN="Home News Releases Gen. Brunson Visits Troops Along the DMZ Release | Nov. 4, 2026 Facebook X Email $B\n" run t
	check 0 "2 heading Gen. Brunson Visits Troops Along the DMZ
3 meta Release | Nov. 4, 2026
5 para $B"
}

@test "enpaste: after the head, a last sentence about a minister is text; a second story after the first one's address stays text" {
	IN="Home About Search Menu What the SCM Means By Jane Doe November 6, 2026 Share Print $B Defense Minister Ahn Gyu-back is expected to visit Washington early next year. North Korea is likely to respond with more missile tests ahead of the drills.\n" run t
	check 0 "2 heading What the SCM Means
3 meta By Jane Doe November 6, 2026
5 para $B Defense Minister Ahn Gyu-back is expected to visit Washington early next year. North Korea is likely to respond with more missile tests ahead of the drills."
	IN="The Korea Herald Subscribe Login National Politics Search [Defense] Allies vow response Published : 2026-11-04 21:40 By Kim So-yeon Share Facebook $B sykim@heraldcorp.com [Defense] Seoul to expand drills with Tokyo South Korea will expand trilateral drills with Japan next year, officials said. jklee@heraldcorp.com Most Read Seoul stocks close higher\n" run t -k
	check 0 "1 noise The Korea Herald Subscribe Login National Politics Search
2 heading [Defense] Allies vow response
3 meta Published : 2026-11-04 21:40 By Kim So-yeon
4 noise Share Facebook
5 para $B sykim@heraldcorp.com [Defense] Seoul to expand drills with Tokyo South Korea will expand trilateral drills with Japan next year, officials said.
6 meta jklee@heraldcorp.com
7 noise Most Read Seoul stocks close higher"
}

@test "enpaste: a wire story's page as one line: the stamp's time, then the dateline opens the text" {
	IN="Yonhap News Agency Home National Politics Defense North Korea Search S. Korea, U.S. agree to boost extended deterrence at annual talks Updated : 2026-11-04 16:00 SEOUL, Nov. 4 (Yonhap) -- South Korea and the United States agreed Tuesday to further strengthen extended deterrence, the defense ministry said. $B (END) Keywords #SCM Most Read BTS tops chart Copyright (c) Yonhap News Agency\n" run t -k
	check 0 "1 noise Yonhap News Agency Home National Politics Defense North Korea Search
2 heading S. Korea, U.S. agree to boost extended deterrence at annual talks
3 meta Updated : 2026-11-04 16:00
4 para SEOUL, Nov. 4 (Yonhap) -- South Korea and the United States agreed Tuesday to further strengthen extended deterrence, the defense ministry said. $B
5 meta (END)
6 noise Keywords #SCM Most Read BTS tops chart Copyright (c) Yonhap News Agency"
}

@test "enpaste: a think tank's one-line page: the authors' photos and bios over the text are meta, its box of topics and citation after the disclaimer noise" {
	IN="Home About Analysis Search Menu What the SCM Did Not Say By Jane Doe November 12, 2026 Print Share Headshot of Jane Doe Jane Doe Jane Doe is a nonresident fellow at the Center. $B The views expressed are the author's own. Related Topics Alliance Extended Deterrence Cite this Doe, Jane. \"What the SCM Did Not Say.\" Center, November 12, 2026. APA MLA Copy citation Subscribe © 2026 The Center.\n" run t -k
	check 0 "1 noise Home About Analysis Search Menu
2 heading What the SCM Did Not Say
3 meta By Jane Doe November 12, 2026
4 noise Print Share
5 meta Headshot of Jane Doe Jane Doe Jane Doe is a nonresident fellow at the Center.
6 para $B
7 meta The views expressed are the author's own.
8 noise Related Topics Alliance Extended Deterrence Cite this Doe, Jane. \"What the SCM Did Not Say.\" Center, November 12, 2026. APA MLA Copy citation Subscribe © 2026 The Center."
}

@test "enpaste: a one-line copy whose preface in sentences, a rule and a title come before clause 1 far into the line: the preface a paragraph, the rule noise, the title a heading" {
	PRE='PACIFIC SECURITY DIGEST ** SPECIAL ISSUE ** November 5, 2026 What follows is the whole text of the joint communique the two defense chiefs issued after their annual meeting in Seoul this week. The communique was released by the ministry in the evening, after a press conference by both delegations. [Editor: a summary of this text ran in yesterday'"'"'s digest, with the reactions of the two capitals and of analysts in the region.] ------------------------------ 58TH ROK-US SECURITY CONSULTATIVE MEETING Joint Communique November 4, 2026 '
	IN="${PRE}1. The 58th Security Consultative Meeting was held in Seoul on November 4, 2026. 2. The Minister and the Secretary reaffirmed the commitment. 3. Both sides agreed to meet again next year.\n" run sh -c 'printf "$IN" | scm-split -k | cut -f2,3,4,6 | cut -c1-45'
	check 0 "1	para	-	PACIFIC SECURITY DIGEST ** SPECIAL I
2	noise	-	------------------------------
3	heading	-	58TH ROK-US SECURITY CONSULTATIVE
4	clause	58TH ROK-US SECURITY CONSULTATIVE ME
5	clause	58TH ROK-US SECURITY CONSULTATIVE ME
6	clause	58TH ROK-US SECURITY CONSULTATIVE ME"
}

@test "enpaste: a one-line copy with a title of a few words and a date before clause 1 keeps the title whole" {
	IN="Joint Communique of the 58th Security Consultative Meeting. Seoul, November 4, 2026 1. The 58th Security Consultative Meeting was held in Seoul on November 4, 2026. 2. The Minister and the Secretary reaffirmed the commitment.\n" run sh -c 'printf "$IN" | scm-split -k | cut -f2,3,6'
	check 0 "1	heading	Joint Communique of the 58th Security Consultative Meeting.
2	meta	Seoul, November 4, 2026
3	clause	1. The 58th Security Consultative Meeting was held in Seoul on November 4, 2026.
4	clause	2. The Minister and the Secretary reaffirmed the commitment."
}

@test "enpaste: an op-ed pasted as one line opens an item at each of its points (First, ... Second, ... Third, ...), as its lines did; a lone 'First,' opens none" {
	p='Earlier this month the two defense ministers met in Washington for the annual consultative meeting of the alliance, and they spoke at length about the threats the peninsula faces from the North and about the shape of the alliance in the years ahead. The meeting came at a time of tension, with missile launches from the North nearly every week and with questions in both capitals about the cost of keeping the alliance strong. Each side brought its own list of concerns, and each left with more than it had hoped for. Its results can be summed up in three points: First, the two sides pledged to deepen cooperation on extended deterrence. They also agreed to hold more tabletop exercises. Second, the two countries agreed to expand combined exercises at the regiment level and above. Third, both nations agreed to work more closely with partners in the region. The year ahead carries great weight for the alliance, which marks its seventieth anniversary, and both ministers promised to make it a year to remember for the people of both nations and for their friends.'
	run sh -c 'printf "%s\n" "$1" | scm-split -u sentence | cut -f2,3,6' - "$p"
	[ "$status" -eq 0 ]
	[[ "$output" == *$'1.4\tpara\tIts results can be summed up in three points:\n2.1\titem\tFirst, the two sides pledged'* ]]
	[[ "$output" == *$'2.2\titem\tThey also agreed'* ]]
	[[ "$output" == *$'3.1\titem\tSecond, the two countries'* ]]
	[[ "$output" == *$'4.1\titem\tThird, both nations'* ]]
	# without a second point, "First," opens no item
	q=${p/Second, the two countries/Also, the two countries}
	run sh -c 'printf "%s\n" "$1" | scm-split -u sentence | cut -f2,3,6' - "$q"
	[[ "$output" != *$'\titem\t'* ]]
	[[ "$output" == *$'three points: First, the two sides'* ]]
}
