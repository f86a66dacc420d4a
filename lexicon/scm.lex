# scm.lex: the built-in lexicon of scm-tag(1), compiled into the binary.
# One entry a line: namespace:name<TAB>pattern.  Patterns match whole
# words, case-insensitively unless they start with `=' (then exactly);
# white space and hyphens/dashes between words are all alike; a final
# `*' matches any ending of the last word.  A tag named `-' (actor:-)
# gives no tag but hides the shorter matches of its namespace inside it:
# "Washington, D.C." is a place, not the government.
# When you add a tag here, add it to the list in man/scm-tag.1 too.

# ---- actors: who is named, as a state or government ----
actor:rok	ROK
actor:rok	Republic of Korea
actor:rok	South Korea
actor:rok	South Korean
actor:rok	South Koreans
actor:rok	Seoul
actor:rok	Yoon administration
actor:rok	President Yoon
actor:rok	Yoon Suk Yeol
actor:rok	Ministry of National Defense
actor:rok	Ministry of National Defence
actor:rok	Blue House
actor:rok	S. Korea
actor:rok	S. Korean
actor:rok	S Korea
actor:rok	S Korean
actor:rok	President Lee Jae-myung
actor:rok	Lee Jae-myung
# The ROK co-chairs of the SCM, Ministers of National Defense, as the
# U.S. Secretaries below are.
actor:rok	Minister of National Defense
actor:rok	Minister Ahn
actor:rok	Ahn Gyu-back
actor:rok	Minister Kim Yong-hyun
actor:rok	Kim Yong-hyun
actor:rok	Minister Shin
actor:rok	Shin Won-sik
actor:rok	Minister Lee Jong-sup
actor:rok	Lee Jong-sup
actor:rok	Minister Suh
actor:rok	Suh Wook
actor:rok	Jeong Kyeong-doo
actor:rok	Song Young-moo
actor:rok	Han Min-koo
actor:rok	Kim Kwan-jin
# Compounds name both partners; a hyphen or any dash is a separator, so
# "Korea-U.S." also matches "Korea–U.S." and "Korea U.S.".  Both tags on
# one pattern: the longer match would hide the "U.S." inside it.
actor:rok	Korea-U.S.
actor:us	Korea-U.S.
actor:rok	=Korea-US
actor:us	=Korea-US
actor:rok	U.S.-Korea
actor:us	U.S.-Korea
actor:rok	=US-Korea
actor:us	=US-Korea
actor:rok	Korea-Japan
actor:japan	Korea-Japan
actor:rok	Japan-Korea
actor:japan	Japan-Korea
actor:rok	Korea-China
actor:china	Korea-China
# North Korea's compounds: longer, so they hide the "Korea-U.S." inside.
actor:dprk	North Korea-U.S.
actor:us	North Korea-U.S.
actor:dprk	N. Korea-U.S.
actor:us	N. Korea-U.S.
actor:dprk	North Korea-Japan
actor:japan	North Korea-Japan
actor:dprk	North Korea-China
actor:china	North Korea-China
# US in capitals only: "us" is a pronoun.
actor:us	=US
actor:us	U.S.
actor:us	U.S
actor:us	=USA
actor:us	United States
actor:us	United States of America
actor:us	America
actor:us	American
actor:us	Americans
actor:us	Washington
actor:us	Pentagon
actor:us	White House
actor:us	State Department
actor:us	Department of Defense
actor:us	Secretary Austin
actor:us	Lloyd Austin
# A Secretary by surname ("Secretary Perry"): lib/context.c keeps
# "Secretary" only before a capitalised surname (not Secretary General,
# Secretary of, a Korean family name), not after another state's name
# or another office (Cabinet Secretary, Foreign Secretary).  A Minister
# by a Korean family name ("Minister Lee", as 이 장관 in ko.lex), not
# after "Foreign", "Prime" or another state's name (North Korean Defense
# Minister Kim): lib/context.c.
actor:us	=Secretary
actor:rok	Minister Kim
actor:rok	Minister Lee
actor:rok	Minister Park
actor:rok	Minister Choi
actor:rok	Minister Jung
actor:rok	Minister Jeong
actor:rok	Minister Chung
actor:rok	Minister Kang
actor:rok	Minister Cho
actor:rok	Minister Yoon
actor:rok	Minister Yun
actor:rok	Minister Jang
actor:rok	Minister Lim
actor:rok	Minister Han
actor:rok	Minister Oh
actor:rok	Minister Seo
actor:rok	Minister Kwon
actor:rok	Minister Hwang
actor:rok	Minister Song
actor:rok	Minister Hong
actor:rok	Minister Yoo
actor:rok	Minister Moon
actor:rok	Minister Baek
actor:rok	Minister Paik
actor:rok	Minister Roh
actor:rok	Minister Noh
actor:rok	Minister Chun
actor:rok	Minister Jeon
# In the communique and its reports "the two sides" are the allies, as
# 양측 is in ko.lex: both tags.
actor:rok	the two sides
actor:us	the two sides
actor:rok	both sides
actor:us	both sides
actor:rok	the two countries
actor:us	the two countries
actor:rok	both countries
actor:us	both countries
actor:rok	the two ministers
actor:us	the two ministers
actor:rok	both ministers
actor:us	both ministers
actor:rok	the two leaders
actor:us	the two leaders
actor:rok	both leaders
actor:us	both leaders
actor:rok	the two nations
actor:us	the two nations
actor:rok	both nations
actor:us	both nations
actor:rok	the two governments
actor:us	the two governments
actor:rok	both governments
actor:us	both governments
actor:rok	the two allies
actor:us	the two allies
# ... and their ministries and ministers ("planned by the two defense
# ministries", "both defense chiefs").
actor:rok	the two defense ministries
actor:us	the two defense ministries
actor:rok	both defense ministries
actor:us	both defense ministries
actor:rok	the two defence ministries
actor:us	the two defence ministries
actor:rok	both defence ministries
actor:us	both defence ministries
actor:rok	the two defense ministers
actor:us	the two defense ministers
actor:rok	both defense ministers
actor:us	both defense ministers
actor:rok	the two defense chiefs
actor:us	the two defense chiefs
actor:rok	both defense chiefs
actor:us	both defense chiefs
actor:rok	the two defence chiefs
actor:us	the two defence chiefs
actor:rok	both defence chiefs
actor:us	both defence chiefs
# The communique's subject: the ROK Minister and the U.S. Secretary.
actor:rok	the Minister and the Secretary
actor:us	the Minister and the Secretary
actor:rok	the Secretary and the Minister
actor:us	the Secretary and the Minister
actor:rok	the ministers
actor:us	the ministers
actor:rok	the two allies
actor:us	the two allies
actor:rok	both allies
actor:us	both allies
actor:rok	the allies
actor:us	the allies
# A headline's Allies, the first word of a heading ("Allies vow stronger
# deterrence"); anywhere else (NATO Allies) lib/context.c drops it.
actor:rok	=Allies
actor:us	=Allies
actor:us	Hegseth
actor:us	Austin
actor:us	Secretary Hegseth
actor:us	Pete Hegseth
actor:us	Secretary of Defense
actor:us	Secretary of War
actor:us	Department of War
actor:us	Secretary Esper
actor:us	Mark Esper
actor:us	Secretary Mattis
actor:us	James Mattis
actor:us	Secretary Carter
actor:us	Ash Carter
actor:us	Ashton Carter
actor:us	Secretary Hagel
actor:us	Chuck Hagel
actor:us	Secretary Panetta
actor:us	Leon Panetta
# The communique's defined terms: "the Minister" is the ROK Minister of
# National Defense, "the Secretary" the U.S. Secretary (capitalised).
# Other ministers and secretaries are no one's here.
actor:us	=the Secretary
actor:us	=The Secretary
actor:rok	=the Minister
actor:rok	=The Minister
actor:-	the Secretary-General
actor:-	the Secretary of the Central Committee
actor:-	the Secretary of National Defense
actor:-	the Secretary of Foreign Affairs
actor:-	the Minister of Foreign Affairs
actor:-	the Minister for Foreign Affairs
actor:-	the Minister of Defense
actor:-	the Minister of Defence
actor:-	the Minister of State
actor:-	the Minister-Counselor
actor:-	the Minister-Counsellor
actor:-	the Secretary of State for
actor:-	The Secretary of State for
actor:-	the Minister of National Defence of
actor:-	The Minister of National Defence of
actor:-	the Minister of National Defense of
actor:-	The Minister of National Defense of
actor:dprk	the Minister of National Defence of the DPRK
actor:dprk	the Minister of National Defense of the DPRK
actor:dprk	Minister of National Defence of the DPRK
actor:dprk	Minister of National Defense of the DPRK
# Presidents, as the ROK's are listed; Trump in capitals (a trump card).
actor:us	=Trump
actor:us	=TRUMP
actor:-	Trump Tower
actor:-	TRUMP TOWER
actor:us	Biden
# USFK as an actor, as 주한미군 is (USFK to relocate batteries).
actor:us	=USFK
# KORUS, the allies' own short name (the KORUS alliance, KORUS FTA).
actor:rok	=KORUS
actor:us	=KORUS
actor:-	Washington, D.C.
actor:-	Washington D.C.
actor:-	Washington DC
actor:-	Washington state
actor:-	Washington Declaration
actor:-	Washington Summit
actor:-	Washington Post
actor:-	Washington Times
# Another state's ministry of national defense is not Korea's.
actor:china	China's Ministry of National Defense
actor:china	Chinese Ministry of National Defense
actor:china	PRC Ministry of National Defense
actor:china	China's Ministry of National Defence
actor:dprk	North Korea's Ministry of National Defence
actor:dprk	North Korea's Ministry of National Defense
actor:dprk	DPRK Ministry of National Defence
actor:dprk	DPRK Ministry of National Defense
actor:dprk	Ministry of National Defence of the DPRK
actor:-	Vietnam's Ministry of National Defence
actor:-	Vietnam's Ministry of National Defense
actor:-	Taiwan's Ministry of National Defense
actor:-	Taiwanese Ministry of National Defense
actor:dprk	Kim Yo Jong
actor:dprk	Kim Yo-jong
actor:rok	=the South
actor:rok	=The South
actor:-	the South China Sea
actor:-	the South Pacific
actor:dprk	DPRK
actor:dprk	Democratic People's Republic of Korea
actor:dprk	North Korea
# both Koreas named together: "North and South Korea", "South and North
# Korea", "the two Koreas"
actor:dprk	North and South Korea
actor:rok	North and South Korea
actor:dprk	South and North Korea
actor:rok	South and North Korea
actor:dprk	two Koreas
actor:rok	two Koreas
actor:dprk	both Koreas
actor:rok	both Koreas
actor:dprk	North Korean
actor:dprk	North Koreans
actor:dprk	N. Korea
actor:dprk	N. Korean
actor:dprk	=KCNA
actor:dprk	Korean Central News Agency
actor:-	University of North Korean Studies
actor:-	both sides of the
actor:dprk	=the North
actor:dprk	=The North
actor:dprk	Pyongyang
actor:dprk	Kim Jong Un
actor:dprk	Kim Jong-un
actor:dprk	Kim regime
actor:dprk	the Kim regime
actor:dprk	Kim Jong Un regime
actor:-	the North Atlantic
actor:-	The North Atlantic
# A headline's "against North" is North Korea too.
actor:dprk	=against North
actor:china	China
actor:china	Chinese
actor:china	Beijing
actor:china	PRC
actor:china	People's Republic of China
actor:china	Xi Jinping
actor:-	South China Sea
actor:-	East China Sea
actor:japan	Japan
actor:japan	Japanese
actor:japan	Tokyo
actor:russia	Russia
actor:russia	Russian
actor:russia	Russians
actor:russia	Moscow
actor:russia	Kremlin
actor:russia	Putin
# The Cold War's Soviet Union, Russia's state then (소련 in ko.lex).
actor:russia	Soviet Union
actor:russia	Soviet
actor:russia	Soviets
actor:russia	=USSR
actor:asean	ASEAN
actor:asean	Association of Southeast Asian Nations
# UN in capitals only: "un" ends Kim Jong-un.
actor:un	=UN
actor:un	U.N.
actor:un	United Nations
actor:un	UNSC
actor:un	=UNC
actor:un	United Nations Command

