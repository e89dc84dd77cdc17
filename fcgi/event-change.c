/*
 * An event's sessions and the changes that reach its registrants.
 *
 * An event takes place in one or more sessions (a date with a start and
 * end time and a place of its own each); registration is for the event as
 * a whole. The organiser's form posts the sessions as rows; storing them
 * keeps each session's row (and so its calendar UID) for the same form
 * row, adds and deletes the others, and says whether a date, time or
 * place changed. events.starts_at/ends_at/place stay the first start,
 * the last end and the first place (the handler sets them).
 *
 * When an event is cancelled, or a session's date, time or place
 * changes, every confirmed and waiting registrant gets a mail with the
 * organisers' own message, a management link of their own (a fresh token
 * whose SHA-256 is stored in registration_links: the plain token lives
 * only in the outbox row, which the courier redacts once delivered) and
 * the calendar attached: METHOD:CANCEL, or METHOD:REQUEST with the same
 * UIDs and the raised SEQUENCE. The webhook gets each as event.cancelled
 * or event.changed, with the registration's id and status only.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "domain.h"

int
event_link_new(const struct reg_ctx *c, long long reg_id, char *link,
    size_t sz)
{
	char		 token[64];
	unsigned char	 hash[32];

	if (token_new(token, sizeof(token), hash) == -1 ||
	    db_reg_link_add(c->db, reg_id, hash) == -1)
		return -1;
	snprintf(link, sz, "%s/aanmelding/%s", c->cfg->base_url, token);
	return 0;
}

/* Adds <sessions><session uid><start/><end/><place/></session>...
 * </sessions> under e. Returns 0/-1. */
static int
sessions_doc(xmlNodePtr e, const struct db_sessions *ss)
{
	xmlNodePtr	 list, s;
	size_t		 i;

	if ((list = doc_elem(e, "sessions")) == NULL)
		return -1;
	for (i = 0; i < ss->n; i++)
		if ((s = doc_elem(list, "session")) == NULL ||
		    doc_attr(s, "uid", ss->s[i].uid) == -1 ||
		    doc_datetime(s, "start", ss->s[i].starts_at) == NULL ||
		    doc_datetime(s, "end", ss->s[i].ends_at) == NULL ||
		    doc_text(s, "place", ss->s[i].place) == NULL)
			return -1;
	return 0;
}

int
event_sessions_xml(struct db *db, xmlNodePtr e, const struct db_event *ev)
{
	struct db_sessions	*ss;
	int			 rc = -1;

	if ((ss = malloc(sizeof(*ss))) == NULL)
		return -1;
	if (db_sessions_get(db, ev, ss) != -1)
		rc = sessions_doc(e, ss);
	free(ss);
	return rc;
}

int
listed_sessions_xml(xmlNodePtr e, const struct db_event *ev,
    const struct db_sessions *ss)
{
	struct db_sessions	*one;
	int			 rc;

	if (ss->n > 0)
		return sessions_doc(e, ss);
	/* No rows: the one session the event's own columns describe, as
	 * db_sessions_get has it. */
	if ((one = calloc(1, sizeof(*one))) == NULL)
		return -1;
	one->n = 1;
	ics_session_of_event(ev, &one->s[0]);
	rc = sessions_doc(e, one);
	free(one);
	return rc;
}

/* Whether two sessions differ in date, time or place. */
static int
session_moved(const struct db_session *a, const struct db_session *b)
{
	return strcmp(a->starts_at, b->starts_at) != 0 ||
	    strcmp(a->ends_at, b->ends_at) != 0 ||
	    strcmp(a->place, b->place) != 0;
}

int
event_sessions_store(const struct reg_ctx *c, long long event_id,
    const struct db_sessions *old, struct db_sessions *ss, int *moved)
{
	char		 uuid[37];
	size_t		 i, j;
	int		 kept;

	*moved = 0;
	/* The old sessions no row keeps go. */
	for (i = 0; i < old->n; i++) {
		for (kept = 0, j = 0; j < ss->n && !kept; j++)
			kept = strcmp(ss->s[j].uid, old->s[i].uid) == 0;
		if (kept)
			continue;
		*moved = 1;
		if (old->s[i].id > 0 &&
		    db_session_delete(c->db, event_id, old->s[i].id) == -1)
			return -1;
	}
	for (j = 0; j < ss->n; j++) {
		struct db_session *s = &ss->s[j];
		const struct db_session *was = NULL;

		for (i = 0; i < old->n && was == NULL; i++)
			if (s->uid[0] != '\0' &&
			    strcmp(s->uid, old->s[i].uid) == 0)
				was = &old->s[i];
		if (was != NULL && was->id > 0) {
			s->id = was->id;
			if (!session_moved(s, was))
				continue;
			*moved = 1;
			if (db_session_update(c->db, event_id, s) == -1)
				return -1;
			continue;
		}
		/* New, or the session the event's columns implied (it keeps
		 * its UID): a row of its own now. */
		if (was == NULL) {
			*moved = 1;
			uuid_new(uuid);
			snprintf(s->uid, sizeof(s->uid), "cimolt-event-%lld-%s",
			    event_id, uuid);
		} else if (session_moved(s, was))
			*moved = 1;
		if (db_session_add(c->db, event_id, s) == -1)
			return -1;
	}
	/* A new event's sessions are no change anyone was told of before. */
	if (old->n == 0)
		*moved = 0;
	return 0;
}

