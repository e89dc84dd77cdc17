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
 * full event puts registrations on the waiting list in order, at most
 * [registration] waitlist_max per municipality. A freed place goes to the
 * first on the waiting list whose municipality is below its limit. Every
 * change queues its notices in the same transaction. On an event open to
 * everyone the same rules hold per organisation, and a guest (no
 * organisation) counts with the others who typed the same organisation
 * name.
 *
 * Double opt-in: a registration made without an account, or for another
 * address than the account's own, is stored 'pending' and its address
 * gets a mail with fixed text and the link only. A pending registration
 * that found a place holds it (events.held_count) for hold_hours; using
 * the link decides it by the rules above (the held place becomes a
 * confirmed one), and only then are the organisers notified and the
 * registrant confirmed. Past its time it expires, and its place goes to
 * the next in line: at every decision about the event (so counts are
 * never stale) and from the courier's loop. With [registration]
 * org_domains, a confirmed address outside its municipality's mail
 * domains waits for the coordinator's approval instead (its held place is
 * given back meanwhile), and approving it decides it by the same rules.
 *
 * On a Galera cluster, a pending registration without a place changes no
 * counter: two of them for one event do not conflict, so the waiting
 * list's bound may be passed by the registrations in flight at once.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>
#include <sodium.h>

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
	if (ev->confirmed + ev->held >= ev->capacity)
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
	    event_sessions_xml(c->db, e, ev) == -1 ||
	    doc_int(e, "places-left", ev->capacity > ev->confirmed + ev->held ?
	    ev->capacity - ev->confirmed - ev->held : 0) == NULL ||
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

xmlDocPtr
registration_mail_doc(const struct reg_ctx *c, const char *type,
    const char *lang, const struct db_event *ev,
    const struct db_registration *g, const char *link)
{
	return notice_mail(c, type, lang, ev, g, link);
}

int
registration_notify(const struct reg_ctx *c, const char *type,
    const char *to, const char *lang, const struct db_event *ev,
    const struct db_registration *g, long long org_confirmed,
    const char *link)
{
	return notify(c, type, to, lang, ev, g, org_confirmed, link);
}

/* The first mail to an address not yet confirmed: fixed text and the
 * link, none of what was typed into the form, so that the form cannot
 * make the site mail someone words of another's choosing. The data
 * carries only the registration's id. */
static int
notify_verify(const struct reg_ctx *c, const struct db_registration *g,
    const char *link)
{
	xmlDocPtr	 mail;
	xmlNodePtr	 root;
	json_t		*data;
	int		 rc;

	if ((mail = mail_doc("registration.verify", g->lang, &root)) == NULL)
		return -1;
	if (doc_text(root, "link", link) == NULL ||
	    doc_int(root, "hold-hours", c->cfg->reg_hold_hours) == NULL) {
		xmlFreeDoc(mail);
		return -1;
	}
	data = json_pack("{s:{s:I}}", "registration", "id", (json_int_t)g->id);
	rc = outbox_put(c->db, c->cfg, c->rd, "registration.verify", data,
	    mail, g->email, NULL);
	xmlFreeDoc(mail);
	return rc;
}

static int promote(const struct reg_ctx *, struct db_event *);

/*
 * Expires the pending registrations of the locked event ev whose time is
 * up, gives the places they held back and fills them from the waiting
 * list. Called before every decision about the event, so that counts are
 * never stale, and by the courier for events nobody touches. Returns the
 * number of places given back, or -1.
 */
static long long
release_expired(const struct reg_ctx *c, struct db_event *ev)
{
	long long n;

	if ((n = db_regs_expire(c->db, ev->id, 1)) == -1 ||
	    db_regs_expire(c->db, ev->id, 0) == -1)
		return -1;
	if (n == 0)
		return 0;
	if (db_event_held(c->db, ev->id, -n) == -1)
		return -1;
	ev->held -= n;
	return promote(c, ev) == -1 ? -1 : n;
}

