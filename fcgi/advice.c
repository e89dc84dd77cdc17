/*
 * Advice rules as data (schema/advice.rng, schema/advice.xml): each rule
 * applies to a score band of a scope (a level, theme, category, the
 * overall score or a spend share) or to one answer of a question, and
 * carries a Dutch and an English text, an ambition tier and links to
 * practices and materials. adv_build makes the checks the grammar
 * cannot (known scopes, bands inside 0-100, unique ids, known questions
 * and answers, text lengths); adv_match decides whether a rule applies
 * to a round and how large the gap it addresses is.
 *
 * A band is [from, below): from <= score < below, and a band without
 * below reaches up to and including 100. Bands meet without overlap.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "domain.h"

#define ANS ((const xmlChar *)"urn:cimolt:advice")

static const char *const tiers[] = { "basis", "significant", "ambitious" };

int
adv_tier_rank(const char *tier)
{
	for (size_t i = 0; i < sizeof(tiers) / sizeof(tiers[0]); i++)
		if (strcmp(tier, tiers[i]) == 0)
			return (int)i;
	return 3;
}

/* Appends "LINE: message\n" to err. */
static void __attribute__((format(printf, 5, 6)))
problem(char *err, size_t errsz, int *n, long line, const char *fmt, ...)
{
	size_t	 len = strlen(err);
	va_list	 ap;

	(*n)++;
	if (len + 1 >= errsz)
		return;
	snprintf(err + len, errsz - len, "%ld: ", line);
	len = strlen(err);
	va_start(ap, fmt);
	vsnprintf(err + len, errsz - len, fmt, ap);
	va_end(ap);
	len = strlen(err);
	if (len + 1 < errsz) {
		err[len] = '\n';
		err[len + 1] = '\0';
	}
}

static int
is(xmlNodePtr n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && n->ns != NULL &&
	    xmlStrEqual(n->ns->href, ANS) &&
	    xmlStrEqual(n->name, (const xmlChar *)name);
}

/* An attribute copied into buf ("" when absent). Returns 1 when present. */
static int
attr(xmlNodePtr n, const char *name, char *buf, size_t sz)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);

	buf[0] = '\0';
	if (v == NULL)
		return 0;
	snprintf(buf, sz, "%s", (const char *)v);
	xmlFree(v);
	return 1;
}

/* The language of a text or label element: LANG_NL, LANG_EN or -1. */
static int
lang_of(xmlNodePtr n)
{
	xmlChar	*v = xmlNodeGetLang(n);
	int	 l = -1;

	if (v != NULL) {
		l = xmlStrEqual(v, (const xmlChar *)"nl") ? LANG_NL :
		    xmlStrEqual(v, (const xmlChar *)"en") ? LANG_EN : -1;
		xmlFree(v);
	}
	return l;
}

/* A band bound: a number from 0 to 100. Returns 0/-1. */
static int
bound(const char *s, double *out)
{
	char *end;

	*out = strtod(s, &end);
	return s[0] != '\0' && *end == '\0' && *out >= 0 && *out <= 100 ?
	    0 : -1;
}

/* The content of an element, whitespace runs folded (malloc'd). */
static char *
content(xmlNodePtr n)
{
	xmlChar	*v = xmlNodeGetContent(n);
	char	*out, *o;
	int	 space = 1;

	if (v == NULL || (out = malloc(xmlStrlen(v) + 1)) == NULL) {
		xmlFree(v);
		return NULL;
	}
	o = out;
	for (const xmlChar *p = v; *p; p++) {
		if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') {
			if (!space)
				*o++ = ' ';
			space = 1;
		} else {
			*o++ = (char)*p;
			space = 0;
		}
	}
	if (o > out && o[-1] == ' ')
		o--;
	*o = '\0';
	xmlFree(v);
	return out;
}

/* Whether answer fits question q: "?" or a value the form offers. */
static int
answer_fits(const struct qquestion *q, const char *answer)
{
	long long v;

	if (strcmp(answer, "?") == 0)
		return 1;
	switch (q->type) {
	case QT_MATURITY:
		return valid_int(answer, 0, 4, &v) == 0;
	case QT_YESNO:
		return strcmp(answer, "ja") == 0 || strcmp(answer, "nee") == 0;
	case QT_CHOICE:
		for (size_t i = 0; i < q->noptions; i++)
			if (strcmp(q->options[i].value, answer) == 0)
				return 1;
		return 0;
	default:
		return 0;	/* free values make poor conditions */
	}
}

