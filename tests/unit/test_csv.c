/* Unit tests of the CSV splitter (fcgi/csv.c). */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../fcgi/domain.h"

static void
csv_separator_is_what_the_header_uses(void **state)
{
	(void)state;
	assert_int_equal(csv_separator("kind;name;cbs_code"), ';');
	assert_int_equal(csv_separator("kind,name,cbs_code"), ',');
	assert_int_equal(csv_separator("kind"), ';');
}

static void
csv_splits_plain_and_empty_fields(void **state)
{
	char	 line[] = "gemeente;Ede;GM0228;;>=100k\r\n";
	char	*f[8];

	(void)state;
	assert_int_equal(csv_split(line, ';', f, 8), 5);
	assert_string_equal(f[0], "gemeente");
	assert_string_equal(f[1], "Ede");
	assert_string_equal(f[3], "");
	assert_string_equal(f[4], ">=100k");
}

static void
csv_unquotes_and_undoubles_quotes(void **state)
{
	char	 line[] = "\xef\xbb\xbf\"koepel\";\"Vereniging \"\"X\"\"; Y\";z";
	char	*f[8];

	(void)state;
	assert_int_equal(csv_split(line, ';', f, 8), 3);
	assert_string_equal(f[0], "koepel");
	assert_string_equal(f[1], "Vereniging \"X\"; Y");
	assert_string_equal(f[2], "z");
}

static void
csv_refuses_malformed_quotes_and_too_many_fields(void **state)
{
	char	 a[] = "\"open;b", b[] = "\"x\"y;b", c[] = "a\"b;c";
	char	 d[] = "1;2;3;4";
	char	*f[3];

	(void)state;
	assert_int_equal(csv_split(a, ';', f, 3), -1);
	assert_int_equal(csv_split(b, ';', f, 3), -1);
	assert_int_equal(csv_split(c, ';', f, 3), -1);
	assert_int_equal(csv_split(d, ';', f, 3), -1);
}

/* Writes the fields of s (NULL-ended) as one record; returns it. */
static char *
record(const char *const *s)
{
	static struct csv_out	 o;

	free(o.buf);
	memset(&o, 0, sizeof(o));
	for (size_t i = 0; s[i] != NULL; i++)
		assert_int_equal(csv_field(&o, s[i], s[i + 1] == NULL), 0);
	return o.buf;
}

static void
csv_field_defuses_formulas_after_white_space(void **state)
{
	const char *const a[] = { "=1+1", " =1+1", "\t=1", "+1", "@SUM(A1)",
	    "-2+3", "\rx", " \n@x", NULL };

	(void)state;
	assert_string_equal(record(a), "'=1+1;' =1+1;'\t=1;'+1;'@SUM(A1);"
	    "'-2+3;\"'\rx\";\"' \n@x\"\r\n");
}

static void
csv_field_quotes_either_separator_and_leaves_numbers(void **state)
{
	const char *const a[] = { "Jan,=1+1", "a;b", "say \"hi\"", "-3,5",
	    "-12", "40.5", "Ede", "", NULL };

	(void)state;
	assert_string_equal(record(a), "\"Jan,=1+1\";\"a;b\";"
	    "\"say \"\"hi\"\"\";\"-3,5\";-12;40.5;Ede;\r\n");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(csv_separator_is_what_the_header_uses),
		cmocka_unit_test(csv_splits_plain_and_empty_fields),
		cmocka_unit_test(csv_unquotes_and_undoubles_quotes),
		cmocka_unit_test(csv_refuses_malformed_quotes_and_too_many_fields),
		cmocka_unit_test(csv_field_defuses_formulas_after_white_space),
		cmocka_unit_test(csv_field_quotes_either_separator_and_leaves_numbers),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
