/*
 * The INI configuration, read with inih. Every key is a row of keys[]:
 * its section, name, type, where it goes in struct config and whether it
 * is required. Problems are reported one per line as "FILE:LINE: [section]
 * key: what is wrong" so an admin finds them at once; a missing key names
 * the line of its section (or line 0 when the section is missing too).
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <sched.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ini.h>

#include "core.h"

enum ktype {
	KT_STRING,
	KT_INT,
	KT_COUNT,	/* KT_INT, or "auto" (stored as 0) */
	KT_MODE,
	KT_SIZE,
	KT_LEVEL,
	KT_ALWAYS,
	KT_BOOL,
	KT_SIZES,
	KT__MAX
};

struct key {
	const char	*section;
	const char	*name;
	enum ktype	 type;
	size_t		 off;
	int		 required;
	long long	 min, max;	/* KT_INT and KT_SIZE */
};

#define OFF(f) offsetof(struct config, f)

static const struct key keys[] = {
	{ "server", "listen", KT_STRING, OFF(listen), 1, 0, 0 },
	{ "server", "socket_mode", KT_MODE, OFF(socket_mode), 0, 0, 0 },
	{ "server", "socket_group", KT_STRING, OFF(socket_group), 0, 0, 0 },
	{ "server", "workers", KT_COUNT, OFF(workers), 0, 1, 256 },
	{ "server", "max_body", KT_SIZE, OFF(max_body), 0, 1024, 64 << 20 },
	{ "server", "log_level", KT_LEVEL, OFF(log_level), 0, 0, 0 },
	{ "paths", "xslt", KT_STRING, OFF(xslt_dir), 0, 0, 0 },
	{ "paths", "schema", KT_STRING, OFF(schema_dir), 0, 0, 0 },
	{ "database", "socket", KT_STRING, OFF(db_socket), 0, 0, 0 },
	{ "database", "host", KT_STRING, OFF(db_host), 0, 0, 0 },
	{ "database", "port", KT_INT, OFF(db_port), 0, 1, 65535 },
	{ "database", "user", KT_STRING, OFF(db_user), 1, 0, 0 },
	{ "database", "password", KT_STRING, OFF(db_password), 0, 0, 0 },
	{ "database", "name", KT_STRING, OFF(db_name), 1, 0, 0 },
	{ "site", "base_url", KT_STRING, OFF(base_url), 1, 0, 0 },
	{ "site", "secret", KT_STRING, OFF(secret), 1, 0, 0 },
	{ "session", "idle_minutes", KT_INT, OFF(idle_minutes), 0, 1, 10080 },
	{ "session", "absolute_hours", KT_INT, OFF(absolute_hours), 0, 1, 720 },
	{ "session", "secure_cookies", KT_ALWAYS, OFF(secure_always), 0, 0, 0 },
	{ "login", "max_failures_account", KT_INT, OFF(max_fail_account), 0,
	    1, 1000 },
	{ "login", "max_failures_address", KT_INT, OFF(max_fail_address), 0,
	    1, 100000 },
	{ "login", "max_resets_account", KT_INT, OFF(max_resets_account), 0,
	    1, 1000 },
	{ "login", "max_resets_address", KT_INT, OFF(max_resets_address), 0,
	    1, 100000 },
	{ "mail", "from", KT_STRING, OFF(mail_from), 0, 0, 0 },
	{ "mail", "webhook_url", KT_STRING, OFF(webhook_url), 0, 0, 0 },
	{ "mail", "webhook_secret", KT_STRING, OFF(webhook_secret), 0, 0, 0 },
	{ "mail", "smtp_url", KT_STRING, OFF(smtp_url), 0, 0, 0 },
	{ "mail", "smtp_user", KT_STRING, OFF(smtp_user), 0, 0, 0 },
	{ "mail", "smtp_password", KT_STRING, OFF(smtp_password), 0, 0, 0 },
	{ "mail", "retry_hours", KT_INT, OFF(retry_hours), 0, 1, 720 },
	{ "mail", "retry_base_seconds", KT_INT, OFF(retry_base_seconds), 0,
	    1, 3600 },
	{ "benchmark", "min_group", KT_INT, OFF(min_group), 0, 2, 1000 },
	{ "benchmark", "size_classes", KT_SIZES, OFF(size_bounds), 0, 0, 0 },
	{ "registration", "hold_hours", KT_INT, OFF(reg_hold_hours), 0,
	    1, 720 },
	{ "registration", "per_client_per_hour", KT_INT,
	    OFF(reg_per_client), 0, 1, 1000000 },
	{ "registration", "per_address_per_hour", KT_INT,
	    OFF(reg_per_address), 0, 1, 1000000 },
	{ "registration", "waitlist_max", KT_INT, OFF(reg_waitlist_max), 0,
	    0, 100000 },
	{ "registration", "org_domains", KT_BOOL, OFF(reg_org_domains), 0,
	    0, 0 },
	{ "retention", "registrations_months", KT_INT, OFF(keep_reg_months), 0,
	    0, 120 },
	{ "retention", "messages_days", KT_INT, OFF(keep_msg_days), 0, 0,
	    3650 },
	{ "retention", "login_failures_days", KT_INT, OFF(keep_fail_days), 0,
	    0, 3650 },
	{ "retention", "audit_years", KT_INT, OFF(keep_audit_years), 0, 0, 50 },
	{ "cache", "size_kb", KT_INT, OFF(cache_kb), 0, 0, 1048576 },
	{ "cache", "shared_version", KT_BOOL, OFF(cache_shared), 0, 0, 0 },
	{ "cache", "recheck_ms", KT_INT, OFF(cache_recheck_ms), 0, 10, 3600000 },
};

