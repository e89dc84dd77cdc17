/*
 * Questionnaires: the yearly monitor as data. A questionnaire is an XML
 * document (schema/questionnaire.rng); qn_validate checks a document
 * against that grammar with libxml2, qn_build then makes the checks a
 * grammar cannot (unique ids, a descriptor per maturity level in each
 * language, min <= max, one of each quantity role per category) and
 * builds the model the scoring and the forms use. The document stays
 * with the model: its texts (Dutch and English) go into pages as they
 * are, and the stylesheets pick the language.
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/relaxng.h>

#include "domain.h"

#define QNS ((const xmlChar *)"urn:cimolt:questionnaire")

const char *const qtype_names[QT__MAX] = {
	"maturity", /* QT_MATURITY */
	"yesno", /* QT_YESNO */
	"choice", /* QT_CHOICE */
	"number", /* QT_NUMBER */
	"percentage", /* QT_PERCENTAGE */
	"text", /* QT_TEXT */
};

const char *const qrole_names[QR__MAX] = {
	"", /* QR_NONE */
	"tenders", /* QR_TENDERS */
	"tenders-circular", /* QR_TENDERS_CIRCULAR */
	"spend", /* QR_SPEND */
	"spend-circular", /* QR_SPEND_CIRCULAR */
};

/* Collects problems as "LINE: message" lines for the caller to print. */
struct problems {
	char	*buf;
	size_t	 sz, len;
	int	 n;
};

static void __attribute__((format(printf, 3, 4)))
problem(struct problems *p, long line, const char *fmt, ...)
{
	va_list	ap;
	int	w;

	p->n++;
	if (p->buf == NULL || p->len + 1 >= p->sz)
		return;
	w = snprintf(p->buf + p->len, p->sz - p->len, "%ld: ", line);
	if (w > 0 && (size_t)w < p->sz - p->len)
		p->len += (size_t)w;
	va_start(ap, fmt);
	w = vsnprintf(p->buf + p->len, p->sz - p->len, fmt, ap);
	va_end(ap);
	if (w > 0 && (size_t)w < p->sz - p->len)
		p->len += (size_t)w;
	if (p->len + 1 < p->sz)
		p->buf[p->len++] = '\n';
	p->buf[p->len] = '\0';
}

/* libxml2's structured errors, as problems with their lines. */
static void
rng_error(void *arg, xmlErrorPtr e)
{
	char	msg[512];
	size_t	n;

	snprintf(msg, sizeof(msg), "%s", e->message ? e->message : "invalid");
	n = strlen(msg);
	while (n > 0 && msg[n - 1] == '\n')
		msg[--n] = '\0';
	problem(arg, e->line, "%s", msg);
}

xmlDocPtr
qn_parse(const char *xml, size_t len, char *err, size_t errsz)
{
	struct problems	 p = { err, errsz, 0, 0 };
	xmlParserCtxtPtr ctxt;
	xmlDocPtr	 doc;

	err[0] = '\0';
	if ((ctxt = xmlNewParserCtxt()) == NULL)
		return NULL;
	/* No entities expanded, nothing fetched from the network; errors
	 * come to us with their lines, not to stderr. */
	xmlSetStructuredErrorFunc(&p, rng_error);
	doc = xmlCtxtReadMemory(ctxt, xml, (int)len, "questionnaire.xml",
	    "UTF-8", XML_PARSE_NONET | XML_PARSE_NOBLANKS);
	xmlSetStructuredErrorFunc(NULL, NULL);
	xmlFreeParserCtxt(ctxt);
	if (doc == NULL && p.n == 0)
		problem(&p, 0, "not well-formed XML");
	return doc;
}

