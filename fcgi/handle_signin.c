/*
 * Signing in and out, and the pages reached from a mailed link: taking
 * an invitation, asking for a password reset and using it.
 *
 * Sign-in answers the same for an unknown address, a disabled account,
 * an account without a password and a wrong password, and takes as long
 * (password_verify checks a dummy hash), so the page never tells whether
 * an address has an account. Failed attempts are counted per address
 * typed (hashed) and per client address; past the limits the answer is
 * 429 whatever the password.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <sodium.h>

#include "handlers.h"

/* The sign-in form's fields; terug is the page to go to afterwards, ours
 * only (else dropped). The forgotten-password form is its email alone. */
enum {
	LF_EMAIL,
	LF_PASSWORD,
	LF_RETURN,
	LF__MAX
};

static const struct form_field login_fields[LF__MAX] = {
	{ .name = "email", .valid = VALID_EMAIL, .flags = FF_REQUIRED,
	  .key = "field.email", .missing = "field.required" },
	{ .name = "wachtwoord", .valid = VALID_ANY, .flags = FF_REQUIRED,
	  .max = PASSWORD_MAX, .key = "field.required",
	  .missing = "field.required" },
	{ .name = "terug", .valid = VALID_RETURN_PATH, .flags = FF_EMPTY },
};

static const struct form login_form_table = { login_fields, LF__MAX, 0 };
static const struct form forgot_form_table = { login_fields, 1, 0 };

/* The form to choose a password (invitation and reset share it); the
 * two must be the same, which the handler checks. */
enum {
	PF_PASSWORD,
	PF_REPEAT,
	PF__MAX
};

static const struct form_field password_fields[PF__MAX] = {
	FORM_NEW_PASSWORD("wachtwoord"),
	FORM_ANY("herhaling"),
};

static const struct form password_form_table = { password_fields, PF__MAX,
    0 };

/* The sign-in form, with what was typed (never the password); the page
 * to return to travels in a hidden field (a POST reads its body only). */
static xmlNodePtr
login_form(const struct form_value *v, xmlNodePtr root, const char *ret)
{
	xmlNodePtr f;

	if (ret != NULL && doc_text(root, "return-to", ret) == NULL)
		return NULL;
	if ((f = form_new(root, "login", "/inloggen")) == NULL ||
	    (ret != NULL && form_field(f, "terug", "hidden", ret, 0) ==
	    NULL) ||
	    form_field(f, "email", "email", v[LF_EMAIL].raw, 1) == NULL ||
	    form_field(f, "wachtwoord", "password", NULL, 1) == NULL)
		return NULL;
	return f;
}

/* Sets the lang cookie to the user's language, for the pages to come. */
static int
lang_cookie(const struct req *r, struct resp *o, const char *lang)
{
	char buf[128];

	if (valid_lang(lang) == -1)
		return 0;
	snprintf(buf, sizeof(buf), "lang=%s; Path=/; Max-Age=31536000; "
	    "SameSite=Lax; HttpOnly%s", lang, r->secure ? "; Secure" : "");
	return resp_header(o, "Set-Cookie", buf);
}

/*
 * Lower-cases email into lower and checks the failures of the last 15
 * minutes for that address (hashed into ehash) and for the client.
 * Returns 1 when either is over its limit, 0 when not, -1 on failure.
 */
static int
throttled(struct worker *w, const struct req *r, const char *email,
    char lower[255], unsigned char ehash[32])
{
	int by_email, by_addr;

	snprintf(lower, 255, "%s", email);
	email_lower(lower);
	account_email_hash(lower, ehash);
	if (db_login_failures(w->db, ehash, r->address, &by_email,
	    &by_addr) == -1)
		return -1;
	if (by_email < w->cfg->max_fail_account &&
	    by_addr < w->cfg->max_fail_address)
		return 0;
	log_info("signin: throttled (%d for the account, %d for the "
	    "address)", by_email, by_addr);
	return 1;
}

