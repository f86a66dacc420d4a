# scm-count and its test use log(3): link with the maths library.
$(O)/scm-count: $(O)/cmd/scm-count.o $(O)/libscm.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(O)/libscm.a -lm

$(O)/tests/count_test: tests/count_test.c lib/scm.h $(O)/libscm.a
	@mkdir -p $(@D)
	$(CC) $(WARN) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(O)/libscm.a -lm
