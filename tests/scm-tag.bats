#!/usr/bin/env bats
# scm-tag: the built-in lexicon, matching, options and bad input.  Lexicon
# formats are in scm-tag-lex.bats; properties in scm-tag-props.bats.
load helper
T="$FIX/tag"

tags() {	# tags TEXT: the tags scm-tag gives one line of plain text
	printf '%s\n' "$1" | scm-tag | cut -f5
}

@test "tag: the seed sentences get the tags an analyst would give" {
	run sh -c 'scm-tag "$1" | cut -f5' - "$T/seeds.txt"
	check 0 "$(cat "$T/seeds.tags")"
	# the file of expectations is not empty and covers every sentence
	[ "$(wc -l <"$T/seeds.tags")" -eq "$(wc -l <"$T/seeds.txt")" ]
}

@test "tag: plain text lines become records (doc -, loc = line, kind para)" {
	run scm-tag <<<"South Korea and Japan met."
	check 0 "-	1	para	-	actor:japan,actor:rok	South Korea and Japan met."
}

@test "tag: actors under all their names" {
	run tags "ROK"; check 0 "actor:rok"
	run tags "the Republic of Korea"; check 0 "actor:rok"
	run tags "Seoul said"; check 0 "actor:rok"
	run tags "the United States"; check 0 "actor:us"
	run tags "U.S. forces"; check 0 "actor:us"
	run tags "Washington wants"; check 0 "actor:us"
	run tags "the DPRK"; check 0 "actor:dprk"
	run tags "Pyongyang fired"; check 0 "actor:dprk"
	run tags "the North fired"; check 0 "actor:dprk"
	run tags "Kim Jong Un spoke"; check 0 "actor:dprk"
	run tags "Kim Jong-un spoke"; check 0 "actor:dprk"
	run tags "Beijing and Moscow"; check 0 "actor:china,actor:russia"
	run tags "ASEAN and the UN"; check 0 "actor:asean,actor:un"
}

@test "tag: what must not be tagged" {
	run tags "let us go"; check 0 "-"
	run tags "Korean firms"; check 0 "-"
	run tags "the Korean Peninsula"; check 0 "-"
	run tags "opinion may deteriorate"; check 0 "-"
	run tags "securing strategic space"; check 0 "-"
	run tags "the north of the city"; check 0 "-"
	run tags "Kim Jong-un"; check 0 "actor:dprk"
	run tags "held in Washington, D.C. today"; check 0 "-"
	run tags "the South China Sea"; check 0 "theme:south-china-sea"
	run tags "the Democratic People's Republic of Korea"; check 0 "actor:dprk"
	run tags "USFKX and ROKS"; check 0 "-"
}

@test "tag: extended deterrence is also deterrence; deter in its forms" {
	run tags "extended deterrence"; check 0 "theme:deterrence,theme:extended-deterrence"
	run tags "to deter them"; check 0 "theme:deterrence"
	run tags "a deterrent"; check 0 "theme:deterrence"
}

@test "tag: stances in their forms" {
	run tags "They pledged"; check 0 "stance:commit"
	run tags "we vowed and decided"; check 0 "stance:commit"
	run tags "they noted"; check 0 "stance:assess"
	run tags "they shared the view"; check 0 "stance:assess"
	run tags "they welcomed it"; check 0 "stance:welcome"
	run tags "they condemned it"; check 0 "stance:condemn"
	run tags "they denounced it"; check 0 "stance:condemn"
	run tags "they called on Pyongyang"; check 0 "actor:dprk,stance:urge"
	run tags "Seoul must act"; check 0 "actor:rok,stance:prescribe"
	run tags "we need to act"; check 0 "stance:prescribe"
	run tags "they need more"; check 0 "-"
}

@test "tag: phrases across white space runs, hyphens and dashes" {
	run tags "Kim   Jong	Un"; check 0 "actor:dprk"
	run tags "ROK-U.S."; check 0 "actor:rok,actor:us"
	run tags "ROK–U.S."; check 0 "actor:rok,actor:us"
	run tags "ROK U.S."; check 0 "actor:rok,actor:us"
	run tags "the Indo Pacific"; check 0 "theme:indo-pacific"
	run tags "the Indo—Pacific"; check 0 "theme:indo-pacific"
}

@test "tag: typographic apostrophes match plain ones" {
	run tags "the People’s Republic of China"; check 0 "actor:china"
	run tags "the People's Republic of China"; check 0 "actor:china"
	run tags "North Korea’s test"; check 0 "actor:dprk"
}

@test "tag: whole words only" {
	run tags "Seoulites"; check 0 "-"
	run tags "ROKA"; check 0 "-"
	run tags "nuclearized"; check 0 "-"
	run tags "(nuclear)"; check 0 "theme:nuclear"
}

@test "tag: a trailing * matches word endings" {
	run tags "missiles"; check 0 "theme:missile"
	run tags "missile"; check 0 "theme:missile"
	run tags "denuclearization"; check 0 "theme:denuclearization"
	run tags "cybersecurity"; check 0 "theme:cyber"
	run tags "a missive"; check 0 "-"
}

@test "tag: = marks a case-sensitive pattern" {
	printf 'org:nis\t=NIS\norg:mnd\tMND\n' >"$BATS_TEST_TMPDIR/cs.lex"
	run sh -c 'printf "NIS\nnis\nNis\nmnd\n" | scm-tag -L -l "$1" | cut -f5' - "$BATS_TEST_TMPDIR/cs.lex"
	check 0 "org:nis
-
-
org:mnd"
}

