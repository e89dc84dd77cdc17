/*
 * Capability tokens: 256 random bits in base64url, for session cookies,
 * invitation and reset links and registration links. The database keeps
 * only a token's SHA-256, so a copy of a table grants nothing; the one
 * plain copy, in a mail's outbox row, is redacted once it is delivered.
 */
#include "config.h"

#include <string.h>

#include <sodium.h>

#include "core.h"

#define TOKEN_BYTES	32
#define B64_VARIANT	sodium_base64_VARIANT_URLSAFE_NO_PADDING

int
token_new(char *out, size_t outsz, unsigned char hash[32])
{
	unsigned char raw[TOKEN_BYTES];

	if (outsz < sodium_base64_ENCODED_LEN(TOKEN_BYTES, B64_VARIANT))
		return -1;
	randombytes_buf(raw, sizeof(raw));
	sodium_bin2base64(out, outsz, raw, sizeof(raw), B64_VARIANT);
	crypto_hash_sha256(hash, (const unsigned char *)out, strlen(out));
	sodium_memzero(raw, sizeof(raw));
	return 0;
}

int
token_hash(const char *token, unsigned char hash[32])
{
	unsigned char	 raw[TOKEN_BYTES + 1];
	size_t		 n = 0;

	/* Only well-formed tokens are looked up at all. */
	if (token == NULL || strlen(token) !=
	    sodium_base64_ENCODED_LEN(TOKEN_BYTES, B64_VARIANT) - 1 ||
	    sodium_base642bin(raw, sizeof(raw), token, strlen(token), NULL,
	    &n, NULL, B64_VARIANT) != 0 || n != TOKEN_BYTES)
		return -1;
	crypto_hash_sha256(hash, (const unsigned char *)token, strlen(token));
	return 0;
}

const char *const capability_paths[] = {
	"/aanmelding/",
	"/wachtwoord/",
	"/uitnodiging/",
	NULL,
};

/* Returns the length of the run of base64url characters at s. */
static size_t
token_chars(const char *s)
{
	return strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	    "0123456789-_");
}

size_t
token_redact(char *s)
{
	const size_t	 rn = sizeof(TOKEN_REDACTED) - 1;
	size_t		 n = 0, pn, tn;
	char		*p, *hit;

	for (size_t i = 0; capability_paths[i] != NULL; i++) {
		pn = strlen(capability_paths[i]);
		for (p = s; (hit = strstr(p, capability_paths[i])) != NULL; ) {
			p = hit + pn;
			/* A token is longer than the mark, so the text only
			 * shrinks; shorter runs (already the mark) stay. */
			if ((tn = token_chars(p)) <= rn)
				continue;
			memcpy(p, TOKEN_REDACTED, rn);
			memmove(p + rn, p + tn, strlen(p + tn) + 1);
			p += rn;
			n++;
		}
	}
	return n;
}
