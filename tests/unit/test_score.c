/*
 * Unit tests of the monitor's scoring (fcgi/score.c), each case computed
 * by hand in its comment, on a small questionnaire built here.
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "../../fcgi/domain.h"

#define T(s) "<text xml:lang=\"nl\">" s "</text><text xml:lang=\"en\">" s "</text>"
#define D(v) "<descriptor value=\"" v "\" xml:lang=\"nl\">d</descriptor>" \
    "<descriptor value=\"" v "\" xml:lang=\"en\">d</descriptor>"
#define DESCRIPTORS D("0") D("1") D("2") D("3") D("4")
#define TITLE "<title xml:lang=\"nl\">t</title><title xml:lang=\"en\">t</title>"
#define NUM(id, role) "<question id=\"" id "\" type=\"number\" unit=\"euro\" " \
    "min=\"0\" max=\"1000000\" role=\"" role "\">" T("n") "</question>"

static const char xml[] =
    "<questionnaire xmlns=\"urn:cimolt:questionnaire\" year=\"2026\" "
    "version=\"1\">" TITLE
    "<level id=\"strategisch\">" TITLE
    "<section id=\"s-alg\" theme=\"algemeen-beleid\">" TITLE
    "<question id=\"a1\" type=\"maturity\" weight=\"2\">" T("a1") DESCRIPTORS
    "</question>"
    "<question id=\"a2\" type=\"yesno\" weight=\"1\">" T("a2") "</question>"
    "<question id=\"a3\" type=\"text\">" T("a3") "</question>"
    "</section>"
    "<section id=\"s-ink\" theme=\"inkoopbeleid\">" TITLE
    "<question id=\"b1\" type=\"choice\" weight=\"1\">" T("b1")
    "<option value=\"x\" score=\"0\"><label xml:lang=\"nl\">x</label>"
    "<label xml:lang=\"en\">x</label></option>"
    "<option value=\"y\" score=\"50\"><label xml:lang=\"nl\">y</label>"
    "<label xml:lang=\"en\">y</label></option>"
    "<option value=\"z\" score=\"100\"><label xml:lang=\"nl\">z</label>"
    "<label xml:lang=\"en\">z</label></option></question>"
    "<question id=\"b2\" type=\"percentage\" weight=\"3\">" T("b2")
    "</question>"
    "<question id=\"b3\" type=\"percentage\">" T("b3") "</question>"
    "</section></level>"
    "<level id=\"operationeel\">" TITLE
    "<section id=\"o-gww\" category=\"gww\">" TITLE
    NUM("g-s", "spend") NUM("g-sc", "spend-circular")
    "<question id=\"g1\" type=\"maturity\" weight=\"1\">" T("g1") DESCRIPTORS
    "</question></section>"
    "<section id=\"o-bouw\" category=\"bouw\">" TITLE
    NUM("h-s", "spend") NUM("h-sc", "spend-circular")
    "<question id=\"h1\" type=\"yesno\" weight=\"2\">" T("h1") "</question>"
    "</section></level></questionnaire>";

static struct qn *qn;

static int
setup(void **state)
{
	char		 err[1024];
	xmlDocPtr	 doc;

	(void)state;
	doc = qn_parse(xml, sizeof(xml) - 1, err, sizeof(err));
	if (doc == NULL)
		return -1;
	if ((qn = qn_build(doc, err, sizeof(err))) == NULL) {
		xmlFreeDoc(doc);
		return -1;
	}
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	qn_free(qn);
	return 0;
}

static struct qscores sc;

#define SCORE(...) do { \
		const struct qanswer a_[] = { __VA_ARGS__ }; \
		score_round(qn, a_, sizeof(a_) / sizeof(a_[0]), &sc); \
	} while (0)
#define A(id, v) { id, v, 0 }
#define DK(id) { id, NULL, 1 }

static void
no_answers_no_scores_but_totals(void **state)
{
	(void)state;
	/* Scored: a1 a2 b1 b2 (b3 has no weight, a3 is text) g1 h1. */
	score_round(qn, NULL, 0, &sc);
	assert_int_equal(sc.overall.has, 0);
	assert_int_equal(sc.overall.total, 6);
	assert_int_equal(sc.level[0].total, 4);
	assert_int_equal(sc.level[1].total, 2);
	assert_int_equal(sc.theme[THEME_GENERAL].total, 2);
	assert_int_equal(sc.category[CAT_GWW].total, 1);
	assert_int_equal(sc.has_share_overall, 0);
}

