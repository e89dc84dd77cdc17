/*
 * Compiling the page stylesheets, each file once.
 *
 * Every stylesheet file imports at most one other (layout.xsl, or one
 * that imports it in turn, such as home.xsl or benchmark-common.xsl).
 * libxslt compiles an import into every stylesheet that imports it: the
 * pages held a copy of layout.xsl and its includes each, 63 MB in the
 * master, shared with every worker and counted a sixth in each one's
 * memory (PSS). Here each file is compiled once, without its xsl:import
 * element, and then points to the compiled stylesheet it imports
 * (style->imports), so that every page that imports layout.xsl uses the
 * one compiled layout. What libxslt's import gives, this gives too:
 *   - the walk through the imports (xsltNextImport), which every lookup
 *     of a template, variable, key, output setting or decimal format
 *     takes, goes from the page through its imports and ends there,
 *     whichever page an import serves: no stylesheet has a sibling
 *     import (next) and a shared one has no parent;
 *   - the page's match patterns number their slots of run-time data
 *     after those of its imports (extrasNr before compiling), as an
 *     xsl:import counts them;
 *   - a stylesheet is compiled before its import is attached, so that
 *     EXSLT functions it defines go into its own table, not into the
 *     shared one's (libxslt gathers them per transform, imports too).
 * What libxslt keeps in a compiled instruction at run time is the target
 * of an xsl:call-template. A stylesheet that defined a named template of
 * its imports again would make that target depend on which page ran
 * first; stylesheets_load refuses such a set.
 *
 * All stylesheets share one dictionary of names.
 *
 * Constant data the stylesheets look things up in (the menu, the
 * footer's links, the forms' autocomplete tokens) is a top-level
 * <c:data name="NAME"> element, read by the XPath function c:data(NAME)
 * from the compiled stylesheet itself: a global variable holding it would
 * be built anew, element by element, for every transform.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xpathInternals.h>
#include <libxslt/extensions.h>
#include <libxslt/imports.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltutils.h>

#include "doc.h"

#define SHEETS_MAX	128
#define IMPORTS_MAX	8	/* how deep imports may nest */

struct stylesheets {
	xmlDictPtr		 dict;
	size_t			 n;
	char			*name[SHEETS_MAX];
	xsltStylesheetPtr	 style[SHEETS_MAX];
};

/* A file name of the stylesheet directory: letters, digits, '-', ".xsl". */
static int
plain_name(const char *s)
{
	size_t n = strlen(s);

	if (n < 5 || n > 64 || strcmp(s + n - 4, ".xsl") != 0)
		return 0;
	for (size_t i = 0; i < n - 4; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' &&
		    s[i] <= '9') || s[i] == '-'))
			return 0;
	return 1;
}

/* Parses path with the shared dictionary. Returns the document or NULL. */
static xmlDocPtr
parse(struct stylesheets *ss, const char *path)
{
	xmlParserCtxtPtr	 ctxt;
	xmlDocPtr		 doc;

	if ((ctxt = xmlNewParserCtxt()) == NULL)
		return NULL;
	if (ctxt->dict != NULL)
		xmlDictFree(ctxt->dict);
	ctxt->dict = ss->dict;
	xmlDictReference(ss->dict);
	doc = xmlCtxtReadFile(ctxt, path, NULL, XML_PARSE_NONET);
	xmlFreeParserCtxt(ctxt);
	return doc;
}

/* The xsl:import element of doc: 1 with it in *imp, 0 when there is
 * none, -1 when there is more than one. */
static int
import_of(xmlDocPtr doc, xmlNodePtr *imp)
{
	xmlNodePtr	 root = xmlDocGetRootElement(doc), n;
	int		 found = 0;

	*imp = NULL;
	for (n = root ? root->children : NULL; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE && n->ns != NULL &&
		    xmlStrEqual(n->ns->href, XSLT_NAMESPACE) &&
		    xmlStrEqual(n->name, (const xmlChar *)"import")) {
			*imp = n;
			found++;
		}
	return found > 1 ? -1 : found;
}

