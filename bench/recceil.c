/* recceil: a ceiling for scm-count, measured, not a tool.  It reads
   records as scm-count does (recnext: lines cut into their six fields,
   escapes checked and undone) and counts nothing: "the same loop
   without counting".
   usage: recceil [file ...] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

int
main(int argc, char *argv[])
{
	RecIn ri;
	size_t nrec = 0, ntag = 0;
	int i, r, status = 0;

	argv0 = "recceil";
	for (i = 1; i < argc || i == 1; i++) {
		if (recopen(&ri, i < argc ? argv[i] : "-", NULL, REC_AUTO) < 0) {
			status = 2;
			continue;
		}
		while ((r = recnext(&ri)) != 0) {
			if (r < 0) {
				status = 2;
				if (r == REC_BAD)
					continue;
				break;
			}
			nrec++;
			ntag += ri.r.f[F_TAGS].n;
		}
		recclose(&ri);
	}
	printf("%zu records, %zu bytes of tags\n", nrec, ntag);
	if (fflush(stdout) != 0 || ferror(stdout))
		status = 2;
	return status;
}
