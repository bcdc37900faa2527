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

#include "outbuf.h"
#include "record.h"
#include "settings.h"
#include "util.h"

/* An instant and the zone offset to show it in. */
struct when {
	int64_t		 t;
	int32_t		 offset;
};

struct feed_head {
	const struct settings	*settings;
	struct when		 updated;	/* the newest entry's */
	const char		*generator_version;
};

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
};

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
	const char	*filename;	/* in the output folder */
	const char	*media_type;
	void		*(*open)(struct outbuf *o, const struct feed_head *h);
	void		 (*entry)(void *w, const struct entry *e);
	void		 (*close)(void *w);	/* writes the end, frees w */
	/*
	 * Optional: the file name in this feed's output folder, or NULL
	 * when a setting turns the format off. Without it: filename.
	 */
	const char	*(*file)(const struct settings *st);
	bool		 not_xml;	/* JSON, HTML fragment: no XML check */
};

extern const struct feed_format format_atom;
extern const struct feed_format format_rss;
extern const struct feed_format format_json;		/* write_json.c */
extern const struct feed_format format_page;		/* write_html.c */
extern const struct feed_format format_discovery;	/* write_html.c */

/* The name format F publishes under for these settings; NULL: not published. */
static inline const char *
feed_format_file(const struct feed_format *f, const struct settings *st)
{
	return f->file != NULL ? f->file(st) : f->filename;
}

/* The self URL of format F: the feed-url setting and the file name. Caller frees. */
char	*feed_self_url(const struct settings *st, const struct feed_format *f);

#endif
