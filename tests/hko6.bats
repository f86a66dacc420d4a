#!/usr/bin/env bats
# Korean copies (hko6): the minutes of the National Assembly (their
# header, a speaker's turn opened by ◯), a briefing's transcript (its
# [질문·답변] part and the ※ note on it), a blog's chrome (카테고리
# 이동, 검색 MY메뉴 열기).  Fixtures of our own writing in
# tests/fixtures/hko6.
load helper
K="$FIX/hko6"

@test "hko6: the minutes' header: the title a heading, 제5호, 국회사무처 and 장소 meta" {
	run sh -c "scm-split -k '$K/minutes.txt' | cut -f2,3,4,6"
	[ "$status" -eq 0 ]
	[ "${lines[2]}" = "$(printf '3\theading\t제412회 국회\t국방위원회회의록')" ]
	[ "${lines[3]}" = "$(printf '4\tmeta\t국방위원회회의록\t제5호')" ]
	[ "${lines[4]}" = "$(printf '5\tmeta\t국방위원회회의록\t국회사무처')" ]
	[ "${lines[6]}" = "$(printf '7\tmeta\t국방위원회회의록\t장소 국방위원회회의실')" ]
}

@test "hko6: each ◯ turn of the minutes is a block of its own, its next line in it" {
	run sh -c "scm-split -k '$K/minutes.txt' | cut -f2,3,6"
	[ "${lines[8]}" = "$(printf '9\titem\t◯위원장 윤재석 성원이 되었으므로 국방위원회를 개의하겠습니다. 의사일정 제1항을 상정합니다.')" ]
	[ "${lines[9]}" = "$(printf '10\titem\t◯국방부장관 한지훈 보고드리겠습니다. 제57차 안보협의회의 결과는 다음과 같습니다.')" ]
	[ "${lines[10]}" = "$(printf '11\titem\t◯이수아 위원 장관께 묻겠습니다. 공동성명에 담긴 국방비 수치는 확정된 것입니까?')" ]
	[ "${lines[12]}" = "$(printf '13\titem\t○합동참모의장 오민혁 연합연습은 예정대로 실시됩니다.')" ]
	[ "${#lines[@]}" -eq 14 ]
}

@test "hko6: a turn's sentences keep the speaker on the first" {
	run sh -c "scm-split -u sentence '$K/minutes.txt' | cut -f2,6 | grep '^10\.'"
	[ "${lines[0]}" = "$(printf '10.1\t◯국방부장관 한지훈 보고드리겠습니다.')" ]
	[ "${#lines[@]}" -eq 2 ]
}

@test "hko6: [질문·답변] heads the briefing's turns; the ※ note on the transcript is meta" {
	run sh -c "scm-split -k '$K/briefing.txt' | cut -f2,3,4"
	[ "$status" -eq 0 ]
	[ "${lines[1]}" = "$(printf '2\theading\t-')" ]
	[ "${lines[2]}" = "$(printf '3\tmeta\t[질문·답변]')" ]
	[ "${lines[3]}" = "$(printf '4\tpara\t[질문·답변]')" ]
	[ "${lines[4]}" = "$(printf '5\tpara\t[질문·답변]')" ]
}

@test "hko6: a blog's 카테고리 이동 and 검색 MY메뉴 열기 are chrome" {
	run sh -c "scm-split -k '$K/blog.txt' | cut -f2,3"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "$(printf '1\theading')" ]
	[ "${lines[1]}" = "$(printf '2\tnoise')" ]
	[ "${lines[2]}" = "$(printf '3\tnoise')" ]
	[ "${lines[5]}" = "$(printf '6\tpara')" ]
}

@test "hko6: negatives: a sentence about a chair or a minister after ◯, a ※ line of another kind, 제5호 태풍, 장소 선정, 부대 이동 stay as they were" {
	run sh -c "scm-split -k '$K/negatives.txt' | cut -f3"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = para ]
	[ "${lines[1]}" = para ]
	[ "${lines[2]}" = para ]
	[ "${lines[3]}" = item ]
	[ "${lines[4]}" = item ]
	[ "${lines[5]}" = para ]
	[ "${lines[6]}" = para ]
	[ "${lines[7]}" = heading ]
	[ "${lines[8]}" = heading ]
	[ "${lines[9]}" = para ]
	[ "${lines[10]}" = para ]
}

@test "hko6: ◯ with a space is a bullet as ○ is; with no space and no speaker, no item" {
	run sh -c "printf '◯ 한미 양국은 합의하였다.\n\n◯한미 양국은 합의하였다.\n' | scm-split -k | cut -f3"
	[ "${lines[0]}" = item ]
	[ "${lines[1]}" = para ]
}

