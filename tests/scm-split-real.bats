#!/usr/bin/env bats
# scm-split on documents in the shapes real copies have (tests/fixtures/real,
# see its README: what damage each imitates), then one test per rule that
# reads them: inline clause numbering after a title, web and news furniture,
# one paragraph a line, lists, PDF repair only with evidence.  The expected
# records NAME.para (-k) and NAME.sentence (-u sentence) were read against
# the documents; after a deliberate change regenerate them and read the diff.
load helper

R="$FIX/real"

same() {	# same EXPECTED-FILE COMMAND...: the output equals the fixture
	run "${@:2}"
	check 0 "$(cat "$1")"
}
t() {	# t OPTIONS... : split stdin (printf'd $IN), print loc kind text
	printf "$IN" | scm-split "$@" | cut -f2,3,6 | tr '\t' ' '
}
ts() {	# ts OPTIONS... : like t, with the section
	printf "$IN" | scm-split "$@" | cut -f2,3,4,6 | tr '\t' '|'
}

@test "real: flat-title, blocks with -k" {
	same "$R/flat-title.para" scm-split -k "$R/flat-title.txt"
}
@test "real: flat-title, sentences" {
	same "$R/flat-title.sentence" scm-split -u sentence "$R/flat-title.txt"
}
@test "real: release-page, blocks with -k" {
	same "$R/release-page.para" scm-split -k "$R/release-page.txt"
}
@test "real: release-page, sentences" {
	same "$R/release-page.sentence" scm-split -u sentence "$R/release-page.txt"
}
@test "real: article, blocks with -k" {
	same "$R/article.para" scm-split -k "$R/article.txt"
}
@test "real: article, sentences" {
	same "$R/article.sentence" scm-split -u sentence "$R/article.txt"
}
@test "real: whitepaper-pdf, blocks with -k" {
	same "$R/whitepaper-pdf.para" scm-split -k "$R/whitepaper-pdf.txt"
}
@test "real: whitepaper-pdf, sentences" {
	same "$R/whitepaper-pdf.sentence" scm-split -u sentence "$R/whitepaper-pdf.txt"
}
@test "real: docshare, blocks with -k" {
	same "$R/docshare.para" scm-split -k "$R/docshare.txt"
}
@test "real: docshare, sentences" {
	same "$R/docshare.sentence" scm-split -u sentence "$R/docshare.txt"
}
@test "real: newspage, blocks with -k" {
	same "$R/newspage.para" scm-split -k "$R/newspage.txt"
}
@test "real: newspage, sentences" {
	same "$R/newspage.sentence" scm-split -u sentence "$R/newspage.txt"
}
@test "furniture: menu rows above a headline are noise, also two-word ones and the site name" {
	IN='The Daily\nSkip to content\nForeign Affairs\nNorth Korea\nSearch\nAllies sign a new plan in Seoul\nSouth Korea and the United States signed an updated plan on Thursday to deter the North, their defense chiefs said after the annual talks held in Seoul this week.\n' run t -k
	check 0 "1 noise The Daily
2 noise Skip to content
3 noise Foreign Affairs
4 noise North Korea
5 noise Search
6 heading Allies sign a new plan in Seoul
7 para South Korea and the United States signed an updated plan on Thursday to deter the North, their defense chiefs said after the annual talks held in Seoul this week."
}
@test "furniture: a short heading between paragraphs stays a heading; a name before an e-mail a byline" {
	IN='Key Outcomes\n\nThe two sides agreed to expand the drills.\n\nNorth Korea\n\nThe North fired two missiles.\n' run t
	check 0 "1 heading Key Outcomes
2 para The two sides agreed to expand the drills.
3 heading North Korea
4 para The North fired two missiles."
	IN='Share\nJane Doe\njane@example.org\nThe two sides agreed to expand the drills this year, officials said on Monday after the meeting in Seoul ended late.\n' run t
	check 0 "2 meta Jane Doe
3 meta jane@example.org
4 para The two sides agreed to expand the drills this year, officials said on Monday after the meeting in Seoul ended late."
}
@test "furniture: hashtags, boxes of other headlines and copyright lines are noise" {
	IN='The talks ended on Thursday with a joint statement of twenty clauses on extended deterrence, combined drills, space and cyber, and cooperation with Japan.\n#SCM #alliance\nMost Read\nCourt rules on strike\nRelated News\nChiefs to meet next week\nCopyright 2026 The Daily. All rights reserved.\n' run t -k
	check 0 "1 para The talks ended on Thursday with a joint statement of twenty clauses on extended deterrence, combined drills, space and cyber, and cooperation with Japan.
2 noise #SCM #alliance
3 noise Most Read
4 noise Court rules on strike
5 noise Related News
6 noise Chiefs to meet next week
7 noise Copyright 2026 The Daily. All rights reserved."
	# a heading after a box that is no box of links stays one
	IN='Share this\nKey Outcomes\nThe two sides agreed to expand the combined drills this year, officials said on Monday after the annual meeting of the two defense ministers in Seoul ended.\n' run t
	check 0 "2 heading Key Outcomes
3 para The two sides agreed to expand the combined drills this year, officials said on Monday after the annual meeting of the two defense ministers in Seoul ended."
}
@test "furniture: a web paste is known from a long line further down, not only after it" {
	# the menu rows come before the first long line; read ahead, they stay apart
	IN='Politics\nNorth Korea\nSearch\nAllies agree on drills\nSouth Korea and the United States agreed on Monday to expand their combined drills next year, the defense ministry said in a statement issued in Seoul.\n' run t -k
	check 0 "1 noise Politics
2 noise North Korea
3 noise Search
4 heading Allies agree on drills
5 para South Korea and the United States agreed on Monday to expand their combined drills next year, the defense ministry said in a statement issued in Seoul."
}
@test "furniture: a news site's menu of forty rows, one a line, is noise even past the lines read ahead; the headline under it is the heading, its box word no box" {
	M=""
	for w in National Politics "Social Affairs" "Foreign Affairs" Defense "North Korea" Science Education Business Industry Technology Finance Economy Culture Travel Fashion "Food & Beverage" Books People Health Entertainment Film Television Music Theater K-pop Sports Soccer Baseball Golf "More Sports" World "World News" Opinion Editorial Viewpoints Podcast Topics Weekender National; do
		M="$M$w\n"
	done
	IN="Back To Top\n$M\nAllies to discuss wartime control transfer in Washington\n\nBy Jane Roe\nPublished : Oct 13, 2026 - 15:59\nThe defense minister traveled to the United States on Tuesday to discuss the plan for Seoul to take over wartime operational control from Washington at the annual security meeting.\n" run ts -k
	[ "$(printf '%s\n' "$output" | sed -n 1,41p | cut -d'|' -f2 | sort -u)" = noise ]
	check 0 "$(printf '%s\n' "$output" | sed -n 1,41p)
42|heading|-|Allies to discuss wartime control transfer in Washington
43|meta|Allies to discuss wartime control transfer in Washington|By Jane Roe
44|meta|Allies to discuss wartime control transfer in Washington|Published : Oct 13, 2026 - 15:59
45|para|Allies to discuss wartime control transfer in Washington|The defense minister traveled to the United States on Tuesday to discuss the plan for Seoul to take over wartime operational control from Washington at the annual security meeting."
	# a list of ten states, no section's name among them, is no menu
	IN="The list of the states follows below, as agreed at the meeting in Seoul.\n\nAustralia\nCanada\nFrance\nGermany\nItaly\nJapan\nNetherlands\nNew Zealand\nNorway\nUnited Kingdom\n\nThe states met in Seoul.\n" run t -k
	[ "$status" -eq 0 ]
	! printf '%s\n' "$output" | grep -q ' noise '
}
@test "furniture: a dateline alone above the first clause is meta, never the section" {
	IN='Joint Statement of the Talks\nBy Public Affairs\nWASHINGTON, D.C. --\n1. The ministers met in Washington on the first day of the talks and spoke about the alliance at length.\n2. Both sides noted the progress made over the past year in many fields of work together.\n' run ts
	check 0 "1|heading|-|Joint Statement of the Talks
2|meta|Joint Statement of the Talks|By Public Affairs
3|meta|Joint Statement of the Talks|WASHINGTON, D.C. --
4|clause|Joint Statement of the Talks|1. The ministers met in Washington on the first day of the talks and spoke about the alliance at length.
5|clause|Joint Statement of the Talks|2. Both sides noted the progress made over the past year in many fields of work together."
}
@test "furniture: a skip link with its hint, a command's banner, a box of recent news and the footer are noise" {
	IN='Skip to main content (Press Enter).\nToggle navigation\nEighth United States Army\nSearch\nThe two sides agreed on Monday to expand their combined drills next year, the command said in a statement issued at its headquarters in Pyeongtaek on Monday.\nRecent News\nCommander visits the garrison\nHosted by the Media Activity\nPrivacy Policy\n' run t -k
	check 0 "1 noise Skip to main content (Press Enter).
2 noise Toggle navigation
3 noise Eighth United States Army
4 noise Search
5 para The two sides agreed on Monday to expand their combined drills next year, the command said in a statement issued at its headquarters in Pyeongtaek on Monday.
6 noise Recent News
7 noise Commander visits the garrison
8 noise Hosted by the Media Activity
9 noise Privacy Policy"
}
@test "furniture: a byline line stands alone; a wrapped line opening with By and a date goes on" {
	IN='Allies Meet Again\nBy Kim Min-ji, Staff Reporter\nThe two sides met in Seoul on Monday.\n' run t
	check 0 "1 heading Allies Meet Again
2 meta By Kim Min-ji, Staff Reporter
3 para The two sides met in Seoul on Monday."
	IN='What the Talks Mean\nCommentary by Jane Roe\nThe two sides met in Seoul on Monday.\n' run t
	check 0 "1 heading What the Talks Mean
2 meta Commentary by Jane Roe
3 para The two sides met in Seoul on Monday."
	IN='The allies will expand the drills.\nBy July 2024, the allies\nwill hold the talks.\nBy Washington standards, it was\na quiet year.\n' run t
	check 0 "1 para The allies will expand the drills. By July 2024, the allies will hold the talks. By Washington standards, it was a quiet year."
}
@test "furniture: an embassy page: .gov banner, its name, a long breadcrumb, topics, the name again in the footer, the disclaimer" {
	IN='An official website of the United States government\nHere'"'"'s how you know\nU.S. Consulate in the City of Busan\nMenu\nHome | News & Events | Statement of the Talks Between the Two Ministers of Defense\nStatement of the Talks\nTopics: News & Events, Press Releases\n1. The two ministers met in Busan on Monday and reviewed the security situation on the peninsula and in the wider region.\n2. They agreed to meet again next year in Washington to review the progress made on all the tasks set out today.\nShare\nU.S. Consulate in the City of Busan\nVisa Services\nContact Us\nThis is the official website of the U.S. Consulate in the City of Busan. External links to other sites should not be construed as an endorsement of the views therein.\n' run t -k
	check 0 "1 noise An official website of the United States government
2 noise Here's how you know
3 noise U.S. Consulate in the City of Busan
4 noise Menu
5 noise Home | News & Events | Statement of the Talks Between the Two Ministers of Defense
6 heading Statement of the Talks
7 noise Topics: News & Events, Press Releases
8 clause 1. The two ministers met in Busan on Monday and reviewed the security situation on the peninsula and in the wider region.
9 clause 2. They agreed to meet again next year in Washington to review the progress made on all the tasks set out today.
10 noise Share
11 noise U.S. Consulate in the City of Busan
12 noise Visa Services
13 noise Contact Us
14 noise This is the official website of the U.S. Consulate in the City of Busan. External links to other sites should not be construed as an endorsement of the views therein."
}

