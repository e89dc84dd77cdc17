/*
 * Statements of the monitor: questionnaires, rounds, answers, section
 * versions and scores.
 *
 * Each statement is prepared on first use on the worker's connection
 * (see db.c) and runs with bound parameters only.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "db-int.h"

enum stmt {
	STMT_QN_GET,
	STMT_QN_ADD,
	STMT_QN_LATEST,
	STMT_QN_XML,
	STMT_ROUND_GET,
	STMT_ROUND_ADD,
	STMT_ROUND_SUBMIT,
	STMT_ROUND_REOPEN,
	STMT_ROUNDS_LIST,
	STMT_ANSWERS_LIST,
	STMT_ANSWER_PUT,
	STMT_ANSWER_DEL,
	STMT_SECTION_VERSION,
	STMT_SECTION_BUMP,
	STMT_SCORES_DEL,
	STMT_SCORES_LIST,
	STMT_ROUNDS_SUBMITTED_COUNT,
	STMT_ANSWERS_BULK,
	STMT_SCORES_BULK,
	STMT_YEAR_GET,
	STMT_YEARS_LIST,
	STMT_YEAR_PUT,
	STMT_REMIND_ORGS,
	STMT_REMINDER_ADD,
	STMT_COORDINATORS,
	STMT_PARTICIPANTS,
	STMT__MAX
};

static const char *const stmts[STMT__MAX] = {
	[STMT_QN_GET] =
	"SELECT id, checksum FROM questionnaires WHERE year = ? AND version = ?",
	[STMT_QN_ADD] =
	"INSERT INTO questionnaires (year, version, checksum, xml, imported_at) "
	"VALUES (?, ?, ?, ?, UTC_TIMESTAMP())",
	/* the newest version of each year (? = 0) or of one */
	[STMT_QN_LATEST] =
	"SELECT q.id, q.year, q.version FROM questionnaires q "
	"WHERE (? = 0 OR q.year = ?) AND q.version = (SELECT MAX(version) "
	"FROM questionnaires v WHERE v.year = q.year) ORDER BY q.year DESC",
	[STMT_QN_XML] =
	"SELECT xml FROM questionnaires WHERE id = ?",
	[STMT_ROUND_GET] =
	"SELECT r.id, r.organisation_id, o.name, r.year, r.questionnaire_id, "
	"r.status, COALESCE(DATE_FORMAT(r.submitted_at, '%Y-%m-%d %H:%i:%s'), "
	"'') FROM rounds r JOIN organisations o ON o.id = r.organisation_id "
	"WHERE (r.organisation_id = ? AND r.year = ?) OR r.id = ?",
	/* the round of a year exists once; a second
	 * creator finds it made */
	[STMT_ROUND_ADD] =
	"INSERT IGNORE INTO rounds (organisation_id, year, questionnaire_id, "
	"created_at) VALUES (?, ?, ?, UTC_TIMESTAMP())",
	[STMT_ROUND_SUBMIT] =
	"UPDATE rounds SET status = 'submitted', submitted_at = UTC_TIMESTAMP(), "
	"submitted_by = NULLIF(?, 0) WHERE id = ? AND status = 'draft'",
	[STMT_ROUND_REOPEN] =
	"UPDATE rounds SET status = 'draft', submitted_at = NULL, "
	"submitted_by = NULL WHERE id = ? AND status = 'submitted'",
	[STMT_ROUNDS_LIST] =
	"SELECT r.id, r.organisation_id, o.name, r.year, r.questionnaire_id, "
	"r.status, COALESCE(DATE_FORMAT(r.submitted_at, '%Y-%m-%d %H:%i:%s'), "
	"'') FROM rounds r JOIN organisations o ON o.id = r.organisation_id "
	"WHERE (? = 0 OR r.year = ?) AND (? = 0 OR r.organisation_id = ?) "
	"ORDER BY r.year DESC, o.name",
	[STMT_ANSWERS_LIST] =
	"SELECT question_id, COALESCE(value, ''), value IS NOT NULL, "
	"dont_know, prefilled FROM answers WHERE round_id = ?",
	[STMT_ANSWER_PUT] =
	"INSERT INTO answers (round_id, question_id, value, dont_know, "
	"prefilled, updated_by, updated_at) VALUES (?, ?, NULLIF(?, ''), ?, ?, "
	"NULLIF(?, 0), UTC_TIMESTAMP()) ON DUPLICATE KEY UPDATE "
	"value = VALUES(value), dont_know = VALUES(dont_know), "
	"prefilled = VALUES(prefilled), updated_by = VALUES(updated_by), "
	"updated_at = VALUES(updated_at)",
	[STMT_ANSWER_DEL] =
	"DELETE FROM answers WHERE round_id = ? AND question_id = ?",
	/* locked, so two saves of one section are
	 * decided one after the other */
	[STMT_SECTION_VERSION] =
	"SELECT version FROM round_sections WHERE round_id = ? "
	"AND section_id = ? FOR UPDATE",
	[STMT_SECTION_BUMP] =
	"INSERT INTO round_sections (round_id, section_id, version, updated_by, "
	"updated_at) VALUES (?, ?, 1, NULLIF(?, 0), UTC_TIMESTAMP()) "
	"ON DUPLICATE KEY UPDATE version = version + 1, "
	"updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)",
	[STMT_SCORES_DEL] =
	"DELETE FROM scores WHERE round_id = ?",
	[STMT_SCORES_LIST] =
	"SELECT scope, scope_key, COALESCE(score, 0), score IS NOT NULL, "
	"answered, total FROM scores WHERE round_id = ?",
	[STMT_ROUNDS_SUBMITTED_COUNT] =
	"SELECT COUNT(*) FROM rounds WHERE year = ? AND status = 'submitted'",
	/* Many answers of a round in one statement: a JSON array of
	 * [question, value or null, dont_know]. */
	[STMT_ANSWERS_BULK] =
	"INSERT INTO answers (round_id, question_id, value, dont_know, "
	"prefilled, updated_by, updated_at) "
	"SELECT ?, j.q, j.v, j.d, 0, NULL, UTC_TIMESTAMP() FROM JSON_TABLE(?, "
	"'$[*]' COLUMNS (q VARCHAR(48) PATH '$[0]', v VARCHAR(4000) PATH '$[1]', "
	"d INT PATH '$[2]')) j",
	/* A round's scores in one statement: [scope, key, score or null,
	 * answered, total]. */
	[STMT_SCORES_BULK] =
	"INSERT INTO scores (round_id, scope, scope_key, score, answered, total) "
	"SELECT ?, j.s, j.k, j.v, j.a, j.t FROM JSON_TABLE(?, '$[*]' COLUMNS ("
	"s VARCHAR(16) PATH '$[0]', k VARCHAR(48) PATH '$[1]', "
	"v DECIMAL(7,3) PATH '$[2]', a INT PATH '$[3]', t INT PATH '$[4]')) j",
