/*
 * Statements of privacy: the purge that keeps personal data only as long
 * as the [retention] periods say. It reaches into the tables of several
 * domains (registrations, the outbox, accounts, the audit log) because
 * retention is one rule over all of them, written in one place.
 *
 * Each rule is a WHERE clause used twice: by the count of a dry run and
 * by the change itself, so that a dry run says exactly what a run would
 * do. Every statement is prepared on first use on the connection (see
 * db.c) and runs with bound parameters only.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db-int.h"

enum stmt {
	STMT_REG_COUNT,
	STMT_REG_PURGE,
	STMT_MSG_COUNT,
	STMT_MSG_PURGE_DELIVERIES,
	STMT_MSG_PURGE,
	STMT_MSG_PURGE_RECIPIENTS,
	STMT_FAIL_COUNT,
	STMT_FAIL_PURGE,
	STMT_THROTTLE_PURGE,
	STMT_SESSION_COUNT,
	STMT_SESSION_PURGE,
	STMT_TOKEN_COUNT,
	STMT_TOKEN_PURGE,
	STMT_AUDIT_COUNT,
	STMT_AUDIT_PURGE,
	/* a person's export */
	STMT_P_ACCOUNT,
	STMT_P_REGISTRATIONS,
	STMT_P_PRACTICES,
	STMT_P_CONTACT_MESSAGES,
	STMT_P_ADVICE_REQUESTS,
	STMT_P_ADVICE_MESSAGES,
	STMT_P_INFO_REVISIONS,
	STMT_P_MESSAGES,
	STMT_P_LOGIN_FAILURES,
	STMT_P_AUDIT,
	STMT_P_EVENTS,
	STMT_P_THROTTLED,
	STMT_P_MESSAGE_RECIPIENTS,
	/* a person's erasure */
	STMT_E_REGISTRATIONS,
	STMT_E_DELIVERIES,
	STMT_E_MESSAGES,
	STMT_E_LOGIN_FAILURES,
	STMT_E_THROTTLED,
	STMT_E_AUDIT,
	STMT_E_SESSIONS,
	STMT_E_TOKENS,
	STMT_E_CONTACT_OPTIN,
	STMT_E_CONTACT_MESSAGES,
	STMT_E_PRACTICE_CONTACT,
	STMT_E_ADVICE_PHONE,
	STMT_E_USER,
	STMT_E_EVENTS,
	STMT__MAX
};

/* Registrations whose event ended more than ? months ago. */
#define REG_WHERE \
	"r.purged_at IS NULL AND r.event_id IN (SELECT e.id FROM events e " \
	"WHERE e.ends_at < UTC_TIMESTAMP() - INTERVAL ? MONTH)"
/* Messages delivered, or given up, more than ? (and ?) days ago. */
#define MSG_WHERE \
	"o.purged_at IS NULL AND ((o.status = 'sent' AND " \
	"o.sent_at < UTC_TIMESTAMP() - INTERVAL ? DAY) OR " \
	"(o.status = 'failed' AND " \
	"o.give_up_at < UTC_TIMESTAMP() - INTERVAL ? DAY))"
#define FAIL_WHERE "at < UTC_TIMESTAMP() - INTERVAL ? DAY"
/* Sessions idle more than ? minutes or older than ? hours. */
#define SESSION_WHERE \
	"last_seen_at < UTC_TIMESTAMP() - INTERVAL ? MINUTE OR " \
	"created_at < UTC_TIMESTAMP() - INTERVAL ? HOUR"
#define TOKEN_WHERE "expires_at < UTC_TIMESTAMP() OR used_at IS NOT NULL"
#define TS(col) "COALESCE(DATE_FORMAT(" col ", '%Y-%m-%d %H:%i:%s'), '')"
/* Where a message, an audit line's detail, names an address: the
 * pattern of address_pattern(), so that a@b.nl is not found inside
 * ba@b.nl or a@b.nl.example. */
#define NAMES(col) col " REGEXP ?"

