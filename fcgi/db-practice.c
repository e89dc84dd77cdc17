/*
 * Statements of the practice library: practices and their revisions,
 * search, related practices, contact persons and contact messages.
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
	STMT_CONTACT_GET,
	STMT_CONTACT_WITHDRAW,
	STMT_PRACTICE_ADD,
	STMT_PRACTICE_REV_ADD,
	STMT_PRACTICE_ORG_ADD,
	STMT_PRACTICE_THEME_ADD,
	STMT_PRACTICE_ASPECT_ADD,
	STMT_PRACTICE_LINK_ADD,
	STMT_PRACTICE_SET_WORKING,
	STMT_PRACTICE_LOCK,
	STMT_PRACTICE_GET,
	STMT_PRACTICE_REV_GET,
	STMT_PRACTICE_REV_ORGS,
	STMT_PRACTICE_REV_THEMES,
	STMT_PRACTICE_REV_ASPECTS,
	STMT_PRACTICE_REV_LINKS,
	STMT_PRACTICE_REV_SUBMIT,
	STMT_PRACTICE_REV_REVIEW,
	STMT_PRACTICE_PUBLISH,
	STMT_PRACTICE_SET_PUBLIC,
	STMT_PRACTICE_TERMS_CLEAR,
	STMT_PRACTICE_TERM_ADD,
	STMT_PRACTICES_PUBLISHED,
	STMT_PRACTICES_SEARCH,
	STMT_PRACTICES_COUNT,
	STMT_PRACTICES_OF_ORG,
	STMT_PRACTICES_RELATED,
	STMT_PRACTICES_FEED,
	STMT_PRACTICE_YEARS,
	STMT_PRACTICE_CONTACTS,
	STMT_PRACTICE_OPTIN,
	STMT_PRACTICE_USER,
	STMT_PRACTICE_USERS_ROLE,
	STMT_PRACTICE_AUTHOR_COORDS,
	STMT_CONTACT_LOCK,
	STMT_CONTACT_COUNT,
	STMT_CONTACT_ADD,
	STMT_MUNICIPALITIES_AMONG,
	STMT__MAX
};

/* The columns of a practice in a list (struct db_practice_item
 * order but its last, extra, column), over practices p, the revision
 * shown r, its organisation o and the working revision w. */
#define PITEM_COLUMNS \
	"p.id, p.uuid, p.organisation_id, o.name, p.is_public, r.id, " \
	"r.status, COALESCE(w.status, ''), " \
	"p.published_revision_id IS NOT NULL, r.title, r.summary, " \
	"r.title_en, r.summary_en, r.year, " \
	"r.category, COALESCE((SELECT GROUP_CONCAT(a.aspect ORDER BY a.aspect) " \
	"FROM practice_aspects a WHERE a.revision_id = r.id), ''), " \
	"COALESCE(DATE_FORMAT(p.published_at, '%Y-%m-%d %H:%i:%s'), ''), " \
	"COALESCE(DATE_FORMAT(p.first_published_at, '%Y-%m-%d %H:%i:%s'), " \
	"''), "

#define PITEM_JOINS \
	"JOIN organisations o ON o.id = p.organisation_id " \
	"LEFT JOIN practice_revisions w ON w.id = p.working_revision_id "

/* One stem searched for: the row of word N of the search, as a
 * derived table's row (a word's Dutch and English stems share N). */
#define QSTEMS(n) "SELECT " #n ", ? UNION ALL SELECT " #n ", ? UNION ALL "

/*
 * The practices that match the words searched for (practice_filter
 * words, two stems each, "" for none), with the number of different
 * words each matches (m.words) and its score (m.score): a term matches a
 * stem it begins with (Dutch compounds: "asfalt" finds
 * "asfaltgranulaat"), and counts twice its weight when it equals it.
 * Per word and term the better of the two stems counts. Stems hold
 * letters and digits only, so LIKE sees no wildcard but the one added.
 */
#define PMATCH \
	"LEFT JOIN (SELECT x.practice_id, COUNT(DISTINCT x.n) AS words, " \
	"SUM(x.s) AS score FROM (SELECT t.practice_id, q.n, t.term, " \
	"MAX(t.weight * IF(t.term = q.stem COLLATE utf8mb4_bin, 2, 1)) AS s " \
	"FROM (SELECT 0 AS n, '' AS stem UNION ALL " QSTEMS(1) QSTEMS(2) \
	QSTEMS(3) QSTEMS(4) QSTEMS(5) QSTEMS(6) QSTEMS(7) "SELECT 8, ? " \
	"UNION ALL SELECT 8, ?) q JOIN practice_terms t ON q.stem <> '' AND " \
	"t.term LIKE CONCAT(q.stem, '%') COLLATE utf8mb4_bin " \
	"GROUP BY t.practice_id, q.n, t.term) x GROUP BY x.practice_id) m " \
	"ON m.practice_id = p.id "

