/*
 * Page parts that several areas of pages show: an event with its counts
 * and registration state, an event's materials, the organisations as the
 * options of a form field, the years in which a municipality submitted a
 * round, a practice (with its revision) or a practice in a list, the
 * page of a practice workflow's refusal, and the advice rules that apply
 * to a round (the advice page and the monitor's report show them). The
 * handlers call these; these call no handler.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "handlers.h"

/* The municipalities, grouped by province, as the options of field f;
 * with all set, the other organisations too, grouped by kind. */
struct org_ctx {
	xmlNodePtr	 field;
	int		 all;
};

static int
material_item(const struct db_material *m, void *arg)
{
	xmlNodePtr n;
	char local[24];

	if (clock_utc_to_local(m->created, local) == -1)
		snprintf(local, sizeof(local), "%s", m->created);
	if ((n = doc_text(arg, "material", m->body)) == NULL ||
	    doc_attr_int(n, "id", m->id) == -1 ||
	    doc_attr(n, "title", m->title) == -1 ||
	    (m->url[0] && doc_attr(n, "url", m->url) == -1) ||
	    doc_attr(n, "created", local) == -1)
		return -1;
	return 0;
}

static int
org_option(const struct db_org_row *g, void *arg)
{
	struct org_ctx	*c = arg;
	xmlNodePtr	 prov, opt;
	xmlChar		*name;
	int		 same;

	int		 gemeente = strcmp(g->kind, "gemeente") == 0;
	const char	*group = gemeente ? "province" : "group";
	const char	*attr = gemeente ? "name" : "kind";
	const char	*value = gemeente ? g->province : g->kind;

	if (!gemeente && !c->all)
		return 0;
	/* The list is short (a dozen groups): a linear look is fine. */
	for (prov = c->field->children; prov != NULL; prov = prov->next) {
		name = xmlGetProp(prov, (const xmlChar *)attr);
		same = name != NULL && xmlStrEqual(prov->name,
		    (const xmlChar *)group) &&
		    xmlStrEqual(name, (const xmlChar *)value);
		xmlFree(name);
		if (same)
			break;
	}
	if (prov == NULL && ((prov = doc_elem(c->field, group)) == NULL ||
	    doc_attr(prov, attr, value) == -1))
		return -1;
	if ((opt = doc_elem(prov, "option")) == NULL ||
	    doc_attr_int(opt, "value", g->id) == -1 ||
	    doc_attr(opt, "label", g->name) == -1)
		return -1;
	return 0;
}

struct years_ctx {
	struct years	*ys;
	int		 year;		/* the round to keep, or 0 */
	struct db_round	*round;
	int		 found;
};

static int
year_add(const struct db_round *rd, void *arg)
{
	struct years_ctx *c = arg;

	if (strcmp(rd->status, "submitted") == 0 &&
	    c->ys->n < sizeof(c->ys->y) / sizeof(c->ys->y[0]))
		c->ys->y[c->ys->n++] = rd->year;
	if (c->year != 0 && rd->year == c->year) {
		*c->round = *rd;
		c->found = 1;
	}
	return 0;
}

static int
cmp_year_desc(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;

	return x < y ? 1 : x > y ? -1 : 0;
}

int
submitted_years_round(struct worker *w, long long org_id, struct years *ys,
    int year, struct db_round *rd)
{
	struct years_ctx c = { ys, year, rd, 0 };

	ys->n = 0;
	if (db_rounds_list(w->db, 0, org_id, year_add, &c) == -1)
		return -1;
	qsort(ys->y, ys->n, sizeof(ys->y[0]), cmp_year_desc);
	return c.found;
}

int
submitted_years(struct worker *w, long long org_id, struct years *ys)
{
	return submitted_years_round(w, org_id, ys, 0, NULL) == -1 ? -1 : 0;
}

/* Adds <years><year value current/></years>. */
int
years_xml(xmlNodePtr parent, const long long *y, size_t n, long long current)
{
	xmlNodePtr list, e;

	if ((list = doc_elem(parent, "years")) == NULL)
		return -1;
	for (size_t i = 0; i < n; i++)
		if ((e = doc_elem(list, "year")) == NULL ||
		    doc_attr_int(e, "value", y[i]) == -1 ||
		    (y[i] == current && doc_attr(e, "current", "yes") == -1))
			return -1;
	return 0;
}