/* Audit lines older than ? years that name a user (or an address). */
#define AUDIT_WHERE \
	"pseudonymised_at IS NULL AND at < UTC_TIMESTAMP() - INTERVAL ? YEAR " \
	"AND (actor_user_id IS NOT NULL OR subject_type = 'user' OR " \
	"detail LIKE '%@%')"
/*
 * Pseudonymises an audit line: the pseudonym of a user is the first 16
 * hex digits of SHA-256(secret ":" id), the same for the same user, so
 * lines still tell what one (unknown) person did. MariaDB assigns from
 * left to right: the pseudonyms are taken before the ids are cleared.
 */
#define AUDIT_PSEUDONYMISE \
	"UPDATE audit_log SET " \
	"actor_pseudonym = IF(actor_user_id IS NULL, actor_pseudonym, " \
	"LEFT(SHA2(CONCAT(?, ':', actor_user_id), 256), 16)), " \
	"subject_pseudonym = IF(subject_type = 'user', " \
	"LEFT(SHA2(CONCAT(?, ':', subject_id), 256), 16), subject_pseudonym), " \
	"subject_id = IF(subject_type = 'user', 0, subject_id), " \
	"detail = IF(detail LIKE '%@%', CONCAT('pseudonym ', " \
	"LEFT(SHA2(CONCAT(?, ':', detail), 256), 16)), detail), " \
	"actor_user_id = NULL, pseudonymised_at = UTC_TIMESTAMP() "

