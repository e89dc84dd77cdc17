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
	STMT_FAIL_COUNT,
	STMT_FAIL_PURGE,
	STMT_SESSION_COUNT,
	STMT_SESSION_PURGE,
	STMT_TOKEN_COUNT,
	STMT_TOKEN_PURGE,
	STMT_AUDIT_COUNT,
	STMT_AUDIT_PURGE,
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
	"r.user_id = NULL, r.purged_at = UTC_TIMESTAMP() WHERE " REG_WHERE,
	[STMT_MSG_COUNT] =
	"SELECT COUNT(*) FROM outbox o WHERE " MSG_WHERE,
	/* What the receivers answered may quote an address. */
	[STMT_MSG_PURGE_DELIVERIES] =
	"UPDATE deliveries d JOIN outbox o ON o.id = d.outbox_id "
	"SET d.smtp_reply = NULL, d.error = NULL WHERE " MSG_WHERE,
	[STMT_MSG_PURGE] =
	"UPDATE outbox o SET o.body = '', o.last_error = NULL, "
	"o.purged_at = UTC_TIMESTAMP() WHERE " MSG_WHERE,
	[STMT_FAIL_COUNT] =
	"SELECT COUNT(*) FROM login_failures WHERE " FAIL_WHERE,
	[STMT_FAIL_PURGE] =
	"DELETE FROM login_failures WHERE " FAIL_WHERE,
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
};

static const struct db_table tbl = {
	DBT_PRIVACY, "privacy", stmts, STMT__MAX
};

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
		return db_number(db, &tbl, purge_stmts[what][0], &p);
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
	return db_change(db, &tbl, purge_stmts[what][1], &p);
}
