#!/bin/sh
# build reads only regular files, and never blocks on input: a FIFO, a
# device, a socket or a folder where a record or feed.conf should be is
# refused by name (a bad record, which --skip-bad-records leaves out; a
# bad feed.conf), without being opened for reading. Each build runs under
# `timeout 20`, so that a build that blocks fails instead of hanging.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

build() { timeout 20 "$FEEDWRIGHT" build "$@"; }

new_feed feed
nrec=$(ls feed/articles | wc -l)

# refused NAME KIND: the feed is not published and NAME is named as KIND.
refused() {
	test_expect_code 1 build feed &&
	printf '%s\n' \
	    "feedwright: feed/articles/$1: record is not a regular file ($2)" \
	    "feedwright: feed: 1 of $((nrec + 1)) records are bad; nothing was published" \
	    >expect &&
	test_cmp expect err &&
	test ! -e feed/public/atom.xml
}

test_expect_success 'a FIFO among the records is refused, not read' '
	mkfifo feed/articles/x.txt &&
	test_when_finished "rm -f feed/articles/x.txt" &&
	refused x.txt "a FIFO"
'

test_expect_success 'with --skip-bad-records the FIFO is left out and the rest is published' '
	mkfifo feed/articles/x.txt &&
	test_when_finished "rm -rf feed/articles/x.txt feed/public" &&
	test_expect_code 5 build --skip-bad-records feed &&
	printf "%s\n" \
	    "feedwright: feed/articles/x.txt: record is not a regular file (a FIFO)" \
	    "feedwright: feed: 1 of $((nrec + 1)) records are bad and are left out (--skip-bad-records)" \
	    >expect &&
	test_cmp expect err &&
	test "$(grep -c "<entry>" feed/public/atom.xml)" -eq "$nrec"
'

test_expect_success 'a FIFO with a writer waiting is never opened: the writer still waits' '
	mkfifo feed/articles/x.txt &&
	{ echo "Planted title" >feed/articles/x.txt & } &&
	writer=$! &&
	test_when_finished "kill $writer; rm -f feed/articles/x.txt" &&
	refused x.txt "a FIFO" &&
	kill -0 $writer
'

test_expect_success 'a folder named like a record is refused as a folder' '
	mkdir feed/articles/x.txt &&
	test_when_finished "rmdir feed/articles/x.txt" &&
	refused x.txt "a folder"
'

test_expect_success 'a socket named like a record is refused as a socket' '
	"$PYTHON" -c "import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])" \
	    feed/articles/x.txt &&
	test -S feed/articles/x.txt &&
	test_when_finished "rm -f feed/articles/x.txt" &&
	refused x.txt "a socket"
'

test_expect_success ROOT 'a character device (/dev/zero) is refused, not read' '
	mknod feed/articles/x.txt c 1 5 &&
	test_when_finished "rm -f feed/articles/x.txt" &&
	refused x.txt "a character device"
'

test_expect_success ROOT 'a block device is refused, not opened' '
	mknod feed/articles/x.txt b 7 0 &&
	test_when_finished "rm -f feed/articles/x.txt" &&
	refused x.txt "a block device"
'

test_expect_success 'a FIFO as feed.conf is a bad settings file (exit 1), not read' '
	mkdir -p conf-fifo/articles &&
	cp feed/articles/*.txt conf-fifo/articles/ &&
	mkfifo conf-fifo/feed.conf &&
	test_expect_code 1 build conf-fifo &&
	echo "feedwright: conf-fifo/feed.conf: not a regular file (a FIFO)" >expect &&
	test_cmp expect err &&
	test ! -e conf-fifo/public
'

test_expect_success ROOT 'a device as feed.conf is refused the same way' '
	mkdir -p conf-dev/articles &&
	mknod conf-dev/feed.conf c 1 5 &&
	test_expect_code 1 build conf-dev &&
	echo "feedwright: conf-dev/feed.conf: not a regular file (a character device)" >expect &&
	test_cmp expect err
'

test_expect_success 'build --all goes on past a feed with a FIFO among its records' '
	mkdir all &&
	new_feed all/a-first &&
	new_feed all/b-second &&
	mkfifo all/a-first/articles/x.txt &&
	test_expect_code 1 build --all all &&
	printf "%s\n" \
	    "feedwright: all/a-first/articles/x.txt: record is not a regular file (a FIFO)" \
	    "feedwright: all/a-first: 1 of $((nrec + 1)) records are bad; nothing was published" \
	    >expect &&
	test_cmp expect err &&
	test ! -e all/a-first/public/atom.xml &&
	test -s all/b-second/public/atom.xml
'

test_expect_success 'build --all names a feed folder whose feed.conf is a FIFO, and goes on' '
	mkdir all2 &&
	new_feed all2/a-first &&
	new_feed all2/b-second &&
	rm all2/a-first/feed.conf &&
	mkfifo all2/a-first/feed.conf &&
	test_expect_code 1 build --all all2 &&
	echo "feedwright: all2/a-first/feed.conf: not a regular file (a FIFO)" >expect &&
	test_cmp expect err &&
	test -s all2/b-second/public/atom.xml
'

test_done
