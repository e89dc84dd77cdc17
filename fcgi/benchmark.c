/*
 * Peer statistics for the benchmark, computed when rounds change rather
 * than per page view: benchmark_recompute reads a group's scores once,
 * describes every scope (stats.c) and stores the figures with a new
 * version of the group (schema/007_benchmark.sql). A municipality's
 * position in a group is computed by the database when its page finds
 * the stored one older than the group (benchmark_positions).
 *
 * The statistics include the municipality itself: a group is "the
 * participants", the same figures for every member of it.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain.h"

/* The order of the page: overall, levels, themes, categories, shares. */
const struct bench_scope bench_scopes[BENCH_SCOPES] = {
	{ "overall", "" },
	{ "level", "strategisch" },
	{ "level", "operationeel" },
	{ "theme", "algemeen-beleid" },
	{ "theme", "inkoopbeleid" },
	{ "theme", "ambitie-aanpak" },
	{ "theme", "borging" },
	{ "theme", "communicatie" },
	{ "theme", "samenwerking" },
	{ "category", "gww" },
	{ "category", "bouw" },
	{ "category", "kantoor-fm" },
	{ "category", "mobiliteit" },
	{ "category", "energie" },
	{ "share", "overall" },
	{ "share", "gww" },
	{ "share", "bouw" },
	{ "share", "kantoor-fm" },
	{ "share", "mobiliteit" },
	{ "share", "energie" },
};

int
bench_scope_index(const char *scope, const char *key)
{
	for (int i = 0; i < BENCH_SCOPES; i++)
		if (strcmp(bench_scopes[i].scope, scope) == 0 &&
		    strcmp(bench_scopes[i].key, key) == 0)
			return i;
	return -1;
}

int
peer_key_of(const struct db_org_groups *og, enum peer_group g,
    struct peer_key *k)
{
	memset(k, 0, sizeof(*k));
	k->grp = g;
	switch (g) {
	case PG_PROVINCE:
		if (og->province_id == 0)
			return 0;
		k->province = og->province_id;
		snprintf(k->key, sizeof(k->key), "%lld", og->province_id);
		return 1;
	case PG_SIZE:
		if (og->size_class[0] == '\0')
			return 0;
		snprintf(k->size, sizeof(k->size), "%s", og->size_class);
		snprintf(k->key, sizeof(k->key), "%s", og->size_class);
		return 1;
	default:
		return 1;
	}
}

/* The scores of a group, a growing array per scope. */
struct values {
	double	*v[BENCH_SCOPES];
	size_t	 n[BENCH_SCOPES], cap[BENCH_SCOPES];
};

static int
collect(const char *scope, const char *key, double score, void *arg)
{
	struct values	*vs = arg;
	int		 i = bench_scope_index(scope, key);
	double		*more;

	if (i == -1)
		return 0;	/* a scope the benchmark does not show */
	if (vs->n[i] == vs->cap[i]) {
		vs->cap[i] = vs->cap[i] ? vs->cap[i] * 2 : 64;
		if ((more = reallocarray(vs->v[i], vs->cap[i],
		    sizeof(*more))) == NULL)
			return -1;
		vs->v[i] = more;
	}
	vs->v[i][vs->n[i]++] = score;
	return 0;
}

int
benchmark_recompute(struct db *db, int year, const struct peer_key *k)
{
	struct values	 vs;
	struct stats	 st;
	long long	 participants;
	int		 rc = -1;

	memset(&vs, 0, sizeof(vs));
	if (db_peer_participants(db, year, k, &participants) == -1 ||
	    db_peer_values(db, year, k, collect, &vs) == -1 ||
	    db_peer_group_put(db, year, k, participants) == -1)
		goto out;
	for (int i = 0; i < BENCH_SCOPES; i++) {
		if (vs.n[i] == 0)
			continue;
		stats_describe(vs.v[i], vs.n[i], &st);
		if (db_peer_stat_put(db, year, k, bench_scopes[i].scope,
		    bench_scopes[i].key, &st) == -1)
			goto out;
	}
	rc = 0;
out:
	for (int i = 0; i < BENCH_SCOPES; i++)
		free(vs.v[i]);
	return rc;
}

