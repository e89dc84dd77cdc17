/*
 * The courier: the one process that sends what the outbox holds
 * (webhooks and mail through libcurl). The outbox arrives with accounts
 * and registrations; until a migration creates it there is nothing to
 * deliver, so the courier only waits for the master's SIGTERM. It is
 * started and supervised already, so the process model does not change
 * when delivery comes.
 */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "extern.h"

static volatile sig_atomic_t stopping;

static void
on_term(int sig)
{
	(void)sig;
	stopping = 1;
}

void
courier_main(const struct config *cfg)
{
	struct sigaction	 sa;
	sigset_t		 none;

	(void)cfg;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGPIPE, &sa, NULL);
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	while (!stopping)
		pause();
	_exit(0);
}