# 1. inline clause numbering
@test "inline: a whole page flattened to one line: chrome and a dateline before 1., far from the start" {
	IN='Skip to main content (Press Enter). Toggle navigation The Command of the Allied Forces in the Pacific Search Home About Leadership Newsroom Resources Contact Us Newsroom NEWS | Nov. 13, 2026 Joint Statement of the Fifty-Eighth Annual Meeting of the Two Defense Ministers By Public Affairs SEOUL, Republic of Korea -- 1. The ministers met in Seoul on the first day of the talks and spoke about the alliance at length. 2. Both sides noted the progress made over the past year in many fields of work together.\n' run t
	check 0 "1 heading Skip to main content (Press Enter). Toggle navigation The Command of the Allied Forces in the Pacific Search Home About Leadership Newsroom Resources Contact Us Newsroom NEWS | Nov. 13, 2026 Joint Statement of the Fifty-Eighth Annual Meeting of the Two Defense Ministers By Public Affairs SEOUL, Republic of Korea --
2 clause 1. The ministers met in Seoul on the first day of the talks and spoke about the alliance at length.
3 clause 2. Both sides noted the progress made over the past year in many fields of work together."
}
@test "inline: a title, then 1. 2. 3. on one line: a heading and three clauses" {
	IN='Joint Statement of the Talks 1. The sides met in Seoul on the first day of the talks and spoke at length. 2. Both noted the progress made over the year in many fields of work together. 3. They will meet again in the spring of next year at the latest, as agreed.\n' run ts
	check 0 "1|heading|-|Joint Statement of the Talks
2|clause|Joint Statement of the Talks|1. The sides met in Seoul on the first day of the talks and spoke at length.
3|clause|Joint Statement of the Talks|2. Both noted the progress made over the year in many fields of work together.
4|clause|Joint Statement of the Talks|3. They will meet again in the spring of next year at the latest, as agreed."
}
@test "inline: a title ending in a place and date before 1.: heading, meta, clauses" {
	IN='Joint Communique Washington, D.C. October 24, 2030 1. The meeting was held in Washington on that day and it went on for many hours. 2. The two sides agreed on the plan that both of them had worked on for the year.\n' run t
	check 0 "1 heading Joint Communique
2 meta Washington, D.C. October 24, 2030
3 clause 1. The meeting was held in Washington on that day and it went on for many hours.
4 clause 2. The two sides agreed on the plan that both of them had worked on for the year."
}
@test "inline: a title ending in its date then its place before 1.: heading, meta, clauses" {
	IN='Joint Communique of the 60th Annual Meeting November 3, 2031, Seoul 1. The meeting was held in Seoul on that day and it went on for many hours. 2. The two sides agreed on the plan that both of them had worked on for the year.\n' run t
	check 0 "1 heading Joint Communique of the 60th Annual Meeting
2 meta November 3, 2031, Seoul
3 clause 1. The meeting was held in Seoul on that day and it went on for many hours.
4 clause 2. The two sides agreed on the plan that both of them had worked on for the year."
	# Washington, D.C. ends in a full stop: a long paste is cut there
	IN='Joint Communique of the 60th Annual Meeting November 3, 2031, Washington, D.C. 1. The meeting was held in Washington, D.C., on that day and it went on for many hours, with talks on the plan. 2. The two sides agreed on the plan that both of them had worked on for the whole of the year before it, and on the next steps.\n' run t
	check 0 "1 heading Joint Communique of the 60th Annual Meeting
2 meta November 3, 2031, Washington, D.C.
3 clause 1. The meeting was held in Washington, D.C., on that day and it went on for many hours, with talks on the plan.
4 clause 2. The two sides agreed on the plan that both of them had worked on for the whole of the year before it, and on the next steps."
}
@test "furniture: a title with its date and place on the next line, ending in D.C.: heading and meta, not a paragraph" {
	IN='Joint Communique of the 60th Annual Meeting\nNovember 3, 2031, Washington, D.C.\n\n1. The meeting was held on that day.\n\n2. The two sides agreed on the plan.\n' run ts
	check 0 "1|heading|-|Joint Communique of the 60th Annual Meeting
2|meta|Joint Communique of the 60th Annual Meeting|November 3, 2031, Washington, D.C.
3|clause|Joint Communique of the 60th Annual Meeting|1. The meeting was held on that day.
4|clause|Joint Communique of the 60th Annual Meeting|2. The two sides agreed on the plan."
	# a sentence that ends in a place after a date stays a paragraph
	IN='The talks were held on November 3, 2031, in Washington, D.C.\n' run t
	check 0 "1 para The talks were held on November 3, 2031, in Washington, D.C."
}
@test "inline: a one-line copy of a paged PDF: a page's number and running title between clauses are noise" {
	IN='Joint Communique of the 60th Annual Meeting November 3, 2031, Seoul 1. The meeting was held in Seoul on that day and it went on for many hours. 2. The two sides agreed on the plan that both of them had worked on for the year. Page 2 of 5 Joint Communique of the 60th Annual Meeting 3. The Secretary reaffirmed the commitment of his country to the plan. 4. Both sides agreed to meet again next year. 5. As noted in paragraph 3. The plan holds.\n' run t -k
	check 0 "1 heading Joint Communique of the 60th Annual Meeting
2 meta November 3, 2031, Seoul
3 clause 1. The meeting was held in Seoul on that day and it went on for many hours.
4 clause 2. The two sides agreed on the plan that both of them had worked on for the year.
5 noise Page 2 of 5 Joint Communique of the 60th Annual Meeting
6 clause 3. The Secretary reaffirmed the commitment of his country to the plan.
7 clause 4. Both sides agreed to meet again next year.
8 clause 5. As noted in paragraph 3. The plan holds."
}
@test "inline: no 2. after the 1.: prose, not clauses" {
	IN='Joint Statement of the Talks 1. The sides met in Seoul on the first day of the talks and spoke at length, and they noted the progress made over the year in many fields of work together, and said they will meet again in spring.\n' run t
	check 0 "1 para Joint Statement of the Talks 1. The sides met in Seoul on the first day of the talks and spoke at length, and they noted the progress made over the year in many fields of work together, and said they will meet again in spring."
}
@test "inline: No. 1, in 1. and a price before 1. are not a title cut" {
	IN='The plan of No. 1. The sides met in Seoul on the first day and spoke at length about it all. 2. Both noted the progress made over the year in many fields of work together with care.\n' run t
	check 0 "1 para The plan of No. 1. The sides met in Seoul on the first day and spoke at length about it all. 2. Both noted the progress made over the year in many fields of work together with care."
}