#define YEAR_COLUMNS(day) \
	"SELECT year, DATE_FORMAT(opens_on, '%Y-%m-%d'), " \
	"DATE_FORMAT(deadline, '%Y-%m-%d'), reminder_days, " \
	"DATEDIFF(deadline, " day "), opens_on <= " day " FROM monitor_years "
	[STMT_YEAR_GET] =
	YEAR_COLUMNS("CAST(? AS DATE)") "WHERE year = ?",
	/* all (? = 0), or those whose reminders may be due on the day */
	[STMT_YEARS_LIST] =
	YEAR_COLUMNS("CAST(? AS DATE)") "WHERE ? = 0 OR (opens_on <= "
	"CAST(? AS DATE) AND deadline >= CAST(? AS DATE) AND "
	"reminder_days <> '') ORDER BY year DESC",
#undef YEAR_COLUMNS
	[STMT_YEAR_PUT] =
	"INSERT INTO monitor_years (year, opens_on, deadline, reminder_days, "
	"updated_by, updated_at) VALUES (?, ?, ?, ?, NULLIF(?, 0), "
	"UTC_TIMESTAMP()) ON DUPLICATE KEY UPDATE opens_on = VALUES(opens_on), "
	"deadline = VALUES(deadline), reminder_days = VALUES(reminder_days), "
	"updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)",
	[STMT_REMIND_ORGS] =
	"SELECT o.id FROM organisations o WHERE o.kind = 'gemeente' "
	"AND NOT EXISTS (SELECT 1 FROM rounds r WHERE r.organisation_id = o.id "
	"AND r.year = ? AND r.status = 'submitted') AND EXISTS (SELECT 1 "
	"FROM users u WHERE u.organisation_id = o.id AND u.role = "
	"'coordinator' AND u.disabled_at IS NULL AND u.password_hash IS NOT "
	"NULL) ORDER BY o.id",
	/* the primary key keeps a reminder single */
	[STMT_REMINDER_ADD] =
	"INSERT IGNORE INTO monitor_reminders (year, organisation_id, kind, "
	"slot, sent_at, sent_by) VALUES (?, ?, ?, ?, UTC_TIMESTAMP(), "
	"NULLIF(?, 0))",
	[STMT_COORDINATORS] =
	"SELECT " USER_COLUMNS "FROM users u JOIN organisations o "
	"ON o.id = u.organisation_id WHERE u.organisation_id = ? AND "
	"u.role = 'coordinator' AND u.disabled_at IS NULL AND "
	"u.password_hash IS NOT NULL ORDER BY u.id",
