#!/usr/bin/env bats
# Korean pages as analysts copy them: a news site's buttons, a ministry's
# press release header, a report's boxes, a broadcast's speaker markers,
# a page title's breadcrumb, a blog's buttons and its box of other posts.
# Each rule with the cases it must leave alone.
load helper

k() {	# k: kind, section and text of each block of standard input, noise kept
	scm-split -k | cut -f3,4,6
}

@test "ko-web: a news site's buttons are chrome, the body its own paragraph under the headline" {
	run k <<'IN'
한미 국방장관 회의 열려
김민서 기자
글자 크기 설정
글씨크기
기사 듣기
인쇄
스크랩
번역
공유
구독
한국과 미국 국방장관이 4일 서울에서 회의를 열고
북한이 핵 공격을 감행할 경우 정권의 종말로 귀결될 것이라고 경고했다.
IN
	check 0 "heading	-	한미 국방장관 회의 열려
meta	한미 국방장관 회의 열려	김민서 기자
noise	한미 국방장관 회의 열려	글자 크기 설정
noise	한미 국방장관 회의 열려	글씨크기
noise	한미 국방장관 회의 열려	기사 듣기
noise	한미 국방장관 회의 열려	인쇄
noise	한미 국방장관 회의 열려	스크랩
noise	한미 국방장관 회의 열려	번역
noise	한미 국방장관 회의 열려	공유
noise	한미 국방장관 회의 열려	구독
para	한미 국방장관 회의 열려	한국과 미국 국방장관이 4일 서울에서 회의를 열고 북한이 핵 공격을 감행할 경우 정권의 종말로 귀결될 것이라고 경고했다."
}

@test "ko-web: 설정 and 기타 alone, or beside a word of the text, are no buttons" {
	run k <<'IN'
제목입니다

본문이다.

기타

목표 설정

다음 문단이다.
IN
	check 0 "heading	-	제목입니다
para	제목입니다	본문이다.
heading	제목입니다	기타
heading	기타	목표 설정
para	목표 설정	다음 문단이다."
}

@test "ko-web: a press release's header keyed with a TAB is meta, its title a heading, its subtitles meta" {
	run k < <(printf '보 도 자 료\n보도일시\t2026. 11. 4.(수) 18:00 이후\n담당부서\t국방정책실 미국정책과\n담당자\t과장 대령 김성훈 (02-748-6331)\n\t담당 중령 박지현 (02-748-6335)\n\n제58차 한미안보협의회의(SCM) 개최 결과\n- 한미 국방장관, 확장억제 실행력 강화 합의 -\n- 한미일 안보협력 확대 방안 논의 -\n\n□ 양 장관은 회의를 개최하였다.\n')
	check 0 "noise	-	보 도 자 료
meta	-	보도일시 2026. 11. 4.(수) 18:00 이후
meta	-	담당부서 국방정책실 미국정책과
meta	-	담당자 과장 대령 김성훈 (02-748-6331)
meta	-	담당 중령 박지현 (02-748-6335)
heading	-	제58차 한미안보협의회의(SCM) 개최 결과
meta	제58차 한미안보협의회의(SCM) 개최 결과	- 한미 국방장관, 확장억제 실행력 강화 합의 -
meta	제58차 한미안보협의회의(SCM) 개최 결과	- 한미일 안보협력 확대 방안 논의 -
item	제58차 한미안보협의회의(SCM) 개최 결과	□ 양 장관은 회의를 개최하였다."
}

@test "ko-web: a key's word opening a sentence, a phone inside a sentence, are no header" {
	run k <<'IN'
제목

담당자 교육 강화 방안을 마련하였다.

대표번호 02-748-1111로 문의하시기 바랍니다.
IN
	check 0 "noise	-	제목
para	-	담당자 교육 강화 방안을 마련하였다.
para	-	대표번호 02-748-1111로 문의하시기 바랍니다."
}

@test "ko-web: a short title held at the top stays a heading over its subtitle" {
	run k < <(printf 'SCM 개최 결과\n- 한미 국방장관, 확장억제 강화 합의 -\n\n□ 양 장관은 회의를 개최하였다.\n')
	check 0 "heading	-	SCM 개최 결과
meta	SCM 개최 결과	- 한미 국방장관, 확장억제 강화 합의 -
item	SCM 개최 결과	□ 양 장관은 회의를 개최하였다."
}

@test "ko-web: a box's line over sub-points is a heading whatever its words; two box lines are two blocks" {
	run k <<'IN'
제58차 한미안보협의회의 개최 결과

□ 전시작전통제권 전환
□ 지역 및 글로벌 안보협력
  ○ 양 장관은 3자 훈련을 연 1회 이상 실시하기로 하였다.

□ 우주·사이버 등 신영역 협력 강화
  ○ 양 장관은 우주 협력을 강화하기로 하였다.
□ 주한미군 및 방위비
  - 양측은 주한미군 규모를 유지하기로 하였다.
□ 양국 국방장관 공동성명 채택 및 발표
□ 한미 연합연습 정례화 및 확대 추진

끝.
IN
	check 0 "heading	-	제58차 한미안보협의회의 개최 결과
heading	제58차 한미안보협의회의 개최 결과	□ 전시작전통제권 전환
heading	□ 전시작전통제권 전환	□ 지역 및 글로벌 안보협력
item	□ 지역 및 글로벌 안보협력	○ 양 장관은 3자 훈련을 연 1회 이상 실시하기로 하였다.
heading	□ 지역 및 글로벌 안보협력	□ 우주·사이버 등 신영역 협력 강화
item	□ 우주·사이버 등 신영역 협력 강화	○ 양 장관은 우주 협력을 강화하기로 하였다.
heading	□ 우주·사이버 등 신영역 협력 강화	□ 주한미군 및 방위비
item	□ 주한미군 및 방위비	- 양측은 주한미군 규모를 유지하기로 하였다.
item	□ 주한미군 및 방위비	□ 양국 국방장관 공동성명 채택 및 발표
item	□ 주한미군 및 방위비	□ 한미 연합연습 정례화 및 확대 추진
meta	□ 주한미군 및 방위비	끝."
}

