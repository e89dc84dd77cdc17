/*
 * The information pages (about, contact, privacy, accessibility, help)
 * and their editing by the organisers. Each page shows the newest
 * revision of its text in the visitor's language (the Dutch one when
 * there is no English text), in the safe markup of markup.c. Under
 * /beheer/teksten an organiser edits both languages of a page at once:
 * every save adds a revision (who, when) for each language whose text
 * changed, and any earlier revision can be looked at and restored, which
 * adds one more.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "handlers.h"

/* The pages, by their path (and the value of info_revisions.page). */
static const char *const info_pages[] = {
	"over", "contact", "privacy", "toegankelijkheid", "help"
};
#define NPAGES (sizeof(info_pages) / sizeof(info_pages[0]))

/* The most characters of a text, and of the revisions listed. */
#define INFO_MAX_CHARS	20000
#define REVISIONS_MAX	50

/* The index of page s, or -1. */
static int
page_index(const char *s)
{
	for (size_t i = 0; i < NPAGES; i++)
		if (strcmp(s, info_pages[i]) == 0)
			return (int)i;
	return -1;
}

/* Adds <name id page lang saved author restored-from length> for rev
 * (no author: shipped with the software, or its user erased).
 * Returns the node or NULL. */
static xmlNodePtr
revision_xml(xmlNodePtr parent, const char *name,
    const struct db_info_revision *rev)
{
	xmlNodePtr n;

	if ((n = doc_elem(parent, name)) == NULL ||
	    doc_attr_int(n, "id", rev->id) == -1 ||
	    doc_attr(n, "page", rev->page) == -1 ||
	    doc_attr(n, "lang", rev->lang) == -1 ||
	    doc_attr_local(n, "saved", rev->created) == -1 ||
	    (rev->author[0] && doc_attr(n, "author", rev->author) == -1) ||
	    (rev->restored_from &&
	    doc_attr_int(n, "restored-from", rev->restored_from) == -1) ||
	    doc_attr_int(n, "length", rev->length) == -1)
		return NULL;
	return n;
}

/* Adds <content lang> with the blocks of rev's text. Returns 0/-1. */
static int
content_xml(xmlNodePtr parent, const struct db_info_revision *rev)
{
	xmlNodePtr n;

	if ((n = doc_elem(parent, "content")) == NULL ||
	    doc_attr(n, "lang", rev->lang) == -1)
		return -1;
	return markup_xml(n, rev->body);
}

int
handle_info(struct worker *w, struct req *r, struct resp *o)
{
	struct db_info_revision	 rev;
	xmlNodePtr		 root, n;
	int			 i, rc;

	if ((i = page_index(r->path + 1)) == -1)
		return error_page(r, o, 404, NULL);
	rc = db_info_current(w->db, info_pages[i], lang_codes[r->lang], &rev);
	if (rc == 0 && r->lang != LANG_NL)
		rc = db_info_current(w->db, info_pages[i], lang_codes[LANG_NL],
		    &rev);
	if (rc == -1)
		return -1;
	if (rc == 0)
		return error_page(r, o, 404, NULL);
	rc = -1;
	if ((root = page_start(r, o, "info", 200)) != NULL &&
	    (n = revision_xml(root, "info", &rev)) != NULL &&
	    content_xml(n, &rev) == 0)
		rc = 0;
	free(rev.body);
	return rc;
}

int
handle_texts_admin(struct worker *w, struct req *r, struct resp *o)
{
	struct db_info_revision	 rev;
	xmlNodePtr		 root, list, t;
	int			 rc;

	if ((root = page_start(r, o, "texts-admin", 200)) == NULL ||
	    (list = doc_elem(root, "texts")) == NULL)
		return -1;
	for (size_t i = 0; i < NPAGES; i++) {
		if ((t = doc_elem(list, "text")) == NULL ||
		    doc_attr(t, "page", info_pages[i]) == -1)
			return -1;
		for (int l = 0; l < LANG__MAX; l++) {
			if ((rc = db_info_current(w->db, info_pages[i],
			    lang_codes[l], &rev)) == -1)
				return -1;
			if (rc == 0)
				continue;
			free(rev.body);
			if (revision_xml(t, "revision", &rev) == NULL)
				return -1;
		}
	}
	return 0;
}

/* The editing form: both languages of a page. */
enum {
	TF_NL,
	TF_EN,
	TF__MAX
};

static const struct form_field text_fields[TF__MAX] = {
	FORM_NOTE("tekst_nl", INFO_MAX_CHARS),
	FORM_NOTE("tekst_en", INFO_MAX_CHARS),
};

static const struct form text_form = { text_fields, TF__MAX, 0 };

/* Removes the carriage returns browsers send with every line of a
 * textarea (HTML: CR LF) and the blank at the end, in place, so that
 * what is stored compares equal to what was shown. */
static void
tidy(char *s)
{
	char *d = s, *start = s;

	for (; *s != '\0'; s++)
		if (*s != '\r')
			*d++ = *s;
	while (d > start && (d[-1] == '\n' || d[-1] == ' ' || d[-1] == '\t'))
		d--;
	*d = '\0';
}

static int
revision_item(const struct db_info_revision *rev, void *arg)
{
	return revision_xml(arg, "revision", rev) == NULL ? -1 : 0;
}