@test "tag: the longest match of a namespace wins; --overlap=all keeps all" {
	printf 'p:short\tNorth\np:long\tNorth Korea\nq:other\tKorea\n' >"$BATS_TEST_TMPDIR/o.lex"
	run sh -c 'echo "North Korea" | scm-tag -L -l "$1" | cut -f5' - "$BATS_TEST_TMPDIR/o.lex"
	check 0 "p:long,q:other"
	run sh -c 'echo "North Korea" | scm-tag --overlap=all -L -l "$1" | cut -f5' - "$BATS_TEST_TMPDIR/o.lex"
	check 0 "p:long,p:short,q:other"
	run sh -c 'echo "North Korea" | scm-tag -a -L -l "$1" | cut -f5' - "$BATS_TEST_TMPDIR/o.lex"
	check 0 "p:long,p:short,q:other"
	run sh -c 'echo "North Korea" | scm-tag --overlap=longest -L -l "$1" | cut -f5' - "$BATS_TEST_TMPDIR/o.lex"
	check 0 "p:long,q:other"
}

@test "tag: existing tags are kept, merged, sorted, de-duplicated" {
	run scm-tag <<<"d	1	clause	Sec	zz:mine,actor:us,aa:x	Japan and the U.S."
	check 0 "d	1	clause	Sec	aa:x,actor:japan,actor:us,zz:mine	Japan and the U.S."
}

@test "tag: records keep fields 1-4 and 6, escapes included" {
	run scm-tag <<<'d\\x	2.1	item	a\tb	-	Seoul\tsaid \\n'
	check 0 'd\\x	2.1	item	a\tb	actor:rok	Seoul\tsaid \\n'
}

@test "tag: a record copied whole but for its tags is the record as written" {
	# the line is copied when it is the record as recput writes it; an
	# empty field (written '-'), a carriage return inside a field (written
	# \r) or an escape make the record rewritten field by field
	printf 'd\t1\tpara\t-\t-\tSeoul said\nd\t2\tpara\t\t-\tSeoul said\nd\t3\tpara\t-\t-\tSeoul\rsaid\nd\t4\tpara\tS\\\\\tx:y\tSeoul \\n said\nd\t5\tpara\t-\t\tSeoul\n' >"$BATS_TEST_TMPDIR/in"
	run scm-tag "$BATS_TEST_TMPDIR/in"
	check 0 "d	1	para	-	actor:rok	Seoul said
d	2	para	-	actor:rok	Seoul said
d	3	para	-	actor:rok	Seoul\rsaid
d	4	para	S\\\\	actor:rok,x:y	Seoul \n said
d	5	para	-	actor:rok	Seoul"
	# and -L, which finds no tags, gives back the input where it is raw
	run scm-tag -L "$BATS_TEST_TMPDIR/in"
	check 0 "d	1	para	-	-	Seoul said
d	2	para	-	-	Seoul said
d	3	para	-	-	Seoul\rsaid
d	4	para	S\\\\	x:y	Seoul \n said
d	5	para	-	-	Seoul"
}

@test "tag: -L leaves the built-in lexicon out" {
	run scm-tag -L <<<"South Korea and the U.S."
	check 0 "-	1	para	-	-	South Korea and the U.S."
}

@test "tag: -t selects records by tag, with globs; exit 0" {
	run sh -c 'printf "Seoul\nTokyo\nnothing\n" | scm-tag -t actor:rok | cut -f6'
	check 0 "Seoul"
	run sh -c 'printf "Seoul\nTokyo\nnothing\n" | scm-tag -t "actor:*" | cut -f6'
	check 0 "Seoul
Tokyo"
	run sh -c 'printf "Seoul\nTokyo\nnothing\n" | scm-tag -t actor:rok -t actor:japan | cut -f6'
	check 0 "Seoul
Tokyo"
	run sh -c 'printf "extended deterrence\nnuclear\n" | scm-tag -t "theme:*deterrence" | cut -f6'
	check 0 "extended deterrence"
}

@test "tag: -v inverts the selection" {
	run sh -c 'printf "Seoul\nTokyo\nnothing\n" | scm-tag -v -t "actor:*" | cut -f6'
	check 0 "nothing"
}

@test "tag: -t selecting nothing exits 1" {
	run scm-tag -t actor:russia <<<"Seoul"
	check 1 ""
	run scm-tag -v -t "*" <<<"Seoul"
	check 1 ""
}

@test "tag: -o writes doc, loc, tag, offset, length and the words" {
	run scm-tag -o <<<"The ROK–U.S. alliance and Kim  Jong Un."
	check 0 "-	1	actor:rok	4	3	ROK
-	1	actor:us	10	4	U.S.
-	1	actor:dprk	28	12	Kim  Jong Un"
}

@test "tag: -o offsets are bytes of the text, the words escaped" {
	run scm-tag -o <<<'d	1	para	-	-	é\tSeoul'
	check 0 'd	1	actor:rok	3	5	Seoul'
	run scm-tag -o <<<'d	1	para	-	-	Seoul\tand\nTokyo'
	check 0 'd	1	actor:rok	0	5	Seoul
d	1	actor:japan	10	5	Tokyo'
	run scm-tag -o <<<'d	1	para	-	-	Kim\nJong\tUn'
	check 0 'd	1	actor:dprk	0	11	Kim\nJong\tUn'
}

@test "tag: -J writes JSON Lines with the tags as an array" {
	run scm-tag -J <<<"Seoul and Tokyo"
	check 0 '{"doc":"-","loc":"1","kind":"para","section":null,"tags":["actor:japan","actor:rok"],"text":"Seoul and Tokyo"}'
}

