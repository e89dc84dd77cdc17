/*
 * Rendering: the only file that calls libxslt. The master compiles every
 * page stylesheet once, before forking; workers share the compiled
 * stylesheets read-only and transform each page document under security
 * preferences that forbid reading or writing files and the network, so
 * a stylesheet (or a document it is fed) can never reach outside.
 *
 * Messages: the Dutch and English catalogues (render-messages.c), which
 * stylesheets look texts up in with the extension function c:t(key,
 * arg1, ..., arg5) in namespace urn:cimolt:xslt. A lookup is one hash
 * probe; the same lookup written in XSLT (a catalogue in a variable,
 * scanned per call) cost 85% of a page's transform time.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/hash.h>
#include <libxml/xpathInternals.h>
#include <libexslt/exslt.h>
#include <libxslt/extensions.h>
#include <libxslt/imports.h>
#include <libxslt/numbersInternals.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltutils.h>

#include "doc.h"

const char *const page_names[PAGE__MAX] = {
	[PAGE_HOME] = "home",
	[PAGE_ERROR] = "error",
	[PAGE_BEHEER] = "beheer",
	[PAGE_MAIL] = "mail",
	[PAGE_LOGIN] = "login",
	[PAGE_ACCOUNT] = "account",
	[PAGE_INVITATION] = "invitation",
	[PAGE_FORGOT] = "forgot",
	[PAGE_RESET] = "reset",
	[PAGE_MEMBERS] = "members",
	[PAGE_DELIVERIES] = "deliveries",
	[PAGE_USERS] = "users",
	[PAGE_ORGANISATIONS] = "organisations",
	[PAGE_AUDIT] = "audit",
	[PAGE_PROGRAMME] = "programme",
	[PAGE_EVENT] = "event",
	[PAGE_REGISTER] = "register",
	[PAGE_REGISTRATION] = "registration",
	[PAGE_APPROVALS] = "approvals",
	[PAGE_EVENT_FORM] = "event-form",
	[PAGE_EVENT_ADMIN] = "event-admin",
	[PAGE_ATTENDANCE] = "attendance",
	[PAGE_ORG_OVERVIEW] = "org-overview",
	[PAGE_MONITOR] = "monitor",
	[PAGE_MONITOR_ROUND] = "monitor-round",
	[PAGE_MONITOR_SECTION] = "monitor-section",
	[PAGE_MONITOR_SUBMIT] = "monitor-submit",
	[PAGE_MONITOR_RESULT] = "monitor-result",
	[PAGE_MONITOR_REPORT] = "monitor-report",
	[PAGE_MONITOR_PARTICIPATION] = "monitor-participation",
	[PAGE_ROUNDS_ADMIN] = "rounds-admin",
	/* the benchmark and advice */
	[PAGE_BENCHMARK] = "benchmark",
	[PAGE_ADVICE] = "advice",
	[PAGE_ADVICE_REQUEST] = "advice-request",
	[PAGE_ADVICE_REQUESTS] = "advice-requests",
	[PAGE_PEERS] = "peers",
	[PAGE_ADVICE_THREAD] = "advice-thread",
	[PAGE_ADVICE_ADMIN] = "advice-admin",
	[PAGE_REGIONAL] = "regional",
	[PAGE_OVERVIEW] = "overview",
	/* the practice library */
	[PAGE_PRACTICES] = "practices",
	[PAGE_PRACTICE] = "practice",
	[PAGE_PRACTICE_FORM] = "practice-form",
	[PAGE_PRACTICES_ADMIN] = "practices-admin",
	[PAGE_PRACTICE_REVIEW] = "practice-review",
	[PAGE_PRACTICE_CONTACT] = "practice-contact",
	[PAGE_PRACTICE_ATOM] = "practice-atom",
	[PAGE_INFO] = "info",
	[PAGE_TEXTS_ADMIN] = "texts-admin",
	[PAGE_TEXT_FORM] = "text-form",
	[PAGE_TEXT_REVISION] = "text-revision",
	[PAGE_DELIVERY] = "delivery",
	[PAGE_COORDINATOR] = "coordinator",
};

struct render {
	struct stylesheets	*sheets;
	xsltStylesheetPtr	 style[PAGE__MAX];	/* sheets' */
	xsltSecurityPrefsPtr	 sec;
	struct catalogue	*cat;
	int			 html[PAGE__MAX];	/* htmlout writes it */
};

