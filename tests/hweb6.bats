#!/usr/bin/env bats
# English web pages, sixth round (hweb6): a page's comment area, skip
# links, pointers and archive banner as noise; a page's stamps (a time
# alone, "3 years ago", a reading time with its date, who transcribed a
# transcript, where an op-ed first ran, a press office's number, an
# event's "RECORDING DATE:") as meta; a transcription's "Name: (00:00)"
# over its turn; "Breaking News" a label, not a box; "Posted November.
# 09, 2026" stays meta; a headline with its outlet no photo credit;
# a syndicated story's last line no caption.  Fixtures of our own
# writing in tests/fixtures/hweb6 (attack.txt: story lines shaped like
# the chrome, which must stay text).
load helper
K="$FIX/hweb6"

t() {	# t OPTIONS... : split stdin (printf'd $IN), print loc kind text
	printf "$IN" | scm-split "$@" | cut -f2,3,6 | tr '\t' '|'
}

kinds() {	# kinds FILE: loc and kind of every record (-k)
	scm-split -k "$1" | cut -f2,3 | tr '\t' '|'
}

@test "hweb6: skip links, a site's trust link, a newspaper's audio player are noise; the headline under them is the title" {
	run kinds "$K/comments.txt"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "1|noise" ]	# Go to main text
	[ "${lines[2]}" = "3|noise" ]	# Go to the top
	[ "${lines[3]}" = "4|heading" ]
	[ "${lines[4]}" = "5|noise" ]	# Why you can trust HRN
	[ "${lines[5]}" = "6|noise" ]	# Audio report: ... read by AI
	[ "${lines[6]}" = "7|para" ]
	[ "${lines[7]}" = "8|para" ]
}

@test "hweb6: pointers, an image's placeholder, a channel's and a mailing list's call, the comment area are noise" {
	run kinds "$K/comments.txt"
	[ "${lines[8]}" = "9|noise" ]	# Read the full statement at ...
	[ "${lines[9]}" = "10|noise" ]	# Click here for the drill schedule.
	[ "${lines[10]}" = "11|noise" ]	# • 16x9 Image
	[ "${lines[11]}" = "12|noise" ]	# Join our free Telegram channel ...
	[ "${lines[12]}" = "13|noise" ]	# Sign up for our mailing list ...
	[ "${lines[13]}" = "14|noise" ]	# Comments are closed.
	[ "${lines[14]}" = "15|noise" ]	# Please enter your comment!
	[ "${lines[15]}" = "16|noise" ]	# Please enter your name here
	run sh -c "scm-split '$K/comments.txt' | cut -f3 | sort | uniq -c | tr -s ' '"
	[ "$output" = "$(printf ' 1 heading\n 2 para')" ]
}

@test "hweb6: a blog's note on who may comment and an archive's banner are noise" {
	IN="Allies end drills\n\nThe two navies ended their drills on Friday after a week at sea.\n\nNo comments:\n\nNote: Only a member of this blog may post a comment.\n" run t -k
	check 0 "1|heading|Allies end drills
2|para|The two navies ended their drills on Friday after a week at sea.
3|noise|No comments:
4|noise|Note: Only a member of this blog may post a comment."
	run kinds "$K/stamps.txt"
	[ "${lines[7]}" = "8|noise" ]
	[ "${lines[8]}" = "9|noise" ]
}

@test "hweb6: a page's stamps are meta: posted N ago, a reading time with its date, a press office's number" {
	run kinds "$K/stamps.txt"
	[ "${lines[0]}" = "1|heading" ]
	[ "${lines[1]}" = "2|meta" ]	# • 3 years ago
	[ "${lines[2]}" = "3|meta" ]	# The Courier 5 min read 3 Dec 2026, ...
	[ "${lines[3]}" = "4|meta" ]	# Media Contact 202-555-0147
	[ "${lines[4]}" = "5|meta" ]	# Posted November. 09, 2026 07:36
	[ "${lines[5]}" = "6|para" ]
	[ "${lines[6]}" = "7|para" ]
}