static const char *const stmts[STMT__MAX] = {
	[STMT_REG_COUNT] =
	"SELECT COUNT(*) FROM registrations r WHERE " REG_WHERE,
	[STMT_REG_PURGE] =
	"UPDATE registrations r SET r.name = '', "
	"r.email = CONCAT('verwijderd-', r.id), r.job_title = '', "
	"r.guest_organisation = IF(r.guest_organisation IS NULL, NULL, ''), "
	"r.user_id = NULL, r.purged_at = UTC_TIMESTAMP() WHERE " REG_WHERE,
	[STMT_MSG_COUNT] =
	"SELECT COUNT(*) FROM outbox o WHERE " MSG_WHERE,
	/* What the receivers answered may quote an address. */
	[STMT_MSG_PURGE_DELIVERIES] =
	"UPDATE deliveries d JOIN outbox o ON o.id = d.outbox_id "
	"SET d.smtp_reply = NULL, d.error = NULL WHERE " MSG_WHERE,
	[STMT_MSG_PURGE] =
	"UPDATE outbox o SET o.body = '', o.last_error = NULL, "
	"o.subject = NULL, o.recipients = NULL, "
	"o.purged_at = UTC_TIMESTAMP() WHERE " MSG_WHERE,
	/* The addresses a purged (or erased) message went to: after the
	 * purge or the erasure that marked it. */
	[STMT_MSG_PURGE_RECIPIENTS] =
	"DELETE r FROM outbox_recipients r JOIN outbox o "
	"ON o.id = r.outbox_id WHERE o.purged_at IS NOT NULL",
	/* Failed sign-ins, and the other throttled tries (reset requests,
	 * wrong current passwords): a hash of the address and the IP. */
	[STMT_FAIL_COUNT] =
	"SELECT (SELECT COUNT(*) FROM login_failures WHERE " FAIL_WHERE ") + "
	"(SELECT COUNT(*) FROM throttle_events WHERE " FAIL_WHERE ")",
	[STMT_FAIL_PURGE] =
	"DELETE FROM login_failures WHERE " FAIL_WHERE,
	[STMT_THROTTLE_PURGE] =
	"DELETE FROM throttle_events WHERE " FAIL_WHERE,
	[STMT_SESSION_COUNT] =
	"SELECT COUNT(*) FROM sessions WHERE " SESSION_WHERE,
	[STMT_SESSION_PURGE] =
	"DELETE FROM sessions WHERE " SESSION_WHERE,
	[STMT_TOKEN_COUNT] =
	"SELECT COUNT(*) FROM user_tokens WHERE " TOKEN_WHERE,
	[STMT_TOKEN_PURGE] =
	"DELETE FROM user_tokens WHERE " TOKEN_WHERE,
	[STMT_AUDIT_COUNT] =
	"SELECT COUNT(*) FROM audit_log WHERE " AUDIT_WHERE,
	[STMT_AUDIT_PURGE] =
	AUDIT_PSEUDONYMISE "WHERE " AUDIT_WHERE,

	/* The export: parameters (email, user id) as person_params says. */
	[STMT_P_ACCOUNT] =
	"SELECT u.id, u.email, u.name, o.name, u.role, u.lang, "
	TS("u.created_at") ", " TS("u.disabled_at") ", "
	TS("pc.opted_in_at") " FROM users u "
	"JOIN organisations o ON o.id = u.organisation_id "
	"LEFT JOIN practice_contacts pc ON pc.user_id = u.id WHERE u.id = ?",
	[STMT_P_REGISTRATIONS] =
	"SELECT r.id, r.event_id, e.title, " TS("e.starts_at") ", "
	"COALESCE(o.name, r.guest_organisation), "
	"r.name, r.email, r.job_title, r.lang, r.status, " TS("r.created_at")
	", " TS("r.cancelled_at") " FROM registrations r "
	"JOIN events e ON e.id = r.event_id "
	"LEFT JOIN organisations o ON o.id = r.organisation_id "
	"WHERE r.email = ? OR r.user_id = ? ORDER BY r.id",
	[STMT_P_PRACTICES] =
	"SELECT pr.practice_id, pr.id, pr.title, pr.status, "
	"IF(pr.created_by = ? OR pr.submitted_by = ? OR p.created_by = ?, "
	"'yes', 'no'), IF(pr.contact_user_id = ?, 'yes', 'no'), "
	TS("pr.created_at") " FROM practice_revisions pr "
	"JOIN practices p ON p.id = pr.practice_id "
	"WHERE pr.created_by = ? OR pr.submitted_by = ? OR p.created_by = ? "
	"OR pr.contact_user_id = ? ORDER BY pr.id",
	[STMT_P_CONTACT_MESSAGES] =
	"SELECT id, practice_id, " TS("created_at") " FROM contact_messages "
	"WHERE sender_user_id = ? ORDER BY id",
	[STMT_P_ADVICE_REQUESTS] =
	"SELECT a.id, o.name, a.topic, a.question, a.contact, a.phone, "
	"a.status, " TS("a.created_at") " FROM advice_requests a "
	"JOIN organisations o ON o.id = a.organisation_id "
	"WHERE a.user_id = ? ORDER BY a.id",
	/* What they wrote in advice conversations: replies, and an
	 * organiser's notes and status changes. */
	[STMT_P_ADVICE_MESSAGES] =
	"SELECT id, request_id, kind, body, " TS("created_at") " "
	"FROM advice_messages WHERE author_id = ? ORDER BY id",
	[STMT_P_INFO_REVISIONS] =
	"SELECT id, page, lang, " TS("created_at") " FROM info_revisions "
	"WHERE user_id = ? ORDER BY id",
	[STMT_P_MESSAGES] =
	"SELECT id, uuid, type, status, " TS("created_at") ", "
	TS("sent_at") ", body FROM outbox WHERE " NAMES("body")
	" ORDER BY id",
	[STMT_P_LOGIN_FAILURES] =
	"SELECT id, address, " TS("at") " FROM login_failures "
	"WHERE email_hash = UNHEX(SHA2(?, 256)) ORDER BY id",
	[STMT_P_AUDIT] =
	"SELECT id, " TS("at") ", IF(actor_user_id = ?, 'yes', 'no'), action, "
	"subject_type, subject_id, detail FROM audit_log "
	"WHERE actor_user_id = ? OR (subject_type = 'user' AND subject_id = ? "
	"AND subject_id <> 0) OR " NAMES("detail") " ORDER BY id",

	/* notify_emails: addresses separated by commas (and spaces) */
	[STMT_P_EVENTS] =
	"SELECT id, title, " TS("starts_at") " FROM events WHERE "
	"FIND_IN_SET(?, REPLACE(notify_emails, ' ', '')) > 0 ORDER BY id",
	[STMT_P_THROTTLED] =
	"SELECT id, kind, address, " TS("at") " FROM throttle_events "
	"WHERE key_hash = UNHEX(SHA2(?, 256)) ORDER BY id",

	/* The rows the list of messages finds a message by (lower case). */
	[STMT_P_MESSAGE_RECIPIENTS] =
	"SELECT outbox_id, position, address FROM outbox_recipients "
	"WHERE address = LOWER(?) ORDER BY outbox_id, position",

	/* The erasure: what the export finds, anonymised or removed. */
	[STMT_E_REGISTRATIONS] =
	"UPDATE registrations SET name = '', "
	"email = CONCAT('verwijderd-', id), job_title = '', user_id = NULL, "
	"guest_organisation = IF(guest_organisation IS NULL, NULL, ''), "
	"purged_at = UTC_TIMESTAMP() WHERE email = ? OR user_id = ?",
	[STMT_E_DELIVERIES] =
	"UPDATE deliveries d JOIN outbox o ON o.id = d.outbox_id "
	"SET d.smtp_reply = NULL, d.error = NULL WHERE " NAMES("o.body"),
	/* a message still to send about them is not sent */
	[STMT_E_MESSAGES] =
	"UPDATE outbox SET body = '', last_error = NULL, subject = NULL, "
	"recipients = NULL, status = IF(status = 'pending', 'failed', status), "
	"purged_at = UTC_TIMESTAMP() WHERE " NAMES("body"),
	[STMT_E_LOGIN_FAILURES] =
	"DELETE FROM login_failures WHERE email_hash = UNHEX(SHA2(?, 256))",
	[STMT_E_THROTTLED] =
	"DELETE FROM throttle_events WHERE key_hash = UNHEX(SHA2(?, 256))",
	[STMT_E_AUDIT] =
	AUDIT_PSEUDONYMISE "WHERE (? <> 0 AND (actor_user_id = ? OR "
	"(subject_type = 'user' AND subject_id = ?))) OR " NAMES("detail"),
	[STMT_E_SESSIONS] =
	"DELETE FROM sessions WHERE user_id = ?",
	[STMT_E_TOKENS] =
	"DELETE FROM user_tokens WHERE user_id = ?",
	[STMT_E_CONTACT_OPTIN] =
	"DELETE FROM practice_contacts WHERE user_id = ?",
	[STMT_E_CONTACT_MESSAGES] =
	"DELETE FROM contact_messages WHERE sender_user_id = ?",
	[STMT_E_PRACTICE_CONTACT] =
	"UPDATE practice_revisions SET contact_user_id = NULL "
	"WHERE contact_user_id = ?",
	[STMT_E_ADVICE_PHONE] =
	"UPDATE advice_requests SET phone = '' WHERE user_id = ?",
	/* The row stays, for what the organisation keeps that points to it
	 * (rounds submitted, practices written, advice asked); it names no
	 * one and cannot sign in. */
	[STMT_E_USER] =
	"UPDATE users SET email = CONCAT('verwijderd-', id), name = '', "
	"password_hash = NULL, "
	"disabled_at = COALESCE(disabled_at, UTC_TIMESTAMP()) WHERE id = ?",
	/* The address out of the lists of addresses events notify. */
	[STMT_E_EVENTS] =
	"UPDATE events SET notify_emails = REPLACE(TRIM(BOTH ',' FROM "
	"REPLACE(CONCAT(',', REPLACE(notify_emails, ' ', ''), ','), "
	"CONCAT(',', ?, ','), ',')), ',', ', ') "
	"WHERE FIND_IN_SET(?, REPLACE(notify_emails, ' ', '')) > 0",
};

