/*
 * test_grammars.c -- the grammars the readers and the validator share:
 * RSS mailboxes (email.c), links and ids (uri.c), and resolving and
 * comparing URIs (uri.c, RFC 3986 5.2 and 6.2).
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
#include "util.h"

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

/*
 * RFC 3986 3.2: authority = [ userinfo "@" ] host [ ":" port ]: one '@'
 * at most (3.2.1), brackets only around an IP-literal that is the whole
 * host (3.2.2), a port of digits only (3.2.3); in every URI and IRI,
 * and in a network-path reference.
 */
static void
test_authority(void **state)
{
	static const char *const good[] = {
		"https://example.com/a", "https://example.com:8080/a",
		"https://example.com:/a", "https://u:p@example.com/a",
		"https://u@example.com:80", "http://[2001:db8::1]/",
		"http://[2001:db8::1]:8080/a", "http://[::1]", "http://[::]/",
		"http://[::ffff:192.0.2.1]/", "http://[v1.fe80::a+b]/",
		"http://[fe80::1%25eth0]/", "https://h/a@b@c?x=@#@",
		"https://h?q=a:b:c", "file:///etc/hosts", "https://ex%41mple.com/",
		"https://\xc3\xa9xample.com:443/", "ftp://a;b@h/",
	};
	static const char *const bad[] = {
		"https://exa[mple.com/a", "https://example.com]/a",
		"https://example.com:port/a", "https://a@b@example.com/a",
		"https://example.com:80:90/a", "https://[::1]x/",
		"https://[::1]:8a/", "https://x[::1]/", "https://[::1/",
		"https://[]/", "https://[1.2.3.4]/", "https://[v.x]/",
		"https://[vz.x]/", "https://[v1.]/", "https://[::1%eth0]/",
		"https://[::1%25]/", "https://u[1]@h/", "https://h:-1/",
	};
	size_t	 i;

	(void)state;
	for (i = 0; i < N(good); i++) {
		if (!uri_is_absolute_iri(good[i], strlen(good[i])))
			fail_msg("%s should be an absolute IRI", good[i]);
		/* The same authority in a network-path reference. */
		if (!uri_is_iri_reference(strchr(good[i], ':') + 1,
		    strlen(strchr(good[i], ':') + 1)))
			fail_msg("%s should be a reference", good[i]);
	}
	for (i = 0; i < N(bad); i++) {
		if (uri_is_absolute_iri(bad[i], strlen(bad[i])))
			fail_msg("%s should not be an absolute IRI", bad[i]);
		if (uri_is_iri_reference(strchr(bad[i], ':') + 1,
		    strlen(strchr(bad[i], ':') + 1)))
			fail_msg("%s should not be a reference", bad[i]);
	}
	/* Bounded: the authority ends where n does. */
	assert_true(uri_is_absolute_uri("https://h:80@x", 12));
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
		"urn:isbn:0451450523", "urn:ab:x", "urn:a-:x",
		"urn:abcdefghijklmnopqrstuvwxyz012345:x", "https://h/x",
		"x-private:1", "javascript:1",
	};
	static const char *const bad[] = {
		"", "x", "/rel", "tag:x", "tag:x.com:a", "tag:x.com,25:a",
		"tag:-x.com,2025:a", "tag:x.com,2025-1:a", "urn:a", "urn:a:",
		"urn:-a:b", "urn:x:foo", "urn:abcdefghijklmnopqrstuvwxyz0123456:x",
		"urn:uuid:x", "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a6",
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

/* RFC 3986 5.4.1 and 5.4.2: every example, against its base. */
static void
test_resolve_rfc3986(void **state)
{
	static const char *const cases[][2] = {
		{ "g:h", "g:h" }, { "g", "http://a/b/c/g" },
		{ "./g", "http://a/b/c/g" }, { "g/", "http://a/b/c/g/" },
		{ "/g", "http://a/g" }, { "//g", "http://g" },
		{ "?y", "http://a/b/c/d;p?y" }, { "g?y", "http://a/b/c/g?y" },
		{ "#s", "http://a/b/c/d;p?q#s" }, { "g#s", "http://a/b/c/g#s" },
		{ "g?y#s", "http://a/b/c/g?y#s" }, { ";x", "http://a/b/c/;x" },
		{ "g;x", "http://a/b/c/g;x" },
		{ "g;x?y#s", "http://a/b/c/g;x?y#s" },
		{ "", "http://a/b/c/d;p?q" }, { ".", "http://a/b/c/" },
		{ "./", "http://a/b/c/" }, { "..", "http://a/b/" },
		{ "../", "http://a/b/" }, { "../g", "http://a/b/g" },
		{ "../..", "http://a/" }, { "../../", "http://a/" },
		{ "../../g", "http://a/g" },
		/* 5.4.2, abnormal */
		{ "../../../g", "http://a/g" }, { "../../../../g", "http://a/g" },
		{ "/./g", "http://a/g" }, { "/../g", "http://a/g" },
		{ "g.", "http://a/b/c/g." }, { ".g", "http://a/b/c/.g" },
		{ "g..", "http://a/b/c/g.." }, { "..g", "http://a/b/c/..g" },
		{ "./../g", "http://a/b/g" }, { "./g/.", "http://a/b/c/g/" },
		{ "g/./h", "http://a/b/c/g/h" }, { "g/../h", "http://a/b/c/h" },
		{ "g;x=1/./y", "http://a/b/c/g;x=1/y" },
		{ "g;x=1/../y", "http://a/b/c/y" },
		{ "g?y/./x", "http://a/b/c/g?y/./x" },
		{ "g?y/../x", "http://a/b/c/g?y/../x" },
		{ "g#s/./x", "http://a/b/c/g#s/./x" },
		{ "g#s/../x", "http://a/b/c/g#s/../x" }, { "http:g", "http:g" },
	};
	struct buf	 b;
	size_t		 i;

	(void)state;
	buf_init_empty(&b);
	for (i = 0; i < N(cases); i++) {
		buf_clear(&b);
		uri_resolve(&b, cases[i][0], "http://a/b/c/d;p?q");
		if (strcmp(b.data, cases[i][1]) != 0)
			fail_msg("\"%s\" gave \"%s\", not \"%s\"", cases[i][0],
			    b.data, cases[i][1]);
	}
	buf_free(&b);
}

/*
 * Nested xml:base: each against the one around it; a relative base with
 * no absolute one keeps its dot segments for the document's address.
 */
static void
test_resolve_bases(void **state)
{
	static const char *const abs[] = { "archive/", "https://e.org/feeds/" };
	static const char *const rel[] = { "b/", "../a/" };
	static const char *const bad[] = { "a b/", "https://e.org/x/" };
	struct buf	 b, c;

	(void)state;
	buf_init_empty(&b);
	buf_init_empty(&c);
	uri_resolve_bases(&b, "2.xml", abs, 2);
	assert_string_equal(b.data, "https://e.org/feeds/archive/2.xml");
	buf_clear(&b);
	uri_resolve_bases(&b, "x.xml", rel, 2);
	assert_string_equal(b.data, "../a/b/x.xml");
	assert_false(uri_is_absolute_ref(b.data));
	/* Against the document's address, as if each base were resolved there. */
	uri_resolve(&c, b.data, "https://e.org/feeds/atom.xml");
	assert_string_equal(c.data, "https://e.org/a/b/x.xml");
	buf_clear(&b);
	uri_resolve_bases(&b, "1.xml", bad, 2);
	assert_string_equal(b.data, "https://e.org/x/1.xml");
	buf_clear(&b);
	uri_resolve_bases(&b, "1.xml", NULL, 0);
	assert_string_equal(b.data, "1.xml");
	assert_true(uri_is_absolute_ref("HTTPS://e.org/"));
	buf_free(&b);
	buf_free(&c);
}

/* RFC 3986 6.2.2 and 6.2.3: the spellings of one URI, and of others. */
static void
test_same(void **state)
{
	static const char *const same[][2] = {
		{ "https://EXAMPLE.org:443/feeds/atom.xml",
		    "https://example.org/feeds/atom.xml" },
		{ "HTTPS://Hub.example:443", "https://hub.example/" },
		{ "http://h:80/", "http://h/" }, { "http://h:/", "http://h/" },
		{ "http://h:0080/a", "http://h/a" },
		{ "https://h/%7Euser/%61", "https://h/~user/a" },
		{ "https://h/a%2fb", "https://h/a%2Fb" },
		{ "https://h/a/./b/../c", "https://h/a/c" },
		{ "https://h/%2E%2E/x", "https://h/x" },
		{ "https://h/?q=%7e", "https://h/?q=~" },
		{ "https://[::1]:443/", "https://[::1]/" },
		{ "https://U@H/", "https://U@h/" },
	};
	static const char *const other[][2] = {
		{ "https://h/A", "https://h/a" },
		{ "https://h:8443/", "https://h/" },
		{ "http://h:443/", "http://h/" },
		{ "https://h/", "http://h/" },
		{ "https://h/a?", "https://h/a" },
		{ "https://h/a#", "https://h/a" },
		{ "https://u@h/", "https://U@h/" },
		{ "https://h/a%2Fb", "https://h/a/b" },
	};
	size_t		 i;

	(void)state;
	for (i = 0; i < N(same); i++)
		if (!uri_same(same[i][0], same[i][1]))
			fail_msg("\"%s\" is not \"%s\"", same[i][0], same[i][1]);
	for (i = 0; i < N(other); i++)
		if (uri_same(other[i][0], other[i][1]))
			fail_msg("\"%s\" is \"%s\"", other[i][0], other[i][1]);
}

/* The file extension of a URL's last path segment; none in a query. */
static void
test_path_extension(void **state)
{
	static const char *const has[][2] = {
		{ "https://h/a.mp3", "mp3" }, { "https://h/a/b.c.M4A", "M4A" },
		{ "https://h/a.mp3?x=1.ogg", "mp3" }, { "https://h/a.pdf#p.2", "pdf" },
		{ "a.mov", "mov" }, { "https://h/x.y/a.mp4", "mp4" },
	};
	static const char *const none[] = { "https://h/play/123",
	    "https://h/a.b/c", "https://h/.mp3", "https://h/a.", "https://h",
	    "https://h.mp3", "https://h/?f=a.mp3" };
	const char	*x;
	size_t		 i, n;

	(void)state;
	for (i = 0; i < N(has); i++)
		if (!uri_path_extension(has[i][0], &x, &n) ||
		    n != strlen(has[i][1]) || memcmp(x, has[i][1], n) != 0)
			fail_msg("\"%s\": not .%s", has[i][0], has[i][1]);
	for (i = 0; i < N(none); i++)
		if (uri_path_extension(none[i], &x, &n))
			fail_msg("\"%s\": an extension", none[i]);
}

/* The extension a URL's query ends in: letters and digits after a ".". */
static void
test_query_extension(void **state)
{
	static const char *const has[][2] = {
		{ "https://h/artwork?.jpg", "jpg" },
		{ "https://h/play/123?f=a.MP3", "MP3" },
		{ "https://h/a.php?x=1.m4a#t=2.5", "m4a" },
		{ "?.png", "png" }, { "https://h/v?.3gp", "3gp" },
	};
	static const char *const none[] = { "https://h/a.mp3",
	    "https://h/a?jpg", "https://h/a?x.jpg&y=1", "https://h/a?.",
	    "https://h/a?x.mp3/", "https://h/a#.jpg", "https://h/a?",
	    "https://h/art?v=1.2" };
	const char	*x;
	size_t		 i, n;

	(void)state;
	for (i = 0; i < N(has); i++)
		if (!uri_query_extension(has[i][0], &x, &n) ||
		    n != strlen(has[i][1]) || memcmp(x, has[i][1], n) != 0)
			fail_msg("\"%s\": not .%s", has[i][0], has[i][1]);
	for (i = 0; i < N(none); i++)
		if (uri_query_extension(none[i], &x, &n))
			fail_msg("\"%s\": an extension", none[i]);
}

/* uri_plainly_normal is never true of a URI uri_normalize would change. */
static void
test_plainly_normal(void **state)
{
	static const char *const v[] = {
		"https://example.org/", "https://example.org/a/b?c#d",
		"https://example.org/a/.hidden", "https://example.org/a?x/./y",
		"https://Example.org/", "HTTPS://example.org/",
		"https://example.org", "https://example.org:443/",
		"https://example.org:8443/", "https://u@example.org/",
		"https://example.org/a/./b", "https://example.org/a/../b",
		"https://example.org/a/.", "https://example.org/a/..",
		"https://example.org/%7e", "https://example.org/a?%7e",
		"https://example.org/a#%41", "https:///a", "https://[::1]/",
		"tag:example.org,2025:1", "urn:uuid:1", "svn+ssh://h/x",
		"https://example.org/뉴스", "https://xn--bcher-kva.example/",
	};
	static const char *const plain[] = { "https://example.org/",
	    "https://example.org/a/b?c#d", "https://example.org/a/.hidden",
	    "https://example.org/a?x/./y", "https://example.org/뉴스",
	    "https://xn--bcher-kva.example/" };
	struct buf	 b;
	size_t		 i;

	(void)state;
	for (i = 0; i < N(v); i++) {
		if (!uri_plainly_normal(v[i]))
			continue;
		buf_init_empty(&b);
		uri_normalize(&b, v[i]);
		if (strcmp(b.data, v[i]) != 0)
			fail_msg("\"%s\" is called plainly normal, but is \"%s\"",
			    v[i], b.data);
		buf_free(&b);
	}
	for (i = 0; i < N(plain); i++)
		if (!uri_plainly_normal(plain[i]))
			fail_msg("\"%s\": not plainly normal", plain[i]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mailbox),
		cmocka_unit_test(test_web_link),
		cmocka_unit_test(test_authority),
		cmocka_unit_test(test_scheme),
		cmocka_unit_test(test_ids),
		cmocka_unit_test(test_resolve_rfc3986),
		cmocka_unit_test(test_resolve_bases),
		cmocka_unit_test(test_same),
		cmocka_unit_test(test_path_extension),
		cmocka_unit_test(test_query_extension),
		cmocka_unit_test(test_plainly_normal),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
