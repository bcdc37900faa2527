/* feed_conf: see feed_conf.h. */
#include "config.h"

#include <errno.h>
#include <string.h>

#include "feed_conf.h"
#include "util.h"

#define MAX_SETTINGS_SIZE (1024 * 1024)

int
feed_conf_load(const char *path, struct settings *st, struct tz **tz)
{
	struct buf		 text;
	struct parse_error	 err;
	char			 msg[256];
	mode_t			 type;
	int			 rc = -1, got;

	buf_init(&text);
	if ((got = read_input(path, true, MAX_SETTINGS_SIZE, &text,
	    &type)) == 1)
		msg_error(path, 0, "not a regular file (%s)",
		    file_type_name(type));
	else if (got == -1)
		msg_error(path, 0, "cannot read: %s", strerror(errno));
	else if (settings_parse(text.data, text.len, st, &err) == -1)
		msg_error(path, err.line, "%s", err.msg);
	else if (tz_load(ZONEINFO_DIR, st->timezone, tz, msg,
	    sizeof(msg)) == -1)
		msg_error(path, st->timezone_line, "%s", msg);
	else
		rc = 0;
	buf_free(&text);
	return rc;
}
