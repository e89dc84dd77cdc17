/* Unit tests of URL, form and cookie decoding (fcgi/decode.c). */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../fcgi/domain.h"

static void
pct_decodes_escapes_and_plus(void **state)
{
	size_t	 sz;
	char	*s;

	(void)state;
	assert_non_null(s = decode_pct("a%20b+c%2Bd", 11, 1, &sz));
	assert_string_equal(s, "a b c+d");
	assert_int_equal(sz, 7);
	free(s);
	assert_non_null(s = decode_pct("a+b", 3, 0, &sz));
	assert_string_equal(s, "a+b");
	free(s);
}

static void
pct_rejects_truncated_and_bad_escapes(void **state)
{
	size_t sz;

	(void)state;
	assert_null(decode_pct("abc%2", 5, 1, &sz));
	assert_null(decode_pct("abc%", 4, 1, &sz));
	assert_null(decode_pct("%zz", 3, 1, &sz));
}

static void
pct_keeps_nul_in_length(void **state)
{
	size_t	 sz;
	char	*s;

	(void)state;
	assert_non_null(s = decode_pct("a%00b", 5, 1, &sz));
	assert_int_equal(sz, 3);
	assert_int_equal(utf8_valid(s, sz), 0);
	free(s);
}

static void
utf8_accepts_dutch_and_rejects_malformed(void **state)
{
	(void)state;
	assert_int_equal(utf8_valid("Ede, Apeldoorn", 14), 1);
	assert_int_equal(utf8_valid("co\xc3\xb6peratie", 11), 1);
	assert_int_equal(utf8_valid("\xe2\x82\xac 10", 6), 1);
	assert_int_equal(utf8_valid("\xf0\x9f\x8c\xb1", 4), 1);
	assert_int_equal(utf8_valid("\xff", 1), 0);		/* never valid */
	assert_int_equal(utf8_valid("\xc3", 1), 0);		/* truncated */
	assert_int_equal(utf8_valid("\xc0\xaf", 2), 0);	/* overlong */
	assert_int_equal(utf8_valid("\xed\xa0\x80", 3), 0);	/* surrogate */
	assert_int_equal(utf8_valid("\xf4\x90\x80\x80", 4), 0); /* > U+10FFFF */
	assert_int_equal(utf8_valid("a\0b", 3), 0);		/* NUL */
}

static void
form_splits_pairs_in_order(void **state)
{
	struct kvlist l = { 0 };

	(void)state;
	assert_int_equal(decode_form(&l, "lang=en&&q=circulair+inkopen&x",
	    30, 0), 0);
	assert_int_equal(l.n, 3);
	assert_string_equal(l.kv[0].key, "lang");
	assert_string_equal(l.kv[0].val, "en");
	assert_string_equal(l.kv[1].val, "circulair inkopen");
	assert_string_equal(l.kv[2].key, "x");
	assert_string_equal(l.kv[2].val, "");
	assert_string_equal(kvlist_get(&l, "q"), "circulair inkopen");
	assert_null(kvlist_get(&l, "missing"));
	kvlist_free(&l);
}

static void
form_rejects_invalid_utf8_and_nul(void **state)
{
	struct kvlist l = { 0 };

	(void)state;
	assert_int_equal(decode_form(&l, "lang=%FF", 8, 0), -1);
	kvlist_free(&l);
	assert_int_equal(decode_form(&l, "a=b%00c", 7, 0), -1);
	kvlist_free(&l);
	assert_int_equal(decode_form(&l, "%C3=1", 5, 1), -1);
	kvlist_free(&l);
}

static void
form_body_values_are_mended_not_refused(void **state)
{
	struct kvlist l = { 0 };

	(void)state;
	assert_int_equal(decode_form(&l, "naam=Zo%EB&x=a%00b", 18, 1), 0);
	assert_string_equal(kvlist_get(&l, "naam"), "Zo\xef\xbf\xbd");
	assert_string_equal(kvlist_get(&l, "x"), "a\xef\xbf\xbd" "b");
	assert_int_equal(valid_text(kvlist_get(&l, "naam"), 150), -1);
	kvlist_free(&l);
}

static void
cookies_are_split_and_trimmed(void **state)
{
	struct kvlist l = { 0 };

	(void)state;
	assert_int_equal(decode_cookies(&l, "lang=en; sid=\"abc\";  x = 1 ;junk"),
	    0);
	assert_int_equal(l.n, 3);
	assert_string_equal(kvlist_get(&l, "lang"), "en");
	assert_string_equal(kvlist_get(&l, "sid"), "abc");
	assert_string_equal(kvlist_get(&l, "x"), "1");
	kvlist_free(&l);
}

static void
url_encode_keeps_unreserved_and_slash(void **state)
{
	char buf[64];

	(void)state;
	assert_int_equal(url_encode(buf, sizeof(buf), "/beheer/a b?c=é&d"), 0);
	assert_string_equal(buf, "/beheer/a%20b%3Fc%3D%C3%A9%26d");
	assert_int_equal(url_encode(buf, 4, "/abc"), -1);
	assert_int_equal(url_encode(buf, 5, "/abc"), 0);
	assert_string_equal(buf, "/abc");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(pct_decodes_escapes_and_plus),
		cmocka_unit_test(pct_rejects_truncated_and_bad_escapes),
		cmocka_unit_test(pct_keeps_nul_in_length),
		cmocka_unit_test(utf8_accepts_dutch_and_rejects_malformed),
		cmocka_unit_test(form_splits_pairs_in_order),
		cmocka_unit_test(form_rejects_invalid_utf8_and_nul),
		cmocka_unit_test(form_body_values_are_mended_not_refused),
		cmocka_unit_test(cookies_are_split_and_trimmed),
		cmocka_unit_test(url_encode_keeps_unreserved_and_slash),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
