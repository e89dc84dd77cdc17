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

#include <jansson.h>
#include <mysql.h>
#include <errmsg.h>
#include <mysqld_error.h>

#include "db.h"

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
	STMT_SCORES_LIST,
	/* the benchmark and advice */
	STMT_ORG_GROUPS,
	STMT_ORG_SHOW_NAME_GET,
	STMT_ORG_SHOW_NAME_SET,
	STMT_PEER_PARTICIPANTS,
	STMT_PEER_VALUES,
	STMT_PEER_GROUP_PUT,
	STMT_PEER_STATS_DEL,
	STMT_PEER_STAT_PUT,
	STMT_PEER_GROUP_GET,
	STMT_PEER_STATS_LIST,
	STMT_PEER_POSITIONS_PUT,
	STMT_PEER_TREND,
	STMT_REGION_PARTICIPATION,
	STMT_REGION_NAMED,
	STMT_PARTICIPATION,
	STMT_RANKING,
	STMT_ROUNDS_SUBMITTED_COUNT,
	STMT_YEAR_SCORES,
	STMT_ANSWERS_BULK,
	STMT_SCORES_BULK,
	STMT_ADVICE_REQ_ADD,
	STMT_ADVICE_REQ_LIST,
	STMT_ADVICE_REQ_STATUS,
	STMT_ADVICE_REQ_COUNTS,
	STMT_ORGANISER_EMAILS,
	STMT_ADVICE_SET_GET,
	STMT_ADVICE_SET_ADD,
	STMT_ADVICE_RULE_ADD,
	STMT_ADVICE_LINK_ADD,
	STMT_ADVICE_RULES,
	STMT_ADVICE_LINKS,
	STMT_ADVICE_FOR_PRACTICE,
	STMT_PROVINCE_IDS,
	STMT_CONTACT_GET,
	STMT_CONTACT_WITHDRAW,
	/* the practice library */
	STMT_PRACTICE_ADD,
	STMT_PRACTICE_REV_ADD,
	STMT_PRACTICE_ORG_ADD,
	STMT_PRACTICE_THEME_ADD,
	STMT_PRACTICE_ASPECT_ADD,
	STMT_PRACTICE_LINK_ADD,
	STMT_PRACTICE_SET_WORKING,
	STMT_PRACTICE_LOCK,
	STMT_PRACTICE_GET,
	STMT_PRACTICE_REV_GET,
	STMT_PRACTICE_REV_ORGS,
	STMT_PRACTICE_REV_THEMES,
	STMT_PRACTICE_REV_ASPECTS,
	STMT_PRACTICE_REV_LINKS,
	STMT_PRACTICE_REV_SUBMIT,
	STMT_PRACTICE_REV_REVIEW,
	STMT_PRACTICE_PUBLISH,
	STMT_PRACTICE_SET_PUBLIC,
	STMT_PRACTICES_SEARCH,
	STMT_PRACTICES_COUNT,
	STMT_PRACTICES_OF_ORG,
	STMT_PRACTICES_RELATED,
	STMT_PRACTICES_FEED,
	STMT_PRACTICE_YEARS,
	STMT_PRACTICE_CONTACTS,
	STMT_PRACTICE_OPTIN,
	STMT_PRACTICE_USER,
	STMT_PRACTICE_USERS_ROLE,
	STMT_PRACTICE_AUTHOR_COORDS,
	STMT_CONTACT_LOCK,
	STMT_CONTACT_COUNT,
	STMT_CONTACT_ADD,
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

/* issue 7: the columns of a practice in a list (struct db_practice_item
 * order but its last, extra, column), over practices p, the revision
 * shown r, its organisation o and the working revision w. */
#define PITEM_COLUMNS \
	"p.id, p.uuid, p.organisation_id, o.name, p.is_public, r.id, " \
	"r.status, COALESCE(w.status, ''), " \
	"p.published_revision_id IS NOT NULL, r.title, r.summary, r.year, " \
	"r.category, COALESCE((SELECT GROUP_CONCAT(a.aspect ORDER BY a.aspect) " \
	"FROM practice_aspects a WHERE a.revision_id = r.id), ''), " \
	"COALESCE(DATE_FORMAT(p.published_at, '%Y-%m-%d %H:%i:%s'), ''), " \
	"COALESCE(DATE_FORMAT(p.first_published_at, '%Y-%m-%d %H:%i:%s'), " \
	"''), "
#define PITEM_JOINS \
	"JOIN organisations o ON o.id = p.organisation_id " \
	"LEFT JOIN practice_revisions w ON w.id = p.working_revision_id "
/* The published practices a struct practice_filter selects; each
 * filter is "? = '' OR ..." (or 0), so one statement serves them all. */
#define PSEARCH_WHERE \
	"FROM practices p JOIN practice_revisions r " \
	"ON r.id = p.published_revision_id " PITEM_JOINS \
	"WHERE (? = 0 OR p.is_public = 1) AND (? = '' OR r.category = ?) " \
	"AND (? = '' OR EXISTS (SELECT 1 FROM practice_themes t " \
	"WHERE t.revision_id = r.id AND t.theme = ?)) " \
	"AND (? = '' OR EXISTS (SELECT 1 FROM practice_aspects x " \
	"WHERE x.revision_id = r.id AND x.aspect = ?)) " \
	"AND (? = '' OR o.province_id = (SELECT pv.id FROM organisations pv " \
	"WHERE pv.cbs_code = ?)) AND (? = 0 OR r.year = ?) " \
	"AND (? = '' OR MATCH (p.search_title, p.search_summary, " \
	"p.search_approach, p.search_results) AGAINST (? IN BOOLEAN MODE)) "

/* A peer group's municipalities (o): all, one province or one size
 * class; the parameters are the group's name three times, with the
 * province id and the size class (see p_group). */
