/*
 * Statements of the outbox: queueing messages, the courier's claims
 * and results, and the organisers' list of messages with their
 * delivery log.
 *
 * Each statement is prepared on first use on the worker's connection
 * (see db.c) and runs with bound parameters only.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db-int.h"

enum stmt {
	STMT_OUTBOX_ADD,
	STMT_OUTBOX_CLAIM,
	STMT_OUTBOX_RESULT,
	STMT_DELIVERY_ADD,
	STMT_DELIVERY_OPEN,
	STMT_DELIVERY_CLOSE,
	STMT_OUTBOX_RETRY,
	STMT_OUTBOX_SET_BODY,
	STMT_RECIPIENT_ADD,
	STMT_MSG_LIST_ALL,
	STMT_MSG_COUNT_ALL,
	STMT_MSG_LIST_ADDRESS,
	STMT_MSG_COUNT_ADDRESS,
	STMT_MSG_LIST_WORDS,
	STMT_MSG_COUNT_WORDS,
	STMT_MSG_GET,
	STMT_MSG_ATTEMPTS,
	STMT__MAX
};

#define TS(col) "DATE_FORMAT(" col ", '%Y-%m-%d %H:%i:%s')"
/* A message of the list, in struct db_outbox_row order, with its newest
 * attempt (d): MSG_LAST joins it by the index on deliveries.outbox_id,
 * one lookup per row listed. */
#define MSG_COLUMNS \
	"o.id, o.uuid, o.type, o.status, o.attempts, " TS("o.created_at") ", " \
	"COALESCE(" TS("o.sent_at") ", ''), " TS("o.next_attempt_at") ", " \
	"COALESCE(o.last_error, ''), COALESCE(LEFT(o.subject, 300), ''), " \
	"COALESCE(IF(CHAR_LENGTH(o.recipients) > 500, " \
	"CONCAT(LEFT(o.recipients, 499), '\xe2\x80\xa6'), o.recipients), ''), " \
	"o.purged_at IS NOT NULL, COALESCE(" TS("d.at") ", ''), " \
	"COALESCE(d.transport, ''), CASE WHEN d.id IS NULL THEN '' " \
	"WHEN d.ok IS NULL THEN 'open' WHEN d.ok THEN 'ok' ELSE 'failed' END "
#define MSG_LAST \
	"LEFT JOIN deliveries d ON d.id = " \
	"(SELECT MAX(d2.id) FROM deliveries d2 WHERE d2.outbox_id = o.id) "
#define MSG_FROM "FROM outbox o " MSG_LAST
/* The messages to one address: outbox_recipients holds it in lower
 * case under a binary collation, so equality finds it by the index. */
#define MSG_ADDRESS \
	"o.id IN (SELECT r.outbox_id FROM outbox_recipients r " \
	"WHERE r.address = LOWER(?)) "
/* Each word ('' : none) somewhere in the subject or the recipients, in
 * the columns' case-insensitive collation. A scan of the outbox, which
 * retention keeps to some days of messages. */
#define MSG_WORD \
	"(? = '' OR LOCATE(?, CONCAT_WS(' ', o.subject, o.recipients)) > 0)"
#define MSG_WORDS \
	MSG_WORD " AND " MSG_WORD " AND " MSG_WORD " AND " MSG_WORD " "
/* A page of the messages that where finds: their ids first (from the
 * primary key, or the search), then their columns and newest attempt
 * for those ids only, so that a page far down the list costs no more
 * attempt lookups than the first. */
#define MSG_PAGE(where) \
	"SELECT " MSG_COLUMNS "FROM (SELECT o.id FROM outbox o " where \
	"ORDER BY o.id DESC LIMIT ? OFFSET ?) p JOIN outbox o ON o.id = p.id " \
	MSG_LAST "ORDER BY o.id DESC"

