#!/bin/sh
# Hostile feeds for validate, part 1: entities and DTDs. Entity bombs are
# stopped, external entities and DTDs are never read nor fetched: every
# URL points at a listener on 127.0.0.1 that records each connection, and
# none may arrive. Each run is capped at 256 MB, 20 s of CPU, 60 s.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# validate_capped FILE: validate FILE within the caps.
validate_capped() {
	(limit_memory 256; ulimit -t 20
	exec timeout 60 "$FEEDWRIGHT" validate "$1") >"$T/out" 2>"$T/err"
	status=$?
}

# The listener, stopped when the test ends.
: >conns
$PYTHON "$SRCDIR/tests/cli/listen.py" "$T/conns" >port 2>"$T/listen.err" &
listener=$!
trap 'kill $listener 2>/dev/null; rm -rf "$T"' EXIT
i=0
while [ ! -s port ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
port=$(cat port)
check "the listener is listening" test -n "$port"
url=http://127.0.0.1:$port

head='<rss version="2.0"><channel><title>t</title><link>https://e.example/</link><description>d</description>'

# Billion laughs: 10^9 "a"s from 2 KB, stopped before expanding.
{
	echo '<?xml version="1.0"?>'
	echo '<!DOCTYPE rss ['
	echo '<!ENTITY a "aaaaaaaaaa">'
	prev=a
	for e in b c d e f g h i; do
		echo "<!ENTITY $e \"&$prev;&$prev;&$prev;&$prev;&$prev;&$prev;&$prev;&$prev;&$prev;&$prev;\">"
		prev=$e
	done
	echo ']>'
	echo "$head<item><title>&i;</title><description>x</description></item></channel></rss>"
} >laughs.xml
validate_capped laughs.xml
expect_status "billion laughs" 1
expect_eq "billion laughs: a clear error first" "$(head -n 1 out)" \
    "laughs.xml:1:4: error: XML: Detected an entity reference loop [xml-not-well-formed]"

# Quadratic blow-up: one 100 KB entity referenced 100,000 times (10 GB
# if expanded). Never expanded; one error per reference, the first
# thousand shown.
$PYTHON -c '
import sys
sys.stdout.write("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY big \"" +
    "x" * 100000 + "\">]>\n" + sys.argv[1] + "<item><title>" +
    "&big;" * 100000 + "</title><description>x</description></item></channel></rss>\n")
' "$head" >quadratic.xml
validate_capped quadratic.xml
expect_status "quadratic blow-up" 1
expect_eq "quadratic blow-up: the references are reported, not expanded" \
    "$(head -n 1 out)" \
    'quadratic.xml:3:1: error: reference to the entity "&big;", which is not expanded; feeds must not depend on a DTD [entity-reference]'
expect_eq "quadratic blow-up: the report is capped" "$(wc -l <out | tr -d ' ')" 1001

# External entities: a local file and a URL.
printf '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n%s<item><title>&xxe;</title><description>x</description></item></channel></rss>\n' "$head" >xxe-file.xml
validate_capped xxe-file.xml
expect_status "external entity on /etc/passwd" 1
expect_eq "external entity on /etc/passwd: named, never loaded" "$(head -n 2 out)" \
    'xxe-file.xml:3:1: error: the DTD declares the external entity "xxe" (file:///etc/passwd), which is never loaded [external-entity]
xxe-file.xml:3:1: error: reference to the entity "&xxe;", which is not expanded; feeds must not depend on a DTD [entity-reference]'
expect_lacks "nothing of /etc/passwd is shown" out "root:x:"

printf '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s/secret">]>\n%s<item><title>&xxe;</title><description>x</description></item></channel></rss>\n' "$url" "$head" >xxe-url.xml
validate_capped xxe-url.xml
expect_status "external entity on a URL" 1
expect_eq "external entity on a URL: named, never fetched" "$(head -n 1 out)" \
    "xxe-url.xml:3:1: error: the DTD declares the external entity \"xxe\" ($url/secret), which is never loaded [external-entity]"

printf '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY %% p SYSTEM "%s/p.dtd"> %%p;]>\n%s</channel></rss>\n' "$url" "$head" >xxe-param.xml
validate_capped xxe-param.xml
expect_status "external parameter entity on a URL" 1
expect_eq "external parameter entity: named, never fetched" "$(cat out)" \
    "xxe-param.xml:3:1: error: the DTD declares the external entity \"p\" ($url/p.dtd), which is never loaded [external-entity]"

# An external DTD (RSS 0.91 feeds name Netscape's): ignored, not fetched,
# so the feed is judged on its own content, here valid.
printf '<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "%s/rss-0.91.dtd">\n%s</channel></rss>\n' "$url" "$head" >dtd-url.xml
validate_capped dtd-url.xml
expect_status "external DTD on a URL: not fetched, the feed is valid" 0
expect_eq "external DTD on a URL: nothing said" "$(cat out err)" ""
printf '<?xml version="1.0"?>\n<!DOCTYPE rss SYSTEM "/etc/passwd">\n%s</channel></rss>\n' "$head" >dtd-file.xml
validate_capped dtd-file.xml
expect_status "external DTD on /etc/passwd: not read" 0
expect_lacks "nothing of /etc/passwd is shown (DTD)" out "root:x:"

# Everything else that could fetch: a stylesheet, XInclude, schemaLocation.
printf '<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="%s/style.xsl"?>\n<rss version="2.0" xmlns:xi="http://www.w3.org/2001/XInclude" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:x %s/x.xsd"><channel><title>t</title><link>https://e.example/</link><description>d</description><xi:include href="%s/inc.xml"/></channel></rss>\n' "$url" "$url" "$url" >fetchers.xml
validate_capped fetchers.xml
check "stylesheet, XInclude, schemaLocation: a verdict, no crash" test "$status" -le 1

sleep 0.2
expect_eq "no connection ever reached the listener" "$(cat conns)" ""
# The listener itself works: a real client is recorded.
$PYTHON -c 'import socket, sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 5).close()' "$port"
i=0
while [ ! -s conns ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
check "the listener records a connection when there is one" test -s conns

finish
