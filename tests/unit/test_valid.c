/* Unit tests of the validators (fcgi/valid.c). */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "../../fcgi/domain.h"

static void
int_accepts_digits_within_bounds(void **state)
{
	long long n = 0;

	(void)state;
	assert_int_equal(valid_int("42", 0, 100, &n), 0);
	assert_int_equal(n, 42);
	assert_int_equal(valid_int("-5", -10, 10, &n), 0);
	assert_int_equal(n, -5);
	assert_int_equal(valid_int("0", 0, 0, &n), 0);
}

static void
int_rejects_junk_signs_space_and_overflow(void **state)
{
	long long n = 7;

	(void)state;
	assert_int_equal(valid_int("", 0, 100, &n), -1);
	assert_int_equal(valid_int(NULL, 0, 100, &n), -1);
	assert_int_equal(valid_int(" 4", 0, 100, &n), -1);
	assert_int_equal(valid_int("+4", 0, 100, &n), -1);
	assert_int_equal(valid_int("-4", 0, 100, &n), -1);
	assert_int_equal(valid_int("4x", 0, 100, &n), -1);
	assert_int_equal(valid_int("101", 0, 100, &n), -1);
	assert_int_equal(valid_int("99999999999999999999", 0, 100, &n), -1);
	assert_int_equal(n, 7);	/* untouched on failure */
}

static void
lang_knows_nl_and_en_only(void **state)
{
	(void)state;
	assert_int_equal(valid_lang("nl"), LANG_NL);
	assert_int_equal(valid_lang("en"), LANG_EN);
	assert_int_equal(valid_lang("de"), -1);
	assert_int_equal(valid_lang("EN"), -1);
	assert_int_equal(valid_lang(NULL), -1);
}

static void
datetime_accepts_real_days_only(void **state)
{
	char out[24];

	(void)state;
	assert_int_equal(valid_datetime("2027-03-11T15:00", out), 0);
	assert_string_equal(out, "2027-03-11 15:00:00");
	assert_int_equal(valid_datetime("2028-02-29T09:30", out), 0);
	assert_int_equal(valid_datetime("2027-02-29T09:30", out), -1);
	assert_int_equal(valid_datetime("2100-02-29T09:30", out), -1);
	assert_int_equal(valid_datetime("2027-04-31T09:30", out), -1);
	assert_int_equal(valid_datetime("2027-03-11T24:00", out), -1);
	assert_int_equal(valid_datetime("2027-03-11 15:00", out), -1);
	assert_int_equal(valid_datetime("2027-03-11T15:00:00", out), -1);
	assert_int_equal(valid_datetime("", out), -1);
}

static void
date_is_a_real_day_in_its_exact_form(void **state)
{
	char out[24];

	(void)state;
	assert_int_equal(valid_date("2027-03-11", out), 0);
	assert_string_equal(out, "2027-03-11");
	assert_int_equal(valid_date("2028-02-29", out), 0);
	assert_int_equal(valid_date("2027-02-29", out), -1);
	assert_int_equal(valid_date("2027-04-31", out), -1);
	assert_int_equal(valid_date("2027-3-11", out), -1);
	assert_int_equal(valid_date("2027-03-11T15:00", out), -1);
	assert_int_equal(valid_date("11-03-2027", out), -1);
	assert_int_equal(valid_date("2027-+3-11", out), -1);
	assert_int_equal(valid_date("", out), -1);
}

static void
datetime_takes_digits_only_in_exact_widths(void **state)
{
	char out[24];

	(void)state;
	/* sscanf's %2d would read these as 3 and 5 o'clock. */
	assert_int_equal(valid_datetime("2027-+3-11T15:00", out), -1);
	assert_int_equal(valid_datetime("2027-03-11T 5:00", out), -1);
	assert_int_equal(valid_datetime("2027- 3-11T15:00", out), -1);
	assert_int_equal(valid_datetime("2027-03-+1T15:00", out), -1);
	assert_int_equal(valid_datetime("2027-03-11T15:-0", out), -1);
	assert_int_equal(valid_datetime("+027-03-11T15:00", out), -1);
	assert_int_equal(valid_datetime("2027-03-11T1a:00", out), -1);
	assert_int_equal(valid_datetime("2027-03-11T15:0\n", out), -1);
	assert_int_equal(valid_datetime("2027-03-11t15:00", out), -1);
	assert_int_equal(valid_datetime("2027-03-11T00:00", out), 0);
	assert_string_equal(out, "2027-03-11 00:00:00");
	assert_int_equal(valid_datetime("2027-12-31T23:59", out), 0);
	assert_string_equal(out, "2027-12-31 23:59:00");
}

static void
url_needs_http_and_printable_ascii(void **state)
{
	(void)state;
	assert_int_equal(valid_url("https://example.nl/pad?x=1"), 0);
	assert_int_equal(valid_url("http://example.nl"), 0);
	assert_int_equal(valid_url("javascript:alert(1)"), -1);
	assert_int_equal(valid_url("https://"), -1);
	assert_int_equal(valid_url("https://exa mple.nl"), -1);
	assert_int_equal(valid_url("https://example.nl/\"<x>"), -1);
	assert_int_equal(valid_url("https://voorbeeld.nl/é"), -1);
}

static void
email_and_email_list(void **state)
{
	(void)state;
	assert_int_equal(valid_email("a.b@ede.nl"), 0);
	assert_int_equal(valid_email("ab@ede"), -1);
	assert_int_equal(valid_email("a@@ede.nl"), -1);
	assert_int_equal(valid_email("a b@ede.nl"), -1);
	assert_int_equal(valid_email("@ede.nl"), -1);
	assert_int_equal(valid_email("a@ede.nl."), -1);
	assert_int_equal(valid_email_list("a@ede.nl, b@ede.nl"), 0);
	assert_int_equal(valid_email_list("a@ede.nl,"), 0);
	assert_int_equal(valid_email_list("a@ede.nl, nope"), -1);
	assert_int_equal(valid_email_list(" , "), -1);
}

static void
text_and_multiline(void **state)
{
	(void)state;
	assert_int_equal(valid_text("Anna de Vries", 150), 0);
	assert_int_equal(valid_text("   ", 150), -1);
	assert_int_equal(valid_text("a\nb", 150), -1);
	assert_int_equal(valid_text("ééé", 3), 0);
	assert_int_equal(valid_text("éééé", 3), -1);
	assert_int_equal(valid_multiline("regel 1\r\nregel 2\t", 20), 0);
	assert_int_equal(valid_multiline("", 20), 0);
	assert_int_equal(valid_multiline("bel\a", 20), -1);
	/* LF and CRLF end a line; a CR on its own does not. */
	assert_int_equal(valid_multiline("a\nb\r\n", 20), 0);
	assert_int_equal(valid_multiline("a\r.\r\nb", 20), -1);
	assert_int_equal(valid_multiline("a\r", 20), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(int_accepts_digits_within_bounds),
		cmocka_unit_test(int_rejects_junk_signs_space_and_overflow),
		cmocka_unit_test(lang_knows_nl_and_en_only),
		cmocka_unit_test(datetime_accepts_real_days_only),
		cmocka_unit_test(date_is_a_real_day_in_its_exact_form),
		cmocka_unit_test(datetime_takes_digits_only_in_exact_widths),
		cmocka_unit_test(url_needs_http_and_printable_ascii),
		cmocka_unit_test(email_and_email_list),
		cmocka_unit_test(text_and_multiline),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
