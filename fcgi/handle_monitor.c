/*
 * The monitor: a municipality's yearly round, filled in section by
 * section by its members, submitted by its coordinator, scored at
 * submission (score.c), and reopened by an organiser when needed.
 *
 * Everything here is bounded by the signed-in user's own municipality:
 * the URL names only a year and a section, never a round or an
 * organisation, so no id in a URL can reach another municipality's
 * answers.
 *
 * Two colleagues saving one section: each form carries the section's
 * version; a save locks the section's row, and one whose version is not
 * the current one gets the form back (409) with what was typed and a
 * message, instead of overwriting the other's answers unseen.
 *
 * The rules (checking answers, saving, submitting, reopening, copying
 * last year's answers) are monitor.c's; these handlers read the request,
 * call one of them and build the page from its outcome.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "handlers.h"

/*
 * A section's own fields: the version it saves against (refused quietly:
 * a request without a good one was not made by the form), "verder",
 * the button that goes on to the next section, and "gecontroleerd", the
 * box that confirms the answers copied from last year. The answers'
 * fields come from the questionnaire: handle_monitor_section builds
 * their table.
 */
enum {
	SF_VERSION,
	SF_ON,
	SF_CONFIRMED,
	SF__MAX
};

static const struct form_field section_fields[SF__MAX] = {
	{ .name = "versie", .valid = VALID_INT, .flags = FF_EMPTY, .min = 0,
	  .max = INT64_MAX },
	FORM_ANY("verder"),
	FORM_ANY("gecontroleerd"),
};

static const struct form section_form = { section_fields, SF__MAX, 0 };

/*
 * The round of the user's municipality for the URL's year and its
 * questionnaire (the round's own version, or the year's newest when
 * there is no round yet: then rd->id is 0 and rd->status "none").
 * Returns 1, 0 after making o the 404 page (no questionnaire for that
 * year), -1.
 */
static int
round_of(struct worker *w, struct req *r, struct resp *o,
    struct db_round *rd, const struct qn **qn)
{
	int	 rc;

	if (r->ids[0] < 2017 || r->ids[0] > 2100)
		return error_page(r, o, 404, NULL) == -1 ? -1 : 0;
	if ((rc = monitor_round_get(w->db, r->user.org_id, (int)r->ids[0], 0,
	    rd)) == -1)
		return -1;
	if (rc == 0)
		return error_page(r, o, 404, NULL) == -1 ? -1 : 0;
	if ((*qn = qn_get(w, rd->qn_id)) == NULL)
		return -1;
	return 1;
}

/* ---- page parts ------------------------------------------------------ */

/* Copies the questionnaire's <title> elements of node into parent. */
static int
titles(xmlNodePtr parent, xmlNodePtr node)
{
	xmlNodePtr c, copy;

	for (c = node->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE ||
		    !xmlStrEqual(c->name, (const xmlChar *)"title"))
			continue;
		if ((copy = xmlDocCopyNode(c, parent->doc, 1)) == NULL ||
		    xmlAddChild(parent, copy) == NULL) {
			xmlFreeNode(copy);
			return -1;
		}
	}
	return 0;
}

/* <round year status version answered total unconfirmed?> with
 * <section answered total unconfirmed?> progress children (current: the
 * section shown); answered as monitor_answered defines it, unconfirmed
 * the copied answers not yet checked. Returns the node or NULL. */
static xmlNodePtr
round_xml(xmlNodePtr parent, const struct db_round *rd, const struct qn *qn,
    const struct monitor_answers *as, const char *current)
{
	xmlNodePtr	 n, s;
	int		 done, total, copied, all_done = 0, all = 0;
	int		 all_copied = 0;
	char		 local[24];

	if ((n = doc_elem(parent, "round")) == NULL ||
	    doc_attr_int(n, "year", rd->year) == -1 ||
	    doc_attr(n, "status", rd->status) == -1 ||
	    doc_attr_int(n, "questionnaire-version", qn->version) == -1 ||
	    (rd->submitted_at[0] &&
	    clock_utc_to_local(rd->submitted_at, local) == 0 &&
	    doc_attr(n, "submitted", local) == -1))
		return NULL;
	for (size_t i = 0; i < qn->nsections; i++) {
		done = total = copied = 0;
		for (size_t k = 0; k < qn->nquestions; k++)
			if (qn->questions[k].section == (int)i) {
				total++;
				done += monitor_answered(as,
				    qn->questions[k].id);
				copied += monitor_unconfirmed(as,
				    qn->questions[k].id);
			}
		all += total;
		all_done += done;
		all_copied += copied;
		if ((s = doc_elem(n, "section")) == NULL ||
		    doc_attr(s, "id", qn->sections[i].id) == -1 ||
		    doc_attr(s, "level", qn->sections[i].operational ?
		    "operationeel" : "strategisch") == -1 ||
		    doc_attr(s, qn->sections[i].operational ? "category" :
		    "theme", qn->sections[i].group) == -1 ||
		    doc_attr_int(s, "answered", done) == -1 ||
		    doc_attr_int(s, "total", total) == -1 ||
		    (copied && doc_attr_int(s, "unconfirmed", copied) == -1) ||
		    (current != NULL && strcmp(current, qn->sections[i].id) ==
		    0 && doc_attr(s, "current", "yes") == -1) ||
		    titles(s, qn->sections[i].node) == -1)
			return NULL;
	}
	if (doc_attr_int(n, "answered", all_done) == -1 ||
	    doc_attr_int(n, "total", all) == -1 ||
	    (all_copied && doc_attr_int(n, "unconfirmed", all_copied) == -1))
		return NULL;
	return n;
}

