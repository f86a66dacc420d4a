/* progress.c: a one-line progress indicator on standard error, for long runs. */
#include <sys/stat.h>

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "scm.h"

int progflag;
FILE *progout;
double (*progclock)(void);

enum { CHECKEVERY = 64 << 10 };	/* bytes between looks at the clock */

static struct {
	int on;			/* drawing for this input */
	int tty;		/* progout is a terminal: redraw in place */
	const char *name;
	long long total;	/* size of a regular file, else 0 */
	long long done;
	long long nextcheck;	/* done at which to look at the clock again */
	double start, last;	/* seconds */
	int drawn;		/* something is on the line */
} pg;

static double
monoclock(void)
{
	struct timespec ts;

	if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0)
		return 0;
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double
now(void)
{
	return progclock != NULL ? progclock() : monoclock();
}

static FILE *
out(void)
{
	return progout != NULL ? progout : stderr;
}

/* Write n bytes as "123.4 MB" (or kB, or B) into buf. */
static void
human(char *buf, size_t sz, double n)
{
	if (n >= 1e9)
		snprintf(buf, sz, "%.1f GB", n / 1e9);
	else if (n >= 1e6)
		snprintf(buf, sz, "%.1f MB", n / 1e6);
	else if (n >= 1e3)
		snprintf(buf, sz, "%.1f kB", n / 1e3);
	else
		snprintf(buf, sz, "%.0f B", n);
}

static void
draw(double t, int final)
{
	char done[32], total[32], rate[32];
	double secs = t - pg.start;
	FILE *fp = out();

	human(done, sizeof(done), (double)pg.done);
	human(rate, sizeof(rate), secs > 0 ? pg.done / secs : 0);
	fprintf(fp, "%s%s: %s: %s", pg.tty ? "\r" : "", argv0, pg.name, done);
	if (pg.total > 0) {
		long long d = pg.done < pg.total ? pg.done : pg.total;

		human(total, sizeof(total), (double)pg.total);
		fprintf(fp, " of %s (%d%%)", total, (int)(100 * d / pg.total));
	}
	fprintf(fp, ", %s/s", rate);
	if (final)
		fprintf(fp, " in %.1f s", secs);
	fputs(pg.tty ? "\033[K" : "\n", fp);
	if (final && pg.tty)
		fputc('\n', fp);
	fflush(fp);
	pg.drawn = 1;
	pg.last = t;
}

void
progstart(const char *name, int fd)
{
	struct stat st;
	FILE *fp = out();

	progend();
	memset(&pg, 0, sizeof(pg));
	pg.name = name;
	if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
		pg.total = st.st_size;
	pg.tty = isatty(fileno(fp));
	pg.on = progflag || (pg.tty && pg.total >= PROGBIG);
	pg.start = pg.last = now();
	pg.nextcheck = CHECKEVERY;
}

void
progadd(size_t n)
{
	double t, every;

	if (!pg.on)
		return;
	pg.done += n;
	if (pg.done < pg.nextcheck)
		return;
	pg.nextcheck = pg.done + CHECKEVERY;
	t = now();
	every = pg.tty ? PROGEVERY : 1.0;	/* a log file gets a line a second */
	if (t - pg.last >= every)
		draw(t, 0);
}

void
progend(void)
{
	if (pg.on && (pg.drawn || progflag))
		draw(now(), 1);
	pg.on = pg.drawn = 0;
}
