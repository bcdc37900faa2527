#!/bin/sh
# SIGKILL in the middle of a large build (20,000 records): the published
# feed stays byte for byte, the killed build's lock dies with it, and the
# next run removes the temporary files it left and publishes. A temporary
# file some live process still holds (locked) is never removed, nor is a
# file that only looks like one. SIGTERM is caught: the build removes its
# temporary files itself.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/data/cron/freeze.sh"

new_feed "$T/feed"
set_conf "$T/feed" max-entries 100000
awk -v n=20000 -v dir="$T/feed/articles" -f "$SRCDIR/tests/data/cron/records.awk"
pub=$T/feed/public

run "$FEEDWRIGHT" build "$T/feed"
expect_status "build 20000 records" 0

# Stop a build of an edited feed mid-write, then kill it. When a try misses
# (the build ended first), its feed is the old one of the next try.
mkdir "$T/before"
caught=no
for try in 1 2 3 4 5; do
	rm -f "$T/before"/*
	cp -p "$pub"/* "$T/before/"
	echo "Edit $try." >>"$T/feed/articles/rec-00000.txt"
	if freeze "$pub" "$T/feed"; then caught=yes; break; fi
done
expect_eq "a build is caught mid-write" "$caught" yes
ls -A "$pub" | grep '^\.' >"$T/tmpfiles"
check "temporary files exist" test -s "$T/tmpfiles"
tmp_atom=$pub/$(grep '^\.atom\.xml\.' "$T/tmpfiles")
size=$(stat -c %s "$tmp_atom")
echo "# caught at try $try, the temporary atom.xml holding $size bytes"
check "the temporary atom.xml is partly written" \
    test "$size" -gt 0 -a "$size" -lt "$(stat -c %s "$T/before/atom.xml")"
kill_frozen
expect_eq "the build died of SIGKILL" "$frozen_status" 137
for f in "$T/before"/*; do
	expect_same_file "after SIGKILL, $(basename "$f") is byte for byte the old one" "$pub/$(basename "$f")" "$f"
done
check "the killed build left its temporary files" has_tmp "$pub"

# Files the cleanup must leave: one a live process holds, and look-alikes.
echo live >"$pub/.atom.xml.LiVe01"
echo keep >"$pub/.atom.xml.keep"
echo keep >"$pub/.atom.xml.ABCDEFG"
echo keep >"$pub/.other.xml.ABCDEF"
mkfifo "$T/release"
flock "$pub/.atom.xml.LiVe01" sh -c ': >"$1/held"; read _ <"$1/release"' sh "$T" &
flock_pid=$!
pids="$pids $flock_pid"
wait_for "flock to take the lock" test -e "$T/held"

run "$FEEDWRIGHT" build --no-wait "$T/feed"
expect_status "the next run does not wait: the lock died with the build" 0
while read -r name; do
	expect_contains "it reports removing $name" "$T/err" \
	    "feedwright: $pub/$name: warning: removed a temporary file left by an interrupted build"
	check "and removes $name" test ! -e "$pub/$name"
done <"$T/tmpfiles"
expect_eq "it reports nothing else" "$(grep -vc 'removed a temporary file' "$T/err")" 0
check "a temporary file a live process holds is kept" test -e "$pub/.atom.xml.LiVe01"
for f in .atom.xml.keep .atom.xml.ABCDEFG .other.xml.ABCDEF; do
	check "$f is not ours and is kept" test -e "$pub/$f"
done
expect_contains "the next run publishes the edit" "$pub/atom.xml" "Edit $try."
check "atom.xml is well-formed" xmllint --noout --nonet "$pub/atom.xml"
check "rss.xml is well-formed" xmllint --noout --nonet "$pub/rss.xml"

echo >"$T/release"
wait "$flock_pid"
run "$FEEDWRIGHT" build -q "$T/feed"
expect_status "once released" 0
expect_eq "-q: no warning" "$(cat "$T/err")" ""
check "the released temporary file is removed" test ! -e "$pub/.atom.xml.LiVe01"
rm -f "$pub/.atom.xml.keep" "$pub/.atom.xml.ABCDEFG" "$pub/.other.xml.ABCDEF"
expect_eq "the output folder is clean" "$(ls -A "$pub" | grep -c '^\.')" 0

# SIGTERM (what timeout(1) and shutdown send) mid-write: the build removes
# its own temporary files before it dies; nothing waits for the next run.
caught=no
for try in 1 2 3 4 5; do
	rm -f "$T/before"/*
	cp -p "$pub"/* "$T/before/"
	echo "Term $try." >>"$T/feed/articles/rec-00000.txt"
	if freeze "$pub" "$T/feed"; then caught=yes; break; fi
done
expect_eq "a build is caught mid-write again" "$caught" yes
check "its temporary files exist" has_tmp "$pub"
kill -TERM "$frozen_pid"
thaw
expect_eq "the build died of SIGTERM" "$frozen_status" 143
expect_eq "SIGTERM: no temporary file left" "$(ls -A "$pub" | grep -c '^\.')" 0
for f in "$T/before"/*; do
	expect_same_file "after SIGTERM, $(basename "$f") is the old one" "$pub/$(basename "$f")" "$f"
done
run "$FEEDWRIGHT" build --no-wait "$T/feed"
expect_status "after SIGTERM, the next run" 0
expect_eq "and has nothing to clean up" "$(cat "$T/err")" ""

finish
