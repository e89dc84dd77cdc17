/*
 * Layer 2, the database: the practice library's and the information
 * pages' part of db.h (db-practice.c, db-info.c), kept in a file of its
 * own for db.h's size. db.h includes it; include db.h, not this.
 */
#ifndef CIMOLT_DB_PRACTICE_H
#define CIMOLT_DB_PRACTICE_H

/* ---- db-practice.c: practices, search, contact persons ------------------ */

/* Whether a user opted in as a practices' contact person (0/1, -1), and
 * withdrawing that (rows removed, or -1): their practices then show no
 * contact person and take no questions. */
int	 db_contact_get(struct db *, long long user_id);
long long db_contact_withdraw(struct db *, long long user_id);
/*
 * Practices in the database. Each returns as the db.c contract says:
 * ids (or -1) from adding, 1/0/-1 from lookups, counts (or -1) from
 * lists, whose callbacks return 0 to go on and -1 to stop with failure.
 */
/* Adds a practice of org_id without revisions. Returns its id or -1. */
long long db_practice_add(struct db *, const char *uuid, long long org_id,
	    long long user);
/* Adds a draft revision with p's revision fields (title ... links).
 * Returns its id or -1. */
long long db_practice_rev_add(struct db *, long long practice_id,
	    const struct db_practice *p, long long user);
/* Points the practice's working revision at rev (0: none). */
int	 db_practice_set_working(struct db *, long long id, long long rev);
/* Reads the practice row into p (locking it when lock is 1), with the
 * working revision's status. Returns 1, 0 when none, -1. */
int	 db_practice_get(struct db *, long long id, int lock,
	    struct db_practice *p);
/* Reads revision rev of the practice p holds into p's revision fields,
 * with partners, themes, aspects and links. Returns 1, 0, -1. */
int	 db_practice_rev_get(struct db *, long long rev, struct db_practice *p);
/* Marks a revision submitted by user, or reviewed (status published or
 * returned, with the remark, "" for none) by user. Return 0/-1. */
int	 db_practice_rev_submit(struct db *, long long rev, long long user);
int	 db_practice_rev_review(struct db *, long long rev, const char *status,
	    const char *remark, long long user);
/* Makes rev the published revision: clears the working one and stamps
 * the times (the search terms are the caller's). Returns 0/-1. */
int	 db_practice_publish(struct db *, long long id, long long rev);
/* Replaces the search terms of practice id by the n in terms. 0/-1. */
int	 db_practice_terms_set(struct db *, long long id,
	    const struct practice_term *terms, size_t n);
/* The ids of the published practices (missing_only: those without
 * search terms), ascending, into a malloc'd *ids. Returns the count or
 * -1. */
long long db_practices_published(struct db *, int missing_only,
	    long long **ids);
int	 db_practice_set_public(struct db *, long long id, int is_public);
/* Published practices as f says, one page; and how many there are. */
int	 db_practices_search(struct db *, const struct practice_filter *f,
	    int (*fn)(const struct db_practice_item *, void *), void *arg);
long long db_practices_count(struct db *, const struct practice_filter *f);
/* Every practice of a municipality (0: all), showing the working
 * revision where there is one, newest first. */
int	 db_practices_of_org(struct db *, long long org_id,
	    int (*fn)(const struct db_practice_item *, void *), void *arg);
/* Up to PRACTICE_RELATED published practices of category other than id,
 * by the aspects they share with revision rev (extra), then newest. */
int	 db_practices_related(struct db *, long long id, long long rev,
	    const char *category, int public_only,
	    int (*fn)(const struct db_practice_item *, void *), void *arg);
/* The newest PRACTICE_FEED_SIZE public published practices. */
int	 db_practices_feed(struct db *,
	    int (*fn)(const struct db_practice_item *, void *), void *arg);
/* The years of published practices (public ones only), newest first. */
int	 db_practice_years(struct db *, int public_only,
	    int (*fn)(long long year, void *), void *arg);
/* The active users of org_id who opted in as contact persons. */
int	 db_practice_contacts(struct db *, long long org_id,
	    int (*fn)(long long id, const char *name, void *), void *arg);
/* Sets bit i of *found for each ids[i] (n at most PRACTICE_PARTNERS)
 * that is a municipality, in one query. Returns 0/-1. */
int	 db_municipalities_among(struct db *, const long long *ids, size_t n,
	    unsigned long long *found);
/* Records user's opt-in as a contact person (again: no change). */
int	 db_practice_contact_optin(struct db *, long long user);
/* A user by id, with organisation. Returns 1, 0, -1. */
int	 db_practice_user(struct db *, long long id, struct db_user *u);
/* Active users to notify: of role role (organiser), or the user author
 * and the coordinators of org_id. */
int	 db_practice_users_of_role(struct db *, const char *role,
	    int (*fn)(const struct db_user *, void *), void *arg);
int	 db_practice_author_and_coordinators(struct db *, long long author,
	    long long org_id, int (*fn)(const struct db_user *, void *),
	    void *arg);
/* Locks user's row (questions are counted one sender at a time), counts
 * the questions user sent in the last 24 hours, records one. */
int	 db_contact_lock(struct db *, long long user);
long long db_contact_count_day(struct db *, long long user);
int	 db_contact_add(struct db *, long long user, long long practice_id);

/* ---- db-info.c: the information pages' texts and their revisions ------- */

/*
 * The newest revision of page in lang, or (id not 0) revision id, into
 * *rev with its body (rev->body malloc'd: the caller frees it). Returns
 * 1, 0 when there is none, -1 on failure.
 */
int	 db_info_current(struct db *, const char *page, const char *lang,
	    struct db_info_revision *rev);
int	 db_info_revision(struct db *, long long id,
	    struct db_info_revision *rev);
/* Adds a revision by user (0: nobody), restored_from 0 when it restores
 * none. Returns its id, or -1. */
long long db_info_add(struct db *, const char *page, const char *lang,
	    const char *body, long long user, long long restored_from);
/* The revisions of page (both languages), newest first, without their
 * bodies; at most limit. Returns the count or -1. */
int	 db_info_revisions(struct db *, const char *page, int limit,
	    int (*fn)(const struct db_info_revision *, void *), void *arg);

#endif
