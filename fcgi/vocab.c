/*
 * The vocabularies every layer shares: the names of languages, roles,
 * themes, categories, circular aspects, value bands and peer groups, each
 * a table indexed by its enum (declared in core.h), and the lookups over
 * them. Pages, statements and catalogues all use these words, so they
 * live in one leaf file that depends on nothing.
 */
#include "config.h"

#include <string.h>

#include "records.h"

const char *const lang_codes[LANG__MAX] = {
	"nl", /* LANG_NL */
	"en", /* LANG_EN */
};

const char *const role_names[ROLE__MAX] = {
	"anonymous", /* ROLE_ANONYMOUS */
	"member", /* ROLE_MEMBER */
	"coordinator", /* ROLE_COORDINATOR */
	"regional", /* ROLE_REGIONAL */
	"organiser", /* ROLE_ORGANISER */
	"admin", /* ROLE_ADMIN */
};

const char *const theme_names[THEME__MAX] = {
	"algemeen-beleid", /* THEME_GENERAL */
	"inkoopbeleid", /* THEME_PROCUREMENT */
	"ambitie-aanpak", /* THEME_AMBITION */
	"borging", /* THEME_EMBEDDING */
	"communicatie", /* THEME_COMMUNICATION */
	"samenwerking", /* THEME_COOPERATION */
};

const char *const category_names[CAT__MAX] = {
	"gww", /* CAT_GWW */
	"bouw", /* CAT_BUILDING */
	"kantoor-fm", /* CAT_OFFICE */
	"mobiliteit", /* CAT_MOBILITY */
	"energie", /* CAT_ENERGY */
};

const char *const aspect_names[ASPECT__MAX] = {
	"gezond", /* ASPECT_HEALTHY */
	"hergebruik", /* ASPECT_REUSE */
	"energie", /* ASPECT_ENERGY */
	"natuurlijk-kapitaal", /* ASPECT_NATURAL */
	"innovatie", /* ASPECT_INNOVATION */
	"kringloop", /* ASPECT_LOOPS */
};

const char *const value_band_names[VB__MAX] = {
	"<50k", /* VB_UNDER_50K */
	"50k-215k", /* VB_TO_215K */
	"215k-1m", /* VB_TO_1M */
	"1m-5.5m", /* VB_TO_5M */
	">5.5m", /* VB_OVER_5M */
};

int
vocab_index(const char *s, const char *const *names, int n)
{
	for (int i = 0; s != NULL && i < n; i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	return -1;
}

const char *const peer_group_names[PG__MAX] = {
	"all", /* PG_ALL */
	"province", /* PG_PROVINCE */
	"size", /* PG_SIZE */
};

const char *
user_status(const struct db_user *u)
{
	return u->disabled ? "disabled" : u->password_hash[0] ? "active" :
	    "invited";
}