#define GROUP_FILTER \
	"(? = 'all' OR (? = 'province' AND o.province_id = ?) " \
	"OR (? = 'size' AND o.size_class = ?))"

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
	[STMT_SCORES_LIST] =
	"SELECT scope, scope_key, COALESCE(score, 0), score IS NOT NULL, "
	"answered, total FROM scores WHERE round_id = ?",
	/* the practice library */
	[STMT_PRACTICE_ADD] =
	"INSERT INTO practices (uuid, organisation_id, created_by, created_at, "
	"search_approach, search_results) VALUES (?, ?, NULLIF(?, 0), "
	"UTC_TIMESTAMP(), '', '')",
	[STMT_PRACTICE_REV_ADD] =
	"INSERT INTO practice_revisions (practice_id, status, title, summary, "
	"approach, results, year, category, value_band, contact_user_id, "
	"created_by, created_at) VALUES (?, 'draft', ?, ?, ?, ?, ?, ?, "
	"NULLIF(?, ''), NULLIF(?, 0), NULLIF(?, 0), UTC_TIMESTAMP())",
	[STMT_PRACTICE_ORG_ADD] =
	"INSERT IGNORE INTO practice_orgs (revision_id, organisation_id) "
	"VALUES (?, ?)",
	[STMT_PRACTICE_THEME_ADD] =
	"INSERT IGNORE INTO practice_themes (revision_id, theme) VALUES (?, ?)",
	[STMT_PRACTICE_ASPECT_ADD] =
	"INSERT IGNORE INTO practice_aspects (revision_id, aspect) "
	"VALUES (?, ?)",
	[STMT_PRACTICE_LINK_ADD] =
	"INSERT INTO practice_links (revision_id, seq, url, label) "
	"VALUES (?, ?, ?, ?)",
	[STMT_PRACTICE_SET_WORKING] =
	"UPDATE practices SET working_revision_id = NULLIF(?, 0) WHERE id = ?",
	/* the practice's own row only: a FOR UPDATE over
	 * the joins below would lock the organisation too */
	[STMT_PRACTICE_LOCK] =
	"SELECT id FROM practices WHERE id = ? FOR UPDATE",
	[STMT_PRACTICE_GET] =
	"SELECT p.id, p.uuid, p.organisation_id, o.name, COALESCE(pv.name, ''), "
	"COALESCE(p.created_by, 0), COALESCE(p.working_revision_id, 0), "
	"COALESCE(w.status, ''), COALESCE(p.published_revision_id, 0), "
	"COALESCE(DATE_FORMAT(p.first_published_at, '%Y-%m-%d %H:%i:%s'), ''), "
	"COALESCE(DATE_FORMAT(p.published_at, '%Y-%m-%d %H:%i:%s'), ''), "
	"p.is_public FROM practices p "
	"JOIN organisations o ON o.id = p.organisation_id "
	"LEFT JOIN organisations pv ON pv.id = o.province_id "
	"LEFT JOIN practice_revisions w ON w.id = p.working_revision_id "
	"WHERE p.id = ?",
	[STMT_PRACTICE_REV_GET] =
	"SELECT r.id, r.status, r.title, r.summary, r.approach, r.results, "
	"r.year, r.category, COALESCE(r.value_band, ''), "
	"COALESCE(r.contact_user_id, 0), COALESCE(u.name, ''), "
	"u.id IS NOT NULL AND u.disabled_at IS NULL "
	"AND u.password_hash IS NOT NULL AND EXISTS (SELECT 1 FROM "
	"practice_contacts pc WHERE pc.user_id = u.id), "
	"COALESCE(r.remark, ''), "
	"COALESCE(r.created_by, 0), "
	"DATE_FORMAT(r.created_at, '%Y-%m-%d %H:%i:%s') "
	"FROM practice_revisions r LEFT JOIN users u ON u.id = r.contact_user_id "
	"WHERE r.id = ? AND r.practice_id = ?",
	[STMT_PRACTICE_REV_ORGS] =
	"SELECT o.id, o.name FROM practice_orgs x "
	"JOIN organisations o ON o.id = x.organisation_id "
	"WHERE x.revision_id = ? ORDER BY o.name, o.id",
	[STMT_PRACTICE_REV_THEMES] =
	"SELECT theme FROM practice_themes WHERE revision_id = ?",
	[STMT_PRACTICE_REV_ASPECTS] =
	"SELECT aspect FROM practice_aspects WHERE revision_id = ?",
	[STMT_PRACTICE_REV_LINKS] =
	"SELECT url, label FROM practice_links WHERE revision_id = ? "
	"ORDER BY seq",
	[STMT_PRACTICE_REV_SUBMIT] =
	"UPDATE practice_revisions SET status = 'submitted', "
	"submitted_by = NULLIF(?, 0), submitted_at = UTC_TIMESTAMP() "
	"WHERE id = ?",
	[STMT_PRACTICE_REV_REVIEW] =
	"UPDATE practice_revisions SET status = ?, remark = NULLIF(?, ''), "
	"reviewed_by = NULLIF(?, 0), reviewed_at = UTC_TIMESTAMP() WHERE id = ?",
	/* the searchable copy changes with the published
	 * revision, in the same statement */
	[STMT_PRACTICE_PUBLISH] =
	"UPDATE practices p JOIN practice_revisions r ON r.id = ? "
	"AND r.practice_id = p.id SET p.published_revision_id = r.id, "
	"p.working_revision_id = NULL, p.search_title = r.title, "
	"p.search_summary = r.summary, p.search_approach = r.approach, "
	"p.search_results = r.results, p.published_at = UTC_TIMESTAMP(), "
	"p.first_published_at = COALESCE(p.first_published_at, "
	"UTC_TIMESTAMP()) WHERE p.id = ?",
	[STMT_PRACTICE_SET_PUBLIC] =
	"UPDATE practices SET is_public = ? WHERE id = ?",
	/* the ordering's MATCH is evaluated only when
	 * sorting by relevance; "" matches nothing, so it is ORed away */
	[STMT_PRACTICES_SEARCH] =
	"SELECT " PITEM_COLUMNS "MATCH (p.search_title, p.search_summary, "
	"p.search_approach, p.search_results) AGAINST (? IN BOOLEAN MODE) "
	PSEARCH_WHERE "ORDER BY IF(? = 1, MATCH (p.search_title, "
	"p.search_summary, p.search_approach, p.search_results) "
	"AGAINST (? IN BOOLEAN MODE), 0) DESC, p.published_at DESC, p.id DESC "
	"LIMIT ? OFFSET ?",
	[STMT_PRACTICES_COUNT] =
	"SELECT COUNT(*) " PSEARCH_WHERE,
	[STMT_PRACTICES_OF_ORG] =
	"SELECT " PITEM_COLUMNS "'' FROM practices p "
	"JOIN practice_revisions r "
	"ON r.id = COALESCE(p.working_revision_id, p.published_revision_id) "
	PITEM_JOINS "WHERE ? = 0 OR p.organisation_id = ? ORDER BY p.id DESC",
	[STMT_PRACTICES_RELATED] =
	"SELECT " PITEM_COLUMNS "(SELECT COUNT(*) FROM practice_aspects x "
	"JOIN practice_aspects y ON y.aspect = x.aspect "
	"WHERE x.revision_id = r.id AND y.revision_id = ?) AS shared "
	"FROM practices p JOIN practice_revisions r "
	"ON r.id = p.published_revision_id " PITEM_JOINS
	"WHERE p.id <> ? AND r.category = ? AND (? = 0 OR p.is_public = 1) "
	"ORDER BY shared DESC, p.published_at DESC, p.id DESC LIMIT ?",
	[STMT_PRACTICES_FEED] =
	"SELECT " PITEM_COLUMNS "'' FROM practices p JOIN practice_revisions r "
	"ON r.id = p.published_revision_id " PITEM_JOINS
	"WHERE p.is_public = 1 ORDER BY p.published_at DESC, p.id DESC LIMIT ?",
	[STMT_PRACTICE_YEARS] =
	"SELECT DISTINCT r.year FROM practices p JOIN practice_revisions r "
	"ON r.id = p.published_revision_id WHERE ? = 0 OR p.is_public = 1 "
	"ORDER BY r.year DESC",
	[STMT_PRACTICE_CONTACTS] =
	"SELECT u.id, u.name FROM practice_contacts c "
	"JOIN users u ON u.id = c.user_id WHERE u.organisation_id = ? "
	"AND u.disabled_at IS NULL AND u.password_hash IS NOT NULL "
	"ORDER BY u.name, u.id",
	[STMT_PRACTICE_OPTIN] =
	"INSERT IGNORE INTO practice_contacts (user_id, opted_in_at) "
	"VALUES (?, UTC_TIMESTAMP())",
	[STMT_PRACTICE_USER] =
	"SELECT " USER_COLUMNS "FROM users u "
	"JOIN organisations o ON o.id = u.organisation_id WHERE u.id = ?",
	[STMT_PRACTICE_USERS_ROLE] =
	"SELECT " USER_COLUMNS "FROM users u "
	"JOIN organisations o ON o.id = u.organisation_id WHERE u.role = ? "
	"AND u.disabled_at IS NULL AND u.password_hash IS NOT NULL "
	"ORDER BY u.id",
	[STMT_PRACTICE_AUTHOR_COORDS] =
	"SELECT " USER_COLUMNS "FROM users u "
	"JOIN organisations o ON o.id = u.organisation_id "
	"WHERE (u.id = ? OR (u.organisation_id = ? AND u.role = 'coordinator')) "
	"AND u.disabled_at IS NULL AND u.password_hash IS NOT NULL "
	"ORDER BY u.id",
	/* one sender's questions are counted one at a
	 * time: READ COMMITTED takes no gap locks */
	[STMT_CONTACT_LOCK] =
	"SELECT id FROM users WHERE id = ? FOR UPDATE",
	[STMT_CONTACT_COUNT] =
	"SELECT COUNT(*) FROM contact_messages WHERE sender_user_id = ? "
	"AND created_at > UTC_TIMESTAMP() - INTERVAL 1 DAY",
	[STMT_CONTACT_ADD] =
	"INSERT INTO contact_messages (sender_user_id, practice_id, created_at) "
	"VALUES (?, ?, UTC_TIMESTAMP())",
	/* ---- issue 6: benchmark and advice ---- */
	[STMT_ORG_GROUPS] =
	"SELECT COALESCE(o.province_id, 0), COALESCE(o.size_class, ''), "
	"COALESCE(p.name, '') FROM organisations o "
	"LEFT JOIN organisations p ON p.id = o.province_id WHERE o.id = ?",
	[STMT_ORG_SHOW_NAME_GET] =
	"SELECT show_name FROM organisations WHERE id = ?",
	[STMT_ORG_SHOW_NAME_SET] =
	"UPDATE organisations SET show_name = ? WHERE id = ?",
	/* The participants of a group: submitted rounds of a year whose
	 * municipality is in it (GROUP_FILTER's five parameters). */
	[STMT_PEER_PARTICIPANTS] =
	"SELECT COUNT(*) FROM rounds r JOIN organisations o "
	"ON o.id = r.organisation_id "
	"WHERE r.year = ? AND r.status = 'submitted' AND " GROUP_FILTER,
	[STMT_PEER_VALUES] =
	"SELECT s.scope, s.scope_key, s.score FROM rounds r "
	"JOIN organisations o ON o.id = r.organisation_id "
	"JOIN scores s ON s.round_id = r.id "
	"WHERE r.year = ? AND r.status = 'submitted' AND s.score IS NOT NULL "
	"AND " GROUP_FILTER,
	/* A new version of the group, so positions computed before are
	 * known to be stale. */
	[STMT_PEER_GROUP_PUT] =
	"INSERT INTO peer_groups (year, grp, grp_key, participants, version, "
	"computed_at) VALUES (?, ?, ?, ?, 1, UTC_TIMESTAMP()) "
	"ON DUPLICATE KEY UPDATE participants = VALUES(participants), "
	"version = version + 1, computed_at = VALUES(computed_at)",
	[STMT_PEER_STATS_DEL] =
	"DELETE FROM peer_stats WHERE year = ? AND grp = ? AND grp_key = ?",
	[STMT_PEER_STAT_PUT] =
	"INSERT INTO peer_stats (year, grp, grp_key, scope, scope_key, n, "
	"min_score, q1, median, q3, max_score) "
	"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	[STMT_PEER_GROUP_GET] =
	"SELECT participants, version FROM peer_groups "
	"WHERE year = ? AND grp = ? AND grp_key = ?",
	/* A group's statistics with a round's own score and its position,
	 * when that was computed under the group's current version. */
	[STMT_PEER_STATS_LIST] =
	"SELECT st.scope, st.scope_key, st.n, st.min_score, st.q1, st.median, "
	"st.q3, st.max_score, own.score IS NOT NULL, COALESCE(own.score, 0), "
	"pp.version IS NOT NULL AND pp.version = ?, COALESCE(pp.below, 0), "
	"COALESCE(pp.equal, 0) FROM peer_stats st "
	"LEFT JOIN scores own ON own.round_id = ? AND own.scope = st.scope "
	"AND own.scope_key = st.scope_key "
	"LEFT JOIN peer_positions pp ON pp.round_id = ? AND pp.grp = st.grp "
	"AND pp.scope = st.scope AND pp.scope_key = st.scope_key "
	"WHERE st.year = ? AND st.grp = ? AND st.grp_key = ?",
	/* A round's place in a group, every scope in one pass over the
	 * group's scores (read from the year's rounds, in that order). */
	[STMT_PEER_POSITIONS_PUT] =
	"INSERT INTO peer_positions (round_id, grp, version, scope, scope_key, "
	"below, equal) "
	"SELECT own.round_id, ?, ?, own.scope, own.scope_key, "
	"SUM(s.score < own.score), SUM(s.score = own.score) "
	"FROM rounds r STRAIGHT_JOIN organisations o ON o.id = r.organisation_id "
	"STRAIGHT_JOIN scores s ON s.round_id = r.id "
	"STRAIGHT_JOIN scores own ON own.round_id = ? AND own.scope = s.scope "
	"AND own.scope_key = s.scope_key "
	"WHERE r.year = ? AND r.status = 'submitted' AND s.score IS NOT NULL "
	"AND own.score IS NOT NULL AND " GROUP_FILTER " "
	"GROUP BY own.round_id, own.scope, own.scope_key "
	"ON DUPLICATE KEY UPDATE version = VALUES(version), "
	"below = VALUES(below), equal = VALUES(equal)",
	/* An organisation's overall, level and spend-share scores per
	 * submitted year, with the median and size of a group that year. */
	[STMT_PEER_TREND] =
	"SELECT r.year, s.scope, s.scope_key, s.score IS NOT NULL, "
	"COALESCE(s.score, 0), COALESCE(g.participants, 0), COALESCE(st.n, 0), "
	"COALESCE(st.median, 0) FROM rounds r "
	"JOIN scores s ON s.round_id = r.id AND (s.scope IN ('overall', 'level') "
	"OR (s.scope = 'share' AND s.scope_key = 'overall')) "
	"LEFT JOIN peer_groups g ON g.year = r.year AND g.grp = ? "
	"AND g.grp_key = ? "
	"LEFT JOIN peer_stats st ON st.year = r.year AND st.grp = g.grp "
	"AND st.grp_key = g.grp_key AND st.scope = s.scope "
	"AND st.scope_key = s.scope_key "
	"WHERE r.organisation_id = ? AND r.status = 'submitted' "
	"ORDER BY r.year, FIELD(s.scope, 'overall', 'level', 'share'), "
	"s.scope_key DESC",
	/* Municipalities of a province (0: all), rounds started and
	 * submitted in a year. */
	[STMT_REGION_PARTICIPATION] =
	"SELECT COUNT(*), COUNT(r.id), COALESCE(SUM(r.status = 'submitted'), 0) "
	"FROM organisations o LEFT JOIN rounds r ON r.organisation_id = o.id "
	"AND r.year = ? WHERE o.kind = 'gemeente' "
	"AND (? = 0 OR o.province_id = ?)",
	[STMT_REGION_NAMED] =
	"SELECT o.id, o.name, COALESCE(o.size_class, ''), s.scope, s.scope_key, "
	"s.score IS NOT NULL, COALESCE(s.score, 0) FROM rounds r "
	"JOIN organisations o ON o.id = r.organisation_id "
	"JOIN scores s ON s.round_id = r.id "
	"WHERE r.year = ? AND r.status = 'submitted' AND o.show_name = 1 "
	"AND (? = 0 OR o.province_id = ?) ORDER BY o.name, o.id",
	/* Per year: municipalities with an active account made before the
	 * year ended (invited), rounds (started), submitted rounds. */
	[STMT_PARTICIPATION] =
	"SELECT r.year, (SELECT COUNT(DISTINCT u.organisation_id) FROM users u "
	"JOIN organisations o ON o.id = u.organisation_id "
	"WHERE o.kind = 'gemeente' AND u.disabled_at IS NULL "
	"AND u.created_at < MAKEDATE(r.year + 1, 1)), "
	"COUNT(*), COALESCE(SUM(r.status = 'submitted'), 0) FROM rounds r "
	"GROUP BY r.year ORDER BY r.year DESC",
	[STMT_RANKING] =
	"SELECT o.id, o.name, s.score FROM rounds r "
	"JOIN organisations o ON o.id = r.organisation_id "
	"JOIN scores s ON s.round_id = r.id AND s.scope = 'level' "
	"AND s.scope_key = ? "
	"WHERE r.year = ? AND r.status = 'submitted' AND s.score IS NOT NULL "
	"ORDER BY s.score DESC, o.name, o.id LIMIT ?",
	[STMT_ROUNDS_SUBMITTED_COUNT] =
	"SELECT COUNT(*) FROM rounds WHERE year = ? AND status = 'submitted'",
	/* A page of a year's submitted rounds (by name) with every score. */
	[STMT_YEAR_SCORES] =
	"SELECT rr.id, o.id, o.name, COALESCE(o.cbs_code, ''), "
	"COALESCE(p.name, ''), COALESCE(o.size_class, ''), o.show_name, "
	"DATE_FORMAT(rr.submitted_at, '%Y-%m-%d %H:%i:%s'), "
	"COALESCE(s.scope, ''), COALESCE(s.scope_key, ''), "
	"s.score IS NOT NULL, COALESCE(s.score, 0) "
	"FROM (SELECT r.id, r.organisation_id, r.submitted_at FROM rounds r "
	"JOIN organisations o2 ON o2.id = r.organisation_id "
	"WHERE r.year = ? AND r.status = 'submitted' "
	"ORDER BY o2.name, o2.id LIMIT ? OFFSET ?) rr "
	"JOIN organisations o ON o.id = rr.organisation_id "
	"LEFT JOIN organisations p ON p.id = o.province_id "
	"LEFT JOIN scores s ON s.round_id = rr.id "
	"ORDER BY o.name, o.id",
	/* Many answers of a round in one statement: a JSON array of
	 * [question, value or null, dont_know]. */
	[STMT_ANSWERS_BULK] =
	"INSERT INTO answers (round_id, question_id, value, dont_know, "
	"prefilled, updated_by, updated_at) "
	"SELECT ?, j.q, j.v, j.d, 0, NULL, UTC_TIMESTAMP() FROM JSON_TABLE(?, "
	"'$[*]' COLUMNS (q VARCHAR(48) PATH '$[0]', v VARCHAR(4000) PATH '$[1]', "
	"d INT PATH '$[2]')) j",
	/* A round's scores in one statement: [scope, key, score or null,
	 * answered, total]. */
	[STMT_SCORES_BULK] =
	"INSERT INTO scores (round_id, scope, scope_key, score, answered, total) "
	"SELECT ?, j.s, j.k, j.v, j.a, j.t FROM JSON_TABLE(?, '$[*]' COLUMNS ("
	"s VARCHAR(16) PATH '$[0]', k VARCHAR(48) PATH '$[1]', "
	"v DECIMAL(7,3) PATH '$[2]', a INT PATH '$[3]', t INT PATH '$[4]')) j",
	[STMT_ADVICE_REQ_ADD] =
	"INSERT INTO advice_requests (organisation_id, user_id, topic, question, "
	"contact, phone, created_at) VALUES (?, ?, ?, ?, ?, ?, UTC_TIMESTAMP())",
	[STMT_ADVICE_REQ_LIST] =
	"SELECT a.id, a.organisation_id, o.name, u.name, u.email, a.topic, "
	"a.question, a.contact, a.phone, a.status, "
	"DATE_FORMAT(a.created_at, '%Y-%m-%d %H:%i:%s'), "
	"COALESCE(DATE_FORMAT(a.updated_at, '%Y-%m-%d %H:%i:%s'), '') "
	"FROM advice_requests a JOIN organisations o ON o.id = a.organisation_id "
	"JOIN users u ON u.id = a.user_id "
	"WHERE (? = 0 OR a.organisation_id = ?) AND (? = 0 OR a.id = ?) "
	"ORDER BY a.created_at DESC, a.id DESC",
	[STMT_ADVICE_REQ_STATUS] =
	"UPDATE advice_requests SET status = ?, updated_at = UTC_TIMESTAMP(), "
	"updated_by = ? WHERE id = ?",
	[STMT_ADVICE_REQ_COUNTS] =
	"SELECT COALESCE(SUM(status = 'new'), 0), "
	"COALESCE(SUM(status = 'in_progress'), 0), "
	"COALESCE(SUM(status = 'done'), 0) FROM advice_requests",
	[STMT_ORGANISER_EMAILS] =
	"SELECT COALESCE(GROUP_CONCAT(email ORDER BY id SEPARATOR ','), '') "
	"FROM users WHERE role = 'organiser' AND disabled_at IS NULL",
	[STMT_ADVICE_SET_GET] =
	"SELECT id, checksum FROM advice_sets WHERE version = ?",
	[STMT_ADVICE_SET_ADD] =
	"INSERT INTO advice_sets (version, checksum, xml, imported_at) "
	"VALUES (?, ?, ?, UTC_TIMESTAMP())",
	[STMT_ADVICE_RULE_ADD] =
	"INSERT INTO advice_rules (set_id, position, rule_id, tier, scope, "
	"scope_key, band_from, band_below, question_id, answer, text_nl, "
	"text_en) VALUES (?, ?, ?, ?, NULLIF(?, ''), NULLIF(?, ''), "
	"IF(? = 1, ?, NULL), IF(? = 1, ?, NULL), NULLIF(?, ''), IF(? = 1, ?, NULL), "
	"?, ?)",
	[STMT_ADVICE_LINK_ADD] =
	"INSERT INTO advice_links (set_id, position, seq, practice_id, href, "
	"label_nl, label_en) VALUES (?, ?, ?, NULLIF(?, 0), NULLIF(?, ''), "
	"NULLIF(?, ''), NULLIF(?, ''))",
	/* The rules of the newest set, in file order. */
	[STMT_ADVICE_RULES] =
	"SELECT r.position, r.rule_id, r.tier, COALESCE(r.scope, ''), "
	"COALESCE(r.scope_key, ''), COALESCE(r.band_from, 0), "
	"r.band_below IS NOT NULL, COALESCE(r.band_below, 0), "
	"COALESCE(r.question_id, ''), r.answer IS NOT NULL, "
	"COALESCE(r.answer, ''), r.text_nl, r.text_en FROM advice_rules r "
	"WHERE r.set_id = (SELECT id FROM advice_sets ORDER BY version DESC "
	"LIMIT 1) ORDER BY r.position",
	[STMT_ADVICE_LINKS] =
	"SELECT l.position, COALESCE(l.practice_id, 0), COALESCE(l.href, ''), "
	"COALESCE(l.label_nl, ''), COALESCE(l.label_en, ''), "
	"COALESCE(pr.title, '') FROM advice_links l "
	"LEFT JOIN practices p ON p.id = l.practice_id "
	"LEFT JOIN practice_revisions pr ON pr.id = p.published_revision_id "
	"WHERE l.set_id = (SELECT id FROM advice_sets ORDER BY version DESC "
	"LIMIT 1) ORDER BY l.position, l.seq",
	[STMT_ADVICE_FOR_PRACTICE] =
	"SELECT r.rule_id, r.tier, COALESCE(r.scope, ''), "
	"COALESCE(r.scope_key, ''), r.text_nl, r.text_en FROM advice_rules r "
	"WHERE r.set_id = (SELECT id FROM advice_sets ORDER BY version DESC "
	"LIMIT 1) AND EXISTS (SELECT 1 FROM advice_links l "
	"WHERE l.set_id = r.set_id AND l.position = r.position "
	"AND l.practice_id = ?) ORDER BY r.position",
	/* Whether a user opted in as a practices' contact person. */
	[STMT_CONTACT_GET] =
	"SELECT COUNT(*) FROM practice_contacts WHERE user_id = ?",
	[STMT_CONTACT_WITHDRAW] =
	"DELETE FROM practice_contacts WHERE user_id = ?",
	[STMT_PROVINCE_IDS] =
	"SELECT id FROM organisations WHERE kind = 'provincie' ORDER BY id",
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

	json_t		*rows, *one;
	char		*json, buf[32];
	long long	 rc;

	p_int(&p, round_id);
	if (change(db, STMT_SCORES_DEL, &p) == -1)
		return -1;
	/* One statement for all of them: [scope, key, score, answered,
	 * total] rows; a score as a string of three decimals keeps the
	 * digits we chose in DECIMAL(7,3). */
	if ((rows = json_array()) == NULL)
		return -1;
	for (size_t i = 0; i < n; i++) {
		snprintf(buf, sizeof(buf), "%.3f", scores[i].score);
		if ((one = json_pack("[s,s,o,i,i]", scores[i].scope,
		    scores[i].key, scores[i].has ? json_string(buf) :
		    json_null(), scores[i].answered, scores[i].total)) ==
		    NULL || json_array_append_new(rows, one) == -1) {
			json_decref(rows);
			return -1;
		}
	}
	json = json_dumps(rows, JSON_COMPACT);
	json_decref(rows);
	if (json == NULL)
		return -1;
	p.n = 0;
	p_int(&p, round_id);
	p_str(&p, json);
	rc = change(db, STMT_SCORES_BULK, &p);
	free(json);
	return rc == -1 ? -1 : 0;
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

