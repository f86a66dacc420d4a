# ko.lex: the Korean part of the built-in lexicon of scm-tag(1),
# compiled in after scm.lex (mk/tag.mk); the same tag names.
# A pattern ending in a Hangul syllable also matches the word with
# particles after it (확장억제를, 북한의, 국방장관들은); after two syllables
# or more also 하다 endings (공약하였다).  `=' matches the word exactly.
# Compounds that Korean writes with or without spaces are listed both
# ways (확장억제, 확장 억제).
# Leading one-syllable country names also match with middle dots:
# 한미 matches 한·미.

# ---- actors ----
actor:rok	대한민국
actor:rok	서울
actor:rok	한국
actor:rok	=우리
actor:rok	우리 측
actor:rok	우리측
actor:rok	우리 정부
actor:rok	한측
actor:rok	한국 측
actor:rok	국방부
actor:rok	한국 국방부
actor:rok	합동참모본부
actor:rok	합참
actor:rok	국군
actor:rok	한국군
actor:rok	윤석열
actor:rok	윤 대통령
actor:rok	이재명
actor:rok	이 대통령
# The ministers of national defense who co-chaired the SCM, as in
# scm.lex, and the title written as one word (김관진 국방부장관): the
# ministry, 국방부, is the ROK's, another state's is named before it.
actor:rok	안규백
actor:rok	김용현
actor:rok	신원식
actor:rok	이종섭
actor:rok	서욱
actor:rok	정경두
actor:rok	송영무
actor:rok	한민구
actor:rok	김관진
actor:rok	국방부장관
actor:rok	한국 국방장관
actor:rok	대통령실
actor:rok	청와대
# A Korean minister by family name alone (신 장관은, 김 장관): the U.S.
# Secretary is written by his whole name (헤그세스 장관).  Not 전 장관
# (a former one), 양 장관 (both), 한 장관 (one of them), 현 장관.
actor:rok	김 장관
actor:rok	이 장관
actor:rok	박 장관
actor:rok	최 장관
actor:rok	정 장관
actor:rok	강 장관
actor:rok	조 장관
actor:rok	윤 장관
actor:rok	장 장관
actor:rok	임 장관
actor:rok	오 장관
actor:rok	서 장관
actor:rok	신 장관
actor:rok	권 장관
actor:rok	황 장관
actor:rok	안 장관
actor:rok	송 장관
actor:rok	류 장관
actor:rok	홍 장관
actor:rok	문 장관
actor:rok	손 장관
actor:rok	배 장관
actor:rok	백 장관
actor:rok	허 장관
actor:rok	유 장관
actor:rok	남 장관
actor:rok	심 장관
actor:rok	노 장관
actor:rok	하 장관
actor:rok	곽 장관
actor:rok	성 장관
actor:rok	차 장관
actor:rok	주 장관
actor:rok	우 장관
actor:rok	구 장관
actor:rok	민 장관
actor:rok	진 장관
actor:rok	엄 장관
actor:rok	원 장관
actor:rok	천 장관
# Korean writes compounds without spaces (한미동맹, 한미연합훈련,
# 주한미군사령관): the names that open them match as prefixes.
actor:rok	한미*
actor:rok	한미
actor:us	한미*
actor:us	한미
# The U.S.-first order of the Voice of America's Korean (미한 군 당국,
# 미한 연합훈련; htag4).
actor:rok	미한
actor:us	미한
actor:rok	미한동맹
actor:us	미한동맹
actor:rok	미한연합*
actor:us	미한연합*
actor:rok	한미일*
actor:rok	한미일
actor:us	한미일*
actor:us	한미일
actor:japan	한미일*
actor:japan	한미일
theme:trilateral	한미일*
theme:trilateral	한미일
# Pairs of one-syllable names (북러, 한일), also as whole words: their
# forms with middle dots (북·러, 한·미·일) come from those.
actor:dprk	북러*
actor:dprk	북러
actor:russia	북러*
actor:russia	북러
actor:dprk	북중*
actor:dprk	북중
actor:china	북중*
actor:china	북중
actor:dprk	북일*
actor:dprk	북일
actor:japan	북일*
actor:japan	북일
actor:dprk	북미
actor:us	북미
actor:rok	한일*
actor:rok	한일
actor:japan	한일*
actor:japan	한일
actor:rok	한중*
actor:rok	한중
actor:china	한중*
actor:china	한중
actor:us	미일*
actor:us	미일
actor:japan	미일*
actor:japan	미일
actor:us	미중*
actor:us	미중
actor:china	미중*
actor:china	미중
actor:china	중러*
actor:china	중러
actor:russia	중러*
actor:russia	중러
actor:rok	한러*
actor:rok	한러
actor:russia	한러*
actor:russia	한러
# whole words only: 미러링, 미러리스 and 중일(中日) in other words are none
actor:us	미러
actor:russia	미러
actor:china	중일
actor:japan	중일
actor:rok	남북*
actor:rok	남북
actor:dprk	남북*
actor:dprk	남북
theme:inter-korean	남북*
theme:inter-korean	남북
# "남과 북은" (the two Koreas in their own joint statements)
actor:rok	남과 북
actor:dprk	남과 북
theme:inter-korean	남과 북
actor:dprk	대북*
# The North's nuclear program names its state (북핵 및 대량살상무기).
actor:dprk	북핵
actor:dprk	북핵*
# Another state's ministry of national defense is not Korea's.
actor:us	미국 국방부
actor:us	美 국방부
actor:us	미국 국방장관
actor:china	중국 국방부
actor:russia	러시아 국방부
actor:rok	외교부
actor:china	중국 외교부
actor:japan	일본 외무성
actor:russia	러시아 외무부
actor:dprk	북한 외무성
actor:dprk	외무성
actor:dprk	조선중앙통신
actor:dprk	노동신문
actor:dprk	조선중앙TV
actor:dprk	조선중앙방송
actor:rok	=軍
actor:russia	러 국방부
actor:russia	러 국방장관
actor:russia	=러
actor:-	대만 국방부
actor:dprk	김여정
actor:us	미국
actor:us	미측
actor:us	미 측
actor:us	미합중국
actor:us	미 국방부
actor:us	미합중국 국방부
actor:us	미합중국 국방장관
actor:us	미합중국 국방부 장관
actor:us	미국의 국방부
actor:us	미국의 국방장관
actor:us	미 국방부장관
actor:us	미국 국방부장관
actor:us	미국의 국방부장관
actor:us	미합중국 국방부장관
actor:us	美 국방부장관
actor:china	중국 국방부장관
actor:russia	러시아 국방부장관
actor:russia	러 국방부장관
actor:-	대만 국방부장관
actor:us	미 국방장관
actor:us	미 국무부
actor:us	국무장관
actor:us	백악관
actor:us	펜타곤
actor:us	워싱턴
# The Secretaries of Defense, as in scm.lex (카터 alone may be the
# president, the United States still).
actor:us	오스틴
actor:us	헤그세스
actor:us	에스퍼
actor:us	매티스
actor:us	카터
actor:us	헤이글
actor:us	패네타
actor:us	파네타
actor:us	트럼프
actor:us	바이든
actor:-	트럼프 카드
actor:-	트럼프카드
actor:us	=美
actor:rok	=韓
actor:rok	韓國
actor:rok	韓美
actor:us	韓美
actor:rok	韓美日
actor:us	韓美日
actor:japan	韓美日
actor:us	=미
actor:rok	양국
actor:us	양국
actor:rok	양측
actor:us	양측
# ... and so are the two countries written out: 두 나라는, 양 국가.
actor:rok	두 나라
actor:us	두 나라
actor:rok	양 국가
actor:us	양 국가
actor:rok	양 장관
actor:us	양 장관
actor:rok	양국 장관
actor:us	양국 장관
actor:rok	양 국방장관
actor:us	양 국방장관
# ... and glued to their delegations, as older texts write them:
# 양국대표단은, 양측대표단은.
actor:rok	양국대표단
actor:us	양국대표단
actor:rok	양측대표단
actor:us	양측대표단
actor:rok	한미 양국
actor:us	한미 양국
# A pair before 양국 or 양측 names the two, not the allies: 한일 양국은.
actor:rok	한일 양국
actor:japan	한일 양국
actor:rok	한일 양측
actor:japan	한일 양측
actor:rok	한중 양국
actor:china	한중 양국
actor:rok	한중 양측
actor:china	한중 양측
actor:us	미일 양국
actor:japan	미일 양국
actor:us	미일 양측
actor:japan	미일 양측
actor:us	미중 양국
actor:china	미중 양국
actor:us	미중 양측
actor:china	미중 양측
actor:dprk	북미 양국
actor:us	북미 양국
actor:dprk	북미 양측
actor:us	북미 양측
actor:dprk	북중 양국
actor:china	북중 양국
actor:dprk	북중 양측
actor:china	북중 양측
actor:dprk	북러 양국
actor:russia	북러 양국
actor:dprk	북러 양측
actor:russia	북러 양측
actor:dprk	북일 양국
actor:japan	북일 양국
actor:dprk	북일 양측
actor:japan	북일 양측
actor:rok	남북 양국
actor:dprk	남북 양국
actor:rok	남북 양측
actor:dprk	남북 양측
actor:rok	한일 두 나라
actor:japan	한일 두 나라
actor:rok	한일 양 국가
actor:japan	한일 양 국가
actor:rok	한중 두 나라
actor:china	한중 두 나라
actor:rok	한중 양 국가
actor:china	한중 양 국가
actor:us	미일 두 나라
actor:japan	미일 두 나라
actor:us	미일 양 국가
actor:japan	미일 양 국가
actor:us	미중 두 나라
actor:china	미중 두 나라
actor:us	미중 양 국가
actor:china	미중 양 국가
actor:dprk	북미 두 나라
actor:us	북미 두 나라
actor:dprk	북미 양 국가
actor:us	북미 양 국가
actor:dprk	북중 두 나라
actor:china	북중 두 나라
actor:dprk	북중 양 국가
actor:china	북중 양 국가
actor:dprk	북러 두 나라
actor:russia	북러 두 나라
actor:dprk	북러 양 국가
actor:russia	북러 양 국가
actor:dprk	북일 두 나라
actor:japan	북일 두 나라
actor:dprk	북일 양 국가
actor:japan	북일 양 국가
actor:rok	남북 두 나라
actor:dprk	남북 두 나라
actor:rok	남북 양 국가
actor:dprk	남북 양 국가
actor:rok	한미 두 나라
actor:us	한미 두 나라
actor:rok	한미 양 국가
actor:us	한미 양 국가
actor:dprk	북한*
actor:dprk	북한
actor:dprk	=북
actor:dprk	北
# A Hanja abbreviation glued to the word after it in a headline (美국방,
# 北미사일): 美 opens no other word of these texts; 北 does (北京), so
# only its common compounds.
actor:us	美*
actor:dprk	北핵*
theme:nuclear	北핵*
actor:dprk	北미사일*
theme:missile	北미사일*
actor:dprk	北도발*
actor:dprk	北군*
actor:dprk	北정권*
actor:dprk	北당국*
actor:dprk	北매체*
actor:dprk	北외무성*
actor:dprk	北국방성*
actor:dprk	北비핵화*
theme:denuclearization	北비핵화*
actor:us	美日*
actor:japan	美日*
actor:rok	韓日*
actor:japan	韓日*
actor:dprk	北中*
actor:china	北中*
actor:dprk	北러*
actor:russia	北러*
# A Hanja abbreviation takes particles too (北의 핵위협, 美의 확장억제);
# 북 alone only with one (북은 쐈다), never inside a word (남북의).
actor:dprk	=北의
actor:dprk	=北은
actor:dprk	=北는
actor:dprk	=北이
actor:dprk	=北가
actor:dprk	=北을
actor:dprk	=北를
actor:dprk	=北에
actor:dprk	=北과
actor:dprk	=北와
actor:dprk	=北도
actor:dprk	=北측
actor:dprk	=北에서
actor:dprk	=北으로
actor:dprk	=北로
actor:dprk	=北에게
actor:dprk	=北과의
actor:dprk	=北와의
actor:dprk	=北보다
actor:dprk	=北만
actor:dprk	=北까지
actor:us	=美의
actor:us	=美은
actor:us	=美는
actor:us	=美이
actor:us	=美가
actor:us	=美을
actor:us	=美를
actor:us	=美에
actor:us	=美과
actor:us	=美와
actor:us	=美도
actor:us	=美측
actor:us	=美에서
actor:us	=美으로
actor:us	=美로
actor:us	=美에게
actor:us	=美과의
actor:us	=美와의
actor:us	=美보다
actor:us	=美만
actor:us	=美까지
actor:china	=中의
actor:china	=中은
actor:china	=中는
actor:china	=中이
actor:china	=中가
actor:china	=中을
actor:china	=中를
actor:china	=中에
actor:china	=中과
actor:china	=中와
actor:china	=中도
actor:china	=中측
actor:china	=中에서
actor:china	=中으로
actor:china	=中로
actor:china	=中에게
actor:china	=中과의
actor:china	=中와의
actor:china	=中보다
actor:china	=中만
actor:china	=中까지
actor:japan	=日의
actor:japan	=日은
actor:japan	=日는
actor:japan	=日이
actor:japan	=日가
actor:japan	=日을
actor:japan	=日를
actor:japan	=日에
actor:japan	=日과
actor:japan	=日와
actor:japan	=日도
actor:japan	=日측
actor:japan	=日에서
actor:japan	=日으로
actor:japan	=日로
actor:japan	=日에게
actor:japan	=日과의
actor:japan	=日와의
actor:japan	=日보다
actor:japan	=日만
actor:japan	=日까지
actor:russia	=露의
actor:russia	=露은
actor:russia	=露는
actor:russia	=露이
actor:russia	=露가
actor:russia	=露을
actor:russia	=露를
actor:russia	=露에
actor:russia	=露과
actor:russia	=露와
actor:russia	=露도
actor:russia	=露측
actor:russia	=露에서
actor:russia	=露으로
actor:russia	=露로
actor:russia	=露에게
actor:russia	=露과의
actor:russia	=露와의
actor:russia	=露보다
actor:russia	=露만
actor:russia	=露까지
actor:rok	=韓의
actor:rok	=韓은
actor:rok	=韓는
actor:rok	=韓이
actor:rok	=韓가
actor:rok	=韓을
actor:rok	=韓를
actor:rok	=韓에
actor:rok	=韓과
actor:rok	=韓와
actor:rok	=韓도
actor:rok	=韓측
actor:rok	=韓에서
actor:rok	=韓으로
actor:rok	=韓로
actor:rok	=韓에게
actor:rok	=韓과의
actor:rok	=韓와의
actor:rok	=韓보다
actor:rok	=韓만
actor:rok	=韓까지
actor:dprk	=북의
actor:dprk	=북은
actor:dprk	=북는
actor:dprk	=북이
actor:dprk	=북가
actor:dprk	=북를
actor:dprk	=북과
actor:dprk	=북와
actor:dprk	=북도
actor:dprk	=북측
actor:dprk	=북에게
actor:dprk	=북과의
actor:dprk	=북와의
actor:dprk	조선민주주의인민공화국
actor:dprk	북측
actor:dprk	평양
actor:dprk	김정은
actor:dprk	북한 정권
actor:dprk	북한군
actor:china	중국
actor:china	=中
actor:china	중화인민공화국
actor:china	베이징
actor:china	시진핑
actor:japan	일본
actor:japan	=日
actor:japan	도쿄
actor:russia	러시아
# The Cold War's names: 북괴 (the North's regime), 소련 (Russia's state then).
actor:dprk	북괴
actor:dprk	북괴*
actor:russia	소련
actor:russia	소련*
actor:russia	구소련
actor:russia	=露
actor:russia	모스크바
actor:russia	푸틴
actor:asean	아세안
actor:asean	동남아시아국가연합
actor:un	유엔
actor:un	국제연합
actor:un	유엔 안전보장이사회
actor:un	유엔 안보리
actor:un	안보리
actor:un	유엔군사령부
actor:un	유엔사
# ... and its full name, 유엔사령부 (htag4).
actor:un	유엔사령부
actor:un	유엔군 사령부
actor:-	워싱턴 선언
actor:-	한반도

