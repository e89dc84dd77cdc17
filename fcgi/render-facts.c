/*
 * An event's facts drawn in C: the extension element <c:event-facts/> of
 * home.xsl's template "event-facts", on the <event> that is the context
 * node: who it is for, when and where (or its sessions), the places
 * left, the limit per municipality and what the viewer's own has of it,
 * and when registration closes or opens. It draws what the XSLT of its
 * xsl:fallback draws (with the templates "session-items", "where" and
 * "places"), to the byte, with the same messages and date functions
 * (render-draw.c). The home page lists every event with its facts: they
 * were half of its transform.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <libxml/tree.h>
#include <libxml/xmlstring.h>
#include <libxml/xpathInternals.h>
#include <libxslt/extensions.h>
#include <libxslt/xsltInternals.h>

#include "doc.h"


/* The string value of e's first child called name ("" without it). */
static xmlChar *
value(xmlNodePtr e, const char *name)
{
	xmlNodePtr	 c = draw_child(e, name);
	xmlChar		*v = c != NULL ? xmlNodeGetContent(c) : NULL;

	return v != NULL ? v : xmlStrdup((const xmlChar *)"");
}

/* number(name) of e: NaN without the child. */
static double
number(xmlNodePtr e, const char *name)
{
	xmlChar	*v = value(e, name);
	double	 d = xmlXPathCastStringToNumber(v);

	xmlFree(v);
	return d;
}

/* Whether normalize-space(name) of e is not empty: the child has a
 * character other than XML's white space. */
static int
filled(xmlNodePtr e, const char *name)
{
	xmlChar	*v = value(e, name);
	int	 yes = draw_filled(v);

	xmlFree(v);
	return yes;
}

/* Whether e's attribute name exists and is not s (@name != 's'). */
static int
attr_not(xmlNodePtr e, const char *name, const char *s)
{
	return draw_has(e, name) && !draw_attr_is(e, name, s);
}

/* c:t(key, args...) with n arguments after the key (taken). */
static xmlChar *
msg(struct draw *d, const char *key, int n, xmlXPathObjectPtr a1,
    xmlXPathObjectPtr a2, xmlXPathObjectPtr a3)
{
	xmlXPathObjectPtr args[4] = { xmlXPathNewCString(key), a1, a2, a3 };

	for (int i = n + 1; i < 4; i++)
		xmlXPathFreeObject(args[i]);
	return draw_message(d, n + 1, args);
}

/* A row of the facts: <div><dt>c:t(key)</dt><dd/></div> under dl;
 * returns the <dd>. */
static xmlNodePtr
row(struct draw *d, xmlNodePtr dl, const char *key)
{
	xmlNodePtr div, dt;

	div = draw_helem(d, dl, "div");
	draw_attr(d, div, "class", (const xmlChar *)"cimolt-facts__row");
	dt = draw_helem(d, div, "dt");
	draw_text_owned(d, dt, msg(d, key, 0, NULL, NULL, NULL));
	return draw_helem(d, div, "dd");
}

/* <time datetime="DATE" "T" HH:MM> under parent, for the element with
 * the date and time attributes t ({t/@date}T{substring(t/@time, 1, 5)}). */
static xmlNodePtr
time_of(struct draw *d, xmlNodePtr parent, xmlNodePtr t)
{
	xmlNodePtr	 n = draw_helem(d, parent, "time");
	xmlChar		*date = NULL, *hm = NULL, *tm, *dt;

	if (t != NULL) {
		date = xmlGetNoNsProp(t, (const xmlChar *)"date");
		if ((tm = xmlGetNoNsProp(t, (const xmlChar *)"time")) != NULL) {
			hm = xmlUTF8Strsub(tm, 0, xmlUTF8Strlen(tm) < 5 ?
			    xmlUTF8Strlen(tm) : 5);
			xmlFree(tm);
		}
	}
	dt = xmlStrdup(date != NULL ? date : (const xmlChar *)"");
	dt = xmlStrcat(dt, (const xmlChar *)"T");
	dt = xmlStrcat(dt, hm != NULL ? hm : (const xmlChar *)"");
	draw_attr(d, n, "datetime", dt);
	xmlFree(dt);
	xmlFree(date);
	xmlFree(hm);
	return n;
}

/* The node-set of e's children called name, as an argument. */
static xmlXPathObjectPtr
children(xmlNodePtr e, const char *name)
{
	xmlXPathObjectPtr o = xmlXPathNewNodeSet(NULL);

	for (xmlNodePtr n = e->children; o != NULL && n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    xmlStrEqual(n->name, (const xmlChar *)name))
			xmlXPathNodeSetAdd(o->nodesetval, n);
	return o;
}

