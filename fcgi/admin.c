/*
 * cimolt-admin: the operator's command line. Each command is a row of
 * commands[]: its name, what it needs, and the function that runs it.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <sodium.h>

#include "programs.h"

struct command {
	const char	*name;
	const char	*usage;
	int		(*fn)(struct config *, int, char *[]);
};

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
	if (u->password == NULL && (a.rd = admin_stylesheets(u->cfg)) == NULL)
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
	u.email = admin_option(argc, argv, "email");
	u.name = admin_option(argc, argv, "name");
	u.org = admin_option(argc, argv, "org");
	u.role = admin_option(argc, argv, "role");
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
	if ((rc = admin_password(pw, sizeof(pw))) == -1)
		return 1;
	if (rc == 1 && valid_password(pw) == -1) {
		fprintf(stderr, "cimolt-admin: a password has %d to %d "
		    "bytes\n", PASSWORD_MIN, PASSWORD_MAX);
		return 1;
	}
	u.password = rc == 1 ? pw : NULL;
	rc = admin_tx(cfg, user_add_tx, &u);
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
	return admin_tx(cfg, user_disable_tx, &d) == 0 ? 0 : 1;
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
		rc = admin_tx(cfg, org_import_tx, &im) == 0 ? 0 : 1;
out:
	fclose(f);
	for (size_t i = 0; i < nkeep; i++)
		free(keep[i]);
	free(keep);
	free(im.rows);
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
	const char	*date = admin_option(argc, argv, "date");
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
	if ((m.rd = admin_stylesheets(cfg)) == NULL ||
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
	const char	*y = admin_option(argc, argv, "year");
	const char	*sd = admin_option(argc, argv, "seed");
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
	g.orgs = admin_option(argc, argv, "orgs");
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
	if (db_qn_latest(db, (int)year, admin_first_qn, &qid) == -1)
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
	if (admin_tx(cfg, reindex_tx, &n) == -1)
		return 1;
	printf("search terms made for %lld practice(s)\n", n);
	return 0;
}

/* ---- org generate, benchmark recompute ----------------------------- */

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
	else if (g.nprov > 0 && admin_tx(cfg, org_gen_tx, &g) == 0) {
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
	if ((rc = admin_tx(cfg, org_domains_tx, &d)) != 0)
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
	const char	*y = admin_option(argc, argv, "year");

	memset(&r, 0, sizeof(r));
	if (argc < 2 || strcmp(argv[1], "recompute") != 0 ||
	    (y != NULL && valid_int(y, 2000, 9999, &r.year) == -1)) {
		fprintf(stderr, "usage: cimolt-admin benchmark recompute "
		    "[--year Y]\n");
		return 1;
	}
	if (admin_tx(cfg, recompute_tx, &r) == -1)
		return 1;
	printf("peer statistics recomputed for %zu year(s)\n", r.n);
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
	/* cimoltd's workers learn of the changes through it (dataver.c);
	 * none when cimoltd does not run. */
	(void)dataver_open(cfg, 0);
	rc = -1;
	for (size_t i = 0; i < NCOMMANDS; i++)
		if (strcmp(argv[0], commands[i].name) == 0)
			rc = commands[i].fn(cfg, argc, argv);
	if (rc == -1) {
		fprintf(stderr, "cimolt-admin: unknown command %s\n", argv[0]);
		rc = 1;
	}
	/* Whatever the command changed, also outside db.c (a restore
	 * through the mariadb client), is committed now. */
	dataver_bump();
	db_library_end();
	config_free(cfg);
	return rc;
}