static int
rule_when(xmlNodePtr w, struct adv_rule *r, const struct qn *qn, char *err,
    size_t errsz, int *np)
{
	char	 v[64];
	long	 line = xmlGetLineNo(w);
	const struct qquestion *q;

	if (attr(w, "question", r->question, sizeof(r->question))) {
		r->has_answer = attr(w, "answer", r->answer, sizeof(r->answer));
		if (!r->has_answer || attr(w, "scope", v, sizeof(v)) ||
		    attr(w, "from", v, sizeof(v)) ||
		    attr(w, "below", v, sizeof(v)))
			problem(err, errsz, np, line, "rule %s: a question "
			    "condition has an answer and no band", r->id);
		if (qn != NULL && (q = qn_question(qn, r->question)) == NULL)
			problem(err, errsz, np, line, "rule %s: no question %s "
			    "in questionnaire %d", r->id, r->question, qn->year);
		else if (qn != NULL && !answer_fits(q, r->answer))
			problem(err, errsz, np, line, "rule %s: \"%s\" is not "
			    "an answer to question %s", r->id, r->answer,
			    r->question);
		return 0;
	}
	if (!attr(w, "scope", r->scope, sizeof(r->scope)))
		problem(err, errsz, np, line, "rule %s: <when> needs a scope "
		    "or a question", r->id);
	attr(w, "key", r->key, sizeof(r->key));
	if (bench_scope_index(r->scope, r->key) == -1)
		problem(err, errsz, np, line, "rule %s: unknown scope %s "
		    "with key \"%s\"", r->id, r->scope, r->key);
	r->from = 0;
	if (attr(w, "from", v, sizeof(v)) && bound(v, &r->from) == -1)
		problem(err, errsz, np, line, "rule %s: from must be a number "
		    "from 0 to 100", r->id);
	if ((r->has_below = attr(w, "below", v, sizeof(v))) &&
	    bound(v, &r->below) == -1)
		problem(err, errsz, np, line, "rule %s: below must be a number "
		    "from 0 to 100", r->id);
	else if (r->has_below && r->below <= r->from)
		problem(err, errsz, np, line, "rule %s: an empty band "
		    "(below must be above from)", r->id);
	return 0;
}

static int
rule_link(xmlNodePtr n, struct adv_rule *r, char *err, size_t errsz, int *np)
{
	struct adv_link	*more, *l;
	char		 v[ADV_HREF_MAX * 4 + 1];
	long long	 id;

	if ((more = reallocarray(r->links, r->nlinks + 1, sizeof(*more))) ==
	    NULL)
		return -1;
	r->links = more;
	l = &r->links[r->nlinks++];
	memset(l, 0, sizeof(*l));	/* NULL href and labels: none */
	if (is(n, "practice")) {
		attr(n, "ref", v, sizeof(v));
		if (valid_int(v, 1, INT64_MAX, &id) == -1)
			problem(err, errsz, np, xmlGetLineNo(n), "rule %s: a "
			    "practice ref is a practice's number", r->id);
		l->practice_id = id;
		return 0;
	}
	attr(n, "href", v, sizeof(v));
	if (valid_url(v) == -1)
		problem(err, errsz, np, xmlGetLineNo(n), "rule %s: href is "
		    "not an http(s) address", r->id);
	if ((l->href = strdup(v)) == NULL)
		return -1;
	for (xmlNodePtr c = n->children; c != NULL; c = c->next) {
		int lg;
		if (!is(c, "label") || (lg = lang_of(c)) == -1)
			continue;
		free((char *)l->label[lg]);
		if ((l->label[lg] = content(c)) == NULL)
			return -1;
		if (valid_text(l->label[lg], 200) == -1)
			problem(err, errsz, np, xmlGetLineNo(c), "rule %s: a "
			    "label is a line of at most 200 characters", r->id);
	}
	if (l->label[LANG_NL] == NULL || l->label[LANG_NL][0] == '\0' ||
	    l->label[LANG_EN] == NULL || l->label[LANG_EN][0] == '\0')
		problem(err, errsz, np, xmlGetLineNo(n), "rule %s: a link "
		    "needs a Dutch and an English label", r->id);
	return 0;
}

