#!/bin/sh
# Per-category feeds (issue 13, item 3) are published in the main feed's
# all-or-nothing set: a category feed that fails its check, or a failed
# removal of a category no record uses any more, leaves every published
# file as it was (the same inode), no new folder, no temporary file and
# no backup; the next build publishes the whole set.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hooks.sh"

F=$T/feed
pub=$F/public
new_feed "$F"
echo "category-feeds = yes" >>"$F/feed.conf"

# rec NAME DATE CATEGORY...
rec() {
	_n=$1 _d=$2
	shift 2
	category_record "$F/articles/$_n.txt" "$_d" "Title $_n" "Body." "$@"
}

# snapshot: every file and folder under the output folder.
snapshot() { tree_snapshot "$pub"; }

test_expect_success 'set up: a published feed with Markets and World feeds, then records that change them' '
	rec a "2025-01-01 10:00:00" Markets &&
	rec b "2025-01-02 10:00:00" World Markets &&
	"$FEEDWRIGHT" build "$F" &&
	snapshot >"$T/before" &&
	grep -q "^./category/markets/atom.xml " "$T/before" &&
	grep -q "^./category/world/rss.xml " "$T/before" &&
	rec a "2025-01-01 10:00:00" Fresh &&
	rec b "2025-01-02 10:00:00" World
'

for file in category/world/atom.xml category/world/rss.xml category/fresh/atom.xml; do
	test_expect_success HOOKS "a failed check of $file publishes nothing (status 1)" '
		test_expect_code 1 env FEEDWRIGHT_TEST_HOOK="before-check:$file:fail=EIO" \
		    "$FEEDWRIGHT_HOOKED" build "$F" &&
		echo "feedwright: $pub/$file: cannot check: Input/output error; nothing was published" >"$T/want" &&
		test_cmp "$T/want" "$T/err" &&
		snapshot >"$T/now" &&
		test_cmp "$T/before" "$T/now"
	'
done

test_expect_success HOOKS 'a failed removal of the Markets feed puts back every file already replaced (status 3)' '
	test_expect_code 3 env FEEDWRIGHT_TEST_HOOK="before-remove:category/markets/rss.xml:fail=EIO" \
	    "$FEEDWRIGHT_HOOKED" build "$F" &&
	echo "feedwright: $pub/category/markets/rss.xml: cannot publish: Input/output error; nothing was published" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	snapshot >"$T/now" &&
	test_cmp "$T/before" "$T/now"
'

test_expect_success 'the next build publishes the whole set: Fresh is new, Markets is gone' '
	"$FEEDWRIGHT" build "$F" &&
	(cd "$pub/category" && find . | sort) >"$T/got" &&
	cat >"$T/want" <<-\EOF &&
	.
	./fresh
	./fresh/atom.xml
	./fresh/feed.json
	./fresh/rss.xml
	./world
	./world/atom.xml
	./world/feed.json
	./world/rss.xml
	EOF
	test_cmp "$T/want" "$T/got"
'

test_expect_success HOOKS 'a build killed before its renames leaves temporary files the next build removes' '
	rec c "2025-01-03 10:00:00" World Later &&
	test_expect_code 137 env FEEDWRIGHT_TEST_HOOK="after-write:kill" \
	    "$FEEDWRIGHT_HOOKED" build "$F" &&
	find "$pub/category" -name ".*" >"$T/left" &&
	test -s "$T/left" &&
	"$FEEDWRIGHT" build "$F" 2>"$T/err" &&
	find "$pub/category" -name ".*" >"$T/left" &&
	test_must_be_empty "$T/left" &&
	test_path_is_file "$pub/category/later/atom.xml"
'

test_expect_success HOOKS 'the folder of a category dropped after a killed build goes too, temporary files and all' '
	rec d "2025-01-04 10:00:00" Brief &&
	test_expect_code 137 env FEEDWRIGHT_TEST_HOOK="after-write:kill" \
	    "$FEEDWRIGHT_HOOKED" build "$F" &&
	find "$pub/category/brief" -name ".*" >"$T/left" &&
	test -s "$T/left" &&
	test_path_is_missing "$pub/category/brief/atom.xml" &&
	rec d "2025-01-04 10:00:00" &&
	"$FEEDWRIGHT" build "$F" &&
	test_path_is_missing "$pub/category/brief"
'

test_expect_success HOOKS 'a record deleted between the two passes is left out of the main feed and of its categories feeds' '
	rm -f "$F"/articles/[a-z].txt &&
	rec a "2025-01-01 10:00:00" Markets &&
	rec b "2025-01-02 10:00:00" World Markets &&
	rec c "2025-01-03 10:00:00" World Only &&
	hook_start vanish "before-read:b.txt" "$F" &&
	hook_go vanish &&
	test "$(timeout 60 head -n 1 "$T/vanish.fifo")" = "before-read:b.txt" &&
	rm "$F/articles/b.txt" &&
	hook_go vanish &&
	hook_wait "$hook_pid" &&
	test "$status" = 0 &&
	echo "feedwright: $F/articles/b.txt: warning: record disappeared during the build; left out" >"$T/want" &&
	test_cmp "$T/want" "$T/vanish.err" &&
	test_lacks "$pub/atom.xml" "news/b<" &&
	test_contains "$pub/atom.xml" "news/a<" &&
	test_lacks "$pub/category/markets/atom.xml" "news/b<" &&
	test_contains "$pub/category/markets/atom.xml" "news/a<" &&
	test_lacks "$pub/category/world/rss.xml" "news/b<" &&
	test_contains "$pub/category/world/rss.xml" "news/c<" &&
	test_contains "$pub/category/only/atom.xml" "news/c<" &&
	"$FEEDWRIGHT" validate "$pub"/category/*/atom.xml "$pub"/category/*/rss.xml
'

test_done
