#!/bin/sh
# The README's nginx example, as written (only the output folder's path is
# the test's): feeds are served with their media types, temporary files
# never are, and an unchanged rebuild keeps answering 304 Not Modified.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-httpd.sh"

test_have_prereq NGINX || skip_all "nginx is not installed (apt-get install nginx-light)"
test_have_prereq CURL || skip_all "curl is not installed"

pub=$T/feed/public

# get FILE [CURL ARGS...]: "CODE TYPE" of a GET of FILE, the body in $T/body.
get() {
	_f=$1
	shift
	curl -s -o "$T/body" -w '%{http_code} %{content_type}' "$@" "$base/$_f"
}

test_expect_success 'the showcase builds, with a temporary file planted beside its feeds' '
	new_feed "$T/feed" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	touch -d "2025-01-01 00:00:00 UTC" "$pub"/* &&
	echo "incomplete" >"$pub/.atom.xml.AbC123"
'

test_expect_success 'nginx runs the README'"'"'s example' '
	awk "/^\`\`\`nginx\$/ { on = 1; next } /^\`\`\`\$/ { on = 0 } on" "$SRCDIR/README.md" >"$T/snippet" &&
	test -s "$T/snippet" &&
	path=$(sed -n "s/^ *alias \(.*\);\$/\1/p" "$T/snippet") &&
	test -n "$path" &&
	sed "s|$path|$pub/|" "$T/snippet" >"$T/location" &&
	nginx_start "	include /etc/nginx/mime.types;
	access_log off;
	server {
		include $NGINX_LISTEN;
$(cat "$T/location")
	}" &&
	base=http://127.0.0.1:$HTTPD_PORT/feeds
'
test -n "${base:-}" || test_done

test_expect_success 'atom.xml is served as application/atom+xml, and is the published file' '
	test_eq "$(get atom.xml)" "200 application/atom+xml" &&
	test_cmp "$pub/atom.xml" "$T/body"
'

test_expect_success 'rss.xml is served as application/rss+xml' '
	test_eq "$(get rss.xml)" "200 application/rss+xml"
'

test -e "$pub/feed.json" && test_set_prereq JSON_FEED
test_expect_success JSON_FEED 'feed.json is served as application/feed+json' '
	test_eq "$(get feed.json)" "200 application/feed+json"
'

test_expect_success 'a temporary file is never served' '
	test_eq "$(get .atom.xml.AbC123 | cut -d" " -f1)" 404
'

test_expect_success 'after an unchanged rebuild, If-Modified-Since gets 304' '
	rm "$pub/.atom.xml.AbC123" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	test_eq "$(get atom.xml -H "If-Modified-Since: Wed, 01 Jan 2025 00:00:00 GMT" | cut -d" " -f1)" 304
'

test_done
