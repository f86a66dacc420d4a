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

@test "sentences: a label opening the text is no sentence (a. B. II.)" {
	run sh -c "printf 'a. The allies agreed to meet.\n\nB. The allies agreed.\n\nII. Extended Deterrence after the Washington Declaration\n' | scm-split -u sentence | cut -f2,6"
	check 0 "1.1	a. The allies agreed to meet.
2.1	B. The allies agreed.
3.1	II. Extended Deterrence after the Washington Declaration"
	# inside a text a letter before a period may end a sentence
	run sh -c "printf 'He met Plan A. The allies agreed.\n' | scm-split -u sentence | cut -f6"
	check 0 "He met Plan A.
The allies agreed."
}

@test "sentences: a title in capitals before a name (a transcript's SEC. AUSTIN:)" {
	run sh -c "printf 'SEC. AUSTIN: Thanks. GEN. LACAMERA: Yes, sir.\n' | scm-split -u sentence | cut -f6"
	check 0 "SEC. AUSTIN: Thanks.
GEN. LACAMERA: Yes, sir."
}

@test "sentences: a footnote's mark after the full stop ends the sentence" {
	run sh -c "printf 'The NCG met.1 The allies agreed. It was the Declaration.\342\200\23512 Its text was short.\n' | scm-split -u sentence | cut -f6"
	check 0 "The NCG met.1
The allies agreed.
It was the Declaration.”12
Its text was short."
	# not after an abbreviation, a number or a capital
	run sh -c "printf 'See para.2 The text. It is version 2.1 The end. The U.S.3 The end.\n' | scm-split -u sentence | wc -l"
	check 0 "3"
}

@test "sentences: Korean: an English abbreviation in brackets, a date before the time of day" {
	run sh -c "printf '조 윌슨(Rep. Joe Wilson) 하원의원이 말했다. 그는 동의했다.\n' | scm-split -u sentence | cut -f6"
	check 0 "조 윌슨(Rep. Joe Wilson) 하원의원이 말했다.
그는 동의했다."
	run sh -c "printf '국방부는 2023.11.13. 오후 3시에 발표했다. 그리고 2023.11.14. 17:05에 다시 밝혔다.\n' | scm-split -u sentence | cut -f6"
	check 0 "국방부는 2023.11.13. 오후 3시에 발표했다.
그리고 2023.11.14. 17:05에 다시 밝혔다."
}

@test "sentences: a footnote's mark after a word in capitals, or after Korean, ends the sentence" {
	run sh -c "printf 'The troops stay in the ROK.1 The annual meeting followed. 양측은 동맹을 재확인하였다.1) 양측은 협력하기로 하였다.\n' | scm-split -u sentence | cut -f6"
	check 0 "The troops stay in the ROK.1
The annual meeting followed.
양측은 동맹을 재확인하였다.1)
양측은 협력하기로 하였다."
}

@test "sentences: section numbers and captions' numbers are no sentence ends" {
	run sh -c "printf 'Ⅱ. 주요 합의 내용\n\n2.1. Issues for Congress\n\nTable 2. Selected outcomes of the meeting. Figure 3. Troop levels over time.\n' | scm-split -u sentence | cut -f6"
	check 0 "Ⅱ. 주요 합의 내용
2.1. Issues for Congress
Table 2. Selected outcomes of the meeting.
Figure 3. Troop levels over time."
}

@test "sentences: after a.m. and U.S. a sentence adverb or a Korean name opens a sentence" {
	run sh -c "printf 'The ministers met at 10 a.m. Afterward, they toured the base. Lee met Hegseth in the U.S. Ahn accepted the plan. He flew to the U.S. Ahn Gyu-back said so.\n' | scm-split -u sentence | cut -f6"
	check 0 "The ministers met at 10 a.m.
Afterward, they toured the base.
Lee met Hegseth in the U.S.
Ahn accepted the plan.
He flew to the U.S.
Ahn Gyu-back said so."
	# a name that goes on: the U.S. Park Police, U.S. Forces Korea
	run sh -c "printf 'The U.S. Park Police said it. U.S. Forces Korea has grown.\n' | scm-split -u sentence | wc -l"
	check 0 "2"
}

@test "sentences: Spc. is a rank; a footnote's mark after a year ends the sentence before an opener" {
	run sh -c "printf 'Spc. Jones spoke. The alliance has endured since 1968.1 It was founded then. The figure rose in 2023.4 million troops.\n' | scm-split -u sentence | cut -f6"
	check 0 "Spc. Jones spoke.
The alliance has endured since 1968.1
It was founded then.
The figure rose in 2023.4 million troops."
}

