/*
 * The named view (/benchmark/{year}/vergelijken): a municipality that
 * opted in to be named sees its own scores of a year beside those of
 * the peers it chose that opted in too, by name, per scope; and its
 * coordinator chooses them (members see the choice). The rules and the
 * property the page keeps (only the consenting municipalities' own
 * scores, no figure of a group) are peers.c's.
 *
 * The page is kept per session (routes.c, CACHE_ORG) under the data
 * version: a changed choice (named_peers) or consent (organisations)
 * shows on the next request.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "handlers.h"

/* Most values of "peer" read from a POST: beyond PEERS_MAX the choice
 * is refused anyway, and the work per request stays bounded. */
#define PEERS_READ	16

/* One column of the view: a municipality and its scores by scope. */
struct column {
	long long	 id;
	char		 name[601];
	int		 submitted;
	int		 has[BENCH_SCOPES];
	double		 v[BENCH_SCOPES];
};

struct view {
	struct column	 col[1 + PEERS_MAX];	/* [0] the own */
	size_t		 n;
};

/* Takes a chosen peer's score into its column (the next one when the
 * peer changes); peers beyond PEERS_MAX are left out. */
static int
peer_score(const struct db_peer_score *s, void *arg)
{
	struct view	*vw = arg;
	struct column	*c = vw->n > 1 ? &vw->col[vw->n - 1] : NULL;
	int		 i;

	if (c == NULL || c->id != s->org_id) {
		if (vw->n == 1 + PEERS_MAX)
			return 0;
		c = &vw->col[vw->n++];
		c->id = s->org_id;
		snprintf(c->name, sizeof(c->name), "%s", s->name);
		c->submitted = s->submitted;
	}
	if (s->has && (i = bench_scope_index(s->scope, s->key)) != -1) {
		c->has[i] = 1;
		c->v[i] = s->score;
	}
	return 0;
}

/* Takes the own round's score into column 0. */
static int
own_score(const struct db_score *s, void *arg)
{
	struct column	*c = arg;
	int		 i;

	if (s->has && (i = bench_scope_index(s->scope, s->key)) != -1) {
		c->has[i] = 1;
		c->v[i] = s->score;
	}
	return 0;
}

/* Adds <municipality id name own? submitted><score scope key value?/>
 * ...</municipality> per column, the scopes in page order. */
static int
view_xml(xmlNodePtr parent, const struct view *vw)
{
	xmlNodePtr m, e;

	for (size_t j = 0; j < vw->n; j++) {
		const struct column *c = &vw->col[j];
		if ((m = doc_elem(parent, "municipality")) == NULL ||
		    doc_attr_int(m, "id", c->id) == -1 ||
		    doc_attr(m, "name", c->name) == -1 ||
		    (j == 0 && doc_attr(m, "own", "yes") == -1) ||
		    doc_attr(m, "submitted", c->submitted ? "yes" : "no") ==
		    -1)
			return -1;
		for (int i = 0; c->submitted && i < BENCH_SCOPES; i++)
			if ((e = doc_elem(m, "score")) == NULL ||
			    doc_attr(e, "scope", bench_scopes[i].scope) == -1 ||
			    doc_attr(e, "key", bench_scopes[i].key) == -1 ||
			    (c->has[i] && doc_attr_1(e, "value", c->v[i]) ==
			    -1))
				return -1;
	}
	return 0;
}

/* The choice form's options: every other municipality that opted in. */
struct options {
	xmlNodePtr	 field;
	const long long	*ticked;
	size_t		 nticked;
};

static int
option_add(long long id, const char *name, void *arg)
{
	struct options	*op = arg;
	xmlNodePtr	 e;
	int		 on = 0;

	for (size_t i = 0; i < op->nticked; i++)
		on |= op->ticked[i] == id;
	if ((e = doc_elem(op->field, "option")) == NULL ||
	    doc_attr_int(e, "value", id) == -1 ||
	    doc_attr(e, "label", name) == -1 ||
	    (on && doc_attr(e, "checked", "yes") == -1))
		return -1;
	return 0;
}

/*
 * Builds the page: the view when the municipality consents, and for a
 * coordinator the form with ticked[0..nticked) ticked and, after a
 * refused POST, the error key (with arg). Returns 0/-1.
 */
