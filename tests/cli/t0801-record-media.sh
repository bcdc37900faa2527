#!/bin/sh
# A record's image and enclosures (issue 14, item 1): "Image: URL [alt
# text]" and "Enclosure: URL TYPE LENGTH" (repeatable), each checked at its
# line, written to Atom (link rel="enclosure", Media RSS), RSS (the first
# enclosure, the others as media:content, Media RSS), JSON Feed (image,
# attachments) and the page (the image with its alt text); feedparser and
# newsboat see them.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-httpd.sh"

F=$T/feed
new_feed "$F"
M=https://media.example.com

# rec NAME FIELDS: writes articles/NAME.txt with these fields, newest of all.
rec() {
	{
		printf -- "---\n%s\n---\n" "$2"
		printf "Title of %s\n\nAuthor Name\n\na@example.com | 2025-03-01 10:00:00\n\nBody.\n" "$1"
	} >"$F/articles/$1.txt"
}

rec media "Image: $M/p.jpg Troops & \"tanks\" <b>near</b> Kursk
Enclosure: $M/a.mp3 audio/mpeg 1234567
Enclosure: $M/v.mp4 video/mp4 0"

test_expect_success 'Atom: an enclosure link per file, with type and a length when known; Media RSS for the image' '
	"$FEEDWRIGHT" build "$F" &&
	sed -n "/<entry xmlns:media/,/<\/entry>/p" "$F/public/atom.xml" | grep -v "^    <\(id\|title\|published\|updated\|author\|name\|email\|summary\|content\)\|^    </author>\|^      <\(name\|email\)>" >"$T/got" &&
	cat >"$T/want" <<-XML &&
	  <entry xmlns:media="http://search.yahoo.com/mrss/">
	    <link rel="alternate" type="text/html" href="https://www.globaleconomictimes.kr/news/media"/>
	    <link rel="enclosure" type="audio/mpeg" length="1234567" href="$M/a.mp3"/>
	    <link rel="enclosure" type="video/mp4" href="$M/v.mp4"/>
	    <media:content url="$M/p.jpg" medium="image">
	      <media:description type="html"><![CDATA[Troops &amp; "tanks" &lt;b&gt;near&lt;/b&gt; Kursk]]></media:description>
	    </media:content>
	    <media:thumbnail url="$M/p.jpg"/>
	  </entry>
	XML
	test_cmp "$T/want" "$T/got"
'

test_expect_success 'RSS: the first file is the enclosure, the second a media:content' '
	sed -n "/<item xmlns:media/,/<\/item>/p" "$F/public/rss.xml" | sed -n "/<media:content/,\$p" >"$T/got" &&
	cat >"$T/want" <<-XML &&
	      <media:content url="$M/v.mp4" type="video/mp4"/>
	      <media:content url="$M/p.jpg" medium="image">
	        <media:description type="html"><![CDATA[Troops &amp; "tanks" &lt;b&gt;near&lt;/b&gt; Kursk]]></media:description>
	      </media:content>
	      <media:thumbnail url="$M/p.jpg"/>
	      <enclosure url="$M/a.mp3" length="1234567" type="audio/mpeg"/>
	    </item>
	XML
	test_cmp "$T/want" "$T/got" &&
	test "$(grep -c "<enclosure" "$F/public/rss.xml")" = 1
'

test_expect_success 'a length of 0 (not known): RSS keeps length="0", which its enclosure requires; Atom and JSON Feed leave it out' '
	new_feed "$T/zero" &&
	printf -- "---\nEnclosure: $M/z.mp3 audio/mpeg 0\n---\nZ\n\nA\n\na@example.com | 2025-03-02 10:00:00\n\nB.\n" >"$T/zero/articles/zero.txt" &&
	"$FEEDWRIGHT" build "$T/zero" &&
	{
		grep -F "$M/z.mp3" "$T/zero/public/rss.xml" "$T/zero/public/atom.xml" &&
		sed -n "/\"attachments\": /,/^      \]/p" "$T/zero/public/feed.json"
	} >"$T/got" &&
	cat >"$T/want" <<-EOF &&
	$T/zero/public/rss.xml:      <enclosure url="$M/z.mp3" length="0" type="audio/mpeg"/>
	$T/zero/public/atom.xml:    <link rel="enclosure" type="audio/mpeg" href="$M/z.mp3"/>
	      "attachments": [
	        {
	          "url": "$M/z.mp3",
	          "mime_type": "audio/mpeg"
	        }
	      ]
	EOF
	test_cmp "$T/want" "$T/got"
