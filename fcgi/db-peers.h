/*
 * Layer 2, the database: the named peers' part of db.h (db-peers.c),
 * kept in a file of its own for db.h's size. db.h includes it; include
 * db.h, not this.
 */
#ifndef CIMOLT_DB_PEERS_H
#define CIMOLT_DB_PEERS_H

/* ---- db-peers.c: named peers by consent ------------------------------ */

/* The configuration the connection was opened with. */
const struct config *db_config(struct db *);

/* Calls fn(id, name, arg) for every municipality that opted in to be
 * named (show_name), but org_id, by name. Returns the count or -1. */
int	 db_named_municipalities(struct db *, long long org_id,
	    int (*fn)(long long, const char *, void *), void *arg);
/* The peers org_id chose, in their order, into ids[0..*n) (at most
 * max, whatever their consent now). Returns 0/-1. */
int	 db_named_peers_chosen(struct db *, long long org_id, long long *ids,
	    size_t max, size_t *n);
/* Replaces org_id's choice with ids[0..n), chosen by user. Returns
 * 0/-1. */
int	 db_named_peers_set(struct db *, long long org_id,
	    const long long *ids, size_t n, long long user);

/* One score of a chosen peer in a year (named view). */
struct db_peer_score {
	long long org_id;
	char	 name[601];
	int	 submitted;	/* it has a submitted round that year */
	char	 scope[16];	/* "" when none */
	char	 key[49];
	int	 has;
	double	 score;
};
/* Calls fn per score of the peers org_id chose that opted in to be
 * named NOW (show_name read in this query), in the chosen order; a
 * peer without a submitted round in year gives one row with submitted
 * 0 and no scope. Returns the count or -1. */
int	 db_named_peer_scores(struct db *, long long org_id, int year,
	    int (*fn)(const struct db_peer_score *, void *), void *arg);

#endif /* CIMOLT_DB_PEERS_H */