/* Adds <not-open opens/> when the municipalities may not fill in rd's
 * year yet (its opening day has not come). Returns 1 when it did, 0
 * when the year is open, -1. */
static int
not_open_xml(struct worker *w, const struct db_round *rd, xmlNodePtr root)
{
	xmlNodePtr	 n;
	char		 opens[11];
	int		 rc;

	if ((rc = monitor_year_open(w->db, (int)rd->year, opens)) != 0)
		return rc == 1 ? 0 : -1;
	if ((n = doc_elem(root, "not-open")) == NULL ||
	    doc_attr(n, "opens", opens) == -1)
		return -1;
	return 1;
}

/* The round page with status: its deadline, progress and the way on
 * (none before the opening day of a round not submitted: <not-open>);
 * for the coordinator <may-submit/>. Returns 0/-1. */
static int
round_page(struct worker *w, struct req *r, struct resp *o, int status,
    const struct db_round *rd, const struct qn *qn)
{
	struct monitor_answers	 as;
	xmlNodePtr		 root;
	int			 rc = -1;

	if (monitor_answers_load(w->db, rd->id, &as) == -1)
		return -1;
	if ((root = page_start(r, o, "monitor-round", status)) != NULL &&
	    monitor_deadline_xml(w, r->user.org_id, (int)rd->year, root) !=
	    -1 && round_xml(root, rd, qn, &as, NULL) != NULL &&
	    (monitor_round_submitted(rd) || not_open_xml(w, rd, root) != -1) &&
	    (!monitor_may_submit(r->role) ||
	    doc_elem(root, "may-submit") != NULL))
		rc = 0;
	monitor_answers_free(&as);
	return rc;
}

/*
 * round_of for the pages that fill in or submit: before the year's
 * opening day a round not yet submitted cannot be, and o becomes the
 * round's page with status 403 saying from which day it can (nothing is
 * read from the request, nothing changes). Returns 1, 0 after making o
 * a page, or -1.
 */
static int
open_round_of(struct worker *w, struct req *r, struct resp *o,
    struct db_round *rd, const struct qn **qn)
{
	char	 opens[11];
	int	 rc;

	if ((rc = round_of(w, r, o, rd, qn)) != 1)
		return rc;
	if (monitor_round_submitted(rd) ||
	    (rc = monitor_year_open(w->db, (int)rd->year, opens)) == 1)
		return 1;
	if (rc == -1)
		return -1;
	return round_page(w, r, o, 403, rd, *qn) == -1 ? -1 : 0;
}

/* ---- /monitor ------------------------------------------------------- */

struct years_ctx {
	struct worker	*w;
	struct req	*r;
	xmlNodePtr	 list;
};

static int
year_item(long long id, int year, int version, void *arg)
{
	struct years_ctx	*c = arg;
	struct db_round		 rd;
	struct monitor_answers	 as;
	const struct qn		*qn;
	int			 rc;

	(void)version;
	if (monitor_round_get(c->w->db, c->r->user.org_id, year, id, &rd) !=
	    1)
		return -1;
	if ((qn = qn_get(c->w, rd.qn_id)) == NULL ||
	    monitor_answers_load(c->w->db, rd.id, &as) == -1)
		return -1;
	rc = round_xml(c->list, &rd, qn, &as, NULL) == NULL ? -1 : 0;
	monitor_answers_free(&as);
	return rc;
}

int
handle_monitor(struct worker *w, struct req *r, struct resp *o)
{
	struct years_ctx	 c = { w, r, NULL };
	xmlNodePtr		 root;

	if ((root = page_start(r, o, "monitor", 200)) == NULL ||
	    monitor_deadline_xml(w, r->user.org_id, 0, root) == -1 ||
	    (c.list = doc_elem(root, "rounds")) == NULL)
		return -1;
	return db_qn_latest(w->db, 0, year_item, &c) == -1 ? -1 : 0;
}

