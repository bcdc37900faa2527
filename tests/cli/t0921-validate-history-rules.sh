#!/bin/sh
# validate knows RFC 5005 in one document (issue 13, item 2): fh:archive
# and fh:complete, their conflicts, current in an archive, and the
# archive and paging relations where they make sense, in Atom and in RSS
# (through atom:link and fh: children of the channel).
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

FH=http://purl.org/syndication/history/1.0
HEAD="<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:fh=\"$FH\"><channel><title>t</title><link>https://e.example/</link><description>d</description><atom:link rel=\"self\" href=\"https://e.example/a/1.xml\"/>"

# rss FILE CHANNEL ITEM: a one-line RSS feed.
rss() {
	printf '%s%s<item><title>i</title><guid>https://e.example/1</guid>%s</item></channel></rss>\n' \
	    "$HEAD" "$2" "$3" >"$1"
}

test_expect_success 'the archive chains built by hand, Atom and RSS: every document valid under --strict' '
	for f in chain-atom/atom.xml chain-atom/archive/1.xml \
	    chain-atom/archive/2.xml chain-rss/rss.xml chain-rss/archive/1.xml \
	    chain-rss/archive/2.xml; do
		test_expect_code 0 "$FEEDWRIGHT" validate --strict \
		    "$SRCDIR/tests/validate/history/$f" &&
		test_must_be_empty "$T/out" || return 1
	done
'

test_expect_success 'RSS: an archive with current and next-archive in the channel is valid' '
	rss ok.rss "<fh:archive/><atom:link rel=\"current\" href=\"https://e.example/rss.xml\"/><atom:link rel=\"next-archive\" href=\"https://e.example/rss.xml\"/>" "" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out"
'

test_expect_success 'RSS: an archive without current is a warning; one whose current is itself too' '
	rss nocur.rss "<fh:archive/>" "" &&
	test_expect_code 0 "$FEEDWRIGHT" validate nocur.rss &&
	cat >want <<-\EOT &&
	nocur.rss:1:252: warning: an archive document (fh:archive) should link its subscription document with rel="current" [history-archive-current]
	EOT
	test_cmp want "$T/out" &&
	rss selfcur.rss "<fh:archive/><atom:link rel=\"current\" href=\"https://e.example/a/1.xml\"/>" "" &&
	test_expect_code 0 "$FEEDWRIGHT" validate selfcur.rss &&
	cat >want <<-\EOT &&
	selfcur.rss:1:265: warning: the current link of an archive document (fh:archive) names the archive itself, not the subscription document [history-archive-current]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'RSS: fh:complete with an archive link, with fh:archive, and in an item: errors' '
	rss c.rss "<fh:complete/><atom:link rel=\"prev-archive\" href=\"https://e.example/a/0.xml\"/>" "<fh:archive/>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate c.rss &&
	cat >want <<-\EOT &&
	c.rss:1:384: error: fh:archive belongs in the channel, not in an item [history-element]
	c.rss:1:266: error: a link rel="prev-archive" in a complete feed (fh:complete), which has no archive or paging links [history-complete-links]
	EOT
	test_cmp want "$T/out" &&
	rss ca.rss "<fh:complete/><fh:archive/><atom:link rel=\"current\" href=\"https://e.example/a/1.xml\"/>" "" &&
	test_expect_code 1 "$FEEDWRIGHT" validate ca.rss &&
	cat >want <<-\EOT &&
	ca.rss:1:252: error: fh:complete and fh:archive in one document: a complete feed has no archives, and an archive is not the complete feed [history-archive-complete]
	ca.rss:1:279: warning: the current link of an archive document (fh:archive) names the archive itself, not the subscription document [history-archive-current]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'each paging relation in a complete feed is an error; a complete feed whose current is itself is valid' '
	for rel in prev-archive next-archive first last next previous; do
		rss p.rss "<fh:complete/><atom:link rel=\"$rel\" href=\"https://e.example/p/2.xml\"/>" "" &&
		test_expect_code 1 "$FEEDWRIGHT" validate p.rss &&
		echo "p.rss:1:266: error: a link rel=\"$rel\" in a complete feed (fh:complete), which has no archive or paging links [history-complete-links]" >want &&
		test_cmp want "$T/out" || return 1
	done &&
	rss cs.rss "<fh:complete/><atom:link rel=\"current\" href=\"https://e.example/a/1.xml\"/>" "" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict cs.rss &&
	test_must_be_empty "$T/out"
'

test_expect_success 'Atom: an archive relation in an entry is a warning, as in an RSS item' '
	sed "s|<link href=\"https://example.org/posts/3.html\"/>|&<link rel=\"current\" href=\"https://example.org/feeds/atom.xml\"/>|" \
	    "$SRCDIR/tests/validate/history/chain-atom/archive/2.xml" >entry.atom &&
	test_expect_code 0 "$FEEDWRIGHT" validate entry.atom &&
	cat >want <<-\EOT &&
	entry.atom:21:52: warning: atom:link rel="current" describes the feed: it belongs in the feed, not an entry [atom-link-feed-rel]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'Atom: an fh: element RFC 5005 does not define, and fh:archive with content: errors' '
	sed "s|<fh:archive/>|<fh:archive>yes</fh:archive><fh:paged/>|" \
	    "$SRCDIR/tests/validate/history/chain-atom/archive/2.xml" >el.atom &&
	test_expect_code 1 "$FEEDWRIGHT" validate el.atom &&
	cat >want <<-\EOT &&
	el.atom:8:3: error: fh:archive must be an empty element [history-element]
	el.atom:8:31: error: fh:paged is not an element of RFC 5005, which has only fh:archive and fh:complete [history-element]
	EOT
	test_cmp want "$T/out"
'

test_done
