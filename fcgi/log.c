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
 * same text but for its numbers, which are ids, pids, counts, codes):
 * the first LIMIT_BURST of a kind in LIMIT_SECS seconds are written, the
 * rest counted and summed up in one line when the window is over, so a
 * database that is down costs a few lines per worker every ten seconds,
 * not one line per request.
 */
#include "config.h"

#include <stdarg.h>
#include <stdint.h>
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
	int		 used;
	uint32_t	 hash;		/* of the text without digits */
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

/* Ends the window of k: when lines were left out, one line says how
 * many, with the latest of them. */
static void
end_window(struct kind *k)
{
	char buf[256];

	if (k->used && k->more > 0) {
		snprintf(buf, sizeof(buf), "\u2026 %lu more like this in the "
		    "last %d s: %s", k->more, LIMIT_SECS, k->last);
		emit(k->level, buf);
	}
	k->used = 0;
}

/* Ends the windows that are over. */
static void
flush_windows(time_t now)
{
	for (size_t i = 0; i < LIMIT_KINDS; i++)
		if (kinds[i].used && now - kinds[i].start >= LIMIT_SECS)
			end_window(&kinds[i]);
}

/* FNV-1a of text, digits left out: lines that differ only in numbers
 * are of one kind. */
static uint32_t
hash_of(const char *text)
{
	uint32_t h = 2166136261u;

	for (const char *p = text; *p != '\0'; p++)
		if (*p < '0' || *p > '9') {
			h ^= (unsigned char)*p;
			h *= 16777619u;
		}
	return h;
}

/* Returns the slot of the kind of text, starting its window when new;
 * when every slot is taken, the one with the oldest window ends and is
 * reused. */
static struct kind *
kind_of(enum log_level l, const char *text, time_t now)
{
	struct kind	*k = &kinds[0];
	uint32_t	 h = hash_of(text);

	for (size_t i = 0; i < LIMIT_KINDS; i++)
		if (kinds[i].used && kinds[i].hash == h &&
		    kinds[i].level == l)
			return &kinds[i];
	for (size_t i = 0; i < LIMIT_KINDS && k->used; i++)
		if (!kinds[i].used || kinds[i].start < k->start)
			k = &kinds[i];
	end_window(k);
	memset(k, 0, sizeof(*k));
	k->used = 1;
	k->hash = h;
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
		k = kind_of(l, text, now);
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
