/*
 * Privacy by design: personal data is kept only as long as the
 * [retention] periods say (the purge, run daily by cimolt-admin purge
 * from a systemd timer). What the purge leaves is what belongs to an
 * organisation rather than to a person: the monitor's answers and
 * scores, the statistics, the counts of registrations per municipality.
 *
 * And the rights of the persons whose data it holds: everything about
 * one address as JSON (cimolt-admin person export, and "Mijn gegevens
 * downloaden" on /account), a request to delete one's account that
 * notifies the organisers, and the erasure itself (cimolt-admin person
 * erase), which keeps what belongs to the organisation and leaves one
 * audit line that it took place.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "domain.h"

const char *const purge_names[PURGE__MAX] = {
	"registrations",	/* PURGE_REGISTRATIONS */
	"messages",		/* PURGE_MESSAGES */
	"login-failures",	/* PURGE_LOGIN_FAILURES */
	"sessions",		/* PURGE_SESSIONS */
	"links",		/* PURGE_TOKENS */
	"audit",		/* PURGE_AUDIT */
};

int
privacy_purge(struct db *db, const struct config *cfg, int dry_run,
    long long n[PURGE__MAX])
{
	const struct purge_limits lim = {
		.reg_months = cfg->keep_reg_months,
		.msg_days = cfg->keep_msg_days,
		.fail_days = cfg->keep_fail_days,
		.idle_minutes = cfg->idle_minutes,
		.absolute_hours = cfg->absolute_hours,
		.audit_years = cfg->keep_audit_years,
		.secret = cfg->secret,
	};

	for (int i = 0; i < PURGE__MAX; i++)
		if ((n[i] = db_purge(db, (enum purge)i, dry_run, &lim)) == -1)
			return -1;
	return 0;
}

/* The names of an export's parts, as its JSON has them. */
static const char *const part_names[PERSON__MAX] = {
	"account",		/* PERSON_ACCOUNT */
	"registrations",	/* PERSON_REGISTRATIONS */
	"practices",		/* PERSON_PRACTICES */
	"contact_messages",	/* PERSON_CONTACT_MESSAGES */
	"advice_requests",	/* PERSON_ADVICE_REQUESTS */
	"advice_messages",	/* PERSON_ADVICE_MESSAGES */
	"info_revisions",	/* PERSON_INFO_REVISIONS */
	"messages",		/* PERSON_MESSAGES */
	"login_failures",	/* PERSON_LOGIN_FAILURES */
	"audit",		/* PERSON_AUDIT */
	"events_notifying",	/* PERSON_EVENTS */
	"throttled_requests",	/* PERSON_THROTTLED */
	"message_recipients",	/* PERSON_MESSAGE_RECIPIENTS */
};

const char *const erase_names[ERASE__MAX] = {
	"account",		/* ERASE_ACCOUNT */
	"registrations",	/* ERASE_REGISTRATIONS */
	"messages",		/* ERASE_MESSAGES */
	"login-failures",	/* ERASE_LOGIN_FAILURES */
	"audit",		/* ERASE_AUDIT */
	"other",		/* ERASE_OTHER */
	"events",		/* ERASE_EVENTS */
};

/* Appends a row as an object to the array arg: a message's body as the
 * JSON it is (or null once erased), everything else as strings. */
static int
row_json(const char *const *names, const char *const *values, size_t n,
    void *arg)
{
	json_t	*obj, *v;

	if ((obj = json_object()) == NULL ||
	    json_array_append_new(arg, obj) == -1)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (strcmp(names[i], "body") == 0)
			v = values[i][0] ? json_loads(values[i], 0, NULL) :
			    json_null();
		else
			v = json_string(values[i]);
		if (json_object_set_new(obj, names[i], v != NULL ? v :
		    json_null()) == -1)
			return -1;
	}
	return 0;
}

/* The address in lower case, as it is stored (malloc'd), or NULL. */
static char *
stored_email(const char *email)
{
	char *s;

	if ((s = strdup(email)) != NULL)
		email_lower(s);
	return s;
}

