#!/bin/sh
# Real feed readers, fetching over HTTP from a real server on 127.0.0.1:
# python3-feedparser, sfeed and newsboat read the showcase feed and the
# multi-record world-desk feed (DST zone, escaping-heavy titles, Korean
# text), Atom and RSS, and see every field the records say. A reader that
# is not installed makes its checks a skip, never a pass.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/readers/httpd.sh"

feeds="global-economic-times world-desk"
serve_test_feeds

expected=$SRCDIR/tests/readers/expected

# skip WHAT REASON: one TAP skip.

## python3-feedparser: feedparser.parse(URL) fetches the feed itself.
if "$PYTHON" -c 'import feedparser' 2>/dev/null; then
	for name in $feeds; do
		for f in atom rss; do
			url=$BASE/$name/$f.xml
			got=$("$PYTHON" -c 'import sys, feedparser
d = feedparser.parse(sys.argv[1])
print(d.get("status"), d.get("href"), d.headers.get("content-type", "").split(";")[0])' "$url")
			expect_eq "feedparser fetched $name $f.xml over HTTP" \
			    "$got" "200 $url application/$f+xml"
			"$PYTHON" "$SRCDIR/tests/readers/feedparser_dump.py" "$url" >"$T/$name.$f.feedparser"
			expect_eq "feedparser reads $name $f.xml without complaint" "$?" 0
			expect_same_file "feedparser sees every field of $name $f.xml" \
			    "$T/$name.$f.feedparser" "$expected/$name.$f.feedparser"
		done
	done
	for f in atom rss; do
		g=$T/global-economic-times.$f.feedparser
		expect_contains "feedparser: seed instant ($f)" "$g" "published: 1738791177 2025-02-05T21:32:57Z"
		expect_contains "feedparser: seed title ($f)" "$g" "title: North Korean Troops in Russia Reportedly Withdrawn Amidst Heavy Losses"
		expect_contains "feedparser: seed author ($f)" "$g" "author: Global Economic Times Reporter"
		expect_contains "feedparser: seed email ($f)" "$g" "email: korocamia@naver.com"
		expect_contains "feedparser: escaped title ($f)" "$T/world-desk.$f.feedparser" \
		    "title: Markets open < expected & \"calm\" before the clocks change"
		expect_contains "feedparser: Korean author ($f)" "$T/world-desk.$f.feedparser" "author: Kim Min-jun (김민준)"
	done
else
	skip "feedparser reads the feeds over HTTP" "python3-feedparser is not installed (apt-get install python3-feedparser)"
fi

## sfeed: reads a feed on stdin, prints TSV. Fields: 1 timestamp, 2 title,
## 3 link, 4 content (\n, \t, \\ escaped), 5 content type, 6 id, 7 author,
## 8 enclosure, 9 categories (|-separated).
if command -v sfeed >/dev/null; then
	for name in $feeds; do
		for f in atom rss; do
			curl -sf "$BASE/$name/$f.xml" >"$T/$name.$f.fetched"
			expect_eq "curl fetched $name $f.xml" "$?" 0
			sfeed <"$T/$name.$f.fetched" | cut -f 1-7,9 >"$T/$name.$f.sfeed"
			expect_same_file "sfeed sees every field of $name $f.xml" \
			    "$T/$name.$f.sfeed" "$expected/$name.$f.sfeed"
		done
	done
	seed_link=https://www.globaleconomictimes.kr/news/000_da7d4b23b93f851d
	seed_id=tag:globaleconomictimes.kr,2025:news/000_da7d4b23b93f851d
	for f in atom rss; do
		s=$T/global-economic-times.$f.sfeed
		expect_eq "sfeed: one entry in the showcase ($f)" "$(wc -l <"$s" | tr -d ' ')" 1
		expect_eq "sfeed: seed timestamp ($f)" "$(cut -f 1 "$s")" 1738791177
		expect_eq "sfeed: seed title ($f)" "$(cut -f 2 "$s")" \
		    "North Korean Troops in Russia Reportedly Withdrawn Amidst Heavy Losses"
		expect_eq "sfeed: seed link ($f)" "$(cut -f 3 "$s")" "$seed_link"
		expect_eq "sfeed: seed content type ($f)" "$(cut -f 5 "$s")" html
		expect_eq "sfeed: seed id ($f)" "$(cut -f 6 "$s")" "$seed_id"
		content=$(cut -f 4 "$s")
		case $content in
		'<p>Kyiv, Ukraine - Amidst conflicting reports'*'not always effective on the battlefield.</p>')
			pass "sfeed: seed content is the whole body ($f)";;
		*)	fail "sfeed: seed content is the whole body ($f)"; echo "#   got: $content" | cut -c 1-200;;
		esac
		expect_eq "sfeed: seed content has every paragraph ($f)" \
		    "$(printf '%s' "$content" | grep -o '<p>' | wc -l | tr -d ' ')" 10
	done
	expect_eq "sfeed: seed author (atom)" "$(cut -f 7 "$T/global-economic-times.atom.sfeed")" \
	    "Global Economic Times Reporter"
	expect_eq "sfeed: seed author (rss, as RSS writes it)" "$(cut -f 7 "$T/global-economic-times.rss.sfeed")" \
	    "korocamia@naver.com (Global Economic Times Reporter)"
	w=$T/world-desk.atom.sfeed
	expect_eq "sfeed: world-desk entries, newest first" "$(cut -f 1 "$w" | tr '\n' ' ')" \
	    "1762066800 1762061400 1741503600 1741503599 "
	expect_eq "sfeed: escaped title" "$(sed -n 4p "$w" | cut -f 2)" \
	    "Markets open < expected & \"calm\" before the clocks change"
	expect_eq "sfeed: Korean categories" "$(sed -n 3p "$w" | cut -f 8)" "Markets|경제 & Economy"
