/* Unit tests of the practice library's search words (fcgi/practice.c):
 * what a visitor types becomes Snowball stems, and a text's words are
 * marked as the search matches them. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "../../fcgi/domain.h"

static struct practice_filter f;

/* Runs practice_query on q; returns the words used. */
static int
query(const char *q, char ignored[512])
{
	memset(&f, 0, sizeof(f));
	return practice_query(q, &f, ignored, 512);
}

/* The Dutch stems of f, space-separated, into out. */
static const char *
stems(char out[512])
{
	out[0] = '\0';
	for (int i = 0; i < f.nwords; i++)
		snprintf(out + strlen(out), 512 - strlen(out), "%s%s",
		    i ? " " : "", f.words[i][LANG_NL]);
	return out;
}

static void
words_become_dutch_stems(void **state)
{
	char out[512], ign[512];

	(void)state;
	assert_int_equal(query("Zonnepaneel CIRCULAIRE", ign), 2);
	assert_string_equal(stems(out), "zonnepanel circulair");
	assert_string_equal(ign, "");
	assert_int_equal(query("zonnepanelen circulair", ign), 2);
	assert_string_equal(stems(out), "zonnepanel circulair");
	assert_int_equal(query("hergebruik van béton in de GWW", ign), 3);
	assert_string_equal(stems(out), "hergebruik beton gww");
	assert_string_equal(ign, "van in de");
}

static void
english_stem_only_where_it_differs(void **state)
{
	char ign[512];

	(void)state;
	assert_int_equal(query("reused asfalt", ign), 2);
	assert_string_equal(f.words[0][LANG_NL], "reused");
	assert_string_equal(f.words[0][LANG_EN], "reus");
	assert_string_equal(f.words[1][LANG_NL], "asfalt");
	assert_string_equal(f.words[1][LANG_EN], "");
}

static void
operators_and_quotes_are_dropped(void **state)
{
	char out[512], ign[512];

	(void)state;
	assert_int_equal(query("+asfalt -beton \"circulair\" (hout) <a >b ~c "
	    "@3 *", ign), 4);
	assert_string_equal(stems(out), "asfalt beton circulair hout");
	assert_int_equal(query("x' OR '1'='1'; DROP TABLE practices; --", ign),
	    3);
	assert_string_equal(stems(out), "drop tabl practices");
	assert_string_equal(ign, "x or 1 1");
	assert_int_equal(query("asfalt% beton_", ign), 2);
	assert_string_equal(stems(out), "asfalt beton");
}

static void
stop_words_short_words_and_symbols_leave_nothing(void **state)
{
	char ign[512];

	(void)state;
	assert_int_equal(query("de het een", ign), 0);
	assert_string_equal(ign, "de het een");
	assert_int_equal(query("the and with", ign), 0);
	assert_int_equal(query("a bc ++ -- ** \"\" ()", ign), 0);
	assert_int_equal(query("\xe2\x80\xa6\xe2\x80\x93\xe2\x80\x98\xe2\x80\x99 "
	    "\xc2\xab\xc2\xbb \xe2\x82\xac", ign), 0);
	assert_int_equal(query("", ign), 0);
}

static void
at_most_eight_words(void **state)
{
	char ign[512];

	(void)state;
	assert_int_equal(query("een1 twee2 drie3 vier4 vijf5 zes6 zeven7 "
	    "acht8 negen9", ign), PRACTICE_QUERY_WORDS);
	assert_string_equal(ign, "negen9");
}

/* Marks of a text as the results show them: "[word]" per matched word. */
static const char *
marked(const char *text, char out[512])
{
	const char	*s = text, *w, *from = text;
	size_t		 len, chars;

	out[0] = '\0';
	while ((w = stem_next_word(s, &len, &chars)) != NULL) {
		s = w + len;
		if (!practice_word_matches(&f, LANG_NL, w, len, chars))
			continue;
		snprintf(out + strlen(out), 512 - strlen(out), "%.*s[%.*s]",
		    (int)(w - from), from, (int)len, w);
		from = s;
	}
	snprintf(out + strlen(out), 512 - strlen(out), "%s", from);
	return out;
}

static void
matched_words_are_marked_in_other_forms(void **state)
{
	char out[512], ign[512];

	(void)state;
	assert_int_equal(query("zonnepaneel hergebruik asfalt", ign), 3);
	assert_string_equal(marked("Zonnepanelen met terugnamegarantie", out),
	    "[Zonnepanelen] met terugnamegarantie");
	assert_string_equal(marked("Hergebruikt asfaltgranulaat, geen beton.",
	    out), "[Hergebruikt] [asfaltgranulaat], geen beton.");
	assert_int_equal(query("circulaire", ign), 1);
	assert_string_equal(marked("Circulair schoonmaakcontract", out),
	    "[Circulair] schoonmaakcontract");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(words_become_dutch_stems),
		cmocka_unit_test(english_stem_only_where_it_differs),
		cmocka_unit_test(operators_and_quotes_are_dropped),
		cmocka_unit_test(stop_words_short_words_and_symbols_leave_nothing),
		cmocka_unit_test(at_most_eight_words),
		cmocka_unit_test(matched_words_are_marked_in_other_forms),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
