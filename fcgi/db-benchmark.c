/*
 * Statements of the benchmark: peer groups and their statistics,
 * positions, trends, regional and organisers' overviews.
 *
 * Each statement is prepared on first use on the worker's connection
 * (see db.c) and runs with bound parameters only.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "db-int.h"

enum stmt {
	STMT_PEER_PARTICIPANTS,
	STMT_PEER_VALUES,
	STMT_PEER_GROUP_PUT,
	STMT_PEER_STATS_DEL,
	STMT_PEER_STAT_PUT,
	STMT_PEER_GROUP_GET,
	STMT_PEER_GROUPS_GET,
	STMT_PEER_STATS_LIST,
	STMT_PEER_TREND,
	STMT_REGION_NAMED,
	STMT_PARTICIPATION,
	STMT_RANKING,
	STMT_YEAR_SCORES,
	STMT_YEAR_VALUES,
	STMT_PEER_STAT_SHOW,
	STMT_PEER_SIZE_GROUPS_DEL,
	STMT__MAX
};

/* A peer group's municipalities (o): all, one province or one size
 * class; the parameters are the group's name three times, with the
 * province id and the size class's inhabitants from and below, twice
 * (see p_group). A size class is sizeclass.c's rule: by inhabitants,
 * or without them by the old size_class (its range of inhabitants in
 * ELT order) where that lies wholly inside the class. */
#define GROUP_FILTER \
	"(? = 'all' OR (? = 'province' AND o.province_id = ?) " \
	"OR (? = 'size' AND CASE WHEN o.inhabitants IS NOT NULL " \
	"THEN o.inhabitants >= ? AND o.inhabitants < ? " \
	"ELSE ELT(o.size_class + 0, 0, 20000, 50000, 100000) >= ? " \
	"AND ELT(o.size_class + 0, 20000, 50000, 100000, 2147483647) <= ? " \
	"END))"