@test "ko-web: a box's sentence or task over sub-points stays an item" {
	run k <<'IN'
결과

□ 양 장관은 회의를 개최하였다.
  ○ 회의 후 공동성명을 채택하였다.
□ 연합훈련을 정례화
  ○ 연 2회로 확대
IN
	check 0 "heading	-	결과
item	결과	□ 양 장관은 회의를 개최하였다.
item	결과	○ 회의 후 공동성명을 채택하였다.
item	결과	□ 연합훈련을 정례화
item	결과	○ 연 2회로 확대"
}

@test "ko-web: a broadcast's speaker markers are headings alike, met again too; the call for tips is chrome" {
	run k <<'IN'
한미 국방장관 "北 핵공격 시 정권 종말"...전작권 전환 가속
2026.11.04. 오후 6:12
◀ 앵커 ▶
한미 국방장관이 오늘 서울에서 연례 안보협의회의를 열었습니다.
국방부 연결합니다. 김지훈 기자!
◀ 기자 ▶
네, 국방부에 나와 있습니다.
[앵커]
오늘 회의 결과, 어떻게 정리할 수 있을까요?
[기자]
네, 오늘 회의의 핵심은 확장억제와 전작권 전환입니다.
[앵커]
목표연도는 정해지지 않았죠?
[기자]
그렇습니다.
※ '당신의 제보가 뉴스가 됩니다' [카카오톡] YTN 검색해 채널 추가 [전화] 02-398-8585 [메일] social@ytn.co.kr
IN
	check 0 "heading	-	한미 국방장관 \"北 핵공격 시 정권 종말\"...전작권 전환 가속
meta	한미 국방장관 \"北 핵공격 시 정권 종말\"...전작권 전환 가속	2026.11.04. 오후 6:12
heading	한미 국방장관 \"北 핵공격 시 정권 종말\"...전작권 전환 가속	◀ 앵커 ▶
para	◀ 앵커 ▶	한미 국방장관이 오늘 서울에서 연례 안보협의회의를 열었습니다. 국방부 연결합니다. 김지훈 기자!
heading	◀ 앵커 ▶	◀ 기자 ▶
para	◀ 기자 ▶	네, 국방부에 나와 있습니다.
heading	◀ 기자 ▶	[앵커]
para	[앵커]	오늘 회의 결과, 어떻게 정리할 수 있을까요?
heading	[앵커]	[기자]
para	[기자]	네, 오늘 회의의 핵심은 확장억제와 전작권 전환입니다.
heading	[기자]	[앵커]
para	[앵커]	목표연도는 정해지지 않았죠?
heading	[앵커]	[기자]
para	[기자]	그렇습니다.
noise	[기자]	※ '당신의 제보가 뉴스가 됩니다' [카카오톡] YTN 검색해 채널 추가 [전화] 02-398-8585 [메일] social@ytn.co.kr"
}

@test "ko-web: a marker with its turn on the line, a bracketed name, a tip in a sentence are left alone" {
	run k <<'IN'
제목

[앵커] 오늘 회의 결과를 정리해 드립니다.

[전문가] 김철수

국방부는 북한 관련 제보를 전화로 받았다고 밝혔다.
IN
	check 0 "noise	-	제목
para	-	[앵커] 오늘 회의 결과를 정리해 드립니다.
heading	-	[전문가] 김철수
para	[전문가] 김철수	국방부는 북한 관련 제보를 전화로 받았다고 밝혔다."
}

@test "ko-web: a title's site and breadcrumb after ' | ' are chrome; a title with a site's name alone is kept" {
	run k <<'IN'
제58차 한미안보협의회의 공동성명 | 국방부 > 알림마당 > 보도자료 제58차 한미안보협의회의 공동성명

1. 제58차 대한민국-미합중국 안보협의회의(SCM)가 서울에서 개최되었다.
IN
	check 0 "heading	-	제58차 한미안보협의회의 공동성명
noise	제58차 한미안보협의회의 공동성명	| 국방부 > 알림마당 > 보도자료 제58차 한미안보협의회의 공동성명
clause	제58차 한미안보협의회의 공동성명	1. 제58차 대한민국-미합중국 안보협의회의(SCM)가 서울에서 개최되었다."
	run k <<'IN'
한미 국방장관 회담 | 연합뉴스

본문이다.
IN
	check 0 "heading	-	한미 국방장관 회담 | 연합뉴스
para	한미 국방장관 회담 | 연합뉴스	본문이다."
}

@test "ko-web: a blog's buttons and its box of other posts are chrome" {
	run k <<'IN'
밀리터리 덕후의 안보 노트
본문 기타 기능
제58차 SCM 정리
URL 복사
신고하기
어제 서울에서 제58차 한미안보협의회의(SCM)가 열렸어요! 뉴스 보신 분들 많으시죠? 오늘은 핵심만 정리해 드릴게요. 확장억제, 전작권, 주한미군 세 가지예요.
공감 27
공유하기
이 블로그 안보·국방 카테고리 글
제57차 SCM 공동성명 전문 번역 (2025.11.05)
NCG가 뭔가요? 쉽게 알아보기 (2025.07.12)
IN
	check 0 "$(cat <<'OUT'
heading	-	밀리터리 덕후의 안보 노트
noise	밀리터리 덕후의 안보 노트	본문 기타 기능
heading	밀리터리 덕후의 안보 노트	제58차 SCM 정리
noise	제58차 SCM 정리	URL 복사
noise	제58차 SCM 정리	신고하기
para	제58차 SCM 정리	어제 서울에서 제58차 한미안보협의회의(SCM)가 열렸어요! 뉴스 보신 분들 많으시죠? 오늘은 핵심만 정리해 드릴게요. 확장억제, 전작권, 주한미군 세 가지예요.
noise	제58차 SCM 정리	공감 27
noise	제58차 SCM 정리	공유하기
noise	제58차 SCM 정리	이 블로그 안보·국방 카테고리 글
noise	제58차 SCM 정리	제57차 SCM 공동성명 전문 번역 (2025.11.05)
noise	제58차 SCM 정리	NCG가 뭔가요? 쉽게 알아보기 (2025.07.12)
OUT
)"
}

