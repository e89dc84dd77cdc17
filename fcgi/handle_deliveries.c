/*
 * The organisers' list of outgoing messages (/beheer/berichten) and the
 * page of one message (/beheer/berichten/{id}), with "send again" for a
 * failed one. The list shows per message its recipients, subject,
 * status and newest attempt, newest first, a page at a time, and finds
 * the messages to one address (?q=ADDRESS) or with words in their
 * subject or recipients (?q=WORDS). The message page shows the mail as
 * it was sent, read from the message itself whatever its type, and
 * every attempt with its outcome.
 *
 * A mailed link's token is a capability: the courier redacts it in the
 * outbox once the mail is delivered, and these pages mask it in a
 * message not yet delivered, so no page ever shows a usable one. The
 * route table lets only organisers and administrators in.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "handlers.h"

/* How many messages a page of the list shows. */
#define PER_PAGE 50
/* The most characters a search takes: the longest address. */
#define QUERY_MAX 254

/* Adds one message of the list (or the message of its page) as
 * <message id uuid type status attempts created sent next last-error
 * subject recipients purged last-attempt last-transport last-result>. */
static xmlNodePtr
message_xml(xmlNodePtr parent, const struct db_outbox_row *m)
{
	xmlNodePtr n;

	if ((n = doc_elem(parent, "message")) == NULL ||
	    doc_attr_int(n, "id", m->id) == -1 ||
	    doc_attr(n, "uuid", m->uuid) == -1 ||
	    doc_attr(n, "type", m->type) == -1 ||
	    doc_attr(n, "status", m->status) == -1 ||
	    doc_attr_int(n, "attempts", m->attempts) == -1 ||
	    doc_attr_local(n, "created", m->created) == -1 ||
	    (m->sent[0] && doc_attr_local(n, "sent", m->sent) == -1) ||
	    (strcmp(m->status, "pending") == 0 &&
	    doc_attr_local(n, "next", m->next) == -1) ||
	    (m->last_error[0] && doc_attr(n, "last-error", m->last_error) ==
	    -1) ||
	    (m->subject[0] && doc_attr(n, "subject", m->subject) == -1) ||
	    (m->recipients[0] &&
	    doc_attr(n, "recipients", m->recipients) == -1) ||
	    (m->purged && doc_attr(n, "purged", "yes") == -1) ||
	    (m->last_at[0] && (doc_attr_local(n, "last-attempt",
	    m->last_at) == -1 || doc_attr(n, "last-transport",
	    m->last_transport) == -1 || doc_attr(n, "last-result",
	    m->last_result) == -1)))
		return NULL;
	return n;
}

static int
message_add(const struct db_outbox_row *m, void *arg)
{
	return message_xml(arg, m) == NULL ? -1 : 0;
}

/* The search of the list: a value no form of ours sends is refused with
 * the list re-rendered (422). */
enum {
	DQ_QUERY,
	DQ_PAGE,
	DQ__MAX
};

static const struct form_field query_fields[DQ__MAX] = {
	{ .name = "q", .valid = VALID_TEXT, .flags = FF_BLANK_ABSENT,
	  .max = QUERY_MAX, .key = "field.text.invalid", .arg = QUERY_MAX,
	  .blank = " \t" },
	{ .name = "pagina", .valid = VALID_INT, .min = 1, .max = 100000,
	  .key = "field.number" },
};

static const struct form query_form = { query_fields, DQ__MAX, 0 };

/*
 * Reads the search q into qy: an address (it holds an '@') must be one,
 * else its words (at most MESSAGE_WORDS_MAX) are searched for. q is
 * copied into buf (sz bytes), which the query's pointers then point
 * into. Returns NULL, or the catalogue key of what is wrong with it.
 */
static const char *
query_parse(const char *q, char *buf, size_t sz, struct db_message_query *qy)
{
	char	*w, *save = NULL;
	size_t	 n = 0, len;

	q += strspn(q, " \t");
	len = strlen(q);
	while (len > 0 && (q[len - 1] == ' ' || q[len - 1] == '\t'))
		len--;
	if (len >= sz)
		return "deliveries.search.words";
	memcpy(buf, q, len);
	buf[len] = '\0';
	if (len == 0)
		return NULL;
	if (strchr(buf, '@') != NULL) {
		if (valid_email(buf) == -1)
			return "deliveries.search.address";
		qy->address = buf;
		return NULL;
	}
	for (w = strtok_r(buf, " \t", &save); w != NULL;
	    w = strtok_r(NULL, " \t", &save)) {
		if (n == MESSAGE_WORDS_MAX)
			return "deliveries.search.words";
		qy->words[n++] = w;
	}
	return NULL;
}