#define NKEYS (sizeof(keys) / sizeof(keys[0]))

struct parse {
	struct config	*cfg;
	FILE		*f;
	int		 line;		/* line being parsed */
	int		 seen[NKEYS];	/* line a key was set on, or 0 */
	int		 errors;
	char		 sections[16][32]; /* sections met, with their lines */
	int		 section_line[16];
	size_t		 nsections;
};

/* Reads one line for inih and counts it, so the handler knows where it is. */
static char *
reader(char *buf, int size, void *arg)
{
	struct parse *p = arg;
	char *s = fgets(buf, size, p->f);

	const char *c, *e;

	if (s == NULL)
		return NULL;
	p->line++;
	/* Note section headers with their lines, for "missing" messages. */
	for (c = s; *c == ' ' || *c == '\t'; c++)
		continue;
	if (*c == '[' && (e = strchr(c, ']')) != NULL && p->nsections < 16) {
		snprintf(p->sections[p->nsections], sizeof(p->sections[0]),
		    "%.*s", (int)(e - c - 1), c + 1);
		p->section_line[p->nsections++] = p->line;
	}
	return s;
}

static void
problem(struct parse *p, int line, const char *section, const char *name,
    const char *what)
{
	fprintf(stderr, "%s:%d: [%s] %s: %s\n", p->cfg->file, line, section,
	    name, what);
	p->errors++;
}

