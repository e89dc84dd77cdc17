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