@test "tag: -J -o writes one JSON object per match" {
	run scm-tag -J -o <<<"Seoul said"
	check 0 '{"doc":"-","loc":"1","tag":"actor:rok","offset":0,"length":5,"match":"Seoul"}'
}

@test "tag: the doc label is the file name" {
	printf 'Seoul\n' >"$BATS_TEST_TMPDIR/scm54.txt"
	run scm-tag "$BATS_TEST_TMPDIR/scm54.txt"
	check 0 "scm54	1	para	-	actor:rok	Seoul"
}

@test "tag: NUL bytes and invalid UTF-8 survive" {
	run sh -c 'printf "Seoul\000x \377 Tokyo\n" | scm-tag | od -An -c | tr -s " "'
	want=$(printf -- '-\t1\tpara\t-\tactor:japan,actor:rok\tSeoul\000x \377 Tokyo\n' | od -An -c | tr -s " ")
	check 0 "$want"
}

@test "tag: a line of several megabytes" {
	run sh -c 'yes "Seoul and Tokyo" | head -300000 | tr "\n" " " | scm-tag | cut -f5'
	check 0 "actor:japan,actor:rok"
}

@test "tag: empty input gives nothing, exit 0" {
	run scm-tag </dev/null
	check 0 ""
}

@test "tag: -h and --help print the usage, exit 0" {
	u="usage: scm-tag [-ahJLov] [-d label] [-E encoding] [-l lexicon] [-t tag] [--overlap all|longest] [--records] [--plain] [file ...]"
	run scm-tag -h
	[ "$status" -eq 0 ] && [ "${lines[0]}" = "$u" ]
	run scm-tag --help
	[ "$status" -eq 0 ] && [ "${lines[0]}" = "$u" ]
}

@test "tag: --version" {
	run scm-tag --version
	[ "$status" -eq 0 ]
	[[ "$output" == "scm-tag "[0-9]* ]]
}

@test "tag: the usage string is the man page's SYNOPSIS" {
	syn=$(scm-tag -h | sed -n '1s/^usage: //p')
	grep -q '^\.Nm scm-tag$' "$SCM_TOP/man/scm-tag.1"
	for o in 'Op Fl ahJLov' 'Op Fl d Ar label' 'Op Fl l Ar lexicon' 'Op Fl t Ar tag' 'Op Fl -overlap Cm all Ns | Ns Cm longest' 'Op Ar'; do
		grep -q -- "$o" "$SCM_TOP/man/scm-tag.1"
	done
	[[ "$syn" == "scm-tag [-ahJLov] [-d label] [-E encoding] [-l lexicon] [-t tag] [--overlap all|longest] [--records] [--plain] [file ...]" ]]
}

@test "tag: the man page lists every tag of the built-in lexicon" {
	# (not the surname entries, which are never written)
	for t in $(grep -v '^#' "$SCM_TOP/lexicon/scm.lex" | cut -f1 | grep -v -e ':-$' -e '^surname:' | sort -u); do
		grep -q "^\.It Li $t\$" "$SCM_TOP/man/scm-tag.1" || { echo "missing $t"; return 1; }
	done
}

# ---- errors ----

@test "tag error: a malformed record names file and line, exit 2" {
	printf 'd\t1\tpara\t-\t-\tok\nd\t2\tpara\t-\n' >"$BATS_TEST_TMPDIR/bad.tsv"
	run scm-tag "$BATS_TEST_TMPDIR/bad.tsv"
	[ "$status" -eq 2 ]
	[[ "$output" == *"scm-tag: $BATS_TEST_TMPDIR/bad.tsv:2: too few fields (want 6)"* ]]
	[[ "$output" == *"d	1	para	-	-	ok"* ]]
}

@test "tag error: a bad escape in a record, exit 2" {
	run scm-tag <<<'d	1	para	-	-	ok
d	2	para	-	-	bad \q'
	[ "$status" -eq 2 ]
	[[ "$output" == *"scm-tag: -:2: bad escape"* ]]
}

@test "tag error: missing file is named, the others still tagged, exit 2" {
	printf 'Seoul\n' >"$BATS_TEST_TMPDIR/a.txt"
	run scm-tag "$BATS_TEST_TMPDIR/nosuch" "$BATS_TEST_TMPDIR/a.txt"
	[ "$status" -eq 2 ]
	[[ "$output" == *"scm-tag: $BATS_TEST_TMPDIR/nosuch: No such file or directory"* ]]
	[[ "$output" == *"a	1	para	-	actor:rok	Seoul"* ]]
}

@test "tag error: a directory operand, exit 2" {
	run scm-tag "$BATS_TEST_TMPDIR"
	[ "$status" -eq 2 ]
	[[ "$output" == *"Is a directory"* ]]
}

@test "tag error: write error on /dev/full exits 2 with a message" {
	run sh -c 'scm-tag "$1" >/dev/full' - "$T/seeds.txt"
	[ "$status" -eq 2 ]
	[[ "$output" == *"write error"* || "$output" == *"No space left"* ]]
}

@test "tag error: | head -1 ends quietly" {
	run sh -c 'yes "Seoul and Tokyo" | head -200000 | scm-tag | head -1'
	check 0 "-	1	para	-	actor:japan,actor:rok	Seoul and Tokyo"
}

@test "tag error: bad option is a usage error" {
	run scm-tag -Z
	[ "$status" -eq 2 ]
	[[ "$output" == *"usage: scm-tag"* ]]
}

