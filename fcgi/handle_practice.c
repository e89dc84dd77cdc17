/*
 * The practice library's pages for reading: browsing and searching
 * published practices (/praktijk, plain GET filters), one practice with
 * related ones, questions to a practice's contact person, and the Atom
 * feed of public ones. Writing and reviewing are in
 * handle_practice_edit.c.
 *
 * Who sees what (practice.c decides): a published practice is read by
 * everyone signed in, and by anonymous visitors when it is public; a
 * practice's working revision (draft, submitted, returned) only by its
 * municipality's members and coordinators and by organisers. To anyone
 * else an unpublished practice does not exist: 404, by any URL. The
 * contact person is shown by name only; the address never reaches a page.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libxml/xmlmemory.h>

#include "handlers.h"

/* ---- browsing and search: GET /praktijk ------------------------------ */

/* Adds <filter name value><option value/>...</filter>. */
static xmlNodePtr
filter_xml(xmlNodePtr parent, const char *name, const char *value,
    const char *const *options, int n)
{
	xmlNodePtr f;

	if ((f = doc_elem(parent, "filter")) == NULL ||
	    doc_attr(f, "name", name) == -1 ||
	    doc_attr(f, "value", value ? value : "") == -1 ||
	    form_options(f, options, (size_t)n, 0) == -1)
		return NULL;
	return f;
}

static int
province_option(const struct db_org_row *g, void *arg)
{
	xmlNodePtr o;

	if (strcmp(g->kind, "provincie") != 0 || g->cbs_code[0] == '\0')
		return 0;
	if ((o = doc_elem(arg, "option")) == NULL ||
	    doc_attr(o, "value", g->cbs_code) == -1 ||
	    doc_attr(o, "label", g->name) == -1)
		return -1;
	return 0;
}

static int
year_option(long long year, void *arg)
{
	xmlNodePtr o;

	if ((o = doc_elem(arg, "option")) == NULL ||
	    doc_attr_int(o, "value", year) == -1)
		return -1;
	return 0;
}

static const char *const sorts[] = { "nieuw", "relevantie" };

/* The filters and the search of /praktijk: a value no link or form of
 * ours makes is a 400, not a guess. */
enum {
	PQ_CATEGORY,
	PQ_THEME,
	PQ_ASPECT,
	PQ_PROVINCE,
	PQ_YEAR,
	PQ_SORT,
	PQ_PAGE,
	PQ_QUERY,
	PQ__MAX
};

static const struct form_field filter_fields[PQ__MAX] = {
	{ .name = "categorie", .valid = VALID_CHOICE,
	  .choices = category_names, .nchoices = CAT__MAX,
	  .key = "field.choice" },
	{ .name = "thema", .valid = VALID_CHOICE, .choices = theme_names,
	  .nchoices = THEME__MAX, .key = "field.choice" },
	{ .name = "aspect", .valid = VALID_CHOICE, .choices = aspect_names,
	  .nchoices = ASPECT__MAX, .key = "field.choice" },
	{ .name = "provincie", .valid = VALID_CODE, .max = 8,
	  .key = "field.choice" },
	{ .name = "jaar", .valid = VALID_INT, .min = 1900, .max = 2100,
	  .key = "field.number" },
	{ .name = "sorteer", .valid = VALID_CHOICE, .choices = sorts,
	  .nchoices = 2, .key = "field.choice" },
	{ .name = "pagina", .valid = VALID_INT, .min = 1, .max = 100000,
	  .key = "field.number" },
	FORM_ANY("q"),
};

static const struct form filter_form = { filter_fields, PQ__MAX, 0 };

