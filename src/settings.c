/*
 * settings: the feed.conf reader. Each key has a kind that says how its
 * value is checked; every problem names its line.
 */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "email.h"
#include "langtag.h"
#include "lines.h"
#include "number.h"
#include "settings.h"
#include "tz.h"
#include "uri.h"
#include "utf8.h"

#define SLUG_PLACEHOLDER "{slug}"

enum kind {
	K_TEXT,		/* any non-empty text */
	K_LINK,		/* absolute http or https URL with a host */
	K_ID,		/* absolute IRI that is a valid atom:id */
	K_FOLDER_URI,	/* a K_LINK ending in '/' */
	K_TEMPLATE,	/* a K_LINK once {slug} is filled in */
	K_ID_TEMPLATE,	/* a K_ID once {slug} is filled in, for some slugs */
	K_LANGUAGE,	/* RFC 5646 language tag */
	K_ZONE,		/* IANA zone name */
	K_EMAIL,	/* RFC 5322 addr-spec */
	K_PERSON,	/* "EMAIL (Name)", as RSS names people */
	K_COUNT,	/* 1 to MAX_COUNT */
	K_MODE,		/* octal file mode, read and write for the owner, no x */
	K_PATH,		/* folder; no ".." */
	K_LIST,		/* repeatable text */
	K_HUB,		/* repeatable http or https URL with a host */
	K_YESNO,	/* "yes" or "no" */
	K_OUTFILE	/* a file name in the output folder, "yes" or "no" */
};

#define MAX_COUNT 1000000UL

struct key {
	const char	*name;
	enum kind	 kind;
	size_t		 offset;
	bool		 required;
};

static const struct key keys[] = {
	{ "title",	  K_TEXT,	offsetof(struct settings, title), true },
	{ "subtitle",	  K_TEXT,	offsetof(struct settings, subtitle), false },
	{ "link",	  K_LINK,	offsetof(struct settings, link), true },
	{ "feed-url",	  K_FOLDER_URI,	offsetof(struct settings, feed_url), true },
	{ "id",		  K_ID,	offsetof(struct settings, id), true },
	{ "language",	  K_LANGUAGE,	offsetof(struct settings, language), false },
	{ "timezone",	  K_ZONE,	offsetof(struct settings, timezone), true },
	{ "author",	  K_TEXT,	offsetof(struct settings, author), false },
	{ "author-email", K_EMAIL,	offsetof(struct settings, author_email), false },
	{ "entry-link",	  K_TEMPLATE,	offsetof(struct settings, entry_link), true },
	{ "entry-id",	  K_ID_TEMPLATE,	offsetof(struct settings, entry_id), false },
	{ "articles",	  K_PATH,	offsetof(struct settings, articles), false },
	{ "output",	  K_PATH,	offsetof(struct settings, output), false },
	{ "max-entries",  K_COUNT,	offsetof(struct settings, max_entries), false },
	{ "mode",	  K_MODE,	offsetof(struct settings, file_mode), false },
	{ "trailer",	  K_LIST,	offsetof(struct settings, trailers), false },
	{ "json",	  K_YESNO,	offsetof(struct settings, json), false },
	{ "category-feeds", K_YESNO,	offsetof(struct settings, category_feeds), false },
	{ "archive-size", K_COUNT,	offsetof(struct settings, archive_size), false },
	{ "page",	  K_OUTFILE,	offsetof(struct settings, page), false },
	{ "discovery",	  K_OUTFILE,	offsetof(struct settings, discovery), false },
	{ "icon",	  K_LINK,	offsetof(struct settings, icon), false },
	{ "logo",	  K_LINK,	offsetof(struct settings, logo), false },
	{ "rights",	  K_TEXT,	offsetof(struct settings, rights), false },
	{ "ttl",	  K_COUNT,	offsetof(struct settings, ttl), false },
	{ "category",	  K_LIST,	offsetof(struct settings, categories), false },
	{ "managing-editor", K_PERSON,	offsetof(struct settings, managing_editor), false },
	{ "web-master",	  K_PERSON,	offsetof(struct settings, web_master), false },
	{ "hub",	  K_HUB,	offsetof(struct settings, hubs), false },
};

