/*
 * The courier: the one process that sends what the outbox holds, and the
 * only file that calls libcurl.
 *
 * Each round it claims the next due row with SELECT ... FOR UPDATE SKIP
 * LOCKED inside a transaction, delivers it over every configured
 * transport not yet done for that row (the signed webhook, SMTP), and
 * commits the outcome with the row: sent, failed (HTTP 410, or out of
 * time), or pending again after an exponential backoff with jitter. The
 * row stays locked while it is delivered, so couriers on other hosts skip
 * it; if this one is killed mid-delivery its transaction rolls back and
 * the row is due at once for the next courier: nothing is lost, and a
 * message may arrive twice (at least once), which the delivery id lets a
 * receiver notice.
 *
 * Each attempt is logged in `deliveries` before it is made, committed on
 * a second connection of the courier's own (the first is in the row's
 * transaction), and closed with its result in the row's transaction. An
 * attempt cut off by a kill thus stays in the log without a result, and
 * organisers see every duplicate that at-least-once delivery causes.
 *
 * SIGTERM is blocked while a row is handled, so a delivery in flight is
 * finished and recorded before the courier exits, provided the receiver
 * answers before the master's drain time (4.5 s) runs out; a slower one
 * (transfers may take up to 10 s) is killed, its transaction rolls back,
 * and the message goes again later: at least once, never lost.
 *
 * Between deliveries the courier runs its scheduler: jobs that are due
 * by the date, run every SCHED_MS, each safe to run on any number of
 * couriers at once (the database decides which one does the work).
 * The monitor's reminders are one (monitor_reminders_run).
 */
#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>
#include <jansson.h>
#include <sodium.h>

#include "programs.h"

#define POLL_MS		250	/* how often an idle courier looks */
#define RELEASE_MS	1000	/* how often it expires pending registrations */
#define SCHED_MS	10000	/* how often the scheduler's jobs run */
#define CONNECT_SECS	5L
#define TOTAL_SECS	10L
#define BACKOFF_MAX	3600

static volatile sig_atomic_t stopping;

static void
on_term(int sig)
{
	(void)sig;
	stopping = 1;
}

/* The outcome of one transport's attempt. */
struct attempt {
	int	 ok;
	long	 http_status;		/* webhook: 0 when no answer */
	char	 smtp_reply[64];	/* SMTP: the last reply code */
	char	 error[300];
};

/* Discards a response body: only the status matters. */
static size_t
discard(char *p, size_t size, size_t n, void *arg)
{
	(void)p;
	(void)arg;
	return size * n;
}

/* Sets what every transfer needs: no signals, bounded time. */
static void
common_options(CURL *c)
{
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, CONNECT_SECS);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, TOTAL_SECS);
}

/*
 * Writes the signature header value: t=<unix time>,v1=<hex HMAC-SHA256
 * over "<t>.<body>" keyed with the webhook secret>.
 */
static void
sign(const struct config *cfg, const char *body, time_t t, char *out,
    size_t sz)
{
	crypto_auth_hmacsha256_state	 st;
	unsigned char			 mac[crypto_auth_hmacsha256_BYTES];
	char				 ts[24], hex[2 * sizeof(mac) + 1];

	snprintf(ts, sizeof(ts), "%lld", (long long)t);
	crypto_auth_hmacsha256_init(&st,
	    (const unsigned char *)cfg->webhook_secret,
	    strlen(cfg->webhook_secret));
	crypto_auth_hmacsha256_update(&st, (const unsigned char *)ts,
	    strlen(ts));
	crypto_auth_hmacsha256_update(&st, (const unsigned char *)".", 1);
	crypto_auth_hmacsha256_update(&st, (const unsigned char *)body,
	    strlen(body));
	crypto_auth_hmacsha256_final(&st, mac);
	sodium_bin2hex(hex, sizeof(hex), mac, sizeof(mac));
	snprintf(out, sz, "X-Cimolt-Signature: t=%s,v1=%s", ts, hex);
}

