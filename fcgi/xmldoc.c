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

/* value in decimal, as "%lld" writes it, into buf (at least 21 bytes);
 * returns buf. Pages write thousands of numbers: snprintf was a tenth
 * of building a page document. */
static char *
decimal(char *buf, long long value)
{
	char			 tmp[20];
	unsigned long long	 u = value < 0 ? 0 - (unsigned long long)value :
				    (unsigned long long)value;
	size_t			 n = 0, o = 0;

	do
		tmp[n++] = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	if (value < 0)
		buf[o++] = '-';
	while (n > 0)
		buf[o++] = tmp[--n];
	buf[o] = '\0';
	return buf;
}

xmlNodePtr
doc_int(xmlNodePtr parent, const char *name, long long value)
{
	char buf[24];

	return doc_text(parent, name, decimal(buf, value));
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
	char buf[24];

	/* Digits need no check for control characters. */
	if (xmlSetProp(node, X(name), X(decimal(buf, value))) == NULL) {
		log_error("page: cannot set @%s", name);
		return -1;
	}
	return 0;
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

/*
 * Reads "YYYY-MM-DD HH:MM:SS" as the database writes it into v (year,
 * month, day, hour, minute, second) and gives the weekday (1 Monday .. 7
 * Sunday) of a date with a month of 1-12 and a day of 1-31. Returns 0,
 * or -1 for any other text, which doc_datetime reads with sscanf and
 * timegm as before: this is the common case made cheap (sscanf and
 * timegm were most of a page document's dates), with the same result.
 */
static int
fixed_timestamp(const char *ts, int v[6], int *weekday)
{
	/* Days before each month, less 7s, for Sakamoto's method. */
	static const int	 t[12] = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };
	static const char	 form[] = "0000-00-00 00:00:00";
	int			 y;

	for (size_t i = 0; form[i] != '\0'; i++)
		if (form[i] == '0' ? ts[i] < '0' || ts[i] > '9' :
		    ts[i] != form[i])
			return -1;
	v[0] = (ts[0] - '0') * 1000 + (ts[1] - '0') * 100 +
	    (ts[2] - '0') * 10 + (ts[3] - '0');
	for (int k = 1; k < 6; k++)
		v[k] = (ts[3 * k + 2] - '0') * 10 + (ts[3 * k + 3] - '0');
	if (v[0] < 1 || v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > 31)
		return -1;
	y = v[1] < 3 ? v[0] - 1 : v[0];
	/* 0 Sunday .. 6 Saturday, as tm_wday */
	*weekday = (y + y / 4 - y / 100 + y / 400 + t[v[1] - 1] + v[2]) % 7;
	if (*weekday == 0)
		*weekday = 7;
	return 0;
}

xmlNodePtr
doc_datetime(xmlNodePtr parent, const char *name, const char *ts)
{
	struct tm	 tm;
	xmlNodePtr	 n;
	char		 date[16], hm[8], num[4][24];
	const char	*attr[6] = { "date", "time", "year", "month", "day",
			    "weekday" };
	const char	*val[6];
	int		 v[6], wday;

	if (fixed_timestamp(ts, v, &wday) == 0) {
		/* What the formats below would write. */
		memcpy(date, ts, 10);
		date[10] = '\0';
		memcpy(hm, ts + 11, 5);
		hm[5] = '\0';
	} else {
		if (sscanf(ts, "%4d-%2d-%2d %2d:%2d:%2d", &v[0], &v[1],
		    &v[2], &v[3], &v[4], &v[5]) != 6) {
			log_error("page: bad timestamp for <%s>", name);
			return NULL;
		}
		/* timegm normalises the calendar and yields the weekday;
		 * the time zone plays no part in either. */
		memset(&tm, 0, sizeof(tm));
		tm.tm_year = v[0] - 1900;
		tm.tm_mon = v[1] - 1;
		tm.tm_mday = v[2];
		tm.tm_hour = 12;
		(void)timegm(&tm);
		wday = tm.tm_wday == 0 ? 7 : tm.tm_wday;
		snprintf(date, sizeof(date), "%04d-%02d-%02d", v[0], v[1],
		    v[2]);
		snprintf(hm, sizeof(hm), "%02d:%02d", v[3], v[4]);
	}
	val[0] = date;
	val[1] = hm;
	val[2] = decimal(num[0], v[0]);
	val[3] = decimal(num[1], v[1]);
	val[4] = decimal(num[2], v[2]);
	val[5] = decimal(num[3], wday);
	if ((n = doc_elem(parent, name)) == NULL)
		return NULL;
	/* A new element: nothing to replace, and digits to check. */
	for (int i = 0; i < 6; i++)
		if (xmlNewProp(n, X(attr[i]), X(val[i])) == NULL) {
			log_error("page: cannot set @%s", attr[i]);
			return NULL;
		}
	return n;
}
