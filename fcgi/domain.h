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
 * (valid a week). actor is the user who did it (0: cimolt-admin). Returns
 * the new id, 0 when the e-mail address has an account, -1 on failure.
 */
long long account_create(const struct account_ctx *, long long actor,
	    const char *email, const char *name, long long org_id,
	    const char *role, const char *password);
/* Queues a password-reset link (valid an hour) for u. Returns 0/-1. */
int	 account_send_reset(const struct account_ctx *, const struct db_user *u);

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
	REG__MAX
};

/* Whether one can register now: "open", "full" (registrations go to the
 * waiting list), "not-yet", "closed" or "cancelled". */
const char *event_reg_state(const struct db_event *);
/*
 * Registers g (event_id, org_id, user_id, name, email lower-case,
 * job_title, lang) under the rules, in the caller's transaction;
 * join_waiting: the registrant accepts the waiting list when the
 * municipality is at its limit. Sets *outcome, and on success
 * g->id, g->status, g->position and the status link's token. *org_count
 * and *limit tell the municipality's confirmed count and the limit (-1:
 * none). Returns 0 (see *outcome), -1 on failure.
 */
int	 registration_create(const struct reg_ctx *, struct db_registration *g,
	    int join_waiting, char token[64], int *outcome,
	    long long *org_count, long long *limit);
/* Cancels g (by id and event_id) and fills the freed place from the
 * waiting list. Returns 1 when cancelled, 0 when it was already (or does
 * not exist), -1 on failure; g is read again. */
int	 registration_cancel(const struct reg_ctx *, struct db_registration *g);
/* Fills free places of an event from its waiting list (after its
 * capacity grew). Returns the number promoted, or -1. */
int	 registration_fill(const struct reg_ctx *, long long event_id);

/* ---- questionnaire.c and score.c: the monitor ------------------------- */

enum qtype {
	QT_MATURITY,
	QT_YESNO,
	QT_CHOICE,
	QT_NUMBER,
	QT_PERCENTAGE,
	QT_TEXT,
	QT__MAX
};

enum qrole {
	QR_NONE,
	QR_TENDERS,
	QR_TENDERS_CIRCULAR,
	QR_SPEND,
	QR_SPEND_CIRCULAR,
	QR__MAX
};

extern const char *const qtype_names[QT__MAX];
extern const char *const qrole_names[QR__MAX];

#define QN_MAX_SECTIONS		32
#define QN_MAX_QUESTIONS	200
#define QN_MAX_OPTIONS		12

struct qsection {
	char	 id[49];
	int	 operational;	/* level: 0 strategisch, 1 operationeel */
	char	 group[32];	/* its theme, or its category */
	xmlNodePtr node;	/* in the questionnaire's document */
};

struct qquestion {
	char	 id[49];
	enum qtype type;
	double	 weight;	/* 0: not scored */
	int	 section;	/* index in qn->sections */
	char	 unit[8];
	long long min, max;	/* number */
	enum qrole role;
	struct {
		char	 value[49];
		int	 score;
	} options[QN_MAX_OPTIONS];
	size_t	 noptions;
	xmlNodePtr node;
};

struct qn {
	int	 year;
	int	 version;
	struct qsection sections[QN_MAX_SECTIONS];
	size_t	 nsections;
	struct qquestion questions[QN_MAX_QUESTIONS];
	size_t	 nquestions;
	xmlDocPtr doc;		/* owned */
};

/*
 * Parses a questionnaire (no entities, no network). Returns the document
 * or NULL with "LINE: what" lines in err.
 */
xmlDocPtr qn_parse(const char *xml, size_t len, char *err, size_t errsz);
/* Validates doc against the RELAX NG schema at rng_path. Returns 0, or
 * -1 with "LINE: what" lines in err. */
int	 qn_validate(xmlDocPtr doc, const char *rng_path, char *err,
	    size_t errsz);
