#!/bin/sh
# The page for people: index.html beside the feeds, valid HTML5 written as
# polyglot markup, every text escaped, the subscribe section and the
# autodiscovery links; the settings that rename it or turn it off; and the
# discovery fragment for a site's own <head>.
. "$SRCDIR/tests/lib.sh"

golden=$SRCDIR/tests/golden/global-economic-times/index.html

for name in global-economic-times world-desk; do
	p=$T/$name.out/index.html
	test_expect_success "$name: index.html is published and matches the golden file" '
		test_copy_feed "$name" "$T/$name" &&
		test_expect_code 0 "$FEEDWRIGHT" build -o "$T/$name.out" "$T/$name" &&
		test_path_is_file "$p" &&
		test_cmp "$SRCDIR/tests/golden/$name/index.html" "$p"
	'
	test_expect_success "$name: the page is well-formed (polyglot markup)" '
		xmllint --noout --nonet "$p"
	'
	test_expect_success TIDY "$name: tidy finds no HTML5 error or warning" '
		tidy -q -e "$p" >"$T/tidy.out" 2>&1 &&
		test_must_be_empty "$T/tidy.out"
	'
	test_expect_success "$name: no script; doctype, charset and a viewport for phones" '
		test_lacks "$p" "<script" &&
		test_contains "$p" "<!DOCTYPE html>" &&
		test_contains "$p" "<meta charset=\"utf-8\"/>" &&
		test_contains "$p" "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
	'
done

g=$T/global-economic-times.out/index.html
base=https://www.globaleconomictimes.kr/feeds

test_expect_success 'the head and heading: language, title, h1, description' '
	test_contains "$g" "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">" &&
	test_contains "$g" "<title>Global Economic Times</title>" &&
	test_contains "$g" "<h1 dir=\"auto\">Global Economic Times</h1>" &&
	test_contains "$g" "<p dir=\"auto\">News and analysis from the Global Economic Times</p>"
'

test_expect_success 'autodiscovery: the three feeds, linked in <head>' '
	test_contains "$g" "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Global Economic Times (Atom 1.0)\" href=\"$base/atom.xml\"/>" &&
	test_contains "$g" "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Global Economic Times (RSS 2.0)\" href=\"$base/rss.xml\"/>" &&
	test_contains "$g" "<link rel=\"alternate\" type=\"application/feed+json\" title=\"Global Economic Times (JSON Feed 1.1)\" href=\"$base/feed.json\"/>" &&
	test_eq "$(sed -n "/<head>/,/<\/head>/p" "$g" | grep -c "rel=\"alternate\"")" 3
'

for f in "atom.xml application/atom+xml Atom 1.0" "rss.xml application/rss+xml RSS 2.0" \
    "feed.json application/feed+json JSON Feed 1.1"; do
	set -- $f
	file=$1 type=$2
	shift 2
	label=$*
	test_expect_success "subscribe: a link to $file and its URL to copy" '
		test_contains "$g" "<a href=\"$base/$file\" type=\"$type\">$label</a>" &&
		test_contains "$g" "<code>$base/$file</code>"
	'
done

test_expect_success 'the entry: title linked, human date in the feed'"'"'s zone, author, summary, link' '
	test_contains "$g" "<a href=\"https://www.globaleconomictimes.kr/news/000_da7d4b23b93f851d\">North Korean Troops in Russia Reportedly Withdrawn Amidst Heavy Losses</a>" &&
	test_contains "$g" "<time datetime=\"2025-02-06T06:32:57+09:00\">6 February 2025, 06:32 (UTC+09:00)</time>" &&
	test_contains "$g" "· <bdi>Global Economic Times Reporter</bdi></p>" &&
	test_contains "$g" "<p dir=\"auto\">Kyiv, Ukraine - Amidst conflicting reports regarding" &&
	test_contains "$g" "<a href=\"https://www.globaleconomictimes.kr/news/000_da7d4b23b93f851d\">Read the article</a>" &&
	test_eq "$(grep -c "<article>" "$g")" 1
