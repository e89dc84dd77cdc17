/*
 * Layer 1, documents: building XML page and mail documents, forms as
 * tables and in the shape every stylesheet renders (form.c), and
 * rendering them with the compiled stylesheets (render.c, the only file
 * that calls libxslt).
 */
#ifndef CIMOLT_DOC_H
#define CIMOLT_DOC_H

#include <libxml/tree.h>

#include "http.h"

/* ---- xmldoc.c: elements, text and attributes, always escaped ---------- */

/* Adds <name>text</name> under parent, escaping text; NULL text adds
 * nothing. Returns the node, or NULL (also for NULL text). */
xmlNodePtr doc_text(xmlNodePtr parent, const char *name, const char *text);
/* Adds <name>value</name>. Returns the node or NULL. */
xmlNodePtr doc_int(xmlNodePtr parent, const char *name, long long value);
/* Adds an element with no content. Returns it or NULL. */
xmlNodePtr doc_elem(xmlNodePtr parent, const char *name);
/* Appends the len bytes of text at s to node's content, escaped (mixed
 * content: text between child elements). Returns 0/-1. */
int	 doc_add_text(xmlNodePtr node, const char *s, size_t len);
/* The language of the page or mail document node is in (the lang of
 * its root element): LANG_NL unless it says otherwise. */
enum lang doc_lang(xmlNodePtr node);
/* Sets an attribute, escaped. Returns 0/-1. */
int	 doc_attr(xmlNodePtr node, const char *name, const char *value);
int	 doc_attr_int(xmlNodePtr node, const char *name, long long value);
/* Sets an attribute to the Dutch local time ("YYYY-MM-DD HH:MM:SS") of
 * a UTC timestamp, or to the timestamp as it is when it cannot be
 * converted. Returns 0/-1. */
int	 doc_attr_local(xmlNodePtr node, const char *name, const char *utc);
/* The same with one decimal ("41.3"), as scores are shown. */
int	 doc_attr_1(xmlNodePtr node, const char *name, double value);
/* Adds <name date= time= year= month= day= weekday=/> for a local
 * timestamp "YYYY-MM-DD HH:MM:SS". Returns the node or NULL. */
xmlNodePtr doc_datetime(xmlNodePtr parent, const char *name,
	    const char *ts);

/* ---- markup.c: the information pages' safe markup ------------------- */

/*
 * Adds the blocks of src, written in the information pages' markup (see
 * markup.c), under root as <heading level>, <para> and <list kind> with
 * <item>s, inline <strong>, <em> and <link href>. Never HTML: every
 * character typed ends up in a text node or a checked href. Returns 0/-1.
 */
int	 markup_xml(xmlNodePtr root, const char *src);
/* Returns 1 when s[0..n) may be a link's address: https://, http://,
 * mailto: or a path of this site ("/..." but not "//..."), else 0. */
int	 markup_href_ok(const char *s, size_t n);

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
/* ---- form.c: forms as tables, in the one shape stylesheets render ----- */

/*
 * Building forms: <form name action> with <field name type value
 * required> children, and <error key/> under a field or the form. The
 * typed value goes back so nothing typed is lost on a 422. Each returns
 * the node (or 0), NULL (or -1) on failure.
 */
xmlNodePtr form_new(xmlNodePtr parent, const char *name, const char *action);
/* Adds a select field with its options (the values; labels come from
 * the catalogues). Returns the field or NULL. */
xmlNodePtr form_select(xmlNodePtr form, const char *name, const char *value,
	    const char *const *options, size_t n);
/* Adds <option value/> under parent for each of options[0..n), with
 * checked="yes" where its bit of checked is set. Returns 0/-1. */
int	 form_options(xmlNodePtr parent, const char *const *options, size_t n,
	    unsigned long long checked);
/* The field called name in form, or NULL. */
xmlNodePtr form_field_of(xmlNodePtr form, const char *name);
xmlNodePtr form_field(xmlNodePtr form, const char *name, const char *type,
	    const char *value, int required);
int	 form_error(xmlNodePtr at, const char *key);
/* The same with an argument for the message (arg="..."), such as the
 * most characters a field takes. */
int	 form_error_arg(xmlNodePtr at, const char *key, long long arg);

