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
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "handlers.h"

#define P(name) kvlist_get(&r->params, (name))

static int
latest_id(long long id, int year, int version, void *arg)
{
	(void)year;
	(void)version;
	*(long long *)arg = id;
	return 0;
}

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
	long long	 qid = 0;
	int		 rc;

	if (r->ids[0] < 2017 || r->ids[0] > 2100)
		return error_page(r, o, 404, NULL) == -1 ? -1 : 0;
	if ((rc = db_round_get(w->db, r->user.org_id, (int)r->ids[0], 0,
	    rd)) == -1)
		return -1;
	if (rc == 0) {
		if (db_qn_latest(w->db, (int)r->ids[0], latest_id, &qid) == -1)
			return -1;
		if (qid == 0)
			return error_page(r, o, 404, NULL) == -1 ? -1 : 0;
		memset(rd, 0, sizeof(*rd));
		rd->year = r->ids[0];
		rd->qn_id = qid;
		snprintf(rd->status, sizeof(rd->status), "none");
	}
	if ((*qn = qn_get(w, rd->qn_id)) == NULL)
		return -1;
	return 1;
}

/* Makes the round that round_of found missing (rd has its year and
 * questionnaire). Returns 0/-1. */
static int
make_round(struct worker *w, const struct req *r, struct db_round *rd)
{
	if (db_round_add(w->db, r->user.org_id, (int)rd->year, rd->qn_id) ==
	    -1 || db_round_get(w->db, r->user.org_id, (int)rd->year, 0,
	    rd) != 1)
		return -1;
	return 0;
}

/* ---- answers ------------------------------------------------------- */

struct ans {
	char	 qid[49];
	char	*value;		/* NULL when none */
	int	 dont_know;
	int	 prefilled;
};

struct answers {
	struct ans	*a;
	size_t		 n, cap;
};

static int
answer_item(const struct db_answer *d, void *arg)
{
	struct answers	*as = arg;
	struct ans	*more;

	if (as->n == as->cap) {
		as->cap = as->cap ? as->cap * 2 : 64;
		if ((more = reallocarray(as->a, as->cap, sizeof(*more))) ==
		    NULL)
			return -1;
		as->a = more;
	}
	snprintf(as->a[as->n].qid, sizeof(as->a[0].qid), "%s", d->question_id);
	as->a[as->n].value = d->has_value ? strdup(d->value) : NULL;
	if (d->has_value && as->a[as->n].value == NULL)
		return -1;
	as->a[as->n].dont_know = (int)d->dont_know;
	as->a[as->n].prefilled = (int)d->prefilled;
	as->n++;
	return 0;
}

/* Loads a round's answers (none for a round not yet made). */
static int
answers_load(struct worker *w, const struct db_round *rd, struct answers *as)
{
	memset(as, 0, sizeof(*as));
	if (rd->id == 0)
		return 0;
	return db_answers_list(w->db, rd->id, answer_item, as) == -1 ? -1 : 0;
}

static void
answers_free(struct answers *as)
{
	for (size_t i = 0; i < as->n; i++)
		free(as->a[i].value);
	free(as->a);
}

static const struct ans *
answer_of(const struct answers *as, const char *qid)
{
	for (size_t i = 0; i < as->n; i++)
		if (strcmp(as->a[i].qid, qid) == 0)
			return &as->a[i];
	return NULL;
}

