# bash completion for the scm tools: scm-split, scm-tag, scm-count, scm-diff.
# Installed as .../bash-completion/completions/scm-split, with scm-tag,
# scm-count and scm-diff as links to it; or source it from ~/.bashrc.

# The built-in vocabulary of scm-tag(1), for -t.
_scm_tags='actor:rok actor:us actor:dprk actor:china actor:japan actor:russia
actor:asean actor:un theme:nuclear theme:missile theme:deterrence
theme:extended-deterrence theme:exercises theme:combined-defense theme:opcon
theme:usfk theme:denuclearization theme:dialogue theme:sanctions
theme:indo-pacific theme:trilateral theme:south-china-sea theme:taiwan-strait
theme:economic-security theme:alliance-vision theme:values theme:cyber
theme:space theme:defense-industry theme:anniversary stance:commit
stance:assess stance:welcome stance:condemn stance:urge stance:accept
stance:prescribe'
_scm_fields='doc loc kind section tags text'

# _scm_reply WORDS CUR: the words of WORDS that begin with CUR.
_scm_reply() {
	local IFS=$' \t\n'
	COMPREPLY=($(compgen -W "$1" -- "$2"))
}

# _scm_files CUR: file names.
_scm_files() {
	compopt -o filenames 2>/dev/null
	mapfile -t COMPREPLY < <(compgen -f -- "$1")
}

# _scm_labels CUR: the labels (name without directory and extension) of
# the file operands already on the line, for scm-count --keyness.
_scm_labels() {
	local w labels= b
	for w in "${COMP_WORDS[@]:1}"; do
		case $w in -*) continue ;; esac
		[ -f "$w" ] || continue
		b=${w##*/}
		labels="$labels ${b%.*}"
	done
	_scm_reply "$labels" "$1"
}

_scm() {
	local cmd=${1##*/} cur=${COMP_WORDS[COMP_CWORD]} prev= eq= opts i
	COMPREPLY=()
	[ "$COMP_CWORD" -gt 0 ] && prev=${COMP_WORDS[COMP_CWORD-1]}
	# bash cuts --opt=value at the '=': look through it.
	if [ "$cur" = "=" ]; then
		cur= eq=1
	elif [ "$prev" = "=" ] && [ "$COMP_CWORD" -gt 1 ]; then
		prev=${COMP_WORDS[COMP_CWORD-2]} eq=1
	fi
	# After --, only operands.
	for ((i = 1; i < COMP_CWORD; i++)); do
		if [ "${COMP_WORDS[i]}" = "--" ]; then
			_scm_files "$cur"
			return
		fi
	done

	case $cmd in
	scm-split)
		opts='-d -E -h -J -k -u --doc --encoding --json --keep-noise --unit --abbrev --html --text --line-buffered --progress --help --version'
		case $prev in
		-d | --doc) return ;;
		-u | --unit) _scm_reply 'para sentence' "$cur"; return ;;
		--abbrev) _scm_files "$cur"; return ;;
		esac
		;;
	scm-tag)
		opts='-a -d -E -h -J -L -l -o -t -v --all --doc --encoding --json --no-builtin
		    --lexicon --only-matching --tag --invert-match --overlap=all
		    --overlap=longest --records --plain --line-buffered --progress --help --version'
		case $prev in
		-d | --doc) return ;;
		-l | --lexicon) _scm_files "$cur"; return ;;
		-t | --tag) _scm_reply "$_scm_tags" "$cur"; return ;;
		--overlap) _scm_reply 'all longest' "$cur"; return ;;
		esac
		;;
	scm-count)
		opts='-b -c -d -E -f -h -J -K -M -m -N -n -r -T -W -w --by --chart
		    --doc --encoding --field --json --keyness --min --merge --top --ngram
		    --relative --totals --wide --words --no-stop --stop --all-kinds --records
		    --plain --line-buffered --progress --help --version'
		case $prev in
		-f | --field | -b | --by) _scm_reply "$_scm_fields" "$cur"; return ;;
		--stop) _scm_files "$cur"; return ;;
		-n | --ngram | -N | --top | -M | --min | -d | --doc) return ;;
		-K | --keyness) _scm_labels "$cur"; return ;;
		esac
		;;
	scm-diff)
		opts='-E -h -J -n -s -S -u -x --encoding --exact --translation --json --ngram --stat --series --unit
		    --color --threshold --watch --line-buffered --progress --help --version'
		case $prev in
		-u | --unit) _scm_reply 'para sentence' "$cur"; return ;;
		--threshold | -n | --ngram) return ;;
		--watch) _scm_files "$cur"; return ;;
		# An optional argument: only --color=WHEN, never --color WHEN.
		--color | --colour)
			if [ -n "$eq" ]; then
				_scm_reply 'always never auto' "$cur"
				return
			fi
			;;
		esac
		;;
	*)
		return
		;;
	esac
	case $cur in
	-*) _scm_reply "$opts" "$cur" ;;
	*) _scm_files "$cur" ;;
	esac
}

complete -F _scm scm-split scm-tag scm-count scm-diff
