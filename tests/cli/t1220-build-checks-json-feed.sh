#!/bin/sh
# build checks feed.json before it publishes it, as it checks the Atom
# and RSS feeds and the page: while it is written (a thread reads the
# bytes) or from the file (one thread), with validate's JSON Feed rules,
# an item at a time. An invalid feed.json, the main feed's or a
# category's, stops the whole set: exit 1, nothing published, the
# problem printed under the file's final name and at its line. The
# invalid item is made by the test hook json-item:ID, which writes the
# item of that id without its content, as a bug in the writer would.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hooks.sh"

cd "$T" || exit 99

new_feed feed
printf "A story\n\nDesk\n\ndesk@example.com | 2026-01-01 00:00:00\n\nNew.\n" >feed/articles/new.txt

test_expect_success 'set up: a published set, and the id of its newest item' '
	test_expect_code 0 "$FEEDWRIGHT" build -o pub feed &&
	test_must_be_empty err &&
	"$FEEDWRIGHT" validate --strict pub/feed.json &&
	ID=$(sed -n "s/^      \"id\": \"\(.*\)\",\$/\1/p" pub/feed.json | head -n 1) &&
	test -n "$ID" && echo "$ID" >id &&
	LINE=$(grep -n "\"id\": \"$ID\"" pub/feed.json | cut -d: -f1) &&
	echo $((LINE - 1)) >line &&
	printf x >>feed/articles/new.txt &&
	tree_snapshot pub >before
'

# json_fails THREADS: the check of feed.json fails with FEEDWRIGHT_THREADS
# set to THREADS; what was published before stays as it was.
json_fails() {
	test_expect_code 1 env FEEDWRIGHT_THREADS="$1" \
	    FEEDWRIGHT_TEST_HOOK="json-item:$(cat id):fail=EIO" \
	    "$FEEDWRIGHT_HOOKED" build -o pub feed &&
	echo "feedwright: pub/feed.json:$(cat line): items[0] has neither content_html nor content_text [jsonfeed-item-content]" >expect &&
	test_cmp expect err &&
	tree_snapshot pub >now &&
	test_cmp before now
}

test_expect_success HOOKS 'an invalid feed.json publishes nothing, exit 1, blamed on pub/feed.json (threads)' '
	json_fails ""
'

test_expect_success HOOKS 'an invalid feed.json publishes nothing, exit 1, blamed on pub/feed.json (one thread)' '
	json_fails 1
'

test_expect_success HOOKS 'a failed read of the check of feed.json publishes nothing: the check runs' '
	test_expect_code 1 env FEEDWRIGHT_TEST_HOOK="check-read:feed.json:fail=EIO" \
	    "$FEEDWRIGHT_HOOKED" build -o pub feed &&
	echo "feedwright: pub/feed.json: cannot read: Input/output error [unreadable]" >expect &&
	test_cmp expect err &&
	tree_snapshot pub >now &&
	test_cmp before now
'

test_expect_success HOOKS 'with --stdout json, an invalid feed.json writes nothing to standard output' '
	test_expect_code 1 env FEEDWRIGHT_TEST_HOOK="json-item:$(cat id):fail=EIO" \
	    "$FEEDWRIGHT_HOOKED" build --stdout json feed &&
	test_must_be_empty out &&
	test_contains err "items[0] has neither content_html nor content_text [jsonfeed-item-content]"
'

test_expect_success 'without the fault, the set is published, feed.json checked and valid' '
	test_expect_code 0 "$FEEDWRIGHT" build -o pub feed &&
	test_must_be_empty err &&
	tree_snapshot pub >now &&
	! test_cmp before now >/dev/null &&
	"$FEEDWRIGHT" validate --strict pub/feed.json
'

# An older record in a category, and one entry in the main feed: the
# category's item is not the main feed's, whose check passes.
test_expect_success HOOKS 'an invalid feed.json of a category publishes nothing either, blamed on it' '
	set_conf feed category-feeds yes &&
	set_conf feed max-entries 1 &&
	category_record feed/articles/cat.txt "2020-01-02 00:00:00" "Filed" "Body." Markets &&
	"$FEEDWRIGHT" build -o cpub feed &&
	CID=$(sed -n "s/^      \"id\": \"\(.*\)\",\$/\1/p" cpub/category/markets/feed.json | head -n 1) &&
	CLINE=$(grep -n "\"id\": \"$CID\"" cpub/category/markets/feed.json | cut -d: -f1) &&
	printf x >>feed/articles/cat.txt &&
	tree_snapshot cpub >cbefore &&
	test_expect_code 1 env FEEDWRIGHT_TEST_HOOK="json-item:$CID:fail=EIO" \
	    "$FEEDWRIGHT_HOOKED" build -o cpub feed &&
	echo "feedwright: cpub/category/markets/feed.json:$((CLINE - 1)): items[0] has neither content_html nor content_text [jsonfeed-item-content]" >expect &&
	test_cmp expect err &&
	tree_snapshot cpub >cnow &&
	test_cmp cbefore cnow
'

test_done