# People by surname alone: after a full name or a title with the surname
# in a document, the surname alone stands for the same actor in its later
# records ("Defense Minister Shin Won-sik said ..." then "Shin stressed
# ..."): surname:ACTOR:SURNAME, the name.  Korean names give their first
# word, Western ones their last; no tag of their own (scm-tag(1)).
# Not Kim: the leaders of the North, the South's ministers, generals and
# analysts share it, and "Kim said" is any of them.
surname:rok:Ahn	Ahn Gyu-back
surname:rok:Ahn	Minister Ahn
surname:rok:Shin	Shin Won-sik
surname:rok:Shin	Minister Shin
surname:rok:Lee	Lee Jong-sup
surname:rok:Suh	Suh Wook
surname:rok:Suh	Minister Suh
surname:rok:Jeong	Jeong Kyeong-doo
surname:rok:Song	Song Young-moo
surname:rok:Han	Han Min-koo
surname:rok:Yoon	Yoon Suk Yeol
surname:rok:Yoon	President Yoon
surname:rok:Lee	Lee Jae-myung
surname:us:Austin	Lloyd Austin
surname:us:Austin	Lloyd J. Austin
surname:us:Hegseth	Pete Hegseth
surname:us:Esper	Mark Esper
surname:us:Esper	Secretary Esper
surname:us:Mattis	James Mattis
surname:us:Mattis	Secretary Mattis
surname:us:Carter	Ash Carter
surname:us:Carter	Ashton Carter
surname:us:Carter	Secretary Carter
surname:us:Hagel	Chuck Hagel
surname:us:Hagel	Secretary Hagel
surname:us:Panetta	Leon Panetta
surname:us:Panetta	Secretary Panetta
surname:china:Xi	Xi Jinping

