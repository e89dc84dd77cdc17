/*
 * Sessions and CSRF tokens.
 *
 * A session is 256 random bits in the cookie "sid" (base64url); the
 * database keeps only its SHA-256, so a copy of the sessions table signs
 * nobody in. Signing in always makes a new token (no fixation), and
 * signing out or disabling a user deletes the rows.
 *
 * A CSRF token is HMAC-SHA256([site] secret, binding): the binding is the
 * session's hash when signed in, and otherwise a random "csrf" cookie
 * given to every visitor (so the sign-in form is protected too). A forged
 * form from another site cannot know either.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <sodium.h>

#include "domain.h"

#define B64_VARIANT	sodium_base64_VARIANT_URLSAFE_NO_PADDING

/* Sets r's role from the user's role name. */
static void
role_of(struct req *r)
{
	r->role = ROLE_ANONYMOUS;
	for (int i = 0; i < ROLE__MAX; i++)
		if (strcmp(r->user.role, role_names[i]) == 0)
			r->role = (enum role)i;
}

int
session_load(struct worker *w, struct req *r)
{
	const char	*sid = kvlist_get(&r->cookies, "sid");
	int		 rc;

	r->signed_in = 0;
	r->role = ROLE_ANONYMOUS;
	if (token_hash(sid, r->sid_hash) == -1)
		return 0;
	rc = db_session_get(w->db, r->sid_hash, w->cfg->idle_minutes,
	    w->cfg->absolute_hours, &r->user, &r->groups, &r->data_version);
	if (rc == -1)
		return -1;
	if (rc == 1) {
		r->signed_in = 1;
		role_of(r);
	}
	return 0;
}

/* Adds a Set-Cookie header; Secure when the request came over HTTPS or
 * [session] secure_cookies says always. */
static int
cookie(const struct req *r, struct resp *o, const char *name,
    const char *value, const char *extra)
{
	char buf[256];

	snprintf(buf, sizeof(buf), "%s=%s; Path=/; HttpOnly; SameSite=Lax%s%s",
	    name, value, extra, r->secure ? "; Secure" : "");
	return resp_header(o, "Set-Cookie", buf);
}

int
session_start(struct worker *w, struct req *r, struct resp *o,
    long long user)
{
	char		 tok[64];
	unsigned char	 hash[32];

	/* The session the visitor came with (if any) is not reused. */
	if (r->signed_in && db_session_del(w->db, r->sid_hash) == -1)
		return -1;
	if (token_new(tok, sizeof(tok), hash) == -1 ||
	    db_session_new(w->db, hash, user) == -1)
		return -1;
	return cookie(r, o, "sid", tok, "");
}

int
session_end(struct worker *w, struct req *r, struct resp *o)
{
	if (r->signed_in && db_session_del(w->db, r->sid_hash) == -1)
		return -1;
	return cookie(r, o, "sid", "", "; Max-Age=0");
}

/* Computes the CSRF token for binding into out (base64url). */
static void
csrf_for(const struct config *cfg, const void *binding, size_t len,
    char out[64])
{
	unsigned char	 key[32], mac[crypto_auth_hmacsha256_BYTES];
	size_t		 keylen = 0;

	/* config_load checked the secret is 64 hex digits. */
	sodium_hex2bin(key, sizeof(key), cfg->secret, strlen(cfg->secret),
	    NULL, &keylen, NULL);
	crypto_auth_hmacsha256(mac, binding, len, key);
	sodium_bin2base64(out, 64, mac, sizeof(mac), B64_VARIANT);
	sodium_memzero(key, sizeof(key));
}

int
csrf_prepare(struct worker *w, struct req *r)
{
	const char	*c;
	unsigned char	 unused[32];

	if (r->signed_in) {
		csrf_for(w->cfg, r->sid_hash, sizeof(r->sid_hash), r->csrf);
		return 0;
	}
	c = kvlist_get(&r->cookies, "csrf");
	if (token_hash(c, unused) == 0)
		snprintf(r->csrf_cookie, sizeof(r->csrf_cookie), "%s", c);
	else {
		/* A first visit: the visitor gets a binding of its own
		 * (csrf_cookie_set sends it). */
		if (token_new(r->csrf_cookie, sizeof(r->csrf_cookie),
		    unused) == -1)
			return -1;
		r->csrf_new = 1;
	}
	csrf_for(w->cfg, r->csrf_cookie, strlen(r->csrf_cookie), r->csrf);
	return 0;
}

int
csrf_cookie_set(const struct req *r, struct resp *o)
{
	return cookie(r, o, "csrf", r->csrf_cookie, "");
}

int
csrf_valid(const struct req *r)
{
	const char *given = kvlist_get(&r->params, "csrf");

	/* A cookie made on this very request was never in a form. */
	if (given == NULL || r->csrf_new || strlen(given) != strlen(r->csrf))
		return 0;
	return sodium_memcmp(given, r->csrf, strlen(r->csrf)) == 0;
}
