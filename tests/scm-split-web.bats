#!/usr/bin/env bats
# scm-split on web pages pasted with their line breaks, one paragraph a
# line: fact sheets' headings over their bullets, a document's kind
# before its title, end marks, wire credits, a superscript torn from its
# number.  One test per rule, with a counter-case.
load helper

t() {	# t OPTIONS... : split stdin (printf'd $IN), print loc kind section text
	printf "$IN" | scm-split "$@" | cut -f2,3,4,6 | tr '\t' '|'
}

L='Today, the United States and the Republic of Korea concluded the 58th Security Consultative Meeting in Seoul, and the two allies announced a set of initiatives to modernize the Alliance:'

@test "web: a fact sheet's short title line over bullets is a heading, each bullet an item under it, after a lead-in's colon too" {
	IN="FACT SHEET: United States–Republic of Korea Alliance Modernization\nNovember 4, 2026\n$L\nStrengthening Extended Deterrence\n• The United States reaffirmed its commitment to defend the ROK with the full range of its capabilities.\n• The allies will hold the sixth Nuclear Consultative Group meeting in early 2027 and conduct a tabletop exercise.\nBurden Sharing\n– The ROK will raise its defense spending to 3.5 percent of GDP by 2035, the two sides said in Seoul.\n– The allies agreed to begin talks on the next Special Measures Agreement in 2027, officials added.\n###\n" run t -k
	check 0 "1|heading|-|FACT SHEET: United States–Republic of Korea Alliance Modernization
2|meta|FACT SHEET: United States–Republic of Korea Alliance Modernization|November 4, 2026
3|para|FACT SHEET: United States–Republic of Korea Alliance Modernization|$L
4|heading|FACT SHEET: United States–Republic of Korea Alliance Modernization|Strengthening Extended Deterrence
5|item|Strengthening Extended Deterrence|• The United States reaffirmed its commitment to defend the ROK with the full range of its capabilities.
6|item|Strengthening Extended Deterrence|• The allies will hold the sixth Nuclear Consultative Group meeting in early 2027 and conduct a tabletop exercise.
7|heading|Strengthening Extended Deterrence|Burden Sharing
8|item|Burden Sharing|– The ROK will raise its defense spending to 3.5 percent of GDP by 2035, the two sides said in Seoul.
9|item|Burden Sharing|– The allies agreed to begin talks on the next Special Measures Agreement in 2027, officials added.
10|meta|Burden Sharing|###"
	# a transcript's speaker in capitals stays one
	IN="SECRETARY HEGSETH: Thank you. We met today in Seoul and agreed on a great deal of work for the years ahead, as the two allies have done for seventy years now.\n" run t
	check 0 "1|para|-|SECRETARY HEGSETH: Thank you. We met today in Seoul and agreed on a great deal of work for the years ahead, as the two allies have done for seventy years now."
}

@test "web: a wire story's credits in brackets are meta; a bracketed sentence of the text is not" {
	IN="Gen. Xavier Brunson, commander of U.S. Forces Korea, has said the command must be ready to respond to contingencies beyond the peninsula.\n\n(Reporting by Hyonhee Shin in Seoul and Idrees Ali in Washington; Editing by Ed Davies.)\n\n(Reporting by the ministry showed the drills went ahead as planned, and the allies will hold more of them next spring.)\n" run t
	check 0 "1|para|-|Gen. Xavier Brunson, commander of U.S. Forces Korea, has said the command must be ready to respond to contingencies beyond the peninsula.
2|meta|-|(Reporting by Hyonhee Shin in Seoul and Idrees Ali in Washington; Editing by Ed Davies.)
3|para|-|(Reporting by the ministry showed the drills went ahead as planned, and the allies will hold more of them next spring.)"
}

@test "web: a superscript's suffix opening the line under its number joins it; a lone th under a year does not" {
	IN="The joint communique of the 58\nth SCM runs to 20 clauses, two more than in 2024 and the same as in 2023, the ministry said on Tuesday in Seoul.\n" run t
	check 0 "1|para|-|The joint communique of the 58th SCM runs to 20 clauses, two more than in 2024 and the same as in 2023, the ministry said on Tuesday in Seoul."
	IN="Talks were held in 2026\nth e rest of the text goes on here after a broken line, as pasted from a page with a long line that ends the paste.\n" run t
	check 0 "1|para|-|Talks were held in 2026 th e rest of the text goes on here after a broken line, as pasted from a page with a long line that ends the paste."
}