/* Copies s into out without the control characters XML 1.0 cannot hold
 * (a refused search is shown as typed, less those), cut to sz bytes at
 * a character's start. Returns out. */
static const char *
printable(const char *s, char *out, size_t sz)
{
	size_t n = 0;

	for (; s != NULL && *s != '\0' && n + 4 < sz; s++)
		if ((unsigned char)*s >= 0x20 && *s != 0x7f)
			out[n++] = *s;
	while (n > 0 && s != NULL && *s != '\0' &&
	    ((unsigned char)out[n - 1] & 0xc0) == 0x80)
		n--;
	if (n > 0 && s != NULL && *s != '\0' &&
	    (unsigned char)out[n - 1] >= 0xc0)
		n--;
	out[n] = '\0';
	return out;
}

int
handle_deliveries(struct worker *w, struct req *r, struct resp *o)
{
	struct db_message_query	 qy;
	struct form_value	 v[DQ__MAX];
	xmlNodePtr		 root, s, list, f;
	const char		*q, *why;
	int			 refused;
	char			 words[QUERY_MAX * 4 + 1], shown[1024];
	char			 pshown[32], base[1100];
	long long		 page = 1, total = 0, pages;

	memset(&qy, 0, sizeof(qy));
	(void)form_read(r, &query_form, v);
	q = v[DQ_QUERY].raw;
	if (q != NULL)
		q = printable(q, shown, sizeof(shown));
	if (v[DQ_PAGE].given && v[DQ_PAGE].error == NULL)
		page = v[DQ_PAGE].n;
	if (v[DQ_QUERY].error == NULL && q != NULL &&
	    (why = query_parse(q, words, sizeof(words), &qy)) != NULL)
		v[DQ_QUERY].error = why;
	refused = form_bad(&query_form, v);

	/* The search as a form (<form name="search">), so that its
	 * messages stand by its field and the title says "Fout:". */
	if ((root = page_start(r, o, "deliveries", refused ? 422 : 200)) ==
	    NULL || (s = doc_elem(root, "search")) == NULL ||
	    doc_attr(s, "q", q ? q : "") == -1 ||
	    doc_attr(s, "kind", qy.address ? "address" : qy.words[0] ?
	    "words" : "none") == -1 ||
	    (f = form_new(root, "search", "/beheer/berichten")) == NULL ||
	    form_field(f, "q", "search", q, 0) == NULL ||
	    form_field(f, "pagina", "hidden", v[DQ_PAGE].raw ?
	    printable(v[DQ_PAGE].raw, pshown, sizeof(pshown)) : NULL, 0) ==
	    NULL ||
	    form_mark(f, &query_form, v) == -1 ||
	    (list = doc_elem(root, "deliveries")) == NULL)
		return -1;
	/* A search that cannot run finds nothing, rather than all. */
	if (refused)
		return 0;
	qy.limit = PER_PAGE;
	qy.offset = (page - 1) * PER_PAGE;
	if ((total = db_messages_count(w->db, &qy)) == -1 ||
	    (total > qy.offset &&
	    db_messages_list(w->db, &qy, message_add, list) == -1))
		return -1;
	pages = (total + PER_PAGE - 1) / PER_PAGE;
	base[0] = '\0';
	query_add(base, sizeof(base), "q", q);
	if (doc_attr_int(s, "total", total) == -1 ||
	    doc_attr_int(s, "page", page) == -1 ||
	    doc_attr_int(s, "pages", pages) == -1 ||
	    pagination_xml(root, "/beheer/berichten", base, page, pages) ==
	    -1)
		return -1;
	return 0;
}

/* Adds an attempt under the message as <attempt at transport ok
 * http-status smtp-reply error/>. */
