#!/bin/sh
# validate keeps 1,000 problems (the counts stay exact). Past them, an
# error takes the place of the last warning kept, in the errors' order,
# so a file with a warning on every entry still shows where it is wrong;
# warnings past the cap, and errors once only errors are kept, are
# counted and not shown.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# atom FILE N ERRORS: N entries whose ids each draw a warning, then
# ERRORS entries with a bad date.
atom() {
	awk -v n="$2" -v e="$3" 'BEGIN {
		print "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
		print "<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>https://example.org/</id><title>t</title><updated>2025-01-01T00:00:00Z</updated><author><name>a</name></author><link rel=\"self\" href=\"https://example.org/atom.xml\"/>"
		for (i = 1; i <= n; i++)
			printf "<entry><id>https://Example.org/%d</id><title>e</title><updated>2025-01-01T00:00:00Z</updated><link href=\"https://example.org/%d\"/></entry>\n", i, i
		for (i = 1; i <= e; i++)
			printf "<entry><id>https://example.org/bad%d</id><title>e</title><updated>2025-13-01T00:00:00Z</updated><link href=\"https://example.org/bad%d\"/></entry>\n", i, i
		print "</feed>" }' >"$1"
}

test_expect_success '1,100 warnings, then two errors: both errors shown, last, in order; the rest counted' '
	atom w.atom 1100 2 &&
	test_expect_code 1 "$FEEDWRIGHT" validate w.atom &&
	test_eq 1001 "$(wc -l <"$T/out")" &&
	test_eq 998 "$(grep -c "\\[atom-id-normalized\\]\$" "$T/out")" &&
	tail -n 3 "$T/out" >last &&
	cat >want <<-\EOF &&
	w.atom:1103:57: error: atom:updated "2025-13-01T00:00:00Z" is not an RFC 3339 date-time: it has a field out of range (no such date or time) [atom-date]
	w.atom:1104:57: error: atom:updated "2025-13-01T00:00:00Z" is not an RFC 3339 date-time: it has a field out of range (no such date or time) [atom-date]
	w.atom: 102 more problems not shown
	EOF
	test_cmp want last &&
	test_expect_code 1 "$FEEDWRIGHT" validate --format json w.atom &&
	grep -F "\"errors\": 2, \"warnings\": 1100," "$T/out"
'

test_expect_success 'errors past the cap once only errors are kept: counted, and the first 1,000 shown' '
	atom e.atom 2 1200 &&
	test_expect_code 1 "$FEEDWRIGHT" validate e.atom &&
	test_eq 1001 "$(wc -l <"$T/out")" &&
	test_eq 1000 "$(grep -c "\\[atom-date\\]\$" "$T/out")" &&
	grep -x "e.atom: 202 more problems not shown" "$T/out"
'

test_expect_success 'JSON Feed: 1,100 items with a warning, then one with an error: the error shown' '
	awk "BEGIN {
		printf \"{\\\"version\\\": \\\"https://jsonfeed.org/version/1.1\\\", \\\"title\\\": \\\"t\\\", \\\"home_page_url\\\": \\\"https://e.org/\\\", \\\"feed_url\\\": \\\"https://e.org/f.json\\\", \\\"items\\\": [\\n\"
		for (i = 1; i <= 1100; i++)
			printf \"{\\\"id\\\": \\\"%d\\\", \\\"content_text\\\": \\\"x\\\", \\\"zz\\\": 1},\\n\", i
		printf \"{\\\"id\\\": \\\"bad\\\"}]}\\n\" }" >w.json &&
	test_expect_code 1 "$FEEDWRIGHT" validate w.json &&
	test_eq 1001 "$(wc -l <"$T/out")" &&
	tail -n 2 "$T/out" >last &&
	cat >want <<-\EOF &&
	w.json:1102:1: error: items[1100] has neither content_html nor content_text [jsonfeed-item-content]
	w.json: 101 more problems not shown
	EOF
	test_cmp want last
'

test_done