int
handle_monitor_round(struct worker *w, struct req *r, struct resp *o)
{
	struct db_round		 rd;
	const struct qn		*qn;
	int			 rc;

	if ((rc = round_of(w, r, o, &rd, &qn)) != 1)
		return rc;
	return round_page(w, r, o, 200, &rd, qn);
}

/* ---- one section ---------------------------------------------------- */

/* The section with id, or -1. */
static int
section_index(const struct qn *qn, const char *id)
{
	for (size_t i = 0; i < qn->nsections; i++)
		if (strcmp(qn->sections[i].id, id) == 0)
			return (int)i;
	return -1;
}

/*
 * Builds the section page: progress, the section's questions (copied from
 * the questionnaire), the answers (stored, or as typed when posts is
 * given), last year's figures beside this year's (last: last year's
 * submitted answers), errors, and the version the form saves against.
 */
static int
section_page(struct req *r, struct resp *o, int status,
    const struct db_round *rd, const struct qn *qn,
    const struct monitor_answers *as, const struct monitor_answers *last,
    int si, long long version, const struct monitor_post *posts,
    size_t nposts, const char *form_error_key)
{
	xmlNodePtr	 root, f, n, copy;
	char		 action[96];
	const struct monitor_answer *a, *la;

	snprintf(action, sizeof(action), "/monitor/%lld/%s", rd->year,
	    qn->sections[si].id);
	if ((root = page_start(r, o, "monitor-section", status)) == NULL ||
	    round_xml(root, rd, qn, as, qn->sections[si].id) == NULL ||
	    (f = form_new(root, "section", action)) == NULL ||
	    doc_attr_int(f, "version", version) == -1 ||
	    doc_attr(f, "level", qn->sections[si].operational ?
	    "operationeel" : "strategisch") == -1)
		return -1;
	if ((copy = xmlDocCopyNode(qn->sections[si].node, o->page, 1)) ==
	    NULL || xmlAddChild(f, copy) == NULL) {
		xmlFreeNode(copy);
		return -1;
	}
	if (si > 0 && doc_text(root, "previous", qn->sections[si - 1].id) ==
	    NULL)
		return -1;
	if ((size_t)si + 1 < qn->nsections &&
	    doc_text(root, "next", qn->sections[si + 1].id) == NULL)
		return -1;
	if (form_error_key != NULL && form_error(f, form_error_key) == -1)
		return -1;
	for (size_t k = 0; k < qn->nquestions; k++) {
		const struct qquestion *q = &qn->questions[k];
		const struct monitor_post *pp = NULL;
		const char *value = NULL;
		int dk = 0, pre = 0;

		if (q->section != si)
			continue;
		for (size_t i = 0; i < nposts; i++)
			if (posts[i].q == q)
				pp = &posts[i];
		if (pp != NULL) {
			value = pp->error ? pp->given : pp->has ? pp->value :
			    NULL;
			dk = pp->dk;
		} else if ((a = monitor_answer_of(as, q->id)) != NULL) {
			value = a->value;
			dk = a->dont_know;
			pre = a->prefilled;
		}
		la = monitor_year_specific(q) ? monitor_answer_of(last,
		    q->id) : NULL;
		if ((n = doc_elem(f, "answer")) == NULL ||
		    doc_attr(n, "question", q->id) == -1 ||
		    (value != NULL && doc_attr(n, "value", value) == -1) ||
		    (dk && doc_attr(n, "dont-know", "yes") == -1) ||
		    (pre && doc_attr(n, "prefilled", "yes") == -1) ||
		    (la != NULL && la->value != NULL &&
		    doc_attr(n, "last-year", la->value) == -1) ||
		    (la != NULL && la->dont_know &&
		    doc_attr(n, "last-year-dont-know", "yes") == -1))
			return -1;
		if (pp != NULL && pp->error != NULL &&
		    ((n = doc_elem(f, "error")) == NULL ||
		    doc_attr(n, "question", q->id) == -1 ||
		    doc_attr(n, "key", pp->error) == -1 ||
		    (pp->error && strcmp(pp->error, "monitor.range") == 0 &&
		    (doc_attr_int(n, "arg", q->min) == -1 ||
		    doc_attr_int(n, "arg2", q->max) == -1))))
			return -1;
	}
	return 0;
}

/* Reads into last the answers of the municipality's submitted round of
 * the year before rd's (none when there is none). Returns 0/-1. */
static int
last_year_answers(struct db *db, const struct db_round *rd,
    struct monitor_answers *last)
{
	struct db_round	 prev;
	int		 rc;

	memset(last, 0, sizeof(*last));
	if ((rc = db_round_get(db, rd->org_id, (int)rd->year - 1, 0,
	    &prev)) != 1)
		return rc;
	if (!monitor_round_submitted(&prev))
		return 0;
	return monitor_answers_load(db, prev.id, last);
}

