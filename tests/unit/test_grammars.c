/*
 * test_grammars.c -- the grammars the readers and the validator share:
 * RSS mailboxes (email.c), links and ids (uri.c).
 */

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "email.h"
#include "uri.h"

#define N(a)	(sizeof(a) / sizeof((a)[0]))

/* Every address email_valid takes is a mailbox alone, and with a name. */
static void
test_mailbox(void **state)
{
	static const char *const addrs[] = {
		"a@b.c", "\"john doe\"@example.com", "x@[1.2.3.4 ]",
		"\"a\\ b\"@x", "\"a(b) c\"@x", "\"a>b\"@x", "x@[ ]",
		"\"a<b\"@x",
	};
	static const char *const bad[] = {
		"", "a", "a@b (", "a@b ()x", "a@b(Name", "\"a b@x (N)",
		"Name <a>", "<a@b>", "a b@c (N)", "a@b  Name",
	};
	char	 s[256];
	size_t	 i;

	(void)state;
	for (i = 0; i < N(addrs); i++) {
		assert_true(email_valid(addrs[i], strlen(addrs[i])));
		if (!email_mailbox_valid(addrs[i], strlen(addrs[i])))
			fail_msg("%s should be a mailbox", addrs[i]);
		snprintf(s, sizeof(s), "%s (Some Name)", addrs[i]);
		if (!email_mailbox_valid(s, strlen(s)))
			fail_msg("%s should be a mailbox", s);
		snprintf(s, sizeof(s), "Some <Name> <%s>", addrs[i]);
		if (!email_mailbox_valid(s, strlen(s)))
			fail_msg("%s should be a mailbox", s);
	}
	for (i = 0; i < N(bad); i++)
		if (email_mailbox_valid(bad[i], strlen(bad[i])))
			fail_msg("%s should not be a mailbox", bad[i]);
}

static void
test_web_link(void **state)
{
	static const char *const good[] = {
		"http://a", "https://example.com/", "HTTPS://Example.COM/x?y#z",
		"http://[2001:db8::1]:8080/", "http://u:p@h/", "http://h:/",
		"https://h/\xc3\xa9", "http://h?q", "http://h#f",
	};
	static const char *const bad[] = {
		"javascript:alert(1)", "JavaScript://x/%0aalert(1)",
		"vbscript:msgbox(1)", "data:text/html,x", "file:///etc/passwd",
		"mailto:a@b", "ftp://h/", "http:", "http:/x", "http:///x",
		"http://:80/", "http://u@/", "http://h:8a/", "http://[]/",
		"http://[::1/", "//h/x", "/x", "https://h/a b", "httpx://h/",
		"http://h/<x>",
	};
	size_t	 i;

	(void)state;
	for (i = 0; i < N(good); i++)
		if (!uri_is_web_link(good[i], strlen(good[i])))
			fail_msg("%s should be a web link", good[i]);
	for (i = 0; i < N(bad); i++)
		if (uri_is_web_link(bad[i], strlen(bad[i])))
			fail_msg("%s should not be a web link", bad[i]);
}

/* Schemes are case-insensitive (RFC 3986 3.1); the whole scheme counts. */
static void
test_scheme(void **state)
{
	static const char *const http[] = {
		"http://h/", "https://h/", "HTTPS://h/", "Http://h/", "hTtP:x",
	};
	static const char *const other[] = {
		"", "http", "https", "httpx://h/", "shttp://h/", "ftp://h/",
		"http//h/", "/http://h/", "h ttp://h/", "https ://h/",
	};
	size_t	 i;

	(void)state;
	for (i = 0; i < N(http); i++)
		if (!uri_is_http(http[i], strlen(http[i])))
			fail_msg("%s should be http or https", http[i]);
	for (i = 0; i < N(other); i++)
		if (uri_is_http(other[i], strlen(other[i])))
			fail_msg("%s should not be http or https", other[i]);
	assert_true(uri_has_scheme("FTP://h/", 8, "ftp"));
	assert_true(uri_has_scheme("ftp:", 4, "ftp"));
	assert_false(uri_has_scheme("ftps://h/", 9, "ftp"));
	assert_false(uri_has_scheme("ftp", 3, "ftp"));
	/* The length bounds the scheme: "https" cut to "http" is no scheme. */
	assert_false(uri_is_http("https://h/", 4));
}

static void
test_ids(void **state)
{
	static const char *const good[] = {
		"tag:example.com,2025:feed", "tag:a@x.com,2025-01-02:z",
		"TAG:x.com,2025:", "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66",
		"URN:UUID:6E8BC430-9C3A-11D9-9669-0800200C9A66",
		"urn:isbn:0451450523", "https://h/x", "x-private:1",
		"javascript:1",
	};
	static const char *const bad[] = {
		"", "x", "/rel", "tag:x", "tag:x.com:a", "tag:x.com,25:a",
		"tag:-x.com,2025:a", "tag:x.com,2025-1:a", "urn:a", "urn:a:",
		"urn:-a:b", "urn:uuid:x", "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a6",
		"urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66x", "a b:c",
	};
	size_t	 i;

	(void)state;
	for (i = 0; i < N(good); i++)
		if (uri_id_problem(good[i], strlen(good[i])) != NULL)
			fail_msg("%s should be an id", good[i]);
	for (i = 0; i < N(bad); i++)
		if (uri_id_problem(bad[i], strlen(bad[i])) == NULL)
			fail_msg("%s should not be an id", bad[i]);
	/* Bounded: the grammar never reads past n. */
	assert_non_null(uri_id_problem("tag:example.com,2025:feed", 15));
	assert_non_null(uri_id_problem("urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66", 44));
	assert_string_equal(uri_id_problem("tag:x", 5),
	    "is not a tag URI (RFC 4151: tag:authority,date:specific)");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mailbox),
		cmocka_unit_test(test_web_link),
		cmocka_unit_test(test_scheme),
		cmocka_unit_test(test_ids),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
