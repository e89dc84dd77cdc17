/*
 * Creating the site's database and its user on a local MariaDB, for
 * cimolt-admin setup. This connects as an administrator (by default root
 * over the unix socket, which Debian's MariaDB lets the system's root in
 * by), not as the site's user, and keeps its own connection.
 *
 * DDL takes no placeholders, so the names and the password reach the
 * server as user variables set by a prepared statement, and the DDL text
 * is built by the server with EXECUTE IMMEDIATE from those variables:
 * nothing the configuration holds is ever pasted into SQL here. The names
 * are also checked to be plain identifiers first, for a clear message.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <mysql.h>

#include "db-int.h"

/* What the admin connection runs, in order; every statement is fixed
 * text. @db, @user and @pw are set beforehand. */
static const char *const setup_sql[] = {
	"EXECUTE IMMEDIATE CONCAT('CREATE DATABASE IF NOT EXISTS `',"
	" REPLACE(@db, '`', '``'), '`'"
	" ' CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci')",
	"EXECUTE IMMEDIATE CONCAT('CREATE USER IF NOT EXISTS ', QUOTE(@user),"
	" '@''localhost'' IDENTIFIED BY ', QUOTE(@pw))",
	"EXECUTE IMMEDIATE CONCAT('GRANT ALL PRIVILEGES ON `',"
	" REPLACE(@db, '`', '``'), '`.* TO ', QUOTE(@user), '@''localhost''')",
};

/* A plain MariaDB identifier: letters, digits and _, 1 to 64 bytes. */
static int
plain_name(const char *s)
{
	size_t n = strlen(s);

	if (n == 0 || n > 64)
		return 0;
	return strspn(s, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") == n;
}

/* Sets @db, @user and @pw with one prepared statement. Returns 0/-1. */
static int
set_vars(MYSQL *my, const struct config *c, char *err, size_t errsz)
{
	static const char	 sql[] = "SET @db = ?, @user = ?, @pw = ?";
	const char		*v[3] = { c->db_name, c->db_user, c->db_password };
	unsigned long		 len[3];
	MYSQL_BIND		 b[3];
	MYSQL_STMT		*st;
	int			 rc = 0;

	memset(b, 0, sizeof(b));
	for (int i = 0; i < 3; i++) {
		len[i] = (unsigned long)strlen(v[i]);
		b[i].buffer_type = MYSQL_TYPE_STRING;
		b[i].buffer = (void *)(uintptr_t)v[i];
		b[i].buffer_length = len[i];
		b[i].length = &len[i];
	}
	if ((st = mysql_stmt_init(my)) == NULL)
		return snprintf(err, errsz, "out of memory"), -1;
	if (mysql_stmt_prepare(st, sql, sizeof(sql) - 1) != 0 ||
	    mysql_stmt_bind_param(st, b) != 0 || mysql_stmt_execute(st) != 0) {
		snprintf(err, errsz, "%s", mysql_stmt_error(st));
		rc = -1;
	}
	mysql_stmt_close(st);
	return rc;
}

int
db_setup_site(const struct config *c, const char *admin_user,
    const char *admin_password, char *err, size_t errsz)
{
	MYSQL		*my;
	unsigned int	 timeout = 5;
	int		 rc = -1;

	if (!plain_name(c->db_name) || !plain_name(c->db_user)) {
		snprintf(err, errsz, "[database] name and user must be 1 to 64 "
		    "letters, digits or _ (they are \"%s\" and \"%s\")",
		    c->db_name, c->db_user);
		return -1;
	}
	if (c->db_password == NULL || *c->db_password == '\0' ||
	    strcmp(c->db_password, "change-me") == 0) {
		snprintf(err, errsz, "[database] password is %s: put a password "
		    "of your own there first (e.g. the output of openssl rand "
		    "-hex 16)", c->db_password == NULL ||
		    *c->db_password == '\0' ? "empty" : "still change-me");
		return -1;
	}
	if (c->db_socket == NULL && c->db_host != NULL &&
	    strcmp(c->db_host, "localhost") != 0 &&
	    strcmp(c->db_host, "127.0.0.1") != 0 &&
	    strcmp(c->db_host, "::1") != 0) {
		snprintf(err, errsz, "[database] host is %s: setup creates the "
		    "database on a local MariaDB only; on another server, create "
		    "database %s and user %s there and run cimolt-admin migrate",
		    c->db_host, c->db_name, c->db_user);
		return -1;
	}
	if ((my = mysql_init(NULL)) == NULL) {
		snprintf(err, errsz, "out of memory");
		return -1;
	}
	mysql_options(my, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	mysql_options(my, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
	if (mysql_real_connect(my, c->db_socket ? NULL : c->db_host,
	    admin_user, admin_password, NULL,
	    c->db_socket ? 0 : (unsigned int)c->db_port, c->db_socket,
	    0) == NULL) {
		snprintf(err, errsz, "cannot connect to MariaDB at %s as %s: %s "
		    "(run setup as root, with MariaDB running, or name an "
		    "administrator with --admin-user)",
		    c->db_socket ? c->db_socket : c->db_host, admin_user,
		    mysql_error(my));
		goto out;
	}
	if (set_vars(my, c, err, errsz) == -1)
		goto out;
	for (size_t i = 0; i < sizeof(setup_sql) / sizeof(setup_sql[0]); i++)
		if (mysql_real_query(my, setup_sql[i],
		    strlen(setup_sql[i])) != 0) {
			snprintf(err, errsz, "creating database %s and user %s "
			    "as %s: %s", c->db_name, c->db_user, admin_user,
			    mysql_error(my));
			goto out;
		}
	rc = 0;
out:
	mysql_close(my);
	return rc;
}
