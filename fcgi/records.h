/*
 * Layer 0 types: the records (users, events, registrations, rounds,
 * statistics, advice rules, practices) that the database layer fills and
 * the layers above read, and the core functions that work on them.
 */
#ifndef CIMOLT_RECORDS_H
#define CIMOLT_RECORDS_H

#include "core.h"

/* ---- records: rows the database layer fills, read by every layer above --- */

/* A user with its organisation. Buffers: column width x 4 (utf8mb4). */
struct db_user {
	long long id;
	char	 email[1017];
	char	 name[601];
	char	 role[16];
	char	 lang[3];
	char	 password_hash[256];
	long long disabled;
	long long org_id;
	char	 org_name[601];
	char	 org_kind[24];
};


struct db_event {
	long long id;
	char	 kind[16];
	char	 audience[16];
	char	 status[16];
	/* Sized for the columns' widths in characters times 4 (utf8mb4). */
	char	 title[801];
	char	 description[8001];
	char	 title_en[801];	/* "" when not given */
	char	 description_en[8001];
	char	 starts_at[24];	/* "YYYY-MM-DD HH:MM:SS", Amsterdam time */
	char	 ends_at[24];
	char	 place[801];
	char	 online_url[501];	/* "" when none */
	long long capacity;
	long long confirmed;
	long long per_org_limit;	/* -1: no limit */
	long long waiting;
	char	 notify_emails[4001];
	char	 opens_at[24];	/* "" when registration opens at once */
	char	 closes_at[24];	/* "" when it closes at the start */
	long long org_confirmed; /* of the organisation asked about: its
				    places taken, confirmed or held */
	long long held;		/* places held by pending registrations */
	char	 open_to[16];	/* municipalities, or everyone (any
				   organisation and guests) */
};

/* One session of an event: a date with its times and place. An event
 * without session rows has one, implied by its own columns (id 0). */
struct db_session {
	long long id;		/* 0: implied by the event's columns */
	char	 uid[65];	/* the calendar UID before "@host" */
	char	 starts_at[24];	/* "YYYY-MM-DD HH:MM:SS", Amsterdam time */
	char	 ends_at[24];
	char	 place[801];
};

#define SESSIONS_MAX	12

/* An event's sessions in start order, and its calendar's SEQUENCE. */
struct db_sessions {
	size_t		 n;
	long long	 sequence;
	struct db_session s[SESSIONS_MAX];
};

struct db_org {
	long long id;
	char	 name[601];
	char	 kind[24];
};

/* An outbox row as the courier claims it. */
struct db_outbox {
	long long id;
	char	 uuid[37];
	char	 type[65];
	char	 body[65536];	/* outbox_put refuses longer bodies */
	long long attempts;
	long long webhook_done;
	long long smtp_done;
	long long seconds_left;	/* until give_up_at */
};

/* An outbox row as the delivery log shows it. */
struct db_outbox_row {
	long long id;
	char	 uuid[37];
	char	 type[65];
	char	 status[16];
	long long attempts;
	char	 created[24];
	char	 sent[24];	/* "" when not sent */
	char	 next[24];
	char	 last_error[2001];
	/* what the message said, as queued ("" once purged); the
	 * recipients cut to 500 characters, "…" ending a cut list */
	char	 subject[1201];
	char	 recipients[2001];
	long long purged;	/* 1 when its body is erased */
	/* its newest attempt: at "" when none; result "ok", "failed" or
	 * "open" (no result recorded: under way, or cut off) */
	char	 last_at[24];
	char	 last_transport[16];
	char	 last_result[8];
};

/* What the organisers' list of messages shows: all (no address, no
 * words), those to one address (compared in lower case), or those whose
 * subject or recipients hold every one of the words (any case). */
#define MESSAGE_WORDS_MAX 4
struct db_message_query {
	const char	*address;	/* NULL: any */
	const char	*words[MESSAGE_WORDS_MAX];	/* NULL: unused */
	long long	 limit, offset;
};