/* The flags of a form field. */
#define FF_REQUIRED	0x01	/* must be given: not given is an error */
#define FF_MISSING_ARG	0x02	/* the missing message names arg as well */
#define FF_EMPTY	0x04	/* an empty value counts as given (checked) */
#define FF_BLANK_ABSENT	0x08	/* a blank value counts as not given */
#define FF_MULTI	0x10	/* sent any number of times, each checked */

/*
 * One row of a form's table. A field is given when it was sent and is
 * not empty (with FF_EMPTY: when it was sent). A field not given is
 * fine unless FF_REQUIRED. Otherwise: when missing is set and the value
 * is blank (absent, or only characters of blank), the error is missing;
 * else the validator decides, and a value it refuses gets key (and arg).
 * With key NULL a refused value is dropped quietly, as if not sent.
 *
 * A field with FF_MULTI (a set of checkboxes) is every non-empty value
 * sent under its name, each checked by the validator: each refused one
 * adds the message key once more; accepted choices set their bit. When
 * FF_REQUIRED and none was accepted or refused, the message is
 * missing. most is how many values may be sent (0: FORM_MULTI_MAX):
 * more are refused as a whole ("field.too-many", arg the bound) before
 * any is checked, so the work per value (a message, a handler's query)
 * stays bounded whatever the body's size.
 */
#define FORM_MULTI_MAX	64
struct form_field {
	const char		*name;
	enum valid		 valid;
	unsigned		 flags;		/* FF_* */
	long long		 min, max;	/* a number's range; max: the
						 * most characters of a text */
	const char *const	*choices;	/* VALID_CHOICE */
	size_t			 nchoices;
	const char		*key;		/* catalogue key when refused */
	long long		 arg;		/* the limit it names, 0: none */
	const char		*missing;	/* catalogue key when blank */
	const char		*blank;		/* what counts as blank; NULL: "" */
	size_t			 most;		/* FF_MULTI: values that may be sent */
};

/* Rows that many forms share: a required line of text of at most most
 * characters, a required text of several lines (a note: a question, a
 * remark), a required e-mail address (blank: spaces and tabs, as
 * people leave them), a required choice from a list, a new password,
 * and a field taken as it comes (whatever it holds, the handler judges). */
#define FORM_TEXT(n, most) \
	{ .name = (n), .valid = VALID_TEXT, .flags = FF_REQUIRED, \
	  .max = (most), .key = "field.text.invalid", .arg = (most), \
	  .missing = "field.required", .blank = " \t" }
#define FORM_EMAIL(n) \
	{ .name = (n), .valid = VALID_EMAIL, .flags = FF_REQUIRED, \
	  .key = "field.email", .missing = "field.required", .blank = " \t" }
#define FORM_CHOICE(n, list, count) \
	{ .name = (n), .valid = VALID_CHOICE, .flags = FF_REQUIRED, \
	  .choices = (list), .nchoices = (count), .key = "field.choice" }
#define FORM_NEW_PASSWORD(n) \
	{ .name = (n), .valid = VALID_PASSWORD, .flags = FF_REQUIRED, \
	  .key = "field.password.length", .missing = "field.required" }
#define FORM_NOTE(n, most) \
	{ .name = (n), .valid = VALID_PROSE, .flags = FF_REQUIRED, \
	  .max = (most), .key = "field.text.invalid", .arg = (most), \
	  .missing = "field.required", .blank = " \t" }
#define FORM_ANY(n) { .name = (n), .valid = VALID_ANY }

/* A form: its fields in the order their messages are given. */
struct form {
	const struct form_field	*fields;
	size_t			 nfields;
	int			 first_only;	/* one message at a time */
};

/* A field as read: the text sent and, when accepted, its typed value. */
struct form_value {
	const char	*raw;		/* as sent (the first one), NULL: not
					 * sent; lives as long as the request */
	const char	*s;		/* raw, or "" when not sent */
	int		 given;		/* see struct form_field */
	long long	 n;		/* VALID_INT: the number; VALID_CHOICE:
					 * the index of the choice; FF_MULTI:
					 * the values accepted */
	char		 dt[24];	/* VALID_DATETIME: "YYYY-MM-DD HH:MM:00";
					 * VALID_DATE: "YYYY-MM-DD" */
	unsigned long long bits;	/* FF_MULTI choices: a bit per choice */
	const char	*error;		/* catalogue key of its message, or NULL */
	long long	 arg;		/* the number the message names, 0: none */
	size_t		 count;		/* times the message stands (0 as 1) */
};

