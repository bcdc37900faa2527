# tests/lib-httpd.sh: sourced after tests/lib.sh by the tests that serve
# files over HTTP (as git's t/lib-httpd.sh). The server listens on
# 127.0.0.1 at a port the kernel picks, and says so only once its socket
# listens: the test reads the port from a FIFO (a blocking read, bounded
# by a timeout), so no test polls a server or sleeps while it starts. The
# server is stopped when the test ends, however it ends.
#
#	nginx_start HTTP	nginx with HTTP as the body of its http {}
#				block; each server {} in it says
#				"include $NGINX_LISTEN;". Sets $HTTPD_PORT.
#	serve DIR		serves DIR (nginx, which sends ETags, or
#				Python's http.server without nginx or with
#				TEST_HTTPD=python); sets $BASE and $SERVER.
#	serve_test_feeds	builds the showcase and the world-desk feed
#				into $T/www/NAME and serves $T/www.

SERVER=
BASE=
HTTPD_PORT=
_httpd_pid=

stop_httpd() {
	if [ -n "$_httpd_pid" ]; then
		kill "$_httpd_pid" 2>/dev/null
		wait "$_httpd_pid" 2>/dev/null
		_httpd_pid=
	fi
}
trap 'stop_httpd; rm -rf "$T"' EXIT
trap 'exit 130' HUP INT TERM

NGINX=$(command -v nginx) || NGINX=/usr/sbin/nginx
[ -x "$NGINX" ] && test_set_prereq NGINX
NGINX_LISTEN=$T/nginx/listen.conf

nginx_start() {
	_n=$T/nginx
	mkdir -p "$_n/logs" "$_n/tmp" || return 1
	{
		# Workers must read the scratch folder, which only its owner can.
		[ "$(id -u)" -eq 0 ] && echo "user root;"
		cat <<NGINX
worker_processes 1;
pid $_n/nginx.pid;
error_log $_n/logs/error.log;
events { worker_connections 64; }
http {
	client_body_temp_path $_n/tmp/body;
	proxy_temp_path $_n/tmp/proxy;
	fastcgi_temp_path $_n/tmp/fastcgi;
	uwsgi_temp_path $_n/tmp/uwsgi;
	scgi_temp_path $_n/tmp/scgi;
$1
}
NGINX
	} >"$_n/nginx.conf" &&
	# The configuration is checked first, so that one nginx refuses is
	# a clear failure here, not a refused connection later.
	echo "listen 127.0.0.1:1;" >"$NGINX_LISTEN" &&
	"$NGINX" -t -q -p "$_n" -c "$_n/nginx.conf" 2>"$_n/logs/check" || {
		sed 's/^/nginx -t: /' "$_n/logs/check"
		return 1
	}
	rm -f "$_n/port" && mkfifo "$_n/port" || return 1
	"$PYTHON" "$SRCDIR/tests/readers/nginx-on-socket.py" "$_n/port" "$NGINX_LISTEN" \
	    "$NGINX" -p "$_n" -c "$_n/nginx.conf" -g 'daemon off;' 2>"$_n/logs/stderr" &
	_httpd_pid=$!
	HTTPD_PORT=$(test_wait_fifo "$_n/port") && [ -n "$HTTPD_PORT" ]
}

_serve_nginx() {
	nginx_start "	access_log $T/nginx/logs/access.log;
	types { text/html html; application/feed+json json; application/xml xml; }
	charset utf-8;
	charset_types text/html application/xml application/atom+xml application/rss+xml application/feed+json;
	server {
		include $NGINX_LISTEN;
		root $1;
		location ~ /atom\.xml\$ { types { } default_type application/atom+xml; }
		location ~ /rss\.xml\$ { types { } default_type application/rss+xml; }
	}" || return 1
	BASE=http://127.0.0.1:$HTTPD_PORT
	SERVER=nginx
}

_serve_python() {
	rm -f "$T/httpd.port" && mkfifo "$T/httpd.port" || return 1
	"$PYTHON" "$SRCDIR/tests/readers/serve.py" "$1" "$T/httpd.port" 2>"$T/httpd.err" &
	_httpd_pid=$!
	HTTPD_PORT=$(test_wait_fifo "$T/httpd.port") && [ -n "$HTTPD_PORT" ] || return 1
	BASE=http://127.0.0.1:$HTTPD_PORT
	SERVER=python
}

# serve DIR: DIR must be an absolute path.
serve() {
	if [ "${TEST_HTTPD:-}" != python ] && test_have_prereq NGINX; then
		_serve_nginx "$1" && return 0
		echo "nginx did not start:"; cat "$T/nginx/logs/"* 2>/dev/null
		stop_httpd
	fi
	_serve_python "$1" || { cat "$T/httpd.err"; stop_httpd; return 1; }
}

serve_test_feeds() {
	for _name in global-economic-times world-desk; do
		test_copy_feed "$_name" "$T/$_name" &&
		test_expect_code 0 "$FEEDWRIGHT" build -o "$T/www/$_name" "$T/$_name" ||
		return 1
	done
	serve "$T/www"
}
