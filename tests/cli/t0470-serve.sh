#!/bin/sh
# The README's nginx example, as written (only the output folder's path is
# the test's): feeds are served with their media types, temporary files
# never are, and an unchanged rebuild keeps answering 304 Not Modified.
. "$SRCDIR/tests/lib.sh"

nginx=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx" ] || skip_all "nginx is not installed (apt-get install nginx-light)"
command -v curl >/dev/null 2>&1 || skip_all "curl is not installed"

pid=
trap 'if [ -n "$pid" ]; then kill "$pid"; wait "$pid"; fi; rm -rf "$T"' EXIT

new_feed "$T/feed"
pub=$T/feed/public
run "$FEEDWRIGHT" build "$T/feed"
expect_status "build" 0
touch -d '2025-01-01 00:00:00 UTC' "$pub"/*
echo "incomplete" >"$pub/.atom.xml.AbC123"

awk '/^```nginx$/ { on = 1; next } /^```$/ { on = 0 } on' "$SRCDIR/README.md" >"$T/snippet"
check "the README has an nginx example" test -s "$T/snippet"
path=$(sed -n 's/^ *alias \(.*\);$/\1/p' "$T/snippet")
sed "s|$path|$pub/|" "$T/snippet" >"$T/location"

port=$("$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$T/nginx/logs" "$T/nginx/tmp"
{
	[ "$(id -u)" -eq 0 ] && echo "user root;"	# workers must read $T
	cat <<NGINX
worker_processes 1;
pid $T/nginx/nginx.pid;
error_log $T/nginx/logs/error.log;
events { worker_connections 16; }
http {
	include /etc/nginx/mime.types;
	access_log off;
	client_body_temp_path $T/nginx/tmp/body;
	proxy_temp_path $T/nginx/tmp/proxy;
	fastcgi_temp_path $T/nginx/tmp/fastcgi;
	uwsgi_temp_path $T/nginx/tmp/uwsgi;
	scgi_temp_path $T/nginx/tmp/scgi;
	server {
		listen 127.0.0.1:$port;
$(cat "$T/location")
	}
}
NGINX
} >"$T/nginx/nginx.conf"
"$nginx" -p "$T/nginx" -c "$T/nginx/nginx.conf" -g 'daemon off;' 2>"$T/nginx/stderr" &
pid=$!
base=http://127.0.0.1:$port/feeds
i=0
until curl -s -o /dev/null "$base/" || [ $i -gt 100 ]; do i=$((i + 1)); sleep 0.1; done
check "nginx runs the README's example" kill -0 "$pid"
sed 's/^/# nginx: /' "$T/nginx/stderr"

# get FILE [CURL ARGS...]: "CODE TYPE" of a GET of FILE.
get() {
	_f=$1
	shift
	curl -s -o "$T/body" -w '%{http_code} %{content_type}' "$@" "$base/$_f"
}
expect_eq "atom.xml" "$(get atom.xml)" "200 application/atom+xml"
expect_same_file "atom.xml is the published file" "$T/body" "$pub/atom.xml"
expect_eq "rss.xml" "$(get rss.xml)" "200 application/rss+xml"
if [ -e "$pub/feed.json" ]; then
	expect_eq "feed.json" "$(get feed.json)" "200 application/feed+json"
fi
expect_eq "a temporary file is never served" "$(get .atom.xml.AbC123 | cut -d' ' -f1)" 404
rm "$pub/.atom.xml.AbC123"

run "$FEEDWRIGHT" build "$T/feed"
expect_status "an unchanged rebuild" 0
expect_eq "then If-Modified-Since gets 304" \
    "$(get atom.xml -H 'If-Modified-Since: Wed, 01 Jan 2025 00:00:00 GMT' | cut -d' ' -f1)" 304

finish
