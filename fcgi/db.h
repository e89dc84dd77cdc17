/*
 * Layer 2, the database: the connection and its transactions (db.c) and
 * one file of statements per domain (db-*.c). Only these files include
 * mysql.h; every function here runs prepared statements with bound
 * parameters. Lists call fn per row and return the count or -1; fn
 * returns 0 to go on and -1 to stop with failure. Getters return 1, 0
 * when there is none, -1 on failure.
 */
#ifndef CIMOLT_DB_H
#define CIMOLT_DB_H

#include "records.h"

struct db;

/* ---- db.c: the connection and its transactions -------------------------- */

/* Once per program, before any fork: sets up the client library. */
int		 db_library_init(void);
void		 db_library_end(void);
/* Opens a connection (utf8mb4); statements are prepared on first use.
 * Returns the handle even when the server is down (it reconnects on
 * use), or NULL when out of memory. multi allows several statements per
 * query (the admin's migrations). */
struct db	*db_open(const struct config *, int multi);
void		 db_close(struct db *);
/* Returns 1 when the last failure was a lost or refused connection. */
int		 db_is_down(const struct db *);
/* Returns 1 when the last failure may succeed if the transaction is run
 * again (deadlock, lock wait timeout, Galera certification failure). */
int		 db_is_retryable(const struct db *);
/* Checks the server answers, reconnecting if needed. Returns 0/-1. */
int		 db_ping(struct db *);
/* Reads the data version (schema 019: every change of what pages show
 * raises it) into *v. Returns 0/-1. */
int		 db_data_version(struct db *, unsigned long long *v);
/* The same, without a round trip while the shared change counter says
 * that nothing was committed since the last reading (dataver.c), and at
 * most [cache] recheck_ms after it. Returns 0/-1. */
int		 db_data_version_kept(struct db *, unsigned long long *v);
int		 db_begin(struct db *);
int		 db_commit(struct db *);
void		 db_rollback(struct db *);
/* Migration support for cimolt-admin (fixed SQL from schema/ only). */
int	 db_exec_script(struct db *, const char *sql, size_t len);
/* Looks up the checksum recorded for a migration into hex[65].
 * Returns 1 when found, 0 when not applied, -1 on failure. */
int	 db_migration_get(struct db *, const char *name, char hex[65]);
int	 db_migration_put(struct db *, const char *name, const char *hex);
int	 db_migrations_init(struct db *);
/* The tables (and views) of the configured database, or -1: restore
 * loads a backup only into a database that has none. */
long long db_table_count(struct db *);

/* ---- dataver.c: the shared change counter -------------------------------- */

/* Maps the counter of cfg's database; create: make it when missing (the
 * master, before it forks). Returns 0, or -1 when there is none (every
 * reading of the version then goes to the database). */
int	 dataver_open(const struct config *cfg, int create);
/* Raises the counter: a change was committed. */
void	 dataver_bump(void);
/* Reads the counter into *v. Returns 0, or -1 when none is mapped. */
int	 dataver_load(unsigned long long *v);

/* ---- db-setup.c: the site's database on a local MariaDB ----------------- */

/* Connects as admin_user (password NULL: none, e.g. root over the unix
 * socket) and creates the database and the user that the configuration
 * names, granting that user everything on it. Keeps what exists. Returns
 * 0, or -1 with the reason in err. */
int	 db_setup_site(const struct config *, const char *admin_user,
	    const char *admin_password, char *err, size_t errsz);

/* ---- db-accounts.c: users, organisations, sessions, tokens, audit ------- */

/*
 * Users. Lookups return 1 when found (filling the struct), 0 when not,
 * -1 on failure. db_user_add returns the new id, 0 when the e-mail
 * address is taken, -1 on failure (hash NULL: no password yet).
 * db_user_disable also ends the user's sessions; returns 1 when it
 * disabled, 0 when already disabled, unknown, or not of only_org (when
 * only_org is not 0).
 */
int	 db_user_by_email(struct db *, const char *email, struct db_user *);
int	 db_user_set_hash(struct db *, long long id, const char *hash);
long long db_user_add(struct db *, const char *email, const char *name,
	    long long org_id, const char *role, const char *hash);