@test "web: a box of the top stories with its count is chrome, its numbered headlines too" {
	IN="The allies met in Seoul and agreed to strengthen deterrence, officials said on Tuesday.\n\nTop 10 Stories\n\n1. Hegseth, Ahn agree to 2027 timeline for command\n\n2. BTS tops chart again\n" run t -k
	check 0 "1|para|-|The allies met in Seoul and agreed to strengthen deterrence, officials said on Tuesday.
2|noise|-|Top 10 Stories
3|noise|-|1. Hegseth, Ahn agree to 2027 timeline for command
4|noise|-|2. BTS tops chart again"
}

@test "web: a page's chrome lines are noise: a mail form's labels, skip links, a viewer's page count, downloads, a redirect, continue reading, scroll to top" {
	IN="Redirecting...\nGo to Contents Go to Navigation\nFrom\nSend to\nYou are on page 1of 12\nAllies Agree on New Plan\nAvailable Downloads\nCONTINUE READING\nThe two sides agreed on Monday to expand their combined drills next year, the ministry said in a statement.\nSource: The Daily\n\nscroll to top\n" run t -k
	check 0 "1|noise|-|Redirecting...
2|noise|-|Go to Contents Go to Navigation
3|noise|-|From
4|noise|-|Send to
5|noise|-|You are on page 1of 12
6|heading|-|Allies Agree on New Plan
7|noise|Allies Agree on New Plan|Available Downloads
8|noise|Allies Agree on New Plan|CONTINUE READING
9|para|Allies Agree on New Plan|The two sides agreed on Monday to expand their combined drills next year, the ministry said in a statement.
10|meta|Allies Agree on New Plan|Source: The Daily
11|noise|Allies Agree on New Plan|scroll to top"
	# headings that hold those words stay headings
	IN="From Seoul to Washington\n\nThe two sides agreed on Monday to expand their combined drills next year, the ministry said in a statement.\n\nContinuing the Reading of the Communique\n\nThe ministers met again on Tuesday and reviewed the plan for the next year.\n" run t
	check 0 "1|heading|-|From Seoul to Washington
2|para|From Seoul to Washington|The two sides agreed on Monday to expand their combined drills next year, the ministry said in a statement.
3|heading|From Seoul to Washington|Continuing the Reading of the Communique
4|para|Continuing the Reading of the Communique|The ministers met again on Tuesday and reviewed the plan for the next year."
}

@test "web: a site's boilerplate is noise: a plea for donations, a .mil banner, a legal disclaimer; a sentence with the words stays text, an op-ed's disclaimer meta" {
	IN="RELIEF24 - Make a charitable donation in support of the flood victims!\nAn official website of the United States government\nA .mil website belongs to an official U.S. Department of Defense organization in the United States.\nThe two sides agreed on Monday to expand their combined drills next year, the ministry said in a statement.\nLegal Disclaimer:\nNEWSWIRE provides the information as is without warranty of any kind. We do not accept any responsibility or liability for the accuracy of the content.\n" run t -k
	check 0 "1|noise|-|RELIEF24 - Make a charitable donation in support of the flood victims!
2|noise|-|An official website of the United States government
3|noise|-|A .mil website belongs to an official U.S. Department of Defense organization in the United States.
4|para|-|The two sides agreed on Monday to expand their combined drills next year, the ministry said in a statement.
5|noise|-|Legal Disclaimer: NEWSWIRE provides the information as is without warranty of any kind. We do not accept any responsibility or liability for the accuracy of the content."
	IN="The ministry urged citizens to make a donation to the relief fund for the flood victims.\n\nThe command opened a .mil website for the families of its troops in Pyeongtaek on Monday.\n\nDisclaimer: The views expressed in this article are the author's own.\n" run t -k
	check 0 "1|para|-|The ministry urged citizens to make a donation to the relief fund for the flood victims.
2|para|-|The command opened a .mil website for the families of its troops in Pyeongtaek on Monday.
3|meta|-|Disclaimer: The views expressed in this article are the author's own."
}

