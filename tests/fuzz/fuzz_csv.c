/*
 * Fuzzes the CSV writer and reader (fcgi/csv.c). The input is one line
 * to split (with either separator) and, read as a field, text to export:
 * every field csv_field writes (without a line break) must split back
 * into exactly that field, or that field behind the quote that defuses
 * a formula; csv_split must stay within the line and its field array.
 */
#include "config.h"

#include "core.h"
#include "fuzz.h"

#define MAXF 16

/* Returns 1 when got is want with one quote put in (where the writer
 * defuses a formula: at the start, or after leading white space). */
static int
defused(const char *got, const char *want)
{
	if (strlen(got) != strlen(want) + 1)
		return 0;
	for (size_t k = 0; got[k] != '\0'; k++) {
		if (got[k] == '\'' && strcmp(got + k + 1, want + k) == 0)
			return 1;
		if (got[k] != want[k])
			return 0;
	}
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct csv_out	 out = { NULL, 0, 0 };
	char		*line, *copy, *f[MAXF];
	int		 n;

	if ((line = malloc(size + 1)) == NULL)
		return 0;
	memcpy(line, data, size);
	line[size] = '\0';

	/* The reader, on the raw line. */
	if ((copy = strdup(line)) != NULL) {
		char sep = csv_separator(copy);
		FUZZ_CHECK(sep == ';' || sep == ',');
		n = csv_split(copy, sep, f, MAXF);
		FUZZ_CHECK(n == -1 || (n >= 1 && n <= MAXF));
		for (int i = 0; i < n; i++)
			FUZZ_CHECK(f[i] >= copy && f[i] <= copy + size);
		free(copy);
	}

	/* The writer, then the reader on what it wrote. */
	if (csv_field(&out, line, 0) == 0 && csv_field(&out, "x", 1) == 0 &&
	    strpbrk(line, "\r\n") == NULL &&
	    strncmp(line, "\xef\xbb\xbf", 3) != 0) {
		n = csv_split(out.buf, ';', f, MAXF);
		FUZZ_CHECK(n == 2);
		FUZZ_CHECK(strcmp(f[0], line) == 0 || defused(f[0], line));
		FUZZ_CHECK(strcmp(f[1], "x") == 0);
	}
	free(out.buf);
	free(line);
	return 0;
}
