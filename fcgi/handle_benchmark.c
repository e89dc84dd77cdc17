/*
 * The benchmark pages: a municipality next to its peers (/benchmark),
 * the regional viewer's aggregates (/regio), the organisers' overview of
 * participation, scores and rankings (/beheer/overzicht), their CSV
 * exports, and a coordinator's choice to be named.
 *
 * Every figure comes from the peer statistics benchmark.c stores; no page
 * reads other municipalities' answers. Municipalities and regional
 * viewers get only the published figures (see benchmark.c: no minimum or
 * maximum, quantiles as window means in 5-point ranges, thresholds on
 * the anonymous values, no group that could be subtracted from another,
 * the own position as a band); a figure left out is left out of the
 * document, not just hidden by the stylesheet, with the reason. Names
 * appear only for municipalities that opted in (organisations.show_name),
 * except on the organisers' pages, which show every score.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "handlers.h"

/* The URL's words for the groups. */
static const char *const group_words[PG__MAX] = {
	"alle", /* PG_ALL */
	"provincie", /* PG_PROVINCE */
	"grootte", /* PG_SIZE */
};

/* The filters and choices of these pages: ?groep= of a benchmark,
 * ?pagina= of the organisers' overview (where an empty one is wrong
 * too), and the coordinator's choice to be named. Any other value was
 * made by no link or form of ours: 400. */
static const struct form_field group_fields[] = {
	{ .name = "groep", .valid = VALID_CHOICE, .choices = group_words,
	  .nchoices = PG__MAX, .key = "field.choice" },
};

static const struct form group_form = { group_fields, 1, 0 };

static const struct form_field page_fields[] = {
	{ .name = "pagina", .valid = VALID_INT, .flags = FF_EMPTY,
	  .min = 1, .max = 1000000, .key = "field.number" },
};

static const struct form page_form = { page_fields, 1, 0 };

static const char *const yes_no[] = { "ja", "nee" };

static const struct form_field show_name_fields[] = {
	FORM_CHOICE("naam", yes_no, 2),
};

static const struct form show_name_form = { show_name_fields, 1, 0 };

/* Whether a scope's figures may be shown under min_group now: shown
 * when computed, with a min_group at least as strict. */
static int
stat_shown(const struct db_peer_stat *s, int min_group)
{
	return s->shown == SHOWN_YES && s->min_group >= min_group &&
	    s->anonymous >= min_group;
}

/* Adds a published figure as its range: name="from" name-to="to". */
static int
range_attr(xmlNodePtr n, const char *name, double v)
{
	char	 to[32];
	double	 lo = stats_range(v);

	snprintf(to, sizeof(to), "%s-to", name);
	return doc_attr_int(n, name, (long long)lo) == -1 ||
	    doc_attr_int(n, to, (long long)stats_range_end(lo)) == -1 ?
	    -1 : 0;
}

/* Adds a <stat> per scope of a group's published figures (benchmark.c):
 * n, the median's range, the quartiles' ranges from twice min_group
 * anonymous values (each as name="from" name-to="to"); the own value and its band when
 * with_own. A scope that may not be shown gets hidden="yes" and the
 * reason: too-few (anonymous values) or overlap (with a larger group). */
static int
stats_xml(xmlNodePtr parent, const struct db_peer_stat *st, const int *has,
    int min_group, int with_own)
{
	xmlNodePtr n;

	for (int i = 0; i < BENCH_SCOPES; i++) {
		const struct db_peer_stat *s = &st[i];
		long long count = has[i] ? s->n : 0;
		int quartiles;
		if ((n = doc_elem(parent, "stat")) == NULL ||
		    doc_attr(n, "scope", bench_scopes[i].scope) == -1 ||
		    doc_attr(n, "key", bench_scopes[i].key) == -1 ||
		    doc_attr_int(n, "n", count) == -1)
			return -1;
		if (with_own && has[i] && s->has_own &&
		    doc_attr_1(n, "own", s->own) == -1)
			return -1;
		if (!has[i] || !stat_shown(s, min_group)) {
			if (doc_attr(n, "hidden", "yes") == -1 ||
			    doc_attr(n, "reason", has[i] &&
			    s->shown == SHOWN_OVERLAP && s->anonymous >=
			    min_group ? "overlap" : "too-few") == -1)
				return -1;
			continue;
		}
		quartiles = s->anonymous >= 2LL * min_group;
		if (range_attr(n, "median", s->pub_median) == -1 ||
		    (quartiles && (range_attr(n, "q1", s->pub_q1) == -1 ||
		    range_attr(n, "q3", s->pub_q3) == -1)) ||
		    (!quartiles && doc_attr(n, "quartiles", "too-few") == -1))
			return -1;
		if (with_own && s->has_own &&
		    doc_attr(n, "position", bench_position(s, quartiles)) == -1)
			return -1;
	}
	return 0;
}

