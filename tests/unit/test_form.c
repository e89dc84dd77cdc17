/* Unit tests of reading forms by their tables (fcgi/form.c). */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "../../fcgi/doc.h"

static const char *const colours[] = { "rood", "groen" };

enum {
	T_NAME,
	T_TITLE,
	T_COLOUR,
	T_COUNT,
	T_PAGE,
	T_BACK,
	T__MAX
};

static const struct form_field fields[T__MAX] = {
	FORM_TEXT("naam", 10),
	{ .name = "titel", .valid = VALID_TEXT,
	  .flags = FF_REQUIRED | FF_MISSING_ARG, .max = 20,
	  .key = "field.text.invalid", .arg = 20,
	  .missing = "field.required" },
	FORM_CHOICE("kleur", colours, 2),
	{ .name = "aantal", .valid = VALID_INT, .min = 1, .max = 9,
	  .key = "field.number" },
	{ .name = "pagina", .valid = VALID_INT, .flags = FF_EMPTY, .min = 1,
	  .max = 9, .key = "field.number" },
	{ .name = "terug", .valid = VALID_RETURN_PATH, .flags = FF_EMPTY },
};

static const struct form form = { fields, T__MAX, 0 };

/* Reads body (a form-encoded string) by the table into v. */
static int
read_body(const char *body, struct req *r, struct form_value *v)
{
	memset(r, 0, sizeof(*r));
	assert_int_equal(decode_form(&r->params, body, strlen(body), 1), 0);
	return form_read(r, &form, v);
}

static void
good_values_are_typed(void **state)
{
	struct req		r;
	struct form_value	v[T__MAX];

	(void)state;
	assert_int_equal(read_body("naam=Ann&titel=T&kleur=groen&aantal=3"
	    "&pagina=2&terug=%2Fx", &r, v), 0);
	assert_string_equal(v[T_NAME].s, "Ann");
	assert_int_equal(v[T_COLOUR].n, 1);
	assert_int_equal(v[T_COUNT].n, 3);
	assert_int_equal(v[T_PAGE].n, 2);
	assert_string_equal(v[T_BACK].raw, "/x");
	kvlist_free(&r.params);
}

static void
blank_gives_the_missing_key_else_the_key(void **state)
{
	struct req		r;
	struct form_value	v[T__MAX];

	(void)state;
	/* Only spaces and tabs is blank for naam; titel counts only an
	 * empty value as blank, and names its limit either way. */
	assert_int_equal(read_body("naam=+%09&titel=+&kleur=", &r, v), 3);
	assert_string_equal(v[T_NAME].error, "field.required");
	assert_int_equal(v[T_NAME].arg, 0);
	assert_string_equal(v[T_TITLE].error, "field.text.invalid");
	assert_int_equal(v[T_TITLE].arg, 20);
	assert_string_equal(v[T_COLOUR].error, "field.choice");
	assert_null(v[T_COUNT].error);
	assert_int_equal(v[T_COUNT].given, 0);
	kvlist_free(&r.params);

	assert_int_equal(read_body("naam=Ann+Bakker+Cor&kleur=blauw", &r, v),
	    3);
	assert_string_equal(v[T_NAME].error, "field.text.invalid");
	assert_int_equal(v[T_NAME].arg, 10);
	assert_string_equal(v[T_TITLE].error, "field.required");
	assert_int_equal(v[T_TITLE].arg, 20);
	assert_null(v[T_TITLE].raw);
	assert_string_equal(v[T_TITLE].s, "");
	kvlist_free(&r.params);
}

static void
empty_counts_as_given_only_with_ff_empty(void **state)
{
	struct req		r;
	struct form_value	v[T__MAX];

	(void)state;
	assert_int_equal(read_body("naam=A&titel=T&kleur=rood&aantal="
	    "&pagina=&terug=", &r, v), 1);
	assert_null(v[T_COUNT].error);
	assert_string_equal(v[T_PAGE].error, "field.number");
	/* A refused value without a key is dropped, as if not sent. */
	assert_null(v[T_BACK].error);
	assert_null(v[T_BACK].raw);
	kvlist_free(&r.params);
}

static const char *const sizes[] = { "s", "m", "l" };

