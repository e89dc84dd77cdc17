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
#include <time.h>

#include <sodium.h>

#include "programs.h"

#define M_GET	(1u << METHOD_GET | 1u << METHOD_HEAD)
#define M_POST	(1u << METHOD_POST)
#define M_BOTH	(M_GET | M_POST)

/* Who may use a route: a set of roles. */
#define R(role)		(1u << (role))
#define ANYONE		(~0u)
#define SIGNED_IN	(~R(ROLE_ANONYMOUS))
#define COORDINATOR	(R(ROLE_COORDINATOR) | R(ROLE_ADMIN))
#define ORGANISER	(R(ROLE_ORGANISER) | R(ROLE_ADMIN))
#define ADMIN		(R(ROLE_ADMIN))
#define MUNICIPAL	(R(ROLE_MEMBER) | R(ROLE_COORDINATOR))
#define REGIONAL	(R(ROLE_REGIONAL) | R(ROLE_ADMIN))

/*
 * Which pages a worker keeps rendered (pagecache.c), and for whom:
 * CACHE_PUBLIC pages show the same to every anonymous visitor, have no
 * form (so no CSRF cookie is handed out for them) and carry an ETag;
 * CACHE_ORG pages show what a signed-in user's organisation may see,
 * with the user's own header, so they are kept per session. Either is
 * kept only for GET and HEAD in HTML, and under the data version: a
 * change in the database makes a new key at once.
 */
enum {
	CACHE_NO,
	CACHE_PUBLIC,
	CACHE_ORG
};

/* Pages also depend on the time (registration open or closed, the
 * current year): a kept page is used for at most this many seconds. */
#define CACHE_SECONDS	60

struct route {
	const char	*pattern;	/* "{id}": a positive integer;
					   "{token}": a base64url token */
	unsigned int	 methods;
	unsigned int	 roles;
	int		 tx;		/* run the handler in a transaction */
	int		(*fn)(struct worker *, struct req *, struct resp *);
};

