/*
 * Rendering: the only file that calls libxslt. The master compiles every
 * page stylesheet once, before forking; workers share the compiled
 * stylesheets read-only and transform each page document under security
 * preferences that forbid reading or writing files and the network, so
 * a stylesheet (or a document it is fed) can never reach outside.
 *
 * Messages: the Dutch and English catalogues (xslt/messages-LANG.xml,
 * <msg key="..."> elements with <arg n="N"/> placeholders) are parsed
 * once into hash tables, and stylesheets look texts up with the extension
 * function c:t(key, arg1, ..., arg5) in namespace urn:cimolt:xslt. A
 * lookup is one hash probe; the same lookup written in XSLT (a catalogue
 * in a variable, scanned per call) cost 85% of a page's transform time.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/hash.h>
#include <libxml/xpathInternals.h>
#include <libexslt/exslt.h>
#include <libxslt/extensions.h>
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
	[PAGE_MONITOR_PARTICIPATION] = "monitor-participation",
	[PAGE_ROUNDS_ADMIN] = "rounds-admin",
	/* the benchmark and advice */
	[PAGE_BENCHMARK] = "benchmark",
	[PAGE_ADVICE] = "advice",
	[PAGE_ADVICE_REQUEST] = "advice-request",
	[PAGE_ADVICE_REQUESTS] = "advice-requests",
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
};

#define CIMOLT_NS	((const xmlChar *)"urn:cimolt:xslt")
#define MAX_ARGS	5

struct render {
	xsltStylesheetPtr	 style[PAGE__MAX];
	xsltSecurityPrefsPtr	 sec;
	xmlDocPtr		 catdoc[LANG__MAX];	/* own the messages */
	xmlHashTablePtr		 cat[LANG__MAX];	/* key -> <msg> */
};

/* What c:t needs during one transform: the messages and the language. */
struct transform {
	const struct render	*rd;
	enum lang		 lang;
};

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

/*
 * Parses the catalogue of language l and indexes its <msg> elements by
 * key. Returns 0, or -1 when the file is missing, malformed, or holds a
 * key twice (a silent override would hide a translation).
 */
static int
catalogue_load(struct render *rd, const char *dir, enum lang l)
{
	char		 path[1024];
	xmlNodePtr	 root, n;
	xmlChar		*key;
	int		 rc = 0;

	snprintf(path, sizeof(path), "%s/messages-%s.xml", dir, lang_codes[l]);
	if ((rd->catdoc[l] = xmlReadFile(path, NULL, XML_PARSE_NONET)) ==
	    NULL || (root = xmlDocGetRootElement(rd->catdoc[l])) == NULL) {
		log_error("render: %s: not well-formed XML", path);
		return -1;
	}
	if ((rd->cat[l] = xmlHashCreate(512)) == NULL)
		return -1;
	for (n = root->children; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE ||
		    !xmlStrEqual(n->name, (const xmlChar *)"msg"))
			continue;
		if ((key = xmlGetProp(n, (const xmlChar *)"key")) == NULL) {
			log_error("render: %s:%ld: <msg> without key", path,
			    xmlGetLineNo(n));
			rc = -1;
			continue;
		}
		if (xmlHashAddEntry(rd->cat[l], key, n) != 0) {
			log_error("render: %s:%ld: key %s given twice", path,
			    xmlGetLineNo(n), (const char *)key);
			rc = -1;
		}
		xmlFree(key);
	}
	return rc;
}

/*
 * Appends the text of message msg to buf with <arg n="N"/> replaced by
 * args[N-1] and runs of white space made one space (the catalogue is
 * indented XML; the page wants flowing text).
 */
static void
message_text(xmlBufferPtr buf, xmlNodePtr msg, xmlChar *const args[],
    int nargs)
{
	xmlNodePtr	 n;
	xmlChar		*n_attr, *text;
	const xmlChar	*p;
	long long	 i;
	int		 space = 0;

	for (n = msg->children; n != NULL; n = n->next) {
		text = NULL;
		if (n->type == XML_ELEMENT_NODE &&
		    xmlStrEqual(n->name, (const xmlChar *)"arg")) {
			n_attr = xmlGetProp(n, (const xmlChar *)"n");
			if (n_attr != NULL && valid_int((const char *)n_attr,
			    1, MAX_ARGS, &i) == 0 && i <= nargs)
				p = args[i - 1];
			else
				p = (const xmlChar *)"";
			xmlFree(n_attr);
		} else if (n->type == XML_TEXT_NODE ||
		    n->type == XML_CDATA_SECTION_NODE)
			p = n->content;
		else if (n->type == XML_ELEMENT_NODE)
			p = text = xmlNodeGetContent(n);
		else
			continue;
		for (; p != NULL && *p != '\0'; p++) {
			if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
				space = 1;
			else {
				if (space && xmlBufferLength(buf) > 0)
					xmlBufferAdd(buf, (const xmlChar *)" ", 1);
				space = 0;
				xmlBufferAdd(buf, p, 1);
			}
		}
		xmlFree(text);
	}
}