int	 db_user_disable(struct db *, long long id, long long only_org);
int	 db_user_set_profile(struct db *, long long id, const char *name,
	    const char *lang);
/* Calls fn per user (of organisation org_id, or all when 0), ordered by
 * organisation and name. Returns the count, or -1. */
int	 db_users_list(struct db *, long long org_id,
	    int (*fn)(const struct db_user *, void *), void *arg);
/* Finds an organisation by CBS code or id. Returns 1, 0 or -1. */
int	 db_org_find(struct db *, const char *code_or_id, struct db_org *);
/* Sessions, keyed by the SHA-256 of the token. db_session_get returns 1
 * with the user, the groups of the user's organisation (as db_org_groups
 * has them) and the data version (see db_data_version) when the session
 * is valid (not idle or too old, user not disabled), 0 when not, -1 on
 * failure. With [cache] shared_version it keeps what it read while the
 * shared change counter stands still, for at most recheck_ms. */
int	 db_session_new(struct db *, const unsigned char hash[32],
	    long long user);
int	 db_session_get(struct db *, const unsigned char hash[32],
	    int idle_minutes, int absolute_hours, struct db_user *,
	    struct db_org_groups *, long long *version);
int	 db_session_del(struct db *, const unsigned char hash[32]);
int	 db_sessions_del_user(struct db *, long long user);
/* Failed sign-ins of the last 15 minutes, by account and by address. */
int	 db_login_failure_add(struct db *, const unsigned char email_hash[32],
	    const char *address);
int	 db_login_failures(struct db *, const unsigned char email_hash[32],
	    const char *address, int *by_email, int *by_address);
/* Single-use tokens ("invitation", "reset"). db_token_get locks the row
 * and returns 1 with its user when usable, 0 when not, -1 on failure. */
int	 db_token_add(struct db *, const unsigned char hash[32],
	    long long user, const char *purpose, int hours);
int	 db_token_get(struct db *, const unsigned char hash[32],
	    const char *purpose, struct db_user *);
int	 db_token_use(struct db *, const unsigned char hash[32]);
/* Ends every outstanding single-use token of user (its links stop
 * working). Returns 0/-1. */
int	 db_tokens_end_user(struct db *, long long user);
/* Requests limited apart from failed sign-ins (kind "reset",
 * "password" or "registration"): record one, and count those of the last
 * minutes by key and by client address. Return 0/-1. The purge deletes
 * up to 1000 registrations' rows older than a day (the others stay for
 * [retention] login_failures_days) and returns how many, or -1. */
int	 db_throttle_add(struct db *, const char *kind,
	    const unsigned char key_hash[32], const char *address);
int	 db_throttle_count(struct db *, const char *kind,
	    const unsigned char key_hash[32], const char *address, int minutes,
	    int *by_key, int *by_address);
long long db_throttle_purge_registrations(struct db *);
/* Audit log; actor 0 is the system or cimolt-admin. */
int	 db_audit_add(struct db *, long long actor, const char *action,
	    const char *subject_type, long long subject_id, const char *detail);
/* Inserts or updates an organisation (province_id 0, "" for none).
 * Returns 1 when inserted, 2 when changed, 0 when unchanged, -1. */
int	 db_org_upsert(struct db *, const char *kind, const char *name,
	    const char *cbs_code, long long province_id,
	    const char *size_class);
/* Lists organisations (organisers, provinces, umbrellas, municipalities,
 * each by name) and the newest audit entries. Return the count or -1. */
int	 db_orgs_list(struct db *, int (*fn)(const struct db_org_row *, void *),
	    void *arg);
int	 db_audit_list(struct db *, int limit,
	    int (*fn)(const struct db_audit *, void *), void *arg);
int	 db_org_groups(struct db *, long long org_id, struct db_org_groups *);
/* Whether an organisation opted in to be named (0/1), or -1. */
int	 db_org_show_name(struct db *, long long org_id);
int	 db_org_set_show_name(struct db *, long long org_id, int show);
/* The active organisers' addresses, comma-separated ("" when none). */
int	 db_organiser_emails(struct db *, char *buf, size_t sz);
/* Every province's id (malloc'd array in *ids). Returns 0/-1. */
int	 db_province_ids(struct db *, long long **ids, size_t *n);

