/* Unit tests of language choice and XML negotiation (fcgi/lang.c). */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "../../fcgi/domain.h"

static void
lang_param_wins_over_cookie_and_header(void **state)
{
	(void)state;
	assert_int_equal(lang_choose("en", "nl", "nl"), LANG_EN);
	assert_int_equal(lang_choose("nl", "en", "en"), LANG_NL);
}

static void
lang_invalid_param_falls_back_to_cookie(void **state)
{
	(void)state;
	assert_int_equal(lang_choose("fr", "en", "nl"), LANG_EN);
}

static void
lang_cookie_wins_over_header(void **state)
{
	(void)state;
	assert_int_equal(lang_choose(NULL, "en", "nl-NL,nl;q=0.9"), LANG_EN);
}

static void
lang_header_quality_values_decide(void **state)
{
	(void)state;
	assert_int_equal(lang_choose(NULL, NULL, "en-GB,en;q=0.9,nl;q=0.8"),
	    LANG_EN);
	assert_int_equal(lang_choose(NULL, NULL, "en;q=0.5, nl;q=0.7"),
	    LANG_NL);
	assert_int_equal(lang_choose(NULL, NULL, "de-DE, en;q=0.3"), LANG_EN);
	assert_int_equal(lang_choose(NULL, NULL, "en;q=0"), LANG_NL);
}

static void
lang_defaults_to_dutch(void **state)
{
	(void)state;
	assert_int_equal(lang_choose(NULL, NULL, NULL), LANG_NL);
	assert_int_equal(lang_choose(NULL, NULL, "fr, de"), LANG_NL);
	assert_int_equal(lang_choose(NULL, NULL, ""), LANG_NL);
}

static void
xml_only_when_preferred_over_html(void **state)
{
	(void)state;
	assert_int_equal(accept_prefers_xml("application/xml"), 1);
	assert_int_equal(accept_prefers_xml("text/xml"), 1);
	assert_int_equal(accept_prefers_xml("text/html,application/xhtml+xml,"
	    "application/xml;q=0.9,*/*;q=0.8"), 0);
	assert_int_equal(accept_prefers_xml("*/*"), 0);
	assert_int_equal(accept_prefers_xml("application/xml;q=0.5, "
	    "text/html;q=0.4"), 1);
	assert_int_equal(accept_prefers_xml(NULL), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(lang_param_wins_over_cookie_and_header),
		cmocka_unit_test(lang_invalid_param_falls_back_to_cookie),
		cmocka_unit_test(lang_cookie_wins_over_header),
		cmocka_unit_test(lang_header_quality_values_decide),
		cmocka_unit_test(lang_defaults_to_dutch),
		cmocka_unit_test(xml_only_when_preferred_over_html),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
