#!/bin/sh
# Per-category feeds (issue 13, item 3): with "category-feeds = yes" build
# also publishes category/SLUG/atom.xml, rss.xml and feed.json, each of the
# newest max-entries entries of one category (older than the main feed's
# newest when the category is rare), with the main feed's entry ids, its
# own id, self link and title "Site: Category"; index.html and the
# discovery fragment link them; a category no record uses any more loses
# its files in the next build.
. "$SRCDIR/tests/lib.sh"

F=$T/feed
U=https://www.globaleconomictimes.kr
new_feed "$F"
sed -i "s/^max-entries = .*/max-entries = 2/" "$F/feed.conf"
cat >>"$F/feed.conf" <<CONF
category-feeds = yes
discovery = yes
CONF

# rec NAME DATE TITLE CATEGORY...
rec() {
	_n=$1 _d=$2 _t=$3
	shift 3
	category_record "$F/articles/$_n.txt" "$_d" "$_t" "Body of $_n." "$@"
}
rec a "2025-01-01 10:00:00" "Title a" Markets
rec b "2025-01-02 10:00:00" "Title b" World Markets
rec c "2025-01-03 10:00:00" "Title c" World
rec d "2025-01-04 10:00:00" "Title d" "경제 & Economy"
rec e "2025-01-05 10:00:00" "Title e"
rec f "2025-01-06 10:00:00" "Title f" World "World"

# ids FILE: the entry ids of an Atom, RSS or JSON feed, in order; then
# "feed-id", "title" and "self" lines of the feed itself.
ids() {
	"$PYTHON" - "$1" <<'PY'
import json, sys
import xml.etree.ElementTree as ET
p = sys.argv[1]
A = "{http://www.w3.org/2005/Atom}"
if p.endswith(".json"):
    d = json.load(open(p, encoding="utf-8"))
    for i in d["items"]:
        print(i["id"])
    print("title", d["title"])
    print("self", d["feed_url"])
    sys.exit(0)
r = ET.parse(p).getroot()
if r.tag == A + "feed":
    for e in r.findall(A + "entry"):
        print(e.find(A + "id").text)
    print("feed-id", r.find(A + "id").text)
    print("title", r.find(A + "title").text)
    print("self", [l.get("href") for l in r.findall(A + "link") if l.get("rel") == "self"][0])
else:
    ch = r.find("channel")
    for i in ch.findall("item"):
        print(i.find("guid").text)
    print("title", ch.find("title").text)
    print("self", ch.find(A + "link").get("href"))
PY
}

# fnv TEXT: the 32-bit FNV-1a hash of TEXT's UTF-8 bytes, in lower-case hex.
fnv() {
	"$PYTHON" -c 'import sys
h = 2166136261
for b in sys.argv[1].encode():
    h = ((h ^ b) * 16777619) & 0xffffffff
print("%08x" % h)' "$1"
}
ECO=economy-$(fnv "경제 & Economy")

test_expect_success 'build publishes a feed per category, and says so with -v' '
	"$FEEDWRIGHT" build -v "$F" 2>"$T/err" &&
	test_contains "$T/err" ", 9 category feed files " &&
	(cd "$F/public/category" && find . -type f | sort) >"$T/got" &&
	cat >"$T/want" <<-EOF &&
	./$ECO/atom.xml
	./$ECO/feed.json
	./$ECO/rss.xml
	./markets/atom.xml
	./markets/feed.json
	./markets/rss.xml
	./world/atom.xml
	./world/feed.json
	./world/rss.xml
	EOF
	test_cmp "$T/want" "$T/got"
'

test_expect_success 'the main feed holds the newest two records of all' '
	ids "$F/public/atom.xml" | head -n 2 >"$T/got" &&
	printf "%s\n" "tag:globaleconomictimes.kr,2025:news/000_da7d4b23b93f851d" \
	    "tag:globaleconomictimes.kr,2025:news/f" >"$T/want" &&
	test_cmp "$T/want" "$T/got"
'