/* ---- /benchmark ------------------------------------------------------ */

int
handle_benchmark(struct worker *w, struct req *r, struct resp *o)
{
	struct years	 ys;
	xmlNodePtr	 root, b;
	char		 loc[96];

	if (submitted_years(w, r->user.org_id, &ys) == -1)
		return -1;
	if (ys.n > 0) {
		snprintf(loc, sizeof(loc), "/benchmark/%lld", ys.y[0]);
		return redirect(o, loc);
	}
	if ((root = page_start(r, o, "benchmark", 200)) == NULL ||
	    (b = doc_elem(root, "benchmark")) == NULL ||
	    doc_attr(b, "hidden", "no-round") == -1 ||
	    doc_attr_int(b, "min-group", w->cfg->min_group) == -1)
		return -1;
	return 0;
}

/* Adds the trend: own overall, level and spend-share scores per year
 * with the group's median where the group is large enough. */
struct trend_ctx {
	xmlNodePtr	 list, year;
	long long	 at;
	int		 min_group;
};

static int
trend_point(const struct db_trend *t, void *arg)
{
	struct trend_ctx	*c = arg;
	xmlNodePtr		 p;

	if (c->year == NULL || t->year != c->at) {
		if ((c->year = doc_elem(c->list, "year")) == NULL ||
		    doc_attr_int(c->year, "value", t->year) == -1)
			return -1;
		c->at = t->year;
	}
	if ((p = doc_elem(c->year, "point")) == NULL ||
	    doc_attr(p, "scope", t->scope) == -1 ||
	    doc_attr(p, "key", t->key) == -1 ||
	    (t->has_own && doc_attr_1(p, "own", t->own) == -1) ||
	    (t->shown && t->min_group >= c->min_group &&
	    range_attr(p, "median", t->median) == -1))
		return -1;
	return 0;
}

