/*
 * cimolt-admin: the operator's command line. Each command is a row of
 * commands[]: its name, what it needs, and the function that runs it.
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

struct command {
	const char	*name;
	const char	*usage;
	int		(*fn)(struct config *, int, char *[]);
};

static int in_tx(const struct config *, int (*)(struct db *, void *),
    void *);

static int
reindex_missing_tx(struct db *db, void *arg)
{
	long long n;

	(void)arg;
	if ((n = practice_reindex(db, 1)) > 0)
		printf("search terms made for %lld practice(s)\n", n);
	return n == -1 ? -1 : 0;
}

/* migrate: applies the pending schema migrations, then indexes the
 * practices that have no search terms yet. */
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
	/* Practices published before their texts were indexed (or before
	 * the search index existed) get their terms now. */
	if (rc == 0 && in_tx(cfg, reindex_missing_tx, NULL) == -1)
		rc = -1;
	return rc == 0 ? 0 : 1;
}

/* backup FILE: a consistent dump of the database, while the site runs. */
static int
cmd_backup(struct config *cfg, int argc, char *argv[])
{
	long long	 bytes = 0;

	if (argc != 2) {
		fprintf(stderr, "usage: cimolt-admin backup FILE\n");
		return 1;
	}
	if (backup_dump(cfg, argv[1], &bytes) == -1)
		return 1;
	printf("database %s backed up to %s (%lld bytes)\n", cfg->db_name,
	    argv[1], bytes);
	return 0;
}

/* restore FILE: a backup into an empty database, then the migrations. */
static int
cmd_restore(struct config *cfg, int argc, char *argv[])
{
	struct db	*db;
	int		 rc;

	if (argc != 2) {
		fprintf(stderr, "usage: cimolt-admin restore FILE\n");
		return 1;
	}
	if ((db = db_open(cfg, 1)) == NULL)
		return 1;
	rc = backup_restore(cfg, db, argv[1]);
	db_close(db);
	if (rc == -1)
		return 1;
	printf("%s restored into database %s\n", argv[1], cfg->db_name);
	return 0;
}

/* The stylesheets, for the mails some commands queue. */
static struct render *
stylesheets(const struct config *cfg)
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
static int
read_password(char *buf, size_t sz)
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
static const char *
option(int argc, char *argv[], const char *name)
{
	for (int i = 1; i + 1 < argc; i++)
		if (strncmp(argv[i], "--", 2) == 0 &&
		    strcmp(argv[i] + 2, name) == 0)
			return argv[i + 1];
	return NULL;
}

/* Runs fn in a transaction on a fresh connection, committing when it
 * returns 0. Returns fn's result, or -1 when the database failed. */
static int
in_tx(const struct config *cfg, int (*fn)(struct db *, void *), void *arg)
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

struct user_add {
	const struct config *cfg;
	const char	*email, *name, *org, *role, *password;
	char		 link[1024];
};

static int
user_add_tx(struct db *db, void *arg)
{
	struct user_add		*u = arg;
	struct account_ctx	 a = { db, u->cfg, NULL, u->link,
	    sizeof(u->link) };
	struct db_org		 org;
	long long		 id;
	int			 rc;

	if ((rc = db_org_find(db, u->org, &org)) != 1) {
		if (rc == 0)
			fprintf(stderr, "cimolt-admin: no organisation with "
			    "CBS code or id %s\n", u->org);
		return -1;
	}
	if (u->password == NULL && (a.rd = stylesheets(u->cfg)) == NULL)
		return -1;
	/* account_create checks that the role fits, as for the web forms. */
	if ((id = account_create(&a, 0, u->email, u->name, org.id, u->role,
	    u->password)) == ACCOUNT_TAKEN)
		fprintf(stderr, "cimolt-admin: %s has an account already\n",
		    u->email);
	else if (id == ACCOUNT_MISFIT)
		fprintf(stderr, "cimolt-admin: role %s does not fit %s "
		    "(kind %s)\n", u->role, org.name, org.kind);
	if (id <= 0)
		return -1;
	printf("user %lld created: %s of %s\n", id, u->role, org.name);
	if (u->password == NULL)
		printf("invitation mailed; the link: %s\n", u->link);
	return 0;
}

/* user add --email E --name N --org CODE_OR_ID --role ROLE */
static int
cmd_user_add(struct config *cfg, int argc, char *argv[])
{
	struct user_add	 u;
	char		 pw[PASSWORD_MAX + 2];
	int		 rc;

	memset(&u, 0, sizeof(u));
	u.cfg = cfg;
	u.email = option(argc, argv, "email");
	u.name = option(argc, argv, "name");
	u.org = option(argc, argv, "org");
	u.role = option(argc, argv, "role");
	if (u.email == NULL || u.name == NULL || u.org == NULL ||
	    u.role == NULL) {
		fprintf(stderr, "usage: cimolt-admin user add --email E "
		    "--name N --org CBS_CODE_OR_ID --role ROLE < password\n");
		return 1;
	}
	if (valid_email(u.email) == -1 || valid_text(u.name, 150) == -1 ||
	    role_fits(u.role, "gemeente") == -1) {
		fprintf(stderr, "cimolt-admin: %s\n",
		    valid_email(u.email) == -1 ? "not an e-mail address" :
		    valid_text(u.name, 150) == -1 ? "not a name" :
		    "role is member, coordinator, regional, organiser or admin");
		return 1;
	}
	if ((rc = read_password(pw, sizeof(pw))) == -1)
		return 1;
	if (rc == 1 && valid_password(pw) == -1) {
		fprintf(stderr, "cimolt-admin: a password has %d to %d "
		    "bytes\n", PASSWORD_MIN, PASSWORD_MAX);
		return 1;
	}
	u.password = rc == 1 ? pw : NULL;
	rc = in_tx(cfg, user_add_tx, &u);
	sodium_memzero(pw, sizeof(pw));
	return rc == 0 ? 0 : 1;
}