# 2. furniture
@test "furniture: a site's sections run together on one line are a menu, noise; a heading naming a few stays" {
	IN='The Daily Herald\nSign in\nNational Politics Social Affairs Foreign Affairs Defense North Korea Business Life & Culture Sports World Opinion\nAllies reaffirm deterrence at annual talks\nSouth Korea and the United States reaffirmed on Monday that any attack by the North would be met with an overwhelming response, their defense chiefs said.\n' run ts -k
	check 0 "1|noise|-|The Daily Herald
2|noise|-|Sign in
3|noise|-|National Politics Social Affairs Foreign Affairs Defense North Korea Business Life & Culture Sports World Opinion
4|heading|-|Allies reaffirm deterrence at annual talks
5|para|Allies reaffirm deterrence at annual talks|South Korea and the United States reaffirmed on Monday that any attack by the North would be met with an overwhelming response, their defense chiefs said."
	# three or four section words are a heading, and a word outside the list makes a title
	for h in "North Korea Politics" "Defense and Foreign Affairs" "World Business Culture Opinion Sports Review"; do
		run sh -c 'printf "%s\n\nThe text of the report goes on here.\n" "$1" | scm-split | cut -f3 | head -1' - "$h"
		check 0 "heading"
	done
}
@test "furniture: a site's sections one a line are a menu, noise, whatever follows them" {
	IN='The Daily Herald\nSearch\nNational\nNorth Korea\nSci/Tech\nCulture\nAllies reaffirm deterrence at annual talks\nSouth Korea and the United States reaffirmed on Monday that any attack by the North would be met with an overwhelming response, their defense chiefs said.\n' run ts -k
	check 0 "1|noise|-|The Daily Herald
2|noise|-|Search
3|noise|-|National
4|noise|-|North Korea
5|noise|-|Sci/Tech
6|noise|-|Culture
7|heading|-|Allies reaffirm deterrence at annual talks
8|para|Allies reaffirm deterrence at annual talks|South Korea and the United States reaffirmed on Monday that any attack by the North would be met with an overwhelming response, their defense chiefs said."
	# in Korean, under the site's chrome
	IN='본문 바로가기\n전체메뉴\n정치\n북한\n국방\n한미 국방장관, 맞춤형억제전략 개정\n한미 국방장관이 13일 서울에서 열린 제55차 한미안보협의회의에서 북한의 핵 위협에 대응하기 위한 맞춤형억제전략을 10년 만에 개정했다.\n' run ts
	check 0 "6|heading|-|한미 국방장관, 맞춤형억제전략 개정
7|para|한미 국방장관, 맞춤형억제전략 개정|한미 국방장관이 13일 서울에서 열린 제55차 한미안보협의회의에서 북한의 핵 위협에 대응하기 위한 맞춤형억제전략을 10년 만에 개정했다."
}
@test "furniture: short rows that are not all sections stay headings; two sections stay" {
	IN='YONHAP NEWS\nSearch\nNational\nInterviews\nCulture\nAllies reaffirm deterrence at annual talks\nSouth Korea and the United States reaffirmed on Monday that any attack by the North would be met with an overwhelming response, their defense chiefs said.\n' run t
	check 0 "1 meta YONHAP NEWS
3 heading National
4 heading Interviews
5 heading Culture
6 heading Allies reaffirm deterrence at annual talks
7 para South Korea and the United States reaffirmed on Monday that any attack by the North would be met with an overwhelming response, their defense chiefs said."
	IN='YONHAP NEWS\nSearch\nNational\nNorth Korea\nAllies reaffirm deterrence at annual talks\nSouth Korea and the United States reaffirmed on Monday that any attack by the North would be met with an overwhelming response, their defense chiefs said.\n' run t
	check 0 "1 meta YONHAP NEWS
3 heading National
4 heading North Korea
5 heading Allies reaffirm deterrence at annual talks
6 para South Korea and the United States reaffirmed on Monday that any attack by the North would be met with an overwhelming response, their defense chiefs said."
}
@test "furniture: a photo's caption line between paragraphs, then its credit line, are meta" {
	# Korean: the caption's title, then the agency tag and the credit
	IN='한미 국방장관이 13일 서울에서 열린 제55차 한미안보협의회의에서 북한의 핵 위협에 대응하기 위한 맞춤형억제전략을 10년 만에 개정했다.\n악수하는 한미 국방장관\n(서울=연합뉴스) 국방부 제공. 2023.11.13\n양측은 확장억제의 실행력을 높이기로 했다.\n' run ts
	check 0 "1|para|-|한미 국방장관이 13일 서울에서 열린 제55차 한미안보협의회의에서 북한의 핵 위협에 대응하기 위한 맞춤형억제전략을 10년 만에 개정했다.
2|meta|-|악수하는 한미 국방장관
3|meta|-|(서울=연합뉴스) 국방부 제공. 2023.11.13
4|para|-|양측은 확장억제의 실행력을 높이기로 했다."
	# English: a caption with no full stop, then the credit alone
	IN='South Korea and the US revised their tailored deterrence strategy on Monday for the first time in a decade, the two defense chiefs said after their annual talks.\nDefense Minister Shin (right) and Secretary Austin attend the meeting in Seoul\nJoint Press Corps\nThe ministers also agreed to share missile warning data with Japan.\n' run t
	check 0 "1 para South Korea and the US revised their tailored deterrence strategy on Monday for the first time in a decade, the two defense chiefs said after their annual talks.
2 meta Defense Minister Shin (right) and Secretary Austin attend the meeting in Seoul
3 meta Joint Press Corps
4 para The ministers also agreed to share missile warning data with Japan."
}
@test "furniture: a heading or an unfinished line between paragraphs, with no credit after it, stays" {
	IN='South Korea and the US revised their tailored deterrence strategy on Monday for the first time in a decade, the two defense chiefs said after their annual talks.\nExtended deterrence\nThe ministers agreed to share missile warning data with Japan.\nThey also noted that the allies would meet again in the spring to review the plan, its progress and its costs with the staff\nThe allies will hold the next meeting in Washington.\n' run ts
	check 0 "1|para|-|South Korea and the US revised their tailored deterrence strategy on Monday for the first time in a decade, the two defense chiefs said after their annual talks.
2|heading|-|Extended deterrence
3|para|Extended deterrence|The ministers agreed to share missile warning data with Japan.
4|para|Extended deterrence|They also noted that the allies would meet again in the spring to review the plan, its progress and its costs with the staff
5|para|Extended deterrence|The allies will hold the next meeting in Washington."
	# a date line after a heading keeps the heading
	IN='South Korea and the US revised their tailored deterrence strategy on Monday for the first time in a decade, the two defense chiefs said after their annual talks.\nUpdate on the talks\nNov. 14, 2023\nThe ministers agreed to share missile warning data with Japan.\n' run t
	check 0 "1 para South Korea and the US revised their tailored deterrence strategy on Monday for the first time in a decade, the two defense chiefs said after their annual talks.
2 heading Update on the talks
3 meta Nov. 14, 2023
4 para The ministers agreed to share missile warning data with Japan."
}
@test "furniture: the headlines under a Korean box title (관련 뉴스) are chrome" {
	IN='한미 국방장관이 13일 서울에서 열린 제55차 한미안보협의회의에서 북한의 핵 위협에 대응하기 위한 맞춤형억제전략을 10년 만에 개정했다.\n관련 뉴스\n한미 국방장관 회담…확장억제 강화 논의\n오스틴 美국방장관 방한\n' run t -k
	check 0 "1 para 한미 국방장관이 13일 서울에서 열린 제55차 한미안보협의회의에서 북한의 핵 위협에 대응하기 위한 맞춤형억제전략을 10년 만에 개정했다.
2 noise 관련 뉴스
3 noise 한미 국방장관 회담…확장억제 강화 논의
4 noise 오스틴 美국방장관 방한"
}
@test "furniture: a government site's footer: its pitch for mailings, link boxes, the privacy line are noise" {
	IN='3. The Secretary reaffirmed the U.S. commitment to provide extended deterrence to the ROK, utilizing the full range of U.S. defense capabilities, including nuclear ones.\nSubscribe to Defense.gov Products\nChoose which Defense.gov products you want delivered to your inbox.\nDefense.gov\nHelpful Links\nPrivacy & Security\n' run t -k
	check 0 "1 clause 3. The Secretary reaffirmed the U.S. commitment to provide extended deterrence to the ROK, utilizing the full range of U.S. defense capabilities, including nuclear ones.
2 noise Subscribe to Defense.gov Products
3 noise Choose which Defense.gov products you want delivered to your inbox.
4 noise Defense.gov
5 noise Helpful Links
6 noise Privacy & Security"
}
@test "furniture: a think tank's page: the embed's leftover and the tags under their title are noise" {
	IN='The 55th Security Consultative Meeting: Five Takeaways\nPublished November 14, 2023\nRemote Visualization\nOn November 13, 2023, the two ministers convened the 55th Security Consultative Meeting (SCM) in Seoul, and the meeting produced a joint communique of 19 paragraphs.\nTags\nKorea, Defense and Security\n' run ts -k
	check 0 "1|heading|-|The 55th Security Consultative Meeting: Five Takeaways
2|meta|The 55th Security Consultative Meeting: Five Takeaways|Published November 14, 2023
3|noise|The 55th Security Consultative Meeting: Five Takeaways|Remote Visualization
4|para|The 55th Security Consultative Meeting: Five Takeaways|On November 13, 2023, the two ministers convened the 55th Security Consultative Meeting (SCM) in Seoul, and the meeting produced a joint communique of 19 paragraphs.
5|noise|The 55th Security Consultative Meeting: Five Takeaways|Tags
6|noise|The 55th Security Consultative Meeting: Five Takeaways|Korea, Defense and Security"
}
@test "real: endnotes [1] [2] are blocks of their own, in a web paste and in a page copy" {
	IN='The meeting produced a joint communique of nineteen paragraphs, which the two ministers signed in Seoul after the talks on the same day as planned by the staffs.[1]\nThe text goes on here.\n[1] "Joint Communique of the 55th Security Consultative Meeting," U.S. Department of Defense, November 13, 2023.\n[2] Ibid.\n' run t
	check 0 "1 para The meeting produced a joint communique of nineteen paragraphs, which the two ministers signed in Seoul after the talks on the same day as planned by the staffs.[1]
2 para The text goes on here.
3 para [1] \"Joint Communique of the 55th Security Consultative Meeting,\" U.S. Department of Defense, November 13, 2023.
4 para [2] Ibid."
	IN='The allies met in Seoul and agreed on the plan.\nThe text goes on here.\n\n[1] Joint Communique, November 13, 2023.\n[2] Ibid., p. 3.\n' run t
	check 0 "1 para The allies met in Seoul and agreed on the plan. The text goes on here.
2 para [1] Joint Communique, November 13, 2023.
3 para [2] Ibid., p. 3."
	# a bracketed number inside a sentence broken over two lines stays in it
	IN='The allies met in Seoul and agreed on the plan as\n[1] said.\n' run t
	check 0 "1 para The allies met in Seoul and agreed on the plan as [1] said."
}
@test "real: a brief's title page from a PDF: a name, then its role and institution, are meta" {
	IN='The 55th SCM and the Future of Extended Deterrence\n\nKim Minji\nResearch Fellow, Korea Institute for Defense Analyses\n\nThe 55th Security Consultative Meeting was held in Seoul on\nNovember 13, 2023.\n' run t
	check 0 "1 heading The 55th SCM and the Future of Extended Deterrence
2 meta Kim Minji
3 meta Research Fellow, Korea Institute for Defense Analyses
4 para The 55th Security Consultative Meeting was held in Seoul on November 13, 2023."
	# a role and an institution in a sentence are text
	IN='The talks were chaired by the Minister.\nProfessor Lee, a member of the panel, said the allies agreed.\n' run t
	check 0 "1 para The talks were chaired by the Minister. Professor Lee, a member of the panel, said the allies agreed."
}
@test "real: the footnotes at a page's foot, numbered on, are blocks of their own, meta (citations)" {
	IN='The two ministers revised the strategy.2 This brief reviews the outcomes.\n\n1 U.S. Department of Defense, "Joint Communique of the 55th Security\nConsultative Meeting," November 13, 2023.\n2 Ministry of National Defense, press release, November 13, 2023.\n' run t
	check 0 "1 para The two ministers revised the strategy.2 This brief reviews the outcomes.
2 meta 1 U.S. Department of Defense, \"Joint Communique of the 55th Security Consultative Meeting,\" November 13, 2023.
3 meta 2 Ministry of National Defense, press release, November 13, 2023."
	# a PDF's page without blank lines: an affiliation line stands
	# alone; a citation after a sentence is a block of its own
	IN='Assessing the 58th SCM\nLee Ji-won\nSenior Fellow, Center for Allied Security Studies\nKey Outcomes\nThe 58th Security Consultative Meeting produced a communique of eighteen paragraphs, the first under the new government.\nThe allies agreed on flexibility.\n1 U.S. Department of War, "Joint Communique," November 4, 2026.\n' run t
	check 0 "1 heading Assessing the 58th SCM
2 meta Lee Ji-won
3 meta Senior Fellow, Center for Allied Security Studies
4 heading Key Outcomes
5 para The 58th Security Consultative Meeting produced a communique of eighteen paragraphs, the first under the new government. The allies agreed on flexibility.
6 meta 1 U.S. Department of War, \"Joint Communique,\" November 4, 2026."
	# a wrapped sentence that goes on with a number is one paragraph
	IN='The allies met in Seoul and agreed.\n28 Korean officials attended the talks.\n' run t
	check 0 "1 para The allies met in Seoul and agreed. 28 Korean officials attended the talks."
}
@test "real: a PDF copy without form feeds: the running header after a page mark, inside a clause, is noise" {
	IN='2. The Minister and the Secretary commemorated the 70th anniversary of the Alliance,\nnoting that the Alliance has served as the\nPage 1 of 8\n\n55th SCM Joint Communique\nlinchpin of peace and stability in Northeast Asia.\n\n3. The Secretary reaffirmed the U.S. commitment to provide extended deterrence.\nPage 2 of 8\n\n55th SCM Joint Communique\n4. The two sides noted the threat.\n' run t -k
	check 0 "1 clause 2. The Minister and the Secretary commemorated the 70th anniversary of the Alliance, noting that the Alliance has served as the linchpin of peace and stability in Northeast Asia.
2 noise Page 1 of 8
3 noise 55th SCM Joint Communique
4 clause 3. The Secretary reaffirmed the U.S. commitment to provide extended deterrence.
5 noise Page 2 of 8
6 noise 55th SCM Joint Communique
7 clause 4. The two sides noted the threat."
	# a title broken by a page mark goes on; so does prose after one, a
	# name in title case (no number, no kind of document) among it
	IN='What the 55th Security\n2 / 9\nConsultative Meeting Decided\nand What Comes Next\n\nThe ministers met in Seoul and agreed on the\n3 / 9\nNuclear Consultative Group\nmeeting schedule for the coming year.\n' run t
	check 0 "1 heading What the 55th Security Consultative Meeting Decided and What Comes Next
3 para The ministers met in Seoul and agreed on the Nuclear Consultative Group meeting schedule for the coming year."
}
@test "real: a news story pasted as one line: headline, text from the dateline, address, (END), copyright" {
	IN='S. Korea, U.S. agree to update deterrence strategy against N. Korea SEOUL, Nov. 13 (Yonhap) -- South Korea and the United States on Monday agreed to revise their tailored deterrence strategy, the ministry said. The agreement came during the annual talks in Seoul. The ministers also agreed to expand their combined exercises. shsong@yna.co.kr (END) Copyright (c) 2023 Yonhap News Agency. All rights reserved.\n' run ts -k
	check 0 "1|heading|-|S. Korea, U.S. agree to update deterrence strategy against N. Korea
2|para|S. Korea, U.S. agree to update deterrence strategy against N. Korea|SEOUL, Nov. 13 (Yonhap) -- South Korea and the United States on Monday agreed to revise their tailored deterrence strategy, the ministry said. The agreement came during the annual talks in Seoul. The ministers also agreed to expand their combined exercises.
3|meta|S. Korea, U.S. agree to update deterrence strategy against N. Korea|shsong@yna.co.kr
4|meta|S. Korea, U.S. agree to update deterrence strategy against N. Korea|(END)
5|noise|S. Korea, U.S. agree to update deterrence strategy against N. Korea|Copyright (c) 2023 Yonhap News Agency. All rights reserved."
	# capitals, a comma and a dash inside a sentence are no dateline
	IN='South Korea and the United States and JAPAN, which joined later -- agreed to expand their trilateral exercises in the region next year, the ministry said in a statement.\n' run t
	check 0 "1 para South Korea and the United States and JAPAN, which joined later -- agreed to expand their trilateral exercises in the region next year, the ministry said in a statement."
}
@test "real: the third item of a list, (c), is an item, not a copyright sign; (c) and a year is" {
	IN='3. The two sides pledged to expand trilateral cooperation with Japan:\n(a) real-time missile warning data sharing;\n(b) regular trilateral exercises; and\n(c) a trilateral security framework.\n\n(c) 2024 Yonhap News Agency\n' run t -k
	check 0 "1 clause 3. The two sides pledged to expand trilateral cooperation with Japan:
2 item (a) real-time missile warning data sharing;
3 item (b) regular trilateral exercises; and
4 item (c) a trilateral security framework.
5 noise (c) 2024 Yonhap News Agency"
}
@test "furniture: a heading that holds a button's word as a defence term stays (Search and Rescue, Flag Officers)" {
	IN='The ministers discussed the exercises.\n\nSearch and Rescue\n\nThe allies held drills.\n\nFlag Officers\n\nText.\n\nSearch\n' run t -k
	check 0 "1 para The ministers discussed the exercises.
2 heading Search and Rescue
3 para The allies held drills.
4 heading Flag Officers
5 para Text.
6 noise Search"
}
@test "furniture: banner, menu, flag, share bar, release mark are noise" {
	IN='U.S. Department of State\nHome | Countries | Press | Contact\nFlag of the Republic of Korea\nBookmark and Share\nNews Release\nThe Title of the Statement\n\nThe text.\n' run t -k
	check 0 "1 noise U.S. Department of State
2 noise Home | Countries | Press | Contact
3 noise Flag of the Republic of Korea
4 noise Bookmark and Share
5 noise News Release
6 heading The Title of the Statement
7 para The text."
}
@test "furniture: release and date lines are meta and never the section" {
	IN='The Title\n\nRelease | Oct. 9, 2030\nRelease No: NR-123-30\nIMMEDIATE RELEASE\nSeoul, October 28, 2030\n\n1. The text.\n' run ts
	check 0 "1|heading|-|The Title
2|meta|The Title|Release | Oct. 9, 2030
3|meta|The Title|Release No: NR-123-30
4|meta|The Title|IMMEDIATE RELEASE
5|meta|The Title|Seoul, October 28, 2030
6|clause|The Title|1. The text."
}
@test "furniture: posted, updated, bylines, photo credit, agency line are meta" {
	IN='Posted : 2030-11-13 17:20\nUpdated 2030.11.13 18:05\nJane Doe, Staff Writer\n(Photo by John Roe)\nYonhap News Agency\n' run t
	check 0 "1 meta Posted : 2030-11-13 17:20
2 meta Updated 2030.11.13 18:05
3 meta Jane Doe, Staff Writer
4 meta (Photo by John Roe)
5 meta Yonhap News Agency"
}
@test "furniture: a photo caption whose credit has no brackets is meta; a sentence that names an agency is not" {
	IN='Two ministers shake hands before the annual meeting in Seoul, Monday. Joint Press Corps\n\nThe leaders watch a drill at the range near the border on Nov. 13. Yonhap\n\nThe plan was approved on Monday, according to Yonhap.\n\nThe meeting ended late. Both sides left the hall.\n' run t
	check 0 "1 meta Two ministers shake hands before the annual meeting in Seoul, Monday. Joint Press Corps
2 meta The leaders watch a drill at the range near the border on Nov. 13. Yonhap
3 para The plan was approved on Monday, according to Yonhap.
4 para The meeting ended late. Both sides left the hall."
}
@test "furniture: a title page with no blank lines: the author's name and title stand alone, a wrapped name in prose does not" {
	IN='The Alliance at Seventy: Tasks Ahead\nDr. Jane Roe, Senior Fellow\nInstitute for Alliance Studies\nDecember 2030\n\nThe annual meeting was held in Seoul and the two sides agreed on a new plan.\n' run ts
	check 0 "1|heading|-|The Alliance at Seventy: Tasks Ahead
2|meta|The Alliance at Seventy: Tasks Ahead|Dr. Jane Roe, Senior Fellow
3|meta|The Alliance at Seventy: Tasks Ahead|Institute for Alliance Studies
4|meta|The Alliance at Seventy: Tasks Ahead|December 2030
5|para|The Alliance at Seventy: Tasks Ahead|The annual meeting was held in Seoul and the two sides agreed on a new plan."
	IN='The plan was drafted by the staff of the office led by\nJohn Roe, Deputy Director of\nthe planning office, and was approved the next day.\n' run t
	check 0 "1 para The plan was drafted by the staff of the office led by John Roe, Deputy Director of the planning office, and was approved the next day."
}
@test "furniture: a dateline stays in its paragraph, on its line or above it" {
	IN='SEOUL, Nov. 14 (Yonhap) -- The allies met on Friday.\n\nSEOUL, Nov. 15 (Yonhap) --\n\nThe allies met again.\n' run t
	check 0 "1 para SEOUL, Nov. 14 (Yonhap) -- The allies met on Friday.
2 para SEOUL, Nov. 15 (Yonhap) -- The allies met again."
}
@test "furniture: UI lines, a toast, a form field, a cookie notice are noise" {
	IN='The text goes on here.\nPrint\nCopied!\nAcademic year: 2030\nN/A\nWe use cookies on this site. Accept to go on.\n' run t -k
	check 0 "1 para The text goes on here.
2 noise Print
3 noise Copied!
4 noise Academic year: 2030
5 noise N/A
6 noise We use cookies on this site. Accept to go on."
	# a font-size bar under a byline is noise, never the section
	IN='A headline of the day\nBy Jane Doe\nFont size: A A A\nThe first paragraph of the story, long enough to be a paragraph of a web page.\n' run ts -k
	check 0 "1|heading|-|A headline of the day
2|meta|A headline of the day|By Jane Doe
3|noise|A headline of the day|Font size: A A A
4|para|A headline of the day|The first paragraph of the story, long enough to be a paragraph of a web page."
}
@test "furniture: a date inside a wrapped line or a sentence is not meta" {
	IN='The meeting was held in\nOctober 28, 2030, and the two sides met\nagain on the next day.\n\nOn October 28, 2030 the sides met.\n' run t
	check 0 "1 para The meeting was held in October 28, 2030, and the two sides met again on the next day.
2 para On October 28, 2030 the sides met."
}
@test "furniture: a heading with a UI word in it stays a heading" {
	IN='Popular Support for the Alliance Today\n\nThe text.\n' run t
	check 0 "1 heading Popular Support for the Alliance Today
2 para The text."
}

