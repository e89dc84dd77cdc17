/*
 * Building page documents with the libxml2 tree API. Text and attribute
 * values go in only through calls that escape them (xmlNewTextChild,
 * xmlSetProp), never through xmlNewChild, which would parse entity
 * references out of user text.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "doc.h"

#define X(s) ((const xmlChar *)(s))

xmlNodePtr
page_text(xmlNodePtr parent, const char *name, const char *text)
{
	xmlNodePtr n;

	if (text == NULL)
		return NULL;
	if ((n = xmlNewTextChild(parent, NULL, X(name), X(text))) == NULL)
		log_error("page: cannot add <%s>", name);
	return n;
}

xmlNodePtr
page_int(xmlNodePtr parent, const char *name, long long value)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%lld", value);
	return page_text(parent, name, buf);
}

xmlNodePtr
page_elem(xmlNodePtr parent, const char *name)
{
	xmlNodePtr n;

	if ((n = xmlNewChild(parent, NULL, X(name), NULL)) == NULL)
		log_error("page: cannot add <%s>", name);
	return n;
}

int
page_attr(xmlNodePtr node, const char *name, const char *value)
{
	if (xmlSetProp(node, X(name), X(value)) == NULL) {
		log_error("page: cannot set @%s", name);
		return -1;
	}
	return 0;
}

int
page_attr_int(xmlNodePtr node, const char *name, long long value)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%lld", value);
	return page_attr(node, name, buf);
}

int
page_attr_1(xmlNodePtr node, const char *name, double value)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%.1f", value);
	return page_attr(node, name, buf);
}

xmlNodePtr
user_xml(xmlNodePtr parent, const char *element, const struct db_user *u)
{
	xmlNodePtr n;

	if ((n = page_elem(parent, element)) == NULL ||
	    page_attr_int(n, "id", u->id) == -1 ||
	    page_attr(n, "name", u->name) == -1 ||
	    page_attr(n, "email", u->email) == -1 ||
	    page_attr(n, "organisation", u->org_name) == -1 ||
	    page_attr(n, "role", u->role) == -1 ||
	    page_attr(n, "status", user_status(u)) == -1 ||
	    (u->disabled && page_attr(n, "disabled", "yes") == -1))
		return NULL;
	return n;
}

xmlNodePtr
page_start(const struct req *r, struct resp *o, const char *name, int status)
{
	o->status = status;
	if ((o->page = page_new(name, r, status)) == NULL)
		return NULL;
	return xmlDocGetRootElement(o->page);
}

xmlNodePtr
page_datetime(xmlNodePtr parent, const char *name, const char *ts)
{
	struct tm	 tm;
	xmlNodePtr	 n;
	char		 date[16], hm[8];
	int		 y, mo, d, h, mi, s;

	if (sscanf(ts, "%4d-%2d-%2d %2d:%2d:%2d", &y, &mo, &d, &h, &mi,
	    &s) != 6) {
		log_error("page: bad timestamp for <%s>", name);
		return NULL;
	}
	/* timegm normalises the calendar and yields the weekday; the time
	 * zone plays no part in either. */
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = 12;
	(void)timegm(&tm);
	snprintf(date, sizeof(date), "%04d-%02d-%02d", y, mo, d);
	snprintf(hm, sizeof(hm), "%02d:%02d", h, mi);
	if ((n = page_elem(parent, name)) == NULL ||
	    page_attr(n, "date", date) == -1 ||
	    page_attr(n, "time", hm) == -1 ||
	    page_attr_int(n, "year", y) == -1 ||
	    page_attr_int(n, "month", mo) == -1 ||
	    page_attr_int(n, "day", d) == -1 ||
	    page_attr_int(n, "weekday", tm.tm_wday == 0 ? 7 : tm.tm_wday) == -1)
		return NULL;
	return n;
}

/*
 * The notices a page may show after a redirect (?klaar=KEY): only these,
 * so a made-up link cannot put any other catalogue text on a page as if
 * it were a confirmation.
 */
