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

@test "ko-pdf: a report's dates with a two-digit year after an apostrophe ('26. 11. 4., ’26. 10. 30.) end no sentence" {
	run sh -c "printf '%s\n' \"□ 제58차 회의가 '26. 11. 4. 서울에서 개최될 예정임.\" \"○ '26. 10. 30.(목) : 실무협의\" '○ ’26. 11. 3.(월) : 문안 조율' \"○ 제5차 회의('26. 6.) 결과를 반영함. 다음 회의는 미정임.\" | scm-split -u sentence | cut -f6"
	check 0 "□ 제58차 회의가 '26. 11. 4. 서울에서 개최될 예정임.
○ '26. 10. 30.(목) : 실무협의
○ ’26. 11. 3.(월) : 문안 조율
○ 제5차 회의('26. 6.) 결과를 반영함.
다음 회의는 미정임."
	# a year alone before a word that is no date's still ends its sentence
	run sh -c "printf '%s\n' \"He joined in '26. 11 people came. 올해는 '26. 내년은 '27.\" | scm-split -u sentence | cut -f6"
	check 0 "He joined in '26.
11 people came.
올해는 '26.
내년은 '27."
}

@test "ko-pdf: end marks: (끝) after a one-line story's last sentence opens its tail; 끝. after a paper's last sentence is meta, no sentence" {
	story="연합뉴스 전체메뉴 정치 북한 경제 산업 사회 한미, SCM서 비핵화 재확인 송고2026-11-04 18:31 김호준 기자 (서울=연합뉴스) 김호준 기자 = 한미 국방장관은 4일 서울에서 열린 제58차 한미안보협의회의(SCM)에서 북한의 완전한 비핵화 목표를 재확인했다. 양측은 전시작전통제권 전환을 위한 완전운용능력(FOC) 검증을 연내 마치기로 했다. 한편 북한 조선중앙통신은 이날 오후 한미의 대결 모의라고 비난했다.(끝) hojun@yna.co.kr <저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지> 2026/11/04 18:31 송고 관련 뉴스 헤그세스, 판문점 방문"
	run sh -c 'printf "%s\n" "$1" | scm-split -k | cut -f3,6 | tail -n 4' - "$story"
	check 0 "para	(서울=연합뉴스) 김호준 기자 = 한미 국방장관은 4일 서울에서 열린 제58차 한미안보협의회의(SCM)에서 북한의 완전한 비핵화 목표를 재확인했다. 양측은 전시작전통제권 전환을 위한 완전운용능력(FOC) 검증을 연내 마치기로 했다. 한편 북한 조선중앙통신은 이날 오후 한미의 대결 모의라고 비난했다.
meta	(끝)
meta	hojun@yna.co.kr
noise	<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지> 2026/11/04 18:31 송고 관련 뉴스 헤그세스, 판문점 방문"
	# /끝/ with a space before it too
	run sh -c 'printf "%s\n" "$1" | sed "s|다\.(끝)|다. /끝/|" | scm-split -k | cut -f3,6 | tail -n 3 | head -n 1' - "$story"
	check 0 "meta	/끝/"
	# a government paper's 끝. after its last item, or on a line alone
	run sh -c "printf '%s\n' '□ 향후 계획' \"○ '26. 11. 4.(화) : 제58차 SCM 개최.  끝.\" | scm-split -k -u sentence | cut -f3,6"
	check 0 "heading	□ 향후 계획
item	○ '26. 11. 4.(화) : 제58차 SCM 개최.
meta	끝."
	run sh -c "printf '%s\n' '1. 회의를 개최하였다.' '' '끝.' | scm-split -k | cut -f3,6"
	check 0 "clause	1. 회의를 개최하였다.
meta	끝."
	# 끝 in a sentence is a word: 전쟁의 끝., 끝이, 끝내
	run sh -c "printf '%s\n' '그것은 전쟁의 끝. 끝이 아니다. 끝내 합의했다.' | scm-split -k -u sentence | cut -f3,6"
	check 0 "para	그것은 전쟁의 끝.
para	끝이 아니다.
para	끝내 합의했다."
}

@test "ko-pdf: the ending 되 before a word keeps its space; a passive stem 되 joins its ending alone" {
	# 따르되, 않되, 두되 end a word when the next line opens with another
	run sh -c 'printf "%s\n" "1. 양측은 이번 회의에서 핵 위협에 대해 국제 규범을 따르되" "자율적으로 대응하기로 했다. 핵무기를 먼저 사용하지 않되" "모든 수단을 쓰기로 했다. 여지를 두되" "원칙은 지키기로 했다." | scm-split | cut -f6'
	check 0 "1. 양측은 이번 회의에서 핵 위협에 대해 국제 규범을 따르되 자율적으로 대응하기로 했다. 핵무기를 먼저 사용하지 않되 모든 수단을 쓰기로 했다. 여지를 두되 원칙은 지키기로 했다."
	# counter-case: 발표되 / 지, 구성되 / 어, 평가되 / 는 are one word
	run sh -c 'printf "%s\n" "1. 협정이 발표되" "지 않았다. 체계가 구성되" "어 있다. 긍정적으로 평가되" "는 점이다." | scm-split | cut -f6'
	check 0 "1. 협정이 발표되지 않았다. 체계가 구성되어 있다. 긍정적으로 평가되는 점이다."
}

@test "ko-pdf: 다. or 다) after a list's 나. is a label, 요. after a noun too; 다. after a verb's stem joins" {
	run sh -c 'printf "%s\n" "1. 양측은 다음에 합의하였다. 가. 확장억제 강화 나. 전작권 전환" "다. 주한미군 유지 (가. 억제 나. 대응" "다) 협력) 주요 결과" "요. 확장억제 공약을 재확인하였다." | scm-split | cut -f6'
	check 0 "1. 양측은 다음에 합의하였다. 가. 확장억제 강화 나. 전작권 전환 다. 주한미군 유지 (가. 억제 나. 대응 다) 협력) 주요 결과 요. 확장억제 공약을 재확인하였다."
	# counter-case: no list before, or 다. alone: the word's end; 요. after 어
	run sh -c 'printf "%s\n" "1. 양측은 회의 결과에 따라 함께 대응하기로 했다. 양측은 대응해야 한" "다. 그 결과는 좋았" "다. 회의는 잘 되고 있어" "요. 그래서 안심이 돼" "요." | scm-split | cut -f6'
	check 0 "1. 양측은 회의 결과에 따라 함께 대응하기로 했다. 양측은 대응해야 한다. 그 결과는 좋았다. 회의는 잘 되고 있어요. 그래서 안심이 돼요."
	# in a copy broken at any syllable as well
	run sh -c "cat '$K/pdfwide.txt' '$K/pdfwidetail.txt' | scm-split | cut -f6"
	has '나. 전환 다. 주한미군'
	hasnt '전환다.'
}

@test "ko-pdf: a text wrapped between words keeps the words its author spaced, though the text spells them whole later" {
	# 국방 / 장관은 above 국방장관은, 주한 / 미군의 above 주한미군: no page
	# broken at any syllable, so neither the lines ahead nor the names
	run sh -c "scm-split '$K/prosewrap.txt' | cut -f6"
	check 0 "$(cat "$K/prosewrap.para")"
	# counter-case: a copy broken at any syllable takes them as seen
	run sh -c "scm-split '$K/pdfwide.txt' | cut -f6"
	has '한반도와 동북아의' '포괄적 전략동맹'
}

@test "ko-pdf: 위해, 대해 end a word only as those two syllables; particles of two syllables and 지 before 않 end one" {
	run sh -c "cat '$K/pdfwide.txt' '$K/pdfwidetail.txt' | scm-split | cut -f6"
	[ "$status" -eq 0 ]
	# a verb of three syllables in 해 goes on (합의해 / 야)
	has '합의해야 한다는' '확인해야 한다는' '중대해지는 상황' '보관해야 한다는'
	hasnt '합의해 야' '확인해 야' '중대해 지는' '보관해 야'
	# 까지, 에서 end a word; 요구하지 / 않았다고
	has '시점까지 관련' '요구하지 않았다고'
	hasnt '시점까지관련' '요구하지않았다고'
	# counter-cases: 위해 / 서, 까지 / 는 go on; 위해 / 긴밀히 stays apart
	has '개최를 위해서 양국' '2029년까지는 지속' '위해 긴밀히'
	hasnt '위해 서' '2029년까지 는'
}
