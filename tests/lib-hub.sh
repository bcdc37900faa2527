# tests/lib-hub.sh: the WebSub hub stand-in (tests/cli/hub.py) for the
# tests of hub notifications; sourced after tests/lib.sh.

# libcurl would send requests for 127.0.0.1 through a proxy named here.
unset http_proxy HTTP_PROXY https_proxy HTTPS_PROXY all_proxy ALL_PROXY \
    no_proxy NO_PROXY

# hub_start NAME MODE: starts the stand-in (MODE as hub.py says), logging
# into $T/NAME.log; sets $hub_pid and $hub_port. Stop it with hub_stop.
hub_start() {
	rm -f "$T/$1.port" "$T/$1.log" && mkfifo "$T/$1.port" &&
	: >"$T/$1.log" || return 1
	"$PYTHON" "$SRCDIR/tests/cli/hub.py" "$T/$1.port" "$T/$1.log" "$2" \
	    2>"$T/$1.err" &
	hub_pid=$!
	hub_port=$(test_wait_fifo "$T/$1.port") && [ -n "$hub_port" ]
}

hub_stop() { kill "$1" && wait "$1"; }

# requests NAME: one line per request the stand-in NAME read: method,
# path, Content-Type and body.
requests() {
	"$PYTHON" -c '
import json, sys
for line in open(sys.argv[1]):
    r = json.loads(line)
    h = dict((k.lower(), v) for k, v in r["headers"])
    print(r["method"], r["path"], h.get("content-type"), r["body"])
' "$T/$1.log"
}
