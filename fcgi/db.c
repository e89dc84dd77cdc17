/*
 * The database layer: the only file that includes mysql.h. All SQL lives
 * in stmts[], indexed by enum stmt, and runs as prepared statements with
 * bound parameters. Each process has one connection. Statements are
 * prepared on first use and kept for the life of the connection (lazily,
 * because cimolt-admin's statements name a table that exists only after
 * its first migration); a lost connection (2006/2013) drops them all, and
 * the next use reconnects and prepares them again.
 *
 * Failures are classified so callers can answer well: db_is_down() when
 * the server cannot be reached (the page says 503), db_is_retryable() when
 * running the same transaction again may succeed (deadlock 1213, lock
 * wait timeout 1205, a Galera certification failure, or a connection lost
 * before COMMIT was sent).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <mysql.h>
#include <errmsg.h>
#include <mysqld_error.h>

#include "extern.h"

enum stmt {
	STMT_EVENTS_LIST,
	STMT_MIGRATION_GET,
	STMT_MIGRATION_PUT,
	STMT_USER_BY_EMAIL,
	STMT_USER_SET_HASH,
	STMT_USER_ADD,
	STMT_USER_DISABLE,
	STMT_USERS_LIST,
	STMT_USER_SET_PROFILE,
	STMT_ORG_FIND,
	STMT_SESSION_NEW,
	STMT_SESSION_GET,
	STMT_SESSION_TOUCH,
	STMT_SESSION_DEL,
	STMT_SESSIONS_DEL_USER,
	STMT_FAIL_ADD,
	STMT_FAIL_COUNT_EMAIL,
	STMT_FAIL_COUNT_ADDR,
	STMT_TOKEN_ADD,
	STMT_TOKEN_GET,
	STMT_TOKEN_USE,
	STMT_AUDIT_ADD,
	STMT_OUTBOX_ADD,
	STMT_OUTBOX_CLAIM,
	STMT_OUTBOX_RESULT,
	STMT_DELIVERY_ADD,
	STMT_OUTBOX_LIST,
	STMT_DELIVERIES_SINCE,
	STMT_OUTBOX_RETRY,
	STMT_ORGS_LIST,
	STMT_AUDIT_LIST,
	STMT_ORG_UPSERT,
	STMT_EVENT_GET,
	STMT_EVENT_LOCK,
	STMT_EVENT_COUNTS,
	STMT_EVENT_INSERT,
	STMT_EVENT_UPDATE,
	STMT_REG_ACTIVE_EMAIL,
	STMT_REG_ORG_CONFIRMED,
	STMT_REG_NEXT_SEQ,
	STMT_REG_ADD,
	STMT_REG_BY_TOKEN,
	STMT_REG_BY_ID,
	STMT_REG_SET_STATUS,
	STMT_REGS_OF_EVENT,
	STMT_REGS_WAITING,
	STMT_MATERIAL_ADD,
	STMT_MATERIALS_LIST,
	STMT_REGS_OF_ORG,
	STMT_QN_GET,
	STMT_QN_ADD,
	STMT_QN_LATEST,
	STMT_QN_XML,
	STMT_ROUND_GET,
	STMT_ROUND_ADD,
	STMT_ROUND_SUBMIT,
	STMT_ROUND_REOPEN,
	STMT_ROUNDS_LIST,
	STMT_ANSWERS_LIST,
	STMT_ANSWER_PUT,
	STMT_ANSWER_DEL,
	STMT_SECTION_VERSION,
	STMT_SECTION_BUMP,
	STMT_SCORES_DEL,
	STMT_SCORE_PUT,
	STMT_SCORES_LIST,
	/* issue 6: benchmark and advice */
	/* issue 7: practices */
	STMT__MAX
};

/* The columns of an event, in struct db_event order; the one parameter is
 * the organisation whose confirmed registrations are counted (0: none). */
#define EVENT_COLUMNS \
	"e.id, e.kind, e.audience, e.status, e.title, e.description, " \
	"DATE_FORMAT(e.starts_at, '%Y-%m-%d %H:%i:%s'), " \
	"DATE_FORMAT(e.ends_at, '%Y-%m-%d %H:%i:%s'), e.place, " \
	"COALESCE(e.online_url, ''), e.capacity, e.confirmed_count, " \
	"COALESCE(e.per_org_limit, -1), e.waiting_count, e.notify_emails, " \
	"COALESCE(DATE_FORMAT(e.registration_opens_at, " \
	"'%Y-%m-%d %H:%i:%s'), ''), " \
	"COALESCE(DATE_FORMAT(e.registration_closes_at, " \
	"'%Y-%m-%d %H:%i:%s'), ''), " \
	"(SELECT COUNT(*) FROM registrations r WHERE r.event_id = e.id " \
	"AND r.organisation_id = ? AND r.status = 'confirmed') "

/* The columns of a registration, in struct db_registration order, with
 * its place on the waiting list (0 when not waiting). */
#define REG_COLUMNS \
	"r.id, r.event_id, r.organisation_id, COALESCE(r.user_id, 0), " \
	"r.name, r.email, r.job_title, r.lang, r.status, " \
	"DATE_FORMAT(r.created_at, '%Y-%m-%d %H:%i:%s'), o.name, " \
	"(SELECT COUNT(*) FROM registrations w WHERE w.event_id = r.event_id " \
	"AND w.status = 'waiting' AND w.waiting_seq <= r.waiting_seq) "

/* The columns of a user with its organisation, in struct db_user order. */
#define USER_COLUMNS \
	"u.id, u.email, u.name, u.role, u.lang, COALESCE(u.password_hash, ''), " \
	"u.disabled_at IS NOT NULL, o.id, o.name, o.kind "