@test "ko-web: a dated title outside a box of posts, a source line, stay meta" {
	run k <<'IN'
제목

양국은 회의를 열었다.

출처: 국방부 보도자료(2026.11.4.), 연합뉴스
IN
	check 0 "noise	-	제목
para	-	양국은 회의를 열었다.
meta	-	출처: 국방부 보도자료(2026.11.4.), 연합뉴스"
}

@test "ko-web: a board's and a blog's chrome (게시판 name, 페이지 정보, skip link, > alone, 반응형), a count glued to its button, a toast are noise, never the section" {
	run k <<'IN'
자유게시판

[논평] 한미 국방장관 회의 결과 평가

페이지 정보

작성자 홍길동 작성일 26-11-05 10:00 조회 12회

본문 바로가기

>

양국 국방장관은 4일 서울에서 회의를 열고 확장억제 강화에 합의했다.

정보 공유 확대

양국은 정보 공유를 늘리기로 했다.

반응형
기사 URL이 복사되었습니다.
댓글0
IN
	check 0 "noise	-	자유게시판
heading	-	[논평] 한미 국방장관 회의 결과 평가
noise	[논평] 한미 국방장관 회의 결과 평가	페이지 정보
meta	[논평] 한미 국방장관 회의 결과 평가	작성자 홍길동 작성일 26-11-05 10:00 조회 12회
noise	[논평] 한미 국방장관 회의 결과 평가	본문 바로가기
noise	[논평] 한미 국방장관 회의 결과 평가	>
para	[논평] 한미 국방장관 회의 결과 평가	양국 국방장관은 4일 서울에서 회의를 열고 확장억제 강화에 합의했다.
heading	[논평] 한미 국방장관 회의 결과 평가	정보 공유 확대
para	정보 공유 확대	양국은 정보 공유를 늘리기로 했다.
noise	정보 공유 확대	반응형
noise	정보 공유 확대	기사 URL이 복사되었습니다.
noise	정보 공유 확대	댓글0"
}

@test "ko-web: a portal's skip link, weather widget, logo's alt text, font-size widget and its sample text are noise; a temperature in a title is not" {
	run k <<'IN'
컨텐츠로 건너뛰기
부산
흐림 / 12.5 °
한빛일보 언론사 이미지

한미 국방장관, 확장억제 강화 합의

원문보기
한미 국방장관이 4일 서울에서 회의를 열었다.

이 글자크기로 변경됩니다.
(예시) 가장 빠른 뉴스가 있고 다양한 정보가 숨쉬는 한빛뉴스를 만나보세요.

영하 10℃ 혹한 속 연합훈련

위성 이미지 분석

장병들은 영하 10℃의 날씨에도 훈련을 이어갔다.
IN
	check 0 "noise	-	컨텐츠로 건너뛰기
noise	-	부산
noise	-	흐림 / 12.5 °
noise	-	한빛일보 언론사 이미지
heading	-	한미 국방장관, 확장억제 강화 합의
noise	한미 국방장관, 확장억제 강화 합의	원문보기
para	한미 국방장관, 확장억제 강화 합의	한미 국방장관이 4일 서울에서 회의를 열었다.
noise	한미 국방장관, 확장억제 강화 합의	이 글자크기로 변경됩니다.
noise	한미 국방장관, 확장억제 강화 합의	(예시) 가장 빠른 뉴스가 있고 다양한 정보가 숨쉬는 한빛뉴스를 만나보세요.
heading	한미 국방장관, 확장억제 강화 합의	영하 10℃ 혹한 속 연합훈련
heading	영하 10℃ 혹한 속 연합훈련	위성 이미지 분석
para	위성 이미지 분석	장병들은 영하 10℃의 날씨에도 훈련을 이어갔다."
}

@test "ko-web: a weather widget's list under a page's date and its credit are noise; a box of comments' headlines is a box of links" {
	run k <<'IN'
2026.11.05 (목)

  • 맑음서울 3.1℃
  • 구름조금부산 8.0℃
기상청 제공

양국은 회의를 열었다.
댓글 많은 뉴스
여야, 국방예산 놓고 정면 충돌

국방부 "北 도발 즉각 대응"
IN
	check 0 "meta	-	2026.11.05 (목)
noise	-	• 맑음서울 3.1℃
noise	-	• 구름조금부산 8.0℃
noise	-	기상청 제공
para	-	양국은 회의를 열었다.
noise	-	댓글 많은 뉴스
noise	-	여야, 국방예산 놓고 정면 충돌
noise	-	국방부 \"北 도발 즉각 대응\""
}

@test "ko-web: the print edition's page of a story (종합 03면, A5면) and a scan's page (189page) are noise, not the section; a title with a number of sides is not" {
	run k <<'IN'
국방장관 회담 결과

입력 2026.11.05 06:00

종합 03면

▲양국은 연합훈련을 확대하기로 하였다.

A5면

사방 4면 포위 훈련

양국 해군은 섬을 사방에서 포위하는 훈련을 했다.

189page

보고서는 동맹의 역할을 평가했다.
IN
	check 0 "heading	-	국방장관 회담 결과
meta	국방장관 회담 결과	입력 2026.11.05 06:00
noise	국방장관 회담 결과	종합 03면
item	국방장관 회담 결과	▲양국은 연합훈련을 확대하기로 하였다.
noise	국방장관 회담 결과	A5면
heading	국방장관 회담 결과	사방 4면 포위 훈련
para	사방 4면 포위 훈련	양국 해군은 섬을 사방에서 포위하는 훈련을 했다.
noise	사방 4면 포위 훈련	189page
para	사방 4면 포위 훈련	보고서는 동맹의 역할을 평가했다."
}