/* Stores one value after checking it against the key's type. */
static int
set(struct parse *p, const struct key *k, const char *value)
{
	char		*base = (char *)p->cfg + k->off;
	long long	 n;
	char		*end;
	int		 l;

	switch (k->type) {
	case KT_STRING:
		if (*value == '\0' && k->required) {
			problem(p, p->line, k->section, k->name, "empty value");
			return -1;
		}
		free(*(char **)base);
		if ((*(char **)base = strdup(value)) == NULL)
			return -1;
		return 0;
	case KT_COUNT:
		if (strcmp(value, "auto") == 0) {
			*(int *)base = 0;
			return 0;
		}
		/* FALLTHROUGH */
	case KT_INT:
	case KT_SIZE:
		if (valid_int(value, k->min, k->max, &n) == -1) {
			char msg[112];
			snprintf(msg, sizeof(msg), "not a whole number "
			    "from %lld to %lld%s: \"%.20s\"", k->min, k->max,
			    k->type == KT_COUNT ? " or auto" : "", value);
			problem(p, p->line, k->section, k->name, msg);
			return -1;
		}
		if (k->type == KT_SIZE)
			*(size_t *)base = (size_t)n;
		else
			*(int *)base = (int)n;
		return 0;
	case KT_MODE:
		errno = 0;
		n = strtoll(value, &end, 8);
		if (*value == '\0' || *end != '\0' || errno || n < 0 ||
		    n > 0777) {
			problem(p, p->line, k->section, k->name,
			    "not an octal file mode such as 0660");
			return -1;
		}
		*(int *)base = (int)n;
		return 0;
	case KT_LEVEL:
		if ((l = log_level_parse(value)) == -1) {
			problem(p, p->line, k->section, k->name,
			    "not one of error, warn, info, debug");
			return -1;
		}
		*(enum log_level *)base = (enum log_level)l;
		return 0;
	case KT_ALWAYS:
		if (strcmp(value, "auto") != 0 && strcmp(value, "always") != 0) {
			problem(p, p->line, k->section, k->name,
			    "not one of auto, always");
			return -1;
		}
		*(int *)base = strcmp(value, "always") == 0;
		return 0;
	case KT_BOOL:
		if (strcmp(value, "yes") == 0 || strcmp(value, "true") == 0 ||
		    strcmp(value, "on") == 0 || strcmp(value, "1") == 0)
			*(int *)base = 1;
		else if (strcmp(value, "no") == 0 ||
		    strcmp(value, "false") == 0 || strcmp(value, "off") == 0 ||
		    strcmp(value, "0") == 0)
			*(int *)base = 0;
		else {
			problem(p, p->line, k->section, k->name,
			    "not yes or no");
			return -1;
		}
		return 0;
	case KT_SIZES:
		if (size_bounds_parse(value, p->cfg->size_bounds,
		    &p->cfg->nsize_bounds) == -1) {
			problem(p, p->line, k->section, k->name,
			    "not 1 to 7 increasing whole numbers of "
			    "inhabitants (1-9999999), such as 30000,60000");
			return -1;
		}
		return 0;
	default:
		return -1;
	}
}

/* inih's callback: one key = value pair (or a section header alone). */
static int
handler(void *arg, const char *section, const char *name, const char *value)
{
	struct parse	*p = arg;
	size_t		 i;

	for (i = 0; i < NKEYS; i++)
		if (strcmp(keys[i].section, section) == 0 &&
		    strcmp(keys[i].name, name) == 0)
			break;
	if (i == NKEYS) {
		problem(p, p->line, section, name, "unknown key");
		return 1;
	}
	if (p->seen[i]) {
		problem(p, p->line, section, name, "given twice");
		return 1;
	}
	p->seen[i] = p->line;
	(void)set(p, &keys[i], value);
	return 1;
}

/* Returns 1 when s is 64 hexadecimal digits (256 bits), else 0. */
static int
secret_ok(const char *s)
{
	size_t n = 0;

	for (; s[n] != '\0'; n++)
		if (!isxdigit((unsigned char)s[n]))
			return 0;
	return n == 64;
}

/* The line of a section's header, or 0 when the file has no such section. */
static int
section_line(const struct parse *p, const char *section)
{
	for (size_t i = 0; i < p->nsections; i++)
		if (strcmp(p->sections[i], section) == 0)
			return p->section_line[i];
	return 0;
}

const char *
config_path(const char *arg)
{
	const char *env;

	if (arg != NULL)
		return arg;
	if ((env = getenv("CIMOLT_CONFIG")) != NULL && *env != '\0')
		return env;
	return SYSCONFDIR "/cimolt/cimolt.ini";
}

/*
 * workers = auto: one per CPU the process may run on, at least two (one
 * slow request then never holds up every other), at most 256. A worker
 * serves the connections it keeps one request at a time, mostly on the
 * CPU; more workers than CPUs only take turns, and a request waits on
 * its connection for the one holding it.
 */
static int
workers_auto(void)
{
	cpu_set_t	 set;
	int		 n = 0;

	if (sched_getaffinity(0, sizeof(set), &set) == 0)
		n = CPU_COUNT(&set);
	if (n < 2)
		n = 2;
	return n > 256 ? 256 : n;
}

