#!/usr/bin/env bats
# Korean copies (hko5): reports out of their PDF or their page (a
# contents page, the line naming the series, a library's record, a
# report's bullets, a photo's archive credit), a clause's number written
# with a comma, a copyright's brackets, a desk's name glued to its
# reporter's, a paywall's notice.  Fixtures of our own writing in
# tests/fixtures/hko5.
load helper
K="$FIX/hko5"

@test "hko5: a contents page's entries with their leader and page number are noise, the section after them a heading" {
	run sh -c "scm-split -k '$K/report.txt' | cut -f2,3,4"
	[ "$status" -eq 0 ]
	[ "${lines[5]}" = "$(printf '6\tnoise\t목 차')" ]
	[ "${lines[6]}" = "$(printf '7\tnoise\t목 차')" ]
	[ "${lines[7]}" = "$(printf '8\tnoise\t목 차')" ]
	[ "${lines[8]}" = "$(printf '9\tnoise\t목 차')" ]
	[ "${lines[9]}" = "$(printf '10\theading\t목 차')" ]
	[ "${lines[10]}" = "$(printf '11\titem\tⅠ. 들어가며')" ]
}

@test "hko5: a sentence with an ellipsis and a number is no contents entry" {
	run sh -c "scm-split -k '$K/report.txt' | cut -f2,3"
	[ "${lines[16]}" = "$(printf '17\theading')" ]
	run sh -c "printf '양국은 협의를 이어가기로 했다… 3\n' | scm-split -k | cut -f3"
	[ "$output" != noise ]
}

@test "hko5: the line naming a paper's series (『…』(… 발행)) is meta and sets no section" {
	run sh -c "scm-split -k '$K/report.txt' | cut -f2,3,4"
	[ "${lines[1]}" = "$(printf '2\tmeta\t한미 연합연습의 변화와 과제')" ]
	[ "${lines[3]}" = "$(printf '4\tmeta\t한미 연합연습의 변화와 과제')" ]
}

@test "hko5: a sentence about a book with a publisher after it is no source line" {
	run sh -c "scm-split -k '$K/report.txt' | cut -f2,3"
	[ "${lines[15]}" = "$(printf '16\theading')" ]
}

@test "hko5: ◦ opens an item, with or without a space after it" {
	run sh -c "scm-split -k '$K/report.txt' | cut -f2,3,6"
	[ "${lines[10]}" = "$(printf '11\titem\t◦2025년 3월 한미 양국은 연합연습의 명칭과 규모를 조정함.')" ]
	[ "${lines[11]}" = "$(printf '12\titem\t◦ 양국은 야외기동훈련을 연중 분산 실시하기로 합의함.')" ]
}

@test "hko5: a bullet alone is noise; the text after it a paragraph" {
	run sh -c "scm-split -k '$K/report.txt' | cut -f2,3"
	[ "${lines[12]}" = "$(printf '13\tnoise')" ]
	[ "${lines[13]}" = "$(printf '14\tpara')" ]
}

@test "hko5: a caption with its paper's archive as credit (… 새빛일보 DB) is meta; a sentence ending in DB is not" {
	run sh -c "scm-split -k '$K/report.txt' | cut -f2,3"
	[ "${lines[14]}" = "$(printf '15\tmeta')" ]
	[ "${lines[17]}" = "$(printf '18\theading')" ]
	[ "${#lines[@]}" -eq 18 ]
}

@test "hko5: a library's record of a paper (저자, 소속 및 직함, 학술지, 권호사항, 수록페이지) is meta under the title" {
	run sh -c "scm-split -k '$K/catalog.txt' | cut -f2,3,4"
	[ "$status" -eq 0 ]
	for i in 1 2 3 4 5; do
		[ "${lines[$i]}" = "$(printf '%d\tmeta\t연합방위체제의 전환과 동맹의 미래' $((i + 1)))" ]
	done
	[ "${lines[7]}" = "$(printf '8\theading\t연합방위체제의 전환과 동맹의 미래')" ]
}

@test "hko5: sentences that open with those words stay paragraphs (저자는 …했다., 학술지 발간이 …)" {
	run sh -c "scm-split -k '$K/catalog.txt' | cut -f2,3"
	[ "${lines[8]}" = "$(printf '9\tpara')" ]
	[ "${lines[9]}" = "$(printf '10\tpara')" ]
}

@test "hko5: a clause's number with a comma (1, …; 3항, …) is a clause's" {
	run sh -c "scm-split -k '$K/clauses.txt' | cut -f2,3"
	[ "$status" -eq 0 ]
	[ "${lines[1]}" = "$(printf '2\tclause')" ]
	[ "${lines[2]}" = "$(printf '3\tclause')" ]
	[ "${lines[3]}" = "$(printf '4\tclause')" ]
}

@test "hko5: two numbers with a comma (3, 4일; 2, 3명; 1, 2위) open no clause" {
	run sh -c "scm-split -k '$K/clauses.txt' | cut -f2,3"
	[ "${lines[4]}" = "$(printf '5\tpara')" ]
	[ "${lines[5]}" = "$(printf '6\tpara')" ]
	[ "${lines[6]}" = "$(printf '7\theading')" ]
	[ "${#lines[@]}" -eq 7 ]
}

