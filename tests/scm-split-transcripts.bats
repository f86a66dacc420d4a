#!/usr/bin/env bats
# Transcripts, signatures and the notes around a text: a printed
# hearing's speaker labels and editor's notes, a communique's signature
# block, an author line with the affiliation in brackets, a pull quote's
# attribution, a portrait's alt text, a wiki's references.  Each rule
# with the cases it must leave alone.
load helper

k() {	# kind, section and text of each block, noise kept
	scm-split -k | cut -f3,4,6
}

s() {	# loc, kind and text of each sentence
	scm-split -u sentence | cut -f2,3,6
}

@test "transcripts: a hearing's note in brackets is meta at any length, never a section" {
	run k <<'IN'
STATEMENT OF ADM SAMUEL J. PAPARO, USN, COMMANDER, U.S. INDO-PACIFIC COMMAND

Admiral PAPARO. Our alliances in the region are an asymmetric advantage.
[The prepared statement of Admiral Paparo can be found in the Appendix on page 68.]
Chairman ROGERS. Thank you. General Brunson.
IN
	check 0 "heading	-	STATEMENT OF ADM SAMUEL J. PAPARO, USN, COMMANDER, U.S. INDO-PACIFIC COMMAND
para	STATEMENT OF ADM SAMUEL J. PAPARO, USN, COMMANDER, U.S. INDO-PACIFIC COMMAND	Admiral PAPARO. Our alliances in the region are an asymmetric advantage.
meta	STATEMENT OF ADM SAMUEL J. PAPARO, USN, COMMANDER, U.S. INDO-PACIFIC COMMAND	[The prepared statement of Admiral Paparo can be found in the Appendix on page 68.]
para	STATEMENT OF ADM SAMUEL J. PAPARO, USN, COMMANDER, U.S. INDO-PACIFIC COMMAND	Chairman ROGERS. Thank you. General Brunson."
}

@test "transcripts: a note wrapped over two lines of a printed hearing is one meta block" {
	run k <<'IN'
    Chairman Rogers. The committee will come to order. I want to
welcome our witnesses.
    [The prepared statement of Mr. Rogers can be found in the
Appendix on page 61.]
    Mr. Smith. Thank you, Mr. Chairman.
IN
	check 0 "para	-	Chairman Rogers. The committee will come to order. I want to welcome our witnesses.
meta	-	[The prepared statement of Mr. Rogers can be found in the Appendix on page 61.]
para	-	Mr. Smith. Thank you, Mr. Chairman."
}

@test "transcripts: [T]he, a Korean [기자] and a bracket inside a sentence are no editor's notes" {
	run k <<'IN'
The allies met in Seoul.
[T]he allies agreed to meet again, the minister said.

[기자]
국방부는 4일 회의를 열었다.

The talks went well [Inaudible] and ended.
IN
	check 0 "para	-	The allies met in Seoul. [T]he allies agreed to meet again, the minister said.
heading	-	[기자]
para	[기자]	국방부는 4일 회의를 열었다.
para	[기자]	The talks went well [Inaudible] and ended."
}

@test "transcripts: a hearing's speaker label opens a turn and is no sentence of its own" {
	run s <<'IN'
Chairman ROGERS. The committee will come to order. I want to welcome our witnesses.
Mr. SMITH. Thank you, Mr. Chairman. I'll be brief.
Admiral PAPARO. Congresswoman, the NCG has matured. [Inaudible.] We plan jointly.
Senator McCAIN. Thank you.
The CHAIRMAN. Without objection.
IN
	check 0 "1.1	para	Chairman ROGERS. The committee will come to order.
1.2	para	I want to welcome our witnesses.
2.1	para	Mr. SMITH. Thank you, Mr. Chairman.
2.2	para	I'll be brief.
3.1	para	Admiral PAPARO. Congresswoman, the NCG has matured.
3.2	para	[Inaudible.]
3.3	para	We plan jointly.
4.1	para	Senator McCAIN. Thank you.
5.1	para	The CHAIRMAN. Without objection."
}

