/*
 * The practice library's rules, for the pages and for
 * cimolt-admin: who may read, change, submit and review a practice, the
 * workflow draft -> submitted -> published (or returned, with a remark),
 * questions to a practice's contact person, and search: the stems of a
 * published text with their weights (its index), and the stems of a
 * visitor's words, which no input can turn into anything but words.
 *
 * Every change runs in the caller's transaction and starts by locking
 * the practice's row, so the state it checks is the state it changes;
 * each is audit-logged and queues its notice through the outbox in the
 * same transaction (a notice exists exactly when its change does).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "domain.h"

/* Returns 1 when role is a municipality's (member or coordinator). */
static int
municipal(enum role role)
{
	return role == ROLE_MEMBER || role == ROLE_COORDINATOR;
}

int
practice_privileged(const struct db_user *actor, enum role role,
    const struct db_practice *p)
{
	if (role == ROLE_ORGANISER || role == ROLE_ADMIN)
		return 1;
	return municipal(role) && actor->org_id == p->org_id;
}

int
practice_readable(int signed_in, const struct db_practice *p)
{
	return p->published_rev != 0 && (signed_in || p->is_public);
}

/*
 * The outcome for an actor who may not change p: not found when the
 * practice is not even visible to them, else forbidden.
 */
static int
refused(const struct db_practice *p)
{
	return p->published_rev != 0 ? PO_FORBIDDEN : PO_NOT_FOUND;
}

int
practice_in_review(const struct db_practice *p)
{
	return strcmp(p->working_status, "submitted") == 0;
}

int
practice_may_edit(const struct db_user *actor, enum role role,
    const struct db_practice *p)
{
	/* Only the municipality's own people revise it. */
	if (!municipal(role) || p->org_id != actor->org_id)
		return refused(p);
	if (practice_in_review(p))
		return PO_CONFLICT;
	return PO_DONE;
}

int
practice_may_submit(const struct db_user *actor, enum role role,
    const struct db_practice *p)
{
	if (role != ROLE_COORDINATOR || p->org_id != actor->org_id)
		return practice_privileged(actor, role, p) ? PO_FORBIDDEN :
		    refused(p);
	if (strcmp(p->working_status, "draft") != 0 &&
	    strcmp(p->working_status, "returned") != 0)
		return PO_CONFLICT;
	return PO_DONE;
}

int
practice_may_review(enum role role)
{
	return role == ROLE_ORGANISER || role == ROLE_ADMIN;
}

int
practice_may_contact(int signed_in, const struct db_practice *p)
{
	return signed_in && practice_readable(signed_in, p) &&
	    p->contact_id != 0 && p->contact_active;
}

/* ---- search ---------------------------------------------------------- */

/*
 * Words neither indexed nor searched for: the common Dutch (the Snowball
 * list) and English ones, which would match nearly every practice, and
 * InnoDB's default stop words, which the search used to leave out. Only
 * words of three letters or more: shorter ones are left out anyway.
 * Sorted (strcmp order), for bsearch.
 */
static const char *const stopwords[] = {
	"aan", "about", "all", "alles", "als", "also", "altijd", "and",
	"andere", "any", "are", "been", "ben", "bij", "but", "can",
	"com", "could", "daar", "dan", "dat", "der", "deze", "did",
	"die", "dit", "doch", "doen", "does", "door", "dus", "een",
	"eens", "for", "from", "geen", "geweest", "haar", "had", "has",
	"have", "heb", "hebben", "heeft", "hem", "het", "hier", "hij",
	"hoe", "how", "hun", "iemand", "iets", "into", "its", "kan",
	"kon", "kunnen", "maar", "may", "meer", "men", "met", "mij",
	"mijn", "moet", "naar", "niet", "niets", "nog", "not", "omdat",
	"onder", "ons", "ook", "our", "over", "reeds", "shall",
	"should", "some", "such", "tegen", "than", "that", "the",
	"their", "them", "then", "there", "these", "they", "this",
	"those", "toch", "toen", "tot", "uit", "und", "van", "veel",
	"very", "voor", "want", "waren", "was", "wat", "werd", "were",
	"what", "when", "where", "which", "who", "wie", "wil", "will",
	"with", "worden", "wordt", "would", "www", "you", "your",
	"zal", "zelf", "zich", "zij", "zijn", "zonder", "zou",
};

static int
cmp_word(const void *a, const void *b)
{
	return strcmp(a, *(const char *const *)b);
}

