/*
 * The programme as the public sees it: the list of events (the home page
 * and /programma), one event with its materials, the event as an
 * iCalendar file, the registration form (throttled per client and per
 * registrant address), and the page behind the link a registrant
 * receives (with its confirm button, and a link to the page of its own
 * that asks before cancelling); and the coordinator's
 * page of registrations that wait for approval (org_domains). The rules
 * themselves live in registration.c; these handlers read input, call them
 * and build pages.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "handlers.h"

/* The municipality whose places a signed-in visitor sees, or 0. */
static long long
own_org(const struct req *r)
{
	return r->signed_in && strcmp(r->user.org_kind, "gemeente") == 0 ?
	    r->user.org_id : 0;
}

struct list_ctx {
	xmlNodePtr		 events;
	int			 own;
};

static int
event_item(const struct db_event *ev, const struct db_sessions *ss,
    void *arg)
{
	struct list_ctx *c = arg;

	if (event_xml(c->events, ev, c->own) == -1)
		return -1;
	return listed_sessions_xml(xmlGetLastChild(c->events), ev, ss);
}

/* Builds page name listing the published events. Returns 0/-1. */
static int
events_page(struct worker *w, struct req *r, struct resp *o,
    const char *name)
{
	struct list_ctx	 c;
	xmlNodePtr	 root;

	c.own = own_org(r) != 0;
	if ((root = page_start(r, o, name, 200)) == NULL ||
	    (c.events = doc_elem(root, "events")) == NULL)
		return -1;
	/* A municipality's staff see when their monitor is due. */
	if ((r->role == ROLE_MEMBER || r->role == ROLE_COORDINATOR) &&
	    strcmp(name, "home") == 0 &&
	    monitor_deadline_xml(w, r->user.org_id, 0, root) == -1)
		return -1;
	/* The events and their sessions: one statement. */
	return db_events_sessions(w->db, 0, own_org(r), event_item, &c);
}

int
handle_home(struct worker *w, struct req *r, struct resp *o)
{
	return events_page(w, r, o, "home");
}

int
handle_programme(struct worker *w, struct req *r, struct resp *o)
{
	return events_page(w, r, o, "programme");
}

int
handle_healthz(struct worker *w, struct req *r, struct resp *o)
{
	(void)r;
	if (db_ping(w->db) == -1)
		return resp_text(o, 503, "text/plain; charset=utf-8",
		    "database unavailable\n");
	return resp_text(o, 200, "text/plain; charset=utf-8", "ok\n");
}

/*
 * Reads the event of the URL for the public: drafts exist only for
 * organisers. Returns 1 with it, 0 after making o a 404, -1 on failure.
 */
static int
public_event(struct worker *w, struct req *r, struct resp *o,
    struct db_event *ev)
{
	int rc;

	if ((rc = db_event_get(w->db, r->ids[0], 0, own_org(r), ev)) == -1)
		return -1;
	if (rc == 0 || (strcmp(ev->status, "draft") == 0 &&
	    r->role != ROLE_ORGANISER && r->role != ROLE_ADMIN))
		return error_page(r, o, 404, NULL) == -1 ? -1 : 0;
	return 1;
}

int
handle_event(struct worker *w, struct req *r, struct resp *o)
{
	struct db_event	*ev;
	xmlNodePtr	 root;
	int		 rc = -1;

	if ((ev = malloc(sizeof(*ev))) == NULL)
		return -1;
	if ((rc = public_event(w, r, o, ev)) != 1)
		goto out;
	rc = -1;
	if ((root = page_start(r, o, "event", 200)) == NULL ||
	    event_xml(root, ev, own_org(r) != 0) == -1 ||
	    event_sessions_xml(w->db, xmlGetLastChild(root), ev) == -1 ||
	    materials_xml(w->db, root, ev->id) == -1)
		goto out;
	rc = 0;
out:
	free(ev);
	return rc < 0 ? -1 : 0;
}

