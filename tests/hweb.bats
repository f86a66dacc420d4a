#!/usr/bin/env bats
# English web pages (hweb): chrome of a pasted page that read as the
# story's title or text.  Fixtures of our own writing in tests/fixtures/hweb.
load helper
K="$FIX/hweb"

@test "hweb: a search form's lone ~ and a Recommended #... row are noise, the headline is the heading" {
	run sh -c "scm-split -k '$K/mobilepage.txt' | cut -f2,3,6"
	[ "$status" -eq 0 ]
	[ "${lines[5]}" = "$(printf '6\tnoise\t~')" ]
	[ "${lines[7]}" = "$(printf '8\tnoise\tRecommended #Navy drills in the south')" ]
	[ "${lines[8]}" = "$(printf '9\theading\tAllied navies wrap up a week of drills off the southern coast')" ]
}

@test "hweb: an outlet's name glued to a date in figures is meta" {
	run sh -c "scm-split -k '$K/mobilepage.txt' | cut -f2,3,6"
	[ "${lines[9]}" = "$(printf '10\tmeta\tHarbor Times08-11-2026')" ]
	run sh -c "printf 'Allied navies wrap up drills\n\nThe Daily Ledger 2026-11-08\n\nThe navies ended their drills on Friday.\n' | scm-split -k | cut -f3,6"
	[ "${lines[1]}" = "$(printf 'meta\tThe Daily Ledger 2026-11-08')" ]
}

@test "hweb: a photo's keywords joined by bare commas are noise, the story's section is its headline" {
	run sh -c "scm-split -k '$K/mobilepage.txt' | cut -f2,3,4,6"
	[ "${lines[10]}" = "$(printf '11\tnoise\tAllied navies wrap up a week of drills off the southern coast\tPete Alder,Jin Mi-rae,Kim Do-hyun')" ]
	run sh -c "scm-split '$K/mobilepage.txt' | cut -f3,4 | sort -u"
	[ "${lines[0]}" = "$(printf 'heading\t-')" ]
	[[ "$output" != *"Pete Alder,Jin"* ]]
}

@test "hweb: negative: a list of places with spaces after its commas, a sentence of names, stay text" {
	run sh -c "printf 'Drills in three ports\n\nBusan, Jinhae, Pohang\n\nThe ministers met Pete Alder,Jin Mi-rae,Kim Do-hyun.\n' | scm-split -k | cut -f3,6"
	[ "${lines[1]}" != "$(printf 'noise\tBusan, Jinhae, Pohang')" ]
	[ "${lines[2]}" = "$(printf 'para\tThe ministers met Pete Alder,Jin Mi-rae,Kim Do-hyun.')" ]
}

@test "hweb: negative: two names by a bare comma, a list of lower-case words, stay what they were" {
	run sh -c "printf 'Allied drills end\n\nPete Alder,Jin Mi-rae\n\nmines,escorts,supply ships\n\nThe navies ended their drills.\n' | scm-split -k | cut -f3,6"
	[ "${lines[1]}" != "$(printf 'noise\tPete Alder,Jin Mi-rae')" ]
	[ "${lines[2]}" != "$(printf 'noise\tmines,escorts,supply ships')" ]
}

@test "hweb: negative: a date alone stays meta, a sentence ending in a date and a title with a year stay text" {
	run sh -c "printf 'Allied drills end\n\n2026-11-08\n\nThe drills ended on 08-11-2026\n\nDrills of 2026 in Review 11-2026\n\nThe navies ended their drills.\n' | scm-split -k | cut -f3,6"
	[ "${lines[1]}" = "$(printf 'meta\t2026-11-08')" ]
	[ "${lines[2]}" != "$(printf 'meta\tThe drills ended on 08-11-2026')" ]
	[ "${lines[3]}" != "$(printf 'meta\tDrills of 2026 in Review 11-2026')" ]
}

@test "hweb: negative: a Recommended line without a hashtag, a hashtag in a sentence, stay text" {
	run sh -c "printf 'Allied drills end\n\nRecommended reading for the allies\n\nPopular support for #Alliance drills grew this year.\n' | scm-split -k | cut -f3,6"
	[ "${lines[1]}" != "$(printf 'noise\tRecommended reading for the allies')" ]
	[ "${lines[2]}" = "$(printf 'para\tPopular support for #Alliance drills grew this year.')" ]
}

@test "hweb: negative: a tilde inside a line, a range, a dash alone, stay as they were" {
	run sh -c "printf 'Allied drills end\n\nNov. 3 ~ Nov. 8\n\nThe navies ended their drills.\n' | scm-split -k | cut -f3,6"
	[ "${lines[1]}" != "$(printf 'noise\tNov. 3 ~ Nov. 8')" ]
}

