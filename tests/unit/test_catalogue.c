/* Unit tests of the message catalogues (fcgi/render-messages.c): a
 * message's text with its arguments and white space, the Dutch text for
 * what English lacks, an unknown key, and a catalogue refused. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include <libxml/tree.h>

#include "../../fcgi/doc.h"

static char dir[] = "/tmp/cimolt-catalogue-XXXXXX";

static void
write_file(const char *lang, const char *body)
{
	char	 path[128];
	FILE	*f;

	snprintf(path, sizeof(path), "%s/messages-%s.xml", dir, lang);
	assert_non_null(f = fopen(path, "w"));
	fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<messages>%s</messages>\n", body);
	fclose(f);
}

static const char nl[] =
    "<msg key=\"plain\">\n  Een   tekst\n  over twee regels\n</msg>"
    "<msg key=\"args\">Van <arg n=\"1\"/> tot <arg n=\"2\"/> uur</msg>"
    "<msg key=\"odd\"> <arg n=\"9\"/>Niet <b>vet</b> <arg n=\"x\"/>hier "
    "</msg>"
    "<msg key=\"only.nl\">Alleen Nederlands <arg n=\"1\"/></msg>";
static const char en[] =
    "<msg key=\"plain\">A text</msg>"
    "<msg key=\"args\">From <arg n=\"1\"/> to <arg n=\"2\"/></msg>";

static int
setup(void **state)
{
	(void)state;
	if (mkdtemp(dir) == NULL)
		return -1;
	write_file("nl", nl);
	write_file("en", en);
	return 0;
}

static int
teardown(void **state)
{
	char path[128];

	(void)state;
	snprintf(path, sizeof(path), "%s/messages-nl.xml", dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/messages-en.xml", dir);
	unlink(path);
	rmdir(dir);
	return 0;
}

/* The text of key in l with the given arguments, asserted to be want. */
static void
assert_text(const struct catalogue *c, enum lang l, const char *key,
    int nargs, const char *a1, const char *a2, const char *want)
{
	xmlChar	*args[2] = { (xmlChar *)a1, (xmlChar *)a2 }, *s;

	assert_non_null(s = catalogue_text(c, l, (const xmlChar *)key, args,
	    nargs, 1));
	assert_string_equal((const char *)s, want);
	xmlFree(s);
}

static void
white_space_flows_into_single_spaces(void **state)
{
	struct catalogue *c;

	(void)state;
	assert_non_null(c = catalogue_load(dir));
	assert_text(c, LANG_NL, "plain", 0, NULL, NULL,
	    "Een tekst over twee regels");
	/* also in the arguments, and across them */
	assert_text(c, LANG_NL, "args", 2, "  negen\n", " tien  ",
	    "Van negen tot tien uur");
	catalogue_free(c);
}

static void
arguments_fill_their_places_and_missing_ones_are_empty(void **state)
{
	struct catalogue *c;

	(void)state;
	assert_non_null(c = catalogue_load(dir));
	assert_text(c, LANG_NL, "args", 2, "9", "10", "Van 9 tot 10 uur");
	assert_text(c, LANG_EN, "args", 2, "9", "10", "From 9 to 10");
	assert_text(c, LANG_NL, "args", 1, "9", NULL, "Van 9 tot uur");
	/* an <arg> numbered outside 1-5 is nothing; an element its text */
	assert_text(c, LANG_NL, "odd", 2, "a", "b", "Niet vet hier");
	catalogue_free(c);
}

static void
english_without_the_key_gives_the_dutch_text(void **state)
{
	struct catalogue *c;

	(void)state;
	assert_non_null(c = catalogue_load(dir));
	assert_text(c, LANG_EN, "plain", 0, NULL, NULL, "A text");
	assert_text(c, LANG_EN, "only.nl", 1, "x", NULL,
	    "Alleen Nederlands x");
	catalogue_free(c);
}

static void
unknown_key_gives_the_key_in_brackets(void **state)
{
	struct catalogue *c;

	(void)state;
	assert_non_null(c = catalogue_load(dir));
	assert_text(c, LANG_EN, "no.such.key", 0, NULL, NULL,
	    "[no.such.key]");
	catalogue_free(c);
}

static void
key_given_twice_or_missing_file_is_refused(void **state)
{
	struct catalogue	*c;
	char			 path[128];

	(void)state;
	write_file("en", "<msg key=\"a\">A</msg><msg key=\"a\">B</msg>");
	assert_null(catalogue_load(dir));
	write_file("en", en);
	assert_non_null(c = catalogue_load(dir));
	catalogue_free(c);
	snprintf(path, sizeof(path), "%s/messages-en.xml", dir);
	unlink(path);
	assert_null(catalogue_load(dir));
	write_file("en", en);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(white_space_flows_into_single_spaces),
		cmocka_unit_test(
		    arguments_fill_their_places_and_missing_ones_are_empty),
		cmocka_unit_test(english_without_the_key_gives_the_dutch_text),
		cmocka_unit_test(unknown_key_gives_the_key_in_brackets),
		cmocka_unit_test(key_given_twice_or_missing_file_is_refused),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
