/*
 * CSV, as RFC 4180 describes it and as Dutch spreadsheets write it: the
 * separator is ';' or ',' (whichever the header line uses), fields may be
 * quoted with '"' (a quote inside doubled), and a UTF-8 byte order mark
 * at the start is skipped. One record per line: quoted line breaks are
 * refused, as no list the programme imports has them.
 *
 * Output (exports) goes into a growing buffer, csv_put.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core.h"

char
csv_separator(const char *header)
{
	/* The one that splits the header into more fields wins. */
	size_t semi = 0, comma = 0;

	for (; *header != '\0'; header++)
		if (*header == ';')
			semi++;
		else if (*header == ',')
			comma++;
	return semi >= comma ? ';' : ',';
}

int
csv_split(char *line, char sep, char **fields, size_t max)
{
	char	*r = line, *w = line;
	size_t	 n = 0;

	/* A byte order mark, and the line end, are not data. */
	if (strncmp(r, "\xef\xbb\xbf", 3) == 0)
		r += 3;
	line[strcspn(line, "\r\n")] = '\0';
	for (;;) {
		if (n == max)
			return -1;
		fields[n++] = w;
		if (*r == '"') {
			for (r++;; r++) {
				if (*r == '\0')
					return -1;	/* unterminated */
				if (*r == '"' && r[1] == '"')
					*w++ = *r++;
				else if (*r == '"')
					break;
				else
					*w++ = *r;
			}
			r++;
			if (*r != sep && *r != '\0')
				return -1;	/* text after the quote */
		} else
			while (*r != sep && *r != '\0') {
				if (*r == '"')
					return -1;
				*w++ = *r++;
			}
		if (*r == '\0') {
			*w = '\0';
			return (int)n;
		}
		*w++ = '\0';
		r++;
	}
}

int
csv_put(struct csv_out *o, const char *s, size_t n)
{
	char *more;

	if (o->len + n + 1 > o->cap) {
		size_t cap = o->cap ? o->cap : 4096;
		while (cap < o->len + n + 1)
			cap *= 2;
		if ((more = realloc(o->buf, cap)) == NULL)
			return -1;
		o->buf = more;
		o->cap = cap;
	}
	memcpy(o->buf + o->len, s, n);
	o->len += n;
	o->buf[o->len] = '\0';
	return 0;
}

/* Returns 1 when s is a number as the exports write it (an optional
 * minus, digits, one decimal comma or point, digits): no formula. */
static int
plain_number(const char *s)
{
	size_t n;

	if (*s == '-')
		s++;
	if ((n = strspn(s, "0123456789")) == 0)
		return 0;
	s += n;
	if (*s == ',' || *s == '.')
		s += strspn(s + 1, "0123456789") + 1;
	return *s == '\0' && s[-1] != ',' && s[-1] != '.';
}

/*
 * Returns 1 when a spreadsheet could take s as a formula (OWASP, CSV
 * injection): it starts with =, +, -, @, a tab or a CR, or holds one
 * of =, +, -, @ after leading white space (" =1+1" is a formula to
 * some), unless it is a plain number.
 */
static int
formula(const char *s)
{
	if (*s == '\t' || *s == '\r')
		return 1;
	s += strspn(s, " \t\r\n");
	return *s != '\0' && strchr("=+-@", *s) != NULL && !plain_number(s);
}

int
csv_field(struct csv_out *out, const char *s, int last)
{
	/* Quoted when it holds a separator of any locale (';' or ','), a
	 * quote or a line break, quotes doubled; a possible formula is
	 * defused with a leading quote, so a spreadsheet never runs a
	 * registrant's text. */
	int quote = strpbrk(s, ";,\"\r\n") != NULL;

	if (csv_put(out, "\"", quote) == -1 ||
	    (formula(s) && csv_put(out, "'", 1) == -1))
		return -1;
	for (; *s != '\0'; s++)
		if (csv_put(out, s, 1) == -1 ||
		    (*s == '"' && csv_put(out, "\"", 1) == -1))
			return -1;
	if (csv_put(out, "\"", quote) == -1)
		return -1;
	return last ? csv_put(out, "\r\n", 2) : csv_put(out, ";", 1);
}
