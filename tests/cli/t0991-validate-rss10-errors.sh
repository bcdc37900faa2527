#!/bin/sh
# A broken RSS 1.0 feed: every fault at its own line with its rule, in
# text and JSON, exit 1 (issue 9, item 5).
. "$SRCDIR/tests/lib.sh"

cp "$SRCDIR"/tests/validate/rdf/broken.rdf "$T/" || exit 99
cd "$T" || exit 99

test_expect_success 'every fault of broken.rdf, in document order, then the cross-checks' '
	test_expect_code 1 "$FEEDWRIGHT" validate broken.rdf &&
	test_must_be_empty "$T/err" &&
	cat >want <<-\EOF &&
	broken.rdf:6:3: error: channel has no rdf:about, which RSS 1.0 requires [rss10-about]
	broken.rdf:8:5: error: channel has more than one title, which may occur once [rss10-duplicate-element]
	broken.rdf:9:5: error: channel link "javascript:alert(1)" is not an http, https or ftp URL [rss10-url]
	broken.rdf:10:5: error: sy:updatePeriod "often" is not hourly, daily, weekly, monthly or yearly [ext-value]
	broken.rdf:11:5: error: sy:updateFrequency "0" is not a positive integer [ext-value]
	broken.rdf:12:5: error: sy:updateBase "yesterday" is not a W3C date-time (W3CDTF): it does not match the date format [ext-date]
	broken.rdf:13:5: error: dc:date "Sun, 29 Nov 2026 08:00:00 GMT" is not a W3C date-time (W3CDTF): it does not match the date format [ext-date]
	broken.rdf:15:5: error: channel has no child element pubDate in RSS 1.0 [rss10-unknown-element]
	broken.rdf:20:9: error: rdf:li has no rdf:resource (or resource) naming an item [rss10-items]
	broken.rdf:21:9: error: items lists "https://example.org/1" twice [rss10-items]
	broken.rdf:6:3: error: channel has no description, which RSS 1.0 requires [rss10-missing-element]
	broken.rdf:25:3: error: image has no link, which RSS 1.0 requires [rss10-missing-element]
	broken.rdf:33:3: error: item "https://example.org/1" is described twice (first at line 29) [rss10-item-duplicate]
	broken.rdf:33:3: error: item has no title, which RSS 1.0 requires [rss10-missing-element]
	broken.rdf:36:3: warning: item "https://example.org/2" is not listed in the channel'"'"'s items [rss10-item-unlisted]
	broken.rdf:37:16: error: title holds text only, but has the child element b; escape markup [rss10-unknown-element]
	broken.rdf:40:3: error: item has no rdf:about, which RSS 1.0 requires [rss10-about]
	broken.rdf:44:3: error: textinput has no title, which RSS 1.0 requires [rss10-missing-element]
	broken.rdf:44:3: error: textinput has no description, which RSS 1.0 requires [rss10-missing-element]
	broken.rdf:44:3: error: textinput has no name, which RSS 1.0 requires [rss10-missing-element]
	broken.rdf:44:3: error: textinput has no link, which RSS 1.0 requires [rss10-missing-element]
	broken.rdf:45:3: error: title is in no namespace; RSS 1.0 elements are in http://purl.org/rss/1.0/ [rss10-unknown-element]
	broken.rdf:46:3: error: rdf:RDF has no child element guid in RSS 1.0 [rss10-unknown-element]
	broken.rdf:19:9: warning: the channel'"'"'s items list "https://example.org/gone", but no item has that rdf:about [rss10-item-missing]
	broken.rdf:14:5: error: the channel'"'"'s image names "https://example.org/a.png", but no image has that rdf:about [rss10-reference]
	broken.rdf:44:3: error: textinput "https://example.org/s" is not named by the channel'"'"'s textinput element [rss10-reference]
	EOF
	test_cmp want "$T/out"
'

test_expect_success 'the JSON report: format rss-1.0, invalid, the counts and the first problem' '
	test_expect_code 1 "$FEEDWRIGHT" validate --format=json broken.rdf &&
	head -n 2 "$T/out" >got &&
	cat >want <<-\EOF &&
	{"file": "broken.rdf", "format": "rss-1.0", "valid": false, "errors": 24, "warnings": 2, "problems": [
	  {"line": 6, "column": 3, "severity": "error", "rule": "rss10-about", "message": "channel has no rdf:about, which RSS 1.0 requires"},
	EOF
	test_cmp want got
'

test_expect_success 'a link must be http, https or ftp; an rdf:about is any URI reference' '
	cat >links.rdf <<-\EOF &&
	<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
	<channel rdf:about="index.rdf"><title>t</title><link>/relative</link><description>d</description>
	<items><rdf:Seq><rdf:li rdf:resource="#1"/></rdf:Seq></items></channel>
	<item rdf:about="#1"><title>i</title><link>news:comp.lang.c</link></item>
	<item rdf:about="a b"><title>i</title><link>HTTPS://e.example/2</link></item>
	</rdf:RDF>
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate links.rdf &&
	cat >want <<-\EOF &&
	links.rdf:2:48: error: channel link "/relative" is not an http, https or ftp URL [rss10-url]
	links.rdf:4:38: error: item link "news:comp.lang.c" is not an http, https or ftp URL [rss10-url]
	links.rdf:5:1: error: item rdf:about "a b" is not a URI reference [rss10-about]
	EOF
	test_cmp want "$T/out"
'

test_done