'

w=$T/world-desk.out/index.html
test_expect_success 'world-desk: titles, description, attributes, authors and hrefs are escaped' '
	test_contains "$w" "<title>World Desk &lt;Tests&gt; &amp; \"Quotes\" '"'n'"' Ünïcödé</title>" &&
	test_contains "$w" "<meta name=\"description\" content=\"세계 뉴스 &amp; analysis &lt;b&gt;not bold&lt;/b&gt;\"/>" &&
	test_contains "$w" "title=\"World Desk &lt;Tests&gt; &amp; &quot;Quotes&quot;" &&
	test_contains "$w" ">Markets open &lt; expected &amp; \"calm\" before the clocks change</a>" &&
	test_contains "$w" "· <bdi>O'"'"'Brien &amp; Sons</bdi></p>" &&
	test_contains "$w" "href=\"https://elsewhere.example.com/story?id=42&amp;ref=feed\"" &&
	test_contains "$w" "· <bdi>Kim Min-jun (김민준)</bdi></p>" &&
	test_lacks "$w" "<b>"
'

test_expect_success 'world-desk: dates around the DST changes, in the feed'"'"'s zone' '
	test_contains "$w" "<time datetime=\"2025-03-09T01:59:59-05:00\" lang=\"en\" xml:lang=\"en\">9 March 2025, 01:59 (UTC-05:00)</time>" &&
	test_contains "$w" "<time datetime=\"2025-03-09T03:00:00-04:00\" lang=\"en\" xml:lang=\"en\">9 March 2025, 03:00 (UTC-04:00)</time>" &&
	test_contains "$w" "<time datetime=\"2025-11-02T01:30:00-04:00\" lang=\"en\" xml:lang=\"en\">2 November 2025, 01:30 (UTC-04:00)</time>"
'

test_expect_success 'world-desk: max-entries entries' '
	test_eq "$(grep -c "<article>" "$w")" 4
'

# Same bytes whatever the caller's zone and locale (English month names).
locale -a 2>/dev/null | grep -qi '^de_DE.utf8$' && loc=de_DE.UTF-8 || loc=C
test_expect_success "the page does not depend on TZ or locale ($loc)" '
	new_feed "$T/det" &&
	TZ=America/Los_Angeles LC_ALL=$loc "$FEEDWRIGHT" build "$T/det" &&
	test_cmp "$golden" "$T/det/public/index.html"
'

test_expect_success 'page = feeds.html publishes the same page under that name, and no index.html' '
	new_feed "$T/ren" &&
	echo "page = feeds.html" >>"$T/ren/feed.conf" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/ren" &&
	test_path_is_missing "$T/ren/public/index.html" &&
	test_cmp "$golden" "$T/ren/public/feeds.html"
'

test_expect_success 'a record with CR LF or lone CR line ends: a paragraph over two lines keeps one line end on the page, no CR reference' '
	mkdir -p "$T/crlf/articles" &&
	cp "$SRCDIR/feeds/global-economic-times/feed.conf" "$T/crlf/" &&
	printf "Title\r\n\r\nAuthor\r\n\r\na@example.com | 2025-01-01 09:00:00\r\n\r\nLine one\r\nline two\r\n\r\nPara two\r\n" >"$T/crlf/articles/crlf.txt" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/crlf" &&
	test_lacks "$T/crlf/public/index.html" "&#13;" &&
	sed -n "/<p dir=\"auto\">Line one/,/line two/p" "$T/crlf/public/index.html" >"$T/got" &&
	printf "        <p dir=\"auto\">Line one\nline two</p>\n" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	printf "Title\r\rAuthor\r\ra@example.com | 2025-01-01 09:00:00\r\rLine one\rline two\r\rPara two\r" >"$T/crlf/articles/crlf.txt" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/crlf" &&
	sed -n "/<p dir=\"auto\">Line one/,/line two/p" "$T/crlf/public/index.html" >"$T/got" &&
	test_cmp "$T/want" "$T/got"
