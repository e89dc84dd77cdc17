/*
 * Statements of the named peers: the municipalities that opted in to be
 * named, a municipality's choice of them (schema/030_named_peers.sql)
 * and the scores of the chosen ones in a year.
 *
 * Consent is read in the very query that reads a named score (o.show_name
 * = 1 in its join), never from a copy: a municipality that withdraws is
 * gone from every named view on the next request, whatever choices
 * still name it.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db-int.h"

enum stmt {
	STMT_NP_NAMED,
	STMT_NP_CHOSEN,
	STMT_NP_CLEAR,
	STMT_NP_ADD,
	STMT_NP_SCORES,
	STMT__MAX
};

static const char *const stmts[STMT__MAX] = {
	[STMT_NP_NAMED] =
	"SELECT id, name FROM organisations WHERE kind = 'gemeente' "
	"AND show_name = 1 AND id <> ? ORDER BY name, id",
	[STMT_NP_CHOSEN] =
	"SELECT peer_id FROM named_peers WHERE organisation_id = ? "
	"ORDER BY position, peer_id",
	[STMT_NP_CLEAR] =
	"DELETE FROM named_peers WHERE organisation_id = ?",
	[STMT_NP_ADD] =
	"INSERT INTO named_peers (organisation_id, peer_id, position, "
	"chosen_by, chosen_at) VALUES (?, ?, ?, NULLIF(?, 0), UTC_TIMESTAMP())",
	/* Only peers that consent now; every score of a submitted round of
	 * the year, or one row without when there is none. */
	[STMT_NP_SCORES] =
	"SELECT o.id, o.name, r.id IS NOT NULL, COALESCE(s.scope, ''), "
	"COALESCE(s.scope_key, ''), s.score IS NOT NULL, COALESCE(s.score, 0) "
	"FROM named_peers n "
	"JOIN organisations o ON o.id = n.peer_id AND o.kind = 'gemeente' "
	"AND o.show_name = 1 "
	"LEFT JOIN rounds r ON r.organisation_id = o.id AND r.year = ? "
	"AND r.status = 'submitted' "
	"LEFT JOIN scores s ON s.round_id = r.id "
	"WHERE n.organisation_id = ? "
	"ORDER BY n.position, o.id, s.scope, s.scope_key",
};

static const struct db_table tbl = { DBT_PEERS, "peers", stmts, STMT__MAX };

const struct config *
db_config(struct db *db)
{
	return db->cfg;
}

int
db_named_municipalities(struct db *db, long long org_id,
    int (*fn)(long long, const char *, void *), void *arg)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	struct db_rows	 rows;
	long long	 id = 0;
	char		 name[601];

	p_int(&p, org_id);
	c_int(&c, &id);
	c_str(&c, name, sizeof(name));
	db_rows_start(&rows, db, &tbl, STMT_NP_NAMED, &p, &c);
	while (db_rows_next(&rows))
		if (fn(id, name, arg) == -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, NULL);
}

int
db_named_peers_chosen(struct db *db, long long org_id, long long *ids,
    size_t max, size_t *n)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	struct db_rows	 rows;
	long long	 id = 0;

	*n = 0;
	p_int(&p, org_id);
	c_int(&c, &id);
	db_rows_start(&rows, db, &tbl, STMT_NP_CHOSEN, &p, &c);
	while (db_rows_next(&rows))
		if (*n < max)
			ids[(*n)++] = id;
	return db_rows_end(&rows, NULL) == -1 ? -1 : 0;
}

int
db_named_peers_set(struct db *db, long long org_id, const long long *ids,
    size_t n, long long user)
{
	struct params p = { .n = 0 };

	p_int(&p, org_id);
	if (db_change(db, &tbl, STMT_NP_CLEAR, &p) == -1)
		return -1;
	for (size_t i = 0; i < n; i++) {
		p.n = 0;
		p_int(&p, org_id);
		p_int(&p, ids[i]);
		p_int(&p, (long long)i + 1);
		p_int(&p, user);
		if (db_change(db, &tbl, STMT_NP_ADD, &p) == -1)
			return -1;
	}
	return 0;
}

int
db_named_peer_scores(struct db *db, long long org_id, int year,
    int (*fn)(const struct db_peer_score *, void *), void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_peer_score	*s;
	struct db_rows		 rows;
	long long		 submitted = 0, has = 0;
	char			 score[32];

	if ((s = calloc(1, sizeof(*s))) == NULL)
		return -1;
	p_int(&p, year);
	p_int(&p, org_id);
	c_int(&c, &s->org_id);
	c_str(&c, s->name, sizeof(s->name));
	c_int(&c, &submitted);
	c_str(&c, s->scope, sizeof(s->scope));
	c_str(&c, s->key, sizeof(s->key));
	c_int(&c, &has);
	c_str(&c, score, sizeof(score));
	db_rows_start(&rows, db, &tbl, STMT_NP_SCORES, &p, &c);
	while (db_rows_next(&rows)) {
		s->submitted = submitted != 0;
		s->has = has != 0;
		s->score = strtod(score, NULL);
		if (fn(s, arg) == -1)
			db_rows_fail(&rows);
	}
	return db_rows_end(&rows, s);
}
