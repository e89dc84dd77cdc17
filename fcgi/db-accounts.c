/*
 * Statements of accounts: users, organisations, sessions, failed
 * sign-ins, single-use tokens and the audit log.
 *
 * Each statement is prepared on first use on the worker's connection
 * (see db.c) and runs with bound parameters only.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db-int.h"

enum stmt {
	STMT_USER_BY_EMAIL,
	STMT_USER_SET_HASH,
	STMT_USER_ADD,
	STMT_USER_DISABLE,
	STMT_USERS_LIST,
	STMT_USER_SET_PROFILE,
	STMT_ORG_FIND,
	STMT_SESSION_NEW,
	STMT_SESSION_GET,
	STMT_SESSION_TOUCH,
	STMT_SESSION_DEL,
	STMT_SESSIONS_DEL_USER,
	STMT_FAIL_ADD,
	STMT_FAIL_COUNT_EMAIL,
	STMT_FAIL_COUNT_ADDR,
	STMT_TOKEN_ADD,
	STMT_TOKEN_GET,
	STMT_TOKEN_USE,
	STMT_TOKENS_END_USER,
	STMT_THROTTLE_ADD,
	STMT_THROTTLE_COUNT_KEY,
	STMT_THROTTLE_COUNT_ADDR,
	STMT_THROTTLE_PURGE_REG,
	STMT_AUDIT_ADD,
	STMT_ORGS_LIST,
	STMT_AUDIT_LIST,
	STMT_ORG_UPSERT,
	STMT_ORG_GROUPS,
	STMT_ORG_SHOW_NAME_GET,
	STMT_ORG_SHOW_NAME_SET,
	STMT_ORGANISER_EMAILS,
	STMT_PROVINCE_IDS,
	STMT__MAX
};

/* The groups of organisation o (p: its province), as struct
 * db_org_groups has them (org_groups_cols, org_groups_done). */
#define ORG_GROUPS_COLUMNS \
	"COALESCE(o.province_id, 0), COALESCE(o.size_class, ''), " \
	"COALESCE(o.inhabitants, -1), COALESCE(p.name, '') "

