/*
 * The page cache: rendered pages a worker keeps in its own memory, found
 * by a 32-byte key that the router makes from everything a page depends
 * on (route, path and query, language, who asks, the data version; see
 * routes.c). A key never goes stale: when the data change, the version
 * and so the key change. The cache keeps one generation (the data version
 * and the minute the keys were made for): entries of another one are
 * never asked for again, so they are dropped as soon as a request brings
 * a new generation, and memory holds only pages that can still be
 * served. (Another generation, not only a newer one: a restored backup
 * takes the version back, and a page kept under that number before may
 * show other data.)
 *
 * Bounded: at most PAGECACHE_SLOTS entries and max bytes of bodies; an
 * entry that does not fit alone is not kept. Lookup is a scan of the
 * slots (a few hundred 32-byte compares, well under a microsecond's worth
 * next to rendering a page), which keeps the code small.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "http.h"

#define PAGECACHE_SLOTS	256

struct slot {
	unsigned char	 key[PAGECACHE_KEY];
	char		*body;		/* NULL: free slot */
	size_t		 len;
	unsigned long long used;	/* tick of the last use */
};

struct pagecache {
	struct slot		 slot[PAGECACHE_SLOTS];
	size_t			 max;	/* bytes of bodies at most */
	size_t			 bytes;	/* bytes of bodies now */
	unsigned long long	 tick;
	unsigned long long	 gen[2];	/* the generation kept */
};

struct pagecache *
pagecache_new(size_t max)
{
	struct pagecache *c;

	if (max == 0)
		return NULL;
	if ((c = calloc(1, sizeof(*c))) == NULL)
		return NULL;
	c->max = max;
	return c;
}

/* Empties slot s. */
static void
drop(struct pagecache *c, struct slot *s)
{
	c->bytes -= s->len;
	free(s->body);
	memset(s, 0, sizeof(*s));
}

void
pagecache_free(struct pagecache *c)
{
	if (c == NULL)
		return;
	for (size_t i = 0; i < PAGECACHE_SLOTS; i++)
		free(c->slot[i].body);
	free(c);
}

int
pagecache_generation(struct pagecache *c, unsigned long long version,
    unsigned long long minute)
{
	if (c == NULL || (c->gen[0] == version && c->gen[1] == minute))
		return 0;
	for (size_t i = 0; i < PAGECACHE_SLOTS; i++)
		if (c->slot[i].body != NULL)
			drop(c, &c->slot[i]);
	c->gen[0] = version;
	c->gen[1] = minute;
	return 1;
}

const char *
pagecache_get(struct pagecache *c, const unsigned char key[PAGECACHE_KEY],
    size_t *len)
{
	if (c == NULL)
		return NULL;
	for (size_t i = 0; i < PAGECACHE_SLOTS; i++) {
		struct slot *s = &c->slot[i];

		if (s->body != NULL &&
		    memcmp(s->key, key, PAGECACHE_KEY) == 0) {
			s->used = ++c->tick;
			*len = s->len;
			return s->body;
		}
	}
	return NULL;
}

/* Returns the slot of key, the least recently used one when key is not
 * kept (any when the cache is empty), or a free one when free is 1. */
static struct slot *
find(struct pagecache *c, const unsigned char key[PAGECACHE_KEY], int free)
{
	struct slot *s, *lru = NULL;

	for (size_t i = 0; i < PAGECACHE_SLOTS; i++) {
		s = &c->slot[i];
		if (free ? s->body == NULL : (s->body != NULL &&
		    memcmp(s->key, key, PAGECACHE_KEY) == 0))
			return s;
		if (s->body != NULL && (lru == NULL || s->used < lru->used))
			lru = s;
	}
	return free ? NULL : lru;
}

int
pagecache_put(struct pagecache *c, const unsigned char key[PAGECACHE_KEY],
    const char *body, size_t len)
{
	struct slot	*s;
	char		*copy;

	if (c == NULL || len > c->max || len == 0)
		return 0;
	if ((copy = malloc(len)) == NULL)
		return -1;
	memcpy(copy, body, len);
	/* The same key again (two workers' requests missed at once: the
	 * newer body replaces it), then the least recently used ones until
	 * the body fits and a slot is free. */
	if ((s = find(c, key, 0)) != NULL &&
	    memcmp(s->key, key, PAGECACHE_KEY) == 0)
		drop(c, s);
	while (c->bytes + len > c->max || (s = find(c, key, 1)) == NULL)
		drop(c, find(c, key, 0));
	memcpy(s->key, key, PAGECACHE_KEY);
	s->body = copy;
	s->len = len;
	s->used = ++c->tick;
	c->bytes += len;
	return 0;
}
