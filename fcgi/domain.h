/*
 * Layer 3, the domain: the rules, each in one place. Accounts and
 * sessions, the outbox, registration, the questionnaire and its scoring,
 * the monitor, the benchmark, advice and practices. Each function runs
 * in the caller's transaction unless its comment says otherwise.
 */
#ifndef CIMOLT_DOMAIN_H
#define CIMOLT_DOMAIN_H

#include <jansson.h>
#include <libxml/tree.h>

#include "db.h"
#include "doc.h"

#define QN_CACHE 4

struct worker {
	const struct config *cfg;
	const struct render *render;
	struct db	*db;
	struct pagecache *cache;	/* rendered pages; NULL: none */
	/* Questionnaires parsed from the database, by id: a round's version
	 * never changes, so what is parsed once stays right. */
	struct qn	*qn[QN_CACHE];
	long long	 qn_id[QN_CACHE];
	size_t		 qn_next;
};
/* ---- session.c: sessions and CSRF tokens ------------------------------ */

/* Makes a random 256-bit token (base64url) into out and its SHA-256.
 * Returns 0/-1 (out too small). */
int	 token_new(char *out, size_t outsz, unsigned char hash[32]);
/* Hashes a token given by a client; -1 when it is not well-formed. */
int	 token_hash(const char *token, unsigned char hash[32]);
/* Reads the session cookie and, when the session is valid, signs r in
 * (r->signed_in, r->user, r->role). Returns 0, -1 when the database
 * failed. */
int	 session_load(struct worker *, struct req *);
/* Starts a new session for user (ending the one r came with) and sets
 * its cookie on o. Returns 0/-1. */
int	 session_start(struct worker *, struct req *, struct resp *,
	    long long user);
/* Ends r's session and clears the cookie. Returns 0/-1. */
int	 session_end(struct worker *, struct req *, struct resp *);
/* Computes r->csrf; an anonymous visitor without a binding cookie gets
 * a new one (r->csrf_new). Returns 0/-1. */
int	 csrf_prepare(struct worker *, struct req *);
/* Sets the new binding cookie of an anonymous visitor on o. */
int	 csrf_cookie_set(const struct req *, struct resp *);
/* Returns 1 when the request's csrf field matches r->csrf, else 0. */
int	 csrf_valid(const struct req *);

/* ---- outbox.c: outgoing messages ------------------------------------- */

/* Starts a mail document <mail name="mail" lang type> for xslt/mail.xsl;
 * *root is its root, for the caller's facts. Returns it (caller frees) or
 * NULL. */
xmlDocPtr mail_doc(const char *type, const char *lang, xmlNodePtr *root);
/* Writes a random (version 4) UUID. */
void	 uuid_new(char out[37]);
/*
 * Queues a message in the current transaction: renders the mail document
 * (root <mail name="mail" lang type>) with xslt/mail.xsl into subject and
 * text, builds the JSON body with data (whose reference it takes, also on
 * failure) and writes the outbox row; to is a comma-separated list of
 * addresses. Returns 0/-1.
 */
int	 outbox_put(struct db *, const struct config *, const struct render *,
	    const char *type, json_t *data, xmlDocPtr mail, const char *to,
	    const char *reply_to);
/* The same with an iCalendar file (method, its text) attached to the
 * mail as text/calendar. Returns 0/-1. */
int	 outbox_put_calendar(struct db *, const struct config *,
	    const struct render *, const char *type, json_t *data,
	    xmlDocPtr mail, const char *to, const char *method,
	    const char *ics);

/* ---- accounts.c: account operations for pages and cimolt-admin ------- */

struct account_ctx {
	struct db		*db;
	const struct config	*cfg;
	const struct render	*rd;
	char			*link;	/* if not NULL: the mailed link */
	size_t			 linksz;
};

/* Returns 1 when a user of role may belong to an organisation of kind,
 * 0 when not, -1 when role is no role. */
int	 role_fits(const char *role, const char *kind);

/* A user's state for lists: "active", "invited" (no password yet) or
 * "disabled". */
const char *user_status(const struct db_user *);
/* Lower-cases an e-mail address in place (ASCII; addresses are kept so). */
void	 email_lower(char *);
/*
 * Creates a user; with password NULL it gets an invitation link by mail
 * (valid a week). actor is the user who did it (0: cimolt-admin). The
 * role must fit the organisation's kind (role_fits), whoever asks: the
 * web forms and cimolt-admin share this one check. Returns the new id,
 * ACCOUNT_TAKEN when the e-mail address has an account, ACCOUNT_MISFIT
 * when the role does not fit (or there is no such organisation), -1 on
 * failure.
 */
