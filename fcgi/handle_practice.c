/*
 * The practice library's pages: browsing and searching
 * published practices (/praktijk, plain GET filters), one practice with
 * related ones, the form to write or revise one, submitting it, the
 * organisers' review queue with publish, return and public, questions
 * to a practice's contact person, and the Atom feed of public ones.
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

/* One practice of a list, under parent as <practice>. */
static int
item_xml(const struct db_practice_item *it, void *arg)
{
	xmlNodePtr n, o;

	if ((n = doc_elem(arg, "practice")) == NULL ||
	    doc_attr_int(n, "id", it->id) == -1 ||
	    doc_attr(n, "public", it->is_public ? "yes" : "no") == -1 ||
	    doc_attr(n, "status", it->status) == -1 ||
	    (it->working_status[0] &&
	    doc_attr(n, "working-status", it->working_status) == -1) ||
	    doc_attr(n, "published", it->has_published ? "yes" : "no") == -1 ||
	    doc_attr_int(n, "year", it->year) == -1 ||
	    doc_attr(n, "category", it->category) == -1 ||
	    (it->extra[0] && doc_attr(n, "rank", it->extra) == -1) ||
	    doc_text(n, "title", it->title) == NULL ||
	    doc_text(n, "summary", it->summary) == NULL ||
	    (o = doc_text(n, "organisation", it->org_name)) == NULL ||
	    doc_attr_int(o, "id", it->org_id) == -1 ||
	    aspects_list_xml(n, it->aspects) == -1 ||
	    utc_xml(n, "published-at", it->published) == -1)
		return -1;
	return 0;
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
	    doc_text(rv, "title", p->title) == NULL ||
	    doc_text(rv, "summary", p->summary) == NULL ||
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
static xmlNodePtr
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

/* Appends "&key=value" (URL-encoded) to buf when value is not empty. */
static void
query_add(char *buf, size_t sz, const char *key, const char *value)
{
	char	 enc[1024];
	size_t	 n = strlen(buf);

	if (value == NULL || *value == '\0' ||
	    url_encode(enc, sizeof(enc), value) == -1)
		return;
	snprintf(buf + n, sz - n, "%s%s=%s", n ? "&" : "", key, enc);
}

/* Adds <link rel n href/> for page n of the result. */
static int
page_link(xmlNodePtr parent, const char *rel, long long n, const char *base)
{
	xmlNodePtr	 l;
	char		 href[2300];

	snprintf(href, sizeof(href), "/praktijk?%s%spagina=%lld", base,
	    base[0] ? "&" : "", n);
	if ((l = doc_elem(parent, "link")) == NULL ||
	    doc_attr(l, "rel", rel) == -1 ||
	    doc_attr_int(l, "n", n) == -1 ||
	    doc_attr(l, "href", href) == -1)
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
	xmlNodePtr		 root, n, s, list;
	struct form_value	 v[PQ__MAX];
	const char		*cat, *theme, *aspect, *prov, *year, *sort, *q;
	const char		*state = "none";
	char			 match[1024], ignored[1024], base[2048];
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

	match[0] = ignored[0] = '\0';
	if (q != NULL && q[strspn(q, " \t\r\n")] != '\0') {
		if (valid_multiline(q, PRACTICE_QUERY_MAX) == -1)
			state = "too-long";
		else if ((words = practice_query(q, match, sizeof(match),
		    ignored, sizeof(ignored))) == 0)
			state = "no-words";
		else
			state = "ok";
	}
	memset(&f, 0, sizeof(f));
	f.public_only = !r->signed_in;
	f.category = cat;
	f.theme = theme;
	f.aspect = aspect;
	f.province = prov;
	f.year = y;
	f.match = match;
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

	if ((list = doc_elem(root, "practices")) == NULL ||
	    (total > 0 &&
	    db_practices_search(w->db, &f, item_xml, list) == -1))
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
	if ((n = doc_elem(root, "pagination")) == NULL ||
	    doc_attr_int(n, "page", page) == -1 ||
	    doc_attr_int(n, "pages", pages) == -1 ||
	    (page > 1 && page_link(n, "prev", page - 1, base) == -1) ||
	    (page < pages && page_link(n, "next", page + 1, base) == -1))
		return -1;
	for (long long i = 1; i <= pages; i++)
		if ((pages <= 15 || i == 1 || i == pages ||
		    (i >= page - 3 && i <= page + 3)) &&
		    page_link(n, "page", i, base) == -1)
			return -1;

	/* A municipality's own practices, drafts and all. */
	if ((r->role == ROLE_MEMBER || r->role == ROLE_COORDINATOR) &&
	    ((list = doc_elem(root, "own")) == NULL ||
	    db_practices_of_org(w->db, r->user.org_id, item_xml, list) == -1))
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
		    !r->signed_in, item_xml, list) == -1)
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

