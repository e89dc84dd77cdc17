/*
 * The database layer's core: the connection, its transactions and the
 * shared machinery of the statements (db-int.h). Each domain keeps its
 * own table of statements in its own file (db-accounts.c, db-outbox.c,
 * db-programme.c, db-monitor.c, db-benchmark.c, db-advice.c,
 * db-practice.c); these and this file are the only ones that include
 * mysql.h. Each process has one connection. A statement is prepared on
 * its first use and kept for the life of the connection (lazily, because
 * cimolt-admin's statements name a table that exists only after its
 * first migration); a lost connection (2006/2013) drops them all, and
 * the next use reconnects and prepares them again.
 *
 * A connection can die while it is idle: the server restarted, or the
 * worker waited longer than wait_timeout (8 hours by default, so every
 * morning). The first use then fails with the connection lost, before
 * anything reached the server. Such a use is run once more on a new
 * connection when that cannot repeat a change: START TRANSACTION, and a
 * statement outside a transaction that only reads, or that the client
 * could not even send (CR_SERVER_GONE_ERROR). Inside a transaction a
 * statement is never run again by itself (the locks and writes before
 * it went with the old connection); the caller runs the whole
 * transaction again, as db_is_retryable() says.
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

#include <errmsg.h>
#include <mysqld_error.h>

#include "db-int.h"

/* The statements of the migrations, which run before any table exists. */
enum stmt {
	STMT_MIGRATION_GET,
	STMT_MIGRATION_PUT,
	STMT_TABLE_COUNT,
	STMT__MAX
};

static const char *const stmts[STMT__MAX] = {
	[STMT_MIGRATION_GET] =
	"SELECT checksum FROM schema_migrations WHERE name = ?",
	[STMT_MIGRATION_PUT] =
	"INSERT INTO schema_migrations (name, checksum, applied_at) "
	"VALUES (?, ?, NOW())",
	[STMT_TABLE_COUNT] =
	"SELECT COUNT(*) FROM information_schema.tables "
	"WHERE table_schema = DATABASE()",
};

static const struct db_table tbl = { DBT_CORE, "core", stmts, STMT__MAX };

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
	for (int t = 0; t < DBT__MAX; t++)
		for (size_t i = 0; i < db->nstmt[t]; i++)
			if (db->stmt[t][i] != NULL) {
				mysql_stmt_close(db->stmt[t][i]);
				db->stmt[t][i] = NULL;
			}
	if (db->my != NULL) {
		mysql_close(db->my);
		db->my = NULL;
	}
}

/*
 * Returns 1 when the server's message for error e of SQLSTATE state may
 * quote a value of the row (a duplicate key quotes the key: an e-mail
 * address), which the log must not hold: the data exceptions (class 22),
 * the integrity constraint violations (class 23) and the conversion
 * errors MariaDB gives another state.
 */
static int
err_quotes_data(unsigned int e, const char *state)
{
	return strncmp(state, "22", 2) == 0 || strncmp(state, "23", 2) == 0 ||
	    e == ER_DUP_ENTRY || e == ER_DUP_KEY ||
	    e == ER_TRUNCATED_WRONG_VALUE ||
	    e == ER_TRUNCATED_WRONG_VALUE_FOR_FIELD ||
	    e == WARN_DATA_TRUNCATED || e == ER_WARN_DATA_OUT_OF_RANGE;
}

/* Records a failure of the connection (stmt NULL) or of a statement, and
 * drops the connection when it is gone. Always returns -1. */
