/* Unit tests of the configuration parser (fcgi/config.c). */
#include "config.h"

#include <sched.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "../../fcgi/domain.h"

static char path[64];
static char errpath[64];

/* Writes text to a fresh temporary file, whose name goes to path. */
static void
write_ini(const char *text)
{
	int	 fd;
	FILE	*f;

	snprintf(path, sizeof(path), "/tmp/cimolt-test-XXXXXX");
	assert_true((fd = mkstemp(path)) != -1);
	assert_non_null(f = fdopen(fd, "w"));
	fputs(text, f);
	fclose(f);
}

/* Loads path with stderr captured; returns the config and leaves the
 * captured text in errbuf. */
static struct config *
load(char *errbuf, size_t sz)
{
	struct config	*cfg;
	FILE		*f;
	int		 saved, fd;
	size_t		 n;

	snprintf(errpath, sizeof(errpath), "/tmp/cimolt-err-XXXXXX");
	assert_true((fd = mkstemp(errpath)) != -1);
	fflush(stderr);
	saved = dup(STDERR_FILENO);
	dup2(fd, STDERR_FILENO);
	cfg = config_load(path);
	fflush(stderr);
	dup2(saved, STDERR_FILENO);
	close(saved);
	close(fd);
	assert_non_null(f = fopen(errpath, "r"));
	n = fread(errbuf, 1, sz - 1, f);
	errbuf[n] = '\0';
	fclose(f);
	unlink(errpath);
	unlink(path);
	return cfg;
}

static const char good[] =
    "[server]\n"
    "listen = unix:/run/cimolt/cimoltd.sock\n"
    "socket_mode = 0660\n"
    "workers = 3\n"
    "max_body = 2048\n"
    "log_level = debug\n"
    "[paths]\n"
    "xslt = /x\n"
    "[database]\n"
    "socket = /run/mysqld/mysqld.sock\n"
    "user = cimolt\n"
    "password = geheim\n"
    "name = cimolt\n"
    "[site]\n"
    "base_url = https://cimolt.example.nl\n"
    "secret = 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n"
    "[mail]\n"
    "webhook_url = http://127.0.0.1:8025/hook\n"
    "webhook_secret = s\n"
    "retry_base_seconds = 2\n";

/* The [site] section every other test config needs. */
#define SITE "[site]\nbase_url = http://x\nsecret = " \
    "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n"

static void
config_reads_every_key(void **state)
{
	struct config	*cfg;
	char		 err[1024];

	(void)state;
	write_ini(good);
	assert_non_null(cfg = load(err, sizeof(err)));
	assert_string_equal(err, "");
	assert_string_equal(cfg->listen, "unix:/run/cimolt/cimoltd.sock");
	assert_int_equal(cfg->socket_mode, 0660);
	assert_int_equal(cfg->workers, 3);
	assert_int_equal(cfg->max_body, 2048);
	assert_int_equal(cfg->log_level, LOG_DEBUG);
	assert_string_equal(cfg->xslt_dir, "/x");
	assert_string_equal(cfg->schema_dir, PKGDATADIR "/schema");
	assert_string_equal(cfg->db_socket, "/run/mysqld/mysqld.sock");
	assert_string_equal(cfg->db_password, "geheim");
	assert_string_equal(cfg->base_url, "https://cimolt.example.nl");
	assert_string_equal(cfg->webhook_url, "http://127.0.0.1:8025/hook");
	assert_int_equal(cfg->retry_base_seconds, 2);
	assert_int_equal(cfg->retry_hours, 72);
	assert_int_equal(cfg->idle_minutes, 120);
	assert_int_equal(cfg->min_group, 5);
	config_free(cfg);
}

static void
config_missing_key_names_file_section_line_and_key(void **state)
{
	char err[1024], want[256];

	(void)state;
	write_ini("[server]\nlisten = 127.0.0.1:9000\n\n[database]\n"
	    "socket = /s\nuser = u\n" SITE);
	assert_null(load(err, sizeof(err)));
	snprintf(want, sizeof(want), "%s:4: [database] name: missing\n", path);
	assert_string_equal(err, want);
}