/* 1 while render_warm renders documents without content: what they
 * lack is no failure worth a line in the log. */
static int warming;

/*
 * libxml2 and libxslt report errors in pieces through a printf-like
 * callback; collect the pieces and log whole lines.
 */
static void __attribute__((format(printf, 2, 3)))
xml_error(void *ctx, const char *fmt, ...)
{
	static char	 line[512];
	static size_t	 len;
	char		 piece[512], *nl;
	va_list		 ap;
	size_t		 n;

	(void)ctx;
	if (warming)
		return;
	va_start(ap, fmt);
	vsnprintf(piece, sizeof(piece), fmt, ap);
	va_end(ap);
	n = strlen(piece);
	if (n > sizeof(line) - 1 - len)
		n = sizeof(line) - 1 - len;
	memcpy(line + len, piece, n);
	len += n;
	line[len] = '\0';
	while ((nl = strchr(line, '\n')) != NULL) {
		*nl = '\0';
		if (*line != '\0')
			log_error("xml: %s", line);
		memmove(line, nl + 1, strlen(nl + 1) + 1);
		len = strlen(line);
	}
	if (len == sizeof(line) - 1) {
		log_error("xml: %s", line);
		len = 0;
		line[0] = '\0';
	}
}

/* The transform of the XPath function being evaluated, or NULL. */
static const struct transform *
transform_of(xmlXPathParserContextPtr pctxt)
{
	xsltTransformContextPtr tctxt = xsltXPathGetTransformContext(pctxt);

	return tctxt ? tctxt->_private : NULL;
}

int
render_message(const struct render *rd, enum lang l, const char *key,
    char *out, size_t sz)
{
	xmlChar	*s;
	int	 rc = 0;

	out[0] = '\0';
	if ((s = catalogue_text(rd->cat, l, (const xmlChar *)key, NULL, 0,
	    0)) == NULL)
		return -1;
	if ((size_t)snprintf(out, sz, "%s", (const char *)s) >= sz) {
		log_error("render: message %s longer than %zu bytes", key, sz);
		rc = -1;
	}
	xmlFree(s);
	return rc;
}

/* The message for key in the page's language (Dutch when the English
 * catalogue lacks it) with its nargs arguments, as a new string, or
 * "[key]" when neither has it, which is logged; NULL when out of
 * memory. */
static xmlChar *
message_new(const struct transform *t, const xmlChar *key,
    xmlChar *const args[], int nargs)
{
	return catalogue_text(t->cat, t->lang, key, args, nargs, t->quiet);
}

/* The lookup of render-dates.c (dates_init). */
static xmlChar *
xpath_message(xmlXPathParserContextPtr pctxt, const char *key,
    xmlChar *const args[], int nargs)
{
	const struct transform *t = transform_of(pctxt);

	return t ? message_new(t, (const xmlChar *)key, args, nargs) : NULL;
}

/* Pushes the message for key with its nargs arguments. */
static void
push_text(xmlXPathParserContextPtr pctxt, const struct transform *t,
    const xmlChar *key, xmlChar *const args[], int nargs)
{
	xmlChar *s;

	if ((s = message_new(t, key, args, nargs)) == NULL) {
		xmlXPathSetError(pctxt, XPATH_MEMORY_ERROR);
		return;
	}
	valuePush(pctxt, xmlXPathWrapString(s));
}

/* Pushes the message for key with up to one argument (NULL: none). */
static void
push_message(xmlXPathParserContextPtr pctxt, const struct transform *t,
    const char *key, xmlChar *arg)
{
	xmlChar *args[1] = { arg };

	push_text(pctxt, t, (const xmlChar *)key, args, arg ? 1 : 0);
}

/*
 * The XPath function c:t(key, arg1, ..., arg5): the message for key in
 * the page's language, its <arg n="N"/> replaced by the arguments.
 */
static void
fn_t(xmlXPathParserContextPtr pctxt, int nargs)
{
	const struct transform	*t = transform_of(pctxt);
	xmlChar			*args[CATALOGUE_ARGS] = { NULL }, *key;
	int			 i;

	if (t == NULL || nargs < 1 || nargs > CATALOGUE_ARGS + 1) {
		xmlXPathSetArityError(pctxt);
		return;
	}
	for (i = nargs - 2; i >= 0; i--)
		args[i] = xmlXPathPopString(pctxt);
	key = xmlXPathPopString(pctxt);
	push_text(pctxt, t, key, args, nargs - 1);
	for (i = 0; i < nargs - 1; i++)
		xmlFree(args[i]);
	xmlFree(key);
}