else
	skip "sfeed reads the feeds over HTTP" "sfeed is not installed (apt-get install sfeed)"
fi

## newsboat, headless: its own urls, cache and config files, and a HOME
## of its own so nothing of the user's is read or written. One cache per
## format: newsboat keys items by guid, and the Atom and RSS entries of a
## feed share theirs.
if command -v newsboat >/dev/null; then
	for f in atom rss; do
		nb=$T/newsboat.$f
		mkdir -p "$nb/home"
		: >"$nb/config"
		for name in $feeds; do echo "$BASE/$name/$f.xml"; done >"$nb/urls"
		HOME=$nb/home XDG_CONFIG_HOME=$nb/home XDG_DATA_HOME=$nb/home \
		    newsboat -x reload -u "$nb/urls" -c "$nb/cache.db" -C "$nb/config" \
		    </dev/null >"$nb/out" 2>&1
		expect_eq "newsboat -x reload ($f)" "$?" 0
		expect_eq "newsboat reports no error ($f)" "$(cat "$nb/out")" ""
		for name in $feeds; do
			"$PYTHON" "$SRCDIR/tests/readers/newsboat_dump.py" "$nb/cache.db" \
			    "$BASE/$name/$f.xml" >"$T/$name.$f.newsboat"
			expect_eq "newsboat subscribed to $name $f.xml over HTTP" "$?" 0
			expect_same_file "newsboat holds every entry of $name $f.xml" \
			    "$T/$name.$f.newsboat" "$expected/$name.$f.newsboat"
		done
	done
	for f in atom rss; do
		g=$T/global-economic-times.$f.newsboat
		expect_contains "newsboat: seed title ($f)" "$g" "title: North Korean Troops in Russia Reportedly Withdrawn Amidst Heavy Losses"
		expect_contains "newsboat: seed date ($f)" "$g" "date: 1738791177 2025-02-05T21:32:57Z"
		expect_contains "newsboat: DST, before the change ($f)" "$T/world-desk.$f.newsboat" "date: 1741503599 2025-03-09T06:59:59Z"
		expect_contains "newsboat: DST, after the change ($f)" "$T/world-desk.$f.newsboat" "date: 1741503600 2025-03-09T07:00:00Z"
		expect_contains "newsboat: escaped title ($f)" "$T/world-desk.$f.newsboat" \
		    "title: Markets open < expected & \"calm\" before the clocks change"
	done
	expect_contains "newsboat: Korean author (atom)" "$T/world-desk.atom.newsboat" "author: Kim Min-jun (김민준)"
	# RSS says "EMAIL (Name)"; newsboat 2.21 cuts it at the last "(", so a
	# name holding parentheses loses its start (the expected file shows
	# what it does today). Known, not hidden: a TODO until the RSS writer
	# also gives dc:creator, which newsboat prefers.
	if grep -qF "author: Kim Min-jun (김민준)" "$T/world-desk.rss.newsboat"; then
		pass "newsboat: Korean author (rss)"
	else
		tests_run=$((tests_run + 1))
		echo "not ok $tests_run - newsboat: Korean author (rss) # TODO newsboat cuts RSS \"EMAIL (Name (x))\" at the last \"(\""
	fi
else
	skip "newsboat reads the feeds over HTTP" "newsboat is not installed (apt-get install newsboat)"
fi

finish
