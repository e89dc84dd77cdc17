/*
 * The small, safe markup organisers write the information pages in
 * (about, contact, privacy, accessibility, help), turned into XML
 * elements that the stylesheets render. It is never HTML: whatever is
 * typed ends up in text nodes, escaped on output, so "<script>" shows as
 * those characters. What it knows, line by line:
 *
 *	## Heading		<heading level="2">	(# too: h1 is the title)
 *	### Heading		<heading level="3">
 *	- item  or  * item	<list kind="ul"><item>
 *	1. item			<list kind="ol"><item>
 *	other lines		<para>, joined until a blank line
 *
 * and inside each: **strong**, *emphasis* and [text](address) with an
 * address that starts with https://, http://, mailto: or one "/" (a page
 * of this site). Anything else, a javascript: address among them, stays
 * as the characters typed.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "doc.h"

#define X(s) ((const xmlChar *)(s))

/* Adds n bytes of s as text under parent. Returns 0/-1. */
static int
add_text(xmlNodePtr parent, const char *s, size_t n)
{
	xmlNodePtr t;

	if (n == 0)
		return 0;
	if ((t = xmlNewTextLen(X(s), (int)n)) == NULL)
		return -1;
	if (xmlAddChild(parent, t) == NULL) {	/* parent owns t */
		xmlFreeNode(t);
		return -1;
	}
	return 0;
}

/* Adds <name> with n bytes of s as its text. Returns the node or NULL. */
static xmlNodePtr
add_elem_text(xmlNodePtr parent, const char *name, const char *s, size_t n)
{
	xmlNodePtr e;

	if ((e = doc_elem(parent, name)) == NULL || add_text(e, s, n) == -1)
		return NULL;
	return e;
}

int
markup_href_ok(const char *s, size_t n)
{
	if (n == 0 || n > 500)
		return 0;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] <= 0x20 || s[i] == 0x7f ||
		    s[i] == '"' || s[i] == '<' || s[i] == '>' || s[i] == '\\')
			return 0;
	if (n > 8 && strncmp(s, "https://", 8) == 0)
		return 1;
	if (n > 7 && strncmp(s, "http://", 7) == 0)
		return 1;
	if (n > 7 && strncmp(s, "mailto:", 7) == 0)
		return 1;
	/* A path of this site, not "//host" (another site). */
	return s[0] == '/' && (n == 1 || s[1] != '/');
}

/*
 * The end of a span that opens at s[0..open) and closes with the same
 * marker (open bytes of '*'), within s[0..n): the offset of the closing
 * marker, or 0 when there is none. The text inside is not empty and does
 * not start or end with a space, as in "*word*" and not "2 * 3 * 4".
 */
static size_t
span_end(const char *s, size_t n, size_t open)
{
	if (n <= 2 * open || s[open] == ' ' || s[open] == '*')
		return 0;
	for (size_t i = open + 1; i + open <= n; i++)
		if (strncmp(s + i, open == 2 ? "**" : "*", open) == 0 &&
		    s[i - 1] != ' ' &&
		    (open == 2 || (s[i - 1] != '*' &&
		    (i + 1 == n || s[i + 1] != '*'))))
			return i;
	return 0;
}

/* Adds the inline content of s[0..n) under parent: text, <strong>,
 * <em> and <link href>. Returns 0/-1. */
static int
inline_xml(xmlNodePtr parent, const char *s, size_t n)
{
	size_t	 start = 0, i = 0, end, close, text_end;
	xmlNodePtr a;

	while (i < n) {
		if (s[i] == '*' && i + 1 < n && s[i + 1] == '*' &&
		    (end = span_end(s + i, n - i, 2)) != 0) {
			if (add_text(parent, s + start, i - start) == -1 ||
			    add_elem_text(parent, "strong", s + i + 2,
			    end - 2) == NULL)
				return -1;
			i += end + 2;
			start = i;
		} else if (s[i] == '*' &&
		    (end = span_end(s + i, n - i, 1)) != 0) {
			if (add_text(parent, s + start, i - start) == -1 ||
			    add_elem_text(parent, "em", s + i + 1,
			    end - 1) == NULL)
				return -1;
			i += end + 1;
			start = i;
		} else if (s[i] == '[') {
			/* [text](href): text without brackets, href up to
			 * the first ')' */
			text_end = i + 1;
			while (text_end < n && s[text_end] != ']' &&
			    s[text_end] != '[')
				text_end++;
			close = text_end + 2;
			while (close < n && s[close] != ')')
				close++;
			if (text_end < n && s[text_end] == ']' &&
			    text_end > i + 1 && text_end + 1 < n &&
			    s[text_end + 1] == '(' && close < n &&
			    markup_href_ok(s + text_end + 2,
			    close - text_end - 2)) {
				char	*href;

				if (add_text(parent, s + start, i - start) ==
				    -1 ||
				    (href = strndup(s + text_end + 2,
				    close - text_end - 2)) == NULL)
					return -1;
				a = add_elem_text(parent, "link", s + i + 1,
				    text_end - i - 1);
				if (a == NULL || doc_attr(a, "href", href) == -1) {
					free(href);
					return -1;
				}
				free(href);
				i = close + 1;
				start = i;
			} else
				i++;
		} else
			i++;
	}
	return add_text(parent, s + start, n - start);
}

