/*
 * The benchmark's charts drawn in C: the extension elements <c:boxplot/>
 * of benchmark-common.xsl's template "boxplot", <c:stat-table/> of its
 * "stat-table" (the numbers under a box plot) and <c:trend/> of
 * benchmark.xsl's "trend-chart", which read the template's parameters
 * ($id, $title, $rows, $own, $percent, $target; $rows, $caption, $head,
 * $own, $percent; $id, $points, $name, $percent and the page's $target). Each adds to the result the same
 * elements, attributes and texts as the XSLT in its xsl:fallback (which
 * xsltproc runs, and which stays the reference), to the byte: the
 * figures come from the same XPath functions (c:t, c:pct, c:range,
 * c:trend-x, format-number, ...) called through the transform's own
 * table, and numbers are written as XPath writes them (render-draw.c).
 * Laid out by the
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

#define SVG_NS		((const xmlChar *)"http://www.w3.org/2000/svg")
#define ROW_HEIGHT	80

/* c:mid(e, name): the middle of a published figure's range. */
static double
mid(struct draw *ch, xmlNodePtr e, const char *name)
{
	xmlXPathObjectPtr	 args[2] = { xmlXPathNewNodeSet(e),
				    xmlXPathNewCString(name) }, o;
	double			 d = NAN;

	if ((o = draw_invoke(ch, CIMOLT_NS, "mid", 2, args)) != NULL)
		d = xmlXPathCastToNumber(o);
	xmlXPathFreeObject(o);
	return d;
}

/* c:clamp(v) */
static double
clamp(struct draw *ch, double v)
{
	xmlXPathObjectPtr	 args[1] = { xmlXPathNewFloat(v) }, o;
	double			 d = NAN;

	if ((o = draw_invoke(ch, CIMOLT_NS, "clamp", 1, args)) != NULL)
		d = xmlXPathCastToNumber(o);
	xmlXPathFreeObject(o);
	return d;
}

/* format-number(v, pattern), libxslt's own (owned; NULL: failed). */
static xmlChar *
format_number(struct draw *ch, double v, const char *pattern)
{
	xmlXPathObjectPtr args[2] = { xmlXPathNewFloat(v),
			      xmlXPathNewCString(pattern) };

	return draw_string(ch, draw_invoke(ch, NULL, "format-number", 2, args));
}

/* A line of the scale at v, its value under the rows (boxplot-tick). */
static void
tick(struct draw *ch, xmlNodePtr g, double v, double top, double bottom,
    int percent)
{
	xmlNodePtr l, t;

	l = draw_elem(ch, g, "line");
	draw_attr(ch, l, "class", (const xmlChar *)"cimolt-chart__grid");
	draw_attr_num(ch, l, "x1", v, "%");
	draw_attr_num(ch, l, "y1", top, NULL);
	draw_attr_num(ch, l, "x2", v, "%");
	draw_attr_num(ch, l, "y2", bottom, NULL);
	t = draw_elem(ch, g, "text");
	draw_attr(ch, t, "class", (const xmlChar *)"cimolt-chart__scale");
	draw_attr_num(ch, t, "x", v, "%");
	draw_attr_num(ch, t, "y", bottom + 16, NULL);
	draw_attr(ch, t, "text-anchor", (const xmlChar *)(v == 0 ? "start" :
	    v == 100 ? "end" : "middle"));
	if (percent)
		draw_text_owned(ch, t, draw_call(ch, "t", 2,
		    xmlXPathNewCString("monitor.percent"), xmlXPathNewFloat(v),
		    NULL));
	else
		draw_text_owned(ch, t, xmlXPathCastNumberToString(v));
}

