#!/bin/sh
# What a feed reader sees: Debian's python3-feedparser reads every feed we
# produce with no "bozo" complaint, and every field is what the records say.
. "$SRCDIR/tests/lib.sh"

"$PYTHON" -c 'import feedparser' 2>/dev/null ||
	skip_all "python3-feedparser is not installed (apt-get install python3-feedparser)"

dump() {
	"$PYTHON" "$SRCDIR/tests/readers/feedparser_dump.py" "$1"
}

for feed in "$SRCDIR/feeds/global-economic-times" "$SRCDIR/tests/data/feeds/world-desk"; do
	name=$(basename "$feed")
	cp -R "$feed" "$T/$name"
	rm -rf "$T/$name/public"
	run "$FEEDWRIGHT" build -o "$T/$name.out" "$T/$name"
	expect_status "build $name" 0
	for f in atom rss; do
		dump "$T/$name.out/$f.xml" >"$T/$name.$f.txt"
		expect_eq "feedparser reads $name $f.xml without complaint" "$?" 0
		expect_same_file "feedparser sees every field of $name $f.xml" \
		    "$T/$name.$f.txt" "$SRCDIR/tests/readers/expected/$name.$f.feedparser"
	done
done

# The values the issue names, asserted on their own so a wrong expected
# file cannot hide them.
g=$T/global-economic-times
for f in atom rss; do
	expect_contains "seed instant in $f" "$g.$f.txt" "published: 1738791177 2025-02-05T21:32:57Z"
	expect_contains "seed title in $f" "$g.$f.txt" "title: North Korean Troops in Russia Reportedly Withdrawn Amidst Heavy Losses"
done
expect_contains "Atom author name" "$g.atom.txt" "author: Global Economic Times Reporter"
expect_contains "Atom author email" "$g.atom.txt" "email: korocamia@naver.com"
expect_contains "RSS author name" "$g.rss.txt" "author: Global Economic Times Reporter"
expect_contains "RSS author email" "$g.rss.txt" "email: korocamia@naver.com"
w=$T/world-desk
expect_contains "escaped title reads back exactly" "$w.atom.txt" \
    "title: Markets open < expected & \"calm\" before the clocks change"
expect_contains "before the March change: EST" "$w.atom.txt" "published: 1741503599 2025-03-09T06:59:59Z"
expect_contains "after the March change: EDT" "$w.atom.txt" "published: 1741503600 2025-03-09T07:00:00Z"
expect_contains "ambiguous November time: first occurrence" "$w.rss.txt" "published: 1762061400 2025-11-02T05:30:00Z"
expect_contains "Korean categories" "$w.atom.txt" "tags: Markets|경제 & Economy"
expect_lacks "max-entries cuts the oldest" "$w.atom.txt" "The oldest record"

finish
