/*
 * test_record.c -- unit tests for record.c: the showcase record, one test
 * per error message (with its line), the optional fields, and a cheap
 * fuzz that feeds every prefix of valid records to the parser.
 *
 * Every input is copied into a buffer of exactly its length, so the
 * sanitizers catch a parser that reads past the end.
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

#include "lines.h"
#include "record.h"
#include "tz.h"
#include "utf8.h"
#include "util.h"

#define ZONEINFO	"/usr/share/zoneinfo"
#define SEED_NAME	"000_da7d4b23b93f851d.txt"
#define SEED_DIR	"feeds/global-economic-times/articles"
#define MAX_RECORD	(16 * 1024 * 1024)

/* Both zones, loaded once for the whole group. */
static struct tz	*seoul, *new_york;
static char		*trailers[] = { "WEEKLY HOT" };

/* A parse and what it gave; buf (exactly the input's length) outlives r. */
struct parsed {
	char			*buf;
	int			 rc;
	struct record		 r;
	struct parse_error	 err;
};

static int
load_zones(void **state)
{
	char	 msg[256];

	(void)state;
	if (tz_load(ZONEINFO, "Asia/Seoul", &seoul, msg, sizeof(msg)) == -1 ||
	    tz_load(ZONEINFO, "America/New_York", &new_york, msg,
	    sizeof(msg)) == -1) {
		fprintf(stderr, "test_record: %s\n", msg);
		return -1;
	}
	return 0;
}

static int
free_zones(void **state)
{
	(void)state;
	tz_free(seoul);
	tz_free(new_york);
	return 0;
}

static struct record_opts
seoul_opts(void)
{
	struct record_opts	 o;

	o.tz = seoul;
	o.tz_name = "Asia/Seoul";
	o.trailers = trailers;
	o.ntrailers = 1;
	return o;
}

static void
parse_opts(struct parsed *p, const char *text, size_t len,
    const struct record_opts *o)
{
	p->buf = xmalloc(len);
	if (len > 0)
		memcpy(p->buf, text, len);
	memset(&p->err, 0, sizeof(p->err));
	p->rc = record_parse(p->buf, len, o, &p->r, &p->err);
}

static void
parse(struct parsed *p, const char *text)
{
	struct record_opts	 o = seoul_opts();

	parse_opts(p, text, strlen(text), &o);
}

static void
parsed_free(struct parsed *p)
{
	if (p->rc == 0)
		record_free(&p->r);
	free(p->buf);
	p->buf = NULL;
}

static void
assert_parsed(const struct parsed *p)
{
	if (p->rc != 0)
		fail_msg("record_parse failed: line %lu: %s", p->err.line,
		    p->err.msg);
}

static void
assert_span(struct span s, const char *want)
{
	char	*got = xstrndup(s.p != NULL ? s.p : "", s.n);

	assert_string_equal(got, want);
	free(got);
}

static void
assert_error_len(const char *text, size_t len, const struct record_opts *o,
    unsigned long line, const char *msg)
{
	struct parsed	 p;

	parse_opts(&p, text, len, o);
	if (p.rc == 0) {
		parsed_free(&p);
		fail_msg("record_parse accepted a record that should fail "
		    "with \"%s\"", msg);
	}
	assert_int_equal(p.rc, -1);
	assert_string_equal(p.err.msg, msg);
	assert_int_equal(p.err.line, line);
	parsed_free(&p);
}

static void
assert_error_opts(const char *text, const struct record_opts *o,
    unsigned long line, const char *msg)
{
	assert_error_len(text, strlen(text), o, line, msg);
}

static void
assert_error(const char *text, unsigned long line, const char *msg)
{
	struct record_opts	 o = seoul_opts();

	assert_error_opts(text, &o, line, msg);
}

/* Reads the showcase record from the source tree into *b. */
static void
read_seed(struct buf *b)
{
	const char	*srcdir = getenv("SRCDIR");
	char		*dir, *path;

	if (srcdir == NULL || *srcdir == '\0')
		srcdir = ".";
	dir = path_join(srcdir, SEED_DIR);
	path = path_join(dir, SEED_NAME);
	buf_init(b);
	if (read_file(path, MAX_RECORD, b) == -1)
		fail_msg("cannot read %s", path);
	free(dir);
	free(path);
}

static bool
span_has(struct span s, const char *needle)
{
	size_t	 k = strlen(needle), i;

	for (i = 0; i + k <= s.n; i++)
		if (memcmp(s.p + i, needle, k) == 0)
			return true;
	return false;
}