/* One row of the plot, the stat e at y. */
static void
row(struct draw *ch, xmlNodePtr svg, xmlNodePtr e, double y, int own,
    int percent)
{
	xmlNodePtr	 g, n, t;
	xmlChar		*cls, *s;
	double		 cy = y + 38;

	g = draw_elem(ch, svg, "g");
	cls = xmlStrdup((const xmlChar *)"cimolt-chart__row");
	if (draw_attr_is(e, "scope", "overall") ||
	    draw_attr_is(e, "key", "overall"))
		cls = xmlStrcat(cls, (const xmlChar *)
		    " cimolt-chart__row--total");
	if (draw_attr_is(e, "hidden", "yes"))
		cls = xmlStrcat(cls, (const xmlChar *)
		    " cimolt-chart__row--hidden");
	draw_attr(ch, g, "class", cls);
	xmlFree(cls);
	n = draw_elem(ch, g, "text");
	draw_attr(ch, n, "class", (const xmlChar *)"cimolt-chart__label");
	draw_attr(ch, n, "x", (const xmlChar *)"0");
	draw_attr_num(ch, n, "y", y + 16, NULL);
	draw_text_owned(ch, n, draw_call(ch, "scope-name", 2, draw_self(e),
	    xmlXPathNewBoolean(1), NULL));
	if (draw_attr_is(e, "hidden", "yes") || !draw_has(e, "median")) {
		n = draw_elem(ch, g, "text");
		draw_attr(ch, n, "class",
		    (const xmlChar *)"cimolt-chart__note");
		draw_attr(ch, n, "x", (const xmlChar *)"0");
		draw_attr_num(ch, n, "y", cy + 5, NULL);
		draw_text_owned(ch, n, draw_call(ch, "hidden", 1,
		    draw_self(e), NULL, NULL));
		return;
	}
	/* The box from the lower end of q1's range to the upper end of
	 * q3's (shown only for groups large enough); the median in the
	 * middle of its range. */
	if (draw_has(e, "q1")) {
		n = draw_elem(ch, g, "rect");
		draw_attr(ch, n, "class", (const xmlChar *)"cimolt-chart__box");
		s = draw_call(ch, "pct", 1,
		    xmlXPathNewFloat(draw_num(e, "q1")), NULL, NULL);
		draw_attr(ch, n, "x", s);
		xmlFree(s);
		draw_attr_num(ch, n, "y", cy - 11, NULL);
		draw_attr(ch, n, "height", (const xmlChar *)"22");
		s = format_number(ch, clamp(ch, draw_num(e, "q3-to")) -
		    clamp(ch, draw_num(e, "q1")), "0.##");
		if (s != NULL)
			s = xmlStrcat(s, (const xmlChar *)"%");
		draw_attr(ch, n, "width", s);
		xmlFree(s);
	}
	n = draw_elem(ch, g, "line");
	draw_attr(ch, n, "class", (const xmlChar *)"cimolt-chart__median");
	s = draw_call(ch, "pct", 1, xmlXPathNewFloat(mid(ch, e, "median")),
	    NULL, NULL);
	draw_attr(ch, n, "x1", s);
	draw_attr_num(ch, n, "y1", cy - 14, NULL);
	draw_attr(ch, n, "x2", s);
	draw_attr_num(ch, n, "y2", cy + 14, NULL);
	xmlFree(s);
	if (own && draw_has(e, "own")) {
		n = draw_elem(ch, g, "circle");
		draw_attr(ch, n, "class", (const xmlChar *)"cimolt-chart__own");
		s = draw_call(ch, "pct", 1,
		    xmlXPathNewFloat(draw_num(e, "own")), NULL, NULL);
		draw_attr(ch, n, "cx", s);
		xmlFree(s);
		draw_attr_num(ch, n, "cy", cy, NULL);
		draw_attr(ch, n, "r", (const xmlChar *)"7");
	}
	n = draw_elem(ch, g, "text");
	draw_attr(ch, n, "class", (const xmlChar *)"cimolt-chart__figures");
	draw_attr(ch, n, "x", (const xmlChar *)"0");
	draw_attr_num(ch, n, "y", y + 70, NULL);
	s = draw_call(ch, "t", 1, xmlXPathNewCString("benchmark.chart.median"),
	    NULL, NULL);
	if (s != NULL)
		s = xmlStrcat(s, (const xmlChar *)" ");
	draw_text_owned(ch, n, s);
	t = draw_elem(ch, n, "tspan");
	draw_attr(ch, t, "class", (const xmlChar *)"cimolt-chart__value");
	draw_text_owned(ch, t, draw_call(ch, "range", 3, draw_self(e),
	    xmlXPathNewCString("median"), xmlXPathNewBoolean(percent)));
	if (!own)
		return;
	draw_text(ch, n, (const xmlChar *)" \xc2\xb7 ");	/* " · " */
	draw_text_owned(ch, n, draw_call(ch, "t", 1,
	    xmlXPathNewCString("benchmark.chart.own"), NULL, NULL));
	draw_text(ch, n, (const xmlChar *)" ");
	if (draw_has(e, "own")) {
		t = draw_elem(ch, n, "tspan");
		draw_attr(ch, t, "class",
		    (const xmlChar *)"cimolt-chart__value");
		draw_text_owned(ch, t, draw_call(ch, "figure", 2,
		    xmlXPathNewFloat(draw_num(e, "own")),
		    xmlXPathNewBoolean(percent), NULL));
	} else
		draw_text_owned(ch, n, draw_call(ch, "t", 1,
		    xmlXPathNewCString("monitor.result.unknown"), NULL, NULL));
}