static int
peers_page(struct worker *w, const struct req *r, struct resp *o,
    const struct db_round *rd, int year, const long long *ticked,
    size_t nticked, const char *error, long long arg)
{
	struct view	*vw;
	struct years	 ys;
	struct options	 op;
	xmlNodePtr	 root, p, f;
	char		 action[64];
	int		 named, rc = -1;

	if ((vw = calloc(1, sizeof(*vw))) == NULL)
		return -1;
	vw->n = 1;
	vw->col[0].id = r->user.org_id;
	vw->col[0].submitted = 1;
	snprintf(vw->col[0].name, sizeof(vw->col[0].name), "%s",
	    r->user.org_name);
	if (submitted_years(w, r->user.org_id, &ys) == -1 ||
	    (named = peers_scores(w->db, r->user.org_id, year, peer_score,
	    vw)) == -1 ||
	    (named && db_scores_list(w->db, rd->id, own_score,
	    &vw->col[0]) == -1))
		goto out;
	if ((root = page_start(r, o, "peers", error ? 422 : 200)) == NULL ||
	    (p = doc_elem(root, "peers")) == NULL ||
	    doc_attr_int(p, "year", year) == -1 ||
	    doc_attr(p, "named", named ? "yes" : "no") == -1 ||
	    doc_attr_int(p, "max", PEERS_MAX) == -1 ||
	    doc_attr_int(p, "chosen", (long long)vw->n - 1) == -1 ||
	    years_xml(p, ys.y, ys.n, year) == -1 ||
	    (named && view_xml(p, vw) == -1))
		goto out;
	if (named && r->role == ROLE_COORDINATOR) {
		snprintf(action, sizeof(action), "/benchmark/%d/vergelijken",
		    year);
		memset(&op, 0, sizeof(op));
		op.ticked = ticked;
		op.nticked = nticked;
		if ((f = form_new(root, "peers", action)) == NULL ||
		    (op.field = form_field(f, "peer", "peers", NULL, 0)) ==
		    NULL || db_named_municipalities(w->db, r->user.org_id,
		    option_add, &op) == -1 ||
		    (error != NULL && (arg ? form_error_arg(op.field, error,
		    arg) : form_error(op.field, error)) == -1))
			goto out;
	}
	rc = 0;
out:
	free(vw);
	return rc;
}

int
handle_peers(struct worker *w, struct req *r, struct resp *o)
{
	struct db_round	 rd;
	long long	 year = r->ids[0], ids[PEERS_READ], n;
	size_t		 nids = 0, k = 0, bad;
	const char	*s;
	char		 loc[80];
	int		 rc, many = 0, wrong = 0;

	if (year > 9999 || (rc = db_round_get(w->db, r->user.org_id,
	    (int)year, 0, &rd)) == 0 || (rc == 1 &&
	    !monitor_round_submitted(&rd)))
		return error_page(r, o, 404, NULL);
	if (rc == -1)
		return -1;
	if (r->method != METHOD_POST) {
		if (db_named_peers_chosen(w->db, r->user.org_id, ids,
		    PEERS_READ, &nids) == -1)
			return -1;
		return peers_page(w, r, o, &rd, (int)year, ids, nids, NULL, 0);
	}
	/* Members see the choice; their coordinator makes it. */
	if (r->role != ROLE_COORDINATOR)
		return error_page(r, o, 403, NULL);
	while ((s = form_each(r, "peer", &k)) != NULL) {
		if (nids == PEERS_READ) {
			many = 1;
			break;
		}
		if (valid_int(s, 1, INT64_MAX, &n) == -1)
			wrong = 1;	/* no id of ours: not a consenting one */
		else
			ids[nids++] = n;
	}
	if (many || nids > PEERS_MAX)
		return peers_page(w, r, o, &rd, (int)year, ids, nids,
		    "peers.too-many", PEERS_MAX);
	if (wrong)
		return peers_page(w, r, o, &rd, (int)year, ids, nids,
		    "peers.not-consenting", 0);
	switch (peers_choose(w->db, r->user.org_id, r->user.id, ids, nids,
	    &bad)) {
	case PEERS_OK:
		break;
	case PEERS_NOT_NAMED:
		return error_page(r, o, 403, NULL);
	case PEERS_TOO_MANY:
		return peers_page(w, r, o, &rd, (int)year, ids, nids,
		    "peers.too-many", PEERS_MAX);
	case PEERS_NOT_CONSENTING:
		return peers_page(w, r, o, &rd, (int)year, ids, nids,
		    "peers.not-consenting", 0);
	default:
		return -1;
	}
	snprintf(loc, sizeof(loc),
	    "/benchmark/%lld/vergelijken?klaar=peers.saved", year);
	return redirect(o, loc);
}
