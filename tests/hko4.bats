#!/usr/bin/env bats
# Korean copies (hko4): a photo's credit and caption under a story's
# paragraph, and a site's chrome (an ad's slot, buttons written as one
# word, a license mark, a call for comments).  Fixtures of our own
# writing in tests/fixtures/hko4.
load helper
K="$FIX/hko4"

@test "hko4: a photo's credit alone is meta, and the story under it keeps its section" {
	run sh -c "scm-split -k '$K/credits.txt' | cut -f2,3,4"
	[ "$status" -eq 0 ]
	[ "${lines[3]}" = "$(printf '4\tmeta\t한빛일보 단독 국방 개혁안 공개')" ]
	[ "${lines[5]}" = "$(printf '6\tpara\t한빛일보 단독 국방 개혁안 공개')" ]
}

@test "hko4: a caption with its credit after it is meta ((… =새날뉴스), … 해군본부 제공)" {
	run sh -c "scm-split -k '$K/credits.txt' | cut -f2,3,6"
	[ "${lines[1]}" = "$(printf '2\tmeta\t박정호 합참의장. (서울 한빛신문=새날뉴스)')" ]
	[ "${lines[6]}" = "$(printf '7\tmeta\t해군 이지스함의 기동 모습(2025년 5월 촬영). 해군본부 제공')" ]
}

@test "hko4: what is given is no credit (무기 제공, 정보 제공), nor a sentence before an agency's tag" {
	run sh -c "scm-split -k '$K/credits.txt' | cut -f2,3,6"
	[ "${lines[7]}" = "$(printf '8\theading\t동맹국에 무기 제공')" ]
	[ "${lines[8]}" = "$(printf '9\theading\t정보 제공')" ]
	[ "${lines[9]}" = "$(printf '10\tpara\t양국은 훈련 일정을 확정했다. (서울=새날뉴스)')" ]
	[ "${lines[10]}" = "$(printf '11\tpara\t미국은 동맹국에 정보를 적시에 제공했다.')" ]
}

@test "hko4: an ad's slot while it loads is noise, no heading over the story" {
	run sh -c "scm-split -k '$K/credits.txt' | cut -f2,3"
	[ "${lines[4]}" = "$(printf '5\tnoise')" ]
}

@test "hko4: a row of buttons written as one word is noise" {
	run sh -c "scm-split -k '$K/chrome.txt' | cut -f2,3"
	[ "${lines[1]}" = "$(printf '2\tnoise')" ]
	[ "${lines[2]}" = "$(printf '3\tnoise')" ]
	[ "${lines[3]}" = "$(printf '4\tpara')" ]
}

@test "hko4: a license mark, links to a new window, a link back and a call for comments are noise" {
	run sh -c "scm-split -k '$K/chrome.txt' | cut -f2,3"
	[ "${lines[4]}" = "$(printf '5\tnoise')" ]
	[ "${lines[5]}" = "$(printf '6\tnoise')" ]
	[ "${lines[6]}" = "$(printf '7\tnoise')" ]
	[ "${lines[7]}" = "$(printf '8\tnoise')" ]
	[ "${lines[8]}" = "$(printf '9\tnoise')" ]
}

@test "hko4: a title with those words stays a heading (의견을 남겨주세요 캠페인, 공공누리 제도, 열림, 이가이다)" {
	run sh -c "scm-split -k '$K/chrome.txt' | cut -f2,3"
	[ "${lines[9]}" = "$(printf '10\theading')" ]
	[ "${lines[10]}" = "$(printf '11\theading')" ]
	[ "${lines[11]}" = "$(printf '12\theading')" ]
	[ "${lines[12]}" = "$(printf '13\theading')" ]
	[ "${#lines[@]}" -eq 13 ]
}

@test "hko4: a credit's records keep the bytes of the line" {
	run sh -c "scm-split -u sentence '$K/credits.txt' | cut -f2,6"
	[ "${lines[5]}" = "$(printf '7.1\t해군 이지스함의 기동 모습(2025년 5월 촬영).')" ]
	[ "${lines[6]}" = "$(printf '7.2\t해군본부 제공')" ]
}