json_t *
privacy_export(struct db *db, const char *email)
{
	struct db_user	 u;
	json_t		*root = NULL, *arr;
	char		*lower, now[24];
	long long	 user;
	time_t		 t = time(NULL);
	struct tm	 tm;
	int		 rc;

	if ((lower = stored_email(email)) == NULL)
		return NULL;
	if ((rc = db_user_by_email(db, lower, &u)) == -1)
		goto err;
	user = rc == 1 ? u.id : 0;
	strftime(now, sizeof(now), "%Y-%m-%dT%H:%M:%SZ", gmtime_r(&t, &tm));
	if ((root = json_object()) == NULL ||
	    json_object_set_new(root, "email", json_string(lower)) == -1 ||
	    json_object_set_new(root, "exported_at", json_string(now)) == -1)
		goto err;
	for (int p = 0; p < PERSON__MAX; p++) {
		if ((arr = json_array()) == NULL)
			goto err;
		if (db_person_rows(db, (enum person_part)p, lower, user,
		    row_json, arr) == -1) {
			json_decref(arr);
			goto err;
		}
		if (p == PERSON_ACCOUNT) {
			json_t *a = json_array_size(arr) ?
			    json_incref(json_array_get(arr, 0)) : json_null();

			json_decref(arr);
			arr = a;
		}
		if (json_object_set_new(root, part_names[p], arr) == -1)
			goto err;
	}
	free(lower);
	return root;
err:
	free(lower);
	json_decref(root);
	return NULL;
}

char *
privacy_export_text(struct db *db, const char *email)
{
	json_t	*j;
	char	*s;

	if ((j = privacy_export(db, email)) == NULL)
		return NULL;
	s = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
	    JSON_ENSURE_ASCII);
	json_decref(j);
	return s;
}

int
privacy_erase(struct db *db, const struct config *cfg, const char *email,
    long long n[ERASE__MAX])
{
	/* The order matters: the account's address goes last, after
	 * everything found by it. */
	static const enum erase order[ERASE__MAX] = { ERASE_MESSAGES,
	    ERASE_REGISTRATIONS, ERASE_LOGIN_FAILURES, ERASE_AUDIT,
	    ERASE_EVENTS, ERASE_OTHER, ERASE_ACCOUNT };
	struct db_user	 u;
	char		*lower, detail[256];
	long long	 user;
	int		 rc = -1, found;

	if ((lower = stored_email(email)) == NULL)
		return -1;
	if ((found = db_user_by_email(db, lower, &u)) == -1)
		goto out;
	user = found == 1 ? u.id : 0;
	for (int i = 0; i < ERASE__MAX; i++)
		if ((n[order[i]] = db_person_erase(db, order[i], lower, user,
		    cfg->secret)) == -1)
			goto out;
	/* One line that an erasure took place, naming no one. */
	snprintf(detail, sizeof(detail), "account %lld, registrations %lld, "
	    "messages %lld, login-failures %lld, audit %lld, other %lld, "
	    "events %lld", n[ERASE_ACCOUNT], n[ERASE_REGISTRATIONS],
	    n[ERASE_MESSAGES], n[ERASE_LOGIN_FAILURES], n[ERASE_AUDIT],
	    n[ERASE_OTHER], n[ERASE_EVENTS]);
	if (db_audit_add(db, 0, "person.erased", user ? "user" : "person",
	    user, detail) == -1)
		goto out;
	rc = 0;
out:
	free(lower);
	return rc;
}

int
privacy_erasure_request(struct db *db, const struct config *cfg,
    const struct render *rd, const struct db_user *u)
{
	xmlDocPtr	 mail;
	xmlNodePtr	 root;
	json_t		*data;
	char		 to[8192];
	int		 rc;

	if (db_organiser_emails(db, to, sizeof(to)) == -1)
		return -1;
	data = json_pack("{s:{s:I,s:s,s:s,s:s}}", "user", "id",
	    (json_int_t)u->id, "name", u->name, "email", u->email,
	    "organisation", u->org_name);
	if (data == NULL || (mail = mail_doc("account.erasure-requested", "nl",
	    &root)) == NULL) {
		json_decref(data);
		return -1;
	}
	if (doc_text(root, "name", u->name) == NULL ||
	    doc_text(root, "email", u->email) == NULL ||
	    doc_text(root, "organisation", u->org_name) == NULL) {
		json_decref(data);
		xmlFreeDoc(mail);
		return -1;
	}
	rc = outbox_put(db, cfg, rd, "account.erasure-requested", data, mail,
	    to, u->email);
	xmlFreeDoc(mail);
	if (rc == 0 && db_audit_add(db, u->id, "account.erasure-requested",
	    "user", u->id, "") == -1)
		rc = -1;
	return rc;
}
