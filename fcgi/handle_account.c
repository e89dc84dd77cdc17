/*
 * A signed-in user's own pages: the account (name, language, password)
 * and, for a municipality's coordinator, the colleagues of that one
 * municipality: invite and remove. A coordinator only ever reaches users
 * of its own organisation: every query is bounded by r->user.org_id,
 * whatever id the URL or form names. And one's own data: the download
 * of everything about one's address, and the request to delete one's
 * account.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "handlers.h"

static const char *const member_roles[] = { "member", "coordinator" };

/* The account form: name and language. */
enum {
	AF_NAME,
	AF_LANG,
	AF__MAX
};

static const struct form_field account_fields[AF__MAX] = {
	FORM_TEXT("name", 150),
	FORM_CHOICE("lang", lang_codes, LANG__MAX),
};

static const struct form account_form = { account_fields, AF__MAX, 0 };

/* The password form: one message at a time, the current password first
 * (whether it is right, the handler checks). */
enum {
	PW_CURRENT,
	PW_NEW,
	PW_REPEAT,
	PW__MAX
};

static const struct form_field password_fields[PW__MAX] = {
	{ .name = "huidig", .valid = VALID_ANY, .flags = FF_REQUIRED,
	  .key = "field.required", .missing = "field.required" },
	FORM_NEW_PASSWORD("nieuw"),
	FORM_ANY("herhaling"),
};

static const struct form password_form = { password_fields, PW__MAX, 1 };

/* A coordinator's invitation of a colleague. */
enum {
	MF_EMAIL,
	MF_NAME,
	MF_ROLE,
	MF__MAX
};

static const struct form_field member_fields[MF__MAX] = {
	FORM_EMAIL("email"),
	FORM_TEXT("name", 150),
	FORM_CHOICE("role", member_roles, 2),
};

static const struct form member_form = { member_fields, MF__MAX, 0 };

/*
 * Builds the account page with the two forms; name and lang hold what
 * was typed (or the stored values). Returns the root or NULL.
 */
static xmlNodePtr
account_page(struct worker *w, const struct req *r, struct resp *o,
    int status, const char *name, const char *lang, xmlNodePtr *profile,
    xmlNodePtr *password)
{
	xmlNodePtr	 root, a, f;
	int		 contact;

	if ((root = page_start(r, o, "account", status)) == NULL ||
	    (a = doc_elem(root, "account")) == NULL ||
	    doc_attr(a, "name", r->user.name) == -1 ||
	    doc_attr(a, "email", r->user.email) == -1 ||
	    doc_attr(a, "organisation", r->user.org_name) == -1 ||
	    doc_attr(a, "role", r->user.role) == -1 ||
	    doc_attr(a, "lang", r->user.lang) == -1)
		return NULL;
	if ((f = form_new(root, "account", "/account")) == NULL ||
	    form_field(f, "name", "text", name, 1) == NULL ||
	    form_select(f, "lang", lang, lang_codes, LANG__MAX) == NULL)
		return NULL;
	*profile = f;
	if ((f = form_new(root, "password", "/account/wachtwoord")) == NULL ||
	    form_field(f, "huidig", "password", NULL, 1) == NULL ||
	    form_field(f, "nieuw", "password", NULL, 1) == NULL ||
	    form_field(f, "herhaling", "password", NULL, 1) == NULL)
		return NULL;
	*password = f;
	/* A practices' contact person may withdraw. */
	if ((contact = db_contact_get(w->db, r->user.id)) == -1 ||
	    doc_attr(a, "practice-contact", contact ? "yes" : "no") == -1 ||
	    (contact && form_new(root, "contact-withdraw",
	    "/account/contactpersoon") == NULL))
		return NULL;
	return root;
}

int
handle_contact_withdraw(struct worker *w, struct req *r, struct resp *o)
{
	long long n;

	if ((n = db_contact_withdraw(w->db, r->user.id)) == -1 ||
	    (n > 0 && db_audit_add(w->db, r->user.id,
	    "practice.contact-withdrawn", "user", r->user.id, "") == -1))
		return -1;
	return redirect(o, "/account?klaar=practice.contact-withdrawn");
}

