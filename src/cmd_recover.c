/*
 * cmd_recover: "feedwright recover FEEDDIR", which rebuilds a lost or
 * damaged ledger (FEEDDIR/ledger.tsv) from what readers already have: the
 * subscription feed, its archive documents and the category feeds, and
 * its tombstones; so that the next build keeps their ids, dates and
 * archive documents. Each published entry is tied to its record by the
 * slug at the end of its link or id, or else by its title and published
 * date; see feedwright(1).
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "archives.h"
#include "articles.h"
#include "build.h"
#include "category_feeds.h"
#include "continuity.h"
#include "commands.h"
#include "date.h"
#include "feed.h"
#include "feed_conf.h"
#include "ledger.h"
#include "jsonparse.h"
#include "lock.h"
#include "number.h"
#include "publish.h"
#include "published_feed.h"
#include "record.h"
#include "settings.h"
#include "tz.h"
#include "usage.h"
#include "uri.h"
#include "utf8.h"
#include "util.h"

#define MAX_RECORD_SIZE (16 * 1024 * 1024)
#define MAX_JSON_SIZE	(64 * 1024 * 1024)

static const char usage_text[] =
"Usage: feedwright recover FEEDDIR\n"
"Rebuild the ledger of a feed folder (FEEDDIR/ledger.tsv) from the feed\n"
"it published (atom.xml, or rss.xml when there is no Atom feed), its\n"
"archive documents and category feeds, keeping the ids, dates and archive\n"
"documents readers already have, and, from atom.xml's tombstones, the\n"
"records deleted in the last 30 days. Each published entry is tied to its\n"
"record by the slug that ends its link or id (the record whose id is the\n"
"entry's first), or else by its title and published date. From rss.xml,\n"
"updated dates come from feed.json. Rows of an old ledger that can still\n"
"be read are kept, each other one named. Prints what it did on standard\n"
"output.\n"
"\n"
"  -h, --help             show this help and exit\n"
"  -V, --version          show the version and exit\n"
"\n"
"Exit status:\n"
"  0  the ledger was rebuilt\n"
"  1  bad input: a bad setting, no published feed to rebuild it from, or\n"
"     one that cannot be read or tied to records; the ledger is as it was\n"
"  2  usage error\n"
"  3  could not write the ledger, which is as it was; or the ledger was\n"
"     rebuilt, but this report could not be written (the message says so);\n"
"     or out of memory\n"
"  4  a build of the feed held its lock for 60 s; the ledger is as it was\n";

/* What recover knows of a record: enough to match an entry's title and date. */
struct known {
	char	*slug;
	char	*title;
	int64_t	 published;
};

/* An entry as a published document shows it; one per id once merged. */
struct found {
	char		*id, *link, *title;	/* link, title: NULL if none */
	struct when	 published, updated;
	bool		 dated;		/* updated was published (not RSS alone) */
	int		 permalink;	/* RSS guid: -1 none, 0 false, 1 true */
	unsigned long	 archive;	/* the archive document it is in; 0: none */
	const char	*doc;		/* where it was read (rv->docs) */
	size_t		 order;		/* of reading: the subscription feed first */
};

/* An RFC 6721 tombstone of the subscription feed. */
struct tomb {
	char		*ref;
	struct when	 when;
};

/* An item's date_modified in a published JSON Feed, by its id's URI. */
struct modified {
	char		*key;
	struct when	 updated;
};

struct recover {
	const char		*feeddir;
	char			*articles_dir;
	struct settings		 st;
	struct tz		*tz;
	struct record_opts	 ropts;
	struct known		*k;
	size_t			 nk;
	bool			 scanned;
	bool			 rss;		/* recovered from rss.xml */
	char			**docs;		/* the documents read */
	size_t			 ndocs;
	struct found		*f;		/* their entries */
	size_t			 nf, capf;
	struct tomb		*t;
	size_t			 nt;
	unsigned long		 newest;	/* archive document; 0: none */
};

static char *
feed_path(const char *feeddir, const char *p)
{
	return p[0] == '/' ? xstrdup(p) : path_join(feeddir, p);
}

static bool
record_exists(const struct recover *rv, const char *slug)
{
	struct stat	 sb;
	char		*path = articles_record_path(rv->articles_dir, slug);
	bool		 yes;

	yes = lstat(path, &sb) == 0 && S_ISREG(sb.st_mode);
	free(path);
	return yes;
}

/*
 * The last segment of a link ("https://x/news/SLUG?q#f" and ".../SLUG/"
 * give SLUG) or of an id (after its last '/' or ':'), into out (cleared).
 */
static void
last_segment(const char *s, bool id, struct buf *out)
{
	size_t	 end = strcspn(s, id ? "" : "?#"), start;

	while (end > 0 && s[end - 1] == '/')
		end--;
	for (start = end; start > 0 && s[start - 1] != '/' &&
	    (!id || s[start - 1] != ':'); start--)
		;
	buf_clear(out);
	buf_add(out, s + start, end - start);
}

/*
 * Whether S[0..N), decoded, can be a record's name: UTF-8 text with no
 * control character, no "/", and not "." or "..".
 */
