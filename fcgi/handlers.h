/*
 * Layer 4, the handlers: one file per area of pages. Each parses and
 * validates its input, authorises, calls the domain and builds the page
 * document; the page parts that several areas show live in parts.c.
 */
#ifndef CIMOLT_HANDLERS_H
#define CIMOLT_HANDLERS_H

#include "domain.h"

/* ---- parts.c: page parts that several areas show ----------------------- */

/* Years a municipality has a submitted round in, newest first. */
struct years {
	long long y[64];
	size_t	 n;
};

/* Fills ys with the years org_id submitted a round in. Returns 0/-1. */
int	 submitted_years(struct worker *, long long org_id, struct years *ys);
/* The same, and the organisation's round of year (any status) in *rd
 * from the same statement. Returns 1 with it, 0 when it has none, -1. */
int	 submitted_years_round(struct worker *, long long org_id,
	    struct years *ys, int year, struct db_round *rd);
/* Adds <years><year value current/></years>. Returns 0/-1. */
int	 years_xml(xmlNodePtr parent, const long long *y, size_t n,
	    long long current);
/* An <event> with its counts and registration state (own: with the
 * visitor's municipality's counts), and an event's <materials>. Return
 * 0/-1. */
int	 event_xml(xmlNodePtr parent, const struct db_event *, int own);
/* Adds <registration id status position? name email job-title
 * organisation created> for g under parent: an organiser's or a
 * coordinator's list. Returns the node or NULL. */
xmlNodePtr registration_xml(xmlNodePtr parent, const struct db_registration *g);
int	 materials_xml(struct db *, xmlNodePtr parent, long long event_id);
/* ---- sessions-form.c: the session rows of the event form ------------- */

/* Adds the fields of rows 2.. to the event form f: those posted, or the
 * sessions of old after the first, and two blank rows. Returns 0/-1. */
int	 sessions_form_fields(const struct req *, xmlNodePtr f,
	    const struct db_sessions *old);
/* Reads the posted rows into ss: first (row 1, checked by the caller)
 * and rows 2.. (online: the event has an online address, so a place may
 * be blank), each keeping the UID of the session of old its row showed.
 * Marks errors at the fields. Returns 1 when all is well, 0, -1. */
int	 sessions_form_take(const struct req *, xmlNodePtr f,
	    const struct db_sessions *old, const struct db_session *first,
	    int online, struct db_sessions *ss);
/* "YYYY-MM-DD HH:MM:SS" to the datetime-local form "YYYY-MM-DDTHH:MM"
 * ("" stays ""). */
void	 sessions_to_input(const char *ts, char out[17]);
/* Sets ev's starts_at, ends_at and place: the first start (and its
 * place) and the last end of ss. */
void	 sessions_span(const struct db_sessions *ss, struct db_event *ev);

/* Adds the organisations as options of an "organisation" field: the
 * municipalities under <province name>, and with all the others under
 * <group kind>. Returns 0/-1. */
int	 org_options(struct db *, xmlNodePtr field, int all);
/* <practice> with its municipality and the revision p holds (the remark
 * and working status only when privileged); the contact person by name,
 * never the address. Returns the node or NULL. */
xmlNodePtr practice_xml(xmlNodePtr parent, const struct db_practice *p,
	    int privileged);
/* One practice of a list, under arg (an xmlNodePtr) as <practice>: a
 * callback of the db_practices_* lists. Returns 0/-1. */
int	 practice_item_xml(const struct db_practice_item *, void *arg);
/* The same with the words that match a search marked (<mark> in the
 * title and summary); arg is a struct practice_marks. */
struct practice_marks {
	xmlNodePtr			 list;
	const struct practice_filter	*filter;
};
int	 practice_item_marked_xml(const struct db_practice_item *, void *arg);
/* The page of a practice workflow's outcome other than PO_DONE (its
 * status: 404, 403, 409, 429). Returns 0/-1. */
int	 practice_outcome_page(struct req *, struct resp *o, int outcome);
/* Adds <years> with the years org_id submitted a round in, newest first,
 * current marked. Returns 0/-1. */
int	 submitted_years_xml(struct worker *, long long org_id,
	    xmlNodePtr parent, long long current);
/* The region of a regional viewer r: a province (its own, or its
 * umbrella organisation's, read with the session; its id and name), else
 * the whole country (0, ""). */
void	 region_of(const struct req *r, long long *province, char *name,
	    size_t sz);
/* Adds the advice rules that apply to submitted round rd under parent,
 * strongest gap first, as <item rule tier scope key score? gap><when
 * .../><text/><practice/>|<link/>...</item> in lang. Returns how many,
 * or -1. */
