#!/bin/sh
# A build killed (SIGKILL, a crash) after it renamed the changed feeds
# into place but before it wrote .feedwright-hubs-pending ahead leaves a
# change published that no hub was told of, and the next build, finding
# the feeds as it builds them, changes nothing. So from before the first
# rename until the hubs' file is written ahead, FEEDDIR/.feedwright-publishing
# is there; the next build that finds it tells every hub of every feed
# (at worst one needless fetch) and removes it.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hub-retry.sh"
. "$SRCDIR/tests/lib-hooks.sh"

mark=$T/feed/.feedwright-publishing

test_expect_success 'set up: a published feed, its hub told' '
	feed_with_hub &&
	test_path_is_missing "$mark"
'

test_expect_success 'an unchanged build makes no mark and tells nobody' '
	: >"$T/hub.log" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	test_must_be_empty "$T/hub.log" &&
	test_path_is_missing "$mark" &&
	test_path_is_missing "$state"
'

# killed_after POINT TITLE: a build changing the title, killed at POINT.
killed_after() {
	set_conf "$T/feed" title "$2" &&
	: >"$T/hub.log" &&
	hook_start killed "$1" "$T/feed" &&
	test_path_is_file "$mark" &&
	test_path_is_missing "$state" &&
	hook_kill "$hook_pid" &&
	test "$status" -eq 137 &&
	test_must_be_empty "$T/hub.log"
}

test_expect_success HOOKS 'killed after the last rename: the change is published, no hub told' '
	killed_after after-rename:index.html "Killed Times" &&
	test_contains "$pub/atom.xml" "<title>Killed Times</title>" &&
	test_contains "$pub/feed.json" "Killed Times"
'

test_expect_success HOOKS 'the next build, though it changes nothing, tells the hub of every feed and removes the mark' '
	told_of_all_and_forgotten &&
	{ grep -v "warning: removed a temporary file left by an interrupted build$" \
	    "$T/err" >"$T/other" || :; } &&
	test_must_be_empty "$T/other" &&
	test_path_is_missing "$mark"
'

test_expect_success HOOKS 'killed before the first rename: nothing published, the hub told all the same (needlessly)' '
	killed_after before-rename:atom.xml "Unpublished Times" &&
	test_lacks "$pub/atom.xml" "Unpublished Times" &&
	set_conf "$T/feed" title "Killed Times" &&
	told_of_all_and_forgotten &&
	test_path_is_missing "$mark"
'

test_expect_success 'a changed build tells the hub of what changed only, and leaves no mark' '
	set_conf "$T/feed" title "Told Times" &&
	: >"$T/hub.log" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	requests hub >"$T/got" &&
	echo "POST /hub application/x-www-form-urlencoded $body" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	test_path_is_missing "$mark" &&
	test_path_is_missing "$state"
'

test_done