#define STAMP(x) "COALESCE(DATE_FORMAT(" x ", '%Y-%m-%d %H:%i:%s'), '')"
	[STMT_PARTICIPANTS] =
	"SELECT o.id, o.name, COALESCE(o.cbs_code, ''), COALESCE(p.name, ''), "
	"(SELECT COUNT(*) FROM users u WHERE u.organisation_id = o.id AND "
	"u.disabled_at IS NULL AND u.password_hash IS NOT NULL), "
	"(SELECT COUNT(*) FROM users u WHERE u.organisation_id = o.id AND "
	"u.role = 'coordinator' AND u.disabled_at IS NULL AND "
	"u.password_hash IS NOT NULL), COALESCE(r.id, 0), "
	"COALESCE(r.status, ''), " STAMP("r.created_at") ", "
	STAMP("(SELECT MAX(a.updated_at) FROM answers a WHERE a.round_id = "
	"r.id)") ", " STAMP("r.submitted_at") ", "
	STAMP("(SELECT MAX(m.sent_at) FROM monitor_reminders m WHERE "
	"m.organisation_id = o.id AND m.year = ?)") ", "
	"EXISTS (SELECT 1 FROM monitor_reminders m WHERE m.organisation_id = "
	"o.id AND m.year = ? AND m.kind = 'manual' AND m.slot = ?) "
	"FROM organisations o LEFT JOIN organisations p ON p.id = "
	"o.province_id LEFT JOIN rounds r ON r.organisation_id = o.id AND "
	"r.year = ? WHERE o.kind = 'gemeente' AND (? = 0 OR o.province_id = ?) "
	"ORDER BY o.name",
#undef STAMP
};

static const struct db_table tbl = {
	DBT_MONITOR, "monitor", stmts, STMT__MAX
};

int
db_questionnaire_get(struct db *db, int year, int version, long long *id,
    char checksum[65])
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };

	p_int(&p, year);
	p_int(&p, version);
	c_int(&c, id);
	c_str(&c, checksum, 65);
	return db_one(db, &tbl, STMT_QN_GET, &p, &c);
}

long long
db_questionnaire_add(struct db *db, int year, int version,
    const char *checksum, const char *xml)
{
	struct params	 p = { .n = 0 };
	MYSQL_STMT	*st;

	p_int(&p, year);
	p_int(&p, version);
	p_str(&p, checksum);
	p_str(&p, xml);
	if ((st = db_run(db, &tbl, STMT_QN_ADD, &p, NULL)) == NULL)
		return -1;
	return (long long)mysql_stmt_insert_id(st);
}

int
db_qn_latest(struct db *db, int year,
    int (*fn)(long long id, int year, int version, void *), void *arg)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	long long	 id = 0, y = 0, v = 0;
	struct db_rows	 rows;

	p_int(&p, year);
	p_int(&p, year);
	c_int(&c, &id);
	c_int(&c, &y);
	c_int(&c, &v);
	db_rows_start(&rows, db, &tbl, STMT_QN_LATEST, &p, &c);
	while (db_rows_next(&rows))
		if (fn(id, (int)y, (int)v, arg) == -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, NULL);
}

