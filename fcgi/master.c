/*
 * The master process: reads the configuration, opens the listening
 * socket, compiles the stylesheets, forks the workers and the courier and
 * keeps them running.
 *
 * - A child that dies is forked again at once; one that dies within a
 *   second of its start waits 0.5 s, then 1 s, 2 s ... up to 30 s, so a
 *   child that cannot start is no fork bomb.
 * - SIGHUP reloads: a new configuration and new stylesheets are loaded
 *   (on any error the running ones stay), a new generation of children is
 *   forked on the same socket, and the old one is told to stop; the old
 *   workers finish the requests they hold, so none is dropped.
 * - SIGTERM or SIGINT drains: the listening socket is shut (waking every
 *   worker blocked in accept), the children finish their requests and
 *   exit, and whatever is left after 4.5 s is killed, so the master is
 *   gone within 5 s.
 *
 * Signals are blocked in the master and taken with sigtimedwait(), so all
 * of this runs in ordinary code, not in signal handlers.
 */
#include "config.h"

#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>

#include <errno.h>
#include <grp.h>
#include <malloc.h>
#include <netdb.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <fcgiapp.h>

#include "programs.h"

#define MAX_SLOTS	257	/* 256 workers and the courier */
#define MAX_OLD		(2 * MAX_SLOTS)
#define BACKOFF_MIN	500
#define BACKOFF_MAX	30000
#define DRAIN_MS	4500

struct slot {
	pid_t		 pid;		/* 0: not running */
	pid_t		 last;		/* the one before, 0: none */
	long long	 started;	/* ms */
	long long	 due;		/* when to fork again, ms */
	int		 backoff;	/* ms */
};

struct master {
	struct config	*cfg;
	struct render	*rd;
	int		 fd;
	char		*unix_path;	/* to unlink at exit, or NULL */
	struct slot	 slots[MAX_SLOTS];
	int		 nslots;	/* workers + 1; the last is the courier */
	pid_t		 old[MAX_OLD];	/* previous generations, stopping */
	int		 nold;
	sigset_t	 orig_mask;
};

/* Opens a unix socket at path with the configured mode and group.
 * Returns the descriptor or -1. */
static int
open_unix(const struct config *cfg, const char *path)
{
	struct sockaddr_un	 sun;
	struct stat		 st;
	struct group		*gr;
	int			 fd = -1;

	memset(&sun, 0, sizeof(sun));
	sun.sun_family = AF_UNIX;
	if (strlen(path) >= sizeof(sun.sun_path)) {
		log_error("listen: %s: path longer than %zu bytes", path,
		    sizeof(sun.sun_path) - 1);
		return -1;
	}
	memcpy(sun.sun_path, path, strlen(path));
	/* A socket left by a crashed run is in the way; one that answers
	 * belongs to a running cimoltd, and anything else at that path is
	 * not ours to remove. */
	if (lstat(path, &st) == 0) {
		if (!S_ISSOCK(st.st_mode)) {
			log_error("listen: %s exists and is no socket", path);
			return -1;
		}
		if ((fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0)) != -1 &&
		    connect(fd, (struct sockaddr *)&sun, sizeof(sun)) == 0) {
			log_error("listen: %s: another server answers there",
			    path);
			close(fd);
			return -1;
		}
		if (fd != -1)
			close(fd);
		unlink(path);
	}
	if ((fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0)) == -1 ||
	    bind(fd, (struct sockaddr *)&sun, sizeof(sun)) == -1) {
		log_error("listen: %s: %s", path, strerror(errno));
		goto err;
	}
	if (cfg->socket_mode != -1 && chmod(path, (mode_t)cfg->socket_mode)) {
		log_error("listen: chmod %s: %s", path, strerror(errno));
		goto err;
	}
	if (cfg->socket_group != NULL) {
		if ((gr = getgrnam(cfg->socket_group)) == NULL) {
			log_error("listen: no group %s", cfg->socket_group);
			goto err;
		}
		if (chown(path, (uid_t)-1, gr->gr_gid) == -1) {
			log_error("listen: chown %s: %s", path,
			    strerror(errno));
			goto err;
		}
	}
	return fd;