@test "web: a release's head: the office's logo twice, its number, the office under the title, the page's uploader are meta or noise, never the section; a heading with an office's word stays" {
	IN="U.S. Department of State U.S. Department of State\n\nNews Release\n\nNo. 512-26\n\nJoint Statement of the Two Ministers\n\nOffice of the Spokesperson for Foreign Affairs\n\nPage created by Jane Roe\n\n1. The ministers met in Seoul on Monday and reviewed the security situation on the peninsula.\n\n2. They agreed to meet again next year.\n" run t -k
	check 0 "1|noise|-|U.S. Department of State U.S. Department of State
2|noise|-|News Release
3|meta|-|No. 512-26
4|heading|-|Joint Statement of the Two Ministers
5|meta|Joint Statement of the Two Ministers|Office of the Spokesperson for Foreign Affairs
6|meta|Joint Statement of the Two Ministers|Page created by Jane Roe
7|clause|Joint Statement of the Two Ministers|1. The ministers met in Seoul on Monday and reviewed the security situation on the peninsula.
8|clause|Joint Statement of the Two Ministers|2. They agreed to meet again next year."
	IN="Joint Statement of the Two Ministers\n\nMinistry of National Defense Reform Plan\n\nThe ministers met in Seoul on Monday and reviewed the security situation on the peninsula.\n\nDepartment of Defense Budget\n\nThe budget grew again.\n" run t
	check 0 "1|heading|-|Joint Statement of the Two Ministers
2|heading|Joint Statement of the Two Ministers|Ministry of National Defense Reform Plan
3|para|Ministry of National Defense Reform Plan|The ministers met in Seoul on Monday and reviewed the security situation on the peninsula.
4|heading|Ministry of National Defense Reform Plan|Department of Defense Budget
5|para|Department of Defense Budget|The budget grew again."
}

@test "web: an agency's slug and a Korean reporter's name alone in an English page are meta; a title with states joined by hyphens, a Korean page's one-word heading stay headings" {
	IN="S. Korea, U.S. defense chiefs to meet in Seoul next week\n\nN Korea-US-missile talks\n\n홍길동\n\nBy Hong Gil-dong\n\nSEOUL, Nov. 3 (Yonhap) -- The defense chiefs of South Korea and the United States will hold their annual security meeting next week to discuss the North's missile threats, officials said.\n\nTrilateral ROK-US-Japan Drills\n\nThe three countries will also hold drills, the officials said.\n\nUp-to-date Plans for the Alliance\n\nThe plans were updated.\n" run t -k
	check 0 "1|heading|-|S. Korea, U.S. defense chiefs to meet in Seoul next week
2|meta|S. Korea, U.S. defense chiefs to meet in Seoul next week|N Korea-US-missile talks
3|meta|S. Korea, U.S. defense chiefs to meet in Seoul next week|홍길동
4|meta|S. Korea, U.S. defense chiefs to meet in Seoul next week|By Hong Gil-dong
5|para|S. Korea, U.S. defense chiefs to meet in Seoul next week|SEOUL, Nov. 3 (Yonhap) -- The defense chiefs of South Korea and the United States will hold their annual security meeting next week to discuss the North's missile threats, officials said.
6|heading|S. Korea, U.S. defense chiefs to meet in Seoul next week|Trilateral ROK-US-Japan Drills
7|para|Trilateral ROK-US-Japan Drills|The three countries will also hold drills, the officials said.
8|heading|Trilateral ROK-US-Japan Drills|Up-to-date Plans for the Alliance
9|para|Up-to-date Plans for the Alliance|The plans were updated."
	IN="결론\n\n한미 양국은 연합방위태세를 더욱 강화하기로 합의하였다. 양측은 내년에도 회의를 개최하기로 하였다.\n" run t
	check 0 "1|heading|-|결론
2|para|결론|한미 양국은 연합방위태세를 더욱 강화하기로 합의하였다. 양측은 내년에도 회의를 개최하기로 하였다."
}

