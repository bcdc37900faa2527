#!/bin/sh
# validate checks atom:link inside RSS (issue 9, item 4): an href is an IRI
# reference (RFC 4287 4.2.7.1), so a relative one is a warning, not an
# error, and none with an absolute xml:base in scope (RFC 4287 2); a hub
# link is http(s), and a self link beside it is warned of (WebSub 4); the paging
# and archive relations of RFC 5005 belong in the channel.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

HEAD='<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>t</title><link>https://e.example/</link><description>d</description>'

# feed FILE CHANNEL ITEM: a one-line feed.
feed() {
	printf '%s%s<item><title>i</title>%s</item></channel></rss>\n' \
	    "$HEAD" "$2" "$3" >"$1"
}

test_expect_success 'self, hub and every RFC 5005 relation in the channel, absolute: valid under --strict' '
	feed ok.rss "<atom:link rel=\"self\" href=\"https://e.example/feed.xml\" type=\"application/rss+xml\"/><atom:link rel=\"hub\" href=\"https://hub.example/\"/><atom:link rel=\"hub\" href=\"http://hub2.example/\"/><atom:link rel=\"prev-archive\" href=\"https://e.example/a/2.xml\"/><atom:link rel=\"next-archive\" href=\"https://e.example/a/4.xml\"/><atom:link rel=\"current\" href=\"https://e.example/feed.xml\"/><atom:link rel=\"first\" href=\"https://e.example/p/1\"/><atom:link rel=\"last\" href=\"https://e.example/p/9\"/><atom:link rel=\"next\" href=\"https://e.example/p/4\"/><atom:link rel=\"previous\" href=\"https://e.example/p/2\"/>" "" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'a relative href is a warning (RFC 4287 allows it), an href that is no IRI reference an error' '
	feed rel.rss "<atom:link rel=\"self\" href=\"feed.xml\"/><atom:link rel=\"prev-archive\" href=\"/a/2.xml\"/><atom:link href=\"a b\"/><atom:link rel=\"next\"/>" "" &&
	cat >want <<-\EOF &&
	rel.rss:1:145: warning: href "feed.xml" of atom:link rel="self" is relative: RSS gives no base to resolve it against [atom-link-relative]
	rel.rss:1:184: warning: href "/a/2.xml" of atom:link rel="prev-archive" is relative: RSS gives no base to resolve it against [atom-link-relative]
	rel.rss:1:231: error: href "a b" of atom:link is not an IRI reference [atom-iri]
	rel.rss:1:254: error: atom:link has no href attribute [atom-link-href]
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate rel.rss &&
	test_cmp want "$T/out" &&
	feed self.rss "<atom:link rel=\"self\" href=\"feed.xml\"/>" "" &&
	test_expect_code 0 "$FEEDWRIGHT" validate self.rss &&
	test_expect_code 1 "$FEEDWRIGHT" validate --strict self.rss
'

test_expect_success 'a relative href with an absolute xml:base in scope has a base (RFC 4287 2): no warning' '
	feed own.rss "<atom:link xml:base=\"https://e.example/f/\" rel=\"self\" href=\"feed.xml\"/>" "" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict own.rss &&
	test_must_be_empty "$T/out" &&
	printf "%s\n" "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" xml:base=\"https://e.example/\"><channel xml:base=\"f/\"><title>t</title><link>https://e.example/</link><description>d</description><atom:link rel=\"self\" href=\"feed.xml\"/><item><title>i</title><atom:link href=\"1\"/></item></channel></rss>" >up.rss &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict up.rss &&
	test_must_be_empty "$T/out"
'

test_expect_success 'a relative or broken xml:base without an absolute one above it gives no base: the warning stays' '
	feed relbase.rss "<atom:link xml:base=\"/f/\" rel=\"self\" href=\"feed.xml\"/><atom:link xml:base=\"https://e.example/a b/\" rel=\"next\" href=\"2\"/>" "" &&
	cat >want <<-\EOF &&
	relbase.rss:1:145: warning: href "feed.xml" of atom:link rel="self" is relative: RSS gives no base to resolve it against [atom-link-relative]
	relbase.rss:1:199: warning: href "2" of atom:link rel="next" is relative: RSS gives no base to resolve it against [atom-link-relative]
	EOF
	test_expect_code 0 "$FEEDWRIGHT" validate relbase.rss &&
	test_cmp want "$T/out"
'

test_expect_success 'a hub: http or https (an error), and a self link beside it (a warning)' '
	feed hub.rss "<atom:link rel=\"hub\" href=\"ftp://hub.example/\"/>" "" &&
	cat >want <<-\EOF &&
	hub.rss:1:145: error: href "ftp://hub.example/" of atom:link rel="hub" is not an http or https URL [atom-link-hub]
	hub.rss:1:61: warning: channel has an atom:link rel="hub" (line 1) but none with rel="self", which WebSub asks for beside it [atom-link-hub-self]
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate hub.rss &&
	test_cmp want "$T/out"
'

test_expect_success 'paging, archive and hub relations in an item are warned of; alternate and enclosure are not' '
	feed item.rss "" "<atom:link rel=\"current\" href=\"https://e.example/\"/><atom:link rel=\"hub\" href=\"https://hub.example/\"/><atom:link href=\"https://e.example/1\"/><atom:link rel=\"enclosure\" href=\"https://e.example/1.mp3\" type=\"audio/mpeg\"/>" &&
	cat >want <<-\EOF &&
	item.rss:1:167: warning: atom:link rel="current" describes the feed: it belongs in the channel, not an item [atom-link-feed-rel]
	item.rss:1:219: warning: atom:link rel="hub" describes the feed: it belongs in the channel, not an item [atom-link-feed-rel]
	EOF
	test_expect_code 0 "$FEEDWRIGHT" validate item.rss &&
	test_cmp want "$T/out"
'

test_done