/*
 * Numbers and the benchmark's words, as C extension functions: written
 * in XSLT (EXSLT func:function), they took about a third of the
 * benchmark page's time, most of it in the call machinery (a result tree
 * fragment and variable scope per call). Each gives what the XSLT gave,
 * to the byte: numbers go through libxslt's own format-number code with
 * the stylesheet's decimal formats, and XPath's conversions are used for
 * every argument.
 */

/* v formatted as format-number(v, pattern[, dfname]) does; NULL when out
 * of memory or the format is unknown. */
static xmlChar *
format(xmlXPathParserContextPtr pctxt, double v, const char *pattern,
    const char *dfname)
{
	xsltTransformContextPtr	 tctxt = xsltXPathGetTransformContext(pctxt);
	xsltDecimalFormatPtr	 df;
	xmlChar			*out = NULL;

	if (tctxt == NULL || tctxt->style == NULL)
		return NULL;
	df = dfname ? xsltDecimalFormatGetByName(tctxt->style,
	    (xmlChar *)dfname) : tctxt->style->decimalFormat;
	if (df == NULL || xsltFormatNumberConversion(df, (xmlChar *)pattern,
	    v, &out) != XPATH_EXPRESSION_OK) {
		xmlFree(out);
		if (!warming)
			log_error("render: format-number(%s) failed",
			    pattern);
		return NULL;
	}
	return out;
}

/* Pushes s (owned) as a string; an empty one for NULL. */
static void
push_owned(xmlXPathParserContextPtr pctxt, xmlChar *s)
{
	valuePush(pctxt, xmlXPathWrapString(s ? s : xmlStrdup(
	    (const xmlChar *)"")));
}

/* A score or share with at most one decimal in the page's language:
 * "46,3" / "46.3" (monitor-common.xsl's decimal formats nl and en). */
static xmlChar *
decimal(xmlXPathParserContextPtr pctxt, const struct transform *t, double v)
{
	if (t->lang == LANG_EN)
		return format(pctxt, v, "#,##0.#", "en");
	return format(pctxt, v, "#.##0,#", "nl");
}

/* v as a number within 0-100 (NaN: 0). */
static double
clamp(double v)
{
	if (!(v >= 0))
		return 0;
	return v > 100 ? 100 : v;
}

/* c:decimal(v) */
static void
fn_decimal(xmlXPathParserContextPtr pctxt, int nargs)
{
	const struct transform *t = transform_of(pctxt);

	if (t == NULL || nargs != 1) {
		xmlXPathSetArityError(pctxt);
		return;
	}
	push_owned(pctxt, decimal(pctxt, t, xmlXPathPopNumber(pctxt)));
}

/* c:figure(v[, percent]): "41,3", or "41,3%" for a share. */
static void
fn_figure(xmlXPathParserContextPtr pctxt, int nargs)
{
	const struct transform	*t = transform_of(pctxt);
	xmlChar			*d;
	int			 percent = 0;

	if (t == NULL || nargs < 1 || nargs > 2) {
		xmlXPathSetArityError(pctxt);
		return;
	}
	if (nargs == 2)
		percent = xmlXPathPopBoolean(pctxt);
	d = decimal(pctxt, t, xmlXPathPopNumber(pctxt));
	if (percent) {
		push_message(pctxt, t, "monitor.percent",
		    d ? d : (xmlChar *)"");
		xmlFree(d);
	} else
		push_owned(pctxt, d);
}

/* c:clamp(v) */
static void
fn_clamp(xmlXPathParserContextPtr pctxt, int nargs)
{
	if (nargs != 1) {
		xmlXPathSetArityError(pctxt);
		return;
	}
	valuePush(pctxt, xmlXPathNewFloat(clamp(xmlXPathPopNumber(pctxt))));
}

/* c:pct(v): an x position on the 0-100 scale, "41.3%". */
static void
fn_pct(xmlXPathParserContextPtr pctxt, int nargs)
{
	xmlChar *n;

	if (nargs != 1) {
		xmlXPathSetArityError(pctxt);
		return;
	}
	n = format(pctxt, clamp(xmlXPathPopNumber(pctxt)), "0.##", NULL);
	push_owned(pctxt, n ? xmlStrcat(n, (const xmlChar *)"%") : NULL);
}

