/*
 * validate_against: "validate --against OLD NEW", two versions of one
 * feed compared for what makes readers show articles twice or lose them:
 * ids that changed, updated going backwards, a guid's isPermaLink
 * meaning turned, entries gone while older ones stay, a feed id or self
 * link changed. Only the keys of the entries are held (feed_keys.c), and
 * lookups go through sorted indexes, so a large feed costs n log n.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "feed_keys.h"
#include "uri.h"
#include "util.h"
#include "validate_history.h"

/* The sort key of an index, for qsort's comparator (no state). */
static const struct entry_keys *sort_base;
static size_t	 sort_field;

/* Index fields: 0 id, 1 link, 2 title, 3 title then date (has_when, when_t). */
static const char *
field(const struct entry_keys *e, size_t which)
{
	return which == 0 ? e->id : which == 1 ? e->link : e->title;
}

/* O against E on the key of index WHICH (the real bytes, not a hash). */
static int
cmp_key(const struct entry_keys *o, size_t which, const struct entry_keys *e)
{
	int	 d = strcmp(field(o, which), field(e, which));

	if (d != 0 || which != 3)
		return d;
	if (o->has_when != e->has_when)
		return o->has_when ? 1 : -1;
	if (!o->has_when || o->when_t == e->when_t)
		return 0;
	return o->when_t < e->when_t ? -1 : 1;
}

static int
cmp_index(const void *a, const void *b)
{
	size_t	 x = *(const size_t *)a, y = *(const size_t *)b;
	int	 d = cmp_key(&sort_base[x], sort_field, &sort_base[y]);

	if (d != 0)
		return d;
	/* Document order among equals: the first is found first. */
	return x < y ? -1 : x > y;
}

/* The entries of K that have FIELD (and ONLY[i], if given), sorted by it. */
static size_t *
index_of(const struct feed_keys *k, size_t which, const bool *only,
    size_t *n)
{
	size_t	*ix = xreallocarray(NULL, k->n + 1, sizeof(*ix));
	size_t	 i;

	*n = 0;
	for (i = 0; i < k->n; i++)
		if (field(&k->e[i], which) != NULL &&
		    (only == NULL || only[i]))
			ix[(*n)++] = i;
	sort_base = k->e;
	sort_field = which;
	qsort(ix, *n, sizeof(*ix), cmp_index);
	return ix;
}

/* The entries of K that have FIELD, sorted by it; *N their count. */
static size_t *
index_by(const struct feed_keys *k, size_t which, size_t *n)
{
	return index_of(k, which, NULL, n);
}

/* The position in IX of the first entry whose FIELD is S, or N. */
static size_t
lookup(const struct feed_keys *k, const size_t *ix, size_t n, size_t which,
    const char *s)
{
	size_t	 lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (strcmp(field(&k->e[ix[mid]], which), s) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < n && strcmp(field(&k->e[ix[lo]], which), s) == 0)
		return lo;
	return n;
}

/*
 * OLD's entries gone from NEW, sorted on one key, for churned(). An
 * entry taken by a churn stays in the index, but next[] lets a search
 * jump over a run of taken ones at once (path compression), so that N
 * entries sharing one link or title cost about N, not N squared.
 */
struct churn_index {
	size_t	*ix, *next, n, which;
};

static void
churn_index_init(struct churn_index *c, const struct feed_keys *old,
    size_t which, const bool *gone)
{
	size_t	 i;

	c->which = which;
	c->ix = index_of(old, which, gone, &c->n);
	c->next = xreallocarray(NULL, c->n + 1, sizeof(*c->next));
	for (i = 0; i < c->n; i++)
		c->next[i] = i;		/* not known to be taken */
}

static void
churn_index_free(struct churn_index *c)
{
	free(c->ix);
	free(c->next);
}

/*
 * The entry of OLD first in document order among those of C whose key is
 * PROBE's and that no churn took yet (GONE still true), or SIZE_MAX.
 */
