/*
 * test_percent.c -- uri.c's one percent-encoder (slugs in entry links,
 * mailto: in JSON Feed) and its one UUID grammar (urn:uuid:,
 * podcast:guid).
 */

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "uri.h"
#include "util.h"

static void
expect(const char *in, size_t n, const char *keep, const char *want)
{
	struct buf	 b;

	buf_init(&b);
	buf_adds(&b, "<");
	uri_percent_encode(&b, in, n, keep);
	buf_adds(&b, ">");
	assert_string_equal(b.data, want);
	buf_free(&b);
}

static void
test_encode(void **state)
{
	(void)state;
	expect("a-Z_0.9~", 8, "", "<a-Z_0.9~>");
	expect("a b/c?d", 7, "", "<a%20b%2Fc%3Fd>");
	expect("\xc3\xa9", 2, "", "<%C3%A9>");
	expect("a\0b", 3, "", "<a%00b>");
	expect("\"a b\"@x.org", 11, "!$'()*+,;:@", "<%22a%20b%22@x.org>");
	expect("100%", 4, "@", "<100%25>");
	expect("", 0, "", "<>");
}

/* Each of the 256 octets alone: kept if RFC 3986 2.3 unreserved, else %XX. */
static void
test_encode_octets(void **state)
{
	struct buf	 b;
	char		 want[4];
	unsigned	 i;
	bool		 keep;

	(void)state;
	for (i = 0; i < 256; i++) {
		char c = (char)i;

		keep = (i >= 'A' && i <= 'Z') || (i >= 'a' && i <= 'z') ||
		    (i >= '0' && i <= '9') || i == '-' || i == '.' ||
		    i == '_' || i == '~';
		if (keep)
			snprintf(want, sizeof(want), "%c", (int)i);
		else
			snprintf(want, sizeof(want), "%%%02X", i);
		buf_init(&b);
		uri_percent_encode(&b, &c, 1, "");
		assert_string_equal(b.data, want);
		buf_free(&b);
	}
}

/* Decoding undoes the encoding; a "%" without two hex digits stays. */
static void
test_decode(void **state)
{
	static const struct {
		const char	*in, *want;
		bool		 ok;
	} cases[] = {
		{ "a%20b", "a b", true },
		{ "a%2520b", "a%20b", true },
		{ "%E2%82%AC%e2%82%ac", "\xe2\x82\xac\xe2\x82\xac", true },
		{ "100%", "100%", true },
		{ "%zz%4", "%zz%4", true },
		{ "a%00b", "a", false },	/* a NUL: false (the string ends there) */
		{ "", "", true },
	};
	struct buf	 b, e;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		buf_init(&b);
		assert_int_equal(uri_percent_decode(&b, cases[i].in,
		    strlen(cases[i].in)), cases[i].ok);
		assert_string_equal(b.data != NULL ? b.data : "",
		    cases[i].want);
		buf_free(&b);
	}
	/* Every octet but NUL round-trips through the encoder. */
	for (i = 1; i < 256; i++) {
		char c = (char)i;

		buf_init(&e);
		buf_init(&b);
		uri_percent_encode(&e, &c, 1, "");
		assert_true(uri_percent_decode(&b, e.data, e.len));
		assert_int_equal(b.len, 1);
		assert_int_equal((unsigned char)b.data[0], i);
		buf_free(&e);
		buf_free(&b);
	}
}

static void
test_uuid(void **state)
{
	(void)state;
	assert_true(uri_is_uuid("6e8bc430-9c3a-11d9-9669-0800200c9a66", 36));
	assert_true(uri_is_uuid("6E8BC430-9C3A-11D9-9669-0800200C9A66", 36));
	assert_false(uri_is_uuid("6e8bc430-9c3a-11d9-9669-0800200c9a6", 35));
	assert_false(uri_is_uuid("6e8bc430x9c3a-11d9-9669-0800200c9a66", 36));
	assert_false(uri_is_uuid("6e8bc430-9c3a-11d9-9669-0800200c9a6g", 36));
	assert_true(uri_is_urn("urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66",
	    45));
	assert_false(uri_is_urn("urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66x",
	    46));
	assert_false(uri_is_urn("urn:uuid:6e8bc430", 17));
}

/* A fully qualified domain name: podcast:chat's server. */
static void
test_dns_name(void **state)
{
	static const char *const good[] = { "irc.zeronode.net", "example.com",
	    "jabber.example.com", "a-b.c1.example", "irc.libera.chat.",
	    "192.0.2.example", "1.2.3", "1.2.3.4.5" };
	static const char *const bad[] = { "", "localhost", ".", "localhost.",
	    "example.com..", "-a.example.com", "a-.example.com",
	    "a..example.com", "irc.example.net:6667", "irc://irc.example.net",
	    "a b.example", "192.0.2.1", "192.0.2.1." };
	char	 name[300];
	size_t	 i;

	(void)state;
	/* RFC 1035 2.3.4: a label of 63 octets at most, 253 characters in all. */
	memset(name, 'a', 63);
	memcpy(name + 63, ".example", 9);
	assert_true(uri_is_dns_name(name, strlen(name)));
	memset(name, 'a', 64);
	memcpy(name + 64, ".example", 9);
	assert_false(uri_is_dns_name(name, strlen(name)));
	for (i = 0; i < 4; i++) {
		memset(name + i * 64, 'a', 63);
		name[i * 64 + 63] = '.';
	}
	name[253] = '\0';		/* 4 labels, 253 characters */
	name[252] = 'a';
	assert_true(uri_is_dns_name(name, 253));
	name[253] = '.';
	assert_true(uri_is_dns_name(name, 254));
	name[253] = 'a';
	assert_false(uri_is_dns_name(name, 254));
	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++)
		assert_true(uri_is_dns_name(good[i], strlen(good[i])));
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_false(uri_is_dns_name(bad[i], strlen(bad[i])));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_encode),
		cmocka_unit_test(test_encode_octets),
		cmocka_unit_test(test_decode),
		cmocka_unit_test(test_uuid),
		cmocka_unit_test(test_dns_name),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