static const char *const stmts[STMT__MAX] = {
	/* the organisation's own count in one query, not
	 * one per event */
	[STMT_EVENTS_LIST] =
	"SELECT " EVENT_COLUMNS "FROM events e "
	"WHERE ? OR e.status <> 'draft' ORDER BY e.starts_at, e.id",
	[STMT_MIGRATION_GET] =
	"SELECT checksum FROM schema_migrations WHERE name = ?",
	[STMT_MIGRATION_PUT] =
	"INSERT INTO schema_migrations (name, checksum, applied_at) "
	"VALUES (?, ?, NOW())",
	[STMT_USER_BY_EMAIL] =
	"SELECT " USER_COLUMNS "FROM users u "
	"JOIN organisations o ON o.id = u.organisation_id WHERE u.email = ?",
	[STMT_USER_SET_HASH] =
	"UPDATE users SET password_hash = ? WHERE id = ?",
	[STMT_USER_ADD] =
	"INSERT INTO users (email, name, organisation_id, role, password_hash) "
	"VALUES (?, ?, ?, ?, ?)",
	[STMT_USER_DISABLE] =
	"UPDATE users SET disabled_at = UTC_TIMESTAMP() "
	"WHERE id = ? AND (? = 0 OR organisation_id = ?) "
	"AND disabled_at IS NULL",
	[STMT_USERS_LIST] =
	"SELECT " USER_COLUMNS "FROM users u "
	"JOIN organisations o ON o.id = u.organisation_id "
	"WHERE ? = 0 OR u.organisation_id = ? ORDER BY o.name, u.name, u.id",
	[STMT_USER_SET_PROFILE] =
	"UPDATE users SET name = ?, lang = ? WHERE id = ?",
	[STMT_ORG_FIND] =
	"SELECT id, name, kind FROM organisations "
	"WHERE cbs_code = ? OR id = ? ORDER BY cbs_code = ? DESC LIMIT 1",
	[STMT_SESSION_NEW] =
	"INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) "
	"VALUES (?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())",
	[STMT_SESSION_GET] =
	"SELECT " USER_COLUMNS ", "
	"TIMESTAMPDIFF(SECOND, s.last_seen_at, UTC_TIMESTAMP()) "
	"FROM sessions s JOIN users u ON u.id = s.user_id "
	"JOIN organisations o ON o.id = u.organisation_id "
	"WHERE s.token_hash = ? AND u.disabled_at IS NULL "
	"AND s.last_seen_at > UTC_TIMESTAMP() - INTERVAL ? MINUTE "
	"AND s.created_at > UTC_TIMESTAMP() - INTERVAL ? HOUR",
	[STMT_SESSION_TOUCH] =
	"UPDATE sessions SET last_seen_at = UTC_TIMESTAMP() "
	"WHERE token_hash = ?",
	[STMT_SESSION_DEL] =
	"DELETE FROM sessions WHERE token_hash = ?",
	[STMT_SESSIONS_DEL_USER] =
	"DELETE FROM sessions WHERE user_id = ?",
	[STMT_FAIL_ADD] =
	"INSERT INTO login_failures (email_hash, address, at) "
	"VALUES (?, ?, UTC_TIMESTAMP())",
	[STMT_FAIL_COUNT_EMAIL] =
	"SELECT COUNT(*) FROM login_failures WHERE email_hash = ? "
	"AND at > UTC_TIMESTAMP() - INTERVAL 15 MINUTE",
	[STMT_FAIL_COUNT_ADDR] =
	"SELECT COUNT(*) FROM login_failures WHERE address = ? "
	"AND at > UTC_TIMESTAMP() - INTERVAL 15 MINUTE",
	[STMT_TOKEN_ADD] =
	"INSERT INTO user_tokens (token_hash, user_id, purpose, expires_at) "
	"VALUES (?, ?, ?, UTC_TIMESTAMP() + INTERVAL ? HOUR)",
	/* locked, so two uses of one link cannot race */
	[STMT_TOKEN_GET] =
	"SELECT " USER_COLUMNS "FROM user_tokens t "
	"JOIN users u ON u.id = t.user_id "
	"JOIN organisations o ON o.id = u.organisation_id "
	"WHERE t.token_hash = ? AND t.purpose = ? AND t.used_at IS NULL "
	"AND t.expires_at > UTC_TIMESTAMP() AND u.disabled_at IS NULL "
	"FOR UPDATE",
	[STMT_TOKEN_USE] =
	"UPDATE user_tokens SET used_at = UTC_TIMESTAMP() "
	"WHERE token_hash = ? AND used_at IS NULL",
	[STMT_AUDIT_ADD] =
	"INSERT INTO audit_log (at, actor_user_id, action, subject_type, "
	"subject_id, detail) VALUES (UTC_TIMESTAMP(), NULLIF(?, 0), ?, ?, ?, ?)",
	[STMT_OUTBOX_ADD] =
	"INSERT INTO outbox (uuid, type, body, created_at, next_attempt_at, "
	"give_up_at) VALUES (?, ?, ?, ?, UTC_TIMESTAMP(), "
	"UTC_TIMESTAMP() + INTERVAL ? HOUR)",
	/* SKIP LOCKED, so couriers on several hosts
	 * each take a different row */
	[STMT_OUTBOX_CLAIM] =
	"SELECT id, uuid, type, body, attempts, webhook_done_at IS NOT NULL, "
	"smtp_done_at IS NOT NULL, "
	"TIMESTAMPDIFF(SECOND, UTC_TIMESTAMP(), give_up_at) "
	"FROM outbox WHERE status = 'pending' "
	"AND next_attempt_at <= UTC_TIMESTAMP() "
	"ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED",
	[STMT_OUTBOX_RESULT] =
	"UPDATE outbox SET status = ?, attempts = attempts + 1, "
	"next_attempt_at = UTC_TIMESTAMP() + INTERVAL ? SECOND, "
	"sent_at = IF(? = 'sent', UTC_TIMESTAMP(), NULL), "
	"last_error = NULLIF(?, ''), "
	"webhook_done_at = IF(?, COALESCE(webhook_done_at, UTC_TIMESTAMP()), "
	"webhook_done_at), "
	"smtp_done_at = IF(?, COALESCE(smtp_done_at, UTC_TIMESTAMP()), "
	"smtp_done_at) WHERE id = ?",
	[STMT_DELIVERY_ADD] =
	"INSERT INTO deliveries (outbox_id, transport, at, ok, http_status, "
	"smtp_reply, error) VALUES (?, ?, UTC_TIMESTAMP(), ?, NULLIF(?, 0), "
	"NULLIF(?, ''), NULLIF(?, ''))",
	[STMT_OUTBOX_LIST] =
	"SELECT id, uuid, type, status, attempts, "
	"DATE_FORMAT(created_at, '%Y-%m-%d %H:%i:%s'), "
	"COALESCE(DATE_FORMAT(sent_at, '%Y-%m-%d %H:%i:%s'), ''), "
	"DATE_FORMAT(next_attempt_at, '%Y-%m-%d %H:%i:%s'), "
	"COALESCE(last_error, '') FROM outbox ORDER BY id DESC LIMIT ?",
	[STMT_DELIVERIES_SINCE] =
	"SELECT outbox_id, DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s'), transport, "
	"ok, COALESCE(http_status, 0), COALESCE(smtp_reply, ''), "
	"COALESCE(error, '') FROM deliveries WHERE outbox_id >= ? "
	"ORDER BY outbox_id DESC, id",
	[STMT_OUTBOX_RETRY] =
	"UPDATE outbox SET status = 'pending', "
	"next_attempt_at = UTC_TIMESTAMP(), "
	"give_up_at = UTC_TIMESTAMP() + INTERVAL ? HOUR "
	"WHERE id = ? AND status = 'failed'",
	[STMT_ORGS_LIST] =
	"SELECT o.id, o.kind, o.name, COALESCE(o.cbs_code, ''), "
	"COALESCE(p.name, ''), COALESCE(o.size_class, '') "
	"FROM organisations o LEFT JOIN organisations p ON p.id = o.province_id "
	"ORDER BY FIELD(o.kind, 'organisator', 'provincie', 'koepelorganisatie', "
	"'gemeente'), o.name",
	[STMT_AUDIT_LIST] =
	"SELECT DATE_FORMAT(a.at, '%Y-%m-%d %H:%i:%s'), COALESCE(u.name, ''), "
	"a.action, a.subject_type, a.subject_id, a.detail FROM audit_log a "
	"LEFT JOIN users u ON u.id = a.actor_user_id ORDER BY a.id DESC LIMIT ?",
	/* keyed on the CBS code, or kind and name; the
	 * benchmark opt-in (show_name) is the organisation's own to keep */
	[STMT_ORG_UPSERT] =
	"INSERT INTO organisations (kind, name, cbs_code, province_id, "
	"size_class) VALUES (?, ?, NULLIF(?, ''), NULLIF(?, 0), NULLIF(?, '')) "
	"ON DUPLICATE KEY UPDATE kind = VALUES(kind), name = VALUES(name), "
	"province_id = VALUES(province_id), size_class = VALUES(size_class)",
	[STMT_EVENT_GET] =
	"SELECT " EVENT_COLUMNS "FROM events e WHERE e.id = ?",
	/* the shared counter row every registration for
	 * the event takes first */
	[STMT_EVENT_LOCK] =
	"SELECT " EVENT_COLUMNS "FROM events e WHERE e.id = ? FOR UPDATE",
	[STMT_EVENT_COUNTS] =
	"UPDATE events SET confirmed_count = confirmed_count + ?, "
	"waiting_count = waiting_count + ? WHERE id = ?",
	[STMT_EVENT_INSERT] =
	"INSERT INTO events (title, description, kind, audience, starts_at, "
	"ends_at, place, online_url, capacity, per_org_limit, "
	"registration_opens_at, registration_closes_at, notify_emails, status) "
	"VALUES (?, ?, ?, ?, ?, ?, ?, NULLIF(?, ''), ?, NULLIF(?, -1), "
	"NULLIF(?, ''), NULLIF(?, ''), ?, ?)",
	[STMT_EVENT_UPDATE] =
	"UPDATE events SET title = ?, description = ?, kind = ?, audience = ?, "
	"starts_at = ?, ends_at = ?, place = ?, online_url = NULLIF(?, ''), "
	"capacity = ?, per_org_limit = NULLIF(?, -1), "
	"registration_opens_at = NULLIF(?, ''), "
	"registration_closes_at = NULLIF(?, ''), notify_emails = ?, "
	"status = ? WHERE id = ?",
	[STMT_REG_ACTIVE_EMAIL] =
	"SELECT COUNT(*) FROM registrations WHERE event_id = ? "
	"AND active_email = ?",
	[STMT_REG_ORG_CONFIRMED] =
	"SELECT COUNT(*) FROM registrations WHERE event_id = ? "
	"AND organisation_id = ? AND status = 'confirmed'",
	[STMT_REG_NEXT_SEQ] =
	"SELECT COALESCE(MAX(waiting_seq), 0) + 1 FROM registrations "
	"WHERE event_id = ?",
	[STMT_REG_ADD] =
	"INSERT INTO registrations (event_id, organisation_id, user_id, name, "
	"email, job_title, lang, status, waiting_seq, token_hash, created_at) "
	"VALUES (?, ?, NULLIF(?, 0), ?, ?, ?, ?, ?, NULLIF(?, 0), ?, "
	"UTC_TIMESTAMP())",
	[STMT_REG_BY_TOKEN] =
	"SELECT " REG_COLUMNS "FROM registrations r "
	"JOIN organisations o ON o.id = r.organisation_id "
	"WHERE r.token_hash = ?",
	[STMT_REG_BY_ID] =
	"SELECT " REG_COLUMNS "FROM registrations r "
	"JOIN organisations o ON o.id = r.organisation_id "
	"WHERE r.id = ? AND r.event_id = ?",
	/* MariaDB assigns left to right, so the
	 * columns that look at the old status come first */
	[STMT_REG_SET_STATUS] =
	"UPDATE registrations SET "
	"promoted_at = IF(? = 'confirmed' AND status = 'waiting', "
	"UTC_TIMESTAMP(), promoted_at), "
	"cancelled_at = IF(? = 'cancelled', UTC_TIMESTAMP(), cancelled_at), "
	"waiting_seq = IF(? = 'waiting', waiting_seq, NULL), "
	"status = ? WHERE id = ?",
	[STMT_REGS_OF_EVENT] =
	"SELECT " REG_COLUMNS "FROM registrations r "
	"JOIN organisations o ON o.id = r.organisation_id "
	"WHERE r.event_id = ? ORDER BY o.name, "
	"FIELD(r.status, 'confirmed', 'waiting', 'cancelled'), "
	"r.waiting_seq, r.name, r.id",
	[STMT_REGS_WAITING] =
	"SELECT " REG_COLUMNS "FROM registrations r "
	"JOIN organisations o ON o.id = r.organisation_id "
	"WHERE r.event_id = ? AND r.status = 'waiting' ORDER BY r.waiting_seq",
	[STMT_MATERIAL_ADD] =
	"INSERT INTO event_materials (event_id, title, url, body, created_at) "
	"VALUES (?, ?, NULLIF(?, ''), ?, UTC_TIMESTAMP())",
	[STMT_MATERIALS_LIST] =
	"SELECT id, title, COALESCE(url, ''), body, "
	"DATE_FORMAT(created_at, '%Y-%m-%d %H:%i:%s') FROM event_materials "
	"WHERE event_id = ? ORDER BY id",
	[STMT_REGS_OF_ORG] =
	"SELECT " REG_COLUMNS ", e.title, "
	"DATE_FORMAT(e.starts_at, '%Y-%m-%d %H:%i:%s') FROM registrations r "
	"JOIN organisations o ON o.id = r.organisation_id "
	"JOIN events e ON e.id = r.event_id WHERE r.organisation_id = ? "
	"ORDER BY e.starts_at, e.id, r.name, r.id",
	[STMT_QN_GET] =
	"SELECT id, checksum FROM questionnaires WHERE year = ? AND version = ?",
	[STMT_QN_ADD] =
	"INSERT INTO questionnaires (year, version, checksum, xml, imported_at) "
	"VALUES (?, ?, ?, ?, UTC_TIMESTAMP())",
	/* the newest version of each year (? = 0) or of one */
	[STMT_QN_LATEST] =
	"SELECT q.id, q.year, q.version FROM questionnaires q "
	"WHERE (? = 0 OR q.year = ?) AND q.version = (SELECT MAX(version) "
	"FROM questionnaires v WHERE v.year = q.year) ORDER BY q.year DESC",
	[STMT_QN_XML] =
	"SELECT xml FROM questionnaires WHERE id = ?",
	[STMT_ROUND_GET] =
	"SELECT r.id, r.organisation_id, o.name, r.year, r.questionnaire_id, "
	"r.status, COALESCE(DATE_FORMAT(r.submitted_at, '%Y-%m-%d %H:%i:%s'), "
	"'') FROM rounds r JOIN organisations o ON o.id = r.organisation_id "
	"WHERE (r.organisation_id = ? AND r.year = ?) OR r.id = ?",
	/* the round of a year exists once; a second
	 * creator finds it made */
	[STMT_ROUND_ADD] =
	"INSERT IGNORE INTO rounds (organisation_id, year, questionnaire_id, "
	"created_at) VALUES (?, ?, ?, UTC_TIMESTAMP())",
	[STMT_ROUND_SUBMIT] =
	"UPDATE rounds SET status = 'submitted', submitted_at = UTC_TIMESTAMP(), "
	"submitted_by = NULLIF(?, 0) WHERE id = ? AND status = 'draft'",
	[STMT_ROUND_REOPEN] =
	"UPDATE rounds SET status = 'draft', submitted_at = NULL, "
	"submitted_by = NULL WHERE id = ? AND status = 'submitted'",
	[STMT_ROUNDS_LIST] =
	"SELECT r.id, r.organisation_id, o.name, r.year, r.questionnaire_id, "
	"r.status, COALESCE(DATE_FORMAT(r.submitted_at, '%Y-%m-%d %H:%i:%s'), "
	"'') FROM rounds r JOIN organisations o ON o.id = r.organisation_id "
	"WHERE (? = 0 OR r.year = ?) AND (? = 0 OR r.organisation_id = ?) "
	"ORDER BY r.year DESC, o.name",
	[STMT_ANSWERS_LIST] =
	"SELECT question_id, COALESCE(value, ''), value IS NOT NULL, "
	"dont_know, prefilled FROM answers WHERE round_id = ?",
	[STMT_ANSWER_PUT] =
	"INSERT INTO answers (round_id, question_id, value, dont_know, "
	"prefilled, updated_by, updated_at) VALUES (?, ?, NULLIF(?, ''), ?, ?, "
	"NULLIF(?, 0), UTC_TIMESTAMP()) ON DUPLICATE KEY UPDATE "
	"value = VALUES(value), dont_know = VALUES(dont_know), "
	"prefilled = VALUES(prefilled), updated_by = VALUES(updated_by), "
	"updated_at = VALUES(updated_at)",
	[STMT_ANSWER_DEL] =
	"DELETE FROM answers WHERE round_id = ? AND question_id = ?",
	/* locked, so two saves of one section are
	 * decided one after the other */
	[STMT_SECTION_VERSION] =
	"SELECT version FROM round_sections WHERE round_id = ? "
	"AND section_id = ? FOR UPDATE",
	[STMT_SECTION_BUMP] =
	"INSERT INTO round_sections (round_id, section_id, version, updated_by, "
	"updated_at) VALUES (?, ?, 1, NULLIF(?, 0), UTC_TIMESTAMP()) "
	"ON DUPLICATE KEY UPDATE version = version + 1, "
	"updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)",
	[STMT_SCORES_DEL] =
	"DELETE FROM scores WHERE round_id = ?",
	[STMT_SCORE_PUT] =
	"INSERT INTO scores (round_id, scope, scope_key, score, answered, total) "
	"VALUES (?, ?, ?, IF(? = 1, ?, NULL), ?, ?)",
	[STMT_SCORES_LIST] =
	"SELECT scope, scope_key, COALESCE(score, 0), score IS NOT NULL, "
	"answered, total FROM scores WHERE round_id = ?",
};