int
handle_monitor_section(struct worker *w, struct req *r, struct resp *o)
{
	struct db_round		 rd;
	const struct qn		*qn;
	struct monitor_answers	 as, last;
	struct monitor_post	*posts = NULL;
	struct form_field	*rows = NULL;
	struct form_value	*vals = NULL, sv[SF__MAX];
	struct form		 answers;
	char			(*dknames)[64] = NULL;
	size_t			 np = 0;
	long long		 version, given;
	char			 loc[128];
	int			 si, rc, outcome;

	if ((rc = open_round_of(w, r, o, &rd, &qn)) != 1)
		return rc;
	if ((si = section_index(qn, r->token)) == -1)
		return error_page(r, o, 404, NULL);
	if (monitor_answers_load(w->db, rd.id, &as) == -1)
		return -1;
	if (last_year_answers(w->db, &rd, &last) == -1) {
		monitor_answers_free(&as);
		return -1;
	}
	rc = -1;
	if (r->method != METHOD_POST) {
		if ((version = rd.id ? db_section_version(w->db, rd.id,
		    qn->sections[si].id) : 0) == -1)
			goto out;
		rc = section_page(r, o, 200, &rd, qn, &as, &last, si,
		    version, NULL, 0, NULL);
		goto out;
	}
	/* Two rows a question: its answer (which monitor_section_check
	 * judges by the question's type) and its "weet ik niet" box. */
	if ((posts = calloc(qn->nquestions, sizeof(*posts))) == NULL ||
	    (rows = calloc(2 * qn->nquestions, sizeof(*rows))) == NULL ||
	    (vals = calloc(2 * qn->nquestions, sizeof(*vals))) == NULL ||
	    (dknames = calloc(qn->nquestions, sizeof(*dknames))) == NULL)
		goto out;
	for (size_t k = 0; k < qn->nquestions; k++) {
		const struct qquestion *q = &qn->questions[k];
		if (q->section != si)
			continue;
		snprintf(dknames[np], sizeof(dknames[np]), "%s-weetniet",
		    q->id);
		rows[2 * np].name = q->id;
		rows[2 * np + 1].name = dknames[np];
		rows[2 * np].valid = rows[2 * np + 1].valid = VALID_ANY;
		posts[np++].q = q;
	}
	answers.fields = rows;
	answers.nfields = 2 * np;
	answers.first_only = 0;
	(void)form_read(r, &answers, vals);
	for (size_t i = 0; i < np; i++) {
		posts[i].given = vals[2 * i].raw;
		posts[i].dk_given = vals[2 * i + 1].raw != NULL;
	}
	(void)monitor_section_check(posts, np);
	/* Every form of this page carries the version: a request without
	 * one was not made by the form (400, unless the round is
	 * submitted); -1 is never a section's version. */
	(void)form_read(r, &section_form, sv);
	given = sv[SF_VERSION].raw != NULL ? sv[SF_VERSION].n : -1;
	if (monitor_section_save(w->db, qn, &rd, si, given, posts, np, &as,
	    sv[SF_CONFIRMED].raw != NULL, r->user.id, &version, &outcome) ==
	    -1)
		goto out;
	switch (outcome) {
	case MO_DONE:
		break;
	case MO_CONFLICT:
		rc = section_page(r, o, 409, &rd, qn, &as, &last, si, version,
		    posts, np, "monitor.is-submitted");
		goto out;
	case MO_STALE:
		/* A colleague saved this section meanwhile: the form comes
		 * back with what was typed and the current version, so
		 * saving again is a choice. */
		rc = given == -1 ? error_page(r, o, 400, NULL) :
		    section_page(r, o, 409, &rd, qn, &as, &last, si, version,
		    posts, np, "monitor.conflict");
		goto out;
	default:	/* MO_INVALID */
		rc = section_page(r, o, 422, &rd, qn, &as, &last, si, version,
		    posts, np, NULL);
		goto out;
	}
	if (sv[SF_ON].raw != NULL && (size_t)si + 1 < qn->nsections)
		snprintf(loc, sizeof(loc), "/monitor/%lld/%s?klaar=monitor.saved",
		    rd.year, qn->sections[si + 1].id);
	else if (sv[SF_ON].raw != NULL)
		snprintf(loc, sizeof(loc), "/monitor/%lld/indienen"
		    "?klaar=monitor.saved", rd.year);
	else
		snprintf(loc, sizeof(loc), "/monitor/%lld/%s?klaar=monitor.saved",
		    rd.year, qn->sections[si].id);
	rc = redirect(o, loc);
out:
	free(posts);
	free(rows);
	free(vals);
	free(dknames);
	monitor_answers_free(&as);
	monitor_answers_free(&last);
	return rc;
}

/* ---- submitting and scoring ------------------------------------------ */