@test "ko-web: a release's mark (즉시 배포), a post's author (관리자), a credit after a slash, an outlet and a name, a 주필's bullet byline, a post's stamp with its categories, a series' issue are meta; headings that hold their words are not" {
	run k <<'IN'
제18차 한미 통합국방협의체 공동언론성명

즉시 배포
2026년 4월 21일

양측은 방위비 분담 협정을 평가하였다.

즉시 배포 중단 요구

시민단체는 자료의 배포 중단을 요구했다.

한빛일보 창간

한빛일보 김민서

  • 박정훈 주필
  • 등록 2026-11-05 09:00:00

2026. 11. 5. 09:30정치, 국방/외교

관리자

양국은 회의를 열었다.

/연합뉴스

주간 안보논단 1900호(한빛연구원 발행)

제3호 태풍 대비
IN
	check 0 "heading	-	제18차 한미 통합국방협의체 공동언론성명
meta	제18차 한미 통합국방협의체 공동언론성명	즉시 배포
meta	제18차 한미 통합국방협의체 공동언론성명	2026년 4월 21일
para	제18차 한미 통합국방협의체 공동언론성명	양측은 방위비 분담 협정을 평가하였다.
heading	제18차 한미 통합국방협의체 공동언론성명	즉시 배포 중단 요구
para	즉시 배포 중단 요구	시민단체는 자료의 배포 중단을 요구했다.
heading	즉시 배포 중단 요구	한빛일보 창간
meta	한빛일보 창간	한빛일보 김민서
meta	한빛일보 창간	• 박정훈 주필
meta	한빛일보 창간	• 등록 2026-11-05 09:00:00
meta	한빛일보 창간	2026. 11. 5. 09:30정치, 국방/외교
meta	한빛일보 창간	관리자
para	한빛일보 창간	양국은 회의를 열었다.
meta	한빛일보 창간	/연합뉴스
meta	한빛일보 창간	주간 안보논단 1900호(한빛연구원 발행)
heading	한빛일보 창간	제3호 태풍 대비"
}

@test "ko-web: a credit alone or a bullet byline under a short title leaves the title a heading" {
	run k <<'IN'
한미 회담 결과

/연합뉴스

양국은 회의를 열었다.
IN
	check 0 "heading	-	한미 회담 결과
meta	한미 회담 결과	/연합뉴스
para	한미 회담 결과	양국은 회의를 열었다."
}

@test "ko-web: a board page's title met again under its fields while its block is open is noise" {
	run k <<'IN'
[전문] 제58차 공동성명
페이지 정보

본문
[전문] 제58차 공동성명
양국은 회의를 열었다.
IN
	check 0 "heading	-	[전문] 제58차 공동성명
noise	[전문] 제58차 공동성명	페이지 정보
noise	[전문] 제58차 공동성명	본문
noise	[전문] 제58차 공동성명	[전문] 제58차 공동성명
para	[전문] 제58차 공동성명	양국은 회의를 열었다."
}

@test "ko-web: one section's name alone above the story's title before any text is the page's, noise; after text it stays a heading" {
	run k <<'IN'
2026.11.05 (목)
기상청 제공

정치

한미 국방장관, 확장억제 강화 합의

양국 국방장관은 4일 서울에서 회의를 열었다.

외교

한미 외교장관 회담 결과

양국 외교장관은 5일 워싱턴에서 만났다.
IN
	check 0 "meta	-	2026.11.05 (목)
noise	-	기상청 제공
noise	-	정치
heading	-	한미 국방장관, 확장억제 강화 합의
para	한미 국방장관, 확장억제 강화 합의	양국 국방장관은 4일 서울에서 회의를 열었다.
heading	한미 국방장관, 확장억제 강화 합의	외교
heading	외교	한미 외교장관 회담 결과
para	한미 외교장관 회담 결과	양국 외교장관은 5일 워싱턴에서 만났다."
}

@test "ko-web: a print story's title of three words over the paper's name, stamp and buttons stays the heading; the paper's name above the text is its banner, after text a heading" {
	run k <<'IN'
한·미 공동성명 요지

한빛일보

입력

지면보기

종합 02면

▲양국은 연합훈련을 확대하기로 하였다.

한빛일보

사설은 동맹의 역할을 강조했다.
IN
	check 0 "heading	-	한·미 공동성명 요지
noise	한·미 공동성명 요지	한빛일보
meta	한·미 공동성명 요지	입력
noise	한·미 공동성명 요지	지면보기
noise	한·미 공동성명 요지	종합 02면
item	한·미 공동성명 요지	▲양국은 연합훈련을 확대하기로 하였다.
heading	한·미 공동성명 요지	한빛일보
para	한빛일보	사설은 동맹의 역할을 강조했다."
}

@test "ko-web: a blog's byline in lower case, its handle and date, stands alone as meta, so its title stays a heading; a sentence opening with by goes on" {
	run k <<'IN'
본문 바로가기
시사

[국방] 한미 회의 결과 정리

by milnote 2026. 11. 6.
반응형

양국은 회의를 열었다.
by the end of the year the allies will meet again.
IN
	check 0 "noise	-	본문 바로가기
noise	-	시사
heading	-	[국방] 한미 회의 결과 정리
meta	[국방] 한미 회의 결과 정리	by milnote 2026. 11. 6.
noise	[국방] 한미 회의 결과 정리	반응형
para	[국방] 한미 회의 결과 정리	양국은 회의를 열었다. by the end of the year the allies will meet again."
}

