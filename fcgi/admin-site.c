/*
 * cimolt-admin's commands for the site's database and its data as a
 * whole: setup, migrate, backup, restore, the questionnaire and advice
 * imports, purge, and a person's export and erasure.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <sodium.h>

#include "programs.h"

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
int
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
	if (rc == 0 && admin_tx(cfg, reindex_missing_tx, NULL) == -1)
		rc = -1;
	return rc == 0 ? 0 : 1;
}

/* backup FILE: a consistent dump of the database, while the site runs. */
int
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
int
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
int
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
	if ((xml = admin_read_file(im.file, &sz)) == NULL)
		return 1;
	xmlInitParser();
	snprintf(rng, sizeof(rng), "%s/questionnaire.rng", cfg->schema_dir);
	if ((doc = qn_parse(xml, (size_t)sz, err, sizeof(err))) == NULL ||
	    qn_validate(doc, rng, err, sizeof(err)) == -1 ||
	    (im.qn = qn_build(doc, err, sizeof(err))) == NULL) {
		admin_problems(im.file, err);
		fprintf(stderr, "%s: nothing imported\n", im.file);
		xmlFreeDoc(doc);
		goto out;
	}
	crypto_hash_sha256(sum, (unsigned char *)xml, (size_t)sz);
	sodium_bin2hex(im.hex, sizeof(im.hex), sum, sizeof(sum));
	im.xml = xml;
	rc = admin_tx(cfg, qn_import_tx, &im) == 0 ? 0 : 1;
	qn_free(im.qn);
out:
	free(xml);
	return rc;
}

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

	if (db_qn_latest(db, 0, admin_first_qn, &qid) == -1 || qid == 0 ||
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
int
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
	if ((xml = admin_read_file(im.file, &sz)) == NULL)
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
		admin_problems(im.file, err);
		fprintf(stderr, "%s: nothing imported\n", im.file);
		goto out;
	}
	crypto_hash_sha256(sum, (unsigned char *)xml, (size_t)sz);
	sodium_bin2hex(im.hex, sizeof(im.hex), sum, sizeof(sum));
	im.xml = xml;
	rc = admin_tx(cfg, adv_import_tx, &im) == 0 ? 0 : 1;
out:
	adv_free(im.set);
	xmlFreeDoc(doc);
	qn_free(qn);
	free(xml);
	return rc;
}

/*
 * setup [--admin-user NAME]: on a local MariaDB, creates the database and
 * the user that [database] names (with its password), applies the
 * migrations and imports the shipped questionnaire and advice rules.
 * Safe to run again: what exists is kept. The administrator's password,
 * when the account needs one, is read like a new user's (terminal without
 * echo, or the first line of a pipe) after --admin-password.
 */
int
cmd_setup(struct config *cfg, int argc, char *argv[])
{
	const char	*admin = admin_option(argc, argv, "admin-user");
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
		    admin_password(pw, sizeof(pw)) == -1) {
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
int
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
	snprintf(why[PURGE_LOGIN_FAILURES], sizeof(why[0]), "failed sign-ins, "
	    "reset requests and wrong passwords over %d days old",
	    cfg->keep_fail_days);
	snprintf(why[PURGE_SESSIONS], sizeof(why[0]), "sessions idle over "
	    "%d minutes or over %d hours old", cfg->idle_minutes,
	    cfg->absolute_hours);
	snprintf(why[PURGE_TOKENS], sizeof(why[0]), "invitation and password "
	    "links expired or used");
	snprintf(why[PURGE_AUDIT], sizeof(why[0]), "audit lines over %d "
	    "years old, whose users become pseudonyms", cfg->keep_audit_years);
	if (admin_tx(cfg, purge_tx, &p) != 0) {
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
int
cmd_person(struct config *cfg, int argc, char *argv[])
{
	static const char *const what[ERASE__MAX] = {
		"the account: name and address erased, cannot sign in",
		"registrations: name, address and job title erased",
		"messages naming the address: bodies erased",
		"failed sign-ins and throttled requests: removed",
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
		if (admin_tx(cfg, export_tx, &p) != 0) {
			fprintf(stderr, "cimolt-admin: person export failed\n");
			return 1;
		}
		printf("%s\n", p.json);
		free(p.json);
		return 0;
	}
	if ((rc = admin_tx(cfg, erase_tx, &p)) == 1) {
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
