/*
 * iCalendar (RFC 5545) for one event, so a registrant can put it in a
 * calendar: one VEVENT per session, each with the UID its session keeps
 * and the event's SEQUENCE (3.8.7.4); METHOD PUBLISH for the public
 * file, REQUEST or CANCEL for the mails that tell registrants of a change
 * (RFC 5546 3.2.2, 3.2.5). Times are the event's Dutch wall-clock times with
 * TZID=Europe/Amsterdam and the zone's rules in a VTIMEZONE (section
 * 3.6.5), text values are escaped (section 3.3.11), lines end in CRLF and
 * are folded at 75 octets without splitting a UTF-8 character (3.1).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "records.h"

/* A growing output buffer. */
struct out {
	char	*buf;
	size_t	 len, cap;
	int	 failed;
};

static void
put(struct out *o, const char *s, size_t n)
{
	char *more;

	if (o->failed)
		return;
	if (o->len + n + 1 > o->cap) {
		size_t cap = (o->cap ? o->cap : 1024);
		while (cap < o->len + n + 1)
			cap *= 2;
		if ((more = realloc(o->buf, cap)) == NULL) {
			o->failed = 1;
			return;
		}
		o->buf = more;
		o->cap = cap;
	}
	memcpy(o->buf + o->len, s, n);
	o->len += n;
	o->buf[o->len] = '\0';
}

static void
puts_(struct out *o, const char *s)
{
	put(o, s, strlen(s));
}

/*
 * Writes one content line, "name:value" with value escaped as TEXT when
 * text is 1, folded at 75 octets, ending in CRLF.
 */
static void
line(struct out *o, const char *name, const char *value, int text)
{
	char		 esc[4 * 8192 + 64];
	size_t		 n = 0, col = 0, k, i;
	const char	*p;

	n = (size_t)snprintf(esc, sizeof(esc), "%s:", name);
	for (p = value; *p != '\0' && n + 4 < sizeof(esc); p++) {
		if (text && (*p == '\\' || *p == ';' || *p == ',')) {
			esc[n++] = '\\';
			esc[n++] = *p;
		} else if (text && *p == '\n') {
			esc[n++] = '\\';
			esc[n++] = 'n';
		} else if (*p == '\r' || ((unsigned char)*p < 0x20 &&
		    *p != '\t'))
			continue;	/* no control characters in a value */
		else
			esc[n++] = *p;
	}
	/* Fold: at most 75 octets a line, never inside a character. */
	for (i = 0; i < n; i += k) {
		size_t most = 75 - (col ? 1 : 0);

		k = n - i < most ? n - i : most;
		while (k > 0 && i + k < n &&
		    ((unsigned char)esc[i + k] & 0xc0) == 0x80)
			k--;
		/* Not UTF-8 (75 continuation bytes in a row): cut anyway,
		 * rather than never move on. */
		if (k == 0)
			k = n - i < most ? n - i : most;
		if (col)
			put(o, " ", 1);
		put(o, esc + i, k);
		put(o, "\r\n", 2);
		col = 1;
	}
}

/* "YYYY-MM-DD HH:MM:SS" to the DATE-TIME form "YYYYMMDDTHHMMSS". */
static void
ics_time(const char *ts, char out[16])
{
	snprintf(out, 16, "%.4s%.2s%.2sT%.2s%.2s%.2s", ts, ts + 5, ts + 8,
	    ts + 11, ts + 14, ts + 17);
}

/* Writes the VEVENT of one session (RFC 5545 3.6.1; with METHOD:CANCEL,
 * RFC 5546 3.2.5, its STATUS is CANCELLED). */
