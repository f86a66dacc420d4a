#!/usr/bin/env bats
# scm-split -u sentence on the shapes of issue 18: compounds of an
# abbreviation ("ROK-U.S.", "ROK–U.S.", "U.S.-Japan-ROK"), quotations of
# several sentences, "Approx.", and a new clause after "D.C." or "p.m.".
# Fixtures in tests/fixtures/sentences (README says what each imitates);
# only the text field is compared, the block kinds are tested elsewhere.
load helper

F="$FIX/sentences"

sent() {	# sent: the sentences of stdin, text only
	scm-split -u sentence | cut -f6
}

@test "sentences: a communiqué with compounds, quotes and time/place abbreviations" {
	run sh -c 'scm-split -u sentence "$1" | cut -f6' - "$F/communique.txt"
	check 0 "$(cat "$F/communique.sentence")"
}
@test "sentences: no cut after ROK-U.S. before a capital" {
	run sent <<<"They attended the 46th ROK-U.S. Military Committee Meeting. It ended."
	check 0 "They attended the 46th ROK-U.S. Military Committee Meeting.
It ended."
}
@test "sentences: no cut after Korea-U.S. or after ROK–U.S. with an en dash" {
	run sent <<<"The Korea-U.S. Alliance grew. The May 2021 ROK–U.S. Summit set it."
	check 0 "The Korea-U.S. Alliance grew.
The May 2021 ROK–U.S. Summit set it."
}
@test "sentences: no cut after ROK‑U.S. with U+2011 or ROK—U.S. with an em dash" {
	run sent <<<"The ROK‑U.S. Integrated Defense Dialogue met. The ROK—U.S. Combined Forces Command hosted."
	check 0 "The ROK‑U.S. Integrated Defense Dialogue met.
The ROK—U.S. Combined Forces Command hosted."
}
@test "sentences: a quotation of two sentences stays with its introduction" {
	run sent <<<"The Secretary stated, “We remain committed. It is ironclad.” The Minister welcomed this."
	check 0 "The Secretary stated, “We remain committed. It is ironclad.”
The Minister welcomed this."
}
@test "sentences: straight quotes too; a quote never closed does not hold" {
	run sent <<<'He said: "Deterrence works. It has for 70 years!" Then he left. She said "no. The rest.'
	check 0 'He said: "Deterrence works. It has for 70 years!"
Then he left.
She said "no.
The rest.'
}
@test "sentences: Approx., approx., ca. and cf. go on" {
	run sent <<<"Approx. 28,500 troops stay. The force has approx. Twenty ships. The treaty (ca. 1953) holds, cf. The Hague text."
	check 0 "Approx. 28,500 troops stay.
The force has approx. Twenty ships.
The treaty (ca. 1953) holds, cf. The Hague text."
}
@test "sentences: after D.C. and p.m. a subject and its verb start a new sentence" {
	run sent <<<"The talks were held in Washington, D.C. South Korea and the U.S. agreed to meet. It closed at 5 p.m. Secretary Austin then left."
	check 0 "The talks were held in Washington, D.C.
South Korea and the U.S. agreed to meet.
It closed at 5 p.m.
Secretary Austin then left."
}
@test "sentences: after U.S. a name goes on: U.S. Forces Korea, U.S. Secretary of Defense" {
	run sent <<<"Officials said the U.S. Forces Korea has a new commander. He met the U.S. Secretary of Defense in Seoul."
	check 0 "Officials said the U.S. Forces Korea has a new commander.
He met the U.S. Secretary of Defense in Seoul."
}
@test "sentences: after U.S. a coordinated subject or an adverb before the verb starts one" {
	run sent <<<"The plan was welcomed by the U.S. South Korea and Japan later agreed. The aid came from the U.S. Congress later cut it."
	check 0 "The plan was welcomed by the U.S.
South Korea and Japan later agreed.
The aid came from the U.S.
Congress later cut it."
}
