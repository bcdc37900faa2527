/*
 * record: the article record parser. See record.h for the format; every
 * problem is reported with the line it is on.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "civil.h"
#include "date.h"
#include "email.h"
#include "lines.h"
#include "mimetype.h"
#include "record.h"
#include "tz.h"
#include "uri.h"
#include "utf8.h"

#define FRONT_MATTER_MARK "---"

/*
 * A Link or a Category is written into an XML attribute (href, term), and
 * libxml2 reads a start tag of more than 10 MB in time quadratic in its
 * length, when it reads it at all: such values are refused here, with a
 * bound no real link or category comes near.
 */
#define ATTR_VALUE_MAX	65536

/* "Link" or "Category": no longer than ATTR_VALUE_MAX. */
static int
check_attr_length(const char *q, size_t vlen, unsigned long line,
    struct parse_error *err)
{
	if (vlen <= ATTR_VALUE_MAX)
		return 0;
	parse_error_set(err, line, "%s is %zu bytes long; a link or a "
	    "category is at most %d bytes", q, vlen, ATTR_VALUE_MAX);
	return -1;
}

/*
 * A text readers are shown (title, author name, Summary, Category) that
 * is only white space or invisible characters, U+00A0 or U+200B: as empty
 * as the ASCII blanks trimmed off it, so refused like an empty one.
 */
static int
check_shows(const char *what, const char *s, size_t n, unsigned long line,
    struct parse_error *err)
{
	uint32_t	 first;

	if (!utf8_all_blank(s, n, &first))
		return 0;
	parse_error_set(err, line, "blank %s: only white space or invisible "
	    "characters (the first is U+%04X), which readers show as nothing",
	    what, (unsigned)first);
	return -1;
}

/* Where in the record an optional field was set, for "set twice" errors. */
struct field_lines {
	unsigned long	 link, id, summary, updated, image;
};

/* The next blank-separated word of s[*i..n), skipping blanks before it. */
static struct span
next_word(const char *s, size_t n, size_t *i)
{
	struct span	 w;

	while (*i < n && (s[*i] == ' ' || s[*i] == '\t'))
		(*i)++;
	w.p = s + *i;
	while (*i < n && s[*i] != ' ' && s[*i] != '\t')
		(*i)++;
	w.n = (size_t)(s + *i - w.p);
	return w;
}

/* A link that is fetched and shown: http or https only, as for Link. */
static int
check_media_url(const char *q, struct span u, unsigned long line,
    struct parse_error *err)
{
	char	 qv[QUOTE_MAX];

	if (check_attr_length(q, u.n, line, err) == -1)
		return -1;
	quote_into(qv, u.p, u.n);
	if (!uri_is_web_link(u.p, u.n)) {
		parse_error_set(err, line, "%s %s is not an http or https URL "
		    "with a host", q, qv);
		return -1;
	}
	/*
	 * Readers fetch it for their users: RFC 9110 4.2.4, "A sender MUST
	 * NOT generate the userinfo subcomponent"; validate refuses it.
	 */
	if (uri_has_userinfo_n(u.p, u.n)) {
		parse_error_set(err, line, "%s %s names a user (user@host): "
		    "readers fetch it for everyone (RFC 9110 4.2.4); give the "
		    "URL without", q, qv);
		return -1;
	}
	return 0;
}

/* "Image: URL [alt text]" */
static int
add_image(struct record *r, const char *q, const char *val, size_t vlen,
    unsigned long line, struct parse_error *err)
{
	size_t	 i = 0;

	r->image = next_word(val, vlen, &i);
	if (check_media_url(q, r->image, line, err) == -1)
		return -1;
	r->image_alt.p = val + i;
	r->image_alt.n = vlen - i;
	trim_blanks(&r->image_alt.p, &r->image_alt.n);
	return 0;
}

