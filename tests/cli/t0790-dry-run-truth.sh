#!/bin/sh
# --dry-run tells the truth (issue 10, item 8): it makes the checks the
# build makes before it publishes (the output folder exists or can be
# created, is no folder every user can write to, can take a temporary
# file; each output name is a file or absent; each file that will change
# can be replaced), and gives the build's exit status with the build's
# messages, while it publishes and leaves nothing.
. "$SRCDIR/tests/lib.sh"

pub=$T/feed/public
mnt=
trap 'if [ -n "$mnt" ]; then umount "$mnt"; fi; rm -rf "$T"' EXIT


# listing DIR: what is in DIR (dot files too), with sizes and times.
listing() { ls -lA --time-style=+%s.%N "$1" 2>&1; }

# agrees STATUS MESSAGE [--user] BUILD-ARGS...: --dry-run exits with
# STATUS, printing MESSAGE (exactly) on stderr and changing nothing in
# the output folder; then the real build gives the same status and
# message. With --user, both run as an unprivileged user.
agrees() {
	_st=$1 _msg=$2
	shift 2
	_as=
	if [ "$1" = --user ]; then _as=as_user; shift; fi
	listing "$pub" >"$T/before.ls"
	test_expect_code "$_st" $_as "$FEEDWRIGHT" build --dry-run "$@" &&
	printf "%s\n" "$_msg" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	test_must_be_empty "$T/out" &&
	listing "$pub" >"$T/after.ls" &&
	test_cmp "$T/before.ls" "$T/after.ls" &&
	test_expect_code "$_st" $_as "$FEEDWRIGHT" build "$@" &&
	test_cmp "$T/want" "$T/err"
}

chmod 755 "$T"		# so that the unprivileged user can reach the feed

test_expect_success 'set up: a published feed, then an edit that changes every file' '
	new_feed "$T/feed" &&
	"$FEEDWRIGHT" build "$T/feed" &&
	set_conf "$T/feed" title "The Other Times" &&
	chmod -R a+rX "$T/feed"
'

test_expect_success 'an output folder every user can write to: status 3 for both' '
	chmod o+w "$pub" &&
	test_when_finished "chmod o-w \"$pub\"" &&
	agrees 3 "feedwright: $pub: refusing to publish into a folder every user can write to (chmod o-w fixes it)" "$T/feed"
'

test_expect_success 'a folder where feed.json goes: status 3 for both' '
	mv "$pub/feed.json" "$T/feed.json.kept" && mkdir "$pub/feed.json" &&
	test_when_finished "rmdir \"$pub/feed.json\" && mv \"$T/feed.json.kept\" \"$pub/feed.json\"" &&
	agrees 3 "feedwright: $pub/feed.json: cannot publish: Is a directory; nothing was published" "$T/feed"
'

test_expect_success 'a named pipe where atom.xml goes: status 3 for both' '
	mv "$pub/atom.xml" "$T/atom.xml.kept" && mkfifo "$pub/atom.xml" &&
	test_when_finished "rm \"$pub/atom.xml\" && mv \"$T/atom.xml.kept\" \"$pub/atom.xml\"" &&
	agrees 3 "feedwright: $pub/atom.xml: cannot publish: not a regular file; nothing was published" "$T/feed"
'

test_expect_success 'a file where the output folder goes: status 3 for both' '
	echo "not a folder" >"$T/file" &&
	agrees 3 "feedwright: $T/file: not a folder; -o names the folder to publish into" -o "$T/file" "$T/feed"
'

test_expect_success 'a file where the output setting names a folder: status 3 for both' '
	cp -R "$T/feed" "$T/feed2" &&
	echo "not a folder" >"$T/feed2/pub-file" &&
	set_conf "$T/feed2" output pub-file &&
	agrees 3 "feedwright: $T/feed2/pub-file: not a folder, but the output folder is meant to be here" "$T/feed2"
'

test_expect_success 'an output folder that cannot be created below a file: status 3 for both' '
	agrees 3 "feedwright: $T/file/sub: cannot create folder: Not a directory" -o "$T/file/sub" "$T/feed" &&
	test -f "$T/file"
'

test_expect_success 'a read-only output folder: status 3 for both' '
	if [ "$(id -u)" -ne 0 ]; then
		chmod a-w "$pub" && test_when_finished "chmod u+w \"$pub\""
	fi &&
	! as_user test -w "$pub" &&
	agrees 3 "feedwright: $pub: cannot create a temporary file: Permission denied" --user "$T/feed"
'

