/* continuity: see continuity.h. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "articles.h"
#include "build.h"
#include "continuity.h"
#include "published_feed.h"
#include "settings.h"
#include "test_hook.h"
#include "tz.h"
#include "uri.h"
#include "verified.h"

/*
 * The build's time, for an entry whose content changed: SOURCE_DATE_EPOCH
 * when set (reproducible builds), else the clock; shown in the feed's zone.
 */
static void
build_time(struct when *w, const struct tz *tz)
{
	const char	*s = getenv("SOURCE_DATE_EPOCH");
	struct timespec	 ts;
	int64_t		 t = 0;
	size_t		 i;

	for (i = 0; s != NULL && ascii_isdigit(s[i]) && i < 15; i++)
		t = t * 10 + (s[i] - '0');
	if (s == NULL || i == 0 || s[i] != '\0') {
		clock_gettime(CLOCK_REALTIME, &ts);
		t = (int64_t)ts.tv_sec;
	}
	w->t = t;
	w->offset = tz_offset_at(tz, t);
}

/*
 * A file system's clock may run behind the one a build reads (Linux
 * stamps files with a clock updated once a tick; FAT keeps even seconds):
 * a record changed just after a build started may look this much older.
 */
#define CLOCK_SLACK	2
/*
 * The rule for a ledger no build dated: a build takes less than this
 * from reading a record to writing the ledger.
 */
#define BUILD_SPAN	3600

static bool
ts_before(const struct timespec *a, const struct timespec *b)
{
	return a->tv_sec < b->tv_sec || (a->tv_sec == b->tv_sec &&
	    a->tv_nsec < b->tv_nsec);
}

/* The time records changed since may differ from a ledger of status SB. */
static int64_t
since_of(const struct stat *sb)
{
	/* A build dated it when it began; it was renamed later. */
	if (ts_before(&sb->st_mtim, &sb->st_ctim))
		return (int64_t)sb->st_mtime - CLOCK_SLACK;
	return (int64_t)sb->st_mtime - BUILD_SPAN;
}

/* The mtime that makes the next build look back to SINCE. */
static struct timespec
dated(int64_t since)
{
	struct timespec	 t;

	t.tv_sec = since + CLOCK_SLACK < 0 ? 0 : (time_t)(since + CLOCK_SLACK);
	t.tv_nsec = 0;
	return t;
}

static void
hint(const struct continuity *c)
{
	msg_error(c->path, 0, "restore it from version control, or run "
	    "\"feedwright recover %s\" to rebuild it from the published feed; "
	    "nothing was published", c->feeddir);
}

/*
 * The feed readers have, in OUTPUT_DIR: atom.xml, or else rss.xml; NULL.
 * Only a regular file is one we published: a link or a FIFO planted there
 * is replaced by the build (see publish.h), never read.
 */
static char *
published_path(const char *output_dir, const struct settings *st, bool *rss)
{
	static const enum feed_format_id order[] = { FEED_ATOM, FEED_RSS };
	struct stat	 sb;
	const char	*name;
	char		*path;
	size_t		 i;

	for (i = 0; i < 2; i++) {
		if ((name = feed_format_file(order[i], st)) == NULL)
			name = feed_formats[order[i]]->filename;
		path = path_join(output_dir, name);
		if (lstat(path, &sb) == 0 && S_ISREG(sb.st_mode)) {
			*rss = order[i] == FEED_RSS;
			return path;
		}
		free(path);
	}
	return NULL;
}