int
handle_practices(struct worker *w, struct req *r, struct resp *o)
{
	struct practice_filter	 f;
	struct practice_marks	 marks;
	xmlNodePtr		 root, n, s, list;
	struct form_value	 v[PQ__MAX];
	const char		*cat, *theme, *aspect, *prov, *year, *sort, *q;
	const char		*state = "none";
	char			 ignored[1024], base[2048];
	long long		 y = 0, page = 1, total, pages;
	int			 words = 0;

	if (form_read(r, &filter_form, v) > 0)
		return error_page(r, o, 400, NULL);
	cat = v[PQ_CATEGORY].raw;
	theme = v[PQ_THEME].raw;
	aspect = v[PQ_ASPECT].raw;
	prov = v[PQ_PROVINCE].raw;
	year = v[PQ_YEAR].raw;
	sort = v[PQ_SORT].raw;
	q = v[PQ_QUERY].raw;
	if (v[PQ_YEAR].given)
		y = v[PQ_YEAR].n;
	if (v[PQ_PAGE].given)
		page = v[PQ_PAGE].n;

	memset(&f, 0, sizeof(f));
	ignored[0] = '\0';
	if (q != NULL && q[strspn(q, " \t\r\n")] != '\0') {
		if (valid_multiline(q, PRACTICE_QUERY_MAX) == -1)
			state = "too-long";
		else if ((words = practice_query(q, &f, ignored,
		    sizeof(ignored))) == -1)
			return -1;
		else if (words == 0)
			state = "no-words";
		else
			state = "ok";
	}
	f.public_only = !r->signed_in;
	f.category = cat;
	f.theme = theme;
	f.aspect = aspect;
	f.province = prov;
	f.year = y;
	/* With words, by relevance unless asked otherwise; without, newest. */
	f.by_relevance = words > 0 && !(sort && strcmp(sort, "nieuw") == 0);
	f.limit = PRACTICES_PER_PAGE;
	f.offset = (page - 1) * PRACTICES_PER_PAGE;

	if ((root = page_start(r, o, "practices", 200)) == NULL ||
	    (s = doc_elem(root, "search")) == NULL ||
	    doc_attr(s, "q", q ? q : "") == -1 ||
	    doc_attr(s, "state", state) == -1 ||
	    doc_attr(s, "sort", f.by_relevance ? "relevantie" : "nieuw") ==
	    -1 || (ignored[0] && doc_text(s, "ignored", ignored) == NULL))
		return -1;
	/* Text that cannot be searched finds nothing, rather than all. */
	if (strcmp(state, "too-long") == 0 || strcmp(state, "no-words") == 0)
		total = 0;
	else if ((total = db_practices_count(w->db, &f)) == -1)
		return -1;
	pages = (total + PRACTICES_PER_PAGE - 1) / PRACTICES_PER_PAGE;
	if (doc_attr_int(s, "total", total) == -1 ||
	    doc_attr_int(s, "page", page) == -1 ||
	    doc_attr_int(s, "pages", pages) == -1 ||
	    doc_attr_int(s, "per-page", PRACTICES_PER_PAGE) == -1)
		return -1;

	if ((n = doc_elem(root, "filters")) == NULL ||
	    filter_xml(n, "categorie", cat, category_names, CAT__MAX) == NULL ||
	    filter_xml(n, "thema", theme, theme_names, THEME__MAX) == NULL ||
	    filter_xml(n, "aspect", aspect, aspect_names, ASPECT__MAX) ==
	    NULL || (list = filter_xml(n, "provincie", prov, NULL, 0)) ==
	    NULL || db_orgs_list(w->db, province_option, list) == -1 ||
	    (list = filter_xml(n, "jaar", year, NULL, 0)) == NULL ||
	    db_practice_years(w->db, f.public_only, year_option, list) == -1 ||
	    filter_xml(n, "sorteer", f.by_relevance ? "relevantie" : "nieuw",
	    sorts, 2) == NULL)
		return -1;

	/* The words found are marked in the titles and summaries. */
	marks.filter = &f;
	if ((marks.list = doc_elem(root, "practices")) == NULL ||
	    (total > 0 && db_practices_search(w->db, &f,
	    practice_item_marked_xml, &marks) == -1))
		return -1;

	/* Paging links keep every filter and the search. */
	base[0] = '\0';
	query_add(base, sizeof(base), "categorie", cat);
	query_add(base, sizeof(base), "thema", theme);
	query_add(base, sizeof(base), "aspect", aspect);
	query_add(base, sizeof(base), "provincie", prov);
	query_add(base, sizeof(base), "jaar", year);
	query_add(base, sizeof(base), "q", q);
	query_add(base, sizeof(base), "sorteer", sort);
	if (pagination_xml(root, "/praktijk", base, page, pages) == -1)
		return -1;

	/* A municipality's own practices, drafts and all. */
	if ((r->role == ROLE_MEMBER || r->role == ROLE_COORDINATOR) &&
	    ((list = doc_elem(root, "own")) == NULL ||
	    db_practices_of_org(w->db, r->user.org_id, practice_item_xml, list) == -1))
		return -1;
	return 0;
}

