/*
 * Decoding of untrusted request text: percent-encoding (RFC 3986 section
 * 2.1), form encoding (application/x-www-form-urlencoded, where '+' is a
 * space), cookie headers (RFC 6265 section 5.4) and UTF-8 well-formedness
 * (RFC 3629). Everything else in the daemon sees only what passed here.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core.h"

/* Returns the value of hex digit c, or -1. */
static int
hexval(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

char *
decode_pct(const char *src, size_t len, int plus, size_t *outsz)
{
	char	*out, *o;
	size_t	 i;
	int	 hi, lo;

	if ((out = malloc(len + 1)) == NULL)
		return NULL;
	for (o = out, i = 0; i < len; i++) {
		if (src[i] == '%') {
			if (i + 2 >= len)
				goto bad;
			hi = hexval((unsigned char)src[i + 1]);
			lo = hexval((unsigned char)src[i + 2]);
			if (hi < 0 || lo < 0)
				goto bad;
			*o++ = (char)(hi << 4 | lo);
			i += 2;
		} else if (src[i] == '+' && plus)
			*o++ = ' ';
		else
			*o++ = src[i];
	}
	*o = '\0';
	*outsz = (size_t)(o - out);
	return out;
bad:
	free(out);
	return NULL;
}

int
utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t	 i = 0, n, k;
	uint32_t cp;

	while (i < len) {
		if (p[i] == 0)
			return 0;
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		if ((p[i] & 0xe0) == 0xc0) {
			n = 1;
			cp = p[i] & 0x1f;
		} else if ((p[i] & 0xf0) == 0xe0) {
			n = 2;
			cp = p[i] & 0x0f;
		} else if ((p[i] & 0xf8) == 0xf0) {
			n = 3;
			cp = p[i] & 0x07;
		} else
			return 0;
		if (i + n >= len)
			return 0;
		for (k = 1; k <= n; k++) {
			if ((p[i + k] & 0xc0) != 0x80)
				return 0;
			cp = cp << 6 | (p[i + k] & 0x3f);
		}
		/* Overlong forms, surrogates and beyond U+10FFFF. */
		if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) ||
		    (n == 3 && cp < 0x10000) || cp > 0x10ffff ||
		    (cp >= 0xd800 && cp <= 0xdfff))
			return 0;
		i += n + 1;
	}
	return 1;
}

/* Appends a pair, taking ownership of key and val. Returns 0/-1. */
static int
kvlist_add(struct kvlist *list, char *key, char *val, size_t valsz)
{
	struct kv *kv;

	if (list->n == list->cap) {
		size_t cap = list->cap ? list->cap * 2 : 8;
		if ((kv = reallocarray(list->kv, cap, sizeof(*kv))) == NULL) {
			free(key);
			free(val);
			return -1;
		}
		list->kv = kv;
		list->cap = cap;
	}
	list->kv[list->n].key = key;
	list->kv[list->n].val = val;
	list->kv[list->n].valsz = valsz;
	list->n++;
	return 0;
}

/*
 * Replaces each byte that does not begin a well-formed UTF-8 character
 * (and each NUL) with U+FFFD. Returns a new string, or NULL.
 */
static char *
utf8_mend(const char *s, size_t len, size_t *outsz)
{
	char	*out, *o;
	size_t	 i = 0, n;

	if ((out = malloc(len * 3 + 1)) == NULL)
		return NULL;
	for (o = out; i < len; ) {
		/* The longest well-formed prefix, one character at a time. */
		for (n = 1; n <= 4 && i + n <= len; n++)
			if (utf8_valid(s + i, n))
				break;
		if (n <= 4 && i + n <= len) {
			memcpy(o, s + i, n);
			o += n;
			i += n;
		} else {
			memcpy(o, "\xef\xbf\xbd", 3);
			o += 3;
			i++;
		}
	}
	*o = '\0';
	*outsz = (size_t)(o - out);
	return out;
}

