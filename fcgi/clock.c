/*
 * Time: the monotonic clock for timings, and the programme's own time
 * zone. Events are planned in Dutch wall-clock time (Europe/Amsterdam)
 * and stored so; moments the system records (registrations, the outbox,
 * the audit log) are stored in UTC and shown in Dutch time. cimoltd sets
 * TZ=Europe/Amsterdam at start-up (clock_init), so localtime_r speaks
 * Dutch time whatever the server's own zone is.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core.h"

void
clock_init(void)
{
	setenv("TZ", "Europe/Amsterdam", 1);
	tzset();
}

long long
mono_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void
clock_local_now(char out[24])
{
	time_t		 now = time(NULL);
	struct tm	 tm;

	localtime_r(&now, &tm);
	strftime(out, 24, "%Y-%m-%d %H:%M:%S", &tm);
}

void
clock_local_today(char out[11])
{
	time_t		 now = time(NULL);
	struct tm	 tm;

	localtime_r(&now, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

int
clock_utc_to_local(const char *utc, char out[24])
{
	struct tm	 tm;
	time_t		 t;

	memset(&tm, 0, sizeof(tm));
	if (sscanf(utc, "%4d-%2d-%2d %2d:%2d:%2d", &tm.tm_year, &tm.tm_mon,
	    &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 6)
		return -1;
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	if ((t = timegm(&tm)) == (time_t)-1)
		return -1;
	localtime_r(&t, &tm);
	strftime(out, 24, "%Y-%m-%d %H:%M:%S", &tm);
	return 0;
}