/* c:trend-x(i, n, left, width): the x of year i of n, spread evenly 20
 * in from both ends; a single year in the middle. The arithmetic is the
 * XPath's, in its order. */
static void
fn_trend_x(xmlXPathParserContextPtr pctxt, int nargs)
{
	double i, n, left, width, x;

	if (nargs != 4) {
		xmlXPathSetArityError(pctxt);
		return;
	}
	width = xmlXPathPopNumber(pctxt);
	left = xmlXPathPopNumber(pctxt);
	n = xmlXPathPopNumber(pctxt);
	i = xmlXPathPopNumber(pctxt);
	if (n <= 1)
		x = left + width / 2;
	else
		x = left + 20 + (i - 1) * (width - 40) / (n - 1);
	push_owned(pctxt, format(pctxt, x, "0.#", NULL));
}

/* c:trend-y(v, top, height): the y of value v (0-100). */
static void
fn_trend_y(xmlXPathParserContextPtr pctxt, int nargs)
{
	double v, top, height;

	if (nargs != 3) {
		xmlXPathSetArityError(pctxt);
		return;
	}
	height = xmlXPathPopNumber(pctxt);
	top = xmlXPathPopNumber(pctxt);
	v = xmlXPathPopNumber(pctxt);
	push_owned(pctxt, format(pctxt, top + height - height * clamp(v) / 100,
	    "0.#", NULL));
}

/*
 * The string value of attribute name of the first node of set (in
 * document order) that has one, as $set/@*[local-name() = name] gives
 * it; NULL when none has it.
 */
static xmlChar *
attr_of(xmlNodeSetPtr set, const char *name)
{
	xmlAttrPtr a;

	if (set == NULL)
		return NULL;
	xmlXPathNodeSetSort(set);
	for (int i = 0; i < set->nodeNr; i++) {
		if (set->nodeTab[i]->type != XML_ELEMENT_NODE)
			continue;
		for (a = set->nodeTab[i]->properties; a != NULL; a = a->next)
			if (xmlStrEqual(a->name, (const xmlChar *)name))
				return xmlXPathCastNodeToString((xmlNodePtr)a);
	}
	return NULL;
}

/* The string value of a (NULL: "") compared with s, as XPath's = of a
 * single attribute and a string. */
static int
is(const xmlChar *a, const char *s)
{
	return a != NULL && xmlStrEqual(a, (const xmlChar *)s);
}

/* Pops a node-set argument; NULL (after setting the error) when the
 * argument is not one. The caller frees it with xmlXPathFreeNodeSet. */
static xmlNodeSetPtr
pop_nodes(xmlXPathParserContextPtr pctxt)
{
	xmlNodeSetPtr set = xmlXPathPopNodeSet(pctxt);

	if (xmlXPathCheckError(pctxt)) {
		xmlXPathFreeNodeSet(set);
		return NULL;
	}
	return set;
}

/* c:range(stat, name[, percent]): a published figure as its range,
 * "40–45" (or "40–45%"). */
static void
fn_range(xmlXPathParserContextPtr pctxt, int nargs)
{
	const struct transform	*t = transform_of(pctxt);
	xmlNodeSetPtr		 e;
	xmlChar			*name, *from, *to, *r;
	char			 toname[64];
	int			 percent = 0;

	if (t == NULL || nargs < 2 || nargs > 3) {
		xmlXPathSetArityError(pctxt);
		return;
	}
	if (nargs == 3)
		percent = xmlXPathPopBoolean(pctxt);
	name = xmlXPathPopString(pctxt);
	if ((e = pop_nodes(pctxt)) == NULL) {
		xmlFree(name);
		return;
	}
	snprintf(toname, sizeof(toname), "%s-to", name ? (char *)name : "");
	from = attr_of(e, name ? (char *)name : "");
	to = attr_of(e, toname);
	r = xmlStrdup(from ? from : (const xmlChar *)"");
	r = xmlStrcat(r, (const xmlChar *)"\xe2\x80\x93");	/* – */
	r = xmlStrcat(r, to ? to : (const xmlChar *)"");
	if (percent) {
		push_message(pctxt, t, "monitor.percent", r);
		xmlFree(r);
	} else
		push_owned(pctxt, r);
	xmlFree(from);
	xmlFree(to);
	xmlFree(name);
	xmlXPathFreeNodeSet(e);
}

