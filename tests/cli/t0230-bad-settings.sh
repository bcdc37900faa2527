#!/bin/sh
# Bad settings: unknown keys, missing required keys and bad values are
# errors naming feed.conf and the line.
. "$SRCDIR/tests/lib.sh"

new_feed "$T/feed"
conf=$T/feed/feed.conf
cp "$conf" "$T/good.conf"

# refused MESSAGE: building with feed.conf as it is now fails with exactly
# "feedwright: FEED.CONF" then MESSAGE, exit 1, and publishes nothing.
# The good settings come back when the test ends.
refused() {
	test_when_finished 'cp "$T/good.conf" "$conf"'
	test_expect_code 1 "$FEEDWRIGHT" build "$T/feed" &&
	echo "feedwright: $conf$1" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	test_path_is_missing "$T/feed/public"
}
# line_of KEY: the line of feed.conf that sets KEY.
line_of() {
	grep -n "^$1 *=" "$conf" | cut -d: -f1
}

test_expect_success 'an unknown key is refused at its line' '
	echo "colour = blue" >>"$conf" &&
	refused ":$(wc -l <"$conf"): unknown setting \"colour\""
'

command -v groff >/dev/null 2>&1 && test_set_prereq GROFF

# A value for each key feedwright(5) may let repeat, to give it twice.
twice_value() {
	case $1 in
	trailer) echo "MORE NEWS" ;;
	category) echo "Markets" ;;
	hub) echo "https://hub$2.example/" ;;
	*) return 1 ;;
	esac
}

test_expect_success GROFF 'the keys feedwright(5) lets repeat are the README'\''s, and each may be given twice' '
	groff -man -Tascii -P-cbou -rHY=0 "$SRCDIR/doc/feedwright.5" 2>/dev/null |
	    tr -s " \n" "  " >"$T/man5" &&
	sed -n "s/.*Each key may be given once, except \([^.(:]*\)[.(:].*/\1/p" "$T/man5" |
	    tr -s ", " "\n\n" | grep -v "^and$" | grep . | sort >"$T/man-keys" &&
	sed -n "s/^| \`\([a-z-]*\)\` | repeatable |.*/\1/p" "$SRCDIR/README.md" | sort >"$T/readme-keys" &&
	test_cmp "$T/readme-keys" "$T/man-keys" &&
	while read -r k; do
		cp "$T/good.conf" "$conf" &&
		printf "%s = %s\n" "$k" "$(twice_value "$k" 1)" "$k" "$(twice_value "$k" 2)" >>"$conf" &&
		test_expect_code 0 "$FEEDWRIGHT" build -q -n "$T/feed" || return 1
	done <"$T/man-keys" &&
	cp "$T/good.conf" "$conf"
'

test_expect_success 'a key set twice is refused at the second line, naming the first' '
	echo "title = Again" >>"$conf" &&
	refused ":$(wc -l <"$conf"): title is set twice (first on line $(grep -n "^title" "$T/good.conf" | cut -d: -f1))"
'

test_expect_success 'a missing title is refused' '
	grep -v "^title" "$T/good.conf" >"$conf" &&
	refused ": required setting \"title\" is missing"
'

test_expect_success 'a missing feed-url is refused' '
	grep -v "^feed-url" "$T/good.conf" >"$conf" &&
	refused ": required setting \"feed-url\" is missing"
'

test_expect_success 'a line without "=" is refused at its line' '
	echo "just words" >>"$conf" &&
	refused ":$(wc -l <"$conf"): expected \"key = value\", found \"just words\""
'

test_expect_success 'an empty value is refused at its line' '
	{ echo "subtitle =" && grep -v "^subtitle" "$T/good.conf"; } >"$conf" &&
	refused ":1: subtitle has no value"
'

# Shown to readers, so as empty as "subtitle =": Unicode white space and
# characters that show nothing.
test_expect_success 'a title of no-break spaces is refused at its line' '
	sed "s|^title = .*|title = $(printf "\302\240\302\240")|" "$T/good.conf" >"$conf" &&
	refused ":$(line_of title): title is blank: only white space or invisible characters (the first is U+00A0), which readers show as nothing"
'

test_expect_success 'an author of a right-to-left mark is refused at its line' '
	sed "s|^author = .*|author = $(printf "\342\200\217")|" "$T/good.conf" >"$conf" &&
	refused ":$(line_of author): author is blank: only white space or invisible characters (the first is U+200F), which readers show as nothing"
'