struct adv_set *
adv_build(xmlDocPtr doc, const struct qn *qn, char *err, size_t errsz)
{
	struct adv_set	*set;
	struct adv_rule	*r, *more;
	xmlNodePtr	 root = xmlDocGetRootElement(doc);
	char		 v[32];
	long long	 version;
	int		 np = 0;

	err[0] = '\0';
	if ((set = calloc(1, sizeof(*set))) == NULL)
		return NULL;
	if (root == NULL || !is(root, "advice")) {
		problem(err, errsz, &np, 1, "the root is not <advice> in "
		    "urn:cimolt:advice");
		goto fail;
	}
	attr(root, "version", v, sizeof(v));
	if (valid_int(v, 1, 1000000, &version) == -1)
		problem(err, errsz, &np, xmlGetLineNo(root), "version must be "
		    "a positive number");
	set->version = (int)version;
	for (xmlNodePtr n = root->children; n != NULL; n = n->next) {
		if (!is(n, "rule"))
			continue;
		if ((more = reallocarray(set->rules, set->n + 1,
		    sizeof(*more))) == NULL)
			goto fail;
		set->rules = more;
		r = &set->rules[set->n++];
		memset(r, 0, sizeof(*r));
		r->position = (int)set->n;
		r->line = (int)xmlGetLineNo(n);
		attr(n, "id", r->id, sizeof(r->id));
		attr(n, "tier", r->tier, sizeof(r->tier));
		if (adv_tier_rank(r->tier) == 3)
			problem(err, errsz, &np, r->line, "rule %s: tier is "
			    "basis, significant or ambitious", r->id);
		for (size_t i = 0; i + 1 < set->n; i++)
			if (strcmp(set->rules[i].id, r->id) == 0)
				problem(err, errsz, &np, r->line, "rule %s: "
				    "the id is used twice (also line %d)",
				    r->id, set->rules[i].line);
		for (xmlNodePtr c = n->children; c != NULL; c = c->next) {
			int lg;
			if (is(c, "when")) {
				if (rule_when(c, r, qn, err, errsz, &np) == -1)
					goto fail;
			} else if (is(c, "text")) {
				if ((lg = lang_of(c)) == -1)
					continue;
				free(r->text[lg]);
				if ((r->text[lg] = content(c)) == NULL)
					goto fail;
				if (valid_multiline(r->text[lg],
				    ADV_TEXT_MAX) == -1)
					problem(err, errsz, &np,
					    xmlGetLineNo(c), "rule %s: a text "
					    "has at most %d characters",
					    r->id, ADV_TEXT_MAX);
			} else if (is(c, "practice") || is(c, "link")) {
				if (rule_link(c, r, err, errsz, &np) == -1)
					goto fail;
			}
		}
		if (r->text[LANG_NL] == NULL || r->text[LANG_EN] == NULL ||
		    r->text[LANG_NL][0] == '\0' || r->text[LANG_EN][0] == '\0')
			problem(err, errsz, &np, r->line, "rule %s: a Dutch "
			    "and an English text are needed", r->id);
	}
	if (set->n == 0)
		problem(err, errsz, &np, xmlGetLineNo(root), "no rules");
	if (np == 0)
		return set;
fail:
	adv_free(set);
	return NULL;
}

void
adv_free(struct adv_set *set)
{
	if (set == NULL)
		return;
	for (size_t i = 0; i < set->n; i++) {
		struct adv_rule *r = &set->rules[i];
		for (size_t k = 0; k < r->nlinks; k++) {
			free((char *)r->links[k].href);
			for (int l = 0; l < LANG__MAX; l++)
				free((char *)r->links[k].label[l]);
		}
		free(r->links);
		for (int l = 0; l < LANG__MAX; l++)
			free(r->text[l]);
	}
	free(set->rules);
	free(set);
}

static const struct adv_score *
score_of(const struct adv_score *s, size_t n, const char *scope,
    const char *key)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(s[i].scope, scope) == 0 && strcmp(s[i].key, key) == 0)
			return &s[i];
	return NULL;
}

int
adv_match(const struct adv_rule *r, const struct adv_score *s, size_t ns,
    const struct adv_answer *a, size_t na, double *gap)
{
	const struct adv_score *sc;

	*gap = 0;
	if (r->scope[0] != '\0') {
		if ((sc = score_of(s, ns, r->scope, r->key)) == NULL ||
		    !sc->has || sc->score < r->from ||
		    (r->has_below ? sc->score >= r->below : sc->score > 100))
			return 0;
		*gap = 100 - sc->score;
		return 1;
	}
	for (size_t i = 0; i < na; i++) {
		if (strcmp(a[i].question, r->question) != 0)
			continue;
		if (strcmp(r->answer, "?") == 0 ? !a[i].dont_know :
		    a[i].dont_know || a[i].value == NULL ||
		    strcmp(a[i].value, r->answer) != 0)
			return 0;
		if ((sc = score_of(s, ns, a[i].scope, a[i].key)) != NULL &&
		    sc->has)
			*gap = 100 - sc->score;
		return 1;
	}
	return 0;
}