static void
vevent(struct out *o, const struct db_event *ev, const struct db_session *s,
    long long sequence, int cancel, const char *host, size_t hostlen,
    const char *base_url, const char *stamp)
{
	char	 t[16], buf[1400];

	puts_(o, "BEGIN:VEVENT\r\n");
	snprintf(buf, sizeof(buf), "%s@%.*s", s->uid, (int)hostlen, host);
	line(o, "UID", buf, 0);
	snprintf(buf, sizeof(buf), "%lld", sequence);
	line(o, "SEQUENCE", buf, 0);
	line(o, "DTSTAMP", stamp, 0);
	ics_time(s->starts_at, t);
	line(o, "DTSTART;TZID=Europe/Amsterdam", t, 0);
	ics_time(s->ends_at, t);
	line(o, "DTEND;TZID=Europe/Amsterdam", t, 0);
	line(o, "SUMMARY", ev->title, 1);
	if (ev->description[0] != '\0')
		line(o, "DESCRIPTION", ev->description, 1);
	/* A place with a livestream keeps both: the address first. */
	if (s->place[0] != '\0' && ev->online_url[0] != '\0') {
		snprintf(buf, sizeof(buf), "%s (online: %s)", s->place,
		    ev->online_url);
		line(o, "LOCATION", buf, 1);
	} else
		line(o, "LOCATION", s->place[0] ? s->place : ev->online_url, 1);
	snprintf(buf, sizeof(buf), "%s/programma/%lld", base_url, ev->id);
	line(o, "URL", buf, 0);
	line(o, "STATUS", cancel || strcmp(ev->status, "cancelled") == 0 ?
	    "CANCELLED" : "CONFIRMED", 0);
	puts_(o, "END:VEVENT\r\n");
}

char *
ics_sessions(const struct db_event *ev, const struct db_sessions *ss,
    const char *method, const char *base_url, size_t *len)
{
	struct out	 o = { NULL, 0, 0, 0 };
	char		 stamp[20];
	const char	*host;
	time_t		 now = time(NULL);
	struct tm	 tm;
	size_t		 i, hostlen;

	puts_(&o, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
	line(&o, "PRODID", "-//CIMoLT//Programma circulair inkopen//NL", 0);
	puts_(&o, "CALSCALE:GREGORIAN\r\n");
	line(&o, "METHOD", method, 0);
	puts_(&o, "BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n"
	    "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
	    "TZNAME:CEST\r\nDTSTART:19700329T020000\r\n"
	    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
	    "BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
	    "TZNAME:CET\r\nDTSTART:19701025T030000\r\n"
	    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"
	    "END:VTIMEZONE\r\n");
	host = strstr(base_url, "://");
	host = host ? host + 3 : base_url;
	hostlen = strcspn(host, "/:");
	gmtime_r(&now, &tm);
	strftime(stamp, sizeof(stamp), "%Y%m%dT%H%M%SZ", &tm);
	for (i = 0; i < ss->n; i++)
		vevent(&o, ev, &ss->s[i], ss->sequence,
		    strcmp(method, "CANCEL") == 0, host, hostlen, base_url,
		    stamp);
	puts_(&o, "END:VCALENDAR\r\n");
	if (o.failed) {
		free(o.buf);
		return NULL;
	}
	*len = o.len;
	return o.buf;
}

void
ics_session_of_event(const struct db_event *ev, struct db_session *s)
{
	memset(s, 0, sizeof(*s));
	snprintf(s->uid, sizeof(s->uid), "cimolt-event-%lld", ev->id);
	snprintf(s->starts_at, sizeof(s->starts_at), "%s", ev->starts_at);
	snprintf(s->ends_at, sizeof(s->ends_at), "%s", ev->ends_at);
	snprintf(s->place, sizeof(s->place), "%s", ev->place);
}

char *
ics_event(const struct db_event *ev, const char *base_url, size_t *len)
{
	struct db_sessions	*ss;
	char			*ics;

	if ((ss = calloc(1, sizeof(*ss))) == NULL)
		return NULL;
	ss->n = 1;
	ics_session_of_event(ev, &ss->s[0]);
	ics = ics_sessions(ev, ss, "PUBLISH", base_url, len);
	free(ss);
	return ics;
}
