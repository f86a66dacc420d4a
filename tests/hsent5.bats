#!/usr/bin/env bats
# Sentence cuts (hsent5): an end glued to the next sentence's initials
# or to its quotation, a Korean quote glued to the sentence after it, a
# credit in brackets that ends the text, a question glued to the next
# sentence, U.S. after a comma; and the nearest shapes that must not
# change.  Sentences of our own writing.
load helper

# the sentences of the text $1, one a line
sents() {
	printf '%s\n' "$1" | scm-split -u sentence | cut -f6
}

@test "hsent5: a stop glued to the next sentence's initials (year.U.S. Army) ends the sentence" {
	run sents 'Fewer troops took part than in the spring.U.S. Army officials said the cut was planned.'
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = 'Fewer troops took part than in the spring.' ]
	[ "${lines[1]}" = 'U.S. Army officials said the cut was planned.' ]
	[ "${#lines[@]}" -eq 2 ]
	run sents 'Aid deliveries fell sharply this year.U.N. monitors reported the drop on Friday.'
	[ "${lines[0]}" = 'Aid deliveries fell sharply this year.' ]
	[ "${lines[1]}" = 'U.N. monitors reported the drop on Friday.' ]
}

@test "hsent5: a stop glued to the quotation that opens the next sentence ends before the quote" {
	run sents '"We will stay ready," she said."The drills are defensive and planned."'
	[ "${lines[0]}" = '"We will stay ready," she said.' ]
	[ "${lines[1]}" = '"The drills are defensive and planned."' ]
	[ "${#lines[@]}" -eq 2 ]
	run sents 'The talks ended late.“We made real progress,” the envoy said.'
	[ "${lines[0]}" = 'The talks ended late.' ]
	[ "${lines[1]}" = '“We made real progress,” the envoy said.' ]
	run sents 'Was the pact signed?"Not yet," the aide said.'
	[ "${lines[0]}" = 'Was the pact signed?' ]
	[ "${lines[1]}" = '"Not yet," the aide said.' ]
}

@test "hsent5: a quotation's close glued to the next sentence ends after the quote" {
	run sents 'The minister said: "The drills are over."Both sides then left the hall.'
	[ "${lines[0]}" = 'The minister said: "The drills are over."' ]
	[ "${lines[1]}" = 'Both sides then left the hall.' ]
}

@test "hsent5: a Korean quotation glued to the sentence after it ends there, not before its reporting ending" {
	run sents '“훈련의 목적은 승리가 아니다. 대비하는 것이다.”장병들은 이 말을 자주 되새긴다.'
	[ "${lines[0]}" = '“훈련의 목적은 승리가 아니다. 대비하는 것이다.”' ]
	[ "${lines[1]}" = '장병들은 이 말을 자주 되새긴다.' ]
	run sents '국방부는 "훈련을 마쳤다"고 밝혔다."북한은 도발을 멈춰야 한다"는 말도 덧붙였다.'
	[ "${lines[0]}" = '국방부는 "훈련을 마쳤다"고 밝혔다.' ]
	[ "${lines[1]}" = '"북한은 도발을 멈춰야 한다"는 말도 덧붙였다.' ]
	# 다." before its reporting ending stays inside the sentence
	run sents '그는 “훈련은 계속된다.”고 말했다.'
	[ "${#lines[@]}" -eq 1 ]
	run sents '그는 "훈련은 계속된다."라며 자리를 떴다. 이어 회의가 열렸다.'
	[ "${lines[0]}" = '그는 "훈련은 계속된다."라며 자리를 떴다.' ]
	[ "${#lines[@]}" -eq 2 ]
}

@test "hsent5: a credit in brackets that ends the text stays with its sentence" {
	run sents 'Sailors load supplies onto a ship at the port in Busan. (Seoul Harbor News)'
	[ "${lines[0]}" = 'Sailors load supplies onto a ship at the port in Busan. (Seoul Harbor News)' ]
	[ "${#lines[@]}" -eq 1 ]
	run sents 'Engineers test a bridge near Paju, Oct. 3, 2026. (Kim Min-su/Harbor Post)'
	[ "${#lines[@]}" -eq 1 ]
	run sents 'The ferry left on time. Its crew waved! (Harbor Post)'
	[ "${lines[1]}" = 'Its crew waved! (Harbor Post)' ]
	run sents '한미 장병들이 연합 도하 훈련을 하고 있다. (부산=한빛뉴스)'
	[ "${#lines[@]}" -eq 1 ]
	run sents '장병들이 도하 훈련을 하고 있다. (사진=국방부 제공)'
	[ "${#lines[@]}" -eq 1 ]
}

