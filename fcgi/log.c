/*
 * Logging: one line per event on stderr, "LEVEL name[pid]: message".
 * stderr is what systemd's journal and the dev scripts' log files take,
 * so the daemon never opens log files itself. Messages never carry
 * personal data (names, e-mail addresses): callers log ids and statuses.
 *
 * The journal stamps each line itself; any other stderr (a file, a
 * terminal) gets an ISO 8601 local time with milliseconds and offset in
 * front. systemd says which stderr is the journal's in JOURNAL_STREAM
 * ("device:inode"); a child that inherited the variable but writes
 * elsewhere is told apart by comparing that with stderr itself.
 *
 * Errors and warnings are rate-limited per process and per kind (the
 * format string, i.e. the line of code): the first LIMIT_BURST of a kind
 * in LIMIT_SECS seconds are written, the rest counted and summed up in
 * one line when the window is over, so a database that is down costs a
 * few lines per worker every ten seconds, not one line per request.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core.h"

#define LIMIT_BURST	5	/* lines of one kind per window */
#define LIMIT_SECS	10	/* the window */
#define LIMIT_KINDS	32	/* kinds tracked at once; more share a slot */

static const char *const level_names[LOG__MAX] = {
	"error", /* LOG_ERROR */
	"warn", /* LOG_WARN */
	"info", /* LOG_INFO */
	"debug", /* LOG_DEBUG */
};

static enum log_level	 max_level = LOG_INFO;
static const char	*prog = "cimoltd";
static int		 stamp = -1;	/* -1: not decided yet */

/* One kind of line being rate-limited. */
struct kind {
	const char	*fmt;		/* NULL: slot free */
	enum log_level	 level;
	time_t		 start;		/* its window's start, monotonic s */
	unsigned long	 lines;		/* written in this window */
	unsigned long	 more;		/* left out in this window */
	char		 last[160];	/* the last one left out, cut short */
};

static struct kind	 kinds[LIMIT_KINDS];

void
log_set_level(enum log_level l)
{
	max_level = l;
}

void
log_set_name(const char *name)
{
	prog = name;
}

int
log_level_parse(const char *s)
{
	for (int i = 0; i < LOG__MAX; i++)
		if (strcmp(s, level_names[i]) == 0)
			return i;
	return -1;
}

/* Returns 1 when stderr is the journal's stream (systemd's
 * JOURNAL_STREAM names its device and inode), else 0. */
static int
stderr_is_journal(void)
{
	const char		*v = getenv("JOURNAL_STREAM");
	struct stat		 st;
	unsigned long long	 dev, ino;
	int			 n = 0;

	if (v == NULL || sscanf(v, "%llu:%llu%n", &dev, &ino, &n) != 2 ||
	    v[n] != '\0' || fstat(STDERR_FILENO, &st) == -1)
		return 0;
	return (unsigned long long)st.st_dev == dev &&
	    (unsigned long long)st.st_ino == ino;
}

/* Writes "2027-03-11T15:00:00.123+01:00 " into buf. Returns its length,
 * or 0 when the time cannot be had. */
static size_t
timestamp(char *buf, size_t sz)
{
	struct timespec	 ts;
	struct tm	 tm;
	char		 date[32], zone[8];

	if (clock_gettime(CLOCK_REALTIME, &ts) == -1 ||
	    localtime_r(&ts.tv_sec, &tm) == NULL ||
	    strftime(date, sizeof(date), "%Y-%m-%dT%H:%M:%S", &tm) == 0 ||
	    strftime(zone, sizeof(zone), "%z", &tm) != 5)
		return 0;
	/* %z is +0100; ISO 8601's extended format wants +01:00. */
	return (size_t)snprintf(buf, sz, "%s.%03ld%.3s:%s ", date,
	    ts.tv_nsec / 1000000, zone, zone + 3);
}

/* Returns the monotonic clock in seconds. */
static time_t
mono_secs(void)
{
	struct timespec ts;

	if (clock_gettime(CLOCK_MONOTONIC, &ts) == -1)
		return 0;
	return ts.tv_sec;
}

/* Writes one line: the prefix, then text, then a newline, in one write
 * so that the lines of several processes never mix. */
static void
emit(enum log_level l, const char *text)
{
	char	 line[1024];
	size_t	 n = 0;
	int	 k;

	if (stamp == -1)
		stamp = !stderr_is_journal();
	if (stamp)
		n = timestamp(line, sizeof(line));
	k = snprintf(line + n, sizeof(line) - n, "%s %s[%ld]: %s",
	    level_names[l], prog, (long)getpid(), text);
	if (k < 0)
		return;
	n += (size_t)k;
	if (n > sizeof(line) - 2)
		n = sizeof(line) - 2;
	line[n++] = '\n';
	(void)!write(STDERR_FILENO, line, n);
}

/* Ends the windows that are over: a kind that had lines left out says
 * how many. */
static void
flush_windows(time_t now)
{
	char buf[256];

	for (size_t i = 0; i < LIMIT_KINDS; i++) {
		if (kinds[i].fmt == NULL || now - kinds[i].start < LIMIT_SECS)
			continue;
		if (kinds[i].more > 0) {
			snprintf(buf, sizeof(buf), "\u2026 %lu more like this "
			    "in the last %d s: %s", kinds[i].more, LIMIT_SECS,
			    kinds[i].last);
			emit(kinds[i].level, buf);
		}
		kinds[i].fmt = NULL;
	}
}

/* Returns the slot of the kind fmt, starting its window when new; when
 * every slot is taken, the one with the oldest window is reused. */
static struct kind *
kind_of(enum log_level l, const char *fmt, time_t now)
{
	struct kind *k = &kinds[0];

	for (size_t i = 0; i < LIMIT_KINDS; i++)
		if (kinds[i].fmt == fmt && kinds[i].level == l)
			return &kinds[i];
	for (size_t i = 0; i < LIMIT_KINDS && k->fmt != NULL; i++)
		if (kinds[i].fmt == NULL || kinds[i].start < k->start)
			k = &kinds[i];
	memset(k, 0, sizeof(*k));
	k->fmt = fmt;
	k->level = l;
	k->start = now;
	return k;
}

void
log_flush(void)
{
	flush_windows(mono_secs());
}

void
log_msg(enum log_level l, const char *fmt, ...)
{
	char		 text[1024];
	va_list		 ap;
	struct kind	*k = NULL;
	time_t		 now;
	size_t		 n;

	if (l > max_level)
		return;
	va_start(ap, fmt);
	vsnprintf(text, sizeof(text), fmt, ap);
	va_end(ap);
	now = mono_secs();
	flush_windows(now);
	if (l <= LOG_WARN) {
		k = kind_of(l, fmt, now);
		if (k->lines >= LIMIT_BURST) {
			k->more++;
			/* The latest of them, cut to fit. */
			n = strlen(text);
			if (n >= sizeof(k->last))
				n = sizeof(k->last) - 1;
			memcpy(k->last, text, n);
			k->last[n] = '\0';
			return;
		}
		k->lines++;
	}
	emit(l, text);
}