@test "web: a photo's caption between the title and a keyed credit is meta, never the section; stacked headings over text stay headings" {
	IN="Allies Agree on a New Plan\n\nGen. Jane Roe and Gen. Kim Min-su\n\nCredit: Combined Forces Command\n\nThe two generals met in Seoul on Monday and agreed on a new plan for the combined forces, the command said.\n" run t -k
	check 0 "1|heading|-|Allies Agree on a New Plan
2|meta|Allies Agree on a New Plan|Gen. Jane Roe and Gen. Kim Min-su
3|meta|Allies Agree on a New Plan|Credit: Combined Forces Command
4|para|Allies Agree on a New Plan|The two generals met in Seoul on Monday and agreed on a new plan for the combined forces, the command said."
	IN="Key Outcomes of the 57th SCM\n\nExtended Deterrence\n\nThe allies agreed to hold the next Nuclear Consultative Group meeting in early 2027.\n\nBackground\n\nSource: Ministry of National Defense\n" run t -k
	check 0 "1|heading|-|Key Outcomes of the 57th SCM
2|heading|Key Outcomes of the 57th SCM|Extended Deterrence
3|para|Extended Deterrence|The allies agreed to hold the next Nuclear Consultative Group meeting in early 2027.
4|heading|Extended Deterrence|Background
5|meta|Background|Source: Ministry of National Defense"
}

@test "web: an ad's placeholder glued to a paragraph's start is noise of its own and joins no paragraph to the one above; braces inside a text stay" {
	L1="The two sides held their annual talks in Seoul on Monday and agreed to strengthen their combined posture against the North's growing missile threats, officials said."
	IN="$L1\n{mosads}A new guideline lays out how the combined forces will operate after the transfer of wartime control, the ministry said in a statement on Tuesday.\n{ad}\nThe ministers also agreed to meet again next year in Washington, the ministry said.\n{x} The set was defined in the annex.\n" run t -k
	check 0 "1|para|-|$L1
2|noise|-|{mosads}
3|para|-|A new guideline lays out how the combined forces will operate after the transfer of wartime control, the ministry said in a statement on Tuesday.
4|noise|-|{ad}
5|para|-|The ministers also agreed to meet again next year in Washington, the ministry said. {x} The set was defined in the annex."
}

@test "web: after a wire story's (END), the page's list of other headlines is chrome, line by line; prose after it is text again" {
	L1="The ministers agreed to strengthen combined deterrence against the North and to expand joint exercises next year, officials said on Monday in Seoul after the talks."
	IN="$L1\njdoe@example.co.kr\n(END)\n-\n1\nS. Korea mulling drills near the border this month: sources\n-\n2\n(2nd LD) Allies to hold talks with U.S.\n" run t -k
	check 0 "1|para|-|$L1
2|meta|-|jdoe@example.co.kr
3|meta|-|(END)
4|noise|-|-
5|noise|-|1
6|noise|-|S. Korea mulling drills near the border this month: sources
7|noise|-|-
8|noise|-|2
9|noise|-|(2nd LD) Allies to hold talks with U.S."
	IN="$L1\n(END)\nThe ministry also said the drills would be held next month as planned, officials added.\n" run t -k
	check 0 "1|para|-|$L1
2|meta|-|(END)
3|para|-|The ministry also said the drills would be held next month as planned, officials added."
}

@test "web: a title that asks a question is a heading however long; a question in lower case stays text" {
	IN="What Does the 58th SCM Mean for Extended Deterrence in Northeast Asia?\n\nThe allies met in Seoul and agreed to strengthen deterrence, officials said on Tuesday.\n\nWill the allies agree on the plan before the summit in Washington next year?\n\nThe answer depends on the talks.\n" run t
	check 0 "1|heading|-|What Does the 58th SCM Mean for Extended Deterrence in Northeast Asia?
2|para|What Does the 58th SCM Mean for Extended Deterrence in Northeast Asia?|The allies met in Seoul and agreed to strengthen deterrence, officials said on Tuesday.
3|para|What Does the 58th SCM Mean for Extended Deterrence in Northeast Asia?|Will the allies agree on the plan before the summit in Washington next year?
4|para|What Does the 58th SCM Mean for Extended Deterrence in Northeast Asia?|The answer depends on the talks."
}