int
handle_benchmark_year(struct worker *w, struct req *r, struct resp *o)
{
	struct db_round		 rd;
	/* the organisation's groups, read with the session */
	const struct db_org_groups *og = &r->groups;
	struct peer_key		 k, keys[PG__MAX];
	struct years		 ys;
	struct db_peer_stat	*st = NULL;
	int			 has[BENCH_SCOPES], in[PG__MAX], g = PG_ALL, rc;
	long long		 year = r->ids[0], parts[PG__MAX];
	struct form_value	 v[1];
	xmlNodePtr		 root, b, groups, e;
	struct trend_ctx	 tc;

	if (form_read(r, &group_form, v) > 0)
		return error_page(r, o, 400, NULL);
	if (v[0].given)
		g = (int)v[0].n;
	/* The round of the year and the years of the menu: one statement. */
	if (year > 9999 || (rc = submitted_years_round(w, r->user.org_id, &ys,
	    (int)year, &rd)) == 0 || (rc == 1 && !monitor_round_submitted(&rd)))
		return error_page(r, o, 404, NULL);
	if (rc == -1)
		return -1;
	for (int i = 0; i < PG__MAX; i++)
		in[i] = peer_key_of(og, (enum peer_group)i, &keys[i]);
	if (db_peer_groups_get(w->db, (int)year, keys, in, parts) == -1)
		return -1;
	if (!in[g])	/* a province or size class this one has not */
		return error_page(r, o, 404, NULL);
	k = keys[g];
	if ((root = page_start(r, o, "benchmark", 200)) == NULL ||
	    (b = doc_elem(root, "benchmark")) == NULL ||
	    doc_attr_int(b, "year", year) == -1 ||
	    doc_attr(b, "group", peer_group_names[g]) == -1 ||
	    doc_attr_int(b, "min-group", w->cfg->min_group) == -1 ||
	    doc_attr_int(b, "participants", parts[g]) == -1 ||
	    doc_attr(b, "hidden", parts[g] < w->cfg->min_group ?
	    "too-small" : "no") == -1 ||
	    years_xml(b, ys.y, ys.n, year) == -1 ||
	    (groups = doc_elem(b, "groups")) == NULL)
		return -1;
	for (int i = 0; i < PG__MAX; i++) {
		if (!in[i])
			continue;
		if ((e = doc_elem(groups, "group")) == NULL ||
		    doc_attr(e, "name", peer_group_names[i]) == -1 ||
		    doc_attr(e, "word", group_words[i]) == -1 ||
		    doc_attr_int(e, "participants", parts[i]) == -1 ||
		    doc_attr(e, "current", i == g ? "yes" : "no") == -1 ||
		    (i == PG_PROVINCE && doc_attr(e, "label", og->province) ==
		    -1) ||
		    (i == PG_SIZE && doc_attr(e, "label", og->size_class) == -1))
			return -1;
	}
	if (parts[g] >= w->cfg->min_group) {
		if ((st = calloc(BENCH_SCOPES, sizeof(*st))) == NULL)
			return -1;
		rc = benchmark_stats(w->db, (int)year, &k, rd.id, st,
		    has) == -1 || stats_xml(b, st, has, w->cfg->min_group, 1) ==
		    -1 ? -1 : 0;
		free(st);
		if (rc == -1)
			return -1;
	}
	memset(&tc, 0, sizeof(tc));
	tc.min_group = w->cfg->min_group;
	if ((tc.list = doc_elem(root, "trend")) == NULL ||
	    doc_attr(tc.list, "group", peer_group_names[g]) == -1 ||
	    db_peer_trend(w->db, r->user.org_id, &k, trend_point, &tc) == -1 ||
	    doc_int(root, "target", (long long)SPEND_TARGET) == NULL)
		return -1;
	return 0;
}

/* ---- /regio ---------------------------------------------------------- */

/* Years with rounds, newest first (from the participation counts). */
static int
part_year(const struct db_participation *p, void *arg)
{
	struct years *ys = arg;

	if (ys->n < sizeof(ys->y) / sizeof(ys->y[0]))
		ys->y[ys->n++] = p->year;
	return 0;
}

/* Redirects to base/{the newest year with rounds}. Returns 1 when it
 * did, 0 when no year has rounds, -1. */
static int
redirect_latest(struct worker *w, struct resp *o, const char *base)
{
	struct years	 ys = { .n = 0 };
	char		 loc[64];

	if (db_participation(w->db, part_year, &ys) == -1)
		return -1;
	if (ys.n == 0)
		return 0;
	snprintf(loc, sizeof(loc), "%s/%lld", base, ys.y[0]);
	return redirect(o, loc) == -1 ? -1 : 1;
}

int
handle_region(struct worker *w, struct req *r, struct resp *o)
{
	xmlNodePtr	 root, e;
	int		 rc;

	if ((rc = redirect_latest(w, o, "/regio")) != 0)
		return rc == 1 ? 0 : -1;
	if ((root = page_start(r, o, "regional", 200)) == NULL ||
	    (e = doc_elem(root, "region")) == NULL ||
	    doc_attr(e, "hidden", "no-data") == -1)
		return -1;
	return 0;
}

/* Groups the named municipalities' score rows into elements. */
struct named_ctx {
	xmlNodePtr	 parent, cur;
	long long	 at;
	int		 count;
	/* For CSV: */
	struct csv_out	*out;
};