static bool
name_ok(const char *s, size_t n)
{
	size_t		 at, i;
	uint32_t	 cp;

	if (n == 0 || text_check(s, n, &at, &cp) != TEXT_OK ||
	    memchr(s, '/', n) != NULL || strcmp(s, ".") == 0 ||
	    strcmp(s, "..") == 0)
		return false;
	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] < 0x20)
			return false;
	return true;
}

/*
 * SEG percent-decoded, as build percent-encodes the slug it puts in a
 * link ("a b" is "a%20b"), if that can be a record's name; else NULL.
 */
static char *
decoded_name(const struct buf *seg)
{
	struct buf	 plain;

	buf_init(&plain);
	if (uri_percent_decode(&plain, seg->data, seg->len) &&
	    name_ok(plain.data, plain.len))
		return buf_steal(&plain);
	buf_free(&plain);
	return NULL;
}

/* The record name SEG stands for: decoded if it can be, else as written. */
static char *
slug_of(const struct buf *seg)
{
	char	*name = decoded_name(seg);

	return name != NULL ? name : xstrdup(seg->data != NULL ? seg->data :
	    "");
}

/*
 * SEG, a record's name as a link or id ends with it, if there is such a
 * record: the decoded name is tried first, then the name as written.
 */
static char *
record_named(const struct recover *rv, const struct buf *seg)
{
	char	*name = decoded_name(seg);

	if (name != NULL && record_exists(rv, name))
		return name;
	free(name);
	return record_exists(rv, seg->data) ? xstrdup(seg->data) : NULL;
}

static int
know(void *ctx, int dirfd, const char *name)
{
	struct recover		*rv = ctx;
	struct buf		 text;
	struct record		 r;
	struct parse_error	 err;
	mode_t			 type;

	buf_init(&text);
	if (read_input_at(dirfd, name, false, MAX_RECORD_SIZE, &text,
	    &type) == 0 &&
	    record_parse(text.data, text.len, &rv->ropts, &r, &err) == 0) {
		rv->k = xreallocarray(rv->k, rv->nk + 1, sizeof(*rv->k));
		rv->k[rv->nk].slug = articles_slug(name);
		rv->k[rv->nk].title = xstrndup(r.title.p, r.title.n);
		/* As the published title is read: white space collapsed. */
		feed_keys_collapse(rv->k[rv->nk].title);
		rv->k[rv->nk++].published = r.published;
		record_free(&r);
	}
	buf_free(&text);
	return 0;
}

/* The record with TITLE and published date PUBLISHED, or NULL. */
static char *
slug_by_title(struct recover *rv, const char *title, int64_t published)
{
	size_t	 i;

	if (title == NULL)
		return NULL;
	if (!rv->scanned) {
		(void)articles_each_at(rv->articles_dir, know, rv);
		rv->scanned = true;
	}
	for (i = 0; i < rv->nk; i++)
		if (strcmp(rv->k[i].title, title) == 0 &&
		    rv->k[i].published == published)
			return xstrdup(rv->k[i].slug);
	return NULL;
}

static int
parse_date(const char *s, bool rss, struct when *w)
{
	struct date_value	 d;

	if (s == NULL || (rss ? dateparse_rfc822(s, strlen(s), &d) :
	    dateparse_rfc3339(s, strlen(s), &d)) != DATE_OK)
		return -1;
	w->offset = d.offset_min * 60;
	w->t = civil_to_seconds(&d.c) - w->offset;
	return 0;
}

static int
cmp_modified(const void *a, const void *b)
{
	return strcmp(((const struct modified *)a)->key,
	    ((const struct modified *)b)->key);
}

/*
 * The date_modified of each item of the JSON Feed at PATH, keyed by the
 * URI of its id (an RSS permalink guid is that URI), sorted; *N of them.
 * Nothing when there is no such file or it cannot be read.
 */
static struct modified *
json_modified(const char *path, size_t *n)
{
	const struct jnode	*items, *it, *id, *mod;
	struct modified		*v = NULL;
	struct jnode		*root;
	struct jparse		 jp;
	struct buf		 text, key;
	struct when		 w;

	*n = 0;
	buf_init(&text);
	if (read_file_nofollow(path, MAX_JSON_SIZE, &text) == -1) {
		buf_free(&text);
		return NULL;
	}
	memset(&jp, 0, sizeof(jp));
	/* Not ours if it is that large: a budget, as the validator's. */
	jp.budget = 4 * text.len + 65536;
	root = json_parse(&jp, text.data != NULL ? text.data : "", text.len);
	buf_free(&text);
	if (root == NULL)
		return NULL;
	items = root->type == J_OBJECT ? json_get(root, "items") : NULL;
	buf_init(&key);
	for (it = items != NULL && items->type == J_ARRAY ? items->kids : NULL;
	    it != NULL; it = it->next) {
		if (it->type != J_OBJECT ||
		    (id = json_get(it, "id")) == NULL || id->type != J_STRING ||
		    (mod = json_get(it, "date_modified")) == NULL ||
		    mod->type != J_STRING || parse_date(mod->str, false,
		    &w) == -1)
			continue;
		buf_clear(&key);
		uri_from_iri(&key, id->str, id->len);
		v = xreallocarray(v, *n + 1, sizeof(*v));
		v[*n].key = xstrdup(key.data);
		v[(*n)++].updated = w;
	}
	buf_free(&key);
	json_free(root);
	if (*n > 1)
		qsort(v, *n, sizeof(*v), cmp_modified);
	return v;
}

