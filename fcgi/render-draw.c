/*
 * Parts of pages drawn in C into a transform's result, for the extension
 * elements of render-charts.c and render-facts.c: each draws what the
 * XSLT of its xsl:fallback draws (which xsltproc runs, and which stays
 * the reference), to the byte. What they share is here: the XPath
 * functions of the transform called through its own table (c:t, c:pct,
 * format-number, ...), the parameters of the template the element is in,
 * and new elements, attributes and texts in the result, numbers written
 * as XPath writes them. A call that fails marks the drawing failed; it is
 * then left out, with an error.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xpathInternals.h>
#include <libxslt/extensions.h>
#include <libxslt/transform.h>
#include <libxslt/variables.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#include "doc.h"


/*
 * The XPath function name of namespace ns of the transform's table. The
 * table is the same in every transform (libxslt's registered functions),
 * so each name is looked up once.
 */
static xmlXPathFunction
function(struct draw *d, const xmlChar *ns, const char *name)
{
	static struct {
		const char		*name;	/* a caller's literal */
		const xmlChar		*ns;
		xmlXPathFunction	 fn;
	}		 known[32];
	static size_t	 nknown;
	xmlXPathFunction fn;

	for (size_t i = 0; i < nknown; i++)
		if (known[i].name == name && known[i].ns == ns)
			return known[i].fn;
	fn = xmlXPathFunctionLookupNS(d->ctxt->xpathCtxt,
	    (const xmlChar *)name, ns);
	if (fn != NULL && nknown < sizeof(known) / sizeof(known[0])) {
		known[nknown].name = name;
		known[nknown].ns = ns;
		known[nknown++].fn = fn;
	}
	return fn;
}

/*
 * Calls the XPath function NAME of namespace ns (NULL: a core or
 * libxslt function, such as format-number) with the n arguments args
 * (which it takes), through the transform's own table, on the drawing's
 * parser context; returns its result, or NULL when it failed (the drawing
 * is then left out, with the error).
 */
xmlXPathObjectPtr
draw_invoke(struct draw *d, const xmlChar *ns, const char *name, int n,
    xmlXPathObjectPtr args[])
{
	xmlXPathParserContextPtr	 p = d->p;
	xmlXPathFunction		 fn;
	xmlXPathObjectPtr		 o = NULL;
	int				 ok = p != NULL;

	fn = function(d, ns, name);
	for (int i = 0; i < n; i++)
		if (!ok || fn == NULL || args[i] == NULL ||
		    valuePush(p, args[i]) < 0) {
			xmlXPathFreeObject(args[i]);
			ok = 0;
		}
	if (ok && fn != NULL) {
		fn(p, n);
		if (p->error == XPATH_EXPRESSION_OK)
			o = valuePop(p);
	}
	/* Ready for the next call: nothing left on the stack. */
	while (p != NULL && p->valueNr > 0)
		xmlXPathFreeObject(valuePop(p));
	if (o == NULL)
		d->failed = 1;
	return o;
}

/* o (taken) as a string, owned; NULL when there is none. */
xmlChar *
draw_string(struct draw *d, xmlXPathObjectPtr o)
{
	xmlChar *s = NULL;

	if (o != NULL && (s = xmlXPathCastToString(o)) == NULL)
		d->failed = 1;
	xmlXPathFreeObject(o);
	return s;
}

xmlChar *
draw_message(struct draw *d, int n, xmlXPathObjectPtr args[])
{
	const struct transform	*t;
	xmlChar			*s[CATALOGUE_ARGS + 1] = { NULL }, *m = NULL;
	int			 ok = n >= 1 && n <= CATALOGUE_ARGS + 1;

	/* Each argument as c:t pops it: as a string. */
	for (int i = 0; i < n; i++) {
		if (ok && (args[i] == NULL ||
		    (s[i] = xmlXPathCastToString(args[i])) == NULL))
			ok = 0;
		xmlXPathFreeObject(args[i]);
	}
	if (ok && d->ctxt != NULL && (t = d->ctxt->_private) != NULL)
		m = catalogue_text(t->cat, t->lang, s[0], s + 1, n - 1,
		    t->quiet);
	for (int i = 0; i < n && i <= CATALOGUE_ARGS; i++)
		xmlFree(s[i]);
	if (m == NULL)
		d->failed = 1;
	return m;
}

