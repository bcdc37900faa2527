#!/bin/sh
# A damaged or unreadable .feedwright-hubs-pending (issue 13, WebSub) is
# not trusted and never stops a build: a warning at the line found
# damaged, every hub is told of every feed the build publishes (a hub
# told needlessly only fetches the feed once more), and the file is
# written anew with what is still untold. The stand-in hub answers what
# $T/answer says (tests/cli/hub.py).
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hub-retry.sh"

test_expect_success 'set up: a published feed, its hub told' '
	feed_with_hub
'

# damaged_is LINE WHY: an unchanged build warns at LINE of the file with
# WHY, tells the hub of every feed, exits 0 and removes the file.
damaged_is() {
	: >"$T/hub.log" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	echo "feedwright: $state$1: warning: $2; every hub is told of every feed" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	requests hub >"$T/got" &&
	echo "POST /hub application/x-www-form-urlencoded $body" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	test_path_is_missing "$state"
}

test_expect_success 'a file without its first line: a warning, every feed told, the file gone' '
	printf "%s\t%s\n" "$hub" https://example.org/news/atom.xml >"$state" &&
	damaged_is :1 "damaged (not a list of hubs not told)"
'

test_expect_success 'an empty file is damaged at its first line' '
	: >"$state" &&
	damaged_is :1 "damaged (not a list of hubs not told)"
'

test_expect_success 'a last line cut short is damaged at that line' '
	printf "%s\n%s\t%s\n%s\t%s" "$head" "$hub" https://example.org/news/atom.xml \
	    "$hub" https://example.org/news/rss >"$state" &&
	damaged_is :3 "damaged (a line cut short)"
'

test_expect_success 'a line without a tab, or with a NUL byte, is damaged at that line' '
	printf "%s\n%s\n" "$head" "$hub https://example.org/news/atom.xml" >"$state" &&
	damaged_is :2 "damaged (a line that is not a hub and a feed)" &&
	printf "%s\n%s\t%s\n\t%s\n" "$head" "$hub" https://example.org/news/atom.xml \
	    https://example.org/news/rss.xml >"$state" &&
	damaged_is :3 "damaged (a line that is not a hub and a feed)" &&
	printf "%s\n%s\thttps://example.org/news/\000atom.xml\n" "$head" "$hub" >"$state" &&
	damaged_is :2 "damaged (a line that is not a hub and a feed)"
'

test_expect_success 'a file larger than 4 MiB cannot be read: the same warning, in those words' '
	{ echo "$head" && head -c 5000000 /dev/zero | tr "\\0" x && echo; } >"$state" &&
	damaged_is "" "cannot read: too large"
'

test_expect_success 'a folder in its place: a warning, every feed told, the folder left as it is' '
	mkdir "$state" &&
	test_when_finished "rmdir \"$state\"" &&
	: >"$T/hub.log" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	cat >"$T/want" <<-EOF &&
	feedwright: $state: warning: cannot read: not a regular file; every hub is told of every feed
	feedwright: $state: warning: cannot write: Is a directory; if this build is stopped before the hubs answer, they are not told
	feedwright: $state: warning: cannot remove: Is a directory; the next build tells the hubs again
	EOF
	test_cmp "$T/want" "$T/err" &&
	requests hub >"$T/got" &&
	echo "POST /hub application/x-www-form-urlencoded $body" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	test -d "$state"
'

test_expect_success '-q: a damaged file is dealt with the same, without the warning' '
	echo garbage >"$state" &&
	: >"$T/hub.log" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$T/feed" &&
	test_must_be_empty "$T/err" &&
	requests hub >"$T/got" &&
	echo "POST /hub application/x-www-form-urlencoded $body" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	test_path_is_missing "$state"
'

test_expect_success 'a damaged file while the hub fails: every feed told, and the file written anew' '
	echo 500 >"$T/answer" &&
	echo garbage >"$state" &&
	test_expect_code 6 "$FEEDWRIGHT" build "$T/feed" &&
	test_contains "$T/err" "feedwright: $state:1: warning: damaged (not a list of hubs not told); every hub is told of every feed" &&
	test_contains "$T/err" "cannot notify hub $hub of https://example.org/news/atom.xml, https://example.org/news/rss.xml, and https://example.org/news/feed.json: the hub answered with status 500; the feeds are published" &&
	{
		echo "$head" &&
		for f in atom.xml rss.xml feed.json; do
			printf "%s\thttps://example.org/news/%s\n" "$hub" "$f" || return 1
		done
	} >"$T/want" &&
	test_cmp "$T/want" "$state"
'

test_expect_success 'a temporary file of it left by a killed build is removed by the next' '
	: >"$T/feed/..feedwright-hubs-pending.Ab12Cd" &&
	test_expect_code 6 "$FEEDWRIGHT" build "$T/feed" &&
	test_path_is_missing "$T/feed/..feedwright-hubs-pending.Ab12Cd" &&
	test_cmp "$T/want" "$state"
'

test_expect_success 'with no hub left, a damaged file is removed without a word' '
	echo garbage >"$state" &&
	set_conf "$T/feed" hub "" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	test_must_be_empty "$T/err" &&
	test_path_is_missing "$state"
'

test_done
