#!/bin/sh
# The record cache is written as .feedwright-cache.XXXXXX in the feed
# folder while pass one reads the records, then renamed over
# .feedwright-cache. A build stopped by SIGTERM (or SIGINT, SIGHUP) while
# it is written left it behind (the next build removed it without a word); it is
# now on the list of temporary files the signal handler removes, from
# before it exists, as the published files' temporaries are
# (t1242-sigterm-tmp-create.sh). Out of memory: tests/unit/test_publish.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hooks.sh"

feed=$T/feed
hook_pid=
trap 'kill -9 $hook_pid 2>/dev/null; rm -rf "$T"' EXIT

# cache_tmp: the new caches in the feed folder, one a line.
cache_tmp() { ls -A "$feed" | grep "^\.feedwright-cache\." || :; }

test_expect_success 'set up: a feed of six records, built once, its cache kept' '
	new_feed "$feed" &&
	for d in 01 02 03 04 05; do day_record "$feed" $d || return 1; done &&
	test_expect_code 0 "$FEEDWRIGHT" build "$feed" &&
	cp "$feed/.feedwright-cache" "$T/cache.before"
'

test_expect_success HOOKS 'SIGTERM as .feedwright-cache.XXXXXX is created: the build dies of it' '
	echo "Edit one." >>"$feed/articles/r01.txt" &&
	hook_start termed tmp-created:.feedwright-cache "$feed" &&
	cache_tmp >"$T/made" &&
	grep "^\.feedwright-cache\.......\$" "$T/made" &&
	kill -TERM "$hook_pid" &&
	hook_go termed &&
	hook_wait "$hook_pid" &&
	test "$status" -eq 143
'

test_expect_success HOOKS 'it left no new cache, and the old one as it was' '
	cache_tmp >"$T/left" &&
	test_must_be_empty "$T/left" &&
	cmp "$T/cache.before" "$feed/.feedwright-cache"
'

test_expect_success HOOKS 'SIGTERM while the new cache is half written: the build dies of it' '
	cp "$feed/.feedwright-cache" "$T/cache.mid" &&
	echo "Edit two." >>"$feed/articles/r02.txt" &&
	echo "Edit five." >>"$feed/articles/r05.txt" &&
	hook_start half before-read:r05.txt "$feed" &&
	cache_tmp >"$T/made" &&
	hook_kill "$hook_pid" TERM &&
	test "$status" -eq 143 &&
	grep "^\.feedwright-cache\.......\$" "$T/made"
'

test_expect_success HOOKS 'it left no new cache either' '
	cache_tmp >"$T/left" &&
	test_must_be_empty "$T/left" &&
	cmp "$T/cache.mid" "$feed/.feedwright-cache"
'

test_expect_success 'the next build has nothing to remove, and writes the cache' '
	test_expect_code 0 "$FEEDWRIGHT" build -v "$feed" &&
	test_lacks "$T/err" "feedwright-cache\." &&
	test_must_fail cmp -s "$T/cache.before" "$feed/.feedwright-cache" &&
	cache_tmp >"$T/left" &&
	test_must_be_empty "$T/left"
'

test_done
