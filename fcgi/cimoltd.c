/*
 * cimoltd: the CIMoLT FastCGI server. Parses the command line, sets up
 * the libraries once, before any fork, and hands over to the master.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <sodium.h>

#include "programs.h"

static void
usage(void)
{
	fprintf(stderr, "usage: cimoltd [-V] [-c config-file]\n");
	exit(1);
}

int
main(int argc, char *argv[])
{
	const char	*file = NULL;
	int		 ch, rc;

	while ((ch = getopt(argc, argv, "c:V")) != -1)
		switch (ch) {
		case 'c':
			file = optarg;
			break;
		case 'V':
			printf("cimoltd %s\n", PACKAGE_VERSION);
			return 0;
		default:
			usage();
		}
	if (optind != argc)
		usage();

	log_set_name("cimoltd");
	clock_init();
	render_library_init();
	if (sodium_init() < 0) {
		log_error("libsodium cannot start");
		return 1;
	}
	if (db_library_init() == -1)
		return 1;
	rc = master_run(config_path(file));
	db_library_end();
	render_library_end();
	return rc;
}