err:
	if (fd != -1)
		close(fd);
	return -1;
}

/* Opens a TCP socket on "host:port". Returns the descriptor or -1. */
static int
open_tcp(const char *spec)
{
	struct addrinfo	 hints, *res = NULL;
	char		 host[256];
	const char	*colon = strrchr(spec, ':');
	int		 fd = -1, one = 1, rc;

	if (colon == NULL || colon == spec ||
	    (size_t)(colon - spec) >= sizeof(host)) {
		log_error("listen: %s: not unix:PATH or HOST:PORT", spec);
		return -1;
	}
	snprintf(host, sizeof(host), "%.*s", (int)(colon - spec), spec);
	memset(&hints, 0, sizeof(hints));
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
	if ((rc = getaddrinfo(host, colon + 1, &hints, &res)) != 0) {
		log_error("listen: %s: %s", spec, gai_strerror(rc));
		return -1;
	}
	if ((fd = socket(res->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0)) ==
	    -1 || setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one,
	    sizeof(one)) == -1 ||
	    bind(fd, res->ai_addr, res->ai_addrlen) == -1) {
		log_error("listen: %s: %s", spec, strerror(errno));
		if (fd != -1)
			close(fd);
		fd = -1;
	}
	freeaddrinfo(res);
	return fd;
}

/* Opens and listens on the configured socket. Returns 0/-1. */
static int
open_listener(struct master *m)
{
	const char *spec = m->cfg->listen;

	if (strncmp(spec, "unix:", 5) == 0) {
		if ((m->unix_path = strdup(spec + 5)) == NULL)
			return -1;
		m->fd = open_unix(m->cfg, m->unix_path);
	} else
		m->fd = open_tcp(spec);
	if (m->fd == -1)
		return -1;
	if (listen(m->fd, 128) == -1) {
		log_error("listen: %s: %s", spec, strerror(errno));
		return -1;
	}
	log_info("listening on %s", spec);
	return 0;
}

/*
 * Gives the pages of freed memory back to the system before children are
 * forked: what compiling the stylesheets parsed and dropped, and after a
 * reload the whole former set. Left resident, those pages would be shared
 * with every child and counted in its memory (PSS) while nobody uses
 * them.
 */
static void
release_free_memory(void)
{
	static void		*plug[4096];
	static size_t		 nplug;
	struct mallinfo2	 mi;
	char			*top;
	void			*p;

	/* The plugs of the last time go first: a reload freed the former
	 * set of stylesheets around them. */
	while (nplug > 0)
		free(plug[--nplug]);
	(void)malloc_trim(0);
	/*
	 * What stays free is holes between the blocks in use (after a
	 * reload, the former set's place below the new one). A child's
	 * malloc would fill them first, writing into pages it shares with
	 * every other process and so making each a private copy: the
	 * holes are plugged here with blocks nobody uses, from the largest
	 * down, so that the children's memory comes from the top of the
	 * heap, in pages of their own. A plug writes only its header: the
	 * pages inside it were given back above and stay so. A block that
	 * comes from the top of the heap (or is mapped apart) means no
	 * hole of its size is left.
	 */
	mi = mallinfo2();
	top = (char *)sbrk(0) - mi.keepcost;
	for (size_t sz = mi.fordblks; sz >= 32 && nplug < 4096; sz /= 2)
		while (nplug < 4096 && (p = malloc(sz)) != NULL) {
			if ((char *)p >= top) {
				free(p);
				break;
			}
			plug[nplug++] = p;
		}
}

