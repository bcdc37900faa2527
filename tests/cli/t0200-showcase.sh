#!/bin/sh
# The showcase feed: exact values the issue names, and the whole output
# against the golden files in tests/golden/ (refreshed only by
# `make update-golden`).
. "$SRCDIR/tests/lib.sh"

golden=$SRCDIR/tests/golden/global-economic-times
atom=$T/feed/public/atom.xml
rss=$T/feed/public/rss.xml

test_expect_success 'the showcase builds silently, exit 0' '
	new_feed "$T/feed" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'atom.xml and rss.xml match the golden files' '
	test_cmp "$golden/atom.xml" "$atom" &&
	test_cmp "$golden/rss.xml" "$rss"
'

test_expect_success 'Atom: the seed entry published, updated, author, title and full content' '
	test_contains "$atom" "<published>2025-02-06T06:32:57+09:00</published>" &&
	test_contains "$atom" "<updated>2025-02-06T06:32:57+09:00</updated>" &&
	test_contains "$atom" "<name>Global Economic Times Reporter</name>" &&
	test_contains "$atom" "<email>korocamia@naver.com</email>" &&
	test_contains "$atom" "<title>North Korean Troops in Russia Reportedly Withdrawn Amidst Heavy Losses</title>" &&
	test_contains "$atom" "not always effective on the battlefield.</p>]]></content>"
'

test_expect_success 'RSS: pubDate, author, lastBuildDate of the newest entry and full content' '
	test_contains "$rss" "<pubDate>Thu, 06 Feb 2025 06:32:57 +0900</pubDate>" &&
	test_contains "$rss" "<author>korocamia@naver.com (Global Economic Times Reporter)</author>" &&
	test_contains "$rss" "<lastBuildDate>Thu, 06 Feb 2025 06:32:57 +0900</lastBuildDate>" &&
	test_contains "$rss" "not always effective on the battlefield.</p>]]></content:encoded>"
'

test_expect_success 'the WEEKLY HOT trailer is in neither feed' '
	test_lacks "$atom" "WEEKLY HOT" &&
	test_lacks "$rss" "WEEKLY HOT"
'

test_expect_success 'the generator element carries the version' '
	test_contains "$atom" "<generator version=\""
'

test_expect_success 'atom.xml and rss.xml are well-formed (xmllint)' '
	xmllint --noout --nonet "$atom" &&
	xmllint --noout --nonet "$rss"
'

test_expect_success 'published files are mode 644 and no temporary file is left' '
	test_eq "$(stat -c %a "$atom")" 644 &&
	test_eq "$(ls -A "$T/feed/public" | grep "^\." | tr "\n" " ")" ""
'

test_expect_success 'mode = 0640 applies to both feeds even when the bytes are the same' '
	echo "mode = 0640" >>"$T/feed/feed.conf" &&
	test_when_finished "sed -i \"/^mode = /d\" \"$T/feed/feed.conf\"" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	test_eq "$(stat -c %a "$atom")" 640 &&
	test_eq "$(stat -c %a "$rss")" 640 &&
	test_cmp "$golden/atom.xml" "$atom"
'

test_expect_success '-o writes the same atom.xml elsewhere and leaves the output setting alone' '
	rm -rf "$T/feed/public" &&
	test_expect_code 0 "$FEEDWRIGHT" build -o "$T/elsewhere" "$T/feed" &&
	test_cmp "$golden/atom.xml" "$T/elsewhere/atom.xml" &&
	test_path_is_missing "$T/feed/public"
'

test_done
