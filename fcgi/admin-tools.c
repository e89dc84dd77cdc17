/*
 * What the commands of cimolt-admin share: options, passwords read from
 * the terminal, a transaction per command, files and their problems,
 * the stylesheets for the mails some commands queue.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <termios.h>

#include <libxml/parser.h>
#include <sodium.h>

#include "programs.h"

/* The stylesheets, for the mails some commands queue. */
const struct render *
admin_stylesheets(const struct config *cfg)
{
	static struct render *rd;

	if (rd == NULL) {
		render_library_init();
		rd = render_load(cfg->xslt_dir);
	}
	return rd;
}

/*
 * Reads the password for a new user: from the terminal without echo, or
 * the first line of a pipe. Returns 1 with one, 0 when empty (an
 * invitation then), -1 on failure.
 */
int
admin_password(char *buf, size_t sz)
{
	struct termios	 t, quiet;
	int		 tty = isatty(STDIN_FILENO), rc = 0;
	size_t		 n;

	if (tty) {
		fprintf(stderr, "Password (empty: mail an invitation): ");
		if (tcgetattr(STDIN_FILENO, &t) == -1)
			return -1;
		quiet = t;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
	}
	if (fgets(buf, (int)sz, stdin) == NULL)
		buf[0] = '\0';
	if (tty) {
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &t);
		fputc('\n', stderr);
	}
	n = strcspn(buf, "\r\n");
	buf[n] = '\0';
	if (n > 0)
		rc = 1;
	return rc;
}

/* Returns the value of option name (--name VALUE) in argv, or NULL. */
const char *
admin_option(int argc, char *argv[], const char *name)
{
	for (int i = 1; i + 1 < argc; i++)
		if (strncmp(argv[i], "--", 2) == 0 &&
		    strcmp(argv[i] + 2, name) == 0)
			return argv[i + 1];
	return NULL;
}

/* Runs fn in a transaction on a fresh connection, committing when it
 * returns 0. Returns fn's result, or -1 when the database failed. */
int
admin_tx(const struct config *cfg, int (*fn)(struct db *, void *), void *arg)
{
	struct db	*db;
	int		 rc = -1;

	if ((db = db_open(cfg, 0)) == NULL)
		return -1;
	if (db_begin(db) == 0) {
		rc = fn(db, arg);
		if (rc == 0 && db_commit(db) == -1)
			rc = -1;
		else if (rc != 0)
			db_rollback(db);
	}
	db_close(db);
	return rc;
}

/* Prints the "LINE: what" lines of err, each with the file's name. */
void
admin_problems(const char *file, const char *err)
{
	const char *p = err, *nl;

	while (*p != '\0') {
		if ((nl = strchr(p, '\n')) == NULL)
			nl = p + strlen(p);
		fprintf(stderr, "%s:%.*s\n", file, (int)(nl - p), p);
		p = *nl ? nl + 1 : nl;
	}
}

/* Reads a whole file of at most 16 MiB, NUL-terminated (*sz without the
 * NUL). Returns it (malloc'd) or NULL, having said why. */
char *
admin_read_file(const char *path, long *sz)
{
	FILE	*f;
	char	*buf = NULL;

	if ((f = fopen(path, "rb")) == NULL) {
		perror(path);
		return NULL;
	}
	if (fseek(f, 0, SEEK_END) == 0 && (*sz = ftell(f)) > 0 &&
	    *sz < (16 << 20) && fseek(f, 0, SEEK_SET) == 0 &&
	    (buf = malloc((size_t)*sz + 1)) != NULL &&
	    fread(buf, 1, (size_t)*sz, f) == (size_t)*sz)
		buf[*sz] = '\0';
	else {
		fprintf(stderr, "%s: cannot be read (empty, or over 16 MiB)\n",
		    path);
		free(buf);
		buf = NULL;
	}
	fclose(f);
	return buf;
}

/* For db_qn_latest: keeps the first questionnaire's id, the newest. */
int
admin_first_qn(long long id, int year, int version, void *arg)
{
	(void)year;
	(void)version;
	if (*(long long *)arg == 0)
		*(long long *)arg = id;
	return 0;
}