int
handle_event_ics(struct worker *w, struct req *r, struct resp *o)
{
	struct db_event	*ev;
	struct db_sessions *ss;
	char		*ics, disp[96];
	size_t		 len;
	int		 rc;

	if ((ev = malloc(sizeof(*ev))) == NULL)
		return -1;
	if ((ss = malloc(sizeof(*ss))) == NULL) {
		free(ev);
		return -1;
	}
	if ((rc = public_event(w, r, o, ev)) == 1 &&
	    (rc = db_sessions_get(w->db, ev, ss)) == 0)
		rc = error_page(r, o, 404, NULL);	/* gone meanwhile */
	if (rc != 1) {
		free(ev);
		free(ss);
		return rc;
	}
	rc = -1;
	/* One VEVENT per session, each with its own UID (RFC 5545 3.6.1). */
	if ((ics = ics_sessions(ev, ss, "PUBLISH", w->cfg->base_url,
	    &len)) != NULL) {
		resp_reset(o);
		o->status = 200;
		o->type = "text/calendar; charset=utf-8";
		o->body = ics;
		o->bodysz = len;
		snprintf(disp, sizeof(disp), "attachment; "
		    "filename=\"cimolt-%lld.ics\"", ev->id);
		rc = resp_header(o, "Content-Disposition", disp);
	}
	free(ev);
	free(ss);
	return rc;
}

/* The registration form's fields. gast_organisatie: on an open event, the
 * name of a guest's organisation that the list lacks. */
enum {
	RF_ORG,
	RF_GUEST,
	RF_NAME,
	RF_EMAIL,
	RF_JOB,
	RF_WAIT,
	RF__MAX
};

/* Whether the organisation is one the event takes (a municipality, or on
 * an open event any, or a guest's typed name) needs the database and the
 * event: the handler checks that after the table. */
static const struct form_field register_fields[RF__MAX] = {
	{ .name = "organisatie", .valid = VALID_ANY, .key = "field.choice" },
	{ .name = "gast_organisatie", .valid = VALID_TEXT, .max = 150,
	  .key = "field.text.invalid", .arg = 150, .blank = " \t" },
	FORM_TEXT("naam", 150),
	FORM_EMAIL("email"),
	FORM_TEXT("functie", 150),
	FORM_ANY("wachtlijst"),
};

static const struct form register_form = { register_fields, RF__MAX, 0 };

/* The waiting-list box, ticked when the visitor ticked it. */
static xmlNodePtr
waiting_checkbox(const struct form_value *v, xmlNodePtr f)
{
	xmlNodePtr box;

	if ((box = form_field(f, "wachtlijst", "checkbox", "yes", 0)) == NULL ||
	    (strcmp(v[RF_WAIT].s, "yes") == 0 &&
	    doc_attr(box, "checked", "yes") == -1))
		return NULL;
	return box;
}

/* Whether anyone may register for ev: any organisation, or a guest. */
static int
open_event(const struct db_event *ev)
{
	return strcmp(ev->open_to, "everyone") == 0;
}

/* The organisation fields of an open event's form (register-open): the
 * list of every organisation, not required when a guest types a name in
 * gast_organisatie under it. Returns 0/-1. */
static int
open_org_fields(struct worker *w, xmlNodePtr f, const char *orgv,
    const struct form_value *v)
{
	xmlNodePtr orgf, guest;

	if ((orgf = form_field(f, "organisatie", "organisation", orgv,
	    0)) == NULL || org_options(w->db, orgf, 1) == -1 ||
	    doc_attr(orgf, "required-if", "gast_organisatie") == -1 ||
	    (guest = form_field(f, "gast_organisatie", "text",
	    v[RF_GUEST].raw, 0)) == NULL ||
	    doc_attr(guest, "required-if", "organisatie") == -1)
		return -1;
	return 0;
}

/* The registration form of ev with what was typed (or the signed-in
 * user's details). Returns the form or NULL. */
static xmlNodePtr
registration_form(struct worker *w, struct req *r, xmlNodePtr root,
    const struct db_event *ev, const struct form_value *v)
{
	xmlNodePtr	 f, orgf;
	char		 action[64], org[24];
	int		 post = r->method == METHOD_POST, open = open_event(ev);
	const char	*orgv = v[RF_ORG].raw;

	if (!post && (own_org(r) != 0 || (open && r->signed_in))) {
		snprintf(org, sizeof(org), "%lld", r->user.org_id);
		orgv = org;
	}
	snprintf(action, sizeof(action), "/programma/%lld/aanmelden",
	    ev->id);
	if ((f = form_new(root, open ? "register-open" : "register",
	    action)) == NULL)
		return NULL;
	if (open ? open_org_fields(w, f, orgv, v) == -1 :
	    ((orgf = form_field(f, "organisatie", "organisation", orgv,
	    1)) == NULL || org_options(w->db, orgf, 0) == -1))
		return NULL;
	if (form_field(f, "naam", "text", post ? v[RF_NAME].raw :
	    r->signed_in ? r->user.name : NULL, 1) == NULL ||
	    form_field(f, "email", "email", post ? v[RF_EMAIL].raw :
	    r->signed_in ? r->user.email : NULL, 1) == NULL ||
	    form_field(f, "functie", "text", post ? v[RF_JOB].raw : NULL,
	    1) == NULL ||
	    (v[RF_WAIT].raw != NULL && waiting_checkbox(v, f) == NULL))
		return NULL;
	return f;
}