@test "hko4: a transcript pasted with no full stop is cut after each 니다 (and before 【 기자 】, ▶ 인터뷰)" {
	run sh -c "scm-split -u sentence '$K/transcript.txt' | cut -f2,6"
	[ "$status" -eq 0 ]
	[ "${lines[1]}" = "$(printf '2.1\t【 앵커 】 군 당국이 다음 달 연합훈련 일정을 확정했습니다')" ]
	[ "${lines[2]}" = "$(printf '2.2\t훈련 규모는 예년과 비슷할 전망입니다')" ]
	[ "${lines[3]}" = "$(printf '2.3\t김민수 기자입니다')" ]
	[ "${lines[4]}" = "$(printf '2.4\t【 기자 】 합참은 오늘 훈련 계획을 발표했습니다')" ]
}

@test "hko4: 니다 inside an open quote ends no sentence" {
	run sh -c "scm-split -u sentence '$K/transcript.txt' | cut -f2,6"
	[ "${lines[5]}" = "$(printf '2.5\t▶ 인터뷰 : 박정호 / 합참 대변인 - \"계획대로 진행하겠습니다 \" 훈련은 열흘 동안 이어질 예정입니다')" ]
	[ "${#lines[@]}" -eq 6 ]
	run sh -c "printf '그는 \"준비를 마쳤습니다 이제 시작합니다\"라고 말했다.\n' | scm-split -u sentence | cut -f6"
	[ "$output" = '그는 "준비를 마쳤습니다 이제 시작합니다"라고 말했다.' ]
}

@test "hko4: 니다 before more words and a later full stop ends its sentence; 니다만 and 니다. as before" {
	run sh -c "printf '관계자는 훈련이 방어적이라고 설명했습니다 하지만 북한은 반발했다.\n\n준비는 끝났습니다만 일정은 미정이다. 훈련은 계속됩니다. 다음 달에 끝난다.\n' | scm-split -u sentence | cut -f2,6"
	[ "${lines[0]}" = "$(printf '1.1\t관계자는 훈련이 방어적이라고 설명했습니다')" ]
	[ "${lines[1]}" = "$(printf '1.2\t하지만 북한은 반발했다.')" ]
	[ "${lines[2]}" = "$(printf '2.1\t준비는 끝났습니다만 일정은 미정이다.')" ]
	[ "${lines[3]}" = "$(printf '2.2\t훈련은 계속됩니다.')" ]
	[ "${#lines[@]}" -eq 5 ]
}

@test "hko4: a page's reader aloud (말하기 속도, 본문 듣기를 종료하였습니다.) is noise; a title or a sentence with its words is not" {
	run sh -c "scm-split -k '$K/reader.txt' | cut -f2,3,4"
	[ "${lines[1]}" = "$(printf '2\tnoise\t국방부 정례 브리핑')" ]
	[ "${lines[2]}" = "$(printf '3\tnoise\t국방부 정례 브리핑')" ]
	[ "${lines[3]}" = "$(printf '4\tpara\t국방부 정례 브리핑')" ]
	[ "${lines[4]}" = "$(printf '5\theading\t국방부 정례 브리핑')" ]
	[ "${lines[5]}" = "$(printf '6\tpara\t말하기 속도를 조절하는 훈련')" ]
}

@test "hko4: a broadcast's sign-off and the anchor's handoff on their own lines are meta" {
	run sh -c "scm-split -k '$K/signoff.txt' | cut -f2,3"
	[ "$status" -eq 0 ]
	[ "${lines[1]}" = "$(printf '2\tmeta')" ]
	[ "${lines[3]}" = "$(printf '4\tmeta')" ]
	[ "${lines[4]}" = "$(printf '5\tmeta')" ]
}

@test "hko4: a sentence in 입니다 with no station or name stays a paragraph" {
	run sh -c "scm-split -k '$K/signoff.txt' | cut -f2,3"
	[ "${lines[0]}" = "$(printf '1\tpara')" ]
	[ "${lines[2]}" = "$(printf '3\tpara')" ]
	[ "${lines[5]}" = "$(printf '6\tpara')" ]
	[ "${lines[6]}" = "$(printf '7\tpara')" ]
	[ "${lines[7]}" = "$(printf '8\tpara')" ]
}