#define ACCOUNT_TAKEN	0
#define ACCOUNT_MISFIT	(-2)
long long account_create(const struct account_ctx *, long long actor,
	    const char *email, const char *name, long long org_id,
	    const char *role, const char *password);
/* Queues a password-reset link (valid an hour) for u. Returns 0/-1. */
int	 account_send_reset(const struct account_ctx *, const struct db_user *u);

/*
 * Requests limited apart from failed sign-ins, so that neither locks the
 * other out, all counted in throttle_events under their kind: reset
 * requests (per address typed and per client, [login] max_resets_account
 * and max_resets_address an hour), wrong current passwords on the account
 * page (per account, max_failures_account in 15 minutes) and public
 * registrations (per registrant address and per client, [registration]
 * per_address_per_hour and per_client_per_hour). key_hash is the SHA-256
 * of the lower-cased address (account_email_hash).
 */
enum throttle {
	THROTTLE_RESET,
	THROTTLE_PASSWORD,
	THROTTLE_REGISTRATION,
	THROTTLE__MAX
};
/* Which limit a request is at: THROTTLED_KEY (the address or account),
 * THROTTLED_CLIENT (the client address), or both or'ed; 0 under both,
 * -1 on failure. *limit, when not NULL, gets the limit reached (the
 * client's when both are). */
#define THROTTLED_KEY		1
#define THROTTLED_CLIENT	2
int	 throttle_reached(struct db *, const struct config *, enum throttle,
	    const unsigned char key_hash[32], const char *client, int *limit);
/* Counts one request. Returns 0/-1. */
int	 throttle_add(struct db *, enum throttle,
	    const unsigned char key_hash[32], const char *client);
/* The SHA-256 of email lower-cased, the key of the throttles. */
void	 account_email_hash(const char *email, unsigned char hash[32]);

/* ---- registration.c: registering, cancelling, the waiting list -------- */

struct reg_ctx {
	struct db		*db;
	const struct config	*cfg;
	const struct render	*rd;
};

enum reg_outcome {
	REG_CONFIRMED,
	REG_WAITING,
	REG_ORG_LIMIT,	/* the municipality is at its limit; nothing stored */
	REG_DUPLICATE,	/* the address is registered already */
	REG_CLOSED,
	REG_NOT_YET,
	REG_CANCELLED,	/* the event is cancelled */
	REG_NO_EVENT,
	REG_PENDING,	/* stored; waits for its address to be confirmed */
	REG_WAITLIST_FULL, /* the municipality's waiting list is full */
	REG_APPROVAL,	/* confirmed address; waits for the coordinator */
	REG__MAX
};

/* Whether one can register now: "open", "full" (registrations go to the
 * waiting list), "not-yet", "closed" or "cancelled". */
const char *event_reg_state(const struct db_event *);
/*
 * Registers g (event_id, org_id, user_id, name, email lower-case,
 * job_title, lang) under the rules, in the caller's transaction;
 * join_waiting: the registrant accepts the waiting list when the
 * municipality is at its limit; verified: the address is the signed-in
 * account's own, so no confirmation is asked. Sets *outcome (REG_PENDING
 * for an address still to be confirmed: the link is mailed), and on
 * success g->id, g->status, g->position and the status link's token.
 * *org_count and *limit tell the municipality's places taken and the
 * limit (-1: none), or for REG_WAITLIST_FULL the bound in *limit.
 * Returns 0 (see *outcome), -1 on failure.
 */
int	 registration_create(const struct reg_ctx *, struct db_registration *g,
	    int join_waiting, int verified, char token[64], int *outcome,
	    long long *org_count, long long *limit);
/*
 * The link of pending registration g (by id and event_id) was used:
 * confirms it or puts it on the waiting list under the rules (or, with
 * org_domains, leaves it to the coordinator), notifies the organisers and
 * mails the confirmation with the link of token. Sets *outcome
 * (REG_CONFIRMED, REG_WAITING, REG_APPROVAL; REG_CANCELLED for a
 * cancelled event; REG_NO_EVENT when nothing changed, g read again shows
 * why). Returns 0, -1 on failure.
 */
int	 registration_confirm(const struct reg_ctx *, struct db_registration *g,
	    const char *token, int *outcome);
