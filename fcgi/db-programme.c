/*
 * Statements of the programme: events, registrations, the waiting
 * list and materials.
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
	STMT_EVENTS_LIST,
	STMT_EVENTS_LIST_NO_ORG,
	STMT_EVENTS_SESSIONS,
	STMT_EVENTS_SESSIONS_NO_ORG,
	STMT_EVENT_GET,
	STMT_EVENT_LOCK,
	STMT_EVENT_COUNTS,
	STMT_EVENT_INSERT,
	STMT_EVENT_UPDATE,
	STMT_REG_ACTIVE_EMAIL,
	STMT_REG_ORG_CONFIRMED,
	STMT_REG_NEXT_SEQ,
	STMT_REG_ADD,
	STMT_REG_BY_TOKEN,
	STMT_REG_BY_ID,
	STMT_REG_SET_STATUS,
	STMT_REGS_OF_EVENT,
	STMT_REGS_WAITING,
	STMT_MATERIAL_ADD,
	STMT_MATERIALS_LIST,
	STMT_REGS_OF_ORG,
	STMT_EVENT_HELD,
	STMT_REG_ORG_TAKEN,
	STMT_REG_ORG_WAITING,
	STMT_REG_DECIDE,
	STMT_REGS_EXPIRE,
	STMT_EVENTS_EXPIRED,
	STMT_REGS_APPROVAL,
	STMT_ORG_DOMAINS,
	STMT_ORG_DOMAINS_SET,
	STMT_REG_OF_ORG,
	STMT_REG_GUEST_TAKEN,
	STMT_REG_GUEST_WAITING,
	STMT_REG_GUEST_CONFIRMED,
	/* the coordinator's view and moves */
	STMT_REGS_ACTIVE_OF_ORG,
	STMT_MOVE_ADD,
	STMT_MOVE_OF,
	STMT_MOVE_PENDING,
	STMT__MAX
};

/* The columns of an event, in struct db_event order; the one parameter is
 * the organisation whose taken places (confirmed, or held by a pending
 * registration) are counted (0: none). */
#define EVENT_COLUMNS \
	EVENT_COLUMNS_HEAD \
	"(SELECT COUNT(*) FROM registrations r WHERE r.event_id = e.id " \
	"AND r.organisation_id = ? AND (r.status = 'confirmed' " \
	"OR (r.status = 'pending' AND r.held = 1))), e.held_count, e.open_to "
/* The same for no organisation (a visitor who is not a municipality's):
 * its own places are 0 without asking. */
#define EVENT_COLUMNS_NO_ORG \
	EVENT_COLUMNS_HEAD "0, e.held_count, e.open_to "
#define EVENT_COLUMNS_HEAD \
	"e.id, e.kind, e.audience, e.status, e.title, e.description, " \
	"e.title_en, e.description_en, " \
	"DATE_FORMAT(e.starts_at, '%Y-%m-%d %H:%i:%s'), " \
	"DATE_FORMAT(e.ends_at, '%Y-%m-%d %H:%i:%s'), e.place, " \
	"COALESCE(e.online_url, ''), e.capacity, e.confirmed_count, " \
	"COALESCE(e.per_org_limit, -1), e.waiting_count, e.notify_emails, " \
	"COALESCE(DATE_FORMAT(e.registration_opens_at, " \
	"'%Y-%m-%d %H:%i:%s'), ''), " \
	"COALESCE(DATE_FORMAT(e.registration_closes_at, " \
	"'%Y-%m-%d %H:%i:%s'), ''), "

/* The columns of a session s of a LEFT JOIN, in struct db_session order
 * (id 0 and empty strings when there is none). */
#define SESSION_COLUMNS \
	"COALESCE(s.id, 0), COALESCE(s.uid_key, ''), " \
	"COALESCE(DATE_FORMAT(s.starts_at, '%Y-%m-%d %H:%i:%s'), ''), " \
	"COALESCE(DATE_FORMAT(s.ends_at, '%Y-%m-%d %H:%i:%s'), ''), " \
	"COALESCE(s.place, '') "

/* The columns of a registration, in struct db_registration order, with
 * its place on the waiting list (0 when not waiting). A guest's has
 * organisation 0 and the name of the organisation they typed. */
