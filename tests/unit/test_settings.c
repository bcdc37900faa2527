/*
 * test_settings.c -- unit tests for settings.c: the showcase feed.conf, one
 * test per error message (with its line), and filling {slug} templates.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "settings.h"
#include "utf8.h"
#include "util.h"

#define SHOWCASE_CONF	"feeds/global-economic-times/feed.conf"

/* The required settings, one per line: lines 1-6. */
#define MIN \
	"title = T\n" \
	"link = https://example.com/\n" \
	"feed-url = https://example.com/feeds/\n" \
	"id = tag:example.com,2025:feed\n" \
	"timezone = Asia/Seoul\n" \
	"entry-link = https://example.com/news/{slug}\n"

/* Parses text from a buffer of exactly its length, so overreads show. */
static int
parse_len(const char *text, size_t len, struct settings *s,
    struct parse_error *err)
{
	char	*copy = xmalloc(len);
	int	 rc;

	if (len > 0)
		memcpy(copy, text, len);
	memset(err, 0, sizeof(*err));
	rc = settings_parse(copy, len, s, err);
	free(copy);
	return rc;
}

static int
parse(const char *text, struct settings *s, struct parse_error *err)
{
	return parse_len(text, strlen(text), s, err);
}

static void
assert_parsed(int rc, const struct parse_error *err)
{
	if (rc != 0)
		fail_msg("settings_parse failed: line %lu: %s", err->line,
		    err->msg);
}

static void
assert_error(const char *text, unsigned long line, const char *msg)
{
	struct settings		 s;
	struct parse_error	 err;

	if (parse(text, &s, &err) == 0) {
		settings_free(&s);
		fail_msg("accepted settings that should fail with \"%s\"",
		    msg);
	}
	assert_string_equal(err.msg, msg);
	assert_int_equal(err.line, line);
	/* Nothing is left to free, and *s is safe to free again. */
	assert_null(s.title);
	assert_null(s.trailers);
	settings_free(&s);
}

/* MIN with one more line (line 7). */
static void
assert_error_7(const char *line7, const char *msg)
{
	struct buf	 b;

	buf_init(&b);
	buf_adds(&b, MIN);
	buf_adds(&b, line7);
	assert_error(b.data, 7, msg);
	buf_free(&b);
}

static void
test_showcase(void **state)
{
	const char		*srcdir = getenv("SRCDIR");
	char			*path;
	struct buf		 b;
	struct settings		 s;
	struct parse_error	 err;

	(void)state;
	if (srcdir == NULL || *srcdir == '\0')
		srcdir = ".";
	path = path_join(srcdir, SHOWCASE_CONF);
	buf_init(&b);
	if (read_file(path, 1 << 20, &b) == -1)
		fail_msg("cannot read %s", path);
	assert_parsed(settings_parse(b.data, b.len, &s, &err), &err);
	assert_string_equal(s.title, "Global Economic Times");
	assert_string_equal(s.subtitle,
	    "News and analysis from the Global Economic Times");
	assert_string_equal(s.link, "https://www.globaleconomictimes.kr/");
	assert_string_equal(s.feed_url,
	    "https://www.globaleconomictimes.kr/feeds/");
	assert_string_equal(s.id, "tag:globaleconomictimes.kr,2025:feed");
	assert_string_equal(s.language, "en");
	assert_string_equal(s.timezone, "Asia/Seoul");
	assert_int_equal(s.timezone_line, 10);
	assert_string_equal(s.author, "Global Economic Times");
	assert_null(s.author_email);
	assert_string_equal(s.entry_link,
	    "https://www.globaleconomictimes.kr/news/{slug}");
	assert_string_equal(s.entry_id,
	    "tag:globaleconomictimes.kr,2025:news/{slug}");
	assert_string_equal(s.articles, "articles");
	assert_string_equal(s.output, "public");
	assert_int_equal(s.max_entries, 50);
	assert_int_equal(s.ntrailers, 1);
	assert_string_equal(s.trailers[0], "WEEKLY HOT");
	settings_free(&s);
	buf_free(&b);
	free(path);
}

