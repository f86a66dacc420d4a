#!/usr/bin/env bats
# The bash completion of completion/scm.bash, driven as bash drives it.
load helper

# comp WORD...: the completions bash would offer for the command line
# WORD... (the last word is the one being completed), one per line, sorted.
comp() {
	bash -c 'source "$1"; shift
		COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
		_scm "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
		printf "%s\n" "${COMPREPLY[@]}" | sort' - "$SCM_TOP/completion/scm.bash" "$@"
}

@test "completion: registered for the four tools" {
	run bash -c 'source "$1"; complete -p scm-split scm-tag scm-count scm-diff' - "$SCM_TOP/completion/scm.bash"
	check 0 "complete -F _scm scm-split
complete -F _scm scm-tag
complete -F _scm scm-count
complete -F _scm scm-diff"
}

@test "completion: scm-split -u offers the units" {
	run comp scm-split -u ""
	check 0 "para
sentence"
}

@test "completion: scm-split --a completes --abbrev" {
	run comp scm-split --a
	check 0 "--abbrev"
}

@test "completion: every tool offers -h, --help and --version" {
	for t in scm-split scm-tag scm-count scm-diff; do
		run comp "$t" -
		printf '%s\n' "$output" | grep -qx -- -h
		run comp "$t" --
		printf '%s\n' "$output" | grep -qx -- --help
		printf '%s\n' "$output" | grep -qx -- --version
	done
}

@test "completion: scm-count -b and -f offer the field names" {
	want="doc
kind
loc
section
tags
text"
	run comp scm-count -b ""
	check 0 "$want"
	run comp scm-count -w -f t
	check 0 "tags
text"
}

@test "completion: scm-tag -t offers the built-in tags" {
	run comp scm-tag -t theme:ext
	check 0 "theme:extended-deterrence"
	run comp scm-tag -t stance:
	check 0 "stance:accept
stance:assess
stance:commit
stance:condemn
stance:prescribe
stance:urge
stance:welcome"
}

@test "completion: scm-tag --overlap=a offers all" {
	run comp scm-tag --overlap = a
	check 0 "all"
}

@test "completion: scm-diff --color=WHEN, but not --color WHEN" {
	run comp scm-diff --color = ""
	check 0 "always
auto
never"
	cd "$BATS_TEST_TMPDIR"
	touch old.txt
	run comp scm-diff --color o
	check 0 "old.txt"
}

@test "completion: scm-count --keyness offers the labels of the files given" {
	cd "$BATS_TEST_TMPDIR"
	touch scm-2024.txt scm-2025.txt
	run comp scm-count -b doc scm-2024.txt scm-2025.txt --keyness ""
	check 0 "scm-2024
scm-2025"
}

@test "completion: operands are file names, also after --" {
	cd "$BATS_TEST_TMPDIR"
	touch -- a.txt -x.txt
	run comp scm-split a
	check 0 "a.txt"
	run comp scm-split -- -x
	check 0 "-x.txt"
}

@test "completion: -d and numbers offer nothing" {
	run comp scm-split -d ""
	check 0 ""
	run comp scm-count --top ""
	check 0 ""
}

@test "completion: offers every option of each tool's --help, and no other" {
	for t in scm-split scm-tag scm-count scm-diff; do
		want=$("$t" --help | sed -n 's/^  \(-[a-zA-Z]\), \(--[a-z-]*\).*/\1\n\2/p; s/^      \(--[a-z-]*\).*/\1/p' | sort -u)
		got=$(comp "$t" - | sed 's/=.*//' | sort -u)
		[ "$got" = "$want" ] || { echo "$t: help: $want"; echo "$t: completion: $got"; return 1; } >&2
	done
}