@test "sentences: 'the ROK-U.S. Alliance and agreed' goes on; a bracketed note's mark ends a sentence; (Ret.) and Ft. are no ends" {
	run sh -c "printf 'Both sides said the talks strengthened the ROK-U.S. Alliance and agreed to hold the 59th SCM. They visited the U.S. Embassy and met officials. They met in the U.S. South Korea and Japan later agreed.\n' | scm-split -u sentence | cut -f6"
	check 0 "Both sides said the talks strengthened the ROK-U.S. Alliance and agreed to hold the 59th SCM.
They visited the U.S. Embassy and met officials.
They met in the U.S.
South Korea and Japan later agreed."
	run sh -c "printf 'The communique kept last year'\\''s language.[1] Three features stand out. See ref.[12] and more. Gen. (Ret.) Vincent Brooks spoke first. Troops from Ft. Bragg joined.\n' | scm-split -u sentence | cut -f6"
	check 0 "The communique kept last year's language.[1]
Three features stand out.
See ref.[12] and more.
Gen. (Ret.) Vincent Brooks spoke first.
Troops from Ft. Bragg joined."
}

@test "sentences: (Ret.) before an opener ends; [3] after U.S. and a decimal after 'to' do not" {
	run sh -c "printf 'Gen. Vincent Brooks, USA (Ret.) He opened with remarks. Gen. (Ret.) Vincent Brooks spoke. The figure is from the U.S.[3] Department of Defense report. Spending rose to 2024.5 One analyst disagreed.\n' | scm-split -u sentence | cut -f6"
	check 0 "Gen. Vincent Brooks, USA (Ret.)
He opened with remarks.
Gen. (Ret.) Vincent Brooks spoke.
The figure is from the U.S.[3] Department of Defense report.
Spending rose to 2024.5 One analyst disagreed."
}

@test "sentences: a note's mark after a word ending in an accented letter (communiqué.1 Its) ends the sentence" {
	run sh -c "printf 'It produced a full joint communiqu\303\251.1 Its 18 paragraphs covered much.\n' | scm-split -u sentence | cut -f6"
	check 0 "It produced a full joint communiqué.1
Its 18 paragraphs covered much."
}

@test "sentences: after U.S. what it names does not open a sentence, even with an adverb before the verb" {
	run sent <<<"The minister met the U.S. Secretary of War on Tuesday and the U.S. Ambassador later joined them. In Seoul, Minister Ahn and U.S. Secretary Hegseth also reaffirmed the commitment."
	check 0 "The minister met the U.S. Secretary of War on Tuesday and the U.S. Ambassador later joined them.
In Seoul, Minister Ahn and U.S. Secretary Hegseth also reaffirmed the commitment."
}

@test "sentences: a title's abbreviation opens the subject of a new sentence; an ellipsis closing a quote ends one before an opener" {
	run sent <<<"He left the next day at 3 p.m. Gen. Brunson briefed him on readiness. He met Lt. Gen. Kim at 9 a.m. Tuesday."
	check 0 "He left the next day at 3 p.m.
Gen. Brunson briefed him on readiness.
He met Lt. Gen. Kim at 9 a.m. Tuesday."
	run sent <<<"Some saw it as \"the start of a new era…\" Others were less sure. He said \"we will see...\" The talks ended. \"We will respond…\" Kim said."
	check 0 "Some saw it as \"the start of a new era…\"
Others were less sure.
He said \"we will see...\"
The talks ended.
\"We will respond…\" Kim said."
}

@test "sentences: a Korean footnote's mark with its bracket ends the sentence before a number too" {
	run sh -c "printf '양측은 협의체이다.1) 2026년 회의는 서울에서 열렸다. 이는 제58차 회의다.1 2026년 회의는 끝났다.\n' | scm-split -u sentence | cut -f6"
	check 0 "양측은 협의체이다.1)
2026년 회의는 서울에서 열렸다.
이는 제58차 회의다.1 2026년 회의는 끝났다."
}

@test "sentences: an ellipsis after a Korean ending 다 ends the sentence before Korean; after 다 alone it does not" {
	run sh -c "printf '병력은 늘었다…그러나 예산은 줄었다. 숫자는 다… 많다.\n' | scm-split -u sentence | cut -f6"
	check 0 "병력은 늘었다…
그러나 예산은 줄었다.
숫자는 다… 많다."
}

@test "sentences: a period a copy left without its space ends a sentence before a capitalised word, not in an abbreviation, an initialism or an address" {
	run sh -c "printf 'The ministers met at the Security Consultative Meeting (SCM).This year'\''s talks were held in Pyongyang.Speculation has grown since.\n' | scm-split -u sentence | cut -f6"
	check 0 "The ministers met at the Security Consultative Meeting (SCM).
This year's talks were held in Pyongyang.
Speculation has grown since."
	run sh -c "printf 'The U.S.Army said so. See e.g.The report at www.defense.Gov today. Visit St.Louis, Dr.Kim said.\n' | scm-split -u sentence | cut -f6"
	check 0 "The U.S.Army said so.
See e.g.The report at www.defense.Gov today.
Visit St.Louis, Dr.Kim said."
}