struct db {
	const struct config *cfg;
	MYSQL		*my;
	MYSQL_STMT	*stmt[STMT__MAX];
	int		 multi;
	int		 in_commit;
	unsigned int	 err;	/* errno of the last failure, 0 if none */
};

/* Returns 1 when errno e means the server is gone or unreachable. */
static int
err_is_gone(unsigned int e)
{
	return e == CR_SERVER_GONE_ERROR || e == CR_SERVER_LOST ||
	    e == CR_CONNECTION_ERROR || e == CR_CONN_HOST_ERROR ||
	    e == CR_SERVER_LOST_EXTENDED ||
	    e == ER_UNKNOWN_COM_ERROR /* 1047: Galera node not ready */ ||
	    e == ER_SERVER_SHUTDOWN || e == ER_CONNECTION_KILLED;
}

/* Closes the connection and every statement prepared on it. */
static void
disconnect(struct db *db)
{
	for (int i = 0; i < STMT__MAX; i++)
		if (db->stmt[i] != NULL) {
			mysql_stmt_close(db->stmt[i]);
			db->stmt[i] = NULL;
		}
	if (db->my != NULL) {
		mysql_close(db->my);
		db->my = NULL;
	}
}

/* Records a failure of the connection (stmt NULL) or of a statement, and
 * drops the connection when it is gone. Always returns -1. */
static int
fail(struct db *db, MYSQL_STMT *st, const char *what)
{
	db->err = st != NULL ? mysql_stmt_errno(st) : mysql_errno(db->my);
	if (err_is_gone(db->err)) {
		log_warn("db: %s: connection lost (%u)", what, db->err);
		disconnect(db);
	} else if (db->err == ER_LOCK_DEADLOCK ||
	    db->err == ER_LOCK_WAIT_TIMEOUT)
		log_info("db: %s: %s (%u)", what, st != NULL ?
		    mysql_stmt_error(st) : mysql_error(db->my), db->err);
	else
		log_error("db: %s: %s (%u)", what, st != NULL ?
		    mysql_stmt_error(st) : mysql_error(db->my), db->err);
	return -1;
}