/* ---- db-outbox.c: the outbox and the delivery log ----------------------- */

/* Outbox. db_outbox_claim locks the next due row (SKIP LOCKED) in the
 * current transaction: 1 with it, 0 when none is due, -1 on failure.
 * db_outbox_retry returns 1 when a failed row was queued again, else 0. */
/* db_outbox_add returns the new row's id, or -1; subject and recipients
 * (the mail's "to" list as written) are what the list of messages shows.
 * db_outbox_recipient_add records one recipient's bare address (stored
 * in lower case) of message outbox_id, position 1, 2, ...: 0/-1. */
long long db_outbox_add(struct db *, const char *uuid, const char *type,
	    const char *body, const char *subject, const char *recipients,
	    const char *created_at, int retry_hours);
int	 db_outbox_recipient_add(struct db *, long long outbox_id,
	    int position, const char *address);
int	 db_outbox_claim(struct db *, struct db_outbox *);
int	 db_outbox_result(struct db *, long long id, const char *status,
	    long long delay_seconds, const char *error, int webhook_done,
	    int smtp_done);
/* Replaces the body of row id (a delivered one, its links redacted).
 * Returns 0/-1. */
int	 db_outbox_set_body(struct db *, long long id, const char *body);
int	 db_delivery_add(struct db *, long long outbox_id,
	    const char *transport, int ok, long http_status,
	    const char *smtp_reply, const char *error);
/* The delivery log of an attempt in two steps: db_delivery_open logs it
 * as begun (without a result; its own statement, on a connection that
 * need not be the one holding the row) and returns its id, or -1;
 * db_delivery_close records how it went. An attempt never closed was cut
 * off. */
long long db_delivery_open(struct db *, long long outbox_id,
	    const char *transport);
int	 db_delivery_close(struct db *, long long id, int ok,
	    long http_status, const char *smtp_reply, const char *error);
/* The organisers' list of messages, newest first: db_messages_count
 * the number q finds (or -1), db_messages_list calls fn for each of
 * them from q->offset on, at most q->limit (returns how many, or -1). */
long long db_messages_count(struct db *, const struct db_message_query *q);
int	 db_messages_list(struct db *, const struct db_message_query *q,
	    int (*fn)(const struct db_outbox_row *, void *), void *arg);
/* Message id into m and its body (JSON; "" once purged) into body:
 * 1, 0 when there is none, -1 on failure. */
int	 db_message_get(struct db *, long long id, struct db_outbox_row *m,
	    char *body, size_t bodysz);
/* Calls fn for each attempt to deliver message id, oldest first.
 * Returns 0/-1. */
int	 db_message_attempts(struct db *, long long id,
	    int (*fn)(const struct db_delivery *, void *), void *arg);
int	 db_outbox_retry(struct db *, long long id, int retry_hours);

/* ---- db-programme.c: events, registrations, materials ------------------- */

/* Calls fn for each event (drafts too when drafts is 1) in start order,
 * with the confirmed registrations of org_id counted (0: none); fn
 * returns 0 to go on, -1 to stop with failure. Returns the count or -1. */
int	 db_events_list(struct db *, int drafts, long long org_id,
	    int (*fn)(const struct db_event *, void *), void *arg);
/* The same with each event's sessions (ss->n 0 when it has no session
 * rows), in one statement. Returns 0/-1. */
int	 db_events_sessions(struct db *, int drafts, long long org_id,
	    int (*fn)(const struct db_event *, const struct db_sessions *,
	    void *), void *arg);
/* Reads event id (locking its row, the shared counter, when lock is 1).
 * Returns 1, 0 when there is none, -1. */
int	 db_event_get(struct db *, long long id, int lock, long long org_id,
	    struct db_event *);
/* Adds to an event's counters (negative to take off). Returns 0/-1. */
int	 db_event_counts(struct db *, long long event_id, long long dconfirmed,
	    long long dwaiting);
/* Inserts (ev->id 0) or updates an event from the fields of ev (id, the
 * texts, times, capacity, per_org_limit -1 for none, opens_at/closes_at ""
 * for none, notify_emails, status). Returns its id, or -1. */
long long db_event_save(struct db *, const struct db_event *ev);
/* Counts: active registrations of email, confirmed of an organisation,
 * and the next place on the waiting list. Each returns the number or -1. */
