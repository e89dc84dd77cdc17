/*
 * The header and the footer of every page drawn in C: the extension
 * elements <c:header/> and <c:footer/> of layout.xsl's templates
 * "c:header" and "c:footer" (the name and tagline, the language switch,
 * who is signed in, the main menu; the footer's texts and links). They
 * draw what the XSLT of their xsl:fallback draws (with the templates
 * "c:user" and of <languages>), to the byte, with the same messages and
 * the menu's and links' <c:data> (render-draw.c). They were a third of a
 * simple page's transform.
 */
#include "config.h"

#include <string.h>

#include <libxml/tree.h>
#include <libxml/xpathInternals.h>
#include <libxslt/extensions.h>
#include <libxslt/xsltInternals.h>

#include "doc.h"

/* e's attribute name, owned ("" without it or without e). */
static xmlChar *
attr_of(xmlNodePtr e, const char *name)
{
	xmlChar *v = e != NULL ? xmlGetNoNsProp(e, (const xmlChar *)name) :
	    NULL;

	return v != NULL ? v : xmlStrdup((const xmlChar *)"");
}

/* c:t(key) */
static xmlChar *
t(struct draw *d, const char *key)
{
	return draw_call(d, "t", 1, xmlXPathNewCString(key), NULL, NULL);
}

/* aria-current="value" on n. */
static void
current(struct draw *d, xmlNodePtr n, const char *value)
{
	draw_attr(d, n, "aria-current", (const xmlChar *)value);
}

/* An HTML element name with class cls under parent. */
static xmlNodePtr
el(struct draw *d, xmlNodePtr parent, const char *name, const char *cls)
{
	xmlNodePtr n = draw_helem(d, parent, name);

	if (cls != NULL)
		draw_attr(d, n, "class", (const xmlChar *)cls);
	return n;
}

/* The same with the text of c:t(key) in it. */
static xmlNodePtr
el_t(struct draw *d, xmlNodePtr parent, const char *name, const char *cls,
    const char *key)
{
	xmlNodePtr n = el(d, parent, name, cls);

	draw_text_owned(d, n, t(d, key));
	return n;
}

/* Attribute name="value" on n with value prefix + v (owned v). */
static void
attr_cat(struct draw *d, xmlNodePtr n, const char *name, const char *prefix,
    xmlChar *v)
{
	xmlChar *s = xmlStrncatNew((const xmlChar *)prefix, v, -1);

	draw_attr(d, n, name, s);
	xmlFree(s);
	xmlFree(v);
}

/* Whether word is one of the space-separated words of list, as
 * contains(concat(' ', list, ' '), concat(' ', word, ' ')). */
static int
among(const xmlChar *list, const xmlChar *word)
{
	xmlChar	*l = xmlStrncatNew((const xmlChar *)" ", list, -1);
	xmlChar	*w = xmlStrncatNew((const xmlChar *)" ", word, -1);
	int	 yes;

	l = xmlStrcat(l, (const xmlChar *)" ");
	w = xmlStrcat(w, (const xmlChar *)" ");
	yes = l != NULL && w != NULL && xmlStrstr(l, w) != NULL;
	xmlFree(l);
	xmlFree(w);
	return yes;
}

/* The language switch: a link per language, each named in its own
 * (the template of <languages>). */
static void
languages(struct draw *d, xmlNodePtr parent, xmlNodePtr ls)
{
	xmlNodePtr	 nav, ul, li, a;
	xmlChar		*code;

	nav = el(d, parent, "nav", "cimolt-languages");
	draw_attr_owned(d, nav, "aria-label", t(d, "languages.label"));
	ul = el(d, nav, "ul", "cimolt-languages__list");
	for (xmlNodePtr l = ls->children; l != NULL; l = l->next) {
		if (l->type != XML_ELEMENT_NODE ||
		    !xmlStrEqual(l->name, (const xmlChar *)"language"))
			continue;
		li = el(d, ul, "li", "cimolt-languages__item");
		a = el(d, li, "a", "cimolt-languages__link");
		draw_attr_owned(d, a, "href", attr_of(l, "href"));
		code = attr_of(l, "code");
		draw_attr(d, a, "hreflang", code);
		draw_attr(d, a, "lang", code);
		if (draw_attr_is(l, "current", "yes"))
			current(d, a, "true");
		draw_text_owned(d, a, draw_call(d, "t", 1, xmlXPathWrapString(
		    xmlStrncatNew((const xmlChar *)"language.", code, -1)),
		    NULL, NULL));
		xmlFree(code);
	}
}

/* Who is signed in, with the links to the account and to sign out, or
 * the link to sign in (c:user). */
