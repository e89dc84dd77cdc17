/*
 * The organisers' side of the programme: every event (drafts too), the
 * form to create or edit one (status included: draft, open, closed,
 * cancelled; its sessions as rows, see sessions-form.c; cancelling it or
 * moving a session tells the registrants, see event-change.c), one
 * event's registrations by municipality with the waiting
 * list in order, cancelling on someone's behalf, materials, the
 * attendance list for printing and the CSV export for Dutch Excel.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "handlers.h"

static int
event_item(const struct db_event *ev, void *arg)
{
	return event_xml(arg, ev, 0);
}

int
handle_beheer(struct worker *w, struct req *r, struct resp *o)
{
	xmlNodePtr root, events;

	if ((root = page_start(r, o, "beheer", 200)) == NULL ||
	    (events = doc_elem(root, "events")) == NULL)
		return -1;
	return db_events_list(w->db, 1, 0, event_item, events) == -1 ? -1 : 0;
}

static const char *const kinds[] = { "masterclass", "slotbijeenkomst" };
static const char *const audiences[] = { "bestuur", "beleid", "uitvoering",
    "monitor", "iedereen" };
static const char *const statuses[] = { "draft", "open", "closed",
    "cancelled" };
/* Who may register: municipalities (a masterclass), or everyone: any
 * organisation and guests (an open event, such as the closing meeting). */
static const char *const open_tos[] = { "municipalities", "everyone" };

/* An organiser's event. That it ends after it starts, has a place or an
 * address and room for those confirmed already, the handler checks. */
enum {
	EF_TITLE,
	EF_DESCRIPTION,
	EF_TITLE_EN,
	EF_DESCRIPTION_EN,
	EF_KIND,
	EF_AUDIENCE,
	EF_STARTS,
	EF_ENDS,
	EF_PLACE,
	EF_URL,
	EF_CAPACITY,
	EF_LIMIT,
	EF_OPENS,
	EF_CLOSES,
	EF_NOTIFY,
	EF_STATUS,
	EF_OPEN_TO,
	EF_MESSAGE,
	EF__MAX
};

static const struct form_field event_fields[EF__MAX] = {
	{ .name = "title", .valid = VALID_TEXT,
	  .flags = FF_REQUIRED | FF_MISSING_ARG, .max = 200,
	  .key = "field.text.invalid", .arg = 200,
	  .missing = "field.required" },
	{ .name = "description", .valid = VALID_MULTILINE, .max = 2000,
	  .key = "field.text.invalid", .arg = 2000 },
	/* optional: the English interface shows them when given */
	{ .name = "title_en", .valid = VALID_TEXT, .max = 200,
	  .key = "field.text.invalid", .arg = 200 },
	{ .name = "description_en", .valid = VALID_MULTILINE, .max = 2000,
	  .key = "field.text.invalid", .arg = 2000 },
	FORM_CHOICE("kind", kinds, 2),
	FORM_CHOICE("audience", audiences, 5),
	{ .name = "starts_at", .valid = VALID_DATETIME, .flags = FF_REQUIRED,
	  .key = "field.datetime" },
	{ .name = "ends_at", .valid = VALID_DATETIME, .flags = FF_REQUIRED,
	  .key = "field.datetime" },
	{ .name = "place", .valid = VALID_TEXT, .max = 200,
	  .key = "field.text.invalid", .arg = 200 },
	{ .name = "online_url", .valid = VALID_URL, .key = "field.url" },
	{ .name = "capacity", .valid = VALID_INT, .flags = FF_REQUIRED,
	  .min = 1, .max = 10000, .key = "field.number" },
	{ .name = "per_org_limit", .valid = VALID_INT, .min = 1, .max = 1000,
	  .key = "field.number" },
	{ .name = "registration_opens_at", .valid = VALID_DATETIME,
	  .key = "field.datetime" },
	{ .name = "registration_closes_at", .valid = VALID_DATETIME,
	  .key = "field.datetime" },
	{ .name = "notify_emails", .valid = VALID_EMAIL_LIST,
	  .flags = FF_REQUIRED, .key = "field.email-list",
	  .missing = "field.required" },
	FORM_CHOICE("status", statuses, 4),
	/* optional: an event keeps who may register when not sent */
	{ .name = "open_to", .valid = VALID_CHOICE, .choices = open_tos,
	  .nchoices = 2, .key = "field.choice" },
	/* to the registrants, with a change or cancellation */
	{ .name = "change_message", .valid = VALID_MULTILINE, .max = 2000,
	  .key = "field.text.invalid", .arg = 2000 },
};