/* c:mid(stat, name): the middle of a published figure's range. */
static void
fn_mid(xmlXPathParserContextPtr pctxt, int nargs)
{
	xmlNodeSetPtr	 e;
	xmlChar		*name, *from, *to;
	char		 toname[64];
	double		 a, b;

	if (nargs != 2) {
		xmlXPathSetArityError(pctxt);
		return;
	}
	name = xmlXPathPopString(pctxt);
	if ((e = pop_nodes(pctxt)) == NULL) {
		xmlFree(name);
		return;
	}
	snprintf(toname, sizeof(toname), "%s-to", name ? (char *)name : "");
	from = attr_of(e, name ? (char *)name : "");
	to = attr_of(e, toname);
	/* number() of no node is NaN, as of an empty string. */
	a = xmlXPathCastStringToNumber(from ? from : (const xmlChar *)"");
	b = xmlXPathCastStringToNumber(to ? to : (const xmlChar *)"");
	valuePush(pctxt, xmlXPathNewFloat((a + b) / 2));
	xmlFree(from);
	xmlFree(to);
	xmlFree(name);
	xmlXPathFreeNodeSet(e);
}

/* c:hidden(stat): why a stat has no figures, in words. */
static void
fn_hidden(xmlXPathParserContextPtr pctxt, int nargs)
{
	const struct transform	*t = transform_of(pctxt);
	xmlNodeSetPtr		 e;
	xmlChar			*reason;

	if (t == NULL || nargs != 1) {
		xmlXPathSetArityError(pctxt);
		return;
	}
	if ((e = pop_nodes(pctxt)) == NULL)
		return;
	reason = attr_of(e, "reason");
	push_message(pctxt, t, is(reason, "overlap") ?
	    "benchmark.hidden.overlap" : "benchmark.hidden.too-few", NULL);
	xmlFree(reason);
	xmlXPathFreeNodeSet(e);
}

/* c:scope-name(stat[, short]): the name of a scope: "Totaalscore", a
 * level, a theme or a category (a share is named after its category);
 * short: the short names of the charts. */
static void
fn_scope_name(xmlXPathParserContextPtr pctxt, int nargs)
{
	const struct transform	*t = transform_of(pctxt);
	xmlNodeSetPtr		 e;
	xmlChar			*scope, *key;
	char			 k[160];
	int			 shrt = 0;

	if (t == NULL || nargs < 1 || nargs > 2) {
		xmlXPathSetArityError(pctxt);
		return;
	}
	if (nargs == 2)
		shrt = xmlXPathPopBoolean(pctxt);
	if ((e = pop_nodes(pctxt)) == NULL)
		return;
	scope = attr_of(e, "scope");
	key = attr_of(e, "key");
	if (is(scope, "overall"))
		snprintf(k, sizeof(k), "monitor.result.overall-label");
	else if (is(scope, "level"))
		snprintf(k, sizeof(k), "level.%s", key ? (char *)key : "");
	else
		snprintf(k, sizeof(k), "%s.%s%s", is(scope, "theme") ?
		    "theme" : "category", shrt ? "short." : "",
		    key ? (char *)key : "");
	push_message(pctxt, t, k, NULL);
	xmlFree(scope);
	xmlFree(key);
	xmlXPathFreeNodeSet(e);
}

/* The message key of a size class ('<20k' ... '>=100k'), or NULL. */
static const char *
size_key(const xmlChar *code)
{
	if (is(code, "<20k"))
		return "organisation.size.small";
	if (is(code, "20k-50k"))
		return "organisation.size.medium";
	if (is(code, "50k-100k"))
		return "organisation.size.large";
	if (is(code, ">=100k"))
		return "organisation.size.largest";
	return NULL;
}

/*
 * A size class in words as a new string: the four classes of old by
 * their own texts, any other key of sizeclass.c ("<30k", "30k-60k",
 * ">=60k") as organisation.size.below, .between or .from with its
 * numbers in the page's language ("30.000" / "30,000"). NULL when code
 * is no size class (or out of memory).
 */