static const struct route routes[] = {
	{ "/", M_GET, ANYONE, 0, handle_home },
	{ "/healthz", M_GET, ANYONE, 0, handle_healthz },
	{ "/inloggen", M_BOTH, ANYONE, 1, handle_login },
	{ "/uitloggen", M_POST, SIGNED_IN, 1, handle_logout },
	{ "/account", M_BOTH, SIGNED_IN, 1, handle_account },
	{ "/account/wachtwoord", M_POST, SIGNED_IN, 1, handle_password },
	{ "/account/gegevens", M_GET, SIGNED_IN, 1, handle_account_export },
	{ "/account/verwijderen", M_POST, SIGNED_IN, 1,
	    handle_account_erasure },
	{ "/uitnodiging/{token}", M_BOTH, ANYONE, 1, handle_invitation },
	{ "/wachtwoord-vergeten", M_BOTH, ANYONE, 1, handle_forgot },
	{ "/wachtwoord/{token}", M_BOTH, ANYONE, 1, handle_reset },
	{ "/gemeente/leden", M_BOTH, COORDINATOR, 1, handle_members },
	{ "/gemeente/leden/{id}/verwijderen", M_POST, COORDINATOR, 1,
	    handle_member_remove },
	{ "/gemeente/aanmeldingen", M_GET, COORDINATOR, 1, handle_approvals },
	{ "/gemeente/aanmeldingen/{id}/{id}/goedkeuren", M_POST, COORDINATOR,
	    1, handle_approval_approve },
	{ "/gemeente/aanmeldingen/{id}/{id}/afwijzen", M_POST, COORDINATOR,
	    1, handle_approval_refuse },
	{ "/programma", M_GET, ANYONE, 0, handle_programme },
	{ "/programma/{id}", M_GET, ANYONE, 0, handle_event },
	{ "/programma/{id}.ics", M_GET, ANYONE, 1, handle_event_ics },
	{ "/programma/{id}/aanmelden", M_BOTH, ANYONE, 1, handle_register },
	{ "/aanmelding/{token}", M_GET, ANYONE, 1, handle_registration },
	{ "/aanmelding/{token}/bevestigen", M_POST, ANYONE, 1,
	    handle_registration_confirm },
	{ "/aanmelding/{token}/annuleren", M_BOTH, ANYONE, 1,
	    handle_registration_cancel },
	/* the coordinator's view of the programme */
	{ "/gemeente/programma", M_GET, COORDINATOR, 1,
	    handle_coord_registrations },
	{ "/gemeente/programma/{id}/{id}/annuleren", M_BOTH, COORDINATOR, 1,
	    handle_coord_cancel },
	{ "/gemeente/programma/{id}/{id}/verplaatsen", M_BOTH, COORDINATOR, 1,
	    handle_coord_move },
	{ "/monitor", M_GET, MUNICIPAL, 1, handle_monitor },
	{ "/monitor/{id}", M_GET, MUNICIPAL, 1, handle_monitor_round },
	{ "/monitor/{id}/indienen", M_BOTH, MUNICIPAL, 1,
	    handle_monitor_submit },
	{ "/monitor/{id}/resultaat", M_GET, MUNICIPAL, 1,
	    handle_monitor_result },
	{ "/monitor/{id}/rapport", M_GET, MUNICIPAL, 1,
	    handle_monitor_report },
	{ "/monitor/{id}/antwoorden.csv", M_GET, MUNICIPAL, 1,
	    handle_monitor_csv },
	{ "/monitor/{id}/vorig-jaar", M_POST, MUNICIPAL, 1,
	    handle_monitor_prefill },
	{ "/monitor/{id}/{token}", M_BOTH, MUNICIPAL, 1,
	    handle_monitor_section },
	{ "/beheer/monitor", M_GET, ORGANISER, 1, handle_rounds_admin },
	{ "/beheer/monitor/instellingen", M_POST, ORGANISER, 1,
	    handle_monitor_year },
	{ "/beheer/deelname/{id}", M_GET, ORGANISER, 1,
	    handle_monitor_participation },
	{ "/beheer/deelname/{id}.csv", M_GET, ORGANISER, 1,
	    handle_monitor_participation_csv },
	{ "/beheer/deelname/{id}/{id}/herinneren", M_POST, ORGANISER, 1,
	    handle_monitor_participation_remind },
	{ "/regio/deelname/{id}", M_GET, REGIONAL, 1,
	    handle_monitor_participation },
	{ "/regio/deelname/{id}.csv", M_GET, REGIONAL, 1,
	    handle_monitor_participation_csv },
	{ "/beheer/monitor/{id}/heropenen", M_POST, ORGANISER, 1,
	    handle_round_reopen },
	/* the benchmark and advice */
	{ "/benchmark", M_GET, MUNICIPAL, 1, handle_benchmark },
	/* Read only, without a transaction (two round trips fewer): each
	 * peer_stats row carries whether and what it may show, so a view
	 * that reads the groups before and the statistics after a
	 * recount shows nothing the rows would not. */
	{ "/benchmark/{id}", M_GET, MUNICIPAL, 0, handle_benchmark_year },
	{ "/advies", M_GET, MUNICIPAL, 1, handle_advice },
	{ "/advies/aanvraag", M_BOTH, MUNICIPAL, 1, handle_advice_request },
	{ "/advies/aanvragen", M_GET, MUNICIPAL, 1, handle_advice_requests },
	{ "/advies/aanvragen/{id}", M_BOTH, MUNICIPAL, 1,
	    handle_advice_thread },
	{ "/advies/{id}", M_GET, MUNICIPAL, 1, handle_advice_year },
	{ "/gemeente/benchmark", M_POST, COORDINATOR, 1, handle_show_name },
	/* named peers by consent (POST: coordinators, handle_peers.c) */
	{ "/benchmark/{id}/vergelijken", M_BOTH, MUNICIPAL, 1, handle_peers },
	{ "/account/contactpersoon", M_POST, SIGNED_IN, 1,
	    handle_contact_withdraw },
	{ "/regio", M_GET, REGIONAL, 1, handle_region },
	{ "/regio/{id}", M_GET, REGIONAL, 1, handle_region_year },
	{ "/regio/{id}.csv", M_GET, REGIONAL, 1, handle_region_csv },
	{ "/beheer/overzicht", M_GET, ORGANISER, 1, handle_overview },
	{ "/beheer/overzicht/deelname.csv", M_GET, ORGANISER, 1,
	    handle_participation_csv },
	{ "/beheer/overzicht/{id}", M_GET, ORGANISER, 1, handle_overview_year },
	{ "/beheer/overzicht/{id}/scores.csv", M_GET, ORGANISER, 1,
	    handle_year_scores_csv },
	{ "/beheer/advies", M_GET, ORGANISER, 1, handle_advice_admin },
	{ "/beheer/advies.csv", M_GET, ORGANISER, 1, handle_advice_csv },
	{ "/beheer/advies/{id}", M_BOTH, ORGANISER, 1, handle_advice_status },
	{ "/beheer/advies/{id}/antwoord", M_POST, ORGANISER, 1,
	    handle_advice_reply },
	{ "/beheer/advies/{id}/notitie", M_POST, ORGANISER, 1,
	    handle_advice_note },
	{ "/beheer/advies/{id}/behandelaar", M_POST, ORGANISER, 1,
	    handle_advice_assign },
	{ "/beheer/advies/{id}/status", M_POST, ORGANISER, 1,
	    handle_advice_status_thread },
	/* the practice library */
	{ "/praktijk", M_GET, ANYONE, 0, handle_practices },
	{ "/praktijk.atom", M_GET, ANYONE, 0, handle_practice_feed },
	{ "/praktijk/nieuw", M_BOTH, MUNICIPAL, 1, handle_practice_new },
	{ "/praktijk/{id}", M_GET, ANYONE, 0, handle_practice },
	{ "/praktijk/{id}/concept", M_GET, SIGNED_IN, 1,
	    handle_practice_draft },
	{ "/praktijk/{id}/bewerken", M_BOTH, MUNICIPAL, 1,
	    handle_practice_edit },
	{ "/praktijk/{id}/indienen", M_POST, R(ROLE_COORDINATOR), 1,
	    handle_practice_submit },
	{ "/praktijk/{id}/contact", M_BOTH, SIGNED_IN, 1,
	    handle_practice_contact },
	{ "/beheer/praktijk", M_GET, ORGANISER, 1, handle_practices_admin },
	{ "/beheer/praktijk/{id}", M_GET, ORGANISER, 1, handle_practice_review },
	{ "/beheer/praktijk/{id}/publiceren", M_POST, ORGANISER, 1,
	    handle_practice_publish },
	{ "/beheer/praktijk/{id}/terugsturen", M_POST, ORGANISER, 1,
	    handle_practice_return },
	{ "/beheer/praktijk/{id}/openbaar", M_POST, ORGANISER, 1,
	    handle_practice_public },
	/* the information pages and their texts */
	{ "/over", M_GET, ANYONE, 1, handle_info },
	{ "/contact", M_GET, ANYONE, 1, handle_info },
	{ "/privacy", M_GET, ANYONE, 1, handle_info },
	{ "/toegankelijkheid", M_GET, ANYONE, 1, handle_info },
	{ "/help", M_GET, ANYONE, 1, handle_info },
	{ "/beheer/teksten", M_GET, ORGANISER, 1, handle_texts_admin },
	{ "/beheer/teksten/revisie/{id}", M_GET, ORGANISER, 1,
	    handle_text_revision },
	{ "/beheer/teksten/revisie/{id}/herstellen", M_POST, ORGANISER, 1,
	    handle_text_restore },
	{ "/beheer/teksten/{token}", M_BOTH, ORGANISER, 1, handle_text_edit },
	{ "/beheer", M_GET, ORGANISER, 1, handle_beheer },
	{ "/beheer/programma", M_GET, ORGANISER, 1, handle_beheer },
	{ "/beheer/programma/nieuw", M_BOTH, ORGANISER, 1, handle_event_new },
	{ "/beheer/programma/{id}", M_GET, ORGANISER, 1, handle_event_admin },
	{ "/beheer/programma/{id}/bewerken", M_BOTH, ORGANISER, 1,
	    handle_event_edit },
	{ "/beheer/programma/{id}/materiaal", M_POST, ORGANISER, 1,
	    handle_material_add },
	{ "/beheer/programma/{id}/aanmeldingen/{id}/annuleren", M_POST,
	    ORGANISER, 1, handle_registration_cancel_admin },
	{ "/beheer/programma/{id}/aanmeldingen.csv", M_GET, ORGANISER, 1,
	    handle_registrations_csv },
	{ "/beheer/programma/{id}/presentielijst", M_GET, ORGANISER, 1,
	    handle_attendance },
	{ "/beheer/gemeente/{id}", M_GET, ORGANISER, 1, handle_org_overview },
	{ "/beheer/berichten", M_GET, ORGANISER, 1, handle_deliveries },
	{ "/beheer/berichten/{id}", M_GET, ORGANISER, 1, handle_delivery },
	{ "/beheer/berichten/{id}/opnieuw", M_POST, ORGANISER, 1,
	    handle_delivery_retry },
	{ "/beheer/gebruikers", M_BOTH, ADMIN, 1, handle_users },
	{ "/beheer/gebruikers/{id}/uitschakelen", M_POST, ADMIN, 1,
	    handle_user_disable },
	{ "/beheer/organisaties", M_GET, ADMIN, 1, handle_organisations },
	{ "/beheer/audit", M_GET, ADMIN, 1, handle_audit },
};