/*
 * <name> with the text in the language of the document: the English en
 * (lang="en") in an English document when it is given, else the Dutch
 * nl, which the stylesheets mark as Dutch on English pages (c:data-lang).
 * Sets *lang to the language chosen when lang is not NULL. Returns the
 * node or NULL.
 */
static xmlNodePtr
lang_text(xmlNodePtr parent, const char *name, const char *nl,
    const char *en, enum lang *lang)
{
	xmlNodePtr n;

	if (lang != NULL)
		*lang = LANG_NL;
	if (en[0] == '\0' || doc_lang(parent) != LANG_EN)
		return doc_text(parent, name, nl);
	if ((n = doc_text(parent, name, en)) == NULL ||
	    doc_attr(n, "lang", lang_codes[LANG_EN]) == -1)
		return NULL;
	if (lang != NULL)
		*lang = LANG_EN;
	return n;
}

xmlNodePtr
registration_xml(xmlNodePtr parent, const struct db_registration *g)
{
	xmlNodePtr	 n;
	char		 local[24];

	if (clock_utc_to_local(g->created, local) == -1)
		snprintf(local, sizeof(local), "%s", g->created);
	if ((n = doc_elem(parent, "registration")) == NULL ||
	    doc_attr_int(n, "id", g->id) == -1 ||
	    doc_attr(n, "status", g->status) == -1 ||
	    (g->position > 0 &&
	    doc_attr_int(n, "position", g->position) == -1) ||
	    doc_attr(n, "name", g->name) == -1 ||
	    doc_attr(n, "email", g->email) == -1 ||
	    doc_attr(n, "job-title", g->job_title) == -1 ||
	    doc_attr(n, "organisation", g->org_name) == -1 ||
	    doc_attr(n, "created", local) == -1)
		return NULL;
	return n;
}

int
event_xml(xmlNodePtr parent, const struct db_event *ev, int own)
{
	xmlNodePtr	 e;
	long long	 left = ev->capacity - ev->confirmed - ev->held;

	if ((e = doc_elem(parent, "event")) == NULL ||
	    doc_attr_int(e, "id", ev->id) == -1 ||
	    doc_attr(e, "kind", ev->kind) == -1 ||
	    doc_attr(e, "audience", ev->audience) == -1 ||
	    doc_attr(e, "status", ev->status) == -1 ||
	    doc_attr(e, "registration", event_reg_state(ev)) == -1 ||
	    doc_attr(e, "open-to", ev->open_to) == -1 ||
	    lang_text(e, "title", ev->title, ev->title_en, NULL) == NULL ||
	    lang_text(e, "description", ev->description, ev->description_en,
	    NULL) == NULL ||
	    doc_datetime(e, "start", ev->starts_at) == NULL ||
	    doc_datetime(e, "end", ev->ends_at) == NULL ||
	    doc_text(e, "place", ev->place) == NULL ||
	    (ev->online_url[0] &&
	    doc_text(e, "online-url", ev->online_url) == NULL) ||
	    doc_int(e, "capacity", ev->capacity) == NULL ||
	    doc_int(e, "confirmed", ev->confirmed) == NULL ||
	    doc_int(e, "places-left", left > 0 ? left : 0) == NULL ||
	    doc_int(e, "waiting", ev->waiting) == NULL ||
	    (ev->per_org_limit >= 0 &&
	    doc_int(e, "per-org-limit", ev->per_org_limit) == NULL) ||
	    (ev->opens_at[0] &&
	    doc_datetime(e, "registration-opens", ev->opens_at) == NULL) ||
	    (ev->closes_at[0] &&
	    doc_datetime(e, "registration-closes", ev->closes_at) == NULL))
		return -1;
	if (own && (doc_int(e, "org-confirmed", ev->org_confirmed) == NULL ||
	    (ev->per_org_limit >= 0 && doc_int(e, "org-places-left",
	    ev->per_org_limit > ev->org_confirmed ?
	    ev->per_org_limit - ev->org_confirmed : 0) == NULL)))
		return -1;
	return 0;
}

int
materials_xml(struct db *db, xmlNodePtr parent, long long event_id)
{
	xmlNodePtr list;

	if ((list = doc_elem(parent, "materials")) == NULL)
		return -1;
	return db_materials_list(db, event_id, material_item, list) == -1 ?
	    -1 : 0;
}

