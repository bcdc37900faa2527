#!/bin/sh
# A build stopped while it waits on a hub (systemd stopping the unit, a
# cron "timeout", a crash, kill -9) has published the change already: the
# hubs it was asking must not be left untold (issue 13, WebSub). So before
# the hubs are asked, under the feed's lock, .feedwright-hubs-pending is
# written ahead with every hub to be told as not told; once they answer,
# it is written again with only those not told. At worst a hub is told
# again, never not at all. The stand-in hub answers what $T/answer says
# (tests/cli/hub.py): "hold:FIFO" says on FIFO that the request is in,
# and never answers.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hub-retry.sh"
. "$SRCDIR/tests/lib-hooks.sh"

all_three() {
	for f in atom.xml rss.xml feed.json; do
		printf "%s\thttps://example.org/news/%s\n" "$hub" "$f" || return 1
	done
}

# build_behind ARGS...: "feedwright build ARGS" in the background, its
# pid in $behind.
build_behind() {
	"$FEEDWRIGHT" build "$@" >"$T/behind.out" 2>"$T/behind.err" </dev/null &
	behind=$!
}

# stopped_waiting SIGNAL STATUS: a changed build, stopped with SIGNAL
# once the hub holds its request, ends with STATUS, the change published
# and every feed written ahead for the hub; the next build, the hub
# answering, tells it of all three and forgets them.
stopped_waiting() {
	rm -f "$T/held" && mkfifo "$T/held" &&
	echo "hold:$T/held" >"$T/answer" &&
	set_conf "$T/feed" title "Times $1" &&
	build_behind "$T/feed" &&
	test "$(test_wait_fifo "$T/held")" = held &&
	hook_kill "$behind" "$1" &&
	test "$status" -eq "$2" &&
	test_contains "$pub/atom.xml" "<title>Times $1</title>" &&
	{ echo "$head" && all_three; } >"$T/want" &&
	test_cmp "$T/want" "$state" &&
	told_of_all_and_forgotten &&
	test_must_be_empty "$T/err"
}

test_expect_success 'set up: a published feed, its hub told' '
	feed_with_hub
'

test_expect_success 'a build killed (SIGKILL) while the hub holds its request: the next build tells the hub' '
	stopped_waiting KILL 137
'

test_expect_success 'a build stopped by SIGTERM while the hub holds its request: the same' '
	stopped_waiting TERM 143
'

test_expect_success 'a build whose hubs all answer leaves nothing pending' '
	set_conf "$T/feed" title "Told Times" &&
	: >"$T/hub.log" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	test_must_be_empty "$T/err" &&
	test "$(wc -l <"$T/hub.log")" -eq 1 &&
	test_path_is_missing "$state"
'

test_expect_success 'an unchanged build with nothing pending writes nothing ahead' '
	: >"$T/hub.log" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	test_must_be_empty "$T/hub.log" &&
	test_path_is_missing "$state" &&
	test_path_is_missing "$T/feed/..feedwright-hubs-pending"
'

pending_eio="before-rename:.feedwright-hubs-pending:fail=EIO"

test_expect_success HOOKS 'the file cannot be written ahead: a warning says what it risks, the hub is told all the same' '
	set_conf "$T/feed" title "Unwritten Times" &&
	: >"$T/hub.log" &&
	test_expect_code 0 env FEEDWRIGHT_TEST_HOOK="$pending_eio" \
	    "$FEEDWRIGHT_HOOKED" build "$T/feed" &&
	echo "feedwright: $state: warning: cannot write: Input/output error; if this build is stopped before the hubs answer, they are not told" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	requests hub >"$T/got" &&
	echo "POST /hub application/x-www-form-urlencoded $body" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	test_path_is_missing "$state" &&
	test_expect_code 0 env FEEDWRIGHT_TEST_HOOK="$pending_eio" \
	    "$FEEDWRIGHT_HOOKED" build -q "$T/feed" &&
	test_must_be_empty "$T/err"
'

test_expect_success HOOKS 'neither written ahead nor after, a hub not told: an error says it is not remembered' '
	echo 500 >"$T/answer" &&
	set_conf "$T/feed" title "Unwritten Times Two" &&
	test_expect_code 6 env FEEDWRIGHT_TEST_HOOK="$pending_eio" \
	    "$FEEDWRIGHT_HOOKED" build "$T/feed" &&
	line=$(grep -n "^hub = " "$conf" | cut -d: -f1) &&
	cat >"$T/want" <<-EOF &&
	feedwright: $state: warning: cannot write: Input/output error; if this build is stopped before the hubs answer, they are not told
	feedwright: $conf:$line: cannot notify hub $hub of https://example.org/news/atom.xml, https://example.org/news/rss.xml, and https://example.org/news/feed.json: the hub answered with status 500; the feeds are published
	feedwright: $state: cannot write: Input/output error; the hubs not told are not remembered
	EOF
	test_cmp "$T/want" "$T/err" &&
	test_path_is_missing "$state"
'

test_expect_success HOOKS 'written ahead but not after: a warning, and the next build tells the hub again' '
	set_conf "$T/feed" title "Half Written Times" &&
	hook_start first hubs-told "$T/feed" &&
	first=$hook_pid &&
	{ echo "$head" && all_three; } >"$T/want" &&
	test_cmp "$T/want" "$state" &&
	mv "$state" "$T/state.ahead" &&
	mkdir "$state" &&
	hook_go first &&
	hook_wait "$first" &&
	test "$status" -eq 6 &&
	test_contains "$T/first.err" "feedwright: $state: warning: cannot write: Is a directory; the next build tells the hubs again" &&
	test_lacks "$T/first.err" "not remembered" &&
	rmdir "$state" &&
	mv "$T/state.ahead" "$state" &&
	told_of_all_and_forgotten
'

test_expect_success HOOKS 'SIGTERM while the set is renamed: the set is published whole, the hubs owed written, then the build ends' '
	echo ok >"$T/answer" &&
	set_conf "$T/feed" title "Renamed Times" &&
	hook_start renaming before-rename:atom.xml "$T/feed" &&
	renaming=$hook_pid &&
	kill -TERM "$renaming" &&
	hook_go renaming &&
	hook_wait "$renaming" &&
	test "$status" -eq 143 &&
	test_contains "$pub/atom.xml" "<title>Renamed Times</title>" &&
	test_contains "$pub/rss.xml" "<title>Renamed Times</title>" &&
	{ echo "$head" && all_three; } >"$T/want" &&
	test_cmp "$T/want" "$state" &&
	told_of_all_and_forgotten
'

test_done
