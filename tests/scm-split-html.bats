#!/usr/bin/env bats
# scm-split on HTML pages and legacy encodings (issue 19): each rule of
# scm-split(1) HTML and ENCODINGS, on the fixtures of tests/fixtures/html
# and on generated hostile pages.
load helper

H="$FIX/html"

# kt FILE [ARGS]: "kind<TAB>text" of each record.
kt() {
	local f=$1
	shift
	scm-split "$@" "$f" | cut -f3,6
}

@test "html: a release page gives its clauses numbered as the <ol> does (start, value)" {
	run bash -c "scm-split '$H/release.html' | awk -F'\t' '\$3 == \"clause\"' | cut -f6 | cut -c1-10"
	check 0 "1. The Min
2. The two
4. The Sec
5. The two"
}

@test "html: <ol start> numbers from start" {
	run scm-split -d x --html <<<'<ol start="7"><li>The two sides agreed.</li><li>The two sides noted.</li></ol>'
	check 0 "x	1	clause	-	-	7. The two sides agreed.
x	2	clause	-	-	8. The two sides noted."
}

@test "html: the HTML and the text copy of the release give the same clause and para records" {
	diff <(scm-split -d r "$H/release.html" | awk -F'\t' '$3 == "clause" || $3 == "para"' | cut -f3,6) \
		<(scm-split -d r "$H/release.txt" | awk -F'\t' '$3 == "clause" || $3 == "para"' | cut -f3,6)
}

@test "html: the title is meta, h1 a heading and the section of what follows" {
	run bash -c "scm-split '$H/release.html' | head -3 | cut -f3,4,6"
	check 0 "meta	-	Joint Statement of the 56th Security Consultative Meeting – Ministry of National Defense
heading	-	Joint Statement of the 56th Security Consultative Meeting
meta	Joint Statement of the 56th Security Consultative Meeting	Release: November 4, 2026"
}

@test "html: <sup>th</sup> stays glued; entities decoded (&ndash; &amp; &#8209;)" {
	run bash -c "scm-split '$H/release.html' | cut -f6 | grep -c -e '56th Republic of Korea–United States' -e 'warm & cordial' -e 'conditions‑based'"
	check 0 "3"
}

@test "html: script, style, comments give nothing, even with -k" {
	run bash -c "scm-split -k '$H/release.html' | grep -c -e 'not text' -e 'color: red' -e 'commented out'"
	check 1 "0"
}

@test "html: chrome (banner, header, gnb, breadcrumb, share, footer) is noise, dropped without -k" {
	run bash -c "scm-split -k '$H/release.html' | awk -F'\t' '\$3 == \"noise\"' | cut -f2,6"
	check 0 "2	Visit the Defense Expo 2026 »
3	Ministry of National Defense
4	About
5	News
6	Policy
7	Home > News > Press Releases
9	Facebook X Print
17	Copyright © Ministry of National Defense. All rights reserved."
	run bash -c "scm-split '$H/release.html' | awk -F'\t' '\$3 == \"noise\"'"
	check 0 ""
}

@test "html: locs do not change with -k" {
	diff <(scm-split "$H/release.html") <(scm-split -k "$H/release.html" | awk -F'\t' '$3 != "noise"')
}

@test "html: news story: byline, time and caption are meta; related box and advert noise" {
	run kt "$H/news.html" -k
	check 0 "meta	Allies hold joint drills | Yonhap-style Wire
noise	Home Politics North Korea World
heading	Allies hold joint drills near the border
meta	By Kim Min-ji, Staff Reporter
meta	2026-03-10 09:41 KST
meta	Soldiers take part in a river-crossing exercise in Yeoju on March 9. (Photo)
para	SEOUL, March 10 -- South Korea and the United States began a combined exercise on Monday, the Joint Chiefs of Staff said.
para	The drill involves about 2,000 troops and will run until March 20.
para	North Korea has denounced such exercises as rehearsals for an invasion.
noise	Related stories
noise	Seoul, Washington agree on drill schedule
noise	JCS briefs on border situation
noise	Advertisement
noise	© 2026 Wire Service. Unauthorized reproduction prohibited."
}