#define NROUTES (sizeof(routes) / sizeof(routes[0]))

/* The pages that are kept, by their handler. */
static const struct {
	int	(*fn)(struct worker *, struct req *, struct resp *);
	int	 cache;
} cached[] = {
	{ handle_home, CACHE_PUBLIC },
	{ handle_programme, CACHE_PUBLIC },
	{ handle_event, CACHE_PUBLIC },
	{ handle_practices, CACHE_PUBLIC },
	{ handle_practice_feed, CACHE_PUBLIC },
	{ handle_practice, CACHE_PUBLIC },
	{ handle_benchmark_year, CACHE_ORG },
	{ handle_advice_year, CACHE_ORG },
	{ handle_monitor_result, CACHE_ORG },
	{ handle_peers, CACHE_ORG },
	{ handle_monitor_report, CACHE_ORG },
};

/* Returns how the page of route rt is kept: CACHE_*. */
static int
cache_of(const struct route *rt)
{
	for (size_t i = 0; i < sizeof(cached) / sizeof(cached[0]); i++)
		if (cached[i].fn == rt->fn)
			return cached[i].cache;
	return CACHE_NO;
}

/* How often a transaction is tried before the request fails. */
#define TX_TRIES 3

/*
 * Matches path against pattern, storing up to two "{id}" values in ids
 * and a "{token}" in token. Returns 1 on a match, else 0.
 */
