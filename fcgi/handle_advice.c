/*
 * Advice: the rules that apply to a municipality's submitted round
 * (/advies/{jaar}, strongest gaps first), the request for personal
 * advice (/advies/aanvraag, stored and sent to the organisers through the
 * outbox as advice.requested, acknowledged to the requester), the
 * organisers' list of requests with their status (/beheer/advies), and
 * each request as a conversation: the municipality reads the replies and
 * answers at /advies/aanvragen/{id}; the organisers reply, add notes
 * the requester never sees, assign an organiser and set the status at
 * /beheer/advies/{id}. Every reply and status change is queued to the
 * other side in the same transaction.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "handlers.h"

/* The topics a request may be about: general, the monitor, the themes
 * and the categories. */
static const char *const topics[] = {
	"algemeen", "monitor", "algemeen-beleid", "inkoopbeleid",
	"ambitie-aanpak", "borging", "communicatie", "samenwerking", "gww",
	"bouw", "kantoor-fm", "mobiliteit", "energie",
};
#define NTOPICS (sizeof(topics) / sizeof(topics[0]))

static const char *const contacts[] = { "email", "telefoon", "gesprek" };
static const char *const statuses[] = { "new", "in_progress", "done" };

/* The request for personal advice. A phone number is required too when
 * the contact asked for is by phone: the handler checks that. */
enum {
	AR_TOPIC,
	AR_QUESTION,
	AR_CONTACT,
	AR_PHONE,
	AR__MAX
};

static const struct form_field request_fields[AR__MAX] = {
	FORM_CHOICE("onderwerp", topics, NTOPICS),
	{ .name = "vraag", .valid = VALID_MULTILINE, .flags = FF_REQUIRED,
	  .max = ADVICE_QUESTION_MAX, .key = "field.text.invalid",
	  .arg = ADVICE_QUESTION_MAX, .missing = "field.required",
	  .blank = " \t\r\n" },
	FORM_CHOICE("contact", contacts, 3),
	{ .name = "telefoon", .valid = VALID_PHONE, .key = "field.phone",
	  .missing = "field.required", .blank = " \t" },
};

static const struct form request_form = { request_fields, AR__MAX, 0 };

/* An organiser's new status of a request. */
static const struct form_field status_fields[] = {
	FORM_CHOICE("status", statuses, 3),
};

static const struct form status_form = { status_fields, 1, 0 };

/* The latest year the user's municipality submitted, or 0. */
static int
latest_own(const struct db_round *rd, void *arg)
{
	long long *y = arg;

	if (monitor_round_submitted(rd) && rd->year > *y)
		*y = rd->year;
	return 0;
}

int
handle_advice(struct worker *w, struct req *r, struct resp *o)
{
	long long	 year = 0;
	xmlNodePtr	 root, a;
	char		 loc[64];

	if (db_rounds_list(w->db, 0, r->user.org_id, latest_own, &year) == -1)
		return -1;
	if (year > 0) {
		snprintf(loc, sizeof(loc), "/advies/%lld", year);
		return redirect(o, loc);
	}
	if ((root = page_start(r, o, "advice", 200)) == NULL ||
	    (a = doc_elem(root, "advice")) == NULL ||
	    doc_attr(a, "hidden", "no-round") == -1)
		return -1;
	return 0;
}

int
handle_advice_year(struct worker *w, struct req *r, struct resp *o)
{
	struct db_round		 rd;
	long long		 year = r->ids[0];
	xmlNodePtr		 root, a;
	int			 rc;

	if (year > 9999 || (rc = db_round_get(w->db, r->user.org_id,
	    (int)year, 0, &rd)) == 0 || (rc == 1 &&
	    !monitor_round_submitted(&rd)))
		return error_page(r, o, 404, NULL);
	if (rc == -1 ||
	    (root = page_start(r, o, "advice", 200)) == NULL ||
	    (a = doc_elem(root, "advice")) == NULL ||
	    doc_attr_int(a, "year", year) == -1 ||
	    doc_attr(a, "hidden", "no") == -1 ||
	    submitted_years_xml(w, r->user.org_id, a, year) == -1 ||
	    advice_items_xml(w, &rd, r->lang, a) == -1)
		return -1;
	return 0;
}