struct config *
config_load(const char *path)
{
	struct config	*cfg;
	struct parse	 p;
	int		 rc;

	if ((cfg = calloc(1, sizeof(*cfg))) == NULL)
		return NULL;
	cfg->socket_mode = -1;
	cfg->workers = 0;	/* auto */
	cfg->max_body = 1 << 20;
	cfg->log_level = LOG_INFO;
	cfg->db_port = 3306;
	cfg->idle_minutes = 120;
	cfg->absolute_hours = 12;
	cfg->max_fail_account = 5;
	cfg->max_fail_address = 20;
	cfg->max_resets_account = 3;
	cfg->max_resets_address = 20;
	cfg->retry_hours = 72;
	cfg->retry_base_seconds = 30;
	cfg->min_group = 5;
	/* The four classes the benchmark always had. */
	cfg->size_bounds[0] = 20000;
	cfg->size_bounds[1] = 50000;
	cfg->size_bounds[2] = 100000;
	cfg->nsize_bounds = 3;
	cfg->reg_hold_hours = 24;
	cfg->reg_per_client = 10;
	cfg->reg_per_address = 3;
	cfg->reg_waitlist_max = 10;
	cfg->keep_reg_months = 12;
	cfg->keep_msg_days = 30;
	cfg->keep_fail_days = 30;
	cfg->keep_audit_years = 2;
	cfg->cache_kb = 4096;
	cfg->cache_recheck_ms = 1000;
	if ((cfg->file = strdup(path)) == NULL)
		goto err;

	memset(&p, 0, sizeof(p));
	p.cfg = cfg;
	if ((p.f = fopen(path, "r")) == NULL) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		goto err;
	}
	rc = ini_parse_stream(reader, &p, handler, &p);
	fclose(p.f);
	if (rc > 0) {
		/* inih stops counting for us only at syntax errors. */
		fprintf(stderr, "%s:%d: not a section header or a "
		    "key = value line\n", path, rc);
		p.errors++;
	} else if (rc < 0) {
		fprintf(stderr, "%s: cannot be read\n", path);
		goto err;
	}

	for (size_t i = 0; i < NKEYS; i++)
		if (keys[i].required && !p.seen[i])
			problem(&p, section_line(&p, keys[i].section),
			    keys[i].section, keys[i].name, "missing");
	if (cfg->db_socket == NULL && cfg->db_host == NULL)
		problem(&p, section_line(&p, "database"), "database",
		    "socket", "missing (give socket, or host and port)");
	for (size_t i = 0; i < NKEYS; i++)
		if (keys[i].off == OFF(secret) && p.seen[i] &&
		    !secret_ok(cfg->secret))
			problem(&p, p.seen[i], "site", "secret",
			    "not 64 hexadecimal digits (openssl rand -hex 32)");
	if (cfg->base_url != NULL && strncmp(cfg->base_url, "http://", 7) &&
	    strncmp(cfg->base_url, "https://", 8))
		problem(&p, section_line(&p, "site"), "site", "base_url",
		    "not an http:// or https:// URL");
	if (cfg->webhook_url != NULL && cfg->webhook_secret == NULL)
		problem(&p, section_line(&p, "mail"), "mail", "webhook_secret",
		    "missing (webhook_url is set)");
	if (cfg->smtp_url != NULL && cfg->mail_from == NULL)
		problem(&p, section_line(&p, "mail"), "mail", "from",
		    "missing (smtp_url is set)");
	if (p.errors)
		goto err;

	if (cfg->xslt_dir == NULL &&
	    (cfg->xslt_dir = strdup(PKGDATADIR "/xslt")) == NULL)
		goto err;
	if (cfg->schema_dir == NULL &&
	    (cfg->schema_dir = strdup(PKGDATADIR "/schema")) == NULL)
		goto err;
	if (cfg->db_password == NULL && (cfg->db_password = strdup("")) == NULL)
		goto err;
	if (cfg->workers == 0)
		cfg->workers = workers_auto();
	return cfg;
err:
	config_free(cfg);
	return NULL;
}

void
config_free(struct config *cfg)
{
	if (cfg == NULL)
		return;
	free(cfg->file);
	free(cfg->listen);
	free(cfg->socket_group);
	free(cfg->xslt_dir);
	free(cfg->schema_dir);
	free(cfg->db_socket);
	free(cfg->db_host);
	free(cfg->db_user);
	free(cfg->db_password);
	free(cfg->db_name);
	free(cfg->base_url);
	free(cfg->secret);
	free(cfg->mail_from);
	free(cfg->webhook_url);
	free(cfg->webhook_secret);
	free(cfg->smtp_url);
	free(cfg->smtp_user);
	free(cfg->smtp_password);
	free(cfg);
}
