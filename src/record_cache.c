/*
 * record_cache: see record_cache.h. The file is text, one record a line
 * in name order after a header line, so that it is read as a stream
 * beside the sorted folder listing (memory stays flat however many
 * records there are) and written the same way:
 *
 *	feedwright-cache 1 VERSION<TAB>KEY
 *	NAME SIZE MSEC MNSEC CSEC CNSEC INO DEV PUB PUBOFF PUBLINE
 *	    HASUPD UPD UPDOFF UPDLINE IDLINE LINKLINE ID LINK
 *
 * fields separated by tabs; in NAME, KEY, ID and LINK a backslash,
 * tab, newline or carriage return is written \\, \t, \n or \r.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "record_cache.h"
#include "util.h"

#define NFIELDS		19
#define MAGIC		"feedwright-cache 1 " PACKAGE_VERSION "\t"

struct record_cache {
	char		*path;		/* FEEDDIR/.feedwright-cache */
	char		*dir;
	bool		 verbose;
	FILE		*in;		/* NULL: nothing (more) to read */
	char		*line[2];	/* the current line and the one before */
	size_t		 cap[2];
	int		 cur;
	bool		 have;		/* line[cur] parsed, not yet passed */
	bool		 named;		/* line[cur ^ 1] begins with a name read */
	char		*f[NFIELDS];	/* its fields, unescaped */
	char		*tmp;		/* the new cache being written */
	FILE		*out;
};

static void
put_escaped(FILE *fp, const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		switch (s[i]) {
		case '\\':
			fputs("\\\\", fp);
			break;
		case '\t':
			fputs("\\t", fp);
			break;
		case '\n':
			fputs("\\n", fp);
			break;
		case '\r':
			fputs("\\r", fp);
			break;
		default:
			putc(s[i], fp);
		}
	}
}

/* Unescapes S in place; false if it holds an escape we never write. */
static bool
unescape(char *s)
{
	char	*w = s;

	for (; *s != '\0'; s++) {
		if (*s != '\\') {
			*w++ = *s;
			continue;
		}
		switch (*++s) {
		case '\\':
			*w++ = '\\';
			break;
		case 't':
			*w++ = '\t';
			break;
		case 'n':
			*w++ = '\n';
			break;
		case 'r':
			*w++ = '\r';
			break;
		default:
			return false;
		}
	}
	*w = '\0';
	return true;
}

static void
stop_reading(struct record_cache *c, const char *why)
{
	if (why != NULL && c->verbose)
		msg_warn(c->path, 0, "%s; ignored and written again",
		    why);
	if (c->in != NULL)
		fclose(c->in);
	c->in = NULL;
	c->have = false;
}

static bool
number(const char *s, long long *v)
{
	char	*end;

	errno = 0;
	*v = strtoll(s, &end, 10);
	return errno == 0 && end != s && *end == '\0';
}

/* Reads and splits the next line into c->f; false at the end or on damage. */
static bool
next_line(struct record_cache *c)
{
	ssize_t	 n;
	char	*p;
	int	 prev = c->cur, i;

	c->cur ^= 1;
	if ((n = getline(&c->line[c->cur], &c->cap[c->cur], c->in)) == -1) {
		stop_reading(c, ferror(c->in) ? "cannot be read" : NULL);
		return false;
	}
	p = c->line[c->cur];
	if (n == 0 || p[n - 1] != '\n') {
		stop_reading(c, "damaged (a line cut short)");
		return false;
	}
	p[n - 1] = '\0';
	for (i = 0; i < NFIELDS; i++) {
		c->f[i] = p;
		p = strchr(p, '\t');
		if ((p == NULL) != (i == NFIELDS - 1)) {
			stop_reading(c, "damaged (a line without its "
			    "fields)");
			return false;
		}
		if (p != NULL)
			*p++ = '\0';
	}
	for (i = 0; i < NFIELDS; i++) {
		if (!unescape(c->f[i])) {
			stop_reading(c, "damaged (an unknown escape)");
			return false;
		}
	}
	/* Names in order, each once: what a merge with the listing needs. */
	if (c->named && strcmp(c->line[prev], c->f[0]) >= 0) {
		stop_reading(c, "damaged (names out of order)");
		return false;
	}
	c->have = c->named = true;
	return true;
}

