/*
 * The rules of registering for an event, cancelling and promoting from
 * the waiting list. Each function runs inside the caller's transaction
 * and starts by locking the event's row, the counter every registration
 * for that event updates: registrations for one event are therefore
 * decided one at a time, on one server by the lock and on a Galera
 * cluster by certification (the loser is retried by the dispatcher).
 * Reads are READ COMMITTED (db.c), so counts taken under the lock are
 * exact.
 *
 * The rules: a registration is refused when registration is not open or
 * the address is registered already; a municipality at its per-event
 * limit is refused unless the registrant asked for the waiting list; a
 * full event puts registrations on the waiting list in order. A freed
 * place goes to the first on the waiting list whose municipality is below
 * its limit. Every change queues its notices in the same transaction.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "domain.h"

const char *
event_reg_state(const struct db_event *ev)
{
	char now[24];

	if (strcmp(ev->status, "cancelled") == 0)
		return "cancelled";
	if (strcmp(ev->status, "open") != 0)
		return "closed";
	clock_local_now(now);
	if (ev->opens_at[0] != '\0' && strcmp(now, ev->opens_at) < 0)
		return "not-yet";
	if (strcmp(now, ev->closes_at[0] ? ev->closes_at : ev->starts_at) >= 0)
		return "closed";
	if (ev->confirmed >= ev->capacity)
		return "full";
	return "open";
}

/* The facts every registration notice carries (see CONTRACT4). */
static json_t *
notice_data(const struct db_event *ev, const struct db_registration *g,
    long long org_confirmed)
{
	return json_pack("{s:{s:I,s:s,s:s},s:{s:I,s:s,s:s,s:s,s:s,s:s},"
	    "s:{s:I,s:I,s:I,s:I,s:I}}",
	    "event", "id", (json_int_t)ev->id, "title", ev->title,
	    "starts_at", ev->starts_at,
	    "registration", "id", (json_int_t)g->id, "status", g->status,
	    "name", g->name, "email", g->email, "job_title", g->job_title,
	    "organisation", g->org_name,
	    "counts", "capacity", (json_int_t)ev->capacity,
	    "confirmed", (json_int_t)ev->confirmed,
	    "waiting", (json_int_t)ev->waiting,
	    "organisation_confirmed", (json_int_t)org_confirmed,
	    "per_org_limit", (json_int_t)ev->per_org_limit);
}

/* Makes the <mail> document of a registration notice. */
static xmlDocPtr
notice_mail(const struct reg_ctx *c, const char *type, const char *lang,
    const struct db_event *ev, const struct db_registration *g,
    const char *link)
{
	xmlDocPtr	 doc;
	xmlNodePtr	 root, e;

	if ((doc = mail_doc(type, lang, &root)) == NULL)
		return NULL;
	if ((e = doc_elem(root, "event")) == NULL ||
	    doc_attr_int(e, "id", ev->id) == -1 ||
	    doc_text(e, "title", ev->title) == NULL ||
	    doc_datetime(e, "start", ev->starts_at) == NULL ||
	    doc_datetime(e, "end", ev->ends_at) == NULL ||
	    doc_text(e, "place", ev->place) == NULL ||
	    (ev->online_url[0] &&
	    doc_text(e, "online-url", ev->online_url) == NULL) ||
	    doc_int(e, "capacity", ev->capacity) == NULL ||
	    doc_int(e, "confirmed", ev->confirmed) == NULL ||
	    doc_int(e, "waiting", ev->waiting) == NULL ||
	    (e = doc_elem(root, "registration")) == NULL ||
	    doc_attr(e, "status", g->status) == -1 ||
	    doc_attr_int(e, "position", g->position) == -1 ||
	    doc_text(e, "name", g->name) == NULL ||
	    doc_text(e, "email", g->email) == NULL ||
	    doc_text(e, "job-title", g->job_title) == NULL ||
	    doc_text(e, "organisation", g->org_name) == NULL ||
	    (link != NULL && doc_text(root, "link", link) == NULL) ||
	    doc_text(root, "base-url", c->cfg->base_url) == NULL) {
		xmlFreeDoc(doc);
		return NULL;
	}
	return doc;
}

