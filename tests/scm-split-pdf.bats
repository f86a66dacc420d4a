#!/usr/bin/env bats
# The PDF recipe of scm(7): a communique of our own (tests/fixtures/pdf)
# typeset with groff -ms (running header, page numbers, hyphenation, a
# clause across a page break), extracted with pdftotext with and without
# -layout, gives the clauses of the plain-text original.
load helper

P="$FIX/pdf"

setup() {
	command -v groff >/dev/null && command -v pdftotext >/dev/null ||
		skip "groff or pdftotext missing (tests/deps.sh installs them)"
	PDF=$BATS_TEST_TMPDIR/communique.pdf
	groff -ms -Tpdf "$P/communique.ms" >"$PDF"
}

# records as loc, kind, text
lkt() { cut -f2,3,6; }

@test "pdf: the fixture is three pages with a running header and page numbers" {
	run pdfinfo "$PDF"
	[[ "$output" == *"Pages:"*" 3"* ]]
	pdftotext "$PDF" - | grep -q '^Page 2$'
	pdftotext "$PDF" - | grep -q 'Joint Communique'
	# and it is hyphenated
	pdftotext -layout "$PDF" - | grep -q '[a-z]-$'
}

@test "pdf: pdftotext -layout | scm-split gives the clauses of the text" {
	diff <(scm-split -d c "$P/communique.txt" | lkt) \
		<(pdftotext -layout "$PDF" - | scm-split -d c | lkt)
}

@test "pdf: pdftotext (no -layout) | scm-split gives the clauses of the text" {
	diff <(scm-split -d c "$P/communique.txt" | lkt) \
		<(pdftotext "$PDF" - | scm-split -d c | lkt)
}

@test "pdf: pdftotext -raw | scm-split gives the clauses of the text" {
	diff <(scm-split -d c "$P/communique.txt" | lkt) \
		<(pdftotext -raw "$PDF" - | scm-split -d c | lkt)
}

@test "pdf: no header or page number inside a clause; with -k they are noise" {
	run bash -c "pdftotext -layout '$PDF' - | scm-split | grep -c -e 'Page [0-9]' -e 'Alliance Consultative Meeting Joint'"
	check 1 "0"
	run bash -c "pdftotext -layout '$PDF' - | scm-split -k | awk -F'\t' '\$3 == \"noise\"' | cut -f6 | sort -u"
	check 0 "Alliance Consultative Meeting
Joint Communique
Page 1
Page 2
Page 3"
}

@test "pdf: a form feed inside a line (not pdftotext's) is left alone" {
	run scm-split -d x <<<$'One line\fwith a form feed.'
	[ "$status" -eq 0 ]
	[ "$(wc -l <<<"$output")" -eq 1 ]
}

@test "pdf: a font's ligatures (ﬁ ﬂ ﬃ) are written out as letters, so tags and counts find the words" {
	run sh -c 'printf "The allies rea\357\254\203rmed extended deterrence and the de\357\254\201nition of con\357\254\202ict.\n" | scm-split | cut -f6'
	check 0 "The allies reaffirmed extended deterrence and the definition of conflict."
	run sh -c 'printf "The allies rea\357\254\203rmed extended deterrence.\n" | scm-split | scm-tag | cut -f5'
	check 0 "actor:rok,actor:us,stance:commit,theme:deterrence,theme:extended-deterrence"
	# nothing else is lost
	printf "The allies rea\357\254\203rmed it.\n" >"$BATS_TEST_TMPDIR/l.txt"
	scm-split -k "$BATS_TEST_TMPDIR/l.txt" >"$BATS_TEST_TMPDIR/l.tsv"
	run "$SCM_BIN/tests/splitcons" "$BATS_TEST_TMPDIR/l.txt" "$BATS_TEST_TMPDIR/l.tsv"
	[ "$status" -eq 0 ]
}

# The pages of a pdftotext copy, cut by form feeds, in a file.
pages() {
	printf '%s\n' "$@" >"$BATS_TEST_TMPDIR/p.txt"
}