# cat_want SLUG CATEGORY ID... : what every format of the category feed says.
cat_want() {
	_slug=$1 _cat=$2
	shift 2
	for _id in "$@"; do echo "tag:globaleconomictimes.kr,2025:news/$_id"; done
	echo "feed-id tag:globaleconomictimes.kr,2025:feed#category/$_slug"
	echo "title Global Economic Times: $_cat"
	echo "self $U/feeds/category/$_slug/atom.xml"
}
for f in atom rss json; do
	file=$f.xml
	test $f = json && file=feed.json
	test_expect_success "$file of each category: exactly its newest two entries, with the main feed's ids, its title and self link" '
		for c in "markets Markets b a" "world World f c" \
		    "$ECO 경제_&_Economy d"; do
			set -- $c &&
			slug=$1 cat=$(echo "$2" | tr _ " ") &&
			shift 2 &&
			cat_want "$slug" "$cat" "$@" |
			    if test $f = atom; then cat; else grep -v "^feed-id "; fi |
			    sed "s|/atom.xml\$|/$file|" >"$T/want" &&
			ids "$F/public/category/$slug/$file" >"$T/got" &&
			test_cmp "$T/want" "$T/got" || return 1
		done
	'
done

test_expect_success 'a category entry is the main feed entry, byte for byte' '
	sed -n "/<entry>/,/<\/entry>/p" "$F/public/atom.xml" | sed -n "/news\/f</,/<\/entry>/p" >"$T/main" &&
	sed -n "/<entry>/,/<\/entry>/p" "$F/public/category/world/atom.xml" | sed -n "/news\/f</,/<\/entry>/p" >"$T/cat" &&
	test -s "$T/main" &&
	test_cmp "$T/main" "$T/cat"
'

test_expect_success 'feedwright validate finds every category feed valid' '
	"$FEEDWRIGHT" validate "$F"/public/category/*/atom.xml \
	    "$F"/public/category/*/rss.xml "$F"/public/category/*/feed.json
'

test_expect_success 'index.html lists each category with links to its feeds' '
	grep -F "<bdi>Markets</bdi>: <a href=\"$U/feeds/category/markets/atom.xml\" type=\"application/atom+xml\">Atom 1.0</a> · <a href=\"$U/feeds/category/markets/rss.xml\" type=\"application/rss+xml\">RSS 2.0</a> · <a href=\"$U/feeds/category/markets/feed.json\" type=\"application/feed+json\">JSON Feed 1.1</a></li>" "$F/public/index.html" &&
	grep -F "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Global Economic Times: 경제 &amp; Economy (Atom 1.0)\" href=\"$U/feeds/category/$ECO/atom.xml\"/>" "$F/public/index.html"
'

test_expect_success 'the discovery fragment links every feed, the categories after the main ones' '
	sed -n "s/.*title=\"\([^\"]*\)\" href=\"\([^\"]*\)\".*/\1 \2/p" "$F/public/discovery.html" >"$T/got" &&
	cat >"$T/want" <<-EOF &&
	Global Economic Times (Atom 1.0) $U/feeds/atom.xml
	Global Economic Times (RSS 2.0) $U/feeds/rss.xml
	Global Economic Times (JSON Feed 1.1) $U/feeds/feed.json
	Global Economic Times: Markets (Atom 1.0) $U/feeds/category/markets/atom.xml
	Global Economic Times: Markets (RSS 2.0) $U/feeds/category/markets/rss.xml
	Global Economic Times: Markets (JSON Feed 1.1) $U/feeds/category/markets/feed.json
	Global Economic Times: World (Atom 1.0) $U/feeds/category/world/atom.xml
	Global Economic Times: World (RSS 2.0) $U/feeds/category/world/rss.xml
	Global Economic Times: World (JSON Feed 1.1) $U/feeds/category/world/feed.json
	Global Economic Times: 경제 &amp; Economy (Atom 1.0) $U/feeds/category/$ECO/atom.xml
	Global Economic Times: 경제 &amp; Economy (RSS 2.0) $U/feeds/category/$ECO/rss.xml
	Global Economic Times: 경제 &amp; Economy (JSON Feed 1.1) $U/feeds/category/$ECO/feed.json
	EOF
	test_cmp "$T/want" "$T/got"