# ---- themes ----
theme:nuclear	핵
theme:nuclear	핵무기
theme:nuclear	핵실험
theme:nuclear	핵 위협
theme:nuclear	핵위협
theme:nuclear	핵무력
theme:nuclear	핵능력
theme:nuclear	핵 능력
theme:nuclear	핵공격
theme:nuclear	북핵
theme:nuclear	핵개발
theme:nuclear	핵추진*
theme:nuclear	핵잠수함*
# Nuclear propulsion, the submarines the ROK seeks: 원자력추진잠수함,
# 핵잠 (the word alone and with particles, not 핵잠재력).
theme:nuclear	원자력추진*
theme:nuclear	원자력 추진 잠수함
theme:nuclear	핵잠
theme:nuclear	핵무장*
# Compounds written as one word (핵보유국, 핵무력정책법, 전술핵무기):
# their first nouns as prefixes; never 핵* alone, which is 핵심 too.
theme:nuclear	핵보유*
theme:nuclear	핵사용*
theme:nuclear	전술핵*
theme:nuclear	핵탄두*
theme:nuclear	핵전력*
theme:nuclear	핵미사일*
theme:nuclear	핵무력*
theme:nuclear	핵억제*
theme:nuclear	핵위협*
theme:nuclear	핵실험*
theme:nuclear	핵무기*
theme:nuclear	핵개발*
theme:nuclear	핵능력*
theme:nuclear	핵공격*
theme:nuclear	핵전쟁*
theme:nuclear	핵물질*
theme:nuclear	핵시설*
theme:nuclear	핵태세*
theme:nuclear	핵확산*
theme:nuclear	핵강압*
theme:nuclear	핵선제*
theme:nuclear	핵작전*
theme:nuclear	핵운용*
theme:missile	미사일*
theme:missile	탄도미사일
theme:missile	대륙간탄도미사일
theme:missile	=ICBM
theme:missile	=SLBM
theme:missile	극초음속
theme:missile	순항미사일
# Kinds of missiles written as one word (단거리탄도미사일을).
theme:missile	단거리탄도미사일*
theme:missile	중거리탄도미사일*
theme:missile	장거리탄도미사일*
theme:missile	극초음속미사일*
theme:missile	전술탄도미사일*
theme:deterrence	억제
theme:deterrence	억제력
theme:deterrence	억지력
theme:deterrence	억지능력
theme:deterrence	억지 능력
theme:deterrence	억지전략
theme:deterrence	확장억제*
theme:deterrence	핵억제*
theme:deterrence	확장 억제
theme:deterrence	맞춤형억제전략
theme:deterrence	맞춤형 억제전략
theme:deterrence	맞춤형 억제 전략
theme:extended-deterrence	확장억제*
theme:extended-deterrence	확장 억제
theme:extended-deterrence	확장억지
theme:extended-deterrence	확장 억지
theme:extended-deterrence	확장억제전략협의체
theme:extended-deterrence	핵협의그룹
theme:extended-deterrence	핵협의 그룹
theme:extended-deterrence	핵 협의 그룹
theme:extended-deterrence	=NCG
theme:extended-deterrence	핵우산
theme:nuclear	핵우산
theme:nuclear	핵협의그룹
theme:nuclear	핵협의 그룹
theme:nuclear	핵 협의 그룹
theme:nuclear	=NCG
# The strategic nuclear forces, 전략핵잠수함 (SSBN) in one word (htag4).
theme:nuclear	전략핵*
theme:usfk	전략적 유연성
theme:missile	사드
# Its bodies and means are deterrence too, as in scm.lex.
theme:deterrence	확장억제전략협의체
theme:deterrence	핵협의그룹
theme:deterrence	핵협의 그룹
theme:deterrence	핵 협의 그룹
theme:deterrence	핵우산
# ... written apart too: 핵 우산.
theme:extended-deterrence	핵 우산
theme:nuclear	핵 우산
theme:deterrence	핵 우산
theme:deterrence	전략자산
theme:deterrence	전략 자산
theme:deterrence	=NCG
theme:extended-deterrence	전략자산
# The ROK's own means (Kill Chain, KMPR), as in scm.lex.
theme:deterrence	3축 체계
theme:deterrence	3축체계
theme:deterrence	킬체인
theme:deterrence	대량응징보복
theme:extended-deterrence	전략 자산
theme:extended-deterrence	워싱턴 선언
theme:exercises	연합연습
theme:exercises	연합훈련
theme:exercises	연합 연습
theme:exercises	연합 훈련
theme:exercises	훈련
theme:exercises	연습
theme:exercises	을지 자유의 방패
theme:exercises	을지프리덤실드
theme:exercises	자유의 방패
theme:exercises	프리덤실드
theme:exercises	프리덤 에지
theme:exercises	프리덤 엣지
theme:exercises	프리덤엣지
theme:exercises	프리덤에지
theme:trilateral	프리덤 에지
theme:trilateral	프리덤 엣지
theme:trilateral	프리덤엣지
theme:trilateral	프리덤에지
theme:exercises	을지 프리덤 실드
theme:exercises	을지프리덤쉴드
theme:exercises	프리덤 플래그
theme:exercises	한미연합훈련
theme:exercises	한미연합연습
theme:exercises	야외기동훈련
theme:exercises	해상훈련
theme:exercises	공중훈련
theme:exercises	연합해상훈련
theme:exercises	연합공중훈련
theme:exercises	해상연합훈련
theme:combined-defense	연합방위태세
theme:combined-defense	연합방위
theme:combined-defense	연합 방위
theme:combined-defense	방위태세
theme:combined-defense	대비태세
theme:combined-defense	한미연합군사령부
theme:combined-defense	연합사
theme:combined-defense	연합사령부
theme:combined-defense	연합사령관
theme:combined-defense	한미연합사*
theme:combined-defense	미래연합사*
theme:combined-defense	미래연합군사령부
theme:combined-defense	연합군사령부
theme:combined-defense	한미상호방위조약
theme:combined-defense	상호방위조약
theme:opcon	전시작전통제권*
theme:opcon	전시작전권*
theme:opcon	전시 작전통제권
theme:opcon	전시작전통제권 전환
theme:opcon	전작권*
theme:opcon	전작권 전환
theme:opcon	작전통제권
theme:opcon	=OPCON
# Full Operational Capability (FOC) of the future command: a stage of
# the transition (=FOC is in scm.lex).
theme:opcon	완전운용능력
theme:usfk	주한미군*
actor:us	주한미군*
theme:usfk	방위비*
theme:usfk	주한 미군
theme:usfk	캠프 험프리스
theme:usfk	캠프험프리스
theme:usfk	방위비 분담금
theme:usfk	방위비분담금
theme:usfk	방위비 분담
theme:usfk	방위비분담특별협정
theme:denuclearization	비핵화
theme:denuclearization	완전한 비핵화
theme:dialogue	대화
theme:dialogue	협상
theme:dialogue	외교
# The field or the officials of diplomacy are no talks: 외교 분야 고위
# 관계자들이 참석하였다.
theme:-	외교 분야
theme:-	외교 당국*
theme:-	외교 관계자*
theme:-	외교 고위 관계자*
theme:-	외교 당국자*
theme:-	외교 고위 당국자*
theme:-	외교 소식통
# Nor are a capital's diplomatic circles, 외교가 (워싱턴 외교가에서는,
# 외교가 안팎; htag4); not 외교가 중요하다, diplomacy with its particle.
# (외교가에서는 alone is one word with 외교 and its particles: the same
# match, which a hide of the same length does not drop.)
theme:-	워싱턴 외교가
theme:-	서울 외교가
theme:-	베이징 외교가
theme:-	도쿄 외교가
theme:-	외교가 안팎
theme:-	외교가 일각
# Nor are an office or a meeting named with 외교: the 2+2 (외교·국방
# 장관회의, 외교.국방장관이, 외교ㆍ국방(2+2)), 외교 장관, 양국 외교 대표.
theme:-	외교·국방*
theme:-	국방·외교*
theme:-	외교·안보*
theme:-	외교·통상*
theme:-	외교 장관*
theme:-	외교 대표*
theme:dialogue	담대한 구상
# The allies' own forums are no dialogue, as in scm.lex: 통합국방대화
# (KIDD), 국방정책대화, 우주정책대화 (one word, 대화 does not match them)
# and 국방 대화 apart.
theme:-	국방 대화
theme:-	통합국방 대화
theme:-	국방정책 대화
theme:-	우주정책 대화
# The Shangri-La Dialogue (아시아안보회의) is a forum, no dialogue.
theme:-	샹그릴라 대화
theme:-	샹그릴라대화
theme:dialogue	안보대화
theme:dialogue	전략대화
# The Six-Party Talks, not every 회담 (the SCM is one).
theme:dialogue	6자회담
theme:dialogue	6자 회담
theme:sanctions	제재
theme:sanctions	대북제재
theme:sanctions	대북 제재
theme:sanctions	안보리 결의
theme:sanctions	안보리 결의안
# The UN's resolutions broken are its sanctions (not 유엔 결의 alone,
# which may be any resolution).
theme:sanctions	유엔 결의 위반
theme:sanctions	유엔 결의를 위반
theme:sanctions	유엔 결의안 위반
theme:sanctions	유엔 결의안을 위반
theme:sanctions	안전보장이사회 결의*
theme:sanctions	대북제재*
theme:sanctions	불법 환적
theme:indo-pacific	인도태평양
theme:indo-pacific	인도태평양*
theme:indo-pacific	인도·태평양
theme:indo-pacific	인도-태평양
theme:indo-pacific	인태
theme:indo-pacific	인태 전략
theme:indo-pacific	태평양 도서국
theme:trilateral	한미일 안보협력
theme:trilateral	한미일 안보 협력
theme:trilateral	한미일 3국
theme:trilateral	한미일 협력
theme:trilateral	한미일 훈련
# ... which is an exercise too (the longer match hides 훈련 in it).
theme:exercises	한미일 훈련
theme:trilateral	한미일 정상회의
theme:trilateral	3자 협력
theme:trilateral	삼자 협력
theme:trilateral	캠프 데이비드
theme:south-china-sea	남중국해
theme:taiwan-strait	대만해협
theme:taiwan-strait	대만 해협
theme:taiwan-strait	타이완해협
theme:taiwan-strait	타이완 해협
theme:taiwan-strait	양안
# A war over Taiwan, as in scm.lex (htag4).
theme:taiwan-strait	대만 침공
theme:taiwan-strait	대만 유사시
theme:taiwan-strait	대만 봉쇄
theme:taiwan-strait	타이완 침공
theme:taiwan-strait	타이완 유사시
theme:economic-security	경제안보
theme:economic-security	경제 안보
theme:economic-security	공급망
theme:economic-security	반도체
theme:economic-security	핵심광물
theme:economic-security	핵심 광물
theme:economic-security	수출통제
theme:economic-security	수출 통제
theme:economic-security	경제적 강압
theme:emerging-tech	인공지능*
theme:emerging-tech	신흥기술
theme:emerging-tech	신흥 기술
theme:defense-industry	조선업*
theme:defense-industry	조선 협력
theme:defense-industry	조선 분야
theme:defense-industry	함정 정비
theme:defense-industry	함정 유지보수
# Building warships and submarines.  A longer match hides the shorter
# ones of its namespace inside it: the nuclear submarines' building is
# theme:nuclear too, or 원자력추진잠수함 건조 would lose it.
theme:defense-industry	잠수함 건조
theme:defense-industry	*잠수함 건조
# With the object particle too (핵추진 잠수함을 건조할).
theme:defense-industry	잠수함을 건조
theme:defense-industry	*잠수함을 건조
theme:defense-industry	군함을 건조
theme:defense-industry	함정을 건조
# MASGA, the shipbuilding project of the 2025 tariff deal.
theme:defense-industry	마스가
theme:defense-industry	=MASGA
theme:defense-industry	군함 건조
theme:defense-industry	함정 건조
theme:defense-industry	핵잠 건조
theme:nuclear	원자력추진잠수함 건조
theme:nuclear	핵추진잠수함 건조
theme:nuclear	핵잠수함 건조
theme:nuclear	핵잠 건조
theme:inter-korean	군사합의*
theme:inter-korean	9·19
theme:inter-korean	북방한계선
theme:inter-korean	비무장지대
theme:inter-korean	군사분계선
theme:alliance-vision	글로벌 포괄적 전략동맹
theme:alliance-vision	글로벌 포괄적 전략 동맹
theme:alliance-vision	글로벌 전략동맹
theme:alliance-vision	글로벌 전략 동맹
theme:alliance-vision	포괄적 전략동맹
theme:alliance-vision	글로벌 중추국가
theme:alliance-vision	핵심축
theme:alliance-vision	린치핀
theme:alliance-vision	미래지향적 동맹
# the alliance's joint vision (2009), not any joint vision (한일 공동비전)
theme:alliance-vision	한미동맹 공동비전
theme:alliance-vision	동맹 공동비전
theme:values	공동의 가치
theme:values	가치 공유
theme:values	자유
theme:values	민주주의
theme:values	인권
theme:values	법치
theme:values	규칙 기반 국제질서
theme:values	규칙에 기반한 국제질서
theme:values	북한인권*
theme:cyber	사이버*
theme:cyber	해커
theme:cyber	해커조직*
theme:cyber	해커그룹*
theme:cyber	해킹*
theme:space	우주*
theme:space	우주 안보
theme:space	우주 협력
theme:space	우주군
theme:space	위성
theme:space	정찰위성
theme:space	정찰위성*
theme:space	군사정찰위성*
theme:space	위성발사*
theme:space	위성사진*
theme:space	위성항법*
theme:defense-industry	방위산업
theme:defense-industry	방산
theme:defense-industry	방산 협력
theme:defense-industry	국방상호조달협정
theme:defense-industry	=RDP
theme:defense-industry	공급안정화약정
theme:defense-industry	=SOSA
theme:defense-industry	무기 판매
theme:defense-industry	공동생산
theme:defense-industry	공동개발
theme:anniversary	주년
theme:anniversary	기념
# Written glued to the years: 70주년기념, 70주년기념식.
theme:anniversary	주년기념*

