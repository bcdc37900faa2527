/*
 * test_ledger.c -- the ledger's file: what ledger_format writes,
 * ledger_read reads back the same. (SHA-256 is test_sha256's.)
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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