/*
 * The submit page with status: the sections with copied answers nobody
 * has checked (they block submitting), the questions without an answer,
 * and for the coordinator of a draft round with nothing unchecked the
 * button that submits; error_key, when given, says why a submission was
 * refused.
 */
static int
submit_page(struct worker *w, struct req *r, struct resp *o, int status,
    const struct db_round *rd, const struct qn *qn, const char *error_key)
{
	struct monitor_answers	 as;
	xmlNodePtr		 root, n, copy, rn;
	char			 loc[96];
	int			 rc = -1;

	if (monitor_answers_load(w->db, rd->id, &as) == -1)
		return -1;
	if ((root = page_start(r, o, "monitor-submit", status)) == NULL ||
	    (rn = round_xml(root, rd, qn, &as, NULL)) == NULL ||
	    (error_key != NULL && doc_text(root, "refused", error_key) ==
	    NULL))
		goto out;
	snprintf(loc, sizeof(loc), "/monitor/%lld/indienen", rd->year);
	if (monitor_may_submit(r->role) && monitor_submittable(rd) &&
	    xmlHasProp(rn, (const xmlChar *)"unconfirmed") == NULL &&
	    form_new(root, "submit", loc) == NULL)
		goto out;
	/* The questions without an answer, each with its text. */
	for (size_t k = 0; k < qn->nquestions; k++) {
		const struct qquestion *q = &qn->questions[k];
		if (monitor_answered(&as, q->id))
			continue;
		if ((n = doc_elem(root, "unanswered")) == NULL ||
		    doc_attr(n, "question", q->id) == -1 ||
		    doc_attr(n, "section", qn->sections[q->section].id) == -1 ||
		    (monitor_unconfirmed(&as, q->id) &&
		    doc_attr(n, "unconfirmed", "yes") == -1))
			goto out;
		for (xmlNodePtr t = q->node->children; t != NULL; t = t->next)
			if (t->type == XML_ELEMENT_NODE &&
			    xmlStrEqual(t->name, (const xmlChar *)"text") &&
			    ((copy = xmlDocCopyNode(t, o->page, 1)) == NULL ||
			    xmlAddChild(n, copy) == NULL)) {
				xmlFreeNode(copy);
				goto out;
			}
	}
	rc = 0;
out:
	monitor_answers_free(&as);
	return rc;
}

int
handle_monitor_submit(struct worker *w, struct req *r, struct resp *o)
{
	struct mailer		 m = { w->db, w->cfg, w->render };
	struct db_round		 rd;
	const struct qn		*qn;
	char			 loc[96];
	int			 rc, outcome;

	if ((rc = open_round_of(w, r, o, &rd, &qn)) != 1)
		return rc;
	if (r->method != METHOD_POST)
		return submit_page(w, r, o, 200, &rd, qn, NULL);
	if (!monitor_may_submit(r->role))
		return error_page(r, o, 403, NULL);
	if (monitor_submit(w->db, qn, &rd, r->user.id, &outcome) == -1)
		return -1;
	if (outcome == MO_UNCONFIRMED)
		return submit_page(w, r, o, 409, &rd, qn,
		    "monitor.submit.refused-unconfirmed");
	if (outcome != MO_DONE)
		return error_page(r, o, 409, NULL);
	/* The receipt, with the way to the result. */
	if (monitor_receipt(&m, &rd, &r->user) == -1)
		return -1;
	snprintf(loc, sizeof(loc), "/monitor/%lld/resultaat"
	    "?klaar=monitor.submitted", rd.year);
	return redirect(o, loc);
}

static int
score_item(const struct db_score *s, void *arg)
{
	xmlNodePtr	 n;
	char		 buf[32];

	snprintf(buf, sizeof(buf), "%.1f", s->score);
	if ((n = doc_elem(arg, "score")) == NULL ||
	    doc_attr(n, "scope", s->scope) == -1 ||
	    doc_attr(n, "key", s->key) == -1 ||
	    (s->has && doc_attr(n, "value", buf) == -1) ||
	    doc_attr_int(n, "answered", s->answered) == -1 ||
	    doc_attr_int(n, "total", s->total) == -1)
		return -1;
	return 0;
}

/* Adds <previous year><score .../></previous>: the scores of the
 * municipality's submitted round of the year before rd's, the change
 * against which the result shows; nothing without one. Returns 0/-1. */
static int
previous_scores(struct db *db, const struct db_round *rd, xmlNodePtr root)
{
	struct db_round	 prev;
	xmlNodePtr	 n;
	int		 rc;

	if ((rc = db_round_get(db, rd->org_id, (int)rd->year - 1, 0,
	    &prev)) != 1)
		return rc;
	if (!monitor_round_submitted(&prev))
		return 0;
	if ((n = doc_elem(root, "previous")) == NULL ||
	    doc_attr_int(n, "year", prev.year) == -1)
		return -1;
	return db_scores_list(db, prev.id, score_item, n) == -1 ? -1 : 0;
}

