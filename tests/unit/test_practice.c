/* Unit tests of the practice library's search words (fcgi/practice.c). */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "../../fcgi/domain.h"

/* Runs practice_query on q; returns the words used. */
static int
query(const char *q, char out[512], char ignored[512])
{
	return practice_query(q, out, 512, ignored, 512);
}

static void
words_become_required_prefixes(void **state)
{
	char out[512], ign[512];

	(void)state;
	assert_int_equal(query("Circulair ASFALT", out, ign), 2);
	assert_string_equal(out, "+circulair* +asfalt*");
	assert_string_equal(ign, "");
	assert_int_equal(query("hergebruik van béton in de GWW", out, ign), 3);
	assert_string_equal(out, "+hergebruik* +béton* +gww*");
	assert_string_equal(ign, "van in de");
}

static void
operators_and_quotes_are_dropped(void **state)
{
	char out[512], ign[512];

	(void)state;
	assert_int_equal(query("+asfalt -beton \"circulair\" (hout) <a >b ~c "
	    "@3 *", out, ign), 4);
	assert_string_equal(out, "+asfalt* +beton* +circulair* +hout*");
	assert_int_equal(query("x' OR '1'='1'; DROP TABLE practices; --", out,
	    ign), 3);
	assert_string_equal(out, "+drop* +table* +practices*");
	assert_string_equal(ign, "x or 1 1");
}

static void
stop_words_short_words_and_symbols_leave_nothing(void **state)
{
	char out[512], ign[512];

	(void)state;
	assert_int_equal(query("de het een", out, ign), 0);
	assert_string_equal(out, "");
	assert_string_equal(ign, "de het een");
	assert_int_equal(query("the and with", out, ign), 0);
	assert_int_equal(query("a bc ++ -- ** \"\" ()", out, ign), 0);
	assert_int_equal(query("\xe2\x80\xa6\xe2\x80\x93\xe2\x80\x98\xe2\x80\x99 "
	    "\xc2\xab\xc2\xbb \xe2\x82\xac", out, ign), 0);
	assert_int_equal(query("", out, ign), 0);
}

static void
at_most_eight_words(void **state)
{
	char out[512], ign[512];

	(void)state;
	assert_int_equal(query("een1 twee2 drie3 vier4 vijf5 zes6 zeven7 "
	    "acht8 negen9", out, ign), PRACTICE_QUERY_WORDS);
	assert_string_equal(ign, "negen9");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(words_become_required_prefixes),
		cmocka_unit_test(operators_and_quotes_are_dropped),
		cmocka_unit_test(stop_words_short_words_and_symbols_leave_nothing),
		cmocka_unit_test(at_most_eight_words),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