@test "tag error: bad --overlap value" {
	run scm-tag --overlap=some </dev/null
	[ "$status" -eq 2 ]
	[[ "$output" == *"scm-tag: --overlap: bad value: some"* ]]
}

@test "tag error: -v without -t" {
	run scm-tag -v </dev/null
	[ "$status" -eq 2 ]
	[[ "$output" == *"scm-tag: -v needs -t"* ]]
}

@test "tag error: -l and -t need an argument" {
	run scm-tag -l
	[ "$status" -eq 2 ]
	[[ "$output" == *"usage: scm-tag"* ]]
	run scm-tag -t
	[ "$status" -eq 2 ]
	[[ "$output" == *"usage: scm-tag"* ]]
}

@test "tag: the SCM's co-chairs by name and title, on both sides; space and cyber together" {
	run sh -c "printf 'Minister Shin Won-sik met Secretary Austin.\nDefense Minister Kim Yong-hyun and Secretary of Defense Hegseth spoke.\n신원식 장관과 오스틴 장관이 만났다.\nThey discussed space and cyber domains.\n' | scm-tag | cut -f5"
	check 0 "actor:rok,actor:us
actor:rok,actor:us
actor:rok,actor:us
theme:cyber,theme:space"
}

@test "tag: 韓 and 韓美 name the allies; 용납 is tolerating, negated as in English; the two sides are both" {
	run sh -c "printf '韓美 동맹을 강화한다.\n양측은 어떠한 도발도 용납할 수 없다고 밝혔다.\nThe two sides met.\n' | scm-tag | cut -f5"
	check 0 "actor:rok,actor:us
actor:rok,actor:us,stance:not-accept
actor:rok,actor:us"
}

@test "tag: -o writes a match once when two patterns of one tag find the same words" {
	printf 'theme:x\tNCG\ntheme:x\tNCG\ntheme:y\tnuclear*\ntheme:y\tnuclear\n' >"$BATS_TEST_TMPDIR/l.lex"
	run sh -c "echo 'The NCG met on nuclear issues.' | scm-tag -L -l '$BATS_TEST_TMPDIR/l.lex' -o | cut -f3-"
	check 0 "theme:x	4	3	NCG
theme:y	15	7	nuclear"
	# the built-in lexicon has 한미 and 한미*
	run sh -c "echo '한미는 합의했다.' | scm-tag -o | cut -f3 | sort | uniq -d"
	check 0 ""
}

@test "tag: the communique's usual subjects, compounds and phrases get their tags (English)" {
	run sh -c "printf '%s\n' 'The Minister and the Secretary welcomed the progress of the NCG.' \
	    'The two sides called for the complete denuclearization of North Korea.' \
	    'They expressed serious concern about the transfer.' \
	    'The Secretary expressed his appreciation for the hospitality.' \
	    'ROK-US-Japan cooperation' 'Japan-U.S.-ROK cooperation' \
	    'keep U.S. troop levels in Korea at 28,500' \
	    'China'\''s Ministry of National Defense criticized the drills.' \
	    'the South China Sea' 'cooperation on shipbuilding and MRO' \
	    'the military use of artificial intelligence' 'tension along the NLL' \
	    'The Washington Post reported.' | scm-tag | cut -f5"
	check 0 "actor:rok,actor:us,stance:welcome,theme:deterrence,theme:extended-deterrence,theme:nuclear
actor:dprk,actor:rok,actor:us,stance:urge,theme:denuclearization
stance:assess
actor:us,stance:welcome
actor:japan,actor:rok,actor:us,theme:trilateral
actor:japan,actor:rok,actor:us,theme:trilateral
actor:us,theme:usfk
actor:china,stance:condemn,theme:exercises
theme:south-china-sea
theme:defense-industry
theme:emerging-tech
theme:inter-korean
-"
}

@test "tag: N. Korean, KCNA, US troops; both sides of the Pacific and a university's name are no actors" {
	run sh -c "printf '%s\n' 'N. Korean state media criticized the drills.' 'KCNA said so.' 'US troops in Korea' 'both sides of the Pacific' 'He studied at the University of North Korean Studies.' | scm-tag | cut -f5"
	check 0 "actor:dprk,stance:condemn,theme:exercises
actor:dprk
actor:us,theme:usfk
-
-"
}

@test "tag: accepting, negated, is not-accept; reaching agreement commits, failing to does not; the two leaders and nations are both allies; defense talks are no dialogue" {
	run sh -c "printf '%s\n' 'The two governments will not accept a nuclear-armed DPRK.' \
	    'The two sides did not reach agreement on the date.' \
	    'They failed to reach an agreement.' 'They reached an agreement on the drills.' \
	    'Our commitment is ironclad.' 'He spoke at annual defense talks in Seoul.' \
	    'The two leaders strongly condemned the launch.' \
	    'Talks with Pyongyang have stalled.' | scm-tag | cut -f5"
	check 0 "actor:dprk,actor:rok,actor:us,stance:not-accept,theme:nuclear
actor:rok,actor:us,stance:not-commit
stance:not-commit
stance:commit,theme:exercises
stance:commit
-
actor:rok,actor:us,stance:condemn
actor:dprk,theme:dialogue"
}
@test "tag: the allies' own meetings and forums are no dialogue (defense ministers' talks, OPCON talks, KIDD, Shangri-La, SMA negotiations); talks with the North are" {
	run sh -c "printf '%s\n' \"They will hold their annual defense ministers' talks in Seoul.\" \
	    'He left for OPCON talks.' 'The Korea-U.S. Integrated Defense Dialogue (KIDD) met.' \
	    'They met at the Shangri-La Dialogue.' 'an annual comprehensive defense dialogue' \
	    'Special Measures Agreement negotiations stalled.' 'the cost-sharing negotiations' \
	    'They urged a return to talks with North Korea.' 'dialogue with Pyongyang' \
	    'the six-party talks' 'a diplomatic solution' | scm-tag | cut -f5"
	check 0 "-
theme:opcon
actor:rok,actor:us
-
-
theme:usfk
theme:usfk
actor:dprk,stance:urge,theme:dialogue
actor:dprk,theme:dialogue
theme:dialogue
theme:dialogue"
}

