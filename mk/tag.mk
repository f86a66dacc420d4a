# scm-tag: the built-in lexicon, lexicon/scm.lex then lexicon/ko.lex
# (Korean), compiled into a byte
# array (not a string literal: C99 limits those to 4095 bytes).
LIBOBJ += $(O)/gen/scmlex.o

$(O)/gen/scmlex.c: lexicon/scm.lex lexicon/ko.lex mk/tag.mk
	@mkdir -p $(@D)
	LC_ALL=C awk 'BEGIN { for (i = 1; i < 256; i++) ord[sprintf("%c", i)] = i; \
		print "/* Generated from lexicon/scm.lex and ko.lex by mk/tag.mk; do not edit. */"; \
		print "#include \"scm.h\""; print "const unsigned char scmlex[] = {" } \
		{ s = ""; for (i = 1; i <= length($$0); i++) s = s ord[substr($$0, i, 1)] ","; \
		  print s "10," } \
		END { print "0 };"; print "const size_t scmlexlen = sizeof(scmlex) - 1;" }' \
		lexicon/scm.lex lexicon/ko.lex >$@.tmp && mv $@.tmp $@

$(O)/gen/scmlex.o: $(O)/gen/scmlex.c lib/scm.h
	$(CC) $(WARN) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<