/* ---- advies op maat ---------------------------------------------------- */

static int request_load(struct worker *, long long, long long, int,
    struct db_advice_request *);
static int thread_notify(struct worker *, const char *,
    const struct db_advice_request *, const char *);

struct req_ctx {
	xmlNodePtr	 list;
	int		 admin;		/* the organisers' details */
	int		 status_form;	/* a status form per request */
};

static int
request_xml(const struct db_advice_request *q, void *arg)
{
	struct req_ctx	*c = arg;
	xmlNodePtr	 n, f;
	char		 created[24], updated[24], action[64];

	if (clock_utc_to_local(q->created, created) == -1)
		snprintf(created, sizeof(created), "%s", q->created);
	if ((n = doc_text(c->list, "request", q->question)) == NULL ||
	    doc_attr_int(n, "id", q->id) == -1 ||
	    doc_attr(n, "topic", q->topic) == -1 ||
	    doc_attr(n, "contact", q->contact) == -1 ||
	    doc_attr(n, "status", q->status) == -1 ||
	    doc_attr(n, "created", created) == -1 ||
	    doc_attr(n, "requester", q->requester) == -1)
		return -1;
	if (!c->admin)
		return 0;
	if ((q->updated[0] && (clock_utc_to_local(q->updated, updated) ==
	    -1 || doc_attr(n, "updated", updated) == -1)) ||
	    doc_attr(n, "organisation", q->org_name) == -1 ||
	    doc_attr_int(n, "organisation-id", q->org_id) == -1 ||
	    doc_attr(n, "email", q->email) == -1 ||
	    (q->phone[0] && doc_attr(n, "phone", q->phone) == -1) ||
	    (q->assignee_id != 0 && (doc_attr_int(n, "assignee-id",
	    q->assignee_id) == -1 || doc_attr(n, "assignee", q->assignee) ==
	    -1)))
		return -1;
	if (!c->status_form)
		return 0;
	snprintf(action, sizeof(action), "/beheer/advies/%lld", q->id);
	if ((f = form_new(n, "advice-status", action)) == NULL ||
	    form_select(f, "status", q->status, statuses, 3) == NULL)
		return -1;
	return 0;
}

/* Queues advice.requested to the organisers, reply-to the requester. */
static int
request_notify(struct worker *w, const struct req *r, long long id,
    const char *topic, const char *question, const char *contact,
    const char *phone)
{
	xmlDocPtr	 mail;
	xmlNodePtr	 root, q;
	json_t		*data;
	char		 to[8192], now[24];
	time_t		 t = time(NULL);
	struct tm	 tm;
	int		 rc;

	if (db_organiser_emails(w->db, to, sizeof(to)) == -1)
		return -1;
	strftime(now, sizeof(now), "%Y-%m-%dT%H:%M:%SZ", gmtime_r(&t, &tm));
	data = json_pack("{s:{s:I,s:s,s:s,s:s,s:s,s:s,s:s},s:{s:I,s:s},"
	    "s:{s:s,s:s}}",
	    "request", "id", (json_int_t)id, "topic", topic, "question",
	    question, "contact", contact, "phone", phone, "status", "new",
	    "created_at", now,
	    "organisation", "id", (json_int_t)r->user.org_id, "name",
	    r->user.org_name,
	    "requester", "name", r->user.name, "email", r->user.email);
	if (data == NULL || (mail = mail_doc("advice.requested", "nl",
	    &root)) == NULL) {
		json_decref(data);
		return -1;
	}
	if ((q = doc_text(root, "question", question)) == NULL ||
	    doc_attr_int(q, "id", id) == -1 ||
	    doc_attr(q, "topic", topic) == -1 ||
	    doc_attr(q, "contact", contact) == -1 ||
	    doc_attr(q, "phone", phone) == -1 ||
	    doc_text(root, "organisation", r->user.org_name) == NULL ||
	    doc_text(root, "requester", r->user.name) == NULL ||
	    doc_text(root, "email", r->user.email) == NULL ||
	    doc_text(root, "base-url", w->cfg->base_url) == NULL) {
		json_decref(data);
		xmlFreeDoc(mail);
		return -1;
	}
	rc = outbox_put(w->db, w->cfg, w->render, "advice.requested", data,
	    mail, to, r->user.email);
	xmlFreeDoc(mail);
	return rc;
}