static int
match(const char *pattern, const char *path, long long ids[2],
    char token[64])
{
	const char	*p = pattern, *s = path;
	size_t		 nids = 0, n;
	long long	 v;

	while (*p != '\0') {
		if (strncmp(p, "{token}", 7) == 0) {
			for (n = 0; (s[n] >= 'A' && s[n] <= 'Z') ||
			    (s[n] >= 'a' && s[n] <= 'z') ||
			    (s[n] >= '0' && s[n] <= '9') || s[n] == '-' ||
			    s[n] == '_'; n++)
				if (n == 63)
					return 0;
			if (n == 0)
				return 0;
			memcpy(token, s, n);
			token[n] = '\0';
			s += n;
			p += 7;
		} else if (strncmp(p, "{id}", 4) == 0) {
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

/* Adds part, with its length, to the key being hashed (so that no two
 * lists of parts hash alike). */
static void
key_part(crypto_hash_sha256_state *st, const void *part, size_t len)
{
	unsigned long long n = len;

	crypto_hash_sha256_update(st, (const unsigned char *)&n, sizeof(n));
	crypto_hash_sha256_update(st, part, len);
}

/* Writes the ETag of a public page, its cache key's first half in hex
 * and quoted (RFC 9110 8.8.3), into etag. */
static void
etag_of(const struct req *r, char etag[2 + 2 * 16 + 1])
{
	etag[0] = '"';
	sodium_bin2hex(etag + 1, 2 * 16 + 1, r->cache_key, 16);
	etag[1 + 2 * 16] = '"';
	etag[2 + 2 * 16] = '\0';
}

/*
 * Serves a CACHE_* route from the worker's page cache. Returns 1 when o
 * is the answer (a kept page, or 304 Not Modified for a public page the
 * client has: RFC 9110 13.1.2), 0 when the handler must run (with
 * r->cache_on set when its page may be kept), -1 on failure.
 */
static int
from_cache(struct worker *w, const struct route *rt, struct req *r,
    struct resp *o)
{
	crypto_hash_sha256_state st;
	unsigned long long	 v;
	long long		 when = (long long)time(NULL) / CACHE_SECONDS;
	char			 etag[2 + 2 * 16 + 1];
	const char		*body;
	size_t			 len;

	int			 how = cache_of(rt);

	if (w->cache == NULL || how == CACHE_NO || r->want_xml ||
	    (r->method != METHOD_GET && r->method != METHOD_HEAD) ||
	    (how == CACHE_PUBLIC && r->signed_in) ||
	    (how == CACHE_ORG && !r->signed_in))
		return 0;
	if (r->signed_in)
		v = (unsigned long long)r->data_version;
	else if ((w->cfg->cache_shared ? db_data_version_kept(w->db, &v) :
	    db_data_version(w->db, &v)) == -1)
		return db_is_down(w->db) ? -1 : 0;
	(void)pagecache_generation(w->cache, v, (unsigned long long)when);
	crypto_hash_sha256_init(&st);
	key_part(&st, rt->pattern, strlen(rt->pattern));
	key_part(&st, r->path, strlen(r->path));
	key_part(&st, r->query, strlen(r->query));
	key_part(&st, lang_codes[r->lang], strlen(lang_codes[r->lang]));
	key_part(&st, &v, sizeof(v));
	key_part(&st, &when, sizeof(when));
	if (r->signed_in) {
		/* The page shows the user (name, role, organisation) and
		 * carries the session's CSRF token. */
		key_part(&st, r->sid_hash, sizeof(r->sid_hash));
		key_part(&st, &r->user.id, sizeof(r->user.id));
		key_part(&st, &r->user.org_id, sizeof(r->user.org_id));
		key_part(&st, &r->role, sizeof(r->role));
	}
	crypto_hash_sha256_final(&st, r->cache_key);
	r->cache_on = 1;
	if (how == CACHE_PUBLIC) {
		etag_of(r, etag);
		if (resp_header(o, "ETag", etag) == -1)
			return -1;
		if (r->if_none_match != NULL &&
		    strstr(r->if_none_match, etag) != NULL) {
			o->status = 304;
			return 1;
		}
	}
	if ((body = pagecache_get(w->cache, r->cache_key, &len)) == NULL)
		return 0;
	o->kept = body;
	o->bodysz = len;
	o->type = "text/html; charset=utf-8";
	o->status = 200;
	return 1;
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
route_dispatch(struct worker *w, struct req *r, struct resp *o)
{
	const struct route	*rt = NULL;
	char			 allow[64], cookie[128];
	int			 rc, kept;

	if (r->forced_error)
		rc = error_page(r, o, r->forced_error, NULL);
	else if (r->bad)
		rc = error_page(r, o, r->bad, NULL);
	else if (session_load(w, r) == -1 || csrf_prepare(w, r) == -1)
		rc = error_page(r, o, db_is_down(w->db) ? 503 : 500, NULL);
	else {
		for (size_t i = 0; i < NROUTES && rt == NULL; i++)
			if (match(routes[i].pattern, r->path, r->ids,
			    r->token))
				rt = &routes[i];
		if (rt == NULL)
			rc = error_page(r, o, 404, NULL);
		else if (r->method == -1 || !(rt->methods & 1u << r->method)) {
			allow_of(rt, allow, sizeof(allow));
			rc = error_page(r, o, 405, allow);
		} else if (!(rt->roles & R(ROLE_ANONYMOUS)) && !r->signed_in)
			rc = to_login(r, o);
		else if (!(rt->roles & R(r->role)))
			rc = error_page(r, o, 403, NULL);
		else if (r->method == METHOD_POST && req_read_body(r) == -1)
			rc = -1;
		else if (r->bad)
			rc = error_page(r, o, r->bad, NULL);
		else if (r->method == METHOD_POST && !csrf_valid(r))
			rc = error_page(r, o, 403, NULL);
		else if ((kept = from_cache(w, rt, r, o)) == 1)
			rc = 0;
		else if (kept == 0 && run(w, rt, r, o) == 0) {
			rc = 0;
			if (r->cache_on && cache_of(rt) == CACHE_PUBLIC &&
			    o->status == 200) {
				etag_of(r, allow);
				rc = resp_header(o, "ETag", allow);
			}
		}
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
		    lang_codes[r->lang], r->secure ? "; Secure" : "");
		rc = resp_header(o, "Set-Cookie", cookie);
	}
	/* A public page in HTML has no form: it needs no CSRF cookie. */
	if (rc == 0 && r->csrf_new && (rt == NULL ||
	    cache_of(rt) != CACHE_PUBLIC || r->want_xml))
		rc = csrf_cookie_set(r, o);
	return rc;
}