test_expect_success 'rights of an ideographic space are refused at their line' '
	printf "rights = \343\200\200\n" >>"$conf" &&
	refused ":$(wc -l <"$conf"): rights is blank: only white space or invisible characters (the first is U+3000), which readers show as nothing"
'

test_expect_success 'a category of a zero width space is refused at its line' '
	printf "category = \342\200\213\n" >>"$conf" &&
	refused ":$(wc -l <"$conf"): category is blank: only white space or invisible characters (the first is U+200B), which readers show as nothing"
'

test_expect_success 'a relative link is refused at its line' '
	sed "s|^link = .*|link = www.example.com|" "$T/good.conf" >"$conf" &&
	refused ":$(line_of link): link: \"www.example.com\" is not an absolute URI"
'

test_expect_success 'a feed-url without a final slash is refused at its line' '
	sed "s|^feed-url = .*|feed-url = https://example.com/feeds|" "$T/good.conf" >"$conf" &&
	refused ":$(line_of feed-url): feed-url: \"https://example.com/feeds\" is not an absolute URI ending in \"/\" (the folder the feeds are served from)"
'

test_expect_success 'a feed-url with a query or a fragment is refused at its line, even ending in a slash' '
	sed "s|^feed-url = .*|feed-url = https://example.com/feeds/?v=1/|" "$T/good.conf" >"$conf" &&
	refused ":$(line_of feed-url): feed-url: \"https://example.com/feeds/?v=1/\" has a query (?): the feeds'"'"' file names would be appended to it, not to the folder'"'"'s path" &&
	sed "s|^feed-url = .*|feed-url = https://example.com/feeds/#latest/|" "$T/good.conf" >"$conf" &&
	refused ":$(line_of feed-url): feed-url: \"https://example.com/feeds/#latest/\" has a fragment (#): the feeds'"'"' file names would be appended to it, not to the folder'"'"'s path"
'

test_expect_success 'an entry-link without {slug} is refused at its line' '
	sed "s|^entry-link = .*|entry-link = https://example.com/news/|" "$T/good.conf" >"$conf" &&
	refused ":$(line_of entry-link): entry-link: \"https://example.com/news/\" is not an absolute URI template holding {slug}"
'

test_expect_success 'a language that is no language tag is refused at its line' '
	sed "s|^language = .*|language = english please|" "$T/good.conf" >"$conf" &&
	refused ":$(line_of language): language: \"english please\" is not a language tag (like \"en\" or \"ko-KR\")"
'

test_expect_success 'a zone name through ".." is refused at its line' '
	sed "s|^timezone = .*|timezone = ../../etc/passwd|" "$T/good.conf" >"$conf" &&
	refused ":$(line_of timezone): timezone: \"../../etc/passwd\" is not an IANA time zone name (like \"Asia/Seoul\")"
'

test_expect_success 'an unknown zone is refused at its line' '
	sed "s|^timezone = .*|timezone = Mars/Olympus_Mons|" "$T/good.conf" >"$conf" &&
	refused ":$(line_of timezone): unknown time zone \"Mars/Olympus_Mons\""
'

test_expect_success 'an author-email that is no address is refused at its line' '
	echo "author-email = nobody" >>"$conf" &&
	refused ":$(wc -l <"$conf"): author-email: \"nobody\" is not an email address"
'

for v in 0 1000001 12x -1; do
	test_expect_success "max-entries = $v is refused at its line" '
		sed "s|^max-entries = .*|max-entries = $v|" "$T/good.conf" >"$conf" &&
		refused ":$(line_of max-entries): max-entries: \"$v\" is not a whole number from 1 to 1000000"
	'
done

for v in 0755 644x 0400 01644 64 0666x; do
	test_expect_success "mode = $v is refused at its line" '
		sed "s|^max-entries = .*|mode = $v|" "$T/good.conf" >"$conf" &&
		refused ":$(line_of mode): mode: \"$v\" is not a file mode like 0644 (octal; read and write for the owner; no execute bits)"
	'
done

test_expect_success 'an output folder through ".." is refused at its line' '
	sed "s|^output = .*|output = ../../www|" "$T/good.conf" >"$conf" &&
	refused ":$(line_of output): output: \"../../www\" goes through \"..\"; give a folder inside the feed folder or an absolute path"
'

test_expect_success 'invalid UTF-8 is refused at its line' '
	printf "title = Bad \377\n" >"$conf" &&
	refused ":1: invalid UTF-8 (byte 0xff in column 13)"
'

test_done
