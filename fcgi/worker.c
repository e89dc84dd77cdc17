/*
 * A worker: accepts one FastCGI request at a time on the shared listening
 * socket and answers it on its own database connection with the
 * stylesheets the master compiled before forking.
 *
 * Stopping: SIGTERM is blocked while a request is served, so a request in
 * flight always finishes; it is let through only around accept(), where
 * it interrupts the wait (FCGI_FAIL_ACCEPT_ON_INTR). The master repeats
 * the signal while it waits for a worker, which closes the short window
 * between the check of the flag and the start of accept().
 */
#include "config.h"

#include <errno.h>
#include <malloc.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <fcgiapp.h>
#include <libxml/xmlmemory.h>

#include "programs.h"

static volatile sig_atomic_t stopping;
static long long trimmed;	/* the last malloc_trim, mono_ms */

static void
on_term(int sig)
{
	(void)sig;
	stopping = 1;
}

/*
 * Turns the response's page into its body: XML when asked for, else HTML
 * through the page's stylesheet. A page that fails to render becomes the
 * 500 page. Returns 0 with *body (xmlFree'd by the caller) and *type set,
 * or -1 when not even the 500 page renders.
 */
static int
body_of(struct worker *w, struct req *r, struct resp *o, char **body,
    size_t *bodysz, const char **type)
{
	int p;

	if (r->want_xml && render_xml(o->page, body, bodysz) == 0) {
		*type = "application/xml; charset=utf-8";
		return 0;
	}
	*type = "text/html; charset=utf-8";
	if ((p = render_page_of(o->page)) != -1 &&
	    render_html(w->render, (enum page)p, o->page, body, bodysz) == 0)
		return 0;
	if (error_page(r, o, 500, NULL) == 0 &&
	    render_html(w->render, PAGE_ERROR, o->page, body, bodysz) == 0)
		return 0;
	return -1;
}

/* The request's path for the log: the token of a mailed link is no
 * business of the log's (token_redact). Returns buf. */
static const char *
logged_path(const struct req *r, char *buf, size_t sz)
{
	snprintf(buf, sz, "%s", r->path != NULL ? r->path : "");
	(void)token_redact(buf);
	return buf;
}

/* Serves one request from reading to writing. */
static void
serve(struct worker *w, FCGX_Request *fr)
{
	struct req	 r;
	struct resp	 o;
	char		*body = NULL, path[512];
	size_t		 bodysz = 0;
	const char	*type;
	long long	 start = mono_ms();
	int		 rendered = 0;

	memset(&o, 0, sizeof(o));
	if (req_read(&r, fr, w->cfg->max_body) == -1) {
		log_error("worker: cannot read the request");
		goto out;
	}
	r.secure = r.https || w->cfg->secure_always;
	if (route_dispatch(w, &r, &o) == -1)
		goto fail;
	if (o.page != NULL) {
		if (body_of(w, &r, &o, &body, &bodysz, &type) == -1)
			goto fail;
		/* A page that rendered (not the 500 page instead) is kept
		 * for the next request with the same key. */
		if (r.cache_on && o.status == 200 && !r.want_xml &&
		    pagecache_put(w->cache, r.cache_key, body, bodysz) == -1)
			log_warn("worker: no memory to keep a page");
		(void)resp_write(fr, &r, body, bodysz, type, &o);
		xmlFree(body);
		rendered = 1;
	} else
		(void)resp_write(fr, &r, o.kept != NULL ? o.kept : o.body,
		    o.bodysz, o.type, &o);
	log_debug("%s %s %d %lldms", r.method_name, logged_path(&r, path,
	    sizeof(path)), o.status, mono_ms() - start);
	goto out;
fail:
	/* Nothing renders: answer in plain text rather than not at all. */
	resp_reset(&o);
	if (resp_text(&o, 500, "text/plain; charset=utf-8",
	    "500 Internal Server Error\n") == 0)
		(void)resp_write(fr, &r, o.body, o.bodysz, o.type, &o);
	log_error("worker: %s %s: answered with plain 500", r.method_name,
	    logged_path(&r, path, sizeof(path)));
out:
	resp_reset(&o);
	req_free(&r);
	/* A transform leaves much freed memory behind, in pages that
	 * would stay the worker's own (its PSS) while nothing uses them:
	 * they go back to the system, after the answer has left, at most
	 * once a second (a trim costs a tenth of a page's rendering). */
	if (rendered && mono_ms() - trimmed >= 1000) {
		(void)malloc_trim(0);
		xmlarena_trim();
		trimmed = mono_ms();
	}
}

void
worker_main(const struct config *cfg, const struct render *rd, int fd)
{
	struct worker		 w;
	FCGX_Request		 fr;
	struct sigaction	 sa;
	sigset_t		 term, none;
	int			 rc;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;	/* no SA_RESTART: interrupt accept */
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigemptyset(&term);
	sigaddset(&term, SIGTERM);
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &term, NULL);

	memset(&w, 0, sizeof(w));
	w.cfg = cfg;
	w.render = rd;
	/* Made after the fork: each worker keeps its own pages. */
	w.cache = pagecache_new((size_t)cfg->cache_kb * 1024);
	if ((w.db = db_open(cfg, 0)) == NULL) {
		log_error("worker: out of memory");
		_exit(1);
	}
	if (FCGX_InitRequest(&fr, fd, FCGI_FAIL_ACCEPT_ON_INTR) != 0) {
		log_error("worker: cannot set up a FastCGI request");
		_exit(1);
	}
	log_debug("worker: ready");
	for (;;) {
		sigprocmask(SIG_SETMASK, &none, NULL);
		if (stopping)
			break;
		rc = FCGX_Accept_r(&fr);
		sigprocmask(SIG_SETMASK, &term, NULL);
		if (rc < 0) {
			if (stopping)
				break;
			/* Interrupted or a failed accept: breathe, go on. */
			if (errno != EINTR)
				usleep(100 * 1000);
			continue;
		}
		serve(&w, &fr);
		FCGX_Finish_r(&fr);
		/* Counts of rate-limited lines do not wait for the next
		 * failure to be written. */
		log_flush();
	}
	FCGX_Finish_r(&fr);
	db_close(w.db);
	pagecache_free(w.cache);
	log_debug("worker: stopped");
	_exit(0);
}
