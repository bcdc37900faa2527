#!/bin/sh
# All or nothing across the set (issue 10, item 5): when publishing one
# file fails (a rename, injected at each position; an immutable page; a
# folder where feed.json goes; the folder's sync), every file of the feed
# is what it was, the very same file, and the status is 3 with a message
# that says so. Only SIGKILL can stop a build between two renames (the page
# goes last), and the next build repairs the set.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hooks.sh"

pub=$T/feed/public
new_feed "$T/feed"

# reset: the old feed published again, as the first build left it.
reset() {
	rm -rf "$pub" && mkdir "$pub" && cp -p "$T/old"/* "$pub/" &&
	stat -c '%n %i %Y %a' "$pub"/* >"$T/stat.old"
}

# published_is DIR: the output folder holds DIR's files, byte for byte,
# and nothing else (no temporary file, no backup).
published_is() {
	(cd "$1" && ls -A) >"$T/want.ls" && (cd "$pub" && ls -A) >"$T/got.ls" &&
	test_cmp "$T/want.ls" "$T/got.ls" &&
	for _f in "$1"/*; do cmp "$_f" "$pub/${_f##*/}" || return 1; done
}

# unchanged: every published file is the old one, the same inode too.
unchanged() {
	published_is "$T/old" &&
	stat -c '%n %i %Y %a' "$pub"/* >"$T/stat.now" &&
	test_cmp "$T/stat.old" "$T/stat.now"
}

# fails_with STATUS HOOKS: a hooked build of the feed exits with STATUS.
fails_with() {
	test_expect_code "$1" env FEEDWRIGHT_TEST_HOOK="$2" \
	    "$FEEDWRIGHT_HOOKED" build "$T/feed"
}

test_expect_success 'set up: a published feed, and a new title that changes all four files' '
	"$FEEDWRIGHT" build "$T/feed" &&
	mkdir "$T/old" && cp -p "$pub"/* "$T/old/" &&
	set_conf "$T/feed" title "The Other Times" &&
	"$FEEDWRIGHT" build -o "$T/new" "$T/feed" &&
	(cd "$T/new" && ls) >"$T/names" &&
	printf "%s\n" atom.xml feed.json index.html rss.xml >"$T/want" &&
	test_cmp "$T/want" "$T/names" &&
	for f in atom.xml rss.xml feed.json index.html; do
		! cmp -s "$T/old/$f" "$T/new/$f" || return 1
	done
'

for name in atom.xml rss.xml feed.json index.html; do
	test_expect_success HOOKS "a failed rename of $name leaves every file as it was (status 3)" '
		reset &&
		fails_with 3 "before-rename:$name:fail=EIO" &&
		echo "feedwright: $pub/$name: cannot publish: Input/output error; nothing was published" >"$T/want" &&
		test_cmp "$T/want" "$T/err" &&
		unchanged
	'
done

test_expect_success HOOKS 'a failure after the last rename puts back that file too' '
	reset &&
	fails_with 3 "after-rename:index.html:fail=EIO" &&
	echo "feedwright: $pub/index.html: cannot publish: Input/output error; nothing was published" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	unchanged
'

test_expect_success HOOKS 'a failed sync of the folder after every rename puts every file back' '
	reset &&
	fails_with 3 "before-sync-folder:fail=EIO" &&
	echo "feedwright: $pub: cannot publish: Input/output error; nothing was published" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	unchanged
'

test_expect_success HOOKS 'a file that cannot be kept aside stops the set before any rename' '
	reset &&
	fails_with 3 "before-link:index.html:fail=EMLINK" &&
	echo "feedwright: $pub/index.html: cannot publish: Too many links; nothing was published" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	unchanged
'

test_expect_success HOOKS 'a file that was not published before is removed again' '
	reset &&
	rm "$pub/feed.json" &&
	mkdir "$T/old-nojson" && cp -p "$pub"/* "$T/old-nojson/" &&
	fails_with 3 "before-rename:index.html:fail=EIO" &&
	echo "feedwright: $pub/index.html: cannot publish: Input/output error; nothing was published" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	published_is "$T/old-nojson"
'

if test_have_prereq ROOT && : >"$T/probe" && chattr +i "$T/probe" 2>/dev/null; then
	chattr -i "$T/probe"
	test_set_prereq CHATTR
fi

test_expect_success CHATTR 'an immutable index.html (chattr +i) leaves every file as it was' '
	reset &&
	chattr +i "$pub/index.html" &&
	test_when_finished "chattr -i \"$pub/index.html\"" &&
	test_expect_code 3 "$FEEDWRIGHT" build "$T/feed" &&
	echo "feedwright: $pub/index.html: cannot publish: Operation not permitted; nothing was published" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	unchanged
'

test_expect_success 'a folder where feed.json goes leaves every file as it was' '
	reset &&
	rm "$pub/feed.json" && mkdir "$pub/feed.json" &&
	stat -c "%n %i %Y %a" "$pub"/* >"$T/stat.old" &&
	test_expect_code 3 "$FEEDWRIGHT" build "$T/feed" &&
	echo "feedwright: $pub/feed.json: cannot publish: Is a directory; nothing was published" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	stat -c "%n %i %Y %a" "$pub"/* >"$T/stat.now" &&
	test_cmp "$T/stat.old" "$T/stat.now" &&
	for f in atom.xml rss.xml index.html; do
		cmp "$T/old/$f" "$pub/$f" || return 1
	done &&
	test -z "$(ls -A "$pub/feed.json")" &&
	test -z "$(ls -A "$pub" | grep "^\.")"
'

test_expect_success HOOKS 'a restore that fails is reported, and the next build repairs the set' '
	reset &&
	fails_with 3 "before-rename:index.html:fail=EIO before-restore:rss.xml:fail=EIO" &&
	cat >"$T/want" <<-EOF &&
	feedwright: $pub/index.html: cannot publish: Input/output error
	feedwright: $pub/rss.xml: cannot restore the old file: Input/output error; the new one stays until the next build
	EOF
	test_cmp "$T/want" "$T/err" &&
	cmp "$T/old/atom.xml" "$pub/atom.xml" &&
	cmp "$T/new/rss.xml" "$pub/rss.xml" &&
	cmp "$T/old/feed.json" "$pub/feed.json" &&
	cmp "$T/old/index.html" "$pub/index.html" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	test_must_be_empty "$T/err" &&
	published_is "$T/new"
'

test_expect_success HOOKS 'killed before the page is renamed: new feeds beside the old page' '
	reset &&
	fails_with 137 "before-rename:index.html:kill" &&
	for f in atom.xml rss.xml feed.json; do
		cmp "$T/new/$f" "$pub/$f" || return 1
	done &&
	cmp "$T/old/index.html" "$pub/index.html"
'

test_expect_success 'the next build repairs the set and removes what the killed one left' '
	ls -A "$pub" | grep "^\." | sort >"$T/left" &&
	test "$(grep -c "\.old\." "$T/left")" -eq 4 &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	sed "s|^|feedwright: $pub/|; s|\$|: warning: removed a temporary file left by an interrupted build|" "$T/left" >"$T/want" &&
	sort "$T/err" >"$T/got" &&
	test_cmp "$T/want" "$T/got" &&
	published_is "$T/new"
'

test_expect_success HOOKS 'killed after the first rename, the next build repairs the set too' '
	reset &&
	fails_with 137 "after-rename:atom.xml:kill" &&
	cmp "$T/new/atom.xml" "$pub/atom.xml" &&
	for f in rss.xml feed.json index.html; do
		cmp "$T/old/$f" "$pub/$f" || return 1
	done &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$T/feed" &&
	test_must_be_empty "$T/err" &&
	published_is "$T/new"
'

test_expect_success HOOKS 'SIGTERM during the renames waits until the set is whole' '
	reset &&
	test_when_finished "kill -9 \$hook_pid 2>/dev/null" &&
	hook_start term before-rename:rss.xml "$T/feed" &&
	kill -TERM "$hook_pid" &&
	hook_go term &&
	hook_wait "$hook_pid" &&
	test "$status" -eq 143 &&
	test_must_be_empty "$T/term.err" &&
	published_is "$T/new"
'

test_done