/* The published practices a struct practice_filter selects; each
 * filter is "? = '' OR ..." (or 0), so one statement serves them all. */
#define PSEARCH_WHERE \
	"FROM practices p JOIN practice_revisions r " \
	"ON r.id = p.published_revision_id " PITEM_JOINS PMATCH \
	"WHERE (? = 0 OR p.is_public = 1) AND (? = '' OR r.category = ?) " \
	"AND (? = '' OR EXISTS (SELECT 1 FROM practice_themes t " \
	"WHERE t.revision_id = r.id AND t.theme = ?)) " \
	"AND (? = '' OR EXISTS (SELECT 1 FROM practice_aspects x " \
	"WHERE x.revision_id = r.id AND x.aspect = ?)) " \
	"AND (? = '' OR o.province_id = (SELECT pv.id FROM organisations pv " \
	"WHERE pv.cbs_code = ?)) AND (? = 0 OR r.year = ?) " \
	"AND (? = 0 OR m.practice_id IS NOT NULL) "

static const char *const stmts[STMT__MAX] = {
	/* Whether a user opted in as a practices' contact person. */
	[STMT_CONTACT_GET] =
	"SELECT COUNT(*) FROM practice_contacts WHERE user_id = ?",
	[STMT_CONTACT_WITHDRAW] =
	"DELETE FROM practice_contacts WHERE user_id = ?",
	/* the practice library */
	[STMT_PRACTICE_ADD] =
	"INSERT INTO practices (uuid, organisation_id, created_by, created_at) "
	"VALUES (?, ?, NULLIF(?, 0), UTC_TIMESTAMP())",
	[STMT_PRACTICE_REV_ADD] =
	"INSERT INTO practice_revisions (practice_id, status, title, summary, "
	"approach, results, title_en, summary_en, year, category, value_band, "
	"contact_user_id, "
	"created_by, created_at) VALUES (?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, "
	"NULLIF(?, ''), NULLIF(?, 0), NULLIF(?, 0), UTC_TIMESTAMP())",
	[STMT_PRACTICE_ORG_ADD] =
	"INSERT IGNORE INTO practice_orgs (revision_id, organisation_id) "
	"VALUES (?, ?)",
	[STMT_PRACTICE_THEME_ADD] =
	"INSERT IGNORE INTO practice_themes (revision_id, theme) VALUES (?, ?)",
	[STMT_PRACTICE_ASPECT_ADD] =
	"INSERT IGNORE INTO practice_aspects (revision_id, aspect) "
	"VALUES (?, ?)",
	[STMT_PRACTICE_LINK_ADD] =
	"INSERT INTO practice_links (revision_id, seq, url, label) "
	"VALUES (?, ?, ?, ?)",
	[STMT_PRACTICE_SET_WORKING] =
	"UPDATE practices SET working_revision_id = NULLIF(?, 0) WHERE id = ?",
	/* the practice's own row only: a FOR UPDATE over
	 * the joins below would lock the organisation too */
	[STMT_PRACTICE_LOCK] =
	"SELECT id FROM practices WHERE id = ? FOR UPDATE",
	[STMT_PRACTICE_GET] =
	"SELECT p.id, p.uuid, p.organisation_id, o.name, COALESCE(pv.name, ''), "
	"COALESCE(p.created_by, 0), COALESCE(p.working_revision_id, 0), "
	"COALESCE(w.status, ''), COALESCE(p.published_revision_id, 0), "
	"COALESCE(DATE_FORMAT(p.first_published_at, '%Y-%m-%d %H:%i:%s'), ''), "
	"COALESCE(DATE_FORMAT(p.published_at, '%Y-%m-%d %H:%i:%s'), ''), "
	"p.is_public FROM practices p "
	"JOIN organisations o ON o.id = p.organisation_id "
	"LEFT JOIN organisations pv ON pv.id = o.province_id "
	"LEFT JOIN practice_revisions w ON w.id = p.working_revision_id "
	"WHERE p.id = ?",
	[STMT_PRACTICE_REV_GET] =
	"SELECT r.id, r.status, r.title, r.summary, r.approach, r.results, "
	"r.title_en, r.summary_en, "
	"r.year, r.category, COALESCE(r.value_band, ''), "
	"COALESCE(r.contact_user_id, 0), COALESCE(u.name, ''), "
	"u.id IS NOT NULL AND u.disabled_at IS NULL "
	"AND u.password_hash IS NOT NULL AND EXISTS (SELECT 1 FROM "
	"practice_contacts pc WHERE pc.user_id = u.id), "
	"COALESCE(r.remark, ''), "
	"COALESCE(r.created_by, 0), "
	"DATE_FORMAT(r.created_at, '%Y-%m-%d %H:%i:%s') "
	"FROM practice_revisions r LEFT JOIN users u ON u.id = r.contact_user_id "
	"WHERE r.id = ? AND r.practice_id = ?",
	[STMT_PRACTICE_REV_ORGS] =
	"SELECT o.id, o.name FROM practice_orgs x "
	"JOIN organisations o ON o.id = x.organisation_id "
	"WHERE x.revision_id = ? ORDER BY o.name, o.id",
	[STMT_PRACTICE_REV_THEMES] =
	"SELECT theme FROM practice_themes WHERE revision_id = ?",
	[STMT_PRACTICE_REV_ASPECTS] =
	"SELECT aspect FROM practice_aspects WHERE revision_id = ?",
	[STMT_PRACTICE_REV_LINKS] =
	"SELECT url, label FROM practice_links WHERE revision_id = ? "
	"ORDER BY seq",
	[STMT_PRACTICE_REV_SUBMIT] =
	"UPDATE practice_revisions SET status = 'submitted', "
	"submitted_by = NULLIF(?, 0), submitted_at = UTC_TIMESTAMP() "
	"WHERE id = ?",
	[STMT_PRACTICE_REV_REVIEW] =
	"UPDATE practice_revisions SET status = ?, remark = NULLIF(?, ''), "
	"reviewed_by = NULLIF(?, 0), reviewed_at = UTC_TIMESTAMP() WHERE id = ?",
	[STMT_PRACTICE_PUBLISH] =
	"UPDATE practices p JOIN practice_revisions r ON r.id = ? "
	"AND r.practice_id = p.id SET p.published_revision_id = r.id, "
	"p.working_revision_id = NULL, p.published_at = UTC_TIMESTAMP(), "
	"p.first_published_at = COALESCE(p.first_published_at, "
	"UTC_TIMESTAMP()) WHERE p.id = ?",
	[STMT_PRACTICE_SET_PUBLIC] =
	"UPDATE practices SET is_public = ? WHERE id = ?",
	[STMT_PRACTICE_TERMS_CLEAR] =
	"DELETE FROM practice_terms WHERE practice_id = ?",
	[STMT_PRACTICE_TERM_ADD] =
	"INSERT INTO practice_terms (practice_id, term, weight) "
	"VALUES (?, ?, ?)",
	[STMT_PRACTICES_PUBLISHED] =
	"SELECT p.id FROM practices p WHERE p.published_revision_id IS NOT NULL "
	"AND (? = 0 OR NOT EXISTS (SELECT 1 FROM practice_terms t "
	"WHERE t.practice_id = p.id)) ORDER BY p.id",
	/* by relevance: the most words matched first, then the score */
	[STMT_PRACTICES_SEARCH] =
	"SELECT " PITEM_COLUMNS "COALESCE(m.score, '') "
	PSEARCH_WHERE "ORDER BY IF(? = 1, m.words, 0) DESC, "
	"IF(? = 1, m.score, 0) DESC, p.published_at DESC, p.id DESC "
	"LIMIT ? OFFSET ?",
	[STMT_PRACTICES_COUNT] =
	"SELECT COUNT(*) " PSEARCH_WHERE,
	[STMT_PRACTICES_OF_ORG] =
	"SELECT " PITEM_COLUMNS "'' FROM practices p "
	"JOIN practice_revisions r "
	"ON r.id = COALESCE(p.working_revision_id, p.published_revision_id) "
	PITEM_JOINS "WHERE ? = 0 OR p.organisation_id = ? ORDER BY p.id DESC",
	[STMT_PRACTICES_RELATED] =
	"SELECT " PITEM_COLUMNS "(SELECT COUNT(*) FROM practice_aspects x "
	"JOIN practice_aspects y ON y.aspect = x.aspect "
	"WHERE x.revision_id = r.id AND y.revision_id = ?) AS shared "
	"FROM practices p JOIN practice_revisions r "
	"ON r.id = p.published_revision_id " PITEM_JOINS
	"WHERE p.id <> ? AND r.category = ? AND (? = 0 OR p.is_public = 1) "
	"ORDER BY shared DESC, p.published_at DESC, p.id DESC LIMIT ?",
	[STMT_PRACTICES_FEED] =
	"SELECT " PITEM_COLUMNS "'' FROM practices p JOIN practice_revisions r "
	"ON r.id = p.published_revision_id " PITEM_JOINS
	"WHERE p.is_public = 1 ORDER BY p.published_at DESC, p.id DESC LIMIT ?",
	[STMT_PRACTICE_YEARS] =
	"SELECT DISTINCT r.year FROM practices p JOIN practice_revisions r "
	"ON r.id = p.published_revision_id WHERE ? = 0 OR p.is_public = 1 "
	"ORDER BY r.year DESC",
	[STMT_PRACTICE_CONTACTS] =
	"SELECT u.id, u.name FROM practice_contacts c "
	"JOIN users u ON u.id = c.user_id WHERE u.organisation_id = ? "
	"AND u.disabled_at IS NULL AND u.password_hash IS NOT NULL "
	"ORDER BY u.name, u.id",
	[STMT_PRACTICE_OPTIN] =
	"INSERT IGNORE INTO practice_contacts (user_id, opted_in_at) "
	"VALUES (?, UTC_TIMESTAMP())",
	[STMT_PRACTICE_USER] =
	"SELECT " USER_COLUMNS "FROM users u "
	"JOIN organisations o ON o.id = u.organisation_id WHERE u.id = ?",
	[STMT_PRACTICE_USERS_ROLE] =
	"SELECT " USER_COLUMNS "FROM users u "
	"JOIN organisations o ON o.id = u.organisation_id WHERE u.role = ? "
	"AND u.disabled_at IS NULL AND u.password_hash IS NOT NULL "
	"ORDER BY u.id",
	[STMT_PRACTICE_AUTHOR_COORDS] =
	"SELECT " USER_COLUMNS "FROM users u "
	"JOIN organisations o ON o.id = u.organisation_id "
	"WHERE (u.id = ? OR (u.organisation_id = ? AND u.role = 'coordinator')) "
	"AND u.disabled_at IS NULL AND u.password_hash IS NOT NULL "
	"ORDER BY u.id",
	/* one sender's questions are counted one at a
	 * time: READ COMMITTED takes no gap locks */
	[STMT_CONTACT_LOCK] =
	"SELECT id FROM users WHERE id = ? FOR UPDATE",
	[STMT_CONTACT_COUNT] =
	"SELECT COUNT(*) FROM contact_messages WHERE sender_user_id = ? "
	"AND created_at > UTC_TIMESTAMP() - INTERVAL 1 DAY",
	[STMT_CONTACT_ADD] =
	"INSERT INTO contact_messages (sender_user_id, practice_id, created_at) "
	"VALUES (?, ?, UTC_TIMESTAMP())",
	/* as many places as PRACTICE_PARTNERS, the rest bound to 0 */
	[STMT_MUNICIPALITIES_AMONG] =
	"SELECT id FROM organisations WHERE kind = 'gemeente' AND id IN ("
	"?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
};