@test "ko-web: an author's stack (a series' issue, a name alone, the affiliation, the address) is meta; a short heading over text, a part's name, an institute's news stay headings" {
	run k <<'IN'
한미동맹의 미래와 확장억제

주간 안보논단 1900호(한빛연구원 발행)

홍길순
한빛연구원 안보전략실
hong@hanbit.re.kr

한미 양국은 확장억제를 재확인하였다.

이란

이란은 핵 협상에 나섰다.

한빛연구원 설립 50주년

한빛연구원은 올해 설립 50주년을 맞았다.

결론

양국은 협력을 이어가야 한다.
IN
	check 0 "heading	-	한미동맹의 미래와 확장억제
meta	한미동맹의 미래와 확장억제	주간 안보논단 1900호(한빛연구원 발행)
meta	한미동맹의 미래와 확장억제	홍길순
meta	한미동맹의 미래와 확장억제	한빛연구원 안보전략실
meta	한미동맹의 미래와 확장억제	hong@hanbit.re.kr
para	한미동맹의 미래와 확장억제	한미 양국은 확장억제를 재확인하였다.
heading	한미동맹의 미래와 확장억제	이란
para	이란	이란은 핵 협상에 나섰다.
heading	이란	한빛연구원 설립 50주년
para	한빛연구원 설립 50주년	한빛연구원은 올해 설립 50주년을 맞았다.
heading	한빛연구원 설립 50주년	결론
para	결론	양국은 협력을 이어가야 한다."
}

@test "ko-web: a name over its affiliation and address, a name under its affiliation, a spaced name with a former post in brackets are meta; the numbered heading after them stays" {
	run k <<'IN'
2026 미국 대외정세 전망
2026년 1월 5일
    박민준
    한빛연구소 수석연구위원 | park@hanbit.org
      2026년 하반기에 미국 행정부는 분기점을 맞이한다.

토론문

한빛연구소 선임연구위원

최서연

김 대 중(전 국방부 정책실장)

1. 외교정책에 대한 전반적 평가

정부의 외교정책은 안정적으로 진행되었다.
IN
	check 0 "heading	-	2026 미국 대외정세 전망
meta	2026 미국 대외정세 전망	2026년 1월 5일
meta	2026 미국 대외정세 전망	박민준
meta	2026 미국 대외정세 전망	한빛연구소 수석연구위원 | park@hanbit.org
para	2026 미국 대외정세 전망	2026년 하반기에 미국 행정부는 분기점을 맞이한다.
heading	2026 미국 대외정세 전망	토론문
meta	토론문	한빛연구소 선임연구위원
meta	토론문	최서연
meta	토론문	김 대 중(전 국방부 정책실장)
heading	토론문	1. 외교정책에 대한 전반적 평가
para	1. 외교정책에 대한 전반적 평가	정부의 외교정책은 안정적으로 진행되었다."
}

@test "ko-web: a wire photo's caption with a noun sentence before its credit is meta, and so is the photo's title above it when the caption names what it shows" {
	run k <<'IN'
한미 국방장관 회담

악수하는 두 장관
(서울=한빛뉴스) 두 장관이 4일 서울에서 회담에 앞서 악수하고 있다. 왼쪽은 미국 국방장관. 2026.11.4 [사진공동취재단] photo@example.co.kr
(서울=한빛뉴스) 홍길동 기자 = 양국은 14일 공동성명을 발표했다.

확장억제 강화하는 한미

양국은 확장억제를 강화하기로 했다.
IN
	check 0 "heading	-	한미 국방장관 회담
meta	한미 국방장관 회담	악수하는 두 장관
meta	한미 국방장관 회담	(서울=한빛뉴스) 두 장관이 4일 서울에서 회담에 앞서 악수하고 있다. 왼쪽은 미국 국방장관. 2026.11.4 [사진공동취재단] photo@example.co.kr
para	한미 국방장관 회담	(서울=한빛뉴스) 홍길동 기자 = 양국은 14일 공동성명을 발표했다.
heading	한미 국방장관 회담	확장억제 강화하는 한미
para	확장억제 강화하는 한미	양국은 확장억제를 강화하기로 했다."
	# a story's title over a photo that shows something else stays one
	run k <<'IN'
전작권 전환 논의하는 양국

(서울=한빛뉴스) 두 장관이 회의장에 들어서고 있다. 2026.11.4 [사진공동취재단] photo@example.co.kr

양국은 전작권 전환을 논의했다.
IN
	check 0 "heading	-	전작권 전환 논의하는 양국
meta	전작권 전환 논의하는 양국	(서울=한빛뉴스) 두 장관이 회의장에 들어서고 있다. 2026.11.4 [사진공동취재단] photo@example.co.kr
para	전작권 전환 논의하는 양국	양국은 전작권 전환을 논의했다."
}

@test "ko-web: a caption wholly in brackets with its credit (X 제공=연합뉴스) inside is one meta record, no dateline; an agency's dateline still opens a lead" {
	run k <<'IN'
한미, 공동성명 발표

[제58차 한미안보협의회의에 앞서 국방부 청사 입구에서 의장행사에 참석한 두 장관 (국방부 제공=한빛뉴스)]
한국과 미국이 북한의 핵 위협에 대응하기 위해 전략자산을 전개하기로 했습니다.
(워싱턴=한빛뉴스) 홍길동 특파원 = 양국은 확장억제를 재확인했습니다.
IN
	check 0 "heading	-	한미, 공동성명 발표
meta	한미, 공동성명 발표	[제58차 한미안보협의회의에 앞서 국방부 청사 입구에서 의장행사에 참석한 두 장관 (국방부 제공=한빛뉴스)]
para	한미, 공동성명 발표	한국과 미국이 북한의 핵 위협에 대응하기 위해 전략자산을 전개하기로 했습니다.
para	한미, 공동성명 발표	(워싱턴=한빛뉴스) 홍길동 특파원 = 양국은 확장억제를 재확인했습니다."
	run scm-split -u sentence < <(printf '[국방부 청사 입구에서 의장행사에 참석한 두 장관이 사열하고 있다 (국방부 제공=한빛뉴스)]\n')
	[ "$(echo "$output" | wc -l)" -eq 1 ]
}

