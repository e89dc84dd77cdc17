/*
 * Statements of advice: advice requests and the imported advice rules
 * with their links.
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
	STMT_ADVICE_REQ_ADD,
	STMT_ADVICE_REQ_LIST,
	STMT_ADVICE_REQ_STATUS,
	STMT_ADVICE_REQ_COUNTS,
	STMT_ADVICE_REQ_LOCK,
	STMT_ADVICE_REQ_ASSIGN,
	STMT_ADVICE_MSG_ADD,
	STMT_ADVICE_MSGS,
	STMT_ADVICE_SET_GET,
	STMT_ADVICE_SET_ADD,
	STMT_ADVICE_RULE_ADD,
	STMT_ADVICE_LINK_ADD,
	STMT_ADVICE_RULES,
	STMT_ADVICE_LINKS,
	STMT_ADVICE_FOR_PRACTICE,
	STMT__MAX
};

static const char *const stmts[STMT__MAX] = {
	[STMT_ADVICE_REQ_ADD] =
	"INSERT INTO advice_requests (organisation_id, user_id, topic, question, "
	"contact, phone, created_at) VALUES (?, ?, ?, ?, ?, ?, UTC_TIMESTAMP())",
	[STMT_ADVICE_REQ_LIST] =
	"SELECT a.id, a.organisation_id, o.name, u.name, u.email, a.topic, "
	"a.question, a.contact, a.phone, a.status, "
	"DATE_FORMAT(a.created_at, '%Y-%m-%d %H:%i:%s'), "
	"COALESCE(DATE_FORMAT(a.updated_at, '%Y-%m-%d %H:%i:%s'), ''), "
	"a.user_id, u.lang, COALESCE(a.assignee_id, 0), COALESCE(s.name, '') "
	"FROM advice_requests a JOIN organisations o ON o.id = a.organisation_id "
	"JOIN users u ON u.id = a.user_id "
	"LEFT JOIN users s ON s.id = a.assignee_id "
	"WHERE (? = 0 OR a.organisation_id = ?) AND (? = 0 OR a.id = ?) "
	"ORDER BY a.created_at DESC, a.id DESC",
	[STMT_ADVICE_REQ_STATUS] =
	"UPDATE advice_requests SET status = ?, updated_at = UTC_TIMESTAMP(), "
	"updated_by = ? WHERE id = ?",
	[STMT_ADVICE_REQ_COUNTS] =
	"SELECT COALESCE(SUM(status = 'new'), 0), "
	"COALESCE(SUM(status = 'in_progress'), 0), "
	"COALESCE(SUM(status = 'done'), 0) FROM advice_requests",
	[STMT_ADVICE_REQ_LOCK] =
	"SELECT id FROM advice_requests WHERE id = ? FOR UPDATE",
	[STMT_ADVICE_REQ_ASSIGN] =
	"UPDATE advice_requests SET assignee_id = NULLIF(?, 0), "
	"updated_at = UTC_TIMESTAMP(), updated_by = ? WHERE id = ?",
	[STMT_ADVICE_MSG_ADD] =
	"INSERT INTO advice_messages (request_id, author_id, kind, body, "
	"created_at) VALUES (?, NULLIF(?, 0), ?, ?, UTC_TIMESTAMP())",
	[STMT_ADVICE_MSGS] =
	"SELECT m.id, COALESCE(m.author_id, 0), COALESCE(u.name, ''), "
	"COALESCE(u.role IN ('organiser', 'admin'), 0), m.kind, m.body, "
	"DATE_FORMAT(m.created_at, '%Y-%m-%d %H:%i:%s') "
	"FROM advice_messages m LEFT JOIN users u ON u.id = m.author_id "
	"WHERE m.request_id = ? AND (? = 1 OR m.kind <> 'note') ORDER BY m.id",
	[STMT_ADVICE_SET_GET] =
	"SELECT id, checksum FROM advice_sets WHERE version = ?",
	[STMT_ADVICE_SET_ADD] =
	"INSERT INTO advice_sets (version, checksum, xml, imported_at) "
	"VALUES (?, ?, ?, UTC_TIMESTAMP())",
	[STMT_ADVICE_RULE_ADD] =
	"INSERT INTO advice_rules (set_id, position, rule_id, tier, scope, "
	"scope_key, band_from, band_below, question_id, answer, text_nl, "
	"text_en) VALUES (?, ?, ?, ?, NULLIF(?, ''), NULLIF(?, ''), "
	"IF(? = 1, ?, NULL), IF(? = 1, ?, NULL), NULLIF(?, ''), IF(? = 1, ?, NULL), "
	"?, ?)",
	[STMT_ADVICE_LINK_ADD] =
	"INSERT INTO advice_links (set_id, position, seq, practice_id, href, "
	"label_nl, label_en) VALUES (?, ?, ?, NULLIF(?, 0), NULLIF(?, ''), "
	"NULLIF(?, ''), NULLIF(?, ''))",
	/* The rules of the newest set, in file order. */
	[STMT_ADVICE_RULES] =
	"SELECT r.position, r.rule_id, r.tier, COALESCE(r.scope, ''), "
	"COALESCE(r.scope_key, ''), COALESCE(r.band_from, 0), "
	"r.band_below IS NOT NULL, COALESCE(r.band_below, 0), "
	"COALESCE(r.question_id, ''), r.answer IS NOT NULL, "
	"COALESCE(r.answer, ''), r.text_nl, r.text_en FROM advice_rules r "
	"WHERE r.set_id = (SELECT id FROM advice_sets ORDER BY version DESC "
	"LIMIT 1) ORDER BY r.position",
	[STMT_ADVICE_LINKS] =
	"SELECT l.position, COALESCE(l.practice_id, 0), COALESCE(l.href, ''), "
	"COALESCE(l.label_nl, ''), COALESCE(l.label_en, ''), "
	"COALESCE(pr.title, '') FROM advice_links l "
	"LEFT JOIN practices p ON p.id = l.practice_id "
	"LEFT JOIN practice_revisions pr ON pr.id = p.published_revision_id "
	"WHERE l.set_id = (SELECT id FROM advice_sets ORDER BY version DESC "
	"LIMIT 1) ORDER BY l.position, l.seq",
	[STMT_ADVICE_FOR_PRACTICE] =
	"SELECT r.rule_id, r.tier, COALESCE(r.scope, ''), "
	"COALESCE(r.scope_key, ''), r.text_nl, r.text_en FROM advice_rules r "
	"WHERE r.set_id = (SELECT id FROM advice_sets ORDER BY version DESC "
	"LIMIT 1) AND EXISTS (SELECT 1 FROM advice_links l "
	"WHERE l.set_id = r.set_id AND l.position = r.position "
	"AND l.practice_id = ?) ORDER BY r.position",
};