static void
user(struct draw *d, xmlNodePtr parent, xmlNodePtr page,
    const xmlChar *page_name)
{
	xmlNodePtr	 u = draw_child(page, "user"), div, p, n, f, c;
	xmlChar		*s;

	div = el(d, parent, "div", "cimolt-user");
	if (u == NULL || !draw_has(u, "role") ||
	    draw_attr_is(u, "role", "anonymous")) {
		n = el(d, div, "a", "cimolt-user__sign-in");
		draw_attr(d, n, "href", (const xmlChar *)"/inloggen");
		if (xmlStrEqual(page_name, (const xmlChar *)"login"))
			current(d, n, "page");
		draw_text_owned(d, n, t(d, "user.sign-in"));
		return;
	}
	p = el(d, div, "p", "cimolt-user__who");
	n = el(d, p, "span", "cimolt-visually-hidden");
	if ((s = t(d, "user.signed-in-as")) != NULL)
		s = xmlStrcat(s, (const xmlChar *)" ");
	draw_text_owned(d, n, s);
	n = el(d, p, "span", "cimolt-user__name");
	draw_text_owned(d, n, attr_of(u, "name"));
	s = attr_of(u, "organisation");
	if (draw_filled(s)) {
		draw_text(d, p, (const xmlChar *)" ");
		draw_text(d, el(d, p, "span", "cimolt-user__org"), s);
	}
	xmlFree(s);
	n = el(d, div, "a", "cimolt-user__account");
	draw_attr(d, n, "href", (const xmlChar *)"/account");
	if (xmlStrEqual(page_name, (const xmlChar *)"account"))
		current(d, n, "page");
	draw_text_owned(d, n, t(d, "user.account"));
	f = el(d, div, "form", "cimolt-user__sign-out");
	draw_attr(d, f, "method", (const xmlChar *)"post");
	draw_attr(d, f, "action", (const xmlChar *)"/uitloggen");
	n = draw_helem(d, f, "input");
	draw_attr(d, n, "type", (const xmlChar *)"hidden");
	draw_attr(d, n, "name", (const xmlChar *)"csrf");
	c = draw_child(page, "csrf");
	draw_attr_owned(d, n, "value", c != NULL ? xmlNodeGetContent(c) :
	    xmlStrdup((const xmlChar *)""));
	n = draw_helem(d, f, "button");
	draw_attr(d, n, "type", (const xmlChar *)"submit");
	draw_attr(d, n, "class", (const xmlChar *)"utrecht-button "
	    "utrecht-button--secondary-action cimolt-user__button");
	draw_text_owned(d, n, t(d, "user.sign-out"));
}

/* The elements of c:data(name), as a node-set object (NULL: none). */
static xmlXPathObjectPtr
data(struct draw *d, const char *name)
{
	xmlXPathObjectPtr args[1] = { xmlXPathNewCString(name) };

	return draw_invoke(d, CIMOLT_NS, "data", 1, args);
}

/* The main menu: the items of c:data('nav-items') for the user's role,
 * the current page's and section's marked. */
static void
menu(struct draw *d, xmlNodePtr header, const xmlChar *page_name,
    const xmlChar *role)
{
	xmlXPathObjectPtr	 items = data(d, "nav-items");
	xmlNodePtr		 nav, ul, li, a, it;
	xmlChar			*v;
	int			 show;

	nav = el(d, header, "nav", "cimolt-nav");
	draw_attr_owned(d, nav, "aria-label", t(d, "nav.label"));
	ul = el(d, el(d, nav, "div", "cimolt-container"), "ul",
	    "cimolt-nav__list");
	for (int i = 0; items != NULL && items->nodesetval != NULL &&
	    i < items->nodesetval->nodeNr; i++) {
		it = items->nodesetval->nodeTab[i];
		v = attr_of(it, "roles");
		show = !draw_has(it, "roles") || among(v, role);
		xmlFree(v);
		if (!show)
			continue;
		li = el(d, ul, "li", "cimolt-nav__item");
		a = el(d, li, "a", "cimolt-nav__link");
		draw_attr_owned(d, a, "href", attr_of(it, "href"));
		if (among(v = attr_of(it, "pages"), page_name))
			current(d, a, "page");
		else {
			xmlFree(v);
			if (among(v = attr_of(it, "section"), page_name))
				current(d, a, "true");
		}
		xmlFree(v);
		draw_text_owned(d, a, draw_call(d, "t", 1,
		    xmlXPathWrapString(attr_of(it, "key")), NULL, NULL));
	}
	xmlXPathFreeObject(items);
}

/* The header: name and tagline, language switch, who is signed in, the
 * main menu (c:header). */
