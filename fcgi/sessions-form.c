/*
 * The session rows of the organisers' event form. Row 1 is the event
 * form's own starts_at, ends_at and place (required, as they always
 * were); rows 2 to SESSIONS_MAX are starts_at_N, ends_at_N and place_N,
 * shown for the sessions there are and two blank ones more. A row left
 * blank is no session: clearing a row removes its session, filling a
 * blank one adds one. Row N of the form is session N of the event in
 * start order when the form was shown, so a changed row keeps its
 * session's calendar UID.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "handlers.h"

/* Rows 2..SESSIONS_MAX: three fields each. */
#define ROW(n) \
	{ .name = "starts_at_" #n, .valid = VALID_DATETIME, \
	  .key = "field.datetime" }, \
	{ .name = "ends_at_" #n, .valid = VALID_DATETIME, \
	  .key = "field.datetime" }, \
	{ .name = "place_" #n, .valid = VALID_TEXT, .max = 200, \
	  .key = "field.text.invalid", .arg = 200, .blank = " \t" }

static const struct form_field row_fields[] = {
	ROW(2), ROW(3), ROW(4), ROW(5), ROW(6), ROW(7), ROW(8), ROW(9),
	ROW(10), ROW(11), ROW(12),
};

#define NROWS	(sizeof(row_fields) / sizeof(row_fields[0]) / 3)

static const struct form rows_form = {
	row_fields, sizeof(row_fields) / sizeof(row_fields[0]), 0
};

void
sessions_to_input(const char *ts, char out[17])
{
	if (ts[0] == '\0')
		out[0] = '\0';
	else
		snprintf(out, 17, "%.10sT%.5s", ts, ts + 11);
}

/* Whether a posted value holds anything. */
static int
filled(const char *raw)
{
	return raw != NULL && raw[strspn(raw, " \t")] != '\0';
}

/* Adds one field of row n (2..) with its label's key and number. */
static xmlNodePtr
row_field(xmlNodePtr f, size_t i, const char *type, const char *value,
    const char *what, size_t n)
{
	xmlNodePtr	 x;
	char		 key[64];

	snprintf(key, sizeof(key), "form.event.session.%s.label", what);
	if ((x = form_field(f, row_fields[i].name, type, value, 0)) == NULL ||
	    doc_attr(x, "label-key", key) == -1 ||
	    doc_attr_int(x, "label-arg", (long long)n) == -1 ||
	    doc_attr_int(x, "row", (long long)n) == -1)
		return NULL;
	return x;
}

int
sessions_form_fields(const struct req *r, xmlNodePtr f,
    const struct db_sessions *old)
{
	struct form_value	 v[sizeof(row_fields) / sizeof(row_fields[0])];
	char			 starts[17], ends[17];
	size_t			 k, shown, last = 0;
	int			 post = r->method == METHOD_POST;

	/* The rows there are (posted, or the stored sessions), and two
	 * blank ones to add sessions with. */
	if (post) {
		(void)form_read(r, &rows_form, v);
		for (k = 0; k < NROWS; k++)
			if (filled(v[3 * k].raw) || filled(v[3 * k + 1].raw) ||
			    filled(v[3 * k + 2].raw))
				last = k + 1;
	} else if (old->n > 1)
		last = old->n - 1;
	shown = last + 2 < NROWS ? last + 2 : NROWS;
	for (k = 0; k < shown; k++) {
		const struct db_session *s = !post && k + 1 < old->n ?
		    &old->s[k + 1] : NULL;

		starts[0] = ends[0] = '\0';
		if (s != NULL) {
			sessions_to_input(s->starts_at, starts);
			sessions_to_input(s->ends_at, ends);
		}
		if (row_field(f, 3 * k, "datetime-local", post ? v[3 * k].raw :
		    starts, "starts_at", k + 2) == NULL ||
		    row_field(f, 3 * k + 1, "datetime-local", post ?
		    v[3 * k + 1].raw : ends, "ends_at", k + 2) == NULL ||
		    row_field(f, 3 * k + 2, "text", post ? v[3 * k + 2].raw :
		    (s ? s->place : NULL), "place", k + 2) == NULL)
			return -1;
	}
	return 0;
}

/* Marks the error key at the field called name. Returns 0/-1. */
static int
mark(xmlNodePtr f, const char *name, const char *key)
{
	xmlNodePtr x;

	if ((x = form_field_of(f, name)) == NULL)
		return 0;	/* a row not shown: posted by hand */
	return form_error(x, key);
}

int
sessions_form_take(const struct req *r, xmlNodePtr f,
    const struct db_sessions *old, const struct db_session *first,
    int online, struct db_sessions *ss)
{
	struct form_value	 v[sizeof(row_fields) / sizeof(row_fields[0])];
	struct db_session	*s;
	size_t			 k;
	int			 bad = 0;

	memset(ss, 0, sizeof(*ss));
	ss->sequence = old->sequence;
	ss->s[0] = *first;
	snprintf(ss->s[0].uid, sizeof(ss->s[0].uid), "%s",
	    old->n > 0 ? old->s[0].uid : "");
	ss->n = 1;
	(void)form_read(r, &rows_form, v);
	if (form_mark(f, &rows_form, v) == -1)
		return -1;
	for (k = 0; k < NROWS; k++) {
		struct form_value *st = &v[3 * k], *en = &v[3 * k + 1],
		    *pl = &v[3 * k + 2];

		if (st->error || en->error || pl->error) {
			bad = 1;
			continue;
		}
		if (!st->given && !en->given && !pl->given)
			continue;	/* a blank row: no session */
		if (!st->given || !en->given) {
			if (mark(f, row_fields[3 * k + (st->given ? 1 : 0)].name,
			    "field.required") == -1)
				return -1;
			bad = 1;
			continue;
		}
		if (strcmp(en->dt, st->dt) <= 0) {
			if (mark(f, row_fields[3 * k + 1].name,
			    "field.ends-before-start") == -1)
				return -1;
			bad = 1;
			continue;
		}
		if (!pl->given && !online) {
			if (mark(f, row_fields[3 * k + 2].name,
			    "field.place-or-url") == -1)
				return -1;
			bad = 1;
			continue;
		}
		s = &ss->s[ss->n++];
		snprintf(s->starts_at, sizeof(s->starts_at), "%s", st->dt);
		snprintf(s->ends_at, sizeof(s->ends_at), "%s", en->dt);
		snprintf(s->place, sizeof(s->place), "%s", pl->given ? pl->s :
		    "");
		/* Row k + 2 was session k + 1 of those shown. */
		snprintf(s->uid, sizeof(s->uid), "%s", k + 1 < old->n ?
		    old->s[k + 1].uid : "");
	}
	return bad ? 0 : 1;
}

void
sessions_span(const struct db_sessions *ss, struct db_event *ev)
{
	size_t i, first = 0, last = 0;

	for (i = 1; i < ss->n; i++) {
		if (strcmp(ss->s[i].starts_at, ss->s[first].starts_at) < 0)
			first = i;
		if (strcmp(ss->s[i].ends_at, ss->s[last].ends_at) > 0)
			last = i;
	}
	snprintf(ev->starts_at, sizeof(ev->starts_at), "%s",
	    ss->s[first].starts_at);
	snprintf(ev->ends_at, sizeof(ev->ends_at), "%s", ss->s[last].ends_at);
	snprintf(ev->place, sizeof(ev->place), "%s", ss->s[first].place);
}
