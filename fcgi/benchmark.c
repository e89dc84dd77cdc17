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
 *
 * Disclosure control. The exact figures are for the organisers. What
 * municipalities and regional viewers see must not let anyone compute a
 * score of a municipality that did not opt in to be named, from
 * everything they see together. So, per group and scope:
 * - no minimum or maximum, and no exact quantile: the published q1,
 *   median and q3 are each the mean of the three values nearest the
 *   quantile's position (stats_smooth), shown as the 5-point range they
 *   fall in (stats_range);
 * - a threshold on the anonymous values, since named scores are known to
 *   the regional viewers and can be subtracted: the median only from
 *   min_group of them, the quartiles only from twice as many;
 * - no differencing: the groups of a year (all, each province, each size
 *   class) are taken largest first, and a group is left out when the
 *   anonymous municipalities it has and a group already shown has not
 *   (or the other way round) are fewer than min_group but more than
 *   none (benchmark_disclose_year). Groups with the same members show
 *   the same figures, which gives nothing away.
 * The own position is given as a band against the published ranges
 * only (bench_position), never as a rank or percentile.
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

/* The scores of a group, a growing array per scope, and how many of
 * them are of municipalities that are not named. */
struct values {
	double	*v[BENCH_SCOPES];
	size_t	 n[BENCH_SCOPES], cap[BENCH_SCOPES];
	long long anonymous[BENCH_SCOPES];
};

static int
collect(const char *scope, const char *key, double score, int named,
    void *arg)
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
	if (!named)
		vs->anonymous[i]++;
	return 0;
}