/* Zone files that are no place's zone: the feeds would change with the machine. */
static void
test_error_host_zone(void **state)
{
	static const char *const bad[] = {
		"localtime", "LocalTime", "posixrules", "Factory", "right/UTC",
		"posix/Asia/Seoul",
	};
	char	 text[512], msg[512];
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		snprintf(text, sizeof(text), "title = T\n"
		    "link = https://example.com/\n"
		    "feed-url = https://example.com/feeds/\n"
		    "id = tag:example.com,2025:feed\n"
		    "timezone = %s\n"
		    "entry-link = https://example.com/news/{slug}\n", bad[i]);
		snprintf(msg, sizeof(msg), "timezone: \"%s\" is not an IANA "
		    "time zone name (like \"Asia/Seoul\") but a file of this "
		    "machine's time zone data: the feeds would change with the "
		    "machine", bad[i]);
		assert_error(text, 5, msg);
	}
}

/* What should not pass: an email without its author, o+w, a second BOM. */
static void
test_error_should_not_pass(void **state)
{
	struct settings		 s;
	struct parse_error	 err;

	(void)state;
	assert_error_7("author-email = desk@example.com\n", "author-email is "
	    "given without author; add \"author = NAME\"");
	assert_error_7("mode = 0666\n", "mode: \"0666\" lets every user "
	    "change the published files; drop the others' write bit (like "
	    "0664 or 0644)");
	assert_error_7("mode = 0642\n", "mode: \"0642\" lets every user "
	    "change the published files; drop the others' write bit (like "
	    "0664 or 0644)");
	assert_error_7("title2 = \xef\xbb\xbfx\n", "a byte-order mark "
	    "(U+FEFF) in the middle of the text, in column 10");
	assert_parsed(parse(MIN "mode = 0664\nauthor-email = d@example.com\n"
	    "author = Desk\n", &s, &err), &err);
	assert_int_equal(s.file_mode, 0664);
	settings_free(&s);
	/* Lone CR line ends, and a lone CR counted as one in error lines. */
	assert_parsed(parse("title = T\rlink = https://example.com/\r"
	    "feed-url = https://example.com/feeds/\r"
	    "id = tag:example.com,2025:feed\rtimezone = Asia/Seoul\r\n"
	    "entry-link = https://example.com/news/{slug}\r", &s, &err), &err);
	assert_string_equal(s.title, "T");
	assert_string_equal(s.timezone, "Asia/Seoul");
	assert_int_equal(s.timezone_line, 5);
	settings_free(&s);
	assert_error("title = T\r\rcolour = red\r", 3,
	    "unknown setting \"colour\"");
}

static void
test_defaults(void **state)
{
	struct settings		 s;
	struct parse_error	 err;

	(void)state;
	assert_parsed(parse(MIN, &s, &err), &err);
	assert_string_equal(s.title, "T");
	assert_null(s.subtitle);
	assert_null(s.language);
	assert_null(s.author);
	assert_null(s.author_email);
	assert_null(s.entry_id);
	assert_string_equal(s.articles, "articles");
	assert_string_equal(s.output, "public");
	assert_int_equal(s.max_entries, DEFAULT_MAX_ENTRIES);
	assert_int_equal(s.ntrailers, 0);
	settings_free(&s);
}