static const struct form event_form_table = { event_fields, EF__MAX, 0 };

/* A material added to an event: a title, and an address or a text. */
enum {
	MA_TITLE,
	MA_URL,
	MA_BODY,
	MA__MAX
};

static const struct form_field material_fields[MA__MAX] = {
	FORM_TEXT("title", 200),
	{ .name = "url", .valid = VALID_URL, .key = "field.url" },
	{ .name = "body", .valid = VALID_MULTILINE, .max = 4000,
	  .key = "field.text.invalid", .arg = 4000 },
};

static const struct form material_form = { material_fields, MA__MAX, 0 };

/* Builds the event form, filled from ev (GET) or from what was typed
 * (POST). Returns the form or NULL. */
static xmlNodePtr
event_form(struct req *r, xmlNodePtr root, const char *action,
    const struct db_event *ev, const struct form_value *v)
{
	xmlNodePtr	 f;
	char		 starts[17], ends[17], opens[17], closes[17];
	char		 cap[24], lim[24];
	int		 post = r->method == METHOD_POST;

	sessions_to_input(ev->starts_at, starts);
	sessions_to_input(ev->ends_at, ends);
	sessions_to_input(ev->opens_at, opens);
	sessions_to_input(ev->closes_at, closes);
	snprintf(cap, sizeof(cap), "%lld", ev->capacity);
	if (ev->per_org_limit >= 0)
		snprintf(lim, sizeof(lim), "%lld", ev->per_org_limit);
	else
		lim[0] = '\0';
#define V(i, stored) (post ? v[i].raw : (stored))
	if ((f = form_new(root, "event", action)) == NULL ||
	    form_field(f, "title", "text", V(EF_TITLE, ev->title), 1) == NULL ||
	    form_field(f, "description", "textarea", V(EF_DESCRIPTION,
	    ev->description), 0) == NULL ||
	    form_field(f, "title_en", "text", V(EF_TITLE_EN, ev->title_en),
	    0) == NULL ||
	    form_field(f, "description_en", "textarea", V(EF_DESCRIPTION_EN,
	    ev->description_en), 0) == NULL ||
	    form_select(f, "kind", V(EF_KIND, ev->kind), kinds, 2) == NULL ||
	    form_select(f, "audience", V(EF_AUDIENCE, ev->audience), audiences,
	    5) == NULL ||
	    form_field(f, "starts_at", "datetime-local", V(EF_STARTS,
	    starts), 1) == NULL ||
	    form_field(f, "ends_at", "datetime-local", V(EF_ENDS, ends),
	    1) == NULL ||
	    form_field(f, "place", "text", V(EF_PLACE, ev->place), 0) == NULL ||
	    form_field(f, "online_url", "url", V(EF_URL,
	    ev->online_url), 0) == NULL ||
	    form_field(f, "capacity", "number", V(EF_CAPACITY, cap), 1) ==
	    NULL ||
	    form_field(f, "per_org_limit", "number", V(EF_LIMIT, lim),
	    0) == NULL ||
	    form_field(f, "registration_opens_at", "datetime-local",
	    V(EF_OPENS, opens), 0) == NULL ||
	    form_field(f, "registration_closes_at", "datetime-local",
	    V(EF_CLOSES, closes), 0) == NULL ||
	    form_field(f, "notify_emails", "text", V(EF_NOTIFY,
	    ev->notify_emails), 1) == NULL ||
	    form_select(f, "status", V(EF_STATUS, ev->status), statuses, 4) == NULL ||
	    form_select(f, "open_to", post && v[EF_OPEN_TO].raw != NULL ?
	    v[EF_OPEN_TO].raw : ev->open_to, open_tos, 2) == NULL ||
	    (ev->id != 0 && form_field(f, "change_message", "textarea",
	    V(EF_MESSAGE, ""), 0) == NULL))
		return NULL;
#undef V
	return f;
}