/* Removes new caches a killed build left; the caller holds the feed's lock. */
static void
remove_stale(const char *dir)
{
	DIR		*d;
	struct dirent	*de;
	const char	*pre = RECORD_CACHE_FILE ".";
	char		*path;

	if ((d = opendir(dir)) == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		if (strncmp(de->d_name, pre, strlen(pre)) != 0 ||
		    strlen(de->d_name) != strlen(pre) + 6)
			continue;
		path = path_join(dir, de->d_name);
		unlink(path);
		free(path);
	}
	closedir(d);
}

/*
 * What record_parse's answers depend on besides the record: the zone
 * (its name, and its file, which a tzdata update changes) and the
 * trailers.
 */
static void
add_key(struct buf *b, const struct record_opts *o)
{
	struct stat	 st;
	char		*zone, tmp[128];
	size_t		 i;

	buf_adds(b, o->tz_name != NULL ? o->tz_name : "");
	zone = path_join(ZONEINFO_DIR, o->tz_name != NULL ? o->tz_name : "");
	if (stat(zone, &st) == 0)
		snprintf(tmp, sizeof(tmp), " %lld %lld.%ld", (long long)st.st_size,
		    (long long)st.st_mtim.tv_sec, (long)st.st_mtim.tv_nsec);
	else
		snprintf(tmp, sizeof(tmp), " -");
	free(zone);
	buf_adds(b, tmp);
	for (i = 0; i < o->ntrailers; i++) {
		buf_adds(b, " ");
		buf_adds(b, o->trailers[i]);
	}
}

struct record_cache *
record_cache_open(const char *feeddir, const struct record_opts *o,
    bool write, bool verbose)
{
	struct record_cache *c = xcalloc(1, sizeof(*c));
	struct buf	 head, key;
	const char	*k;
	ssize_t		 n;
	int		 fd = -1;

	c->dir = xstrdup(feeddir);
	c->path = path_join(feeddir, RECORD_CACHE_FILE);
	c->verbose = verbose;
	buf_init(&head);
	buf_init(&key);
	add_key(&key, o);
	buf_adds(&head, MAGIC);
	for (k = key.data; *k != '\0'; k++)
		buf_add(&head, *k == '\n' ? " " : k, 1);
	buf_adds(&head, "\n");
	buf_free(&key);
	if ((c->in = fopen(c->path, "re")) != NULL) {
		n = getline(&c->line[0], &c->cap[0], c->in);
		/* Another version's or other settings': not ours to use. */
		if (n == -1 || (size_t)n != head.len ||
		    memcmp(c->line[0], head.data, head.len) != 0)
			stop_reading(c, n == -1 || strncmp(c->line[0], MAGIC,
			    strlen(MAGIC)) != 0 ? "not a cache this version "
			    "wrote" : NULL);
	} else if (errno != ENOENT)
		stop_reading(c, "cannot be opened");
	if (write) {
		remove_stale(feeddir);
		c->tmp = path_join(feeddir, RECORD_CACHE_FILE ".XXXXXX");
		if ((fd = mkstemp(c->tmp)) == -1 ||
		    (c->out = fdopen(fd, "w")) == NULL) {
			if (verbose)
				msg_warn(c->path, 0, "cannot write: %s",
				    strerror(errno));
			if (fd != -1) {
				close(fd);
				unlink(c->tmp);
			}
			free(c->tmp);
			c->tmp = NULL;
		} else
			fwrite(head.data, 1, head.len, c->out);
	}
	buf_free(&head);
	return c;
}

