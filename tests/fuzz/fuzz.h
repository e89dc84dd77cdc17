/*
 * What the libFuzzer harnesses of tests/fuzz/ share: the entry point
 * libFuzzer calls, a check that aborts (so that libFuzzer keeps the
 * input as a crash) when a property the daemon relies on does not hold,
 * and a splitter for inputs that carry several fields.
 */
#ifndef CIMOLT_FUZZ_H
#define CIMOLT_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int	 LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int	 LLVMFuzzerInitialize(int *argc, char ***argv);

/* Aborts with the failed condition and its line: a broken property is a
 * finding like a crash. */
#define FUZZ_CHECK(c) do {						\
	if (!(c)) {							\
		fprintf(stderr, "%s:%d: property failed: %s\n",		\
		    __FILE__, __LINE__, #c);				\
		abort();						\
	}								\
} while (0)

/*
 * Splits data[0..size) at each '\n' into at most max NUL-terminated
 * fields (the last takes the rest, '\n' and all), copied into one
 * malloc'd block returned for the caller to free. Fields not in the input
 * are "". Returns NULL when out of memory.
 */
static inline char *
fuzz_fields(const uint8_t *data, size_t size, char **f, size_t max)
{
	char	*buf, *p, *nl;
	size_t	 i;

	if ((buf = malloc(size + 1)) == NULL)
		return NULL;
	memcpy(buf, data, size);
	buf[size] = '\0';
	for (i = 0; i < max; i++)
		f[i] = buf + size;	/* "" */
	for (p = buf, i = 0; i < max; i++) {
		f[i] = p;
		if (i + 1 == max || (nl = memchr(p, '\n',
		    size - (size_t)(p - buf))) == NULL)
			break;
		*nl = '\0';
		p = nl + 1;
	}
	return buf;
}

/* Copies s into the array dst of sz bytes, cut to fit. */
#define FUZZ_COPY(dst, s) snprintf((dst), sizeof(dst), "%s", (s))

#endif /* CIMOLT_FUZZ_H */