static xmlChar *
size_words(xmlXPathParserContextPtr pctxt, const struct transform *t,
    const xmlChar *code)
{
	xmlChar		*args[2] = { NULL, NULL }, *s;
	const char	*key;
	long long	 lo, hi;
	int		 n = 0;

	if (size_key(code) != NULL)
		return message_new(t, (const xmlChar *)size_key(code), NULL,
		    0);
	if (code == NULL || size_key_parse((const char *)code, &lo, &hi) ==
	    -1)
		return NULL;
	if (lo == 0) {
		key = "organisation.size.below";
		args[n++] = decimal(pctxt, t, (double)hi);
	} else if (hi == SIZE_NO_UPPER) {
		key = "organisation.size.from";
		args[n++] = decimal(pctxt, t, (double)lo);
	} else {
		key = "organisation.size.between";
		args[n++] = decimal(pctxt, t, (double)lo);
		args[n++] = decimal(pctxt, t, (double)hi);
	}
	s = message_new(t, (const xmlChar *)key, args, n);
	for (int i = 0; i < n; i++)
		xmlFree(args[i]);
	return s;
}

/* c:size-class(code): a size class in words, "50.000 tot 100.000". */
static void
fn_size_class(xmlXPathParserContextPtr pctxt, int nargs)
{
	const struct transform	*t = transform_of(pctxt);
	xmlChar			*code, *words;

	if (t == NULL || nargs != 1) {
		xmlXPathSetArityError(pctxt);
		return;
	}
	code = xmlXPathPopString(pctxt);
	if ((words = size_words(pctxt, t, code)) != NULL) {
		push_owned(pctxt, words);
		xmlFree(code);
	} else
		push_owned(pctxt, code);
}

/* c:group-name(group): a peer group in words, "Alle deelnemers",
 * "Gemeenten in Gelderland", "Gemeenten met 50.000 tot 100.000
 * inwoners". */
static void
fn_group_name(xmlXPathParserContextPtr pctxt, int nargs)
{
	const struct transform	*t = transform_of(pctxt);
	xmlNodeSetPtr		 g;
	xmlChar			*name, *label, *arg;

	if (t == NULL || nargs != 1) {
		xmlXPathSetArityError(pctxt);
		return;
	}
	if ((g = pop_nodes(pctxt)) == NULL)
		return;
	name = attr_of(g, "name");
	label = attr_of(g, "label");
	if (is(name, "province"))
		/* The label is the province's name, perhaps as its
		 * organisation is called ("Provincie Gelderland"). */
		push_message(pctxt, t, "group.province", label == NULL ?
		    (xmlChar *)"" : xmlStrncmp(label, (const xmlChar *)
		    "Provincie ", 10) == 0 ? label + 10 : label);
	else if (is(name, "size")) {
		if ((arg = size_words(pctxt, t, label)) == NULL &&
		    label != NULL)
			arg = xmlStrdup(label);
		push_message(pctxt, t, "group.size", arg ? arg :
		    (xmlChar *)"");
		xmlFree(arg);
	} else
		push_message(pctxt, t, "group.all", NULL);
	xmlFree(name);
	xmlFree(label);
	xmlXPathFreeNodeSet(g);
}

/* c:group-param(name): a group's name as the URL writes it (?groep=). */
static void
fn_group_param(xmlXPathParserContextPtr pctxt, int nargs)
{
	xmlChar		*name;
	const char	*w = "alle";

	if (nargs != 1) {
		xmlXPathSetArityError(pctxt);
		return;
	}
	name = xmlXPathPopString(pctxt);
	if (is(name, "province"))
		w = "provincie";
	else if (is(name, "size"))
		w = "grootte";
	xmlFree(name);
	valuePush(pctxt, xmlXPathNewCString(w));
}

/* The extension functions of namespace urn:cimolt:xslt, registered once
 * for every transform. */
static const struct {
	const char		*name;
	xmlXPathFunction	 fn;
} functions[] = {
	{ "t", fn_t },
	{ "decimal", fn_decimal },
	{ "figure", fn_figure },
	{ "clamp", fn_clamp },
	{ "pct", fn_pct },
	{ "trend-x", fn_trend_x },
	{ "trend-y", fn_trend_y },
	{ "range", fn_range },
	{ "mid", fn_mid },
	{ "hidden", fn_hidden },
	{ "scope-name", fn_scope_name },
	{ "size-class", fn_size_class },
	{ "group-name", fn_group_name },
	{ "group-param", fn_group_param },
	{ "data", xpath_data },		/* stylesheets.c */
	/* render-dates.c */
	{ "date", xpath_date },
	{ "time", xpath_time },
	{ "when", xpath_when },
	{ "iso-date", xpath_iso_date },
	{ "iso-datetime", xpath_iso_datetime },
};