@test "html: think-tank page: author block and date meta, items kept, view counter, menu/share/comments/form/cookie noise" {
	run kt "$H/thinktank.html"
	check 0 "meta	The Alliance after the 56th SCM - Commentary
heading	The Alliance after the 56th SCM
meta	Jane Doe, Senior Fellow
meta	December 1, 2026
para	The 56th Security Consultative Meeting marked a turn in how the allies talk about deterrence.
heading	Three points
item	First, the statement names the nuclear consultative group for the first time in its opening clauses.
item	Second, the allies set a date for the transition review."
}

@test "html: white paper: page header and footer divs are noise; pre lines kept" {
	run kt "$H/whitepaper.html"
	check 0 "meta	Defense White Paper 2026
heading	Chapter 3. The ROK-US Alliance
para	The alliance has grown into a comprehensive strategic alliance.
para	Table 3-1 Annual meetings SCM ministers KIDD deputy ministers
para	The two countries hold regular consultations at every level."
}

@test "html: a block of short links is noise whatever its class" {
	run scm-split -k -d x --html <<<'<div><a href=1>Home</a> | <a href=2>Politics</a> | <a href=3>World</a></div><p>The talks ended on Friday with a joint statement.</p>'
	check 0 "x	1	noise	-	-	Home | Politics | World
x	2	para	-	-	The talks ended on Friday with a joint statement."
}

@test "html: ARIA roles navigation and complementary are noise" {
	run scm-split -d x --html <<<'<div role="navigation">Menu entries</div><div role=complementary>Side box</div><p>Body text stays here.</p>'
	check 0 "x	3	para	-	-	Body text stays here."
}

@test "html: a class word inside another word is not chrome (commentary, navy)" {
	run scm-split -d x --html <<<'<div class="commentary navy"><p>The text of the commentary.</p></div>'
	check 0 "x	1	para	-	-	The text of the commentary."
}

@test "html: tag soup: unclosed p and li, stray </div>, unquoted attributes" {
	run scm-split -d x --html <<<'<p>First paragraph here.<p>Second one.</div><ul class=list><li>one item<li>another item</ul>'
	check 0 "x	1	para	-	-	First paragraph here.
x	2	para	-	-	Second one.
x	3	para	-	-	one item
x	4	para	-	-	another item"
}

@test "html: <br> gives lines: a numbered line after a sentence starts a clause" {
	run scm-split -d x --html <<<'<p>1. The first clause ends here.<br>2. The second clause follows.</p>'
	check 0 "x	1	clause	-	-	1. The first clause ends here.
x	2	clause	-	-	2. The second clause follows."
}

@test "html: numeric references, named ones with and without ';', bad ones as U+FFFD" {
	run bash -c "scm-split -d x --html <<<'<p>A&#65;&#x42; &eacute;&eacute &notin; &amp &#0; &#xD800; &#128; &bogus; &lt;b&gt;</p>' | cut -f6"
	check 0 "AAB éé ∉ & � � € &bogus; <b>"
}

@test "html: detection: <!DOCTYPE html>, <html>, mostly tags; --text forces text" {
	run scm-split -d x <<<'<!DOCTYPE html><p>Doc type.</p>'
	check 0 "x	1	para	-	-	Doc type."
	run scm-split -d x <<<'<div><span>a</span><span>b</span><b>c</b></div>'
	check 0 "x	1	para	-	-	abc"
	run bash -c "scm-split -d x --text <<<'<html><p>Kept as text.</p>' | cut -f6"
	check 0 "<html><p>Kept as text.</p>"
}

@test "html: a text with a few tags (<sup>, <br>) stays text" {
	run scm-split -d x <<<'The 54<sup>th</sup> SCM was held in Seoul, and the talks went on for two days.'
	check 0 "x	1	para	-	-	The 54th SCM was held in Seoul, and the talks went on for two days."
}

@test "html: with -k every text node is in some record" {
	local f=$BATS_TEST_TMPDIR/w
	for p in release news thinktank whitepaper; do
		scm-split -k "$H/$p.html" | cut -f6 >"$f"
		# the words of the page's text, outside tags, scripts, styles, comments
		for w in Expo Breadcrumb Press Facebook Copyright Advertisement Subscribe cookies; do
			if grep -q "$w" "$H/$p.html" && ! grep -q "<[^>]*$w" "$H/$p.html"; then
				grep -q "$w" "$f" || { echo "$p: $w lost" >&2; return 1; }
			fi
		done
	done
}