static int
named_xml(const struct db_named_score *s, void *arg)
{
	struct named_ctx	*c = arg;
	xmlNodePtr		 n;

	if (c->cur == NULL || s->org_id != c->at) {
		if ((c->cur = doc_elem(c->parent, "municipality")) == NULL ||
		    doc_attr_int(c->cur, "id", s->org_id) == -1 ||
		    doc_attr(c->cur, "name", s->name) == -1 ||
		    doc_attr(c->cur, "size-class", s->size_class) == -1)
			return -1;
		c->at = s->org_id;
		c->count++;
	}
	if (bench_scope_index(s->scope, s->key) == -1)
		return 0;
	if ((n = doc_elem(c->cur, "score")) == NULL ||
	    doc_attr(n, "scope", s->scope) == -1 ||
	    doc_attr(n, "key", s->key) == -1 ||
	    (s->has && doc_attr_1(n, "value", s->score) == -1))
		return -1;
	return 0;
}

/* Reads the year of a route ({id}, or {id}.csv), checking the range. */
static int
route_year(const struct req *r, long long *year)
{
	*year = r->ids[0];
	return *year >= 2000 && *year <= 9999 ? 0 : -1;
}

/* Loads a region's group for a year: participants, version, stats. */
struct region {
	long long	 province;
	char		 name[601];
	struct peer_key	 k;
	long long	 parts, version;
	struct participation_counts part; /* as the participation list */
	struct db_peer_stat st[BENCH_SCOPES];
	int		 has[BENCH_SCOPES];
};

static int
region_load(struct worker *w, const struct req *r, int year,
    struct region *g)
{
	char	 today[11];

	memset(g, 0, sizeof(*g));
	region_of(r, &g->province, g->name, sizeof(g->name));
	clock_local_today(today);
	g->k.grp = g->province ? PG_PROVINCE : PG_ALL;
	g->k.province = g->province;
	if (g->province)
		snprintf(g->k.key, sizeof(g->k.key), "%lld", g->province);
	if (db_peer_group_get(w->db, year, &g->k, &g->parts, &g->version) ==
	    -1 || monitor_participants(w->db, year, g->province,
	    monitor_day_number(today), NULL, NULL, &g->part) == -1)
		return -1;
	if (g->parts >= w->cfg->min_group &&
	    benchmark_stats(w->db, year, &g->k, 0, g->st,
	    g->has) == -1)
		return -1;
	return 0;
}

int
handle_region_year(struct worker *w, struct req *r, struct resp *o)
{
	struct region		*g;
	struct years		 ys = { .n = 0 };
	struct named_ctx	 nc;
	long long		 year;
	xmlNodePtr		 root, e, p, a;
	char			 csv[64];
	int			 rc = -1;

	if (route_year(r, &year) == -1)
		return error_page(r, o, 404, NULL);
	if ((g = calloc(1, sizeof(*g))) == NULL)
		return -1;
	if (region_load(w, r, (int)year, g) == -1 ||
	    db_participation(w->db, part_year, &ys) == -1)
		goto out;
	snprintf(csv, sizeof(csv), "/regio/%lld.csv", year);
	memset(&nc, 0, sizeof(nc));
	if ((root = page_start(r, o, "regional", 200)) == NULL ||
	    (e = doc_elem(root, "region")) == NULL ||
	    doc_attr_int(e, "year", year) == -1 ||
	    doc_attr(e, "kind", g->province ? "province" : "national") == -1 ||
	    (g->province && doc_attr(e, "name", g->name) == -1) ||
	    doc_attr_int(e, "min-group", w->cfg->min_group) == -1 ||
	    doc_attr_int(e, "participants", g->parts) == -1 ||
	    doc_attr(e, "hidden", g->parts < w->cfg->min_group ?
	    "too-small" : "no") == -1 ||
	    doc_attr(e, "csv", csv) == -1 ||
	    years_xml(e, ys.y, ys.n, year) == -1 ||
	    (p = doc_elem(e, "participation")) == NULL ||
	    doc_attr_int(p, "total", g->part.total) == -1)
		goto out;
	for (int i = 0; i < PART__MAX; i++)
		if (doc_attr_int(p, participation_names[i], g->part.n[i]) == -1)
			goto out;
	if (g->parts >= w->cfg->min_group &&
	    stats_xml(e, g->st, g->has, w->cfg->min_group, 0) == -1)
		goto out;
	nc.parent = e;
	if (db_region_named(w->db, (int)year, g->province, named_xml, &nc) ==
	    -1 || (a = doc_elem(e, "anonymous")) == NULL ||
	    doc_attr_int(a, "count", g->part.n[PART_SUBMITTED] - nc.count) ==
	    -1)
		goto out;
	rc = 0;
out:
	free(g);
	return rc;
}

