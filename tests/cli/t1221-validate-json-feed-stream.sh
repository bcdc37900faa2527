#!/bin/sh
# validate reads a JSON Feed an item at a time: each item is parsed,
# checked and freed, and only its id kept, so memory stays flat however
# large the file. The whole-document reader held the file and its tree:
# a 120 MB feed cannot fit in a cap of 112 MiB (64 MiB and the shared
# libraries, as t0740), and it now passes within it. The limits are per
# item (8 MiB), and the problems are said in the order they were when the
# document was read whole: the feed's, then its items', and only the
# fault if the JSON breaks.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

capped_validate() {
	(limit_validate_memory; ulimit -t 60; exec timeout 120 "$FEEDWRIGHT" validate "$@")
}

V11=https://jsonfeed.org/version/1.1
HEAD="{\"version\":\"$V11\",\"title\":\"T\",\"home_page_url\":\"https://e.example/\",\"feed_url\":\"https://e.example/feed.json\",\"items\":["

# big FILE N [LAST-ID]: a valid feed of N items of 600 bytes; the last
# item's id is LAST-ID if given.
big() {
	awk -v head="$HEAD" -v n="$2" -v last="${3:-}" 'BEGIN {
		body = sprintf("%480s", ""); gsub(/ /, "x", body)
		printf "%s", head
		for (i = 0; i < n; i++) {
			id = (i == n - 1 && last != "") ? last : "https://e.example/" i
			printf "%s{\"id\":\"%s\",\"url\":\"https://e.example/%d\",\"title\":\"Item %d\",\"content_html\":\"<p>%s</p>\",\"date_published\":\"2025-01-01T00:00:00Z\"}", (i ? ",\n" : ""), id, i, i, body
		}
		printf "]}\n"
	}' >"$1"
}

test_expect_success 'a 120 MB JSON Feed of 200,000 items is valid within a 112 MiB cap the file alone passes' '
	big big.json 200000 &&
	test "$(wc -c <big.json)" -gt $((112 * 1048576)) &&
	test_expect_code 0 capped_validate --strict big.json &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success GNU_TIME 'its peak is under 64 MiB, as for XML' '
	/usr/bin/time -f %M -o rss "$FEEDWRIGHT" validate big.json &&
	echo "peak: $(tail -n 1 rss) KB" &&
	test "$(tail -n 1 rss)" -lt 65536
'

test_expect_success 'the last of 200,000 items repeating the first id is found, at its place' '
	big dup.json 200000 https://e.example/0 &&
	test_expect_code 1 capped_validate dup.json &&
	echo "dup.json:200000:1: error: items[199999].id \"https://e.example/0\" is the id of an earlier item; each item'"'"'s id is its own [jsonfeed-id-duplicate]" >want &&
	sed "s/:200000:[0-9]*:/:200000:1:/" "$T/out" >got &&
	test_cmp want got &&
	rm -f big.json dup.json
'

test_expect_success 'an item past 8 MiB is too-large at its place; the file is not refused for its size' '
	awk -v head="$HEAD" "BEGIN { printf \"%s{\\\"id\\\":\\\"a\\\",\\\"content_text\\\":\\\"ok\\\"},\n{\\\"id\\\":\\\"b\\\",\\\"content_text\\\":\\\"\", head; s = \"xxxxxxxxxxxxxxxx\"; for (i = 0; i < 19; i++) s = s s; for (i = 0; i < 17; i++) printf \"%s\", s; printf \"\\\"}]}\" }" >huge-item.json &&
	test "$(wc -c <huge-item.json)" -gt 8388608 &&
	test_expect_code 1 capped_validate huge-item.json &&
	echo "huge-item.json:2:1: error: an item, or a member of the feed, larger than 8 MiB, more than validate reads [too-large]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'the feed'"'"'s problems come before its items'"'"', wherever the items are; 1.0 set last still drops the items'"'"' author warnings' '
	printf "{\"items\": [{\"id\": \"a\", \"content_text\": \"x\", \"author\": {\"name\": \"n\"}},\n{\"id\": \"a\", \"content_text\": \"y\"}],\n\"title\": 5, \"version\": \"https://jsonfeed.org/version/1\"}" >order.json &&
	test_expect_code 1 "$FEEDWRIGHT" validate order.json &&
	cat >want <<-\EOF &&
	order.json:3:13: warning: JSON Feed 1.0, checked with the rules of 1.1 [jsonfeed-version-old]
	order.json:3:1: error: title must be a string, not a number [jsonfeed-type]
	order.json:1:1: warning: the feed has no home_page_url, which JSON Feed strongly recommends [jsonfeed-url-missing]
	order.json:1:1: warning: the feed has no feed_url, which JSON Feed strongly recommends [jsonfeed-url-missing]
	order.json:2:2: error: items[1].id "a" is the id of an earlier item; each item'"'"'s id is its own [jsonfeed-id-duplicate]
	EOF
	test_cmp want "$T/out"
'

test_expect_success 'a fault after the items is the only problem said (with repeated names met before it)' '
	printf "{\"items\": [{\"id\": 1, \"x\": 1, \"x\": 2}],\n\"title\": tru}" >late.json &&
	test_expect_code 1 "$FEEDWRIGHT" validate late.json &&
	cat >want <<-\EOF &&
	late.json:1:30: warning: member "x" repeats the one at line 1, column 22 of the same object; the last is checked, as most readers keep the last [json-duplicate-key]
	late.json:2:10: error: JSON: expected a value, found "t" [json-syntax]
	EOF
	test_cmp want "$T/out"
'

test_done
