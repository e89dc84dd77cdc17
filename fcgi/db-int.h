/*
 * Private to the database layer: what db.c shares with the statement
 * files of the domains (db-*.c). Only these files include this header,
 * and so mysql.h.
 *
 * A statement file has its own enum of statements, a table of their SQL
 * indexed by it (designated initializers: an entry without SQL is
 * refused when first used), and a struct db_table naming both. Running
 * a statement takes the table and the index. Rows are read with the one
 * row loop below (db_rows_*), whatever the statement.
 */
#ifndef CIMOLT_DB_INT_H
#define CIMOLT_DB_INT_H

#include <string.h>

#include <mysql.h>
#include <mysqld_error.h>

#include "db.h"

/* The statement tables, one per file. */
enum db_table_id {
	DBT_CORE,
	DBT_ACCOUNTS,
	DBT_OUTBOX,
	DBT_PROGRAMME,
	DBT_MONITOR,
	DBT_BENCHMARK,
	DBT_ADVICE,
	DBT_PRACTICE,
	DBT_INFO,
	DBT_PRIVACY,
	DBT_SESSIONS,
	DBT_PEERS,
	DBT__MAX
};

/* A session as db_session_get read it, kept while the shared change
 * counter stands still (db-accounts.c). */
struct kept_session {
	int		 ok;
	unsigned char	 hash[32];
	unsigned long long counter;	/* taken before the reading */
	long long	 at;		/* when it was read, mono_ms */
	struct db_user	 user;
	struct db_org_groups groups;
	long long	 version;
};
#define KEPT_SESSIONS	8

/* A connection with its prepared statements; one per process. */
struct db {
	const struct config *cfg;
	MYSQL		*my;
	/* Each table's prepared statements, allocated on first use. */
	MYSQL_STMT	**stmt[DBT__MAX];
	size_t		 nstmt[DBT__MAX];
	int		 multi;
	int		 in_commit;
	int		 in_tx;		/* between a begin and its end */
	int		 tx_lost;	/* its connection was lost */
	int		 wrote;		/* the transaction ran a change */
	/* The data version last read, and the change counter (dataver.c)
	 * taken before that reading, for db_data_version_kept. */
	int		 dv_ok;
	unsigned long long dv, dv_counter;
	long long	 dv_at;		/* when it was read, mono_ms */
	/* Sessions read last, by the first byte of their hash. */
	struct kept_session kept[KEPT_SESSIONS];
	unsigned int	 err;	/* errno of the last failure, 0 if none */
};

struct db_table {
	enum db_table_id id;
	const char	*name;		/* for messages */
	const char *const *sql;		/* indexed by the file's enum stmt */
	size_t		 n;		/* its STMT__MAX */
};

/* Binds a string parameter. */
static inline void
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
static inline void
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

/*
 * Binding shorthands for the statements of db-*.c: parameters and result
 * columns are added in order, and the arrays live in the caller's frame
 * until the statement's results are freed, as the client library needs.
 */
#define MAXBIND 40	/* the practice search binds 33 */

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

static inline void
p_str(struct params *p, const char *s)
{
	if (p->n == MAXBIND) {
		p->overflow = 1;
		return;
	}
	bind_str(&p->b[p->n], s, &p->len[p->n]);
	p->n++;
}

static inline void
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

static inline void
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

static inline void
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

static inline void
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

/* The columns of a user with its organisation, in struct db_user order;
 * accounts and practices read users. */
#define USER_COLUMNS \
	"u.id, u.email, u.name, u.role, u.lang, COALESCE(u.password_hash, ''), " \
	"u.disabled_at IS NOT NULL, o.id, o.name, o.kind "
/* Binds the columns of USER_COLUMNS to u. */
void	 db_user_cols(struct cols *c, struct db_user *u);

/* Statement s of table t, prepared on this connection (connecting when
 * needed), or NULL. */
MYSQL_STMT *db_prepared(struct db *, const struct db_table *t, int s);
/* Binds and executes a prepared statement. Returns 0/-1. */
int	 db_execute(struct db *, MYSQL_STMT *st, MYSQL_BIND *params,
	    MYSQL_BIND *res, const char *what);
/* Records a failure of the connection (st NULL) or of a statement, and
 * drops the connection when it is gone. Always returns -1. */
int	 db_fail(struct db *, MYSQL_STMT *st, const char *what);
/* Fetches the next row: 1 with a row, 0 at the end, -1 on failure. */
int	 db_fetch(struct db *, MYSQL_STMT *st, const char *what);
/* Binds and executes statement s of t, its results stored in memory so
 * other statements may run while its rows are read. Returns it or NULL. */
MYSQL_STMT *db_run(struct db *, const struct db_table *t, int s,
	    struct params *, struct cols *);
/* Fetches a row into the bound columns; NULL strings become "" and NULL
 * numbers 0. Returns 1, 0 at the end, -1 on failure. */
int	 db_row(struct db *, MYSQL_STMT *st, struct cols *);
/* Runs a statement without results. Returns the rows it changed, or -1. */
long long db_change(struct db *, const struct db_table *t, int s,
	    struct params *);
/* Fetches at most one row and frees the result. Returns 1, 0, -1. */
int	 db_one(struct db *, const struct db_table *t, int s, struct params *,
	    struct cols *);
/* The one number a query returns, or -1. */
long long db_number(struct db *, const struct db_table *t, int s,
	    struct params *);

/*
 * The row loop, once for every list:
 *
 *	db_rows_start(&rows, db, &tbl, STMT_X, &p, &c);
 *	while (db_rows_next(&rows))
 *		if (fn(&row, arg) == -1)
 *			db_rows_fail(&rows);
 *	return db_rows_end(&rows, NULL);
 *
 * db_rows_next returns 1 with a row in the bound columns, 0 at the end,
 * after a failure or after db_rows_fail; db_rows_end frees the result
 * and heap (a row buffer the caller allocated, or NULL) and returns the
 * number of rows read, or -1 when running, fetching or the caller
 * failed.
 */
struct db_rows {
	struct db	*db;
	MYSQL_STMT	*st;
	struct cols	*c;
	int		 n;
	int		 rc;
};

void	 db_rows_start(struct db_rows *, struct db *, const struct db_table *t,
	    int s, struct params *, struct cols *);
int	 db_rows_next(struct db_rows *);
void	 db_rows_fail(struct db_rows *);
int	 db_rows_end(struct db_rows *, void *heap);

#endif /* CIMOLT_DB_INT_H */