/* The sessions, each when and where (session-items). */
static void
sessions(struct draw *d, xmlNodePtr ul, xmlNodePtr ev)
{
	xmlNodePtr	 li, s;
	xmlChar		*place, *t;

	for (xmlNodePtr ss = ev->children; ss != NULL; ss = ss->next) {
		if (ss->type != XML_ELEMENT_NODE ||
		    !xmlStrEqual(ss->name, (const xmlChar *)"sessions"))
			continue;
		for (s = ss->children; s != NULL; s = s->next) {
			if (s->type != XML_ELEMENT_NODE ||
			    !xmlStrEqual(s->name, (const xmlChar *)"session"))
				continue;
			li = draw_helem(d, ul, "li");
			draw_text_owned(d, time_of(d, li,
			    draw_child(s, "start")), draw_call(d, "when", 1,
			    draw_self(s), NULL, NULL));
			if (filled(s, "place")) {
				place = value(s, "place");
				t = xmlStrncatNew((const xmlChar *)", ", place,
				    -1);
				draw_text_owned(d, li, t);
				xmlFree(place);
			}
		}
	}
}

/* How many sessions the event has (count(sessions/session)). */
static int
session_count(xmlNodePtr ev)
{
	int n = 0;

	for (xmlNodePtr ss = ev->children; ss != NULL; ss = ss->next)
		if (ss->type == XML_ELEMENT_NODE &&
		    xmlStrEqual(ss->name, (const xmlChar *)"sessions"))
			for (xmlNodePtr s = ss->children; s != NULL;
			    s = s->next)
				n += s->type == XML_ELEMENT_NODE &&
				    xmlStrEqual(s->name,
				    (const xmlChar *)"session");
	return n;
}

/* Where: the place, "Online" when there is only an online address, or
 * the place with a note that it can also be followed online (where). */
static void
where(struct draw *d, xmlNodePtr dd, xmlNodePtr ev)
{
	xmlXPathObjectPtr	 args[1];
	xmlChar			*place;
	int			 online = filled(ev, "online-url");

	args[0] = xmlXPathWrapString(value(ev, "place"));
	place = draw_string(d, draw_invoke(d, NULL, "normalize-space", 1,
	    args));
	if (place != NULL && *place != '\0' && online)
		draw_text_owned(d, dd, msg(d, "event.place-and-online", 1,
		    xmlXPathNewString(place), NULL, NULL));
	else if (place != NULL && *place != '\0')
		draw_text(d, dd, place);
	else
		draw_text_owned(d, dd, msg(d, "event.online", 0, NULL, NULL,
		    NULL));
	xmlFree(place);
}

/* Places left of the capacity; when none are left, that new
 * registrations join the waiting list (places). */
static void
places(struct draw *d, xmlNodePtr dd, xmlNodePtr ev)
{
	xmlXPathObjectPtr	 args[4];
	double			 left = number(ev, "places-left");
	double			 capacity = number(ev, "capacity");
	double			 waiting = number(ev, "waiting");

	if (left <= 0 && waiting > 0) {
		args[0] = xmlXPathNewCString("event.full.waiting");
		args[1] = xmlXPathNewCString("");
		args[2] = xmlXPathNewFloat(capacity);
		args[3] = xmlXPathNewFloat(waiting);
		draw_text_owned(d, dd, draw_message(d, 4, args));
	} else if (left <= 0)
		draw_text_owned(d, dd, msg(d, "event.full", 2,
		    xmlXPathNewCString(""), xmlXPathNewFloat(capacity), NULL));
	else
		draw_text_owned(d, dd, msg(d, left == 1 ?
		    "event.places-left.one" : "event.places-left", 2,
		    xmlXPathNewFloat(left), xmlXPathNewFloat(capacity), NULL));
}

/* The limit per municipality (per organisation on an open event). */
static void
per_org(struct draw *d, xmlNodePtr dl, xmlNodePtr ev)
{
	char		 key[64];
	const char	*open = draw_attr_is(ev, "open-to", "everyone") ?
			    ".open" : "";
	double		 limit = number(ev, "per-org-limit");
	xmlNodePtr	 dd;

	snprintf(key, sizeof(key), "event.per-org%s", open);
	dd = row(d, dl, key);
	if (limit == 1) {
		snprintf(key, sizeof(key), "event.per-org-limit%s.one", open);
		draw_text_owned(d, dd, msg(d, key, 0, NULL, NULL, NULL));
	} else {
		snprintf(key, sizeof(key), "event.per-org-limit%s", open);
		draw_text_owned(d, dd, msg(d, key, 1, xmlXPathNewFloat(limit),
		    NULL, NULL));
	}
}

