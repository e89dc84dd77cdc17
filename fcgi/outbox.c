/*
 * The outbox: every outgoing message is written here, inside the
 * transaction of the change that causes it, so a message exists exactly
 * when its change does. The courier (courier.c) delivers the rows.
 *
 * A row's body is the JSON document the webhook receives:
 *   {"id","type","created_at","data":{...},"mail":{"to":[...],"subject",
 *    "text"[,"reply_to"]}}
 * built with jansson; the courier reads the mail part back for SMTP.
 * The mail's subject and text are rendered from the catalogues by
 * xslt/mail.xsl, in the recipient's language. The row also keeps the
 * subject and the recipients apart (outbox_recipients: one row per
 * address), for the organisers' list of messages, whatever the type.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>
#include <sodium.h>

#include "domain.h"

/* The largest body the courier's buffer takes. */
#define BODY_MAX 65000

void
uuid_new(char out[37])
{
	unsigned char b[16];

	randombytes_buf(b, sizeof(b));
	b[6] = (b[6] & 0x0f) | 0x40;	/* version 4, RFC 9562 5.4 */
	b[8] = (b[8] & 0x3f) | 0x80;	/* variant 10 */
	snprintf(out, 37, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
	    "%02x%02x%02x%02x%02x%02x", b[0], b[1], b[2], b[3], b[4], b[5],
	    b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
}

xmlDocPtr
mail_doc(const char *type, const char *lang, xmlNodePtr *root)
{
	xmlDocPtr doc;

	if ((doc = xmlNewDoc((const xmlChar *)"1.0")) == NULL ||
	    (*root = xmlNewDocNode(doc, NULL, (const xmlChar *)"mail",
	    NULL)) == NULL) {
		xmlFreeDoc(doc);
		return NULL;
	}
	xmlDocSetRootElement(doc, *root);	/* the document owns root */
	if (doc_attr(*root, "name", "mail") == -1 ||
	    doc_attr(*root, "lang", lang) == -1 ||
	    doc_attr(*root, "type", type) == -1) {
		xmlFreeDoc(doc);
		return NULL;
	}
	return doc;
}

/*
 * Splits rendered mail text into its subject (the first line) and body
 * (after the blank line that follows). Returns 0/-1 (no subject line).
 */
static int
split_mail(char *text, char **subject, char **body)
{
	char *nl;

	if ((nl = strchr(text, '\n')) == NULL || nl == text)
		return -1;
	*nl = '\0';
	*subject = text;
	*body = nl + 1;
	while (**body == '\n')
		(*body)++;
	return 0;
}

/* The addresses of a comma-separated list as a JSON array (maybe empty). */
static json_t *
recipients(const char *list)
{
	json_t		*a = json_array();
	const char	*p = list, *end;
	char		 one[300];
	size_t		 n;

	while (a != NULL && *p != '\0') {
		while (*p == ' ' || *p == ',')
			p++;
		if ((end = strchr(p, ',')) == NULL)
			end = p + strlen(p);
		n = (size_t)(end - p);
		while (n > 0 && p[n - 1] == ' ')
			n--;
		if (n > 0 && n < sizeof(one)) {
			memcpy(one, p, n);
			one[n] = '\0';
			if (json_array_append_new(a, json_string(one)) == -1) {
				json_decref(a);
				return NULL;
			}
		}
		p = end;
	}
	return a;
}

/* The bare address of a recipient "Name <address>" (or of a bare one)
 * into out. Returns 0, or -1 when it does not fit. */
static int
bare_address(const char *to, char *out, size_t sz)
{
	const char	*lt = strchr(to, '<'), *gt;
	int		 n;

	if (lt != NULL && (gt = strchr(lt, '>')) != NULL)
		n = snprintf(out, sz, "%.*s", (int)(gt - lt - 1), lt + 1);
	else
		n = snprintf(out, sz, "%s", to);
	return n < 0 || (size_t)n >= sz ? -1 : 0;
}

/* Joins the entries of to (strings) by ", " into list, for display.
 * Returns 0, or -1 when list (sz bytes) is too small. */
static int
recipients_list(json_t *to, char *list, size_t sz)
{
	json_t	*v;
	size_t	 i, len = 0;
	int	 n;

	list[0] = '\0';
	json_array_foreach(to, i, v) {
		if (!json_is_string(v))
			continue;
		n = snprintf(list + len, sz - len, "%s%s", len ? ", " : "",
		    json_string_value(v));
		if (n < 0 || (size_t)n >= sz - len)
			return -1;
		len += (size_t)n;
	}
	return 0;
}

/* Records the address of each entry of to for message id. Returns 0/-1. */
static int
recipients_add(struct db *db, long long id, json_t *to)
{
	json_t	*v;
	size_t	 i;
	char	 addr[300];

	json_array_foreach(to, i, v) {
		if (!json_is_string(v))
			continue;
		if (bare_address(json_string_value(v), addr,
		    sizeof(addr)) == -1 ||
		    db_outbox_recipient_add(db, id, (int)i + 1, addr) == -1)
			return -1;
	}
	return 0;
}

/*
 * Queues one message (see outbox_put); with ics, the mail part carries
 * "calendar":{"method","text"}, which the courier attaches as
 * text/calendar (RFC 6047).
 */
static int
put(struct db *db, const struct config *cfg, const struct render *rd,
    const char *type, json_t *data, xmlDocPtr mail, const char *to,
    const char *reply_to, const char *method, const char *ics)
{
	json_t		*doc = NULL, *m;
	char		 uuid[37], iso[32], sqlts[24], *text = NULL, *body = NULL;
	char		*subject, *mailbody, *list = NULL;
	size_t		 textsz;
	long long	 id;
	time_t		 now = time(NULL);
	struct tm	 tm;
	int		 rc = -1;

	/* data is ours now, whatever happens. */
	if (data == NULL)
		return -1;
	if (render_text(rd, mail, &text, &textsz) == -1 ||
	    split_mail(text, &subject, &mailbody) == -1) {
		log_error("outbox: %s: the mail does not render", type);
		goto out;
	}
	uuid_new(uuid);
	gmtime_r(&now, &tm);
	strftime(iso, sizeof(iso), "%Y-%m-%dT%H:%M:%SZ", &tm);
	strftime(sqlts, sizeof(sqlts), "%Y-%m-%d %H:%M:%S", &tm);
	m = json_pack("{s:o,s:s,s:s}", "to", recipients(to), "subject",
	    subject, "text", mailbody);
	if (m != NULL && reply_to != NULL &&
	    json_object_set_new(m, "reply_to", json_string(reply_to)) == -1) {
		json_decref(m);
		m = NULL;
	}
	if (m != NULL && ics != NULL && json_object_set_new(m, "calendar",
	    json_pack("{s:s,s:s}", "method", method, "text", ics)) == -1) {
		json_decref(m);
		m = NULL;
	}
	/* "o" steals the references to data and m. */
	doc = json_pack("{s:s,s:s,s:s,s:O,s:o}", "id", uuid, "type", type,
	    "created_at", iso, "data", data, "mail", m);
	if (doc == NULL || (body = json_dumps(doc, JSON_COMPACT)) == NULL) {
		log_error("outbox: %s: cannot build the JSON body", type);
		goto out;
	}
	if (strlen(body) > BODY_MAX) {
		log_error("outbox: %s: body of %zu bytes is too long", type,
		    strlen(body));
		goto out;
	}
	/* The list of messages shows the recipients and subject of every
	 * type from the mail part, and finds it by each address. */
	if ((list = malloc(strlen(body))) == NULL ||
	    recipients_list(json_object_get(m, "to"), list,
	    strlen(body)) == -1) {
		log_error("outbox: %s: cannot list the recipients", type);
		goto out;
	}
	if ((id = db_outbox_add(db, uuid, type, body, subject, list, sqlts,
	    cfg->retry_hours)) == -1 ||
	    recipients_add(db, id, json_object_get(m, "to")) == -1)
		goto out;
	rc = 0;
out:
	free(list);
	json_decref(data);
	json_decref(doc);
	free(body);
	xmlFree(text);
	return rc;
}

int
outbox_put(struct db *db, const struct config *cfg, const struct render *rd,
    const char *type, json_t *data, xmlDocPtr mail, const char *to,
    const char *reply_to)
{
	return put(db, cfg, rd, type, data, mail, to, reply_to, NULL, NULL);
}

int
outbox_put_calendar(struct db *db, const struct config *cfg,
    const struct render *rd, const char *type, json_t *data, xmlDocPtr mail,
    const char *to, const char *method, const char *ics)
{
	return put(db, cfg, rd, type, data, mail, to, NULL, method, ics);
}
