/*
 * settings: a feed's settings file, feed.conf. One "key = value" per line;
 * blank lines and lines starting with '#' are ignored; "trailer" may be
 * given more than once. The parser is pure: buffer in, settings or a
 * located error out. Keys are documented in feedwright(5) and the README.
 */
#ifndef FEEDWRIGHT_SETTINGS_H
#define FEEDWRIGHT_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

#define SETTINGS_FILE	"feed.conf"
#define DEFAULT_MAX_ENTRIES 50
#define DEFAULT_FILE_MODE 0644	/* a web server must read what is published */

struct settings {
	char		 *title;
	char		 *subtitle;	/* NULL when not given */
	char		 *link;		/* the site */
	char		 *feed_url;	/* where the output folder is served */
	char		 *id;		/* the feed's permanent id */
	char		 *language;	/* NULL when not given */
	char		 *timezone;
	unsigned long	  timezone_line;	/* for "unknown zone" errors */
	char		 *author;	/* the feed's author; may be NULL */
	char		 *author_email;	/* may be NULL */
	char		 *entry_link;	/* template with {slug} */
	char		 *entry_id;	/* template with {slug}; NULL: the link */
	char		 *articles;	/* folder of records, relative */
	char		 *output;	/* output folder, relative */
	unsigned long	  max_entries;
	unsigned long	  file_mode;	/* of published files */
	char		**trailers;
	size_t		  ntrailers;
	bool		  json;		/* publish feed.json; default yes */
	bool		  category_feeds;	/* a feed per category; default no */
	unsigned long	  category_feeds_line;
	unsigned long	  archive_size;	/* entries per archive document; 0: none */
	unsigned long	  archive_size_line;
	unsigned long	  articles_line;	/* where these were set; */
	unsigned long	  output_line;		/* 0: the default */
	unsigned long	  page_line;
	unsigned long	  discovery_line;
	unsigned long	  title_line;		/* for build's warnings */
	unsigned long	  subtitle_line;
	unsigned long	  rights_line;
	unsigned long	 *category_lines;	/* one per category */
	char		 *icon;		/* URLs of images; NULL when not given */
	char		 *logo;
	char		 *rights;	/* copyright notice; may be NULL */
	unsigned long	  ttl;		/* minutes; 0: not given */
	char		**categories;	/* the feed's own, in order */
	size_t		  ncategories;
	char		 *managing_editor;	/* "EMAIL (Name)"; may be NULL */
	char		 *web_master;		/* likewise */
	char		 *page;		/* the HTML page's file name; NULL: none */
	char		 *discovery;	/* the link-tag fragment's; NULL: none */
	char		**hubs;		/* WebSub hubs (src/websub.h), in order */
	unsigned long	 *hub_lines;	/* one per hub, for its errors */
	size_t		  nhubs;
};

#define DEFAULT_PAGE		"index.html"
#define DEFAULT_DISCOVERY	"discovery.html"

/*
 * Parses buf[0..len). Returns 0 with *s filled (free with settings_free),
 * or -1 with *err set and nothing to free.
 */
int	settings_parse(const char *buf, size_t len, struct settings *s,
	    struct parse_error *err);
void	settings_free(struct settings *s);

/*
 * Fills a "{slug}" template; the slug is percent-encoded where a URI needs
 * it. Caller frees.
 */
char	*settings_expand(const char *tmpl, const char *slug);
/* The same, appended to B: no allocation once B has grown. */
void	settings_expand_into(struct buf *b, const char *tmpl,
	    const char *slug);

#endif