int
handle_account(struct worker *w, struct req *r, struct resp *o)
{
	struct form_value v[AF__MAX];
	const char	*name, *lang;
	xmlNodePtr	 root, prof, pw;
	char		 cookie[128];

	if (r->method != METHOD_POST)
		return account_page(w, r, o, 200, r->user.name, r->user.lang,
		    &prof, &pw) == NULL ? -1 : 0;
	(void)form_read(r, &account_form, v);
	name = v[AF_NAME].s;
	lang = v[AF_LANG].s;
	if ((root = account_page(w, r, o, 422, v[AF_NAME].raw,
	    v[AF_LANG].raw, &prof, &pw)) == NULL)
		return -1;
	if (form_bad(&account_form, v))
		return form_mark(prof, &account_form, v);
	if (db_user_set_profile(w->db, r->user.id, name, lang) == -1 ||
	    db_audit_add(w->db, r->user.id, "user.profile", "user",
	    r->user.id, lang) == -1)
		return -1;
	/* The language chosen here is the one the pages speak from now. */
	snprintf(cookie, sizeof(cookie), "lang=%s; Path=/; Max-Age=31536000; "
	    "SameSite=Lax; HttpOnly%s", lang, r->secure ? "; Secure" : "");
	if (resp_header(o, "Set-Cookie", cookie) == -1)
		return -1;
	snprintf(cookie, sizeof(cookie), "/account?lang=%s&klaar=account.saved",
	    lang);
	return redirect(o, cookie);
}

int
handle_password(struct worker *w, struct req *r, struct resp *o)
{
	struct form_value v[PW__MAX];
	char		 hash[PASSWORD_HASH_MAX];
	unsigned char	 key[32];
	xmlNodePtr	 root, prof, f;
	int		 ok, limited;

	if ((root = account_page(w, r, o, 422, r->user.name, r->user.lang, &prof,
	    &f)) == NULL)
		return -1;
	(void)form_read(r, &password_form, v);
	/* Each check costs an Argon2id hash: wrong ones are counted, and
	 * past the limit there is no check at all. */
	account_email_hash(r->user.email, key);
	if ((limited = throttle_reached(w->db, w->cfg, THROTTLE_PASSWORD,
	    key, r->address, NULL)) != 0)
		return limited == -1 ? -1 : error_page(r, o, 429, NULL);
	/* Checked even when nothing was typed: the same time either way. */
	if ((ok = password_verify(r->user.password_hash, v[PW_CURRENT].s)) ==
	    -1)
		return -1;
	if (!ok && throttle_add(w->db, THROTTLE_PASSWORD, key,
	    r->address) == -1)
		return -1;
	if (!ok && v[PW_CURRENT].error == NULL)
		v[PW_CURRENT].error = "field.password.wrong";
	if (v[PW_REPEAT].raw == NULL ||
	    strcmp(v[PW_NEW].s, v[PW_REPEAT].s) != 0)
		v[PW_REPEAT].error = "field.password.repeat";
	if (form_bad(&password_form, v))
		return form_mark(f, &password_form, v);
	/* A new password ends every session, this one included (the user
	 * goes on in a fresh one), and every reset or invitation link. */
	if (password_hash(v[PW_NEW].s, hash) == -1 ||
	    db_user_set_hash(w->db, r->user.id, hash) == -1 ||
	    db_tokens_end_user(w->db, r->user.id) == -1 ||
	    db_sessions_del_user(w->db, r->user.id) == -1 ||
	    db_audit_add(w->db, r->user.id, "user.password", "user",
	    r->user.id, "") == -1)
		return -1;
	r->signed_in = 0;	/* its session row is gone already */
	if (session_start(w, r, o, r->user.id) == -1)
		return -1;
	return redirect(o, "/account?klaar=password.changed");
}

/* Adds one <member> for each user of the organisation. */
static int
member_add(const struct db_user *u, void *arg)
{
	return user_xml(arg, "member", u) == NULL ? -1 : 0;
}

/* The municipality's choice to be named in benchmarks, and its form. */
static int
benchmark_form(struct worker *w, const struct req *r, xmlNodePtr root)
{
	static const char *const yesno[] = { "ja", "nee" };
	xmlNodePtr	 n, f;
	int		 show;

	if ((show = db_org_show_name(w->db, r->user.org_id)) == -1 ||
	    (n = doc_elem(root, "benchmark")) == NULL ||
	    doc_attr(n, "show-name", show ? "yes" : "no") == -1 ||
	    (f = form_new(root, "benchmark", "/gemeente/benchmark")) == NULL ||
	    form_select(f, "naam", show ? "ja" : "nee", yesno, 2) == NULL)
		return -1;
	return 0;
}