/* "Enclosure: URL TYPE LENGTH" */
static int
add_enclosure(struct record *r, const char *q, const char *val, size_t vlen,
    unsigned long line, struct parse_error *err)
{
	struct enclosure e;
	struct span	 len, extra;
	char		 qv[QUOTE_MAX];
	size_t		 i = 0, k;

	e.url = next_word(val, vlen, &i);
	e.type = next_word(val, vlen, &i);
	len = next_word(val, vlen, &i);
	extra = next_word(val, vlen, &i);
	if (len.n == 0 || extra.n > 0) {
		quote_into(qv, val, vlen);
		parse_error_set(err, line, "%s %s is not \"URL TYPE LENGTH\" "
		    "(like \"https://example.com/a.mp3 audio/mpeg 12345\")",
		    q, qv);
		return -1;
	}
	if (check_media_url(q, e.url, line, err) == -1)
		return -1;
	if (!mimetype_valid(e.type.p, e.type.n)) {
		quote_into(qv, e.type.p, e.type.n);
		parse_error_set(err, line, "%s type %s is not a MIME type like "
		    "\"audio/mpeg\"", q, qv);
		return -1;
	}
	e.length = 0;
	for (k = 0; k < len.n; k++) {
		unsigned d = (unsigned)(len.p[k] - '0');

		/* At most 18 digits: a length in bytes, never an overflow. */
		if (d > 9 || k >= 18) {
			quote_into(qv, len.p, len.n);
			parse_error_set(err, line, "%s length %s is not a "
			    "number of bytes (0 to 999999999999999999)", q, qv);
			return -1;
		}
		e.length = e.length * 10 + d;
	}
	r->enclosures = xreallocarray(r->enclosures, r->nenclosures + 1,
	    sizeof(*r->enclosures));
	r->enclosures[r->nenclosures++] = e;
	return 0;
}

static int
check_text(const char *buf, size_t len, struct parse_error *err)
{
	size_t		 at = 0, col = 0;
	uint32_t	 cp = 0;
	unsigned long	 line;
	enum text_problem p;

	if ((p = text_check(buf, len, &at, &cp)) == TEXT_OK) {
		if ((at = utf8_find_bom(buf, len)) == len)
			return 0;
		line = lines_line_of(buf, at, &col);
		parse_error_set(err, line, "a byte-order mark (U+FEFF) in the "
		    "middle of the text, in column %zu", col);
		return -1;
	}
	line = lines_line_of(buf, at, &col);
	switch (p) {
	case TEXT_OK:
		return 0;
	case TEXT_BAD_UTF8:
		parse_error_set(err, line,
		    "invalid UTF-8 (byte 0x%02x in column %zu)",
		    (unsigned char)buf[at], col);
		return -1;
	case TEXT_NOT_XML_CHAR:
		parse_error_set(err, line,
		    "character U+%04X in column %zu is not allowed in XML 1.0",
		    (unsigned)cp, col);
		return -1;
	case TEXT_DISCOURAGED:
		parse_error_set(err, line, "character U+%04X in column %zu is %s",
		    (unsigned)cp, col, utf8_discouraged_why(cp));
		return -1;
	}
	return -1;
}

/* Next non-blank line, trimmed; false at the end of the buffer. */
static bool
next_content_line(struct lines *l, const char **s, size_t *n)
{
	while (lines_next(l, s, n)) {
		trim_blanks(s, n);
		if (*n > 0)
			return true;
	}
	return false;
}

/* Reads a local timestamp and turns it into an instant in the feed's zone. */
static int
parse_time(const char *s, size_t n, unsigned long line,
    const struct record_opts *opts, int64_t *t, int32_t *offset,
    struct parse_error *err)
{
	struct civil	 c;
	char		 q[QUOTE_MAX];

	quote_into(q, s, n);
	switch (timefmt_parse_local(s, n, &c)) {
	case TIMEFMT_OK:
		break;
	case TIMEFMT_MALFORMED:
		parse_error_set(err, line,
		    "malformed date %s (expected YYYY-MM-DD HH:MM:SS)", q);
		return -1;
	case TIMEFMT_IMPOSSIBLE:
		parse_error_set(err, line, "invalid date %s", q);
		return -1;
	}
	if (tz_local_to_utc(opts->tz, &c, t, offset, NULL) == TZ_LOCAL_GAP) {
		parse_error_set(err, line, "date %s does not exist in %s "
		    "(the clocks skip it at a daylight-saving change)", q,
		    opts->tz_name);
		return -1;
	}
	/* Found here, not by the check of the finished feed. */
	if (!timefmt_writable(*t, *offset)) {
		parse_error_set(err, line, "date %s is in the year 0 in UTC, "
		    "where a feed must write it (%s's offset then is not whole "
		    "minutes); feeds carry the years 0001 to 9999", q,
		    opts->tz_name);
		return -1;
	}
	return 0;
}