/* Queues one notice: type to the addresses to (comma-separated). */
static int
notify(const struct reg_ctx *c, const char *type, const char *to,
    const char *lang, const struct db_event *ev,
    const struct db_registration *g, long long org_confirmed,
    const char *link)
{
	xmlDocPtr	 mail;
	int		 rc;

	if ((mail = notice_mail(c, type, lang, ev, g, link)) == NULL)
		return -1;
	rc = outbox_put(c->db, c->cfg, c->rd, type,
	    notice_data(ev, g, org_confirmed), mail, to, NULL);
	xmlFreeDoc(mail);
	return rc;
}

int
registration_create(const struct reg_ctx *c, struct db_registration *g,
    int join_waiting, char token[64], int *outcome,
    long long *org_count, long long *limit)
{
	struct db_event		 ev;
	const char		*state;
	unsigned char		 hash[32];
	char			 link[1024];
	long long		 seq = 0, n;
	int			 rc;

	if ((rc = db_event_get(c->db, g->event_id, 1, 0, &ev)) != 1)
		return rc == 0 ? (*outcome = REG_NO_EVENT, 0) : -1;
	state = event_reg_state(&ev);
	if (strcmp(state, "open") != 0 && strcmp(state, "full") != 0) {
		*outcome = strcmp(state, "cancelled") == 0 ? REG_CANCELLED :
		    strcmp(state, "not-yet") == 0 ? REG_NOT_YET : REG_CLOSED;
		return 0;
	}
	if ((n = db_reg_active_email(c->db, ev.id, g->email)) == -1)
		return -1;
	if (n > 0) {
		*outcome = REG_DUPLICATE;
		return 0;
	}
	if ((*org_count = db_reg_org_confirmed(c->db, ev.id, g->org_id)) ==
	    -1)
		return -1;
	*limit = ev.per_org_limit;
	if (ev.per_org_limit >= 0 && *org_count >= ev.per_org_limit) {
		if (!join_waiting) {
			*outcome = REG_ORG_LIMIT;
			return 0;
		}
		snprintf(g->status, sizeof(g->status), "waiting");
	} else if (ev.confirmed >= ev.capacity)
		snprintf(g->status, sizeof(g->status), "waiting");
	else
		snprintf(g->status, sizeof(g->status), "confirmed");

	if (strcmp(g->status, "waiting") == 0 &&
	    (seq = db_reg_next_seq(c->db, ev.id)) == -1)
		return -1;
	if (token_new(token, 64, hash) == -1 ||
	    (g->id = db_reg_add(c->db, g, hash, seq)) == -1)
		return -1;
	/* Always the counter row: this is what makes two registrations for
	 * one event collide, on any number of servers. */
	if (strcmp(g->status, "confirmed") == 0) {
		ev.confirmed++;
		(*org_count)++;
		rc = db_event_counts(c->db, ev.id, 1, 0);
	} else {
		ev.waiting++;
		g->position = ev.waiting;
		rc = db_event_counts(c->db, ev.id, 0, 1);
	}
	if (rc == -1)
		return -1;
	*outcome = strcmp(g->status, "confirmed") == 0 ? REG_CONFIRMED :
	    REG_WAITING;
	snprintf(link, sizeof(link), "%s/aanmelding/%s", c->cfg->base_url,
	    token);
	if (notify(c, "registration.created", ev.notify_emails, "nl", &ev, g,
	    *org_count, NULL) == -1 ||
	    notify(c, "registration.confirmation", g->email, g->lang, &ev, g,
	    *org_count, link) == -1)
		return -1;
	return 0;
}

/* The context promote() needs to find its candidate. */
struct pick {
	struct reg_ctx		 c;
	const struct db_event	*ev;
	struct db_registration	 found;
	int			 have;
	int			 failed;
};