struct render *
render_load(const char *dir)
{
	struct render	*rd;

	xmlSetGenericErrorFunc(NULL, xml_error);
	xsltSetGenericErrorFunc(NULL, xml_error);
	if ((rd = calloc(1, sizeof(*rd))) == NULL)
		return NULL;
	if ((rd->sec = xsltNewSecurityPrefs()) == NULL ||
	    xsltSetSecurityPrefs(rd->sec, XSLT_SECPREF_READ_FILE,
	    xsltSecurityForbid) != 0 ||
	    xsltSetSecurityPrefs(rd->sec, XSLT_SECPREF_WRITE_FILE,
	    xsltSecurityForbid) != 0 ||
	    xsltSetSecurityPrefs(rd->sec, XSLT_SECPREF_CREATE_DIRECTORY,
	    xsltSecurityForbid) != 0 ||
	    xsltSetSecurityPrefs(rd->sec, XSLT_SECPREF_READ_NETWORK,
	    xsltSecurityForbid) != 0 ||
	    xsltSetSecurityPrefs(rd->sec, XSLT_SECPREF_WRITE_NETWORK,
	    xsltSecurityForbid) != 0) {
		log_error("render: cannot set up security preferences");
		goto err;
	}
	if ((rd->cat = catalogue_load(dir)) == NULL)
		goto err;
	dates_init(xpath_message);
	/* Once, for every transform context (libxslt's global table;
	 * registering again on a reload replaces the same entries). */
	for (size_t i = 0; i < sizeof(functions) / sizeof(functions[0]); i++)
		if (xsltRegisterExtModuleFunction((const xmlChar *)
		    functions[i].name, CIMOLT_NS, functions[i].fn) != 0) {
			log_error("render: cannot register c:%s",
			    functions[i].name);
			goto err;
		}
	if (charts_register(CIMOLT_NS) == -1 ||
	    facts_register(CIMOLT_NS) == -1 ||
	    layout_register(CIMOLT_NS) == -1) {
		log_error("render: cannot register the drawing elements");
		goto err;
	}
	if ((rd->sheets = stylesheets_new()) == NULL)
		goto err;
	for (int p = 0; p < PAGE__MAX; p++) {
		if (page_names[p] == NULL) {	/* an enum entry without a name */
			log_error("render: page %d has no name", p);
			goto err;
		}
		if ((rd->style[p] = stylesheets_page(rd->sheets, dir,
		    page_names[p])) == NULL)
			goto err;
		rd->html[p] = stylesheets_plain_html(rd->style[p]);
	}
	return rd;
err:
	render_free(rd);
	return NULL;
}

void
render_free(struct render *rd)
{
	if (rd == NULL)
		return;
	stylesheets_free(rd->sheets);	/* owns rd->style[] */
	if (rd->sec != NULL)
		xsltFreeSecurityPrefs(rd->sec);
	catalogue_free(rd->cat);
	free(rd);
}

void
render_warm(const struct render *rd)
{
	struct req	 r;
	xmlDocPtr	 doc;
	char		*out;
	size_t		 sz;

	memset(&r, 0, sizeof(r));
	r.method_name = (char *)"GET";
	r.path = (char *)"/";
	r.query = (char *)"";
	r.lang = LANG_NL;
	r.role = ROLE_ANONYMOUS;
	warming = 1;
	for (int p = 0; p < PAGE__MAX; p++) {
		if ((doc = page_new(page_names[p], &r, 200)) == NULL)
			continue;
		if (render_html(rd, (enum page)p, doc, &out, &sz) == 0)
			xmlFree(out);
		xmlFreeDoc(doc);
	}
	warming = 0;
}

int
render_page_of(xmlDocPtr doc)
{
	xmlNodePtr	 root = xmlDocGetRootElement(doc);
	xmlChar		*name;
	int		 found = -1;

	if (root == NULL ||
	    (name = xmlGetProp(root, (const xmlChar *)"name")) == NULL)
		return -1;
	for (int p = 0; p < PAGE__MAX; p++)
		if (xmlStrEqual(name, (const xmlChar *)page_names[p]))
			found = p;
	xmlFree(name);
	return found;
}

