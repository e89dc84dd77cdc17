/*
 * Layer 5, the programs: the route table and dispatcher, the worker, the
 * courier and the master of cimoltd; cimolt-admin's commands.
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

/* ---- admin-tools.c: what cimolt-admin's commands share ---------------- */

/* The stylesheets, loaded on first use (NULL when they cannot be). */
const struct render *admin_stylesheets(const struct config *);
/* Reads a password from the terminal without echo, or the first line of
 * a pipe. Returns 1 with one, 0 when empty, -1 on failure. */
int	 admin_password(char *buf, size_t sz);
/* The value of option --name VALUE in argv, or NULL. */
const char *admin_option(int argc, char *argv[], const char *name);
/* Runs fn in a transaction on a fresh connection, committing when it
 * returns 0. Returns fn's result, or -1 when the database failed. */
int	 admin_tx(const struct config *, int (*fn)(struct db *, void *),
	    void *arg);
/* Prints the "LINE: what" lines of err, each with the file's name. */
void	 admin_problems(const char *file, const char *err);
/* The whole of a file, NUL-terminated, its size in *sz; NULL (said on
 * stderr) when it cannot be read. */
char	*admin_read_file(const char *path, long *sz);
/* For db_qn_latest: keeps the first id it is given (the newest) in
 * *(long long *)arg, which starts at 0. */
int	 admin_first_qn(long long id, int year, int version, void *arg);

/* ---- admin-site.c: the site's database and its data as a whole --------- */

/* Each takes the configuration and the command's arguments (argv[0] is
 * its name) and returns the exit status. */
int	 cmd_migrate(struct config *, int argc, char *argv[]);
int	 cmd_backup(struct config *, int argc, char *argv[]);
int	 cmd_restore(struct config *, int argc, char *argv[]);
int	 cmd_questionnaire(struct config *, int argc, char *argv[]);
int	 cmd_advice(struct config *, int argc, char *argv[]);
int	 cmd_setup(struct config *, int argc, char *argv[]);
int	 cmd_purge(struct config *, int argc, char *argv[]);
int	 cmd_person(struct config *, int argc, char *argv[]);

#endif /* CIMOLT_PROGRAMS_H */
