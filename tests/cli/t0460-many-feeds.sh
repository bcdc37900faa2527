#!/bin/sh
# Many feeds: every feed is built, past failed ones; the exit status is the
# most serious of the feeds' (3, then 1, 4, 5, 0). --all finds the feed
# folders (those holding a feed.conf). The README's crontab line works as
# written, in cron's bare environment.
. "$SRCDIR/tests/lib.sh"

pids=
trap 'kill -9 $pids 2>/dev/null; rm -rf "$T"' EXIT

mkdir "$T/feeds"
for f in a-bad b-locked c-unwritable z-good; do
	new_feed "$T/feeds/$f"
done
echo "not a feed" >"$T/feeds/README"
mkdir "$T/feeds/not-a-feed"
printf 'Only a title\n' >"$T/feeds/a-bad/articles/bad.txt"
: >"$T/feeds/c-unwritable/out"		# a file where the output folder should be
set_conf "$T/feeds/c-unwritable" output out

# The test holds b-locked's lock, as a long build would.
mkfifo "$T/release"
flock "$T/feeds/b-locked/.feedwright.lock" sh -c ': >"$1/held"; read _ <"$1/release"' sh "$T" &
flock_pid=$!
pids="$pids $flock_pid"
i=0
until [ -e "$T/held" ] || [ $i -gt 6000 ]; do i=$((i + 1)); sleep 0.01; done

run "$FEEDWRIGHT" build --all --no-wait "$T/feeds"
expect_status "bad input, lock busy, write failure: write failure wins" 3
expect_contains "a-bad is reported" "$T/err" "feedwright: $T/feeds/a-bad/articles/bad.txt:1: missing author name"
expect_contains "b-locked is reported" "$T/err" "feedwright: $T/feeds/b-locked/.feedwright.lock: another build of this feed is running"
expect_contains "c-unwritable is reported" "$T/err" "feedwright: $T/feeds/c-unwritable/out: cannot create a temporary file: Not a directory"
check "z-good, after three failures, is built" test -f "$T/feeds/z-good/public/atom.xml"
check "a-bad is not published" test ! -e "$T/feeds/a-bad/public"
check "b-locked is not published" test ! -e "$T/feeds/b-locked/public"
expect_lacks "--all skips folders without feed.conf" "$T/err" "not-a-feed"
expect_lacks "--all skips files" "$T/err" "README"
expect_eq "one line per failure" "$(wc -l <"$T/err")" 4

rm -rf "$T/c-unwritable"
mv "$T/feeds/c-unwritable" "$T/c-unwritable"
run "$FEEDWRIGHT" build --all --no-wait "$T/feeds"
expect_status "bad input and lock busy: bad input wins" 1

run "$FEEDWRIGHT" build --all --no-wait --skip-bad-records "$T/feeds"
expect_status "lock busy and skipped records: lock busy wins" 4
check "a-bad is published without its bad record" test -f "$T/feeds/a-bad/public/atom.xml"

echo >"$T/release"
wait "$flock_pid"
run "$FEEDWRIGHT" build --all --skip-bad-records "$T/feeds"
expect_status "only skipped records" 5
rm "$T/feeds/a-bad/articles/bad.txt"
run "$FEEDWRIGHT" build --all "$T/feeds"
expect_status "all good" 0
expect_eq "all good: silent" "$(cat "$T/out" "$T/err")" ""
check "b-locked is published now" test -f "$T/feeds/b-locked/public/atom.xml"

# Feed folders named one by one (a shell glob) work the same; a glob also
# catches what is no feed folder, and says so.
run "$FEEDWRIGHT" build "$T/feeds/"*
expect_status "a glob with a stray file" 1
expect_eq "the stray file is named" "$(cat "$T/err")" \
    "feedwright: $T/feeds/README/feed.conf: cannot read: Not a directory
feedwright: $T/feeds/not-a-feed/feed.conf: cannot read: No such file or directory"
run "$FEEDWRIGHT" build -v "$T/feeds/a-bad" "$T/feeds/z-good"
expect_status "two feeds by name" 0
expect_eq "-v: one line per feed" "$(wc -l <"$T/err")" 2

mkdir "$T/empty"
run "$FEEDWRIGHT" build --all "$T/empty"
expect_status "--all on a folder without feeds" 1
expect_eq "--all on a folder without feeds: said" "$(cat "$T/err")" \
    "feedwright: $T/empty: no feed folders here (folders holding a feed.conf)"
run "$FEEDWRIGHT" build --all -o "$T/x" "$T/feeds"
expect_status "--all with -o" 2

# The README's crontab line, as written, with cron's environment: only the
# paths of the binary and the feeds are swapped for the test's.
line=$(awk '$1 == "*/15" && $6 ~ /feedwright$/ { print; exit }' "$SRCDIR/README.md")
check "the README has a crontab line" test -n "$line"
cmd=$(printf '%s\n' "$line" | awk '{ $1 = $2 = $3 = $4 = $5 = ""; sub(/^ +/, ""); print }')
bin=$(printf '%s\n' "$cmd" | awk '{ print $1 }')
cmd=$(printf '%s\n' "$cmd" | sed "s|^$bin |\"\$FEEDWRIGHT\" |; s|/srv/feeds|$T/srv/feeds|g")
echo "# crontab: $line"
echo "# runs:    $cmd"
mkdir -p "$T/srv/feeds" "$T/home"
cp -R "$T/feeds/z-good" "$T/srv/feeds/news"
cp -R "$T/feeds/a-bad" "$T/srv/feeds/world"
rm -rf "$T/srv/feeds/"*/public "$T/srv/feeds/"*/.feedwright.lock
cron() {
	(cd "$T/home" && env -i HOME="$T/home" LOGNAME=nobody SHELL=/bin/sh \
	    PATH=/usr/bin:/bin FEEDWRIGHT="$FEEDWRIGHT" /bin/sh -c "$cmd" </dev/null)
}
cron >"$T/out" 2>"$T/err"
status=$?
expect_status "the crontab line" 0
expect_eq "the crontab line mails nothing when all is well" "$(cat "$T/out" "$T/err")" ""
check "it publishes news" test -f "$T/srv/feeds/news/public/atom.xml"
check "it publishes world" test -f "$T/srv/feeds/world/public/atom.xml"
printf 'Only a title\n' >"$T/srv/feeds/world/articles/bad.txt"
cron >"$T/out" 2>"$T/err"
status=$?
expect_status "the crontab line with a bad record" 1
expect_contains "the crontab line mails the problem" "$T/err" "$T/srv/feeds/world/articles/bad.txt:1:"

finish
