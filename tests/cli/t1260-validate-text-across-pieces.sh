#!/bin/sh
# validate's parser is handed the file 4 KiB at a time (xml_pull.c), and
# libxml2 gives a text that crosses the end of a piece in parts: a text is
# judged once it is whole, so where the pieces end never changes a
# verdict. Each feed here puts the end of a piece somewhere else: inside a
# run of white space, inside the word after it, or not at all.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

HEAD='<rss version="2.0"><channel><title>t</title><link>https://e.example/</link><description>d</description>'

# feed FILE N WORD: HEAD, N spaces and WORD directly inside channel.
feed() {
	{
		printf '%s' "$HEAD" &&
		head -c "$2" /dev/zero | tr '\0' ' ' &&
		printf '%s</channel></rss>' "$3"
	} >"$1"
}

test_expect_success 'a word after white space, at every place around the end of the first and second pieces: one unexpected-text' '
	for n in $(seq 3960 3 4110) $(seq 8050 7 8210)
	do
		feed f.xml "$n" stray &&
		test_expect_code 1 "$FEEDWRIGHT" validate f.xml &&
		echo "f.xml:1:1: error: text directly inside channel, where only elements may appear [unexpected-text]" >want &&
		test_cmp want "$T/out" || return 1
	done
'

test_expect_success 'white space alone across the end of a piece: valid' '
	feed w.xml 9000 "" &&
	test_expect_code 0 "$FEEDWRIGHT" validate w.xml &&
	test_must_be_empty "$T/out"
'

test_expect_success 'the same word read from a pipe, whose reads end anywhere' '
	feed p.xml 4090 stray &&
	cat p.xml | test_expect_code 1 "$FEEDWRIGHT" validate - &&
	echo "-:1:1: error: text directly inside channel, where only elements may appear [unexpected-text]" >want &&
	test_cmp want "$T/out"
'

test_done