int
handle_advice_request(struct worker *w, struct req *r, struct resp *o)
{
	struct form_value v[AR__MAX];
	const char	*topic, *question, *contact, *phone;
	struct req_ctx	 c = { NULL, 0, 0 };
	struct db_advice_request *q;
	xmlNodePtr	 root, f, fld;
	long long	 id;
	int		 post = r->method == METHOD_POST, rc;

	(void)form_read(r, &request_form, v);
	topic = v[AR_TOPIC].s;
	question = v[AR_QUESTION].s;
	contact = v[AR_CONTACT].s;
	phone = v[AR_PHONE].s;
	if ((root = page_start(r, o, "advice-request", 200)) == NULL ||
	    (f = form_new(root, "advice-request", "/advies/aanvraag")) ==
	    NULL ||
	    form_select(f, "onderwerp", post ? v[AR_TOPIC].raw : "algemeen",
	    topics, NTOPICS) == NULL ||
	    form_field(f, "vraag", "textarea", post ? v[AR_QUESTION].raw :
	    NULL, 1) == NULL ||
	    form_select(f, "contact", post ? v[AR_CONTACT].raw : "email",
	    contacts, 3) == NULL ||
	    (fld = form_field(f, "telefoon", "tel", post ? phone : NULL,
	    post && strcmp(contact, "telefoon") == 0)) == NULL ||
	    doc_attr(fld, "required-if", "contact") == -1)
		return -1;
	if (post) {
		if (!v[AR_PHONE].given && strcmp(contact, "telefoon") == 0)
			v[AR_PHONE].error = "field.required";
		if (!form_bad(&request_form, v)) {
			if ((id = db_advice_request_add(w->db, r->user.org_id,
			    r->user.id, topic, question, contact, phone)) ==
			    -1 || request_notify(w, r, id, topic, question,
			    contact, phone) == -1 ||
			    db_audit_add(w->db, r->user.id, "advice.requested",
			    "advice_request", id, topic) == -1)
				return -1;
			/* The requester's acknowledgement, with the link to
			 * the conversation. */
			if ((q = malloc(sizeof(*q))) == NULL)
				return -1;
			rc = request_load(w, id, 0, 0, q) != 1 ||
			    thread_notify(w, "advice.received", q, NULL) == -1;
			free(q);
			if (rc)
				return -1;
			return redirect(o,
			    "/advies/aanvraag?klaar=advice.requested");
		}
		o->status = 422;
		if (form_mark(f, &request_form, v) == -1 ||
		    doc_attr_int(root, "status", 422) == -1)
			return -1;
	}
	if ((c.list = doc_elem(root, "requests")) == NULL ||
	    db_advice_requests(w->db, r->user.org_id, 0, request_xml, &c) ==
	    -1)
		return -1;
	return 0;
}

int
handle_advice_admin(struct worker *w, struct req *r, struct resp *o)
{
	struct req_ctx	 c = { NULL, 1, 1 };
	long long	 counts[3];
	xmlNodePtr	 root, n;

	if (db_advice_request_counts(w->db, counts) == -1 ||
	    (root = page_start(r, o, "advice-admin", 200)) == NULL ||
	    (n = doc_elem(root, "counts")) == NULL ||
	    doc_attr_int(n, "new", counts[0]) == -1 ||
	    doc_attr_int(n, "in_progress", counts[1]) == -1 ||
	    doc_attr_int(n, "done", counts[2]) == -1 ||
	    (c.list = doc_elem(root, "requests")) == NULL ||
	    db_advice_requests(w->db, 0, 0, request_xml, &c) == -1)
		return -1;
	return 0;
}

static int
request_csv(const struct db_advice_request *q, void *arg)
{
	char	 id[24], created[24], updated[24];

	snprintf(id, sizeof(id), "%lld", q->id);
	if (clock_utc_to_local(q->created, created) == -1)
		created[0] = '\0';
	if (!q->updated[0] || clock_utc_to_local(q->updated, updated) == -1)
		updated[0] = '\0';
	return csv_field(arg, id, 0) == -1 ||
	    csv_field(arg, created, 0) == -1 ||
	    csv_field(arg, q->org_name, 0) == -1 ||
	    csv_field(arg, q->requester, 0) == -1 ||
	    csv_field(arg, q->email, 0) == -1 ||
	    csv_field(arg, q->topic, 0) == -1 ||
	    csv_field(arg, q->contact, 0) == -1 ||
	    csv_field(arg, q->phone, 0) == -1 ||
	    csv_field(arg, q->status, 0) == -1 ||
	    csv_field(arg, updated, 0) == -1 ||
	    csv_field(arg, q->question, 1) == -1 ? -1 : 0;
}

