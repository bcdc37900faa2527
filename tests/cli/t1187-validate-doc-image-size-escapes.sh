#!/bin/sh
# What feedwright(1) and --list-rules say is what validate does:
#   rss-image-size refuses a width not from 1 to 144 and a height not
#   from 1 to 400, so 0 too, not only what is too wide or too high;
#   in a message a tab in a quoted value is kept as it is and a line
#   break becomes a space, so each problem stays one line; with
#   --format=json the tab is the JSON string's "\t".
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

test_expect_success 'rss-image-size is described as validate judges it' '
	"$FEEDWRIGHT" validate --list-rules >rules &&
	grep "^rss-image-size " rules >got &&
	echo "rss-image-size error an image width not 1-144 or height not 1-400" >want &&
	test_cmp want got
'

printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>\n<image><url>https://example.org/l.png</url><title>t</title><link>https://example.org/</link><width>0</width><height>0</height></image>\n<item><title>a</title><pubDate>Mon,\t02 Jan 2006&#10;15:04:05 GMX</pubDate></item>\n</channel>\n</rss>\n' >a.xml

test_expect_success 'width and height 0: rss-image-size; a tab kept and a line break a space' '
	test_expect_code 1 "$FEEDWRIGHT" validate a.xml &&
	tab=$(printf "\t") &&
	cat >want <<-EOT &&
	a.xml:7:93: error: width "0" is not an integer from 1 to 144 [rss-image-size]
	a.xml:7:109: error: height "0" is not an integer from 1 to 400 [rss-image-size]
	a.xml:8:23: error: pubDate "Mon,${tab}02 Jan 2006 15:04:05 GMX" is not an RFC 822 date-time: it does not match the date format [rss-date]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'with --format=json the tab is a JSON escape' '
	test_expect_code 1 "$FEEDWRIGHT" validate --format=json a.xml &&
	test_contains "$T/out" "\"pubDate \\\"Mon,\\t02 Jan 2006 15:04:05 GMX\\\" is not"
'

test_done