/* A field name: letters and hyphens, so "Title: with colon" is no field. */
static bool
is_key(const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= 'A' && s[i] <= 'Z') || s[i] == '-'))
			return false;
	return n > 0;
}

static int
add_field(struct record *r, struct field_lines *fl, const char *s, size_t n,
    unsigned long line, const struct record_opts *opts, struct parse_error *err)
{
	const char	*colon = memchr(s, ':', n);
	const char	*key, *val;
	size_t		 klen, vlen;
	unsigned long	*seen = NULL;
	struct span	*dst = NULL;
	char		 q[QUOTE_MAX];

	key = s;
	klen = colon != NULL ? (size_t)(colon - s) : 0;
	trim_blanks(&key, &klen);
	if (colon == NULL || !is_key(key, klen)) {
		quote_into(q, s, n);
		parse_error_set(err, line, "malformed field line %s (expected "
		    "\"Key: value\", or \"---\" to end the fields)", q);
		return -1;
	}
	val = colon + 1;
	vlen = n - (size_t)(val - s);
	trim_blanks(&val, &vlen);
	quote_into(q, key, klen);
	if (klen == 4 && strncasecmp(key, "link", 4) == 0) {
		seen = &fl->link;
		dst = &r->link;
	} else if (klen == 2 && strncasecmp(key, "id", 2) == 0) {
		seen = &fl->id;
		dst = &r->id;
	} else if (klen == 7 && strncasecmp(key, "summary", 7) == 0) {
		seen = &fl->summary;
		dst = &r->summary;
	} else if (klen == 7 && strncasecmp(key, "updated", 7) == 0) {
		seen = &fl->updated;
	} else if (klen == 8 && strncasecmp(key, "category", 8) == 0) {
		if (vlen == 0) {
			parse_error_set(err, line, "empty Category");
			return -1;
		}
		if (check_shows("Category", val, vlen, line, err) == -1 ||
		    check_attr_length(q, vlen, line, err) == -1)
			return -1;
		r->categories = xreallocarray(r->categories,
		    r->ncategories + 1, sizeof(*r->categories));
		r->categories[r->ncategories].p = val;
		r->categories[r->ncategories].n = vlen;
		r->ncategories++;
		return 0;
	} else if (klen == 9 && strncasecmp(key, "enclosure", 9) == 0) {
		if (vlen == 0) {
			parse_error_set(err, line, "empty field %s", q);
			return -1;
		}
		return add_enclosure(r, q, val, vlen, line, err);
	} else if (klen == 5 && strncasecmp(key, "image", 5) == 0) {
		if (fl->image != 0) {
			parse_error_set(err, line, "field %s given twice (first "
			    "on line %lu)", q, fl->image);
			return -1;
		}
		fl->image = line;
		if (vlen == 0) {
			parse_error_set(err, line, "empty field %s", q);
			return -1;
		}
		return add_image(r, q, val, vlen, line, err);
	} else {
		parse_error_set(err, line, "unknown field %s (known: Link, Id, "
		    "Category, Summary, Updated, Image, Enclosure)", q);
		return -1;
	}
	if (*seen != 0) {
		parse_error_set(err, line, "field %s given twice (first on "
		    "line %lu)", q, *seen);
		return -1;
	}
	*seen = line;
	if (dst == &r->link)
		r->link_line = line;
	else if (dst == &r->id)
		r->id_line = line;
	if (vlen == 0) {
		parse_error_set(err, line, "empty field %s", q);
		return -1;
	}
	if (dst == &r->summary) {
		char	 what[QUOTE_MAX + 8];

		snprintf(what, sizeof(what), "field %s", q);
		if (check_shows(what, val, vlen, line, err) == -1)
			return -1;
	}
	if (dst == &r->link && check_attr_length(q, vlen, line, err) == -1)
		return -1;
	/* A link without a host is said as such below. */
	if ((dst == &r->link || dst == &r->id) && !(dst == &r->link ?
	    uri_is_iri_syntax : uri_is_absolute_iri)(val, vlen)) {
		char	 qv[QUOTE_MAX];

		quote_into(qv, val, vlen);
		parse_error_set(err, line, "%s %s is not an absolute URI", q,
		    qv);
		return -1;
	}
	/* A link is clicked: javascript:, data:, file: ... would run or fetch anything. */
	if (dst == &r->link && !uri_is_web_link(val, vlen)) {
		char	 qv[QUOTE_MAX];

		quote_into(qv, val, vlen);
		parse_error_set(err, line, "%s %s is not an http or https URL "
		    "with a host", q, qv);
		return -1;
	}
	if (dst == &r->id) {
		const char	*why = uri_id_problem(val, vlen);
		char		 qv[QUOTE_MAX];

		if (why != NULL) {
			quote_into(qv, val, vlen);
			parse_error_set(err, line, "%s %s %s", q, qv, why);
			return -1;
		}
	}
	if (dst != NULL) {
		dst->p = val;
		dst->n = vlen;
		return 0;
	}
	r->has_updated = true;
	r->updated_line = line;
	return parse_time(val, vlen, line, opts, &r->updated,
	    &r->updated_offset, err);
}