static int
user_print(const struct db_user *u, void *arg)
{
	(void)arg;
	printf("%lld\t%s\t%s\t%s\t%s\t%s\n", u->id, u->email, u->name,
	    u->role, u->org_name, user_status(u));
	return 0;
}

/* user list */
static int
cmd_user_list(struct config *cfg, int argc, char *argv[])
{
	struct db	*db;
	int		 rc;

	(void)argc;
	(void)argv;
	if ((db = db_open(cfg, 0)) == NULL)
		return 1;
	rc = db_users_list(db, 0, user_print, NULL);
	db_close(db);
	return rc == -1 ? 1 : 0;
}

struct user_disable {
	const char *who;
};

static int
user_disable_tx(struct db *db, void *arg)
{
	struct user_disable	*d = arg;
	struct db_user		 u;
	char			 lower[255];
	int			 rc;

	snprintf(lower, sizeof(lower), "%s", d->who);
	email_lower(lower);
	if ((rc = db_user_by_email(db, lower, &u)) != 1) {
		if (rc == 0)
			fprintf(stderr, "cimolt-admin: no user %s\n", d->who);
		return -1;
	}
	if ((rc = db_user_disable(db, u.id, 0)) == -1 ||
	    (rc == 1 && db_audit_add(db, 0, "user.disabled", "user", u.id,
	    "by cimolt-admin") == -1))
		return -1;
	printf(rc ? "user %lld disabled; its sessions ended\n" :
	    "user %lld was disabled already\n", u.id);
	return 0;
}

/* user disable E-MAIL */
static int
cmd_user_disable(struct config *cfg, int argc, char *argv[])
{
	struct user_disable d;

	if (argc != 3) {
		fprintf(stderr, "usage: cimolt-admin user disable E-MAIL\n");
		return 1;
	}
	d.who = argv[2];
	return in_tx(cfg, user_disable_tx, &d) == 0 ? 0 : 1;
}

/* user add|list|disable */
static int
cmd_user(struct config *cfg, int argc, char *argv[])
{
	if (argc >= 2 && strcmp(argv[1], "add") == 0)
		return cmd_user_add(cfg, argc - 1, argv + 1);
	if (argc >= 2 && strcmp(argv[1], "list") == 0)
		return cmd_user_list(cfg, argc - 1, argv + 1);
	if (argc >= 2 && strcmp(argv[1], "disable") == 0)
		return cmd_user_disable(cfg, argc, argv);
	fprintf(stderr, "usage: cimolt-admin user add|list|disable ...\n");
	return 1;
}

/* One line of an organisation list, checked. */
struct org_line {
	int	 line;
	char	*kind, *name, *code, *province, *size;
};

struct org_import {
	struct org_line	*rows;
	size_t		 n;
};

static const char *const org_kinds[] = {
	"gemeente", "provincie", "koepelorganisatie", "organisator"
};
static const char *const size_classes[] = {
	"", "<20k", "20k-50k", "50k-100k", ">=100k"
};

/* Returns 1 when s is one of the n strings of set. */
static int
one_of(const char *s, const char *const *set, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(s, set[i]) == 0)
			return 1;
	return 0;
}

/* Returns 1 when code is prefix followed by digits digits. */
static int
code_ok(const char *code, const char *prefix, size_t digits)
{
	size_t n = strlen(prefix);

	if (strncmp(code, prefix, n) != 0 || strlen(code) != n + digits)
		return 0;
	for (code += n; *code != '\0'; code++)
		if (*code < '0' || *code > '9')
			return 0;
	return 1;
}

/* Checks one line's fields; prints what is wrong. Returns 0/-1. */
static int
org_check(const char *file, const struct org_line *o)
{
	const char *why = NULL;

	if (!one_of(o->kind, org_kinds, 4))
		why = "kind is gemeente, provincie, koepelorganisatie or "
		    "organisator";
	else if (valid_text(o->name, 150) == -1)
		why = "name is empty, too long or holds control characters";
	else if (strcmp(o->kind, "gemeente") == 0 && !code_ok(o->code, "GM", 4))
		why = "a gemeente needs its CBS code, GM and four digits";
	else if (strcmp(o->kind, "provincie") == 0 && !code_ok(o->code, "PV", 2))
		why = "a provincie needs its CBS code, PV and two digits";
	else if (strcmp(o->kind, "gemeente") != 0 &&
	    strcmp(o->kind, "provincie") != 0 && *o->code != '\0')
		why = "only a gemeente or provincie has a CBS code";
	else if (strcmp(o->kind, "gemeente") == 0 &&
	    !code_ok(o->province, "PV", 2))
		why = "a gemeente needs its province's CBS code (PV and two "
		    "digits)";
	else if (strcmp(o->kind, "provincie") == 0 && *o->province != '\0')
		why = "a provincie lies in no province";
	else if (!one_of(o->size, size_classes, 5))
		why = "size_class is empty, <20k, 20k-50k, 50k-100k or >=100k";
	if (why == NULL)
		return 0;
	fprintf(stderr, "%s:%d: %s\n", file, o->line, why);
	return -1;
}

static int
org_import_tx(struct db *db, void *arg)
{
	struct org_import	*im = arg;
	struct db_org		 prov;
	size_t			 counts[3] = { 0, 0, 0 };
	int			 rc, pass;

	/* Provinces first, so municipalities find those of the same file. */
	for (pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < im->n; i++) {
			struct org_line *o = &im->rows[i];
			if ((strcmp(o->kind, "provincie") == 0) != (pass == 0))
				continue;
			prov.id = 0;
			if (*o->province != '\0' &&
			    (rc = db_org_find(db, o->province, &prov)) != 1) {
				if (rc == 0)
					fprintf(stderr, "line %d: no province "
					    "%s\n", o->line, o->province);
				return -1;
			}
			if ((rc = db_org_upsert(db, o->kind, o->name, o->code,
			    prov.id, o->size)) == -1) {
				fprintf(stderr, "line %d: not loaded\n",
				    o->line);
				return -1;
			}
			counts[rc]++;
		}
	if (db_audit_add(db, 0, "organisations.imported", "organisation", 0,
	    "by cimolt-admin") == -1)
		return -1;
	printf("%zu organisations added, %zu changed, %zu unchanged\n",
	    counts[1], counts[2], counts[0]);
	return 0;
}