# ---- themes: what a passage is about ----
theme:nuclear	nuclear
theme:nuclear	nuclear weapon
theme:nuclear	nuclear weapons
theme:nuclear	nukes
theme:nuclear	atomic
theme:missile	missile*
theme:missile	ballistic
theme:missile	ICBM*
theme:missile	SLBM*
theme:missile	IRBM*
theme:missile	hypersonic
theme:missile	=THAAD
theme:missile	=KAMD
# North Korea's launches called rockets; not rocket artillery.
theme:missile	long-range rocket*
# (not rocket artillery: its launchers are no missiles)
theme:-	long-range rocket artillery
theme:-	long-range rocket launcher*
# deterrence: the forms of deter, never deter* (deteriorate).
theme:deterrence	deterrence
theme:deterrence	deter
theme:deterrence	deters
theme:deterrence	deterred
theme:deterrence	deterring
theme:deterrence	deterrent
theme:deterrence	deterrents
# Extended deterrence is deterrence too: both tags.
theme:deterrence	extended deterrence
theme:extended-deterrence	extended deterrence
theme:extended-deterrence	EDSCG
theme:extended-deterrence	Extended Deterrence Strategy and Consultation Group
theme:extended-deterrence	Nuclear Consultative Group
theme:nuclear	Nuclear Consultative Group
theme:nuclear	=NCG
theme:nuclear	nuclear umbrella
theme:extended-deterrence	=NCG
theme:extended-deterrence	nuclear umbrella
theme:extended-deterrence	Washington Declaration
theme:extended-deterrence	strategic assets
# Its bodies and means are deterrence too.
theme:deterrence	EDSCG
theme:deterrence	Extended Deterrence Strategy and Consultation Group
theme:deterrence	Nuclear Consultative Group
theme:deterrence	=NCG
theme:deterrence	nuclear umbrella
theme:deterrence	strategic assets
theme:deterrence	Kill Chain
theme:deterrence	=KMPR
theme:deterrence	Korea Massive Punishment and Retaliation
theme:deterrence	three-axis system
# The last stages of the OPCON transition: Full Operational Capability
# of the future combined command (FOC 검증).
theme:opcon	=FOC
theme:opcon	Full Operational Capability
theme:extended-deterrence	full range of military capabilities
theme:extended-deterrence	full range of its military capabilities
theme:exercises	exercise
theme:exercises	exercises
theme:exercises	drill
theme:exercises	drills
theme:exercises	combined training
theme:exercises	field training
theme:exercises	training exercises
theme:exercises	Ulchi Freedom Shield
theme:exercises	Freedom Shield
theme:exercises	Freedom Edge
theme:exercises	Ssang Yong
theme:exercises	Key Resolve
theme:exercises	Foal Eagle
theme:exercises	=UFS
theme:exercises	Freedom Flag
# The exercise of a right or a power is no drill.
theme:-	exercise of the right
theme:-	exercise of its right
theme:-	exercise of their right
theme:-	exercise of the rights
theme:-	exercise of sovereignty
theme:-	exercise of sovereign
theme:-	exercise of power
theme:-	exercise of authority
theme:-	exercise of restraint
theme:-	exercise of jurisdiction
theme:-	exercise of the Commitment
theme:-	exercise of self-defense
theme:-	exercise of self-defence
theme:-	exercise restraint
theme:-	exercised restraint
# A drill of power projection is one.
theme:exercises	exercise of power projection
theme:combined-defense	combined defense
theme:combined-defense	combined defence
theme:combined-defense	combined defense posture
theme:combined-defense	defense posture
theme:combined-defense	readiness posture
theme:combined-defense	defense readiness
theme:combined-defense	defence readiness
theme:combined-defense	combined readiness
# A city's civil defense is no combined defense.
theme:-	civil defense readiness
theme:-	civil defence readiness
theme:combined-defense	combined defensive posture
theme:combined-defense	defensive posture
theme:combined-defense	Fight Tonight
theme:combined-defense	Combined Forces Command
theme:combined-defense	=CFC
theme:combined-defense	combined operations
theme:combined-defense	combined forces
theme:combined-defense	Mutual Defense Treaty
theme:opcon	OPCON
theme:opcon	operational control
theme:opcon	wartime operational control
# News writes it without "operational": "give Seoul wartime control of
# its troops", "wartime command of allied forces".
theme:opcon	wartime control
theme:opcon	wartime operational command
theme:opcon	wartime command of
theme:opcon	COTP
theme:usfk	USFK
theme:usfk	U.S. Forces Korea
theme:usfk	US Forces Korea
theme:usfk	United States Forces Korea
theme:usfk	U.S. troops
theme:usfk	=US troops
theme:usfk	American troops
theme:usfk	Camp Humphreys
# The garrisons of USFK by their Army names: USAG-H is Camp Humphreys.
theme:usfk	USAG-H
theme:usfk	USAG Humphreys
theme:usfk	U.S. Army Garrison Humphreys
theme:usfk	USAG Yongsan
theme:usfk	Yongsan Garrison
theme:usfk	Special Measures Agreement
theme:usfk	=SMA
theme:usfk	cost sharing
theme:usfk	cost-sharing
theme:usfk	burden sharing
theme:usfk	U.S. forces in Korea
theme:usfk	=US forces in Korea
theme:usfk	American forces in Korea
# ... and in South Korea, the U.S.'s or kept there (htag4); not "North
# Korean special forces in South Korea".
theme:usfk	U.S. forces in South Korea
theme:usfk	American forces in South Korea
theme:usfk	forces stationed in South Korea
theme:usfk	maintained forces in South Korea
theme:usfk	U.S. troops in Korea
theme:usfk	troop level
theme:usfk	troop levels
theme:usfk	force level
theme:usfk	28,500
theme:usfk	strategic flexibility
theme:usfk	troop presence
# Cutting the troops stationed in Korea.
theme:usfk	troops from South Korea
theme:usfk	troops in South Korea
theme:usfk	troops from S. Korea
theme:usfk	troops in S. Korea
# the withdrawal named by its troops (hweb6): "a bill limiting troop
# withdrawal from S. Korea"
theme:usfk	troop withdrawal from South Korea
theme:usfk	troop withdrawals from South Korea
theme:usfk	troop withdrawal from S. Korea
theme:usfk	troop withdrawals from S. Korea
# ... and drawing them down (htag4).
theme:usfk	U.S. military drawdown
theme:usfk	drawdown of U.S. forces
theme:usfk	drawdown of U.S. troops
# ... not a drawdown elsewhere (revt4): "a drawdown of U.S. forces in
# Europe".
theme:-	drawdown of U.S. forces in Europe
theme:-	drawdown of U.S. forces in Germany
theme:-	drawdown of U.S. forces in Japan
theme:-	drawdown of U.S. forces in the Middle East
theme:-	drawdown of U.S. forces in Iraq
theme:-	drawdown of U.S. forces in Afghanistan
theme:-	drawdown of U.S. forces in Syria
theme:-	drawdown of U.S. troops in Europe
theme:-	drawdown of U.S. troops in Germany
theme:-	drawdown of U.S. troops in Japan
theme:-	drawdown of U.S. troops in the Middle East
theme:-	drawdown of U.S. troops in Iraq
theme:-	drawdown of U.S. troops in Afghanistan
theme:-	drawdown of U.S. troops in Syria
theme:denuclearization	denucleari*
theme:denuclearization	CVID
theme:denuclearization	nuclear-free
theme:dialogue	dialogue
theme:dialogue	dialog
theme:dialogue	talks
# The SCM itself is talks too ("at annual defense talks"): not dialogue
# with the North.
theme:-	defense talks
theme:-	defence talks
theme:-	security talks
theme:-	ministerial talks
theme:-	alliance talks
# The allies' and Japan's own meeting (DTT): trilateral, no dialogue.
theme:-	defense trilateral talks
theme:-	defence trilateral talks
theme:trilateral	defense trilateral talks
theme:trilateral	defence trilateral talks
theme:dialogue	negotiat*
theme:dialogue	diplomacy
theme:dialogue	diplomatic
# A source or an official is no talks: "a diplomatic source said".
theme:-	diplomatic source
theme:-	diplomatic sources
theme:-	diplomatic official
theme:-	diplomatic officials
# The allies' own reach in the region is no talks with others (htag4):
# "deepening regional engagement".
theme:-	regional engagement
theme:dialogue	engagement
theme:dialogue	Audacious Initiative
# Nor are the allies' other meetings and forums: the defense chiefs'
# talks, OPCON talks, the Integrated Defense Dialogue, Shangri-La,
# cost-sharing negotiations (lib/context.c: talks with a counterpart).
# What they are about keeps its theme: both tags on one pattern.
theme:-	defense ministers' talks
theme:-	defense ministers talks
theme:-	defence ministers' talks
theme:-	defense chiefs' talks
theme:-	defense chiefs talks
theme:-	defence chiefs' talks
theme:-	defense dialogue
theme:-	defence dialogue
theme:-	Defense Policy Dialogue
theme:-	Space Policy Dialogue
theme:-	Shangri-La Dialogue
theme:-	OPCON talks
theme:opcon	OPCON talks
theme:-	Special Measures Agreement negotiat*
theme:usfk	Special Measures Agreement negotiat*
theme:-	Special Measures Agreement talks
theme:usfk	Special Measures Agreement talks
theme:-	=SMA negotiat*
theme:usfk	=SMA negotiat*
theme:-	=SMA talks
theme:usfk	=SMA talks
theme:-	cost-sharing negotiat*
theme:usfk	cost-sharing negotiat*
theme:-	cost-sharing talks
theme:usfk	cost-sharing talks
theme:-	burden-sharing negotiat*
theme:usfk	burden-sharing negotiat*
theme:-	burden-sharing talks
theme:usfk	burden-sharing talks
theme:sanctions	sanction*
theme:sanctions	Security Council resolution*
theme:sanctions	ship-to-ship transfer*
theme:sanctions	maximum pressure
theme:sanctions	embargo*
theme:indo-pacific	Indo-Pacific
theme:indo-pacific	Indo-Pacific strategy
theme:indo-pacific	Pacific island countries
theme:indo-pacific	Pacific Islands
theme:trilateral	trilateral*
theme:trilateral	ROK-U.S.-Japan
theme:trilateral	Korea-U.S.-Japan
theme:trilateral	U.S.-ROK-Japan
theme:trilateral	U.S.-Japan-ROK
theme:trilateral	ROK-Japan-U.S.
theme:trilateral	Korea-Japan-U.S.
theme:trilateral	Camp David
# Every order of the three, U.S. or US (in capitals), ROK or Korea.
theme:trilateral	Japan-ROK-U.S.
theme:trilateral	Japan-U.S.-ROK
theme:trilateral	=ROK-US-Japan
theme:trilateral	=ROK-Japan-US
theme:trilateral	=US-ROK-Japan
theme:trilateral	=US-Japan-ROK
theme:trilateral	=Japan-ROK-US
theme:trilateral	=Japan-US-ROK
theme:trilateral	U.S.-Korea-Japan
theme:trilateral	U.S.-Japan-Korea
theme:trilateral	Japan-Korea-U.S.
theme:trilateral	Japan-U.S.-Korea
theme:trilateral	=Korea-US-Japan
theme:trilateral	=Korea-Japan-US
theme:trilateral	=US-Korea-Japan
theme:trilateral	=US-Japan-Korea
theme:trilateral	=Japan-Korea-US
theme:trilateral	=Japan-US-Korea
theme:trilateral	Freedom Edge
theme:trilateral	U.S.-Japan-South Korea
theme:trilateral	South Korea-U.S.-Japan
theme:south-china-sea	South China Sea
theme:taiwan-strait	Taiwan Strait
theme:taiwan-strait	Taiwan Straits
theme:taiwan-strait	cross-Strait
# A war or a blockade over the island is the Strait's theme.
theme:taiwan-strait	Taiwan contingency
theme:taiwan-strait	Taiwan contingencies
theme:taiwan-strait	invasion of Taiwan
theme:taiwan-strait	blockade of Taiwan
theme:taiwan-strait	attack on Taiwan
theme:taiwan-strait	war over Taiwan
theme:taiwan-strait	tensions over Taiwan
theme:taiwan-strait	conflict over Taiwan
theme:taiwan-strait	war in Taiwan
theme:taiwan-strait	conflict in Taiwan
# ... not a quarrel in its house (revt4): "the conflict in Taiwan's
# parliament over the budget".
theme:-	conflict in Taiwan's parliament
theme:-	conflict in Taiwan's legislature
theme:-	conflict in Taiwan's Legislative Yuan
theme:-	conflict in Taiwan's politics
theme:-	conflict in Taiwan's ruling party
theme:-	war in Taiwan's parliament
theme:-	war in Taiwan's legislature
theme:taiwan-strait	defense of Taiwan
theme:economic-security	economic security
theme:economic-security	supply chain*
theme:economic-security	semiconductor*
theme:economic-security	CHIPS and Science Act
theme:economic-security	Inflation Reduction Act
theme:economic-security	critical minerals
theme:economic-security	export control*
theme:economic-security	economic coercion
theme:economic-security	IPEF
theme:economic-security	Fab4
theme:economic-security	Chip4
theme:economic-security	Chip 4
theme:alliance-vision	global comprehensive strategic alliance
theme:alliance-vision	comprehensive strategic alliance
theme:alliance-vision	global pivotal state
theme:alliance-vision	linchpin
theme:alliance-vision	future-oriented alliance
theme:alliance-vision	Joint Vision for the Alliance
theme:values	shared values
theme:values	common values
theme:values	freedom
theme:values	democracy
theme:values	democracies
theme:values	democratic
theme:values	human rights
theme:values	rule of law
theme:values	rules-based order
theme:values	rules-based international order
# An operation's name is no value: Operation Enduring Freedom.
theme:-	Enduring Freedom
theme:-	Iraqi Freedom
theme:-	Freedom's Sentinel
theme:-	Democratic People's Republic
theme:cyber	cyber*
theme:cyber	hacker*
theme:cyber	hacking
theme:-	growth hacking
theme:-	phone hacking
theme:cyber	hacked
theme:space	outer space
theme:space	space domain
theme:space	space cooperation
theme:space	space security
theme:space	space situational awareness
theme:space	space policy
theme:space	space-based
theme:space	Space Force
theme:space	satellite*
theme:space	space domains
theme:space	space capabilities
theme:space	space assets
theme:space	space-related
theme:space	space systems
theme:space	space operations
# North Korea's space launches are its satellite launches.
theme:space	space program
theme:space	space programs
theme:space	space programme
theme:space	space programmes
theme:space	space launch*
# "space and cyber domains": both tags, or the longer match would hide
# the cyber inside it
theme:space	space and cyber*
theme:cyber	space and cyber*
theme:space	space, cyber*
theme:cyber	space, cyber*
theme:space	cyber and space
theme:cyber	cyber and space
theme:space	cyber, space
theme:cyber	cyber, space
theme:defense-industry	defense industry
theme:defense-industry	defense industries
theme:defense-industry	defense industrial
theme:defense-industry	defence industry
theme:defense-industry	defense industrial cooperation
theme:defense-industry	Reciprocal Defense Procurement
theme:defense-industry	=RDP
theme:defense-industry	Security of Supply Arrangement
theme:defense-industry	=SOSA
theme:defense-industry	arms sales
theme:defense-industry	co-production
theme:defense-industry	co-development
# Shipbuilding and the upkeep of U.S. Navy ships in Korean yards.
theme:defense-industry	shipbuilding
theme:defense-industry	shipyard
theme:defense-industry	shipyards
theme:defense-industry	shipbuilder*
theme:defense-industry	ship repair*
theme:defense-industry	=MRO
theme:defense-industry	maintenance, repair and overhaul
theme:anniversary	anniversary
theme:anniversary	anniversaries
theme:anniversary	commemorat*

