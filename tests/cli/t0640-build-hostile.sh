#!/bin/sh
# Hostile records, settings and output folders for build, which runs
# unattended as a user that can write a web root. A huge or binary record
# is refused with a clear message; records are never read through a
# symbolic link, even one to a file inside the feed (the policy); a
# symbolic link planted at an output path is replaced, never written
# through; an output folder every user can write to is refused; settings
# cannot point through "..". Each run is capped at 256 MB, 20 s of CPU
# and 60 s.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# build_capped WANT ARGS...: build ARGS within the caps must exit WANT
# (its output in $T/out, $T/err).
build_capped() {
	_want=$1
	shift
	test_expect_code "$_want" capped "$FEEDWRIGHT" build "$@"
}

test_expect_success 'the feed builds as it is' '
	new_feed feed &&
	build_capped 0 feed &&
	rm -rf feed/public
'

test_expect_success 'a 50 MB record is refused by name, exit 1, nothing published' '
	test_when_finished "rm -f feed/articles/huge.txt" &&
	head -c 52428800 /dev/zero | tr "\0" a >feed/articles/huge.txt &&
	build_capped 1 feed &&
	cat >want <<-EOF &&
	feedwright: feed/articles/huge.txt: record is larger than 16 MiB
	feedwright: feed: 1 of 2 records are bad; nothing was published
	EOF
	test_cmp want err &&
	test_path_is_missing feed/public/atom.xml
'

test_expect_success 'a binary record is refused with the place, exit 1' '
	test_when_finished "rm -f feed/articles/image.txt" &&
	printf "\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\001\000" >feed/articles/image.txt &&
	build_capped 1 feed &&
	cat >want <<-EOF &&
	feedwright: feed/articles/image.txt:1: invalid UTF-8 (byte 0x89 in column 1)
	feedwright: feed: 1 of 2 records are bad; nothing was published
	EOF
	test_cmp want err
'

# Symbolic links: to a record outside the feed (its text would be
# published), and even to one inside it. Neither is followed.
test_expect_success 'a record that is a link to outside the feed is refused by name, exit 1' '
	mkdir elsewhere &&
	sed "s/^North Korean Troops.*/SECRET TITLE/" feed/articles/*.txt >elsewhere/secret.txt &&
	ln -s "$T/elsewhere/secret.txt" feed/articles/outside.txt &&
	build_capped 1 feed &&
	cat >want <<-EOF &&
	feedwright: feed/articles/outside.txt: record is a symbolic link, which is never followed
	feedwright: feed: 1 of 2 records are bad; nothing was published
	EOF
	test_cmp want err
'

test_expect_success 'with --skip-bad-records, exit 5, and the linked text is never published' '
	test_when_finished "rm -rf feed/articles/outside.txt feed/public" &&
	build_capped 5 --skip-bad-records feed &&
	test_path_is_file feed/public/atom.xml &&
	test_lacks feed/public/atom.xml "SECRET TITLE"
'

test_expect_success 'a record that is a link inside the feed is refused as well, exit 1' '
	test_when_finished "rm -f feed/articles/inside.txt" &&
	ln -s "$(ls feed/articles/*.txt | head -n 1 | xargs basename)" feed/articles/inside.txt &&
	build_capped 1 feed &&
	test_contains err "feedwright: feed/articles/inside.txt: record is a symbolic link, which is never followed"
'

# A link planted at an output path, to a file elsewhere: publishing
# renames a new file over the link, so the link goes and its target
# stays as it was. The same when the content is unchanged.
test_expect_success 'a link planted at public/atom.xml is replaced by a file; its target is untouched' '
	echo "victim" >victim &&
	mkdir -p feed/public &&
	ln -s "$T/victim" feed/public/atom.xml &&
	build_capped 0 feed &&
	test_eq "$(cat victim)" "victim" &&
	test -f feed/public/atom.xml && test ! -L feed/public/atom.xml
'

test_expect_success 'a link at rss.xml to a file with the same bytes is replaced too; its target is untouched' '
	cp feed/public/rss.xml victim-rss &&
	cp feed/public/rss.xml victim &&
	rm feed/public/rss.xml &&
	ln -s "$T/victim" feed/public/rss.xml &&
	build_capped 0 feed &&
	test -f feed/public/rss.xml && test ! -L feed/public/rss.xml &&
	test_cmp victim-rss victim
'

# The lock file, which build opens for writing, is never followed either.
test_expect_success 'a link planted at the lock file: refused, exit 3, its target untouched' '
	test_when_finished "rm -f feed/.feedwright.lock" &&
	echo "victim" >victim &&
	rm -f feed/.feedwright.lock &&
	ln -s "$T/victim" feed/.feedwright.lock &&
	build_capped 3 feed &&
	echo "feedwright: feed/.feedwright.lock: cannot open the lock file: Too many levels of symbolic links" >want &&
	test_cmp want err &&
	test_eq "$(cat victim)" "victim"
'

# An output folder anyone can write to: anyone could replace the feed,
# so build refuses (like logrotate or sshd's StrictModes); a folder a
# group can write to is a deliberate choice and is fine.
test_expect_success 'an output folder every user can write to is refused with the fix, exit 3' '
	chmod 0777 feed/public &&
	build_capped 3 feed &&
	echo "feedwright: feed/public: refusing to publish into a folder every user can write to (chmod o-w fixes it)" >want &&
	test_cmp want err
'

test_expect_success 'the same with the sticky bit, exit 3' '
	chmod 1777 feed/public &&
	build_capped 3 feed
'

test_expect_success 'a group-writable output folder is fine' '
	chmod 0775 feed/public &&
	build_capped 0 feed
'

test_expect_success '-o to a world-writable folder: exit 3, nothing written' '
	mkdir -m 0777 open &&
	build_capped 3 -o open feed &&
	test_path_is_missing open/atom.xml
'

# Settings that point through "..".
test_expect_success 'output through "..": refused at its line, exit 1, nothing made outside' '
	cp feed/feed.conf feed.conf.good &&
	test_when_finished "cp feed.conf.good feed/feed.conf" &&
	set_conf feed output ../outside &&
	build_capped 1 feed &&
	echo "feedwright: feed/feed.conf:$(wc -l <feed/feed.conf | tr -d " "): output: \"../outside\" goes through \"..\"; give a folder inside the feed folder or an absolute path" >want &&
	test_cmp want err &&
	test_path_is_missing outside
'

test_expect_success 'articles through "..": refused at its line, exit 1' '
	set_conf feed articles "articles/../../elsewhere" &&
	build_capped 1 feed &&
	echo "feedwright: feed/feed.conf:$(wc -l <feed/feed.conf | tr -d " "): articles: \"articles/../../elsewhere\" goes through \"..\"; give a folder inside the feed folder or an absolute path" >want &&
	test_cmp want err
'

test_done