'

test_expect_success 'records without media are written as before: no Media RSS namespace' '
	test "$(grep -c "xmlns:media" "$F/public/atom.xml")" = 1 &&
	test "$(grep -c "xmlns:media" "$F/public/rss.xml")" = 1
'

test_expect_success 'JSON Feed: image and attachments with mime_type, and size_in_bytes when known' '
	sed -n "/\"image\": /,/^      \]/p" "$F/public/feed.json" >"$T/got" &&
	cat >"$T/want" <<-JSON &&
	      "image": "$M/p.jpg",
	      "attachments": [
	        {
	          "url": "$M/a.mp3",
	          "mime_type": "audio/mpeg",
	          "size_in_bytes": 1234567
	        },
	        {
	          "url": "$M/v.mp4",
	          "mime_type": "video/mp4"
	        }
	      ]
	JSON
	test_cmp "$T/want" "$T/got"
'

test_expect_success JQ 'the JSON Feed with image and attachments keeps the JSON Feed 1.1 rules' '
	jq -r -f "$SRCDIR/tests/readers/jsonfeed-rules.jq" "$F/public/feed.json" >"$T/out" &&
	test_must_be_empty "$T/out"
'

test_expect_success 'the page shows the image with its alt text' '
	grep -F "<img src=\"$M/p.jpg\" alt=\"Troops &amp; &quot;tanks&quot; &lt;b&gt;near&lt;/b&gt; Kursk\" style=\"max-width:100%;height:auto\"/>" "$F/public/index.html"
'

test_expect_success 'the feeds build wrote pass feedwright validate without a warning' '
	"$FEEDWRIGHT" validate "$F/public/atom.xml" "$F/public/rss.xml" >"$T/out" 2>&1 &&
	! grep -i "warning" "$T/out"
'

test_expect_success FEEDPARSER 'feedparser: the enclosures with type and length (none when unknown), the thumbnail' '
	"$PYTHON" - "$F/public" >"$T/got" <<-PY &&
	import sys, feedparser
	for f in ("atom.xml", "rss.xml"):
	    e = feedparser.parse(sys.argv[1] + "/" + f).entries[0]
	    print(f, [(x.href, x.type, x.get("length")) for x in e.enclosures])
	    print(f, [t["url"] for t in e.media_thumbnail])
	PY
	cat >"$T/want" <<-EOF2 &&
	atom.xml [(\x27$M/a.mp3\x27, \x27audio/mpeg\x27, \x271234567\x27), (\x27$M/v.mp4\x27, \x27video/mp4\x27, None)]
	atom.xml [\x27$M/p.jpg\x27]
	rss.xml [(\x27$M/a.mp3\x27, \x27audio/mpeg\x27, \x271234567\x27)]
	rss.xml [\x27$M/p.jpg\x27]
	EOF2
	sed -i "s/\\\\x27/'"'"'/g" "$T/want" &&
	test_cmp "$T/want" "$T/got"
'

# One cache per format: newsboat keys items by guid, which Atom and RSS
# share. newsboat keeps one file per item, the last it reads: in RSS the
# enclosure (written last for this reason), in Atom the last enclosure link.
for f in atom rss; do
	case $f in atom) want="$M/v.mp4 video/mp4" ;; rss) want="$M/a.mp3 audio/mpeg" ;; esac
	test_expect_success NEWSBOAT,CURL "newsboat shows an enclosure of the record ($f: $want)" '
		{ test -n "$BASE" || serve "$F/public"; } &&
		nb=$T/nb.$f && mkdir -p "$nb/home" && : >"$nb/config" &&
		echo "$BASE/$f.xml" >"$nb/urls" &&
		HOME=$nb/home XDG_CONFIG_HOME=$nb/home XDG_DATA_HOME=$nb/home \
		    newsboat -x reload -u "$nb/urls" -c "$nb/cache.db" -C "$nb/config" \
		    </dev/null >"$nb/out" 2>&1 &&
		test_must_be_empty "$nb/out" &&
		"$PYTHON" -c "import sqlite3, sys
