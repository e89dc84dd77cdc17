/*
 * Page documents: the root every page starts with (the request, the
 * language links, the signed-in user, the CSRF token and a notice after
 * a redirect), a user row of a list, and the rendered error page. They
 * are built with the escaping helpers of xmldoc.c.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"

#define X(s) ((const xmlChar *)(s))

xmlNodePtr
user_xml(xmlNodePtr parent, const char *element, const struct db_user *u)
{
	xmlNodePtr n;

	if ((n = doc_elem(parent, element)) == NULL ||
	    doc_attr_int(n, "id", u->id) == -1 ||
	    doc_attr(n, "name", u->name) == -1 ||
	    doc_attr(n, "email", u->email) == -1 ||
	    doc_attr(n, "organisation", u->org_name) == -1 ||
	    doc_attr(n, "role", u->role) == -1 ||
	    doc_attr(n, "status", user_status(u)) == -1 ||
	    (u->disabled && doc_attr(n, "disabled", "yes") == -1))
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
	"round.reopened", "monitor.year-saved", "monitor.reminder-sent",
	/* the practice library */
	"practice.saved", "practice.submitted", "practice.published",
	"practice.returned", "practice.made-public", "practice.made-internal",
	"practice.contact-sent",
	"advice.requested", "advice.status-saved", "benchmark.saved",
	"advice.sent", "advice.noted", "advice.assigned",
	"practice.contact-withdrawn",
	/* registration */
	"registration.check-mail", "registration.approved",
	"registration.refused",
	"info.saved", "info.restored", "account.erasure-requested",
	"peers.saved",
	/* the coordinator's view of the programme */
	"coordinator.cancelled", "coordinator.move-sent",
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
	if (doc_attr(root, "name", name) == -1 ||
	    doc_attr(root, "version", PACKAGE_VERSION) == -1 ||
	    doc_attr(root, "lang", lang_codes[r->lang]) == -1 ||
	    doc_attr_int(root, "status", status) == -1)
		goto err;

	if ((n = doc_elem(root, "request")) == NULL ||
	    doc_attr(n, "method", r->method_name) == -1 ||
	    doc_attr(n, "path", r->path) == -1 ||
	    doc_attr(n, "query", r->query) == -1)
		goto err;

	if ((langs = doc_elem(root, "languages")) == NULL)
		goto err;
	for (int l = 0; l < LANG__MAX; l++) {
		snprintf(href, sizeof(href), "%s?lang=%s", r->path,
		    lang_codes[l]);
		if ((n = doc_elem(langs, "language")) == NULL ||
		    doc_attr(n, "code", lang_codes[l]) == -1 ||
		    doc_attr(n, "href", href) == -1 ||
		    ((int)r->lang == l && doc_attr(n, "current", "yes") == -1))
			goto err;
	}

	if ((n = doc_elem(root, "user")) == NULL ||
	    doc_attr(n, "role", role_names[r->role]) == -1)
		goto err;
	if (r->signed_in &&
	    (doc_attr_int(n, "id", r->user.id) == -1 ||
	    doc_attr(n, "name", r->user.name) == -1 ||
	    doc_attr(n, "email", r->user.email) == -1 ||
	    doc_attr(n, "lang", r->user.lang) == -1 ||
	    doc_attr_int(n, "organisation-id", r->user.org_id) == -1 ||
	    doc_attr(n, "organisation", r->user.org_name) == -1 ||
	    doc_attr(n, "organisation-kind", r->user.org_kind) == -1))
		goto err;
	if (r->csrf[0] != '\0' && doc_text(root, "csrf", r->csrf) == NULL)
		goto err;
	/* A notice after a redirect, e.g. ?klaar=account.saved. */
	if ((notice = kvlist_get(&r->params, "klaar")) != NULL &&
	    notice_ok(notice) &&
	    ((n = doc_elem(root, "notice")) == NULL ||
	    doc_attr(n, "key", notice) == -1))
		goto err;
	return doc;
err:
	log_error("page: cannot build the %s page", name);
	xmlFreeDoc(doc);
	return NULL;
}

/* Makes o the error page for status; returns its <error>, or NULL. */
static xmlNodePtr
error_start(const struct req *r, struct resp *o, int status,
    const char *allow)
{
	xmlNodePtr err;

	resp_reset(o);
	o->status = status;
	if ((o->page = page_new("error", r, status)) == NULL)
		return NULL;
	if ((err = doc_elem(xmlDocGetRootElement(o->page), "error")) == NULL ||
	    doc_attr_int(err, "status", status) == -1)
		return NULL;
	if (allow != NULL &&
	    (doc_text(err, "allow", allow) == NULL ||
	    resp_header(o, "Allow", allow) == -1))
		return NULL;
	return err;
}

int
error_page(const struct req *r, struct resp *o, int status, const char *allow)
{
	return error_start(r, o, status, allow) == NULL ? -1 : 0;
}

int
error_page_why(const struct req *r, struct resp *o, int status,
    const char *key, long long arg)
{
	xmlNodePtr why;

	if ((why = error_start(r, o, status, NULL)) == NULL ||
	    (why = doc_elem(why, "why")) == NULL ||
	    doc_attr(why, "key", key) == -1 ||
	    doc_attr_int(why, "arg", arg) == -1)
		return -1;
	return 0;
}