/* Returns 1 when the lower-case word w is a stop word. */
static int
stopword(const char *w)
{
	return bsearch(w, stopwords, sizeof(stopwords) / sizeof(stopwords[0]),
	    sizeof(stopwords[0]), cmp_word) != NULL;
}

/* Appends s (and a space before it when not first) to buf. */
static void
append(char *buf, size_t sz, const char *s)
{
	size_t n = strlen(buf);

	if (n + 1 >= sz)
		return;
	snprintf(buf + n, sz - n, "%s%s", n ? " " : "", s);
}

int
practice_query(const char *q, struct practice_filter *f, char *ignored,
    size_t ignoredsz)
{
	char		 word[STEM_SIZE];
	const char	*s = q, *w;
	size_t		 len, chars;
	int		 l;

	f->nwords = 0;
	ignored[0] = '\0';
	/* A word is a run of letters and digits; everything else separates
	 * words and is dropped, so nothing typed reaches the query but
	 * words. */
	while (s != NULL && (w = stem_next_word(s, &len, &chars)) != NULL) {
		s = w + len;
		if (stem_lower(w, len, chars, word) == -1)
			continue;	/* longer than any word we index */
		if (chars < 3 || stopword(word) ||
		    f->nwords == PRACTICE_QUERY_WORDS) {
			append(ignored, ignoredsz, word);
			continue;
		}
		for (l = 0; l < LANG__MAX; l++)
			if (stem_word(l, word, f->words[f->nwords][l]) == -1)
				return -1;
		/* The English stem only where it differs. */
		if (strcmp(f->words[f->nwords][LANG_EN],
		    f->words[f->nwords][LANG_NL]) == 0)
			f->words[f->nwords][LANG_EN][0] = '\0';
		f->nwords++;
	}
	return f->nwords;
}

/* Returns 1 when a text's word of chars characters, lower-cased, is one
 * the index holds (and a search may use): three characters or more and
 * no stop word. */
static int
indexed(const char *lower, size_t chars)
{
	return chars >= 3 && !stopword(lower);
}

int
practice_word_matches(const struct practice_filter *f, enum lang lang,
    const char *w, size_t len, size_t chars)
{
	char	 lower[STEM_SIZE], stem[STEM_SIZE];
	size_t	 n;

	if (stem_lower(w, len, chars, lower) == -1 || !indexed(lower, chars) ||
	    stem_word(lang, lower, stem) == -1)
		return 0;
	for (int i = 0; i < f->nwords; i++)
		for (int l = 0; l < LANG__MAX; l++)
			if ((n = strlen(f->words[i][l])) > 0 &&
			    strncmp(stem, f->words[i][l], n) == 0)
				return 1;
	return 0;
}

/* A stem found in one of the texts, while the terms are collected. */
struct hit {
	char	 stem[STEM_SIZE];
	int	 field;
};

static int
cmp_hit(const void *a, const void *b)
{
	const struct hit	*x = a, *y = b;
	int			 c = strcmp(x->stem, y->stem);

	return c != 0 ? c : x->field - y->field;
}

/* Adds the stems of the indexed words of text (in lang) to *hits as
 * field. Returns 0/-1. */
static int
collect(const char *text, enum lang lang, int field, struct hit **hits,
    size_t *n, size_t *cap)
{
	char		 lower[STEM_SIZE];
	struct hit	*more;
	const char	*s = text, *w;
	size_t		 len, chars;

	while ((w = stem_next_word(s, &len, &chars)) != NULL) {
		s = w + len;
		if (stem_lower(w, len, chars, lower) == -1 ||
		    !indexed(lower, chars))
			continue;
		if (*n == *cap) {
			*cap = *cap ? *cap * 2 : 256;
			if ((more = reallocarray(*hits, *cap, sizeof(**hits))) ==
			    NULL)
				return -1;
			*hits = more;
		}
		if (stem_word(lang, lower, (*hits)[*n].stem) == -1)
			return -1;
		(*hits)[(*n)++].field = field;
	}
	return 0;
}

/*
 * The weight of a stem per text it occurs in: the title counts most,
 * then the summary (the English ones, stemmed in English, as much as the
 * Dutch); each occurrence counts, up to three per text, so that a long
 * text repeating a word does not outweigh a title.
 */
static const int field_weights[] = { 4, 2, 1, 1 };
#define FIELD_COUNT_MAX	3