static const struct db_table tbl = {
	DBT_ADVICE, "advice", stmts, STMT__MAX
};

long long
db_advice_request_add(struct db *db, long long org_id, long long user_id,
    const char *topic, const char *question, const char *contact,
    const char *phone)
{
	struct params p = { .n = 0 };

	p_int(&p, org_id);
	p_int(&p, user_id);
	p_str(&p, topic);
	p_str(&p, question);
	p_str(&p, contact);
	p_str(&p, phone);
	if (db_change(db, &tbl, STMT_ADVICE_REQ_ADD, &p) == -1)
		return -1;
	return (long long)mysql_insert_id(db->my);
}

int
db_advice_requests(struct db *db, long long org_id, long long id,
    int (*fn)(const struct db_advice_request *, void *), void *arg)
{
	struct params			 p = { .n = 0 };
	struct cols			 c = { .n = 0 };
	struct db_advice_request	*a;
	struct db_rows			 rows;

	if ((a = calloc(1, sizeof(*a))) == NULL)
		return -1;
	p_int(&p, org_id);
	p_int(&p, org_id);
	p_int(&p, id);
	p_int(&p, id);
	c_int(&c, &a->id);
	c_int(&c, &a->org_id);
	c_str(&c, a->org_name, sizeof(a->org_name));
	c_str(&c, a->requester, sizeof(a->requester));
	c_str(&c, a->email, sizeof(a->email));
	c_str(&c, a->topic, sizeof(a->topic));
	c_str(&c, a->question, sizeof(a->question));
	c_str(&c, a->contact, sizeof(a->contact));
	c_str(&c, a->phone, sizeof(a->phone));
	c_str(&c, a->status, sizeof(a->status));
	c_str(&c, a->created, sizeof(a->created));
	c_str(&c, a->updated, sizeof(a->updated));
	c_int(&c, &a->user_id);
	c_str(&c, a->lang, sizeof(a->lang));
	c_int(&c, &a->assignee_id);
	c_str(&c, a->assignee, sizeof(a->assignee));
	db_rows_start(&rows, db, &tbl, STMT_ADVICE_REQ_LIST, &p, &c);
	while (db_rows_next(&rows))
		if (fn(a, arg) == -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, a);
}

