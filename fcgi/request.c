/*
 * Reading one request from libfcgi into struct req. The strings libfcgi
 * hands out die at the next accept, so everything kept is copied. The
 * body is read only once routing knows the route takes a POST, and only
 * up to the configured cap (nginx caps it too; this is the second line),
 * so a POST to a page that takes none is a 405 whatever its body holds.
 * Malformed input does not fail
 * the read: it sets r->bad to the 4xx status the request has earned.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <fcgiapp.h>

#include "http.h"

const char *const method_names[METHOD__MAX] = {
	"GET", /* METHOD_GET */
	"HEAD", /* METHOD_HEAD */
	"POST", /* METHOD_POST */
};

/* Copies a FastCGI parameter, or "" when absent. NULL when out of memory. */
static char *
param_dup(FCGX_Request *fr, const char *name)
{
	const char *v = FCGX_GetParam(name, fr->envp);

	return strdup(v == NULL ? "" : v);
}

int
req_read_body(struct req *r)
{
	FCGX_Request	*fr = r->fr;
	size_t		 max_body = r->max_body;
	const char	*cl, *ct;
	long long	 len;
	char		*buf;
	int		 got;

	/* A POST's fields come from its body alone: what the query string
	 * held (already read for the language and the format) may neither
	 * add to them nor override them, the CSRF token included. */
	kvlist_free(&r->params);
	cl = FCGX_GetParam("CONTENT_LENGTH", fr->envp);
	if (cl == NULL || *cl == '\0')
		return 0;
	if (valid_int(cl, 0, 1LL << 40, &len) == -1) {
		r->bad = 400;
		return 0;
	}
	if ((size_t)len > max_body) {
		r->bad = 413;
		return 0;
	}
	if (len == 0)
		return 0;
	if ((buf = malloc((size_t)len + 1)) == NULL)
		return -1;
	got = FCGX_GetStr(buf, (int)len, fr->in);
	if (got != (int)len) {
		free(buf);
		r->bad = 400;
		return 0;
	}
	buf[len] = '\0';
	ct = FCGX_GetParam("CONTENT_TYPE", fr->envp);
	if (ct != NULL && strncasecmp(ct,
	    "application/x-www-form-urlencoded", 33) == 0 &&
	    decode_form(&r->params, buf, (size_t)len, 1) == -1)
		r->bad = 400;
	free(buf);
	return 0;
}

int
req_read(struct req *r, FCGX_Request *fr, size_t max_body)
{
	const char	*uri, *q, *v;
	long long	 n;
	size_t		 sz;

	memset(r, 0, sizeof(*r));
	r->method = -1;
	r->fr = fr;
	r->max_body = max_body;
	if ((r->method_name = param_dup(fr, "REQUEST_METHOD")) == NULL ||
	    (r->query = param_dup(fr, "QUERY_STRING")) == NULL ||
	    (r->accept = param_dup(fr, "HTTP_ACCEPT")) == NULL ||
	    (r->accept_language = param_dup(fr, "HTTP_ACCEPT_LANGUAGE")) ==
	    NULL)
		return -1;
	for (int i = 0; i < METHOD__MAX; i++)
		if (strcmp(r->method_name, method_names[i]) == 0)
			r->method = i;

	/* nginx's DOCUMENT_URI is decoded and normalised; REQUEST_URI is
	 * the raw fallback for other servers. */
	if ((uri = FCGX_GetParam("DOCUMENT_URI", fr->envp)) != NULL &&
	    *uri != '\0') {
		r->path = strdup(uri);
		sz = r->path == NULL ? 0 : strlen(r->path);
	} else {
		uri = FCGX_GetParam("REQUEST_URI", fr->envp);
		if (uri == NULL || *uri != '/')
			uri = "/";
		q = strchr(uri, '?');
		r->path = decode_pct(uri, q ? (size_t)(q - uri) : strlen(uri),
		    0, &sz);
		if (r->path == NULL && (r->path = strdup("/")) != NULL)
			r->bad = 400;
	}
	if (r->path == NULL)
		return -1;
	if (!utf8_valid(r->path, sz))
		r->bad = 400;

	/* nginx asks for the pages of the errors it met itself. */
	if ((v = FCGX_GetParam("CIMOLT_ERROR", fr->envp)) != NULL &&
	    valid_int(v, 400, 599, &n) == 0 &&
	    (n == 413 || n == 502 || n == 503 || n == 504))
		r->forced_error = (int)n;
	if ((v = FCGX_GetParam("REMOTE_ADDR", fr->envp)) != NULL)
		snprintf(r->address, sizeof(r->address), "%s", v);
	v = FCGX_GetParam("HTTPS", fr->envp);
	r->https = v != NULL && strcasecmp(v, "on") == 0;

	if (decode_form(&r->params, r->query, strlen(r->query), 0) == -1)
		r->bad = 400;
	if ((v = FCGX_GetParam("HTTP_IF_NONE_MATCH", fr->envp)) != NULL &&
	    (r->if_none_match = strdup(v)) == NULL)
		return -1;
	if ((v = FCGX_GetParam("HTTP_COOKIE", fr->envp)) != NULL &&
	    decode_cookies(&r->cookies, v) == -1)
		return -1;

	r->lang_from_param = valid_lang(kvlist_get(&r->params, "lang")) != -1;
	r->lang = lang_choose(kvlist_get(&r->params, "lang"),
	    kvlist_get(&r->cookies, "lang"), r->accept_language);
	v = kvlist_get(&r->params, "format");
	r->want_xml = (v != NULL && strcmp(v, "xml") == 0) ||
	    accept_prefers_xml(r->accept);
	r->role = ROLE_ANONYMOUS;
	return 0;
}

void
req_free(struct req *r)
{
	if (r == NULL)
		return;
	free(r->method_name);
	free(r->path);
	free(r->query);
	free(r->accept);
	free(r->accept_language);
	free(r->if_none_match);
	kvlist_free(&r->params);
	kvlist_free(&r->cookies);
}