int
qn_validate(xmlDocPtr doc, const char *rng_path, char *err, size_t errsz)
{
	struct problems		 p = { err, errsz, 0, 0 };
	xmlRelaxNGParserCtxtPtr	 pc = NULL;
	xmlRelaxNGPtr		 rng = NULL;
	xmlRelaxNGValidCtxtPtr	 vc = NULL;
	int			 rc = -1;

	err[0] = '\0';
	if ((pc = xmlRelaxNGNewParserCtxt(rng_path)) == NULL ||
	    (rng = xmlRelaxNGParse(pc)) == NULL) {
		problem(&p, 0, "the schema %s cannot be read", rng_path);
		goto out;
	}
	if ((vc = xmlRelaxNGNewValidCtxt(rng)) == NULL)
		goto out;
	xmlRelaxNGSetValidStructuredErrors(vc, rng_error, &p);
	if (xmlRelaxNGValidateDoc(vc, doc) == 0)
		rc = 0;
	else if (p.n == 0)
		problem(&p, 0, "does not follow the schema");
out:
	xmlRelaxNGFreeValidCtxt(vc);
	xmlRelaxNGFree(rng);
	xmlRelaxNGFreeParserCtxt(pc);
	return rc;
}

/* Returns 1 when node is the element name of our namespace. */
static int
is(xmlNodePtr n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && n->ns != NULL &&
	    xmlStrEqual(n->ns->href, QNS) &&
	    xmlStrEqual(n->name, (const xmlChar *)name);
}

/* Copies attribute name of n into buf ("" when absent). */
static void
attr(xmlNodePtr n, const char *name, char *buf, size_t sz)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);

	snprintf(buf, sz, "%s", v ? (const char *)v : "");
	xmlFree(v);
}

/* Checks the descriptors of a maturity question: one per value 0-4 in
 * Dutch and in English. */
static void
check_descriptors(struct problems *p, xmlNodePtr q, const char *id)
{
	int	 seen[2][5];
	char	 v[8], lang[8];

	memset(seen, 0, sizeof(seen));
	for (xmlNodePtr d = q->children; d != NULL; d = d->next) {
		if (!is(d, "descriptor"))
			continue;
		attr(d, "value", v, sizeof(v));
		attr(d, "lang", lang, sizeof(lang));
		if (v[0] >= '0' && v[0] <= '4')
			seen[strcmp(lang, "en") == 0][v[0] - '0']++;
	}
	for (int l = 0; l < 2; l++)
		for (int i = 0; i < 5; i++)
			if (seen[l][i] != 1)
				problem(p, xmlGetLineNo(q), "question %s: %s "
				    "descriptor for level %d %s", id,
				    l ? "English" : "Dutch", i,
				    seen[l][i] ? "given twice" : "missing");
}

/* Adds a question of section s to the model; checks what the grammar
 * cannot. */
static void
add_question(struct qn *qn, struct problems *p, xmlNodePtr n, int s)
{
	struct qquestion	*q;
	char			 buf[64];
	long long		 v;

	if (qn->nquestions == QN_MAX_QUESTIONS) {
		problem(p, xmlGetLineNo(n), "more than %d questions",
		    QN_MAX_QUESTIONS);
		return;
	}
	q = &qn->questions[qn->nquestions];
	memset(q, 0, sizeof(*q));
	q->node = n;
	q->section = s;
	attr(n, "id", q->id, sizeof(q->id));
	for (size_t i = 0; i < qn->nquestions; i++)
		if (strcmp(qn->questions[i].id, q->id) == 0)
			problem(p, xmlGetLineNo(n), "question id %s is used "
			    "twice", q->id);
	for (int s2 = 0; s2 < (int)qn->nsections; s2++)
		if (strcmp(qn->sections[s2].id, q->id) == 0)
			problem(p, xmlGetLineNo(n), "question id %s is also "
			    "a section id", q->id);
	attr(n, "type", buf, sizeof(buf));
	q->type = QT_TEXT;
	for (int t = 0; t < QT__MAX; t++)
		if (strcmp(buf, qtype_names[t]) == 0)
			q->type = (enum qtype)t;
	attr(n, "weight", buf, sizeof(buf));
	q->weight = buf[0] ? strtod(buf, NULL) : 0;
	attr(n, "unit", q->unit, sizeof(q->unit));
	attr(n, "min", buf, sizeof(buf));
	q->min = valid_int(buf, 0, INT64_MAX, &v) == 0 ? v : 0;
	attr(n, "max", buf, sizeof(buf));
	q->max = valid_int(buf, 0, INT64_MAX, &v) == 0 ? v : 0;
	if (q->type == QT_NUMBER && q->min > q->max)
		problem(p, xmlGetLineNo(n), "question %s: min is above max",
		    q->id);
	attr(n, "role", buf, sizeof(buf));
	for (int r = 1; r < QR__MAX; r++)
		if (strcmp(buf, qrole_names[r]) == 0)
			q->role = (enum qrole)r;
	if (q->role != QR_NONE)
		for (size_t i = 0; i < qn->nquestions; i++)
			if (qn->questions[i].section == s &&
			    qn->questions[i].role == q->role)
				problem(p, xmlGetLineNo(n), "section %s has "
				    "two questions with role %s",
				    qn->sections[s].id, qrole_names[q->role]);
	if (q->type == QT_MATURITY)
		check_descriptors(p, n, q->id);
	if (q->type == QT_CHOICE)
		for (xmlNodePtr o = n->children; o != NULL; o = o->next)
			if (is(o, "option") && q->noptions < QN_MAX_OPTIONS) {
				attr(o, "value", q->options[q->noptions].value,
				    sizeof(q->options[0].value));
				attr(o, "score", buf, sizeof(buf));
				q->options[q->noptions++].score = atoi(buf);
			}
	qn->nquestions++;
}