/* A count (which) of g's organisation on g's event: of the organisation,
 * or for a guest (org_id 0) of the organisation name they typed. The
 * number or -1. */
static long long
org_tally(const struct reg_ctx *c, const struct db_registration *g,
    enum reg_count which)
{
	if (g->org_id == 0)
		return db_reg_guest_count(c->db, g->event_id, g->org_name,
		    which);
	if (which == REG_COUNT_TAKEN)
		return db_reg_org_taken(c->db, g->event_id, g->org_id);
	if (which == REG_COUNT_WAITING)
		return db_reg_org_waiting(c->db, g->event_id, g->org_id);
	return db_reg_org_confirmed(c->db, g->event_id, g->org_id);
}

/* Whether g's organisation may take one more place of the locked event
 * ev now (below its limit, and a place free). 1, 0 or -1. */
static int
place_free(const struct reg_ctx *c, const struct db_event *ev,
    const struct db_registration *g, long long *taken)
{
	if ((*taken = org_tally(c, g, REG_COUNT_TAKEN)) == -1)
		return -1;
	if (ev->per_org_limit >= 0 && *taken >= ev->per_org_limit)
		return 0;
	return ev->confirmed + ev->held < ev->capacity;
}

/*
 * Gives g a place (place 1) or puts it on the waiting list, on the locked
 * event ev: a new registration (stored 0) is inserted with token_hash, a
 * pending one (stored 1) decided. Then the organisers are notified and
 * the registrant gets the confirmation with link. Returns 0/-1.
 */
static int
settle(const struct reg_ctx *c, struct db_event *ev,
    struct db_registration *g, int place, int stored,
    const unsigned char token_hash[32], const char *link, int *outcome)
{
	long long	 seq = 0, n;
	char		 fresh[1024];

	snprintf(g->status, sizeof(g->status), "%s",
	    place ? "confirmed" : "waiting");
	if (!place && (seq = db_reg_next_seq(c->db, ev->id)) == -1)
		return -1;
	if (stored) {
		if ((n = db_reg_decide(c->db, g->id, g->status, seq)) != 1)
			return -1;
		if (g->held) {
			if (db_event_held(c->db, ev->id, -1) == -1)
				return -1;
			ev->held--;
			g->held = 0;
		}
	} else if ((g->id = db_reg_add(c->db, g, token_hash, seq, 0)) == -1)
		return -1;
	/* Always the counter row: this is what makes two registrations for
	 * one event collide, on any number of servers. */
	if (place) {
		ev->confirmed++;
		g->position = 0;
		if (db_event_counts(c->db, ev->id, 1, 0) == -1)
			return -1;
	} else {
		ev->waiting++;
		g->position = ev->waiting;
		if (db_event_counts(c->db, ev->id, 0, 1) == -1)
			return -1;
	}
	*outcome = place ? REG_CONFIRMED : REG_WAITING;
	/* Decided by someone else (the coordinator): a link of its own. */
	if (link == NULL) {
		if (event_link_new(c, g->id, fresh, sizeof(fresh)) == -1)
			return -1;
		link = fresh;
	}
	if ((n = org_tally(c, g, REG_COUNT_CONFIRMED)) == -1 ||
	    notify(c, "registration.created", ev->notify_emails, "nl", ev, g,
	    n, NULL) == -1 ||
	    notify(c, "registration.confirmation", g->email, g->lang, ev, g,
	    n, link) == -1)
		return -1;
	return 0;
}

