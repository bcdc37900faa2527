#!/bin/sh
# A hub that was not told is told by the next build (issue 13, WebSub),
# in the one request of that build: the feeds it was not told of are
# added to the feeds that changed (the changed first, each feed once),
# and each hub gets its own list, in the order of feed.conf. Hub /a
# answers what $T/answer says, hub /b what $T/answer.b says
# (tests/cli/hub.py, "switch:").
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hub-retry.sh"

test_expect_success 'set up: a published feed with two hubs, /a and /b' '
	new_feed "$T/feed" &&
	set_conf "$T/feed" feed-url https://example.org/news/ &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	echo ok >"$T/answer" &&
	hub_start a "switch:$T/answer" &&
	stand_ins="$stand_ins $hub_pid" && a=http://127.0.0.1:$hub_port/a &&
	echo ok >"$T/answer.b" &&
	hub_start b "switch:$T/answer.b" &&
	stand_ins="$stand_ins $hub_pid" && b=http://127.0.0.1:$hub_port/b &&
	echo "hub = $a" >>"$conf" &&
	echo "hub = $b" >>"$conf" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	test_must_be_empty "$T/err" &&
	test_path_is_missing "$state"
'

test_expect_success 'a build that changed atom.xml alone: /a fails and is remembered of atom.xml alone' '
	echo 503 >"$T/answer" &&
	rm "$pub/atom.xml" &&
	test_expect_code 6 "$FEEDWRIGHT" build "$T/feed" &&
	test_contains "$T/err" "cannot notify hub $a of https://example.org/news/atom.xml: the hub answered with status 503; the feeds are published" &&
	printf "%s\n%s\t%s\n" "$head" "$a" https://example.org/news/atom.xml >"$T/want" &&
	test_cmp "$T/want" "$state"
'

test_expect_success 'the next build changed rss.xml: /a is told of rss.xml and atom.xml, /b of rss.xml' '
	echo ok >"$T/answer" &&
	: >"$T/a.log" && : >"$T/b.log" &&
	rm "$pub/rss.xml" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	test_must_be_empty "$T/err" &&
	requests a >"$T/got" &&
	echo "POST /a application/x-www-form-urlencoded hub.mode=publish&hub.url=${u}rss.xml&hub.url=${u}atom.xml" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	requests b >"$T/got" &&
	echo "POST /b application/x-www-form-urlencoded hub.mode=publish&hub.url=${u}rss.xml" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	test_path_is_missing "$state"
'

test_expect_success 'a feed remembered that changed again is named once' '
	echo 500 >"$T/answer" &&
	rm "$pub/atom.xml" &&
	test_expect_code 6 "$FEEDWRIGHT" build "$T/feed" &&
	echo ok >"$T/answer" &&
	: >"$T/a.log" &&
	rm "$pub/atom.xml" &&
	test_expect_code 0 "$FEEDWRIGHT" build -v "$T/feed" &&
	test_contains "$T/err" "hub $a was told of https://example.org/news/atom.xml" &&
	requests a >"$T/got" &&
	echo "POST /a application/x-www-form-urlencoded hub.mode=publish&hub.url=${u}atom.xml" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	test_path_is_missing "$state"
'

test_expect_success 'both hubs fail: each is remembered, in the order of feed.conf' '
	echo 500 >"$T/answer" &&
	echo 502 >"$T/answer.b" &&
	rm "$pub/feed.json" &&
	test_expect_code 6 "$FEEDWRIGHT" build "$T/feed" &&
	test "$(wc -l <"$T/err")" -eq 2 &&
	printf "%s\n%s\t%s\n%s\t%s\n" "$head" "$a" https://example.org/news/feed.json \
	    "$b" https://example.org/news/feed.json >"$T/want" &&
	test_cmp "$T/want" "$state"
'

test_expect_success 'the one that answers is forgotten, the other stays' '
	echo ok >"$T/answer" &&
	: >"$T/a.log" &&
	test_expect_code 6 "$FEEDWRIGHT" build "$T/feed" &&
	test_contains "$T/err" "cannot notify hub $b of https://example.org/news/feed.json: the hub answered with status 502; the feeds are published" &&
	test "$(wc -l <"$T/err")" -eq 1 &&
	requests a >"$T/got" &&
	echo "POST /a application/x-www-form-urlencoded hub.mode=publish&hub.url=${u}feed.json" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	printf "%s\n%s\t%s\n" "$head" "$b" https://example.org/news/feed.json >"$T/want" &&
	test_cmp "$T/want" "$state"
'

test_expect_success 'category feeds not told are remembered and told like the others' '
	echo ok >"$T/answer.b" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	test_path_is_missing "$state" &&
	echo "category-feeds = yes" >>"$conf" &&
	echo 500 >"$T/answer" &&
	category_record "$T/feed/articles/markets.txt" "2026-01-02 09:00:00" \
	    "Markets open" "Body." Markets &&
	test_expect_code 6 "$FEEDWRIGHT" build "$T/feed" &&
	{
		echo "$head" &&
		for f in atom.xml rss.xml feed.json category/markets/atom.xml \
		    category/markets/rss.xml category/markets/feed.json; do
			printf "%s\thttps://example.org/news/%s\n" "$a" "$f" || return 1
		done
	} >"$T/want" &&
	test_cmp "$T/want" "$state" &&
	echo ok >"$T/answer" &&
	: >"$T/a.log" && : >"$T/b.log" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	test_must_be_empty "$T/err" &&
	requests a >"$T/got" &&
	c=${u}category%2Fmarkets%2F &&
	echo "POST /a application/x-www-form-urlencoded hub.mode=publish&hub.url=${u}atom.xml&hub.url=${u}rss.xml&hub.url=${u}feed.json&hub.url=${c}atom.xml&hub.url=${c}rss.xml&hub.url=${c}feed.json" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	test_must_be_empty "$T/b.log" &&
	test_path_is_missing "$state"
'

test_done