/* ---- the form: new and edit ----------------------------------------- */

static const char *const band_options[VB__MAX + 1] = {
	"onbekend", "<50k", "50k-215k", "215k-1m", "1m-5.5m", ">5.5m",
};

static const char *const self_options[] = { "ja" };

/*
 * The practice form. Which partners and contact person may be chosen
 * needs the database, the latest year moves with the clock, and a link
 * needs its address when it has a label: practice_take checks those.
 */
enum {
	PF_TITLE,
	PF_SUMMARY,
	PF_APPROACH,
	PF_RESULTS,
	PF_YEAR,
	PF_CATEGORY,
	PF_BAND,
	PF_THEMES,
	PF_ASPECTS,
	PF_PARTNERS,
	PF_SELF,
	PF_CONTACT,
	PF_LINKS,	/* an address and a label per link */
	PF__MAX = PF_LINKS + 2 * PRACTICE_LINKS
};

#define PF_TEXTS(n, most, white) \
	{ .name = (n), .valid = VALID_PROSE, \
	  .flags = FF_REQUIRED | FF_MISSING_ARG, .max = (most), \
	  .key = "field.text.invalid", .arg = (most), \
	  .missing = "field.required", .blank = (white) }
#define PF_LINK(k) \
	{ .name = "link" #k "_url", .valid = VALID_URL, .key = "field.url" }, \
	{ .name = "link" #k "_label", .valid = VALID_TEXT, \
	  .flags = FF_BLANK_ABSENT, .max = 200, .key = "field.text.invalid", \
	  .arg = 200, .blank = " " }

_Static_assert(PRACTICE_LINKS == 5, "a PF_LINK row per link");

static const struct form_field practice_fields[PF__MAX] = {
	{ .name = "title", .valid = VALID_TEXT,
	  .flags = FF_REQUIRED | FF_MISSING_ARG, .max = 200,
	  .key = "field.text.invalid", .arg = 200,
	  .missing = "field.required", .blank = " " },
	PF_TEXTS("summary", 1000, " \t\r\n"),
	PF_TEXTS("approach", 8000, " \t\r\n"),
	{ .name = "results", .valid = VALID_MULTILINE, .max = 8000,
	  .key = "field.text.invalid", .arg = 8000 },
	{ .name = "year", .valid = VALID_INT, .flags = FF_REQUIRED,
	  .min = 2000, .max = 9999, .key = "field.year",
	  .missing = "field.required" },
	FORM_CHOICE("category", category_names, CAT__MAX),
	FORM_CHOICE("value_band", band_options, VB__MAX + 1),
	{ .name = "themes", .valid = VALID_CHOICE, .flags = FF_MULTI,
	  .choices = theme_names, .nchoices = THEME__MAX,
	  .key = "field.choice" },
	{ .name = "aspects", .valid = VALID_CHOICE,
	  .flags = FF_MULTI | FF_REQUIRED, .choices = aspect_names,
	  .nchoices = ASPECT__MAX, .key = "field.choice",
	  .missing = "field.choose-some" },
	{ .name = "partners", .valid = VALID_ANY, .flags = FF_MULTI,
	  .most = PRACTICE_PARTNERS, .key = "field.choice" },
	{ .name = "contact_self", .valid = VALID_CHOICE, .flags = FF_MULTI,
	  .choices = self_options, .nchoices = 1 },
	FORM_ANY("contact"),
	PF_LINK(1), PF_LINK(2), PF_LINK(3), PF_LINK(4), PF_LINK(5),
};

static const struct form practice_form_table = { practice_fields, PF__MAX,
    0 };

/* Adds a field of checkboxes (type "checkboxes") with an option per
 * name, checked as the bits of set say. */
static xmlNodePtr
checkboxes(xmlNodePtr f, const char *name, const char *const *names, int n,
    unsigned int set)
{
	xmlNodePtr fld;

	if ((fld = form_field(f, name, "checkboxes", NULL, 0)) == NULL ||
	    form_options(fld, names, (size_t)n, set) == -1)
		return NULL;
	return fld;
}

struct contact_opts {
	xmlNodePtr	 field;
	long long	 chosen;
};

static int
contact_option(long long id, const char *name, void *arg)
{
	struct contact_opts	*c = arg;
	xmlNodePtr		 opt;

	if ((opt = doc_elem(c->field, "option")) == NULL ||
	    doc_attr_int(opt, "value", id) == -1 ||
	    doc_attr(opt, "label", name) == -1 ||
	    (id == c->chosen && doc_attr(opt, "selected", "yes") == -1))
		return -1;
	return 0;
}

/* Ticks the options of the partners field whose ids p lists. */
static void
partners_tick(xmlNodePtr fld, const struct db_practice *p)
{
	xmlNodePtr	 prov, opt;
	xmlChar		*v;
	long long	 id;

	for (prov = fld->children; prov != NULL; prov = prov->next)
		for (opt = prov->children; opt != NULL; opt = opt->next) {
			v = xmlGetProp(opt, (const xmlChar *)"value");
			if (v != NULL && valid_int((const char *)v, 1, INT64_MAX,
			    &id) == 0)
				for (size_t i = 0; i < p->npartners; i++)
					if (p->partners[i] == id)
						(void)doc_attr(opt, "checked",
						    "yes");
			xmlFree(v);
		}
}

/*
 * The practice form with the values of p (what is stored, or what was
 * typed and understood) and, after a POST, the raw typed texts. Returns
 * the form or NULL.
 */
static xmlNodePtr
practice_form(struct worker *w, struct req *r, xmlNodePtr root,
    const char *action, const struct db_practice *p, long long org_id,
    const struct form_value *v)
{
	struct contact_opts	 co;
	xmlNodePtr		 f, fld;
	char			 year[24], name[32];
	int			 post = r->method == METHOD_POST;

	if (p->year != 0)
		snprintf(year, sizeof(year), "%lld", p->year);
	else
		year[0] = '\0';
#define V(i, stored) (post ? v[i].raw : (stored))
	if ((f = form_new(root, "practice", action)) == NULL ||
	    form_field(f, "title", "text", V(PF_TITLE, p->title), 1) == NULL ||
	    form_field(f, "summary", "textarea", V(PF_SUMMARY, p->summary),
	    1) == NULL ||
	    form_field(f, "approach", "textarea", V(PF_APPROACH, p->approach),
	    1) == NULL ||
	    form_field(f, "results", "textarea", V(PF_RESULTS, p->results),
	    0) == NULL ||
	    form_field(f, "year", "number", V(PF_YEAR, year), 1) == NULL ||
	    form_select(f, "category", V(PF_CATEGORY, p->category),
	    category_names, CAT__MAX) == NULL ||
	    form_select(f, "value_band", V(PF_BAND, p->value_band[0] ?
	    p->value_band : "onbekend"), band_options, VB__MAX + 1) == NULL ||
	    checkboxes(f, "themes", theme_names, THEME__MAX, p->themes) ==
	    NULL ||
	    checkboxes(f, "aspects", aspect_names, ASPECT__MAX, p->aspects) ==
	    NULL ||
	    (fld = form_field(f, "partners", "organisations", NULL, 0)) ==
	    NULL || org_options(w->db, fld, 0) == -1)
		return NULL;
	partners_tick(fld, p);
	if ((fld = form_field(f, "contact", "contact", NULL, 0)) == NULL)
		return NULL;
	co.field = fld;
	co.chosen = p->contact_id;
	if (db_practice_contacts(w->db, org_id, contact_option, &co) == -1 ||
	    (fld = form_field(f, "contact_self", "checkbox", "ja", 0)) ==
	    NULL)
		return NULL;
	if ((post ? (v[PF_SELF].bits & 1) != 0 :
	    p->contact_id != 0 && p->contact_id == r->user.id) &&
	    doc_attr(fld, "checked", "yes") == -1)
		return NULL;
	for (size_t i = 0; i < PRACTICE_LINKS; i++) {
		snprintf(name, sizeof(name), "link%zu_url", i + 1);
		if (form_field(f, name, "url", V(PF_LINKS + 2 * i,
		    i < p->nlinks ? p->links[i].url : ""), 0) == NULL)
			return NULL;
		snprintf(name, sizeof(name), "link%zu_label", i + 1);
		if (form_field(f, name, "text", V(PF_LINKS + 2 * i + 1,
		    i < p->nlinks ? p->links[i].label : ""), 0) == NULL)
			return NULL;
	}
#undef V
	return f;
}

struct contact_find {
	long long	 id;
	int		 found;
};

static int
contact_find(long long id, const char *name, void *arg)
{
	struct contact_find *c = arg;

	(void)name;
	if (id == c->id)
		c->found = 1;
	return 0;
}

/*
 * Takes the practice read into v into p, each value as it is good, and
 * checks what the table cannot: the partners (municipalities, each once,
 * not the author org_id, at most the row's most), the contact person
 * (one of org_id's), the latest year and the links (an address for a
 * label; one message a link). Sets the errors in v; with form f, puts
 * every message under its field. Run it once without f, and again with
 * the form built from what it took. Returns 1 when all is well, 0 when
 * a field is bad, -1 on failure.
 */
static int
practice_take(struct worker *w, struct req *r, xmlNodePtr f,
    struct form_value *v, struct db_practice *p, long long org_id)
{
	const struct form_field	*pt = &practice_fields[PF_PARTNERS];
	struct contact_find	 cf;
	struct db_org		 org;
	struct form_value	*url, *label;
	const char		*s, *key;
	char			 now[24];
	long long		 n, maxyear;
	size_t			 k;
	int			 bad = 0;

#define TAKE(i, dst) do { \
		if (v[i].error == NULL) \
			snprintf(dst, sizeof(dst), "%s", v[i].s); \
	} while (0)
	TAKE(PF_TITLE, p->title);
	TAKE(PF_SUMMARY, p->summary);
	TAKE(PF_APPROACH, p->approach);
	TAKE(PF_RESULTS, p->results);
#undef TAKE
	/* The latest year moves with the clock: the table cannot say it. */
	clock_local_now(now);
	maxyear = strtoll(now, NULL, 10) + 1;
	if (v[PF_YEAR].given && (v[PF_YEAR].error != NULL ||
	    v[PF_YEAR].n > maxyear)) {
		v[PF_YEAR].error = "field.year";
		v[PF_YEAR].arg = maxyear;
	} else if (v[PF_YEAR].error == NULL)
		p->year = v[PF_YEAR].n;
	if (v[PF_CATEGORY].error == NULL)
		snprintf(p->category, sizeof(p->category), "%s",
		    category_names[v[PF_CATEGORY].n]);
	if (v[PF_BAND].error == NULL)
		snprintf(p->value_band, sizeof(p->value_band), "%s",
		    v[PF_BAND].n == 0 ? "" : band_options[v[PF_BAND].n]);
	p->themes = (unsigned int)v[PF_THEMES].bits;
	p->aspects = (unsigned int)v[PF_ASPECTS].bits;

	/* Each partner a municipality (anything else, even a failed
	 * look-up, is not a choice), in the order sent. */
	p->npartners = 0;
	for (k = 0; (s = form_each(r, pt->name, &k)) != NULL; ) {
		int dup = 0;

		key = NULL;
		if (valid_int(s, 1, INT64_MAX, &n) == -1 ||
		    db_org_find(w->db, s, &org) == 0 ||
		    strcmp(org.kind, "gemeente") != 0)
			key = pt->key;
		else {
			for (size_t j = 0; j < p->npartners; j++)
				dup |= p->partners[j] == n;
			/* The author municipality is no partner of itself. */
			if (dup || n == org_id)
				continue;
			if (p->npartners == pt->most)
				key = "field.too-many";
			else
				p->partners[p->npartners++] = n;
		}
		if (key == NULL)
			continue;
		bad = 1;
		if (f != NULL && form_error_arg(form_field_of(f, pt->name), key,
		    key == pt->key ? 0 : (long long)pt->most) == -1)
			return -1;
	}

	p->contact_id = 0;
	if (v[PF_SELF].bits & 1)
		p->contact_id = r->user.id;
	else if (v[PF_CONTACT].given) {
		cf.found = 0;
		if (valid_int(v[PF_CONTACT].s, 1, INT64_MAX, &cf.id) == 0 &&
		    db_practice_contacts(w->db, org_id, contact_find, &cf) ==
		    -1)
			return -1;
		if (!cf.found)
			v[PF_CONTACT].error = "field.choice";
		else
			p->contact_id = cf.id;
	}

	p->nlinks = 0;
	for (k = 0; k < PRACTICE_LINKS; k++) {
		url = &v[PF_LINKS + 2 * k];
		label = url + 1;
		if (!url->given && !label->given)
			continue;
		if (!url->given)
			url->error = "field.required";
		if (url->error != NULL)
			label->error = NULL;	/* one message a link */
		if (url->error != NULL || label->error != NULL)
			continue;
		snprintf(p->links[p->nlinks].url, sizeof(p->links[0].url), "%s",
		    url->s);
		/* Without a label, the address is its own. */
		snprintf(p->links[p->nlinks].label, sizeof(p->links[0].label),
		    "%s", label->given ? label->s : url->s);
		p->nlinks++;
	}
	if (f != NULL && form_mark(f, &practice_form_table, v) == -1)
		return -1;
	return !bad && !form_bad(&practice_form_table, v);
}