@test "html: EUC-KR page declared in <meta http-equiv> is read as Korean" {
	run kt "$H/korean-euckr.html"
	check 0 "meta	한미 국방장관 회담 개최
heading	한미 국방장관 회담 개최
meta	2026.11.04 10:30
para	한국과 미국의 국방장관은 4일 서울에서 제56차 한미안보협의회의를 열었다.
para	양국 장관은 확장억제 강화 방안을 논의했다."
}

@test "html: a page saved as UTF-8 that kept its old charset (euc-kr, gb2312) is read as UTF-8, said on stderr" {
	iconv -f EUC-KR -t UTF-8 "$H/korean-euckr.html" >"$BATS_TEST_TMPDIR/saved.html"
	grep -qi 'charset=euc-kr' "$BATS_TEST_TMPDIR/saved.html"
	run sh -c "scm-split '$BATS_TEST_TMPDIR/saved.html' 2>&1 >/dev/null"
	check 0 "scm-split: $BATS_TEST_TMPDIR/saved.html: declared euc-kr, read as UTF-8"
	run sh -c "scm-split '$BATS_TEST_TMPDIR/saved.html' 2>/dev/null | cut -f3,6"
	check 0 "meta	한미 국방장관 회담 개최
heading	한미 국방장관 회담 개최
meta	2026.11.04 10:30
para	한국과 미국의 국방장관은 4일 서울에서 제56차 한미안보협의회의를 열었다.
para	양국 장관은 확장억제 강화 방안을 논의했다."
	# the same page in GBK, declared gb2312 as such pages are: read as browsers do
	printf '<html><head><meta charset="gb2312"></head><body><p>韩美防长举行第五十六次安保会议。</p></body></html>\n' |
		iconv -f UTF-8 -t GBK >"$BATS_TEST_TMPDIR/gb.html"
	run sh -c "scm-split '$BATS_TEST_TMPDIR/gb.html' | cut -f6"
	check 0 "韩美防长举行第五十六次安保会议。"
}

@test "encoding: an undeclared CP949 file is guessed, said once on stderr" {
	run scm-split "$H/cp949.txt"
	check 0 "scm-split: $H/cp949.txt: read as CP949
cp949	1	para	-	-	국방부는 오늘 한미 연합훈련 계획을 발표했다.
cp949	2	para	-	-	훈련은 다음 달 시작되며 약 2주 동안 진행된다."
}

@test "encoding: windows-1252 with curly quotes and é is guessed" {
	run bash -c "scm-split '$H/cp1252.txt' 2>&1 >/dev/null"
	check 0 "scm-split: $H/cp1252.txt: read as windows-1252"
	run bash -c "scm-split '$H/cp1252.txt' 2>/dev/null | cut -f6"
	check 0 "The minister’s café remarks: “We stand together.”
The résumé of the talks follows."
}

@test "encoding: -E forces; --encoding= too; an unknown name is exit 2" {
	run bash -c "scm-split -E CP949 '$H/cp949.txt' 2>&1 | head -1 | cut -f6"
	check 0 "국방부는 오늘 한미 연합훈련 계획을 발표했다."
	run bash -c "scm-split --encoding=EUC-KR '$H/cp949.txt' 2>&1 | head -1 | cut -f6"
	check 0 "국방부는 오늘 한미 연합훈련 계획을 발표했다."
	run scm-split -E NO-SUCH-ENCODING "$H/cp949.txt"
	[ "$status" -eq 2 ]
	[[ "$output" == *"unknown encoding NO-SUCH-ENCODING"* ]]
}

@test "encoding: valid UTF-8 is never altered" {
	printf 'Caf\303\251 \342\200\234ok\342\200\235 \355\225\234\352\265\255.\n' >"$BATS_TEST_TMPDIR/u.txt"
	run scm-split -d x "$BATS_TEST_TMPDIR/u.txt"
	check 0 "x	1	para	-	-	Café “ok” 한국."
}