/*
 * org import FILE.csv: a header line naming the columns kind, name,
 * cbs_code, province, size_class (in any order; ';' or ','), then one
 * organisation per line. Every line is checked first and every problem
 * reported with its line number; then all load in one transaction, or
 * none.
 */
static int	 cmd_org_generate(struct config *, int, char *[]);
static int	 cmd_org_domains(struct config *, int, char *[]);

static int
cmd_org(struct config *cfg, int argc, char *argv[])
{
	static const char *const cols[] = { "kind", "name", "cbs_code",
	    "province", "size_class" };
	struct org_import	 im = { NULL, 0 };
	FILE			*f;
	char			 buf[2048], *fields[16], **keep = NULL;
	int			 idx[5], n, line = 0, bad = 0, rc = 1;
	size_t			 cap = 0, nkeep = 0;
	char			 sep = ';';

	if (argc >= 2 && strcmp(argv[1], "generate") == 0)
		return cmd_org_generate(cfg, argc, argv);
	if (argc >= 2 && strcmp(argv[1], "domains") == 0)
		return cmd_org_domains(cfg, argc, argv);
	if (argc != 3 || strcmp(argv[1], "import") != 0) {
		fprintf(stderr, "usage: cimolt-admin org import FILE.csv\n");
		return 1;
	}
	if ((f = fopen(argv[2], "r")) == NULL) {
		perror(argv[2]);
		return 1;
	}
	while (fgets(buf, sizeof(buf), f) != NULL) {
		line++;
		if (strchr(buf, '\n') == NULL && !feof(f)) {
			fprintf(stderr, "%s:%d: line too long\n", argv[2], line);
			goto out;
		}
		if (line == 1)
			sep = csv_separator(buf);
		if (buf[strspn(buf, " \t\r\n")] == '\0')
			continue;
		if (!utf8_valid(buf, strlen(buf)) ||
		    (n = csv_split(buf, sep, fields, 16)) == -1) {
			fprintf(stderr, "%s:%d: not a CSV line in UTF-8\n",
			    argv[2], line);
			bad = 1;
			continue;
		}
		if (line == 1) {
			for (int c = 0; c < 5; c++) {
				idx[c] = -1;
				for (int i = 0; i < n; i++)
					if (strcmp(fields[i], cols[c]) == 0)
						idx[c] = i;
				if (idx[c] == -1) {
					fprintf(stderr, "%s:1: the header has "
					    "no column %s\n", argv[2], cols[c]);
					goto out;
				}
			}
			continue;
		}
		if (im.n == cap) {
			cap = cap ? cap * 2 : 64;
			struct org_line *more = reallocarray(im.rows, cap,
			    sizeof(*more));
			char **kmore = reallocarray(keep, cap, sizeof(*kmore));
			if (more == NULL || kmore == NULL) {
				free(more ? more : im.rows);
				im.rows = NULL;
				free(kmore ? kmore : keep);
				keep = NULL;
				goto out;
			}
			im.rows = more;
			keep = kmore;
		}
		struct org_line *o = &im.rows[im.n];
		int top = 0;
		for (int c = 0; c < 5; c++)
			if (idx[c] >= top)
				top = idx[c] + 1;
		if (n < top) {
			fprintf(stderr, "%s:%d: %d fields, the header has %d\n",
			    argv[2], line, n, top);
			bad = 1;
			continue;
		}
		/* The fields point into buf: keep a copy of the line. */
		if ((keep[nkeep] = malloc(sizeof(buf))) == NULL)
			goto out;
		memcpy(keep[nkeep], buf, sizeof(buf));
		o->line = line;
		o->kind = keep[nkeep] + (fields[idx[0]] - buf);
		o->name = keep[nkeep] + (fields[idx[1]] - buf);
		o->code = keep[nkeep] + (fields[idx[2]] - buf);
		o->province = keep[nkeep] + (fields[idx[3]] - buf);
		o->size = keep[nkeep] + (fields[idx[4]] - buf);
		nkeep++;
		if (org_check(argv[2], o) == -1)
			bad = 1;
		else
			im.n++;
	}
	if (line == 0)
		fprintf(stderr, "%s: empty\n", argv[2]);
	else if (bad)
		fprintf(stderr, "%s: nothing loaded; mend the lines above\n",
		    argv[2]);
	else
		rc = in_tx(cfg, org_import_tx, &im) == 0 ? 0 : 1;
out:
	fclose(f);
	for (size_t i = 0; i < nkeep; i++)
		free(keep[i]);
	free(keep);
	free(im.rows);
	return rc;
}

/* Prints the "LINE: what" lines of err, each with the file's name. */
static void
print_problems(const char *file, const char *err)
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
static char *
read_file(const char *path, long *sz)
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

struct qn_import {
	const char	*file;
	struct qn	*qn;
	const char	*xml;
	char		 hex[65];
};

