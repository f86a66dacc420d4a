#!/usr/bin/env bats
# Korean page copies (pdftotext): words cut at a line end are whole again,
# words parted at a line end keep their space.  Fixtures in
# tests/fixtures/ko: pdfwide.txt and briefwide.txt are broken at any
# syllable, their lines 78 to 85 columns wide; pdfwords.txt is the same
# text broken between words.
load helper
K="$FIX/ko"

has() {	# has WORD...: each word is in $output
	for w; do
		case "$output" in *"$w"*) ;; *) echo "missing: $w"; echo "$output"; return 1 ;; esac
	done
}
hasnt() {	# hasnt WORD...: none is
	for w; do
		case "$output" in *"$w"*) echo "found: $w"; echo "$output"; return 1 ;; esac
	done
}

@test "ko-pdf: a communique broken at any syllable, lines of 79 to 85 columns: its words are whole" {
	run sh -c "scm-split '$K/pdfwide.txt' | cut -f6"
	[ "$status" -eq 0 ]
	has 개최되었다. '한반도와 동북아의' '포괄적 전략동맹' 2027년까지 '현황을 점검하였다.' \
	    '공동주재하였으며' '김정은 정권' '재확인하였다.'
	hasnt '개최되 었다' '한반 도와' '포 괄적' '년까 지' '점 검하였다'
	# words that end at a line end keep their space
	has '위해 긴밀히' '양 장관은 대만해협' '하고 있음을'
	# and as sentences
	run sh -c "scm-split -u sentence '$K/pdfwide.txt' | cut -f6 | sed -n 3p"
	check 0 "1. 제58차 대한민국-미합중국 안보협의회의(SCM)가 2026년 11월 4일 서울에서 개최되었다."
}

@test "ko-pdf: a brief broken at any syllable with indented lines: its words whole, its short lines apart" {
	run sh -c "scm-split '$K/briefwide.txt' | cut -f6"
	[ "$status" -eq 0 ]
	has '한미일 안보협력' '대응해야 한다.' '미국의 국방전략서' '정상 간 합의' '전환의 목표연도' \
	    '한국의 기여'
	hasnt '한 미일' '한 다.' '미 국의' '정 상' '서론한미' '전환양측은'
	# a heading or a label, not a full line, ends no syllable of a word
	run sh -c "scm-split '$K/briefwide.txt' | cut -f6 | grep -x 'Ⅰ. 서론'"
	check 0 "Ⅰ. 서론"
}

@test "ko-pdf: the same text broken between words keeps every space" {
	run sh -c "scm-split '$K/pdfwords.txt' | cut -f6"
	check 0 "$(cat "$K/pdfwords.para")"
}

@test "ko-pdf: what never stands as a word alone joins the line before, in any text" {
	# a tense (었 였 았 겠) opens no word; 다. alone ends one; a stem in
	# 되 ends none; the second half of 까지, 부터, 처럼 alone
	run sh -c 'printf "%s\n" "1. 회의가 서울에서 개최되" "었다. 양측은 대응해야 한" "다. 2027년까" "지 마치기로 하였다." | scm-split | cut -f6'
	check 0 "1. 회의가 서울에서 개최되었다. 양측은 대응해야 한다. 2027년까지 마치기로 하였다."
	run sh -c 'printf "%s\n" "1. 양측은 협의를 강화하" "겠다고 밝혔다. 협정이 발표되" "지 않았다. 지난해부" "터 논의하였다." | scm-split | cut -f6'
	check 0 "1. 양측은 협의를 강화하겠다고 밝혔다. 협정이 발표되지 않았다. 지난해부터 논의하였다."
}

@test "ko-pdf: counter-cases: words that may stand alone after a line end keep their space" {
	# an adverb before 했다 (먼저 / 했다), 다 "all" before a space, the
	# ending 하되, a verb of saying after a quotation, 되 alone
	run sh -c 'printf "%s\n" "1. 미국 측이 발언을 먼저" "했다. 양측은 모두" "다 함께 노력하기로 하였다. 훈련을 허용하되" "규모를 제한한다. 그렇게" "되었다." | scm-split | cut -f6'
	check 0 "1. 미국 측이 발언을 먼저 했다. 양측은 모두 다 함께 노력하기로 하였다. 훈련을 허용하되 규모를 제한한다. 그렇게 되었다."
	# 지 opening a line after a word that is no 까 stays apart (떠난 / 지)
	run sh -c 'printf "%s\n" "1. 주한미군이 기지를 떠난" "지 3년이 지났다." | scm-split | cut -f6'
	check 0 "1. 주한미군이 기지를 떠난 지 3년이 지났다."
}