@test "pdf: a running header seen once, inside a clause, is noise (form feeds)" {
	pages 'Joint Communique of the 55th Security Consultative Meeting' '' \
	    '1. The two sides met.' '' \
	    '2. Secretary Austin reaffirmed the commitment to provide extended' '' '- 1 -' \
	    $'\f55th SCM Joint Communique' 'deterrence to the ROK.' '' \
	    '3. Both sides signed.' '' '- 2 -'
	run sh -c "scm-split -k '$BATS_TEST_TMPDIR/p.txt' | cut -f3,6"
	check 0 "heading	Joint Communique of the 55th Security Consultative Meeting
clause	1. The two sides met.
clause	2. Secretary Austin reaffirmed the commitment to provide extended deterrence to the ROK.
clause	3. Both sides signed.
noise	- 1 -
noise	55th SCM Joint Communique
noise	- 2 -"
	scm-split -k "$BATS_TEST_TMPDIR/p.txt" >"$BATS_TEST_TMPDIR/p.tsv"
	"$SCM_BIN/tests/splitcons" "$BATS_TEST_TMPDIR/p.txt" "$BATS_TEST_TMPDIR/p.tsv"
}

@test "pdf: a Korean running header seen once; the word broken by the page joins" {
	pages '제55차 한미안보협의회의 공동성명' '' \
	    '1. 양측은 대한민국의 안보 상황을 평가하였다.' '' \
	    '2. 미 국방장관은 확장억제를 운용하여 대' '' '- 1 -' \
	    $'\f제55차 SCM 공동성명' '한민국에 대한 공약을 재확인하였다.' '' '- 2 -'
	run sh -c "scm-split '$BATS_TEST_TMPDIR/p.txt' | cut -f3,6"
	check 0 "heading	제55차 한미안보협의회의 공동성명
clause	1. 양측은 대한민국의 안보 상황을 평가하였다.
clause	2. 미 국방장관은 확장억제를 운용하여 대한민국에 대한 공약을 재확인하였다."
}

@test "pdf: a line naming the document at a page top stays when the page before ended its sentence, or text below goes on in capitals" {
	pages '1. The two sides met in Seoul.' '' '- 1 -' \
	    $'\f55th SCM Joint Communique' 'deterrence to the ROK.' '' '- 2 -'
	run sh -c "scm-split '$BATS_TEST_TMPDIR/p.txt' | cut -f6"
	check 0 "1. The two sides met in Seoul.
55th SCM Joint Communique deterrence to the ROK."
	pages '1. The two sides agreed to strengthen the' '' '- 1 -' \
	    $'\fAnnex 2 Joint Statement' 'The text of the statement follows.' '' '- 2 -'
	run sh -c "scm-split -k '$BATS_TEST_TMPDIR/p.txt' | grep -c 'Annex 2 Joint Statement'"
	check 0 "1"
	run sh -c "scm-split -k '$BATS_TEST_TMPDIR/p.txt' | grep -c 'noise.*Annex'"
	check 1 "0"
}

@test "pdf: a footnote mark after the last full stop of a page ends the paragraph" {
	pages 'II. Deterrence' '' 'It adds scenarios for nuclear weapons.3' '' '2' \
	    $'\fIII. Policy Recommendations' '' 'Seoul should press for a secretariat.'
	run sh -c "scm-split '$BATS_TEST_TMPDIR/p.txt' | cut -f3,4,6"
	check 0 "heading	-	II. Deterrence
para	II. Deterrence	It adds scenarios for nuclear weapons.3
heading	II. Deterrence	III. Policy Recommendations
para	III. Policy Recommendations	Seoul should press for a secretariat."
	# a number after a full stop inside a number ("Article 5.3") goes on
	pages 'The two sides recalled Article 5.3' '' '2' $'\fof the agreement.' '' '3'
	run sh -c "scm-split '$BATS_TEST_TMPDIR/p.txt' | cut -f6"
	check 0 "The two sides recalled Article 5.3 of the agreement."
}

@test "pdf: page numbers in Roman numerals (front matter) are noise" {
	pages 'Foreword' '' 'This brief reviews the SCM.' '' '- ii -' \
	    $'\fI. Introduction' '' 'The SCM met in Seoul.' '' 'iii'
	run sh -c "scm-split -k '$BATS_TEST_TMPDIR/p.txt' | cut -f3,6"
	check 0 "heading	Foreword
para	This brief reviews the SCM.
heading	I. Introduction
para	The SCM met in Seoul.
noise	- ii -
noise	iii"
}