static int
cmp_ids(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* published_feed_read of the ids, where a test may make it fail. */
static int
read_published(const char *pub, bool rss, struct feed_keys *f, char *msg,
    size_t size)
{
	if (test_hook("check-published", NULL) == -1) {
		snprintf(msg, size, "cannot read it: %s", strerror(errno));
		return -1;
	}
	return published_feed_read(pub, rss, true, f, msg, size);
}

/*
 * Every id readers have must be one the ledger holds. The feed's few ids
 * are sorted and each row's id looked for among them: the ledger's many
 * ids are never copied.
 */
static int
check_published(struct continuity *c, const char *pub, bool rss)
{
	struct feed_keys	 f;
	const char		**ids, **hit;
	struct buf		 url;
	bool			*held;
	char			 msg[256], q[QUOTE_MAX];
	size_t			 i, j, n = 0;
	unsigned long		 nmissing = 0;

	/* A damaged output is ours to replace, not the input's fault. */
	if (read_published(pub, rss, &f, msg, sizeof(msg)) == -1) {
		msg_warn(pub, 0, "cannot check the ledger against this "
		    "published feed: %s; it is written again from the ledger",
		    msg);
		return EXIT_OK;
	}
	ids = xcalloc(f.n + 1, sizeof(*ids));
	held = xcalloc(f.n + 1, sizeof(*held));
	for (i = 0; i < f.n; i++)
		if (f.e[i].id != NULL)
			ids[n++] = f.e[i].id;
	qsort(ids, n, sizeof(*ids), cmp_ids);
	for (i = j = 0; i < n; i++)	/* each id once */
		if (j == 0 || strcmp(ids[j - 1], ids[i]) != 0)
			ids[j++] = ids[i];
	n = j;
	buf_init(&url);
	for (i = 0; i < c->ledger.n && n > 0; i++) {
		const char *id = c->ledger.v[i]->id;

		if ((hit = bsearch(&id, ids, n, sizeof(*ids), cmp_ids)) != NULL)
			held[hit - ids] = true;
		/* An RSS permalink guid is the URL of an IRI id (write_rss.c). */
		if (!rss)
			continue;
		buf_clear(&url);
		uri_from_iri(&url, id, strlen(id));
		if (strcmp(url.data, id) != 0 && (hit = bsearch(&url.data, ids,
		    n, sizeof(*ids), cmp_ids)) != NULL)
			held[hit - ids] = true;
	}
	buf_free(&url);
	/* In the feed's order, each once. */
	for (i = 0; i < f.n; i++) {
		if (f.e[i].id == NULL || (hit = bsearch(&f.e[i].id, ids, n,
		    sizeof(*ids), cmp_ids)) == NULL || held[hit - ids])
			continue;
		held[hit - ids] = true;
		quote_into(q, f.e[i].id, strlen(f.e[i].id));
		msg_error(c->path, 0, "the id %s, published in %s, is not in "
		    "the ledger", q, pub);
		nmissing++;
	}
	free(ids);
	free(held);
	feed_keys_free(&f);
	if (nmissing == 0)
		return EXIT_OK;
	hint(c);
	return EXIT_BAD_INPUT;
}

int
continuity_open(struct continuity *c, const char *feeddir,
    const char *articles_dir, const char *output_dir,
    const struct settings *st, const struct tz *tz, bool accept)
{
	struct parse_error	 err;
	struct stat		 sb;
	char			*pub;
	bool			 rss = false;
	int			 got, rc = EXIT_OK;

	memset(c, 0, sizeof(*c));
	ledger_init(&c->ledger);
	entry_scratch_init(&c->scratch);
	c->path = path_join(feeddir, LEDGER_FILE);
	c->feeddir = xstrdup(feeddir);
	c->articles_dir = articles_dir;
	c->st = st;
	c->accept = accept;
	build_time(&c->now, tz);
	/* Before any record is looked at: see continuity_may_have_changed. */
	clock_gettime(CLOCK_REALTIME, &c->start);
	if (!(c->any = stat(c->path, &sb) == -1))
		c->since = since_of(&sb);
	/*
	 * Dated ahead of the clock (a build ran while the clock was ahead,
	 * since put right): a record changed since has an older mtime, so
	 * every record is looked at, once; this build dates the ledger now.
	 */
	if (!c->any && (int64_t)sb.st_mtime > (int64_t)c->start.tv_sec +
	    CLOCK_SLACK) {
		c->since = 0;
		c->ahead = true;
	}
	pub = published_path(output_dir, st, &rss);
	if ((got = ledger_read(c->path, &c->ledger, &err)) == -1) {
		msg_error(c->path, err.line, "%s", err.msg);
		hint(c);
		rc = EXIT_BAD_INPUT;
	} else if (got == 1 && pub != NULL) {
		msg_error(c->path, 0, "missing, but %s was published: it holds "
		    "the ids readers already have", pub);
		hint(c);
		rc = EXIT_BAD_INPUT;
	} else if (pub != NULL && !(got == 0 && c->ledger.has_read_id &&
	    verified_pair(feeddir, &c->ledger.read_id, pub)))
		rc = check_published(c, pub, rss);
	free(pub);
	return rc;
}

void
continuity_verified(const struct continuity *c, const char *output_dir,
    const struct stat *ledger, const char *const *paths,
    const struct stat *const *left, size_t n)
{
	char	*pub;
	bool	 rss;
	size_t	 i;

	if (ledger == NULL && !c->ledger.has_read_id)
		return;
	if ((pub = published_path(output_dir, c->st, &rss)) == NULL)
		return;
	for (i = 0; i < n; i++)
		if (strcmp(paths[i], pub) == 0 && left[i] != NULL) {
			verified_record(c->feeddir, ledger != NULL ? ledger :
			    &c->ledger.read_id, left[i]);
			break;
		}
	free(pub);
}

void
continuity_free(struct continuity *c)
{
	ledger_free(&c->ledger);
	entry_scratch_free(&c->scratch);
	free(c->by_date);
	free(c->by_id);
	free(c->path);
	free(c->feeddir);
}

static void
hash_span(struct sha256 *h, const char *p, size_t n)
{
	unsigned char	 len[8];
	size_t		 i;

	for (i = 0; i < 8; i++)
		len[i] = (unsigned char)((uint64_t)n >> (56 - 8 * i));
	sha256_add(h, len, sizeof(len));
	sha256_add(h, p, n);
}

static void
hash_s(struct sha256 *h, struct span s)
{
	hash_span(h, s.p, s.n);
}

/*
 * The hash of what entry E shows, but its id, link and updated: its text,
 * author, published date, categories, image and files. Each part is
 * preceded by its length, so no two entries share the bytes hashed.
 */
static void
content_hash(const struct entry *e, unsigned char *digest)
{
	struct sha256	 h;
	char		 d[TIMEFMT_RFC3339_MAX], n[32];
	size_t		 i;

	sha256_init(&h);
	hash_s(&h, e->title);
	hash_s(&h, e->author_name);
	hash_s(&h, e->author_email);
	hash_span(&h, d, timefmt_rfc3339(d, e->published.t,
	    e->published.offset));
	hash_s(&h, e->summary);
	hash_s(&h, e->content_html);
	hash_span(&h, n, (size_t)snprintf(n, sizeof(n), "%zu",
	    e->ncategories));
	for (i = 0; i < e->ncategories; i++)
		hash_s(&h, e->categories[i]);
	hash_s(&h, e->image);
	hash_s(&h, e->image_alt);
	hash_span(&h, n, (size_t)snprintf(n, sizeof(n), "%zu",
	    e->nenclosures));
	for (i = 0; i < e->nenclosures; i++) {
		hash_s(&h, e->enclosures[i].url);
		hash_s(&h, e->enclosures[i].type);
		hash_span(&h, n, (size_t)snprintf(n, sizeof(n), "%llu",
		    e->enclosures[i].length));
	}
	sha256_final(&h, digest);
}

static bool
record_gone(const struct continuity *c, const char *slug)
{
	struct stat	 sb;
	char		*path = articles_record_path(c->articles_dir, slug);
	bool		 gone;

	gone = lstat(path, &sb) == -1 && errno == ENOENT;
	free(path);
	return gone;
}

static int
by_published(const void *a, const void *b)
{
	int64_t	 x = (*(struct ledger_row *const *)a)->published.t;
	int64_t	 y = (*(struct ledger_row *const *)b)->published.t;

	return (x > y) - (x < y);
}

/*
 * The first of c->by_date published at T or later. Every record not in
 * the ledger asks (all of them in a first build), so a scan of the whole
 * ledger each time would make a build's time grow with the square of its
 * records. A record is sought twice, by continuity_needs_whole and by
 * renamed: the rows stay as sorted, so the last answer is kept.
 */
static size_t
first_published(struct continuity *c, int64_t t)
{
	size_t	 lo = 0, hi, mid;

	if (c->dated && t == c->last_t)
		return c->last_i;
	if (!c->dated) {
		c->nby_date = c->ledger.n;
		c->by_date = xreallocarray(NULL, c->nby_date + 1,
		    sizeof(*c->by_date));
		if (c->nby_date > 0)	/* an empty ledger has no array */
			memcpy(c->by_date, c->ledger.v, c->nby_date *
			    sizeof(*c->by_date));
		qsort(c->by_date, c->nby_date, sizeof(*c->by_date),
		    by_published);
		c->dated = true;
	}
	hi = c->nby_date;
	/* Newest entries only: most records are older than every row. */
	if (hi > 0 && c->by_date[0]->published.t >= t)
		hi = 0;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (c->by_date[mid]->published.t < t)
			lo = mid + 1;
		else
			hi = mid;
	}
	c->last_t = t;
	return c->last_i = lo;
}