long long db_reg_active_email(struct db *, long long event_id,
	    const char *email);
long long db_reg_org_confirmed(struct db *, long long event_id,
	    long long org_id);
long long db_reg_next_seq(struct db *, long long event_id);
/* Places taken by an organisation (confirmed, or held by a pending
 * registration) and its waiting ones (waiting, or pending without a
 * place). Each returns the number or -1. */
long long db_reg_org_taken(struct db *, long long event_id,
	    long long org_id);
long long db_reg_org_waiting(struct db *, long long event_id,
	    long long org_id);
/* The same counts (and db_reg_org_confirmed's) for a guest's
 * organisation on an open event: registrations without an organisation
 * whose typed name is guest_org, case-insensitively. The number or -1. */
enum reg_count {
	REG_COUNT_TAKEN,
	REG_COUNT_WAITING,
	REG_COUNT_CONFIRMED,
	REG_COUNT__MAX
};
long long db_reg_guest_count(struct db *, long long event_id,
	    const char *guest_org, enum reg_count);
/* Adds to an event's count of places held by pending registrations. */
int	 db_event_held(struct db *, long long event_id, long long dheld);
/* Stores a registration (event_id, org_id, user_id, name, email,
 * job_title, status, held of g; a guest's org_name when org_id is 0)
 * with its token's hash; hold_hours > 0
 * (a pending one) sets when it expires, 0 stamps its address verified.
 * Returns its id, or -1. */
long long db_reg_add(struct db *, const struct db_registration *g,
	    const unsigned char token_hash[32], long long waiting_seq,
	    int hold_hours);
/* Decides a pending (or awaiting approval) registration: status
 * confirmed, waiting (at waiting_seq) or approval. Returns 1 when it
 * was pending, 0 when not, -1. */
long long db_reg_decide(struct db *, long long id, const char *status,
	    long long waiting_seq);
/* Marks the pending registrations of an event past their time expired,
 * those holding a place (held 1) or not (0). Returns how many, or -1. */
long long db_regs_expire(struct db *, long long event_id, int held);
/* Up to max events with pending registrations past their time. */
int	 db_events_expired(struct db *, long long *ids, size_t max,
	    size_t *n);
/* Calls fn per registration of a municipality that waits for its
 * coordinator's approval. Returns the count or -1. */
int	 db_regs_approval(struct db *, long long org_id,
	    int (*fn)(const struct db_registration *, const char *title,
	    const char *starts_at, void *), void *arg);
/* The mail domains of an organisation (space-separated). 1, 0, -1. */
int	 db_org_domains(struct db *, long long org_id, char *buf, size_t sz);
int	 db_org_set_domains(struct db *, long long org_id, const char *domains);
/* Reads registration id of event_id if it belongs to org_id. 1, 0, -1. */
int	 db_reg_of_org(struct db *, long long event_id, long long id,
	    long long org_id, struct db_registration *);
/* Reads a registration by its token's hash, or by id within an event.
 * Return 1, 0 when none, -1. */
int	 db_reg_by_token(struct db *, const unsigned char hash[32],
	    struct db_registration *);
int	 db_reg_by_id(struct db *, long long event_id, long long id,
	    struct db_registration *);
/* Sets a registration's status (stamping promotion or cancellation). */
int	 db_reg_set_status(struct db *, long long id, const char *status);
/* Calls fn per registration of the event: all whose address was
 * confirmed (by organisation, status, name) or the waiting list in
 * order. Returns the count or -1. */
int	 db_regs_list(struct db *, long long event_id, int waiting_only,
	    int (*fn)(const struct db_registration *, void *), void *arg);
/* Calls fn per registration of a municipality whose address was
 * confirmed, for every event (with the event's title and start), by
 * event. Returns the count or -1. */
int	 db_regs_of_org(struct db *, long long org_id,
	    int (*fn)(const struct db_registration *, const char *title,
	    const char *starts_at, void *), void *arg);
/* As db_regs_of_org, those still in play (pending ones in their time). */
int	 db_regs_active_of_org(struct db *, long long org_id,
	    int (*fn)(const struct db_registration *, const char *title,
	    const char *starts_at, void *), void *arg);
