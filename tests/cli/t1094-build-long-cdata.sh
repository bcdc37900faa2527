#!/bin/sh
# A body that HTML makes longer than 10,000,000 bytes is written in CDATA
# sections of at most 1 MiB: past that length libxml2 2.9's push parser,
# which checks every output (and xmlTextReader readers use), takes time
# quadratic in a section's length (a 2 MiB record of "&" took 17 s, a
# 16 MiB one hours). A section never ends inside a UTF-8 character, and a
# reader joins the sections into the same text.
. "$SRCDIR/tests/lib.sh"

F=$T/feed
new_feed "$F"
rm -f "$F/articles/"*.txt

# body NAME COUNT TEXT: articles/NAME.txt whose body is TEXT COUNT times.
body() {
	{
		printf 'Long %s\n\nAuthor Name\n\na@example.com | 2025-01-02 03:04:05\n\n' "$1" &&
		"$PYTHON" -c 'import os, sys; sys.stdout.buffer.write(os.fsencode(sys.argv[2]) * int(sys.argv[1]) + b"\n")' "$2" "$3"
	} >"$F/articles/$1.txt"
}

# sections FILE: the length in bytes of each CDATA section, one a line.
sections() {
	"$PYTHON" -c '
import re, sys
for s in re.findall(rb"<!\[CDATA\[(.*?)\]\]>", open(sys.argv[1], "rb").read(), re.S):
    print(len(s))' "$1"
}

test_expect_success 'a 2 MiB record of "&" (10 MB once escaped) publishes, in sections of 1 MiB at most' '
	body amp 2200000 "&" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$F" &&
	test_must_be_empty "$T/err" &&
	for f in atom.xml rss.xml; do
		sections "$F/public/$f" >"$T/len" &&
		test "$(wc -l <"$T/len")" -ge 11 &&
		test "$(sort -n "$T/len" | tail -n 1)" -eq 1048576 || return 1
	done
'

# "<p>" and then two bytes a character: byte 1,048,576 of the content is
# the second byte of an "é", so the first section ends one byte early.
test_expect_success 'sections end between UTF-8 characters: the feeds are UTF-8 and pass validate' '
	rm -f "$F/articles/"*.txt &&
	body e 1200000 "é" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$F" &&
	for f in atom.xml rss.xml; do
		iconv -f UTF-8 -t UTF-8 "$F/public/$f" >/dev/null &&
		sections "$F/public/$f" >"$T/len" &&
		grep -qx 1048575 "$T/len" &&
		test "$(sort -n "$T/len" | tail -n 1)" -le 1048576 &&
		test_expect_code 0 "$FEEDWRIGHT" validate --strict "$F/public/$f" || return 1
	done
'

test_expect_success FEEDPARSER 'feedparser joins the sections: the whole body, once' '
	"$PYTHON" -c "
import feedparser, sys
for f in (\"atom.xml\", \"rss.xml\"):
    d = feedparser.parse(sys.argv[1] + \"/\" + f)
    c = d.entries[0].content[0].value
    assert c == \"<p>\" + \"\\u00e9\" * 1200000 + \"</p>\", (f, len(c))
" "$F/public"
'

# Each check holds an entry whole (10 MB twice here): checked side by side
# while written, the outputs of this record took 107 MB; one at a time,
# from their files, 71 MB.
test_expect_success GNU_TIME 'with a record over 1 MiB the outputs are checked one at a time: peak under 90 MiB' '
	rm -f "$F/articles/"*.txt &&
	body amp 2200000 "&" &&
	rm -rf "$F/public" &&
	/usr/bin/time -f %M -o "$T/rss" "$FEEDWRIGHT" build "$F" &&
	echo "peak: $(tail -n 1 "$T/rss") KB" &&
	test "$(tail -n 1 "$T/rss")" -lt 92160 &&
	test -s "$F/public/atom.xml" &&
	test -s "$F/public/rss.xml"
'

test_done
