#!/bin/sh
# The page for people: index.html beside the feeds, valid HTML5 written as
# polyglot markup, every text escaped, the subscribe section and the
# autodiscovery links; the settings that rename it or turn it off; and the
# discovery fragment for a site's own <head>.
. "$SRCDIR/tests/lib.sh"

for name in global-economic-times world-desk; do
	src=$SRCDIR/feeds/$name
	[ -d "$src" ] || src=$SRCDIR/tests/data/feeds/$name
	cp -R "$src" "$T/$name"
	rm -rf "$T/$name/public"
	run "$FEEDWRIGHT" build -o "$T/$name.out" "$T/$name"
	expect_status "build $name" 0
	p=$T/$name.out/index.html
	check "$name: index.html is published" test -f "$p"
	expect_same_file "$name: index.html matches the golden file" "$p" "$SRCDIR/tests/golden/$name/index.html"
	check "$name: the page is well-formed (polyglot markup)" xmllint --noout --nonet "$p"
	if command -v tidy >/dev/null; then
		expect_eq "$name: tidy finds no HTML5 error or warning" "$(tidy -q -e "$p" 2>&1)" ""
	else
		tests_run=$((tests_run + 1))
		echo "ok $tests_run - $name: HTML5 check # SKIP tidy is not installed (apt-get install tidy)"
	fi
	expect_lacks "$name: no script" "$p" "<script"
	expect_contains "$name: doctype" "$p" "<!DOCTYPE html>"
	expect_contains "$name: charset" "$p" '<meta charset="utf-8"/>'
	expect_contains "$name: viewport for phones" "$p" '<meta name="viewport" content="width=device-width, initial-scale=1"/>'
done

g=$T/global-economic-times.out/index.html
base=https://www.globaleconomictimes.kr/feeds
expect_contains "language" "$g" '<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">'
expect_contains "title" "$g" "<title>Global Economic Times</title>"
expect_contains "heading" "$g" "<h1>Global Economic Times</h1>"
expect_contains "description" "$g" "<p>News and analysis from the Global Economic Times</p>"
expect_contains "autodiscovery: Atom" "$g" \
    "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Global Economic Times (Atom 1.0)\" href=\"$base/atom.xml\"/>"
expect_contains "autodiscovery: RSS" "$g" \
    "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Global Economic Times (RSS 2.0)\" href=\"$base/rss.xml\"/>"
expect_contains "autodiscovery: JSON Feed" "$g" \
    "<link rel=\"alternate\" type=\"application/feed+json\" title=\"Global Economic Times (JSON Feed 1.1)\" href=\"$base/feed.json\"/>"
expect_eq "autodiscovery links are in <head>" \
    "$(sed -n '/<head>/,/<\/head>/p' "$g" | grep -c 'rel="alternate"')" 3
for f in "atom.xml application/atom+xml Atom 1.0" "rss.xml application/rss+xml RSS 2.0" \
    "feed.json application/feed+json JSON Feed 1.1"; do
	set -- $f
	file=$1 type=$2
	shift 2
	expect_contains "subscribe: link to $file" "$g" "<a href=\"$base/$file\" type=\"$type\">$*</a>"
	expect_contains "subscribe: $file's URL to copy" "$g" "<code>$base/$file</code>"
done
expect_contains "entry title, linked" "$g" \
    '<a href="https://www.globaleconomictimes.kr/news/000_da7d4b23b93f851d">North Korean Troops in Russia Reportedly Withdrawn Amidst Heavy Losses</a>'
expect_contains "entry date: human, in the feed's zone" "$g" \
    '<time datetime="2025-02-06T06:32:57+09:00">6 February 2025, 06:32 (UTC+09:00)</time>'
expect_contains "entry author" "$g" "· Global Economic Times Reporter</p>"
expect_contains "entry summary" "$g" "<p>Kyiv, Ukraine - Amidst conflicting reports regarding"
expect_contains "entry link" "$g" \
    '<a href="https://www.globaleconomictimes.kr/news/000_da7d4b23b93f851d">Read the article</a>'
expect_eq "one entry" "$(grep -c '<article>' "$g")" 1

w=$T/world-desk.out/index.html
expect_contains "escaped title" "$w" "<title>World Desk &lt;Tests&gt; &amp; \"Quotes\" 'n' Ünïcödé</title>"
expect_contains "escaped description" "$w" '<meta name="description" content="세계 뉴스 &amp; analysis &lt;b&gt;not bold&lt;/b&gt;"/>'
expect_contains "escaped attribute" "$w" 'title="World Desk &lt;Tests&gt; &amp; &quot;Quotes&quot;'
expect_contains "escaped entry title" "$w" ">Markets open &lt; expected &amp; \"calm\" before the clocks change</a>"
expect_contains "escaped entry author" "$w" "· O'Brien &amp; Sons</p>"
expect_contains "escaped href" "$w" 'href="https://elsewhere.example.com/story?id=42&amp;ref=feed"'
expect_contains "Korean author" "$w" "· Kim Min-jun (김민준)</p>"
expect_contains "before the March change: EST" "$w" \
    '<time datetime="2025-03-09T01:59:59-05:00">9 March 2025, 01:59 (UTC-05:00)</time>'
