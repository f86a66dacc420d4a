#!/usr/bin/env bats
# Korean copies (hko3): a page's paragraph broken inside a word by a
# blank line, and a clause's number inside a Korean paste.  Fixtures of
# our own writing in tests/fixtures/hko3.
load helper
K="$FIX/hko3"

@test "hko3: a white paper's paragraph broken inside a word by a blank line goes on, its words whole" {
	run sh -c "scm-split -u sentence '$K/gapword.txt' | cut -f2,6"
	[ "$status" -eq 0 ]
	[ "${lines[1]}" = "$(printf '3.2\t이를 바탕으로 우리 군은 적의 도발에 즉각 대응할 수 있는 태세를 갖추고 있으며 수집된 첩보를 작전에 활용함으로써 상황을 안정적으로 관리하고 있다.')" ]
	[ "${lines[2]}" = "$(printf '3.3\t무인기와 정찰위성 등의 전력증강을 통해 독자적인 감시능력을 꾸준히 키워 나가고 있다.')" ]
}

@test "hko3: a title over a blank line stays a heading, its text a paragraph" {
	run sh -c "scm-split -k '$K/gapword.txt' | cut -f2,3,6"
	[ "${lines[3]}" = "$(printf '4\theading\t2. 위기관리 체계')" ]
	[ "${lines[4]}" = "$(printf '5\tpara\t위기관리 체계는 국가 차원의 지침에 따라 운영되고 있으며, 평시와 전시에 걸쳐 각 군의 임무를 구체적으로 정하고 있다.')" ]
	[ "${#lines[@]}" -eq 5 ]
}

@test "hko3: words apart at a line end keep their space (전통 / 해군, 방법으로 / 써서)" {
	run sh -c "printf '그는 오늘 전통\n해군 기지를 방문했다. 새로운 방법으로\n써서 보고하였다.\n' | scm-split | cut -f6"
	[ "$output" = "그는 오늘 전통 해군 기지를 방문했다. 새로운 방법으로 써서 보고하였다." ]
}

@test "hko3: a clause's number inside a Korean paste opens its clause" {
	run sh -c "scm-split -u sentence '$K/inlineclause.txt' | cut -f2,6"
	[ "$status" -eq 0 ]
	[ "${lines[2]}" = "$(printf '1.3\t▲자료=2026 국방 현황 118쪽 참조')" ]
	[ "${lines[3]}" = "$(printf '1.4\t1. 역내 경쟁 구도의 지속 강대국 간 경쟁이 이어지는 가운데 각국은 군사력을 늘리고 있다.')" ]
}

@test "hko3: a caption's number, a date and a decimal stay inside their sentence" {
	run sh -c "scm-split -u sentence '$K/inlineclause.txt' | cut -f2,6"
	[ "${lines[5]}" = "$(printf '2.1\t그림 1. 연합 지휘구조의 변화')" ]
	[ "${lines[6]}" = "$(printf '3.1\t회의는 2026. 11. 4. 서울에서 열렸으며 국방비는 2.6%% 늘었다.')" ]
	[ "${lines[7]}" = "$(printf '3.2\t표 3. 연도별 국방비')" ]
	# an English word before the number: no Korean rule
	[ "${lines[8]}" = "$(printf '4.1\tIn 2.')" ]
}

@test "hko3: the same records from a CP949 copy and from a one-line copy" {
	a=$(scm-split -u sentence "$K/inlineclause.txt" | cut -f2-)
	b=$(iconv -f UTF-8 -t CP949 "$K/inlineclause.txt" | scm-split -u sentence 2>/dev/null | cut -f2-)
	[ "$a" = "$b" ]
	run sh -c "head -1 '$K/inlineclause.txt' | tr -d '\n' | scm-split -u sentence | cut -f6 | sed -n 3,4p"
	[ "${lines[0]}" = "▲자료=2026 국방 현황 118쪽 참조" ]
	[ "${lines[1]}" = "1. 역내 경쟁 구도의 지속 강대국 간 경쟁이 이어지는 가운데 각국은 군사력을 늘리고 있다." ]
}

@test "hko3: a Korean sentence end that lost its space before a Latin name (했다.NCG) ends the sentence" {
	run sh -c "scm-split -u sentence '$K/inlineclause.txt' | cut -f2,6 | sed -n '11,\$p'"
	[ "${lines[0]}" = "$(printf '5.1\t양국은 협의체를 새로 만들었다.')" ]
	[ "${lines[1]}" = "$(printf '5.2\tNCG 회의는 해마다 열린다.')" ]
	# U.S.Army is no Korean end; 확인했어요.AP is
	[ "${lines[2]}" = "$(printf '5.3\t그는 U.S.Army 소속이다.')" ]
	[ "${lines[4]}" = "$(printf '5.5\tAP통신이 전했다.')" ]
}