/* ---- one practice ---------------------------------------------------- */

/* Adds what the viewer may do with p: <actions edit submit review
 * contact/> (each "yes" when allowed). */
static int
actions_xml(xmlNodePtr n, const struct req *r, const struct db_practice *p,
    int published_shown)
{
	xmlNodePtr	 a;

	if ((a = doc_elem(n, "actions")) == NULL ||
	    (practice_may_edit(&r->user, r->role, p) == PO_DONE &&
	    doc_attr(a, "edit", "yes") == -1) ||
	    (practice_may_submit(&r->user, r->role, p) == PO_DONE &&
	    doc_attr(a, "submit", "yes") == -1) ||
	    (practice_may_review(r->role) &&
	    doc_attr(a, "review", "yes") == -1) ||
	    (published_shown && practice_may_contact(r->signed_in, p) &&
	    doc_attr(a, "contact", "yes") == -1))
		return -1;
	return 0;
}

/* The advice rules that link to a practice: <item rule tier scope key>
 * with the text in the page's language. */
struct advice_ctx {
	xmlNodePtr	 list;
	enum lang	 lang;
};

static int
advice_xml(const struct db_advice_link *a, void *arg)
{
	struct advice_ctx	*c = arg;
	xmlNodePtr		 n;

	if ((n = doc_elem(c->list, "item")) == NULL ||
	    doc_attr(n, "rule", a->rule_id) == -1 ||
	    doc_attr(n, "tier", a->tier) == -1 ||
	    doc_attr(n, "scope", a->scope) == -1 ||
	    doc_attr(n, "key", a->scope_key) == -1 ||
	    doc_text(n, "text", c->lang == LANG_EN ? a->text_en :
	    a->text_nl) == NULL)
		return -1;
	return 0;
}

/*
 * The page of practice r->ids[0]: its published revision, or (draft 1,
 * or never published) its working revision for those who may see it.
 * Anyone else gets 404.
 */
static int
practice_page(struct worker *w, struct req *r, struct resp *o, int draft)
{
	struct db_practice	*p;
	struct advice_ctx	 ac;
	xmlNodePtr		 root, n, list;
	long long		 rev = 0;
	int			 rc, priv, shown_published = 0;

	if ((p = malloc(sizeof(*p))) == NULL)
		return -1;
	if ((rc = db_practice_get(w->db, r->ids[0], 0, p)) != 1)
		goto notfound;
	priv = practice_privileged(&r->user, r->role, p);
	if (!draft && practice_readable(r->signed_in, p)) {
		rev = p->published_rev;
		shown_published = 1;
	} else if (priv && p->working_rev != 0)
		rev = p->working_rev;
	if (rev == 0 || (rc = db_practice_rev_get(w->db, rev, p)) != 1)
		goto notfound;
	rc = -1;
	if ((root = page_start(r, o, "practice", 200)) == NULL ||
	    (n = practice_xml(root, p, priv)) == NULL ||
	    doc_attr(n, "shown", shown_published ? "published" :
	    "working") == -1 ||
	    actions_xml(n, r, p, shown_published) == -1)
		goto out;
	if (shown_published) {
		if ((list = doc_elem(root, "related")) == NULL ||
		    db_practices_related(w->db, p->id, p->rev_id, p->category,
		    !r->signed_in, practice_item_xml, list) == -1)
			goto out;
		if ((list = doc_elem(root, "advice")) == NULL)
			goto out;
		ac.list = list;
		ac.lang = r->lang;
		if (db_advice_for_practice(w->db, p->id, advice_xml, &ac) ==
		    -1)
			goto out;
	}
	rc = 0;
	goto out;
notfound:
	rc = rc == -1 ? -1 : error_page(r, o, 404, NULL);
out:
	free(p);
	return rc;
}