# 3. one paragraph a line
@test "one paragraph a line: long lines ending a sentence, no blank lines" {
	IN='The first paragraph of the page is a long line that goes on and on about the alliance and its meetings, longer than any line a printed page holds, and ends here.\nThe second paragraph is also one line of the page, long as web paragraphs are, ending with a sentence end too.\nShort one.\n' run t
	check 0 "1 para The first paragraph of the page is a long line that goes on and on about the alliance and its meetings, longer than any line a printed page holds, and ends here.
2 para The second paragraph is also one line of the page, long as web paragraphs are, ending with a sentence end too.
3 para Short one."
}
@test "one paragraph a line: hard-wrapped lines of a page are still joined" {
	IN='The Minister and the Secretary noted that the alliance has grown.\nThe two sides will make an effort to develop the Alliance in a\nmutually reinforcing manner.\n' run t
	check 0 "1 para The Minister and the Secretary noted that the alliance has grown. The two sides will make an effort to develop the Alliance in a mutually reinforcing manner."
}

# 8. lists
@test "lists: lines opening with item markers are one item each" {
	IN='They agreed on:\n(1) a stronger NCG\n(2) more drills\n1) one\n2) two\na. first\nb. second\n\xe2\x80\xa2 more drills\n- fewer gaps\n\xe2\x96\xb2closer ties\nFirst, the NCG\nSecondly, the drills\n' run t
	check 0 "1 para They agreed on:
2 item (1) a stronger NCG
3 item (2) more drills
4 item 1) one
5 item 2) two
6 item a. first
7 item b. second
8 item • more drills
9 item - fewer gaps
10 item ▲closer ties
11 item First, the NCG
12 item Secondly, the drills"
}
@test "lists: a wrapped item goes on in lower case" {
	IN='(1) a stronger NCG that\ncovers more ground\n(2) more drills\n' run t
	check 0 "1 item (1) a stronger NCG that covers more ground
2 item (2) more drills"
}

# 5. PDF repair only with evidence
@test "repair: a hyphen between two words at a line end is kept" {
	IN='The nuclear-\npowered submarine and wide-\nranging talks.\n' run t
	check 0 "1 para The nuclear-powered submarine and wide-ranging talks."
}
@test "repair: a word cut inside, or spelt joined elsewhere, is joined" {
	IN='Extended deter-\nrence and consul-\ntations on the alli-\nance. The policymakers met other policy-\nmakers.\n' run t
	check 0 "1 para Extended deterrence and consultations on the alliance. The policymakers met other policymakers."
}
@test "repair: a torn suffix below its number goes to the number above" {
	IN='1. The 49 Republic of Korea Meeting was held\nth\nin Seoul on October 28, 2030.\n' run t
	check 0 "1 clause 1. The 49th Republic of Korea Meeting was held in Seoul on October 28, 2030."
}
@test "repair: a suffix set apart on the number's line is joined" {
	IN='Joint Communique of the 49      th\n\nThe text.\n' run t
	check 0 "1 heading Joint Communique of the 49th
2 para The text."
}
@test "repair: no ordinal for a label number, none taken from the 49th" {
	IN='Appendix 14\nth\nJoint Communique of the 50\n\nIn the 49th year the 49th SCM met.\n' run t
	check 0 "1 heading Appendix 14
2 heading Joint Communique of the 50th
3 para In the 49th year the 49th SCM met."
}