static int
attempt_add(const struct db_delivery *d, void *arg)
{
	xmlNodePtr n;

	if ((n = doc_elem(arg, "attempt")) == NULL ||
	    doc_attr_local(n, "at", d->at) == -1 ||
	    doc_attr(n, "transport", d->transport) == -1 ||
	    doc_attr(n, "ok", d->ok ? "yes" : "no") == -1 ||
	    (d->http_status &&
	    doc_attr_int(n, "http-status", d->http_status) == -1) ||
	    (d->smtp_reply[0] &&
	    doc_attr(n, "smtp-reply", d->smtp_reply) == -1) ||
	    (d->error[0] && doc_attr(n, "error", d->error) == -1))
		return -1;
	return 0;
}

/* Adds <name> with the string value of key in obj, when it has one. */
static int
json_text(xmlNodePtr parent, const char *name, json_t *obj, const char *key)
{
	const char *s = json_string_value(json_object_get(obj, key));

	return s == NULL || doc_text(parent, name, s) != NULL ? 0 : -1;
}

/*
 * Adds the mail of a message's body (JSON, its links' tokens already
 * masked) as <mail><to>..</to><reply-to/><subject/><text/>
 * <attachment name type/></mail>: what every type's mail part holds.
 * A body that is no JSON (or has no mail part) adds <mail unreadable>.
 */
static int
mail_xml(xmlNodePtr parent, const char *body)
{
	json_t		*doc, *mail, *v, *files;
	json_error_t	 jerr;
	xmlNodePtr	 n, a;
	size_t		 i;
	int		 rc = -1;

	if ((n = doc_elem(parent, "mail")) == NULL)
		return -1;
	if ((doc = json_loads(body, 0, &jerr)) == NULL ||
	    !json_is_object(mail = json_object_get(doc, "mail"))) {
		json_decref(doc);
		return doc_attr(n, "unreadable", "yes");
	}
	json_array_foreach(json_object_get(mail, "to"), i, v)
		if (json_is_string(v) &&
		    doc_text(n, "to", json_string_value(v)) == NULL)
			goto out;
	if (json_text(n, "reply-to", mail, "reply_to") == -1 ||
	    json_text(n, "subject", mail, "subject") == -1 ||
	    json_text(n, "text", mail, "text") == -1)
		goto out;
	/* Attachments, where a type has them: their names, not contents. */
	files = json_object_get(mail, "attachments");
	json_array_foreach(files, i, v) {
		const char *name = json_string_value(json_object_get(v,
		    "filename"));
		const char *type = json_string_value(json_object_get(v,
		    "content_type"));

		if ((a = doc_elem(n, "attachment")) == NULL ||
		    (name && doc_attr(a, "name", name) == -1) ||
		    (type && doc_attr(a, "type", type) == -1))
			goto out;
	}
	rc = 0;
out:
	json_decref(doc);
	return rc;
}

int
handle_delivery(struct worker *w, struct req *r, struct resp *o)
{
	struct db_outbox_row	 m;
	xmlNodePtr		 root, n;
	char			*body;
	int			 rc = -1, found;

	/* The row as the courier reads it: at most 64 KB. */
	if ((body = malloc(65536)) == NULL)
		return -1;
	if ((found = db_message_get(w->db, r->ids[0], &m, body, 65536)) ==
	    -1)
		goto out;
	if (found == 0) {
		rc = error_page(r, o, 404, NULL);
		goto out;
	}
	/* A message not yet delivered still holds its links' tokens. */
	(void)token_redact(body);
	if ((root = page_start(r, o, "delivery", 200)) == NULL ||
	    (n = message_xml(root, &m)) == NULL ||
	    (body[0] != '\0' && mail_xml(n, body) == -1) ||
	    db_message_attempts(w->db, m.id, attempt_add, n) == -1)
		goto out;
	rc = 0;
out:
	free(body);
	return rc;
}

int
handle_delivery_retry(struct worker *w, struct req *r, struct resp *o)
{
	char	 detail[32];
	int	 rc;

	if ((rc = db_outbox_retry(w->db, r->ids[0], w->cfg->retry_hours)) ==
	    -1)
		return -1;
	if (rc == 0)
		return error_page(r, o, 404, NULL);
	snprintf(detail, sizeof(detail), "outbox %lld", r->ids[0]);
	if (db_audit_add(w->db, r->user.id, "outbox.retry", "outbox",
	    r->ids[0], detail) == -1)
		return -1;
	return redirect(o, "/beheer/berichten?klaar=message.queued");
}
