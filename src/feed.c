/*
 * feed: building entries from records. Ids and links come from the
 * settings' templates and the record's slug (its file name), so they stay
 * the same whatever else changes in the archive; a record's own Id or Link
 * field overrides them.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "email.h"
#include "feed.h"
#include "render.h"
#include "settings.h"

void
entry_scratch_init(struct entry_scratch *s)
{
	buf_init(&s->id);
	buf_init(&s->link);
	buf_init(&s->html);
}

void
entry_scratch_free(struct entry_scratch *s)
{
	buf_free(&s->id);
	buf_free(&s->link);
	buf_free(&s->html);
}

static struct span
expand(struct buf *b, const char *tmpl, const char *slug)
{
	struct span	 sp;

	buf_clear(b);
	settings_expand_into(b, tmpl, slug);
	sp.p = b->data;
	sp.n = b->len;
	return sp;
}

void
entry_id_link(const struct record *r, const struct settings *st,
    const char *slug, struct entry_scratch *s, struct span *id,
    struct span *link)
{
	*link = r->link.n > 0 ? r->link : expand(&s->link, st->entry_link,
	    slug);
	if (r->id.n > 0)
		*id = r->id;
	else if (st->entry_id != NULL)
		*id = expand(&s->id, st->entry_id, slug);
	else
		*id = *link;
}

void
entry_from_record(struct entry *e, const struct record *r,
    const struct settings *st, const char *slug, struct entry_scratch *s)
{
	memset(e, 0, sizeof(*e));
	e->title = r->title;
	e->author_name = r->author;
	e->author_email = r->email;
	e->published.t = r->published;
	e->published.offset = r->published_offset;
	if (r->has_updated) {
		e->updated.t = r->updated;
		e->updated.offset = r->updated_offset;
	} else
		e->updated = e->published;

	entry_id_link(r, st, slug, s, &e->id, &e->link);
	e->id_is_link = e->id.n == e->link.n &&
	    memcmp(e->id.p, e->link.p, e->id.n) == 0;

	e->summary = r->summary.n > 0 ? r->summary : r->paragraphs[0];
	buf_clear(&s->html);
	render_paragraphs(&s->html, r->paragraphs, r->nparagraphs);
	e->content_html.p = s->html.data;
	e->content_html.n = s->html.len;
	e->categories = r->categories;
	e->ncategories = r->ncategories;
	e->image = r->image;
	e->image_alt = r->image_alt;
	e->enclosures = r->enclosures;
	e->nenclosures = r->nenclosures;
}

void
feed_head_init(struct feed_head *h, const struct settings *st,
    const struct when *updated, const char *generator_version)
{
	size_t	 i;

	memset(h, 0, sizeof(*h));
	h->title = st->title;
	h->subtitle = st->subtitle;
	h->link = st->link;
	h->id = st->id;
	h->language = st->language;
	h->author = st->author;
	h->author_email = st->author_email;
	h->icon = st->icon;
	h->logo = st->logo;
	h->rights = st->rights;
	h->ttl = st->ttl;
	h->categories = st->categories;
	h->ncategories = st->ncategories;
	h->hubs = st->hubs;
	h->nhubs = st->nhubs;
	h->web_master = st->web_master;
	/* RSS names a person as "EMAIL (Name)"; the feed's author stands in. */
	if (st->managing_editor != NULL)
		h->managing_editor = xstrdup(st->managing_editor);
	else if (st->author != NULL && st->author_email != NULL) {
		struct buf	 b;

		buf_init(&b);
		/* "Night Desk :)" is a name, not a broken comment. */
		email_person_append(&b, st->author_email,
		    strlen(st->author_email), st->author, strlen(st->author));
		h->managing_editor = buf_steal(&b);
	}
	for (i = 0; i < FEED_NFORMATS; i++) {
		h->file[i] = feed_format_file(i, st);
		/* The self URL names the default file, as it always has. */
		if (h->file[i] != NULL && feed_formats[i]->label != NULL)
			h->self[i] = path_join(st->feed_url,
			    feed_formats[i]->filename);
	}
	h->updated = *updated;
	h->generator_version = generator_version;
}

void
feed_head_free(struct feed_head *h)
{
	size_t	 i;

	free(h->managing_editor);
	for (i = 0; i < FEED_NFORMATS; i++)
		free(h->self[i]);
	memset(h, 0, sizeof(*h));
}