long long
db_advice_request_status(struct db *db, long long id, const char *status,
    long long user)
{
	struct params p = { .n = 0 };

	p_str(&p, status);
	p_int(&p, user);
	p_int(&p, id);
	return db_change(db, &tbl, STMT_ADVICE_REQ_STATUS, &p);
}

int
db_advice_request_counts(struct db *db, long long out[3])
{
	struct cols c = { .n = 0 };

	out[0] = out[1] = out[2] = 0;
	for (int i = 0; i < 3; i++)
		c_int(&c, &out[i]);
	return db_one(db, &tbl, STMT_ADVICE_REQ_COUNTS, NULL, &c) == -1 ? -1 : 0;
}

int
db_advice_request_lock(struct db *db, long long id)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	long long	 got = 0;

	p_int(&p, id);
	c_int(&c, &got);
	return db_one(db, &tbl, STMT_ADVICE_REQ_LOCK, &p, &c);
}

long long
db_advice_message_add(struct db *db, long long request_id, long long author,
    const char *kind, const char *body)
{
	struct params p = { .n = 0 };

	p_int(&p, request_id);
	p_int(&p, author);
	p_str(&p, kind);
	p_str(&p, body);
	if (db_change(db, &tbl, STMT_ADVICE_MSG_ADD, &p) == -1)
		return -1;
	return (long long)mysql_insert_id(db->my);
}

int
db_advice_messages(struct db *db, long long request_id, int notes,
    int (*fn)(const struct db_advice_message *, void *), void *arg)
{
	struct params			 p = { .n = 0 };
	struct cols			 c = { .n = 0 };
	struct db_advice_message	*m;
	struct db_rows			 rows;

	if ((m = calloc(1, sizeof(*m))) == NULL)
		return -1;
	p_int(&p, request_id);
	p_int(&p, notes);
	c_int(&c, &m->id);
	c_int(&c, &m->author_id);
	c_str(&c, m->author, sizeof(m->author));
	c_int(&c, &m->by_organiser);
	c_str(&c, m->kind, sizeof(m->kind));
	c_str(&c, m->body, sizeof(m->body));
	c_str(&c, m->created, sizeof(m->created));
	db_rows_start(&rows, db, &tbl, STMT_ADVICE_MSGS, &p, &c);
	while (db_rows_next(&rows))
		if (fn(m, arg) == -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, m);
}

int
db_advice_request_assign(struct db *db, long long id, long long user,
    long long by)
{
	struct params p = { .n = 0 };

	p_int(&p, user);
	p_int(&p, by);
	p_int(&p, id);
	return db_change(db, &tbl, STMT_ADVICE_REQ_ASSIGN, &p) == -1 ? -1 : 0;
}

int
db_advice_set_get(struct db *db, int version, long long *id,
    char checksum[65])
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };

	*id = 0;
	checksum[0] = '\0';
	p_int(&p, version);
	c_int(&c, id);
	c_str(&c, checksum, 65);
	return db_one(db, &tbl, STMT_ADVICE_SET_GET, &p, &c);
}

long long
db_advice_set_add(struct db *db, int version, const char *checksum,
    const char *xml)
{
	struct params p = { .n = 0 };

	p_int(&p, version);
	p_str(&p, checksum);
	p_str(&p, xml);
	if (db_change(db, &tbl, STMT_ADVICE_SET_ADD, &p) == -1)
		return -1;
	return (long long)mysql_insert_id(db->my);
}

int
db_advice_rule_add(struct db *db, long long set_id, const struct adv_rule *r)
{
	struct params	 p = { .n = 0 };
	char		 from[32], below[32];

	snprintf(from, sizeof(from), "%.3f", r->from);
	snprintf(below, sizeof(below), "%.3f", r->below);
	p_int(&p, set_id);
	p_int(&p, r->position);
	p_str(&p, r->id);
	p_str(&p, r->tier);
	p_str(&p, r->scope);
	p_str(&p, r->key);
	p_int(&p, r->scope[0] != '\0');
	p_str(&p, from);
	p_int(&p, r->has_below);
	p_str(&p, below);
	p_str(&p, r->question);
	p_int(&p, r->has_answer);
	p_str(&p, r->answer);
	p_str(&p, r->text[0]);
	p_str(&p, r->text[1]);
	if (db_change(db, &tbl, STMT_ADVICE_RULE_ADD, &p) == -1)
		return -1;
	for (size_t i = 0; i < r->nlinks; i++) {
		p.n = 0;
		p_int(&p, set_id);
		p_int(&p, r->position);
		p_int(&p, (long long)i + 1);
		p_int(&p, r->links[i].practice_id);
		p_str(&p, r->links[i].href ? r->links[i].href : "");
		p_str(&p, r->links[i].label[0] ? r->links[i].label[0] : "");
		p_str(&p, r->links[i].label[1] ? r->links[i].label[1] : "");
		if (db_change(db, &tbl, STMT_ADVICE_LINK_ADD, &p) == -1)
			return -1;
	}
	return 0;
}