int
practice_index(struct db *db, long long id, const struct db_practice *p)
{
	const char *const	 texts[] = { p->title, p->summary, p->approach,
	    p->results };
	struct hit		*hits = NULL;
	struct practice_term	*terms = NULL;
	size_t			 n = 0, cap = 0, nterms = 0, i, j, k;
	int			 rc = -1, count;

	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
		if (collect(texts[i], LANG_NL, (int)i, &hits, &n, &cap) == -1 ||
		    (i == 0 && collect(p->title_en, LANG_EN, 0, &hits, &n,
		    &cap) == -1) ||
		    (i == 1 && collect(p->summary_en, LANG_EN, 1, &hits, &n,
		    &cap) == -1)) {
			log_error("practice %lld: cannot index its text", id);
			goto out;
		}
	if (n > 0) {
		qsort(hits, n, sizeof(*hits), cmp_hit);
		if ((terms = calloc(n, sizeof(*terms))) == NULL) {
			log_error("practice %lld: out of memory", id);
			goto out;
		}
	}
	/* Sorted by stem, then text: one term per run of the same stem. */
	for (i = 0; i < n; i = j) {
		snprintf(terms[nterms].term, sizeof(terms[0].term), "%s",
		    hits[i].stem);
		for (j = i; j < n && strcmp(hits[j].stem, hits[i].stem) == 0;
		    j = k) {
			for (k = j, count = 0; k < n && hits[k].field ==
			    hits[j].field && strcmp(hits[k].stem,
			    hits[j].stem) == 0; k++)
				count++;
			terms[nterms].weight += field_weights[hits[j].field] *
			    (count < FIELD_COUNT_MAX ? count : FIELD_COUNT_MAX);
		}
		nterms++;
	}
	rc = db_practice_terms_set(db, id, terms, nterms);
out:
	free(hits);
	free(terms);
	return rc;
}

long long
practice_reindex(struct db *db, int missing_only)
{
	struct db_practice	*p;
	long long		*ids, n, i;
	int			 rc = 0;

	if ((n = db_practices_published(db, missing_only, &ids)) <= 0)
		return n;
	if ((p = malloc(sizeof(*p))) == NULL) {
		free(ids);
		return -1;
	}
	for (i = 0; i < n && rc != -1; i++)
		if ((rc = db_practice_get(db, ids[i], 1, p)) == 1 &&
		    (rc = db_practice_rev_get(db, p->published_rev, p)) == 1)
			rc = practice_index(db, ids[i], p);
	free(p);
	free(ids);
	return rc == -1 ? -1 : n;
}

/* ---- notices ----------------------------------------------------------- */

/* Collects the addresses of users into a comma-separated list. */
struct rcpt {
	char	 to[4096];
	char	 lang[3];	/* of the first recipient */
};

static int
rcpt_add(const struct db_user *u, void *arg)
{
	struct rcpt *r = arg;

	if (r->to[0] == '\0')
		snprintf(r->lang, sizeof(r->lang), "%s", u->lang);
	if (strlen(r->to) + strlen(u->email) + 2 < sizeof(r->to))
		append(r->to, sizeof(r->to), u->email);
	return 0;
}

/* Makes the to-list comma-separated (append joined with spaces). */
static void
commas(char *to)
{
	for (; *to != '\0'; to++)
		if (*to == ' ')
			*to = ',';
}

/*
 * Queues a practice notice of type to the addresses in to (mail in
 * lang). The mail document and the JSON data carry the practice, the
 * actor, and the remark or question when given. Returns 0/-1.
 */
static int
notify(const struct practice_ctx *c, const char *type, const char *to,
    const char *lang, const char *reply_to, const struct db_practice *p,
    const struct db_user *actor, const char *remark, const char *message)
{
	xmlDocPtr	 mail;
	xmlNodePtr	 root, n;
	json_t		*data;
	int		 rc;

	if ((mail = mail_doc(type, lang[0] ? lang : "nl", &root)) == NULL)
		return -1;
	if ((n = doc_elem(root, "practice")) == NULL ||
	    doc_attr_int(n, "id", p->id) == -1 ||
	    doc_attr_int(n, "revision", p->rev_id) == -1 ||
	    doc_text(n, "title", p->title) == NULL ||
	    doc_text(n, "organisation", p->org_name) == NULL ||
	    (n = doc_elem(root, "actor")) == NULL ||
	    doc_text(n, "name", actor->name) == NULL ||
	    doc_text(n, "organisation", actor->org_name) == NULL ||
	    (remark != NULL && doc_text(root, "remark", remark) == NULL) ||
	    (message != NULL && doc_text(root, "message", message) == NULL) ||
	    doc_text(root, "base-url", c->cfg->base_url) == NULL) {
		xmlFreeDoc(mail);
		return -1;
	}
	data = json_pack("{s:{s:I,s:I,s:s,s:s,s:s},s:{s:I,s:s,s:s}}",
	    "practice", "id", (json_int_t)p->id, "revision",
	    (json_int_t)p->rev_id, "title", p->title, "organisation",
	    p->org_name, "status", p->status,
	    "actor", "id", (json_int_t)actor->id, "name", actor->name,
	    "organisation", actor->org_name);
	if (data != NULL && remark != NULL &&
	    json_object_set_new(data, "remark", json_string(remark)) == -1) {
		json_decref(data);
		data = NULL;
	}
	if (data != NULL && message != NULL &&
	    json_object_set_new(data, "message", json_string(message)) == -1) {
		json_decref(data);
		data = NULL;
	}
	/* outbox_put takes data's reference, NULL too. */
	rc = outbox_put(c->db, c->cfg, c->rd, type, data, mail, to, reply_to);
	xmlFreeDoc(mail);
	return rc;
}

