#!/bin/sh
# Every kind of bad record gets its own message naming file and line, the
# exit status is 1, and nothing is published: the feed already out there
# stays byte for byte.
. "$SRCDIR/tests/lib.sh"

new_feed "$T/feed"
run "$FEEDWRIGHT" build "$T/feed"
expect_status "first build" 0
cp "$T/feed/public/atom.xml" "$T/atom.before"
cp "$T/feed/public/rss.xml" "$T/rss.before"

# bad WHAT MESSAGE: builds with $T/bad.txt added as a record and expects
# exactly MESSAGE (after "feedwright: PATH:") and the summary line.
bad() {
	cp "$T/bad.txt" "$T/feed/articles/bad.txt"
	run "$FEEDWRIGHT" build "$T/feed"
	expect_status "$1" 1
	expect_eq "$1: message" "$(cat "$T/err")" \
"feedwright: $T/feed/articles/bad.txt:$2
feedwright: $T/feed: 1 of 2 records are bad; nothing was published"
	expect_same_file "$1: atom.xml untouched" "$T/feed/public/atom.xml" "$T/atom.before"
	expect_same_file "$1: rss.xml untouched" "$T/feed/public/rss.xml" "$T/rss.before"
	rm -f "$T/feed/articles/bad.txt"
}

good_head='Title

Author

a@example.com | 2025-01-02 03:04:05
'

: >"$T/bad.txt"
bad "empty record" "1: missing title (the record is empty)"

printf '\n\n   \n' >"$T/bad.txt"
bad "blank record" "3: missing title (the record is empty)"

printf 'Title only\n' >"$T/bad.txt"
bad "missing author" "1: missing author name after the title"

printf 'Title\n\na@example.com | 2025-01-02 03:04:05\n\nBody.\n' >"$T/bad.txt"
bad "author name missing before the date line" \
    '3: missing author name: this is the "EMAIL | DATE" line, which follows the name'

printf 'Title\n\nAuthor\n' >"$T/bad.txt"
bad "missing author line" \
    '3: missing author line "EMAIL | YYYY-MM-DD HH:MM:SS" after the author name'

printf 'Title\n\nAuthor\n\na@example.com 2025-01-02 03:04:05\n\nBody.\n' >"$T/bad.txt"
bad "author line without a bar" \
    '5: malformed author line "a@example.com 2025-01-02 03:04:05" (expected "EMAIL | YYYY-MM-DD HH:MM:SS")'

printf 'Title\n\nAuthor\n\n | 2025-01-02 03:04:05\n\nBody.\n' >"$T/bad.txt"
bad "author line without an email" '5: missing email address before "|"'

printf 'Title\n\nAuthor\n\nnot an address | 2025-01-02 03:04:05\n\nBody.\n' >"$T/bad.txt"
bad "invalid email" '5: invalid email address "not an address"'

printf 'Title\n\nAuthor\n\na@b..c | 2025-01-02 03:04:05\n\nBody.\n' >"$T/bad.txt"
bad "invalid email domain" '5: invalid email address "a@b..c"'

printf 'Title\n\nAuthor\n\na@example.com | 2025-1-02 03:04:05\n\nBody.\n' >"$T/bad.txt"
bad "malformed date" '5: malformed date "2025-1-02 03:04:05" (expected YYYY-MM-DD HH:MM:SS)'

printf 'Title\n\nAuthor\n\na@example.com | 2025-02-30 06:32:57\n\nBody.\n' >"$T/bad.txt"
bad "impossible date" '5: invalid date "2025-02-30 06:32:57"'

printf 'Title\n\nAuthor\n\na@example.com | 2025-02-06 25:00:00\n\nBody.\n' >"$T/bad.txt"
bad "impossible hour" '5: invalid date "2025-02-06 25:00:00"'

set_conf "$T/feed" timezone America/New_York
printf 'Title\n\nAuthor\n\na@example.com | 2025-03-09 02:30:00\n\nBody.\n' >"$T/bad.txt"
bad "time in the DST gap" \
    '5: date "2025-03-09 02:30:00" does not exist in America/New_York (the clocks skip it at a daylight-saving change)'
set_conf "$T/feed" timezone Asia/Seoul