static int
qn_import_tx(struct db *db, void *arg)
{
	struct qn_import	*im = arg;
	char			 have[65];
	long long		 id;
	int			 rc;

	if ((rc = db_questionnaire_get(db, im->qn->year, im->qn->version, &id,
	    have)) == -1)
		return -1;
	if (rc == 1) {
		if (strcmp(have, im->hex) == 0) {
			printf("questionnaire %d version %d was imported "
			    "already (id %lld)\n", im->qn->year,
			    im->qn->version, id);
			return 0;
		}
		fprintf(stderr, "%s: %d version %d was imported with other "
		    "content: an edited questionnaire is a new version "
		    "(raise version=)\n", im->file, im->qn->year,
		    im->qn->version);
		return -1;
	}
	if ((id = db_questionnaire_add(db, im->qn->year, im->qn->version,
	    im->hex, im->xml)) == -1 ||
	    db_audit_add(db, 0, "questionnaire.imported", "questionnaire", id,
	    im->file) == -1)
		return -1;
	printf("questionnaire %d version %d imported (id %lld): %zu sections, "
	    "%zu questions\n", im->qn->year, im->qn->version, id,
	    im->qn->nsections, im->qn->nquestions);
	return 0;
}

/*
 * questionnaire import FILE: checks the file against the schema and the
 * rules the schema cannot state, reporting each problem with its line,
 * and stores it as that year's version, or nothing at all.
 */
static int
cmd_questionnaire(struct config *cfg, int argc, char *argv[])
{
	struct qn_import im;
	unsigned char	 sum[crypto_hash_sha256_BYTES];
	char		 err[8192], rng[1024], *xml = NULL;
	xmlDocPtr	 doc = NULL;
	long		 sz;
	int		 rc = 1;

	if (argc != 3 || strcmp(argv[1], "import") != 0) {
		fprintf(stderr, "usage: cimolt-admin questionnaire import "
		    "FILE.xml\n");
		return 1;
	}
	memset(&im, 0, sizeof(im));
	im.file = argv[2];
	if ((xml = read_file(im.file, &sz)) == NULL)
		return 1;
	xmlInitParser();
	snprintf(rng, sizeof(rng), "%s/questionnaire.rng", cfg->schema_dir);
	if ((doc = qn_parse(xml, (size_t)sz, err, sizeof(err))) == NULL ||
	    qn_validate(doc, rng, err, sizeof(err)) == -1 ||
	    (im.qn = qn_build(doc, err, sizeof(err))) == NULL) {
		print_problems(im.file, err);
		fprintf(stderr, "%s: nothing imported\n", im.file);
		xmlFreeDoc(doc);
		goto out;
	}
	crypto_hash_sha256(sum, (unsigned char *)xml, (size_t)sz);
	sodium_bin2hex(im.hex, sizeof(im.hex), sum, sizeof(sum));
	im.xml = xml;
	rc = in_tx(cfg, qn_import_tx, &im) == 0 ? 0 : 1;
	qn_free(im.qn);
out:
	free(xml);
	return rc;
}

struct gen {
	const struct config	*cfg;
	const char		*orgs;	/* "12", or "GM0228,GM0202" */
	long long		*ids;
	size_t			 n, cap;
	int			 want;	/* a number of municipalities, or 0 */
};

/* Collects the municipalities the --orgs option names. */
static int
gen_org(const struct db_org_row *o, void *arg)
{
	struct gen	*g = arg;
	long long	*more;
	const char	*p;
	size_t		 len = strlen(o->cbs_code);

	if (strcmp(o->kind, "gemeente") != 0)
		return 0;
	if (g->want == 0) {
		/* A list of CBS codes: take the ones it names. */
		if (len == 0 || (p = strstr(g->orgs, o->cbs_code)) == NULL ||
		    (p != g->orgs && p[-1] != ',') ||
		    (p[len] != '\0' && p[len] != ','))
			return 0;
	} else if ((int)g->n >= g->want)
		return 0;
	if (g->n == g->cap) {
		g->cap = g->cap ? g->cap * 2 : 64;
		if ((more = reallocarray(g->ids, g->cap, sizeof(*more))) ==
		    NULL)
			return -1;
		g->ids = more;
	}
	g->ids[g->n++] = o->id;
	return 0;
}

#define GEN_BATCH 100

struct gen_one {
	const struct qn	*qn;
	long long	 qn_id, org_id;
	unsigned long long seed;
	int		 made;
};

static int
gen_one_tx(struct db *db, void *arg)
{
	struct gen_one *o = arg;

	o->made = monitor_generate(db, o->qn, o->qn_id, o->org_id, o->seed);
	return o->made == -1 ? -1 : 0;
}

static int
gen_latest(long long id, int year, int version, void *arg)
{
	(void)year;
	(void)version;
	if (*(long long *)arg == 0)	/* the first: the newest year's */
		*(long long *)arg = id;
	return 0;
}

/*
 * monitor remind [--date YYYY-MM-DD]: the courier's reminder job, run
 * once now, as on the date given (default today): the reminders due are
 * queued, each once, whatever courier or command ran before or runs at
 * the same time.
 */
static int
cmd_monitor_remind(struct config *cfg, int argc, char *argv[])
{
	struct mailer	 m = { NULL, cfg, NULL };
	const char	*date = option(argc, argv, "date");
	char		 today[11], dt[24];
	int		 sent, rc = 1;

	if (date != NULL && valid_date(date, dt) == -1) {
		fprintf(stderr, "usage: cimolt-admin monitor remind "
		    "[--date YYYY-MM-DD]\n");
		return 1;
	}
	if (date != NULL)
		snprintf(today, sizeof(today), "%.10s", dt);
	else
		clock_local_today(today);
	if ((m.rd = stylesheets(cfg)) == NULL ||
	    (m.db = db_open(cfg, 0)) == NULL)
		return 1;
	if (monitor_reminders_run(&m, today, &sent) == 0) {
		printf("%d municipalities reminded on %s\n", sent, today);
		rc = 0;
	}
	db_close(m.db);
	return rc;
}

/*
 * monitor generate --year Y --orgs N|CODE,CODE [--seed S]: submitted
 * rounds with plausible answers for demo data and load tests; a
 * municipality that has a round for the year is left alone.
 */
