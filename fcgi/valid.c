/*
 * Validators: each parses one untrusted string into a typed value, or
 * refuses it. Handlers use these and never look at raw strings.
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "extern.h"

const char *const lang_codes[LANG__MAX] = {
	"nl", /* LANG_NL */
	"en", /* LANG_EN */
};

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

int
valid_email(const char *s)
{
	const char	*at = NULL, *p;
	size_t		 n = 0;

	if (s == NULL)
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

	if (s == NULL)
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
