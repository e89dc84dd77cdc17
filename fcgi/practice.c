/*
 * The practice library's rules, for the pages and for
 * cimolt-admin: who may read, change, submit and review a practice, the
 * workflow draft -> submitted -> published (or returned, with a remark),
 * questions to a practice's contact person, and turning a visitor's
 * search words into a FULLTEXT query that no input can subvert.
 *
 * Every change runs in the caller's transaction and starts by locking
 * the practice's row, so the state it checks is the state it changes;
 * each is audit-logged and queues its notice through the outbox in the
 * same transaction (a notice exists exactly when its change does).
 */
#include "config.h"

#include <ctype.h>
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
 * Words a search leaves out: InnoDB's default stop words (which are not
 * indexed, so searching for them finds nothing), and the common Dutch
 * (the Snowball list) and English ones, which are indexed but would match
 * nearly every practice. Only words of three letters or more: shorter
 * ones are left out anyway. Sorted (strcmp order), for bsearch.
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

/*
 * The length of the UTF-8 character at s when it belongs to a word, else
 * 0: ASCII letters and digits, and the letters of other scripts; not the
 * punctuation and symbols of Latin-1 (U+0080-U+00BF, U+00D7, U+00F7) or
 * of the General Punctuation, currency and CJK punctuation blocks, which
 * InnoDB's parser also takes as separators. (UTF-8 was checked when
 * the request was decoded.)
 */
static size_t
word_char(const char *s)
{
	const unsigned char	*u = (const unsigned char *)s;
	unsigned int		 cp;
	size_t			 n;

	if (u[0] < 0x80)
		return isalnum(u[0]) ? 1 : 0;
	if ((u[0] & 0xe0) == 0xc0 && u[1] != '\0') {
		cp = (u[0] & 0x1fu) << 6 | (u[1] & 0x3fu);
		n = 2;
	} else if ((u[0] & 0xf0) == 0xe0 && u[1] != '\0' && u[2] != '\0') {
		cp = (u[0] & 0x0fu) << 12 | (u[1] & 0x3fu) << 6 | (u[2] & 0x3fu);
		n = 3;
	} else if ((u[0] & 0xf8) == 0xf0 && u[1] != '\0' && u[2] != '\0' &&
	    u[3] != '\0')
		return 4;	/* outside the BMP: emoji and rare scripts */
	else
		return 0;
	if (cp <= 0xbf || cp == 0xd7 || cp == 0xf7 ||
	    (cp >= 0x2000 && cp <= 0x2bff) || (cp >= 0x3000 && cp <= 0x303f) ||
	    (cp >= 0xfe30 && cp <= 0xfe4f) || cp == 0xfeff)
		return 0;
	return n;
}

/* The bytes of the UTF-8 character at s (1 for a stray byte). */
static size_t
utf8_len(const char *s)
{
	unsigned char	 c = (unsigned char)*s;
	size_t		 n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;

	for (size_t i = 1; i < n; i++)
		if (s[i] == '\0')
			return i;
	return n;
}

int
practice_query(const char *q, char *out, size_t outsz, char *ignored,
    size_t ignoredsz)
{
	char		 word[4 * 84 + 1];
	const char	*s = q;
	size_t		 len, chars, i, n;
	int		 used = 0;

	out[0] = ignored[0] = '\0';
	while (s != NULL && *s != '\0') {
		/* A word is a run of word characters; everything else
		 * separates words, the boolean operators + - < > ( ) ~ * " @
		 * and quotes included, and is dropped. */
		while (*s != '\0' && word_char(s) == 0)
			s += utf8_len(s);
		for (len = chars = 0; s[len] != '\0' &&
		    (n = word_char(s + len)) != 0; len += n)
			chars++;
		if (len == 0)
			break;
		if (len >= sizeof(word)) {
			/* Longer than InnoDB indexes a word: not searchable. */
			s += len;
			continue;
		}
		for (i = 0; i < len; i++)
			word[i] = (char)tolower((unsigned char)s[i]);
		word[len] = '\0';
		s += len;
		/* Shorter than innodb_ft_min_token_size (3), longer than
		 * innodb_ft_max_token_size (84), or a stop word. */
		if (chars < 3 || chars > 84 || stopword(word) ||
		    used == PRACTICE_QUERY_WORDS ||
		    strlen(out) + len + 4 >= outsz) {
			append(ignored, ignoredsz, word);
			continue;
		}
		/* Required, and matching longer forms too (circulair*:
		 * circulaire), as Dutch inflects. */
		snprintf(out + strlen(out), outsz - strlen(out), "%s+%s*",
		    out[0] ? " " : "", word);
		used++;
	}
	return used;
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
	    (remark == NULL && db_practice_publish(c->db, id, p->rev_id) ==
	    -1) ||
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
