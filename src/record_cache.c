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
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "publish.h"
#include "record_cache.h"
#include "tsv_field.h"
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
	long long	 v[NFIELDS];	/* the numbers among them, */
	bool		 ok[NFIELDS];	/* where they are numbers */
	char		*raw;		/* line[cur] as read, for writing again */
	size_t		 raw_cap, raw_len;
	long long	 pos;		/* bytes of the old cache read so far */
	long long	 line_off;	/* where line[cur] begins in it */
	long long	 old_size;	/* the old cache's size; 0: none */
	bool		 hit;		/* the last lookup was a hit */
	/*
	 * The new cache is written only once it differs from the old one:
	 * until then it is the old one's first PREFIX bytes (its header and
	 * the entries used so far, in a row).
	 */
	long long	 prefix;
	bool		 dirty;
	bool		 write;		/* a new cache may be written */
	struct buf	 head;		/* its header line */
	char		*tmp;		/* the new cache being written */
	FILE		*out;
};

static void
put_escaped(FILE *fp, const char *s, size_t n)
{
	const char	*esc;
	size_t		 i;

	for (i = 0; i < n; i++) {
		if ((esc = tsv_escape_of(s[i], TSV_CR)) != NULL)
			fputs(esc, fp);
		else
			putc(s[i], fp);
	}
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

/*
 * Splits line P, which ends before LIM, at its tabs into c->f, reading
 * the numbers as it goes (at most 18 digits each: put writes no more):
 * every line is split, so it is crossed once. Returns the number of
 * fields (more than NFIELDS: too many).
 */
static int
split_line(struct record_cache *c, char *p, const char *lim)
{
	int	 i;

	for (i = 0; i < NFIELDS; i++) {
		c->f[i] = p;
		if (i >= 1 && i <= 16 && *(p = tsv_decimal(p, lim, &c->v[i],
		    &c->ok[i])) == '\t') {
			*p++ = '\0';
			continue;
		}
		if ((p = strchr(p, '\t')) == NULL)
			return i + 1;
		*p++ = '\0';
	}
	return NFIELDS + 1;
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
	c->line_off = c->pos;
	c->pos += n;
	/* Zeros after the line: tsv_decimal reads up to 16 bytes ahead. */
	if (c->cap[c->cur] < (size_t)n + 16) {
		c->cap[c->cur] = (size_t)n + 16;
		c->line[c->cur] = xrealloc(c->line[c->cur], c->cap[c->cur]);
	}
	p = c->line[c->cur];
	memset(p + n, 0, 16);
	if ((size_t)n + 1 > c->raw_cap) {
		c->raw_cap = (size_t)n + 1;
		c->raw = xrealloc(c->raw, c->raw_cap);
	}
	memcpy(c->raw, p, (size_t)n);
	c->raw_len = (size_t)n;
	if (n == 0 || p[n - 1] != '\n') {
		stop_reading(c, "damaged (a line cut short)");
		return false;
	}
	p[n - 1] = '\0';
	if (split_line(c, p, p + n + 16) != NFIELDS) {
		stop_reading(c, "damaged (a line without its fields)");
		return false;
	}
	/* Only the name, the Id and the Link may hold escapes; numbers are checked as read. */
	for (i = 0; i < NFIELDS; i += i == 0 ? 17 : 1) {
		if (strchr(c->f[i], '\\') != NULL &&
		    !tsv_unescape(c->f[i], TSV_CR)) {
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
	struct stat	 st;
	struct buf	 key;
	const char	*k;
	ssize_t		 n;
	int		 fd;

	c->dir = xstrdup(feeddir);
	c->path = path_join(feeddir, RECORD_CACHE_FILE);
	c->verbose = verbose;
	c->write = write;
	buf_init(&c->head);
	buf_init(&key);
	add_key(&key, o);
	buf_adds(&c->head, MAGIC);
	for (k = key.data; *k != '\0'; k++)
		buf_add(&c->head, *k == '\n' ? " " : k, 1);
	buf_adds(&c->head, "\n");
	buf_free(&key);
	/* Never blocks on a FIFO nor reads through a link: see "What build trusts". */
	if ((fd = open(c->path, O_RDONLY | O_CLOEXEC | O_NONBLOCK |
	    O_NOFOLLOW)) == -1) {
		if (errno != ENOENT)
			stop_reading(c, "cannot be opened");
	} else if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode) ||
	    (c->in = fdopen(fd, "r")) == NULL) {
		close(fd);
		stop_reading(c, "not a regular file");
	} else {
		/* Read in large blocks: the cache has a line per record. */
		(void)setvbuf(c->in, NULL, _IOFBF, 1 << 16);
		c->old_size = (long long)st.st_size;
		n = getline(&c->line[0], &c->cap[0], c->in);
		/* Another version's or other settings': not ours to use. */
		if (n == -1 || (size_t)n != c->head.len ||
		    memcmp(c->line[0], c->head.data, c->head.len) != 0)
			stop_reading(c, n == -1 || strncmp(c->line[0], MAGIC,
			    strlen(MAGIC)) != 0 ? "not a cache this version "
			    "wrote" : NULL);
		else
			c->pos = c->prefix = n;
	}
	if (write)
		remove_stale(feeddir);
	return c;
}

/* Copies the first N bytes of the old cache to OUT. */
static bool
copy_prefix(const char *path, long long n, FILE *out)
{
	char	 b[65536];
	ssize_t	 got;
	int	 fd;

	if (n == 0)
		return true;
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return false;
	while (n > 0) {
		got = read(fd, b, n < (long long)sizeof(b) ? (size_t)n :
		    sizeof(b));
		if (got == -1 && errno == EINTR)
			continue;
		if (got <= 0)
			break;
		fwrite(b, 1, (size_t)got, out);
		n -= got;
	}
	close(fd);
	return n == 0;
}

/* Removes the new cache, closed, and takes it off the signal handler's list. */
static void
drop_tmp(struct record_cache *c)
{
	unlink(c->tmp);
	publish_forget(c->tmp);
	free(c->tmp);
	c->tmp = NULL;
}

/* The new cache will differ from the old one: starts writing it. */
static void
mark_dirty(struct record_cache *c)
{
	int	 fd = -1;

	if (c->dirty || !c->write)
		return;
	c->dirty = true;
	c->tmp = path_join(c->dir, RECORD_CACHE_FILE ".XXXXXX");
	/* Removed by a caught signal or out_of_memory, as published files' are. */
	if ((fd = publish_mkstemp(c->tmp, RECORD_CACHE_FILE)) == -1 ||
	    (c->out = fdopen(fd, "w")) == NULL) {
		if (c->verbose)
			msg_warn(c->path, 0, "cannot write: %s",
			    strerror(errno));
		if (fd != -1) {
			close(fd);
			drop_tmp(c);
		} else {
			free(c->tmp);	/* not listed, and not ours to unlink */
			c->tmp = NULL;
		}
		return;
	}
	if (c->prefix > 0 ? !copy_prefix(c->path, c->prefix, c->out) :
	    fwrite(c->head.data, 1, c->head.len, c->out) != c->head.len) {
		fclose(c->out);
		c->out = NULL;
		drop_tmp(c);
	}
}

static bool
same_identity(struct record_cache *c, const struct stat *st)
{
	const long long	*v = c->v + 1;
	int		 i;

	for (i = 1; i <= 7; i++)
		if (!c->ok[i])
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
	const long long	*v = c->v + 8;
	int		 i;

	for (i = 0; i < 9; i++)
		if (!c->ok[8 + i] || v[i] < (i == 0 ||
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

	c->hit = false;
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
			return c->hit = true;
		stop_reading(c, "damaged (a field out of range)");
	}
	return false;
}

void
record_cache_put(struct record_cache *c, const char *name,
    const struct stat *st, const struct record *r)
{
	/* An entry used as it was: the same line, copied or still in place. */
	if (c->hit) {
		c->hit = false;
		if (!c->dirty && c->line_off == c->prefix) {
			c->prefix += (long long)c->raw_len;
			return;
		}
		mark_dirty(c);
		if (c->out != NULL)
			fwrite(c->raw, 1, c->raw_len, c->out);
		return;
	}
	mark_dirty(c);
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
	/* Entries dropped at the end, or no cache yet: the new one differs. */
	if (complete && (c->prefix != c->old_size || c->old_size == 0))
		mark_dirty(c);
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
		publish_forget(c->tmp);
	}
	free(c->tmp);
	free(c->raw);
	buf_free(&c->head);
	free(c->line[0]);
	free(c->line[1]);
	free(c->path);
	free(c->dir);
	free(c);
}