/* The coordinator approves (1) or refuses (0) g, which awaits approval;
 * *outcome as registration_confirm (REG_CANCELLED once refused). */
int	 registration_approve(const struct reg_ctx *, struct db_registration *g,
	    int approve, int *outcome);
/* Whether a public registration for email (lower-case) from the client
 * address would go over a throttle: 1 with the catalogue key of the
 * message and the limit, 0 when not, -1. registration_attempt counts one
 * (a registration stored and a mail sent). */
int	 registration_throttled(const struct reg_ctx *, const char *client,
	    const char *email, const char **key, long long *limit);
int	 registration_attempt(const struct reg_ctx *, const char *client,
	    const char *email);
/* Expires the event's pending registrations past their time and fills the
 * places they held. Returns 0/-1. */
int	 registration_expire(const struct reg_ctx *, long long event_id);
/* Cancels g (by id and event_id) and fills the freed place from the
 * waiting list. Returns 1 when cancelled, 0 when it was already (or does
 * not exist), -1 on failure; g is read again. */
int	 registration_cancel(const struct reg_ctx *, struct db_registration *g);
/* Fills free places of an event from its waiting list (after its
 * capacity grew). Returns the number promoted, or -1. */
int	 registration_fill(const struct reg_ctx *, long long event_id);

/* ---- event-change.c: sessions, and changes told to registrants ------- */

/* A fresh management link of registration reg_id (its token's hash
 * stored) into link: base_url/aanmelding/TOKEN. Returns 0/-1. */
int	 event_link_new(const struct reg_ctx *, long long reg_id, char *link,
	    size_t sz);
/* Adds the <sessions> of ev under its element e. Returns 0/-1. */
int	 event_sessions_xml(struct db *, xmlNodePtr e, const struct db_event *ev);
/* Adds the <sessions> of ev, read with it (db_events_sessions), under its
 * element e as event_sessions_xml adds them. Returns 0/-1. */
int	 listed_sessions_xml(xmlNodePtr e, const struct db_event *ev,
	    const struct db_sessions *ss);
/*
 * Stores the sessions ss of an event whose sessions were old (n 0 for a
 * new event). A session of ss whose uid is one of old's keeps that row
 * (and UID) and is changed where it differs; one with uid "" is added
 * with a new UID (written to it); the old ones not in ss are deleted.
 * *moved: a date, time or place changed, a session came or went (0 for
 * a new event). Returns 0/-1.
 */
int	 event_sessions_store(const struct reg_ctx *, long long event_id,
	    const struct db_sessions *old, struct db_sessions *ss, int *moved);
/*
 * Mails every confirmed and waiting registrant of ev that it was
 * cancelled (1) or that its sessions ss changed (0), with message (the
 * organisers' own, "" for none), a fresh management link and the
 * calendar attached (METHOD:CANCEL or REQUEST with ss's sequence).
 * Returns the number of mails queued, or -1.
 */
long long event_change_notify(const struct reg_ctx *,
	    const struct db_event *ev, const struct db_sessions *ss,
	    int cancelled, const char *message);
/* The <mail> document of registration notice type about ev and g (with
 * the status link when not NULL), for a caller that adds facts of its
 * own. Returns it (caller frees) or NULL. */
xmlDocPtr registration_mail_doc(const struct reg_ctx *, const char *type,
	    const char *lang, const struct db_event *ev,
	    const struct db_registration *g, const char *link);
/* Queues the registration notice type (the facts of ev and g, org_confirmed
 * places of g's municipality, and the status link when not NULL) to the
 * comma-separated addresses to, in lang. Returns 0/-1. */
int	 registration_notify(const struct reg_ctx *, const char *type,
	    const char *to, const char *lang, const struct db_event *ev,
	    const struct db_registration *g, long long org_confirmed,
	    const char *link);

/* ---- regchange.c: cancelling with a mail, moving to a colleague ------- */

enum move_outcome {
	MOVE_STARTED,	/* stored pending; the new person got the link */
	MOVE_NOT_CONFIRMED, /* only a confirmed place can be moved */
	MOVE_CLOSED,	/* the event is cancelled or over */
	MOVE_SAME,	/* the new address is the registration's own */
	MOVE_DUPLICATE,	/* the new address is registered already */
	MOVE_BUSY,	/* a move of it waits for its new person already */
	MOVE__MAX
};