/*
 * Reads the fields of form f from r's parameters (a GET's query string,
 * a POST's body; the first value of each name) into v[0..f->nfields), checking
 * each by its row. Never fails: returns the number of fields refused
 * (0: all well). Handlers may then set errors of their own in v.
 */
int	 form_read(const struct req *, const struct form *f,
	    struct form_value *v);
/* Puts the error of each bad value of v under its <field> of form (only
 * the first with f->first_only). Returns 0/-1. */
int	 form_mark(xmlNodePtr form, const struct form *f,
	    const struct form_value *v);
/* Returns 1 when a value of v has an error, else 0. */
int	 form_bad(const struct form *f, const struct form_value *v);
/* The next non-empty value sent under name (a field sent many times)
 * from parameter *k on, moving *k past it; NULL when there is none. */
const char *form_each(const struct req *, const char *name, size_t *k);

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
	PAGE_APPROVALS,
	PAGE_EVENT_FORM,
	PAGE_EVENT_ADMIN,
	PAGE_ATTENDANCE,
	PAGE_ORG_OVERVIEW,
	PAGE_MONITOR,
	PAGE_MONITOR_ROUND,
	PAGE_MONITOR_SECTION,
	PAGE_MONITOR_SUBMIT,
	PAGE_MONITOR_RESULT,
	PAGE_MONITOR_REPORT,
	PAGE_MONITOR_PARTICIPATION,
	PAGE_ROUNDS_ADMIN,
	/* the benchmark and advice */
	PAGE_BENCHMARK,
	PAGE_ADVICE,
	PAGE_ADVICE_REQUEST,
	PAGE_ADVICE_REQUESTS,
	PAGE_ADVICE_THREAD,
	PAGE_ADVICE_ADMIN,
	PAGE_REGIONAL,
	PAGE_OVERVIEW,
	PAGE_PEERS,
	/* the practice library */
	PAGE_PRACTICES,
	PAGE_PRACTICE,
	PAGE_PRACTICE_FORM,
	PAGE_PRACTICES_ADMIN,
	PAGE_PRACTICE_REVIEW,
	PAGE_PRACTICE_CONTACT,
	PAGE_PRACTICE_ATOM,
	/* the information pages and their editing */
	PAGE_INFO,
	PAGE_TEXTS_ADMIN,
	PAGE_TEXT_FORM,
	PAGE_TEXT_REVISION,
	PAGE_DELIVERY,
	/* the coordinator's view of the programme */
	PAGE_COORDINATOR,
	PAGE__MAX
};

extern const char *const page_names[PAGE__MAX];

struct render;

/* ---- render-messages.c: the message catalogues ------------------------ */

/* The most arguments a message takes (<arg n="1"/> .. <arg n="5"/>). */
#define CATALOGUE_ARGS	5
struct catalogue;
/* Reads DIR/messages-nl.xml and messages-en.xml; NULL after logging what
 * was wrong (a file missing or malformed, a key without text or given
 * twice). */
struct catalogue *catalogue_load(const char *dir);
void	 catalogue_free(struct catalogue *);
/* The message for key in language l (Dutch when l's catalogue lacks it)
 * with args[0..nargs) for its <arg n="N"/>, runs of white space made one
 * space, as a new string (xmlFree); "[key]" when neither catalogue has
 * it, logged unless quiet. NULL when out of memory. */
xmlChar	*catalogue_text(const struct catalogue *, enum lang l,
	    const xmlChar *key, xmlChar *const args[], int nargs, int quiet);
/* What c:t reads of a transform (render_html puts it in the transform
 * context's _private): the messages, the page's language, and whether a
 * message missing goes unlogged. */
struct transform {
	const struct catalogue	*cat;
	enum lang		 lang;
	int			 quiet;
};

/* Once per program, before any fork: sets up libxml2, libxslt and the
 * EXSLT extensions; and releases them at the end. */
void		 render_library_init(void);
void		 render_library_end(void);

/*
 * libxml2's allocator (xmlarena.c): xmlarena_install once, before libxml2
 * is used (render_library_init does). Between xmlarena_begin (1: the
 * arena is on; 0: plain malloc, e.g. when one is on already) and
 * xmlarena_end every libxml2 block comes from one region, which the end
 * makes free again as a whole: nothing allocated in between may be used
 * after it. xmlarena_owns: whether p is in the region. xmlarena_keep:
 * something in the region must live on; it is never handed out again
 * (the process uses malloc from then on). xmlarena_trim gives back the
 * pages the region touched beyond its first 2 MB.
 */
