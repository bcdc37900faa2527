/*
 * build: the build pipeline. Pass one reads every record and keeps only
 * what choosing needs (name, dates); pass two reads the chosen records
 * again, one at a time, and hands each entry to every format. Nothing is
 * published unless every record is good (or --skip-bad-records leaves the
 * bad ones out) and every output checks out. Publishing happens under the
 * feed's lock, so two builds of one feed never interleave.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#ifdef HAVE_MALLOC_TRIM
#include <malloc.h>
#endif
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "archives.h"
#include "articles.h"
#include "build.h"
#include "category_feeds.h"
#include "check_output.h"
#include "continuity.h"
#include "ledger_write.h"
#include "check_stream.h"
#include "escape.h"
#include "feed.h"
#include "feed_conf.h"
#include "hub_pending.h"
#include "idset.h"
#include "lines.h"
#include "lock.h"
#include "outputs.h"
#include "publish.h"
#include "record.h"
#include "record_cache.h"
#include "settings.h"
#include "test_hook.h"
#include "tz.h"
#include "uri.h"
#include "usage.h"
#include "verified.h"
#include "websub.h"

#define MAX_RECORD_SIZE (16 * 1024 * 1024)
/* With a good record larger than this, outputs are checked one at a time. */
#define BIG_RECORD	(1024 * 1024)

#define NFORMATS FEED_NFORMATS

struct build {
	const char		*feeddir;
	const struct build_opts	*o;
	char			*conf_path;
	char			*articles_dir;
	int			 articles_fd;	/* the folder pass one listed */
	char			*output_dir;
	struct settings		 st;
	struct tz		*tz;
	struct record_opts	 ropts;
	struct picks		 picks;
	const struct feed_format *fmt[NFORMATS];	/* the ones turned on */
	const char		*fname[NFORMATS];	/* and their file names */
	size_t			 nfmt;
	struct pending		 pend[NFORMATS];	/* their temporary files */
	long long		 size[NFORMATS];
	bool			 changed[NFORMATS];
	bool			 created[NFORMATS];	/* was not there */
	struct buf		 text;		/* the record being read */
	struct buf		 slug;		/* and its slug (record_slug) */
	int64_t			 began;		/* the clock as pass one began */
	struct entry_scratch	 idscratch;	/* its id and link */
	struct idset		 ids;		/* the ids of the good records */
	unsigned long		 nrecords;
	unsigned long		 nbad;
	off_t			 largest;	/* the largest good record */
	size_t			 nwarned;	/* picks warned about markup */
	struct continuity	 cont;		/* the ledger: ids, updated */
	bool			 has_cont;
	bool			 redo;		/* an entry's updated moved */
	uint64_t		*edits;		/* see note_edit */
	size_t			 nedits, edits_cap;
	struct pending		 lpend;		/* the ledger's temporary file */
	bool			 ledger_kept;	/* unchanged: left as read */
	struct catfeeds		*cf;		/* category-feeds; NULL: off */
	const struct picks	*reading;	/* what pass two reads */
	struct validator	*val[NFORMATS];	/* made once a run; see write_checked */
	struct check_stream	*cs[NFORMATS];	/* checking while writing */
	struct validator	*val_file;	/* for check_file */
	struct record_cache	*cache;		/* pass one's, between builds */
	struct archives		*arc;		/* archive-size; NULL: off */
	bool			 cut_off;	/* PUBLISHING_FILE was there */
	bool			 marked;	/* this build made it */
	bool			 unmark_later;	/* once the hubs' file is written ahead */
	bool			 mixed;		/* a failed set not put back whole */
	bool			 holding;	/* SIGTERM and the like wait */
};

/*
 * In the feed folder while a set whose ledger moves is renamed. The ledger
 * goes first, and a full archive document is never written again, so a
 * build killed after the ledger's rename would leave documents behind a
 * ledger that says they are written: the next build finds this file and
 * writes every archive document again, which makes the set whole. It is
 * the output setting's folder's: a build with -o into another folder
 * neither makes nor uses it. A set that changes a feed a WebSub hub is
 * told of makes it too, and keeps it until what the hubs are owed is
 * written ahead: a build killed in between leaves a change no hub knows
 * of, so the next build tells every hub of every feed.
 */
#define PUBLISHING_FILE	".feedwright-publishing"

/* Whether archive documents are written (not for --stdout). */
static bool
archiving(const struct build *b)
{
	return b->arc != NULL && b->o->stdout_format == NULL;
}

static bool
publishing_there(const struct build *b)
{
	struct stat	 sb;
	char		*path = path_join(b->feeddir, PUBLISHING_FILE);
	bool		 there = lstat(path, &sb) == 0;

	free(path);
	return there;
}

/*
 * PUBLISHING_FILE made and synced, with its folder, before any rename.
 * The archives need it (ARCHIVES): without it nothing is published. For
 * the hubs alone a warning says what is risked, as when their own file
 * cannot be written ahead (the feed folder may be read-only).
 */
static int
publishing_mark(struct build *b, bool archives)
{
	char	*path = path_join(b->feeddir, PUBLISHING_FILE);
	int	 fd, rc = EXIT_OK;

	if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW |
	    O_CLOEXEC, 0644)) == -1 || fsync(fd) == -1 ||
	    publish_sync_dir(b->feeddir) == -1) {
		if (archives) {
			msg_error(path, 0, "cannot write: %s; nothing was "
			    "published", strerror(errno));
			rc = EXIT_WRITE;
		} else if (b->o->verbosity >= BUILD_NORMAL)
			msg_warn(path, 0, "cannot write: %s; if this build is "
			    "killed before the hubs' file is written, they are "
			    "not told of its changes", strerror(errno));
	} else
		b->marked = true;
	if (fd != -1)
		close(fd);
	free(path);
	return rc;
}

/* The set is whole: PUBLISHING_FILE goes (if that is lost, all is written again). */
static void
publishing_unmark(struct build *b)
{
	char	*path = path_join(b->feeddir, PUBLISHING_FILE);

	if (unlink(path) == -1 && errno != ENOENT)
		msg_warn(path, 0, "cannot remove: %s; the next build %s",
		    strerror(errno), archiving(b) ? "writes every archive "
		    "document again" : "tells every hub of every feed");
	free(path);
}

/*
 * The record's id, made once: from the Id field, the entry-id template
 * filled with the record's name, or its link. A template can give an id
 * it cannot make valid ("urn:uuid:{slug}" and a name that is no UUID):
 * the record is bad, blamed at its first line (an Id field or a link was
 * checked as read). A record new to the ledger whose id is a published
 * record's is bad, whatever the names: the id stays with its entry. In
 * pass one (REMEMBER) two records with one id would be one entry to
 * readers: the record whose file name sorts later is bad (records are
 * read in name order), blamed at its Id line, or the Link line or line 1
 * where the id comes from. An id published before is the ledger's (its
 * *updated too, in pass one); one whose Id field changed is churn,
 * reported by continuity_id: returns -2. A bad record: -1.
 */
static int
check_id(struct build *b, const char *name, const char *slug,
    const struct record *r, bool remember, struct when *updated)
{
	struct span	 id, link;
	const char	*why = NULL, *other = NULL, *holder = NULL;
	char		*path, q[QUOTE_MAX];
	unsigned long	 line = 1;
	int		 known;
	size_t		 retired = 0;
	bool		 gone = false;

	/* A published id is the ledger's: the templates are filled only for a new one. */
	if ((known = continuity_id(&b->cont, name, slug, r, &id,
	    updated)) == 0)
		entry_id_link(r, &b->st, slug, &b->idscratch, &id, &link);
	if (known == -1)
		return -2;
	if (known == -2)
		return -1;
	if (known == 0 && r->id.n == 0 && b->st.entry_id != NULL)
		why = uri_id_problem(id.p, id.n);
	/* Readers know a published id as its entry: no other may take it. */
	if (why == NULL && known == 0)
		holder = continuity_id_holder(&b->cont, id, &gone, &retired);
	if (why == NULL && holder == NULL && remember &&
	    (other = idset_add(&b->ids, id.p, id.n, name)) == NULL)
		return 0;
	if (why == NULL && holder == NULL && other == NULL)
		return 0;
	path = path_join(b->articles_dir, name);
	quote_into(q, id.p, id.n);
	line = r->id.n > 0 ? r->id_line : b->st.entry_id == NULL &&
	    r->link.n > 0 ? r->link_line : 1;
	if (why != NULL)
		msg_error(path, 1, "id %s (entry-id filled with this record's "
		    "name) %s", q, why);
	else if (holder != NULL && retired > 0)
		msg_error(path, line, "id %s was the id of %.*s%s until "
		    "--accept-id-changes gave it another (%s): an id once "
		    "published is never given again", q, (int)retired, holder,
		    RECORD_SUFFIX, LEDGER_FILE);
	else if (holder != NULL && gone)
		msg_error(path, line, "id %s was the id of %s%s, published and "
		    "since deleted (%s): an id once published is never given "
		    "to another record", q, holder, RECORD_SUFFIX,
		    LEDGER_FILE);
	else if (holder != NULL)
		msg_error(path, line, "id %s is already the id of %s%s, "
		    "published (%s): an id once published stays with its "
		    "record", q, holder, RECORD_SUFFIX, LEDGER_FILE);
	else
		msg_error(path, line, "id %s is already the id of %s (of two "
		    "records with one id, the one whose file name sorts first "
		    "keeps it)", q, other);
	free(path);
	return -1;
}

/*
 * The slug of record NAME, in b->slug until the next call: pass one asks
 * for it of every record, several times.
 */
static const char *
record_slug(struct build *b, const char *name)
{
	buf_clear(&b->slug);
	buf_add(&b->slug, name, strlen(name) - strlen(RECORD_SUFFIX));
	return b->slug.data;
}

