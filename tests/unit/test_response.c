/* Unit tests of the response headers' budget (fcgi/response.c). */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "../../fcgi/http.h"

/* A Location as long as a handler could ask for after a cookie: refused
 * when it is added (the handler fails before its transaction commits),
 * not when the response is written; what fits is taken. */
static void
headers_past_the_budget_are_refused_when_added(void **state)
{
	struct resp	 o;
	char		 value[RESP_HEADERS_MAX];

	(void)state;
	memset(&o, 0, sizeof(o));
	assert_int_equal(resp_header(&o, "Set-Cookie",
	    "sid=abc; Path=/; HttpOnly; SameSite=Lax"), 0);
	memset(value, 'a', sizeof(value) - 1);
	value[sizeof(value) - 1] = '\0';
	assert_int_equal(resp_header(&o, "Location", value), -1);
	assert_int_equal(o.nhdr, 1);
	value[RESP_HEADERS_MAX - 100] = '\0';
	assert_int_equal(resp_header(&o, "Location", value), 0);
	assert_int_equal(o.nhdr, 2);
	resp_reset(&o);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(headers_past_the_budget_are_refused_when_added),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
