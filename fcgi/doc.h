/*
 * Layer 1, documents: building XML page and mail documents, forms in the
 * shape every stylesheet renders, and rendering them with the compiled
 * stylesheets (render.c, the only file that calls libxslt).
 */
#ifndef CIMOLT_DOC_H
#define CIMOLT_DOC_H

#include <libxml/tree.h>

#include "http.h"

/* ---- page.c: building page documents ---------------------------------- */

/*
 * Creates the page document <page name= lang= status=> with the request,
 * language links and user that every layout needs. Returns the document
 * (caller owns) or NULL.
 */
xmlDocPtr page_new(const char *name, const struct req *, int status);
/* Adds <element id name email organisation role status [disabled]> for
 * a user of a list. Returns it or NULL. */
xmlNodePtr user_xml(xmlNodePtr parent, const char *element,
	    const struct db_user *);
/* Starts the response with page name and status: sets o->status and
 * o->page (page_new). Returns the page's root, or NULL. */
xmlNodePtr page_start(const struct req *, struct resp *o, const char *name,
	    int status);
/* Adds <name>text</name> under parent, escaping text; NULL text adds
 * nothing. Returns the node, or NULL (also for NULL text). */
xmlNodePtr page_text(xmlNodePtr parent, const char *name, const char *text);
/* Adds <name>value</name>. Returns the node or NULL. */
xmlNodePtr page_int(xmlNodePtr parent, const char *name, long long value);
/* Adds an element with no content. Returns it or NULL. */
xmlNodePtr page_elem(xmlNodePtr parent, const char *name);
/* Sets an attribute, escaped. Returns 0/-1. */
int	 page_attr(xmlNodePtr node, const char *name, const char *value);
int	 page_attr_int(xmlNodePtr node, const char *name, long long value);
/* The same with one decimal ("41.3"), as scores are shown. */
int	 page_attr_1(xmlNodePtr node, const char *name, double value);
/*
 * Forms, in the one shape every stylesheet renders: <form name action>
 * with <field name type value required> children, and <error key/> under
 * a field or the form. The typed value goes back so nothing typed is
 * lost on a 422. Each returns the node (or 0), NULL (or -1) on failure.
 */
xmlNodePtr form_new(xmlNodePtr parent, const char *name, const char *action);
/* Adds a select field with its options (the values; labels come from
 * the catalogues). Returns the field or NULL. */
xmlNodePtr form_select(xmlNodePtr form, const char *name, const char *value,
	    const char *const *options, size_t n);
/* Marks field name of form as wrong: "field.required" when value is
 * empty, else key with arg (a limit the message names; 0: none).
 * Returns 0/-1. */
int	 form_invalid(xmlNodePtr form, const char *name, const char *value,
	    const char *key, long long arg);
/* The field called name in form, or NULL. */
xmlNodePtr form_field_of(xmlNodePtr form, const char *name);
xmlNodePtr form_field(xmlNodePtr form, const char *name, const char *type,
	    const char *value, int required);
int	 form_error(xmlNodePtr at, const char *key);
/* The same with an argument for the message (arg="..."), such as the
 * most characters a field takes. */
int	 form_error_arg(xmlNodePtr at, const char *key, long long arg);
/* Adds <name date= time= year= month= day= weekday=/> for a local
 * timestamp "YYYY-MM-DD HH:MM:SS". Returns the node or NULL. */
xmlNodePtr page_datetime(xmlNodePtr parent, const char *name,
	    const char *ts);

/* ---- render.c: compiled stylesheets ----------------------------------- */

enum page {
	PAGE_HOME,
	PAGE_ERROR,
	PAGE_BEHEER,
	PAGE_MAIL,	/* text: subject line, blank line, body */
	PAGE_LOGIN,
	PAGE_ACCOUNT,
	PAGE_INVITATION,
	PAGE_FORGOT,
	PAGE_RESET,
	PAGE_MEMBERS,
	PAGE_DELIVERIES,
	PAGE_USERS,
	PAGE_ORGANISATIONS,
	PAGE_AUDIT,
	PAGE_PROGRAMME,
	PAGE_EVENT,
	PAGE_REGISTER,
	PAGE_REGISTRATION,
	PAGE_EVENT_FORM,
	PAGE_EVENT_ADMIN,
	PAGE_ATTENDANCE,
	PAGE_ORG_OVERVIEW,
	PAGE_MONITOR,
	PAGE_MONITOR_ROUND,
	PAGE_MONITOR_SECTION,
	PAGE_MONITOR_SUBMIT,
	PAGE_MONITOR_RESULT,
	PAGE_ROUNDS_ADMIN,
	/* the benchmark and advice */
	PAGE_BENCHMARK,
	PAGE_ADVICE,
	PAGE_ADVICE_REQUEST,
	PAGE_ADVICE_ADMIN,
	PAGE_REGIONAL,
	PAGE_OVERVIEW,
	/* the practice library */
	PAGE_PRACTICES,
	PAGE_PRACTICE,
	PAGE_PRACTICE_FORM,
	PAGE_PRACTICES_ADMIN,
	PAGE_PRACTICE_REVIEW,
	PAGE_PRACTICE_CONTACT,
	PAGE_PRACTICE_ATOM,
	PAGE__MAX
};

extern const char *const page_names[PAGE__MAX];

struct render;

/* Once per program, before any fork: sets up libxml2, libxslt and the
 * EXSLT extensions; and releases them at the end. */
void		 render_library_init(void);
void		 render_library_end(void);

/* Parses and compiles every page stylesheet under dir. Returns the set
 * (caller frees with render_free) or NULL after logging which failed. */
struct render	*render_load(const char *dir);
void		 render_free(struct render *);
/* Returns the page whose name is the root's name attribute, or -1. */
int		 render_page_of(xmlDocPtr);
/*
 * Transforms doc with the stylesheet of page p under security preferences
 * that forbid file and network access. Stores the HTML in *out (the caller
 * frees it with xmlFree) and its length in *outsz. Returns 0/-1.
 */
int		 render_html(const struct render *, enum page p, xmlDocPtr doc,
		    char **out, size_t *outsz);
/* Renders a document whose root names its stylesheet (@name), such as
 * a mail (method text). Same contract as render_html. */
int		 render_text(const struct render *, xmlDocPtr doc, char **out,
		    size_t *outsz);
/* Serialises doc as XML into *out (freed with xmlFree). Returns 0/-1. */
int		 render_xml(xmlDocPtr doc, char **out, size_t *outsz);


/* Fills o with the rendered error page for status. Returns 0/-1. */
int	 error_page(const struct req *, struct resp *o, int status,
	    const char *allow);

#endif /* CIMOLT_DOC_H */