static const struct db_table tbl = {
	DBT_PRACTICE, "practice", stmts, STMT__MAX
};

int
db_contact_get(struct db *db, long long user_id)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	long long	 n = 0;

	p_int(&p, user_id);
	c_int(&c, &n);
	return db_one(db, &tbl, STMT_CONTACT_GET, &p, &c) == -1 ? -1 : n > 0;
}

long long
db_contact_withdraw(struct db *db, long long user_id)
{
	struct params p = { .n = 0 };

	p_int(&p, user_id);
	return db_change(db, &tbl, STMT_CONTACT_WITHDRAW, &p);
}

long long
db_practice_add(struct db *db, const char *uuid, long long org_id,
    long long user)
{
	struct params	 p = { .n = 0 };
	MYSQL_STMT	*st;

	p_str(&p, uuid);
	p_int(&p, org_id);
	p_int(&p, user);
	if ((st = db_run(db, &tbl, STMT_PRACTICE_ADD, &p, NULL)) == NULL)
		return -1;
	return (long long)mysql_stmt_insert_id(st);
}

long long
db_practice_rev_add(struct db *db, long long practice_id,
    const struct db_practice *r, long long user)
{
	struct params	 p = { .n = 0 };
	MYSQL_STMT	*st;
	long long	 rev;
	size_t		 i;

	p_int(&p, practice_id);
	p_str(&p, r->title);
	p_str(&p, r->summary);
	p_str(&p, r->approach);
	p_str(&p, r->results);
	p_str(&p, r->title_en);
	p_str(&p, r->summary_en);
	p_int(&p, r->year);
	p_str(&p, r->category);
	p_str(&p, r->value_band);
	p_int(&p, r->contact_id);
	p_int(&p, user);
	if ((st = db_run(db, &tbl, STMT_PRACTICE_REV_ADD, &p, NULL)) == NULL)
		return -1;
	rev = (long long)mysql_stmt_insert_id(st);
	for (i = 0; i < r->npartners; i++) {
		p.n = 0;
		p_int(&p, rev);
		p_int(&p, r->partners[i]);
		if (db_change(db, &tbl, STMT_PRACTICE_ORG_ADD, &p) == -1)
			return -1;
	}
	for (i = 0; i < THEME__MAX; i++)
		if (r->themes & 1u << i) {
			p.n = 0;
			p_int(&p, rev);
			p_str(&p, theme_names[i]);
			if (db_change(db, &tbl, STMT_PRACTICE_THEME_ADD, &p) == -1)
				return -1;
		}
	for (i = 0; i < ASPECT__MAX; i++)
		if (r->aspects & 1u << i) {
			p.n = 0;
			p_int(&p, rev);
			p_str(&p, aspect_names[i]);
			if (db_change(db, &tbl, STMT_PRACTICE_ASPECT_ADD, &p) == -1)
				return -1;
		}
	for (i = 0; i < r->nlinks; i++) {
		p.n = 0;
		p_int(&p, rev);
		p_int(&p, (long long)i + 1);
		p_str(&p, r->links[i].url);
		p_str(&p, r->links[i].label);
		if (db_change(db, &tbl, STMT_PRACTICE_LINK_ADD, &p) == -1)
			return -1;
	}
	return rev;
}