/* CSV: one row per figure, "statistiek" rows first, then "gemeente"
 * rows of the named municipalities. */
static int
csv_num(struct csv_out *out, double v, int last)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%.1f", v);
	for (char *p = buf; *p; p++)
		if (*p == '.')
			*p = ',';	/* Dutch Excel reads a decimal comma */
	return csv_field(out, buf, last);
}

static int
named_csv(const struct db_named_score *s, void *arg)
{
	struct named_ctx *c = arg;

	if (bench_scope_index(s->scope, s->key) == -1)
		return 0;
	if (csv_field(c->out, "gemeente", 0) == -1 ||
	    csv_field(c->out, s->name, 0) == -1 ||
	    csv_field(c->out, s->scope, 0) == -1 ||
	    csv_field(c->out, s->key, 0) == -1)
		return -1;
	for (int i = 0; i < 7; i++)
		if (csv_field(c->out, "", 0) == -1)
			return -1;
	return s->has ? csv_num(c->out, s->score, 1) :
	    csv_field(c->out, "", 1);
}

int
handle_region_csv(struct worker *w, struct req *r, struct resp *o)
{
	static const char *const head[] = { "soort", "naam", "onderdeel",
	    "sleutel", "n", "eerste kwartiel van", "eerste kwartiel tot",
	    "mediaan van", "mediaan tot", "derde kwartiel van",
	    "derde kwartiel tot", "score" };
	struct region		*g;
	struct csv_out		 out = { NULL, 0, 0 };
	struct named_ctx	 nc;
	long long		 year;
	char			 name[64];
	int			 rc = -1;

	if (route_year(r, &year) == -1)
		return error_page(r, o, 404, NULL);
	if ((g = calloc(1, sizeof(*g))) == NULL)
		return -1;
	if (region_load(w, r, (int)year, g) == -1 ||
	    csv_put(&out, "\xef\xbb\xbf", 3) == -1)
		goto out;
	for (size_t i = 0; i < sizeof(head) / sizeof(head[0]); i++)
		if (csv_field(&out, head[i], i + 1 == sizeof(head) /
		    sizeof(head[0])) == -1)
			goto out;
	for (int i = 0; g->parts >= w->cfg->min_group && i < BENCH_SCOPES;
	    i++) {
		const struct db_peer_stat *s = &g->st[i];
		double pub[3];
		char n[24];
		int quartiles;
		if (!g->has[i] || !stat_shown(s, w->cfg->min_group))
			continue;
		quartiles = s->anonymous >= 2LL * w->cfg->min_group;
		pub[0] = s->pub_q1;
		pub[1] = s->pub_median;
		pub[2] = s->pub_q3;
		snprintf(n, sizeof(n), "%lld", s->n);
		if (csv_field(&out, "statistiek", 0) == -1 ||
		    csv_field(&out, g->province ? g->name : "Nederland", 0) ==
		    -1 || csv_field(&out, bench_scopes[i].scope, 0) == -1 ||
		    csv_field(&out, bench_scopes[i].key, 0) == -1 ||
		    csv_field(&out, n, 0) == -1)
			goto out;
		/* Each figure as its range: from, to (the quartiles only
		 * from twice min_group anonymous values). */
		for (int j = 0; j < 3; j++) {
			double lo = stats_range(pub[j]);
			if (j != 1 && !quartiles) {
				if (csv_field(&out, "", 0) == -1 ||
				    csv_field(&out, "", 0) == -1)
					goto out;
			} else if (csv_num(&out, lo, 0) == -1 ||
			    csv_num(&out, stats_range_end(lo), 0) == -1)
				goto out;
		}
		if (csv_field(&out, "", 1) == -1)
			goto out;
	}
	memset(&nc, 0, sizeof(nc));
	nc.out = &out;
	if (db_region_named(w->db, (int)year, g->province, named_csv, &nc) ==
	    -1)
		goto out;
	snprintf(name, sizeof(name), "regio-%lld.csv", year);
	rc = resp_csv(o, &out, name);
out:
	free(out.buf);
	free(g);
	return rc;
}