static void
test_seed(void **state)
{
	struct buf	 b;
	struct parsed	 p;
	struct record_opts o = seoul_opts();
	size_t		 i;

	(void)state;
	read_seed(&b);
	parse_opts(&p, b.data, b.len, &o);
	assert_parsed(&p);
	assert_span(p.r.title, "North Korean Troops in Russia Reportedly "
	    "Withdrawn Amidst Heavy Losses");
	assert_span(p.r.author, "Global Economic Times Reporter");
	assert_span(p.r.email, "korocamia@naver.com");
	assert_int_equal(p.r.published, 1738791177);	/* 2025-02-05T21:32:57Z */
	assert_int_equal(p.r.published_offset, 32400);
	assert_false(p.r.has_updated);
	assert_int_equal(p.r.link.n, 0);
	assert_int_equal(p.r.id.n, 0);
	assert_int_equal(p.r.summary.n, 0);
	assert_int_equal(p.r.ncategories, 0);
	/* Lines 7, 9, ..., 25: ten paragraphs, then the trailer on line 27. */
	assert_int_equal(p.r.nparagraphs, 10);
	assert_span(p.r.paragraphs[0], "Kyiv, Ukraine - Amidst conflicting "
	    "reports regarding the presence of North Korean troops fighting "
	    "alongside Russian forces in Ukraine, a top Ukrainian intelligence "
	    "official has claimed that thousands of North Korean soldiers "
	    "remain engaged in combat in the Kursk region.");
	assert_span(p.r.paragraphs[3], "However, Budanov acknowledged that "
	    "the number of North Korean troops in the area has decreased, and "
	    "that Ukraine is currently investigating the reasons for this "
	    "reduction.");
	assert_span(p.r.paragraphs[9], "The conflicting reports about the "
	    "status of North Korean troops in Ukraine highlight the challenges "
	    "of obtaining accurate information about the conflict. However, "
	    "Budanov's claims suggest that North Korea remains committed to "
	    "supporting Russia in the war, even if its troops are not always "
	    "effective on the battlefield.");
	for (i = 0; i < p.r.nparagraphs; i++) {
		assert_false(span_has(p.r.paragraphs[i], "WEEKLY HOT"));
		assert_false(span_has(p.r.paragraphs[i], "\n"));
	}
	parsed_free(&p);
	buf_free(&b);
}

/* Without the trailer setting the trailer line is just one more paragraph. */
static void
test_seed_without_trailer(void **state)
{
	struct buf	 b;
	struct parsed	 p;
	struct record_opts o = seoul_opts();

	(void)state;
	o.ntrailers = 0;
	read_seed(&b);
	parse_opts(&p, b.data, b.len, &o);
	assert_parsed(&p);
	assert_int_equal(p.r.nparagraphs, 11);
	assert_span(p.r.paragraphs[10], "WEEKLY HOT");
	parsed_free(&p);
	buf_free(&b);
}

#define HEAD "Title\n\nAuthor Name\n\nreporter@example.com | 2025-02-06 06:32:57\n\n"

static void
test_minimal(void **state)
{
	struct parsed	 p;

	(void)state;
	parse(&p, HEAD "Body.\n");
	assert_parsed(&p);
	assert_span(p.r.title, "Title");
	assert_span(p.r.author, "Author Name");
	assert_span(p.r.email, "reporter@example.com");
	assert_int_equal(p.r.published, 1738791177);
	assert_int_equal(p.r.nparagraphs, 1);
	assert_span(p.r.paragraphs[0], "Body.");
	parsed_free(&p);
}

/* The parts may follow each other directly, and blanks around them are trimmed. */
static void
test_no_blank_lines_and_trimming(void **state)
{
	struct parsed	 p;

	(void)state;
	parse(&p, "  Title  \n\tAuthor Name\t\n  reporter@example.com  |  "
	    "2025-02-06 06:32:57  \n  Body.  ");
	assert_parsed(&p);
	assert_span(p.r.title, "Title");
	assert_span(p.r.author, "Author Name");
	assert_span(p.r.email, "reporter@example.com");
	assert_int_equal(p.r.published, 1738791177);
	assert_int_equal(p.r.nparagraphs, 1);
	assert_span(p.r.paragraphs[0], "Body.");
	parsed_free(&p);
}

static void
test_error_empty_file(void **state)
{
	(void)state;
	assert_error("", 1, "missing title (the record is empty)");
}

static void
test_error_only_blank_lines(void **state)
{
	(void)state;
	assert_error("\n \n\t\n\n", 4, "missing title (the record is empty)");
}

static void
test_error_missing_author(void **state)
{
	(void)state;
	assert_error("Title", 1, "missing author name after the title");
	assert_error("Title\n\n\n", 3, "missing author name after the title");
}

static void
test_error_byline_in_author_position(void **state)
{
	(void)state;
	assert_error("Title\n\nreporter@example.com | 2025-02-06 06:32:57\n\n"
	    "Body.\n", 3, "missing author name: this is the \"EMAIL | DATE\" "
	    "line, which follows the name");
}

static void
test_error_missing_byline(void **state)
{
	(void)state;
	assert_error("Title\n\nAuthor Name\n", 3, "missing author line "
	    "\"EMAIL | YYYY-MM-DD HH:MM:SS\" after the author name");
}

static void
test_error_byline_without_bar(void **state)
{
	(void)state;
	assert_error("Title\nAuthor Name\nreporter@example.com 2025-02-06 "
	    "06:32:57\n\nBody.\n", 3, "malformed author line "
	    "\"reporter@example.com 2025-02-06 06:32:57\" (expected "
	    "\"EMAIL | YYYY-MM-DD HH:MM:SS\")");
}