int		 xmlarena_install(void);
int		 xmlarena_begin(void);
void		 xmlarena_end(void);
int		 xmlarena_owns(const void *p);
void		 xmlarena_keep(void);
void		 xmlarena_trim(void);

/*
 * Serialises the result document of an HTML transform (xsl:output
 * method html, indent no, UTF-8, its meta element set) as libxml2 does,
 * byte for byte, into *out (freed with free or xmlFree) and its length
 * into *outsz (htmlout.c). Returns 0, or -1 when the document holds what
 * it leaves to libxml2 (entity references, CDATA, processing
 * instructions, a DOCTYPE with identifiers) or memory ran out.
 */
int		 htmlout_serialise(xmlDocPtr doc, char **out, size_t *outsz);

/*
 * The page stylesheets, each file compiled once and shared by the pages
 * that import it (stylesheets.c). stylesheets_page returns the compiled
 * stylesheet of page (xslt/PAGE.xsl under dir) or NULL after logging
 * why; the set owns it.
 */
/* The namespace of cimoltd's XPath functions, extension elements and
 * stylesheet data (prefix c in the stylesheets). */
#define CIMOLT_NS	((const xmlChar *)"urn:cimolt:xslt")

struct stylesheets;
struct stylesheets *stylesheets_new(void);
struct _xsltStylesheet *stylesheets_page(struct stylesheets *,
			    const char *dir, const char *page);
void			 stylesheets_free(struct stylesheets *);
/* Whether style's output is HTML without indenting in UTF-8, which
 * htmlout_serialise writes as libxml2 would. */
int			 stylesheets_plain_html(struct _xsltStylesheet *);
/* c:data(name), for render.c to register: the elements in the top-level
 * <c:data name="NAME"> of the running page's stylesheet or of one it
 * imports, as a node-set (empty, with an error, when there is none). */
struct _xmlXPathParserContext;
void	 xpath_data(struct _xmlXPathParserContext *, int nargs);

/*
 * Dates and times in words for the stylesheets (render-dates.c), the
 * XPath functions c:date, c:time, c:when, c:iso-date and c:iso-datetime
 * that render.c registers. They put together the catalogue's messages
 * (weekday.N, month.N, format.*) with the lookup render.c hands to
 * dates_init once: the message for key with nargs arguments in the
 * language of the running transform, as a new string; NULL when out of
 * memory or outside a transform.
 */
typedef xmlChar *(*dates_message_fn)(struct _xmlXPathParserContext *,
	    const char *key, xmlChar *const args[], int nargs);
void	 dates_init(dates_message_fn);
void	 xpath_date(struct _xmlXPathParserContext *, int nargs);
void	 xpath_time(struct _xmlXPathParserContext *, int nargs);
void	 xpath_when(struct _xmlXPathParserContext *, int nargs);
void	 xpath_iso_date(struct _xmlXPathParserContext *, int nargs);
void	 xpath_iso_datetime(struct _xmlXPathParserContext *, int nargs);

/*
 * Parts of pages drawn in C (render-draw.c): extension elements draw
 * into a transform's result what their xsl:fallback draws, to the byte.
 * A struct draw is one drawing: draw_start sets it up (-1: nothing to
 * draw into), draw_end puts top under the result's insertion point (or,
 * when a step failed, reports it naming c:WHAT) and frees it. draw_call
 * calls c:NAME with n of the arguments (which it takes) as a string,
 * draw_message c:t(args[0], args[1..n)) without the XPath machinery;
 * draw_invoke any XPath function of the transform's table (ns NULL: a
 * core or libxslt one) with the arguments in args. draw_elem adds an SVG
 * element (d->ns), draw_helem an HTML one; draw_attr_num writes a number
 * as XPath does, then suffix. draw_param_* read the template's parameter
 * or the stylesheet's variable name, draw_c_string its variable c:name;
 * draw_param_nodes gives its nodes in document order (NULL: none), the
 * object to free in *o. Strings returned are the caller's.
 */
struct _xsltTransformContext;
struct _xsltElemPreComp;
struct _xmlXPathObject;
struct _xmlNodeSet;
struct _xmlNs;
struct draw {
	struct _xsltTransformContext	*ctxt;
	struct _xmlXPathParserContext	*p;	/* the functions run on it */
	struct _xmlNs			*ns;	/* SVG's, on the <svg> */
	int				 failed;
};
int	 draw_start(struct draw *, struct _xsltTransformContext *);
void	 draw_end(struct draw *, xmlNodePtr top, xmlNodePtr inst,
	    const char *what);