static const struct db_table tbl = {
	DBT_PRIVACY, "privacy", stmts, STMT__MAX
};

/* The columns of each part of an export, as its JSON names them. */
static const char *const account_cols[] = { "id", "email", "name",
    "organisation", "role", "lang", "created_at", "disabled_at",
    "practice_contact_since" };
static const char *const registration_cols[] = { "id", "event_id",
    "event", "event_starts_at", "organisation", "name", "email",
    "job_title", "lang", "status", "created_at", "cancelled_at" };
static const char *const practice_cols[] = { "practice_id", "revision_id",
    "title", "status", "written", "contact_person", "created_at" };
static const char *const contact_message_cols[] = { "id", "practice_id",
    "created_at" };
static const char *const advice_request_cols[] = { "id", "organisation",
    "topic", "question", "contact", "phone", "status", "created_at" };
static const char *const advice_message_cols[] = { "id", "request",
    "kind", "text", "created_at" };
static const char *const info_revision_cols[] = { "id", "page", "lang",
    "created_at" };
static const char *const message_cols[] = { "id", "uuid", "type",
    "status", "created_at", "sent_at", "body" };
static const char *const login_failure_cols[] = { "id", "address", "at" };
static const char *const audit_cols[] = { "id", "at", "by_them", "action",
    "subject_type", "subject_id", "detail" };
