#!/bin/sh
# A file declared us-ascii (or ascii) that holds UTF-8, as old CMSs write:
# libxml2 reads ASCII itself and stops at the first byte past 0x7F without
# a word, so the parser said "Extra content at the end of the document".
# XML 1.0 4.3.3 makes the bytes the error; they are named, at their
# place, as for Shift_JIS or bad UTF-8.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# feed FILE ENCODING: an RSS feed declared ENCODING whose description
# holds "café" in UTF-8.
feed() {
	printf '<?xml version="1.0" encoding="%s"?>\n<rss version="2.0">\n<channel>\n<title>t</title>\n<link>https://e.example/</link>\n<description>caf\303\251 and carols</description>\n</channel>\n</rss>\n' "$2" >"$1"
}

test_expect_success 'us-ascii: the bytes are named, not extra content' '
	feed us.xml us-ascii &&
	test_expect_code 1 "$FEEDWRIGHT" validate us.xml &&
	echo "us.xml:6:17: error: XML: bytes that are not valid us-ascii, the encoding the file declares: 0xC3 0xA9 0x20 0x61 [xml-not-well-formed]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'ascii: the same' '
	feed a.xml ASCII &&
	test_expect_code 1 "$FEEDWRIGHT" validate a.xml &&
	echo "a.xml:6:17: error: XML: bytes that are not valid ASCII, the encoding the file declares: 0xC3 0xA9 0x20 0x61 [xml-not-well-formed]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'an error before the bytes is still said as it is' '
	printf "<?xml version=\"1.0\" encoding=\"us-ascii\"?>\n<rss version=\"2.0\">\n<channel>\n<title>t</tilte>\n<description>caf\303\251</description>\n</channel>\n</rss>\n" >early.xml &&
	test_expect_code 1 "$FEEDWRIGHT" validate early.xml &&
	grep "^early.xml:4:.*Opening and ending tag mismatch" "$T/out"
'

test_expect_success 'ASCII only: valid' '
	printf "<?xml version=\"1.0\" encoding=\"us-ascii\"?>\n<rss version=\"2.0\"><channel><title>t</title><link>https://e.example/</link><description>caf&#233;</description></channel></rss>\n" >ok.xml &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.xml &&
	test_must_be_empty "$T/out"
'

test_expect_success 'a valid feed declared us-ascii through a pipe: read once, valid' '
	{
		printf "<?xml version=\"1.0\" encoding=\"us-ascii\"?>\n<rss version=\"2.0\"><channel><title>t</title><link>https://e.example/</link><description>d</description>\n" &&
		i=0 &&
		while [ $i -lt 400 ]; do
			printf "<item><title>Item %d</title><link>https://e.example/%d</link><description>Text enough to fill a few of the buffers a read takes.</description></item>\n" $i $i &&
			i=$((i + 1)) || return 1
		done &&
		printf "</channel></rss>\n"
	} >big.xml &&
	cat big.xml | test_expect_code 0 "$FEEDWRIGHT" validate /dev/stdin
'

test_expect_success 'a FIFO whose writer is done is not opened again: no wait' '
	mkfifo fifo &&
	{ cat ok.xml >fifo & } &&
	test_expect_code 0 timeout 20 "$FEEDWRIGHT" validate fifo &&
	wait
'

test_done
