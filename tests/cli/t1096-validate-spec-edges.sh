#!/bin/sh
# Edges of the specs where validate and the W3C service disagreed on
# documents written for the purpose, each settled by the spec:
#   a two-letter language subtag must be an ISO 639-1 code (RFC 5646
#   2.2.1), in every language tag read, feed.conf's too; xml:lang is
#   checked on every element of an RSS document;
#   RFC 3339 allows a leap second and offsets up to 23:59, which
#   xsd:dateTime does not; an RFC 822 date may be folded over lines
#   (RFC 822 3.3: linear-white-space = 1*([CRLF] LWSP-char));
#   RFC 4287 2 allows xml:lang on atom:name;
#   white space may surround an addr-spec (RFC 5322 3.4.1), and a message
#   quoting a value with line breaks stays on one line;
#   a cloud protocol is HTTP-POST, XML-RPC or SOAP 1.1, in any case;
#   a category scheme is an IRI, so absolute (RFC 4287 4.2.2.2); a MIME
#   type has no trailing space; atom:content of an XML type SHOULD be
#   one element (RFC 4287 4.1.3.3), a warning;
#   RSS and Atom are XML 1.0; a UTF-8 byte order mark before a
#   declaration of another encoding is a fatal error (XML 1.0 4.3.3).
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE ROOT-ATTRS CHANNEL-EXTRA: a small RSS 2.0 feed.
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"%s>\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>%s\n</channel>\n</rss>\n' "$2" "$3" >"$1"
}

# atom FILE UPDATED AUTHOR-INNER ENTRY-EXTRA: a small Atom feed.
atom() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<title>t</title>\n<id>urn:uuid:60a76c80-d399-11d9-b93c-0003939e0af6</id>\n<updated>%s</updated>\n<link rel="self" href="https://example.org/feed.atom"/>\n<author>%s</author>\n<entry>\n<title>e</title>\n<id>urn:uuid:60a76c80-d399-11d9-b93c-0003939e0af7</id>\n<updated>2025-01-02T03:04:05Z</updated>\n<link href="https://example.org/1"/>\n<summary>s</summary>%s\n</entry>\n</feed>\n' "$2" "$3" "$4" >"$1"
}

test_expect_success 'RSS language "jp" (a country) is no language tag; "ja" and "cmn" are' '
	rss jp.xml "" "
<language>jp</language>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate jp.xml &&
	echo "jp.xml:7:1: error: language \"jp\" is not a language tag [rss-language]" >want &&
	test_cmp want "$T/out" &&
	rss ja.xml "" "
<language>ja</language>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ja.xml &&
	rss cmn.xml "" "
<language>cmn-Hans-CN</language>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict cmn.xml
'

test_expect_success 'RSS language with white space around it: valid, as its text is the tag' '
	rss spaced.xml "" "
<language>
  en-us
</language>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict spaced.xml &&
	test_must_be_empty "$T/out"
'

test_expect_success 'xml:lang on any element of an RSS document: each bad one said' '
	rss lang.xml " xml:lang=\"en_US\"" "
<item xml:lang=\"de-CH\"><title xml:lang=\"\">a</title><description xml:lang=\"qq\">b</description></item>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate lang.xml &&
	cat >want <<-\EOT &&
	lang.xml:2:1: error: xml:lang "en_US" on rss is not a language tag [xml-lang]
	lang.xml:7:52: error: xml:lang "qq" on description is not a language tag [xml-lang]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'feed.conf language = jp is refused at its line, as build reads the same grammar' '
	new_feed "$T/feed" &&
	set_conf "$T/feed" language jp &&
	test_expect_code 1 "$FEEDWRIGHT" build "$T/feed" &&
	line=$(grep -n "^language = jp\$" "$T/feed/feed.conf" | cut -d: -f1) &&
	grep "^feedwright: $T/feed/feed.conf:$line: language: \"jp\" is not a language tag" "$T/err" &&
	test_path_is_missing "$T/feed/public"
'

test_expect_success 'Atom: a leap second and an offset of -23:59 are RFC 3339 date-times' '
	atom leap.xml 2016-12-31T23:59:60Z "<name>A</name>" "
<published>2005-12-31T23:59:00-23:59</published>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict leap.xml &&
	test_must_be_empty "$T/out" &&
	atom bad.xml 2016-12-31T23:59:61Z "<name>A</name>" "" &&
	test_expect_code 1 "$FEEDWRIGHT" validate bad.xml &&
	grep "bad.xml:5:1: error: atom:updated \"2016-12-31T23:59:61Z\" is not an RFC 3339 date-time" "$T/out"