struct qn *
qn_build(xmlDocPtr doc, char *err, size_t errsz)
{
	struct problems	 p = { err, errsz, 0, 0 };
	struct qn	*qn;
	xmlNodePtr	 root = xmlDocGetRootElement(doc), lv, sec, q;
	char		 buf[32];
	long long	 v;

	err[0] = '\0';
	if ((qn = calloc(1, sizeof(*qn))) == NULL)
		return NULL;
	qn->doc = doc;
	if (root == NULL || !is(root, "questionnaire")) {
		problem(&p, 0, "the root is not a questionnaire");
		goto fail;
	}
	attr(root, "year", buf, sizeof(buf));
	qn->year = valid_int(buf, 2017, 2100, &v) == 0 ? (int)v : 0;
	attr(root, "version", buf, sizeof(buf));
	qn->version = valid_int(buf, 1, 1000000, &v) == 0 ? (int)v : 0;
	if (qn->year == 0 || qn->version == 0)
		problem(&p, xmlGetLineNo(root), "year or version missing");
	for (lv = root->children; lv != NULL; lv = lv->next) {
		if (!is(lv, "level"))
			continue;
		attr(lv, "id", buf, sizeof(buf));
		for (sec = lv->children; sec != NULL; sec = sec->next) {
			struct qsection *s;
			if (!is(sec, "section"))
				continue;
			if (qn->nsections == QN_MAX_SECTIONS) {
				problem(&p, xmlGetLineNo(sec), "more than %d "
				    "sections", QN_MAX_SECTIONS);
				break;
			}
			s = &qn->sections[qn->nsections];
			memset(s, 0, sizeof(*s));
			s->node = sec;
			s->operational = strcmp(buf, "operationeel") == 0;
			attr(sec, "id", s->id, sizeof(s->id));
			attr(sec, s->operational ? "category" : "theme", s->group,
			    sizeof(s->group));
			for (size_t i = 0; i < qn->nsections; i++)
				if (strcmp(qn->sections[i].id, s->id) == 0)
					problem(&p, xmlGetLineNo(sec), "section "
					    "id %s is used twice", s->id);
			qn->nsections++;
			for (q = sec->children; q != NULL; q = q->next)
				if (is(q, "question"))
					add_question(qn, &p, q,
					    (int)qn->nsections - 1);
		}
	}
	if (p.n > 0)
		goto fail;
	return qn;
fail:
	qn->doc = NULL;		/* the caller's still */
	free(qn);
	return NULL;
}

void
qn_free(struct qn *qn)
{
	if (qn == NULL)
		return;
	if (qn->doc != NULL)
		xmlFreeDoc(qn->doc);
	free(qn);
}

const struct qquestion *
qn_question(const struct qn *qn, const char *id)
{
	for (size_t i = 0; i < qn->nquestions; i++)
		if (strcmp(qn->questions[i].id, id) == 0)
			return &qn->questions[i];
	return NULL;
}