/* c:NAME(a1[, a2[, a3]]) as a string (owned; NULL when it failed). */
xmlChar *
draw_call(struct draw *d, const char *name, int n, xmlXPathObjectPtr a1,
    xmlXPathObjectPtr a2, xmlXPathObjectPtr a3)
{
	xmlXPathObjectPtr args[3] = { a1, a2, a3 };

	/* c:t, the most called, straight to the catalogue: no XPath
	 * objects onto the stack and off again. */
	if (strcmp(name, "t") == 0)
		return draw_message(d, n, args);
	return draw_string(d, draw_invoke(d, CIMOLT_NS, name, n, args));
}

/* The number of attribute name of e, as number(@name): NaN without it. */
double
draw_num(xmlNodePtr e, const char *name)
{
	xmlChar	*v = xmlGetNoNsProp(e, (const xmlChar *)name);
	double	 d = xmlXPathCastStringToNumber(v != NULL ? v :
		    (const xmlChar *)"");

	xmlFree(v);
	return d;
}

/* Whether e's attribute name is s (@name = 's'). */
int
draw_attr_is(xmlNodePtr e, const char *name, const char *s)
{
	xmlChar	*v = xmlGetNoNsProp(e, (const xmlChar *)name);
	int	 same = v != NULL && xmlStrEqual(v, (const xmlChar *)s);

	xmlFree(v);
	return same;
}

/* Whether e has attribute name. */
int
draw_has(xmlNodePtr e, const char *name)
{
	return xmlHasNsProp(e, (const xmlChar *)name, NULL) != NULL;
}

/* A node-set of e alone, as an argument. */
xmlXPathObjectPtr
draw_self(xmlNodePtr e)
{
	return xmlXPathNewNodeSet(e);
}

/* A new element name in namespace ns (NULL: none, HTML's) under parent
 * (NULL when out of memory). */
static xmlNodePtr
elem_ns(struct draw *d, xmlNsPtr ns, xmlNodePtr parent,
    const char *name)
{
	xmlNodePtr n;

	if (parent == NULL || (n = xmlNewDocNode(d->ctxt->output, ns,
	    (const xmlChar *)name, NULL)) == NULL) {
		d->failed = 1;
		return NULL;
	}
	return xmlAddChild(parent, n);
}

/* A new SVG element name under parent. */
xmlNodePtr
draw_elem(struct draw *d, xmlNodePtr parent, const char *name)
{
	return elem_ns(d, d->ns, parent, name);
}

/* A new HTML element name under parent. */
xmlNodePtr
draw_helem(struct draw *d, xmlNodePtr parent, const char *name)
{
	return elem_ns(d, NULL, parent, name);
}

/* Attribute name="value" on n. */
void
draw_attr(struct draw *d, xmlNodePtr n, const char *name,
    const xmlChar *value)
{
	if (n == NULL || value == NULL ||
	    xmlNewProp(n, (const xmlChar *)name, value) == NULL)
		d->failed = 1;
}

/* Whether s has a character other than XML's white space: whether
 * normalize-space(s) is not empty. */
int
draw_filled(const xmlChar *s)
{
	for (; s != NULL && *s != '\0'; s++)
		if (!IS_BLANK_CH(*s))
			return 1;
	return 0;
}

/* The first child element of e called name, or NULL. */
xmlNodePtr
draw_child(xmlNodePtr e, const char *name)
{
	for (xmlNodePtr n = e != NULL ? e->children : NULL; n != NULL;
	    n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    xmlStrEqual(n->name, (const xmlChar *)name))
			return n;
	return NULL;
}

/* Attribute name="value" on n, value owned (NULL: failed, noted). */
void
draw_attr_owned(struct draw *d, xmlNodePtr n, const char *name,
    xmlChar *value)
{
	draw_attr(d, n, name, value);
	xmlFree(value);
}

/* Attribute name on n: v as XPath writes a number, then suffix. */
void
draw_attr_num(struct draw *d, xmlNodePtr n, const char *name, double v,
    const char *suffix)
{
	char	 buf[32];
	xmlChar	*s;

	/* A whole number is written as XPath writes one (libxml2's
	 * xmlXPathFormatNumber: "%d"), without its detour through a
	 * new string. */
	if (v > -1e9 && v < 1e9 && v == (int)v) {
		snprintf(buf, sizeof(buf), "%d%s", (int)v, suffix != NULL ?
		    suffix : "");
		draw_attr(d, n, name, (const xmlChar *)buf);
		return;
	}
	s = xmlXPathCastNumberToString(v);
	if (s != NULL && suffix != NULL)
		s = xmlStrcat(s, (const xmlChar *)suffix);
	draw_attr(d, n, name, s);
	xmlFree(s);
}

