/*
 * Dates and times in words, as XPath extension functions of the
 * stylesheets (namespace urn:cimolt:xslt; render.c registers them):
 *
 *   c:date(d)          a <start>, <end> or other element with the
 *                      attributes weekday, day, month, year:
 *                      "donderdag 11 maart 2027" / "Thursday 11 March 2027"
 *   c:time(d)          its attribute time "HH:MM[:SS]": "9.30" / "09:30"
 *   c:when(event)      an event's <start> and <end>: one day with both
 *                      times, both dates when it spans days, or only the
 *                      start when the end has no time
 *   c:iso-date(s)      "YYYY-MM-DD[...]" as "28 november 2026"; '' when
 *                      malformed
 *   c:iso-datetime(s)  "YYYY-MM-DD HH:MM[:SS]" (or with T) as
 *                      "28 november 2026, 14.05 uur"; only the date when
 *                      there is no time
 *
 * The words and their order come from the catalogue (weekday.N, month.N,
 * format.date, format.time, format.when.*, format.date.short,
 * format.datetime). They were EXSLT func:function templates; those cost
 * half of the home page's transform in the call machinery (a variable
 * scope and a result tree fragment per call). Each gives what the XSLT
 * gave, to the byte: XPath's own conversions between strings and numbers,
 * substrings counted in characters, and an attribute of a node-set is
 * that of its first node in document order that has it.
 */
#include "config.h"

#include <string.h>

#include <libxml/xmlstring.h>
#include <libxml/xpathInternals.h>

#include "doc.h"

/* The catalogue's lookup (render.c's, through dates_init). */
static dates_message_fn message;

void
dates_init(dates_message_fn fn)
{
	message = fn;
}

/* Strings of one call, freed together. */
struct strs {
	xmlChar	*s[64];	/* c:when of two days makes about 40 */
	int	 n;
	int	 failed;	/* a string could not be made */
};

/* Keeps s to be freed with the others; s itself, or "" when NULL (out
 * of memory, which is noted). */
static const xmlChar *
keep(struct strs *k, xmlChar *s)
{
	if (s == NULL || k->n == (int)(sizeof(k->s) / sizeof(k->s[0]))) {
		xmlFree(s);
		k->failed = 1;
		return (const xmlChar *)"";
	}
	return k->s[k->n++] = s;
}

static void
strs_free(struct strs *k)
{
	for (int i = 0; i < k->n; i++)
		xmlFree(k->s[i]);
	k->n = 0;
}

/* number(s) as string(): "09" -> "9", "" -> "NaN". */
static const xmlChar *
num(struct strs *k, const xmlChar *s)
{
	return keep(k, xmlXPathCastNumberToString(
	    xmlXPathCastStringToNumber(s)));
}

/* XPath's substring(s, from, len) for whole numbers: len characters from
 * character from (counted from 1). */
static const xmlChar *
sub(struct strs *k, const xmlChar *s, int from, int len)
{
	xmlChar *r;

	if (xmlUTF8Strlen(s) < from)
		return (const xmlChar *)"";
	r = xmlUTF8Strsub(s, from - 1, len);
	return r ? keep(k, r) : (const xmlChar *)"";
}

/* XPath's normalize-space(s). */
static const xmlChar *
normalized(struct strs *k, const xmlChar *s)
{
	size_t	 n = (size_t)xmlStrlen(s), o = 0;
	xmlChar	*r;
	int	 space = 0;

	if ((r = xmlMalloc(n + 1)) == NULL)
		return keep(k, NULL);
	for (; *s != '\0'; s++) {
		if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
			space = o > 0;
			continue;
		}
		if (space)
			r[o++] = ' ';
		space = 0;
		r[o++] = *s;
	}
	r[o] = '\0';
	return keep(k, r);
}

/* The message key with its arguments; a failed call before dates_init. */
static const xmlChar *
msg(struct strs *k, xmlXPathParserContextPtr pctxt, const char *key,
    const xmlChar *a1, const xmlChar *a2, const xmlChar *a3,
    const xmlChar *a4)
{
	xmlChar	*args[4] = { (xmlChar *)a1, (xmlChar *)a2, (xmlChar *)a3,
	    (xmlChar *)a4 };
	int	 n = 0;

	while (n < 4 && args[n] != NULL)
		n++;
	return keep(k, message ? message(pctxt, key, args, n) : NULL);
}

/* The message prefix + number(v), e.g. "month." + "3". */
static const xmlChar *
msg_num(struct strs *k, xmlXPathParserContextPtr pctxt, const char *prefix,
    const xmlChar *v)
{
	char key[64];

	snprintf(key, sizeof(key), "%s%s", prefix, (const char *)num(k, v));
	return msg(k, pctxt, key, NULL, NULL, NULL, NULL);
}

