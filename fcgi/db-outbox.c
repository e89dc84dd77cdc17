/*
 * Statements of the outbox: queueing messages, the courier's claims
 * and results, and the delivery log.
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
	STMT_OUTBOX_LIST,
	STMT_DELIVERIES_SINCE,
	STMT_OUTBOX_RETRY,
	STMT_OUTBOX_SET_BODY,
	STMT__MAX
};

static const char *const stmts[STMT__MAX] = {
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
	[STMT_OUTBOX_LIST] =
	"SELECT id, uuid, type, status, attempts, "
	"DATE_FORMAT(created_at, '%Y-%m-%d %H:%i:%s'), "
	"COALESCE(DATE_FORMAT(sent_at, '%Y-%m-%d %H:%i:%s'), ''), "
	"DATE_FORMAT(next_attempt_at, '%Y-%m-%d %H:%i:%s'), "
	"COALESCE(last_error, '') FROM outbox ORDER BY id DESC LIMIT ?",
	[STMT_DELIVERIES_SINCE] =
	"SELECT outbox_id, DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s'), transport, "
	"COALESCE(ok, 0), COALESCE(http_status, 0), COALESCE(smtp_reply, ''), "
	"COALESCE(error, IF(finished_at IS NULL, 'no result recorded: "
	"under way, or the courier stopped during the attempt', '')) "
	"FROM deliveries WHERE outbox_id >= ? "
	"ORDER BY outbox_id DESC, id",
	[STMT_OUTBOX_RETRY] =
	"UPDATE outbox SET status = 'pending', "
	"next_attempt_at = UTC_TIMESTAMP(), "
	"give_up_at = UTC_TIMESTAMP() + INTERVAL ? HOUR "
	"WHERE id = ? AND status = 'failed' AND purged_at IS NULL",
	[STMT_OUTBOX_SET_BODY] =
	"UPDATE outbox SET body = ? WHERE id = ?",
};

static const struct db_table tbl = {
	DBT_OUTBOX, "outbox", stmts, STMT__MAX
};

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
	return db_change(db, &tbl, STMT_OUTBOX_ADD, &p) == -1 ? -1 : 0;
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

int
db_outbox_list(struct db *db, int limit,
    int (*fn)(const struct db_outbox_row *, void *), void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_outbox_row	 m;
	struct db_rows		 rows;

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
	db_rows_start(&rows, db, &tbl, STMT_OUTBOX_LIST, &p, &c);
	while (db_rows_next(&rows))
		if (fn(&m, arg) == -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, NULL);
}

int
db_deliveries_since(struct db *db, long long first_outbox_id,
    int (*fn)(const struct db_delivery *, void *), void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_delivery	 d;
	struct db_rows		 rows;

	p_int(&p, first_outbox_id);
	memset(&d, 0, sizeof(d));
	c_int(&c, &d.outbox_id);
	c_str(&c, d.at, sizeof(d.at));
	c_str(&c, d.transport, sizeof(d.transport));
	c_int(&c, &d.ok);
	c_int(&c, &d.http_status);
	c_str(&c, d.smtp_reply, sizeof(d.smtp_reply));
	c_str(&c, d.error, sizeof(d.error));
	db_rows_start(&rows, db, &tbl, STMT_DELIVERIES_SINCE, &p, &c);
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