/* Connects if not connected. Returns 0/-1 (-1 leaves db_is_down true). */
static int
connect_db(struct db *db)
{
	const struct config	*c = db->cfg;
	unsigned int		 timeout = 3;
	unsigned long		 flags = db->multi ? CLIENT_MULTI_STATEMENTS : 0;

	if (db->my != NULL)
		return 0;
	if ((db->my = mysql_init(NULL)) == NULL) {
		log_error("db: out of memory");
		db->err = CR_OUT_OF_MEMORY;
		return -1;
	}
	mysql_options(db->my, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	mysql_options(db->my, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
	timeout = 30;
	mysql_options(db->my, MYSQL_OPT_READ_TIMEOUT, &timeout);
	mysql_options(db->my, MYSQL_OPT_WRITE_TIMEOUT, &timeout);
	/* Every read sees what is committed: a transaction that locked an
	 * event's counter row then counts its registrations exactly. */
	mysql_options(db->my, MYSQL_INIT_COMMAND,
	    "SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED");
	if (mysql_real_connect(db->my, c->db_socket ? NULL : c->db_host,
	    c->db_user, c->db_password, c->db_name,
	    c->db_socket ? 0 : (unsigned int)c->db_port, c->db_socket,
	    flags) == NULL) {
		db->err = mysql_errno(db->my);
		log_warn("db: cannot connect: %s (%u)", mysql_error(db->my),
		    db->err);
		mysql_close(db->my);
		db->my = NULL;
		/* Refused or unknown host: down. Bad password: also down,
		 * as far as a visitor can tell; the log says which. */
		db->err = CR_CONNECTION_ERROR;
		return -1;
	}
	db->err = 0;
	return 0;
}

/* Returns the prepared statement s, connecting and preparing as needed,
 * or NULL. */
static MYSQL_STMT *
prepared(struct db *db, enum stmt s)
{
	MYSQL_STMT *st;

	if (connect_db(db) == -1)
		return NULL;
	if (db->stmt[s] != NULL)
		return db->stmt[s];
	if (stmts[s] == NULL) {		/* an enum entry without its SQL */
		log_error("db: statement %d has no SQL", (int)s);
		return NULL;
	}
	if ((st = mysql_stmt_init(db->my)) == NULL) {
		fail(db, NULL, "stmt_init");
		return NULL;
	}
	if (mysql_stmt_prepare(st, stmts[s], strlen(stmts[s])) != 0) {
		fail(db, st, "prepare");
		mysql_stmt_close(st);
		return NULL;
	}
	return db->stmt[s] = st;
}

/* Binds a string parameter. */
static void
bind_str(MYSQL_BIND *b, const char *s, unsigned long *len)
{
	memset(b, 0, sizeof(*b));
	*len = strlen(s);
	b->buffer_type = MYSQL_TYPE_STRING;
	b->buffer = (void *)s;
	b->buffer_length = *len;
	b->length = len;
}

/* Binds a result column to a string buffer of size sz. */
static void
res_str(MYSQL_BIND *b, char *buf, size_t sz, unsigned long *len,
    my_bool *isnull, my_bool *error)
{
	memset(b, 0, sizeof(*b));
	b->buffer_type = MYSQL_TYPE_STRING;
	b->buffer = buf;
	b->buffer_length = sz;
	b->length = len;
	b->is_null = isnull;
	b->error = error;
}

/* Runs a prepared statement with its parameters and result bound.
 * Returns 0/-1. */
static int
execute(struct db *db, MYSQL_STMT *st, MYSQL_BIND *params, MYSQL_BIND *res,
    const char *what)
{
	if (params != NULL && mysql_stmt_bind_param(st, params) != 0)
		return fail(db, st, what);
	if (res != NULL && mysql_stmt_bind_result(st, res) != 0)
		return fail(db, st, what);
	if (mysql_stmt_execute(st) != 0)
		return fail(db, st, what);
	return 0;
}

/* Fetches the next row. Returns 1 with a row, 0 at the end, -1 on
 * failure (a column wider than its buffer counts as one). */
static int
fetch(struct db *db, MYSQL_STMT *st, const char *what)
{
	switch (mysql_stmt_fetch(st)) {
	case 0:
		return 1;
	case MYSQL_NO_DATA:
		return 0;
	case MYSQL_DATA_TRUNCATED:
		log_error("db: %s: a column is wider than its buffer", what);
		mysql_stmt_free_result(st);
		db->err = CR_UNKNOWN_ERROR;
		return -1;
	default:
		fail(db, st, what);
		return -1;
	}
}

int
db_library_init(void)
{
	if (mysql_library_init(0, NULL, NULL) != 0) {
		log_error("db: cannot initialise the client library");
		return -1;
	}
	return 0;
}

void
db_library_end(void)
{
	mysql_library_end();
}

struct db *
db_open(const struct config *cfg, int multi)
{
	struct db *db;

	if ((db = calloc(1, sizeof(*db))) == NULL)
		return NULL;
	db->cfg = cfg;
	db->multi = multi;
	(void)connect_db(db);	/* a down server is retried on use */
	return db;
}

void
db_close(struct db *db)
{
	if (db == NULL)
		return;
	disconnect(db);
	free(db);
}

int
db_is_down(const struct db *db)
{
	return err_is_gone(db->err) || db->err == CR_CONNECTION_ERROR;
}

int
db_is_retryable(const struct db *db)
{
	if (db->err == ER_LOCK_DEADLOCK || db->err == ER_LOCK_WAIT_TIMEOUT)
		return 1;
	/* A lost connection rolled the transaction back, unless COMMIT
	 * was already on its way: then we cannot know, and must not redo. */
	return err_is_gone(db->err) && !db->in_commit;
}

int
db_ping(struct db *db)
{
	if (connect_db(db) == -1)
		return -1;
	if (mysql_ping(db->my) != 0) {
		fail(db, NULL, "ping");
		/* The server may have restarted since: one fresh try. */
		if (connect_db(db) == -1 || mysql_ping(db->my) != 0)
			return db->my ? fail(db, NULL, "ping") : -1;
	}
	db->err = 0;
	return 0;
}

/* Runs a fixed statement without parameters. Returns 0/-1. */
static int
simple(struct db *db, const char *sql)
{
	if (connect_db(db) == -1)
		return -1;
	if (mysql_real_query(db->my, sql, strlen(sql)) != 0)
		return fail(db, NULL, sql);
	return 0;
}

int
db_begin(struct db *db)
{
	db->in_commit = 0;
	/* A connection that died while idle is noticed here, before the
	 * transaction has done anything, so it is safe to reconnect. */
	if (db->my != NULL && mysql_ping(db->my) != 0)
		disconnect(db);
	return simple(db, "START TRANSACTION");
}

int
db_commit(struct db *db)
{
	int rc;

	db->in_commit = 1;
	rc = simple(db, "COMMIT");
	if (rc == 0)
		db->in_commit = 0;
	return rc;
}

void
db_rollback(struct db *db)
{
	unsigned int err = db->err;

	if (db->my != NULL &&
	    mysql_real_query(db->my, "ROLLBACK", 8) != 0)
		fail(db, NULL, "ROLLBACK");
	db->err = err;	/* keep the failure that caused the rollback */
}


int
db_exec_script(struct db *db, const char *sql, size_t len)
{
	MYSQL_RES	*res;
	int		 status;

	if (connect_db(db) == -1)
		return -1;
	if (mysql_real_query(db->my, sql, len) != 0)
		return fail(db, NULL, "script");
	/* Drain every result so the connection is usable afterwards; an
	 * error in a later statement shows up here. */
	do {
		if ((res = mysql_store_result(db->my)) != NULL)
			mysql_free_result(res);
		else if (mysql_field_count(db->my) != 0)
			return fail(db, NULL, "script");
		if ((status = mysql_next_result(db->my)) > 0)
			return fail(db, NULL, "script");
	} while (status == 0);
	return 0;
}

int
db_migrations_init(struct db *db)
{
	return simple(db, "CREATE TABLE IF NOT EXISTS schema_migrations ("
	    "name VARCHAR(191) NOT NULL PRIMARY KEY, "
	    "checksum CHAR(64) NOT NULL, "
	    "applied_at DATETIME NOT NULL"
	    ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin");
}

int
db_migration_get(struct db *db, const char *name, char hex[65])
{
	MYSQL_STMT	*st;
	MYSQL_BIND	 par[1], res[1];
	unsigned long	 plen, rlen;
	my_bool		 isnull, error;
	int		 rc;

	if ((st = prepared(db, STMT_MIGRATION_GET)) == NULL)
		return -1;
	bind_str(&par[0], name, &plen);
	res_str(&res[0], hex, 65, &rlen, &isnull, &error);
	if (execute(db, st, par, res, "migration_get") == -1)
		return -1;
	rc = fetch(db, st, "migration_get");
	mysql_stmt_free_result(st);
	return rc;
}

int
db_migration_put(struct db *db, const char *name, const char *hex)
{
	MYSQL_STMT	*st;
	MYSQL_BIND	 par[2];
	unsigned long	 len[2];

	if ((st = prepared(db, STMT_MIGRATION_PUT)) == NULL)
		return -1;
	bind_str(&par[0], name, &len[0]);
	bind_str(&par[1], hex, &len[1]);
	return execute(db, st, par, NULL, "migration_put");
}

/*
 * Binding shorthands for the statements below: parameters and result
 * columns are added in order, and the arrays live in the caller's frame
 * until the statement's results are freed, as the client library needs.
 */
#define MAXBIND 32

struct params {
	MYSQL_BIND	 b[MAXBIND];
	unsigned long	 len[MAXBIND];
	long long	 ll[MAXBIND];
	size_t		 n;
	int		 overflow;	/* more than MAXBIND: run refuses */
};

struct cols {
	MYSQL_BIND	 b[MAXBIND];
	unsigned long	 len[MAXBIND];
	my_bool		 isnull[MAXBIND], error[MAXBIND];
	char		*str[MAXBIND];	/* string buffers, to clear on NULL */
	size_t		 n;
	int		 overflow;	/* more than MAXBIND: run refuses */
};

static void
p_str(struct params *p, const char *s)
{
	if (p->n == MAXBIND) {
		p->overflow = 1;
		return;
	}
	bind_str(&p->b[p->n], s, &p->len[p->n]);
	p->n++;
}

static void
p_int(struct params *p, long long v)
{
	MYSQL_BIND *b;

	if (p->n == MAXBIND) {
		p->overflow = 1;
		return;
	}
	b = &p->b[p->n];
	memset(b, 0, sizeof(*b));
	p->ll[p->n] = v;
	b->buffer_type = MYSQL_TYPE_LONGLONG;
	b->buffer = &p->ll[p->n];
	p->n++;
}

static void
p_blob(struct params *p, const void *v, size_t sz)
{
	MYSQL_BIND *b;

	if (p->n == MAXBIND) {
		p->overflow = 1;
		return;
	}
	b = &p->b[p->n];
	memset(b, 0, sizeof(*b));
	p->len[p->n] = sz;
	b->buffer_type = MYSQL_TYPE_BLOB;
	b->buffer = (void *)v;
	b->buffer_length = sz;
	b->length = &p->len[p->n];
	p->n++;
}

static void
c_str(struct cols *c, char *buf, size_t sz)
{
	if (c->n == MAXBIND) {
		c->overflow = 1;
		return;
	}
	res_str(&c->b[c->n], buf, sz, &c->len[c->n], &c->isnull[c->n],
	    &c->error[c->n]);
	c->str[c->n] = buf;
	c->n++;
}

static void
c_int(struct cols *c, long long *v)
{
	MYSQL_BIND *b;

	if (c->n == MAXBIND) {
		c->overflow = 1;
		return;
	}
	b = &c->b[c->n];
	memset(b, 0, sizeof(*b));
	b->buffer_type = MYSQL_TYPE_LONGLONG;
	b->buffer = v;
	b->is_null = &c->isnull[c->n];
	b->error = &c->error[c->n];
	c->str[c->n] = NULL;
	c->n++;
}

/* Binds and executes statement s. Returns it, or NULL on failure. */
static MYSQL_STMT *
run(struct db *db, enum stmt s, struct params *p, struct cols *c)
{
	MYSQL_STMT *st;

	if ((p != NULL && p->overflow) || (c != NULL && c->overflow)) {
		log_error("db: %s: more than %d parameters or columns",
		    stmts[s], MAXBIND);
		return NULL;
	}
	if ((st = prepared(db, s)) == NULL)
		return NULL;
	if (execute(db, st, p && p->n ? p->b : NULL, c ? c->b : NULL,
	    stmts[s]) == -1)
		return NULL;
	/* Results are read into memory at once, so a caller may run other
	 * statements while it goes through the rows. */
	if (c != NULL && mysql_stmt_store_result(st) != 0) {
		fail(db, st, stmts[s]);
		return NULL;
	}
	return st;
}

/* Fetches a row into the bound columns; NULL strings become "" and NULL
 * numbers 0. Returns 1, 0 at the end, -1 on failure. */
static int
row(struct db *db, MYSQL_STMT *st, struct cols *c)
{
	int rc = fetch(db, st, "fetch");

	if (rc == 1)
		for (size_t i = 0; i < c->n; i++)
			if (c->isnull[i]) {
				if (c->str[i] != NULL)
					c->str[i][0] = '\0';
				else
					*(long long *)c->b[i].buffer = 0;
			}
	return rc;
}

/* Runs a statement without results. Returns the rows it changed, or -1. */
static long long
change(struct db *db, enum stmt s, struct params *p)
{
	MYSQL_STMT *st;

	if ((st = run(db, s, p, NULL)) == NULL)
		return -1;
	return (long long)mysql_stmt_affected_rows(st);
}

/* Fetches at most one row of a query and frees the result.
 * Returns 1 with a row, 0 without, -1 on failure. */
static int
one(struct db *db, enum stmt s, struct params *p, struct cols *c)
{
	MYSQL_STMT	*st;
	int		 rc;

	if ((st = run(db, s, p, c)) == NULL)
		return -1;
	rc = row(db, st, c);
	mysql_stmt_free_result(st);
	return rc;
}

/* Binds the columns of USER_COLUMNS to u. */
static void
user_cols(struct cols *c, struct db_user *u)
{
	memset(u, 0, sizeof(*u));
	c_int(c, &u->id);
	c_str(c, u->email, sizeof(u->email));
	c_str(c, u->name, sizeof(u->name));
	c_str(c, u->role, sizeof(u->role));
	c_str(c, u->lang, sizeof(u->lang));
	c_str(c, u->password_hash, sizeof(u->password_hash));
	c_int(c, &u->disabled);
	c_int(c, &u->org_id);
	c_str(c, u->org_name, sizeof(u->org_name));
	c_str(c, u->org_kind, sizeof(u->org_kind));
}

int
db_user_by_email(struct db *db, const char *email, struct db_user *u)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };

	p_str(&p, email);
	user_cols(&c, u);
	return one(db, STMT_USER_BY_EMAIL, &p, &c);
}

int
db_user_set_hash(struct db *db, long long id, const char *hash)
{
	struct params p = { .n = 0 };

	p_str(&p, hash);
	p_int(&p, id);
	return change(db, STMT_USER_SET_HASH, &p) == -1 ? -1 : 0;
}

long long
db_user_add(struct db *db, const char *email, const char *name,
    long long org_id, const char *role, const char *hash)
{
	struct params	 p = { .n = 0 };
	MYSQL_STMT	*st;

	p_str(&p, email);
	p_str(&p, name);
	p_int(&p, org_id);
	p_str(&p, role);
	if (hash != NULL)
		p_str(&p, hash);
	else {
		p_str(&p, "");
		p.b[p.n - 1].buffer_type = MYSQL_TYPE_NULL;
	}
	if ((st = run(db, STMT_USER_ADD, &p, NULL)) == NULL)
		return db->err == ER_DUP_ENTRY ? 0 : -1;
	return (long long)mysql_stmt_insert_id(st);
}

int
db_user_disable(struct db *db, long long id, long long org)
{
	struct params	 p = { .n = 0 };
	long long	 n;

	p_int(&p, id);
	p_int(&p, org);
	p_int(&p, org);
	if ((n = change(db, STMT_USER_DISABLE, &p)) == -1)
		return -1;
	if (n == 0)
		return 0;
	p.n = 0;
	p_int(&p, id);
	if (change(db, STMT_SESSIONS_DEL_USER, &p) == -1)
		return -1;
	return 1;
}

int
db_user_set_profile(struct db *db, long long id, const char *name,
    const char *lang)
{
	struct params p = { .n = 0 };

	p_str(&p, name);
	p_str(&p, lang);
	p_int(&p, id);
	return change(db, STMT_USER_SET_PROFILE, &p) == -1 ? -1 : 0;
}

int
db_users_list(struct db *db, long long org_id,
    int (*fn)(const struct db_user *, void *), void *arg)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	struct db_user	 u;
	MYSQL_STMT	*st;
	int		 rc, n = 0;

	p_int(&p, org_id);
	p_int(&p, org_id);
	user_cols(&c, &u);
	if ((st = run(db, STMT_USERS_LIST, &p, &c)) == NULL)
		return -1;
	while ((rc = row(db, st, &c)) == 1) {
		n++;
		if (fn(&u, arg) == -1) {
			rc = -1;
			break;
		}
	}
	mysql_stmt_free_result(st);
	return rc == -1 ? -1 : n;
}