struct db_delivery {
	long long outbox_id;
	char	 at[24];
	char	 transport[16];
	long long ok;
	long long http_status;	/* 0 when none */
	char	 smtp_reply[1201];
	char	 error[2001];
};

struct db_org_row {
	long long id;
	char	 kind[24];
	char	 name[601];
	char	 cbs_code[9];
	char	 province[601];
	char	 size_class[16];
};

struct db_audit {
	char	 at[24];
	char	 actor[601];	/* "" for the system or cimolt-admin */
	char	 action[65];
	char	 subject_type[33];
	long long subject_id;
	char	 detail[2001];
};

struct db_registration {
	long long id;
	long long event_id;
	long long org_id;	/* 0: a guest, org_name as they typed it */
	long long user_id;	/* 0 when registered without an account */
	char	 name[601];
	char	 email[1017];
	char	 job_title[601];
	char	 lang[3];	/* of the mails to the registrant */
	char	 status[16];	/* confirmed, waiting, cancelled, pending,
				   expired, approval */
	char	 created[24];	/* UTC */
	char	 org_name[601];
	long long position;	/* on the waiting list; 0 when not waiting */
	long long held;		/* pending: 1 when a place is kept for it */
	char	 hold_until[24]; /* pending: UTC time it expires, else "" */
	long long lapsed;	/* pending and past hold_until */
};

struct db_material {
	long long id;
	char	 title[801];
	char	 url[501];
	char	 body[16001];
	char	 created[24];	/* UTC */
};

struct db_round {
	long long id;
	long long org_id;
	char	 org_name[601];
	long long year;
	long long qn_id;
	char	 status[16];	/* draft, submitted */
	char	 submitted_at[24];	/* UTC, "" when not */
};

/* A monitor year's settings; days_left counted from the day asked. */
struct db_monitor_year {
	long long year;
	char	 opens[11];	/* YYYY-MM-DD, Dutch dates */
	char	 deadline[11];
	char	 days[65];	/* reminders: days before the deadline, "14,7,1" */
	long long days_left;	/* the deadline less the day asked */
	long long opened;	/* the day asked is on or after opens */
};

/* A municipality's participation in a monitor year. */
struct db_participant {
	long long org_id;
	char	 name[601];
	char	 cbs_code[16];
	char	 province[601];
	long long accounts;	/* users who can sign in */
	long long coordinators;	/* of them coordinators */
	long long round_id;	/* 0: no round */
	char	 status[16];	/* the round's: draft, submitted; "" */
	char	 started[24];	/* the round made (UTC), "" */
	char	 changed[24];	/* the last answer saved (UTC), "" */
	char	 submitted[24];	/* UTC, "" */
	char	 reminded[24];	/* the last reminder sent (UTC), "" */
	long long reminded_today;	/* an organiser's reminder went today */
};

struct db_answer {
	char	 question_id[49];
	char	 value[16001];
	long long has_value;
	long long dont_know;
	long long prefilled;
};

struct db_score {
	const char *scope;	/* overall, level, theme, category, share */
	const char *key;
	double	 score;
	int	 has;
	int	 answered;
	int	 total;
};

/* One group: its kind and the key stored with it ("" for all, the
 * province id in decimal, or the size class). */
struct peer_key {
	enum peer_group grp;
	long long province;	/* PG_PROVINCE */
	char	 size[16];	/* PG_SIZE */
	char	 key[17];
};

/* The groups an organisation belongs to. */
struct db_org_groups {
	long long province_id;	/* 0: none */
	char	 size_class[16];
	char	 province[601];
};

/* Whether a group's figures in a scope may be shown to others than the
 * organisers (disclosure control, benchmark.c). */
enum shown {
	SHOWN_YES,
	SHOWN_TOO_FEW,	/* fewer anonymous values than min_group */
	SHOWN_OVERLAP,	/* could be subtracted from a larger group's */
	SHOWN__MAX
};

