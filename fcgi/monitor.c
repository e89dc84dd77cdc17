/*
 * The monitor's rules, for the pages and cimolt-admin: which round a
 * municipality has for a year, who may submit it and when, checking
 * answers against the questionnaire, saving a section against its
 * version, submitting (scoring, storing the scores, the peer groups),
 * reopening, copying last year's answers, and generating rounds with
 * plausible answers for demo data and load tests (cimolt-admin monitor
 * generate).
 *
 * Every change runs in the caller's transaction.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>
#include <sodium.h>

#include "domain.h"

/* ---- rounds and their answers ------------------------------------------ */

int
monitor_may_submit(enum role role)
{
	return role == ROLE_COORDINATOR;
}

int
monitor_submittable(const struct db_round *rd)
{
	return strcmp(rd->status, "draft") == 0;
}

int
monitor_round_submitted(const struct db_round *rd)
{
	return strcmp(rd->status, "submitted") == 0;
}

static int
latest_id(long long id, int year, int version, void *arg)
{
	(void)year;
	(void)version;
	*(long long *)arg = id;
	return 0;
}

int
monitor_round_get(struct db *db, long long org_id, int year, long long qn_id,
    struct db_round *rd)
{
	int	 rc;

	if ((rc = db_round_get(db, org_id, year, 0, rd)) != 0)
		return rc;
	if (qn_id == 0 && db_qn_latest(db, year, latest_id, &qn_id) == -1)
		return -1;
	if (qn_id == 0)
		return 0;
	memset(rd, 0, sizeof(*rd));
	rd->org_id = org_id;
	rd->year = year;
	rd->qn_id = qn_id;
	snprintf(rd->status, sizeof(rd->status), "none");
	return 1;
}

/* Makes the round that rd holds the place of (its organisation, year
 * and questionnaire) and reads it into rd. Returns 0/-1. */
static int
round_make(struct db *db, struct db_round *rd)
{
	long long org_id = rd->org_id;

	if (db_round_add(db, org_id, (int)rd->year, rd->qn_id) == -1 ||
	    db_round_get(db, org_id, (int)rd->year, 0, rd) != 1)
		return -1;
	return 0;
}