int
registration_create(const struct reg_ctx *c, struct db_registration *g,
    int join_waiting, int verified, char token[64], int *outcome,
    long long *org_count, long long *limit)
{
	struct db_event		 ev;
	const char		*state;
	unsigned char		 hash[32];
	char			 link[1024];
	long long		 n;
	int			 rc, place;

	if ((rc = db_event_get(c->db, g->event_id, 1, 0, &ev)) != 1)
		return rc == 0 ? (*outcome = REG_NO_EVENT, 0) : -1;
	if (release_expired(c, &ev) == -1)
		return -1;
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
	if ((place = place_free(c, &ev, g, org_count)) == -1)
		return -1;
	*limit = ev.per_org_limit;
	if (!place && ev.per_org_limit >= 0 &&
	    *org_count >= ev.per_org_limit && !join_waiting) {
		*outcome = REG_ORG_LIMIT;
		return 0;
	}
	/* The waiting list is bounded per municipality, the registrations
	 * still to be confirmed that will join it included. */
	if (!place) {
		if ((n = org_tally(c, g, REG_COUNT_WAITING)) == -1)
			return -1;
		if (n >= c->cfg->reg_waitlist_max) {
			*limit = c->cfg->reg_waitlist_max;
			*outcome = REG_WAITLIST_FULL;
			return 0;
		}
	}
	if (token_new(token, 64, hash) == -1)
		return -1;
	snprintf(link, sizeof(link), "%s/aanmelding/%s", c->cfg->base_url,
	    token);
	if (verified)
		return settle(c, &ev, g, place, 0, hash, link, outcome);

	/* Not yet: the registration waits for its address to be confirmed,
	 * keeping the place it found (if any) until hold_hours are up. */
	snprintf(g->status, sizeof(g->status), "pending");
	g->held = place;
	g->position = 0;
	if ((g->id = db_reg_add(c->db, g, hash, 0,
	    c->cfg->reg_hold_hours)) == -1)
		return -1;
	if (place) {
		ev.held++;
		(*org_count)++;
		if (db_event_held(c->db, ev.id, 1) == -1)
			return -1;
	}
	*outcome = REG_PENDING;
	return notify_verify(c, g, link);
}

/* Returns 1 when the domain of email is one of the space-separated
 * domains, else 0. */
static int
domain_listed(const char *email, const char *domains)
{
	const char	*at = strrchr(email, '@'), *p = domains;
	size_t		 len, n;

	if (at == NULL)
		return 0;
	at++;
	len = strlen(at);
	while (*p != '\0') {
		while (*p == ' ' || *p == ',')
			p++;
		for (n = 0; p[n] != '\0' && p[n] != ' ' && p[n] != ','; n++)
			continue;
		if (n > 0 && n == len && strncasecmp(p, at, n) == 0)
			return 1;
		p += n;
	}
	return 0;
}

/* The addresses of a mail to several, separated by commas. */
struct to_list {
	char	 buf[4001];
	size_t	 len;
	int	 left_out;
};

static int
add_to(const struct db_user *u, void *arg)
{
	struct to_list	*t = arg;
	int		 n;

	n = snprintf(t->buf + t->len, sizeof(t->buf) - t->len, "%s%s",
	    t->len > 0 ? "," : "", u->email);
	if (n < 0 || (size_t)n >= sizeof(t->buf) - t->len) {
		t->buf[t->len] = '\0';	/* the list so far stays whole */
		t->left_out++;
	} else
		t->len += (size_t)n;
	return 0;
}

/* Tells the municipality's coordinators that a registration waits for
 * their approval, with the link to their page (no word of the form's: the
 * page shows who). Nobody to tell is no failure: the page lists it. */