/*
 * The chart's <svg> (SVG's namespace declared on it) with its id, class,
 * role and name, and the <title> title and <desc> in it; the caller adds
 * its size. NULL when out of memory.
 */
static xmlNodePtr
svg_start(struct draw *ch, const xmlChar *id, const char *cls,
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
	draw_attr(ch, svg, "id", id);
	draw_attr(ch, svg, "class", (const xmlChar *)cls);
	draw_attr(ch, svg, "role", (const xmlChar *)"img");
	s = xmlStrcat(xmlStrdup(id), (const xmlChar *)"-title ");
	s = xmlStrcat(xmlStrcat(s, id), (const xmlChar *)"-desc");
	draw_attr(ch, svg, "aria-labelledby", s);
	xmlFree(s);
	n = draw_elem(ch, svg, "title");
	s = xmlStrcat(xmlStrdup(id), (const xmlChar *)"-title");
	draw_attr(ch, n, "id", s);
	xmlFree(s);
	draw_text(ch, n, title);
	n = draw_elem(ch, svg, "desc");
	s = xmlStrcat(xmlStrdup(id), (const xmlChar *)"-desc");
	draw_attr(ch, n, "id", s);
	xmlFree(s);
	draw_text_owned(ch, n, draw_call(ch, "t", 1,
	    xmlXPathNewCString("monitor.chart.desc"), NULL, NULL));
	return svg;
}