/* Moves: pending id takes moves_id's place once confirmed (by: user id).
 * move_of: moves_id of id, 0 when none, -1; move_pending: moves of
 * moves_id still waiting for their new person, or -1. */
int	 db_reg_move_add(struct db *, long long id, long long moves_id,
	    long long by);
long long db_reg_move_of(struct db *, long long id);
long long db_reg_move_pending(struct db *, long long moves_id);
int	 db_material_add(struct db *, long long event_id, const char *title,
	    const char *url, const char *body);
int	 db_materials_list(struct db *, long long event_id,
	    int (*fn)(const struct db_material *, void *), void *arg);

/* ---- db-monitor.c: questionnaires, rounds, answers, scores -------------- */

/* Questionnaires: the one of a year and version (1 with its id and
 * checksum, 0 when none, -1), and storing a new one (its id, or -1). */
int	 db_questionnaire_get(struct db *, int year, int version,
	    long long *id, char checksum[65]);
long long db_questionnaire_add(struct db *, int year, int version,
	    const char *checksum, const char *xml);
/* The newest questionnaire of each year (year 0) or of one year, newest
 * year first: fn gets id, year, version. Returns the count or -1. */
int	 db_qn_latest(struct db *, int year,
	    int (*fn)(long long id, int year, int version, void *), void *arg);
/* The XML of questionnaire id (malloc'd), or NULL. */
char	*db_qn_xml(struct db *, long long id, size_t *len);
/* A round: of an organisation and year, or by id (org_id 0). Returns 1,
 * 0 when none, -1. */
int	 db_round_get(struct db *, long long org_id, int year, long long id,
	    struct db_round *);
/* Creates the round of an organisation and year unless it exists. */
int	 db_round_add(struct db *, long long org_id, int year, long long qn_id);
/* Submits a draft (1) or reopens a submitted round (1); 0 when it was
 * not in that state; -1. */
int	 db_round_submit(struct db *, long long id, long long user);
int	 db_round_reopen(struct db *, long long id);
/* Rounds of a year (0: all) and organisation (0: all). */
int	 db_rounds_list(struct db *, int year, long long org_id,
	    int (*fn)(const struct db_round *, void *), void *arg);
int	 db_answers_list(struct db *, long long round_id,
	    int (*fn)(const struct db_answer *, void *), void *arg);
/* Stores an answer (value NULL: none, or don't know). */
int	 db_answer_put(struct db *, long long round_id, const char *question_id,
	    const char *value, int dont_know, int prefilled, long long user);
int	 db_answer_del(struct db *, long long round_id, const char *question_id);
/* A section's version, locking it (0 when never saved), or -1; and
 * raising it by one. */
long long db_section_version(struct db *, long long round_id,
	    const char *section);
int	 db_section_bump(struct db *, long long round_id, const char *section,
	    long long user);
/* Replaces a round's scores; lists them. */
int	 db_scores_replace(struct db *, long long round_id,
	    const struct db_score *, size_t n);
int	 db_scores_list(struct db *, long long round_id,
	    int (*fn)(const struct db_score *, void *), void *arg);
/* Submitted rounds of a year. */
long long db_rounds_submitted(struct db *, int year);
/* Inserts a round's answers from a JSON array of [id, value, dont_know]. */
int	 db_answers_bulk(struct db *, long long round_id, const char *json);
/* The settings of a monitor year, with days_left and opened counted from
 * day (YYYY-MM-DD). Returns 1, 0 when the year has none, -1. */
int	 db_monitor_year_get(struct db *, int year, const char *day,
	    struct db_monitor_year *);
/* Every year's settings, newest first, counted from day; or only the
 * years whose reminders may be due on day (open, deadline not passed,
 * reminders set): due 1. Returns 0/-1. */
int	 db_monitor_years_list(struct db *, const char *day, int due,
	    int (*fn)(const struct db_monitor_year *, void *), void *arg);
/* Stores a year's settings. Returns 0/-1. */
int	 db_monitor_year_put(struct db *, int year, const char *opens,
	    const char *deadline, const char *days, long long user);
/* The municipalities that have not submitted year's round and have a
 * coordinator who can sign in: fn gets the organisation's id. */