'

"$PYTHON" -c "import html5lib" 2>/dev/null && test_set_prereq HTML5LIB

# A right-to-left feed: the page is dir="rtl"; its own English words are
# lang="en" and dir="ltr", URLs dir="ltr"; each text of the feed's is
# isolated (dir="auto", <bdi>), so a category's U+202E reverses only it.
r=$T/rtl/public/index.html
test_expect_success 'language = ar: dir="rtl", the English words marked, the record texts isolated' '
	new_feed "$T/rtl" &&
	rm "$T/rtl/articles/"*.txt &&
	set_conf "$T/rtl" language ar &&
	set_conf "$T/rtl" title "أخبار اليوم" &&
	set_conf "$T/rtl" category-feeds yes &&
	set_conf "$T/rtl" rights "© 2025 الأخبار" &&
	printf -- "---\nCategory: \342\200\256Markets\n---\nعنوان الخبر (عاجل)!\n\nكاتب\n\na@example.com | 2025-01-01 09:00:00\n\nنص الخبر هنا.\n" \
	    >"$T/rtl/articles/r.txt" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/rtl" &&
	sed -n "/<html/p;/<body>/,\$p" "$r" >"$T/got" &&
	u=https://www.globaleconomictimes.kr &&
	c=$u/feeds/category/markets-b1fc4b9c &&
	cat >"$T/want" <<-EOF &&
	<html xmlns="http://www.w3.org/1999/xhtml" lang="ar" xml:lang="ar" dir="rtl">
	  <body>
	    <header>
	      <h1 dir="auto">أخبار اليوم</h1>
	      <p dir="auto">News and analysis from the Global Economic Times</p>
	      <p>
	        <a href="$u/" dir="ltr">$u/</a>
	      </p>
	    </header>
	    <section id="subscribe">
	      <h2 lang="en" xml:lang="en" dir="ltr">Subscribe</h2>
	      <p lang="en" xml:lang="en" dir="ltr">This page is a feed. To follow it, copy one of these addresses into your feed reader:</p>
	      <ul class="feeds">
	        <li>
	          <a href="$u/feeds/atom.xml" type="application/atom+xml">Atom 1.0</a>
	          <code dir="ltr">$u/feeds/atom.xml</code>
	        </li>
	        <li>
	          <a href="$u/feeds/rss.xml" type="application/rss+xml">RSS 2.0</a>
	          <code dir="ltr">$u/feeds/rss.xml</code>
	        </li>
	        <li>
	          <a href="$u/feeds/feed.json" type="application/feed+json">JSON Feed 1.1</a>
	          <code dir="ltr">$u/feeds/feed.json</code>
	        </li>
	      </ul>
	      <h3 lang="en" xml:lang="en" dir="ltr">By category</h3>
	      <ul class="feeds" id="categories">
	        <li>
	          <bdi>@RLO@Markets</bdi>: <a href="$c/atom.xml" type="application/atom+xml">Atom 1.0</a> · <a href="$c/rss.xml" type="application/rss+xml">RSS 2.0</a> · <a href="$c/feed.json" type="application/feed+json">JSON Feed 1.1</a></li>
	      </ul>
	    </section>
	    <section id="entries">
	      <h2 lang="en" xml:lang="en" dir="ltr">Latest articles</h2>
	      <article>
	        <h3 dir="auto">
	          <a href="$u/news/r">عنوان الخبر (عاجل)!</a>
	        </h3>
	        <p class="meta">
	          <time datetime="2025-01-01T09:00:00+09:00" lang="en" xml:lang="en" dir="ltr">1 January 2025, 09:00 (UTC+09:00)</time> · <bdi>كاتب</bdi></p>
	        <p dir="auto">نص الخبر هنا.</p>
	        <p>
	          <a href="$u/news/r" lang="en" xml:lang="en" dir="ltr">Read the article</a>
	        </p>
	      </article>
	    </section>
	    <footer>
	      <p dir="auto">© 2025 الأخبار</p>
	      <p lang="en" xml:lang="en" dir="ltr">Made with feedwright.</p>
	    </footer>
	  </body>
	</html>
	EOF
	sed -i "s/@RLO@/$(printf "\342\200\256")/" "$T/want" &&
	test_cmp "$T/want" "$T/got"
