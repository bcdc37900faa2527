#!/bin/sh
# Pass one keeps what it learnt of each good record in FEEDDIR/.feedwright-
# cache (name, identity, dates, Id and Link), so that the next build stats
# a record instead of reading it while its identity (size, mtime and ctime
# to the nanosecond, inode, device) is unchanged. The cache is never
# required: deleted, damaged or written for other settings it is ignored
# and written again, and the feeds are the same bytes. A record changed
# since is read in full: a bad record stops the feed, chosen or not.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# record DATE TITLE: a record's text.
record() {
	printf '%s\n\nDesk\n\ndesk@example.com | %s\n\nBody of %s.\n' "$2" "$1" "$2"
}

new_feed feed
set_conf feed max-entries 2
record "2025-03-01 09:00:00" "Newest story" >feed/articles/n1.txt
record "2025-02-20 09:00:00" "Second story" >feed/articles/n2.txt
record "2024-01-01 09:00:00" "Oldest story" >feed/articles/n3.txt
cp -R feed feed-saved

test_expect_success 'a build writes the cache: a header, then one line per good record in name order' '
	test_expect_code 0 "$FEEDWRIGHT" build feed &&
	test_path_is_file feed/.feedwright-cache &&
	head -n 1 feed/.feedwright-cache >head &&
	test_contains head "feedwright-cache 1 " &&
	cut -f 1 feed/.feedwright-cache | tail -n +2 >names &&
	ls feed/articles >expect &&
	test_cmp expect names &&
	test_eq "$(awk -F "\t" "NR > 1 { print NF }" feed/.feedwright-cache | sort -u)" 19
'

test_expect_success 'a build that used every entry writes them all again' '
	cp feed/.feedwright-cache first &&
	test_expect_code 0 "$FEEDWRIGHT" build feed &&
	cmp first feed/.feedwright-cache
'

test_expect_success 'the cache is not in the output folder' '
	test_path_is_missing feed/public/.feedwright-cache &&
	! grep -rl "feedwright-cache" feed/public
'

# The proof that pass one believes the cache: an entry made to say n3.txt
# is the newest record chooses it, though its text says otherwise (pass
# two reads what it publishes, so the feed says the record's own date).
test_expect_success 'an entry is trusted while the record is as it was' '
	awk -F "\t" -v OFS="\t" "\$1 == \"n3.txt\" { \$9 = 1900000000 } 1" \
	    feed/.feedwright-cache >c && mv c feed/.feedwright-cache &&
	test_expect_code 0 "$FEEDWRIGHT" build -o trust feed &&
	test_contains trust/atom.xml "Oldest story" &&
	test_contains trust/atom.xml "2024-01-01T09:00:00" &&
	test_lacks trust/atom.xml "Second story"
'

test_expect_success 'the same entry is not trusted once the record was touched' '
	touch feed/articles/n3.txt &&
	test_expect_code 0 "$FEEDWRIGHT" build -o trust feed &&
	test_lacks trust/atom.xml "Oldest story" &&
	test_contains trust/atom.xml "Second story" &&
	test_lacks feed/.feedwright-cache 1900000000
'

test_expect_success 'with the cache, a record not chosen that went bad still stops the feed' '
	cp feed/public/atom.xml atom.before &&
	printf "Oldest story\n\nDesk\n\nnot a date line\n\nBody.\n" >feed/articles/n3.txt &&
	test_expect_code 1 "$FEEDWRIGHT" build feed &&
	test_contains err "feed/articles/n3.txt:5:" &&
	test_contains err "1 of 4 records are bad; nothing was published" &&
	cmp atom.before feed/public/atom.xml &&
	test_expect_code 1 "$FEEDWRIGHT" build feed &&
	test_contains err "1 of 4 records are bad; nothing was published"
'

test_expect_success 'a bad record is never in the cache; mended, it is read and cached again' '
	test_eq "$(cut -f 1 feed/.feedwright-cache | grep -c "^n3.txt$")" 0 &&
	record "2024-01-01 09:00:00" "Oldest story" >feed/articles/n3.txt &&
	test_expect_code 0 "$FEEDWRIGHT" build feed &&
	test_eq "$(cut -f 1 feed/.feedwright-cache | grep -c "^n3.txt$")" 1
'

test_expect_success 'the feeds are the same bytes with the cache, without it, and after deleting it' '
	rm -rf nocache && cp -R feed-saved nocache &&
	test_expect_code 0 "$FEEDWRIGHT" build nocache &&
	for f in atom.xml rss.xml; do cmp feed/public/$f nocache/public/$f || return 1; done &&
	rm feed/.feedwright-cache &&
	test_expect_code 0 "$FEEDWRIGHT" build -v feed &&
	test_contains err "unchanged" && test_lacks err "published" &&
	test_path_is_file feed/.feedwright-cache
'

test_expect_success 'a damaged cache is ignored, with a note under -v only, and written again' '
	cp feed/.feedwright-cache good &&
	printf "garbage\n" >feed/.feedwright-cache &&
	test_expect_code 0 "$FEEDWRIGHT" build feed &&
	test_must_be_empty err &&
	cmp good feed/.feedwright-cache &&
	head -n 2 good >feed/.feedwright-cache &&
	printf "n2.txt\t1\t2\n" >>feed/.feedwright-cache &&
	test_expect_code 0 "$FEEDWRIGHT" build -v feed &&
	echo "feedwright: feed/.feedwright-cache: warning: damaged (a line without its fields); ignored and written again" >expect &&
	head -n 1 err >got &&
	test_cmp expect got &&
	cmp good feed/.feedwright-cache