char *
db_qn_xml(struct db *db, long long id, size_t *len)
{
	struct params	 p = { .n = 0 };
	MYSQL_STMT	*st;
	MYSQL_BIND	 res[1];
	unsigned long	 l = 0;
	my_bool		 isnull = 0, error = 0;
	char		*buf;
	int		 rc;

	p_int(&p, id);
	if ((st = db_prepared(db, &tbl, STMT_QN_XML)) == NULL)
		return NULL;
	/* Its length is known only after the fetch: fetch nothing first,
	 * then the column into a buffer of that size. */
	memset(res, 0, sizeof(res));
	res[0].buffer_type = MYSQL_TYPE_STRING;
	res[0].length = &l;
	res[0].is_null = &isnull;
	res[0].error = &error;
	if (db_execute(db, st, p.b, res, "qn_xml") == -1)
		return NULL;
	rc = mysql_stmt_fetch(st);
	if (rc == MYSQL_NO_DATA || (rc != 0 && rc != MYSQL_DATA_TRUNCATED) ||
	    isnull || (buf = malloc(l + 1)) == NULL) {
		mysql_stmt_free_result(st);
		return NULL;
	}
	res[0].buffer = buf;
	res[0].buffer_length = l + 1;
	if (mysql_stmt_fetch_column(st, res, 0, 0) != 0) {
		db_fail(db, st, "qn_xml");
		mysql_stmt_free_result(st);
		free(buf);
		return NULL;
	}
	buf[l] = '\0';
	*len = l;
	mysql_stmt_free_result(st);
	return buf;
}

/* Binds the columns of a round. */
static void
round_cols(struct cols *c, struct db_round *r)
{
	memset(r, 0, sizeof(*r));
	c_int(c, &r->id);
	c_int(c, &r->org_id);
	c_str(c, r->org_name, sizeof(r->org_name));
	c_int(c, &r->year);
	c_int(c, &r->qn_id);
	c_str(c, r->status, sizeof(r->status));
	c_str(c, r->submitted_at, sizeof(r->submitted_at));
}

int
db_round_get(struct db *db, long long org_id, int year, long long id,
    struct db_round *r)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };

	p_int(&p, org_id);
	p_int(&p, year);
	p_int(&p, id);
	round_cols(&c, r);
	return db_one(db, &tbl, STMT_ROUND_GET, &p, &c);
}

int
db_round_add(struct db *db, long long org_id, int year, long long qn_id)
{
	struct params p = { .n = 0 };

	p_int(&p, org_id);
	p_int(&p, year);
	p_int(&p, qn_id);
	return db_change(db, &tbl, STMT_ROUND_ADD, &p) == -1 ? -1 : 0;
}

int
db_round_submit(struct db *db, long long id, long long user)
{
	struct params	 p = { .n = 0 };
	long long	 n;

	p_int(&p, user);
	p_int(&p, id);
	if ((n = db_change(db, &tbl, STMT_ROUND_SUBMIT, &p)) == -1)
		return -1;
	return n > 0;
}

int
db_round_reopen(struct db *db, long long id)
{
	struct params	 p = { .n = 0 };
	long long	 n;

	p_int(&p, id);
	if ((n = db_change(db, &tbl, STMT_ROUND_REOPEN, &p)) == -1)
		return -1;
	return n > 0;
}

int
db_rounds_list(struct db *db, int year, long long org_id,
    int (*fn)(const struct db_round *, void *), void *arg)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	struct db_round	 r;
	struct db_rows	 rows;

	p_int(&p, year);
	p_int(&p, year);
	p_int(&p, org_id);
	p_int(&p, org_id);
	round_cols(&c, &r);
	db_rows_start(&rows, db, &tbl, STMT_ROUNDS_LIST, &p, &c);
	while (db_rows_next(&rows))
		if (fn(&r, arg) == -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, NULL);
}

int
db_answers_list(struct db *db, long long round_id,
    int (*fn)(const struct db_answer *, void *), void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_answer	*a;
	struct db_rows		 rows;

	if ((a = calloc(1, sizeof(*a))) == NULL)
		return -1;
	p_int(&p, round_id);
	c_str(&c, a->question_id, sizeof(a->question_id));
	c_str(&c, a->value, sizeof(a->value));
	c_int(&c, &a->has_value);
	c_int(&c, &a->dont_know);
	c_int(&c, &a->prefilled);
	db_rows_start(&rows, db, &tbl, STMT_ANSWERS_LIST, &p, &c);
	while (db_rows_next(&rows))
		if (fn(a, arg) == -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, a);
}

int
db_answer_put(struct db *db, long long round_id, const char *question_id,
    const char *value, int dont_know, int prefilled, long long user)
{
	struct params p = { .n = 0 };

	p_int(&p, round_id);
	p_str(&p, question_id);
	p_str(&p, value ? value : "");
	p_int(&p, dont_know);
	p_int(&p, prefilled);
	p_int(&p, user);
	return db_change(db, &tbl, STMT_ANSWER_PUT, &p) == -1 ? -1 : 0;
}

