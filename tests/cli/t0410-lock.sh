#!/bin/sh
# One build of a feed at a time: a flock on FEEDDIR/.feedwright.lock. A
# real build stopped at a named point (tests/lib-hooks.sh) holds the lock
# while the test shows --no-wait, the bounded --wait, a build that waits
# and goes on, and two builds that publish one after the other. Nothing
# sleeps or polls: a stopped build says where it is through a named pipe.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hooks.sh"

pub=$T/feed/public
lock=$T/feed/.feedwright.lock
first= waiter=
trap 'kill -9 $first $waiter 2>/dev/null; rm -rf "$T"' EXIT

test_expect_success 'set up: a feed of 21 records, built once' '
	new_feed "$T/feed" &&
	awk -v n=20 -v dir="$T/feed/articles" -f "$SRCDIR/tests/data/cron/records.awk" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	test_must_be_empty "$T/err" &&
	mkdir "$T/before" && cp -p "$pub"/* "$T/before/"
'

test_expect_success 'the lock file is in the feed folder, not in the output folder, which is served' '
	test -f "$lock" &&
	test ! -e "$pub/.feedwright.lock"
'

test_expect_success HOOKS 'set up: a build stopped while it holds the lock' '
	hook_start first after-lock "$T/feed" &&
	first=$hook_pid
'

test_expect_success HOOKS '--no-wait gives up at once (status 4), and says why' '
	test_expect_code 4 "$FEEDWRIGHT" build --no-wait "$T/feed" &&
	echo "feedwright: $lock: another build of this feed is running; not waiting (--no-wait)" >"$T/want" &&
	test_cmp "$T/want" "$T/err"
'

test_expect_success HOOKS '-q --no-wait still prints the error' '
	test_expect_code 4 "$FEEDWRIGHT" build -q --no-wait "$T/feed" &&
	echo "feedwright: $lock: another build of this feed is running; not waiting (--no-wait)" >"$T/want" &&
	test_cmp "$T/want" "$T/err"
'

test_expect_success HOOKS '-w 0 gives up at once too, and names the option given' '
	test_expect_code 4 "$FEEDWRIGHT" build -w 0 "$T/feed" &&
	echo "feedwright: $lock: another build of this feed is running; not waiting (--wait 0)" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	test_expect_code 4 "$FEEDWRIGHT" build --wait=0 "$T/feed" &&
	test_cmp "$T/want" "$T/err" &&
	test_expect_code 4 "$FEEDWRIGHT" build --no-wait -w 0 "$T/feed" &&
	test_cmp "$T/want" "$T/err" &&
	test_expect_code 4 "$FEEDWRIGHT" build -w 0 --no-wait "$T/feed" &&
	echo "feedwright: $lock: another build of this feed is running; not waiting (--no-wait)" >"$T/want" &&
	test_cmp "$T/want" "$T/err"
'

test_expect_success HOOKS '--wait 1 waits a second, then gives up (status 4)' '
	start=$(date +%s%N) &&
	test_expect_code 4 "$FEEDWRIGHT" build --wait 1 "$T/feed" &&
	end=$(date +%s%N) &&
	echo "feedwright: $lock: another build of this feed is running; gave up after 1 s" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	test $((end - start)) -ge 1000000000 &&
	test $((end - start)) -lt 10000000000
'

test_expect_success HOOKS 'a build that gave up left the published feed and no temporary file' '
	for f in "$T/before"/*; do
		cmp "$f" "$pub/${f##*/}" || return 1
	done &&
	test -z "$(ls -A "$pub" | grep "^\.")"
'

test_expect_success HOOKS '--dry-run and --stdout take no lock' '
	test_expect_code 0 "$FEEDWRIGHT" build --dry-run "$T/feed" &&
	test_expect_code 0 "$FEEDWRIGHT" build --stdout atom "$T/feed"
'

test_expect_success HOOKS 'a build that finds the lock held waits, and goes on once it is free' '
	hook_start waiter lock-busy "$T/feed" &&
	waiter=$hook_pid &&
	hook_go first &&
	hook_wait "$first" && test "$status" -eq 0 &&
	hook_go waiter &&
	hook_wait "$waiter" && test "$status" -eq 0 &&
	test_must_be_empty "$T/first.err" &&
	test_must_be_empty "$T/waiter.err"
'

test_expect_success HOOKS 'two builds at once: the second waits while the first writes' '
	echo "First edit." >>"$T/feed/articles/rec-00019.txt" &&
	hook_start first after-write "$T/feed" &&
	first=$hook_pid &&
	ls -A "$pub" | grep "^\.atom\.xml\.......\$" &&
	test_expect_code 4 "$FEEDWRIGHT" build --no-wait "$T/feed" &&
	echo "Second edit." >>"$T/feed/articles/rec-00019.txt" &&
	hook_start waiter lock-busy "$T/feed" &&
	waiter=$hook_pid &&
	hook_go first &&
	hook_wait "$first" && test "$status" -eq 0 &&
	grep -F "First edit." "$pub/atom.xml" &&
	! grep -F "Second edit." "$pub/atom.xml" &&
	hook_go waiter &&
	hook_wait "$waiter" && test "$status" -eq 0 &&
	test_must_be_empty "$T/first.err" &&
	test_must_be_empty "$T/waiter.err"
'

test_expect_success HOOKS 'after both, every file is whole and holds the last edit' '
	"$FEEDWRIGHT" build -o "$T/ref" "$T/feed" &&
	for f in "$T/ref"/*; do
		cmp "$f" "$pub/${f##*/}" || return 1
	done &&
	xmllint --noout --nonet "$pub/atom.xml" &&
	grep -F "Second edit." "$pub/atom.xml" &&
	test -z "$(ls -A "$pub" | grep "^\.")"
'

test_expect_success '--wait takes seconds' '
	test_expect_code 2 "$FEEDWRIGHT" build --wait soon "$T/feed"
'

test_done