/* ---- benchmark and advice (issue 6) ---------------------------------- */

/* Binds GROUP_FILTER's five parameters for a group. */
static void
p_group(struct params *p, const struct peer_key *k)
{
	const char *g = peer_group_names[k->grp];

	p_str(p, g);
	p_str(p, g);
	p_int(p, k->province);
	p_str(p, g);
	p_str(p, k->size);
}

/* Binds a group's year, name and key (peer_groups' primary key). */
static void
p_group_key(struct params *p, int year, const struct peer_key *k)
{
	p_int(p, year);
	p_str(p, peer_group_names[k->grp]);
	p_str(p, k->key);
}

int
db_org_groups(struct db *db, long long org_id, struct db_org_groups *g)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };

	memset(g, 0, sizeof(*g));
	p_int(&p, org_id);
	c_int(&c, &g->province_id);
	c_str(&c, g->size_class, sizeof(g->size_class));
	c_str(&c, g->province, sizeof(g->province));
	return one(db, STMT_ORG_GROUPS, &p, &c);
}

int
db_org_show_name(struct db *db, long long org_id)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	long long	 v = 0;
	int		 rc;

	p_int(&p, org_id);
	c_int(&c, &v);
	if ((rc = one(db, STMT_ORG_SHOW_NAME_GET, &p, &c)) != 1)
		return rc == 0 ? 0 : -1;
	return v != 0;
}