int	 advice_items_xml(struct worker *, const struct db_round *rd,
	    enum lang lang, xmlNodePtr parent);
/* Adds <deadline year opens date days-left opened round/> of the year
 * (0: the newest year with settings) for org_id (round: its round's
 * status, or none); nothing when the year has no settings. Returns 0/-1. */
int	 monitor_deadline_xml(struct worker *, long long org_id, int year,
	    xmlNodePtr parent);
/* Appends "&key=value" (value URL-encoded) to the query string in buf
 * (sz bytes) when value is not empty. */
void	 query_add(char *buf, size_t sz, const char *key, const char *value);
/* Adds <pagination page pages> with <link rel n href/> to the previous
 * (rel prev), next and nearby pages (rel page) of a list at
 * path?base&pagina=N. Returns 0/-1. */
int	 pagination_xml(xmlNodePtr parent, const char *path, const char *base,
	    long long page, long long pages);

/*
 * The handlers: each fills o (a page document, a redirect or a text) and
 * returns 0, or -1 when it failed (the dispatcher answers 500 or 503).
 * The route table in routes.c names the role each one needs.
 */

/* ---- handle_account.c: one's account, a coordinator's members ----------- */

int	 handle_contact_withdraw(struct worker *, struct req *, struct resp *);
int	 handle_account(struct worker *, struct req *, struct resp *);
int	 handle_password(struct worker *, struct req *, struct resp *);
int	 handle_members(struct worker *, struct req *, struct resp *);
int	 handle_member_remove(struct worker *, struct req *, struct resp *);
int	 handle_account_export(struct worker *, struct req *, struct resp *);
int	 handle_account_erasure(struct worker *, struct req *, struct resp *);

/* ---- handle_admin.c: users, organisations, audit ------------------------ */

int	 handle_users(struct worker *, struct req *, struct resp *);
int	 handle_user_disable(struct worker *, struct req *, struct resp *);
int	 handle_organisations(struct worker *, struct req *, struct resp *);
int	 handle_audit(struct worker *, struct req *, struct resp *);

/* ---- handle_deliveries.c: the list of messages, one message ------------ */

int	 handle_deliveries(struct worker *, struct req *, struct resp *);
int	 handle_delivery(struct worker *, struct req *, struct resp *);
int	 handle_delivery_retry(struct worker *, struct req *, struct resp *);

/* ---- handle_advice.c: advice and advice requests ------------------------ */

int	 handle_advice(struct worker *, struct req *, struct resp *);
int	 handle_advice_year(struct worker *, struct req *, struct resp *);
int	 handle_advice_request(struct worker *, struct req *, struct resp *);
int	 handle_advice_admin(struct worker *, struct req *, struct resp *);
int	 handle_advice_status(struct worker *, struct req *, struct resp *);
int	 handle_advice_csv(struct worker *, struct req *, struct resp *);
int	 handle_advice_requests(struct worker *, struct req *, struct resp *);
int	 handle_advice_thread(struct worker *, struct req *, struct resp *);
int	 handle_advice_reply(struct worker *, struct req *, struct resp *);
int	 handle_advice_note(struct worker *, struct req *, struct resp *);
int	 handle_advice_assign(struct worker *, struct req *, struct resp *);
int	 handle_advice_status_thread(struct worker *, struct req *,
	    struct resp *);

/* ---- handle_benchmark.c: benchmark, regional and organisers' overviews - */

int	 handle_benchmark(struct worker *, struct req *, struct resp *);
int	 handle_benchmark_year(struct worker *, struct req *, struct resp *);
int	 handle_region(struct worker *, struct req *, struct resp *);
int	 handle_region_year(struct worker *, struct req *, struct resp *);
int	 handle_region_csv(struct worker *, struct req *, struct resp *);
int	 handle_show_name(struct worker *, struct req *, struct resp *);

/* ---- handle_peers.c: named peers by consent ---------------------------- */

int	 handle_peers(struct worker *, struct req *, struct resp *);
int	 handle_overview(struct worker *, struct req *, struct resp *);
int	 handle_overview_year(struct worker *, struct req *, struct resp *);
int	 handle_participation_csv(struct worker *, struct req *,
	    struct resp *);
int	 handle_year_scores_csv(struct worker *, struct req *, struct resp *);

/* ---- handle_events_admin.c: the organisers' events and registrations ---- */

int	 handle_beheer(struct worker *, struct req *, struct resp *);
int	 handle_event_new(struct worker *, struct req *, struct resp *);
int	 handle_event_edit(struct worker *, struct req *, struct resp *);
int	 handle_event_admin(struct worker *, struct req *, struct resp *);
int	 handle_attendance(struct worker *, struct req *, struct resp *);
int	 handle_material_add(struct worker *, struct req *, struct resp *);
int	 handle_registration_cancel_admin(struct worker *, struct req *,
	    struct resp *);
