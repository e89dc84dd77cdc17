/*
 * Descriptive statistics for the benchmark: a group's n, minimum,
 * quartiles, median and maximum, and where one value stands in it.
 *
 * Quartiles are computed exactly by linear interpolation between order
 * statistics, the method of Hyndman and Fan's type 7 (the default of R
 * and of spreadsheets' QUARTILE.INC): for the sorted values x[0..n-1]
 * the p-quantile is x[h] + (h - floor(h)) (x[floor(h)+1] - x[floor(h)])
 * with h = (n - 1) p. So the median of an even group is the mean of its
 * two middle values, n = 1 gives that one value for every quartile, and
 * the minimum and maximum are the 0- and 1-quantiles.
 *
 * The figures shown to municipalities and regional viewers are not these
 * exact ones, which are order statistics (at n = 5 the five figures are
 * the five scores). For them, statistical disclosure control as
 * statistics offices practise it: a published quantile is the mean of the
 * STATS_WINDOW values nearest its position (so it never equals one
 * municipality's score), shown only as the range of STATS_STEP points it
 * falls in (so no figure, and no sum or difference of figures, pins a
 * score to within the width of a range; the ranges at the ends of the
 * scale are twice as wide).
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* The p-quantile of sorted v[0..n-1], n > 0 (type 7). */
static double
quantile(const double *v, size_t n, double p)
{
	double	 h = (double)(n - 1) * p;
	size_t	 lo = (size_t)floor(h);

	if (lo + 1 >= n)
		return v[n - 1];
	return v[lo] + (h - (double)lo) * (v[lo + 1] - v[lo]);
}

int
stats_describe(double *v, size_t n, struct stats *out)
{
	memset(out, 0, sizeof(*out));
	out->n = n;
	if (n == 0)
		return 0;
	qsort(v, n, sizeof(*v), cmp_double);	/* sorts the caller's array */
	out->min = v[0];
	out->q1 = quantile(v, n, 0.25);
	out->median = quantile(v, n, 0.5);
	out->q3 = quantile(v, n, 0.75);
	out->max = v[n - 1];
	return 1;
}

int
stats_window(size_t n, double p, size_t *first)
{
	size_t	 size = n < STATS_WINDOW ? n : STATS_WINDOW;
	long	 c, lo;

	if (n == 0)
		return 0;
	/* h = (n - 1) p rounded half up, then the window centred on it and
	 * moved inside 0..n-1. */
	c = (long)floor((double)(n - 1) * p + 0.5);
	lo = c - (long)(size - 1) / 2;
	if (lo > (long)(n - size))
		lo = (long)(n - size);
	if (lo < 0)
		lo = 0;
	*first = (size_t)lo;
	return (int)size;
}

double
stats_smooth(const double *v, size_t n, double p)
{
	size_t	 first;
	int	 size;
	double	 sum = 0;

	if ((size = stats_window(n, p, &first)) == 0)
		return 0;
	for (int i = 0; i < size; i++)
		sum += v[first + (size_t)i];
	return sum / size;
}

double
stats_range(double v)
{
	/* Scores crowd against 0 and 100; there a 5-point range, less one
	 * known score, would leave too little room: the ranges at the ends
	 * are twice as wide. */
	if (v < 2 * STATS_STEP)
		return 0;
	if (v >= 100 - 2 * STATS_STEP)
		return 100 - 2 * STATS_STEP;
	return floor(v / STATS_STEP) * STATS_STEP;
}

double
stats_range_end(double lo)
{
	return lo == 0 || lo >= 100 - 2 * STATS_STEP ? lo + 2 * STATS_STEP :
	    lo + STATS_STEP;
}
