# ours
theme:x	=ROK
actor:us	=US
actor:us	United States
theme:y	ROK-U.S. alliance
stance:z	commit*