/* POSTs the row's body to the webhook. */
static void
webhook(const struct config *cfg, const struct db_outbox *m,
    struct attempt *a)
{
	CURL			*c;
	struct curl_slist	*h = NULL, *more;
	char			 line[256];
	CURLcode		 rc;
	int			 failed = 0;

	memset(a, 0, sizeof(*a));
	if ((c = curl_easy_init()) == NULL) {
		snprintf(a->error, sizeof(a->error), "curl_easy_init failed");
		return;
	}
	common_options(c);
#define ADD(s) do { \
		if ((more = curl_slist_append(h, (s))) == NULL) \
			failed = 1; \
		else \
			h = more; \
	} while (0)
	ADD("Content-Type: application/json");
	ADD("Expect:");	/* no 100-continue round trip */
	snprintf(line, sizeof(line), "X-Cimolt-Event: %s", m->type);
	ADD(line);
	snprintf(line, sizeof(line), "X-Cimolt-Delivery: %s", m->uuid);
	ADD(line);
	sign(cfg, m->body, time(NULL), line, sizeof(line));
	ADD(line);
#undef ADD
	if (failed) {
		snprintf(a->error, sizeof(a->error), "out of memory");
		goto out;
	}
	curl_easy_setopt(c, CURLOPT_URL, cfg->webhook_url);
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
	curl_easy_setopt(c, CURLOPT_POSTFIELDS, m->body);
	curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, (long)strlen(m->body));
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, discard);
	curl_easy_setopt(c, CURLOPT_USERAGENT, "cimoltd/" PACKAGE_VERSION);
	if ((rc = curl_easy_perform(c)) != CURLE_OK) {
		snprintf(a->error, sizeof(a->error), "%s",
		    curl_easy_strerror(rc));
		goto out;
	}
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &a->http_status);
	a->ok = a->http_status >= 200 && a->http_status < 300;
	if (!a->ok)
		snprintf(a->error, sizeof(a->error), "HTTP %ld",
		    a->http_status);
out:
	curl_slist_free_all(h);
	curl_easy_cleanup(c);
}

/* The message of an SMTP upload, read by libcurl in pieces. */
struct upload {
	char	*buf;
	size_t	 len, off;
};

static size_t
upload_read(char *dst, size_t size, size_t n, void *arg)
{
	struct upload	*u = arg;
	size_t		 k = size * n;

	if (k > u->len - u->off)
		k = u->len - u->off;
	memcpy(dst, u->buf + u->off, k);
	u->off += k;
	return k;
}

/* Returns 1 when s is plain printable ASCII (no header encoding needed). */
static int
ascii(const char *s)
{
	for (; *s != '\0'; s++)
		if ((unsigned char)*s < 0x20 || (unsigned char)*s > 0x7e)
			return 0;
	return 1;
}

/*
 * Appends a Subject header to buf, as RFC 2047 encoded words when the
 * text is not ASCII: base64 of at most 45 bytes each (60 characters, in
 * the 75 a word may have), split between UTF-8 characters, one word per
 * folded line. Returns 0/-1 when it does not fit.
 */
static int
subject_header(char *buf, size_t sz, size_t *len, const char *s)
{
	size_t	 n = strlen(s), i = 0, k;
	char	 b64[sodium_base64_ENCODED_LEN(45,
	    sodium_base64_VARIANT_ORIGINAL)];
	int	 w;

	if (ascii(s)) {
		w = snprintf(buf + *len, sz - *len, "Subject: %s\r\n", s);
		if (w < 0 || (size_t)w >= sz - *len)
			return -1;
		*len += (size_t)w;
		return 0;
	}
	w = snprintf(buf + *len, sz - *len, "Subject:");
	if (w < 0 || (size_t)w >= sz - *len)
		return -1;
	*len += (size_t)w;
	while (i < n) {
		k = n - i > 45 ? 45 : n - i;
		/* Do not cut a character: back up to a lead byte. */
		while (i + k < n && k > 0 &&
		    ((unsigned char)s[i + k] & 0xc0) == 0x80)
			k--;
		sodium_bin2base64(b64, sizeof(b64),
		    (const unsigned char *)s + i, k,
		    sodium_base64_VARIANT_ORIGINAL);
		w = snprintf(buf + *len, sz - *len, "%s=?UTF-8?B?%s?=",
		    i ? "\r\n " : " ", b64);
		if (w < 0 || (size_t)w >= sz - *len)
			return -1;
		*len += (size_t)w;
		i += k;
	}
	if (*len + 2 >= sz)
		return -1;
	memcpy(buf + *len, "\r\n", 2);
	*len += 2;
	return 0;
}