int
db_org_set_show_name(struct db *db, long long org_id, int show)
{
	struct params p = { .n = 0 };

	p_int(&p, show != 0);
	p_int(&p, org_id);
	return change(db, STMT_ORG_SHOW_NAME_SET, &p) == -1 ? -1 : 0;
}

int
db_peer_participants(struct db *db, int year, const struct peer_key *k,
    long long *n)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };

	*n = 0;
	p_int(&p, year);
	p_group(&p, k);
	c_int(&c, n);
	return one(db, STMT_PEER_PARTICIPANTS, &p, &c) == -1 ? -1 : 0;
}

int
db_peer_values(struct db *db, int year, const struct peer_key *k,
    int (*fn)(const char *, const char *, double, void *), void *arg)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	char		 scope[16], key[49], score[32];
	MYSQL_STMT	*st;
	int		 rc, n = 0;

	p_int(&p, year);
	p_group(&p, k);
	c_str(&c, scope, sizeof(scope));
	c_str(&c, key, sizeof(key));
	c_str(&c, score, sizeof(score));
	if ((st = run(db, STMT_PEER_VALUES, &p, &c)) == NULL)
		return -1;
	while ((rc = row(db, st, &c)) == 1) {
		n++;
		if (fn(scope, key, strtod(score, NULL), arg) == -1) {
			rc = -1;
			break;
		}
	}
	mysql_stmt_free_result(st);
	return rc == -1 ? -1 : n;
}

int
db_peer_group_put(struct db *db, int year, const struct peer_key *k,
    long long participants)
{
	struct params p = { .n = 0 };

	p_group_key(&p, year, k);
	p_int(&p, participants);
	if (change(db, STMT_PEER_GROUP_PUT, &p) == -1)
		return -1;
	p.n = 0;
	p_group_key(&p, year, k);
	return change(db, STMT_PEER_STATS_DEL, &p) == -1 ? -1 : 0;
}

int
db_peer_stat_put(struct db *db, int year, const struct peer_key *k,
    const char *scope, const char *key, const struct stats *s)
{
	struct params	 p = { .n = 0 };
	char		 v[5][32];

	snprintf(v[0], sizeof(v[0]), "%.3f", s->min);
	snprintf(v[1], sizeof(v[1]), "%.5f", s->q1);
	snprintf(v[2], sizeof(v[2]), "%.5f", s->median);
	snprintf(v[3], sizeof(v[3]), "%.5f", s->q3);
	snprintf(v[4], sizeof(v[4]), "%.3f", s->max);
	p_group_key(&p, year, k);
	p_str(&p, scope);
	p_str(&p, key);
	p_int(&p, (long long)s->n);
	for (int i = 0; i < 5; i++)
		p_str(&p, v[i]);
	return change(db, STMT_PEER_STAT_PUT, &p) == -1 ? -1 : 0;
}

