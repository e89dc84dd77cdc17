/*
 * Validators: each parses one untrusted string into a typed value, or
 * refuses it. Handlers reach them through the tables of form fields
 * (form.c), which name them by kind (enum valid, the table at the end),
 * and never look at raw strings.
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"

int
valid_lang(const char *s)
{
	if (s == NULL)
		return -1;
	for (int i = 0; i < LANG__MAX; i++)
		if (strcmp(s, lang_codes[i]) == 0)
			return i;
	return -1;
}

int
valid_int(const char *s, long long min, long long max, long long *out)
{
	char		*end;
	long long	 n;

	/* strtoll accepts leading space and signs: we take digits only,
	 * with one leading '-' where negatives are allowed. */
	if (s == NULL || *s == '\0')
		return -1;
	if (!isdigit((unsigned char)*s) && !(*s == '-' && min < 0 &&
	    isdigit((unsigned char)s[1])))
		return -1;
	errno = 0;
	n = strtoll(s, &end, 10);
	if (errno == ERANGE || *end != '\0' || n < min || n > max)
		return -1;
	*out = n;
	return 0;
}

/* Returns 1 when s holds U+FFFD, the mark of bytes that were not UTF-8. */
static int
mended(const char *s)
{
	return strstr(s, "\xef\xbf\xbd") != NULL;
}

int
valid_email(const char *s)
{
	const char	*at = NULL, *p;
	size_t		 n = 0;

	if (s == NULL || mended(s))
		return -1;
	/* Not RFC 5321 in full: one '@' with something on both sides, a
	 * dot in the domain, and nothing a mail header could trip on. */
	for (p = s; *p != '\0'; p++, n++) {
		if ((unsigned char)*p <= ' ' || *p == '<' || *p == '>' ||
		    *p == ',' || *p == ';' || *p == '"' || *p == '(' ||
		    *p == ')' || *p == '\\' || *p == 0x7f)
			return -1;
		if (*p == '@') {
			if (at != NULL)
				return -1;
			at = p;
		}
	}
	if (n < 3 || n > 254 || at == NULL || at == s || at[1] == '\0' ||
	    strchr(at, '.') == NULL || at[1] == '.' || p[-1] == '.')
		return -1;
	return 0;
}

int
valid_text(const char *s, size_t max_chars)
{
	size_t chars = 0;

	if (s == NULL || mended(s))
		return -1;
	while (*s == ' ')
		s++;
	if (*s == '\0')
		return -1;
	for (; *s != '\0'; s++) {
		/* Control characters have no place in a one-line field. */
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			return -1;
		if (((unsigned char)*s & 0xc0) != 0x80)
			chars++;
	}
	return chars <= max_chars ? 0 : -1;
}

int
valid_password(const char *s)
{
	size_t n = s == NULL ? 0 : strlen(s);

	return n >= PASSWORD_MIN && n <= PASSWORD_MAX ? 0 : -1;
}

int
valid_return_path(const char *s)
{
	/* Our own pages only: "/x", never "//host" or "/\host"; and short
	 * enough to go back in a Location header beside the others. */
	if (s == NULL || s[0] != '/' || s[1] == '/' || s[1] == '\\' ||
	    strlen(s) > RETURN_PATH_MAX)
		return -1;
	for (; *s != '\0'; s++)
		if ((unsigned char)*s <= ' ' || *s == '\\' || *s == 0x7f)
			return -1;
	return 0;
}

int
valid_multiline(const char *s, size_t max_chars)
{
	size_t chars = 0;

	if (s == NULL || mended(s))
		return -1;
	for (; *s != '\0'; s++) {
		if (((unsigned char)*s < 0x20 && *s != '\n' && *s != '\r' &&
		    *s != '\t') || *s == 0x7f)
			return -1;
		/* A line ends in LF or CRLF (as browsers send it); a CR on
		 * its own is no line end but a trap for mail. */
		if (*s == '\r' && s[1] != '\n')
			return -1;
		if (((unsigned char)*s & 0xc0) != 0x80)
			chars++;
	}
	return chars <= max_chars ? 0 : -1;
}

int
valid_url(const char *s)
{
	const char *p;

	if (s == NULL || strlen(s) > 500 || (strncmp(s, "https://", 8) != 0 &&
	    strncmp(s, "http://", 7) != 0))
		return -1;
	if (*(strstr(s, "://") + 3) == '\0')
		return -1;	/* no host */
	/* Printable ASCII only: an address with spaces or quotes is a
	 * typing error, or worse. */
	for (p = s; *p != '\0'; p++)
		if ((unsigned char)*p <= ' ' || (unsigned char)*p >= 0x7f ||
		    *p == '"' || *p == '<' || *p == '>' || *p == '\\')
			return -1;
	return 0;
}

/*
 * Reads exactly n decimal digits at s into *out. Returns 0/-1. Not
 * sscanf's %2d, which also takes a sign or a leading space ("+3", " 5").
 */
static int
digits(const char *s, int n, int *out)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

