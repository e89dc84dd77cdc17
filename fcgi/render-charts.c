/*
 * The benchmark's box plot drawn in C: the extension element
 * <c:boxplot/> of benchmark-common.xsl's template "boxplot", which it
 * reads its parameters from ($id, $title, $rows, $own, $percent,
 * $target). It adds to the result the same SVG elements, attributes and
 * texts as the XSLT in its xsl:fallback (which xsltproc runs, and which
 * stays the reference), to the byte: the figures come from the same
 * XPath functions (c:t, c:pct, c:range, ...) called through the
 * transform's own table, and numbers are written with XPath's string
 * conversion. Laid out by the XSLT, the charts were more than half of
 * the benchmark page's transform, most of it libxslt's interpretation of
 * a few dozen instructions per row.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <libxml/tree.h>
#include <libxml/xpathInternals.h>
#include <libxslt/extensions.h>
#include <libxslt/transform.h>
#include <libxslt/variables.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#include "doc.h"

#define CHARTS_NS	((const xmlChar *)"urn:cimolt:xslt")
#define SVG_NS		((const xmlChar *)"http://www.w3.org/2000/svg")
#define ROW_HEIGHT	80

/* What one chart is drawn with. */
struct chart {
	xsltTransformContextPtr	 ctxt;
	xmlXPathParserContextPtr p;	/* what the XPath functions run on */
	xmlNsPtr		 ns;	/* SVG's, declared on <svg> */
	int			 failed;
};

/*
 * Calls the XPath function NAME of namespace ns (NULL: a core or
 * libxslt function, such as format-number) with the n arguments args
 * (which it takes), through the transform's own table, on the chart's
 * parser context; returns its result, or NULL when it failed (the chart
 * is then left out, with the error).
 */
static xmlXPathObjectPtr
invoke(struct chart *ch, const xmlChar *ns, const char *name, int n,
    xmlXPathObjectPtr args[])
{
	xmlXPathParserContextPtr	 p = ch->p;
	xmlXPathFunction		 fn;
	xmlXPathObjectPtr		 o = NULL;
	int				 ok = p != NULL;

	fn = xmlXPathFunctionLookupNS(ch->ctxt->xpathCtxt,
	    (const xmlChar *)name, ns);
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
		ch->failed = 1;
	return o;
}

/* o (taken) as a string, owned; NULL when there is none. */
static xmlChar *
string_of(struct chart *ch, xmlXPathObjectPtr o)
{
	xmlChar *s = NULL;

	if (o != NULL && (s = xmlXPathCastToString(o)) == NULL)
		ch->failed = 1;
	xmlXPathFreeObject(o);
	return s;
}

/* c:NAME(a1[, a2[, a3]]) as a string (owned; NULL when it failed). */
static xmlChar *
call(struct chart *ch, const char *name, int n, xmlXPathObjectPtr a1,
    xmlXPathObjectPtr a2, xmlXPathObjectPtr a3)
{
	xmlXPathObjectPtr args[3] = { a1, a2, a3 };

	return string_of(ch, invoke(ch, CHARTS_NS, name, n, args));
}

/* c:mid(e, name): the middle of a published figure's range. */
static double
mid(struct chart *ch, xmlNodePtr e, const char *name)
{
	xmlXPathObjectPtr	 args[2] = { xmlXPathNewNodeSet(e),
				    xmlXPathNewCString(name) }, o;
	double			 d = NAN;

	if ((o = invoke(ch, CHARTS_NS, "mid", 2, args)) != NULL)
		d = xmlXPathCastToNumber(o);
	xmlXPathFreeObject(o);
	return d;
}

/* c:clamp(v) */
static double
clamp(struct chart *ch, double v)
{
	xmlXPathObjectPtr	 args[1] = { xmlXPathNewFloat(v) }, o;
	double			 d = NAN;

	if ((o = invoke(ch, CHARTS_NS, "clamp", 1, args)) != NULL)
		d = xmlXPathCastToNumber(o);
	xmlXPathFreeObject(o);
	return d;
}

