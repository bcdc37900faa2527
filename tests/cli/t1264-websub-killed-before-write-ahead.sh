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

test_expect_success HOOKS 'a build with -o into the output folder itself makes the mark too' '
	set_conf "$T/feed" title "Output Times" &&
	: >"$T/hub.log" &&
	hook_start killed after-rename:index.html -o "$pub" "$T/feed" &&
	test_path_is_file "$mark" &&
	hook_kill "$hook_pid" &&
	test_contains "$pub/atom.xml" "<title>Output Times</title>" &&
	told_of_all_and_forgotten &&
	test_path_is_missing "$mark"
'

pending_eio="before-rename:.feedwright-hubs-pending:fail=EIO"
# build_held: a hooked build of $T/feed in the background, the hubs'
# file failing to be written ahead; its pid in $held.
build_held() {
	FEEDWRIGHT_TEST_HOOK="$pending_eio" "$FEEDWRIGHT_HOOKED" build "$T/feed" \
	    >"$T/held.out" 2>"$T/held.err" </dev/null &
	held=$!
}

test_expect_success HOOKS 'the hubs file not written ahead: the mark stays, and a build killed while the hub holds its request is told of by the next' '
	rm -f "$T/held" && mkfifo "$T/held" &&
	echo "hold:$T/held" >"$T/answer" &&
	set_conf "$T/feed" title "Held Times" &&
	build_held &&
	test "$(test_wait_fifo "$T/held")" = held &&
	test_path_is_file "$mark" &&
	hook_kill "$held" &&
	test_path_is_missing "$state" &&
	told_of_all_and_forgotten &&
	test_path_is_missing "$mark"
'

test_expect_success ROOT 'a feed folder the build cannot write: a warning for the mark, and the feeds are published' '
	chown -R nobody "$T/feed" &&
	chmod 755 "$T" &&
	set_conf "$T/feed" title "Read-only Times" &&
	chmod a-w "$T/feed" &&
	test_when_finished "chmod u+w \"$T/feed\"" &&
	: >"$T/hub.log" &&
	as_user "$FEEDWRIGHT" build "$T/feed" 2>"$T/ro.err" &&
	chmod u+w "$T/feed" &&
	test_contains "$pub/atom.xml" "<title>Read-only Times</title>" &&
	test_contains "$T/ro.err" "feedwright: $mark: warning: cannot write: Permission denied; if this build is killed before the hubs'"'"' file is written, they are not told of its changes" &&
	test "$(wc -l <"$T/hub.log")" -eq 1 &&
	chown -R root "$T/feed"
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
