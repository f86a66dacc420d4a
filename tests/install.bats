#!/usr/bin/env bats
# make install and make uninstall into a temporary DESTDIR: every binary
# runs, every page renders without warnings and passes mandoc's lint,
# the completion loads, and uninstall leaves no file behind.
load helper

# make install (or uninstall) of the build under test into $1.
mk() {
	make -s -C "$SCM_TOP" O="$SCM_BIN" PREFIX=/usr DESTDIR="$2" "$1"
}

setup_file() {
	export ROOT="$BATS_FILE_TMPDIR/root"
	mk install "$ROOT" >/dev/null
}

needmandoc() {
	if ! command -v mandoc >/dev/null 2>&1; then
		echo "mandoc is missing: run 'apt-get install mandoc'" >&2
		return 1
	fi
}

@test "install: every tool of cmd/ lands in bin/, nothing else" {
	want=$(cd "$SCM_TOP/cmd" && ls *.c | sed 's/\.c$//')
	run ls "$ROOT/usr/bin"
	check 0 "$want"
}

@test "install: every page of man/ lands in its section" {
	want=$(cd "$SCM_TOP/man" && for f in *.[1-9]; do
		echo "man${f##*.}/$f"; done | sort)
	run sh -c 'cd "$1/usr/share/man" && find . -type f | sed "s|^\./||" | sort' - "$ROOT"
	check 0 "$want"
}

@test "install: every tool has a page in section 1, and scm(7) is there" {
	for c in "$SCM_TOP"/cmd/*.c; do
		n=${c##*/}
		[ -f "$ROOT/usr/share/man/man1/${n%.c}.1" ] ||
			{ echo "no page for ${n%.c}" >&2; return 1; }
	done
	[ -f "$ROOT/usr/share/man/man7/scm.7" ]
	[ -f "$ROOT/usr/share/man/man5/scm-records.5" ]
}

@test "install: every installed binary runs --version and -h" {
	n=0
	for p in "$ROOT"/usr/bin/*; do
		run "$p" --version
		check 0 "${p##*/} 0.1.0"
		run "$p" -h
		[ "$status" -eq 0 ]
		[[ "$output" == "usage: ${p##*/} "* ]]
		n=$((n + 1))
	done
	[ "$n" -ge 1 ]
}

@test "install: a bad option exits 2 with the usage on stderr, for every tool" {
	for p in "$ROOT"/usr/bin/*; do
		run sh -c '"$1" --no-such-option 2>&1 >/dev/null' - "$p"
		[ "$status" -eq 2 ]
		[[ "$output" == *"usage: ${p##*/} "* ]]
	done
}

@test "install: every page renders with man -l, without warnings" {
	n=0
	for f in "$ROOT"/usr/share/man/man*/*; do
		run sh -c 'MANWIDTH=80 man --warnings -l "$1" 2>&1 >/dev/null' - "$f"
		check 0 ""
		run sh -c 'MANWIDTH=80 man -l "$1" 2>/dev/null | wc -l' - "$f"
		[ "$output" -gt 10 ] || { echo "$f renders to $output lines" >&2; return 1; }
		n=$((n + 1))
	done
	[ "$n" -ge 2 ]
}

@test "install: every page passes mandoc -T lint (warnings and worse)" {
	needmandoc
	for f in "$ROOT"/usr/share/man/man*/*; do
		run mandoc -T lint -W warning "$f"
		check 0 ""
	done
}

@test "install: a tool's -h equals its page's SYNOPSIS" {
	needmandoc
	for p in "$ROOT"/usr/bin/*; do
		n=${p##*/}
		f="$ROOT/usr/share/man/man1/$n.1"
		[ -f "$f" ] || { echo "no page for $n" >&2; return 1; }
		# White space and the spaces mdoc puts around | do not count.
		want=$("$p" -h | sed '/^$/q' | sed 's/^usage: //' | tr -s ' \n' ' ' |
			sed 's/ *| */|/g;s/ $//')
		got=$(mandoc -T ascii "$f" | col -bx | sed -n '/^SYNOPSIS/,/^[A-Z]/p' |
			sed '1d;$d' | tr -s ' \n' ' ' | sed 's/ *| */|/g;s/^ //;s/ $//')
		[ "$got" = "$want" ] ||
			{ printf '%s: page:  %s\n%s: usage: %s\n' "$n" "$got" "$n" "$want" >&2; return 1; }
	done
}

@test "install: man finds the pages in the installed tree by name" {
	run man -M "$ROOT/usr/share/man" -w scm
	check 0 "$ROOT/usr/share/man/man7/scm.7"
	run man -M "$ROOT/usr/share/man" -w 5 scm-records
	check 0 "$ROOT/usr/share/man/man5/scm-records.5"
}

@test "install: bash completion for each tool, by its own name" {
	d="$ROOT/usr/share/bash-completion/completions"
	for n in scm-split scm-tag scm-count scm-diff; do
		[ -e "$d/$n" ] || { echo "no completion for $n" >&2; return 1; }
	done
	run bash -c 'source "$1" && complete -p scm-diff' - "$d/scm-diff"
	check 0 "complete -F _scm scm-diff"
}

@test "uninstall: removes every file it installed, and only those" {
	r="$BATS_TEST_TMPDIR/root"
	mkdir -p "$r/usr/bin" "$r/usr/share/man/man1"
	echo keep >"$r/usr/bin/other-tool"
	echo keep >"$r/usr/share/man/man1/other-tool.1"
	mk install "$r" >/dev/null
	run sh -c 'find "$1" -type f | wc -l' - "$r"
	[ "$output" -gt 4 ]
	mk uninstall "$r" >/dev/null
	run sh -c 'cd "$1" && find . ! -type d | sort' - "$r"
	check 0 "./usr/bin/other-tool
./usr/share/man/man1/other-tool.1"
}

@test "install: PREFIX is honoured (/opt/scm)" {
	r="$BATS_TEST_TMPDIR/opt"
	make -s -C "$SCM_TOP" O="$SCM_BIN" PREFIX=/opt/scm DESTDIR="$r" install >/dev/null
	[ -x "$r/opt/scm/bin/scm-split" ]
	[ -f "$r/opt/scm/share/man/man7/scm.7" ]
	[ -f "$r/opt/scm/share/bash-completion/completions/scm-split" ]
	run sh -c 'find "$1" ! -type d | grep -v "^$1/opt/scm/"' - "$r"
	check 1 ""
}
