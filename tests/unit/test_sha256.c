/*
 * test_sha256.c -- unit tests for sha256.c: the FIPS 180-4 examples, and
 * the processor's SHA instructions (where it has them) agreeing with the
 * plain C rounds on every length and every way of cutting the input.
 */

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sha256.h"

#define MAXLEN	300

static char	 first[MAXLEN + 1][4][SHA256_HEX];

static void
hash(const void *p, size_t n, size_t piece, char *hex)
{
	struct sha256	 s;
	const char	*c = p;
	size_t		 take;

	sha256_init(&s);
	do {
		take = n < piece ? n : piece;
		sha256_add(&s, c, take);
		c += take;
		n -= take;
	} while (n > 0);
	sha256_hex(&s, hex);
}

static void
known(void)
{
	static const struct {
		const char	*text;
		const char	*hex;
	} v[] = {
		{ "", "e3b0c44298fc1c149afbf4c8996fb924"
		    "27ae41e4649b934ca495991b7852b855" },
		{ "abc", "ba7816bf8f01cfea414140de5dae2223"
		    "b00361a396177a9cb410ff61f20015ad" },
		{ "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
		    "248d6a61d20638b8e5c026930c3e6039"
		    "a33ce45964ff2167f6ecedd419db06c1" },
		/* 55, 56 and 64 bytes: the padding's edges. */
		{ "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
		    "9f4390f8d30c2dd92ec9f095b65e2b9a"
		    "e9b0a925a5258e241c9f1e910f734318" },
		{ "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
		    "b35439a4ac6f0948b6d6f9e3c6af0f5f"
		    "590ce20f1bde7090ef7970686ec6738a" },
		{ "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
		    "ffe054fe7ae0cb6dc65c3af9b61d5209"
		    "f439851db43d0ba5997337df154668eb" },
	};
	char	 hex[SHA256_HEX], *a;
	size_t	 i;

	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		hash(v[i].text, strlen(v[i].text), 64, hex);
		assert_string_equal(hex, v[i].hex);
		hash(v[i].text, strlen(v[i].text), 1, hex);
		assert_string_equal(hex, v[i].hex);
	}
	/* An empty field may come as a null pointer. */
	{
		struct sha256	 s;

		sha256_init(&s);
		sha256_add(&s, "ab", 2);
		sha256_add(&s, NULL, 0);
		sha256_add(&s, "c", 1);
		sha256_add(&s, NULL, 0);
		sha256_hex(&s, hex);
		assert_string_equal(hex, v[1].hex);
	}
	/* A million "a", section B.3 of the old FIPS 180-2 examples. */
	a = malloc(1000000);
	assert_non_null(a);
	memset(a, 'a', 1000000);
	hash(a, 1000000, 1000000, hex);
	assert_string_equal(hex, "cdc76e5c9914fb9281a1c7e284d73e67"
	    "f1809a48a497200e046d39ccc7112cd0");
	hash(a, 1000000, 4097, hex);
	assert_string_equal(hex, "cdc76e5c9914fb9281a1c7e284d73e67"
	    "f1809a48a497200e046d39ccc7112cd0");
	free(a);
}

static void
lengths(char out[][4][SHA256_HEX])
{
	static const size_t	 pieces[4] = { 1, 63, 64, MAXLEN };
	unsigned char		 data[MAXLEN];
	size_t			 n, j;

	for (n = 0; n < MAXLEN; n++)
		data[n] = (unsigned char)(n * 131 + 7);
	for (n = 0; n <= MAXLEN; n++)
		for (j = 0; j < 4; j++)
			hash(data, n, pieces[j], out[n][j]);
}

static void
test_fastest(void **state)
{
	(void)state;
	known();
	lengths(first);
}

/* Runs after test_fastest: the same hashes from the plain C rounds. */
static void
test_portable(void **state)
{
	static char	 again[MAXLEN + 1][4][SHA256_HEX];
	size_t		 n, j;

	(void)state;
	sha256_use_portable();
	known();
	lengths(again);
	for (n = 0; n <= MAXLEN; n++)
		for (j = 0; j < 4; j++) {
			if (strcmp(first[n][j], again[n][j]) != 0)
				fail_msg("length %zu, piece %zu: %s != %s", n,
				    j, first[n][j], again[n][j]);
			if (strcmp(first[n][0], first[n][j]) != 0)
				fail_msg("length %zu: pieces differ", n);
		}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fastest),
		cmocka_unit_test(test_portable),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
