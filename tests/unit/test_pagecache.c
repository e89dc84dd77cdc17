/* Unit tests of the page cache (fcgi/pagecache.c). */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../fcgi/http.h"

/* A key made of one repeated byte. */
static void
key(unsigned char k[PAGECACHE_KEY], int b)
{
	memset(k, b, PAGECACHE_KEY);
}

static void
pagecache_gives_back_what_it_kept(void **state)
{
	struct pagecache	*c = pagecache_new(1024);
	unsigned char		 k[PAGECACHE_KEY];
	const char		*body;
	size_t			 len = 0;

	(void)state;
	assert_non_null(c);
	assert_int_equal(pagecache_generation(c, 7, 100), 1);
	key(k, 1);
	assert_int_equal(pagecache_put(c, k, "<p>een</p>", 10), 0);
	body = pagecache_get(c, k, &len);
	assert_non_null(body);
	assert_int_equal(len, 10);
	assert_memory_equal(body, "<p>een</p>", 10);
	key(k, 2);
	assert_null(pagecache_get(c, k, &len));
	pagecache_free(c);
}

static void
pagecache_drops_every_page_of_another_generation(void **state)
{
	struct pagecache	*c = pagecache_new(1024);
	unsigned char		 k[PAGECACHE_KEY];
	size_t			 len;

	(void)state;
	assert_int_equal(pagecache_generation(c, 7, 100), 1);
	key(k, 1);
	assert_int_equal(pagecache_put(c, k, "een", 3), 0);
	/* The same generation keeps it. */
	assert_int_equal(pagecache_generation(c, 7, 100), 0);
	assert_non_null(pagecache_get(c, k, &len));
	/* A newer data version, another minute, an older version (a
	 * restored backup): each drops what was kept. */
	assert_int_equal(pagecache_generation(c, 8, 100), 1);
	assert_null(pagecache_get(c, k, &len));
	assert_int_equal(pagecache_put(c, k, "twee", 4), 0);
	assert_int_equal(pagecache_generation(c, 8, 101), 1);
	assert_null(pagecache_get(c, k, &len));
	assert_int_equal(pagecache_put(c, k, "drie", 4), 0);
	assert_int_equal(pagecache_generation(c, 5, 101), 1);
	assert_null(pagecache_get(c, k, &len));
	pagecache_free(c);
}

static void
pagecache_keeps_at_most_its_bytes(void **state)
{
	struct pagecache	*c = pagecache_new(10);
	unsigned char		 k[PAGECACHE_KEY];
	size_t			 len;

	(void)state;
	key(k, 1);
	assert_int_equal(pagecache_put(c, k, "123456", 6), 0);
	key(k, 2);
	assert_int_equal(pagecache_put(c, k, "abcdef", 6), 0);
	/* The older one made room. */
	assert_non_null(pagecache_get(c, k, &len));
	key(k, 1);
	assert_null(pagecache_get(c, k, &len));
	/* One that does not fit alone is not kept. */
	key(k, 3);
	assert_int_equal(pagecache_put(c, k, "0123456789a", 11), 0);
	assert_null(pagecache_get(c, k, &len));
	pagecache_free(c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(pagecache_gives_back_what_it_kept),
		cmocka_unit_test(pagecache_drops_every_page_of_another_generation),
		cmocka_unit_test(pagecache_keeps_at_most_its_bytes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
