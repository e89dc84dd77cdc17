/*
 * The benchmark's charts drawn in C: the extension elements <c:boxplot/>
 * of benchmark-common.xsl's template "boxplot" and <c:trend/> of
 * benchmark.xsl's "trend-chart", which read the template's parameters
 * ($id, $title, $rows, $own, $percent, $target; $id, $points, $name,
 * $percent and the page's $target). Each adds to the result the same
 * elements, attributes and texts as the XSLT in its xsl:fallback (which
 * xsltproc runs, and which stays the reference), to the byte: the
 * figures come from the same XPath functions (c:t, c:pct, c:range,
 * c:trend-x, format-number, ...) called through the transform's own
 * table, and numbers are written as XPath writes them. Laid out by the
 * XSLT, the charts were more than half of the benchmark page's
 * transform, most of it libxslt's interpretation of a few dozen
 * instructions per row or point.
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
 * The XPath function name of namespace ns of the transform's table. The
 * table is the same in every transform (libxslt's registered functions),
 * so each name is looked up once.
 */
static xmlXPathFunction
function(struct chart *ch, const xmlChar *ns, const char *name)
{
	static struct {
		const char		*name;	/* one of this file's literals */
		xmlXPathFunction	 fn;
	}		 known[16];
	static size_t	 nknown;
	xmlXPathFunction fn;

	for (size_t i = 0; i < nknown; i++)
		if (known[i].name == name)
			return known[i].fn;
	fn = xmlXPathFunctionLookupNS(ch->ctxt->xpathCtxt,
	    (const xmlChar *)name, ns);
	if (fn != NULL && nknown < sizeof(known) / sizeof(known[0])) {
		known[nknown].name = name;
		known[nknown++].fn = fn;
	}
	return fn;
}

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

	fn = function(ch, ns, name);
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

/* A new element name in namespace ns (NULL: none, HTML's) under parent
 * (NULL when out of memory). */
static xmlNodePtr
elem_ns(struct chart *ch, xmlNsPtr ns, xmlNodePtr parent, const char *name)
{
	xmlNodePtr n;

	if (parent == NULL || (n = xmlNewDocNode(ch->ctxt->output, ns,
	    (const xmlChar *)name, NULL)) == NULL) {
		ch->failed = 1;
		return NULL;
	}
	return xmlAddChild(parent, n);
}

/* A new SVG element name under parent. */
static xmlNodePtr
elem(struct chart *ch, xmlNodePtr parent, const char *name)
{
	return elem_ns(ch, ch->ns, parent, name);
}