#define REG_COLUMNS \
	"r.id, r.event_id, COALESCE(r.organisation_id, 0), " \
	"COALESCE(r.user_id, 0), " \
	"r.name, r.email, r.job_title, r.lang, r.status, " \
	"DATE_FORMAT(r.created_at, '%Y-%m-%d %H:%i:%s'), " \
	"COALESCE(o.name, r.guest_organisation), " \
	"(SELECT COUNT(*) FROM registrations w WHERE w.event_id = r.event_id " \
	"AND w.status = 'waiting' AND w.waiting_seq <= r.waiting_seq), " \
	"r.held, COALESCE(DATE_FORMAT(r.hold_until, '%Y-%m-%d %H:%i:%s'), " \
	"''), COALESCE(r.hold_until <= UTC_TIMESTAMP(), 0) "

static const char *const stmts[STMT__MAX] = {
	/* the organisation's own count in one query, not
	 * one per event */
	[STMT_EVENTS_LIST] =
	"SELECT " EVENT_COLUMNS "FROM events e "
	"WHERE ? OR e.status <> 'draft' ORDER BY e.starts_at, e.id",
	[STMT_EVENTS_LIST_NO_ORG] =
	"SELECT " EVENT_COLUMNS_NO_ORG "FROM events e "
	"WHERE ? OR e.status <> 'draft' ORDER BY e.starts_at, e.id",
	/* the same with each event's sessions, a row each (one row
	 * with session 0 for an event without session rows). The
	 * sessions are read through their index and sorted in C
	 * (db_events_sessions): ordered here as well, the rows would go
	 * through a temporary table, a third of the statement's time. */
	[STMT_EVENTS_SESSIONS] =
	"SELECT " EVENT_COLUMNS ", " SESSION_COLUMNS "FROM events e "
	"LEFT JOIN event_sessions s FORCE INDEX (event_sessions_event) "
	"ON s.event_id = e.id "
	"WHERE ? OR e.status <> 'draft' ORDER BY e.starts_at, e.id",
	[STMT_EVENTS_SESSIONS_NO_ORG] =
	"SELECT " EVENT_COLUMNS_NO_ORG ", " SESSION_COLUMNS "FROM events e "
	"LEFT JOIN event_sessions s FORCE INDEX (event_sessions_event) "
	"ON s.event_id = e.id "
	"WHERE ? OR e.status <> 'draft' ORDER BY e.starts_at, e.id",
	[STMT_EVENT_GET] =
	"SELECT " EVENT_COLUMNS "FROM events e WHERE e.id = ?",
	/* the shared counter row every registration for
	 * the event takes first */
	[STMT_EVENT_LOCK] =
	"SELECT " EVENT_COLUMNS "FROM events e WHERE e.id = ? FOR UPDATE",
	[STMT_EVENT_COUNTS] =
	"UPDATE events SET confirmed_count = confirmed_count + ?, "
	"waiting_count = waiting_count + ? WHERE id = ?",
	[STMT_EVENT_INSERT] =
	"INSERT INTO events (title, description, title_en, description_en, "
	"kind, audience, starts_at, "
	"ends_at, place, online_url, capacity, per_org_limit, "
	"registration_opens_at, registration_closes_at, notify_emails, status, "
	"open_to) "
	"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULLIF(?, ''), ?, NULLIF(?, -1), "
	"NULLIF(?, ''), NULLIF(?, ''), ?, ?, ?)",
	[STMT_EVENT_UPDATE] =
	"UPDATE events SET title = ?, description = ?, title_en = ?, "
	"description_en = ?, kind = ?, audience = ?, "
	"starts_at = ?, ends_at = ?, place = ?, online_url = NULLIF(?, ''), "
	"capacity = ?, per_org_limit = NULLIF(?, -1), "
	"registration_opens_at = NULLIF(?, ''), "
	"registration_closes_at = NULLIF(?, ''), notify_emails = ?, "
	"status = ?, open_to = ? WHERE id = ?",
	[STMT_REG_ACTIVE_EMAIL] =
	"SELECT COUNT(*) FROM registrations WHERE event_id = ? "
	"AND active_email = ?",
	[STMT_REG_ORG_CONFIRMED] =
	"SELECT COUNT(*) FROM registrations WHERE event_id = ? "
	"AND organisation_id = ? AND status = 'confirmed'",
	[STMT_REG_NEXT_SEQ] =
	"SELECT COALESCE(MAX(waiting_seq), 0) + 1 FROM registrations "
	"WHERE event_id = ?",
	[STMT_REG_ADD] =
	"INSERT INTO registrations (event_id, organisation_id, "
	"guest_organisation, user_id, name, "
	"email, job_title, lang, status, waiting_seq, token_hash, held, "
	"hold_until, verified_at, created_at) "
	"VALUES (?, NULLIF(?, 0), NULLIF(?, ''), NULLIF(?, 0), ?, ?, ?, ?, ?, "
	"NULLIF(?, 0), ?, ?, "
	"IF(? > 0, UTC_TIMESTAMP() + INTERVAL ? HOUR, NULL), "
	"IF(? > 0, NULL, UTC_TIMESTAMP()), UTC_TIMESTAMP())",
	/* the first link, or one of a later mail (registration_links) */
	[STMT_REG_BY_TOKEN] =
	"SELECT " REG_COLUMNS "FROM registrations r "
	"LEFT JOIN organisations o ON o.id = r.organisation_id "
	"WHERE r.token_hash = ? "
	"UNION ALL SELECT " REG_COLUMNS "FROM registration_links l "
	"JOIN registrations r ON r.id = l.registration_id "
	"LEFT JOIN organisations o ON o.id = r.organisation_id "
	"WHERE l.token_hash = ?",
	[STMT_REG_BY_ID] =
	"SELECT " REG_COLUMNS "FROM registrations r "
	"LEFT JOIN organisations o ON o.id = r.organisation_id "
	"WHERE r.id = ? AND r.event_id = ?",
	/* MariaDB assigns left to right, so the
	 * columns that look at the old status come first */
	[STMT_REG_SET_STATUS] =
	"UPDATE registrations SET "
	"promoted_at = IF(? = 'confirmed' AND status = 'waiting', "
	"UTC_TIMESTAMP(), promoted_at), "
	"cancelled_at = IF(? = 'cancelled', UTC_TIMESTAMP(), cancelled_at), "
	"waiting_seq = IF(? = 'waiting', waiting_seq, NULL), "
	"status = ? WHERE id = ?",
	[STMT_REGS_OF_EVENT] =
	"SELECT " REG_COLUMNS "FROM registrations r "
	"LEFT JOIN organisations o ON o.id = r.organisation_id "
	"WHERE r.event_id = ? AND r.status NOT IN ('pending', 'expired') "
	"ORDER BY COALESCE(o.name, r.guest_organisation), "
	"FIELD(r.status, 'confirmed', 'waiting', 'approval', 'cancelled'), "
	"r.waiting_seq, r.name, r.id",
	[STMT_REGS_WAITING] =
	"SELECT " REG_COLUMNS "FROM registrations r "
	"LEFT JOIN organisations o ON o.id = r.organisation_id "
	"WHERE r.event_id = ? AND r.status = 'waiting' ORDER BY r.waiting_seq",
	[STMT_MATERIAL_ADD] =
	"INSERT INTO event_materials (event_id, title, url, body, created_at) "
	"VALUES (?, ?, NULLIF(?, ''), ?, UTC_TIMESTAMP())",
	[STMT_MATERIALS_LIST] =
	"SELECT id, title, COALESCE(url, ''), body, "
	"DATE_FORMAT(created_at, '%Y-%m-%d %H:%i:%s') FROM event_materials "
	"WHERE event_id = ? ORDER BY id",
	[STMT_REGS_OF_ORG] =
	"SELECT " REG_COLUMNS ", e.title, "
	"DATE_FORMAT(e.starts_at, '%Y-%m-%d %H:%i:%s') FROM registrations r "
	"LEFT JOIN organisations o ON o.id = r.organisation_id "
	"JOIN events e ON e.id = r.event_id WHERE r.organisation_id = ? "
	"AND r.status NOT IN ('pending', 'expired') "
	"ORDER BY e.starts_at, e.id, r.name, r.id",
	[STMT_EVENT_HELD] =
	"UPDATE events SET held_count = held_count + ? WHERE id = ?",
	[STMT_REG_ORG_TAKEN] =
	"SELECT COUNT(*) FROM registrations WHERE event_id = ? "
	"AND organisation_id = ? AND (status = 'confirmed' "
	"OR (status = 'pending' AND held = 1))",
	[STMT_REG_ORG_WAITING] =
	"SELECT COUNT(*) FROM registrations WHERE event_id = ? "
	"AND organisation_id = ? AND (status = 'waiting' "
	"OR (status = 'pending' AND held = 0))",
	/* a pending (or awaiting approval) registration decided: its
	 * address is confirmed now */
	[STMT_REG_DECIDE] =
	"UPDATE registrations SET status = ?, waiting_seq = NULLIF(?, 0), "
	"held = 0, hold_until = NULL, "
	"verified_at = COALESCE(verified_at, UTC_TIMESTAMP()) "
	"WHERE id = ? AND status IN ('pending', 'approval')",
	/* pending ones of an event (holding a place or not) past their
	 * time; the place goes back at once */
	[STMT_REGS_EXPIRE] =
	"UPDATE registrations SET status = 'expired', held = 0, "
	"cancelled_at = UTC_TIMESTAMP() WHERE event_id = ? "
	"AND status = 'pending' AND held = ? "
	"AND hold_until <= UTC_TIMESTAMP()",
	[STMT_EVENTS_EXPIRED] =
	"SELECT DISTINCT event_id FROM registrations WHERE status = 'pending' "
	"AND hold_until <= UTC_TIMESTAMP() LIMIT 100",
	[STMT_REGS_APPROVAL] =
	"SELECT " REG_COLUMNS ", e.title, "
	"DATE_FORMAT(e.starts_at, '%Y-%m-%d %H:%i:%s') FROM registrations r "
	"LEFT JOIN organisations o ON o.id = r.organisation_id "
	"JOIN events e ON e.id = r.event_id WHERE r.organisation_id = ? "
	"AND r.status = 'approval' ORDER BY e.starts_at, e.id, r.id",
	[STMT_ORG_DOMAINS] =
	"SELECT mail_domains FROM organisations WHERE id = ?",
	[STMT_REG_OF_ORG] =
	"SELECT " REG_COLUMNS "FROM registrations r "
	"LEFT JOIN organisations o ON o.id = r.organisation_id "
	"WHERE r.id = ? AND r.event_id = ? AND r.organisation_id = ?",
	[STMT_ORG_DOMAINS_SET] =
	"UPDATE organisations SET mail_domains = ? WHERE id = ?",
	/* a guest's organisation: the name they typed, compared by the
	 * column's collation (case-insensitive) */
	[STMT_REG_GUEST_TAKEN] =
	"SELECT COUNT(*) FROM registrations WHERE event_id = ? "
	"AND organisation_id IS NULL AND guest_organisation = ? "
	"AND (status = 'confirmed' OR (status = 'pending' AND held = 1))",
	[STMT_REG_GUEST_WAITING] =
	"SELECT COUNT(*) FROM registrations WHERE event_id = ? "
	"AND organisation_id IS NULL AND guest_organisation = ? "
	"AND (status = 'waiting' OR (status = 'pending' AND held = 0))",
	[STMT_REG_GUEST_CONFIRMED] =
	"SELECT COUNT(*) FROM registrations WHERE event_id = ? "
	"AND organisation_id IS NULL AND guest_organisation = ? "
	"AND status = 'confirmed'",
	/* the coordinator's view: every registration of the municipality
	 * still in play (a pending one until its time is up) */
	[STMT_REGS_ACTIVE_OF_ORG] =
	"SELECT " REG_COLUMNS ", e.title, "
	"DATE_FORMAT(e.starts_at, '%Y-%m-%d %H:%i:%s') FROM registrations r "
	"JOIN organisations o ON o.id = r.organisation_id "
	"JOIN events e ON e.id = r.event_id WHERE r.organisation_id = ? "
	"AND (r.status IN ('confirmed', 'waiting', 'approval') "
	"OR (r.status = 'pending' AND r.hold_until > UTC_TIMESTAMP())) "
	"ORDER BY e.starts_at, e.id, "
	"FIELD(r.status, 'confirmed', 'waiting', 'approval', 'pending'), "
	"r.waiting_seq, r.name, r.id",
	[STMT_MOVE_ADD] =
	"INSERT INTO registration_moves (registration_id, moves_id, "
	"requested_by, created_at) VALUES (?, ?, NULLIF(?, 0), "
	"UTC_TIMESTAMP())",
	[STMT_MOVE_OF] =
	"SELECT moves_id FROM registration_moves WHERE registration_id = ?",
	/* a move of the registration still waiting for its new person */
	[STMT_MOVE_PENDING] =
	"SELECT COUNT(*) FROM registration_moves m "
	"JOIN registrations r ON r.id = m.registration_id "
	"WHERE m.moves_id = ? AND r.status = 'pending' "
	"AND r.hold_until > UTC_TIMESTAMP()",
};