static void
config_bad_number_names_its_line(void **state)
{
	char err[1024], want[256];

	(void)state;
	write_ini("[server]\nlisten = 127.0.0.1:9000\nworkers = 0\n"
	    "[database]\nsocket = /s\nuser = u\nname = n\n" SITE);
	assert_null(load(err, sizeof(err)));
	snprintf(want, sizeof(want), "%s:3: [server] workers: not a whole "
	    "number from 1 to 256 or auto: \"0\"\n", path);
	assert_string_equal(err, want);
}

/* workers = auto, and no workers key at all: one worker per CPU this
 * process may run on, at least two. */
static void
config_workers_auto_is_one_per_cpu_at_least_two(void **state)
{
	struct config	*cfg;
	cpu_set_t	 set;
	char		 err[1024];
	int		 want;

	(void)state;
	assert_int_equal(sched_getaffinity(0, sizeof(set), &set), 0);
	want = CPU_COUNT(&set) < 2 ? 2 : CPU_COUNT(&set);
	write_ini("[server]\nlisten = 127.0.0.1:9000\nworkers = auto\n"
	    "[database]\nsocket = /s\nuser = u\nname = n\n" SITE);
	assert_non_null(cfg = load(err, sizeof(err)));
	assert_int_equal(cfg->workers, want);
	config_free(cfg);
	write_ini("[server]\nlisten = 127.0.0.1:9000\n"
	    "[database]\nsocket = /s\nuser = u\nname = n\n" SITE);
	assert_non_null(cfg = load(err, sizeof(err)));
	assert_int_equal(cfg->workers, want);
	config_free(cfg);
}

static void
config_unknown_key_is_an_error(void **state)
{
	char err[1024], want[256];

	(void)state;
	write_ini("[server]\nlisten = 127.0.0.1:9000\nwokers = 4\n"
	    "[database]\nsocket = /s\nuser = u\nname = n\n" SITE);
	assert_null(load(err, sizeof(err)));
	snprintf(want, sizeof(want), "%s:3: [server] wokers: unknown key\n",
	    path);
	assert_string_equal(err, want);
}

static void
config_bad_level_and_mode_are_both_reported(void **state)
{
	char err[1024], want[512];

	(void)state;
	write_ini("[server]\nlisten = 127.0.0.1:9000\nlog_level = loud\n"
	    "socket_mode = 0999\n"
	    "[database]\nsocket = /s\nuser = u\nname = n\n" SITE);
	assert_null(load(err, sizeof(err)));
	snprintf(want, sizeof(want),
	    "%s:3: [server] log_level: not one of error, warn, info, debug\n"
	    "%s:4: [server] socket_mode: not an octal file mode such as 0660\n",
	    path, path);
	assert_string_equal(err, want);
}

static void
config_registration_keys_default_and_read(void **state)
{
	struct config	*cfg;
	char		 err[1024], want[512];

	(void)state;
	write_ini(good);
	assert_non_null(cfg = load(err, sizeof(err)));
	assert_int_equal(cfg->reg_hold_hours, 24);
	assert_int_equal(cfg->reg_per_client, 10);
	assert_int_equal(cfg->reg_per_address, 3);
	assert_int_equal(cfg->reg_waitlist_max, 10);
	assert_int_equal(cfg->reg_org_domains, 0);
	config_free(cfg);

	write_ini("[server]\nlisten = 127.0.0.1:9000\n"
	    "[database]\nsocket = /s\nuser = u\nname = n\n" SITE
	    "[registration]\nhold_hours = 2\nper_client_per_hour = 50\n"
	    "per_address_per_hour = 4\nwaitlist_max = 0\norg_domains = yes\n");
	assert_non_null(cfg = load(err, sizeof(err)));
	assert_int_equal(cfg->reg_hold_hours, 2);
	assert_int_equal(cfg->reg_per_client, 50);
	assert_int_equal(cfg->reg_per_address, 4);
	assert_int_equal(cfg->reg_waitlist_max, 0);
	assert_int_equal(cfg->reg_org_domains, 1);
	config_free(cfg);

	write_ini("[server]\nlisten = 127.0.0.1:9000\n"
	    "[database]\nsocket = /s\nuser = u\nname = n\n" SITE
	    "[registration]\norg_domains = maybe\nhold_hours = 0\n");
	assert_null(load(err, sizeof(err)));
	snprintf(want, sizeof(want),
	    "%s:11: [registration] org_domains: not yes or no\n"
	    "%s:12: [registration] hold_hours: not a whole number "
	    "from 1 to 720: \"0\"\n", path, path);
	assert_string_equal(err, want);
}