static size_t
churn_first(const struct feed_keys *old, struct churn_index *c,
    const struct entry_keys *probe, const bool *gone)
{
	size_t	 lo = 0, hi = c->n, mid, r, q;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (cmp_key(&old->e[c->ix[mid]], c->which, probe) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (r = lo; r < c->n && !gone[c->ix[r]];)
		r = c->next[r] == r ? r + 1 : c->next[r];
	/* Every position passed is taken: each now jumps to R. */
	while (lo < r) {
		q = c->next[lo] == lo ? lo + 1 : c->next[lo];
		c->next[lo] = r;
		lo = q;
	}
	if (r < c->n && cmp_key(&old->e[c->ix[r]], c->which, probe) == 0)
		return c->ix[r];
	return SIZE_MAX;
}

/*
 * An entry of OLD with a link (WHICH 1) or title (2) equal to NEW's
 * entry's, whose id is gone from NEW and not yet taken by another churn:
 * the same article, renamed. The first such in OLD's order.
 */
static size_t
churned(const struct feed_keys *old, struct churn_index *by_link,
    struct churn_index *by_title, struct churn_index *by_title_when,
    size_t which, const struct entry_keys *e, const bool *gone)
{
	struct entry_keys undated;
	size_t		 a, b;

	if (field(e, which) == NULL)
		return SIZE_MAX;
	if (which == 1)
		return churn_first(old, by_link, e, gone);
	/*
	 * Titles repeat ("Weekly links"): one gone and one added is the
	 * same entry only if their dates agree, where both have. So a
	 * dated entry takes the first undated one or the first of its date.
	 */
	if (!e->has_when)
		return churn_first(old, by_title, e, gone);
	memset(&undated, 0, sizeof(undated));
	undated.title = e->title;
	a = churn_first(old, by_title_when, &undated, gone);
	b = churn_first(old, by_title_when, e, gone);
	return a < b ? a : b;
}

/* Problems in line order, as validate gives them (stable: insertion). */
static void
sort_report(struct report *rep)
{
	struct problem	 t;
	size_t		 i, j;

	for (i = 1; i < rep->n; i++) {
		t = rep->v[i];
		for (j = i; j > 0 && rep->v[j - 1].line > t.line; j--)
			rep->v[j] = rep->v[j - 1];
		rep->v[j] = t;
	}
}

static void
compare_heads(const struct feed_keys *old, const struct feed_keys *new,
    const char *oldpath, struct report *rep)
{
	if (old->id != NULL && new->id == NULL)
		report_add(rep, new->root_line, 1, RULE_CONTINUITY_FEED_ID,
		    "the feed id \"%s\" of %s is gone: readers take this for "
		    "another feed", old->id, oldpath);
	else if (old->id != NULL && strcmp(old->id, new->id) != 0)
		report_add(rep, new->id_line, 1, RULE_CONTINUITY_FEED_ID,
		    "the feed id \"%s\" was \"%s\" in %s: readers take this "
		    "for another feed", new->id, old->id, oldpath);
	if (old->self != NULL && new->self == NULL)
		report_add(rep, new->root_line, 1, RULE_CONTINUITY_SELF,
		    "the self link \"%s\" of %s is gone", old->self, oldpath);
	/* One URL however spelled (RFC 3986 6.2), as --chain compares them. */
	else if (old->self != NULL && !uri_same(old->self, new->self))
		report_add(rep, new->self_line, 1, RULE_CONTINUITY_SELF,
		    "the self link \"%s\" was \"%s\" in %s: subscribers "
		    "still fetch the old one", new->self, old->self, oldpath);
}

/* One entry of NEW against OLD; marks the OLD entry it continues. */
static void
compare_entry(const struct feed_keys *old, const struct entry_keys *e,
    const size_t *by_id, size_t n_id, struct churn_index *churn, bool *gone,
    const char *oldpath, struct report *rep)
{
	const struct entry_keys *o;
	size_t		 p;
	bool		 by_l;

	p = lookup(old, by_id, n_id, 0, e->id);
	if (p < n_id) {
		o = &old->e[by_id[p]];
		if (e->has_updated && o->has_updated &&
		    e->updated_t < o->updated_t)
			report_add(rep, e->updated_line, 1,
			    RULE_CONTINUITY_UPDATED, "updated %s of entry "
			    "\"%s\" is earlier than %s in %s: readers keep "
			    "the copy they have", e->updated, e->id,
			    o->updated, oldpath);
		if (e->permalink >= 0 && o->permalink >= 0 &&
		    e->permalink != o->permalink)
			report_add(rep, e->id_line, 1, RULE_CONTINUITY_PERMALINK,
			    "guid \"%s\" has isPermaLink %s here and %s in %s "
			    "(absent is true): readers may take it for another "
			    "item", e->id, e->permalink ? "true" : "false",
			    o->permalink ? "true" : "false", oldpath);
		return;
	}
	by_l = true;
	if ((p = churned(old, &churn[0], &churn[1], &churn[2], 1, e,
	    gone)) == SIZE_MAX) {
		by_l = false;
		p = churned(old, &churn[0], &churn[1], &churn[2], 2, e, gone);
	}
	if (p == SIZE_MAX)
		return;
	gone[p] = false;
	o = &old->e[p];
	report_add(rep, e->id_line, 1, RULE_CONTINUITY_ID_CHURN, "entry id "
	    "\"%s\" was \"%s\" in %s (line %lu), with the same %s \"%s\": "
	    "readers show the entry twice", e->id, o->id, oldpath, o->line,
	    by_l ? "link" : "title", by_l ? e->link : e->title);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/*
 * The ids NEW's RFC 6721 tombstones announce deleted, sorted (*N of
 * them): looked up once per entry gone, as many as there are entries.
 */
static const char **
tombstone_refs(const struct feed_keys *new, size_t *n)
{
	const char	**v = xreallocarray(NULL, new->ntomb + 1, sizeof(*v));
	size_t		  i;

	*n = 0;
	for (i = 0; i < new->ntomb; i++)
		if (new->tomb[i].ref != NULL)
			v[(*n)++] = new->tomb[i].ref;
	qsort(v, *n, sizeof(*v), cmp_str);
	return v;
}

static bool
tombstoned(const char *const *refs, size_t n, const char *id)
{
	return id != NULL && bsearch(&id, refs, n, sizeof(*refs),
	    cmp_str) != NULL;
}

/*
 * Entries of OLD gone from NEW (not renamed) while an older one remains:
 * not the oldest falling off the end, but a hole. Older is by date when
 * both have one, else by place in OLD (feeds list the newest first).
 * An entry one of NEW's archives holds (ARCHIVED) is not lost: it left
 * the subscription document for the archive, which need not take the
 * oldest by date first (RFC 5005 ranks by when entries changed). An
 * entry NEW has a tombstone for was taken down, and readers are told so.
 */
static void
vanished(const struct feed_keys *old, const struct feed_keys *new,
    const size_t *new_ids, size_t n_new, const bool *gone,
    struct chain_ids *archived, const char *oldpath, struct report *rep)
{
	const struct entry_keys *dated = NULL, *last = NULL, *y;
	const char	**refs;
	size_t		 i, lastpos = 0, p, nrefs;

	for (i = 0; i < old->n; i++) {
		if (old->e[i].id == NULL || gone[i])
			continue;
		if (lookup(new, new_ids, n_new, 0, old->e[i].id) == n_new)
			continue;
		if (old->e[i].has_when && (dated == NULL ||
		    old->e[i].when_t < dated->when_t))
			dated = &old->e[i];
		last = &old->e[i];
		lastpos = i;
	}
	refs = tombstone_refs(new, &nrefs);
	for (i = 0; i < old->n; i++) {
		if (!gone[i] || chain_ids_has(archived, old->e[i].id) ||
		    tombstoned(refs, nrefs, old->e[i].id))
			continue;
		if (old->e[i].has_when && dated != NULL) {
			if (dated->when_t >= old->e[i].when_t)
				continue;
			y = dated;
		} else if (last != NULL && lastpos > i)
			y = last;
		else
			continue;
		/* Blamed where the older one stands in NEW. */
		p = lookup(new, new_ids, n_new, 0, y->id);
		report_add(rep, new->e[new_ids[p]].line, 1,
		    RULE_CONTINUITY_VANISHED, "entry \"%s\" of %s (line %lu) "
		    "is gone, while \"%s\", older, remains", old->e[i].id,
		    oldpath, old->e[i].line, y->id);
	}
	free(refs);
}

/* Why PATH could not be read as a feed, on stderr. */
static void
unreadable(const char *path, const struct feed_keys *k)
{
	if (k->json)
		msg_error(path, 0, "a JSON Feed: --against compares Atom and "
		    "RSS feeds only");
	else
		msg_error(path, k->err_line, "%s", k->err);
}

int
against_check(const char *oldpath, const char *newpath, struct report *rep)
{
	struct feed_keys old, new;
	size_t		*by_id, *new_ids;
	size_t		 n_id, n_new, i;
	struct churn_index churn[3];	/* by link, title, title and date */
	bool		*gone, too_large;
	struct chain_ids *archived;

	/* Strangers' files: within validate's limits, as validate reads. */
	if (feed_keys_read_bounded(oldpath, &old) == -1) {
		unreadable(oldpath, &old);
		feed_keys_free(&old);
		return -1;
	}
	if (feed_keys_read_bounded(newpath, &new) == -1) {
		/* NEW is what the report is on: refused as validate would. */
		too_large = new.too_large;
		if (too_large)
			report_add(rep, new.err_line, new.err_col,
			    RULE_TOO_LARGE, "%s", new.err);
		else
			unreadable(newpath, &new);
		feed_keys_free(&old);
		feed_keys_free(&new);
		return too_large ? 0 : -1;
	}
	rep->format = new.atom ? "atom-1.0" : "rss";
	compare_heads(&old, &new, oldpath, rep);
	by_id = index_by(&old, 0, &n_id);
	new_ids = index_by(&new, 0, &n_new);
	/* gone[i]: OLD's entry i has an id that NEW lacks. */
	gone = xcalloc(old.n + 1, sizeof(*gone));
	for (i = 0; i < old.n; i++)
		gone[i] = old.e[i].id != NULL &&
		    lookup(&new, new_ids, n_new, 0, old.e[i].id) == n_new;
	/* Only gone entries can be churned: the rest are not indexed. */
	churn_index_init(&churn[0], &old, 1, gone);
	churn_index_init(&churn[1], &old, 2, gone);
	churn_index_init(&churn[2], &old, 3, gone);
	for (i = 0; i < new.n; i++)
		if (new.e[i].id != NULL)
			compare_entry(&old, &new.e[i], by_id, n_id, churn,
			    gone, oldpath, rep);
	/* An archived feed: its archives, read as --chain reads them. */
	archived = chain_archived_ids(newpath, &new);
	vanished(&old, &new, new_ids, n_new, gone, archived, oldpath, rep);
	chain_ids_free(archived);
	sort_report(rep);
	free(gone);
	free(by_id);
	for (i = 0; i < 3; i++)
		churn_index_free(&churn[i]);
	free(new_ids);
	feed_keys_free(&old);
	feed_keys_free(&new);
	return 0;
}