int
org_options(struct db *db, xmlNodePtr field, int all)
{
	struct org_ctx c = { field, all };

	return db_orgs_list(db, org_option, &c) == -1 ? -1 : 0;
}

int
submitted_years_xml(struct worker *w, long long org_id, xmlNodePtr parent,
    long long current)
{
	struct years ys;

	if (submitted_years(w, org_id, &ys) == -1)
		return -1;
	return years_xml(parent, ys.y, ys.n, current);
}

/* The region of a regional viewer: a province (its own, or its umbrella
 * organisation's), else the whole country. */
void
region_of(const struct req *r, long long *province, char *name, size_t sz)
{
	*province = 0;
	name[0] = '\0';
	if (strcmp(r->user.org_kind, "provincie") == 0) {
		*province = r->user.org_id;
		snprintf(name, sz, "%s", r->user.org_name);
		return;
	}
	if (strcmp(r->user.org_kind, "koepelorganisatie") == 0) {
		/* read with the session */
		*province = r->groups.province_id;
		snprintf(name, sz, "%s", r->groups.province);
	}
}

/* Keeps the first (newest) year's settings in arg. */
static int
first_year(const struct db_monitor_year *y, void *arg)
{
	struct db_monitor_year *keep = arg;

	if (keep->year == 0)
		*keep = *y;
	return 0;
}

int
monitor_deadline_xml(struct worker *w, long long org_id, int year,
    xmlNodePtr parent)
{
	struct db_monitor_year	 y;
	struct db_round		 rd;
	xmlNodePtr		 n;
	char			 today[11];
	int			 rc;

	clock_local_today(today);
	memset(&y, 0, sizeof(y));
	if (year != 0)
		rc = db_monitor_year_get(w->db, year, today, &y);
	else
		rc = db_monitor_years_list(w->db, today, 0, first_year, &y);
	if (rc == -1)
		return -1;
	if (y.year == 0)
		return 0;
	if ((rc = db_round_get(w->db, org_id, (int)y.year, 0, &rd)) == -1)
		return -1;
	if ((n = doc_elem(parent, "deadline")) == NULL ||
	    doc_attr_int(n, "year", y.year) == -1 ||
	    doc_attr(n, "opens", y.opens) == -1 ||
	    doc_attr(n, "date", y.deadline) == -1 ||
	    doc_attr_int(n, "days-left", y.days_left) == -1 ||
	    doc_attr(n, "opened", y.opened ? "yes" : "no") == -1 ||
	    doc_attr(n, "round", rc == 1 ? rd.status : "none") == -1)
		return -1;
	return 0;
}

/* The outcomes of practice.c as statuses. */
static const int outcome_status[PO__MAX] = {
	303, /* PO_DONE */
	404, /* PO_NOT_FOUND */
	403, /* PO_FORBIDDEN */
	409, /* PO_CONFLICT */
	429, /* PO_THROTTLED */
};

/* Adds a UTC timestamp as local time (<name date= time= .../>); an empty
 * one adds nothing. Returns 0/-1. */
static int
utc_xml(xmlNodePtr parent, const char *name, const char *utc)
{
	char local[24];

	if (utc[0] == '\0')
		return 0;
	if (clock_utc_to_local(utc, local) == -1)
		snprintf(local, sizeof(local), "%s", utc);
	return doc_datetime(parent, name, local) == NULL ? -1 : 0;
}

/* Adds <aspects><aspect code/>...</aspects> from a comma-separated list. */
static int
aspects_list_xml(xmlNodePtr parent, const char *list)
{
	xmlNodePtr	 as, a;
	char		 buf[128], *s, *tok, *save = NULL;

	if ((as = doc_elem(parent, "aspects")) == NULL)
		return -1;
	snprintf(buf, sizeof(buf), "%s", list);
	for (s = buf; (tok = strtok_r(s, ",", &save)) != NULL; s = NULL)
		if ((a = doc_elem(as, "aspect")) == NULL ||
		    doc_attr(a, "code", tok) == -1)
			return -1;
	return 0;
}

/*
 * <name> with the text in the document's language (lang_text) and each
 * of its words that matches a word searched for in <mark>: the text stays
 * whole as the element's string value, the marks tell which words to
 * highlight. f NULL marks nothing.
 */
