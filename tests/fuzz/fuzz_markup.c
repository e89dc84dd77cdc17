/*
 * Fuzzes the information pages' safe markup (fcgi/markup.c): whatever an
 * organiser types, markup_xml succeeds, makes only the elements the
 * stylesheets know (heading, para, list, item, strong, em, link), each
 * link with an address markup_href_ok accepts, headings of level 2 or 3
 * and lists of kind ul or ol; and the text it keeps is never longer than
 * what was typed (lines are joined, never invented).
 */
#include "config.h"

#include <libxml/tree.h>

#include "doc.h"
#include "fuzz.h"

/* Checks the elements under n; adds the length of their text to *len. */
static void
check(xmlNodePtr n, size_t *len)
{
	static const char *const known[] = { "heading", "para", "list",
	    "item", "strong", "em", "link" };
	xmlChar	*v;
	int	 ok;

	for (; n != NULL; n = n->next) {
		if (n->type == XML_TEXT_NODE) {
			*len += strlen((const char *)n->content);
			continue;
		}
		FUZZ_CHECK(n->type == XML_ELEMENT_NODE);
		ok = 0;
		for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++)
			ok |= strcmp((const char *)n->name, known[i]) == 0;
		FUZZ_CHECK(ok);
		if (strcmp((const char *)n->name, "link") == 0) {
			v = xmlGetProp(n, (const xmlChar *)"href");
			FUZZ_CHECK(v != NULL && markup_href_ok((const char *)v,
			    strlen((const char *)v)));
			xmlFree(v);
		} else if (strcmp((const char *)n->name, "heading") == 0) {
			v = xmlGetProp(n, (const xmlChar *)"level");
			FUZZ_CHECK(v != NULL && (strcmp((const char *)v, "2") ==
			    0 || strcmp((const char *)v, "3") == 0));
			xmlFree(v);
		} else if (strcmp((const char *)n->name, "list") == 0) {
			v = xmlGetProp(n, (const xmlChar *)"kind");
			FUZZ_CHECK(v != NULL && (strcmp((const char *)v, "ul") ==
			    0 || strcmp((const char *)v, "ol") == 0));
			xmlFree(v);
		}
		check(n->children, len);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	xmlDocPtr	 doc;
	xmlNodePtr	 root;
	char		*src;
	size_t		 len = 0;

	if ((src = malloc(size + 1)) == NULL)
		return 0;
	memcpy(src, data, size);
	src[size] = '\0';
	if ((doc = xmlNewDoc((const xmlChar *)"1.0")) == NULL ||
	    (root = xmlNewDocNode(doc, NULL, (const xmlChar *)"content",
	    NULL)) == NULL) {
		xmlFreeDoc(doc);
		free(src);
		return 0;
	}
	xmlDocSetRootElement(doc, root);
	FUZZ_CHECK(markup_xml(root, src) == 0);
	check(root->children, &len);
	FUZZ_CHECK(len <= strlen(src));
	xmlFreeDoc(doc);
	free(src);
	return 0;
}