static int
cmd_monitor(struct config *cfg, int argc, char *argv[])
{
	struct gen	 g;
	struct gen_one	 one;
	struct db	*db;
	const char	*y = option(argc, argv, "year"), *sd = option(argc, argv,
	    "seed");
	long long	 year, n, seed = 1, qid = 0;
	char		 err[4096], *xml = NULL;
	size_t		 len, made = 0;
	xmlDocPtr	 doc;
	struct qn	*qn = NULL;
	int		 rc = 1;

	if (argc >= 2 && strcmp(argv[1], "remind") == 0)
		return cmd_monitor_remind(cfg, argc, argv);
	memset(&g, 0, sizeof(g));
	g.cfg = cfg;
	g.orgs = option(argc, argv, "orgs");
	if (argc < 2 || strcmp(argv[1], "generate") != 0 ||
	    valid_int(y, 2017, 2100, &year) == -1 || g.orgs == NULL ||
	    (sd != NULL && valid_int(sd, 0, INT64_MAX, &seed) == -1)) {
		fprintf(stderr, "usage: cimolt-admin monitor generate --year Y "
		    "--orgs N|CBS_CODE,... [--seed S]\n");
		return 1;
	}
	if (valid_int(g.orgs, 1, 1000000, &n) == 0)
		g.want = (int)n;
	if ((db = db_open(cfg, 0)) == NULL)
		return 1;
	if (db_qn_latest(db, (int)year, gen_latest, &qid) == -1)
		goto out;
	if (qid == 0) {
		fprintf(stderr, "cimolt-admin: no questionnaire for %lld: "
		    "import one first\n", year);
		goto out;
	}
	xmlInitParser();
	if ((xml = db_qn_xml(db, qid, &len)) == NULL ||
	    (doc = qn_parse(xml, len, err, sizeof(err))) == NULL)
		goto out;
	if ((qn = qn_build(doc, err, sizeof(err))) == NULL) {
		xmlFreeDoc(doc);
		goto out;
	}
	if (db_orgs_list(db, gen_org, &g) == -1)
		goto out;
	/* On one connection, a transaction per hundred municipalities, and
	 * the year's peer statistics once at the end. */
	for (size_t i = 0; i < g.n; i += GEN_BATCH) {
		if (db_begin(db) == -1)
			goto out;
		for (size_t k = i; k < g.n && k < i + GEN_BATCH; k++) {
			one.qn = qn;
			one.qn_id = qid;
			one.org_id = g.ids[k];
			one.seed = (unsigned long long)seed;
			if (gen_one_tx(db, &one) == -1) {
				db_rollback(db);
				goto out;
			}
			made += one.made == 1;
		}
		if (db_commit(db) == -1)
			goto out;
	}
	if (db_begin(db) == -1)
		goto out;
	if (benchmark_recompute_year(db, (int)year) == -1) {
		db_rollback(db);
		goto out;
	}
	if (db_commit(db) == -1)
		goto out;
	printf("%zu rounds of %lld made and submitted, %zu existed\n", made,
	    year, g.n - made);
	rc = 0;
out:
	qn_free(qn);
	free(xml);
	free(g.ids);
	db_close(db);
	return rc;
}

/* ---- practice reindex --------------------------------------------------- */

static int
reindex_tx(struct db *db, void *arg)
{
	long long *n = arg;

	return (*n = practice_reindex(db, 0)) == -1 ? -1 : 0;
}

/* practice reindex: the search terms of every published practice anew,
 * after their texts were changed in SQL (dev/demo-practices.sql). */
static int
cmd_practice(struct config *cfg, int argc, char *argv[])
{
	long long n = 0;

	if (argc != 2 || strcmp(argv[1], "reindex") != 0) {
		fprintf(stderr, "usage: cimolt-admin practice reindex\n");
		return 1;
	}
	if (in_tx(cfg, reindex_tx, &n) == -1)
		return 1;
	printf("search terms made for %lld practice(s)\n", n);
	return 0;
}

/* ---- advice import, org generate, benchmark recompute ------------- */

struct adv_import {
	const char	*file;
	struct adv_set	*set;
	const char	*xml;
	char		 hex[65];
};

static int
adv_import_tx(struct db *db, void *arg)
{
	struct adv_import	*im = arg;
	char			 have[65];
	long long		 id;
	int			 rc;

	if ((rc = db_advice_set_get(db, im->set->version, &id, have)) == -1)
		return -1;
	if (rc == 1) {
		if (strcmp(have, im->hex) == 0) {
			printf("advice version %d was imported already\n",
			    im->set->version);
			return 0;
		}
		fprintf(stderr, "%s: version %d was imported with other "
		    "content: edited advice is a new version (raise "
		    "version=)\n", im->file, im->set->version);
		return -1;
	}
	if ((id = db_advice_set_add(db, im->set->version, im->hex,
	    im->xml)) == -1)
		return -1;
	for (size_t i = 0; i < im->set->n; i++)
		if (db_advice_rule_add(db, id, &im->set->rules[i]) == -1)
			return -1;
	if (db_audit_add(db, 0, "advice.imported", "advice_set", id,
	    im->file) == -1)
		return -1;
	printf("advice version %d imported: %zu rules\n", im->set->version,
	    im->set->n);
	return 0;
}

/* The newest questionnaire, to check the questions rules name. */
static struct qn *
newest_qn(struct db *db)
{
	struct qn	*qn = NULL;
	long long	 qid = 0;
	char		 err[1024], *xml;
	size_t		 len;
	xmlDocPtr	 doc;

	if (db_qn_latest(db, 0, gen_latest, &qid) == -1 || qid == 0 ||
	    (xml = db_qn_xml(db, qid, &len)) == NULL)
		return NULL;
	if ((doc = qn_parse(xml, len, err, sizeof(err))) != NULL &&
	    (qn = qn_build(doc, err, sizeof(err))) == NULL)
		xmlFreeDoc(doc);
	free(xml);
	return qn;
}