static void
test_error_empty_email(void **state)
{
	(void)state;
	assert_error("Title\nAuthor Name\n  | 2025-02-06 06:32:57\n\nBody.\n",
	    3, "missing email address before \"|\"");
}

static void
test_error_invalid_email(void **state)
{
	(void)state;
	assert_error("Title\n\nAuthor Name\n\nreporter at example.com | "
	    "2025-02-06 06:32:57\n\nBody.\n", 5,
	    "invalid email address \"reporter at example.com\"");
	assert_error("Title\n\nAuthor Name\n\nreporter@ | "
	    "2025-02-06 06:32:57\n\nBody.\n", 5,
	    "invalid email address \"reporter@\"");
}

static void
test_error_malformed_date(void **state)
{
	(void)state;
	assert_error("Title\n\nAuthor Name\n\nreporter@example.com | 2025-2-6 "
	    "6:32\n\nBody.\n", 5, "malformed date \"2025-2-6 6:32\" (expected "
	    "YYYY-MM-DD HH:MM:SS)");
	assert_error("Title\n\nAuthor Name\n\nreporter@example.com | "
	    "2025-02-06T06:32:57\n\nBody.\n", 5, "malformed date "
	    "\"2025-02-06T06:32:57\" (expected YYYY-MM-DD HH:MM:SS)");
	assert_error("Title\n\nAuthor Name\n\nreporter@example.com |\n\n"
	    "Body.\n", 5, "malformed date \"\" (expected YYYY-MM-DD HH:MM:SS)");
}

static void
test_error_impossible_date(void **state)
{
	(void)state;
	assert_error("Title\n\nAuthor Name\n\nreporter@example.com | "
	    "2025-02-30 10:00:00\n\nBody.\n", 5,
	    "invalid date \"2025-02-30 10:00:00\"");
	assert_error("Title\n\nAuthor Name\n\nreporter@example.com | "
	    "2025-02-06 24:00:00\n\nBody.\n", 5,
	    "invalid date \"2025-02-06 24:00:00\"");
}

static void
test_error_dst_gap(void **state)
{
	struct record_opts	 o = seoul_opts();
	struct parsed		 p;
	const char		*after = "Title\n\nAuthor Name\n\n"
	    "reporter@example.com | 2025-03-09 03:30:00\n\nBody.\n";

	(void)state;
	o.tz = new_york;
	o.tz_name = "America/New_York";
	assert_error_opts("Title\n\nAuthor Name\n\nreporter@example.com | "
	    "2025-03-09 02:30:00\n\nBody.\n", &o, 5, "date \"2025-03-09 "
	    "02:30:00\" does not exist in America/New_York (the clocks skip "
	    "it at a daylight-saving change)");
	/* An hour later the time exists, in daylight-saving time. */
	parse_opts(&p, after, strlen(after), &o);
	assert_parsed(&p);
	assert_int_equal(p.r.published, 1741505400);
	assert_int_equal(p.r.published_offset, -4 * 3600);
	parsed_free(&p);
}

static void
test_error_empty_body(void **state)
{
	(void)state;
	assert_error(HEAD "WEEKLY HOT\nMore page furniture.\n", 5,
	    "empty body: no paragraph follows the author line");
	assert_error(HEAD, 5, "empty body: no paragraph follows the author "
	    "line");
	assert_error("Title\nAuthor Name\nreporter@example.com | 2025-02-06 "
	    "06:32:57", 3, "empty body: no paragraph follows the author line");
}

static void
test_error_invalid_utf8(void **state)
{
	(void)state;
	/* Columns count bytes from 1. */
	assert_error(HEAD "Body with a bad byte \xff here.\n", 7,
	    "invalid UTF-8 (byte 0xff in column 22)");
	assert_error(HEAD "\x80\n", 7,
	    "invalid UTF-8 (byte 0x80 in column 1)");
	/* A truncated sequence at the very end. */
	assert_error(HEAD "Body.\n\nEnds in \xed\x95", 9,
	    "invalid UTF-8 (byte 0xed in column 9)");
	/* Even in the dropped trailer part the record must be UTF-8. */
	assert_error(HEAD "Body.\nWEEKLY HOT\n\xc0\x80\n", 9,
	    "invalid UTF-8 (byte 0xc0 in column 1)");
	/* Korean before the bad byte: the column is in bytes. */
	assert_error(HEAD "\xed\x95\x9c\xea\xb5\xad \xfe\n", 7,
	    "invalid UTF-8 (byte 0xfe in column 8)");
}

static void
test_error_control_char(void **state)
{
	struct record_opts	 o = seoul_opts();

	(void)state;
	assert_error("Title\x01\n\nAuthor Name\n\nreporter@example.com | "
	    "2025-02-06 06:32:57\n\nBody.\n", 1,
	    "character U+0001 in column 6 is not allowed in XML 1.0");
	assert_error(HEAD "Body\x1b[0m.\n", 7,
	    "character U+001B in column 5 is not allowed in XML 1.0");
	/* NUL is a control character too, not the end of the record. */
	assert_error_len(HEAD "Body.\n\nx\0y\n", sizeof(HEAD) - 1 + 11, &o,
	    9, "character U+0000 in column 2 is not allowed in XML 1.0");
}