int
db_advice_rules(struct db *db, int (*fn)(const struct adv_rule *, void *),
    void *arg)
{
	struct cols	 c = { .n = 0 };
	struct adv_rule	*r;
	char		 from[32], below[32], *text[2];
	long long	 pos = 0, has_below = 0, has_answer = 0;
	struct db_rows	 rows;
	int		 rc;

	r = calloc(1, sizeof(*r));
	text[0] = malloc(ADV_TEXT_MAX * 4 + 1);
	text[1] = malloc(ADV_TEXT_MAX * 4 + 1);
	if (r == NULL || text[0] == NULL || text[1] == NULL) {
		rc = -1;
		goto out;
	}
	c_int(&c, &pos);
	c_str(&c, r->id, sizeof(r->id));
	c_str(&c, r->tier, sizeof(r->tier));
	c_str(&c, r->scope, sizeof(r->scope));
	c_str(&c, r->key, sizeof(r->key));
	c_str(&c, from, sizeof(from));
	c_int(&c, &has_below);
	c_str(&c, below, sizeof(below));
	c_str(&c, r->question, sizeof(r->question));
	c_int(&c, &has_answer);
	c_str(&c, r->answer, sizeof(r->answer));
	c_str(&c, text[0], ADV_TEXT_MAX * 4 + 1);
	c_str(&c, text[1], ADV_TEXT_MAX * 4 + 1);
	db_rows_start(&rows, db, &tbl, STMT_ADVICE_RULES, NULL, &c);
	while (db_rows_next(&rows)) {
		r->position = (int)pos;
		r->from = strtod(from, NULL);
		r->has_below = has_below != 0;
		r->below = strtod(below, NULL);
		r->has_answer = has_answer != 0;
		r->text[0] = text[0];
		r->text[1] = text[1];
		if (fn(r, arg) == -1)
			db_rows_fail(&rows);
	}
	rc = db_rows_end(&rows, NULL);
out:
	free(text[0]);
	free(text[1]);
	free(r);
	return rc;
}

int
db_advice_links(struct db *db,
    int (*fn)(int position, const struct adv_link *, void *), void *arg)
{
	struct cols	 c = { .n = 0 };
	struct adv_link	 l;
	char		 href[ADV_HREF_MAX * 4 + 1], label[2][801], title[801];
	long long	 pos = 0;
	struct db_rows	 rows;

	memset(&l, 0, sizeof(l));
	c_int(&c, &pos);
	c_int(&c, &l.practice_id);
	c_str(&c, href, sizeof(href));
	c_str(&c, label[0], sizeof(label[0]));
	c_str(&c, label[1], sizeof(label[1]));
	c_str(&c, title, sizeof(title));
	db_rows_start(&rows, db, &tbl, STMT_ADVICE_LINKS, NULL, &c);
	while (db_rows_next(&rows)) {
		l.href = href;
		l.label[0] = label[0];
		l.label[1] = label[1];
		l.title = title;
		if (fn((int)pos, &l, arg) == -1)
			db_rows_fail(&rows);
	}
	return db_rows_end(&rows, NULL);
}

int
db_advice_for_practice(struct db *db, long long practice_id,
    int (*fn)(const struct db_advice_link *, void *), void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_advice_link	*a;
	struct db_rows		 rows;

	if ((a = calloc(1, sizeof(*a))) == NULL)
		return -1;
	p_int(&p, practice_id);
	c_str(&c, a->rule_id, sizeof(a->rule_id));
	c_str(&c, a->tier, sizeof(a->tier));
	c_str(&c, a->scope, sizeof(a->scope));
	c_str(&c, a->scope_key, sizeof(a->scope_key));
	c_str(&c, a->text_nl, sizeof(a->text_nl));
	c_str(&c, a->text_en, sizeof(a->text_en));
	db_rows_start(&rows, db, &tbl, STMT_ADVICE_FOR_PRACTICE, &p, &c);
	while (db_rows_next(&rows))
		if (fn(a, arg) == -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, a);
}