int
handle_practice(struct worker *w, struct req *r, struct resp *o)
{
	return practice_page(w, r, o, 0);
}

int
handle_practice_draft(struct worker *w, struct req *r, struct resp *o)
{
	return practice_page(w, r, o, 1);
}

/* ---- contact: GET/POST /praktijk/{id}/contact ------------------------ */

static const struct form_field message_fields[] = {
	FORM_NOTE("message", 4000),
};

static const struct form message_form = { message_fields, 1, 0 };

int
handle_practice_contact(struct worker *w, struct req *r, struct resp *o)
{
	struct practice_ctx	 c = { w->db, w->cfg, w->render };
	struct db_practice	*p;
	struct form_value	 v[1];
	xmlNodePtr		 root, n, f, l;
	char			 action[96], loc[128];
	long long		 sent;
	int			 rc, outcome;

	if ((p = malloc(sizeof(*p))) == NULL)
		return -1;
	if ((rc = db_practice_get(w->db, r->ids[0], 0, p)) != 1 ||
	    !practice_readable(1, p) ||
	    (rc = db_practice_rev_get(w->db, p->published_rev, p)) != 1 ||
	    !practice_may_contact(1, p)) {
		rc = rc == -1 ? -1 : error_page(r, o, 404, NULL);
		goto out;
	}
	rc = -1;
	(void)form_read(r, &message_form, v);
	snprintf(action, sizeof(action), "/praktijk/%lld/contact", p->id);
	if ((sent = db_contact_count_day(w->db, r->user.id)) == -1 ||
	    (root = page_start(r, o, "practice-contact", 200)) == NULL ||
	    practice_xml(root, p, 0) == NULL ||
	    (l = doc_elem(root, "limit")) == NULL ||
	    doc_attr_int(l, "per-day", PRACTICE_CONTACTS_PER_DAY) == -1 ||
	    doc_attr_int(l, "sent", sent) == -1 ||
	    (f = form_new(root, "practice-contact", action)) == NULL ||
	    (n = form_field(f, "message", "textarea", v[0].raw, 1)) == NULL)
		goto out;
	if (r->method != METHOD_POST) {
		rc = 0;
		goto out;
	}
	if (form_bad(&message_form, v)) {
		if (form_mark(f, &message_form, v) == -1)
			goto out;
		o->status = 422;
		rc = doc_attr_int(root, "status", 422);
		goto out;
	}
	if (practice_contact(&c, &r->user, p->id, v[0].s, &outcome) == -1)
		goto out;
	if (outcome == PO_THROTTLED) {
		if (form_error_arg(f, "practice.contact.throttled",
		    PRACTICE_CONTACTS_PER_DAY) == -1)
			goto out;
		o->status = 429;
		rc = doc_attr_int(root, "status", 429);
		goto out;
	}
	if (outcome != PO_DONE) {
		rc = practice_outcome_page(r, o, outcome);
		goto out;
	}
	snprintf(loc, sizeof(loc), "/praktijk/%lld?klaar=practice.contact-sent",
	    p->id);
	rc = redirect(o, loc);
out:
	free(p);
	return rc;
}

