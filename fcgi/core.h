/*
 * Layer 0, the core: logging, time, configuration, decoding, validators,
 * the shared vocabularies, tokens, passwords, CSV and statistics. Files of
 * this layer use nothing above it; every other layer may use it.
 *
 * Error contract, everywhere: functions return 0 (or a pointer) on
 * success and -1 (or NULL) on failure, and log once where the failure is
 * first seen. Where "not found" is possible it is kept apart from failure
 * and said so in the comment above the prototype.
 */
#ifndef CIMOLT_CORE_H
#define CIMOLT_CORE_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

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
/* Writes a line; errors and warnings are rate-limited per kind (the
 * same text but for its numbers): five in ten seconds, then one line
 * that counts the rest. The time goes in front unless stderr is the journal. */
void	 log_msg(enum log_level, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
/* Writes the counts of the rate-limited lines whose window is over; for
 * a process to call now and then when it may have nothing else to log. */
void	 log_flush(void);
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
/* Today's date in Dutch time, "YYYY-MM-DD". */
void	 clock_local_today(char out[11]);
/* Converts a UTC "YYYY-MM-DD HH:MM:SS" to Amsterdam time. Returns 0/-1. */
int	 clock_utc_to_local(const char *utc, char out[24]);

/* ---- vocab.c: the words every layer shares ------------------------------ */

/* Each enum ends in a __MAX sentinel and indexes its names table. */

enum lang {
	LANG_NL,
	LANG_EN,
	LANG__MAX
};

extern const char *const lang_codes[LANG__MAX];

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

/* Peer groups: all participants of a year, those of one province, those
 * of one size class. */
enum peer_group {
	PG_ALL,
	PG_PROVINCE,
	PG_SIZE,
	PG__MAX
};

extern const char *const peer_group_names[PG__MAX];	/* all, province, size */

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

/* Returns the index of s in names[n], or -1 (also for NULL). */
int	 vocab_index(const char *s, const char *const *names, int n);

/* ---- config.c: the INI configuration --------------------------------- */

/* [benchmark] size_classes: at most SIZE_BOUNDS_MAX boundaries (so at
 * most 8 classes, as many as disclosure control counts), each at most
 * SIZE_BOUND_MAX inhabitants, so a class's key fits SIZE_KEY_LEN. */
#define SIZE_BOUNDS_MAX	7
#define SIZE_BOUND_MAX	9999999LL
#define SIZE_NO_UPPER	2147483647LL	/* the top class has no bound */
#define SIZE_KEY_LEN	16

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
	int	 secure_always;	/* cookies Secure even without HTTPS=on */
	int	 max_fail_account; /* failed sign-ins per 15 min */
	int	 max_fail_address;
	int	 max_resets_account; /* reset requests per hour */
	int	 max_resets_address;
	char	*mail_from;
	char	*webhook_url;	/* NULL: no webhook */
	char	*webhook_secret;
	char	*smtp_url;	/* NULL: no SMTP */
	char	*smtp_user;
	char	*smtp_password;
	int	 retry_hours;	/* give a message up after */
	int	 retry_base_seconds; /* first retry delay, doubled each time */
	int	 min_group;	/* fewest participants a benchmark shows */
	long long size_bounds[SIZE_BOUNDS_MAX]; /* size classes' boundaries */
	int	 nsize_bounds;	/* increasing, at least 1 */
	int	 reg_hold_hours; /* a pending registration keeps its place */
	int	 reg_per_client; /* registrations per client address per hour */
	int	 reg_per_address; /* the same per registrant address */
	int	 reg_waitlist_max; /* waiting per municipality per event */
	int	 reg_org_domains; /* other domains need the coordinator */
	/* [retention]: how long personal data is kept (cimolt-admin purge) */
	int	 keep_reg_months; /* registrations' personal fields, after
				   * the event */
	int	 keep_msg_days;	/* message bodies, after delivery */
	int	 keep_fail_days; /* failed sign-ins */
	int	 keep_audit_years; /* audit lines, then pseudonymised */
	int	 cache_kb;	/* a worker's page cache; 0: none */
	int	 cache_shared;	/* trust the shared change counter */
	int	 cache_recheck_ms; /* ... for this long at most */
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
/* A path on this site to return to: "/..." but not "//...", of at most
 * RETURN_PATH_MAX bytes (it goes back in a Location header, and the
 * response headers have 2,048 bytes in all). */
#define RETURN_PATH_MAX	500
int	 valid_return_path(const char *s);

/* Text of several lines (line breaks, LF or CRLF, and tabs allowed; a
 * CR without its LF is not), at most max_chars characters; may be
 * empty. */
int	 valid_multiline(const char *s, size_t max_chars);
/* An http:// or https:// address of printable ASCII, at most 500 bytes. */
int	 valid_url(const char *s);
/* A datetime-local value "YYYY-MM-DDTHH:MM" of a real day, written to out
 * as "YYYY-MM-DD HH:MM:00". */
int	 valid_datetime(const char *s, char out[24]);
/* A date value "YYYY-MM-DD" of a real day (years 2000-2100), written to
 * out as "YYYY-MM-DD". */
int	 valid_date(const char *s, char out[24]);
/* One to ten e-mail addresses separated by commas. */
int	 valid_email_list(const char *s);
/* Text of several lines, as valid_multiline, that is not blank (only
 * spaces, tabs and line breaks). */
int	 valid_prose(const char *s, size_t max_chars);
/* A phone number: digits, spaces and + - ( ), 6 to 20 characters of
 * which at least 6 digits. */
int	 valid_phone(const char *s);
/* A code of at most max_chars capital letters and digits (a province or
 * CBS code). */
int	 valid_code(const char *s, size_t max_chars);

/*
 * The validators by kind, for the tables of form fields (form.c): an
 * enum indexing a table of functions, as kcgi's kvalid_* are used.
 */
enum valid {
	VALID_ANY,		/* anything; max: most bytes (0: any number) */
	VALID_TEXT,		/* valid_text, max characters */
	VALID_MULTILINE,	/* valid_multiline, max characters */
	VALID_PROSE,		/* valid_prose, max characters */
	VALID_EMAIL,		/* valid_email */
	VALID_EMAIL_LIST,	/* valid_email_list */
	VALID_PASSWORD,		/* valid_password */
	VALID_URL,		/* valid_url */
	VALID_PHONE,		/* valid_phone */
	VALID_RETURN_PATH,	/* valid_return_path */
	VALID_CODE,		/* valid_code, max characters */
	VALID_DATETIME,		/* valid_datetime: typed into dt */
	VALID_DATE,		/* valid_date: typed into dt */
	VALID_INT,		/* valid_int within [min, max]: typed into n */
	VALID_CHOICE,		/* one of choices: its index typed into n */
	VALID__MAX
};

/* What a validator checks a value against. */
struct valid_rule {
	long long		 min, max;
	const char *const	*choices;	/* VALID_CHOICE */
	size_t			 nchoices;
};

/* The typed value a validator gives back. */
struct valid_typed {
	long long	 n;		/* VALID_INT, VALID_CHOICE */
	char		 dt[24];	/* VALID_DATETIME */
};

/* Checks s with the validator of kind k under rule, filling *out.
 * Returns 0, or -1 when s is refused (also for NULL). */
int	 valid_as(enum valid k, const char *s, const struct valid_rule *rule,
	    struct valid_typed *out);

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


/* ---- sizeclass.c: the benchmark's size classes ------------------------ */

/* Parses "30000,60000" (increasing whole numbers, 1 to SIZE_BOUND_MAX,
 * at most SIZE_BOUNDS_MAX) into bound[0..*n). Returns 0/-1. */
int	 size_bounds_parse(const char *s, long long *bound, int *n);
/* How many classes the configuration has: boundaries + 1. */
int	 size_class_count(const struct config *);
/* Class i's inhabitants: lo <= x < hi (hi SIZE_NO_UPPER for the top). */
void	 size_class_range(const struct config *, int i, long long *lo,
	    long long *hi);
/* Class i's key: "<30k", "30k-60k", ">=60k". */
void	 size_class_key(const struct config *, int i, char out[SIZE_KEY_LEN]);
/* The index of the class with this key, or -1. */
int	 size_class_find(const struct config *, const char *key);
/* The class of a municipality with these inhabitants (-1: not known)
 * and old size_class (NULL or "": none; used only without inhabitants,
 * and only when its range lies in one class). Writes its key into out
 * ("" for none) and returns its index, or -1 for none. */
int	 size_class_of(const struct config *, long long inhabitants,
	    const char *old, char out[SIZE_KEY_LEN]);
/* A key's range back: lo <= x < hi. Returns 0, or -1 for no key. */
int	 size_key_parse(const char *key, long long *lo, long long *hi);

/* ---- stats.c: descriptive statistics for the benchmark --------------- */

struct stats {
	size_t	 n;
	double	 min, q1, median, q3, max;	/* when n > 0 */
};

/* Describes v[0..n-1] (sorting it in place) with exact type-7
 * quartiles. Returns 1 with figures, 0 for an empty group. */
int	 stats_describe(double *v, size_t n, struct stats *out);

/* Published figures (disclosure control): how many values a quantile is
 * the mean of, and the width of the ranges figures are shown in. */
#define STATS_WINDOW	3
#define STATS_STEP	5
/* The window of the p-quantile of n sorted values: the STATS_WINDOW (or
 * n, if fewer) ranks nearest (n - 1) p. Sets *first; returns its size,
 * 0 for n = 0. */
int	 stats_window(size_t n, double p, size_t *first);
/* The mean of the window of the p-quantile of sorted v[0..n-1] (0 for
 * n = 0). */
double	 stats_smooth(const double *v, size_t n, double p);
/* The lower end of the range v (0-100) falls in: [0, 10), [10, 15),
 * [15, 20), ... [85, 90), [90, 100]: STATS_STEP wide, twice that at the
 * ends of the scale. */
double	 stats_range(double v);
/* The upper end of the range that starts at lo (stats_range). */
double	 stats_range_end(double lo);

/* ---- stem.c: words and their Snowball stems (libstemmer) ------------- */

#define STEM_WORD_MAX	84	/* characters of the longest word searched */
#define STEM_SIZE	(4 * STEM_WORD_MAX + 1)	/* bytes of a word or stem */

/* The next word of s (a run of letters and digits): returns where it
 * starts and sets *len (bytes) and *chars (characters); NULL when s has
 * no word left. */
const char *stem_next_word(const char *s, size_t *len, size_t *chars);
/* The word w (len bytes, chars characters) lower-cased into out (ASCII
 * and Latin-1 capitals). Returns 0, or -1 when it is longer than
 * STEM_WORD_MAX characters. */
int	 stem_lower(const char *w, size_t len, size_t chars,
	    char out[STEM_SIZE]);
/* The Snowball stem of the lower-case word in lang into out. Returns
 * 0/-1. */
int	 stem_word(enum lang, const char *lower, char out[STEM_SIZE]);

/* ---- token.c: random capability tokens ---------------------------------- */

/* Makes a random 256-bit token (base64url) into out and its SHA-256.
 * Returns 0/-1 (out too small). */
int	 token_new(char *out, size_t outsz, unsigned char hash[32]);
/* Hashes a token given by a client; -1 when it is not well-formed. */
int	 token_hash(const char *token, unsigned char hash[32]);
/*
 * The paths whose {token} is a capability (a mailed link): "/aanmelding/",
 * "/wachtwoord/", "/uitnodiging/"; NULL-terminated. nginx/cimolt-http.conf
 * masks the same paths in the access log.
 */
extern const char *const capability_paths[];
/* Replaces, in place, the token after every capability path in s with
 * TOKEN_REDACTED. Returns how many it replaced. */
#define TOKEN_REDACTED	"REDACTED"
size_t	 token_redact(char *s);

#endif /* CIMOLT_CORE_H */