static const char *const stmts[STMT__MAX] = {
	/* The participants of a group: submitted rounds of a year whose
	 * municipality is in it (GROUP_FILTER's five parameters). */
	[STMT_PEER_PARTICIPANTS] =
	"SELECT COUNT(*) FROM rounds r JOIN organisations o "
	"ON o.id = r.organisation_id "
	"WHERE r.year = ? AND r.status = 'submitted' AND " GROUP_FILTER,
	[STMT_PEER_VALUES] =
	"SELECT s.scope, s.scope_key, s.score, o.show_name FROM rounds r "
	"JOIN organisations o ON o.id = r.organisation_id "
	"JOIN scores s ON s.round_id = r.id "
	"WHERE r.year = ? AND r.status = 'submitted' AND s.score IS NOT NULL "
	"AND " GROUP_FILTER,
	/* A new version of the group, so positions computed before are
	 * known to be stale. */
	[STMT_PEER_GROUP_PUT] =
	"INSERT INTO peer_groups (year, grp, grp_key, participants, version, "
	"computed_at) VALUES (?, ?, ?, ?, 1, UTC_TIMESTAMP()) "
	"ON DUPLICATE KEY UPDATE participants = VALUES(participants), "
	"version = version + 1, computed_at = VALUES(computed_at)",
	[STMT_PEER_STATS_DEL] =
	"DELETE FROM peer_stats WHERE year = ? AND grp = ? AND grp_key = ?",
	[STMT_PEER_STAT_PUT] =
	"INSERT INTO peer_stats (year, grp, grp_key, scope, scope_key, n, "
	"min_score, q1, median, q3, max_score, anonymous, pub_q1, pub_median, "
	"pub_q3) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	[STMT_PEER_GROUP_GET] =
	"SELECT participants, version FROM peer_groups "
	"WHERE year = ? AND grp = ? AND grp_key = ?",
	/* Up to three groups at once (an unused pair matches nothing). */
	[STMT_PEER_GROUPS_GET] =
	"SELECT grp, grp_key, participants FROM peer_groups "
	"WHERE year = ? AND ((grp = ? AND grp_key = ?) OR "
	"(grp = ? AND grp_key = ?) OR (grp = ? AND grp_key = ?))",
	/* A group's statistics with a round's own score. */
	[STMT_PEER_STATS_LIST] =
	"SELECT st.scope, st.scope_key, st.n, st.min_score, st.q1, st.median, "
	"st.q3, st.max_score, own.score IS NOT NULL, COALESCE(own.score, 0), "
	"st.anonymous, COALESCE(st.pub_q1, 0), "
	"COALESCE(st.pub_median, 0), COALESCE(st.pub_q3, 0), st.shown, "
	"st.min_group FROM peer_stats st "
	"LEFT JOIN scores own ON own.round_id = ? AND own.scope = st.scope "
	"AND own.scope_key = st.scope_key "
	"WHERE st.year = ? AND st.grp = ? AND st.grp_key = ?",
	/* An organisation's overall, level and spend-share scores per
	 * submitted year, with the median and size of a group that year. */
	[STMT_PEER_TREND] =
	"SELECT r.year, s.scope, s.scope_key, s.score IS NOT NULL, "
	"COALESCE(s.score, 0), COALESCE(g.participants, 0), COALESCE(st.n, 0), "
	"COALESCE(st.pub_median, 0), COALESCE(st.shown = 'yes', 0), "
	"COALESCE(st.min_group, 0) FROM rounds r "
	"JOIN scores s ON s.round_id = r.id AND (s.scope IN ('overall', 'level') "
	"OR (s.scope = 'share' AND s.scope_key = 'overall')) "
	"LEFT JOIN peer_groups g ON g.year = r.year AND g.grp = ? "
	"AND g.grp_key = ? "
	"LEFT JOIN peer_stats st ON st.year = r.year AND st.grp = g.grp "
	"AND st.grp_key = g.grp_key AND st.scope = s.scope "
	"AND st.scope_key = s.scope_key "
	"WHERE r.organisation_id = ? AND r.status = 'submitted' "
	"ORDER BY r.year, FIELD(s.scope, 'overall', 'level', 'share'), "
	"s.scope_key DESC",
	/* Municipalities of a province (0: all), rounds started and
	 * submitted in a year. */
	[STMT_REGION_NAMED] =
	"SELECT o.id, o.name, COALESCE(o.size_class, ''), "
	"COALESCE(o.inhabitants, -1), s.scope, s.scope_key, "
	"s.score IS NOT NULL, COALESCE(s.score, 0) FROM rounds r "
	"JOIN organisations o ON o.id = r.organisation_id "
	"JOIN scores s ON s.round_id = r.id "
	"WHERE r.year = ? AND r.status = 'submitted' AND o.show_name = 1 "
	"AND (? = 0 OR o.province_id = ?) "
	"ORDER BY o.name, o.id, s.scope, s.scope_key",
	/* Per year: municipalities with an active account made before the
	 * year ended (invited), rounds (started), submitted rounds. */
	[STMT_PARTICIPATION] =
	"SELECT r.year, (SELECT COUNT(DISTINCT u.organisation_id) FROM users u "
	"JOIN organisations o ON o.id = u.organisation_id "
	"WHERE o.kind = 'gemeente' AND u.disabled_at IS NULL "
	"AND u.created_at < MAKEDATE(r.year + 1, 1)), "
	"COUNT(*), COALESCE(SUM(r.status = 'submitted'), 0) FROM rounds r "
	"GROUP BY r.year ORDER BY r.year DESC",
	[STMT_RANKING] =
	"SELECT o.id, o.name, s.score FROM rounds r "
	"JOIN organisations o ON o.id = r.organisation_id "
	"JOIN scores s ON s.round_id = r.id AND s.scope = 'level' "
	"AND s.scope_key = ? "
	"WHERE r.year = ? AND r.status = 'submitted' AND s.score IS NOT NULL "
	"ORDER BY s.score DESC, o.name, o.id LIMIT ?",
	/* A page of a year's submitted rounds (by name) with every score. */
	[STMT_YEAR_SCORES] =
	"SELECT rr.id, o.id, o.name, COALESCE(o.cbs_code, ''), "
	"COALESCE(p.name, ''), COALESCE(o.size_class, ''), "
	"COALESCE(o.inhabitants, -1), o.show_name, "
	"DATE_FORMAT(rr.submitted_at, '%Y-%m-%d %H:%i:%s'), "
	"COALESCE(s.scope, ''), COALESCE(s.scope_key, ''), "
	"s.score IS NOT NULL, COALESCE(s.score, 0) "
	"FROM (SELECT r.id, r.organisation_id, r.submitted_at FROM rounds r "
	"JOIN organisations o2 ON o2.id = r.organisation_id "
	"WHERE r.year = ? AND r.status = 'submitted' "
	"ORDER BY o2.name, o2.id LIMIT ? OFFSET ?) rr "
	"JOIN organisations o ON o.id = rr.organisation_id "
	"LEFT JOIN organisations p ON p.id = o.province_id "
	"LEFT JOIN scores s ON s.round_id = rr.id "
	"ORDER BY o.name, o.id, s.scope, s.scope_key",
	/* Who has a score in which scope in a year, with the groups they
	 * are in and whether they are named: for disclosure control. */
	[STMT_YEAR_VALUES] =
	"SELECT o.id, COALESCE(o.province_id, 0), COALESCE(o.size_class, ''), "
	"COALESCE(o.inhabitants, -1), o.show_name, s.scope, s.scope_key "
	"FROM rounds r "
	"JOIN organisations o ON o.id = r.organisation_id "
	"JOIN scores s ON s.round_id = r.id "
	"WHERE r.year = ? AND r.status = 'submitted' AND s.score IS NOT NULL",
	/* Their statistics go with them (ON DELETE CASCADE). */
	[STMT_PEER_SIZE_GROUPS_DEL] =
	"DELETE FROM peer_groups WHERE year = ? AND grp = 'size'",
	[STMT_PEER_STAT_SHOW] =
	"UPDATE peer_stats SET shown = ?, min_group = ?, anonymous = ? "
	"WHERE year = ? "
	"AND grp = ? AND grp_key = ? AND scope = ? AND scope_key = ?",
};