@test "encoding: UTF-8 and UTF-16 BOMs" {
	printf '\357\273\277BOM text here.\n' | { run scm-split -d x; check 0 "x	1	para	-	-	BOM text here."; }
	printf 'UTF-16 text.\n' | iconv -f UTF-8 -t UTF-16LE | { printf '\377\376'; cat; } >"$BATS_TEST_TMPDIR/le"
	run scm-split -d x "$BATS_TEST_TMPDIR/le"
	check 0 "x	1	para	-	-	UTF-16 text."
	printf 'UTF-16 text.\n' | iconv -f UTF-8 -t UTF-16BE | { printf '\376\377'; cat; } >"$BATS_TEST_TMPDIR/be"
	run scm-split -d x "$BATS_TEST_TMPDIR/be"
	check 0 "x	1	para	-	-	UTF-16 text."
}

@test "encoding: invalid UTF-8 in a page declared UTF-8 is U+FFFD, a warning, exit 2" {
	printf '<html><meta charset="utf-8"><p>Bad \377 byte.</p>\n' >"$BATS_TEST_TMPDIR/bad.html"
	run scm-split -d x "$BATS_TEST_TMPDIR/bad.html"
	check 2 "scm-split: $BATS_TEST_TMPDIR/bad.html: 1 byte not utf-8, kept as U+FFFD
x	1	para	-	-	Bad � byte."
}

@test "encoding: scm-diff reads both copies in their encodings: no change" {
	iconv -f CP949 -t UTF-8 "$H/cp949.txt" >"$BATS_TEST_TMPDIR/u.txt"
	run bash -c "scm-diff '$H/cp949.txt' '$BATS_TEST_TMPDIR/u.txt' 2>/dev/null"
	[ "$status" -eq 0 ]
	run bash -c "scm-diff -E CP949 '$H/cp949.txt' '$H/cp949.txt'"
	[ "$status" -eq 0 ]
}

@test "hostile html: 100,000-deep nesting, memory bounded" {
	local f=$BATS_TEST_TMPDIR/deep.html
	awk 'BEGIN { printf "<html><body>"; for (i = 0; i < 100000; i++) printf "<div>";
		printf "deep text"; for (i = 0; i < 100000; i++) printf "</div>"; print "<p>after</p>" }' >"$f"
	run bash -c "/usr/bin/time -f %M -o '$f.rss' scm-split -d x '$f'"
	check 0 "x	1	para	-	-	deep text
x	2	para	-	-	after"
	[ "$(cat "$f.rss")" -lt 300000 ]	# KB, ASan included
}

@test "hostile html: a 10 MB attribute, an unterminated comment, NUL bytes" {
	local f=$BATS_TEST_TMPDIR/attr.html
	{ printf '<html><body><p title="'; head -c 10000000 /dev/zero | tr '\0' x; printf '">attr text</p><p>after</p>\n'; } >"$f"
	run bash -c "/usr/bin/time -f %M -o '$f.rss' scm-split -d x '$f'"
	check 0 "x	1	para	-	-	attr text
x	2	para	-	-	after"
	[ "$(cat "$f.rss")" -lt 300000 ]
	run scm-split -d x --html <<<'<p>before</p><!-- never closed <p>lost</p>'
	check 0 "x	1	para	-	-	before"
	printf '<html><meta charset=utf-8><p>a\000b</p>\n' >"$BATS_TEST_TMPDIR/nul.html"
	run scm-split -d x "$BATS_TEST_TMPDIR/nul.html"
	check 0 "x	1	para	-	-	a�b"
}

@test "html: a clause's number in an element of its own opens the next block (<p>1.</p><p>..., a table's cells)" {
	run scm-split -d x -k --html <<<'<h1>Joint Communique</h1><p><strong>1.</strong></p><p>The SCM was held in Seoul.</p><p><b>2.</b></p><p>The two sides agreed.</p>'
	check 0 "x	1	heading	-	-	Joint Communique
x	2	clause	Joint Communique	-	1. The SCM was held in Seoul.
x	3	clause	Joint Communique	-	2. The two sides agreed."
	run scm-split -d x --html <<<'<table><tr><td>1.</td><td>The SCM was held.</td></tr><tr><td>2.</td><td>They agreed.</td></tr></table>'
	check 0 "x	1	clause	-	-	1. The SCM was held.
x	2	clause	-	-	2. They agreed."
	run sh -c "printf '<p>제1조</p><p>양측은 합의하였다.</p>' | scm-split -d x --html | cut -f3,6"
	check 0 "clause	제1조 양측은 합의하였다."
	# a number last of all is not lost
	run scm-split -d x --html <<<'<p>The end.</p><p>3.</p>'
	check 0 "x	1	para	-	-	The end.
x	2	clause	-	-	3."
}