int
db_peer_group_get(struct db *db, int year, const struct peer_key *k,
    long long *participants, long long *version)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };

	*participants = *version = 0;
	p_group_key(&p, year, k);
	c_int(&c, participants);
	c_int(&c, version);
	return one(db, STMT_PEER_GROUP_GET, &p, &c);
}

int
db_peer_stats_list(struct db *db, int year, const struct peer_key *k,
    long long version, long long round_id,
    int (*fn)(const struct db_peer_stat *, void *), void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_peer_stat	 s;
	char			 v[6][32];
	long long		 has_own = 0, has_pos = 0;
	MYSQL_STMT		*st;
	int			 rc, n = 0;

	memset(&s, 0, sizeof(s));
	p_int(&p, version);
	p_int(&p, round_id);
	p_int(&p, round_id);
	p_group_key(&p, year, k);
	c_str(&c, s.scope, sizeof(s.scope));
	c_str(&c, s.key, sizeof(s.key));
	c_int(&c, &s.n);
	for (int i = 0; i < 5; i++)
		c_str(&c, v[i], sizeof(v[i]));
	c_int(&c, &has_own);
	c_str(&c, v[5], sizeof(v[5]));
	c_int(&c, &has_pos);
	c_int(&c, &s.below);
	c_int(&c, &s.equal);
	if ((st = run(db, STMT_PEER_STATS_LIST, &p, &c)) == NULL)
		return -1;
	while ((rc = row(db, st, &c)) == 1) {
		n++;
		s.min = strtod(v[0], NULL);
		s.q1 = strtod(v[1], NULL);
		s.median = strtod(v[2], NULL);
		s.q3 = strtod(v[3], NULL);
		s.max = strtod(v[4], NULL);
		s.has_own = has_own != 0;
		s.own = strtod(v[5], NULL);
		s.has_pos = has_pos != 0;
		if (fn(&s, arg) == -1) {
			rc = -1;
			break;
		}
	}
	mysql_stmt_free_result(st);
	return rc == -1 ? -1 : n;
}

int
db_peer_positions_put(struct db *db, int year, const struct peer_key *k,
    long long version, long long round_id)
{
	struct params p = { .n = 0 };

	p_str(&p, peer_group_names[k->grp]);
	p_int(&p, version);
	p_int(&p, round_id);
	p_int(&p, year);
	p_group(&p, k);
	return change(db, STMT_PEER_POSITIONS_PUT, &p) == -1 ? -1 : 0;
}

int
db_peer_trend(struct db *db, long long org_id, const struct peer_key *k,
    int (*fn)(const struct db_trend *, void *), void *arg)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	struct db_trend	 t;
	char		 own[32], median[32];
	long long	 has_own = 0;
	MYSQL_STMT	*st;
	int		 rc, n = 0;

	memset(&t, 0, sizeof(t));
	p_str(&p, peer_group_names[k->grp]);
	p_str(&p, k->key);
	p_int(&p, org_id);
	c_int(&c, &t.year);
	c_str(&c, t.scope, sizeof(t.scope));
	c_str(&c, t.key, sizeof(t.key));
	c_int(&c, &has_own);
	c_str(&c, own, sizeof(own));
	c_int(&c, &t.participants);
	c_int(&c, &t.n);
	c_str(&c, median, sizeof(median));
	if ((st = run(db, STMT_PEER_TREND, &p, &c)) == NULL)
		return -1;
	while ((rc = row(db, st, &c)) == 1) {
		n++;
		t.has_own = has_own != 0;
		t.own = strtod(own, NULL);
		t.median = strtod(median, NULL);
		if (fn(&t, arg) == -1) {
			rc = -1;
			break;
		}
	}
	mysql_stmt_free_result(st);
	return rc == -1 ? -1 : n;
}

int
db_region_participation(struct db *db, int year, long long province,
    long long out[3])
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };

	out[0] = out[1] = out[2] = 0;
	p_int(&p, year);
	p_int(&p, province);
	p_int(&p, province);
	for (int i = 0; i < 3; i++)
		c_int(&c, &out[i]);
	return one(db, STMT_REGION_PARTICIPATION, &p, &c) == -1 ? -1 : 0;
}

int
db_region_named(struct db *db, int year, long long province,
    int (*fn)(const struct db_named_score *, void *), void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_named_score	 s;
	char			 score[32];
	long long		 has = 0;
	MYSQL_STMT		*st;
	int			 rc, n = 0;

	memset(&s, 0, sizeof(s));
	p_int(&p, year);
	p_int(&p, province);
	p_int(&p, province);
	c_int(&c, &s.org_id);
	c_str(&c, s.name, sizeof(s.name));
	c_str(&c, s.size_class, sizeof(s.size_class));
	c_str(&c, s.scope, sizeof(s.scope));
	c_str(&c, s.key, sizeof(s.key));
	c_int(&c, &has);
	c_str(&c, score, sizeof(score));
	if ((st = run(db, STMT_REGION_NAMED, &p, &c)) == NULL)
		return -1;
	while ((rc = row(db, st, &c)) == 1) {
		n++;
		s.has = has != 0;
		s.score = strtod(score, NULL);
		if (fn(&s, arg) == -1) {
			rc = -1;
			break;
		}
	}
	mysql_stmt_free_result(st);
	return rc == -1 ? -1 : n;
}

int
db_participation(struct db *db,
    int (*fn)(const struct db_participation *, void *), void *arg)
{
	struct cols		 c = { .n = 0 };
	struct db_participation	 y;
	MYSQL_STMT		*st;
	int			 rc, n = 0;

	memset(&y, 0, sizeof(y));
	c_int(&c, &y.year);
	c_int(&c, &y.invited);
	c_int(&c, &y.started);
	c_int(&c, &y.submitted);
	if ((st = run(db, STMT_PARTICIPATION, NULL, &c)) == NULL)
		return -1;
	while ((rc = row(db, st, &c)) == 1) {
		n++;
		if (fn(&y, arg) == -1) {
			rc = -1;
			break;
		}
	}
	mysql_stmt_free_result(st);
	return rc == -1 ? -1 : n;
}

int
db_ranking(struct db *db, int year, const char *level, int limit,
    int (*fn)(const struct db_rank_row *, void *), void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_rank_row	 r;
	char			 score[32];
	MYSQL_STMT		*st;
	int			 rc, n = 0;

	memset(&r, 0, sizeof(r));
	p_str(&p, level);
	p_int(&p, year);
	p_int(&p, limit);
	c_int(&c, &r.org_id);
	c_str(&c, r.name, sizeof(r.name));
	c_str(&c, score, sizeof(score));
	if ((st = run(db, STMT_RANKING, &p, &c)) == NULL)
		return -1;
	while ((rc = row(db, st, &c)) == 1) {
		n++;
		r.score = strtod(score, NULL);
		if (fn(&r, arg) == -1) {
			rc = -1;
			break;
		}
	}
	mysql_stmt_free_result(st);
	return rc == -1 ? -1 : n;
}

long long
db_rounds_submitted(struct db *db, int year)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	long long	 n = 0;

	p_int(&p, year);
	c_int(&c, &n);
	return one(db, STMT_ROUNDS_SUBMITTED_COUNT, &p, &c) == -1 ? -1 : n;
}

int
db_year_scores(struct db *db, int year, long long limit, long long offset,
    int (*fn)(const struct db_year_score *, void *), void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_year_score	*s;
	char			 score[32];
	long long		 has = 0, show = 0;
	MYSQL_STMT		*st;
	int			 rc, n = 0;

	if ((s = calloc(1, sizeof(*s))) == NULL)
		return -1;
	p_int(&p, year);
	p_int(&p, limit);
	p_int(&p, offset);
	c_int(&c, &s->round_id);
	c_int(&c, &s->org_id);
	c_str(&c, s->name, sizeof(s->name));
	c_str(&c, s->cbs_code, sizeof(s->cbs_code));
	c_str(&c, s->province, sizeof(s->province));
	c_str(&c, s->size_class, sizeof(s->size_class));
	c_int(&c, &show);
	c_str(&c, s->submitted_at, sizeof(s->submitted_at));
	c_str(&c, s->scope, sizeof(s->scope));
	c_str(&c, s->key, sizeof(s->key));
	c_int(&c, &has);
	c_str(&c, score, sizeof(score));
	if ((st = run(db, STMT_YEAR_SCORES, &p, &c)) == NULL) {
		free(s);
		return -1;
	}
	while ((rc = row(db, st, &c)) == 1) {
		n++;
		s->show_name = show != 0;
		s->has = has != 0;
		s->score = strtod(score, NULL);
		if (fn(s, arg) == -1) {
			rc = -1;
			break;
		}
	}
	mysql_stmt_free_result(st);
	free(s);
	return rc == -1 ? -1 : n;
}

int
db_answers_bulk(struct db *db, long long round_id, const char *json)
{
	struct params p = { .n = 0 };

	p_int(&p, round_id);
	p_str(&p, json);
	return change(db, STMT_ANSWERS_BULK, &p) == -1 ? -1 : 0;
}