'

test_expect_success 'Atom: xml:lang on atom:name and an email with white space around it are valid' '
	atom person.xml 2025-01-02T03:04:05Z "<name xml:lang=\"ko\">김</name><email>
    a@example.org
  </email>" "" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict person.xml &&
	test_must_be_empty "$T/out"
'

test_expect_success 'a message quoting a value across lines stays on one line' '
	atom mail.xml 2025-01-02T03:04:05Z "<name>A</name><email>not
an address</email>" "" &&
	test_expect_code 1 "$FEEDWRIGHT" validate mail.xml &&
	echo "mail.xml:7:23: error: atom:email \"not an address\" is not an RFC 5322 addr-spec [atom-email]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'Atom: a relative category scheme and a link type with a trailing space are errors' '
	atom cat.xml 2025-01-02T03:04:05Z "<name>A</name>" "
<category term=\"x\" scheme=\"/cats/\"/>
<link rel=\"related\" type=\"text/html \" href=\"https://example.org/2\"/>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate cat.xml &&
	cat >want <<-\EOT &&
	cat.xml:14:1: error: scheme "/cats/" of atom:category is not an absolute IRI [atom-iri]
	cat.xml:15:1: error: type "text/html " of atom:link is not a MIME media type [atom-link-type]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'an XML 1.1 declaration: an error, the rest still checked' '
	rss v11.xml "" "" &&
	sed "1s/1.0/1.1/" v11.xml >v11b.xml &&
	test_expect_code 1 "$FEEDWRIGHT" validate v11b.xml &&
	echo "v11b.xml:1:1: error: the XML declaration says version=\"1.1\": feeds are XML 1.0 [xml-version]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'a UTF-8 byte order mark, declared windows-1252: an error, exit 1' '
	rss plain.xml "" "" &&
	{ printf "\357\273\277" && sed "1s/utf-8/windows-1252/" plain.xml; } >bom.xml &&
	test_expect_code 1 "$FEEDWRIGHT" validate bom.xml &&
	echo "bom.xml:1:1: error: the file begins with UTF-8'"'"'s byte order mark, but its XML declaration says encoding=\"windows-1252\": the declaration must name the encoding the file is in (XML 1.0, section 4.3.3) [xml-not-well-formed]" >want &&
	test_cmp want "$T/out" &&
	{ printf "\357\273\277" && cat plain.xml; } >bom-utf8.xml &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict bom-utf8.xml
'

test_expect_success 'an http IRI without its host ("http:/x", "http:x") is no http IRI (RFC 9110 4.2.1)' '
	atom host.xml 2025-01-02T03:04:05Z "<name>A</name><uri>http:/people/a</uri>" "
<link rel=\"related\" href=\"http:icon.png\"/>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate host.xml &&
	grep "^host.xml:7:[0-9]*: error: .*\"http:/people/a\"" "$T/out" &&
	grep "^host.xml:14:1: error: .*\"http:icon.png\"" "$T/out" &&
	test "$(wc -l <"$T/out")" -eq 2
'

test_expect_success 'feed.conf: an entry-link with a space is no URI template; one without a host is no web link' '
	new_feed "$T/tmpl" &&
	set_conf "$T/tmpl" entry-link "https://e.example/a b/{slug}" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$T/tmpl" &&
	line=$(grep -n "^entry-link = " "$T/tmpl/feed.conf" | cut -d: -f1) &&
	grep "^feedwright: $T/tmpl/feed.conf:$line: entry-link: \"https://e.example/a b/{slug}\" is not an absolute URI template holding {slug}\$" "$T/err" &&
	set_conf "$T/tmpl" entry-link "http:///{slug}" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$T/tmpl" &&
	grep "^feedwright: $T/tmpl/feed.conf:$line: entry-link: \"http:///{slug}\" does not give an http or https URL with a host\$" "$T/err"
'

test_expect_success 'RSS: an image of width 0 and a cloud on port 0 are errors; 1 is not' '
	rss zero.xml "" "
<cloud domain=\"rpc.example.org\" port=\"0\" path=\"/RPC2\" registerProcedure=\"p\" protocol=\"xml-rpc\"/>
<image><url>https://example.org/a.png</url><title>t</title><link>https://example.org/</link><width>0</width></image>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate zero.xml &&
	grep -c "rss-cloud\]\$" "$T/out" >n && test "$(cat n)" -eq 1 &&
	grep "error: width \"0\" is not an integer from 1 to 144 \[rss-image-size\]\$" "$T/out" &&
	sed "s/port=\"0\"/port=\"1\"/; s/<width>0</<width>1</" zero.xml >one.xml &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict one.xml