@test "pdf: the lines of a table of contents are noise, each on its own; the text after them is not joined to them" {
	pages 'Contents' '' 'I. Introduction ................ 1' 'II. The Washington Declaration ..... 2' \
	    '1. The NCG . . . . . . . . 2' 'Ⅲ. 정책 제언 ·················· 4' '' '- i -' \
	    $'\fI. Introduction' '' 'The SCM met in Seoul.' '' '1'
	run sh -c "scm-split -k '$BATS_TEST_TMPDIR/p.txt' | cut -f3,6"
	check 0 "noise	Contents
noise	I. Introduction ................ 1
noise	II. The Washington Declaration ..... 2
noise	1. The NCG . . . . . . . . 2
noise	Ⅲ. 정책 제언 ·················· 4
heading	I. Introduction
para	The SCM met in Seoul.
noise	- i -
noise	1"
	# an ellipsis in a sentence is no leader
	run sh -c "printf 'The allies waited... 2 days passed.\n' | scm-split | cut -f3"
	check 0 "para"
}

@test "pdf: a word cut before an ending no English word begins with loses its hyphen" {
	run sh -c "printf 'The allies agreed on the mili-\ntary posture and the institu-\ntionalization of the NCG, with a well-\ntimed step.\n' | scm-split | cut -f6"
	check 0 "The allies agreed on the military posture and the institutionalization of the NCG, with a well-timed step."
}

@test "pdf: pdftotext's default output, where a word cut by a hyphen joins two lines into one too long for the page, stays a wrapped text" {
	# poppler rejoins "inter-" / "continental" by joining the two lines
	printf '%s\n' 'Joint Communique of the 58th Security Consultative Meeting' '' '1.' '' \
	    'The 58th Security Consultative Meeting was held in Seoul on November 12, 2026.' \
	    'ROK Minister of National Defense Han and U.S. Secretary of' \
	    'Defense Whitcomb led their delegations, which included senior defense and foreign affairs officials of both countries, in the conference hall of the Ministry.' '' \
	    '2.' '' 'The Minister and the Secretary reaffirmed that the ROK-U.S. Alliance,' \
	    'built on the shared values of freedom, democracy, human rights and the' \
	    'rule of law, has served for more than seven decades as the linchpin of' \
	    'peace and stability on the Korean Peninsula.' '' '3.' '' \
	    'The two sides assessed that the continued development of nuclear weapons and ballistic missiles by the North, including its solid-fuel intercontinental' \
	    'ballistic missiles, poses a grave threat to the security of the ROK and the' \
	    'Indo-Pacific region. They strongly condemned the repeated ballistic missile launches' \
	    'as clear violations of multiple Security Council resolutions.' >"$BATS_TEST_TMPDIR/raw.txt"
	run sh -c "scm-split -k '$BATS_TEST_TMPDIR/raw.txt' | cut -f2,3"
	check 0 "1	heading
2	clause
3	clause
4	clause"
	# a web paste, a paragraph a line, is still one: the lines do not
	# go on in lower case
	printf '%s\n' 'Allies agree on deterrence' \
	    'The defense chiefs of South Korea and the United States met in Seoul on Thursday and agreed to strengthen the extended deterrence posture against the North.' \
	    'The two ministers also discussed the transition of wartime operational control and the stationing of U.S. troops on the peninsula, officials said.' \
	    'Related News' >"$BATS_TEST_TMPDIR/web.txt"
	run sh -c "scm-split -k '$BATS_TEST_TMPDIR/web.txt' | cut -f3"
	check 0 "heading
para
para
noise"
}

@test "pdf: pdftotext's default output of a justified page, two lines often joined into one, stays a wrapped text" {
	# lines cut mid-phrase (after a comma, "in", "the") go on below in
	# capitals too; the long lines end no sentence either
	printf '%s\n' 'Joint Communique of the 59th Security Consultative Meeting' '' \
	    '1. The 59th Security Consultative Meeting was held in Seoul on October 2, 2027.' \
	    'The Minister of National Defense and the Secretary led their delegations, which included senior defense and foreign affairs officials. Prior to the meeting, the' \
	    'Chairman of the Joint Chiefs of Staff and the Commander of the Combined Forces Command,' \
	    'held the Military Committee Meeting on October 1, 2027.' \
	    '2. The Minister and the Secretary reaffirmed that the Alliance, built in' \
	    'Korean War sacrifice, remains the linchpin of peace on the Korean Peninsula and in the Indo-Pacific region. They noted that the Alliance has grown into a global' \
	    'Comprehensive Strategic Alliance based on the' \
	    'Shared values of freedom and the rule of law.' \
	    '3. The two sides condemned the missile launches of the North, including the' \
	    'Launches of intercontinental ballistic missiles in 2027, as violations of Security Council resolutions. The Secretary stated that the United States will not tolerate' \
	    'Any attempt to threaten the ROK.' >"$BATS_TEST_TMPDIR/just.txt"
	run sh -c "scm-split '$BATS_TEST_TMPDIR/just.txt' | cut -f2,3"
	check 0 "1	heading
2	clause
3	clause
4	clause"
}