/* ---- /gemeente/benchmark --------------------------------------------- */

int
handle_show_name(struct worker *w, struct req *r, struct resp *o)
{
	struct form_value v[1];
	struct years	 ys;

	if (form_read(r, &show_name_form, v) > 0)
		return error_page(r, o, 400, NULL);
	if (db_org_set_show_name(w->db, r->user.org_id, v[0].n == 0) == -1 ||
	    submitted_years(w, r->user.org_id, &ys) == -1 ||
	    db_audit_add(w->db, r->user.id, "organisation.show-name",
	    "organisation", r->user.org_id, v[0].s) == -1)
		return -1;
	/* A named score is known to regional viewers: what may be shown
	 * of every group it is in changes with it. */
	for (size_t i = 0; i < ys.n; i++)
		if (benchmark_disclose_year(w->db, (int)ys.y[i]) == -1)
			return -1;
	return redirect(o, "/gemeente/leden?klaar=benchmark.saved");
}

/* ---- /beheer/overzicht ----------------------------------------------- */

#define OVERVIEW_PAGE	100
#define RANKED		10

int
handle_overview(struct worker *w, struct req *r, struct resp *o)
{
	xmlNodePtr	 root, e;
	int		 rc;

	if ((rc = redirect_latest(w, o, "/beheer/overzicht")) != 0)
		return rc == 1 ? 0 : -1;
	if ((root = page_start(r, o, "overview", 200)) == NULL ||
	    (e = doc_elem(root, "overview")) == NULL ||
	    doc_elem(e, "participation") == NULL)
		return -1;
	return 0;
}

/*
 * Adds <year value no-account not-started in-progress submitted total/>
 * for each year in ys under parent, or writes them as CSV lines to csv:
 * the counts of the participation lists (/beheer/deelname/{year}), from
 * the same function. Returns 0/-1.
 */
static int
participation_counts(struct worker *w, const struct years *ys,
    xmlNodePtr parent, struct csv_out *csv)
{
	struct participation_counts	 k;
	xmlNodePtr			 e;
	char				 today[11], v[24];

	clock_local_today(today);
	for (size_t i = 0; i < ys->n; i++) {
		if (monitor_participants(w->db, (int)ys->y[i], 0,
		    monitor_day_number(today), NULL, NULL, &k) == -1)
			return -1;
		if (csv != NULL) {
			snprintf(v, sizeof(v), "%lld", ys->y[i]);
			if (csv_field(csv, v, 0) == -1)
				return -1;
			for (int j = 0; j <= PART__MAX; j++) {
				snprintf(v, sizeof(v), "%lld", j < PART__MAX ?
				    k.n[j] : k.total);
				if (csv_field(csv, v, j == PART__MAX) == -1)
					return -1;
			}
			continue;
		}
		if ((e = doc_elem(parent, "year")) == NULL ||
		    doc_attr_int(e, "value", ys->y[i]) == -1 ||
		    doc_attr_int(e, "total", k.total) == -1)
			return -1;
		for (int j = 0; j < PART__MAX; j++)
			if (doc_attr_int(e, participation_names[j], k.n[j]) ==
			    -1)
				return -1;
	}
	return 0;
}

/* Ranks with ties sharing a rank (1, 2, 2, 4), up to rank RANKED. */
struct rank_ctx {
	xmlNodePtr	 list;
	int		 seen, rank;
	double		 last;
};

static int
rank_xml(const struct db_rank_row *row, void *arg)
{
	struct rank_ctx	*c = arg;
	xmlNodePtr	 e;

	c->seen++;
	if (c->seen == 1 || row->score < c->last - 0.0005)
		c->rank = c->seen;
	c->last = row->score;
	if (c->rank > RANKED)
		return 0;
	if ((e = doc_elem(c->list, "entry")) == NULL ||
	    doc_attr_int(e, "rank", c->rank) == -1 ||
	    doc_attr_int(e, "id", row->org_id) == -1 ||
	    doc_attr(e, "name", row->name) == -1 ||
	    doc_attr_1(e, "score", row->score) == -1)
		return -1;
	return 0;
}