/* ---- the Atom feed: GET /praktijk.atom ------------------------------- */

/* "YYYY-MM-DD HH:MM:SS" (UTC) as RFC 3339 "YYYY-MM-DDTHH:MM:SSZ". */
static void
rfc3339(const char *utc, char out[24])
{
	snprintf(out, 24, "%.10sT%.8sZ", utc, utc + 11);
}

struct feed_ctx {
	xmlNodePtr	 feed;
	const char	*base;
};

static int
feed_entry(const struct db_practice_item *it, void *arg)
{
	struct feed_ctx	*c = arg;
	xmlNodePtr	 e;
	char		 id[64], href[1024], upd[24], pub[24];

	snprintf(id, sizeof(id), "urn:uuid:%s", it->uuid);
	snprintf(href, sizeof(href), "%s/praktijk/%lld", c->base, it->id);
	rfc3339(it->published, upd);
	rfc3339(it->first_published, pub);
	if ((e = doc_elem(c->feed, "entry")) == NULL ||
	    doc_attr(e, "id", id) == -1 ||
	    doc_attr(e, "href", href) == -1 ||
	    doc_attr(e, "updated", upd) == -1 ||
	    doc_attr(e, "published", pub) == -1 ||
	    doc_attr(e, "category", it->category) == -1 ||
	    doc_attr_int(e, "year", it->year) == -1 ||
	    doc_text(e, "title", it->title) == NULL ||
	    doc_text(e, "summary", it->summary) == NULL ||
	    doc_text(e, "author", it->org_name) == NULL)
		return -1;
	/* Newest first: the first entry's time is the feed's. */
	if (xmlHasProp(c->feed, (const xmlChar *)"updated") == NULL &&
	    doc_attr(c->feed, "updated", upd) == -1)
		return -1;
	return 0;
}

int
handle_practice_feed(struct worker *w, struct req *r, struct resp *o)
{
	struct feed_ctx	 c;
	xmlNodePtr	 root;
	char		 id[600], host[512], now[24], *html = NULL;
	const char	*s;
	size_t		 len, sz;
	time_t		 t = time(NULL);
	struct tm	 tm;

	/* tag: URI (RFC 4151) on the site's host: stable per installation. */
	s = strstr(w->cfg->base_url, "://");
	s = s ? s + 3 : w->cfg->base_url;
	len = strcspn(s, ":/");
	snprintf(host, sizeof(host), "%.*s", (int)len, s);
	snprintf(id, sizeof(id), "tag:%s,2026:praktijk", host);
	gmtime_r(&t, &tm);
	strftime(now, sizeof(now), "%Y-%m-%dT%H:%M:%SZ", &tm);
	c.base = w->cfg->base_url;
	if ((root = page_start(r, o, "practice-atom", 200)) == NULL ||
	    (c.feed = doc_elem(root, "feed")) == NULL ||
	    doc_attr(c.feed, "id", id) == -1 ||
	    doc_attr(c.feed, "base-url", w->cfg->base_url) == -1 ||
	    db_practices_feed(w->db, feed_entry, &c) == -1 ||
	    (xmlHasProp(c.feed, (const xmlChar *)"updated") == NULL &&
	    doc_attr(c.feed, "updated", now) == -1))
		return -1;
	if (r->want_xml)
		return 0;	/* the page document, as for every page */
	if (render_html(w->render, PAGE_PRACTICE_ATOM, o->page, &html,
	    &sz) == -1)
		return -1;
	xmlFreeDoc(o->page);
	o->page = NULL;
	/* The response frees its body with free(): a copy of ours. */
	if ((o->body = malloc(sz + 1)) == NULL) {
		xmlFree(html);
		return -1;
	}
	memcpy(o->body, html, sz);
	o->body[sz] = '\0';
	o->bodysz = sz;
	xmlFree(html);
	o->type = "application/atom+xml; charset=utf-8";
	o->status = 200;
	return 0;
}
