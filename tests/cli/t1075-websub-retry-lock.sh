#!/bin/sh
# The hubs are asked without the feed's lock (a slow hub must not hold up
# the next build), and .feedwright-hubs-pending is then updated under the
# lock, taken again (issue 13, WebSub): what another build remembered in
# between is kept, and a build that cannot take the lock again says that
# the hubs it could not tell are not remembered. A real build is stopped
# between the two (the hubs-told point, tests/lib-hooks.sh). The
# stand-in hub answers what $T/answer says (tests/cli/hub.py).
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hub-retry.sh"
. "$SRCDIR/tests/lib-hooks.sh"

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
	printf "%s\n%s\t%s\n" "$head" "$hub" https://example.org/news/rss.xml >"$T/want" &&
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
	feedwright: $state: cannot update: another build of this feed holds the lock; the hubs not told are not remembered
	EOF
	test_cmp "$T/want" "$T/first.err" &&
	test_path_is_missing "$state"
'

test_done
