# fuzz.mk: libFuzzer targets, one per fuzz/*.c (see fuzz/RESULTS.md).
#   make fuzz         each target for FUZZTIME seconds (default 600)
#   make fuzz-smoke   each target over its corpus, then FUZZSMOKE seconds
#                     from the fixed seed FUZZSEED, so that CI is repeatable
# Targets are built with clang into $(O)/fuzz/; new inputs they find go
# to $(O)/fuzz/corpus/TARGET, crashes to $(O)/fuzz/crash-TARGET-*.
# make check replays fuzz/corpus/TARGET and fuzz/regress/TARGET through
# $(O)/fuzz/replay-TARGET (no libFuzzer needed): tests/fuzz.bats.
FUZZCC = clang
FUZZTIME = 600
FUZZSMOKE = 20
FUZZSEED = 1
FUZZFLAGS = -O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined \
	-fno-sanitize-recover=all
FUZZSRC = $(sort $(wildcard fuzz/*.c))
FUZZNAMES = $(patsubst fuzz/%.c,%,$(FUZZSRC))
FUZZBIN = $(patsubst %,$(O)/fuzz/%,$(FUZZNAMES))
FUZZLIBOBJ = $(patsubst %.c,$(O)/fuzz/%.o,$(LIBSRC)) $(O)/fuzz/gen/scmlex.o
FUZZHDR = $(wildcard fuzz/*.h)
AUX += $(patsubst %,$(O)/fuzz/replay-%,$(FUZZNAMES))

$(O)/fuzz/lib/%.o: lib/%.c lib/scm.h
	@mkdir -p $(@D)
	$(FUZZCC) $(WARN) $(CPPFLAGS) $(FUZZFLAGS) -c -o $@ $<

$(O)/fuzz/gen/scmlex.o: $(O)/gen/scmlex.c lib/scm.h
	@mkdir -p $(@D)
	$(FUZZCC) $(WARN) $(CPPFLAGS) $(FUZZFLAGS) -c -o $@ $<

$(O)/fuzz/libscm.a: $(FUZZLIBOBJ)
	rm -f $@
	ar rcs $@ $(FUZZLIBOBJ)

$(O)/fuzz/%: fuzz/%.c lib/scm.h $(FUZZHDR) $(O)/fuzz/libscm.a
	$(FUZZCC) $(WARN) $(CPPFLAGS) $(FUZZFLAGS) -fsanitize=fuzzer -o $@ $< \
		$(O)/fuzz/libscm.a -lm

# The replay programs use the build's own compiler and flags.
$(O)/fuzz/replay-%: fuzz/%.c fuzz/replay/main.c lib/scm.h $(FUZZHDR) $(O)/libscm.a
	@mkdir -p $(@D)
	$(CC) $(WARN) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< \
		fuzz/replay/main.c $(O)/libscm.a -lm

fuzz-build: $(FUZZBIN)

fuzz: fuzz-build
	@for t in $(FUZZNAMES); do \
		mkdir -p $(O)/fuzz/corpus/$$t fuzz/corpus/$$t; \
		echo "== fuzz $$t for $(FUZZTIME) s"; \
		$(O)/fuzz/$$t -max_total_time=$(FUZZTIME) -print_final_stats=1 \
			-close_fd_mask=2 -artifact_prefix=$(O)/fuzz/crash-$$t- \
			$(O)/fuzz/corpus/$$t fuzz/corpus/$$t 2>&1 | \
			grep -E '^(stat::|==|SUMMARY|Done|INFO: Running)' || exit 2; \
		ls $(O)/fuzz/crash-$$t-* 2>/dev/null && exit 1; \
	done; true

fuzz-smoke: fuzz-build
	@for t in $(FUZZNAMES); do \
		mkdir -p $(O)/fuzz/corpus/$$t fuzz/corpus/$$t; \
		echo "== fuzz-smoke $$t ($(FUZZSMOKE) s)"; \
		$(O)/fuzz/$$t -max_total_time=$(FUZZSMOKE) -seed=$(FUZZSEED) \
			-print_final_stats=1 \
			-close_fd_mask=2 -artifact_prefix=$(O)/fuzz/crash-$$t- \
			$(O)/fuzz/corpus/$$t fuzz/corpus/$$t \
			>$(O)/fuzz/$$t.log 2>&1 || \
			{ tail -40 $(O)/fuzz/$$t.log; exit 1; }; \
		grep -E '^stat::number_of_executed_units' $(O)/fuzz/$$t.log; \
	done

.PHONY: fuzz fuzz-build fuzz-smoke