struct _xmlXPathObject *draw_invoke(struct draw *, const xmlChar *ns,
	    const char *name, int n, struct _xmlXPathObject *args[]);
xmlChar	*draw_string(struct draw *, struct _xmlXPathObject *);
xmlChar	*draw_message(struct draw *, int n, struct _xmlXPathObject *args[]);
xmlChar	*draw_call(struct draw *, const char *name, int n,
	    struct _xmlXPathObject *, struct _xmlXPathObject *,
	    struct _xmlXPathObject *);
double	 draw_num(xmlNodePtr, const char *attr);
int	 draw_attr_is(xmlNodePtr, const char *attr, const char *value);
int	 draw_has(xmlNodePtr, const char *attr);
xmlNodePtr draw_child(xmlNodePtr, const char *name);
int	 draw_filled(const xmlChar *);
struct _xmlXPathObject *draw_self(xmlNodePtr);
xmlNodePtr draw_elem(struct draw *, xmlNodePtr parent, const char *name);
xmlNodePtr draw_helem(struct draw *, xmlNodePtr parent, const char *name);
void	 draw_attr(struct draw *, xmlNodePtr, const char *name,
	    const xmlChar *value);
void	 draw_attr_owned(struct draw *, xmlNodePtr, const char *name,
	    xmlChar *value);
void	 draw_attr_num(struct draw *, xmlNodePtr, const char *name, double,
	    const char *suffix);
void	 draw_text(struct draw *, xmlNodePtr, const xmlChar *);
void	 draw_text_owned(struct draw *, xmlNodePtr, xmlChar *);
xmlChar	*draw_param_string(struct _xsltTransformContext *, const char *);
xmlChar	*draw_c_string(struct _xsltTransformContext *, const char *);
int	 draw_param_bool(struct _xsltTransformContext *, const char *, int);
double	 draw_param_num(struct _xsltTransformContext *, const char *, double);
struct _xmlNodeSet *draw_param_nodes(struct _xsltTransformContext *,
	    const char *, struct _xmlXPathObject **o);

/*
 * The benchmark's charts (render-charts.c: c:boxplot, c:trend), an
 * event's facts and card (render-facts.c: c:event-facts, c:event-card)
 * and every page's header and footer (render-layout.c: c:header,
 * c:footer), extension elements of namespace ns that render.c has
 * registered once, for every transform; each draws with the parameters
 * of the template it is in (benchmark-common.xsl's "boxplot",
 * benchmark.xsl's "trend-chart") or its context node and page. Return
 * 0/-1.
 */
int	 charts_register(const xmlChar *ns);
int	 facts_register(const xmlChar *ns);
int	 layout_register(const xmlChar *ns);

/* Parses and compiles every page stylesheet under dir. Returns the set
 * (caller frees with render_free) or NULL after logging which failed. */
struct render	*render_load(const char *dir);
void		 render_free(struct render *);
/*
 * Renders every stylesheet once on a page document without content (the
 * master, before it forks). libxml2 keeps what it looks up for an XPath
 * expression (a function) in the compiled expression itself on its first
 * evaluation; done in the master, that writing is not repeated in every
 * worker, where it would copy the shared pages it touches.
 */
void		 render_warm(const struct render *);
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
/* The catalogue's message for key (no arguments) in language l (Dutch
 * when l's catalogue lacks it; "[key]" when neither has it), for texts
 * the program writes itself, such as CSV cells. Returns 0, or -1 when it
 * does not fit in sz bytes. */
int		 render_message(const struct render *, enum lang l,
		    const char *key, char *out, size_t sz);
/* Serialises doc as XML into *out (freed with xmlFree). Returns 0/-1. */
int		 render_xml(xmlDocPtr doc, char **out, size_t *outsz);


/* Fills o with the rendered error page for status. Returns 0/-1. */
int	 error_page(const struct req *, struct resp *o, int status,
	    const char *allow);
/* The same with the reason: catalogue key with one number (such as the
 * limit that was reached). Returns 0/-1. */
int	 error_page_why(const struct req *, struct resp *o, int status,
	    const char *key, long long arg);

#endif /* CIMOLT_DOC_H */
