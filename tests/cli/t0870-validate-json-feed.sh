#!/bin/sh
# validate checks JSON Feed 1.1 (issue 9, item 5): a good feed is silent,
# a bad one gets exact messages at FILE:LINE:COL; the JSON is read by a
# strict RFC 8259 reader whose first fault stops the check; hostile JSON
# (deep nesting, huge strings, many values, invalid UTF-8) is refused at
# once within bounded memory; an escaped lone surrogate, which RFC 8259
# 8.2 allows, is a warning and the check goes on; the showcase's
# feed.json is valid under --strict.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

V11=https://jsonfeed.org/version/1.1

# expect_report FILE STATUS LINE...: validate FILE exits STATUS and
# prints exactly LINE...
expect_report() {
	_f=$1 _st=$2
	shift 2
	printf '%s\n' "$@" >"$T/want" &&
	test_expect_code "$_st" capped "$FEEDWRIGHT" validate "$_f" &&
	test_cmp "$T/want" "$T/out" &&
	test_must_be_empty "$T/err"
}

test_expect_success 'a good JSON Feed: silent under --strict, format json-feed-1.1' '
	cat >good.json <<-EOT &&
	{
	  "version": "$V11",
	  "title": "Example",
	  "home_page_url": "https://example.org/",
	  "feed_url": "https://example.org/feed.json",
	  "description": "News",
	  "icon": "https://example.org/icon.png",
	  "favicon": "https://example.org/favicon.ico",
	  "language": "en-GB",
	  "expired": false,
	  "authors": [{"name": "A", "url": "mailto:a@example.org"}],
	  "hubs": [{"type": "WebSub", "url": "https://hub.example.org/"}],
	  "_ext": {"anything": [1, 2.5e-3, -0, true, null, "\\u00e9\\ud83d\\ude00"]},
	  "items": [
	    {
	      "id": "tag:example.org,2025:1",
	      "url": "https://example.org/1",
	      "title": "One",
	      "content_html": "<p>One</p>",
	      "summary": "One.",
	      "image": "https://example.org/1.png",
	      "date_published": "2025-01-02T03:04:05+09:00",
	      "date_modified": "2025-01-03T00:00:00Z",
	      "tags": ["a", "b"],
	      "attachments": [{"url": "https://example.org/1.mp3",
	        "mime_type": "audio/mpeg", "title": "One",
	        "size_in_bytes": 1000, "duration_in_seconds": 60}]
	    },
	    {"id": "2", "content_text": "Two"}
	  ]
	}
	EOT
	test_expect_code 0 "$FEEDWRIGHT" validate --strict good.json &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --format=json good.json &&
	echo "{\"file\": \"good.json\", \"format\": \"json-feed-1.1\", \"valid\": true, \"errors\": 0, \"warnings\": 0, \"problems\": []}" >want &&
	test_cmp want "$T/out" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict - <good.json &&
	test_must_be_empty "$T/out"
'