static const struct form_field multi_fields[] = {
	{ .name = "maat", .valid = VALID_CHOICE, .flags = FF_MULTI | FF_REQUIRED,
	  .choices = sizes, .nchoices = 3, .key = "field.choice",
	  .missing = "field.choose-some" },
	{ .name = "tekst", .valid = VALID_PROSE, .flags = FF_REQUIRED,
	  .max = 50, .key = "field.text.invalid", .arg = 50,
	  .missing = "field.required", .blank = " \t" },
	{ .name = "label", .valid = VALID_TEXT, .flags = FF_BLANK_ABSENT,
	  .max = 5, .key = "field.text.invalid", .blank = " " },
};

static const struct form multi_form = { multi_fields, 3, 0 };

static void
multi_values_each_checked_and_blank_absent(void **state)
{
	struct req		r;
	struct form_value	v[3];
	const char		*body = "maat=l&maat=&maat=x&maat=s&maat=y"
	    "&tekst=%0A&label=+++";

	(void)state;
	memset(&r, 0, sizeof(r));
	assert_int_equal(decode_form(&r.params, body, strlen(body), 1), 0);
	assert_int_equal(form_read(&r, &multi_form, v), 2);
	assert_int_equal(v[0].bits, 1 << 0 | 1 << 2);
	assert_int_equal(v[0].n, 2);
	assert_string_equal(v[0].error, "field.choice");
	assert_int_equal(v[0].count, 2);
	/* A line break alone is not blank by the table's blank, but is
	 * refused by the validator: the key, not missing. */
	assert_string_equal(v[1].error, "field.text.invalid");
	assert_null(v[2].error);
	assert_int_equal(v[2].given, 0);
	kvlist_free(&r.params);

	memset(&r, 0, sizeof(r));
	assert_int_equal(decode_form(&r.params, "maat=", 5, 1), 0);
	assert_int_equal(form_read(&r, &multi_form, v), 2);
	assert_string_equal(v[0].error, "field.choose-some");
	assert_string_equal(v[1].error, "field.required");
	kvlist_free(&r.params);
}

/* More values than a multi-valued field's bound (its most, else
 * FORM_MULTI_MAX) are refused as a whole, none of them checked. */
static void
multi_values_beyond_the_bound_are_refused_whole(void **state)
{
	static const struct form_field f[] = {
		{ .name = "maat", .valid = VALID_CHOICE, .flags = FF_MULTI,
		  .choices = sizes, .nchoices = 3, .key = "field.choice" },
		{ .name = "id", .valid = VALID_ANY, .flags = FF_MULTI,
		  .most = 2, .key = "field.choice" },
	};
	static const struct form two = { f, 2, 0 };
	struct req		r;
	struct form_value	v[2];
	char			body[2048] = "id=1&id=1";
	size_t			n;

	(void)state;
	for (int i = 0; i < FORM_MULTI_MAX; i++) {
		n = strlen(body);
		snprintf(body + n, sizeof(body) - n, "&maat=%s", i ? "s" : "x");
	}
	memset(&r, 0, sizeof(r));
	assert_int_equal(decode_form(&r.params, body, strlen(body), 1), 0);
	assert_int_equal(form_read(&r, &two, v), 1);
	assert_string_equal(v[0].error, "field.choice");	/* 64: read */
	assert_int_equal(v[0].count, 1);
	assert_null(v[1].error);
	kvlist_free(&r.params);

	n = strlen(body);
	snprintf(body + n, sizeof(body) - n, "&maat=m&id=2");
	memset(&r, 0, sizeof(r));
	assert_int_equal(decode_form(&r.params, body, strlen(body), 1), 0);
	assert_int_equal(form_read(&r, &two, v), 2);
	assert_string_equal(v[0].error, "field.too-many");
	assert_int_equal(v[0].arg, FORM_MULTI_MAX);
	assert_int_equal(v[0].count, 0);
	assert_string_equal(v[1].error, "field.too-many");
	assert_int_equal(v[1].arg, 2);
	kvlist_free(&r.params);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(good_values_are_typed),
		cmocka_unit_test(blank_gives_the_missing_key_else_the_key),
		cmocka_unit_test(empty_counts_as_given_only_with_ff_empty),
		cmocka_unit_test(multi_values_each_checked_and_blank_absent),
		cmocka_unit_test(multi_values_beyond_the_bound_are_refused_whole),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