/* The updated feed.json gives an RSS item of guid ID; false: none. */
static bool
modified_find(const struct modified *v, size_t n, const char *id,
    struct when *w)
{
	const struct modified	*hit;
	struct modified		 key;
	struct buf		 u;

	if (n == 0)
		return false;
	buf_init(&u);
	uri_from_iri(&u, id, strlen(id));
	key.key = u.data;
	hit = bsearch(&key, v, n, sizeof(*v), cmp_modified);
	buf_free(&u);
	if (hit != NULL)
		*w = hit->updated;
	return hit != NULL;
}

/* Entry E of the published document DOC into rv->f. 0, or -1 reported. */
static int
found_add(struct recover *rv, const char *doc, const struct entry_keys *e,
    unsigned long archive, const struct modified *mod, size_t nmod)
{
	struct found	*fd;
	struct when	 published, updated;
	bool		 dated;
	char		 q[QUOTE_MAX];

	if (e->id == NULL) {
		msg_error(doc, 0, "an entry without an id (\"%s\"): it was not "
		    "published by feedwright", e->title ? e->title : "");
		return -1;
	}
	/* e->when: the published date, else the updated one. */
	if (parse_date(e->when, rv->rss, &published) == -1 &&
	    parse_date(e->updated, rv->rss, &published) == -1) {
		quote_into(q, e->id, strlen(e->id));
		msg_error(doc, 0, "the entry %s has no date that can be read",
		    q);
		return -1;
	}
	/* RSS has no updated: feed.json, published beside it, has. */
	dated = rv->rss ? modified_find(mod, nmod, e->id, &updated) :
	    parse_date(e->updated, false, &updated) == 0;
	if (!dated)
		updated = published;
	if (rv->nf == rv->capf) {
		rv->capf = rv->capf == 0 ? 64 : 2 * rv->capf;
		rv->f = xreallocarray(rv->f, rv->capf, sizeof(*rv->f));
	}
	fd = &rv->f[rv->nf];
	memset(fd, 0, sizeof(*fd));
	fd->id = xstrdup(e->id);
	fd->link = e->link != NULL ? xstrdup(e->link) : NULL;
	fd->title = e->title != NULL ? xstrdup(e->title) : NULL;
	fd->published = published;
	fd->updated = updated;
	fd->dated = dated;
	fd->permalink = e->permalink;
	fd->archive = archive;
	fd->doc = doc;
	fd->order = rv->nf++;
	return 0;
}

/* The tombstones of the subscription feed F (at DOC) into rv->t. */
static void
take_tombstones(struct recover *rv, const char *doc,
    const struct feed_keys *f)
{
	struct when	 w;
	size_t		 i;

	for (i = 0; i < f->ntomb; i++) {
		if (f->tomb[i].ref == NULL ||
		    parse_date(f->tomb[i].when, false, &w) == -1) {
			msg_warn(doc, f->tomb[i].line, "an at:deleted-entry "
			    "without a ref or a when that can be read: left "
			    "out");
			continue;
		}
		rv->t = xreallocarray(rv->t, rv->nt + 1, sizeof(*rv->t));
		rv->t[rv->nt].ref = xstrdup(f->tomb[i].ref);
		rv->t[rv->nt++].when = w;
	}
}

/*
 * The entries of the published document FILE in folder DIR into rv->f,
 * ARCHIVE its archive number (0: none). The subscription feed (MAIN)
 * must be read, and its tombstones are taken; another document that
 * cannot be read is warned about and left out. Returns 1 when read, 0
 * when left out, or -1 reported; *BAD counts the entries that cannot be
 * recovered, reported.
 */
static int
read_doc(struct recover *rv, const char *dir, const char *file,
    unsigned long archive, bool main, int *bad)
{
	struct feed_keys	 f;
	struct modified		*mod = NULL;
	char			*path = path_join(dir, file), *json, msg[256];
	size_t			 i, nmod = 0;

	rv->docs = xreallocarray(rv->docs, rv->ndocs + 1, sizeof(*rv->docs));
	rv->docs[rv->ndocs++] = path;
	if (published_feed_read(path, rv->rss, false, &f, msg,
	    sizeof(msg)) == -1) {
		if (main) {
			msg_error(path, 0, "cannot recover the ledger from it: "
			    "%s", msg);
			return -1;
		}
		msg_warn(path, 0, "cannot recover entries from it: %s; it is "
		    "left out", msg);
		return 0;
	}
	if (rv->rss) {
		json = path_join(dir, feed_formats[FEED_JSON]->filename);
		mod = json_modified(json, &nmod);
		free(json);
	}
	for (i = 0; i < f.n; i++)
		if (found_add(rv, path, &f.e[i], archive, mod, nmod) == -1)
			(*bad)++;
	if (main)
		take_tombstones(rv, path, &f);
	for (i = 0; i < nmod; i++)
		free(mod[i].key);
	free(mod);
	feed_keys_free(&f);
	return 1;
}

/* A folder of documents: its name, and its number under ARCHIVE_DIR. */
struct sub {
	char		*name;
	unsigned long	 num;
};

static int
cmp_sub(const void *a, const void *b)
{
	const struct sub *x = a, *y = b;

	if (x->num != y->num)
		return x->num < y->num ? -1 : 1;
	return strcmp(x->name, y->name);
}

