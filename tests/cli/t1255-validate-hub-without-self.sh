#!/bin/sh
# A hub link without a self link: WebSub 4 says a publisher SHOULD give
# the self link beside the hub, and neither RSS 2.0 nor RFC 4287 makes a
# self link a MUST, so it is a warning, one rule in RSS and Atom alike
# (it was an error in RSS and nothing in Atom: Typepad's and Blogger's
# valid RSS were called invalid).
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

cat >hub.rss <<\EOF_RSS
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>t</title><link>https://e.example/</link><description>d</description>
<atom:link rel="hub" href="https://hub.example/"/>
<item><title>i</title><guid>https://e.example/1</guid></item>
</channel></rss>
EOF_RSS

cat >hub.atom <<\EOF_ATOM
<feed xmlns="http://www.w3.org/2005/Atom">
<title>t</title><id>https://e.example/</id><updated>2024-01-01T00:00:00Z</updated>
<author><name>a</name></author><link href="https://e.example/"/>
<link rel="hub" href="https://hub.example/"/>
</feed>
EOF_ATOM

test_expect_success 'RSS: a hub without a self link is a warning, not an error' '
	test_expect_code 0 "$FEEDWRIGHT" validate hub.rss &&
	echo "hub.rss:2:1: warning: channel has an atom:link rel=\"hub\" (line 3) but none with rel=\"self\", which WebSub asks for beside it [atom-link-hub-self]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'Atom: the same warning, in place of the one RFC 4287 gives of any feed without self' '
	test_expect_code 0 "$FEEDWRIGHT" validate hub.atom &&
	cat >want <<-\EOF_WANT &&
	hub.atom:1:1: warning: feed has a link rel="hub" (line 4) but none with rel="self", which WebSub asks for beside it [atom-link-hub-self]
	EOF_WANT
	test_cmp want "$T/out"
'

test_expect_success 'both fail --strict, for the warning' '
	test_expect_code 1 "$FEEDWRIGHT" validate --strict hub.rss &&
	test_expect_code 1 "$FEEDWRIGHT" validate --strict hub.atom
'

test_done