/*
 * Reads record NAME of the listed folder into b->text and parses it into
 * *R, saying nothing: 0; read_input_at's 1 or -1 (*TYPE, errno); or 2, a
 * bad record (*ERR).
 */
static int
read_record(struct build *b, const char *name, struct record *r,
    mode_t *type, struct parse_error *err)
{
	int	 got;

	/* Never through a link: it could publish a file from elsewhere. */
	if ((got = read_input_at(b->articles_fd, name, false, MAX_RECORD_SIZE,
	    &b->text, type)) != 0)
		return got;
	return record_parse(b->text.data, b->text.len, &b->ropts, r,
	    err) == 0 ? 0 : 2;
}

/*
 * Reads and parses one record into b->text and *r. Returns 0; 1 when the
 * record is gone (deleted since the folder was listed: an editor may
 * unpublish an article at any time), reported as a warning; or -1 for a
 * bad record, reported. Read by its name in the listed folder, not by
 * its path: every record of a build passes here, twice.
 */
static int
load_record(struct build *b, const char *name, struct record *r)
{
	char			*path;
	struct parse_error	 err;
	mode_t			 type;
	int			 rc = -1, got;

	(void)test_hook("before-read", name);
	if ((got = read_record(b, name, r, &type, &err)) == 0)
		return 0;
	/* The path is made only for a message. */
	path = path_join(b->articles_dir, name);
	if (got == 1)
		msg_error(path, 0, "record is not a regular file (%s)",
		    file_type_name(type));
	else if (got == -1) {
		if (errno == ENOENT) {
			if (b->o->verbosity >= BUILD_NORMAL)
				msg_warn(path, 0, "record disappeared during "
				    "the build; left out");
			rc = 1;
		} else if (errno == EFBIG)
			msg_error(path, 0, "record is larger than %d MiB",
			    MAX_RECORD_SIZE / (1024 * 1024));
		else if (errno == ELOOP)
			msg_error(path, 0, "record is a symbolic link, which "
			    "is never followed");
		else
			msg_error(path, 0, "cannot read: %s", strerror(errno));
	} else
		msg_error(path, err.line, "%s", err.msg);
	free(path);
	return rc;
}

/*
 * Pass two reads a record again, as load_record, and checks its Id
 * again: 0, or 1 when gone, or -1 when it went bad since pass one (said).
 */
static int
reload_record(struct build *b, const char *name, struct record *r)
{
	int	 got;

	if ((got = load_record(b, name, r)) == 0 &&
	    check_id(b, name, record_slug(b, name), r, false, NULL) < 0) {
		record_free(r);
		got = -1;
	}
	if (got == -1)
		msg_error(b->feeddir, 0, "a record went bad during the "
		    "build; nothing was published");
	return got;
}

/*
 * More than a year ahead is no scheduled post but a typo (9999 for 2025)
 * that would keep the entry at the top of the feed: say so. Only this
 * warning depends on the clock, never what is published.
 */
#define FUTURE_YEAR	31556952	/* seconds in an average Gregorian year */

static void
warn_if_future(const char *path, unsigned long line, const char *what,
    int64_t t, int64_t now)
{
	long long	 years;

	if (t - now <= FUTURE_YEAR)
		return;
	years = (long long)((t - now) / FUTURE_YEAR);
	msg_warn(path, line, "%s is %lld %s in the future", what, years,
	    years == 1 ? "year" : "years");
}

static bool
far_ahead(const struct record *r, int64_t now)
{
	return r->published - now > FUTURE_YEAR || (r->has_updated &&
	    r->updated - now > FUTURE_YEAR);
}

static void
warn_future(const struct build *b, const char *name, const struct record *r)
{
	struct timespec	 now;
	char		*path;

	/*
	 * Every record passes here. The clock moves on: a record within a
	 * year of when pass one began is within a year of now, so the clock
	 * is read again, and the path made, only for the others.
	 */
	if (b->o->verbosity < BUILD_NORMAL || !far_ahead(r, b->began))
		return;
	clock_gettime(CLOCK_REALTIME, &now);
	if (!far_ahead(r, (int64_t)now.tv_sec))
		return;
	path = path_join(b->articles_dir, name);
	warn_if_future(path, r->published_line, "date", r->published,
	    (int64_t)now.tv_sec);
	if (r->has_updated)
		warn_if_future(path, r->updated_line, "Updated", r->updated,
		    (int64_t)now.tv_sec);
	free(path);
}

/*
 * A record whose Updated field is earlier than the updated its entry was
 * published with: readers that have the entry keep their copy (RFC 4287
 * 4.2.15 makes updated the latest significant change), so the correction
 * would reach none of them. Said at the field; published as written.
 */
static void
warn_updated_back(struct build *b, const char *name, const char *slug,
    const struct record *r)
{
	const struct ledger_row *row;
	char		*path, was[TIMEFMT_RFC3339_MAX],
			 now[TIMEFMT_RFC3339_MAX];

	if (!r->has_updated || b->o->verbosity < BUILD_NORMAL)
		return;
	row = ledger_find(&b->cont.ledger, slug);
	if (row == NULL || row->updated.t <= r->updated)
		return;
	path = path_join(b->articles_dir, name);
	(void)timefmt_rfc3339(was, row->updated.t, row->updated.offset);
	(void)timefmt_rfc3339(now, r->updated, r->updated_offset);
	msg_warn(path, r->updated_line, "Updated %s is earlier than the "
	    "updated %s its entry was published with: readers that have it "
	    "keep their copy and miss the change", now, was);
	free(path);
}

/*
 * An RSS title or category has no type attribute: one whose own text holds
 * an end tag ("</b>", in an article about HTML) always draws "should not
 * contain HTML" from the W3C feed validator, however it is escaped. The
 * site owner hears it from us first, at the record's line, once a build.
 * WHAT is named as the line has it; ELEMENT, RSS's name for it, when that
 * is another (a subtitle is RSS's description), or NULL.
 */
static void
warn_markup_at(const char *path, unsigned long line, const char *what,
    const char *element, const char *s, size_t n)
{
	const char	*tag;
	size_t		 len;

	if ((tag = escape_find_end_tag(s, n, &len)) == NULL)
		return;
	if (element == NULL)
		msg_warn(path, line, "%s holds \"%.*s\", which RSS cannot mark "
		    "as text: the W3C feed validator will say the %s \"should "
		    "not contain HTML\"; readers show it as written", what,
		    (int)len, tag, what);
	else
		msg_warn(path, line, "%s holds \"%.*s\", which RSS (its %s) "
		    "cannot mark as text: the W3C feed validator will say the "
		    "%s \"should not contain HTML\"; readers show it as "
		    "written", what, (int)len, tag, element, element);
}

/* As warn_markup_at, for a span of the record text; its line is counted only for a warning. */
static void
warn_markup_one(const struct build *b, const char *path, const char *what,
    struct span t)
{
	size_t	 col, len;

	if (escape_find_end_tag(t.p, t.n, &len) == NULL)
		return;
	warn_markup_at(path, lines_line_of(b->text.data, (size_t)(t.p -
	    b->text.data), &col), what, NULL, t.p, t.n);
}

static bool
warns_markup(const struct build *b)
{
	size_t	 k;

	if (b->o->verbosity < BUILD_NORMAL)
		return false;
	for (k = 0; k < b->nfmt; k++)
		if (b->fmt[k] == &format_rss)
			return true;
	return false;
}

/* The RSS channel's title, description, copyright and categories. */
static void
warn_settings_markup(const struct build *b)
{
	const struct settings *st = &b->st;
	size_t		 i;

	if (!warns_markup(b))
		return;
	warn_markup_at(b->conf_path, st->title_line, "title", NULL,
	    st->title, strlen(st->title));
	if (st->subtitle != NULL)
		warn_markup_at(b->conf_path, st->subtitle_line, "subtitle",
		    "description", st->subtitle, strlen(st->subtitle));
	if (st->rights != NULL)
		warn_markup_at(b->conf_path, st->rights_line, "rights",
		    "copyright", st->rights, strlen(st->rights));
	for (i = 0; i < st->ncategories; i++)
		warn_markup_at(b->conf_path, st->category_lines[i], "category",
		    NULL, st->categories[i], strlen(st->categories[i]));
}

static void
warn_markup(const struct build *b, const char *name, const struct record *r)
{
	char	*path;
	size_t	 i;

	if (!warns_markup(b))
		return;
	path = path_join(b->articles_dir, name);
	warn_markup_one(b, path, "title", r->title);
	for (i = 0; i < r->ncategories; i++)
		warn_markup_one(b, path, "category", r->categories[i]);
	free(path);
}

/*
 * Pass one, with archive-size: where good record R (NAME) ranks in the
 * subscription feed: by its `updated`, found changed here if it was
 * (RFC 5005 section 4.2: an edited entry is published again in the
 * subscription feed, where its copy supersedes the archived one). Every
 * record ranks so, archived or not: one that left the feed by one measure
 * and were ranked back by another would come and go at every build. One
 * in no archive document is offered to the archives.
 */
static int64_t
archive_rank(struct build *b, const char *name, const char *slug,
    const struct record *r, const struct stat *st, struct when *updated)
{
	int64_t	 rank = r->published;

	/* Again: a renamed record has taken its old row only now (check_id). */
	archives_seen(b->arc, slug, true);
	(void)continuity_changed(&b->cont, slug, r, st, updated);
	if (updated->t > rank)
		rank = updated->t;
	if (!archives_archived(b->arc, slug))
		archives_offer(b->arc, name, r->published, updated);
	else if (st != NULL && continuity_may_have_changed(&b->cont, st))
		/* Mended, it may have been left out of its document. */
		archives_recheck(b->arc, slug);
	return rank;
}

/*
 * Without archives, an edit is found by pass two, when the entry is made
 * and hashed: its `updated` moves to the build's time, and the feeds'
 * heads, written before any entry, would have to be written again (the
 * whole pass, as write_all does for a record that vanished). So pass one
 * notes each record it read whole that may be edited, by a hash of its
 * name (a record noted wrongly is only looked at for nothing), and
 * find_edits looks again at those pass two will write, before it does.
 */