/* Whether style defines a named template that one of its imports has. */
static const xmlChar *
named_again(xsltStylesheetPtr style)
{
	xsltTemplatePtr		 t, u;
	xsltStylesheetPtr	 s;

	for (t = style->templates; t != NULL; t = t->next) {
		if (t->name == NULL)
			continue;
		for (s = style->imports; s != NULL; s = xsltNextImport(s))
			for (u = s->templates; u != NULL; u = u->next)
				if (u->name != NULL &&
				    xmlStrEqual(u->name, t->name) &&
				    xmlStrEqual(u->nameURI, t->nameURI))
					return t->name;
	}
	return NULL;
}

/* The compiled stylesheet of file (compiling it and its import when
 * not done yet), or NULL after logging why. */
static xsltStylesheetPtr
sheet(struct stylesheets *ss, const char *dir, const char *file, int depth)
{
	char			 path[1024];
	xmlDocPtr		 doc;
	xmlNodePtr		 imp;
	xmlChar			*href = NULL;
	xsltStylesheetPtr	 import = NULL, style;
	const xmlChar		*again;

	for (size_t i = 0; i < ss->n; i++)
		if (strcmp(ss->name[i], file) == 0)
			return ss->style[i];
	snprintf(path, sizeof(path), "%s/%s", dir, file);
	if (depth > IMPORTS_MAX || ss->n == SHEETS_MAX) {
		log_error("render: %s: imports nest too deep, or too many "
		    "stylesheets", path);
		return NULL;
	}
	if ((doc = parse(ss, path)) == NULL) {
		log_error("render: %s: not well-formed XML", path);
		return NULL;
	}
	switch (import_of(doc, &imp)) {
	case -1:
		log_error("render: %s: imports more than one stylesheet", path);
		goto fail;
	case 1:
		href = xmlGetProp(imp, (const xmlChar *)"href");
		if (href == NULL || !plain_name((const char *)href)) {
			log_error("render: %s: xsl:import names no stylesheet "
			    "file of the directory", path);
			goto fail;
		}
		if ((import = sheet(ss, dir, (const char *)href, depth + 1)) ==
		    NULL)
			goto fail;
		xmlUnlinkNode(imp);
		xmlFreeNode(imp);
		break;
	}
	if ((style = xsltNewStylesheet()) == NULL)
		goto fail;
	if (import != NULL)
		style->extrasNr = import->extrasNr;
	/* On success the stylesheet owns doc; on failure we do. */
	if (xsltParseStylesheetUser(style, doc) != 0) {
		xsltFreeStylesheet(style);
		log_error("render: %s: not a valid stylesheet", path);
		goto fail;
	}
	style->imports = import;
	ss->name[ss->n] = strdup(file);
	ss->style[ss->n] = style;
	if (ss->name[ss->n] == NULL) {
		style->imports = NULL;
		xsltFreeStylesheet(style);
		goto out;
	}
	ss->n++;
	if ((again = named_again(style)) != NULL) {
		log_error("render: %s: defines the named template %s of a "
		    "stylesheet it imports again", path, (const char *)again);
		style = NULL;
	}
	xmlFree(href);
	return style;
fail:
	xmlFreeDoc(doc);
out:
	xmlFree(href);
	return NULL;
}

struct stylesheets *
stylesheets_new(void)
{
	struct stylesheets *ss;

	if ((ss = calloc(1, sizeof(*ss))) == NULL)
		return NULL;
	if ((ss->dict = xmlDictCreate()) == NULL) {
		free(ss);
		return NULL;
	}
	xsltInitGlobals();
	return ss;
}

xsltStylesheetPtr
stylesheets_page(struct stylesheets *ss, const char *dir, const char *page)
{
	char file[80];

	snprintf(file, sizeof(file), "%s.xsl", page);
	if (!plain_name(file)) {
		log_error("render: %s: not a stylesheet file name", file);
		return NULL;
	}
	return sheet(ss, dir, file, 0);
}

