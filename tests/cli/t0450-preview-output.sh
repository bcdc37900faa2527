#!/bin/sh
# What gets printed when, and the previews: silent on success, -v one
# summary line per feed, -q errors only; --dry-run builds and checks and
# says what would change, publishing nothing; --stdout writes one format
# to standard output; --skip-bad-records publishes without the bad records
# and exits 5 so that cron still mails.
. "$SRCDIR/tests/lib.sh"

new_feed "$T/feed"
awk -v n=3 -v dir="$T/feed/articles" -f "$SRCDIR/tests/data/cron/records.awk"
pub=$T/feed/public
mkdir "$T/tmp"
TMPDIR=$T/tmp
export TMPDIR

# --dry-run on a feed never built: nothing is created, not even the folder.
run "$FEEDWRIGHT" build --dry-run "$T/feed"
expect_status "--dry-run" 0
expect_contains "--dry-run: atom.xml would be created" "$T/out" \
    "$pub/atom.xml: would be created (4 entries, "
expect_contains "--dry-run: rss.xml would be created" "$T/out" \
    "$pub/rss.xml: would be created (4 entries, "
expect_eq "--dry-run: nothing on stderr" "$(cat "$T/err")" ""
check "--dry-run publishes nothing" test ! -e "$pub"
check "--dry-run takes no lock" test ! -e "$T/feed/.feedwright.lock"
expect_eq "--dry-run leaves TMPDIR clean" "$(ls -A "$T/tmp")" ""

run "$FEEDWRIGHT" build -v "$T/feed"
expect_status "build -v" 0
expect_eq "-v: nothing on stdout" "$(cat "$T/out")" ""
expect_eq "-v: one line" "$(wc -l <"$T/err")" 1
check "-v: entries, bytes, published, time" grep -qE \
    "^feedwright: $T/feed: 4 entries, atom\.xml [0-9]+ bytes published, rss\.xml [0-9]+ bytes published.*, [0-9]+\.[0-9]{2} s$" "$T/err"
check "-v: the bytes are the file's" grep -qF "atom.xml $(stat -c %s "$pub/atom.xml") bytes published" "$T/err"

run "$FEEDWRIGHT" build --dry-run "$T/feed"
expect_contains "--dry-run after a build: unchanged" "$T/out" \
    "$pub/atom.xml: unchanged (4 entries, $(stat -c %s "$pub/atom.xml") bytes)"

stat -c '%n %i %y' "$pub"/* >"$T/stat.before"
cp "$pub/atom.xml" "$T/atom.before"
sed -i 's/^Second paragraph of record 1\.$/Changed./' "$T/feed/articles/rec-00001.txt"
run "$FEEDWRIGHT" build --dry-run "$T/feed"
expect_status "--dry-run after an edit" 0
expect_contains "--dry-run: atom.xml would be replaced" "$T/out" "$pub/atom.xml: would be replaced (4 entries, "
stat -c '%n %i %y' "$pub"/* >"$T/stat.after"
expect_same_file "--dry-run touches no published file" "$T/stat.after" "$T/stat.before"

# --stdout: the bytes a build would publish.
run "$FEEDWRIGHT" build --stdout atom "$T/feed"
expect_status "--stdout atom" 0
expect_eq "--stdout: nothing on stderr" "$(cat "$T/err")" ""
cp "$T/out" "$T/stdout.atom"
run "$FEEDWRIGHT" build -q "$T/feed"
expect_same_file "--stdout atom gives what build publishes" "$T/stdout.atom" "$pub/atom.xml"
run "$FEEDWRIGHT" build --stdout rss "$T/feed"
expect_same_file "--stdout rss gives what build publishes" "$T/out" "$pub/rss.xml"
expect_eq "--stdout leaves TMPDIR clean" "$(ls -A "$T/tmp")" ""
"$FEEDWRIGHT" build --stdout atom "$T/feed" >/dev/full 2>"$T/err"
expect_eq "--stdout to a full device (exit status)" "$?" 3
expect_eq "--stdout to a full device: the message" "$(cat "$T/err")" \
    "feedwright: cannot write to standard output: No space left on device"
run "$FEEDWRIGHT" build --stdout nonesuch "$T/feed"
expect_status "--stdout with an unknown format" 2
run "$FEEDWRIGHT" build --stdout atom "$T/feed" "$T/feed"
expect_status "--stdout with two feeds" 2
run "$FEEDWRIGHT" build --stdout atom --dry-run "$T/feed"
expect_status "--stdout with --dry-run" 2

# Bad records: by default nothing is published; with --skip-bad-records
# the good ones are, each bad one is named, and the status is 5.
cp "$pub/atom.xml" "$T/atom.before"
printf 'Only a title\n' >"$T/feed/articles/bad-1.txt"
printf 'Title\n\nAuthor\n\nnobody | 2025-01-01 00:00:00\n\nBody.\n' >"$T/feed/articles/bad-2.txt"
sed -i 's/^Changed\.$/Changed again./' "$T/feed/articles/rec-00001.txt"
run "$FEEDWRIGHT" build "$T/feed"
expect_status "bad records" 1
expect_eq "bad records: each named, and nothing published" "$(cat "$T/err")" \
"feedwright: $T/feed/articles/bad-1.txt:1: missing author name after the title
feedwright: $T/feed/articles/bad-2.txt:5: invalid email address \"nobody\"
feedwright: $T/feed: 2 of 6 records are bad; nothing was published"
expect_same_file "bad records: the old feed stays" "$pub/atom.xml" "$T/atom.before"

run "$FEEDWRIGHT" build --dry-run --skip-bad-records "$T/feed"
expect_status "--dry-run --skip-bad-records" 5
expect_same_file "--dry-run --skip-bad-records publishes nothing" "$pub/atom.xml" "$T/atom.before"

run "$FEEDWRIGHT" build --skip-bad-records "$T/feed"
expect_status "--skip-bad-records" 5
expect_eq "--skip-bad-records: each bad record on stderr" "$(cat "$T/err")" \
"feedwright: $T/feed/articles/bad-1.txt:1: missing author name after the title
feedwright: $T/feed/articles/bad-2.txt:5: invalid email address \"nobody\"
feedwright: $T/feed: 2 of 6 records are bad and are left out (--skip-bad-records)"
expect_contains "--skip-bad-records: the good records are published" "$pub/atom.xml" "Changed again."
expect_lacks "--skip-bad-records: not the bad ones" "$pub/atom.xml" "Only a title"
run "$FEEDWRIGHT" build -q --skip-bad-records "$T/feed"
expect_status "--skip-bad-records, unchanged" 5
expect_eq "-q still names the bad records" "$(grep -c 'bad-[12].txt' "$T/err")" 2
run "$FEEDWRIGHT" build -v --skip-bad-records "$T/feed"
expect_contains "-v counts what was left out" "$T/err" "4 entries (2 bad records left out), atom.xml"
rm "$T/feed/articles/rec-"*.txt "$T/feed/articles/000_"*.txt
run "$FEEDWRIGHT" build --skip-bad-records "$T/feed"
expect_status "--skip-bad-records with only bad records" 1
expect_contains "only bad records: said" "$T/err" "feedwright: $T/feed: all 2 records are bad; nothing was published"
expect_eq "no temporary file left" "$(ls -A "$pub" | grep -c '^\.')" 0

finish