/* The feeds' own names, which the page and the fragment must not take. */
static const char *const feed_files[] = { "atom.xml", "rss.xml", "feed.json" };

#define NKEYS (sizeof(keys) / sizeof(keys[0]))

/* A path inside the feed folder, or an absolute one; never through "..". */
static bool
path_ok(const char *s, size_t n)
{
	size_t	 i = 0, start;

	while (i < n) {
		start = i;
		while (i < n && s[i] != '/')
			i++;
		if (i - start == 2 && s[start] == '.' && s[start + 1] == '.')
			return false;
		i++;
	}
	return true;
}

/* A plain file name: no folder, not hidden, nothing a shell or URL must quote. */
static bool
file_name_ok(const char *s, size_t n)
{
	size_t	 i;

	if (n == 0 || n > 255 || s[0] == '.')
		return false;
	for (i = 0; i < n; i++)
		if (!ascii_isalnum(s[i]) && strchr("._-", s[i]) == NULL)
			return false;
	return true;
}

/*
 * Filled with any slug, the template must be an absolute IRI. A slug comes
 * out as unreserved characters and %XX escapes, so two samples stand for
 * all: one with letters and '-', one with what a scheme or a port cannot
 * hold (a digit first, '_', '~', an escape), which rules out "{slug}:...".
 */
static const char *const samples[] = { "sample-slug", "0_~ %" };
#define NSAMPLES (sizeof(samples) / sizeof(samples[0]))

/* True if every sample slug gives a value OK takes. */
static bool
template_ok(const char *s, bool (*ok)(const char *, size_t))
{
	char	*u;
	bool	 good = true;
	size_t	 i;

	if (strstr(s, SLUG_PLACEHOLDER) == NULL)
		return false;
	for (i = 0; i < NSAMPLES && good; i++) {
		u = settings_expand(s, samples[i]);
		good = ok(u, strlen(u));
		free(u);
	}
	return good;
}

/*
 * An id template must give a valid id for some slug: "urn:uuid:{slug}" is
 * good for records named by a UUID, and each record's own id is checked
 * when it is read. A template no slug can make valid (a tag: URI without
 * a date) is refused here. Returns NULL, or what is wrong with the
 * sample-slug id (the phrase of uri_id_problem).
 */
static const char *
id_template_problem(const char *s)
{
	static const char *const ids[] = { "sample-slug",
	    "6e8bc430-9c3a-11d9-9669-0800200c9a66" };
	const char	*first = NULL, *p;
	char		*u;
	size_t		 i;

	for (i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
		u = settings_expand(s, ids[i]);
		p = uri_id_problem(u, strlen(u));
		free(u);
		if (p == NULL)
			return NULL;
		if (first == NULL)
			first = p;
	}
	return first;
}

/*
 * Names in the zone folder that are no place's zone: "localtime" and
 * "posixrules" are whatever this machine was set to, "Factory" is no zone
 * at all, and "posix/" and "right/" are copies (right/ counting leap
 * seconds) that not every machine has.
 */
static bool
zone_is_hosts(const char *v)
{
	return strcasecmp(v, "localtime") == 0 ||
	    strcasecmp(v, "posixrules") == 0 ||
	    strcasecmp(v, "Factory") == 0 ||
	    strncasecmp(v, "posix/", 6) == 0 ||
	    strncasecmp(v, "right/", 6) == 0;
}

/* "EMAIL (Name)" with a name: email.c's grammar, as validate reads it. */
static bool
person_ok(const char *v, size_t n)
{
	size_t	 name;

	return email_named_valid(v, n, &name) && name > 0;
}

static int
check_value(const struct key *k, const char *v, size_t n, unsigned long line,
    struct parse_error *err)
{
	uint32_t	 first;