/* Cancels g as registration_cancel does and, when it was cancelled, mails
 * the registrant the confirmation of type ("registration.cancellation":
 * they cancelled it; "registration.coordinator-cancellation": their
 * coordinator did). Returns as registration_cancel. */
int	 registration_withdraw(const struct reg_ctx *,
	    struct db_registration *g, const char *type);
/*
 * The coordinator (user id by) moves the place of confirmed registration
 * old to the person of nw (name, email lower-case, job_title, lang):
 * under the event's lock, nw is stored pending without a place of its
 * own (old keeps it meanwhile), the move recorded and the link of token
 * mailed to nw. Sets *outcome; on MOVE_STARTED nw->id. Audit-logged.
 * Returns 0 (see *outcome), -1 on failure.
 */
int	 registration_move_start(const struct reg_ctx *,
	    struct db_registration *old, struct db_registration *nw,
	    long long by, char token[64], int *outcome);
/*
 * The link of pending registration g was used. When g is a move whose
 * old registration still holds its place: in one transaction under the
 * event's lock, the old is cancelled and g confirmed in its place; the
 * organisers get registration.cancelled and registration.created, g the
 * confirmation (link of token), the old person registration.transfer.
 * Otherwise as registration_confirm. *outcome and return as that.
 */
int	 registration_move_confirm(const struct reg_ctx *,
	    struct db_registration *g, const char *token, int *outcome);

/* questionnaire.c, score.c, monitor.c: the monitor, in a header of its
 * own for its size; it uses the declarations above. */
#include "monitor.h"

/* ---- migrate.c -------------------------------------------------------- */

/* Applies the pending migrations under dir in name order. Returns 0/-1. */
int	 migrate_run(struct db *, const char *dir);

/* ---- backup.c: the database as one SQL file (mariadb-dump) ----------- */

/*
 * Writes a consistent dump of the configured database to file (mode
 * 0600; replaced only once the dump is complete), its size in *bytes.
 * Returns 0, or -1 after logging why (file then unchanged).
 */
int	 backup_dump(const struct config *, const char *file,
	    long long *bytes);
/*
 * Loads the dump in file into the configured database, which must have
 * no tables, then applies the migrations. Returns 0, or -1 after
 * logging why (a file that is no whole dump, a database not empty, a
 * failed load or migration).
 */
int	 backup_restore(const struct config *, struct db *, const char *file);

/* The scopes the benchmark shows, in page order. */
struct bench_scope {
	const char *scope;
	const char *key;
};

#define BENCH_SCOPES 20
extern const struct bench_scope bench_scopes[BENCH_SCOPES];

/* benchmark.c: peer statistics, computed when rounds change. */
/* The index of a scope in bench_scopes, or -1. */
int	 bench_scope_index(const char *scope, const char *key);
/* Fills k with an organisation's group g. Returns 1, or 0 when it is in
 * no such group (no province or size class known). */
int	 peer_key_of(const struct db_org_groups *, enum peer_group g,
	    struct peer_key *k);
/* Recomputes one group's statistics for a year; the groups of an
 * organisation; every group of a year. Returns 0/-1. */
int	 benchmark_recompute(struct db *, int year, const struct peer_key *);
int	 benchmark_recompute_org(struct db *, long long org_id, int year);
int	 benchmark_recompute_year(struct db *, int year);
/* Decides for every group and scope of a year whether its figures may be
 * shown outside the organisers (disclosure control), with the names as
 * they are now: again whenever a municipality opts in or out. 0/-1. */
int	 benchmark_disclose_year(struct db *, int year);
/* A group's statistics by bench_scopes index (has[i]: present) with
 * round_id's own scores (round_id 0: none). Reads only. Returns 0/-1. */
int	 benchmark_stats(struct db *, int year, const struct peer_key *,
	    long long round_id, struct db_peer_stat *out, int *has);
/* The own value's band against the published ranges: top-quartile,
 * above-median, at-median (within the median's range), below-median,
 * bottom-quartile (the quartile bands only when quartiles are shown). */
const char *bench_position(const struct db_peer_stat *, int quartiles);

/* peers.c: named peers by consent (the property it keeps: peers.c). */
#define PEERS_MAX	5	/* peers a municipality may choose */
enum peers_verdict {
	PEERS_OK,
	PEERS_NOT_NAMED,	/* the chooser has not opted in to be named */
	PEERS_TOO_MANY,		/* more than PEERS_MAX */
	PEERS_NOT_CONSENTING,	/* ids[*bad]: not an opted-in other
				 * municipality, or twice */
	PEERS__MAX
};
/* Stores ids[0..n) as org_id's named peers, chosen by user, audit-logged;
 * or refuses, storing nothing. Returns PEERS_OK, a refusal, or -1. */