@test "furniture: menu rows laid out with wide gaps, the .gov banner are noise" {
	IN='The text.\n\nPress Advisories   Releases   Transcripts\nFacebook   Twitter   Instagram   Youtube\nOfficial websites use .mil\nSecure .mil websites use HTTPS\n' run t -k
	check 0 "1 para The text.
2 noise Press Advisories Releases Transcripts
3 noise Facebook Twitter Instagram Youtube
4 noise Official websites use .mil
5 noise Secure .mil websites use HTTPS"
}
@test "furniture: a layout line with wide gaps and words of a sentence is text" {
	IN='The sides met   in Seoul   on the first day of the talks.\n' run t
	check 0 "1 para The sides met in Seoul on the first day of the talks."
}
@test "furniture: a numeric date and date or location fields are meta" {
	IN='LONDON, UNITED KINGDOM\n09.26.2030\nDate Taken: 09.26.2030\nLocation: LONDON, GB\n' run t
	check 0 "1 heading LONDON, UNITED KINGDOM
2 meta 09.26.2030
3 meta Date Taken: 09.26.2030
4 meta Location: LONDON, GB"
}
@test "furniture: photo captions ending in a credit are meta, also after a bullet" {
	IN='\xe2\x96\xb2 The Secretary lays a wreath at the memorial in Seoul on Nov. 12, 2030. (Pool photo) (Yonhap)\n\xe2\x96\xb2 The two ministers shake hands in Seoul. (Yonhap)\n\nThe two sides agreed on the plan (SCM).\n' run t
	check 0 "1 meta ▲ The Secretary lays a wreath at the memorial in Seoul on Nov. 12, 2030. (Pool photo) (Yonhap)
2 meta ▲ The two ministers shake hands in Seoul. (Yonhap)
3 para The two sides agreed on the plan (SCM)."
}
@test "furniture: a heading line ending in a place and date gives a heading and a meta" {
	IN='Joint Statement of the Defense Talks Seoul, October 28, 2030\n\nThe text.\n' run ts
	check 0 "1|heading|-|Joint Statement of the Defense Talks
2|meta|Joint Statement of the Defense Talks|Seoul, October 28, 2030
3|para|Joint Statement of the Defense Talks|The text."
}

@test "real: a row of cells with a date in one of them is meta, never the section" {
	run sh -c 'printf "%s\n\n%s\n\n%s\n" "U.S. Department of Defense" "06/11/2022 | Press release | Archived content" "Secretary Austin met Minister Lee in Singapore to reaffirm the Alliance, the release said." | scm-split -k | cut -f2-4'
	check 0 "1	noise	-
2	meta	-
3	para	-"
}

@test "real: a one-line communique whose title ends in Washington, D.C. is cut into title, date and clauses" {
	run sh -c "printf 'Joint Communique of the 56th Security Consultative Meeting November 14, 2024, Washington, D.C. 1. The 56th SCM was held in Seoul. 2. Both sides reaffirmed the Alliance. 3. The two sides condemned the launches.\n' | scm-split | cut -f3,6"
	check 0 "heading	Joint Communique of the 56th Security Consultative Meeting
meta	November 14, 2024, Washington, D.C.
clause	1. The 56th SCM was held in Seoul.
clause	2. Both sides reaffirmed the Alliance.
clause	3. The two sides condemned the launches."
	# a sentence that ends before "1." is no title
	run sh -c "printf 'The ministers met. 1. The 56th SCM was held in Seoul. 2. Both sides reaffirmed the Alliance.\n' | scm-split | cut -f3 | sort -u"
	check 0 "para"
}

@test "real: a headline above a share button stays a heading; a site's name above one is noise" {
	run sh -c "printf 'Austin visits Seoul\nShare\n\nThe chiefs met on Monday.\n' | scm-split -k | cut -f3,6"
	check 0 "heading	Austin visits Seoul
noise	Share
para	The chiefs met on Monday."
	run sh -c "printf '제55차 SCM 공동성명\n첨부파일 : 공동성명.hwp\n\n1. 양측은 동맹을 재확인하였다.\n' | scm-split -k | cut -f3,6"
	check 0 "heading	제55차 SCM 공동성명
noise	첨부파일 : 공동성명.hwp
clause	1. 양측은 동맹을 재확인하였다."
	run sh -c "printf 'Korea JoongAng Daily\nShare\n\nThe chiefs met on Monday.\n' | scm-split -k | cut -f3,6"
	check 0 "noise	Korea JoongAng Daily
noise	Share
para	The chiefs met on Monday."
	run sh -c "printf 'Politics North Korea\nShare\n\nThe chiefs met on Monday.\n' | scm-split -k | cut -f3 | head -1"
	check 0 "noise"
}

@test "real: a clause number alone on its line, its text after a blank line, is one clause" {
	run sh -c "printf 'JOINT COMMUNIQUE\n\n1.\n\nThe SCM was held in Seoul.\n\n2.\n\nThe Minister reaffirmed the Alliance.\n' | scm-split | cut -f3,6"
	check 0 "heading	JOINT COMMUNIQUE
clause	1. The SCM was held in Seoul.
clause	2. The Minister reaffirmed the Alliance."
	# a bullet alone too
	run sh -c "printf 'The allies agreed:\n\n•\n\nto meet again.\n' | scm-split | cut -f3,6"
	check 0 "para	The allies agreed:
item	• to meet again."
	# two labels in a row stay two blocks
	run sh -c "printf '1.\n\n2. The Minister spoke.\n' | scm-split | cut -f6"
	check 0 "1.
2. The Minister spoke."
}

@test "real: the bullets of Korean official documents (ㅇ ㆍ · ※) are items" {
	# (a box's title of bare nouns is a heading: □ 주요 합의)
	run sh -c "printf '□ 주요 합의\nㅇ 양측은 TDS에 서명하였다.\nㅇ 양측은 협력을 강화하기로 하였다.\n※ 붙임: 공동성명 1부.\n' | scm-split | cut -f3,6"
	check 0 "heading	□ 주요 합의
item	ㅇ 양측은 TDS에 서명하였다.
item	ㅇ 양측은 협력을 강화하기로 하였다.
item	※ 붙임: 공동성명 1부."
	run sh -c "printf '○ 우주 협력 점검\nㆍ 우주 협력 강화\n· 사이버 협력 강화\n' | scm-split | cut -f3 | sort | uniq -c | awk '{ print \$1, \$2 }'"
	check 0 "3 item"
}

@test "real: XHTML with an XML prolog is read as HTML" {
	printf '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>SCM</title></head><body><p>The allies met in Seoul.</p></body></html>\n' >"$BATS_TEST_TMPDIR/x.xhtml"
	run sh -c "scm-split '$BATS_TEST_TMPDIR/x.xhtml' | cut -f3,6"
	check 0 "meta	SCM
para	The allies met in Seoul."
	# a prolog that never ends is no page
	run sh -c "printf '<?xml version=\"1.0\"' | scm-split | cut -f3"
	[ "$status" -eq 0 ]
}

@test "real: advertisement slots and a font-size bar between paragraphs are noise, not headings" {
	run sh -c "printf 'First paragraph of the story goes here.\n\nAdvertisement\n\nSecond paragraph.\n\nStory continues below advertisement\n\nThird paragraph.\n\nA A\n\nFourth.\n' | scm-split | cut -f3,4"
	check 0 "para	-
para	-
para	-
para	-"
	run sh -c "printf 'Plan A\n\nThe allies agreed.\n' | scm-split | cut -f3"
	check 0 "heading
para"
}

@test "real: a press conference transcript: each turn is a paragraph, a question no heading" {
	run sh -c "printf 'Q: On Ukraine --\n\nSEC. AUSTIN: Our support will not change.\n\nMODERATOR: Next question.\n\nQ: Will Japan join the drills?\n\nSECRETARY AUSTIN: We intend to hold them regularly.\nQ: Dan Lamothe, Washington Post. Mr. Secretary, on Ukraine --\n\nMR. RYDER: Thank you.\n' | scm-split | cut -f3,4,6"
	check 0 "para	-	Q: On Ukraine --
para	-	SEC. AUSTIN: Our support will not change.
para	-	MODERATOR: Next question.
para	-	Q: Will Japan join the drills?
para	-	SECRETARY AUSTIN: We intend to hold them regularly.
para	-	Q: Dan Lamothe, Washington Post. Mr. Secretary, on Ukraine --
para	-	MR. RYDER: Thank you."
	# a header's key is no speaker; a time is no label
	run sh -c "printf 'DATE: Nov. 13, 2023\n\nAt 10:30 the ministers met.\n' | scm-split | cut -f3"
	check 0 "meta
para"
}

@test "real: the mark that ends a story or a release is meta" {
	run sh -c "printf 'The story ends here.\n\n- END -\n\n###\n\n(끝)\n' | scm-split | cut -f3"
	check 0 "para
meta
meta
meta"
}

@test "real2: hard-wrapped Korean (a page copy without form feeds) stays one paragraph" {
	run sh -c "printf '제57차 SCM 결과의 평가\n\n양국 장관은 북한의 어떠한 핵 공격도 용납할 수 없으며 이는 김정은 정권의 종말을 초래할 것임을 분명히 재확인하였고\n확장억제의 실행력을 높이기 위한 다양한 방안을 논의하였으며 한미 핵·재래식 통합을 더욱 발전시키기로\n합의하였다.\n' | scm-split | cut -f3,6"
	check 0 "heading	제57차 SCM 결과의 평가
para	양국 장관은 북한의 어떠한 핵 공격도 용납할 수 없으며 이는 김정은 정권의 종말을 초래할 것임을 분명히 재확인하였고 확장억제의 실행력을 높이기 위한 다양한 방안을 논의하였으며 한미 핵·재래식 통합을 더욱 발전시키기로 합의하였다."
}

@test "real2: a Korean web paste, a paragraph a line, stays a web paste" {
	run sh -c "scm-split -k '$FIX/ko/newspage.txt' | cut -f3 | head -3"
	check 0 "noise
noise
noise"
}

@test "real2: headings over their text with no blank line (pdftotext), numbered or in capitals" {
	run sh -c "printf 'Title of the Brief\n\nThe allies met in Seoul on November 4 and agreed on a broad set of steps to\nstrengthen the alliance.\nII. Findings\nThey agreed to expand the scope of the Nuclear Consultative Group and to hold\nmore exercises.\nPolicy Recommendations\nThe allies should meet more often.\nTHE ISSUE\nThe 57th SCM was held in Seoul.\n1. The Minister of National Defense Shin Won-sik and U.S.\nSecretary of Defense Lloyd Austin led their delegations.\n' | scm-split | cut -f3,4,6"
	check 0 "heading	-	Title of the Brief
para	Title of the Brief	The allies met in Seoul on November 4 and agreed on a broad set of steps to strengthen the alliance.
heading	Title of the Brief	II. Findings
para	II. Findings	They agreed to expand the scope of the Nuclear Consultative Group and to hold more exercises.
heading	II. Findings	Policy Recommendations
para	Policy Recommendations	The allies should meet more often.
heading	Policy Recommendations	THE ISSUE
para	THE ISSUE	The 57th SCM was held in Seoul.
clause	THE ISSUE	1. The Minister of National Defense Shin Won-sik and U.S. Secretary of Defense Lloyd Austin led their delegations."
	# a title over two lines stays one heading
	run sh -c "printf '                    JOINT COMMUNIQUE\n     The 57th Security Consultative Meeting (SCM)\n\n1. The 57th Republic of Korea-United States Security Consultative Meeting was held.\n' | scm-split | cut -f3,6"
	check 0 "heading	JOINT COMMUNIQUE The 57th Security Consultative Meeting (SCM)
clause	1. The 57th Republic of Korea-United States Security Consultative Meeting was held."
}