@test "web: a headline ending in an abbreviation over a byline, a date or a dateline is a heading; a sentence ending so over text stays a paragraph" {
	IN="NSC members review agenda for defense talks with U.S.\nBy Jane Roe\nSEOUL, Aug. 8 (Yonhap) -- South Korea's top security officials on Thursday prepared for defense ministerial talks with the United States to be held this week.\n" run t -k
	check 0 "1|heading|-|NSC members review agenda for defense talks with U.S.
2|meta|NSC members review agenda for defense talks with U.S.|By Jane Roe
3|para|NSC members review agenda for defense talks with U.S.|SEOUL, Aug. 8 (Yonhap) -- South Korea's top security officials on Thursday prepared for defense ministerial talks with the United States to be held this week."
	IN="Allies to hold talks with U.S.\n\nSEOUL, Aug. 8 (Yonhap) -- South Korea's top security officials on Thursday prepared for defense ministerial talks with the United States to be held this week.\n" run t
	check 0 "1|heading|-|Allies to hold talks with U.S.
2|para|Allies to hold talks with U.S.|SEOUL, Aug. 8 (Yonhap) -- South Korea's top security officials on Thursday prepared for defense ministerial talks with the United States to be held this week."
	IN="The ministers met with senior officials from the U.S.\n\nThe talks went on for two days in Seoul and ended with a joint statement on Tuesday.\n" run t
	check 0 "1|para|-|The ministers met with senior officials from the U.S.
2|para|-|The talks went on for two days in Seoul and ended with a joint statement on Tuesday."
}

@test "web: a media player's and a photo's labels alone (Photo, Caption, Autoplay, Full Screen, Skip Ad, Advertising, a close button) are chrome; headings that hold such a word stay" {
	run sh -c "printf 'Allies agree to expand drills\n\nPhoto\n\nThe ministers met in Seoul and agreed to expand the drills.\n\nAdvertising\n\nFull Screen\n\nAutoplay\n\nSkip Ad\n\nCaption\n\n\303\227\n\nPhoto exhibition marks alliance anniversary\n\nThe allies held a photo session after the talks.\n\nVideo games and deterrence\n' | scm-split | cut -f3,6"
	check 0 "heading	Allies agree to expand drills
para	The ministers met in Seoul and agreed to expand the drills.
heading	Photo exhibition marks alliance anniversary
para	The allies held a photo session after the talks.
heading	Video games and deterrence"
}

@test "web: a paywall's pitch lines (Try unlimited access, a trial's discount, cancel any time) are noise; a story's sentence with one such word is not" {
	IN="The allies met in Seoul on Tuesday and agreed to hold their next meeting in Washington in the autumn, the ministry said in a statement issued late on Tuesday evening.\nTry unlimited access\nA year-one discount after the trial period\nAll major cards accepted. No commitments, cancel anytime.\nThe ministry said the North has unlimited access to the port, worth \$1 billion a year.\nThe deal, a discount on the \$1 trial period of the old plan, ended.\n" run t -k
	check 0 "1|para|-|The allies met in Seoul on Tuesday and agreed to hold their next meeting in Washington in the autumn, the ministry said in a statement issued late on Tuesday evening.
2|noise|-|Try unlimited access
3|noise|-|A year-one discount after the trial period
4|noise|-|All major cards accepted. No commitments, cancel anytime.
5|para|-|The ministry said the North has unlimited access to the port, worth \$1 billion a year.
6|para|-|The deal, a discount on the \$1 trial period of the old plan, ended."
}