/* Spaces around '=' and the value go; '=' and '#' inside the value stay. */
static void
test_values_kept_whole(void **state)
{
	struct settings		 s;
	struct parse_error	 err;

	(void)state;
	assert_parsed(parse("title=C# and F# = news  \n"
	    "\t link\t=\thttps://example.com/?a=b#top\n"
	    "feed-url = https://example.com/feeds/\n"
	    "id = tag:example.com,2025:feed\n"
	    "timezone = America/Argentina/Buenos_Aires\n"
	    "entry-link = https://example.com/{slug}.html\n"
	    "author-email = desk@example.com\n"
	    "author = Desk\n"
	    "language = ko-KR\n"
	    "articles = /srv/records\n"
	    "output = out/public...\n"
	    "max-entries = 1000000\n", &s, &err), &err);
	assert_string_equal(s.title, "C# and F# = news");
	assert_string_equal(s.link, "https://example.com/?a=b#top");
	assert_string_equal(s.timezone, "America/Argentina/Buenos_Aires");
	assert_string_equal(s.author_email, "desk@example.com");
	assert_string_equal(s.language, "ko-KR");
	assert_string_equal(s.articles, "/srv/records");
	assert_string_equal(s.output, "out/public...");
	assert_int_equal(s.max_entries, 1000000);
	settings_free(&s);
}

static void
test_comments_and_blank_lines(void **state)
{
	struct settings		 s;
	struct parse_error	 err;

	(void)state;
	assert_parsed(parse("# a comment\n\n   \n\t# indented comment\n"
	    "#title = not this one\n" MIN "\n# the end\n", &s, &err), &err);
	assert_string_equal(s.title, "T");
	assert_int_equal(s.timezone_line, 10);
	settings_free(&s);
}

static void
test_crlf_and_bom(void **state)
{
	struct settings		 s;
	struct parse_error	 err;

	(void)state;
	assert_parsed(parse("\xef\xbb\xbftitle = T\r\n\r\n"
	    "link = https://example.com/\r\n"
	    "feed-url = https://example.com/feeds/\r\n"
	    "id = tag:example.com,2025:feed\r\n"
	    "timezone = Asia/Seoul\r\n"
	    "entry-link = https://example.com/news/{slug}\r\n"
	    "trailer = WEEKLY HOT\r\n", &s, &err), &err);
	assert_string_equal(s.title, "T");
	assert_string_equal(s.entry_link, "https://example.com/news/{slug}");
	assert_int_equal(s.timezone_line, 6);
	assert_int_equal(s.ntrailers, 1);
	assert_string_equal(s.trailers[0], "WEEKLY HOT");
	settings_free(&s);
}

static void
test_trailers_in_order(void **state)
{
	struct settings		 s;
	struct parse_error	 err;

	(void)state;
	assert_parsed(parse("trailer = WEEKLY HOT\n" MIN
	    "trailer = \xec\x9d\xb8\xea\xb8\xb0 \xea\xb8\xb0\xec\x82\xac\n"
	    "trailer = WEEKLY HOT\n", &s, &err), &err);
	assert_int_equal(s.ntrailers, 3);
	assert_string_equal(s.trailers[0], "WEEKLY HOT");
	assert_string_equal(s.trailers[1],
	    "\xec\x9d\xb8\xea\xb8\xb0 \xea\xb8\xb0\xec\x82\xac");
	assert_string_equal(s.trailers[2], "WEEKLY HOT");
	settings_free(&s);
}

static void
test_error_unknown_key(void **state)
{
	(void)state;
	assert_error_7("colour = red\n", "unknown setting \"colour\"");
	/* Keys are case-sensitive. */
	assert_error("Title = T\n", 1, "unknown setting \"Title\"");
}

static void
test_error_duplicate_key(void **state)
{
	(void)state;
	assert_error("title = T\n\nlink = https://example.com/\n"
	    "title = Again\n", 4, "title is set twice (first on line 1)");
	assert_error_7("timezone = Asia/Seoul\n",
	    "timezone is set twice (first on line 5)");
}

