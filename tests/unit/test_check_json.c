/*
 * test_check_json.c -- the pre-publish gate for feed.json: build checks
 * the JSON Feed it wrote with the validator, as it does its XML feeds, so
 * a feed.json with an error fails check_output() with the error under the
 * file's final name; warnings do not block; an XML file written where a
 * JSON Feed was expected is the wrong format.
 */

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check_output.h"

#define HEAD "{\"version\": \"https://jsonfeed.org/version/1.1\", " \
	"\"title\": \"t\", \"home_page_url\": \"https://e.org/\", " \
	"\"feed_url\": \"https://e.org/feed.json\", "

/* check_output on TEXT as "feed.json" in FORMAT; stderr into GOT. */
static int
check_json(const char *text, const char *format, char *got, size_t size)
{
	char	 path[] = "/tmp/test_check_json.XXXXXX";
	FILE	*f = tmpfile();
	int	 fd, saved, rc;
	size_t	 n;

	fd = mkstemp(path);
	assert_true(fd != -1);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	assert_non_null(f);
	fflush(stderr);
	saved = dup(fileno(stderr));
	dup2(fileno(f), fileno(stderr));
	rc = check_output(path, "feed.json", format, true);
	fflush(stderr);
	dup2(saved, fileno(stderr));
	close(saved);
	rewind(f);
	n = fread(got, 1, size - 1, f);
	got[n] = '\0';
	fclose(f);
	unlink(path);
	return rc;
}

static void
test_valid(void **state)
{
	char	 got[1024];

	(void)state;
	assert_int_equal(check_json(HEAD "\"items\": [{\"id\": \"1\", "
	    "\"content_text\": \"x\"}]}", "json", got, sizeof(got)), 0);
	assert_string_equal(got, "");
}

static void
test_error_blocks(void **state)
{
	char	 got[1024];

	(void)state;
	assert_int_equal(check_json(HEAD "\"items\": [{\"id\": \"1\", "
	    "\"content_text\": \"x\", \"date_published\": \"2025-01-01\"}]}",
	    "json", got, sizeof(got)), -1);
	assert_string_equal(got, "feedwright: feed.json:1: items[0]."
	    "date_published \"2025-01-01\" is not an RFC 3339 date-time: it "
	    "does not match the date format [jsonfeed-date]\n");
	assert_int_equal(check_json(HEAD "\"items\": [}", "json", got,
	    sizeof(got)), -1);
	assert_string_equal(got, "feedwright: feed.json:1: JSON: expected a "
	    "value, found \"}\" [json-syntax]\n");
}

static void
test_warning_does_not_block(void **state)
{
	char	 got[1024];

	(void)state;
	assert_int_equal(check_json(HEAD "\"items\": [{\"id\": \"1\", "
	    "\"content_text\": \"x\", \"subtitle\": \"y\"}]}", "json", got,
	    sizeof(got)), 0);
	assert_string_equal(got, "feedwright: feed.json:1: warning: "
	    "\"subtitle\" in items[0] is not a member JSON Feed 1.1 defines; "
	    "an extension's name starts with \"_\" [jsonfeed-unknown-key]\n");
}

static void
test_wrong_format(void **state)
{
	char	 got[1024];

	(void)state;
	assert_int_equal(check_json("<rss version=\"2.0\"/>", "json", got,
	    sizeof(got)), -1);
	assert_non_null(strstr(got, "feedwright: feed.json:1: expected a "
	    "JSON Feed, found XML [wrong-format]\n"));
	assert_int_equal(check_json(HEAD "\"items\": []}", "atom", got,
	    sizeof(got)), -1);
	assert_string_equal(got, "feedwright: feed.json:1: expected an Atom "
	    "1.0 feed, found JSON [wrong-format]\n");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_error_blocks),
		cmocka_unit_test(test_warning_does_not_block),
		cmocka_unit_test(test_wrong_format),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