/* The context of the mails to an event's registrants. */
struct tell {
	const struct reg_ctx	*c;
	const struct db_event	*ev;
	const struct db_sessions *ss;
	const char		*type;		/* event.changed, event.cancelled */
	const char		*message;	/* the organisers' own */
	const char		*ics;
	const char		*method;
	long long		 sent;
	int			 failed;
};

/* Builds the mail of one registrant (see xslt/mail.xsl). */
static xmlDocPtr
tell_mail(const struct tell *t, const struct db_registration *g,
    const char *link)
{
	xmlDocPtr	 doc;
	xmlNodePtr	 root, e;

	if ((doc = mail_doc(t->type, g->lang, &root)) == NULL)
		return NULL;
	if ((e = doc_elem(root, "event")) == NULL ||
	    doc_attr_int(e, "id", t->ev->id) == -1 ||
	    doc_text(e, "title", t->ev->title) == NULL ||
	    doc_datetime(e, "start", t->ev->starts_at) == NULL ||
	    doc_datetime(e, "end", t->ev->ends_at) == NULL ||
	    doc_text(e, "place", t->ev->place) == NULL ||
	    (t->ev->online_url[0] &&
	    doc_text(e, "online-url", t->ev->online_url) == NULL) ||
	    sessions_doc(e, t->ss) == -1 ||
	    (e = doc_elem(root, "registration")) == NULL ||
	    doc_attr(e, "status", g->status) == -1 ||
	    doc_attr_int(e, "position", g->position) == -1 ||
	    doc_text(e, "name", g->name) == NULL ||
	    (t->message[0] != '\0' &&
	    doc_text(root, "message", t->message) == NULL) ||
	    doc_text(root, "link", link) == NULL ||
	    doc_text(root, "base-url", t->c->cfg->base_url) == NULL) {
		xmlFreeDoc(doc);
		return NULL;
	}
	return doc;
}

/* The webhook's data: the event with its sessions and sequence, the
 * registration's id and status (its name and address are in the mail
 * part only, as with every registration mail), the message. */
static json_t *
tell_data(const struct tell *t, const struct db_registration *g)
{
	json_t	*sessions, *one;
	size_t	 i;

	if ((sessions = json_array()) == NULL)
		return NULL;
	for (i = 0; i < t->ss->n; i++) {
		one = json_pack("{s:s,s:s,s:s,s:s}", "uid", t->ss->s[i].uid,
		    "starts_at", t->ss->s[i].starts_at, "ends_at",
		    t->ss->s[i].ends_at, "place", t->ss->s[i].place);
		if (one == NULL || json_array_append_new(sessions, one) == -1) {
			json_decref(sessions);
			return NULL;
		}
	}
	return json_pack("{s:{s:I,s:s,s:s,s:I,s:o},s:{s:I,s:s},s:s}",
	    "event", "id", (json_int_t)t->ev->id, "title", t->ev->title,
	    "status", t->ev->status, "sequence", (json_int_t)t->ss->sequence,
	    "sessions", sessions,
	    "registration", "id", (json_int_t)g->id, "status", g->status,
	    "message", t->message);
}

/* Queues the mail of one registration, if it is confirmed or waiting. */
static int
tell_one(const struct db_registration *g, void *arg)
{
	struct tell	*t = arg;
	xmlDocPtr	 mail;
	char		 link[1024];
	int		 rc;

	if (strcmp(g->status, "confirmed") != 0 &&
	    strcmp(g->status, "waiting") != 0)
		return 0;
	if (event_link_new(t->c, g->id, link, sizeof(link)) == -1 ||
	    (mail = tell_mail(t, g, link)) == NULL) {
		t->failed = 1;
		return -1;
	}
	rc = outbox_put_calendar(t->c->db, t->c->cfg, t->c->rd, t->type,
	    tell_data(t, g), mail, g->email, t->method, t->ics);
	xmlFreeDoc(mail);
	if (rc == -1) {
		t->failed = 1;
		return -1;
	}
	t->sent++;
	return 0;
}

long long
event_change_notify(const struct reg_ctx *c, const struct db_event *ev,
    const struct db_sessions *ss, int cancelled, const char *message)
{
	struct tell	 t;
	size_t		 len;
	char		*ics;

	memset(&t, 0, sizeof(t));
	t.c = c;
	t.ev = ev;
	t.ss = ss;
	t.type = cancelled ? "event.cancelled" : "event.changed";
	t.method = cancelled ? "CANCEL" : "REQUEST";
	t.message = message;
	if ((ics = ics_sessions(ev, ss, t.method, c->cfg->base_url,
	    &len)) == NULL)
		return -1;
	t.ics = ics;
	if (db_regs_list(c->db, ev->id, 0, tell_one, &t) == -1 || t.failed) {
		free(ics);
		return -1;
	}
	free(ics);
	return t.sent;
}