static const struct db_table tbl = {
	DBT_BENCHMARK, "benchmark", stmts, STMT__MAX
};

/* Binds GROUP_FILTER's eight parameters for a group. */
static void
p_group(struct params *p, const struct peer_key *k)
{
	const char	*g = peer_group_names[k->grp];
	long long	 lo = 0, hi = 0;	/* none, unless a size class */

	if (k->grp == PG_SIZE && size_key_parse(k->size, &lo, &hi) == -1)
		lo = hi = 0;
	p_str(p, g);
	p_str(p, g);
	p_int(p, k->province);
	p_str(p, g);
	p_int(p, lo);
	p_int(p, hi);
	p_int(p, lo);
	p_int(p, hi);
}

/* Binds a group's year, name and key (peer_groups' primary key). */
static void
p_group_key(struct params *p, int year, const struct peer_key *k)
{
	p_int(p, year);
	p_str(p, peer_group_names[k->grp]);
	p_str(p, k->key);
}

int
db_peer_participants(struct db *db, int year, const struct peer_key *k,
    long long *n)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };

	*n = 0;
	p_int(&p, year);
	p_group(&p, k);
	c_int(&c, n);
	return db_one(db, &tbl, STMT_PEER_PARTICIPANTS, &p, &c) == -1 ? -1 : 0;
}

int
db_peer_values(struct db *db, int year, const struct peer_key *k,
    int (*fn)(const char *, const char *, double, int, void *), void *arg)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	char		 scope[16], key[49], score[32];
	long long	 named = 0;
	struct db_rows	 rows;

	p_int(&p, year);
	p_group(&p, k);
	c_str(&c, scope, sizeof(scope));
	c_str(&c, key, sizeof(key));
	c_str(&c, score, sizeof(score));
	c_int(&c, &named);
	db_rows_start(&rows, db, &tbl, STMT_PEER_VALUES, &p, &c);
	while (db_rows_next(&rows))
		if (fn(scope, key, strtod(score, NULL), named != 0, arg) == -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, NULL);
}