/* By text, then by place in the record (spans point into one buffer). */
static int
cmp_category(const void *a, const void *b)
{
	const struct span	*x = *(const struct span *const *)a;
	const struct span	*y = *(const struct span *const *)b;
	int			 c;

	c = memcmp(x->p, y->p, x->n < y->n ? x->n : y->n);
	if (c != 0)
		return c;
	if (x->n != y->n)
		return x->n < y->n ? -1 : 1;
	return x->p < y->p ? -1 : x->p > y->p;
}

/*
 * A Category given twice (pasted twice) is still one category: keeps the
 * first of each text, in order. Sorting, not comparing every pair, so
 * that a record of a million categories is no slower to read.
 */
static void
dedupe_categories(struct record *r)
{
	struct span	**by_text, *first;
	size_t		  i, k;

	if (r->ncategories < 2)
		return;
	by_text = xreallocarray(NULL, r->ncategories, sizeof(*by_text));
	for (i = 0; i < r->ncategories; i++)
		by_text[i] = &r->categories[i];
	qsort(by_text, r->ncategories, sizeof(*by_text), cmp_category);
	first = by_text[0];
	for (i = 1; i < r->ncategories; i++) {
		if (by_text[i]->n == first->n &&
		    memcmp(by_text[i]->p, first->p, first->n) == 0)
			by_text[i]->n = 0;	/* a later copy */
		else
			first = by_text[i];
	}
	free(by_text);
	for (i = k = 0; i < r->ncategories; i++)
		if (r->categories[i].n > 0)
			r->categories[k++] = r->categories[i];
	r->ncategories = k;
}

static int
parse_front_matter(struct lines *l, struct record *r, struct field_lines *fl,
    const struct record_opts *opts, struct parse_error *err)
{
	const char	*s;
	size_t		 n;
	unsigned long	 start = l->lineno;

	while (lines_next(l, &s, &n)) {
		trim_blanks(&s, &n);
		if (n == strlen(FRONT_MATTER_MARK) &&
		    memcmp(s, FRONT_MATTER_MARK, n) == 0)
			return 0;
		if (n == 0)
			continue;
		if (add_field(r, fl, s, n, l->lineno, opts, err) == -1)
			return -1;
	}
	parse_error_set(err, start, "fields started with \"---\" are not "
	    "closed by a \"---\" line");
	return -1;
}

static bool
is_trailer(const char *s, size_t n, const struct record_opts *opts)
{
	size_t	 i;

	for (i = 0; i < opts->ntrailers; i++)
		if (strlen(opts->trailers[i]) == n &&
		    memcmp(opts->trailers[i], s, n) == 0)
			return true;
	return false;
}

/* Body: paragraphs separated by blank lines, up to a trailer line. */
static void
parse_body(struct lines *l, struct record *r, const struct record_opts *opts)
{
	const char	*s, *t;
	size_t		 n, tn, cap = 0;
	struct span	*cur = NULL;

	while (lines_next(l, &s, &n)) {
		t = s;
		tn = n;
		trim_blanks(&t, &tn);
		if (tn == 0) {
			cur = NULL;
			continue;
		}
		if (is_trailer(t, tn, opts))
			break;
		if (cur == NULL) {
			/* Grown by doubling: a record has many paragraphs. */
			if (r->nparagraphs == cap) {
				cap = cap == 0 ? 8 : cap * 2;
				r->paragraphs = xreallocarray(r->paragraphs,
				    cap, sizeof(*r->paragraphs));
			}
			cur = &r->paragraphs[r->nparagraphs++];
			cur->p = t;
		}
		cur->n = (size_t)(t + tn - cur->p);
	}
}

