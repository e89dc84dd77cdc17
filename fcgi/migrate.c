/*
 * Migrations: schema/NNN_name.sql applied in name order, each recorded in
 * schema_migrations with the SHA-256 of its text. A recorded file whose
 * text changed stops everything: the database no longer matches what the
 * files say, and guessing would be worse than stopping. MariaDB commits
 * DDL at once, so a file cannot be rolled back; it is recorded only after
 * it ran whole, and each file should be safe to re-run if it failed half
 * way (CREATE TABLE IF NOT EXISTS and the like).
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "domain.h"

/* Returns 1 when name looks like NNN_something.sql, else 0. */
static int
is_migration(const char *name)
{
	size_t n = strlen(name);

	return n > 8 && name[0] >= '0' && name[0] <= '9' &&
	    name[1] >= '0' && name[1] <= '9' && name[2] >= '0' &&
	    name[2] <= '9' && name[3] == '_' &&
	    strcmp(name + n - 4, ".sql") == 0;
}

static int
cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Reads a whole file into a malloc'd buffer. Returns it or NULL. */
static char *
slurp(const char *path, size_t *len)
{
	FILE	*f;
	char	*buf = NULL;
	long	 sz;

	if ((f = fopen(path, "rb")) == NULL) {
		log_error("migrate: %s: %s", path, strerror(errno));
		return NULL;
	}
	if (fseek(f, 0, SEEK_END) == 0 && (sz = ftell(f)) >= 0 &&
	    fseek(f, 0, SEEK_SET) == 0 && (buf = malloc((size_t)sz + 1)) &&
	    fread(buf, 1, (size_t)sz, f) == (size_t)sz) {
		buf[sz] = '\0';
		*len = (size_t)sz;
	} else {
		log_error("migrate: %s: cannot read", path);
		free(buf);
		buf = NULL;
	}
	fclose(f);
	return buf;
}

int
migrate_run(struct db *db, const char *dir)
{
	DIR		*d;
	struct dirent	*de;
	char		**names = NULL, **more, path[1024], hex[65], have[65];
	unsigned char	 sum[crypto_hash_sha256_BYTES];
	size_t		 n = 0, cap = 0, len, applied = 0;
	char		*sql;
	int		 rc = -1, found;

	if ((d = opendir(dir)) == NULL) {
		log_error("migrate: %s: %s", dir, strerror(errno));
		return -1;
	}
	while ((de = readdir(d)) != NULL) {
		if (!is_migration(de->d_name))
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			if ((more = reallocarray(names, cap, sizeof(*names))) ==
			    NULL)
				goto out;
			names = more;
		}
		if ((names[n] = strdup(de->d_name)) == NULL)
			goto out;
		n++;
	}
	if (n > 0)	/* qsort(NULL, 0, ...) is undefined */
		qsort(names, n, sizeof(*names), cmp);
	if (db_migrations_init(db) == -1)
		goto out;

	for (size_t i = 0; i < n; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		if ((sql = slurp(path, &len)) == NULL)
			goto out;
		crypto_hash_sha256(sum, (unsigned char *)sql, len);
		sodium_bin2hex(hex, sizeof(hex), sum, sizeof(sum));
		if ((found = db_migration_get(db, names[i], have)) == -1) {
			free(sql);
			goto out;
		}
		if (found) {
			free(sql);
			if (strcmp(have, hex) != 0) {
				log_error("migrate: %s was applied with "
				    "checksum %.12s but the file now has %.12s: "
				    "restore the file, and put changes in a new "
				    "migration", names[i], have, hex);
				goto out;
			}
			continue;
		}
		log_info("migrate: applying %s", names[i]);
		if (db_exec_script(db, sql, len) == -1 ||
		    db_migration_put(db, names[i], hex) == -1) {
			log_error("migrate: %s failed", names[i]);
			free(sql);
			goto out;
		}
		free(sql);
		applied++;
	}
	log_info("migrate: %zu applied, %zu already there", applied,
	    n - applied);
	rc = 0;
out:
	closedir(d);
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return rc;
}