static bool
same_identity(struct record_cache *c, const struct stat *st)
{
	long long	 v[7];
	int		 i;

	for (i = 0; i < 7; i++)
		if (!number(c->f[1 + i], &v[i]))
			return false;
	return v[0] == (long long)st->st_size &&
	    v[1] == (long long)st->st_mtim.tv_sec &&
	    v[2] == (long long)st->st_mtim.tv_nsec &&
	    v[3] == (long long)st->st_ctim.tv_sec &&
	    v[4] == (long long)st->st_ctim.tv_nsec &&
	    v[5] == (long long)st->st_ino && v[6] == (long long)st->st_dev;
}

static bool
fill(struct record_cache *c, struct record *r)
{
	long long	 v[9];
	int		 i;

	for (i = 0; i < 9; i++)
		if (!number(c->f[8 + i], &v[i]) || v[i] < (i == 0 ||
		    i == 1 || i == 4 || i == 5 ? LLONG_MIN : 0))
			return false;
	if (v[3] > 1 || v[1] < INT32_MIN || v[1] > INT32_MAX ||
	    v[5] < INT32_MIN || v[5] > INT32_MAX)
		return false;
	memset(r, 0, sizeof(*r));
	r->published = v[0];
	r->published_offset = (int32_t)v[1];
	r->published_line = (unsigned long)v[2];
	r->has_updated = v[3] == 1;
	r->updated = v[4];
	r->updated_offset = (int32_t)v[5];
	r->updated_line = (unsigned long)v[6];
	r->id_line = (unsigned long)v[7];
	r->link_line = (unsigned long)v[8];
	r->id.p = c->f[17];
	r->id.n = strlen(c->f[17]);
	r->link.p = c->f[18];
	r->link.n = strlen(c->f[18]);
	return true;
}

bool
record_cache_get(struct record_cache *c, const char *name,
    const struct stat *st, struct record *r)
{
	int	 d;

	while (c->in != NULL) {
		if (!c->have && !next_line(c))
			return false;
		if ((d = strcmp(c->f[0], name)) > 0)
			return false;
		c->have = false;
		if (d < 0)
			continue;	/* a record gone since */
		if (!same_identity(c, st))
			return false;
		if (fill(c, r))
			return true;
		stop_reading(c, "damaged (a field out of range)");
	}
	return false;
}

void
record_cache_put(struct record_cache *c, const char *name,
    const struct stat *st, const struct record *r)
{
	if (c->out == NULL)
		return;
	put_escaped(c->out, name, strlen(name));
	fprintf(c->out, "\t%lld\t%lld\t%ld\t%lld\t%ld\t%llu\t%llu\t%"
	    PRId64 "\t%" PRId32 "\t%lu\t%d\t%" PRId64 "\t%" PRId32
	    "\t%lu\t%lu\t%lu\t", (long long)st->st_size,
	    (long long)st->st_mtim.tv_sec, (long)st->st_mtim.tv_nsec,
	    (long long)st->st_ctim.tv_sec, (long)st->st_ctim.tv_nsec,
	    (unsigned long long)st->st_ino, (unsigned long long)st->st_dev,
	    r->published, r->published_offset, r->published_line,
	    r->has_updated ? 1 : 0, r->has_updated ? r->updated : 0,
	    r->has_updated ? r->updated_offset : 0,
	    r->has_updated ? r->updated_line : 0, r->id_line, r->link_line);
	put_escaped(c->out, r->id.p, r->id.n);
	putc('\t', c->out);
	put_escaped(c->out, r->link.p, r->link.n);
	putc('\n', c->out);
}

void
record_cache_close(struct record_cache *c, bool complete)
{
	bool	 ok;

	if (c == NULL)
		return;
	stop_reading(c, NULL);
	if (c->out != NULL) {
		ok = complete && !ferror(c->out);
		if (fclose(c->out) != 0)
			ok = false;
		if (!ok || rename(c->tmp, c->path) == -1) {
			if (ok && c->verbose)
				msg_warn(c->path, 0, "cannot write: %s",
				    strerror(errno));
			unlink(c->tmp);
		}
	}
	free(c->tmp);
	free(c->line[0]);
	free(c->line[1]);
	free(c->path);
	free(c->dir);
	free(c);
}
