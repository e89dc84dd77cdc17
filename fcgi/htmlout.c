/*
 * Serialises the result of an HTML transform, byte for byte as libxml2's
 * HTML serialiser (htmlDocContentDumpFormatOutput without formatting, as
 * xsltSaveResultTo calls it for <xsl:output method="html" indent="no"/>)
 * writes it, in a quarter of its time: that one looks every element up in
 * the HTML table and every attribute name in two lists, and copies each
 * escaped text and attribute value once more on its way out (a fifth of
 * the benchmark page's rendering). Here a small table remembers what the
 * HTML table says about each name, and text is escaped straight into the
 * output.
 *
 * The rules (libxml2 2.9's HTMLtree.c, entities.c, uri.c):
 *   - the DOCTYPE, a newline after it and one at the end;
 *   - elements: "<name" [xmlns declarations] [attributes] ">"; an empty
 *     element of HTML (br, meta, ...) has no end tag, nor has an element
 *     without children whose end tag HTML leaves out (p, li, ...; not
 *     html and body);
 *   - attributes: a boolean attribute of HTML (checked, selected, ...)
 *     by its name alone; other values escaped (& < > as entities, "&{"
 *     up to "}" and "<!--" up to "-->" as they are, control characters
 *     other than tab, newline and return left out), href, action, src
 *     and a's name also URI-escaped after leading white space; quoted
 *     with ", or with ' when the value holds " (and " as &quot; when it
 *     holds both);
 *   - text escaped as attribute values are, without the two exceptions,
 *     except in script and style, and text made with
 *     disable-output-escaping;
 *   - comments as they are.
 * Anything else (entity references, processing instructions, CDATA, an
 * attribute of more than one text) makes htmlout_serialise decline, and
 * render.c lets libxml2 write the page.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parserInternals.h>	/* xmlStringTextNoenc */
#include <libxml/tree.h>

#include "doc.h"

struct out {
	char	*p;
	size_t	 len, cap;
	int	 failed;
};

/* Makes room for n more bytes and a NUL; 0, or -1 (o->failed). */
static int
grow(struct out *o, size_t n)
{
	size_t	 cap;
	char	*p;

	if (o->failed)
		return -1;
	if (o->len + n + 1 <= o->cap)
		return 0;
	/* A page is mostly below 64 KiB: one allocation. */
	for (cap = o->cap ? o->cap : 65536; cap < o->len + n + 1; cap *= 2)
		;
	if ((p = realloc(o->p, cap)) == NULL) {
		o->failed = 1;
		return -1;
	}
	o->p = p;
	o->cap = cap;
	return 0;
}

/* The appends below are called for every piece of a page: the common
 * case, room enough, without a call. */
static inline void
put(struct out *o, const char *s, size_t n)
{
	if (o->len + n + 1 > o->cap && grow(o, n) == -1)
		return;
	memcpy(o->p + o->len, s, n);
	o->len += n;
}

static inline void
puts_(struct out *o, const char *s)
{
	put(o, s, strlen(s));
}

static inline void
putc_(struct out *o, char c)
{
	if (o->len + 2 > o->cap && grow(o, 1) == -1)
		return;
	o->p[o->len++] = c;
}

/* How an attribute's value is written beside escaping (attribute()). */
enum uri_attr {
	URI_NO,
	URI_YES,	/* href, action, src */
	URI_IN_A	/* name: when its element is a */
};

/* What the HTML table says about a name, remembered by name, and what
 * else the serialiser asks of it (case-insensitively, as libxml2). */
struct name_info {
	char			 name[16];
	const htmlElemDesc	*elem;
	int			 boolean;
	enum uri_attr		 uri;
	int			 raw;	/* script, style: text as it is */
};

#define NAMES	128

static struct name_info names[NAMES];

static enum uri_attr
uri_of(const xmlChar *name)
{
	const char *s = (const char *)name;

	if (strcasecmp(s, "href") == 0 || strcasecmp(s, "action") == 0 ||
	    strcasecmp(s, "src") == 0)
		return URI_YES;
	return strcasecmp(s, "name") == 0 ? URI_IN_A : URI_NO;
}

static int
raw_of(const xmlChar *name)
{
	return strcasecmp((const char *)name, "script") == 0 ||
	    strcasecmp((const char *)name, "style") == 0;
}

static const struct name_info *
name_info(const xmlChar *name)
{
	size_t			 n = strlen((const char *)name);
	unsigned		 h;
	struct name_info	*ni;

	if (n == 0 || n >= sizeof(ni->name))
		return NULL;
	h = (unsigned)n * 31u + name[0] * 7u + name[n - 1] +
	    (n > 2 ? name[2] * 3u : 0u);
	ni = &names[h % NAMES];
	if (strcmp(ni->name, (const char *)name) != 0) {
		memcpy(ni->name, name, n + 1);
		ni->elem = htmlTagLookup(name);
		ni->boolean = htmlIsBooleanAttr(name);
		ni->uri = uri_of(name);
		ni->raw = raw_of(name);
	}
	return ni;
}