static const char *const outcome_keys[REG__MAX] = {
	NULL, /* REG_CONFIRMED */
	NULL, /* REG_WAITING */
	"register.org-limit", /* REG_ORG_LIMIT */
	"register.duplicate", /* REG_DUPLICATE */
	"register.closed", /* REG_CLOSED */
	"register.not-yet", /* REG_NOT_YET */
	"register.cancelled", /* REG_CANCELLED */
	NULL, /* REG_NO_EVENT */
	NULL, /* REG_PENDING */
	"register.waitlist-full", /* REG_WAITLIST_FULL */
	NULL, /* REG_APPROVAL */
};

/*
 * Checks the organisation of the posted form v for ev, setting errors in
 * v: a masterclass takes a municipality of the list; an open event any
 * organisation of the list, or else the name a guest typed (not both).
 * Fills org (id 0 and the typed name for a guest). Returns 0/-1.
 */
static int
register_org(struct worker *w, const struct db_event *ev,
    struct form_value *v, struct db_org *org)
{
	int	 found, open = open_event(ev);

	memset(org, 0, sizeof(*org));
	if (!open)
		v[RF_GUEST].error = NULL;	/* not on its form: unread */
	if (v[RF_ORG].error != NULL || v[RF_GUEST].error != NULL)
		return 0;
	if (v[RF_ORG].s[0] == '\0') {
		if (!open)
			v[RF_ORG].error = "field.required";
		else if (v[RF_GUEST].s[0] == '\0')
			v[RF_ORG].error = "register.org-or-guest";
		else
			snprintf(org->name, sizeof(org->name), "%s",
			    v[RF_GUEST].s);
		return 0;
	}
	if (open && v[RF_GUEST].s[0] != '\0') {
		v[RF_GUEST].error = "register.org-and-guest";
		return 0;
	}
	if ((found = db_org_find(w->db, v[RF_ORG].s, org)) == -1)
		return -1;
	if (found == 0 || (!open && strcmp(org->kind, "gemeente") != 0))
		v[RF_ORG].error = "field.choice";
	return 0;
}