@test "ko-web: an image's file name glued to the Korean text after it is noise, cut where it ends (no byte lost); a name that is a sentence's word, or alone, is not cut" {
	run k <<'IN'
[단독] 한미 공동성명 문구 빠져

132721418.1.jpg한미 국방당국은 회의를 열었다.

map.png shows the area.
IN
	check 0 "heading	-	[단독] 한미 공동성명 문구 빠져
noise	[단독] 한미 공동성명 문구 빠져	132721418.1.jpg
para	[단독] 한미 공동성명 문구 빠져	한미 국방당국은 회의를 열었다.
para	[단독] 한미 공동성명 문구 빠져	map.png shows the area."
	run sh -c 'printf "[단독] 한미 공동성명 문구 빠져\n\n132721418.1.jpg한미 국방당국은 회의를 열었다.\n" | scm-split -k | cut -f6 | tr -d "\n"'
	check 0 "[단독] 한미 공동성명 문구 빠져132721418.1.jpg한미 국방당국은 회의를 열었다."
	# a wide space after the name and nothing else: the name alone
	run sh -c 'printf "a1234.jpg\343\200\200\n\n한미 공동성명 문구 빠져\n" | scm-split -k | cut -f3,6'
	check 0 "noise	a1234.jpg
heading	한미 공동성명 문구 빠져"
}

@test "ko-web: a CP949 copy of a page with these chrome, author and caption lines splits into the same records as its UTF-8 original" {
	cat >"$BATS_TEST_TMPDIR/page.txt" <<'IN'
컨텐츠로 건너뛰기
부산
흐림 / 12.5 °
한빛일보 언론사 이미지

한미 국방장관 회담

즉시 배포
원문보기
종합 03면

악수하는 두 장관
(서울=한빛뉴스) 두 장관이 4일 서울에서 회담에 앞서 악수하고 있다. 왼쪽은 미국 국방장관. 2026.11.4 [사진공동취재단] photo@example.co.kr
|워싱턴 홍길동특파원|한국과 미국은 회의를 열었다.

홍길순
한빛연구원 안보전략실
hong@hanbit.re.kr

기사 URL이 복사되었습니다.
댓글0
IN
	iconv -f UTF-8 -t CP949 "$BATS_TEST_TMPDIR/page.txt" >"$BATS_TEST_TMPDIR/page-cp949.txt"
	scm-split -k -u sentence "$BATS_TEST_TMPDIR/page.txt" | cut -f2- >"$BATS_TEST_TMPDIR/u.tsv"
	run sh -c "scm-split -k -u sentence '$BATS_TEST_TMPDIR/page-cp949.txt' 2>/dev/null | cut -f2-"
	check 0 "$(cat "$BATS_TEST_TMPDIR/u.tsv")"
	run sh -c "cut -f2 '$BATS_TEST_TMPDIR/u.tsv' | sort | uniq -c | sed 's/^ *//'"
	check 0 "1 heading
9 meta
8 noise
2 para"
}

@test "ko-web: a name alone over a story's stamp (입력 ...) is its byline; a title over it stays a heading" {
	run k <<'IN'
[국방논단] 동맹의 억제 전략 점검

박서윤

입력 2026. 03. 09   10:12
업데이트 2026. 03. 10   08:40

본문의 첫 문장이다. 양국은 억제 전략을 점검하였다.
IN
	check 0 "heading	-	[국방논단] 동맹의 억제 전략 점검
meta	[국방논단] 동맹의 억제 전략 점검	박서윤
meta	[국방논단] 동맹의 억제 전략 점검	입력 2026. 03. 09 10:12
meta	[국방논단] 동맹의 억제 전략 점검	업데이트 2026. 03. 10 08:40
para	[국방논단] 동맹의 억제 전략 점검	본문의 첫 문장이다. 양국은 억제 전략을 점검하였다."
	run k <<'IN'
동맹의 미래

입력 2026. 03. 09   10:12

본문의 첫 문장이다.
IN
	check 0 "heading	-	동맹의 미래
meta	동맹의 미래	입력 2026. 03. 09 10:12
para	동맹의 미래	본문의 첫 문장이다."
}

@test "ko-web: a briefing's turns (<질문>, <답변>, 문), 대변인:) are paragraphs, one a turn, however short" {
	run k <<'IN'
정례 브리핑

[질문·답변]
<질문> 회의 일정이 정해졌는지 궁금합니다.
<답변> (관계자) ***
<질문> 그러면 발표는 언제쯤
<답변> 협의 중입니다. 정해지면 알려드리겠습니다.
기자: 한 가지만 더
대변인 : 네, 그렇습니다.

문) 이번 회의의 의제는
답) 억제 전략입니다.
IN
	check 0 "heading	-	정례 브리핑
heading	정례 브리핑	[질문·답변]
para	[질문·답변]	<질문> 회의 일정이 정해졌는지 궁금합니다.
para	[질문·답변]	<답변> (관계자) ***
para	[질문·답변]	<질문> 그러면 발표는 언제쯤
para	[질문·답변]	<답변> 협의 중입니다. 정해지면 알려드리겠습니다.
para	[질문·답변]	기자: 한 가지만 더
para	[질문·답변]	대변인 : 네, 그렇습니다.
para	[질문·답변]	문) 이번 회의의 의제는
para	[질문·답변]	답) 억제 전략입니다."
}

