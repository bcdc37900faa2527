/*
 * test_email.c -- unit tests for email.c (RFC 5322 addr-spec with the
 * RFC 5321 size limits).
 */

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <string.h>

#include "email.h"

static bool
valid(const char *s)
{
	return email_valid(s, strlen(s));
}

static void
test_valid(void **state)
{
	static const char *const good[] = {
		"korocamia@naver.com", "a.b+c@d.e", "\"quoted local\"@x.org",
		"\"a\\\"b\"@x", "x@[192.0.2.1]", "user@localhost",
		"a@b", "A-Z_0.9@EXAMPLE.COM", "!#$%&'*+-/=?^_`{|}~@x",
		"a@b-c.d", "\"\"@x", "\"a@b\"@x", "\"a\\\\b\"@x",
		"\"a\\ b\"@x", "\"(a)<b>[c]\"@x", "\"a..b\"@x", "\".a\"@x",
		"x@[IPv6:2001:db8::1]", "x@[]", "x@[ 1.2.3.4 ]", "a@b.c.d.e",
		"a@-b", "a@b-", "a@1.2.3.4",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++)
		if (!valid(good[i]))
			fail_msg("%s should be valid", good[i]);
}

static void
test_invalid(void **state)
{
	static const char *const bad[] = {
		"", "a", "@", "@x", "a@", "a..b@x", ".a@x", "a.@x", "a@b..c",
		"a@.b", "a@b.", "a b@x", "a@b c", "<a@b>", "Name <a@b>",
		"a@b@c", " a@b", "a@b ", "a@b\n", "a\t@b", "(c)a@b", "a@b(c)",
		"a(c)@b", "\"a@x", "\"a\"b@x", "a\"b\"@x", "\"a\\\"@x",
		"\"a\"\"b\"@x", "\"a\".b@x", "a.\"b\"@x", "\"a\tb\"@x",
		"\"a\\\tb\"@x", "\"a\rb\"@x", "\"a\\\"@x", "x@[1.2.3.4",
		"x@1.2.3.4]", "x@[a[b]", "x@[a\\]b]", "x@[a]b", "x@b[a]",
		"x@[a\tb]", "a,b@x", "a;b@x", "a:b@x", "a\\b@x", "a[b]@x",
		"\xc3\xa9@x", "a@\xc3\xa9.com", "\"\xc3\xa9\"@x", "a\x7f@x",
		"a\x01@x", "\x80@x", "a@b\xff",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (valid(bad[i]))
			fail_msg("\"%s\" should be invalid", bad[i]);
	/* Embedded NUL: only len counts, and NUL is a control char. */
	assert_false(email_valid("a\0b@x", 5));
	assert_false(email_valid("a@x\0", 4));
	assert_false(email_valid("\"a\0\"@x", 6));
	assert_false(email_valid(NULL, 0));
	assert_false(email_valid("a@b", 0));
	/* Only the first len bytes are looked at. */
	assert_true(email_valid("a@bc d", 4));
	assert_false(email_valid("a@bc", 2));
}

static void
test_sizes(void **state)
{
	char buf[400];
	size_t n;

	(void)state;
	/* Local part: 64 octets fine, 65 not. */
	memset(buf, 'a', 64);
	memcpy(buf + 64, "@x.org", 7);
	assert_true(valid(buf));
	memset(buf, 'a', 65);
	memcpy(buf + 65, "@x.org", 7);
	assert_false(valid(buf));
	/* Quotes count: "62 octets" is 64. */
	buf[0] = '"';
	memset(buf + 1, 'a', 62);
	memcpy(buf + 63, "\"@x", 4);
	assert_true(valid(buf));
	buf[0] = '"';
	memset(buf + 1, 'a', 63);
	memcpy(buf + 64, "\"@x", 4);
	assert_false(valid(buf));
	/* Whole: 254 octets fine, 255 not. */
	memcpy(buf, "a@", 2);
	for (n = 2; n < 254; n++)
		buf[n] = (n % 10 == 1) ? '.' : 'b';
	buf[254] = '\0';
	assert_true(valid(buf));
	buf[254] = 'b';
	buf[255] = '\0';
	assert_false(valid(buf));
}

/* "addr-spec (Name)": the name is RFC 822 comments, the last closing it. */
static void
test_mailbox_named(void **state)
{
	static const char *const good[] = {
		"a@x (Jane Doe)", "a@x (A (the) B)", "a@x (A\\) B)",
		"Jane <a@x>", "a@x",
		/* No space before the comment: RFC 5322 3.2.2 makes it optional. */
		"jane@example.com(Jane Doe)", "a@[192.0.2.1](A)",
		/*
		 * RFC 822 3.1.4, 3.3: tabs and folded lines are white space,
		 * and any number of comments may follow (CFWS).
		 */
		"jane@example.com\t(Jane Doe)", "a@x\n      (Jane Doe)",
		"a@x\r\n\t(A)", "a@x\r (A)", "a@x \t \n (A)",
		"a@x (A) (B)", "a@x(A)(B)", "a@x (A)\n (B)", "a@x (A) ( ) (B (C))",
	};
	static const char *const bad[] = {
		"a@x (A), b@y (B)", "a@x (A", "a@x (A))",
		"a@x A)", "a@x)(", "a@x (A) B", "a@x (A) (B", "a@x (A) ,(B)",
		/* A line end alone ends the header; a form feed is no space. */
		"a@x\n(A)", "a@x\r\n(A)", "a@x\n\n (A)", "a@x\f(A)",
		"a@x (A)\n(B)",
	};
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++)
		if (!email_mailbox_valid(good[i], strlen(good[i])))
			fail_msg("%s should be a mailbox", good[i]);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (email_mailbox_valid(bad[i], strlen(bad[i])))
			fail_msg("\"%s\" should not be a mailbox", bad[i]);
}

static bool
named(const char *s, size_t *n)
{
	return email_named_valid(s, strlen(s), n);
}

/* The name runs from the first comment to the last; empty ones name none. */
static void
test_named_length(void **state)
{
	size_t	 n;

	(void)state;
	assert_true(named("a@x\t(Jane) (Doe)", &n));
	assert_int_equal(n, 10);
	assert_true(named("a@x () ()", &n));
	assert_int_equal(n, 0);
	assert_true(named("a@x\n (J)", &n));
	assert_int_equal(n, 1);
	assert_false(named("a@x", &n));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_invalid),
		cmocka_unit_test(test_sizes),
		cmocka_unit_test(test_mailbox_named),
		cmocka_unit_test(test_named_length),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