/*
 * The result of the URL's year as page name: the round, its scores and
 * last year's; for the report (report set) also the day it is made and
 * the advice that applies. A round not submitted shows no scores.
 */
static int
result_page(struct worker *w, struct req *r, struct resp *o,
    const char *name, int report)
{
	struct db_round		 rd;
	const struct qn		*qn;
	struct monitor_answers	 as;
	xmlNodePtr		 root, list, n;
	char			 target[16], today[11];
	int			 rc;

	if ((rc = round_of(w, r, o, &rd, &qn)) != 1)
		return rc;
	if (monitor_answers_load(w->db, rd.id, &as) == -1)
		return -1;
	snprintf(target, sizeof(target), "%.0f", SPEND_TARGET);
	clock_local_today(today);
	rc = -1;
	if ((root = page_start(r, o, name, 200)) != NULL &&
	    round_xml(root, &rd, qn, &as, NULL) != NULL &&
	    doc_text(root, "target", target) != NULL &&
	    (list = doc_elem(root, "scores")) != NULL &&
	    (!report || ((n = doc_elem(root, "report")) != NULL &&
	    doc_attr(n, "date", today) != -1 &&
	    doc_attr(n, "organisation", rd.org_name) != -1)) &&
	    (!monitor_round_submitted(&rd) ||
	    (db_scores_list(w->db, rd.id, score_item, list) != -1 &&
	    previous_scores(w->db, &rd, root) != -1 &&
	    (!report || ((n = doc_elem(root, "advice")) != NULL &&
	    advice_items_xml(w, &rd, r->lang, n) != -1)))))
		rc = 0;
	monitor_answers_free(&as);
	return rc;
}

int
handle_monitor_result(struct worker *w, struct req *r, struct resp *o)
{
	return result_page(w, r, o, "monitor-result", 0);
}

/* The report for the council (GET /monitor/{year}/rapport): the result
 * laid out for A4, with the advice that applies. */
int
handle_monitor_report(struct worker *w, struct req *r, struct resp *o)
{
	return result_page(w, r, o, "monitor-report", 1);
}

/* ---- prefill from last year ------------------------------------------ */

int
handle_monitor_prefill(struct worker *w, struct req *r, struct resp *o)
{
	struct db_round	 rd;
	const struct qn	*qn;
	char		 loc[96];
	int		 rc, outcome;

	if ((rc = open_round_of(w, r, o, &rd, &qn)) != 1)
		return rc;
	if (monitor_prefill(w, &rd, r->user.id, &outcome) == -1)
		return -1;
	if (outcome == MO_CONFLICT)
		return error_page(r, o, 409, NULL);
	snprintf(loc, sizeof(loc), "/monitor/%lld?klaar=%s", rd.year,
	    outcome == MO_NO_PREVIOUS ? "monitor.no-previous" :
	    "monitor.prefilled");
	return redirect(o, loc);
}

/* ---- the answers and scores as CSV ------------------------------------- */

/* The Dutch text of a question. */
static const char *
text_nl(const struct qquestion *q, char *buf, size_t sz)
{
	xmlChar *lang, *t;

	buf[0] = '\0';
	for (xmlNodePtr n = q->node->children; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE ||
		    !xmlStrEqual(n->name, (const xmlChar *)"text"))
			continue;
		lang = xmlNodeGetLang(n);
		if (lang != NULL && xmlStrEqual(lang, (const xmlChar *)"nl") &&
		    (t = xmlNodeGetContent(n)) != NULL) {
			snprintf(buf, sz, "%s", (const char *)t);
			xmlFree(t);
		}
		xmlFree(lang);
	}
	return buf;
}

static int
csv_score(const struct db_score *s, void *arg)
{
	char v[32] = "", n[32];

	/* Dutch Excel reads a decimal comma. */
	if (s->has) {
		snprintf(v, sizeof(v), "%.1f", s->score);
		if (strchr(v, '.') != NULL)
			*strchr(v, '.') = ',';
	}
	snprintf(n, sizeof(n), "%d/%d", s->answered, s->total);
	if (csv_field(arg, "score", 0) == -1 ||
	    csv_field(arg, s->scope, 0) == -1 ||
	    csv_field(arg, s->key, 0) == -1 ||
	    csv_field(arg, v, 0) == -1 ||
	    csv_field(arg, n, 1) == -1)
		return -1;
	return 0;
}

