#!/bin/sh
# JSON Feed 1.1: feed.json is published beside the XML feeds (a setting
# turns it off), keeps the JSON Feed 1.1 rules (checked with jq and
# tests/readers/jsonfeed-rules.jq), and jq reads back exactly what the
# records say, whatever characters they hold.
. "$SRCDIR/tests/lib.sh"

command -v jq >/dev/null || skip_all "jq is not installed (apt-get install jq)"

rules=$SRCDIR/tests/readers/jsonfeed-rules.jq
# q FILE FILTER: one value, read back by jq.
q() {
	jq -r "$2" "$1"
}

for name in global-economic-times world-desk; do
	src=$SRCDIR/feeds/$name
	[ -d "$src" ] || src=$SRCDIR/tests/data/feeds/$name
	cp -R "$src" "$T/$name"
	rm -rf "$T/$name/public"
	run "$FEEDWRIGHT" build -o "$T/$name.out" "$T/$name"
	expect_status "build $name" 0
	j=$T/$name.out/feed.json
	check "$name: feed.json is published" test -f "$j"
	check "$name: feed.json is JSON" jq empty "$j"
	expect_eq "$name: feed.json keeps the JSON Feed 1.1 rules" "$(jq -r -f "$rules" "$j" 2>&1)" ""
	expect_same_file "$name: feed.json matches the golden file" "$j" "$SRCDIR/tests/golden/$name/feed.json"
	expect_eq "$name: mode 644" "$(stat -c %a "$j")" 644
done

g=$T/global-economic-times.out/feed.json
expect_eq "version" "$(q "$g" .version)" "https://jsonfeed.org/version/1.1"
expect_eq "feed title" "$(q "$g" .title)" "Global Economic Times"
expect_eq "home_page_url" "$(q "$g" .home_page_url)" "https://www.globaleconomictimes.kr/"
expect_eq "feed_url" "$(q "$g" .feed_url)" "https://www.globaleconomictimes.kr/feeds/feed.json"
expect_eq "description" "$(q "$g" .description)" "News and analysis from the Global Economic Times"
expect_eq "language" "$(q "$g" .language)" "en"
expect_eq "feed authors" "$(q "$g" '.authors | tojson')" '[{"name":"Global Economic Times"}]'
expect_eq "one item" "$(q "$g" '.items | length')" 1
expect_eq "seed id (stable, from entry-id)" "$(q "$g" '.items[0].id')" \
    "tag:globaleconomictimes.kr,2025:news/000_da7d4b23b93f851d"
expect_eq "seed url" "$(q "$g" '.items[0].url')" \
    "https://www.globaleconomictimes.kr/news/000_da7d4b23b93f851d"
expect_eq "seed title" "$(q "$g" '.items[0].title')" \
    "North Korean Troops in Russia Reportedly Withdrawn Amidst Heavy Losses"
expect_eq "seed date_published (RFC 3339, the feed's zone)" "$(q "$g" '.items[0].date_published')" \
    "2025-02-06T06:32:57+09:00"
expect_eq "seed date_published is the instant 1738791177" \
    "$(q "$g" '.items[0].date_published | sub("\\+09:00$"; "Z") | fromdateiso8601 - 32400')" 1738791177
expect_eq "seed date_modified" "$(q "$g" '.items[0].date_modified')" "2025-02-06T06:32:57+09:00"
expect_eq "seed author name" "$(q "$g" '.items[0].authors[0].name')" "Global Economic Times Reporter"
expect_eq "seed author email as a mailto: url" "$(q "$g" '.items[0].authors[0].url')" \
    "mailto:korocamia@naver.com"
expect_eq "seed summary is the first paragraph" "$(q "$g" '.items[0].summary' | cut -c 1-60)" \
    "Kyiv, Ukraine - Amidst conflicting reports regarding the pre"
expect_eq "seed content_html: ten paragraphs" "$(q "$g" '.items[0].content_html | [scan("<p>")] | length')" 10
expect_eq "seed content_html ends with the last paragraph" \
    "$(q "$g" '.items[0].content_html | endswith("even if its troops are not always effective on the battlefield.</p>")')" true
expect_eq "seed content_html holds no WEEKLY HOT" "$(q "$g" '.items[0].content_html | test("WEEKLY HOT")')" false
expect_eq "no tags without categories" "$(q "$g" '.items[0] | has("tags")')" false

w=$T/world-desk.out/feed.json
expect_eq "world-desk: newest first, max-entries cut" "$(q "$w" '[.items[].date_published] | join(" ")')" \
    "2025-11-02T02:00:00-05:00 2025-11-02T01:30:00-04:00 2025-03-09T03:00:00-04:00 2025-03-09T01:59:59-05:00"
expect_eq "world-desk: escaped feed title reads back" "$(q "$w" .title)" \
    "World Desk <Tests> & \"Quotes\" 'n' Ünïcödé"