int
db_org_find(struct db *db, const char *code_or_id, struct db_org *o)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	long long	 id = 0;

	(void)valid_int(code_or_id, 1, INT64_MAX, &id);
	memset(o, 0, sizeof(*o));
	p_str(&p, code_or_id);
	p_int(&p, id);
	p_str(&p, code_or_id);
	c_int(&c, &o->id);
	c_str(&c, o->name, sizeof(o->name));
	c_str(&c, o->kind, sizeof(o->kind));
	return one(db, STMT_ORG_FIND, &p, &c);
}

int
db_session_new(struct db *db, const unsigned char hash[32], long long user)
{
	struct params p = { .n = 0 };

	p_blob(&p, hash, 32);
	p_int(&p, user);
	return change(db, STMT_SESSION_NEW, &p) == -1 ? -1 : 0;
}

int
db_session_get(struct db *db, const unsigned char hash[32], int idle_min,
    int abs_hours, struct db_user *u)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	long long	 idle = 0;
	int		 rc;

	p_blob(&p, hash, 32);
	p_int(&p, idle_min);
	p_int(&p, abs_hours);
	user_cols(&c, u);
	c_int(&c, &idle);
	if ((rc = one(db, STMT_SESSION_GET, &p, &c)) != 1)
		return rc;
	/* Writing on every request would make every page a write; a
	 * minute's precision is plenty for an idle timeout of hours. */
	if (idle >= 60) {
		p.n = 0;
		p_blob(&p, hash, 32);
		if (change(db, STMT_SESSION_TOUCH, &p) == -1)
			return -1;
	}
	return 1;
}

int
db_session_del(struct db *db, const unsigned char hash[32])
{
	struct params p = { .n = 0 };

	p_blob(&p, hash, 32);
	return change(db, STMT_SESSION_DEL, &p) == -1 ? -1 : 0;
}

int
db_sessions_del_user(struct db *db, long long user)
{
	struct params p = { .n = 0 };

	p_int(&p, user);
	return change(db, STMT_SESSIONS_DEL_USER, &p) == -1 ? -1 : 0;
}

int
db_login_failure_add(struct db *db, const unsigned char email_hash[32],
    const char *address)
{
	struct params p = { .n = 0 };

	p_blob(&p, email_hash, 32);
	p_str(&p, address);
	return change(db, STMT_FAIL_ADD, &p) == -1 ? -1 : 0;
}

int
db_login_failures(struct db *db, const unsigned char email_hash[32],
    const char *address, int *by_email, int *by_address)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	long long	 n = 0;

	p_blob(&p, email_hash, 32);
	c_int(&c, &n);
	if (one(db, STMT_FAIL_COUNT_EMAIL, &p, &c) == -1)
		return -1;
	*by_email = (int)n;
	p.n = 0;
	p_str(&p, address);
	if (one(db, STMT_FAIL_COUNT_ADDR, &p, &c) == -1)
		return -1;
	*by_address = (int)n;
	return 0;
}