@test "tag: a courtesy call on someone and a call on a day are no demand; an operation's name (Enduring Freedom) is no value" {
	run sh -c "printf '%s\n' 'He paid a courtesy call on President Kim.' 'In a call on Monday, they spoke.' \
	    'They called on Pyongyang to stop.' 'He renewed his call for talks.' \
	    'the ROK contribution to Operation Enduring Freedom' 'freedom and democracy' | scm-tag | cut -f5"
	check 0 "-
-
actor:dprk,stance:urge
stance:urge,theme:dialogue
actor:rok
theme:values"
}

@test "tag: Hanja glued to a headline's word (美국방, 北미사일), 러 for Russia, obligations reported (되어야 한다고); 北京 is no North Korea" {
	run sh -c "printf '%s\n' '美국방 방한' '北미사일 도발' '美日 정상' '러 국방부는 밝혔다' '北京에서 회담' \
	    '공약이 이행되어야 한다고 강조했다.' '선행되어야 한다고 밝혔다.' | scm-tag | cut -f5"
	check 0 "actor:us
actor:dprk,theme:missile
actor:japan,actor:us
actor:russia
-
stance:commit,stance:prescribe
stance:prescribe"
}

@test "tag: other states' ministries, North Korea's media, news verbs of condemnation, rejection, approval; a Korean failing verb itself negated commits" {
	run sh -c "printf '%s\n' \"North Korea's Ministry of National Defence condemned the SCM.\" \
	    'KCNA slammed the SCM as a rehearsal for war.' 'Pyongyang rejected the offer of dialogue.' \
	    'The two ministers approved the new guidance.' 'No agreement was reached on the date.' \
	    '조선중앙통신은 SCM을 맹비난했다.' '국방부는 북측의 제안을 거부했다.' \
	    '미국은 확장억제 공약을 철회하지 않았다.' '미국은 공약을 철회했다.' \
	    '연합훈련이 중단돼서는 안 된다.' | scm-tag | cut -f5"
	check 0 "actor:dprk,stance:condemn
actor:dprk,stance:condemn
actor:dprk,stance:not-accept,theme:dialogue
actor:rok,actor:us,stance:commit
stance:not-commit
actor:dprk,stance:condemn
actor:dprk,actor:rok,stance:not-accept
actor:us,stance:commit,theme:deterrence,theme:extended-deterrence
actor:us,stance:not-commit
stance:prescribe,theme:exercises"
}

@test "tag: headline forms (S Korea, against North, the North's), 외교부 and other states' foreign ministries" {
	run sh -c "printf '%s\n' 'S Korea, US defense chiefs to meet' \"the North's missile launches\" 'The North Atlantic Treaty' \
	    '외교부는 이번 SCM 결과를 환영한다고 밝혔다.' '중국 외교부는 반대했다.' | scm-tag | cut -f5"
	check 0 "actor:rok,actor:us
actor:dprk,theme:missile
-
actor:rok,stance:welcome
actor:china,stance:condemn"
}