	switch (k->kind) {
	case K_TEXT:
	case K_LIST:
		/* Shown to readers (a trailer is only matched): as in records. */
		if (k->offset == offsetof(struct settings, trailers) ||
		    !utf8_all_blank(v, n, &first))
			return 0;
		parse_error_set(err, line, "%s is blank: only white space or "
		    "invisible characters (the first is U+%04X), which readers "
		    "show as nothing", k->name, (unsigned)first);
		return -1;
	case K_LINK:
	case K_HUB:
		/*
		 * Subscribers read the hub's URL in the feeds: a password
		 * there is published. Not quoted, so not in cron's mail.
		 */
		if (k->kind == K_HUB && uri_is_http(v, n) && uri_has_userinfo(v)) {
			parse_error_set(err, line, "%s: the URL holds a user name "
			    "or password (before an \"@\"), which would be "
			    "published in every feed; give the hub's URL "
			    "without it", k->name);
			return -1;
		}
		/* Never sent to the hub: it would only spell the hub twice. */
		if (k->kind == K_HUB && uri_is_web_link(v, n) &&
		    memchr(v, '#', n) != NULL) {
			parse_error_set(err, line, "%s: \"%.*s\" has a fragment "
			    "(#), which is never sent to a hub; give the URL "
			    "without it", k->name, (int)n, v);
			return -1;
		}
		/* libcurl sends "/./hub" as "/hub": one more spelling. */
		if (k->kind == K_HUB && uri_is_web_link(v, n) &&
		    uri_has_dot_segment(v)) {
			parse_error_set(err, line, "%s: \"%.*s\" has a \".\" or "
			    "\"..\" segment in its path; give the path it "
			    "stands for", k->name, (int)n, v);
			return -1;
		}
		if (uri_is_web_link(v, n))
			return 0;
		if (uri_is_iri_syntax(v, n))
			parse_error_set(err, line, "%s: \"%.*s\" is not an http "
			    "or https URL with a host", k->name, (int)n, v);
		else
			parse_error_set(err, line, "%s: \"%.*s\" is not an "
			    "absolute URI", k->name, (int)n, v);
		return -1;
	case K_ID: {
		const char	*why = uri_id_problem(v, n);

		if (why == NULL)
			return 0;
		parse_error_set(err, line, "%s: \"%.*s\" %s", k->name, (int)n,
		    v, why);
		return -1;
	}
	case K_FOLDER_URI:
		/* File names are appended: a query or fragment would hold them. */
		if (uri_is_web_link(v, n) && v[n - 1] == '/' &&
		    memchr(v, '?', n) == NULL && memchr(v, '#', n) == NULL)
			return 0;
		if (uri_is_web_link(v, n) && v[n - 1] == '/') {
			parse_error_set(err, line, "%s: \"%.*s\" has a %s: the "
			    "feeds' file names would be appended to it, not to "
			    "the folder's path", k->name, (int)n, v,
			    v[strcspn(v, "?#")] == '?' ? "query (?)" :
			    "fragment (#)");
			return -1;
		}
		if (uri_is_iri_syntax(v, n) && v[n - 1] == '/')
			parse_error_set(err, line, "%s: \"%.*s\" is not an http "
			    "or https URL with a host", k->name, (int)n, v);
		else
			parse_error_set(err, line, "%s: \"%.*s\" is not an "
			    "absolute URI ending in \"/\" (the folder the feeds "
			    "are served from)", k->name, (int)n, v);
		return -1;
	case K_TEMPLATE:
	case K_ID_TEMPLATE: {
		const char	*why;

		/* A link's template without a host is said as such below. */
		if (!template_ok(v, k->kind == K_TEMPLATE ? uri_is_iri_syntax :
		    uri_is_absolute_iri)) {
			parse_error_set(err, line, "%s: \"%.*s\" is not an "
			    "absolute URI template holding " SLUG_PLACEHOLDER,
			    k->name, (int)n, v);
			return -1;
		}
		if (k->kind == K_TEMPLATE && !template_ok(v, uri_is_web_link)) {
			parse_error_set(err, line, "%s: \"%.*s\" does not give "
			    "an http or https URL with a host", k->name, (int)n,
			    v);
			return -1;
		}
		if (k->kind == K_ID_TEMPLATE &&
		    (why = id_template_problem(v)) != NULL) {
			parse_error_set(err, line, "%s: \"%.*s\" never gives a "
			    "valid id: filled in, it %s", k->name, (int)n, v, why);
			return -1;
		}
		return 0;
	}
	case K_LANGUAGE:
		if (langtag_valid(v, n))
			return 0;
		parse_error_set(err, line, "%s: \"%.*s\" is not a language tag "
		    "(like \"en\" or \"ko-KR\")", k->name, (int)n, v);
		return -1;
	case K_ZONE:
		if (tz_name_valid(v) && !zone_is_hosts(v))
			return 0;
		if (tz_name_valid(v)) {
			parse_error_set(err, line, "%s: \"%.*s\" is not an "
			    "IANA time zone name (like \"Asia/Seoul\") but a "
			    "file of this machine's time zone data: the feeds "
			    "would change with the machine", k->name, (int)n, v);
			return -1;
		}
		parse_error_set(err, line, "%s: \"%.*s\" is not an IANA time "
		    "zone name (like \"Asia/Seoul\")", k->name, (int)n, v);
		return -1;
	case K_EMAIL:
		if (email_valid(v, n))
			return 0;
		parse_error_set(err, line, "%s: \"%.*s\" is not an email "
		    "address", k->name, (int)n, v);
		return -1;
	case K_PERSON:
		if (person_ok(v, n))
			return 0;
		parse_error_set(err, line, "%s: \"%.*s\" is not \"EMAIL "
		    "(Name)\", like \"editor@example.com (Kim Minji)\"",
		    k->name, (int)n, v);
		return -1;
	case K_PATH:
		if (path_ok(v, n))
			return 0;
		parse_error_set(err, line, "%s: \"%.*s\" goes through \"..\"; "
		    "give a folder inside the feed folder or an absolute path",
		    k->name, (int)n, v);
		return -1;
	case K_YESNO:
		if (strcmp(v, "yes") == 0 || strcmp(v, "no") == 0)
			return 0;
		parse_error_set(err, line, "%s: \"%.*s\" is neither \"yes\" "
		    "nor \"no\"", k->name, (int)n, v);
		return -1;
	case K_OUTFILE: {
		size_t	 i;

		if (strcmp(v, "yes") == 0 || strcmp(v, "no") == 0)
			return 0;
		if (!file_name_ok(v, n)) {
			parse_error_set(err, line, "%s: \"%.*s\" is not a file "
			    "name (letters, digits, \".\", \"-\", \"_\"; not "
			    "starting with \".\"), \"yes\" or \"no\"", k->name,
			    (int)n, v);
			return -1;
		}
		for (i = 0; i < sizeof(feed_files) / sizeof(feed_files[0]); i++) {
			if (strcmp(v, feed_files[i]) == 0) {
				parse_error_set(err, line, "%s: \"%s\" is the "
				    "name of a feed", k->name, v);
				return -1;
			}
		}
		return 0;
	}
	case K_MODE: {
		char		*end;
		unsigned long	 m;

		/* Published files are data: never executable, always the owner's to replace. */
		m = strtoul(v, &end, 8);
		if (n >= 3 && n <= 4 && v[0] >= '0' && v[0] <= '7' &&
		    *end == '\0' && (m & ~0666UL) == 0 && (m & 0600) == 0600) {
			/* Like an output folder every user can write to, which is refused. */
			if ((m & 0002) == 0)
				return 0;
			parse_error_set(err, line, "%s: \"%.*s\" lets every "
			    "user change the published files; drop the "
			    "others' write bit (like 0664 or 0644)", k->name,
			    (int)n, v);
			return -1;
		}
		parse_error_set(err, line, "%s: \"%.*s\" is not a file mode "
		    "like 0644 (octal; read and write for the owner; no "
		    "execute bits)", k->name, (int)n, v);
		return -1;
	}
	case K_COUNT: {
		unsigned long	 c;

		if (number_unsigned(v, n, MAX_COUNT, &c) && c >= 1)
			return 0;
		parse_error_set(err, line, "%s: \"%.*s\" is not a whole number "
		    "from 1 to %lu", k->name, (int)n, v, MAX_COUNT);
		return -1;
	}
	}
	return -1;
}

