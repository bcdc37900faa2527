#!/bin/sh
# validate --chain FILE (issue 13, item 2): follows prev-archive links
# among local files, the self link's folder mapped to FILE's, never
# fetching; the chain must be complete, ordered, and hold each entry id
# once. The chains are built by hand in tests/validate/history.
. "$SRCDIR/tests/lib.sh"

H=$SRCDIR/tests/validate/history
cp -R "$H/chain-atom" "$H/chain-rss" "$H/chain-broken" "$T/" || exit 99
cd "$T" || exit 99

test_expect_success 'an Atom chain of a subscription feed and two archives: exit 0, silent' '
	test_expect_code 0 "$FEEDWRIGHT" validate --strict --chain chain-atom/atom.xml &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'the same chain as JSON: one report per document, newest first' '
	test_expect_code 0 "$FEEDWRIGHT" validate --format=json --chain chain-atom/atom.xml &&
	/usr/bin/python3 -c "
import json, sys
d = json.load(open(sys.argv[1]))
assert [r[\"file\"] for r in d] == [\"chain-atom/atom.xml\", \"chain-atom/archive/2.xml\", \"chain-atom/archive/1.xml\"], d
assert all(r[\"valid\"] and r[\"problems\"] == [] for r in d), d
" "$T/out"
'

test_expect_success 'an edited entry, in the subscription feed and in an archive: the newer copy supersedes it' '
	test_contains chain-atom/atom.xml "<title>Post 2, corrected</title>" &&
	test_contains chain-atom/archive/1.xml "<id>https://example.org/posts/2</id>" &&
	test_contains chain-atom/atom.xml "<id>https://example.org/posts/2</id>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --chain chain-atom/atom.xml &&
	test_must_be_empty "$T/out"
'

test_expect_success 'an RSS chain (atom:link and fh:archive in the channel): exit 0, silent, from its own folder too' '
	test_expect_code 0 "$FEEDWRIGHT" validate --strict --chain chain-rss/rss.xml &&
	test_must_be_empty "$T/out" &&
	(cd chain-rss && test_expect_code 0 "$FEEDWRIGHT" validate --strict --chain rss.xml) &&
	test_must_be_empty "$T/out"
'

test_expect_success 'a missing archive file: chain-broken at the link, exit 1' '
	test_expect_code 1 "$FEEDWRIGHT" validate --chain chain-broken/missing.xml &&
	cat >want <<-\EOT &&
	chain-broken/missing.xml:8:1: error: prev-archive "https://example.org/feeds/archive/none.xml" is the file chain-broken/archive/none.xml, which cannot be opened: No such file or directory [chain-broken]
	EOT
	test_cmp want "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'an archive file that is a FIFO: chain-broken, never waited on' '
	cp -R chain-atom fifo &&
	rm fifo/archive/2.xml &&
	mkfifo fifo/archive/2.xml &&
	test_expect_code 1 timeout 60 "$FEEDWRIGHT" validate --chain fifo/atom.xml &&
	grep -c "is fifo/archive/2.xml, which is not a regular file (a FIFO) \[chain-broken\]" "$T/out" >got &&
	echo 1 >want &&
	test_cmp want got
'

test_expect_success 'a linked document without fh:archive: chain-broken at its root' '
	test_expect_code 1 "$FEEDWRIGHT" validate --chain chain-broken/plain.xml &&
	cat >want <<-\EOT &&
	chain-broken/archive/plain-1.xml:2:1: error: chain-broken/archive/plain-1.xml is the prev-archive of chain-broken/plain.xml but has no fh:archive: it is not an archive document [chain-broken]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'a linked file that is no feed: chain-broken, and its own report says what it is' '
	mkdir -p nofeed/archive &&
	sed "s|archive/none.xml|archive/page.xml|" chain-broken/missing.xml >nofeed/missing.xml &&
	echo "<html><body>gone</body></html>" >nofeed/archive/page.xml &&
	test_expect_code 1 "$FEEDWRIGHT" validate --chain nofeed/missing.xml &&
	cat >want <<-\EOT &&
	nofeed/missing.xml:8:1: error: prev-archive "https://example.org/feeds/archive/page.xml" is the file nofeed/archive/page.xml, which is not a feed [chain-broken]
	nofeed/archive/page.xml:1:1: error: this is an HTML page, not a feed [unknown-format]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'prev-archive links that come back: chain-loop, exit 1' '
	test_expect_code 1 "$FEEDWRIGHT" validate --chain chain-broken/loop.xml &&
	cat >want <<-\EOT &&
	chain-broken/archive/loop-1.xml:11:1: error: prev-archive "https://example.org/feeds/archive/loop-2.xml" leads back to chain-broken/archive/loop-2.xml, already in the chain: the archives loop [chain-loop]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'an archive whose prev-archive is itself: chain-loop' '
	mkdir -p self/archive &&
	sed "s|archive/none.xml|archive/a.xml|" chain-broken/missing.xml >self/s.xml &&
	sed "s|loop-1.xml|a.xml|g" chain-broken/archive/loop-1.xml |
	    sed "s|loop-2.xml|a.xml|g" >self/archive/a.xml &&
	test_expect_code 1 "$FEEDWRIGHT" validate --chain self/s.xml &&
	cat >want <<-\EOT &&
	self/archive/a.xml:10:1: error: next-archive "https://example.org/feeds/archive/a.xml" is not "https://example.org/feeds/missing.xml", the document whose prev-archive leads here [chain-order]
	self/archive/a.xml:11:1: error: prev-archive "https://example.org/feeds/archive/a.xml" leads back to self/archive/a.xml, already in the chain: the archives loop [chain-loop]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'one entry id in two archives: chain-duplicate-id in the older, naming the other' '
	test_expect_code 1 "$FEEDWRIGHT" validate --chain chain-broken/dup.xml &&
	cat >want <<-\EOT &&
	chain-broken/archive/dup-1.xml:13:1: error: entry id "https://example.org/posts/3" is also in the archive document chain-broken/archive/dup-2.xml: an entry is archived once [chain-duplicate-id]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'one entry id twice in one archive: chain-duplicate-id' '
	mkdir -p twice/archive &&
	cp chain-broken/dup.xml twice/ &&
	cp chain-broken/archive/dup-1.xml twice/archive/ &&
	sed "s|posts/4|posts/3|g" chain-broken/archive/dup-2.xml |
	    sed "/prev-archive/d" >twice/archive/dup-2.xml &&
	test_expect_code 1 "$FEEDWRIGHT" validate --chain twice/dup.xml &&
	cat >want <<-\EOT &&
	twice/archive/dup-2.xml:19:1: error: entry id "https://example.org/posts/3" is twice in this archive document [chain-duplicate-id]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'an older archive holding newer entries: chain-date-order at its newest entry' '
	test_expect_code 0 "$FEEDWRIGHT" validate --chain chain-broken/order.xml &&
	cat >want <<-\EOT &&
	chain-broken/archive/order-2.xml:11:1: warning: entry "https://example.org/posts/4" (2024-03-04T00:00:00Z) is newer than "https://example.org/posts/1" (2024-03-01T00:00:00Z) of chain-broken/archive/order-1.xml, whose prev-archive leads here: going back, entries get older [chain-date-order]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'the newest archive newer than the subscription feed: chain-date-order' '
	cp -R chain-atom late &&
	sed "s|<updated>2024-03-04T00:00:00Z</updated>|<updated>2024-03-09T00:00:00Z</updated>|" \
	    chain-atom/archive/2.xml >late/archive/2.xml &&
	test_expect_code 0 "$FEEDWRIGHT" validate --chain late/atom.xml &&
	cat >want <<-\EOT &&
	late/archive/2.xml:12:1: warning: entry "https://example.org/posts/4" (2024-03-09T00:00:00Z) is newer than "https://example.org/posts/5" (2024-03-05T00:00:00Z) of late/atom.xml, whose prev-archive leads here: going back, entries get older [chain-date-order]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'a next-archive that does not lead back: chain-order at it' '
	test_expect_code 1 "$FEEDWRIGHT" validate --chain chain-broken/next.xml &&
	cat >want <<-\EOT &&
	chain-broken/archive/next-2.xml:10:1: error: next-archive "https://example.org/feeds/archive/next-9.xml" is not "https://example.org/feeds/next.xml", the document whose prev-archive leads here [chain-order]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'a URL on another site, climbing out with .., or with a query: chain-outside, nothing fetched' '
	test_expect_code 1 "$FEEDWRIGHT" validate --chain chain-broken/outside.xml &&
	cat >want <<-\EOT &&
	chain-broken/outside.xml:8:1: error: prev-archive "https://elsewhere.example/feeds/archive/1.xml" is outside https://example.org/feeds/, the folder of the self link, which is mapped to chain-broken/: --chain reads files there only and fetches nothing [chain-outside]
	EOT
	test_cmp want "$T/out" &&
	test_contains chain-broken/climb.xml "href=\"https://example.org/feeds/archive/../../secret.xml\"" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --chain chain-broken/climb.xml &&
	cat >want <<-\EOT &&
	chain-broken/climb.xml:8:1: error: prev-archive "https://example.org/secret.xml" is outside https://example.org/feeds/, the folder of the self link, which is mapped to chain-broken/: --chain reads files there only and fetches nothing [chain-outside]
	EOT
	test_cmp want "$T/out" &&
	sed "s|archive/none.xml|archive/1.xml?page=2|" chain-broken/missing.xml >chain-broken/query.xml &&
	test_expect_code 1 "$FEEDWRIGHT" validate --chain chain-broken/query.xml &&
	test_contains "$T/out" "chain-broken/query.xml:8:1: error: prev-archive \"https://example.org/feeds/archive/1.xml?page=2\" is outside https://example.org/feeds/, " &&
	test_contains "$T/out" "[chain-outside]" &&
	sed "s|archive/none.xml|/etc/passwd|" chain-broken/missing.xml >slash.xml &&
	test_expect_code 1 "$FEEDWRIGHT" validate --chain slash.xml &&
	cat >want <<-\EOT &&
	slash.xml:8:1: error: prev-archive "https://example.org/feeds//etc/passwd" is outside https://example.org/feeds/, the folder of the self link, which is mapped to ./: --chain reads files there only and fetches nothing [chain-outside]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'FILE without a self link: said on stderr, exit 2' '
	grep -v "rel=\"self\"" chain-atom/atom.xml >noself.xml &&
	test_expect_code 2 "$FEEDWRIGHT" validate --chain noself.xml &&
	echo "feedwright: noself.xml: --chain needs an absolute self link (rel=\"self\") to map the feed'\''s URLs to this folder" >want &&
	test_cmp want "$T/err" &&
	test_contains "$T/out" "[atom-self-link]"
'

json_feed='{"version": "https://jsonfeed.org/version/1.1", "title": "t", "home_page_url": "https://example.org/", "feed_url": "https://example.org/feeds/feed.json", "items": [{"id": "1", "content_text": "x"}]}'

test_expect_success 'a JSON Feed as FILE: valid, but --chain says it reads Atom and RSS only, exit 2' '
	printf "%s\n" "$json_feed" >feed.json &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict feed.json &&
	test_expect_code 2 "$FEEDWRIGHT" validate --chain feed.json &&
	test_must_be_empty "$T/out" &&
	echo "feedwright: feed.json: a JSON Feed: --chain follows the prev-archive links of Atom and RSS feeds, not JSON Feed'\''s next_url" >want &&
	test_cmp want "$T/err"
'

test_expect_success 'a prev-archive that is a JSON Feed: chain-broken, named as such' '
	cp -R chain-atom jchain &&
	printf "%s\n" "$json_feed" >jchain/archive/2.xml &&
	test_expect_code 1 "$FEEDWRIGHT" validate --chain jchain/atom.xml &&
	line=$(grep -n "rel=\"prev-archive\"" jchain/atom.xml | cut -d: -f1) &&
	echo "jchain/atom.xml:$line:1: error: prev-archive \"https://example.org/feeds/archive/2.xml\" is the file jchain/archive/2.xml, which is a JSON Feed, not an Atom or RSS archive document [chain-broken]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'FILE missing: exit 2; --chain with two files: usage error' '
	test_expect_code 2 "$FEEDWRIGHT" validate --chain nothere.xml &&
	echo "nothere.xml:0:0: error: cannot open: No such file or directory [unreadable]" >want &&
	test_cmp want "$T/out" &&
	test_expect_code 2 "$FEEDWRIGHT" validate --chain chain-atom/atom.xml chain-rss/rss.xml &&
	printf "%s\n" "feedwright: validate: --chain takes exactly one file" \
	    "Try '\''feedwright validate --help'\''." >want &&
	test_cmp want "$T/err" &&
	test_expect_code 2 "$FEEDWRIGHT" validate --chain --against=a.xml b.xml &&
	printf "%s\n" "feedwright: validate: --against and --chain do not go together" \
	    "Try '\''feedwright validate --help'\''." >want &&
	test_cmp want "$T/err"
'

test_expect_success 'a chain of 1,001 archives: the first 1,000 are followed, then too-large' '
	mkdir -p long/archive &&
	sed "s|archive/none.xml|archive/1001.xml|" chain-broken/missing.xml >long/s.xml &&
	awk "BEGIN {
		for (i = 1001; i >= 1; i--) {
			f = \"long/archive/\" i \".xml\"
			print \"<?xml version=\\\"1.0\\\"?>\" >f
			print \"<feed xmlns=\\\"http://www.w3.org/2005/Atom\\\" xmlns:fh=\\\"http://purl.org/syndication/history/1.0\\\"><title>t</title><id>https://example.org/</id><updated>2024-01-01T00:00:00Z</updated><author><name>a</name></author><link rel=\\\"self\\\" href=\\\"https://example.org/feeds/archive/\" i \".xml\\\"/><fh:archive/><link rel=\\\"current\\\" href=\\\"https://example.org/feeds/s.xml\\\"/>\" >f
			if (i > 1) print \"<link rel=\\\"prev-archive\\\" href=\\\"\" i - 1 \".xml\\\"/>\" >f
			if (i < 1001) print \"<link rel=\\\"next-archive\\\" href=\\\"\" i + 1 \".xml\\\"/>\" >f
			print \"</feed>\" >f
			close(f)
		}
	}" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --chain long/s.xml &&
	echo "long/archive/2.xml:3:1: error: the chain goes on past 1000 archive documents, more than validate follows [too-large]" >want &&
	test_cmp want "$T/out"
'

test_expect_success '--help, the man page and README document --chain' '
	"$FEEDWRIGHT" validate --help >help &&
	test_contains help "  --chain         validate FILE and the archives its prev-archive links" &&
	test_contains "$SRCDIR/doc/feedwright.1" ".B \\-\\-chain" &&
	test_contains "$SRCDIR/README.md" "feedwright validate [--format=text|json] [--strict] --chain FILE"
'

test_done