/* Text s (NULL: failed, already noted) at the end of n. */
void
draw_text(struct draw *d, xmlNodePtr n, const xmlChar *s)
{
	xmlNodePtr t;

	if (n == NULL || s == NULL)
		return;
	if (*s == '\0')
		return;		/* xsl:value-of of "" adds nothing */
	if ((t = xmlNewDocText(d->ctxt->output, s)) == NULL) {
		d->failed = 1;
		return;
	}
	xmlAddChild(n, t);
}

/* The same with an owned string. */
void
draw_text_owned(struct draw *d, xmlNodePtr n, xmlChar *s)
{
	draw_text(d, n, s);
	xmlFree(s);
}

/* The value of the template's parameter (or the stylesheet's global
 * variable) name: a copy, NULL without it. */
static xmlXPathObjectPtr
param(xsltTransformContextPtr ctxt, const char *name)
{
	return xsltVariableLookup(ctxt, (const xmlChar *)name, NULL);
}

/* The string value of o (taken; "" for NULL), or NULL when out of
 * memory. */
static xmlChar *
string_value(xmlXPathObjectPtr o)
{
	xmlChar *s;

	s = o != NULL ? xmlXPathCastToString(o) :
	    xmlStrdup((const xmlChar *)"");
	xmlXPathFreeObject(o);
	return s;
}

/* The string value of the variable name ("" without it; NULL when out
 * of memory). */
xmlChar *
draw_param_string(xsltTransformContextPtr ctxt, const char *name)
{
	return string_value(param(ctxt, name));
}

/* The same of the stylesheets' variable c:name. */
xmlChar *
draw_c_string(xsltTransformContextPtr ctxt, const char *name)
{
	return string_value(xsltVariableLookup(ctxt, (const xmlChar *)name,
	    CIMOLT_NS));
}

/* The boolean value of the variable name (dflt without it). */
int
draw_param_bool(xsltTransformContextPtr ctxt, const char *name, int dflt)
{
	xmlXPathObjectPtr	 o = param(ctxt, name);
	int			 b;

	b = o != NULL ? xmlXPathCastToBoolean(o) : dflt;
	xmlXPathFreeObject(o);
	return b;
}

/* The number value of the variable name (dflt without it). */
double
draw_param_num(xsltTransformContextPtr ctxt, const char *name, double dflt)
{
	xmlXPathObjectPtr	 o = param(ctxt, name);
	double			 d;

	d = o != NULL ? xmlXPathCastToNumber(o) : dflt;
	xmlXPathFreeObject(o);
	return d;
}

/* The nodes of the node-set variable name, in document order (the order
 * of xsl:for-each); NULL when it is none. The set is *o's. */
xmlNodeSetPtr
draw_param_nodes(xsltTransformContextPtr ctxt, const char *name,
    xmlXPathObjectPtr *o)
{
	*o = param(ctxt, name);
	if (*o == NULL || (*o)->type != XPATH_NODESET ||
	    (*o)->nodesetval == NULL)
		return NULL;
	xmlXPathNodeSetSort((*o)->nodesetval);
	return (*o)->nodesetval;
}

/* Sets d up for a drawing into the transform ctxt. Returns 0/-1. */
int
draw_start(struct draw *d, xsltTransformContextPtr ctxt)
{
	memset(d, 0, sizeof(*d));
	d->ctxt = ctxt;
	if (ctxt->insert == NULL)
		return -1;
	/* A parser context gets its value stack only when it evaluates an
	 * expression: this one is given one of its own. */
	if ((d->p = xmlXPathNewParserContext(NULL, ctxt->xpathCtxt)) == NULL ||
	    (d->p->valueTab = xmlMalloc(4 * sizeof(xmlXPathObjectPtr))) ==
	    NULL) {
		d->failed = 1;
		return -1;
	}
	d->p->valueMax = 4;
	d->p->valueNr = 0;
	d->p->value = NULL;
	return 0;
}

/* Puts the drawing top under the result's insertion point, or reports why
 * it cannot be drawn; frees what d holds. */
void
draw_end(struct draw *d, xmlNodePtr top, xmlNodePtr inst, const char *what)
{
	if (d->failed || top == NULL) {
		xmlFreeNode(top);
		xsltTransformError(d->ctxt, NULL, inst, "c:%s: cannot draw "
		    "it\n", what);
	} else
		xmlAddChild(d->ctxt->insert, top);
	if (d->p != NULL)
		xmlXPathFreeParserContext(d->p);
}

