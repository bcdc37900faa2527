# tests/readers/httpd.sh: sourced after tests/lib.sh by the tests that read
# feeds over HTTP. `serve DIR` serves DIR on 127.0.0.1 at a port chosen at
# run time, with nginx when it is installed (it sends ETags) and Python's
# http.server otherwise, and sets $BASE to its URL and $SERVER to which one
# runs. The server is stopped when the test ends, however it ends.
SERVER=
BASE=
_server_pid=

stop_server() {
	if [ -n "$_server_pid" ]; then
		kill "$_server_pid" 2>/dev/null
		wait "$_server_pid" 2>/dev/null
		_server_pid=
	fi
}
trap 'stop_server; rm -rf "$T"' EXIT
trap 'exit 130' HUP INT TERM

# A port nobody listens on now (the kernel's pick); nginx cannot bind port 0.
_free_port() {
	"$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Waits at most 10 s for the server to answer.
_wait_up() {
	_i=0
	while [ $_i -lt 100 ]; do
		if curl -s -o /dev/null "$BASE/"; then return 0; fi
		if ! kill -0 "$_server_pid" 2>/dev/null; then return 1; fi
		sleep 0.1
		_i=$((_i + 1))
	done
	return 1
}

_serve_nginx() {
	_n=$T/nginx
	mkdir -p "$_n/logs" "$_n/tmp"
	_port=$(_free_port) || return 1
	{
		# Workers must read the scratch folder, which only its owner can.
		[ "$(id -u)" -eq 0 ] && echo "user root;"
		cat <<NGINX
worker_processes 1;
pid $_n/nginx.pid;
error_log $_n/logs/error.log;
events { worker_connections 64; }
http {
	access_log $_n/logs/access.log;
	client_body_temp_path $_n/tmp/body;
	proxy_temp_path $_n/tmp/proxy;
	fastcgi_temp_path $_n/tmp/fastcgi;
	uwsgi_temp_path $_n/tmp/uwsgi;
	scgi_temp_path $_n/tmp/scgi;
	types { text/html html; application/feed+json json; application/xml xml; }
	charset utf-8;
	charset_types text/html application/xml application/atom+xml application/rss+xml application/feed+json;
	server {
		listen 127.0.0.1:$_port;
		root $1;
		location ~ /atom\.xml$ { types { } default_type application/atom+xml; }
		location ~ /rss\.xml$ { types { } default_type application/rss+xml; }
	}
}
NGINX
	} >"$_n/nginx.conf"
	"$_nginx" -p "$_n" -c "$_n/nginx.conf" -g 'daemon off;' 2>"$_n/logs/stderr" &
	_server_pid=$!
	BASE=http://127.0.0.1:$_port
	SERVER=nginx
	_wait_up
}

_serve_python() {
	rm -f "$T/port"
	"$PYTHON" "$SRCDIR/tests/readers/serve.py" "$1" "$T/port" &
	_server_pid=$!
	_i=0
	while [ ! -s "$T/port" ] && [ $_i -lt 100 ]; do sleep 0.1; _i=$((_i + 1)); done
	[ -s "$T/port" ] || return 1
	BASE=http://127.0.0.1:$(cat "$T/port")
	SERVER=python
	_wait_up
}

# serve DIR: DIR must be an absolute path.
serve() {
	command -v curl >/dev/null || skip_all "curl is not installed (apt-get install curl)"
	_nginx=$(command -v nginx) || _nginx=/usr/sbin/nginx
	# TEST_HTTPD=python tries the fallback where nginx is installed.
	if [ "${TEST_HTTPD:-}" != python ] && [ -x "$_nginx" ]; then
		_serve_nginx "$1" && return 0
		echo "# nginx did not start:"; sed 's/^/#   /' "$T/nginx/logs/"* 2>/dev/null
		stop_server
	fi
	_serve_python "$1" || { stop_server; echo "# no HTTP server could be started"; return 1; }
}

# serve_test_feeds: builds the showcase feed and the world-desk test feed
# into $T/www/NAME and serves $T/www, as one passing or failing check each.
serve_test_feeds() {
	for _name in global-economic-times world-desk; do
		_src=$SRCDIR/feeds/$_name
		[ -d "$_src" ] || _src=$SRCDIR/tests/data/feeds/$_name
		cp -R "$_src" "$T/$_name"
		rm -rf "$T/$_name/public"
		run "$FEEDWRIGHT" build -o "$T/www/$_name" "$T/$_name"
		expect_status "build $_name" 0
	done
	serve "$T/www" || { fail "start an HTTP server on 127.0.0.1"; finish; }
	pass "$SERVER serves the output folders at $BASE"
}