/* A question to a practice's contact person, and an organiser's remark
 * on returning a practice: text of several lines, not blank. */
#define PF_NOTE(n, most) \
	{ .name = (n), .valid = VALID_PROSE, .flags = FF_REQUIRED, \
	  .max = (most), .key = "field.text.invalid", .arg = (most), \
	  .missing = "field.required", .blank = " \t" }

static const struct form_field message_fields[] = {
	PF_NOTE("message", 4000),
};

static const struct form message_form = { message_fields, 1, 0 };

static const struct form_field remark_fields[] = {
	PF_NOTE("remark", 2000),
};

static const struct form remark_form = { remark_fields, 1, 0 };

/* Public or internal: what else was sent was made by no form of ours. */
static const char *const yes_no[] = { "ja", "nee" };

static const struct form_field public_fields[] = {
	FORM_CHOICE("openbaar", yes_no, 2),
};

static const struct form public_form = { public_fields, 1, 0 };

/* Maps a workflow outcome other than done to its page. */
static int
outcome_page(struct req *r, struct resp *o, int outcome)
{
	return error_page(r, o, outcome_status[outcome], NULL);
}

/*
 * The form to write a new practice (r->ids[0] unused) or revise one.
 * A revision never changes what readers see: it is a new draft.
 */
static int
practice_edit(struct worker *w, struct req *r, struct resp *o, int create)
{
	struct practice_ctx	 c = { w->db, w->cfg, w->render };
	struct db_practice	*p;
	struct form_value	 v[PF__MAX];
	xmlNodePtr		 root, f;
	char			 action[96], loc[128];
	long long		 id = create ? 0 : r->ids[0];
	int			 rc = -1, ok, outcome;

	if ((p = calloc(1, sizeof(*p))) == NULL)
		return -1;
	if (create) {
		snprintf(action, sizeof(action), "/praktijk/nieuw");
		p->org_id = r->user.org_id;
	} else {
		snprintf(action, sizeof(action), "/praktijk/%lld/bewerken", id);
		if ((rc = db_practice_get(w->db, id, 0, p)) != 1 ||
		    (p->working_rev == 0 && p->published_rev == 0) ||
		    (rc = db_practice_rev_get(w->db, p->working_rev ?
		    p->working_rev : p->published_rev, p)) != 1) {
			rc = rc == -1 ? -1 : error_page(r, o, 404, NULL);
			goto out;
		}
		if ((outcome = practice_may_edit(&r->user, r->role, p)) !=
		    PO_DONE) {
			rc = outcome_page(r, o, outcome);
			goto out;
		}
	}
	rc = -1;
	if ((root = page_start(r, o, "practice-form", 200)) == NULL ||
	    (!create && practice_xml(root, p, 1) == NULL))
		goto out;
	(void)form_read(r, &practice_form_table, v);
	if (r->method == METHOD_POST) {
		if ((ok = practice_take(w, r, NULL, v, p, p->org_id)) == -1)
			goto out;
		if (!ok) {
			/* Ticked boxes that were understood stay ticked. */
			if ((f = practice_form(w, r, root, action, p,
			    p->org_id, v)) == NULL ||
			    practice_take(w, r, f, v, p, p->org_id) == -1)
				goto out;
			o->status = 422;
			rc = doc_attr_int(root, "status", 422);
			goto out;
		}
		if (practice_save(&c, &r->user, r->role, &id, p,
		    &outcome) == -1)
			goto out;
		if (outcome != PO_DONE) {
			rc = outcome_page(r, o, outcome);
			goto out;
		}
		snprintf(loc, sizeof(loc), "/praktijk/%lld?klaar=practice.saved",
		    id);
		rc = redirect(o, loc);
		goto out;
	}
	rc = practice_form(w, r, root, action, p, p->org_id, v) == NULL ? -1 :
	    0;
out:
	free(p);
	return rc;
}

