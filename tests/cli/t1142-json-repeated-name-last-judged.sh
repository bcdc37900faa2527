#!/bin/sh
# A name repeated in one JSON object: validate
# judges the last value, the one Python's json, JavaScript's JSON.parse
# and Go keep (RFC 8259 4), and still warns of the repeat. Judging the
# first let a feed pass whose title, id and content readers see broken.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

test_expect_success 'bad last values: errors for what readers see, besides the warnings' '
	cat >bad.json <<-\EOT &&
	{"version":"https://jsonfeed.org/version/1.1","title":"T","home_page_url":"https://e.x/","feed_url":"https://e.x/feed.json",
	"items":[{"id":"tag:e.x,2025:1","content_text":"x","id":17,"content_text":null}],
	"title":{"not":"a string"}}
	EOT
	test_expect_code 1 "$FEEDWRIGHT" validate bad.json &&
	cat >want <<-\EOT &&
	bad.json:2:52: warning: member "id" repeats the one at line 2, column 11 of the same object; the last is checked, as most readers keep the last [json-duplicate-key]
	bad.json:2:60: warning: member "content_text" repeats the one at line 2, column 33 of the same object; the last is checked, as most readers keep the last [json-duplicate-key]
	bad.json:3:1: warning: member "title" repeats the one at line 1, column 47 of the same object; the last is checked, as most readers keep the last [json-duplicate-key]
	bad.json:3:1: error: title must be a string, not an object [jsonfeed-type]
	bad.json:2:52: error: items[0].id must be a string, not a number [jsonfeed-type]
	bad.json:2:60: error: items[0].content_text must be a string, not null [jsonfeed-type]
	EOT
	test_cmp want "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'bad first values, good last ones: valid, with the warnings' '
	cat >good.json <<-\EOT &&
	{"version":"https://jsonfeed.org/version/1.1","title":{"not":"a string"},"home_page_url":"https://e.x/","feed_url":"https://e.x/feed.json",
	"items":[{"id":17,"content_text":null,"id":"tag:e.x,2025:1","content_text":"x"}],
	"title":"T"}
	EOT
	test_expect_code 0 "$FEEDWRIGHT" validate good.json &&
	cat >want <<-\EOT &&
	good.json:2:39: warning: member "id" repeats the one at line 2, column 11 of the same object; the last is checked, as most readers keep the last [json-duplicate-key]
	good.json:2:61: warning: member "content_text" repeats the one at line 2, column 19 of the same object; the last is checked, as most readers keep the last [json-duplicate-key]
	good.json:3:1: warning: member "title" repeats the one at line 1, column 47 of the same object; the last is checked, as most readers keep the last [json-duplicate-key]
	EOT
	test_cmp want "$T/out" &&
	test_must_be_empty "$T/err"
'

test_done
