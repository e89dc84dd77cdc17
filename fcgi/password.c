/*
 * Password hashing with Argon2id (libsodium's crypto_pwhash_str).
 *
 * Cost: the "interactive" limits (2 passes over 64 MiB), libsodium's
 * advice for on-line sign-in; one hash costs tens of milliseconds on a
 * server core, which a person signing in does not notice and which makes
 * guessing from a stolen table slow. Hashes made with other limits are
 * upgraded at the next sign-in (password_needs_rehash).
 */
#include "config.h"

#include <string.h>

#include <sodium.h>

#include "core.h"

#define OPSLIMIT crypto_pwhash_OPSLIMIT_INTERACTIVE
#define MEMLIMIT crypto_pwhash_MEMLIMIT_INTERACTIVE

int
password_hash(const char *pw, char out[PASSWORD_HASH_MAX])
{
	if (crypto_pwhash_str(out, pw, strlen(pw), OPSLIMIT, MEMLIMIT) != 0) {
		log_error("password: out of memory for Argon2id");
		return -1;
	}
	return 0;
}

int
password_verify(const char *hash, const char *pw)
{
	/* A dummy hash for accounts that do not exist, so that answering
	 * takes as long as for one that does. */
	static char dummy[crypto_pwhash_STRBYTES];

	if (hash == NULL || *hash == '\0') {
		if (dummy[0] == '\0' && password_hash("not a password", dummy))
			return -1;
		/* Its outcome does not matter, only the time it takes. */
		volatile int spent = crypto_pwhash_str_verify(dummy, pw,
		    strlen(pw));
		(void)spent;
		return 0;
	}
	return crypto_pwhash_str_verify(hash, pw, strlen(pw)) == 0;
}

int
password_needs_rehash(const char *hash)
{
	return crypto_pwhash_str_needs_rehash(hash, OPSLIMIT, MEMLIMIT) != 0;
}