/* format-number(v, pattern), libxslt's own (owned; NULL: failed). */
static xmlChar *
format_number(struct chart *ch, double v, const char *pattern)
{
	xmlXPathObjectPtr args[2] = { xmlXPathNewFloat(v),
			      xmlXPathNewCString(pattern) };

	return string_of(ch, invoke(ch, NULL, "format-number", 2, args));
}

/* The number of attribute name of e, as number(@name): NaN without it. */
static double
num(xmlNodePtr e, const char *name)
{
	xmlChar	*v = xmlGetNoNsProp(e, (const xmlChar *)name);
	double	 d = xmlXPathCastStringToNumber(v != NULL ? v :
		    (const xmlChar *)"");

	xmlFree(v);
	return d;
}

/* Whether e's attribute name is s (@name = 's'). */
static int
attr_is(xmlNodePtr e, const char *name, const char *s)
{
	xmlChar	*v = xmlGetNoNsProp(e, (const xmlChar *)name);
	int	 same = v != NULL && xmlStrEqual(v, (const xmlChar *)s);

	xmlFree(v);
	return same;
}

/* Whether e has attribute name. */
static int
has(xmlNodePtr e, const char *name)
{
	return xmlHasNsProp(e, (const xmlChar *)name, NULL) != NULL;
}

/* A node-set of e alone, as an argument. */
static xmlXPathObjectPtr
self(xmlNodePtr e)
{
	return xmlXPathNewNodeSet(e);
}

/* A new SVG element name under parent (NULL when out of memory). */
static xmlNodePtr
elem(struct chart *ch, xmlNodePtr parent, const char *name)
{
	xmlNodePtr n;

	if (parent == NULL || (n = xmlNewDocNode(ch->ctxt->output, ch->ns,
	    (const xmlChar *)name, NULL)) == NULL) {
		ch->failed = 1;
		return NULL;
	}
	return xmlAddChild(parent, n);
}

/* Attribute name="value" on n. */
static void
attr(struct chart *ch, xmlNodePtr n, const char *name, const xmlChar *value)
{
	if (n == NULL || value == NULL ||
	    xmlNewProp(n, (const xmlChar *)name, value) == NULL)
		ch->failed = 1;
}

/* Attribute name on n: v as XPath writes a number, then suffix. */
static void
attr_num(struct chart *ch, xmlNodePtr n, const char *name, double v,
    const char *suffix)
{
	xmlChar *s = xmlXPathCastNumberToString(v);

	if (s != NULL && suffix != NULL)
		s = xmlStrcat(s, (const xmlChar *)suffix);
	attr(ch, n, name, s);
	xmlFree(s);
}

/* Text s (NULL: failed, already noted) at the end of n. */
static void
text(struct chart *ch, xmlNodePtr n, const xmlChar *s)
{
	xmlNodePtr t;

	if (n == NULL || s == NULL)
		return;
	if (*s == '\0')
		return;		/* xsl:value-of of "" adds nothing */
	if ((t = xmlNewDocText(ch->ctxt->output, s)) == NULL) {
		ch->failed = 1;
		return;
	}
	xmlAddChild(n, t);
}

/* The same with an owned string. */
static void
text_owned(struct chart *ch, xmlNodePtr n, xmlChar *s)
{
	text(ch, n, s);
	xmlFree(s);
}