expect_contains "after the March change: EDT" "$w" \
    '<time datetime="2025-03-09T03:00:00-04:00">9 March 2025, 03:00 (UTC-04:00)</time>'
expect_contains "ambiguous November time: first occurrence" "$w" \
    '<time datetime="2025-11-02T01:30:00-04:00">2 November 2025, 01:30 (UTC-04:00)</time>'
expect_eq "max-entries entries" "$(grep -c '<article>' "$w")" 4
expect_lacks "record text is never markup" "$w" "<b>"

# Same bytes whatever the caller's zone and locale (English month names).
locale -a 2>/dev/null | grep -qi '^de_DE.utf8$' && loc=de_DE.UTF-8 || loc=C
new_feed "$T/det"
TZ=America/Los_Angeles LC_ALL=$loc "$FEEDWRIGHT" build "$T/det"
expect_same_file "the page does not depend on TZ or locale ($loc)" "$T/det/public/index.html" \
    "$SRCDIR/tests/golden/global-economic-times/index.html"

# page = NAME renames it, page = no turns it off, page = yes is the default.
new_feed "$T/ren"
echo 'page = feeds.html' >>"$T/ren/feed.conf"
run "$FEEDWRIGHT" build "$T/ren"
expect_status "page = feeds.html" 0
check "page = feeds.html: feeds.html published" test -f "$T/ren/public/feeds.html"
check "page = feeds.html: no index.html" test ! -e "$T/ren/public/index.html"
expect_same_file "page = feeds.html: the same page" "$T/ren/public/feeds.html" "$SRCDIR/tests/golden/global-economic-times/index.html"
new_feed "$T/off"
echo 'page = no' >>"$T/off/feed.conf"
run "$FEEDWRIGHT" build "$T/off"
expect_status "page = no" 0
expect_eq "page = no: only the feeds" "$(ls "$T/off/public" | tr '\n' ' ')" "atom.xml feed.json rss.xml "
new_feed "$T/yes"
echo 'page = yes' >>"$T/yes/feed.conf"
run "$FEEDWRIGHT" build "$T/yes"
expect_same_file "page = yes: index.html" "$T/yes/public/index.html" "$SRCDIR/tests/golden/global-economic-times/index.html"

# bad_setting LINE MESSAGE: a bad value is an error naming its line.
bad_setting() {
	new_feed "$T/bad"
	printf '%s\n' "$1" >>"$T/bad/feed.conf"
	line=$(wc -l <"$T/bad/feed.conf" | tr -d ' ')
	run "$FEEDWRIGHT" build "$T/bad"
	expect_status "$1" 1
	expect_eq "$1: message" "$(cat "$T/err")" "feedwright: $T/bad/feed.conf:$line: $2"
	check "$1: nothing published" test ! -e "$T/bad/public"
	rm -rf "$T/bad"
}
bad_setting "page = ../index.html" \
    'page: "../index.html" is not a file name (letters, digits, ".", "-", "_"; not starting with "."), "yes" or "no"'
bad_setting "page = .hidden.html" \
    'page: ".hidden.html" is not a file name (letters, digits, ".", "-", "_"; not starting with "."), "yes" or "no"'
bad_setting "page = atom.xml" 'page: "atom.xml" is the name of a feed'
bad_setting "discovery = feed.json" 'discovery: "feed.json" is the name of a feed'
bad_setting "discovery = index.html" "discovery: \"index.html\" is already the page's name"

# The discovery fragment: off by default; discovery = yes writes
# discovery.html, discovery = NAME another name.
check "no discovery fragment by default" test ! -e "$T/global-economic-times.out/discovery.html"
new_feed "$T/disc"
echo 'discovery = yes' >>"$T/disc/feed.conf"
run "$FEEDWRIGHT" build "$T/disc"
expect_status "discovery = yes" 0
expect_eq "discovery.html holds the link tags alone" "$(cat "$T/disc/public/discovery.html")" \
"<!-- The feeds of this site, for its pages' <head>; written by feedwright. -->
<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Global Economic Times (Atom 1.0)\" href=\"$base/atom.xml\"/>
<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Global Economic Times (RSS 2.0)\" href=\"$base/rss.xml\"/>
<link rel=\"alternate\" type=\"application/feed+json\" title=\"Global Economic Times (JSON Feed 1.1)\" href=\"$base/feed.json\"/>"
expect_eq "the fragment's tags are the page's" \
    "$(grep 'rel="alternate"' "$T/disc/public/discovery.html")" \
    "$(grep 'rel="alternate"' "$g" | sed 's/^ *//')"
new_feed "$T/disc2"
echo 'discovery = head-links.html' >>"$T/disc2/feed.conf"
run "$FEEDWRIGHT" build "$T/disc2"
expect_status "discovery = head-links.html" 0
expect_same_file "discovery = NAME: the same fragment" "$T/disc2/public/head-links.html" "$T/disc/public/discovery.html"
w2=$T/world-desk.disc
cp -R "$T/world-desk" "$w2"
echo 'discovery = yes' >>"$w2/feed.conf"
run "$FEEDWRIGHT" build -o "$w2.out" "$w2"
expect_contains "fragment: escaped title attribute" "$w2.out/discovery.html" \
    'title="World Desk &lt;Tests&gt; &amp; &quot;Quotes&quot; '"'n'"' Ünïcödé (Atom 1.0)"'

finish