'

test_expect_success 'a second build changes nothing: every category file keeps its inode' '
	ls -i "$F"/public/category/*/* >"$T/before" &&
	"$FEEDWRIGHT" build "$F" &&
	ls -i "$F"/public/category/*/* >"$T/after" &&
	test_cmp "$T/before" "$T/after"
'

test_expect_success 'json = no: no feed.json for the categories either' '
	cp -r "$F" "$T/nojson" &&
	rm -rf "$T/nojson/public" &&
	echo "json = no" >>"$T/nojson/feed.conf" &&
	"$FEEDWRIGHT" build "$T/nojson" &&
	test_path_is_file "$T/nojson/public/category/world/rss.xml" &&
	test_path_is_missing "$T/nojson/public/category/world/feed.json" &&
	test_lacks "$T/nojson/public/index.html" "category/world/feed.json"
'

test_expect_success 'a category no record uses any more loses its feeds (and folder) in the next build' '
	mkdir "$F/public/category/markets/keep" &&
	rec a "2025-01-01 10:00:00" "Title a" &&
	rec b "2025-01-02 10:00:00" "Title b" World &&
	"$FEEDWRIGHT" build "$F" &&
	test_path_is_missing "$F/public/category/markets/atom.xml" &&
	test_path_is_missing "$F/public/category/markets/rss.xml" &&
	test_path_is_missing "$F/public/category/markets/feed.json" &&
	test -d "$F/public/category/markets/keep" &&
	test_lacks "$F/public/index.html" "category/markets/" &&
	rmdir "$F/public/category/markets/keep" &&
	rec e "2025-01-05 10:00:00" "Title e" Extra &&
	"$FEEDWRIGHT" build "$F" &&
	test_path_is_file "$F/public/category/extra/atom.xml" &&
	rec e "2025-01-05 10:00:00" "Title e" &&
	"$FEEDWRIGHT" build "$F" &&
	test_path_is_missing "$F/public/category/extra" &&
	(cd "$F/public/category" && ls) >"$T/got" &&
	printf "%s\n" $ECO world >"$T/want" &&
	test_cmp "$T/want" "$T/got"
'

test_expect_success '--dry-run lists the category files, and the ones it would remove' '
	rec e "2025-01-05 10:00:00" "Title e" "New One" &&
	rec d "2025-01-04 10:00:00" "Title d" &&
	"$FEEDWRIGHT" build --dry-run "$F" >"$T/out" &&
	grep "/category/" "$T/out" >"$T/got" &&
	P=$F/public/category &&
	sed "s/([0-9]* entr[a-z]*, [0-9]* bytes)/(N)/" "$T/got" >"$T/got2" &&
	cat >"$T/want" <<-EOF &&
	$P/new-one/atom.xml: would be created (N)
	$P/new-one/rss.xml: would be created (N)
	$P/new-one/feed.json: would be created (N)
	$P/world/atom.xml: unchanged (N)
	$P/world/rss.xml: unchanged (N)
	$P/world/feed.json: unchanged (N)
	EOF
	grep -v economy "$T/got2" >"$T/got3" &&
	test_cmp "$T/want" "$T/got3" &&
	grep -F "$P/$ECO/atom.xml: would be removed (no record has its category)" "$T/got" &&
	test_path_is_missing "$P/new-one" &&
	test_path_is_file "$P/$ECO/atom.xml" &&
	find "$P" -name ".*" >"$T/left" &&
	test_must_be_empty "$T/left"
'

test_expect_success '--stdout writes the one format asked for, and no category feed' '
	cp -r "$F" "$T/so" &&
	rm -rf "$T/so/public" &&
	"$FEEDWRIGHT" build --stdout atom "$T/so" >"$T/out" &&
	test_path_is_missing "$T/so/public" &&
	test_contains "$T/out" "<id>tag:globaleconomictimes.kr,2025:feed</id>"
