#!/bin/sh
# Real feed readers, fetching over HTTP from a real server on 127.0.0.1:
# python3-feedparser, sfeed and newsboat read the showcase feed and the
# multi-record world-desk feed (DST zone, escaping-heavy titles, Korean
# text), Atom and RSS, and see every field the records say. A reader that
# is not installed makes its checks a skip, never a pass.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-httpd.sh"

test_have_prereq CURL || skip_all "curl is not installed (apt-get install curl)"

feeds="global-economic-times world-desk"
expected=$SRCDIR/tests/readers/expected

test_expect_success 'the showcase and world-desk feeds are built and served on 127.0.0.1' '
	serve_test_feeds
'
test -n "$BASE" || test_done

## python3-feedparser: feedparser.parse(URL) fetches the feed itself.
for name in $feeds; do
	for f in atom rss; do
		url=$BASE/$name/$f.xml
		test_expect_success FEEDPARSER "feedparser fetches $name $f.xml over HTTP (200, its media type) and sees every field" '
			"$PYTHON" -c "import sys, feedparser
d = feedparser.parse(sys.argv[1])
print(d.get(\"status\"), d.get(\"href\"), d.headers.get(\"content-type\", \"\").split(\";\")[0])" "$url" >"$T/got" &&
			echo "200 $url application/$f+xml" >"$T/want" &&
			test_cmp "$T/want" "$T/got" &&
			"$PYTHON" "$SRCDIR/tests/readers/feedparser_dump.py" "$url" >"$T/$name.$f.feedparser" &&
			test_cmp "$expected/$name.$f.feedparser" "$T/$name.$f.feedparser"
		'
	done
done
for f in atom rss; do
	g=$T/global-economic-times.$f.feedparser
	w=$T/world-desk.$f.feedparser
	test_expect_success FEEDPARSER "feedparser ($f): the seed instant, title, author and email" '
		test_contains "$g" "published: 1738791177 2025-02-05T21:32:57Z" &&
		test_contains "$g" "title: North Korean Troops in Russia Reportedly Withdrawn Amidst Heavy Losses" &&
		test_contains "$g" "author: Global Economic Times Reporter" &&
		test_contains "$g" "email: korocamia@naver.com"
	'
	test_expect_success FEEDPARSER "feedparser ($f): an escaped title and a Korean author" '
		test_contains "$w" "title: Markets open < expected & \"calm\" before the clocks change" &&
		test_contains "$w" "author: Kim Min-jun (김민준)"
	'
done

## sfeed: reads a feed on stdin, prints TSV. Fields: 1 timestamp, 2 title,
## 3 link, 4 content (\n, \t, \\ escaped), 5 content type, 6 id, 7 author,
## 8 enclosure, 9 categories (|-separated).
for name in $feeds; do
	for f in atom rss; do
		test_expect_success SFEED "sfeed sees every field of $name $f.xml, fetched with curl" '
			curl -sf "$BASE/$name/$f.xml" >"$T/$name.$f.fetched" &&
			sfeed <"$T/$name.$f.fetched" | cut -f 1-7,9 >"$T/$name.$f.sfeed" &&
			test_cmp "$expected/$name.$f.sfeed" "$T/$name.$f.sfeed"
		'
	done
done
seed_link=https://www.globaleconomictimes.kr/news/000_da7d4b23b93f851d
seed_id=tag:globaleconomictimes.kr,2025:news/000_da7d4b23b93f851d
for f in atom rss; do
	s=$T/global-economic-times.$f.sfeed
	test_expect_success SFEED "sfeed ($f): one entry; the seed timestamp, title, link, content type and id" '
		test_eq "$(wc -l <"$s" | tr -d " ")" 1 &&
		test_eq "$(cut -f 1 "$s")" 1738791177 &&
		test_eq "$(cut -f 2 "$s")" "North Korean Troops in Russia Reportedly Withdrawn Amidst Heavy Losses" &&
		test_eq "$(cut -f 3 "$s")" "$seed_link" &&
		test_eq "$(cut -f 5 "$s")" html &&
		test_eq "$(cut -f 6 "$s")" "$seed_id"
	'
	test_expect_success SFEED "sfeed ($f): the seed content is the whole body, every paragraph" '
		content=$(cut -f 4 "$s") &&
		case $content in
		"<p>Kyiv, Ukraine - Amidst conflicting reports"*"not always effective on the battlefield.</p>") ;;
		*) echo "got: $content" | cut -c 1-200; false ;;
		esac &&
		test_eq "$(printf "%s" "$content" | grep -o "<p>" | wc -l | tr -d " ")" 10
	'