/*
 * The documents (FILE) of each folder in OUT/TOP: the archive documents,
 * numbered (NUMBERED), or the category feeds. Returns the number read;
 * *BAD counts the entries that cannot be recovered, reported.
 */
static size_t
read_docs_in(struct recover *rv, const char *out, const char *top,
    bool numbered, const char *file, int *bad)
{
	struct dirent	*de;
	struct stat	 sb;
	struct sub	*v = NULL;
	DIR		*d;
	char		*dir = path_join(out, top), *sub, *path;
	size_t		 i, n = 0;
	unsigned long	 num = 0;
	int		 nread = 0;

	if ((d = opendir(dir)) == NULL) {
		if (errno != ENOENT && errno != ENOTDIR)
			msg_warn(dir, 0, "cannot read: %s; its documents are "
			    "left out", strerror(errno));
		free(dir);
		return 0;
	}
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.' || (numbered &&
		    (!number_unsigned(de->d_name, strlen(de->d_name),
		    ULONG_MAX, &num) || num == 0)))
			continue;
		v = xreallocarray(v, n + 1, sizeof(*v));
		v[n].name = xstrdup(de->d_name);
		v[n++].num = numbered ? num : 0;
	}
	closedir(d);
	if (n > 1)
		qsort(v, n, sizeof(*v), cmp_sub);
	for (i = 0; i < n; i++) {
		sub = path_join(dir, v[i].name);
		path = path_join(sub, file);
		/* Only documents published: a regular file, never a link. */
		if (lstat(path, &sb) == 0 && S_ISREG(sb.st_mode)) {
			nread += read_doc(rv, sub, file, v[i].num, false, bad);
			/* Even unread, it was the newest one published. */
			if (v[i].num > rv->newest)
				rv->newest = v[i].num;
		}
		free(path);
		free(sub);
		free(v[i].name);
	}
	free(v);
	free(dir);
	return (size_t)nread;
}

static int
cmp_found(const void *a, const void *b)
{
	const struct found *x = a, *y = b;
	int		 d = strcmp(x->id, y->id);

	if (d != 0)
		return d;
	return x->order < y->order ? -1 : x->order > y->order;
}

static void
found_free(struct found *fd)
{
	free(fd->id);
	free(fd->link);
	free(fd->title);
}

/*
 * One entry per id. An edited entry is in several documents: its
 * archived copy stays as it was, while the subscription and category
 * feeds show the edit. The newest updated (and its link and title) is
 * what readers were last given; the archive document the one that has it.
 */
static void
merge_found(struct recover *rv)
{
	struct found	*to, *o;
	char		*t;
	size_t		 i, j, k;

	if (rv->nf > 1)
		qsort(rv->f, rv->nf, sizeof(*rv->f), cmp_found);
	for (i = k = 0; i < rv->nf; i = j) {
		to = &rv->f[i];
		for (j = i + 1; j < rv->nf && strcmp(rv->f[j].id, to->id) == 0;
		    j++) {
			o = &rv->f[j];
			if (o->archive > 0 && (to->archive == 0 ||
			    o->archive < to->archive))
				to->archive = o->archive;
			if (o->dated && (!to->dated ||
			    o->updated.t > to->updated.t)) {
				t = to->link;
				to->link = o->link;
				o->link = t;
				t = to->title;
				to->title = o->title;
				o->title = t;
				to->updated = o->updated;
				to->dated = true;
				to->permalink = o->permalink;
				to->doc = o->doc;
			}
			found_free(o);
		}
		rv->f[k++] = *to;
	}
	rv->nf = k;
}

/* Record SLUG's entry as the settings make it now. */
struct minted {
	char	*id;		/* an IRI, as Atom and JSON Feed carry it */
	char	*uri;		/* its URI, as an RSS permalink guid has it */
	char	*title;		/* white space collapsed */
	int64_t	 published;
};

static bool
minted_of(const struct recover *rv, const char *slug, struct minted *m)
{
	struct entry_scratch	 scratch;
	struct parse_error	 err;
	struct record		 r;
	struct span		 id, link;
	struct buf		 text, u;
	char			*path;
	mode_t			 type;
	bool			 ok = false;

	memset(m, 0, sizeof(*m));
	buf_init(&text);
	buf_init(&u);
	path = articles_record_path(rv->articles_dir, slug);
	entry_scratch_init(&scratch);
	if (read_input(path, false, MAX_RECORD_SIZE, &text, &type) == 0 &&
	    record_parse(text.data, text.len, &rv->ropts, &r, &err) == 0) {
		entry_id_link(&r, &rv->st, slug, &scratch, &id, &link);
		m->id = xstrndup(id.p, id.n);
		uri_from_iri(&u, id.p, id.n);
		m->uri = buf_steal(&u);
		m->title = xstrndup(r.title.p, r.title.n);
		feed_keys_collapse(m->title);
		m->published = r.published;
		record_free(&r);
		ok = true;
	}
	entry_scratch_free(&scratch);
	free(path);
	buf_free(&u);
	buf_free(&text);
	return ok;
}

static void
minted_free(struct minted *m)
{
	free(m->id);
	free(m->uri);
	free(m->title);
}