int
handle_advice_csv(struct worker *w, struct req *r, struct resp *o)
{
	static const char *const head[] = { "nummer", "ontvangen", "gemeente",
	    "aanvrager", "e-mail", "onderwerp", "contact", "telefoon",
	    "status", "bijgewerkt", "vraag" };
	struct csv_out	 out = { NULL, 0, 0 };
	int		 rc = -1;

	(void)r;
	if (csv_put(&out, "\xef\xbb\xbf", 3) == -1)
		goto out;
	for (size_t i = 0; i < sizeof(head) / sizeof(head[0]); i++)
		if (csv_field(&out, head[i], i + 1 == sizeof(head) /
		    sizeof(head[0])) == -1)
			goto out;
	if (db_advice_requests(w->db, 0, 0, request_csv, &out) == -1)
		goto out;
	rc = resp_csv(o, &out, "adviesvragen.csv");
out:
	free(out.buf);
	return rc;
}

/* ---- the conversation: /advies/aanvragen and /beheer/advies/{id} ------- */

/* A message in a thread: the requester's answer or an organiser's reply
 * or note. */
static const struct form_field message_fields[] = {
	{ .name = "bericht", .valid = VALID_MULTILINE, .flags = FF_REQUIRED,
	  .max = ADVICE_QUESTION_MAX, .key = "field.text.invalid",
	  .arg = ADVICE_QUESTION_MAX, .missing = "field.required",
	  .blank = " \t\r\n" },
};

static const struct form message_form = { message_fields, 1, 0 };

/* The organiser who handles a request: an organiser's id, or empty. */
static const struct form_field assign_fields[] = {
	{ .name = "behandelaar", .valid = VALID_INT, .min = 1,
	  .max = INT64_MAX, .key = "field.choice" },
};

static const struct form assign_form = { assign_fields, 1, 0 };

static int
request_copy(const struct db_advice_request *q, void *arg)
{
	memcpy(arg, q, sizeof(*q));
	return 0;
}

/*
 * Loads request id into q: of organisation org_id only (a municipality's
 * people), or any (0: organisers). Locks it first when lock is set.
 * Returns 1, 0 when there is none (or it is another municipality's), -1.
 */
static int
request_load(struct worker *w, long long id, long long org_id, int lock,
    struct db_advice_request *q)
{
	int n;

	if (lock && (n = db_advice_request_lock(w->db, id)) != 1)
		return n;
	q->id = 0;
	if (db_advice_requests(w->db, org_id, id, request_copy, q) == -1)
		return -1;
	return q->id == id;
}

/*
 * Queues a notice of the thread of q: type advice.received (to the
 * requester, on asking), advice.replied (an organiser's reply) and
 * advice.status (a new status) to the requester, in their language;
 * advice.message (the requester's answer) to the organiser handling it,
 * or every organiser. The mail carries the text and a link to the thread.
 */
