/* main.c: run a fuzz target's LLVMFuzzerTestOneInput over files, without
   libFuzzer, so that the corpus and the regression inputs are replayed by
   make check under any compiler (and under ASan/UBSan in $(O)/san). */
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const unsigned char *, size_t);

int
main(int argc, char *argv[])
{
	FILE *fp;
	char *p = NULL;
	size_t n, cap = 0;
	int i, c;

	for (i = 1; i < argc; i++) {
		if ((fp = fopen(argv[i], "rb")) == NULL) {
			perror(argv[i]);
			return 2;
		}
		for (n = 0; (c = getc(fp)) != EOF; p[n++] = (char)c)
			if (n == cap && (p = realloc(p, cap = cap * 2 + 4096)) == NULL)
				return 2;
		if (ferror(fp)) {
			perror(argv[i]);
			return 2;
		}
		fclose(fp);
		LLVMFuzzerTestOneInput((const unsigned char *)p, n);
	}
	free(p);
	return 0;
}