@test "html: a box's title in a heading element is chrome, and so are its short headlines; attachments and keywords are chrome" {
	printf '<html><body><p>1. The allies met.</p><table><tr><th>Attachment</th></tr><tr><td>scm.pdf</td><td>312 KB</td></tr></table><p>Keywords #SCM #Hegseth</p><h2>Most Read</h2><ul><li>Story one here</li><li>Story two there</li></ul><p>The ministers agreed to meet again next year in Washington to review progress.</p></body></html>\n' >"$BATS_TEST_TMPDIR/p.html"
	run sh -c "scm-split -k '$BATS_TEST_TMPDIR/p.html' | cut -f3,6"
	check 0 "clause	1. The allies met.
noise	Attachment
noise	scm.pdf
noise	312 KB
noise	Keywords #SCM #Hegseth
noise	Most Read
noise	Story one here
noise	Story two there
para	The ministers agreed to meet again next year in Washington to review progress."
	# a heading element that is no box's title stays a heading
	run sh -c "printf '<h2>Findings</h2><p>The allies met.</p>\n' | scm-split --html | cut -f3"
	check 0 "heading
para"
}

@test "html: a long clause goes on over a <br>; the next clause's number after one still cuts" {
	printf '<html><body><p>7. The Secretary reaffirmed the U.S. commitment to maintain the current level of U.S. Forces Korea (USFK), approximately 28,500 personnel, to defend the ROK.<br>The Minister and the Secretary noted that USFK has played a vital role.</p><p>8. The two sides reviewed OPCON.<br>9. They agreed.</p></body></html>\n' >"$BATS_TEST_TMPDIR/br.html"
	run sh -c "scm-split '$BATS_TEST_TMPDIR/br.html' | cut -f2,3"
	check 0 "1	clause
2	clause
3	clause"
}

@test "html: a heading element after a box of links ends the box; a timeline's year heading stays" {
	run sh -c "printf '<h2>Latest News</h2><ul><li><a href=\"/a\">Seoul stocks open higher</a></li></ul><h1>Allies expand nuclear planning</h1><h2>Extended deterrence</h2><p>The Minister reaffirmed the commitment.</p>\n' | scm-split --html | cut -f3,6"
	check 0 "heading	Allies expand nuclear planning
heading	Extended deterrence
para	The Minister reaffirmed the commitment."
	run sh -c "printf '<h2>2024</h2><p>The allies met.</p>' | scm-split --html | cut -f3"
	check 0 "heading
para"
}

@test "html: a nested list of letters (ol type=a, list-style-type: lower-roman) is labelled as a browser shows it: items, not clauses" {
	run sh -c "printf '<html><body><h1>Joint Communique</h1><ol><li>The Minister and the Secretary met in Seoul.</li><li>The two sides agreed to:<ol type=\"a\"><li>expand combined exercises;</li><li>strengthen the NCG; and</li></ol></li><li>The two sides welcomed progress.</li></ol></body></html>' | scm-split | cut -f3,4,6"
	check 0 "heading	-	Joint Communique
clause	Joint Communique	1. The Minister and the Secretary met in Seoul.
clause	Joint Communique	2. The two sides agreed to:
item	Joint Communique	a. expand combined exercises;
item	Joint Communique	b. strengthen the NCG; and
clause	Joint Communique	3. The two sides welcomed progress."
	run sh -c "printf '<ol style=\"list-style-type: lower-roman\"><li>first point;</li><li>second point.</li></ol>' | scm-split --html | cut -f6"
	check 0 "i. first point;
ii. second point."
}

