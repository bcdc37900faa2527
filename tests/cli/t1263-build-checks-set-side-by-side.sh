#!/bin/sh
# The documents of a set (archive documents, category feeds) are checked
# once written, read back; on two processors two at a time, each check
# with its own validator. What is printed does not depend on it: the
# files' messages in their order, up to the first file that fails and
# none after it, exactly as one thread prints them. The invalid items are
# made by the test hook json-item:ID (an item without its content). The
# records are long: a set under 1 MiB is checked one file at a time.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hooks.sh"

cd "$T" || exit 99

F=$T/feed
pub=$F/public
archive_feed "$F" 2 2
set_conf "$F" json yes

# first_id DOC: the id of the first item of pub/DOC/feed.json.
first_id() {
	sed -n 's/^      "id": "\(.*\)",$/\1/p' "$pub/$1/feed.json" | head -n 1
}

# line_of DOC ID: the line of the item holding ID, as the check names it.
line_of() {
	echo $(($(grep -n "\"id\": \"$2\"" "$pub/$1/feed.json" | cut -d: -f1) - 1))
}

test_expect_success 'set up: 10 records in 5 archive documents, the ids and lines of two, then no published file, so every document is written again' '
	for i in 01 02 03 04 05 06 07 08 09 10
	do
		day_record "$F" $i &&
		awk "BEGIN { for (i = 0; i < 3000; i++) print \"Paragraph \" i \" of a long story.\n\" }" >>"$F/articles/r$i.txt" ||
		return 1
	done &&
	"$FEEDWRIGHT" build "$F" 2>"$T/err" &&
	test -f "$pub/archive/5/feed.json" &&
	test "$(cat "$pub"/archive/*/* | wc -c)" -gt 2000000 &&
	first_id archive/1 >id1 && first_id archive/4 >id4 &&
	test -s id1 && test -s id4 &&
	line_of archive/1 "$(cat id1)" >line1 &&
	rm -r "$pub" && mkdir "$pub" &&
	tree_snapshot "$F" ! -name .feedwright-cache >before
'

# fails THREADS: two documents hold an invalid item; the first is named.
fails() {
	test_expect_code 1 env FEEDWRIGHT_THREADS="$1" \
	    FEEDWRIGHT_TEST_HOOK="json-item:$(cat id4):fail=EIO json-item:$(cat id1):fail=EIO" \
	    "$FEEDWRIGHT_HOOKED" build "$F" &&
	echo "feedwright: $pub/archive/1/feed.json:$(cat line1): items[0] has neither content_html nor content_text [jsonfeed-item-content]" >want &&
	test_cmp want "$T/err" &&
	tree_snapshot "$F" ! -name .feedwright-cache >now &&
	test_cmp before now
}

test_expect_success HOOKS 'two bad documents, checked two at a time: the first is named, nothing is published' '
	fails ""
'

test_expect_success HOOKS 'the same, in one thread: the same message' '
	fails 1
'

test_expect_success 'without them, every document is checked and published' '
	"$FEEDWRIGHT" build "$F" 2>"$T/err" &&
	test_must_be_empty "$T/err" &&
	for d in 1 2 3 4 5; do
		"$FEEDWRIGHT" validate --strict "$pub/archive/$d/atom.xml" \
		    "$pub/archive/$d/rss.xml" "$pub/archive/$d/feed.json" ||
		return 1
	done
'

test_done
