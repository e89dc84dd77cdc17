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
	STMT__MAX
};

static const char *const stmts[STMT__MAX] = {
	/* STMT_EVENTS_LIST */
	"SELECT id, kind, audience, status, title, description, "
	"DATE_FORMAT(starts_at, '%Y-%m-%d %H:%i:%s'), "
	"DATE_FORMAT(ends_at, '%Y-%m-%d %H:%i:%s'), place, online_url, "
	"capacity, confirmed_count, per_org_limit "
	"FROM events WHERE status <> 'draft' ORDER BY starts_at, id",
	/* STMT_MIGRATION_GET */
	"SELECT checksum FROM schema_migrations WHERE name = ?",
	/* STMT_MIGRATION_PUT */
	"INSERT INTO schema_migrations (name, checksum, applied_at) "
	"VALUES (?, ?, NOW())",
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

/* Binds a result column to an int. */
static void
res_int(MYSQL_BIND *b, int *v, my_bool *isnull, my_bool *error)
{
	memset(b, 0, sizeof(*b));
	b->buffer_type = MYSQL_TYPE_LONG;
	b->buffer = v;
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
db_events_list(struct db *db, int (*fn)(const struct db_event *, void *),
    void *arg)
{
	MYSQL_STMT	*st;
	MYSQL_BIND	 res[13];
	unsigned long	 len[13];
	my_bool		 isnull[13], error[13];
	struct db_event	 ev;
	int		 n = 0, rc;

	if ((st = prepared(db, STMT_EVENTS_LIST)) == NULL)
		return -1;
	memset(&ev, 0, sizeof(ev));
	memset(res, 0, sizeof(res));
	res[0].buffer_type = MYSQL_TYPE_LONGLONG;
	res[0].buffer = &ev.id;
	res[0].is_null = &isnull[0];
	res[0].error = &error[0];
	res_str(&res[1], ev.kind, sizeof(ev.kind), &len[1], &isnull[1],
	    &error[1]);
	res_str(&res[2], ev.audience, sizeof(ev.audience), &len[2],
	    &isnull[2], &error[2]);
	res_str(&res[3], ev.status, sizeof(ev.status), &len[3], &isnull[3],
	    &error[3]);
	res_str(&res[4], ev.title, sizeof(ev.title), &len[4], &isnull[4],
	    &error[4]);
	res_str(&res[5], ev.description, sizeof(ev.description), &len[5],
	    &isnull[5], &error[5]);
	res_str(&res[6], ev.starts_at, sizeof(ev.starts_at), &len[6],
	    &isnull[6], &error[6]);
	res_str(&res[7], ev.ends_at, sizeof(ev.ends_at), &len[7],
	    &isnull[7], &error[7]);
	res_str(&res[8], ev.place, sizeof(ev.place), &len[8], &isnull[8],
	    &error[8]);
	res_str(&res[9], ev.online_url, sizeof(ev.online_url), &len[9],
	    &isnull[9], &error[9]);
	res_int(&res[10], &ev.capacity, &isnull[10], &error[10]);
	res_int(&res[11], &ev.confirmed, &isnull[11], &error[11]);
	res_int(&res[12], &ev.per_org_limit, &isnull[12], &error[12]);
	if (execute(db, st, NULL, res, "events_list") == -1)
		return -1;
	while ((rc = fetch(db, st, "events_list")) == 1) {
		ev.has_online_url = !isnull[9];
		ev.has_per_org_limit = !isnull[12];
		if (isnull[9])
			ev.online_url[0] = '\0';
		n++;
		if (fn(&ev, arg) == -1) {
			mysql_stmt_free_result(st);
			return -1;
		}
	}
	mysql_stmt_free_result(st);
	return rc == -1 ? -1 : n;
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
