/*
 * Named peers by consent: a municipality that opted in to be named
 * (organisations.show_name) chooses up to PEERS_MAX other municipalities
 * that opted in too, and sees their scores of a year by name beside its
 * own (/benchmark/{year}/vergelijken, handle_peers.c).
 *
 * The property this keeps, whatever else the benchmark shows:
 *
 *   Everything the named view shows is a score of a municipality that
 *   consents to be named at the moment of the request (the viewer's own
 *   included, and the viewer must consent too), each score as stored
 *   for its own round. It shows no figure computed over a group (no
 *   count of a group's members or participants, no mean, median, range,
 *   rank or position), so nothing on it depends on the score of a
 *   municipality that does not consent.
 *
 * Why that is enough: disclosure control (benchmark.c) already counts
 * the named scores as known to everyone who sees a group's figures (the
 * regional viewers see them by name), and decides what to publish from
 * the anonymous values alone. The named view adds named scores only, so
 * it tells an attacker nothing that disclosure control did not assume
 * he knew. The attack it must never allow: a group's published figure
 * beside the named scores of that group, from which the one score that
 * is not named follows (with n and a mean, by subtraction). Hence no
 * group figure on this page, ever; tests/integration/benchmark/510 tries
 * exactly that attack on the page.
 *
 * Withdrawing consent takes effect at once and for everyone: consent is
 * read in the query that reads the named scores (db-peers.c), never
 * from a copy, and the page is kept (routes.c) only under the data
 * version, which a change of show_name raises. A choice that names a
 * municipality that withdrew stays stored but shows nothing; one that
 * withdrew cannot see the named view itself.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "domain.h"

/* Marks which of the chosen ids a municipality that may be chosen has. */
struct offered {
	const long long	*ids;
	size_t		 n;
	unsigned int	 found;	/* a bit per index of ids */
};

static int
offered_mark(long long id, const char *name, void *arg)
{
	struct offered *o = arg;

	(void)name;
	for (size_t i = 0; i < o->n; i++)
		if (o->ids[i] == id)
			o->found |= 1u << i;
	return 0;
}

int
peers_choose(struct db *db, long long org_id, long long user,
    const long long *ids, size_t n, size_t *bad)
{
	struct offered	 o = { ids, n, 0 };
	char		 detail[PEERS_MAX * 21 + 1];
	size_t		 len = 0;
	int		 rc;

	*bad = 0;
	if ((rc = db_org_show_name(db, org_id)) != 1)
		return rc == -1 ? -1 : PEERS_NOT_NAMED;
	if (n > PEERS_MAX)
		return PEERS_TOO_MANY;
	/* Exactly what the form offers: the other municipalities that are
	 * named now (db_named_municipalities), each once. */
	if (n > 0 && db_named_municipalities(db, org_id, offered_mark, &o) ==
	    -1)
		return -1;
	for (size_t i = 0; i < n; i++) {
		int twice = 0;
		for (size_t j = 0; j < i; j++)
			twice |= ids[j] == ids[i];
		if (twice || !(o.found & 1u << i)) {
			*bad = i;
			return PEERS_NOT_CONSENTING;
		}
	}
	detail[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		int w = snprintf(detail + len, sizeof(detail) - len, "%s%lld",
		    i ? "," : "", ids[i]);
		if (w < 0 || (size_t)w >= sizeof(detail) - len)
			break;
		len += (size_t)w;
	}
	if (db_named_peers_set(db, org_id, ids, n, user) == -1 ||
	    db_audit_add(db, user, "benchmark.named-peers", "organisation",
	    org_id, detail) == -1)
		return -1;
	return PEERS_OK;
}

int
peers_scores(struct db *db, long long org_id, int year,
    int (*fn)(const struct db_peer_score *, void *), void *arg)
{
	int rc;

	/* The viewer's own consent first: one that withdrew sees nobody. */
	if ((rc = db_org_show_name(db, org_id)) != 1)
		return rc == -1 ? -1 : 0;
	return db_named_peer_scores(db, org_id, year, fn, arg) == -1 ? -1 : 1;
}