static void
test_error_noncharacter(void **state)
{
	(void)state;
	assert_error(HEAD "Body.\n\nSecond \xef\xbf\xbe paragraph.\n", 9,
	    "character U+FFFE in column 8 is not allowed in XML 1.0");
	assert_error(HEAD "Body \xef\xbf\xbf.\n", 7,
	    "character U+FFFF in column 6 is not allowed in XML 1.0");
}

static void
test_front_matter(void **state)
{
	struct parsed	 p;

	(void)state;
	parse(&p, "---\n"
	    "Link: https://www.example.com/news/a?x=1&y=2\n"
	    "Id:tag:example.com,2025:a\n"
	    "Category: Economy\n"
	    "\n"
	    "  category  :   North Korea  \n"
	    "Summary: A short summary: with a colon.\n"
	    "Updated: 2025-02-07 08:00:00\n"
	    "---\n"
	    "\n"
	    HEAD
	    "Body.\n");
	assert_parsed(&p);
	assert_span(p.r.link, "https://www.example.com/news/a?x=1&y=2");
	assert_span(p.r.id, "tag:example.com,2025:a");
	assert_int_equal(p.r.ncategories, 2);
	assert_span(p.r.categories[0], "Economy");
	assert_span(p.r.categories[1], "North Korea");
	assert_span(p.r.summary, "A short summary: with a colon.");
	assert_true(p.r.has_updated);
	assert_int_equal(p.r.updated, 1738882800);
	assert_int_equal(p.r.updated_offset, 32400);
	assert_span(p.r.title, "Title");
	assert_span(p.r.author, "Author Name");
	assert_int_equal(p.r.published, 1738791177);
	assert_int_equal(p.r.nparagraphs, 1);
	parsed_free(&p);
}

/* Updated may equal the date line's time. */
static void
test_front_matter_updated_same(void **state)
{
	struct parsed	 p;

	(void)state;
	parse(&p, "---\nUpdated: 2025-02-06 06:32:57\n---\n" HEAD "Body.\n");
	assert_parsed(&p);
	assert_true(p.r.has_updated);
	assert_int_equal(p.r.updated, p.r.published);
	parsed_free(&p);
}

static void
test_error_unknown_field(void **state)
{
	(void)state;
	assert_error("---\nLink: https://example.com/a\nAuthor: Someone\n---\n"
	    HEAD "Body.\n", 3, "unknown field \"Author\" (known: Link, Id, "
	    "Category, Summary, Updated, Image, Enclosure)");
}

static void
test_error_malformed_field(void **state)
{
	(void)state;
	assert_error("---\nLink https://example.com/a\n---\n" HEAD "Body.\n",
	    2, "malformed field line \"Link https://example.com/a\" "
	    "(expected \"Key: value\", or \"---\" to end the fields)");
	/* A title with a colon where a field was expected: the key has a space. */
	assert_error("---\nLink: https://example.com/a\nMarkets: up again\n"
	    "News and views: a day\n", 3, "unknown field \"Markets\" (known: "
	    "Link, Id, Category, Summary, Updated, Image, Enclosure)");
	assert_error("---\nLink: https://example.com/a\n"
	    "News and views: a day\n---\n", 3, "malformed field line "
	    "\"News and views: a day\" (expected \"Key: value\", or \"---\" "
	    "to end the fields)");
	assert_error("---\n: value\n---\n" HEAD "Body.\n", 2, "malformed "
	    "field line \": value\" (expected \"Key: value\", or \"---\" to "
	    "end the fields)");
}

static void
test_error_field_twice(void **state)
{
	(void)state;
	assert_error("---\nLink: https://example.com/a\nSummary: s\n"
	    "link: https://example.com/b\n---\n" HEAD "Body.\n", 4,
	    "field \"link\" given twice (first on line 2)");
	assert_error("---\nUpdated: 2025-02-07 08:00:00\n\n"
	    "Updated: 2025-02-08 08:00:00\n---\n" HEAD "Body.\n", 4,
	    "field \"Updated\" given twice (first on line 2)");
}

static void
test_error_empty_field(void **state)
{
	(void)state;
	assert_error("---\nSummary:   \n---\n" HEAD "Body.\n", 2,
	    "empty field \"Summary\"");
	assert_error("---\nId:\n---\n" HEAD "Body.\n", 2, "empty field \"Id\"");
	assert_error("---\nCategory: a\nCategory:\n---\n" HEAD "Body.\n", 3,
	    "empty Category");
}

static void
test_error_relative_link(void **state)
{
	(void)state;
	assert_error("---\nLink: /news/a\n---\n" HEAD "Body.\n", 2,
	    "\"Link\" \"/news/a\" is not an absolute URI");
	assert_error("---\nId: https://example.com/a b\n---\n" HEAD "Body.\n",
	    2, "\"Id\" \"https://example.com/a b\" is not an absolute URI");
}