/* Copies the address out of "Name <addr>" (or a bare address). */
static void
address_of(const char *from, char *out, size_t sz)
{
	const char *lt = strchr(from, '<'), *gt;

	if (lt != NULL && (gt = strchr(lt, '>')) != NULL)
		snprintf(out, sz, "<%.*s>", (int)(gt - lt - 1), lt + 1);
	else
		snprintf(out, sz, "<%s>", from);
}

/*
 * Appends text to buf (of size sz, *len used) with every line end CRLF
 * (RFC 5322 section 2.3), ending in one: a bare CR or a bare LF becomes
 * CRLF too, so that no receiver can see a line end (and
 * "<CR>.<CR><LF>" the end of the data: SMTP smuggling) where libcurl,
 * whose dot-stuffing looks at CRLF only, saw none. Returns 0/-1 (no
 * room).
 */
static int
crlf_text(char *buf, size_t sz, size_t *len, const char *text)
{
	size_t n = *len;

	for (const char *p = text; *p != '\0'; p++) {
		if (n + 3 >= sz)
			return -1;
		if (*p == '\r' || *p == '\n') {
			buf[n++] = '\r';
			buf[n++] = '\n';
			if (*p == '\r' && p[1] == '\n')
				p++;
		} else
			buf[n++] = *p;
	}
	if (n + 3 >= sz)
		return -1;
	if (n == 0 || buf[n - 1] != '\n') {
		buf[n++] = '\r';
		buf[n++] = '\n';
	}
	*len = n;
	return 0;
}

/*
 * Builds the RFC 5322 message for the mail part of the row's body into
 * u->buf (malloc'd) and the recipients into *rcpt. Returns 0/-1.
 */