static const char *const stmts[STMT__MAX] = {
	[STMT_OUTBOX_ADD] =
	"INSERT INTO outbox (uuid, type, body, subject, recipients, created_at, "
	"next_attempt_at, give_up_at) VALUES (?, ?, ?, ?, ?, ?, "
	"UTC_TIMESTAMP(), UTC_TIMESTAMP() + INTERVAL ? HOUR)",
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
	"INSERT INTO deliveries (outbox_id, transport, at, finished_at, ok, "
	"http_status, smtp_reply, error) VALUES (?, ?, UTC_TIMESTAMP(), "
	"UTC_TIMESTAMP(), ?, NULLIF(?, 0), NULLIF(?, ''), NULLIF(?, ''))",
	/* On the courier's second connection, while its first holds the
	 * outbox row locked (FOR UPDATE): checking the foreign key would
	 * wait for that lock, and the row is known to exist. */
	[STMT_DELIVERY_OPEN] =
	"SET STATEMENT foreign_key_checks = 0 FOR "
	"INSERT INTO deliveries (outbox_id, transport, at) "
	"VALUES (?, ?, UTC_TIMESTAMP())",
	[STMT_DELIVERY_CLOSE] =
	"UPDATE deliveries SET finished_at = UTC_TIMESTAMP(), ok = ?, "
	"http_status = NULLIF(?, 0), smtp_reply = NULLIF(?, ''), "
	"error = NULLIF(?, '') WHERE id = ?",
	[STMT_OUTBOX_RETRY] =
	"UPDATE outbox SET status = 'pending', "
	"next_attempt_at = UTC_TIMESTAMP(), "
	"give_up_at = UTC_TIMESTAMP() + INTERVAL ? HOUR "
	"WHERE id = ? AND status = 'failed' AND purged_at IS NULL",
	[STMT_OUTBOX_SET_BODY] =
	"UPDATE outbox SET body = ? WHERE id = ?",
	[STMT_RECIPIENT_ADD] =
	"INSERT INTO outbox_recipients (outbox_id, position, address) "
	"VALUES (?, ?, LOWER(?))",
	[STMT_MSG_LIST_ALL] =
	MSG_PAGE(""),
	[STMT_MSG_COUNT_ALL] =
	"SELECT COUNT(*) FROM outbox",
	[STMT_MSG_LIST_ADDRESS] =
	MSG_PAGE("WHERE " MSG_ADDRESS),
	[STMT_MSG_COUNT_ADDRESS] =
	"SELECT COUNT(*) FROM outbox o WHERE " MSG_ADDRESS,
	[STMT_MSG_LIST_WORDS] =
	MSG_PAGE("WHERE " MSG_WORDS),
	[STMT_MSG_COUNT_WORDS] =
	"SELECT COUNT(*) FROM outbox o WHERE " MSG_WORDS,
	[STMT_MSG_GET] =
	"SELECT " MSG_COLUMNS ", o.body " MSG_FROM "WHERE o.id = ?",
	[STMT_MSG_ATTEMPTS] =
	"SELECT outbox_id, " TS("at") ", transport, "
	"COALESCE(ok, 0), COALESCE(http_status, 0), COALESCE(smtp_reply, ''), "
	"COALESCE(error, IF(finished_at IS NULL, 'no result recorded: "
	"under way, or the courier stopped during the attempt', '')) "
	"FROM deliveries WHERE outbox_id = ? ORDER BY id",
};

static const struct db_table tbl = {
	DBT_OUTBOX, "outbox", stmts, STMT__MAX
};

long long
db_outbox_add(struct db *db, const char *uuid, const char *type,
    const char *body, const char *subject, const char *recipients,
    const char *created_at, int retry_hours)
{
	struct params	 p = { .n = 0 };
	MYSQL_STMT	*st;

	p_str(&p, uuid);
	p_str(&p, type);
	p_str(&p, body);
	p_str(&p, subject);
	p_str(&p, recipients);
	p_str(&p, created_at);
	p_int(&p, retry_hours);
	if ((st = db_run(db, &tbl, STMT_OUTBOX_ADD, &p, NULL)) == NULL)
		return -1;
	return (long long)mysql_stmt_insert_id(st);
}

int
db_outbox_recipient_add(struct db *db, long long outbox_id, int position,
    const char *address)
{
	struct params p = { .n = 0 };

	p_int(&p, outbox_id);
	p_int(&p, position);
	p_str(&p, address);
	return db_change(db, &tbl, STMT_RECIPIENT_ADD, &p) == -1 ? -1 : 0;
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
	return db_one(db, &tbl, STMT_OUTBOX_CLAIM, NULL, &c);
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
	return db_change(db, &tbl, STMT_OUTBOX_RESULT, &p) == -1 ? -1 : 0;
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
	return db_change(db, &tbl, STMT_DELIVERY_ADD, &p) == -1 ? -1 : 0;
}

long long
db_delivery_open(struct db *db, long long outbox_id, const char *transport)
{
	struct params	 p = { .n = 0 };
	MYSQL_STMT	*st;

	p_int(&p, outbox_id);
	p_str(&p, transport);
	if ((st = db_run(db, &tbl, STMT_DELIVERY_OPEN, &p, NULL)) == NULL)
		return -1;
	return (long long)mysql_stmt_insert_id(st);
}

