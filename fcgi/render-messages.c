/*
 * The message catalogues: xslt/messages-nl.xml and messages-en.xml, each
 * <msg key="..."> with text and <arg n="N"/> placeholders, read once and
 * indexed by key. Stylesheets reach them through c:t (render.c), dates in
 * words through render-dates.c, mails' subjects through render_message.
 *
 * A message is kept as its parts, texts and argument numbers, so that
 * putting one together is one hash probe and a copy; a message without
 * arguments is kept as its finished text. (Walking the <msg> element for
 * every call and appending to an xmlBuffer byte by byte took a tenth of
 * the home page's rendering.)
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/hash.h>
#include <libxml/parser.h>

#include "doc.h"

/* One piece of a message: a text, or argument number arg (1 ..
 * CATALOGUE_ARGS) when text is NULL. */
struct part {
	xmlChar	*text;
	int	 arg;
};

struct message {
	xmlChar		*flat;	/* the text, when it takes no argument */
	struct part	*parts;
	size_t		 nparts;
};

struct catalogue {
	xmlHashTablePtr	 msgs[LANG__MAX];	/* key -> struct message */
};

/*
 * Appends p to out at *len with each run of white space made one space,
 * none at the start (the catalogue is indented XML; the page wants
 * flowing text); *space carries a run from one piece to the next. out
 * has room: the result is never longer than what went in.
 */
static void
flow(xmlChar *out, size_t *len, int *space, const xmlChar *p)
{
	for (; p != NULL && *p != '\0'; p++) {
		if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			*space = 1;
		else {
			if (*space && *len > 0)
				out[(*len)++] = ' ';
			*space = 0;
			out[(*len)++] = *p;
		}
	}
}

/* The text of part p with args[0..nargs): an argument it has not got
 * is empty. */
static const xmlChar *
part_text(const struct part *p, xmlChar *const args[], int nargs)
{
	if (p->text != NULL)
		return p->text;
	return p->arg <= nargs ? args[p->arg - 1] : NULL;
}

/* m with its arguments as a new string, or NULL when out of memory. */
static xmlChar *
message_build(const struct message *m, xmlChar *const args[], int nargs)
{
	xmlChar		*out;
	const xmlChar	*t;
	size_t		 cap = 1, len = 0;
	int		 space = 0;

	for (size_t i = 0; i < m->nparts; i++)
		if ((t = part_text(&m->parts[i], args, nargs)) != NULL)
			cap += strlen((const char *)t);
	if ((out = xmlMalloc(cap)) == NULL)
		return NULL;
	for (size_t i = 0; i < m->nparts; i++)
		flow(out, &len, &space, part_text(&m->parts[i], args, nargs));
	out[len] = '\0';
	return out;
}

static void
message_free(void *payload, const xmlChar *key)
{
	struct message *m = payload;

	(void)key;
	for (size_t i = 0; i < m->nparts; i++)
		xmlFree(m->parts[i].text);
	free(m->parts);
	xmlFree(m->flat);
	free(m);
}

/*
 * The parts of <msg> element e: its text and CDATA as they are, an
 * <arg n="N"/> as argument N (nothing when N is no number from 1 to
 * CATALOGUE_ARGS), any other element as its text. NULL when out of
 * memory.
 */