static xmlNodePtr
marked_text(xmlNodePtr parent, const char *name, const char *nl,
    const char *en, const struct practice_filter *f)
{
	xmlNodePtr	 n, m;
	const char	*s, *from, *w;
	size_t		 len, chars;
	enum lang	 lang;

	if ((n = lang_text(parent, name, nl, en, &lang)) == NULL ||
	    f == NULL || f->nwords == 0)
		return n;
	/* The text again, cut at the words found. */
	s = from = lang == LANG_EN ? en : nl;
	xmlNodeSetContent(n, NULL);
	while ((w = stem_next_word(s, &len, &chars)) != NULL) {
		s = w + len;
		if (!practice_word_matches(f, lang, w, len, chars))
			continue;
		if (doc_add_text(n, from, (size_t)(w - from)) == -1 ||
		    (m = doc_elem(n, "mark")) == NULL ||
		    doc_add_text(m, w, len) == -1)
			return NULL;
		from = s;
	}
	if (doc_add_text(n, from, strlen(from)) == -1)
		return NULL;
	return n;
}

/* One practice of a list under parent as <practice>, its words that
 * match the search f (or NULL) marked. */
static int
item_xml(const struct db_practice_item *it, xmlNodePtr parent,
    const struct practice_filter *f)
{
	xmlNodePtr n, o;

	if ((n = doc_elem(parent, "practice")) == NULL ||
	    doc_attr_int(n, "id", it->id) == -1 ||
	    doc_attr(n, "public", it->is_public ? "yes" : "no") == -1 ||
	    doc_attr(n, "status", it->status) == -1 ||
	    (it->working_status[0] &&
	    doc_attr(n, "working-status", it->working_status) == -1) ||
	    doc_attr(n, "published", it->has_published ? "yes" : "no") == -1 ||
	    doc_attr_int(n, "year", it->year) == -1 ||
	    doc_attr(n, "category", it->category) == -1 ||
	    (it->extra[0] && doc_attr(n, "rank", it->extra) == -1) ||
	    marked_text(n, "title", it->title, it->title_en, f) == NULL ||
	    marked_text(n, "summary", it->summary, it->summary_en, f) ==
	    NULL ||
	    (o = doc_text(n, "organisation", it->org_name)) == NULL ||
	    doc_attr_int(o, "id", it->org_id) == -1 ||
	    aspects_list_xml(n, it->aspects) == -1 ||
	    utc_xml(n, "published-at", it->published) == -1)
		return -1;
	return 0;
}

int
practice_item_xml(const struct db_practice_item *it, void *arg)
{
	return item_xml(it, arg, NULL);
}

int
practice_item_marked_xml(const struct db_practice_item *it, void *arg)
{
	const struct practice_marks *pm = arg;

	return item_xml(it, pm->list, pm->filter);
}

/* The revision p holds, as <revision> under n; remark for those who may
 * read the working revision. Never the contact person's address. */
static int
revision_xml(xmlNodePtr n, const struct db_practice *p, int privileged)
{
	xmlNodePtr	 rv, list, e;
	size_t		 i;

	if ((rv = doc_elem(n, "revision")) == NULL ||
	    doc_attr_int(rv, "id", p->rev_id) == -1 ||
	    doc_attr(rv, "status", p->status) == -1 ||
	    doc_attr_int(rv, "year", p->year) == -1 ||
	    doc_attr(rv, "category", p->category) == -1 ||
	    (p->value_band[0] &&
	    doc_attr(rv, "value-band", p->value_band) == -1) ||
	    utc_xml(rv, "created", p->rev_created) == -1 ||
	    lang_text(rv, "title", p->title, p->title_en, NULL) == NULL ||
	    lang_text(rv, "summary", p->summary, p->summary_en, NULL) == NULL ||
	    doc_text(rv, "approach", p->approach) == NULL ||
	    doc_text(rv, "results", p->results) == NULL ||
	    (list = doc_elem(rv, "themes")) == NULL)
		return -1;
	for (i = 0; i < THEME__MAX; i++)
		if (p->themes & 1u << i &&
		    ((e = doc_elem(list, "theme")) == NULL ||
		    doc_attr(e, "code", theme_names[i]) == -1))
			return -1;
	if ((list = doc_elem(rv, "aspects")) == NULL)
		return -1;
	for (i = 0; i < ASPECT__MAX; i++)
		if (p->aspects & 1u << i &&
		    ((e = doc_elem(list, "aspect")) == NULL ||
		    doc_attr(e, "code", aspect_names[i]) == -1))
			return -1;
	if ((list = doc_elem(rv, "partners")) == NULL)
		return -1;
	for (i = 0; i < p->npartners; i++)
		if ((e = doc_text(list, "organisation",
		    p->partner_names[i])) == NULL ||
		    doc_attr_int(e, "id", p->partners[i]) == -1)
			return -1;
	if ((list = doc_elem(rv, "links")) == NULL)
		return -1;
	for (i = 0; i < p->nlinks; i++)
		if ((e = doc_text(list, "link", p->links[i].label)) == NULL ||
		    doc_attr(e, "url", p->links[i].url) == -1)
			return -1;
	if (p->contact_id != 0 && p->contact_active &&
	    ((e = doc_elem(rv, "contact")) == NULL ||
	    doc_attr_int(e, "id", p->contact_id) == -1 ||
	    doc_attr(e, "name", p->contact_name) == -1))
		return -1;
	if (privileged && p->remark[0] != '\0' &&
	    doc_text(rv, "remark", p->remark) == NULL)
		return -1;
	return 0;
}

