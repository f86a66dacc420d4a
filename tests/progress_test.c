/* progress_test: the progress indicator's when, what and how often, as TAP. */
#define _XOPEN_SOURCE 700	/* posix_openpt and friends */
#include <sys/stat.h>

#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "scm.h"

static int ntest, nfail;
static double fakenow;
static char tmpl[] = "/tmp/progress_testXXXXXX";

static void
ok(int cond, const char *what)
{
	ntest++;
	if (!cond)
		nfail++;
	printf("%sok %d - %s\n", cond ? "" : "not ", ntest, what);
}

static double
fakeclock(void)
{
	return fakenow;
}

/* A regular file of size bytes (sparse: cheap even when large). */
static int
sizedfile(long long size)
{
	int fd;

	strcpy(tmpl, "/tmp/progress_testXXXXXX");
	if ((fd = mkstemp(tmpl)) < 0 || ftruncate(fd, (off_t)size) != 0) {
		perror("progress_test: temporary file");
		exit(2);
	}
	unlink(tmpl);
	return fd;
}

/* What was written to fp since it was opened, in buf. */
static size_t
slurp(FILE *fp, char *buf, size_t cap)
{
	size_t n;

	fflush(fp);
	rewind(fp);
	n = fread(buf, 1, cap - 1, fp);
	buf[n] = '\0';
	return n;
}

static int
count(const char *s, const char *sub)
{
	int n = 0;

	while ((s = strstr(s, sub)) != NULL) {
		n++;
		s += strlen(sub);
	}
	return n;
}

/* Feed n calls of step bytes, the clock advancing by dt after each. */
static void
feed(int n, size_t step, double dt)
{
	int i;

	for (i = 0; i < n; i++) {
		fakenow += dt;
		progadd(step);
	}
}

static void
testfile(void)
{
	static char buf[1 << 16];
	FILE *fp = tmpfile();
	int fd;

	if (fp == NULL) {
		perror("progress_test: tmpfile");
		exit(2);
	}
	progout = fp;

	/* Automatic mode, not a terminal: never, however large the input. */
	progflag = 0;
	fd = sizedfile(PROGBIG * 2);
	progstart("big.txt", fd);
	feed(100, 1 << 20, 0.5);
	progend();
	ok(slurp(fp, buf, sizeof(buf)) == 0, "automatic mode draws nothing off a terminal");
	close(fd);

	/* --progress on a regular file: a line a second, with a percentage. */
	progflag = 1;
	fakenow = 100;
	fd = sizedfile(10 << 20);
	progstart("doc.txt", fd);
	feed(40, 1 << 18, 0.25);	/* 10 MiB in 10 s */
	progend();
	slurp(fp, buf, sizeof(buf));
	ok(strstr(buf, "progress_test: doc.txt: ") == buf, "line names the program and the input");
	ok(strstr(buf, "(50%)") != NULL, "half way shows 50%");
	ok(strstr(buf, "10.5 MB of 10.5 MB (100%), 1.0 MB/s in 10.0 s\n") != NULL,
	    "final line: bytes, total, rate, time");
	ok(count(buf, "\n") >= 9 && count(buf, "\n") <= 11, "about one line a second off a terminal");
	ok(strchr(buf, '\r') == NULL && strchr(buf, '\033') == NULL,
	    "no terminal controls off a terminal");
	close(fd);

	/* --progress on a pipe: no total, no percentage. */
	fp = freopen(NULL, "w+", fp);
	progout = fp;
	progstart("-", -1);
	feed(8, 1 << 18, 0.5);
	progend();
	slurp(fp, buf, sizeof(buf));
	ok(strstr(buf, "progress_test: -: 2.1 MB, ") != NULL, "unknown size: bytes and rate");
	ok(strchr(buf, '%') == NULL, "unknown size: no percentage");

	/* More read than the file held (it grew): never over 100%. */
	fp = freopen(NULL, "w+", fp);
	progout = fp;
	fd = sizedfile(1000);
	progstart("grew.txt", fd);
	feed(1, 5000, 2);
	progend();
	slurp(fp, buf, sizeof(buf));
	ok(strstr(buf, "(100%)") != NULL && strstr(buf, "(500%)") == NULL, "clamped at 100%");
	close(fd);

	/* A second input ends the first; progend twice is harmless. */
	fp = freopen(NULL, "w+", fp);
	progout = fp;
	progstart("a", -1);
	progstart("b", -1);
	progend();
	progend();
	slurp(fp, buf, sizeof(buf));
	ok(count(buf, "\n") == 2 && strstr(buf, ": a: ") && strstr(buf, ": b: "),
	    "one final line per input");

	/* Nothing on: progadd and progend do nothing. */
	progflag = 0;
	fp = freopen(NULL, "w+", fp);
	progout = fp;
	progstart("-", -1);
	feed(10, 1 << 20, 1);
	progend();
	ok(slurp(fp, buf, sizeof(buf)) == 0, "automatic mode on a pipe: nothing");
	fclose(fp);
	progout = NULL;
}

/* Read what the pty's master has, waiting a little for it. */
static size_t
drain(int m, char *buf, size_t cap)
{
	struct pollfd p = { m, POLLIN, 0 };
	size_t n = 0;
	ssize_t r;

	while (n < cap - 1 && poll(&p, 1, 200) > 0) {
		if ((r = read(m, buf + n, cap - 1 - n)) <= 0)
			break;
		n += (size_t)r;
	}
	buf[n] = '\0';
	return n;
}

static void
testtty(void)
{
	static char buf[1 << 16];
	char *name;
	int m, s, fd;
	FILE *fp;

	if ((m = posix_openpt(O_RDWR | O_NOCTTY)) < 0 || grantpt(m) != 0 ||
	    unlockpt(m) != 0 || (name = ptsname(m)) == NULL ||
	    (s = open(name, O_RDWR | O_NOCTTY)) < 0 || (fp = fdopen(s, "w")) == NULL) {
		perror("progress_test: pseudo-terminal");
		exit(2);
	}
	progout = fp;
	progflag = 0;

	/* Automatic mode on a terminal, a large file: redrawn in place. */
	fakenow = 0;
	fd = sizedfile(PROGBIG);
	progstart("big.txt", fd);
	feed(64, 1 << 20, 0.02);	/* 64 MiB in 1.28 s */
	progend();
	drain(m, buf, sizeof(buf));
	ok(count(buf, "\r") >= 4 && strstr(buf, "\033[K") != NULL,
	    "terminal, large file: redrawn in place");
	ok(count(buf, "\r") <= 8, "terminal: at most four redraws a second");
	ok(strstr(buf, "(100%)") != NULL, "terminal: ends at 100%");
	close(fd);

	/* Automatic mode on a terminal, a small file: nothing. */
	fd = sizedfile(PROGBIG - 1);
	progstart("small.txt", fd);
	feed(64, 1 << 20, 1);
	progend();
	ok(drain(m, buf, sizeof(buf)) == 0, "terminal, small file: nothing");
	close(fd);

	/* Automatic mode on a terminal, a pipe: nothing. */
	progstart("-", -1);
	feed(200, 1 << 20, 1);
	progend();
	ok(drain(m, buf, sizeof(buf)) == 0, "terminal, pipe input: nothing");

	progout = NULL;
	fclose(fp);
	close(m);
}

int
main(int argc, char *argv[])
{
	(void)argc;
	setargv0(argv[0]);
	progclock = fakeclock;
	testfile();
	testtty();
	printf("1..%d\n", ntest);
	return nfail != 0;
}