int
db_practice_set_working(struct db *db, long long id, long long rev)
{
	struct params p = { .n = 0 };

	p_int(&p, rev);
	p_int(&p, id);
	return db_change(db, &tbl, STMT_PRACTICE_SET_WORKING, &p) == -1 ? -1 : 0;
}

int
db_practice_get(struct db *db, long long id, int lock, struct db_practice *r)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	long long	 got = 0;
	int		 rc;

	p_int(&p, id);
	if (lock) {
		c_int(&c, &got);
		if ((rc = db_one(db, &tbl, STMT_PRACTICE_LOCK, &p, &c)) != 1)
			return rc;
		c.n = 0;
	}
	memset(r, 0, sizeof(*r));
	c_int(&c, &r->id);
	c_str(&c, r->uuid, sizeof(r->uuid));
	c_int(&c, &r->org_id);
	c_str(&c, r->org_name, sizeof(r->org_name));
	c_str(&c, r->province, sizeof(r->province));
	c_int(&c, &r->created_by);
	c_int(&c, &r->working_rev);
	c_str(&c, r->working_status, sizeof(r->working_status));
	c_int(&c, &r->published_rev);
	c_str(&c, r->first_published, sizeof(r->first_published));
	c_str(&c, r->published, sizeof(r->published));
	c_int(&c, &r->is_public);
	return db_one(db, &tbl, STMT_PRACTICE_GET, &p, &c);
}