/*
 * advice import FILE: checks the rules against schema/advice.rng and
 * the newest questionnaire, and stores them as their version, or nothing.
 */
static int
cmd_advice(struct config *cfg, int argc, char *argv[])
{
	struct adv_import im;
	unsigned char	 sum[crypto_hash_sha256_BYTES];
	char		 err[8192], rng[1024], *xml = NULL;
	xmlDocPtr	 doc = NULL;
	struct db	*db;
	struct qn	*qn = NULL;
	long		 sz;
	int		 rc = 1;

	if (argc != 3 || strcmp(argv[1], "import") != 0) {
		fprintf(stderr, "usage: cimolt-admin advice import FILE.xml\n");
		return 1;
	}
	memset(&im, 0, sizeof(im));
	im.file = argv[2];
	if ((xml = read_file(im.file, &sz)) == NULL)
		return 1;
	xmlInitParser();
	if ((db = db_open(cfg, 0)) == NULL)
		goto out;
	qn = newest_qn(db);
	db_close(db);
	snprintf(rng, sizeof(rng), "%s/advice.rng", cfg->schema_dir);
	if ((doc = qn_parse(xml, (size_t)sz, err, sizeof(err))) == NULL ||
	    qn_validate(doc, rng, err, sizeof(err)) == -1 ||
	    (im.set = adv_build(doc, qn, err, sizeof(err))) == NULL) {
		print_problems(im.file, err);
		fprintf(stderr, "%s: nothing imported\n", im.file);
		goto out;
	}
	crypto_hash_sha256(sum, (unsigned char *)xml, (size_t)sz);
	sodium_bin2hex(im.hex, sizeof(im.hex), sum, sizeof(sum));
	im.xml = xml;
	rc = in_tx(cfg, adv_import_tx, &im) == 0 ? 0 : 1;
out:
	adv_free(im.set);
	xmlFreeDoc(doc);
	qn_free(qn);
	free(xml);
	return rc;
}

struct org_gen {
	long long	 n;
	long long	*provinces;
	size_t		 nprov;
	long long	 made;
};

static int
org_gen_tx(struct db *db, void *arg)
{
	static const char *const sizes[] = { "<20k", "20k-50k", "50k-100k",
	    ">=100k" };
	struct org_gen	*g = arg;
	char		 name[64], code[32];
	int		 rc;

	for (long long i = 1; i <= g->n; i++) {
		snprintf(name, sizeof(name), "Testgemeente %05lld", i);
		snprintf(code, sizeof(code), "LT%06lld", i);
		if ((rc = db_org_upsert(db, "gemeente", name, code,
		    g->provinces[(size_t)(i - 1) % g->nprov],
		    sizes[(i - 1) / (long long)g->nprov % 4])) == -1)
			return -1;
		g->made += rc == 1;
	}
	return 0;
}

/*
 * org generate N: N load-test municipalities (LT000001 ..., "Testgemeente
 * 00001" ...) spread over the provinces and size classes; idempotent.
 */
static int
cmd_org_generate(struct config *cfg, int argc, char *argv[])
{
	struct org_gen	 g;
	struct db	*db;
	int		 rc = 1;

	memset(&g, 0, sizeof(g));
	if (argc != 3 || valid_int(argv[2], 1, 999999, &g.n) == -1) {
		fprintf(stderr, "usage: cimolt-admin org generate N\n");
		return 1;
	}
	if ((db = db_open(cfg, 0)) == NULL)
		return 1;
	if (db_province_ids(db, &g.provinces, &g.nprov) == 0 &&
	    g.nprov == 0)
		fprintf(stderr, "cimolt-admin: no provinces: migrate first\n");
	else if (g.nprov > 0 && in_tx(cfg, org_gen_tx, &g) == 0) {
		printf("%lld load-test municipalities made, %lld existed\n",
		    g.made, g.n - g.made);
		rc = 0;
	}
	free(g.provinces);
	db_close(db);
	return rc;
}

struct org_domains {
	const char	*org;
	char		 domains[501];
};

static int
org_domains_tx(struct db *db, void *arg)
{
	struct org_domains	*d = arg;
	struct db_org		 org;
	int			 rc;

	if ((rc = db_org_find(db, d->org, &org)) != 1) {
		if (rc == 0)
			fprintf(stderr, "cimolt-admin: %s: no such "
			    "organisation\n", d->org);
		return 1;
	}
	return db_org_set_domains(db, org.id, d->domains) == -1 ? -1 : 0;
}

/*
 * org domains CBS_CODE [DOMAIN...]: the mail domains of an organisation,
 * whose addresses need no coordinator's approval when [registration]
 * org_domains is on (none: every address needs it). Each a host name in
 * lower case, 500 characters in all.
 */
static int
cmd_org_domains(struct config *cfg, int argc, char *argv[])
{
	struct org_domains	 d;
	size_t			 len;
	int			 i, rc;
	const char		*c;

	memset(&d, 0, sizeof(d));
	if (argc < 3) {
		fprintf(stderr, "usage: cimolt-admin org domains CBS_CODE "
		    "[DOMAIN...]\n");
		return 1;
	}
	d.org = argv[2];
	for (i = 3; i < argc; i++) {
		for (c = argv[i]; *c != '\0'; c++)
			if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' &&
			    *c <= '9') || *c == '.' || *c == '-'))
				break;
		len = strlen(d.domains);
		if (*c != '\0' || argv[i][0] == '\0' || argv[i][0] == '.' ||
		    strchr(argv[i], '.') == NULL) {
			fprintf(stderr, "cimolt-admin: %s: not a mail domain "
			    "in lower case\n", argv[i]);
			return 1;
		}
		if (len + strlen(argv[i]) + 1 >= sizeof(d.domains)) {
			fprintf(stderr, "cimolt-admin: more than 500 "
			    "characters of domains\n");
			return 1;
		}
		snprintf(d.domains + len, sizeof(d.domains) - len, "%s%s",
		    len ? " " : "", argv[i]);
	}
	if ((rc = in_tx(cfg, org_domains_tx, &d)) != 0)
		return 1;
	printf("%s: %s\n", d.org, d.domains[0] ? d.domains :
	    "no mail domains");
	return 0;
}