static int
parse_byline(const char *s, size_t n, unsigned long line, struct record *r,
    const struct record_opts *opts, struct parse_error *err)
{
	const char	*bar = NULL, *p, *d;
	size_t		 en, dn;
	char		 q[QUOTE_MAX];

	/* The last '|': a quoted local part of an address may hold one. */
	for (p = s; p < s + n; p++)
		if (*p == '|')
			bar = p;
	if (bar == NULL) {
		quote_into(q, s, n);
		parse_error_set(err, line, "malformed author line %s (expected "
		    "\"EMAIL | YYYY-MM-DD HH:MM:SS\")", q);
		return -1;
	}
	r->email.p = s;
	en = (size_t)(bar - s);
	trim_blanks(&r->email.p, &en);
	r->email.n = en;
	d = bar + 1;
	dn = n - (size_t)(d - s);
	trim_blanks(&d, &dn);
	if (en == 0) {
		parse_error_set(err, line, "missing email address before \"|\"");
		return -1;
	}
	if (!email_valid(r->email.p, en)) {
		quote_into(q, r->email.p, en);
		parse_error_set(err, line, "invalid email address %s", q);
		return -1;
	}
	return parse_time(d, dn, line, opts, &r->published,
	    &r->published_offset, err);
}

int
record_parse(const char *buf, size_t len, const struct record_opts *opts,
    struct record *r, struct parse_error *err)
{
	struct lines		 l;
	struct field_lines	 fl = { 0, 0, 0, 0, 0 };
	const char		*s;
	size_t			 n;
	unsigned long		 date_line;

	memset(r, 0, sizeof(*r));
	if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0) {
		buf += 3;
		len -= 3;
	}
	if (check_text(buf, len, err) == -1)
		return -1;
	lines_init(&l, buf, len);

	if (!next_content_line(&l, &s, &n)) {
		parse_error_set(err, l.lineno ? l.lineno : 1,
		    "missing title (the record is empty)");
		goto fail;
	}
	if (n == strlen(FRONT_MATTER_MARK) &&
	    memcmp(s, FRONT_MATTER_MARK, n) == 0) {
		if (parse_front_matter(&l, r, &fl, opts, err) == -1)
			goto fail;
		dedupe_categories(r);
		if (!next_content_line(&l, &s, &n)) {
			parse_error_set(err, l.lineno, "missing title after "
			    "the fields");
			goto fail;
		}
	}
	if (check_shows("title", s, n, l.lineno, err) == -1)
		goto fail;
	r->title.p = s;
	r->title.n = n;

	if (!next_content_line(&l, &s, &n)) {
		parse_error_set(err, l.lineno, "missing author name after "
		    "the title");
		goto fail;
	}
	if (memchr(s, '|', n) != NULL && memchr(s, '@', n) != NULL) {
		parse_error_set(err, l.lineno, "missing author name: this "
		    "is the \"EMAIL | DATE\" line, which follows the name");
		goto fail;
	}
	if (check_shows("author name", s, n, l.lineno, err) == -1)
		goto fail;
	r->author.p = s;
	r->author.n = n;

	if (!next_content_line(&l, &s, &n)) {
		parse_error_set(err, l.lineno, "missing author line "
		    "\"EMAIL | YYYY-MM-DD HH:MM:SS\" after the author name");
		goto fail;
	}
	date_line = l.lineno;
	r->published_line = date_line;
	if (parse_byline(s, n, date_line, r, opts, err) == -1)
		goto fail;
	if (r->has_updated && r->updated < r->published) {
		parse_error_set(err, fl.updated, "Updated is earlier than "
		    "the date on line %lu", date_line);
		goto fail;
	}

	parse_body(&l, r, opts);
	if (r->nparagraphs == 0) {
		parse_error_set(err, date_line, "empty body: no paragraph "
		    "follows the author line");
		goto fail;
	}
	return 0;
fail:
	record_free(r);
	return -1;
}

void
record_free(struct record *r)
{
	free(r->categories);
	free(r->enclosures);
	free(r->paragraphs);
	memset(r, 0, sizeof(*r));
}