/* The block being gathered: a paragraph's lines or a list item's. */
struct gather {
	xmlNodePtr	 list;		/* the open list, or NULL */
	char		*buf;		/* the open paragraph or item */
	size_t		 len, cap;
	int		 open;		/* 'p', 'i' (item) or 0 */
};

/* Appends n bytes of s to the gathered text, a space between lines.
 * Returns 0/-1. */
static int
gather_add(struct gather *g, const char *s, size_t n)
{
	char *p;

	if (g->len + n + 2 > g->cap) {
		g->cap = (g->len + n + 2) * 2;
		if ((p = realloc(g->buf, g->cap)) == NULL)
			return -1;
		g->buf = p;
	}
	if (g->len > 0)
		g->buf[g->len++] = ' ';
	memcpy(g->buf + g->len, s, n);
	g->len += n;
	return 0;
}

/* Writes out the open paragraph or item under root (or its list).
 * Returns 0/-1. */
static int
gather_flush(struct gather *g, xmlNodePtr root)
{
	xmlNodePtr n;
	int	 rc = 0;

	if (g->open == 'p')
		rc = (n = doc_elem(root, "para")) == NULL ||
		    inline_xml(n, g->buf, g->len) == -1 ? -1 : 0;
	else if (g->open == 'i')
		rc = (n = doc_elem(g->list, "item")) == NULL ||
		    inline_xml(n, g->buf, g->len) == -1 ? -1 : 0;
	g->open = 0;
	g->len = 0;
	return rc;
}

/* The length of a list marker at the start of s ("- ", "* ", "12. "),
 * with its kind in *kind ("ul", "ol"), or 0 when s starts none. */
static size_t
list_marker(const char *s, size_t n, const char **kind)
{
	size_t d = 0;

	if (n >= 2 && (s[0] == '-' || s[0] == '*') && s[1] == ' ') {
		*kind = "ul";
		return 2;
	}
	while (d < n && d < 4 && s[d] >= '0' && s[d] <= '9')
		d++;
	if (d > 0 && d + 1 < n && s[d] == '.' && s[d + 1] == ' ') {
		*kind = "ol";
		return d + 2;
	}
	return 0;
}

int
markup_xml(xmlNodePtr root, const char *src)
{
	struct gather	 g = { NULL, NULL, 0, 0, 0 };
	const char	*line = src, *eol, *kind, *s;
	size_t		 n, lead, m, level;
	xmlNodePtr	 h;
	int		 rc = -1;

	for (; *line != '\0'; line = *eol ? eol + 1 : eol) {
		eol = line + strcspn(line, "\n");
		n = (size_t)(eol - line);
		if (n > 0 && line[n - 1] == '\r')
			n--;
		lead = strspn(line, " \t");
		if (lead > n)
			lead = n;
		s = line + lead;
		m = n - lead;
		while (m > 0 && (s[m - 1] == ' ' || s[m - 1] == '\t'))
			m--;
		if (m == 0) {			/* a blank line ends a block */
			if (gather_flush(&g, root) == -1)
				goto out;
			g.list = NULL;
			continue;
		}
		for (level = 0; level < m && s[level] == '#'; level++)
			continue;
		if (level >= 1 && level <= 3 && level < m && s[level] == ' ') {
			if (gather_flush(&g, root) == -1)
				goto out;
			g.list = NULL;
			if ((h = doc_elem(root, "heading")) == NULL ||
			    doc_attr_int(h, "level", level == 3 ? 3 : 2) == -1 ||
			    inline_xml(h, s + level + 1, m - level - 1) == -1)
				goto out;
			continue;
		}
		if ((level = list_marker(s, m, &kind)) != 0) {
			if (gather_flush(&g, root) == -1)
				goto out;
			if (g.list != NULL) {
				xmlChar *k = xmlGetProp(g.list, X("kind"));
				int	 same = xmlStrEqual(k, X(kind));

				xmlFree(k);
				if (!same)
					g.list = NULL;
			}
			if (g.list == NULL &&
			    ((g.list = doc_elem(root, "list")) == NULL ||
			    doc_attr(g.list, "kind", kind) == -1))
				goto out;
			g.open = 'i';
			if (gather_add(&g, s + level, m - level) == -1)
				goto out;
			continue;
		}
		/* A line of text: it goes on an open item when indented,
		 * else on the open paragraph, else it starts one. */
		if (g.open == 'i' && lead == 0) {
			if (gather_flush(&g, root) == -1)
				goto out;
			g.list = NULL;
		}
		if (g.open == 0) {
			g.list = NULL;
			g.open = 'p';
		}
		if (gather_add(&g, s, m) == -1)
			goto out;
	}
	rc = gather_flush(&g, root);
out:
	free(g.buf);
	return rc;
}