@test "transcripts: a name in mixed case, an acronym after a title, a sentence that names a general are sentences" {
	run s <<'IN'
Chairman ROGERS. Thank you. General Brunson.

The ROK. Mr. Smith.

General Brunson. He spoke first.
IN
	check 0 "1.1	para	Chairman ROGERS. Thank you.
1.2	para	General Brunson.
2.1	para	The ROK.
2.2	para	Mr. Smith.
3.1	para	General Brunson.
3.2	para	He spoke first."
}

@test "transcripts: turns of a hearing stay apart with no blank line between them" {
	run k <<'IN'
Mr. WILSON. General, does the Department intend to reduce troop levels below 28,500?
General BRUNSON. Congressman, I have received no such order.
Mr. WILSON. Thank you. I yield back.
IN
	check 0 "para	-	Mr. WILSON. General, does the Department intend to reduce troop levels below 28,500?
para	-	General BRUNSON. Congressman, I have received no such order.
para	-	Mr. WILSON. Thank you. I yield back."
}

@test "transcripts: a communique's signatures side by side under the last clause are meta" {
	run k <<'IN'
8. The Minister and the Secretary affirmed that the 59th SCM will be held
in Washington, D.C., at a mutually convenient time in 2027.

Pete Hegseth                              Ahn Gyu-back
Secretary of War                          Minister of National Defense
United States of America                  Republic of Korea
IN
	check 0 "clause	-	8. The Minister and the Secretary affirmed that the 59th SCM will be held in Washington, D.C., at a mutually convenient time in 2027.
meta	-	Pete Hegseth Ahn Gyu-back Secretary of War Minister of National Defense United States of America Republic of Korea"
}

@test "transcripts: the same signatures one column after the other are meta" {
	run k <<'IN'
8. The Minister and the Secretary expressed their gratitude.

Pete Hegseth
Secretary of War
United States of America

Ahn Gyu-back
Minister of National Defense
Republic of Korea
IN
	check 0 "clause	-	8. The Minister and the Secretary expressed their gratitude.
meta	-	Pete Hegseth Secretary of War United States of America
meta	-	Ahn Gyu-back
meta	-	Minister of National Defense Republic of Korea"
}

@test "transcripts: a headline over two lines naming a minister, at the top or under the text, stays a heading" {
	run k <<'IN'
President Lee Jae-myung Meets
Secretary Hegseth in Seoul

The talks ended.

Secretary Hegseth Visits
Camp Humphreys

The talks ended.

Remarks by Secretary of War
Pete Hegseth

The 2026 Meeting of
Secretary Hegseth and Minister Ahn
IN
	check 0 "heading	-	President Lee Jae-myung Meets Secretary Hegseth in Seoul
para	President Lee Jae-myung Meets Secretary Hegseth in Seoul	The talks ended.
heading	President Lee Jae-myung Meets Secretary Hegseth in Seoul	Secretary Hegseth Visits Camp Humphreys
para	Secretary Hegseth Visits Camp Humphreys	The talks ended.
heading	Secretary Hegseth Visits Camp Humphreys	Remarks by Secretary of War Pete Hegseth
heading	Remarks by Secretary of War Pete Hegseth	The 2026 Meeting of Secretary Hegseth and Minister Ahn"
}

@test "transcripts: a name with its role and institution in brackets is an author's line, like its Korean twin" {
	run k <<'IN'
The 58th ROK-U.S. SCM: Assessment and Policy Implications
Kim Ji-hoon (Senior Research Fellow, Korea Institute for Defense Analyses)
김지훈 (한국국방연구원 책임연구위원)

The talks ended.

Jane Doe (Professor, Yonsei University)

Ahn Gyu-back (Minister of National Defense)
IN
	check 0 "heading	-	The 58th ROK-U.S. SCM: Assessment and Policy Implications
meta	The 58th ROK-U.S. SCM: Assessment and Policy Implications	Kim Ji-hoon (Senior Research Fellow, Korea Institute for Defense Analyses)
meta	The 58th ROK-U.S. SCM: Assessment and Policy Implications	김지훈 (한국국방연구원 책임연구위원)
para	The 58th ROK-U.S. SCM: Assessment and Policy Implications	The talks ended.
meta	The 58th ROK-U.S. SCM: Assessment and Policy Implications	Jane Doe (Professor, Yonsei University)
meta	The 58th ROK-U.S. SCM: Assessment and Policy Implications	Ahn Gyu-back (Minister of National Defense)"
}

