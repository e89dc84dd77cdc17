/*
 * Privacy by design: personal data is kept only as long as the
 * [retention] periods say (the purge, run daily by cimolt-admin purge
 * from a systemd timer). What the purge leaves is what belongs to an
 * organisation rather than to a person: the monitor's answers and
 * scores, the statistics, the counts of registrations per municipality.
 */
#include "config.h"

#include "domain.h"

const char *const purge_names[PURGE__MAX] = {
	"registrations",	/* PURGE_REGISTRATIONS */
	"messages",		/* PURGE_MESSAGES */
	"login-failures",	/* PURGE_LOGIN_FAILURES */
	"sessions",		/* PURGE_SESSIONS */
	"links",		/* PURGE_TOKENS */
	"audit",		/* PURGE_AUDIT */
};

int
privacy_purge(struct db *db, const struct config *cfg, int dry_run,
    long long n[PURGE__MAX])
{
	const struct purge_limits lim = {
		.reg_months = cfg->keep_reg_months,
		.msg_days = cfg->keep_msg_days,
		.fail_days = cfg->keep_fail_days,
		.idle_minutes = cfg->idle_minutes,
		.absolute_hours = cfg->absolute_hours,
		.audit_years = cfg->keep_audit_years,
		.secret = cfg->secret,
	};

	for (int i = 0; i < PURGE__MAX; i++)
		if ((n[i] = db_purge(db, (enum purge)i, dry_run, &lim)) == -1)
			return -1;
	return 0;
}