int
db_answer_del(struct db *db, long long round_id, const char *question_id)
{
	struct params p = { .n = 0 };

	p_int(&p, round_id);
	p_str(&p, question_id);
	return db_change(db, &tbl, STMT_ANSWER_DEL, &p) == -1 ? -1 : 0;
}

long long
db_section_version(struct db *db, long long round_id, const char *section)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	long long	 v = 0;
	int		 rc;

	p_int(&p, round_id);
	p_str(&p, section);
	c_int(&c, &v);
	if ((rc = db_one(db, &tbl, STMT_SECTION_VERSION, &p, &c)) == -1)
		return -1;
	return rc == 1 ? v : 0;
}

int
db_section_bump(struct db *db, long long round_id, const char *section,
    long long user)
{
	struct params p = { .n = 0 };

	p_int(&p, round_id);
	p_str(&p, section);
	p_int(&p, user);
	return db_change(db, &tbl, STMT_SECTION_BUMP, &p) == -1 ? -1 : 0;
}

int
db_scores_replace(struct db *db, long long round_id,
    const struct db_score *scores, size_t n)
{
	struct params p = { .n = 0 };

	json_t		*rows, *one;
	char		*json, buf[32];
	long long	 rc;

	p_int(&p, round_id);
	if (db_change(db, &tbl, STMT_SCORES_DEL, &p) == -1)
		return -1;
	/* One statement for all of them: [scope, key, score, answered,
	 * total] rows; a score as a string of three decimals keeps the
	 * digits we chose in DECIMAL(7,3). */
	if ((rows = json_array()) == NULL)
		return -1;
	for (size_t i = 0; i < n; i++) {
		snprintf(buf, sizeof(buf), "%.3f", scores[i].score);
		if ((one = json_pack("[s,s,o,i,i]", scores[i].scope,
		    scores[i].key, scores[i].has ? json_string(buf) :
		    json_null(), scores[i].answered, scores[i].total)) ==
		    NULL || json_array_append_new(rows, one) == -1) {
			json_decref(rows);
			return -1;
		}
	}
	json = json_dumps(rows, JSON_COMPACT);
	json_decref(rows);
	if (json == NULL)
		return -1;
	p.n = 0;
	p_int(&p, round_id);
	p_str(&p, json);
	rc = db_change(db, &tbl, STMT_SCORES_BULK, &p);
	free(json);
	return rc == -1 ? -1 : 0;
}

int
db_scores_list(struct db *db, long long round_id,
    int (*fn)(const struct db_score *, void *), void *arg)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	struct db_score	 sc;
	char		 scope[16], key[49], score[32];
	long long	 has = 0, answered = 0, total = 0;
	struct db_rows	 rows;

	p_int(&p, round_id);
	c_str(&c, scope, sizeof(scope));
	c_str(&c, key, sizeof(key));
	c_str(&c, score, sizeof(score));
	c_int(&c, &has);
	c_int(&c, &answered);
	c_int(&c, &total);
	db_rows_start(&rows, db, &tbl, STMT_SCORES_LIST, &p, &c);
	while (db_rows_next(&rows)) {
		sc.scope = scope;
		sc.key = key;
		sc.score = strtod(score, NULL);
		sc.has = (int)has;
		sc.answered = (int)answered;
		sc.total = (int)total;
		if (fn(&sc, arg) == -1)
			db_rows_fail(&rows);
	}
	return db_rows_end(&rows, NULL);
}

long long
db_rounds_submitted(struct db *db, int year)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	long long	 n = 0;

	p_int(&p, year);
	c_int(&c, &n);
	return db_one(db, &tbl, STMT_ROUNDS_SUBMITTED_COUNT, &p, &c) == -1 ? -1 : n;
}

int
db_answers_bulk(struct db *db, long long round_id, const char *json)
{
	struct params p = { .n = 0 };

	p_int(&p, round_id);
	p_str(&p, json);
	return db_change(db, &tbl, STMT_ANSWERS_BULK, &p) == -1 ? -1 : 0;
}

/* Binds the columns of a monitor year to y. */
static void
year_cols(struct cols *c, struct db_monitor_year *y)
{
	c_int(c, &y->year);
	c_str(c, y->opens, sizeof(y->opens));
	c_str(c, y->deadline, sizeof(y->deadline));
	c_str(c, y->days, sizeof(y->days));
	c_int(c, &y->days_left);
	c_int(c, &y->opened);
}

