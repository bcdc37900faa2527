#!/bin/sh
# Archive documents (issue 13, item 1) are checked like every published
# file and published in the feed's all-or-nothing set: one that fails its
# check leaves every published file as it was, no new folder, no
# temporary file, and the ledger unchanged. --dry-run names them; the
# W3C service accepts an archive document and the subscription feed.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hooks.sh"

F=$T/feed
pub=$F/public
U=https://www.globaleconomictimes.kr/feeds
archive_feed "$F" 3 2

rec() { day_record "$F" "$1"; }

# snapshot: every file and folder under the output folder and the
# feed folder; not the record cache, which pass one may write before
# the publish fails (it is no output).
snapshot() { tree_snapshot "$F" ! -name .feedwright-cache; }

test_expect_success 'set up: 6 records, archives 1 (full) and 2, then 2 records more' '
	for i in 01 02 03 04 05 06; do rec $i || return 1; done &&
	"$FEEDWRIGHT" build "$F" &&
	test -f "$pub/archive/2/atom.xml" &&
	! test -e "$pub/archive/3" &&
	rec 07 && rec 08 &&
	snapshot >"$T/before"
'

for file in archive/2/atom.xml archive/2/rss.xml archive/3/atom.xml; do
	test_expect_success HOOKS "a failed check of $file publishes nothing (status 1)" '
		test_expect_code 1 env FEEDWRIGHT_TEST_HOOK="before-check:$file:fail=EIO" \
		    "$FEEDWRIGHT_HOOKED" build "$F" &&
		echo "feedwright: $pub/$file: cannot check: Input/output error; nothing was published" >"$T/want" &&
		test_cmp "$T/want" "$T/err" &&
		snapshot >"$T/now" &&
		test_cmp "$T/before" "$T/now"
	'
done

test_expect_success '--dry-run names the archive files it would write' '
	"$FEEDWRIGHT" build --dry-run "$F" >"$T/out" &&
	grep -c "/archive/" "$T/out" >"$T/n" &&
	echo 6 >"$T/want" &&
	test_cmp "$T/want" "$T/n" &&
	grep -q "^$pub/archive/2/atom.xml: would be replaced (2 entries, [0-9]* bytes)\$" "$T/out" &&
	grep -q "^$pub/archive/3/rss.xml: would be created (1 entry, [0-9]* bytes)\$" "$T/out" &&
	snapshot >"$T/now" &&
	test_cmp "$T/before" "$T/now"
'

test_expect_success 'the next build publishes the whole set, and -v names the archive files' '
	"$FEEDWRIGHT" build -v "$F" 2>"$T/err" &&
	grep "/archive/" "$T/err" >"$T/got" &&
	cat >"$T/want" <<-EOF &&
	feedwright: $pub/archive/2/atom.xml: replaced
	feedwright: $pub/archive/2/rss.xml: replaced
	feedwright: $pub/archive/2/feed.json: replaced
	feedwright: $pub/archive/3/atom.xml: created
	feedwright: $pub/archive/3/rss.xml: created
	feedwright: $pub/archive/3/feed.json: created
	EOF
	test_cmp "$T/want" "$T/got" &&
	"$FEEDWRIGHT" validate --chain "$pub/atom.xml"
'

test_expect_success '--stdout atom writes the subscription feed with its prev-archive link, and no archive' '
	snapshot >"$T/before" &&
	"$FEEDWRIGHT" build --stdout atom "$F" >"$T/got" &&
	cmp "$pub/atom.xml" "$T/got" &&
	grep -q "<link rel=\"prev-archive\" type=\"application/atom+xml\" href=\"$U/archive/3/atom.xml\"/>" "$T/got" &&
	snapshot >"$T/now" &&
	test_cmp "$T/before" "$T/now"
'

test_expect_success 'archive-size without feed-url is refused at its line' '
	mkdir -p "$T/g/articles" &&
	grep -v "^feed-url" "$F/feed.conf" >"$T/g/feed.conf" &&
	line=$(grep -n "^archive-size" "$T/g/feed.conf" | cut -d: -f1) &&
	test_expect_code 1 "$FEEDWRIGHT" build "$T/g" &&
	echo "feedwright: $T/g/feed.conf:$line: archive-size is given without feed-url, which the archive links are made from; add \"feed-url = URL\"" >"$T/want" &&
	test_cmp "$T/want" "$T/err"
'

W3C=$SHARED/reference/w3c-feedvalidator/w3c-validate
if [ -f "$W3C" ] && "$PYTHON" -c "import lxml, html5lib, rdflib" 2>/dev/null; then
	test_set_prereq W3C
fi
for f in archive/1/atom.xml archive/1/rss.xml atom.xml rss.xml; do
	test_expect_success W3C "the W3C service finds $f valid" '
		"$PYTHON" "$W3C" --base "$U/$f" "$pub/$f" >"$T/got" &&
		echo "$pub/$f: valid" >"$T/want" &&
		test_cmp "$T/want" "$T/got"
	'
done

test_expect_success W3C 'the W3C service finds atom.xml with a tombstone valid, knowing no RFC 6721 (a warning)' '
	rm "$F/articles/r08.txt" &&
	"$FEEDWRIGHT" build "$F" &&
	grep -q "<at:deleted-entry" "$pub/atom.xml" &&
	"$PYTHON" "$W3C" --base "$U/atom.xml" "$pub/atom.xml" >"$T/got" &&
	cat >"$T/want" <<-EOF &&
	$pub/atom.xml:2:0: warning: line 2, column 0: Use of unknown namespace: http://purl.org/atompub/tombstones/1.0 [UnknownNamespace]
	$pub/atom.xml: valid
	EOF
	test_cmp "$T/want" "$T/got"
'

test_done
