/*
 * Fuzzes iCalendar output (fcgi/ics.c) with event fields from the input,
 * one a line: title, description, place, online address, start, end,
 * status and the site's base URL (its first 255 bytes). The fields are what the database
 * holds (times as MariaDB writes them): well-formed UTF-8 (MariaDB's utf8mb4 refuses anything else),
 * without NUL. Whatever their text, the calendar must keep RFC 5545's
 * shape: every line ends in CRLF, no CR or LF inside one (no property
 * can be smuggled in), at most 75 octets a line, and a folded line never
 * splits a UTF-8 character.
 */
#include "config.h"

#include "records.h"
#include "fuzz.h"

enum { F_TITLE, F_DESC, F_PLACE, F_URL, F_START, F_END, F_STATUS, F_BASE,
	F__MAX };

/* The database's DATETIME, "YYYY-MM-DD HH:MM:SS": s when it has that
 * shape, else a fixed one. */
static const char *
datetime(const char *s)
{
	static const char shape[] = "dddd-dd-dd dd:dd:dd";

	for (size_t i = 0; i < sizeof(shape); i++)
		if (shape[i] == 'd' ? s[i] < '0' || s[i] > '9' : s[i] != shape[i])
			return "2027-03-11 15:00:00";
	return s;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct db_event	*ev;
	char		*f[F__MAX], *buf, *ics, *p, *end, *eol, base[256];
	size_t		 len;

	if (!utf8_valid((const char *)data, size))
		return 0;
	if ((ev = calloc(1, sizeof(*ev))) == NULL)
		return 0;
	if ((buf = fuzz_fields(data, size, f, F__MAX)) == NULL) {
		free(ev);
		return 0;
	}
	ev->id = (long long)size;
	FUZZ_COPY(ev->title, f[F_TITLE]);
	FUZZ_COPY(ev->description, f[F_DESC]);
	FUZZ_COPY(ev->place, f[F_PLACE]);
	FUZZ_COPY(ev->online_url, f[F_URL]);
	FUZZ_COPY(ev->starts_at, datetime(f[F_START]));
	FUZZ_COPY(ev->ends_at, datetime(f[F_END]));
	FUZZ_COPY(ev->status, f[F_STATUS]);
	FUZZ_COPY(base, f[F_BASE]);
	/* Cutting a field to its column's size may split a character, as
	 * the database would not: such inputs say nothing. */
	if (!utf8_valid(ev->title, strlen(ev->title)) ||
	    !utf8_valid(ev->description, strlen(ev->description)) ||
	    !utf8_valid(ev->place, strlen(ev->place)) ||
	    !utf8_valid(ev->online_url, strlen(ev->online_url)) ||
	    !utf8_valid(base, strlen(base)))
		goto out;

	if ((ics = ics_event(ev, base, &len)) != NULL) {
		FUZZ_CHECK(strlen(ics) == len);
		FUZZ_CHECK(strncmp(ics, "BEGIN:VCALENDAR\r\n", 17) == 0);
		for (p = ics, end = ics + len; p < end; p = eol + 2) {
			eol = strstr(p, "\r\n");
			FUZZ_CHECK(eol != NULL);
			FUZZ_CHECK(eol - p <= 75);
			FUZZ_CHECK(memchr(p, '\r', (size_t)(eol - p)) == NULL);
			FUZZ_CHECK(memchr(p, '\n', (size_t)(eol - p)) == NULL);
			/* A continuation line goes on with a whole character. */
			if (*p == ' ')
				FUZZ_CHECK(((unsigned char)p[1] & 0xc0) != 0x80);
		}
		FUZZ_CHECK(utf8_valid(ics, len));
		free(ics);
	}
out:
	free(buf);
	free(ev);
	return 0;
}