static struct message *
message_of(xmlNodePtr e)
{
	struct message	*m;
	struct part	*p;
	xmlNodePtr	 n;
	xmlChar		*na;
	long long	 i;
	size_t		 max = 0;
	int		 args = 0;

	for (n = e->children; n != NULL; n = n->next)
		max++;
	if ((m = calloc(1, sizeof(*m))) == NULL ||
	    (m->parts = calloc(max + 1, sizeof(*m->parts))) == NULL) {
		free(m);
		return NULL;
	}
	for (n = e->children; n != NULL; n = n->next) {
		p = &m->parts[m->nparts];
		if (n->type == XML_ELEMENT_NODE &&
		    xmlStrEqual(n->name, (const xmlChar *)"arg")) {
			args = 1;
			na = xmlGetProp(n, (const xmlChar *)"n");
			if (na != NULL && valid_int((const char *)na, 1,
			    CATALOGUE_ARGS, &i) == 0) {
				p->arg = (int)i;
				m->nparts++;
			}
			xmlFree(na);
			continue;
		}
		if (n->type == XML_TEXT_NODE ||
		    n->type == XML_CDATA_SECTION_NODE)
			p->text = xmlStrdup(n->content != NULL ? n->content :
			    (const xmlChar *)"");
		else if (n->type == XML_ELEMENT_NODE &&
		    (p->text = xmlNodeGetContent(n)) == NULL)
			p->text = xmlStrdup((const xmlChar *)"");
		else if (n->type != XML_ELEMENT_NODE)
			continue;
		if (p->text == NULL) {
			message_free(m, NULL);
			return NULL;
		}
		m->nparts++;
	}
	if (!args && (m->flat = message_build(m, NULL, 0)) == NULL) {
		message_free(m, NULL);
		return NULL;
	}
	return m;
}

/*
 * Reads the catalogue of language l from dir and indexes its <msg>
 * elements by key. Returns 0, or -1 when the file is missing, malformed,
 * or holds a key twice (a silent override would hide a translation).
 */
static int
load(struct catalogue *c, const char *dir, enum lang l)
{
	char		 path[1024];
	xmlDocPtr	 doc;
	xmlNodePtr	 root, n;
	xmlChar		*key;
	struct message	*m;
	int		 rc = 0;

	snprintf(path, sizeof(path), "%s/messages-%s.xml", dir, lang_codes[l]);
	if ((doc = xmlReadFile(path, NULL, XML_PARSE_NONET)) == NULL ||
	    (root = xmlDocGetRootElement(doc)) == NULL) {
		log_error("render: %s: not well-formed XML", path);
		xmlFreeDoc(doc);
		return -1;
	}
	if ((c->msgs[l] = xmlHashCreate(512)) == NULL) {
		xmlFreeDoc(doc);
		return -1;
	}
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
		if ((m = message_of(n)) == NULL)
			rc = -1;
		else if (xmlHashAddEntry(c->msgs[l], key, m) != 0) {
			log_error("render: %s:%ld: key %s given twice", path,
			    xmlGetLineNo(n), (const char *)key);
			message_free(m, NULL);
			rc = -1;
		}
		xmlFree(key);
	}
	xmlFreeDoc(doc);
	return rc;
}

struct catalogue *
catalogue_load(const char *dir)
{
	struct catalogue *c;

	if ((c = calloc(1, sizeof(*c))) == NULL)
		return NULL;
	for (int l = 0; l < LANG__MAX; l++)
		if (load(c, dir, (enum lang)l) == -1) {
			catalogue_free(c);
			return NULL;
		}
	return c;
}

void
catalogue_free(struct catalogue *c)
{
	if (c == NULL)
		return;
	for (int l = 0; l < LANG__MAX; l++)
		if (c->msgs[l] != NULL)
			xmlHashFree(c->msgs[l], message_free);
	free(c);
}

xmlChar *
catalogue_text(const struct catalogue *c, enum lang l, const xmlChar *key,
    xmlChar *const args[], int nargs, int quiet)
{
	const struct message	*m = NULL;
	xmlChar			*s;
	size_t			 len;

	if (key != NULL && (m = xmlHashLookup(c->msgs[l], key)) == NULL)
		m = xmlHashLookup(c->msgs[LANG_NL], key);
	if (m != NULL)
		return m->flat != NULL ? xmlStrdup(m->flat) :
		    message_build(m, args, nargs);
	if (!quiet)
		log_warn("render: no message for key %s",
		    key ? (const char *)key : "(null)");
	len = key != NULL ? strlen((const char *)key) : 0;
	if ((s = xmlMalloc(len + 3)) == NULL)
		return NULL;
	s[0] = '[';
	if (len > 0)
		memcpy(s + 1, key, len);
	memcpy(s + 1 + len, "]", 2);
	return s;
}
