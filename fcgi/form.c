/*
 * Forms as data. Each form is a table of its fields (name, validator,
 * whether it is required, its limits, its choices and the catalogue keys
 * of its messages); form_read reads a request's fields by the table into
 * typed values, and form_mark puts the messages of the bad ones into the
 * page document's form, in the one shape every stylesheet renders:
 * <form name action> with <field name type value required> children and
 * <error key arg/> under a field or the form. Handlers add the rules the
 * table cannot know (those that need the database, or two fields at
 * once) by setting a value's error between the two calls.
 */
#include "config.h"

#include <string.h>

#include "doc.h"

xmlNodePtr
form_new(xmlNodePtr parent, const char *name, const char *action)
{
	xmlNodePtr f;

	if ((f = doc_elem(parent, "form")) == NULL ||
	    doc_attr(f, "name", name) == -1 ||
	    doc_attr(f, "action", action) == -1)
		return NULL;
	return f;
}

xmlNodePtr
form_field(xmlNodePtr form, const char *name, const char *type,
    const char *value, int required)
{
	xmlNodePtr f;

	if ((f = doc_elem(form, "field")) == NULL ||
	    doc_attr(f, "name", name) == -1 ||
	    doc_attr(f, "type", type) == -1 ||
	    (value != NULL && doc_attr(f, "value", value) == -1) ||
	    (required && doc_attr(f, "required", "yes") == -1))
		return NULL;
	return f;
}

xmlNodePtr
form_select(xmlNodePtr form, const char *name, const char *value,
    const char *const *options, size_t n)
{
	xmlNodePtr fld;

	if ((fld = form_field(form, name, "select", value, 1)) == NULL ||
	    form_options(fld, options, n, 0) == -1)
		return NULL;
	return fld;
}

int
form_options(xmlNodePtr parent, const char *const *options, size_t n,
    unsigned long long checked)
{
	xmlNodePtr opt;

	for (size_t i = 0; i < n; i++)
		if ((opt = doc_elem(parent, "option")) == NULL ||
		    doc_attr(opt, "value", options[i]) == -1 ||
		    (i < 64 && (checked & 1ULL << i) &&
		    doc_attr(opt, "checked", "yes") == -1))
			return -1;
	return 0;
}

xmlNodePtr
form_field_of(xmlNodePtr form, const char *name)
{
	xmlNodePtr	 n;
	xmlChar		*v;
	int		 eq;

	for (n = form->children; n != NULL; n = n->next) {
		if ((v = xmlGetProp(n, (const xmlChar *)"name")) == NULL)
			continue;
		eq = xmlStrEqual(v, (const xmlChar *)name);
		xmlFree(v);
		if (eq)
			return n;
	}
	return NULL;
}

int
form_error_arg(xmlNodePtr at, const char *key, long long arg)
{
	xmlNodePtr e;

	if (at == NULL || (e = doc_elem(at, "error")) == NULL ||
	    doc_attr(e, "key", key) == -1 ||
	    (arg != 0 && doc_attr_int(e, "arg", arg) == -1))
		return -1;
	return 0;
}

int
form_error(xmlNodePtr at, const char *key)
{
	xmlNodePtr e;

	if (at == NULL)
		return -1;
	if ((e = doc_elem(at, "error")) == NULL ||
	    doc_attr(e, "key", key) == -1)
		return -1;
	return 0;
}

/* Returns 1 when s is NULL or holds nothing but characters of set. */
static int
blank(const char *s, const char *set)
{
	return s == NULL || s[strspn(s, set == NULL ? "" : set)] == '\0';
}

const char *
form_each(const struct req *r, const char *name, size_t *k)
{
	const struct kv *kv;

	for (; *k < r->params.n; (*k)++) {
		kv = &r->params.kv[*k];
		/* An empty value (no box ticked, as some clients send it)
		 * chooses nothing. */
		if (strcmp(kv->key, name) == 0 && kv->val[0] != '\0')
			return r->params.kv[(*k)++].val;
	}
	return NULL;
}

