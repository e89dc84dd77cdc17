/*
 * Content negotiation: which language a page is in and whether the client
 * wants the page document as XML instead of HTML. Both parse the quality
 * values of RFC 9110 section 12.4.2 ("q=0.8") and take the best match.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core.h"

/*
 * Splits one list member of an Accept-style header at s into its value
 * [*vs, *ve) and its quality in thousandths. Returns a pointer past the
 * member (at the next comma or the end).
 */
static const char *
member(const char *s, const char **vs, const char **ve, int *q)
{
	const char *end, *p;

	while (*s == ' ' || *s == '\t' || *s == ',')
		s++;
	if ((end = strchr(s, ',')) == NULL)
		end = s + strlen(s);
	*vs = s;
	for (p = s; p < end && *p != ';' && *p != ' ' && *p != '\t'; p++)
		continue;
	*ve = p;
	*q = 1000;
	for (; p < end; p++) {
		if (*p != ';')
			continue;
		p++;
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		if (end - p >= 2 && (*p == 'q' || *p == 'Q') && p[1] == '=') {
			/* qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ) */
			const char *d = p + 2;
			int v = 0, scale = 1000;
			if (d < end && (*d == '0' || *d == '1')) {
				v = (*d - '0') * 1000;
				d++;
				if (d < end && *d == '.')
					for (d++, scale = 100; d < end &&
					    *d >= '0' && *d <= '9' && scale > 0;
					    d++, scale /= 10)
						v += (*d - '0') * scale;
			}
			*q = v > 1000 ? 1000 : v;
		}
	}
	return end;
}

/* Returns 1 when [vs, ve) equals s, ignoring case. */
static int
token_is(const char *vs, const char *ve, const char *s)
{
	size_t n = strlen(s);

	return (size_t)(ve - vs) == n && strncasecmp(vs, s, n) == 0;
}

enum lang
lang_choose(const char *param, const char *cookie, const char *accept)
{
	const char	*p, *vs, *ve;
	int		 l, q, best = -1, bestq = 0, wildq = -1;

	if ((l = valid_lang(param)) != -1)
		return (enum lang)l;
	if ((l = valid_lang(cookie)) != -1)
		return (enum lang)l;
	if (accept == NULL)
		return LANG_NL;
	for (p = accept; *p != '\0'; ) {
		p = member(p, &vs, &ve, &q);
		if (token_is(vs, ve, "*")) {
			wildq = q;
			continue;
		}
		/* A language range matches its primary tag: "en-GB" is English. */
		for (const char *d = vs; d < ve; d++)
			if (*d == '-') {
				ve = d;
				break;
			}
		for (l = 0; l < LANG__MAX; l++)
			if (token_is(vs, ve, lang_codes[l]) && q > bestq) {
				best = l;
				bestq = q;
			}
	}
	if (best == -1 || (wildq > bestq && best != LANG_NL))
		return LANG_NL;
	return (enum lang)best;
}

int
accept_prefers_xml(const char *accept)
{
	const char	*p, *vs, *ve;
	int		 q, xml = 0, html = -1, any = 0;

	if (accept == NULL)
		return 0;
	for (p = accept; *p != '\0'; ) {
		p = member(p, &vs, &ve, &q);
		if (token_is(vs, ve, "application/xml") ||
		    token_is(vs, ve, "text/xml"))
			xml = q > xml ? q : xml;
		else if (token_is(vs, ve, "text/html"))
			html = q;
		else if (token_is(vs, ve, "*/*") || token_is(vs, ve, "text/*"))
			any = q > any ? q : any;
	}
	if (html == -1)
		html = any;
	return xml > 0 && xml > html;
}