@test "web: an image's placeholder alone (Image) and a site builder's top of page are noise, no heading; a heading under it and a title that holds the words stay" {
	IN="top of page\n\nThe allies met.\n\nImage\n\nPolicy Recommendations\n\nThe allies should meet.\n\nImages of the Alliance\n\nThe photos.\n\nTop of Page Stories\n\nThe rest.\n\nbottom of page\n" run t -k
	check 0 "1|noise|-|top of page
2|para|-|The allies met.
3|noise|-|Image
4|heading|-|Policy Recommendations
5|para|Policy Recommendations|The allies should meet.
6|heading|Policy Recommendations|Images of the Alliance
7|para|Images of the Alliance|The photos.
8|heading|Images of the Alliance|Top of Page Stories
9|para|Top of Page Stories|The rest.
10|noise|Top of Page Stories|bottom of page"
}

@test "web: headlines and quotes about money and commitments are no paywall (a headline's case, a sum in billions, a quote's end)" {
	IN="The allies met in Seoul on Tuesday and agreed to hold their next meeting in Washington in the autumn, the ministry said in a statement issued late on Tuesday evening.\nTrump Demands \$5 Billion and Unlimited Access to Korean Bases\nSeoul Says No Commitment on \$10 Billion Arms Purchase\nUSFK ends trial period for \$2 shuttle between bases\nHe added: \"We offered no commitment on the \$1 billion figure.\"\nOnly \$1 for four weeks, cancel anytime\n" run t -k
	check 0 "1|para|-|The allies met in Seoul on Tuesday and agreed to hold their next meeting in Washington in the autumn, the ministry said in a statement issued late on Tuesday evening.
2|heading|-|Trump Demands \$5 Billion and Unlimited Access to Korean Bases
3|heading|Trump Demands \$5 Billion and Unlimited Access to Korean Bases|Seoul Says No Commitment on \$10 Billion Arms Purchase
4|heading|Seoul Says No Commitment on \$10 Billion Arms Purchase|USFK ends trial period for \$2 shuttle between bases
5|para|USFK ends trial period for \$2 shuttle between bases|He added: \"We offered no commitment on the \$1 billion figure.\"
6|noise|USFK ends trial period for \$2 shuttle between bases|Only \$1 for four weeks, cancel anytime"
}

@test "web: headings that hold a player's or a photo's word (Satellite Photos, The Video Evidence) stay headings; a credit stays meta" {
	run sh -c "printf 'Title of the story\n\nSatellite Photos\n\nThe allies met.\n\nThe Video Evidence\n\nThe allies met.\n\nPhoto\n\nPhoto: Yonhap\n\nAdvertising\n\nThe allies met.\n' | scm-split -k | cut -f3,6"
	check 0 "heading	Title of the story
heading	Satellite Photos
para	The allies met.
heading	The Video Evidence
para	The allies met.
noise	Photo
meta	Photo: Yonhap
noise	Advertising
para	The allies met."
}

@test "web: a breadcrumb with spaced colons (Home : Media : Newsroom : News) is noise; 'Home : A Memoir of Seoul' with one colon is not" {
	run scm-split -k <<-'EOF2'
	Home : Media : Newsroom : News

	Joint Communique of the 52nd Security Consultative Meeting

	1. The 52nd Republic of Korea-United States Security Consultative Meeting was held in Washington, D.C., on October 14, 2020.

	Home : A Memoir of Seoul
	EOF2
	[ "$status" -eq 0 ]
	[[ "$output" == *$'1\tnoise\t-\t-\tHome : Media : Newsroom : News'* ]]
	[[ "$output" == *$'2\theading\t-\t-\tJoint Communique of the 52nd'* ]]
	! grep -q $'\tnoise\t.*Home : A Memoir' <<<"$output"
}