int	 db_remind_orgs(struct db *, int year,
	    int (*fn)(long long org_id, void *), void *arg);
/* Records a reminder of kind ("schedule" or "manual") and slot for an
 * organisation and year: 1 when this call recorded it, 0 when it was
 * recorded already (sent by someone else), -1. */
int	 db_reminder_add(struct db *, int year, long long org_id,
	    const char *kind, long long slot, long long user);
/* Every municipality (of one province; 0: all), by name, with its
 * participation in year; day_number: today's (for reminded_today). */
int	 db_participants_list(struct db *, int year, long long province,
	    long long day_number,
	    int (*fn)(const struct db_participant *, void *), void *arg);
/* The coordinators of an organisation who can sign in, with it. */
int	 db_coordinators_list(struct db *, long long org_id,
	    int (*fn)(const struct db_user *, void *), void *arg);

/* ---- db-sessions.c: sessions of events, management links ------------- */

/* Reads the sessions of ev in start order (at most SESSIONS_MAX), or the
 * one its own columns describe when it has no session rows, and its
 * calendar's sequence. Returns 1, 0 when the event is gone, -1. */
int	 db_sessions_get(struct db *, const struct db_event *ev,
	    struct db_sessions *);
/* Adds a session (its uid, times and place) to an event, changes one
 * (by s->id) or deletes one. Return 0/-1. */
int	 db_session_add(struct db *, long long event_id,
	    const struct db_session *s);
int	 db_session_update(struct db *, long long event_id,
	    const struct db_session *s);
int	 db_session_delete(struct db *, long long event_id, long long id);
/* Raises the SEQUENCE of the event's calendar entries. Returns 0/-1. */
int	 db_event_sequence_raise(struct db *, long long event_id);
/* Stores the hash of a management link mailed for a registration; the
 * link then opens the registration like its first one. Returns 0/-1. */
int	 db_reg_link_add(struct db *, long long registration_id,
	    const unsigned char token_hash[32]);

/* ---- db-benchmark.c: peer groups, statistics, overviews ----------------- */

/* The participants of a group: its submitted rounds of the year. */
int	 db_peer_participants(struct db *, int year, const struct peer_key *,
	    long long *n);
/* A group's scores (scope, key, score, named), unordered. */
int	 db_peer_values(struct db *, int year, const struct peer_key *,
	    int (*fn)(const char *, const char *, double, int, void *),
	    void *arg);
/* Stores a group with a new version and removes its statistics. */
int	 db_peer_group_put(struct db *, int year, const struct peer_key *,
	    long long participants);
/* Stores a scope's exact statistics, its anonymous values and its
 * published q1, median and q3 (not shown until db_peer_stat_show). */
int	 db_peer_stat_put(struct db *, int year, const struct peer_key *,
	    const char *scope, const char *key, const struct stats *,
	    long long anonymous, const double pub[3]);
/* Sets whether a scope's figures may be shown, decided with min_group,
 * and its anonymous values as they are now. */
int	 db_peer_stat_show(struct db *, int year, const struct peer_key *,
	    const char *scope, const char *key, enum shown, int min_group,
	    long long anonymous);
/* Every score's owner of a year's submitted rounds (no score values). */
int	 db_year_values(struct db *, int year,
	    int (*fn)(const struct db_year_value *, void *), void *arg);
/* Removes every size class's statistics of a year. Returns 0/-1. */
int	 db_peer_size_groups_clear(struct db *, int year);
/* The [benchmark] min_group of the configuration of the connection. */
int	 db_min_group(struct db *);
int	 db_peer_group_get(struct db *, int year, const struct peer_key *,
	    long long *participants, long long *version);
/* The participants of the groups keys[i] with in[i] set (PG__MAX of
 * each), 0 for a group without a row. Returns 0/-1. */
int	 db_peer_groups_get(struct db *, int year, const struct peer_key keys[],
	    const int in[], long long participants[]);
/* A group's statistics with round_id's own scores (0: no round). */
int	 db_peer_stats_list(struct db *, int year, const struct peer_key *,
	    long long round_id,
	    int (*fn)(const struct db_peer_stat *, void *), void *arg);
int	 db_peer_trend(struct db *, long long org_id, const struct peer_key *,
	    int (*fn)(const struct db_trend *, void *), void *arg);
