/*
 * Account operations shared by the web pages and cimolt-admin: creating
 * a user (with an invitation mail when there is no password yet) and
 * sending a password-reset link. Each runs in the caller's transaction,
 * so the user, its single-use token, the audit entry and the outbox row
 * exist together or not at all.
 */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include <jansson.h>
#include <sodium.h>

#include "domain.h"

#define INVITATION_HOURS	(7 * 24)
#define RESET_HOURS		1

/* Which organisations each role belongs to. */
static const struct {
	const char	*role;
	const char	*kinds;		/* space-separated */
} fits[] = {
	{ "member", "gemeente" },
	{ "coordinator", "gemeente" },
	{ "regional", "provincie koepelorganisatie" },
	{ "organiser", "organisator" },
	{ "admin", "organisator" },
};

int
role_fits(const char *role, const char *kind)
{
	const char	*k;
	size_t		 n = strlen(kind);

	for (size_t i = 0; i < sizeof(fits) / sizeof(fits[0]); i++) {
		if (strcmp(fits[i].role, role) != 0)
			continue;
		for (k = fits[i].kinds; (k = strstr(k, kind)) != NULL; k += n)
			if ((k == fits[i].kinds || k[-1] == ' ') &&
			    (k[n] == '\0' || k[n] == ' '))
				return 1;
		return 0;
	}
	return -1;
}

void
email_lower(char *s)
{
	for (; *s != '\0'; s++)
		*s = (char)tolower((unsigned char)*s);
}

/* Makes the <mail> document for a message type in language lang. */
static xmlDocPtr
mail_new(const char *type, const char *lang, const char *name,
    const char *organisation, const char *link)
{
	xmlDocPtr	 doc;
	xmlNodePtr	 root;

	if ((doc = mail_doc(type, lang, &root)) == NULL)
		return NULL;
	if (doc_text(root, "name", name) == NULL ||
	    doc_text(root, "organisation", organisation) == NULL ||
	    doc_text(root, "link", link) == NULL ||
	    doc_int(root, "expires-days", INVITATION_HOURS / 24) == NULL) {
		xmlFreeDoc(doc);
		return NULL;
	}
	return doc;
}

/* Makes a single-use token for the user and queues the mail that
 * carries its link. Returns 0/-1. */
static int
mail_link(const struct account_ctx *a, const struct db_user *u,
    const char *purpose, int hours, const char *path, const char *type)
{
	char		 tok[64], link[1024];
	unsigned char	 hash[32];
	xmlDocPtr	 mail;
	int		 rc;

	if (token_new(tok, sizeof(tok), hash) == -1 ||
	    db_token_add(a->db, hash, u->id, purpose, hours) == -1)
		return -1;
	snprintf(link, sizeof(link), "%s%s%s", a->cfg->base_url, path, tok);
	if (a->link != NULL)
		snprintf(a->link, a->linksz, "%s", link);
	if ((mail = mail_new(type, u->lang, u->name, u->org_name, link)) ==
	    NULL)
		return -1;
	rc = outbox_put(a->db, a->cfg, a->rd, type,
	    json_pack("{s:I,s:s,s:s}", "user_id", (json_int_t)u->id,
	    "organisation", u->org_name, "role", u->role),
	    mail, u->email, NULL);
	xmlFreeDoc(mail);
	return rc;
}

long long
account_create(const struct account_ctx *a, long long actor,
    const char *email, const char *name, long long org_id, const char *role,
    const char *password)
{
	char		 hash[PASSWORD_HASH_MAX], lower[255], org_key[24];
	struct db_user	 u;
	struct db_org	 org;
	long long	 id;
	int		 rc;

	snprintf(org_key, sizeof(org_key), "%lld", org_id);
	if ((rc = db_org_find(a->db, org_key, &org)) == -1)
		return -1;
	if (rc == 0 || org.id != org_id || role_fits(role, org.kind) != 1)
		return ACCOUNT_MISFIT;
	snprintf(lower, sizeof(lower), "%s", email);
	email_lower(lower);
	if (password != NULL && password_hash(password, hash) == -1)
		return -1;
	if ((id = db_user_add(a->db, lower, name, org_id, role,
	    password ? hash : NULL)) <= 0)
		return id;
	if (db_audit_add(a->db, actor, "user.created", "user", id, role) ==
	    -1)
		return -1;
	if (password != NULL)
		return id;
	if (db_user_by_email(a->db, lower, &u) != 1 ||
	    mail_link(a, &u, "invitation", INVITATION_HOURS, "/uitnodiging/",
	    "account.invited") == -1)
		return -1;
	return id;
}

int
account_send_reset(const struct account_ctx *a, const struct db_user *u)
{
	return mail_link(a, u, "reset", RESET_HOURS, "/wachtwoord/",
	    "account.reset");
}

/* The kind each throttle is counted as, and its window (the limits are
 * the configuration's). */
static const struct {
	const char	*kind;		/* throttle_events.kind */
	int		 minutes;
} throttles[THROTTLE__MAX] = {
	{ "reset", 60 },	/* THROTTLE_RESET */
	{ "password", 15 },	/* THROTTLE_PASSWORD */
	{ "registration", 60 },	/* THROTTLE_REGISTRATION */
};

void
account_email_hash(const char *email, unsigned char hash[32])
{
	char lower[255];

	snprintf(lower, sizeof(lower), "%s", email);
	email_lower(lower);
	crypto_hash_sha256(hash, (const unsigned char *)lower, strlen(lower));
}

int
throttle_reached(struct db *db, const struct config *cfg, enum throttle t,
    const unsigned char key_hash[32], const char *client, int *limit)
{
	int	 by_key, by_client, max_key, max_client, at = 0;

	switch (t) {
	case THROTTLE_RESET:
		max_key = cfg->max_resets_account;
		max_client = cfg->max_resets_address;
		break;
	case THROTTLE_PASSWORD:
		max_key = cfg->max_fail_account;
		max_client = cfg->max_fail_address;
		break;
	default:
		max_key = cfg->reg_per_address;
		max_client = cfg->reg_per_client;
		break;
	}
	if (db_throttle_count(db, throttles[t].kind, key_hash, client,
	    throttles[t].minutes, &by_key, &by_client) == -1)
		return -1;
	if (by_key >= max_key) {
		at |= THROTTLED_KEY;
		if (limit != NULL)
			*limit = max_key;
	}
	if (by_client >= max_client) {
		at |= THROTTLED_CLIENT;
		if (limit != NULL)
			*limit = max_client;
	}
	if (at != 0)
		log_info("throttle: %s at its limit (%d for the key, %d from "
		    "the client in %d minutes)", throttles[t].kind, by_key,
		    by_client, throttles[t].minutes);
	return at;
}

int
throttle_add(struct db *db, enum throttle t,
    const unsigned char key_hash[32], const char *client)
{
	return db_throttle_add(db, throttles[t].kind, key_hash, client);
}