/*
 * The id of record SLUG, an IRI, if URL (an RSS guid) is its URL, as
 * write_rss.c writes it; else URL. Atom and JSON Feed carried the IRI.
 */
static char *
iri_of(const struct recover *rv, const char *slug, const char *url)
{
	struct minted	 m;
	char		*got;

	if (!minted_of(rv, slug, &m))
		return xstrdup(url);
	got = strcmp(m.uri, url) == 0 ? xstrdup(m.id) : xstrdup(url);
	minted_free(&m);
	return got;
}

/*
 * How surely record SLUG, named by the end of an entry's link or id, is
 * the entry's: its id is the entry's (as the templates or its Id field
 * make it now), or else its title and published date are, or else only
 * its name says so.
 */
enum tie { TIE_NAME, TIE_TITLE, TIE_ID };

static enum tie
tie_of(const struct recover *rv, const char *slug, const struct found *fd)
{
	struct minted	 m;
	enum tie	 t = TIE_NAME;

	if (!minted_of(rv, slug, &m))
		return TIE_NAME;
	if (strcmp(m.id, fd->id) == 0 || strcmp(m.uri, fd->id) == 0)
		t = TIE_ID;
	else if (fd->title != NULL && strcmp(m.title, fd->title) == 0 &&
	    m.published == fd->published.t)
		t = TIE_TITLE;
	minted_free(&m);
	return t;
}

/*
 * The record of entry FD, or NULL. The ends of its link and of its id
 * may name two records, as a Link field may point at any page ("Link:
 * .../beta" in alpha.txt): the one whose id is the entry's is taken, else
 * one with its title and date, else any record with them, else the first
 * named (link first). Each name is tried decoded, then as written, then
 * without an extension (".../SLUG.html").
 */
static char *
slug_of_entry(struct recover *rv, const struct found *fd)
{
	struct buf	 seg;
	char		*dot, *cand, *best = NULL, *other;
	enum tie	 t, bt = TIE_NAME;
	int		 i, j;

	buf_init(&seg);
	for (i = 0; i < 2 && bt != TIE_ID; i++) {
		const char *s = i == 0 ? fd->link : fd->id;

		if (s == NULL)
			continue;
		last_segment(s, i == 1, &seg);
		for (j = 0; j < 2 && seg.len > 0 && bt != TIE_ID; j++) {
			if (j == 1) {
				if ((dot = strrchr(seg.data, '.')) == NULL ||
				    dot == seg.data)
					break;
				*dot = '\0';
				seg.len = (size_t)(dot - seg.data);
			}
			if ((cand = record_named(rv, &seg)) == NULL)
				continue;
			if (best != NULL && strcmp(cand, best) == 0) {
				free(cand);
				continue;
			}
			t = tie_of(rv, cand, fd);
			if (best == NULL || t > bt) {
				free(best);
				best = cand;
				bt = t;
			} else
				free(cand);
		}
	}
	buf_free(&seg);
	if (bt == TIE_NAME && (other = slug_by_title(rv, fd->title,
	    fd->published.t)) != NULL) {
		free(best);
		best = other;
	}
	return best;
}

/* One merged entry into the ledger NEW. Returns 0, or -1 reported. */
static int
recover_entry(struct recover *rv, const struct found *fd, struct ledger *new)
{
	struct ledger_row	*row;
	struct buf		 seg;
	char			*slug, q[QUOTE_MAX];

	quote_into(q, fd->id, strlen(fd->id));
	if ((slug = slug_of_entry(rv, fd)) == NULL) {
		buf_init(&seg);
		last_segment(fd->link != NULL ? fd->link : fd->id,
		    fd->link == NULL, &seg);
		slug = slug_of(&seg);
		buf_free(&seg);
		if (slug[0] == '\0') {
			msg_error(fd->doc, 0, "no record found for the entry "
			    "%s, and its link names none", q);
			free(slug);
			return -1;
		}
		msg_warn(fd->doc, 0, "no record found for the entry %s; it is "
		    "kept in the ledger under the slug \"%s\"", q, slug);
	}
	if ((row = ledger_find(new, slug)) != NULL) {
		char	 q2[QUOTE_MAX];

		quote_into(q2, row->id, strlen(row->id));
		msg_error(fd->doc, 0, "the entries %s and %s are both tied to "
		    "the record \"%s\"", q2, q, slug);
		free(slug);
		return -1;
	}
	row = ledger_add(new, slug);
	/* A permalink guid is the URL of an IRI id: the IRI is the id. */
	if (rv->rss && fd->permalink == 1 && strchr(fd->id, '%') != NULL)
		row->id = iri_of(rv, slug, fd->id);
	else
		row->id = xstrdup(fd->id);
	row->link = xstrdup(fd->link != NULL ? fd->link : fd->id);
	row->published = fd->published;
	row->updated = fd->updated;
	row->archive = fd->archive;
	free(slug);
	return 0;
}

/* The rows of a ledger by id, for the old ledger's and the tombstones'. */
struct byid {
	const char	*id;
	size_t		 i;	/* the row's index */
};

static int
cmp_byid(const void *a, const void *b)
{
	return strcmp(((const struct byid *)a)->id,
	    ((const struct byid *)b)->id);
}