static const char *const stmts[STMT__MAX] = {
	[STMT_USER_BY_EMAIL] =
	"SELECT " USER_COLUMNS "FROM users u "
	"JOIN organisations o ON o.id = u.organisation_id WHERE u.email = ?",
	[STMT_USER_SET_HASH] =
	"UPDATE users SET password_hash = ? WHERE id = ?",
	[STMT_USER_ADD] =
	"INSERT INTO users (email, name, organisation_id, role, password_hash) "
	"VALUES (?, ?, ?, ?, ?)",
	[STMT_USER_DISABLE] =
	"UPDATE users SET disabled_at = UTC_TIMESTAMP() "
	"WHERE id = ? AND (? = 0 OR organisation_id = ?) "
	"AND disabled_at IS NULL",
	[STMT_USERS_LIST] =
	"SELECT " USER_COLUMNS "FROM users u "
	"JOIN organisations o ON o.id = u.organisation_id "
	"WHERE ? = 0 OR u.organisation_id = ? ORDER BY o.name, u.name, u.id",
	[STMT_USER_SET_PROFILE] =
	"UPDATE users SET name = ?, lang = ? WHERE id = ?",
	[STMT_ORG_FIND] =
	"SELECT id, name, kind FROM organisations "
	"WHERE cbs_code = ? OR id = ? ORDER BY cbs_code = ? DESC LIMIT 1",
	[STMT_SESSION_NEW] =
	"INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) "
	"VALUES (?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())",
	[STMT_SESSION_GET] =
	"SELECT " USER_COLUMNS ", "
	"TIMESTAMPDIFF(SECOND, s.last_seen_at, UTC_TIMESTAMP()), "
	"(SELECT version FROM data_version WHERE id = 1), " ORG_GROUPS_COLUMNS
	"FROM sessions s JOIN users u ON u.id = s.user_id "
	"JOIN organisations o ON o.id = u.organisation_id "
	"LEFT JOIN organisations p ON p.id = o.province_id "
	"WHERE s.token_hash = ? AND u.disabled_at IS NULL "
	"AND s.last_seen_at > UTC_TIMESTAMP() - INTERVAL ? MINUTE "
	"AND s.created_at > UTC_TIMESTAMP() - INTERVAL ? HOUR",
	[STMT_SESSION_TOUCH] =
	"UPDATE sessions SET last_seen_at = UTC_TIMESTAMP() "
	"WHERE token_hash = ?",
	[STMT_SESSION_DEL] =
	"DELETE FROM sessions WHERE token_hash = ?",
	[STMT_SESSIONS_DEL_USER] =
	"DELETE FROM sessions WHERE user_id = ?",
	[STMT_FAIL_ADD] =
	"INSERT INTO login_failures (email_hash, address, at) "
	"VALUES (?, ?, UTC_TIMESTAMP())",
	[STMT_FAIL_COUNT_EMAIL] =
	"SELECT COUNT(*) FROM login_failures WHERE email_hash = ? "
	"AND at > UTC_TIMESTAMP() - INTERVAL 15 MINUTE",
	[STMT_FAIL_COUNT_ADDR] =
	"SELECT COUNT(*) FROM login_failures WHERE address = ? "
	"AND at > UTC_TIMESTAMP() - INTERVAL 15 MINUTE",
	[STMT_TOKEN_ADD] =
	"INSERT INTO user_tokens (token_hash, user_id, purpose, expires_at) "
	"VALUES (?, ?, ?, UTC_TIMESTAMP() + INTERVAL ? HOUR)",
	/* locked, so two uses of one link cannot race */
	[STMT_TOKEN_GET] =
	"SELECT " USER_COLUMNS "FROM user_tokens t "
	"JOIN users u ON u.id = t.user_id "
	"JOIN organisations o ON o.id = u.organisation_id "
	"WHERE t.token_hash = ? AND t.purpose = ? AND t.used_at IS NULL "
	"AND t.expires_at > UTC_TIMESTAMP() AND u.disabled_at IS NULL "
	"FOR UPDATE",
	[STMT_TOKEN_USE] =
	"UPDATE user_tokens SET used_at = UTC_TIMESTAMP() "
	"WHERE token_hash = ? AND used_at IS NULL",
	[STMT_TOKENS_END_USER] =
	"UPDATE user_tokens SET used_at = UTC_TIMESTAMP() "
	"WHERE user_id = ? AND used_at IS NULL",
	[STMT_THROTTLE_ADD] =
	"INSERT INTO throttle_events (kind, key_hash, address, at) "
	"VALUES (?, ?, ?, UTC_TIMESTAMP())",
	[STMT_THROTTLE_COUNT_KEY] =
	"SELECT COUNT(*) FROM throttle_events WHERE kind = ? AND key_hash = ? "
	"AND at > UTC_TIMESTAMP() - INTERVAL ? MINUTE",
	[STMT_THROTTLE_COUNT_ADDR] =
	"SELECT COUNT(*) FROM throttle_events WHERE kind = ? AND address = ? "
	"AND at > UTC_TIMESTAMP() - INTERVAL ? MINUTE",
	[STMT_THROTTLE_PURGE_REG] =
	"DELETE FROM throttle_events WHERE kind = 'registration' "
	"AND at < UTC_TIMESTAMP() - INTERVAL 1 DAY LIMIT 1000",
	[STMT_AUDIT_ADD] =
	"INSERT INTO audit_log (at, actor_user_id, action, subject_type, "
	"subject_id, detail) VALUES (UTC_TIMESTAMP(), NULLIF(?, 0), ?, ?, ?, ?)",
	[STMT_ORGS_LIST] =
	"SELECT o.id, o.kind, o.name, COALESCE(o.cbs_code, ''), "
	"COALESCE(p.name, ''), COALESCE(o.size_class, '') "
	"FROM organisations o LEFT JOIN organisations p ON p.id = o.province_id "
	"ORDER BY FIELD(o.kind, 'organisator', 'provincie', 'koepelorganisatie', "
	"'gemeente'), o.name",
	/* an actor pseudonymised by the purge shows as its pseudonym */
	[STMT_AUDIT_LIST] =
	"SELECT DATE_FORMAT(a.at, '%Y-%m-%d %H:%i:%s'), "
	"COALESCE(u.name, CONCAT('#', a.actor_pseudonym), ''), "
	"a.action, a.subject_type, a.subject_id, a.detail FROM audit_log a "
	"LEFT JOIN users u ON u.id = a.actor_user_id ORDER BY a.id DESC LIMIT ?",
	/* keyed on the CBS code, or kind and name; the
	 * benchmark opt-in (show_name) is the organisation's own to keep */
	[STMT_ORG_UPSERT] =
	"INSERT INTO organisations (kind, name, cbs_code, province_id, "
	"size_class) VALUES (?, ?, NULLIF(?, ''), NULLIF(?, 0), NULLIF(?, '')) "
	"ON DUPLICATE KEY UPDATE kind = VALUES(kind), name = VALUES(name), "
	"province_id = VALUES(province_id), size_class = VALUES(size_class)",
	[STMT_ORG_GROUPS] =
	"SELECT " ORG_GROUPS_COLUMNS "FROM organisations o "
	"LEFT JOIN organisations p ON p.id = o.province_id WHERE o.id = ?",
	[STMT_ORG_SHOW_NAME_GET] =
	"SELECT show_name FROM organisations WHERE id = ?",
	[STMT_ORG_SHOW_NAME_SET] =
	"UPDATE organisations SET show_name = ? WHERE id = ?",
	[STMT_ORGANISER_EMAILS] =
	"SELECT COALESCE(GROUP_CONCAT(email ORDER BY id SEPARATOR ','), '') "
	"FROM users WHERE role = 'organiser' AND disabled_at IS NULL",
	[STMT_PROVINCE_IDS] =
	"SELECT id FROM organisations WHERE kind = 'provincie' ORDER BY id",
};