done
test_expect_success SFEED 'sfeed: the seed author, in Atom and as RSS writes it' '
	test_eq "$(cut -f 7 "$T/global-economic-times.atom.sfeed")" "Global Economic Times Reporter" &&
	test_eq "$(cut -f 7 "$T/global-economic-times.rss.sfeed")" "korocamia@naver.com (Global Economic Times Reporter)"
'
w=$T/world-desk.atom.sfeed
test_expect_success SFEED 'sfeed: world-desk newest first, an escaped title, Korean categories' '
	test_eq "$(cut -f 1 "$w" | tr "\n" " ")" "1762066800 1762061400 1741503600 1741503599 " &&
	test_eq "$(sed -n 4p "$w" | cut -f 2)" "Markets open < expected & \"calm\" before the clocks change" &&
	test_eq "$(sed -n 3p "$w" | cut -f 8)" "Markets|경제 & Economy"
'

## newsboat, headless: its own urls, cache and config files, and a HOME
## of its own so nothing of the user's is read or written. One cache per
## format: newsboat keys items by guid, and the Atom and RSS entries of a
## feed share theirs.
for f in atom rss; do
	nb=$T/newsboat.$f
	test_expect_success NEWSBOAT "newsboat -x reload ($f) reports no error" '
		mkdir -p "$nb/home" &&
		: >"$nb/config" &&
		for name in $feeds; do echo "$BASE/$name/$f.xml"; done >"$nb/urls" &&
		HOME=$nb/home XDG_CONFIG_HOME=$nb/home XDG_DATA_HOME=$nb/home \
		    newsboat -x reload -u "$nb/urls" -c "$nb/cache.db" -C "$nb/config" \
		    </dev/null >"$nb/out" 2>&1 &&
		test_must_be_empty "$nb/out"
	'
	for name in $feeds; do
		test_expect_success NEWSBOAT "newsboat subscribed to $name $f.xml over HTTP and holds every entry" '
			"$PYTHON" "$SRCDIR/tests/readers/newsboat_dump.py" "$nb/cache.db" \
			    "$BASE/$name/$f.xml" >"$T/$name.$f.newsboat" &&
			test_cmp "$expected/$name.$f.newsboat" "$T/$name.$f.newsboat"
		'
	done
done
for f in atom rss; do
	g=$T/global-economic-times.$f.newsboat
	w=$T/world-desk.$f.newsboat
	test_expect_success NEWSBOAT "newsboat ($f): the seed title and date" '
		test_contains "$g" "title: North Korean Troops in Russia Reportedly Withdrawn Amidst Heavy Losses" &&
		test_contains "$g" "date: 1738791177 2025-02-05T21:32:57Z"
	'
	test_expect_success NEWSBOAT "newsboat ($f): dates around the March DST change, an escaped title" '
		test_contains "$w" "date: 1741503599 2025-03-09T06:59:59Z" &&
		test_contains "$w" "date: 1741503600 2025-03-09T07:00:00Z" &&
		test_contains "$w" "title: Markets open < expected & \"calm\" before the clocks change"
	'
done
test_expect_success NEWSBOAT 'newsboat: the Korean author (atom)' '
	test_contains "$T/world-desk.atom.newsboat" "author: Kim Min-jun (김민준)"
'
# RSS says "EMAIL (Name)"; newsboat 2.21 cuts it at the last "(", so a
# name holding parentheses loses its start (the expected file shows what
# it does today). Known, not hidden, until the RSS writer also gives
# dc:creator, which newsboat prefers.
test_expect_failure NEWSBOAT 'newsboat: the Korean author (rss), which newsboat cuts at the last "(" of "EMAIL (Name (x))"' '
	test_contains "$T/world-desk.rss.newsboat" "author: Kim Min-jun (김민준)"
'

test_done
