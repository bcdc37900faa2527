/*
 * test_feed_keys.c -- what feed_keys_read_fd keeps of each entry: every
 * key, or with ids_only (build's check of a published feed against the
 * ledger) the id, its line and an RSS guid's isPermaLink alone.
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

#include "feed_keys.h"

/* Reads TEXT, written to a temporary file, into K. */
static int
read_text(const char *text, bool ids_only, struct feed_keys *k)
{
	FILE	*f = tmpfile();
	int	 rc;

	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, strlen(text), f), strlen(text));
	fflush(f);
	rewind(f);
	rc = feed_keys_read_fd(fileno(f), "t.xml", ids_only, k);
	fclose(f);
	return rc;
}

static const char atom[] = "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
    "<id>urn:x:feed</id>\n"
    "<entry>\n<id>urn:x:1</id><title>One</title>\n"
    "<updated>2025-01-02T00:00:00Z</updated>"
    "<published>2025-01-01T00:00:00Z</published>"
    "<link href=\"https://e.example/1\"/></entry>\n</feed>\n";

static const char rss[] = "<rss version=\"2.0\"><channel>\n"
    "<item><title>One</title>\n<guid isPermaLink=\"false\">x1</guid>"
    "<link>https://e.example/1</link>"
    "<pubDate>Wed, 01 Jan 2025 00:00:00 GMT</pubDate></item>\n"
    "</channel></rss>\n";

static void
test_atom_every_key(void **state)
{
	struct feed_keys k;

	(void)state;
	assert_int_equal(read_text(atom, false, &k), 0);
	assert_int_equal(k.n, 1);
	assert_string_equal(k.id, "urn:x:feed");
	assert_string_equal(k.e[0].id, "urn:x:1");
	assert_int_equal(k.e[0].id_line, 4);
	assert_string_equal(k.e[0].title, "One");
	assert_string_equal(k.e[0].link, "https://e.example/1");
	assert_string_equal(k.e[0].updated, "2025-01-02T00:00:00Z");
	assert_string_equal(k.e[0].when, "2025-01-01T00:00:00Z");
	assert_true(k.e[0].has_when);
	feed_keys_free(&k);
}

static void
test_atom_ids_only(void **state)
{
	struct feed_keys k;

	(void)state;
	assert_int_equal(read_text(atom, true, &k), 0);
	assert_int_equal(k.n, 1);
	assert_string_equal(k.id, "urn:x:feed");
	assert_string_equal(k.e[0].id, "urn:x:1");
	assert_int_equal(k.e[0].id_line, 4);
	assert_null(k.e[0].title);
	assert_null(k.e[0].link);
	assert_null(k.e[0].updated);
	assert_null(k.e[0].when);
	feed_keys_free(&k);
}

static void
test_rss_ids_only(void **state)
{
	struct feed_keys k;

	(void)state;
	assert_int_equal(read_text(rss, false, &k), 0);
	assert_string_equal(k.e[0].title, "One");
	assert_true(k.e[0].has_when);
	feed_keys_free(&k);
	assert_int_equal(read_text(rss, true, &k), 0);
	assert_int_equal(k.n, 1);
	assert_string_equal(k.e[0].id, "x1");
	assert_int_equal(k.e[0].id_line, 3);
	assert_int_equal(k.e[0].permalink, 0);
	assert_null(k.e[0].title);
	assert_null(k.e[0].link);
	assert_null(k.e[0].when);
	feed_keys_free(&k);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_atom_every_key),
		cmocka_unit_test(test_atom_ids_only),
		cmocka_unit_test(test_rss_ids_only),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