/* A line of the scale at v, its value under the rows (boxplot-tick). */
static void
tick(struct chart *ch, xmlNodePtr g, double v, double top, double bottom,
    int percent)
{
	xmlNodePtr l, t;

	l = elem(ch, g, "line");
	attr(ch, l, "class", (const xmlChar *)"cimolt-chart__grid");
	attr_num(ch, l, "x1", v, "%");
	attr_num(ch, l, "y1", top, NULL);
	attr_num(ch, l, "x2", v, "%");
	attr_num(ch, l, "y2", bottom, NULL);
	t = elem(ch, g, "text");
	attr(ch, t, "class", (const xmlChar *)"cimolt-chart__scale");
	attr_num(ch, t, "x", v, "%");
	attr_num(ch, t, "y", bottom + 16, NULL);
	attr(ch, t, "text-anchor", (const xmlChar *)(v == 0 ? "start" :
	    v == 100 ? "end" : "middle"));
	if (percent)
		text_owned(ch, t, call(ch, "t", 2,
		    xmlXPathNewCString("monitor.percent"), xmlXPathNewFloat(v),
		    NULL));
	else
		text_owned(ch, t, xmlXPathCastNumberToString(v));
}

/* One row of the plot, the stat e at y. */
static void
row(struct chart *ch, xmlNodePtr svg, xmlNodePtr e, double y, int own,
    int percent)
{
	xmlNodePtr	 g, n, t;
	xmlChar		*cls, *s;
	double		 cy = y + 38;

	g = elem(ch, svg, "g");
	cls = xmlStrdup((const xmlChar *)"cimolt-chart__row");
	if (attr_is(e, "scope", "overall") || attr_is(e, "key", "overall"))
		cls = xmlStrcat(cls, (const xmlChar *)
		    " cimolt-chart__row--total");
	if (attr_is(e, "hidden", "yes"))
		cls = xmlStrcat(cls, (const xmlChar *)
		    " cimolt-chart__row--hidden");
	attr(ch, g, "class", cls);
	xmlFree(cls);
	n = elem(ch, g, "text");
	attr(ch, n, "class", (const xmlChar *)"cimolt-chart__label");
	attr(ch, n, "x", (const xmlChar *)"0");
	attr_num(ch, n, "y", y + 16, NULL);
	text_owned(ch, n, call(ch, "scope-name", 2, self(e),
	    xmlXPathNewBoolean(1), NULL));
	if (attr_is(e, "hidden", "yes") || !has(e, "median")) {
		n = elem(ch, g, "text");
		attr(ch, n, "class", (const xmlChar *)"cimolt-chart__note");
		attr(ch, n, "x", (const xmlChar *)"0");
		attr_num(ch, n, "y", cy + 5, NULL);
		text_owned(ch, n, call(ch, "hidden", 1, self(e), NULL, NULL));
		return;
	}
	/* The box from the lower end of q1's range to the upper end of
	 * q3's (shown only for groups large enough); the median in the
	 * middle of its range. */
	if (has(e, "q1")) {
		n = elem(ch, g, "rect");
		attr(ch, n, "class", (const xmlChar *)"cimolt-chart__box");
		s = call(ch, "pct", 1, xmlXPathNewFloat(num(e, "q1")), NULL,
		    NULL);
		attr(ch, n, "x", s);
		xmlFree(s);
		attr_num(ch, n, "y", cy - 11, NULL);
		attr(ch, n, "height", (const xmlChar *)"22");
		s = format_number(ch, clamp(ch, num(e, "q3-to")) -
		    clamp(ch, num(e, "q1")), "0.##");
		if (s != NULL)
			s = xmlStrcat(s, (const xmlChar *)"%");
		attr(ch, n, "width", s);
		xmlFree(s);
	}
	n = elem(ch, g, "line");
	attr(ch, n, "class", (const xmlChar *)"cimolt-chart__median");
	s = call(ch, "pct", 1, xmlXPathNewFloat(mid(ch, e, "median")), NULL,
	    NULL);
	attr(ch, n, "x1", s);
	attr_num(ch, n, "y1", cy - 14, NULL);
	attr(ch, n, "x2", s);
	attr_num(ch, n, "y2", cy + 14, NULL);
	xmlFree(s);
	if (own && has(e, "own")) {
		n = elem(ch, g, "circle");
		attr(ch, n, "class", (const xmlChar *)"cimolt-chart__own");
		s = call(ch, "pct", 1, xmlXPathNewFloat(num(e, "own")), NULL,
		    NULL);
		attr(ch, n, "cx", s);
		xmlFree(s);
		attr_num(ch, n, "cy", cy, NULL);
		attr(ch, n, "r", (const xmlChar *)"7");
	}
	n = elem(ch, g, "text");
	attr(ch, n, "class", (const xmlChar *)"cimolt-chart__figures");
	attr(ch, n, "x", (const xmlChar *)"0");
	attr_num(ch, n, "y", y + 70, NULL);
	s = call(ch, "t", 1, xmlXPathNewCString("benchmark.chart.median"),
	    NULL, NULL);
	if (s != NULL)
		s = xmlStrcat(s, (const xmlChar *)" ");
	text_owned(ch, n, s);
	t = elem(ch, n, "tspan");
	attr(ch, t, "class", (const xmlChar *)"cimolt-chart__value");
	text_owned(ch, t, call(ch, "range", 3, self(e),
	    xmlXPathNewCString("median"), xmlXPathNewBoolean(percent)));
	if (!own)
		return;
	text(ch, n, (const xmlChar *)" \xc2\xb7 ");	/* " · " */
	text_owned(ch, n, call(ch, "t", 1,
	    xmlXPathNewCString("benchmark.chart.own"), NULL, NULL));
	text(ch, n, (const xmlChar *)" ");
	if (has(e, "own")) {
		t = elem(ch, n, "tspan");
		attr(ch, t, "class", (const xmlChar *)"cimolt-chart__value");
		text_owned(ch, t, call(ch, "figure", 2,
		    xmlXPathNewFloat(num(e, "own")), xmlXPathNewBoolean(percent),
		    NULL));
	} else
		text_owned(ch, n, call(ch, "t", 1,
		    xmlXPathNewCString("monitor.result.unknown"), NULL, NULL));
}