static void
test_error_missing_required(void **state)
{
	(void)state;
	assert_error("", 0, "required setting \"title\" is missing");
	assert_error("# only a comment\n", 0,
	    "required setting \"title\" is missing");
	assert_error("title = T\nlink = https://example.com/\n"
	    "feed-url = https://example.com/feeds/\n"
	    "timezone = Asia/Seoul\n"
	    "entry-link = https://example.com/news/{slug}\n", 0,
	    "required setting \"id\" is missing");
	assert_error("title = T\nlink = https://example.com/\n"
	    "feed-url = https://example.com/feeds/\n"
	    "id = tag:example.com,2025:feed\n"
	    "timezone = Asia/Seoul\n", 0,
	    "required setting \"entry-link\" is missing");
}

static void
test_error_no_equals(void **state)
{
	(void)state;
	assert_error_7("max-entries 12\n",
	    "expected \"key = value\", found \"max-entries 12\"");
	/* What is shown of the line is at most QUOTE_BYTES (80) bytes. */
	assert_error_7("0123456789012345678901234567890123456789"
	    "0123456789012345678901234567890123456789ABCDEF\n",
	    "expected \"key = value\", found \"0123456789012345678901234567890123456789"
	    "0123456789012345678901234567890123456789...\"");
}

static void
test_error_empty_value(void **state)
{
	(void)state;
	assert_error("title =   \t\n", 1, "title has no value");
	assert_error_7("trailer =\n", "trailer has no value");
	assert_error_7("= value\n", "unknown setting \"\"");
}

static void
test_error_bad_uri(void **state)
{
	(void)state;
	assert_error("link = www.example.com\n", 1,
	    "link: \"www.example.com\" is not an absolute URI");
	assert_error("id = https://example.com/a feed\n", 1,
	    "id: \"https://example.com/a feed\" is not an absolute URI");
}

static void
test_error_feed_url_not_folder(void **state)
{
	(void)state;
	assert_error("feed-url = https://example.com/feeds\n", 1,
	    "feed-url: \"https://example.com/feeds\" is not an absolute URI "
	    "ending in \"/\" (the folder the feeds are served from)");
	assert_error("feed-url = /feeds/\n", 1,
	    "feed-url: \"/feeds/\" is not an absolute URI "
	    "ending in \"/\" (the folder the feeds are served from)");
}

static void
test_error_template_without_slug(void **state)
{
	(void)state;
	assert_error("entry-link = https://example.com/news/\n", 1,
	    "entry-link: \"https://example.com/news/\" is not an absolute URI "
	    "template holding {slug}");
	assert_error_7("entry-id = tag:example.com,2025:{slug\n",
	    "entry-id: \"tag:example.com,2025:{slug\" is not an absolute URI "
	    "template holding {slug}");
	/* Holding {slug} is not enough: it must give an absolute URI. */
	assert_error("entry-link = /news/{slug}\n", 1,
	    "entry-link: \"/news/{slug}\" is not an absolute URI "
	    "template holding {slug}");
	/* Nor only for some slugs: in the scheme, "a b" would give "a%20b:". */
	assert_error("entry-link = {slug}:x\n", 1,
	    "entry-link: \"{slug}:x\" is not an absolute URI "
	    "template holding {slug}");
	assert_error_7("entry-id = t{slug}ag:example.com,2025:x\n",
	    "entry-id: \"t{slug}ag:example.com,2025:x\" is not an absolute "
	    "URI template holding {slug}");
}

static void
test_error_bad_language(void **state)
{
	static const char *const bad[] = { "e", "en_US", "1en", "en-",
	    "-en", "en--US", "english!", "toolonglanguage", "en-abcdefghi",
	    "abcdefgh" };
	static const char *const good[] = { "en", "ko-KR", "zh-Hant-TW",
	    "de-CH-1996", "haw" };
	char			 line[128], msg[256];
	struct buf		 b;
	struct settings		 s;
	struct parse_error	 err;
	size_t			 i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		snprintf(line, sizeof(line), "language = %s\n", bad[i]);
		snprintf(msg, sizeof(msg), "language: \"%s\" is not a language "
		    "tag (like \"en\" or \"ko-KR\")", bad[i]);
		assert_error_7(line, msg);
	}
	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		buf_init(&b);
		buf_adds(&b, MIN "language = ");
		buf_adds(&b, good[i]);
		assert_parsed(parse(b.data, &s, &err), &err);
		assert_string_equal(s.language, good[i]);
		settings_free(&s);
		buf_free(&b);
	}
}