int
handle_register(struct worker *w, struct req *r, struct resp *o)
{
	struct reg_ctx		 c = { w->db, w->cfg, w->render };
	struct db_event		*ev;
	struct db_registration	*g = NULL;
	struct db_org		 org;
	struct form_value	 v[RF__MAX];
	xmlNodePtr		 root, f, e;
	char			 token[64], loc[128];
	const char		*why;
	long long		 org_count = 0, limit = -1;
	int			 rc = -1, outcome, found, verified;

	if ((ev = malloc(sizeof(*ev))) == NULL)
		return -1;
	if ((rc = public_event(w, r, o, ev)) != 1)
		goto out;
	rc = -1;
	(void)form_read(r, &register_form, v);
	if ((root = page_start(r, o, "register", 200)) == NULL ||
	    event_xml(root, ev, own_org(r) != 0) == -1 ||
	    (f = registration_form(w, r, root, ev, v)) == NULL)
		goto out;
	if (r->method != METHOD_POST) {
		rc = 0;
		goto out;
	}
	if (register_org(w, ev, v, &org) == -1)
		goto out;
	if (form_bad(&register_form, v)) {
		if (form_mark(f, &register_form, v) == -1)
			goto out;
		goto unprocessable;
	}

	if ((g = calloc(1, sizeof(*g))) == NULL)
		goto out;
	g->event_id = ev->id;
	g->org_id = org.id;
	g->user_id = r->signed_in ? r->user.id : 0;
	snprintf(g->name, sizeof(g->name), "%s", v[RF_NAME].s);
	snprintf(g->email, sizeof(g->email), "%s", v[RF_EMAIL].s);
	email_lower(g->email);
	snprintf(g->job_title, sizeof(g->job_title), "%s", v[RF_JOB].s);
	snprintf(g->lang, sizeof(g->lang), "%s", lang_codes[r->lang]);
	snprintf(g->org_name, sizeof(g->org_name), "%s", org.name);
	/* One's own account's address was confirmed when the account was
	 * made: no link to follow. Any other address is confirmed first,
	 * and throttled, so that the form mails no one at will. */
	verified = r->signed_in && strcasecmp(r->user.email, g->email) == 0;
	if (!verified) {
		if ((found = registration_throttled(&c, r->address, g->email,
		    &why, &limit)) == -1)
			goto out;
		if (found) {
			rc = error_page_why(r, o, 429, why, limit);
			goto out;
		}
	}
	if (registration_create(&c, g, strcmp(v[RF_WAIT].s, "yes") == 0,
	    verified, token, &outcome, &org_count, &limit) == -1)
		goto out;
	if (outcome == REG_PENDING) {
		log_info("register: event %lld, registration %lld: pending",
		    ev->id, g->id);
		if (registration_attempt(&c, r->address, g->email) == -1)
			goto out;
		/* Not to the status page: who sent the form need not own
		 * the address, and only the mailed link leads there. */
		snprintf(loc, sizeof(loc),
		    "/programma/%lld?klaar=registration.check-mail", ev->id);
		rc = redirect(o, loc);
		goto out;
	}
	if (outcome == REG_CONFIRMED || outcome == REG_WAITING) {
		log_info("register: event %lld, registration %lld: %s",
		    ev->id, g->id, g->status);
		snprintf(loc, sizeof(loc), "/aanmelding/%s", token);
		rc = redirect(o, loc);
		goto out;
	}
	if (outcome == REG_NO_EVENT) {
		rc = error_page(r, o, 404, NULL);
		goto out;
	}
	/* Refused: the form again with why, and for a municipality at its
	 * limit the offer of the waiting list. */
	why = outcome_keys[outcome];
	if (open_event(ev) && outcome == REG_ORG_LIMIT)
		why = "register.org-limit-open";
	else if (open_event(ev) && outcome == REG_WAITLIST_FULL)
		why = "register.waitlist-full-open";
	if ((e = doc_elem(f, "error")) == NULL ||
	    doc_attr(e, "key", why) == -1)
		goto out;
	if (outcome == REG_WAITLIST_FULL &&
	    doc_attr_int(e, "arg", limit) == -1)
		goto out;
	if (outcome == REG_ORG_LIMIT &&
	    (doc_attr_int(e, "arg", limit) == -1 ||
	    doc_attr_int(e, "arg2", org_count) == -1 ||
	    (form_field_of(f, "wachtlijst") == NULL &&
	    waiting_checkbox(v, f) == NULL)))
		goto out;
unprocessable:
	o->status = 422;
	rc = doc_attr_int(root, "status", 422);
out:
	free(g);
	free(ev);
	return rc < 0 ? -1 : 0;
}

/*
 * Reads the registration of the URL's token. Returns 1 with it, 0 after
 * making o the 404 page for a link that leads nowhere, -1 on failure.
 */
static int
registration_of(struct worker *w, struct req *r, struct resp *o,
    struct db_registration *g)
{
	unsigned char	 hash[32];
	xmlNodePtr	 root;
	int		 rc = 0;

	if (token_hash(r->token, hash) == 0 &&
	    (rc = db_reg_by_token(w->db, hash, g)) == -1)
		return -1;
	if (rc == 1)
		return 1;
	if ((root = page_start(r, o, "registration", 404)) == NULL ||
	    doc_elem(root, "invalid-token") == NULL)
		return -1;
	return 0;
}

/*
 * The page behind a registration's link: its status with a link to
 * cancel it (asking 0), or the page of its own that asks to confirm the
 * cancelling, with the button (asking 1; a cancelled or expired one goes
 * back to the status page). Changes nothing. Returns 0/-1.
 */