@test "hweb6: a transcript's program: its recording date, transcriber, first publication and time are meta" {
	run sh -c "scm-split -k '$K/transcript.txt' | cut -f2,3 | head -5 | tr '\t' '|'"
	check 0 "1|heading
2|meta
3|meta
4|meta
5|meta"
}

@test "hweb6: a transcription's speaker with its time stamp heads the turn: the turn keeps its speaker" {
	run sh -c "scm-split '$K/transcript.txt' | cut -f3,4,6 | grep '^para' | cut -c1-60 | sed 's/ *$//' | tr '\t' '|'"
	check 0 "para|Mara Quint: (00:00)|Good morning to all of our friends
para|Mara Quint: (01:12)|Our first panel will look at the co
para|Lee Ha-eun: (02:40)|Thank you. Let me begin with the dr"
	IN="Forum\n\nMODERATOR: (00:05)\nWelcome to the forum.\n" run t -k
	check 0 "1|noise|Forum
2|para|MODERATOR: (00:05) Welcome to the forum."
}

@test "hweb6: Breaking News over the story is a label: the headline under it stays the title" {
	IN="Breaking News\n\nAllies open new talks on the joint drills\n\nSEOUL, SOUTH KOREA —\nThe allies opened talks on Monday about their drills for next year.\n" run t -k
	check 0 "1|noise|Breaking News
2|heading|Allies open new talks on the joint drills
3|meta|SEOUL, SOUTH KOREA —
4|para|The allies opened talks on Monday about their drills for next year."
}

@test "hweb6: a headline with its outlet after a dash is no photographer's credit; a credit line still is" {
	IN="Seoul confirms the launch - Reuters\n\nThe launch was confirmed on Monday by the military.\n\nJung Min-seo - pool, Pool AFP\n" run t -k
	check 0 "1|heading|Seoul confirms the launch - Reuters
2|para|The launch was confirmed on Monday by the military.
3|meta|Jung Min-seo - pool, Pool AFP"
}

@test "hweb6: a syndicated story's last line with its outlet is text; a caption dated after a comma is meta" {
	IN="Allies sign a deal\n\nThe ministers signed the deal in Seoul on Monday after two days of talks.\n\nThe revised agreement, signed by the two ministers in Seoul, takes effect on Jan. 1, 2027. (The Harbor Post)\n\nEngineers lay a bridge near Paju, South Korea, Nov. 8, 2026. (The Harbor Post)\n" run t -k
	check 0 "1|heading|Allies sign a deal
2|para|The ministers signed the deal in Seoul on Monday after two days of talks.
3|para|The revised agreement, signed by the two ministers in Seoul, takes effect on Jan. 1, 2027. (The Harbor Post)
4|meta|Engineers lay a bridge near Paju, South Korea, Nov. 8, 2026. (The Harbor Post)"
}

@test "hweb6: negative: story lines shaped like the new chrome and stamps stay text" {
	run kinds "$K/attack.txt"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 25 ]
	for i in 1 2 3 4 5 8 9 10 12 13 14 15 16 17 18 20 21 22 23 24; do
		[ "${lines[$i]}" = "$((i + 1))|para" ] || { echo "line $((i + 1)): ${lines[$i]}"; false; }
	done
	[ "${lines[6]}" = "7|heading" ]	# Why You Can Trust the Alliance
	[ "${lines[7]}" = "8|heading" ]	# Why you can trust Washington
	[ "${lines[11]}" = "12|heading" ]	# 70 years ago (an anniversary's)
	[ "${lines[19]}" = "20|noise" ]	# Time: (12:30), a form's field as before
}

