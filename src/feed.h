/*
 * feed: the one model every output format is written from. Records and
 * settings are turned into a feed_head (once) and entries (one at a time,
 * so memory does not grow with the archive); each format is a
 * feed_format over this model.
 */
#ifndef FEEDWRIGHT_FEED_H
#define FEEDWRIGHT_FEED_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "outbuf.h"
#include "record.h"
#include "util.h"

struct settings;

/* The formats, in the order they are written and published (formats.c). */
enum feed_format_id {
	FEED_ATOM,
	FEED_RSS,
	FEED_JSON,
	FEED_PAGE,		/* the HTML page for people */
	FEED_DISCOVERY,		/* the link-tag fragment */
	FEED_NFORMATS
};

/* A category's own feeds, which the page and the fragment link to. */
struct feed_category_link {
	const char	*title;			/* "Site: Category" */
	const char	*category;
	char		*self[FEED_NFORMATS];	/* NULL: not published */
};

/*
 * The feed as every writer sees it, filled once from the settings by
 * feed_head_init. Strings point into the settings (which must outlive the
 * head) unless said otherwise; NULL or 0 means "not given".
 */
struct feed_head {
	const char	*title;
	const char	*subtitle;
	const char	*link;		/* the site */
	const char	*id;
	const char	*language;
	const char	*author;
	const char	*author_email;
	const char	*icon;		/* small, square: the site's icon */
	const char	*logo;		/* wider: the site's logo */
	const char	*rights;
	unsigned long	 ttl;		/* minutes between builds */
	char		*managing_editor;	/* owned; "EMAIL (Name)" */
	const char	*web_master;		/* "EMAIL (Name)" */
	char *const	*categories;
	size_t		 ncategories;
	char *const	*hubs;		/* WebSub hubs, beside the self link */
	size_t		 nhubs;
	/* Per format: its published file name and URL; NULL when turned off. */
	const char	*file[FEED_NFORMATS];
	char		*self[FEED_NFORMATS];	/* owned */
	struct when	 updated;	/* the newest entry's */
	const char	*generator_version;
	/* Set by build with category-feeds; not owned. */
	const struct feed_category_link *category_links;
	size_t		 ncategory_links;
	/*
	 * RFC 5005 archives, set by build with archive-size; not owned.
	 * Per format: the URL of the newest (in the subscription feed) or
	 * older archive document, the newer one, the subscription feed.
	 */
	bool		 is_archive;	/* an archive document: fh:archive */
	const char	*prev_archive[FEED_NFORMATS];
	const char	*next_archive[FEED_NFORMATS];
	const char	*current[FEED_NFORMATS];
	/* RFC 6721 tombstones, in the subscription Atom feed. */
	const struct feed_tombstone *tombstones;
	size_t		 ntombstones;
};

/* A deleted entry: its id, and when the build first saw it gone. */
struct feed_tombstone {
	const char	*ref;
	struct when	 when;
};

/* RFC 5005's namespace, and RFC 6721's. */
#define FEED_HISTORY_NS		"http://purl.org/syndication/history/1.0"
#define FEED_TOMBSTONES_NS	"http://purl.org/atompub/tombstones/1.0"

/* Fills *h from ST (which must outlive it); free with feed_head_free. */
void	feed_head_init(struct feed_head *h, const struct settings *st,
	    const struct when *updated, const char *generator_version);
void	feed_head_free(struct feed_head *h);

struct entry {
	struct span	 id;
	struct span	 link;
	bool		 id_is_link;	/* so RSS may say isPermaLink="true" */
	struct span	 title;
	struct span	 author_name;
	struct span	 author_email;
	struct when	 published;
	struct when	 updated;
	struct span	 summary;	/* plain text */
	struct span	 content_html;	/* paragraphs as <p> */
	const struct span *categories;
	size_t		 ncategories;
	struct span	 image;		/* URL; n == 0: none */
	struct span	 image_alt;
	const struct enclosure *enclosures;
	size_t		 nenclosures;
};

/* Media RSS (https://www.rssboard.org/media-rss), for images and files. */
#define FEED_MEDIA_NS	"http://search.yahoo.com/mrss/"

/*
 * Scratch memory for one entry's derived strings (id, link, HTML); reused
 * from entry to entry so building a feed allocates almost nothing per entry.
 */
struct entry_scratch {
	struct buf	 id;
	struct buf	 link;
	struct buf	 html;
};

void	entry_scratch_init(struct entry_scratch *s);
void	entry_scratch_free(struct entry_scratch *s);

/*
 * The id and link of the entry of a parsed record named SLUG: its Id and
 * Link fields, or the settings' templates filled with SLUG (into s), or
 * for the id, the link. Valid until r, its buffer or s changes.
 */
void	entry_id_link(const struct record *r, const struct settings *st,
	    const char *slug, struct entry_scratch *s, struct span *id,
	    struct span *link);

/*
 * Fills *e from a parsed record named SLUG. The entry points into r, its
 * buffer and s: valid until any of them changes.
 */
void	entry_from_record(struct entry *e, const struct record *r,
	    const struct settings *st, const char *slug,
	    struct entry_scratch *s);

/* An output format: writes a head, then entries one by one, then the end. */
struct feed_format {
	const char	*name;		/* "atom", as --stdout takes it */
	const char	*filename;	/* in the output folder, by default */
	const char	*media_type;
	const char	*label;		/* "Atom 1.0"; NULL: not a feed */
	void		*(*open)(struct outbuf *o, const struct feed_head *h);
	void		 (*entry)(void *w, const struct entry *e);
	void		 (*close)(void *w);	/* writes the end, frees w */
	/*
	 * Not checked by build: the discovery fragment (no document). Every
	 * feed, feed.json too (read an item at a time), and the page are.
	 */
	bool		 unchecked;
};

extern const struct feed_format format_atom;		/* write_atom.c */
extern const struct feed_format format_rss;		/* write_rss.c */
extern const struct feed_format format_json;		/* write_json.c */
extern const struct feed_format format_page;		/* write_html.c */
extern const struct feed_format format_discovery;	/* write_html.c */

/* Every format, indexed by enum feed_format_id (formats.c). */
extern const struct feed_format *const feed_formats[FEED_NFORMATS];

/* The name format I publishes under for these settings; NULL: not published. */
const char	*feed_format_file(enum feed_format_id i,
		    const struct settings *st);

#endif
