#!/bin/sh
# One build of a feed at a time: a flock on FEEDDIR/.feedwright.lock. The
# test holds that lock itself (flock(1)) to show --no-wait and the bounded
# --wait, and freezes a real build mid-write (tests/data/cron/freeze.sh)
# to run a second one against it. No sleeps stand in for synchronisation.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/data/cron/freeze.sh"

new_feed "$T/feed"
set_conf "$T/feed" max-entries 100000
awk -v n=10000 -v dir="$T/feed/articles" -f "$SRCDIR/tests/data/cron/records.awk"
pub=$T/feed/public
lock=$T/feed/.feedwright.lock

run "$FEEDWRIGHT" build "$T/feed"
expect_status "first build" 0
check "the lock file is in the feed folder" test -f "$lock"
check "and not in the output folder, which is served" test ! -e "$pub/.feedwright.lock"
mkdir "$T/before"
cp -p "$pub"/* "$T/before/"

# hold_lock: the test takes the lock, as another build would.
mkfifo "$T/release"
flock "$lock" sh -c ': >"$1/held"; read _ <"$1/release"' sh "$T" &
pids="$pids $!"
flock_pid=$!
wait_for "flock to take the lock" test -e "$T/held"

run "$FEEDWRIGHT" build --no-wait "$T/feed"
expect_status "--no-wait while the lock is held" 4
expect_eq "--no-wait says why" "$(cat "$T/err")" \
    "feedwright: $lock: another build of this feed is running; not waiting (--no-wait)"
run "$FEEDWRIGHT" build -q --no-wait "$T/feed"
expect_status "-q --no-wait" 4
expect_contains "-q still prints the error" "$T/err" "another build of this feed is running"

start=$(date +%s%N)
run "$FEEDWRIGHT" build --wait 1 "$T/feed"
end=$(date +%s%N)
expect_status "--wait 1 while the lock is held" 4
expect_eq "--wait 1 says why" "$(cat "$T/err")" \
    "feedwright: $lock: another build of this feed is running; gave up after 1 s"
check "--wait 1 waited at least a second" test $((end - start)) -ge 1000000000
check "--wait 1 gave up within a few seconds" test $((end - start)) -lt 10000000000

for f in "$T/before"/*; do
	expect_same_file "lock busy: $(basename "$f") untouched" "$pub/$(basename "$f")" "$f"
done
expect_eq "lock busy: no temporary file" "$(ls -A "$pub" | grep -c '^\.')" 0

run "$FEEDWRIGHT" build --dry-run "$T/feed"
expect_status "--dry-run takes no lock" 0
run "$FEEDWRIGHT" build --stdout atom "$T/feed"
expect_status "--stdout takes no lock" 0

# A build that finds the lock held waits for it (default: up to 60 s).
timeout 300 "$FEEDWRIGHT" build "$T/feed" >"$T/w.out" 2>"$T/w.err" &
w_pid=$!
pids="$pids $w_pid"
if can_see_open_files; then
	wait_for "the build to open the lock file" holds_open "$w_pid" "$lock"
	check "the second build is waiting" kill -0 "$w_pid"
fi
echo >"$T/release"
wait "$flock_pid"
wait "$w_pid"
expect_eq "the waiting build succeeds once the lock is free" "$?" 0
expect_eq "and is silent" "$(cat "$T/w.out" "$T/w.err")" ""

# Two real builds at once: the first stopped mid-write, holding the lock.
caught=no
for try in 1 2 3 4 5; do
	echo "Edit $try." >>"$T/feed/articles/rec-09999.txt"
	if freeze "$pub" "$T/feed"; then caught=yes; break; fi
done
expect_eq "a build is caught mid-write" "$caught" yes
if [ "$caught" = yes ]; then
	run "$FEEDWRIGHT" build --no-wait "$T/feed"
	expect_status "a second build with --no-wait" 4
	timeout 300 "$FEEDWRIGHT" build "$T/feed" >"$T/b.out" 2>"$T/b.err" &
	b_pid=$!
	pids="$pids $b_pid"
	if can_see_open_files; then
		wait_for "the second build to open the lock file" holds_open "$b_pid" "$lock"
	fi
	check "the second build waits while the first writes" kill -0 "$b_pid"
	check "the first build's temporary files are still there" has_tmp "$pub"
	thaw
	expect_eq "the first build succeeds" "$frozen_status" 0
	wait "$b_pid"
	expect_eq "the second build succeeds" "$?" 0
	expect_eq "both are silent" "$(cat "$T/frozen.out" "$T/frozen.err" "$T/b.out" "$T/b.err")" ""
	"$FEEDWRIGHT" build -o "$T/ref" "$T/feed"
	for f in "$T/ref"/*; do
		expect_same_file "after two builds, $(basename "$f") is whole" "$pub/$(basename "$f")" "$f"
	done
	check "atom.xml is well-formed" xmllint --noout --nonet "$pub/atom.xml"
	expect_contains "the last edit is published" "$pub/atom.xml" "Edit $try."
	expect_eq "no temporary file left" "$(ls -A "$pub" | grep -c '^\.')" 0
fi

run "$FEEDWRIGHT" build --wait soon "$T/feed"
expect_status "--wait takes seconds" 2

finish