@test "hko3: a report's contents, numbers starting again under each Roman part, one title a line" {
	run sh -c "scm-split -k '$K/contents.txt' | cut -f3,6"
	[ "$status" -eq 0 ]
	[ "${lines[2]}" = "$(printf 'heading\tⅡ. 연합방위의 현황')" ]
	[ "${lines[3]}" = "$(printf 'heading\t1. 6.25 전쟁과 동맹의 출발')" ]
	[ "${lines[5]}" = "$(printf 'heading\tⅢ. 맺음말')" ]
	run sh -c "scm-split -k '$K/contents2.txt' | cut -f3,6"
	[ "${lines[5]}" = "$(printf 'heading\t1. 9.19 군사합의 이후')" ]
	[ "${lines[6]}" = "$(printf 'heading\t2. 확장억제의 실행력')" ]
	[ "${#lines[@]}" -eq 8 ]
}

@test "hko3: the text's heading that meets its contents' line again is a heading, and the section of its text" {
	run sh -c "scm-split -k '$K/contents.txt' | cut -f2,3,4"
	[ "${lines[7]}" = "$(printf '8\theading\tⅢ. 맺음말')" ]
	[ "${lines[8]}" = "$(printf '9\tpara\t1. 6.25 전쟁과 동맹의 출발')" ]
}

@test "hko3: a date's month and day opening a line is no clause number (11. 13. 서울에서)" {
	run sh -c "printf '회의는\n11. 13. 서울에서 열렸다.\n' | scm-split -k | cut -f3,6"
	[ "$output" = "$(printf 'para\t회의는 11. 13. 서울에서 열렸다.')" ]
}

@test "hko3: a page broken at any syllable: a number's counter ends its word (3개 / 분과위원회), 3개 / 월 is one word" {
	run sh -c "scm-split '$K/counterwrap.txt' | cut -f6"
	[ "$status" -eq 0 ]
	case "$output" in *"모두 3개 분과위원회의 구성"*) ;; *) echo "$output"; false ;; esac
	case "$output" in *"한 3개월 만의 합의"*) ;; *) echo "$output"; false ;; esac
}

@test "hko3: a Korean end glued to a numbered word or a bullet (했다.2항, 했다.▼) ends the sentence; a note's number does not" {
	run sh -c "printf '협의하기로 했다.2항, 북측은 유감을 표명한다. 발표했다.▼ 다음은 전문이다. 그는 동의했다.1 그러나 반대도 있다.\n' | scm-split -u sentence | cut -f6"
	[ "${lines[0]}" = "협의하기로 했다." ]
	[ "${lines[1]}" = "2항, 북측은 유감을 표명한다." ]
	[ "${lines[2]}" = "발표했다." ]
	[ "${lines[3]}" = "▼ 다음은 전문이다." ]
	[ "${lines[4]}" = "그는 동의했다.1" ]
}

@test "hko3: a font size's buttons (• 크게 • 작게) are chrome; 크게 in a sentence is not" {
	run sh -c "printf '[전문] 공동보도문\n  • 크게\n  • 작게\n  • 프린트\n\n국방비가 크게\n늘었다.\n' | scm-split -k | cut -f3,6"
	[ "${lines[1]}" = "$(printf 'noise\t• 크게')" ]
	[ "${lines[2]}" = "$(printf 'noise\t• 작게')" ]
	[ "${lines[4]}" = "$(printf 'para\t국방비가 크게 늘었다.')" ]
}

@test "hko3: a briefing's list of the day's items (먼저, 두 번째로, ... 마지막으로,) is items alike; inside a wrapped sentence no item" {
	run sh -c "printf '오늘 제공해 드릴 자료는 3건입니다.\n먼저, 육군은 오늘 연합훈련을 실시합니다.\n두 번째로, 해군은 오늘 함정을 인수합니다.\n마지막으로, 공군은 내일 훈련을 마칩니다.\n' | scm-split -k | cut -f3"
	[ "$output" = "$(printf 'para\nitem\nitem\nitem')" ]
	run sh -c "printf '양측은 세 가지 과제를 논의하였다. 그 가운데\n먼저, 연합연습의 규모를 조정하는 문제가 다루어졌다.\n' | scm-split -k | cut -f3"
	[ "$output" = "para" ]
}

@test "hko3: a paper's date and its number in the series (2023. 08. 04. | CO 23-19) is meta, no heading over the paper" {
	run sh -c "printf '2026. 03. 12. | CO 26-07\n\n홍 길 동(연구위원)\n\n연합연습은 올해도 예정대로 열린다.\n' | scm-split -k | cut -f3,4"
	[ "${lines[0]}" = "$(printf 'meta\t-')" ]
	[ "${lines[2]}" = "$(printf 'para\t-')" ]
	# a date and a word: no such line
	run sh -c "printf '2026. 03. 12. | Home\n\nText.\n' | scm-split -k | cut -f3"
	[ "${lines[0]}" != "meta" ]
}