static void
chart_boxplot(xsltTransformContextPtr ctxt, xmlNodePtr node, xmlNodePtr inst,
    xsltElemPreCompPtr comp)
{
	struct draw		 ch;
	xmlXPathObjectPtr	 rows = NULL;
	xmlNodeSetPtr		 set;
	xmlNodePtr		 svg = NULL, n, g;
	xmlChar			*id = NULL, *title = NULL;
	double			 top, bottom, t;
	int			 nrows, pc, own;

	(void)node;
	(void)comp;
	if (draw_start(&ch, ctxt) == -1)
		goto out;
	id = draw_param_string(ctxt, "id");
	title = draw_param_string(ctxt, "title");
	set = draw_param_nodes(ctxt, "rows", &rows);
	nrows = set != NULL ? set->nodeNr : 0;
	own = draw_param_bool(ctxt, "own", 1);
	pc = draw_param_bool(ctxt, "percent", 0);
	t = draw_param_num(ctxt, "target", -1);
	top = t >= 0 ? 24 : 0;
	bottom = top + nrows * ROW_HEIGHT;
	if (id == NULL || title == NULL ||
	    (svg = svg_start(&ch, id, "cimolt-chart cimolt-chart--box",
	    title)) == NULL)
		goto out;
	draw_attr(&ch, svg, "width", (const xmlChar *)"100%");
	draw_attr_num(&ch, svg, "height", bottom + 24, NULL);
	/* The scale: lines at 0, 25, 50, 75 and 100, their values under
	 * the last row. */
	g = draw_elem(&ch, svg, "g");
	draw_attr(&ch, g, "class", (const xmlChar *)"cimolt-chart__axis");
	for (int v = 0; v <= 100; v += 25)
		tick(&ch, g, v, top, bottom, pc);
	for (int i = 0; i < nrows && !ch.failed; i++)
		row(&ch, svg, set->nodeTab[i], top + i * ROW_HEIGHT, own, pc);
	if (t >= 0) {
		n = draw_elem(&ch, svg, "line");
		draw_attr(&ch, n, "class",
		    (const xmlChar *)"cimolt-chart__target");
		draw_attr_num(&ch, n, "x1", t, "%");
		draw_attr(&ch, n, "y1", (const xmlChar *)"20");
		draw_attr_num(&ch, n, "x2", t, "%");
		draw_attr_num(&ch, n, "y2", bottom, NULL);
		n = draw_elem(&ch, svg, "text");
		draw_attr(&ch, n, "class",
		    (const xmlChar *)"cimolt-chart__target-label");
		draw_attr_num(&ch, n, "x", t, "%");
		draw_attr(&ch, n, "dx", (const xmlChar *)"4");
		draw_attr(&ch, n, "y", (const xmlChar *)"14");
		draw_text_owned(&ch, n, draw_call(&ch, "t", 2,
		    xmlXPathNewCString("monitor.target"), xmlXPathNewFloat(t),
		    NULL));
	}
out:
	draw_end(&ch, svg, inst, "boxplot");
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
attr_plus(struct draw *ch, xmlNodePtr n, const char *name, const xmlChar *s,
    double d)
{
	draw_attr_num(ch, n, name, xmlXPathCastStringToNumber(s != NULL ? s :
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
trend_x(struct draw *ch, xmlNodePtr p, int n)
{
	xmlXPathObjectPtr args[4] = { xmlXPathNewFloat(year_index(p)),
			      xmlXPathNewFloat(n),
			      xmlXPathNewFloat(TREND_LEFT),
			      xmlXPathNewFloat(TREND_WIDTH) };

	return draw_string(ch, draw_invoke(ch, CIMOLT_NS, "trend-x", 4, args));
}

/* c:trend-y(v, top, height) */
static xmlChar *
trend_y(struct draw *ch, double v)
{
	xmlXPathObjectPtr args[3] = { xmlXPathNewFloat(v),
			      xmlXPathNewFloat(TREND_TOP),
			      xmlXPathNewFloat(TREND_HEIGHT) };

	return draw_string(ch, draw_invoke(ch, CIMOLT_NS, "trend-y", 3, args));
}

/* A line of the trend's scale at v, its value left of it (trend-tick). */
static void
trend_tick(struct draw *ch, xmlNodePtr svg, double v, int percent)
{
	xmlNodePtr	 n;
	double		 y;

	y = TREND_TOP + TREND_HEIGHT - TREND_HEIGHT * v / 100;

	n = draw_elem(ch, svg, "line");
	draw_attr(ch, n, "class", (const xmlChar *)"cimolt-chart__grid");
	draw_attr_num(ch, n, "x1", TREND_LEFT, NULL);
	draw_attr_num(ch, n, "y1", y, NULL);
	draw_attr_num(ch, n, "x2", TREND_LEFT + TREND_WIDTH, NULL);
	draw_attr_num(ch, n, "y2", y, NULL);
	n = draw_elem(ch, svg, "text");
	draw_attr(ch, n, "class", (const xmlChar *)"cimolt-chart__scale");
	draw_attr_num(ch, n, "x", TREND_LEFT - 8, NULL);
	draw_attr_num(ch, n, "y", y + 4, NULL);
	draw_attr(ch, n, "text-anchor", (const xmlChar *)"end");
	if (percent)
		draw_text_owned(ch, n, draw_call(ch, "t", 2,
		    xmlXPathNewCString("monitor.percent"), xmlXPathNewFloat(v),
		    NULL));
	else
		draw_text_owned(ch, n, xmlXPathCastNumberToString(v));
}

/* An SVG element name of class cls at (x, y) under parent, as the
 * legend and the points have them ("x1"/"y1" style names given). */
static xmlNodePtr
shape(struct draw *ch, xmlNodePtr parent, const char *name, const char *cls)
{
	xmlNodePtr n = draw_elem(ch, parent, name);

	draw_attr(ch, n, "class", (const xmlChar *)cls);
	return n;
}

/* The legend on top: the own value, the median, and the target. */
static void
trend_legend(struct draw *ch, xmlNodePtr svg)
{
	xmlNodePtr n;

	n = shape(ch, svg, "line", "cimolt-chart__line-own");
	draw_attr_num(ch, n, "x1", TREND_LEFT, NULL);
	draw_attr(ch, n, "y1", (const xmlChar *)"12");
	draw_attr_num(ch, n, "x2", TREND_LEFT + 24, NULL);
	draw_attr(ch, n, "y2", (const xmlChar *)"12");
	n = shape(ch, svg, "circle", "cimolt-chart__own");
	draw_attr_num(ch, n, "cx", TREND_LEFT + 12, NULL);
	draw_attr(ch, n, "cy", (const xmlChar *)"12");
	draw_attr(ch, n, "r", (const xmlChar *)"4");
	n = shape(ch, svg, "text", "cimolt-chart__legend");
	draw_attr_num(ch, n, "x", TREND_LEFT + 30, NULL);
	draw_attr(ch, n, "y", (const xmlChar *)"17");
	draw_text_owned(ch, n, draw_call(ch, "t", 1,
	    xmlXPathNewCString("benchmark.chart.own"), NULL, NULL));
	n = shape(ch, svg, "line", "cimolt-chart__line-median");
	draw_attr_num(ch, n, "x1", TREND_LEFT + 120, NULL);
	draw_attr(ch, n, "y1", (const xmlChar *)"12");
	draw_attr_num(ch, n, "x2", TREND_LEFT + 144, NULL);
	draw_attr(ch, n, "y2", (const xmlChar *)"12");
	n = shape(ch, svg, "rect", "cimolt-chart__point-median");
	draw_attr_num(ch, n, "x", TREND_LEFT + 128, NULL);
	draw_attr(ch, n, "y", (const xmlChar *)"8");
	draw_attr(ch, n, "width", (const xmlChar *)"8");
	draw_attr(ch, n, "height", (const xmlChar *)"8");
	n = shape(ch, svg, "text", "cimolt-chart__legend");
	draw_attr_num(ch, n, "x", TREND_LEFT + 150, NULL);
	draw_attr(ch, n, "y", (const xmlChar *)"17");
	draw_text_owned(ch, n, draw_call(ch, "t", 1,
	    xmlXPathNewCString("benchmark.chart.median"), NULL, NULL));
}

/* The polyline of the points that have attribute name (own: @own,
 * else the median), when more than one has it. */
static void
trend_line(struct draw *ch, xmlNodePtr svg, xmlNodeSetPtr pts, int own)
{
	xmlNodePtr	 n, p;
	xmlChar		*line = NULL, *x, *y;
	int		 count = 0;

	for (int i = 0; i < pts->nodeNr && !ch->failed; i++) {
		p = pts->nodeTab[i];
		if (!draw_has(p, own ? "own" : "median"))
			continue;
		x = trend_x(ch, p, pts->nodeNr);
		y = trend_y(ch, own ? draw_num(p, "own") :
		    mid(ch, p, "median"));
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
		draw_attr(ch, n, "points", line);
	}
	xmlFree(line);
}

/* Point p's marks: the median's square and the own value's dot, each
 * labelled with its value (the higher above, the other below), and its
 * year under the plot. */
static void
trend_point(struct draw *ch, xmlNodePtr svg, xmlNodePtr p, int n,
    int percent)
{
	xmlNodePtr	 e;
	xmlChar		*x, *y, *yr;
	int		 up, own, median;

	own = draw_has(p, "own");
	median = draw_has(p, "median");

	x = trend_x(ch, p, n);
	up = !median || draw_num(p, "own") >= mid(ch, p, "median");
	if (median) {
		y = trend_y(ch, mid(ch, p, "median"));
		e = shape(ch, svg, "rect", "cimolt-chart__point-median");
		attr_plus(ch, e, "x", x, -4);
		attr_plus(ch, e, "y", y, -4);
		draw_attr(ch, e, "width", (const xmlChar *)"8");
		draw_attr(ch, e, "height", (const xmlChar *)"8");
		e = shape(ch, svg, "text",
		    "cimolt-chart__value cimolt-chart__value--median");
		draw_attr(ch, e, "x", x);
		draw_attr(ch, e, "text-anchor", (const xmlChar *)"middle");
		attr_plus(ch, e, "y", y, up && own ? 20 : -10);
		draw_text_owned(ch, e, draw_call(ch, "range", 3, draw_self(p),
		    xmlXPathNewCString("median"), xmlXPathNewBoolean(percent)));
		xmlFree(y);
	}
	if (own) {
		y = trend_y(ch, draw_num(p, "own"));
		e = shape(ch, svg, "circle", "cimolt-chart__own");
		draw_attr(ch, e, "cx", x);
		draw_attr(ch, e, "cy", y);
		draw_attr(ch, e, "r", (const xmlChar *)"5");
		e = shape(ch, svg, "text", "cimolt-chart__value");
		draw_attr(ch, e, "x", x);
		draw_attr(ch, e, "text-anchor", (const xmlChar *)"middle");
		attr_plus(ch, e, "y", y, up ? -10 : 20);
		draw_text_owned(ch, e, draw_call(ch, "figure", 2,
		    xmlXPathNewFloat(draw_num(p, "own")),
		    xmlXPathNewBoolean(percent), NULL));
		xmlFree(y);
	}
	e = shape(ch, svg, "text", "cimolt-chart__label");
	draw_attr(ch, e, "x", x);
	draw_attr_num(ch, e, "y", TREND_TOP + TREND_HEIGHT + 26, NULL);
	draw_attr(ch, e, "text-anchor", (const xmlChar *)"middle");
	yr = year_of(p);
	draw_text(ch, e, yr);
	xmlFree(yr);
	xmlFree(x);
}

/* The table of the trend's numbers under the chart. */
static void
trend_table(struct draw *ch, xmlNodePtr div, xmlNodeSetPtr pts,
    const xmlChar *name, int percent)
{
	static const char *const cols[3][2] = {
		{ "benchmark.col.year", NULL },
		{ "benchmark.col.own", "cimolt-table__number" },
		{ "benchmark.col.median", "cimolt-table__number" },
	};
	xmlNodePtr	 t, n, tr, c;
	xmlChar		*s;

	t = draw_helem(ch, div, "table");
	draw_attr(ch, t, "class",
	    (const xmlChar *)"cimolt-table cimolt-result__table");
	n = draw_helem(ch, t, "caption");
	s = draw_call(ch, "t", 2, xmlXPathNewCString("benchmark.trend.name"),
	    xmlXPathNewString(name), NULL);
	draw_text_owned(ch, n, draw_call(ch, "t", 2,
	    xmlXPathNewCString("monitor.result.table"),
	    s != NULL ? xmlXPathWrapString(s) : NULL, NULL));
	tr = draw_helem(ch, draw_helem(ch, t, "thead"), "tr");
	for (int i = 0; i < 3; i++) {
		c = draw_helem(ch, tr, "th");
		draw_attr(ch, c, "scope", (const xmlChar *)"col");
		if (cols[i][1] != NULL)
			draw_attr(ch, c, "class", (const xmlChar *)cols[i][1]);
		draw_text_owned(ch, c, draw_call(ch, "t", 1,
		    xmlXPathNewCString(cols[i][0]), NULL, NULL));
	}
	n = draw_helem(ch, t, "tbody");
	for (int i = 0; i < pts->nodeNr && !ch->failed; i++) {
		xmlNodePtr p = pts->nodeTab[i];

		tr = draw_helem(ch, n, "tr");
		c = draw_helem(ch, tr, "th");
		draw_attr(ch, c, "scope", (const xmlChar *)"row");
		draw_text_owned(ch, c, year_of(p));
		c = draw_helem(ch, tr, "td");
		draw_attr(ch, c, "class",
		    (const xmlChar *)"cimolt-table__number");
		draw_text_owned(ch, c, draw_has(p, "own") ?
		    draw_call(ch, "figure", 2,
		    xmlXPathNewFloat(draw_num(p, "own")),
		    xmlXPathNewBoolean(percent), NULL) :
		    draw_call(ch, "t", 1,
		    xmlXPathNewCString("monitor.result.unknown"), NULL, NULL));
		c = draw_helem(ch, tr, "td");
		draw_attr(ch, c, "class",
		    (const xmlChar *)"cimolt-table__number");
		draw_text_owned(ch, c, draw_has(p, "median") ?
		    draw_call(ch, "range", 3,
		    draw_self(p), xmlXPathNewCString("median"),
		    xmlXPathNewBoolean(percent)) : draw_call(ch, "t", 1,
		    xmlXPathNewCString("benchmark.trend.no-median"), NULL,
		    NULL));
	}
}

static void
chart_trend(xsltTransformContextPtr ctxt, xmlNodePtr node, xmlNodePtr inst,
    xsltElemPreCompPtr comp)
{
	struct draw		 ch;
	xmlXPathObjectPtr	 points = NULL;
	xmlNodeSetPtr		 pts;
	xmlNodePtr		 div = NULL, svg, n;
	xmlChar			*id = NULL, *name = NULL, *title = NULL;
	double			 t, ty;
	int			 pc;
	static xmlNodeSet	 none;

	(void)node;
	(void)comp;
	if (draw_start(&ch, ctxt) == -1)
		goto out;
	id = draw_param_string(ctxt, "id");
	name = draw_param_string(ctxt, "name");
	if ((pts = draw_param_nodes(ctxt, "points", &points)) == NULL)
		pts = &none;
	pc = draw_param_bool(ctxt, "percent", 0);
	t = draw_param_num(ctxt, "target", NAN);	/* the page's */
	if (id == NULL || name == NULL ||
	    (div = xmlNewDocNode(ctxt->output, NULL, (const xmlChar *)"div",
	    NULL)) == NULL) {
		ch.failed = 1;
		goto out;
	}
	draw_attr(&ch, div, "class", (const xmlChar *)"cimolt-trend");
	n = draw_helem(&ch, div, "h3");
	draw_attr(&ch, n, "class", (const xmlChar *)"cimolt-trend__title");
	draw_text(&ch, n, name);
	title = draw_call(&ch, "t", 2,
	    xmlXPathNewCString("benchmark.chart.trend"),
	    xmlXPathNewString(name), NULL);
	if (title == NULL || (svg = svg_start(&ch, id,
	    "cimolt-chart cimolt-chart--trend", title)) == NULL) {
		ch.failed = 1;
		goto out;
	}
	xmlAddChild(div, svg);
	draw_attr(&ch, svg, "viewBox", (const xmlChar *)"0 0 400 240");
	trend_legend(&ch, svg);
	for (int v = 0; v <= 100; v += 50)
		trend_tick(&ch, svg, v, pc);
	if (pc && t >= 0) {
		ty = TREND_TOP + TREND_HEIGHT - TREND_HEIGHT * t / 100;
		n = shape(&ch, svg, "line", "cimolt-chart__target");
		draw_attr_num(&ch, n, "x1", TREND_LEFT, NULL);
		draw_attr_num(&ch, n, "y1", ty, NULL);
		draw_attr_num(&ch, n, "x2", TREND_LEFT + TREND_WIDTH, NULL);
		draw_attr_num(&ch, n, "y2", ty, NULL);
		n = shape(&ch, svg, "line", "cimolt-chart__target");
		draw_attr_num(&ch, n, "x1", TREND_LEFT + 240, NULL);
		draw_attr(&ch, n, "y1", (const xmlChar *)"12");
		draw_attr_num(&ch, n, "x2", TREND_LEFT + 264, NULL);
		draw_attr(&ch, n, "y2", (const xmlChar *)"12");
		n = shape(&ch, svg, "text", "cimolt-chart__legend");
		draw_attr_num(&ch, n, "x", TREND_LEFT + 270, NULL);
		draw_attr(&ch, n, "y", (const xmlChar *)"17");
		draw_text_owned(&ch, n, draw_call(&ch, "t", 2,
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
	draw_end(&ch, div, inst, "trend");
	xmlFree(id);
	xmlFree(name);
	xmlFree(title);
	xmlXPathFreeObject(points);
}

/* c:t(key) as the text of n. */
static void
text_t(struct draw *ch, xmlNodePtr n, const char *key)
{
	draw_text_owned(ch, n, draw_call(ch, "t", 1, xmlXPathNewCString(key),
	    NULL, NULL));
}

/* A cell of the numbers: <td class="cimolt-table__number">. */
static xmlNodePtr
number_cell(struct draw *ch, xmlNodePtr tr)
{
	xmlNodePtr td = draw_helem(ch, tr, "td");

	draw_attr(ch, td, "class", (const xmlChar *)"cimolt-table__number");
	return td;
}

/* A row of the statistics' table for <stat> e (stat-table's for-each). */
static void
stat_row(struct draw *ch, xmlNodePtr tbody, xmlNodePtr e, int own,
    int percent)
{
	static const char *const figs[3] = { "q1", "median", "q3" };
	xmlNodePtr	 tr, c;
	xmlChar		*v;

	tr = draw_helem(ch, tbody, "tr");
	if (draw_attr_is(e, "scope", "overall") ||
	    draw_attr_is(e, "key", "overall"))
		draw_attr(ch, tr, "class",
		    (const xmlChar *)"cimolt-table__total");
	c = draw_helem(ch, tr, "th");
	draw_attr(ch, c, "scope", (const xmlChar *)"row");
	draw_text_owned(ch, c, draw_call(ch, "scope-name", 1, draw_self(e),
	    NULL, NULL));
	if (own) {
		c = number_cell(ch, tr);
		if (draw_has(e, "own"))
			draw_text_owned(ch, c, draw_call(ch, "figure", 2,
			    xmlXPathNewFloat(draw_num(e, "own")),
			    xmlXPathNewBoolean(percent), NULL));
		else
			text_t(ch, c, "monitor.result.unknown");
	}
	if (draw_attr_is(e, "hidden", "yes") || !draw_has(e, "median")) {
		c = draw_helem(ch, tr, "td");
		draw_attr(ch, c, "colspan", (const xmlChar *)(own ? "5" : "4"));
		draw_attr(ch, c, "class",
		    (const xmlChar *)"cimolt-stats__hidden");
		draw_text_owned(ch, c, draw_call(ch, "hidden", 1,
		    draw_self(e), NULL, NULL));
		return;
	}
	v = xmlGetNoNsProp(e, (const xmlChar *)"n");
	draw_text_owned(ch, number_cell(ch, tr), v);
	for (int i = 0; i < 3; i++) {
		if (i != 1 && !draw_has(e, "q1")) {
			c = draw_helem(ch, tr, "td");
			draw_attr(ch, c, "class",
			    (const xmlChar *)"cimolt-stats__hidden");
			text_t(ch, c, "benchmark.hidden.quartiles");
			continue;
		}
		draw_text_owned(ch, number_cell(ch, tr), draw_call(ch, "range",
		    3, draw_self(e), xmlXPathNewCString(figs[i]),
		    xmlXPathNewBoolean(percent)));
	}
	if (own) {
		c = draw_helem(ch, tr, "td");
		v = xmlGetNoNsProp(e, (const xmlChar *)"position");
		if (v != NULL) {
			xmlChar *key = xmlStrncatNew((const xmlChar *)
			    "position.", v, -1);

			draw_text_owned(ch, c, draw_call(ch, "t", 1,
			    key != NULL ? xmlXPathWrapString(key) : NULL,
			    NULL, NULL));
		} else
			text_t(ch, c, "monitor.result.unknown");
		xmlFree(v);
	}
}

/* The numbers of a box plot (benchmark-common.xsl's "stat-table"): per
 * <stat> of $rows the number of values, the ranges of the quartiles
 * and the median and, with $own, the own value and its position. */
static void
stat_table(xsltTransformContextPtr ctxt, xmlNodePtr node, xmlNodePtr inst,
    xsltElemPreCompPtr comp)
{
	static const char *const cols[3] = { "benchmark.col.q1",
			    "benchmark.col.median", "benchmark.col.q3" };
	struct draw		 ch;
	xmlXPathObjectPtr	 rows = NULL;
	xmlNodeSetPtr		 set;
	xmlNodePtr		 table = NULL, tr, c, a;
	xmlChar			*caption = NULL, *head = NULL;
	int			 own, pc;

	(void)node;
	(void)comp;
	if (draw_start(&ch, ctxt) == -1)
		goto out;
	caption = draw_param_string(ctxt, "caption");
	head = draw_param_string(ctxt, "head");
	set = draw_param_nodes(ctxt, "rows", &rows);
	own = draw_param_bool(ctxt, "own", 1);
	pc = draw_param_bool(ctxt, "percent", 0);
	if (caption == NULL || head == NULL || (table = xmlNewDocNode(
	    ctxt->output, NULL, (const xmlChar *)"table", NULL)) == NULL) {
		ch.failed = 1;
		goto out;
	}
	draw_attr(&ch, table, "class",
	    (const xmlChar *)"cimolt-table cimolt-result__table cimolt-stats");
	draw_text(&ch, draw_helem(&ch, table, "caption"), caption);
	tr = draw_helem(&ch, draw_helem(&ch, table, "thead"), "tr");
	c = draw_helem(&ch, tr, "th");
	draw_attr(&ch, c, "scope", (const xmlChar *)"col");
	draw_text(&ch, c, head);
	if (own) {
		c = draw_helem(&ch, tr, "th");
		draw_attr(&ch, c, "scope", (const xmlChar *)"col");
		draw_attr(&ch, c, "class",
		    (const xmlChar *)"cimolt-table__number");
		text_t(&ch, c, "benchmark.col.own");
	}
	c = draw_helem(&ch, tr, "th");
	draw_attr(&ch, c, "scope", (const xmlChar *)"col");
	draw_attr(&ch, c, "class", (const xmlChar *)"cimolt-table__number");
	a = draw_helem(&ch, c, "abbr");
	draw_attr_owned(&ch, a, "title", draw_call(&ch, "t", 1,
	    xmlXPathNewCString("benchmark.col.n.long"), NULL, NULL));
	text_t(&ch, a, "benchmark.col.n");
	for (int i = 0; i < 3; i++) {
		c = draw_helem(&ch, tr, "th");
		draw_attr(&ch, c, "scope", (const xmlChar *)"col");
		draw_attr(&ch, c, "class",
		    (const xmlChar *)"cimolt-table__number");
		text_t(&ch, c, cols[i]);
	}
	if (own) {
		c = draw_helem(&ch, tr, "th");
		draw_attr(&ch, c, "scope", (const xmlChar *)"col");
		text_t(&ch, c, "benchmark.col.position");
	}
	c = draw_helem(&ch, table, "tbody");
	for (int i = 0; set != NULL && i < set->nodeNr && !ch.failed; i++)
		stat_row(&ch, c, set->nodeTab[i], own, pc);
out:
	draw_end(&ch, table, inst, "stat-table");
	xmlFree(caption);
	xmlFree(head);
	xmlXPathFreeObject(rows);
}

int
charts_register(const xmlChar *ns)
{
	return xsltRegisterExtModuleElement((const xmlChar *)"boxplot",
	    ns, NULL, chart_boxplot) != 0 ||
	    xsltRegisterExtModuleElement((const xmlChar *)"trend",
	    ns, NULL, chart_trend) != 0 ||
	    xsltRegisterExtModuleElement((const xmlChar *)"stat-table",
	    ns, NULL, stat_table) != 0 ? -1 : 0;
}