int
benchmark_recompute(struct db *db, int year, const struct peer_key *k)
{
	struct values	 vs;
	struct stats	 st;
	long long	 participants;
	double		 pub[3];
	int		 rc = -1;

	memset(&vs, 0, sizeof(vs));
	if (db_peer_participants(db, year, k, &participants) == -1 ||
	    db_peer_values(db, year, k, collect, &vs) == -1 ||
	    db_peer_group_put(db, year, k, participants) == -1)
		goto out;
	for (int i = 0; i < BENCH_SCOPES; i++) {
		if (vs.n[i] == 0)
			continue;
		stats_describe(vs.v[i], vs.n[i], &st);	/* sorts v[i] */
		pub[0] = stats_smooth(vs.v[i], vs.n[i], 0.25);
		pub[1] = stats_smooth(vs.v[i], vs.n[i], 0.5);
		pub[2] = stats_smooth(vs.v[i], vs.n[i], 0.75);
		if (db_peer_stat_put(db, year, k, bench_scopes[i].scope,
		    bench_scopes[i].key, &st, vs.anonymous[i], pub) == -1)
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
	/* Other groups may now differ from these by too few. */
	return benchmark_disclose_year(db, year);
}

int
benchmark_recompute_year(struct db *db, int year)
{
	const struct config *cfg = db_config(db);
	struct peer_key	 k;
	long long	*ids = NULL;
	size_t		 n = 0;
	int		 rc = -1;

	memset(&k, 0, sizeof(k));
	k.grp = PG_ALL;
	if (benchmark_recompute(db, year, &k) == -1)
		return -1;
	/* The size classes of the configuration, and no other: classes of
	 * boundaries configured before go (sizeclass.c). */
	if (db_peer_size_groups_clear(db, year) == -1)
		return -1;
	for (int i = 0; i < size_class_count(cfg); i++) {
		memset(&k, 0, sizeof(k));
		k.grp = PG_SIZE;
		size_class_key(cfg, i, k.size);
		snprintf(k.key, sizeof(k.key), "%s", k.size);
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
	rc = benchmark_disclose_year(db, year);
out:
	free(ids);
	return rc;
}

/* ---- disclosure control across the groups of a year ------------------ */

/* A group of the year, with its values and anonymous values per scope. */
struct dgroup {
	struct peer_key	 k;
	size_t		 pi, si;	/* index in provinces, sizes */
	long long	 n[BENCH_SCOPES], anonymous[BENCH_SCOPES];
};

#define D_PROVINCES	64	/* far more than the 12 provinces */
#define D_SIZES		(SIZE_BOUNDS_MAX + 1)	/* size classes at most */

/* The year's groups: [0] all, then provinces, then size classes; and the
 * anonymous values in both a province and a size class, per scope. */
struct dyear {
	struct dgroup	 g[1 + D_PROVINCES + D_SIZES];
	size_t		 np, ns;
	long long	 both[D_PROVINCES][D_SIZES][BENCH_SCOPES];
	int		 overflow;
};

static struct dgroup *
dprovince(struct dyear *y, long long id)
{
	for (size_t i = 0; i < y->np; i++)
		if (y->g[1 + i].k.province == id)
			return &y->g[1 + i];
	if (y->np == D_PROVINCES) {
		y->overflow = 1;
		return NULL;
	}
	struct dgroup *g = &y->g[1 + y->np];
	g->k.grp = PG_PROVINCE;
	g->k.province = id;
	snprintf(g->k.key, sizeof(g->k.key), "%lld", id);
	g->pi = y->np++;
	return g;
}

static struct dgroup *
dsize(struct dyear *y, const char *size)
{
	for (size_t i = 0; i < y->ns; i++)
		if (strcmp(y->g[1 + D_PROVINCES + i].k.size, size) == 0)
			return &y->g[1 + D_PROVINCES + i];
	if (y->ns == D_SIZES) {
		y->overflow = 1;
		return NULL;
	}
	struct dgroup *g = &y->g[1 + D_PROVINCES + y->ns];
	g->k.grp = PG_SIZE;
	snprintf(g->k.size, sizeof(g->k.size), "%s", size);
	snprintf(g->k.key, sizeof(g->k.key), "%s", size);
	g->si = y->ns++;
	return g;
}

/* Counts one score into the groups its municipality is in. */
static int
dcount(const struct db_year_value *v, void *arg)
{
	struct dyear	*y = arg;
	struct dgroup	*p = NULL, *z = NULL;
	int		 i = bench_scope_index(v->scope, v->key);

	if (i == -1)
		return 0;
	if (v->province != 0 && (p = dprovince(y, v->province)) == NULL)
		return 0;
	if (v->size_class[0] != '\0' && (z = dsize(y, v->size_class)) == NULL)
		return 0;
	y->g[0].n[i]++;
	y->g[0].anonymous[i] += !v->named;
	if (p != NULL) {
		p->n[i]++;
		p->anonymous[i] += !v->named;
	}
	if (z != NULL) {
		z->n[i]++;
		z->anonymous[i] += !v->named;
	}
	if (p != NULL && z != NULL && !v->named)
		y->both[p->pi][z->si][i]++;
	return 0;
}

/* The anonymous municipalities with a score in scope i that are in one
 * of a and b but not in both. All holds every other group; provinces
 * are disjoint, and so are size classes. */
static long long
ddiffer(const struct dyear *y, const struct dgroup *a,
    const struct dgroup *b, int i)
{
	if (a == b)
		return 0;
	if (a->k.grp == PG_ALL || b->k.grp == PG_ALL)
		return llabs(a->anonymous[i] - b->anonymous[i]);
	if (a->k.grp == b->k.grp)
		return a->anonymous[i] + b->anonymous[i];
	if (a->k.grp == PG_SIZE) {
		const struct dgroup *t = a;
		a = b;
		b = t;
	}
	return a->anonymous[i] + b->anonymous[i] -
	    2 * y->both[a->pi][b->si][i];
}

/* Larger groups first; equal ones in a fixed order (all, provinces,
 * size classes, each by key), so the choice is the same every time. */
static int
dbefore(const struct dgroup *a, const struct dgroup *b, int i)
{
	if (a->n[i] != b->n[i])
		return a->n[i] > b->n[i];
	if (a->k.grp != b->k.grp)
		return a->k.grp < b->k.grp;
	return strcmp(a->k.key, b->k.key) < 0;
}

int
benchmark_disclose_year(struct db *db, int year)
{
	struct dyear	*y;
	struct dgroup	*order[1 + D_PROVINCES + D_SIZES], *shown[1 +
			    D_PROVINCES + D_SIZES];
	int		 min_group = db_min_group(db), rc = -1;

	if ((y = calloc(1, sizeof(*y))) == NULL)
		return -1;
	y->g[0].k.grp = PG_ALL;
	if (db_year_values(db, year, dcount, y) == -1)
		goto out;
	if (y->overflow)
		log_warn("benchmark %d: more provinces or size classes than "
		    "disclosure control counts; those left out show nothing",
		    year);
	for (int i = 0; i < BENCH_SCOPES; i++) {
		size_t no = 0, ns = 0;

		order[no++] = &y->g[0];
		for (size_t j = 0; j < y->np; j++)
			order[no++] = &y->g[1 + j];
		for (size_t j = 0; j < y->ns; j++)
			order[no++] = &y->g[1 + D_PROVINCES + j];
		/* Insertion sort: at most 17 groups. */
		for (size_t a = 1; a < no; a++)
			for (size_t b = a; b > 0 &&
			    dbefore(order[b], order[b - 1], i); b--) {
				struct dgroup *t = order[b];
				order[b] = order[b - 1];
				order[b - 1] = t;
			}
		for (size_t a = 0; a < no; a++) {
			struct dgroup	*g = order[a];
			enum shown	 sh = SHOWN_YES;

			if (g->n[i] == 0)
				continue;	/* no statistics stored */
			if (g->anonymous[i] < min_group)
				sh = SHOWN_TOO_FEW;
			for (size_t b = 0; sh == SHOWN_YES && b < ns; b++) {
				long long d = ddiffer(y, g, shown[b], i);
				if (d > 0 && d < min_group)
					sh = SHOWN_OVERLAP;
			}
			if (sh == SHOWN_YES)
				shown[ns++] = g;
			if (db_peer_stat_show(db, year, &g->k,
			    bench_scopes[i].scope, bench_scopes[i].key, sh,
			    min_group, g->anonymous[i]) == -1)
				goto out;
		}
	}
	rc = 0;
out:
	free(y);
	return rc;
}

/* Collects a group's statistics by scope. */
struct found {
	struct db_peer_stat s[BENCH_SCOPES];
	int	 has[BENCH_SCOPES];
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
	return 0;
}

int
benchmark_stats(struct db *db, int year, const struct peer_key *k,
    long long round_id, struct db_peer_stat *out, int *has)
{
	struct found *f;

	if ((f = calloc(1, sizeof(*f))) == NULL)
		return -1;
	/* No exact rank: only a band against the published ranges is shown
	 * (bench_position). */
	if (db_peer_stats_list(db, year, k, round_id, found_stat, f) == -1)
		goto fail;
	memcpy(out, f->s, sizeof(f->s));
	memcpy(has, f->has, sizeof(f->has));
	free(f);
	return 0;
fail:
	free(f);
	return -1;
}

const char *
bench_position(const struct db_peer_stat *s, int quartiles)
{
	/* Only against the published ranges, so the band says nothing the
	 * ranges and the own score do not: at the median is within its
	 * range; above the median's range and at or above the range of q3
	 * is the top quartile, and so on. */
	double own = s->own, m = stats_range(s->pub_median);
	double q3 = stats_range(s->pub_q3);

	if (own >= stats_range_end(m) && m < 100 - 2 * STATS_STEP)
		return quartiles && own >= stats_range_end(q3) &&
		    q3 < 100 - 2 * STATS_STEP ? "top-quartile" : "above-median";
	if (own >= m)
		return "at-median";
	return quartiles && own < stats_range(s->pub_q1) ?
	    "bottom-quartile" : "below-median";
}
