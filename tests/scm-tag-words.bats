#!/usr/bin/env bats
# The words of analyses, op-eds, editorials and older texts that the
# built-in lexicon knows (a second held-out measure, on texts unlike the
# communiques), each with the look-alikes that must not tag.  Every
# sentence here is our own.

load helper

# tags LINE...: the tags field of each line, tagged as plain text.
tags() {
	printf '%s\n' "$@" | scm-tag --plain | cut -f5
}

@test "words: extended nuclear deterrence is extended deterrence, deterrence and nuclear" {
	run tags 'Allies doubt the reach of extended nuclear deterrence.' \
		'Nuclear deterrence alone is no answer.'
	check 0 "theme:deterrence,theme:extended-deterrence,theme:nuclear
theme:deterrence,theme:nuclear"
}

@test "words: the EDSCG dialogue is the allies' forum, no dialogue; dialogue with the North is" {
	run tags 'The EDSCG dialogue closed on Friday.' \
		'Officials want dialogue with North Korea.' \
		'The EDSCG met, and dialogue with North Korea stalled.'
	check 0 "theme:deterrence,theme:extended-deterrence
actor:dprk,theme:dialogue
actor:dprk,theme:deterrence,theme:dialogue,theme:extended-deterrence"
}

@test "words: UNSC resolutions are sanctions, the UNSC alone is the UN" {
	run tags 'The launch broke several UNSC resolutions.' \
		'The UNSC met in an emergency session.'
	check 0 "actor:un,theme:sanctions
actor:un"
}

@test "words: war games are exercises" {
	run tags 'Critics call the drills war games.' \
		'The command ran a wargame on Tuesday.' \
		'It was a game of wits, not a war.'
	check 0 "theme:exercises
theme:exercises
-"
}

@test "words: the older romanization P'yongyang is North Korea" {
	run tags "P'yongyang rejected the offer." "Yongyang is a town."
	check 0 "actor:dprk,stance:not-accept
-"
}

@test "words: the U.S. presence in Korea is theme:usfk, a presence elsewhere is not" {
	run tags 'A smaller U.S. presence in South Korea is debated.' \
		'The presence on the Korean Peninsula of American troops is old.' \
		'China seeks a presence in the Indian Ocean.'
	check 0 "actor:us,theme:usfk
actor:us,theme:usfk
actor:china"
}

@test "words: recommending is prescribing, negated too; not asked, nor an adjective" {
	run tags 'The panel recommends a larger role for Seoul.' \
		'Our recommendations are three.' \
		'The study did not recommend new drills.' \
		'Would the board recommend a delay?' \
		'The recommended course is caution.'
	check 0 "actor:rok,stance:prescribe
stance:prescribe
stance:not-prescribe,theme:exercises
-
-"
}
