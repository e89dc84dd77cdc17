/*
 * Routing: the table below says, for each path pattern, which methods it
 * answers, which role it needs, whether its handler runs in a database
 * transaction, and the handler. Adding a page is adding a row. The checks
 * (method, role, transaction with retry, error pages) happen here, once,
 * and not in the handlers.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "extern.h"

#define M_GET	(1u << METHOD_GET | 1u << METHOD_HEAD)
#define M_POST	(1u << METHOD_POST)

struct route {
	const char	*pattern;	/* "{id}" matches a positive integer */
	unsigned int	 methods;
	enum role	 role;
	int		 tx;		/* run the handler in a transaction */
	int		(*fn)(struct worker *, struct req *, struct resp *);
};

static const struct route routes[] = {
	{ "/", M_GET, ROLE_ANONYMOUS, 1, handle_home },
	{ "/healthz", M_GET, ROLE_ANONYMOUS, 0, handle_healthz },
	{ "/beheer", M_GET, ROLE_ORGANISER, 1, handle_beheer },
};

#define NROUTES (sizeof(routes) / sizeof(routes[0]))

/* For each role, the bit set of the roles whose routes it may use. */
static const unsigned int grants[ROLE__MAX] = {
	/* ROLE_ANONYMOUS */
	1u << ROLE_ANONYMOUS,
	/* ROLE_MEMBER */
	1u << ROLE_ANONYMOUS | 1u << ROLE_MEMBER,
	/* ROLE_COORDINATOR */
	1u << ROLE_ANONYMOUS | 1u << ROLE_MEMBER | 1u << ROLE_COORDINATOR,
	/* ROLE_REGIONAL */
	1u << ROLE_ANONYMOUS | 1u << ROLE_REGIONAL,
	/* ROLE_ORGANISER */
	1u << ROLE_ANONYMOUS | 1u << ROLE_REGIONAL | 1u << ROLE_ORGANISER,
	/* ROLE_ADMIN */
	~0u,
};

/* How often a transaction is tried before the request fails. */
#define TX_TRIES 3

/*
 * Matches path against pattern, storing up to two "{id}" values in ids.
 * Returns 1 on a match, else 0.
 */
static int
match(const char *pattern, const char *path, long long ids[2])
{
	const char	*p = pattern, *s = path;
	size_t		 nids = 0;
	long long	 v;

	while (*p != '\0') {
		if (strncmp(p, "{id}", 4) == 0) {
			if (*s < '1' || *s > '9')
				return 0;
			for (v = 0; *s >= '0' && *s <= '9'; s++) {
				if (v > (INT64_MAX - 9) / 10)
					return 0;
				v = v * 10 + (*s - '0');
			}
			if (nids < 2)
				ids[nids++] = v;
			p += 4;
		} else if (*p++ != *s++)
			return 0;
	}
	return *s == '\0';
}

/* Writes the methods of rt as an Allow header value (RFC 9110 10.2.1). */
static void
allow_of(const struct route *rt, char *buf, size_t sz)
{
	size_t	 len = 0;
	int	 n;

	buf[0] = '\0';
	for (int m = 0; m < METHOD__MAX; m++)
		if (rt->methods & 1u << m) {
			n = snprintf(buf + len, sz - len, "%s%s",
			    len ? ", " : "", method_names[m]);
			if (n < 0 || (size_t)n >= sz - len)
				return;
			len += (size_t)n;
		}
}

int
error_page(const struct req *r, struct resp *o, int status, const char *allow)
{
	xmlNodePtr err;

	resp_reset(o);
	o->status = status;
	if ((o->page = page_new("error", r, status)) == NULL)
		return -1;
	if ((err = page_elem(xmlDocGetRootElement(o->page), "error")) == NULL ||
	    page_attr_int(err, "status", status) == -1)
		return -1;
	if (allow != NULL &&
	    (page_text(err, "allow", allow) == NULL ||
	    resp_header(o, "Allow", allow) == -1))
		return -1;
	return 0;
}