int
db_peer_group_put(struct db *db, int year, const struct peer_key *k,
    long long participants)
{
	struct params p = { .n = 0 };

	p_group_key(&p, year, k);
	p_int(&p, participants);
	if (db_change(db, &tbl, STMT_PEER_GROUP_PUT, &p) == -1)
		return -1;
	p.n = 0;
	p_group_key(&p, year, k);
	return db_change(db, &tbl, STMT_PEER_STATS_DEL, &p) == -1 ? -1 : 0;
}

int
db_peer_stat_put(struct db *db, int year, const struct peer_key *k,
    const char *scope, const char *key, const struct stats *s,
    long long anonymous, const double pub[3])
{
	struct params	 p = { .n = 0 };
	char		 v[8][32];

	snprintf(v[0], sizeof(v[0]), "%.3f", s->min);
	snprintf(v[1], sizeof(v[1]), "%.5f", s->q1);
	snprintf(v[2], sizeof(v[2]), "%.5f", s->median);
	snprintf(v[3], sizeof(v[3]), "%.5f", s->q3);
	snprintf(v[4], sizeof(v[4]), "%.3f", s->max);
	p_group_key(&p, year, k);
	p_str(&p, scope);
	p_str(&p, key);
	p_int(&p, (long long)s->n);
	for (int i = 0; i < 5; i++)
		p_str(&p, v[i]);
	p_int(&p, anonymous);
	for (int i = 0; i < 3; i++) {
		snprintf(v[5 + i], sizeof(v[5 + i]), "%.5f", pub[i]);
		p_str(&p, v[5 + i]);
	}
	return db_change(db, &tbl, STMT_PEER_STAT_PUT, &p) == -1 ? -1 : 0;
}

int
db_peer_group_get(struct db *db, int year, const struct peer_key *k,
    long long *participants, long long *version)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };

	*participants = *version = 0;
	p_group_key(&p, year, k);
	c_int(&c, participants);
	c_int(&c, version);
	return db_one(db, &tbl, STMT_PEER_GROUP_GET, &p, &c);
}

int
db_peer_groups_get(struct db *db, int year, const struct peer_key keys[],
    const int in[], long long participants[])
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	struct db_rows	 rows;
	char		 grp[16], key[sizeof(keys[0].key)];
	long long	 n = 0;

	p_int(&p, year);
	for (int i = 0; i < PG__MAX; i++) {
		participants[i] = 0;
		p_str(&p, in[i] ? peer_group_names[keys[i].grp] : "");
		p_str(&p, in[i] ? keys[i].key : "");
	}
	c_str(&c, grp, sizeof(grp));
	c_str(&c, key, sizeof(key));
	c_int(&c, &n);
	db_rows_start(&rows, db, &tbl, STMT_PEER_GROUPS_GET, &p, &c);
	while (db_rows_next(&rows))
		for (int i = 0; i < PG__MAX; i++)
			if (in[i] && strcmp(grp, peer_group_names[keys[i].grp]) ==
			    0 && strcasecmp(key, keys[i].key) == 0)
				participants[i] = n;
	return db_rows_end(&rows, NULL) == -1 ? -1 : 0;
}

int
db_peer_stats_list(struct db *db, int year, const struct peer_key *k,
    long long round_id, int (*fn)(const struct db_peer_stat *, void *),
    void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_peer_stat	 s;
	char			 v[9][32], shown[16];
	long long		 has_own = 0;
	struct db_rows		 rows;

	memset(&s, 0, sizeof(s));
	p_int(&p, round_id);
	p_group_key(&p, year, k);
	c_str(&c, s.scope, sizeof(s.scope));
	c_str(&c, s.key, sizeof(s.key));
	c_int(&c, &s.n);
	for (int i = 0; i < 5; i++)
		c_str(&c, v[i], sizeof(v[i]));
	c_int(&c, &has_own);
	c_str(&c, v[5], sizeof(v[5]));
	c_int(&c, &s.anonymous);
	for (int i = 6; i < 9; i++)
		c_str(&c, v[i], sizeof(v[i]));
	c_str(&c, shown, sizeof(shown));
	c_int(&c, &s.min_group);
	db_rows_start(&rows, db, &tbl, STMT_PEER_STATS_LIST, &p, &c);
	while (db_rows_next(&rows)) {
		s.min = strtod(v[0], NULL);
		s.q1 = strtod(v[1], NULL);
		s.median = strtod(v[2], NULL);
		s.q3 = strtod(v[3], NULL);
		s.max = strtod(v[4], NULL);
		s.has_own = has_own != 0;
		s.own = strtod(v[5], NULL);
		s.pub_q1 = strtod(v[6], NULL);
		s.pub_median = strtod(v[7], NULL);
		s.pub_q3 = strtod(v[8], NULL);
		s.shown = strcmp(shown, "yes") == 0 ? SHOWN_YES :
		    strcmp(shown, "overlap") == 0 ? SHOWN_OVERLAP : SHOWN_TOO_FEW;
		if (fn(&s, arg) == -1)
			db_rows_fail(&rows);
	}
	return db_rows_end(&rows, NULL);
}