static const char *const notices[] = {
	"account.saved", "password.changed", "signed-out", "forgot.sent",
	"invitation.done", "member.invited", "member.removed",
	"message.queued", "user.disabled", "registration.cancelled",
	"event.saved", "material.added", "user.invited", "monitor.saved",
	"monitor.submitted", "monitor.prefilled", "monitor.no-previous",
	"round.reopened",
	/* the practice library */
	"practice.saved", "practice.submitted", "practice.published",
	"practice.returned", "practice.made-public", "practice.made-internal",
	"practice.contact-sent",
	"advice.requested", "advice.status-saved", "benchmark.saved",
	"practice.contact-withdrawn",
};

/* Returns 1 when s is one of the notices, else 0. */
static int
notice_ok(const char *s)
{
	for (size_t i = 0; i < sizeof(notices) / sizeof(notices[0]); i++)
		if (strcmp(s, notices[i]) == 0)
			return 1;
	return 0;
}

xmlDocPtr
page_new(const char *name, const struct req *r, int status)
{
	xmlDocPtr	 doc;
	xmlNodePtr	 root, n, langs;
	const char	*notice;
	char		 href[512];

	if ((doc = xmlNewDoc(X("1.0"))) == NULL ||
	    (root = xmlNewDocNode(doc, NULL, X("page"), NULL)) == NULL)
		goto err;
	xmlDocSetRootElement(doc, root);	/* the document owns root */
	/* version: stylesheets put it on /static/ URLs, which nginx lets
	 * browsers cache for a year, so a release is fetched anew. */
	if (page_attr(root, "name", name) == -1 ||
	    page_attr(root, "version", PACKAGE_VERSION) == -1 ||
	    page_attr(root, "lang", lang_codes[r->lang]) == -1 ||
	    page_attr_int(root, "status", status) == -1)
		goto err;

	if ((n = page_elem(root, "request")) == NULL ||
	    page_attr(n, "method", r->method_name) == -1 ||
	    page_attr(n, "path", r->path) == -1 ||
	    page_attr(n, "query", r->query) == -1)
		goto err;

	if ((langs = page_elem(root, "languages")) == NULL)
		goto err;
	for (int l = 0; l < LANG__MAX; l++) {
		snprintf(href, sizeof(href), "%s?lang=%s", r->path,
		    lang_codes[l]);
		if ((n = page_elem(langs, "language")) == NULL ||
		    page_attr(n, "code", lang_codes[l]) == -1 ||
		    page_attr(n, "href", href) == -1 ||
		    ((int)r->lang == l && page_attr(n, "current", "yes") == -1))
			goto err;
	}

	if ((n = page_elem(root, "user")) == NULL ||
	    page_attr(n, "role", role_names[r->role]) == -1)
		goto err;
	if (r->signed_in &&
	    (page_attr_int(n, "id", r->user.id) == -1 ||
	    page_attr(n, "name", r->user.name) == -1 ||
	    page_attr(n, "email", r->user.email) == -1 ||
	    page_attr(n, "lang", r->user.lang) == -1 ||
	    page_attr_int(n, "organisation-id", r->user.org_id) == -1 ||
	    page_attr(n, "organisation", r->user.org_name) == -1 ||
	    page_attr(n, "organisation-kind", r->user.org_kind) == -1))
		goto err;
	if (r->csrf[0] != '\0' && page_text(root, "csrf", r->csrf) == NULL)
		goto err;
	/* A notice after a redirect, e.g. ?klaar=account.saved. */
	if ((notice = kvlist_get(&r->params, "klaar")) != NULL &&
	    notice_ok(notice) &&
	    ((n = page_elem(root, "notice")) == NULL ||
	    page_attr(n, "key", notice) == -1))
		goto err;
	return doc;
err:
	log_error("page: cannot build the %s page", name);
	xmlFreeDoc(doc);
	return NULL;
}

int
error_page(const struct req *r, struct resp *o, int status, const char *allow)
{
	xmlNodePtr err;

	resp_reset(o);
	o->status = status;
	if ((o->page = page_new("error", r, status)) == NULL)
		return -1;
	if ((err = page_elem(xmlDocGetRootElement(o->page), "error")) == NULL ||
	    page_attr_int(err, "status", status) == -1)
		return -1;
	if (allow != NULL &&
	    (page_text(err, "allow", allow) == NULL ||
	    resp_header(o, "Allow", allow) == -1))
		return -1;
	return 0;
}
