#!/bin/sh
# Choosing and naming entries: newest first, max-entries kept, ids that do
# not move when the archive changes.
. "$SRCDIR/tests/lib.sh"

cp -R "$SRCDIR/tests/data/feeds/world-desk" "$T/feed"
run "$FEEDWRIGHT" build -o "$T/one" "$T/feed"
expect_status "build" 0

ids() {
	sed -n 's|^    <id>\(.*\)</id>$|\1|p' "$1/atom.xml"
}
guids() {
	sed -n 's|^      <guid isPermaLink="[a-z]*">\(.*\)</guid>$|\1|p' "$1/rss.xml"
}
published() {
	sed -n 's|^    <published>\(.*\)</published>$|\1|p' "$1/atom.xml"
}

expect_eq "entries newest first" "$(published "$T/one" | tr '\n' ' ')" \
    "2025-11-02T02:00:00-05:00 2025-11-02T01:30:00-04:00 2025-03-09T03:00:00-04:00 2025-03-09T01:59:59-05:00 "
expect_eq "max-entries = 4 keeps four" "$(ids "$T/one" | wc -l)" 4
expect_eq "RSS has the same entries" "$(guids "$T/one" | tr '\n' ' ')" "$(ids "$T/one" | tr '\n' ' ')"
expect_contains "a guid that is the link is a permalink" "$T/one/rss.xml" \
    '<guid isPermaLink="true">https://news.example.org/world/2025-11-02-after.html</guid>'
expect_contains "an Id field is no permalink" "$T/one/rss.xml" \
    '<guid isPermaLink="false">urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66</guid>'

# Add a newer record and edit another: the ids of the others stay.
cat >"$T/feed/articles/2025-12-01-new.txt" <<'REC'
A new record

Desk

desk@news.example.org | 2025-12-01 09:00:00

New text.
REC
sed -i 's/Second paragraph in English./Edited paragraph./' "$T/feed/articles/2025-03-09-after.txt"
run "$FEEDWRIGHT" build -o "$T/two" "$T/feed"
expect_status "rebuild" 0
expect_eq "the new record comes first" "$(ids "$T/two" | head -n 1)" \
    "https://news.example.org/world/2025-12-01-new.html"
expect_eq "the others keep their ids" "$(ids "$T/two" | tail -n 3 | tr '\n' ' ')" \
    "$(ids "$T/one" | head -n 3 | tr '\n' ' ')"
expect_contains "the edit shows" "$T/two/atom.xml" "Edited paragraph."

# With entry-id set, ids are tag: URIs from the slug and guids are not permalinks.
echo "entry-id = tag:news.example.org,2025:world/{slug}" >>"$T/feed/feed.conf"
run "$FEEDWRIGHT" build -o "$T/three" "$T/feed"
expect_eq "tag: ids from the slug" "$(ids "$T/three" | head -n 1)" \
    "tag:news.example.org,2025:world/2025-12-01-new"
expect_contains "tag: guids are no permalinks" "$T/three/rss.xml" \
    '<guid isPermaLink="false">tag:news.example.org,2025:world/2025-12-01-new</guid>'

# Two records with the same time are ordered by file name, every time.
for n in b a c; do
	sed "s/^A new record$/Same time $n/" "$T/feed/articles/2025-12-01-new.txt" >"$T/feed/articles/2025-12-01-same-$n.txt"
done
run "$FEEDWRIGHT" build -o "$T/four" "$T/feed"
expect_eq "ties are ordered by name" "$(sed -n 's|^    <title>\(Same time .\)</title>$|\1|p' "$T/four/atom.xml" | tr '\n' ' ')" \
    "Same time a Same time b Same time c "

finish