struct recompute {
	long long	 year;	/* 0: every year with rounds */
	long long	 years[64];
	size_t		 n;
};

static int
recompute_year(const struct db_participation *p, void *arg)
{
	struct recompute *rc = arg;

	if (rc->n < sizeof(rc->years) / sizeof(rc->years[0]))
		rc->years[rc->n++] = p->year;
	return 0;
}

static int
recompute_tx(struct db *db, void *arg)
{
	struct recompute *rc = arg;

	if (rc->year != 0) {
		rc->years[0] = rc->year;
		rc->n = 1;
	} else if (db_participation(db, recompute_year, rc) == -1)
		return -1;
	for (size_t i = 0; i < rc->n; i++)
		if (benchmark_recompute_year(db, (int)rc->years[i]) == -1)
			return -1;
	return 0;
}

/* benchmark recompute [--year Y]: the peer statistics, from the scores. */
static int
cmd_benchmark(struct config *cfg, int argc, char *argv[])
{
	struct recompute r;
	const char	*y = option(argc, argv, "year");

	memset(&r, 0, sizeof(r));
	if (argc < 2 || strcmp(argv[1], "recompute") != 0 ||
	    (y != NULL && valid_int(y, 2000, 9999, &r.year) == -1)) {
		fprintf(stderr, "usage: cimolt-admin benchmark recompute "
		    "[--year Y]\n");
		return 1;
	}
	if (in_tx(cfg, recompute_tx, &r) == -1)
		return 1;
	printf("peer statistics recomputed for %zu year(s)\n", r.n);
	return 0;
}

/*
 * setup [--admin-user NAME]: on a local MariaDB, creates the database and
 * the user that [database] names (with its password), applies the
 * migrations and imports the shipped questionnaire and advice rules.
 * Safe to run again: what exists is kept. The administrator's password,
 * when the account needs one, is read like a new user's (terminal without
 * echo, or the first line of a pipe) after --admin-password.
 */
static int
cmd_setup(struct config *cfg, int argc, char *argv[])
{
	const char	*admin = option(argc, argv, "admin-user");
	char		 pw[256] = "", err[1024], file[1024];
	char		 qn_word[] = "questionnaire", adv_word[] = "advice";
	char		 import_word[] = "import";
	char		*import[3];
	struct db	*db;
	int		 rc;

	for (int i = 1; i < argc; i++)
		if (strcmp(argv[i], "--admin-password") != 0 &&
		    !(strcmp(argv[i], "--admin-user") == 0 && i + 1 < argc &&
		    ++i)) {
			fprintf(stderr, "usage: cimolt-admin setup "
			    "[--admin-user NAME [--admin-password]]\n");
			return 1;
		}
	for (int i = 1; i < argc; i++)
		if (strcmp(argv[i], "--admin-password") == 0 &&
		    read_password(pw, sizeof(pw)) == -1) {
			fprintf(stderr, "cimolt-admin: cannot read the "
			    "administrator's password\n");
			return 1;
		}
	if (db_setup_site(cfg, admin ? admin : "root", *pw ? pw : NULL, err,
	    sizeof(err)) == -1) {
		sodium_memzero(pw, sizeof(pw));
		fprintf(stderr, "cimolt-admin: %s\n", err);
		return 1;
	}
	sodium_memzero(pw, sizeof(pw));
	printf("database %s and user %s are there\n", cfg->db_name,
	    cfg->db_user);
	if ((db = db_open(cfg, 1)) == NULL)
		return 1;
	if (db_ping(db) == -1) {
		fprintf(stderr, "cimolt-admin: cannot sign in to MariaDB as %s "
		    "with the password of [database] (did user %s exist "
		    "before, with another password?)\n", cfg->db_user,
		    cfg->db_user);
		db_close(db);
		return 1;
	}
	rc = migrate_run(db, cfg->schema_dir);
	db_close(db);
	if (rc != 0)
		return 1;
	import[1] = import_word;
	import[2] = file;
	import[0] = qn_word;
	snprintf(file, sizeof(file), "%s/questionnaire-2026.xml",
	    cfg->schema_dir);
	if (cmd_questionnaire(cfg, 3, import) != 0)
		return 1;
	import[0] = adv_word;
	snprintf(file, sizeof(file), "%s/advice.xml", cfg->schema_dir);
	if (cmd_advice(cfg, 3, import) != 0)
		return 1;
	printf("set up; next: cimolt-admin user add --email E --name N "
	    "--org ORG --role admin, then start cimoltd\n");
	return 0;
}

struct purge_run {
	const struct config *cfg;
	int		 dry_run;
	long long	 n[PURGE__MAX];
};

static int
purge_tx(struct db *db, void *arg)
{
	struct purge_run *p = arg;

	return privacy_purge(db, p->cfg, p->dry_run, p->n);
}

/* purge [--dry-run]: applies the retention periods, printing per rule
 * how many rows it changed (or would change) and by which period. */