/* What the viewer's own organisation has of the places. */
static void
own_org(struct draw *d, xmlNodePtr dl, xmlNodePtr ev)
{
	xmlXPathObjectPtr	 args[4];
	xmlNodePtr		 div, dt, dd, user;
	xmlChar			*org = NULL;
	double			 confirmed = number(ev, "org-confirmed");
	double			 limit = number(ev, "per-org-limit");
	double			 left = number(ev, "org-places-left");
	int			 named;

	div = draw_helem(d, dl, "div");
	draw_attr(d, div, "class", (const xmlChar *)"cimolt-facts__row");
	dt = draw_helem(d, div, "dt");
	user = draw_child(xmlDocGetRootElement(ev->doc), "user");
	if (user != NULL)
		org = xmlGetNoNsProp(user, (const xmlChar *)"organisation");
	named = draw_filled(org);
	if (named)
		draw_text(d, dt, org);
	else
		draw_text_owned(d, dt, msg(d, "event.own-org", 0, NULL, NULL,
		    NULL));
	xmlFree(org);
	dd = draw_helem(d, div, "dd");
	if (filled(ev, "per-org-limit") && left <= 0)
		draw_text_owned(d, dd, msg(d, "event.own-org.full", 2,
		    xmlXPathNewFloat(confirmed), xmlXPathNewFloat(limit),
		    NULL));
	else if (filled(ev, "per-org-limit")) {
		args[0] = xmlXPathNewCString("event.own-org.count");
		args[1] = xmlXPathNewFloat(confirmed);
		args[2] = xmlXPathNewFloat(limit);
		args[3] = xmlXPathNewFloat(left);
		draw_text_owned(d, dd, draw_message(d, 4, args));
	} else if (confirmed == 1)
		draw_text_owned(d, dd, msg(d,
		    "event.own-org.count-no-limit.one", 0, NULL, NULL, NULL));
	else
		draw_text_owned(d, dd, msg(d, "event.own-org.count-no-limit",
		    1, xmlXPathNewFloat(confirmed), NULL, NULL));
}

/* When registration closes or opens: the element name of ev (with date
 * and time attributes), under the message key. */
static void
registration(struct draw *d, xmlNodePtr dl, xmlNodePtr ev, const char *key,
    const char *name)
{
	xmlNodePtr	 dd = row(d, dl, key);
	xmlChar		*date, *time;

	date = draw_call(d, "date", 1, children(ev, name), NULL, NULL);
	time = draw_call(d, "time", 1, children(ev, name), NULL, NULL);
	draw_text_owned(d, time_of(d, dd, draw_child(ev, name)), msg(d,
	    "format.datetime", 2, date != NULL ? xmlXPathWrapString(date) :
	    NULL, time != NULL ? xmlXPathWrapString(time) : NULL, NULL));
}

/* Whether ev has a child name with a date attribute (name/@date). */
static int
dated(xmlNodePtr ev, const char *name)
{
	for (xmlNodePtr n = ev->children; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    xmlStrEqual(n->name, (const xmlChar *)name) &&
		    draw_has(n, "date"))
			return 1;
	return 0;
}

/* The facts of ev as a <dl> (not yet in the result; NULL when out of
 * memory). */
