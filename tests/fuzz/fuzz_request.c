/*
 * Fuzzes the request parser (fcgi/request.c) without a FastCGI
 * connection: the input gives the parameters nginx would pass, one a
 * line, and the rest is the body, which req_read_body reads through a
 * libfcgi stream over memory. So Content-Length (missing, malformed,
 * larger than the cap or than the body), the query string, cookies,
 * Accept and Accept-Language all come from the fuzzer. Whatever they
 * hold, the request must be read or refused with 400/413, and every
 * parameter and cookie that gets through must be well-formed UTF-8.
 */
#include "config.h"

#include <fcgiapp.h>

#include "http.h"
#include "fuzz.h"

/* The parameters, in the order of the input's lines. */
static const char *const names[] = {
	"REQUEST_METHOD", "DOCUMENT_URI", "REQUEST_URI", "QUERY_STRING",
	"HTTP_COOKIE", "HTTP_ACCEPT", "HTTP_ACCEPT_LANGUAGE", "CONTENT_LENGTH",
	"CONTENT_TYPE", "CIMOLT_ERROR", "HTTPS",
};
#define NPARAMS (sizeof(names) / sizeof(names[0]))
#define MAX_BODY 4096

/* The body is all in the buffer: asking for more finds the stream's end. */
static void
fill_none(FCGX_Stream *s)
{
	s->isClosed = 1;
}

/* Checks every pair of list: UTF-8 without NUL. */
static void
check_pairs(const struct kvlist *list)
{
	for (size_t i = 0; i < list->n; i++) {
		FUZZ_CHECK(utf8_valid(list->kv[i].key,
		    strlen(list->kv[i].key)));
		FUZZ_CHECK(utf8_valid(list->kv[i].val, list->kv[i].valsz));
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		*f[NPARAMS + 1], *env[NPARAMS + 1], *buf;
	size_t		 n = 0, bodysz;
	FCGX_Stream	 in;
	FCGX_Request	 fr;
	struct req	 r;

	if ((buf = fuzz_fields(data, size, f, NPARAMS + 1)) == NULL)
		return 0;
	/* An empty line leaves its parameter out; the others are
	 * "NAME=value", as libfcgi keeps them. */
	for (size_t i = 0; i < NPARAMS; i++) {
		if (*f[i] == '\0')
			continue;
		if (asprintf(&env[n], "%s=%s", names[i], f[i]) == -1)
			goto out;
		n++;
	}
	env[n] = NULL;

	bodysz = strlen(f[NPARAMS]);
	memset(&in, 0, sizeof(in));
	in.rdNext = in.stopUnget = (unsigned char *)f[NPARAMS];
	in.stop = in.wrNext = in.rdNext + bodysz;
	in.isReader = 1;
	in.fillBuffProc = fill_none;
	memset(&fr, 0, sizeof(fr));
	fr.in = &in;
	fr.envp = env;

	if (req_read(&r, &fr, MAX_BODY) == 0) {
		if (r.bad == 0 && r.method == METHOD_POST)
			FUZZ_CHECK(req_read_body(&r) == 0);
		FUZZ_CHECK(r.bad == 0 || r.bad == 400 || r.bad == 413);
		FUZZ_CHECK(r.lang >= 0 && r.lang < LANG__MAX);
		FUZZ_CHECK(r.path != NULL && r.path[0] != '\0');
		FUZZ_CHECK(r.forced_error == 0 || r.forced_error == 413 ||
		    (r.forced_error >= 502 && r.forced_error <= 504));
		if (r.bad == 0) {
			check_pairs(&r.params);
			FUZZ_CHECK(utf8_valid(r.path, strlen(r.path)));
		}
		check_pairs(&r.cookies);
	}
	req_free(&r);
out:
	while (n > 0)
		free(env[--n]);
	free(buf);
	return 0;
}