static const struct db_table tbl = {
	DBT_PROGRAMME, "programme", stmts, STMT__MAX
};

/* Binds the columns of EVENT_COLUMNS to ev. */
static void
event_cols(struct cols *c, struct db_event *ev)
{
	memset(ev, 0, sizeof(*ev));
	c_int(c, &ev->id);
	c_str(c, ev->kind, sizeof(ev->kind));
	c_str(c, ev->audience, sizeof(ev->audience));
	c_str(c, ev->status, sizeof(ev->status));
	c_str(c, ev->title, sizeof(ev->title));
	c_str(c, ev->description, sizeof(ev->description));
	c_str(c, ev->title_en, sizeof(ev->title_en));
	c_str(c, ev->description_en, sizeof(ev->description_en));
	c_str(c, ev->starts_at, sizeof(ev->starts_at));
	c_str(c, ev->ends_at, sizeof(ev->ends_at));
	c_str(c, ev->place, sizeof(ev->place));
	c_str(c, ev->online_url, sizeof(ev->online_url));
	c_int(c, &ev->capacity);
	c_int(c, &ev->confirmed);
	c_int(c, &ev->per_org_limit);
	c_int(c, &ev->waiting);
	c_str(c, ev->notify_emails, sizeof(ev->notify_emails));
	c_str(c, ev->opens_at, sizeof(ev->opens_at));
	c_str(c, ev->closes_at, sizeof(ev->closes_at));
	c_int(c, &ev->org_confirmed);
	c_int(c, &ev->held);
	c_str(c, ev->open_to, sizeof(ev->open_to));
}

