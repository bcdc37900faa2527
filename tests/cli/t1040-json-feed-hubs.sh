#!/bin/sh
# JSON Feed 1.1's "hubs": each "hub = URL" of feed.conf is an object
# {"type": "WebSub", "url": URL} of feed.json, in the order of feed.conf,
# as it is a rel="hub" link in atom.xml and rss.xml (t0950). A feed that
# names a hub is a topic of it (WebSub 4), so a changed feed.json is one
# of the hub.url's the hub is told of. validate checks "hubs": type and
# url given, url an http or https URL, and a feed_url beside them.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hub.sh"

pub=$T/feed/public
conf=$T/feed/feed.conf
cd "$T" || exit 99

test_expect_success 'set up: a feed served from https://example.org/news/, no hub' '
	new_feed "$T/feed" &&
	set_conf "$T/feed" feed-url https://example.org/news/ &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	test_lacks "$pub/feed.json" "\"hubs\""
'

test_expect_success 'feed.json names each hub in "hubs", in the order of feed.conf' '
	hub_start hub ok &&
	test_when_finished "hub_stop $hub_pid" &&
	echo "hub = http://127.0.0.1:$hub_port/a" >>"$conf" &&
	echo "hub = http://127.0.0.1:$hub_port/b?x=1&y=%22z%22" >>"$conf" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	test_must_be_empty "$T/err" &&
	sed -n "1,/^  \"items\": \[\$/p" "$pub/feed.json" >"$T/head" &&
	cat >"$T/want" <<-EOF &&
	{
	  "version": "https://jsonfeed.org/version/1.1",
	  "title": "Global Economic Times",
	  "home_page_url": "https://www.globaleconomictimes.kr/",
	  "feed_url": "https://example.org/news/feed.json",
	  "description": "News and analysis from the Global Economic Times",
	  "language": "en",
	  "authors": [
	    {
	      "name": "Global Economic Times"
	    }
	  ],
	  "hubs": [
	    {
	      "type": "WebSub",
	      "url": "http://127.0.0.1:$hub_port/a"
	    },
	    {
	      "type": "WebSub",
	      "url": "http://127.0.0.1:$hub_port/b?x=1&y=%22z%22"
	    }
	  ],
	  "items": [
	EOF
	test_cmp "$T/want" "$T/head"
'

test_expect_success 'the hubs were told of feed.json beside atom.xml and rss.xml' '
	u=https%3A%2F%2Fexample.org%2Fnews%2F &&
	body="hub.mode=publish&hub.url=${u}atom.xml&hub.url=${u}rss.xml&hub.url=${u}feed.json" &&
	requests hub >"$T/got" &&
	cat >"$T/want" <<-EOF &&
	POST /a application/x-www-form-urlencoded $body
	POST /b?x=1&y=%22z%22 application/x-www-form-urlencoded $body
	EOF
	test_cmp "$T/want" "$T/got"
'

test_expect_success 'build -v names feed.json among what each hub was told of' '
	hub_start hub ok &&
	test_when_finished "hub_stop $hub_pid" &&
	set_conf "$T/feed" hub "" &&
	echo "hub = http://127.0.0.1:$hub_port/hub" >>"$conf" &&
	line=$(wc -l <"$conf" | tr -d " ") &&
	test_expect_code 0 "$FEEDWRIGHT" build -v "$T/feed" &&
	test_contains "$T/err" "feedwright: $conf:$line: hub http://127.0.0.1:$hub_port/hub was told of https://example.org/news/atom.xml, https://example.org/news/rss.xml, and https://example.org/news/feed.json"
'

test_expect_success 'the feed.json written is valid under validate --strict' '
	test_expect_code 0 "$FEEDWRIGHT" validate --strict "$pub/feed.json" &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'category feeds name the hubs too, so the hubs are told when one changes' '
	hub_start hub ok &&
	test_when_finished "hub_stop $hub_pid" &&
	set_conf "$T/feed" hub "" &&
	echo "hub = http://127.0.0.1:$hub_port/hub" >>"$conf" &&
	echo "category-feeds = yes" >>"$conf" &&
	category_record "$T/feed/articles/markets.txt" "2026-01-02 09:00:00" \
	    "Markets open" "Body." Markets &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	test_contains "$pub/category/markets/atom.xml" "rel=\"hub\"" &&
	u=https%3A%2F%2Fexample.org%2Fnews%2F &&
	body="hub.mode=publish&hub.url=${u}atom.xml&hub.url=${u}rss.xml&hub.url=${u}feed.json&hub.url=${u}category%2Fmarkets%2Fatom.xml&hub.url=${u}category%2Fmarkets%2Frss.xml&hub.url=${u}category%2Fmarkets%2Ffeed.json" &&
	requests hub >"$T/got" &&
	echo "POST /hub application/x-www-form-urlencoded $body" >"$T/want" &&
	test_cmp "$T/want" "$T/got"
'

test_expect_success 'with "output = public/" (a slash at the end), the category feeds are told of too' '
	hub_start hub ok &&
	test_when_finished "hub_stop $hub_pid" &&
	set_conf "$T/feed" hub "" &&
	echo "hub = http://127.0.0.1:$hub_port/hub" >>"$conf" &&
	set_conf "$T/feed" output public/ &&
	test_when_finished "set_conf \"$T/feed\" output public" &&
	category_record "$T/feed/articles/markets.txt" "2026-01-03 09:00:00" \
	    "Markets close" "Body." Markets &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	u=https%3A%2F%2Fexample.org%2Fnews%2F &&
	body="hub.mode=publish&hub.url=${u}atom.xml&hub.url=${u}rss.xml&hub.url=${u}feed.json&hub.url=${u}category%2Fmarkets%2Fatom.xml&hub.url=${u}category%2Fmarkets%2Frss.xml&hub.url=${u}category%2Fmarkets%2Ffeed.json" &&
	requests hub >"$T/got" &&
	echo "POST /hub application/x-www-form-urlencoded $body" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	test_path_is_missing "$T/feed/.feedwright-hubs-pending"
'

# hubs_feed FILE HUBS [FEED_URL]: a JSON Feed with "hubs": HUBS, and
# "feed_url": FEED_URL unless that is "-".
hubs_feed() {
	{
		echo "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"T\","
		echo "\"home_page_url\": \"https://example.org/\","
		[ "${3:-x}" = - ] || echo "\"feed_url\": \"https://example.org/feed.json\","
		echo "\"hubs\": $2,"
		echo "\"items\": []}"
	} >"$1"
}

test_expect_success 'validate: an http and an https hub are valid; so is "hubs": []' '
	hubs_feed ok.json "[{\"type\": \"WebSub\", \"url\": \"http://hub.example/\"}, {\"type\": \"WebSub\", \"url\": \"HTTPS://hub.example/b\"}]" &&
	hubs_feed none.json "[]" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.json none.json &&
	test_must_be_empty "$T/out"
'

test_expect_success 'validate: a hub url that is not http or https is a warning: JSON Feed asks only for a type and a url [jsonfeed-hub]' '
	hubs_feed ftp.json "[{\"type\": \"WebSub\", \"url\": \"ftp://hub.example/\"}]" &&
	test_expect_code 0 "$FEEDWRIGHT" validate ftp.json &&
	echo "ftp.json:4:29: warning: hubs[0].url \"ftp://hub.example/\" is not an http or https URL [jsonfeed-hub]" >"$T/want" &&
	test_cmp "$T/want" "$T/out"
'

test_expect_success 'validate: hubs without a feed_url, the topic, is a warning [jsonfeed-hub]' '
	hubs_feed nofu.json "[{\"type\": \"WebSub\", \"url\": \"https://hub.example/\"}]" - &&
	test_expect_code 0 "$FEEDWRIGHT" validate nofu.json &&
	cat >"$T/want" <<-\EOF &&
	nofu.json:1:1: warning: the feed has no feed_url, which JSON Feed strongly recommends [jsonfeed-url-missing]
	nofu.json:3:1: warning: hubs are named but there is no feed_url, the topic WebSub tells them of [jsonfeed-hub]
	EOF
	test_cmp "$T/want" "$T/out"
'

test_expect_success 'validate: a hub without type or url, or with a relative url' '
	hubs_feed bad.json "[{\"url\": \"https://hub.example/\"}, {\"type\": \"WebSub\"}, {\"type\": 1, \"url\": \"/hub\"}]" &&
	test_expect_code 1 "$FEEDWRIGHT" validate bad.json &&
	cat >"$T/want" <<-\EOF &&
	bad.json:4:10: error: hubs[0] has no type [jsonfeed-required]
	bad.json:4:43: error: hubs[1] has no url [jsonfeed-required]
	bad.json:4:64: error: hubs[2].type must be a string, not a number [jsonfeed-type]
	bad.json:4:75: warning: hubs[2].url "/hub" is a relative URL, which JSON Feed gives no base to resolve against [jsonfeed-url-relative]
	EOF
	test_cmp "$T/want" "$T/out"
'

test_done