/* A new HTML element name under parent. */
static xmlNodePtr
helem(struct chart *ch, xmlNodePtr parent, const char *name)
{
	return elem_ns(ch, NULL, parent, name);
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
	char	 buf[32];
	xmlChar	*s;

	/* A whole number is written as XPath writes one (libxml2's
	 * xmlXPathFormatNumber: "%d"), without its detour through a
	 * new string. */
	if (v > -1e9 && v < 1e9 && v == (int)v) {
		snprintf(buf, sizeof(buf), "%d%s", (int)v, suffix != NULL ?
		    suffix : "");
		attr(ch, n, name, (const xmlChar *)buf);
		return;
	}
	s = xmlXPathCastNumberToString(v);
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

/* The value of the template's parameter (or the stylesheet's global
 * variable) name: a copy, NULL without it. */
static xmlXPathObjectPtr
param(xsltTransformContextPtr ctxt, const char *name)
{
	return xsltVariableLookup(ctxt, (const xmlChar *)name, NULL);
}

/* The string value of the variable name ("" without it; NULL when out
 * of memory). */
static xmlChar *
param_string(xsltTransformContextPtr ctxt, const char *name)
{
	xmlXPathObjectPtr	 o = param(ctxt, name);
	xmlChar			*s;

	s = o != NULL ? xmlXPathCastToString(o) :
	    xmlStrdup((const xmlChar *)"");
	xmlXPathFreeObject(o);
	return s;
}

/* The boolean value of the variable name (dflt without it). */
static int
param_bool(xsltTransformContextPtr ctxt, const char *name, int dflt)
{
	xmlXPathObjectPtr	 o = param(ctxt, name);
	int			 b = o != NULL ? xmlXPathCastToBoolean(o) : dflt;

	xmlXPathFreeObject(o);
	return b;
}

/* The number value of the variable name (dflt without it). */
static double
param_num(xsltTransformContextPtr ctxt, const char *name, double dflt)
{
	xmlXPathObjectPtr	 o = param(ctxt, name);
	double			 d = o != NULL ? xmlXPathCastToNumber(o) : dflt;

	xmlXPathFreeObject(o);
	return d;
}

/* The nodes of the node-set variable name, in document order (the order
 * of xsl:for-each); NULL when it is none. The set is *o's. */
static xmlNodeSetPtr
param_nodes(xsltTransformContextPtr ctxt, const char *name,
    xmlXPathObjectPtr *o)
{
	*o = param(ctxt, name);
	if (*o == NULL || (*o)->type != XPATH_NODESET ||
	    (*o)->nodesetval == NULL)
		return NULL;
	xmlXPathNodeSetSort((*o)->nodesetval);
	return (*o)->nodesetval;
}

/* Sets ch up for a chart of the transform ctxt. Returns 0/-1. */
static int
chart_start(struct chart *ch, xsltTransformContextPtr ctxt)
{
	memset(ch, 0, sizeof(*ch));
	ch->ctxt = ctxt;
	if (ctxt->insert == NULL)
		return -1;
	/* A parser context gets its value stack only when it evaluates an
	 * expression: this one is given one of its own. */
	if ((ch->p = xmlXPathNewParserContext(NULL, ctxt->xpathCtxt)) == NULL ||
	    (ch->p->valueTab = xmlMalloc(4 * sizeof(xmlXPathObjectPtr))) ==
	    NULL) {
		ch->failed = 1;
		return -1;
	}
	ch->p->valueMax = 4;
	ch->p->valueNr = 0;
	ch->p->value = NULL;
	return 0;
}

/*
 * The chart's <svg> (SVG's namespace declared on it) with its id, class,
 * role and name, and the <title> title and <desc> in it; the caller adds
 * its size. NULL when out of memory.
 */
static xmlNodePtr
svg_start(struct chart *ch, const xmlChar *id, const char *cls,
    const xmlChar *title)
{
	xmlNodePtr	 svg, n;
	xmlChar		*s;

	if ((svg = xmlNewDocNode(ch->ctxt->output, NULL,
	    (const xmlChar *)"svg", NULL)) == NULL ||
	    (ch->ns = xmlNewNs(svg, SVG_NS, NULL)) == NULL) {
		xmlFreeNode(svg);
		ch->failed = 1;
		return NULL;
	}
	xmlSetNs(svg, ch->ns);
	attr(ch, svg, "id", id);
	attr(ch, svg, "class", (const xmlChar *)cls);
	attr(ch, svg, "role", (const xmlChar *)"img");
	s = xmlStrcat(xmlStrdup(id), (const xmlChar *)"-title ");
	s = xmlStrcat(xmlStrcat(s, id), (const xmlChar *)"-desc");
	attr(ch, svg, "aria-labelledby", s);
	xmlFree(s);
	n = elem(ch, svg, "title");
	s = xmlStrcat(xmlStrdup(id), (const xmlChar *)"-title");
	attr(ch, n, "id", s);
	xmlFree(s);
	text(ch, n, title);
	n = elem(ch, svg, "desc");
	s = xmlStrcat(xmlStrdup(id), (const xmlChar *)"-desc");
	attr(ch, n, "id", s);
	xmlFree(s);
	text_owned(ch, n, call(ch, "t", 1,
	    xmlXPathNewCString("monitor.chart.desc"), NULL, NULL));
	return svg;
}

/* Puts the chart top under the result's insertion point, or reports why
 * it cannot be drawn; frees what ch holds. */
static void
chart_end(struct chart *ch, xmlNodePtr top, xmlNodePtr inst, const char *what)
{
	if (ch->failed || top == NULL) {
		xmlFreeNode(top);
		xsltTransformError(ch->ctxt, NULL, inst, "c:%s: cannot draw "
		    "the chart\n", what);
	} else
		xmlAddChild(ch->ctxt->insert, top);
	if (ch->p != NULL)
		xmlXPathFreeParserContext(ch->p);
}

void
chart_boxplot(xsltTransformContextPtr ctxt, xmlNodePtr node, xmlNodePtr inst,
    xsltElemPreCompPtr comp)
{
	struct chart		 ch;
	xmlXPathObjectPtr	 rows = NULL;
	xmlNodeSetPtr		 set;
	xmlNodePtr		 svg = NULL, n, g;
	xmlChar			*id = NULL, *title = NULL;
	double			 top, bottom, t;
	int			 nrows, pc, own;

	(void)node;
	(void)comp;
	if (chart_start(&ch, ctxt) == -1)
		goto out;
	id = param_string(ctxt, "id");
	title = param_string(ctxt, "title");
	set = param_nodes(ctxt, "rows", &rows);
	nrows = set != NULL ? set->nodeNr : 0;
	own = param_bool(ctxt, "own", 1);
	pc = param_bool(ctxt, "percent", 0);
	t = param_num(ctxt, "target", -1);
	top = t >= 0 ? 24 : 0;
	bottom = top + nrows * ROW_HEIGHT;
	if (id == NULL || title == NULL ||
	    (svg = svg_start(&ch, id, "cimolt-chart cimolt-chart--box",
	    title)) == NULL)
		goto out;
	attr(&ch, svg, "width", (const xmlChar *)"100%");
	attr_num(&ch, svg, "height", bottom + 24, NULL);
	/* The scale: lines at 0, 25, 50, 75 and 100, their values under
	 * the last row. */
	g = elem(&ch, svg, "g");
	attr(&ch, g, "class", (const xmlChar *)"cimolt-chart__axis");
	for (int v = 0; v <= 100; v += 25)
		tick(&ch, g, v, top, bottom, pc);
	for (int i = 0; i < nrows && !ch.failed; i++)
		row(&ch, svg, set->nodeTab[i], top + i * ROW_HEIGHT, own, pc);
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
out:
	chart_end(&ch, svg, inst, "boxplot");
	xmlFree(id);
	xmlFree(title);
	xmlXPathFreeObject(rows);
}

/* The trend chart's frame: the plot within the 400 x 240 view box. */
#define TREND_LEFT	44
#define TREND_WIDTH	340
#define TREND_TOP	44
#define TREND_HEIGHT	160

/* Attribute name on n: the number s (a string, as c:trend-x gives it)
 * plus d, as XPath writes "{$s + d}". */
static void
attr_plus(struct chart *ch, xmlNodePtr n, const char *name, const xmlChar *s,
    double d)
{
	attr_num(ch, n, name, xmlXPathCastStringToNumber(s != NULL ? s :
	    (const xmlChar *)"") + d, NULL);
}

/* The position of point p's year among the years (1 for the first), as
 * count(../preceding-sibling::year) + 1. */
static double
year_index(xmlNodePtr p)
{
	double	 i = 1;

	if (p->parent == NULL)
		return i;
	for (xmlNodePtr y = p->parent->prev; y != NULL; y = y->prev)
		if (y->type == XML_ELEMENT_NODE &&
		    xmlStrEqual(y->name, (const xmlChar *)"year"))
			i++;
	return i;
}

/* The string value of point p's year (../@value); owned. */
static xmlChar *
year_of(xmlNodePtr p)
{
	xmlChar *v = p->parent != NULL ? xmlGetNoNsProp(p->parent,
	    (const xmlChar *)"value") : NULL;

	return v != NULL ? v : xmlStrdup((const xmlChar *)"");
}

/* c:trend-x(i, n, left, width) of point p of n. */
static xmlChar *
trend_x(struct chart *ch, xmlNodePtr p, int n)
{
	xmlXPathObjectPtr args[4] = { xmlXPathNewFloat(year_index(p)),
			      xmlXPathNewFloat(n),
			      xmlXPathNewFloat(TREND_LEFT),
			      xmlXPathNewFloat(TREND_WIDTH) };

	return string_of(ch, invoke(ch, CHARTS_NS, "trend-x", 4, args));
}

/* c:trend-y(v, top, height) */
static xmlChar *
trend_y(struct chart *ch, double v)
{
	xmlXPathObjectPtr args[3] = { xmlXPathNewFloat(v),
			      xmlXPathNewFloat(TREND_TOP),
			      xmlXPathNewFloat(TREND_HEIGHT) };

	return string_of(ch, invoke(ch, CHARTS_NS, "trend-y", 3, args));
}

/* A line of the trend's scale at v, its value left of it (trend-tick). */
static void
trend_tick(struct chart *ch, xmlNodePtr svg, double v, int percent)
{
	xmlNodePtr	 n;
	double		 y = TREND_TOP + TREND_HEIGHT - TREND_HEIGHT * v / 100;

	n = elem(ch, svg, "line");
	attr(ch, n, "class", (const xmlChar *)"cimolt-chart__grid");
	attr_num(ch, n, "x1", TREND_LEFT, NULL);
	attr_num(ch, n, "y1", y, NULL);
	attr_num(ch, n, "x2", TREND_LEFT + TREND_WIDTH, NULL);
	attr_num(ch, n, "y2", y, NULL);
	n = elem(ch, svg, "text");
	attr(ch, n, "class", (const xmlChar *)"cimolt-chart__scale");
	attr_num(ch, n, "x", TREND_LEFT - 8, NULL);
	attr_num(ch, n, "y", y + 4, NULL);
	attr(ch, n, "text-anchor", (const xmlChar *)"end");
	if (percent)
		text_owned(ch, n, call(ch, "t", 2,
		    xmlXPathNewCString("monitor.percent"), xmlXPathNewFloat(v),
		    NULL));
	else
		text_owned(ch, n, xmlXPathCastNumberToString(v));
}

/* An SVG element name of class cls at (x, y) under parent, as the
 * legend and the points have them ("x1"/"y1" style names given). */
static xmlNodePtr
shape(struct chart *ch, xmlNodePtr parent, const char *name, const char *cls)
{
	xmlNodePtr n = elem(ch, parent, name);

	attr(ch, n, "class", (const xmlChar *)cls);
	return n;
}

/* The legend on top: the own value, the median, and the target. */
static void
trend_legend(struct chart *ch, xmlNodePtr svg)
{
	xmlNodePtr n;

	n = shape(ch, svg, "line", "cimolt-chart__line-own");
	attr_num(ch, n, "x1", TREND_LEFT, NULL);
	attr(ch, n, "y1", (const xmlChar *)"12");
	attr_num(ch, n, "x2", TREND_LEFT + 24, NULL);
	attr(ch, n, "y2", (const xmlChar *)"12");
	n = shape(ch, svg, "circle", "cimolt-chart__own");
	attr_num(ch, n, "cx", TREND_LEFT + 12, NULL);
	attr(ch, n, "cy", (const xmlChar *)"12");
	attr(ch, n, "r", (const xmlChar *)"4");
	n = shape(ch, svg, "text", "cimolt-chart__legend");
	attr_num(ch, n, "x", TREND_LEFT + 30, NULL);
	attr(ch, n, "y", (const xmlChar *)"17");
	text_owned(ch, n, call(ch, "t", 1,
	    xmlXPathNewCString("benchmark.chart.own"), NULL, NULL));
	n = shape(ch, svg, "line", "cimolt-chart__line-median");
	attr_num(ch, n, "x1", TREND_LEFT + 120, NULL);
	attr(ch, n, "y1", (const xmlChar *)"12");
	attr_num(ch, n, "x2", TREND_LEFT + 144, NULL);
	attr(ch, n, "y2", (const xmlChar *)"12");
	n = shape(ch, svg, "rect", "cimolt-chart__point-median");
	attr_num(ch, n, "x", TREND_LEFT + 128, NULL);
	attr(ch, n, "y", (const xmlChar *)"8");
	attr(ch, n, "width", (const xmlChar *)"8");
	attr(ch, n, "height", (const xmlChar *)"8");
	n = shape(ch, svg, "text", "cimolt-chart__legend");
	attr_num(ch, n, "x", TREND_LEFT + 150, NULL);
	attr(ch, n, "y", (const xmlChar *)"17");
	text_owned(ch, n, call(ch, "t", 1,
	    xmlXPathNewCString("benchmark.chart.median"), NULL, NULL));
}

/* The polyline of the points that have attribute name (own: @own,
 * else the median), when more than one has it. */
static void
trend_line(struct chart *ch, xmlNodePtr svg, xmlNodeSetPtr pts, int own)
{
	xmlNodePtr	 n, p;
	xmlChar		*line = NULL, *x, *y;
	int		 count = 0;

	for (int i = 0; i < pts->nodeNr && !ch->failed; i++) {
		p = pts->nodeTab[i];
		if (!has(p, own ? "own" : "median"))
			continue;
		x = trend_x(ch, p, pts->nodeNr);
		y = trend_y(ch, own ? num(p, "own") : mid(ch, p, "median"));
		if (line != NULL)
			line = xmlStrcat(line, (const xmlChar *)" ");
		line = xmlStrcat(line, x != NULL ? x : (const xmlChar *)"");
		line = xmlStrcat(line, (const xmlChar *)",");
		line = xmlStrcat(line, y != NULL ? y : (const xmlChar *)"");
		xmlFree(x);
		xmlFree(y);
		count++;
	}
	if (count > 1) {
		n = shape(ch, svg, "polyline", own ? "cimolt-chart__line-own" :
		    "cimolt-chart__line-median");
		attr(ch, n, "points", line);
	}
	xmlFree(line);
}

/* Point p's marks: the median's square and the own value's dot, each
 * labelled with its value (the higher above, the other below), and its
 * year under the plot. */
static void
trend_point(struct chart *ch, xmlNodePtr svg, xmlNodePtr p, int n,
    int percent)
{
	xmlNodePtr	 e;
	xmlChar		*x, *y, *yr;
	int		 up, own = has(p, "own"), median = has(p, "median");

	x = trend_x(ch, p, n);
	up = !median || num(p, "own") >= mid(ch, p, "median");
	if (median) {
		y = trend_y(ch, mid(ch, p, "median"));
		e = shape(ch, svg, "rect", "cimolt-chart__point-median");
		attr_plus(ch, e, "x", x, -4);
		attr_plus(ch, e, "y", y, -4);
		attr(ch, e, "width", (const xmlChar *)"8");
		attr(ch, e, "height", (const xmlChar *)"8");
		e = shape(ch, svg, "text",
		    "cimolt-chart__value cimolt-chart__value--median");
		attr(ch, e, "x", x);
		attr(ch, e, "text-anchor", (const xmlChar *)"middle");
		attr_plus(ch, e, "y", y, up && own ? 20 : -10);
		text_owned(ch, e, call(ch, "range", 3, self(p),
		    xmlXPathNewCString("median"), xmlXPathNewBoolean(percent)));
		xmlFree(y);
	}
	if (own) {
		y = trend_y(ch, num(p, "own"));
		e = shape(ch, svg, "circle", "cimolt-chart__own");
		attr(ch, e, "cx", x);
		attr(ch, e, "cy", y);
		attr(ch, e, "r", (const xmlChar *)"5");
		e = shape(ch, svg, "text", "cimolt-chart__value");
		attr(ch, e, "x", x);
		attr(ch, e, "text-anchor", (const xmlChar *)"middle");
		attr_plus(ch, e, "y", y, up ? -10 : 20);
		text_owned(ch, e, call(ch, "figure", 2,
		    xmlXPathNewFloat(num(p, "own")), xmlXPathNewBoolean(percent),
		    NULL));
		xmlFree(y);
	}
	e = shape(ch, svg, "text", "cimolt-chart__label");
	attr(ch, e, "x", x);
	attr_num(ch, e, "y", TREND_TOP + TREND_HEIGHT + 26, NULL);
	attr(ch, e, "text-anchor", (const xmlChar *)"middle");
	yr = year_of(p);
	text(ch, e, yr);
	xmlFree(yr);
	xmlFree(x);
}

/* The table of the trend's numbers under the chart. */
static void
trend_table(struct chart *ch, xmlNodePtr div, xmlNodeSetPtr pts,
    const xmlChar *name, int percent)
{
	static const char *const cols[3][2] = {
		{ "benchmark.col.year", NULL },
		{ "benchmark.col.own", "cimolt-table__number" },
		{ "benchmark.col.median", "cimolt-table__number" },
	};
	xmlNodePtr	 t, n, tr, c;
	xmlChar		*s;

	t = helem(ch, div, "table");
	attr(ch, t, "class", (const xmlChar *)"cimolt-table cimolt-result__table");
	n = helem(ch, t, "caption");
	s = call(ch, "t", 2, xmlXPathNewCString("benchmark.trend.name"),
	    xmlXPathNewString(name), NULL);
	text_owned(ch, n, call(ch, "t", 2,
	    xmlXPathNewCString("monitor.result.table"),
	    s != NULL ? xmlXPathWrapString(s) : NULL, NULL));
	tr = helem(ch, helem(ch, t, "thead"), "tr");
	for (int i = 0; i < 3; i++) {
		c = helem(ch, tr, "th");
		attr(ch, c, "scope", (const xmlChar *)"col");
		if (cols[i][1] != NULL)
			attr(ch, c, "class", (const xmlChar *)cols[i][1]);
		text_owned(ch, c, call(ch, "t", 1,
		    xmlXPathNewCString(cols[i][0]), NULL, NULL));
	}
	n = helem(ch, t, "tbody");
	for (int i = 0; i < pts->nodeNr && !ch->failed; i++) {
		xmlNodePtr p = pts->nodeTab[i];

		tr = helem(ch, n, "tr");
		c = helem(ch, tr, "th");
		attr(ch, c, "scope", (const xmlChar *)"row");
		text_owned(ch, c, year_of(p));
		c = helem(ch, tr, "td");
		attr(ch, c, "class", (const xmlChar *)"cimolt-table__number");
		text_owned(ch, c, has(p, "own") ? call(ch, "figure", 2,
		    xmlXPathNewFloat(num(p, "own")), xmlXPathNewBoolean(percent),
		    NULL) : call(ch, "t", 1,
		    xmlXPathNewCString("monitor.result.unknown"), NULL, NULL));
		c = helem(ch, tr, "td");
		attr(ch, c, "class", (const xmlChar *)"cimolt-table__number");
		text_owned(ch, c, has(p, "median") ? call(ch, "range", 3,
		    self(p), xmlXPathNewCString("median"),
		    xmlXPathNewBoolean(percent)) : call(ch, "t", 1,
		    xmlXPathNewCString("benchmark.trend.no-median"), NULL,
		    NULL));
	}
}

void
chart_trend(xsltTransformContextPtr ctxt, xmlNodePtr node, xmlNodePtr inst,
    xsltElemPreCompPtr comp)
{
	struct chart		 ch;
	xmlXPathObjectPtr	 points = NULL;
	xmlNodeSetPtr		 pts;
	xmlNodePtr		 div = NULL, svg, n;
	xmlChar			*id = NULL, *name = NULL, *title = NULL;
	double			 t, ty;
	int			 pc;
	static xmlNodeSet	 none;

	(void)node;
	(void)comp;
	if (chart_start(&ch, ctxt) == -1)
		goto out;
	id = param_string(ctxt, "id");
	name = param_string(ctxt, "name");
	if ((pts = param_nodes(ctxt, "points", &points)) == NULL)
		pts = &none;
	pc = param_bool(ctxt, "percent", 0);
	t = param_num(ctxt, "target", NAN);	/* the page's */
	if (id == NULL || name == NULL ||
	    (div = xmlNewDocNode(ctxt->output, NULL, (const xmlChar *)"div",
	    NULL)) == NULL) {
		ch.failed = 1;
		goto out;
	}
	attr(&ch, div, "class", (const xmlChar *)"cimolt-trend");
	n = helem(&ch, div, "h3");
	attr(&ch, n, "class", (const xmlChar *)"cimolt-trend__title");
	text(&ch, n, name);
	title = call(&ch, "t", 2, xmlXPathNewCString("benchmark.chart.trend"),
	    xmlXPathNewString(name), NULL);
	if (title == NULL || (svg = svg_start(&ch, id,
	    "cimolt-chart cimolt-chart--trend", title)) == NULL) {
		ch.failed = 1;
		goto out;
	}
	xmlAddChild(div, svg);
	attr(&ch, svg, "viewBox", (const xmlChar *)"0 0 400 240");
	trend_legend(&ch, svg);
	for (int v = 0; v <= 100; v += 50)
		trend_tick(&ch, svg, v, pc);
	if (pc && t >= 0) {
		ty = TREND_TOP + TREND_HEIGHT - TREND_HEIGHT * t / 100;
		n = shape(&ch, svg, "line", "cimolt-chart__target");
		attr_num(&ch, n, "x1", TREND_LEFT, NULL);
		attr_num(&ch, n, "y1", ty, NULL);
		attr_num(&ch, n, "x2", TREND_LEFT + TREND_WIDTH, NULL);
		attr_num(&ch, n, "y2", ty, NULL);
		n = shape(&ch, svg, "line", "cimolt-chart__target");
		attr_num(&ch, n, "x1", TREND_LEFT + 240, NULL);
		attr(&ch, n, "y1", (const xmlChar *)"12");
		attr_num(&ch, n, "x2", TREND_LEFT + 264, NULL);
		attr(&ch, n, "y2", (const xmlChar *)"12");
		n = shape(&ch, svg, "text", "cimolt-chart__legend");
		attr_num(&ch, n, "x", TREND_LEFT + 270, NULL);
		attr(&ch, n, "y", (const xmlChar *)"17");
		text_owned(&ch, n, call(&ch, "t", 2,
		    xmlXPathNewCString("monitor.target"), xmlXPathNewFloat(t),
		    NULL));
	}
	/* The lines, then the points with their values and the years. */
	trend_line(&ch, svg, pts, 0);
	trend_line(&ch, svg, pts, 1);
	for (int i = 0; i < pts->nodeNr && !ch.failed; i++)
		trend_point(&ch, svg, pts->nodeTab[i], pts->nodeNr, pc);
	trend_table(&ch, div, pts, name, pc);
out:
	chart_end(&ch, div, inst, "trend");
	xmlFree(id);
	xmlFree(name);
	xmlFree(title);
	xmlXPathFreeObject(points);
}