/*
 * The next row from *I on that renamed() may give a record published at
 * T: one unclaimed, whose record file is gone. Rows added after the first
 * question are records of this build, never gone.
 */
static struct ledger_row *
next_gone_row(struct continuity *c, int64_t t, size_t *i)
{
	struct ledger_row	*row;

	for (; *i < c->nby_date && c->by_date[*i]->published.t == t; (*i)++) {
		row = c->by_date[*i];
		if (!row->claimed && record_gone(c, row->slug))
			return row;
	}
	return NULL;
}

/*
 * A record not in the ledger by its name may be one renamed: the row of a
 * record whose file is gone, with the same published date and the same
 * content, is its own. The hash is made only when such a row is there.
 */
static struct ledger_row *
renamed(struct continuity *c, const char *slug, const struct record *r)
{
	struct ledger_row	*row;
	struct entry		 e;
	unsigned char		 digest[SHA256_SIZE];
	size_t			 i = first_published(c, r->published);
	bool			 hashed = false;

	while ((row = next_gone_row(c, r->published, &i)) != NULL) {
		if (!hashed) {
			entry_from_record(&e, r, c->st, slug, &c->scratch);
			content_hash(&e, digest);
			hashed = true;
		}
		if (ledger_hash_is(row, digest)) {
			row->claimed = true;
			ledger_rename(&c->ledger, row, slug);
			return row;
		}
		i++;
	}
	return NULL;
}

