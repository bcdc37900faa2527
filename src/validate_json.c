/*
 * validate_json: JSON Feed 1.1 (https://jsonfeed.org/version/1.1). The
 * file is read by jsonparse as a stream (see json_feed_validate): the
 * feed's members other than its items are kept whole, and its items
 * checked one at a time as they are read, each then freed, so memory
 * stays flat however many items there are. The checks: required
 * members, JSON types, URLs, RFC 3339 dates and language tags with the
 * grammars the XML formats use, unique item ids (the ids are what is kept
 * of the items). Keys starting with "_" are extensions and are not
 * checked; other unknown keys are warned about. The problems are said in
 * the order the whole document's tree was checked in: repeated names as
 * the reader meets them, then the feed's, then its items' (held until
 * then, validate_defer), and none but the reader's if it finds a fault.
 */
#include "config.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "jsonparse.h"
#include "uri.h"
#include "utf8.h"
#include "validate_defer.h"
#include "validate_int.h"
#include "validate_json.h"

#define JSONFEED_V11	"https://jsonfeed.org/version/1.1"
#define JSONFEED_V10	"https://jsonfeed.org/version/1"

struct jctx {
	struct report	*rep;
	struct jparse	*parser;	/* for the ids' budget */
	struct idkeys	 ids;		/* the items' ids seen */
	bool		 ids_full_said;
	bool		 v10;		/* a 1.0 feed: author is not deprecated */
	struct defer	 items;		/* the items' problems */
	bool		 in_item;	/* problems go to items */
	long		 item_no;
	char		 path[256];	/* "items[3].attachments[0]" */
	struct buf	 quote;		/* jquote's */
};