static void
test_error_unclosed_fields(void **state)
{
	(void)state;
	assert_error("\n---\nLink: https://example.com/a\nSummary: s\n", 2,
	    "fields started with \"---\" are not closed by a \"---\" line");
}

static void
test_error_nothing_after_fields(void **state)
{
	(void)state;
	assert_error("---\nLink: https://example.com/a\n---\n\n", 4,
	    "missing title after the fields");
}

static void
test_error_updated_earlier(void **state)
{
	(void)state;
	assert_error("---\nUpdated: 2025-02-06 06:32:56\n---\n" HEAD "Body.\n",
	    2, "Updated is earlier than the date on line 8");
}

static void
test_error_updated_malformed(void **state)
{
	(void)state;
	assert_error("---\nSummary: s\nUpdated: yesterday\n---\n" HEAD "Body.\n",
	    3, "malformed date \"yesterday\" (expected YYYY-MM-DD HH:MM:SS)");
}

static void
test_crlf_and_bom(void **state)
{
	struct parsed	 p;

	(void)state;
	parse(&p, "\xef\xbb\xbf---\r\nLink: https://example.com/a\r\n---\r\n"
	    "Title\r\n\r\nAuthor Name\r\n\r\nreporter@example.com | "
	    "2025-02-06 06:32:57\r\n\r\nFirst paragraph.\r\n\r\n"
	    "Second paragraph.\r\n\r\nWEEKLY HOT\r\nfurniture\r\n");
	assert_parsed(&p);
	assert_span(p.r.link, "https://example.com/a");
	assert_span(p.r.title, "Title");
	assert_span(p.r.author, "Author Name");
	assert_span(p.r.email, "reporter@example.com");
	assert_int_equal(p.r.published, 1738791177);
	assert_int_equal(p.r.nparagraphs, 2);
	assert_span(p.r.paragraphs[0], "First paragraph.");
	assert_span(p.r.paragraphs[1], "Second paragraph.");
	parsed_free(&p);
}

/* Line numbers count CRLF lines as lines, and the BOM does not add one. */
static void
test_crlf_and_bom_error_line(void **state)
{
	(void)state;
	assert_error("\xef\xbb\xbfTitle\r\n\r\nAuthor Name\r\n\r\n"
	    "reporter@example.com | 2025-02-30 06:32:57\r\n\r\nBody.\r\n", 5,
	    "invalid date \"2025-02-30 06:32:57\"");
}

/* Lines and columns are counted as an editor shows them: the BOM is not text. */
static void
test_bom_error_column(void **state)
{
	(void)state;
	assert_error("\xef\xbb\xbf" HEAD "Bad \xff byte.\n", 7,
	    "invalid UTF-8 (byte 0xff in column 5)");
	assert_error("\xef\xbb\xbfTitle\x01\r\nAuthor Name\r\n", 1,
	    "character U+0001 in column 6 is not allowed in XML 1.0");
}

/* A lone CR (an old Mac file) ends a line like LF; CR LF stays one ending. */
static void
test_lone_cr(void **state)
{
	struct parsed	 p;

	(void)state;
	parse(&p, "Title\r\rAuthor Name\rreporter@example.com | "
	    "2025-02-06 06:32:57\r\rOne\rtwo.\r\n\r\nThree.\r");
	assert_parsed(&p);
	assert_span(p.r.title, "Title");
	assert_span(p.r.author, "Author Name");
	assert_int_equal(p.r.published_line, 4);
	assert_int_equal(p.r.nparagraphs, 2);
	assert_span(p.r.paragraphs[0], "One\rtwo.");
	assert_span(p.r.paragraphs[1], "Three.");
	parsed_free(&p);
	assert_error("Title\r\rAuthor Name\r\r"
	    "reporter@example.com | 2025-02-30 06:32:57\r\rBody.\r", 5,
	    "invalid date \"2025-02-30 06:32:57\"");
	assert_error("Title\r\n\rAuthor \xff\r", 3,
	    "invalid UTF-8 (byte 0xff in column 8)");
}

/* The same Category text given again is one category; the first order stays. */
static void
test_category_twice(void **state)
{
	struct parsed	 p;

	(void)state;
	parse(&p, "---\nCategory: B\nCategory: A\ncategory:  B \n"
	    "Category: b\nCategory: A\nCategory: B\nCategory: AB\n---\n"
	    HEAD "Body.\n");
	assert_parsed(&p);
	assert_int_equal(p.r.ncategories, 4);
	assert_span(p.r.categories[0], "B");
	assert_span(p.r.categories[1], "A");
	assert_span(p.r.categories[2], "b");
	assert_span(p.r.categories[3], "AB");
	parsed_free(&p);
}

/* A BOM that is not at the start is refused at its line: it would land in the text. */
static void
test_bom_only_at_start(void **state)
{
	(void)state;
	assert_error("\n\xef\xbb\xbfTitle\nAuthor Name\nreporter@example.com | "
	    "2025-02-06 06:32:57\nBody.", 2, "a byte-order mark (U+FEFF) in "
	    "the middle of the text, in column 1");
}