/* Runs a one-text-column query of a revision, calling fn per row.
 * Returns 0/-1. */
static int
rev_texts(struct db *db, int s, long long rev,
    int (*fn)(struct db_practice *, const char *), struct db_practice *r)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	char		 v[64];
	struct db_rows	 rows;

	p_int(&p, rev);
	c_str(&c, v, sizeof(v));
	db_rows_start(&rows, db, &tbl, s, &p, &c);
	while (db_rows_next(&rows))
		if (fn(r, v) == -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, NULL) == -1 ? -1 : 0;
}

static int
rev_theme(struct db_practice *r, const char *v)
{
	int i;

	if ((i = vocab_index(v, theme_names, THEME__MAX)) != -1)
		r->themes |= 1u << i;
	return 0;
}

static int
rev_aspect(struct db_practice *r, const char *v)
{
	int i;

	if ((i = vocab_index(v, aspect_names, ASPECT__MAX)) != -1)
		r->aspects |= 1u << i;
	return 0;
}

int
db_practice_rev_get(struct db *db, long long rev, struct db_practice *r)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	struct db_rows	 rows;
	long long	 id = 0;
	char		 name[601], url[501], label[801];
	int		 rc;

	/* The practice's fields stay; the revision's are read anew. */
	r->themes = r->aspects = 0;
	r->npartners = r->nlinks = 0;
	p_int(&p, rev);
	p_int(&p, r->id);
	c_int(&c, &r->rev_id);
	c_str(&c, r->status, sizeof(r->status));
	c_str(&c, r->title, sizeof(r->title));
	c_str(&c, r->summary, sizeof(r->summary));
	c_str(&c, r->approach, sizeof(r->approach));
	c_str(&c, r->results, sizeof(r->results));
	c_str(&c, r->title_en, sizeof(r->title_en));
	c_str(&c, r->summary_en, sizeof(r->summary_en));
	c_int(&c, &r->year);
	c_str(&c, r->category, sizeof(r->category));
	c_str(&c, r->value_band, sizeof(r->value_band));
	c_int(&c, &r->contact_id);
	c_str(&c, r->contact_name, sizeof(r->contact_name));
	c_int(&c, &r->contact_active);
	c_str(&c, r->remark, sizeof(r->remark));
	c_int(&c, &r->rev_created_by);
	c_str(&c, r->rev_created, sizeof(r->rev_created));
	if ((rc = db_one(db, &tbl, STMT_PRACTICE_REV_GET, &p, &c)) != 1)
		return rc;

	p.n = 0;
	p_int(&p, rev);
	c.n = 0;
	c_int(&c, &id);
	c_str(&c, name, sizeof(name));
	db_rows_start(&rows, db, &tbl, STMT_PRACTICE_REV_ORGS, &p, &c);
	while (db_rows_next(&rows))
		if (r->npartners < PRACTICE_PARTNERS) {
			r->partners[r->npartners] = id;
			snprintf(r->partner_names[r->npartners],
			    sizeof(r->partner_names[0]), "%s", name);
			r->npartners++;
		}
	if (db_rows_end(&rows, NULL) == -1)
		return -1;

	if (rev_texts(db, STMT_PRACTICE_REV_THEMES, rev, rev_theme, r) == -1 ||
	    rev_texts(db, STMT_PRACTICE_REV_ASPECTS, rev, rev_aspect, r) == -1)
		return -1;

	c.n = 0;
	c_str(&c, url, sizeof(url));
	c_str(&c, label, sizeof(label));
	db_rows_start(&rows, db, &tbl, STMT_PRACTICE_REV_LINKS, &p, &c);
	while (db_rows_next(&rows))
		if (r->nlinks < PRACTICE_LINKS) {
			snprintf(r->links[r->nlinks].url,
			    sizeof(r->links[0].url), "%s", url);
			snprintf(r->links[r->nlinks].label,
			    sizeof(r->links[0].label), "%s", label);
			r->nlinks++;
		}
	if (db_rows_end(&rows, NULL) == -1)
		return -1;
	return 1;
}