static struct byid *
index_ids(const struct ledger *l)
{
	struct byid	*ix = xreallocarray(NULL, l->n + 1, sizeof(*ix));
	size_t		 i;

	for (i = 0; i < l->n; i++) {
		ix[i].id = l->v[i]->id;
		ix[i].i = i;
	}
	qsort(ix, l->n, sizeof(*ix), cmp_byid);
	return ix;
}

static const struct byid *
find_id(const struct byid *ix, size_t n, const char *id)
{
	struct byid	 key = { id, 0 };

	return n == 0 ? NULL : bsearch(&key, ix, n, sizeof(*ix), cmp_byid);
}

static bool
same_when(const struct when *a, const struct when *b)
{
	return a->t == b->t && a->offset == b->offset;
}

/*
 * What the old ledger's line O adds to R, recovered from the published
 * files for the same id: its archive document, where they name none (its
 * files were removed, to be written again); its updated, where they have
 * none (RSS alone: *DATED is then set); and its hash, where it was of
 * what they show, so that an edit made since is still found.
 */
static void
merge_row(struct ledger_row *r, const struct ledger_row *o, bool *dated)
{
	if (r->archive == 0)
		r->archive = o->archive;
	if (!*dated && o->published.t == r->published.t &&
	    o->updated.t >= r->updated.t) {
		r->updated = o->updated;
		*dated = true;
	}
	if (o->hashed && o->published.t == r->published.t &&
	    same_when(&o->updated, &r->updated) &&
	    strcmp(o->link, r->link) == 0) {
		memcpy(r->hash, o->hash, sizeof(r->hash));
		r->hashed = true;
	}
}

/* A line of the old ledger that cannot be read: said, and left out. */
static void
drop_line(void *arg, const struct parse_error *why)
{
	msg_warn(arg, why->line, "%s; this line of the old ledger is left out",
	    why->msg);
}

/*
 * The lines of the old ledger that can still be read (each other one
 * named): merged into the rows recovered for the same id (the first
 * rv->nf of NEW), kept whole for records the published files no longer
 * hold. Returns whether there was one, its status in *SB.
 */
static bool
keep_old_rows(struct recover *rv, const char *path, struct ledger *new,
    struct stat *sb)
{
	struct ledger		 old;
	struct parse_error	 err;
	struct ledger_row	*row, *o;
	const struct byid	*hit;
	struct byid		*ix;
	size_t			 i, nix = new->n;
	int			 got;

	ledger_init(&old);
	if (stat(path, sb) == -1)
		return false;
	if ((got = ledger_salvage(path, &old, &err, drop_line,
	    (void *)path)) != 0) {
		if (got == -1)
			msg_warn(path, err.line, "%s; no line of the old "
			    "ledger is kept", err.msg);
		return false;
	}
	ix = index_ids(new);
	for (i = 0; i < old.n; i++) {
		o = old.v[i];
		if ((hit = find_id(ix, nix, o->id)) != NULL) {
			merge_row(new->v[hit->i], o, &rv->f[hit->i].dated);
			continue;
		}
		/* Its record has another id now: the one published wins. */
		if (ledger_find(new, o->slug) != NULL)
			continue;
		row = ledger_add(new, o->slug);
		row->id = xstrdup(o->id);
		row->link = xstrdup(o->link);
		row->published = o->published;
		row->updated = o->updated;
		memcpy(row->hash, o->hash, sizeof(row->hash));
		row->hashed = o->hashed;
		/* Its archive document, which never takes it again. */
		row->archive = o->archive;
		row->gone = o->gone;
		row->has_gone = o->has_gone;
	}
	new->archives = new->archives || old.archives;
	free(ix);
	ledger_free(&old);
	return true;
}

/*
 * A deleted record is in no published document, but still counts in the
 * one it was in: a document below the newest (rv->newest) was full, its
 * deleted entries counted, and the next build takes the newest to be the
 * one after the last full one. The lines made from tombstones alone,
 * rows FROM on of NEW, fill the documents short of entries, from the
 * newest but one down; which document held which deleted record, the
 * published files do not tell. Any left over were in the subscription feed.
 */
static void
place_gone(const struct recover *rv, struct ledger *new, size_t from)
{
	unsigned long	*count, k, a;
	size_t		 i;

	if (rv->st.archive_size == 0 || rv->newest < 2 || from == new->n)
		return;
	count = xcalloc(rv->newest + 1, sizeof(*count));
	for (i = 0; i < new->n; i++)
		if ((a = new->v[i]->archive) > 0 && a <= rv->newest)
			count[a]++;
	k = rv->newest - 1;
	for (i = from; i < new->n; i++) {
		while (k > 0 && count[k] >= rv->st.archive_size)
			k--;
		if (k == 0)
			break;
		new->v[i]->archive = k;
		count[k]++;
	}
	free(count);
}

static int
cmp_tomb(const void *a, const void *b)
{
	return strcmp(((const struct tomb *)a)->ref,
	    ((const struct tomb *)b)->ref);
}

/*
 * The subscription feed's tombstones: records deleted in the last 30
 * days, which the next build goes on announcing from their lines. A line
 * the old ledger kept gets the date, if it has none; else a line is made
 * from the tombstone alone (a deleted record is in no published file):
 * its id is its link, its date its published, updated and gone dates,
 * and its slug the end of its id; its archive document is guessed
 * (place_gone). An id still published is not gone. Returns the number
 * of lines made.
 */