int
db_token_add(struct db *db, const unsigned char hash[32], long long user,
    const char *purpose, int hours)
{
	struct params p = { .n = 0 };

	p_blob(&p, hash, 32);
	p_int(&p, user);
	p_str(&p, purpose);
	p_int(&p, hours);
	return change(db, STMT_TOKEN_ADD, &p) == -1 ? -1 : 0;
}

int
db_token_get(struct db *db, const unsigned char hash[32],
    const char *purpose, struct db_user *u)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };

	p_blob(&p, hash, 32);
	p_str(&p, purpose);
	user_cols(&c, u);
	return one(db, STMT_TOKEN_GET, &p, &c);
}

int
db_token_use(struct db *db, const unsigned char hash[32])
{
	struct params p = { .n = 0 };

	p_blob(&p, hash, 32);
	return change(db, STMT_TOKEN_USE, &p) == -1 ? -1 : 0;
}

int
db_audit_add(struct db *db, long long actor, const char *action,
    const char *subject_type, long long subject_id, const char *detail)
{
	struct params p = { .n = 0 };

	p_int(&p, actor);
	p_str(&p, action);
	p_str(&p, subject_type);
	p_int(&p, subject_id);
	p_str(&p, detail);
	return change(db, STMT_AUDIT_ADD, &p) == -1 ? -1 : 0;
}

int
db_outbox_add(struct db *db, const char *uuid, const char *type,
    const char *body, const char *created_at, int retry_hours)
{
	struct params p = { .n = 0 };

	p_str(&p, uuid);
	p_str(&p, type);
	p_str(&p, body);
	p_str(&p, created_at);
	p_int(&p, retry_hours);
	return change(db, STMT_OUTBOX_ADD, &p) == -1 ? -1 : 0;
}

int
db_outbox_claim(struct db *db, struct db_outbox *m)
{
	struct cols c = { .n = 0 };

	memset(m, 0, sizeof(*m));
	c_int(&c, &m->id);
	c_str(&c, m->uuid, sizeof(m->uuid));
	c_str(&c, m->type, sizeof(m->type));
	c_str(&c, m->body, sizeof(m->body));
	c_int(&c, &m->attempts);
	c_int(&c, &m->webhook_done);
	c_int(&c, &m->smtp_done);
	c_int(&c, &m->seconds_left);
	return one(db, STMT_OUTBOX_CLAIM, NULL, &c);
}

int
db_outbox_result(struct db *db, long long id, const char *status,
    long long delay, const char *error, int webhook_done, int smtp_done)
{
	struct params p = { .n = 0 };

	p_str(&p, status);
	p_int(&p, delay);
	p_str(&p, status);
	p_str(&p, error ? error : "");
	p_int(&p, webhook_done);
	p_int(&p, smtp_done);
	p_int(&p, id);
	return change(db, STMT_OUTBOX_RESULT, &p) == -1 ? -1 : 0;
}

int
db_delivery_add(struct db *db, long long outbox_id, const char *transport,
    int ok, long http_status, const char *smtp_reply, const char *error)
{
	struct params p = { .n = 0 };

	p_int(&p, outbox_id);
	p_str(&p, transport);
	p_int(&p, ok);
	p_int(&p, http_status);
	p_str(&p, smtp_reply ? smtp_reply : "");
	p_str(&p, error ? error : "");
	return change(db, STMT_DELIVERY_ADD, &p) == -1 ? -1 : 0;
}

int
db_outbox_list(struct db *db, int limit,
    int (*fn)(const struct db_outbox_row *, void *), void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_outbox_row	 m;
	MYSQL_STMT		*st;
	int			 rc, n = 0;

	p_int(&p, limit);
	memset(&m, 0, sizeof(m));
	c_int(&c, &m.id);
	c_str(&c, m.uuid, sizeof(m.uuid));
	c_str(&c, m.type, sizeof(m.type));
	c_str(&c, m.status, sizeof(m.status));
	c_int(&c, &m.attempts);
	c_str(&c, m.created, sizeof(m.created));
	c_str(&c, m.sent, sizeof(m.sent));
	c_str(&c, m.next, sizeof(m.next));
	c_str(&c, m.last_error, sizeof(m.last_error));
	if ((st = run(db, STMT_OUTBOX_LIST, &p, &c)) == NULL)
		return -1;
	while ((rc = row(db, st, &c)) == 1) {
		n++;
		if (fn(&m, arg) == -1) {
			rc = -1;
			break;
		}
	}
	mysql_stmt_free_result(st);
	return rc == -1 ? -1 : n;
}

int
db_deliveries_since(struct db *db, long long first_outbox_id,
    int (*fn)(const struct db_delivery *, void *), void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_delivery	 d;
	MYSQL_STMT		*st;
	int			 rc;

	p_int(&p, first_outbox_id);
	memset(&d, 0, sizeof(d));
	c_int(&c, &d.outbox_id);
	c_str(&c, d.at, sizeof(d.at));
	c_str(&c, d.transport, sizeof(d.transport));
	c_int(&c, &d.ok);
	c_int(&c, &d.http_status);
	c_str(&c, d.smtp_reply, sizeof(d.smtp_reply));
	c_str(&c, d.error, sizeof(d.error));
	if ((st = run(db, STMT_DELIVERIES_SINCE, &p, &c)) == NULL)
		return -1;
	while ((rc = row(db, st, &c)) == 1)
		if (fn(&d, arg) == -1) {
			rc = -1;
			break;
		}
	mysql_stmt_free_result(st);
	return rc == -1 ? -1 : 0;
}

int
db_outbox_retry(struct db *db, long long id, int retry_hours)
{
	struct params	 p = { .n = 0 };
	long long	 n;

	p_int(&p, retry_hours);
	p_int(&p, id);
	if ((n = change(db, STMT_OUTBOX_RETRY, &p)) == -1)
		return -1;
	return n > 0;
}

int
db_orgs_list(struct db *db, int (*fn)(const struct db_org_row *, void *),
    void *arg)
{
	struct cols		 c = { .n = 0 };
	struct db_org_row	 o;
	MYSQL_STMT		*st;
	int			 rc, n = 0;

	memset(&o, 0, sizeof(o));
	c_int(&c, &o.id);
	c_str(&c, o.kind, sizeof(o.kind));
	c_str(&c, o.name, sizeof(o.name));
	c_str(&c, o.cbs_code, sizeof(o.cbs_code));
	c_str(&c, o.province, sizeof(o.province));
	c_str(&c, o.size_class, sizeof(o.size_class));
	if ((st = run(db, STMT_ORGS_LIST, NULL, &c)) == NULL)
		return -1;
	while ((rc = row(db, st, &c)) == 1) {
		n++;
		if (fn(&o, arg) == -1) {
			rc = -1;
			break;
		}
	}
	mysql_stmt_free_result(st);
	return rc == -1 ? -1 : n;
}

int
db_audit_list(struct db *db, int limit,
    int (*fn)(const struct db_audit *, void *), void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_audit		 a;
	MYSQL_STMT		*st;
	int			 rc, n = 0;

	p_int(&p, limit);
	memset(&a, 0, sizeof(a));
	c_str(&c, a.at, sizeof(a.at));
	c_str(&c, a.actor, sizeof(a.actor));
	c_str(&c, a.action, sizeof(a.action));
	c_str(&c, a.subject_type, sizeof(a.subject_type));
	c_int(&c, &a.subject_id);
	c_str(&c, a.detail, sizeof(a.detail));
	if ((st = run(db, STMT_AUDIT_LIST, &p, &c)) == NULL)
		return -1;
	while ((rc = row(db, st, &c)) == 1) {
		n++;
		if (fn(&a, arg) == -1) {
			rc = -1;
			break;
		}
	}
	mysql_stmt_free_result(st);
	return rc == -1 ? -1 : n;
}

int
db_org_upsert(struct db *db, const char *kind, const char *name,
    const char *cbs_code, long long province_id, const char *size_class)
{
	struct params	 p = { .n = 0 };
	long long	 n;

	p_str(&p, kind);
	p_str(&p, name);
	p_str(&p, cbs_code);
	p_int(&p, province_id);
	p_str(&p, size_class);
	if ((n = change(db, STMT_ORG_UPSERT, &p)) == -1)
		return -1;
	/* MariaDB counts an insert as 1, a changed row as 2. */
	return n == 1 ? 1 : n == 2 ? 2 : 0;
}

/* Binds the columns of EVENT_COLUMNS to ev. */
static void
event_cols(struct cols *c, struct db_event *ev)
{
	memset(ev, 0, sizeof(*ev));
	c_int(c, &ev->id);
	c_str(c, ev->kind, sizeof(ev->kind));
	c_str(c, ev->audience, sizeof(ev->audience));
	c_str(c, ev->status, sizeof(ev->status));
	c_str(c, ev->title, sizeof(ev->title));
	c_str(c, ev->description, sizeof(ev->description));
	c_str(c, ev->starts_at, sizeof(ev->starts_at));
	c_str(c, ev->ends_at, sizeof(ev->ends_at));
	c_str(c, ev->place, sizeof(ev->place));
	c_str(c, ev->online_url, sizeof(ev->online_url));
	c_int(c, &ev->capacity);
	c_int(c, &ev->confirmed);
	c_int(c, &ev->per_org_limit);
	c_int(c, &ev->waiting);
	c_str(c, ev->notify_emails, sizeof(ev->notify_emails));
	c_str(c, ev->opens_at, sizeof(ev->opens_at));
	c_str(c, ev->closes_at, sizeof(ev->closes_at));
	c_int(c, &ev->org_confirmed);
}