test_expect_success 'a bad JSON Feed: every fault, at its line and column' '
	cat >bad.json <<-EOT &&
	{
	  "version": "$V11",
	  "title": 5,
	  "expired": "no",
	  "hubs": [{"url": "https://hub.example.org/"}],
	  "items": [
	    {"id": 1, "content_html": "x", "date_published": "2025-13-02T00:00:00Z",
	     "url": "a b", "author": {}, "tags": [1],
	     "attachments": [{"url": "/x"}], "foo": 1},
	    {"id": "a", "content_text": "y", "language": "abcdefghi", "id": "b"},
	    {"id": "b"},
	    "three"
	  ]
	}
	EOT
	expect_report bad.json 1 \
	    "bad.json:10:63: warning: member \"id\" repeats the one at line 10, column 6 of the same object; the last is checked, as most readers keep the last [json-duplicate-key]" \
	    "bad.json:3:3: error: title must be a string, not a number [jsonfeed-type]" \
	    "bad.json:1:1: warning: the feed has no home_page_url, which JSON Feed strongly recommends [jsonfeed-url-missing]" \
	    "bad.json:1:1: warning: the feed has no feed_url, which JSON Feed strongly recommends [jsonfeed-url-missing]" \
	    "bad.json:4:3: error: expired must be a boolean, not a string [jsonfeed-type]" \
	    "bad.json:5:12: error: hubs[0] has no type [jsonfeed-required]" \
	    "bad.json:5:3: warning: hubs are named but there is no feed_url, the topic WebSub tells them of [jsonfeed-hub]" \
	    "bad.json:9:38: warning: \"foo\" in items[0] is not a member JSON Feed 1.1 defines; an extension'\''s name starts with \"_\" [jsonfeed-unknown-key]" \
	    "bad.json:7:6: error: items[0].id must be a string, not a number [jsonfeed-type]" \
	    "bad.json:8:6: error: items[0].url \"a b\" is not a URL [jsonfeed-url]" \
	    "bad.json:7:36: error: items[0].date_published \"2025-13-02T00:00:00Z\" is not an RFC 3339 date-time: it has a field out of range (no such date or time) [jsonfeed-date]" \
	    "bad.json:8:20: warning: items[0].author is JSON Feed 1.0'\''s; 1.1 deprecates it for authors, an array [jsonfeed-author-deprecated]" \
	    "bad.json:8:20: error: items[0].author has none of name, url and avatar: an author needs at least one [jsonfeed-author-empty]" \
	    "bad.json:8:43: error: items[0].tags[0] must be a string, not a number [jsonfeed-type]" \
	    "bad.json:9:23: warning: items[0].attachments[0].url \"/x\" is a relative URL, which JSON Feed gives no base to resolve against [jsonfeed-url-relative]" \
	    "bad.json:9:22: error: items[0].attachments[0] has no mime_type [jsonfeed-required]" \
	    "bad.json:10:38: error: items[1].language \"abcdefghi\" is not a language tag (RFC 5646) [jsonfeed-language]" \
	    "bad.json:11:6: error: items[2].id \"b\" is the id of an earlier item; each item'\''s id is its own [jsonfeed-id-duplicate]" \
	    "bad.json:11:5: error: items[2] has neither content_html nor content_text [jsonfeed-item-content]" \
	    "bad.json:12:5: error: items[3] must be an object, not a string [jsonfeed-type]"
'

test_expect_success 'dates with a lower-case t and z, which RFC 3339 5.6 allows: valid, as Atom alone forbids them' '
	cat >lower.json <<-EOT &&
	{"version": "$V11", "title": "T", "home_page_url": "https://example.org/",
	 "feed_url": "https://example.org/feed.json", "items": [{"id": "1",
	 "content_text": "x", "date_published": "2025-03-03t10:00:00z",
	 "date_modified": "2025-03-04t10:00:00+09:00"}]}
	EOT
	test_expect_code 0 "$FEEDWRIGHT" validate --strict lower.json &&
	test_must_be_empty "$T/out"
'

test_expect_success 'not a JSON Feed: an array, a feed without version or items' '
	echo "[]" >array.json &&
	expect_report array.json 1 \
	    "array.json:1:1: error: the file is JSON, but its root is an array: a JSON Feed is an object [jsonfeed-type]" &&
	echo "{\"title\": \"t\", \"home_page_url\": \"https://e.org/\", \"feed_url\": \"https://e.org/f.json\"}" >bare.json &&
	expect_report bare.json 1 \
	    "bare.json:1:1: error: no version: a JSON Feed 1.1 has \"version\": \"$V11\" [jsonfeed-version]" \
	    "bare.json:1:1: error: the feed has no items (an empty feed has \"items\": []) [jsonfeed-required]"
'

# syntax NAME BYTES MESSAGE: the file NAME.json holding BYTES (printf
# format) is refused with "NAME.json:MESSAGE [json-syntax]", exit 1.
syntax() {
	printf "$2" >"$1.json" &&
	expect_report "$1.json" 1 "$1.json:$3 [json-syntax]"
}