static size_t
add_tombstones(struct recover *rv, struct ledger *new)
{
	const struct byid	*hit;
	struct byid		*ix;
	struct ledger_row	*row;
	struct buf		 seg;
	char			*slug, *other;
	size_t			 i, nix = new->n, made = 0;

	if (rv->nt > 1)
		qsort(rv->t, rv->nt, sizeof(*rv->t), cmp_tomb);
	ix = index_ids(new);
	buf_init(&seg);
	for (i = 0; i < rv->nt; i++) {
		if (i > 0 && strcmp(rv->t[i].ref, rv->t[i - 1].ref) == 0)
			continue;
		if ((hit = find_id(ix, nix, rv->t[i].ref)) != NULL) {
			row = new->v[hit->i];
			if (hit->i >= rv->nf && !row->has_gone) {
				row->has_gone = true;
				row->gone = rv->t[i].when;
			}
			continue;
		}
		last_segment(rv->t[i].ref, true, &seg);
		slug = slug_of(&seg);
		if (slug[0] == '\0') {
			free(slug);
			continue;
		}
		/* That name's record has another id now ("SLUG/N"). */
		if (ledger_find(new, slug) != NULL) {
			other = continuity_retired_slug(new, slug);
			free(slug);
			slug = other;
		}
		row = ledger_add(new, slug);
		free(slug);
		row->id = xstrdup(rv->t[i].ref);
		row->link = xstrdup(rv->t[i].ref);
		row->published = row->updated = row->gone = rv->t[i].when;
		row->has_gone = true;
		made++;
	}
	buf_free(&seg);
	free(ix);
	place_gone(rv, new, new->n - made);
	return made;
}

/*
 * The ledger L into FEEDDIR; MTIME (NULL: now) its modification time,
 * which says how far back the next build looks for changed records.
 */
static int
write_ledger(const char *feeddir, struct ledger *l,
    const struct timespec *mtime)
{
	struct timespec	 times[2];
	struct pending	 p;
	struct buf	 text;
	bool		 changed;
	int		 rc = EXIT_OK;

	if (publish_begin(&p, feeddir, LEDGER_FILE, NULL, 0644) == -1) {
		char	*path = path_join(feeddir, LEDGER_FILE);

		msg_error(path, 0, "cannot create a temporary file: %s",
		    strerror(errno));
		free(path);
		return EXIT_WRITE;
	}
	buf_init(&text);
	ledger_format(l, &text);
	if (write_full(p.fd, text.data, text.len) == -1)
		rc = EXIT_WRITE;
	buf_free(&text);
	times[0].tv_sec = 0;
	times[0].tv_nsec = UTIME_OMIT;
	if (mtime != NULL)
		times[1] = *mtime;
	if (rc == EXIT_OK && mtime != NULL && futimens(p.fd, times) == -1)
		rc = EXIT_WRITE;
	if (rc != EXIT_OK || publish_commit(&p, &changed) == -1 ||
	    publish_sync_dir(feeddir) == -1) {
		msg_error(p.final, 0, "cannot write: %s", strerror(errno));
		publish_abort(&p);
		return EXIT_WRITE;
	}
	publish_abort(&p);
	return EXIT_OK;
}

/*
 * The one-line report, once the ledger is replaced: one that does not
 * reach its reader is an output error (status 3, as build's report on
 * standard output), said here, where the ledger can be named as rebuilt.
 */
static int
report_written(const char *lpath)
{
	if (fflush(stdout) == 0 && !ferror(stdout))
		return EXIT_OK;
	msg_error(NULL, 0, "recover: cannot write the report to standard "
	    "output: %s; %s was rebuilt", strerror(errno), lpath);
	/* Drops what is left, so that it is not tried and said again at exit. */
	if (freopen("/dev/null", "w", stdout) == NULL)
		clearerr(stdout);
	return EXIT_WRITE;
}

/* Whether the ledger L needs its archive and gone columns. */
static bool
needs_archives(const struct ledger *l, const struct settings *st)
{
	size_t	 i;

	if (l->archives || st->archive_size > 0)
		return true;
	for (i = 0; i < l->n; i++)
		if (l->v[i]->archive > 0 || l->v[i]->has_gone)
			return true;
	return false;
}

/* The entries readers were given with no updated date (RSS alone). */
static void
warn_undated(const struct recover *rv, const char *pub)
{
	size_t	 i, n = 0;

	for (i = 0; i < rv->nf; i++)
		if (!rv->f[i].dated)
			n++;
	if (n == 0)
		return;
	msg_warn(pub, 0, "RSS has no updated date, and no %s beside it gives "
	    "one for %zu %s: the ledger takes %s published date, so an entry "
	    "edited since it was first published goes back to it",
	    feed_formats[FEED_JSON]->filename, n, n == 1 ? "entry" : "entries",
	    n == 1 ? "its" : "their");
}

static void
recover_free(struct recover *rv)
{
	size_t	 i;

	for (i = 0; i < rv->nk; i++) {
		free(rv->k[i].slug);
		free(rv->k[i].title);
	}
	free(rv->k);
	for (i = 0; i < rv->nf; i++)
		found_free(&rv->f[i]);
	free(rv->f);
	for (i = 0; i < rv->nt; i++)
		free(rv->t[i].ref);
	free(rv->t);
	for (i = 0; i < rv->ndocs; i++)
		free(rv->docs[i]);
	free(rv->docs);
	if (rv->tz != NULL)
		tz_free(rv->tz);
	settings_free(&rv->st);
	free(rv->articles_dir);
}

