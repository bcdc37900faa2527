/*
 * feed_conf: a feed folder's feed.conf read and checked, with the time
 * zone it names loaded: what build and recover both start from.
 */
#ifndef FEEDWRIGHT_FEED_CONF_H
#define FEEDWRIGHT_FEED_CONF_H

#include "settings.h"
#include "tz.h"

/*
 * Reads the settings file at PATH (a link to it is followed) into ST and
 * loads its zone into *TZ. Returns 0, or -1 with the error printed,
 * blamed on PATH and its line; ST and *TZ are then the caller's to free
 * as far as they were filled.
 */
int	feed_conf_load(const char *path, struct settings *st, struct tz **tz);

#endif