struct db_peer_stat {
	char	 scope[16];
	char	 key[49];
	long long n;
	double	 min, q1, median, q3, max;	/* exact, organisers only */
	int	 has_own;	/* the round has a score here */
	double	 own;
	long long anonymous;	/* values of municipalities not named */
	double	 pub_q1, pub_median, pub_q3;	/* published (window means) */
	enum shown shown;
	long long min_group;	/* the one shown was decided with */
};

/* One score's owner in a year, for disclosure control. */
struct db_year_value {
	long long org_id;
	long long province;	/* 0: none */
	char	 size_class[16];
	int	 named;
	char	 scope[16];
	char	 key[49];
};

struct db_trend {
	long long year;
	char	 scope[16];
	char	 key[49];
	int	 has_own;
	double	 own;
	long long participants;	/* of the group that year */
	long long n;		/* with a score in this scope */
	double	 median;	/* the published one */
	int	 shown;		/* it may be shown */
	long long min_group;	/* shown was decided with */
};

struct db_named_score {
	long long org_id;
	char	 name[601];
	char	 size_class[16];
	char	 scope[16];
	char	 key[49];
	int	 has;
	double	 score;
};

struct db_participation {
	long long year, invited, started, submitted;
};

struct db_rank_row {
	long long org_id;
	char	 name[601];
	double	 score;
};

struct db_year_score {
	long long round_id, org_id;
	char	 name[601];
	char	 cbs_code[9];
	char	 province[601];
	char	 size_class[16];
	int	 show_name;
	char	 submitted_at[24];
	char	 scope[16];	/* "" when the round has no scores */
	char	 key[49];
	int	 has;
	double	 score;
};

#define ADVICE_QUESTION_MAX 4000	/* characters */

struct db_advice_request {
	long long id, org_id;
	char	 org_name[601];
	char	 requester[601];
	char	 email[1017];
	char	 topic[49];
	char	 question[ADVICE_QUESTION_MAX * 4 + 1];
	char	 contact[16];
	char	 phone[161];
	char	 status[16];
	char	 created[24];
	char	 updated[24];	/* "" when never */
	long long user_id;	/* the requester */
	char	 lang[3];	/* the requester's */
	long long assignee_id;	/* 0 when none */
	char	 assignee[601];
};

/* A message of an advice request's thread. */
struct db_advice_message {
	long long id;
	long long author_id;	/* 0 when the account is gone */
	char	 author[601];
	long long by_organiser;	/* the author is an organiser or admin */
	char	 kind[8];	/* reply, note, status */
	char	 body[ADVICE_QUESTION_MAX * 4 + 1];
	char	 created[24];	/* UTC */
};

#define ADV_TEXT_MAX	4000	/* characters of an advice text */
#define ADV_HREF_MAX	1000

/* A link of an advice rule: a practice or an address. */
struct adv_link {
	long long practice_id;	/* 0 for an address */
	const char *href;	/* "" for a practice */
	const char *label[LANG__MAX];
	const char *title;	/* a published practice's title, else "" */
};

/* An advice rule: a score band of a scope (scope set) or an answer to a
 * question (question set), its tier, texts and links. */
struct adv_rule {
	int	 position;	/* in the file, from 1 */
	int	 line;		/* in the file, for messages */
	char	 id[49];
	char	 tier[16];	/* basis, significant, ambitious */
	char	 scope[16];	/* "" for an answer rule */
	char	 key[49];
	double	 from;		/* from <= score */
	int	 has_below;
	double	 below;		/* score < below; else up to 100 */
	char	 question[49];
	int	 has_answer;
	char	 answer[65];	/* "?" for do not know */
	char	*text[LANG__MAX];
	struct adv_link *links;
	size_t	 nlinks;
};