# Emerging technology in defense: AI, autonomy, quantum.
theme:emerging-tech	artificial intelligence
theme:emerging-tech	=AI
theme:emerging-tech	emerging technology
theme:emerging-tech	emerging technologies
theme:emerging-tech	critical and emerging technologies
theme:emerging-tech	autonomous systems
theme:emerging-tech	quantum
# The two Koreas' military line and their agreements.
actor:rok	inter-Korean
actor:dprk	inter-Korean
theme:inter-korean	inter-Korean
theme:inter-korean	Comprehensive Military Agreement
theme:inter-korean	September 19 Military Agreement
theme:inter-korean	=NLL
theme:inter-korean	Northern Limit Line
theme:inter-korean	=DMZ
theme:inter-korean	Demilitarized Zone
theme:inter-korean	Military Demarcation Line
theme:inter-korean	=MDL

# ---- stances: what the speaker does with it ----
stance:commit	pledge
stance:commit	pledges
stance:commit	pledged
stance:commit	pledging
stance:commit	commit
stance:commit	commits
stance:commit	committed
stance:commit	committing
stance:commit	reaffirm
stance:commit	reaffirms
stance:commit	reaffirmed
stance:commit	reaffirming
# Reconfirmed, as 재확인 (not confirmed: a fact checked).
stance:commit	reconfirm
stance:commit	reconfirms
stance:commit	reconfirmed
stance:commit	reconfirming
stance:commit	affirmed
stance:commit	affirms
stance:commit	reiterated
stance:commit	reiterates
stance:commit	reiterate
stance:commit	reiterating
stance:commit	affirm
stance:commit	affirming
stance:commit	vow
stance:commit	vows
stance:commit	vowed
stance:commit	agree
stance:commit	agrees
stance:commit	agreed
stance:commit	decide
stance:commit	decides
stance:commit	decided
stance:commit	promise
stance:commit	promised
stance:commit	promises
stance:commit	resolved to
stance:commit	reached agreement
stance:commit	reached an agreement
stance:commit	reach agreement
stance:commit	reach an agreement
stance:commit	reaching agreement
stance:commit	reaching an agreement
stance:commit	reached consensus
stance:commit	reach consensus
# Agreement reached with an article or passive, as "reached agreement"
# is (htag4): "reached a deal", "reached a consensus", "agreement was
# reached"; not "a deal reached at the summit", a deal's noun.
stance:commit	reached a deal
stance:commit	reached a new deal
stance:commit	reached a tentative deal
stance:commit	reached a new agreement
stance:commit	reached a tentative agreement
stance:commit	reached a final agreement
stance:commit	reached a consensus
stance:commit	reach a deal
stance:commit	reach a consensus
stance:commit	reaching a deal
stance:commit	reaching a consensus
stance:commit	agreement was reached
stance:commit	agreement has been reached
stance:commit	agreement had been reached
stance:commit	consensus was reached
stance:commit	deal was reached
# Commitments honored are pledges kept (htag4): "would honor existing
# security commitments"; "refused to honor its commitments" is none.
stance:commit	honor its commitment*
stance:commit	honor their commitment*
stance:commit	honor existing commitment*
stance:commit	honor existing security commitment*
stance:commit	honor its alliance commitment*
stance:commit	honored its commitment*
stance:commit	honored their commitment*
stance:commit	honour its commitment*
stance:commit	agreeing
stance:commit	approved
stance:commit	approves
stance:not-commit	no agreement
stance:not-commit	reached no agreement
stance:not-commit	reach no agreement
stance:commit	ironclad
stance:assess	assess
stance:assess	assesses
stance:assess	assessed
stance:assess	assessing
stance:assess	noted
stance:assess	noting
stance:assess	recognize
stance:assess	recognizes
stance:assess	recognized
stance:assess	recognise
stance:assess	recognised
stance:assess	shared the view
stance:assess	shared the assessment
stance:assess	shared an assessment
stance:assess	shared the understanding
stance:assess	shared a common understanding
stance:assess	concur
stance:assess	concurs
stance:assess	concurred
stance:assess	evaluated
stance:assess	acknowledged
stance:assess	expressed concern
stance:assess	expressed concerns
stance:assess	expressed serious concern
stance:assess	expressed grave concern
stance:assess	expressed deep concern
stance:assess	expressed strong concern
stance:assess	expressed their concern
stance:not-accept	unacceptable
stance:not-accept	rejected
stance:not-accept	rejects
stance:not-accept	rejecting
stance:accept	recognize North Korea as a nuclear
stance:accept	recognize the DPRK as a nuclear
stance:accept	recognise North Korea as a nuclear
stance:assess	expressed its concern
# A concern expressed with a possessive, or a view shared as a noun, is
# an assessment as "expressed concern" is.
stance:assess	expressed his concern
stance:assess	expressed her concern
stance:assess	expressed his concerns
stance:assess	expressed her concerns
stance:assess	expressed their concerns
stance:assess	expressed its concerns
stance:assess	expressed his deep concern
stance:assess	expressed their deep concern
stance:assess	expressed its deep concern
stance:assess	expressed her deep concern
stance:assess	expressed their grave concern
stance:assess	expressed its grave concern
stance:assess	expressed their serious concern
stance:assess	expressed its serious concern
stance:assess	expressed their strong concern
stance:assess	expressed our concern
stance:assess	expressed our concerns
stance:assess	shared view
stance:assess	shared views
# Nouns, no stance: a welcome ceremony, what is in demand.
stance:-	welcome ceremony
stance:-	welcome ceremonies
stance:-	welcome reception
stance:-	welcome dinner
stance:-	welcome luncheon
stance:-	welcome remarks
stance:-	welcome speech
stance:-	welcome address
stance:-	in demand
# A visit or a phone call on someone or some day is no demand: paid a
# courtesy call on President Kim, in a call on Monday.
stance:-	courtesy call on
stance:-	courtesy calls on
stance:-	a call on
stance:-	phone call on
stance:-	phone calls on
stance:-	telephone call on
stance:-	video call on
stance:welcome	welcome
stance:welcome	welcomes
stance:welcome	welcomed
stance:welcome	welcoming
stance:welcome	praise
stance:welcome	praised
stance:welcome	appreciate
stance:welcome	appreciated
stance:welcome	commended
stance:welcome	applauded
stance:welcome	lauded
stance:welcome	grateful
stance:welcome	expressed support
stance:welcome	expressed strong support
stance:welcome	expressed full support
stance:welcome	expressed his support
stance:welcome	expressed his strong support
stance:welcome	expressed her support
stance:welcome	expressed its support
stance:welcome	expressed their support
stance:welcome	expressed their strong support
stance:welcome	expressed appreciation
stance:welcome	expressed his appreciation
stance:welcome	expressed her appreciation
stance:welcome	expressed their appreciation
stance:welcome	expressed its appreciation
stance:welcome	expressed deep appreciation
stance:welcome	expressed gratitude
stance:welcome	expressed his gratitude
stance:welcome	expressed her gratitude
stance:welcome	expressed their gratitude
# Thanks offered, conveyed or extended, as expressed; deep too.
stance:welcome	expressed deep gratitude
stance:welcome	expressed his deep appreciation
stance:welcome	expressed his deep gratitude
stance:welcome	expressed her deep appreciation
stance:welcome	expressed her deep gratitude
stance:welcome	expressed their deep appreciation
stance:welcome	expressed their deep gratitude
stance:welcome	expressed its gratitude
stance:welcome	expressed its deep appreciation
stance:welcome	expressed its deep gratitude
stance:welcome	offered appreciation
stance:welcome	offered gratitude
stance:welcome	offered deep appreciation
stance:welcome	offered deep gratitude
stance:welcome	offered his appreciation
stance:welcome	offered his gratitude
stance:welcome	offered his deep appreciation
stance:welcome	offered his deep gratitude
stance:welcome	offered her appreciation
stance:welcome	offered her gratitude
stance:welcome	offered her deep appreciation
stance:welcome	offered her deep gratitude
stance:welcome	offered their appreciation
stance:welcome	offered their gratitude
stance:welcome	offered their deep appreciation
stance:welcome	offered their deep gratitude
stance:welcome	offered its appreciation
stance:welcome	offered its gratitude
stance:welcome	offered its deep appreciation
stance:welcome	offered its deep gratitude
stance:welcome	conveyed appreciation
stance:welcome	conveyed gratitude
stance:welcome	conveyed deep appreciation
stance:welcome	conveyed deep gratitude
stance:welcome	conveyed his appreciation
stance:welcome	conveyed his gratitude
stance:welcome	conveyed his deep appreciation
stance:welcome	conveyed his deep gratitude
stance:welcome	conveyed her appreciation
stance:welcome	conveyed her gratitude
stance:welcome	conveyed her deep appreciation
stance:welcome	conveyed her deep gratitude
stance:welcome	conveyed their appreciation
stance:welcome	conveyed their gratitude
stance:welcome	conveyed their deep appreciation
stance:welcome	conveyed their deep gratitude
stance:welcome	conveyed its appreciation
stance:welcome	conveyed its gratitude
stance:welcome	conveyed its deep appreciation
stance:welcome	conveyed its deep gratitude
stance:welcome	extended appreciation
stance:welcome	extended gratitude
stance:welcome	extended deep appreciation
stance:welcome	extended deep gratitude
stance:welcome	extended his appreciation
stance:welcome	extended his gratitude
stance:welcome	extended his deep appreciation
stance:welcome	extended his deep gratitude
stance:welcome	extended her appreciation
stance:welcome	extended her gratitude
stance:welcome	extended her deep appreciation
stance:welcome	extended her deep gratitude
stance:welcome	extended their appreciation
stance:welcome	extended their gratitude
stance:welcome	extended their deep appreciation
stance:welcome	extended their deep gratitude
stance:welcome	extended its appreciation
stance:welcome	extended its gratitude
stance:welcome	extended its deep appreciation
stance:welcome	extended its deep gratitude
stance:welcome	thanked
stance:welcome	commend
stance:welcome	commends
stance:welcome	applaud
stance:welcome	applauds
stance:condemn	condemn
stance:condemn	condemns
stance:condemn	condemned
stance:condemn	condemning
stance:condemn	denounce*
stance:condemn	deplore*
stance:condemn	criticized
stance:condemn	criticised
stance:condemn	slammed
stance:condemn	slams
stance:condemn	lambasted
stance:condemn	blasted
stance:condemn	voiced opposition
stance:condemn	voiced strong opposition
# Opposition and protest are condemnation (htag4): "strongly oppose
# any unilateral attempts", "highly critical of the summit", "lodged a
# formal protest"; not "as opposed to", a contrast, nor "the opposing
# side" or "the two opposing armies" ("opposing" is left out: more
# often an adjective than a verb).
stance:condemn	oppose
stance:condemn	opposes
stance:condemn	opposed
stance:-	as opposed to
stance:condemn	critical of
stance:condemn	protested
stance:condemn	lodged a protest
stance:condemn	lodged a formal protest
stance:condemn	lodged a strong protest
# Blame laid on someone is condemnation (blamed the United States for).
stance:condemn	blamed
stance:condemn	blames
stance:condemn	blaming
# Not a cause named (was blamed on bad weather).
stance:-	blamed on
# Tolerating what the other side does; mostly seen negated ("will not
# tolerate"), which gives stance:not-accept.
stance:accept	tolerate
stance:accept	tolerates
stance:accept	tolerated
stance:accept	tolerating
stance:accept	accept
stance:accept	accepts
stance:accept	accepted
stance:accept	accepting
stance:urge	urge
stance:urge	urges
stance:urge	urged
stance:urge	urging
stance:urge	call on
stance:urge	calls on
stance:urge	called on
stance:urge	called upon
stance:urge	calling on
stance:urge	call for
stance:urge	calls for
stance:urge	called for
stance:urge	calling for
stance:urge	demand
stance:urge	demanded
stance:urge	demanding
# A request that something be done is a demand (htag4): "Seoul has
# requested that OPCON not be transferred".
stance:urge	requested that
# A text that "calls for" something stipulates it: no demand on others
# (the agreement calls for an 8.2 percent hike).
stance:-	agreement calls for
stance:-	agreement called for
stance:-	deal calls for
stance:-	deal called for
stance:-	plan calls for
stance:-	plan called for
stance:-	bill calls for
stance:-	bill called for
stance:-	law calls for
stance:-	budget calls for
stance:-	budget called for
stance:-	proposal calls for
stance:-	proposal called for
stance:-	treaty calls for
stance:-	contract calls for
stance:-	scenario calls for
# ... but its critics or supporters do demand (critics of the deal
# called for its renegotiation).
stance:urge	critics of the agreement called for
stance:urge	critics of the deal called for
stance:urge	critics of the plan called for
stance:urge	critics of the bill called for
stance:urge	critics of the proposal called for
stance:urge	critics of the budget called for
stance:urge	opponents of the agreement called for
stance:urge	opponents of the deal called for
stance:urge	opponents of the plan called for
stance:urge	opponents of the bill called for
stance:urge	opponents of the proposal called for
stance:urge	opponents of the budget called for
stance:urge	supporters of the agreement called for
stance:urge	supporters of the deal called for
stance:urge	supporters of the plan called for
stance:urge	supporters of the bill called for
stance:urge	supporters of the proposal called for
stance:urge	supporters of the budget called for
stance:urge	proponents of the agreement called for
stance:urge	proponents of the deal called for
stance:urge	proponents of the plan called for
stance:urge	proponents of the bill called for
stance:urge	proponents of the proposal called for
stance:urge	proponents of the budget called for
# The analyst's voice: what ought to be done.
stance:prescribe	should
stance:prescribe	must
stance:prescribe	need to
stance:prescribe	needs to
stance:prescribe	ought to
stance:prescribe	has to
stance:prescribe	have to
stance:prescribe	is necessary
stance:prescribe	is essential
stance:prescribe	is imperative

