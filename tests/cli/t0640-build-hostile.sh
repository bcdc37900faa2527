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

build_capped() {
	(limit_memory 256; ulimit -t 20
	exec timeout 60 "$FEEDWRIGHT" build "$@") >"$T/out" 2>"$T/err"
	status=$?
}

# A record the feed must refuse, with the seed beside it.
new_feed feed
build_capped feed
expect_status "the feed builds as it is" 0
rm -rf feed/public

head -c 52428800 /dev/zero | tr '\0' a >feed/articles/huge.txt
build_capped feed
expect_status "a 50 MB record" 1
expect_eq "a 50 MB record: refused, by name" "$(cat err)" \
    "feedwright: feed/articles/huge.txt: record is larger than 16 MiB
feedwright: feed: 1 of 2 records are bad; nothing was published"
check "a 50 MB record: nothing published" test ! -e feed/public/atom.xml
rm feed/articles/huge.txt

printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\001\000' >feed/articles/image.txt
build_capped feed
expect_status "a binary record" 1
expect_eq "a binary record: refused, with the place" "$(cat err)" \
    "feedwright: feed/articles/image.txt:1: invalid UTF-8 (byte 0x89 in column 1)
feedwright: feed: 1 of 2 records are bad; nothing was published"
rm feed/articles/image.txt

# Symbolic links: to a record outside the feed (its text would be
# published), and even to one inside it. Neither is followed.
mkdir elsewhere
sed 's/^North Korean Troops.*/SECRET TITLE/' feed/articles/*.txt >elsewhere/secret.txt
ln -s "$T/elsewhere/secret.txt" feed/articles/outside.txt
build_capped feed
expect_status "a record that is a link to outside the feed" 1
expect_eq "a link to outside: refused, by name" "$(cat err)" \
    "feedwright: feed/articles/outside.txt: record is a symbolic link, which is never followed
feedwright: feed: 1 of 2 records are bad; nothing was published"
build_capped --skip-bad-records feed
expect_status "a link to outside, --skip-bad-records" 5
expect_lacks "a link to outside: its text is never published" feed/public/atom.xml "SECRET TITLE"
rm -rf feed/articles/outside.txt feed/public
ln -s "$(ls feed/articles/*.txt | head -n 1 | xargs basename)" feed/articles/inside.txt
build_capped feed
expect_status "a record that is a link inside the feed" 1
expect_contains "a link inside: refused as well" err \
    "feedwright: feed/articles/inside.txt: record is a symbolic link, which is never followed"
rm feed/articles/inside.txt

# A link planted at an output path, to a file elsewhere: publishing
# renames a new file over the link, so the link goes and its target
# stays as it was. The same when the content is unchanged.
echo "victim" >victim
mkdir -p feed/public
ln -s "$T/victim" feed/public/atom.xml
build_capped feed
expect_status "a link planted at public/atom.xml" 0
expect_eq "the link's target is untouched" "$(cat victim)" "victim"
check "public/atom.xml is now a file of its own" test -f feed/public/atom.xml -a ! -L feed/public/atom.xml
cp feed/public/rss.xml victim-rss
cp feed/public/rss.xml victim
rm feed/public/rss.xml
ln -s "$T/victim" feed/public/rss.xml
build_capped feed
expect_status "a link planted at rss.xml, to a file with the same bytes" 0
check "rss.xml is a file again, not the link" test -f feed/public/rss.xml -a ! -L feed/public/rss.xml
expect_same_file "the link's target is untouched (same bytes)" victim victim-rss
# The lock file, which build opens for writing, is never followed either.
echo "victim" >victim
rm -f feed/.feedwright.lock
ln -s "$T/victim" feed/.feedwright.lock
build_capped feed
expect_status "a link planted at the lock file" 3
expect_eq "a link at the lock file: refused" "$(cat err)" \
    "feedwright: feed/.feedwright.lock: cannot open the lock file: Too many levels of symbolic links"
expect_eq "the lock file's target is untouched" "$(cat victim)" "victim"
rm feed/.feedwright.lock

# An output folder anyone can write to: anyone could replace the feed,
# so build refuses (like logrotate or sshd's StrictModes); a folder a
# group can write to is a deliberate choice and is fine.
chmod 0777 feed/public
build_capped feed
expect_status "an output folder every user can write to" 3
expect_eq "a world-writable folder: refused, with the fix" "$(cat err)" \
    "feedwright: feed/public: refusing to publish into a folder every user can write to (chmod o-w fixes it)"
chmod 1777 feed/public
build_capped feed
expect_status "the same with the sticky bit" 3
chmod 0775 feed/public
build_capped feed
expect_status "a group-writable output folder" 0
mkdir -m 0777 open
build_capped -o open feed
expect_status "-o to a world-writable folder" 3
check "-o to a world-writable folder: nothing written" test ! -e open/atom.xml

# Settings that point through "..".
cp feed/feed.conf feed.conf.good
set_conf feed output ../outside
build_capped feed
expect_status "output through .." 1
expect_eq "output through ..: refused at its line" "$(cat err)" \
    "feedwright: feed/feed.conf:$(wc -l <feed/feed.conf | tr -d ' '): output: \"../outside\" goes through \"..\"; give a folder inside the feed folder or an absolute path"
check "output through ..: nothing made outside" test ! -e outside
cp feed.conf.good feed/feed.conf
set_conf feed articles 'articles/../../elsewhere'
build_capped feed
expect_status "articles through .." 1
expect_eq "articles through ..: refused at its line" "$(cat err)" \
    "feedwright: feed/feed.conf:$(wc -l <feed/feed.conf | tr -d ' '): articles: \"articles/../../elsewhere\" goes through \"..\"; give a folder inside the feed folder or an absolute path"

finish