/* Forks the child of slot i: a worker, or the courier for the last slot. */
static void
spawn(struct master *m, int i)
{
	struct slot	*s = &m->slots[i];
	pid_t		 pid;

	if ((pid = fork()) == -1) {
		log_error("fork: %s", strerror(errno));
		s->due = mono_ms() + 1000;
		return;
	}
	if (pid == 0) {
		sigprocmask(SIG_SETMASK, &m->orig_mask, NULL);
		/* Named, so ps and top tell the children apart. */
		if (i == m->nslots - 1) {
			close(m->fd);
			log_set_name("cimoltd-courier");
			prctl(PR_SET_NAME, "cimoltd-courier");
			courier_main(m->cfg, m->rd);
		}
		log_set_name("cimoltd-worker");
		prctl(PR_SET_NAME, "cimoltd-worker");
		worker_main(m->cfg, m->rd, m->fd);
	}
	if (s->last != 0)
		log_info("%s %ld started in place of %ld",
		    i == m->nslots - 1 ? "courier" : "worker", (long)pid,
		    (long)s->last);
	s->pid = pid;
	s->last = pid;
	s->started = mono_ms();
	s->due = 0;
}

/* Collects dead children; schedules a new fork for each slot that lost
 * its child, unless stopping. */
static void
reap(struct master *m, int stopping)
{
	pid_t		 pid;
	int		 st, i;
	long long	 now = mono_ms(), lived;

	while ((pid = waitpid(-1, &st, WNOHANG)) > 0) {
		for (i = 0; i < m->nold; i++)
			if (m->old[i] == pid) {
				m->old[i] = m->old[--m->nold];
				break;
			}
		for (i = 0; i < m->nslots; i++)
			if (m->slots[i].pid == pid)
				break;
		if (i == m->nslots)
			continue;
		m->slots[i].pid = 0;
		if (stopping)
			continue;
		if (WIFSIGNALED(st))
			log_warn("child %ld killed by signal %d", (long)pid,
			    WTERMSIG(st));
		else
			log_warn("child %ld exited with status %d", (long)pid,
			    WEXITSTATUS(st));
		lived = now - m->slots[i].started;
		if (lived < 1000) {
			m->slots[i].backoff = m->slots[i].backoff ?
			    m->slots[i].backoff * 2 : BACKOFF_MIN;
			if (m->slots[i].backoff > BACKOFF_MAX)
				m->slots[i].backoff = BACKOFF_MAX;
		} else
			m->slots[i].backoff = 0;
		m->slots[i].due = now + m->slots[i].backoff;
		if (m->slots[i].backoff)
			log_warn("child died within a second of its start: "
			    "next try in %d ms", m->slots[i].backoff);
	}
}

/* Sends sig to every child, current and old. */
static void
signal_all(struct master *m, int sig)
{
	for (int i = 0; i < m->nslots; i++)
		if (m->slots[i].pid > 0)
			kill(m->slots[i].pid, sig);
	for (int i = 0; i < m->nold; i++)
		kill(m->old[i], sig);
}

static int
children_left(const struct master *m)
{
	int n = m->nold;

	for (int i = 0; i < m->nslots; i++)
		n += m->slots[i].pid > 0;
	return n;
}

/* Loads configuration and stylesheets anew and replaces the children. */
static void
reload(struct master *m)
{
	struct config	*cfg;
	struct render	*rd;

	log_info("reloading %s", m->cfg->file);
	if ((cfg = config_load(m->cfg->file)) == NULL) {
		log_error("reload: configuration has errors; "
		    "keeping the running one");
		return;
	}
	if ((rd = render_load(cfg->xslt_dir)) == NULL) {
		log_error("reload: stylesheets have errors; "
		    "keeping the running ones");
		config_free(cfg);
		return;
	}
	render_warm(rd);
	if (strcmp(cfg->listen, m->cfg->listen) != 0)
		log_warn("reload: listen changed; it takes a restart");
	/* The running children become the old generation. */
	for (int i = 0; i < m->nslots; i++)
		if (m->slots[i].pid > 0 && m->nold < MAX_OLD) {
			m->old[m->nold++] = m->slots[i].pid;
			kill(m->slots[i].pid, SIGTERM);
		}
	config_free(m->cfg);
	render_free(m->rd);
	m->cfg = cfg;
	m->rd = rd;
	log_set_level(cfg->log_level);
	release_free_memory();
	memset(m->slots, 0, sizeof(m->slots));
	m->nslots = cfg->workers + 1;
	for (int i = 0; i < m->nslots; i++)
		spawn(m, i);
	log_info("reloaded: %d workers", cfg->workers);
}