int
db_practice_rev_submit(struct db *db, long long rev, long long user)
{
	struct params p = { .n = 0 };

	p_int(&p, user);
	p_int(&p, rev);
	return db_change(db, &tbl, STMT_PRACTICE_REV_SUBMIT, &p) == -1 ? -1 : 0;
}

int
db_practice_rev_review(struct db *db, long long rev, const char *status,
    const char *remark, long long user)
{
	struct params p = { .n = 0 };

	p_str(&p, status);
	p_str(&p, remark);
	p_int(&p, user);
	p_int(&p, rev);
	return db_change(db, &tbl, STMT_PRACTICE_REV_REVIEW, &p) == -1 ? -1 : 0;
}

int
db_practice_publish(struct db *db, long long id, long long rev)
{
	struct params p = { .n = 0 };

	p_int(&p, rev);
	p_int(&p, id);
	return db_change(db, &tbl, STMT_PRACTICE_PUBLISH, &p) == -1 ? -1 : 0;
}

int
db_practice_set_public(struct db *db, long long id, int is_public)
{
	struct params p = { .n = 0 };

	p_int(&p, is_public);
	p_int(&p, id);
	return db_change(db, &tbl, STMT_PRACTICE_SET_PUBLIC, &p) == -1 ? -1 : 0;
}

int
db_practice_terms_set(struct db *db, long long id,
    const struct practice_term *terms, size_t n)
{
	struct params p = { .n = 0 };

	p_int(&p, id);
	if (db_change(db, &tbl, STMT_PRACTICE_TERMS_CLEAR, &p) == -1)
		return -1;
	/* One row a statement: a few hundred per practice, on publishing. */
	for (size_t i = 0; i < n; i++) {
		p.n = 0;
		p_int(&p, id);
		p_str(&p, terms[i].term);
		p_int(&p, terms[i].weight);
		if (db_change(db, &tbl, STMT_PRACTICE_TERM_ADD, &p) == -1)
			return -1;
	}
	return 0;
}

