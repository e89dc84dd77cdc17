/*
 * The benchmark's size classes: municipalities grouped by inhabitants
 * between the boundaries of [benchmark] size_classes (default
 * 20000,50000,100000, the four classes the benchmark always had; the
 * README suggests 30000,60000 for Gelderland, which gives groups of
 * 24, 22 and 5 of its 51 municipalities).
 *
 * A class is named by a key that the peer groups are stored under and
 * that the pages put in words: "<30k", "30k-60k", ">=60k" (a boundary
 * that is no whole number of thousands is written out: "25500-60k").
 * With the default boundaries the keys are the old ones, so stored peer
 * statistics keep their meaning.
 *
 * A municipality's class comes from organisations.inhabitants. Without
 * that figure, from the old size_class column, but only where its range
 * lies wholly inside one configured class ('<20k' is "<30k"; '20k-50k'
 * straddles 30000 and so is in no class then): a class is never guessed.
 * db-benchmark.c's GROUP_FILTER applies the same rule in SQL.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"

/* The old size_class values and the inhabitants each stands for. */
static const struct {
	const char	*key;
	long long	 lo, hi;
} legacy[] = {
	{ "<20k", 0, 20000 },
	{ "20k-50k", 20000, 50000 },
	{ "50k-100k", 50000, 100000 },
	{ ">=100k", 100000, SIZE_NO_UPPER },
};

int
size_bounds_parse(const char *s, long long *bound, int *n)
{
	const char	*p = s;
	char		*end;
	long long	 v;

	*n = 0;
	while (*p != '\0') {
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p < '0' || *p > '9')
			return -1;
		v = strtoll(p, &end, 10);
		if (v < 1 || v > SIZE_BOUND_MAX || *n == SIZE_BOUNDS_MAX ||
		    (*n > 0 && v <= bound[*n - 1]))
			return -1;
		bound[(*n)++] = v;
		for (p = end; *p == ' ' || *p == '\t'; p++)
			continue;
		if (*p == ',' && p[1] != '\0')
			p++;
		else if (*p != '\0')
			return -1;
	}
	return *n > 0 ? 0 : -1;
}

/* Writes v as a key writes it: "30k", or "25500". */
static void
number(char *buf, size_t sz, long long v)
{
	if (v % 1000 == 0)
		snprintf(buf, sz, "%lldk", v / 1000);
	else
		snprintf(buf, sz, "%lld", v);
}

int
size_class_count(const struct config *cfg)
{
	return cfg->nsize_bounds + 1;
}

void
size_class_range(const struct config *cfg, int i, long long *lo,
    long long *hi)
{
	*lo = i == 0 ? 0 : cfg->size_bounds[i - 1];
	*hi = i == cfg->nsize_bounds ? SIZE_NO_UPPER : cfg->size_bounds[i];
}

void
size_class_key(const struct config *cfg, int i, char out[SIZE_KEY_LEN])
{
	char	 a[24], b[24], k[64];
	long long lo, hi;

	size_class_range(cfg, i, &lo, &hi);
	number(a, sizeof(a), lo);
	number(b, sizeof(b), hi);
	if (i == 0)
		snprintf(k, sizeof(k), "<%s", b);
	else if (i == cfg->nsize_bounds)
		snprintf(k, sizeof(k), ">=%s", a);
	else
		snprintf(k, sizeof(k), "%s-%s", a, b);
	/* Boundaries of at most 7 digits keep it within 15 characters. */
	snprintf(out, SIZE_KEY_LEN, "%.15s", k);
}

int
size_class_find(const struct config *cfg, const char *key)
{
	char	 k[SIZE_KEY_LEN];

	for (int i = 0; i < size_class_count(cfg); i++) {
		size_class_key(cfg, i, k);
		if (strcmp(k, key) == 0)
			return i;
	}
	return -1;
}

int
size_class_of(const struct config *cfg, long long inhabitants,
    const char *old, char out[SIZE_KEY_LEN])
{
	long long	 lo, hi;

	out[0] = '\0';
	if (inhabitants < 0 && old != NULL)
		for (size_t j = 0; j < sizeof(legacy) / sizeof(legacy[0]);
		    j++)
			if (strcmp(old, legacy[j].key) == 0) {
				/* Its whole range in one class, or none. */
				int i = size_class_of(cfg, legacy[j].lo, NULL,
				    out);
				size_class_range(cfg, i, &lo, &hi);
				if (legacy[j].hi > hi) {
					out[0] = '\0';
					return -1;
				}
				return i;
			}
	if (inhabitants < 0)
		return -1;
	for (int i = 0; i < size_class_count(cfg); i++) {
		size_class_range(cfg, i, &lo, &hi);
		if (inhabitants >= lo && inhabitants < hi) {
			size_class_key(cfg, i, out);
			return i;
		}
	}
	return -1;
}

/* Reads a key's number ("30k" or "25500") at *p, moving past it. */
static int
key_number(const char **p, long long *v)
{
	char	*end;

	if (**p < '0' || **p > '9')
		return -1;
	*v = strtoll(*p, &end, 10);
	if (*end == 'k') {
		*v *= 1000;
		end++;
	}
	*p = end;
	return 0;
}

int
size_key_parse(const char *key, long long *lo, long long *hi)
{
	const char	*p = key;

	*lo = 0;
	*hi = SIZE_NO_UPPER;
	if (strncmp(p, ">=", 2) == 0) {
		p += 2;
		return key_number(&p, lo) == -1 || *p != '\0' ? -1 : 0;
	}
	if (*p == '<') {
		p++;
		return key_number(&p, hi) == -1 || *p != '\0' ? -1 : 0;
	}
	if (key_number(&p, lo) == -1 || *p++ != '-' ||
	    key_number(&p, hi) == -1 || *p != '\0')
		return -1;
	return 0;
}