static void
test_error_bad_timezone(void **state)
{
	(void)state;
	assert_error("timezone = ../../etc/passwd\n", 1,
	    "timezone: \"../../etc/passwd\" is not an IANA time zone name "
	    "(like \"Asia/Seoul\")");
	assert_error("timezone = /etc/localtime\n", 1,
	    "timezone: \"/etc/localtime\" is not an IANA time zone name "
	    "(like \"Asia/Seoul\")");
	assert_error("timezone = Asia/Seoul/\n", 1,
	    "timezone: \"Asia/Seoul/\" is not an IANA time zone name "
	    "(like \"Asia/Seoul\")");
}

static void
test_error_bad_email(void **state)
{
	(void)state;
	assert_error_7("author-email = nobody\n",
	    "author-email: \"nobody\" is not an email address");
	assert_error_7("author-email = Desk <desk@example.com>\n",
	    "author-email: \"Desk <desk@example.com>\" is not an email address");
}

static void
test_error_max_entries(void **state)
{
	static const char *const bad[] = { "0", "1000001", "12x", "-1", "+5",
	    "1e3", "0x10", "99999999999999999999999", "1 000" };
	char			 line[128], msg[256];
	struct buf		 b;
	struct settings		 s;
	struct parse_error	 err;
	size_t			 i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		snprintf(line, sizeof(line), "max-entries = %s\n", bad[i]);
		snprintf(msg, sizeof(msg), "max-entries: \"%s\" is not a whole "
		    "number from 1 to 1000000", bad[i]);
		assert_error_7(line, msg);
	}
	buf_init(&b);
	buf_adds(&b, MIN "max-entries =   1  \n");
	assert_parsed(parse(b.data, &s, &err), &err);
	assert_int_equal(s.max_entries, 1);
	settings_free(&s);
	buf_free(&b);
}

static void
test_error_path_dotdot(void **state)
{
	static const char *const bad[] = { "..", "../public", "a/../b",
	    "a/..", "/srv/../etc", "./.." };
	char			 line[128], msg[256];
	size_t			 i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		snprintf(line, sizeof(line), "output = %s\n", bad[i]);
		snprintf(msg, sizeof(msg), "output: \"%s\" goes through \"..\"; "
		    "give a folder inside the feed folder or an absolute path",
		    bad[i]);
		assert_error_7(line, msg);
	}
	assert_error("articles = ../records\n", 1, "articles: \"../records\" "
	    "goes through \"..\"; give a folder inside the feed folder or an "
	    "absolute path");
}

static void
test_error_bad_text(void **state)
{
	(void)state;
	assert_error(MIN "title2 = \xff\n", 7,
	    "invalid UTF-8 (byte 0xff in column 10)");
	assert_error("\xef\xbb\xbf# comment\n\ntitle = T\x01\n", 3,
	    "character U+0001 in column 10 is not allowed in XML 1.0");
	assert_error(MIN "title2 = \xc2\x93quoted\xc2\x94\n", 7,
	    "character U+0093 in column 10 is a C1 control, which XML 1.0 "
	    "asks authors to avoid and readers show as another character "
	    "(text in Windows-1252 read as Latin-1?)");
	assert_error(MIN "title2 = a\x7f\n", 7,
	    "character U+007F in column 11 is DEL, a control character, "
	    "which XML 1.0 asks authors to avoid and HTML does not allow");
	assert_error(MIN "title2 = \xef\xb7\x90\n", 7,
	    "character U+FDD0 in column 10 is a Unicode noncharacter, which "
	    "XML 1.0 asks authors to avoid and HTML does not allow");
}

