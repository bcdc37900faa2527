#!/bin/sh
# A write that fails for want of room: a file-size limit (ulimit -f; the
# build ignores SIGXFSZ, so write() fails with EFBIG and it says so), and,
# when mounting is permitted, a real full file system (a tiny tmpfs). The
# published feed stays byte for byte, not even touched, the exit status is
# 3, and no temporary file is left.
. "$SRCDIR/tests/lib.sh"

pub=$T/feed/public
mnt=
trap 'if [ -n "$mnt" ]; then umount "$mnt"; fi; rm -rf "$T"' EXIT

# intact: the published feed is what it was (the same files, inodes and
# times), and nothing else is there.
intact() {
	for _f in "$T/before"/*; do
		cmp "$_f" "$pub/${_f##*/}" || return 1
	done &&
	stat -c '%n %i %y' "$pub"/* >"$T/stat.after" &&
	test_cmp "$T/stat.before" "$T/stat.after" &&
	test -z "$(ls -A "$pub" | grep '^\.')"
}

test_expect_success 'set up: a feed of one record, built, then 3000 more records (several MB)' '
	new_feed "$T/feed" &&
	set_conf "$T/feed" max-entries 100000 &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	mkdir "$T/before" && cp -p "$pub"/* "$T/before/" &&
	stat -c "%n %i %y" "$pub"/* >"$T/stat.before" &&
	awk -v n=3000 -v dir="$T/feed/articles" -f "$SRCDIR/tests/data/cron/records.awk"
'

# ulimit -f counts 512-byte blocks in sh (POSIX), 1024 in bash: 200 is at
# most 200 KiB, more than the old feed and far less than the new one.
test_expect_success 'a file-size limit: status 3, one error naming the file and the cause' '
	test_expect_code 3 sh -c "ulimit -f 200 && exec \"\$@\"" sh "$FEEDWRIGHT" build "$T/feed" &&
	echo "feedwright: $pub/atom.xml: cannot write: File too large; nothing was published" >"$T/want" &&
	test_cmp "$T/want" "$T/err"
'

test_expect_success 'a file-size limit: the published feed is intact, no temporary file left' '
	intact
'

mkdir "$T/small"
if test_have_prereq ROOT &&
    mount -t tmpfs -o size=300k,mode=0755 feedwright-test "$T/small" 2>/dev/null; then
	mnt=$T/small
	test_set_prereq TMPFS
fi

test_expect_success TMPFS 'a full file system (a 300 KiB tmpfs): status 3, and the error says so' '
	cp -p "$T/before"/* "$T/small/" &&
	pub=$T/small &&
	stat -c "%n %i %y" "$pub"/* >"$T/stat.before" &&
	test_expect_code 3 "$FEEDWRIGHT" build -o "$T/small" "$T/feed" &&
	echo "feedwright: $pub/atom.xml: cannot write: No space left on device; nothing was published" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	df -k "$T/small"
'

test_expect_success TMPFS 'a full file system: the published feed is intact, no temporary file left' '
	intact
'

test_done