static const char *const event_cols[] = { "id", "title", "starts_at" };
static const char *const throttled_cols[] = { "id", "kind", "address",
    "at" };
static const char *const recipient_cols[] = { "message_id", "position",
    "address" };

#define COLS(a) a, sizeof(a) / sizeof(a[0])

/* Each part: its statement, its columns, and its parameters in order
 * ('e' the address, 'r' its pattern, 'u' the user id). */
static const struct {
	int		 stmt;
	const char *const *cols;
	size_t		 ncols;
	const char	*params;
} parts[PERSON__MAX] = {
	[PERSON_ACCOUNT] = { STMT_P_ACCOUNT, COLS(account_cols), "u" },
	[PERSON_REGISTRATIONS] = { STMT_P_REGISTRATIONS,
	    COLS(registration_cols), "eu" },
	[PERSON_PRACTICES] = { STMT_P_PRACTICES, COLS(practice_cols),
	    "uuuuuuuu" },
	[PERSON_CONTACT_MESSAGES] = { STMT_P_CONTACT_MESSAGES,
	    COLS(contact_message_cols), "u" },
	[PERSON_ADVICE_REQUESTS] = { STMT_P_ADVICE_REQUESTS,
	    COLS(advice_request_cols), "u" },
	[PERSON_ADVICE_MESSAGES] = { STMT_P_ADVICE_MESSAGES,
	    COLS(advice_message_cols), "u" },
	[PERSON_INFO_REVISIONS] = { STMT_P_INFO_REVISIONS,
	    COLS(info_revision_cols), "u" },
	[PERSON_MESSAGES] = { STMT_P_MESSAGES, COLS(message_cols), "r" },
	[PERSON_LOGIN_FAILURES] = { STMT_P_LOGIN_FAILURES,
	    COLS(login_failure_cols), "e" },
	[PERSON_AUDIT] = { STMT_P_AUDIT, COLS(audit_cols), "uuur" },
	[PERSON_EVENTS] = { STMT_P_EVENTS, COLS(event_cols), "e" },
	[PERSON_THROTTLED] = { STMT_P_THROTTLED, COLS(throttled_cols), "e" },
	[PERSON_MESSAGE_RECIPIENTS] = { STMT_P_MESSAGE_RECIPIENTS,
	    COLS(recipient_cols), "e" },
};

/* The most bytes of one value of an export: a message's body is the
 * longest, a few kilobytes. */
#define VALUE_BYTES (1 << 18)

/*
 * Writes into out a regular expression (PCRE, as MariaDB's REGEXP takes)
 * that finds the address email as a whole: not preceded by a character
 * an address may hold, not followed by one that would make a longer
 * address or domain. Every character but letters and digits is escaped.
 * Returns 0, or -1 when out is too small.
 */