# ---- stances ----
stance:commit	공약
# A pattern matches a word's start: the commitments written as one word.
stance:commit	방위공약
stance:commit	안보공약
stance:commit	방어공약
stance:commit	약속
stance:commit	재확인
stance:commit	재확인하였다
stance:commit	재확인했다
stance:commit	재천명
stance:commit	확약
# ... written apart, or again: 재 천명하였다, 재확약했다.
stance:commit	재 천명
stance:commit	재 확인
stance:commit	재확약
# Views gathered into one, as 합의: 의견을 모았다, 뜻을 모았다.
stance:commit	의견을 모았*
stance:commit	뜻을 모았*
stance:commit	합의
stance:commit	합의하였다
stance:commit	합의했다
stance:commit	확인하였다
stance:commit	확인했다
stance:commit	승인하였다
stance:commit	승인했다
stance:commit	결정
stance:commit	다짐
stance:commit	동의하였*
stance:commit	동의했*
stance:commit	동의한다
stance:commit	동의하지
stance:commit	동의하기로*
# Tolerating what the other side does, mostly said negated (용납할 수
# 없다, 용납하지 않을 것), which gives stance:not-accept as "will not
# tolerate" does.
stance:accept	용납
stance:accept	용납할
stance:accept	용납하지
stance:accept	용납한다
stance:accept	용납하다
stance:accept	묵인
stance:accept	좌시
stance:accept	용인하*
stance:accept	용인할*
stance:accept	용인될*
stance:accept	용인되*
stance:accept	묵과하*
stance:accept	묵과할*
stance:accept	묵과될*
stance:not-accept	불허
stance:not-accept	거부
stance:not-accept	거절
stance:accept	수용
stance:accept	받아들이*
stance:accept	받아들였*
stance:assess	평가
stance:assess	평가하였다
# An assessment carried out is a task, not the ministers' view: FOC 검증
# 평가를 실시하기로, 평가를 진행.
stance:-	평가를 실시*
stance:-	평가를 진행*
stance:-	검증 평가*
# ... and so is one in a list of a task's nouns (전환계획 평가 및 FOC 검증
# 추진, 평가·검증, 평가 완료): a bare 평가 before 및 is a noun.
stance:-	평가 및
stance:-	평가·검증
stance:-	검증 및 평가*
stance:-	평가를 완료*
stance:-	평가 완료*
stance:assess	주목
stance:assess	인식
stance:assess	인식을 같이하였다
stance:assess	인식을 같이했다
stance:assess	공감
stance:assess	공감대
stance:assess	의견을 같이하였다
stance:assess	의견을 같이했다
# ... written apart, with 견해, or going on: 의견을 같이 하였다, 견해를 같이
# 했다, 의견을 같이하였으며; and 의견의 일치를 보았다.
stance:assess	의견을 같이하*
stance:assess	의견을 같이했*
stance:assess	의견을 같이 하*
stance:assess	의견을 같이 했*
stance:assess	견해를 같이하*
stance:assess	견해를 같이했*
stance:assess	견해를 같이 하*
stance:assess	견해를 같이 했*
stance:assess	인식을 같이 하*
stance:assess	인식을 같이 했*
stance:assess	의견의 일치를 보*
stance:assess	의견 일치를 보*
stance:assess	우려를 표명
stance:assess	우려
stance:welcome	환영
stance:welcome	환영하였다
stance:welcome	환영했다
stance:welcome	지지
stance:welcome	지지를 표명
stance:welcome	높이 평가
stance:welcome	사의를 표*
stance:welcome	감사
stance:welcome	치하
stance:condemn	규탄
stance:condemn	강력히 규탄
stance:condemn	강력 규탄
stance:condemn	비난
stance:condemn	맹비난
stance:condemn	반대한다
stance:condemn	반대했다
stance:condemn	반대하였다
stance:condemn	반대 입장을 밝*
stance:condemn	반대 입장을 표명*
stance:condemn	반대 입장을 분명히*
stance:condemn	강한 불만
stance:condemn	개탄
stance:condemn	비판하였다
stance:condemn	비판했다
stance:condemn	비판한다
stance:condemn	비판하며
stance:condemn	비판하고
stance:urge	촉구
stance:urge	촉구하였다
stance:urge	촉구했다
stance:urge	요구
stance:urge	요청
stance:prescribe	필요가 있다
stance:prescribe	필요하다
stance:prescribe	*해야 한다
stance:prescribe	*해야 할
stance:prescribe	해야
stance:prescribe	*하여야 한다
stance:prescribe	하여야
stance:prescribe	필수적
stance:prescribe	긴요하다
stance:prescribe	불가결
stance:prescribe	*해야 한다고
stance:prescribe	*해야 한다며
stance:prescribe	*해야 한다는
stance:prescribe	*되어야 한다
stance:prescribe	*돼야 한다
stance:prescribe	*되어야 한다고
stance:prescribe	*되어야 한다며
stance:prescribe	*되어야 한다는
stance:prescribe	*돼야 한다고
stance:prescribe	*돼야 한다며
stance:prescribe	*돼야 한다는
stance:prescribe	*해서는 안 된다
stance:prescribe	*돼서는 안 된다
stance:prescribe	*되어서는 안 된다
stance:prescribe	*돼서는 안 될
stance:prescribe	*되어서는 안 될
stance:prescribe	*해서는 안 될
# The endings of a brief's list of tasks (개조식): ~해야 함, ~할 필요.
stance:prescribe	*해야 함
stance:prescribe	*되어야 함
stance:prescribe	*돼야 함
stance:prescribe	필요가 있음
stance:prescribe	*할 필요
# Any verb's "must": 높여야 한다, 지켜야 한다, 나아가야 한다; and the
# brief's endings 필요함, 긴요함, 바람직함, a task ending in 필요.
stance:prescribe	*야 한다
stance:prescribe	*야 할
stance:prescribe	*야 함
# ... and reported: 억제할 수 있어야 한다고 강조했다, 내야 한다며.
stance:prescribe	*야 한다고
stance:prescribe	*야 한다며
stance:prescribe	*야 한다면서
stance:prescribe	*야 한다는
stance:prescribe	필요함
stance:prescribe	긴요함
stance:prescribe	바람직함
stance:prescribe	바람직하다
stance:prescribe	=필요
stance:-	필요 시
# Asking not to be named is no demand: 익명을 요구한 관계자.
stance:-	익명을 요구*
stance:-	익명 요구*
# Declining to comment is no rejection: 논평을 거부했다.
stance:-	논평을 거부*
stance:-	언급을 거부*
stance:-	답변을 거부*
stance:-	확인을 거부*
stance:-	논평을 거절*
stance:-	언급을 거절*
stance:-	답변을 거절*
stance:-	필요시
# ... and said aloud (broadcast, a briefing): 유지하기로 했습니다.
stance:commit	*기로 했습니다
stance:commit	*기로 하였습니다
stance:commit	*기로 하였다
stance:commit	*기로 했다
stance:commit	*기로 하였으며
stance:commit	*기로 했으며
stance:commit	*기로 함
stance:commit	*기로 하였음
stance:commit	*기로 했음
stance:commit	*기로 하였다고
stance:commit	*기로 했다고
# ... joined to the next clause: 유지하기로 하고, 하기로 하며.
stance:commit	*기로 하고
stance:commit	*기로 하며
stance:commit	*기로 하면서
stance:commit	*기로 했고
stance:commit	*기로 하였고