static void
note_edit(struct build *b, const char *name, const char *slug,
    const struct record *r, const struct stat *st)
{
	if (continuity_may_be_edited(&b->cont, slug, r, st)) {
		if (b->nedits == b->edits_cap) {
			b->edits_cap = b->edits_cap == 0 ? 16 :
			    2 * b->edits_cap;
			b->edits = xreallocarray(b->edits, b->edits_cap,
			    sizeof(*b->edits));
		}
		b->edits[b->nedits++] = hash_bytes(name, strlen(name), 0);
	}
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t	 x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return (x > y) - (x < y);
}

/*
 * The records noted by note_edit that pass two reads, read again: an
 * edited one's picks take the `updated` its entry will show. One that
 * is gone or bad now is left to pass two, which says so.
 */
static void
find_edits(struct build *b)
{
	struct parse_error	 err;
	struct record		 r;
	struct when		 upd;
	const char		*name;
	mode_t			 type;
	uint64_t		 h;
	size_t			 i, m = 0;
	bool			 in_main;

	qsort(b->edits, b->nedits, sizeof(*b->edits), cmp_u64);
	for (i = 0; i < b->reading->n; i++) {
		name = b->reading->v[i].name;
		/* Both newest first, as in write_pass. */
		in_main = m < b->picks.n && strcmp(b->picks.v[m].name,
		    name) == 0;
		m += in_main;
		h = hash_bytes(name, strlen(name), 0);
		if (bsearch(&h, b->edits, b->nedits, sizeof(h),
		    cmp_u64) == NULL)
			continue;
		if (read_record(b, name, &r, &type, &err) != 0)
			continue;
		if (continuity_edited(&b->cont, record_slug(b, name), &r,
		    &upd)) {
			if (in_main)
				b->picks.v[m - 1].updated = upd;
			if (b->cf != NULL)
				(void)catfeeds_set_updated(b->cf, name, &upd);
		}
		record_free(&r);
	}
	free(b->edits);
	b->edits = NULL;
	b->nedits = b->edits_cap = 0;
}

/*
 * Pass one reads a record in full unless the cache says it was read and
 * found good as it is now: its identity is taken before it is read, so
 * a record changed while read is read again next time.
 */
static int
choose(void *ctx, int dirfd, const char *name)
{
	struct build	*b = ctx;
	const char	*slug = record_slug(b, name);
	struct record	 r;
	struct when	 updated;
	struct stat	 st;
	bool		 known, cached;
	int64_t		 rank = 0;
	int		 got = 0;

	known = fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
	    S_ISREG(st.st_mode);
	/* The cache keeps no categories: category feeds read every record. */
	cached = known && b->cf == NULL &&
	    record_cache_get(b->cache, name, &st, &r);
	/*
	 * An archived record's edit is found by its hash, and so is a deleted
	 * record's file renamed, and a hash recover could not give is made:
	 * that takes the record whole.
	 */
	if (cached && ((b->arc != NULL &&
	    (continuity_may_have_changed(&b->cont, &st) ||
	    continuity_unhashed(&b->cont, slug))) ||
	    continuity_needs_whole(&b->cont, slug, &r))) {
		record_free(&r);
		cached = false;
	}
	/* A bad record is reported and never offered; whether the feed is published is decided after. */
	if (!cached && (got = load_record(b, name, &r)) == 1)
		return 0;
	b->nrecords++;
	if (b->arc != NULL)
		archives_seen(b->arc, slug, got == 0);
	if (got == -1) {
		continuity_unchecked(&b->cont, slug, known ? &st : NULL);
		b->nbad++;
		return 0;
	}
	updated.t = r.has_updated ? r.updated : r.published;
	updated.offset = r.has_updated ? r.updated_offset :
	    r.published_offset;
	if ((got = check_id(b, name, slug, &r, true, &updated)) < 0) {
		record_free(&r);
		if (b->arc != NULL)
			archives_seen(b->arc, slug, false);
		continuity_unchecked(&b->cont, slug, known ? &st : NULL);
		/* Churn is no bad record: nothing is published (gather). */
		if (got == -1)
			b->nbad++;
		return 0;
	}
	if (known) {
		record_cache_put(b->cache, name, &st, &r);
		if (st.st_size > b->largest)
			b->largest = st.st_size;
	}
	warn_future(b, name, &r);
	warn_updated_back(b, name, slug, &r);
	/* Before it is offered anywhere, archives too: it may be bad here. */
	if (b->cf != NULL) {
		char	*rpath = path_join(b->articles_dir, name);

		got = catfeeds_check(b->cf, rpath, b->text.data, &r);
		free(rpath);
		if (got == -1) {
			record_free(&r);
			if (b->arc != NULL)
				archives_seen(b->arc, slug, false);
			continuity_unchecked(&b->cont, slug, known ? &st :
			    NULL);
			b->nbad++;
			return 0;
		}
	}
	if (b->arc != NULL)
		rank = archive_rank(b, name, slug, &r, known ? &st : NULL,
		    &updated);
	else if (!cached)
		note_edit(b, name, slug, &r, known ? &st : NULL);
	if (b->cf != NULL)
		catfeeds_offer(b->cf, &r, name, b->arc != NULL ? rank :
		    r.published, &updated);
	picks_offer(&b->picks, name, b->arc != NULL ? rank : r.published,
	    &updated);
	record_free(&r);
	return 0;
}

/* A folder named in the settings is relative to the feed folder. */
static char *
feed_path(const char *feeddir, const char *p)
{
	return p[0] == '/' ? xstrdup(p) : path_join(feeddir, p);
}

/* One line on stderr through the message formatter, for -v. */
static void
note(const char *path, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	msg_verror(path, 0, fmt, ap);
	va_end(ap);
}

