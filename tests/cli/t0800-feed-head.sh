#!/bin/sh
# A feed's icon, logo, rights, ttl, categories, managing editor and web
# master (feed.conf, issue 14 item 2): each checked at its line, and
# written to Atom, RSS, JSON Feed and the page as feedwright(5) says.
. "$SRCDIR/tests/lib.sh"

F=$T/feed
new_feed "$F"
U=https://www.globaleconomictimes.kr
cat >>"$F/feed.conf" <<CONF
icon = $U/icon.png
logo = $U/logo.png
rights = © 2025 Global Economic Times & partners
ttl = 60
category = Economy
category = Finance & Markets
managing-editor = editor@globaleconomictimes.kr (Kim Minji)
web-master = web@globaleconomictimes.kr (Lee Jun)
CONF
cp "$F/feed.conf" "$T/good.conf"

# line KEY: the line of feed.conf that sets KEY (the first, if several).
line() { grep -n "^$1 *=" "$F/feed.conf" | head -n 1 | cut -d: -f1; }

test_expect_success 'Atom: category, icon, logo and rights in the feed head' '
	"$FEEDWRIGHT" build "$F" &&
	sed -n "/^  <category/,/^  <rights>/p" "$F/public/atom.xml" >"$T/got" &&
	cat >"$T/want" <<-XML &&
	  <category term="Economy"/>
	  <category term="Finance &amp; Markets"/>
	  <generator version="$(sed -n "s/.*<generator version=\"\([^\"]*\)\".*/\1/p" "$F/public/atom.xml")">feedwright</generator>
	  <icon>$U/icon.png</icon>
	  <logo>$U/logo.png</logo>
	  <rights>© 2025 Global Economic Times &amp; partners</rights>
	XML
	test_cmp "$T/want" "$T/got"
'

test_expect_success 'RSS: copyright, managingEditor, webMaster, category, ttl and image' '
	grep -F "<copyright>© 2025 Global Economic Times &#x26; partners</copyright>" "$F/public/rss.xml" &&
	grep -F "<managingEditor>editor@globaleconomictimes.kr (Kim Minji)</managingEditor>" "$F/public/rss.xml" &&
	grep -F "<webMaster>web@globaleconomictimes.kr (Lee Jun)</webMaster>" "$F/public/rss.xml" &&
	sed -n "/<item>/q;/<category>/p" "$F/public/rss.xml" >"$T/got" &&
	printf "    <category>%s</category>\n" "Economy" "Finance &#x26; Markets" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	sed -n "/<ttl>/,/<\/image>/p" "$F/public/rss.xml" >"$T/got" &&
	cat >"$T/want" <<-XML &&
	    <ttl>60</ttl>
	    <image>
	      <url>$U/logo.png</url>
	      <title>Global Economic Times</title>
	      <link>$U/</link>
	    </image>
	XML
	test_cmp "$T/want" "$T/got"
'

test_expect_success 'without a logo, the RSS image is the icon' '
	set_conf "$F" logo "" &&
	"$FEEDWRIGHT" build "$F" &&
	grep -F "<url>$U/icon.png</url>" "$F/public/rss.xml" &&
	! grep -F "<logo>" "$F/public/atom.xml" &&
	cp "$T/good.conf" "$F/feed.conf"
'

test_expect_success 'JSON Feed: favicon is the icon; icon, the large image, is not' '
	"$FEEDWRIGHT" build "$F" &&
	! grep -F "  \"icon\":" "$F/public/feed.json" &&
	grep -F "  \"favicon\": \"$U/icon.png\"," "$F/public/feed.json"
'

test_expect_success 'the page: the icon, the logo with the title as alt text, the rights' '
	grep -F "<link rel=\"icon\" href=\"$U/icon.png\"/>" "$F/public/index.html" &&
	grep -F "<img src=\"$U/logo.png\" alt=\"Global Economic Times\"" "$F/public/index.html" &&
	grep -F "<p dir=\"auto\">© 2025 Global Economic Times &amp; partners</p>" "$F/public/index.html"
'