@test "html: a ministry board's fields in cells of their own (담당부서 / 국제정책관실) are meta, never the section" {
	run sh -c "printf '<html><body><table><tr><th>제목</th><td><h3>제58차 한미안보협의회의 공동성명</h3></td></tr><tr><th>담당부서</th><td>국제정책관실 국제정책과</td><th>조회수</th><td>3214</td></tr></table><p>1. 양 장관은 동맹을 재확인하였다.</p></body></html>' | scm-split --html | cut -f3,4,6"
	check 0 "heading	-	제58차 한미안보협의회의 공동성명
meta	제58차 한미안보협의회의 공동성명	담당부서
meta	제58차 한미안보협의회의 공동성명	국제정책관실 국제정책과
meta	제58차 한미안보협의회의 공동성명	조회수
clause	제58차 한미안보협의회의 공동성명	1. 양 장관은 동맹을 재확인하였다."
}

@test "html: the items of a list of capital letters or roman numbers are items" {
	run sh -c "printf '<ol type=\"A\"><li>First point here.</li><li>Second point here.</li></ol><ol type=\"i\"><li>one thing.</li><li>two things.</li></ol><p>After the list.</p>' | scm-split --html | cut -f3,6"
	check 0 "item	A. First point here.
item	B. Second point here.
item	i. one thing.
item	ii. two things.
para	After the list."
}

@test "html: a numbered list under Notes is notes (items), as in text, not clauses" {
	run sh -c "printf '<h1>Brief</h1><p>Text here.</p><h2>Notes</h2><ol><li>U.S. Department of War, \"Joint Communique,\" November 4, 2026.</li><li>Ibid.</li></ol>' | scm-split --html | cut -f3"
	check 0 "heading
para
heading
item
item"
}

@test "html: a body's, main's or article's class words are switches, not chrome; an article's own header is its title and dek" {
	run sh -c "scm-split '$FIX/html/class/bodyclass.html' | cut -f3,6"
	check 0 "meta	Allies sharpen deterrence | The Harbor Ledger
heading	Allies sharpen deterrence at annual talks
para	The two defense chiefs pledged to deepen nuclear planning and to keep troop levels where they are.
meta	By Ada Brennan
para	The defense ministers of the two allies met in Seoul on Tuesday for their annual consultative meeting, the fifty-eighth since the talks began.
para	They agreed to hold a tabletop exercise on extended deterrence next spring and to review the roadmap for the transition of wartime operational control."
	# the site's own header and footer stay chrome
	run sh -c "scm-split -k '$FIX/html/class/bodyclass.html' | grep -c '^[^	]*	[0-9]*	noise	.*\(Home World Defense\|Copyright\)'"
	check 0 "2"
}

@test "html: class words that would hide all of a page's text (site_header, share around the story) are not read; tags still are" {
	run sh -c "scm-split '$FIX/html/class/wrapper.html' | cut -f3,6"
	check 0 "meta	Talks end with joint statement
heading	Talks end with joint statement
para	The ministers closed two days of talks on Wednesday with a joint statement of twenty clauses, the longest in a decade.
para	The statement names space and cyber as fields of new cooperation and asks the staffs to report back before the next meeting.
para	Officials said the drafting ran late into the night over one clause on the regional order."
	run sh -c "scm-split -k '$FIX/html/class/wrapper.html' | cut -f3,6 | grep -c '^noise	Front page'"
	check 0 "1"
	# a page whose story shows keeps its class words: comments stay chrome
	run sh -c "scm-split '$FIX/html/class/comments.html' | cut -f3"
	check 0 "meta
heading
para
para"
	run sh -c "scm-split -k '$FIX/html/class/comments.html' | cut -f3 | grep -c noise"
	check 0 "2"
}

@test "html: a box hidden by its style (display: none, visibility: hidden) is chrome; a hidden word inside a sentence stays in it" {
	run sh -c "printf '<html><body><h1>Talks end</h1><div style=\"display:none\"><ul><li>Politics</li><li>Defense</li></ul><p>Subscribe to our newsletter for daily alliance news.</p></div><p>The ministers met on <span style=\"display: none;\">Tuesday,</span> the fourth of November.</p><section style=\"color: red; visibility : hidden !important\"><p>Sign in to comment.</p></section></body></html>' | scm-split --html | cut -f3,6"
	check 0 "heading	Talks end
para	The ministers met on Tuesday, the fourth of November."
	run sh -c "printf '<html><body><h1>Talks end</h1><div style=\"display:none\"><p>Subscribe to our newsletter for daily alliance news.</p></div><p>The ministers met.</p></body></html>' | scm-split -k --html | cut -f3"
	check 0 "heading
noise
para"
}