int	 peers_choose(struct db *, long long org_id, long long user,
	    const long long *ids, size_t n, size_t *bad);
/* Calls fn per score of year of org_id's chosen peers that consent now
 * (db_named_peer_scores). Returns 1, 0 when org_id itself does not
 * consent (nothing called), or -1. */
int	 peers_scores(struct db *, long long org_id, int year,
	    int (*fn)(const struct db_peer_score *, void *), void *arg);

/* advice.c: advice rules. */
struct adv_set {
	int	 version;
	struct adv_rule *rules;
	size_t	 n;
};

/* What a rule is matched against: a round's scores and answers (with
 * the scope of the question's section: its theme or category). */
struct adv_score {
	const char *scope, *key;
	double	 score;
	int	 has;
};

struct adv_answer {
	const char *question;
	const char *value;	/* NULL when none */
	int	 dont_know;
	const char *scope, *key;
};

/* Checks a parsed, grammar-valid advice document (questions against qn
 * when not NULL) and builds its rules; problems go to err as "LINE:
 * message" lines. Returns the set (adv_free) or NULL. */
struct adv_set *adv_build(xmlDocPtr doc, const struct qn *qn, char *err,
	    size_t errsz);
void	 adv_free(struct adv_set *);
/* Whether rule r applies; *gap = 100 - the score it addresses (0 when
 * that scope has no score). Returns 1 or 0. */
int	 adv_match(const struct adv_rule *r, const struct adv_score *s,
	    size_t ns, const struct adv_answer *a, size_t na, double *gap);
/* basis 0, significant 1, ambitious 2, anything else 3. */
int	 adv_tier_rank(const char *tier);

/* monitor.c: questionnaire id, parsed once per worker (a later
 * call may evict an earlier one from the cache), or NULL. */
const struct qn *qn_get(struct worker *, long long id);

/* What the workflow functions of practice.c tell their caller. */
enum practice_outcome {
	PO_DONE,
	PO_NOT_FOUND,	/* no such practice, or not visible to the actor */
	PO_FORBIDDEN,	/* visible, but not the actor's to change */
	PO_CONFLICT,	/* not in a state that allows it */
	PO_THROTTLED,	/* contact: the sender's daily limit is reached */
	PO__MAX
};

struct practice_ctx {
	struct db		*db;
	const struct config	*cfg;
	const struct render	*rd;
};

/* Whether actor (role, organisation) may read the working revision of
 * p: its municipality's members and coordinators, organisers, admins. */
int	 practice_privileged(const struct db_user *actor, enum role,
	    const struct db_practice *p);
/* Whether a visitor (signed in or not) may read p's published revision. */
int	 practice_readable(int signed_in, const struct db_practice *p);
/*
 * The permissions, each decided here only, for the workflow below and
 * for the actions a page offers; p is read with its working (or
 * published) revision. practice_may_edit and practice_may_submit return
 * PO_DONE when actor (role) may do it now, else why not: PO_NOT_FOUND
 * (p not visible to them), PO_FORBIDDEN or PO_CONFLICT (not in a state
 * that allows it). Editing: the municipality's own members and
 * coordinator, unless the working revision is under review. Submitting:
 * its coordinator, of a draft or returned revision.
 */
int	 practice_may_edit(const struct db_user *actor, enum role,
	    const struct db_practice *p);
int	 practice_may_submit(const struct db_user *actor, enum role,
	    const struct db_practice *p);
/* Whether the working revision of p is submitted: under review, so it
 * can be published or returned but not edited. */
int	 practice_in_review(const struct db_practice *p);
/* Whether role reviews practices (publishes, returns, makes public):
 * organisers and admins. */
int	 practice_may_review(enum role);
/* Whether a visitor may send a question about p, read with its published
 * revision: signed in, p readable, with an active contact person. */
int	 practice_may_contact(int signed_in, const struct db_practice *p);
/*
 * Turns what a visitor typed into the words of a search in f (nwords,
 * words): every word of three to STEM_WORD_MAX characters that is no
 * stop word (Dutch and English), at most PRACTICE_QUERY_WORDS, each as
 * its Dutch and English Snowball stems. Everything else, operators and
 * quotes included, is dropped, so no input can change what is asked.
 * The words left out go to ignored, space-separated. Returns the number
 * of words used (0: nothing to search for), or -1.
 */
