/* Unit tests of the benchmark's statistics (fcgi/stats.c), each case
 * computed by hand in its comment. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "../../fcgi/domain.h"

static void
quartiles_of_an_odd_group(void **state)
{
	/* Sorted 10 20 30 40 50: h = 4p; Q1 at h 1 = 20, median 30, Q3 40. */
	double		 v[] = { 50, 10, 40, 20, 30 };
	struct stats	 s;

	(void)state;
	assert_int_equal(stats_describe(v, 5, &s), 1);
	assert_int_equal(s.n, 5);
	assert_float_equal(s.min, 10, 1e-12);
	assert_float_equal(s.q1, 20, 1e-12);
	assert_float_equal(s.median, 30, 1e-12);
	assert_float_equal(s.q3, 40, 1e-12);
	assert_float_equal(s.max, 50, 1e-12);
}

static void
quartiles_of_an_even_group_interpolate(void **state)
{
	/* Sorted 1 2 3 4: h = 3p. Q1 h .75: 1 + .75 = 1.75; median h 1.5:
	 * 2.5; Q3 h 2.25: 3 + .25 = 3.25. */
	double		 v[] = { 4, 3, 2, 1 };
	struct stats	 s;

	(void)state;
	stats_describe(v, 4, &s);
	assert_float_equal(s.q1, 1.75, 1e-12);
	assert_float_equal(s.median, 2.5, 1e-12);
	assert_float_equal(s.q3, 3.25, 1e-12);
}

static void
quartiles_with_ties(void **state)
{
	/* Sorted 5 5 5 8 9 9: h = 5p. Q1 h 1.25 = 5; median h 2.5 =
	 * 5 + .5 x 3 = 6.5; Q3 h 3.75 = 8 + .75 = 8.75. */
	double		 v[] = { 9, 5, 8, 5, 9, 5 };
	struct stats	 s;

	(void)state;
	stats_describe(v, 6, &s);
	assert_float_equal(s.q1, 5, 1e-12);
	assert_float_equal(s.median, 6.5, 1e-12);
	assert_float_equal(s.q3, 8.75, 1e-12);
}

static void
one_value_is_every_quartile(void **state)
{
	double		 v[] = { 42.5 };
	struct stats	 s;

	(void)state;
	assert_int_equal(stats_describe(v, 1, &s), 1);
	assert_float_equal(s.min, 42.5, 1e-12);
	assert_float_equal(s.q1, 42.5, 1e-12);
	assert_float_equal(s.median, 42.5, 1e-12);
	assert_float_equal(s.q3, 42.5, 1e-12);
	assert_float_equal(s.max, 42.5, 1e-12);
}

static void
empty_group_has_no_figures(void **state)
{
	struct stats s;

	(void)state;
	assert_int_equal(stats_describe(NULL, 0, &s), 0);
	assert_int_equal(s.n, 0);
}

static void
published_median_is_the_mean_of_the_three_middle_values(void **state)
{
	/* Sorted 10 20 30 40 50: h = 2, window ranks 1..3: (20+30+40)/3
	 * = 30, which is a score; with 70 for 50 it is still 30, and with
	 * 31 for 30 it is 30.33..., no score of the group. */
	double v[] = { 10, 20, 30, 40, 50 }, w[] = { 10, 20, 31, 40, 70 };

	(void)state;
	assert_float_equal(stats_smooth(v, 5, 0.5), 30, 1e-12);
	assert_float_equal(stats_smooth(w, 5, 0.5), 91.0 / 3, 1e-12);
}

static void
published_quartiles_use_the_nearest_window_inside_the_group(void **state)
{
	/* n = 10: Q1 h 2.25 rounds to 2, ranks 1..3; median h 4.5 rounds
	 * half up to 5, ranks 4..6; Q3 h 6.75 to 7, ranks 6..8. p = 0 and
	 * p = 1 windows are moved inside: ranks 0..2 and 7..9. */
	double	 v[] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
	size_t	 first;

	(void)state;
	assert_int_equal(stats_window(10, 0.25, &first), 3);
	assert_int_equal(first, 1);
	assert_int_equal(stats_window(10, 0.5, &first), 3);
	assert_int_equal(first, 4);
	assert_int_equal(stats_window(10, 0.75, &first), 3);
	assert_int_equal(first, 6);
	assert_int_equal(stats_window(10, 0, &first), 3);
	assert_int_equal(first, 0);
	assert_int_equal(stats_window(10, 1, &first), 3);
	assert_int_equal(first, 7);
	assert_float_equal(stats_smooth(v, 10, 0.25), 2, 1e-12);
	assert_float_equal(stats_smooth(v, 10, 0.5), 5, 1e-12);
	assert_float_equal(stats_smooth(v, 10, 0.75), 7, 1e-12);
}

static void
published_window_of_a_small_group_is_the_whole_group(void **state)
{
	/* n = 2 (min_group may be 2): the mean of both; n = 0: nothing. */
	double	 v[] = { 30, 50 };
	size_t	 first = 99;

	(void)state;
	assert_int_equal(stats_window(2, 0.5, &first), 2);
	assert_int_equal(first, 0);
	assert_float_equal(stats_smooth(v, 2, 0.5), 40, 1e-12);
	assert_int_equal(stats_window(0, 0.5, &first), 0);
}

static void
published_ranges_are_five_points_wide_ten_at_the_ends(void **state)
{
	(void)state;
	assert_float_equal(stats_range(0), 0, 1e-12);
	assert_float_equal(stats_range(9.999), 0, 1e-12);
	assert_float_equal(stats_range_end(0), 10, 1e-12);
	assert_float_equal(stats_range(10), 10, 1e-12);
	assert_float_equal(stats_range_end(10), 15, 1e-12);
	assert_float_equal(stats_range(42.5), 40, 1e-12);
	assert_float_equal(stats_range_end(40), 45, 1e-12);
	assert_float_equal(stats_range(89.99), 85, 1e-12);
	assert_float_equal(stats_range(90), 90, 1e-12);
	assert_float_equal(stats_range(100), 90, 1e-12);
	assert_float_equal(stats_range_end(90), 100, 1e-12);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(quartiles_of_an_odd_group),
		cmocka_unit_test(quartiles_of_an_even_group_interpolate),
		cmocka_unit_test(quartiles_with_ties),
		cmocka_unit_test(one_value_is_every_quartile),
		cmocka_unit_test(empty_group_has_no_figures),
		cmocka_unit_test(published_median_is_the_mean_of_the_three_middle_values),
		cmocka_unit_test(published_quartiles_use_the_nearest_window_inside_the_group),
		cmocka_unit_test(published_window_of_a_small_group_is_the_whole_group),
		cmocka_unit_test(published_ranges_are_five_points_wide_ten_at_the_ends),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