/* ---- the workflow ------------------------------------------------------ */

/*
 * Locks practice id and reads it with its working revision (or, when
 * none, the published one) into p. Returns 1, 0 when there is none, -1.
 */
static int
load(const struct practice_ctx *c, long long id, struct db_practice *p)
{
	long long	 rev;
	int		 rc;

	if ((rc = db_practice_get(c->db, id, 1, p)) != 1)
		return rc;
	rev = p->working_rev ? p->working_rev : p->published_rev;
	if (rev == 0)
		return 0;	/* a practice without revisions: never shown */
	return db_practice_rev_get(c->db, rev, p);
}

int
practice_save(const struct practice_ctx *c, const struct db_user *actor,
    enum role role, long long *id, const struct db_practice *in,
    int *outcome)
{
	struct db_practice	*p = NULL;
	char			 uuid[37], detail[64];
	long long		 rev;
	int			 rc = -1;

	*outcome = PO_DONE;
	if (!municipal(role)) {
		*outcome = *id ? PO_NOT_FOUND : PO_FORBIDDEN;
		return 0;
	}
	if (*id == 0) {
		uuid_new(uuid);
		if ((*id = db_practice_add(c->db, uuid, actor->org_id,
		    actor->id)) == -1)
			return -1;
	} else {
		if ((p = malloc(sizeof(*p))) == NULL)
			return -1;
		if ((rc = load(c, *id, p)) != 1) {
			*outcome = PO_NOT_FOUND;
			rc = rc == -1 ? -1 : 0;
			goto out;
		}
		rc = -1;
		if ((*outcome = practice_may_edit(actor, role, p)) !=
		    PO_DONE) {
			rc = 0;
			goto out;
		}
	}
	if (in->contact_id == actor->id &&
	    db_practice_contact_optin(c->db, actor->id) == -1)
		goto out;
	if ((rev = db_practice_rev_add(c->db, *id, in, actor->id)) == -1 ||
	    db_practice_set_working(c->db, *id, rev) == -1)
		goto out;
	snprintf(detail, sizeof(detail), "revision %lld", rev);
	if (db_audit_add(c->db, actor->id, p == NULL ? "practice.created" :
	    "practice.revised", "practice", *id, detail) == -1)
		goto out;
	rc = 0;
out:
	free(p);
	return rc;
}

int
practice_submit(const struct practice_ctx *c, const struct db_user *actor,
    enum role role, long long id, int *outcome)
{
	struct db_practice	*p;
	struct rcpt		 to;
	char			 detail[64];
	int			 rc;

	*outcome = PO_DONE;
	if ((p = malloc(sizeof(*p))) == NULL)
		return -1;
	if ((rc = load(c, id, p)) != 1) {
		*outcome = PO_NOT_FOUND;
		goto out;
	}
	rc = 0;
	if ((*outcome = practice_may_submit(actor, role, p)) != PO_DONE)
		goto out;
	rc = -1;
	memset(&to, 0, sizeof(to));
	snprintf(p->status, sizeof(p->status), "submitted");
	snprintf(detail, sizeof(detail), "revision %lld", p->rev_id);
	if (db_practice_rev_submit(c->db, p->rev_id, actor->id) == -1 ||
	    db_audit_add(c->db, actor->id, "practice.submitted", "practice",
	    id, detail) == -1 ||
	    db_practice_users_of_role(c->db, "organiser", rcpt_add, &to) == -1)
		goto out;
	commas(to.to);
	/* The organisers read the programme's language: Dutch. */
	rc = notify(c, "practice.submitted", to.to, "nl", NULL, p, actor,
	    NULL, NULL);
out:
	free(p);
	return rc == -1 ? -1 : 0;
}