static int
build_message(const struct config *cfg, const struct db_outbox *m,
    json_t *mail, struct upload *u, struct curl_slist **rcpt,
    char *err, size_t errsz)
{
	json_t		*to = json_object_get(mail, "to"), *v;
	const char	*subject = json_string_value(json_object_get(mail,
	    "subject"));
	const char	*text = json_string_value(json_object_get(mail, "text"));
	const char	*reply = json_string_value(json_object_get(mail,
	    "reply_to"));
	json_t		*cal;
	const char	*method, *ics;
	char		 date[64], addr[300];
	size_t		 i, len = 0, sz;
	struct tm	 tm;
	time_t		 now = time(NULL);
	struct curl_slist *more;
	int		 w;

	if (!json_is_array(to) || subject == NULL || text == NULL) {
		snprintf(err, errsz, "the message has no recipient, "
		    "subject or text");
		return -1;
	}
	cal = json_object_get(mail, "calendar");
	method = json_string_value(json_object_get(cal, "method"));
	ics = json_string_value(json_object_get(cal, "text"));
	if (cal != NULL && (method == NULL || ics == NULL ||
	    strspn(method, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != strlen(method))) {
		snprintf(err, errsz, "the message's calendar has no method "
		    "or text");
		return -1;
	}
	/* CRLF doubles at most */
	sz = strlen(text) * 2 + (ics ? strlen(ics) * 2 : 0) + 4096;
	if ((u->buf = malloc(sz)) == NULL)
		return -1;
	gmtime_r(&now, &tm);
	strftime(date, sizeof(date), "%a, %d %b %Y %H:%M:%S +0000", &tm);
	w = snprintf(u->buf, sz, "Date: %s\r\nFrom: %s\r\nTo: ", date,
	    cfg->mail_from);
	if (w < 0 || (size_t)w >= sz)
		return -1;
	len = (size_t)w;
	json_array_foreach(to, i, v) {
		if (!json_is_string(v))
			continue;
		address_of(json_string_value(v), addr, sizeof(addr));
		if ((more = curl_slist_append(*rcpt, addr)) == NULL)
			return -1;
		*rcpt = more;
		w = snprintf(u->buf + len, sz - len, "%s%s", i ? ", " : "",
		    json_string_value(v));
		if (w < 0 || (size_t)w >= sz - len)
			return -1;
		len += (size_t)w;
	}
	w = snprintf(u->buf + len, sz - len, "\r\n");
	if (w < 0 || (size_t)w >= sz - len)
		return -1;
	len += (size_t)w;
	if (subject_header(u->buf, sz, &len, subject) == -1)
		return -1;
	if (reply != NULL) {
		w = snprintf(u->buf + len, sz - len, "Reply-To: %s\r\n", reply);
		if (w < 0 || (size_t)w >= sz - len)
			return -1;
		len += (size_t)w;
	}
	w = snprintf(u->buf + len, sz - len,
	    "Message-ID: <%s@cimolt>\r\n"
	    "MIME-Version: 1.0\r\n", m->uuid);
	if (w < 0 || (size_t)w >= sz - len)
		return -1;
	len += (size_t)w;
	/* With a calendar: the text, then the .ics (RFC 6047 2.4), as two
	 * parts of a multipart/mixed whose boundary is the delivery id (no
	 * line of either part can hold it). */
	if (ics != NULL)
		w = snprintf(u->buf + len, sz - len,
		    "Content-Type: multipart/mixed; boundary=\"=%s\"\r\n"
		    "X-Cimolt-Event: %s\r\n"
		    "X-Cimolt-Delivery: %s\r\n"
		    "\r\n"
		    "--=%s\r\n"
		    "Content-Type: text/plain; charset=utf-8\r\n"
		    "Content-Transfer-Encoding: 8bit\r\n"
		    "\r\n", m->uuid, m->type, m->uuid, m->uuid);
	else
		w = snprintf(u->buf + len, sz - len,
		    "Content-Type: text/plain; charset=utf-8\r\n"
		    "Content-Transfer-Encoding: 8bit\r\n"
		    "X-Cimolt-Event: %s\r\n"
		    "X-Cimolt-Delivery: %s\r\n"
		    "\r\n", m->type, m->uuid);
	if (w < 0 || (size_t)w >= sz - len)
		return -1;
	len += (size_t)w;
	if (crlf_text(u->buf, sz, &len, text) == -1)
		return -1;
	if (ics != NULL) {
		/* The CRLF before a boundary is the boundary's (RFC 2046
		 * 5.1.1): one more keeps the text's own last line end. */
		w = snprintf(u->buf + len, sz - len,
		    "\r\n--=%s\r\n"
		    "Content-Type: text/calendar; charset=utf-8; method=%s\r\n"
		    "Content-Disposition: attachment; filename=\"cimolt.ics\"\r\n"
		    "Content-Transfer-Encoding: 8bit\r\n"
		    "\r\n", m->uuid, method);
		if (w < 0 || (size_t)w >= sz - len)
			return -1;
		len += (size_t)w;
		if (crlf_text(u->buf, sz, &len, ics) == -1)
			return -1;
		w = snprintf(u->buf + len, sz - len, "\r\n--=%s--\r\n",
		    m->uuid);
		if (w < 0 || (size_t)w >= sz - len)
			return -1;
		len += (size_t)w;
	}
	u->len = len;
	return 0;
}
/* Sends the row's mail over SMTP. */
static void
smtp(const struct config *cfg, const struct db_outbox *m, struct attempt *a)
{
	CURL			*c = NULL;
	struct curl_slist	*rcpt = NULL;
	struct upload		 u = { NULL, 0, 0 };
	json_t			*doc;
	json_error_t		 jerr;
	char			 from[300];
	long			 code = 0;
	CURLcode		 rc;

	memset(a, 0, sizeof(*a));
	if ((doc = json_loads(m->body, 0, &jerr)) == NULL) {
		snprintf(a->error, sizeof(a->error), "body is not JSON "
		    "(line %d, column %d)", jerr.line, jerr.column);
		return;
	}
	/* Nobody to mail (an event without notification addresses): the
	 * webhook carried it, and SMTP has nothing to do. */
	if (json_array_size(json_object_get(json_object_get(doc, "mail"),
	    "to")) == 0) {
		a->ok = 1;
		snprintf(a->smtp_reply, sizeof(a->smtp_reply), "no recipients");
		goto out;
	}
	if (build_message(cfg, m, json_object_get(doc, "mail"), &u, &rcpt,
	    a->error, sizeof(a->error)) == -1) {
		if (a->error[0] == '\0')
			snprintf(a->error, sizeof(a->error),
			    "cannot build the message");
		goto out;
	}
	if ((c = curl_easy_init()) == NULL) {
		snprintf(a->error, sizeof(a->error), "curl_easy_init failed");
		goto out;
	}
	common_options(c);
	address_of(cfg->mail_from, from, sizeof(from));
	curl_easy_setopt(c, CURLOPT_URL, cfg->smtp_url);
	curl_easy_setopt(c, CURLOPT_MAIL_FROM, from);
	curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt);
	curl_easy_setopt(c, CURLOPT_READFUNCTION, upload_read);
	curl_easy_setopt(c, CURLOPT_READDATA, &u);
	curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
	if (cfg->smtp_user != NULL) {
		curl_easy_setopt(c, CURLOPT_USERNAME, cfg->smtp_user);
		curl_easy_setopt(c, CURLOPT_PASSWORD,
		    cfg->smtp_password ? cfg->smtp_password : "");
		/* Never send a password in the clear when TLS is to be had. */
		curl_easy_setopt(c, CURLOPT_USE_SSL, (long)CURLUSESSL_TRY);
	}
	rc = curl_easy_perform(c);
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
	if (code != 0)
		snprintf(a->smtp_reply, sizeof(a->smtp_reply), "%ld", code);
	if (rc != CURLE_OK)
		snprintf(a->error, sizeof(a->error), "%s",
		    curl_easy_strerror(rc));
	else
		a->ok = 1;
out:
	curl_easy_cleanup(c);
	curl_slist_free_all(rcpt);
	free(u.buf);
	json_decref(doc);
}