'

test_expect_success 'the slug rule: lower-case ASCII words joined by hyphens, a hash for anything else' '
	rm -f "$F"/articles/[a-f].txt &&
	rec a "2025-01-01 10:00:00" "Title a" "Science & Tech" "C++" "  Mixed--Case 2025 " "Ünïcödé" "日本" "+++" &&
	"$FEEDWRIGHT" build "$F" &&
	(cd "$F/public/category" && ls) >"$T/got" &&
	{
		fnv "+++" && fnv "日本" && echo c && echo mixed-case-2025 &&
		echo "n-c-d-$(fnv "Ünïcödé")" && echo science-tech
	} >"$T/want" &&
	sort "$T/want" >"$T/want.sorted" &&
	test_cmp "$T/want.sorted" "$T/got"
'

test_expect_success 'two categories with one slug: the record bringing the second is bad, at its Category line' '
	rec b "2025-01-02 10:00:00" "Title b" "Other" "c" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$F" 2>"$T/err" &&
	cat >"$T/want" <<-EOF &&
	feedwright: $F/articles/b.txt:3: category "c" would have its feeds in category/c/, where category "C++" has its own; rename one of the two
	feedwright: $F: 1 of 3 records are bad; nothing was published
	EOF
	test_cmp "$T/want" "$T/err" &&
	test_path_is_missing "$F/public/category/other" &&
	test_expect_code 5 "$FEEDWRIGHT" build --skip-bad-records "$F" 2>/dev/null &&
	test_path_is_missing "$F/public/category/other" &&
	test_lacks "$F/public/category/c/atom.xml" "news/b<" &&
	rm "$F/articles/b.txt"
'

test_expect_success 'a record bad by its category (--skip-bad-records) is in no archive document either' '
	archive_feed "$T/arc" 2 10 &&
	set_conf "$T/arc" category-feeds yes &&
	category_record "$T/arc/articles/r1.txt" "2025-01-01 10:00:00" "One" "Body." "C" &&
	category_record "$T/arc/articles/r2.txt" "2025-01-02 10:00:00" "Two" "Body." "C++" &&
	category_record "$T/arc/articles/r3.txt" "2025-01-03 10:00:00" "Three" "Body." &&
	category_record "$T/arc/articles/r4.txt" "2025-01-04 10:00:00" "Four" "Body." &&
	test_expect_code 5 "$FEEDWRIGHT" build --skip-bad-records "$T/arc" &&
	test_contains "$T/arc/public/archive/1/atom.xml" "news/r1<" &&
	for f in atom.xml archive/1/atom.xml archive/1/rss.xml archive/1/feed.json; do
		test_lacks "$T/arc/public/$f" "news/r2" || return 1
	done
'

test_expect_success 'category-feeds takes yes or no, and says where it is wrong' '
	cp -r "$F" "$T/bad" &&
	sed -i "s/^category-feeds = yes/category-feeds = maybe/" "$T/bad/feed.conf" &&
	n=$(grep -n "^category-feeds" "$T/bad/feed.conf" | cut -d: -f1) &&
	test_expect_code 1 "$FEEDWRIGHT" build "$T/bad" 2>"$T/err" &&
	echo "feedwright: $T/bad/feed.conf:$n: category-feeds: \"maybe\" is neither \"yes\" nor \"no\"" >"$T/want" &&
	test_cmp "$T/want" "$T/err"
'

test_expect_success 'category-feeds = no (the default) publishes no category feed' '
	new_feed "$T/off" &&
	cp "$F/articles/a.txt" "$T/off/articles/" &&
	"$FEEDWRIGHT" build "$T/off" &&
	test_path_is_missing "$T/off/public/category" &&
	test_lacks "$T/off/public/index.html" "category/"
'