static void
store(struct settings *s, const struct key *k, char *v)
{
	char	*base = (char *)s + k->offset;

	if (k->kind == K_COUNT || k->kind == K_MODE) {
		*(unsigned long *)(void *)base = strtoul(v, NULL,
		    k->kind == K_MODE ? 8 : 10);
		free(v);
	} else if (k->kind == K_YESNO) {
		*(bool *)(void *)base = strcmp(v, "yes") == 0;
		free(v);
	} else if (k->kind == K_HUB) {
		s->hubs = xreallocarray(s->hubs, s->nhubs + 1,
		    sizeof(*s->hubs));
		s->hubs[s->nhubs++] = v;
	} else if (k->kind == K_LIST) {
		char	***list = (char ***)(void *)base;
		size_t	  *n = k->offset == offsetof(struct settings, trailers) ?
		    &s->ntrailers : &s->ncategories;

		*list = xreallocarray(*list, *n + 1, sizeof(**list));
		(*list)[(*n)++] = v;
	} else
		*(char **)(void *)base = v;
}

/*
 * Where the folders and file names were set (outputs_check blames these
 * lines), and the texts build may warn about.
 */
static void
note_line(struct settings *s, const struct key *k, unsigned long line)
{
	if (k->offset == offsetof(struct settings, articles))
		s->articles_line = line;
	else if (k->offset == offsetof(struct settings, output))
		s->output_line = line;
	else if (k->offset == offsetof(struct settings, page))
		s->page_line = line;
	else if (k->offset == offsetof(struct settings, discovery))
		s->discovery_line = line;
	else if (k->offset == offsetof(struct settings, title))
		s->title_line = line;
	else if (k->offset == offsetof(struct settings, category_feeds))
		s->category_feeds_line = line;
	else if (k->offset == offsetof(struct settings, archive_size))
		s->archive_size_line = line;
	else if (k->offset == offsetof(struct settings, subtitle))
		s->subtitle_line = line;
	else if (k->offset == offsetof(struct settings, rights))
		s->rights_line = line;
	else if (k->offset == offsetof(struct settings, categories)) {
		/* Set before the category itself is stored, at the same index. */
		s->category_lines = xreallocarray(s->category_lines,
		    s->ncategories + 1, sizeof(*s->category_lines));
		s->category_lines[s->ncategories] = line;
	} else if (k->offset == offsetof(struct settings, hubs)) {
		s->hub_lines = xreallocarray(s->hub_lines, s->nhubs + 1,
		    sizeof(*s->hub_lines));
		s->hub_lines[s->nhubs] = line;
	}
}