expect_eq "world-desk: escaped entry title reads back" "$(q "$w" '.items[3].title')" \
    "Markets open < expected & \"calm\" before the clocks change"
expect_eq "world-desk: Korean author" "$(q "$w" '.items[2].authors[0].name')" "Kim Min-jun (김민준)"
expect_eq "world-desk: tags" "$(q "$w" '.items[2].tags | join("|")')" "Markets|경제 & Economy"
expect_eq "world-desk: editor's summary" "$(q "$w" '.items[2].summary')" \
    "A summary given by the editor, with <angle> & ampersand."
expect_eq "world-desk: record's own Id" "$(q "$w" '.items[1].id')" "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66"
expect_eq "world-desk: record's own Link" "$(q "$w" '.items[1].url')" "https://elsewhere.example.com/story?id=42&ref=feed"
expect_eq "world-desk: Updated is date_modified" "$(q "$w" '.items[1].date_modified')" "2025-11-02T01:45:00-04:00"
expect_eq "world-desk: a quoted local part is percent-encoded in mailto:" \
    "$(q "$w" '.items[1].authors[0].url')" 'mailto:%22quoted.local%22@news.example.org'
expect_eq "world-desk: feed author with email" "$(q "$w" '.authors | tojson')" \
    '[{"name":"World Desk","url":"mailto:desk@news.example.org"}]'
expect_eq "world-desk: content_html keeps escaped markup" "$(q "$w" '.items[3].content_html')" \
    '<p>Traders said the &lt;b&gt;session&lt;/b&gt; was "quiet" &amp; orderly.</p>
<p>A second paragraph
spans two lines.</p>'

# JSON string escaping (RFC 8259): quotes, backslashes, tabs, and U+2028
# and U+2029, which JSON allows raw but JavaScript does not.
new_feed "$T/esc"
printf 'Tab\there, "quotes", back\\slash, line\342\200\250sep, para\342\200\251sep\n\nA. Author\n\na@example.org | 2025-02-07 10:00:00\n\nBody\twith a tab and \342\200\250.\n' \
    >"$T/esc/articles/escapes.txt"
run "$FEEDWRIGHT" build "$T/esc"
expect_status "build with characters JSON must escape" 0
e=$T/esc/public/feed.json
check "escaped feed.json is JSON" jq empty "$e"
expect_eq "escaped feed.json keeps the rules" "$(jq -r -f "$rules" "$e" 2>&1)" ""
expect_contains "raw bytes: tab, quotes, backslash, U+2028, U+2029 escaped" "$e" \
    '"title": "Tab\there, \"quotes\", back\\slash, line\u2028sep, para\u2029sep"'
expect_lacks "no raw U+2028 anywhere" "$e" "$(printf '\342\200\250')"
expect_eq "jq reads the title back exactly" "$(q "$e" '.items[0].title')" \
    "$(printf 'Tab\there, "quotes", back\\slash, line\342\200\250sep, para\342\200\251sep')"
expect_eq "jq reads the content back exactly" "$(q "$e" '.items[0].content_html')" \
    "$(printf '<p>Body\twith a tab and \342\200\250.</p>')"

# The setting: json = no publishes no feed.json and links none.
new_feed "$T/off"
printf 'json = no\ndiscovery = yes\n' >>"$T/off/feed.conf"
run "$FEEDWRIGHT" build "$T/off"
expect_status "build with json = no" 0
check "json = no: no feed.json" test ! -e "$T/off/public/feed.json"
check "json = no: atom.xml still published" test -f "$T/off/public/atom.xml"
expect_lacks "json = no: the page does not link a JSON feed" "$T/off/public/index.html" "feed.json"
expect_lacks "json = no: nor does the discovery fragment" "$T/off/public/discovery.html" "feed.json"
new_feed "$T/on"
echo 'json = yes' >>"$T/on/feed.conf"
run "$FEEDWRIGHT" build "$T/on"
expect_status "build with json = yes" 0
expect_same_file "json = yes is the default" "$T/on/public/feed.json" "$SRCDIR/tests/golden/global-economic-times/feed.json"

new_feed "$T/bad"
echo 'json = maybe' >>"$T/bad/feed.conf"
line=$(wc -l <"$T/bad/feed.conf" | tr -d ' ')
run "$FEEDWRIGHT" build "$T/bad"
expect_status "json = maybe" 1
expect_eq "json = maybe: located message" "$(cat "$T/err")" \
    "feedwright: $T/bad/feed.conf:$line: json: \"maybe\" is neither \"yes\" nor \"no\""

# Same bytes whatever the caller's zone and locale.
new_feed "$T/det"
TZ=Pacific/Kiritimati LC_ALL=C "$FEEDWRIGHT" build "$T/det"
expect_same_file "feed.json does not depend on TZ or locale" "$T/det/public/feed.json" \
    "$SRCDIR/tests/golden/global-economic-times/feed.json"

finish