static int
thread_notify(struct worker *w, const char *type,
    const struct db_advice_request *q, const char *body)
{
	xmlDocPtr	 mail;
	xmlNodePtr	 root, n;
	json_t		*data;
	struct db_user	 u;
	char		 to[8192], href[128];
	const char	*lang = q->lang[0] ? q->lang : "nl", *reply_to = NULL;
	int		 organisers = strcmp(type, "advice.message") == 0, rc;

	if (organisers) {
		lang = "nl";
		reply_to = q->email;
		snprintf(href, sizeof(href), "/beheer/advies/%lld", q->id);
		if (q->assignee_id != 0 &&
		    (rc = db_practice_user(w->db, q->assignee_id, &u)) == 1 &&
		    u.disabled == 0)
			snprintf(to, sizeof(to), "%s", u.email);
		else if (db_organiser_emails(w->db, to, sizeof(to)) == -1)
			return -1;
	} else {
		snprintf(href, sizeof(href), "/advies/aanvragen/%lld", q->id);
		snprintf(to, sizeof(to), "%s", q->email);
	}
	data = json_pack("{s:{s:I,s:s,s:s},s:{s:I,s:s}}",
	    "request", "id", (json_int_t)q->id, "topic", q->topic, "status",
	    q->status, "organisation", "id", (json_int_t)q->org_id, "name",
	    q->org_name);
	if (data != NULL && body != NULL &&
	    json_object_set_new(data, "message", json_string(body)) == -1) {
		json_decref(data);
		data = NULL;
	}
	if (data == NULL || (mail = mail_doc(type, lang, &root)) == NULL) {
		json_decref(data);
		return -1;
	}
	if ((n = doc_elem(root, "request")) == NULL ||
	    doc_attr_int(n, "id", q->id) == -1 ||
	    doc_attr(n, "topic", q->topic) == -1 ||
	    doc_attr(n, "status", q->status) == -1 ||
	    doc_text(root, "organisation", q->org_name) == NULL ||
	    doc_text(root, "requester", q->requester) == NULL ||
	    (body != NULL && doc_text(root, "message", body) == NULL) ||
	    doc_text(root, "question", q->question) == NULL ||
	    doc_text(root, "base-url", w->cfg->base_url) == NULL ||
	    doc_text(root, "href", href) == NULL) {
		json_decref(data);
		xmlFreeDoc(mail);
		return -1;
	}
	rc = outbox_put(w->db, w->cfg, w->render, type, data, mail, to,
	    reply_to);
	xmlFreeDoc(mail);
	return rc;
}

/* <message id kind by="organiser|requester" author created>body</message> */
static int
message_xml(const struct db_advice_message *m, void *arg)
{
	xmlNodePtr	 n;
	char		 created[24];

	if (clock_utc_to_local(m->created, created) == -1)
		snprintf(created, sizeof(created), "%s", m->created);
	if ((n = doc_text(arg, "message", m->body)) == NULL ||
	    doc_attr_int(n, "id", m->id) == -1 ||
	    doc_attr(n, "kind", m->kind) == -1 ||
	    doc_attr(n, "by", m->by_organiser ? "organiser" : "requester") ==
	    -1 || doc_attr(n, "author", m->author) == -1 ||
	    doc_attr(n, "created", created) == -1)
		return -1;
	return 0;
}

/* An organiser as an option of the assignee field. */
struct assignee_opts {
	xmlNodePtr	 field;
	long long	 chosen;
};

static int
assignee_option(const struct db_user *u, void *arg)
{
	struct assignee_opts	*a = arg;
	xmlNodePtr		 o;

	if ((o = doc_elem(a->field, "option")) == NULL ||
	    doc_attr_int(o, "value", u->id) == -1 ||
	    doc_attr(o, "label", u->name) == -1 ||
	    (u->id == a->chosen && doc_attr(o, "selected", "yes") == -1))
		return -1;
	return 0;
}

/*
 * The page of a thread (page "advice-thread"): the request, its
 * messages (notes for organisers only), and the forms: the answer for
 * the requester; reply, note, organiser and status for organisers. f and
 * v, when given, are the form posted with errors (422), by its name.
 */
static int
thread_page(struct worker *w, struct req *r, struct resp *o,
    const struct db_advice_request *q, int admin, const char *posted,
    struct form_value *v)
{
	struct req_ctx		 c = { NULL, admin, 0 };
	struct assignee_opts	 ao;
	xmlNodePtr		 root, f, n;
	char			 action[96];
	const char		*forms[] = { "antwoord", "notitie" };