test_expect_success 'strict RFC 8259: what JSON does not allow is an error at its place' '
	syntax comma "{\"a\": [1, 2,]}" "1:13: error: JSON: a trailing comma before \"]\"" &&
	syntax comma-obj "{\"a\": 1,\n }" "2:2: error: JSON: a trailing comma before \"}\"" &&
	syntax comment "{\n  // no\n}" "2:3: error: JSON: expected a member name in quotes, found \"/\" (JSON has no comments)" &&
	syntax quote "{'\''a'\'': 1}" "1:2: error: JSON: expected a member name in quotes, found \"'\''\"" &&
	syntax zero "[01]" "1:2: error: JSON: a number with a leading zero" &&
	syntax point "[1.]" "1:4: error: JSON: a number needs a digit after its decimal point" &&
	syntax exp "[1e+]" "1:5: error: JSON: a number needs a digit in its exponent" &&
	syntax plus "[+1]" "1:2: error: JSON: expected a value, found \"+\"" &&
	syntax nan "[NaN]" "1:2: error: JSON: expected a value, found \"N\"" &&
	syntax escape "[\"\\\\x41\"]" "1:3: error: JSON: \\x is not a JSON escape" &&
	syntax hex "[\"\\\\u12\"]" "1:3: error: JSON: \\u must be followed by four hex digits" &&
	syntax control "[\"a\tb\"]" "1:4: error: JSON: control character 0x09 in a string: write it as an escape (\\u0009)" &&
	syntax open "[\"abc" "1:6: error: JSON: a string without its closing quote" &&
	syntax end "{\"a\": 1" "1:8: error: JSON: expected \",\" or \"}\", found the end of the file" &&
	syntax after "{}\n{}" "2:1: error: JSON: \"{\" after the end of the document"
'

test_expect_success 'a byte order mark: an error (RFC 8259 8.1), and the rest is checked past it, as a reader that ignores it reads it' '
	printf "\357\273\277{\"version\": \"$V11\", \"title\": \"T\", \"home_page_url\": \"https://e.org/\", \"feed_url\": \"https://e.org/f.json\",\n\"items\": [{\"id\": \"1\", \"content_text\": \"x\", \"date_published\": \"yesterday\"}]}" >bom.json &&
	test_expect_code 1 "$FEEDWRIGHT" validate bom.json &&
	cat >want <<-\EOF &&
	bom.json:1:1: error: JSON: a byte order mark, which JSON text must not start with (RFC 8259 8.1); the rest is checked as readers that ignore it read it [json-syntax]
	bom.json:2:44: error: items[0].date_published "yesterday" is not an RFC 3339 date-time: it does not match the date format [jsonfeed-date]
	EOF
	test_cmp want "$T/out"
'

test_expect_success 'invalid UTF-8 is an error; a lone surrogate (below) and a surrogate pair are not' '
	syntax latin1 "[\"caf\351\"]" "1:6: error: JSON: byte 0xe9 is not UTF-8 (RFC 8259 8.1: JSON text is UTF-8)" &&
	syntax overlong "[\"\300\200\"]" "1:3: error: JSON: byte 0xc0 is not UTF-8 (RFC 8259 8.1: JSON text is UTF-8)" &&
	syntax cesu "[\"\355\240\200\"]" "1:3: error: JSON: byte 0xed is not UTF-8 (RFC 8259 8.1: JSON text is UTF-8)" &&
	syntax beyond "[\"\364\220\200\200\"]" "1:3: error: JSON: byte 0xf4 is not UTF-8 (RFC 8259 8.1: JSON text is UTF-8)" &&
	syntax cut "[\"\342\202\"]" "1:3: error: JSON: byte 0xe2 is not UTF-8 (RFC 8259 8.1: JSON text is UTF-8)" &&
	printf "{\"version\": \"$V11\", \"title\": \"\\\\ud83d\\\\ude00 \342\202\254\", \"home_page_url\": \"https://e.org/\", \"feed_url\": \"https://e.org/f.json\", \"items\": []}" >pair.json &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict pair.json &&
	test_must_be_empty "$T/out"
'