/* Drains and stops every child within DRAIN_MS. */
static void
drain(struct master *m)
{
	struct timespec	 ts = { 0, 100 * 1000 * 1000 };
	sigset_t	 chld;
	long long	 deadline = mono_ms() + DRAIN_MS, resend = 0;

	log_info("stopping: draining requests");
	signal_all(m, SIGTERM);
	/* Wakes every worker blocked in accept(); the connections already
	 * accepted are separate sockets and are answered. */
	shutdown(m->fd, SHUT_RDWR);
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	while (children_left(m) > 0 && mono_ms() < deadline) {
		(void)sigtimedwait(&chld, NULL, &ts);
		reap(m, 1);
		if (mono_ms() >= resend) {
			signal_all(m, SIGTERM);
			resend = mono_ms() + 300;
		}
	}
	if (children_left(m) > 0) {
		log_warn("stopping: %d children still busy; killing them",
		    children_left(m));
		signal_all(m, SIGKILL);
		while (children_left(m) > 0 && waitpid(-1, NULL, 0) > 0)
			reap(m, 1);
		/* waitpid reaped them; clear what reap() could not see. */
		m->nold = 0;
		for (int i = 0; i < m->nslots; i++)
			m->slots[i].pid = 0;
	}
}

int
master_run(const char *file)
{
	struct master	 m;
	sigset_t	 set;
	struct timespec	 ts;
	long long	 now, wait, resend = 0;
	int		 sig, rc = 1;

	memset(&m, 0, sizeof(m));
	m.fd = -1;
	if ((m.cfg = config_load(file)) == NULL)
		return 1;
	log_set_level(m.cfg->log_level);
	if ((m.rd = render_load(m.cfg->xslt_dir)) == NULL)
		goto out;
	render_warm(m.rd);
	/* Before any child: they inherit the mapping. Without it every
	 * reading of the data version goes to the database. */
	if (dataver_open(m.cfg, 1) == -1)
		log_warn("no shared change counter: %s", strerror(errno));
	if (FCGX_Init() != 0) {
		log_error("FCGX_Init failed");
		goto out;
	}
	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGHUP);
	sigprocmask(SIG_BLOCK, &set, &m.orig_mask);
	signal(SIGPIPE, SIG_IGN);
	if (open_listener(&m) == -1)
		goto out;

	release_free_memory();
	m.nslots = m.cfg->workers + 1;
	for (int i = 0; i < m.nslots; i++)
		spawn(&m, i);
	log_info("started %d workers and the courier", m.cfg->workers);

	for (;;) {
		log_flush();
		now = mono_ms();
		wait = 1000;
		for (int i = 0; i < m.nslots; i++)
			if (m.slots[i].pid == 0 && m.slots[i].due - now < wait)
				wait = m.slots[i].due - now;
		/* Old children still stopping get the signal again now and
		 * then: one may have missed it on its way into accept(). */
		if (m.nold > 0 && wait > 300)
			wait = 300;
		if (wait < 0)
			wait = 0;
		ts.tv_sec = wait / 1000;
		ts.tv_nsec = (wait % 1000) * 1000000;
		sig = sigtimedwait(&set, NULL, &ts);
		if (sig == SIGTERM || sig == SIGINT) {
			drain(&m);
			rc = 0;
			break;
		}
		if (sig == SIGHUP)
			reload(&m);
		reap(&m, 0);
		now = mono_ms();
		for (int i = 0; i < m.nslots; i++)
			if (m.slots[i].pid == 0 && m.slots[i].due <= now)
				spawn(&m, i);
		if (m.nold > 0 && now >= resend) {
			for (int i = 0; i < m.nold; i++)
				kill(m.old[i], SIGTERM);
			resend = now + 300;
		}
	}
	log_info("stopped");
out:
	if (m.fd != -1)
		close(m.fd);
	if (m.unix_path != NULL) {
		unlink(m.unix_path);
		free(m.unix_path);
	}
	render_free(m.rd);
	config_free(m.cfg);
	return rc;
}