struct scores_ctx {
	xmlNodePtr	 list, cur;
	long long	 at;
};

static int
year_score_xml(const struct db_year_score *s, void *arg)
{
	struct scores_ctx	*c = arg;
	xmlNodePtr		 n;
	char			 local[24];

	if (c->cur == NULL || s->round_id != c->at) {
		if ((c->cur = doc_elem(c->list, "municipality")) == NULL ||
		    doc_attr_int(c->cur, "id", s->org_id) == -1 ||
		    doc_attr(c->cur, "name", s->name) == -1 ||
		    doc_attr(c->cur, "province", s->province) == -1 ||
		    doc_attr(c->cur, "size-class", s->size_class) == -1 ||
		    doc_attr(c->cur, "show-name", s->show_name ? "yes" :
		    "no") == -1 ||
		    (clock_utc_to_local(s->submitted_at, local) == 0 &&
		    doc_attr(c->cur, "submitted", local) == -1))
			return -1;
		c->at = s->round_id;
	}
	if (s->scope[0] == '\0' || bench_scope_index(s->scope, s->key) == -1)
		return 0;
	if ((n = doc_elem(c->cur, "score")) == NULL ||
	    doc_attr(n, "scope", s->scope) == -1 ||
	    doc_attr(n, "key", s->key) == -1 ||
	    (s->has && doc_attr_1(n, "value", s->score) == -1))
		return -1;
	return 0;
}

int
handle_overview_year(struct worker *w, struct req *r, struct resp *o)
{
	static const char *const levels[] = { "strategisch", "operationeel" };
	struct years		 ys = { .n = 0 };
	struct rank_ctx		 rk;
	struct scores_ctx	 sc;
	long long		 year, page = 1, total, pages, counts[3];
	struct form_value	 v[1];
	xmlNodePtr		 root, e, a;

	if (route_year(r, &year) == -1)
		return error_page(r, o, 404, NULL);
	if (form_read(r, &page_form, v) > 0)
		return error_page(r, o, 400, NULL);
	if (v[0].given)
		page = v[0].n;
	if ((total = db_rounds_submitted(w->db, (int)year)) == -1 ||
	    db_participation(w->db, part_year, &ys) == -1 ||
	    db_advice_request_counts(w->db, counts) == -1)
		return -1;
	pages = total == 0 ? 1 : (total + OVERVIEW_PAGE - 1) / OVERVIEW_PAGE;
	if (page > pages)
		return error_page(r, o, 404, NULL);
	if ((root = page_start(r, o, "overview", 200)) == NULL ||
	    (e = doc_elem(root, "overview")) == NULL ||
	    doc_attr_int(e, "year", year) == -1 ||
	    doc_attr_int(e, "page", page) == -1 ||
	    doc_attr_int(e, "pages", pages) == -1 ||
	    doc_attr_int(e, "submitted", total) == -1 ||
	    years_xml(e, ys.y, ys.n, year) == -1 ||
	    (a = doc_elem(e, "participation")) == NULL ||
	    participation_counts(w, &ys, a, NULL) == -1)
		return -1;
	for (size_t i = 0; i < 2; i++) {
		memset(&rk, 0, sizeof(rk));
		if ((rk.list = doc_elem(e, "ranking")) == NULL ||
		    doc_attr(rk.list, "name", levels[i]) == -1 ||
		    db_ranking(w->db, (int)year, levels[i], 4 * RANKED,
		    rank_xml, &rk) == -1)
			return -1;
	}
	memset(&sc, 0, sizeof(sc));
	if ((sc.list = doc_elem(e, "scores")) == NULL ||
	    db_year_scores(w->db, (int)year, OVERVIEW_PAGE,
	    (page - 1) * OVERVIEW_PAGE, year_score_xml, &sc) == -1 ||
	    (a = doc_elem(e, "advice-requests")) == NULL ||
	    doc_attr_int(a, "new", counts[0]) == -1 ||
	    doc_attr_int(a, "in_progress", counts[1]) == -1 ||
	    doc_attr_int(a, "done", counts[2]) == -1)
		return -1;
	return 0;
}