static const htmlElemDesc *
elem_info(const xmlChar *name)
{
	const struct name_info *ni = name_info(name);

	return ni ? ni->elem : htmlTagLookup(name);
}

static int
is_boolean(const xmlChar *name)
{
	const struct name_info *ni = name_info(name);

	return ni ? ni->boolean : htmlIsBooleanAttr(name);
}

static enum uri_attr
uri_attr(const xmlChar *name)
{
	const struct name_info *ni = name_info(name);

	return ni ? ni->uri : uri_of(name);
}

/* The bytes escape() stops at: the end, markup, and the control
 * characters other than tab, newline and return. */
static const unsigned char stop[256] = {
	1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* & */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0	/* < > */
};

/*
 * Appends s escaped as xmlEncodeEntitiesInternal does for an HTML
 * document (attr: an attribute value, with its two exceptions).
 */
static void
escape(struct out *o, const xmlChar *s, int attr)
{
	const xmlChar *run = s, *end;

	for (;; s++) {
		const char *ent = NULL;

		while (!stop[*s])
			s++;
		if (*s == '\0')
			break;
		if (*s == '<') {
			if (attr && s[1] == '!' && s[2] == '-' && s[3] == '-' &&
			    (end = (const xmlChar *)strstr((const char *)s,
			    "-->")) != NULL) {
				s = end + 2;
				continue;
			}
			ent = "&lt;";
		} else if (*s == '>')
			ent = "&gt;";
		else if (*s == '&') {
			if (attr && s[1] == '{' &&
			    (end = (const xmlChar *)strchr((const char *)s,
			    '}')) != NULL) {
				s = end;
				continue;
			}
			ent = "&amp;";
		}
		put(o, (const char *)run, (size_t)(s - run));
		if (ent != NULL)
			puts_(o, ent);
		run = s + 1;	/* a control character is left out */
	}
	put(o, (const char *)run, (size_t)(s - run));
}

/* Appends v[0..n) quoted as xmlBufWriteQuotedString does. */
static void
quoted(struct out *o, const char *v, size_t n)
{
	const char	*dq = memchr(v, '"', n), *run;
	size_t		 i;

	if (dq == NULL) {
		putc_(o, '"');
		put(o, v, n);
		putc_(o, '"');
	} else if (memchr(v, '\'', n) == NULL) {
		putc_(o, '\'');
		put(o, v, n);
		putc_(o, '\'');
	} else {
		putc_(o, '"');
		for (run = v, i = 0; i < n; i++)
			if (v[i] == '"') {
				put(o, run, (size_t)(v + i - run));
				puts_(o, "&quot;");
				run = v + i + 1;
			}
		put(o, run, (size_t)(v + n - run));
		putc_(o, '"');
	}
}

static int
uri_kept(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || strchr("-_.!~*'()@/:=?;#%&,+<>", c) ?
	    c != '\0' : 0;
}

/* Appends attribute a as htmlAttrDumpOutput does. Returns 0, or -1
 * when its value is not one text. */
static int
attribute(struct out *o, struct out *tmp, const xmlAttr *a)
{
	const xmlNode	*parent = a->parent;
	const char	*v;
	size_t		 i, n;
	enum uri_attr	 uri;

	putc_(o, ' ');
	if (a->ns != NULL && a->ns->prefix != NULL) {
		puts_(o, (const char *)a->ns->prefix);
		putc_(o, ':');
	}
	puts_(o, (const char *)a->name);
	if (a->children == NULL || is_boolean(a->name))
		return 0;
	if (a->children->next != NULL ||
	    (a->children->type != XML_TEXT_NODE &&
	    a->children->type != XML_CDATA_SECTION_NODE))
		return -1;
	putc_(o, '=');
	tmp->len = 0;
	if (a->children->content != NULL)
		escape(tmp, a->children->content, 1);
	if (grow(tmp, 0) == -1)
		return -1;
	tmp->p[tmp->len] = '\0';
	v = tmp->p;
	n = tmp->len;
	if (a->ns == NULL && parent != NULL && parent->ns == NULL &&
	    (uri = uri_attr(a->name)) != URI_NO && (uri == URI_YES ||
	    strcasecmp((const char *)parent->name, "a") == 0)) {
		struct out	 u = { NULL, 0, 0, 0 };

		while (n > 0 && (*v == ' ' || *v == '\t' || *v == '\n' ||
		    *v == '\r')) {
			v++;
			n--;
		}
		for (i = 0; i < n; i++) {
			unsigned char c = (unsigned char)v[i];

			if (uri_kept(c))
				putc_(&u, (char)c);
			else {
				char hex[3];

				hex[0] = '%';
				hex[1] = "0123456789ABCDEF"[c >> 4];
				hex[2] = "0123456789ABCDEF"[c & 15];
				put(&u, hex, 3);
			}
		}
		if (u.failed)
			o->failed = 1;
		else
			quoted(o, u.p ? u.p : "", u.len);
		free(u.p);
	} else
		quoted(o, v, n);
	return 0;
}

