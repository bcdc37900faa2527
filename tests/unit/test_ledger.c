/*
 * test_ledger.c -- the ledger's SHA-256 (FIPS 180-4 test vectors) and its
 * file: what ledger_format writes, ledger_read reads back the same.
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
expect_hash(const char *in, size_t repeat, const char *want)
{
	struct sha256	 s;
	char		 hex[SHA256_HEX];
	size_t		 i;

	sha256_init(&s);
	for (i = 0; i < repeat; i++)
		sha256_add(&s, in, strlen(in));
	sha256_hex(&s, hex);
	assert_string_equal(hex, want);
}

static void
test_sha256(void **state)
{
	(void)state;
	expect_hash("", 1,
	    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	expect_hash("abc", 1,
	    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	expect_hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 1,
	    "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	expect_hash("a", 1000000,
	    "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	/* 55, 56 and 64 bytes: the padding's edges. */
	expect_hash("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 1,
	    "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
	expect_hash("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 1,
	    "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
	expect_hash("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 1,
	    "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

static void
test_round_trip(void **state)
{
	struct ledger		 l, back;
	struct ledger_row	*r;
	struct parse_error	 err;
	struct buf		 a, b;
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
	ledger_hash_set(r, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
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
		cmocka_unit_test(test_sha256),
		cmocka_unit_test(test_round_trip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