static const struct db_table tbl = {
	DBT_ACCOUNTS, "accounts", stmts, STMT__MAX
};

int
db_user_by_email(struct db *db, const char *email, struct db_user *u)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };

	p_str(&p, email);
	db_user_cols(&c, u);
	return db_one(db, &tbl, STMT_USER_BY_EMAIL, &p, &c);
}

int
db_user_set_hash(struct db *db, long long id, const char *hash)
{
	struct params p = { .n = 0 };

	p_str(&p, hash);
	p_int(&p, id);
	return db_change(db, &tbl, STMT_USER_SET_HASH, &p) == -1 ? -1 : 0;
}

long long
db_user_add(struct db *db, const char *email, const char *name,
    long long org_id, const char *role, const char *hash)
{
	struct params	 p = { .n = 0 };
	MYSQL_STMT	*st;

	p_str(&p, email);
	p_str(&p, name);
	p_int(&p, org_id);
	p_str(&p, role);
	if (hash != NULL)
		p_str(&p, hash);
	else {
		p_str(&p, "");
		p.b[p.n - 1].buffer_type = MYSQL_TYPE_NULL;
	}
	if ((st = db_run(db, &tbl, STMT_USER_ADD, &p, NULL)) == NULL)
		return db->err == ER_DUP_ENTRY ? 0 : -1;
	return (long long)mysql_stmt_insert_id(st);
}

int
db_user_disable(struct db *db, long long id, long long org)
{
	struct params	 p = { .n = 0 };
	long long	 n;

	p_int(&p, id);
	p_int(&p, org);
	p_int(&p, org);
	if ((n = db_change(db, &tbl, STMT_USER_DISABLE, &p)) == -1)
		return -1;
	if (n == 0)
		return 0;
	p.n = 0;
	p_int(&p, id);
	if (db_change(db, &tbl, STMT_SESSIONS_DEL_USER, &p) == -1)
		return -1;
	return 1;
}

int
db_user_set_profile(struct db *db, long long id, const char *name,
    const char *lang)
{
	struct params p = { .n = 0 };

	p_str(&p, name);
	p_str(&p, lang);
	p_int(&p, id);
	return db_change(db, &tbl, STMT_USER_SET_PROFILE, &p) == -1 ? -1 : 0;
}

int
db_users_list(struct db *db, long long org_id,
    int (*fn)(const struct db_user *, void *), void *arg)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	struct db_user	 u;
	struct db_rows	 rows;

	p_int(&p, org_id);
	p_int(&p, org_id);
	db_user_cols(&c, &u);
	db_rows_start(&rows, db, &tbl, STMT_USERS_LIST, &p, &c);
	while (db_rows_next(&rows))
		if (fn(&u, arg) == -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, NULL);
}

int
db_org_find(struct db *db, const char *code_or_id, struct db_org *o)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	long long	 id = 0;

	(void)valid_int(code_or_id, 1, INT64_MAX, &id);
	memset(o, 0, sizeof(*o));
	p_str(&p, code_or_id);
	p_int(&p, id);
	p_str(&p, code_or_id);
	c_int(&c, &o->id);
	c_str(&c, o->name, sizeof(o->name));
	c_str(&c, o->kind, sizeof(o->kind));
	return db_one(db, &tbl, STMT_ORG_FIND, &p, &c);
}

