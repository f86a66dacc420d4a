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
