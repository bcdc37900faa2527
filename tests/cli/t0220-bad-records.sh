#!/bin/sh
# Every kind of bad record gets its own message naming file and line, the
# exit status is 1, and nothing is published: the feed already out there
# stays byte for byte.
. "$SRCDIR/tests/lib.sh"

test_expect_success 'the showcase builds first' '
	new_feed "$T/feed" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	cp "$T/feed/public/atom.xml" "$T/atom.before" &&
	cp "$T/feed/public/rss.xml" "$T/rss.before"
'

# bad WHAT MESSAGE FORMAT [ARG]: a record written by printf FORMAT [ARG],
# added to the feed, is refused with exactly MESSAGE (after "feedwright:
# PATH:") and the summary line, exit 1, and atom.xml and rss.xml stay.
bad() {
	_msg=$2 _fmt=$3 _nargs=$#
	if [ $# -gt 3 ]; then _arg=$4; fi
	test_expect_success "$1: refused at its line, exit 1, nothing published" '
		if [ $_nargs -gt 3 ]; then printf -- "$_fmt" "$_arg"; else printf -- "$_fmt"; fi \
		    >"$T/feed/articles/bad.txt" &&
		test_when_finished "rm -f \"\$T/feed/articles/bad.txt\"" &&
		test_expect_code 1 "$FEEDWRIGHT" build "$T/feed" &&
		printf "%s\n" "feedwright: $T/feed/articles/bad.txt:$_msg" \
		    "feedwright: $T/feed: 1 of 2 records are bad; nothing was published" >"$T/want" &&
		test_cmp "$T/want" "$T/err" &&
		test_cmp "$T/atom.before" "$T/feed/public/atom.xml" &&
		test_cmp "$T/rss.before" "$T/feed/public/rss.xml"
	'
}

good_head='Title

Author

a@example.com | 2025-01-02 03:04:05
'
bad "empty record" "1: missing title (the record is empty)" \
    ''

bad "blank record" "3: missing title (the record is empty)" \
    '\n\n   \n'

bad "missing author" "1: missing author name after the title" \
    'Title only\n'

bad "author name missing before the date line" '3: missing author name: this is the "EMAIL | DATE" line, which follows the name' \
    'Title\n\na@example.com | 2025-01-02 03:04:05\n\nBody.\n'

bad "missing author line" '3: missing author line "EMAIL | YYYY-MM-DD HH:MM:SS" after the author name' \
    'Title\n\nAuthor\n'

bad "author line without a bar" '5: malformed author line "a@example.com 2025-01-02 03:04:05" (expected "EMAIL | YYYY-MM-DD HH:MM:SS")' \
    'Title\n\nAuthor\n\na@example.com 2025-01-02 03:04:05\n\nBody.\n'

bad "author line without an email" '5: missing email address before "|"' \
    'Title\n\nAuthor\n\n | 2025-01-02 03:04:05\n\nBody.\n'

bad "invalid email" '5: invalid email address "not an address"' \
    'Title\n\nAuthor\n\nnot an address | 2025-01-02 03:04:05\n\nBody.\n'

bad "invalid email domain" '5: invalid email address "a@b..c"' \
    'Title\n\nAuthor\n\na@b..c | 2025-01-02 03:04:05\n\nBody.\n'

bad "malformed date" '5: malformed date "2025-1-02 03:04:05" (expected YYYY-MM-DD HH:MM:SS)' \
    'Title\n\nAuthor\n\na@example.com | 2025-1-02 03:04:05\n\nBody.\n'

bad "impossible date" '5: invalid date "2025-02-30 06:32:57"' \
    'Title\n\nAuthor\n\na@example.com | 2025-02-30 06:32:57\n\nBody.\n'

bad "impossible hour" '5: invalid date "2025-02-06 25:00:00"' \
    'Title\n\nAuthor\n\na@example.com | 2025-02-06 25:00:00\n\nBody.\n'

test_expect_success 'setup: the feed is set to America/New_York' '
	set_conf "$T/feed" timezone America/New_York &&
	grep -qx "timezone = America/New_York" "$T/feed/feed.conf"
'
bad "time in the DST gap" '5: date "2025-03-09 02:30:00" does not exist in America/New_York (the clocks skip it at a daylight-saving change)' \
    'Title\n\nAuthor\n\na@example.com | 2025-03-09 02:30:00\n\nBody.\n'
test_expect_success 'setup: the feed is set back to Asia/Seoul' '
	set_conf "$T/feed" timezone Asia/Seoul &&
	grep -qx "timezone = Asia/Seoul" "$T/feed/feed.conf"
'

# A text readers see that is only Unicode white space or characters that
# show nothing (Default_Ignorable) is as empty as one of ASCII blanks.
bad "title of no-break spaces" '1: blank title: only white space or invisible characters (the first is U+00A0), which readers show as nothing' \
    '\302\240\302\240\n\nAuthor\n\na@example.com | 2025-01-02 03:04:05\n\nBody.\n'

bad "title of an ideographic space" '1: blank title: only white space or invisible characters (the first is U+3000), which readers show as nothing' \
    '\343\200\200\n\nAuthor\n\na@example.com | 2025-01-02 03:04:05\n\nBody.\n'

bad "title of a zero width space between ASCII blanks" '1: blank title: only white space or invisible characters (the first is U+200B), which readers show as nothing' \
    '  \342\200\213\t\n\nAuthor\n\na@example.com | 2025-01-02 03:04:05\n\nBody.\n'

bad "title of a right-to-left mark and a word joiner" '1: blank title: only white space or invisible characters (the first is U+200F), which readers show as nothing' \
    '\342\200\217\342\201\240\n\nAuthor\n\na@example.com | 2025-01-02 03:04:05\n\nBody.\n'

bad "title of a combining grapheme joiner (Mn, but invisible)" '1: blank title: only white space or invisible characters (the first is U+034F), which readers show as nothing' \
    '\315\217\n\nAuthor\n\na@example.com | 2025-01-02 03:04:05\n\nBody.\n'

bad "title of a Hangul filler (Lo, but invisible)" '1: blank title: only white space or invisible characters (the first is U+3164), which readers show as nothing' \
    '\343\205\244\n\nAuthor\n\na@example.com | 2025-01-02 03:04:05\n\nBody.\n'

bad "blank title after the fields" '4: blank title: only white space or invisible characters (the first is U+00AD), which readers show as nothing' \
    '---\nId: urn:ex:a\n---\n\302\255\n\nAuthor\n\na@example.com | 2025-01-02 03:04:05\n\nBody.\n'

bad "author name of an ideographic space" '3: blank author name: only white space or invisible characters (the first is U+3000), which readers show as nothing' \
    'Title\n\n\343\200\200\n\na@example.com | 2025-01-02 03:04:05\n\nBody.\n'

bad "Summary of a zero width space" '2: blank field "Summary": only white space or invisible characters (the first is U+200B), which readers show as nothing' \
    '---\nSummary: \342\200\213\n---\n%s\nBody.\n' "$good_head"

bad "Category of a no-break space" '3: blank Category: only white space or invisible characters (the first is U+00A0), which readers show as nothing' \
    '---\nCategory: World\nCategory: \302\240\n---\n%s\nBody.\n' "$good_head"

test_expect_success 'a title with a visible character among invisible ones is published as written' '
	printf "\342\200\213Zero\302\240width\n\nAuthor\n\na@example.com | 2025-01-02 03:04:05\n\nBody.\n" \
	    >"$T/feed/articles/good.txt" &&
	test_when_finished "rm -f \"\$T/feed/articles/good.txt\"" &&
	test_expect_code 0 "$FEEDWRIGHT" build --stdout atom "$T/feed" >"$T/out" &&
	grep -F "<title>$(printf "\342\200\213Zero\302\240width")</title>" "$T/out"
'

bad "empty body" '5: empty body: no paragraph follows the author line' \
    '%s\n' "$good_head"

bad "body that is all trailer" '5: empty body: no paragraph follows the author line' \
    '%s\nWEEKLY HOT\nOnly junk.\n' "$good_head"

bad "invalid UTF-8" '9: invalid UTF-8 (byte 0xff in column 5)' \
    '%s\nBody one.\n\nBad \377 byte.\n' "$good_head"

bad "overlong UTF-8" '1: invalid UTF-8 (byte 0xc0 in column 7)' \
    'Title \300\257\n'

bad "control character" '7: character U+0007 in column 8 is not allowed in XML 1.0' \
    '%s\nA bell \007 rings.\n' "$good_head"

bad "U+FFFE" '1: character U+FFFE in column 7 is not allowed in XML 1.0' \
    'Title \357\277\276\n'

bad "C1 control (Windows-1252 read as Latin-1)" '7: character U+0093 in column 5 is a C1 control, which XML 1.0 asks authors to avoid and readers show as another character (text in Windows-1252 read as Latin-1?)' \
    '%s\nShe \302\223quoted\302\224 it.\n' "$good_head"

bad "DEL, which HTML does not allow" '7: character U+007F in column 7 is DEL, a control character, which XML 1.0 asks authors to avoid and HTML does not allow' \
    '%s\nA DEL \177 here.\n' "$good_head"

bad "a noncharacter (U+FDD0)" '1: character U+FDD0 in column 7 is a Unicode noncharacter, which XML 1.0 asks authors to avoid and HTML does not allow' \
    'Title \357\267\220\n'

bad "unknown field" '2: unknown field "Colour" (known: Link, Id, Category, Summary, Updated, Image, Enclosure)' \
    '---\nColour: red\n---\n%s\nBody.\n' "$good_head"

bad "relative Link" '2: "Link" "/relative" is not an absolute URI' \
    '---\nLink: /relative\n---\n%s\nBody.\n' "$good_head"

bad "field twice" '3: field "Id" given twice (first on line 2)' \
    '---\nId: urn:ex:a\nId: urn:ex:b\n---\n%s\nBody.\n' "$good_head"

bad "empty field" '2: empty field "Summary"' \
    '---\nSummary:\n---\n%s\nBody.\n' "$good_head"

bad "field without a colon" '2: malformed field line "Link https://x.example/" (expected "Key: value", or "---" to end the fields)' \
    '---\nLink https://x.example/\n---\n%s\nBody.\n' "$good_head"

bad "fields not closed before the title" '3: malformed field line "Title" (expected "Key: value", or "---" to end the fields)' \
    '---\nId: urn:ex:a\n%s\nBody.\n' "$good_head"

bad "unclosed fields" '1: fields started with "---" are not closed by a "---" line' \
    '---\nId: urn:ex:a\n'

bad "Updated before the date" '2: Updated is earlier than the date on line 8' \
    '---\nUpdated: 2025-01-01 00:00:00\n---\n%s\nBody.\n' "$good_head"

bad "impossible Updated" '2: invalid date "2025-13-01 00:00:00"' \
    '---\nUpdated: 2025-13-01 00:00:00\n---\n%s\nBody.\n' "$good_head"

test_expect_success 'several bad records: each is reported, and the count says so' '
	printf "x\n" >"$T/feed/articles/a-bad.txt" &&
	printf "y\n" >"$T/feed/articles/b-bad.txt" &&
	test_when_finished "rm -f \"\$T/feed/articles/\"?-bad.txt" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$T/feed" &&
	cat >"$T/want" <<-EOF &&
	feedwright: $T/feed/articles/a-bad.txt:1: missing author name after the title
	feedwright: $T/feed/articles/b-bad.txt:1: missing author name after the title
	feedwright: $T/feed: 2 of 3 records are bad; nothing was published
	EOF
	test_cmp "$T/want" "$T/err"
'

test_expect_success 'a folder named like a record is named as not a regular file, exit 1' '
	mkdir "$T/feed/articles/dir.txt" &&
	test_when_finished "rmdir \"\$T/feed/articles/dir.txt\"" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$T/feed" &&
	test_contains "$T/err" "$T/feed/articles/dir.txt: record is not a regular file (a folder)"
'

test_expect_success 'a record name holding a line break or an escape sequence: one message line, escaped' '
	name=$(printf "x\nfeedwright: fake\033[2Jy.txt") &&
	printf "Title\n\nAuthor\n\na@example.com | 2025-02-30 10:00:00\n\nBody.\n" >"$T/feed/articles/$name" &&
	test_when_finished "rm -f \"\$T/feed/articles/\$name\"" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$T/feed" &&
	printf "%s\n" "feedwright: $T/feed/articles/x\\u000afeedwright: fake\\u001b[2Jy.txt:5: invalid date \"2025-02-30 10:00:00\"" \
	    "feedwright: $T/feed: 1 of 2 records are bad; nothing was published" >"$T/want" &&
	test_cmp "$T/want" "$T/err"
'

test_expect_success 'no records at all: the records folder is named, exit 1' '
	mkdir -p "$T/empty/articles" &&
	cp "$T/feed/feed.conf" "$T/empty/" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$T/empty" &&
	echo "feedwright: $T/empty/articles: no article records (*.txt); nothing was published" >"$T/want" &&
	test_cmp "$T/want" "$T/err"
'

test_done
