/*
 * Fuzzes the questionnaire import checks (fcgi/questionnaire.c) as
 * cimolt-admin questionnaire import runs them: parse (no entities, no
 * network), validate against schema/questionnaire.rng, then qn_build's
 * own checks. Whatever the document, each step must answer without a
 * memory error or a leak, and say why when it refuses.
 */
#include "config.h"

#include <libxml/parser.h>

#include "domain.h"
#include "fuzz.h"

static char rng[4096];

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	xmlInitParser();
	snprintf(rng, sizeof(rng), "%s/questionnaire.rng", FUZZ_SCHEMA_DIR);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		 err[8192];
	xmlDocPtr	 doc;
	struct qn	*qn;

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
	if ((qn = qn_build(doc, err, sizeof(err))) == NULL) {
		FUZZ_CHECK(err[0] != '\0');
		xmlFreeDoc(doc);
		return 0;
	}
	/* Every question is found by its id. */
	for (size_t i = 0; i < qn->nquestions; i++)
		FUZZ_CHECK(qn_question(qn, qn->questions[i].id) ==
		    &qn->questions[i]);
	qn_free(qn);		/* and the document it owns */
	return 0;
}