int
render_html(const struct render *rd, enum page p, xmlDocPtr doc,
    char **out, size_t *outsz)
{
	xsltTransformContextPtr	 ctxt;
	xmlDocPtr		 res = NULL;
	xmlChar			*buf = NULL, *lang;
	struct transform	 t;
	int			 words;
	int			 len = 0, rc = -1, l, arena;

	*out = NULL;
	t.cat = rd->cat;
	t.quiet = warming;
	lang = xmlGetProp(xmlDocGetRootElement(doc), (const xmlChar *)"lang");
	l = valid_lang((const char *)lang);
	t.lang = l == -1 ? LANG_NL : (enum lang)l;
	xmlFree(lang);
	/* The transform's memory comes from the arena (xmlarena.c). The
	 * stylesheet's dictionary must not hold arena memory: a transform
	 * that added a string to it (none does after the master's warm-up
	 * render, which runs without the arena, but a page's data could
	 * name something new) makes the
	 * arena stay as it is, for good. (A dictionary of the transform's
	 * own over the stylesheet's would avoid that, but every lookup then
	 * searches two, which made rendering slower than without an arena.) */
	arena = warming ? 0 : xmlarena_begin();
	words = xmlDictSize(rd->style[p]->dict);
	if ((ctxt = xsltNewTransformContext(rd->style[p], doc)) == NULL) {
		log_error("render: %s: no transform context", page_names[p]);
		xmlarena_end();
		return -1;
	}
	ctxt->_private = &t;
	if (xsltSetCtxtSecurityPrefs(rd->sec, ctxt) != 0) {
		log_error("render: %s: cannot apply security preferences",
		    page_names[p]);
		goto out;
	}
	res = xsltApplyStylesheetUser(rd->style[p], doc, NULL, NULL, NULL,
	    ctxt);
	if (res == NULL || ctxt->state != XSLT_STATE_OK) {
		if (!warming)
			log_error("render: %s: transformation failed",
			    page_names[p]);
		goto out;
	}
	if (rd->html[p] && res->type == XML_HTML_DOCUMENT_NODE &&
	    htmlSetMetaEncoding(res, (const xmlChar *)"UTF-8") == 0 &&
	    htmlout_serialise(res, out, outsz) == 0) {
		rc = 0;
		goto out;
	}
	if (xsltSaveResultToString(&buf, &len, res, rd->style[p]) != 0 ||
	    buf == NULL) {
		if (!warming)
			log_error("render: %s: cannot serialise",
			    page_names[p]);
		goto out;
	}
	/* The caller frees it with xmlFree, after the arena's end. */
	if (xmlarena_owns(buf)) {
		if ((*out = malloc((size_t)len + 1)) == NULL)
			goto out;
		memcpy(*out, buf, (size_t)len + 1);
	} else {
		*out = (char *)buf;
		buf = NULL;
	}
	*outsz = (size_t)len;
	rc = 0;
out:
	xmlFree(buf);
	if (res != NULL)
		xmlFreeDoc(res);
	xsltFreeTransformContext(ctxt);
	if (arena) {
		xmlarena_end();
		if (xmlDictSize(rd->style[p]->dict) != words) {
			log_error("render: %s: the stylesheet's dictionary grew "
			    "during a transform; the arena is kept",
			    page_names[p]);
			xmlarena_keep();
		}
	}
	return rc;
}

int
render_text(const struct render *rd, xmlDocPtr doc, char **out,
    size_t *outsz)
{
	int p;

	if ((p = render_page_of(doc)) == -1) {
		log_error("render: a document names no known stylesheet");
		return -1;
	}
	return render_html(rd, (enum page)p, doc, out, outsz);
}

int
render_xml(xmlDocPtr doc, char **out, size_t *outsz)
{
	xmlChar	*buf = NULL;
	int	 len = 0;

	xmlDocDumpFormatMemoryEnc(doc, &buf, &len, "UTF-8", 1);
	if (buf == NULL) {
		log_error("render: cannot serialise a page as XML");
		return -1;
	}
	*out = (char *)buf;	/* the caller frees it with xmlFree */
	*outsz = (size_t)len;
	return 0;
}

void
render_library_init(void)
{
	if (xmlarena_install() == -1)
		log_warn("render: libxml2 keeps its own allocator");
	xmlInitParser();
	xsltInit();
	exsltRegisterAll();
}

void
render_library_end(void)
{
	xsltCleanupGlobals();
	xmlCleanupParser();
}