long long
db_practices_published(struct db *db, int missing_only, long long **ids)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	struct db_rows	 rows;
	long long	 id = 0, n = 0, *more;
	size_t		 cap = 0;

	*ids = NULL;
	p_int(&p, missing_only);
	c_int(&c, &id);
	db_rows_start(&rows, db, &tbl, STMT_PRACTICES_PUBLISHED, &p, &c);
	while (db_rows_next(&rows)) {
		if ((size_t)n == cap) {
			cap = cap ? cap * 2 : 64;
			if ((more = reallocarray(*ids, cap, sizeof(**ids))) ==
			    NULL) {
				db_rows_fail(&rows);
				continue;
			}
			*ids = more;
		}
		(*ids)[n++] = id;
	}
	if (db_rows_end(&rows, NULL) == -1) {
		free(*ids);
		*ids = NULL;
		return -1;
	}
	return n;
}

/* Binds the columns of PITEM_COLUMNS and the extra one to it. */
static void
pitem_cols(struct cols *c, struct db_practice_item *it)
{
	memset(it, 0, sizeof(*it));
	c_int(c, &it->id);
	c_str(c, it->uuid, sizeof(it->uuid));
	c_int(c, &it->org_id);
	c_str(c, it->org_name, sizeof(it->org_name));
	c_int(c, &it->is_public);
	c_int(c, &it->rev_id);
	c_str(c, it->status, sizeof(it->status));
	c_str(c, it->working_status, sizeof(it->working_status));
	c_int(c, &it->has_published);
	c_str(c, it->title, sizeof(it->title));
	c_str(c, it->summary, sizeof(it->summary));
	c_str(c, it->title_en, sizeof(it->title_en));
	c_str(c, it->summary_en, sizeof(it->summary_en));
	c_int(c, &it->year);
	c_str(c, it->category, sizeof(it->category));
	c_str(c, it->aspects, sizeof(it->aspects));
	c_str(c, it->published, sizeof(it->published));
	c_str(c, it->first_published, sizeof(it->first_published));
	c_str(c, it->extra, sizeof(it->extra));
}

/* Runs a list of practices and calls fn per row. Returns the count or
 * -1. The item is large (the summary): on the heap. */
static int
pitems(struct db *db, int s, struct params *p,
    int (*fn)(const struct db_practice_item *, void *), void *arg)
{
	struct cols		 c = { .n = 0 };
	struct db_practice_item	*it;
	struct db_rows		 rows;

	if ((it = malloc(sizeof(*it))) == NULL)
		return -1;
	pitem_cols(&c, it);
	db_rows_start(&rows, db, &tbl, s, p, &c);
	while (db_rows_next(&rows))
		if (fn(it, arg) == -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, it);
}

/* Binds the parameters of PSEARCH_WHERE from f: the stems of PMATCH
 * first. */
static void
psearch_params(struct params *p, const struct practice_filter *f)
{
	for (int i = 0; i < PRACTICE_QUERY_WORDS; i++)
		for (int l = 0; l < LANG__MAX; l++)
			p_str(p, i < f->nwords ? f->words[i][l] : "");
	p_int(p, f->public_only);
	p_str(p, f->category ? f->category : "");
	p_str(p, f->category ? f->category : "");
	p_str(p, f->theme ? f->theme : "");
	p_str(p, f->theme ? f->theme : "");
	p_str(p, f->aspect ? f->aspect : "");
	p_str(p, f->aspect ? f->aspect : "");
	p_str(p, f->province ? f->province : "");
	p_str(p, f->province ? f->province : "");
	p_int(p, f->year);
	p_int(p, f->year);
	p_int(p, f->nwords);
}

int
db_practices_search(struct db *db, const struct practice_filter *f,
    int (*fn)(const struct db_practice_item *, void *), void *arg)
{
	struct params p = { .n = 0 };

	psearch_params(&p, f);
	p_int(&p, f->by_relevance && f->nwords > 0);
	p_int(&p, f->by_relevance && f->nwords > 0);
	p_int(&p, f->limit);
	p_int(&p, f->offset);
	return pitems(db, STMT_PRACTICES_SEARCH, &p, fn, arg);
}

long long
db_practices_count(struct db *db, const struct practice_filter *f)
{
	struct params p = { .n = 0 };

	psearch_params(&p, f);
	return db_number(db, &tbl, STMT_PRACTICES_COUNT, &p);
}

int
db_practices_of_org(struct db *db, long long org_id,
    int (*fn)(const struct db_practice_item *, void *), void *arg)
{
	struct params p = { .n = 0 };

	p_int(&p, org_id);
	p_int(&p, org_id);
	return pitems(db, STMT_PRACTICES_OF_ORG, &p, fn, arg);
}

int
db_practices_related(struct db *db, long long id, long long rev,
    const char *category, int public_only,
    int (*fn)(const struct db_practice_item *, void *), void *arg)
{
	struct params p = { .n = 0 };

	p_int(&p, rev);
	p_int(&p, id);
	p_str(&p, category);
	p_int(&p, public_only);
	p_int(&p, PRACTICE_RELATED);
	return pitems(db, STMT_PRACTICES_RELATED, &p, fn, arg);
}

