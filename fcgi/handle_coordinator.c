/*
 * The coordinator's view of the programme (/gemeente/programma): per
 * event, who of their own municipality holds a place, waits for one or
 * is still to confirm, and the places the municipality has left; and,
 * each on a page of its own, cancelling a colleague's registration
 * (asked first; the colleague gets a mail) and moving a colleague's place
 * to another colleague, who confirms it by mail. A registration of
 * another municipality is a 404. The rules live in regchange.c and
 * registration.c; every change is audit-logged.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "handlers.h"

struct coord_list {
	xmlNodePtr	 events;
	xmlNodePtr	 last;	/* the event node found last */
};

static int
coord_event(const struct db_event *ev, void *arg)
{
	struct coord_list *l = arg;

	return event_xml(l->events, ev, 1);
}

/* Puts a registration under its event's node (the events come in the
 * same order as the registrations, so the search is short). */
static int
coord_registration(const struct db_registration *g, const char *title,
    const char *starts_at, void *arg)
{
	struct coord_list	*l = arg;
	xmlNodePtr		 e;
	xmlChar			*id;
	long long		 n;

	(void)title;
	(void)starts_at;
	for (e = l->last != NULL ? l->last : l->events->children; e != NULL;
	    e = e->next) {
		if ((id = xmlGetProp(e, BAD_CAST "id")) == NULL)
			continue;
		n = strtoll((const char *)id, NULL, 10);
		xmlFree(id);
		if (n == g->event_id)
			break;
	}
	if (e == NULL)		/* a draft's: not shown */
		return 0;
	l->last = e;
	return registration_xml(e, g) == NULL ? -1 : 0;
}

int
handle_coord_registrations(struct worker *w, struct req *r, struct resp *o)
{
	struct coord_list	 l = { NULL, NULL };
	xmlNodePtr		 root;

	if ((root = page_start(r, o, "coordinator", 200)) == NULL ||
	    (l.events = doc_elem(root, "events")) == NULL ||
	    db_events_list(w->db, 0, r->user.org_id, coord_event, &l) == -1)
		return -1;
	return db_regs_active_of_org(w->db, r->user.org_id, coord_registration,
	    &l) == -1 ? -1 : 0;
}

/*
 * Reads the URL's registration (ids: the event, the registration) if it
 * is of the coordinator's municipality and still active. Returns 1 with
 * it, 0 after making o the 404 page (or, for one no longer active, the
 * way back to the list), -1 on failure.
 */
static int
colleague_of(struct worker *w, struct req *r, struct resp *o,
    struct db_registration *g)
{
	int rc;

	if ((rc = db_reg_of_org(w->db, r->ids[0], r->ids[1], r->user.org_id,
	    g)) == -1)
		return -1;
	if (rc == 0)
		return error_page(r, o, 404, NULL) == -1 ? -1 : 0;
	if (strcmp(g->status, "cancelled") == 0 ||
	    strcmp(g->status, "expired") == 0 ||
	    (strcmp(g->status, "pending") == 0 && g->lapsed))
		return redirect(o, "/gemeente/programma") == -1 ? -1 : 0;
	return 1;
}

/* Starts the page of one colleague's registration: <what> with the
 * registration and its event under it. Returns the root or NULL. */
static xmlNodePtr
colleague_page(struct worker *w, struct req *r, struct resp *o,
    const struct db_registration *g, const char *what)
{
	struct db_event	*ev;
	xmlNodePtr	 root, n;
	int		 rc;

	if ((ev = malloc(sizeof(*ev))) == NULL)
		return NULL;
	rc = db_event_get(w->db, g->event_id, 0, r->user.org_id, ev);
	root = page_start(r, o, "coordinator", 200);
	if (rc != 1 || root == NULL || (n = doc_elem(root, what)) == NULL ||
	    registration_xml(n, g) == NULL || event_xml(n, ev, 1) == -1)
		root = NULL;
	free(ev);
	return root;
}