@test "hko3: a photo's caption with its credit glued (... 있다./연합뉴스) is meta; a story's sentence with one is not" {
	run sh -c "printf '국방부 장관이 5일 오전 회의에서 발언하고 있다./뉴스통신\n\n장관이 회의를 주재하고 있다. 왼쪽부터 합참의장, 육군참모총장./뉴스통신\n\n양국은 내년에 훈련을 확대할 계획이다./뉴스통신\n\n군은 준비가 되어 있다. 그는 훈련을 하겠다고 밝혔다./뉴스통신\n' | scm-split -k | cut -f3"
	[ "$output" = "$(printf 'meta\nmeta\npara\npara')" ]
}

@test "hko3 (revs): a caption's or an annex's number inside a sentence (부록 1., <사진 1.) cuts nothing; a clause's number still opens its clause" {
	run sh -c "printf '이 문서는 부록 1. 공동성명 전문을 포함한다. 양국은 이를 확인했다.\n<사진 1. 한미 국방장관 회담> 양국 장관이 악수하고 있다.\n' | scm-split -u sentence | cut -f2,6"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "$(printf '1.1\t이 문서는 부록 1. 공동성명 전문을 포함한다.')" ]
	[ "${lines[1]}" = "$(printf '1.2\t양국은 이를 확인했다.')" ]
	[ "${lines[2]}" = "$(printf '1.3\t<사진 1. 한미 국방장관 회담> 양국 장관이 악수하고 있다.')" ]
	[ "${#lines[@]}" -eq 3 ]
	run sh -c "printf '자세한 내용은 232쪽 참조 1. 지역 내 협력을 강화한다.\n' | scm-split -u sentence | cut -f2,6"
	[ "${lines[1]}" = "$(printf '1.2\t1. 지역 내 협력을 강화한다.')" ]
}

@test "hko3 (revs): a glued end before Latin inside a quotation or a link's path cuts nothing (간다.We go, go.kr/바다.NCG); outside one it does" {
	run sh -c "printf '그는 \"북한은 대가를 치를 것이다.ICBM 발사는 도발\"이라고 말했다.\n누리집(www.mnd.go.kr/바다.NCG)에서 볼 수 있다.\n양국은 NCG를 신설했다.NCG 회의는 연 4회 열린다.\n' | scm-split -u sentence | cut -f2,6"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "$(printf '1.1\t그는 \"북한은 대가를 치를 것이다.ICBM 발사는 도발\"이라고 말했다.')" ]
	[ "${lines[1]}" = "$(printf '1.2\t누리집(www.mnd.go.kr/바다.NCG)에서 볼 수 있다.')" ]
	[ "${lines[2]}" = "$(printf '1.3\t양국은 NCG를 신설했다.')" ]
	[ "${lines[3]}" = "$(printf '1.4\tNCG 회의는 연 4회 열린다.')" ]
}

@test "hko3 (revs): a counter's word going on past a syllable-broken line end (10개 / 항의, 3종 / 류의, 제3회 / 차, 2쪽 / 짜리) is one word; 2척 / 항공모함 two" {
	for pair in "10개:항의 합의:10개항의 합의" "3개:소의 기지:3개소의 기지" "3종:류의 무기:3종류의 무기" "제3회:차 회의:제3회차 회의" "2쪽:짜리 문서:2쪽짜리 문서" "2척:항공모함의 전개:2척 항공모함의 전개"; do
		a=${pair%%:*}; rest=${pair#*:}; b=${rest%%:*}; want=${rest#*:}
		run sh -c "sed -e 's/모두 3개\$/모두 $a/' -e 's/^분과위원회의 구성/$b/' '$K/counterwrap.txt' | scm-split | cut -f6"
		[ "$status" -eq 0 ]
		case "$output" in *"모두 $want 방안을"*) ;; *) echo "$pair: $output"; false ;; esac
	done
}

@test "hko3 (revs): a story's paragraph with a 있다. in it and its own end before a glued credit is text; a news paragraph opened by 먼저, is no item" {
	run sh -c "printf '국방부는 연합훈련을 축소하지 않고 있다. 한미 양국은 다음 달 워싱턴에서 후속 협의를 열 예정이다./연합뉴스\n\n이종섭 국방부 장관이 13일 국방부에서 열린 회의에서 발언하고 있다./연합뉴스\n' | scm-split -k | cut -f3"
	[ "$output" = "$(printf 'para\nmeta')" ]
	run sh -c "printf '한미 양국은 13일 서울에서 제55차 SCM을 열었다.\n\n먼저, 양국 장관은 북한의 핵 위협에 대한 평가를 공유했다. 이어 확장억제 강화 방안을 논의했다.\n\n먼저, 북한의 핵 위협에 대해 말씀드리겠습니다.\n' | scm-split -k | cut -f3"
	[ "$output" = "$(printf 'para\npara\nitem')" ]
}