int
valid_datetime(const char *s, char out[24])
{
	int	 y, mo, d, h, mi;
	static const int days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	/* The form of <input type="datetime-local">: 2027-03-11T15:00,
	 * every field its exact number of digits. */
	if (s == NULL || strlen(s) != 16 || s[4] != '-' || s[7] != '-' ||
	    s[10] != 'T' || s[13] != ':' || digits(s, 4, &y) == -1 ||
	    digits(s + 5, 2, &mo) == -1 || digits(s + 8, 2, &d) == -1 ||
	    digits(s + 11, 2, &h) == -1 || digits(s + 14, 2, &mi) == -1)
		return -1;
	if (y < 2000 || y > 2100 || mo < 1 || mo > 12 || d < 1 ||
	    d > days[mo - 1] || (mo == 2 && d == 29 && (y % 4 != 0 ||
	    (y % 100 == 0 && y % 400 != 0))) || h > 23 || mi > 59)
		return -1;
	snprintf(out, 24, "%04d-%02d-%02d %02d:%02d:00", y, mo, d, h, mi);
	return 0;
}

int
valid_date(const char *s, char out[24])
{
	char	 dt[24], with_time[17];

	/* The form of <input type="date">: 2027-03-11, checked as the
	 * start of that day. */
	if (s == NULL || strlen(s) != 10)
		return -1;
	snprintf(with_time, sizeof(with_time), "%sT00:00", s);
	if (valid_datetime(with_time, dt) == -1)
		return -1;
	snprintf(out, 24, "%.10s", dt);
	return 0;
}

int
valid_email_list(const char *s)
{
	char	 one[300];
	size_t	 n, count = 0;

	if (s == NULL)
		return -1;
	while (*s != '\0') {
		while (*s == ' ' || *s == ',')
			s++;
		if (*s == '\0')
			break;
		n = strcspn(s, ",");
		while (n > 0 && s[n - 1] == ' ')
			n--;
		if (n >= sizeof(one))
			return -1;
		memcpy(one, s, n);
		one[n] = '\0';
		if (valid_email(one) == -1)
			return -1;
		count++;
		s += n;
	}
	return count > 0 && count <= 10 ? 0 : -1;
}

int
valid_prose(const char *s, size_t max_chars)
{
	return s == NULL || s[strspn(s, " \t\r\n")] == '\0' ?
	    -1 : valid_multiline(s, max_chars);
}

int
valid_phone(const char *s)
{
	size_t n = 0, digits = 0;

	if (s == NULL)
		return -1;
	for (; s[n]; n++) {
		if (s[n] >= '0' && s[n] <= '9')
			digits++;
		else if (strchr(" +-()", s[n]) == NULL)
			return -1;
	}
	return n >= 6 && n <= 20 && digits >= 6 ? 0 : -1;
}

int
valid_code(const char *s, size_t max_chars)
{
	if (s == NULL || strlen(s) > max_chars ||
	    strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") != strlen(s))
		return -1;
	return 0;
}

/*
 * The kinds as one signature: each returns 0 or -1 like its validator.
 * AS_PLAIN wraps one that takes the string alone, AS_MAX one that takes
 * the most characters too.
 */
#define AS_PLAIN(kind) \
static int \
as_##kind(const char *s, const struct valid_rule *r, struct valid_typed *t) \
{ \
	(void)r; \
	(void)t; \
	return valid_##kind(s); \
}
#define AS_MAX(kind) \
static int \
as_##kind(const char *s, const struct valid_rule *r, struct valid_typed *t) \
{ \
	(void)t; \
	return valid_##kind(s, (size_t)r->max); \
}

AS_MAX(text)
AS_MAX(multiline)
AS_MAX(prose)
AS_MAX(code)
AS_PLAIN(email)
AS_PLAIN(email_list)
AS_PLAIN(password)
AS_PLAIN(url)
AS_PLAIN(phone)
AS_PLAIN(return_path)

/* Anything at all, of at most max bytes when max is set. */
static int
as_any(const char *s, const struct valid_rule *r, struct valid_typed *t)
{
	(void)t;
	return s == NULL || (r->max > 0 && strlen(s) > (size_t)r->max) ?
	    -1 : 0;
}

static int
as_datetime(const char *s, const struct valid_rule *r,
    struct valid_typed *t)
{
	(void)r;
	return valid_datetime(s, t->dt);
}

static int
as_date(const char *s, const struct valid_rule *r, struct valid_typed *t)
{
	(void)r;
	return valid_date(s, t->dt);
}

static int
as_int(const char *s, const struct valid_rule *r, struct valid_typed *t)
{
	return valid_int(s, r->min, r->max, &t->n);
}

static int
as_choice(const char *s, const struct valid_rule *r, struct valid_typed *t)
{
	int i;

	if ((i = vocab_index(s, r->choices, (int)r->nchoices)) == -1)
		return -1;
	t->n = i;
	return 0;
}

static int (*const valid_fns[VALID__MAX])(const char *,
    const struct valid_rule *, struct valid_typed *) = {
	as_any, /* VALID_ANY */
	as_text, /* VALID_TEXT */
	as_multiline, /* VALID_MULTILINE */
	as_prose, /* VALID_PROSE */
	as_email, /* VALID_EMAIL */
	as_email_list, /* VALID_EMAIL_LIST */
	as_password, /* VALID_PASSWORD */
	as_url, /* VALID_URL */
	as_phone, /* VALID_PHONE */
	as_return_path, /* VALID_RETURN_PATH */
	as_code, /* VALID_CODE */
	as_datetime, /* VALID_DATETIME */
	as_date, /* VALID_DATE */
	as_int, /* VALID_INT */
	as_choice, /* VALID_CHOICE */
};

int
valid_as(enum valid k, const char *s, const struct valid_rule *rule,
    struct valid_typed *out)
{
	if ((int)k < 0 || k >= VALID__MAX)
		return -1;
	return valid_fns[k](s, rule, out);
}
