#!/bin/sh
# What .feedwright-hubs-pending remembers is told only while it still
# means something (issue 13, WebSub): a hub no longer in feed.conf is not
# told and is forgotten, and a feed no longer published (feed.json turned
# off, a new feed-url) is not named; build -v says what was forgotten,
# one line each. Hub /a answers what $T/answer says (tests/cli/hub.py).
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hub-retry.sh"

# fail_a TITLE: a build changing the title, which hub /a does not take.
fail_a() {
	echo 500 >"$T/answer" &&
	set_conf "$T/feed" title "$1" &&
	test_expect_code 6 "$FEEDWRIGHT" build "$T/feed" &&
	test_contains "$state" "$a	" &&
	echo ok >"$T/answer" &&
	: >"$T/a.log" && : >"$T/b.log"
}

test_expect_success 'set up: a published feed with two hubs, /a and /b' '
	new_feed "$T/feed" &&
	set_conf "$T/feed" feed-url https://example.org/news/ &&
	echo ok >"$T/answer" &&
	hub_start a "switch:$T/answer" &&
	stand_ins="$stand_ins $hub_pid" && a=http://127.0.0.1:$hub_port/a &&
	hub_start b ok &&
	stand_ins="$stand_ins $hub_pid" && b=http://127.0.0.1:$hub_port/b &&
	echo "hub = $a" >>"$conf" &&
	echo "hub = $b" >>"$conf" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed"
'

test_expect_success 'a hub taken out of feed.conf is not told, and is forgotten' '
	fail_a "Times One" &&
	sed -i "\\|^hub = $a\$|d" "$conf" &&
	test_expect_code 0 "$FEEDWRIGHT" build -v "$T/feed" &&
	grep "no longer" "$T/err" >"$T/got" &&
	for f in atom.xml rss.xml feed.json; do
		echo "feedwright: $state: hub $a is no longer in $conf; it is not told of https://example.org/news/$f" || return 1
	done >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	test_must_be_empty "$T/a.log" &&
	test "$(wc -l <"$T/b.log")" -eq 1 &&
	test_path_is_missing "$state"
'

test_expect_success 'without -v the hub is forgotten quietly' '
	echo "hub = $a" >>"$conf" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	fail_a "Times Two" &&
	sed -i "\\|^hub = $a\$|d" "$conf" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	test_must_be_empty "$T/err" &&
	test_must_be_empty "$T/a.log" &&
	test_path_is_missing "$state"
'

test_expect_success 'feed.json turned off: the hub is told of atom.xml and rss.xml alone' '
	echo "hub = $a" >>"$conf" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	fail_a "Times Three" &&
	set_conf "$T/feed" json no &&
	test_expect_code 0 "$FEEDWRIGHT" build -v "$T/feed" &&
	echo "feedwright: $state: https://example.org/news/feed.json is no longer published; hub $a is not told of it" >"$T/want" &&
	grep "no longer" "$T/err" >"$T/got" &&
	test_cmp "$T/want" "$T/got" &&
	u=https%3A%2F%2Fexample.org%2Fnews%2F &&
	requests a >"$T/got" &&
	echo "POST /a application/x-www-form-urlencoded hub.mode=publish&hub.url=${u}atom.xml&hub.url=${u}rss.xml" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	test_path_is_missing "$state"
'

test_expect_success 'a category feed gone with its last record: the hub is not told of it' '
	echo "category-feeds = yes" >>"$conf" &&
	category_record "$T/feed/articles/markets.txt" "2026-01-02 09:00:00" \
	    "Markets open" "Body." Markets &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	fail_a "Times Category" &&
	test_contains "$state" "$a	https://example.org/news/category/markets/atom.xml" &&
	rm "$T/feed/articles/markets.txt" &&
	test_expect_code 0 "$FEEDWRIGHT" build -v "$T/feed" &&
	test_path_is_missing "$pub/category/markets/atom.xml" &&
	grep "no longer" "$T/err" >"$T/got" &&
	for f in atom.xml rss.xml; do
		echo "feedwright: $state: https://example.org/news/category/markets/$f is no longer published; hub $a is not told of it" || return 1
	done >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	u=https%3A%2F%2Fexample.org%2Fnews%2F &&
	requests a >"$T/got" &&
	echo "POST /a application/x-www-form-urlencoded hub.mode=publish&hub.url=${u}atom.xml&hub.url=${u}rss.xml" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	test_path_is_missing "$state" &&
	sed -i "/^category-feeds = yes\$/d" "$conf" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed"
'

test_expect_success 'a new feed-url: the hub is told of the feeds at the new URL, never the old' '
	fail_a "Times Four" &&
	set_conf "$T/feed" feed-url https://example.org/v2/ &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	test_must_be_empty "$T/err" &&
	u=https%3A%2F%2Fexample.org%2Fv2%2F &&
	requests a >"$T/got" &&
	echo "POST /a application/x-www-form-urlencoded hub.mode=publish&hub.url=${u}atom.xml&hub.url=${u}rss.xml" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	test_path_is_missing "$state"
'

test_expect_success 'a new feed-url while the hub still fails: only the new URLs are remembered' '
	fail_a "Times Five" &&
	echo 500 >"$T/answer" &&
	set_conf "$T/feed" feed-url https://example.org/v3/ &&
	test_expect_code 6 "$FEEDWRIGHT" build "$T/feed" &&
	cat >"$T/want" <<-EOF &&
	# feedwright: WebSub hubs not yet told of a feed (hub URL, tab, feed URL)
	$a	https://example.org/v3/atom.xml
	$a	https://example.org/v3/rss.xml
	EOF
	test_cmp "$T/want" "$state"
'

# Quadratic reading took minutes here; linear, a fraction of a second.
test_expect_success 'a large file (45000 rows, under 4 MiB) is read and forgotten at once' '
	echo ok >"$T/answer" &&
	: >"$T/a.log" &&
	cp "$state" "$T/owed" &&
	{
		cat "$T/owed" &&
		awk -v a="$a" "BEGIN {
			for (i = 0; i < 22500; i++) {
				printf \"https://gone.example/\\thttps://example.org/v3/category/c%06d/atom.xml\\n\", i
				printf \"%s\\thttps://example.org/v3/category/c%06d/rss.xml\\n\", a, i
			}
		}"
	} >"$state" &&
	test "$(wc -l <"$state")" -eq 45003 &&
	test "$(wc -c <"$state")" -lt 4194304 &&
	test_expect_code 0 timeout 10 "$FEEDWRIGHT" build "$T/feed" &&
	test_must_be_empty "$T/err" &&
	u=https%3A%2F%2Fexample.org%2Fv3%2F &&
	requests a >"$T/got" &&
	echo "POST /a application/x-www-form-urlencoded hub.mode=publish&hub.url=${u}atom.xml&hub.url=${u}rss.xml" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	test_path_is_missing "$state"
'

test_done