int
stylesheets_plain_html(xsltStylesheetPtr style)
{
	const xmlChar	*method, *encoding;
	int		 indent;

	XSLT_GET_IMPORT_PTR(method, style, method)
	XSLT_GET_IMPORT_PTR(encoding, style, encoding)
	XSLT_GET_IMPORT_INT(indent, style, indent)
	return style->methodURI == NULL && method != NULL &&
	    xmlStrEqual(method, (const xmlChar *)"html") && indent == 0 &&
	    (encoding == NULL ||
	    xmlStrcasecmp(encoding, (const xmlChar *)"UTF-8") == 0);
}

void
stylesheets_free(struct stylesheets *ss)
{
	if (ss == NULL)
		return;
	/* Each is freed on its own: the imports they point to are shared. */
	for (size_t i = 0; i < ss->n; i++) {
		ss->style[i]->imports = NULL;
		xsltFreeStylesheet(ss->style[i]);
		free(ss->name[i]);
	}
	xmlDictFree(ss->dict);
	free(ss);
}

/* The top-level <c:data name="name"> of stylesheet document doc, or
 * NULL. */
static xmlNodePtr
data_in(xmlDocPtr doc, const xmlChar *name)
{
	xmlNodePtr	 root = xmlDocGetRootElement(doc), n;
	xmlChar		*v;
	int		 same;

	for (n = root ? root->children : NULL; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE || n->ns == NULL ||
		    !xmlStrEqual(n->ns->href, CIMOLT_NS) ||
		    !xmlStrEqual(n->name, (const xmlChar *)"data"))
			continue;
		v = xmlGetNoNsProp(n, (const xmlChar *)"name");
		same = v != NULL && xmlStrEqual(v, name);
		xmlFree(v);
		if (same)
			return n;
	}
	return NULL;
}

/* The same in style's file or in one it includes (xsl:include). */
static xmlNodePtr
data_of(xsltStylesheetPtr style, const xmlChar *name)
{
	xsltDocumentPtr	 inc;
	xmlNodePtr	 d = data_in(style->doc, name);

	for (inc = style->docList; inc != NULL && d == NULL; inc = inc->next)
		d = data_in(inc->doc, name);
	return d;
}

void
xpath_data(xmlXPathParserContextPtr pctxt, int nargs)
{
	xsltTransformContextPtr	 tctxt;
	xsltStylesheetPtr	 s;
	xmlNodePtr		 d = NULL, n;
	xmlNodeSetPtr		 set;
	xmlChar			*name;

	if (nargs != 1) {
		xmlXPathSetArityError(pctxt);
		return;
	}
	if ((name = xmlXPathPopString(pctxt)) == NULL ||
	    (tctxt = xsltXPathGetTransformContext(pctxt)) == NULL) {
		xmlFree(name);
		xmlXPathSetError(pctxt, XPATH_INVALID_OPERAND);
		return;
	}
	/* The page's stylesheet first, then what it imports. */
	for (s = tctxt->style; s != NULL && d == NULL; s = xsltNextImport(s))
		d = data_of(s, name);
	if (d == NULL)
		xsltTransformError(tctxt, NULL, NULL, "c:data: no <c:data "
		    "name=\"%s\"> in the stylesheets\n", (const char *)name);
	xmlFree(name);
	if ((set = xmlXPathNodeSetCreate(NULL)) == NULL) {
		xmlXPathSetError(pctxt, XPATH_MEMORY_ERROR);
		return;
	}
	for (n = d != NULL ? d->children : NULL; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    xmlXPathNodeSetAdd(set, n) != 0) {
			xmlXPathFreeNodeSet(set);
			xmlXPathSetError(pctxt, XPATH_MEMORY_ERROR);
			return;
		}
	valuePush(pctxt, xmlXPathWrapNodeSet(set));
}
