/*
 * Validators: each parses one untrusted string into a typed value, or
 * refuses it. Handlers use these and never look at raw strings.
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
	/* Our own pages only: "/x", never "//host" or "/\host". */
	if (s == NULL || s[0] != '/' || s[1] == '/' || s[1] == '\\')
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
