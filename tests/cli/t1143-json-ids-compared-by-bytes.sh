#!/bin/sh
# JSON Feed item ids are unique by their bytes:
# validate kept only a 64-bit hash of each id, so two different ids whose
# hashes collide were called one ("is the id of an earlier item"), and
# such pairs are easy to make. A hash now only picks the candidates.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# Different ids with the same hash_bytes(id, n, 0), 0xe507f30af27bd862.
A='tag:a.b,2025:aaaaaaaaaaa'
B='tag:a.b,2025:11faqqraqqr'

test_expect_success 'two ids whose hashes collide are two ids: valid, silent' '
	cat >two.json <<-EOT &&
	{"version":"https://jsonfeed.org/version/1.1","title":"T","home_page_url":"https://e.x/","feed_url":"https://e.x/feed.json",
	"items":[{"id":"$A","content_text":"one"},
	{"id":"$B","content_text":"two"}]}
	EOT
	test_expect_code 0 "$FEEDWRIGHT" validate --strict two.json &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'the same id again beside them: one error, for that one' '
	cat >three.json <<-EOT &&
	{"version":"https://jsonfeed.org/version/1.1","title":"T","home_page_url":"https://e.x/","feed_url":"https://e.x/feed.json",
	"items":[{"id":"$A","content_text":"one"},
	{"id":"$B","content_text":"two"},
	{"id":"$A","content_text":"three"}]}
	EOT
	test_expect_code 1 "$FEEDWRIGHT" validate three.json &&
	echo "three.json:4:2: error: items[2].id \"$A\" is the id of an earlier item; each item'\''s id is its own [jsonfeed-id-duplicate]" >want &&
	test_cmp want "$T/out" &&
	test_must_be_empty "$T/err"
'

test_done