int
db_monitor_year_get(struct db *db, int year, const char *day,
    struct db_monitor_year *y)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };

	p_str(&p, day);
	p_str(&p, day);
	p_int(&p, year);
	year_cols(&c, y);
	return db_one(db, &tbl, STMT_YEAR_GET, &p, &c);
}

int
db_monitor_years_list(struct db *db, const char *day, int due,
    int (*fn)(const struct db_monitor_year *, void *), void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_monitor_year	 y;
	struct db_rows		 rows;

	p_str(&p, day);
	p_str(&p, day);
	p_int(&p, due);
	p_str(&p, day);
	p_str(&p, day);
	year_cols(&c, &y);
	db_rows_start(&rows, db, &tbl, STMT_YEARS_LIST, &p, &c);
	while (db_rows_next(&rows))
		if (fn(&y, arg) == -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, NULL) == -1 ? -1 : 0;
}

int
db_monitor_year_put(struct db *db, int year, const char *opens,
    const char *deadline, const char *days, long long user)
{
	struct params p = { .n = 0 };

	p_int(&p, year);
	p_str(&p, opens);
	p_str(&p, deadline);
	p_str(&p, days);
	p_int(&p, user);
	return db_change(db, &tbl, STMT_YEAR_PUT, &p) == -1 ? -1 : 0;
}

int
db_remind_orgs(struct db *db, int year, int (*fn)(long long, void *),
    void *arg)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	long long	 id;
	struct db_rows	 rows;

	p_int(&p, year);
	c_int(&c, &id);
	db_rows_start(&rows, db, &tbl, STMT_REMIND_ORGS, &p, &c);
	while (db_rows_next(&rows))
		if (fn(id, arg) == -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, NULL) == -1 ? -1 : 0;
}

int
db_reminder_add(struct db *db, int year, long long org_id, const char *kind,
    long long slot, long long user)
{
	struct params	 p = { .n = 0 };
	long long	 n;

	p_int(&p, year);
	p_int(&p, org_id);
	p_str(&p, kind);
	p_int(&p, slot);
	p_int(&p, user);
	if ((n = db_change(db, &tbl, STMT_REMINDER_ADD, &p)) == -1)
		return -1;
	return n > 0;
}

int
db_coordinators_list(struct db *db, long long org_id,
    int (*fn)(const struct db_user *, void *), void *arg)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	struct db_user	 u;
	struct db_rows	 rows;

	p_int(&p, org_id);
	db_user_cols(&c, &u);
	db_rows_start(&rows, db, &tbl, STMT_COORDINATORS, &p, &c);
	while (db_rows_next(&rows))
		if (fn(&u, arg) == -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, NULL) == -1 ? -1 : 0;
}

int
db_participants_list(struct db *db, int year, long long province,
    long long day_number, int (*fn)(const struct db_participant *, void *),
    void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_participant	*g;
	struct db_rows		 rows;
	int			 rc;

	if ((g = calloc(1, sizeof(*g))) == NULL)
		return -1;
	p_int(&p, year);
	p_int(&p, year);
	p_int(&p, day_number);
	p_int(&p, year);
	p_int(&p, province);
	p_int(&p, province);
	c_int(&c, &g->org_id);
	c_str(&c, g->name, sizeof(g->name));
	c_str(&c, g->cbs_code, sizeof(g->cbs_code));
	c_str(&c, g->province, sizeof(g->province));
	c_int(&c, &g->accounts);
	c_int(&c, &g->coordinators);
	c_int(&c, &g->round_id);
	c_str(&c, g->status, sizeof(g->status));
	c_str(&c, g->started, sizeof(g->started));
	c_str(&c, g->changed, sizeof(g->changed));
	c_str(&c, g->submitted, sizeof(g->submitted));
	c_str(&c, g->reminded, sizeof(g->reminded));
	c_int(&c, &g->reminded_today);
	db_rows_start(&rows, db, &tbl, STMT_PARTICIPANTS, &p, &c);
	while (db_rows_next(&rows))
		if (fn(g, arg) == -1)
			db_rows_fail(&rows);
	rc = db_rows_end(&rows, NULL) == -1 ? -1 : 0;
	free(g);
	return rc;
}
