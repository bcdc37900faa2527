/*
 * test_ledger.c -- the ledger's file: what ledger_format writes,
 * ledger_read reads back the same; and ledger_find finds every row, and
 * no other. (SHA-256 is test_sha256's.)
 */

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ledger.h"
#include "sha256.h"

static void
test_round_trip(void **state)
{
	struct ledger		 l, back;
	struct ledger_row	*r;
	struct parse_error	 err;
	struct buf		 a, b;
	struct sha256		 s;
	unsigned char		 digest[SHA256_SIZE];
	char			 path[] = "/tmp/test_ledger.XXXXXX";
	int			 fd;

	(void)state;
	ledger_init(&l);
	r = ledger_add(&l, "z\tslug\\with\nodd");
	r->id = strdup("urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66");
	r->link = strdup("https://example.com/z");
	r->published.t = 1738791177;
	r->published.offset = 9 * 3600;
	r->updated = r->published;
	r = ledger_add(&l, "a");
	r->id = strdup("tag:example.com,2025:a");
	r->link = strdup("https://example.com/a");
	r->published.t = 0;
	r->updated.t = 1;
	sha256_init(&s);
	sha256_final(&s, digest);	/* of nothing: e3b0c442... */
	ledger_hash_set(r, digest);
	buf_init(&a);
	ledger_format(&l, &a);
	assert_string_equal(a.data,
	    "slug\tid\tpublished\tupdated\tlink\thash\n"
	    "a\ttag:example.com,2025:a\t1970-01-01T00:00:00Z\t1970-01-01T00:00:01Z\thttps://example.com/a\te3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
	    "z\\tslug\\\\with\\nodd\turn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66\t2025-02-06T06:32:57+09:00\t2025-02-06T06:32:57+09:00\thttps://example.com/z\t-\n");
	assert_non_null(ledger_find(&l, "z\tslug\\with\nodd"));
	fd = mkstemp(path);
	assert_true(fd != -1);
	assert_int_equal(write(fd, a.data, a.len), (ssize_t)a.len);
	close(fd);
	ledger_init(&back);
	assert_int_equal(ledger_read(path, &back, &err), 0);
	buf_init(&b);
	ledger_format(&back, &b);
	assert_string_equal(a.data, b.data);
	unlink(path);
	assert_int_equal(ledger_read(path, &back, &err), 1);
	buf_free(&a);
	buf_free(&b);
	ledger_free(&l);
	ledger_free(&back);
}

/* The row ledger_find should give: every row looked at. */
static struct ledger_row *
find_slow(const struct ledger *l, const char *slug)
{
	size_t	 i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i]->slug, slug) == 0)
			return l->v[i];
	return NULL;
}

static void
expect_find(struct ledger *l, const char *slug)
{
	struct ledger_row *want = find_slow(l, slug);

	assert_ptr_equal(ledger_find(l, slug), want);
}

/*
 * A sorted ledger tells a missing slug by the rows around the one found
 * last; one added or renamed out of order must not: a slug between two
 * neighbours may be a row elsewhere.
 */
static void
test_find(void **state)
{
	static const char *const order[] = { "a", "z", "m", "c" };
	struct ledger	 l;
	char		 slug[8];
	unsigned long	 x = 1;
	size_t		 i, k;

	(void)state;
	ledger_init(&l);
	for (i = 0; i < 4; i++)
		ledger_add(&l, order[i]);
	expect_find(&l, "a");
	expect_find(&l, "m");	/* between "a" and "z", after "z" */
	expect_find(&l, "c");
	expect_find(&l, "b");
	ledger_free(&l);

	ledger_init(&l);
	ledger_add(&l, "a");
	ledger_add(&l, "c");
	ledger_add(&l, "e");
	ledger_rename(&l, l.v[2], "b");
	expect_find(&l, "a");
	expect_find(&l, "b");	/* between "a" and "c", renamed after */
	expect_find(&l, "e");
	ledger_sort(&l);
	expect_find(&l, "a");
	expect_find(&l, "b");
	expect_find(&l, "bb");
	expect_find(&l, "c");
	ledger_free(&l);

	/* Rows in order or not, slugs asked in order or not, against a scan. */
	for (k = 0; k < 40; k++) {
		ledger_init(&l);
		for (i = 0; i < 30; i++) {
			x = x * 1103515245 + 12345;
			snprintf(slug, sizeof(slug), "%02lu", k % 2 == 0 ?
			    2 * i : (x >> 16) % 60);
			if (find_slow(&l, slug) == NULL)
				ledger_add(&l, slug);
		}
		if (k % 4 == 3)
			ledger_sort(&l);
		for (i = 0; i < 200; i++) {
			x = x * 1103515245 + 12345;
			snprintf(slug, sizeof(slug), "%02lu", i < 62 ? i :
			    (x >> 16) % 62);
			expect_find(&l, slug);
		}
		ledger_free(&l);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_find),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
