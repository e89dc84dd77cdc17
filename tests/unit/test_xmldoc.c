/* Unit tests of the page documents' dates and numbers (fcgi/xmldoc.c):
 * the attributes doc_datetime gives a timestamp, read the quick way for
 * what the database writes and with sscanf and timegm for anything else,
 * and the numbers doc_int and doc_attr_int write. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include <libxml/tree.h>

#include "../../fcgi/doc.h"

/* The element doc_datetime makes of ts, serialised, into buf ("NULL"
 * when it refuses ts). */
static void
datetime(const char *ts, char *buf, size_t sz)
{
	xmlDocPtr	 doc;
	xmlNodePtr	 root, e;
	xmlBufferPtr	 b;

	doc = xmlNewDoc((const xmlChar *)"1.0");
	root = xmlNewDocNode(doc, NULL, (const xmlChar *)"c", NULL);
	xmlDocSetRootElement(doc, root);
	if ((e = doc_datetime(root, "start", ts)) == NULL)
		snprintf(buf, sz, "NULL");
	else {
		b = xmlBufferCreate();
		assert_true(xmlNodeDump(b, doc, e, 0, 0) > 0);
		snprintf(buf, sz, "%s", (const char *)xmlBufferContent(b));
		xmlBufferFree(b);
	}
	xmlFreeDoc(doc);
}

#define ASSERT_DATETIME(ts, want) do { \
		char out[512]; \
		datetime((ts), out, sizeof(out)); \
		assert_string_equal(out, (want)); \
	} while (0)

static void
database_timestamp_gives_date_time_and_weekday(void **state)
{
	(void)state;
	ASSERT_DATETIME("2026-12-03 09:30:00", "<start date=\"2026-12-03\" "
	    "time=\"09:30\" year=\"2026\" month=\"12\" day=\"3\" "
	    "weekday=\"4\"/>");
	/* Sunday is 7, a leap day has its own weekday. */
	ASSERT_DATETIME("2026-12-06 00:00:00", "<start date=\"2026-12-06\" "
	    "time=\"00:00\" year=\"2026\" month=\"12\" day=\"6\" "
	    "weekday=\"7\"/>");
	ASSERT_DATETIME("2024-02-29 23:59:59", "<start date=\"2024-02-29\" "
	    "time=\"23:59\" year=\"2024\" month=\"2\" day=\"29\" "
	    "weekday=\"4\"/>");
}

static void
odd_timestamps_give_what_sscanf_and_timegm_give(void **state)
{
	(void)state;
	/* Digits not padded, no seconds, a day past the month's end (the
	 * weekday of the day it comes to), fractions of seconds. */
	ASSERT_DATETIME("2026-1-5 9:00:00", "<start date=\"2026-01-05\" "
	    "time=\"09:00\" year=\"2026\" month=\"1\" day=\"5\" "
	    "weekday=\"1\"/>");
	ASSERT_DATETIME("2026-02-30 10:00:00", "<start date=\"2026-02-30\" "
	    "time=\"10:00\" year=\"2026\" month=\"2\" day=\"30\" "
	    "weekday=\"1\"/>");
	ASSERT_DATETIME("2026-12-03 10:00:00.250", "<start date=\"2026-12-03\" "
	    "time=\"10:00\" year=\"2026\" month=\"12\" day=\"3\" "
	    "weekday=\"4\"/>");
	ASSERT_DATETIME("2026-12-03 10:00", "NULL");
	ASSERT_DATETIME("", "NULL");
}

/* Every day from 1900 to 2100, and the days past a month's end, has the
 * weekday timegm gives it. */
static void
weekdays_are_those_of_timegm(void **state)
{
	char		 ts[32], out[512], want[32];
	struct tm	 tm;

	(void)state;
	for (int y = 1900; y <= 2100; y++)
		for (int m = 1; m <= 12; m++)
			for (int d = 1; d <= 31; d++) {
				memset(&tm, 0, sizeof(tm));
				tm.tm_year = y - 1900;
				tm.tm_mon = m - 1;
				tm.tm_mday = d;
				tm.tm_hour = 12;
				(void)timegm(&tm);
				snprintf(ts, sizeof(ts),
				    "%04d-%02d-%02d 12:00:00", y, m, d);
				snprintf(want, sizeof(want), "weekday=\"%d\"",
				    tm.tm_wday == 0 ? 7 : tm.tm_wday);
				datetime(ts, out, sizeof(out));
				if (strstr(out, want) == NULL)
					fail_msg("%s: %s, want %s", ts, out,
					    want);
			}
}

static void
numbers_are_written_in_decimal(void **state)
{
	const long long	 v[] = { 0, 7, -7, 10, -100, 1234567890123LL,
			    -9223372036854775807LL - 1, 9223372036854775807LL };
	const char	*want[] = { "0", "7", "-7", "10", "-100",
			    "1234567890123", "-9223372036854775808",
			    "9223372036854775807" };
	xmlDocPtr	 doc;
	xmlNodePtr	 root, e;
	xmlChar		*a;

	(void)state;
	doc = xmlNewDoc((const xmlChar *)"1.0");
	root = xmlNewDocNode(doc, NULL, (const xmlChar *)"c", NULL);
	xmlDocSetRootElement(doc, root);
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		assert_int_equal(doc_attr_int(root, "n", v[i]), 0);
		a = xmlGetProp(root, (const xmlChar *)"n");
		assert_string_equal((const char *)a, want[i]);
		xmlFree(a);
		assert_non_null(e = doc_int(root, "n", v[i]));
		a = xmlNodeGetContent(e);
		assert_string_equal((const char *)a, want[i]);
		xmlFree(a);
	}
	/* An attribute set again is replaced, not doubled. */
	assert_int_equal(xmlStrlen(root->properties->name), 1);
	assert_null(root->properties->next);
	xmlFreeDoc(doc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(database_timestamp_gives_date_time_and_weekday),
		cmocka_unit_test(odd_timestamps_give_what_sscanf_and_timegm_give),
		cmocka_unit_test(weekdays_are_those_of_timegm),
		cmocka_unit_test(numbers_are_written_in_decimal),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
