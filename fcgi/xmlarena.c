/*
 * libxml2's memory during a transform: a region that is handed out in
 * order and forgotten as a whole when the page is done.
 *
 * A transform makes and frees tens of thousands of small blocks (nodes,
 * strings, XPath objects); with malloc that was about a quarter of a
 * page's rendering time, and it left the worker's heap fragmented (pages
 * of its own, its PSS, that nothing used). libxml2 lets a program supply
 * its allocator (xmlMemSetup): between xmlarena_begin and xmlarena_end
 * every block comes from one reserved region, free only takes back the
 * last block, and xmlarena_end makes the whole region free again.
 * Outside those calls, and for blocks that do not fit, it is plain
 * malloc.
 *
 * What makes this safe: nothing allocated during a transform may outlive
 * it. render_html copies the serialised page out before xmlarena_end,
 * gives the transform a dictionary of its own (so that strings it adds
 * never go into the stylesheet's shared one), and checks that the
 * stylesheet's dictionary did not grow; if it ever did, xmlarena_keep
 * keeps the region for good (never handed out again) instead of
 * reusing memory something still points to.
 *
 * Under AddressSanitizer the arena is off, so that the sanitizer build
 * keeps seeing every libxml2 block.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include <libxml/xmlmemory.h>

#include "doc.h"

#if defined(__SANITIZE_ADDRESS__)
#define ARENA_OFF	1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ARENA_OFF	1
#endif
#endif

/* Address space reserved (untouched pages cost nothing; a server with
 * strict overcommit, vm.overcommit_memory = 2, counts it against its
 * commit limit, and when the reservation fails the worker uses malloc),
 * and what stays touched between pages when xmlarena_trim runs. The
 * largest page of the demo, the benchmark, takes 2.8 MB; blocks beyond
 * the region come from malloc. */
#define ARENA_SIZE	((size_t)64 << 20)
#define ARENA_KEEP	((size_t)2 << 20)

/* Each block starts with its size (for realloc), keeping 16-byte
 * alignment as malloc does. */
struct hdr {
	size_t	 size;
	size_t	 pad;
};

#define ROUND(n)	(((n) + 15) & ~(size_t)15)

static char	*base;		/* the region, NULL before the first use */
static char	*top;		/* the next free byte */
static char	*high;		/* the highest byte touched since a trim */
static int	 on;		/* between begin and end */
static int	 spilled;	/* a block did not fit this time */
static int	 kept;		/* the region holds something for good */

static int
mine(const void *p)
{
	return base != NULL && (const char *)p >= base &&
	    (const char *)p < base + ARENA_SIZE;
}

static void *
a_malloc(size_t n)
{
	struct hdr	*h;
	size_t		 need;

	if (!on)
		return malloc(n);
	need = sizeof(*h) + ROUND(n);
	if (n > ARENA_SIZE || need > (size_t)(base + ARENA_SIZE - top)) {
		spilled = 1;
		return malloc(n);
	}
	h = (struct hdr *)(void *)top;
	h->size = n;
	top += need;
	if (top > high)
		high = top;
	return h + 1;
}

static void
a_free(void *p)
{
	struct hdr *h;

	if (p == NULL)
		return;
	if (!mine(p)) {
		free(p);
		return;
	}
	/* The last block goes back; any other waits for the end. */
	h = (struct hdr *)p - 1;
	if ((char *)p + ROUND(h->size) == top)
		top = (char *)h;
}

static void *
a_realloc(void *p, size_t n)
{
	struct hdr	*h;
	void		*q;

	if (p == NULL)
		return a_malloc(n);
	if (!mine(p))
		return realloc(p, n);
	h = (struct hdr *)p - 1;
	/* The last block grows where it is (an output buffer doubling). */
	if (on && (char *)p + ROUND(h->size) == top && n <= ARENA_SIZE &&
	    ROUND(n) <= (size_t)(base + ARENA_SIZE - (char *)p)) {
		h->size = n;
		top = (char *)p + ROUND(n);
		if (top > high)
			high = top;
		return p;
	}
	if (n <= h->size)
		return p;
	if ((q = a_malloc(n)) != NULL)
		memcpy(q, p, h->size);
	return q;
}

static char *
a_strdup(const char *s)
{
	size_t	 n = strlen(s) + 1;
	char	*q;

	if ((q = a_malloc(n)) != NULL)
		memcpy(q, s, n);
	return q;
}

int
xmlarena_install(void)
{
	return xmlMemSetup(a_free, a_malloc, a_realloc, a_strdup) == 0 ?
	    0 : -1;
}

int
xmlarena_begin(void)
{
#ifdef ARENA_OFF
	return 0;
#else
	void *p;

	if (on || kept)
		return 0;	/* inside one already (the outer one ends it), or
				 * the region is kept: plain malloc */
	if (base == NULL) {
		p = mmap(NULL, ARENA_SIZE, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
		if (p == MAP_FAILED)
			return 0;	/* plain malloc then */
		base = top = high = p;
	}
	on = 1;
	spilled = 0;
	return 1;
#endif
}

int
xmlarena_owns(const void *p)
{
	return mine(p);
}

void
xmlarena_end(void)
{
	if (!on)
		return;
	on = 0;
	top = base;
	spilled = 0;
}

void
xmlarena_keep(void)
{
	/* The region stays mapped and touched for whatever points into it,
	 * and known as the arena's (free leaves its blocks alone); from now
	 * on this process allocates with plain malloc. */
	on = 0;
	kept = 1;
	top = high = base + ARENA_SIZE;
}

void
xmlarena_trim(void)
{
	size_t keep = ARENA_KEEP;

	if (base == NULL || on || kept || high <= base + keep)
		return;
	(void)madvise(base + keep, (size_t)(high - (base + keep)),
	    MADV_DONTNEED);
	high = base + keep;
}
