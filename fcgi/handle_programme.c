/*
 * The programme: the public home page listing the masterclasses and the
 * closing meeting with the places left, and the organisers' overview of
 * the same events. Both read the events in one query and put them in the
 * page document; the stylesheets decide what each audience sees.
 */
#include "config.h"

#include "extern.h"

/* Adds one <event> to the <events> parent. Returns 0/-1. */
static int
event_add(const struct db_event *ev, void *arg)
{
	xmlNodePtr	 parent = arg, e;
	int		 left = ev->capacity - ev->confirmed;

	if ((e = page_elem(parent, "event")) == NULL ||
	    page_attr_int(e, "id", ev->id) == -1 ||
	    page_attr(e, "kind", ev->kind) == -1 ||
	    page_attr(e, "audience", ev->audience) == -1 ||
	    page_attr(e, "status", ev->status) == -1 ||
	    page_text(e, "title", ev->title) == NULL ||
	    page_text(e, "description", ev->description) == NULL ||
	    page_datetime(e, "start", ev->starts_at) == NULL ||
	    page_datetime(e, "end", ev->ends_at) == NULL ||
	    page_text(e, "place", ev->place) == NULL)
		return -1;
	if (ev->has_online_url &&
	    page_text(e, "online-url", ev->online_url) == NULL)
		return -1;
	if (page_int(e, "capacity", ev->capacity) == NULL ||
	    page_int(e, "confirmed", ev->confirmed) == NULL ||
	    page_int(e, "places-left", left > 0 ? left : 0) == NULL)
		return -1;
	if (ev->has_per_org_limit &&
	    page_int(e, "per-org-limit", ev->per_org_limit) == NULL)
		return -1;
	return 0;
}

/* Builds the page called name with the events. Returns 0/-1. */
static int
events_page(struct worker *w, struct req *r, struct resp *o,
    const char *name)
{
	xmlNodePtr events;

	o->status = 200;
	if ((o->page = page_new(name, r, 200)) == NULL ||
	    (events = page_elem(xmlDocGetRootElement(o->page), "events")) ==
	    NULL)
		return -1;
	return db_events_list(w->db, event_add, events) == -1 ? -1 : 0;
}

int
handle_home(struct worker *w, struct req *r, struct resp *o)
{
	return events_page(w, r, o, "home");
}

int
handle_beheer(struct worker *w, struct req *r, struct resp *o)
{
	return events_page(w, r, o, "beheer");
}

int
handle_healthz(struct worker *w, struct req *r, struct resp *o)
{
	(void)r;
	if (db_ping(w->db) == -1)
		return resp_text(o, 503, "text/plain; charset=utf-8",
		    "database unavailable\n");
	return resp_text(o, 200, "text/plain; charset=utf-8", "ok\n");
}