static double
seconds_since(const struct timespec *t0)
{
	struct timespec	 t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)(t.tv_sec - t0->tv_sec) +
	    (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

/* Where a format's bytes go besides its temporary file. */
struct sink {
	struct pending		*pend;
	struct check_stream	*cs;
};

static void
to_sink(void *ctx, const char *p, size_t n)
{
	struct sink	*s = ctx;

	publish_stream_feed(s->pend, p, n);
	if (s->cs != NULL)
		check_stream_write(s->cs, p, n);
}

/*
 * One pass over the chosen records (b->reading: the main feed's, and with
 * category-feeds the categories' too), writing every format into
 * b->pend[] and each category's feeds. A record gone since pass one sets
 * *gone to its place in b->reading and stops the pass, with what was
 * written to be thrown away.
 */
static int
write_pass(struct build *b, size_t *gone)
{
	struct outbuf		 out[NFORMATS];
	struct sink		 sink[NFORMATS];
	void			*w[NFORMATS];
	struct feed_head	 head;
	struct when		 updated;
	struct entry_scratch	 scratch;
	struct record		 r;
	struct entry		 e;
	size_t			 i, k, m = 0;
	int			 rc = EXIT_OK, got;
	const char		*name;
	bool			 in_main;

	*gone = SIZE_MAX;
	b->redo = false;
	updated = b->picks.v[0].updated;
	for (i = 1; i < b->picks.n; i++)
		if (b->picks.v[i].updated.t > updated.t)
			updated = b->picks.v[i].updated;
	feed_head_init(&head, &b->st, &updated, PACKAGE_VERSION);
	if (b->arc != NULL)
		archives_link(b->arc, &head);
	if (b->cf != NULL) {
		catfeeds_link(b->cf, &head);
		catfeeds_open(b->cf, &updated);
	}

	for (k = 0; k < b->nfmt; k++) {
		outbuf_init_fd(&out[k], b->pend[k].fd);
		/* Compared and checked as written: the file is never read back. */
		publish_stream_begin(&b->pend[k]);
		if (b->val[k] != NULL)
			check_output_expect_entries(b->val[k], b->reading->n);
		if (!b->fmt[k]->unchecked && b->val[k] != NULL)
			b->cs[k] = check_stream_start(b->val[k],
			    b->pend[k].final, b->fmt[k]->name);
		sink[k].pend = &b->pend[k];
		sink[k].cs = b->cs[k];
		outbuf_tee(&out[k], to_sink, &sink[k]);
		w[k] = b->fmt[k]->open(&out[k], &head);
	}
	entry_scratch_init(&scratch);
	for (i = 0; i < b->reading->n && rc == EXIT_OK; i++) {
		char	*slug;

		name = b->reading->v[i].name;
		/* Both newest first: the main feed's picks begin the reading. */
		in_main = m < b->picks.n && strcmp(b->picks.v[m].name,
		    name) == 0;
		/* A record changed since pass one is caught here, not published half-read. */
		if ((got = reload_record(b, name, &r)) == 1) {
			*gone = i;
			break;
		}
		if (got == -1) {
			rc = EXIT_BAD_INPUT;
			break;
		}
		/* Pass two may run again without a vanished record: warn once. */
		if (i >= b->nwarned) {
			warn_markup(b, name, &r);
			b->nwarned = i + 1;
		}
		slug = articles_slug(name);
		entry_from_record(&e, &r, &b->st, slug, &scratch);
		{
			/* A category-only record: its categories' picks hold the date. */
			struct when	 u = b->reading->v[i].updated;

			if (continuity_entry(&b->cont, slug, &r, &e, in_main ?
			    &b->picks.v[m].updated : &u) && in_main)
				b->redo = true;
			if (b->cf != NULL && catfeeds_set_updated(b->cf, name,
			    &e.updated))
				b->redo = true;
		}
		for (k = 0; k < b->nfmt && in_main; k++)
			b->fmt[k]->entry(w[k], &e);
		m += in_main;
		if (b->cf != NULL)
			catfeeds_entry(b->cf, &e);
		free(slug);
		record_free(&r);
	}
	entry_scratch_free(&scratch);
	for (k = 0; k < b->nfmt; k++) {
		b->fmt[k]->close(w[k]);
		if (outbuf_finish(&out[k]) == -1 && rc != EXIT_WRITE) {
			msg_error(b->o->dry_run || b->o->stdout_format != NULL ?
			    b->pend[k].tmp : b->pend[k].final, 0,
			    "cannot write: %s; nothing was published",
			    strerror(errno));
			rc = EXIT_WRITE;
		}
		publish_stream_end(&b->pend[k]);
		/* What was written is thrown away: so is its check. */
		if (rc != EXIT_OK || *gone != SIZE_MAX || b->redo) {
			check_stream_abort(b->cs[k]);
			b->cs[k] = NULL;
		}
	}
	if (b->cf != NULL && catfeeds_close(b->cf, b->o->dry_run) == -1 &&
	    rc == EXIT_OK)
		rc = EXIT_WRITE;
	feed_head_free(&head);
	return rc;
}

/*
 * Writes every chosen format for the chosen records into b->pend[]. A
 * record deleted since pass one (unpublished by an editor) is left out
 * and the files are written again without it, so that the feeds' own
 * dates come from what they hold; they hold one entry fewer than
 * max-entries until the next build. An entry whose `updated` the ledger
 * moved (its content changed) is written again too, so that the feeds'
 * own `updated` is the newest entry's.
 */
static int
write_all(struct build *b)
{
	size_t	 gone, k;
	int	 rc;

	warn_settings_markup(b);
	while ((rc = write_pass(b, &gone)) == EXIT_OK &&
	    (gone != SIZE_MAX || b->redo)) {
		if (gone != SIZE_MAX && b->cf != NULL) {
			for (k = 0; k < b->picks.n; k++)
				if (strcmp(b->picks.v[k].name,
				    b->reading->v[gone].name) == 0) {
					picks_remove(&b->picks, k);
					break;
				}
			catfeeds_remove(b->cf, gone);
		} else if (gone != SIZE_MAX)
			picks_remove(&b->picks, gone);
		if (gone != SIZE_MAX)
			b->nwarned = gone;
		if (b->picks.n == 0) {
			msg_error(b->articles_dir, 0, "no article records "
			    "(*%s); nothing was published", RECORD_SUFFIX);
			return EXIT_BAD_INPUT;
		}
		for (k = 0; k < b->nfmt; k++) {
			if (lseek(b->pend[k].fd, 0, SEEK_SET) == -1 ||
			    ftruncate(b->pend[k].fd, 0) == -1) {
				msg_error(b->pend[k].tmp, 0, "cannot write: %s; "
				    "nothing was published", strerror(errno));
				return EXIT_WRITE;
			}
		}
		if (b->cf != NULL &&
		    doc_set_rewind(catfeeds_docs(b->cf)) == -1)
			return EXIT_WRITE;
	}
	return rc;
}

/*
 * Whether checks may run side by side, in threads of their own. A check
 * holds an entry whole, and libxml2's parser all of its bytes until its
 * end: with a record of megabytes, checks one at a time take less than
 * half the memory of checks side by side (a 16 MiB record: 349 MB, not
 * 846 MB).
 */
static bool
side_by_side(const struct build *b)
{
	return check_stream_wanted() && b->largest <= BIG_RECORD;
}

/*
 * The validator of the files checked read back, made once a run: a
 * validator compiles each format's schemas once, and a set of archive
 * documents or category feeds has hundreds of files.
 */
static struct validator *
file_validator(struct build *b)
{
	if (b->val_file == NULL)
		b->val_file = check_output_validator();
	return b->val_file;
}

/*
 * Checks format K's temporary file read back: in one thread
 * (FEEDWRIGHT_THREADS=1), or when no checking thread could start.
 */
static int
check_file(struct build *b, size_t k, bool warn)
{
	if (file_validator(b) == NULL)
		return -1;
	return check_stream_file(b->val_file, b->pend[k].tmp,
	    b->pend[k].final, b->fmt[k]->name, warn);
}

/*
 * Writes the archive documents that change (archives_plan chose them),
 * one at a time. A record gone since pass one is left out: the next
 * build dates it gone and writes its document again.
 */
static int
write_archives(struct build *b)
{
	const struct picks	*p;
	struct entry_scratch	 scratch;
	struct record		 r;
	struct entry		 e;
	struct when		 u, newest;
	size_t			 d, i;
	char			*slug;
	int			 got, rc = EXIT_OK;

	newest = b->picks.v[0].updated;
	for (i = 1; i < b->picks.n; i++)
		if (b->picks.v[i].updated.t > newest.t)
			newest = b->picks.v[i].updated;
	entry_scratch_init(&scratch);
	for (d = 0; d < archives_ndocs(b->arc) && rc == EXIT_OK; d++) {
		p = archives_doc(b->arc, d);
		archives_open(b->arc, d, &newest);
		for (i = 0; i < p->n && rc == EXIT_OK; i++) {
			if ((got = reload_record(b, p->v[i].name, &r)) == 1)
				continue;
			if (got == -1) {
				rc = EXIT_BAD_INPUT;
				break;
			}
			slug = articles_slug(p->v[i].name);
			entry_from_record(&e, &r, &b->st, slug, &scratch);
			u = p->v[i].updated;
			(void)continuity_entry(&b->cont, slug, &r, &e, &u);
			archives_entry(b->arc, d, slug, &e);
			free(slug);
			record_free(&r);
		}
		if (archives_close(b->arc, d, b->o->dry_run) == -1 &&
		    rc == EXIT_OK)
			rc = EXIT_WRITE;
	}
	entry_scratch_free(&scratch);
	return rc;
}

/* Descriptors beyond the temporary files: the lock, the ledger, a check. */
#define FILES_MARGIN	64

/*
 * Every temporary file of the set is open at once: each main format's,
 * with the published file it is compared with, each category feed's and
 * each archive document's (all of them on a first build). The soft limit
 * on open files is raised for them all, as far as the hard one allows;
 * past that, the error names the hard limit and what the set needs.
 */
static void
more_files(const struct build *b)
{
	unsigned long	 need = FILES_MARGIN + 2 * (unsigned long)b->nfmt;

	if (b->cf != NULL)
		need += (unsigned long)catfeeds_count(b->cf) *
		    catfeeds_docs(b->cf)->nfmt;
	if (archiving(b))
		need += (unsigned long)archives_ndocs(b->arc) *
		    archives_docs(b->arc)->nfmt;
	publish_want_files(need);
}

/*
 * Writes and checks every chosen format into temporary files in TMPDIR
 * (NULL: the output folder). On failure no temporary file is left.
 */
static int
write_checked(struct build *b, const char *tmpdir)
{
	char	 why[256];
	size_t	 k;
	int	 rc = EXIT_OK;

	/* One validator a thread: each checks one format as it is written. */
	if (side_by_side(b)) {
		for (k = 0; k < b->nfmt && rc == EXIT_OK; k++)
			if (!b->fmt[k]->unchecked &&
			    (b->val[k] = check_output_validator()) == NULL)
				rc = EXIT_BAD_INPUT;
	}

	more_files(b);
	for (k = 0; k < b->nfmt && rc == EXIT_OK; k++) {
		if (publish_begin(&b->pend[k], b->output_dir, b->fname[k],
		    tmpdir, (mode_t)b->st.file_mode) == -1) {
			msg_error(tmpdir != NULL ? tmpdir : b->output_dir, 0,
			    "cannot create a temporary file: %s",
			    publish_strerror(errno, why, sizeof(why)));
			rc = EXIT_WRITE;
		}
	}
	if (rc == EXIT_OK && b->cf != NULL && catfeeds_begin(b->cf,
	    b->output_dir, tmpdir, (mode_t)b->st.file_mode) == -1)
		rc = EXIT_WRITE;
	if (rc == EXIT_OK && archiving(b) && archives_begin(b->arc,
	    b->output_dir, tmpdir, (mode_t)b->st.file_mode) == -1)
		rc = EXIT_WRITE;
	if (rc == EXIT_OK)
		rc = write_all(b);
	if (rc == EXIT_OK && archiving(b))
		rc = write_archives(b);
	for (k = 0; k < b->nfmt && rc == EXIT_OK; k++) {
		/* Warnings only with news: cron must stay quiet on a no-op run. */
		bool warn = b->o->verbosity >= BUILD_NORMAL &&
		    publish_change(&b->pend[k]) != PUBLISH_SAME;

		/* Every feed and the page are checked; see feed_format.unchecked. */
		if (b->fmt[k]->unchecked)
			;
		else if (b->cs[k] != NULL) {
			if (check_stream_finish(b->cs[k], warn) == -1)
				rc = EXIT_BAD_INPUT;
			b->cs[k] = NULL;
		} else if (check_file(b, k, warn) == -1)
			rc = EXIT_BAD_INPUT;
		b->size[k] = publish_size(&b->pend[k]);
	}
	for (k = b->nfmt; k-- > 0; ) {
		check_stream_abort(b->cs[k]);
		b->cs[k] = NULL;
		check_output_validator_free(b->val[k]);
		b->val[k] = NULL;
	}
	if (rc == EXIT_OK && b->cf != NULL && (file_validator(b) == NULL ||
	    doc_set_check(catfeeds_docs(b->cf), b->val_file,
	    b->o->verbosity >= BUILD_NORMAL, side_by_side(b)) == -1))
		rc = EXIT_BAD_INPUT;
	if (rc == EXIT_OK && archiving(b) && (file_validator(b) == NULL ||
	    doc_set_check(archives_docs(b->arc), b->val_file,
	    b->o->verbosity >= BUILD_NORMAL, side_by_side(b)) == -1))
		rc = EXIT_BAD_INPUT;
	check_output_validator_free(b->val_file);
	b->val_file = NULL;
	if (rc != EXIT_OK) {
		for (k = 0; k < b->nfmt; k++)
			publish_abort(&b->pend[k]);
		if (b->cf != NULL)
			doc_set_end(catfeeds_docs(b->cf), false);
		if (archiving(b))
			doc_set_end(archives_docs(b->arc), false);
	}
	return rc;
}

static void
removed_tmp(void *ctx, const char *path)
{
	const struct build	*b = ctx;

	if (b->o->verbosity >= BUILD_NORMAL)
		msg_warn(path, 0, "removed a temporary file left by an "
		    "interrupted build");
}

/*
 * Whether folder DIR, missing, could be created (what make_dirs would
 * answer): its nearest existing parent must be a folder we may write to.
 * Returns 0, or -1 with errno.
 */
static int
could_make_dirs(const char *dir)
{
	struct stat	 st;
	char		*d = xstrdup(dir), *slash;
	int		 rc = -1;

	for (;;) {
		if ((slash = strrchr(d, '/')) == NULL)
			strcpy(d, ".");
		else if (slash == d)
			d[1] = '\0';
		else
			*slash = '\0';
		if (stat(d, &st) == 0 || errno != ENOENT || strcmp(d, ".") == 0 ||
		    strcmp(d, "/") == 0)
			break;
	}
	if (stat(d, &st) == -1)
		;
	else if (!S_ISDIR(st.st_mode))
		errno = ENOTDIR;
	else if (access(d, W_OK | X_OK) == 0)
		rc = 0;
	free(d);
	return rc;
}

/* Stats DIR, a folder; a file in its place fails with EEXIST, as mkdir does. */
static int
stat_folder(const char *dir, struct stat *st)
{
	if (stat(dir, st) == -1)
		return -1;
	if (!S_ISDIR(st->st_mode)) {
		errno = EEXIST;
		return -1;
	}
	return 0;
}

/*
 * The checks of the output folder and of the names in it that publishing
 * makes before it writes anything. --dry-run (PREVIEW) makes the same ones
 * without creating anything for good: the folder, when missing, is only
 * checked to be creatable, and a temporary file is created in it and
 * removed. So a preview gives the status and the messages the build would.
 */
static int
check_destination(struct build *b, bool preview)
{
	struct pending	 probe;
	struct stat	 st;
	size_t		 k;
	int		 rc = EXIT_OK;

	/* -o /dev/null, or an output setting naming a file. */
	if (stat(b->output_dir, &st) == 0 && !S_ISDIR(st.st_mode)) {
		msg_error(b->output_dir, 0, "%s", b->o->output != NULL ?
		    "not a folder; -o names the folder to publish into" :
		    "not a folder, but the output folder is meant to be here");
		return EXIT_WRITE;
	}
	if (preview && stat(b->output_dir, &st) == -1 && errno == ENOENT) {
		if (could_make_dirs(b->output_dir) == -1) {
			msg_error(b->output_dir, 0, "cannot create folder: %s",
			    strerror(errno));
			return EXIT_WRITE;
		}
		return EXIT_OK;		/* it would be new, ours, and empty */
	}
	if (!preview && make_dirs(b->output_dir) == -1) {
		msg_error(b->output_dir, 0, "cannot create folder: %s",
		    strerror(errno));
		return EXIT_WRITE;
	}
	if (stat_folder(b->output_dir, &st) == -1) {
		msg_error(b->output_dir, 0, "cannot create folder: %s",
		    strerror(errno));
		return EXIT_WRITE;
	}
	/* Anyone could replace what is published there: see feedwright(1). */
	if (st.st_mode & S_IWOTH) {
		msg_error(b->output_dir, 0, "refusing to publish into a folder "
		    "every user can write to (chmod o-w fixes it)");
		return EXIT_WRITE;
	}
	/* A rename replaces a file or a symbolic link, nothing else. */
	for (k = 0; k < b->nfmt; k++) {
		char	*path = path_join(b->output_dir, b->fname[k]);

		if (lstat(path, &st) == 0 && !S_ISREG(st.st_mode) &&
		    !S_ISLNK(st.st_mode)) {
			msg_error(path, 0, "cannot publish: %s; nothing was "
			    "published", S_ISDIR(st.st_mode) ? strerror(EISDIR) :
			    "not a regular file");
			rc = EXIT_WRITE;
		}
		free(path);
		if (rc != EXIT_OK)
			return rc;
	}
	if (preview) {
		if (publish_begin(&probe, b->output_dir, b->fname[0], NULL,
		    (mode_t)b->st.file_mode) == -1) {
			msg_error(b->output_dir, 0, "cannot create a temporary "
			    "file: %s", strerror(errno));
			return EXIT_WRITE;
		}
		publish_abort(&probe);
	}
	return EXIT_OK;
}

/*
 * Keeps every published file that will change under a second name (see
 * publish.h): a file that cannot be replaced stops the set here, before
 * anything is renamed. Returns an exit status; on failure the caller
 * undoes the set (abort_set), backups included.
 */
static int
keep_old(struct build *b, struct pending *const *set, size_t n)
{
	size_t	 k;

	for (k = 0; k < n; k++) {
		if (publish_keep_old(set[k]) == -1) {
			msg_error(set[k]->final, 0, "cannot publish: %s; "
			    "nothing was published", strerror(errno));
			return EXIT_WRITE;
		}
	}
	if ((b->cf != NULL && doc_set_keep_old(catfeeds_docs(b->cf)) == -1) ||
	    (archiving(b) && doc_set_keep_old(archives_docs(b->arc)) == -1))
		return EXIT_WRITE;
	return EXIT_OK;
}

/* Undoes a set that is not published: its temporary files and backups go. */
static void
abort_set(struct build *b, struct pending *const *set, size_t n)
{
	size_t	 k;

	for (k = 0; k < n; k++)
		publish_abort(set[k]);
	if (b->cf != NULL)
		doc_set_end(catfeeds_docs(b->cf), false);
	if (archiving(b))
		doc_set_end(archives_docs(b->arc), false);
}

/*
 * The files published together: the ledger first (a build killed between
 * two renames leaves a ledger ahead of the feeds, which the next build
 * accepts and repairs, never behind them), then every format.
 */
static size_t
publish_set(struct build *b, struct pending **set, bool ledger)
{
	size_t	 n = 0, k;

	if (ledger)
		set[n++] = &b->lpend;
	for (k = 0; k < b->nfmt; k++)
		set[n++] = &b->pend[k];
	return n;
}

/* Syncs the output folder, and the feed folder when the ledger moved. */
static int
sync_folders(const struct build *b, bool ledger)
{
	if (publish_sync_dir(b->output_dir) == -1)
		return -1;
	return ledger ? publish_sync_dir(b->feeddir) : 0;
}

/* The feed folder cannot take the new ledger: named as the file it would be. */
static void
ledger_create_failed(const struct build *b)
{
	char	*path = path_join(b->feeddir, LEDGER_FILE);

	msg_error(path, 0, "cannot create a temporary file: %s; nothing was "
	    "published", strerror(errno));
	free(path);
}

/*
 * Writes the ledger the entries just written leave into b->lpend, in the
 * feed folder. Returns an exit status, or 1 when the ledger is unchanged.
 */
static int
write_ledger(struct build *b)
{
	struct timespec	 t = continuity_ledger_time(&b->cont);
	int		 got;

	/* Unchanged, it is left alone: the feed folder may then be read-only. */
	got = ledger_write(&b->cont.ledger, b->feeddir, NULL, &t, &b->lpend);
	if (got == LEDGER_WRITE_SAME)
		return 1;
	if (got == LEDGER_WRITE_CREATE)
		ledger_create_failed(b);
	else if (got == LEDGER_WRITE_FAILED)
		msg_error(b->lpend.final, 0, "cannot write: %s; nothing was "
		    "published", strerror(errno));
	if (got == 0)
		return EXIT_OK;
	publish_abort(&b->lpend);
	return EXIT_WRITE;
}

/*
 * --dry-run: the ledger is compared as write_ledger would, but written in
 * TMPDIR; when it would change, the feed folder must take its temporary
 * file, which is made there and removed at once, as for the output folder.
 */
static int
preview_ledger(struct build *b, const char *tmpdir)
{
	struct timespec	 t = continuity_ledger_time(&b->cont);
	struct pending	 probe;
	int		 got;

	got = ledger_write(&b->cont.ledger, b->feeddir, tmpdir, &t,
	    &b->lpend);
	if (got == LEDGER_WRITE_SAME)
		return EXIT_OK;
	if (got == LEDGER_WRITE_CREATE)
		msg_error(tmpdir, 0, "cannot create a temporary file: %s",
		    strerror(errno));
	else if (got == LEDGER_WRITE_FAILED)
		msg_error(tmpdir, 0, "cannot write a temporary file: %s",
		    strerror(errno));
	publish_abort(&b->lpend);
	if (got != 0)
		return EXIT_WRITE;
	if (publish_begin(&probe, b->feeddir, LEDGER_FILE, NULL, 0644) == -1) {
		ledger_create_failed(b);
		return EXIT_WRITE;
	}
	publish_abort(&probe);
	return EXIT_OK;
}

/*
 * Replaces the published files by the new ones, all or nothing: when a
 * rename (or the folder's sync) fails, what was already replaced is put
 * back. Only SIGKILL or a crash can stop it between two renames (the
 * caller holds the other signals); the next build then rewrites every
 * file that differs from what it builds, which repairs the set.
 */
static int
switch_set(struct build *b, struct pending *const *set, size_t nset,
    bool ledger)
{
	const char	*failed = NULL;
	size_t		 k, n;
	int		 err = 0, rc = EXIT_OK;
	bool		 whole = true;

	for (n = 0; n < nset && failed == NULL; n++) {
		if (publish_rename(set[n]) == -1) {
			err = errno;
			failed = set[n]->final;
		}
	}
	if (failed == NULL && b->cf != NULL &&
	    doc_set_switch(catfeeds_docs(b->cf), &failed) == -1)
		err = errno;
	if (failed == NULL && archiving(b) &&
	    doc_set_switch(archives_docs(b->arc), &failed) == -1)
		err = errno;
	if (failed == NULL && sync_folders(b, ledger) == -1) {
		err = errno;
		failed = b->output_dir;
	}
	if (failed != NULL) {
		int	 undo_err[NFORMATS + 1] = { 0 };

		if (archiving(b) && doc_set_undo(archives_docs(b->arc)) == -1)
			whole = false;
		if (b->cf != NULL && doc_set_undo(catfeeds_docs(b->cf)) == -1)
			whole = false;
		for (k = n; k-- > 0; ) {
			if (publish_undo(set[k]) == -1) {
				undo_err[k] = errno;
				whole = false;
			}
		}
		(void)sync_folders(b, ledger);
		msg_error(failed, 0, "cannot publish: %s%s", strerror(err),
		    whole ? "; nothing was published" : "");
		for (k = 0; k < n; k++)
			if (undo_err[k] != 0)
				msg_error(set[k]->final, 0, "cannot restore "
				    "the old file: %s; the new one stays until "
				    "the next build", strerror(undo_err[k]));
		rc = EXIT_WRITE;
		b->mixed = !whole;
	}
	for (k = 0; k < b->nfmt; k++) {
		b->changed[k] = b->pend[k].renamed;
		b->created[k] = b->pend[k].change == PUBLISH_NEW;
	}
	for (k = 0; k < nset; k++) {
		if (rc == EXIT_OK)
			publish_finish(set[k]);
		else
			publish_abort(set[k]);
	}
	if (b->cf != NULL)
		doc_set_end(catfeeds_docs(b->cf), rc == EXIT_OK);
	if (archiving(b))
		doc_set_end(archives_docs(b->arc), rc == EXIT_OK);
	return rc;
}

static bool	names_hubs(const struct feed_format *);
static bool	builds_served(const struct build *);

/* Whether the set changes a feed that WebSub hubs are told of (owe_hubs). */
static bool
changes_topics(struct build *b)
{
	size_t	 k;

	if (b->st.nhubs == 0 || !builds_served(b))
		return false;
	for (k = 0; k < b->nfmt; k++)
		if (names_hubs(b->fmt[k]) &&
		    publish_change(&b->pend[k]) != PUBLISH_SAME)
			return true;
	return b->cf != NULL && doc_set_renames_any(catfeeds_docs(b->cf));
}

/* Writes, checks and publishes every format; the caller holds the lock. */
static int
publish_all(struct build *b)
{
	static const char *const state_names[] = { LEDGER_FILE,
	    HUB_PENDING_FILE, VERIFIED_FILE };
	struct pending	*set[NFORMATS + 1] = { NULL };
	size_t		 k, n;
	int		 rc;

	if ((rc = check_destination(b, false)) != EXIT_OK)
		return rc;
	/*
	 * Under the lock: a live writer holds a flock on its temporary files,
	 * and only a build of this feed makes backups.
	 */
	publish_cleanup(b->output_dir, b->fname, b->nfmt, removed_tmp, b);
	publish_cleanup(b->feeddir, state_names, 3, removed_tmp, b);
	if ((rc = write_checked(b, NULL)) != EXIT_OK)
		return rc;
	(void)test_hook("after-write", NULL);
	if ((rc = write_ledger(b)) == 1) {
		b->ledger_kept = true;
		rc = EXIT_OK;
		n = publish_set(b, set, false);
	} else
		n = publish_set(b, set, rc == EXIT_OK);
	/* Every file on disk before any is renamed: a late ENOSPC stops them all. */
	for (k = 0; k < n && rc == EXIT_OK; k++) {
		if (publish_sync(set[k]) == -1) {
			msg_error(set[k]->final, 0, "cannot write: %s; "
			    "nothing was published", strerror(errno));
			rc = EXIT_WRITE;
		}
	}
	if (rc == EXIT_OK && b->cf != NULL &&
	    doc_set_sync(catfeeds_docs(b->cf)) == -1)
		rc = EXIT_WRITE;
	if (rc == EXIT_OK && archiving(b) &&
	    doc_set_sync(archives_docs(b->arc)) == -1)
		rc = EXIT_WRITE;
	if (rc == EXIT_OK && !b->cut_off && builds_served(b)) {
		bool	 archives = n > b->nfmt && archiving(b);

		if (archives || changes_topics(b))
			rc = publishing_mark(b, archives);
	}
	if (rc == EXIT_OK) {
		/*
		 * From the first backup to the last rename, SIGTERM and the like
		 * wait; once the set is published, until what the hubs are owed
		 * is written too (build_feed), so that a stopped build leaves
		 * them to the next.
		 */
		publish_hold_signals(true);
		if ((rc = keep_old(b, set, n)) == EXIT_OK)
			rc = switch_set(b, set, n, n > b->nfmt);
		if (rc == EXIT_OK)
			b->holding = true;
		else
			publish_hold_signals(false);
	}
	/*
	 * Kept while the set may be mixed: a killed build's, until a build
	 * publishes, and this one's if a failure was not put back whole.
	 */
	if (rc == EXIT_OK && (b->marked || b->cut_off)) {
		/* With hubs, once what they are owed is written (build_feed). */
		if (b->st.nhubs > 0)
			b->unmark_later = true;
		else
			publishing_unmark(b);
	} else if (rc != EXIT_OK && b->marked && !b->mixed)
		publishing_unmark(b);
	if (rc != EXIT_OK)
		abort_set(b, set, n);
	return rc;
}

static const char *
tmp_folder(void)
{
	const char	*t = getenv("TMPDIR");

	return t != NULL && t[0] == '/' ? t : "/tmp";
}

/* --dry-run: writes and checks in the temporary folder, says what would change. */
static int
preview(struct build *b)
{
	static const char *const what[] = {
		[PUBLISH_NEW] = "would be created",
		[PUBLISH_CHANGED] = "would be replaced",
		[PUBLISH_SAME] = "unchanged",
	};
	struct pending	*set[NFORMATS + 1] = { NULL };
	size_t		 k, n;
	int		 rc;

	if ((rc = check_destination(b, true)) != EXIT_OK ||
	    (rc = write_checked(b, tmp_folder())) != EXIT_OK)
		return rc;
	/*
	 * As the build would, and undone at once: a feed folder that cannot
	 * take the new ledger, or an immutable file, shows here.
	 */
	n = publish_set(b, set, false);
	if ((rc = preview_ledger(b, tmp_folder())) != EXIT_OK ||
	    (rc = keep_old(b, set, n)) != EXIT_OK) {
		abort_set(b, set, n);
		return rc;
	}
	for (k = 0; k < b->nfmt; k++) {
		if (b->o->tally != NULL &&
		    publish_change(&b->pend[k]) != PUBLISH_SAME)
			b->o->tally->changed++;
		printf("%s: %s (%zu %s, %lld bytes)\n", b->pend[k].final,
		    what[publish_change(&b->pend[k])], b->picks.n,
		    b->picks.n == 1 ? "entry" : "entries", b->size[k]);
		publish_abort(&b->pend[k]);
	}
	if (b->cf != NULL) {
		size_t would = doc_set_preview(catfeeds_docs(b->cf), stdout);

		if (b->o->tally != NULL)
			b->o->tally->changed += would;
		doc_set_end(catfeeds_docs(b->cf), false);
	}
	if (archiving(b)) {
		size_t would = doc_set_preview(archives_docs(b->arc), stdout);

		if (b->o->tally != NULL)
			b->o->tally->changed += would;
		doc_set_end(archives_docs(b->arc), false);
	}
	return EXIT_OK;
}

/* --stdout FORMAT: writes and checks in the temporary folder, then copies. */
static int
to_stdout(struct build *b)
{
	int	 rc;

	if ((rc = write_checked(b, tmp_folder())) != EXIT_OK)
		return rc;
	fflush(stdout);
	if (publish_copy(&b->pend[0], STDOUT_FILENO) == -1) {
		msg_error(NULL, 0, "cannot write to standard output: %s",
		    strerror(errno));
		return EXIT_WRITE;
	}
	return EXIT_OK;
}

/*
 * The page or the fragment cannot take the name of the folder DIR, which
 * the build fills with WHAT when SETTING is on: one would replace the
 * other at every publish.
 */
static int
folder_name(const struct build *b, const char *dir, const char *what,
    const char *setting)
{
	if (b->st.page != NULL && strcmp(b->st.page, dir) == 0)
		msg_error(b->conf_path, b->st.page_line, "page: \"%s\" is the "
		    "folder of %s (%s)", dir, what, setting);
	else if (b->st.discovery != NULL && strcmp(b->st.discovery, dir) == 0)
		msg_error(b->conf_path, b->st.discovery_line, "discovery: "
		    "\"%s\" is the folder of %s (%s)", dir, what, setting);
	else
		return 0;
	return -1;
}

static int
folder_names(const struct build *b)
{
	if (b->st.category_feeds && folder_name(b, CATEGORY_DIR,
	    "the category feeds", "category-feeds = yes") == -1)
		return -1;
	if (b->st.archive_size > 0 && folder_name(b, ARCHIVE_DIR,
	    "the archive documents", "archive-size") == -1)
		return -1;
	return 0;
}

/*
 * Refuses an output folder or file name that would overwrite an input.
 * Every format the settings turn on is checked, with --stdout and
 * --dry-run too: they say what the build would do.
 */
static int
check_outputs(struct build *b)
{
	struct output_name	 names[NFORMATS];
	struct parse_error	 err;
	const char		*name;
	size_t			 k, n = 0;

	for (k = 0; k < NFORMATS; k++) {
		if ((name = feed_format_file(k, &b->st)) == NULL)
			continue;
		names[n].name = name;
		names[n].key = NULL;
		names[n].line = 0;
		if (feed_formats[k] == &format_page) {
			names[n].key = "page";
			names[n].line = b->st.page_line;
		} else if (feed_formats[k] == &format_discovery) {
			names[n].key = "discovery";
			names[n].line = b->st.discovery_line;
		}
		n++;
	}
	if (outputs_check(b->feeddir, &b->st, b->o->output, names, n,
	    &err) == 0 && (!b->st.category_feeds ||
	    outputs_check_tree(b->feeddir, &b->st, b->o->output, CATEGORY_DIR,
	    "category-feeds", b->st.category_feeds_line, &err) == 0) &&
	    (b->st.archive_size == 0 || outputs_check_tree(b->feeddir, &b->st,
	    b->o->output, ARCHIVE_DIR, "archive-size",
	    b->st.archive_size_line, &err) == 0))
		return folder_names(b);
	if (err.line == 0 && b->o->output != NULL)
		msg_error(b->o->output, 0, "%s", err.msg);
	else
		msg_error(b->conf_path, err.line, "%s", err.msg);
	return -1;
}

/*
 * Chooses the formats to write: those the settings turn on, or --stdout's.
 * A --stdout FORMAT the settings turn off is this command line's mistake
 * (status 2), not a bad setting: it says which setting would turn it on.
 */
static int
select_formats(struct build *b)
{
	const char	*name;
	size_t		 k;

	for (k = 0; k < NFORMATS; k++) {
		if (b->o->stdout_format != NULL &&
		    strcmp(feed_formats[k]->name, b->o->stdout_format) != 0)
			continue;
		if ((name = feed_format_file(k, &b->st)) != NULL) {
			b->fmt[b->nfmt] = feed_formats[k];
			b->fname[b->nfmt++] = name;
		}
	}
	if (b->nfmt == 0 && b->o->stdout_format != NULL)
		return usage_error("build", "--stdout %s: %s is off in %s "
		    "(set %s = yes)", b->o->stdout_format, b->o->stdout_format,
		    b->conf_path, b->o->stdout_format);
	return EXIT_OK;
}

static void
summary(const struct build *b, const struct timespec *t0)
{
	struct buf	 s;
	char		 tmp[128];
	size_t		 k;

	buf_init(&s);
	snprintf(tmp, sizeof(tmp), "%zu %s", b->picks.n,
	    b->picks.n == 1 ? "entry" : "entries");
	buf_adds(&s, tmp);
	if (b->nbad > 0) {
		snprintf(tmp, sizeof(tmp), " (%lu bad %s left out)",
		    b->nbad, b->nbad == 1 ? "record" : "records");
		buf_adds(&s, tmp);
	}
	for (k = 0; k < b->nfmt; k++) {
		snprintf(tmp, sizeof(tmp), ", %s %lld bytes %s",
		    b->fname[k], b->size[k],
		    b->o->stdout_format != NULL ? "to standard output" :
		    b->o->dry_run ? "checked" :
		    b->changed[k] ? "published" : "unchanged");
		buf_adds(&s, tmp);
	}
	if (b->cf != NULL && b->o->stdout_format == NULL) {
		size_t		 files;
		long long	 bytes;

		doc_set_count(catfeeds_docs(b->cf), &files, &bytes);
		snprintf(tmp, sizeof(tmp), ", %zu category feed %s %lld bytes",
		    files, files == 1 ? "file" : "files", bytes);
		buf_adds(&s, tmp);
	}
	note(b->feeddir, "%s, %.2f s", s.data, seconds_since(t0));
	buf_free(&s);
}

/* Counts the files of SET the publish changed and, with -v, names each. */
static void
tell_doc_changes(const struct build *b, const struct doc_set *set)
{
	const struct doc_change *ch;
	size_t	 k, n;

	ch = doc_set_changes(set, &n);
	for (k = 0; k < n; k++) {
		if (b->o->tally != NULL)
			b->o->tally->changed++;
		if (b->o->verbosity >= BUILD_VERBOSE)
			note(ch[k].path, "%s", ch[k].what);
	}
}

/*
 * The ledger and the feed the next build checks it against, if this set
 * holds that feed: recorded as a pair that needs no check (verified.h).
 */
static void
record_verified(const struct build *b)
{
	char			*paths[NFORMATS];
	struct stat		 st[NFORMATS], lst;
	const struct stat	*left[NFORMATS], *ledger = NULL;
	size_t			 k;

	/* Written by this set, or left alone as read. */
	if (!b->ledger_kept) {
		if (!publish_left(&b->lpend, &lst))
			return;
		ledger = &lst;
	}
	for (k = 0; k < b->nfmt; k++) {
		paths[k] = path_join(b->output_dir, b->fname[k]);
		left[k] = publish_left(&b->pend[k], &st[k]) ? &st[k] : NULL;
	}
	continuity_verified(&b->cont, b->output_dir, ledger,
	    (const char *const *)paths, left, b->nfmt);
	for (k = 0; k < b->nfmt; k++)
		free(paths[k]);
}

/*
 * After a publish: counts the files that changed and, with -v, names
 * each, so that a cron job can act on change alone.
 */
static void
tell_changes(const struct build *b)
{
	size_t	 k;

	for (k = 0; k < b->nfmt; k++) {
		if (!b->changed[k])
			continue;
		if (b->o->tally != NULL)
			b->o->tally->changed++;
		if (b->o->verbosity >= BUILD_VERBOSE) {
			char	*path = path_join(b->output_dir, b->fname[k]);

			note(path, "%s", b->created[k] ? "created" :
			    "replaced");
			free(path);
		}
	}
	if (b->cf != NULL)
		tell_doc_changes(b, catfeeds_docs(b->cf));
	if (archiving(b))
		tell_doc_changes(b, archives_docs(b->arc));
}

/* Whether files of format F name the hubs: Atom, RSS and JSON Feed do. */
static bool
names_hubs(const struct feed_format *f)
{
	return f == &format_atom || f == &format_rss || f == &format_json;
}

/*
 * The URL of the published file PATH, or NULL if it is not in the output
 * folder. The folder may be given as "public", "public/" or "public//":
 * path_join() adds a '/' only when it ends in none.
 */
static char *
topic_of(const struct build *b, const char *path)
{
	size_t		 out = strlen(b->output_dir);
	const char	*rel = path + out;

	if (strncmp(path, b->output_dir, out) != 0 ||
	    ((out == 0 || b->output_dir[out - 1] != '/') && *rel != '/'))
		return NULL;
	while (*rel == '/')
		rel++;
	return *rel == '\0' ? NULL : path_join(b->st.feed_url, rel);
}

/*
 * Whether the feeds served at feed-url are the ones built: those of the
 * output setting's folder. -o naming another folder (a preview, a copy)
 * changed none of them; -o naming that one, however spelled, is a build
 * like any other.
 */
static bool
builds_served(const struct build *b)
{
	struct stat	 o, s;
	char		*setting;
	bool		 same;

	if (b->o->output == NULL)
		return true;
	setting = feed_path(b->feeddir, b->st.output);
	same = stat(b->output_dir, &o) == 0 && stat(setting, &s) == 0 &&
	    o.st_dev == s.st_dev && o.st_ino == s.st_ino;
	free(setting);
	return same;
}

/*
 * Once the set is published, under the lock still: what the feed's
 * WebSub hubs are owed, which of the feeds that name them (Atom, RSS,
 * and JSON Feed's "hubs") changed, and what earlier builds could not tell
 * them (hub_pending.h), written ahead. NULL: nobody is told.
 */
static struct hub_owed *
owe_hubs(const struct build *b)
{
	const struct doc_change *ch = NULL;
	const struct doc_set *cs = NULL;
	struct hub_notice n;
	struct hub_owed	*owed;
	char	**topics, *path, *lock_path;
	size_t	 k, j, nt = 0, nch = 0, ncs = 0, nchanged = 0;

	if (b->o->dry_run || b->o->stdout_format != NULL || !builds_served(b))
		return NULL;
	/* Category feeds name the hubs too: each is a topic of its own. */
	if (b->cf != NULL) {
		cs = catfeeds_docs(b->cf);
		ch = doc_set_changes(cs, &nch);
		ncs = cs->n * cs->nfmt;
	}
	/* The changed feeds first, then every published one. */
	topics = xcalloc(2 * (b->nfmt + ncs) + 1, sizeof(*topics));
	for (k = 0; k < b->nfmt; k++)
		if (b->changed[k] && names_hubs(b->fmt[k]))
			topics[nt++] = path_join(b->st.feed_url,
			    b->fmt[k]->filename);
	for (k = 0; k < nch; k++)
		if (strcmp(ch[k].what, "removed") != 0 &&
		    (topics[nt] = topic_of(b, ch[k].path)) != NULL)
			nt++;
	nchanged = nt;
	for (k = 0; k < b->nfmt; k++)
		if (names_hubs(b->fmt[k]))
			topics[nt++] = path_join(b->st.feed_url,
			    b->fmt[k]->filename);
	for (k = 0; cs != NULL && k < cs->n; k++)
		for (j = 0; j < cs->nfmt; j++) {
			path = path_join(cs->v[k].dir, cs->fmt[j]->filename);
			if ((topics[nt] = topic_of(b, path)) != NULL)
				nt++;
			free(path);
		}
	memset(&n, 0, sizeof(n));
	n.feeddir = b->feeddir;
	n.conf_path = b->conf_path;
	n.lock_path = lock_path = path_join(b->feeddir, BUILD_LOCK_FILE);
	n.wait_ms = b->o->wait_ms;
	n.hubs = b->st.hubs;
	n.lines = b->st.hub_lines;
	n.nhubs = b->st.nhubs;
	n.changed = (const char *const *)topics;
	n.nchanged = nchanged;
	n.published = (const char *const *)topics + nchanged;
	n.npublished = nt - nchanged;
	n.tell_all = b->cut_off;
	n.warn = b->o->verbosity >= BUILD_NORMAL;
	n.verbose = b->o->verbosity >= BUILD_VERBOSE;
	owed = hub_pending_owe(&n);
	free(lock_path);
	while (nt > 0)
		free(topics[--nt]);
	free(topics);
	return owed;
}

static void
build_free(struct build *b)
{
	size_t	 k;

	for (k = 0; k < b->nfmt; k++)
		publish_abort(&b->pend[k]);
	publish_abort(&b->lpend);
	if (b->has_cont)
		continuity_free(&b->cont);
	free(b->conf_path);
	free(b->articles_dir);
	if (b->articles_fd != -1)
		close(b->articles_fd);
	free(b->output_dir);
	settings_free(&b->st);
	tz_free(b->tz);
	picks_free(&b->picks);
	free(b->edits);
	buf_free(&b->text);
	buf_free(&b->slug);
	entry_scratch_free(&b->idscratch);
	idset_free(&b->ids);
	catfeeds_free(b->cf);
	archives_free(b->arc);
}

/* Reads the records and chooses the entries; reports bad records. */
static int
gather(struct build *b)
{
	struct timespec	 now;
	int		 rc;

	clock_gettime(CLOCK_REALTIME, &now);
	b->began = (int64_t)now.tv_sec;
	/* Written only by what holds the lock: a preview changes nothing. */
	b->cache = record_cache_open(b->feeddir, &b->ropts, !b->o->dry_run &&
	    b->o->stdout_format == NULL, b->o->verbosity >= BUILD_VERBOSE);
	/* Kept open: pass two reads the records of the folder listed. */
	rc = (b->articles_fd = articles_open(b->articles_dir)) == -1 ? -1 :
	    articles_each_in(b->articles_fd, choose, b);
	record_cache_close(b->cache, rc == 0);
	b->cache = NULL;
	/* Every id is checked once in pass one: its set is not kept for pass two. */
	idset_free(&b->ids);
	idset_init(&b->ids);
#ifdef HAVE_MALLOC_TRIM
	/*
	 * What pass one freed (the id set, the records read) lies between
	 * what it keeps, where the checking threads, in arenas of their
	 * own, would never use it: give it back before they start.
	 */
	malloc_trim(0);
#endif
	if (rc == -1) {
		msg_error(b->articles_dir, 0, "cannot read folder: %s",
		    strerror(errno));
		return EXIT_BAD_INPUT;
	}
	if (b->cont.nchurn > 0) {
		msg_error(b->feeddir, 0, "%lu published %s would change; "
		    "nothing was published (--accept-id-changes publishes %s "
		    "under the new %s)", b->cont.nchurn, b->cont.nchurn == 1 ?
		    "id" : "ids", b->cont.nchurn == 1 ? "it" : "them",
		    b->cont.nchurn == 1 ? "id" : "ids");
		return EXIT_BAD_INPUT;
	}
	if (b->nbad > 0 && !b->o->skip_bad) {
		msg_error(b->feeddir, 0, "%lu of %lu records are bad; nothing "
		    "was published", b->nbad, b->nrecords);
		return EXIT_BAD_INPUT;
	}
	if (b->picks.n == 0) {
		if (b->nbad > 0)
			msg_error(b->feeddir, 0, "all %lu records are bad; "
			    "nothing was published", b->nrecords);
		else
			msg_error(b->articles_dir, 0, "no article records "
			    "(*%s); nothing was published", RECORD_SUFFIX);
		return EXIT_BAD_INPUT;
	}
	if (b->nbad > 0)
		msg_error(b->feeddir, 0, "%lu of %lu records are bad and are "
		    "left out (--skip-bad-records)", b->nbad, b->nrecords);
	picks_sort(&b->picks);
	if (b->arc != NULL)
		archives_plan(b->arc, &b->picks, b->output_dir, b->cut_off);
	b->reading = b->cf != NULL ? catfeeds_reading(b->cf, &b->picks) :
	    &b->picks;
	if (b->nedits > 0)
		find_edits(b);
	return EXIT_OK;
}

int
build_tell_hubs(struct build_hubs *later)
{
	size_t	 i;
	int	 rc = EXIT_OK;

	for (i = 0; i < later->n; i++)
		if (hub_pending_tell(later->v[i].owed) > 0 &&
		    later->v[i].status == EXIT_OK)
			rc = EXIT_HUB;
	free(later->v);
	later->v = NULL;
	later->n = 0;
	return rc;
}

int
build_feed(const char *feeddir, const struct build_opts *o,
    struct build_hubs *later)
{
	struct build	 b;
	struct lock	 lk = { -1 };
	struct hub_owed	*owed = NULL;
	struct timespec	 t0;
	char		*lock_path = NULL;
	size_t		 k;
	int		 rc, r;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	memset(&b, 0, sizeof(b));
	for (k = 0; k < NFORMATS; k++)
		b.pend[k].fd = -1;
	b.lpend.fd = -1;
	b.articles_fd = -1;
	b.feeddir = feeddir;
	b.o = o;
	b.conf_path = path_join(feeddir, SETTINGS_FILE);
	buf_init(&b.text);
	buf_init(&b.slug);
	entry_scratch_init(&b.idscratch);
	idset_init(&b.ids);
	if (feed_conf_load(b.conf_path, &b.st, &b.tz) == -1) {
		rc = EXIT_BAD_INPUT;
		goto out;
	}
	b.articles_dir = feed_path(feeddir, b.st.articles);
	b.output_dir = o->output != NULL ? xstrdup(o->output) :
	    feed_path(feeddir, b.st.output);
	b.ropts.tz = b.tz;
	b.ropts.tz_name = b.st.timezone;
	b.ropts.trailers = b.st.trailers;
	b.ropts.ntrailers = b.st.ntrailers;
	picks_init(&b.picks, b.st.max_entries);
	/* --stdout writes one file: the category feeds are not made. */
	if (b.st.category_feeds && o->stdout_format == NULL)
		b.cf = catfeeds_new(&b.st, PACKAGE_VERSION);
	if (check_outputs(&b) == -1) {
		rc = EXIT_BAD_INPUT;
		goto out;
	}
	if ((rc = select_formats(&b)) != EXIT_OK)
		goto out;

	/* Only what publishes takes the lock; a preview reads and writes elsewhere. */
	if (!o->dry_run && o->stdout_format == NULL) {
		lock_path = path_join(feeddir, BUILD_LOCK_FILE);
		if ((r = lock_take(&lk, lock_path, o->wait_ms)) == -1) {
			msg_error(lock_path, 0, "cannot open the lock file: %s",
			    strerror(errno));
			rc = EXIT_WRITE;
			goto out;
		}
		if (r == 1) {
			/* Named as it was given. */
			if (o->wait_ms == 0)
				msg_error(lock_path, 0, "another build of this "
				    "feed is running; not waiting (%s)",
				    o->no_wait ? "--no-wait" : "--wait 0");
			else
				msg_error(lock_path, 0, "another build of this "
				    "feed is running; gave up after %ld s",
				    (o->wait_ms + 999) / 1000);
			rc = EXIT_LOCKED;
			goto out;
		}
		(void)test_hook("after-lock", NULL);
	}
	b.has_cont = true;
	if ((rc = continuity_open(&b.cont, feeddir, b.articles_dir,
	    b.output_dir, &b.st, b.tz, o->accept_id_changes)) != EXIT_OK)
		goto out;
	if (b.st.archive_size > 0)
		b.arc = archives_new(&b.st, &b.cont.ledger, &b.cont.now,
		    PACKAGE_VERSION);
	/* What a killed build left in their folders is said as in the top one. */
	if (b.arc != NULL) {
		archives_docs(b.arc)->removed = removed_tmp;
		archives_docs(b.arc)->removed_ctx = &b;
	}
	if (b.cf != NULL) {
		catfeeds_docs(b.cf)->removed = removed_tmp;
		catfeeds_docs(b.cf)->removed_ctx = &b;
	}
	if (o->stdout_format == NULL && builds_served(&b) &&
	    (b.cut_off = publishing_there(&b)) &&
	    b.arc != NULL && o->verbosity >= BUILD_NORMAL)
		msg_warn(b.feeddir, 0, "the last build was stopped while it "
		    "published; every archive document is written again");
	if ((rc = gather(&b)) != EXIT_OK)
		goto out;
	if (o->stdout_format != NULL)
		rc = to_stdout(&b);
	else if (o->dry_run)
		rc = preview(&b);
	else if ((rc = publish_all(&b)) == EXIT_OK) {
		if (b.has_cont) {
			continuity_redate(&b.cont);
			/*
			 * After the redate, which changes the ledger's times
			 * when the clock was behind it: its pair recorded then
			 * is no longer the file, and the next build checks,
			 * once (the safe way).
			 */
			record_verified(&b);
		}
		tell_changes(&b);
	}
	if (rc == EXIT_OK && o->verbosity >= BUILD_VERBOSE)
		summary(&b, &t0);
	if (rc == EXIT_OK && b.nbad > 0)
		rc = EXIT_SKIPPED;
out:
	/*
	 * The publish is complete: what the hubs are owed is written under
	 * the lock, and they are asked without it, once every feed of the
	 * command is published (a slow hub must hold up neither).
	 */
	if ((rc == EXIT_OK || rc == EXIT_SKIPPED) &&
	    (owed = owe_hubs(&b)) != NULL) {
		later->v = xreallocarray(later->v, later->n + 1,
		    sizeof(*later->v));
		later->v[later->n].owed = owed;
		later->v[later->n].status = rc;
		later->n++;
	}
	/* Kept if what the hubs are owed could not be written ahead. */
	if (b.unmark_later && (owed == NULL || hub_pending_ahead(owed)))
		publishing_unmark(&b);
	if (b.holding)
		publish_hold_signals(false);
	lock_release(&lk);
	build_free(&b);
	free(lock_path);
	return rc;
}

const char *
build_format_name(size_t i)
{
	return i < NFORMATS ? feed_formats[i]->name : NULL;
}
