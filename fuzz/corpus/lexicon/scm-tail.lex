nt
theme:defense-industry	=RDP
theme:defense-industry	Security of Supply Arrangement
theme:defense-industry	=SOSA
theme:defense-industry	arms sales
theme:defense-industry	co-production
theme:defense-industry	co-development
theme:anniversary	anniversary
theme:anniversary	anniversaries
theme:anniversary	commemorat*

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
stance:commit	affirmed
stance:commit	affirms
stance:commit	reiterated
stance:commit	reiterates
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
stance:condemn	condemn
stance:condemn	condemns
stance:condemn	condemned
stance:condemn	condemning
stance:condemn	denounce*
stance:condemn	deplore*
stance:condemn	criticized
stance:condemn	criticised
stance:urge	urge
stance:urge	urges
stance:urge	urged
stance:urge	urging
stance:urge	call on
stance:urge	calls on
stance:urge	called on
stance:urge	called upon
stance:urge	calling on
stance:urge	demand
stance:urge	demanded
stance:urge	demanding
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