static int
notify_coordinators(const struct reg_ctx *c, const struct db_event *ev,
    const struct db_registration *g)
{
	xmlDocPtr	 mail;
	xmlNodePtr	 root, e;
	json_t		*data;
	struct to_list	 to = { .len = 0 };
	int		 rc;

	to.buf[0] = '\0';
	if (db_coordinators_list(c->db, g->org_id, add_to, &to) == -1)
		return -1;
	if (to.left_out > 0)
		log_warn("registration %lld: %d coordinator(s) left out of the "
		    "approval mail: too many addresses", g->id, to.left_out);
	if (to.len == 0)
		return 0;
	if ((mail = mail_doc("registration.approval", "nl", &root)) == NULL)
		return -1;
	if ((e = doc_elem(root, "event")) == NULL ||
	    doc_attr_int(e, "id", ev->id) == -1 ||
	    doc_text(e, "title", ev->title) == NULL ||
	    doc_text(root, "base-url", c->cfg->base_url) == NULL) {
		xmlFreeDoc(mail);
		return -1;
	}
	data = json_pack("{s:{s:I},s:{s:I,s:s}}", "event", "id",
	    (json_int_t)ev->id, "registration", "id", (json_int_t)g->id,
	    "status", "approval");
	rc = outbox_put(c->db, c->cfg, c->rd, "registration.approval", data,
	    mail, to.buf, NULL);
	xmlFreeDoc(mail);
	return rc;
}

int
registration_confirm(const struct reg_ctx *c, struct db_registration *g,
    const char *token, int *outcome)
{
	struct db_event	 ev;
	char		 link[1024], domains[501];
	long long	 taken;
	int		 rc, place;

	*outcome = REG_NO_EVENT;
	if ((rc = db_event_get(c->db, g->event_id, 1, 0, &ev)) != 1)
		return rc == 0 ? 0 : -1;
	if (release_expired(c, &ev) == -1)
		return -1;
	/* Read again under the lock: it may have changed, or expired. */
	if ((rc = db_reg_by_id(c->db, g->event_id, g->id, g)) != 1)
		return rc == 0 ? 0 : -1;
	if (strcmp(g->status, "pending") != 0)
		return 0;
	if (strcmp(ev.status, "cancelled") == 0) {
		*outcome = REG_CANCELLED;
		return 0;
	}
	/* An address outside its municipality's domains waits for the
	 * coordinator, giving back the place it held meanwhile. A guest has
	 * no organisation, and so no domains or coordinator. */
	if (c->cfg->reg_org_domains && g->org_id != 0) {
		if ((rc = db_org_domains(c->db, g->org_id, domains,
		    sizeof(domains))) == -1)
			return -1;
		if (rc == 0 || !domain_listed(g->email, domains)) {
			if (db_reg_decide(c->db, g->id, "approval", 0) != 1)
				return -1;
			snprintf(g->status, sizeof(g->status), "approval");
			*outcome = REG_APPROVAL;
			if (notify_coordinators(c, &ev, g) == -1)
				return -1;
			if (!g->held)
				return 0;
			if (db_event_held(c->db, ev.id, -1) == -1)
				return -1;
			ev.held--;
			return promote(c, &ev) == -1 ? -1 : 0;
		}
	}
	if (g->held)
		place = 1;
	else if ((place = place_free(c, &ev, g, &taken)) == -1)
		return -1;
	snprintf(link, sizeof(link), "%s/aanmelding/%s", c->cfg->base_url,
	    token);
	return settle(c, &ev, g, place, 1, NULL, link, outcome);
}

int
registration_approve(const struct reg_ctx *c, struct db_registration *g,
    int approve, int *outcome)
{
	struct db_event	 ev;
	long long	 taken;
	int		 rc, place;

	*outcome = REG_NO_EVENT;
	if ((rc = db_event_get(c->db, g->event_id, 1, 0, &ev)) != 1)
		return rc == 0 ? 0 : -1;
	if (release_expired(c, &ev) == -1)
		return -1;
	if ((rc = db_reg_by_id(c->db, g->event_id, g->id, g)) != 1)
		return rc == 0 ? 0 : -1;
	if (strcmp(g->status, "approval") != 0)
		return 0;
	if (!approve || strcmp(ev.status, "cancelled") == 0) {
		*outcome = REG_CANCELLED;
		snprintf(g->status, sizeof(g->status), "cancelled");
		return db_reg_set_status(c->db, g->id, "cancelled");
	}
	if ((place = place_free(c, &ev, g, &taken)) == -1)
		return -1;
	/* The confirmation carries a fresh link (settle makes it). */
	return settle(c, &ev, g, place, 1, NULL, NULL, outcome);
}