/*
 * Takes the posted event of v into ev, field by field as each is good,
 * and checks what the table cannot: that it ends after it starts (the
 * start stored, when the posted one is bad), has a place or an address,
 * and room for those confirmed already. Sets errors in v; returns 1 when
 * all is well, 0 when not. The place's second message goes under it
 * straight away (form f), after the table's; -1 when that fails.
 */
static int
event_take(xmlNodePtr f, struct form_value *v, struct db_event *ev)
{
	const struct form_value *x;

#define TAKE(i, dst) do { \
		if (v[i].error == NULL) \
			snprintf(dst, sizeof(dst), "%s", v[i].s); \
	} while (0)
	TAKE(EF_TITLE, ev->title);
	TAKE(EF_DESCRIPTION, ev->description);
	TAKE(EF_TITLE_EN, ev->title_en);
	TAKE(EF_DESCRIPTION_EN, ev->description_en);
	TAKE(EF_KIND, ev->kind);
	TAKE(EF_AUDIENCE, ev->audience);
	if (v[EF_STARTS].error == NULL)
		snprintf(ev->starts_at, sizeof(ev->starts_at), "%s",
		    v[EF_STARTS].dt);
	if (v[EF_ENDS].error == NULL) {
		if (strcmp(v[EF_ENDS].dt, ev->starts_at) <= 0)
			v[EF_ENDS].error = "field.ends-before-start";
		else
			snprintf(ev->ends_at, sizeof(ev->ends_at), "%s",
			    v[EF_ENDS].dt);
	}
	TAKE(EF_PLACE, ev->place);
	TAKE(EF_URL, ev->online_url);
	x = &v[EF_CAPACITY];
	if (x->error == NULL) {
		if (x->n < ev->confirmed)
			v[EF_CAPACITY].error = "field.capacity-below-confirmed";
		else
			ev->capacity = x->n;
	}
	if (v[EF_LIMIT].error == NULL)
		ev->per_org_limit = v[EF_LIMIT].given ? v[EF_LIMIT].n : -1;
	if (v[EF_OPENS].error == NULL)
		snprintf(ev->opens_at, sizeof(ev->opens_at), "%s",
		    v[EF_OPENS].given ? v[EF_OPENS].dt : "");
	if (v[EF_CLOSES].error == NULL)
		snprintf(ev->closes_at, sizeof(ev->closes_at), "%s",
		    v[EF_CLOSES].given ? v[EF_CLOSES].dt : "");
	TAKE(EF_NOTIFY, ev->notify_emails);
	TAKE(EF_STATUS, ev->status);
	if (v[EF_OPEN_TO].given)
		TAKE(EF_OPEN_TO, ev->open_to);
#undef TAKE
	if (form_mark(f, &event_form_table, v) == -1)
		return -1;
	if (ev->place[0] == '\0' && ev->online_url[0] == '\0') {
		if (form_error(form_field_of(f, "place"),
		    "field.place-or-url") == -1)
			return -1;
		return 0;
	}
	return !form_bad(&event_form_table, v);
}

/* Reads the session rows (row 1: the event's own fields, taken into ev
 * already) into ss and sets ev's span from them. 1, 0 (errors marked),
 * -1. */
static int
event_sessions_take(struct req *r, xmlNodePtr f,
    const struct db_sessions *old, struct db_event *ev,
    struct db_sessions *ss)
{
	struct db_session	 first;
	int			 ok;

	memset(&first, 0, sizeof(first));
	snprintf(first.starts_at, sizeof(first.starts_at), "%s", ev->starts_at);
	snprintf(first.ends_at, sizeof(first.ends_at), "%s", ev->ends_at);
	snprintf(first.place, sizeof(first.place), "%s", ev->place);
	if ((ok = sessions_form_take(r, f, old, &first,
	    ev->online_url[0] != '\0', ss)) == 1)
		sessions_span(ss, ev);
	return ok;
}

/*
 * Stores the sessions ss of the saved event id (ev; was: as it was, id 0
 * for a new one, with sessions old), raises its calendar's SEQUENCE when
 * anything its calendar shows changed, and tells the registrants when it
 * was cancelled now or a session's date, time or place changed, with the
 * organisers' message. Returns 0/-1.
 */