int
handle_practice_new(struct worker *w, struct req *r, struct resp *o)
{
	return practice_edit(w, r, o, 1);
}

int
handle_practice_edit(struct worker *w, struct req *r, struct resp *o)
{
	return practice_edit(w, r, o, 0);
}

int
handle_practice_submit(struct worker *w, struct req *r, struct resp *o)
{
	struct practice_ctx	 c = { w->db, w->cfg, w->render };
	char			 loc[128];
	int			 outcome;

	if (practice_submit(&c, &r->user, r->role, r->ids[0], &outcome) == -1)
		return -1;
	if (outcome != PO_DONE)
		return outcome_page(r, o, outcome);
	snprintf(loc, sizeof(loc), "/praktijk/%lld?klaar=practice.submitted",
	    r->ids[0]);
	return redirect(o, loc);
}

/* ---- contact: GET/POST /praktijk/{id}/contact ------------------------ */

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
		rc = outcome_page(r, o, outcome);
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

/* ---- the organisers: /beheer/praktijk ------------------------------- */

int
handle_practices_admin(struct worker *w, struct req *r, struct resp *o)
{
	xmlNodePtr root, list;

	if ((root = page_start(r, o, "practices-admin", 200)) == NULL ||
	    (list = doc_elem(root, "practices")) == NULL)
		return -1;
	return db_practices_of_org(w->db, 0, item_xml, list) == -1 ? -1 : 0;
}