static int
address_pattern(const char *email, char *out, size_t sz)
{
	static const char head[] = "(?<![[:alnum:]._%+-])";
	static const char tail[] = "(?![[:alnum:]-]|\\.[[:alnum:]])";
	size_t	 n;

	if (sz < sizeof(head) + sizeof(tail) + 2 * strlen(email))
		return -1;
	memcpy(out, head, sizeof(head) - 1);
	n = sizeof(head) - 1;
	for (; *email != '\0'; email++) {
		if (!((*email >= 'a' && *email <= 'z') ||
		    (*email >= 'A' && *email <= 'Z') ||
		    (*email >= '0' && *email <= '9')))
			out[n++] = '\\';
		out[n++] = *email;
	}
	memcpy(out + n, tail, sizeof(tail));
	return 0;
}

/* Binds the parameters spec ('e', 'r', 'u') to p. */
static void
person_params(struct params *p, const char *spec, const char *email,
    const char *pattern, long long user)
{
	for (; *spec != '\0'; spec++)
		if (*spec == 'e')
			p_str(p, email);
		else if (*spec == 'r')
			p_str(p, pattern);
		else
			p_int(p, user);
}

int
db_person_rows(struct db *db, enum person_part part, const char *email,
    long long user, int (*fn)(const char *const *names,
    const char *const *values, size_t n, void *), void *arg)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	struct db_rows	 rows;
	char		*buf, *vals[16], pattern[1200];
	size_t		 n;

	if ((unsigned)part >= PERSON__MAX ||
	    address_pattern(email, pattern, sizeof(pattern)) == -1)
		return -1;
	n = parts[part].ncols;
	if (n > 16 || (buf = malloc(n * VALUE_BYTES)) == NULL)
		return -1;
	person_params(&p, parts[part].params, email, pattern, user);
	for (size_t i = 0; i < n; i++) {
		vals[i] = buf + i * VALUE_BYTES;
		c_str(&c, vals[i], VALUE_BYTES);
	}
	db_rows_start(&rows, db, &tbl, parts[part].stmt, &p, &c);
	while (db_rows_next(&rows))
		if (fn(parts[part].cols, (const char *const *)vals, n, arg) ==
		    -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, buf);
}

long long
db_person_erase(struct db *db, enum erase what, const char *email,
    long long user, const char *secret)
{
	struct params	 p = { .n = 0 };
	long long	 n, m;
	char		 pattern[1200];
	static const int by_user[] = { STMT_E_SESSIONS, STMT_E_TOKENS,
	    STMT_E_CONTACT_OPTIN, STMT_E_CONTACT_MESSAGES,
	    STMT_E_PRACTICE_CONTACT, STMT_E_ADVICE_PHONE };

	if (address_pattern(email, pattern, sizeof(pattern)) == -1)
		return -1;
	switch (what) {
	case ERASE_ACCOUNT:
		if (user == 0)
			return 0;
		p_int(&p, user);
		return db_change(db, &tbl, STMT_E_USER, &p);
	case ERASE_REGISTRATIONS:
		p_str(&p, email);
		p_int(&p, user);
		return db_change(db, &tbl, STMT_E_REGISTRATIONS, &p);
	case ERASE_MESSAGES:
		p_str(&p, pattern);
		if (db_change(db, &tbl, STMT_E_DELIVERIES, &p) == -1 ||
		    (n = db_change(db, &tbl, STMT_E_MESSAGES, &p)) == -1)
			return -1;
		p.n = 0;
		return db_change(db, &tbl, STMT_MSG_PURGE_RECIPIENTS, &p) ==
		    -1 ? -1 : n;
	case ERASE_LOGIN_FAILURES:
		p_str(&p, email);
		if ((n = db_change(db, &tbl, STMT_E_LOGIN_FAILURES, &p)) == -1 ||
		    (m = db_change(db, &tbl, STMT_E_THROTTLED, &p)) == -1)
			return -1;
		return n + m;
	case ERASE_EVENTS:
		p_str(&p, email);
		p_str(&p, email);
		return db_change(db, &tbl, STMT_E_EVENTS, &p);
	case ERASE_AUDIT:
		for (int i = 0; i < 3; i++)
			p_str(&p, secret);
		for (int i = 0; i < 3; i++)
			p_int(&p, user);
		p_str(&p, pattern);
		return db_change(db, &tbl, STMT_E_AUDIT, &p);
	case ERASE_OTHER:
		if (user == 0)
			return 0;
		p_int(&p, user);
		for (m = 0, n = 0; n < (long long)(sizeof(by_user) /
		    sizeof(by_user[0])); n++) {
			long long k;

			if ((k = db_change(db, &tbl, by_user[n], &p)) == -1)
				return -1;
			m += k;
		}
		return m;
	default:
		return -1;
	}
}