bool
continuity_needs_whole(struct continuity *c, const char *slug,
    const struct record *r)
{
	size_t	 i;

	if (ledger_find(&c->ledger, slug) != NULL)
		return false;
	i = first_published(c, r->published);
	return next_gone_row(c, r->published, &i) != NULL;
}

static bool
span_is(struct span s, const char *z)
{
	return strlen(z) == s.n && memcmp(s.p, z, s.n) == 0;
}

/* Where the search for ID (N bytes) begins in c->by_id. */
static size_t
id_slot(const struct continuity *c, const char *id, size_t n)
{
	return (size_t)(hash_bytes(id, n, 0) & (c->nby_id - 1));
}

/* Indexes every row by its id, at most half of the table full. */
static void
index_ids(struct continuity *c)
{
	struct ledger_row	*row;
	size_t			 i, j;

	c->nby_id = 64;
	while (c->nby_id < 2 * c->ledger.n)
		c->nby_id *= 2;
	c->by_id = xcalloc(c->nby_id, sizeof(*c->by_id));
	for (i = 0; i < c->ledger.n; i++) {
		row = c->ledger.v[i];
		for (j = id_slot(c, row->id, strlen(row->id));
		    c->by_id[j] != NULL; j = (j + 1) & (c->nby_id - 1))
			continue;
		c->by_id[j] = row;
	}
}

/* The row whose id is ID, or NULL. */
static struct ledger_row *
row_of_id(struct continuity *c, struct span id)
{
	size_t	 j;

	if (c->by_id == NULL)
		index_ids(c);
	for (j = id_slot(c, id.p, id.n); c->by_id[j] != NULL;
	    j = (j + 1) & (c->nby_id - 1))
		if (span_is(id, c->by_id[j]->id))
			return c->by_id[j];
	return NULL;
}

/*
 * ROW's id is given up (--accept-id-changes): it stays in the ledger, on a
 * row of its own, "SLUG/N", which no record file can be named, so that no
 * record is ever given it again, and, with archives, it is gone from its
 * document with a tombstone, as a deleted record's id is. Its hash is not
 * known: no renamed record takes the row.
 */
char *
continuity_retired_slug(struct ledger *l, const char *slug)
{
	char		 num[24];
	struct buf	 b;
	unsigned long	 n = 1;

	buf_init(&b);
	do {
		buf_clear(&b);
		buf_adds(&b, slug);
		snprintf(num, sizeof(num), "/%lu", n++);
		buf_adds(&b, num);
	} while (ledger_find(l, b.data) != NULL);
	return buf_steal(&b);
}

static void
retire(struct continuity *c, const struct ledger_row *row)
{
	struct ledger_row	*old;
	char			*slug;

	slug = continuity_retired_slug(&c->ledger, row->slug);
	old = ledger_add(&c->ledger, slug);
	free(slug);
	ledger_set(&c->ledger, &old->id, row->id, strlen(row->id));
	ledger_set(&c->ledger, &old->link, row->link, strlen(row->link));
	old->published = row->published;
	old->updated = row->updated;
	old->archive = row->archive;
}

/* A row retire() made is "SLUG/N": the length of SLUG; 0 for any other. */
static size_t
retired_len(const char *slug)
{
	const char	*cut = strchr(slug, '/');

	return cut != NULL ? (size_t)(cut - slug) : 0;
}

/* Whether OTHER is a row retire() made of an id ROW's record gave up. */
static bool
retired_from(const struct ledger_row *other, const struct ledger_row *row)
{
	size_t	 n = retired_len(other->slug);

	return n > 0 && n == strlen(row->slug) &&
	    strncmp(other->slug, row->slug, n) == 0;
}

const char *
continuity_id_holder(struct continuity *c, struct span id, bool *gone,
    size_t *retired)
{
	struct ledger_row	*row = row_of_id(c, id);

	if (row == NULL)
		return NULL;
	*gone = !row->claimed && record_gone(c, row->slug);
	*retired = retired_len(row->slug);
	return row->slug;
}

int
continuity_id(struct continuity *c, const char *name, const char *slug,
    const struct record *r, struct span *id, struct when *updated)
{
	struct ledger_row	*row, *other;
	char			 q1[QUOTE_MAX], q2[QUOTE_MAX], *path;

	if ((row = ledger_find(&c->ledger, slug)) == NULL &&
	    (row = renamed(c, slug, r)) == NULL)
		return 0;
	/* An Id field written or changed by hand: a deliberate change. */
	if (r->id.n > 0 && !span_is(r->id, row->id)) {
		other = c->accept ? row_of_id(c, r->id) : NULL;
		if (other != NULL && !retired_from(other, row)) {
			size_t cut = retired_len(other->slug);

			quote_into(q1, r->id.p, r->id.n);
			path = path_join(c->articles_dir, name);
			if (cut > 0)
				msg_error(path, r->id_line, "Id %s was the id "
				    "of %.*s%s until --accept-id-changes gave "
				    "it another: an id once published is "
				    "never given again", q1, (int)cut,
				    other->slug, RECORD_SUFFIX);
			else
				msg_error(path, r->id_line, "Id %s is already "
				    "the published id of %s%s: two entries "
				    "cannot have one id", q1, other->slug,
				    RECORD_SUFFIX);
			free(path);
			return -2;
		}
		if (!c->accept) {
			quote_into(q1, r->id.p, r->id.n);
			quote_into(q2, row->id, strlen(row->id));
			path = path_join(c->articles_dir, name);
			msg_error(path, r->id_line, "Id %s would replace the "
			    "published id %s: readers would show the article "
			    "twice (--accept-id-changes publishes it under the "
			    "new id)", q1, q2);
			free(path);
			c->nchurn++;
			return -1;
		}
		if (other != NULL) {
			/* Its own former id back: the one given up takes its row. */
			ledger_set(&c->ledger, &other->id, row->id,
			    strlen(row->id));
			other->archive = row->archive;
			other->has_gone = false;	/* gone as of now */
		} else
			retire(c, row);
		ledger_set(&c->ledger, &row->id, r->id.p, r->id.n);
		/* Indexed by its old id: made again when next sought. */
		free(c->by_id);
		c->by_id = NULL;
	}
	id->p = row->id;
	id->n = strlen(row->id);
	if (updated != NULL && !r->has_updated)
		*updated = row->updated;
	return 1;
}

/*
 * The updated of an edit of ROW's entry, published PUBLISHED: the build's
 * time, but never before it was published, nor at or before the updated
 * readers have (a clock behind the record's date would leave them their
 * old copy).
 */
static struct when
edit_time(const struct continuity *c, const struct ledger_row *row,
    const struct when *published)
{
	struct when	 t = c->now;

	if (t.t < published->t)
		t = *published;
	if (t.t <= row->updated.t) {
		t = row->updated;
		t.t++;
	}
	return t;
}

bool
continuity_entry(struct continuity *c, const char *slug,
    const struct record *r, struct entry *e, struct when *updated)
{
	struct ledger_row	*row = ledger_find(&c->ledger, slug);
	struct when		 upd = e->updated;
	unsigned char		 digest[SHA256_SIZE];

	content_hash(e, digest);
	if (row != NULL) {
		e->id.p = row->id;
		e->id.n = strlen(row->id);
		e->id_is_link = span_is(e->link, row->id);
	}
	if (r->has_updated || row == NULL)
		;	/* the record's own, or a new entry's published date */
	else if (!row->hashed || (ledger_hash_is(row, digest) &&
	    span_is(e->link, row->link)))
		upd = row->updated;
	else	/* Changed: from the build that first sees it, on. */
		upd = edit_time(c, row, &e->published);
	if (row == NULL) {
		row = ledger_add(&c->ledger, slug);
		row->id = xstrndup(e->id.p, e->id.n);
		row->published = e->published;
		/* e->id may point into the ledger from now on: it stays put. */
	}
	row->updated = upd;
	ledger_hash_set(row, digest);
	if (row->stale) {
		row->stale = false;
		c->nstale--;
	}
	ledger_set(&c->ledger, &row->link, e->link.p, e->link.n);
	e->updated = upd;
	if (upd.t == updated->t && upd.offset == updated->offset)
		return false;
	*updated = upd;
	return true;
}

bool
continuity_unhashed(struct continuity *c, const char *slug)
{
	const struct ledger_row	*row = ledger_find(&c->ledger, slug);

	return row != NULL && !row->hashed;
}

bool
continuity_may_have_changed(const struct continuity *c, const struct stat *sb)
{
	return c->any || (int64_t)sb->st_ctime >= c->since ||
	    (int64_t)sb->st_mtime >= c->since;
}

bool
continuity_may_be_edited(struct continuity *c, const char *slug,
    const struct record *r, const struct stat *sb)
{
	const struct ledger_row	*row = ledger_find(&c->ledger, slug);

	return row != NULL && row->hashed && !r->has_updated &&
	    (sb == NULL || continuity_may_have_changed(c, sb));
}

/* Whether R's entry shows other than hashed ROW: continuity_edited. */
static bool
edited(struct continuity *c, const struct ledger_row *row, const char *slug,
    const struct record *r, struct when *updated)
{
	struct entry		 e;
	unsigned char		 digest[SHA256_SIZE];

	entry_from_record(&e, r, c->st, slug, &c->scratch);
	content_hash(&e, digest);
	if (ledger_hash_is(row, digest) && span_is(e.link, row->link))
		return false;
	*updated = edit_time(c, row, &e.published);
	return true;
}

bool
continuity_edited(struct continuity *c, const char *slug,
    const struct record *r, struct when *updated)
{
	const struct ledger_row	*row = ledger_find(&c->ledger, slug);

	return row != NULL && row->hashed && !r->has_updated &&
	    edited(c, row, slug, r, updated);
}

bool
continuity_changed(struct continuity *c, const char *slug,
    const struct record *r, const struct stat *sb, struct when *updated)
{
	struct ledger_row	*row = ledger_find(&c->ledger, slug);
	struct entry		 e;
	unsigned char		 digest[SHA256_SIZE];

	if (row == NULL)
		return false;
	/*
	 * No hash (a line recover made from the published files): the record
	 * as it is now is taken for what was published, once, as
	 * continuity_entry does for an entry it writes; an edit made while
	 * the ledger was lost cannot be told from the published files. With
	 * the hash known, later edits are found, whatever the file's times.
	 */
	if (!row->hashed) {
		entry_from_record(&e, r, c->st, slug, &c->scratch);
		content_hash(&e, digest);
		ledger_hash_set(row, digest);
		ledger_set(&c->ledger, &row->link, e.link.p, e.link.n);
		return false;
	}
	if (r->has_updated)
		return false;
	/* Hashing every archived record would be most of a build's work. */
	if ((sb != NULL && !continuity_may_have_changed(c, sb)) ||
	    !edited(c, row, slug, r, updated))
		return false;
	/* Until its entry is written, the ledger does not know of the change. */
	if (!row->stale) {
		row->stale = true;
		c->nstale++;
	}
	return true;
}

void
continuity_unchecked(struct continuity *c, const char *slug,
    const struct stat *sb)
{
	if (ledger_find(&c->ledger, slug) != NULL &&
	    (sb == NULL || continuity_may_have_changed(c, sb)))
		c->nunchecked++;
}

struct timespec
continuity_ledger_time(const struct continuity *c)
{
	/*
	 * A change not in the ledger must be found again: the next build
	 * looks as far back as this one did.
	 */
	if (c->nstale > 0 || c->nunchecked > 0)
		return dated(c->any ? 0 : c->since);
	return c->start;
}

void
continuity_redate(const struct continuity *c)
{
	struct timespec	 t[2];

	if (!c->ahead)
		return;
	t[0].tv_sec = 0;
	t[0].tv_nsec = UTIME_OMIT;
	t[1] = continuity_ledger_time(c);
	/* At worst the next build looks at every record again. */
	(void)utimensat(AT_FDCWD, c->path, t, AT_SYMLINK_NOFOLLOW);
}

struct timespec
continuity_kept_time(const struct stat *old)
{
	return dated(since_of(old));
}