# ---- the words of analyses, op-eds and older texts ----
# Extended nuclear deterrence is extended deterrence, deterrence and
# nuclear: all three tags, as the longer match hides the shorter ones.
theme:extended-deterrence	extended nuclear deterrence
theme:deterrence	extended nuclear deterrence
theme:nuclear	extended nuclear deterrence
# The EDSCG's own meetings are the allies' forum, no dialogue with
# others (as the Integrated Defense Dialogue is none): "the EDSCG
# dialogue".  The hide keeps the body's own tags on the same words.
theme:-	EDSCG dialogue
theme:extended-deterrence	EDSCG dialogue
theme:deterrence	EDSCG dialogue
# The Security Council's resolutions under its short name.
theme:sanctions	UNSC resolution*
# ... and with its short name in brackets after the long (htag4).
theme:sanctions	Security Council (UNSC) resolution*
# "War games" is the press's and the North's word for the drills.
theme:exercises	war game
theme:exercises	war games
theme:exercises	wargame*
# The older romanization of the North's capital (P'yongyang).
actor:dprk	P'yongyang
# The U.S. presence in the South is its troops there; another state's
# (China's economic presence in South Korea) is not.
theme:usfk	U.S. presence in South Korea
theme:usfk	U.S. presence in Korea
theme:usfk	U.S. presence on the Korean Peninsula
theme:usfk	=US presence in South Korea
theme:usfk	=US presence in Korea
theme:usfk	=US presence on the Korean Peninsula
theme:usfk	American presence in South Korea
theme:usfk	American presence in Korea
theme:usfk	American presence on the Korean Peninsula
theme:usfk	military presence in South Korea
theme:usfk	military presence in Korea
theme:usfk	military presence on the Korean Peninsula
# Recommending is an analyst's prescription.
stance:prescribe	recommend
stance:prescribe	recommends
stance:prescribe	recommended
stance:prescribe	recommending
stance:prescribe	recommendation
stance:prescribe	recommendations
# Opposition expressed is opposition voiced (htag5): "expressed strong
# opposition to any unilateral actions"; not "the opposition expressed".
stance:condemn	expressed opposition
stance:condemn	expressed strong opposition
stance:condemn	expressed firm opposition
stance:condemn	expressed their opposition
stance:condemn	expressed their strong opposition
stance:condemn	expressed its opposition
stance:condemn	expressed its strong opposition
stance:condemn	expressed his opposition
stance:condemn	voiced firm opposition
stance:condemn	voiced their opposition
# The allies' presidents in a declaration's style, capital P (htag5):
# "The two Presidents announced ..."; not "the two presidents" of news,
# who may be any two, nor the two Presidents of other states named
# after them ("the two Presidents of the Philippines and Indonesia").
# "Both Presidents" is left out: news writes it before others' names
# ("Both Presidents Xi and Putin").
actor:rok	=the two Presidents
actor:us	=the two Presidents
actor:rok	=The two Presidents
actor:us	=The two Presidents
actor:-	the two Presidents of
# China's ruling party by its short name (htag5).
actor:china	=CCP
actor:china	Communist Party of China
# What is imperative to do is prescribed (htag5): "it is imperative to
# invest", "imperative that Seoul", "so imperative for us to".
stance:prescribe	imperative to
stance:prescribe	imperative that
stance:prescribe	imperative for
# U.S. forces taken from South Korea are USFK, as troops from South
# Korea are (htag5): "the removal of US forces from South Korea".
theme:usfk	U.S. forces from South Korea
theme:usfk	=US forces from South Korea
theme:usfk	American forces from South Korea
theme:usfk	U.S. forces from Korea
theme:usfk	=US forces from Korea
theme:usfk	U.S. troops from South Korea
theme:usfk	U.S. forces out of South Korea
theme:usfk	=US forces out of South Korea
theme:usfk	troops out of South Korea
# Concern voiced is concern expressed (htag5): "Washington and Seoul have
# voiced grave concern that ..."; not "concerns voiced by others".
stance:assess	voiced concern
stance:assess	voiced concerns
stance:assess	voiced grave concern
stance:assess	voiced serious concern
stance:assess	voiced deep concern
stance:assess	voiced strong concern
stance:assess	voiced their concern
stance:assess	voiced their concerns
stance:assess	voiced its concern
stance:assess	voiced his concern
# A host's courtesy is no stance (revt5): "Thank you for a warm
# welcome", "his very generous welcome to me"; the welcome of a person, "welcoming my friend Minister Ahn",
# is lib/context.c's (hostwelcome).
stance:-	warm welcome
stance:-	warm welcomes
stance:-	generous welcome
stance:-	kind welcome
stance:-	gracious welcome
stance:-	warm and generous welcome
# The U.S. Secretary of State by office (revt5), as the Secretary of
# Defense and of War above; not the U.K.'s (Secretary of State for
# Defence) nor the Holy See's.
actor:us	Secretary of State
actor:-	Secretary of State for
actor:-	Vatican Secretary of State
actor:-	British Secretary of State
actor:-	UK Secretary of State
actor:-	U.K. Secretary of State
actor:-	Britain's Secretary of State
actor:-	Holy See's Secretary of State
actor:-	Holy See Secretary of State
# North America is no North Korea (revt5): "the North American Free
# Trade Agreement (NAFTA)", as the North Atlantic above; "the North
# Americans" too (revt6).
actor:-	the North American*
actor:-	The North American*
actor:-	the North Pacific
actor:-	The North Pacific
# The allies' presidents by name (revt5), as 이명박, 박근혜, 문재인 and
# 노무현 in ko.lex, Trump and Biden above: "Presidents Obama and Lee
# Myung-bak", "the Obama and Lee Administrations" (Lee, either Lee, is
# the ROK's: Lee Myung-bak or Lee Jae-myung).
actor:us	=Obama
actor:-	Michelle Obama
actor:us	=Bush administration
actor:us	=Bush Administration
actor:rok	Lee Myung-bak
actor:rok	Lee Myung bak
actor:rok	Park Geun-hye
actor:rok	Moon Jae-in
actor:rok	Roh Moo-hyun
actor:rok	=Lee administration
actor:rok	=Lee Administration
actor:rok	=Lee administrations
actor:rok	=Lee Administrations
actor:rok	=Moon administration
actor:rok	=Moon Administration
# A rule's requirement is described, not prescribed (revt5):
# "Congressional approval is necessary for the agreement to enter into
# force"; ratification, consent likewise.
stance:-	approval is necessary
stance:-	ratification is necessary
stance:-	consent is necessary
# North Korean or Chinese troops driven out of South Korea are the
# war's (revt5): "UN forces drove North Korean troops out of South Korea".
theme:-	North Korean troops out of South Korea
theme:-	Chinese troops out of South Korea
theme:-	Japanese troops out of South Korea
# Japan's prime ministers by name are Japan (htag6): "Prime Minister
# Kishida", "Ishiba said"; Abe and Suga only with the title or first
# name (Abe is a first name too, Suga a word elsewhere).
actor:japan	Kishida
actor:japan	Fumio Kishida
actor:japan	Ishiba
actor:japan	Shigeru Ishiba
actor:japan	Takaichi
actor:japan	Sanae Takaichi
actor:japan	Shinzo Abe
actor:japan	Prime Minister Abe
actor:japan	Yoshihide Suga
actor:japan	Prime Minister Suga
# South Korea's intelligence service is the ROK (htag6).
actor:rok	National Intelligence Service
# Building frigates is building warships (htag6): "Hanwha would take
# part in building frigates for the U.S. Navy".
theme:defense-industry	building frigates
theme:defense-industry	build frigates
theme:defense-industry	built frigates
theme:defense-industry	frigate construction
# A pledge of investment is a sum promised, described, not a vow made
# in the sentence (htag6): "a $150 billion investment pledge from Seoul".
stance:-	investment pledge
stance:-	investment pledges
# Writers of a letter who encourage its addressee ask of it (htag6):
# "we encourage your Administration to conclude the talks"; not a
# page's "we encourage readers to subscribe".
stance:urge	we encourage your
stance:urge	we strongly encourage your
stance:urge	we encourage the
stance:urge	we strongly encourage the
