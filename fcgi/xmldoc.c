/*
 * Building XML documents with the libxml2 tree API: elements, text and
 * attributes, and the date parts every page and mail shows. Text and
 * attribute values go in only through calls that escape them
 * (xmlNewTextChild, xmlSetProp), never through xmlNewChild with content,
 * which would parse entity references out of user text. The page
 * documents (page.c), the forms (form.c), the mails (outbox.c) and every
 * handler build with these.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "doc.h"

#define X(s) ((const xmlChar *)(s))

/* Whether c may stand in an XML 1.0 document: of the control
 * characters only tab, line feed and carriage return may. */
#define XML_CHAR(c) ((unsigned char)(c) >= 0x20 || (c) == '\t' || \
	(c) == '\n' || (c) == '\r')

/*
 * s (len bytes) as XML can hold it. libxml2 escapes markup but writes a
 * control character as it is, which makes the document unreadable as
 * XML (?format=xml of a search for "jan%01", say): each is replaced by
 * U+FFFD. Returns s itself when it has none, else a NUL-terminated copy
 * in *copy to be freed; NULL when out of memory.
 */
static const char *
xml_chars(const char *s, size_t len, char **copy)
{
	size_t	 i, bad = 0, o = 0;
	char	*c;

	*copy = NULL;
	for (i = 0; i < len; i++)
		if (!XML_CHAR(s[i]))
			bad++;
	if (bad == 0)
		return s;
	if ((c = malloc(len + 2 * bad + 1)) == NULL)
		return NULL;
	for (i = 0; i < len; i++) {
		if (XML_CHAR(s[i]))
			c[o++] = s[i];
		else {
			memcpy(c + o, "\xef\xbf\xbd", 3);
			o += 3;
		}
	}
	c[o] = '\0';
	return *copy = c;
}

xmlNodePtr
doc_text(xmlNodePtr parent, const char *name, const char *text)
{
	xmlNodePtr	 n;
	const char	*t;
	char		*copy;

	if (text == NULL)
		return NULL;
	if ((t = xml_chars(text, strlen(text), &copy)) == NULL ||
	    (n = xmlNewTextChild(parent, NULL, X(name), X(t))) == NULL) {
		log_error("page: cannot add <%s>", name);
		n = NULL;
	}
	free(copy);
	return n;
}

xmlNodePtr
doc_int(xmlNodePtr parent, const char *name, long long value)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%lld", value);
	return doc_text(parent, name, buf);
}

xmlNodePtr
doc_elem(xmlNodePtr parent, const char *name)
{
	xmlNodePtr n;

	if ((n = xmlNewChild(parent, NULL, X(name), NULL)) == NULL)
		log_error("page: cannot add <%s>", name);
	return n;
}

int
doc_add_text(xmlNodePtr node, const char *s, size_t len)
{
	xmlNodePtr	 t;
	const char	*v;
	char		*copy;

	if (len == 0)
		return 0;
	/* a text node holds its content as is: escaped when written */
	if ((v = xml_chars(s, len, &copy)) == NULL) {
		log_error("page: cannot add text");
		return -1;
	}
	if (copy != NULL)
		len = strlen(copy);
	t = len > INT32_MAX ? NULL : xmlNewTextLen(X(v), (int)len);
	free(copy);
	if (t == NULL) {
		log_error("page: cannot add text");
		return -1;
	}
	if (xmlAddChild(node, t) == NULL) {
		xmlFreeNode(t);
		log_error("page: cannot add text");
		return -1;
	}
	return 0;
}

enum lang
doc_lang(xmlNodePtr node)
{
	xmlNodePtr	 root;
	xmlChar		*l;
	enum lang	 lang = LANG_NL;

	if (node == NULL || node->doc == NULL ||
	    (root = xmlDocGetRootElement(node->doc)) == NULL ||
	    (l = xmlGetProp(root, X("lang"))) == NULL)
		return LANG_NL;
	for (int i = 0; i < LANG__MAX; i++)
		if (xmlStrEqual(l, X(lang_codes[i])))
			lang = (enum lang)i;
	xmlFree(l);
	return lang;
}

int
doc_attr(xmlNodePtr node, const char *name, const char *value)
{
	const char	*v;
	char		*copy;
	int		 rc = 0;

	if ((v = xml_chars(value, strlen(value), &copy)) == NULL ||
	    xmlSetProp(node, X(name), X(v)) == NULL) {
		log_error("page: cannot set @%s", name);
		rc = -1;
	}
	free(copy);
	return rc;
}

int
doc_attr_int(xmlNodePtr node, const char *name, long long value)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%lld", value);
	return doc_attr(node, name, buf);
}

int
doc_attr_local(xmlNodePtr node, const char *name, const char *utc)
{
	char local[24];

	if (clock_utc_to_local(utc, local) == -1)
		return doc_attr(node, name, utc);
	return doc_attr(node, name, local);
}

int
doc_attr_1(xmlNodePtr node, const char *name, double value)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%.1f", value);
	return doc_attr(node, name, buf);
}

xmlNodePtr
doc_datetime(xmlNodePtr parent, const char *name, const char *ts)
{
	struct tm	 tm;
	xmlNodePtr	 n;
	char		 date[16], hm[8];
	int		 y, mo, d, h, mi, s;

	if (sscanf(ts, "%4d-%2d-%2d %2d:%2d:%2d", &y, &mo, &d, &h, &mi,
	    &s) != 6) {
		log_error("page: bad timestamp for <%s>", name);
		return NULL;
	}
	/* timegm normalises the calendar and yields the weekday; the time
	 * zone plays no part in either. */
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = 12;
	(void)timegm(&tm);
	snprintf(date, sizeof(date), "%04d-%02d-%02d", y, mo, d);
	snprintf(hm, sizeof(hm), "%02d:%02d", h, mi);
	if ((n = doc_elem(parent, name)) == NULL ||
	    doc_attr(n, "date", date) == -1 ||
	    doc_attr(n, "time", hm) == -1 ||
	    doc_attr_int(n, "year", y) == -1 ||
	    doc_attr_int(n, "month", mo) == -1 ||
	    doc_attr_int(n, "day", d) == -1 ||
	    doc_attr_int(n, "weekday", tm.tm_wday == 0 ? 7 : tm.tm_wday) == -1)
		return NULL;
	return n;
}