# ---- the words of analyses, editorials and older news ----
# Wartime operational control with a space between each word.
theme:opcon	전시 작전 통제권
# The combined defense system, one word as 연합방위태세 is.
theme:combined-defense	연합방위체제
theme:combined-defense	연합방위체계
theme:combined-defense	연합사체제
# The U.S. forces, 미군, are the U.S.'s as 주한미군 is.
actor:us	미군*
# The ROK's presidents by their full names, as 윤석열 and 이재명 above.
actor:rok	문재인
actor:rok	박근혜
actor:rok	이명박
actor:rok	노무현
actor:rok	김대중
actor:rok	김영삼
# A positive response is approval.
stance:welcome	긍정적인 반응
stance:welcome	긍정적 반응
# An assessment after which something happens is a stage, not a view:
# 조건 평가 후 전환됩니다.
stance:-	평가 후
stance:-	평가 이후
# Buying arms is the defense industry's business, as 무기 판매 is.
theme:defense-industry	무기 수입
theme:defense-industry	무기 구매
# A decision, 하기로 했다, in its short form 키로 (창설키로 했다), and
# one already made named before a noun (신설하기로 한 핵협의그룹,
# 확보하기로 하는 등, 강화해 나가기로 한 방안), by 하기로, 키로 or
# 나가기로: a noun's 기로 is no decision (계기로 한 회담, 무기로 한).
stance:commit	*키로 했습니다
stance:commit	*키로 하였습니다
stance:commit	*키로 하였다
stance:commit	*키로 했다
stance:commit	*키로 했으며
stance:commit	*키로 하였으며
stance:commit	*키로 했다고
stance:commit	*키로 하였다고
stance:commit	*키로 하고
stance:commit	*키로 하며
stance:commit	*하기로 한
stance:commit	*하기로 하는
stance:commit	*키로 한
stance:commit	*키로 하는
stance:commit	하기로 한
stance:commit	하기로 하는
stance:commit	나가기로 한
stance:commit	나가기로 하는
# Cost-sharing negotiations are the allies' own, no dialogue with others
# (as cost-sharing negotiations in scm.lex): 방위비 협상, 분담금 협상.
theme:-	방위비 협상
theme:usfk	방위비 협상
theme:-	방위비분담 협상
theme:usfk	방위비분담 협상
theme:-	방위비 분담 협상
theme:usfk	방위비 분담 협상
theme:-	분담금 협상
theme:usfk	분담금 협상
theme:-	방위비분담금 협상
theme:usfk	방위비분담금 협상
theme:-	방위비 분담금 협상
theme:usfk	방위비 분담금 협상
theme:-	SMA 협상
theme:-	특별협정(SMA) 협상
theme:usfk	특별협정(SMA) 협상
theme:-	특별협정 협상
theme:-	*특별협정(SMA) 협상
theme:usfk	*특별협정(SMA) 협상
theme:-	*특별협정 협상
theme:-	*분담금을 협상
theme:-	분담금을 협상
theme:-	방위비를 협상
# Still cost-sharing talks, as 분담금 협상 is (방위비분담금을 협상했다).
theme:usfk	*분담금을 협상
theme:usfk	분담금을 협상
theme:usfk	방위비를 협상
theme:usfk	SMA 협상
# A vow to strive is a pledge, as "vowed to work to" is (노력하겠다고
# 밝혔다); not the effort made (노력했다).
stance:commit	노력하겠다
stance:commit	노력하겠다고
stance:commit	노력하겠다며
stance:commit	노력하겠다는
stance:commit	노력하겠습니다
stance:commit	노력해 나가겠다
stance:commit	노력해 나가겠다고
stance:commit	노력해 나가겠습니다
# ... and so is a vow to strengthen, to cooperate or to keep (강화하겠다고
# 밝혔다, 협력해 나가겠다; htag4); not what was done (강화했다).
stance:commit	강화하겠다고
stance:commit	강화하겠다며
stance:commit	강화하겠다는
stance:commit	강화해 나가겠다고
stance:commit	협력하겠다고
stance:commit	협력하겠다며
stance:commit	협력하겠다는
stance:commit	협력해 나가겠다고
stance:commit	유지하겠다고
stance:commit	유지하겠다며
stance:commit	유지하겠다는
stance:commit	유지해 나가겠다고
# Talks concluded (협상을 타결했다) are an agreement reached; not the
# noun (타결 가능성).
stance:commit	타결했다
stance:commit	타결했습니다
stance:commit	타결하였다
stance:commit	타결했다고
stance:commit	타결했으며
stance:commit	타결됐다
stance:commit	타결되었다
stance:commit	타결됐습니다
stance:commit	타결됐다고
stance:commit	타결지었다
# The nuclear missile written as one word is a missile too (htag5).
theme:missile	핵미사일*
# A vow to do one's utmost is a pledge (htag5): 모든 노력을 다할 것"이라고,
# 최선을 다하겠다; not asked of others (노력을 다할 것을 촉구).
stance:commit	=노력을 다할 것
stance:commit	노력을 다할 것이다
stance:commit	노력을 다할 것이라고
stance:commit	노력을 다할 것임*
stance:commit	노력을 다하겠*
stance:commit	=최선을 다할 것
stance:commit	최선을 다할 것이다
stance:commit	최선을 다할 것이라고
stance:commit	최선을 다하겠*
# Cost sharing by its dues, in their talks and their sums (htag5):
# 분담금협상, 분담금 인상 (증액, 총액, 규모), 방위비(...) 분담 협상; the
# troops' cost (미군 주둔 비용), U.S. troops in Korea (한국 내 미군) and
# the SMA's Korean name (특별조치협정).  Not dues alone, which are the
# U.N.'s, NATO's or a health insurer's as often (건강보험 분담금이
# 인상됐다), nor the cost of U.S. troops in Japan.
theme:usfk	분담금협상*
theme:usfk	분담금 인상
theme:usfk	분담금 증액
theme:usfk	분담금 총액
theme:usfk	분담금 규모
theme:-	유엔 분담금 인상
theme:-	유엔 분담금 증액
theme:-	나토 분담금 인상
theme:-	나토 분담금 증액
theme:usfk	분담 협상
theme:usfk	미군 주둔 비용
theme:usfk	미군 주둔비용
theme:usfk	미군 주둔비*
theme:-	일본 내 미군 주둔 비용
theme:-	일본 내 미군 주둔비*
theme:-	일본 내 미군 주둔비용
theme:usfk	한국 내 미군
theme:usfk	한국내 미군
theme:usfk	특별조치협정
# A recommendation is a prescription, as "recommend" is (htag5):
# 감축할 것을 권고했다.
stance:prescribe	권고
# The munitions industry is a defense industry (htag5): 북한 군수산업.
theme:defense-industry	군수산업*
theme:defense-industry	군수 산업
# Russia and the North in Russia's order (htag5): 러북 군사협력, 러·북.
actor:dprk	러북*
actor:dprk	러북
actor:russia	러북*
actor:russia	러북
# The rules-based order by its norms (htag5): 규범 기반 국제질서.
theme:values	규범 기반 국제질서
theme:values	규범에 기반한 국제질서
theme:values	규범 기반 질서
# Sanctions of one's own (독자제재) and oil transfers at sea (htag5).
theme:sanctions	독자제재*
theme:sanctions	유류 환적
theme:sanctions	해상 환적
theme:sanctions	선박 간 환적
# A stage's assessment (2단계 평가) is a stage, no stance (htag5).
stance:-	단계 평가
# Toward the U.S. (對美) before its usual nouns is the U.S. (htag5): 대미
# 대화, 대미 협상; not 대미 alone, the finale (대미를 장식했다).
actor:us	대미 대화
actor:us	대미 협상
actor:us	대미 외교
actor:us	대미 관계
actor:us	대미 압박
actor:us	대미 투자
actor:us	대미 수출
actor:us	대미 특사
actor:us	대미 메시지
# Dues that are not the troops' (revt5): a health insurer's, a rebuilt
# block's members', the U.N.'s peacekeeping and NATO's, in the sums of
# htag5's 분담금 인상 (건강보험 분담금 인상이 예고됐다: no usfk).
# Not 추가 분담금 (revt6): more dues are the troops' as often (미국은
# 추가 분담금 증액을 요구했다).
theme:-	건강보험 분담금 인상
theme:-	*건강보험 분담금 인상
theme:-	건강보험 분담금 증액
theme:-	*건강보험 분담금 증액
theme:-	건강보험 분담금 규모
theme:-	*건강보험 분담금 규모
theme:-	건강보험 분담금 총액
theme:-	*건강보험 분담금 총액
theme:-	재건축 분담금 인상
theme:-	재건축 분담금 증액
theme:-	재건축 분담금 규모
theme:-	재건축 분담금 총액
theme:-	조합원 분담금 인상
theme:-	조합원 분담금 증액
theme:-	조합원 분담금 규모
theme:-	평화유지활동 분담금 인상
theme:-	평화유지활동 분담금 증액
theme:-	평화유지활동 분담금 규모
theme:-	평화유지활동 분담금 총액
theme:-	유엔 분담금 규모
theme:-	유엔 분담금 총액
theme:-	나토 분담금 규모
theme:-	나토 분담금 총액
# Japan's special measures agreement is Japan's (revt5): 미일
# 특별조치협정, 일본과의 특별조치협정.
theme:-	미일 특별조치협정
theme:-	미·일 특별조치협정
theme:-	일본과의 특별조치협정
# A slogan's imperative is a demand (revt5): 사드 배치 철회하라!,
# 확장억제정책 폐기하라!  Only before "!": the bare form ends a
# headline's quote or a book's title as often.
stance:urge	*하라!
# and the other verbs' (revt6): 평화를 지켜라!, 미군은 물러가라!, 멈춰라!
# (not 승리하리라!, a vow).
stance:urge	*켜라!
stance:urge	*가라!
stance:urge	*춰라!
stance:urge	*려라!
stance:urge	*내라!
stance:urge	*아라!
stance:urge	*어라!
# A report's nominal ending is its author's judgment (revt5): ...할
# 것이라고 봄, ...다고 봄, 것으로 판단됨 (평가됨 is 평가 already).
stance:assess	*다고 봄
stance:assess	*라고 봄
stance:assess	것으로 봄
stance:assess	것으로 판단됨
stance:assess	*다고 판단됨
stance:assess	*라고 판단됨
# A recommendation followed, accepted or carried out is described, no
# advice (revt5): 권고에 따라 개선했다, 권고를 수용하기로, 권고를 이행;
# 권고했다 and 권고를 내렸다 are htag5's 권고.
stance:-	권고에 따라
stance:-	권고를 수용*
stance:-	권고를 받아들*
stance:-	권고를 이행*
stance:-	권고 이행*
stance:-	권고 사항 이행*
stance:-	권고사항 이행*
# Trade with the U.S. is htag5's 대미 too (revt5): 대미 무역흑자.
actor:us	대미 무역*
actor:us	대미 흑자
actor:us	대미 무역흑자
# Japan's prime ministers by name are Japan (htag6): 기시다 총리, 이시바.
actor:japan	기시다
actor:japan	이시바
actor:japan	다카이치
actor:japan	아베 총리
actor:japan	아베 신조
actor:japan	스가 총리
# The South, as the North and older texts call it, and its intelligence
# service are the ROK (htag6): 남한을 위협하는, 국정원은 평가했다.
actor:rok	남한
actor:rok	국정원
actor:rok	국가정보원
# The Combined Defense Guidelines are the combined defense's (htag6).
theme:combined-defense	연합방위지침
theme:combined-defense	연합방위 지침
# A judgment reported in its verbs is an assessment (htag6): 도발이라고
# 분석했다, 것으로 분석된다, 이같이 분석했다, 것으로 본다고 밝혔다,
# 판단하고 있다, 내다봤다, 전망했다; a reported seeming too (것으로
# 보인다고 밝혔다), not the writer's hedge alone (것으로 보인다.), nor an
# analysis carried out on its object (과정을 분석했다) or under way
# (분석 중): 분석 only after what it finds (-다고, -라고, -로).
stance:assess	*다고 분석*
stance:assess	*라고 분석*
stance:assess	*로 분석*
stance:assess	이같이 분석*
stance:assess	이렇게 분석*
stance:-	*로 분석 중*
stance:-	*로 분석중*
stance:assess	것으로 본다*
stance:assess	것으로 보고 있다*
stance:assess	것으로 보인다고*
stance:assess	판단했*
stance:assess	판단하였*
stance:assess	판단한다*
stance:assess	판단하고 있다*
stance:assess	내다봤*
stance:assess	내다보았*
stance:assess	내다보고 있다*
stance:assess	전망했*
stance:assess	전망하였*
# An agreement acted on is the ground of a report, no pledge made
# (htag6): 이번 합의에 따라 시행할 수 있을 것으로 내다봤다.
stance:-	합의에 따라
stance:-	합의에 따른
# A demand that may come is a forecast, none made (htag6): 재협상하자고
# 요구할 가능성이 작지 않다.
stance:-	요구할 가능성*
# A threat, a provocation or a breach called so is judged (htag6):
# 미사일 발사를 심각한 군사위협으로 규정했다, "심각한 위협"이라고
# 규정했다; a law's provision is not (금지 사항으로 규정했다, 위반으로
# 규정한 행위).
stance:assess	*위협으로 규정*
stance:assess	*도발로 규정*
stance:assess	*위반으로 규정했*
stance:assess	*위반으로 규정하였*
stance:assess	*위반으로 규정하고*
stance:assess	*라고 규정했*
stance:assess	위협으로 규정*
stance:assess	도발로 규정*
stance:assess	위반으로 규정했*
stance:assess	위반으로 규정하였*
stance:assess	위반으로 규정하고*