@test "hweb6: an event's program, a part's label and a name with its title, is meta, no speaker's turn" {
	IN="The Harbor Institute hosts its annual allied forum\n\nWELCOMING REMARKS: Dr. Jane Roe, President and CEO, Harbor Chair in Allied Studies, HRI\n\nKEYNOTE ADDRESS: Cho Min-ho, 1st Vice Minister of Foreign Affairs of the Republic of Korea\n\nMODERATOR: Ambassador John Doe, Senior Advisor, Harbor Institute; Former Ambassador to Korea\n\nPANELISTS: Dr. Lee Ha-eun, Research Fellow, The Harbor Institute\n" run t -k
	check 0 "1|heading|The Harbor Institute hosts its annual allied forum
2|meta|WELCOMING REMARKS: Dr. Jane Roe, President and CEO, Harbor Chair in Allied Studies, HRI
3|meta|KEYNOTE ADDRESS: Cho Min-ho, 1st Vice Minister of Foreign Affairs of the Republic of Korea
4|meta|MODERATOR: Ambassador John Doe, Senior Advisor, Harbor Institute; Former Ambassador to Korea
5|meta|PANELISTS: Dr. Lee Ha-eun, Research Fellow, The Harbor Institute"
}

@test "hweb6: negative: a moderator's turns that name people and outlets stay turns" {
	IN="The Harbor Institute hosts its annual allied forum\n\nMODERATOR: Thank you, Jane Roe, for that question\n\nMODERATOR: Mr. Kim, Yonhap, go ahead\n\nMODERATOR: Jane Roe, Harbor Post\n\nHOST: Jane Roe, you have the floor for two minutes\n" run t -k
	check 0 "1|heading|The Harbor Institute hosts its annual allied forum
2|para|MODERATOR: Thank you, Jane Roe, for that question
3|para|MODERATOR: Mr. Kim, Yonhap, go ahead
4|para|MODERATOR: Jane Roe, Harbor Post
5|para|HOST: Jane Roe, you have the floor for two minutes"
}

@test "hweb6: a caption whose credit after Photo by holds stops of its own (U.S. Army, an initial) is meta" {
	IN="Allies agree to set up a new channel\n\nThe two ministers shake hands before the talks at the Pentagon in Washington on Wednesday. Photo by Lina J. Park/U.S. Army/UPI\n\nThe ministers agreed on Wednesday to set up a new channel.\n" run t -k
	check 0 "1|heading|Allies agree to set up a new channel
2|meta|The two ministers shake hands before the talks at the Pentagon in Washington on Wednesday. Photo by Lina J. Park/U.S. Army/UPI
3|para|The ministers agreed on Wednesday to set up a new channel."
}

@test "hweb6: Reps. and Sens. before names end no sentence" {
	IN="Lawmakers act\n\nThe bill was introduced by Reps. Tom Roe and Jane Doe on Tuesday. Sens. Kim and Lee backed it.\n" run sh -c 'printf "$IN" | scm-split -u sentence | cut -f2,6'
	check 0 "1.1	Lawmakers act
2.1	The bill was introduced by Reps. Tom Roe and Jane Doe on Tuesday.
2.2	Sens. Kim and Lee backed it."
}

@test "hweb6 (report): a heading or a byline repeated at once is noise the second time; a line met again later, or a para, stays" {
	run sh -c "printf 'Navies close drills off Mokpo\n\nNavies close drills off Mokpo\n\nBy Jane Roe\n\nBy Jane Roe\n\nThe navies ended their drills on Friday.\n\nThe navies ended their drills on Friday.\n\nNext steps\n\nThe talks go on.\n\nNext steps\n' | scm-split -k | cut -f3,6"
	check 0 "$(printf 'heading\tNavies close drills off Mokpo\nnoise\tNavies close drills off Mokpo\nmeta\tBy Jane Roe\nnoise\tBy Jane Roe\npara\tThe navies ended their drills on Friday.\npara\tThe navies ended their drills on Friday.\nheading\tNext steps\npara\tThe talks go on.\nheading\tNext steps')"
}