/*
 * Reads the values of a field sent many times by its row t into v. More
 * values than its bound are refused as a whole before any is checked,
 * so that what a handler does per value (a query) has a fixed bound
 * however large the body.
 */
static void
multi_read(const struct req *r, const struct form_field *t,
    const struct valid_rule *rule, struct form_value *v)
{
	struct valid_typed	 typed;
	const char		*s;
	size_t			 k = 0, n = 0;
	size_t			 bound = t->most > 0 ? t->most : FORM_MULTI_MAX;

	while (form_each(r, t->name, &k) != NULL)
		if (++n > bound) {
			v->given = 1;
			v->error = "field.too-many";
			v->arg = (long long)bound;
			return;
		}
	k = n = 0;
	while ((s = form_each(r, t->name, &k)) != NULL) {
		v->given = 1;
		memset(&typed, 0, sizeof(typed));
		if (valid_as(t->valid, s, rule, &typed) == -1) {
			if (t->key != NULL) {
				v->error = t->key;
				v->arg = t->arg;
				v->count++;
			}
			continue;
		}
		n++;
		if (t->valid == VALID_CHOICE && typed.n < 64)
			v->bits |= 1ULL << typed.n;
	}
	v->n = (long long)n;
	if (n == 0 && v->count == 0 && (t->flags & FF_REQUIRED)) {
		v->error = t->missing != NULL ? t->missing : t->key;
		v->arg = t->flags & FF_MISSING_ARG ? t->arg : 0;
	}
}

/* Reads one field by its row t into v. */
static void
field_read(const struct req *r, const struct form_field *t,
    struct form_value *v)
{
	struct valid_rule	 rule = { t->min, t->max, t->choices,
	    t->nchoices };
	struct valid_typed	 typed;
	const char		*raw = kvlist_get(&r->params, t->name);

	memset(v, 0, sizeof(*v));
	v->raw = raw;
	v->s = raw == NULL ? "" : raw;
	if (t->flags & FF_MULTI) {
		multi_read(r, t, &rule, v);
		return;
	}
	v->given = raw != NULL && (*raw != '\0' || (t->flags & FF_EMPTY)) &&
	    !((t->flags & FF_BLANK_ABSENT) && blank(raw, t->blank));
	if (!v->given && !(t->flags & FF_REQUIRED))
		return;
	if (t->missing != NULL && blank(raw, t->blank)) {
		v->error = t->missing;
		v->arg = t->flags & FF_MISSING_ARG ? t->arg : 0;
		return;
	}
	memset(&typed, 0, sizeof(typed));
	if (valid_as(t->valid, raw, &rule, &typed) == -1) {
		if (t->key == NULL) {
			/* Refused quietly: as if it had not been sent. */
			v->raw = NULL;
			v->s = "";
			v->given = 0;
			return;
		}
		v->error = t->key;
		v->arg = t->arg;
		return;
	}
	v->n = typed.n;
	memcpy(v->dt, typed.dt, sizeof(v->dt));
}

int
form_read(const struct req *r, const struct form *f, struct form_value *v)
{
	int bad = 0;

	for (size_t i = 0; i < f->nfields; i++) {
		field_read(r, &f->fields[i], &v[i]);
		bad += v[i].error != NULL;
	}
	return bad;
}

int
form_mark(xmlNodePtr form, const struct form *f, const struct form_value *v)
{
	xmlNodePtr fld;

	for (size_t i = 0; i < f->nfields; i++) {
		if (v[i].error == NULL)
			continue;
		fld = form_field_of(form, f->fields[i].name);
		for (size_t n = 0; n < (v[i].count ? v[i].count : 1); n++)
			if (form_error_arg(fld, v[i].error, v[i].arg) == -1)
				return -1;
		if (f->first_only)
			break;
	}
	return 0;
}

int
form_bad(const struct form *f, const struct form_value *v)
{
	for (size_t i = 0; i < f->nfields; i++)
		if (v[i].error != NULL)
			return 1;
	return 0;
}
