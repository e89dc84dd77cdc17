/*
 * cimolt-admin: the operator's command line. Each command is a row of
 * commands[]: its name, what it needs, and the function that runs it.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sodium.h>

#include "extern.h"

struct command {
	const char	*name;
	const char	*usage;
	int		(*fn)(struct config *, int, char *[]);
};

/* migrate: applies the pending schema migrations. */
static int
cmd_migrate(struct config *cfg, int argc, char *argv[])
{
	struct db	*db;
	int		 rc;

	(void)argv;
	if (argc != 1) {
		fprintf(stderr, "usage: cimolt-admin migrate\n");
		return 1;
	}
	if ((db = db_open(cfg, 1)) == NULL)
		return 1;
	rc = migrate_run(db, cfg->schema_dir);
	db_close(db);
	return rc == 0 ? 0 : 1;
}

static const struct command commands[] = {
	{ "migrate", "migrate", cmd_migrate },
};

#define NCOMMANDS (sizeof(commands) / sizeof(commands[0]))

static void
usage(void)
{
	fprintf(stderr, "usage: cimolt-admin [-c config-file] command ...\n"
	    "commands:\n");
	for (size_t i = 0; i < NCOMMANDS; i++)
		fprintf(stderr, "  %s\n", commands[i].usage);
	exit(1);
}

int
main(int argc, char *argv[])
{
	struct config	*cfg;
	const char	*file = NULL;
	int		 ch, rc;

	while ((ch = getopt(argc, argv, "+c:")) != -1)
		switch (ch) {
		case 'c':
			file = optarg;
			break;
		default:
			usage();
		}
	argc -= optind;
	argv += optind;
	if (argc < 1)
		usage();

	log_set_name("cimolt-admin");
	if (sodium_init() < 0) {
		fprintf(stderr, "cimolt-admin: libsodium cannot start\n");
		return 1;
	}
	if ((cfg = config_load(config_path(file))) == NULL)
		return 1;
	log_set_level(cfg->log_level);
	if (db_library_init() == -1) {
		config_free(cfg);
		return 1;
	}
	rc = -1;
	for (size_t i = 0; i < NCOMMANDS; i++)
		if (strcmp(argv[0], commands[i].name) == 0)
			rc = commands[i].fn(cfg, argc, argv);
	if (rc == -1) {
		fprintf(stderr, "cimolt-admin: unknown command %s\n", argv[0]);
		rc = 1;
	}
	db_library_end();
	config_free(cfg);
	return rc;
}
