/*
 * Layer 1, HTTP: one request as read from FastCGI (request.c) and one
 * response as written back (response.c).
 */
#ifndef CIMOLT_HTTP_H
#define CIMOLT_HTTP_H

#include <libxml/tree.h>

#include "records.h"

/* ---- request.c and response.c: one HTTP exchange ---------------------- */

struct FCGX_Request;

enum method {
	METHOD_GET,
	METHOD_HEAD,
	METHOD_POST,
	METHOD__MAX
};

extern const char *const method_names[METHOD__MAX];

struct req {
	int	 method;	/* enum method, or -1 for one we do not serve */
	char	*method_name;
	char	*path;		/* decoded, without query */
	char	*query;		/* raw query string, "" when none */
	struct kvlist params;	/* query string; a POST: its body only */
	struct kvlist cookies;
	char	*accept;
	char	*accept_language;
	int	 https;	/* HTTPS=on: came over TLS */
	int	 secure;	/* cookies carry Secure (https, or always) */
	int	 forced_error;	/* CIMOLT_ERROR from nginx, or 0 */
	int	 bad;		/* 0, or the 4xx status the request earned */
	enum lang lang;
	int	 lang_from_param; /* ?lang= was given: set the cookie */
	int	 want_xml;
	enum role role;
	long long ids[2];	/* the {id} values of the route's pattern */
	char	 token[64];	/* the {token} of the route's pattern */
	struct FCGX_Request *fr; /* for reading the body, once routed */
	size_t	 max_body;
	char	 address[46];	/* the client's IP address */
	int	 signed_in;
	struct db_user user;	/* when signed_in */
	unsigned char sid_hash[32]; /* when signed_in */
	long long data_version;	/* when signed_in: read with the session */
	struct db_org_groups groups; /* when signed_in: the user's
				   organisation's, read with the session */
	char	 csrf[64];	/* the token this request's forms carry */
	char	 csrf_cookie[64]; /* anonymous: the binding cookie */
	int	 csrf_new;	/* that cookie was made on this request */
	char	*if_none_match;	/* If-None-Match, NULL when not sent */
	int	 cache_on;	/* cache_key is set: keep the page */
	unsigned char cache_key[32];
};

struct header {
	char	*name;
	char	*value;
};

struct resp {
	int	 status;
	xmlDocPtr page;		/* page document, owned; NULL for raw bodies */
	char	*body;		/* raw body (owned) when page is NULL */
	const char *kept;	/* or a body the page cache holds (not
				   owned; valid until the next page kept) */
	size_t	 bodysz;
	const char *type;	/* Content-Type of a raw body */
	struct header hdr[8];
	size_t	 nhdr;
};

/*
 * Fills r from the FastCGI request: parameters, path, query and cookies.
 * Returns 0 when the request was read (r->bad holds 400 when it is
 * malformed), or -1 when out of memory.
 */
int	 req_read(struct req *r, struct FCGX_Request *fr, size_t max_body);
/*
 * Reads a form body (once the route is known to take one) up to max_body
 * bytes and makes its fields r->params, in place of the query string's
 * (a POST's fields come from its body only). Returns 0 (r->bad holds 400 or
 * 413 when the body is malformed or too large), or -1 when out of memory.
 */
int	 req_read_body(struct req *r);
void	 req_free(struct req *);

/*
 * The response headers: those every response has (status, type, length,
 * caching, the security headers) take at most RESP_FIXED_MAX bytes, and
 * those a handler adds at most RESP_HEADERS_MAX together.
 */
#define RESP_FIXED_MAX		1024
#define RESP_HEADERS_MAX	2048
/* Adds a header to the response; the strings are copied. Returns 0, or
 * -1 when out of memory or when the headers added would pass
 * RESP_HEADERS_MAX (so a handler fails before it commits anything). */
int	 resp_header(struct resp *, const char *name, const char *value);
/* Sets a raw body (copied) with its content type. Returns 0/-1. */
int	 resp_text(struct resp *, int status, const char *type,
	    const char *body);
void	 resp_reset(struct resp *);
struct csv_out;
/* Makes o a 200 CSV download called filename, taking out's buffer.
 * Returns 0/-1. */
int	 resp_csv(struct resp *, struct csv_out *out, const char *filename);
/* The reason phrase of an HTTP status (RFC 9110 section 15). */
const char *http_reason(int status);
/*
 * Writes status line, headers (security headers included) and body to the
 * FastCGI stream; no body for HEAD. Returns 0, or -1 when the client went.
 */
int	 resp_write(struct FCGX_Request *fr, const struct req *,
	    const char *body, size_t bodysz, const char *type,
	    const struct resp *);


/* Makes o a 303 to location, keeping headers already set. Returns 0/-1. */
int	 redirect(struct resp *o, const char *location);

/* ---- pagecache.c: rendered pages a worker keeps ----------------------- */

#define PAGECACHE_KEY	32

struct pagecache;

/* A cache of at most max bytes of pages; NULL when max is 0 (no cache)
 * or out of memory. Every function takes a NULL cache as "none". */
struct pagecache *pagecache_new(size_t max);
void	 pagecache_free(struct pagecache *);
/* Makes (version, minute) the generation kept, dropping every page of
 * another one. Returns 1 when pages of another generation may have gone
 * (memory was freed), else 0. */
int	 pagecache_generation(struct pagecache *, unsigned long long version,
	    unsigned long long minute);
/* The body kept under key and its length, or NULL. The pointer stays
 * valid until the next pagecache_put. */
const char *pagecache_get(struct pagecache *,
	    const unsigned char key[PAGECACHE_KEY], size_t *len);
/* Keeps a copy of body under key, making room from the least recently
 * used. Returns 0 (also when it is too large to keep), -1 when out of
 * memory. */
int	 pagecache_put(struct pagecache *,
	    const unsigned char key[PAGECACHE_KEY], const char *body,
	    size_t len);

#endif /* CIMOLT_HTTP_H */