int
handle_coord_cancel(struct worker *w, struct req *r, struct resp *o)
{
	struct reg_ctx		 c = { w->db, w->cfg, w->render };
	struct db_registration	*g;
	xmlNodePtr		 root;
	char			 action[96];
	int			 rc;

	if ((g = malloc(sizeof(*g))) == NULL)
		return -1;
	if ((rc = colleague_of(w, r, o, g)) != 1)
		goto out;
	rc = -1;
	if (r->method != METHOD_POST) {
		/* Asks first: the button is the POST. */
		snprintf(action, sizeof(action),
		    "/gemeente/programma/%lld/%lld/annuleren", r->ids[0],
		    r->ids[1]);
		if ((root = colleague_page(w, r, o, g,
		    "cancel-colleague")) != NULL &&
		    form_new(root, "cancel-colleague", action) != NULL)
			rc = 0;
		goto out;
	}
	if ((rc = registration_withdraw(&c, g,
	    "registration.coordinator-cancellation")) == -1)
		goto out;
	if (rc == 1) {
		log_info("register: registration %lld cancelled by the "
		    "coordinator", g->id);
		if (db_audit_add(w->db, r->user.id, "registration.cancelled",
		    "registration", g->id, "by coordinator") == -1) {
			rc = -1;
			goto out;
		}
	}
	rc = redirect(o, "/gemeente/programma?klaar=coordinator.cancelled");
out:
	free(g);
	return rc < 0 ? -1 : 0;
}

/* The move form's fields: the new person. */
enum {
	MF_NAME,
	MF_EMAIL,
	MF_JOB,
	MF__MAX
};

static const struct form_field move_fields[MF__MAX] = {
	FORM_TEXT("naam", 150),
	FORM_EMAIL("email"),
	FORM_TEXT("functie", 150),
};

static const struct form move_form = { move_fields, MF__MAX, 0 };

/* Why a move was refused, by outcome: a message of the form. */
static const char *const move_keys[MOVE__MAX] = {
	NULL, /* MOVE_STARTED */
	"coordinator.move.not-confirmed", /* MOVE_NOT_CONFIRMED */
	"coordinator.move.closed", /* MOVE_CLOSED */
	"coordinator.move.same", /* MOVE_SAME */
	"coordinator.move.duplicate", /* MOVE_DUPLICATE */
	"coordinator.move.busy", /* MOVE_BUSY */
};

int
handle_coord_move(struct worker *w, struct req *r, struct resp *o)
{
	struct reg_ctx		 c = { w->db, w->cfg, w->render };
	struct db_registration	*g, *nw = NULL;
	struct form_value	 v[MF__MAX];
	xmlNodePtr		 root, f;
	char			 action[96], token[64];
	int			 rc, post = r->method == METHOD_POST, outcome;

	if ((g = malloc(sizeof(*g))) == NULL)
		return -1;
	if ((rc = colleague_of(w, r, o, g)) != 1)
		goto out;
	rc = -1;
	(void)form_read(r, &move_form, v);
	snprintf(action, sizeof(action),
	    "/gemeente/programma/%lld/%lld/verplaatsen", r->ids[0], r->ids[1]);
	if ((root = colleague_page(w, r, o, g, "move-colleague")) == NULL ||
	    (f = form_new(root, "move", action)) == NULL ||
	    form_field(f, "naam", "text", post ? v[MF_NAME].raw : NULL,
	    1) == NULL ||
	    form_field(f, "email", "email", post ? v[MF_EMAIL].raw : NULL,
	    1) == NULL ||
	    form_field(f, "functie", "text", post ? v[MF_JOB].raw : NULL,
	    1) == NULL)
		goto out;
	if (!post) {
		rc = 0;
		goto out;
	}
	if (form_bad(&move_form, v)) {
		if (form_mark(f, &move_form, v) == -1)
			goto out;
		goto unprocessable;
	}
	if ((nw = calloc(1, sizeof(*nw))) == NULL)
		goto out;
	snprintf(nw->name, sizeof(nw->name), "%s", v[MF_NAME].s);
	snprintf(nw->email, sizeof(nw->email), "%s", v[MF_EMAIL].s);
	email_lower(nw->email);
	snprintf(nw->job_title, sizeof(nw->job_title), "%s", v[MF_JOB].s);
	snprintf(nw->lang, sizeof(nw->lang), "%s", lang_codes[r->lang]);
	if (registration_move_start(&c, g, nw, r->user.id, token,
	    &outcome) == -1)
		goto out;
	if (outcome == MOVE_STARTED) {
		log_info("register: registration %lld to move to %lld",
		    g->id, nw->id);
		rc = redirect(o, "/gemeente/programma?klaar=coordinator.move-sent");
		goto out;
	}
	if (form_error(f, move_keys[outcome]) == -1)
		goto out;
unprocessable:
	o->status = 422;
	rc = doc_attr_int(root, "status", 422);
out:
	free(nw);
	free(g);
	return rc < 0 ? -1 : 0;
}
