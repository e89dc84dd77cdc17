/*
 * Fuzzes the validators (fcgi/valid.c) with any string: each must answer
 * without reading or writing out of bounds, and what it accepts must
 * keep the promise its comment makes (an integer in range, a date that
 * reads back as itself, a return path on this site).
 */
#include "config.h"

#include "core.h"
#include "fuzz.h"

/* The ranges the handlers ask for: ids, years, percentages, negatives. */
static const long long ranges[][2] = {
	{ 1, 9223372036854775807LL },
	{ 2017, 2100 },
	{ 0, 100 },
	{ -1000000, 1000000 },
	{ -9223372036854775807LL - 1, 9223372036854775807LL },
};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		*s, out[24], again[24], back[24];
	long long	 n;
	int		 l;

	if ((s = malloc(size + 1)) == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';

	if ((l = valid_lang(s)) != -1)
		FUZZ_CHECK(l >= 0 && l < LANG__MAX &&
		    strcmp(s, lang_codes[l]) == 0);
	for (size_t i = 0; i < sizeof(ranges) / sizeof(ranges[0]); i++)
		if (valid_int(s, ranges[i][0], ranges[i][1], &n) == 0)
			FUZZ_CHECK(n >= ranges[i][0] && n <= ranges[i][1] &&
			    *s != '\0' && *s != ' ' && *s != '+');
	if (valid_email(s) == 0)
		FUZZ_CHECK(strchr(s, '@') != NULL && strpbrk(s,
		    " \r\n<>,;\"") == NULL);
	if (valid_text(s, 200) == 0)
		FUZZ_CHECK(strpbrk(s, "\r\n\t") == NULL);
	(void)valid_password(s);
	if (valid_return_path(s) == 0)
		FUZZ_CHECK(s[0] == '/' && s[1] != '/' && s[1] != '\\' &&
		    strpbrk(s, " \r\n") == NULL);
	(void)valid_multiline(s, 2000);
	if (valid_url(s) == 0)
		FUZZ_CHECK(strlen(s) <= 500 && strpbrk(s, " \r\n\"<>") == NULL);
	(void)valid_email_list(s);

	/* An accepted datetime-local value is written as "YYYY-MM-DD
	 * HH:MM:00", and that, back in the form's shape, is accepted as the
	 * same value. */
	memset(out, 'x', sizeof(out));
	if (valid_datetime(s, out) == 0) {
		FUZZ_CHECK(strlen(out) == 19 && strcmp(out + 16, ":00") == 0);
		snprintf(back, sizeof(back), "%.10sT%.5s", out, out + 11);
		FUZZ_CHECK(valid_datetime(back, again) == 0 &&
		    strcmp(again, out) == 0);
	}
	free(s);
	return 0;
}
