# scm: Unix filters for the texts of the ROK-US alliance.  GNU make.
# make; make check; make bench; make install PREFIX=... DESTDIR=...
VERSION = 0.1.0
PREFIX = /usr/local
BINDIR = $(PREFIX)/bin
MANDIR = $(PREFIX)/share/man
CC = cc
# Link-time optimisation lets gcc inline the small helpers that one
# concern a file puts in other files (2-5% of scm-split's time); clang's
# needs its own linker plugin, so it goes without (`make LTO=` for none).
LTO = $(if $(findstring clang,$(CC)),,-flto=auto)
CFLAGS = -O2 -g $(LTO)
LDFLAGS =
WARN = -std=c99 -pedantic -Wall -Wextra -Werror
CPPFLAGS = -D_POSIX_C_SOURCE=200809L -DVERSION='"$(VERSION)"' -Ilib
SANFLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=all
# The build directory; make check also builds $(O)/san with the sanitizers.
O = build

LIBSRC = $(sort $(wildcard lib/*.c))
CMDSRC = $(sort $(wildcard cmd/*.c))
PROGS = $(patsubst cmd/%.c,$(O)/%,$(CMDSRC))
LIBOBJ = $(patsubst %.c,$(O)/%.o,$(LIBSRC))
# Test and bench helpers: tests/*.c and bench/*.c, one program each.
AUXSRC = $(sort $(wildcard tests/*.c bench/*.c))
AUX = $(patsubst %.c,$(O)/%,$(AUXSRC))
MAN1 = $(sort $(wildcard man/*.1))
MAN5 = $(sort $(wildcard man/*.5))
MAN7 = $(sort $(wildcard man/*.7))
# Targets that mk/*.mk fragments hook into install and uninstall.
INSTALL_EXTRA =
UNINSTALL_EXTRA =

all: $(PROGS)

-include mk/*.mk

$(O)/lib/%.o: lib/%.c lib/scm.h
	@mkdir -p $(@D)
	$(CC) $(WARN) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(O)/cmd/%.o: cmd/%.c lib/scm.h
	@mkdir -p $(@D)
	$(CC) $(WARN) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(O)/lib/opt.o: Makefile

$(O)/libscm.a: $(LIBOBJ)
	rm -f $@
	ar rcs $@ $(LIBOBJ)

$(O)/scm-%: $(O)/cmd/scm-%.o $(O)/libscm.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(O)/libscm.a

$(O)/tests/% $(O)/bench/%: $(O)/libscm.a
$(O)/tests/%: tests/%.c lib/scm.h $(O)/libscm.a
	@mkdir -p $(@D)
	$(CC) $(WARN) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(O)/libscm.a

$(O)/bench/%: bench/%.c lib/scm.h $(O)/libscm.a
	@mkdir -p $(@D)
	$(CC) $(WARN) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(O)/libscm.a

aux: $(AUX)

# All tests, with the normal build and again under ASan and UBSan.
check: all aux
	$(MAKE) O=$(O)/san CFLAGS='$(SANFLAGS)' LDFLAGS='$(SANFLAGS)' all aux
	@if command -v clang >/dev/null 2>&1; then \
		$(MAKE) O=$(O)/clang CC=clang LTO= all aux >/dev/null && \
		echo 'clang build: clean'; fi
	tests/run.sh $(O) $(O)/san

# Quick: the normal build only.
test: all aux
	tests/run.sh $(O)

bench: all aux
	bench/run.sh $(O)

demo: all
	@examples/demo.sh $(O)

install: all $(INSTALL_EXTRA)
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
		$(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man7
	# install(1) writes a new file, so a running binary is not overwritten
	install -m 755 $(PROGS) $(DESTDIR)$(BINDIR)/
	install -m 644 $(MAN1) $(DESTDIR)$(MANDIR)/man1/
	install -m 644 $(MAN5) $(DESTDIR)$(MANDIR)/man5/
	install -m 644 $(MAN7) $(DESTDIR)$(MANDIR)/man7/

uninstall: $(UNINSTALL_EXTRA)
	for p in $(PROGS); do rm -f $(DESTDIR)$(BINDIR)/$${p##*/}; done
	for f in $(MAN1); do rm -f $(DESTDIR)$(MANDIR)/man1/$${f##*/}; done
	for f in $(MAN5); do rm -f $(DESTDIR)$(MANDIR)/man5/$${f##*/}; done
	for f in $(MAN7); do rm -f $(DESTDIR)$(MANDIR)/man7/$${f##*/}; done

clean:
	rm -rf $(O)

.PHONY: all aux check test bench demo install uninstall clean
.SECONDARY:
