#!/bin/sh
# Per-category feeds (issue 13, item 3) as readers see them: feedparser,
# sfeed and newsboat fetch each category's Atom and RSS feed over HTTP
# from 127.0.0.1 and see the feed's own title and self link, and exactly
# the category's entries, each as they see it in the main feed; the W3C
# Feed Validation Service has nothing to say about them. A reader that is
# not installed makes its checks a skip, never a pass.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-httpd.sh"

test_have_prereq CURL || skip_all "curl is not installed (apt-get install curl)"

F=$T/feed
U=https://www.globaleconomictimes.kr
new_feed "$F"
echo "category-feeds = yes" >>"$F/feed.conf"

# rec NAME DATE TITLE CATEGORY...
rec() {
	_n=$1 _d=$2 _t=$3
	shift 3
	category_record "$F/articles/$_n.txt" "$_d" "$_t" "Body of $_n & more." "$@"
}
rec a "2025-01-01 10:00:00" "Markets rally" Markets
rec b "2025-01-02 10:00:00" "Trade talks & tariffs" World Markets
rec c "2025-01-03 10:00:00" "Summit ends" World
rec d "2025-01-04 10:00:00" "금리 동결" "경제 & Economy"
rec e "2025-01-05 10:00:00" "No category here"

# The categories: slug, title, the record names in the feed, newest first.
cats="markets:Markets:b,a world:World:c,b"

test_expect_success 'the feed and its category feeds are built and served on 127.0.0.1' '
	"$FEEDWRIGHT" build -o "$T/www" "$F" &&
	serve "$T/www" &&
	test -n "$BASE"
'
test -n "$BASE" || test_done

# want_ids NAMES: the entry ids of the records NAMES (comma-separated).
want_ids() {
	echo "$1" | tr , "\n" | sed "s|^|tag:globaleconomictimes.kr,2025:news/|"
}

for f in atom rss; do
	for c in $cats; do
		slug=${c%%:*} rest=${c#*:}
		title=${rest%%:*} names=${rest#*:}
		test_expect_success FEEDPARSER "feedparser reads category/$slug/$f.xml over HTTP: its title, self link, and the main feed's entries of $title" '
			"$PYTHON" - "$BASE/category/$slug/$f.xml" "$BASE/$f.xml" >"$T/got" <<-\PY &&
			import sys, feedparser
			c = feedparser.parse(sys.argv[1])
			m = feedparser.parse(sys.argv[2])
			print(c.status, int(c.bozo), c.feed.title)
			print(" ".join(l.href for l in c.feed.links if l.rel == "self"))
			main = {e.id: e for e in m.entries}
			for e in c.entries:
			    print(e.id)
			    o = main[e.id]
			    for k in ("title", "link", "published", "updated", "summary", "author", "tags"):
			        if e.get(k) != o.get(k):
			            print("differs from the main feed:", k, e.get(k), o.get(k))
			PY
			{
				echo "200 0 Global Economic Times: $title" &&
				echo "$U/feeds/category/$slug/$f.xml" &&
				want_ids "$names"
			} >"$T/want" &&
			test_cmp "$T/want" "$T/got"
		'
	done
done

for f in atom rss; do
	test_expect_success SFEED "sfeed ($f): each category feed is the main feed's lines of its entries, as fetched with curl" '
		curl -sf "$BASE/$f.xml" | sfeed >"$T/main.$f.sfeed" &&
		for c in $cats; do
			slug=${c%%:*} names=${c##*:} &&
			curl -sf "$BASE/category/$slug/$f.xml" | sfeed >"$T/$slug.$f.sfeed" &&
			cut -f 6 "$T/$slug.$f.sfeed" >"$T/got" &&
			want_ids "$names" >"$T/want" &&
			test_cmp "$T/want" "$T/got" &&
			grep -F -f "$T/want" "$T/main.$f.sfeed" >"$T/want.lines" &&
			test_cmp "$T/want.lines" "$T/$slug.$f.sfeed" || return 1
		done
	'
done

# newsboat keys items by guid, and the main and category feeds share
# theirs: one cache per feed, a HOME of its own, nothing of the user's.
for f in atom rss; do
	for c in $cats; do
		slug=${c%%:*} rest=${c#*:}
		title=${rest%%:*} names=${rest#*:}
		test_expect_success NEWSBOAT "newsboat subscribes to category/$slug/$f.xml over HTTP and holds exactly its entries" '
			nb=$T/nb.$slug.$f &&
			mkdir -p "$nb/home" &&
			: >"$nb/config" &&
			echo "$BASE/category/$slug/$f.xml" >"$nb/urls" &&
			HOME=$nb/home XDG_CONFIG_HOME=$nb/home XDG_DATA_HOME=$nb/home \
			    newsboat -x reload -u "$nb/urls" -c "$nb/cache.db" -C "$nb/config" \
			    </dev/null >"$nb/out" 2>&1 &&
			test_must_be_empty "$nb/out" &&
			"$PYTHON" "$SRCDIR/tests/readers/newsboat_dump.py" "$nb/cache.db" \
			    "$BASE/category/$slug/$f.xml" >"$nb/dump" &&
			sed -n "s/^feed.title: //p" "$nb/dump" >"$T/got" &&
			echo "Global Economic Times: $title" >"$T/want" &&
			test_cmp "$T/want" "$T/got" &&
			sed -n "s/^guid: //p" "$nb/dump" >"$T/got" &&
			want_ids "$names" >"$T/want" &&
			test_cmp "$T/want" "$T/got"
		'
	done
done

test_expect_success 'feedwright validate accepts every category feed as served' '
	for c in $cats; do
		slug=${c%%:*} &&
		curl -sf "$BASE/category/$slug/atom.xml" >"$T/$slug.atom.xml" &&
		curl -sf "$BASE/category/$slug/rss.xml" >"$T/$slug.rss.xml" &&
		curl -sf "$BASE/category/$slug/feed.json" >"$T/$slug.feed.json" &&
		"$FEEDWRIGHT" validate "$T/$slug.atom.xml" "$T/$slug.rss.xml" \
		    "$T/$slug.feed.json" || return 1
	done
'

W3C=$SHARED/reference/w3c-feedvalidator/w3c-validate
if [ -f "$W3C" ] && "$PYTHON" -c "import lxml, html5lib, rdflib" 2>/dev/null; then
	test_set_prereq W3C
fi
for f in atom rss; do
	test_expect_success W3C "the W3C service says nothing about any category $f.xml" '
		for slug in markets world economy-$("$PYTHON" -c "import sys
h = 2166136261
for b in sys.argv[1].encode():
    h = ((h ^ b) * 16777619) & 0xffffffff
print(\"%08x\" % h)" "경제 & Economy"); do
			"$PYTHON" "$W3C" --base "$U/feeds/category/$slug/$f.xml" \
			    "$T/www/category/$slug/$f.xml" >"$T/got" &&
			echo "$T/www/category/$slug/$f.xml: valid" >"$T/want" &&
			test_cmp "$T/want" "$T/got" || return 1
		done
	'
done

test_done