/* The statements of each rule: its count and its change. */
static const int purge_stmts[PURGE__MAX][2] = {
	[PURGE_REGISTRATIONS] = { STMT_REG_COUNT, STMT_REG_PURGE },
	[PURGE_MESSAGES] = { STMT_MSG_COUNT, STMT_MSG_PURGE },
	[PURGE_LOGIN_FAILURES] = { STMT_FAIL_COUNT, STMT_FAIL_PURGE },
	[PURGE_SESSIONS] = { STMT_SESSION_COUNT, STMT_SESSION_PURGE },
	[PURGE_TOKENS] = { STMT_TOKEN_COUNT, STMT_TOKEN_PURGE },
	[PURGE_AUDIT] = { STMT_AUDIT_COUNT, STMT_AUDIT_PURGE },
};

/* Binds the WHERE parameters of rule what from lim to p. */
static void
where_params(struct params *p, enum purge what, const struct purge_limits *lim)
{
	switch (what) {
	case PURGE_REGISTRATIONS:
		p_int(p, lim->reg_months);
		break;
	case PURGE_MESSAGES:
		p_int(p, lim->msg_days);
		p_int(p, lim->msg_days);
		break;
	case PURGE_LOGIN_FAILURES:
		p_int(p, lim->fail_days);
		break;
	case PURGE_SESSIONS:
		p_int(p, lim->idle_minutes);
		p_int(p, lim->absolute_hours);
		break;
	case PURGE_TOKENS:
		break;
	case PURGE_AUDIT:
		p_int(p, lim->audit_years);
		break;
	default:
		break;
	}
}

long long
db_purge(struct db *db, enum purge what, int dry_run,
    const struct purge_limits *lim)
{
	struct params	 p = { .n = 0 };

	if ((unsigned)what >= PURGE__MAX)
		return -1;
	if (dry_run) {
		where_params(&p, what, lim);
		if (what == PURGE_LOGIN_FAILURES)	/* two tables */
			where_params(&p, what, lim);
		return db_number(db, &tbl, purge_stmts[what][0], &p);
	}
	if (what == PURGE_LOGIN_FAILURES) {
		long long n, m;

		where_params(&p, what, lim);
		if ((n = db_change(db, &tbl, STMT_THROTTLE_PURGE, &p)) == -1 ||
		    (m = db_change(db, &tbl, STMT_FAIL_PURGE, &p)) == -1)
			return -1;
		return n + m;
	}
	if (what == PURGE_MESSAGES) {
		where_params(&p, what, lim);
		if (db_change(db, &tbl, STMT_MSG_PURGE_DELIVERIES, &p) == -1)
			return -1;
		p.n = 0;
	} else if (what == PURGE_AUDIT) {
		for (int i = 0; i < 3; i++)
			p_str(&p, lim->secret);
	}
	where_params(&p, what, lim);
	if (what == PURGE_MESSAGES) {
		long long n;

		if ((n = db_change(db, &tbl, purge_stmts[what][1], &p)) == -1)
			return -1;
		p.n = 0;
		return db_change(db, &tbl, STMT_MSG_PURGE_RECIPIENTS, &p) ==
		    -1 ? -1 : n;
	}
	return db_change(db, &tbl, purge_stmts[what][1], &p);
}