/* Returns 1 when question qid has an answer (a value or don't know). */
static int
answered(const struct answers *as, const char *qid)
{
	const struct ans *a = answer_of(as, qid);

	return a != NULL && (a->value != NULL || a->dont_know);
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

/* <round year status version answered total> with <section> progress
 * children (current: the section shown). Returns the node or NULL. */
static xmlNodePtr
round_xml(xmlNodePtr parent, const struct db_round *rd, const struct qn *qn,
    const struct answers *as, const char *current)
{
	xmlNodePtr	 n, s;
	int		 done, total, all_done = 0, all = 0;
	char		 local[24];

	if ((n = page_elem(parent, "round")) == NULL ||
	    page_attr_int(n, "year", rd->year) == -1 ||
	    page_attr(n, "status", rd->status) == -1 ||
	    page_attr_int(n, "questionnaire-version", qn->version) == -1 ||
	    (rd->submitted_at[0] &&
	    clock_utc_to_local(rd->submitted_at, local) == 0 &&
	    page_attr(n, "submitted", local) == -1))
		return NULL;
	for (size_t i = 0; i < qn->nsections; i++) {
		done = total = 0;
		for (size_t k = 0; k < qn->nquestions; k++)
			if (qn->questions[k].section == (int)i) {
				total++;
				done += answered(as, qn->questions[k].id);
			}
		all += total;
		all_done += done;
		if ((s = page_elem(n, "section")) == NULL ||
		    page_attr(s, "id", qn->sections[i].id) == -1 ||
		    page_attr(s, "level", qn->sections[i].operational ?
		    "operationeel" : "strategisch") == -1 ||
		    page_attr(s, qn->sections[i].operational ? "category" :
		    "theme", qn->sections[i].group) == -1 ||
		    page_attr_int(s, "answered", done) == -1 ||
		    page_attr_int(s, "total", total) == -1 ||
		    (current != NULL && strcmp(current, qn->sections[i].id) ==
		    0 && page_attr(s, "current", "yes") == -1) ||
		    titles(s, qn->sections[i].node) == -1)
			return NULL;
	}
	if (page_attr_int(n, "answered", all_done) == -1 ||
	    page_attr_int(n, "total", all) == -1)
		return NULL;
	return n;
}

/* The municipality's role may submit: its coordinator. */
static int
may_submit(const struct req *r)
{
	return r->role == ROLE_COORDINATOR;
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
	struct answers		 as;
	const struct qn		*qn;
	int			 rc;

	(void)version;
	if ((rc = db_round_get(c->w->db, c->r->user.org_id, year, 0, &rd)) ==
	    -1)
		return -1;
	if (rc == 0) {
		memset(&rd, 0, sizeof(rd));
		rd.year = year;
		rd.qn_id = id;
		snprintf(rd.status, sizeof(rd.status), "none");
	}
	if ((qn = qn_get(c->w, rd.qn_id)) == NULL ||
	    answers_load(c->w, &rd, &as) == -1)
		return -1;
	rc = round_xml(c->list, &rd, qn, &as, NULL) == NULL ? -1 : 0;
	answers_free(&as);
	return rc;
}

int
handle_monitor(struct worker *w, struct req *r, struct resp *o)
{
	struct years_ctx	 c = { w, r, NULL };
	xmlNodePtr		 root;

	if ((root = page_start(r, o, "monitor", 200)) == NULL ||
	    (c.list = page_elem(root, "rounds")) == NULL)
		return -1;
	return db_qn_latest(w->db, 0, year_item, &c) == -1 ? -1 : 0;
}

int
handle_monitor_round(struct worker *w, struct req *r, struct resp *o)
{
	struct db_round	 rd;
	const struct qn	*qn;
	struct answers	 as;
	xmlNodePtr	 root;
	int		 rc;

	if ((rc = round_of(w, r, o, &rd, &qn)) != 1)
		return rc;
	if (answers_load(w, &rd, &as) == -1)
		return -1;
	rc = -1;
	if ((root = page_start(r, o, "monitor-round", 200)) != NULL &&
	    round_xml(root, &rd, qn, &as, NULL) != NULL &&
	    (!may_submit(r) || page_elem(root, "may-submit") != NULL))
		rc = 0;
	answers_free(&as);
	return rc;
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
 * Reads the posted answer to q into value (normalised), *dk and *has.
 * Returns NULL when acceptable, else the error's catalogue key.
 */
static const char *
posted(const struct req *r, const struct qquestion *q, char *value,
    size_t sz, int *dk, int *has)
{
	const char	*v = P(q->id);
	char		 dkname[64], digits[32];
	long long	 n;
	size_t		 k = 0;

	*dk = *has = 0;
	value[0] = '\0';
	snprintf(dkname, sizeof(dkname), "%s-weetniet", q->id);
	if ((q->type == QT_NUMBER || q->type == QT_PERCENTAGE ||
	    q->type == QT_TEXT) && P(dkname) != NULL) {
		/* A value and "weet ik niet" both: which one is meant? The
		 * form comes back with both, as they were sent. */
		*dk = 1;
		if (v != NULL && v[strspn(v, " ")] != '\0')
			return "monitor.value-and-dont-know";
		return NULL;
	}
	if (v == NULL || *v == '\0')
		return NULL;
	if (strcmp(v, "?") == 0 && (q->type == QT_MATURITY ||
	    q->type == QT_YESNO || q->type == QT_CHOICE)) {
		*dk = 1;
		return NULL;
	}
	switch (q->type) {
	case QT_MATURITY:
		if (valid_int(v, 0, 4, &n) == -1)
			return "field.choice";
		break;
	case QT_YESNO:
		if (strcmp(v, "ja") != 0 && strcmp(v, "nee") != 0)
			return "field.choice";
		break;
	case QT_CHOICE:
		for (k = 0; k < q->noptions; k++)
			if (strcmp(v, q->options[k].value) == 0)
				break;
		if (k == q->noptions)
			return "field.choice";
		break;
	case QT_NUMBER:
		/* Whole numbers, with or without thousands separated as
		 * people write them: 1.250.000, 1 250 000 or 1,250,000 (a
		 * separator stands before exactly three digits). */
		for (const char *p = v; *p != '\0'; p++) {
			if (*p >= '0' && *p <= '9') {
				if (k + 1 >= sizeof(digits))
					return "monitor.number";
				digits[k++] = *p;
			} else if ((*p != '.' && *p != ' ' && *p != ',') ||
			    p == v || strspn(p + 1, "0123456789") < 3 ||
			    (p[4] >= '0' && p[4] <= '9'))
				return "monitor.number";
		}
		digits[k] = '\0';
		if (valid_int(digits, 0, INT64_MAX, &n) == -1)
			return "monitor.number";
		if (n < q->min || n > q->max)
			return "monitor.range";
		snprintf(value, sz, "%lld", n);
		*has = 1;
		return NULL;
	case QT_PERCENTAGE:
		if (valid_int(v, 0, 100, &n) == -1)
			return "monitor.percentage";
		break;
	case QT_TEXT:
		if (valid_multiline(v, 4000) == -1)
			return "field.text.invalid";
		break;
	default:
		return "field.choice";
	}
	snprintf(value, sz, "%s", v);
	*has = 1;
	return NULL;
}

/* One posted answer of the section, checked. */
struct post {
	const struct qquestion	*q;
	char			*value;
	int			 dk, has;
	const char		*error;
	long long		 arg, arg2;
};

/*
 * Builds the section page: progress, the section's questions (copied from
 * the questionnaire), the answers (stored, or as typed when posts is
 * given), errors, and the version the form saves against.
 */
static int
section_page(struct req *r, struct resp *o, int status,
    const struct db_round *rd, const struct qn *qn, const struct answers *as,
    int si, long long version, const struct post *posts, size_t nposts,
    const char *form_error_key)
{
	xmlNodePtr	 root, f, n, copy;
	char		 action[96];
	const struct ans *a;

	snprintf(action, sizeof(action), "/monitor/%lld/%s", rd->year,
	    qn->sections[si].id);
	if ((root = page_start(r, o, "monitor-section", status)) == NULL ||
	    round_xml(root, rd, qn, as, qn->sections[si].id) == NULL ||
	    (f = form_new(root, "section", action)) == NULL ||
	    page_attr_int(f, "version", version) == -1 ||
	    page_attr(f, "level", qn->sections[si].operational ?
	    "operationeel" : "strategisch") == -1)
		return -1;
	if ((copy = xmlDocCopyNode(qn->sections[si].node, o->page, 1)) ==
	    NULL || xmlAddChild(f, copy) == NULL) {
		xmlFreeNode(copy);
		return -1;
	}
	if (si > 0 && page_text(root, "previous", qn->sections[si - 1].id) ==
	    NULL)
		return -1;
	if ((size_t)si + 1 < qn->nsections &&
	    page_text(root, "next", qn->sections[si + 1].id) == NULL)
		return -1;
	if (form_error_key != NULL && form_error(f, form_error_key) == -1)
		return -1;
	for (size_t k = 0; k < qn->nquestions; k++) {
		const struct qquestion *q = &qn->questions[k];
		const struct post *pp = NULL;
		const char *value = NULL;
		int dk = 0, pre = 0;

		if (q->section != si)
			continue;
		for (size_t i = 0; i < nposts; i++)
			if (posts[i].q == q)
				pp = &posts[i];
		if (pp != NULL) {
			value = pp->error ? P(q->id) : pp->has ? pp->value :
			    NULL;
			dk = pp->dk;
		} else if ((a = answer_of(as, q->id)) != NULL) {
			value = a->value;
			dk = a->dont_know;
			pre = a->prefilled;
		}
		if ((n = page_elem(f, "answer")) == NULL ||
		    page_attr(n, "question", q->id) == -1 ||
		    (value != NULL && page_attr(n, "value", value) == -1) ||
		    (dk && page_attr(n, "dont-know", "yes") == -1) ||
		    (pre && page_attr(n, "prefilled", "yes") == -1))
			return -1;
		if (pp != NULL && pp->error != NULL &&
		    ((n = page_elem(f, "error")) == NULL ||
		    page_attr(n, "question", q->id) == -1 ||
		    page_attr(n, "key", pp->error) == -1 ||
		    (pp->error && strcmp(pp->error, "monitor.range") == 0 &&
		    (page_attr_int(n, "arg", q->min) == -1 ||
		    page_attr_int(n, "arg2", q->max) == -1))))
			return -1;
	}
	return 0;
}

/* Finds the posted value of the question with a role in a section. */
static const struct post *
by_role(const struct post *posts, size_t n, enum qrole role)
{
	for (size_t i = 0; i < n; i++)
		if (posts[i].q->role == role && posts[i].has && !posts[i].error)
			return &posts[i];
	return NULL;
}

int
handle_monitor_section(struct worker *w, struct req *r, struct resp *o)
{
	struct db_round	 rd;
	const struct qn	*qn;
	struct answers	 as;
	struct post	*posts = NULL;
	const struct post *part, *whole;
	size_t		 np = 0;
	long long	 version, given;
	char		 loc[128];
	int		 si, rc, bad = 0, post = r->method == METHOD_POST;

	/* The round is made by the first save that succeeds, not before:
	 * a refused save leaves nothing behind. */
	if ((rc = round_of(w, r, o, &rd, &qn)) != 1)
		return rc;
	if ((si = section_index(qn, r->token)) == -1)
		return error_page(r, o, 404, NULL);
	if (answers_load(w, &rd, &as) == -1)
		return -1;
	rc = -1;
	if ((version = rd.id ? db_section_version(w->db, rd.id,
	    qn->sections[si].id) : 0) == -1)
		goto out;
	if (!post) {
		rc = section_page(r, o, 200, &rd, qn, &as, si, version, NULL,
		    0, NULL);
		goto out;
	}
	if ((posts = calloc(qn->nquestions, sizeof(*posts))) == NULL)
		goto out;
	for (size_t k = 0; k < qn->nquestions; k++) {
		const struct qquestion *q = &qn->questions[k];
		if (q->section != si)
			continue;
		posts[np].q = q;
		if ((posts[np].value = malloc(16001)) == NULL)
			goto out;
		posts[np].error = posted(r, q, posts[np].value, 16001,
		    &posts[np].dk, &posts[np].has);
		bad |= posts[np].error != NULL;
		np++;
	}
	/* The parts cannot be more than the whole. */
	if ((part = by_role(posts, np, QR_TENDERS_CIRCULAR)) != NULL &&
	    (whole = by_role(posts, np, QR_TENDERS)) != NULL &&
	    strtoll(part->value, NULL, 10) > strtoll(whole->value, NULL, 10)) {
		((struct post *)part)->error = "monitor.tenders-above-total";
		bad = 1;
	}
	if ((part = by_role(posts, np, QR_SPEND_CIRCULAR)) != NULL &&
	    (whole = by_role(posts, np, QR_SPEND)) != NULL &&
	    strtoll(part->value, NULL, 10) > strtoll(whole->value, NULL, 10)) {
		((struct post *)part)->error = "monitor.spend-above-total";
		bad = 1;
	}
	if (strcmp(rd.status, "submitted") == 0) {
		rc = section_page(r, o, 409, &rd, qn, &as, si, version,
		    posts, np, "monitor.is-submitted");
		goto out;
	}
	if (valid_int(P("versie"), 0, INT64_MAX, &given) == -1) {
		/* Every form of this page carries it: a request without
		 * one was not made by the form. */
		rc = error_page(r, o, 400, NULL);
		goto out;
	}
	if (given != version) {
		/* A colleague saved this section meanwhile: nothing is
		 * written; the form comes back with what was typed and
		 * the current version, so saving again is a choice. */
		rc = section_page(r, o, 409, &rd, qn, &as, si, version,
		    posts, np, "monitor.conflict");
		goto out;
	}
	if (bad) {
		rc = section_page(r, o, 422, &rd, qn, &as, si, version,
		    posts, np, NULL);
		goto out;
	}
	if (rd.id == 0 && make_round(w, r, &rd) == -1)
		goto out;
	for (size_t i = 0; i < np; i++)
		if (posts[i].has || posts[i].dk) {
			if (db_answer_put(w->db, rd.id, posts[i].q->id,
			    posts[i].has ? posts[i].value : NULL, posts[i].dk,
			    0, r->user.id) == -1)
				goto out;
		} else if (db_answer_del(w->db, rd.id, posts[i].q->id) == -1)
			goto out;
	if (db_section_bump(w->db, rd.id, qn->sections[si].id,
	    r->user.id) == -1)
		goto out;
	if (P("verder") != NULL && (size_t)si + 1 < qn->nsections)
		snprintf(loc, sizeof(loc), "/monitor/%lld/%s?klaar=monitor.saved",
		    rd.year, qn->sections[si + 1].id);
	else if (P("verder") != NULL)
		snprintf(loc, sizeof(loc), "/monitor/%lld/indienen"
		    "?klaar=monitor.saved", rd.year);
	else
		snprintf(loc, sizeof(loc), "/monitor/%lld/%s?klaar=monitor.saved",
		    rd.year, qn->sections[si].id);
	rc = redirect(o, loc);
out:
	for (size_t i = 0; i < np; i++)
		free(posts[i].value);
	free(posts);
	answers_free(&as);
	return rc;
}

/* ---- submitting and scoring ------------------------------------------ */

int
handle_monitor_submit(struct worker *w, struct req *r, struct resp *o)
{
	struct db_round	 rd;
	const struct qn	*qn;
	struct answers	 as;
	struct qanswer	*qa = NULL;
	struct qscores	 sc;
	xmlNodePtr	 root, n, copy;
	char		 loc[96], detail[64];
	int		 rc;

	if ((rc = round_of(w, r, o, &rd, &qn)) != 1)
		return rc;
	if (answers_load(w, &rd, &as) == -1)
		return -1;
	rc = -1;
	if (r->method == METHOD_POST) {
		if (!may_submit(r)) {
			rc = error_page(r, o, 403, NULL);
			goto out;
		}
		if (strcmp(rd.status, "draft") != 0) {
			/* Not started (nothing to submit) or submitted. */
			rc = error_page(r, o, 409, NULL);
			goto out;
		}
		if ((qa = calloc(as.n + 1, sizeof(*qa))) == NULL)
			goto out;
		for (size_t i = 0; i < as.n; i++) {
			qa[i].question_id = as.a[i].qid;
			qa[i].value = as.a[i].value;
			qa[i].dont_know = as.a[i].dont_know;
		}
		score_round(qn, qa, as.n, &sc);
		snprintf(detail, sizeof(detail), "%lld", rd.year);
		if (monitor_store_scores(w->db, rd.id, &sc) == -1 ||
		    db_round_submit(w->db, rd.id, r->user.id) != 1 ||
		    benchmark_recompute_org(w->db, rd.org_id,
		    (int)rd.year) == -1 ||
		    db_audit_add(w->db, r->user.id, "round.submitted", "round",
		    rd.id, detail) == -1)
			goto out;
		snprintf(loc, sizeof(loc), "/monitor/%lld/resultaat"
		    "?klaar=monitor.submitted", rd.year);
		rc = redirect(o, loc);
		goto out;
	}
	if ((root = page_start(r, o, "monitor-submit", 200)) == NULL ||
	    round_xml(root, &rd, qn, &as, NULL) == NULL)
		goto out;
	snprintf(loc, sizeof(loc), "/monitor/%lld/indienen", rd.year);
	if (may_submit(r) && strcmp(rd.status, "draft") == 0 &&
	    form_new(root, "submit", loc) == NULL)
		goto out;
	/* The questions without an answer, each with its text. */
	for (size_t k = 0; k < qn->nquestions; k++) {
		const struct qquestion *q = &qn->questions[k];
		if (answered(&as, q->id))
			continue;
		if ((n = page_elem(root, "unanswered")) == NULL ||
		    page_attr(n, "question", q->id) == -1 ||
		    page_attr(n, "section", qn->sections[q->section].id) == -1)
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
	free(qa);
	answers_free(&as);
	return rc;
}

static int
score_item(const struct db_score *s, void *arg)
{
	xmlNodePtr	 n;
	char		 buf[32];

	snprintf(buf, sizeof(buf), "%.1f", s->score);
	if ((n = page_elem(arg, "score")) == NULL ||
	    page_attr(n, "scope", s->scope) == -1 ||
	    page_attr(n, "key", s->key) == -1 ||
	    (s->has && page_attr(n, "value", buf) == -1) ||
	    page_attr_int(n, "answered", s->answered) == -1 ||
	    page_attr_int(n, "total", s->total) == -1)
		return -1;
	return 0;
}

int
handle_monitor_result(struct worker *w, struct req *r, struct resp *o)
{
	struct db_round	 rd;
	const struct qn	*qn;
	struct answers	 as;
	xmlNodePtr	 root, list;
	char		 target[16];
	int		 rc;

	if ((rc = round_of(w, r, o, &rd, &qn)) != 1)
		return rc;
	if (answers_load(w, &rd, &as) == -1)
		return -1;
	snprintf(target, sizeof(target), "%.0f", SPEND_TARGET);
	rc = -1;
	if ((root = page_start(r, o, "monitor-result", 200)) != NULL &&
	    round_xml(root, &rd, qn, &as, NULL) != NULL &&
	    page_text(root, "target", target) != NULL &&
	    (list = page_elem(root, "scores")) != NULL &&
	    (strcmp(rd.status, "submitted") != 0 ||
	    db_scores_list(w->db, rd.id, score_item, list) != -1))
		rc = 0;
	answers_free(&as);
	return rc;
}

/* ---- prefill from last year ------------------------------------------ */

int
handle_monitor_prefill(struct worker *w, struct req *r, struct resp *o)
{
	struct db_round		 rd, prev;
	const struct qn		*qn, *pqn;
	struct answers		 as, pas;
	const struct qquestion	*q, *pq;
	char			 loc[96], touched[QN_MAX_SECTIONS];
	int			 rc, copied = 0;

	if ((rc = round_of(w, r, o, &rd, &qn)) != 1)
		return rc;
	if (strcmp(rd.status, "submitted") == 0)
		return error_page(r, o, 409, NULL);
	if ((rc = db_round_get(w->db, r->user.org_id, (int)rd.year - 1, 0,
	    &prev)) == -1)
		return -1;
	snprintf(loc, sizeof(loc), "/monitor/%lld?klaar=monitor.no-previous",
	    rd.year);
	if (rc == 0)
		return redirect(o, loc);
	if (rd.id == 0 && make_round(w, r, &rd) == -1)
		return -1;
	if ((pqn = qn_get(w, prev.qn_id)) == NULL)
		return -1;
	/* qn_get may have replaced qn in the cache: read it again. */
	if ((qn = qn_get(w, rd.qn_id)) == NULL)
		return -1;
	if (answers_load(w, &rd, &as) == -1)
		return -1;
	if (answers_load(w, &prev, &pas) == -1) {
		answers_free(&as);
		return -1;
	}
	rc = -1;
	memset(touched, 0, sizeof(touched));
	/* Last year's answer goes where this year has none, to the same
	 * question (same id and type), marked as prefilled. */
	for (size_t i = 0; i < pas.n; i++) {
		if ((q = qn_question(qn, pas.a[i].qid)) == NULL ||
		    (pq = qn_question(pqn, pas.a[i].qid)) == NULL ||
		    q->type != pq->type || answered(&as, q->id))
			continue;
		if (db_answer_put(w->db, rd.id, q->id, pas.a[i].value,
		    pas.a[i].dont_know, 1, r->user.id) == -1)
			goto out;
		touched[q->section] = 1;
		copied++;
	}
	/* A form of a section opened before the copy must not undo it
	 * unseen: the sections written to get a new version. */
	for (size_t k = 0; k < qn->nsections; k++)
		if (touched[k] && db_section_bump(w->db, rd.id,
		    qn->sections[k].id, r->user.id) == -1)
			goto out;
	log_info("monitor: round %lld: %d answers copied from %lld", rd.id,
	    copied, prev.id);
	snprintf(loc, sizeof(loc), "/monitor/%lld?klaar=monitor.prefilled",
	    rd.year);
	rc = redirect(o, loc);
out:
	answers_free(&as);
	answers_free(&pas);
	return rc;
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
	struct db_round	 rd;
	const struct qn	*qn;
	struct answers	 as;
	struct csv_out	 out = { NULL, 0, 0 };
	char		 text[4096], disp[96];
	int		 rc;

	if ((rc = round_of(w, r, o, &rd, &qn)) != 1)
		return rc;
	if (answers_load(w, &rd, &as) == -1)
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
		const struct ans *a = answer_of(&as, q->id);
		if (csv_field(&out, qn->sections[q->section].id, 0) == -1 ||
		    csv_field(&out, q->id, 0) == -1 ||
		    csv_field(&out, text_nl(q, text, sizeof(text)), 0) == -1 ||
		    csv_field(&out, a && a->value ? a->value : "", 0) == -1 ||
		    csv_field(&out, a && a->dont_know ? "ja" : "", 1) == -1)
			goto out;
	}
	if (strcmp(rd.status, "submitted") == 0 &&
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
	answers_free(&as);
	return rc;
}

/* ---- organisers ------------------------------------------------------- */

static int
round_row(const struct db_round *rd, void *arg)
{
	xmlNodePtr	 n;
	char		 local[24];

	if ((n = page_elem(arg, "round")) == NULL ||
	    page_attr_int(n, "id", rd->id) == -1 ||
	    page_attr(n, "organisation", rd->org_name) == -1 ||
	    page_attr_int(n, "organisation-id", rd->org_id) == -1 ||
	    page_attr_int(n, "year", rd->year) == -1 ||
	    page_attr(n, "status", rd->status) == -1 ||
	    (rd->submitted_at[0] &&
	    clock_utc_to_local(rd->submitted_at, local) == 0 &&
	    page_attr(n, "submitted", local) == -1))
		return -1;
	return 0;
}

int
handle_rounds_admin(struct worker *w, struct req *r, struct resp *o)
{
	xmlNodePtr root, list;

	if ((root = page_start(r, o, "rounds-admin", 200)) == NULL ||
	    (list = page_elem(root, "rounds")) == NULL)
		return -1;
	return db_rounds_list(w->db, 0, 0, round_row, list) == -1 ? -1 : 0;
}

int
handle_round_reopen(struct worker *w, struct req *r, struct resp *o)
{
	struct db_round	 rd;
	int		 rc;

	if ((rc = db_round_reopen(w->db, r->ids[0])) == -1)
		return -1;
	if (rc == 0)
		return error_page(r, o, 404, NULL);
	/* The round leaves its peer groups. */
	if (db_round_get(w->db, 0, 0, r->ids[0], &rd) != 1 ||
	    benchmark_recompute_org(w->db, rd.org_id, (int)rd.year) == -1)
		return -1;
	if (db_audit_add(w->db, r->user.id, "round.reopened", "round",
	    r->ids[0], "") == -1)
		return -1;
	return redirect(o, "/beheer/monitor?klaar=round.reopened");
}
