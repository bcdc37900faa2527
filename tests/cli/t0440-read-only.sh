#!/bin/sh
# A read-only output folder: no temporary file can be created, the exit
# status is 3, the message names the folder and the published feed stays.
# As root, mode bits stop nothing, so the build runs as an unprivileged
# user (setpriv or runuser), and a read-only bind mount is tried too.
. "$SRCDIR/tests/lib.sh"

mnt=
trap 'if [ -n "$mnt" ]; then umount "$mnt"; fi; rm -rf "$T"' EXIT


# as_user CMD...: runs CMD as an unprivileged user when we are root.
as_user() {
	if [ "$(id -u)" -ne 0 ]; then
		"$@"
	elif command -v setpriv >/dev/null 2>&1; then
		setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"
	else
		runuser -u nobody -- "$@"
	fi
}

chmod 755 "$T"		# so that the unprivileged user can reach the feed
new_feed "$T/feed"
pub=$T/feed/public
run "$FEEDWRIGHT" build "$T/feed"
expect_status "first build" 0
mkdir "$T/before"
cp -p "$pub"/* "$T/before/"
echo "Edited." >>"$T/feed/articles/000_da7d4b23b93f851d.txt"
chmod -R a+rX "$T/feed"
if [ "$(id -u)" -ne 0 ]; then
	chmod a-w "$pub"
fi

intact() {
	for f in "$T/before"/*; do
		expect_same_file "$1: $(basename "$f") is the old one" "$pub/$(basename "$f")" "$f"
	done
	expect_eq "$1: no temporary file left" "$(ls -A "$pub" | grep -c '^\.')" 0
}

# The feed folder and output folder belong to root (or are read-only); the
# lock file exists, readable: a lock needs no write access.
if as_user test -w "$pub"; then
	fail "the build's user cannot write the output folder"
else
	pass "the build's user cannot write the output folder"
fi
as_user "$FEEDWRIGHT" build "$T/feed" >"$T/out" 2>"$T/err"
status=$?
expect_status "read-only output folder" 3
expect_eq "read-only output folder: the message" "$(cat "$T/err")" \
    "feedwright: $pub: cannot create a temporary file: Permission denied"
intact "read-only output folder"

# A feed folder the user cannot write, and no lock file in it: the lock is
# taken on the folder itself, and a build into a folder it can write works.
rm "$T/feed/.feedwright.lock"
mkdir "$T/pub2"
if [ "$(id -u)" -eq 0 ]; then
	chown nobody "$T/pub2"
else
	chmod a-w "$T/feed"
fi
as_user "$FEEDWRIGHT" build -o "$T/pub2" "$T/feed" >"$T/pub2.log" 2>"$T/err"
expect_eq "read-only feed folder, no lock file (exit status)" "$?" 0
expect_eq "read-only feed folder: silent" "$(cat "$T/err")" ""
check "read-only feed folder: published" test -f "$T/pub2/atom.xml"
check "read-only feed folder: no lock file made" test ! -e "$T/feed/.feedwright.lock"
mkfifo "$T/release"
flock "$T/feed" sh -c ': >"$1/held"; read _ <"$1/release"' sh "$T" &
flock_pid=$!
i=0
until [ -e "$T/held" ] || [ $i -gt 6000 ]; do i=$((i + 1)); sleep 0.01; done
as_user "$FEEDWRIGHT" build --no-wait -o "$T/pub2" "$T/feed" >"$T/pub2.log" 2>"$T/err"
expect_eq "then the lock is the folder's (exit status)" "$?" 4
echo >"$T/release"
wait "$flock_pid"
chmod u+w "$T/feed"
intact "read-only feed folder"
chmod u+w "$pub"

# A read-only bind mount: EROFS, for root too.
if [ "$(id -u)" -eq 0 ] && mount --bind "$pub" "$pub" 2>/dev/null; then
	mnt=$pub
	if mount -o remount,ro,bind "$pub" 2>/dev/null; then
		run "$FEEDWRIGHT" build "$T/feed"
		expect_status "read-only file system" 3
		expect_eq "read-only file system: the message" "$(cat "$T/err")" \
		    "feedwright: $pub: cannot create a temporary file: Read-only file system"
		intact "read-only file system"
	else
		skip "read-only file system" "remounting read-only is not permitted here"
	fi
	umount "$pub"
	mnt=
else
	skip "read-only file system" "bind mounts are not permitted here"
fi

run "$FEEDWRIGHT" build "$T/feed"
expect_status "writable again" 0
expect_contains "the edit is published" "$pub/atom.xml" "Edited."

# The rename itself fails: a folder stands where rss.xml goes.
rm "$pub/rss.xml"
mkdir "$pub/rss.xml"
echo "Edited again." >>"$T/feed/articles/000_da7d4b23b93f851d.txt"
run "$FEEDWRIGHT" build "$T/feed"
expect_status "rename over a folder" 3
expect_eq "rename over a folder: the message" "$(cat "$T/err")" \
    "feedwright: $pub/rss.xml: cannot publish: Is a directory"
expect_eq "rename over a folder: no temporary file left" "$(ls -A "$pub" | grep -c '^\.')" 0

finish
