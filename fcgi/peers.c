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

int
peers_choose(struct db *db, long long org_id, long long user,
    const long long *ids, size_t n, size_t *bad)
{
	char	 detail[PEERS_MAX * 21 + 1];
	size_t	 len = 0;
	int	 rc;

	*bad = 0;
	if ((rc = db_org_named(db, org_id)) != 1)
		return rc == -1 ? -1 : PEERS_NOT_NAMED;
	if (n > PEERS_MAX)
		return PEERS_TOO_MANY;
	for (size_t i = 0; i < n; i++) {
		for (size_t j = 0; j < i; j++)
			if (ids[j] == ids[i]) {
				*bad = i;
				return PEERS_NOT_CONSENTING;
			}
		if (ids[i] == org_id) {
			*bad = i;
			return PEERS_NOT_CONSENTING;
		}
		if ((rc = db_org_named(db, ids[i])) == -1)
			return -1;
		if (rc == 0) {
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
	if ((rc = db_org_named(db, org_id)) != 1)
		return rc == -1 ? -1 : 0;
	return db_named_peer_scores(db, org_id, year, fn, arg) == -1 ? -1 : 1;
}