static int
event_changes(const struct reg_ctx *c, const struct db_event *was,
    long long id, struct db_event *ev, const struct db_sessions *old,
    struct db_sessions *ss, const char *message)
{
	int moved, cancelled, shown;

	ev->id = id;
	if (event_sessions_store(c, id, old, ss, &moved) == -1)
		return -1;
	if (was->id == 0)
		return 0;
	cancelled = strcmp(ev->status, "cancelled") == 0 &&
	    strcmp(was->status, "cancelled") != 0;
	shown = moved || strcmp(ev->status, was->status) != 0 ||
	    strcmp(ev->title, was->title) != 0 ||
	    strcmp(ev->description, was->description) != 0 ||
	    strcmp(ev->online_url, was->online_url) != 0;
	if (!shown)
		return 0;
	if (db_event_sequence_raise(c->db, id) == -1)
		return -1;
	ss->sequence = old->sequence + 1;
	if (cancelled)
		return event_change_notify(c, ev, ss, 1, message) == -1 ? -1 : 0;
	if (moved && strcmp(ev->status, "cancelled") != 0)
		return event_change_notify(c, ev, ss, 0, message) == -1 ? -1 : 0;
	return 0;
}

/*
 * The form to create (r->ids[0] unused) or edit an event. A capacity
 * raised above the confirmed count fills the new places from the waiting
 * list in the same transaction.
 */
static int
event_edit(struct worker *w, struct req *r, struct resp *o, int create)
{
	struct reg_ctx	 c = { w->db, w->cfg, w->render };
	struct db_event	*ev, *was = NULL;
	struct db_sessions *old = NULL, *ss = NULL;
	struct form_value v[EF__MAX];
	xmlNodePtr	 root, f;
	char		 action[96], loc[128];
	long long	 id;
	int		 rc = -1, ok;

	if ((ev = calloc(1, sizeof(*ev))) == NULL ||
	    (was = calloc(1, sizeof(*was))) == NULL ||
	    (old = calloc(1, sizeof(*old))) == NULL ||
	    (ss = calloc(1, sizeof(*ss))) == NULL)
		goto out;
	if (create) {
		snprintf(action, sizeof(action), "/beheer/programma/nieuw");
		snprintf(ev->status, sizeof(ev->status), "draft");
		snprintf(ev->kind, sizeof(ev->kind), "masterclass");
		snprintf(ev->open_to, sizeof(ev->open_to), "municipalities");
		ev->per_org_limit = 3;
		ev->capacity = 30;
		/* The organiser who makes it is notified, to begin with. */
		snprintf(ev->notify_emails, sizeof(ev->notify_emails), "%s",
		    r->user.email);
	} else {
		if ((rc = db_event_get(w->db, r->ids[0], 1, 0, ev)) != 1 ||
		    (rc = db_sessions_get(w->db, ev, old)) != 1) {
			rc = rc == 0 ? error_page(r, o, 404, NULL) : -1;
			goto out;
		}
		snprintf(action, sizeof(action),
		    "/beheer/programma/%lld/bewerken", ev->id);
		*was = *ev;
		/* Row 1 of the form is the first session. */
		snprintf(ev->ends_at, sizeof(ev->ends_at), "%s",
		    old->s[0].ends_at);
	}
	rc = -1;
	(void)form_read(r, &event_form_table, v);
	if ((root = page_start(r, o, "event-form", 200)) == NULL ||
	    (!create && event_xml(root, ev, 0) == -1) ||
	    (f = event_form(r, root, action, ev, v)) == NULL ||
	    sessions_form_fields(r, f, old) == -1)
		goto out;
	if (r->method != METHOD_POST) {
		rc = 0;
		goto out;
	}
	/* A new event has no one to tell: its form has no message. */
	if (create)
		v[EF_MESSAGE].error = NULL;
	if ((ok = event_take(f, v, ev)) == -1)
		goto out;
	if (ok && (ok = event_sessions_take(r, f, old, ev, ss)) == -1)
		goto out;
	if (!ok) {
		o->status = 422;
		rc = doc_attr_int(root, "status", 422);
		goto out;
	}
	if ((id = db_event_save(w->db, ev)) == -1 ||
	    db_audit_add(w->db, r->user.id, create ? "event.created" :
	    "event.changed", "event", id, ev->status) == -1 ||
	    event_changes(&c, was, id, ev, old, ss, v[EF_MESSAGE].s) == -1 ||
	    (!create && registration_fill(&c, id) == -1))
		goto out;
	snprintf(loc, sizeof(loc), "/beheer/programma/%lld?klaar=event.saved",
	    id);
	rc = redirect(o, loc);
out:
	free(ev);
	free(was);
	free(old);
	free(ss);
	return rc;
}