long long
db_advice_request_add(struct db *db, long long org_id, long long user_id,
    const char *topic, const char *question, const char *contact,
    const char *phone)
{
	struct params p = { .n = 0 };

	p_int(&p, org_id);
	p_int(&p, user_id);
	p_str(&p, topic);
	p_str(&p, question);
	p_str(&p, contact);
	p_str(&p, phone);
	if (change(db, STMT_ADVICE_REQ_ADD, &p) == -1)
		return -1;
	return (long long)mysql_insert_id(db->my);
}

int
db_advice_requests(struct db *db, long long org_id, long long id,
    int (*fn)(const struct db_advice_request *, void *), void *arg)
{
	struct params			 p = { .n = 0 };
	struct cols			 c = { .n = 0 };
	struct db_advice_request	*a;
	MYSQL_STMT			*st;
	int				 rc, n = 0;

	if ((a = calloc(1, sizeof(*a))) == NULL)
		return -1;
	p_int(&p, org_id);
	p_int(&p, org_id);
	p_int(&p, id);
	p_int(&p, id);
	c_int(&c, &a->id);
	c_int(&c, &a->org_id);
	c_str(&c, a->org_name, sizeof(a->org_name));
	c_str(&c, a->requester, sizeof(a->requester));
	c_str(&c, a->email, sizeof(a->email));
	c_str(&c, a->topic, sizeof(a->topic));
	c_str(&c, a->question, sizeof(a->question));
	c_str(&c, a->contact, sizeof(a->contact));
	c_str(&c, a->phone, sizeof(a->phone));
	c_str(&c, a->status, sizeof(a->status));
	c_str(&c, a->created, sizeof(a->created));
	c_str(&c, a->updated, sizeof(a->updated));
	if ((st = run(db, STMT_ADVICE_REQ_LIST, &p, &c)) == NULL) {
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

long long
db_advice_request_status(struct db *db, long long id, const char *status,
    long long user)
{
	struct params p = { .n = 0 };

	p_str(&p, status);
	p_int(&p, user);
	p_int(&p, id);
	return change(db, STMT_ADVICE_REQ_STATUS, &p);
}

int
db_advice_request_counts(struct db *db, long long out[3])
{
	struct cols c = { .n = 0 };

	out[0] = out[1] = out[2] = 0;
	for (int i = 0; i < 3; i++)
		c_int(&c, &out[i]);
	return one(db, STMT_ADVICE_REQ_COUNTS, NULL, &c) == -1 ? -1 : 0;
}

int
db_organiser_emails(struct db *db, char *buf, size_t sz)
{
	struct cols c = { .n = 0 };

	buf[0] = '\0';
	c_str(&c, buf, sz);
	return one(db, STMT_ORGANISER_EMAILS, NULL, &c) == -1 ? -1 : 0;
}

int
db_advice_set_get(struct db *db, int version, long long *id,
    char checksum[65])
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };

	*id = 0;
	checksum[0] = '\0';
	p_int(&p, version);
	c_int(&c, id);
	c_str(&c, checksum, 65);
	return one(db, STMT_ADVICE_SET_GET, &p, &c);
}

long long
db_advice_set_add(struct db *db, int version, const char *checksum,
    const char *xml)
{
	struct params p = { .n = 0 };

	p_int(&p, version);
	p_str(&p, checksum);
	p_str(&p, xml);
	if (change(db, STMT_ADVICE_SET_ADD, &p) == -1)
		return -1;
	return (long long)mysql_insert_id(db->my);
}

int
db_advice_rule_add(struct db *db, long long set_id, const struct adv_rule *r)
{
	struct params	 p = { .n = 0 };
	char		 from[32], below[32];

	snprintf(from, sizeof(from), "%.3f", r->from);
	snprintf(below, sizeof(below), "%.3f", r->below);
	p_int(&p, set_id);
	p_int(&p, r->position);
	p_str(&p, r->id);
	p_str(&p, r->tier);
	p_str(&p, r->scope);
	p_str(&p, r->key);
	p_int(&p, r->scope[0] != '\0');
	p_str(&p, from);
	p_int(&p, r->has_below);
	p_str(&p, below);
	p_str(&p, r->question);
	p_int(&p, r->has_answer);
	p_str(&p, r->answer);
	p_str(&p, r->text[0]);
	p_str(&p, r->text[1]);
	if (change(db, STMT_ADVICE_RULE_ADD, &p) == -1)
		return -1;
	for (size_t i = 0; i < r->nlinks; i++) {
		p.n = 0;
		p_int(&p, set_id);
		p_int(&p, r->position);
		p_int(&p, (long long)i + 1);
		p_int(&p, r->links[i].practice_id);
		p_str(&p, r->links[i].href ? r->links[i].href : "");
		p_str(&p, r->links[i].label[0] ? r->links[i].label[0] : "");
		p_str(&p, r->links[i].label[1] ? r->links[i].label[1] : "");
		if (change(db, STMT_ADVICE_LINK_ADD, &p) == -1)
			return -1;
	}
	return 0;
}

int
db_advice_rules(struct db *db, int (*fn)(const struct adv_rule *, void *),
    void *arg)
{
	struct cols	 c = { .n = 0 };
	struct adv_rule	*r;
	char		 from[32], below[32], *text[2];
	long long	 pos = 0, has_below = 0, has_answer = 0;
	MYSQL_STMT	*st;
	int		 rc, n = 0;

	r = calloc(1, sizeof(*r));
	text[0] = malloc(ADV_TEXT_MAX * 4 + 1);
	text[1] = malloc(ADV_TEXT_MAX * 4 + 1);
	if (r == NULL || text[0] == NULL || text[1] == NULL) {
		rc = -1;
		goto out;
	}
	c_int(&c, &pos);
	c_str(&c, r->id, sizeof(r->id));
	c_str(&c, r->tier, sizeof(r->tier));
	c_str(&c, r->scope, sizeof(r->scope));
	c_str(&c, r->key, sizeof(r->key));
	c_str(&c, from, sizeof(from));
	c_int(&c, &has_below);
	c_str(&c, below, sizeof(below));
	c_str(&c, r->question, sizeof(r->question));
	c_int(&c, &has_answer);
	c_str(&c, r->answer, sizeof(r->answer));
	c_str(&c, text[0], ADV_TEXT_MAX * 4 + 1);
	c_str(&c, text[1], ADV_TEXT_MAX * 4 + 1);
	if ((st = run(db, STMT_ADVICE_RULES, NULL, &c)) == NULL) {
		rc = -1;
		goto out;
	}
	while ((rc = row(db, st, &c)) == 1) {
		n++;
		r->position = (int)pos;
		r->from = strtod(from, NULL);
		r->has_below = has_below != 0;
		r->below = strtod(below, NULL);
		r->has_answer = has_answer != 0;
		r->text[0] = text[0];
		r->text[1] = text[1];
		if (fn(r, arg) == -1) {
			rc = -1;
			break;
		}
	}
	mysql_stmt_free_result(st);
out:
	free(text[0]);
	free(text[1]);
	free(r);
	return rc == -1 ? -1 : n;
}

int
db_advice_links(struct db *db,
    int (*fn)(int position, const struct adv_link *, void *), void *arg)
{
	struct cols	 c = { .n = 0 };
	struct adv_link	 l;
	char		 href[ADV_HREF_MAX * 4 + 1], label[2][801], title[801];
	long long	 pos = 0;
	MYSQL_STMT	*st;
	int		 rc, n = 0;

	memset(&l, 0, sizeof(l));
	c_int(&c, &pos);
	c_int(&c, &l.practice_id);
	c_str(&c, href, sizeof(href));
	c_str(&c, label[0], sizeof(label[0]));
	c_str(&c, label[1], sizeof(label[1]));
	c_str(&c, title, sizeof(title));
	if ((st = run(db, STMT_ADVICE_LINKS, NULL, &c)) == NULL)
		return -1;
	while ((rc = row(db, st, &c)) == 1) {
		n++;
		l.href = href;
		l.label[0] = label[0];
		l.label[1] = label[1];
		l.title = title;
		if (fn((int)pos, &l, arg) == -1) {
			rc = -1;
			break;
		}
	}
	mysql_stmt_free_result(st);
	return rc == -1 ? -1 : n;
}

int
db_advice_for_practice(struct db *db, long long practice_id,
    int (*fn)(const struct db_advice_link *, void *), void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_advice_link	*a;
	MYSQL_STMT		*st;
	int			 rc, n = 0;

	if ((a = calloc(1, sizeof(*a))) == NULL)
		return -1;
	p_int(&p, practice_id);
	c_str(&c, a->rule_id, sizeof(a->rule_id));
	c_str(&c, a->tier, sizeof(a->tier));
	c_str(&c, a->scope, sizeof(a->scope));
	c_str(&c, a->scope_key, sizeof(a->scope_key));
	c_str(&c, a->text_nl, sizeof(a->text_nl));
	c_str(&c, a->text_en, sizeof(a->text_en));
	if ((st = run(db, STMT_ADVICE_FOR_PRACTICE, &p, &c)) == NULL) {
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
db_province_ids(struct db *db, long long **ids, size_t *n)
{
	struct cols	 c = { .n = 0 };
	long long	 id = 0, *more;
	size_t		 cap = 0;
	MYSQL_STMT	*st;
	int		 rc;

	*ids = NULL;
	*n = 0;
	c_int(&c, &id);
	if ((st = run(db, STMT_PROVINCE_IDS, NULL, &c)) == NULL)
		return -1;
	while ((rc = row(db, st, &c)) == 1) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			if ((more = reallocarray(*ids, cap, sizeof(*more))) ==
			    NULL) {
				rc = -1;
				break;
			}
			*ids = more;
		}
		(*ids)[(*n)++] = id;
	}
	mysql_stmt_free_result(st);
	if (rc == -1) {
		free(*ids);
		*ids = NULL;
		*n = 0;
	}
	return rc == -1 ? -1 : 0;
}