static xmlNodePtr
facts_of(struct draw *d, xmlNodePtr ev)
{
	xmlNodePtr	 dl, dd, ul;
	xmlChar		*key, *a;
	int		 live = attr_not(ev, "status", "cancelled");

	if ((dl = xmlNewDocNode(d->ctxt->output, NULL, (const xmlChar *)"dl",
	    NULL)) == NULL) {
		d->failed = 1;
		return NULL;
	}
	draw_attr(d, dl, "class", (const xmlChar *)"cimolt-facts");
	dd = row(d, dl, "event.audience");
	if (draw_attr_is(ev, "open-to", "everyone"))
		draw_text_owned(d, dd, msg(d, "event.open-to.everyone", 0,
		    NULL, NULL, NULL));
	else {
		key = xmlStrdup((const xmlChar *)"event.audience.");
		if ((a = xmlGetNoNsProp(ev, (const xmlChar *)"audience")) !=
		    NULL)
			key = xmlStrcat(key, a);
		xmlFree(a);
		draw_text_owned(d, dd, msg(d, key != NULL ? (char *)key : "",
		    0, NULL, NULL, NULL));
		xmlFree(key);
	}
	if (session_count(ev) > 1) {
		/* Several sessions: a list, each when and where. */
		dd = row(d, dl, "event.sessions");
		ul = draw_helem(d, dd, "ul");
		draw_attr(d, ul, "class", (const xmlChar *)"cimolt-sessions");
		sessions(d, ul, ev);
		if (filled(ev, "online-url"))
			draw_text_owned(d, row(d, dl, "event.where"), msg(d,
			    "event.online-too", 0, NULL, NULL, NULL));
	} else {
		dd = row(d, dl, "event.when");
		draw_text_owned(d, time_of(d, dd, draw_child(ev, "start")),
		    draw_call(d, "when", 1, draw_self(ev), NULL, NULL));
		where(d, row(d, dl, "event.where"), ev);
	}
	if (live)
		places(d, row(d, dl, "event.places"), ev);
	if (filled(ev, "per-org-limit"))
		per_org(d, dl, ev);
	if (draw_child(ev, "org-confirmed") != NULL && live)
		own_org(d, dl, ev);
	if (live && (draw_attr_is(ev, "registration", "open") ||
	    draw_attr_is(ev, "registration", "full")) &&
	    dated(ev, "registration-closes"))
		registration(d, dl, ev, "event.registration-closes",
		    "registration-closes");
	if (draw_attr_is(ev, "registration", "not-yet") &&
	    dated(ev, "registration-opens"))
		registration(d, dl, ev, "event.registration-opens",
		    "registration-opens");
	return dl;
}

static void
event_facts(xsltTransformContextPtr ctxt, xmlNodePtr node, xmlNodePtr inst,
    xsltElemPreCompPtr comp)
{
	struct draw	 d;
	xmlNodePtr	 dl = NULL;

	(void)comp;
	if (draw_start(&d, ctxt) == 0 && node != NULL &&
	    node->type == XML_ELEMENT_NODE)
		dl = facts_of(&d, node);
	draw_end(&d, dl, inst, "event-facts");
}

/* An attribute value of e with prefix before it ("" without it). */
static xmlChar *
prefixed(const char *prefix, xmlNodePtr e, const char *name)
{
	xmlChar	*v = xmlGetNoNsProp(e, (const xmlChar *)name);
	xmlChar	*s = xmlStrdup((const xmlChar *)prefix);

	if (v != NULL)
		s = xmlStrcat(s, v);
	xmlFree(v);
	return s;
}

/* c:t(KEY) of a key made of prefix and e's attribute name. */
static xmlChar *
msg_of(struct draw *d, const char *prefix, xmlNodePtr e, const char *name)
{
	xmlChar	*key = prefixed(prefix, e, name), *m;

	m = msg(d, key != NULL ? (const char *)key : "", 0, NULL, NULL, NULL);
	xmlFree(key);
	return m;
}

/*
 * The texts of e's children called name, each marked with its language
 * when that is not the page's (c:data-lang: the child's lang, else the
 * event's, else Dutch), under parent. As in the XSLT, the mark can only
 * be set while parent has no content yet.
 */
static void
texts(struct draw *d, xmlNodePtr parent, xmlNodePtr e, const char *name,
    const xmlChar *page_lang)
{
	xmlChar	*l, *v;

	for (xmlNodePtr c = e->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE ||
		    !xmlStrEqual(c->name, (const xmlChar *)name))
			continue;
		if ((l = xmlGetNoNsProp(c, (const xmlChar *)"lang")) == NULL &&
		    (l = xmlGetNoNsProp(e, (const xmlChar *)"lang")) == NULL)
			l = xmlStrdup((const xmlChar *)"nl");
		if (l != NULL && !xmlStrEqual(l, page_lang) &&
		    parent->children == NULL)
			xmlSetProp(parent, (const xmlChar *)"lang", l);
		xmlFree(l);
		v = xmlNodeGetContent(c);
		draw_text_owned(d, parent, v);
	}
}

/* A badge when one cannot simply register (registration-state). */
static void
badge(struct draw *d, xmlNodePtr li, xmlNodePtr ev)
{
	const char	*by;
	xmlNodePtr	 p;
	xmlChar		*cls;

	if (draw_attr_is(ev, "status", "draft") ||
	    draw_attr_is(ev, "status", "cancelled"))
		by = "status";
	else if (draw_attr_is(ev, "registration", "closed") ||
	    draw_attr_is(ev, "registration", "not-yet") ||
	    draw_attr_is(ev, "registration", "full"))
		by = "registration";
	else
		return;
	p = draw_helem(d, li, "p");
	cls = prefixed("cimolt-badge cimolt-badge--", ev, by);
	draw_attr(d, p, "class", cls);
	xmlFree(cls);
	draw_text_owned(d, p, msg_of(d, *by == 's' ? "event.status." :
	    "event.registration.", ev, by));
}

