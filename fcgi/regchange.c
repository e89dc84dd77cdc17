/*
 * Changes to a registration after it was made, by the registrant or by
 * their municipality's coordinator: cancelling with a mail that confirms
 * it, and moving a confirmed place to a colleague.
 *
 * A move is a double opt-in for the new person (as in registration.c):
 * their registration is stored 'pending' without a place of its own, with
 * a row in registration_moves naming the registration whose place it
 * takes; that one keeps the place meanwhile, so nobody else can take it.
 * When the new person uses the mailed link, the old registration is
 * cancelled and the new one confirmed in one transaction under the
 * event's lock: the counters do not move, and no one is promoted. Should
 * the link not be used in time, the pending registration expires and
 * nothing else changes. Should the old registration have lost its place
 * meanwhile, the new one is decided by the usual rules.
 *
 * Each function runs in the caller's transaction and takes the event's
 * lock first (registration_expire), as every registration decision does.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "domain.h"

int
registration_withdraw(const struct reg_ctx *c, struct db_registration *g,
    const char *type)
{
	struct db_event	*ev;
	long long	 n;
	int		 rc;

	if ((rc = registration_cancel(c, g)) != 1)
		return rc;
	/* The event's row is ours (locked) until the commit. */
	if ((ev = malloc(sizeof(*ev))) == NULL)
		return -1;
	rc = -1;
	if (db_event_get(c->db, g->event_id, 1, 0, ev) == 1 &&
	    (n = db_reg_org_confirmed(c->db, ev->id, g->org_id)) != -1 &&
	    registration_notify(c, type, g->email, g->lang, ev, g, n,
	    NULL) == 0)
		rc = 1;
	free(ev);
	return rc;
}

/* The mail that asks the new person of a move to confirm: who moves it
 * to them (their municipality), what, and the link. */
static int
notify_move(const struct reg_ctx *c, const struct db_event *ev,
    const struct db_registration *nw, const char *link)
{
	xmlDocPtr	 mail;
	json_t		*data;
	int		 rc;

	if ((mail = registration_mail_doc(c, "registration.transfer-request",
	    nw->lang, ev, nw, link)) == NULL)
		return -1;
	if (doc_int(xmlDocGetRootElement(mail), "hold-hours",
	    c->cfg->reg_hold_hours) == NULL) {
		xmlFreeDoc(mail);
		return -1;
	}
	data = json_pack("{s:{s:I},s:{s:I,s:s}}", "event", "id",
	    (json_int_t)ev->id, "registration", "id", (json_int_t)nw->id,
	    "status", nw->status);
	rc = outbox_put(c->db, c->cfg, c->rd, "registration.transfer-request",
	    data, mail, nw->email, NULL);
	xmlFreeDoc(mail);
	return rc;
}

int
registration_move_start(const struct reg_ctx *c, struct db_registration *old,
    struct db_registration *nw, long long by, char token[64], int *outcome)
{
	struct db_event	*ev;
	unsigned char	 hash[32];
	char		 link[1024], detail[64];
	const char	*state;
	long long	 n;
	int		 rc = -1;

