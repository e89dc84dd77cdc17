/* Unit tests of the iCalendar writer's line folding (fcgi/ics.c). */
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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(ics_folds_a_long_title_between_characters),
		cmocka_unit_test(ics_folds_a_value_of_continuation_bytes_and_ends),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
