#!/bin/sh
# build --all, or several feed folders, publishes every feed before it
# tells any hub (issue 13, WebSub): each feed's hubs were asked before the
# next feed was even built, so one dead hub shared by N feeds held back
# the last feed's publishing by the time-out times N - 1. What each feed
# owes its hubs is written ahead as it is published (t1076), and told
# once all are; each feed's messages, pending file and status stay its
# own. The stand-in hub answers what $T/answer says (tests/cli/hub.py):
# "hold:FIFO" says on FIFO that a request is in, and never answers.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hub.sh"
. "$SRCDIR/tests/lib-hooks.sh"

head='# feedwright: WebSub hubs not yet told of a feed (hub URL, tab, feed URL)'
stand_ins=
trap 'for p in $stand_ins; do kill "$p" 2>/dev/null; done; rm -rf "$T"' EXIT

# body F: the body of a publish request naming feed F's three feeds.
body() {
	_u=https%3A%2F%2Fexample.org%2F$1%2F
	echo "hub.mode=publish&hub.url=${_u}atom.xml&hub.url=${_u}rss.xml&hub.url=${_u}feed.json"
}

# retitle T: every feed's title is T plus its name.
retitle() {
	for f in a b c; do
		set_conf "$T/all/$f" title "$1 $f" || return 1
	done
}

# build_behind ARGS...: "feedwright build ARGS" in the background, its
# pid in $behind.
build_behind() {
	"$FEEDWRIGHT" build "$@" >"$T/behind.out" 2>"$T/behind.err" </dev/null &
	behind=$!
}

# published_before_asked T ARGS...: a build with ARGS, the hub holding
# the first request it gets: by then every feed is published with titles
# T; killed there, it leaves each feed's hub written ahead, and the next
# build, the hub answering, tells it of each feed, in order.
published_before_asked() {
	_t=$1
	shift
	rm -f "$T/held" && mkfifo "$T/held" &&
	echo "hold:$T/held" >"$T/answer" &&
	retitle "$_t" &&
	build_behind "$@" &&
	test "$(test_wait_fifo "$T/held")" = held &&
	for f in a b c; do
		test_contains "$T/all/$f/public/atom.xml" "<title>$_t $f</title>" ||
		return 1
	done &&
	hook_kill "$behind" &&
	test "$status" -eq 137 &&
	for f in a b c; do
		test "$(wc -l <"$T/all/$f/.feedwright-hubs-pending")" -eq 4 ||
		return 1
	done &&
	echo ok >"$T/answer" &&
	: >"$T/hub.log" &&
	test_expect_code 0 "$FEEDWRIGHT" build --all "$T/all" &&
	test_must_be_empty "$T/err" &&
	requests hub >"$T/got" &&
	for f in a b c; do
		echo "POST /$f application/x-www-form-urlencoded $(body $f)" ||
		return 1
	done >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	for f in a b c; do
		test_path_is_missing "$T/all/$f/.feedwright-hubs-pending" ||
		return 1
	done
}

test_expect_success 'set up: three feeds, each naming the one hub, told' '
	echo ok >"$T/answer" &&
	hub_start hub "switch:$T/answer" &&
	stand_ins="$stand_ins $hub_pid" &&
	for f in a b c; do
		new_feed "$T/all/$f" &&
		set_conf "$T/all/$f" feed-url "https://example.org/$f/" &&
		echo "hub = http://127.0.0.1:$hub_port/$f" >>"$T/all/$f/feed.conf" ||
		return 1
	done &&
	test_expect_code 0 "$FEEDWRIGHT" build --all "$T/all" &&
	test_must_be_empty "$T/err" &&
	test "$(wc -l <"$T/hub.log")" -eq 3
'

test_expect_success '--all publishes every feed before it asks the first hub' '
	published_before_asked "All Times" --all "$T/all"
'

test_expect_success 'feed folders named one by one: the same' '
	published_before_asked "Named Times" "$T/all/a" "$T/all/b" "$T/all/c"
'

test_expect_success 'a hub of one feed failing: its message, its pending file and status 6, the others told' '
	echo 500 >"$T/bad.answer" &&
	hub_start bad "switch:$T/bad.answer" &&
	stand_ins="$stand_ins $hub_pid" &&
	set_conf "$T/all/b" hub "" &&
	echo "hub = http://127.0.0.1:$hub_port/b" >>"$T/all/b/feed.conf" &&
	retitle "Failing Times" &&
	line=$(grep -n "^hub = " "$T/all/b/feed.conf" | cut -d: -f1) &&
	: >"$T/hub.log" &&
	test_expect_code 6 "$FEEDWRIGHT" build --all "$T/all" &&
	echo "feedwright: $T/all/b/feed.conf:$line: cannot notify hub http://127.0.0.1:$hub_port/b of https://example.org/b/atom.xml, https://example.org/b/rss.xml, and https://example.org/b/feed.json: the hub answered with status 500; the feeds are published" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	requests hub >"$T/got" &&
	printf "POST /%s application/x-www-form-urlencoded %s\n" a "$(body a)" c "$(body c)" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	test_path_is_missing "$T/all/a/.feedwright-hubs-pending" &&
	test_path_is_missing "$T/all/c/.feedwright-hubs-pending" &&
	{
		echo "$head" &&
		for f in atom.xml rss.xml feed.json; do
			printf "http://127.0.0.1:%s/b\thttps://example.org/b/%s\n" "$hub_port" "$f" ||
			return 1
		done
	} >"$T/want" &&
	test_cmp "$T/want" "$T/all/b/.feedwright-hubs-pending"
'

test_expect_success 'a bad feed beside it: status 1 still comes first, the hubs still told' '
	retitle "Bad Times" &&
	echo "not a record" >"$T/all/c/articles/zz-bad.txt" &&
	test_when_finished "rm -f \"$T/all/c/articles/zz-bad.txt\"" &&
	: >"$T/hub.log" &&
	test_expect_code 1 "$FEEDWRIGHT" build --all "$T/all" &&
	test_contains "$T/err" "cannot notify hub http://127.0.0.1:$hub_port/b of " &&
	requests hub >"$T/got" &&
	echo "POST /a application/x-www-form-urlencoded $(body a)" >"$T/want" &&
	test_cmp "$T/want" "$T/got"
'

test_done