@test "hko6: CP949 copies of the briefing and of the minutes (○ for ◯, which CP949 lacks) give the same records" {
	iconv -f UTF-8 -t CP949 "$K/briefing.txt" > "$BATS_TEST_TMPDIR/b.txt"
	run sh -c "scm-split -k '$BATS_TEST_TMPDIR/b.txt' 2>/dev/null | cut -f2-"
	[ "$output" = "$(scm-split -k "$K/briefing.txt" | cut -f2-)" ]
	sed 's/◯/○/' "$K/minutes.txt" > "$BATS_TEST_TMPDIR/u.txt"
	iconv -f UTF-8 -t CP949 "$BATS_TEST_TMPDIR/u.txt" > "$BATS_TEST_TMPDIR/m.txt"
	run sh -c "scm-split -k '$BATS_TEST_TMPDIR/m.txt' 2>/dev/null | cut -f2-"
	[ "$output" = "$(scm-split -k "$BATS_TEST_TMPDIR/u.txt" | cut -f2-)" ]
	[ "$(scm-split -k "$BATS_TEST_TMPDIR/u.txt" | cut -f3 | grep -c item)" -eq 5 ]
}

@test "hko6: a release's 붙임 line after an item's sentence is an item of its own" {
	run sh -c "scm-split -k '$K/release.txt' | cut -f2,3,6"
	[ "$status" -eq 0 ]
	[ "${lines[5]}" = "$(printf '6\titem\tㅇ 양측은 연합방위태세를 점검하였다.')" ]
	[ "${lines[6]}" = "$(printf '7\titem\t붙임 1. 공동성명 국문본 1부.')" ]
	[ "${lines[7]}" = "$(printf '8\titem\t2. 공동성명 영문본 1부.')" ]
}

@test "hko6: a brunch post's banner is noise, its byline with the month's abbreviation meta, its title a heading; 하단 배너 영역 noise" {
	run sh -c "scm-split -k '$K/brunch.txt' | cut -f2,3"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "$(printf '1\tnoise')" ]
	[ "${lines[1]}" = "$(printf '2\tnoise')" ]
	[ "${lines[2]}" = "$(printf '3\tnoise')" ]
	[ "${lines[3]}" = "$(printf '4\tmeta')" ]
	[ "${lines[4]}" = "$(printf '5\theading')" ]
	[ "${lines[5]}" = "$(printf '6\tpara')" ]
	[ "${lines[6]}" = "$(printf '7\tnoise')" ]
	run sh -c "scm-split '$K/brunch.txt' | cut -f3 | tr '\n' ' '"
	[ "$output" = "meta heading para " ]
}

@test "hko6: a blog's 분류 전체보기648 and a paper's 전체기사보기 are chrome" {
	run sh -c "printf '분류 전체보기648\n\n전체기사보기\n\n하단 배너 영역\n' | scm-split -k | cut -f3"
	[ "$output" = "$(printf 'noise\nnoise\nnoise')" ]
}

@test "hko6: negatives: 붙임 in a sentence, brunch or the banner's words in a sentence, 작전 영역, a sentence on 영역, by and a phrase before a date stay as they were" {
	run sh -c "scm-split -k '$K/chrome-neg.txt' | cut -f3"
	[ "$status" -eq 0 ]
	[ "$output" = "$(printf 'para\npara\npara\npara\npara\nheading\npara\npara')" ]
}

@test "hko6: a bullet before the title of a statement's text (◆ … 공동성명 전문) is a heading, the clauses under it; a sentence about it and 전문 인력 stay items" {
	run sh -c "scm-split -k '$K/fulltext.txt' | cut -f2,3,4"
	[ "$status" -eq 0 ]
	[ "${lines[1]}" = "$(printf '2\theading\t-')" ]
	[ "${lines[2]}" = "$(printf '3\tclause\t◆ 제57차 한미안보협의회의 공동성명 전문')" ]
	[ "${lines[3]}" = "$(printf '4\tclause\t◆ 제57차 한미안보협의회의 공동성명 전문')" ]
	[ "${lines[4]}" = "$(printf '5\titem\t◆ 제57차 한미안보협의회의 공동성명 전문')" ]
	[ "${lines[5]}" = "$(printf '6\titem\t◆ 제57차 한미안보협의회의 공동성명 전문')" ]
}

@test "hko6: a board's label letter-spaced (제   목) is chrome, the title under it a heading; 제목 없음 is not" {
	run sh -c "printf '제   목\n한미동맹의 다음 과제\n작성자\n평화포럼\n\n제목 없음\n' | scm-split -k | cut -f3,4"
	[ "${lines[0]}" = "$(printf 'noise\t-')" ]
	[ "${lines[1]}" = "$(printf 'heading\t-')" ]
	[ "${lines[4]}" = "$(printf 'heading\t한미동맹의 다음 과제')" ]
}