/* A rule that links to a practice, for the practice's page. */
struct db_advice_link {
	char	 rule_id[49];
	char	 tier[16];
	char	 scope[16];
	char	 scope_key[49];
	char	 text_nl[ADV_TEXT_MAX * 4 + 1];
	char	 text_en[ADV_TEXT_MAX * 4 + 1];
};

#define PRACTICE_LINKS		5	/* public documents per revision */
#define PRACTICE_PARTNERS	20	/* co-operating municipalities */
#define PRACTICES_PER_PAGE	20	/* on /praktijk */
#define PRACTICE_FEED_SIZE	50	/* entries in /praktijk.atom */
#define PRACTICE_RELATED	5	/* related practices on a practice */
#define PRACTICE_QUERY_MAX	200	/* characters of a search */
#define PRACTICE_QUERY_WORDS	8	/* words of a search used */
/*
 * Questions one user may send to contact persons in 24 hours. A constant,
 * not a configuration key: it protects the contact persons' mailboxes,
 * and no installation has needed another value so far.
 */
#define PRACTICE_CONTACTS_PER_DAY 5

/* A practice with one of its revisions (which one: see the loader). */
struct db_practice {
	/* the practice */
	long long id;
	char	 uuid[37];
	long long org_id;
	char	 org_name[601];
	char	 province[601];	/* of the municipality; "" when none */
	long long created_by;
	long long working_rev;	/* 0 when nothing is pending */
	char	 working_status[16]; /* "" when nothing is pending */
	long long published_rev; /* 0 when never published */
	char	 first_published[24];	/* UTC, "" when never */
	char	 published[24];	/* UTC, of the published revision */
	long long is_public;
	/* the revision */
	long long rev_id;
	char	 status[16];	/* draft, submitted, published, returned */
	char	 title[801];
	char	 summary[4001];
	char	 approach[32001];
	char	 results[32001];
	char	 title_en[801];	/* "" when not given */
	char	 summary_en[4001];
	long long year;
	char	 category[16];
	char	 value_band[16];	/* "" when not known */
	long long contact_id;	/* 0 when none */
	char	 contact_name[601];
	long long contact_active; /* the contact's account is usable */
	char	 remark[8001];
	long long rev_created_by;
	char	 rev_created[24];	/* UTC */
	unsigned int themes;	/* bit per enum theme */
	unsigned int aspects;	/* bit per enum aspect */
	long long partners[PRACTICE_PARTNERS];
	char	 partner_names[PRACTICE_PARTNERS][601];
	size_t	 npartners;
	struct {
		char	 url[501];
		char	 label[801];
	} links[PRACTICE_LINKS];
	size_t	 nlinks;
};

/* One practice in a list: the revision the list shows. */
struct db_practice_item {
	long long id;
	char	 uuid[37];
	long long org_id;
	char	 org_name[601];
	long long is_public;
	long long rev_id;
	char	 status[16];	/* of the revision shown */
	char	 working_status[16]; /* "" when nothing is pending */
	long long has_published;
	char	 title[801];
	char	 summary[4001];
	char	 title_en[801];	/* "" when not given */
	char	 summary_en[4001];
	long long year;
	char	 category[16];
	char	 aspects[128];	/* codes, comma-separated */
	char	 published[24];	/* UTC, "" when never */
	char	 first_published[24];
	char	 extra[32];	/* relevance (search), aspects in common
				   (related), else "" */
};

/* What /praktijk lists: published practices matching every filter given
 * ("" or 0: any). */
/* A stem of a practice's published text with its weight: where and how
 * often it occurs (practice.c). */
struct practice_term {
	char	 term[STEM_SIZE];
	int	 weight;
};

struct practice_filter {
	int	 public_only;	/* anonymous visitors */
	const char *category;
	const char *theme;
	const char *aspect;
	const char *province;	/* CBS code, PV25 */
	long long year;
	/* The words searched for (practice_query), each as its Dutch and
	 * its English stem ("" when the same): a practice matches a word
	 * when one of its terms begins with either. */
	char	 words[PRACTICE_QUERY_WORDS][LANG__MAX][STEM_SIZE];
	int	 nwords;	/* 0: no search, every practice */
	int	 by_relevance;	/* else newest first */
	long long limit, offset;
};