int
handle_monitor_csv(struct worker *w, struct req *r, struct resp *o)
{
	struct db_round		 rd;
	const struct qn		*qn;
	struct monitor_answers	 as;
	struct csv_out		 out = { NULL, 0, 0 };
	char			 text[4096], disp[96];
	int			 rc;

	if ((rc = round_of(w, r, o, &rd, &qn)) != 1)
		return rc;
	if (monitor_answers_load(w->db, rd.id, &as) == -1)
		return -1;
	rc = -1;
	if (csv_put(&out, "\xef\xbb\xbf", 3) == -1 ||
	    csv_field(&out, "sectie", 0) == -1 ||
	    csv_field(&out, "vraag", 0) == -1 ||
	    csv_field(&out, "tekst", 0) == -1 ||
	    csv_field(&out, "antwoord", 0) == -1 ||
	    csv_field(&out, "weet niet", 1) == -1)
		goto out;
	for (size_t k = 0; k < qn->nquestions; k++) {
		const struct qquestion *q = &qn->questions[k];
		const struct monitor_answer *a = monitor_answer_of(&as, q->id);
		if (csv_field(&out, qn->sections[q->section].id, 0) == -1 ||
		    csv_field(&out, q->id, 0) == -1 ||
		    csv_field(&out, text_nl(q, text, sizeof(text)), 0) == -1 ||
		    csv_field(&out, a && a->value ? a->value : "", 0) == -1 ||
		    csv_field(&out, a && a->dont_know ? "ja" : "", 1) == -1)
			goto out;
	}
	if (monitor_round_submitted(&rd) &&
	    (csv_put(&out, "\r\n", 2) == -1 ||
	    db_scores_list(w->db, rd.id, csv_score, &out) == -1))
		goto out;
	resp_reset(o);
	o->status = 200;
	o->type = "text/csv; charset=utf-8";
	o->body = out.buf;
	o->bodysz = out.len;
	out.buf = NULL;
	snprintf(disp, sizeof(disp), "attachment; "
	    "filename=\"monitor-%lld.csv\"", rd.year);
	rc = resp_header(o, "Content-Disposition", disp);
out:
	free(out.buf);
	monitor_answers_free(&as);
	return rc;
}

/* ---- organisers ------------------------------------------------------- */

static int
round_row(const struct db_round *rd, void *arg)
{
	xmlNodePtr	 n;
	char		 local[24];

	if ((n = doc_elem(arg, "round")) == NULL ||
	    doc_attr_int(n, "id", rd->id) == -1 ||
	    doc_attr(n, "organisation", rd->org_name) == -1 ||
	    doc_attr_int(n, "organisation-id", rd->org_id) == -1 ||
	    doc_attr_int(n, "year", rd->year) == -1 ||
	    doc_attr(n, "status", rd->status) == -1 ||
	    (rd->submitted_at[0] &&
	    clock_utc_to_local(rd->submitted_at, local) == 0 &&
	    doc_attr(n, "submitted", local) == -1))
		return -1;
	return 0;
}

/* ---- the year's settings -------------------------------------------- */

/* Notes a questionnaire's id in arg: the year has one. */
static int
latest_qn(long long id, int year, int version, void *arg)
{
	(void)year;
	(void)version;
	*(long long *)arg = id;
	return 0;
}

/*
 * The form that sets a monitor year (POST /beheer/monitor/instellingen):
 * the year (one with a questionnaire), the day the round opens, its
 * deadline (not before it opens) and the reminders, days before the
 * deadline ("14,7,1"; none when empty).
 */
enum {
	YF_YEAR,
	YF_OPENS,
	YF_DEADLINE,
	YF_DAYS,
	YF__MAX
};

static const struct form_field year_fields[YF__MAX] = {
	{ .name = "jaar", .valid = VALID_INT, .flags = FF_REQUIRED,
	  .min = 2017, .max = 2100, .key = "monitor.year.unknown",
	  .missing = "field.required" },
	{ .name = "opent", .valid = VALID_DATE, .flags = FF_REQUIRED,
	  .key = "field.date", .missing = "field.required" },
	{ .name = "deadline", .valid = VALID_DATE, .flags = FF_REQUIRED,
	  .key = "field.date", .missing = "field.required" },
	{ .name = "herinneringen", .valid = VALID_TEXT, .max = 64,
	  .key = "monitor.year.days" },
};

static const struct form year_form = { year_fields, YF__MAX, 0 };

/* <year year opens deadline days days-left> of the settings of a year. */
static int
year_row(const struct db_monitor_year *y, void *arg)
{
	xmlNodePtr n;

	if ((n = doc_elem(arg, "year")) == NULL ||
	    doc_attr_int(n, "year", y->year) == -1 ||
	    doc_attr(n, "opens", y->opens) == -1 ||
	    doc_attr(n, "deadline", y->deadline) == -1 ||
	    doc_attr(n, "days", y->days) == -1 ||
	    doc_attr_int(n, "days-left", y->days_left) == -1)
		return -1;
	return 0;
}