int
db_events_list(struct db *db, int drafts, long long org_id,
    int (*fn)(const struct db_event *, void *), void *arg)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	struct db_event	*ev;
	struct db_rows	 rows;

	/* Large (the description): on the heap, not the worker's stack. */
	if ((ev = malloc(sizeof(*ev))) == NULL)
		return -1;
	if (org_id != 0)
		p_int(&p, org_id);
	p_int(&p, drafts);
	event_cols(&c, ev);
	db_rows_start(&rows, db, &tbl, org_id != 0 ? STMT_EVENTS_LIST :
	    STMT_EVENTS_LIST_NO_ORG, &p, &c);
	while (db_rows_next(&rows))
		if (fn(ev, arg) == -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, ev);
}

/* Sessions in their order: by start, then by id. */
static int
session_order(const void *a, const void *b)
{
	const struct db_session	*x = a, *y = b;
	int			 c = strcmp(x->starts_at, y->starts_at);

	if (c != 0)
		return c;
	return (x->id > y->id) - (x->id < y->id);
}

/* Hands fn the event ev with its sessions ss, in their order. */
static int
event_with_sessions(const struct db_event *ev, struct db_sessions *ss,
    int (*fn)(const struct db_event *, const struct db_sessions *, void *),
    void *arg)
{
	qsort(ss->s, ss->n, sizeof(ss->s[0]), session_order);
	return fn(ev, ss, arg);
}

