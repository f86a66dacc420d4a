# eco.mk: the bash completion, installed with the binaries and the pages.
# bash-completion loads a completion by command name, so the file goes in
# as scm-split with the other three tools' names as links to it.
COMPDIR = $(PREFIX)/share/bash-completion/completions
COMPLINKS = scm-tag scm-count scm-diff

install-completion:
	mkdir -p $(DESTDIR)$(COMPDIR)
	install -m 644 completion/scm.bash $(DESTDIR)$(COMPDIR)/scm-split
	for n in $(COMPLINKS); do \
		ln -sf scm-split $(DESTDIR)$(COMPDIR)/$$n || exit 1; done

uninstall-completion:
	rm -f $(DESTDIR)$(COMPDIR)/scm-split
	for n in $(COMPLINKS); do rm -f $(DESTDIR)$(COMPDIR)/$$n; done

# Extra prerequisites (no recipe) join the Makefile's own install and
# uninstall targets.
install: install-completion
uninstall: uninstall-completion

.PHONY: install-completion uninstall-completion
