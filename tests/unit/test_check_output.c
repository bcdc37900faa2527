/*
 * test_check_output.c -- the pre-publish gate: a written feed that the
 * validator rejects must fail check_output_files(), with the errors on
 * stderr; warnings and non-feed XML must not block. As in a build, one
 * validator checks every file, whatever was checked before; two check a
 * list side by side and say the same.
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

#include <libxml/parser.h>

#include "check_output.h"

/* The run's one validator, as build makes it. */
static struct validator *v;

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
	struct check_file f = { write_temp(text), "out.xml", format, true };
	char	*path = (char *)f.path;
	int	 rc;

	rc = check_output_files(v, &f, 1, false);
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

/* stderr goes to a file from capture_start to capture_end. */
static FILE	*captured;
static int	 saved_stderr;

static void
capture_start(void)
{
	assert_non_null(captured = tmpfile());
	fflush(stderr);
	saved_stderr = dup(fileno(stderr));
	dup2(fileno(captured), fileno(stderr));
}

/* What was printed on stderr since capture_start. */
static char *
capture_end(void)
{
	static char	 got[2048];
	size_t		 n;

	fflush(stderr);
	dup2(saved_stderr, fileno(stderr));
	close(saved_stderr);
	rewind(captured);
	n = fread(got, 1, sizeof(got) - 1, captured);
	got[n] = '\0';
	fclose(captured);
	return got;
}

/* Runs check_text with stderr going to a file; returns what was printed. */
static char *
stderr_of(const char *text, const char *format, int *rc)
{
	capture_start();
	*rc = check_text(text, format);
	return capture_end();
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

/*
 * An archive's documents hold entries of one feed: each file's ids are
 * its own, and a file's errors do not carry into the next.
 */
static void
test_one_validator_many_files(void **state)
{
	const char	*entry = "<entry><title>e</title><id>urn:ex:e1</id>"
	    "<updated>2025-01-01T00:00:00Z</updated>"
	    "<link href=\"https://e.org/e1\"/></entry>";
	char		 doc[1024];
	int		 rc;

	(void)state;
	snprintf(doc, sizeof(doc), "%s<link rel=\"self\" href=\"https://e.org/"
	    "a.xml\"/>%s</feed>", ATOM_HEAD, entry);
	assert_string_equal(stderr_of(doc, "atom", &rc), "");
	assert_int_equal(rc, 0);
	assert_string_equal(stderr_of(doc, "atom", &rc), "");
	assert_int_equal(rc, 0);
	assert_int_equal(check_text(ATOM_HEAD "<updated>2025-01-01</updated>"
	    "</feed>", "atom"), -1);
	assert_string_equal(stderr_of(doc, "atom", &rc), "");
	assert_int_equal(rc, 0);
	/* Within one file, the same id and updated twice is still seen. */
	snprintf(doc, sizeof(doc), "%s<link rel=\"self\" href=\"https://e.org/"
	    "a.xml\"/>%s%s</feed>", ATOM_HEAD, entry, entry);
	assert_string_equal(stderr_of(doc, "atom", &rc), "feedwright: out.xml:1: "
	    "warning: another atom:entry has the same atom:id \"urn:ex:e1\" "
	    "and atom:updated; entries with the same id should differ in "
	    "updated [atom-duplicate-entry]\n");
	assert_int_equal(rc, 0);
}

/*
 * libxml2's entity loader is one for the process: it stays refusing while
 * any validator lives, freed in any order, and comes back after the last.
 */
static void
test_entity_loader_while_any_lives(void **state)
{
	xmlExternalEntityLoader before;
	struct validator *a, *b;

	(void)state;
	check_output_validator_free(v);
	before = xmlGetExternalEntityLoader();
	a = check_output_validator();
	b = check_output_validator();
	assert_non_null(a);
	assert_non_null(b);
	assert_true(xmlGetExternalEntityLoader() != before);
	check_output_validator_free(a);
	assert_true(xmlGetExternalEntityLoader() != before);
	check_output_validator_free(b);
	assert_true(xmlGetExternalEntityLoader() == before);
	v = check_output_validator();
	assert_non_null(v);
}

/*
 * Eight files, the third and the sixth bad, checked by one validator and
 * by two: the same messages, the third's only, in either way.
 */
static char *
stderr_of_list(bool two, int *rc)
{
	struct check_file f[8];
	char		 names[8][8], *got;
	int		 i;

	for (i = 0; i < 8; i++) {
		snprintf(names[i], sizeof(names[i]), "f%d.xml", i + 1);
		f[i].path = write_temp(i == 2 || i == 5 ? ATOM_HEAD
		    "<updated>2025-01-01</updated></feed>" : ATOM_HEAD "</feed>");
		f[i].name = names[i];
		f[i].format = "atom";
		f[i].warn = i == 1;
	}
	capture_start();
	*rc = check_output_files(v, f, 8, two);
	got = capture_end();
	for (i = 0; i < 8; i++) {
		unlink(f[i].path);
		free((char *)f[i].path);
	}
	return got;
}

static void
test_list_one_or_two_checkers(void **state)
{
	const char	*want = "feedwright: f2.xml:1: warning: atom:feed should "
	    "have an atom:link with rel=\"self\" [atom-self-link]\n"
	    "feedwright: f3.xml:1: atom:feed has more than one atom:updated, "
	    "which may occur once [atom-duplicate-element]\n";
	int		 rc, k;

	(void)state;
	for (k = 0; k < 20; k++) {
		assert_string_equal(stderr_of_list(false, &rc), want);
		assert_int_equal(rc, -1);
		assert_string_equal(stderr_of_list(true, &rc), want);
		assert_int_equal(rc, -1);
	}
}

static int
setup(void **state)
{
	(void)state;
	return (v = check_output_validator()) == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	(void)state;
	check_output_validator_free(v);
	return 0;
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
		cmocka_unit_test(test_one_validator_many_files),
		cmocka_unit_test(test_entity_loader_while_any_lives),
		cmocka_unit_test(test_list_one_or_two_checkers),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