for r in sqlite3.connect(sys.argv[1]).execute(\"SELECT enclosure_url, enclosure_type FROM rss_item WHERE enclosure_url != \x27\x27\"):
    print(*r)" "$nb/cache.db" >"$T/got" &&
		echo "$want" >"$T/want" &&
		test_cmp "$T/want" "$T/got"
	'
done

# bad FIELD MESSAGE: a record with FIELD is refused at line 2 with MESSAGE.
bad() {
	rec bad "$1" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$F" 2>"$T/err" &&
	printf "%s\n" "feedwright: $F/articles/bad.txt:2: $2" \
	    "feedwright: $F: 1 of 3 records are bad; nothing was published" >"$T/want" &&
	test_cmp "$T/want" "$T/err"
}

test_expect_success 'Image: only an http or https link' '
	bad "Image: javascript:alert(1) alt" "\"Image\" \"javascript:alert(1)\" is not an http or https URL with a host" &&
	bad "Image: data:image/png;base64,AAAA" "\"Image\" \"data:image/png;base64,AAAA\" is not an http or https URL with a host" &&
	bad "Image:" "empty field \"Image\""
'

test_expect_success 'an Image or Enclosure URL that names a user is refused at its line: readers fetch it for everyone' '
	bad "Image: https://me@media.example.org/a.jpg alt" "\"Image\" \"https://me@media.example.org/a.jpg\" names a user (user@host): readers fetch it for everyone (RFC 9110 4.2.4); give the URL without" &&
	bad "Enclosure: https://me:pw@media.example.org/a.mp3 audio/mpeg 1" "\"Enclosure\" \"https://me:pw@media.example.org/a.mp3\" names a user (user@host): readers fetch it for everyone (RFC 9110 4.2.4); give the URL without"
'

test_expect_success 'Image is given once' '
	printf -- "---\nImage: $M/a.jpg\nImage: $M/b.jpg\n---\nT\n\nA\n\na@example.com | 2025-01-01 00:00:00\n\nB.\n" >"$F/articles/bad.txt" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$F" 2>"$T/err" &&
	grep -F "bad.txt:3: field \"Image\" given twice (first on line 2)" "$T/err"
'

test_expect_success 'Enclosure: URL TYPE LENGTH, each checked' '
	bad "Enclosure: $M/a.mp3 audio/mpeg" "\"Enclosure\" \"$M/a.mp3 audio/mpeg\" is not \"URL TYPE LENGTH\" (like \"https://example.com/a.mp3 audio/mpeg 12345\")" &&
	bad "Enclosure: $M/a.mp3 audio/mpeg 1 2" "\"Enclosure\" \"$M/a.mp3 audio/mpeg 1 2\" is not \"URL TYPE LENGTH\" (like \"https://example.com/a.mp3 audio/mpeg 12345\")" &&
	bad "Enclosure: file:///etc/passwd text/plain 1" "\"Enclosure\" \"file:///etc/passwd\" is not an http or https URL with a host" &&
	bad "Enclosure: $M/a.mp3 mp3 1" "\"Enclosure\" type \"mp3\" is not a MIME type like \"audio/mpeg\"" &&
	bad "Enclosure: $M/a.mp3 audio/ 1" "\"Enclosure\" type \"audio/\" is not a MIME type like \"audio/mpeg\"" &&
	bad "Enclosure: $M/a.mp3 audio/mpeg -1" "\"Enclosure\" length \"-1\" is not a number of bytes (0 to 999999999999999999)" &&
	bad "Enclosure: $M/a.mp3 audio/mpeg 12k" "\"Enclosure\" length \"12k\" is not a number of bytes (0 to 999999999999999999)" &&
	bad "Enclosure: $M/a.mp3 audio/mpeg 1000000000000000000" "\"Enclosure\" length \"1000000000000000000\" is not a number of bytes (0 to 999999999999999999)"
'

test_done
