/*
 * feed: building entries from records. Ids and links come from the
 * settings' templates and the record's slug (its file name), so they stay
 * the same whatever else changes in the archive; a record's own Id or Link
 * field overrides them.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "feed.h"
#include "render.h"

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
	char		*v = settings_expand(tmpl, slug);
	struct span	 sp;

	buf_clear(b);
	buf_adds(b, v);
	free(v);
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
}

char *
feed_self_url(const struct settings *st, const struct feed_format *f)
{
	return path_join(st->feed_url, f->filename);
}
