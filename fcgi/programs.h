/*
 * Layer 5, the programs: the route table and dispatcher, the worker, the
 * courier and the master of cimoltd (cimolt-admin has only its main).
 */
#ifndef CIMOLT_PROGRAMS_H
#define CIMOLT_PROGRAMS_H

#include "handlers.h"

/* Fills o for r: finds the route, checks method and role, runs the
 * handler in a transaction (retried when the database asks for it) and
 * turns failures into error pages. Returns 0/-1 (-1: nothing to send). */
int	 route_dispatch(struct worker *, struct req *r, struct resp *o);

/* ---- worker.c, courier.c, master.c ------------------------------------ */

/* Serves requests on the listening socket until told to stop. Never
 * returns: exits the process. */
void	 worker_main(const struct config *, const struct render *, int fd)
	    __attribute__((noreturn));
/* Delivers outgoing mail until told to stop. Never returns. */
void	 courier_main(const struct config *, const struct render *)
	    __attribute__((noreturn));
/* Runs the master: opens the socket, forks and supervises the children.
 * Returns the process exit status. */
int	 master_run(const char *config_file);

#endif /* CIMOLT_PROGRAMS_H */
