/*
 * Layer 3, the domain: the monitor's part of domain.h (questionnaire.c,
 * score.c, monitor.c), kept in a file of its own for its size. domain.h
 * includes it where its declarations belong; include domain.h, not this.
 */
#ifndef CIMOLT_MONITOR_H
#define CIMOLT_MONITOR_H

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
	MO_UNCONFIRMED,	/* submit: copied answers nobody has checked yet */
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
/*
 * Whether question qid is answered, the one definition every page and
 * count uses: a value or "weet ik niet" given this year, either typed
 * or copied from last year and then confirmed. A copied answer nobody
 * has checked yet (prefilled) does not count.
 */
int	 monitor_answered(const struct monitor_answers *, const char *qid);
/* Whether question qid has a copied answer not yet confirmed. */
int	 monitor_unconfirmed(const struct monitor_answers *, const char *qid);
/* Whether the answer to q is a figure of its own year (an amount or a
 * count): never copied from last year, only shown beside it. */
int	 monitor_year_specific(const struct qquestion *q);

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
 * stores or deletes each answer and raises the section's version. as
 * holds the round's stored answers: a copied answer posted unchanged
 * stays unconfirmed unless confirmed is set (the coordinator or member
 * ticked "I have checked these answers"); a changed one is one's own.
 * Returns 0 with *outcome set, or -1.
 */
int	 monitor_section_save(struct db *, const struct qn *qn,
	    struct db_round *rd, int si, long long given,
	    const struct monitor_post *posts, size_t n,
	    const struct monitor_answers *as, int confirmed, long long actor,
	    long long *version, int *outcome);
/*
 * Submits round rd of questionnaire qn for user actor: a round not in
 * draft is MO_CONFLICT, one with copied answers not yet confirmed
 * MO_UNCONFIRMED (nothing changes); else scores its answers, stores the scores,
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
 * none, to the same question (same id and type), marked as prefilled
 * (unconfirmed), except figures of their own year (amounts, counts:
 * monitor_year_specific), and raises the version of each section
 * written to; a placeholder rd is made a round first. MO_CONFLICT when rd is submitted,
 * MO_NO_PREVIOUS when there was no round last year. May evict
 * questionnaires from w's cache: the caller reads its own again.
 * Returns 0 with *outcome set, or -1.
 */
int	 monitor_prefill(struct worker *, struct db_round *rd, long long actor,
	    int *outcome);

/* ---- the monitor year: deadline, reminders, receipt -------------------- */

/* The most reminders a year may have. */
#define MONITOR_REMINDERS_MAX 8

/* What sending mail needs: the connection it is queued on (in its
 * transaction), the configuration and the mail stylesheet. */
struct mailer {
	struct db		*db;
	const struct config	*cfg;
	const struct render	*rd;
};

/* Checks a list of reminder days ("14, 7,1": each 1-365, at most
 * MONITOR_REMINDERS_MAX, none twice) and writes it normalised, largest
 * first ("14,7,1"; "" for none) into out. Returns 0/-1 (refused). */
int	 monitor_days_parse(const char *s, char out[65]);
/* The number of day "YYYY-MM-DD" since 1970-01-01, or -1. */
long long monitor_day_number(const char *day);
/*
 * Sends reminder (kind "schedule" with slot the days before the
 * deadline, or "manual" with slot the day's number) of year y to the
 * coordinators of organisation org_id, in the caller's transaction,
 * unless that reminder was recorded already. Returns 1 when sent
 * (*queued: the mails queued), 0 when recorded already, -1.
 */
int	 monitor_remind(const struct mailer *, const struct db_monitor_year *y,
	    long long org_id, const char *kind, long long slot,
	    long long actor, int *queued);
/*
 * The scheduler's job, for the courier and cimolt-admin: on day today
 * ("YYYY-MM-DD", Dutch date), for every year that is open, whose
 * deadline has not passed and that has reminders, sends the smallest
 * reminder now due (days before the deadline at or above the days left)
 * to each municipality that has not submitted, once: its own
 * transactions, one per municipality. *sent: the municipalities
 * reminded. Returns 0/-1.
 */
int	 monitor_reminders_run(const struct mailer *, const char *today,
	    int *sent);
/* Queues the receipt of submitted round rd to user u (its submitter),
 * with the link to the result. Returns 0/-1. */
int	 monitor_receipt(const struct mailer *, const struct db_round *rd,
	    const struct db_user *u);

/* Whether the municipalities may fill in the round of year yet: 1 when
 * the year has no settings or its opening day has come; 0 before it,
 * with the day in opens (YYYY-MM-DD, Dutch date). Returns 1, 0 or -1. */
int	 monitor_year_open(struct db *, int year, char opens[11]);

/*
 * A municipality's participation in a monitor year, one definition for
 * every list and count: submitted (its round is submitted), in progress
 * (it has a round: someone saved or copied answers), not started (no
 * round, but someone can sign in), no account (nobody can sign in: not
 * invited, or no invitation taken). Each municipality is in exactly one.
 */
enum participation {
	PART_NO_ACCOUNT,
	PART_NOT_STARTED,
	PART_IN_PROGRESS,
	PART_SUBMITTED,
	PART__MAX
};

extern const char *const participation_names[PART__MAX];

/* The participation of g. */
enum participation monitor_participation(const struct db_participant *g);
/* The participation counts of a list: per enum participation, and all. */
struct participation_counts {
	long long n[PART__MAX];
	long long total;
};
/*
 * Walks the municipalities (of province; 0: all) by name with their
 * participation in year, counting each once in counts, and passes each
 * to fn when fn is not NULL: the one place where lists and counts of
 * participation come from, so that every page agrees. day: today's day
 * number (monitor_day_number). Returns 0/-1.
 */
int	 monitor_participants(struct db *, int year, long long province,
	    long long day, int (*fn)(const struct db_participant *,
	    enum participation, void *), void *arg,
	    struct participation_counts *counts);
/* The sections of qn whose every question as answers (answered as
 * monitor_answered says). */
int	 monitor_sections_done(const struct qn *qn,
	    const struct monitor_answers *as);

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

#endif /* CIMOLT_MONITOR_H */
