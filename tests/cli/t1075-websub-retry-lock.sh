#!/bin/sh
# The hubs are asked without the feed's lock (a slow hub must not hold up
# the next build), and .feedwright-hubs-pending is then updated under the
# lock, taken again (issue 13, WebSub): what another build remembered in
# between is kept, and a build that cannot take the lock again says so:
# a warning when the file was written ahead with the hubs as not told
# (t1076), an error that the hubs it could not tell are not remembered
# when it could not be. A real build is stopped
# between the two (the hubs-told point, tests/lib-hooks.sh). The
# stand-in hub answers what $T/answer says (tests/cli/hub.py).
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hub-retry.sh"
. "$SRCDIR/tests/lib-hooks.sh"

# hooked_behind HOOK BUILD-ARGS...: the hooked build in the background,
# FEEDWRIGHT_TEST_HOOK=HOOK; its pid in $behind, stderr in $T/behind.err.
hooked_behind() {
	_hook=$1
	shift
	FEEDWRIGHT_TEST_HOOK=$_hook "$FEEDWRIGHT_HOOKED" build "$@" \
	    >"$T/behind.out" 2>"$T/behind.err" </dev/null &
	behind=$!
}

test_expect_success HOOKS 'set up: a published feed, its hub told' '
	feed_with_hub
'

test_expect_success HOOKS 'what a build remembered while another asked the hub is kept' '
	echo 500 >"$T/answer" &&
	rm "$pub/atom.xml" &&
	hook_start first hubs-told "$T/feed" &&
	first=$hook_pid &&
	rm "$pub/rss.xml" &&
	test_expect_code 6 "$FEEDWRIGHT" build "$T/feed" &&
	printf "%s\n%s\t%s\n%s\t%s\n" "$head" "$hub" https://example.org/news/rss.xml \
	    "$hub" https://example.org/news/atom.xml >"$T/want" &&
	test_cmp "$T/want" "$state" &&
	hook_go first &&
	hook_wait "$first" &&
	test "$status" -eq 6 &&
	test_contains "$T/first.err" "cannot notify hub $hub of https://example.org/news/atom.xml: the hub answered with status 500; the feeds are published" &&
	printf "%s\n%s\t%s\n%s\t%s\n" "$head" "$hub" https://example.org/news/atom.xml \
	    "$hub" https://example.org/news/rss.xml >"$T/want" &&
	test_cmp "$T/want" "$state"
'

test_expect_success HOOKS 'the next build tells the hub of both and forgets them' '
	told_of_both_and_forgotten
'

# The file was written ahead with the hub as not told (t1076): it is
# remembered all the same, and only a warning says the file is as it was.
test_expect_success HOOKS 'the lock held by another build at that moment: said, with --no-wait, status 6' '
	echo 500 >"$T/answer" &&
	rm "$pub/atom.xml" &&
	hook_start first hubs-told --no-wait "$T/feed" &&
	first=$hook_pid &&
	hold_lock other "$T/feed/.feedwright.lock" &&
	hook_go first &&
	hook_wait "$first" &&
	release_lock other &&
	test "$status" -eq 6 &&
	cat >"$T/want" <<-EOF &&
	feedwright: $conf:$(grep -n "^hub = " "$conf" | cut -d: -f1): cannot notify hub $hub of https://example.org/news/atom.xml: the hub answered with status 500; the feeds are published
	feedwright: $state: warning: cannot update: another build of this feed holds the lock; the next build tells the hubs again
	EOF
	test_cmp "$T/want" "$T/first.err" &&
	printf "%s\n%s\t%s\n" "$head" "$hub" https://example.org/news/atom.xml >"$T/want" &&
	test_cmp "$T/want" "$state"
'

test_expect_success HOOKS 'not written ahead, and the lock held at that moment: the hubs not told are not remembered' '
	rm "$state" &&
	rm "$pub/atom.xml" &&
	rm -f "$T/first.fifo" && mkfifo "$T/first.fifo" &&
	hooked_behind "before-rename:.feedwright-hubs-pending:fail=EIO hubs-told:pause=$T/first.fifo" \
	    --no-wait "$T/feed" &&
	test "$(test_wait_fifo "$T/first.fifo")" = hubs-told &&
	hold_lock other "$T/feed/.feedwright.lock" &&
	hook_go first &&
	hook_wait "$behind" &&
	release_lock other &&
	test "$status" -eq 6 &&
	cat >"$T/want" <<-EOF &&
	feedwright: $state: warning: cannot write: Input/output error; if this build is stopped before the hubs answer, they are not told
	feedwright: $conf:$(grep -n "^hub = " "$conf" | cut -d: -f1): cannot notify hub $hub of https://example.org/news/atom.xml: the hub answered with status 500; the feeds are published
	feedwright: $state: cannot update: another build of this feed holds the lock; the hubs not told are not remembered
	EOF
	test_cmp "$T/want" "$T/behind.err" &&
	test_path_is_missing "$state"
'

test_done