static int
status_page(struct worker *w, struct req *r, struct resp *o, int asking)
{
	struct db_registration	*g;
	struct db_event		*ev;
	xmlNodePtr		 root, n, f;
	char			 action[128], local[24], until[24];
	long long		 moves = 0;
	int			 rc = -1, active;

	g = malloc(sizeof(*g));
	ev = malloc(sizeof(*ev));
	if (g == NULL || ev == NULL)
		goto out;
	if ((rc = registration_of(w, r, o, g)) != 1 ||
	    (rc = db_event_get(w->db, g->event_id, 0, 0, ev)) != 1) {
		rc = rc == -1 ? -1 : 0;
		goto out;
	}
	rc = -1;
	if (clock_utc_to_local(g->created, local) == -1)
		snprintf(local, sizeof(local), "%s", g->created);
	/* A pending one past its time is expired, whether or not the
	 * courier has got round to it. */
	if (strcmp(g->status, "pending") == 0 && g->lapsed)
		snprintf(g->status, sizeof(g->status), "expired");
	active = strcmp(g->status, "cancelled") != 0 &&
	    strcmp(g->status, "expired") != 0;
	if (asking && !active) {
		snprintf(action, sizeof(action), "/aanmelding/%s", r->token);
		rc = redirect(o, action);
		goto out;
	}
	/* A colleague's place moved to them waits for their word. */
	if (strcmp(g->status, "pending") == 0 &&
	    (moves = db_reg_move_of(w->db, g->id)) == -1)
		goto out;
	if ((root = page_start(r, o, "registration", 200)) == NULL ||
	    (moves > 0 && doc_attr(root, "move", "yes") == -1) ||
	    (n = doc_elem(root, "registration")) == NULL ||
	    doc_attr(n, "status", g->status) == -1 ||
	    (g->position > 0 &&
	    doc_attr_int(n, "position", g->position) == -1) ||
	    (strcmp(g->status, "pending") == 0 &&
	    (doc_attr(n, "held", g->held ? "yes" : "no") == -1 ||
	    (clock_utc_to_local(g->hold_until, until) == 0 &&
	    doc_datetime(n, "until", until) == NULL))) ||
	    doc_attr(n, "name", g->name) == -1 ||
	    doc_attr(n, "email", g->email) == -1 ||
	    doc_attr(n, "job-title", g->job_title) == -1 ||
	    doc_attr(n, "organisation", g->org_name) == -1 ||
	    doc_attr(n, "created", local) == -1 ||
	    event_xml(n, ev, 0) == -1 ||
	    event_sessions_xml(w->db, xmlGetLastChild(n), ev) == -1)
		goto out;
	/* The link in the first mail leads here: confirming is a button
	 * (a POST with its CSRF token), so that a mail scanner following
	 * the link confirms nothing. */
	snprintf(action, sizeof(action), "/aanmelding/%s/bevestigen", r->token);
	if (!asking && strcmp(g->status, "pending") == 0 &&
	    strcmp(ev->status, "cancelled") != 0 &&
	    (f = form_new(root, "confirm", action)) == NULL)
		goto out;
	/* Cancelling asks first, on a page of its own (a GET there changes
	 * nothing); its button is the POST. */
	snprintf(action, sizeof(action), "/aanmelding/%s/annuleren", r->token);
	if (active && (asking ? (f = form_new(root, "cancel", action)) == NULL :
	    (n = doc_elem(root, "cancel")) == NULL ||
	    doc_attr(n, "href", action) == -1))
		goto out;
	rc = 0;
out:
	free(g);
	free(ev);
	return rc;
}

int
handle_registration(struct worker *w, struct req *r, struct resp *o)
{
	return status_page(w, r, o, 0);
}

int
handle_registration_cancel(struct worker *w, struct req *r, struct resp *o)
{
	struct reg_ctx		 c = { w->db, w->cfg, w->render };
	struct db_registration	*g;
	char			 loc[128];
	int			 rc = -1;

	if (r->method != METHOD_POST)
		return status_page(w, r, o, 1);
	if ((g = malloc(sizeof(*g))) == NULL)
		return -1;
	if ((rc = registration_of(w, r, o, g)) != 1) {
		free(g);
		return rc;
	}
	if ((rc = registration_withdraw(&c, g,
	    "registration.cancellation")) == 1)
		log_info("register: registration %lld cancelled", g->id);
	free(g);
	if (rc == -1)
		return -1;
	snprintf(loc, sizeof(loc), "/aanmelding/%s?klaar=registration.cancelled",
	    r->token);
	return redirect(o, loc);
}

