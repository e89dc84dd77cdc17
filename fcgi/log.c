/*
 * Logging: one line per event on stderr, "LEVEL name[pid]: message".
 * stderr is what systemd's journal and the dev scripts' log files take,
 * so the daemon never opens log files itself. Messages never carry
 * personal data (names, e-mail addresses): callers log ids and statuses.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "core.h"

static const char *const level_names[LOG__MAX] = {
	"error", /* LOG_ERROR */
	"warn", /* LOG_WARN */
	"info", /* LOG_INFO */
	"debug", /* LOG_DEBUG */
};

static enum log_level	 max_level = LOG_INFO;
static const char	*prog = "cimoltd";

void
log_set_level(enum log_level l)
{
	max_level = l;
}

void
log_set_name(const char *name)
{
	prog = name;
}

int
log_level_parse(const char *s)
{
	for (int i = 0; i < LOG__MAX; i++)
		if (strcmp(s, level_names[i]) == 0)
			return i;
	return -1;
}

void
log_msg(enum log_level l, const char *fmt, ...)
{
	char	 line[1024];
	va_list	 ap;
	int	 n;

	if (l > max_level)
		return;
	n = snprintf(line, sizeof(line), "%s %s[%ld]: ",
	    level_names[l], prog, (long)getpid());
	if (n < 0 || (size_t)n >= sizeof(line))
		return;
	va_start(ap, fmt);
	vsnprintf(line + n, sizeof(line) - n, fmt, ap);
	va_end(ap);
	/* One write per line, so lines of several processes never mix. */
	n = (int)strlen(line);
	if (n > (int)sizeof(line) - 2)
		n = (int)sizeof(line) - 2;
	line[n++] = '\n';
	(void)!write(STDERR_FILENO, line, n);
}
