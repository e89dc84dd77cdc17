/*
 * The organisers' and administrators' pages: users, organisations and
 * the audit log (the list of messages is handle_deliveries.c). The route table limits who reaches
 * them; the handlers only read and write.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "handlers.h"

/* How many messages and audit entries a page shows. */
#define LIST_MAX 100

static int
user_add(const struct db_user *u, void *arg)
{
	return user_xml(arg, "user-row", u) == NULL ? -1 : 0;
}

static const char *const roles[] = { "member", "coordinator", "regional",
    "organiser", "admin" };

/* An administrator's new user. That the organisation exists and fits the
 * role needs the database: the handler checks it after the table. */
enum {
	UF_EMAIL,
	UF_NAME,
	UF_ORG,
	UF_ROLE,
	UF__MAX
};

static const struct form_field user_fields[UF__MAX] = {
	FORM_EMAIL("email"),
	FORM_TEXT("name", 150),
	{ .name = "organisatie", .valid = VALID_ANY, .flags = FF_REQUIRED,
	  .key = "field.choice", .missing = "field.required" },
	FORM_CHOICE("role", roles, sizeof(roles) / sizeof(roles[0])),
};

static const struct form user_form = { user_fields, UF__MAX, 0 };

int
handle_users(struct worker *w, struct req *r, struct resp *o)
{
	struct account_ctx	 a = { w->db, w->cfg, w->render, NULL, 0 };
	struct form_value	 v[UF__MAX];
	struct db_org		 org;
	xmlNodePtr		 root, list, f, fo;
	int			 post = r->method == METHOD_POST, rc = 0;
	long long		 id;

	(void)form_read(r, &user_form, v);
	if ((root = page_start(r, o, "users", 200)) == NULL ||
	    (list = doc_elem(root, "users")) == NULL ||
	    db_users_list(w->db, 0, user_add, list) == -1 ||
	    (f = form_new(root, "user", "/beheer/gebruikers")) == NULL ||
	    form_field(f, "email", "email", post ? v[UF_EMAIL].raw : NULL,
	    1) == NULL ||
	    form_field(f, "name", "text", post ? v[UF_NAME].raw : NULL, 1) ==
	    NULL ||
	    (fo = form_field(f, "organisatie", "organisation", post ?
	    v[UF_ORG].raw : NULL, 1)) == NULL ||
	    org_options(w->db, fo, 1) == -1 ||
	    form_select(f, "role", post ? v[UF_ROLE].raw : "member", roles,
	    sizeof(roles) / sizeof(roles[0])) == NULL)
		return -1;
	if (!post)
		return 0;
	if (v[UF_ORG].error == NULL) {
		if ((rc = db_org_find(w->db, v[UF_ORG].s, &org)) == -1)
			return -1;
		if (rc == 0)
			v[UF_ORG].error = "field.choice";
	}
	if (v[UF_ROLE].error == NULL && rc == 1 &&
	    role_fits(v[UF_ROLE].s, org.kind) != 1)
		v[UF_ROLE].error = "field.role-org";
	if (form_bad(&user_form, v)) {
		if (form_mark(f, &user_form, v) == -1)
			return -1;
	} else {
		if ((id = account_create(&a, r->user.id, v[UF_EMAIL].s,
		    v[UF_NAME].s, org.id, v[UF_ROLE].s, NULL)) == -1)
			return -1;
		if (id > 0)
			return redirect(o, "/beheer/gebruikers?klaar=user.invited");
		if (id == ACCOUNT_MISFIT ? form_error(form_field_of(f, "role"),
		    "field.role-org") == -1 : form_error(form_field_of(f,
		    "email"), "field.email.taken") == -1)
			return -1;
	}
	o->status = 422;
	return doc_attr_int(root, "status", 422);
}

int
handle_user_disable(struct worker *w, struct req *r, struct resp *o)
{
	int rc;

	/* An administrator cannot lock itself out by a slip. */
	if (r->ids[0] == r->user.id)
		return error_page(r, o, 403, NULL);
	if ((rc = db_user_disable(w->db, r->ids[0], 0)) == -1)
		return -1;
	if (rc == 0)
		return error_page(r, o, 404, NULL);
	if (db_audit_add(w->db, r->user.id, "user.disabled", "user",
	    r->ids[0], "by administrator") == -1)
		return -1;
	return redirect(o, "/beheer/gebruikers?klaar=user.disabled");
}

static int
org_add(const struct db_org_row *g, void *arg)
{
	xmlNodePtr n;

	if ((n = doc_elem(arg, "organisation")) == NULL ||
	    doc_attr_int(n, "id", g->id) == -1 ||
	    doc_attr(n, "kind", g->kind) == -1 ||
	    doc_attr(n, "name", g->name) == -1 ||
	    (g->cbs_code[0] && doc_attr(n, "cbs-code", g->cbs_code) == -1) ||
	    (g->province[0] && doc_attr(n, "province", g->province) == -1) ||
	    (g->size_class[0] &&
	    doc_attr(n, "size-class", g->size_class) == -1))
		return -1;
	return 0;
}

int
handle_organisations(struct worker *w, struct req *r, struct resp *o)
{
	xmlNodePtr root, list;

	if ((root = page_start(r, o, "organisations", 200)) == NULL ||
	    (list = doc_elem(root, "organisations")) == NULL)
		return -1;
	return db_orgs_list(w->db, org_add, list) == -1 ? -1 : 0;
}

static int
entry_add(const struct db_audit *a, void *arg)
{
	xmlNodePtr n;

	if ((n = doc_elem(arg, "entry")) == NULL ||
	    doc_attr_local(n, "at", a->at) == -1 ||
	    (a->actor[0] && doc_attr(n, "actor", a->actor) == -1) ||
	    doc_attr(n, "action", a->action) == -1 ||
	    doc_attr(n, "subject-type", a->subject_type) == -1 ||
	    doc_attr_int(n, "subject-id", a->subject_id) == -1 ||
	    doc_attr(n, "detail", a->detail) == -1)
		return -1;
	return 0;
}

int
handle_audit(struct worker *w, struct req *r, struct resp *o)
{
	xmlNodePtr root, list;

	if ((root = page_start(r, o, "audit", 200)) == NULL ||
	    (list = doc_elem(root, "entries")) == NULL)
		return -1;
	return db_audit_list(w->db, LIST_MAX, entry_add, list) == -1 ? -1 : 0;
}