static int
answer_item(const struct db_answer *d, void *arg)
{
	struct monitor_answers	*as = arg;
	struct monitor_answer	*more;

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

int
monitor_answers_load(struct db *db, long long round_id,
    struct monitor_answers *as)
{
	memset(as, 0, sizeof(*as));
	if (round_id == 0)
		return 0;
	return db_answers_list(db, round_id, answer_item, as) == -1 ? -1 : 0;
}

void
monitor_answers_free(struct monitor_answers *as)
{
	for (size_t i = 0; i < as->n; i++)
		free(as->a[i].value);
	free(as->a);
}

const struct monitor_answer *
monitor_answer_of(const struct monitor_answers *as, const char *qid)
{
	for (size_t i = 0; i < as->n; i++)
		if (strcmp(as->a[i].qid, qid) == 0)
			return &as->a[i];
	return NULL;
}

int
monitor_answered(const struct monitor_answers *as, const char *qid)
{
	const struct monitor_answer *a = monitor_answer_of(as, qid);

	return a != NULL && !a->prefilled && (a->value != NULL ||
	    a->dont_know);
}

int
monitor_unconfirmed(const struct monitor_answers *as, const char *qid)
{
	const struct monitor_answer *a = monitor_answer_of(as, qid);

	return a != NULL && a->prefilled;
}

int
monitor_year_specific(const struct qquestion *q)
{
	return q->type == QT_NUMBER;
}

/* Whether post p says what the stored answer a says. */
static int
post_same(const struct monitor_post *p, const struct monitor_answer *a)
{
	if (p->dk != a->dont_know || p->has != (a->value != NULL))
		return 0;
	return !p->has || strcmp(p->value, a->value) == 0;
}

/* ---- checking and saving a section ------------------------------------- */

/*
 * Checks the posted answer p->given to p->q, setting p->value
 * (normalised), p->dk and p->has. Returns NULL when acceptable, else the
 * error's catalogue key.
 */
static const char *
answer_check(struct monitor_post *p)
{
	const struct qquestion	*q = p->q;
	const char		*v = p->given;
	char			 digits[32];
	long long		 n;
	size_t			 k = 0;

	p->dk = p->has = 0;
	p->value = NULL;
	if ((q->type == QT_NUMBER || q->type == QT_PERCENTAGE ||
	    q->type == QT_TEXT) && p->dk_given) {
		/* A value and "weet ik niet" both: which one is meant? The
		 * form comes back with both, as they were sent. */
		p->dk = 1;
		if (v != NULL && v[strspn(v, " ")] != '\0')
			return "monitor.value-and-dont-know";
		return NULL;
	}
	if (v == NULL || *v == '\0')
		return NULL;
	if (strcmp(v, "?") == 0 && (q->type == QT_MATURITY ||
	    q->type == QT_YESNO || q->type == QT_CHOICE)) {
		p->dk = 1;
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
		for (const char *c = v; *c != '\0'; c++) {
			if (*c >= '0' && *c <= '9') {
				if (k + 1 >= sizeof(digits))
					return "monitor.number";
				digits[k++] = *c;
			} else if ((*c != '.' && *c != ' ' && *c != ',') ||
			    c == v || strspn(c + 1, "0123456789") < 3 ||
			    (c[4] >= '0' && c[4] <= '9'))
				return "monitor.number";
		}
		digits[k] = '\0';
		if (valid_int(digits, 0, INT64_MAX, &n) == -1)
			return "monitor.number";
		if (n < q->min || n > q->max)
			return "monitor.range";
		snprintf(p->num, sizeof(p->num), "%lld", n);
		p->value = p->num;
		p->has = 1;
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
	p->value = v;
	p->has = 1;
	return NULL;
}

/* The acceptable posted value of the question with role, or NULL. */
static struct monitor_post *
by_role(struct monitor_post *posts, size_t n, enum qrole role)
{
	for (size_t i = 0; i < n; i++)
		if (posts[i].q->role == role && posts[i].has && !posts[i].error)
			return &posts[i];
	return NULL;
}

size_t
monitor_section_check(struct monitor_post *posts, size_t n)
{
	struct monitor_post	*part, *whole;
	size_t			 bad = 0;

	for (size_t i = 0; i < n; i++)
		bad += (posts[i].error = answer_check(&posts[i])) != NULL;
	/* The parts cannot be more than the whole. */
	if ((part = by_role(posts, n, QR_TENDERS_CIRCULAR)) != NULL &&
	    (whole = by_role(posts, n, QR_TENDERS)) != NULL &&
	    strtoll(part->value, NULL, 10) > strtoll(whole->value, NULL, 10)) {
		part->error = "monitor.tenders-above-total";
		bad++;
	}
	if ((part = by_role(posts, n, QR_SPEND_CIRCULAR)) != NULL &&
	    (whole = by_role(posts, n, QR_SPEND)) != NULL &&
	    strtoll(part->value, NULL, 10) > strtoll(whole->value, NULL, 10)) {
		part->error = "monitor.spend-above-total";
		bad++;
	}
	return bad;
}

int
monitor_section_save(struct db *db, const struct qn *qn, struct db_round *rd,
    int si, long long given, const struct monitor_post *posts, size_t n,
    const struct monitor_answers *as, int confirmed, long long actor,
    long long *version, int *outcome)
{
	const struct monitor_answer *a;

	const char	*section = qn->sections[si].id;

	*outcome = MO_DONE;
	/* Locked: two saves of one section are decided one after the
	 * other. A round not yet made has no versions. */
	if ((*version = rd->id ? db_section_version(db, rd->id, section) :
	    0) == -1)
		return -1;
	if (monitor_round_submitted(rd)) {
		*outcome = MO_CONFLICT;
		return 0;
	}
	if (given != *version) {
		/* A colleague saved this section meanwhile: nothing is
		 * written. */
		*outcome = MO_STALE;
		return 0;
	}
	for (size_t i = 0; i < n; i++)
		if (posts[i].error != NULL) {
			*outcome = MO_INVALID;
			return 0;
		}
	/* The round is made by the first save that succeeds, not before:
	 * a refused save leaves nothing behind. */
	if (rd->id == 0 && round_make(db, rd) == -1)
		return -1;
	for (size_t i = 0; i < n; i++) {
		/* A copied answer sent back as it was is not checked by
		 * that alone: it stays copied until confirmed. */
		a = monitor_answer_of(as, posts[i].q->id);
		if (!confirmed && a != NULL && a->prefilled &&
		    post_same(&posts[i], a))
			continue;
		if (posts[i].has || posts[i].dk) {
			if (db_answer_put(db, rd->id, posts[i].q->id,
			    posts[i].has ? posts[i].value : NULL, posts[i].dk,
			    0, actor) == -1)
				return -1;
		} else if (db_answer_del(db, rd->id, posts[i].q->id) == -1)
			return -1;
	}
	return db_section_bump(db, rd->id, section, actor) == -1 ? -1 : 0;
}

/* ---- submitting, reopening, copying last year's answers ---------------- */

int
monitor_submit(struct db *db, const struct qn *qn, const struct db_round *rd,
    long long actor, int *outcome)
{
	struct monitor_answers	 as;
	struct qanswer		*qa = NULL;
	struct qscores		 sc;
	char			 detail[64];
	int			 rc = -1;

	*outcome = MO_DONE;
	if (!monitor_submittable(rd)) {
		/* Not started (nothing to submit) or submitted. */
		*outcome = MO_CONFLICT;
		return 0;
	}
	if (monitor_answers_load(db, rd->id, &as) == -1)
		goto out;
	for (size_t i = 0; i < as.n; i++)
		if (as.a[i].prefilled) {
			/* Last year's answers are not this year's until
			 * someone has looked at them. */
			*outcome = MO_UNCONFIRMED;
			rc = 0;
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
	snprintf(detail, sizeof(detail), "%lld", rd->year);
	if (monitor_store_scores(db, rd->id, &sc) == -1 ||
	    db_round_submit(db, rd->id, actor) != 1 ||
	    benchmark_recompute_org(db, rd->org_id, (int)rd->year) == -1 ||
	    db_audit_add(db, actor, "round.submitted", "round", rd->id,
	    detail) == -1)
		goto out;
	rc = 0;
out:
	free(qa);
	monitor_answers_free(&as);
	return rc;
}

int
monitor_reopen(struct db *db, long long id, long long actor, int *outcome)
{
	struct db_round	 rd;
	int		 rc;

	*outcome = MO_DONE;
	if ((rc = db_round_reopen(db, id)) == -1)
		return -1;
	if (rc == 0) {
		*outcome = MO_NOT_FOUND;
		return 0;
	}
	/* The round leaves its peer groups. */
	if (db_round_get(db, 0, 0, id, &rd) != 1 ||
	    benchmark_recompute_org(db, rd.org_id, (int)rd.year) == -1)
		return -1;
	return db_audit_add(db, actor, "round.reopened", "round", id, "") ==
	    -1 ? -1 : 0;
}

int
monitor_prefill(struct worker *w, struct db_round *rd, long long actor,
    int *outcome)
{
	struct db_round		 prev;
	const struct qn		*qn, *pqn;
	struct monitor_answers	 as, pas;
	const struct qquestion	*q, *pq;
	char			 touched[QN_MAX_SECTIONS];
	int			 rc, copied = 0;

	*outcome = MO_DONE;
	if (monitor_round_submitted(rd)) {
		*outcome = MO_CONFLICT;
		return 0;
	}
	if ((rc = db_round_get(w->db, rd->org_id, (int)rd->year - 1, 0,
	    &prev)) == -1)
		return -1;
	if (rc == 0) {
		*outcome = MO_NO_PREVIOUS;
		return 0;
	}
	if (rd->id == 0 && round_make(w->db, rd) == -1)
		return -1;
	if ((pqn = qn_get(w, prev.qn_id)) == NULL)
		return -1;
	/* qn_get may have replaced qn in the cache: read it after pqn. */
	if ((qn = qn_get(w, rd->qn_id)) == NULL)
		return -1;
	if (monitor_answers_load(w->db, rd->id, &as) == -1)
		return -1;
	if (monitor_answers_load(w->db, prev.id, &pas) == -1) {
		monitor_answers_free(&as);
		return -1;
	}
	rc = -1;
	memset(touched, 0, sizeof(touched));
	/* Last year's answer goes where this year has none, to the same
	 * question (same id and type), marked as prefilled; this year's
	 * amounts and counts are never last year's: the form shows those
	 * beside an empty field instead. */
	for (size_t i = 0; i < pas.n; i++) {
		if ((q = qn_question(qn, pas.a[i].qid)) == NULL ||
		    (pq = qn_question(pqn, pas.a[i].qid)) == NULL ||
		    q->type != pq->type || monitor_year_specific(q) ||
		    monitor_answer_of(&as, q->id) != NULL)
			continue;
		if (db_answer_put(w->db, rd->id, q->id, pas.a[i].value,
		    pas.a[i].dont_know, 1, actor) == -1)
			goto out;
		touched[q->section] = 1;
		copied++;
	}
	/* A form of a section opened before the copy must not undo it
	 * unseen: the sections written to get a new version. */
	for (size_t k = 0; k < qn->nsections; k++)
		if (touched[k] && db_section_bump(w->db, rd->id,
		    qn->sections[k].id, actor) == -1)
			goto out;
	log_info("monitor: round %lld: %d answers copied from %lld", rd->id,
	    copied, prev.id);
	rc = 0;
out:
	monitor_answers_free(&as);
	monitor_answers_free(&pas);
	return rc;
}

int
monitor_store_scores(struct db *db, long long round_id, const struct qscores *s)
{
	struct db_score	 rows[2 + 2 + THEME__MAX + 2 * CAT__MAX];
	char		 empty[1] = "";
	size_t		 n = 0;

#define ROW(sc_, key_, q_) do { \
		rows[n].scope = sc_; \
		rows[n].key = key_; \
		rows[n].score = (q_)->score; \
		rows[n].has = (q_)->has; \
		rows[n].answered = (q_)->answered; \
		rows[n].total = (q_)->total; \
		n++; \
	} while (0)
	ROW("overall", empty, &s->overall);
	ROW("level", "strategisch", &s->level[0]);
	ROW("level", "operationeel", &s->level[1]);
	for (int t = 0; t < THEME__MAX; t++)
		ROW("theme", theme_names[t], &s->theme[t]);
	for (int c = 0; c < CAT__MAX; c++)
		ROW("category", category_names[c], &s->category[c]);
#undef ROW
	for (int c = 0; c < CAT__MAX; c++) {
		rows[n].scope = "share";
		rows[n].key = category_names[c];
		rows[n].score = s->share[c];
		rows[n].has = s->has_share[c];
		rows[n].answered = s->has_share[c];
		rows[n].total = 1;
		n++;
	}
	rows[n].scope = "share";
	rows[n].key = "overall";
	rows[n].score = s->share_overall;
	rows[n].has = s->has_share_overall;
	rows[n].answered = s->has_share_overall;
	rows[n].total = 1;
	n++;
	return db_scores_replace(db, round_id, rows, n);
}


/* ---- the year's settings, reminders and the receipt ------------------ */

int
monitor_days_parse(const char *s, char out[65])
{
	long long	 d[MONITOR_REMINDERS_MAX], v;
	size_t		 n = 0, len = 0, k;
	char		 one[8];
	const char	*end;

	out[0] = '\0';
	while (*s != '\0') {
		while (*s == ' ' || *s == ',')
			s++;
		if (*s == '\0')
			break;
		end = s + strcspn(s, ", ");
		if ((size_t)(end - s) >= sizeof(one) ||
		    n == MONITOR_REMINDERS_MAX)
			return -1;
		memcpy(one, s, (size_t)(end - s));
		one[end - s] = '\0';
		if (valid_int(one, 1, 365, &v) == -1)
			return -1;
		/* Largest first, each day once. */
		for (k = 0; k < n && d[k] > v; k++)
			;
		if (k < n && d[k] == v)
			return -1;
		memmove(&d[k + 1], &d[k], (n - k) * sizeof(d[0]));
		d[k] = v;
		n++;
		s = end;
	}
	for (k = 0; k < n; k++)
		len += (size_t)snprintf(out + len, 65 - len, "%s%lld",
		    k ? "," : "", d[k]);
	return 0;
}

long long
monitor_day_number(const char *day)
{
	struct tm	 tm;

	memset(&tm, 0, sizeof(tm));
	if (sscanf(day, "%4d-%2d-%2d", &tm.tm_year, &tm.tm_mon,
	    &tm.tm_mday) != 3)
		return -1;
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	return (long long)(timegm(&tm) / 86400);
}

/* The smallest reminder of days (as stored, largest first) that is due
 * with days_left to go: the slot to send now, or -1 when none is. */
static long long
due_slot(const char *days, long long days_left)
{
	long long	 slot = -1, v;
	char		*end;

	while (*days != '\0') {
		v = strtoll(days, &end, 10);
		if (end == days)
			break;
		if (v >= days_left && (slot == -1 || v < slot))
			slot = v;
		days = *end == ',' ? end + 1 : end;
	}
	return slot;
}

struct remind_ctx {
	const struct mailer	*m;
	const struct db_monitor_year *y;
	const char		*kind;
	long long		 slot;
	long long		 org_id;
	int			 queued;
};

/* Queues the reminder mail of c to coordinator u. */
static int
remind_one(const struct db_user *u, void *arg)
{
	struct remind_ctx	*c = arg;
	xmlDocPtr		 mail;
	xmlNodePtr		 root;
	char			 link[1024];
	int			 rc = -1;

	snprintf(link, sizeof(link), "%s/monitor/%lld", c->m->cfg->base_url,
	    c->y->year);
	if ((mail = mail_doc("monitor.reminder", u->lang[0] ? u->lang : "nl",
	    &root)) == NULL)
		return -1;
	if (doc_text(root, "name", u->name) != NULL &&
	    doc_text(root, "organisation", u->org_name) != NULL &&
	    doc_int(root, "year", c->y->year) != NULL &&
	    doc_text(root, "deadline", c->y->deadline) != NULL &&
	    doc_int(root, "days-left", c->y->days_left) != NULL &&
	    doc_text(root, "link", link) != NULL)
		/* outbox_put takes data's reference. */
		rc = outbox_put(c->m->db, c->m->cfg, c->m->rd,
		    "monitor.reminder", json_pack("{s:I,s:I,s:s,s:I}",
		    "organisation_id", (json_int_t)c->org_id, "year",
		    (json_int_t)c->y->year, "kind", c->kind, "slot",
		    (json_int_t)c->slot), mail, u->email, NULL);
	xmlFreeDoc(mail);
	if (rc == 0)
		c->queued++;
	return rc;
}

int
monitor_remind(const struct mailer *m, const struct db_monitor_year *y,
    long long org_id, const char *kind, long long slot, long long actor,
    int *queued)
{
	struct remind_ctx	 c = { m, y, kind, slot, org_id, 0 };
	int			 rc;

	*queued = 0;
	/* Only the call that records the reminder sends it: a second
	 * courier, or a restarted one, finds the row and sends nothing. */
	if ((rc = db_reminder_add(m->db, (int)y->year, org_id, kind, slot,
	    actor)) != 1)
		return rc;
	if (db_coordinators_list(m->db, org_id, remind_one, &c) == -1)
		return -1;
	*queued = c.queued;
	return 1;
}

/* Collects ids into a growing array. */
struct ids {
	long long	*id;
	size_t		 n, cap;
};

static int
ids_add(long long id, void *arg)
{
	struct ids	*a = arg;
	long long	*more;

	if (a->n == a->cap) {
		a->cap = a->cap ? a->cap * 2 : 64;
		if ((more = reallocarray(a->id, a->cap, sizeof(*more))) ==
		    NULL)
			return -1;
		a->id = more;
	}
	a->id[a->n++] = id;
	return 0;
}

struct years {
	struct db_monitor_year	*y;
	size_t			 n, cap;
};

static int
years_add(const struct db_monitor_year *y, void *arg)
{
	struct years		*a = arg;
	struct db_monitor_year	*more;

	if (a->n == a->cap) {
		a->cap = a->cap ? a->cap * 2 : 4;
		if ((more = reallocarray(a->y, a->cap, sizeof(*more))) ==
		    NULL)
			return -1;
		a->y = more;
	}
	a->y[a->n++] = *y;
	return 0;
}

int
monitor_reminders_run(const struct mailer *m, const char *today, int *sent)
{
	struct years	 ys = { NULL, 0, 0 };
	struct ids	 orgs = { NULL, 0, 0 };
	long long	 slot;
	int		 rc = -1, r, queued;

	*sent = 0;
	if (db_begin(m->db) == -1)
		return -1;
	if (db_monitor_years_list(m->db, today, 1, years_add, &ys) == -1) {
		db_rollback(m->db);
		goto out;
	}
	db_rollback(m->db);
	for (size_t i = 0; i < ys.n; i++) {
		if ((slot = due_slot(ys.y[i].days, ys.y[i].days_left)) == -1)
			continue;
		orgs.n = 0;
		if (db_begin(m->db) == -1)
			goto out;
		r = db_remind_orgs(m->db, (int)ys.y[i].year, ids_add, &orgs);
		db_rollback(m->db);
		if (r == -1)
			goto out;
		/* One transaction per municipality: the row that keeps the
		 * reminder single and its mails are written together. */
		for (size_t k = 0; k < orgs.n; k++) {
			if (db_begin(m->db) == -1)
				goto out;
			if ((r = monitor_remind(m, &ys.y[i], orgs.id[k],
			    "schedule", slot, 0, &queued)) == -1 ||
			    db_commit(m->db) == -1) {
				db_rollback(m->db);
				goto out;
			}
			if (r == 1) {
				*sent += 1;
				log_info("monitor: %lld reminder (%lld days) "
				    "for organisation %lld: %d mails",
				    ys.y[i].year, slot, orgs.id[k], queued);
			}
		}
	}
	rc = 0;
out:
	free(ys.y);
	free(orgs.id);
	return rc;
}

int
monitor_receipt(const struct mailer *m, const struct db_round *rd,
    const struct db_user *u)
{
	xmlDocPtr	 mail;
	xmlNodePtr	 root;
	char		 link[1024];
	int		 rc = -1;

	snprintf(link, sizeof(link), "%s/monitor/%lld/resultaat",
	    m->cfg->base_url, rd->year);
	if ((mail = mail_doc("monitor.submitted", u->lang[0] ? u->lang : "nl",
	    &root)) == NULL)
		return -1;
	if (doc_text(root, "name", u->name) != NULL &&
	    doc_text(root, "organisation", u->org_name) != NULL &&
	    doc_int(root, "year", rd->year) != NULL &&
	    doc_text(root, "link", link) != NULL)
		rc = outbox_put(m->db, m->cfg, m->rd, "monitor.submitted",
		    json_pack("{s:I,s:I,s:I}", "round_id", (json_int_t)rd->id,
		    "organisation_id", (json_int_t)rd->org_id, "year",
		    (json_int_t)rd->year), mail, u->email, NULL);
	xmlFreeDoc(mail);
	return rc;
}

/* ---- the opening day ------------------------------------------------- */

int
monitor_year_open(struct db *db, int year, char opens[11])
{
	struct db_monitor_year	 y;
	char			 today[11];
	int			 rc;

	opens[0] = '\0';
	clock_local_today(today);
	if ((rc = db_monitor_year_get(db, year, today, &y)) == -1)
		return -1;
	if (rc == 0 || y.opened)
		return 1;
	snprintf(opens, 11, "%s", y.opens);
	return 0;
}

/* ---- participation -------------------------------------------------- */

const char *const participation_names[PART__MAX] = {
	"no-account", /* PART_NO_ACCOUNT */
	"not-started", /* PART_NOT_STARTED */
	"in-progress", /* PART_IN_PROGRESS */
	"submitted", /* PART_SUBMITTED */
};

enum participation
monitor_participation(const struct db_participant *g)
{
	if (strcmp(g->status, "submitted") == 0)
		return PART_SUBMITTED;
	if (g->round_id != 0)
		return PART_IN_PROGRESS;
	return g->accounts > 0 ? PART_NOT_STARTED : PART_NO_ACCOUNT;
}

/* What monitor_participants passes on for each row. */
struct walk_ctx {
	int	(*fn)(const struct db_participant *, enum participation,
		    void *);
	void	*arg;
	struct participation_counts *counts;
};

/* Counts row g and hands it on. */
static int
walk_row(const struct db_participant *g, void *arg)
{
	struct walk_ctx		*c = arg;
	enum participation	 st = monitor_participation(g);

	c->counts->n[st]++;
	c->counts->total++;
	return c->fn != NULL ? c->fn(g, st, c->arg) : 0;
}

int
monitor_participants(struct db *db, int year, long long province,
    long long day, int (*fn)(const struct db_participant *,
    enum participation, void *), void *arg,
    struct participation_counts *counts)
{
	struct walk_ctx c = { fn, arg, counts };

	memset(counts, 0, sizeof(*counts));
	return db_participants_list(db, year, province, day, walk_row, &c);
}

int
monitor_sections_done(const struct qn *qn, const struct monitor_answers *as)
{
	int	 done = 0, all;

	for (size_t i = 0; i < qn->nsections; i++) {
		all = 1;
		for (size_t k = 0; k < qn->nquestions && all; k++)
			if (qn->questions[k].section == (int)i &&
			    !monitor_answered(as, qn->questions[k].id))
				all = 0;
		done += all;
	}
	return done;
}

/* A small deterministic generator (xorshift64*), so generated data is
 * the same for the same seed: demo pages and benchmarks repeat. */
struct rng {
	unsigned long long s;
};

static unsigned long long
rng_next(struct rng *g)
{
	g->s ^= g->s >> 12;
	g->s ^= g->s << 25;
	g->s ^= g->s >> 27;
	return g->s * 2685821657736338717ULL;
}

/* A number in [0, 1). */
static double
rng_unit(struct rng *g)
{
	return (double)(rng_next(g) >> 11) / 9007199254740992.0;
}

/* Clamps x to [lo, hi]. */
static double
clamp(double x, double lo, double hi)
{
	return x < lo ? lo : x > hi ? hi : x;
}

int
monitor_generate(struct db *db, const struct qn *qn, long long qn_id,
    long long org_id, unsigned long long seed)
{
	struct rng		 g;
	struct db_round		 rd;
	struct qanswer		*qa;
	char			(*vals)[32], *json = NULL;
	json_t			*rows = NULL;
	double			 base, share;
	long long		 tenders[CAT__MAX], spend[CAT__MAX];
	size_t			 n = 0;
	int			 rc;

	if ((rc = db_round_get(db, org_id, qn->year, 0, &rd)) != 0)
		return rc == 1 ? 0 : -1;
	if (db_round_add(db, org_id, qn->year, qn_id) == -1 ||
	    db_round_get(db, org_id, qn->year, 0, &rd) != 1)
		return -1;
	/* How far along this municipality is, 0.3 to 3.3 on the 0-4 ladder
	 * (drawn from the organisation alone), and a little further each
	 * year after 2024; the rest is drawn for this year. */
	g.s = (seed ^ (unsigned long long)org_id * 0x9E3779B97F4A7C15ULL) | 1;
	for (int i = 0; i < 8; i++)
		(void)rng_next(&g);
	base = clamp(0.3 + 3.0 * rng_unit(&g) + 0.2 * (qn->year - 2024), 0, 4);
	g.s ^= (unsigned long long)qn->year * 0xBF58476D1CE4E5B9ULL;
	for (int i = 0; i < 8; i++)
		(void)rng_next(&g);
	share = clamp(base / 4 * 0.35 + 0.1 * (rng_unit(&g) - 0.5), 0, 0.9);
	qa = calloc(qn->nquestions, sizeof(*qa));
	vals = calloc(qn->nquestions, sizeof(*vals));
	rows = json_array();
	if (qa == NULL || vals == NULL || rows == NULL)
		goto fail;
	for (int c = 0; c < CAT__MAX; c++) {
		tenders[c] = 2 + (long long)(40 * rng_unit(&g));
		spend[c] = tenders[c] * (50000 + (long long)(900000 *
		    rng_unit(&g)));
	}
	for (size_t i = 0; i < qn->nquestions; i++) {
		const struct qquestion *q = &qn->questions[i];
		const struct qsection *s = &qn->sections[q->section];
		int c = 0, dk = 0;
		double u = rng_unit(&g), level;

		for (c = 0; c < CAT__MAX; c++)
			if (strcmp(s->group, category_names[c]) == 0)
				break;
		if (q->type == QT_TEXT || u < 0.06)
			continue;	/* left open */
		dk = u < 0.09;
		level = clamp(base + 1.6 * (rng_unit(&g) - 0.5), 0, 4);
		switch (q->type) {
		case QT_MATURITY:
			snprintf(vals[n], 32, "%d", (int)(level + 0.5));
			break;
		case QT_YESNO:
			snprintf(vals[n], 32, "%s", rng_unit(&g) * 4 < level ?
			    "ja" : "nee");
			break;
		case QT_CHOICE: {
			size_t best = 0;
			double want = level * 25, d, bestd = 1e9;
			for (size_t k = 0; k < q->noptions; k++) {
				d = q->options[k].score - want;
				d = d < 0 ? -d : d;
				if (d < bestd) {
					bestd = d;
					best = k;
				}
			}
			snprintf(vals[n], 32, "%s", q->noptions ?
			    q->options[best].value : "");
			break;
		}
		case QT_PERCENTAGE:
			snprintf(vals[n], 32, "%d", (int)clamp(level * 25 +
			    20 * (rng_unit(&g) - 0.5), 0, 100));
			break;
		case QT_NUMBER: {
			long long v = 0;
			if (c == CAT__MAX)
				v = q->min;
			else if (q->role == QR_TENDERS)
				v = tenders[c];
			else if (q->role == QR_TENDERS_CIRCULAR)
				v = (long long)(tenders[c] * clamp(share * 2 *
				    rng_unit(&g), 0, 1));
			else if (q->role == QR_SPEND)
				v = spend[c];
			else if (q->role == QR_SPEND_CIRCULAR)
				v = (long long)(spend[c] * clamp(share * 2 *
				    rng_unit(&g), 0, 1));
			v = v < q->min ? q->min : v > q->max ? q->max : v;
			snprintf(vals[n], 32, "%lld", v);
			break;
		}
		default:
			continue;
		}
		qa[n].question_id = q->id;
		qa[n].value = dk ? NULL : vals[n];
		qa[n].dont_know = dk;
		if (json_array_append_new(rows, json_pack("[s,s?,i]", q->id,
		    qa[n].value, dk)) == -1)
			goto fail;
		n++;
	}
	/* All answers in one statement: load tests make millions. */
	if ((json = json_dumps(rows, JSON_COMPACT)) == NULL ||
	    db_answers_bulk(db, rd.id, json) == -1)
		goto fail;
	{
		struct qscores sc;

		score_round(qn, qa, n, &sc);
		if (monitor_store_scores(db, rd.id, &sc) == -1 ||
		    db_round_submit(db, rd.id, 0) != 1)
			goto fail;
	}
	free(json);
	json_decref(rows);
	free(qa);
	free(vals);
	return 1;
fail:
	free(json);
	json_decref(rows);
	free(qa);
	free(vals);
	return -1;
}

/* The questionnaire cache lives in the worker: a round's version never
 * changes, so what is parsed once stays right. */
const struct qn *
qn_get(struct worker *w, long long id)
{
	char		 err[1024];
	char		*xml;
	size_t		 len, i;
	xmlDocPtr	 doc;
	struct qn	*qn;

	for (i = 0; i < QN_CACHE; i++)
		if (w->qn[i] != NULL && w->qn_id[i] == id)
			return w->qn[i];
	if ((xml = db_qn_xml(w->db, id, &len)) == NULL)
		return NULL;
	/* It was validated at import; a failure here is a damaged row. */
	doc = qn_parse(xml, len, err, sizeof(err));
	free(xml);
	if (doc == NULL || (qn = qn_build(doc, err, sizeof(err))) == NULL) {
		log_error("monitor: questionnaire %lld does not build: %s", id,
		    err);
		xmlFreeDoc(doc);
		return NULL;
	}
	i = w->qn_next++ % QN_CACHE;
	qn_free(w->qn[i]);
	w->qn[i] = qn;
	w->qn_id[i] = id;
	return qn;
}