int
handle_event_new(struct worker *w, struct req *r, struct resp *o)
{
	return event_edit(w, r, o, 1);
}

int
handle_event_edit(struct worker *w, struct req *r, struct resp *o)
{
	return event_edit(w, r, o, 0);
}

/* Groups registrations by municipality and lists the waiting list. */
struct regs_ctx {
	xmlNodePtr	 orgs;
	xmlNodePtr	 org;		/* of last_org */
	long long	 last_org;
	char		 last_name[601];	/* of last_org */
	xmlNodePtr	 waiting;
	int		 confirmed_only; /* the attendance list */
	long long	 counts[2];	/* of org: confirmed, waiting */
};

/* Writes the counts of the municipality just finished. */
static int
org_counts(struct regs_ctx *c)
{
	if (c->org == NULL)
		return 0;
	if (doc_attr_int(c->org, "confirmed", c->counts[0]) == -1 ||
	    doc_attr_int(c->org, "waiting", c->counts[1]) == -1)
		return -1;
	return 0;
}

static int
reg_item(const struct db_registration *g, void *arg)
{
	struct regs_ctx *c = arg;

	if (c->confirmed_only && strcmp(g->status, "confirmed") != 0)
		return 0;
	/* Guests (organisation 0) by the name they typed, sorted so. */
	if (g->org_id != c->last_org || c->org == NULL ||
	    (g->org_id == 0 && strcasecmp(g->org_name, c->last_name) != 0)) {
		if (org_counts(c) == -1 ||
		    (c->org = doc_elem(c->orgs, "organisation")) == NULL ||
		    doc_attr_int(c->org, "id", g->org_id) == -1 ||
		    doc_attr(c->org, "name", g->org_name) == -1)
			return -1;
		c->last_org = g->org_id;
		snprintf(c->last_name, sizeof(c->last_name), "%s", g->org_name);
		c->counts[0] = c->counts[1] = 0;
	}
	if (strcmp(g->status, "confirmed") == 0)
		c->counts[0]++;
	else if (strcmp(g->status, "waiting") == 0)
		c->counts[1]++;
	return registration_xml(c->org, g) == NULL ? -1 : 0;
}

static int
waiting_item(const struct db_registration *g, void *arg)
{
	return registration_xml(arg, g) == NULL ? -1 : 0;
}

/*
 * The page of one event for organisers (name "event-admin") or its
 * attendance list ("attendance"). Returns 0/-1.
 */
static int
event_registrations(struct worker *w, struct req *r, struct resp *o,
    const char *name)
{
	struct db_event	*ev;
	struct regs_ctx	 c;
	xmlNodePtr	 root, f;
	char		 action[96];
	int		 rc = -1, attendance = strcmp(name, "attendance") == 0;

	memset(&c, 0, sizeof(c));
	c.confirmed_only = attendance;
	if ((ev = malloc(sizeof(*ev))) == NULL)
		return -1;
	if ((rc = db_event_get(w->db, r->ids[0], 0, 0, ev)) != 1) {
		rc = rc == 0 ? error_page(r, o, 404, NULL) : -1;
		goto out;
	}
	rc = -1;
	if ((root = page_start(r, o, name, 200)) == NULL ||
	    event_xml(root, ev, 0) == -1 ||
	    event_sessions_xml(w->db, xmlGetLastChild(root), ev) == -1 ||
	    (c.orgs = doc_elem(root, attendance ? "registrations" :
	    "organisations")) == NULL ||
	    db_regs_list(w->db, ev->id, 0, reg_item, &c) == -1 ||
	    org_counts(&c) == -1)
		goto out;
	if (!attendance) {
		snprintf(action, sizeof(action),
		    "/beheer/programma/%lld/materiaal", ev->id);
		if ((c.waiting = doc_elem(root, "waiting-list")) == NULL ||
		    db_regs_list(w->db, ev->id, 1, waiting_item,
		    c.waiting) == -1 ||
		    materials_xml(w->db, root, ev->id) == -1 ||
		    (f = form_new(root, "material", action)) == NULL ||
		    form_field(f, "title", "text", NULL, 1) == NULL ||
		    form_field(f, "url", "url", NULL, 0) == NULL ||
		    form_field(f, "body", "textarea", NULL, 0) == NULL)
			goto out;
	}
	rc = 0;
out:
	free(ev);
	return rc;
}