int
db_events_list(struct db *db, int drafts, long long org_id,
    int (*fn)(const struct db_event *, void *), void *arg)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	struct db_event	*ev;
	MYSQL_STMT	*st;
	int		 rc, n = 0;

	/* Large (the description): on the heap, not the worker's stack. */
	if ((ev = malloc(sizeof(*ev))) == NULL)
		return -1;
	p_int(&p, org_id);
	p_int(&p, drafts);
	event_cols(&c, ev);
	if ((st = run(db, STMT_EVENTS_LIST, &p, &c)) == NULL) {
		free(ev);
		return -1;
	}
	while ((rc = row(db, st, &c)) == 1) {
		n++;
		if (fn(ev, arg) == -1) {
			rc = -1;
			break;
		}
	}
	mysql_stmt_free_result(st);
	free(ev);
	return rc == -1 ? -1 : n;
}

int
db_event_get(struct db *db, long long id, int lock, long long org_id,
    struct db_event *ev)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };

	p_int(&p, org_id);
	p_int(&p, id);
	event_cols(&c, ev);
	return one(db, lock ? STMT_EVENT_LOCK : STMT_EVENT_GET, &p, &c);
}

int
db_event_counts(struct db *db, long long event_id, long long dconfirmed,
    long long dwaiting)
{
	struct params p = { .n = 0 };

	p_int(&p, dconfirmed);
	p_int(&p, dwaiting);
	p_int(&p, event_id);
	return change(db, STMT_EVENT_COUNTS, &p) == -1 ? -1 : 0;
}

long long
db_event_save(struct db *db, const struct db_event *ev)
{
	struct params	 p = { .n = 0 };
	MYSQL_STMT	*st;

	p_str(&p, ev->title);
	p_str(&p, ev->description);
	p_str(&p, ev->kind);
	p_str(&p, ev->audience);
	p_str(&p, ev->starts_at);
	p_str(&p, ev->ends_at);
	p_str(&p, ev->place);
	p_str(&p, ev->online_url);
	p_int(&p, ev->capacity);
	p_int(&p, ev->per_org_limit);
	p_str(&p, ev->opens_at);
	p_str(&p, ev->closes_at);
	p_str(&p, ev->notify_emails);
	p_str(&p, ev->status);
	if (ev->id != 0) {
		p_int(&p, ev->id);
		return change(db, STMT_EVENT_UPDATE, &p) == -1 ? -1 : ev->id;
	}
	if ((st = run(db, STMT_EVENT_INSERT, &p, NULL)) == NULL)
		return -1;
	return (long long)mysql_stmt_insert_id(st);
}

/* Runs a one-number query. Returns the number, or -1. */
static long long
number(struct db *db, enum stmt s, struct params *p)
{
	struct cols	 c = { .n = 0 };
	long long	 n = 0;

	c_int(&c, &n);
	if (one(db, s, p, &c) != 1)
		return -1;
	return n;
}

long long
db_reg_active_email(struct db *db, long long event_id, const char *email)
{
	struct params p = { .n = 0 };

	p_int(&p, event_id);
	p_str(&p, email);
	return number(db, STMT_REG_ACTIVE_EMAIL, &p);
}

long long
db_reg_org_confirmed(struct db *db, long long event_id, long long org_id)
{
	struct params p = { .n = 0 };

	p_int(&p, event_id);
	p_int(&p, org_id);
	return number(db, STMT_REG_ORG_CONFIRMED, &p);
}

long long
db_reg_next_seq(struct db *db, long long event_id)
{
	struct params p = { .n = 0 };

	p_int(&p, event_id);
	return number(db, STMT_REG_NEXT_SEQ, &p);
}

long long
db_reg_add(struct db *db, const struct db_registration *g,
    const unsigned char token_hash[32], long long waiting_seq)
{
	struct params	 p = { .n = 0 };
	MYSQL_STMT	*st;

	p_int(&p, g->event_id);
	p_int(&p, g->org_id);
	p_int(&p, g->user_id);
	p_str(&p, g->name);
	p_str(&p, g->email);
	p_str(&p, g->job_title);
	p_str(&p, g->lang);
	p_str(&p, g->status);
	p_int(&p, waiting_seq);
	p_blob(&p, token_hash, 32);
	if ((st = run(db, STMT_REG_ADD, &p, NULL)) == NULL)
		return -1;
	return (long long)mysql_stmt_insert_id(st);
}

/* Binds the columns of REG_COLUMNS to g. */
static void
reg_cols(struct cols *c, struct db_registration *g)
{
	memset(g, 0, sizeof(*g));
	c_int(c, &g->id);
	c_int(c, &g->event_id);
	c_int(c, &g->org_id);
	c_int(c, &g->user_id);
	c_str(c, g->name, sizeof(g->name));
	c_str(c, g->email, sizeof(g->email));
	c_str(c, g->job_title, sizeof(g->job_title));
	c_str(c, g->lang, sizeof(g->lang));
	c_str(c, g->status, sizeof(g->status));
	c_str(c, g->created, sizeof(g->created));
	c_str(c, g->org_name, sizeof(g->org_name));
	c_int(c, &g->position);
}

int
db_reg_by_token(struct db *db, const unsigned char hash[32],
    struct db_registration *g)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };

	p_blob(&p, hash, 32);
	reg_cols(&c, g);
	return one(db, STMT_REG_BY_TOKEN, &p, &c);
}

int
db_reg_by_id(struct db *db, long long event_id, long long id,
    struct db_registration *g)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };

	p_int(&p, id);
	p_int(&p, event_id);
	reg_cols(&c, g);
	return one(db, STMT_REG_BY_ID, &p, &c);
}

int
db_reg_set_status(struct db *db, long long id, const char *status)
{
	struct params p = { .n = 0 };

	p_str(&p, status);
	p_str(&p, status);
	p_str(&p, status);
	p_str(&p, status);
	p_int(&p, id);
	return change(db, STMT_REG_SET_STATUS, &p) == -1 ? -1 : 0;
}

int
db_regs_list(struct db *db, long long event_id, int waiting_only,
    int (*fn)(const struct db_registration *, void *), void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_registration	 g;
	MYSQL_STMT		*st;
	int			 rc, n = 0;

	p_int(&p, event_id);
	reg_cols(&c, &g);
	if ((st = run(db, waiting_only ? STMT_REGS_WAITING :
	    STMT_REGS_OF_EVENT, &p, &c)) == NULL)
		return -1;
	while ((rc = row(db, st, &c)) == 1) {
		n++;
		if (fn(&g, arg) == -1) {
			rc = -1;
			break;
		}
	}
	mysql_stmt_free_result(st);
	return rc == -1 ? -1 : n;
}

int
db_material_add(struct db *db, long long event_id, const char *title,
    const char *url, const char *body)
{
	struct params p = { .n = 0 };

	p_int(&p, event_id);
	p_str(&p, title);
	p_str(&p, url);
	p_str(&p, body);
	return change(db, STMT_MATERIAL_ADD, &p) == -1 ? -1 : 0;
}

int
db_materials_list(struct db *db, long long event_id,
    int (*fn)(const struct db_material *, void *), void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_material	 m;
	MYSQL_STMT		*st;
	int			 rc, n = 0;

	p_int(&p, event_id);
	memset(&m, 0, sizeof(m));
	c_int(&c, &m.id);
	c_str(&c, m.title, sizeof(m.title));
	c_str(&c, m.url, sizeof(m.url));
	c_str(&c, m.body, sizeof(m.body));
	c_str(&c, m.created, sizeof(m.created));
	if ((st = run(db, STMT_MATERIALS_LIST, &p, &c)) == NULL)
		return -1;
	while ((rc = row(db, st, &c)) == 1) {
		n++;
		if (fn(&m, arg) == -1) {
			rc = -1;
			break;
		}
	}
	mysql_stmt_free_result(st);
	return rc == -1 ? -1 : n;
}

int
db_regs_of_org(struct db *db, long long org_id,
    int (*fn)(const struct db_registration *, const char *title,
    const char *starts_at, void *), void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_registration	 g;
	char			 title[801], starts[24];
	MYSQL_STMT		*st;
	int			 rc, n = 0;

	p_int(&p, org_id);
	reg_cols(&c, &g);
	c_str(&c, title, sizeof(title));
	c_str(&c, starts, sizeof(starts));
	if ((st = run(db, STMT_REGS_OF_ORG, &p, &c)) == NULL)
		return -1;
	while ((rc = row(db, st, &c)) == 1) {
		n++;
		if (fn(&g, title, starts, arg) == -1) {
			rc = -1;
			break;
		}
	}
	mysql_stmt_free_result(st);
	return rc == -1 ? -1 : n;
}

int
db_questionnaire_get(struct db *db, int year, int version, long long *id,
    char checksum[65])
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };

	p_int(&p, year);
	p_int(&p, version);
	c_int(&c, id);
	c_str(&c, checksum, 65);
	return one(db, STMT_QN_GET, &p, &c);
}