	*outcome = MOVE_NOT_CONFIRMED;
	if ((ev = malloc(sizeof(*ev))) == NULL)
		return -1;
	if (registration_expire(c, old->event_id) == -1 ||
	    (rc = db_event_get(c->db, old->event_id, 1, 0, ev)) != 1)
		goto out;
	/* Read again under the lock: it may have changed since. */
	if ((rc = db_reg_by_id(c->db, old->event_id, old->id, old)) != 1)
		goto out;
	rc = -1;
	state = event_reg_state(ev);
	if (strcmp(old->status, "confirmed") != 0) {
		rc = 0;
		goto out;
	}
	if (strcmp(state, "cancelled") == 0 ||
	    strcmp(state, "closed") == 0) {
		*outcome = MOVE_CLOSED;
		rc = 0;
		goto out;
	}
	if (strcmp(old->email, nw->email) == 0) {
		*outcome = MOVE_SAME;
		rc = 0;
		goto out;
	}
	if ((n = db_reg_active_email(c->db, ev->id, nw->email)) == -1)
		goto out;
	if (n > 0) {
		*outcome = MOVE_DUPLICATE;
		rc = 0;
		goto out;
	}
	if ((n = db_reg_move_pending(c->db, old->id)) == -1)
		goto out;
	if (n > 0) {
		*outcome = MOVE_BUSY;
		rc = 0;
		goto out;
	}
	if (token_new(token, 64, hash) == -1)
		goto out;
	snprintf(link, sizeof(link), "%s/aanmelding/%s", c->cfg->base_url,
	    token);
	nw->event_id = ev->id;
	nw->org_id = old->org_id;
	snprintf(nw->org_name, sizeof(nw->org_name), "%s", old->org_name);
	snprintf(nw->status, sizeof(nw->status), "pending");
	nw->held = 0;
	nw->position = 0;
	if ((nw->id = db_reg_add(c->db, nw, hash, 0,
	    c->cfg->reg_hold_hours)) == -1 ||
	    db_reg_move_add(c->db, nw->id, old->id, by) == -1)
		goto out;
	snprintf(detail, sizeof(detail), "to registration %lld", nw->id);
	if (db_audit_add(c->db, by, "registration.move-requested",
	    "registration", old->id, detail) == -1 ||
	    notify_move(c, ev, nw, link) == -1)
		goto out;
	*outcome = MOVE_STARTED;
	rc = 0;
out:
	free(ev);
	return rc < 0 ? -1 : 0;
}

int
registration_move_confirm(const struct reg_ctx *c, struct db_registration *g,
    const char *token, int *outcome)
{
	struct db_event		*ev;
	struct db_registration	*old;
	char			 link[1024], detail[64];
	long long		 moves, n;
	int			 rc = -1;

	*outcome = REG_NO_EVENT;
	ev = malloc(sizeof(*ev));
	old = malloc(sizeof(*old));
	if (ev == NULL || old == NULL)
		goto out;
	if (registration_expire(c, g->event_id) == -1 ||
	    (rc = db_event_get(c->db, g->event_id, 1, 0, ev)) != 1)
		goto out;
	/* Read again under the lock: it may have changed, or expired. */
	if ((rc = db_reg_by_id(c->db, g->event_id, g->id, g)) != 1)
		goto out;
	rc = -1;
	if ((moves = db_reg_move_of(c->db, g->id)) == -1)
		goto out;
	if (strcmp(g->status, "pending") != 0) {
		rc = 0;
		goto out;
	}
	if (strcmp(ev->status, "cancelled") == 0) {
		*outcome = REG_CANCELLED;
		rc = 0;
		goto out;
	}
	if (moves == 0 || (rc = db_reg_by_id(c->db, g->event_id, moves,
	    old)) == 0 || (rc == 1 && strcmp(old->status, "confirmed") != 0)) {
		/* No place to take over (any more): the usual rules. */
		rc = registration_confirm(c, g, token, outcome);
		goto out;
	}
	if (rc == -1)
		goto out;
	rc = -1;
	/* One place changes hands: the counters stay as they are. */
	if (db_reg_decide(c->db, g->id, "confirmed", 0) != 1 ||
	    db_reg_set_status(c->db, old->id, "cancelled") == -1)
		goto out;
	snprintf(g->status, sizeof(g->status), "confirmed");
	snprintf(old->status, sizeof(old->status), "cancelled");
	g->position = old->position = 0;
	snprintf(link, sizeof(link), "%s/aanmelding/%s", c->cfg->base_url,
	    token);
	snprintf(detail, sizeof(detail), "to registration %lld", g->id);
	if ((n = db_reg_org_confirmed(c->db, ev->id, g->org_id)) == -1 ||
	    registration_notify(c, "registration.cancelled",
	    ev->notify_emails, "nl", ev, old, n, NULL) == -1 ||
	    registration_notify(c, "registration.created", ev->notify_emails,
	    "nl", ev, g, n, NULL) == -1 ||
	    registration_notify(c, "registration.confirmation", g->email,
	    g->lang, ev, g, n, link) == -1 ||
	    registration_notify(c, "registration.transfer", old->email,
	    old->lang, ev, old, n, NULL) == -1 ||
	    db_audit_add(c->db, 0, "registration.moved", "registration",
	    old->id, detail) == -1)
		goto out;
	*outcome = REG_CONFIRMED;
	rc = 0;
out:
	free(ev);
	free(old);
	return rc < 0 ? -1 : 0;
}
