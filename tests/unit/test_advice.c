/* Unit tests of the advice rules (fcgi/advice.c): which rules apply to a
 * round, exactly at the edges of their bands, and what the import
 * refuses. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include <libxml/parser.h>

#include "../../fcgi/domain.h"

/* A band rule on theme borging: [from, below), or up to 100. */
static struct adv_rule
band(double from, int has_below, double below)
{
	struct adv_rule r;

	memset(&r, 0, sizeof(r));
	snprintf(r.id, sizeof(r.id), "%s", "r");
	snprintf(r.tier, sizeof(r.tier), "%s", "basis");
	snprintf(r.scope, sizeof(r.scope), "%s", "theme");
	snprintf(r.key, sizeof(r.key), "%s", "borging");
	r.from = from;
	r.has_below = has_below;
	r.below = below;
	return r;
}

static int
applies(const struct adv_rule *r, double score)
{
	struct adv_score s = { "theme", "borging", score, 1 };
	double gap;

	return adv_match(r, &s, 1, NULL, 0, &gap);
}

static void
band_includes_its_lower_bound_and_excludes_its_upper(void **state)
{
	struct adv_rule r = band(25, 1, 50);

	(void)state;
	assert_int_equal(applies(&r, 24.999), 0);
	assert_int_equal(applies(&r, 25), 1);
	assert_int_equal(applies(&r, 49.999), 1);
	assert_int_equal(applies(&r, 50), 0);
}

static void
band_without_below_reaches_100_inclusive(void **state)
{
	struct adv_rule r = band(75, 0, 0);

	(void)state;
	assert_int_equal(applies(&r, 74.999), 0);
	assert_int_equal(applies(&r, 75), 1);
	assert_int_equal(applies(&r, 100), 1);
}

static void
adjacent_bands_never_both_apply(void **state)
{
	struct adv_rule low = band(0, 1, 40), high = band(40, 0, 0);

	(void)state;
	for (double v = 0; v <= 100; v += 0.5)
		assert_int_equal(applies(&low, v) + applies(&high, v), 1);
}

static void
band_rule_needs_a_score_in_its_scope(void **state)
{
	struct adv_rule	 r = band(0, 1, 50);
	struct adv_score s[] = { { "theme", "borging", 10, 0 },
	    { "theme", "communicatie", 10, 1 } };
	double		 gap;

	(void)state;
	assert_int_equal(adv_match(&r, s, 2, NULL, 0, &gap), 0);
}

static void
gap_is_100_minus_the_score(void **state)
{
	struct adv_rule	 r = band(0, 1, 50);
	struct adv_score s = { "theme", "borging", 12.5, 1 };
	double		 gap;

	(void)state;
	assert_int_equal(adv_match(&r, &s, 1, NULL, 0, &gap), 1);
	assert_float_equal(gap, 87.5, 1e-9);
}

static void
answer_rule_matches_exactly_its_answer(void **state)
{
	struct adv_rule		 r;
	struct adv_score	 s = { "theme", "algemeen-beleid", 30, 1 };
	struct adv_answer	 no = { "s-beleid-2", "nee", 0, "theme",
	    "algemeen-beleid" };
	struct adv_answer	 yes = { "s-beleid-2", "ja", 0, "theme",
	    "algemeen-beleid" };
	struct adv_answer	 dk = { "s-beleid-2", NULL, 1, "theme",
	    "algemeen-beleid" };
	struct adv_answer	 other = { "s-beleid-3", "nee", 0, "theme",
	    "algemeen-beleid" };
	double			 gap;

	(void)state;
	memset(&r, 0, sizeof(r));
	snprintf(r.question, sizeof(r.question), "%s", "s-beleid-2");
	snprintf(r.answer, sizeof(r.answer), "%s", "nee");
	r.has_answer = 1;
	assert_int_equal(adv_match(&r, &s, 1, &no, 1, &gap), 1);
	assert_float_equal(gap, 70, 1e-9);
	assert_int_equal(adv_match(&r, &s, 1, &yes, 1, &gap), 0);
	assert_int_equal(adv_match(&r, &s, 1, &dk, 1, &gap), 0);
	assert_int_equal(adv_match(&r, &s, 1, &other, 1, &gap), 0);
	assert_int_equal(adv_match(&r, &s, 1, NULL, 0, &gap), 0);
}

