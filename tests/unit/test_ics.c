/* Unit tests of the iCalendar writer (fcgi/ics.c): line folding, and
 * one VEVENT per session with its UID, SEQUENCE and METHOD. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../fcgi/records.h"

/* An event with title t and fixed times. */
static char *
calendar(const char *t, size_t *len)
{
	static struct db_event ev;

	memset(&ev, 0, sizeof(ev));
	ev.id = 7;
	snprintf(ev.title, sizeof(ev.title), "%s", t);
	snprintf(ev.starts_at, sizeof(ev.starts_at), "2027-03-11 15:00:00");
	snprintf(ev.ends_at, sizeof(ev.ends_at), "2027-03-11 17:00:00");
	snprintf(ev.status, sizeof(ev.status), "open");
	return ics_event(&ev, "https://cimolt.example.nl", len);
}

/* Every line ends in CRLF and has at most 75 octets; a continuation
 * line never starts inside a UTF-8 character when in_char is 1. */
static void
assert_folded(const char *ics, size_t len, int whole_chars)
{
	const char *p, *eol, *end = ics + len;

	for (p = ics; p < end; p = eol + 2) {
		eol = strstr(p, "\r\n");
		assert_non_null(eol);
		assert_true(eol - p <= 75);
		if (whole_chars && *p == ' ')
			assert_int_not_equal((unsigned char)p[1] & 0xc0, 0x80);
	}
}

static void
ics_folds_a_long_title_between_characters(void **state)
{
	char	 t[401], *ics;
	size_t	 len;

	(void)state;
	for (int i = 0; i < 200; i++)
		memcpy(t + 2 * i, "\xc3\xa9", 2);	/* é */
	t[400] = '\0';
	assert_non_null(ics = calendar(t, &len));
	assert_folded(ics, len, 1);
	assert_non_null(strstr(ics, "SUMMARY:\xc3\xa9"));
	free(ics);
}

static void
ics_folds_a_value_of_continuation_bytes_and_ends(void **state)
{
	char	 t[201], *ics;
	size_t	 len;

	(void)state;
	memset(t, 0x80, 200);	/* not UTF-8: no character boundary at all */
	t[200] = '\0';
	assert_non_null(ics = calendar(t, &len));
	assert_folded(ics, len, 0);
	assert_non_null(strstr(ics, "END:VCALENDAR\r\n"));
	free(ics);
}

/* Two sessions, cancelled: METHOD:CANCEL, each session a VEVENT of its
 * own with its UID at the site's host, the SEQUENCE given, its own times
 * and place, and STATUS:CANCELLED. */
static void
ics_cancels_every_session_with_its_uid_and_sequence(void **state)
{
	static struct db_event		ev;
	static struct db_sessions	ss;
	const char	*want[] = {
		"METHOD:CANCEL\r\n",
		"BEGIN:VEVENT\r\nUID:cimolt-event-7@cimolt.example.nl\r\n"
		"SEQUENCE:3\r\n",
		"DTSTART;TZID=Europe/Amsterdam:20270518T090000\r\n"
		"DTEND;TZID=Europe/Amsterdam:20270518T123000\r\n",
		"LOCATION:Arnhem\\, Markt 11\r\n",
		"BEGIN:VEVENT\r\nUID:cimolt-event-7-2@cimolt.example.nl\r\n"
		"SEQUENCE:3\r\n",
		"DTSTART;TZID=Europe/Amsterdam:20270525T090000\r\n",
		"LOCATION:Ede\r\n",
	};
	char		*ics, *p;
	size_t		 len, i, events = 0;

	(void)state;
	memset(&ev, 0, sizeof(ev));
	memset(&ss, 0, sizeof(ss));
	ev.id = 7;
	snprintf(ev.title, sizeof(ev.title), "Twee ochtenden");
	snprintf(ev.status, sizeof(ev.status), "cancelled");
	ss.n = 2;
	ss.sequence = 3;
	snprintf(ss.s[0].uid, sizeof(ss.s[0].uid), "cimolt-event-7");
	snprintf(ss.s[0].starts_at, 24, "2027-05-18 09:00:00");
	snprintf(ss.s[0].ends_at, 24, "2027-05-18 12:30:00");
	snprintf(ss.s[0].place, sizeof(ss.s[0].place), "Arnhem, Markt 11");
	snprintf(ss.s[1].uid, sizeof(ss.s[1].uid), "cimolt-event-7-2");
	snprintf(ss.s[1].starts_at, 24, "2027-05-25 09:00:00");
	snprintf(ss.s[1].ends_at, 24, "2027-05-25 12:30:00");
	snprintf(ss.s[1].place, sizeof(ss.s[1].place), "Ede");
	assert_non_null(ics = ics_sessions(&ev, &ss, "CANCEL",
	    "https://cimolt.example.nl:8443/x", &len));
	assert_folded(ics, len, 1);
	for (p = ics, i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		assert_non_null(p = strstr(p, want[i]));
		p += strlen(want[i]);
	}
	for (p = ics; (p = strstr(p, "STATUS:CANCELLED\r\n")) != NULL; p++)
		events++;
	assert_int_equal(events, 2);
	free(ics);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(ics_folds_a_long_title_between_characters),
		cmocka_unit_test(ics_folds_a_value_of_continuation_bytes_and_ends),
		cmocka_unit_test(ics_cancels_every_session_with_its_uid_and_sequence),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