/* [benchmark] size_classes: the default is the four classes of before;
 * given, the keys follow its boundaries, a municipality's class follows
 * its inhabitants, or without them an old class that lies wholly inside
 * one; boundaries that do not increase, or too many, are refused with
 * their line. */
static void
config_size_classes_default_keys_and_refusals(void **state)
{
	struct config	*cfg;
	char		 err[1024], want[512], k[SIZE_KEY_LEN];
	long long	 lo, hi;

	(void)state;
	write_ini(good);
	assert_non_null(cfg = load(err, sizeof(err)));
	assert_int_equal(size_class_count(cfg), 4);
	size_class_key(cfg, 0, k);
	assert_string_equal(k, "<20k");
	size_class_key(cfg, 2, k);
	assert_string_equal(k, "50k-100k");
	size_class_key(cfg, 3, k);
	assert_string_equal(k, ">=100k");
	assert_int_equal(size_class_of(cfg, 19999, NULL, k), 0);
	assert_int_equal(size_class_of(cfg, -1, "20k-50k", k), 1);
	assert_string_equal(k, "20k-50k");
	config_free(cfg);

	write_ini("[server]\nlisten = 127.0.0.1:9000\n"
	    "[database]\nsocket = /s\nuser = u\nname = n\n" SITE
	    "[benchmark]\nsize_classes = 30000, 60000\n");
	assert_non_null(cfg = load(err, sizeof(err)));
	assert_int_equal(size_class_count(cfg), 3);
	assert_int_equal(size_class_of(cfg, 29999, "20k-50k", k), 0);
	assert_string_equal(k, "<30k");
	assert_int_equal(size_class_of(cfg, 30000, NULL, k), 1);
	assert_string_equal(k, "30k-60k");
	assert_int_equal(size_class_of(cfg, 121000, NULL, k), 2);
	assert_string_equal(k, ">=60k");
	/* Without inhabitants: '<20k' lies in "<30k", '>=100k' in ">=60k";
	 * '20k-50k' and '50k-100k' straddle a boundary: no class. */
	assert_int_equal(size_class_of(cfg, -1, "<20k", k), 0);
	assert_int_equal(size_class_of(cfg, -1, ">=100k", k), 2);
	assert_int_equal(size_class_of(cfg, -1, "20k-50k", k), -1);
	assert_string_equal(k, "");
	assert_int_equal(size_class_of(cfg, -1, "50k-100k", k), -1);
	assert_int_equal(size_class_of(cfg, -1, "", k), -1);
	assert_int_equal(size_class_find(cfg, "30k-60k"), 1);
	assert_int_equal(size_class_find(cfg, "20k-50k"), -1);
	assert_int_equal(size_key_parse("30k-60k", &lo, &hi), 0);
	assert_true(lo == 30000 && hi == 60000);
	assert_int_equal(size_key_parse(">=60k", &lo, &hi), 0);
	assert_true(lo == 60000 && hi == SIZE_NO_UPPER);
	assert_int_equal(size_key_parse("all", &lo, &hi), -1);
	config_free(cfg);

	write_ini("[server]\nlisten = 127.0.0.1:9000\n"
	    "[database]\nsocket = /s\nuser = u\nname = n\n" SITE
	    "[benchmark]\nsize_classes = 25500,60000,60000\n");
	assert_null(load(err, sizeof(err)));
	snprintf(want, sizeof(want), "%s:11: [benchmark] size_classes: not 1 "
	    "to 7 increasing whole numbers of inhabitants (1-9999999), such "
	    "as 30000,60000\n", path);
	assert_string_equal(err, want);
	write_ini("[server]\nlisten = 127.0.0.1:9000\n"
	    "[database]\nsocket = /s\nuser = u\nname = n\n" SITE
	    "[benchmark]\nsize_classes = 1,2,3,4,5,6,7,8\n");
	assert_null(load(err, sizeof(err)));
	write_ini("[server]\nlisten = 127.0.0.1:9000\n"
	    "[database]\nsocket = /s\nuser = u\nname = n\n" SITE
	    "[benchmark]\nsize_classes = 30000,\n");
	assert_null(load(err, sizeof(err)));
}