/* Publishes (remark NULL) or returns the submitted revision of id. */
static int
review(const struct practice_ctx *c, const struct db_user *actor,
    enum role role, long long id, const char *remark, int *outcome)
{
	struct db_practice	*p;
	struct rcpt		 to;
	const char		*status = remark ? "returned" : "published";
	char			 detail[64], type[32];
	int			 rc;

	*outcome = PO_DONE;
	if ((p = malloc(sizeof(*p))) == NULL)
		return -1;
	if ((rc = load(c, id, p)) != 1) {
		*outcome = PO_NOT_FOUND;
		goto out;
	}
	rc = 0;
	if (!practice_may_review(role)) {
		*outcome = practice_privileged(actor, role, p) ? PO_FORBIDDEN :
		    refused(p);
		goto out;
	}
	if (!practice_in_review(p)) {
		*outcome = PO_CONFLICT;
		goto out;
	}
	rc = -1;
	memset(&to, 0, sizeof(to));
	snprintf(p->status, sizeof(p->status), "%s", status);
	snprintf(detail, sizeof(detail), "revision %lld", p->rev_id);
	snprintf(type, sizeof(type), "practice.%s", status);
	if (db_practice_rev_review(c->db, p->rev_id, status,
	    remark ? remark : "", actor->id) == -1 ||
	    (remark == NULL && (db_practice_publish(c->db, id, p->rev_id) ==
	    -1 || practice_index(c->db, id, p) == -1)) ||
	    db_audit_add(c->db, actor->id, type, "practice", id, detail) ==
	    -1 ||
	    db_practice_author_and_coordinators(c->db, p->rev_created_by,
	    p->org_id, rcpt_add, &to) == -1)
		goto out;
	commas(to.to);
	rc = notify(c, type, to.to, to.lang, NULL, p, actor, remark, NULL);
out:
	free(p);
	return rc == -1 ? -1 : 0;
}

int
practice_publish(const struct practice_ctx *c, const struct db_user *actor,
    enum role role, long long id, int *outcome)
{
	return review(c, actor, role, id, NULL, outcome);
}

int
practice_return(const struct practice_ctx *c, const struct db_user *actor,
    enum role role, long long id, const char *remark, int *outcome)
{
	return review(c, actor, role, id, remark, outcome);
}

int
practice_set_public(const struct practice_ctx *c, const struct db_user *actor,
    enum role role, long long id, int is_public, int *outcome)
{
	struct db_practice	*p;
	int			 rc;

	*outcome = PO_DONE;
	if ((p = malloc(sizeof(*p))) == NULL)
		return -1;
	if ((rc = db_practice_get(c->db, id, 1, p)) != 1)
		*outcome = PO_NOT_FOUND;
	else if (!practice_may_review(role))
		*outcome = practice_privileged(actor, role, p) ?
		    PO_FORBIDDEN : refused(p);
	else if (p->is_public != is_public &&
	    (db_practice_set_public(c->db, id, is_public) == -1 ||
	    db_audit_add(c->db, actor->id, "practice.public", "practice", id,
	    is_public ? "yes" : "no") == -1))
		rc = -1;
	free(p);
	return rc == -1 ? -1 : 0;
}

int
practice_contact(const struct practice_ctx *c, const struct db_user *sender,
    long long id, const char *message, int *outcome)
{
	struct db_practice	*p;
	struct db_user		 contact;
	long long		 sent;
	int			 rc;

	*outcome = PO_DONE;
	if ((p = malloc(sizeof(*p))) == NULL)
		return -1;
	/* Questions go about what is published, to its contact person. */
	if ((rc = db_practice_get(c->db, id, 0, p)) != 1 ||
	    !practice_readable(1, p) ||
	    (rc = db_practice_rev_get(c->db, p->published_rev, p)) != 1 ||
	    !practice_may_contact(1, p) ||
	    (rc = db_practice_user(c->db, p->contact_id, &contact)) != 1) {
		*outcome = PO_NOT_FOUND;
		goto out;
	}
	rc = -1;
	if (db_contact_lock(c->db, sender->id) == -1 ||
	    (sent = db_contact_count_day(c->db, sender->id)) == -1)
		goto out;
	if (sent >= PRACTICE_CONTACTS_PER_DAY) {
		*outcome = PO_THROTTLED;
		rc = 0;
		goto out;
	}
	if (db_contact_add(c->db, sender->id, id) == -1)
		goto out;
	rc = notify(c, "practice.contact", contact.email, contact.lang,
	    sender->email, p, sender, NULL, message);
out:
	free(p);
	return rc == -1 ? -1 : 0;
}
