#!/bin/sh
# A read-only output folder: no temporary file can be created, the exit
# status is 3, the message names the folder and the published feed stays.
# As root, mode bits stop nothing, so the build runs as an unprivileged
# user (setpriv or runuser), and a read-only bind mount is tried too. A
# folder where a file goes stops the build before anything is published.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hooks.sh"

pub=$T/feed/public
mnt= lock_pid=
trap 'kill -9 $lock_pid 2>/dev/null; if [ -n "$mnt" ]; then umount "$mnt"; fi; rm -rf "$T"' EXIT


# intact: the published feed is the old one, and nothing else is there.
intact() {
	for _f in "$T/before"/*; do
		cmp "$_f" "$pub/${_f##*/}" || return 1
	done &&
	test -z "$(ls -A "$pub" | grep '^\.')"
}

chmod 755 "$T"		# so that the unprivileged user can reach the feed

test_expect_success 'set up: a published feed, an edit, and an output folder the build user cannot write' '
	new_feed "$T/feed" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	mkdir "$T/before" && cp -p "$pub"/* "$T/before/" &&
	echo "Edited." >>"$T/feed/articles/000_da7d4b23b93f851d.txt" &&
	chmod -R a+rX "$T/feed" &&
	if [ "$(id -u)" -ne 0 ]; then chmod a-w "$pub"; fi &&
	! as_user test -w "$pub"
'

test_expect_success 'a read-only output folder: status 3, the message names the folder' '
	test_expect_code 3 as_user "$FEEDWRIGHT" build "$T/feed" &&
	echo "feedwright: $pub: cannot create a temporary file: Permission denied" >"$T/want" &&
	test_cmp "$T/want" "$T/err"
'

test_expect_success 'a read-only output folder: the published feed stays, no temporary file left' '
	intact
'

# A feed folder the user cannot write, and no lock file in it: the lock is
# taken on the folder itself, and a build into a folder it can write works.
test_expect_success 'a read-only feed folder without a lock file: the build publishes elsewhere, silently' '
	test_expect_code 0 "$FEEDWRIGHT" build -q -o "$T/pub0" "$T/feed" &&	# the edit in the ledger
	rm "$T/feed/.feedwright.lock" &&
	mkdir "$T/pub2" &&
	if [ "$(id -u)" -eq 0 ]; then chown nobody "$T/pub2"; else chmod a-w "$T/feed"; fi &&
	test_expect_code 0 as_user "$FEEDWRIGHT" build -o "$T/pub2" "$T/feed" &&
	test_must_be_empty "$T/err" &&
	test -f "$T/pub2/atom.xml" &&
	test ! -e "$T/feed/.feedwright.lock"
'

test_expect_success 'then the lock is the feed folder itself (status 4 while another holds it)' '
	test_when_finished "chmod u+w \"$T/feed\" \"$pub\"" &&
	hold_lock folder "$T/feed" &&
	test_expect_code 4 as_user "$FEEDWRIGHT" build --no-wait -o "$T/pub2" "$T/feed" &&
	echo "feedwright: $T/feed/.feedwright.lock: another build of this feed is running; not waiting (--no-wait)" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	release_lock folder &&
	intact
'

if test_have_prereq ROOT && mount --bind "$pub" "$pub" 2>/dev/null; then
	mnt=$pub
	if mount -o remount,ro,bind "$pub" 2>/dev/null; then
		test_set_prereq ROFS
	fi
fi

test_expect_success ROFS 'a read-only file system: status 3 for root too, the feed intact' '
	test_expect_code 3 "$FEEDWRIGHT" build "$T/feed" &&
	echo "feedwright: $pub: cannot create a temporary file: Read-only file system" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	intact
'

if [ -n "$mnt" ]; then
	umount "$mnt"
	mnt=
fi

test_expect_success 'writable again: the edit is published' '
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	grep -F "Edited." "$pub/atom.xml"
'

test_expect_success 'a folder where rss.xml goes: status 3 before anything is published' '
	rm -rf "$T/before" && mkdir "$T/before" && cp -p "$pub"/* "$T/before/" &&
	rm "$pub/rss.xml" "$T/before/rss.xml" && mkdir "$pub/rss.xml" &&
	echo "Edited again." >>"$T/feed/articles/000_da7d4b23b93f851d.txt" &&
	test_expect_code 3 "$FEEDWRIGHT" build "$T/feed" &&
	echo "feedwright: $pub/rss.xml: cannot publish: Is a directory; nothing was published" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	intact
'

test_done