printf '%s\n' "$good_head" >"$T/bad.txt"
bad "empty body" '5: empty body: no paragraph follows the author line'

printf '%s\nWEEKLY HOT\nOnly junk.\n' "$good_head" >"$T/bad.txt"
bad "body that is all trailer" '5: empty body: no paragraph follows the author line'

printf '%s\nBody one.\n\nBad \377 byte.\n' "$good_head" >"$T/bad.txt"
bad "invalid UTF-8" '9: invalid UTF-8 (byte 0xff in column 5)'

printf 'Title \300\257\n' >"$T/bad.txt"
bad "overlong UTF-8" '1: invalid UTF-8 (byte 0xc0 in column 7)'

printf '%s\nA bell \007 rings.\n' "$good_head" >"$T/bad.txt"
bad "control character" '7: character U+0007 in column 8 is not allowed in XML 1.0'

printf 'Title \357\277\276\n' >"$T/bad.txt"
bad "U+FFFE" '1: character U+FFFE in column 7 is not allowed in XML 1.0'

printf -- '---\nColour: red\n---\n%s\nBody.\n' "$good_head" >"$T/bad.txt"
bad "unknown field" '2: unknown field "Colour" (known: Link, Id, Category, Summary, Updated)'

printf -- '---\nLink: /relative\n---\n%s\nBody.\n' "$good_head" >"$T/bad.txt"
bad "relative Link" '2: "Link" "/relative" is not an absolute URI'

printf -- '---\nId: urn:a\nId: urn:b\n---\n%s\nBody.\n' "$good_head" >"$T/bad.txt"
bad "field twice" '3: field "Id" given twice (first on line 2)'

printf -- '---\nSummary:\n---\n%s\nBody.\n' "$good_head" >"$T/bad.txt"
bad "empty field" '2: empty field "Summary"'

printf -- '---\nLink https://x.example/\n---\n%s\nBody.\n' "$good_head" >"$T/bad.txt"
bad "field without a colon" '2: malformed field line "Link https://x.example/" (expected "Key: value", or "---" to end the fields)'

printf -- '---\nId: urn:a\n%s\nBody.\n' "$good_head" >"$T/bad.txt"
bad "fields not closed before the title" '3: malformed field line "Title" (expected "Key: value", or "---" to end the fields)'

printf -- '---\nId: urn:a\n' >"$T/bad.txt"
bad "unclosed fields" '1: fields started with "---" are not closed by a "---" line'

printf -- '---\nUpdated: 2025-01-01 00:00:00\n---\n%s\nBody.\n' "$good_head" >"$T/bad.txt"
bad "Updated before the date" '2: Updated is earlier than the date on line 8'

printf -- '---\nUpdated: 2025-13-01 00:00:00\n---\n%s\nBody.\n' "$good_head" >"$T/bad.txt"
bad "impossible Updated" '2: invalid date "2025-13-01 00:00:00"'

# Several bad records: each is reported, and the count says so.
printf 'x\n' >"$T/feed/articles/a-bad.txt"
printf 'y\n' >"$T/feed/articles/b-bad.txt"
run "$FEEDWRIGHT" build "$T/feed"
expect_status "two bad records" 1
expect_eq "each bad record is reported" "$(cat "$T/err")" \
"feedwright: $T/feed/articles/a-bad.txt:1: missing author name after the title
feedwright: $T/feed/articles/b-bad.txt:1: missing author name after the title
feedwright: $T/feed: 2 of 3 records are bad; nothing was published"
rm -f "$T/feed/articles/"?-bad.txt

# An unreadable record (a folder named like one) is an error, not a crash.
mkdir "$T/feed/articles/dir.txt"
run "$FEEDWRIGHT" build "$T/feed"
expect_status "a folder named like a record" 1
expect_contains "unreadable record is named" "$T/err" "$T/feed/articles/dir.txt: record is not a regular file (a folder)"
rmdir "$T/feed/articles/dir.txt"

# No records at all.
mkdir -p "$T/empty/articles"
cp "$T/feed/feed.conf" "$T/empty/"
run "$FEEDWRIGHT" build "$T/empty"
expect_status "no records" 1
expect_eq "no records message" "$(cat "$T/err")" \
    "feedwright: $T/empty/articles: no article records (*.txt); nothing was published"

finish