long long
db_questionnaire_add(struct db *db, int year, int version,
    const char *checksum, const char *xml)
{
	struct params	 p = { .n = 0 };
	MYSQL_STMT	*st;

	p_int(&p, year);
	p_int(&p, version);
	p_str(&p, checksum);
	p_str(&p, xml);
	if ((st = run(db, STMT_QN_ADD, &p, NULL)) == NULL)
		return -1;
	return (long long)mysql_stmt_insert_id(st);
}

int
db_qn_latest(struct db *db, int year,
    int (*fn)(long long id, int year, int version, void *), void *arg)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	long long	 id = 0, y = 0, v = 0;
	MYSQL_STMT	*st;
	int		 rc, n = 0;

	p_int(&p, year);
	p_int(&p, year);
	c_int(&c, &id);
	c_int(&c, &y);
	c_int(&c, &v);
	if ((st = run(db, STMT_QN_LATEST, &p, &c)) == NULL)
		return -1;
	while ((rc = row(db, st, &c)) == 1) {
		n++;
		if (fn(id, (int)y, (int)v, arg) == -1) {
			rc = -1;
			break;
		}
	}
	mysql_stmt_free_result(st);
	return rc == -1 ? -1 : n;
}

char *
db_qn_xml(struct db *db, long long id, size_t *len)
{
	struct params	 p = { .n = 0 };
	MYSQL_STMT	*st;
	MYSQL_BIND	 res[1];
	unsigned long	 l = 0;
	my_bool		 isnull = 0, error = 0;
	char		*buf;
	int		 rc;

	p_int(&p, id);
	if ((st = prepared(db, STMT_QN_XML)) == NULL)
		return NULL;
	/* Its length is known only after the fetch: fetch nothing first,
	 * then the column into a buffer of that size. */
	memset(res, 0, sizeof(res));
	res[0].buffer_type = MYSQL_TYPE_STRING;
	res[0].length = &l;
	res[0].is_null = &isnull;
	res[0].error = &error;
	if (execute(db, st, p.b, res, "qn_xml") == -1)
		return NULL;
	rc = mysql_stmt_fetch(st);
	if (rc == MYSQL_NO_DATA || (rc != 0 && rc != MYSQL_DATA_TRUNCATED) ||
	    isnull || (buf = malloc(l + 1)) == NULL) {
		mysql_stmt_free_result(st);
		return NULL;
	}
	res[0].buffer = buf;
	res[0].buffer_length = l + 1;
	if (mysql_stmt_fetch_column(st, res, 0, 0) != 0) {
		fail(db, st, "qn_xml");
		mysql_stmt_free_result(st);
		free(buf);
		return NULL;
	}
	buf[l] = '\0';
	*len = l;
	mysql_stmt_free_result(st);
	return buf;
}

/* Binds the columns of a round. */
static void
round_cols(struct cols *c, struct db_round *r)
{
	memset(r, 0, sizeof(*r));
	c_int(c, &r->id);
	c_int(c, &r->org_id);
	c_str(c, r->org_name, sizeof(r->org_name));
	c_int(c, &r->year);
	c_int(c, &r->qn_id);
	c_str(c, r->status, sizeof(r->status));
	c_str(c, r->submitted_at, sizeof(r->submitted_at));
}

int
db_round_get(struct db *db, long long org_id, int year, long long id,
    struct db_round *r)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };

	p_int(&p, org_id);
	p_int(&p, year);
	p_int(&p, id);
	round_cols(&c, r);
	return one(db, STMT_ROUND_GET, &p, &c);
}

int
db_round_add(struct db *db, long long org_id, int year, long long qn_id)
{
	struct params p = { .n = 0 };

	p_int(&p, org_id);
	p_int(&p, year);
	p_int(&p, qn_id);
	return change(db, STMT_ROUND_ADD, &p) == -1 ? -1 : 0;
}

int
db_round_submit(struct db *db, long long id, long long user)
{
	struct params	 p = { .n = 0 };
	long long	 n;

	p_int(&p, user);
	p_int(&p, id);
	if ((n = change(db, STMT_ROUND_SUBMIT, &p)) == -1)
		return -1;
	return n > 0;
}

int
db_round_reopen(struct db *db, long long id)
{
	struct params	 p = { .n = 0 };
	long long	 n;

	p_int(&p, id);
	if ((n = change(db, STMT_ROUND_REOPEN, &p)) == -1)
		return -1;
	return n > 0;
}

int
db_rounds_list(struct db *db, int year, long long org_id,
    int (*fn)(const struct db_round *, void *), void *arg)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	struct db_round	 r;
	MYSQL_STMT	*st;
	int		 rc, n = 0;

	p_int(&p, year);
	p_int(&p, year);
	p_int(&p, org_id);
	p_int(&p, org_id);
	round_cols(&c, &r);
	if ((st = run(db, STMT_ROUNDS_LIST, &p, &c)) == NULL)
		return -1;
	while ((rc = row(db, st, &c)) == 1) {
		n++;
		if (fn(&r, arg) == -1) {
			rc = -1;
			break;
		}
	}
	mysql_stmt_free_result(st);
	return rc == -1 ? -1 : n;
}

int
db_answers_list(struct db *db, long long round_id,
    int (*fn)(const struct db_answer *, void *), void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_answer	*a;
	MYSQL_STMT		*st;
	int			 rc, n = 0;

	if ((a = calloc(1, sizeof(*a))) == NULL)
		return -1;
	p_int(&p, round_id);
	c_str(&c, a->question_id, sizeof(a->question_id));
	c_str(&c, a->value, sizeof(a->value));
	c_int(&c, &a->has_value);
	c_int(&c, &a->dont_know);
	c_int(&c, &a->prefilled);
	if ((st = run(db, STMT_ANSWERS_LIST, &p, &c)) == NULL) {
		free(a);
		return -1;
	}
	while ((rc = row(db, st, &c)) == 1) {
		n++;
		if (fn(a, arg) == -1) {
			rc = -1;
			break;
		}
	}
	mysql_stmt_free_result(st);
	free(a);
	return rc == -1 ? -1 : n;
}

int
db_answer_put(struct db *db, long long round_id, const char *question_id,
    const char *value, int dont_know, int prefilled, long long user)
{
	struct params p = { .n = 0 };

	p_int(&p, round_id);
	p_str(&p, question_id);
	p_str(&p, value ? value : "");
	p_int(&p, dont_know);
	p_int(&p, prefilled);
	p_int(&p, user);
	return change(db, STMT_ANSWER_PUT, &p) == -1 ? -1 : 0;
}

int
db_answer_del(struct db *db, long long round_id, const char *question_id)
{
	struct params p = { .n = 0 };

	p_int(&p, round_id);
	p_str(&p, question_id);
	return change(db, STMT_ANSWER_DEL, &p) == -1 ? -1 : 0;
}

long long
db_section_version(struct db *db, long long round_id, const char *section)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	long long	 v = 0;
	int		 rc;

	p_int(&p, round_id);
	p_str(&p, section);
	c_int(&c, &v);
	if ((rc = one(db, STMT_SECTION_VERSION, &p, &c)) == -1)
		return -1;
	return rc == 1 ? v : 0;
}

int
db_section_bump(struct db *db, long long round_id, const char *section,
    long long user)
{
	struct params p = { .n = 0 };

	p_int(&p, round_id);
	p_str(&p, section);
	p_int(&p, user);
	return change(db, STMT_SECTION_BUMP, &p) == -1 ? -1 : 0;
}

int
db_scores_replace(struct db *db, long long round_id,
    const struct db_score *scores, size_t n)
{
	struct params p = { .n = 0 };

	p_int(&p, round_id);
	if (change(db, STMT_SCORES_DEL, &p) == -1)
		return -1;
	for (size_t i = 0; i < n; i++) {
		p.n = 0;
		p_int(&p, round_id);
		p_str(&p, scores[i].scope);
		p_str(&p, scores[i].key);
		p_int(&p, scores[i].has);
		/* DECIMAL(7,3) from a string keeps the digits we chose. */
		char buf[32];
		snprintf(buf, sizeof(buf), "%.3f", scores[i].score);
		p_str(&p, buf);
		p_int(&p, scores[i].answered);
		p_int(&p, scores[i].total);
		if (change(db, STMT_SCORE_PUT, &p) == -1)
			return -1;
	}
	return 0;
}

int
db_scores_list(struct db *db, long long round_id,
    int (*fn)(const struct db_score *, void *), void *arg)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	struct db_score	 sc;
	char		 scope[16], key[49], score[32];
	long long	 has = 0, answered = 0, total = 0;
	MYSQL_STMT	*st;
	int		 rc, n = 0;

	p_int(&p, round_id);
	c_str(&c, scope, sizeof(scope));
	c_str(&c, key, sizeof(key));
	c_str(&c, score, sizeof(score));
	c_int(&c, &has);
	c_int(&c, &answered);
	c_int(&c, &total);
	if ((st = run(db, STMT_SCORES_LIST, &p, &c)) == NULL)
		return -1;
	while ((rc = row(db, st, &c)) == 1) {
		n++;
		sc.scope = scope;
		sc.key = key;
		sc.score = strtod(score, NULL);
		sc.has = (int)has;
		sc.answered = (int)answered;
		sc.total = (int)total;
		if (fn(&sc, arg) == -1) {
			rc = -1;
			break;
		}
	}
	mysql_stmt_free_result(st);
	return rc == -1 ? -1 : n;
}