static void
config_syntax_error_names_its_line(void **state)
{
	char err[1024], want[256];

	(void)state;
	write_ini("[server]\nlisten = 127.0.0.1:9000\nthis is not ini\n"
	    "[database]\nsocket = /s\nuser = u\nname = n\n" SITE);
	assert_null(load(err, sizeof(err)));
	snprintf(want, sizeof(want), "%s:3: not a section header or a "
	    "key = value line\n", path);
	assert_string_equal(err, want);
}

static void
config_database_needs_socket_or_host(void **state)
{
	char err[1024], want[256];

	(void)state;
	write_ini("[server]\nlisten = 127.0.0.1:9000\n"
	    "[database]\nuser = u\nname = n\n" SITE);
	assert_null(load(err, sizeof(err)));
	snprintf(want, sizeof(want), "%s:3: [database] socket: missing "
	    "(give socket, or host and port)\n", path);
	assert_string_equal(err, want);
}

static void
config_missing_file_is_reported(void **state)
{
	char err[1024];

	(void)state;
	snprintf(path, sizeof(path), "/nonexistent/cimolt.ini");
	assert_null(load(err, sizeof(err)));
	assert_string_equal(err,
	    "/nonexistent/cimolt.ini: No such file or directory\n");
}

static void
config_secret_must_be_256_bits_in_hex(void **state)
{
	char err[1024], want[256];

	(void)state;
	write_ini("[server]\nlisten = 127.0.0.1:9000\n"
	    "[database]\nsocket = /s\nuser = u\nname = n\n"
	    "[site]\nbase_url = http://x\nsecret = geheim\n");
	assert_null(load(err, sizeof(err)));
	snprintf(want, sizeof(want), "%s:9: [site] secret: not 64 "
	    "hexadecimal digits (openssl rand -hex 32)\n", path);
	assert_string_equal(err, want);
}

static void
config_webhook_url_needs_secret(void **state)
{
	char err[1024], want[256];

	(void)state;
	write_ini("[server]\nlisten = 127.0.0.1:9000\n"
	    "[database]\nsocket = /s\nuser = u\nname = n\n"
	    "[mail]\nwebhook_url = http://127.0.0.1:1/\n" SITE);
	assert_null(load(err, sizeof(err)));
	snprintf(want, sizeof(want), "%s:7: [mail] webhook_secret: missing "
	    "(webhook_url is set)\n", path);
	assert_string_equal(err, want);
}

static void
config_path_prefers_argument_then_environment(void **state)
{
	(void)state;
	setenv("CIMOLT_CONFIG", "/from/env.ini", 1);
	assert_string_equal(config_path("/from/arg.ini"), "/from/arg.ini");
	assert_string_equal(config_path(NULL), "/from/env.ini");
	unsetenv("CIMOLT_CONFIG");
	assert_string_equal(config_path(NULL), SYSCONFDIR "/cimolt/cimolt.ini");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(config_reads_every_key),
		cmocka_unit_test(config_missing_key_names_file_section_line_and_key),
		cmocka_unit_test(config_bad_number_names_its_line),
		cmocka_unit_test(config_workers_auto_is_one_per_cpu_at_least_two),
		cmocka_unit_test(config_unknown_key_is_an_error),
		cmocka_unit_test(config_bad_level_and_mode_are_both_reported),
		cmocka_unit_test(config_registration_keys_default_and_read),
		cmocka_unit_test(config_size_classes_default_keys_and_refusals),
		cmocka_unit_test(config_syntax_error_names_its_line),
		cmocka_unit_test(config_database_needs_socket_or_host),
		cmocka_unit_test(config_missing_file_is_reported),
		cmocka_unit_test(config_secret_must_be_256_bits_in_hex),
		cmocka_unit_test(config_webhook_url_needs_secret),
		cmocka_unit_test(config_path_prefers_argument_then_environment),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