static void
test_many_blank_lines(void **state)
{
	struct parsed	 p;

	(void)state;
	parse(&p, "\n\n\nTitle\n\n\n\nAuthor Name\n \n\t\n\n"
	    "reporter@example.com | 2025-02-06 06:32:57\n\n\n\n"
	    "One.\n\n\n\n  \nTwo.\n\n\n");
	assert_parsed(&p);
	assert_span(p.r.title, "Title");
	assert_span(p.r.author, "Author Name");
	assert_int_equal(p.r.nparagraphs, 2);
	assert_span(p.r.paragraphs[0], "One.");
	assert_span(p.r.paragraphs[1], "Two.");
	parsed_free(&p);
}

static void
test_multiline_paragraphs(void **state)
{
	struct parsed	 p;

	(void)state;
	parse(&p, HEAD "  First line,\nsecond line,\n  third line.  \n"
	    "\nOther paragraph\nin two lines.\n");
	assert_parsed(&p);
	assert_int_equal(p.r.nparagraphs, 2);
	assert_span(p.r.paragraphs[0],
	    "First line,\nsecond line,\n  third line.");
	assert_span(p.r.paragraphs[1], "Other paragraph\nin two lines.");
	parsed_free(&p);
}

static void
test_trailer(void **state)
{
	struct parsed	 p;

	(void)state;
	/* The trailer ends a paragraph in the middle; blanks around it are trimmed. */
	parse(&p, HEAD "Body line\n   WEEKLY HOT  \nLater line\n\nMore.\n");
	assert_parsed(&p);
	assert_int_equal(p.r.nparagraphs, 1);
	assert_span(p.r.paragraphs[0], "Body line");
	parsed_free(&p);

	/* Only a whole line is a trailer. */
	parse(&p, HEAD "WEEKLY HOT topics\n\nweekly hot\n");
	assert_parsed(&p);
	assert_int_equal(p.r.nparagraphs, 2);
	assert_span(p.r.paragraphs[0], "WEEKLY HOT topics");
	assert_span(p.r.paragraphs[1], "weekly hot");
	parsed_free(&p);
}

static void
test_korean_record(void **state)
{
	struct parsed	 p;

	(void)state;
	parse(&p, "\xed\x95\x9c\xea\xb5\xad \xea\xb2\xbd\xec\xa0\x9c\n\n"
	    "\xea\xb9\x80\xea\xb8\xb0\xec\x9e\x90\n\n"
	    "reporter@example.com | 2025-02-06 06:32:57\n\n"
	    "\xeb\xb3\xb8\xeb\xac\xb8.\n");
	assert_parsed(&p);
	assert_span(p.r.title, "\xed\x95\x9c\xea\xb5\xad "
	    "\xea\xb2\xbd\xec\xa0\x9c");
	assert_span(p.r.author, "\xea\xb9\x80\xea\xb8\xb0\xec\x9e\x90");
	assert_span(p.r.paragraphs[0], "\xeb\xb3\xb8\xeb\xac\xb8.");
	parsed_free(&p);
}

/* Parses text and keeps only the error; nothing is left to free. */
static int
error_of(const char *text, struct parse_error *err)
{
	struct parsed	 p;
	int		 rc;

	parse(&p, text);
	rc = p.rc;
	*err = p.err;
	parsed_free(&p);
	return rc;
}

/*
 * A quoted value in a message is cut at 80 bytes, but the message itself
 * must stay whole: a date made of tabs (each quoted as 4 bytes) still ends
 * in the hint.
 */
static void
test_error_message_not_cut(void **state)
{
	char			 text[256], want[512];
	struct parse_error	 err;
	size_t			 i;

	(void)state;
	strcpy(text, "Title\nAuthor Name\nreporter@example.com | x");
	for (i = 0; i < 100; i++)
		strcat(text, "\t");
	strcat(text, "y\nBody.\n");
	/* "x", 79 tabs (80 bytes), then "..." for the rest. */
	strcpy(want, "malformed date \"x");
	for (i = 0; i < 79; i++)
		strcat(want, "\\x09");
	strcat(want, "...\" (expected YYYY-MM-DD HH:MM:SS)");
	assert_int_equal(error_of(text, &err), -1);
	assert_int_equal(err.line, 3);
	assert_string_equal(err.msg, want);
}

/* Cutting a long quoted value must not split a UTF-8 sequence. */
static void
test_error_message_utf8(void **state)
{
	char			 text[256];
	struct parse_error	 err;
	size_t			 i, at;
	uint32_t		 cp;

	(void)state;
	strcpy(text, "Title\nAuthor Name\nreporter@example.com | ");
	for (i = 0; i < 40; i++)
		strcat(text, "\xed\x95\x9c");	/* 한: 3 bytes */
	strcat(text, "\nBody.\n");
	assert_int_equal(error_of(text, &err), -1);
	assert_int_equal(err.line, 3);
	assert_true(str_has_prefix(err.msg, "malformed date \""));
	if (text_check(err.msg, strlen(err.msg), &at, &cp) != TEXT_OK)
		fail_msg("message is not valid UTF-8 at byte %zu: %s", at,
		    err.msg);
}