/*
 * The review page of practice r->ids[0] (its working revision, or the
 * published one), with the forms to publish, return (remark) and make
 * public. remark: the remark read and refused; the return form comes
 * back with it (422).
 */
static int
review_page(struct worker *w, struct req *r, struct resp *o,
    const struct form_value *remark)
{
	struct db_practice	*p;
	xmlNodePtr		 root, f;
	char			 action[96];
	int			 rc;

	if ((p = malloc(sizeof(*p))) == NULL)
		return -1;
	if ((rc = db_practice_get(w->db, r->ids[0], 0, p)) != 1 ||
	    (p->working_rev == 0 && p->published_rev == 0) ||
	    (rc = db_practice_rev_get(w->db, p->working_rev ? p->working_rev :
	    p->published_rev, p)) != 1) {
		rc = rc == -1 ? -1 : error_page(r, o, 404, NULL);
		goto out;
	}
	rc = -1;
	if ((root = page_start(r, o, "practice-review", remark ? 422 :
	    200)) == NULL || practice_xml(root, p, 1) == NULL)
		goto out;
	if (practice_in_review(p)) {
		snprintf(action, sizeof(action),
		    "/beheer/praktijk/%lld/publiceren", p->id);
		if (form_new(root, "practice-publish", action) == NULL)
			goto out;
		snprintf(action, sizeof(action),
		    "/beheer/praktijk/%lld/terugsturen", p->id);
		if ((f = form_new(root, "practice-return", action)) == NULL ||
		    form_field(f, "remark", "textarea",
		    remark ? remark->raw : NULL, 1) == NULL ||
		    (remark && form_mark(f, &remark_form, remark) == -1))
			goto out;
	}
	snprintf(action, sizeof(action), "/beheer/praktijk/%lld/openbaar",
	    p->id);
	if ((f = form_new(root, "practice-public", action)) == NULL ||
	    form_field(f, "openbaar", "hidden", p->is_public ? "nee" : "ja",
	    0) == NULL)
		goto out;
	rc = 0;
out:
	free(p);
	return rc;
}

