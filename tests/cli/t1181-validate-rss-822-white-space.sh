#!/bin/sh
# RFC 822 3.1.4 and 3.4.3: white space and comments may come between any
# two lexical tokens; RFC 822 3.3: white space is a space or a tab, or a
# folded line (a line end, then a space or tab). So, in an RSS document:
#   a date may have white space or a comment before its day name and
#   before the day name's comma;
#   "addr-spec (Name)" may have a tab or a folded line before the name,
#   and the name may be more than one comment.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE CHANNEL-EXTRA: a small RSS 2.0 feed.
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>%s\n</channel>\n</rss>\n' "$2" >"$1"
}

test_expect_success 'pubDate with white space or a comment before the day name or its comma: valid' '
	for d in "Mon , 02 Jan 2006 15:04:05 GMT" \
	    "Mon (Monday), 02 Jan 2006 15:04:05 GMT" \
	    "(posted) Mon, 02 Jan 2006 15:04:05 GMT"; do
		rss date.xml "
<pubDate>$d</pubDate>" &&
		test_expect_code 0 "$FEEDWRIGHT" validate --strict date.xml &&
		test_must_be_empty "$T/out" || return 1
	done
'

test_expect_success 'pubDate with a wrong weekday behind a comment is still refused' '
	rss wday.xml "
<pubDate>Tue (x) , 02 Jan 2006 15:04:05 GMT</pubDate>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate wday.xml &&
	test_contains "$T/out" "wday.xml:7:1: error: " &&
	test_contains "$T/out" "[rss-date-weekday]"
'

test_expect_success 'author with a tab, a folded line or two comments after the address: valid' '
	tab=$(printf "\t") &&
	for a in "jane@example.com$tab(Jane Doe)" "jane@example.com
      (Jane Doe)" "jane@example.com (Jane) (Doe)"; do
		rss author.xml "
<item><title>a</title><author>$a</author></item>" &&
		test_expect_code 0 "$FEEDWRIGHT" validate --strict author.xml &&
		test_must_be_empty "$T/out" || return 1
	done
'

test_expect_success 'author with a bare line end before the name is still refused' '
	rss bare.xml "
<item><title>a</title><author>jane@example.com&#10;(Jane Doe)</author></item>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate bare.xml &&
	echo "bare.xml:7:23: error: author \"jane@example.com (Jane Doe)\" is not an e-mail address (addr-spec, then a name in parentheses if any, or Name <addr-spec>) [rss-email]" >want &&
	test_cmp want "$T/out"
'

test_done
