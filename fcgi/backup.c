/*
 * Backup and restore: the database as one SQL file, made and loaded by
 * MariaDB's own clients (mariadb-dump and mariadb) on the configured
 * connection. They get the password in an option file of mode 0600 that
 * exists only while they run, never on their command line, which every
 * user of the machine can read in ps.
 *
 * The dump is one InnoDB snapshot (--single-transaction), consistent
 * while cimoltd serves, and takes no locks that would stop it. It is
 * written beside FILE and renamed onto it once complete, so FILE is
 * never a dump cut short. A restore goes only into a database without
 * tables (loading into a used one would mix two states), then applies
 * the migrations, so the backup of an older release comes back at the
 * current schema.
 */
#include "config.h"

#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "domain.h"

/* The line mariadb-dump ends a complete dump with. */
#define DUMP_DONE	"-- Dump completed"

/* Writes key = "value" to f, escaped as MariaDB's option files read it. */
static void
opt_line(FILE *f, const char *key, const char *val)
{
	fprintf(f, "%s = \"", key);
	for (; *val != '\0'; val++) {
		if (*val == '\\' || *val == '"')
			fputc('\\', f);
		fputc(*val, f);
	}
	fputs("\"\n", f);
}

/*
 * Writes the [client] options of the configured connection (user,
 * password, socket or host and port, utf8mb4) to a new file of mode
 * 0600 under $TMPDIR (else /tmp), its name in path. Returns 0, or -1
 * with nothing left behind.
 */
static int
options_file(const struct config *cfg, char *path, size_t sz)
{
	const char	*tmp = getenv("TMPDIR");
	FILE		*f;
	int		 fd;

	if (tmp == NULL || *tmp == '\0')
		tmp = "/tmp";
	if ((size_t)snprintf(path, sz, "%s/cimolt-admin.XXXXXX", tmp) >= sz) {
		log_error("backup: TMPDIR is too long");
		return -1;
	}
	/* mkstemp makes the file 0600, before anything is written. */
	if ((fd = mkstemp(path)) == -1) {
		log_error("backup: %s: %s", path, strerror(errno));
		return -1;
	}
	if ((f = fdopen(fd, "w")) == NULL) {
		close(fd);
		unlink(path);
		return -1;
	}
	fputs("[client]\n", f);
	opt_line(f, "user", cfg->db_user);
	if (cfg->db_password != NULL)
		opt_line(f, "password", cfg->db_password);
	if (cfg->db_socket != NULL)
		opt_line(f, "socket", cfg->db_socket);
	else {
		opt_line(f, "host", cfg->db_host);
		fprintf(f, "port = %d\n", cfg->db_port);
	}
	fputs("default-character-set = utf8mb4\n", f);
	if (fclose(f) != 0) {
		log_error("backup: %s: %s", path, strerror(errno));
		unlink(path);
		return -1;
	}
	return 0;
}

/*
 * Runs argv (found on PATH) with in and out as its standard input and
 * output; its standard error stays ours, so its own messages reach the
 * operator. Returns its exit status, or -1 when it could not run (said).
 */
static int
run(const char *const argv[], int in, int out)
{
	pid_t	 pid;
	int	 status;

	if ((pid = fork()) == -1) {
		log_error("backup: fork: %s", strerror(errno));
		return -1;
	}
	if (pid == 0) {
		if (dup2(in, STDIN_FILENO) == -1 ||
		    dup2(out, STDOUT_FILENO) == -1)
			_exit(127);
		execvp(argv[0], (char *const *)argv);
		fprintf(stderr, "cimolt-admin: %s: %s (Debian: apt-get "
		    "install mariadb-client)\n", argv[0], strerror(errno));
		_exit(127);
	}
	while (waitpid(pid, &status, 0) == -1)
		if (errno != EINTR) {
			log_error("backup: waitpid: %s", strerror(errno));
			return -1;
		}
	if (WIFEXITED(status))
		return WEXITSTATUS(status) == 127 ? -1 : WEXITSTATUS(status);
	log_error("backup: %s ended by signal %d", argv[0],
	    WIFSIGNALED(status) ? WTERMSIG(status) : 0);
	return -1;
}

/*
 * Runs the MariaDB client prog on the configured connection: its option
 * file first (the only place it takes it), then args (NULL-terminated,
 * at most 12), with in and out as its standard input and output (-1:
 * /dev/null). Returns its exit status, or -1 when it could not run.
 */