/* The link to the registration form, as a button (register-link). */
static void
register_link(struct draw *d, xmlNodePtr parent, xmlNodePtr ev)
{
	xmlNodePtr	 a, span;
	xmlChar		*href, *t;

	a = draw_helem(d, parent, "a");
	draw_attr(d, a, "class", (const xmlChar *)"utrecht-button-link "
	    "utrecht-button-link--html-a utrecht-button-link--primary-action");
	href = prefixed("/programma/", ev, "id");
	if (href != NULL)
		href = xmlStrcat(href, (const xmlChar *)"/aanmelden");
	draw_attr(d, a, "href", href);
	xmlFree(href);
	draw_text_owned(d, a, msg(d, draw_attr_is(ev, "registration", "full") ||
	    (draw_child(ev, "org-places-left") != NULL &&
	    number(ev, "org-places-left") <= 0) ? "event.register.waiting" :
	    "event.register", 0, NULL, NULL, NULL));
	span = draw_helem(d, a, "span");
	draw_attr(d, span, "class", (const xmlChar *)"cimolt-visually-hidden");
	t = msg(d, "form.button-context", 1, xmlXPathWrapString(value(ev,
	    "title")), NULL, NULL);
	draw_text_owned(d, span, t != NULL ? xmlStrncatNew((const xmlChar *)" ",
	    t, -1) : NULL);
	xmlFree(t);
}

static void
event_card(xsltTransformContextPtr ctxt, xmlNodePtr node, xmlNodePtr inst,
    xsltElemPreCompPtr comp)
{
	struct draw	 d;
	xmlNodePtr	 li = NULL, n, a;
	xmlChar		*s, *lang = NULL;

	(void)comp;
	if (draw_start(&d, ctxt) == -1 || node == NULL ||
	    node->type != XML_ELEMENT_NODE || (lang = draw_c_string(ctxt,
	    "lang")) == NULL || (li = xmlNewDocNode(ctxt->output, NULL,
	    (const xmlChar *)"li", NULL)) == NULL) {
		d.failed = 1;
		goto out;
	}
	s = prefixed("cimolt-event cimolt-event--", node, "status");
	draw_attr(&d, li, "class", s);
	xmlFree(s);
	s = prefixed("event-", node, "id");
	draw_attr(&d, li, "id", s);
	xmlFree(s);
	n = draw_helem(&d, li, "p");
	draw_attr(&d, n, "class", (const xmlChar *)"cimolt-event__kind");
	draw_text_owned(&d, n, msg_of(&d, "event.kind.", node, "kind"));
	n = draw_helem(&d, li, "h3");
	draw_attr(&d, n, "class", (const xmlChar *)"cimolt-event__title");
	a = draw_helem(&d, n, "a");
	draw_attr(&d, a, "class", (const xmlChar *)"utrecht-link");
	s = prefixed("/programma/", node, "id");
	draw_attr(&d, a, "href", s);
	xmlFree(s);
	if (a != NULL)
		texts(&d, a, node, "title", lang);
	badge(&d, li, node);
	if (filled(node, "description")) {
		n = draw_helem(&d, li, "p");
		draw_attr(&d, n, "class",
		    (const xmlChar *)"cimolt-event__description");
		if (n != NULL)
			texts(&d, n, node, "description", lang);
	}
	if ((n = facts_of(&d, node)) != NULL)
		xmlAddChild(li, n);
	if (draw_attr_is(node, "registration", "open") ||
	    draw_attr_is(node, "registration", "full")) {
		n = draw_helem(&d, li, "p");
		draw_attr(&d, n, "class",
		    (const xmlChar *)"cimolt-event__register");
		register_link(&d, n, node);
	}
out:
	draw_end(&d, li, inst, "event-card");
	xmlFree(lang);
}

int
facts_register(const xmlChar *ns)
{
	return xsltRegisterExtModuleElement((const xmlChar *)"event-facts",
	    ns, NULL, event_facts) != 0 ||
	    xsltRegisterExtModuleElement((const xmlChar *)"event-card",
	    ns, NULL, event_card) != 0 ? -1 : 0;
}
