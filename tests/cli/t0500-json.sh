#!/bin/sh
# JSON Feed 1.1: feed.json is published beside the XML feeds (a setting
# turns it off), keeps the JSON Feed 1.1 rules (checked with jq and
# tests/readers/jsonfeed-rules.jq), and jq reads back exactly what the
# records say, whatever characters they hold.
. "$SRCDIR/tests/lib.sh"

test_have_prereq JQ || skip_all "jq is not installed (apt-get install jq)"

rules=$SRCDIR/tests/readers/jsonfeed-rules.jq
# q FILE FILTER: one value, read back by jq.
q() {
	jq -r "$2" "$1"
}
# keeps_rules FILE: FILE is JSON and breaks none of the JSON Feed 1.1 rules.
keeps_rules() {
	jq empty "$1" &&
	jq -r -f "$rules" "$1" >"$T/rules.out" 2>&1 &&
	test_must_be_empty "$T/rules.out"
}

for name in global-economic-times world-desk; do
	j=$T/$name.out/feed.json
	test_expect_success "$name: feed.json is published, mode 644" '
		test_copy_feed "$name" "$T/$name" &&
		test_expect_code 0 "$FEEDWRIGHT" build -o "$T/$name.out" "$T/$name" &&
		test_path_is_file "$j" &&
		test_eq "$(stat -c %a "$j")" 644
	'
	test_expect_success "$name: feed.json is JSON that keeps the JSON Feed 1.1 rules" '
		keeps_rules "$j"
	'
	test_expect_success "$name: feed.json matches the golden file" '
		test_cmp "$SRCDIR/tests/golden/$name/feed.json" "$j"
	'
done

g=$T/global-economic-times.out/feed.json
test_expect_success 'the feed: version, title, URLs, description, language, authors' '
	test_eq "$(q "$g" .version)" "https://jsonfeed.org/version/1.1" &&
	test_eq "$(q "$g" .title)" "Global Economic Times" &&
	test_eq "$(q "$g" .home_page_url)" "https://www.globaleconomictimes.kr/" &&
	test_eq "$(q "$g" .feed_url)" "https://www.globaleconomictimes.kr/feeds/feed.json" &&
	test_eq "$(q "$g" .description)" "News and analysis from the Global Economic Times" &&
	test_eq "$(q "$g" .language)" "en" &&
	test_eq "$(q "$g" ".authors | tojson")" "[{\"name\":\"Global Economic Times\"}]" &&
	test_eq "$(q "$g" ".items | length")" 1
'

test_expect_success 'the seed: stable id from entry-id, url, title' '
	test_eq "$(q "$g" ".items[0].id")" "tag:globaleconomictimes.kr,2025:news/000_da7d4b23b93f851d" &&
	test_eq "$(q "$g" ".items[0].url")" "https://www.globaleconomictimes.kr/news/000_da7d4b23b93f851d" &&
	test_eq "$(q "$g" ".items[0].title")" "North Korean Troops in Russia Reportedly Withdrawn Amidst Heavy Losses"
'

test_expect_success 'the seed: date_published in RFC 3339 in the feed'"'"'s zone is the instant 1738791177; date_modified' '
	test_eq "$(q "$g" ".items[0].date_published")" "2025-02-06T06:32:57+09:00" &&
	test_eq "$(q "$g" ".items[0].date_published | sub(\"\\\\+09:00$\"; \"Z\") | fromdateiso8601 - 32400")" 1738791177 &&
	test_eq "$(q "$g" ".items[0].date_modified")" "2025-02-06T06:32:57+09:00"
'

test_expect_success 'the seed: author name, and the email as a mailto: url' '
	test_eq "$(q "$g" ".items[0].authors[0].name")" "Global Economic Times Reporter" &&
	test_eq "$(q "$g" ".items[0].authors[0].url")" "mailto:korocamia@naver.com"
'