@test "ko-web: 기자회견, 문제, a header's key and a speaker alone are no turns" {
	run k <<'IN'
기자회견 결과

담당자: 과장 홍길동

문제는 억제의 신뢰성이다

[기자]
본문이다.
IN
	check 0 "heading	-	기자회견 결과
meta	기자회견 결과	담당자: 과장 홍길동
heading	기자회견 결과	문제는 억제의 신뢰성이다
heading	문제는 억제의 신뢰성이다	[기자]
para	[기자]	본문이다."
}

@test "ko-web: buttons behind bullets, a post's age, a channel's tip and subscribe lines, a government banner are chrome or meta" {
	run k <<'IN'
본문 바로가기
정부 누리집 로고이 누리집은 대한민국 공식 전자정부 누리집입니다.
콘텐츠 영역

동맹 회의 다음 달 개최

  • 3시간 전
  • 공유
  • 댓글
  • 프린트

양국은 다음 달 서울에서 회의를 연다고 밝혔습니다.

한빛뉴스TV 기사문의 및 제보 : 카톡/라인 hanbit01
▣ 한빛뉴스 유튜브 채널 구독 : http://example.kr/sub
IN
	check 0 "noise	-	본문 바로가기
noise	-	정부 누리집 로고이 누리집은 대한민국 공식 전자정부 누리집입니다.
noise	-	콘텐츠 영역
heading	-	동맹 회의 다음 달 개최
meta	동맹 회의 다음 달 개최	• 3시간 전
noise	동맹 회의 다음 달 개최	• 공유
noise	동맹 회의 다음 달 개최	• 댓글
noise	동맹 회의 다음 달 개최	• 프린트
para	동맹 회의 다음 달 개최	양국은 다음 달 서울에서 회의를 연다고 밝혔습니다.
noise	동맹 회의 다음 달 개최	한빛뉴스TV 기사문의 및 제보 : 카톡/라인 hanbit01
noise	동맹 회의 다음 달 개최	▣ 한빛뉴스 유튜브 채널 구독 : http://example.kr/sub"
}

@test "ko-web: a title of years ago, bulleted points that open with a site word, a sentence with a link stay text" {
	run k <<'IN'
10년 전의 약속

• 공유 경제의 확대
• 댓글 조작 의혹

자세한 내용은 https://example.kr 에서 구독 신청을 하면 받아볼 수 있다고 밝혔다.
IN
	check 0 "heading	-	10년 전의 약속
item	10년 전의 약속	• 공유 경제의 확대
item	10년 전의 약속	• 댓글 조작 의혹
para	10년 전의 약속	자세한 내용은 https://example.kr 에서 구독 신청을 하면 받아볼 수 있다고 밝혔다."
}

@test "ko-web: a release's or an archive's fields copied a cell a line (날짜 / its value) are meta, its note that it may run at once too" {
	run k <<'IN'
보도자료
날짜
2026년 3월 9일
분량
총 2장
담당
대외협력실
전화
02-1234-5678

* 배포 후 바로 보도 가능합니다.

한빛연구원, 동맹 보고서 발표

한빛연구원은 9일 보고서를 발표했다.
IN
	check 0 "noise	-	보도자료
meta	-	날짜
meta	-	2026년 3월 9일
meta	-	분량
meta	-	총 2장
meta	-	담당
meta	-	대외협력실
meta	-	전화
meta	-	02-1234-5678
meta	-	* 배포 후 바로 보도 가능합니다.
heading	-	한빛연구원, 동맹 보고서 발표
para	한빛연구원, 동맹 보고서 발표	한빛연구원은 9일 보고서를 발표했다."
	run k <<'IN'
동맹의 조건

전화 통화에서 두 장관은 일정을 논의했다.

배포 후 바로 보도 가능합니다. 다만 사진은 내일 배포한다.
IN
	check 0 "heading	-	동맹의 조건
para	동맹의 조건	전화 통화에서 두 장관은 일정을 논의했다.
para	동맹의 조건	배포 후 바로 보도 가능합니다. 다만 사진은 내일 배포한다."
}

@test "ko-web: a portal's day (05.14 (화)), its toast, a menu's label, an ad's label, a station's box for tips are chrome or meta; <앵커> a speaker" {
	run k <<'IN'
AD
한빛 뉴스 상단 메뉴
05.14 (화)

동맹 회의서 양국 이견

주소복사가 완료되었습니다

<앵커>
양국 장관이 어제 만났습니다.

한빛 홍길동 (hong@example.kr)
※ '당신의 제보가 뉴스가 됩니다'
[카카오톡] 한빛 검색해 채널 추가
[전화] 02-000-0000
[메일] tip@example.kr
IN
	check 0 "noise	-	AD
noise	-	한빛 뉴스 상단 메뉴
meta	-	05.14 (화)
heading	-	동맹 회의서 양국 이견
noise	동맹 회의서 양국 이견	주소복사가 완료되었습니다
heading	동맹 회의서 양국 이견	<앵커>
para	<앵커>	양국 장관이 어제 만났습니다.
meta	<앵커>	한빛 홍길동 (hong@example.kr)
noise	<앵커>	※ '당신의 제보가 뉴스가 됩니다'
noise	<앵커>	[카카오톡] 한빛 검색해 채널 추가
noise	<앵커>	[전화] 02-000-0000
noise	<앵커>	[메일] tip@example.kr"
}

@test "ko-web: a player's marks (동영상영역 시작) are chrome, a speaker marker under a line its own block, a paper's colophon meta" {
	run k <<'IN'
동맹 협의체 신설

동영상영역 시작
동맹 협의체 신설 영상
동영상영역 끝
<앵커 멘트>
양국이 새 협의체를 만들기로 했습니다.

발행처 한빛연구원 발행인 홍길동 편집인 김철수 www.example.re.kr

발행인과 편집인은 이번 호에서 동맹을 다루었다.

시작
IN
	check 0 "heading	-	동맹 협의체 신설
noise	동맹 협의체 신설	동영상영역 시작
heading	동맹 협의체 신설	동맹 협의체 신설 영상
noise	동맹 협의체 신설 영상	동영상영역 끝
heading	동맹 협의체 신설 영상	<앵커 멘트>
para	<앵커 멘트>	양국이 새 협의체를 만들기로 했습니다.
meta	<앵커 멘트>	발행처 한빛연구원 발행인 홍길동 편집인 김철수 www.example.re.kr
para	<앵커 멘트>	발행인과 편집인은 이번 호에서 동맹을 다루었다.
heading	<앵커 멘트>	시작"
}