/* Whether n is the element name without a namespace (a name test of a
 * page document's XPath). */
static int
element(xmlNodePtr n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && n->ns == NULL &&
	    xmlStrEqual(n->name, (const xmlChar *)name);
}

/*
 * $set/@name, or with child $set/child/@name, as a string: the value of
 * the first such attribute in document order (set is in document order,
 * as XPath hands it over); "" when there is none.
 */
static const xmlChar *
attr(struct strs *k, xmlNodeSetPtr set, const char *child, const char *name)
{
	xmlNodePtr n, c;

	for (int i = 0; set != NULL && i < set->nodeNr; i++) {
		n = set->nodeTab[i];
		if (child == NULL) {
			if (n->type == XML_ELEMENT_NODE &&
			    xmlHasNsProp(n, (const xmlChar *)name, NULL))
				return keep(k, xmlGetNoNsProp(n,
				    (const xmlChar *)name));
			continue;
		}
		for (c = n->children; c != NULL; c = c->next)
			if (element(c, child) &&
			    xmlHasNsProp(c, (const xmlChar *)name, NULL))
				return keep(k, xmlGetNoNsProp(c,
				    (const xmlChar *)name));
	}
	return (const xmlChar *)"";
}

/* Whether $set/child/@name exists. */
static int
has_attr(xmlNodeSetPtr set, const char *child, const char *name)
{
	xmlNodePtr c;

	for (int i = 0; set != NULL && i < set->nodeNr; i++)
		for (c = set->nodeTab[i]->children; c != NULL; c = c->next)
			if (element(c, child) &&
			    xmlHasNsProp(c, (const xmlChar *)name, NULL))
				return 1;
	return 0;
}

/* $set/a/@name = $set/b/@name: some value of the one equals some of the
 * other. */
static int
same_attr(xmlNodeSetPtr set, const char *a, const char *b,
    const char *name)
{
	xmlNodePtr	 x, y;
	xmlChar		*vx, *vy;
	int		 same = 0;

	for (int i = 0; set != NULL && i < set->nodeNr && !same; i++)
		for (x = set->nodeTab[i]->children; x != NULL && !same;
		    x = x->next) {
			if (!element(x, a) || (vx = xmlGetNoNsProp(x,
			    (const xmlChar *)name)) == NULL)
				continue;
			for (int j = 0; j < set->nodeNr && !same; j++)
				for (y = set->nodeTab[j]->children;
				    y != NULL && !same; y = y->next) {
					if (!element(y, b) || (vy =
					    xmlGetNoNsProp(y,
					    (const xmlChar *)name)) == NULL)
						continue;
					same = xmlStrEqual(vx, vy);
					xmlFree(vy);
				}
			xmlFree(vx);
		}
	return same;
}

/* c:date of $set (child NULL) or $set/child. */
static const xmlChar *
date_words(struct strs *k, xmlXPathParserContextPtr pctxt,
    xmlNodeSetPtr set, const char *child)
{
	return msg(k, pctxt, "format.date",
	    msg_num(k, pctxt, "weekday.", attr(k, set, child, "weekday")),
	    num(k, attr(k, set, child, "day")),
	    msg_num(k, pctxt, "month.", attr(k, set, child, "month")),
	    num(k, attr(k, set, child, "year")));
}

/* c:time of $set (child NULL) or $set/child. */
static const xmlChar *
time_words(struct strs *k, xmlXPathParserContextPtr pctxt,
    xmlNodeSetPtr set, const char *child)
{
	const xmlChar	*t = attr(k, set, child, "time");
	const xmlChar	*hh = sub(k, t, 1, 2);

	return msg(k, pctxt, "format.time", num(k, hh), sub(k, t, 4, 2), hh,
	    NULL);
}

/* c:iso-date of the normalised string d. */
static const xmlChar *
iso_date_words(struct strs *k, xmlXPathParserContextPtr pctxt,
    const xmlChar *d)
{
	if (xmlUTF8Strlen(d) < 10 || !xmlStrEqual(sub(k, d, 5, 1),
	    (const xmlChar *)"-") || !xmlStrEqual(sub(k, d, 8, 1),
	    (const xmlChar *)"-"))
		return (const xmlChar *)"";
	return msg(k, pctxt, "format.date.short", num(k, sub(k, d, 9, 2)),
	    msg_num(k, pctxt, "month.", sub(k, d, 6, 2)), sub(k, d, 1, 4),
	    NULL);
}