int
db_events_sessions(struct db *db, int drafts, long long org_id,
    int (*fn)(const struct db_event *, const struct db_sessions *, void *),
    void *arg)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	struct db_rows	 rows;
	/* Large (descriptions, twelve places): on the heap. The row is
	 * read into row and sess; cur is the event whose rows these are. */
	struct {
		struct db_event		row, cur;
		struct db_session	sess;
		struct db_sessions	ss;
	}		*b;
	int		 have = 0, failed = 0, rc;

	if ((b = calloc(1, sizeof(*b))) == NULL)
		return -1;
	if (org_id != 0)
		p_int(&p, org_id);
	p_int(&p, drafts);
	event_cols(&c, &b->row);
	c_int(&c, &b->sess.id);
	c_str(&c, b->sess.uid, sizeof(b->sess.uid));
	c_str(&c, b->sess.starts_at, sizeof(b->sess.starts_at));
	c_str(&c, b->sess.ends_at, sizeof(b->sess.ends_at));
	c_str(&c, b->sess.place, sizeof(b->sess.place));
	db_rows_start(&rows, db, &tbl, org_id != 0 ? STMT_EVENTS_SESSIONS :
	    STMT_EVENTS_SESSIONS_NO_ORG, &p, &c);
	while (db_rows_next(&rows)) {
		if (!have || b->row.id != b->cur.id) {
			if (have && event_with_sessions(&b->cur, &b->ss, fn,
			    arg) == -1) {
				failed = 1;
				db_rows_fail(&rows);
			}
			b->cur = b->row;
			b->ss.n = 0;
			have = 1;
		}
		if (b->sess.id != 0 && b->ss.n < SESSIONS_MAX)
			b->ss.s[b->ss.n++] = b->sess;
	}
	rc = db_rows_end(&rows, NULL);
	if (rc != -1 && !failed && have && event_with_sessions(&b->cur, &b->ss,
	    fn, arg) == -1)
		rc = -1;
	free(b);
	return rc == -1 ? -1 : 0;
}