int	 handle_registrations_csv(struct worker *, struct req *,
	    struct resp *);
int	 handle_org_overview(struct worker *, struct req *, struct resp *);

/* ---- handle_info.c: the information pages and their texts' revisions --- */

int	 handle_info(struct worker *, struct req *, struct resp *);
int	 handle_texts_admin(struct worker *, struct req *, struct resp *);
int	 handle_text_edit(struct worker *, struct req *, struct resp *);
int	 handle_text_revision(struct worker *, struct req *, struct resp *);
int	 handle_text_restore(struct worker *, struct req *, struct resp *);

/* ---- handle_monitor.c: filling in and submitting the monitor ------------ */

int	 handle_monitor(struct worker *, struct req *, struct resp *);
int	 handle_monitor_round(struct worker *, struct req *, struct resp *);
int	 handle_monitor_section(struct worker *, struct req *, struct resp *);
int	 handle_monitor_submit(struct worker *, struct req *, struct resp *);
int	 handle_monitor_result(struct worker *, struct req *, struct resp *);
int	 handle_monitor_report(struct worker *, struct req *, struct resp *);
int	 handle_monitor_prefill(struct worker *, struct req *, struct resp *);
int	 handle_monitor_csv(struct worker *, struct req *, struct resp *);
int	 handle_rounds_admin(struct worker *, struct req *, struct resp *);
int	 handle_round_reopen(struct worker *, struct req *, struct resp *);
int	 handle_monitor_year(struct worker *, struct req *, struct resp *);
int	 handle_monitor_participation(struct worker *, struct req *,
	    struct resp *);
int	 handle_monitor_participation_csv(struct worker *, struct req *,
	    struct resp *);
int	 handle_monitor_participation_remind(struct worker *, struct req *,
	    struct resp *);

/* ---- handle_practice.c: reading the practice library -------------------- */

int	 handle_practices(struct worker *, struct req *, struct resp *);
int	 handle_practice(struct worker *, struct req *, struct resp *);
int	 handle_practice_draft(struct worker *, struct req *, struct resp *);
int	 handle_practice_contact(struct worker *, struct req *, struct resp *);
int	 handle_practice_feed(struct worker *, struct req *, struct resp *);

/* ---- handle_practice_edit.c: writing and reviewing practices ------------ */

int	 handle_practice_new(struct worker *, struct req *, struct resp *);
int	 handle_practice_edit(struct worker *, struct req *, struct resp *);
int	 handle_practice_submit(struct worker *, struct req *, struct resp *);
int	 handle_practices_admin(struct worker *, struct req *, struct resp *);
int	 handle_practice_review(struct worker *, struct req *, struct resp *);
int	 handle_practice_publish(struct worker *, struct req *, struct resp *);
int	 handle_practice_return(struct worker *, struct req *, struct resp *);
int	 handle_practice_public(struct worker *, struct req *, struct resp *);

/* ---- handle_programme.c: the programme, events and registering ---------- */

int	 handle_home(struct worker *, struct req *, struct resp *);
int	 handle_programme(struct worker *, struct req *, struct resp *);
int	 handle_healthz(struct worker *, struct req *, struct resp *);
int	 handle_event(struct worker *, struct req *, struct resp *);
int	 handle_event_ics(struct worker *, struct req *, struct resp *);
int	 handle_register(struct worker *, struct req *, struct resp *);
int	 handle_registration(struct worker *, struct req *, struct resp *);
int	 handle_approvals(struct worker *, struct req *, struct resp *);
int	 handle_approval_approve(struct worker *, struct req *, struct resp *);
int	 handle_approval_refuse(struct worker *, struct req *, struct resp *);
int	 handle_registration_confirm(struct worker *, struct req *,
	    struct resp *);
int	 handle_registration_cancel(struct worker *, struct req *,
	    struct resp *);

/* ---- handle_coordinator.c: the coordinator's view of the programme ------ */

int	 handle_coord_registrations(struct worker *, struct req *,
	    struct resp *);
int	 handle_coord_cancel(struct worker *, struct req *, struct resp *);
int	 handle_coord_move(struct worker *, struct req *, struct resp *);

/* ---- handle_signin.c: signing in and out, invitations, password resets --- */

int	 handle_login(struct worker *, struct req *, struct resp *);
int	 handle_logout(struct worker *, struct req *, struct resp *);
int	 handle_invitation(struct worker *, struct req *, struct resp *);
int	 handle_reset(struct worker *, struct req *, struct resp *);
int	 handle_forgot(struct worker *, struct req *, struct resp *);

#endif /* CIMOLT_HANDLERS_H */