int
benchmark_recompute_org(struct db *db, long long org_id, int year)
{
	struct db_org_groups	 og;
	struct peer_key		 k;
	int			 rc;

	if ((rc = db_org_groups(db, org_id, &og)) != 1)
		return rc == 0 ? 0 : -1;
	for (int g = 0; g < PG__MAX; g++)
		if (peer_key_of(&og, (enum peer_group)g, &k) &&
		    benchmark_recompute(db, year, &k) == -1)
			return -1;
	return 0;
}

int
benchmark_recompute_year(struct db *db, int year)
{
	static const char *const sizes[] = { "<20k", "20k-50k", "50k-100k",
	    ">=100k" };
	struct peer_key	 k;
	long long	*ids = NULL;
	size_t		 n = 0;
	int		 rc = -1;

	memset(&k, 0, sizeof(k));
	k.grp = PG_ALL;
	if (benchmark_recompute(db, year, &k) == -1)
		return -1;
	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		memset(&k, 0, sizeof(k));
		k.grp = PG_SIZE;
		snprintf(k.size, sizeof(k.size), "%s", sizes[i]);
		snprintf(k.key, sizeof(k.key), "%s", sizes[i]);
		if (benchmark_recompute(db, year, &k) == -1)
			return -1;
	}
	if (db_province_ids(db, &ids, &n) == -1)
		return -1;
	for (size_t i = 0; i < n; i++) {
		memset(&k, 0, sizeof(k));
		k.grp = PG_PROVINCE;
		k.province = ids[i];
		snprintf(k.key, sizeof(k.key), "%lld", ids[i]);
		if (benchmark_recompute(db, year, &k) == -1)
			goto out;
	}
	rc = 0;
out:
	free(ids);
	return rc;
}

/* Collects a group's statistics by scope. */
struct found {
	struct db_peer_stat s[BENCH_SCOPES];
	int	 has[BENCH_SCOPES];
	int	 stale;		/* an own score without a current position */
};

static int
found_stat(const struct db_peer_stat *s, void *arg)
{
	struct found	*f = arg;
	int		 i = bench_scope_index(s->scope, s->key);

	if (i == -1)
		return 0;
	f->s[i] = *s;
	f->has[i] = 1;
	if (s->has_own && !s->has_pos)
		f->stale = 1;
	return 0;
}

int
benchmark_stats(struct db *db, int year, const struct peer_key *k,
    long long version, long long round_id, struct db_peer_stat *out,
    int *has)
{
	struct found *f;

	if ((f = calloc(1, sizeof(*f))) == NULL)
		return -1;
	if (db_peer_stats_list(db, year, k, version, round_id, found_stat,
	    f) == -1)
		goto fail;
	/* Positions are computed once per version of the group. */
	if (f->stale && round_id != 0) {
		memset(f, 0, sizeof(*f));
		if (db_peer_positions_put(db, year, k, version, round_id) ==
		    -1 || db_peer_stats_list(db, year, k, version, round_id,
		    found_stat, f) == -1)
			goto fail;
	}
	memcpy(out, f->s, sizeof(f->s));
	memcpy(has, f->has, sizeof(f->has));
	free(f);
	return 0;
fail:
	free(f);
	return -1;
}

const char *
bench_position(const struct db_peer_stat *s)
{
	/* Scores are stored with three decimals, the quartiles with five:
	 * compare at the stored precision. */
	double own = s->own, eps = 0.0005;

	if (own > s->q3 + eps)
		return "top-quartile";
	if (own > s->median + eps)
		return "above-median";
	if (own >= s->median - eps)
		return "at-median";
	if (own >= s->q1 - eps)
		return "below-median";
	return "bottom-quartile";
}

double
bench_percentile(const struct db_peer_stat *s)
{
	if (s->n == 0)
		return 0;
	return 100.0 * ((double)s->below + 0.5 * (double)s->equal) /
	    (double)s->n;
}