@test "tag: Korean prescriptions reported (있어야 한다고, 내야 한다며, 지켜야 한다는); a word in 야 before another verb is none" {
	run tags "동맹이 중국도 억제할 수 있어야 한다고 강조했다."; check 0 "actor:china,stance:prescribe,theme:deterrence"
	run tags "연간 100억 달러를 내야 한다고 주장했다."; check 0 "stance:prescribe"
	run tags "약속을 지켜야 한다며 압박했다."; check 0 "stance:commit,stance:prescribe"
	run tags "동맹을 지켜야 한다는 입장이다."; check 0 "stance:prescribe"
	# a report of what is done, not of what ought to be
	run tags "협력을 강화해 나간다고 밝혔다."; check 0 "-"
}
@test "tag: the communique's defined terms: the Secretary is the U.S.'s, the Minister the ROK's; other secretaries and ministers are no one's" {
	run tags "The Secretary expressed appreciation for the ROK's contributions."; check 0 "actor:rok,actor:us,stance:welcome"
	run tags "The Minister reaffirmed the pledge."; check 0 "actor:rok,stance:commit"
	run tags "the Minister's remarks"; check 0 "actor:rok"
	run tags "the Minister and the Secretary met."; check 0 "actor:rok,actor:us"
	run tags "the Secretary-General spoke."; check 0 "-"
	run tags "the Secretary General spoke."; check 0 "-"
	run tags "the Prime Minister spoke."; check 0 "-"
	run tags "the Foreign Minister spoke."; check 0 "-"
	run tags "the Minister of Foreign Affairs spoke."; check 0 "-"
	run tags "the Minister of Defense of Japan spoke."; check 0 "actor:japan"
	run tags "the Minister of National Defence of the DPRK spoke."; check 0 "actor:dprk"
	run tags "the minister said, and the secretary agreed."; check 0 "stance:commit"
}
@test "tag: Trump, Biden, 트럼프, 바이든 are the United States; a trump card is no one" {
	run tags "Trump said"; check 0 "actor:us"
	run tags "TRUMP SAYS"; check 0 "actor:us"
	run tags "President Biden's visit"; check 0 "actor:us"
	run tags "트럼프 대통령은 말했다."; check 0 "actor:us"
	run tags "바이든 행정부"; check 0 "actor:us"
	run tags "a trump card"; check 0 "-"
	run tags "협상의 트럼프 카드"; check 0 "theme:dialogue"
}
@test "tag: hackers and hacking are cyber (해커, 해킹); a hackathon (해커톤) is not" {
	run tags "North Korean hackers stole crypto."; check 0 "actor:dprk,theme:cyber"
	run tags "state-sponsored hacking"; check 0 "theme:cyber"
	run tags "북한 해커 조직은"; check 0 "actor:dprk,theme:cyber"
	run tags "해커들이 해킹을 시도했다"; check 0 "theme:cyber"
	run tags "북한 해커조직이"; check 0 "actor:dprk,theme:cyber"
	run tags "국방 해커톤 대회"; check 0 "-"
	run tags "a hack of a speech"; check 0 "-"
}
@test "tag: Korean compound words: kinds of missiles, the three-axis system, Kill Chain, 대량응징보복, 안보대화, 전략대화, FOC" {
	run tags "단거리탄도미사일 여러 발을 발사했다"; check 0 "theme:missile"
	run tags "중거리탄도미사일과 장거리탄도미사일"; check 0 "theme:missile"
	run tags "극초음속미사일을 시험했다"; check 0 "theme:missile"
	run tags "전술탄도미사일은"; check 0 "theme:missile"
	run tags "한국형 3축 체계를 강화"; check 0 "theme:deterrence"
	run tags "3축체계"; check 0 "theme:deterrence"
	run tags "킬체인과 대량응징보복"; check 0 "theme:deterrence"
	run tags "안보대화를 재개"; check 0 "theme:dialogue"
	run tags "고위급 전략대화"; check 0 "theme:dialogue"
	run tags "완전운용능력(FOC) 검증"; check 0 "theme:opcon"
	run tags "the FOC verification of the future CFC"; check 0 "theme:combined-defense,theme:opcon"
	# not inside another word, not in small letters
	run tags "탄도미사일 발사"; check 0 "theme:missile"
	run tags "3축 연결"; check 0 "-"
	run tags "focus on foc"; check 0 "-"
}
@test "tag: a pair before 양국 or 양측 is the two it names, not the allies" {
	run tags "한일 양국은 안보대화를 재개하기로 합의했다."; check 0 "actor:japan,actor:rok,stance:commit,theme:dialogue"
	run tags "한·일 양국은"; check 0 "actor:japan,actor:rok"
	run tags "한중 양국"; check 0 "actor:china,actor:rok"
	run tags "미일 양국"; check 0 "actor:japan,actor:us"
	run tags "남북 양측은"; check 0 "actor:dprk,actor:rok,theme:inter-korean"
	# the allies
	run tags "한미 양국은"; check 0 "actor:rok,actor:us"
	run tags "양국은 합의했다."; check 0 "actor:rok,actor:us,stance:commit"
	run tags "일본과 양국은"; check 0 "actor:japan,actor:rok,actor:us"
}
@test "tag: declining to comment (논평을 거부) is no rejection; a diplomatic source (외교 소식통) is no dialogue" {
	run tags "국방부는 논평을 거부했다."; check 0 "actor:rok"
	run tags "언급을 거부했다"; check 0 "-"
	run tags "답변을 거절했다"; check 0 "-"
	run tags "The Pentagon declined to comment."; check 0 "actor:us"
	run tags "a diplomatic source said"; check 0 "-"
	run tags "diplomatic officials said"; check 0 "-"
	run tags "외교 소식통에 따르면"; check 0 "-"
	run tags "국방 및 외교 고위 관계자들이 참석하였다."; check 0 "-"
	# a rejection and diplomacy stay
	run tags "북한은 대화 제의를 거부했다."; check 0 "actor:dprk,stance:not-accept,theme:dialogue"
	run tags "a diplomatic solution"; check 0 "theme:dialogue"
	run tags "외교적 해법과 외교"; check 0 "theme:dialogue"
}

@test "tag: another state's minister or secretary of state, Trump Tower, growth and phone hacking give no tag of theirs" {
	run sh -c 'printf "The Minister of National Defence of Canada met them.\nThe Secretary of State for Defence visited.\nTrump Tower hosted the reception.\nGrowth hacking startups raised funds.\nPhone hacking by tabloids was exposed.\nThe Minister thanked the Secretary.\n" | scm-split -u sentence | scm-tag | cut -f5'
	check 0 "-
-
-
-
-
actor:rok,actor:us,stance:welcome"
}