int
db_session_new(struct db *db, const unsigned char hash[32], long long user)
{
	struct params p = { .n = 0 };

	p_blob(&p, hash, 32);
	p_int(&p, user);
	return db_change(db, &tbl, STMT_SESSION_NEW, &p) == -1 ? -1 : 0;
}

/* What ORG_GROUPS_COLUMNS give before the size class is made. */
struct org_groups_row {
	char		 size_class[16];	/* the stored one */
	long long	 inhabitants;
};

/* Binds ORG_GROUPS_COLUMNS to g and row. */
static void
org_groups_cols(struct cols *c, struct org_groups_row *row,
    struct db_org_groups *g)
{
	memset(g, 0, sizeof(*g));
	row->inhabitants = -1;
	c_int(c, &g->province_id);
	c_str(c, row->size_class, sizeof(row->size_class));
	c_int(c, &row->inhabitants);
	c_str(c, g->province, sizeof(g->province));
}

/* The size class of the configuration (sizeclass.c) from the row. */
static void
org_groups_done(struct db *db, const struct org_groups_row *row,
    struct db_org_groups *g)
{
	(void)size_class_of(db->cfg, row->inhabitants, row->size_class,
	    g->size_class);
}

/* Reads the session from the database (see db_session_get). */
static int
session_read(struct db *db, const unsigned char hash[32], int idle_min,
    int abs_hours, struct db_user *u, struct db_org_groups *g,
    long long *version)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	struct org_groups_row og;
	long long	 idle = 0;
	int		 rc;

	p_blob(&p, hash, 32);
	p_int(&p, idle_min);
	p_int(&p, abs_hours);
	db_user_cols(&c, u);
	c_int(&c, &idle);
	/* Read with the session, no round trip more: the data version,
	 * and the groups the benchmark compares the organisation in. */
	c_int(&c, version);
	org_groups_cols(&c, &og, g);
	if ((rc = db_one(db, &tbl, STMT_SESSION_GET, &p, &c)) != 1)
		return rc;
	org_groups_done(db, &og, g);
	/* Writing on every request would make every page a write; a
	 * minute's precision is plenty for an idle timeout of hours. */
	if (idle >= 60) {
		p.n = 0;
		p_blob(&p, hash, 32);
		if (db_change(db, &tbl, STMT_SESSION_TOUCH, &p) == -1)
			return -1;
	}
	return 1;
}

/*
 * With [cache] shared_version, a valid session read less than recheck_ms
 * ago is kept while the shared change counter (dataver.c) stands still:
 * what could end it or change what it says (signing out, a user disabled
 * or changed, an organisation changed, a purge) is a change committed
 * through cimoltd or cimolt-admin, which raises the counter, so the next
 * request reads the session again. Only its timeouts may pass unseen, for
 * at most recheck_ms; the same holds for the data version read with it.
 */
int
db_session_get(struct db *db, const unsigned char hash[32], int idle_min,
    int abs_hours, struct db_user *u, struct db_org_groups *g,
    long long *version)
{
	struct kept_session	*k = &db->kept[hash[0] % KEPT_SESSIONS];
	unsigned long long	 c;
	long long		 now;
	int			 have, rc;

	if (!db->cfg->cache_shared)
		return session_read(db, hash, idle_min, abs_hours, u, g,
		    version);
	now = mono_ms();
	/* Taken before the session is read (see dataver.c). */
	have = dataver_load(&c) == 0;
	if (have && k->ok && c == k->counter &&
	    now - k->at < db->cfg->cache_recheck_ms &&
	    memcmp(k->hash, hash, 32) == 0) {
		*u = k->user;
		*g = k->groups;
		*version = k->version;
		return 1;
	}
	k->ok = 0;
	rc = session_read(db, hash, idle_min, abs_hours, u, g, version);
	if (rc == 1 && have) {
		k->ok = 1;
		memcpy(k->hash, hash, 32);
		k->counter = c;
		k->at = now;
		k->user = *u;
		k->groups = *g;
		k->version = *version;
	}
	return rc;
}

