#!/bin/sh
# validate says where the start tag of the element at fault begins: line
# and column, columns counting characters (libxml2 keeps only the line
# where a start tag ends, which in a feed written on one line is 1 for
# everything). Markup in an entity's text cannot be matched with start
# tags: from there on, the line is libxml2's and the column 1.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

head='<rss version="2.0"><channel><title>t</title><link>https://e.example/</link><description>d</description>'

test_expect_success 'a feed on one line: each fault at its own column' '
	printf "%s<item><title>a</title><pubDate>Mon, 32 Jan 2024 10:00:00 GMT</pubDate></item><item><title>b</title><guid isPermaLink=\"maybe\">https://e.example/g</guid></item></channel></rss>" "$head" >one.rss &&
	test_expect_code 1 "$FEEDWRIGHT" validate one.rss &&
	cat >want <<-\EOF &&
	one.rss:1:126: error: pubDate "Mon, 32 Jan 2024 10:00:00 GMT" is not an RFC 822 date-time: it has a field out of range (no such date or time) [rss-date]
	one.rss:1:203: error: guid isPermaLink "maybe" is neither true nor false [rss-guid-permalink]
	EOF
	test_cmp want "$T/out"
'

test_expect_success 'columns count characters: UTF-8 text before the element, and a byte order mark' '
	printf "\357\273\277%s<item><title>é 株価 📈</title><pubDate>x</pubDate></item></channel></rss>" "$head" >utf8.rss &&
	test_expect_code 1 "$FEEDWRIGHT" validate utf8.rss &&
	grep -q "^utf8.rss:1:131: error: pubDate \"x\" is not an RFC 822 date-time" "$T/out"
'

test_expect_success 'in ISO-8859-1 a byte is a character' '
	{ printf "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n%s<item><title>\351\351</title><pubDate>x</pubDate></item></channel></rss>" "$head"; } >latin1.rss &&
	test_expect_code 1 "$FEEDWRIGHT" validate latin1.rss &&
	grep -q "^latin1.rss:2:127: error: pubDate \"x\"" "$T/out"
'

test_expect_success 'CR LF line ends, and a start tag over two lines: where its "<" is' '
	printf "<rss version=\"2.0\">\r\n<channel><title>t</title><link>https://e.example/</link><description>d</description>\r\n  <item><title>a</title> <pubDate\r\n   >x</pubDate></item></channel></rss>\r\n" >crlf.rss &&
	test_expect_code 1 "$FEEDWRIGHT" validate crlf.rss &&
	grep -q "^crlf.rss:3:26: error: pubDate \"x\"" "$T/out"
'

test_expect_success 'a lone CR ends a line too (XML 1.0 2.11; old Mac files), in UTF-8 and in UTF-16' '
	printf "<rss version=\"2.0\">\r<channel><title>t</title><link>https://e.example/</link><description>d</description>\r\r  <item><title>a</title>\r <pubDate>x</pubDate></item></channel></rss>\r" >cr.rss &&
	test_expect_code 1 "$FEEDWRIGHT" validate cr.rss &&
	grep -q "^cr.rss:5:2: error: pubDate \"x\"" "$T/out" &&
	iconv -f UTF-8 -t UTF-16 <cr.rss >cr16.rss &&
	test_expect_code 1 "$FEEDWRIGHT" validate cr16.rss &&
	grep -q "^cr16.rss:5:2: error: pubDate \"x\"" "$T/out"
'

test_expect_success 'UTF-16: code units, a pair of surrogates one character' '
	printf "%s<item><title>📈</title><pubDate>x</pubDate></item></channel></rss>" "$head" |
	    iconv -f UTF-8 -t UTF-16 >utf16.rss &&
	test_expect_code 1 "$FEEDWRIGHT" validate utf16.rss &&
	grep -q "^utf16.rss:1:126: error: pubDate \"x\"" "$T/out"
'

test_expect_success 'markup in an entity: expanded; what follows keeps libxml2 line, column 1' '
	printf "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY e \"<b>x</b>\">]>\n%s<item><title>&e;</title><pubDate>x</pubDate></item>\n  <item><title>b</title><pubDate>y</pubDate></item></channel></rss>\n" "$head" >ent.rss &&
	test_expect_code 1 "$FEEDWRIGHT" validate ent.rss &&
	grep -q "^ent.rss:3:110: warning: the entity \"&e;\"" "$T/out" &&
	grep -q "^ent.rss:3:110: error: title holds text only, but has the child element b" "$T/out" &&
	grep -q "^ent.rss:3:1: error: pubDate \"x\"" "$T/out" &&
	grep -q "^ent.rss:4:1: error: pubDate \"y\"" "$T/out"
'

test_expect_success 'text in an entity: expanded; what follows keeps its columns' '
	printf "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY e \"x\">]>\n%s<item><title>&e;</title><pubDate>&e;</pubDate></item>\n  <item><title>b</title><pubDate>y</pubDate></item></channel></rss>\n" "$head" >text.rss &&
	test_expect_code 1 "$FEEDWRIGHT" validate text.rss &&
	grep -q "^text.rss:3:110: warning: the entity \"&e;\"" "$T/out" &&
	grep -q "^text.rss:3:128: error: pubDate \"x\"" "$T/out" &&
	grep -q "^text.rss:4:25: error: pubDate \"y\"" "$T/out"
'

test_expect_success 'the JSON report has the same line and column' '
	test_expect_code 1 "$FEEDWRIGHT" validate --format=json one.rss &&
	grep -q "{\"line\": 1, \"column\": 126, \"severity\": \"error\", \"rule\": \"rss-date\"" "$T/out"
'

test_done
