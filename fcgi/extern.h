/*
 * Private interfaces of cimoltd and cimolt-admin, one section per source
 * file. Error contract, everywhere: functions return 0 (or a pointer) on
 * success and -1 (or NULL) on failure, and log once where the failure is
 * first seen. Where "not found" is possible it is kept apart from failure
 * and said so in the comment above the prototype.
 */
#ifndef CIMOLT_EXTERN_H
#define CIMOLT_EXTERN_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include <jansson.h>
#include <libxml/tree.h>

/* ---- log.c: one line per event on stderr, level first ---------------- */

enum log_level {
	LOG_ERROR,
	LOG_WARN,
	LOG_INFO,
	LOG_DEBUG,
	LOG__MAX
};

void	 log_set_level(enum log_level);
void	 log_set_name(const char *);
/* Returns the level named by s, or -1 when s names none. */
int	 log_level_parse(const char *s);
void	 log_msg(enum log_level, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
#define	 log_error(...)	log_msg(LOG_ERROR, __VA_ARGS__)
#define	 log_warn(...)	log_msg(LOG_WARN, __VA_ARGS__)
#define	 log_info(...)	log_msg(LOG_INFO, __VA_ARGS__)
#define	 log_debug(...)	log_msg(LOG_DEBUG, __VA_ARGS__)

/* ---- clock.c: time ---------------------------------------------------- */

/* Makes the process speak Dutch time (TZ=Europe/Amsterdam). */
void	 clock_init(void);
/* Milliseconds on the monotonic clock: for timings and timeouts, which
 * must not jump with the wall clock. */
long long mono_ms(void);
/* The time now in Amsterdam, "YYYY-MM-DD HH:MM:SS". */
void	 clock_local_now(char out[24]);
/* Converts a UTC "YYYY-MM-DD HH:MM:SS" to Amsterdam time. Returns 0/-1. */
int	 clock_utc_to_local(const char *utc, char out[24]);

/* ---- config.c: the INI configuration --------------------------------- */

struct config {
	char	*file;		/* path it was read from */
	char	*listen;	/* "unix:/path" or "host:port" */
	int	 socket_mode;	/* -1: leave as umask made it */
	char	*socket_group;	/* NULL: leave */
	int	 workers;
	size_t	 max_body;
	enum log_level log_level;
	char	*xslt_dir;
	char	*schema_dir;
	char	*db_socket;	/* NULL: use db_host/db_port */
	char	*db_host;
	int	 db_port;
	char	*db_user;
	char	*db_password;
	char	*db_name;
	char	*base_url;	/* links in mail are built on it */
	char	*secret;	/* 64 hex digits: keys the CSRF tokens */
	int	 idle_minutes;	/* a session unused this long ends */
	int	 absolute_hours; /* a session this old ends */
	int	 max_fail_account; /* failed sign-ins per 15 min */
	int	 max_fail_address;
	char	*mail_from;
	char	*webhook_url;	/* NULL: no webhook */
	char	*webhook_secret;
	char	*smtp_url;	/* NULL: no SMTP */
	char	*smtp_user;
	char	*smtp_password;
	int	 retry_hours;	/* give a message up after */
	int	 retry_base_seconds; /* first retry delay, doubled each time */
	int	 min_group;	/* fewest participants a benchmark shows */
};

/*
 * Reads and checks the INI file at path. Returns a config the caller
 * frees with config_free(), or NULL after printing to stderr one line per
 * problem, each naming the file, the line and the key.
 */
struct config	*config_load(const char *path);
void		 config_free(struct config *);
/* The path to read: the -c argument, else $CIMOLT_CONFIG, else the default. */
const char	*config_path(const char *arg);

/* ---- decode.c: URL and form decoding (RFC 3986, HTML form encoding) -- */

struct kv {
	char	*key;
	char	*val;
	size_t	 valsz;	/* bytes in val, which may hold NUL when invalid */
};

struct kvlist {
	struct kv *kv;
	size_t	 n;
	size_t	 cap;
};

/*
 * Percent-decodes src[0..len) into a new NUL-terminated string; '+' is a
 * space when plus is non-zero (form encoding). Stores the decoded length
 * in *outsz. Returns NULL on malformed escapes or memory exhaustion.
 */
char	*decode_pct(const char *src, size_t len, int plus, size_t *outsz);
/*
 * Appends the pairs of an application/x-www-form-urlencoded string (or a
 * query string) to list. Returns 0, or -1 when an escape is malformed or
 * a key or value is not valid UTF-8 or holds a NUL byte (the caller
 * answers 400). With mend (a form's body), a value that is not UTF-8
 * has its bad bytes replaced by U+FFFD instead: the form comes back with
 * what was typed and a message (the validators refuse U+FFFD).
 */
int	 decode_form(struct kvlist *list, const char *src, size_t len, int mend);
/* Appends the pairs of a Cookie header (RFC 6265 section 5.4). Invalid
 * pairs are skipped: a browser's cookie jar is not the user's input. */
int	 decode_cookies(struct kvlist *list, const char *hdr);
/* Percent-encodes s into out for a query value (keeping '/', so paths
 * read well). Returns 0, or -1 when out is too small. */
int	 url_encode(char *out, size_t sz, const char *s);
/* Returns the first value for key, or NULL when absent. */
const char *kvlist_get(const struct kvlist *, const char *key);
void	 kvlist_free(struct kvlist *);
/* Returns 1 when s[0..len) is well-formed UTF-8 without NUL, else 0. */
int	 utf8_valid(const char *s, size_t len);

/* ---- valid.c: validators for input fields ---------------------------- */

enum lang {
	LANG_NL,
	LANG_EN,
	LANG__MAX
};

extern const char *const lang_codes[LANG__MAX];

/* Returns the language whose code is s, or -1 when none. */
int	 valid_lang(const char *s);
/*
 * Parses s as a decimal integer within [min, max] into *out, rejecting
 * empty strings, signs where min >= 0, trailing bytes and overflow.
 * Returns 0, or -1 when invalid.
 */
int	 valid_int(const char *s, long long min, long long max, long long *out);

#define PASSWORD_MIN	10
#define PASSWORD_MAX	1024

/* Each returns 0 when s is acceptable, -1 when not (also for NULL). */
/* An e-mail address as people type them; the caller lower-cases it. */
int	 valid_email(const char *s);
/* One line of text: not blank, no control characters, at most max_chars
 * characters (UTF-8 was checked when decoding). */
int	 valid_text(const char *s, size_t max_chars);
/* A password of PASSWORD_MIN to PASSWORD_MAX bytes. */
int	 valid_password(const char *s);
/* A path on this site to return to: "/..." but not "//..." */
int	 valid_return_path(const char *s);

/* Text of several lines (line breaks and tabs allowed), at most
 * max_chars characters; may be empty. */
int	 valid_multiline(const char *s, size_t max_chars);
/* An http:// or https:// address of printable ASCII, at most 500 bytes. */
int	 valid_url(const char *s);
/* A datetime-local value "YYYY-MM-DDTHH:MM" of a real day, written to out
 * as "YYYY-MM-DD HH:MM:00". */
int	 valid_datetime(const char *s, char out[24]);
/* One to ten e-mail addresses separated by commas. */
int	 valid_email_list(const char *s);

/* ---- password.c: Argon2id -------------------------------------------- */

#define PASSWORD_HASH_MAX 128	/* crypto_pwhash_STRBYTES */

/* Hashes pw into out. Returns 0/-1. */
int	 password_hash(const char *pw, char out[PASSWORD_HASH_MAX]);
/* Returns 1 when pw matches hash, 0 when not (also when hash is empty:
 * then a dummy hash is checked, taking the same time), -1 on failure. */
int	 password_verify(const char *hash, const char *pw);
/* Returns 1 when hash was made with other limits than ours. */
int	 password_needs_rehash(const char *hash);

/* ---- lang.c: content negotiation ------------------------------------- */

/* The language of a request: ?lang= (valid), then the cookie, then
 * Accept-Language (RFC 9110 section 12.5.4), else Dutch. */
enum lang lang_choose(const char *param, const char *cookie,
	    const char *accept_language);
/* Returns 1 when the Accept header prefers application/xml or text/xml
 * over text/html (RFC 9110 section 12.5.1), else 0. */
int	 accept_prefers_xml(const char *accept);

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

/* ---- request.c and response.c: one HTTP exchange ---------------------- */

struct FCGX_Request;

enum method {
	METHOD_GET,
	METHOD_HEAD,
	METHOD_POST,
	METHOD__MAX
};

extern const char *const method_names[METHOD__MAX];

enum role {
	ROLE_ANONYMOUS,
	ROLE_MEMBER,
	ROLE_COORDINATOR,
	ROLE_REGIONAL,
	ROLE_ORGANISER,
	ROLE_ADMIN,
	ROLE__MAX
};

extern const char *const role_names[ROLE__MAX];

struct req {
	int	 method;	/* enum method, or -1 for one we do not serve */
	char	*method_name;
	char	*path;		/* decoded, without query */
	char	*query;		/* raw query string, "" when none */
	struct kvlist params;	/* query string, then form body */
	struct kvlist cookies;
	char	*accept;
	char	*accept_language;
	int	 https;
	int	 forced_error;	/* CIMOLT_ERROR from nginx, or 0 */
	int	 bad;		/* 0, or the 4xx status the request earned */
	enum lang lang;
	int	 lang_from_param; /* ?lang= was given: set the cookie */
	int	 want_xml;
	enum role role;
	long long ids[2];	/* the {id} values of the route's pattern */
	char	 token[64];	/* the {token} of the route's pattern */
	struct FCGX_Request *fr; /* for reading the body, once routed */
	size_t	 max_body;
	char	 address[46];	/* the client's IP address */
	int	 signed_in;
	struct db_user user;	/* when signed_in */
	unsigned char sid_hash[32]; /* when signed_in */
	char	 csrf[64];	/* the token this request's forms carry */
	char	 csrf_cookie[64]; /* anonymous: the binding cookie */
	int	 csrf_new;	/* that cookie was made on this request */
};

struct header {
	char	*name;
	char	*value;
};

struct resp {
	int	 status;
	xmlDocPtr page;		/* page document, owned; NULL for raw bodies */
	char	*body;		/* raw body (owned) when page is NULL */
	size_t	 bodysz;
	const char *type;	/* Content-Type of a raw body */
	struct header hdr[8];
	size_t	 nhdr;
};

/*
 * Fills r from the FastCGI request: parameters, path, query and cookies.
 * Returns 0 when the request was read (r->bad holds 400 when it is
 * malformed), or -1 when out of memory.
 */
int	 req_read(struct req *r, struct FCGX_Request *fr, size_t max_body);
/*
 * Reads a form body (once the route is known to take one) up to max_body
 * bytes and adds its fields to r->params. Returns 0 (r->bad holds 400 or
 * 413 when the body is malformed or too large), or -1 when out of memory.
 */
int	 req_read_body(struct req *r);
void	 req_free(struct req *);

/* Adds a header to the response; the strings are copied. Returns 0/-1. */
int	 resp_header(struct resp *, const char *name, const char *value);
/* Sets a raw body (copied) with its content type. Returns 0/-1. */
int	 resp_text(struct resp *, int status, const char *type,
	    const char *body);
void	 resp_reset(struct resp *);
struct csv_out;
/* Makes o a 200 CSV download called filename, taking out's buffer.
 * Returns 0/-1. */
int	 resp_csv(struct resp *, struct csv_out *out, const char *filename);
/* The reason phrase of an HTTP status (RFC 9110 section 15). */
const char *http_reason(int status);
/*
 * Writes status line, headers (security headers included) and body to the
 * FastCGI stream; no body for HEAD. Returns 0, or -1 when the client went.
 */
int	 resp_write(struct FCGX_Request *fr, const struct req *,
	    const char *body, size_t bodysz, const char *type,
	    const struct resp *);

/* ---- page.c: building page documents ---------------------------------- */

/*
 * Creates the page document <page name= lang= status=> with the request,
 * language links and user that every layout needs. Returns the document
 * (caller owns) or NULL.
 */
xmlDocPtr page_new(const char *name, const struct req *, int status);
/* Adds <element id name email organisation role status [disabled]> for
 * a user of a list. Returns it or NULL. */
xmlNodePtr user_xml(xmlNodePtr parent, const char *element,
	    const struct db_user *);
/* Starts the response with page name and status: sets o->status and
 * o->page (page_new). Returns the page's root, or NULL. */
xmlNodePtr page_start(const struct req *, struct resp *o, const char *name,
	    int status);
/* Adds <name>text</name> under parent, escaping text; NULL text adds
 * nothing. Returns the node, or NULL (also for NULL text). */
xmlNodePtr page_text(xmlNodePtr parent, const char *name, const char *text);
/* Adds <name>value</name>. Returns the node or NULL. */
xmlNodePtr page_int(xmlNodePtr parent, const char *name, long long value);
/* Adds an element with no content. Returns it or NULL. */
xmlNodePtr page_elem(xmlNodePtr parent, const char *name);
/* Sets an attribute, escaped. Returns 0/-1. */
int	 page_attr(xmlNodePtr node, const char *name, const char *value);
int	 page_attr_int(xmlNodePtr node, const char *name, long long value);
/* The same with one decimal ("41.3"), as scores are shown. */
int	 page_attr_1(xmlNodePtr node, const char *name, double value);
/*
 * Forms, in the one shape every stylesheet renders: <form name action>
 * with <field name type value required> children, and <error key/> under
 * a field or the form. The typed value goes back so nothing typed is
 * lost on a 422. Each returns the node (or 0), NULL (or -1) on failure.
 */
xmlNodePtr form_new(xmlNodePtr parent, const char *name, const char *action);
/* Adds a select field with its options (the values; labels come from
 * the catalogues). Returns the field or NULL. */
xmlNodePtr form_select(xmlNodePtr form, const char *name, const char *value,
	    const char *const *options, size_t n);
/* Marks field name of form as wrong: "field.required" when value is
 * empty, else key with arg (a limit the message names; 0: none).
 * Returns 0/-1. */
int	 form_invalid(xmlNodePtr form, const char *name, const char *value,
	    const char *key, long long arg);
/* The field called name in form, or NULL. */
xmlNodePtr form_field_of(xmlNodePtr form, const char *name);
xmlNodePtr form_field(xmlNodePtr form, const char *name, const char *type,
	    const char *value, int required);
int	 form_error(xmlNodePtr at, const char *key);
/* The same with an argument for the message (arg="..."), such as the
 * most characters a field takes. */
int	 form_error_arg(xmlNodePtr at, const char *key, long long arg);
/* Adds <name date= time= year= month= day= weekday=/> for a local
 * timestamp "YYYY-MM-DD HH:MM:SS". Returns the node or NULL. */
xmlNodePtr page_datetime(xmlNodePtr parent, const char *name,
	    const char *ts);

/* ---- render.c: compiled stylesheets ----------------------------------- */

enum page {
	PAGE_HOME,
	PAGE_ERROR,
	PAGE_BEHEER,
	PAGE_MAIL,	/* text: subject line, blank line, body */
	PAGE_LOGIN,
	PAGE_ACCOUNT,
	PAGE_INVITATION,
	PAGE_FORGOT,
	PAGE_RESET,
	PAGE_MEMBERS,
	PAGE_DELIVERIES,
	PAGE_USERS,
	PAGE_ORGANISATIONS,
	PAGE_AUDIT,
	PAGE_PROGRAMME,
	PAGE_EVENT,
	PAGE_REGISTER,
	PAGE_REGISTRATION,
	PAGE_EVENT_FORM,
	PAGE_EVENT_ADMIN,
	PAGE_ATTENDANCE,
	PAGE_ORG_OVERVIEW,
	PAGE_MONITOR,
	PAGE_MONITOR_ROUND,
	PAGE_MONITOR_SECTION,
	PAGE_MONITOR_SUBMIT,
	PAGE_MONITOR_RESULT,
	PAGE_ROUNDS_ADMIN,
	/* issue 6: benchmark and advice */
	PAGE_BENCHMARK,
	PAGE_ADVICE,
	PAGE_ADVICE_REQUEST,
	PAGE_ADVICE_ADMIN,
	PAGE_REGIONAL,
	PAGE_OVERVIEW,
	/* issue 7: practices */
	PAGE_PRACTICES,
	PAGE_PRACTICE,
	PAGE_PRACTICE_FORM,
	PAGE_PRACTICES_ADMIN,
	PAGE_PRACTICE_REVIEW,
	PAGE_PRACTICE_CONTACT,
	PAGE_PRACTICE_ATOM,
	PAGE__MAX
};

extern const char *const page_names[PAGE__MAX];

struct render;

/* Parses and compiles every page stylesheet under dir. Returns the set
 * (caller frees with render_free) or NULL after logging which failed. */
struct render	*render_load(const char *dir);
void		 render_free(struct render *);
/* Returns the page whose name is the root's name attribute, or -1. */
int		 render_page_of(xmlDocPtr);
/*
 * Transforms doc with the stylesheet of page p under security preferences
 * that forbid file and network access. Stores the HTML in *out (the caller
 * frees it with xmlFree) and its length in *outsz. Returns 0/-1.
 */
int		 render_html(const struct render *, enum page p, xmlDocPtr doc,
		    char **out, size_t *outsz);
/* Renders a document whose root names its stylesheet (@name), such as
 * a mail (method text). Same contract as render_html. */
int		 render_text(const struct render *, xmlDocPtr doc, char **out,
		    size_t *outsz);
/* Serialises doc as XML into *out (freed with xmlFree). Returns 0/-1. */
int		 render_xml(xmlDocPtr doc, char **out, size_t *outsz);

/* ---- db.c: the only file that talks to MariaDB ------------------------ */

struct db;

/* Once per program, before any fork: sets up the client library. */
int		 db_library_init(void);
void		 db_library_end(void);
/* Opens a connection (utf8mb4) and prepares every statement. Returns the
 * handle even when the server is down (it reconnects on use), or NULL
 * when out of memory. multi allows several statements per query (the
 * admin's migrations). */
struct db	*db_open(const struct config *, int multi);
void		 db_close(struct db *);
/* Returns 1 when the last failure was a lost or refused connection. */
int		 db_is_down(const struct db *);
/* Returns 1 when the last failure may succeed if the transaction is run
 * again (deadlock, lock wait timeout, Galera certification failure). */
int		 db_is_retryable(const struct db *);
/* Checks the server answers, reconnecting if needed. Returns 0/-1. */
int		 db_ping(struct db *);
int		 db_begin(struct db *);
int		 db_commit(struct db *);
void		 db_rollback(struct db *);

struct db_event {
	long long id;
	char	 kind[16];
	char	 audience[16];
	char	 status[16];
	/* Sized for the columns' widths in characters times 4 (utf8mb4). */
	char	 title[801];
	char	 description[8001];
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
	long long org_confirmed; /* of the organisation asked about */
};

/* Calls fn for each event (drafts too when drafts is 1) in start order,
 * with the confirmed registrations of org_id counted (0: none); fn
 * returns 0 to go on, -1 to stop with failure. Returns the count or -1. */
int	 db_events_list(struct db *, int drafts, long long org_id,
	    int (*fn)(const struct db_event *, void *), void *arg);
/* Reads event id (locking its row, the shared counter, when lock is 1).
 * Returns 1, 0 when there is none, -1. */
int	 db_event_get(struct db *, long long id, int lock, long long org_id,
	    struct db_event *);

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
 * with the user when the session is valid (not idle or too old, user not
 * disabled), 0 when not, -1 on failure. */
int	 db_session_new(struct db *, const unsigned char hash[32],
	    long long user);
int	 db_session_get(struct db *, const unsigned char hash[32],
	    int idle_minutes, int absolute_hours, struct db_user *);
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

/* Audit log; actor 0 is the system or cimolt-admin. */
int	 db_audit_add(struct db *, long long actor, const char *action,
	    const char *subject_type, long long subject_id, const char *detail);

/* Outbox. db_outbox_claim locks the next due row (SKIP LOCKED) in the
 * current transaction: 1 with it, 0 when none is due, -1 on failure.
 * db_outbox_retry returns 1 when a failed row was queued again, else 0. */
int	 db_outbox_add(struct db *, const char *uuid, const char *type,
	    const char *body, const char *created_at, int retry_hours);
int	 db_outbox_claim(struct db *, struct db_outbox *);
int	 db_outbox_result(struct db *, long long id, const char *status,
	    long long delay_seconds, const char *error, int webhook_done,
	    int smtp_done);
int	 db_delivery_add(struct db *, long long outbox_id,
	    const char *transport, int ok, long http_status,
	    const char *smtp_reply, const char *error);
int	 db_outbox_list(struct db *, int limit,
	    int (*fn)(const struct db_outbox_row *, void *), void *arg);
int	 db_deliveries_since(struct db *, long long first_outbox_id,
	    int (*fn)(const struct db_delivery *, void *), void *arg);
int	 db_outbox_retry(struct db *, long long id, int retry_hours);

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

struct db_registration {
	long long id;
	long long event_id;
	long long org_id;
	long long user_id;	/* 0 when registered without an account */
	char	 name[601];
	char	 email[1017];
	char	 job_title[601];
	char	 lang[3];	/* of the mails to the registrant */
	char	 status[16];	/* confirmed, waiting, cancelled */
	char	 created[24];	/* UTC */
	char	 org_name[601];
	long long position;	/* on the waiting list; 0 when not waiting */
};

struct db_material {
	long long id;
	char	 title[801];
	char	 url[501];
	char	 body[16001];
	char	 created[24];	/* UTC */
};

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
/* Stores a registration (event_id, org_id, user_id, name, email,
 * job_title, status of g) with its token's hash. Returns its id, or -1. */
long long db_reg_add(struct db *, const struct db_registration *g,
	    const unsigned char token_hash[32], long long waiting_seq);
/* Reads a registration by its token's hash, or by id within an event.
 * Return 1, 0 when none, -1. */
int	 db_reg_by_token(struct db *, const unsigned char hash[32],
	    struct db_registration *);
int	 db_reg_by_id(struct db *, long long event_id, long long id,
	    struct db_registration *);
/* Sets a registration's status (stamping promotion or cancellation). */
int	 db_reg_set_status(struct db *, long long id, const char *status);
/* Calls fn per registration of the event: all (by organisation, status,
 * name) or the waiting list in order. Returns the count or -1. */
int	 db_regs_list(struct db *, long long event_id, int waiting_only,
	    int (*fn)(const struct db_registration *, void *), void *arg);
/* Calls fn per registration of a municipality, for every event (with
 * the event's title and start), by event. Returns the count or -1. */
int	 db_regs_of_org(struct db *, long long org_id,
	    int (*fn)(const struct db_registration *, const char *title,
	    const char *starts_at, void *), void *arg);
int	 db_material_add(struct db *, long long event_id, const char *title,
	    const char *url, const char *body);
int	 db_materials_list(struct db *, long long event_id,
	    int (*fn)(const struct db_material *, void *), void *arg);

/* Questionnaires: the one of a year and version (1 with its id and
 * checksum, 0 when none, -1), and storing a new one (its id, or -1). */
int	 db_questionnaire_get(struct db *, int year, int version,
	    long long *id, char checksum[65]);
long long db_questionnaire_add(struct db *, int year, int version,
	    const char *checksum, const char *xml);

struct db_round {
	long long id;
	long long org_id;
	char	 org_name[601];
	long long year;
	long long qn_id;
	char	 status[16];	/* draft, submitted */
	char	 submitted_at[24];	/* UTC, "" when not */
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

/* Migration support for cimolt-admin (fixed SQL from schema/ only). */
int	 db_exec_script(struct db *, const char *sql, size_t len);
/* Looks up the checksum recorded for a migration into hex[65].
 * Returns 1 when found, 0 when not applied, -1 on failure. */
int	 db_migration_get(struct db *, const char *name, char hex[65]);
int	 db_migration_put(struct db *, const char *name, const char *hex);
int	 db_migrations_init(struct db *);

/* ---- routes.c and the handlers (handle_*.c) ---------------------------- */

#define QN_CACHE 4

struct worker {
	const struct config *cfg;
	const struct render *render;
	struct db	*db;
	/* Questionnaires parsed from the database, by id: a round's version
	 * never changes, so what is parsed once stays right. */
	struct qn	*qn[QN_CACHE];
	long long	 qn_id[QN_CACHE];
	size_t		 qn_next;
};

/* Fills o for r: finds the route, checks method and role, runs the
 * handler in a transaction (retried when the database asks for it) and
 * turns failures into error pages. Returns 0/-1 (-1: nothing to send). */
int	 route_dispatch(struct worker *, struct req *r, struct resp *o);
/* Fills o with the rendered error page for status. Returns 0/-1. */
int	 error_page(const struct req *, struct resp *o, int status,
	    const char *allow);

/* Makes o a 303 to location, keeping headers already set. Returns 0/-1. */
int	 redirect(struct resp *o, const char *location);

/* The handlers: each fills o (a page document, a redirect or a text) and
 * returns 0, or -1 when it failed (the dispatcher answers 500 or 503). */
int	 handle_home(struct worker *, struct req *, struct resp *);
int	 handle_healthz(struct worker *, struct req *, struct resp *);
int	 handle_beheer(struct worker *, struct req *, struct resp *);
int	 handle_login(struct worker *, struct req *, struct resp *);
int	 handle_logout(struct worker *, struct req *, struct resp *);
int	 handle_account(struct worker *, struct req *, struct resp *);
int	 handle_password(struct worker *, struct req *, struct resp *);
int	 handle_invitation(struct worker *, struct req *, struct resp *);
int	 handle_forgot(struct worker *, struct req *, struct resp *);
int	 handle_reset(struct worker *, struct req *, struct resp *);
int	 handle_members(struct worker *, struct req *, struct resp *);
int	 handle_member_remove(struct worker *, struct req *, struct resp *);
int	 handle_deliveries(struct worker *, struct req *, struct resp *);
int	 handle_delivery_retry(struct worker *, struct req *, struct resp *);
int	 handle_users(struct worker *, struct req *, struct resp *);
int	 handle_user_disable(struct worker *, struct req *, struct resp *);
int	 handle_organisations(struct worker *, struct req *, struct resp *);
int	 handle_audit(struct worker *, struct req *, struct resp *);
int	 handle_programme(struct worker *, struct req *, struct resp *);
int	 handle_event(struct worker *, struct req *, struct resp *);
int	 handle_event_ics(struct worker *, struct req *, struct resp *);
int	 handle_register(struct worker *, struct req *, struct resp *);
int	 handle_registration(struct worker *, struct req *, struct resp *);
int	 handle_registration_cancel(struct worker *, struct req *,
	    struct resp *);
int	 handle_event_new(struct worker *, struct req *, struct resp *);
int	 handle_event_edit(struct worker *, struct req *, struct resp *);
int	 handle_event_admin(struct worker *, struct req *, struct resp *);
int	 handle_attendance(struct worker *, struct req *, struct resp *);
int	 handle_material_add(struct worker *, struct req *, struct resp *);
int	 handle_registration_cancel_admin(struct worker *, struct req *,
	    struct resp *);
int	 handle_registrations_csv(struct worker *, struct req *,
	    struct resp *);
int	 handle_org_overview(struct worker *, struct req *, struct resp *);
int	 handle_monitor(struct worker *, struct req *, struct resp *);
int	 handle_monitor_round(struct worker *, struct req *, struct resp *);
int	 handle_monitor_section(struct worker *, struct req *, struct resp *);
int	 handle_monitor_submit(struct worker *, struct req *, struct resp *);
int	 handle_monitor_prefill(struct worker *, struct req *, struct resp *);
int	 handle_monitor_result(struct worker *, struct req *, struct resp *);
int	 handle_monitor_csv(struct worker *, struct req *, struct resp *);
int	 handle_rounds_admin(struct worker *, struct req *, struct resp *);
int	 handle_round_reopen(struct worker *, struct req *, struct resp *);

/* Shared by the programme's pages (handle_programme.c): an <event> with
 * its counts and registration state (own: with the visitor's
 * municipality's counts), and an event's <materials>. Return 0/-1. */
int	 event_xml(xmlNodePtr parent, const struct db_event *, int own);
int	 materials_xml(struct db *, xmlNodePtr parent, long long event_id);
/* Adds the organisations as options of an "organisation" field: the
 * municipalities under <province name>, and with all the others under
 * <group kind>. Returns 0/-1. */
int	 org_options(struct db *, xmlNodePtr field, int all);

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

/* ---- worker.c, courier.c, master.c ------------------------------------ */

/* Serves requests on the listening socket until told to stop. Never
 * returns: exits the process. */
void	 worker_main(const struct config *, const struct render *, int fd)
	    __attribute__((noreturn));
/* Delivers outgoing mail until told to stop. Never returns. */
void	 courier_main(const struct config *) __attribute__((noreturn));
/* Runs the master: opens the socket, forks and supervises the children.
 * Returns the process exit status. */
int	 master_run(const char *config_file);

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

/* ---- csv.c: lists to import ------------------------------------------ */

/* The separator a header line uses: ';' or ','. */
char	 csv_separator(const char *header);
/*
 * Splits one line in place into at most max fields (quotes removed).
 * Returns the number of fields, or -1 when the line is malformed or has
 * more than max fields.
 */
int	 csv_split(char *line, char sep, char **fields, size_t max);

/* A growing buffer for an export. */
struct csv_out {
	char	*buf;		/* malloc'd, NUL-terminated */
	size_t	 len, cap;
};

/* Appends n bytes of s. Returns 0/-1. */
int	 csv_put(struct csv_out *, const char *s, size_t n);
/* Appends one field for Dutch Excel (';' after it, or CRLF when last),
 * quoted where needed and defused against formulas. Returns 0/-1. */
int	 csv_field(struct csv_out *, const char *s, int last);

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

/* ---- ics.c: iCalendar ------------------------------------------------- */

/* The event as an iCalendar file (malloc'd, *len bytes), or NULL. */
char	*ics_event(const struct db_event *, const char *base_url, size_t *len);

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

enum theme {
	THEME_GENERAL,
	THEME_PROCUREMENT,
	THEME_AMBITION,
	THEME_EMBEDDING,
	THEME_COMMUNICATION,
	THEME_COOPERATION,
	THEME__MAX
};

enum category {
	CAT_GWW,
	CAT_BUILDING,
	CAT_OFFICE,
	CAT_MOBILITY,
	CAT_ENERGY,
	CAT__MAX
};

extern const char *const theme_names[THEME__MAX];
extern const char *const category_names[CAT__MAX];

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

/* ---- stats.c: descriptive statistics for the benchmark --------------- */

struct stats {
	size_t	 n;
	double	 min, q1, median, q3, max;	/* when n > 0 */
};

/* Describes v[0..n-1] (sorting it in place) with exact type-7
 * quartiles. Returns 1 with figures, 0 for an empty group. */
int	 stats_describe(double *v, size_t n, struct stats *out);
/* The mid-rank percentile of x in v[0..n-1]: the share below it plus
 * half the share equal to it, 0-100 (0 for an empty group). */
double	 stats_percentile(const double *v, size_t n, double x);

/* ---- migrate.c -------------------------------------------------------- */

/* Applies the pending migrations under dir in name order. Returns 0/-1. */
int	 migrate_run(struct db *, const char *dir);

/* ---- issue 6: benchmark and advice ------------------------------------ */

/* Peer groups: all participants of a year, those of one province, those
 * of one size class. */
enum peer_group {
	PG_ALL,
	PG_PROVINCE,
	PG_SIZE,
	PG__MAX
};

extern const char *const peer_group_names[PG__MAX];	/* all, province, size */

/* One group: its kind and the key stored with it ("" for all, the
 * province id in decimal, or the size class). */
struct peer_key {
	enum peer_group grp;
	long long province;	/* PG_PROVINCE */
	char	 size[16];	/* PG_SIZE */
	char	 key[17];
};

/* The scopes the benchmark shows, in page order. */
struct bench_scope {
	const char *scope;
	const char *key;
};

#define BENCH_SCOPES 20
extern const struct bench_scope bench_scopes[BENCH_SCOPES];

/* The groups an organisation belongs to. */
struct db_org_groups {
	long long province_id;	/* 0: none */
	char	 size_class[16];
	char	 province[601];
};

struct db_peer_stat {
	char	 scope[16];
	char	 key[49];
	long long n;
	double	 min, q1, median, q3, max;
	int	 has_own;	/* the round has a score here */
	double	 own;
	int	 has_pos;	/* below and equal are current */
	long long below, equal;
};

struct db_trend {
	long long year;
	char	 scope[16];
	char	 key[49];
	int	 has_own;
	double	 own;
	long long participants;	/* of the group that year */
	long long n;		/* with a score in this scope */
	double	 median;
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
};

#define ADV_TEXT_MAX	4000	/* characters of an advice text */
#define ADV_HREF_MAX	1000

/* A link of an advice rule: a practice (issue 7) or an address. */
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

/* db.c. Lists return the count or -1; getters 1, 0 when none, -1. */
int	 db_org_groups(struct db *, long long org_id, struct db_org_groups *);
/* Whether an organisation opted in to be named (0/1), or -1. */
int	 db_org_show_name(struct db *, long long org_id);
int	 db_org_set_show_name(struct db *, long long org_id, int show);
int	 db_peer_participants(struct db *, int year, const struct peer_key *,
	    long long *n);
/* A group's scores (scope, key, score), unordered. */
int	 db_peer_values(struct db *, int year, const struct peer_key *,
	    int (*fn)(const char *, const char *, double, void *), void *arg);
/* Stores a group with a new version and removes its statistics. */
int	 db_peer_group_put(struct db *, int year, const struct peer_key *,
	    long long participants);
int	 db_peer_stat_put(struct db *, int year, const struct peer_key *,
	    const char *scope, const char *key, const struct stats *);
int	 db_peer_group_get(struct db *, int year, const struct peer_key *,
	    long long *participants, long long *version);
/* A group's statistics with round_id's own scores and positions (0: no
 * round). */
int	 db_peer_stats_list(struct db *, int year, const struct peer_key *,
	    long long version, long long round_id,
	    int (*fn)(const struct db_peer_stat *, void *), void *arg);
/* Computes and stores a round's positions in a group under version. */
int	 db_peer_positions_put(struct db *, int year, const struct peer_key *,
	    long long version, long long round_id);
int	 db_peer_trend(struct db *, long long org_id, const struct peer_key *,
	    int (*fn)(const struct db_trend *, void *), void *arg);
/* Municipalities of a province (0: all), rounds started, submitted. */
int	 db_region_participation(struct db *, int year, long long province,
	    long long out[3]);
/* The scores of the named (opted-in) submitted municipalities. */
int	 db_region_named(struct db *, int year, long long province,
	    int (*fn)(const struct db_named_score *, void *), void *arg);
int	 db_participation(struct db *,
	    int (*fn)(const struct db_participation *, void *), void *arg);
/* The best limit scores of a level in a year, best first. */
int	 db_ranking(struct db *, int year, const char *level, int limit,
	    int (*fn)(const struct db_rank_row *, void *), void *arg);
long long db_rounds_submitted(struct db *, int year);
/* A page of a year's submitted rounds by name, a row per score. */
int	 db_year_scores(struct db *, int year, long long limit,
	    long long offset, int (*fn)(const struct db_year_score *, void *),
	    void *arg);
/* Inserts a round's answers from a JSON array of [id, value, dont_know]. */
int	 db_answers_bulk(struct db *, long long round_id, const char *json);
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
/* The active organisers' addresses, comma-separated ("" when none). */
int	 db_organiser_emails(struct db *, char *buf, size_t sz);
int	 db_advice_set_get(struct db *, int version, long long *id,
	    char checksum[65]);
long long db_advice_set_add(struct db *, int version, const char *checksum,
	    const char *xml);
int	 db_advice_rule_add(struct db *, long long set_id,
	    const struct adv_rule *);
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
/* Whether a user opted in as a practices' contact person (0/1, -1), and
 * withdrawing that (rows removed, or -1): their practices then show no
 * contact person and take no questions. */
int	 db_contact_get(struct db *, long long user_id);
long long db_contact_withdraw(struct db *, long long user_id);
/* Every province's id (malloc'd array in *ids). Returns 0/-1. */
int	 db_province_ids(struct db *, long long **ids, size_t *n);

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
/* A group's statistics by bench_scopes index (has[i]: present) with
 * round_id's own scores and positions, computing those when the group
 * changed since (round_id 0: no own values). Returns 0/-1. */
int	 benchmark_stats(struct db *, int year, const struct peer_key *,
	    long long version, long long round_id,
	    struct db_peer_stat *out, int *has);
/* top-quartile, above-median, at-median, below-median, bottom-quartile. */
const char *bench_position(const struct db_peer_stat *);
/* The mid-rank percentile of the own value, 0-100. */
double	 bench_percentile(const struct db_peer_stat *);

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

/* handle_monitor.c: questionnaire id, parsed once per worker (a later
 * call may evict an earlier one from the cache), or NULL. */
const struct qn *qn_get(struct worker *, long long id);

/* handle_benchmark.c and handle_advice.c */
/* Adds <years> with the years org_id submitted a round in, newest first,
 * current marked. Returns 0/-1. */
int	 submitted_years_xml(struct worker *, long long org_id,
	    xmlNodePtr parent, long long current);
int	 handle_benchmark(struct worker *, struct req *, struct resp *);
int	 handle_benchmark_year(struct worker *, struct req *, struct resp *);
int	 handle_region(struct worker *, struct req *, struct resp *);
int	 handle_region_year(struct worker *, struct req *, struct resp *);
int	 handle_region_csv(struct worker *, struct req *, struct resp *);
int	 handle_show_name(struct worker *, struct req *, struct resp *);
int	 handle_overview(struct worker *, struct req *, struct resp *);
int	 handle_overview_year(struct worker *, struct req *, struct resp *);
int	 handle_participation_csv(struct worker *, struct req *,
	    struct resp *);
int	 handle_year_scores_csv(struct worker *, struct req *, struct resp *);
int	 handle_advice(struct worker *, struct req *, struct resp *);
int	 handle_advice_year(struct worker *, struct req *, struct resp *);
int	 handle_advice_request(struct worker *, struct req *, struct resp *);
int	 handle_advice_admin(struct worker *, struct req *, struct resp *);
int	 handle_advice_status(struct worker *, struct req *, struct resp *);
int	 handle_advice_csv(struct worker *, struct req *, struct resp *);
int	 handle_contact_withdraw(struct worker *, struct req *, struct resp *);

/* ---- practices (issue 7): practice.c, handle_practice.c -------------- */

/* The six circular aspects (DOMAIN.md). */
enum aspect {
	ASPECT_HEALTHY,
	ASPECT_REUSE,
	ASPECT_ENERGY,
	ASPECT_NATURAL,
	ASPECT_INNOVATION,
	ASPECT_LOOPS,
	ASPECT__MAX
};

/* Contract value bands in euro, roughly the European thresholds. */
enum value_band {
	VB_UNDER_50K,
	VB_TO_215K,
	VB_TO_1M,
	VB_TO_5M,
	VB_OVER_5M,
	VB__MAX
};

extern const char *const aspect_names[ASPECT__MAX];
extern const char *const value_band_names[VB__MAX];

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
struct practice_filter {
	int	 public_only;	/* anonymous visitors */
	const char *category;
	const char *theme;
	const char *aspect;
	const char *province;	/* CBS code, PV25 */
	long long year;
	const char *match;	/* a BOOLEAN MODE query (practice_query) */
	int	 by_relevance;	/* else newest first */
	long long limit, offset;
};

/*
 * Practices in the database. Each returns as the db.c contract says:
 * ids (or -1) from adding, 1/0/-1 from lookups, counts (or -1) from
 * lists, whose callbacks return 0 to go on and -1 to stop with failure.
 */
/* Adds a practice of org_id without revisions. Returns its id or -1. */
long long db_practice_add(struct db *, const char *uuid, long long org_id,
	    long long user);
/* Adds a draft revision with p's revision fields (title ... links).
 * Returns its id or -1. */
long long db_practice_rev_add(struct db *, long long practice_id,
	    const struct db_practice *p, long long user);
/* Points the practice's working revision at rev (0: none). */
int	 db_practice_set_working(struct db *, long long id, long long rev);
/* Reads the practice row into p (locking it when lock is 1), with the
 * working revision's status. Returns 1, 0 when none, -1. */
int	 db_practice_get(struct db *, long long id, int lock,
	    struct db_practice *p);
/* Reads revision rev of the practice p holds into p's revision fields,
 * with partners, themes, aspects and links. Returns 1, 0, -1. */
int	 db_practice_rev_get(struct db *, long long rev, struct db_practice *p);
/* Marks a revision submitted by user, or reviewed (status published or
 * returned, with the remark, "" for none) by user. Return 0/-1. */
int	 db_practice_rev_submit(struct db *, long long rev, long long user);
int	 db_practice_rev_review(struct db *, long long rev, const char *status,
	    const char *remark, long long user);
/* Makes rev the published revision: clears the working one, copies the
 * text for search and stamps the times. Returns 0/-1. */
int	 db_practice_publish(struct db *, long long id, long long rev);
int	 db_practice_set_public(struct db *, long long id, int is_public);
/* Published practices as f says, one page; and how many there are. */
int	 db_practices_search(struct db *, const struct practice_filter *f,
	    int (*fn)(const struct db_practice_item *, void *), void *arg);
long long db_practices_count(struct db *, const struct practice_filter *f);
/* Every practice of a municipality (0: all), showing the working
 * revision where there is one, newest first. */
int	 db_practices_of_org(struct db *, long long org_id,
	    int (*fn)(const struct db_practice_item *, void *), void *arg);
/* Up to PRACTICE_RELATED published practices of category other than id,
 * by the aspects they share with revision rev (extra), then newest. */
int	 db_practices_related(struct db *, long long id, long long rev,
	    const char *category, int public_only,
	    int (*fn)(const struct db_practice_item *, void *), void *arg);
/* The newest PRACTICE_FEED_SIZE public published practices. */
int	 db_practices_feed(struct db *,
	    int (*fn)(const struct db_practice_item *, void *), void *arg);
/* The years of published practices (public ones only), newest first. */
int	 db_practice_years(struct db *, int public_only,
	    int (*fn)(long long year, void *), void *arg);
/* The active users of org_id who opted in as contact persons. */
int	 db_practice_contacts(struct db *, long long org_id,
	    int (*fn)(long long id, const char *name, void *), void *arg);
/* Records user's opt-in as a contact person (again: no change). */
int	 db_practice_contact_optin(struct db *, long long user);
/* A user by id, with organisation. Returns 1, 0, -1. */
int	 db_practice_user(struct db *, long long id, struct db_user *u);
/* Active users to notify: of role role (organiser), or the user author
 * and the coordinators of org_id. */
int	 db_practice_users_of_role(struct db *, const char *role,
	    int (*fn)(const struct db_user *, void *), void *arg);
int	 db_practice_author_and_coordinators(struct db *, long long author,
	    long long org_id, int (*fn)(const struct db_user *, void *),
	    void *arg);
/* Locks user's row (questions are counted one sender at a time), counts
 * the questions user sent in the last 24 hours, records one. */
int	 db_contact_lock(struct db *, long long user);
long long db_contact_count_day(struct db *, long long user);
int	 db_contact_add(struct db *, long long user, long long practice_id);

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

/* Returns the index of s in names[n], or -1 (also for NULL). */
int	 practice_code(const char *s, const char *const *names, int n);
/* Whether actor (role, organisation) may read the working revision of
 * p: its municipality's members and coordinators, organisers, admins. */
int	 practice_privileged(const struct db_user *actor, enum role,
	    const struct db_practice *p);
/* Whether a visitor (signed in or not) may read p's published revision. */
int	 practice_readable(int signed_in, const struct db_practice *p);
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
 * practice_submit (coordinator of the municipality: draft or returned),
 * practice_publish and practice_return (organisers: submitted; remark
 * required for returning), practice_set_public (organisers), and
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
	    const struct db_user *actor, long long id, int *outcome);
int	 practice_return(const struct practice_ctx *,
	    const struct db_user *actor, long long id, const char *remark,
	    int *outcome);
int	 practice_set_public(const struct practice_ctx *,
	    const struct db_user *actor, long long id, int is_public,
	    int *outcome);
int	 practice_contact(const struct practice_ctx *,
	    const struct db_user *sender, long long id, const char *message,
	    int *outcome);

int	 handle_practices(struct worker *, struct req *, struct resp *);
int	 handle_practice(struct worker *, struct req *, struct resp *);
int	 handle_practice_draft(struct worker *, struct req *, struct resp *);
int	 handle_practice_new(struct worker *, struct req *, struct resp *);
int	 handle_practice_edit(struct worker *, struct req *, struct resp *);
int	 handle_practice_submit(struct worker *, struct req *, struct resp *);
int	 handle_practice_contact(struct worker *, struct req *, struct resp *);
int	 handle_practice_feed(struct worker *, struct req *, struct resp *);
int	 handle_practices_admin(struct worker *, struct req *, struct resp *);
int	 handle_practice_review(struct worker *, struct req *, struct resp *);
int	 handle_practice_publish(struct worker *, struct req *, struct resp *);
int	 handle_practice_return(struct worker *, struct req *, struct resp *);
int	 handle_practice_public(struct worker *, struct req *, struct resp *);

#endif /* CIMOLT_EXTERN_H */