int
db_session_del(struct db *db, const unsigned char hash[32])
{
	struct params p = { .n = 0 };

	p_blob(&p, hash, 32);
	return db_change(db, &tbl, STMT_SESSION_DEL, &p) == -1 ? -1 : 0;
}

int
db_sessions_del_user(struct db *db, long long user)
{
	struct params p = { .n = 0 };

	p_int(&p, user);
	return db_change(db, &tbl, STMT_SESSIONS_DEL_USER, &p) == -1 ? -1 : 0;
}

int
db_login_failure_add(struct db *db, const unsigned char email_hash[32],
    const char *address)
{
	struct params p = { .n = 0 };

	p_blob(&p, email_hash, 32);
	p_str(&p, address);
	return db_change(db, &tbl, STMT_FAIL_ADD, &p) == -1 ? -1 : 0;
}

int
db_login_failures(struct db *db, const unsigned char email_hash[32],
    const char *address, int *by_email, int *by_address)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	long long	 n = 0;

	p_blob(&p, email_hash, 32);
	c_int(&c, &n);
	if (db_one(db, &tbl, STMT_FAIL_COUNT_EMAIL, &p, &c) == -1)
		return -1;
	*by_email = (int)n;
	p.n = 0;
	p_str(&p, address);
	if (db_one(db, &tbl, STMT_FAIL_COUNT_ADDR, &p, &c) == -1)
		return -1;
	*by_address = (int)n;
	return 0;
}

int
db_token_add(struct db *db, const unsigned char hash[32], long long user,
    const char *purpose, int hours)
{
	struct params p = { .n = 0 };

	p_blob(&p, hash, 32);
	p_int(&p, user);
	p_str(&p, purpose);
	p_int(&p, hours);
	return db_change(db, &tbl, STMT_TOKEN_ADD, &p) == -1 ? -1 : 0;
}

int
db_token_get(struct db *db, const unsigned char hash[32],
    const char *purpose, struct db_user *u)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };

	p_blob(&p, hash, 32);
	p_str(&p, purpose);
	db_user_cols(&c, u);
	return db_one(db, &tbl, STMT_TOKEN_GET, &p, &c);
}

int
db_token_use(struct db *db, const unsigned char hash[32])
{
	struct params p = { .n = 0 };

	p_blob(&p, hash, 32);
	return db_change(db, &tbl, STMT_TOKEN_USE, &p) == -1 ? -1 : 0;
}

int
db_tokens_end_user(struct db *db, long long user)
{
	struct params p = { .n = 0 };

	p_int(&p, user);
	return db_change(db, &tbl, STMT_TOKENS_END_USER, &p) == -1 ? -1 : 0;
}

int
db_throttle_add(struct db *db, const char *kind,
    const unsigned char key_hash[32], const char *address)
{
	struct params p = { .n = 0 };

	p_str(&p, kind);
	p_blob(&p, key_hash, 32);
	p_str(&p, address);
	return db_change(db, &tbl, STMT_THROTTLE_ADD, &p) == -1 ? -1 : 0;
}

int
db_throttle_count(struct db *db, const char *kind,
    const unsigned char key_hash[32], const char *address, int minutes,
    int *by_key, int *by_address)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	long long	 n = 0;

	p_str(&p, kind);
	p_blob(&p, key_hash, 32);
	p_int(&p, minutes);
	c_int(&c, &n);
	if (db_one(db, &tbl, STMT_THROTTLE_COUNT_KEY, &p, &c) == -1)
		return -1;
	*by_key = (int)n;
	p.n = 0;
	p_str(&p, kind);
	p_str(&p, address);
	p_int(&p, minutes);
	if (db_one(db, &tbl, STMT_THROTTLE_COUNT_ADDR, &p, &c) == -1)
		return -1;
	*by_address = (int)n;
	return 0;
}

long long
db_throttle_purge_registrations(struct db *db)
{
	struct params p = { .n = 0 };

	return db_change(db, &tbl, STMT_THROTTLE_PURGE_REG, &p);
}

int
db_audit_add(struct db *db, long long actor, const char *action,
    const char *subject_type, long long subject_id, const char *detail)
{
	struct params p = { .n = 0 };

	p_int(&p, actor);
	p_str(&p, action);
	p_str(&p, subject_type);
	p_int(&p, subject_id);
	p_str(&p, detail);
	return db_change(db, &tbl, STMT_AUDIT_ADD, &p) == -1 ? -1 : 0;
}