static void
jreport(struct jctx *c, const struct jnode *n, enum rule rule,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void
jreport(struct jctx *c, const struct jnode *n, enum rule rule,
    const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	/* A member is shown where its name is; a value where it starts. */
	if (c->in_item)
		defer_vadd(&c->items, n->key != NULL ? n->key_line : n->line,
		    n->key != NULL ? n->key_col : n->col, rule, fmt, ap);
	else if (n->key != NULL)
		report_vadd(c->rep, n->key_line, n->key_col, rule, fmt, ap);
	else
		report_vadd(c->rep, n->line, n->col, rule, fmt, ap);
	va_end(ap);
}

/*
 * S (N bytes) in double quotes for a message, cut as quote_into cuts
 * (QUOTE_BYTES), with '"' and '\' escaped. Its other characters are
 * written as utf8_safe_text writes every message's, an XML value's alike
 * (a tab as it is, a line break as a space, other controls \uNNNN): a
 * JSON string may hold any character, U+0000 too, which a C string
 * could not carry to report_vadd. Valid until the next call.
 */
static const char *
jquote(struct jctx *c, const char *s, size_t n)
{
	struct buf	*q = &c->quote;
	size_t		 cut = quote_cut(s, n, QUOTE_BYTES), i, j;

	buf_clear(q);
	buf_addc(q, '"');
	for (i = 0; i < cut; i = j + 1) {
		for (j = i; j < cut && s[j] != '"' && s[j] != '\\'; j++)
			;
		utf8_safe_text(q, s + i, j - i, true);
		if (j < cut) {
			buf_addc(q, '\\');
			buf_addc(q, s[j]);
		}
	}
	if (cut < n)
		buf_adds(q, "...");
	buf_addc(q, '"');
	return q->data;
}

/* The path of member KEY of the object at c->path, for messages. */
static const char *
where(struct jctx *c, const char *key, char *out, size_t size)
{
	if (c->path[0] == '\0')
		snprintf(out, size, "%s", key);
	else
		snprintf(out, size, "%s.%s", c->path, key);
	return out;
}

/* A string with no NUL inside, which the grammars can read. */
static bool
plain_string(const struct jnode *n)
{
	return n->type == J_STRING && strlen(n->str) == n->len;
}

/* N must be of type T (J_TRUE for a boolean); false (reported) if not. */
static bool
want_type(struct jctx *c, const struct jnode *n, const char *key,
    enum jtype t)
{
	char	 w[320];

	if (n->type == t || (t == J_TRUE && n->type == J_FALSE))
		return true;
	jreport(c, n, RULE_JSONFEED_TYPE, "%s must be %s, not %s",
	    where(c, key, w, sizeof(w)), json_type_name(t),
	    json_type_name(n->type));
	return false;
}

static void
check_url(struct jctx *c, const struct jnode *n, const char *key)
{
	char		 w[320];
	const char	*q;

	if (!want_type(c, n, key, J_STRING))
		return;
	q = jquote(c, n->str, n->len);
	where(c, key, w, sizeof(w));
	if (!plain_string(n) || !uri_is_iri_reference(n->str, n->len) ||
	    n->len == 0)
		jreport(c, n, RULE_JSONFEED_URL, "%s %s is not a URL", w, q);
	else if (!uri_is_absolute_iri(n->str, n->len))
		jreport(c, n, RULE_JSONFEED_URL_RELATIVE, "%s %s is a relative "
		    "URL, which JSON Feed gives no base to resolve against",
		    w, q);
}

static void
check_date_member(struct jctx *c, const struct jnode *n, const char *key)
{
	struct date_value	 d;
	enum date_status	 st;
	char			 w[320];
	const char		*q;

	if (!want_type(c, n, key, J_STRING))
		return;
	st = plain_string(n) ? dateparse_rfc3339_any_case(n->str, n->len, &d) :
	    DATE_SYNTAX;
	if (st != DATE_OK) {
		q = jquote(c, n->str, n->len);
		jreport(c, n, RULE_JSONFEED_DATE, "%s %s is not an RFC 3339 "
		    "date-time: it %s", where(c, key, w, sizeof(w)), q,
		    date_status_text(st));
	}
}

static void
check_language(struct jctx *c, const struct jnode *n, const char *key)
{
	char		 w[320];
	const char	*q;

	if (!want_type(c, n, key, J_STRING))
		return;
	if (!plain_string(n) || !is_language_tag(n->str)) {
		q = jquote(c, n->str, n->len);
		jreport(c, n, RULE_JSONFEED_LANGUAGE, "%s %s is not a language "
		    "tag (RFC 5646)", where(c, key, w, sizeof(w)), q);
	}
}

/*
 * The member names of the extension object K hold no "." either, as its
 * own name (JSON Feed 1.1, "Extensions"): readers may address them in
 * dotted paths.
 */
static void
check_extension_keys(struct jctx *c, const struct jnode *k)
{
	const struct jnode	*m;
	struct buf		 ext;	/* the name: jquote's buffer is one */

	if (k->type != J_OBJECT)
		return;
	buf_init(&ext);
	for (m = k->kids; m != NULL; m = m->next) {
		if (memchr(m->key, '.', m->keylen) == NULL)
			continue;
		if (ext.len == 0)
			buf_adds(&ext, jquote(c, k->key, k->keylen));
		jreport(c, m, RULE_JSONFEED_EXTENSION_NAME, "member %s of "
		    "extension %s%s%s: an extension's member names hold no "
		    "\".\"", jquote(c, m->key, m->keylen), ext.data,
		    c->path[0] != '\0' ? " in " : "", c->path);
	}
	buf_free(&ext);
}

/*
 * The members of object O that none of the KNOWN names (NULL-terminated)
 * match: extensions ("_" and a letter, no ".") pass; others are warned
 * about. Key names are quoted, as they may hold anything.
 */
static void
check_keys(struct jctx *c, const struct jnode *o, const char *const *known)
{
	const struct jnode	*k;
	const char *const	*p;
	const char		*q;

	for (k = o->kids; k != NULL; k = k->next) {
		for (p = known; *p != NULL; p++)
			if (strlen(*p) == k->keylen &&
			    memcmp(*p, k->key, k->keylen) == 0)
				break;
		if (*p != NULL)
			continue;
		q = jquote(c, k->key, k->keylen);
		if (k->keylen > 0 && k->key[0] == '_') {
			if (k->keylen < 2 || !((k->key[1] >= 'a' &&
			    k->key[1] <= 'z') || (k->key[1] >= 'A' &&
			    k->key[1] <= 'Z')) || memchr(k->key, '.',
			    k->keylen) != NULL)
				jreport(c, k, RULE_JSONFEED_EXTENSION_NAME,
				    "extension %s%s%s: an extension's name is "
				    "\"_\", a letter, and no \".\"", q,
				    c->path[0] != '\0' ? " in " : "", c->path);
			check_extension_keys(c, k);
			continue;
		}
		jreport(c, k, RULE_JSONFEED_UNKNOWN_KEY, "%s%s%s is not a "
		    "member JSON Feed 1.1 defines; an extension's name starts "
		    "with \"_\"", q, c->path[0] != '\0' ? " in " : "",
		    c->path);
	}
}

/* Each string member of O named in NAMES must be a string. */
static void
check_strings(struct jctx *c, const struct jnode *o, const char *const *names)
{
	const struct jnode	*k;

	for (; *names != NULL; names++)
		if ((k = json_get(o, *names)) != NULL)
			want_type(c, k, *names, J_STRING);
}

static void
check_urls(struct jctx *c, const struct jnode *o, const char *const *names)
{
	const struct jnode	*k;

	for (; *names != NULL; names++)
		if ((k = json_get(o, *names)) != NULL)
			check_url(c, k, *names);
}

/* Appends "." NAME (and "[I]" if I >= 0) to c->path; returns its old length. */
static size_t
path_push(struct jctx *c, const char *name, long i)
{
	size_t	 old = strlen(c->path);

	if (i >= 0)
		snprintf(c->path + old, sizeof(c->path) - old, "%s%s[%ld]",
		    old > 0 ? "." : "", name, i);
	else
		snprintf(c->path + old, sizeof(c->path) - old, "%s%s",
		    old > 0 ? "." : "", name);
	return old;
}

static void
check_author(struct jctx *c, const struct jnode *a)
{
	static const char *const known[] = { "name", "url", "avatar", NULL };
	static const char *const urls[] = { "url", "avatar", NULL };
	const struct jnode	*k;

	if (a->type != J_OBJECT) {
		jreport(c, a, RULE_JSONFEED_TYPE, "%s must be an object, not "
		    "%s", c->path, json_type_name(a->type));
		return;
	}
	check_keys(c, a, known);
	if ((k = json_get(a, "name")) != NULL)
		want_type(c, k, "name", J_STRING);
	check_urls(c, a, urls);
	if (json_get(a, "name") == NULL && json_get(a, "url") == NULL &&
	    json_get(a, "avatar") == NULL)
		jreport(c, a, RULE_JSONFEED_AUTHOR_EMPTY, "%s has none of "
		    "name, url and avatar: an author needs at least one",
		    c->path);
}

/* authors (an array of authors) and the deprecated author, in O. */
static void
check_authors(struct jctx *c, const struct jnode *o)
{
	const struct jnode	*a, *k;
	size_t			 old;
	long			 i = 0;
	char			 w[320];

	if ((a = json_get(o, "author")) != NULL) {
		if (!c->v10)
			jreport(c, a, RULE_JSONFEED_AUTHOR_DEPRECATED, "%s is "
			    "JSON Feed 1.0's; 1.1 deprecates it for authors, "
			    "an array", where(c, "author", w, sizeof(w)));
		old = path_push(c, "author", -1);
		check_author(c, a);
		c->path[old] = '\0';
	}
	if ((a = json_get(o, "authors")) == NULL ||
	    !want_type(c, a, "authors", J_ARRAY))
		return;
	for (k = a->kids; k != NULL; k = k->next) {
		old = path_push(c, "authors", i++);
		check_author(c, k);
		c->path[old] = '\0';
	}
}

static void
check_attachment(struct jctx *c, const struct jnode *a)
{
	static const char *const known[] = { "url", "mime_type", "title",
	    "size_in_bytes", "duration_in_seconds", NULL };
	const struct jnode	*k;
	const char		*q;

	if (a->type != J_OBJECT) {
		jreport(c, a, RULE_JSONFEED_TYPE, "%s must be an object, not "
		    "%s", c->path, json_type_name(a->type));
		return;
	}
	check_keys(c, a, known);
	if ((k = json_get(a, "url")) != NULL)
		check_url(c, k, "url");
	else
		jreport(c, a, RULE_JSONFEED_REQUIRED, "%s has no url",
		    c->path);
	if ((k = json_get(a, "mime_type")) == NULL)
		jreport(c, a, RULE_JSONFEED_REQUIRED, "%s has no mime_type",
		    c->path);
	else if (want_type(c, k, "mime_type", J_STRING) &&
	    (!plain_string(k) || !is_mime_type(k->str))) {
		q = jquote(c, k->str, k->len);
		jreport(c, k, RULE_JSONFEED_MIME_TYPE, "%s.mime_type %s is "
		    "not a MIME type", c->path, q);
	}
	if ((k = json_get(a, "title")) != NULL)
		want_type(c, k, "title", J_STRING);
	if ((k = json_get(a, "size_in_bytes")) != NULL)
		want_type(c, k, "size_in_bytes", J_NUMBER);
	if ((k = json_get(a, "duration_in_seconds")) != NULL)
		want_type(c, k, "duration_in_seconds", J_NUMBER);
}

/*
 * The ids' table is counted in the parser's budget, as the tree was when
 * the document was kept whole: an id past the budget is not added (the
 * parser then stops).
 */
static bool
ids_charge(void *parser, size_t bytes)
{
	return json_charge(parser, bytes);
}

/* Adds the id node K; true if an earlier item has an id of the same bytes. */
static bool
ids_seen(struct jctx *c, const struct jnode *k)
{
	return idkeys_add(&c->ids, k->str, k->len);
}

/* Forgets every id, and gives their memory back to the budget. */
static void
ids_free(struct jctx *c)
{
	json_release(c->parser, idkeys_bytes(&c->ids));
	idkeys_free(&c->ids);
}

static void
check_item(struct jctx *c, const struct jnode *it)
{
	static const char *const known[] = { "id", "url", "external_url",
	    "title", "content_html", "content_text", "summary", "image",
	    "banner_image", "date_published", "date_modified", "author",
	    "authors", "tags", "language", "attachments", NULL };
	static const char *const strings[] = { "title", "content_html",
	    "content_text", "summary", NULL };
	static const char *const urls[] = { "url", "external_url", "image",
	    "banner_image", NULL };
	const struct jnode	*k, *t;
	const char		*q;
	size_t			 old;
	long			 i;

	if (it->type != J_OBJECT) {
		jreport(c, it, RULE_JSONFEED_TYPE, "%s must be an object, not "
		    "%s", c->path, json_type_name(it->type));
		return;
	}
	check_keys(c, it, known);
	if ((k = json_get(it, "id")) == NULL)
		jreport(c, it, RULE_JSONFEED_REQUIRED, "%s has no id",
		    c->path);
	else if (want_type(c, k, "id", J_STRING)) {
		if (ids_seen(c, k)) {
			q = jquote(c, k->str, k->len);
			jreport(c, k, RULE_JSONFEED_ID_DUPLICATE, "%s.id %s is "
			    "the id of an earlier item; each item's id is its "
			    "own", c->path, q);
		} else if (c->ids.full && !c->ids_full_said) {
			c->ids_full_said = true;
			jreport(c, k, RULE_IDS_NOT_CHECKED, "more than "
			    "500,000 items: the ids of the others are not "
			    "checked for uniqueness");
		}
	}
	if (json_get(it, "content_html") == NULL &&
	    json_get(it, "content_text") == NULL)
		jreport(c, it, RULE_JSONFEED_ITEM_CONTENT, "%s has neither "
		    "content_html nor content_text", c->path);
	check_strings(c, it, strings);
	check_urls(c, it, urls);
	if ((k = json_get(it, "date_published")) != NULL)
		check_date_member(c, k, "date_published");
	if ((k = json_get(it, "date_modified")) != NULL)
		check_date_member(c, k, "date_modified");
	if ((k = json_get(it, "language")) != NULL)
		check_language(c, k, "language");
	check_authors(c, it);
	if ((k = json_get(it, "tags")) != NULL &&
	    want_type(c, k, "tags", J_ARRAY))
		for (t = k->kids, i = 0; t != NULL; t = t->next, i++)
			if (t->type != J_STRING)
				jreport(c, t, RULE_JSONFEED_TYPE, "%s.tags[%ld] "
				    "must be a string, not %s", c->path, i,
				    json_type_name(t->type));
	if ((k = json_get(it, "attachments")) != NULL &&
	    want_type(c, k, "attachments", J_ARRAY))
		for (t = k->kids, i = 0; t != NULL; t = t->next, i++) {
			old = path_push(c, "attachments", i);
			check_attachment(c, t);
			c->path[old] = '\0';
		}
}

/* A hub is spoken to over HTTP (WebSub 4): any other scheme reaches none. */
static void
check_hub_url(struct jctx *c, const struct jnode *v)
{
	char		 w[320];
	const char	*q;

	check_url(c, v, "url");
	/* check_url has said what is wrong with one that is no absolute URL. */
	if (v->type != J_STRING || !plain_string(v) ||
	    !uri_is_absolute_iri(v->str, v->len) || uri_is_http(v->str, v->len))
		return;
	q = jquote(c, v->str, v->len);
	where(c, "url", w, sizeof(w));
	jreport(c, v, RULE_JSONFEED_HUB, "%s %s is not an http or https URL",
	    w, q);
}

static void
check_hubs(struct jctx *c, const struct jnode *h)
{
	static const char *const known[] = { "type", "url", NULL };
	const struct jnode	*k, *v;
	size_t			 old;
	long			 i = 0;

	if (!want_type(c, h, "hubs", J_ARRAY))
		return;
	for (k = h->kids; k != NULL; k = k->next) {
		old = path_push(c, "hubs", i++);
		if (k->type != J_OBJECT)
			jreport(c, k, RULE_JSONFEED_TYPE, "%s must be an "
			    "object, not %s", c->path, json_type_name(k->type));
		else {
			check_keys(c, k, known);
			if ((v = json_get(k, "type")) == NULL)
				jreport(c, k, RULE_JSONFEED_REQUIRED, "%s has "
				    "no type", c->path);
			else
				want_type(c, v, "type", J_STRING);
			if ((v = json_get(k, "url")) == NULL)
				jreport(c, k, RULE_JSONFEED_REQUIRED, "%s has "
				    "no url", c->path);
			else
				check_hub_url(c, v);
		}
		c->path[old] = '\0';
	}
}

static void
check_feed(struct jctx *c, const struct jnode *f)
{
	static const char *const known[] = { "version", "title",
	    "home_page_url", "feed_url", "description", "user_comment",
	    "next_url", "icon", "favicon", "author", "authors", "language",
	    "expired", "hubs", "items", NULL };
	static const char *const strings[] = { "title", "description",
	    "user_comment", NULL };
	static const char *const urls[] = { "home_page_url", "feed_url",
	    "next_url", "icon", "favicon", NULL };
	const struct jnode	*k, *fu;
	const char		*q;

	if (f->type != J_OBJECT) {
		report_add(c->rep, f->line, f->col, RULE_JSONFEED_TYPE, "the "
		    "file is JSON, but its root is %s: a JSON Feed is an "
		    "object", json_type_name(f->type));
		return;
	}
	if ((k = json_get(f, "version")) == NULL)
		report_add(c->rep, f->line, f->col, RULE_JSONFEED_VERSION,
		    "no version: a JSON Feed 1.1 has \"version\": \"%s\"",
		    JSONFEED_V11);
	else if (want_type(c, k, "version", J_STRING)) {
		if (strcmp(k->str, JSONFEED_V10) == 0 && plain_string(k)) {
			c->v10 = true;
			c->rep->format = "json-feed-1.0";
			jreport(c, k, RULE_JSONFEED_VERSION_OLD, "JSON Feed "
			    "1.0, checked with the rules of 1.1");
		} else if (strcmp(k->str, JSONFEED_V11) != 0 ||
		    !plain_string(k)) {
			q = jquote(c, k->str, k->len);
			jreport(c, k, RULE_JSONFEED_VERSION, "version %s is "
			    "neither \"%s\" nor 1.0's \"%s\"", q,
			    JSONFEED_V11, JSONFEED_V10);
		}
	}
	check_keys(c, f, known);
	if (json_get(f, "title") == NULL)
		report_add(c->rep, f->line, f->col, RULE_JSONFEED_REQUIRED,
		    "the feed has no title");
	check_strings(c, f, strings);
	check_urls(c, f, urls);
	fu = json_get(f, "feed_url");
	if (json_get(f, "home_page_url") == NULL)
		report_add(c->rep, f->line, f->col, RULE_JSONFEED_URL_MISSING,
		    "the feed has no home_page_url, which JSON Feed strongly "
		    "recommends");
	if (fu == NULL)
		report_add(c->rep, f->line, f->col, RULE_JSONFEED_URL_MISSING,
		    "the feed has no feed_url, which JSON Feed strongly "
		    "recommends");
	/* Compared as URLs, as --chain compares links: one document. */
	if ((k = json_get(f, "next_url")) != NULL && fu != NULL &&
	    plain_string(k) && plain_string(fu) && uri_same(k->str, fu->str))
		jreport(c, k, RULE_JSONFEED_NEXT_URL, "next_url is the "
		    "feed_url: the next page must be another document");
	if ((k = json_get(f, "language")) != NULL)
		check_language(c, k, "language");
	if ((k = json_get(f, "expired")) != NULL)
		want_type(c, k, "expired", J_TRUE);
	if ((k = json_get(f, "hubs")) != NULL) {
		check_hubs(c, k);
		if (fu == NULL && k->type == J_ARRAY && k->kids != NULL)
			jreport(c, k, RULE_JSONFEED_HUB, "hubs are named but "
			    "there is no feed_url, the topic WebSub tells them "
			    "of");
	}
	check_authors(c, f);
	if ((k = json_get(f, "items")) == NULL) {
		report_add(c->rep, f->line, f->col, RULE_JSONFEED_REQUIRED,
		    "the feed has no items (an empty feed has \"items\": [])");
		return;
	}
	/* Checked while read: the last items array's, if it is the last. */
	if (want_type(c, k, "items", J_ARRAY))
		defer_flush(&c->items, c->rep, c->v10);
}

/* A root member "items" holding an array: the last one is checked. */
static void
on_items(void *arg)
{
	struct jctx	*c = arg;

	defer_clear(&c->items);
	ids_free(c);
	c->ids_full_said = false;
	c->item_no = 0;
}

static void
on_item(void *arg, const struct jnode *it)
{
	struct jctx	*c = arg;
	size_t		 old;

	old = path_push(c, "items", c->item_no++);
	c->in_item = true;
	check_item(c, it);
	c->in_item = false;
	c->path[old] = '\0';
}

static void
on_duplicate(void *arg, const struct jnode *first, const struct jnode *again)
{
	struct jctx	*c = arg;
	const char	*q;

	q = jquote(c, again->key, again->keylen);
	report_add(c->rep, again->key_line, again->key_col,
	    RULE_JSON_DUPLICATE_KEY, "member %s repeats the one at line %lu, "
	    "column %lu of the same object; the last is checked, as most "
	    "readers keep the last", q, first->key_line, first->key_col);
}

/*
 * RFC 8259 8.2: the grammar allows "\uDEAD", "a single unpaired UTF-16
 * surrogate", and "the behavior of software that receives" it "is
 * unpredictable": valid JSON, so a warning; most often an emoji cut in
 * two by a generator that counted UTF-16 units.
 */
static void
on_surrogate(void *arg, unsigned long line, unsigned long col, unsigned u)
{
	struct jctx	*c = arg;

	report_add(c->rep, line, col, RULE_JSON_LONE_SURROGATE, "\\u%04x is "
	    "a lone %s surrogate: RFC 8259 allows it, but readers show it as "
	    "U+FFFD, drop it or refuse the string (an emoji cut in two?)", u,
	    u >= 0xdc00 ? "low" : "high");
}

/*
 * RFC 8259 8.1: "Implementations MUST NOT add a byte order mark", and a
 * parser "MAY ignore" one: an error of the feed's, and the rest is checked
 * as readers that ignore it read it.
 */
static void
on_bom(void *arg)
{
	struct jctx	*c = arg;

	report_add(c->rep, 1, 1, RULE_JSON_SYNTAX, "JSON: a byte order mark, "
	    "which JSON text must not start with (RFC 8259 8.1); the rest is "
	    "checked as readers that ignore it read it");
}

int
json_feed_validate(json_read_fn fn, void *ctx, size_t value_max,
    size_t budget, enum feed_format expect, struct report *rep)
{
	struct jctx	 c;
	struct jparse	 p;
	struct jnode	*root;
	int		 rc = 0;

	memset(&c, 0, sizeof(c));
	memset(&p, 0, sizeof(p));
	c.rep = rep;
	c.parser = &p;
	c.ids.charge = ids_charge;
	c.ids.charge_arg = &p;
	buf_init(&c.quote);
	defer_init(&c.items, RULE_JSONFEED_AUTHOR_DEPRECATED);
	rep->format = "json-feed-1.1";
	if (expect == FORMAT_ATOM || expect == FORMAT_RSS)
		report_add(rep, 1, 1, RULE_WRONG_FORMAT, "expected %s, found "
		    "JSON", expect == FORMAT_ATOM ? "an Atom 1.0 feed" :
		    "an RSS 2.0 feed");
	p.budget = budget;
	p.on_duplicate = on_duplicate;
	p.on_surrogate = on_surrogate;
	p.on_bom = on_bom;
	p.arg = &c;
	p.read = fn;
	p.read_ctx = ctx;
	p.value_max = value_max;
	p.on_items = on_items;
	p.on_item = on_item;
	if ((root = json_parse_stream(&p)) == NULL) {
		if (p.err == JERR_READ) {
			report_add(rep, 0, 0, RULE_UNREADABLE,
			    "cannot read: %s", strerror(p.read_errno));
			rc = -1;
		} else
			report_add(rep, p.line, p.col, p.err == JERR_LIMIT ?
			    RULE_TOO_LARGE : RULE_JSON_SYNTAX, "%s%s",
			    p.err == JERR_LIMIT ? "" : "JSON: ", p.msg);
	} else
		check_feed(&c, root);
	ids_free(&c);
	defer_free(&c.items);
	buf_free(&c.quote);
	json_free(root);
	return rc;
}