/* Checks what the grammar cannot and builds the model, which then owns
 * doc. Returns it, or NULL with lines in err (doc is still the caller's). */
struct qn *qn_build(xmlDocPtr doc, char *err, size_t errsz);
void	 qn_free(struct qn *);
/* The question with id, or NULL. */
const struct qquestion *qn_question(const struct qn *, const char *id);

/* The national target for the share of circular procurement, percent. */
#define SPEND_TARGET 10.0

/* One answer: the stored value ("ja"/"nee", a level, an option, a number)
 * or NULL, and whether it is "weet ik niet". */
struct qanswer {
	const char *question_id;
	const char *value;
	int	 dont_know;
};

/* A weighted mean over answered scored questions (see score.c). */
struct qscore {
	double	 score;		/* 0-100, when has */
	int	 has;
	int	 answered;
	int	 total;		/* scored questions in the group */
	double	 wsum, wscore;
};

struct qscores {
	struct qscore overall;
	struct qscore level[2];		/* strategisch, operationeel */
	struct qscore theme[THEME__MAX];
	struct qscore category[CAT__MAX];
	long long spend[CAT__MAX], spend_circular[CAT__MAX];
	int	 has_spend[CAT__MAX], has_spend_circular[CAT__MAX];
	double	 share[CAT__MAX];	/* percent, when has_share */
	int	 has_share[CAT__MAX];
	double	 share_overall;
	int	 has_share_overall;
	int	 meets_target;
};

/* Scores a round: a pure function of the questionnaire and answers. */
void	 score_round(const struct qn *, const struct qanswer *answers,
	    size_t n, struct qscores *out);

/* ---- monitor.c ------------------------------------------------------ */

/* What the round functions of monitor.c tell their caller. */
enum monitor_outcome {
	MO_DONE,
	MO_NOT_FOUND,	/* reopen: no such round, or it is not submitted */
	MO_CONFLICT,	/* the round is not in a state that allows it */
	MO_STALE,	/* section save: the version given is not the current */
	MO_INVALID,	/* section save: an answer has an error */
	MO_NO_PREVIOUS,	/* prefill: the municipality has no round last year */
	MO__MAX
};

/* A stored answer of a round: value NULL when none. */
struct monitor_answer {
	char	 qid[49];
	char	*value;		/* owned */
	int	 dont_know;
	int	 prefilled;
};

struct monitor_answers {
	struct monitor_answer *a;
	size_t	 n, cap;
};

/* Whether role may submit its municipality's round: the coordinator. */
int	 monitor_may_submit(enum role);
/* Whether rd can be submitted now: a started round in draft. */
int	 monitor_submittable(const struct db_round *rd);
/* Whether rd is submitted: its answers are fixed and scored, so it
 * counts for the benchmark and advice, and cannot change. */
int	 monitor_round_submitted(const struct db_round *rd);
/*
 * The round of organisation org_id for year into rd. When there is none
 * yet, rd is a placeholder (id 0, status "none", org_id and year set) on
 * questionnaire qn_id, or when qn_id is 0 on the year's newest one.
 * Returns 1, 0 when the year has no questionnaire, -1.
 */
int	 monitor_round_get(struct db *, long long org_id, int year,
	    long long qn_id, struct db_round *rd);
/* Loads round_id's answers into as (none for round 0); free them with
 * monitor_answers_free, which accepts an emptied or failed as. Returns
 * 0/-1. */
int	 monitor_answers_load(struct db *, long long round_id,
	    struct monitor_answers *as);
void	 monitor_answers_free(struct monitor_answers *);
/* The answer to question qid, or NULL (as keeps it). */
const struct monitor_answer *monitor_answer_of(const struct monitor_answers *,
	    const char *qid);
/* Whether question qid is answered: a value or "weet ik niet". */
int	 monitor_answered(const struct monitor_answers *, const char *qid);