/* <practice> with its municipality and the revision p holds. */
xmlNodePtr
practice_xml(xmlNodePtr parent, const struct db_practice *p, int privileged)
{
	xmlNodePtr n, o;

	if ((n = doc_elem(parent, "practice")) == NULL ||
	    doc_attr_int(n, "id", p->id) == -1 ||
	    doc_attr(n, "public", p->is_public ? "yes" : "no") == -1 ||
	    doc_attr(n, "published", p->published_rev ? "yes" : "no") == -1 ||
	    (privileged && p->working_status[0] &&
	    doc_attr(n, "working-status", p->working_status) == -1) ||
	    (o = doc_text(n, "organisation", p->org_name)) == NULL ||
	    doc_attr_int(o, "id", p->org_id) == -1 ||
	    (p->province[0] && doc_attr(o, "province", p->province) == -1) ||
	    utc_xml(n, "first-published-at", p->first_published) == -1 ||
	    utc_xml(n, "published-at", p->published) == -1 ||
	    revision_xml(n, p, privileged) == -1)
		return NULL;
	return n;
}

int
practice_outcome_page(struct req *r, struct resp *o, int outcome)
{
	return error_page(r, o, outcome_status[outcome], NULL);
}

void
query_add(char *buf, size_t sz, const char *key, const char *value)
{
	char	 enc[1024];
	size_t	 n = strlen(buf);

	if (value == NULL || *value == '\0' ||
	    url_encode(enc, sizeof(enc), value) == -1)
		return;
	snprintf(buf + n, sz - n, "%s%s=%s", n ? "&" : "", key, enc);
}

/* Adds <link rel n href/> for page n of path?base. Returns 0/-1. */
static int
page_link(xmlNodePtr parent, const char *rel, long long n, const char *path,
    const char *base)
{
	xmlNodePtr	 l;
	char		 href[2400];

	snprintf(href, sizeof(href), "%s?%s%spagina=%lld", path, base,
	    base[0] ? "&" : "", n);
	if ((l = doc_elem(parent, "link")) == NULL ||
	    doc_attr(l, "rel", rel) == -1 ||
	    doc_attr_int(l, "n", n) == -1 ||
	    doc_attr(l, "href", href) == -1)
		return -1;
	return 0;
}

int
pagination_xml(xmlNodePtr parent, const char *path, const char *base,
    long long page, long long pages)
{
	xmlNodePtr n;

	if ((n = doc_elem(parent, "pagination")) == NULL ||
	    doc_attr_int(n, "page", page) == -1 ||
	    doc_attr_int(n, "pages", pages) == -1 ||
	    (page > 1 && page_link(n, "prev", page - 1, path, base) == -1) ||
	    (page < pages &&
	    page_link(n, "next", page + 1, path, base) == -1))
		return -1;
	/* All pages when they are few, else the ends and three around. */
	for (long long i = 1; i <= pages; i++)
		if ((pages <= 15 || i == 1 || i == pages ||
		    (i >= page - 3 && i <= page + 3)) &&
		    page_link(n, "page", i, path, base) == -1)
			return -1;
	return 0;
}