@test "ko-web: a stamp keyed with a spaced colon and a date without spaces (기사입력 : 2016년10월21일 08:49), a board post's stamps on one line are meta; a short keyed field stays chrome" {
	run k <<'IN'
[전문] 동맹 공동성명

기사입력 : 2026년03월09일 08:49
최종수정 : 2026년03월09일 08:52

작성자 관리자 작성일 26-03-09 10:00 조회 47 댓글 0

분류 : 국방

본문이다.
IN
	check 0 "heading	-	[전문] 동맹 공동성명
meta	[전문] 동맹 공동성명	기사입력 : 2026년03월09일 08:49
meta	[전문] 동맹 공동성명	최종수정 : 2026년03월09일 08:52
meta	[전문] 동맹 공동성명	작성자 관리자 작성일 26-03-09 10:00 조회 47 댓글 0
noise	[전문] 동맹 공동성명	분류 : 국방
para	[전문] 동맹 공동성명	본문이다."
}

@test "ko-web: a player's note (Your browser doesn't support HTML5) and a portal's note under its summary (본문 보기를 권장합니다) are chrome; a sentence that recommends stays text" {
	run k <<'IN'
동맹 회의 열린다

전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.
양국은 회의를 연다.

Your browser doesn’t support HTML5

전문가들은 동맹 강화를 권장한다고 밝혔다.
IN
	check 0 "heading	-	동맹 회의 열린다
noise	동맹 회의 열린다	전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.
para	동맹 회의 열린다	양국은 회의를 연다.
noise	동맹 회의 열린다	Your browser doesn’t support HTML5
para	동맹 회의 열린다	전문가들은 동맹 강화를 권장한다고 밝혔다."
}

@test "ko-web: a story's sentence naming a tip line (전화, 카톡 ... 제보를 받는다고 밝혔다.) stays text; the line itself is chrome" {
	run k <<'IN'
드론 목격 신고 접수

합참은 전화 02-700-1234 또는 카톡 채널로 무인기 목격 제보를 받는다고 설명했다.

한빛뉴스TV 기사문의 및 제보 : 카톡/라인 hanbit01
IN
	check 0 "heading	-	드론 목격 신고 접수
para	드론 목격 신고 접수	합참은 전화 02-700-1234 또는 카톡 채널로 무인기 목격 제보를 받는다고 설명했다.
noise	드론 목격 신고 접수	한빛뉴스TV 기사문의 및 제보 : 카톡/라인 hanbit01"
}

@test "ko-web: a heading of years ago (60년 전) is a heading; a post's age (2일 전) is meta" {
	run k <<'IN'
60년 전

• 2일 전

양국은 60년 전 조약을 맺었다.
IN
	check 0 "heading	-	60년 전
meta	60년 전	• 2일 전
para	60년 전	양국은 60년 전 조약을 맺었다."
}

@test "ko-web: a programme's moderator with name and institute (사회: ...) is meta; a moderator's speech is a turn" {
	run k <<'IN'
동맹 정책 토론회

사회: 박서윤 한국국방연구원 연구위원

발표: 김철수 교수

사회: 첫 번째 발표를 듣겠습니다.
IN
	check 0 "heading	-	동맹 정책 토론회
meta	동맹 정책 토론회	사회: 박서윤 한국국방연구원 연구위원
meta	동맹 정책 토론회	발표: 김철수 교수
para	동맹 정책 토론회	사회: 첫 번째 발표를 듣겠습니다."
}

@test "ko-web: a title of four syllables over a story's stamp stays a heading; a name of four with a two-syllable family name is a byline" {
	run k <<'IN'
안보협력

입력 2026.02.11 07:15

본문의 첫 문장이다.
IN
	check 0 "heading	-	안보협력
meta	안보협력	입력 2026.02.11 07:15
para	안보협력	본문의 첫 문장이다."
	run k <<'IN'
동맹 전략 점검

남궁서윤

입력 2026.02.11 07:15

본문의 첫 문장이다.
IN
	check 0 "heading	-	동맹 전략 점검
meta	동맹 전략 점검	남궁서윤
meta	동맹 전략 점검	입력 2026.02.11 07:15
para	동맹 전략 점검	본문의 첫 문장이다."
}

@test "ko-web: a caption whose credit stands in angle brackets (…있다.<사진=국방부 제공>, ‹…>) is meta; angle brackets around a title or a note are text" {
	run scm-split -u sentence <<-'EOF2'
	이종섭 국방부 장관이 4일 오스틴 장관과 악수하고 있다.‹사진=국방부 제공>

	오스틴 장관이 연설하고 있다. <국방부 제공>

	양국은 <한미동맹 70년>을 기념했다.

	국방부는 새 계획을 발표했다. <국방부 제공 자료 참조>
	EOF2
	[ "$status" -eq 0 ]
	[[ "$output" == *$'1.1\tmeta\t-\t-\t이종섭 국방부 장관이 4일 오스틴 장관과 악수하고 있다.‹사진=국방부 제공>'* ]]
	[[ "$output" == *$'2.1\tmeta\t-\t-\t오스틴 장관이 연설하고 있다.'* ]]
	[[ "$output" == *$'3.1\tpara\t-\t-\t양국은 <한미동맹 70년>을 기념했다.'* ]]
	[[ "$output" == *$'4.1\tpara\t-\t-\t국방부는 새 계획을 발표했다.'* ]]
}