int
registration_expire(const struct reg_ctx *c, long long event_id)
{
	struct db_event	 ev;
	int		 rc;

	if ((rc = db_event_get(c->db, event_id, 1, 0, &ev)) != 1)
		return rc == 0 ? 0 : -1;
	return release_expired(c, &ev) == -1 ? -1 : 0;
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
		if ((n = org_tally(&p->c, g, REG_COUNT_TAKEN)) == -1) {
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
	char		 link[1024];
	int		 promoted = 0, rc = -1;

	if ((p = malloc(sizeof(*p))) == NULL)
		return -1;
	while (ev->confirmed + ev->held < ev->capacity && ev->waiting > 0) {
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
		if ((n = org_tally(c, &p->found, REG_COUNT_CONFIRMED)) == -1 ||
		    event_link_new(c, p->found.id, link, sizeof(link)) == -1 ||
		    notify(c, "registration.promoted", ev->notify_emails, "nl",
		    ev, &p->found, n, NULL) == -1 ||
		    notify(c, "registration.promotion", p->found.email,
		    p->found.lang, ev, &p->found, n, link) == -1)
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
	long long	 n, dconfirmed = 0, dwaiting = 0, dheld = 0;
	int		 rc, known;

	if ((rc = db_event_get(c->db, g->event_id, 1, 0, &ev)) != 1)
		return rc == 0 ? 0 : -1;
	if (release_expired(c, &ev) == -1)
		return -1;
	/* Read again under the lock: it may have changed since. */
	if ((rc = db_reg_by_id(c->db, g->event_id, g->id, g)) != 1)
		return rc == 0 ? 0 : -1;
	if (strcmp(g->status, "cancelled") == 0 ||
	    strcmp(g->status, "expired") == 0)
		return 0;
	if (strcmp(g->status, "confirmed") == 0)
		dconfirmed = -1;
	else if (strcmp(g->status, "waiting") == 0)
		dwaiting = -1;
	else if (strcmp(g->status, "pending") == 0 && g->held)
		dheld = -1;
	/* The organisers heard only of registrations that were decided. */
	known = dconfirmed != 0 || dwaiting != 0;
	if (db_reg_set_status(c->db, g->id, "cancelled") == -1 ||
	    ((dconfirmed || dwaiting) && db_event_counts(c->db, ev.id,
	    dconfirmed, dwaiting) == -1) ||
	    (dheld && db_event_held(c->db, ev.id, dheld) == -1))
		return -1;
	ev.confirmed += dconfirmed;
	ev.waiting += dwaiting;
	ev.held += dheld;
	snprintf(g->status, sizeof(g->status), "cancelled");
	g->position = 0;
	g->held = 0;
	if (known &&
	    ((n = org_tally(c, g, REG_COUNT_CONFIRMED)) == -1 ||
	    notify(c, "registration.cancelled", ev.notify_emails, "nl", &ev, g,
	    n, NULL) == -1))
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
	if (release_expired(c, &ev) == -1)
		return -1;
	return promote(c, &ev);
}

int
registration_throttled(const struct reg_ctx *c, const char *client,
    const char *email, const char **key, long long *limit)
{
	unsigned char	 hash[32];
	int		 at, n;

	account_email_hash(email, hash);
	if ((at = throttle_reached(c->db, c->cfg, THROTTLE_REGISTRATION, hash,
	    client, &n)) <= 0)
		return at;
	*key = at & THROTTLED_CLIENT ? "register.throttled.client" :
	    "register.throttled.address";
	*limit = n;
	return 1;
}

int
registration_attempt(const struct reg_ctx *c, const char *client,
    const char *email)
{
	unsigned char hash[32];

	account_email_hash(email, hash);
	return throttle_add(c->db, THROTTLE_REGISTRATION, hash, client);
}