	if ((root = page_start(r, o, "advice-thread", v ? 422 : 200)) ==
	    NULL || (c.list = doc_elem(root, "requests")) == NULL ||
	    request_xml(q, &c) == -1 ||
	    (n = doc_elem(root, "messages")) == NULL ||
	    db_advice_messages(w->db, q->id, admin, message_xml, n) == -1)
		return -1;
	if (v != NULL && doc_attr_int(root, "status", 422) == -1)
		return -1;
	if (!admin) {
		snprintf(action, sizeof(action), "/advies/aanvragen/%lld", q->id);
		if ((f = form_new(root, "advice-answer", action)) == NULL ||
		    form_field(f, "bericht", "textarea", v ? v[0].raw : NULL,
		    1) == NULL || (v && form_mark(f, &message_form, v) == -1))
			return -1;
		return 0;
	}
	for (size_t i = 0; i < 2; i++) {
		snprintf(action, sizeof(action), "/beheer/advies/%lld/%s", q->id,
		    forms[i]);
		if ((f = form_new(root, i == 0 ? "advice-reply" : "advice-note",
		    action)) == NULL ||
		    form_field(f, "bericht", "textarea", v && posted &&
		    strcmp(posted, forms[i]) == 0 ? v[0].raw : NULL, 1) == NULL ||
		    (v && posted && strcmp(posted, forms[i]) == 0 &&
		    form_mark(f, &message_form, v) == -1))
			return -1;
	}
	snprintf(action, sizeof(action), "/beheer/advies/%lld/behandelaar",
	    q->id);
	if ((f = form_new(root, "advice-assign", action)) == NULL ||
	    (ao.field = form_field(f, "behandelaar", "select", NULL, 0)) ==
	    NULL)
		return -1;
	ao.chosen = q->assignee_id;
	if (db_practice_users_of_role(w->db, "organiser", assignee_option,
	    &ao) == -1)
		return -1;
	snprintf(action, sizeof(action), "/beheer/advies/%lld/status", q->id);
	if ((f = form_new(root, "advice-state", action)) == NULL ||
	    form_select(f, "status", q->status, statuses, 3) == NULL)
		return -1;
	return 0;
}

int
handle_advice_requests(struct worker *w, struct req *r, struct resp *o)
{
	struct req_ctx	 c = { NULL, 0, 0 };
	xmlNodePtr	 root;

	if ((root = page_start(r, o, "advice-requests", 200)) == NULL ||
	    (c.list = doc_elem(root, "requests")) == NULL ||
	    db_advice_requests(w->db, r->user.org_id, 0, request_xml, &c) ==
	    -1)
		return -1;
	return 0;
}

/* GET and POST /advies/aanvragen/{id}: the requester's municipality
 * reads the thread and answers; another municipality's request is 404. */
int
handle_advice_thread(struct worker *w, struct req *r, struct resp *o)
{
	struct db_advice_request	*q;
	struct form_value		 v[1];
	char				 loc[96];
	int				 rc;

	if ((q = malloc(sizeof(*q))) == NULL)
		return -1;
	if ((rc = request_load(w, r->ids[0], r->user.org_id,
	    r->method == METHOD_POST, q)) != 1) {
		free(q);
		return rc == -1 ? -1 : error_page(r, o, 404, NULL);
	}
	if (r->method != METHOD_POST)
		rc = thread_page(w, r, o, q, 0, NULL, NULL);
	else if (form_read(r, &message_form, v) > 0)
		rc = thread_page(w, r, o, q, 0, NULL, v);
	else if (db_advice_message_add(w->db, q->id, r->user.id, "reply",
	    v[0].s) == -1 || thread_notify(w, "advice.message", q, v[0].s) ==
	    -1 || db_audit_add(w->db, r->user.id, "advice.answered",
	    "advice_request", q->id, "") == -1)
		rc = -1;
	else {
		snprintf(loc, sizeof(loc),
		    "/advies/aanvragen/%lld?klaar=advice.sent", q->id);
		rc = redirect(o, loc);
	}
	free(q);
	return rc;
}

/*
 * Sets the status of request q (locked) to status: a row in the thread
 * and advice.status to the requester, unless it is the status already.
 * Returns 0/-1.
 */
static int
status_change(struct worker *w, struct req *r, struct db_advice_request *q,
    const char *status)
{
	if (strcmp(q->status, status) == 0)
		return 0;
	snprintf(q->status, sizeof(q->status), "%s", status);
	if (db_advice_request_status(w->db, q->id, status, r->user.id) == -1 ||
	    db_advice_message_add(w->db, q->id, r->user.id, "status",
	    status) == -1 ||
	    thread_notify(w, "advice.status", q, NULL) == -1 ||
	    db_audit_add(w->db, r->user.id, "advice.status", "advice_request",
	    q->id, status) == -1)
		return -1;
	return 0;
}