@test "pdf: a running header that names the document, between two clauses numbered in turn, is noise" {
	printf 'Joint Communique of the 58th Security Consultative Meeting\n\n1. The Minister and the Secretary met in Seoul.\n2. They noted the threat.\n\n                 -1-\n\f58th SCM Joint Communique\n\n3. The two sides reviewed OPCON.\n4. They agreed to meet in 2027.\n\n                 -2-\n\f' >"$BATS_TEST_TMPDIR/h.txt"
	run sh -c "scm-split '$BATS_TEST_TMPDIR/h.txt' | cut -f3,6"
	check 0 "heading	Joint Communique of the 58th Security Consultative Meeting
clause	1. The Minister and the Secretary met in Seoul.
clause	2. They noted the threat.
clause	3. The two sides reviewed OPCON.
clause	4. They agreed to meet in 2027."
	# a heading at the top of a page, before a clause not in turn, stays
	printf '1. The Minister and the Secretary met in Seoul.\n2. They noted the threat.\n\n                 -1-\n\fAnnex 2. The 57th SCM Joint Communique\n\n1. The two sides reviewed OPCON.\n\n                 -2-\n\f' >"$BATS_TEST_TMPDIR/a.txt"
	run sh -c "scm-split '$BATS_TEST_TMPDIR/a.txt' | cut -f3 | grep -c heading"
	check 0 "1"
}

@test "pdf: -layout paragraphs marked only by an indented first line stay apart" {
	printf '      The 58th SCM was held in Seoul on November 4, 2026, with Minister Ahn and Secretary\nHegseth as co-chairs. Washington had signaled that it wanted Seoul to shoulder a larger\nshare of conventional defense, while Seoul sought to keep the gains of the NCG.\n      The joint communique that emerged contains 18 clauses, one fewer than the year before. It\nis shorter on rhetoric and longer on implementation.\n' >"$BATS_TEST_TMPDIR/l.txt"
	run sh -c "scm-split '$BATS_TEST_TMPDIR/l.txt' | cut -f2,3"
	check 0 "1	para
2	para"
	# an indented line inside a sentence goes on
	run sh -c "printf 'The allies met in Seoul and\n      agreed on the plan.\n' | scm-split | wc -l"
	check 0 "1"
}

@test "pdf: a footnote under its number alone on a line, at a page's foot, is a block of its own" {
	printf '      First, the ROK should prepare for a debate on burden sharing. The Special Measures\nAgreement runs until 2030, but the U.S. side may seek to reopen it. Seoul must not\ntreat the 28,500 figure as permanent.\n  1\n    The first SCM was held in 1968 after the seizure of the USS Pueblo; see Ministry of National\nDefense, The History of the ROK-U.S. Alliance (Seoul: MND, 2023), pp. 45-67.\n  2\n    On CNI, see Victor Cha, "Nuclear and Conventional Integration," CSIS Commentary, Nov. 2,\n2025.\n\n                                                      -1-\n\f' >"$BATS_TEST_TMPDIR/f.txt"
	run sh -c "scm-split '$BATS_TEST_TMPDIR/f.txt' | cut -f6 | cut -c1-24"
	check 0 "First, the ROK should pr
The first SCM was held i
On CNI, see Victor Cha, "
	# a sentence broken by a page's number goes on
	run sh -c "printf 'The allies agreed to\n  3\nmeet again next year.\n' | scm-split | wc -l"
	check 0 "1"
}

