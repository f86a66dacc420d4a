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
actor:-	Washington, D.C.
actor:-	Washington D.C.
actor:-	Washington DC
actor:-	Washington state
actor:dprk	DPRK
actor:dprk	Democratic People's Republic of Korea
actor:dprk	North Korea
actor:dprk	North Korean
actor:dprk	North Koreans
actor:dprk	N. Korea
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
actor:asean	ASEAN
actor:asean	Association of Southeast Asian Nations
# UN in capitals only: "un" ends Kim Jong-un.
actor:un	=UN
actor:un	U.N.
actor:un	United Nations
actor:un	UNSC
actor:un	=UNC
actor:un	United Nations Command

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
# deterrence: the forms of deter, never deter* (deteriorate).
theme:deterrence	deterrence
theme:deterrence	deter
theme:deterrence	deters
theme:deterrence	deterred
theme:deterrence	deterring
theme:deterrence	deterrent
theme:deterrence	deterrents
# Extended deterrence is deterrence too: both tags.
theme:deterrence	extended deterrenc