@test "html: an inline element of a class that says chrome or meta ends at its end tag; the sentence after it is text" {
	run sh -c "printf '<html><body><p><span class=\"byline\">By Ada Brennan</span> The defense ministers met in Seoul on Tuesday.</p><p>They agreed to <font color=red>meet</font> again.</p></body></html>' | scm-split --html | cut -f3,6"
	check 0 "meta	By Ada Brennan
para	The defense ministers met in Seoul on Tuesday.
para	They agreed to meet again."
}

@test "html: a Korean portal's story: menus, buttons, recommended headlines and comments are chrome; links are counted in characters, not bytes" {
	run sh -c "scm-split '$FIX/html/portal-ko.html' | cut -f3 | tr '\n' ' '"
	check 0 "meta heading meta meta para para meta meta meta "
	# a list of Korean headlines, each a link, is a link list like an English one
	run sh -c "printf '<html><body><h1>국방 소식</h1><p>한미 국방장관은 4일 서울에서 회의를 열고 동맹의 억제력을 강화하기로 했다.</p><ul><li><a href=\"/1\">北, 동해상으로 단거리 탄도미사일 두 발 발사</a></li><li><a href=\"/2\">국방부, 내년 국방예산 정부안 발표</a></li></ul></body></html>' | scm-split -k --html | cut -f3 | tr '\n' ' '"
	check 0 "heading para noise noise "
}

@test "html: a second Korean portal: a reporter's name and its stamp set apart by style are words apart; a stamp alone (수정) is meta; comments are chrome" {
	run sh -c "scm-split '$FIX/html/portal-daum.html' | cut -f3 | head -10 | tr '\n' ' '"
	check 0 "meta heading meta meta meta meta meta para para meta "
	run sh -c "scm-split '$FIX/html/portal-daum.html' | grep -c '댓글\|Kakao'"
	check 1 "0"
	run sh -c "scm-split '$FIX/html/portal-daum.html' | grep -c '	김영희 기자 입력$'"
	check 0 "1"
	# styled pieces of a document's text stay as they meet: a word and
	# its particle, a name and its comma
	run sh -c "printf '<html><body><p><span class=\"c1\">Washington Declaration</span><span class=\"c2\">, which</span> the <span class=\"c3\">U.S.</span><span class=\"c4\">-ROK</span> allies signed, <span class=\"se\">확장억제</span><span class=\"se\">를 강화</span>했다.</p></body></html>' | scm-split --html | cut -f6"
	check 0 "Washington Declaration, which the U.S.-ROK allies signed, 확장억제를 강화했다."
	# a particle after a link stays on its word; bare <b><i> are one word
	run sh -c "printf '<html><body><p><a href=\"/mnd\">국방부</a>는 4일 <b>한미</b><i>안보</i> 회의 결과를 발표했다.</p></body></html>' | scm-split --html | cut -f6"
	check 0 "국방부는 4일 한미안보 회의 결과를 발표했다."
}

@test "html: a list's items are items, however short, never headings (nor the section of what follows)" {
	run sh -c "printf '<html><body><h1>Ministers meet</h1><p>The minister also said:</p><ul><li><a href=\"/a\">The alliance</a> must stay strong in the region</li><li>Talks with the North should resume soon</li></ul><p>He left on Friday.</p></body></html>' | scm-split --html | cut -f3,4"
	check 0 "heading	-
para	Ministers meet
item	Ministers meet
item	Ministers meet
para	Ministers meet"
}

