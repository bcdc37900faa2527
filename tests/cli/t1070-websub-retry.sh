#!/bin/sh
# A hub that was not told is told by the next build (issue 13, WebSub):
# a build whose publish request fails remembers, in the feed folder's
# .feedwright-hubs-pending, which hub was not told of which feed; the
# next build tells it again, even if nothing changed, and forgets it
# once the hub answers 2xx. A hub failing again stays remembered, and
# each such build exits 6 with the message of t0950. The stand-in hub
# answers what $T/answer says (tests/cli/hub.py, "switch:").
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hub-retry.sh"

topics='https://example.org/news/atom.xml, https://example.org/news/rss.xml, and https://example.org/news/feed.json'

test_expect_success 'set up: a published feed, then a hub that answers 500' '
	new_feed "$T/feed" &&
	set_conf "$T/feed" feed-url https://example.org/news/ &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	echo 500 >"$T/answer" &&
	hub_start hub "switch:$T/answer" &&
	stand_ins="$stand_ins $hub_pid" &&
	echo "hub = http://127.0.0.1:$hub_port/hub" >>"$conf" &&
	line=$(wc -l <"$conf" | tr -d " ")
'

test_expect_success 'a failed ping: status 6, the message of t0950, and the hub is remembered' '
	test_expect_code 6 "$FEEDWRIGHT" build "$T/feed" &&
	echo "feedwright: $conf:$line: cannot notify hub http://127.0.0.1:$hub_port/hub of $topics: the hub answered with status 500; the feeds are published" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	cat >"$T/want" <<-EOF &&
	# feedwright: WebSub hubs not yet told of a feed (hub URL, tab, feed URL)
	http://127.0.0.1:$hub_port/hub	https://example.org/news/atom.xml
	http://127.0.0.1:$hub_port/hub	https://example.org/news/rss.xml
	http://127.0.0.1:$hub_port/hub	https://example.org/news/feed.json
	EOF
	test_cmp "$T/want" "$state" &&
	test_path_is_missing "$pub/.feedwright-hubs-pending" &&
	mv "$T/err" "$T/failed"
'

test_expect_success 'an unchanged build tells the failing hub again: status 6 again, still remembered' '
	cp "$state" "$T/state.before" &&
	: >"$T/hub.log" &&
	test_expect_code 6 "$FEEDWRIGHT" build --exit-unchanged=9 "$T/feed" &&
	test_cmp "$T/failed" "$T/err" &&
	test_cmp "$T/state.before" "$state" &&
	requests hub >"$T/got" &&
	echo "POST /hub application/x-www-form-urlencoded $body" >"$T/want" &&
	test_cmp "$T/want" "$T/got"
'

test_expect_success 'the hub answers again: an unchanged build tells it, once, and forgets it' '
	echo ok >"$T/answer" &&
	: >"$T/hub.log" &&
	test_expect_code 0 "$FEEDWRIGHT" build -v "$T/feed" &&
	test_contains "$T/err" "feedwright: $conf:$line: hub http://127.0.0.1:$hub_port/hub was told of $topics" &&
	requests hub >"$T/got" &&
	echo "POST /hub application/x-www-form-urlencoded $body" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	test_path_is_missing "$state"
'

test_expect_success 'once told, the next unchanged build tells nobody and exits as unchanged' '
	: >"$T/hub.log" &&
	test_expect_code 9 "$FEEDWRIGHT" build --exit-unchanged=9 "$T/feed" &&
	test_must_be_empty "$T/err" &&
	test_must_be_empty "$T/hub.log" &&
	test_path_is_missing "$state"
'

test_expect_success 'an unreachable hub is remembered too, and stays remembered while it is' '
	hub_start gone refuse &&
	gone_pid=$hub_pid gone_port=$hub_port &&
	stand_ins="$stand_ins $gone_pid" &&
	set_conf "$T/feed" title "Refused Times" &&
	echo "hub = http://127.0.0.1:$gone_port/" >>"$conf" &&
	gone_line=$(wc -l <"$conf" | tr -d " ") &&
	test_expect_code 6 "$FEEDWRIGHT" build "$T/feed" &&
	echo "feedwright: $conf:$gone_line: cannot notify hub http://127.0.0.1:$gone_port/ of $topics: cannot connect: Connection refused; the feeds are published" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	cat >"$T/want" <<-EOF &&
	# feedwright: WebSub hubs not yet told of a feed (hub URL, tab, feed URL)
	http://127.0.0.1:$gone_port/	https://example.org/news/atom.xml
	http://127.0.0.1:$gone_port/	https://example.org/news/rss.xml
	http://127.0.0.1:$gone_port/	https://example.org/news/feed.json
	EOF
	test_cmp "$T/want" "$state" &&
	: >"$T/hub.log" &&
	test_expect_code 6 "$FEEDWRIGHT" build "$T/feed" &&
	test_cmp "$T/want" "$state" &&
	test_must_be_empty "$T/hub.log"
'

test_done