int
db_practices_feed(struct db *db,
    int (*fn)(const struct db_practice_item *, void *), void *arg)
{
	struct params p = { .n = 0 };

	p_int(&p, PRACTICE_FEED_SIZE);
	return pitems(db, STMT_PRACTICES_FEED, &p, fn, arg);
}

int
db_practice_years(struct db *db, int public_only,
    int (*fn)(long long, void *), void *arg)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	long long	 y = 0;
	struct db_rows	 rows;

	p_int(&p, public_only);
	c_int(&c, &y);
	db_rows_start(&rows, db, &tbl, STMT_PRACTICE_YEARS, &p, &c);
	while (db_rows_next(&rows))
		if (fn(y, arg) == -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, NULL);
}

int
db_practice_contacts(struct db *db, long long org_id,
    int (*fn)(long long, const char *, void *), void *arg)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	long long	 id = 0;
	char		 name[601];
	struct db_rows	 rows;

	p_int(&p, org_id);
	c_int(&c, &id);
	c_str(&c, name, sizeof(name));
	db_rows_start(&rows, db, &tbl, STMT_PRACTICE_CONTACTS, &p, &c);
	while (db_rows_next(&rows))
		if (fn(id, name, arg) == -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, NULL);
}

int
db_practice_contact_optin(struct db *db, long long user)
{
	struct params p = { .n = 0 };

	p_int(&p, user);
	return db_change(db, &tbl, STMT_PRACTICE_OPTIN, &p) == -1 ? -1 : 0;
}

int
db_practice_user(struct db *db, long long id, struct db_user *u)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };

	p_int(&p, id);
	db_user_cols(&c, u);
	return db_one(db, &tbl, STMT_PRACTICE_USER, &p, &c);
}

/* Runs a list of users and calls fn per row. Returns the count or -1. */
static int
practice_users(struct db *db, int s, struct params *p,
    int (*fn)(const struct db_user *, void *), void *arg)
{
	struct cols	 c = { .n = 0 };
	struct db_user	 u;
	struct db_rows	 rows;

	db_user_cols(&c, &u);
	db_rows_start(&rows, db, &tbl, s, p, &c);
	while (db_rows_next(&rows))
		if (fn(&u, arg) == -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, NULL);
}

int
db_practice_users_of_role(struct db *db, const char *role,
    int (*fn)(const struct db_user *, void *), void *arg)
{
	struct params p = { .n = 0 };

	p_str(&p, role);
	return practice_users(db, STMT_PRACTICE_USERS_ROLE, &p, fn, arg);
}

int
db_practice_author_and_coordinators(struct db *db, long long author,
    long long org_id, int (*fn)(const struct db_user *, void *), void *arg)
{
	struct params p = { .n = 0 };

	p_int(&p, author);
	p_int(&p, org_id);
	return practice_users(db, STMT_PRACTICE_AUTHOR_COORDS, &p, fn, arg);
}

int
db_contact_lock(struct db *db, long long user)
{
	struct params	 p = { .n = 0 };

	p_int(&p, user);
	return db_number(db, &tbl, STMT_CONTACT_LOCK, &p) == -1 ? -1 : 0;
}

long long
db_contact_count_day(struct db *db, long long user)
{
	struct params p = { .n = 0 };

	p_int(&p, user);
	return db_number(db, &tbl, STMT_CONTACT_COUNT, &p);
}

int
db_contact_add(struct db *db, long long user, long long practice_id)
{
	struct params p = { .n = 0 };

	p_int(&p, user);
	p_int(&p, practice_id);
	return db_change(db, &tbl, STMT_CONTACT_ADD, &p) == -1 ? -1 : 0;
}

int
db_municipalities_among(struct db *db, const long long *ids, size_t n,
    unsigned long long *found)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	long long	 id = 0;
	struct db_rows	 rows;

	*found = 0;
	if (n > PRACTICE_PARTNERS)
		return -1;
	for (size_t i = 0; i < PRACTICE_PARTNERS; i++)
		p_int(&p, i < n ? ids[i] : 0);
	c_int(&c, &id);
	db_rows_start(&rows, db, &tbl, STMT_MUNICIPALITIES_AMONG, &p, &c);
	while (db_rows_next(&rows))
		for (size_t i = 0; i < n; i++)
			if (ids[i] == id)
				*found |= 1ULL << i;
	return db_rows_end(&rows, NULL) == -1 ? -1 : 0;
}