/* The scores of the named (opted-in) submitted municipalities. */
int	 db_region_named(struct db *, int year, long long province,
	    int (*fn)(const struct db_named_score *, void *), void *arg);
int	 db_participation(struct db *,
	    int (*fn)(const struct db_participation *, void *), void *arg);
/* The best limit scores of a level in a year, best first. */
int	 db_ranking(struct db *, int year, const char *level, int limit,
	    int (*fn)(const struct db_rank_row *, void *), void *arg);
/* A page of a year's submitted rounds by name, a row per score. */
int	 db_year_scores(struct db *, int year, long long limit,
	    long long offset, int (*fn)(const struct db_year_score *, void *),
	    void *arg);

/* ---- db-advice.c: advice requests and advice rules ---------------------- */

/* The imported versions of the advice rules. */
int	 db_advice_set_get(struct db *, int version, long long *id,
	    char checksum[65]);
long long db_advice_set_add(struct db *, int version, const char *checksum,
	    const char *xml);
int	 db_advice_rule_add(struct db *, long long set_id,
	    const struct adv_rule *);
long long db_advice_request_add(struct db *, long long org_id,
	    long long user_id, const char *topic, const char *question,
	    const char *contact, const char *phone);
/* Advice requests (of an organisation, or all when 0; one id, or all
 * when 0), newest first. */
int	 db_advice_requests(struct db *, long long org_id, long long id,
	    int (*fn)(const struct db_advice_request *, void *), void *arg);
/* Rows changed (0: no such request), or -1. */
long long db_advice_request_status(struct db *, long long id,
	    const char *status, long long user);
int	 db_advice_request_counts(struct db *, long long out[3]);
/* Locks advice request id for a change of its thread. Returns 1, 0
 * when there is none, or -1. */
int	 db_advice_request_lock(struct db *, long long id);
/* Adds a message of kind (reply, note, status) by author to the thread
 * of request id. Returns its id or -1. */
long long db_advice_message_add(struct db *, long long request_id,
	    long long author, const char *kind, const char *body);
/* The thread of request id, oldest first; notes only with notes set. */
int	 db_advice_messages(struct db *, long long request_id, int notes,
	    int (*fn)(const struct db_advice_message *, void *), void *arg);
/* Sets the organiser who handles request id (0: none). Returns 0/-1. */
int	 db_advice_request_assign(struct db *, long long id, long long user,
	    long long by);
/* The newest set's rules in file order (texts point into buffers that
 * live for the call), and their links (with the title of a linked
 * practice when it is published). */
int	 db_advice_rules(struct db *,
	    int (*fn)(const struct adv_rule *, void *), void *arg);
int	 db_advice_links(struct db *,
	    int (*fn)(int position, const struct adv_link *, void *),
	    void *arg);
/* The newest set's rules that link to a practice, in file order. */
int	 db_advice_for_practice(struct db *, long long practice_id,
	    int (*fn)(const struct db_advice_link *, void *), void *arg);

/* ---- db-privacy.c: retention and the rights of the persons ------------ */

/*
 * Applies the retention rule what with the periods of lim, or (dry_run)
 * counts what it would change. Returns the rows changed (or to change),
 * or -1.
 */
long long db_purge(struct db *, enum purge what, int dry_run,
	    const struct purge_limits *lim);
/*
 * Calls fn per row of part of what the system holds about the person
 * with address email (lower-case) and account user (0: none), with the
 * names and the values of its columns (strings; "" for none). Returns
 * the count or -1.
 */
int	 db_person_rows(struct db *, enum person_part part, const char *email,
	    long long user, int (*fn)(const char *const *names,
	    const char *const *values, size_t n, void *), void *arg);
/* Erases what of that person (secret keys the audit pseudonyms).
 * Returns the rows changed, or -1. */
long long db_person_erase(struct db *, enum erase what, const char *email,
	    long long user, const char *secret);

/* db-peers.c (named peers by consent), db-practice.c and db-info.c (the
 * practice library, the information pages), in headers of their own for
 * db.h's size; they use the declarations above. */
#include "db-peers.h"
#include "db-practice.h"

#endif /* CIMOLT_DB_H */