/* The value of the template's parameter name (a copy, NULL without it). */
static xmlXPathObjectPtr
param(xsltTransformContextPtr ctxt, const char *name)
{
	return xsltVariableLookup(ctxt, (const xmlChar *)name, NULL);
}

void
chart_boxplot(xsltTransformContextPtr ctxt, xmlNodePtr node, xmlNodePtr inst,
    xsltElemPreCompPtr comp)
{
	struct chart		 ch;
	xmlXPathObjectPtr	 id, title, rows, own, percent, target;
	xmlNodeSetPtr		 set = NULL;
	xmlNodePtr		 svg, n, g;
	xmlChar			*s, *ids;
	double			 top, bottom, t = -1;
	int			 nrows = 0, pc = 0, ow = 1;

	(void)node;
	(void)comp;
	memset(&ch, 0, sizeof(ch));
	ch.ctxt = ctxt;
	if (ctxt->insert == NULL)
		return;
	/* A parser context gets its value stack only when it evaluates an
	 * expression: this one is given one of its own. */
	if ((ch.p = xmlXPathNewParserContext(NULL, ctxt->xpathCtxt)) != NULL &&
	    (ch.p->valueTab = xmlMalloc(4 * sizeof(xmlXPathObjectPtr))) !=
	    NULL) {
		ch.p->valueMax = 4;
		ch.p->valueNr = 0;
		ch.p->value = NULL;
	}
	id = param(ctxt, "id");
	title = param(ctxt, "title");
	rows = param(ctxt, "rows");
	own = param(ctxt, "own");
	percent = param(ctxt, "percent");
	target = param(ctxt, "target");
	if (rows != NULL && rows->type == XPATH_NODESET &&
	    (set = rows->nodesetval) != NULL) {
		xmlXPathNodeSetSort(set);	/* xsl:for-each's order */
		nrows = set->nodeNr;
	}
	if (own != NULL)
		ow = xmlXPathCastToBoolean(own);
	if (percent != NULL)
		pc = xmlXPathCastToBoolean(percent);
	if (target != NULL)
		t = xmlXPathCastToNumber(target);
	ids = id != NULL ? xmlXPathCastToString(id) : xmlStrdup(
	    (const xmlChar *)"");
	top = t >= 0 ? 24 : 0;
	bottom = top + nrows * ROW_HEIGHT;

	svg = xmlNewDocNode(ctxt->output, NULL, (const xmlChar *)"svg", NULL);
	if (svg == NULL || ids == NULL ||
	    (ch.ns = xmlNewNs(svg, SVG_NS, NULL)) == NULL) {
		xmlFreeNode(svg);
		ch.failed = 1;
		goto out;
	}
	xmlSetNs(svg, ch.ns);
	attr(&ch, svg, "id", ids);
	attr(&ch, svg, "class", (const xmlChar *)"cimolt-chart cimolt-chart--box");
	attr(&ch, svg, "role", (const xmlChar *)"img");
	s = xmlStrdup(ids);
	s = xmlStrcat(s, (const xmlChar *)"-title ");
	s = xmlStrcat(s, ids);
	s = xmlStrcat(s, (const xmlChar *)"-desc");
	attr(&ch, svg, "aria-labelledby", s);
	xmlFree(s);
	attr(&ch, svg, "width", (const xmlChar *)"100%");
	attr_num(&ch, svg, "height", bottom + 24, NULL);
	n = elem(&ch, svg, "title");
	s = xmlStrcat(xmlStrdup(ids), (const xmlChar *)"-title");
	attr(&ch, n, "id", s);
	xmlFree(s);
	text_owned(&ch, n, title != NULL ? xmlXPathCastToString(title) : NULL);
	n = elem(&ch, svg, "desc");
	s = xmlStrcat(xmlStrdup(ids), (const xmlChar *)"-desc");
	attr(&ch, n, "id", s);
	xmlFree(s);
	text_owned(&ch, n, call(&ch, "t", 1,
	    xmlXPathNewCString("monitor.chart.desc"), NULL, NULL));
	/* The scale: lines at 0, 25, 50, 75 and 100, their values under
	 * the last row. */
	g = elem(&ch, svg, "g");
	attr(&ch, g, "class", (const xmlChar *)"cimolt-chart__axis");
	for (int v = 0; v <= 100; v += 25)
		tick(&ch, g, v, top, bottom, pc);
	for (int i = 0; i < nrows && !ch.failed; i++)
		row(&ch, svg, set->nodeTab[i], top + i * ROW_HEIGHT, ow, pc);
	if (t >= 0) {
		n = elem(&ch, svg, "line");
		attr(&ch, n, "class", (const xmlChar *)"cimolt-chart__target");
		attr_num(&ch, n, "x1", t, "%");
		attr(&ch, n, "y1", (const xmlChar *)"20");
		attr_num(&ch, n, "x2", t, "%");
		attr_num(&ch, n, "y2", bottom, NULL);
		n = elem(&ch, svg, "text");
		attr(&ch, n, "class",
		    (const xmlChar *)"cimolt-chart__target-label");
		attr_num(&ch, n, "x", t, "%");
		attr(&ch, n, "dx", (const xmlChar *)"4");
		attr(&ch, n, "y", (const xmlChar *)"14");
		text_owned(&ch, n, call(&ch, "t", 2,
		    xmlXPathNewCString("monitor.target"), xmlXPathNewFloat(t),
		    NULL));
	}
	if (ch.failed)
		xmlFreeNode(svg);
	else
		xmlAddChild(ctxt->insert, svg);
out:
	if (ch.failed)
		xsltTransformError(ctxt, NULL, inst, "c:boxplot: cannot draw "
		    "the chart\n");
	if (ch.p != NULL)
		xmlXPathFreeParserContext(ch.p);
	xmlFree(ids);
	xmlXPathFreeObject(id);
	xmlXPathFreeObject(title);
	xmlXPathFreeObject(rows);
	xmlXPathFreeObject(own);
	xmlXPathFreeObject(percent);
	xmlXPathFreeObject(target);
}