/* Takes the first waiting registration whose municipality is below its
 * limit. */
static int
pick_waiting(const struct db_registration *g, void *arg)
{
	struct pick	*p = arg;
	long long	 n;

	if (p->have)
		return 0;
	if (p->ev->per_org_limit >= 0) {
		if ((n = db_reg_org_confirmed(p->c.db, g->event_id,
		    g->org_id)) == -1) {
			p->failed = 1;
			return -1;
		}
		if (n >= p->ev->per_org_limit)
			return 0;
	}
	p->found = *g;
	p->have = 1;
	return 0;
}

/*
 * Fills the event's free places from the waiting list, in order, skipping
 * municipalities at their limit. ev is the locked row and is kept up to
 * date. Returns the number promoted, or -1.
 */
static int
promote(const struct reg_ctx *c, struct db_event *ev)
{
	struct pick	*p;
	long long	 n;
	int		 promoted = 0, rc = -1;

	if ((p = malloc(sizeof(*p))) == NULL)
		return -1;
	while (ev->confirmed < ev->capacity && ev->waiting > 0) {
		memset(p, 0, sizeof(*p));
		p->c = *c;
		p->ev = ev;
		if (db_regs_list(c->db, ev->id, 1, pick_waiting, p) == -1 &&
		    (p->failed || !p->have))
			goto out;
		if (!p->have)
			break;
		if (db_reg_set_status(c->db, p->found.id, "confirmed") == -1 ||
		    db_event_counts(c->db, ev->id, 1, -1) == -1)
			goto out;
		ev->confirmed++;
		ev->waiting--;
		snprintf(p->found.status, sizeof(p->found.status), "confirmed");
		p->found.position = 0;
		if ((n = db_reg_org_confirmed(c->db, ev->id,
		    p->found.org_id)) == -1 ||
		    notify(c, "registration.promoted", ev->notify_emails, "nl",
		    ev, &p->found, n, NULL) == -1 ||
		    notify(c, "registration.promotion", p->found.email,
		    p->found.lang, ev,
		    &p->found, n, NULL) == -1)
			goto out;
		promoted++;
	}
	rc = promoted;
out:
	free(p);
	return rc;
}

int
registration_cancel(const struct reg_ctx *c, struct db_registration *g)
{
	struct db_event	 ev;
	long long	 n;
	int		 was_confirmed, rc;

	if ((rc = db_event_get(c->db, g->event_id, 1, 0, &ev)) != 1)
		return rc == 0 ? 0 : -1;
	/* Read again under the lock: it may have changed since. */
	if ((rc = db_reg_by_id(c->db, g->event_id, g->id, g)) != 1)
		return rc == 0 ? 0 : -1;
	if (strcmp(g->status, "cancelled") == 0)
		return 0;
	was_confirmed = strcmp(g->status, "confirmed") == 0;
	if (db_reg_set_status(c->db, g->id, "cancelled") == -1 ||
	    db_event_counts(c->db, ev.id, was_confirmed ? -1 : 0,
	    was_confirmed ? 0 : -1) == -1)
		return -1;
	if (was_confirmed)
		ev.confirmed--;
	else
		ev.waiting--;
	snprintf(g->status, sizeof(g->status), "cancelled");
	g->position = 0;
	if ((n = db_reg_org_confirmed(c->db, ev.id, g->org_id)) == -1 ||
	    notify(c, "registration.cancelled", ev.notify_emails, "nl", &ev, g,
	    n, NULL) == -1)
		return -1;
	return promote(c, &ev) == -1 ? -1 : 1;
}

int
registration_fill(const struct reg_ctx *c, long long event_id)
{
	struct db_event	ev;
	int		rc;

	if ((rc = db_event_get(c->db, event_id, 1, 0, &ev)) != 1)
		return rc == 0 ? 0 : -1;
	return promote(c, &ev);
}