/* The first error wins, even when a required key is also missing. */
static void
test_error_first_wins(void **state)
{
	(void)state;
	assert_error("title = T\nnope\nlink = x\n", 2,
	    "expected \"key = value\", found \"nope\"");
}

/* Cutting a long line for a message must not split a UTF-8 sequence. */
static void
test_error_message_utf8(void **state)
{
	char			 text[128];
	struct settings		 s;
	struct parse_error	 err;
	size_t			 i, at;
	uint32_t		 cp;

	(void)state;
	strcpy(text, "x");	/* so byte 60 is inside a character */
	for (i = 0; i < 30; i++)
		strcat(text, "\xed\x95\x9c");	/* 한: 3 bytes */
	strcat(text, "\n");
	assert_int_equal(parse(text, &s, &err), -1);
	assert_int_equal(err.line, 1);
	assert_true(str_has_prefix(err.msg, "expected \"key = value\", "
	    "found \""));
	if (text_check(err.msg, strlen(err.msg), &at, &cp) != TEXT_OK)
		fail_msg("message is not valid UTF-8 at byte %zu: %s", at,
		    err.msg);
}

static void
test_expand(void **state)
{
	static const struct {
		const char	*tmpl, *slug, *want;
	} cases[] = {
		{ "https://example.com/news/{slug}", "plain-slug_1.0~x",
		    "https://example.com/news/plain-slug_1.0~x" },
		{ "https://example.com/news/{slug}", "a b/c",
		    "https://example.com/news/a%20b%2Fc" },
		{ "https://example.com/news/{slug}",
		    "\xed\x95\x9c\xea\xb5\xad \xea\xb8\xb0\xec\x82\xac",
		    "https://example.com/news/%ED%95%9C%EA%B5%AD%20"
		    "%EA%B8%B0%EC%82%AC" },
		{ "https://example.com/{slug}?q={slug}#x", "a&b=c%",
		    "https://example.com/a%26b%3Dc%25?q=a%26b%3Dc%25#x" },
		{ "tag:example.com,2025:news/{slug}", "000_da7d4b23b93f851d",
		    "tag:example.com,2025:news/000_da7d4b23b93f851d" },
		{ "https://example.com/{slug}", "", "https://example.com/" },
		{ "https://example.com/none", "x", "https://example.com/none" },
		{ "{slug}{slug}", "?#", "%3F%23%3F%23" },
	};
	char	*got;
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		got = settings_expand(cases[i].tmpl, cases[i].slug);
		assert_string_equal(got, cases[i].want);
		free(got);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_showcase),
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_values_kept_whole),
		cmocka_unit_test(test_comments_and_blank_lines),
		cmocka_unit_test(test_crlf_and_bom),
		cmocka_unit_test(test_trailers_in_order),
		cmocka_unit_test(test_error_unknown_key),
		cmocka_unit_test(test_error_host_zone),
		cmocka_unit_test(test_error_should_not_pass),
		cmocka_unit_test(test_error_duplicate_key),
		cmocka_unit_test(test_error_missing_required),
		cmocka_unit_test(test_error_no_equals),
		cmocka_unit_test(test_error_empty_value),
		cmocka_unit_test(test_error_bad_uri),
		cmocka_unit_test(test_error_feed_url_not_folder),
		cmocka_unit_test(test_error_template_without_slug),
		cmocka_unit_test(test_error_bad_language),
		cmocka_unit_test(test_error_bad_timezone),
		cmocka_unit_test(test_error_bad_email),
		cmocka_unit_test(test_error_max_entries),
		cmocka_unit_test(test_error_path_dotdot),
		cmocka_unit_test(test_error_bad_text),
		cmocka_unit_test(test_error_first_wins),
		cmocka_unit_test(test_error_message_utf8),
		cmocka_unit_test(test_expand),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