@test "web: an editor's line bringing in the full text (after a wire dateline, or 다음은 ... 전문이다.) is meta; prose that opens 'The following' is not" {
	run scm-split -k <<-'EOF2'
	SEOUL, Nov. 4 (Yonhap) -- The following is the full text of the joint communique issued after the 56th Security Consultative Meeting.

	1. The 56th Republic of Korea-United States Security Consultative Meeting was held in Washington, D.C., on October 30, 2024.

	The following are excerpts from the Minister's remarks.

	다음은 제56차 한미안보협의회의 공동성명 전문이다.

	The following is a list of what was agreed. The talks ended at noon.

	The following is true of the alliance: it endures.

	다음은 국방부가 밝힌 일정이다.
	EOF2
	[ "$status" -eq 0 ]
	[[ "$output" == *$'1\tmeta\t-\t-\tSEOUL, Nov. 4 (Yonhap) -- The following'* ]]
	[[ "$output" == *$'2\tclause\t'* ]]
	[[ "$output" == *$'3\tmeta\t-\t-\tThe following are excerpts'* ]]
	[[ "$output" == *$'4\tmeta\t-\t-\t다음은 제56차'* ]]
	[[ "$output" == *$'5\tpara\t-\t-\tThe following is a list'* ]]
	[[ "$output" == *$'6\tpara\t-\t-\tThe following is true'* ]]
	[[ "$output" == *$'7\tpara\t-\t-\t다음은 국방부가'* ]]
}

@test "web: a name with a middle initial alone on its line (Larry A. Niksch, John F. Smith Jr.) is a byline, never the section of the text" {
	run scm-split -k <<-'EOF2'
	The Alliance at Seventy

	John F. Smith Jr.

	The alliance has endured for seventy years, through war and peace.

	Korea: Issues for Congress

	Mary-Ann K. O'Neil

	Summary

	The United States and South Korea have been allies since 1953.
	EOF2
	[ "$status" -eq 0 ]
	[[ "$output" == *$'2\tmeta\tThe Alliance at Seventy\t-\tJohn F. Smith Jr.'* ]]
	[[ "$output" == *$'3\tpara\tThe Alliance at Seventy\t-\tThe alliance has endured'* ]]
	[[ "$output" == *$'5\tmeta\tKorea: Issues for Congress\t-\tMary-Ann K. O\'Neil'* ]]
	[[ "$output" == *$'7\tpara\tSummary\t-\tThe United States'* ]]
	# a heading with initials that is no name keeps its kind
	run scm-split -k <<-'EOF2'
	The command was formed in 1957 under the armistice.

	U.S. Forces Korea

	The command has its headquarters at Camp Humphreys.
	EOF2
	[[ "$output" == *$'2\theading\t-\t-\tU.S. Forces Korea'* ]]
}

@test "web: the page's title again under its share buttons, after a menu's rows, is noise, as at the foot; a second heading before the text is not" {
	IN='Home\nNews\nPolitics\nDefense\n\nAllies vow firmer deterrence at annual talks\n\nShare\nPrint\nEmail\n\nAllies vow firmer deterrence at annual talks\n\nBy Mina Cho\n\nSEOUL -- The two defense chiefs agreed on Tuesday to widen their combined drills.\n\nThey also met their Japanese counterpart.\n\nAllies vow firmer deterrence at annual talks\n'
	run t -k
	check 0 "$(printf '%s\n' '1|noise|-|Home' '2|noise|-|News' '3|noise|-|Politics' '4|noise|-|Defense' \
	    '5|heading|-|Allies vow firmer deterrence at annual talks' \
	    '6|noise|Allies vow firmer deterrence at annual talks|Share' '7|noise|Allies vow firmer deterrence at annual talks|Print' \
	    '8|noise|Allies vow firmer deterrence at annual talks|Email' \
	    '9|noise|Allies vow firmer deterrence at annual talks|Allies vow firmer deterrence at annual talks' \
	    '10|meta|Allies vow firmer deterrence at annual talks|By Mina Cho' \
	    '11|para|Allies vow firmer deterrence at annual talks|SEOUL -- The two defense chiefs agreed on Tuesday to widen their combined drills.' \
	    '12|para|Allies vow firmer deterrence at annual talks|They also met their Japanese counterpart.' \
	    '13|noise|Allies vow firmer deterrence at annual talks|Allies vow firmer deterrence at annual talks')"
	# a document's two headings before its text stay headings
	IN='Joint Statement\n\nOutcomes of the Defense Talks\n\nThe ministers met in Seoul.\n'
	run t -k
	check 0 "$(printf '%s\n' '1|heading|-|Joint Statement' '2|heading|Joint Statement|Outcomes of the Defense Talks' \
	    '3|para|Outcomes of the Defense Talks|The ministers met in Seoul.')"
}