int	 practice_query(const char *q, struct practice_filter *f,
	    char *ignored, size_t ignoredsz);
/* Whether the word w (len bytes, chars characters) of a text in lang
 * matches a word of f as the search matches it: its stem begins with
 * one of the word's stems. */
int	 practice_word_matches(const struct practice_filter *f, enum lang,
	    const char *w, size_t len, size_t chars);
/* Makes the search terms of practice id anew from the revision in p,
 * in the caller's transaction. Returns 0/-1. */
int	 practice_index(struct db *, long long id, const struct db_practice *p);
/* Makes anew the terms of every published practice (missing_only:
 * those that have none), each from its published revision. Returns the
 * number of practices or -1. */
long long practice_reindex(struct db *, int missing_only);
/*
 * The workflow, each in the caller's transaction, locking the practice's
 * row first; every change is audit-logged and queues its notice.
 * practice_save stores p's revision fields as a new draft revision of
 * practice id (0: a new practice of the actor's municipality) and sets
 * *id; a submitted revision cannot be edited (PO_CONFLICT).
 * practice_submit (practice_may_submit), practice_publish and
 * practice_return (practice_may_review: submitted; remark required for
 * returning), practice_set_public (practice_may_review), and
 * practice_contact (a signed-in user: a question to the contact person
 * of a published practice, reply-to the sender). Return 0 with *outcome
 * set, or -1.
 */
int	 practice_save(const struct practice_ctx *, const struct db_user *actor,
	    enum role, long long *id, const struct db_practice *p,
	    int *outcome);
int	 practice_submit(const struct practice_ctx *,
	    const struct db_user *actor, enum role, long long id, int *outcome);
int	 practice_publish(const struct practice_ctx *,
	    const struct db_user *actor, enum role, long long id,
	    int *outcome);
int	 practice_return(const struct practice_ctx *,
	    const struct db_user *actor, enum role, long long id,
	    const char *remark, int *outcome);
int	 practice_set_public(const struct practice_ctx *,
	    const struct db_user *actor, enum role, long long id,
	    int is_public, int *outcome);
int	 practice_contact(const struct practice_ctx *,
	    const struct db_user *sender, long long id, const char *message,
	    int *outcome);

/* ---- privacy.c: retention, and the rights of the persons ---------------- */

/* The names of the retention rules, as cimolt-admin purge prints them. */
extern const char *const purge_names[PURGE__MAX];

/*
 * Applies every retention rule with the periods of cfg ([retention], and
 * [session] for sessions) in the caller's transaction, or (dry_run)
 * counts what each would change. Fills n with the rows per rule.
 * Returns 0/-1.
 */
int	 privacy_purge(struct db *, const struct config *, int dry_run,
	    long long n[PURGE__MAX]);
/*
 * Everything the system holds about the person with address email (any
 * case): their account, registrations, practices they wrote or are the
 * contact person of, questions sent to contact persons, advice requests,
 * texts saved, messages naming the address, failed sign-ins with it,
 * audit lines about them and the events that notify the address, as a
 * JSON object (caller frees), or NULL.
 * privacy_export_text: the same as indented text (caller frees), or NULL.
 */
json_t	*privacy_export(struct db *, const char *email);
char	*privacy_export_text(struct db *, const char *email);
/* The names of what an erasure changes, as cimolt-admin prints them. */
extern const char *const erase_names[ERASE__MAX];
/*
 * Erases the person with address email in the caller's transaction: their
 * registrations' personal fields, the messages naming them, their failed
 * sign-ins, their sessions, links and opt-ins, the address from the
 * events that notify it; pseudonymises the audit lines about them; and
 * anonymises their account (the row stays for what
 * the organisation keeps: its rounds, practices and advice requests).
 * Adds one audit line person.erased. Fills n with the rows changed.
 * Returns 0/-1.
 */
int	 privacy_erase(struct db *, const struct config *, const char *email,
	    long long n[ERASE__MAX]);
/* Queues account.erasure-requested to the organisers (reply to u) and
 * audit-logs it. Returns 0/-1. */
int	 privacy_erasure_request(struct db *, const struct config *,
	    const struct render *, const struct db_user *u);

#endif /* CIMOLT_DOMAIN_H */