/*
 * Every prefix of a valid record: the parser either accepts it or says
 * where and what is wrong, and never reads past the end.
 */
static void
fuzz_prefixes(const char *text, size_t len)
{
	struct record_opts	 o = seoul_opts();
	struct parsed		 p;
	size_t			 k;

	for (k = 0; k <= len; k++) {
		parse_opts(&p, text, k, &o);
		if (p.rc != 0 && p.rc != -1)
			fail_msg("prefix %zu: returned %d", k, p.rc);
		if (p.rc == 0) {
			if (p.r.title.n == 0 || p.r.author.n == 0 ||
			    p.r.email.n == 0 || p.r.nparagraphs == 0)
				fail_msg("prefix %zu: accepted with a part "
				    "missing", k);
		} else {
			if (p.err.msg[0] == '\0')
				fail_msg("prefix %zu: no message", k);
			if (p.err.line < 1)
				fail_msg("prefix %zu: line %lu: %s", k,
				    p.err.line, p.err.msg);
		}
		parsed_free(&p);
	}
}

static void
test_fuzz_seed_prefixes(void **state)
{
	struct buf	 b;

	(void)state;
	read_seed(&b);
	fuzz_prefixes(b.data, b.len);
	buf_free(&b);
}

static void
test_fuzz_front_matter_prefixes(void **state)
{
	static const char text[] = "\xef\xbb\xbf---\r\n"
	    "Link: https://example.com/\xed\x95\x9c\r\n"
	    "Id: tag:example.com,2025:a\n"
	    "Category: \xea\xb2\xbd\xec\xa0\x9c\n"
	    "Summary: s\n"
	    "Updated: 2025-02-07 08:00:00\n"
	    "---\n"
	    "\xed\x95\x9c\xea\xb5\xad \xea\xb2\xbd\xec\xa0\x9c\r\n\r\n"
	    "\xea\xb9\x80\xea\xb8\xb0\xec\x9e\x90\n"
	    "\"a|b\"@example.com | 2025-02-06 06:32:57\n\n"
	    "\xeb\xb3\xb8\xeb\xac\xb8 \xf0\x9f\x98\x80.\nline two\n\n"
	    "WEEKLY HOT\n\xed\x95\x9c\n";

	(void)state;
	fuzz_prefixes(text, sizeof(text) - 1);
}

/* Single-byte changes of a small record, at every position. */
static void
test_fuzz_byte_flips(void **state)
{
	static const char text[] = "---\nLink: https://e.com/a\n---\n"
	    "T\nA\nr@e.com | 2025-02-06 06:32:57\nB\nC\n\nD\nWEEKLY HOT\n";
	static const char subst[] = { '\0', '\n', '\r', ' ', '|', '@', ':',
	    '-', '\x01', '\x80', '\xc3', '\xff' };
	struct record_opts	 o = seoul_opts();
	struct parsed		 p;
	char			 m[sizeof(text)];
	size_t			 i, j;

	(void)state;
	for (i = 0; i < sizeof(text) - 1; i++) {
		for (j = 0; j < sizeof(subst); j++) {
			memcpy(m, text, sizeof(text));
			m[i] = subst[j];
			parse_opts(&p, m, sizeof(text) - 1, &o);
			if (p.rc == -1 && (p.err.msg[0] == '\0' ||
			    p.err.line < 1))
				fail_msg("byte %zu = 0x%02x: line %lu \"%s\"",
				    i, (unsigned char)subst[j], p.err.line,
				    p.err.msg);
			if (p.rc != 0 && p.rc != -1)
				fail_msg("byte %zu: returned %d", i, p.rc);
			parsed_free(&p);
		}
	}
}

/*
 * lines_next finds line ends with memchr, remembering the next CR: on
 * every text of up to 9 bytes made of 'a', LF and CR (all endings and
 * their mixes: CR LF, lone CR, LF CR, CR CR LF ...), it splits where a
 * byte-by-byte reading splits, with the same line numbers.
 */
static void
test_lines_every_ending(void **state)
{
	static const char	 alphabet[] = { 'a', '\n', '\r' };
	char			*buf;
	struct lines		 l;
	const char		*s, *p, *end;
	size_t			 n, len, k, want_n;
	unsigned long		 code, c, max, line;

	(void)state;
	for (len = 0, max = 1; len <= 9; len++, max *= 3)
		for (code = 0; code < max; code++) {
			buf = malloc(len + 1);
			for (k = 0, c = code; k < len; k++, c /= 3)
				buf[k] = alphabet[c % 3];
			lines_init(&l, buf, len);
			p = buf;
			end = buf + len;
			line = 0;
			while (p < end) {
				line++;
				for (want_n = 0; p + want_n < end &&
				    p[want_n] != '\n' && p[want_n] != '\r';
				    want_n++)
					continue;
				if (!lines_next(&l, &s, &n) || s != p ||
				    n != want_n || l.lineno != line)
					fail_msg("text %lu of %zu bytes: line at "
					    "%td", code, len, p - buf);
				p += want_n;
				if (p < end && *p == '\r' && p + 1 < end &&
				    p[1] == '\n')
					p += 2;
				else if (p < end)
					p++;
			}
			if (lines_next(&l, &s, &n))
				fail_msg("text %lu of %zu bytes: a line too many",
				    code, len);
			free(buf);
		}
}

