/*
 * Statements of the information pages: the revisions of their texts.
 * The newest revision of a page and language is the text shown; every
 * save and every restore adds one, so none is ever changed.
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
	STMT_INFO_CURRENT,
	STMT_INFO_GET,
	STMT_INFO_ADD,
	STMT_INFO_LIST,
	STMT__MAX
};

#define INFO_COLUMNS \
	"r.id, r.page, r.lang, COALESCE(r.user_id, 0), COALESCE(u.name, ''), " \
	"COALESCE(r.restored_from, 0), " \
	"DATE_FORMAT(r.created_at, '%Y-%m-%d %H:%i:%s'), CHAR_LENGTH(r.body) "

static const char *const stmts[STMT__MAX] = {
	[STMT_INFO_CURRENT] =
	"SELECT " INFO_COLUMNS ", r.body FROM info_revisions r "
	"LEFT JOIN users u ON u.id = r.user_id "
	"WHERE r.page = ? AND r.lang = ? ORDER BY r.id DESC LIMIT 1",
	[STMT_INFO_GET] =
	"SELECT " INFO_COLUMNS ", r.body FROM info_revisions r "
	"LEFT JOIN users u ON u.id = r.user_id WHERE r.id = ?",
	[STMT_INFO_ADD] =
	"INSERT INTO info_revisions (page, lang, body, user_id, restored_from, "
	"created_at) VALUES (?, ?, ?, NULLIF(?, 0), NULLIF(?, 0), "
	"UTC_TIMESTAMP())",
	[STMT_INFO_LIST] =
	"SELECT " INFO_COLUMNS " FROM info_revisions r "
	"LEFT JOIN users u ON u.id = r.user_id "
	"WHERE r.page = ? ORDER BY r.id DESC LIMIT ?",
};

static const struct db_table tbl = {
	DBT_INFO, "info", stmts, STMT__MAX
};

/* The most bytes of a text: info pages are edited as at most
 * INFO_MAX_CHARS characters of up to 4 bytes. */
#define BODY_BYTES (4 * 20000 + 1)

/* Binds the columns of INFO_COLUMNS to rev. */
static void
info_cols(struct cols *c, struct db_info_revision *rev)
{
	c_int(c, &rev->id);
	c_str(c, rev->page, sizeof(rev->page));
	c_str(c, rev->lang, sizeof(rev->lang));
	c_int(c, &rev->user_id);
	c_str(c, rev->author, sizeof(rev->author));
	c_int(c, &rev->restored_from);
	c_str(c, rev->created, sizeof(rev->created));
	c_int(c, &rev->length);
}

/* Runs s (a getter of INFO_COLUMNS and the body) with p into rev.
 * Returns 1, 0, -1. */
static int
info_get(struct db *db, int s, struct params *p, struct db_info_revision *rev)
{
	struct cols	 c = { .n = 0 };
	int		 rc;

	memset(rev, 0, sizeof(*rev));
	if ((rev->body = malloc(BODY_BYTES)) == NULL)
		return -1;
	info_cols(&c, rev);
	c_str(&c, rev->body, BODY_BYTES);
	if ((rc = db_one(db, &tbl, s, p, &c)) != 1) {
		free(rev->body);
		rev->body = NULL;
	}
	return rc;
}

int
db_info_current(struct db *db, const char *page, const char *lang,
    struct db_info_revision *rev)
{
	struct params p = { .n = 0 };

	p_str(&p, page);
	p_str(&p, lang);
	return info_get(db, STMT_INFO_CURRENT, &p, rev);
}

int
db_info_revision(struct db *db, long long id, struct db_info_revision *rev)
{
	struct params p = { .n = 0 };

	p_int(&p, id);
	return info_get(db, STMT_INFO_GET, &p, rev);
}

long long
db_info_add(struct db *db, const char *page, const char *lang,
    const char *body, long long user, long long restored_from)
{
	struct params p = { .n = 0 };

	p_str(&p, page);
	p_str(&p, lang);
	p_str(&p, body);
	p_int(&p, user);
	p_int(&p, restored_from);
	if (db_change(db, &tbl, STMT_INFO_ADD, &p) == -1)
		return -1;
	return (long long)mysql_insert_id(db->my);
}

int
db_info_revisions(struct db *db, const char *page, int limit,
    int (*fn)(const struct db_info_revision *, void *), void *arg)
{
	struct params			 p = { .n = 0 };
	struct cols			 c = { .n = 0 };
	struct db_info_revision		*rev;
	struct db_rows			 rows;

	if ((rev = calloc(1, sizeof(*rev))) == NULL)
		return -1;
	p_str(&p, page);
	p_int(&p, limit);
	info_cols(&c, rev);
	db_rows_start(&rows, db, &tbl, STMT_INFO_LIST, &p, &c);
	while (db_rows_next(&rows))
		if (fn(rev, arg) == -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, rev);
}