/*
 * The delay before attempt n+1: base * 2^(n-1), capped at an hour, then
 * "equal jitter" (half fixed, half random), so couriers that failed
 * together do not retry together.
 */
static long long
backoff(const struct config *cfg, long long attempts)
{
	long long d = cfg->retry_base_seconds, lo;

	for (long long i = 1; i < attempts && d < BACKOFF_MAX; i++)
		d *= 2;
	if (d > BACKOFF_MAX)
		d = BACKOFF_MAX;
	/* A delay from ceil(d/2) to d: never 0, so a retry never comes at
	 * once, not even with a base of one second. */
	lo = (d + 1) / 2;
	return lo + (long long)randombytes_uniform((uint32_t)(d - lo + 1));
}

/* Records one attempt in the delivery log at once, with its result
 * (one that was never made). Returns 0/-1. */
static int
record(struct db *db, const struct db_outbox *m, const char *transport,
    const struct attempt *a)
{
	return db_delivery_add(db, m->id, transport, a->ok, a->http_status,
	    a->smtp_reply, a->error);
}

/*
 * Logs an attempt of the row over transport as begun, committed on the
 * second connection logdb before anything is sent. Returns its id, or -1
 * (then nothing may be sent).
 */
static long long
attempt_open(struct db *logdb, const struct db_outbox *m,
    const char *transport)
{
	long long id;

	if (db_begin(logdb) == -1)
		return -1;
	if ((id = db_delivery_open(logdb, m->id, transport)) == -1 ||
	    db_commit(logdb) == -1) {
		db_rollback(logdb);
		return -1;
	}
	return id;
}