int
handle_login(struct worker *w, struct req *r, struct resp *o)
{
	struct form_value v[LF__MAX];
	const char	*email, *pw, *ret;
	char		 lower[255], hash[PASSWORD_HASH_MAX];
	unsigned char	 ehash[32];
	struct db_user	 u;
	xmlNodePtr	 root, f;
	int		 limited, found, ok;

	(void)form_read(r, &login_form_table, v);
	email = v[LF_EMAIL].s;
	pw = v[LF_PASSWORD].s;
	ret = v[LF_RETURN].raw;
	if (r->method != METHOD_POST) {
		if ((root = page_start(r, o, "login", 200)) == NULL)
			return -1;
		return login_form(v, root, ret) == NULL ? -1 : 0;
	}

	/* Well-formed input first: a 422 costs no database work. */
	if (form_bad(&login_form_table, v)) {
		if ((root = page_start(r, o, "login", 422)) == NULL ||
		    (f = login_form(v, root, ret)) == NULL ||
		    form_mark(f, &login_form_table, v) == -1)
			return -1;
		return 0;
	}
	if ((limited = throttled(w, r, email, lower, ehash)) != 0)
		return limited == -1 ? -1 : error_page(r, o, 429, NULL);

	if ((found = db_user_by_email(w->db, lower, &u)) == -1)
		return -1;
	ok = password_verify(found && !u.disabled ? u.password_hash : "", pw);
	if (ok == -1)
		return -1;
	if (!ok) {
		if (db_login_failure_add(w->db, ehash, r->address) == -1 ||
		    (root = page_start(r, o, "login", 422)) == NULL ||
		    (f = login_form(v, root, ret)) == NULL ||
		    form_error(f, "login.failed") == -1)
			return -1;
		return 0;
	}
	if (password_needs_rehash(u.password_hash) &&
	    (password_hash(pw, hash) == -1 ||
	    db_user_set_hash(w->db, u.id, hash) == -1))
		return -1;
	if (session_start(w, r, o, u.id) == -1 ||
	    lang_cookie(r, o, u.lang) == -1)
		return -1;
	log_info("signin: user %lld signed in", u.id);
	return redirect(o, ret != NULL ? ret : "/");
}

int
handle_logout(struct worker *w, struct req *r, struct resp *o)
{
	if (session_end(w, r, o) == -1)
		return -1;
	return redirect(o, "/?klaar=signed-out");
}

/* The form to choose a password (invitation and reset share it). */
static xmlNodePtr
password_form(xmlNodePtr root, const char *name, const char *action)
{
	xmlNodePtr f;

	if ((f = form_new(root, name, action)) == NULL ||
	    form_field(f, "wachtwoord", "password", NULL, 1) == NULL ||
	    form_field(f, "herhaling", "password", NULL, 1) == NULL)
		return NULL;
	return f;
}

/*
 * The pages of a mailed link (purpose "invitation" or "reset"): GET shows
 * the form, POST sets the password, uses up the link (and every other
 * reset or invitation link of the user) and signs the user in. An unknown, used or expired link gets 404 with an explanation.
 */