'

test_expect_success 'the right-to-left page is well-formed (polyglot markup)' '
	xmllint --noout --nonet "$r"
'

test_expect_success TIDY 'the right-to-left page: tidy finds no HTML5 error or warning' '
	tidy -q -e "$r" >"$T/tidy.out" 2>&1 &&
	test_must_be_empty "$T/tidy.out"
'

test_expect_success HTML5LIB 'the right-to-left page: html5lib parses it strictly, without an error' '
	"$PYTHON" -c "import html5lib, sys; html5lib.HTMLParser(strict=True).parse(open(sys.argv[1], \"rb\"))" "$r"
'

# lang_case LANGUAGE WHAT HTML H2: with this language (none if -), the
# page's <html> start tag and its "Subscribe" heading are HTML and H2.
lang_case() {
	_lc_lang=$1 _lc_html=$3 _lc_h2=$4
	test_expect_success "language = $1: $2" '
		test_when_finished "rm -rf \"\$T/lang\"" &&
		new_feed "$T/lang" &&
		set_conf "$T/lang" language "${_lc_lang#-}" &&
		test_expect_code 0 "$FEEDWRIGHT" build --stdout page "$T/lang" &&
		grep -E "^<html|<h2>Subscribe|<h2 .*>Subscribe" "$T/out" >"$T/got" &&
		printf "%s\n" "$_lc_html" "      $_lc_h2" >"$T/want" &&
		test_cmp "$T/want" "$T/got"
	'
}
x='<html xmlns="http://www.w3.org/1999/xhtml"'
rtl='right to left (its language), the English words marked'
lang_case he-IL "$rtl" "$x lang=\"he-IL\" xml:lang=\"he-IL\" dir=\"rtl\">" \
    '<h2 lang="en" xml:lang="en" dir="ltr">Subscribe</h2>'
lang_case fa "$rtl" "$x lang=\"fa\" xml:lang=\"fa\" dir=\"rtl\">" \
    '<h2 lang="en" xml:lang="en" dir="ltr">Subscribe</h2>'
lang_case ku-Arab 'right to left (its script), the English words marked' \
    "$x lang=\"ku-Arab\" xml:lang=\"ku-Arab\" dir=\"rtl\">" \
    '<h2 lang="en" xml:lang="en" dir="ltr">Subscribe</h2>'
lang_case sd-Deva 'left to right (its script decides), the English words marked' \
    "$x lang=\"sd-Deva\" xml:lang=\"sd-Deva\">" \
    '<h2 lang="en" xml:lang="en">Subscribe</h2>'
lang_case ko-KR 'left to right, the English words marked' \
    "$x lang=\"ko-KR\" xml:lang=\"ko-KR\">" \
    '<h2 lang="en" xml:lang="en">Subscribe</h2>'
lang_case en-GB 'left to right, English: nothing to mark' \
    "$x lang=\"en-GB\" xml:lang=\"en-GB\">" \
    '<h2>Subscribe</h2>'
lang_case - 'no language: left to right, the English words marked' "$x>" \
    '<h2 lang="en" xml:lang="en">Subscribe</h2>'

test_expect_success 'page = no publishes only the feeds' '
	new_feed "$T/off" &&
	echo "page = no" >>"$T/off/feed.conf" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/off" &&
	test_eq "$(ls "$T/off/public" | tr "\n" " ")" "atom.xml feed.json rss.xml "