test_expect_success 'the category folder may not hold the records or the feed folder' '
	mkdir -p "$T/in/category/x" &&
	new_feed "$T/in/category/x/feed" &&
	echo "category-feeds = yes" >>"$T/in/category/x/feed/feed.conf" &&
	n=$(wc -l <"$T/in/category/x/feed/feed.conf") &&
	test_expect_code 1 "$FEEDWRIGHT" build -o "$T/in" "$T/in/category/x/feed" 2>"$T/err" &&
	echo "feedwright: $T/in/category/x/feed/feed.conf:$n: category-feeds: its files go to \"$T/in/category\", which holds the feed folder; they would be published among the inputs" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	new_feed "$T/rf" &&
	mkdir -p "$T/rf/public/category" &&
	mv "$T/rf/articles" "$T/rf/public/category/news" &&
	printf "articles = public/category/news\ncategory-feeds = yes\n" >>"$T/rf/feed.conf" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$T/rf" 2>"$T/err" &&
	test_contains "$T/err" "category-feeds: its files go to \"$T/rf/public/category\", which holds the records folder; they would be published among the inputs"
'

test_expect_success 'a urn:uuid feed id gives each category feed a UUID of its own, the same at every build' '
	new_feed "$T/uu" &&
	sed -i "s/^id = .*/id = urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66/" "$T/uu/feed.conf" &&
	echo "category-feeds = yes" >>"$T/uu/feed.conf" &&
	cp "$F/articles/a.txt" "$T/uu/articles/" &&
	"$FEEDWRIGHT" build -o "$T/uu1" "$T/uu" &&
	"$FEEDWRIGHT" build -o "$T/uu2" "$T/uu" &&
	cmp "$T/uu1/category/c/atom.xml" "$T/uu2/category/c/atom.xml" &&
	for d in "$T"/uu1/category/*/; do ids "$d/atom.xml" | sed -n "s/^feed-id //p"; done >"$T/got" &&
	test_eq "$(wc -l <"$T/got" | tr -d " ")" 6 &&
	test_eq "$(sort -u "$T/got" | wc -l | tr -d " ")" 6 &&
	! grep -v "^urn:uuid:[0-9a-f]\{8\}-[0-9a-f]\{4\}-8[0-9a-f]\{3\}-[89ab][0-9a-f]\{3\}-[0-9a-f]\{12\}\$" "$T/got" &&
	! grep -F 6e8bc430-9c3a-11d9-9669-0800200c9a66 "$T/got" &&
	"$FEEDWRIGHT" validate "$T"/uu1/category/*/atom.xml
'

test_expect_success 'at most 256 categories have feeds: the record bringing the 257th is bad, at its line' '
	new_feed "$T/many" &&
	echo "category-feeds = yes" >>"$T/many/feed.conf" &&
	{
		echo --- &&
		i=1 &&
		while [ $i -le 257 ]; do echo "Category: k$i"; i=$((i + 1)); done &&
		echo --- &&
		printf "Many\n\nA Reporter\n\nr@example.com | 2025-01-01 10:00:00\n\nBody.\n"
	} >"$T/many/articles/many.txt" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$T/many" 2>"$T/err" &&
	cat >"$T/want" <<-EOF &&
	feedwright: $T/many/articles/many.txt:258: category "k257" would be category feed number 257; category-feeds publishes at most 256
	feedwright: $T/many: 1 of 2 records are bad; nothing was published
	EOF
	test_cmp "$T/want" "$T/err" &&
	sed -i "/^Category: k257\$/d" "$T/many/articles/many.txt" &&
	"$FEEDWRIGHT" build "$T/many" &&
	test_eq "$(ls "$T/many/public/category" | wc -l | tr -d " ")" 256
'

test_expect_success 'page = category is refused with category-feeds' '
	new_feed "$T/pg" &&
	printf "category-feeds = yes\npage = category\n" >>"$T/pg/feed.conf" &&
	n=$(wc -l <"$T/pg/feed.conf") &&
	test_expect_code 1 "$FEEDWRIGHT" build "$T/pg" 2>"$T/err" &&
	echo "feedwright: $T/pg/feed.conf:$n: page: \"category\" is the folder of the category feeds (category-feeds = yes)" >"$T/want" &&
	test_cmp "$T/want" "$T/err"
'

test_done