@test "pdf: a footnote at a page's foot under a sentence that goes on past the page waits until the sentence ends" {
	for ff in '\f' ''; do
		printf "First, the two ministers agreed that the allies would\n\n1 Ministry of National Defense, White Paper (Seoul: MND, 2023), p. 27.\n\n- 3 -\n${ff}meet again next year in Seoul.\n\nSecond, they met.\n" >"$BATS_TEST_TMPDIR/f.txt"
		run sh -c "scm-split '$BATS_TEST_TMPDIR/f.txt' | cut -f6"
		check 0 "First, the two ministers agreed that the allies would meet again next year in Seoul.
1 Ministry of National Defense, White Paper (Seoul: MND, 2023), p. 27.
Second, they met."
	done
	run sh -c "printf '첫째, 양국은 전개 빈도를 높여 나가기로 하였으며, 이는\n\n1) 국방부, 「2022 국방백서」 (서울: 국방부, 2023), p. 27.\n\n- 3 -\n\f북한의 오판을 방지하는 데 기여할 것으로 평가됨.\n\n둘째, 협력이 강화되었음.\n' | scm-split | cut -f6"
	check 0 "첫째, 양국은 전개 빈도를 높여 나가기로 하였으며, 이는 북한의 오판을 방지하는 데 기여할 것으로 평가됨.
1) 국방부, 「2022 국방백서」 (서울: 국방부, 2023), p. 27.
둘째, 협력이 강화되었음."
	# a list after a line with no sentence end is no footnote
	run sh -c "printf 'The allies agreed as follows\n\n1) The first item is here, p. 3.\n2) The second.\n\nThey met.\n' | scm-split | cut -f3"
	check 0 "heading
item
item
para"
}

@test "pdf: a clause's hanging indent and a clause across a page's number stay one clause; a heading after a page's mark stays" {
	run sh -c "printf '3.   The Minister thanked the 28,500 members of the U.S.\n     Forces Korea for their dedication.\n\n4.   The two sides condemned the launches.\n' | scm-split | cut -f3"
	check 0 "clause
clause"
	run sh -c "printf '4. The Minister and the Secretary reaffirmed the Alliance.\n                  3\nThe Secretary reiterated the U.S. commitment to the ROK.\n' | scm-split | cut -f3"
	check 0 "clause"
	run sh -c "printf 'The allies should deepen the NCG.\n\n- 3 -\n\nNext Steps for the Alliance\n\nSeoul should host a tabletop exercise.\n' | scm-split | cut -f3"
	check 0 "para
heading
para"
}

@test "pdf: a superscript torn from its number at a block's start (1. The 58 / th / Republic ...) does not cut the clause; a title over three lines is a heading" {
	run sh -c "printf '1. The 58\nth\nRepublic of Korea-United States Security Consultative Meeting was held in Seoul.\n2. The Minister and the Secretary reaffirmed the Alliance.\n' | scm-split | cut -f2,3,6"
	check 0 "1	clause	1. The 58th Republic of Korea-United States Security Consultative Meeting was held in Seoul.
2	clause	2. The Minister and the Secretary reaffirmed the Alliance."
	run sh -c "printf 'Joint Communique of the 58\nth\nRepublic of Korea-United States\nSecurity Consultative Meeting\n\n1. The Minister met.\n' | scm-split | cut -f3,4"
	check 0 "heading	-
clause	Joint Communique of the 58th Republic of Korea-United States Security Consultative Meeting"
}

@test "pdf: the title repeated as every page's running header stays the title on page 1 (제58차, the 58th: a number inside a word)" {
	run sh -c "printf '제58차 한미안보협의회의 공동성명\n\n1. 양 장관은 동맹을 재확인하였다.\n\n- 1 -\n\f제58차 한미안보협의회의 공동성명\n2. 양 장관은 북한의 도발을 규탄하였다.\n\n- 2 -\n\f' | scm-split | cut -f3,4"
	check 0 "heading	-
clause	제58차 한미안보협의회의 공동성명
clause	제58차 한미안보협의회의 공동성명"
	run sh -c "printf 'Joint Communique of the 58th SCM\n\n1. The ministers met.\n\n- 1 -\n\fJoint Communique of the 58th SCM\n2. They agreed.\n\n- 2 -\n\f' | scm-split | cut -f3"
	check 0 "heading
clause
clause"
}

@test "pdf: words of these texts cut at a line end are joined though the text has not spelled them yet (strate- / gic); compounds keep their hyphen" {
	run sh -c "printf '4. The Secretary committed to the deployment of U.S. strate-\ngic assets and to denu-\nclearization, in-\ncluding the Peninsu-\nla and its secu-\nrity, and well-\nknown nuclear-\ncapable forces.\n' | scm-split | cut -f6"
	check 0 "4. The Secretary committed to the deployment of U.S. strategic assets and to denuclearization, including the Peninsula and its security, and well-known nuclear-capable forces."
}
