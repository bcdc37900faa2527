/* published_feed: see published_feed.h. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/xmlreader.h>

#include "published_feed.h"
#include "util.h"

#define ATOM_NS	"http://www.w3.org/2005/Atom"

static void
keep(char **field, xmlTextReaderPtr r)
{
	xmlChar	*s;

	if (*field != NULL)
		return;		/* the first one counts */
	if ((s = xmlTextReaderReadString(r)) == NULL)
		return;
	*field = xstrdup((const char *)s);
	xmlFree(s);
}

static void
keep_link(struct published_entry *e, xmlTextReaderPtr r)
{
	xmlChar	*rel, *href;

	rel = xmlTextReaderGetAttribute(r, BAD_CAST "rel");
	href = xmlTextReaderGetAttribute(r, BAD_CAST "href");
	if (e->link == NULL && href != NULL && (rel == NULL ||
	    strcmp((const char *)rel, "alternate") == 0))
		e->link = xstrdup((const char *)href);
	xmlFree(rel);
	xmlFree(href);
}

/* One child of an entry or item. */
static void
entry_child(struct published_entry *e, xmlTextReaderPtr r, bool rss)
{
	const char	*name = (const char *)xmlTextReaderConstLocalName(r);
	const char	*ns = (const char *)xmlTextReaderConstNamespaceUri(r);

	if (rss ? ns != NULL : ns == NULL || strcmp(ns, ATOM_NS) != 0)
		return;
	if (strcmp(name, rss ? "guid" : "id") == 0)
		keep(&e->id, r);
	else if (strcmp(name, "title") == 0)
		keep(&e->title, r);
	else if (strcmp(name, rss ? "pubDate" : "published") == 0)
		keep(&e->published, r);
	else if (!rss && strcmp(name, "updated") == 0)
		keep(&e->updated, r);
	else if (rss && strcmp(name, "link") == 0)
		keep(&e->link, r);
	else if (!rss && strcmp(name, "link") == 0)
		keep_link(e, r);
}

int
published_feed_read(const char *path, bool rss, struct published_feed *f,
    char *msg, size_t size)
{
	xmlTextReaderPtr	 r;
	struct published_entry	*e = NULL;
	const char		*name, *ns;
	struct stat		 sb;
	size_t			 cap = 0;
	int			 got, depth, entry_depth = -1, rc = -1, fd;
	bool			 root = false;

	memset(f, 0, sizeof(*f));
	f->rss = rss;
	/* Never through a link, never blocking on a FIFO planted there. */
	if ((fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK |
	    O_CLOEXEC)) == -1 || fstat(fd, &sb) == -1) {
		snprintf(msg, size, "cannot read it: %s", strerror(errno));
		if (fd != -1)
			close(fd);
		return -1;
	}
	if (!S_ISREG(sb.st_mode)) {
		snprintf(msg, size, "not a regular file");
		close(fd);
		return -1;
	}
	if ((r = xmlReaderForFd(fd, path, NULL, XML_PARSE_NONET |
	    XML_PARSE_NOWARNING | XML_PARSE_NOERROR)) == NULL) {
		snprintf(msg, size, "cannot read it");
		close(fd);
		return -1;
	}
	while ((got = xmlTextReaderRead(r)) == 1) {
		if (xmlTextReaderNodeType(r) != XML_READER_TYPE_ELEMENT)
			continue;
		name = (const char *)xmlTextReaderConstLocalName(r);
		ns = (const char *)xmlTextReaderConstNamespaceUri(r);
		depth = xmlTextReaderDepth(r);
		if (depth == 0) {
			root = strcmp(name, rss ? "rss" : "feed") == 0 &&
			    (rss ? ns == NULL : ns != NULL &&
			    strcmp(ns, ATOM_NS) == 0);
			if (!root)
				break;
			continue;
		}
		if (entry_depth != -1 && depth <= entry_depth)
			entry_depth = -1;
		if (entry_depth == -1 && depth == (rss ? 2 : 1) &&
		    strcmp(name, rss ? "item" : "entry") == 0 &&
		    (rss ? ns == NULL : ns != NULL && strcmp(ns, ATOM_NS) == 0)) {
			if (f->n == cap) {
				cap = cap == 0 ? 64 : 2 * cap;
				f->v = xreallocarray(f->v, cap, sizeof(*f->v));
			}
			e = &f->v[f->n++];
			memset(e, 0, sizeof(*e));
			entry_depth = depth;
		} else if (entry_depth != -1 && depth == entry_depth + 1)
			entry_child(e, r, rss);
	}
	if (got == -1)
		snprintf(msg, size, "not well-formed XML");
	else if (!root)
		snprintf(msg, size, "not an %s feed", rss ? "RSS" : "Atom");
	else
		rc = 0;
	xmlFreeTextReader(r);
	close(fd);
	if (rc == -1)
		published_feed_free(f);
	return rc;
}

void
published_feed_free(struct published_feed *f)
{
	size_t	 i;

	for (i = 0; i < f->n; i++) {
		free(f->v[i].id);
		free(f->v[i].link);
		free(f->v[i].title);
		free(f->v[i].published);
		free(f->v[i].updated);
	}
	free(f->v);
	memset(f, 0, sizeof(*f));
}