/* Runs the route's handler, in a transaction when the route asks for
 * one, trying again while the database says that may help. */
static int
run(struct worker *w, const struct route *rt, struct req *r, struct resp *o)
{
	for (int try = 1; try <= TX_TRIES; try++) {
		resp_reset(o);
		if (!rt->tx)
			return rt->fn(w, r, o);
		if (db_begin(w->db) == -1) {
			if (db_is_retryable(w->db) && try < TX_TRIES)
				continue;
			return -1;
		}
		if (rt->fn(w, r, o) == 0 && db_commit(w->db) == 0)
			return 0;
		db_rollback(w->db);
		if (!db_is_retryable(w->db))
			return -1;
		log_info("route: %s: transaction retried (%d)", rt->pattern,
		    try);
	}
	return -1;
}

/* Sends a visitor who is not signed in to the sign-in page, which brings
 * it back here afterwards (RFC 9110 15.4.4: 303 makes the next request a
 * GET). */
static int
to_login(const struct req *r, struct resp *o)
{
	char	 loc[1024];
	size_t	 n;

	n = (size_t)snprintf(loc, sizeof(loc), "/inloggen?terug=");
	if (url_encode(loc + n, sizeof(loc) - n, r->path) == -1)
		loc[n] = '\0';
	return redirect(o, loc);
}

int
redirect(struct resp *o, const char *location)
{
	/* Headers set before (a session cookie) stay. */
	if (o->page != NULL) {
		xmlFreeDoc(o->page);
		o->page = NULL;
	}
	if (resp_header(o, "Location", location) == -1)
		return -1;
	return resp_text(o, 303, "text/plain; charset=utf-8", "");
}

int
route_dispatch(struct worker *w, struct req *r, struct resp *o)
{
	const struct route	*rt = NULL;
	char			 allow[64], cookie[128];
	int			 rc;

	if (r->forced_error)
		rc = error_page(r, o, r->forced_error, NULL);
	else if (r->bad)
		rc = error_page(r, o, r->bad, NULL);
	else if (session_load(w, r) == -1 || csrf_prepare(w, r) == -1)
		rc = error_page(r, o, db_is_down(w->db) ? 503 : 500, NULL);
	else {
		for (size_t i = 0; i < NROUTES && rt == NULL; i++)
			if (match(routes[i].pattern, r->path, r->ids))
				rt = &routes[i];
		if (rt == NULL)
			rc = error_page(r, o, 404, NULL);
		else if (r->method == -1 || !(rt->methods & 1u << r->method)) {
			allow_of(rt, allow, sizeof(allow));
			rc = error_page(r, o, 405, allow);
		} else if (rt->role != ROLE_ANONYMOUS && !r->signed_in)
			rc = to_login(r, o);
		else if (!(grants[r->role] & 1u << rt->role))
			rc = error_page(r, o, 403, NULL);
		else if (r->method == METHOD_POST && req_read_body(r) == -1)
			rc = -1;
		else if (r->bad)
			rc = error_page(r, o, r->bad, NULL);
		else if (r->method == METHOD_POST && !csrf_valid(r))
			rc = error_page(r, o, 403, NULL);
		else if (run(w, rt, r, o) == 0)
			rc = 0;
		else if (db_is_down(w->db))
			rc = error_page(r, o, 503, NULL);
		else
			rc = error_page(r, o, 500, NULL);
	}
	/* Cookies last: error pages start their response afresh. */
	if (rc == 0 && r->lang_from_param) {
		/* The choice made with ?lang= holds for a year. */
		snprintf(cookie, sizeof(cookie), "lang=%s; Path=/; "
		    "Max-Age=31536000; SameSite=Lax; HttpOnly%s",
		    lang_codes[r->lang], r->https ? "; Secure" : "");
		rc = resp_header(o, "Set-Cookie", cookie);
	}
	if (rc == 0 && r->csrf_new)
		rc = csrf_cookie_set(r, o);
	return rc;
}