int
db_contact_get(struct db *db, long long user_id)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	long long	 n = 0;

	p_int(&p, user_id);
	c_int(&c, &n);
	return one(db, STMT_CONTACT_GET, &p, &c) == -1 ? -1 : n > 0;
}

long long
db_contact_withdraw(struct db *db, long long user_id)
{
	struct params p = { .n = 0 };

	p_int(&p, user_id);
	return change(db, STMT_CONTACT_WITHDRAW, &p);
}

/* ---- practices (issue 7) ---- */

long long
db_practice_add(struct db *db, const char *uuid, long long org_id,
    long long user)
{
	struct params	 p = { .n = 0 };
	MYSQL_STMT	*st;

	p_str(&p, uuid);
	p_int(&p, org_id);
	p_int(&p, user);
	if ((st = run(db, STMT_PRACTICE_ADD, &p, NULL)) == NULL)
		return -1;
	return (long long)mysql_stmt_insert_id(st);
}

long long
db_practice_rev_add(struct db *db, long long practice_id,
    const struct db_practice *r, long long user)
{
	struct params	 p = { .n = 0 };
	MYSQL_STMT	*st;
	long long	 rev;
	size_t		 i;

	p_int(&p, practice_id);
	p_str(&p, r->title);
	p_str(&p, r->summary);
	p_str(&p, r->approach);
	p_str(&p, r->results);
	p_int(&p, r->year);
	p_str(&p, r->category);
	p_str(&p, r->value_band);
	p_int(&p, r->contact_id);
	p_int(&p, user);
	if ((st = run(db, STMT_PRACTICE_REV_ADD, &p, NULL)) == NULL)
		return -1;
	rev = (long long)mysql_stmt_insert_id(st);
	for (i = 0; i < r->npartners; i++) {
		p.n = 0;
		p_int(&p, rev);
		p_int(&p, r->partners[i]);
		if (change(db, STMT_PRACTICE_ORG_ADD, &p) == -1)
			return -1;
	}
	for (i = 0; i < THEME__MAX; i++)
		if (r->themes & 1u << i) {
			p.n = 0;
			p_int(&p, rev);
			p_str(&p, theme_names[i]);
			if (change(db, STMT_PRACTICE_THEME_ADD, &p) == -1)
				return -1;
		}
	for (i = 0; i < ASPECT__MAX; i++)
		if (r->aspects & 1u << i) {
			p.n = 0;
			p_int(&p, rev);
			p_str(&p, aspect_names[i]);
			if (change(db, STMT_PRACTICE_ASPECT_ADD, &p) == -1)
				return -1;
		}
	for (i = 0; i < r->nlinks; i++) {
		p.n = 0;
		p_int(&p, rev);
		p_int(&p, (long long)i + 1);
		p_str(&p, r->links[i].url);
		p_str(&p, r->links[i].label);
		if (change(db, STMT_PRACTICE_LINK_ADD, &p) == -1)
			return -1;
	}
	return rev;
}

int
db_practice_set_working(struct db *db, long long id, long long rev)
{
	struct params p = { .n = 0 };

	p_int(&p, rev);
	p_int(&p, id);
	return change(db, STMT_PRACTICE_SET_WORKING, &p) == -1 ? -1 : 0;
}

int
db_practice_get(struct db *db, long long id, int lock, struct db_practice *r)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	long long	 got = 0;
	int		 rc;

	p_int(&p, id);
	if (lock) {
		c_int(&c, &got);
		if ((rc = one(db, STMT_PRACTICE_LOCK, &p, &c)) != 1)
			return rc;
		c.n = 0;
	}
	memset(r, 0, sizeof(*r));
	c_int(&c, &r->id);
	c_str(&c, r->uuid, sizeof(r->uuid));
	c_int(&c, &r->org_id);
	c_str(&c, r->org_name, sizeof(r->org_name));
	c_str(&c, r->province, sizeof(r->province));
	c_int(&c, &r->created_by);
	c_int(&c, &r->working_rev);
	c_str(&c, r->working_status, sizeof(r->working_status));
	c_int(&c, &r->published_rev);
	c_str(&c, r->first_published, sizeof(r->first_published));
	c_str(&c, r->published, sizeof(r->published));
	c_int(&c, &r->is_public);
	return one(db, STMT_PRACTICE_GET, &p, &c);
}

/* Runs a one-text-column query of a revision, calling fn per row.
 * Returns 0/-1. */
static int
rev_texts(struct db *db, enum stmt s, long long rev,
    int (*fn)(struct db_practice *, const char *), struct db_practice *r)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	char		 v[64];
	MYSQL_STMT	*st;
	int		 rc;

	p_int(&p, rev);
	c_str(&c, v, sizeof(v));
	if ((st = run(db, s, &p, &c)) == NULL)
		return -1;
	while ((rc = row(db, st, &c)) == 1)
		if (fn(r, v) == -1) {
			rc = -1;
			break;
		}
	mysql_stmt_free_result(st);
	return rc == -1 ? -1 : 0;
}

static int
rev_theme(struct db_practice *r, const char *v)
{
	int i;

	if ((i = vocab_index(v, theme_names, THEME__MAX)) != -1)
		r->themes |= 1u << i;
	return 0;
}

static int
rev_aspect(struct db_practice *r, const char *v)
{
	int i;

	if ((i = vocab_index(v, aspect_names, ASPECT__MAX)) != -1)
		r->aspects |= 1u << i;
	return 0;
}

int
db_practice_rev_get(struct db *db, long long rev, struct db_practice *r)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	MYSQL_STMT	*st;
	long long	 id = 0;
	char		 name[601], url[501], label[801];
	int		 rc;

	/* The practice's fields stay; the revision's are read anew. */
	r->themes = r->aspects = 0;
	r->npartners = r->nlinks = 0;
	p_int(&p, rev);
	p_int(&p, r->id);
	c_int(&c, &r->rev_id);
	c_str(&c, r->status, sizeof(r->status));
	c_str(&c, r->title, sizeof(r->title));
	c_str(&c, r->summary, sizeof(r->summary));
	c_str(&c, r->approach, sizeof(r->approach));
	c_str(&c, r->results, sizeof(r->results));
	c_int(&c, &r->year);
	c_str(&c, r->category, sizeof(r->category));
	c_str(&c, r->value_band, sizeof(r->value_band));
	c_int(&c, &r->contact_id);
	c_str(&c, r->contact_name, sizeof(r->contact_name));
	c_int(&c, &r->contact_active);
	c_str(&c, r->remark, sizeof(r->remark));
	c_int(&c, &r->rev_created_by);
	c_str(&c, r->rev_created, sizeof(r->rev_created));
	if ((rc = one(db, STMT_PRACTICE_REV_GET, &p, &c)) != 1)
		return rc;

	p.n = 0;
	p_int(&p, rev);
	c.n = 0;
	c_int(&c, &id);
	c_str(&c, name, sizeof(name));
	if ((st = run(db, STMT_PRACTICE_REV_ORGS, &p, &c)) == NULL)
		return -1;
	while ((rc = row(db, st, &c)) == 1)
		if (r->npartners < PRACTICE_PARTNERS) {
			r->partners[r->npartners] = id;
			snprintf(r->partner_names[r->npartners],
			    sizeof(r->partner_names[0]), "%s", name);
			r->npartners++;
		}
	mysql_stmt_free_result(st);
	if (rc == -1)
		return -1;

	if (rev_texts(db, STMT_PRACTICE_REV_THEMES, rev, rev_theme, r) == -1 ||
	    rev_texts(db, STMT_PRACTICE_REV_ASPECTS, rev, rev_aspect, r) == -1)
		return -1;

	c.n = 0;
	c_str(&c, url, sizeof(url));
	c_str(&c, label, sizeof(label));
	if ((st = run(db, STMT_PRACTICE_REV_LINKS, &p, &c)) == NULL)
		return -1;
	while ((rc = row(db, st, &c)) == 1)
		if (r->nlinks < PRACTICE_LINKS) {
			snprintf(r->links[r->nlinks].url,
			    sizeof(r->links[0].url), "%s", url);
			snprintf(r->links[r->nlinks].label,
			    sizeof(r->links[0].label), "%s", label);
			r->nlinks++;
		}
	mysql_stmt_free_result(st);
	if (rc == -1)
		return -1;
	return 1;
}

