/* error.c: messages, exit statuses and the final check of standard output. */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scm.h"

const char *argv0 = "scm";

void
setargv0(const char *s)
{
	const char *p;

	if (s == NULL || *s == '\0')
		return;
	argv0 = (p = strrchr(s, '/')) != NULL ? p + 1 : s;
}

static void
vwarn(const char *fmt, va_list ap)
{
	size_t n;
	int saved = errno;

	fflush(stdout);
	fprintf(stderr, "%s: ", argv0);
	vfprintf(stderr, fmt, ap);
	n = strlen(fmt);
	if (n > 0 && fmt[n - 1] == ':')
		fprintf(stderr, " %s", strerror(saved));
	fputc('\n', stderr);
}

void
weprintf(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
}

void
eprintf(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
	exit(2);
}

static int outerr;	/* errno of the first output failure */

int
outfail(FILE *fp)
{
	if (!ferror(fp))
		return 0;
	if (outerr == 0)
		outerr = errno != 0 ? errno : EIO;
	return 1;
}

int
fshut(FILE *fp, const char *name)
{
	int bad, e;

	errno = 0;
	bad = outfail(fp);
	if (fflush(fp) != 0)
		bad = outfail(fp) | 1;
	e = outerr;
	if (fclose(fp) != 0 && !bad) {
		bad = 1;
		e = errno;
	}
	if (bad && e == EPIPE)	/* the reader is gone (| head), SIGPIPE ignored */
		return 2;
	if (bad) {
		errno = e != 0 ? e : EIO;
		weprintf("%s: write error:", name);
		return 2;
	}
	return 0;
}

void
eusage(const char *synopsis)
{
	fprintf(stderr, "usage: %s\n", synopsis);
	exit(2);
}


long long
estrtonum(const char *s, long long lo, long long hi, const char *what)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (*s == '\0' || *end != '\0' || errno != 0)
		eprintf("%s: not a number: %s", what, s);
	if ((v < lo || v > hi) && hi == LLONG_MAX)
		eprintf("%s: %s is out of range (want %lld or more)",
		    what, s, lo);
	if (v < lo || v > hi)
		eprintf("%s: %s is out of range %lld..%lld", what, s, lo, hi);
	return v;
}
