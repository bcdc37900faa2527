#!/bin/sh
# The lock file FEEDDIR/.feedwright.lock is created mode 0644 whatever the
# umask, so that builds of the same feed run as another user can open it
# (they only need to read it to flock it). A lock file that is already
# there keeps the mode its owner gave it. A FIFO planted there does not
# block a build.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99
chmod 0755 "$T"

build() { timeout 20 "$FEEDWRIGHT" build "$@"; }

# as_nobody CMD...: runs CMD as the user nobody, with no groups.
as_nobody() {
	setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups "$@"
}
if test_have_prereq ROOT && command -v setpriv >/dev/null 2>&1 &&
    as_nobody "$FEEDWRIGHT" --version >/dev/null 2>&1; then
	test_set_prereq NOBODY
fi

new_feed feed

test_expect_success 'a lock file made under umask 077 is mode 0644' '
	(umask 077 && build feed) &&
	echo 644 >expect &&
	stat -c %a feed/.feedwright.lock >got &&
	test_cmp expect got
'

test_expect_success 'so is one made under umask 0777' '
	rm feed/.feedwright.lock &&
	(umask 0777 && build feed) &&
	stat -c %a feed/.feedwright.lock >got &&
	test_cmp expect got
'

test_expect_success ROOT,NOBODY 'after a build as root under umask 077, a build as nobody takes the lock and publishes' '
	rm -rf feed/.feedwright.lock feed/public &&
	(umask 077 && build feed) &&
	chown nobody feed/public &&
	chown nobody feed &&	# the new record goes in the ledger there
	first=$(ls feed/articles | head -n 1) &&
	sed "1s/.*/A title only the second build publishes/" \
	    "feed/articles/$first" >feed/articles/second.txt &&
	test_expect_code 0 as_nobody timeout 20 "$FEEDWRIGHT" build feed &&
	test_must_be_empty err &&
	grep -F "A title only the second build publishes" feed/public/atom.xml &&
	test "$(stat -c %U feed/public/atom.xml)" = nobody
'

test_expect_success ROOT,NOBODY 'a FIFO planted at the lock path does not block a build that can only read it' '
	rm -f feed/.feedwright.lock &&
	mkfifo -m 0644 feed/.feedwright.lock &&
	test_when_finished "rm -f feed/.feedwright.lock" &&
	test_expect_code 0 as_nobody timeout 20 "$FEEDWRIGHT" build feed &&
	test_must_be_empty err
'

test_expect_success 'a lock file that is already there keeps its mode' '
	build feed &&
	chmod 0640 feed/.feedwright.lock &&
	build feed &&
	echo 640 >expect &&
	stat -c %a feed/.feedwright.lock >got &&
	test_cmp expect got
'

test_done