'

test_expect_success 'RSS: a cloud protocol names HTTP-POST, XML-RPC or SOAP in any case; another is an error' '
	rss cloud.xml "" "
<cloud domain=\"rpc.example.org\" port=\"80\" path=\"/RPC2\" registerProcedure=\"p\" protocol=\"XML-RPC\"/>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict cloud.xml &&
	test_must_be_empty "$T/out" &&
	for p in SOAP Http-Post xml-rpc; do
		sed "s/XML-RPC/$p/" cloud.xml >p.xml &&
		test_expect_code 0 "$FEEDWRIGHT" validate --strict p.xml || return 1
	done &&
	sed "s/XML-RPC/https-post/" cloud.xml >other.xml &&
	test_expect_code 1 "$FEEDWRIGHT" validate other.xml &&
	echo "other.xml:7:1: error: cloud protocol \"https-post\" is not xml-rpc, soap or http-post [rss-cloud]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'RFC 822 comments in a pubDate, "(UTC)" after the zone among them, are allowed' '
	rss comment.xml "" "
<pubDate>Mon, 15 Jan 2024 10:30:00 +0000 (UTC)</pubDate>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict comment.xml &&
	test_must_be_empty "$T/out"
'

test_expect_success 'an RFC 822 date folded over a line end and a space is valid; a bare line end is not' '
	rss folded.xml "" "
<pubDate>Mon, 15 Jan 2024
 10:30:00 GMT</pubDate>
<lastBuildDate>Mon,&#13;&#10;&#9;15 Jan 2024&#13; 10:30:00&#13;&#10;  +0000</lastBuildDate>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict folded.xml &&
	test_must_be_empty "$T/out" &&
	rss bare.xml "" "
<pubDate>Mon, 15 Jan 2024
10:30:00 GMT</pubDate>
<lastBuildDate>Mon, 15 Jan 2024&#13;10:30:00 GMT</lastBuildDate>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate bare.xml &&
	cat >want <<-\EOT &&
	bare.xml:7:1: error: pubDate "Mon, 15 Jan 2024 10:30:00 GMT" is not an RFC 822 date-time: it does not match the date format [rss-date]
	bare.xml:9:1: error: lastBuildDate "Mon, 15 Jan 2024 10:30:00 GMT" is not an RFC 822 date-time: it does not match the date format [rss-date]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'Atom: content of an XML type with two elements or text beside one is a warning (a SHOULD)' '
	atom two.xml 2025-01-02T03:04:05Z "<name>a</name>" "
<content type=\"application/xml\"><a xmlns=\"urn:x\"/><b xmlns=\"urn:x\"/></content>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate two.xml &&
	echo "two.xml:14:1: warning: atom:content of XML type application/xml should hold one element, without text around it [atom-content-xml]" >want &&
	test_cmp want "$T/out" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --strict two.xml &&
	atom text.xml 2025-01-02T03:04:05Z "<name>a</name>" "
<content type=\"application/rdf+xml\">Note: <a xmlns=\"urn:x\"/></content>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate text.xml &&
	echo "text.xml:14:1: warning: atom:content of XML type application/rdf+xml should hold one element, without text around it [atom-content-xml]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'an enclosure on ftp: is an error, as "the url must be an http url"; https is http' '
	rss ftp.xml "" "
<item><title>a</title><enclosure url=\"ftp://example.org/a.mp3\" length=\"1\" type=\"audio/mpeg\"/></item>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate ftp.xml &&
	echo "ftp.xml:7:23: error: enclosure url \"ftp://example.org/a.mp3\" is not an http or https URL (ASCII only, RFC 3986; no user@, RFC 9110 4.2.4) [rss-url]" >want &&
	test_cmp want "$T/out" &&
	sed "s|ftp://|HTTPS://|" ftp.xml >https.xml &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict https.xml
'

test_expect_success 'an enclosure URL with a user name, or a user and password: an error (RFC 9110 4.2.4)' '
	rss user.xml "" "
<item><title>a</title><enclosure url=\"https://me:secret@example.org/a.mp3\" length=\"1\" type=\"audio/mpeg\"/></item>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate user.xml &&
	echo "user.xml:7:23: error: enclosure url \"https://me:secret@example.org/a.mp3\" is not an http or https URL (ASCII only, RFC 3986; no user@, RFC 9110 4.2.4) [rss-url]" >want &&
	test_cmp want "$T/out" &&
	sed "s|me:secret@||" user.xml >nouser.xml &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict nouser.xml
'

test_done
