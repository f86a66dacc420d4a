#!/usr/bin/env bats
# revs6: attacks on hko6's Korean rules (◯ turns, 붙임, 장소, 제3호, the
# ※ note, blog chrome, the byline), hcom6's clause rules (leadinclause,
# cutclause, scm-diff's fold) and widemenu's rows of tabs.  Fixtures of
# our own writing in tests/fixtures/revs6.
load helper
R="$FIX/revs6"

@test "revs6: a ※ line quoting 양해 바랍니다 in a story stays a block of the story, the note itself meta" {
	run sh -c "scm-split -k '$R/ko-attack.txt' | cut -f3,6"
	[ "${lines[13]}" = "$(printf 'item\t※ 이 기사는 녹취 내용을 바탕으로 작성됐으며 장관은 "양해 바랍니다"라고 말했습니다.')" ]
	[ "${lines[14]}" = "$(printf 'para\t그는 "속기록에 표기가 잘못됐다면 양해 바랍니다"라고 밝혔습니다.')" ]
	[ "${lines[15]}" = "$(printf 'meta\t※ 속기록 표기 오류가 있을 수 있으니 양해 바랍니다.')" ]
}

@test "revs6: near misses that behave: ◯위원장이, 붙임 자료를, 장소 선정을, 제3호 태풍, 국회사무처는, a blog's sentence on 카테고리 and 전체보기, by the end of" {
	run sh -c "scm-split -k '$R/ko-attack.txt' | cut -f3,6"
	[ "${lines[1]}" = "$(printf 'para\t◯위원장이 회의를 연 뒤 여야 의원들은 방위비 분담금 협상을 놓고 맞섰다.')" ]
	[ "${lines[5]}" = "$(printf 'para\t붙임 자료를 보면 한미 양국은 연합훈련 규모를 줄였다.')" ]
	[ "${lines[6]}" = "$(printf 'para\t장소 선정을 놓고 한미 국방당국은 이견을 보인 것으로 알려졌다.')" ]
	[ "${lines[7]}" = "$(printf 'meta\t장소 국방부 청사')" ]
	[ "${lines[8]}" = "$(printf 'heading\t제3호 태풍')" ]
	[ "${lines[9]}" = "$(printf 'para\t제3호 태풍 힌남노가 북상하면서 연합훈련 일정이 조정됐다.')" ]
	[ "${lines[12]}" = "$(printf 'para\t국회사무처는 회의록을 공개했다.')" ]
	[ "${lines[16]}" = "$(printf 'para\t이 블로그의 카테고리 이동 기능은 불편하다는 지적이 많다.')" ]
	[ "${lines[17]}" = "$(printf 'noise\t카테고리 이동')" ]
	[ "${lines[19]}" = "$(printf 'para\t전체보기 기능을 눌러 보면 한미 관련 글이 300건이 넘는다.')" ]
	[ "${lines[21]}" = "$(printf 'para\tby the end of Sep 08. 2022')" ]
	[ "${lines[22]}" = "$(printf 'meta\tby 김민수 Sep 08. 2022')" ]
	[ "${lines[23]}" = "$(printf 'para\tby Kim Min Sep 08. 2022 the talks resumed.')" ]
}

@test "revs6: a row of tab-parted cells with Hangul or prose words is no menu; a menu row of tabs stays noise" {
	run sh -c "scm-split -k '$R/tabrows.txt' | cut -f3,6"
	[ "${lines[0]}" != "$(printf 'noise\t명칭 키리졸브 동맹')" ]
	[ "${lines[1]}" != "$(printf 'noise\t훈련명 을지프리덤실드 연합연습')" ]
	[ "${lines[2]}" = "$(printf 'noise\t홈 뉴스 정치 국방 외교')" ]
	[ "${lines[3]}" = "$(printf 'noise\t전체기사 정치 국방 외교 로그인')" ]
	[ "${lines[4]}" = "$(printf 'noise\tHome News Politics Defense')" ]
	[ "${lines[5]}" != "$(printf 'noise\tExercise Key Resolve command post drill')" ]
	[ "${lines[6]}" = "$(printf 'noise\tReleases Transcripts Speeches')" ]
}

@test "revs6: an HWP table's rows of tabs, one block, kept as story" {
	run sh -c "scm-split -k '$R/tabtable.txt' | cut -f3,6"
	[ "${lines[1]}" = "$(printf 'para\t명칭 키리졸브 동맹 훈련명 을지프리덤실드 연합연습 기간 매년 3월 2주')" ]
	[ "${#lines[@]}" -eq 3 ]
}

@test "revs6: a report's last line '3. Conclusions and the way ahead' after clauses 1 and 2 stays a heading" {
	run sh -c "scm-split -k '$R/com-report.txt' | cut -f3,6"
	[ "${lines[3]}" = "$(printf 'heading\t3. Conclusions and the way ahead')" ]
}

@test "revs6: near misses: a lead-in with a short clause 1, a recommendations lead-in, a list after clauses, 4. Conclusions" {
	run sh -c "scm-split -k '$R/com-lead.txt' | cut -f3,6"
	[ "${lines[2]}" = "$(printf 'clause\t2. The Secretary and the Minister reviewed the security situation on the Korean Peninsula.')" ]
	[ "${lines[3]}" = "$(printf 'para\tAnalysts said the wording on extended deterrence was unchanged from last year.')" ]
	[ "${lines[8]}" = "$(printf 'heading\t4. Conclusions and the way ahead')" ]
}

@test "revs6: scm-diff of two years, commentary between the other's clauses: clauses paired, the commentary shown" {
	run scm-diff "$R/year1.txt" "$R/year2.txt"
	# the commentary is no part of clause 2 (the old copy's clause 2 does not
	# hold its words): clause 2 is the same, the commentary added
	[ "$(printf '%s\n' "${lines[@]}" | cut -f1-3 | tr '\n' ' ')" = "$(printf '=\t1\t1 ~\t¶1\t¶1 +\t-\t3 =\t¶2\t¶2 +\t-\t5 =\t¶3\t¶3 ')" ]
	printf '%s\n' "${lines[@]}" | grep -q '^+.*Analysts said the venue mattered less'
	printf '%s\n' "${lines[@]}" | grep -q '^+.*copied word for word'
}