@test "tag: USFK acts for the United States; troops from South Korea, shipbuilders, ship repair, space programs and launches have their themes" {
	run tags "USFK to relocate Patriot batteries to the Middle East, officials say"; check 0 "actor:us,theme:usfk"
	run tags "Pentagon weighs cutting 4,500 troops from South Korea, report says"; check 0 "actor:rok,actor:us,theme:usfk"
	# troop cuts alone name no country: Europe's are not USFK's
	run tags "Troop reductions in Europe were announced in 2020."; check 0 "-"
	run tags "The number of troops in South Korea is stable."; check 0 "theme:usfk"
	run tags "Two shipbuilders won U.S. Navy ship repair contracts."; check 0 "actor:us,theme:defense-industry"
	run tags "North Korea's space program and its space launches"; check 0 "actor:dprk,theme:space"
	# not a word of its own, or not in capitals
	run tags "the usfk band"; check 0 "theme:usfk"
	run tags "Troops from Japan arrived; the ship sailed; the program was launched."; check 0 "actor:japan"
	run tags "Office space programming"; check 0 "-"
}
@test "tag: Korean: 하기로 함, 하기로 했다고 commit; 반대 입장 condemns; 공감대 assesses; 해상훈련, 공중훈련 are exercises; 한미일 훈련 both exercises and trilateral" {
	run tags "양 장관은 유연성 문제를 지속 협의해 나가기로 함."; check 0 "actor:rok,actor:us,stance:commit"
	run tags "국방장관들은 훈련을 정례화하기로 하였다고 밝혔다."; check 0 "stance:commit,theme:exercises"
	run tags "정례화하기로 했다고 전했다. 협력하기로 했음. 협력하기로 하였음."; check 0 "stance:commit"
	run tags "중국은 한미 연합훈련에 반대 입장을 밝혔다."; check 0 "actor:china,actor:rok,actor:us,stance:condemn,theme:exercises"
	run tags "양국은 공감대를 이뤘다."; check 0 "actor:rok,actor:us,stance:assess"
	run tags "3국 해상훈련과 연합공중훈련, 해상연합훈련을 실시한다."; check 0 "theme:exercises"
	run tags "한미일 훈련을 실시했다."; check 0 "actor:japan,actor:rok,actor:us,theme:exercises,theme:trilateral"
	# negated, or no such word
	# both sides' views heard: no condemnation
	run tags "찬성과 반대 입장을 모두 들은 뒤 결정했다."; check 0 "stance:commit"
	run tags "공감대가 형성되지 않았다."; check 0 "stance:not-assess"
	run tags "해상에서 기로에 섰다."; check 0 "-"
}
@test "tag: Korean: nuclear propulsion and submarines (원자력추진잠수함, 핵잠) are nuclear; building them, warships and naval vessels is defense industry, and the nuclear ones stay nuclear" {
	run tags "양국은 원자력추진잠수함 건조 협력을 논의했다."; check 0 "actor:rok,actor:us,theme:defense-industry,theme:nuclear"
	run tags "핵추진잠수함 건조"; check 0 "theme:defense-industry,theme:nuclear"
	run tags "핵잠수함 건조"; check 0 "theme:defense-industry,theme:nuclear"
	run tags "핵잠 건조"; check 0 "theme:defense-industry,theme:nuclear"
	run tags "원자력 추진 잠수함 건조"; check 0 "theme:defense-industry,theme:nuclear"
	run tags "미측이 한국의 핵잠 보유 요청을 수용했다."; check 0 "actor:rok,actor:us,stance:accept,stance:urge,theme:nuclear"
	run tags "핵잠을 도입하고 핵잠의 연료를 논의했다."; check 0 "theme:nuclear"
	run tags "잠수함 건조와 군함 건조, 함정 건조"; check 0 "theme:defense-industry"
	# not 핵잠재력 (nuclear potential, no submarine), nor a submarine alone
	run tags "잠재력을 갖춘 핵잠재력 국가"; check 0 "-"
	run tags "디젤 잠수함을 운용한다."; check 0 "-"
}
@test "tag: Allies first in a heading (a headline) are the ROK and the U.S.; Allies anywhere else, or in a paragraph, are no one's" {
	run sh -c 'printf "d\t1\theading\t-\t-\tAllies vow stronger deterrence\nd\t2\theading\t-\t-\t(LEAD) Allies agree to verify FOC\nd\t3\theading\t-\t-\tNATO Allies pledge support\nd\t4\tpara\t-\t-\tAllies vow stronger deterrence\nd\t5\tpara\t-\t-\tThe NATO Allies met.\n" | scm-tag | cut -f5'
	check 0 "actor:rok,actor:us,stance:commit,theme:deterrence
actor:rok,actor:us,stance:commit,theme:opcon
stance:commit
stance:commit,theme:deterrence
-"
	# a headline that scm-split finds, and its plain line
	run sh -c 'printf "Allies vow stronger deterrence\n\nThe ministers met in Seoul on Monday and discussed many things at length.\n" | scm-split -u sentence | scm-tag | cut -f3,5'
	check 0 "heading	actor:rok,actor:us,stance:commit,theme:deterrence
para	actor:rok,actor:us"
	run tags "Allies vow stronger deterrence"; check 0 "stance:commit,theme:deterrence"
}
@test "tag: the two defense ministries, ministers or chiefs (both ...) are the allies, as the two sides are; one ministry is no one's" {
	run tags "They highlighted the events organized by the two defense ministries."; check 0 "actor:rok,actor:us"
	run tags "Both defence chiefs met; the two defense ministers spoke."; check 0 "actor:rok,actor:us"
	run tags "both defense ministries"; check 0 "actor:rok,actor:us"
	# one of them, or a ministry of others, is no one's
	run tags "The defense ministry said the chiefs met."; check 0 "-"
	run tags "two defense ministries of Japan"; check 0 "actor:japan"
}
@test "tag: past Secretaries of Defense and Ministers of National Defense by their full names" {
	run tags "Kim Kwan-jin met Leon Panetta."; check 0 "actor:rok,actor:us"
	run tags "Secretary Hagel and Ash Carter"; check 0 "actor:us"
	# a surname alone may be anyone's
	run tags "Carter and Hagel spoke."; check 0 "-"
}
@test "tag: USFK's garrisons by their Army names (USAG-H, USAG Humphreys, Yongsan Garrison) are usfk; another garrison is not" {
	run tags "The Secretary praised the construction of USAG-H."; check 0 "actor:us,stance:welcome,theme:usfk"
	run tags "USAG Humphreys and Yongsan Garrison"; check 0 "theme:usfk"
	run tags "The garrison in Guam grew."; check 0 "-"
}
@test "tag: a combined defensive posture is the combined defense posture; a defensive stance is not" {
	run tags "They maintained a robust combined defensive posture."; check 0 "theme:combined-defense"
	run tags "Tokyo adopted a defensive stance."; check 0 "actor:japan"
}
@test "tag: wartime control and wartime command of troops are OPCON; a wartime command post is not" {
	run tags "a plan to give Seoul wartime control of its troops"; check 0 "actor:rok,theme:opcon"
	run tags "the transfer of wartime command of allied forces"; check 0 "theme:opcon"
	run tags "They visited a wartime command post."; check 0 "-"
}
@test "tag: long-range rockets are missiles; rocket artillery is not" {
	run tags "Pyongyang test-launched long-range rockets."; check 0 "actor:dprk,theme:missile"
	run tags "The North fired multiple rocket launchers and rocket artillery."; check 0 "actor:dprk"
}
@test "tag: the defense trilateral talks (DTT) are trilateral, no dialogue; other talks are" {
	run tags "including the defense trilateral talks (DTT)"; check 0 "theme:trilateral"
	run tags "trilateral talks with Japan"; check 0 "actor:japan,theme:dialogue,theme:trilateral"
}
@test "tag: appreciation or gratitude offered, conveyed or extended welcomes, as expressed does; an offer of something else does not" {
	run tags "The Secretary offered his appreciation for the ROK's contributions."; check 0 "actor:rok,actor:us,stance:welcome"
	run tags "They conveyed their deep appreciation and extended gratitude."; check 0 "stance:welcome"
	run tags "He offered his resignation; the deadline was extended."; check 0 "-"
}
@test "tag: reconfirmed commits, as reaffirmed does; confirmed does not" {
	run tags "They reconfirmed their support."; check 0 "stance:commit"
	run tags "They did not reconfirm their support."; check 0 "stance:not-commit"
	run tags "They confirmed the date."; check 0 "-"
}
@test "tag: a surname alone, after its person's full name in the same document, stands for the person's actor" {
	printf 'd\t1\tpara\t-\t-\tDefense Minister Shin Won-sik said the drills would go on.\nd\t2\tpara\t-\t-\tShin stressed that the North would pay.\nd\t3\theading\t-\t-\tHagel, Shin meet\n' >"$BATS_TEST_TMPDIR/in.tsv"
	run sh -c 'scm-tag "$1" | cut -f2,5' - "$BATS_TEST_TMPDIR/in.tsv"
	check 0 "1	actor:rok,theme:exercises
2	actor:dprk,actor:rok
3	actor:rok"
	run sh -c 'scm-tag -o "$1" | cut -f2-6' - "$BATS_TEST_TMPDIR/in.tsv"
	check 0 "1	actor:rok	8	13	Minister Shin
1	actor:rok	17	12	Shin Won-sik
1	theme:exercises	39	6	drills
2	actor:rok	0	4	Shin
2	actor:dprk	19	9	the North
3	actor:rok	7	4	Shin"
	# Western names by their last word, plain text as one document
	run sh -c 'printf "%s\n" "U.S. Defense Secretary Chuck Hagel arrived." "Hagel said the talks went well." | scm-tag | cut -f5'
	check 0 "actor:us
actor:us,theme:dialogue"
}
@test "tag: a surname stands for no one before its full name, in another document, without its capital, before a given name, as a place, or when people of two actors share it" {
	printf 'a\t1\tpara\t-\t-\tShin spoke first.\na\t2\tpara\t-\t-\tShin Won-sik spoke.\nb\t1\tpara\t-\t-\tShin spoke; shin and Shinzo did not.\nb\t2\tpara\t-\t-\tShin Won-sik met Shin Jae-won.\n' >"$BATS_TEST_TMPDIR/in.tsv"
	run sh -c 'scm-tag "$1" | cut -f5' - "$BATS_TEST_TMPDIR/in.tsv"
	check 0 "-
actor:rok
-
actor:rok"
	# people of two actors sharing a surname (a lexicon's own): no one's
	printf 'actor:rok\tPark Ha-neul\nactor:dprk\tPark Song-il\nsurname:rok:Park\tPark Ha-neul\nsurname:dprk:Park\tPark Song-il\n' >"$BATS_TEST_TMPDIR/p.lex"
	run sh -c 'printf "%s\n" "Park Ha-neul spoke." "Park said so." "Park Song-il replied." "Park said so." | scm-tag -L -l "$1" | cut -f5' - "$BATS_TEST_TMPDIR/p.lex"
	check 0 "actor:rok
actor:rok
actor:dprk
-"
	# Kim, the name of the North's leaders and of the South's ministers
	# and analysts, stands for no one alone
	run sh -c 'printf "%s\n" "Minister Kim Yong-hyun spoke." "Kim said so." | scm-tag | cut -f5'
	check 0 "actor:rok
-"
	# the city, not the man
	run sh -c 'printf "%s\n" "Lloyd Austin spoke." "They met in Austin." | scm-tag | cut -f5'
	check 0 "actor:us
-"
	# the entries give no tag of their own
	run sh -c 'printf "%s\n" "Shin Won-sik spoke." | scm-tag -t "surname:*"'
	check 1 ""
}