test_expect_success FEEDPARSER 'feedparser reads the icon, logo, rights and ttl' '
	"$PYTHON" - "$F/public" >"$T/got" <<-PY &&
	import sys, feedparser
	a = feedparser.parse(sys.argv[1] + "/atom.xml").feed
	r = feedparser.parse(sys.argv[1] + "/rss.xml").feed
	print(a.icon, a.logo, a.rights, sep="\n")
	print(r.image.href, r.rights, r.ttl, r.publisher, sep="\n")
	PY
	cat >"$T/want" <<-EOF2 &&
	$U/icon.png
	$U/logo.png
	© 2025 Global Economic Times & partners
	$U/logo.png
	© 2025 Global Economic Times & partners
	60
	web@globaleconomictimes.kr (Lee Jun)
	EOF2
	test_cmp "$T/want" "$T/got"
'

# bad KEY VALUE MESSAGE: the value is refused at its line with MESSAGE.
bad() {
	cp "$T/good.conf" "$F/feed.conf" &&
	set_conf "$F" "$1" "$2" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$F" 2>"$T/err" &&
	printf "feedwright: %s:%s: %s\n" "$F/feed.conf" "$(line "$1")" "$3" >"$T/want" &&
	test_cmp "$T/want" "$T/err"
}

test_expect_success 'an icon or logo that is no safe link is refused at its line' '
	bad icon "javascript:alert(1)" "icon: \"javascript:alert(1)\" is not an http or https URL with a host" &&
	bad logo "/logo.png" "logo: \"/logo.png\" is not an absolute URI"
'

test_expect_success 'ttl is a whole number of minutes' '
	bad ttl 0 "ttl: \"0\" is not a whole number from 1 to 1000000" &&
	bad ttl 1h "ttl: \"1h\" is not a whole number from 1 to 1000000"
'

test_expect_success 'managing-editor and web-master are EMAIL (Name)' '
	bad managing-editor "Kim Minji <editor@example.com>" "managing-editor: \"Kim Minji <editor@example.com>\" is not \"EMAIL (Name)\", like \"editor@example.com (Kim Minji)\"" &&
	bad web-master "web@example.com" "web-master: \"web@example.com\" is not \"EMAIL (Name)\", like \"editor@example.com (Kim Minji)\"" &&
	bad web-master "web@example.com ()" "web-master: \"web@example.com ()\" is not \"EMAIL (Name)\", like \"editor@example.com (Kim Minji)\"" &&
	bad managing-editor "not an address (Kim)" "managing-editor: \"not an address (Kim)\" is not \"EMAIL (Name)\", like \"editor@example.com (Kim Minji)\""
'

test_expect_success 'rights, icon and logo are set once; category may repeat' '
	cp "$T/good.conf" "$F/feed.conf" &&
	printf "rights = again\n" >>"$F/feed.conf" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$F" 2>"$T/err" &&
	printf "feedwright: %s:%s: rights is set twice (first on line %s)\n" "$F/feed.conf" "$(wc -l <"$F/feed.conf")" "$(line rights)" >"$T/want" &&
	test_cmp "$T/want" "$T/err"
'

test_expect_success 'managing-editor overrides the author as the RSS managingEditor' '
	cp "$T/good.conf" "$F/feed.conf" &&
	set_conf "$F" author-email "desk@globaleconomictimes.kr" &&
	"$FEEDWRIGHT" build "$F" &&
	test "$(grep -c "<managingEditor>" "$F/public/rss.xml")" = 1 &&
	grep -F "<managingEditor>editor@globaleconomictimes.kr (Kim Minji)</managingEditor>" "$F/public/rss.xml"
'

test_expect_success 'the author as managingEditor: a parenthesis or backslash in the name is quoted' '
	cp "$T/good.conf" "$F/feed.conf" &&
	set_conf "$F" managing-editor "" &&
	set_conf "$F" author-email "desk@globaleconomictimes.kr" &&
	for name in "Night Desk :)" "Night Desk (Seoul" "Desk \\"
	do
		set_conf "$F" author "$name" &&
		"$FEEDWRIGHT" build "$F" || return 1
	done &&
	grep -F "<managingEditor>desk@globaleconomictimes.kr (Desk \\\\)</managingEditor>" "$F/public/rss.xml" &&
	set_conf "$F" author "Night Desk :)" &&
	"$FEEDWRIGHT" build "$F" &&
	grep -F "<managingEditor>desk@globaleconomictimes.kr (Night Desk :\\))</managingEditor>" "$F/public/rss.xml"
'

test_done