static void
weighted_mean_of_a_theme(void **state)
{
	(void)state;
	/* a1 = 4 -> 100 (w 2), a2 = nee -> 0 (w 1): (200 + 0) / 3. */
	SCORE(A("a1", "4"), A("a2", "nee"));
	assert_true(sc.theme[THEME_GENERAL].has);
	assert_float_equal(sc.theme[THEME_GENERAL].score, 200.0 / 3, 1e-9);
	assert_int_equal(sc.theme[THEME_GENERAL].answered, 2);
}

static void
dont_know_is_left_out_not_zero(void **state)
{
	(void)state;
	/* a1 don't know: only a2 = ja (100) counts: 100, not 100/3. */
	SCORE(DK("a1"), A("a2", "ja"));
	assert_float_equal(sc.theme[THEME_GENERAL].score, 100.0, 1e-9);
	assert_int_equal(sc.theme[THEME_GENERAL].answered, 1);
	assert_int_equal(sc.theme[THEME_GENERAL].total, 2);
}

static void
missing_answer_is_left_out(void **state)
{
	(void)state;
	/* a2 missing: a1 = 1 -> 25 alone. */
	SCORE(A("a1", "1"));
	assert_float_equal(sc.theme[THEME_GENERAL].score, 25.0, 1e-9);
}

static void
choice_and_percentage_weights(void **state)
{
	(void)state;
	/* b1 = y -> 50 (w 1), b2 = 20 (w 3): (50 + 60) / 4 = 27.5. */
	SCORE(A("b1", "y"), A("b2", "20"));
	assert_float_equal(sc.theme[THEME_PROCUREMENT].score, 27.5, 1e-9);
}

static void
invalid_stored_values_do_not_count(void **state)
{
	(void)state;
	/* a1 = 7 is no level, b1 = q no option, b2 = 101 no percentage:
	 * only a2 = ja counts. */
	SCORE(A("a1", "7"), A("a2", "ja"), A("b1", "q"), A("b2", "101"));
	assert_int_equal(sc.level[0].answered, 1);
	assert_float_equal(sc.level[0].score, 100.0, 1e-9);
}

static void
unweighted_percentage_and_text_are_not_scored(void **state)
{
	(void)state;
	SCORE(A("b3", "90"), A("a3", "ons verhaal"));
	assert_int_equal(sc.overall.has, 0);
	assert_int_equal(sc.overall.answered, 0);
}

static void
strategic_level_over_its_themes(void **state)
{
	(void)state;
	/* a1 = 2 -> 50 (w 2), a2 = ja 100 (w 1), b1 = z 100 (w 1),
	 * b2 = 0 (w 3): (100 + 100 + 100 + 0) / 7. */
	SCORE(A("a1", "2"), A("a2", "ja"), A("b1", "z"), A("b2", "0"));
	assert_float_equal(sc.level[0].score, 300.0 / 7, 1e-9);
	assert_int_equal(sc.level[1].has, 0);
}

static void
operational_level_and_categories(void **state)
{
	(void)state;
	/* g1 = 3 -> 75 (w 1), h1 = ja -> 100 (w 2): level (75 + 200) / 3,
	 * gww 75, bouw 100. */
	SCORE(A("g1", "3"), A("h1", "ja"));
	assert_float_equal(sc.level[1].score, 275.0 / 3, 1e-9);
	assert_float_equal(sc.category[CAT_GWW].score, 75.0, 1e-9);
	assert_float_equal(sc.category[CAT_BUILDING].score, 100.0, 1e-9);
	assert_int_equal(sc.category[CAT_OFFICE].has, 0);
}

static void
overall_over_every_answered_question(void **state)
{
	(void)state;
	/* a1 = 4 100 w2, b2 = 50 w3, g1 = 0 0 w1, h1 = nee 0 w2:
	 * (200 + 150 + 0 + 0) / 8 = 43.75. */
	SCORE(A("a1", "4"), A("b2", "50"), A("g1", "0"), A("h1", "nee"));
	assert_float_equal(sc.overall.score, 43.75, 1e-9);
	assert_int_equal(sc.overall.answered, 4);
}

