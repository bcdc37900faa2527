#!/bin/sh
# Safe links only: every link feedwright publishes (a record's Link, the
# settings' link, feed-url and entry-link) is an absolute http or https
# URL with a host. javascript:, vbscript:, data:, file: and the rest are
# located errors, never an <a href> on the page. Ids may be any absolute
# IRI, and are never written as links.
. "$SRCDIR/tests/lib.sh"

F=$T/feed
new_feed "$F"
rm -f "$F/articles/"*.txt
cp "$F/feed.conf" "$T/good.conf"

# rec NAME FIELDS: writes articles/NAME.txt with these fields.
rec() {
	{
		if [ -n "$2" ]; then printf -- '---\n%s\n---\n' "$2"; fi
		printf 'Title of %s\n\nAuthor Name\n\na@example.com | 2025-01-02 03:04:05\n\nBody.\n' "$1"
	} >"$F/articles/$1.txt"
}

expect_err() {
	printf '%s\n' "$@" >"$T/want" &&
	test_cmp "$T/want" "$T/err"
}

# line KEY: the line of feed.conf that sets KEY.
line() { grep -n "^$1 *=" "$F/feed.conf" | cut -d: -f1; }

test_expect_success 'Link: javascript: is refused at its line, and never published' '
	rec good "" &&
	rec xss "Link: javascript:alert(document.cookie)" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$F" &&
	expect_err "feedwright: $F/articles/xss.txt:2: \"Link\" \"javascript:alert(document.cookie)\" is not an http or https URL with a host" \
	    "feedwright: $F: 1 of 2 records are bad; nothing was published" &&
	test ! -e "$F/public" &&
	test_expect_code 5 "$FEEDWRIGHT" build --skip-bad-records "$F" &&
	! grep -il "javascript" "$F/public/"*
'

test_expect_success 'other schemes, any case, and URLs without a host are refused' '
	for l in "JavaScript:alert(1)" "vbscript:msgbox(1)" "file:///etc/passwd" \
	    "data:text/html;base64,PHNjcmlwdD4=" "mailto:a@example.com" \
	    "ftp://example.com/x" "http:alert(1)" "https:///x" "http://:80/x" \
	    "http://user@/x"; do
		rec xss "Link: $l" &&
		test_expect_code 1 "$FEEDWRIGHT" build "$F" &&
		expect_err "feedwright: $F/articles/xss.txt:2: \"Link\" \"$l\" is not an http or https URL with a host" \
		    "feedwright: $F: 1 of 2 records are bad; nothing was published" || return 1
	done &&
	# A port that is not digits breaks RFC 3986 3.2.3: no URI at all.
	rec xss "Link: http://example.com:8x/" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$F" &&
	expect_err "feedwright: $F/articles/xss.txt:2: \"Link\" \"http://example.com:8x/\" is not an absolute URI" \
	    "feedwright: $F: 1 of 2 records are bad; nothing was published"
'

test_expect_success 'http and https links in any case, with ports and IP literals, publish' '
	rm -rf "$F/public" &&
	rec a "Link: HTTPS://Example.COM/a?b=c#d" &&
	rec b "Link: http://[2001:db8::1]:8080/b" &&
	rec xss "Link: http://user@example.com:8080/x" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$F" &&
	grep -F "href=\"HTTPS://Example.COM/a?b=c#d\"" "$F/public/index.html" &&
	grep -F "<link>http://[2001:db8::1]:8080/b</link>" "$F/public/rss.xml"
'

test_expect_success 'link, feed-url and entry-link in feed.conf must be http or https' '
	rm -f "$F/articles/"*.txt && rm -rf "$F/public" &&
	rec good "" &&
	for kv in "link=javascript:alert(1)" "link=file:///srv/www/" \
	    "link=mailto:webmaster@example.com" "feed-url=javascript:alert(1)/" \
	    "feed-url=file:///srv/feeds/" "feed-url=http:/feeds/"; do
		cp "$T/good.conf" "$F/feed.conf" &&
		set_conf "$F" "${kv%%=*}" "${kv#*=}" &&
		test_expect_code 1 "$FEEDWRIGHT" build "$F" &&
		expect_err "feedwright: $F/feed.conf:$(line "${kv%%=*}"): ${kv%%=*}: \"${kv#*=}\" is not an http or https URL with a host" || return 1
	done &&
	for v in "javascript:{slug}" "vbscript:x/{slug}" "http:///{slug}" "data:,{slug}"; do
		cp "$T/good.conf" "$F/feed.conf" &&
		set_conf "$F" entry-link "$v" &&
		test_expect_code 1 "$FEEDWRIGHT" build "$F" &&
		expect_err "feedwright: $F/feed.conf:$(line entry-link): entry-link: \"$v\" does not give an http or https URL with a host" || return 1
	done &&
	test ! -e "$F/public"
'

test_expect_success 'ids may be any absolute IRI, and are never written as links' '
	rm -rf "$F/ledger.tsv" "$F/public" &&	# a new feed: its records get new ids
	cp "$T/good.conf" "$F/feed.conf" &&
	set_conf "$F" id "urn:isbn:0451450523" &&
	rec good "Id: urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66" &&
	rec other "Id: x-private:item/2" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$F" &&
	grep -F "<id>x-private:item/2</id>" "$F/public/atom.xml" &&
	grep -F "<guid isPermaLink=\"false\">x-private:item/2</guid>" "$F/public/rss.xml" &&
	! grep -E "(href|src)=\"(urn|x-private|tag):" "$F/public/"*.html "$F/public/"*.xml
'

test_done