@test "real2: a TAB after a list's label (a word processor's text) is a label" {
	run sh -c "printf 'Joint Communique of the 57th SCM\n\n1.\tThe SCM was held in Seoul.\n2.\tThe Minister and the Secretary met.\n\nThe following were agreed:\n\342\200\242\tThe allies will meet.\n\342\200\242\tThe ROK will pay.\n' | scm-split | cut -f3"
	check 0 "heading
clause
clause
para
item
item"
}

@test "real2: a rule of dashes or stars between paragraphs is noise, not the start of the next" {
	run sh -c "printf 'The allies met.\n\n---\n\nThe Minister agreed.\n\n* * *\n\nANALYSIS\n' | scm-split -k | cut -f3,6"
	check 0 "para	The allies met.
noise	---
para	The Minister agreed.
noise	* * *
heading	ANALYSIS"
}

@test "real2: a short paragraph that ends in a quotation is no heading" {
	run sh -c "printf 'Allies meet in Seoul\n\nAn official said the position \"remains unchanged.\"\n\nHe added that the allies would \342\200\234never back down.\342\200\235\n\nHegseth will visit the JSA on Wednesday.\n' | scm-split | cut -f3,4"
	check 0 "heading	-
para	Allies meet in Seoul
para	Allies meet in Seoul
para	Allies meet in Seoul"
}

@test "real2: the title of page 1, repeated as the running header of page 2, stays the title" {
	run sh -c "printf 'U.S.-South Korea Alliance: Issues for Congress\n\nThe allies met in Seoul.\n\fU.S.-South Korea Alliance: Issues for Congress\n\nThe allies agreed on a plan.\n\f' | scm-split -k | cut -f3,4,6"
	check 0 "heading	-	U.S.-South Korea Alliance: Issues for Congress
para	U.S.-South Korea Alliance: Issues for Congress	The allies met in Seoul.
para	U.S.-South Korea Alliance: Issues for Congress	The allies agreed on a plan.
noise	-	U.S.-South Korea Alliance: Issues for Congress"
	# a header with a number or a bar goes on every page
	run sh -c "printf 'KIDA Brief No. 45\n\nThe allies met in Seoul.\n\fKIDA Brief No. 45\n\nThe allies agreed on a plan.\n\f' | scm-split | cut -f3"
	check 0 "para
para"
}

@test "real2: bylines with an outlet and a date, Korean authors' lines, release keys are meta; more chrome is noise" {
	run sh -c "printf 'Hegseth visits the DMZ\n\nBy DAVID CHOI STARS AND STRIPES \342\200\242 November 4, 2025\n\nListen to this article\n\nThe secretary toured the zone.\n' | scm-split -k | cut -f3,6"
	check 0 "heading	Hegseth visits the DMZ
meta	By DAVID CHOI STARS AND STRIPES • November 4, 2025
noise	Listen to this article
para	The secretary toured the zone."
	run sh -c "printf '한미동맹의 새 과제\n\n김영호 전 통일부 장관·성신여대 명예교수\n\n지면보기\n\n보도시점 : 2025. 11. 4.(화) 14:00 이후\n\n담당자 : 과장 이정훈 (02-748-0000)\n\n양국은 동맹을 강화하기로 하였다.\n\n(주)한빛일보 서울시 중구 | 대표전화 02-000-0000\n' | scm-split -k | cut -f3,6"
	check 0 "heading	한미동맹의 새 과제
meta	김영호 전 통일부 장관·성신여대 명예교수
noise	지면보기
meta	보도시점 : 2025. 11. 4.(화) 14:00 이후
meta	담당자 : 과장 이정훈 (02-748-0000)
para	양국은 동맹을 강화하기로 하였다.
noise	(주)한빛일보 서울시 중구 | 대표전화 02-000-0000"
	# a heading that names a ministry is no author
	run sh -c "printf '국방부 장관 발언 요지\n\n양국은 동맹을 강화하기로 하였다.\n' | scm-split | cut -f3"
	check 0 "heading
para"
}

@test "real2: Korean ordinals open items" {
	run sh -c "printf '첫째, 양측은 확장억제를 강화하기로 하였다.\n둘째, 양측은 연합연습을 확대하기로 하였다.\n' | scm-split | cut -f3"
	check 0 "item
item"
}

@test "real2: numbered endnotes under Endnotes are items, not clauses; a decimal section number heads its section" {
	run sh -c "printf 'Title of the Report\n\n1.1. Background\n\nThe allies met in Seoul.\n\nENDNOTES\n\n1. Victor Park, \"The NCG at Two,\" 2025.\n\n2. Ibid.\n' | scm-split | cut -f3,4,6"
	check 0 "heading	-	Title of the Report
heading	Title of the Report	1.1. Background
para	1.1. Background	The allies met in Seoul.
heading	1.1. Background	ENDNOTES
item	ENDNOTES	1. Victor Park, \"The NCG at Two,\" 2025.
item	ENDNOTES	2. Ibid."
}

@test "one line: a squeezed page mark (-1-), a clause without its full stop, the last page's mark are all cut" {
	run sh -c "echo 'Joint Communique of the 59th SCM Seoul, October 28, 2027 1. The SCM met in Seoul. 2. The allies reviewed the growing nuclear and missile threat of the Kim regime and its deepening military cooperation with Russia -1- 59th SCM Joint Communique 3. The two sides agreed to continue the NCG and would result in the end of the regime 4. Building on the progress, they met. 5. The ministers thanked the hosts. -2-' | scm-split -k | cut -f3,6"
	check 0 "heading	Joint Communique of the 59th SCM
meta	Seoul, October 28, 2027
clause	1. The SCM met in Seoul.
clause	2. The allies reviewed the growing nuclear and missile threat of the Kim regime and its deepening military cooperation with Russia
noise	-1- 59th SCM Joint Communique
clause	3. The two sides agreed to continue the NCG and would result in the end of the regime
clause	4. Building on the progress, they met.
clause	5. The ministers thanked the hosts.
noise	-2-"
	# a date's day is no clause number, nor is an article's
	run sh -c "echo 'Joint Communique of the 59th SCM 1. The SCM met on October 2. The allies met under Article 2. They agreed. 2. The ministers met.' | scm-split | cut -f6"
	check 0 "Joint Communique of the 59th SCM
1. The SCM met on October 2. The allies met under Article 2. They agreed.
2. The ministers met."
}

@test "one line: a title that ends in Washington, D.C. and its date: the place and date are meta (English and Korean)" {
	run sh -c "echo 'Joint Communique of the 59th Security Consultative Meeting Washington, D.C., October 28, 2027 1. The SCM was held in Washington. 2. The two sides agreed.' | scm-split | cut -f3,6"
	check 0 "heading	Joint Communique of the 59th Security Consultative Meeting
meta	Washington, D.C., October 28, 2027
clause	1. The SCM was held in Washington.
clause	2. The two sides agreed."
	run sh -c "echo '제59차 한미안보협의회의 공동성명 2027년 10월 28일, 워싱턴 D.C. 1. 제59차 회의가 개최되었다. 2. 양측은 합의하였다.' | scm-split | cut -f3,6"
	check 0 "heading	제59차 한미안보협의회의 공동성명
meta	2027년 10월 28일, 워싱턴 D.C.
clause	1. 제59차 회의가 개최되었다.
clause	2. 양측은 합의하였다."
}

@test "real: a release's letterhead (the office's name in capitals) is meta, not headings" {
	run sh -c "printf '%s\n' 'U.S. DEPARTMENT OF DEFENSE' 'OFFICE OF THE ASSISTANT TO THE SECRETARY OF DEFENSE (PUBLIC AFFAIRS)' 'IMMEDIATE RELEASE' '' 'Joint Communique of the 58th SCM' '' '1. The SCM met.' | scm-split -k | cut -f3"
	check 0 "meta
meta
meta
heading
clause"
	# a heading in capitals that opens with an office's name stays one
	run sh -c "printf 'DEPARTMENT OF DEFENSE PRIORITIES\n\nThe budget grew.\n' | scm-split | cut -f3"
	check 0 "heading
para"
}

@test "real: a caption credited to an office or a photographer is meta, not the section of the story" {
	run sh -c "printf '%s\n\n' 'Allies sign plan' 'By Lee Ha-eun' 'Hegseth, right, greets Ahn at the Pentagon, Nov. 3, 2026. (Defense Ministry)' 'The two defense chiefs met on Monday.' 'Soldiers train near the border, Oct. 2, 2026. (Chad McNeeley/U.S. Navy)' 'Ahn and Hegseth pose in Seoul. [MINISTRY OF NATIONAL DEFENSE]' 'They agreed to more drills.' | scm-split -k | cut -f3,4"
	check 0 "heading	-
meta	Allies sign plan
meta	Allies sign plan
para	Allies sign plan
meta	Allies sign plan
meta	Allies sign plan
para	Allies sign plan"
	# an acronym in brackets at a heading's end is no credit
	run sh -c "printf 'The ministers agreed to keep U.S. Forces Korea (USFK)\n\nThe text goes on here.\n' | scm-split | cut -f3"
	check 0 "heading
para"
}

@test "real: a box of other stories under More from, Read more, Read next or 함께 보면 좋은 기사 is noise" {
	for b in 'MORE FROM STARS AND STRIPES' 'Read more' 'Read Next' '함께 보면 좋은 기사'; do
		run sh -c "printf '%s\n' 'The ministers met in Seoul on Thursday and agreed to strengthen the combined defense posture on the peninsula, officials said.' '$b' 'Allies to hold drills next spring' | scm-split -k | cut -f3 | uniq"
		check 0 "para
noise"
	done
}

@test "real: after chrome, the links to the previous and next posts are chrome; a file list and its sizes too" {
	printf 'Joint Communique of the 58th SCM\n\n2. The two sides reaffirmed the Alliance, which has served as the linchpin of peace and stability on the Korean Peninsula for more than seven decades and more.\nList\nPrevious   57th SCM Joint Communique released\nNext   ROK, U.S. hold 51st Military Committee Meeting\n' >"$BATS_TEST_TMPDIR/w.txt"
	run sh -c "scm-split -k '$BATS_TEST_TMPDIR/w.txt' | cut -f3"
	check 0 "heading
clause
noise
noise
noise"
	# a heading "Next Steps" after text stays one
	run sh -c "printf 'Findings\n\nThe allies met.\n\nNext Steps for the Alliance\n\nThey will meet.\n' | scm-split | cut -f3"
	check 0 "heading
para
heading
para"
	run sh -c "printf '1. The allies met. They agreed.\n\nAttachments\njoint-statement.pdf (112KB)\nreport.pdf\n312 KB\nThe report is in the pdf.\n' | scm-split -k | cut -f3"
	check 0 "clause
noise
noise
noise
noise
para"
}