/*
 * Messages quote values with quote_into, which writes into the caller's
 * array: escapes, the cut after QUOTE_BYTES bytes (never inside a
 * character) and its "...", and buf_add_quoted giving the same after
 * what a buffer holds.
 */
static void
test_quote_into(void **state)
{
	char		 q[QUOTE_MAX], s[200], want[200];
	struct buf	 b;

	(void)state;
	quote_into(q, "a\"b\\c", 5);
	assert_string_equal(q, "\"a\\\"b\\\\c\"");
	quote_into(q, "\x01\x7f\t\xc3\xa9", 5);
	assert_string_equal(q, "\"\\x01\\x7f\\x09\xc3\xa9\"");
	quote_into(q, "", 0);
	assert_string_equal(q, "\"\"");
	memset(s, 'a', sizeof(s));
	quote_into(q, s, QUOTE_BYTES);
	assert_int_equal(strlen(q), QUOTE_BYTES + 2);
	quote_into(q, s, QUOTE_BYTES + 1);
	snprintf(want, sizeof(want), "\"%.*s...\"", QUOTE_BYTES, s);
	assert_string_equal(q, want);
	/* The cut would fall inside the é: it comes before it. */
	memcpy(s + QUOTE_BYTES - 1, "\xc3\xa9", 2);
	quote_into(q, s, QUOTE_BYTES + 5);
	snprintf(want, sizeof(want), "\"%.*s...\"", QUOTE_BYTES - 1, s);
	assert_string_equal(q, want);
	/* Every byte a control byte: four bytes each, all of them fit. */
	memset(s, '\x01', sizeof(s));
	quote_into(q, s, sizeof(s));
	assert_int_equal(strlen(q), 4 * QUOTE_BYTES + 5);
	buf_init(&b);
	buf_adds(&b, "x=");
	buf_add_quoted(&b, "abcdef", 6, 3);
	assert_string_equal(b.data, "x=\"abc...\"");
	assert_int_equal(b.len, strlen(b.data));
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_seed),
		cmocka_unit_test(test_seed_without_trailer),
		cmocka_unit_test(test_minimal),
		cmocka_unit_test(test_no_blank_lines_and_trimming),
		cmocka_unit_test(test_error_empty_file),
		cmocka_unit_test(test_error_only_blank_lines),
		cmocka_unit_test(test_error_missing_author),
		cmocka_unit_test(test_error_byline_in_author_position),
		cmocka_unit_test(test_error_missing_byline),
		cmocka_unit_test(test_error_byline_without_bar),
		cmocka_unit_test(test_error_empty_email),
		cmocka_unit_test(test_error_invalid_email),
		cmocka_unit_test(test_error_malformed_date),
		cmocka_unit_test(test_error_impossible_date),
		cmocka_unit_test(test_error_dst_gap),
		cmocka_unit_test(test_error_empty_body),
		cmocka_unit_test(test_error_invalid_utf8),
		cmocka_unit_test(test_error_control_char),
		cmocka_unit_test(test_error_noncharacter),
		cmocka_unit_test(test_front_matter),
		cmocka_unit_test(test_front_matter_updated_same),
		cmocka_unit_test(test_error_unknown_field),
		cmocka_unit_test(test_error_malformed_field),
		cmocka_unit_test(test_error_field_twice),
		cmocka_unit_test(test_error_empty_field),
		cmocka_unit_test(test_error_relative_link),
		cmocka_unit_test(test_error_unclosed_fields),
		cmocka_unit_test(test_error_nothing_after_fields),
		cmocka_unit_test(test_error_updated_earlier),
		cmocka_unit_test(test_error_updated_malformed),
		cmocka_unit_test(test_crlf_and_bom),
		cmocka_unit_test(test_crlf_and_bom_error_line),
		cmocka_unit_test(test_bom_error_column),
		cmocka_unit_test(test_bom_only_at_start),
		cmocka_unit_test(test_lone_cr),
		cmocka_unit_test(test_category_twice),
		cmocka_unit_test(test_many_blank_lines),
		cmocka_unit_test(test_multiline_paragraphs),
		cmocka_unit_test(test_trailer),
		cmocka_unit_test(test_korean_record),
		cmocka_unit_test(test_error_message_not_cut),
		cmocka_unit_test(test_error_message_utf8),
		cmocka_unit_test(test_fuzz_seed_prefixes),
		cmocka_unit_test(test_fuzz_front_matter_prefixes),
		cmocka_unit_test(test_fuzz_byte_flips),
		cmocka_unit_test(test_lines_every_ending),
		cmocka_unit_test(test_quote_into),
	};

	return cmocka_run_group_tests(tests, load_zones, free_zones);
}