test_expect_success 'the seed: summary is the first paragraph; content_html has all ten, no WEEKLY HOT; no tags' '
	test_eq "$(q "$g" ".items[0].summary" | cut -c 1-60)" \
	    "Kyiv, Ukraine - Amidst conflicting reports regarding the pre" &&
	test_eq "$(q "$g" ".items[0].content_html | [scan(\"<p>\")] | length")" 10 &&
	test_eq "$(q "$g" ".items[0].content_html | endswith(\"even if its troops are not always effective on the battlefield.</p>\")")" true &&
	test_eq "$(q "$g" ".items[0].content_html | test(\"WEEKLY HOT\")")" false &&
	test_eq "$(q "$g" ".items[0] | has(\"tags\")")" false
'

w=$T/world-desk.out/feed.json
test_expect_success 'world-desk: newest first, cut at max-entries' '
	test_eq "$(q "$w" "[.items[].date_published] | join(\" \")")" \
	    "2025-11-02T02:00:00-05:00 2025-11-02T01:30:00-04:00 2025-03-09T03:00:00-04:00 2025-03-09T01:59:59-05:00"
'

test_expect_success 'world-desk: escaped feed and entry titles, Korean author and tags, the editor'"'"'s summary read back' '
	test_eq "$(q "$w" .title)" "World Desk <Tests> & \"Quotes\" '"'n'"' Ünïcödé" &&
	test_eq "$(q "$w" ".items[3].title")" "Markets open < expected & \"calm\" before the clocks change" &&
	test_eq "$(q "$w" ".items[2].authors[0].name")" "Kim Min-jun (김민준)" &&
	test_eq "$(q "$w" ".items[2].tags | join(\"|\")")" "Markets|경제 & Economy" &&
	test_eq "$(q "$w" ".items[2].summary")" "A summary given by the editor, with <angle> & ampersand."
'

test_expect_success 'world-desk: a record'"'"'s own Id, Link and Updated' '
	test_eq "$(q "$w" ".items[1].id")" "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66" &&
	test_eq "$(q "$w" ".items[1].url")" "https://elsewhere.example.com/story?id=42&ref=feed" &&
	test_eq "$(q "$w" ".items[1].date_modified")" "2025-11-02T01:45:00-04:00"
'

test_expect_success 'world-desk: a quoted local part is percent-encoded in mailto:; the feed author has an email' '
	test_eq "$(q "$w" ".items[1].authors[0].url")" "mailto:%22quoted.local%22@news.example.org" &&
	test_eq "$(q "$w" ".authors | tojson")" "[{\"name\":\"World Desk\",\"url\":\"mailto:desk@news.example.org\"}]"
'

test_expect_success 'world-desk: content_html keeps escaped markup' '
	cat >"$T/want" <<-\EOF &&
	<p>Traders said the &lt;b&gt;session&lt;/b&gt; was "quiet" &amp; orderly.</p>
	<p>A second paragraph
	spans two lines.</p>
	EOF
	q "$w" ".items[3].content_html" >"$T/got" &&
	test_cmp "$T/want" "$T/got"
'

# JSON string escaping (RFC 8259): quotes, backslashes, tabs, and U+2028
# and U+2029, which JSON allows raw but JavaScript does not.
e=$T/esc/public/feed.json
test_expect_success 'a record with characters JSON must escape builds, and its feed.json keeps the rules' '
	new_feed "$T/esc" &&
	printf "Tab\there, \"quotes\", back\\\\slash, line\342\200\250sep, para\342\200\251sep\n\nA. Author\n\na@example.org | 2025-02-07 10:00:00\n\nBody\twith a tab and \342\200\250.\n" \
	    >"$T/esc/articles/escapes.txt" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/esc" &&
	keeps_rules "$e"
'

test_expect_success 'tab, quotes, backslash, U+2028 and U+2029 are escaped; no raw U+2028 anywhere' '
	test_contains "$e" "\"title\": \"Tab\\there, \\\"quotes\\\", back\\\\slash, line\\u2028sep, para\\u2029sep\"" &&
	test_lacks "$e" "$(printf "\342\200\250")"
'

test_expect_success 'jq reads the title and the content back exactly' '
	test_eq "$(q "$e" ".items[0].title")" \
	    "$(printf "Tab\there, \"quotes\", back\\\\slash, line\342\200\250sep, para\342\200\251sep")" &&
	test_eq "$(q "$e" ".items[0].content_html")" "$(printf "<p>Body\twith a tab and \342\200\250.</p>")"
'

test_expect_success 'json = no: no feed.json, atom.xml still published, neither the page nor the discovery fragment links one' '
	new_feed "$T/off" &&
	printf "json = no\ndiscovery = yes\n" >>"$T/off/feed.conf" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/off" &&
	test_path_is_missing "$T/off/public/feed.json" &&
	test_path_is_file "$T/off/public/atom.xml" &&
	test_lacks "$T/off/public/index.html" "feed.json" &&
	test_lacks "$T/off/public/discovery.html" "feed.json"
'

test_expect_success 'json = yes is the default' '
	new_feed "$T/on" &&
	echo "json = yes" >>"$T/on/feed.conf" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/on" &&
	test_cmp "$SRCDIR/tests/golden/global-economic-times/feed.json" "$T/on/public/feed.json"
'

test_expect_success 'json = maybe: refused at its line, exit 1' '
	new_feed "$T/bad" &&
	echo "json = maybe" >>"$T/bad/feed.conf" &&
	line=$(wc -l <"$T/bad/feed.conf" | tr -d " ") &&
	test_expect_code 1 "$FEEDWRIGHT" build "$T/bad" &&
	echo "feedwright: $T/bad/feed.conf:$line: json: \"maybe\" is neither \"yes\" nor \"no\"" >"$T/want" &&
	test_cmp "$T/want" "$T/err"
'

test_expect_success 'feed.json does not depend on TZ or locale' '
	new_feed "$T/det" &&
	TZ=Pacific/Kiritimati LC_ALL=C "$FEEDWRIGHT" build "$T/det" &&
	test_cmp "$SRCDIR/tests/golden/global-economic-times/feed.json" "$T/det/public/feed.json"
'

test_done
