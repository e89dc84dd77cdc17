/*
 * Participation in a monitor year, for the organisers (every
 * municipality, GET /beheer/deelname/{year}) and a regional viewer (the
 * municipalities of its region, GET /regio/deelname/{year}): a row per
 * municipality with its status, sections done and dates, the counts, a
 * CSV of the same rows with the status in the reader's language, and the
 * organisers' "send reminder". Statuses and counts come from
 * monitor_participants, the one definition every page uses.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "handlers.h"

/* Notes a questionnaire's id in arg: the year has one. */
static int
qn_seen(long long id, int year, int version, void *arg)
{
	(void)year;
	(void)version;
	*(long long *)arg = id;
	return 0;
}

/* ---- participation: organisers (all) and regional viewers (their own) -- */

/* Clears the id arg points to when it is id: a municipality that may be
 * reminded (not submitted, with a coordinator who can sign in). */
static int
remindable(long long id, void *arg)
{
	if (*(long long *)arg == id)
		*(long long *)arg = 0;
	return 0;
}

struct part_ctx {
	struct worker	*w;
	xmlNodePtr	 list;		/* the page's <participation>, or NULL */
	struct csv_out	*csv;		/* the CSV, or NULL */
	char		 labels[PART__MAX][64];	/* the CSV's words */
};

/* The sections done and the sections of g's round (0 and 0 without
 * one). Returns 0/-1. */
static int
sections_of(struct worker *w, const struct db_participant *g, int *done,
    int *total)
{
	struct db_round		 rd;
	struct monitor_answers	 as;
	const struct qn		*qn;

	*done = *total = 0;
	if (g->round_id == 0)
		return 0;
	if (db_round_get(w->db, 0, 0, g->round_id, &rd) != 1 ||
	    (qn = qn_get(w, rd.qn_id)) == NULL ||
	    monitor_answers_load(w->db, rd.id, &as) == -1)
		return -1;
	*done = monitor_sections_done(qn, &as);
	*total = (int)qn->nsections;
	monitor_answers_free(&as);
	return 0;
}

/* A UTC timestamp as Dutch time, or "" for "". */
static const char *
local_of(const char *utc, char out[24])
{
	out[0] = '\0';
	if (utc[0] != '\0' && clock_utc_to_local(utc, out) == -1)
		out[0] = '\0';
	return out;
}

/* One municipality, as <municipality> or a CSV line. */
static int
participant_item(const struct db_participant *g, enum participation st,
    void *arg)
{
	struct part_ctx		*c = arg;
	xmlNodePtr		 n;
	char			 t[4][24], sec[32];
	int			 done, total;

	if (sections_of(c->w, g, &done, &total) == -1)
		return -1;
	local_of(g->started, t[0]);
	local_of(g->changed, t[1]);
	local_of(g->submitted, t[2]);
	local_of(g->reminded, t[3]);
	if (c->csv != NULL) {
		snprintf(sec, sizeof(sec), "%d/%d", done, total);
		if (csv_field(c->csv, g->name, 0) == -1 ||
		    csv_field(c->csv, g->cbs_code, 0) == -1 ||
		    csv_field(c->csv, g->province, 0) == -1 ||
		    csv_field(c->csv, c->labels[st], 0) == -1 ||
		    csv_field(c->csv, total ? sec : "", 0) == -1 ||
		    csv_field(c->csv, t[0], 0) == -1 ||
		    csv_field(c->csv, t[1], 0) == -1 ||
		    csv_field(c->csv, t[2], 0) == -1 ||
		    csv_field(c->csv, t[3], 1) == -1)
			return -1;
		return 0;
	}
	if ((n = doc_elem(c->list, "municipality")) == NULL ||
	    doc_attr_int(n, "id", g->org_id) == -1 ||
	    doc_attr(n, "name", g->name) == -1 ||
	    doc_attr(n, "cbs-code", g->cbs_code) == -1 ||
	    doc_attr(n, "province", g->province) == -1 ||
	    doc_attr(n, "status", participation_names[st]) == -1 ||
	    doc_attr_int(n, "accounts", g->accounts) == -1 ||
	    doc_attr_int(n, "coordinators", g->coordinators) == -1 ||
	    (total && (doc_attr_int(n, "sections-done", done) == -1 ||
	    doc_attr_int(n, "sections", total) == -1)) ||
	    (t[0][0] && doc_attr(n, "started", t[0]) == -1) ||
	    (t[1][0] && doc_attr(n, "changed", t[1]) == -1) ||
	    (t[2][0] && doc_attr(n, "submitted", t[2]) == -1) ||
	    (t[3][0] && doc_attr(n, "reminded", t[3]) == -1) ||
	    (g->reminded_today && doc_attr(n, "reminded-today", "yes") == -1))
		return -1;
	return 0;
}

/* The year of the URL, which must have a questionnaire: 1, or 0 after
 * making o the 404 page, or -1. */
static int
participation_year(struct worker *w, struct req *r, struct resp *o)
{
	long long qn = 0;

	if (r->ids[0] < 2017 || r->ids[0] > 2100)
		return error_page(r, o, 404, NULL) == -1 ? -1 : 0;
	if (db_qn_latest(w->db, (int)r->ids[0], qn_seen, &qn) == -1)
		return -1;
	if (qn == 0)
		return error_page(r, o, 404, NULL) == -1 ? -1 : 0;
	return 1;
}

/* Whether r sees every municipality (organisers), not only a region. */
static int
sees_all(const struct req *r)
{
	return r->role == ROLE_ORGANISER || r->role == ROLE_ADMIN;
}