static void
header(xsltTransformContextPtr ctxt, xmlNodePtr node, xmlNodePtr inst,
    xsltElemPreCompPtr comp)
{
	struct draw	 d;
	xmlNodePtr	 h = NULL, page, bar, a, n, tools, ls;
	xmlChar		*page_name = NULL, *role = NULL;

	(void)comp;
	if (draw_start(&d, ctxt) == -1 || node == NULL ||
	    (page = xmlDocGetRootElement(node->doc)) == NULL ||
	    (page_name = draw_c_string(ctxt, "page-name")) == NULL ||
	    (role = draw_c_string(ctxt, "role")) == NULL ||
	    (h = xmlNewDocNode(ctxt->output, NULL, (const xmlChar *)"header",
	    NULL)) == NULL) {
		d.failed = 1;
		goto out;
	}
	draw_attr(&d, h, "class", (const xmlChar *)"cimolt-header");
	bar = el(&d, h, "div", "cimolt-container cimolt-header__bar");
	a = el(&d, bar, "a", "cimolt-brand");
	draw_attr(&d, a, "href", (const xmlChar *)"/");
	n = el(&d, a, "img", "cimolt-brand__mark");
	attr_cat(&d, n, "src", "/static/favicon.svg?v=",
	    attr_of(page, "version"));
	draw_attr(&d, n, "alt", (const xmlChar *)"");
	draw_attr(&d, n, "width", (const xmlChar *)"48");
	draw_attr(&d, n, "height", (const xmlChar *)"48");
	n = el(&d, a, "span", "cimolt-brand__text");
	el_t(&d, n, "span", "cimolt-brand__short", "site.short-name");
	el_t(&d, n, "span", "cimolt-brand__name", "site.name");
	tools = el(&d, bar, "div", "cimolt-header__tools");
	for (ls = page->children; ls != NULL && tools != NULL; ls = ls->next)
		if (ls->type == XML_ELEMENT_NODE &&
		    xmlStrEqual(ls->name, (const xmlChar *)"languages"))
			languages(&d, tools, ls);
	if (tools != NULL)
		user(&d, tools, page, page_name);
	el_t(&d, el(&d, h, "div", "cimolt-container"), "p", "cimolt-tagline",
	    "site.tagline");
	menu(&d, h, page_name, role);
out:
	draw_end(&d, h, inst, "header");
	xmlFree(page_name);
	xmlFree(role);
}

/* The footer: the site's texts and the links to the information pages,
 * the current one marked (c:footer). */
static void
footer(xsltTransformContextPtr ctxt, xmlNodePtr node, xmlNodePtr inst,
    xsltElemPreCompPtr comp)
{
	struct draw		 d;
	xmlXPathObjectPtr	 pages = NULL;
	xmlNodePtr		 f = NULL, page, div, nav, ul, a, it;
	xmlChar			*page_name = NULL, *info = NULL, *p;

	(void)comp;
	if (draw_start(&d, ctxt) == -1 || node == NULL ||
	    (page = xmlDocGetRootElement(node->doc)) == NULL ||
	    (page_name = draw_c_string(ctxt, "page-name")) == NULL ||
	    (f = xmlNewDocNode(ctxt->output, NULL, (const xmlChar *)"footer",
	    NULL)) == NULL) {
		d.failed = 1;
		goto out;
	}
	draw_attr(&d, f, "class", (const xmlChar *)"cimolt-footer");
	div = el(&d, f, "div", "cimolt-container");
	el_t(&d, div, "h2", "cimolt-visually-hidden", "footer.label");
	el_t(&d, div, "p", "cimolt-footer__name", "footer.name");
	el_t(&d, div, "p", NULL, "footer.programme");
	el_t(&d, div, "p", NULL, "footer.network");
	info = attr_of(draw_child(page, "info"), "page");
	nav = el(&d, div, "nav", "cimolt-footer__nav");
	draw_attr_owned(&d, nav, "aria-label", t(&d, "footer.links"));
	ul = el(&d, nav, "ul", "cimolt-footer__links");
	pages = data(&d, "info-pages");
	for (int i = 0; pages != NULL && pages->nodesetval != NULL &&
	    i < pages->nodesetval->nodeNr; i++) {
		it = pages->nodesetval->nodeTab[i];
		a = el(&d, el(&d, ul, "li", NULL), "a", "cimolt-footer__link");
		p = attr_of(it, "page");
		attr_cat(&d, a, "href", "/", xmlStrdup(p));
		if (xmlStrEqual(page_name, (const xmlChar *)"info") &&
		    draw_has(it, "page") && xmlStrEqual(info, p))
			current(&d, a, "page");
		draw_text_owned(&d, a, draw_call(&d, "t", 1,
		    xmlXPathWrapString(xmlStrcat(xmlStrncatNew(
		    (const xmlChar *)"info.", p, -1),
		    (const xmlChar *)".title")), NULL, NULL));
		xmlFree(p);
	}
out:
	draw_end(&d, f, inst, "footer");
	xmlXPathFreeObject(pages);
	xmlFree(page_name);
	xmlFree(info);
}

int
layout_register(const xmlChar *ns)
{
	return xsltRegisterExtModuleElement((const xmlChar *)"header",
	    ns, NULL, header) != 0 ||
	    xsltRegisterExtModuleElement((const xmlChar *)"footer",
	    ns, NULL, footer) != 0 ? -1 : 0;
}
