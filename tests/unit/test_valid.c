/* Unit tests of the validators (fcgi/valid.c). */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "../../fcgi/extern.h"

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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(int_accepts_digits_within_bounds),
		cmocka_unit_test(int_rejects_junk_signs_space_and_overflow),
		cmocka_unit_test(lang_knows_nl_and_en_only),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
