# What the tests of .feedwright-hubs-pending share (t1070-t1075; source
# after lib.sh): lib-hub.sh's stand-in hubs; the feed folder $T/feed,
# served from https://example.org/news/, its pending file, the body of a
# publish request naming its three feeds and the pending file's first
# line. A stand-in outlives a test (a hub is known by its URL, port
# included): each adds its pid to $stand_ins, killed at exit.
. "$SRCDIR/tests/lib-hub.sh"

pub=$T/feed/public
conf=$T/feed/feed.conf
state=$T/feed/.feedwright-hubs-pending
u=https%3A%2F%2Fexample.org%2Fnews%2F
body="hub.mode=publish&hub.url=${u}atom.xml&hub.url=${u}rss.xml&hub.url=${u}feed.json"
head='# feedwright: WebSub hubs not yet told of a feed (hub URL, tab, feed URL)'
stand_ins=
trap 'for p in $stand_ins; do kill "$p" 2>/dev/null; done; rm -rf "$T"' EXIT

# feed_with_hub: $T/feed published with one stand-in hub, $hub, answering
# what $T/answer says (ok at first), and told: nothing is pending.
feed_with_hub() {
	new_feed "$T/feed" &&
	set_conf "$T/feed" feed-url https://example.org/news/ &&
	echo ok >"$T/answer" &&
	hub_start hub "switch:$T/answer" &&
	stand_ins="$stand_ins $hub_pid" && hub=http://127.0.0.1:$hub_port/hub &&
	echo "hub = $hub" >>"$conf" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	test_path_is_missing "$state"
}

# told_of_both_and_forgotten: the next build, $hub answering 2xx, tells
# it of atom.xml and rss.xml (the two it was not told of) in one request,
# and nothing is pending after.
told_of_both_and_forgotten() {
	echo ok >"$T/answer" &&
	: >"$T/hub.log" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	requests hub >"$T/got" &&
	echo "POST /hub application/x-www-form-urlencoded hub.mode=publish&hub.url=${u}atom.xml&hub.url=${u}rss.xml" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	test_path_is_missing "$state"
}

# told_of_all_and_forgotten: the next build, $hub answering 2xx, tells it
# of the three feeds in one request, and nothing is pending after.
told_of_all_and_forgotten() {
	echo ok >"$T/answer" &&
	: >"$T/hub.log" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	requests hub >"$T/got" &&
	echo "POST /hub application/x-www-form-urlencoded $body" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	test_path_is_missing "$state"
}