int
decode_form(struct kvlist *list, const char *src, size_t len, int mend)
{
	const char	*p = src, *end = src + len, *amp, *eq;
	char		*key, *val;
	size_t		 keysz, valsz;

	while (p < end) {
		if ((amp = memchr(p, '&', (size_t)(end - p))) == NULL)
			amp = end;
		if (amp == p) {
			p++;
			continue;
		}
		if ((eq = memchr(p, '=', (size_t)(amp - p))) == NULL)
			eq = amp;
		key = decode_pct(p, (size_t)(eq - p), 1, &keysz);
		val = eq < amp ? decode_pct(eq + 1, (size_t)(amp - eq - 1), 1,
		    &valsz) : (valsz = 0, strdup(""));
		if (val != NULL && mend && !utf8_valid(val, valsz)) {
			char *mended = utf8_mend(val, valsz, &valsz);
			free(val);
			val = mended;
		}
		if (key == NULL || val == NULL ||
		    !utf8_valid(key, keysz) || !utf8_valid(val, valsz)) {
			free(key);
			free(val);
			return -1;
		}
		if (kvlist_add(list, key, val, valsz) == -1)
			return -1;
		p = amp + 1;
	}
	return 0;
}

int
decode_cookies(struct kvlist *list, const char *hdr)
{
	const char	*p = hdr, *semi, *eq, *ks, *ke, *vs, *ve;
	char		*key, *val;

	while (*p != '\0') {
		if ((semi = strchr(p, ';')) == NULL)
			semi = p + strlen(p);
		for (ks = p; ks < semi && *ks == ' '; ks++)
			continue;
		eq = memchr(ks, '=', (size_t)(semi - ks));
		if (eq != NULL && eq > ks) {
			for (ke = eq; ke > ks && ke[-1] == ' '; ke--)
				continue;
			for (vs = eq + 1; vs < semi && *vs == ' '; vs++)
				continue;
			for (ve = semi; ve > vs && ve[-1] == ' '; ve--)
				continue;
			if (ve - vs >= 2 && *vs == '"' && ve[-1] == '"') {
				vs++;
				ve--;
			}
			key = strndup(ks, (size_t)(ke - ks));
			val = strndup(vs, (size_t)(ve - vs));
			if (key == NULL || val == NULL) {
				free(key);
				free(val);
				return -1;
			}
			if (!utf8_valid(key, strlen(key)) ||
			    !utf8_valid(val, strlen(val))) {
				free(key);
				free(val);
			} else if (kvlist_add(list, key, val,
			    strlen(val)) == -1)
				return -1;
		}
		p = *semi ? semi + 1 : semi;
	}
	return 0;
}

const char *
kvlist_get(const struct kvlist *list, const char *key)
{
	for (size_t i = 0; i < list->n; i++)
		if (strcmp(list->kv[i].key, key) == 0)
			return list->kv[i].val;
	return NULL;
}

void
kvlist_free(struct kvlist *list)
{
	for (size_t i = 0; i < list->n; i++) {
		free(list->kv[i].key);
		free(list->kv[i].val);
	}
	free(list->kv);
	memset(list, 0, sizeof(*list));
}

int
url_encode(char *out, size_t sz, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t		  n = 0;
	unsigned char	  c;

	for (; *s != '\0'; s++) {
		c = (unsigned char)*s;
		/* RFC 3986 section 2.3 unreserved, and '/' for paths. */
		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '.' ||
		    c == '_' || c == '~' || c == '/') {
			if (n + 1 >= sz)
				return -1;
			out[n++] = (char)c;
		} else {
			if (n + 3 >= sz)
				return -1;
			out[n++] = '%';
			out[n++] = hex[c >> 4];
			out[n++] = hex[c & 15];
		}
	}
	if (n >= sz)
		return -1;
	out[n] = '\0';
	return 0;
}