int
handle_event_admin(struct worker *w, struct req *r, struct resp *o)
{
	return event_registrations(w, r, o, "event-admin");
}

int
handle_attendance(struct worker *w, struct req *r, struct resp *o)
{
	return event_registrations(w, r, o, "attendance");
}

int
handle_material_add(struct worker *w, struct req *r, struct resp *o)
{
	struct form_value v[MA__MAX];
	xmlNodePtr	 f, n;
	char		 loc[128];

	/* On bad input the whole event page comes back with the form. */
	if (event_registrations(w, r, o, "event-admin") == -1)
		return -1;
	if (o->page == NULL || o->status != 200)
		return 0;	/* the 404 page */
	f = NULL;
	for (n = xmlDocGetRootElement(o->page)->children; n != NULL;
	    n = n->next)
		if (xmlStrEqual(n->name, (const xmlChar *)"form"))
			f = n;
	if (f == NULL)
		return -1;
	(void)form_read(r, &material_form, v);
	for (size_t i = 0; i < MA__MAX; i++)
		if (v[i].raw != NULL && ((n = form_field_of(f,
		    material_fields[i].name)) == NULL ||
		    doc_attr(n, "value", v[i].raw) == -1))
			return -1;
	if (form_bad(&material_form, v)) {
		o->status = 422;
		if (form_mark(f, &material_form, v) == -1)
			return -1;
		return doc_attr_int(xmlDocGetRootElement(o->page), "status",
		    422);
	}
	if (db_material_add(w->db, r->ids[0], v[MA_TITLE].s, v[MA_URL].s,
	    v[MA_BODY].s) == -1 ||
	    db_audit_add(w->db, r->user.id, "event.material", "event",
	    r->ids[0], v[MA_TITLE].s) == -1)
		return -1;
	snprintf(loc, sizeof(loc),
	    "/beheer/programma/%lld?klaar=material.added", r->ids[0]);
	return redirect(o, loc);
}

int
handle_registration_cancel_admin(struct worker *w, struct req *r,
    struct resp *o)
{
	struct reg_ctx		 c = { w->db, w->cfg, w->render };
	struct db_registration	*g;
	char			 loc[128];
	int			 rc;

	if ((g = calloc(1, sizeof(*g))) == NULL)
		return -1;
	/* Unknown here: 404; cancelled already: done, as asked. */
	if ((rc = db_reg_by_id(w->db, r->ids[0], r->ids[1], g)) != 1) {
		free(g);
		return rc == 0 ? error_page(r, o, 404, NULL) : -1;
	}
	/* The registrant is told, as when their coordinator cancels. */
	rc = registration_withdraw(&c, g, "registration.organiser-cancellation");
	free(g);
	if (rc == -1)
		return -1;
	snprintf(loc, sizeof(loc),
	    "/beheer/programma/%lld?klaar=registration.cancelled", r->ids[0]);
	if (rc == 0)
		return redirect(o, loc);
	if (db_audit_add(w->db, r->user.id, "registration.cancelled",
	    "registration", r->ids[1], "on behalf") == -1)
		return -1;
	return redirect(o, loc);
}