int
handle_practice_review(struct worker *w, struct req *r, struct resp *o)
{
	return review_page(w, r, o, NULL);
}

int
handle_practice_publish(struct worker *w, struct req *r, struct resp *o)
{
	struct practice_ctx	 c = { w->db, w->cfg, w->render };
	int			 outcome;

	if (practice_publish(&c, &r->user, r->role, r->ids[0], &outcome) == -1)
		return -1;
	if (outcome != PO_DONE)
		return outcome_page(r, o, outcome);
	return redirect(o, "/beheer/praktijk?klaar=practice.published");
}

int
handle_practice_return(struct worker *w, struct req *r, struct resp *o)
{
	struct practice_ctx	 c = { w->db, w->cfg, w->render };
	struct form_value	 v[1];
	int			 outcome;

	if (form_read(r, &remark_form, v) > 0)
		return review_page(w, r, o, v);
	if (practice_return(&c, &r->user, r->role, r->ids[0], v[0].s,
	    &outcome) == -1)
		return -1;
	if (outcome != PO_DONE)
		return outcome_page(r, o, outcome);
	return redirect(o, "/beheer/praktijk?klaar=practice.returned");
}

int
handle_practice_public(struct worker *w, struct req *r, struct resp *o)
{
	struct practice_ctx	 c = { w->db, w->cfg, w->render };
	struct form_value	 v[1];
	char			 loc[128];
	int			 outcome, on;

	if (form_read(r, &public_form, v) > 0)
		return error_page(r, o, 400, NULL);
	on = v[0].n == 0;
	if (practice_set_public(&c, &r->user, r->role, r->ids[0], on,
	    &outcome) == -1)
		return -1;
	if (outcome != PO_DONE)
		return outcome_page(r, o, outcome);
	snprintf(loc, sizeof(loc), "/beheer/praktijk/%lld?klaar=%s",
	    r->ids[0], on ? "practice.made-public" : "practice.made-internal");
	return redirect(o, loc);
}
