#!/bin/sh
# A write that fails for want of room: a file-size limit (ulimit -f; the
# build ignores SIGXFSZ, so write() fails with EFBIG and it says so), and,
# when mounting is permitted, a real full file system (a tiny tmpfs). The
# published feed stays byte for byte, the exit status is 3, and no
# temporary file is left.
. "$SRCDIR/tests/lib.sh"

mnt=
trap 'if [ -n "$mnt" ]; then umount "$mnt"; fi; rm -rf "$T"' EXIT


new_feed "$T/feed"
set_conf "$T/feed" max-entries 100000
pub=$T/feed/public

run "$FEEDWRIGHT" build "$T/feed"
expect_status "first build (one record)" 0
mkdir "$T/before"
cp -p "$pub"/* "$T/before/"
stat -c '%n %i %y' "$pub"/* >"$T/stat.before"

# 3000 more records: several MB, far over the limits below.
awk -v n=3000 -v dir="$T/feed/articles" -f "$SRCDIR/tests/data/cron/records.awk"

# intact WHAT: the published feed is what it was, and nothing else is there.
intact() {
	for f in "$T/before"/*; do
		expect_same_file "$1: $(basename "$f") is the old one" "$pub/$(basename "$f")" "$f"
	done
	stat -c '%n %i %y' "$pub"/* >"$T/stat.after"
	expect_same_file "$1: not even touched" "$T/stat.after" "$T/stat.before"
	expect_eq "$1: no temporary file left" "$(ls -A "$pub" | grep -c '^\.')" 0
}

# ulimit -f counts 512-byte blocks in sh (POSIX), 1024 in bash: 200 is at
# most 200 KiB, more than the old feed and far less than the new one.
sh -c 'ulimit -f 200 && exec "$@"' sh "$FEEDWRIGHT" build "$T/feed" >"$T/out" 2>"$T/err"
status=$?
expect_status "file-size limit" 3
expect_eq "file-size limit: one error, naming the file and the cause" "$(cat "$T/err")" \
    "feedwright: $pub/atom.xml: cannot write: File too large; nothing was published"
intact "file-size limit"

# A full file system: the output folder on a 300 KiB tmpfs.
mkdir "$T/small"
if mount -t tmpfs -o size=300k,mode=0755 feedwright-test "$T/small" 2>/dev/null; then
	mnt=$T/small
	cp -p "$T/before"/* "$T/small/"
	pub=$T/small
	stat -c '%n %i %y' "$pub"/* >"$T/stat.before"
	run "$FEEDWRIGHT" build -o "$T/small" "$T/feed"
	expect_status "full file system" 3
	expect_eq "full file system: the error says so" "$(cat "$T/err")" \
	    "feedwright: $pub/atom.xml: cannot write: No space left on device; nothing was published"
	intact "full file system"
	df -k "$T/small" | sed 's/^/# /'
	umount "$T/small"
	mnt=
else
	skip "full file system" "mounting a tmpfs is not permitted here"
fi

finish
