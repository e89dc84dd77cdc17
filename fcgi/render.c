/*
 * Rendering: the only file that calls libxslt. The master compiles every
 * page stylesheet once, before forking; workers share the compiled
 * stylesheets read-only and transform each page document under security
 * preferences that forbid reading or writing files and the network, so
 * a stylesheet (or a document it is fed) can never reach outside.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#include "extern.h"

const char *const page_names[PAGE__MAX] = {
	"home", /* PAGE_HOME */
	"error", /* PAGE_ERROR */
	"beheer", /* PAGE_BEHEER */
};

struct render {
	xsltStylesheetPtr	 style[PAGE__MAX];
	xsltSecurityPrefsPtr	 sec;
};

/*
 * libxml2 and libxslt report errors in pieces through a printf-like
 * callback; collect the pieces and log whole lines.
 */
static void
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
	for (int p = 0; p < PAGE__MAX; p++) {
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
	xmlChar			*buf = NULL;
	int			 len = 0, rc = -1;

	*out = NULL;
	if ((ctxt = xsltNewTransformContext(rd->style[p], doc)) == NULL) {
		log_error("render: %s: no transform context", page_names[p]);
		return -1;
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