int
handle_registration_confirm(struct worker *w, struct req *r, struct resp *o)
{
	struct reg_ctx		 c = { w->db, w->cfg, w->render };
	struct db_registration	*g;
	char			 loc[128];
	long long		 moves;
	int			 rc = -1, outcome;

	if ((g = malloc(sizeof(*g))) == NULL)
		return -1;
	if ((rc = registration_of(w, r, o, g)) != 1) {
		free(g);
		return rc;
	}
	/* A colleague's place moved to them is taken over, not decided
	 * anew (a move's row never changes: no need of the lock here). */
	if ((moves = db_reg_move_of(w->db, g->id)) == -1)
		rc = -1;
	else if (moves > 0)
		rc = registration_move_confirm(&c, g, r->token, &outcome);
	else
		rc = registration_confirm(&c, g, r->token, &outcome);
	if (rc == 0 &&
	    (outcome == REG_CONFIRMED || outcome == REG_WAITING ||
	    outcome == REG_APPROVAL))
		log_info("register: registration %lld confirmed: %s", g->id,
		    g->status);
	free(g);
	if (rc == -1)
		return -1;
	/* Whatever happened, the status page says it. */
	snprintf(loc, sizeof(loc), "/aanmelding/%s", r->token);
	return redirect(o, loc);
}

/* One registration awaiting approval, on the coordinator's page. */
static int
approval_item(const struct db_registration *g, const char *title,
    const char *starts_at, void *arg)
{
	xmlNodePtr	 n;
	char		 local[24];

	if (clock_utc_to_local(g->created, local) == -1)
		snprintf(local, sizeof(local), "%s", g->created);
	if ((n = doc_elem(arg, "registration")) == NULL ||
	    doc_attr_int(n, "id", g->id) == -1 ||
	    doc_attr_int(n, "event", g->event_id) == -1 ||
	    doc_attr(n, "name", g->name) == -1 ||
	    doc_attr(n, "email", g->email) == -1 ||
	    doc_attr(n, "job-title", g->job_title) == -1 ||
	    doc_attr(n, "created", local) == -1 ||
	    doc_text(n, "title", title) == NULL ||
	    doc_datetime(n, "start", starts_at) == NULL)
		return -1;
	return 0;
}

int
handle_approvals(struct worker *w, struct req *r, struct resp *o)
{
	xmlNodePtr root, list;

	if ((root = page_start(r, o, "approvals", 200)) == NULL ||
	    (list = doc_elem(root, "approvals")) == NULL ||
	    (w->cfg->reg_org_domains &&
	    doc_attr(list, "org-domains", "yes") == -1))
		return -1;
	return db_regs_approval(w->db, r->user.org_id, approval_item,
	    list) == -1 ? -1 : 0;
}

/*
 * The coordinator approves or refuses a registration of their own
 * municipality that waits for it (ids: the event, the registration);
 * another municipality's is a 404. Back to the page with a notice.
 */
static int
approval_decide(struct worker *w, struct req *r, struct resp *o,
    int approve)
{
	struct reg_ctx		 c = { w->db, w->cfg, w->render };
	struct db_registration	*g;
	int			 rc, outcome;

	if ((g = malloc(sizeof(*g))) == NULL)
		return -1;
	if ((rc = db_reg_of_org(w->db, r->ids[0], r->ids[1], r->user.org_id,
	    g)) != 1) {
		free(g);
		return rc == -1 ? -1 : error_page(r, o, 404, NULL);
	}
	rc = registration_approve(&c, g, approve, &outcome);
	if (rc == 0 && outcome != REG_NO_EVENT)
		log_info("register: registration %lld %s by the coordinator",
		    g->id, approve ? "approved" : "refused");
	free(g);
	if (rc == -1)
		return -1;
	return redirect(o, approve ?
	    "/gemeente/aanmeldingen?klaar=registration.approved" :
	    "/gemeente/aanmeldingen?klaar=registration.refused");
}

int
handle_approval_approve(struct worker *w, struct req *r, struct resp *o)
{
	return approval_decide(w, r, o, 1);
}

int
handle_approval_refuse(struct worker *w, struct req *r, struct resp *o)
{
	return approval_decide(w, r, o, 0);
}
