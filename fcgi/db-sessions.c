/*
 * Statements of an event's sessions (each a date with its times and
 * place), its calendar's sequence number, and the management links
 * mailed to registrants (only each token's SHA-256 is kept).
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
	STMT_SESSIONS_OF_EVENT,
	STMT_SESSION_ADD,
	STMT_SESSION_UPDATE,
	STMT_SESSION_DELETE,
	STMT_SEQUENCE_RAISE,
	STMT_LINK_ADD,
	STMT__MAX
};

static const char *const stmts[STMT__MAX] = {
	/* The event's sequence with each of its sessions, in one round trip:
	 * no row when there is no such event, one row of NULL sessions
	 * (id 0) when it has none. */
	[STMT_SESSIONS_OF_EVENT] =
	"SELECT e.ics_sequence, s.id, s.uid_key, "
	"DATE_FORMAT(s.starts_at, '%Y-%m-%d %H:%i:%s'), "
	"DATE_FORMAT(s.ends_at, '%Y-%m-%d %H:%i:%s'), s.place "
	"FROM events e LEFT JOIN event_sessions s ON s.event_id = e.id "
	"WHERE e.id = ? ORDER BY s.starts_at, s.id",
	/* The session rows of every event a list shows (drafts too when
	 * the parameter is 1), by event and start: one round trip for the
	 * whole programme instead of one per event. */
	[STMT_SESSION_ADD] =
	"INSERT INTO event_sessions (event_id, uid_key, starts_at, ends_at, "
	"place) VALUES (?, ?, ?, ?, ?)",
	[STMT_SESSION_UPDATE] =
	"UPDATE event_sessions SET starts_at = ?, ends_at = ?, place = ? "
	"WHERE id = ? AND event_id = ?",
	[STMT_SESSION_DELETE] =
	"DELETE FROM event_sessions WHERE id = ? AND event_id = ?",
	[STMT_SEQUENCE_RAISE] =
	"UPDATE events SET ics_sequence = ics_sequence + 1 WHERE id = ?",
	[STMT_LINK_ADD] =
	"INSERT INTO registration_links (registration_id, token_hash, "
	"created_at) VALUES (?, ?, UTC_TIMESTAMP())",
};

static const struct db_table tbl = {
	DBT_SESSIONS, "sessions", stmts, STMT__MAX
};

int
db_sessions_get(struct db *db, const struct db_event *ev,
    struct db_sessions *ss)
{
	struct params		 p = { .n = 0 };
	struct cols		 c = { .n = 0 };
	struct db_session	 s;
	struct db_rows		 rows;
	long long		 sequence = 0;
	int			 found = 0;

	memset(ss, 0, sizeof(*ss));
	p_int(&p, ev->id);
	memset(&s, 0, sizeof(s));
	c_int(&c, &sequence);
	c_int(&c, &s.id);
	c_str(&c, s.uid, sizeof(s.uid));
	c_str(&c, s.starts_at, sizeof(s.starts_at));
	c_str(&c, s.ends_at, sizeof(s.ends_at));
	c_str(&c, s.place, sizeof(s.place));
	db_rows_start(&rows, db, &tbl, STMT_SESSIONS_OF_EVENT, &p, &c);
	while (db_rows_next(&rows)) {
		found = 1;
		ss->sequence = sequence;
		if (s.id != 0 && ss->n < SESSIONS_MAX)
			ss->s[ss->n++] = s;
	}
	if (db_rows_end(&rows, NULL) == -1)
		return -1;
	if (!found)
		return 0;
	if (ss->n > 0)
		return 1;
	/* No rows: the one session the event's own columns describe, with
	 * the UID its calendar file always had. */
	ss->n = 1;
	ics_session_of_event(ev, &ss->s[0]);
	return 1;
}

int
db_session_add(struct db *db, long long event_id,
    const struct db_session *s)
{
	struct params p = { .n = 0 };

	p_int(&p, event_id);
	p_str(&p, s->uid);
	p_str(&p, s->starts_at);
	p_str(&p, s->ends_at);
	p_str(&p, s->place);
	return db_change(db, &tbl, STMT_SESSION_ADD, &p) == -1 ? -1 : 0;
}

int
db_session_update(struct db *db, long long event_id,
    const struct db_session *s)
{
	struct params p = { .n = 0 };

	p_str(&p, s->starts_at);
	p_str(&p, s->ends_at);
	p_str(&p, s->place);
	p_int(&p, s->id);
	p_int(&p, event_id);
	return db_change(db, &tbl, STMT_SESSION_UPDATE, &p) == -1 ? -1 : 0;
}

int
db_session_delete(struct db *db, long long event_id, long long id)
{
	struct params p = { .n = 0 };

	p_int(&p, id);
	p_int(&p, event_id);
	return db_change(db, &tbl, STMT_SESSION_DELETE, &p) == -1 ? -1 : 0;
}

int
db_event_sequence_raise(struct db *db, long long event_id)
{
	struct params p = { .n = 0 };

	p_int(&p, event_id);
	return db_change(db, &tbl, STMT_SEQUENCE_RAISE, &p) == -1 ? -1 : 0;
}

int
db_reg_link_add(struct db *db, long long registration_id,
    const unsigned char token_hash[32])
{
	struct params p = { .n = 0 };

	p_int(&p, registration_id);
	p_blob(&p, token_hash, 32);
	return db_change(db, &tbl, STMT_LINK_ADD, &p) == -1 ? -1 : 0;
}