@test "real: a bare dateline (WASHINGTON --) and a place line (SEOUL, Republic of Korea) are meta, never the section" {
	IN='Joint Communique of the 59th SCM\nWASHINGTON --\n1. The Minister and the Secretary met.\n' run t
	check 0 "1 heading Joint Communique of the 59th SCM
2 meta WASHINGTON --
3 clause 1. The Minister and the Secretary met."
	IN='Joint Communique of the 59th SCM\n\nSEOUL, Republic of Korea\n\n1. The Minister met.\n' run t
	check 0 "1 heading Joint Communique of the 59th SCM
2 meta SEOUL, Republic of Korea
3 clause 1. The Minister met."
	IN='WASHINGTON -- The allies met on Monday.\n' run t
	check 0 "1 para WASHINGTON -- The allies met on Monday."
}

@test "real: a page's chrome: reading time, PDF download, print, next and previous article, media inquiries, last updated, image credits" {
	IN='Assessing the 58th SCM\n\nLast updated November 11, 2026 at 9:05 a.m. EST\n\n5 min read\n\nDownload PDF (312 KB)\n\nPrint Friendly, PDF & Email\n\nNext Article: Allies Weigh Shipbuilding Pact\n\nPrevious Article\n\nMedia Inquiries\n\nImage: U.S. Department of War\n\nSecretary Hegseth and Minister Ahn shake hands in Seoul. Photo: U.S. Department of War\n\nThe 58th Security Consultative Meeting was held in Seoul.\n' run t -k
	check 0 "1 heading Assessing the 58th SCM
2 meta Last updated November 11, 2026 at 9:05 a.m. EST
3 noise 5 min read
4 noise Download PDF (312 KB)
5 noise Print Friendly, PDF & Email
6 noise Next Article: Allies Weigh Shipbuilding Pact
7 noise Previous Article
8 noise Media Inquiries
9 meta Image: U.S. Department of War
10 meta Secretary Hegseth and Minister Ahn shake hands in Seoul. Photo: U.S. Department of War
11 para The 58th Security Consultative Meeting was held in Seoul."
}

@test "real: the banner of a U.S. government site is noise, its sentences too" {
	IN="An official website of the United States Government\nHere's how you know\nOfficial websites use .gov\nA .gov website belongs to an official organization in the United States government.\nSecure .gov websites use HTTPS\nA lock ( ) or https:// means you've safely connected to the .gov website. Share sensitive information only on official, secure websites.\n\nJoint Communique of the 58th SCM\n\n1. The Minister met.\n" run t
	check 0 "7 heading Joint Communique of the 58th SCM
8 clause 1. The Minister met."
}

@test "real: a clause broken by a page after an abbreviation (the U.S. / delegation) goes on" {
	IN='1. The Minister thanked the Secretary and the U.S.\n\n- 1 -\n\ndelegation for their hospitality.\n\n2. The two sides agreed to meet again.\n' run t
	check 0 "1 clause 1. The Minister thanked the Secretary and the U.S. delegation for their hospitality.
3 clause 2. The two sides agreed to meet again."
	IN='The talks ended.\n\nafter that the ministers left.\n' run t
	check 0 "1 para The talks ended.
2 para after that the ministers left."
}

@test "real: one-line pastes: a page's boxes after the last clause (Related Stories, Helpful Links; 첨부파일, 이전글) are noise, not the clause's" {
	IN='Joint Communique of the 58th SCM 1. The Minister and the Secretary reaffirmed the ironclad commitment to the Alliance and to peace on the Korean Peninsula and beyond. 2. The two sides agreed to hold the 59th SCM in Washington, D.C., in 2027 at a mutually convenient time. Related Stories Hegseth Meets South Korean Counterpart on Extended Deterrence Nov. 3, 2026 Helpful Links FOIA Privacy Program\n' run t -k
	check 0 "1 heading Joint Communique of the 58th SCM
2 clause 1. The Minister and the Secretary reaffirmed the ironclad commitment to the Alliance and to peace on the Korean Peninsula and beyond.
3 clause 2. The two sides agreed to hold the 59th SCM in Washington, D.C., in 2027 at a mutually convenient time.
4 noise Related Stories Hegseth Meets South Korean Counterpart on Extended Deterrence Nov. 3, 2026 Helpful Links FOIA Privacy Program"
	IN='제58차 한미안보협의회의 공동성명 1. 양 장관은 한미동맹이 한반도 평화와 안정의 핵심축임을 재확인하였다. 2. 양 장관은 북한의 핵·미사일 개발을 강력히 규탄하고 국제사회와 공조하기로 하였다. 3. 양 장관은 제59차 SCM을 2027년 워싱턴 D.C.에서 개최하기로 합의하였다. 첨부파일 공동성명.hwp 이전글 2026년 을지 자유의 방패 연습 종료 다음글 국방부 장관 동정\n' run t -k
	check 0 "1 heading 제58차 한미안보협의회의 공동성명
2 clause 1. 양 장관은 한미동맹이 한반도 평화와 안정의 핵심축임을 재확인하였다.
3 clause 2. 양 장관은 북한의 핵·미사일 개발을 강력히 규탄하고 국제사회와 공조하기로 하였다.
4 clause 3. 양 장관은 제59차 SCM을 2027년 워싱턴 D.C.에서 개최하기로 합의하였다.
5 noise 첨부파일 공동성명.hwp 이전글 2026년 을지 자유의 방패 연습 종료 다음글 국방부 장관 동정"
}

@test "real: a box of related stories under the last clause, no blank line: its headlines and their dates are not the clause's" {
	IN="Joint Communique of the 58th SCM\n\n1. The two sides met.\nRelated Stories\nHegseth Meets With South Korean Counterpart in Seoul\nNov. 3, 2026 | By Jim Garamone, War.gov News\nU.S., South Korea Sign Shipbuilding Pact\nNov. 4, 2026\n" run t -k
	check 0 "1 heading Joint Communique of the 58th SCM
2 clause 1. The two sides met.
3 noise Related Stories
4 noise Hegseth Meets With South Korean Counterpart in Seoul
5 meta Nov. 3, 2026 | By Jim Garamone, War.gov News
6 noise U.S., South Korea Sign Shipbuilding Pact
7 meta Nov. 4, 2026"
}

@test "real: a transcript's long title in title case is a heading; a Korean family name alone is no actor" {
	IN='Secretary of War Pete Hegseth and ROK Minister of National Defense Ahn Gyu-back Hold a Joint Press Conference in Seoul\n\nSEC. HEGSETH: Good afternoon. We met today.\n' run t
	check 0 "1 heading Secretary of War Pete Hegseth and ROK Minister of National Defense Ahn Gyu-back Hold a Joint Press Conference in Seoul
2 para SEC. HEGSETH: Good afternoon. We met today."
	# a family name alone is no actor: bylines, other people
	run sh -c "printf 'By Shin Ji-hye\nAhn Cheol-soo met them.\n' | scm-tag | cut -f5"
	check 0 "-
-"
}

@test "real: a one-line copy of a PDF: a page's mark and running header inside a sentence are noise, the sentence whole" {
	IN='Joint Communique 1. The 58 th SCM was held in Seoul. 2. The two sides noted the 73 rd anniversary of the treaty and the threat to - 1 - 58th SCM Joint Communique regional security. 3. The two sides agreed to - 2 - work together.\n' run t -k
	check 0 "1 heading Joint Communique
2 clause 1. The 58th SCM was held in Seoul.
3 clause 2. The two sides noted the 73rd anniversary of the treaty and the threat to regional security.
4 clause 3. The two sides agreed to work together.
5 noise - 1 - 58th SCM Joint Communique
6 noise - 2 -"
	IN='The ratio of forces was 3 - 1 - an unusual figure. It held.\n' run t
	check 0 "1 para The ratio of forces was 3 - 1 - an unusual figure. It held."
}

@test "real: review of the day's rules: a wrapped line opening with a field word, a date or a time, the .gov words, an address after U.S., a lead without a full stop stay as they were" {
	run sh -c "printf '1. 양측은 국방부와 전쟁부의 정책 담당\n부서 간 협의를 정례화하고, 관련 실무 회의를\n연 2회 개최하기로 하였다.\n\n2. 양측은 차기 회의를 워싱턴에서 개최하기로 하였다.\n' | scm-split | cut -f3"
	check 0 "clause
clause"
	IN='The Minister and the Secretary opened the 58th Security Consultative\nMeeting on November 4 at 10:30 a.m. amid\nheightened tensions on the Korean Peninsula.\n' run t
	check 0 "1 para The Minister and the Secretary opened the 58th Security Consultative Meeting on November 4 at 10:30 a.m. amid heightened tensions on the Korean Peninsula."
	IN='The 2022 U.S.\nNuclear Posture Review published on October 27, 2022, which\nreaffirmed the commitment.\n' run t
	check 0 "1 para The 2022 U.S. Nuclear Posture Review published on October 27, 2022, which reaffirmed the commitment."
	IN='The text, posted on\nthe official website of the United States Embassy in Seoul, had been agreed.\n' run t -k
	check 0 "1 para The text, posted on the official website of the United States Embassy in Seoul, had been agreed."
	IN='Title\n\nThe plan was drafted after consultations in Seoul and in the U.S.\n\nhaeun@peninsuladaily.example\n' run t
	check 0 "1 heading Title
2 para The plan was drafted after consultations in Seoul and in the U.S.
3 meta haeun@peninsuladaily.example"
	IN='Seoul and Washington agreed on Thursday\nto update the plan and to hold\nthe next meeting in Washington\n\nThey met.\n' run t
	check 0 "1 para Seoul and Washington agreed on Thursday to update the plan and to hold the next meeting in Washington
2 para They met."
	IN='The ministers reviewed the exercises.\n30 ROK and U.S. units took part in "Freedom Edge," which ended on November 4, 2026.\n' run t
	check 0 "1 para The ministers reviewed the exercises. 30 ROK and U.S. units took part in \"Freedom Edge,\" which ended on November 4, 2026."
}

@test "real: review of the day's rules: a box of links above a story leaves the story's headline; one-line stories keep text that opens with 첨부 or Recommended" {
	IN='Related Stories\nDefense chiefs to meet next week\n\nNov. 5, 2026\n\nAllies sign updated deterrence plan as defense chiefs meet in Seoul\n\nBy Lee Ha-eun\n\nSouth Korea and the United States signed an updated plan on Thursday, the ministry said.\n' run t
	check 0 "3 meta Nov. 5, 2026
4 heading Allies sign updated deterrence plan as defense chiefs meet in Seoul
5 meta By Lee Ha-eun
6 para South Korea and the United States signed an updated plan on Thursday, the ministry said."
	run sh -c "printf '(서울=연합뉴스) 홍길동 기자 = 한미 양국 국방장관은 4일 서울에서 제58차 한미안보협의회의(SCM)를 열고 확장억제 강화 방안을 논의했다. 첨부 자료에 따르면 양측은 핵협의그룹(NCG)을 통해 핵·재래식 통합(CNI) 방안을 구체화하기로 했다. 양측은 또 전시작전통제권 전환을 위한 로드맵을 마련하기로 합의했다. 국방부는 이번 회의가 동맹의 억제력을 한층 강화하는 계기가 될 것이라고 밝혔다. hong@yna.co.kr\n' | scm-split | cut -f3"
	check 0 "para
meta"
}

