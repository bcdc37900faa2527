#!/bin/sh
# validate --against OLD NEW (issue 11, item 5): two versions of one feed
# compared for what makes readers show an entry twice or lose it, each
# kind of discontinuity on its own pair (tests/validate/history/against),
# reported on NEW's lines with a rule of the registry; an honest rebuild
# passes.
. "$SRCDIR/tests/lib.sh"

cp "$SRCDIR"/tests/validate/history/against/* "$T/" || exit 99
cd "$T" || exit 99

test_expect_success 'an honest rebuild (one added, the oldest dropped, one edited): exit 0, silent, Atom and RSS' '
	test_expect_code 0 "$FEEDWRIGHT" validate --strict --against=old.atom rebuild.atom &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict --against=old.rss rebuild.rss &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict --against=old.atom old.atom &&
	test_must_be_empty "$T/out"
'

test_expect_success 'an id changed while the link stayed: id churn, at the new id, exit 1' '
	test_expect_code 1 "$FEEDWRIGHT" validate --against=old.atom churn-link.atom &&
	cat >want <<-\EOT &&
	churn-link.atom:16:1: error: entry id "tag:example.org,2024:4" was "https://example.org/posts/4" in old.atom (line 14), with the same link "https://example.org/posts/4.html": readers show the entry twice [continuity-id-churn]
	EOT
	test_cmp want "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'an id and link changed while the title stayed: id churn, said by the title' '
	test_expect_code 1 "$FEEDWRIGHT" validate --against=old.atom churn-title.atom &&
	cat >want <<-\EOT &&
	churn-title.atom:16:1: error: entry id "https://example.org/2024/post-4" was "https://example.org/posts/4" in old.atom (line 14), with the same title "Post 4": readers show the entry twice [continuity-id-churn]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'a title that repeats (one gone, one added, other dates): no churn' '
	sed "s|<title>Post [0-9]*</title>|<title>Weekly links</title>|" old.atom >weekly-old.atom &&
	sed "s|<title>Post [0-9]*</title>|<title>Weekly links</title>|" rebuild.atom >weekly-new.atom &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict --against=weekly-old.atom weekly-new.atom &&
	test_must_be_empty "$T/out"
'

test_expect_success 'an RSS guid changed while the link stayed: id churn' '
	test_expect_code 1 "$FEEDWRIGHT" validate --against=old.rss churn.rss &&
	cat >want <<-\EOT &&
	churn.rss:17:1: error: entry id "post-2" was "https://example.org/posts/2.html" in old.rss (line 14), with the same link "https://example.org/posts/2.html": readers show the entry twice [continuity-id-churn]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'a guid whose isPermaLink turned: a warning (exit 0; 1 with --strict)' '
	test_expect_code 0 "$FEEDWRIGHT" validate --against=old.rss permalink.rss &&
	cat >want <<-\EOT &&
	permalink.rss:17:1: warning: guid "https://example.org/posts/2.html" has isPermaLink false here and true in old.rss (absent is true): readers may take it for another item [continuity-permalink]
	EOT
	test_cmp want "$T/out" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --strict --against=old.rss permalink.rss
'

test_expect_success 'an updated that went backwards: a warning at that updated' '
	test_expect_code 0 "$FEEDWRIGHT" validate --against=old.atom updated.atom &&
	cat >want <<-\EOT &&
	updated.atom:18:1: warning: updated 2024-02-04T00:00:00Z of entry "https://example.org/posts/4" is earlier than 2024-03-04T00:00:00Z in old.atom: readers keep the copy they have [continuity-updated]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'an entry gone while an older one remains: a warning where the older one stands' '
	test_expect_code 0 "$FEEDWRIGHT" validate --against=old.atom vanished.atom &&
	cat >want <<-\EOT &&
	vanished.atom:20:1: warning: entry "https://example.org/posts/4" of old.atom (line 14) is gone, while "https://example.org/posts/2", older, remains [continuity-vanished]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'without dates, older is later in OLD: an item gone from the middle is reported' '
	sed "/<pubDate>/d" old.rss >nodate-old.rss &&
	awk "/<item>/ { n++ } n != 2 || /<\\/channel>/ { print }" nodate-old.rss >nodate-new.rss &&
	test_expect_code 0 "$FEEDWRIGHT" validate --against=nodate-old.rss nodate-new.rss &&
	cat >want <<-\EOT &&
	nodate-new.rss:13:1: warning: entry "https://example.org/posts/2.html" of nodate-old.rss (line 13) is gone, while "post-1", older, remains [continuity-vanished]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'the feed id changed: an error at the new id' '
	test_expect_code 1 "$FEEDWRIGHT" validate --against=old.atom feed-id.atom &&
	cat >want <<-\EOT &&
	feed-id.atom:4:1: error: the feed id "https://example.com/" was "https://example.org/" in old.atom: readers take this for another feed [continuity-feed-id]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'the self link changed, or went away: a warning' '
	test_expect_code 0 "$FEEDWRIGHT" validate --against=old.atom self.atom &&
	cat >want <<-\EOT &&
	self.atom:7:1: warning: the self link "https://example.org/atom.xml" was "https://example.org/feeds/atom.xml" in old.atom: subscribers still fetch the old one [continuity-self]
	EOT
	test_cmp want "$T/out" &&
	grep -v "rel=\"self\"" old.atom >noself.atom &&
	test_expect_code 0 "$FEEDWRIGHT" validate --against=old.atom noself.atom &&
	cat >want <<-\EOT &&
	noself.atom:2:1: warning: the self link "https://example.org/feeds/atom.xml" of old.atom is gone [continuity-self]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'the self link spelled another way (case, default port) is the same URL: nothing said' '
	sed "s|href=\"https://example.org/feeds/atom.xml\"|href=\"HTTPS://Example.ORG:443/feeds/atom.xml\"|" \
	    old.atom >respelled.atom &&
	test_contains respelled.atom "HTTPS://Example.ORG:443/feeds/atom.xml" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict --against=old.atom respelled.atom &&
	test_must_be_empty "$T/out"
'

test_expect_success 'every problem of a pair, in line order, and as JSON' '
	sed -e "s|<id>https://example.org/</id>|<id>https://example.com/</id>|" \
	    -e "s|posts/4</id>|posts/four</id>|" old.atom >both.atom &&
	test_expect_code 1 "$FEEDWRIGHT" validate --against=old.atom both.atom &&
	cat >want <<-\EOT &&
	both.atom:4:1: error: the feed id "https://example.com/" was "https://example.org/" in old.atom: readers take this for another feed [continuity-feed-id]
	both.atom:16:1: error: entry id "https://example.org/posts/four" was "https://example.org/posts/4" in old.atom (line 14), with the same link "https://example.org/posts/4.html": readers show the entry twice [continuity-id-churn]
	EOT
	test_cmp want "$T/out" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --format=json --against=old.atom both.atom &&
	/usr/bin/python3 -c "
import json, sys
d = json.load(open(sys.argv[1]))
assert d[\"file\"] == \"both.atom\" and d[\"valid\"] is False, d
assert d[\"errors\"] == 2 and d[\"warnings\"] == 0, d
assert [(p[\"line\"], p[\"rule\"]) for p in d[\"problems\"]] == [(4, \"continuity-feed-id\"), (16, \"continuity-id-churn\")], d
" "$T/out"
'

test_expect_success 'OLD or NEW that is not a feed, or missing: said on stderr, exit 2' '
	test_expect_code 2 "$FEEDWRIGHT" validate --against=old.atom missing.atom &&
	test_must_be_empty "$T/out" &&
	echo "feedwright: missing.atom: cannot open: No such file or directory" >want &&
	test_cmp want "$T/err" &&
	echo "<html/>" >page.html &&
	test_expect_code 2 "$FEEDWRIGHT" validate --against=page.html old.atom &&
	echo "feedwright: page.html: not an Atom 1.0 or RSS 2.0 feed (root element html)" >want &&
	test_cmp want "$T/err" &&
	printf "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<id>x</feed>\n" >broken.atom &&
	test_expect_code 2 "$FEEDWRIGHT" validate --against=old.atom broken.atom &&
	test_contains "$T/err" "feedwright: broken.atom:2: not well-formed XML: "
'

test_expect_success '--against takes exactly one NEW: usage error, exit 2' '
	test_expect_code 2 "$FEEDWRIGHT" validate --against=old.atom rebuild.atom self.atom &&
	printf "%s\n" "feedwright: validate: --against=OLD takes exactly one file" \
	    "Try '\''feedwright validate --help'\''." >want &&
	test_cmp want "$T/err" &&
	test_expect_code 2 "$FEEDWRIGHT" validate --against=old.atom &&
	test_cmp want "$T/err"
'

test_expect_success 'a JSON Feed as OLD or NEW: --against says it compares Atom and RSS only, exit 2' '
	printf "%s\n" "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\", \"items\": []}" >feed.json &&
	test_expect_code 2 "$FEEDWRIGHT" validate --against=feed.json feed.json &&
	echo "feedwright: feed.json: a JSON Feed: --against compares Atom and RSS feeds only" >want &&
	test_cmp want "$T/err" &&
	test_expect_code 2 "$FEEDWRIGHT" validate --against=old.atom - <feed.json &&
	echo "feedwright: -: a JSON Feed: --against compares Atom and RSS feeds only" >want &&
	test_cmp want "$T/err"
'

test_expect_success 'an external entity in OLD is never loaded' '
	echo SECRET >secret.txt &&
	sed "s|<title>Post 5</title>|<title>Post 5 \\&x;</title>|" old.atom |
	    sed "1a <!DOCTYPE feed [<!ENTITY x SYSTEM \"secret.txt\">]>" >ent.atom &&
	test_expect_code 0 "$FEEDWRIGHT" validate --against=ent.atom rebuild.atom &&
	test_lacks "$T/out" SECRET &&
	test_lacks "$T/err" SECRET
'

test_expect_success '--help, the man page and README document --against' '
	"$FEEDWRIGHT" validate --help >help &&
	test_contains help "  --against=OLD   compare NEW with OLD, the same feed before: ids," &&
	test_contains "$SRCDIR/doc/feedwright.1" ".BI \\-\\-against= OLD" &&
	test_contains "$SRCDIR/README.md" "feedwright validate [--format=text|json] [--strict] --against=OLD NEW"
'

test_done