'

test_expect_success 'a cache whose lines are out of order, cut short or out of range is ignored' '
	{ head -n 1 good && sed -n 3p good && sed -n 2p good && sed -n 4p good; } >feed/.feedwright-cache &&
	test_expect_code 0 "$FEEDWRIGHT" build -v feed &&
	test_contains err "damaged (names out of order); ignored and written again" &&
	head -c -1 good >feed/.feedwright-cache &&
	test_expect_code 0 "$FEEDWRIGHT" build -v feed &&
	test_contains err "damaged (a line cut short)" &&
	awk -F "\t" -v OFS="\t" "NR == 2 { \$12 = 7 } 1" good >feed/.feedwright-cache &&
	test_expect_code 0 "$FEEDWRIGHT" build -v feed &&
	test_contains err "damaged (a field out of range)" &&
	cmp good feed/.feedwright-cache &&
	for f in atom.xml rss.xml; do cmp feed/public/$f nocache/public/$f || return 1; done
'

test_expect_success 'a FIFO or a symbolic link in the cache'\''s place is never read, and is replaced' '
	test_when_finished "rm -f feed/.feedwright-cache && cp good feed/.feedwright-cache" &&
	rm feed/.feedwright-cache && mkfifo feed/.feedwright-cache &&
	test_expect_code 0 timeout 20 "$FEEDWRIGHT" build -v feed &&
	test_contains err "feedwright: feed/.feedwright-cache: warning: not a regular file; ignored and written again" &&
	test_path_is_file feed/.feedwright-cache &&
	cmp good feed/.feedwright-cache &&
	echo secret >elsewhere &&
	rm feed/.feedwright-cache && ln -s "$T/elsewhere" feed/.feedwright-cache &&
	test_expect_code 0 "$FEEDWRIGHT" build -v feed &&
	test_contains err "feedwright: feed/.feedwright-cache: warning: cannot be opened; ignored and written again" &&
	test ! -L feed/.feedwright-cache &&
	test_eq "$(cat elsewhere)" secret &&
	cmp good feed/.feedwright-cache
'

test_expect_success 'a cache written for another time zone is not used' '
	sed "1s/\t[^ ]*/\tNowhere\/Else/" good >feed/.feedwright-cache &&
	test_lacks feed/.feedwright-cache "$(sed -n "1s/.*\t\([^ ]*\).*/\1/p" good)" &&
	awk -F "\t" -v OFS="\t" "\$1 == \"n3.txt\" { \$9 = 1900000000 } 1" \
	    feed/.feedwright-cache >c && mv c feed/.feedwright-cache &&
	test_expect_code 0 "$FEEDWRIGHT" build feed &&
	test_lacks feed/public/atom.xml "Oldest story" &&
	cmp good feed/.feedwright-cache
'

test_expect_success '--dry-run and --stdout read the cache but never write it' '
	rm feed/.feedwright-cache &&
	test_expect_code 0 "$FEEDWRIGHT" build --dry-run feed &&
	test_path_is_missing feed/.feedwright-cache &&
	test_expect_code 0 "$FEEDWRIGHT" build --stdout atom feed &&
	test_path_is_missing feed/.feedwright-cache
'

test_expect_success 'a new cache left by a killed build is removed by the next' '
	cp good feed/.feedwright-cache.AbC123 &&
	test_expect_code 0 "$FEEDWRIGHT" build feed &&
	test_path_is_missing feed/.feedwright-cache.AbC123 &&
	test_path_is_file feed/.feedwright-cache
'

# Two records of one second and one entry: the one left out is in the
# cache but not in the ledger, while a ledger row has its date. Whether it
# is a deleted record's file renamed is known by its content alone.
test_expect_success 'a record left out, of the same second as the entry published, is taken from the cache again' '
	mkdir -p twins/articles &&
	cp feed/feed.conf twins/ &&
	set_conf twins max-entries 1 &&
	record "2025-04-01 09:00:00" "Twin A" >twins/articles/a.txt &&
	record "2025-04-01 09:00:00" "Twin B" >twins/articles/b.txt &&
	test_expect_code 0 "$FEEDWRIGHT" build twins &&
	test_contains twins/public/atom.xml "Twin A" &&
	cp twins/public/atom.xml first.xml &&
	test_expect_code 0 "$FEEDWRIGHT" build twins 2>err &&
	test_must_be_empty err &&
	cmp first.xml twins/public/atom.xml
'

test_expect_success 'the published one deleted, the other is read whole: no rename, its own id' '
	rm twins/articles/a.txt &&
	test_expect_code 0 "$FEEDWRIGHT" build twins &&
	sed -n "s|^    <id>\(.*\)</id>\$|\1|p" twins/public/atom.xml >ids &&
	sed -n "s|^    <id>\(.*\)</id>\$|\1|p" first.xml | sed "s|/a\$|/b|" >expect &&
	test_cmp expect ids &&
	test_contains twins/public/atom.xml "Twin B" &&
	test_lacks twins/public/atom.xml "Twin A"
'

test_done