@test "transcripts: a place or a title with a gloss in brackets and no role is no author's line" {
	run k <<'IN'
North Korea (Democratic People's Republic of Korea)

The talks ended.

Camp Humphreys (Pyeongtaek)

The talks ended.

Extended Deterrence (Background)
IN
	check 0 "heading	-	North Korea (Democratic People's Republic of Korea)
para	North Korea (Democratic People's Republic of Korea)	The talks ended.
heading	North Korea (Democratic People's Republic of Korea)	Camp Humphreys (Pyeongtaek)
para	Camp Humphreys (Pyeongtaek)	The talks ended.
heading	Camp Humphreys (Pyeongtaek)	Extended Deterrence (Background)"
}

@test "transcripts: a pull quote's attribution after a dash is meta, never a section" {
	run k <<'IN'
“We are asking our allies to do more.”
— Pete Hegseth, Secretary of War

“We will respond.”
-- Ahn Gyu-back

The talks ended.
IN
	check 0 "para	-	“We are asking our allies to do more.”
meta	-	— Pete Hegseth, Secretary of War
para	-	“We will respond.”
meta	-	-- Ahn Gyu-back
para	-	The talks ended."
}

@test "transcripts: a dash before a place, a list of topics or a sentence is no attribution" {
	run k <<'IN'
The agenda:

— North Korea

— Extended Deterrence, Nuclear Planning

— The allies agreed to meet again.
IN
	check 0 "para	-	The agenda:
heading	-	— North Korea
heading	— North Korea	— Extended Deterrence, Nuclear Planning
para	— Extended Deterrence, Nuclear Planning	— The allies agreed to meet again."
}

@test "transcripts: a portrait's alt text in a web paste is noise, the name under it a byline" {
	run k <<'IN'
What the 58th SCM Did Not Say About Troop Levels
Headshot of Sarah Whitfield
Sarah Whitfield
Sarah Whitfield is a research associate at 38 North.
Photo of Daniel Rhee
Daniel Rhee
When the defense chiefs of the United States and South Korea met in Seoul last week, most attention went to what the joint communique contained, and less to what it left out.
IN
	check 0 "heading	-	What the 58th SCM Did Not Say About Troop Levels
noise	What the 58th SCM Did Not Say About Troop Levels	Headshot of Sarah Whitfield
meta	What the 58th SCM Did Not Say About Troop Levels	Sarah Whitfield
meta	What the 58th SCM Did Not Say About Troop Levels	Sarah Whitfield is a research associate at 38 North.
noise	What the 58th SCM Did Not Say About Troop Levels	Photo of Daniel Rhee
meta	What the 58th SCM Did Not Say About Troop Levels	Daniel Rhee
para	What the 58th SCM Did Not Say About Troop Levels	When the defense chiefs of the United States and South Korea met in Seoul last week, most attention went to what the joint communique contained, and less to what it left out."
}

@test "transcripts: a photo of a thing or a scene is no alt text; a heading after noise stays one" {
	run k <<'IN'
Photo of the Day

Photo of Kim Jong Un inspecting a missile launcher in Pyongyang, Nov. 3.

Share

Looking Ahead

The next test will come in the spring.
IN
	check 0 "heading	-	Photo of the Day
para	Photo of the Day	Photo of Kim Jong Un inspecting a missile launcher in Pyongyang, Nov. 3.
noise	Photo of the Day	Share
heading	Photo of the Day	Looking Ahead
para	Looking Ahead	The next test will come in the spring."
}

@test "transcripts: a figure's caption with a colon and its source after it is meta" {
	run k <<'IN'
The count rose.

Figure 1: Number of times "extended deterrence" appears in SCM communiqués, 2014-2026. Source: 38 North analysis.

Table 2. Troop levels by year. Note: estimates.

Figure 3: the count shows that the allies met more often. Source: our data.
IN
	check 0 "para	-	The count rose.
meta	-	Figure 1: Number of times \"extended deterrence\" appears in SCM communiqués, 2014-2026. Source: 38 North analysis.
meta	-	Table 2. Troop levels by year. Note: estimates.
para	-	Figure 3: the count shows that the allies met more often. Source: our data."
}

@test "transcripts: a wiki's references are meta, each a block; History[edit] is the section History" {
	run k <<'IN'
History[edit]
The meeting was first held in 1968 as the Annual Defense Ministers' Meeting, following the seizure of the USS Pueblo and the Blue House raid.[4]

References[edit]
^ "Security Consultative Meeting". Ministry of National Defense. Retrieved 5 November 2025.
^ Lee, S. (2019). The ROK-U.S. Alliance at Sixty-Five. Seoul: KIDA Press. pp. 45–67.
IN
	check 0 "heading	-	History[edit]
para	History	The meeting was first held in 1968 as the Annual Defense Ministers' Meeting, following the seizure of the USS Pueblo and the Blue House raid.[4]
heading	History	References[edit]
meta	References	^ \"Security Consultative Meeting\". Ministry of National Defense. Retrieved 5 November 2025.
meta	References	^ Lee, S. (2019). The ROK-U.S. Alliance at Sixty-Five. Seoul: KIDA Press. pp. 45–67.";
	run s <<'IN'
History[edit]

The meeting was first held in 1968.
IN
	check 0 "1.1	heading	History[edit]
2.1	para	The meeting was first held in 1968."
}

@test "transcripts: a caret inside a line, a bracket at a heading's start are left alone" {
	run k <<'IN'
Editing History [of the text]

The growth was 2^ 3 times faster.
^Not a reference, it goes on.
IN
	check 0 "heading	-	Editing History [of the text]
para	Editing History [of the text]	The growth was 2^ 3 times faster. ^Not a reference, it goes on."
}

@test "transcripts: a two-line headline naming a minister with its verb stays a heading; a bracketed name opening a line of a paragraph goes on with it" {
	run k <<'IN'
The ministers met in Seoul and agreed on a long list of measures, officials said on Tuesday in the capital.

Minister of National Defense Ahn Gyu-back Meets Commander
of United States Forces Korea

The minister thanked the general for his service.
IN
	check 0 "para	-	The ministers met in Seoul and agreed on a long list of measures, officials said on Tuesday in the capital.
heading	-	Minister of National Defense Ahn Gyu-back Meets Commander of United States Forces Korea
para	Minister of National Defense Ahn Gyu-back Meets Commander of United States Forces Korea	The minister thanked the general for his service."
	run k <<'IN'
The president said the alliance was stronger than ever when he met the secretary.
[Lee] also thanked the troops for their service in the peninsula.
IN
	check 0 "para	-	The president said the alliance was stronger than ever when he met the secretary. [Lee] also thanked the troops for their service in the peninsula."
}

@test "transcripts: an epigraph's source, its dash set close, is meta and no section; a journal's byline with its issue's number is meta" {
	run k <<'IN'
Allied Deterrence at a Crossroads

By Jane Roe Joint Force Quarterly 118

By Jane Roe and John Doe Alliance Futures Series

The threat has grown. We must adapt.

—Quadrennial Defense Review

The review set out three aims.
IN
	check 0 "heading	-	Allied Deterrence at a Crossroads
meta	Allied Deterrence at a Crossroads	By Jane Roe Joint Force Quarterly 118
meta	Allied Deterrence at a Crossroads	By Jane Roe and John Doe Alliance Futures Series
para	Allied Deterrence at a Crossroads	The threat has grown. We must adapt.
meta	Allied Deterrence at a Crossroads	—Quadrennial Defense Review
para	Allied Deterrence at a Crossroads	The review set out three aims."
}

@test "transcripts: a headline opening with By and a colon stays a heading; a dash with a space, a sentence after a glued dash are no epigraph's source" {
	run k <<'IN'
By Air and Sea: Allies Hold Drills Off the Korean Coast Again

The drills ended on Friday.

—The allies met again on Monday.

By 2030 the Alliance Will Need New Plans 2
IN
	check 0 "heading	-	By Air and Sea: Allies Hold Drills Off the Korean Coast Again
para	By Air and Sea: Allies Hold Drills Off the Korean Coast Again	The drills ended on Friday.
para	By Air and Sea: Allies Hold Drills Off the Korean Coast Again	—The allies met again on Monday.
heading	By Air and Sea: Allies Hold Drills Off the Korean Coast Again	By 2030 the Alliance Will Need New Plans 2"
}

@test "transcripts: a byline whose address's bracket opens at the line's end (the address below) is a meta line of its own" {
	run k <<'IN'
The ministers will meet again in October.
By Kim Ha-neul (
haneul@herald.example)
IN
	check 0 "para	-	The ministers will meet again in October.
meta	-	By Kim Ha-neul (
meta	-	haneul@herald.example)"
	run k <<'IN'
The ministers agreed on a plan (
see the annex).
IN
	check 0 "para	-	The ministers agreed on a plan ( see the annex)."
}

@test "transcripts: a report's cover, names over their posts in a field (Specialist in Asian Affairs), no blank line between, is meta, a line each" {
	run k <<'IN'
Alliance Issues for Congress
Jane Roe, Coordinator
Specialist in Asian Affairs
John Doe
Analyst in Nonproliferation
Mary Poe
Research Associate in U.S. Defense Policy
November 3, 2026

Summary
The alliance is strong.
IN
	check 0 "heading	-	Alliance Issues for Congress
meta	Alliance Issues for Congress	Jane Roe, Coordinator
meta	Alliance Issues for Congress	Specialist in Asian Affairs
meta	Alliance Issues for Congress	John Doe
meta	Alliance Issues for Congress	Analyst in Nonproliferation
meta	Alliance Issues for Congress	Mary Poe
meta	Alliance Issues for Congress	Research Associate in U.S. Defense Policy
meta	Alliance Issues for Congress	November 3, 2026
heading	Alliance Issues for Congress	Summary
para	Summary	The alliance is strong."
}

@test "transcripts: headlines with a role's word before 'in' stay headings (Commander in Chief, Minister in Talks on Security)" {
	run k <<'IN'
The alliance is strong.

Commander in Chief

The Commander in Chief Visits Seoul

Minister in Talks on Security

The talks ended.
IN
	check 0 "para	-	The alliance is strong.
heading	-	Commander in Chief
heading	Commander in Chief	The Commander in Chief Visits Seoul
heading	The Commander in Chief Visits Seoul	Minister in Talks on Security
para	Minister in Talks on Security	The talks ended."
}

@test "transcripts: a reporter's name and outlet after a slash or a bar, no By, is meta; a kicker of places is not" {
	run k <<'IN'
A New Headquarters Opens
Jane Roe / TIME Magazine
PYEONGTAEK, South Korea (July 12, 2026) — The allies opened a new headquarters on Friday.

Kim Ha-neul | The Korea Times

North Korea / Korea Times

The talks ended.
IN
	check 0 "heading	-	A New Headquarters Opens
meta	A New Headquarters Opens	Jane Roe / TIME Magazine
para	A New Headquarters Opens	PYEONGTAEK, South Korea (July 12, 2026) — The allies opened a new headquarters on Friday.
meta	A New Headquarters Opens	Kim Ha-neul | The Korea Times
heading	A New Headquarters Opens	North Korea / Korea Times
para	North Korea / Korea Times	The talks ended."
}

@test "transcripts: a byline set as a bulleted line under the title (a .mil page's) is meta; a list's line opening with By is an item" {
	run k <<'IN'
The Allies at Seventy

• By Dr. Jane Roe

The talks ended.

• By the end of 2026, the allies will meet.
• By land and sea
IN
	check 0 "heading	-	The Allies at Seventy
meta	The Allies at Seventy	• By Dr. Jane Roe
para	The Allies at Seventy	The talks ended.
item	The Allies at Seventy	• By the end of 2026, the allies will meet.
item	The Allies at Seventy	• By land and sea"
}
