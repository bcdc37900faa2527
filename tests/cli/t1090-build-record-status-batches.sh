#!/bin/sh
# Pass one takes the status (fstatat) of the records 4,096 at a time, the
# next batch in a second thread while the records of one are chosen
# (issue 12: with every record known to the cache, choosing is mostly
# fstatat). Shown on 9,000 records, three batches: each record is judged
# by its own status, whichever batch and thread took it, and one thread
# (FEEDWRIGHT_THREADS=1) chooses the same.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

new_feed feed
set_conf feed max-entries 3
# Records r00000.txt to r08999.txt, of different sizes, each dated a
# minute after the one before it in 2024, so r08999.txt is the newest.
(cd feed/articles && rm -f ./*.txt && awk 'BEGIN {
	for (i = 0; i < 9000; i++) {
		f = sprintf("r%05d.txt", i)
		printf "Story %d\n\nDesk\n\ndesk@example.com | 2024-01-%02d %02d:%02d:00\n\n", \
		    i, 1 + int(i / 1440), int(i % 1440 / 60), i % 60 >f
		for (j = 0; j <= i % 7; j++)
			printf "Paragraph %d of story %d.\n\n", j, i >f
		close(f)
	}
}')
tab=$(printf "\t")

# cached FIELDS: name, then the cache's FIELDS (cut -f) of each entry.
cached() { tail -n +2 feed/.feedwright-cache | cut -f "1,$1"; }

test_expect_success 'set up: 9,000 records, more than two batches' '
	test_eq "$(ls feed/articles | wc -l)" 9000
'

test_expect_success 'every record is cached with its own size and inode, in every batch' '
	test_expect_code 0 "$FEEDWRIGHT" build feed &&
	(cd feed/articles && stat -c "%n$tab%s$tab%i" *.txt) >expect &&
	cached 2,7 >actual &&
	test_cmp expect actual &&
	test_contains feed/public/atom.xml "Story 8999" &&
	test_contains feed/public/atom.xml "Story 8997" &&
	test_lacks feed/public/atom.xml "Story 8996"
'

test_expect_success 'one thread chooses the same and writes the same cache' '
	cached 2-19 >cache.two &&
	rm feed/.feedwright-cache &&
	test_expect_code 0 env FEEDWRIGHT_THREADS=1 "$FEEDWRIGHT" build -o one feed &&
	cached 2-19 >cache.one &&
	test_cmp cache.two cache.one &&
	cmp feed/public/atom.xml one/atom.xml &&
	cmp feed/public/rss.xml one/rss.xml
'

# As t0961 shows, pass one believes an entry while its record's status is
# unchanged: entries claiming a later date choose these records.
# later_in_cache: the entries of r04096.txt and r08192.txt claim 2030.
later_in_cache() {
	awk -F "$tab" -v OFS="$tab" "\$1 == \"r04096.txt\" || \$1 == \"r08192.txt\" { \$9 = 1900000000 } 1" \
	    feed/.feedwright-cache >c && mv c feed/.feedwright-cache
}

test_expect_success 'entries past the first batch are trusted while their records are as they were' '
	cp feed/.feedwright-cache cache.good &&
	test_when_finished "cp cache.good feed/.feedwright-cache" &&
	later_in_cache &&
	test_expect_code 0 "$FEEDWRIGHT" build -o trust feed &&
	test_contains trust/atom.xml "Story 4096" &&
	test_contains trust/atom.xml "Story 8192" &&
	test_contains trust/atom.xml "Story 8999" &&
	test_lacks trust/atom.xml "Story 8998"
'

test_expect_success 'a record of the third batch touched since is read again' '
	test_when_finished "rm feed/.feedwright-cache" &&
	later_in_cache &&
	touch feed/articles/r08192.txt &&
	test_expect_code 0 "$FEEDWRIGHT" build -o trust feed &&
	test_contains trust/atom.xml "Story 4096" &&
	test_lacks trust/atom.xml "Story 8192" &&
	test_contains trust/atom.xml "Story 8999"
'

test_expect_success 'a FIFO and a folder past the first batch are bad records, not read' '
	mkfifo feed/articles/r05000a.txt &&
	mkdir feed/articles/r08500a.txt &&
	test_when_finished "rm -rf feed/articles/r05000a.txt feed/articles/r08500a.txt" &&
	test_expect_code 1 "$FEEDWRIGHT" build feed &&
	printf "%s\n" \
	    "feedwright: feed/articles/r05000a.txt: record is not a regular file (a FIFO)" \
	    "feedwright: feed/articles/r08500a.txt: record is not a regular file (a folder)" \
	    "feedwright: feed: 2 of 9002 records are bad; nothing was published" \
	    >expect &&
	test_cmp expect err
'

test_done
