/*
 * The shared change counter: a number in shared memory that every program
 * of the site raises after it committed a change to the database (db.c
 * does it for each commit that wrote, and for each write outside a
 * transaction; cimolt-admin once more when its command ends). A worker
 * that asks for the data version (db_data_version_kept) reads the counter
 * first: while it is the number seen at its last reading of the version,
 * no change was committed since through cimoltd or cimolt-admin on this
 * machine, and the version read then still holds, without a round trip.
 *
 * Why "the next request" still sees every such change: the counter is
 * raised after the commit and before the answer leaves (or before
 * cimolt-admin ends), and a reader takes the counter before it reads the
 * version, so a reader that finds the raised counter reads the version
 * after the commit. What does not pass through these programs (SQL typed
 * by hand, another server on the same database) raises no counter: the
 * version is read anew at least every DATAVER_RECHECK_MS all the same,
 * and [cache] shared_version stays off (the default) where such changes
 * must show on the very next request.
 *
 * The counter is a POSIX shared memory object named after the database
 * (its socket or host and port, and its name), so cimoltd and
 * cimolt-admin with the same configuration find the same one, and two
 * sites on one machine never share one. The master makes it before it
 * forks (its children inherit the mapping); cimolt-admin only opens it,
 * so that it never makes one that cimoltd's user could not open.
 */
#include "config.h"

#include <sys/mman.h>
#include <sys/stat.h>

#include <fcntl.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <sodium.h>

#include "db.h"

static _Atomic unsigned long long *counter;

/* Writes the object's name for cfg's database into name. */
static void
name_of(const struct config *cfg, char name[32])
{
	crypto_hash_sha256_state	 st;
	unsigned char			 h[32];
	char				 port[16];
	const char			*where = cfg->db_socket != NULL ?
					    cfg->db_socket : cfg->db_host;

	snprintf(port, sizeof(port), "%d", cfg->db_port);
	crypto_hash_sha256_init(&st);
	crypto_hash_sha256_update(&st, (const unsigned char *)where,
	    strlen(where) + 1);
	crypto_hash_sha256_update(&st, (const unsigned char *)port,
	    strlen(port) + 1);
	crypto_hash_sha256_update(&st, (const unsigned char *)cfg->db_name,
	    strlen(cfg->db_name) + 1);
	crypto_hash_sha256_final(&st, h);
	memcpy(name, "/cimolt-", 8);
	sodium_bin2hex(name + 8, 32 - 8, h, 8);
}

int
dataver_open(const struct config *cfg, int create)
{
	char	 name[32];
	int	 fd;
	void	*p;

	if (counter != NULL)
		return 0;
	if (cfg->db_name == NULL ||
	    (cfg->db_socket == NULL && cfg->db_host == NULL))
		return -1;
	name_of(cfg, name);
	if ((fd = shm_open(name, O_RDWR | (create ? O_CREAT : 0), 0660)) ==
	    -1)
		return -1;
	/* A new object has no size yet; the mode does not depend on the
	 * umask, so the group shares it as the socket's group does. */
	if (create && (fchmod(fd, 0660) == -1 ||
	    ftruncate(fd, sizeof(*counter)) == -1)) {
		close(fd);
		return -1;
	}
	p = mmap(NULL, sizeof(*counter), PROT_READ | PROT_WRITE, MAP_SHARED,
	    fd, 0);
	close(fd);
	if (p == MAP_FAILED)
		return -1;
	counter = p;
	return 0;
}

void
dataver_bump(void)
{
	if (counter != NULL)
		atomic_fetch_add(counter, 1);
}

int
dataver_load(unsigned long long *v)
{
	if (counter == NULL)
		return -1;
	*v = atomic_load(counter);
	return 0;
}
