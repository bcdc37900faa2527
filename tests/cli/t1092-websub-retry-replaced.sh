#!/bin/sh
# A build tells a hub of a feed, and then, before it takes the lock again
# to update .feedwright-hubs-pending, another build changes that feed and
# cannot tell the hub (issue 13, WebSub). The hub was told before the
# change, so the row the other build remembered must stay: the first
# build sees the file was replaced since it read it and keeps what it
# holds, at worst telling a hub once more. The first build is stopped
# between the two (the hubs-told point, tests/lib-hooks.sh); the stand-in
# hub answers what $T/answer says (tests/cli/hub.py).
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hub-retry.sh"
. "$SRCDIR/tests/lib-hooks.sh"

command -v strace >/dev/null 2>&1 && test_set_prereq STRACE

test_expect_success HOOKS 'set up: a published feed, its hub not told of rss.xml' '
	feed_with_hub &&
	printf "%s\n%s\t%s\n" "$head" "$hub" https://example.org/news/rss.xml >"$state"
'

test_expect_success HOOKS 'a change the hub could not be told of while another build told it is kept' '
	rm "$pub/atom.xml" &&
	hook_start first hubs-told "$T/feed" &&
	first=$hook_pid &&
	echo 500 >"$T/answer" &&
	rm "$pub/atom.xml" &&
	test_expect_code 6 "$FEEDWRIGHT" build "$T/feed" &&
	printf "%s\n%s\t%s\n%s\t%s\n" "$head" "$hub" https://example.org/news/atom.xml \
	    "$hub" https://example.org/news/rss.xml >"$T/want" &&
	test_cmp "$T/want" "$state" &&
	hook_go first &&
	hook_wait "$first" &&
	test "$status" -eq 0 &&
	test_must_be_empty "$T/first.err" &&
	test_cmp "$T/want" "$state"
'

test_expect_success HOOKS 'the next build tells the hub of both and forgets them' '
	told_of_both_and_forgotten
'

test_expect_success HOOKS 'the file not replaced in between: what the build told is forgotten' '
	printf "%s\n%s\t%s\n" "$head" "$hub" https://example.org/news/rss.xml >"$state" &&
	hook_start first hubs-told "$T/feed" &&
	first=$hook_pid &&
	hook_go first &&
	hook_wait "$first" &&
	test "$status" -eq 0 &&
	test_path_is_missing "$state"
'

# (LeakSanitizer cannot work under strace: it is off here.)
test_expect_success STRACE 'a file removed is removed for good: the feed folder is synced after' '
	printf "%s\n%s\t%s\n" "$head" "$hub" https://example.org/news/rss.xml >"$state" &&
	env ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
	    strace -f -qq -y -e trace=unlink,unlinkat,fsync -o "$T/trace" \
	    "$FEEDWRIGHT" build "$T/feed" &&
	test_path_is_missing "$state" &&
	sed -n "/^[0-9]* *unlink.*\.feedwright-hubs-pending\") = 0\$/,\$p" "$T/trace" >"$T/after" &&
	test -s "$T/after" &&
	grep "^[0-9]* *fsync([0-9]*<$T/feed>) = 0\$" "$T/after"
'

test_done