int
db_fail(struct db *db, MYSQL_STMT *st, const char *what)
{
	const char *state;

	db->err = st != NULL ? mysql_stmt_errno(st) : mysql_errno(db->my);
	state = st != NULL ? mysql_stmt_sqlstate(st) : mysql_sqlstate(db->my);
	if (err_quotes_data(db->err, state)) {
		/* The statement and the error's number say what failed. */
		log_error("db: %s: error %u (SQLSTATE %s)", what, db->err,
		    state);
		return -1;
	}
	if (err_is_gone(db->err)) {
		log_warn("db: %s: connection lost (%u)", what, db->err);
		disconnect(db);
		if (db->in_tx)
			db->tx_lost = 1;
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

MYSQL_STMT *
db_prepared(struct db *db, const struct db_table *t, int s)
{
	MYSQL_STMT	*st, **a;

	/* A transaction whose connection was lost is over: what follows
	 * must not run on a new connection as if it were still in it. */
	if (db->tx_lost) {
		db->err = CR_SERVER_LOST;
		return NULL;
	}
	if (connect_db(db) == -1)
		return NULL;
	if ((a = db->stmt[t->id]) == NULL) {
		if ((a = calloc(t->n, sizeof(*a))) == NULL) {
			log_error("db: out of memory");
			return NULL;
		}
		db->stmt[t->id] = a;
		db->nstmt[t->id] = t->n;
	}
	if (a[s] != NULL)
		return a[s];
	if (t->sql[s] == NULL) {	/* an enum entry without its SQL */
		log_error("db: %s statement %d has no SQL", t->name, s);
		return NULL;
	}
	if ((st = mysql_stmt_init(db->my)) == NULL) {
		db_fail(db, NULL, "stmt_init");
		return NULL;
	}
	if (mysql_stmt_prepare(st, t->sql[s], strlen(t->sql[s])) != 0) {
		db_fail(db, st, "prepare");
		mysql_stmt_close(st);
		return NULL;
	}
	return a[s] = st;
}

/* Runs a prepared statement with its parameters and result bound.
 * Returns 0/-1. */
int
db_execute(struct db *db, MYSQL_STMT *st, MYSQL_BIND *params, MYSQL_BIND *res,
    const char *what)
{
	if (params != NULL && mysql_stmt_bind_param(st, params) != 0)
		return db_fail(db, st, what);
	if (res != NULL && mysql_stmt_bind_result(st, res) != 0)
		return db_fail(db, st, what);
	if (mysql_stmt_execute(st) != 0)
		return db_fail(db, st, what);
	return 0;
}

/* Fetches the next row. Returns 1 with a row, 0 at the end, -1 on
 * failure (a column wider than its buffer counts as one). */
int
db_fetch(struct db *db, MYSQL_STMT *st, const char *what)
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
		db_fail(db, st, what);
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
	for (int t = 0; t < DBT__MAX; t++)
		free(db->stmt[t]);
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
	 * was already on its way: then we cannot know, and must not redo.
	 * A connection that could not be made will not be made a moment
	 * later either: trying at once again only adds load and log
	 * lines while the server is down. */
	return err_is_gone(db->err) && db->err != CR_CONNECTION_ERROR &&
	    !db->in_commit;
}

int
db_ping(struct db *db)
{
	if (connect_db(db) == -1)
		return -1;
	if (mysql_ping(db->my) != 0) {
		db_fail(db, NULL, "ping");
		/* The server may have restarted since: one fresh try. */
		if (connect_db(db) == -1 || mysql_ping(db->my) != 0)
			return db->my ? db_fail(db, NULL, "ping") : -1;
	}
	db->err = 0;
	return 0;
}

/*
 * Returns 1 when a use that just failed on a connection that was open
 * (not a fresh one that could not be made) may run again on a new one:
 * the connection was lost, no transaction is open, and the use only
 * read or never reached the server. Outside a transaction, a lost
 * connection after a write was sent leaves it unknown whether the
 * write was done, so that is not run again.
 */
static int
may_rerun(const struct db *db, int reads)
{
	if (!err_is_gone(db->err) || db->err == CR_CONNECTION_ERROR ||
	    db->in_tx)
		return 0;
	return reads || db->err == CR_SERVER_GONE_ERROR;
}

/* Runs a fixed statement without parameters; when rerun is 1, once more
 * on a new connection if the open one turns out to be lost. Returns
 * 0/-1. */
static int
simple(struct db *db, const char *sql, int rerun)
{
	int was = db->my != NULL;

	if (connect_db(db) == -1)
		return -1;
	if (mysql_real_query(db->my, sql, strlen(sql)) == 0)
		return 0;
	db_fail(db, NULL, sql);
	if (!rerun || !was || !may_rerun(db, 1) || connect_db(db) == -1)
		return -1;
	if (mysql_real_query(db->my, sql, strlen(sql)) != 0)
		return db_fail(db, NULL, sql);
	log_info("db: %s ran on a new connection", sql);
	return 0;
}

/* Notes that a change was run: raised with the commit of its
 * transaction, or now when there is none. */
static void
changed(struct db *db)
{
	if (db->in_tx)
		db->wrote = 1;
	else
		dataver_bump();
}

int
db_data_version(struct db *db, unsigned long long *v)
{
	static const char	 sql[] = "SELECT version FROM data_version";
	MYSQL_RES		*res;
	MYSQL_ROW		 row;
	int			 rc = -1;

	/* A read: a connection found lost is tried once more. */
	if (simple(db, sql, 1) == -1)
		return -1;
	if ((res = mysql_store_result(db->my)) == NULL)
		return db_fail(db, NULL, sql);
	if ((row = mysql_fetch_row(res)) != NULL && row[0] != NULL) {
		*v = strtoull(row[0], NULL, 10);
		rc = 0;
	} else
		log_error("db: data_version has no row");
	mysql_free_result(res);
	return rc;
}

int
db_data_version_kept(struct db *db, unsigned long long *v)
{
	unsigned long long	 c;
	long long		 now = mono_ms();
	/* Taken before the version is read (see dataver.c). */
	int			 have = dataver_load(&c) == 0;

	if (have && db->dv_ok && c == db->dv_counter &&
	    now - db->dv_at < db->cfg->cache_recheck_ms) {
		*v = db->dv;
		return 0;
	}
	db->dv_ok = 0;
	if (db_data_version(db, v) == -1)
		return -1;
	db->dv_ok = have;
	db->dv = *v;
	db->dv_counter = c;
	db->dv_at = now;
	return 0;
}

int
db_begin(struct db *db)
{
	db->in_commit = 0;
	db->in_tx = 0;
	db->tx_lost = 0;
	db->wrote = 0;
	/* A connection that died while idle fails here, before the
	 * transaction has done anything, so simple() may reconnect and
	 * try again: no ping (a round trip) before every transaction. */
	if (simple(db, "START TRANSACTION", 1) == -1)
		return -1;
	db->in_tx = 1;
	return 0;
}

int
db_commit(struct db *db)
{
	int rc = -1;

	/* A transaction whose connection was lost was rolled back, and
	 * COMMIT never leaves: running it again is safe. */
	if (db->tx_lost)
		db->err = CR_SERVER_LOST;
	else {
		db->in_commit = 1;
		if ((rc = simple(db, "COMMIT", 0)) == 0)
			db->in_commit = 0;
	}
	/* Raised also when the COMMIT's answer was lost: it may have been
	 * done, and a reading too many costs one round trip. */
	if (db->wrote && (rc == 0 || db->in_commit))
		dataver_bump();
	db->wrote = 0;
	db->in_tx = 0;
	db->tx_lost = 0;
	return rc;
}

void
db_rollback(struct db *db)
{
	unsigned int err = db->err;

	if (db->my != NULL && !db->tx_lost &&
	    mysql_real_query(db->my, "ROLLBACK", 8) != 0)
		db_fail(db, NULL, "ROLLBACK");
	db->in_tx = 0;
	db->tx_lost = 0;
	db->wrote = 0;
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
		return db_fail(db, NULL, "script");
	/* Drain every result so the connection is usable afterwards; an
	 * error in a later statement shows up here. */
	do {
		if ((res = mysql_store_result(db->my)) != NULL)
			mysql_free_result(res);
		else if (mysql_field_count(db->my) != 0)
			return db_fail(db, NULL, "script");
		if ((status = mysql_next_result(db->my)) > 0)
			return db_fail(db, NULL, "script");
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
	    ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin", 0);
}

int
db_migration_get(struct db *db, const char *name, char hex[65])
{
	MYSQL_STMT	*st;
	MYSQL_BIND	 par[1], res[1];
	unsigned long	 plen, rlen;
	my_bool		 isnull, error;
	int		 rc;

	if ((st = db_prepared(db, &tbl, STMT_MIGRATION_GET)) == NULL)
		return -1;
	bind_str(&par[0], name, &plen);
	res_str(&res[0], hex, 65, &rlen, &isnull, &error);
	if (db_execute(db, st, par, res, "migration_get") == -1)
		return -1;
	rc = db_fetch(db, st, "migration_get");
	mysql_stmt_free_result(st);
	return rc;
}

long long
db_table_count(struct db *db)
{
	return db_number(db, &tbl, STMT_TABLE_COUNT, NULL);
}

int
db_migration_put(struct db *db, const char *name, const char *hex)
{
	MYSQL_STMT	*st;
	MYSQL_BIND	 par[2];
	unsigned long	 len[2];

	if ((st = db_prepared(db, &tbl, STMT_MIGRATION_PUT)) == NULL)
		return -1;
	bind_str(&par[0], name, &len[0]);
	bind_str(&par[1], hex, &len[1]);
	return db_execute(db, st, par, NULL, "migration_put");
}

/*
 * Binds and executes statement s, once more on a new connection when the
 * open one was lost and may_rerun() allows (a statement with result
 * columns only reads). Returns it, or NULL on failure.
 */
MYSQL_STMT *
db_run(struct db *db, const struct db_table *t, int s, struct params *p,
    struct cols *c)
{
	MYSQL_STMT	*st;
	int		 was, reads = c != NULL;

	if ((p != NULL && p->overflow) || (c != NULL && c->overflow)) {
		log_error("db: %s: more than %d parameters or columns",
		    t->sql[s], MAXBIND);
		return NULL;
	}
	for (int try = 1; try <= 2; try++) {
		was = db->my != NULL;
		db->err = 0;
		/* Preparing changes nothing, whatever the statement. */
		if ((st = db_prepared(db, t, s)) == NULL) {
			if (was && may_rerun(db, 1))
				continue;
			return NULL;
		}
		if (db_execute(db, st, p && p->n ? p->b : NULL,
		    c ? c->b : NULL, t->sql[s]) == -1) {
			if (was && may_rerun(db, reads))
				continue;
			return NULL;
		}
		/* Results are read into memory at once, so a caller may run
		 * other statements while it goes through the rows. */
		if (c != NULL && mysql_stmt_store_result(st) != 0) {
			db_fail(db, st, t->sql[s]);
			if (was && may_rerun(db, 1))
				continue;
			return NULL;
		}
		if (try > 1)
			log_info("db: a statement ran on a new connection");
		/* A statement without result columns writes; one that
		 * changed no row (the courier's claim of due messages, most
		 * of the time) changed nothing. */
		if (c == NULL && mysql_stmt_affected_rows(st) > 0 &&
		    mysql_stmt_affected_rows(st) != (my_ulonglong)-1)
			changed(db);
		return st;
	}
	return NULL;
}

/* Fetches a row into the bound columns; NULL strings become "" and NULL
 * numbers 0. Returns 1, 0 at the end, -1 on failure. */
int
db_row(struct db *db, MYSQL_STMT *st, struct cols *c)
{
	int rc = db_fetch(db, st, "fetch");

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
long long
db_change(struct db *db, const struct db_table *t, int s, struct params *p)
{
	MYSQL_STMT *st;

	if ((st = db_run(db, t, s, p, NULL)) == NULL)
		return -1;
	return (long long)mysql_stmt_affected_rows(st);
}

/* Fetches at most one row of a query and frees the result.
 * Returns 1 with a row, 0 without, -1 on failure. */
int
db_one(struct db *db, const struct db_table *t, int s, struct params *p,
    struct cols *c)
{
	MYSQL_STMT	*st;
	int		 rc;

	if ((st = db_run(db, t, s, p, c)) == NULL)
		return -1;
	rc = db_row(db, st, c);
	mysql_stmt_free_result(st);
	return rc;
}

/* Binds the columns of USER_COLUMNS to u. */
void
db_user_cols(struct cols *c, struct db_user *u)
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


/* Runs a one-number query. Returns the number, or -1. */
long long
db_number(struct db *db, const struct db_table *t, int s, struct params *p)
{
	struct cols	 c = { .n = 0 };
	long long	 n = 0;

	c_int(&c, &n);
	if (db_one(db, t, s, p, &c) != 1)
		return -1;
	return n;
}

void
db_rows_start(struct db_rows *it, struct db *db, const struct db_table *t,
    int s, struct params *p, struct cols *c)
{
	memset(it, 0, sizeof(*it));
	it->db = db;
	it->c = c;
	if ((it->st = db_run(db, t, s, p, c)) == NULL)
		it->rc = -1;
}

int
db_rows_next(struct db_rows *it)
{
	if (it->rc == -1 || it->st == NULL)
		return 0;
	switch (db_row(it->db, it->st, it->c)) {
	case 1:
		it->n++;
		return 1;
	case 0:
		return 0;
	default:
		it->rc = -1;
		return 0;
	}
}

void
db_rows_fail(struct db_rows *it)
{
	it->rc = -1;
}

int
db_rows_end(struct db_rows *it, void *heap)
{
	if (it->st != NULL)
		mysql_stmt_free_result(it->st);
	it->st = NULL;
	free(heap);
	return it->rc == -1 ? -1 : it->n;
}