static int
csv_row(const struct db_registration *g, void *arg)
{
	char local[24], pos[24] = "";

	if (clock_utc_to_local(g->created, local) == -1)
		snprintf(local, sizeof(local), "%s", g->created);
	if (g->position > 0)
		snprintf(pos, sizeof(pos), "%lld", g->position);
	if (csv_field(arg, g->org_name, 0) == -1 ||
	    csv_field(arg, g->name, 0) == -1 ||
	    csv_field(arg, g->email, 0) == -1 ||
	    csv_field(arg, g->job_title, 0) == -1 ||
	    csv_field(arg, strcmp(g->status, "confirmed") == 0 ? "bevestigd" :
	    strcmp(g->status, "waiting") == 0 ? "wachtlijst" :
	    strcmp(g->status, "approval") == 0 ? "wacht op gemeente" :
	    "geannuleerd",
	    0) == -1 ||
	    csv_field(arg, pos, 0) == -1 ||
	    csv_field(arg, local, 1) == -1)
		return -1;
	return 0;
}

int
handle_registrations_csv(struct worker *w, struct req *r, struct resp *o)
{
	struct csv_out	 out = { NULL, 0, 0 };
	struct db_event	*ev;
	char		 disp[96];
	int		 rc, open;

	if ((ev = malloc(sizeof(*ev))) == NULL)
		return -1;
	rc = db_event_get(w->db, r->ids[0], 0, 0, ev);
	open = rc == 1 && strcmp(ev->open_to, "everyone") == 0;
	free(ev);
	if (rc != 1)
		return rc == 0 ? error_page(r, o, 404, NULL) : -1;
	/* The byte order mark tells Excel the file is UTF-8. */
	if (csv_put(&out, "\xef\xbb\xbf", 3) == -1 ||
	    csv_field(&out, open ? "organisatie" : "gemeente", 0) == -1 ||
	    csv_field(&out, "naam", 0) == -1 ||
	    csv_field(&out, "e-mail", 0) == -1 ||
	    csv_field(&out, "functie", 0) == -1 ||
	    csv_field(&out, "status", 0) == -1 ||
	    csv_field(&out, "wachtlijstplaats", 0) == -1 ||
	    csv_field(&out, "aangemeld op", 1) == -1 ||
	    db_regs_list(w->db, r->ids[0], 0, csv_row, &out) == -1) {
		free(out.buf);
		return -1;
	}
	resp_reset(o);
	o->status = 200;
	o->type = "text/csv; charset=utf-8";
	o->body = out.buf;
	o->bodysz = out.len;
	snprintf(disp, sizeof(disp), "attachment; "
	    "filename=\"aanmeldingen-%lld.csv\"", r->ids[0]);
	return resp_header(o, "Content-Disposition", disp);
}

/* Groups a municipality's registrations under their events. */
struct org_ctx {
	xmlNodePtr	 events;
	xmlNodePtr	 event;		/* of last_event */
	long long	 last_event;
};

static int
org_reg_item(const struct db_registration *g, const char *title,
    const char *starts_at, void *arg)
{
	struct org_ctx *c = arg;

	if (g->event_id != c->last_event) {
		if ((c->event = doc_elem(c->events, "event")) == NULL ||
		    doc_attr_int(c->event, "id", g->event_id) == -1 ||
		    doc_text(c->event, "title", title) == NULL ||
		    doc_datetime(c->event, "start", starts_at) == NULL)
			return -1;
		c->last_event = g->event_id;
	}
	return registration_xml(c->event, g) == NULL ? -1 : 0;
}

int
handle_org_overview(struct worker *w, struct req *r, struct resp *o)
{
	struct db_org	 org;
	struct org_ctx	 c;
	xmlNodePtr	 root, n;
	char		 id[24];
	int		 rc;

	snprintf(id, sizeof(id), "%lld", r->ids[0]);
	if ((rc = db_org_find(w->db, id, &org)) != 1)
		return rc == 0 ? error_page(r, o, 404, NULL) : -1;
	memset(&c, 0, sizeof(c));
	if ((root = page_start(r, o, "org-overview", 200)) == NULL ||
	    (n = doc_elem(root, "organisation")) == NULL ||
	    doc_attr_int(n, "id", org.id) == -1 ||
	    doc_attr(n, "name", org.name) == -1 ||
	    doc_attr(n, "kind", org.kind) == -1 ||
	    (c.events = doc_elem(root, "events")) == NULL)
		return -1;
	return db_regs_of_org(w->db, org.id, org_reg_item, &c) == -1 ? -1 : 0;
}