/* A revision of an information page's text (info_revisions). */
struct db_info_revision {
	long long id;
	char	 page[33];
	char	 lang[3];
	char	*body;		/* malloc'd by the getter; NULL in lists */
	long long user_id;	/* 0: shipped, or its user erased */
	char	 author[601];	/* the user's name, "" when none */
	long long restored_from; /* 0: none */
	char	 created[24];	/* UTC "YYYY-MM-DD HH:MM:SS" */
	long long length;	/* characters of body */
};

/* What a purge run removes (cimolt-admin purge, privacy.c), each by its
 * own rule; and the periods it keeps them for. */
enum purge {
	PURGE_REGISTRATIONS,	/* personal fields, months after the event */
	PURGE_MESSAGES,		/* bodies, days after delivery or giving up */
	PURGE_LOGIN_FAILURES,	/* days after */
	PURGE_SESSIONS,		/* idle or too old: at once */
	PURGE_TOKENS,		/* expired or used links: at once */
	PURGE_AUDIT,		/* who, pseudonymised after years */
	PURGE__MAX
};

struct purge_limits {
	int	 reg_months;
	int	 msg_days;
	int	 fail_days;
	int	 idle_minutes;
	int	 absolute_hours;
	int	 audit_years;
	const char *secret;	/* keys the audit pseudonyms */
};

/* The parts of what the system holds about one person (their export),
 * each a list of rows. */
enum person_part {
	PERSON_ACCOUNT,
	PERSON_REGISTRATIONS,
	PERSON_PRACTICES,
	PERSON_CONTACT_MESSAGES,
	PERSON_ADVICE_REQUESTS,
	PERSON_ADVICE_MESSAGES,
	PERSON_INFO_REVISIONS,
	PERSON_MESSAGES,
	PERSON_LOGIN_FAILURES,
	PERSON_AUDIT,
	PERSON_EVENTS,		/* events that notify the address */
	PERSON_THROTTLED,	/* requests counted for the throttles */
	PERSON_MESSAGE_RECIPIENTS,	/* the messages' recipient rows */
	PERSON__MAX
};

/* What an erasure changed, by kind. */
enum erase {
	ERASE_ACCOUNT,		/* the user row anonymised (0 or 1) */
	ERASE_REGISTRATIONS,
	ERASE_MESSAGES,
	ERASE_LOGIN_FAILURES,	/* and the requests counted for throttles */
	ERASE_AUDIT,		/* lines pseudonymised */
	ERASE_OTHER,		/* sessions, links, opt-ins, questions sent */
	ERASE_EVENTS,		/* events that notified the address */
	ERASE__MAX
};

/* ---- vocab.c and ics.c: functions of layer 0 over records --------------- */

/* A user's state for lists: "active", "invited" (no password yet) or
 * "disabled". */
const char *user_status(const struct db_user *);

/* The event as an iCalendar file (malloc'd, *len bytes), or NULL: one
 * VEVENT for the event's own times. */
char	*ics_event(const struct db_event *, const char *base_url, size_t *len);
/* The one session an event without session rows has: its own times and
 * place, with the UID its calendar file always had (cimolt-event-ID). */
void	 ics_session_of_event(const struct db_event *, struct db_session *);
/* The event as an iCalendar file with one VEVENT per session, each with
 * its UID and the SEQUENCE of ss; method "PUBLISH", "REQUEST" (a change
 * sent to those registered) or "CANCEL" (every VEVENT cancelled).
 * Malloc'd, *len bytes, or NULL. */
char	*ics_sessions(const struct db_event *, const struct db_sessions *ss,
	    const char *method, const char *base_url, size_t *len);

#endif /* CIMOLT_RECORDS_H */