int
db_event_get(struct db *db, long long id, int lock, long long org_id,
    struct db_event *ev)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };

	p_int(&p, org_id);
	p_int(&p, id);
	event_cols(&c, ev);
	return db_one(db, &tbl, lock ? STMT_EVENT_LOCK : STMT_EVENT_GET, &p, &c);
}

int
db_event_counts(struct db *db, long long event_id, long long dconfirmed,
    long long dwaiting)
{
	struct params p = { .n = 0 };

	p_int(&p, dconfirmed);
	p_int(&p, dwaiting);
	p_int(&p, event_id);
	return db_change(db, &tbl, STMT_EVENT_COUNTS, &p) == -1 ? -1 : 0;
}

long long
db_event_save(struct db *db, const struct db_event *ev)
{
	struct params	 p = { .n = 0 };
	MYSQL_STMT	*st;

	p_str(&p, ev->title);
	p_str(&p, ev->description);
	p_str(&p, ev->title_en);
	p_str(&p, ev->description_en);
	p_str(&p, ev->kind);
	p_str(&p, ev->audience);
	p_str(&p, ev->starts_at);
	p_str(&p, ev->ends_at);
	p_str(&p, ev->place);
	p_str(&p, ev->online_url);
	p_int(&p, ev->capacity);
	p_int(&p, ev->per_org_limit);
	p_str(&p, ev->opens_at);
	p_str(&p, ev->closes_at);
	p_str(&p, ev->notify_emails);
	p_str(&p, ev->status);
	p_str(&p, ev->open_to[0] ? ev->open_to : "municipalities");
	if (ev->id != 0) {
		p_int(&p, ev->id);
		return db_change(db, &tbl, STMT_EVENT_UPDATE, &p) == -1 ? -1 : ev->id;
	}
	if ((st = db_run(db, &tbl, STMT_EVENT_INSERT, &p, NULL)) == NULL)
		return -1;
	return (long long)mysql_stmt_insert_id(st);
}

long long
db_reg_active_email(struct db *db, long long event_id, const char *email)
{
	struct params p = { .n = 0 };

	p_int(&p, event_id);
	p_str(&p, email);
	return db_number(db, &tbl, STMT_REG_ACTIVE_EMAIL, &p);
}

long long
db_reg_org_confirmed(struct db *db, long long event_id, long long org_id)
{
	struct params p = { .n = 0 };

	p_int(&p, event_id);
	p_int(&p, org_id);
	return db_number(db, &tbl, STMT_REG_ORG_CONFIRMED, &p);
}

long long
db_reg_next_seq(struct db *db, long long event_id)
{
	struct params p = { .n = 0 };

	p_int(&p, event_id);
	return db_number(db, &tbl, STMT_REG_NEXT_SEQ, &p);
}

long long
db_reg_add(struct db *db, const struct db_registration *g,
    const unsigned char token_hash[32], long long waiting_seq,
    int hold_hours)
{
	struct params	 p = { .n = 0 };
	MYSQL_STMT	*st;

	p_int(&p, g->event_id);
	p_int(&p, g->org_id);
	p_str(&p, g->org_id == 0 ? g->org_name : "");
	p_int(&p, g->user_id);
	p_str(&p, g->name);
	p_str(&p, g->email);
	p_str(&p, g->job_title);
	p_str(&p, g->lang);
	p_str(&p, g->status);
	p_int(&p, waiting_seq);
	p_blob(&p, token_hash, 32);
	p_int(&p, g->held);
	p_int(&p, hold_hours);
	p_int(&p, hold_hours);
	p_int(&p, hold_hours);
	if ((st = db_run(db, &tbl, STMT_REG_ADD, &p, NULL)) == NULL)
		return -1;
	return (long long)mysql_stmt_insert_id(st);
}

