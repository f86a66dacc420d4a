#!/usr/bin/env bats
# English web pages, fifth round (hweb5): photo credits an outlet or a
# dash gives, a release's kind and office over its title, a government
# banner on one line, attribution lines, bylines whose name was a link.
# Fixtures of our own writing in tests/fixtures/hweb5.
load helper
K="$FIX/hweb5"

t() {	# t OPTIONS... : split stdin (printf'd $IN), print loc kind section text
	printf "$IN" | scm-split "$@" | cut -f2,3,4,6 | tr '\t' '|'
}

@test "hweb5: a caption credited to an outlet in brackets, after a spaced slash, in capitals after a slash, is meta" {
	run sh -c "scm-split -k '$K/credits.txt' | cut -f2,3,6"
	[ "$status" -eq 0 ]
	[ "${lines[3]}" = "$(printf '4\tmeta\tEngineers lay a floating bridge across the Imjin River during a drill near Paju, South Korea, Nov. 8, 2026. (Stars and Stripes)')" ]
	[ "${lines[5]}" = "$(printf "6\tmeta\tTanks roll off a ferry on the river's north bank on Tuesday / AP")" ]
	[ "${lines[7]}" = "$(printf '8\tmeta\tBridge sections wait on trucks at a staging area near Paju, South Korea, Nov. 7, 2026. MARA QUINT/STARS AND STRIPES')" ]
}

@test "hweb5: a photographer's credit line with a dash and an agency is meta, alone or after the caption" {
	run sh -c "scm-split -k '$K/credits.txt' | cut -f2,3,6"
	[ "${lines[8]}" = "$(printf '9\tmeta\tKwon Hye-rin - pool, Pool AFP')" ]
	run sh -c "scm-split -k '$K/gallery.txt' | cut -f2,3,6"
	[ "${lines[3]}" = "$(printf '4\tmeta\tCoast guard cutters sail in formation off Busan, South Korea, Nov. 4, 2026. Lina Park - pool, Pool AFP')" ]
}

@test "hweb5: negative: story lines that end in an outlet's name or a slash stay text" {
	run sh -c "scm-split -k '$K/credits.txt' | cut -f2,3,6"
	[ "${lines[9]}" = "$(printf '10\tpara\tThe drill ends on Friday. (Harbor Post)')" ]
	[ "${lines[10]}" = "$(printf '11\tpara\tThe crossing was the largest in years, Reyes said. (Stars and Stripes)')" ]
	IN="Talks resume\n\nThe ministers discussed the plan for air and missile defense / ISR over two days.\n\nThe budget rose in 2026 - the pool of recruits shrank, the ministry said.\n" run t -k
	check 0 "1|heading|-|Talks resume
2|para|Talks resume|The ministers discussed the plan for air and missile defense / ISR over two days.
3|para|Talks resume|The budget rose in 2026 - the pool of recruits shrank, the ministry said."
}

@test "hweb5: a release's kind and the office under it are no headings; the statement's title is" {
	run sh -c "scm-split -k '$K/release.txt' | cut -f2,3,4,6"
	[ "${lines[1]}" = "$(printf '2\tnoise\t-\tMedia Note')" ]
	[ "${lines[2]}" = "$(printf '3\tnoise\t-\tOffice of the Spokesperson')" ]
	[ "${lines[4]}" = "$(printf '5\theading\t-\tJoint Press Statement on the Allied Logistics Dialogue')" ]
	IN="Navies end drills\n\nMedia Note\n\nOffice of the Spokesperson\n\nThe two navies ended their drills.\n" run t -k
	check 0 "1|heading|-|Navies end drills
2|noise|Navies end drills|Media Note
3|noise|Navies end drills|Office of the Spokesperson
4|para|Navies end drills|The two navies ended their drills."
}

@test "hweb5: a .gov banner with its Here's how you know on one line, Featured Content, a form's * indicates required are noise" {
	run sh -c "scm-split -k '$K/release.txt' | cut -f2,3,6"
	[ "${lines[0]}" = "$(printf "1\tnoise\tAn official website of the United States Government Here's how you know")" ]
	[ "${lines[7]}" = "$(printf '8\tnoise\tFeatured Content')" ]
	[ "${lines[8]}" = "$(printf '9\tnoise\tSubscription Options')" ]
	[ "${lines[9]}" = "$(printf '10\tnoise\t* indicates required')" ]
}

@test "hweb5: an attribution line (is attributable to Spokesperson ...:) is meta, the statement under it text" {
	run sh -c "scm-split -k '$K/release.txt' | cut -f2,3,6"
	[ "${lines[5]}" = "$(printf '6\tmeta\tThe below is attributable to Spokesperson Lena Marsh:')" ]
	[ "${lines[6]}" = "$(printf '7\tpara\tThe two delegations met in Honolulu to review supply routes across the Pacific.')" ]
}

@test "hweb5: a file photo's credit, a site's domain alone, a byline that lost its linked name, are meta" {
	run sh -c "scm-split -k '$K/gallery.txt' | cut -f2,3,6"
	[ "${lines[0]}" = "$(printf '1\tnoise\tPhoto gallery')" ]
	[ "${lines[1]}" = "$(printf '2\tmeta\tHarbor Daily file photo')" ]
	[ "${lines[4]}" = "$(printf '5\tmeta\tShipWatch.net')" ]
	[ "${lines[5]}" = "$(printf '6\theading\tDid Ferries Spot the Drone at Dawn?')" ]
	[ "${lines[6]}" = "$(printf '7\tmeta\t, senior fellow and program director')" ]
}

@test "hweb5: negative: titles and sentences near the new chrome stay what they were" {
	IN="Joint Press Statement on the Allied Logistics Dialogue\n\nMedia Notes From the Summit\n\nThe statement is attributable to both governments.\n\nThe readout of the call, a file photo of the ministers and the site example.com were released.\n\n, and then they left.\n\nPhoto Gallery Opens in Seoul\n" run t -k
	check 0 "1|heading|-|Joint Press Statement on the Allied Logistics Dialogue
2|heading|Joint Press Statement on the Allied Logistics Dialogue|Media Notes From the Summit
3|para|Media Notes From the Summit|The statement is attributable to both governments.
4|para|Media Notes From the Summit|The readout of the call, a file photo of the ministers and the site example.com were released.
5|para|Media Notes From the Summit|, and then they left.
6|heading|Media Notes From the Summit|Photo Gallery Opens in Seoul"
}

@test "hweb5: a gallery's caption cut short before its more link is meta" {
	run sh -c "scm-split -k '$K/teasers.txt' | cut -f2,3,6"
	[ "$status" -eq 0 ]
	[ "${lines[1]}" = "$(printf '2\tmeta\tSailors haul a line aboard a supply ship off Jeju, South Korea, Nov. 5, 2026. The two navies rehearsed resupply at sea over four...more')" ]
	[ "${lines[2]}" = "$(printf '3\tmeta\tDivers surface beside a training mine near the harbor mouth, Nov. 6, 2026. The mine was a dummy used\xe2\x80\xa6more')" ]
}

@test "hweb5: a newspaper's name under the byline is meta, not the section" {
	run sh -c "scm-split -k '$K/teasers.txt' | cut -f2,3,4,6"
	[ "${lines[5]}" = "$(printf '6\tmeta\tDid the Drills Change Anything?\tThe Harbor Ledger Daily')" ]
	[ "${lines[6]}" = "$(printf '7\tpara\tDid the Drills Change Anything?\tOfficials said the drills went well. Read more about the navies below.')" ]
}

@test "hweb5: pointers to the text elsewhere, an advert's call in capitals, a note on readers' comments are noise" {
	run sh -c "scm-split -k '$K/teasers.txt' | cut -f2,3,6"
	[ "${lines[7]}" = "$(printf '8\tnoise\tRead full article here.')" ]
	[ "${lines[8]}" = "$(printf '9\tnoise\tOriginal article.')" ]
	[ "${lines[9]}" = "$(printf '10\tnoise\tThe Largest Career Network for Maritime Jobs - JOIN NOW')" ]
	[ "${lines[10]}" = "$(printf '11\tnoise\tWith your current subscription plan you can comment on stories. However, before writing your first comment, please create a display name in the Profile section.')" ]
}

@test "hweb5: negative: a heading after a date, a sentence on comments, an ellipsis before more, a title after a byline stay" {
	IN="Allies open drill\n\nNovember 4, 2026\n\nNorth Korea More\n\nThe readers may comment on the plan, the minister said, and the display name of the plan is Iron Tide.\n\nPrices will rise by 3...more or less.\n\nBy Jane Doe\n\nThe Alliance in Good Times\n\nThe drill ended. Read the original article in Korean.\n" run t -k
	check 0 "1|heading|-|Allies open drill
2|meta|Allies open drill|November 4, 2026
3|heading|Allies open drill|North Korea More
4|para|North Korea More|The readers may comment on the plan, the minister said, and the display name of the plan is Iron Tide.
5|para|North Korea More|Prices will rise by 3...more or less.
6|meta|North Korea More|By Jane Doe
7|heading|North Korea More|The Alliance in Good Times
8|para|The Alliance in Good Times|The drill ended. Read the original article in Korean."
}

@test "hweb5: a wire photo's FILE - caption, a byline with the author's role in a sentence, a Photos = credit are meta; About the Author is noise" {
	run sh -c "scm-split -k '$K/wire.txt' | cut -f2,3,6"
	[ "$status" -eq 0 ]
	[ "${lines[1]}" = "$(printf '2\tmeta\tBy Jane Roe, Digital Editor at the Harbor Institute and Associate Editor at The Breakwater.')" ]
	[ "${lines[2]}" = "$(printf '3\tmeta\tFILE - A sailor signals to a tug at the naval base in Busan, South Korea, March 2, 2025.')" ]
	[ "${lines[3]}" = "$(printf '4\tmeta\tPhotos = Harbor Institute')" ]
	[ "${lines[6]}" = "$(printf '7\tnoise\tAbout the Author')" ]
	[ "${lines[7]}" = "$(printf '8\tpara\tJane Roe writes on maritime security.')" ]
}

@test "hweb5: a story's line that quotes words and ends in the agency's name is no caption" {
	run sh -c "scm-split -k '$K/wire.txt' | cut -f2,3,6"
	[ "${lines[5]}" = "$(printf '6\tpara\tThe ministers also noted the "steady and welcome progress" of the talks in Busan on Friday. (Yonhap)')" ]
}

@test "hweb5: negative: sentences opening with By, FILE or Photos stay text" {
	IN="Talks end\n\nBy the end of the talks, the editor of the paper had left.\n\nFILE transfer delays - the navy said - slowed the talks.\n\nPhotos of the talks were released on Friday.\n" run t -k
	check 0 "1|heading|-|Talks end
2|para|Talks end|By the end of the talks, the editor of the paper had left.
3|para|Talks end|FILE transfer delays - the navy said - slowed the talks.
4|para|Talks end|Photos of the talks were released on Friday."
}

@test "hweb5: an author's bio past 250 bytes, its views its own and its handle at its end, is meta; a profile in the story stays text" {
	run sh -c "scm-split -k '$K/bio.txt' | cut -f2,3"
	[ "$status" -eq 0 ]
	[ "${lines[3]}" = "$(printf '4\tmeta')" ]
	[ "${lines[4]}" = "$(printf '5\tpara')" ]
}
