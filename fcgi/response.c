/*
 * The response: a status, headers and a body, written to libfcgi in the
 * CGI response format (RFC 3875 section 6). Every response carries the
 * security headers below, whatever produced it.
 */
#include "config.h"

#include <sys/uio.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <fcgiapp.h>

#include "http.h"

/* Sent on every response; nginx sends the same on static files. */
static const char *const security_headers =
    "Content-Security-Policy: default-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'\r\n"
    "X-Content-Type-Options: nosniff\r\n"
    "Referrer-Policy: same-origin\r\n";

const char *
http_reason(int status)
{
	switch (status) {
	case 200: return "OK";
	case 303: return "See Other";
	case 304: return "Not Modified";
	case 400: return "Bad Request";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 409: return "Conflict";
	case 413: return "Content Too Large";
	case 422: return "Unprocessable Content";
	case 429: return "Too Many Requests";
	case 500: return "Internal Server Error";
	case 502: return "Bad Gateway";
	case 503: return "Service Unavailable";
	case 504: return "Gateway Timeout";
	default: return "Unknown";
	}
}

int
resp_header(struct resp *o, const char *name, const char *value)
{
	struct header	*h;
	size_t		 used = strlen(name) + strlen(value) + 4;

	if (o->nhdr == sizeof(o->hdr) / sizeof(o->hdr[0])) {
		log_error("response: too many headers");
		return -1;
	}
	/* Refused here, while the handler can still fail and its
	 * transaction roll back, not when the response is written after
	 * the commit (a session stored for a cookie never sent). */
	for (size_t i = 0; i < o->nhdr; i++)
		used += strlen(o->hdr[i].name) + strlen(o->hdr[i].value) + 4;
	if (used > RESP_HEADERS_MAX) {
		log_error("response: headers longer than %d bytes",
		    RESP_HEADERS_MAX);
		return -1;
	}
	h = &o->hdr[o->nhdr];
	if ((h->name = strdup(name)) == NULL ||
	    (h->value = strdup(value)) == NULL) {
		free(h->name);
		return -1;
	}
	o->nhdr++;
	return 0;
}

int
resp_text(struct resp *o, int status, const char *type, const char *body)
{
	free(o->body);
	if ((o->body = strdup(body)) == NULL)
		return -1;
	o->bodysz = strlen(body);
	o->type = type;
	o->status = status;
	return 0;
}

int
resp_csv(struct resp *o, struct csv_out *out, const char *filename)
{
	char disp[160];

	resp_reset(o);
	o->status = 200;
	o->type = "text/csv; charset=utf-8";
	o->body = out->buf;	/* the response owns the buffer now */
	o->bodysz = out->len;
	out->buf = NULL;
	snprintf(disp, sizeof(disp), "attachment; filename=\"%s\"", filename);
	return resp_header(o, "Content-Disposition", disp);
}

void
resp_reset(struct resp *o)
{
	if (o == NULL)
		return;
	if (o->page != NULL)
		xmlFreeDoc(o->page);
	free(o->body);
	for (size_t i = 0; i < o->nhdr; i++) {
		free(o->hdr[i].name);
		free(o->hdr[i].value);
	}
	memset(o, 0, sizeof(*o));
}

