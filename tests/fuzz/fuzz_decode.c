/*
 * Fuzzes URL and form decoding (fcgi/decode.c): percent-decoding, form
 * bodies and query strings, Cookie headers, UTF-8 checking and
 * url_encode. Whatever the bytes, every pair that decoding lets through
 * must be well-formed UTF-8 without NUL (the rest of the daemon relies
 * on it), and url_encode must come back unchanged through decode_pct.
 */
#include "config.h"

#include "core.h"
#include "fuzz.h"

/* Checks every pair of list: UTF-8 without NUL, valsz bytes long. */
static void
check_pairs(const struct kvlist *list)
{
	for (size_t i = 0; i < list->n; i++) {
		FUZZ_CHECK(utf8_valid(list->kv[i].key,
		    strlen(list->kv[i].key)));
		FUZZ_CHECK(strlen(list->kv[i].val) == list->kv[i].valsz);
		FUZZ_CHECK(utf8_valid(list->kv[i].val, list->kv[i].valsz));
		FUZZ_CHECK(kvlist_get(list, list->kv[i].key) != NULL);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char	*src = (const char *)data;
	struct kvlist	 list;
	char		*s, *d, *enc;
	size_t		 sz, dsz, encsz;

	/* decode_pct over the raw bytes, both ways of reading '+'. */
	for (int plus = 0; plus <= 1; plus++)
		if ((d = decode_pct(src, size, plus, &sz)) != NULL) {
			FUZZ_CHECK(sz <= size);
			FUZZ_CHECK(d[sz] == '\0');
			free(d);
		}

	/* Query strings (refused when not UTF-8) and form bodies (mended). */
	for (int mend = 0; mend <= 1; mend++) {
		memset(&list, 0, sizeof(list));
		if (decode_form(&list, src, size, mend) == 0)
			check_pairs(&list);
		kvlist_free(&list);
	}

	if ((s = malloc(size + 1)) == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';

	memset(&list, 0, sizeof(list));
	if (decode_cookies(&list, s) == 0)
		check_pairs(&list);
	kvlist_free(&list);

	/* url_encode, then decode_pct, gives back the string. */
	encsz = 3 * strlen(s) + 1;
	if ((enc = malloc(encsz)) != NULL) {
		FUZZ_CHECK(url_encode(enc, encsz, s) == 0);
		d = decode_pct(enc, strlen(enc), 0, &dsz);
		FUZZ_CHECK(d != NULL && dsz == strlen(s) &&
		    memcmp(d, s, dsz) == 0);
		free(d);
		/* One byte short: refused, and nothing written past it. */
		sz = strlen(enc);
		free(enc);
		if ((enc = malloc(sz + 1)) != NULL)
			FUZZ_CHECK(url_encode(enc, sz, s) == -1);
		free(enc);
	}
	free(s);
	return 0;
}