int
handle_text_edit(struct worker *w, struct req *r, struct resp *o)
{
	struct db_info_revision	 cur[LANG__MAX];
	struct form_value	 v[TF__MAX];
	xmlNodePtr		 root, f, list;
	char			 action[128], loc[160], detail[64], *text;
	int			 i, rc = -1, status = 200, bad = 0;
	long long		 id;

	if ((i = page_index(r->token)) == -1)
		return error_page(r, o, 404, NULL);
	memset(cur, 0, sizeof(cur));
	for (int l = 0; l < LANG__MAX; l++)
		if (db_info_current(w->db, info_pages[i], lang_codes[l],
		    &cur[l]) == -1)
			goto out;
	if (r->method == METHOD_POST) {
		bad = form_read(r, &text_form, v) > 0;
		if (!bad) {
			for (int l = 0; l < LANG__MAX; l++) {
				if ((text = strdup(v[l].s)) == NULL)
					goto out;
				tidy(text);
				if (cur[l].body != NULL &&
				    strcmp(cur[l].body, text) == 0) {
					free(text);
					continue;
				}
				id = db_info_add(w->db, info_pages[i],
				    lang_codes[l], text, r->user.id, 0);
				free(text);
				snprintf(detail, sizeof(detail), "%s %s",
				    info_pages[i], lang_codes[l]);
				if (id == -1 || db_audit_add(w->db, r->user.id,
				    "info.saved", "info_revision", id,
				    detail) == -1)
					goto out;
			}
			snprintf(loc, sizeof(loc),
			    "/beheer/teksten/%s?klaar=info.saved",
			    info_pages[i]);
			rc = redirect(o, loc);
			goto out;
		}
		status = 422;
	}
	snprintf(action, sizeof(action), "/beheer/teksten/%s", info_pages[i]);
	if ((root = page_start(r, o, "text-form", status)) == NULL ||
	    doc_attr(root, "page", info_pages[i]) == -1 ||
	    (f = form_new(root, "text", action)) == NULL ||
	    form_field(f, "tekst_nl", "textarea", bad ? v[TF_NL].raw :
	    cur[LANG_NL].body, 1) == NULL ||
	    form_field(f, "tekst_en", "textarea", bad ? v[TF_EN].raw :
	    cur[LANG_EN].body, 1) == NULL ||
	    (bad && form_mark(f, &text_form, v) == -1) ||
	    (list = doc_elem(root, "revisions")) == NULL ||
	    db_info_revisions(w->db, info_pages[i], REVISIONS_MAX,
	    revision_item, list) == -1)
		goto out;
	rc = 0;
out:
	for (int l = 0; l < LANG__MAX; l++)
		free(cur[l].body);
	return rc;
}

/* Loads revision id into *rev and the one shown now of its page and
 * language into *cur (bodies malloc'd: the caller frees both, also on
 * failure). Returns 1, 0 when there is no such revision, -1. */
static int
revision_and_current(struct worker *w, long long id,
    struct db_info_revision *rev, struct db_info_revision *cur)
{
	int rc;

	memset(cur, 0, sizeof(*cur));
	if ((rc = db_info_revision(w->db, id, rev)) != 1)
		return rc;
	return db_info_current(w->db, rev->page, rev->lang, cur) == -1 ? -1 :
	    1;
}

int
handle_text_revision(struct worker *w, struct req *r, struct resp *o)
{
	struct db_info_revision	 rev, cur;
	xmlNodePtr		 root, n, src;
	char			 action[128];
	int			 rc;

	if ((rc = revision_and_current(w, r->ids[0], &rev, &cur)) != 1) {
		if (rc == 0)
			rc = error_page(r, o, 404, NULL);
		goto out;
	}
	rc = -1;
	snprintf(action, sizeof(action), "/beheer/teksten/revisie/%lld/"
	    "herstellen", rev.id);
	if ((root = page_start(r, o, "text-revision", 200)) == NULL ||
	    (n = revision_xml(root, "revision", &rev)) == NULL ||
	    (cur.id == rev.id && doc_attr(n, "current", "yes") == -1) ||
	    content_xml(n, &rev) == -1 ||
	    (src = doc_text(n, "source", rev.body)) == NULL ||
	    doc_attr(src, "lang", rev.lang) == -1 ||
	    (cur.id != rev.id &&
	    form_new(root, "restore", action) == NULL))
		goto out;
	rc = 0;
out:
	free(rev.body);
	free(cur.body);
	return rc;
}

int
handle_text_restore(struct worker *w, struct req *r, struct resp *o)
{
	struct db_info_revision	 rev, cur;
	char			 loc[160], detail[64];
	long long		 id;
	int			 rc;

	if ((rc = revision_and_current(w, r->ids[0], &rev, &cur)) != 1) {
		if (rc == 0)
			rc = error_page(r, o, 404, NULL);
		goto out;
	}
	rc = -1;
	/* Restoring the text shown already changes nothing. */
	if (cur.body == NULL || strcmp(cur.body, rev.body) != 0) {
		snprintf(detail, sizeof(detail), "%s %s from %lld", rev.page,
		    rev.lang, rev.id);
		if ((id = db_info_add(w->db, rev.page, rev.lang, rev.body,
		    r->user.id, rev.id)) == -1 ||
		    db_audit_add(w->db, r->user.id, "info.restored",
		    "info_revision", id, detail) == -1)
			goto out;
	}
	snprintf(loc, sizeof(loc), "/beheer/teksten/%s?klaar=info.restored",
	    rev.page);
	rc = redirect(o, loc);
out:
	free(rev.body);
	free(cur.body);
	return rc;
}