'

test_expect_success 'page = yes is index.html' '
	new_feed "$T/yes" &&
	echo "page = yes" >>"$T/yes/feed.conf" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/yes" &&
	test_cmp "$golden" "$T/yes/public/index.html"
'

# bad_setting LINE MESSAGE: a bad value is an error naming its line.
bad_setting() {
	_line=$1 _msg=$2
	test_expect_success "$1: refused at its line, exit 1, nothing published" '
		test_when_finished "rm -rf \"\$T/bad\"" &&
		new_feed "$T/bad" &&
		printf "%s\n" "$_line" >>"$T/bad/feed.conf" &&
		n=$(wc -l <"$T/bad/feed.conf" | tr -d " ") &&
		test_expect_code 1 "$FEEDWRIGHT" build "$T/bad" &&
		echo "feedwright: $T/bad/feed.conf:$n: $_msg" >"$T/want" &&
		test_cmp "$T/want" "$T/err" &&
		test_path_is_missing "$T/bad/public"
	'
}
bad_setting "page = ../index.html" \
    'page: "../index.html" is not a file name (letters, digits, ".", "-", "_"; not starting with "."), "yes" or "no"'
bad_setting "page = .hidden.html" \
    'page: ".hidden.html" is not a file name (letters, digits, ".", "-", "_"; not starting with "."), "yes" or "no"'
bad_setting "page = atom.xml" 'page: "atom.xml" is the name of a feed'
bad_setting "discovery = feed.json" 'discovery: "feed.json" is the name of a feed'
bad_setting "discovery = index.html" "discovery: \"index.html\" is already the page's name"

# The discovery fragment: off by default; discovery = yes writes
# discovery.html, discovery = NAME another name.
test_expect_success 'no discovery fragment by default' '
	test_path_is_missing "$T/global-economic-times.out/discovery.html"
'

test_expect_success 'discovery = yes: discovery.html holds the link tags alone, the page'"'"'s own' '
	new_feed "$T/disc" &&
	echo "discovery = yes" >>"$T/disc/feed.conf" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/disc" &&
	cat >"$T/want" <<-EOF &&
	<!-- The feeds of this site, for its pages'"'"' <head>; written by feedwright. -->
	<link rel="alternate" type="application/atom+xml" title="Global Economic Times (Atom 1.0)" href="$base/atom.xml"/>
	<link rel="alternate" type="application/rss+xml" title="Global Economic Times (RSS 2.0)" href="$base/rss.xml"/>
	<link rel="alternate" type="application/feed+json" title="Global Economic Times (JSON Feed 1.1)" href="$base/feed.json"/>
	EOF
	test_cmp "$T/want" "$T/disc/public/discovery.html" &&
	test_eq "$(grep "rel=\"alternate\"" "$T/disc/public/discovery.html")" \
	    "$(grep "rel=\"alternate\"" "$g" | sed "s/^ *//")"
'

test_expect_success 'discovery = NAME: the same fragment under that name' '
	new_feed "$T/disc2" &&
	echo "discovery = head-links.html" >>"$T/disc2/feed.conf" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/disc2" &&
	test_cmp "$T/disc/public/discovery.html" "$T/disc2/public/head-links.html"
'

test_expect_success 'the fragment escapes the title attribute' '
	w2=$T/world-desk.disc &&
	cp -R "$T/world-desk" "$w2" &&
	echo "discovery = yes" >>"$w2/feed.conf" &&
	test_expect_code 0 "$FEEDWRIGHT" build -o "$w2.out" "$w2" &&
	test_contains "$w2.out/discovery.html" \
	    "title=\"World Desk &lt;Tests&gt; &amp; &quot;Quotes&quot; '"'n'"' Ünïcödé (Atom 1.0)\""
'

test_done