int
db_practice_rev_submit(struct db *db, long long rev, long long user)
{
	struct params p = { .n = 0 };

	p_int(&p, user);
	p_int(&p, rev);
	return change(db, STMT_PRACTICE_REV_SUBMIT, &p) == -1 ? -1 : 0;
}

int
db_practice_rev_review(struct db *db, long long rev, const char *status,
    const char *remark, long long user)
{
	struct params p = { .n = 0 };

	p_str(&p, status);
	p_str(&p, remark);
	p_int(&p, user);
	p_int(&p, rev);
	return change(db, STMT_PRACTICE_REV_REVIEW, &p) == -1 ? -1 : 0;
}

int
db_practice_publish(struct db *db, long long id, long long rev)
{
	struct params p = { .n = 0 };

	p_int(&p, rev);
	p_int(&p, id);
	return change(db, STMT_PRACTICE_PUBLISH, &p) == -1 ? -1 : 0;
}

int
db_practice_set_public(struct db *db, long long id, int is_public)
{
	struct params p = { .n = 0 };

	p_int(&p, is_public);
	p_int(&p, id);
	return change(db, STMT_PRACTICE_SET_PUBLIC, &p) == -1 ? -1 : 0;
}

/* Binds the columns of PITEM_COLUMNS and the extra one to it. */
static void
pitem_cols(struct cols *c, struct db_practice_item *it)
{
	memset(it, 0, sizeof(*it));
	c_int(c, &it->id);
	c_str(c, it->uuid, sizeof(it->uuid));
	c_int(c, &it->org_id);
	c_str(c, it->org_name, sizeof(it->org_name));
	c_int(c, &it->is_public);
	c_int(c, &it->rev_id);
	c_str(c, it->status, sizeof(it->status));
	c_str(c, it->working_status, sizeof(it->working_status));
	c_int(c, &it->has_published);
	c_str(c, it->title, sizeof(it->title));
	c_str(c, it->summary, sizeof(it->summary));
	c_int(c, &it->year);
	c_str(c, it->category, sizeof(it->category));
	c_str(c, it->aspects, sizeof(it->aspects));
	c_str(c, it->published, sizeof(it->published));
	c_str(c, it->first_published, sizeof(it->first_published));
	c_str(c, it->extra, sizeof(it->extra));
}

/* Runs a list of practices and calls fn per row. Returns the count or
 * -1. The item is large (the summary): on the heap. */
static int
pitems(struct db *db, enum stmt s, struct params *p,
    int (*fn)(const struct db_practice_item *, void *), void *arg)
{
	struct cols		 c = { .n = 0 };
	struct db_practice_item	*it;
	MYSQL_STMT		*st;
	int			 rc, n = 0;

	if ((it = malloc(sizeof(*it))) == NULL)
		return -1;
	pitem_cols(&c, it);
	if ((st = run(db, s, p, &c)) == NULL) {
		free(it);
		return -1;
	}
	while ((rc = row(db, st, &c)) == 1) {
		n++;
		if (fn(it, arg) == -1) {
			rc = -1;
			break;
		}
	}
	mysql_stmt_free_result(st);
	free(it);
	return rc == -1 ? -1 : n;
}

/* Binds the parameters of PSEARCH_WHERE from f. */
static void
psearch_params(struct params *p, const struct practice_filter *f)
{
	p_int(p, f->public_only);
	p_str(p, f->category ? f->category : "");
	p_str(p, f->category ? f->category : "");
	p_str(p, f->theme ? f->theme : "");
	p_str(p, f->theme ? f->theme : "");
	p_str(p, f->aspect ? f->aspect : "");
	p_str(p, f->aspect ? f->aspect : "");
	p_str(p, f->province ? f->province : "");
	p_str(p, f->province ? f->province : "");
	p_int(p, f->year);
	p_int(p, f->year);
	p_str(p, f->match ? f->match : "");
	p_str(p, f->match ? f->match : "");
}

int
db_practices_search(struct db *db, const struct practice_filter *f,
    int (*fn)(const struct db_practice_item *, void *), void *arg)
{
	struct params p = { .n = 0 };

	p_str(&p, f->match ? f->match : "");
	psearch_params(&p, f);
	p_int(&p, f->by_relevance && f->match && *f->match);
	p_str(&p, f->match ? f->match : "");
	p_int(&p, f->limit);
	p_int(&p, f->offset);
	return pitems(db, STMT_PRACTICES_SEARCH, &p, fn, arg);
}

long long
db_practices_count(struct db *db, const struct practice_filter *f)
{
	struct params p = { .n = 0 };

	psearch_params(&p, f);
	return number(db, STMT_PRACTICES_COUNT, &p);
}

int
db_practices_of_org(struct db *db, long long org_id,
    int (*fn)(const struct db_practice_item *, void *), void *arg)
{
	struct params p = { .n = 0 };

	p_int(&p, org_id);
	p_int(&p, org_id);
	return pitems(db, STMT_PRACTICES_OF_ORG, &p, fn, arg);
}

int
db_practices_related(struct db *db, long long id, long long rev,
    const char *category, int public_only,
    int (*fn)(const struct db_practice_item *, void *), void *arg)
{
	struct params p = { .n = 0 };

	p_int(&p, rev);
	p_int(&p, id);
	p_str(&p, category);
	p_int(&p, public_only);
	p_int(&p, PRACTICE_RELATED);
	return pitems(db, STMT_PRACTICES_RELATED, &p, fn, arg);
}

int
db_practices_feed(struct db *db,
    int (*fn)(const struct db_practice_item *, void *), void *arg)
{
	struct params p = { .n = 0 };

	p_int(&p, PRACTICE_FEED_SIZE);
	return pitems(db, STMT_PRACTICES_FEED, &p, fn, arg);
}

int
db_practice_years(struct db *db, int public_only,
    int (*fn)(long long, void *), void *arg)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	long long	 y = 0;
	MYSQL_STMT	*st;
	int		 rc, n = 0;

	p_int(&p, public_only);
	c_int(&c, &y);
	if ((st = run(db, STMT_PRACTICE_YEARS, &p, &c)) == NULL)
		return -1;
	while ((rc = row(db, st, &c)) == 1) {
		n++;
		if (fn(y, arg) == -1) {
			rc = -1;
			break;
		}
	}
	mysql_stmt_free_result(st);
	return rc == -1 ? -1 : n;
}

int
db_practice_contacts(struct db *db, long long org_id,
    int (*fn)(long long, const char *, void *), void *arg)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	long long	 id = 0;
	char		 name[601];
	MYSQL_STMT	*st;
	int		 rc, n = 0;

	p_int(&p, org_id);
	c_int(&c, &id);
	c_str(&c, name, sizeof(name));
	if ((st = run(db, STMT_PRACTICE_CONTACTS, &p, &c)) == NULL)
		return -1;
	while ((rc = row(db, st, &c)) == 1) {
		n++;
		if (fn(id, name, arg) == -1) {
			rc = -1;
			break;
		}
	}
	mysql_stmt_free_result(st);
	return rc == -1 ? -1 : n;
}

int
db_practice_contact_optin(struct db *db, long long user)
{
	struct params p = { .n = 0 };

	p_int(&p, user);
	return change(db, STMT_PRACTICE_OPTIN, &p) == -1 ? -1 : 0;
}

int
db_practice_user(struct db *db, long long id, struct db_user *u)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };

	p_int(&p, id);
	user_cols(&c, u);
	return one(db, STMT_PRACTICE_USER, &p, &c);
}

/* Runs a list of users and calls fn per row. Returns the count or -1. */
static int
practice_users(struct db *db, enum stmt s, struct params *p,
    int (*fn)(const struct db_user *, void *), void *arg)
{
	struct cols	 c = { .n = 0 };
	struct db_user	 u;
	MYSQL_STMT	*st;
	int		 rc, n = 0;

	user_cols(&c, &u);
	if ((st = run(db, s, p, &c)) == NULL)
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
db_practice_users_of_role(struct db *db, const char *role,
    int (*fn)(const struct db_user *, void *), void *arg)
{
	struct params p = { .n = 0 };

	p_str(&p, role);
	return practice_users(db, STMT_PRACTICE_USERS_ROLE, &p, fn, arg);
}

int
db_practice_author_and_coordinators(struct db *db, long long author,
    long long org_id, int (*fn)(const struct db_user *, void *), void *arg)
{
	struct params p = { .n = 0 };

	p_int(&p, author);
	p_int(&p, org_id);
	return practice_users(db, STMT_PRACTICE_AUTHOR_COORDS, &p, fn, arg);
}

int
db_contact_lock(struct db *db, long long user)
{
	struct params	 p = { .n = 0 };

	p_int(&p, user);
	return number(db, STMT_CONTACT_LOCK, &p) == -1 ? -1 : 0;
}

long long
db_contact_count_day(struct db *db, long long user)
{
	struct params p = { .n = 0 };

	p_int(&p, user);
	return number(db, STMT_CONTACT_COUNT, &p);
}

int
db_contact_add(struct db *db, long long user, long long practice_id)
{
	struct params p = { .n = 0 };

	p_int(&p, user);
	p_int(&p, practice_id);
	return change(db, STMT_CONTACT_ADD, &p) == -1 ? -1 : 0;
}