static int
cmd_purge(struct config *cfg, int argc, char *argv[])
{
	struct purge_run p = { .cfg = cfg };
	char		 why[PURGE__MAX][128];

	if (argc == 2 && strcmp(argv[1], "--dry-run") == 0)
		p.dry_run = 1;
	else if (argc != 1) {
		fprintf(stderr, "usage: cimolt-admin purge [--dry-run]\n");
		return 1;
	}
	snprintf(why[PURGE_REGISTRATIONS], sizeof(why[0]), "personal fields "
	    "(name, e-mail, job title) of registrations for events that "
	    "ended over %d months ago", cfg->keep_reg_months);
	snprintf(why[PURGE_MESSAGES], sizeof(why[0]), "bodies of messages "
	    "delivered or given up over %d days ago", cfg->keep_msg_days);
	snprintf(why[PURGE_LOGIN_FAILURES], sizeof(why[0]), "failed sign-ins "
	    "over %d days old", cfg->keep_fail_days);
	snprintf(why[PURGE_SESSIONS], sizeof(why[0]), "sessions idle over "
	    "%d minutes or over %d hours old", cfg->idle_minutes,
	    cfg->absolute_hours);
	snprintf(why[PURGE_TOKENS], sizeof(why[0]), "invitation and password "
	    "links expired or used");
	snprintf(why[PURGE_AUDIT], sizeof(why[0]), "audit lines over %d "
	    "years old, whose users become pseudonyms", cfg->keep_audit_years);
	if (in_tx(cfg, purge_tx, &p) != 0) {
		fprintf(stderr, "cimolt-admin: purge failed; nothing changed\n");
		return 1;
	}
	printf("%s\n", p.dry_run ? "dry run, nothing changed; a purge would "
	    "remove:" : "removed:");
	for (int i = 0; i < PURGE__MAX; i++)
		printf("%-15s %6lld  %s\n", purge_names[i], p.n[i], why[i]);
	return 0;
}

struct person_run {
	const struct config *cfg;
	const char	*email;
	char		*json;		/* export */
	long long	 n[ERASE__MAX];	/* erase */
};

static int
export_tx(struct db *db, void *arg)
{
	struct person_run *p = arg;

	return (p->json = privacy_export_text(db, p->email)) == NULL ? -1 : 0;
}

/* Erases, but changes nothing (returns 1) when nothing was found. */
static int
erase_tx(struct db *db, void *arg)
{
	struct person_run	*p = arg;
	long long		 sum = 0;

	if (privacy_erase(db, p->cfg, p->email, p->n) == -1)
		return -1;
	for (int i = 0; i < ERASE__MAX; i++)
		sum += p->n[i];
	return sum == 0 ? 1 : 0;
}

/* person export|erase E-MAIL: what the system holds about one person, as
 * JSON on stdout; or its erasure, printing what it changed. */
static int
cmd_person(struct config *cfg, int argc, char *argv[])
{
	static const char *const what[ERASE__MAX] = {
		"the account: name and address erased, cannot sign in",
		"registrations: name, address and job title erased",
		"messages naming the address: bodies erased",
		"failed sign-ins with the address: removed",
		"audit lines about them: users pseudonymised",
		"sessions, links, opt-ins, questions sent: removed",
		"events that notified the address: address removed",
	};
	struct person_run	 p = { .cfg = cfg };
	int			 rc;

	if (argc != 3 || (strcmp(argv[1], "export") != 0 &&
	    strcmp(argv[1], "erase") != 0) || valid_email(argv[2]) == -1) {
		fprintf(stderr, "usage: cimolt-admin person export|erase "
		    "E-MAIL\n");
		return 1;
	}
	p.email = argv[2];
	if (strcmp(argv[1], "export") == 0) {
		if (in_tx(cfg, export_tx, &p) != 0) {
			fprintf(stderr, "cimolt-admin: person export failed\n");
			return 1;
		}
		printf("%s\n", p.json);
		free(p.json);
		return 0;
	}
	if ((rc = in_tx(cfg, erase_tx, &p)) == 1) {
		printf("nothing is held about that address; nothing changed\n");
		return 0;
	}
	if (rc != 0) {
		fprintf(stderr, "cimolt-admin: person erase failed; nothing "
		    "changed\n");
		return 1;
	}
	printf("erased:\n");
	for (int i = 0; i < ERASE__MAX; i++)
		printf("%-15s %6lld  %s\n", erase_names[i], p.n[i], what[i]);
	return 0;
}

static const struct command commands[] = {
	{ "advice", "advice import FILE.xml", cmd_advice },
	{ "backup", "backup FILE", cmd_backup },
	{ "benchmark", "benchmark recompute [--year Y]", cmd_benchmark },
	{ "migrate", "migrate", cmd_migrate },
	{ "monitor", "monitor generate --year Y --orgs N|CBS_CODE,... [--seed S]"
	    "\n  monitor remind [--date YYYY-MM-DD]", cmd_monitor },
	{ "org", "org import FILE.csv\n  org generate N\n"
	    "  org domains CBS_CODE [DOMAIN...]", cmd_org },
	{ "person", "person export E-MAIL\n  person erase E-MAIL",
	    cmd_person },
	{ "practice", "practice reindex", cmd_practice },
	{ "purge", "purge [--dry-run]", cmd_purge },
	{ "questionnaire", "questionnaire import FILE.xml", cmd_questionnaire },
	{ "restore", "restore FILE", cmd_restore },
	{ "setup", "setup [--admin-user NAME [--admin-password]]", cmd_setup },
	{ "user", "user add --email E --name N --org CBS_CODE_OR_ID "
	    "--role ROLE < password\n  user list\n  user disable E-MAIL",
	    cmd_user },
};


#define NCOMMANDS (sizeof(commands) / sizeof(commands[0]))

static void
usage(void)
{
	fprintf(stderr, "usage: cimolt-admin [-V] [-c config-file] command ...\n"
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

	while ((ch = getopt(argc, argv, "+c:V")) != -1)
		switch (ch) {
		case 'c':
			file = optarg;
			break;
		case 'V':
			printf("cimolt-admin %s\n", PACKAGE_VERSION);
			return 0;
		default:
			usage();
		}
	argc -= optind;
	argv += optind;
	if (argc < 1)
		usage();

	log_set_name("cimolt-admin");
	clock_init();
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