/* Pushes the result of a call and frees the call's strings. */
static void
push(xmlXPathParserContextPtr pctxt, struct strs *k, const xmlChar *r)
{
	if (k->failed) {
		xmlXPathSetError(pctxt, XPATH_MEMORY_ERROR);
	} else
		valuePush(pctxt, xmlXPathNewString(r));
	strs_free(k);
}

/* c:date, c:time and c:when of a node-set. */
static const xmlChar *
date_of(struct strs *k, xmlXPathParserContextPtr pctxt, xmlNodeSetPtr set)
{
	return date_words(k, pctxt, set, NULL);
}

static const xmlChar *
time_of(struct strs *k, xmlXPathParserContextPtr pctxt, xmlNodeSetPtr set)
{
	return time_words(k, pctxt, set, NULL);
}

static const xmlChar *
when_of(struct strs *k, xmlXPathParserContextPtr pctxt, xmlNodeSetPtr set)
{
	if (!has_attr(set, "end", "time"))
		return msg(k, pctxt, "format.when.start",
		    date_words(k, pctxt, set, "start"),
		    time_words(k, pctxt, set, "start"), NULL, NULL);
	if (same_attr(set, "start", "end", "date"))
		return msg(k, pctxt, "format.when.same-day",
		    date_words(k, pctxt, set, "start"),
		    time_words(k, pctxt, set, "start"),
		    time_words(k, pctxt, set, "end"), NULL);
	return msg(k, pctxt, "format.when.days",
	    date_words(k, pctxt, set, "start"),
	    time_words(k, pctxt, set, "start"),
	    date_words(k, pctxt, set, "end"),
	    time_words(k, pctxt, set, "end"));
}

/* Pushes words of the one node-set argument of a call (an empty set
 * may come as NULL), or sets the error. */
static void
on_set(xmlXPathParserContextPtr pctxt, int nargs,
    const xmlChar *(*words)(struct strs *, xmlXPathParserContextPtr,
    xmlNodeSetPtr))
{
	struct strs	 k = { .n = 0 };
	xmlNodeSetPtr	 set;

	if (nargs != 1) {
		xmlXPathSetArityError(pctxt);
		return;
	}
	set = xmlXPathPopNodeSet(pctxt);
	if (!pctxt->error)	/* else not a node-set */
		push(pctxt, &k, words(&k, pctxt, set));
	xmlXPathFreeNodeSet(set);
}

void
xpath_date(xmlXPathParserContextPtr pctxt, int nargs)
{
	on_set(pctxt, nargs, date_of);
}

void
xpath_time(xmlXPathParserContextPtr pctxt, int nargs)
{
	on_set(pctxt, nargs, time_of);
}

void
xpath_when(xmlXPathParserContextPtr pctxt, int nargs)
{
	on_set(pctxt, nargs, when_of);
}

/* Pops the one argument of a call as a normalised string, kept in k;
 * NULL after setting the error. */
static const xmlChar *
one_string(xmlXPathParserContextPtr pctxt, int nargs, struct strs *k)
{
	xmlChar *s;

	if (nargs != 1) {
		xmlXPathSetArityError(pctxt);
		return NULL;
	}
	if ((s = xmlXPathPopString(pctxt)) == NULL || pctxt->error) {
		xmlFree(s);
		return NULL;
	}
	return normalized(k, keep(k, s));
}

void
xpath_iso_date(xmlXPathParserContextPtr pctxt, int nargs)
{
	struct strs	 k = { .n = 0 };
	const xmlChar	*d;

	if ((d = one_string(pctxt, nargs, &k)) == NULL)
		return;
	push(pctxt, &k, iso_date_words(&k, pctxt, d));
}

void
xpath_iso_datetime(xmlXPathParserContextPtr pctxt, int nargs)
{
	struct strs	 k = { .n = 0 };
	const xmlChar	*d, *hh, *r;

	if ((d = one_string(pctxt, nargs, &k)) == NULL)
		return;
	hh = sub(&k, d, 12, 2);
	if (xmlUTF8Strlen(d) >= 16 &&
	    xmlStrEqual(sub(&k, d, 14, 1), (const xmlChar *)":"))
		r = msg(&k, pctxt, "format.datetime",
		    iso_date_words(&k, pctxt, d),
		    msg(&k, pctxt, "format.time", num(&k, hh),
		    sub(&k, d, 15, 2), hh, NULL), NULL, NULL);
	else
		r = iso_date_words(&k, pctxt, d);
	push(pctxt, &k, r);
}
