/*
 * test_check_output.c -- the pre-publish gate: a written feed that the
 * validator rejects must fail check_output(), with the errors on stderr;
 * warnings and non-feed XML must not block.
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

static char *
write_temp(const char *text)
{
	char	*path = strdup("/tmp/test_check_output.XXXXXX");
	int	 fd;

	assert_non_null(path);
	fd = mkstemp(path);
	assert_true(fd != -1);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	return path;
}

static int
check_text(const char *text, const char *format)
{
	char	*path = write_temp(text);
	int	 rc;

	rc = check_output(path, "out.xml", format, true);
	unlink(path);
	free(path);
	return rc;
}

#define ATOM_HEAD "<feed xmlns=\"http://www.w3.org/2005/Atom\">" \
	"<title>t</title><id>urn:ex:1</id><updated>2025-01-01T00:00:00Z" \
	"</updated><author><name>a</name></author>"

static void
test_valid_atom(void **state)
{
	(void)state;
	assert_int_equal(check_text(ATOM_HEAD "<link rel=\"self\" "
	    "href=\"https://e.org/a.xml\"/></feed>", "atom"), 0);
}

static void
test_warning_does_not_block(void **state)
{
	(void)state;
	/* No rel="self" link: a SHOULD, so a warning. */
	assert_int_equal(check_text(ATOM_HEAD "</feed>", "atom"), 0);
}

static void
test_invalid_atom(void **state)
{
	(void)state;
	assert_int_equal(check_text(ATOM_HEAD "<updated>2025-01-01</updated>"
	    "</feed>", "atom"), -1);
	assert_int_equal(check_text("<feed xmlns=\"http://www.w3.org/2005/"
	    "Atom\"><title>t</title></feed>", "atom"), -1);
}

/* Runs check_text with stderr going to a file; returns what was printed. */
static char *
stderr_of(const char *text, const char *format, int *rc)
{
	static char	 got[1024];
	FILE		*f = tmpfile();
	int		 saved;
	size_t		 n;

	assert_non_null(f);
	fflush(stderr);
	saved = dup(fileno(stderr));
	dup2(fileno(f), fileno(stderr));
	*rc = check_text(text, format);
	fflush(stderr);
	dup2(saved, fileno(stderr));
	close(saved);
	rewind(f);
	n = fread(got, 1, sizeof(got) - 1, f);
	got[n] = '\0';
	fclose(f);
	return got;
}

static void
test_wrong_format(void **state)
{
	int	 rc;

	(void)state;
	assert_string_equal(stderr_of(ATOM_HEAD "<link rel=\"self\" "
	    "href=\"https://e.org/a.xml\"/></feed>", "rss", &rc),
	    "feedwright: out.xml:1: expected an RSS 2.0 feed, found Atom 1.0 "
	    "[wrong-format]\n");
	assert_int_equal(rc, -1);
}

static void
test_messages(void **state)
{
	int	 rc;

	(void)state;
	assert_string_equal(stderr_of(ATOM_HEAD "</feed>", "atom", &rc),
	    "feedwright: out.xml:1: warning: atom:feed should have an "
	    "atom:link with rel=\"self\" [atom-self-link]\n");
	assert_int_equal(rc, 0);
}

static void
test_rss(void **state)
{
	(void)state;
	assert_int_equal(check_text("<rss version=\"2.0\"><channel><title>t"
	    "</title><link>https://e.org/</link><description>d</description>"
	    "</channel></rss>", "rss"), 0);
	assert_int_equal(check_text("<rss version=\"2.0\"><channel><title>t"
	    "</title><link>https://e.org/</link><description>d</description>"
	    "<item><link>https://e.org/1</link></item></channel></rss>", "rss"),
	    -1);
}

static void
test_other_xml(void **state)
{
	(void)state;
	assert_int_equal(check_text("<html><body/></html>", "page"), 0);
	assert_int_equal(check_text("<html><body></html>", "page"), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid_atom),
		cmocka_unit_test(test_warning_does_not_block),
		cmocka_unit_test(test_invalid_atom),
		cmocka_unit_test(test_wrong_format),
		cmocka_unit_test(test_messages),
		cmocka_unit_test(test_rss),
		cmocka_unit_test(test_other_xml),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