/* The type of date field i as typed in v: a date, but text when what
 * was typed is no date (a date input must hold a valid one, or none). */
static const char *
date_type(const struct form_value *v, int i)
{
	return v != NULL && v[i].error != NULL && v[i].s[0] != '\0' ?
	    "text" : "date";
}

/* Notes the newest questionnaire year in arg. */
static int
newest_year(long long id, int year, int version, void *arg)
{
	(void)id;
	(void)version;
	if (*(long long *)arg == 0)
		*(long long *)arg = year;
	return 0;
}

/*
 * The organisers' monitor page with status: the settings of every year,
 * the form that sets one (v: as typed, else the newest year's), and
 * every round.
 */
static int
rounds_page(struct worker *w, struct req *r, struct resp *o, int status,
    const struct form_value *v)
{
	struct db_monitor_year	 y;
	xmlNodePtr		 root, list, f;
	char			 today[11], year[16] = "";
	long long		 newest = 0;
	int			 rc;

	clock_local_today(today);
	memset(&y, 0, sizeof(y));
	if ((root = page_start(r, o, "rounds-admin", status)) == NULL ||
	    (list = doc_elem(root, "years")) == NULL ||
	    db_monitor_years_list(w->db, today, 0, year_row, list) == -1)
		return -1;
	if (v == NULL) {
		if (db_qn_latest(w->db, 0, newest_year, &newest) == -1 ||
		    (newest && (rc = db_monitor_year_get(w->db, (int)newest,
		    today, &y)) == -1))
			return -1;
		if (newest)
			snprintf(year, sizeof(year), "%lld", newest);
	}
	if ((f = form_new(root, "monitor-year",
	    "/beheer/monitor/instellingen")) == NULL ||
	    form_field(f, "jaar", "number", v ? v[YF_YEAR].s : year, 1) ==
	    NULL ||
	    form_field(f, "opent", date_type(v, YF_OPENS), v ?
	    v[YF_OPENS].s : y.opens, 1) == NULL ||
	    form_field(f, "deadline", date_type(v, YF_DEADLINE), v ?
	    v[YF_DEADLINE].s : y.deadline, 1) == NULL ||
	    form_field(f, "herinneringen", "text", v ? v[YF_DAYS].s : y.days,
	    0) == NULL ||
	    (v != NULL && form_mark(f, &year_form, v) == -1) ||
	    (list = doc_elem(root, "rounds")) == NULL)
		return -1;
	return db_rounds_list(w->db, 0, 0, round_row, list) == -1 ? -1 : 0;
}

int
handle_rounds_admin(struct worker *w, struct req *r, struct resp *o)
{
	return rounds_page(w, r, o, 200, NULL);
}

int
handle_monitor_year(struct worker *w, struct req *r, struct resp *o)
{
	struct form_value	 v[YF__MAX];
	char			 days[65], detail[160];
	long long		 qn = 0;

	form_read(r, &year_form, v);
	if (v[YF_YEAR].error == NULL && (db_qn_latest(w->db,
	    (int)v[YF_YEAR].n, latest_qn, &qn) == -1))
		return -1;
	if (v[YF_YEAR].error == NULL && qn == 0)
		v[YF_YEAR].error = "monitor.year.unknown";
	if (v[YF_OPENS].error == NULL && v[YF_DEADLINE].error == NULL &&
	    strcmp(v[YF_DEADLINE].dt, v[YF_OPENS].dt) < 0)
		v[YF_DEADLINE].error = "monitor.year.deadline-before-opening";
	if (v[YF_DAYS].error == NULL &&
	    monitor_days_parse(v[YF_DAYS].s, days) == -1)
		v[YF_DAYS].error = "monitor.year.days";
	if (form_bad(&year_form, v))
		return rounds_page(w, r, o, 422, v);
	snprintf(detail, sizeof(detail), "%s %s %s", v[YF_OPENS].dt,
	    v[YF_DEADLINE].dt, days);
	if (db_monitor_year_put(w->db, (int)v[YF_YEAR].n, v[YF_OPENS].dt,
	    v[YF_DEADLINE].dt, days, r->user.id) == -1 ||
	    db_audit_add(w->db, r->user.id, "monitor.year-saved",
	    "monitor_year", v[YF_YEAR].n, detail) == -1)
		return -1;
	return redirect(o, "/beheer/monitor?klaar=monitor.year-saved");
}

int
handle_round_reopen(struct worker *w, struct req *r, struct resp *o)
{
	int	 outcome;

	if (monitor_reopen(w->db, r->ids[0], r->user.id, &outcome) == -1)
		return -1;
	if (outcome != MO_DONE)
		return error_page(r, o, 404, NULL);
	return redirect(o, "/beheer/monitor?klaar=round.reopened");
}