/*
 * The XPath function c:t(key, arg1, ..., arg5): the message for key in
 * the page's language (Dutch when the English catalogue lacks it), or
 * "[key]" when neither has it, which is logged.
 */
static void
fn_t(xmlXPathParserContextPtr pctxt, int nargs)
{
	xsltTransformContextPtr	 tctxt = xsltXPathGetTransformContext(pctxt);
	const struct transform	*t = tctxt ? tctxt->_private : NULL;
	xmlChar			*args[MAX_ARGS], *key;
	xmlNodePtr		 msg;
	xmlBufferPtr		 buf;
	int			 i;

	if (t == NULL || nargs < 1 || nargs > MAX_ARGS + 1) {
		xmlXPathSetArityError(pctxt);
		return;
	}
	for (i = nargs - 2; i >= 0; i--)
		args[i] = xmlXPathPopString(pctxt);
	key = xmlXPathPopString(pctxt);
	if ((buf = xmlBufferCreate()) == NULL) {
		xmlXPathSetError(pctxt, XPATH_MEMORY_ERROR);
		goto out;
	}
	msg = key ? xmlHashLookup(t->rd->cat[t->lang], key) : NULL;
	if (msg == NULL && key != NULL)
		msg = xmlHashLookup(t->rd->cat[LANG_NL], key);
	if (msg != NULL)
		message_text(buf, msg, args, nargs - 1);
	else {
		log_warn("render: no message for key %s",
		    key ? (const char *)key : "(null)");
		xmlBufferCCat(buf, "[");
		xmlBufferCat(buf, key ? key : (const xmlChar *)"");
		xmlBufferCCat(buf, "]");
	}
	valuePush(pctxt, xmlXPathNewString(xmlBufferContent(buf)));
	xmlBufferFree(buf);
out:
	for (i = 0; i < nargs - 1; i++)
		xmlFree(args[i]);
	xmlFree(key);
}

struct render *
render_load(const char *dir)
{
	struct render	*rd;
	xmlDocPtr	 doc;
	char		 path[1024];

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
	for (int l = 0; l < LANG__MAX; l++)
		if (catalogue_load(rd, dir, (enum lang)l) == -1)
			goto err;
	for (int p = 0; p < PAGE__MAX; p++) {
		if (page_names[p] == NULL) {	/* an enum entry without a name */
			log_error("render: page %d has no name", p);
			goto err;
		}
		snprintf(path, sizeof(path), "%s/%s.xsl", dir, page_names[p]);
		doc = xmlReadFile(path, NULL, XML_PARSE_NONET);
		if (doc == NULL) {
			log_error("render: %s: not well-formed XML", path);
			goto err;
		}
		/* On success the stylesheet owns doc; on failure we do. */
		if ((rd->style[p] = xsltParseStylesheetDoc(doc)) == NULL) {
			xmlFreeDoc(doc);
			log_error("render: %s: not a valid stylesheet", path);
			goto err;
		}
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
	for (int p = 0; p < PAGE__MAX; p++)
		if (rd->style[p] != NULL)
			xsltFreeStylesheet(rd->style[p]);
	if (rd->sec != NULL)
		xsltFreeSecurityPrefs(rd->sec);
	for (int l = 0; l < LANG__MAX; l++) {
		if (rd->cat[l] != NULL)
			xmlHashFree(rd->cat[l], NULL);	/* nodes are the doc's */
		if (rd->catdoc[l] != NULL)
			xmlFreeDoc(rd->catdoc[l]);
	}
	free(rd);
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
	int			 len = 0, rc = -1, l;

	*out = NULL;
	t.rd = rd;
	lang = xmlGetProp(xmlDocGetRootElement(doc), (const xmlChar *)"lang");
	l = valid_lang((const char *)lang);
	t.lang = l == -1 ? LANG_NL : (enum lang)l;
	xmlFree(lang);
	if ((ctxt = xsltNewTransformContext(rd->style[p], doc)) == NULL) {
		log_error("render: %s: no transform context", page_names[p]);
		return -1;
	}
	ctxt->_private = &t;
	if (xsltRegisterExtFunction(ctxt, (const xmlChar *)"t", CIMOLT_NS,
	    fn_t) != 0) {
		log_error("render: %s: cannot register c:t", page_names[p]);
		goto out;
	}
	if (xsltSetCtxtSecurityPrefs(rd->sec, ctxt) != 0) {
		log_error("render: %s: cannot apply security preferences",
		    page_names[p]);
		goto out;
	}
	res = xsltApplyStylesheetUser(rd->style[p], doc, NULL, NULL, NULL,
	    ctxt);
	if (res == NULL || ctxt->state != XSLT_STATE_OK) {
		log_error("render: %s: transformation failed", page_names[p]);
		goto out;
	}
	if (xsltSaveResultToString(&buf, &len, res, rd->style[p]) != 0 ||
	    buf == NULL) {
		log_error("render: %s: cannot serialise", page_names[p]);
		goto out;
	}
	*out = (char *)buf;	/* the caller frees it with xmlFree */
	*outsz = (size_t)len;
	rc = 0;
out:
	if (res != NULL)
		xmlFreeDoc(res);
	xsltFreeTransformContext(ctxt);
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