/* Binds the columns of REG_COLUMNS to g. */
static void
reg_cols(struct cols *c, struct db_registration *g)
{
	memset(g, 0, sizeof(*g));
	c_int(c, &g->id);
	c_int(c, &g->event_id);
	c_int(c, &g->org_id);
	c_int(c, &g->user_id);
	c_str(c, g->name, sizeof(g->name));
	c_str(c, g->email, sizeof(g->email));
	c_str(c, g->job_title, sizeof(g->job_title));
	c_str(c, g->lang, sizeof(g->lang));
	c_str(c, g->status, sizeof(g->status));
	c_str(c, g->created, sizeof(g->created));
	c_str(c, g->org_name, sizeof(g->org_name));
	c_int(c, &g->position);
	c_int(c, &g->held);
	c_str(c, g->hold_until, sizeof(g->hold_until));
	c_int(c, &g->lapsed);
}

int
db_reg_by_token(struct db *db, const unsigned char hash[32],
    struct db_registration *g)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };

	p_blob(&p, hash, 32);
	p_blob(&p, hash, 32);
	reg_cols(&c, g);
	return db_one(db, &tbl, STMT_REG_BY_TOKEN, &p, &c);
}

int
db_reg_by_id(struct db *db, long long event_id, long long id,
    struct db_registration *g)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };

	p_int(&p, id);
	p_int(&p, event_id);
	reg_cols(&c, g);
	return db_one(db, &tbl, STMT_REG_BY_ID, &p, &c);
}

int
db_reg_set_status(struct db *db, long long id, const char *status)
{
	struct params p = { .n = 0 };

	p_str(&p, status);
	p_str(&p, status);
	p_str(&p, status);
	p_str(&p, status);
	p_int(&p, id);
	return db_change(db, &tbl, STMT_REG_SET_STATUS, &p) == -1 ? -1 : 0;
}

int
db_event_held(struct db *db, long long event_id, long long dheld)
{
	struct params p = { .n = 0 };

	p_int(&p, dheld);
	p_int(&p, event_id);
	return db_change(db, &tbl, STMT_EVENT_HELD, &p) == -1 ? -1 : 0;
}

long long
db_reg_org_taken(struct db *db, long long event_id, long long org_id)
{
	struct params p = { .n = 0 };

	p_int(&p, event_id);
	p_int(&p, org_id);
	return db_number(db, &tbl, STMT_REG_ORG_TAKEN, &p);
}

long long
db_reg_org_waiting(struct db *db, long long event_id, long long org_id)
{
	struct params p = { .n = 0 };

	p_int(&p, event_id);
	p_int(&p, org_id);
	return db_number(db, &tbl, STMT_REG_ORG_WAITING, &p);
}

long long
db_reg_decide(struct db *db, long long id, const char *status,
    long long waiting_seq)
{
	struct params p = { .n = 0 };

	p_str(&p, status);
	p_int(&p, waiting_seq);
	p_int(&p, id);
	return db_change(db, &tbl, STMT_REG_DECIDE, &p);
}

long long
db_regs_expire(struct db *db, long long event_id, int held)
{
	struct params p = { .n = 0 };

	p_int(&p, event_id);
	p_int(&p, held);
	return db_change(db, &tbl, STMT_REGS_EXPIRE, &p);
}

int
db_events_expired(struct db *db, long long *ids, size_t max, size_t *n)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	struct db_rows	 rows;
	long long	 id;

	*n = 0;
	c_int(&c, &id);
	db_rows_start(&rows, db, &tbl, STMT_EVENTS_EXPIRED, &p, &c);
	while (db_rows_next(&rows))
		if (*n < max)
			ids[(*n)++] = id;
	return db_rows_end(&rows, NULL) == -1 ? -1 : 0;
}

/* Lists statement s's registrations of one organisation, each with its
 * event's title and start. */
static int
regs_by_org(struct db *db, int s, long long org_id,
    int (*fn)(const struct db_registration *, const char *title,
    const char *starts_at, void *), void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_registration	 g;
	char			 title[801], starts[24];
	struct db_rows		 rows;

	p_int(&p, org_id);
	reg_cols(&c, &g);
	c_str(&c, title, sizeof(title));
	c_str(&c, starts, sizeof(starts));
	db_rows_start(&rows, db, &tbl, s, &p, &c);
	while (db_rows_next(&rows))
		if (fn(&g, title, starts, arg) == -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, NULL);
}

int
db_regs_approval(struct db *db, long long org_id,
    int (*fn)(const struct db_registration *, const char *title,
    const char *starts_at, void *), void *arg)
{
	return regs_by_org(db, STMT_REGS_APPROVAL, org_id, fn, arg);
}

int
db_org_domains(struct db *db, long long org_id, char *buf, size_t sz)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };

	p_int(&p, org_id);
	c_str(&c, buf, sz);
	return db_one(db, &tbl, STMT_ORG_DOMAINS, &p, &c);
}