static int
link_page(struct worker *w, struct req *r, struct resp *o,
    const char *purpose, const char *page, const char *notice)
{
	unsigned char	 hash[32];
	char		 action[128], pwhash[PASSWORD_HASH_MAX];
	struct db_user	 u;
	struct form_value v[PF__MAX];
	xmlNodePtr	 root, f, n;
	int		 found = 0;

	if (token_hash(r->token, hash) == 0 &&
	    (found = db_token_get(w->db, hash, purpose, &u)) == -1)
		return -1;
	if (!found) {
		if ((root = page_start(r, o, page, 404)) == NULL ||
		    doc_elem(root, "invalid-token") == NULL)
			return -1;
		return 0;
	}
	snprintf(action, sizeof(action), "%s", r->path);
	if ((root = page_start(r, o, page, 200)) == NULL ||
	    (n = doc_elem(root, "invitation")) == NULL ||
	    doc_attr(n, "name", u.name) == -1 ||
	    doc_attr(n, "email", u.email) == -1 ||
	    doc_attr(n, "organisation", u.org_name) == -1 ||
	    (f = password_form(root, page, action)) == NULL)
		return -1;
	if (r->method != METHOD_POST)
		return 0;
	(void)form_read(r, &password_form_table, v);
	if (v[PF_PASSWORD].error == NULL && (v[PF_REPEAT].raw == NULL ||
	    strcmp(v[PF_PASSWORD].s, v[PF_REPEAT].s) != 0))
		v[PF_REPEAT].error = "field.password.repeat";
	if (form_bad(&password_form_table, v)) {
		o->status = 422;
		return form_mark(f, &password_form_table, v) == -1 ? -1 :
		    doc_attr_int(root, "status", 422);
	}
	if (password_hash(v[PF_PASSWORD].s, pwhash) == -1 ||
	    db_user_set_hash(w->db, u.id, pwhash) == -1 ||
	    db_token_use(w->db, hash) == -1 ||
	    db_tokens_end_user(w->db, u.id) == -1 ||
	    db_sessions_del_user(w->db, u.id) == -1 ||
	    db_audit_add(w->db, u.id, strcmp(purpose, "reset") == 0 ?
	    "user.password_reset" : "user.invitation_taken", "user", u.id,
	    "") == -1 ||
	    session_start(w, r, o, u.id) == -1)
		return -1;
	snprintf(action, sizeof(action), "/account?klaar=%s", notice);
	return redirect(o, action);
}

int
handle_invitation(struct worker *w, struct req *r, struct resp *o)
{
	return link_page(w, r, o, "invitation", "invitation",
	    "invitation.done");
}

int
handle_reset(struct worker *w, struct req *r, struct resp *o)
{
	return link_page(w, r, o, "reset", "reset", "password.changed");
}

int
handle_forgot(struct worker *w, struct req *r, struct resp *o)
{
	struct form_value	 v[1];
	char			 lower[255];
	unsigned char		 ehash[32];
	struct db_user		 u;
	struct account_ctx	 a = { w->db, w->cfg, w->render, NULL, 0 };
	xmlNodePtr		 root, f;
	int			 found, limited;

	if (r->method != METHOD_POST) {
		if ((root = page_start(r, o, "forgot", 200)) == NULL ||
		    (f = form_new(root, "forgot", "/wachtwoord-vergeten")) ==
		    NULL || form_field(f, "email", "email", NULL, 1) == NULL)
			return -1;
		return 0;
	}
	if (form_read(r, &forgot_form_table, v) > 0) {
		if ((root = page_start(r, o, "forgot", 422)) == NULL ||
		    (f = form_new(root, "forgot", "/wachtwoord-vergeten")) ==
		    NULL || form_field(f, "email", "email", v[LF_EMAIL].raw,
		    1) == NULL || form_mark(f, &forgot_form_table, v) == -1)
			return -1;
		return 0;
	}
	/* Requests are counted apart from failed sign-ins, with their own
	 * limit: the form cannot flood somebody's mailbox, and asking for
	 * resets never locks the right password out. */
	snprintf(lower, sizeof(lower), "%s", v[LF_EMAIL].s);
	email_lower(lower);
	account_email_hash(lower, ehash);
	if ((limited = throttle_reached(w->db, w->cfg, THROTTLE_RESET,
	    ehash, r->address, NULL)) != 0)
		return limited == -1 ? -1 : error_page(r, o, 429, NULL);
	if (throttle_add(w->db, THROTTLE_RESET, ehash, r->address) == -1
	    || (found = db_user_by_email(w->db, lower, &u)) == -1)
		return -1;
	if (found && !u.disabled && account_send_reset(&a, &u) == -1)
		return -1;
	/* The same answer whether or not the address has an account. */
	return redirect(o, "/wachtwoord-vergeten?klaar=forgot.sent");
}