/* The organisers' actions on a thread, by the last part of the path. */
enum thread_action { TA_STATUS, TA_REPLY, TA_NOTE, TA_ASSIGN };

static int
thread_admin(struct worker *w, struct req *r, struct resp *o,
    enum thread_action act, int from_list)
{
	struct db_advice_request	*q;
	struct db_user			 u;
	struct form_value		 v[1];
	char				 loc[128];
	int				 rc;
	const char			*posted = act == TA_REPLY ? "antwoord" :
	    "notitie";

	if (r->method == METHOD_POST && act == TA_STATUS &&
	    form_read(r, &status_form, v) > 0)
		return error_page(r, o, 400, NULL);
	if (r->method == METHOD_POST && act == TA_ASSIGN &&
	    form_read(r, &assign_form, v) > 0)
		return error_page(r, o, 400, NULL);
	if ((q = malloc(sizeof(*q))) == NULL)
		return -1;
	if ((rc = request_load(w, r->ids[0], 0, r->method == METHOD_POST,
	    q)) != 1) {
		free(q);
		return rc == -1 ? -1 : error_page(r, o, 404, NULL);
	}
	if (r->method != METHOD_POST) {
		rc = thread_page(w, r, o, q, 1, NULL, NULL);
		goto out;
	}
	switch (act) {
	case TA_STATUS:
		rc = status_change(w, r, q, v[0].s);
		break;
	case TA_ASSIGN:
		/* Only an active organiser: no form of ours offers another. */
		if (v[0].given && ((rc = db_practice_user(w->db, v[0].n,
		    &u)) != 1 || u.disabled || strcmp(u.role, "organiser") != 0)) {
			rc = rc == -1 ? -1 : error_page(r, o, 400, NULL);
			goto out;
		}
		rc = db_advice_request_assign(w->db, q->id,
		    v[0].given ? v[0].n : 0, r->user.id) == -1 ||
		    db_audit_add(w->db, r->user.id, "advice.assigned",
		    "advice_request", q->id, v[0].given ? v[0].raw : "") ==
		    -1 ? -1 : 0;
		break;
	case TA_REPLY:
	case TA_NOTE:
		if (form_read(r, &message_form, v) > 0) {
			rc = thread_page(w, r, o, q, 1, posted, v);
			goto out;
		}
		rc = db_advice_message_add(w->db, q->id, r->user.id,
		    act == TA_REPLY ? "reply" : "note", v[0].s) == -1 ||
		    (act == TA_REPLY && thread_notify(w, "advice.replied", q,
		    v[0].s) == -1) ||
		    db_audit_add(w->db, r->user.id, act == TA_REPLY ?
		    "advice.replied" : "advice.noted", "advice_request", q->id,
		    "") == -1 ? -1 : 0;
		break;
	}
	if (rc == 0) {
		if (from_list)
			snprintf(loc, sizeof(loc),
			    "/beheer/advies?klaar=advice.status-saved");
		else
			snprintf(loc, sizeof(loc), "/beheer/advies/%lld?klaar=%s",
			    q->id, act == TA_STATUS ? "advice.status-saved" :
			    act == TA_ASSIGN ? "advice.assigned" :
			    act == TA_REPLY ? "advice.sent" : "advice.noted");
		rc = redirect(o, loc);
	}
out:
	free(q);
	return rc;
}

int
handle_advice_reply(struct worker *w, struct req *r, struct resp *o)
{
	return thread_admin(w, r, o, TA_REPLY, 0);
}

int
handle_advice_note(struct worker *w, struct req *r, struct resp *o)
{
	return thread_admin(w, r, o, TA_NOTE, 0);
}

int
handle_advice_assign(struct worker *w, struct req *r, struct resp *o)
{
	return thread_admin(w, r, o, TA_ASSIGN, 0);
}

int
handle_advice_status_thread(struct worker *w, struct req *r, struct resp *o)
{
	return thread_admin(w, r, o, TA_STATUS, 0);
}

/* GET /beheer/advies/{id}: the thread; POST: a new status from the list
 * of requests, back to the list. */
int
handle_advice_status(struct worker *w, struct req *r, struct resp *o)
{
	return thread_admin(w, r, o, TA_STATUS, 1);
}