/* ---- the advice rules that apply to a round ------------------------------ */

struct facts {
	struct adv_score	 s[BENCH_SCOPES + 8];
	char			 keys[BENCH_SCOPES + 8][2][49];
	size_t			 ns;
	struct adv_answer	*a;
	size_t			 na, cap;
	const struct qn		*qn;
};

static int
fact_score(const struct db_score *s, void *arg)
{
	struct facts *f = arg;

	if (f->ns == sizeof(f->s) / sizeof(f->s[0]))
		return 0;
	snprintf(f->keys[f->ns][0], 49, "%s", s->scope);
	snprintf(f->keys[f->ns][1], 49, "%s", s->key);
	f->s[f->ns].scope = f->keys[f->ns][0];
	f->s[f->ns].key = f->keys[f->ns][1];
	f->s[f->ns].score = s->score;
	f->s[f->ns].has = s->has;
	f->ns++;
	return 0;
}

static int
fact_answer(const struct db_answer *da, void *arg)
{
	struct facts		*f = arg;
	struct adv_answer	*more, *a;
	const struct qquestion	*q;
	const struct qsection	*s;

	if ((q = qn_question(f->qn, da->question_id)) == NULL)
		return 0;
	s = &f->qn->sections[q->section];
	if (f->na == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 64;
		if ((more = reallocarray(f->a, f->cap, sizeof(*more))) == NULL)
			return -1;
		f->a = more;
	}
	a = &f->a[f->na++];
	a->question = q->id;	/* lives as long as the questionnaire */
	a->value = da->has_value ? strdup(da->value) : NULL;
	if (da->has_value && a->value == NULL)
		return -1;
	a->dont_know = (int)da->dont_know;
	a->scope = s->operational ? "category" : "theme";
	a->key = s->group;
	return 0;
}

/* Sets question-text on n: the question's text in lang. Returns 0/-1. */
static int
question_text(xmlNodePtr n, const struct qn *qn, const char *id,
    enum lang lang)
{
	const struct qquestion	*q = qn_question(qn, id);
	xmlChar			*l, *text;
	int			 rc = 0;

	if (q == NULL)
		return 0;
	for (xmlNodePtr t = q->node->children; t != NULL; t = t->next) {
		if (t->type != XML_ELEMENT_NODE ||
		    !xmlStrEqual(t->name, (const xmlChar *)"text"))
			continue;
		l = xmlNodeGetLang(t);
		if (l != NULL && xmlStrEqual(l, (const xmlChar *)
		    lang_codes[lang])) {
			text = xmlNodeGetContent(t);
			rc = text == NULL ? -1 : doc_attr(n, "question-text",
			    (const char *)text);
			xmlFree(text);
		}
		xmlFree(l);
	}
	return rc;
}

/* A rule that applies, with what the page shows of it. */
struct hit {
	int	 position;
	double	 gap;
	int	 tier;
	xmlNodePtr node;
};

struct match_ctx {
	struct facts	*f;
	struct hit	*hits;
	size_t		 n, cap;
	xmlNodePtr	 scratch;	/* items are built here, then sorted */
	enum lang	 lang;
};