int
db_reg_of_org(struct db *db, long long event_id, long long id,
    long long org_id, struct db_registration *g)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };

	p_int(&p, id);
	p_int(&p, event_id);
	p_int(&p, org_id);
	reg_cols(&c, g);
	return db_one(db, &tbl, STMT_REG_OF_ORG, &p, &c);
}

int
db_org_set_domains(struct db *db, long long org_id, const char *domains)
{
	struct params p = { .n = 0 };

	p_str(&p, domains);
	p_int(&p, org_id);
	return db_change(db, &tbl, STMT_ORG_DOMAINS_SET, &p) == -1 ? -1 : 0;
}

int
db_regs_list(struct db *db, long long event_id, int waiting_only,
    int (*fn)(const struct db_registration *, void *), void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_registration	 g;
	struct db_rows		 rows;

	p_int(&p, event_id);
	reg_cols(&c, &g);
	db_rows_start(&rows, db, &tbl, waiting_only ? STMT_REGS_WAITING :
	    STMT_REGS_OF_EVENT, &p, &c);
	while (db_rows_next(&rows))
		if (fn(&g, arg) == -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, NULL);
}

int
db_material_add(struct db *db, long long event_id, const char *title,
    const char *url, const char *body)
{
	struct params p = { .n = 0 };

	p_int(&p, event_id);
	p_str(&p, title);
	p_str(&p, url);
	p_str(&p, body);
	return db_change(db, &tbl, STMT_MATERIAL_ADD, &p) == -1 ? -1 : 0;
}

int
db_materials_list(struct db *db, long long event_id,
    int (*fn)(const struct db_material *, void *), void *arg)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_material	 m;
	struct db_rows		 rows;

	p_int(&p, event_id);
	memset(&m, 0, sizeof(m));
	c_int(&c, &m.id);
	c_str(&c, m.title, sizeof(m.title));
	c_str(&c, m.url, sizeof(m.url));
	c_str(&c, m.body, sizeof(m.body));
	c_str(&c, m.created, sizeof(m.created));
	db_rows_start(&rows, db, &tbl, STMT_MATERIALS_LIST, &p, &c);
	while (db_rows_next(&rows))
		if (fn(&m, arg) == -1)
			db_rows_fail(&rows);
	return db_rows_end(&rows, NULL);
}

int
db_regs_of_org(struct db *db, long long org_id,
    int (*fn)(const struct db_registration *, const char *title,
    const char *starts_at, void *), void *arg)
{
	return regs_by_org(db, STMT_REGS_OF_ORG, org_id, fn, arg);
}

long long
db_reg_guest_count(struct db *db, long long event_id, const char *guest_org,
    enum reg_count which)
{
	static const int st[REG_COUNT__MAX] = {
		STMT_REG_GUEST_TAKEN,		/* REG_COUNT_TAKEN */
		STMT_REG_GUEST_WAITING,		/* REG_COUNT_WAITING */
		STMT_REG_GUEST_CONFIRMED,	/* REG_COUNT_CONFIRMED */
	};
	struct params p = { .n = 0 };

	p_int(&p, event_id);
	p_str(&p, guest_org);
	return db_number(db, &tbl, st[which], &p);
}

int
db_regs_active_of_org(struct db *db, long long org_id,
    int (*fn)(const struct db_registration *, const char *title,
    const char *starts_at, void *), void *arg)
{
	return regs_by_org(db, STMT_REGS_ACTIVE_OF_ORG, org_id, fn, arg);
}

int
db_reg_move_add(struct db *db, long long id, long long moves_id,
    long long by)
{
	struct params p = { .n = 0 };

	p_int(&p, id);
	p_int(&p, moves_id);
	p_int(&p, by);
	return db_change(db, &tbl, STMT_MOVE_ADD, &p) == -1 ? -1 : 0;
}

long long
db_reg_move_of(struct db *db, long long id)
{
	struct params	 p = { .n = 0 };
	struct cols	 c = { .n = 0 };
	long long	 moves = 0;
	int		 rc;

	p_int(&p, id);
	c_int(&c, &moves);
	if ((rc = db_one(db, &tbl, STMT_MOVE_OF, &p, &c)) == -1)
		return -1;
	return rc == 0 ? 0 : moves;
}

long long
db_reg_move_pending(struct db *db, long long moves_id)
{
	struct params p = { .n = 0 };

	p_int(&p, moves_id);
	return db_number(db, &tbl, STMT_MOVE_PENDING, &p);
}