int
handle_participation_csv(struct worker *w, struct req *r, struct resp *o)
{
	struct csv_out	 out = { NULL, 0, 0 };
	struct years	 ys = { .n = 0 };
	int		 rc = -1;

	(void)r;
	if (db_participation(w->db, part_year, &ys) != -1 &&
	    csv_put(&out, "\xef\xbb\xbf", 3) == 0 &&
	    csv_field(&out, "jaar", 0) == 0 &&
	    csv_field(&out, "geen account", 0) == 0 &&
	    csv_field(&out, "niet begonnen", 0) == 0 &&
	    csv_field(&out, "bezig", 0) == 0 &&
	    csv_field(&out, "ingediend", 0) == 0 &&
	    csv_field(&out, "totaal", 1) == 0 &&
	    participation_counts(w, &ys, NULL, &out) != -1)
		rc = resp_csv(o, &out, "deelname.csv");
	free(out.buf);
	return rc;
}

/* One CSV row per municipality, a column per scope. */
struct wide_ctx {
	struct csv_out	*out;
	long long	 at;
	char		 cells[BENCH_SCOPES][16];
	int		 open;
};

static int
wide_flush(struct wide_ctx *c)
{
	if (!c->open)
		return 0;
	for (int i = 0; i < BENCH_SCOPES; i++)
		if (csv_field(c->out, c->cells[i], i + 1 == BENCH_SCOPES) == -1)
			return -1;
	c->open = 0;
	return 0;
}

static int
wide_row(const struct db_year_score *s, void *arg)
{
	struct wide_ctx	*c = arg;
	char		 local[24];
	int		 i;

	if (!c->open || s->round_id != c->at) {
		if (wide_flush(c) == -1)
			return -1;
		if (clock_utc_to_local(s->submitted_at, local) == -1)
			local[0] = '\0';
		if (csv_field(c->out, s->name, 0) == -1 ||
		    csv_field(c->out, s->cbs_code, 0) == -1 ||
		    csv_field(c->out, s->province, 0) == -1 ||
		    csv_field(c->out, s->size_class, 0) == -1 ||
		    csv_field(c->out, s->show_name ? "ja" : "nee", 0) == -1 ||
		    csv_field(c->out, local, 0) == -1)
			return -1;
		memset(c->cells, 0, sizeof(c->cells));
		c->at = s->round_id;
		c->open = 1;
	}
	if (s->has && (i = bench_scope_index(s->scope, s->key)) != -1) {
		snprintf(c->cells[i], sizeof(c->cells[i]), "%.1f", s->score);
		for (char *p = c->cells[i]; *p; p++)
			if (*p == '.')
				*p = ',';
	}
	return 0;
}

int
handle_year_scores_csv(struct worker *w, struct req *r, struct resp *o)
{
	static const char *const head[] = { "gemeente", "cbs-code",
	    "provincie", "grootteklasse", "met naam", "ingediend" };
	struct wide_ctx	 c;
	struct csv_out	 out = { NULL, 0, 0 };
	long long	 year;
	char		 col[80], name[64];
	int		 rc = -1;

	if (route_year(r, &year) == -1)
		return error_page(r, o, 404, NULL);
	memset(&c, 0, sizeof(c));
	c.out = &out;
	if (csv_put(&out, "\xef\xbb\xbf", 3) == -1)
		goto out;
	for (size_t i = 0; i < sizeof(head) / sizeof(head[0]); i++)
		if (csv_field(&out, head[i], 0) == -1)
			goto out;
	for (int i = 0; i < BENCH_SCOPES; i++) {
		snprintf(col, sizeof(col), "%s%s%s", bench_scopes[i].scope,
		    bench_scopes[i].key[0] ? " " : "", bench_scopes[i].key);
		if (csv_field(&out, col, i + 1 == BENCH_SCOPES) == -1)
			goto out;
	}
	if (db_year_scores(w->db, (int)year, INT32_MAX, 0, wide_row, &c) ==
	    -1 || wide_flush(&c) == -1)
		goto out;
	snprintf(name, sizeof(name), "scores-%lld.csv", year);
	rc = resp_csv(o, &out, name);
out:
	free(out.buf);
	return rc;
}