test_expect_success 'an escaped lone surrogate: RFC 8259 8.2 allows it, a warning at each, and the check goes on' '
	printf "{\"version\": \"$V11\", \"title\": \"T \\\\ud83d\", \"home_page_url\": \"https://e.org/\", \"feed_url\": \"https://e.org/f.json\",\n\"items\": [{\"id\": \"1\", \"content_text\": \"x\\\\ude00 \\\\ud83d\\\\u0041\", \"date_published\": \"yesterday\"}]}" >lone.json &&
	test_expect_code 1 "$FEEDWRIGHT" validate lone.json &&
	cat >want <<-\EOF &&
	lone.json:1:61: warning: \ud83d is a lone high surrogate: RFC 8259 allows it, but readers show it as U+FFFD, drop it or refuse the string (an emoji cut in two?) [json-lone-surrogate]
	lone.json:2:41: warning: \ude00 is a lone low surrogate: RFC 8259 allows it, but readers show it as U+FFFD, drop it or refuse the string (an emoji cut in two?) [json-lone-surrogate]
	lone.json:2:48: warning: \ud83d is a lone high surrogate: RFC 8259 allows it, but readers show it as U+FFFD, drop it or refuse the string (an emoji cut in two?) [json-lone-surrogate]
	lone.json:2:63: error: items[0].date_published "yesterday" is not an RFC 3339 date-time: it does not match the date format [jsonfeed-date]
	EOF
	test_cmp want "$T/out"
'

test_expect_success 'hostile: 100,000 nested arrays or objects stop at level 256, at once' '
	awk "BEGIN { for (i = 0; i < 100000; i++) printf \"[\" }" >deep.json &&
	expect_report deep.json 1 \
	    "deep.json:1:257: error: arrays and objects nested deeper than 256 levels, more than validate reads [too-large]" &&
	awk "BEGIN { for (i = 0; i < 100000; i++) printf \"{\\\"a\\\":\" }" >deepobj.json &&
	expect_report deepobj.json 1 \
	    "deepobj.json:1:1281: error: arrays and objects nested deeper than 256 levels, more than validate reads [too-large]"
'

test_expect_success 'hostile: a file past 8 MiB is refused, one within is read in bounded memory' '
	awk "BEGIN { printf \"[\\\"\"; s = \"xxxxxxxxxxxxxxxx\"; for (i = 0; i < 20; i++) s = s s; for (i = 0; i < 9; i++) printf \"%s\", s; printf \"\\\"]\" }" >huge.json &&
	expect_report huge.json 1 \
	    "huge.json:0:0: error: a JSON file larger than 8 MiB, more than validate reads [too-large]" &&
	head -c 8000000 huge.json >big.json &&
	printf "\"]" >>big.json &&
	expect_report big.json 1 \
	    "big.json:1:1: error: the file is JSON, but its root is an array: a JSON Feed is an object [jsonfeed-type]"
'

test_expect_success 'hostile: millions of tiny values pass the 48 MiB budget, and stop there' '
	awk "BEGIN { printf \"[0\"; for (i = 0; i < 4000000; i++) printf \",0\"; printf \"]\" }" >many.json &&
	test_expect_code 1 capped "$FEEDWRIGHT" validate many.json &&
	test_must_be_empty "$T/err" &&
	grep -E "^many\.json:1:[0-9]+: error: the document would take more than 48 MiB of memory, more than validate reads \[too-large\]\$" "$T/out" &&
	test "$(wc -l <"$T/out")" -eq 1
'

test_expect_success GNU_TIME 'the worst files within the limits peak under 64 MiB' '
	for f in many.json big.json; do
		/usr/bin/time -f %M -o rss "$FEEDWRIGHT" validate "$f" \
		    >/dev/null 2>&1
		echo "$f: peak $(tail -n 1 rss) KB" &&
		test "$(tail -n 1 rss)" -lt 65536 || return 1
	done
'

test_expect_success '250,000 names in one object: a repeated one found, in linear time' '
	awk "BEGIN { printf \"{\"; for (i = 0; i < 250000; i++) printf \"\\\"_k%d\\\": 0, \", i; printf \"\\\"_k7\\\": 1}\" }" >names.json &&
	test_expect_code 1 capped "$FEEDWRIGHT" validate names.json &&
	grep -F "warning: member \"_k7\" repeats the one at line 1, column 72 of the same object; the last is checked, as most readers keep the last [json-duplicate-key]" "$T/out"
'

test_expect_success 'the feed.json build writes for the showcase is valid under --strict' '
	test_copy_feed global-economic-times feed &&
	test_expect_code 0 "$FEEDWRIGHT" build feed &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict feed/public/feed.json &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'the feed.json of world-desk (escaping, Korean, New York times) is valid under --strict' '
	test_copy_feed world-desk wd &&
	"$FEEDWRIGHT" build -q wd &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict wd/public/feed.json &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_done