int
db_delivery_close(struct db *db, long long id, int ok, long http_status,
    const char *smtp_reply, const char *error)
{
	struct params p = { .n = 0 };

	p_int(&p, ok);
	p_int(&p, http_status);
	p_str(&p, smtp_reply ? smtp_reply : "");
	p_str(&p, error ? error : "");
	p_int(&p, id);
	return db_change(db, &tbl, STMT_DELIVERY_CLOSE, &p) == -1 ? -1 : 0;
}

/* Binds the columns of MSG_COLUMNS to m. */
static void
message_cols(struct cols *c, struct db_outbox_row *m)
{
	memset(m, 0, sizeof(*m));
	c_int(c, &m->id);
	c_str(c, m->uuid, sizeof(m->uuid));
	c_str(c, m->type, sizeof(m->type));
	c_str(c, m->status, sizeof(m->status));
	c_int(c, &m->attempts);
	c_str(c, m->created, sizeof(m->created));
	c_str(c, m->sent, sizeof(m->sent));
	c_str(c, m->next, sizeof(m->next));
	c_str(c, m->last_error, sizeof(m->last_error));
	c_str(c, m->subject, sizeof(m->subject));
	c_str(c, m->recipients, sizeof(m->recipients));
	c_int(c, &m->purged);
	c_str(c, m->last_at, sizeof(m->last_at));
	c_str(c, m->last_transport, sizeof(m->last_transport));
	c_str(c, m->last_result, sizeof(m->last_result));
}

/* Binds the WHERE parameters of query q to p; returns the statement
 * pair's first (the list; the count is the next). */
static int
message_where(struct params *p, const struct db_message_query *q)
{
	if (q->address != NULL) {
		p_str(p, q->address);
		return STMT_MSG_LIST_ADDRESS;
	}
	if (q->words[0] != NULL) {
		for (size_t i = 0; i < MESSAGE_WORDS_MAX; i++) {
			p_str(p, q->words[i] ? q->words[i] : "");
			p_str(p, q->words[i] ? q->words[i] : "");
		}
		return STMT_MSG_LIST_WORDS;
	}
	return STMT_MSG_LIST_ALL;
}

long long
db_messages_count(struct db *db, const struct db_message_query *q)
{
	struct params	 p = { .n = 0 };
	int		 s = message_where(&p, q);

	return db_number(db, &tbl, s + 1, &p);
}

int
db_messages_list(struct db *db, const struct db_message_query *q,
    int (*fn)(const struct db_outbox_row *, void *), void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_outbox_row	 m;
	struct db_rows		 rows;
	int			 s = message_where(&p, q);

	p_int(&p, q->limit);
	p_int(&p, q->offset);
	message_cols(&c, &m);
	db_rows_start(&rows, db, &tbl, s, &p, &c);
	while (db_rows_next(&rows))
		if (fn(&m, arg) == -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, NULL);
}

int
db_message_get(struct db *db, long long id, struct db_outbox_row *m,
    char *body, size_t bodysz)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };

	p_int(&p, id);
	message_cols(&c, m);
	c_str(&c, body, bodysz);
	return db_one(db, &tbl, STMT_MSG_GET, &p, &c);
}

int
db_message_attempts(struct db *db, long long id,
    int (*fn)(const struct db_delivery *, void *), void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_delivery	 d;
	struct db_rows		 rows;

	p_int(&p, id);
	memset(&d, 0, sizeof(d));
	c_int(&c, &d.outbox_id);
	c_str(&c, d.at, sizeof(d.at));
	c_str(&c, d.transport, sizeof(d.transport));
	c_int(&c, &d.ok);
	c_int(&c, &d.http_status);
	c_str(&c, d.smtp_reply, sizeof(d.smtp_reply));
	c_str(&c, d.error, sizeof(d.error));
	db_rows_start(&rows, db, &tbl, STMT_MSG_ATTEMPTS, &p, &c);
	while (db_rows_next(&rows))
		if (fn(&d, arg) == -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, NULL) == -1 ? -1 : 0;
}

int
db_outbox_retry(struct db *db, long long id, int retry_hours)
{
	struct params	 p = { .n = 0 };
	long long	 n;

	p_int(&p, retry_hours);
	p_int(&p, id);
	if ((n = db_change(db, &tbl, STMT_OUTBOX_RETRY, &p)) == -1)
		return -1;
	return n > 0;
}

int
db_outbox_set_body(struct db *db, long long id, const char *body)
{
	struct params p = { .n = 0 };

	p_str(&p, body);
	p_int(&p, id);
	return db_change(db, &tbl, STMT_OUTBOX_SET_BODY, &p) == -1 ? -1 : 0;
}
