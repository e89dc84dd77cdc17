/*
 * Writing and reviewing practices: the form to write or revise one
 * (/praktijk/nieuw, /praktijk/{id}/bewerken), submitting it for review,
 * and the organisers' review queue with publish, return and public
 * (/beheer/praktijk). Who may do what is practice.c's to say; the page
 * parts a practice is shown with are in parts.c.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "handlers.h"

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
	PF_TITLE_EN,
	PF_SUMMARY_EN,
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
	/* optional: the English interface shows them when given */
	{ .name = "title_en", .valid = VALID_TEXT, .max = 200,
	  .key = "field.text.invalid", .arg = 200, .blank = " " },
	{ .name = "summary_en", .valid = VALID_MULTILINE, .max = 1000,
	  .key = "field.text.invalid", .arg = 1000 },
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
	    form_field(f, "title_en", "text", V(PF_TITLE_EN, p->title_en),
	    0) == NULL ||
	    form_field(f, "summary_en", "textarea", V(PF_SUMMARY_EN,
	    p->summary_en), 0) == NULL ||
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
	struct form_value	*url, *label;
	const char		*s;
	char			 now[24];
	long long		 n, maxyear;
	unsigned long long	 found = 0;
	size_t			 k, nbad = 0, kept = 0;
	int			 bad = 0;

#define TAKE(i, dst) do { \
		if (v[i].error == NULL) \
			snprintf(dst, sizeof(dst), "%s", v[i].s); \
	} while (0)
	TAKE(PF_TITLE, p->title);
	TAKE(PF_SUMMARY, p->summary);
	TAKE(PF_APPROACH, p->approach);
	TAKE(PF_RESULTS, p->results);
	TAKE(PF_TITLE_EN, p->title_en);
	TAKE(PF_SUMMARY_EN, p->summary_en);
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

	/* Each partner a municipality (anything else is not a choice), in
	 * the order sent, each once and never the author municipality; the
	 * form read at most pt->most values, and they are looked up in one
	 * query, after the duplicates are gone. */
	p->npartners = 0;
	for (k = 0; v[PF_PARTNERS].error == NULL &&
	    (s = form_each(r, pt->name, &k)) != NULL; ) {
		int dup = 0;

		if (valid_int(s, 1, INT64_MAX, &n) == -1) {
			nbad++;
			continue;
		}
		for (size_t j = 0; j < p->npartners; j++)
			dup |= p->partners[j] == n;
		if (!dup && n != org_id && p->npartners < PRACTICE_PARTNERS)
			p->partners[p->npartners++] = n;
	}
	if (p->npartners > 0 && db_municipalities_among(w->db, p->partners,
	    p->npartners, &found) == -1)
		return -1;
	for (size_t j = 0; j < p->npartners; j++)
		if (found & 1ULL << j)
			p->partners[kept++] = p->partners[j];
		else
			nbad++;
	p->npartners = kept;
	if (v[PF_PARTNERS].error != NULL)
		bad = 1;
	for (; nbad > 0; nbad--) {
		bad = 1;
		if (f != NULL && form_error(form_field_of(f, pt->name),
		    pt->key) == -1)
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

static const struct form_field remark_fields[] = {
	FORM_NOTE("remark", 2000),
};

static const struct form remark_form = { remark_fields, 1, 0 };

/* Public or internal: what else was sent was made by no form of ours. */
static const char *const yes_no[] = { "ja", "nee" };

static const struct form_field public_fields[] = {
	FORM_CHOICE("openbaar", yes_no, 2),
};

static const struct form public_form = { public_fields, 1, 0 };

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
			rc = practice_outcome_page(r, o, outcome);
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
			rc = practice_outcome_page(r, o, outcome);
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
		return practice_outcome_page(r, o, outcome);
	snprintf(loc, sizeof(loc), "/praktijk/%lld?klaar=practice.submitted",
	    r->ids[0]);
	return redirect(o, loc);
}

/* ---- the organisers: /beheer/praktijk ------------------------------- */

int
handle_practices_admin(struct worker *w, struct req *r, struct resp *o)
{
	xmlNodePtr root, list;

	if ((root = page_start(r, o, "practices-admin", 200)) == NULL ||
	    (list = doc_elem(root, "practices")) == NULL)
		return -1;
	return db_practices_of_org(w->db, 0, practice_item_xml, list) == -1 ? -1 : 0;
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
		return practice_outcome_page(r, o, outcome);
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
		return practice_outcome_page(r, o, outcome);
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
		return practice_outcome_page(r, o, outcome);
	snprintf(loc, sizeof(loc), "/beheer/praktijk/%lld?klaar=%s",
	    r->ids[0], on ? "practice.made-public" : "practice.made-internal");
	return redirect(o, loc);
}