int
db_orgs_list(struct db *db, int (*fn)(const struct db_org_row *, void *),
    void *arg)
{
	struct cols		 c = { .n = 0 };
	struct db_org_row	 o;
	struct db_rows		 rows;

	memset(&o, 0, sizeof(o));
	c_int(&c, &o.id);
	c_str(&c, o.kind, sizeof(o.kind));
	c_str(&c, o.name, sizeof(o.name));
	c_str(&c, o.cbs_code, sizeof(o.cbs_code));
	c_str(&c, o.province, sizeof(o.province));
	c_str(&c, o.size_class, sizeof(o.size_class));
	db_rows_start(&rows, db, &tbl, STMT_ORGS_LIST, NULL, &c);
	while (db_rows_next(&rows))
		if (fn(&o, arg) == -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, NULL);
}

int
db_audit_list(struct db *db, int limit,
    int (*fn)(const struct db_audit *, void *), void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_audit		 a;
	struct db_rows		 rows;

	p_int(&p, limit);
	memset(&a, 0, sizeof(a));
	c_str(&c, a.at, sizeof(a.at));
	c_str(&c, a.actor, sizeof(a.actor));
	c_str(&c, a.action, sizeof(a.action));
	c_str(&c, a.subject_type, sizeof(a.subject_type));
	c_int(&c, &a.subject_id);
	c_str(&c, a.detail, sizeof(a.detail));
	db_rows_start(&rows, db, &tbl, STMT_AUDIT_LIST, &p, &c);
	while (db_rows_next(&rows))
		if (fn(&a, arg) == -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, NULL);
}

int
db_org_upsert(struct db *db, const char *kind, const char *name,
    const char *cbs_code, long long province_id, const char *size_class)
{
	struct params	 p = { .n = 0 };
	long long	 n;

	p_str(&p, kind);
	p_str(&p, name);
	p_str(&p, cbs_code);
	p_int(&p, province_id);
	p_str(&p, size_class);
	if ((n = db_change(db, &tbl, STMT_ORG_UPSERT, &p)) == -1)
		return -1;
	/* MariaDB counts an insert as 1, a changed row as 2. */
	return n == 1 ? 1 : n == 2 ? 2 : 0;
}

int
db_org_groups(struct db *db, long long org_id, struct db_org_groups *g)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct org_groups_row	 og;
	int			 rc;

	p_int(&p, org_id);
	org_groups_cols(&c, &og, g);
	if ((rc = db_one(db, &tbl, STMT_ORG_GROUPS, &p, &c)) == 1)
		org_groups_done(db, &og, g);
	return rc;
}

int
db_org_show_name(struct db *db, long long org_id)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	long long	 v = 0;
	int		 rc;

	p_int(&p, org_id);
	c_int(&c, &v);
	if ((rc = db_one(db, &tbl, STMT_ORG_SHOW_NAME_GET, &p, &c)) != 1)
		return rc == 0 ? 0 : -1;
	return v != 0;
}

int
db_org_set_show_name(struct db *db, long long org_id, int show)
{
	struct params p = { .n = 0 };

	p_int(&p, show != 0);
	p_int(&p, org_id);
	return db_change(db, &tbl, STMT_ORG_SHOW_NAME_SET, &p) == -1 ? -1 : 0;
}

int
db_organiser_emails(struct db *db, char *buf, size_t sz)
{
	struct cols c = { .n = 0 };

	buf[0] = '\0';
	c_str(&c, buf, sz);
	return db_one(db, &tbl, STMT_ORGANISER_EMAILS, NULL, &c) == -1 ? -1 : 0;
}

int
db_province_ids(struct db *db, long long **ids, size_t *n)
{
	struct cols	 c = { .n = 0 };
	struct db_rows	 rows;
	long long	 id = 0, *more;
	size_t		 cap = 0;

	*ids = NULL;
	*n = 0;
	c_int(&c, &id);
	db_rows_start(&rows, db, &tbl, STMT_PROVINCE_IDS, NULL, &c);
	while (db_rows_next(&rows)) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			if ((more = reallocarray(*ids, cap, sizeof(*more))) ==
			    NULL) {
				db_rows_fail(&rows);
				break;
			}
			*ids = more;
		}
		(*ids)[(*n)++] = id;
	}
	if (db_rows_end(&rows, NULL) == -1) {
		free(*ids);
		*ids = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}
