/*
 * A worker: answers one FastCGI request at a time, on a connection from
 * the shared listening socket or on one it kept open, on its own database
 * connection with the stylesheets the master compiled before forking.
 *
 * Stopping: SIGTERM is blocked while a request is served, so a request in
 * flight always finishes; it is let through only while the worker waits
 * (epoll_pwait, which unblocks it atomically), where it interrupts the
 * wait. The master also shuts the listening socket, which wakes the
 * workers, and repeats the signal while it waits for them.
 */
#include "config.h"

#include <sys/epoll.h>
#include <sys/socket.h>

#include <errno.h>
#include <fcntl.h>
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

/*
 * The connections a worker answers on: the shared listening socket, and
 * the connections it keeps open for the server in front when that asks
 * (FCGI_KEEP_CONN, nginx's fastcgi_keep_conn), watched with one epoll.
 * A kept connection saves a connect and an accept on both sides of every
 * request; it stays this worker's until the server in front closes it.
 */
#define KEPT_MAX	64	/* kept connections per worker */

struct conns {
	int	 ep;		/* epoll: the listener and the kept ones */
	int	 listener;
	int	 kept[KEPT_MAX];
	int	 nkept;
	struct epoll_event evs[16];	/* the last wait's, from next on */
	int	 nev, next;
};

static int
conns_open(struct conns *c, int listener)
{
	struct epoll_event ev;
	int fl;

	memset(c, 0, sizeof(*c));
	c->listener = listener;
	/* Several workers wait on the listener: whoever loses the race
	 * for a connection must not block in accept(), so it does not
	 * (the flag is the socket's, the same in every worker). */
	if ((fl = fcntl(listener, F_GETFL)) == -1 ||
	    fcntl(listener, F_SETFL, fl | O_NONBLOCK) == -1 ||
	    (c->ep = epoll_create1(EPOLL_CLOEXEC)) == -1)
		return -1;
	/* Every waiting worker wakes for a new connection and one gets it.
	 * Not EPOLLEXCLUSIVE: that wakes the first worker in the
	 * listener's queue even when it is already woken and not yet
	 * running, so a burst of connections would wait for that one
	 * while the others sleep. With the connections nginx keeps, new
	 * ones are rare. */
	memset(&ev, 0, sizeof(ev));
	ev.events = EPOLLIN;
	ev.data.fd = listener;
	return epoll_ctl(c->ep, EPOLL_CTL_ADD, listener, &ev);
}

/* Keeps fd to wait for its next request; closes it when there are
 * KEPT_MAX already (the server in front opens another if it must). A
 * kept connection stays watched while its requests are served (the
 * worker waits on none meanwhile): no epoll_ctl for every request. */
static void
conns_keep(struct conns *c, int fd)
{
	struct epoll_event ev;

	for (int i = 0; i < c->nkept; i++)
		if (c->kept[i] == fd)
			return;
	memset(&ev, 0, sizeof(ev));
	ev.events = EPOLLIN;
	ev.data.fd = fd;
	if (c->nkept == KEPT_MAX ||
	    epoll_ctl(c->ep, EPOLL_CTL_ADD, fd, &ev) == -1) {
		close(fd);
		return;
	}
	c->kept[c->nkept++] = fd;
}

/* Forgets fd, which libfcgi closed: closing took it out of the watch. */
static void
conns_forget(struct conns *c, int fd)
{
	for (int i = 0; i < c->nkept; i++)
		if (c->kept[i] == fd) {
			c->kept[i] = c->kept[--c->nkept];
			break;
		}
}

/* Closes every kept connection: the server in front sees them close
 * while idle and opens new ones, to another worker. */
static void
conns_close(struct conns *c)
{
	for (int i = 0; i < c->nkept; i++)
		close(c->kept[i]);
	c->nkept = 0;
	close(c->ep);
}

/*
 * Waits for the next connection with a request on it (SIGTERM let through
 * only while waiting). Returns its fd, or -1 when there is none yet or
 * the worker is stopping.
 */
static int
conns_next(struct conns *c, const sigset_t *waiting)
{
	int n, fd;

	if (c->next == c->nev) {
		c->next = c->nev = 0;
		if ((n = epoll_pwait(c->ep, c->evs, 16, -1, waiting)) == -1) {
			if (errno != EINTR) {
				log_error("worker: epoll: %s", strerror(errno));
				usleep(100 * 1000);
			}
			return -1;
		}
		c->nev = n;
	}
	if (stopping)
		return -1;
	fd = c->evs[c->next++].data.fd;
	if (fd != c->listener)
		return fd;
	if ((fd = accept4(c->listener, NULL, NULL, SOCK_CLOEXEC)) == -1 &&
	    errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR &&
	    errno != ECONNABORTED) {
		/* Out of descriptors or memory: breathe, go on. */
		log_error("worker: accept: %s", strerror(errno));
		usleep(100 * 1000);
	}
	return fd;
}

void
worker_main(const struct config *cfg, const struct render *rd, int fd)
{
	struct worker		 w;
	struct conns		 c;
	FCGX_Request		 fr;
	struct sigaction	 sa;
	sigset_t		 term, none;
	int			 conn;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;	/* no SA_RESTART: interrupt the wait */
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
	if (conns_open(&c, fd) == -1) {
		log_error("worker: cannot watch the socket: %s",
		    strerror(errno));
		_exit(1);
	}
	/* No listening socket of libfcgi's own: the connection is given
	 * to it (ipcFd), and one it finds broken it closes without
	 * accepting another. */
	if (FCGX_InitRequest(&fr, -1, 0) != 0) {
		log_error("worker: cannot set up a FastCGI request");
		_exit(1);
	}
	log_debug("worker: ready");
	while (!stopping) {
		if ((conn = conns_next(&c, &none)) == -1)
			continue;
		/* keepConnection: the finishing of the last request that
		 * FCGX_Accept_r does first leaves this connection open. */
		fr.ipcFd = conn;
		fr.keepConnection = 1;
		if (FCGX_Accept_r(&fr) < 0) {
			/* closed, or no FastCGI: it is closed */
			conns_forget(&c, conn);
			continue;
		}
		serve(&w, &fr);
		FCGX_Finish_r(&fr);
		if (fr.ipcFd != -1)	/* the server in front keeps it */
			conns_keep(&c, fr.ipcFd);
		else
			conns_forget(&c, conn);
		fr.ipcFd = -1;
		/* Counts of rate-limited lines do not wait for the next
		 * failure to be written. */
		log_flush();
	}
	conns_close(&c);
	db_close(w.db);
	pagecache_free(w.cache);
	log_debug("worker: stopped");
	_exit(0);
}