@test "hko5: a comma clause keeps its bytes and its one sentence" {
	run sh -c "scm-split -u sentence '$K/clauses.txt' | cut -f2,6"
	[ "${lines[1]}" = "$(printf '2.1\t1, 제9차 한·미 연례안보협의회의가 1976년 5월 27일 및 28일 미합중국 워싱턴에서 개최되었다.')" ]
	[ "${lines[3]}" = "$(printf '4.1\t3항, 양측은 한반도의 평화와 안정을 유지하기 위해 긴밀히 협력하기로 한다.')" ]
}

@test "hko5: a desk's name glued to its reporter's (국방윤서진) is meta, no heading over the story" {
	run sh -c "scm-split -k '$K/chrome.txt' | cut -f2,3,4"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "$(printf '1\tmeta\t-')" ]
	[ "${lines[1]}" = "$(printf '2\theading\t-')" ]
}

@test "hko5: a word that opens with a desk's name is no byline (정치권력자, 통일부장관)" {
	run sh -c "scm-split -k '$K/chrome.txt' | cut -f2,3"
	[ "${lines[7]}" != "$(printf '8\tmeta')" ]
	[ "${lines[8]}" != "$(printf '9\tmeta')" ]
	run sh -c "printf '정치권력자\n\n통일부장관\n' | scm-split -k | cut -f3"
	[ "${lines[0]}" != meta ]
	[ "${lines[1]}" != meta ]
}

@test "hko5: a copyright's brackets are not cut at an outlet's full stop; a sentence's end inside still cuts" {
	run sh -c "scm-split -k -u sentence '$K/chrome.txt' | cut -f2,3,6"
	[ "${lines[3]}" = "$(printf '4.1\tnoise\t[저작권자ⓒ 한빛뉴스1. 무단전재 및 재배포 금지]')" ]
	[ "${lines[11]}" = "$(printf '11.1\tnoise\t[저작권자와 협의한 뒤 전문을 싣는다.')" ]
}

@test "hko5: a copyright mark alone and a paywall's notice are noise; a sentence about a membership is not" {
	run sh -c "scm-split -k '$K/chrome.txt' | cut -f2,3"
	[ "${lines[4]}" = "$(printf '5\tnoise')" ]
	[ "${lines[5]}" = "$(printf '6\tnoise')" ]
	[ "${lines[6]}" = "$(printf '7\tnoise')" ]
	[ "${lines[9]}" = "$(printf '10\tpara')" ]
}

@test "hko5: a CP949 copy gives the records of the UTF-8 one (report.txt has ◦, which CP949 lacks)" {
	for f in catalog clauses chrome; do
		iconv -f UTF-8 -t CP949 "$K/$f.txt" > "$BATS_TEST_TMPDIR/$f.txt"
		run sh -c "scm-split -k -u sentence '$BATS_TEST_TMPDIR/$f.txt' 2>/dev/null | cut -f2-6"
		a="$output"
		run sh -c "scm-split -k -u sentence '$K/$f.txt' | cut -f2-6"
		[ "$a" = "$output" ]
	done
}

@test "hko5: a menu's row with a brand in capitals after its links (전체기사 최신뉴스 NEWS) is noise, no section over the story" {
	run sh -c "scm-split -k '$K/menu.txt' | cut -f2,3,4"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "$(printf '1\tnoise\t-')" ]
	[ "${lines[2]}" = "$(printf '3\theading\t-')" ]
}

@test "hko5: a title with an acronym and no link's word stays a heading (국방 뉴스 KIDA)" {
	run sh -c "scm-split -k '$K/menu.txt' | cut -f2,3"
	[ "${lines[4]}" = "$(printf '5\theading')" ]
}

@test "hko5: a paper's page: a search box's answer is noise, a two-digit year's date and an author with a note's mark are meta" {
	run sh -c "scm-split -k '$K/paper.txt' | cut -f2,3"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "$(printf '1\tnoise')" ]
	[ "${lines[1]}" = "$(printf '2\theading')" ]
	[ "${lines[2]}" = "$(printf '3\tmeta')" ]
	[ "${lines[3]}" = "$(printf '4\tmeta')" ]
	[ "${lines[4]}" = "$(printf '5\tpara')" ]
}

@test "hko5: three numbers that are no date (12. 13. 14.) are no meta" {
	run sh -c "scm-split -k '$K/paper.txt' | cut -f2,3"
	[ "${lines[5]}" = "$(printf '6\tpara')" ]
}

@test "hko5: a think tank's board: 작성시간 is a field, 메타정보 and a bullet's count (• 3) chrome, the section's title a heading" {
	run sh -c "scm-split -k '$K/board.txt' | cut -f2,3,4"
	[ "$status" -eq 0 ]
	[ "${lines[1]}" = "$(printf '2\tmeta\t동맹 비용분담의 쟁점과 과제 본문듣기')" ]
	[ "${lines[3]}" = "$(printf '4\tnoise\t동맹 비용분담의 쟁점과 과제 본문듣기')" ]
	[ "${lines[4]}" = "$(printf '5\tnoise\t동맹 비용분담의 쟁점과 과제 본문듣기')" ]
	[ "${lines[5]}" = "$(printf '6\theading\t동맹 비용분담의 쟁점과 과제 본문듣기')" ]
}

@test "hko5: a bullet before a count and a noun is an item; a sentence opening with 작성시간 a paragraph" {
	run sh -c "scm-split -k '$K/board.txt' | cut -f2,3"
	[ "${lines[7]}" = "$(printf '8\titem')" ]
	[ "${lines[8]}" = "$(printf '9\tpara')" ]
	[ "${#lines[@]}" -eq 9 ]
}