@test "real: review of the day's rules: a speaker's label in brackets stays a heading; a Korean verb joined by 고 is not negated by the next clause" {
	run sh -c "printf '발언록\n\n〈안규백 국방부 장관〉\n\n우리는 확장억제의 실행력을 강화하기로 하였습니다.\n' | scm-split | cut -f3"
	check 0 "heading
heading
para"
	run sh -c "printf '양측은 북한의 탄도미사일 발사를 강력히 규탄하고 철회를 촉구하였다.\n양측은 동맹을 강화하기로 합의하고 변하지 않는 연대를 과시하였다.\n미사일은 북으로 약 300km를 날아갔다.\n' | scm-tag | cut -f5"
	check 0 "actor:dprk,actor:rok,actor:us,stance:condemn,stance:urge,theme:missile
actor:rok,actor:us,stance:commit
theme:missile"
}

@test "real: a transcript's speakers under its title, parted by semicolons, are meta, not the section of the turns; the media desk's credit is chrome" {
	IN='Secretary of War Pete Hegseth and ROK Minister of National Defense Ahn Gyu-back Hold a Joint Press Conference in Seoul\nSecretary of War Pete Hegseth; Republic of Korea Minister of National Defense Ahn Gyu-back\nNov. 4, 2026\n\nSEC. HEGSETH: Good afternoon.\n\nHosted by Defense Media Activity - WEB.mil\n' run t -k
	check 0 "1 heading Secretary of War Pete Hegseth and ROK Minister of National Defense Ahn Gyu-back Hold a Joint Press Conference in Seoul
2 meta Secretary of War Pete Hegseth; Republic of Korea Minister of National Defense Ahn Gyu-back
3 meta Nov. 4, 2026
4 para SEC. HEGSETH: Good afternoon.
5 noise Hosted by Defense Media Activity - WEB.mil"
	IN='The allies met; they agreed on a plan.\n' run t
	check 0 "1 para The allies met; they agreed on a plan."
}

@test "real: a .gov banner's line without its 'A', an archive's notice and a transcript's title of many speakers: noise, noise, heading" {
	IN='An official website of the United States Government\nOfficial websites use .gov\n.gov website belongs to an official government organization in the United States.\n\nYou have accessed part of a historical collection on the department'"'"'s site. Some of the information contained within may be outdated and links may not function. Please contact the Webmaster with any questions.\n\nSecretary of War Pete Hegseth and Secretary of State Marco Rubio Hold a Joint Press Conference With Their Counterparts After the Tenth ROK-U.S. Foreign and Defense Ministerial ("2+2") Meeting, Hosted by the ROK'"'"'s Foreign Minister and Minister of National Defense\n\nMODERATOR: Good morning.\n' run t -k
	check 0 "1 noise An official website of the United States Government
2 noise Official websites use .gov
3 noise .gov website belongs to an official government organization in the United States.
4 noise You have accessed part of a historical collection on the department's site. Some of the information contained within may be outdated and links may not function. Please contact the Webmaster with any questions.
5 heading Secretary of War Pete Hegseth and Secretary of State Marco Rubio Hold a Joint Press Conference With Their Counterparts After the Tenth ROK-U.S. Foreign and Defense Ministerial (\"2+2\") Meeting, Hosted by the ROK's Foreign Minister and Minister of National Defense
6 para MODERATOR: Good morning."
	# not the text's first block, or a sentence: no title
	IN='The ministers met in Seoul.\n\nSecretary of War Pete Hegseth and Secretary of State Marco Rubio Hold a Joint Press Conference With Their Counterparts After the Tenth ROK-U.S. Foreign and Defense Ministerial ("2+2") Meeting, Hosted by the ROK'"'"'s Foreign Minister and Minister of National Defense\n' run t
	check 0 "1 para The ministers met in Seoul.
2 para Secretary of War Pete Hegseth and Secretary of State Marco Rubio Hold a Joint Press Conference With Their Counterparts After the Tenth ROK-U.S. Foreign and Defense Ministerial (\"2+2\") Meeting, Hosted by the ROK's Foreign Minister and Minister of National Defense"
	IN='The Secretary of War and the Secretary of State Held a Joint Press Conference With Their Counterparts After the Tenth ROK-U.S. Foreign and Defense Ministerial Meeting in Seoul, Where They Reaffirmed the Ironclad Commitment of the United States to the Defense of the Republic of Korea.\n' run t
	check 0 "1 para The Secretary of War and the Secretary of State Held a Joint Press Conference With Their Counterparts After the Tenth ROK-U.S. Foreign and Defense Ministerial Meeting in Seoul, Where They Reaffirmed the Ironclad Commitment of the United States to the Defense of the Republic of Korea."
}

@test "real: a news page's 'Related Article' box left empty between paragraphs is noise and no section; 'Read Full Article' is a button" {
	IN='Allies agree to review command transfer\n\nThe defense chiefs met in Seoul on Tuesday.\n\nRelated Article\n\nThe two sides will report to their presidents next year.\n\nRead Full Article\n' run ts -k
	check 0 "1|heading|-|Allies agree to review command transfer
2|para|Allies agree to review command transfer|The defense chiefs met in Seoul on Tuesday.
3|noise|Allies agree to review command transfer|Related Article
4|para|Allies agree to review command transfer|The two sides will report to their presidents next year.
5|noise|Allies agree to review command transfer|Read Full Article"
	# a heading that only begins so stays one
	IN='Recent Features of the Alliance\n\nThe alliance has changed.\n' run ts
	check 0 "1|heading|-|Recent Features of the Alliance
2|para|Recent Features of the Alliance|The alliance has changed."
}

@test "real: a document host's viewer around a transcribed PDF (arrows, its notes, its download button) is noise; an arrow before text is not" {
	IN='Alliance Review 2026 - Quarterly Notes\n←\n→\nPage content transcription\nIf your browser does not render page correctly, please read the page content below\nStart display at page:\nDownload "Alliance Review 2026 - Quarterly Notes"\n. | . |\n\nThe allies met in Seoul and agreed on a plan for the coming year, the ministry said in its statement on Tuesday evening after the talks ended.\n\n→ The allies agreed to meet again.\n' run t -k
	check 0 "1 heading Alliance Review 2026 - Quarterly Notes
2 noise ←
3 noise →
4 noise Page content transcription
5 noise If your browser does not render page correctly, please read the page content below
6 noise Start display at page:
7 noise Download \"Alliance Review 2026 - Quarterly Notes\"
8 noise . | . |
9 para The allies met in Seoul and agreed on a plan for the coming year, the ministry said in its statement on Tuesday evening after the talks ended.
10 para → The allies agreed to meet again."
	IN='Download "the" file, the officials said, and read it.\n' run t
	check 0 "1 para Download \"the\" file, the officials said, and read it."
}

@test "real: a web address alone after a blank line does not go on a title above it; a title that breaks off does go on in lower case" {
	IN='Alliance Issues for Congress\n\nwww.congress.example.gov\n\nThe alliance is strong.\n' run ts
	check 0 "1|heading|-|Alliance Issues for Congress
2|para|Alliance Issues for Congress|www.congress.example.gov
3|para|Alliance Issues for Congress|The alliance is strong."
	IN='The Future of the\n\nalliance and its command\n\nThe alliance is strong.\n' run ts
	check 0 "1|heading|-|The Future of the alliance and its command
2|para|The Future of the alliance and its command|The alliance is strong."
}

@test "real: a photo's caption with its bracketed credit and the bar a page sets after it is meta, no section; a headline with a bar is not a caption" {
	IN='The defense chiefs met in Seoul on Tuesday, the ministry said.\n\nDefense Minister Kim and Secretary Roe (Photo: Jane Poe/REUTERS) |\n\nThe two sides agreed to meet again next year.\n' run ts -k
	check 0 "1|para|-|The defense chiefs met in Seoul on Tuesday, the ministry said.
2|meta|-|Defense Minister Kim and Secretary Roe (Photo: Jane Poe/REUTERS) |
3|para|-|The two sides agreed to meet again next year."
	IN='The defense chiefs met in Seoul.\n\nAllies Agree on Command Transfer (Updated) |\n\nThe two sides agreed.\n' run ts -k
	check 0 "1|para|-|The defense chiefs met in Seoul.
2|heading|-|Allies Agree on Command Transfer (Updated) |
3|para|Allies Agree on Command Transfer (Updated) ||The two sides agreed."
}

@test "real: a headline at the page's top that holds an office's word (Command, Army) and goes on past it is no banner; a banner stays noise" {
	IN='Combined Forces Command Transfer Delayed Again\nBy Jane Roe\nSEOUL, Nov. 4 (Yonhap) -- The allies met on Tuesday.\n' run t -k
	check 0 "1 heading Combined Forces Command Transfer Delayed Again
2 meta By Jane Roe
3 para SEOUL, Nov. 4 (Yonhap) -- The allies met on Tuesday."
	IN='Army Chief Visits Seoul\nBy Jane Roe\nSEOUL, Nov. 4 (Yonhap) -- The allies met on Tuesday.\n' run t -k
	check 0 "1 heading Army Chief Visits Seoul
2 meta By Jane Roe
3 para SEOUL, Nov. 4 (Yonhap) -- The allies met on Tuesday."
	IN='U.S. Army Garrison Humphreys\nUnited States Forces Korea\nCouncil on Foreign Relations\nAllies agree to review plan\nBy Jane Roe\nSEOUL, Nov. 4 (Yonhap) -- The allies met on Tuesday.\n' run t -k
	check 0 "1 noise U.S. Army Garrison Humphreys
2 noise United States Forces Korea
3 noise Council on Foreign Relations
4 heading Allies agree to review plan
5 meta By Jane Roe
6 para SEOUL, Nov. 4 (Yonhap) -- The allies met on Tuesday."
}

@test "real: headings that only look like a report cover's post (Commander in Chief of ..., Officer in Charge of ...) stay headings" {
	run sh -c "printf 'The allies met today.\n\nCommander in Chief of U.S. Forces\n\nThe allies met.\n\nOfficer in Charge of Nonproliferation\n\nThe allies met.\n' | scm-split | cut -f3"
	check 0 "para
heading
para
heading
para"
}

@test "real: a long first line of keywords or of names parted by semicolons is no transcript's title" {
	run sh -c "printf 'Keywords: Extended Deterrence, Nuclear Consultative Group, Security Consultative Meeting, Alliance Management, Korean Peninsula, Northeast Asia, United States Forces Korea, Wartime Operational Control, Missile Defense, Space Cooperation, Cyber Security, Defense Industry\n\nThe allies met.\n' | scm-split | cut -f3"
	check 0 "para
para"
}
