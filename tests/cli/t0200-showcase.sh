#!/bin/sh
# The showcase feed: exact values the issue names, and the whole output
# against the golden files in tests/golden/ (refreshed only by
# `make update-golden`).
. "$SRCDIR/tests/lib.sh"

new_feed "$T/feed"
run "$FEEDWRIGHT" build "$T/feed"
expect_status "build the showcase" 0
expect_eq "build is quiet on success" "$(cat "$T/out" "$T/err")" ""

atom=$T/feed/public/atom.xml
rss=$T/feed/public/rss.xml
expect_same_file "atom.xml matches the golden file" "$atom" "$SRCDIR/tests/golden/global-economic-times/atom.xml"
expect_same_file "rss.xml matches the golden file" "$rss" "$SRCDIR/tests/golden/global-economic-times/rss.xml"

expect_contains "Atom published" "$atom" "<published>2025-02-06T06:32:57+09:00</published>"
expect_contains "Atom updated" "$atom" "<updated>2025-02-06T06:32:57+09:00</updated>"
expect_contains "Atom author name" "$atom" "<name>Global Economic Times Reporter</name>"
expect_contains "Atom author email" "$atom" "<email>korocamia@naver.com</email>"
expect_contains "Atom title" "$atom" "<title>North Korean Troops in Russia Reportedly Withdrawn Amidst Heavy Losses</title>"
expect_contains "Atom content ends with the last paragraph" "$atom" \
    "not always effective on the battlefield.&lt;/p&gt;</content>"
expect_contains "RSS pubDate" "$rss" "<pubDate>Thu, 06 Feb 2025 06:32:57 +0900</pubDate>"
expect_contains "RSS author" "$rss" "<author>korocamia@naver.com (Global Economic Times Reporter)</author>"
expect_contains "RSS lastBuildDate is the newest entry" "$rss" "<lastBuildDate>Thu, 06 Feb 2025 06:32:57 +0900</lastBuildDate>"
expect_contains "RSS content ends with the last paragraph" "$rss" \
    "not always effective on the battlefield.&lt;/p&gt;</content:encoded>"
expect_lacks "no WEEKLY HOT in Atom" "$atom" "WEEKLY HOT"
expect_lacks "no WEEKLY HOT in RSS" "$rss" "WEEKLY HOT"
expect_contains "generator carries the version" "$atom" '<generator version="'

check "atom.xml is well-formed" xmllint --noout --nonet "$atom"
check "rss.xml is well-formed" xmllint --noout --nonet "$rss"
mode=$(stat -c %a "$atom")
expect_eq "published files are world-readable" "$mode" 644
expect_eq "no temporary file is left" "$(ls -A "$T/feed/public" | grep '^\.' | tr '\n' ' ')" ""

# The mode setting: a new mode is published even when the content is the same.
echo "mode = 0640" >>"$T/feed/feed.conf"
run "$FEEDWRIGHT" build "$T/feed"
expect_status "build with mode = 0640" 0
expect_eq "mode = 0640 applies to atom.xml" "$(stat -c %a "$atom")" 640
expect_eq "mode = 0640 applies to rss.xml" "$(stat -c %a "$rss")" 640
expect_same_file "atom.xml is the same bytes" "$atom" "$SRCDIR/tests/golden/global-economic-times/atom.xml"
sed -i '/^mode = /d' "$T/feed/feed.conf"

# -o writes elsewhere and leaves the settings' folder alone.
rm -rf "$T/feed/public"
run "$FEEDWRIGHT" build -o "$T/elsewhere" "$T/feed"
expect_status "build -o" 0
expect_same_file "-o writes the same atom.xml" "$T/elsewhere/atom.xml" "$SRCDIR/tests/golden/global-economic-times/atom.xml"
check "-o leaves the output setting alone" test ! -e "$T/feed/public"

finish