/* The province r's list is of (0: all) and its name. */
static void
participation_scope(const struct req *r, long long *province, char *name,
    size_t sz)
{
	*province = 0;
	name[0] = '\0';
	/* An admin is both: the organisers' list on /beheer, the region's
	 * (the whole country) on /regio. */
	if (strncmp(r->path, "/beheer/", 8) == 0 && sees_all(r))
		return;
	region_of(r, province, name, sz);
}

int
handle_monitor_participation(struct worker *w, struct req *r, struct resp *o)
{
	struct part_ctx		 c;
	struct participation_counts counts;
	struct db_monitor_year	 y;
	xmlNodePtr		 root, n;
	char			 today[11], region[601];
	long long		 province;
	int			 rc, organisers;

	if ((rc = participation_year(w, r, o)) != 1)
		return rc;
	memset(&c, 0, sizeof(c));
	c.w = w;
	clock_local_today(today);
	organisers = strncmp(r->path, "/beheer/", 8) == 0;
	participation_scope(r, &province, region, sizeof(region));
	if ((rc = db_monitor_year_get(w->db, (int)r->ids[0], today, &y)) ==
	    -1)
		return -1;
	if ((root = page_start(r, o, "monitor-participation", 200)) == NULL ||
	    (c.list = doc_elem(root, "participation")) == NULL ||
	    doc_attr_int(c.list, "year", r->ids[0]) == -1 ||
	    doc_attr(c.list, "for", organisers ? "organisers" : "region") ==
	    -1 || (province && doc_attr(c.list, "region", region) == -1) ||
	    (rc == 1 && doc_attr(c.list, "deadline", y.deadline) == -1))
		return -1;
	if (monitor_participants(w->db, (int)r->ids[0], province,
	    monitor_day_number(today), participant_item, &c, &counts) == -1)
		return -1;
	if ((n = doc_elem(root, "counts")) == NULL ||
	    doc_attr_int(n, "total", counts.total) == -1)
		return -1;
	for (int i = 0; i < PART__MAX; i++)
		if (doc_attr_int(n, participation_names[i], counts.n[i]) == -1)
			return -1;
	return 0;
}

int
handle_monitor_participation_csv(struct worker *w, struct req *r, struct resp *o)
{
	struct part_ctx		 c;
	struct participation_counts counts;
	struct csv_out		 out = { NULL, 0, 0 };
	char			 today[11], region[601], name[32], key[64];
	long long		 province;
	int			 rc;

	if ((rc = participation_year(w, r, o)) != 1)
		return rc;
	memset(&c, 0, sizeof(c));
	c.w = w;
	c.csv = &out;
	clock_local_today(today);
	/* The statuses as the page names them, in the reader's language. */
	for (int i = 0; i < PART__MAX; i++) {
		snprintf(key, sizeof(key), "participation.status.%s",
		    participation_names[i]);
		if (render_message(w->render, r->lang, key, c.labels[i],
		    sizeof(c.labels[i])) == -1)
			return -1;
	}
	rc = -1;
	participation_scope(r, &province, region, sizeof(region));
	if (csv_put(&out, "\xef\xbb\xbf", 3) == -1 ||
	    csv_field(&out, "gemeente", 0) == -1 ||
	    csv_field(&out, "cbs-code", 0) == -1 ||
	    csv_field(&out, "provincie", 0) == -1 ||
	    csv_field(&out, "deelname", 0) == -1 ||
	    csv_field(&out, "onderdelen klaar", 0) == -1 ||
	    csv_field(&out, "begonnen", 0) == -1 ||
	    csv_field(&out, "laatst gewijzigd", 0) == -1 ||
	    csv_field(&out, "ingediend", 0) == -1 ||
	    csv_field(&out, "laatste herinnering", 1) == -1 ||
	    monitor_participants(w->db, (int)r->ids[0], province,
	    monitor_day_number(today), participant_item, &c, &counts) == -1)
		goto out;
	snprintf(name, sizeof(name), "deelname-%lld.csv", r->ids[0]);
	rc = resp_csv(o, &out, name);
out:
	free(out.buf);
	return rc;
}

/*
 * An organiser's "send reminder" (POST
 * /beheer/deelname/{year}/{municipality}/herinneren): to the
 * coordinators of a municipality that has not submitted, at most once a
 * day per municipality (429 after that), audit-logged. The year needs a
 * deadline (409 without), the municipality a coordinator who can sign
 * in (409 without).
 */
int
handle_monitor_participation_remind(struct worker *w, struct req *r, struct resp *o)
{
	struct mailer		 m = { w->db, w->cfg, w->render };
	struct db_monitor_year	 y;
	char			 today[11], detail[64], loc[96];
	long long		 org = r->ids[1];
	int			 rc, queued;

	if ((rc = participation_year(w, r, o)) != 1)
		return rc;
	clock_local_today(today);
	/* remindable clears org when it may be reminded. */
	if (db_remind_orgs(w->db, (int)r->ids[0], remindable, &org) == -1 ||
	    (rc = db_monitor_year_get(w->db, (int)r->ids[0], today, &y)) ==
	    -1)
		return -1;
	if (org != 0 || rc == 0)
		return error_page(r, o, 409, NULL);
	if ((rc = monitor_remind(&m, &y, r->ids[1], "manual",
	    monitor_day_number(today), r->user.id, &queued)) == -1)
		return -1;
	if (rc == 0)
		return error_page(r, o, 429, NULL);
	snprintf(detail, sizeof(detail), "%lld: %d", r->ids[0], queued);
	if (db_audit_add(w->db, r->user.id, "monitor.reminded",
	    "organisation", r->ids[1], detail) == -1)
		return -1;
	snprintf(loc, sizeof(loc), "/beheer/deelname/%lld"
	    "?klaar=monitor.reminder-sent", r->ids[0]);
	return redirect(o, loc);
}