static void
dont_know_rule_matches_only_dont_know(void **state)
{
	struct adv_rule		 r;
	struct adv_answer	 dk = { "q", NULL, 1, "theme", "borging" };
	struct adv_answer	 no = { "q", "nee", 0, "theme", "borging" };
	double			 gap;

	(void)state;
	memset(&r, 0, sizeof(r));
	snprintf(r.question, sizeof(r.question), "%s", "q");
	snprintf(r.answer, sizeof(r.answer), "%s", "?");
	r.has_answer = 1;
	assert_int_equal(adv_match(&r, NULL, 0, &dk, 1, &gap), 1);
	assert_float_equal(gap, 0, 1e-9);	/* no score for its scope */
	assert_int_equal(adv_match(&r, NULL, 0, &no, 1, &gap), 0);
}

/* Builds rules from a document; returns the set or NULL with err. */
static struct adv_set *
build(const char *rules, char *err, size_t sz)
{
	char		 xml[4096];
	xmlDocPtr	 doc;
	struct adv_set	*set;

	snprintf(xml, sizeof(xml), "<advice xmlns=\"urn:cimolt:advice\" "
	    "version=\"1\">%s</advice>", rules);
	doc = xmlReadMemory(xml, (int)strlen(xml), "t.xml", NULL,
	    XML_PARSE_NONET);
	assert_non_null(doc);
	set = adv_build(doc, NULL, err, sz);
	xmlFreeDoc(doc);
	return set;
}

#define TEXTS "<text xml:lang=\"nl\">Doe iets.</text>" \
	"<text xml:lang=\"en\">Do something.</text>"

static void
import_builds_rules_with_their_links(void **state)
{
	char		 err[1024];
	struct adv_set	*set;

	(void)state;
	set = build("<rule id=\"a\" tier=\"significant\"><when scope=\"category\" "
	    "key=\"gww\" from=\"10\" below=\"40\"/>" TEXTS "<practice ref=\"3\"/>"
	    "<link href=\"https://www.pianoo.nl/\"><label xml:lang=\"nl\">PIANOo"
	    "</label><label xml:lang=\"en\">PIANOo (en)</label></link></rule>",
	    err, sizeof(err));
	assert_non_null(set);
	assert_int_equal(set->version, 1);
	assert_int_equal(set->n, 1);
	assert_string_equal(set->rules[0].key, "gww");
	assert_float_equal(set->rules[0].from, 10, 1e-9);
	assert_float_equal(set->rules[0].below, 40, 1e-9);
	assert_string_equal(set->rules[0].text[LANG_EN], "Do something.");
	assert_int_equal(set->rules[0].nlinks, 2);
	assert_int_equal(set->rules[0].links[0].practice_id, 3);
	assert_string_equal(set->rules[0].links[1].label[LANG_EN],
	    "PIANOo (en)");
	adv_free(set);
}

static void
import_refuses_an_empty_band_an_unknown_key_and_a_twice_used_id(void **state)
{
	char err[2048];

	(void)state;
	assert_null(build("<rule id=\"a\" tier=\"basis\"><when scope=\"theme\" "
	    "key=\"borging\" from=\"50\" below=\"50\"/>" TEXTS "</rule>"
	    "<rule id=\"b\" tier=\"basis\"><when scope=\"theme\" key=\"nope\"/>"
	    TEXTS "</rule><rule id=\"a\" tier=\"basis\"><when scope=\"overall\"/>"
	    TEXTS "</rule>", err, sizeof(err)));
	assert_non_null(strstr(err, "1: rule a: an empty band"));
	assert_non_null(strstr(err, "rule b: unknown scope theme with key "
	    "\"nope\""));
	assert_non_null(strstr(err, "rule a: the id is used twice"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(band_includes_its_lower_bound_and_excludes_its_upper),
		cmocka_unit_test(band_without_below_reaches_100_inclusive),
		cmocka_unit_test(adjacent_bands_never_both_apply),
		cmocka_unit_test(band_rule_needs_a_score_in_its_scope),
		cmocka_unit_test(gap_is_100_minus_the_score),
		cmocka_unit_test(answer_rule_matches_exactly_its_answer),
		cmocka_unit_test(dont_know_rule_matches_only_dont_know),
		cmocka_unit_test(import_builds_rules_with_their_links),
		cmocka_unit_test(import_refuses_an_empty_band_an_unknown_key_and_a_twice_used_id),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