@test "hsent5: near misses: an aside that is a sentence, a link's label, a credit before more text" {
	run sents 'The plan is in the annex. (See annex 4.)'
	[ "${lines[1]}" = '(See annex 4.)' ]
	run sents 'The plan is in the annex. (Why now?)'
	[ "${lines[1]}" = '(Why now?)' ]
	run sents '장병들이 도하 훈련을 하고 있다. (전체 기사 보기)'
	[ "${lines[1]}" = '(전체 기사 보기)' ]
	run sents 'The ferry left on time. (Harbor Post) Its crew waved.'
	[ "${lines[0]}" = 'The ferry left on time.' ]
}

@test "hsent5: near misses: abbreviations, initials, numbers, addresses and decimals are not cut" {
	run sents 'The U.S.-ROK alliance is strong. It grew over seven decades.'
	[ "${lines[0]}" = 'The U.S.-ROK alliance is strong.' ]
	[ "${#lines[@]}" -eq 2 ]
	run sents 'He used a label, e.g."The Pact", for it.'
	[ "${#lines[@]}" -eq 1 ]
	run sents 'He quoted Prof."Kim" twice in the memo.'
	[ "${#lines[@]}" -eq 1 ]
	run sents 'The talks went well, he said."and then" was all he added.'
	[ "${#lines[@]}" -eq 1 ]
	run sents 'The ship No. 3 sailed on Jan. 5 at 3 p.m. It returned on Monday.'
	[ "${lines[0]}" = 'The ship No. 3 sailed on Jan. 5 at 3 p.m.' ]
	[ "${#lines[@]}" -eq 2 ]
	run sents 'See www.State.gov for the text. Also read Yonhap.co.kr for news.'
	[ "${lines[0]}" = 'See www.State.gov for the text.' ]
	[ "${#lines[@]}" -eq 2 ]
	run sents 'Spending rose 2.5 percent. Gen. Kim met Mr. Lee in Seoul.'
	[ "${lines[1]}" = 'Gen. Kim met Mr. Lee in Seoul.' ]
	[ "${#lines[@]}" -eq 2 ]
	run sents 'Officials in the U.S. Forces Korea command said so.'
	[ "${#lines[@]}" -eq 1 ]
}

@test "hsent5: near misses in Korean: clause numbers and a quotation inside the sentence" {
	run sents '1. 양국은 동맹을 강화하기로 했다. 2. 양국은 훈련을 계속한다.'
	[ "${lines[0]}" = '1. 양국은 동맹을 강화하기로 했다.' ]
	[ "${lines[1]}" = '2. 양국은 훈련을 계속한다.' ]
	run sents '그는 "훈련은 계속된다."라고 말했다. 이어 회의가 열렸다.'
	[ "${lines[0]}" = '그는 "훈련은 계속된다."라고 말했다.' ]
	[ "${#lines[@]}" -eq 2 ]
}

@test "hsent5: a question mark glued to the next sentence's word ends the question" {
	run sents 'Got a story for the desk?Send it in by noon.'
	[ "${lines[0]}" = 'Got a story for the desk?' ]
	[ "${lines[1]}" = 'Send it in by noon.' ]
	# (not a brand's exclamation mark, not one capital before it)
	run sents 'Visit Yahoo!Korea for more.'
	[ "${#lines[@]}" -eq 1 ]
	run sents 'Is it A?B or C.'
	[ "${#lines[@]}" -eq 1 ]
}

@test "hsent5: U.S. after a comma opens a reporting clause's subject, no new sentence (not after a city: Washington, D.C.)" {
	run sents 'The envoy hopes talks between the two allies resume soon, U.S. Secretary of State Jane Roe said Monday.'
	[ "${#lines[@]}" -eq 1 ]
	run sents 'The ministers met in Washington, D.C. The talks went well.'
	[ "${lines[0]}" = 'The ministers met in Washington, D.C.' ]
	[ "${lines[1]}" = 'The talks went well.' ]
	run sents 'They met at the White House in Washington, D.C. President Lee then spoke.'
	[ "${lines[1]}" = 'President Lee then spoke.' ]
}