/*
 * The same hub twice would be told everything twice, however it is
 * spelled (RFC 3986 6.2.2, 6.2.3, uri_normalize): "HTTPS://Hub.example:443"
 * is "https://hub.example/".
 */
static bool
hub_twice(const struct settings *s, const char *v, unsigned long line,
    struct parse_error *err)
{
	struct buf	 a, b;
	size_t		 i;
	bool		 twice = false;

	buf_init(&a);
	buf_init(&b);
	uri_normalize(&a, v);
	for (i = 0; i < s->nhubs && !twice; i++) {
		buf_clear(&b);
		uri_normalize(&b, s->hubs[i]);
		if (strcmp(a.data, b.data) == 0) {
			parse_error_set(err, line, "hub: \"%s\" is given twice "
			    "(first on line %lu)", v, s->hub_lines[i]);
			twice = true;
		}
	}
	buf_free(&a);
	buf_free(&b);
	return twice;
}

static const struct key *
find_key(const char *name, size_t n)
{
	size_t	 i;

	for (i = 0; i < NKEYS; i++)
		if (strlen(keys[i].name) == n &&
		    memcmp(keys[i].name, name, n) == 0)
			return &keys[i];
	return NULL;
}

static int
parse_line(const char *l, size_t n, unsigned long line, struct settings *s,
    unsigned long *seen, struct parse_error *err)
{
	const char	*eq = memchr(l, '=', n), *name, *v;
	size_t		 nn, vn;
	const struct key *k;

	if (eq == NULL) {
		char	 q[QUOTE_MAX];

		quote_into(q, l, n);
		parse_error_set(err, line, "expected \"key = value\", found "
		    "%s", q);
		return -1;
	}
	name = l;
	nn = (size_t)(eq - l);
	v = eq + 1;
	vn = n - nn - 1;
	trim_blanks(&name, &nn);
	trim_blanks(&v, &vn);
	if ((k = find_key(name, nn)) == NULL) {
		char	 q[QUOTE_MAX];

		quote_into(q, name, nn);
		parse_error_set(err, line, "unknown setting %s", q);
		return -1;
	}
	if (seen[k - keys] != 0 && k->kind != K_LIST && k->kind != K_HUB) {
		parse_error_set(err, line, "%s is set twice (first on line %lu)",
		    k->name, seen[k - keys]);
		return -1;
	}
	seen[k - keys] = line;
	if (k->kind == K_ZONE)
		s->timezone_line = line;
	note_line(s, k, line);
	if (vn == 0) {
		parse_error_set(err, line, "%s has no value", k->name);
		return -1;
	}
	{
		char	*val = xstrndup(v, vn);

		if (check_value(k, val, vn, line, err) == -1 ||
		    (k->kind == K_HUB && hub_twice(s, val, line, err))) {
			free(val);
			return -1;
		}
		store(s, k, val);
	}
	return 0;
}

