/*
 * Words and their stems, for searching the practice library. A text is
 * split into words (runs of letters and digits, in any script), each
 * word is lower-cased and reduced to its stem by the Snowball stemmer of
 * its language (libstemmer): "zonnepanelen" and "zonnepaneel" both
 * become "zonnepanel", "circulaire" and "circulair" both "circulair".
 * The same functions cut the practices' texts when they are indexed
 * (practice.c), the visitor's words when they search, and the results'
 * titles when their matched words are marked, so the three agree.
 *
 * A Snowball stemmer keeps its state in the object and is not reentrant:
 * each process makes its own on first use and keeps it until it exits
 * (workers are processes, one request at a time).
 */
#include "config.h"

#include <ctype.h>
#include <string.h>

#include <libstemmer.h>

#include "core.h"

/* The Snowball algorithms of enum lang. */
static const char *const algorithms[LANG__MAX] = {
	"dutch",	/* LANG_NL */
	"english",	/* LANG_EN */
};

/*
 * The length of the UTF-8 character at s when it belongs to a word, else
 * 0: ASCII letters and digits, and the letters of other scripts; not the
 * punctuation and symbols of Latin-1 (U+0080-U+00BF, U+00D7, U+00F7) or
 * of the General Punctuation, currency and CJK punctuation blocks.
 * (UTF-8 was checked when the request or the row was read.)
 */
static size_t
word_char(const char *s)
{
	const unsigned char	*u = (const unsigned char *)s;
	unsigned int		 cp;
	size_t			 n;

	if (u[0] < 0x80)
		return isalnum(u[0]) ? 1 : 0;
	if ((u[0] & 0xe0) == 0xc0 && u[1] != '\0') {
		cp = (u[0] & 0x1fu) << 6 | (u[1] & 0x3fu);
		n = 2;
	} else if ((u[0] & 0xf0) == 0xe0 && u[1] != '\0' && u[2] != '\0') {
		cp = (u[0] & 0x0fu) << 12 | (u[1] & 0x3fu) << 6 | (u[2] & 0x3fu);
		n = 3;
	} else if ((u[0] & 0xf8) == 0xf0 && u[1] != '\0' && u[2] != '\0' &&
	    u[3] != '\0')
		return 4;	/* outside the BMP: emoji and rare scripts */
	else
		return 0;
	if (cp <= 0xbf || cp == 0xd7 || cp == 0xf7 ||
	    (cp >= 0x2000 && cp <= 0x2bff) || (cp >= 0x3000 && cp <= 0x303f) ||
	    (cp >= 0xfe30 && cp <= 0xfe4f) || cp == 0xfeff)
		return 0;
	return n;
}

/* The bytes of the UTF-8 character at s (1 for a stray byte). */
static size_t
utf8_len(const char *s)
{
	unsigned char	 c = (unsigned char)*s;
	size_t		 n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;

	for (size_t i = 1; i < n; i++)
		if (s[i] == '\0')
			return i;
	return n;
}

const char *
stem_next_word(const char *s, size_t *len, size_t *chars)
{
	size_t n;

	while (*s != '\0' && word_char(s) == 0)
		s += utf8_len(s);
	if (*s == '\0')
		return NULL;
	for (*len = *chars = 0; s[*len] != '\0' &&
	    (n = word_char(s + *len)) != 0; *len += n)
		(*chars)++;
	return s;
}

int
stem_lower(const char *w, size_t len, size_t chars, char out[STEM_SIZE])
{
	const unsigned char	*u = (const unsigned char *)w;
	size_t			 i;

	if (chars > STEM_WORD_MAX || len >= STEM_SIZE)
		return -1;
	for (i = 0; i < len; i++) {
		out[i] = (char)tolower(u[i]);
		/* Latin-1 capitals (U+00C0-U+00DE but U+00D7): É to é. */
		if (u[i] == 0xc3 && i + 1 < len && u[i + 1] >= 0x80 &&
		    u[i + 1] <= 0x9e && u[i + 1] != 0x97) {
			out[i] = (char)u[i];
			out[i + 1] = (char)(u[i + 1] + 0x20);
			i++;
		}
	}
	out[len] = '\0';
	return 0;
}

int
stem_word(enum lang lang, const char *lower, char out[STEM_SIZE])
{
	static struct sb_stemmer	*stemmers[LANG__MAX];
	const sb_symbol			*s;
	int				 n;

	if (stemmers[lang] == NULL &&
	    (stemmers[lang] = sb_stemmer_new(algorithms[lang], NULL)) == NULL) {
		log_error("stem: cannot make the %s stemmer", algorithms[lang]);
		return -1;
	}
	if ((s = sb_stemmer_stem(stemmers[lang], (const sb_symbol *)lower,
	    (int)strlen(lower))) == NULL) {
		log_error("stem: out of memory");
		return -1;
	}
	n = sb_stemmer_length(stemmers[lang]);
	/* A stem is never longer than its word, which fits. */
	if (n < 0 || (size_t)n >= STEM_SIZE)
		return -1;
	memcpy(out, s, (size_t)n);
	out[n] = '\0';
	return 0;
}