/* Returns 1 when email is the address of a user of the coordinator's
 * own municipality, 0 when not (another's, or none), -1 on failure. */
static int
own_address(struct worker *w, const struct req *r, const char *email)
{
	char		 lower[255];
	struct db_user	 u;
	int		 found;

	snprintf(lower, sizeof(lower), "%s", email);
	email_lower(lower);
	if ((found = db_user_by_email(w->db, lower, &u)) == -1)
		return -1;
	return found && u.org_id == r->user.org_id;
}

int
handle_members(struct worker *w, struct req *r, struct resp *o)
{
	struct account_ctx	 a = { w->db, w->cfg, w->render, NULL, 0 };
	struct form_value	 v[MF__MAX];
	xmlNodePtr		 root, list, f;
	long long		 id;
	int			 post = r->method == METHOD_POST, ours = 0;

	(void)form_read(r, &member_form, v);
	if ((root = page_start(r, o, "members", 200)) == NULL ||
	    (list = doc_elem(root, "members")) == NULL ||
	    db_users_list(w->db, r->user.org_id, member_add, list) == -1 ||
	    (f = form_new(root, "invite", "/gemeente/leden")) == NULL ||
	    form_field(f, "email", "email", post ? v[MF_EMAIL].raw : NULL,
	    1) == NULL ||
	    form_field(f, "name", "text", post ? v[MF_NAME].raw : NULL, 1) ==
	    NULL ||
	    form_select(f, "role", post ? v[MF_ROLE].raw : "member",
	    member_roles, 2) == NULL || benchmark_form(w, r, root) == -1)
		return -1;
	if (!post)
		return 0;
	if (form_bad(&member_form, v)) {
		if (form_mark(f, &member_form, v) == -1)
			return -1;
	} else {
		if ((id = account_create(&a, r->user.id, v[MF_EMAIL].s,
		    v[MF_NAME].s, r->user.org_id, v[MF_ROLE].s, NULL)) == -1)
			return -1;
		if (id == ACCOUNT_TAKEN && (ours = own_address(w, r,
		    v[MF_EMAIL].s)) == -1)
			return -1;
		/* An address with an account elsewhere gets the answer of
		 * an invitation: the page says nothing of other
		 * municipalities' people. */
		if (id > 0 || (id == ACCOUNT_TAKEN && !ours))
			return redirect(o, "/gemeente/leden?klaar=member.invited");
		if (id == ACCOUNT_MISFIT ? form_error(form_field_of(f, "role"),
		    "field.role-org") == -1 : form_error(form_field_of(f,
		    "email"), "field.email.taken") == -1)
			return -1;
	}
	o->status = 422;
	return doc_attr_int(root, "status", 422);
}

int
handle_member_remove(struct worker *w, struct req *r, struct resp *o)
{
	int rc;

	if (r->ids[0] == r->user.id)
		return error_page(r, o, 403, NULL);
	/* Only a user of the coordinator's own organisation is touched. */
	if ((rc = db_user_disable(w->db, r->ids[0], r->user.org_id)) == -1)
		return -1;
	if (rc == 0)
		return error_page(r, o, 404, NULL);
	if (db_audit_add(w->db, r->user.id, "user.disabled", "user",
	    r->ids[0], "by coordinator") == -1)
		return -1;
	return redirect(o, "/gemeente/leden?klaar=member.removed");
}

int
handle_account_export(struct worker *w, struct req *r, struct resp *o)
{
	char	*json;
	int	 rc;

	/* The same as cimolt-admin person export: everything about the
	 * address of the account signed in. */
	if ((json = privacy_export_text(w->db, r->user.email)) == NULL)
		return -1;
	rc = resp_text(o, 200, "application/json; charset=utf-8", json);
	free(json);
	if (rc == -1 || resp_header(o, "Content-Disposition",
	    "attachment; filename=\"mijn-gegevens.json\"") == -1)
		return -1;
	return 0;
}

int
handle_account_erasure(struct worker *w, struct req *r, struct resp *o)
{
	if (privacy_erasure_request(w->db, w->cfg, w->render, &r->user) == -1)
		return -1;
	return redirect(o, "/account?klaar=account.erasure-requested");
}