/*
 * An output file setting after parsing: "no" turns it off (NULL), "yes"
 * means its usual name, and absent means IF_ABSENT (NULL: off).
 */
static void
finish_outfile(char **v, const char *if_absent, const char *if_yes)
{
	if (*v == NULL) {
		*v = if_absent != NULL ? xstrdup(if_absent) : NULL;
	} else if (strcmp(*v, "no") == 0) {
		free(*v);
		*v = NULL;
	} else if (strcmp(*v, "yes") == 0) {
		free(*v);
		*v = xstrdup(if_yes);
	}
}

int
settings_parse(const char *buf, size_t len, struct settings *s,
    struct parse_error *err)
{
	struct lines	 l;
	const char	*p;
	size_t		 n, i, bad = 0;
	uint32_t	 cp;
	enum text_problem got;
	unsigned long	 seen[NKEYS] = { 0 };

	memset(s, 0, sizeof(*s));
	s->max_entries = DEFAULT_MAX_ENTRIES;
	s->file_mode = DEFAULT_FILE_MODE;
	s->json = true;
	if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0) {
		buf += 3;
		len -= 3;
	}
	if ((got = text_check(buf, len, &bad, &cp)) != TEXT_OK) {
		unsigned long line = lines_line_of(buf, bad, &i);

		if (got == TEXT_BAD_UTF8)
			parse_error_set(err, line, "invalid UTF-8 (byte 0x%02x "
			    "in column %zu)", (unsigned char)buf[bad], i);
		else
			parse_error_set(err, line, "character U+%04X in column "
			    "%zu is %s", (unsigned)cp, i, got ==
			    TEXT_DISCOURAGED ? utf8_discouraged_why(cp) :
			    "not allowed in XML 1.0");
		return -1;
	}
	if ((bad = utf8_find_bom(buf, len)) < len) {
		unsigned long line = lines_line_of(buf, bad, &i);

		parse_error_set(err, line, "a byte-order mark (U+FEFF) in the "
		    "middle of the text, in column %zu", i);
		return -1;
	}
	lines_init(&l, buf, len);
	while (lines_next(&l, &p, &n)) {
		trim_blanks(&p, &n);
		if (n == 0 || p[0] == '#')
			continue;
		if (parse_line(p, n, l.lineno, s, seen, err) == -1)
			goto fail;
	}
	/* WebSub subscribers find the hub beside the feed's self link. */
	if (s->nhubs > 0 && s->feed_url == NULL) {
		parse_error_set(err, s->hub_lines[0], "hub is given without "
		    "feed-url, which WebSub needs for the feeds' self links; "
		    "add \"feed-url = URL\"");
		goto fail;
	}
	/* Archive links are absolute: RFC 5005 readers follow them from anywhere. */
	if (s->archive_size_line > 0 && s->feed_url == NULL) {
		parse_error_set(err, s->archive_size_line, "archive-size is "
		    "given without feed-url, which the archive links are made "
		    "from; add \"feed-url = URL\"");
		goto fail;
	}
	for (i = 0; i < NKEYS; i++) {
		if (keys[i].required && seen[i] == 0) {
			parse_error_set(err, 0, "required setting \"%s\" is "
			    "missing", keys[i].name);
			goto fail;
		}
	}
	if (s->author_email != NULL && s->author == NULL) {
		const struct key *k = find_key("author-email", 12);

		/* Feeds publish an author's email only with a name. */
		parse_error_set(err, seen[k - keys], "author-email is given "
		    "without author; add \"author = NAME\"");
		goto fail;
	}
	if (s->articles == NULL)
		s->articles = xstrdup("articles");
	if (s->output == NULL)
		s->output = xstrdup("public");
	finish_outfile(&s->page, DEFAULT_PAGE, DEFAULT_PAGE);
	finish_outfile(&s->discovery, NULL, DEFAULT_DISCOVERY);
	if (s->page != NULL && s->discovery != NULL &&
	    strcmp(s->page, s->discovery) == 0) {
		const struct key *k = find_key("discovery", 9);

		parse_error_set(err, seen[k - keys], "discovery: \"%s\" is "
		    "already the page's name", s->discovery);
		goto fail;
	}
	return 0;
