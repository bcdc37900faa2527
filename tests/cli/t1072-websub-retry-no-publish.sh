#!/bin/sh
# A hub that was not told is told by the next build that publishes (issue
# 13, WebSub), and by no other run: --dry-run and --stdout tell nobody
# and leave .feedwright-hubs-pending as it is, and so does a build that
# fails before publishing (a bad record, the lock held by another build).
# The stand-in hub answers what $T/answer says (tests/cli/hub.py).
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hub-retry.sh"
. "$SRCDIR/tests/lib-hooks.sh"

# same_state: the file is the one saved in $T/state.was (same inode,
# mtime and bytes): nothing wrote it.
save_state() { stat -c "%i %Y" "$state" >"$T/state.was" && cat "$state" >>"$T/state.was"; }
same_state() {
	stat -c "%i %Y" "$state" >"$T/state.now" && cat "$state" >>"$T/state.now" &&
	test_cmp "$T/state.was" "$T/state.now"
}

test_expect_success 'set up: a hub that answered 500 is remembered' '
	new_feed "$T/feed" &&
	set_conf "$T/feed" feed-url https://example.org/news/ &&
	echo 500 >"$T/answer" &&
	hub_start hub "switch:$T/answer" &&
	stand_ins="$stand_ins $hub_pid" &&
	echo "hub = http://127.0.0.1:$hub_port/hub" >>"$conf" &&
	test_expect_code 6 "$FEEDWRIGHT" build "$T/feed" &&
	test_path_is_file "$state" &&
	save_state &&
	echo ok >"$T/answer" &&
	: >"$T/hub.log"
'

test_expect_success '--dry-run of a change tells nobody and leaves the file alone' '
	set_conf "$T/feed" title "Dry Times" &&
	test_expect_code 0 "$FEEDWRIGHT" build --dry-run "$T/feed" &&
	test_contains "$T/out" "$pub/atom.xml: would be replaced" &&
	test_must_be_empty "$T/hub.log" &&
	same_state
'

test_expect_success '--stdout tells nobody and leaves the file alone' '
	test_expect_code 0 "$FEEDWRIGHT" build --stdout atom "$T/feed" &&
	test_contains "$T/out" "<title>Dry Times</title>" &&
	test_must_be_empty "$T/hub.log" &&
	same_state
'

test_expect_success 'a build stopped by a bad record tells nobody and leaves the file alone' '
	printf "No author\n" >"$T/feed/articles/zz-bad.txt" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$T/feed" &&
	test_contains "$T/err" "nothing was published" &&
	rm "$T/feed/articles/zz-bad.txt" &&
	test_must_be_empty "$T/hub.log" &&
	same_state
'

test_expect_success 'a build that finds the lock held tells nobody and leaves the file alone' '
	hold_lock other "$T/feed/.feedwright.lock" &&
	test_when_finished "release_lock other" &&
	test_expect_code 4 "$FEEDWRIGHT" build --no-wait "$T/feed" &&
	test_must_be_empty "$T/hub.log" &&
	same_state
'

test_expect_success 'the next build that publishes tells the hub and forgets it' '
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	test_must_be_empty "$T/err" &&
	requests hub >"$T/got" &&
	echo "POST /hub application/x-www-form-urlencoded $body" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	test_path_is_missing "$state"
'

test_done