int
db_peer_trend(struct db *db, long long org_id, const struct peer_key *k,
    int (*fn)(const struct db_trend *, void *), void *arg)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	struct db_trend	 t;
	char		 own[32], median[32];
	long long	 has_own = 0, shown = 0;
	struct db_rows	 rows;

	memset(&t, 0, sizeof(t));
	p_str(&p, peer_group_names[k->grp]);
	p_str(&p, k->key);
	p_int(&p, org_id);
	c_int(&c, &t.year);
	c_str(&c, t.scope, sizeof(t.scope));
	c_str(&c, t.key, sizeof(t.key));
	c_int(&c, &has_own);
	c_str(&c, own, sizeof(own));
	c_int(&c, &t.participants);
	c_int(&c, &t.n);
	c_str(&c, median, sizeof(median));
	c_int(&c, &shown);
	c_int(&c, &t.min_group);
	db_rows_start(&rows, db, &tbl, STMT_PEER_TREND, &p, &c);
	while (db_rows_next(&rows)) {
		t.has_own = has_own != 0;
		t.own = strtod(own, NULL);
		t.median = strtod(median, NULL);
		t.shown = shown != 0;
		if (fn(&t, arg) == -1)
			db_rows_fail(&rows);
	}
	return db_rows_end(&rows, NULL);
}

int
db_region_named(struct db *db, int year, long long province,
    int (*fn)(const struct db_named_score *, void *), void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_named_score	 s;
	char			 score[32], old[16];
	long long		 has = 0, inhabitants = -1;
	struct db_rows		 rows;

	memset(&s, 0, sizeof(s));
	p_int(&p, year);
	p_int(&p, province);
	p_int(&p, province);
	c_int(&c, &s.org_id);
	c_str(&c, s.name, sizeof(s.name));
	c_str(&c, old, sizeof(old));
	c_int(&c, &inhabitants);
	c_str(&c, s.scope, sizeof(s.scope));
	c_str(&c, s.key, sizeof(s.key));
	c_int(&c, &has);
	c_str(&c, score, sizeof(score));
	db_rows_start(&rows, db, &tbl, STMT_REGION_NAMED, &p, &c);
	while (db_rows_next(&rows)) {
		(void)size_class_of(db->cfg, inhabitants, old, s.size_class);
		s.has = has != 0;
		s.score = strtod(score, NULL);
		if (fn(&s, arg) == -1)
			db_rows_fail(&rows);
	}
	return db_rows_end(&rows, NULL);
}

int
db_participation(struct db *db,
    int (*fn)(const struct db_participation *, void *), void *arg)
{
	struct cols		 c = { .n = 0 };
	struct db_participation	 y;
	struct db_rows		 rows;

	memset(&y, 0, sizeof(y));
	c_int(&c, &y.year);
	c_int(&c, &y.invited);
	c_int(&c, &y.started);
	c_int(&c, &y.submitted);
	db_rows_start(&rows, db, &tbl, STMT_PARTICIPATION, NULL, &c);
	while (db_rows_next(&rows))
		if (fn(&y, arg) == -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, NULL);
}