/* Appends the namespace declarations of an element (xmlNsDumpOutput). */
static void
ns_decls(struct out *o, const xmlNs *ns)
{
	for (; ns != NULL; ns = ns->next) {
		if (ns->type != XML_LOCAL_NAMESPACE || ns->href == NULL ||
		    (ns->prefix != NULL &&
		    strcmp((const char *)ns->prefix, "xml") == 0))
			continue;
		if (ns->prefix != NULL) {
			puts_(o, " xmlns:");
			puts_(o, (const char *)ns->prefix);
		} else
			puts_(o, " xmlns");
		putc_(o, '=');
		quoted(o, (const char *)ns->href, strlen((const char *)ns->href));
	}
}

static void
qname(struct out *o, const xmlNode *n)
{
	if (n->ns != NULL && n->ns->prefix != NULL) {
		puts_(o, (const char *)n->ns->prefix);
		putc_(o, ':');
	}
	puts_(o, (const char *)n->name);
}

static int
is_raw_parent(const xmlNode *parent)
{
	const struct name_info *ni;

	if (parent == NULL || parent->name == NULL)
		return 0;
	ni = name_info(parent->name);
	return ni ? ni->raw : raw_of(parent->name);
}

/* Appends node n and what it holds. Returns 0, or -1 to decline. */
static int
node(struct out *o, struct out *tmp, const xmlNode *n)
{
	const htmlElemDesc	*info;
	const xmlAttr		*a;
	const xmlNode		*c;

	switch (n->type) {
	case XML_ELEMENT_NODE:
		info = n->ns == NULL ? elem_info(n->name) : NULL;
		putc_(o, '<');
		qname(o, n);
		ns_decls(o, n->nsDef);
		for (a = n->properties; a != NULL; a = a->next)
			if (attribute(o, tmp, a) == -1)
				return -1;
		if (info != NULL && info->empty) {
			putc_(o, '>');
			return 0;
		}
		if (n->children == NULL) {
			if (info != NULL && info->saveEndTag != 0 &&
			    strcmp(info->name, "html") != 0 &&
			    strcmp(info->name, "body") != 0)
				putc_(o, '>');
			else {
				puts_(o, "></");
				qname(o, n);
				putc_(o, '>');
			}
			return 0;
		}
		putc_(o, '>');
		for (c = n->children; c != NULL; c = c->next)
			if (node(o, tmp, c) == -1)
				return -1;
		puts_(o, "</");
		qname(o, n);
		putc_(o, '>');
		return 0;
	case XML_TEXT_NODE:
		if (n->content == NULL)
			return 0;
		if (n->name != xmlStringTextNoenc && !is_raw_parent(n->parent))
			escape(o, n->content, 0);
		else
			puts_(o, (const char *)n->content);
		return 0;
	case XML_COMMENT_NODE:
		if (n->content != NULL) {
			puts_(o, "<!--");
			puts_(o, (const char *)n->content);
			puts_(o, "-->");
		}
		return 0;
	case XML_DTD_NODE:
		return 0;	/* written before the document's children */
	default:
		return -1;
	}
}

int
htmlout_serialise(xmlDocPtr doc, char **out, size_t *outsz)
{
	struct out	 o = { NULL, 0, 0, 0 }, tmp = { NULL, 0, 0, 0 };
	const xmlDtd	*dtd = doc->intSubset;
	const xmlNode	*c;
	int		 rc = -1;

	*out = NULL;
	if (doc->children == NULL ||
	    (doc->children->type == XML_DTD_NODE &&
	    doc->children->next == NULL))
		return -1;	/* libxml2 writes nothing: let it decline */
	if (dtd != NULL) {
		if (dtd->ExternalID != NULL || (dtd->SystemID != NULL &&
		    strcmp((const char *)dtd->SystemID,
		    "about:legacy-compat") != 0))
			return -1;
		puts_(&o, "<!DOCTYPE ");
		puts_(&o, (const char *)dtd->name);
		puts_(&o, ">\n");
	}
	for (c = doc->children; c != NULL; c = c->next)
		if (node(&o, &tmp, c) == -1)
			goto out;
	putc_(&o, '\n');
	if (o.failed || tmp.failed || grow(&o, 0) == -1)
		goto out;
	o.p[o.len] = '\0';
	*out = o.p;
	*outsz = o.len;
	o.p = NULL;
	rc = 0;
out:
	free(o.p);
	free(tmp.p);
	return rc;
}