static void
spend_share_per_category_and_overall_by_money(void **state)
{
	(void)state;
	/* gww 150 of 1000 = 15%; bouw 100 of 3000 = 3.33%; overall
	 * (150 + 100) / 4000 = 6.25%: below the 10% target. */
	SCORE(A("g-s", "1000"), A("g-sc", "150"), A("h-s", "3000"),
	    A("h-sc", "100"));
	assert_float_equal(sc.share[CAT_GWW], 15.0, 1e-9);
	assert_float_equal(sc.share[CAT_BUILDING], 100.0 / 30, 1e-9);
	assert_float_equal(sc.share_overall, 6.25, 1e-9);
	assert_int_equal(sc.meets_target, 0);
}

static void
spend_share_needs_both_values_and_money(void **state)
{
	(void)state;
	/* bouw lacks its circular value and office has 0 spend: only gww
	 * counts, 150 of 1000 = 15%, which meets the target. */
	SCORE(A("g-s", "1000"), A("g-sc", "150"), A("h-s", "3000"));
	assert_int_equal(sc.has_share[CAT_BUILDING], 0);
	assert_float_equal(sc.share_overall, 15.0, 1e-9);
	assert_int_equal(sc.meets_target, 1);
	SCORE(A("g-s", "0"), A("g-sc", "0"));
	assert_int_equal(sc.has_share[CAT_GWW], 0);
	assert_int_equal(sc.has_share_overall, 0);
}

static void
spend_share_exactly_at_target_meets_it(void **state)
{
	(void)state;
	/* 100 of 1000 = 10%: the target is met, not missed. */
	SCORE(A("g-s", "1000"), A("g-sc", "100"));
	assert_float_equal(sc.share_overall, 10.0, 1e-9);
	assert_int_equal(sc.meets_target, 1);
}

static void
build_refuses_duplicate_ids_and_missing_descriptors(void **state)
{
	static const char bad[] =
	    "<questionnaire xmlns=\"urn:cimolt:questionnaire\" year=\"2026\" "
	    "version=\"1\">" TITLE "<level id=\"strategisch\">" TITLE
	    "<section id=\"s\" theme=\"borging\">" TITLE
	    "<question id=\"q\" type=\"yesno\" weight=\"1\">" T("q")
	    "</question>"
	    "<question id=\"q\" type=\"maturity\" weight=\"1\">" T("q")
	    D("0") D("1") D("2") D("3") "</question>"
	    "</section></level></questionnaire>";
	char		 err[1024];
	xmlDocPtr	 doc;
	struct qn	*q;

	(void)state;
	assert_non_null(doc = qn_parse(bad, sizeof(bad) - 1, err, sizeof(err)));
	assert_null(q = qn_build(doc, err, sizeof(err)));
	assert_string_equal(err, "1: question id q is used twice\n"
	    "1: question q: Dutch descriptor for level 4 missing\n"
	    "1: question q: English descriptor for level 4 missing\n");
	xmlFreeDoc(doc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(no_answers_no_scores_but_totals),
		cmocka_unit_test(weighted_mean_of_a_theme),
		cmocka_unit_test(dont_know_is_left_out_not_zero),
		cmocka_unit_test(missing_answer_is_left_out),
		cmocka_unit_test(choice_and_percentage_weights),
		cmocka_unit_test(invalid_stored_values_do_not_count),
		cmocka_unit_test(unweighted_percentage_and_text_are_not_scored),
		cmocka_unit_test(strategic_level_over_its_themes),
		cmocka_unit_test(operational_level_and_categories),
		cmocka_unit_test(overall_over_every_answered_question),
		cmocka_unit_test(spend_share_per_category_and_overall_by_money),
		cmocka_unit_test(spend_share_needs_both_values_and_money),
		cmocka_unit_test(spend_share_exactly_at_target_meets_it),
		cmocka_unit_test(build_refuses_duplicate_ids_and_missing_descriptors),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