static int
recover(const char *feeddir)
{
	static const enum feed_format_id order[] = { FEED_ATOM, FEED_RSS };
	struct recover		 rv;
	struct ledger		 new;
	struct lock		 lk = { -1 };
	struct stat		 sb;
	struct timespec		 kept;
	const struct timespec	*mtime = NULL;
	const char		*name = NULL, *file;
	char			*conf, *out = NULL, *pub = NULL, *lpath, *lockp;
	size_t			 i, nmore = 0, ngone;
	int			 rc = EXIT_BAD_INPUT, bad = 0, got;

	memset(&rv, 0, sizeof(rv));
	ledger_init(&new);
	rv.feeddir = feeddir;
	conf = path_join(feeddir, SETTINGS_FILE);
	lpath = path_join(feeddir, LEDGER_FILE);
	lockp = path_join(feeddir, BUILD_LOCK_FILE);
	if (feed_conf_load(conf, &rv.st, &rv.tz) == -1)
		goto out;
	rv.articles_dir = feed_path(feeddir, rv.st.articles);
	rv.ropts.tz = rv.tz;
	rv.ropts.tz_name = rv.st.timezone;
	rv.ropts.trailers = rv.st.trailers;
	rv.ropts.ntrailers = rv.st.ntrailers;
	out = feed_path(feeddir, rv.st.output);
	for (i = 0; i < 2 && pub == NULL; i++) {
		if ((name = feed_format_file(order[i], &rv.st)) == NULL)
			name = feed_formats[order[i]]->filename;
		pub = path_join(out, name);
		if (lstat(pub, &sb) == -1 || !S_ISREG(sb.st_mode)) {
			free(pub);
			pub = NULL;
		} else
			rv.rss = order[i] == FEED_RSS;
	}
	if (pub == NULL) {
		msg_error(out, 0, "no published atom.xml or rss.xml to recover "
		    "the ledger from (a first build makes the ledger)");
		goto out;
	}
	if ((got = lock_take(&lk, lockp, BUILD_DEFAULT_WAIT * 1000L)) == -1) {
		msg_error(lockp, 0, "cannot open the lock file: %s",
		    strerror(errno));
		rc = EXIT_WRITE;
		goto out;
	}
	if (got == 1) {
		msg_error(lockp, 0, "another build of this feed is running; "
		    "gave up after %d s", BUILD_DEFAULT_WAIT);
		rc = EXIT_LOCKED;
		goto out;
	}
	if (read_doc(&rv, out, name, 0, true, &bad) == -1)
		goto out;
	/* The archive documents and category feeds hold ids readers have too. */
	file = feed_formats[rv.rss ? FEED_RSS : FEED_ATOM]->filename;
	nmore = read_docs_in(&rv, out, ARCHIVE_DIR, true, file, &bad);
	nmore += read_docs_in(&rv, out, CATEGORY_DIR, false, file, &bad);
	merge_found(&rv);
	for (i = 0; i < rv.nf; i++)
		if (recover_entry(&rv, &rv.f[i], &new) == -1)
			bad++;
	if (bad > 0) {
		msg_error(lpath, 0, "not recovered; it is as it was");
		goto out;
	}
	/* Kept rows are as fresh as the old ledger's: so is its date. */
	if (keep_old_rows(&rv, lpath, &new, &sb)) {
		kept = continuity_kept_time(&sb);
		mtime = &kept;
	}
	ngone = add_tombstones(&rv, &new);
	if (rv.rss)
		warn_undated(&rv, pub);
	new.archives = needs_archives(&new, &rv.st);
	if ((rc = write_ledger(feeddir, &new, mtime)) == EXIT_OK) {
		printf("%s: %zu %s recovered from %s", lpath, rv.nf,
		    rv.nf == 1 ? "entry" : "entries", pub);
		if (nmore > 0)
			printf(" and %zu more %s (archives, category feeds)",
			    nmore, nmore == 1 ? "document" : "documents");
		if (ngone > 0)
			printf(", and %zu deleted %s from its tombstones",
			    ngone, ngone == 1 ? "record" : "records");
		printf("\n");
		rc = report_written(lpath);
	}
out:
	lock_release(&lk);
	ledger_free(&new);
	recover_free(&rv);
	free(conf);
	free(out);
	free(pub);
	free(lpath);
	free(lockp);
	return rc;
}

int
cmd_recover(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help",	no_argument,	NULL, 'h' },
		{ "version",	no_argument,	NULL, 'V' },
		{ NULL,		0,		NULL, 0 }
	};
	int	 c;

	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			fputs(usage_text, stdout);
			return EXIT_OK;
		case 'V':
			print_version();
			return EXIT_OK;
		default:
			return usage_bad_option("recover", c, argc, argv,
			    longopts);
		}
	}
	if (argc - optind > 1)
		return usage_error("recover", "one feed folder at a time");
	if (usage_feed_folders("recover", argv + optind, argc - optind) != 0)
		return EXIT_USAGE;
	return recover(argv[optind]);
}