/* One posted answer of a section. The caller sets q, given (the value
 * as posted, NULL when absent; it must outlive the struct) and
 * dk_given (the "weet ik niet" box was posted); monitor_section_check
 * sets the rest. */
struct monitor_post {
	const struct qquestion *q;
	const char *given;
	int	 dk_given;
	const char *value;	/* to store when has: given, or num */
	char	 num[24];	/* a number, normalised */
	int	 dk, has;
	const char *error;	/* the error's catalogue key, or NULL */
};

/* Checks n posted answers of one section against the questionnaire and
 * each other (a part is no more than its whole), setting each one's
 * value, dk, has and error. Returns the number of answers in error. */
size_t	 monitor_section_check(struct monitor_post *posts, size_t n);
/*
 * Saves section si of qn in round rd (a placeholder is made a round
 * first, and rd read again) for user actor, with checked posts: reads
 * the section's version into *version, locking it, then refuses a
 * submitted round (MO_CONFLICT), a given version other than the current
 * (MO_STALE; nothing is written) and posts in error (MO_INVALID); else
 * stores or deletes each answer and raises the section's version.
 * Returns 0 with *outcome set, or -1.
 */
int	 monitor_section_save(struct db *, const struct qn *qn,
	    struct db_round *rd, int si, long long given,
	    const struct monitor_post *posts, size_t n, long long actor,
	    long long *version, int *outcome);
/*
 * Submits round rd of questionnaire qn for user actor: a round not in
 * draft is MO_CONFLICT; else scores its answers, stores the scores,
 * marks it submitted, recomputes its peer groups and audit-logs it.
 * Returns 0 with *outcome set, or -1.
 */
int	 monitor_submit(struct db *, const struct qn *qn,
	    const struct db_round *rd, long long actor, int *outcome);
/*
 * Reopens submitted round id for user actor: it leaves its peer groups
 * (recomputed) and the change is audit-logged. MO_NOT_FOUND when there
 * is no such submitted round. Returns 0 with *outcome set, or -1.
 */
int	 monitor_reopen(struct db *, long long id, long long actor,
	    int *outcome);
/*
 * Copies last year's answers of rd's municipality into rd where it has
 * none, to the same question (same id and type), marked as prefilled,
 * and raises the version of each section written to; a placeholder rd
 * is made a round first. MO_CONFLICT when rd is submitted,
 * MO_NO_PREVIOUS when there was no round last year. May evict
 * questionnaires from w's cache: the caller reads its own again.
 * Returns 0 with *outcome set, or -1.
 */
int	 monitor_prefill(struct worker *, struct db_round *rd, long long actor,
	    int *outcome);

/* Replaces a round's stored scores with s. Returns 0/-1. */
int	 monitor_store_scores(struct db *, long long round_id,
	    const struct qscores *s);
/*
 * Makes and submits a round of questionnaire qn for a municipality, with
 * plausible answers drawn from seed (the same seed, the same answers), in
 * the caller's transaction: demo data and load tests. Returns 1 when made,
 * 0 when the round existed, -1.
 */
int	 monitor_generate(struct db *, const struct qn *qn, long long qn_id,
	    long long org_id, unsigned long long seed);

/* ---- migrate.c -------------------------------------------------------- */

/* Applies the pending migrations under dir in name order. Returns 0/-1. */
int	 migrate_run(struct db *, const char *dir);

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
 * Turns what a visitor typed into a MariaDB BOOLEAN MODE query in out:
 * every word of three to 84 characters that is no stop word (Dutch and
 * English, InnoDB's own included), at most PRACTICE_QUERY_WORDS, each
 * required and matched as a prefix ("+asfalt*"). Everything else,
 * operators and quotes included, is dropped, so no input can change the
 * query's meaning. The words left out go to ignored, space-separated.
 * Returns the number of words used (0: nothing to search for).
 */
int	 practice_query(const char *q, char *out, size_t outsz,
	    char *ignored, size_t ignoredsz);
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

#endif /* CIMOLT_DOMAIN_H */