@test "hweb: an HTML page's video player (aria-label ... Player): its settings and fonts are noise" {
	run sh -c "scm-split -k '$K/storylinks.html' | cut -f2,3,6"
	[ "$status" -eq 0 ]
	[ "${lines[2]}" = "$(printf '3\tnoise\tAuto')" ]
	[ "${lines[4]}" = "$(printf '5\tnoise\tCaptions will look like this')" ]
	[ "${lines[6]}" = "$(printf '7\tnoise\tArial Black')" ]
	run sh -c "scm-split '$K/storylinks.html' | cut -f3 | sort | uniq -c | awk '{print \$2 \$1}' | tr '\n' ' '"
	[ "$output" = "heading2 meta2 para2 " ]
}

@test "hweb: another story's headline set as a paragraph, a link all of it, is noise" {
	run sh -c "scm-split -k '$K/storylinks.html' | cut -f2,3,6"
	[ "${lines[9]}" = "$(printf '10\tnoise\tMinisters Meet In Tokyo To Plan Next Round Of Exercises')" ]
	[ "${lines[10]}" = "$(printf '11\tnoise\tCoast Guard Cutter Rescues Fishing Crew Near Jeju')" ]
	[ "${lines[11]}" = "$(printf '12\tpara\tOfficials said the drills were the largest of the year.')" ]
}

@test "hweb: negative: a caption in a player's figure stays meta; a link inside a line, the page's h1, stay" {
	run sh -c "scm-split -k '$K/storylinks.html' | cut -f2,3,6"
	[ "${lines[1]}" = "$(printf '2\theading\tAllied navies wrap up a week of drills')" ]
	[ "${lines[7]}" = "$(printf '8\tmeta\tSailors of the two navies on the deck of a destroyer in the southern port')" ]
	[ "${lines[13]}" = "$(printf '14\theading\tThe full statement is Joint Statement On Combined Naval Readiness')" ]
	run sh -c "printf '<html><body><p><a href=\"/x\">The Ministers Met In Tokyo.</a></p><p><a href=\"/y\">Ministers Meet In Tokyo To Plan</a> the next round of drills, officials said.</p></body></html>' | scm-split -k --html | cut -f3"
	[ "${lines[1]}" = "para" ]
}

@test "hweb: a breadcrumb whose marks were lost in the copy, the title cut short at its end, is noise" {
	run sh -c "scm-split -k '$K/release.txt' | cut -f2,3,6"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "$(printf '1\tnoise\tHome NEWS NEWS/Asia Navies Of Two Allies End Week Of Drills Off The Southern...')" ]
	[ "${lines[1]}" = "$(printf '2\theading\tNavies Of Two Allies End Week Of Drills Off The Southern Coast')" ]
}

@test "hweb: a release's Begin Text: and End Text marks are noise, the text between them a paragraph" {
	run sh -c "scm-split -k '$K/release.txt' | cut -f3,6"
	[ "${lines[6]}" = "$(printf 'noise\tBegin Text:')" ]
	[ "${lines[7]}" = "$(printf 'para\tThe two navies completed a week of combined drills off the southern coast, the largest of the year, and pledged to hold another round in the spring.')" ]
	[ "${lines[8]}" = "$(printf 'noise\tEnd Text')" ]
}

@test "hweb: Breaking News over a ticker is noise and no section" {
	run sh -c "printf 'Breaking News\n\nThe two navies completed a week of combined drills off the southern coast, the largest of the year.\n' | scm-split -k | cut -f3,4,6"
	[ "${lines[0]}" = "$(printf 'noise\t-\tBreaking News')" ]
	[ "${lines[1]}" = "$(printf 'para\t-\tThe two navies completed a week of combined drills off the southern coast, the largest of the year.')" ]
}

@test "hweb: negative: a sentence opening with Home and ending in an ellipsis, Begin Text in a sentence, stay text" {
	run sh -c "printf 'Allied drills end\n\nHome prices rose again in the port city as sailors arrived...\n\nBegin text messages with the unit name.\n\nBreaking news of the drills reached the port on Friday.\n' | scm-split -k | cut -f3"
	[ "${lines[1]}" = "para" ]
	[ "${lines[2]}" = "para" ]
	[ "${lines[3]}" = "para" ]
}

@test "hweb: a place line 'Washington, DC' under a statement's title is meta, not its section" {
	run sh -c "printf 'Joint Statement on the Alliance\n\nWashington, DC\n\nThe Secretary met the Minister today and they reaffirmed the alliance.\n' | scm-split -k | cut -f3,4"
	check 0 "heading	-
meta	Joint Statement on the Alliance
para	Joint Statement on the Alliance"
	run sh -c "printf 'Washington, DC is a city where the two ministers met.\n' | scm-split -k | cut -f3"
	check 0 "para"
}