test_expect_success 'an output folder that cannot be created in a read-only folder: status 3 for both' '
	mkdir "$T/ro" && chmod 755 "$T/ro" &&
	if [ "$(id -u)" -ne 0 ]; then
		chmod a-w "$T/ro" && test_when_finished "chmod u+w \"$T/ro\""
	fi &&
	agrees 3 "feedwright: $T/ro/sub: cannot create folder: Permission denied" --user -o "$T/ro/sub" "$T/feed" &&
	test ! -e "$T/ro/sub"
'

if test_have_prereq ROOT && : >"$T/probe" && chattr +i "$T/probe" 2>/dev/null; then
	chattr -i "$T/probe"
	test_set_prereq CHATTR
fi

test_expect_success CHATTR 'an immutable index.html (chattr +i): status 3 for both' '
	chattr +i "$pub/index.html" &&
	test_when_finished "chattr -i \"$pub/index.html\"" &&
	agrees 3 "feedwright: $pub/index.html: cannot publish: Operation not permitted; nothing was published" "$T/feed"
'

if test_have_prereq ROOT && mkdir "$T/rofs" && mount --bind "$T/rofs" "$T/rofs" 2>/dev/null; then
	mnt=$T/rofs
	if mount -o remount,ro,bind "$T/rofs" 2>/dev/null; then
		test_set_prereq ROFS
	fi
fi

test_expect_success ROFS 'an output folder on a read-only file system: status 3 for both' '
	agrees 3 "feedwright: $T/rofs: cannot create a temporary file: Read-only file system" -o "$T/rofs" "$T/feed"
'

test_expect_success 'a feed folder that cannot take the new ledger, the output folder elsewhere: status 3 for both' '
	L=$T/ledger-ro && mkdir "$L" && chmod 755 "$L" &&
	new_feed "$L/feed" && mkdir "$L/out" &&
	set_conf "$L/feed" output "$L/out" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$L/feed" &&
	sed -i "s/^Kyiv, Ukraine/Kyiv/" "$L/feed/articles/"*.txt &&
	chmod -R a+rX "$L" &&
	if [ "$(id -u)" -eq 0 ]; then
		chown -R nobody "$L/out"
	else
		chmod a-w "$L/feed" && test_when_finished "chmod u+w \"$L/feed\""
	fi &&
	! as_user test -w "$L/feed" && as_user test -w "$L/out" &&
	listing "$L/feed" >"$T/before.ls" &&
	test_expect_code 3 as_user "$FEEDWRIGHT" build --dry-run "$L/feed" &&
	echo "feedwright: $L/feed/ledger.tsv: cannot create a temporary file: Permission denied; nothing was published" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	test_must_be_empty "$T/out" &&
	listing "$L/feed" >"$T/after.ls" &&
	test_cmp "$T/before.ls" "$T/after.ls" &&
	test_expect_code 3 as_user "$FEEDWRIGHT" build "$L/feed" &&
	test_cmp "$T/want" "$T/err"
'

test_expect_success 'the same feed folder builds, dry run or not, when the ledger stays the same' '
	if [ "$(id -u)" -eq 0 ]; then
		chown -R nobody "$L/feed"
	else
		chmod u+w "$L/feed"
	fi &&
	test_expect_code 0 as_user "$FEEDWRIGHT" build "$L/feed" &&
	if [ "$(id -u)" -eq 0 ]; then
		chown root "$L/feed"
	else
		chmod a-w "$L/feed" && test_when_finished "chmod u+w \"$L/feed\""
	fi &&
	! as_user test -w "$L/feed" &&
	test_expect_code 0 as_user "$FEEDWRIGHT" build --dry-run "$L/feed" &&
	test_must_be_empty "$T/err" &&
	test_expect_code 0 as_user "$FEEDWRIGHT" build "$L/feed" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'a missing output folder that can be created: status 0 for both, and only the build creates it' '
	test_expect_code 0 "$FEEDWRIGHT" build --dry-run -o "$T/fresh/feeds" "$T/feed" &&
	test_must_be_empty "$T/err" &&
	grep -F "$T/fresh/feeds/atom.xml: would be created" "$T/out" &&
	test ! -e "$T/fresh" &&
	test_expect_code 0 "$FEEDWRIGHT" build -o "$T/fresh/feeds" "$T/feed" &&
	test -f "$T/fresh/feeds/atom.xml"
'

test_expect_success 'a writable output folder: status 0 for both, and the dry run leaves no file behind' '
	listing "$pub" >"$T/before.ls" &&
	test_expect_code 0 "$FEEDWRIGHT" build --dry-run "$T/feed" &&
	test_must_be_empty "$T/err" &&
	grep -F "$pub/index.html: would be replaced" "$T/out" &&
	listing "$pub" >"$T/after.ls" &&
	test_cmp "$T/before.ls" "$T/after.ls" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	test_must_be_empty "$T/err"
'

test_done