/* Writes all of iov[0..n), going on after a short write. Returns 0/-1. */
static int
writev_all(int fd, struct iovec *iov, int n)
{
	ssize_t w;

	while (n > 0) {
		if ((w = writev(fd, iov, n)) == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		while (n > 0 && (size_t)w >= iov->iov_len) {
			w -= (ssize_t)iov->iov_len;
			iov++;
			n--;
		}
		if (n > 0) {
			iov->iov_base = (char *)iov->iov_base + w;
			iov->iov_len -= (size_t)w;
		}
	}
	return 0;
}

/* The most a FastCGI record holds, and records per writev. */
#define RECORD_MAX	65535
#define RECORDS_PER_WRITE 16

/*
 * Sends the two parts as the request's FastCGI stdout records, written
 * straight to the connection with as few writes as they take (one for
 * any page under 64 KiB), where libfcgi's stream would copy them into
 * its 8 KiB buffer and write each time it is full. Nothing of this
 * request went through that stream before, and what libfcgi writes at
 * the end (the stream's end and FCGI_END_REQUEST) comes after. Returns
 * 0, or -1 when the client went.
 */
static int
put_stdout(FCGX_Request *fr, const char *a, size_t alen, const char *b,
    size_t blen)
{
	unsigned char	 hdr[RECORDS_PER_WRITE][8];
	struct iovec	 iov[RECORDS_PER_WRITE * 3];
	const char	*part[2] = { a, b };
	size_t		 left[2] = { alen, blen }, len;
	int		 n, r, p = 0;

	while (left[0] + left[1] > 0) {
		for (n = 0, r = 0; r < RECORDS_PER_WRITE &&
		    left[0] + left[1] > 0; r++) {
			len = left[0] + left[1] > RECORD_MAX ? RECORD_MAX :
			    left[0] + left[1];
			hdr[r][0] = 1;			/* FCGI_VERSION_1 */
			hdr[r][1] = 6;			/* FCGI_STDOUT */
			hdr[r][2] = (unsigned char)(fr->requestId >> 8);
			hdr[r][3] = (unsigned char)fr->requestId;
			hdr[r][4] = (unsigned char)(len >> 8);
			hdr[r][5] = (unsigned char)len;
			hdr[r][6] = 0;			/* no padding */
			hdr[r][7] = 0;
			iov[n].iov_base = hdr[r];
			iov[n++].iov_len = 8;
			while (len > 0) {
				size_t take;

				while (left[p] == 0)
					p++;
				take = left[p] < len ? left[p] : len;
				iov[n].iov_base = (void *)part[p];
				iov[n++].iov_len = take;
				part[p] += take;
				left[p] -= take;
				len -= take;
			}
		}
		if (writev_all(fr->ipcFd, iov, n) == -1)
			return -1;
	}
	return 0;
}

int
resp_write(FCGX_Request *fr, const struct req *r, const char *body,
    size_t bodysz, const char *type, const struct resp *o)
{
	char		 head[RESP_FIXED_MAX + RESP_HEADERS_MAX + 2];
	size_t		 len;
	int		 n;
	/* A personal page (signed in, or reached by a mailed link) is
	 * kept by no cache. */
	int		 personal = r->signed_in || r->token[0] != '\0';
	const char	*cache = personal ? "Cache-Control: no-store\r\n" :
			    "Cache-Control: no-cache\r\n";

	/* Another page may say how it is cached itself (resp_header). */
	for (size_t i = 0; i < o->nhdr && !personal; i++)
		if (strcasecmp(o->hdr[i].name, "Cache-Control") == 0)
			cache = "";
	/* Formatted here, not with FCGX_FPrintF: libfcgi's own printf
	 * knows neither %zu nor much else of C99. A 304 has no body, so
	 * no Content-Type or Content-Length (RFC 9110 15.4.5). */
	if (o->status == 304)
		n = snprintf(head, RESP_FIXED_MAX, "Status: 304 %s\r\n"
		    "%sVary: Accept, Accept-Language, Cookie\r\n%s",
		    http_reason(304), cache, security_headers);
	else
		n = snprintf(head, RESP_FIXED_MAX, "Status: %d %s\r\n"
		    "Content-Type: %s\r\n"
		    "Content-Length: %zu\r\n"
		    "%s"
		    "Vary: Accept, Accept-Language, Cookie\r\n"
		    "%s", o->status, http_reason(o->status), type, bodysz,
		    cache, security_headers);
	if (n < 0 || n >= RESP_FIXED_MAX)
		return -1;
	len = (size_t)n;
	for (size_t i = 0; i < o->nhdr; i++) {
		n = snprintf(head + len, sizeof(head) - len, "%s: %s\r\n",
		    o->hdr[i].name, o->hdr[i].value);
		if (n < 0 || (size_t)n >= sizeof(head) - len) {
			log_error("response: headers too long");
			return -1;
		}
		len += (size_t)n;
	}
	if (len + 2 >= sizeof(head))
		return -1;
	memcpy(head + len, "\r\n", 2);
	len += 2;
	if (r->method == METHOD_HEAD || o->status == 304)
		bodysz = 0;
	return put_stdout(fr, head, len, body, bodysz);
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
