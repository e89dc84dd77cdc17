/* Unit tests of the information pages' safe markup (fcgi/markup.c): the
 * XML each kind of line and span becomes, and what stays text. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include <libxml/tree.h>

#include "../../fcgi/doc.h"

/* The XML that src becomes under <c>, serialised without the XML
 * declaration, into buf. */
static void
render(const char *src, char *buf, size_t sz)
{
	xmlDocPtr	 doc;
	xmlNodePtr	 root;
	xmlBufferPtr	 b;

	doc = xmlNewDoc((const xmlChar *)"1.0");
	root = xmlNewDocNode(doc, NULL, (const xmlChar *)"c", NULL);
	xmlDocSetRootElement(doc, root);
	assert_int_equal(markup_xml(root, src), 0);
	b = xmlBufferCreate();
	assert_true(xmlNodeDump(b, doc, root, 0, 0) > 0);
	snprintf(buf, sz, "%s", (const char *)xmlBufferContent(b));
	xmlBufferFree(b);
	xmlFreeDoc(doc);
}

#define ASSERT_MARKUP(src, want) do { \
		char out[4096]; \
		render((src), out, sizeof(out)); \
		assert_string_equal(out, (want)); \
	} while (0)

static void
paragraphs_join_lines_until_a_blank_line(void **state)
{
	(void)state;
	ASSERT_MARKUP("een\r\ntwee\n\n  drie  \n",
	    "<c><para>een twee</para><para>drie</para></c>");
}

static void
headings_two_and_three_and_one_as_two(void **state)
{
	(void)state;
	ASSERT_MARKUP("# A\n## B\n### C\n#### D\n#geen",
	    "<c><heading level=\"2\">A</heading><heading level=\"2\">B"
	    "</heading><heading level=\"3\">C</heading><para>#### D #geen"
	    "</para></c>");
}

static void
lists_bulleted_and_numbered_each_their_own(void **state)
{
	(void)state;
	ASSERT_MARKUP("- a\n* b\n  verder\n1. c\n2. d\nna",
	    "<c><list kind=\"ul\"><item>a</item><item>b verder</item></list>"
	    "<list kind=\"ol\"><item>c</item><item>d</item></list>"
	    "<para>na</para></c>");
}

static void
strong_emphasis_and_links(void **state)
{
	(void)state;
	ASSERT_MARKUP("**vet** en *schuin* en [de site](/privacy), "
	    "[mail](mailto:a@b.nl) [web](https://x.nl/a?b=c)",
	    "<c><para><strong>vet</strong> en <em>schuin</em> en "
	    "<link href=\"/privacy\">de site</link>, "
	    "<link href=\"mailto:a@b.nl\">mail</link> "
	    "<link href=\"https://x.nl/a?b=c\">web</link></para></c>");
}

static void
html_and_unsafe_links_stay_text(void **state)
{
	(void)state;
	ASSERT_MARKUP("<script>alert(1)</script> "
	    "[klik](javascript:alert(1)) [x](//elders.nl) [y](data:text/html,a)"
	    " [z](/a b)",
	    "<c><para>&lt;script&gt;alert(1)&lt;/script&gt; "
	    "[klik](javascript:alert(1)) [x](//elders.nl) "
	    "[y](data:text/html,a) [z](/a b)</para></c>");
}

static void
stars_without_a_closing_pair_stay_text(void **state)
{
	(void)state;
	ASSERT_MARKUP("2 * 3 * 4 en *open en ** leeg",
	    "<c><para>2 * 3 * 4 en *open en ** leeg</para></c>");
}

static void
hrefs_allowed_are_web_mail_and_own_paths(void **state)
{
	(void)state;
	assert_int_equal(markup_href_ok("https://a.nl", 12), 1);
	assert_int_equal(markup_href_ok("mailto:x@y.nl", 13), 1);
	assert_int_equal(markup_href_ok("/help", 5), 1);
	assert_int_equal(markup_href_ok("//a.nl", 6), 0);
	assert_int_equal(markup_href_ok("JavaScript:x", 12), 0);
	assert_int_equal(markup_href_ok("https://", 8), 0);
	assert_int_equal(markup_href_ok("/a\"b", 4), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(paragraphs_join_lines_until_a_blank_line),
		cmocka_unit_test(headings_two_and_three_and_one_as_two),
		cmocka_unit_test(lists_bulleted_and_numbered_each_their_own),
		cmocka_unit_test(strong_emphasis_and_links),
		cmocka_unit_test(html_and_unsafe_links_stay_text),
		cmocka_unit_test(stars_without_a_closing_pair_stay_text),
		cmocka_unit_test(hrefs_allowed_are_web_mail_and_own_paths),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
