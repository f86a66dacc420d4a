/* input.c: opening operands and reading lines of any length. */
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

int
inopen(Input *in, const char *name)
{
	struct stat st;

	memset(in, 0, sizeof(*in));
	in->name = name;
	in->label = pathlabel(name);
	if (strcmp(name, "-") == 0) {
		in->fp = stdin;
		progstart(name, 0);
		return 0;
	}
	if ((in->fp = fopen(name, "r")) == NULL) {
		weprintf("%s:", name);
		return -1;
	}
	if (fstat(fileno(in->fp), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(in->fp);
		in->fp = NULL;
		errno = EISDIR;
		weprintf("%s:", name);
		return -1;
	}
	progstart(name, fileno(in->fp));
	return 0;
}

int
inread(Input *in)
{
	ssize_t n;

	errno = 0;
	n = getline(&in->line, &in->cap, in->fp);
	if (n < 0) {
		if (ferror(in->fp)) {
			weprintf("%s: read error:", in->name);
			return -1;
		}
		in->len = 0;
		return 0;
	}
	in->lineno++;
	in->len = (size_t)n;
	progadd(in->len);
	in->crlf = in->nonl = 0;
	if (in->len > 0 && in->line[in->len - 1] == '\n')
		in->len--;
	else
		in->nonl = 1;
	if (!in->nonl && in->len > 0 && in->line[in->len - 1] == '\r') {
		in->len--;
		in->crlf = 1;
	}
	return 1;
}

void
inclose(Input *in)
{
	if (in->fp != NULL)
		progend();
	if (in->fp != NULL && in->fp != stdin)
		fclose(in->fp);
	in->fp = NULL;
	free(in->line);
	in->line = NULL;
	in->cap = in->len = 0;
}

Str
pathlabel(const char *path)
{
	const char *b, *dot;
	size_t n;

	if (strcmp(path, "-") == 0)
		return S("-");
	b = strrchr(path, '/');
	b = b != NULL ? b + 1 : path;
	n = strlen(b);
	if ((dot = strrchr(b, '.')) != NULL && dot != b)
		n = (size_t)(dot - b);
	if (n == 0)
		return S("-");
	return (Str){ (char *)b, n };
}