/* Records how the attempt id went, in the row's transaction. */
static int
attempt_close(struct db *db, long long id, const struct attempt *a)
{
	return db_delivery_close(db, id, a->ok, a->http_status, a->smtp_reply,
	    a->error);
}

/*
 * Claims and delivers one due row, logging its attempts on logdb.
 * Returns 1 when it handled a row, 0 when none was due, -1 when the
 * database failed.
 */
static int
deliver_one(const struct config *cfg, struct db *db, struct db *logdb,
    struct db_outbox *m)
{
	struct attempt	 wa, sa;
	long long	 aid;
	json_t		*doc;
	json_error_t	 jerr;
	int		 rc, wdone, sdone, gone = 0;
	long long	 delay = 0;
	const char	*status, *err = NULL;

	if (db_begin(db) == -1)
		return -1;
	if ((rc = db_outbox_claim(db, m)) != 1) {
		if (rc == 0 && db_commit(db) == 0)
			return 0;
		db_rollback(db);
		return -1;
	}
	wdone = m->webhook_done || cfg->webhook_url == NULL;
	sdone = m->smtp_done || cfg->smtp_url == NULL;
	/* A body that is not JSON never will be: no transport is tried,
	 * and retrying would only put off the verdict. */
	if ((doc = json_loads(m->body, 0, &jerr)) == NULL) {
		memset(&wa, 0, sizeof(wa));
		/* jansson's text may quote the body: its place only. */
		snprintf(wa.error, sizeof(wa.error), "body is not JSON "
		    "(line %d, column %d)", jerr.line, jerr.column);
		if (record(db, m, cfg->webhook_url ? "webhook" : "smtp",
		    &wa) == -1 ||
		    db_outbox_result(db, m->id, "failed", 0, wa.error, wdone,
		    sdone) == -1 || db_commit(db) == -1)
			goto fail;
		log_error("courier: message %lld: %s", m->id, wa.error);
		return 1;
	}
	json_decref(doc);
	if (!wdone) {
		if ((aid = attempt_open(logdb, m, "webhook")) == -1)
			goto fail;
		webhook(cfg, m, &wa);
		if (attempt_close(db, aid, &wa) == -1)
			goto fail;
		wdone = wa.ok;
		/* 410 Gone: the receiver says never to send this again. */
		gone = wa.http_status == 410;
		if (!wa.ok)
			err = wa.error;
	}
	if (!sdone && !gone) {
		if ((aid = attempt_open(logdb, m, "smtp")) == -1)
			goto fail;
		smtp(cfg, m, &sa);
		if (attempt_close(db, aid, &sa) == -1)
			goto fail;
		sdone = sa.ok;
		if (!sa.ok)
			err = sa.error;
	}
	if (wdone && sdone)
		status = "sent";
	else if (gone)
		status = "failed";
	else {
		delay = backoff(cfg, m->attempts + 1);
		status = delay >= m->seconds_left ? "failed" : "pending";
	}
	/* Delivered, its links have done their work here: the row keeps
	 * no usable copy of them (the database has the tokens' hashes
	 * only). In the same transaction as the result, so a row is never
	 * sent without being redacted. */
	if (db_outbox_result(db, m->id, status, delay, err, wdone, sdone) ==
	    -1 || (strcmp(status, "sent") == 0 && token_redact(m->body) > 0 &&
	    db_outbox_set_body(db, m->id, m->body) == -1) ||
	    db_commit(db) == -1)
		goto fail;
	log_info("courier: message %lld (%s): %s after attempt %lld",
	    m->id, m->type, status, m->attempts + 1);
	return 1;
fail:
	db_rollback(db);
	return -1;
}