static int
match_rule(const struct adv_rule *rule, void *arg)
{
	struct match_ctx	*c = arg;
	struct hit		*more;
	xmlNodePtr		 n, w;
	double			 gap;
	const struct adv_score	*sc = NULL;
	const char		*scope = rule->scope, *key = rule->key;

	if (!adv_match(rule, c->f->s, c->f->ns, c->f->a, c->f->na, &gap))
		return 0;
	if (scope[0] == '\0')	/* an answer rule: its question's scope */
		for (size_t i = 0; i < c->f->na; i++)
			if (strcmp(c->f->a[i].question, rule->question) == 0) {
				scope = c->f->a[i].scope;
				key = c->f->a[i].key;
			}
	for (size_t i = 0; i < c->f->ns; i++)
		if (strcmp(c->f->s[i].scope, scope) == 0 &&
		    strcmp(c->f->s[i].key, key) == 0 && c->f->s[i].has)
			sc = &c->f->s[i];
	if (c->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 16;
		if ((more = reallocarray(c->hits, c->cap, sizeof(*more))) ==
		    NULL)
			return -1;
		c->hits = more;
	}
	if ((n = doc_elem(c->scratch, "item")) == NULL ||
	    doc_attr(n, "rule", rule->id) == -1 ||
	    doc_attr(n, "tier", rule->tier) == -1 ||
	    doc_attr(n, "scope", scope) == -1 ||
	    doc_attr(n, "key", key) == -1 ||
	    (sc != NULL && doc_attr_1(n, "score", sc->score) == -1) ||
	    doc_attr_1(n, "gap", gap) == -1 ||
	    (w = doc_elem(n, "when")) == NULL)
		return -1;
	if (rule->scope[0] != '\0') {
		if (doc_attr_1(w, "from", rule->from) == -1 ||
		    (rule->has_below && doc_attr_1(w, "below", rule->below) ==
		    -1))
			return -1;
	} else if (doc_attr(w, "question", rule->question) == -1 ||
	    doc_attr(w, "answer", rule->answer) == -1 ||
	    question_text(w, c->f->qn, rule->question, c->lang) == -1)
		return -1;
	if (doc_text(n, "text", rule->text[c->lang]) == NULL)
		return -1;
	c->hits[c->n].position = rule->position;
	c->hits[c->n].gap = gap;
	c->hits[c->n].tier = adv_tier_rank(rule->tier);
	c->hits[c->n].node = n;
	c->n++;
	return 0;
}

static int
link_xml(int position, const struct adv_link *l, void *arg)
{
	struct match_ctx	*c = arg;
	xmlNodePtr		 n;

	for (size_t i = 0; i < c->n; i++) {
		if (c->hits[i].position != position)
			continue;
		if (l->practice_id != 0) {
			if (l->title[0] == '\0')
				continue;	/* not (or no longer) published */
			if ((n = doc_elem(c->hits[i].node, "practice")) ==
			    NULL || doc_attr_int(n, "id", l->practice_id) ==
			    -1 || doc_attr(n, "title", l->title) == -1)
				return -1;
		} else if ((n = doc_elem(c->hits[i].node, "link")) == NULL ||
		    doc_attr(n, "href", l->href) == -1 ||
		    doc_attr(n, "label", l->label[c->lang]) == -1)
			return -1;
	}
	return 0;
}

/* Strongest gap first, then the lighter tier, then file order. */
static int
cmp_hit(const void *x, const void *y)
{
	const struct hit *a = x, *b = y;

	if (a->gap > b->gap + 0.0005)
		return -1;
	if (b->gap > a->gap + 0.0005)
		return 1;
	if (a->tier != b->tier)
		return a->tier < b->tier ? -1 : 1;
	return a->position < b->position ? -1 : a->position > b->position;
}

int
advice_items_xml(struct worker *w, const struct db_round *rd, enum lang lang,
    xmlNodePtr parent)
{
	struct facts		*f;
	struct match_ctx	 c;
	xmlNodePtr		 e;
	int			 rc = -1;

	if ((f = calloc(1, sizeof(*f))) == NULL)
		return -1;
	memset(&c, 0, sizeof(c));
	c.f = f;
	c.lang = lang;
	if ((f->qn = qn_get(w, rd->qn_id)) == NULL ||
	    db_scores_list(w->db, rd->id, fact_score, f) == -1 ||
	    db_answers_list(w->db, rd->id, fact_answer, f) == -1 ||
	    (c.scratch = xmlNewNode(NULL, (const xmlChar *)"scratch")) == NULL)
		goto out;
	if (db_advice_rules(w->db, match_rule, &c) == -1 ||
	    db_advice_links(w->db, link_xml, &c) == -1)
		goto out;
	if (c.n > 0)		/* no rule applies: c.hits is NULL */
		qsort(c.hits, c.n, sizeof(*c.hits), cmp_hit);
	for (size_t i = 0; i < c.n; i++) {
		e = c.hits[i].node;
		xmlUnlinkNode(e);
		if (xmlAddChild(parent, e) == NULL) {	/* parent owns e now */
			xmlFreeNode(e);
			goto out;
		}
	}
	rc = (int)c.n;
out:
	xmlFreeNode(c.scratch);
	free(c.hits);
	for (size_t i = 0; i < f->na; i++)
		free((char *)f->a[i].value);
	free(f->a);
	free(f);
	return rc;
}
