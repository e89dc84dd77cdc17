/*
 * Fuzzes the advice import checks (fcgi/advice.c) as cimolt-admin advice
 * import runs them: parse, validate against schema/advice.rng, then
 * adv_build's checks against the questions of the shipped questionnaire
 * (schema/questionnaire-2026.xml, built once). A set that is built is
 * then matched against a round without scores, and one with a score
 * of 50 for each rule's scope, as a page would. Whatever the document: no memory error, no leak, and a reason
 * for every refusal.
 */
#include "config.h"

#include <libxml/parser.h>

#include "domain.h"
#include "fuzz.h"

static char rng[4096];
static struct qn *qn;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char		 path[4096], err[8192], *xml = NULL;
	FILE		*fp;
	long		 sz;
	xmlDocPtr	 doc;

	(void)argc;
	(void)argv;
	xmlInitParser();
	snprintf(rng, sizeof(rng), "%s/advice.rng", FUZZ_SCHEMA_DIR);
	snprintf(path, sizeof(path), "%s/questionnaire-2026.xml",
	    FUZZ_SCHEMA_DIR);
	if ((fp = fopen(path, "rb")) == NULL || fseek(fp, 0, SEEK_END) == -1 ||
	    (sz = ftell(fp)) < 0 || fseek(fp, 0, SEEK_SET) == -1 ||
	    (xml = malloc((size_t)sz)) == NULL ||
	    fread(xml, 1, (size_t)sz, fp) != (size_t)sz) {
		fprintf(stderr, "fuzz_advice: cannot read %s\n", path);
		exit(1);
	}
	fclose(fp);
	snprintf(path, sizeof(path), "%s/questionnaire.rng", FUZZ_SCHEMA_DIR);
	if ((doc = qn_parse(xml, (size_t)sz, err, sizeof(err))) == NULL ||
	    qn_validate(doc, path, err, sizeof(err)) == -1 ||
	    (qn = qn_build(doc, err, sizeof(err))) == NULL) {
		fprintf(stderr, "fuzz_advice: the questionnaire: %s\n", err);
		exit(1);
	}
	free(xml);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		 err[8192];
	xmlDocPtr	 doc;
	struct adv_set	*set;
	double		 gap;

	if ((doc = qn_parse((const char *)data, size, err,
	    sizeof(err))) == NULL) {
		FUZZ_CHECK(err[0] != '\0');
		return 0;
	}
	if (qn_validate(doc, rng, err, sizeof(err)) == -1) {
		FUZZ_CHECK(err[0] != '\0');
		xmlFreeDoc(doc);
		return 0;
	}
	if ((set = adv_build(doc, qn, err, sizeof(err))) == NULL)
		FUZZ_CHECK(err[0] != '\0');
	else {
		FUZZ_CHECK(set->n > 0);
		for (size_t i = 0; i < set->n; i++) {
			FUZZ_CHECK(adv_tier_rank(set->rules[i].tier) < 3);
			struct adv_score sc = { set->rules[i].scope,
			    set->rules[i].key, 50.0, 1 };
			(void)adv_match(&set->rules[i], NULL, 0, NULL, 0, &gap);
			(void)adv_match(&set->rules[i], &sc, 1, NULL, 0, &gap);
		}
	}
	adv_free(set);
	xmlFreeDoc(doc);
	return 0;
}
