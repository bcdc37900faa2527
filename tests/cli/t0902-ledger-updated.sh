#!/bin/sh
# `updated` follows the content (issue 11, item 3): an edited record without
# an Updated field gets the time of the build that first saw the edit, kept
# in the ledger, and nothing else about any entry changes; later builds give
# the same bytes whatever the clock, TZ or locale.
. "$SRCDIR/tests/lib.sh"

F=$T/feed
REF=$T/ref
TAB=$(printf '\t')
# 2026-01-01 00:00:00 UTC: 2025-12-31 19:00:00 in the feed's America/New_York.
EPOCH=1767225600

edit() {
	sed -i "s/^Second paragraph in English\\.\$/Second paragraph in English, edited./" "$1/articles/2025-03-09-after.txt"
}

test_expect_success 'set up: world-desk published, then one record edited' '
	test_copy_feed world-desk "$F" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$F" &&
	cp "$F/ledger.tsv" "$T/ledger.before" &&
	grep -q "^Second paragraph in English\\.\$" "$F/articles/2025-03-09-after.txt" &&
	edit "$F" &&
	! grep -q "^Second paragraph in English\\.\$" "$F/articles/2025-03-09-after.txt"
'

test_expect_success 'the edited entry gets the build time as updated, and every file is what an Updated field would give' '
	test_expect_code 0 env SOURCE_DATE_EPOCH=$EPOCH "$FEEDWRIGHT" build -q "$F" &&
	test_copy_feed world-desk "$REF" &&
	edit "$REF" &&
	sed -i "s/^Summary: /Updated: 2025-12-31 19:00:00\\nSummary: /" "$REF/articles/2025-03-09-after.txt" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$REF" &&
	for f in atom.xml rss.xml feed.json index.html; do
		test_cmp "$REF/public/$f" "$F/public/$f" || return 1
	done &&
	test_contains "$F/public/atom.xml" "<updated>2025-12-31T19:00:00-05:00</updated>"
'

test_expect_success 'the ledger changes on that line only: its updated and its hash' '
	grep -v "^2025-03-09-after${TAB}" "$T/ledger.before" >"$T/rest.before" &&
	grep -v "^2025-03-09-after${TAB}" "$F/ledger.tsv" >"$T/rest.after" &&
	test_cmp "$T/rest.before" "$T/rest.after" &&
	grep "^2025-03-09-after${TAB}" "$T/ledger.before" | cut -f 1-3,5 >"$T/row.before" &&
	grep "^2025-03-09-after${TAB}" "$F/ledger.tsv" | cut -f 1-3,5 >"$T/row.after" &&
	test_cmp "$T/row.before" "$T/row.after" &&
	test_eq "$(grep "^2025-03-09-after${TAB}" "$F/ledger.tsv" | cut -f 4)" 2025-12-31T19:00:00-05:00 &&
	test "$(grep "^2025-03-09-after${TAB}" "$T/ledger.before" | cut -f 6)" != \
	    "$(grep "^2025-03-09-after${TAB}" "$F/ledger.tsv" | cut -f 6)"
'

test_expect_success 'later builds give the same bytes whatever the clock, TZ or locale' '
	mkdir "$T/kept" && cp -p "$F/public/"* "$F/ledger.tsv" "$T/kept/" &&
	test_expect_code 0 env SOURCE_DATE_EPOCH=1900000000 TZ=Pacific/Kiritimati LC_ALL=C "$FEEDWRIGHT" build -q "$F" &&
	test_expect_code 0 env -u SOURCE_DATE_EPOCH TZ=America/Adak "$FEEDWRIGHT" build -q "$F" &&
	for f in "$T/kept/"*; do
		cmp "$f" "$F/public/${f##*/}" 2>/dev/null || cmp "$f" "$F/${f##*/}" || return 1
	done
'

test_expect_success FAKETIME 'and under faketime, a year later, with no SOURCE_DATE_EPOCH' '
	env -u SOURCE_DATE_EPOCH faketime "2027-06-01 12:00:00" "$FEEDWRIGHT" build -q "$F" &&
	for f in "$T/kept/"*; do
		cmp "$f" "$F/public/${f##*/}" 2>/dev/null || cmp "$f" "$F/${f##*/}" || return 1
	done
'

# faketime -f: a clock that stands still, so a slow machine reads the same second.
test_expect_success FAKETIME 'without SOURCE_DATE_EPOCH, an edit gets the clock of the build that first sees it' '
	sed -i "s/^Second paragraph in English, edited\\.\$/Second paragraph, edited again./" "$F/articles/2025-03-09-after.txt" &&
	env -u SOURCE_DATE_EPOCH faketime -f "2026-02-03 04:05:06" env TZ=UTC "$FEEDWRIGHT" build -q "$F" &&
	test_eq "$(grep "^2025-03-09-after${TAB}" "$F/ledger.tsv" | cut -f 4)" 2026-02-02T23:05:06-05:00
'

test_expect_success FAKETIME 'an edit seen with the clock behind the updated readers have: one second past it, never the same' '
	sed -i "s/^Second paragraph, edited again\.\$/Second paragraph, edited a third time./" "$F/articles/2025-03-09-after.txt" &&
	test_expect_code 0 env SOURCE_DATE_EPOCH=1577836800 "$FEEDWRIGHT" build -q "$F" &&
	test_eq "$(grep "^2025-03-09-after${TAB}" "$F/ledger.tsv" | cut -f 4)" 2026-02-02T23:05:07-05:00 &&
	test_contains "$F/public/atom.xml" "<updated>2026-02-02T23:05:07-05:00</updated>"
'

test_expect_success 'a record with its own Updated keeps it when edited' '
	sed -i "s/^Clocks fall back at 02:00 EDT/Clocks fall back at 2 a.m. EDT/" "$F/articles/2025-11-02-ambiguous.txt" &&
	test_expect_code 0 env SOURCE_DATE_EPOCH=1900000000 "$FEEDWRIGHT" build -q "$F" &&
	test_eq "$(grep "^2025-11-02-ambiguous${TAB}" "$F/ledger.tsv" | cut -f 4)" 2025-11-02T01:45:00-04:00 &&
	test_contains "$F/public/atom.xml" "<updated>2025-11-02T01:45:00-04:00</updated>"
'

test_expect_success 'an Updated field earlier than the updated published: a warning at its line, published as written' '
	was=$(grep "^2025-03-09-after${TAB}" "$F/ledger.tsv" | cut -f 4) &&
	sed -i "s/^Summary: /Updated: 2025-04-01 09:00:00\nSummary: /; s/^Second paragraph in English, edited\./Second paragraph in English, edited twice./" "$F/articles/2025-03-09-after.txt" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$F" &&
	line=$(grep -n "^Updated: " "$F/articles/2025-03-09-after.txt" | cut -d: -f1) &&
	echo "feedwright: $F/articles/2025-03-09-after.txt:$line: warning: Updated 2025-04-01T09:00:00-04:00 is earlier than the updated $was its entry was published with: readers that have it keep their copy and miss the change" >"$T/want" &&
	grep "/articles/" "$T/err" >"$T/got" &&
	test_cmp "$T/want" "$T/got" &&
	test_contains "$F/public/atom.xml" "<updated>2025-04-01T09:00:00-04:00</updated>" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$F" &&
	test_lacks "$T/err" "/articles/"
'

test_done