fail:
	settings_free(s);
	return -1;
}

void
settings_free(struct settings *s)
{
	size_t	 i;

	free(s->title);
	free(s->subtitle);
	free(s->link);
	free(s->feed_url);
	free(s->id);
	free(s->language);
	free(s->timezone);
	free(s->author);
	free(s->author_email);
	free(s->entry_link);
	free(s->entry_id);
	free(s->articles);
	free(s->output);
	free(s->page);
	free(s->discovery);
	free(s->icon);
	free(s->logo);
	free(s->rights);
	free(s->managing_editor);
	free(s->web_master);
	for (i = 0; i < s->ntrailers; i++)
		free(s->trailers[i]);
	free(s->trailers);
	for (i = 0; i < s->ncategories; i++)
		free(s->categories[i]);
	free(s->categories);
	free(s->category_lines);
	for (i = 0; i < s->nhubs; i++)
		free(s->hubs[i]);
	free(s->hubs);
	free(s->hub_lines);
	memset(s, 0, sizeof(*s));
}

void
settings_expand_into(struct buf *b, const char *tmpl, const char *slug)
{
	const char		*p, *q;
	size_t			 plen = strlen(SLUG_PLACEHOLDER);

	for (p = tmpl; (q = strstr(p, SLUG_PLACEHOLDER)) != NULL; p = q + plen) {
		buf_add(b, p, (size_t)(q - p));
		uri_percent_encode(b, slug, strlen(slug), "");
	}
	buf_adds(b, p);
}

char *
settings_expand(const char *tmpl, const char *slug)
{
	struct buf		 b;

	buf_init(&b);
	settings_expand_into(&b, tmpl, slug);
	return buf_steal(&b);
}