static int
client(const struct config *cfg, const char *prog, const char *const args[],
    int in, int out)
{
	char		 opts[4096], defaults[4200];
	const char	*argv[16];
	size_t		 n = 0;
	int		 null = -1, status = -1;

	if (options_file(cfg, opts, sizeof(opts)) == -1)
		return -1;
	snprintf(defaults, sizeof(defaults), "--defaults-file=%s", opts);
	argv[n++] = prog;
	argv[n++] = defaults;
	for (; *args != NULL && n < 14; args++)
		argv[n++] = *args;
	argv[n] = NULL;
	if ((in == -1 || out == -1) &&
	    (null = open("/dev/null", O_RDWR)) == -1)
		log_error("backup: /dev/null: %s", strerror(errno));
	else
		status = run(argv, in == -1 ? null : in,
		    out == -1 ? null : out);
	if (null != -1)
		close(null);
	unlink(opts);
	return status;
}

int
backup_dump(const struct config *cfg, const char *file, long long *bytes)
{
	const char	*args[] = { "--single-transaction", "--quick",
	    "--hex-blob", "--no-tablespaces", "--triggers", cfg->db_name,
	    NULL };
	char		 part[4096];
	struct stat	 st;
	int		 out, rc = -1, status;

	if ((size_t)snprintf(part, sizeof(part), "%s.XXXXXX", file) >=
	    sizeof(part)) {
		log_error("backup: %s: name too long", file);
		return -1;
	}
	/* 0600 too: the dump holds personal data and password hashes. */
	if ((out = mkstemp(part)) == -1) {
		log_error("backup: cannot write beside %s: %s", file,
		    strerror(errno));
		return -1;
	}
	if ((status = client(cfg, "mariadb-dump", args, -1, out)) != 0) {
		if (status > 0)
			log_error("backup: mariadb-dump exited %d: nothing "
			    "written to %s", status, file);
		goto out;
	}
	if (fsync(out) == -1 || fstat(out, &st) == -1 ||
	    rename(part, file) == -1) {
		log_error("backup: %s: %s", file, strerror(errno));
		goto out;
	}
	*bytes = (long long)st.st_size;
	rc = 0;
out:
	close(out);
	if (rc == -1)
		unlink(part);
	return rc;
}

/* Returns 1 when one of the first lines of head starts with line. */
static int
has_line(const char *head, const char *line)
{
	const char *p = strstr(head, line);

	return p != NULL && (p == head || p[-1] == '\n');
}

/*
 * Checks that fd holds a whole dump of mariadb-dump: one of its first
 * lines names it (after the "sandbox mode" line of newer versions), its
 * last comment says it completed. Leaves fd at its start. Returns 0, or
 * -1 after saying what is wrong with file.
 */
static int
check_dump(int fd, const char *file)
{
	char	 head[256], tail[256];
	ssize_t	 n;
	off_t	 end;

	if ((n = pread(fd, head, sizeof(head) - 1, 0)) < 0) {
		log_error("restore: %s: %s", file, strerror(errno));
		return -1;
	}
	head[n] = '\0';
	if (!has_line(head, "-- MariaDB dump") &&
	    !has_line(head, "-- MySQL dump")) {
		log_error("restore: %s is not a dump made by cimolt-admin "
		    "backup (mariadb-dump)", file);
		return -1;
	}
	if ((end = lseek(fd, 0, SEEK_END)) == -1 ||
	    (n = pread(fd, tail, sizeof(tail) - 1,
	    end > (off_t)sizeof(tail) - 1 ? end - (off_t)sizeof(tail) + 1 :
	    0)) < 0 || lseek(fd, 0, SEEK_SET) == -1) {
		log_error("restore: %s: %s", file, strerror(errno));
		return -1;
	}
	tail[n] = '\0';
	if (strstr(tail, DUMP_DONE) == NULL) {
		log_error("restore: %s is cut short (it does not end with "
		    "\"%s\"): nothing restored", file, DUMP_DONE);
		return -1;
	}
	return 0;
}

int
backup_restore(const struct config *cfg, struct db *db, const char *file)
{
	const char	*args[] = { "--batch", cfg->db_name, NULL };
	long long	 tables;
	int		 in, rc = -1, status;

	if ((in = open(file, O_RDONLY)) == -1) {
		log_error("restore: %s: %s", file, strerror(errno));
		return -1;
	}
	if (check_dump(in, file) == -1)
		goto out;
	if ((tables = db_table_count(db)) == -1)
		goto out;
	if (tables > 0) {
		log_error("restore: database %s is not empty (%lld tables): "
		    "a backup is restored only into an empty database; drop "
		    "and create it first", cfg->db_name, tables);
		goto out;
	}
	if ((status = client(cfg, "mariadb", args, in, -1)) != 0) {
		if (status > 0)
			log_error("restore: mariadb exited %d loading %s; the "
			    "database may hold part of it: drop and create it "
			    "before trying again", status, file);
		goto out;
	}
	log_info("restore: %s loaded into database %s", file, cfg->db_name);
	rc = migrate_run(db, cfg->schema_dir);
out:
	close(in);
	return rc;
}