int
db_ranking(struct db *db, int year, const char *level, int limit,
    int (*fn)(const struct db_rank_row *, void *), void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_rank_row	 r;
	char			 score[32];
	struct db_rows		 rows;

	memset(&r, 0, sizeof(r));
	p_str(&p, level);
	p_int(&p, year);
	p_int(&p, limit);
	c_int(&c, &r.org_id);
	c_str(&c, r.name, sizeof(r.name));
	c_str(&c, score, sizeof(score));
	db_rows_start(&rows, db, &tbl, STMT_RANKING, &p, &c);
	while (db_rows_next(&rows)) {
		r.score = strtod(score, NULL);
		if (fn(&r, arg) == -1)
			db_rows_fail(&rows);
	}
	return db_rows_end(&rows, NULL);
}

int
db_year_scores(struct db *db, int year, long long limit, long long offset,
    int (*fn)(const struct db_year_score *, void *), void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_year_score	*s;
	char			 score[32], old[16];
	long long		 has = 0, show = 0, inhabitants = -1;
	struct db_rows		 rows;

	if ((s = calloc(1, sizeof(*s))) == NULL)
		return -1;
	p_int(&p, year);
	p_int(&p, limit);
	p_int(&p, offset);
	c_int(&c, &s->round_id);
	c_int(&c, &s->org_id);
	c_str(&c, s->name, sizeof(s->name));
	c_str(&c, s->cbs_code, sizeof(s->cbs_code));
	c_str(&c, s->province, sizeof(s->province));
	c_str(&c, old, sizeof(old));
	c_int(&c, &inhabitants);
	c_int(&c, &show);
	c_str(&c, s->submitted_at, sizeof(s->submitted_at));
	c_str(&c, s->scope, sizeof(s->scope));
	c_str(&c, s->key, sizeof(s->key));
	c_int(&c, &has);
	c_str(&c, score, sizeof(score));
	db_rows_start(&rows, db, &tbl, STMT_YEAR_SCORES, &p, &c);
	while (db_rows_next(&rows)) {
		(void)size_class_of(db->cfg, inhabitants, old, s->size_class);
		s->show_name = show != 0;
		s->has = has != 0;
		s->score = strtod(score, NULL);
		if (fn(s, arg) == -1)
			db_rows_fail(&rows);
	}
	return db_rows_end(&rows, s);
}

int
db_peer_size_groups_clear(struct db *db, int year)
{
	struct params p = { .n = 0 };

	p_int(&p, year);
	return db_change(db, &tbl, STMT_PEER_SIZE_GROUPS_DEL, &p) == -1 ?
	    -1 : 0;
}

int
db_min_group(struct db *db)
{
	return db->cfg->min_group;
}

int
db_year_values(struct db *db, int year,
    int (*fn)(const struct db_year_value *, void *), void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_year_value	 v;
	long long		 named = 0, inhabitants = -1;
	char			 old[16];
	struct db_rows		 rows;

	memset(&v, 0, sizeof(v));
	p_int(&p, year);
	c_int(&c, &v.org_id);
	c_int(&c, &v.province);
	c_str(&c, old, sizeof(old));
	c_int(&c, &inhabitants);
	c_int(&c, &named);
	c_str(&c, v.scope, sizeof(v.scope));
	c_str(&c, v.key, sizeof(v.key));
	db_rows_start(&rows, db, &tbl, STMT_YEAR_VALUES, &p, &c);
	while (db_rows_next(&rows)) {
		(void)size_class_of(db->cfg, inhabitants, old, v.size_class);
		v.named = named != 0;
		if (fn(&v, arg) == -1)
			db_rows_fail(&rows);
	}
	return db_rows_end(&rows, NULL);
}

int
db_peer_stat_show(struct db *db, int year, const struct peer_key *k,
    const char *scope, const char *key, enum shown shown, int min_group,
    long long anonymous)
{
	static const char *const words[SHOWN__MAX] = {
		"yes", /* SHOWN_YES */
		"too-few", /* SHOWN_TOO_FEW */
		"overlap", /* SHOWN_OVERLAP */
	};
	struct params p = { .n = 0 };

	p_str(&p, words[shown]);
	p_int(&p, min_group);
	p_int(&p, anonymous);
	p_group_key(&p, year, k);
	p_str(&p, scope);
	p_str(&p, key);
	return db_change(db, &tbl, STMT_PEER_STAT_SHOW, &p) == -1 ? -1 : 0;
}