@test "html: a byline whose name is a link (by <a>Jane Doe</a>) is meta, not a link list" {
	run sh -c "printf '<html><body><h1>Allies meet</h1><p class=\"entry\"><abbr class=\"published\">March 10, 2026</abbr> by <a href=\"/author/jd\">Jane Doe</a></p><p>The ministers met in Seoul and agreed on a plan for the drills.</p><p><a href=\"/x\">Read the full statement</a></p></body></html>' | scm-split -k --html | cut -f3,6"
	check 0 "heading	Allies meet
meta	March 10, 2026
meta	by Jane Doe
para	The ministers met in Seoul and agreed on a plan for the drills.
noise	Read the full statement"
}

@test "html: a flash of one short sentence keeps its class words: its readers' comments and related stories stay chrome" {
	run sh -c "printf '<html><body><h1>한미 국방장관 회담 개최</h1><p>한미 국방장관이 4일 서울에서 회담했다.</p><div class=\"comment-area\"><p>동맹이 더 강해져야 한다고 생각합니다. 핵 위협에 맞서 확장억제를 확실히 해야 합니다. 정부는 무엇을 하고 있는지 모르겠습니다.</p><p>이번 회담에서 무엇이 달라졌는지 알 수 없습니다. 국민에게 더 자세히 설명해야 합니다.</p></div><div class=\"related-content\"><p>The two ministers signed an updated Tailored Deterrence Strategy at the previous meeting in Washington last year.</p></div></body></html>' | scm-split --html | cut -f3,6"
	check 0 "heading	한미 국방장관 회담 개최
para	한미 국방장관이 4일 서울에서 회담했다."
}

@test "html: the rest of a story hidden behind Read more (a block of prose with display: none) stays text" {
	run sh -c "printf '<html><body><h1>Talks end</h1><p>The ministers met in Seoul on Tuesday for the annual talks.</p><button>Read more</button><div class=\"more_text\" style=\"display:none\"><p>They agreed to hold a tabletop exercise on extended deterrence next spring and to review the roadmap for the transition of wartime operational control.</p></div><div style=\"display: none\"><p>Subscribe to our newsletter.</p></div></body></html>' | scm-split --html | cut -f3,6"
	check 0 "heading	Talks end
para	The ministers met in Seoul on Tuesday for the annual talks.
para	They agreed to hold a tabletop exercise on extended deterrence next spring and to review the roadmap for the transition of wartime operational control."
}

@test "html: an article's class still says what it is: a related story's or a comment's article is chrome" {
	run sh -c "printf '<html><body><main><article class=\"story\"><h1>Allies meet</h1><p>The ministers met in Seoul on Tuesday and agreed on the drills for next year.</p></article><article class=\"related-story\"><h2>Other news of the day</h2><p>The navy launched a new destroyer in Ulsan on Monday.</p></article><article class=\"comment\"><p>I think this is a good idea for the alliance, really.</p></article></main></body></html>' | scm-split --html | cut -f3,6"
	check 0 "heading	Allies meet
para	The ministers met in Seoul on Tuesday and agreed on the drills for next year."
}

@test "html: an outline's li that holds a heading paragraph and text keeps the heading (the section of its text)" {
	run sh -c "printf '<html><body><h1>Plan</h1><ol><li><p><strong>Strengthening Extended Deterrence</strong></p><p>The allies will deepen their planning.</p></li></ol></body></html>' | scm-split --html | cut -f3,4"
	check 0 "heading	-
heading	Plan
para	1. Strengthening Extended Deterrence"
}

@test "html: an article's own header keeps its dek and byline whatever its class (entry-header); the site's header stays chrome" {
	run sh -c "printf '<html><body><header class=\"site-header\"><nav><a href=\"/\">Home</a></nav><p>Subscribe to the Harbor Ledger today.</p></header><article class=\"post\"><header class=\"entry-header\"><h1 class=\"entry-title\">Allies meet</h1><p class=\"dek\">The two chiefs pledged to deepen nuclear planning.</p><div class=\"entry-meta\"><span class=\"byline\">By Jane Doe</span></div></header><p>The ministers met in Seoul on Tuesday and agreed on the drills for next year.</p></article></body></html>' | scm-split --html | cut -f3,6"
	check 0 "heading	Allies meet
para	The two chiefs pledged to deepen nuclear planning.
meta	By Jane Doe
para	The ministers met in Seoul on Tuesday and agreed on the drills for next year."
}