/*
 * Expires the pending registrations past their time, an event at a time
 * (each in a transaction of its own, under the event's lock), so that
 * the places they held go to the next in line even when nobody else
 * touches the event; and forgets throttle counts older than a day. A
 * failure is logged and tried again next time. Returns 0/-1.
 */
static int
release_registrations(const struct config *cfg, const struct render *rd,
    struct db *db)
{
	struct reg_ctx	 c = { db, cfg, rd };
	long long	 ids[100];
	size_t		 n, i;

	if (db_events_expired(db, ids, 100, &n) == -1)
		return -1;
	for (i = 0; i < n; i++) {
		if (db_begin(db) == -1)
			return -1;
		if (registration_expire(&c, ids[i]) == -1 ||
		    db_commit(db) == -1) {
			db_rollback(db);
			log_warn("courier: cannot expire the pending "
			    "registrations of event %lld", ids[i]);
			return -1;
		}
	}
	return db_throttle_purge_registrations(db) == -1 ? -1 : 0;
}

/*
 * The scheduler: runs each job whose time has come. A job queues its
 * mail in the outbox, which the courier then delivers like any other;
 * a failing job is tried again at the next turn.
 */
static void
schedule(const struct config *cfg, const struct render *rd, struct db *db,
    long long *due)
{
	struct mailer	 m = { db, cfg, rd };
	char		 today[11];
	int		 sent;

	if (mono_ms() < *due)
		return;
	*due = mono_ms() + SCHED_MS;
	clock_local_today(today);
	if (monitor_reminders_run(&m, today, &sent) == -1)
		log_warn("courier: the monitor's reminders failed");
}

/* Sleeps ms milliseconds, or less when a signal comes. */
static void
nap(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	nanosleep(&ts, NULL);
}

void
courier_main(const struct config *cfg, const struct render *rd)
{
	struct sigaction	 sa;
	sigset_t		 term, none;
	struct db		*db, *logdb;
	struct db_outbox	*m;
	long long		 released = 0;
	long long		 due = 0;
	int			 rc;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGPIPE, &sa, NULL);
	sigemptyset(&term);
	sigaddset(&term, SIGTERM);
	sigemptyset(&none);

	if (cfg->webhook_url == NULL && cfg->smtp_url == NULL)
		log_warn("courier: no webhook_url or smtp_url in [mail]: "
		    "messages wait in the outbox");
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != 0 ||
	    (db = db_open(cfg, 0)) == NULL ||
	    (logdb = db_open(cfg, 0)) == NULL ||
	    (m = malloc(sizeof(*m))) == NULL) {
		log_error("courier: cannot start");
		_exit(1);
	}
	while (!stopping) {
		rc = 0;
		if (mono_ms() - released >= RELEASE_MS) {
			(void)release_registrations(cfg, rd, db);
			released = mono_ms();
		}
		if (cfg->webhook_url != NULL || cfg->smtp_url != NULL) {
			sigprocmask(SIG_SETMASK, &term, NULL);
			rc = deliver_one(cfg, db, logdb, m);
			sigprocmask(SIG_SETMASK, &none, NULL);
		}
		/* Jobs run between deliveries, also with no transport:
		 * their mail waits in the outbox like any other. */
		if (rc != 1)
			schedule(cfg, rd, db, &due);
		/* A busy outbox is emptied at full speed; an idle or
		 * unreachable one is looked at a few times a second. */
		if (rc != 1 && !stopping)
			nap(rc == -1 ? 1000 : POLL_MS);
		log_flush();
	}
	free(m);
	db_close(logdb);
	db_close(db);
	curl_global_cleanup();
	_exit(0);
}
