#!/bin/sh
# Hostile feeds for validate, part 1: entities and DTDs. Entity bombs are
# stopped (libxml2's own check, and validate's bound on the copies it
# makes of internal entities' text), external entities and DTDs are never
# read nor fetched: every
# URL points at a listener on 127.0.0.1 that records each connection, and
# none may arrive. Each run is capped at 256 MB, 20 s of CPU, 60 s.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# validate_capped WANT FILE: validate FILE within the caps must exit WANT
# (its output in $T/out, $T/err).
validate_capped() {
	test_expect_code "$1" capped "$FEEDWRIGHT" validate "$2"
}

# The listener (tests/cli/listen.py), stopped when the test ends. It
# announces its port through a FIFO once it listens.
listener=
trap 'if [ -n "$listener" ]; then kill "$listener"; wait "$listener" 2>/dev/null; fi; rm -rf "$T"' EXIT
test_expect_success 'the listener on 127.0.0.1 announces its port' '
	mkfifo port.fifo &&
	: >conns &&
	{ "$PYTHON" "$SRCDIR/tests/cli/listen.py" port.fifo conns 2>listen.err & } &&
	listener=$! &&
	port=$(test_wait_fifo port.fifo) &&
	test -n "$port"
'
test -n "${port:-}" || test_done
url=http://127.0.0.1:$port

head='<rss version="2.0"><channel><title>t</title><link>https://e.example/</link><description>d</description>'

# laughs FILE: 10^9 "a"s from 2 KB.
laughs() {
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
	} >"$1"
}

# quadratic FILE: one 100 KB entity referenced 100,000 times (10 GB if
# expanded).
quadratic() {
	"$PYTHON" -c '
import sys
sys.stdout.write("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY big \"" +
    "x" * 100000 + "\">]>\n" + sys.argv[1] + "<item><title>" +
    "&big;" * 100000 + "</title><description>x</description></item></channel></rss>\n")
' "$head" >"$1"
}

test_expect_success 'billion laughs: stopped before expanding, a clear error first, exit 1' '
	laughs laughs.xml &&
	validate_capped 1 laughs.xml &&
	test_eq "$(head -n 1 out)" \
	    "laughs.xml:1:4: error: XML: Detected an entity reference loop [xml-not-well-formed]"
'

test_expect_success 'quadratic blow-up: expanded only to 8 MiB, then validate stops there, exit 1' '
	quadratic quadratic.xml &&
	validate_capped 1 quadratic.xml &&
	cat >want <<-\EOF &&
	quadratic.xml:3:110: warning: the entity "&big;" is declared in the DOCTYPE: it is expanded, as XML requires, but feed readers that skip the DTD refuse the feed or show "&big;"; write its text, or character references, instead [dtd-entity]
	quadratic.xml:3:110: error: validate stops here: the DTD'"'"'s entities expand to more than 8 MiB in one element, or 16 times the bytes read [too-large]
	EOF
	test_cmp want out
'

# A bound holds across a file too: 90 items of 1 MB of copies each, from
# one 100 KB entity referenced ten times in each (a 110 KB file), pass
# 8 MiB and 16 times the bytes read at about the eleventh item (line 13;
# how far the parser has read ahead moves it a little).
spread() {
	"$PYTHON" -c '
import sys
sys.stdout.write("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY big \"" +
    "x" * 100000 + "\">]>\n" + sys.argv[1] + ("<item><title>" +
    "&big;" * 10 + "</title><description>x</description></item>\n") * 90 +
    "</channel></rss>\n")
' "$head" >"$1"
}

test_expect_success 'expansion spread over many items: stopped at 16 times the bytes read, exit 1' '
	spread spread.xml &&
	validate_capped 1 spread.xml &&
	test_eq "$(grep -c "error: validate stops here: the DTD" out)" 1 &&
	test_eq "$(wc -l <out | tr -d " ")" 2 &&
	line=$(sed -n "2s/^spread.xml:\([0-9]*\):.*/\1/p" out) &&
	test "$line" -ge 11 && test "$line" -le 16
'

# External entities: a local file and a URL.
# Copies cost what they hold: namespace declarations too (2,000 of them in
# one element, copied 8,000 times), and what a reference among a channel's
# elements is looked through for (20,000 comments, 20,000 times).
nsbomb() {
	"$PYTHON" -c '
import sys
decl = " ".join("xmlns:p%d=\x27u\x27" % i for i in range(2000))
sys.stdout.write("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY e \"<b " +
    decl + "/>\">]>\n" + sys.argv[1] + "<item><title>t</title><description>" +
    "&e;" * 8000 + "</description></item></channel></rss>\n")
' "$head" >"$1"
}

between_bomb() {
	"$PYTHON" -c '
import sys
sys.stdout.write("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY c \"" +
    "<!---->" * 20000 + "\">]>\n" + sys.argv[1] + "&c;" * 20000 +
    "</channel></rss>\n")
' "$head" >"$1"
}

test_expect_success 'namespace declarations in an entity are paid for: stopped, exit 1' '
	nsbomb nsbomb.xml &&
	validate_capped 1 nsbomb.xml &&
	grep -q "error: validate stops here: the DTD.s entities expand to more than 8 MiB" out
'

test_expect_success 'an entity among elements is looked through within the same bound: stopped, exit 1' '
	between_bomb between.xml &&
	validate_capped 1 between.xml &&
	grep -q "error: validate stops here: the DTD.s entities expand to more than 8 MiB" out
'

# libxml2 adds an element's attribute defaults in time quadratic in their
# number, to each such element: 3,000 defaults on 20,000 items (1.4 MB)
# took it 100 s. Past 32 on one element validate reads no further.
defaults_bomb() {
	"$PYTHON" -c '
import sys
sys.stdout.write("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [" +
    "".join("<!ATTLIST item a%d CDATA \"v\">" % i for i in range(3000)) +
    "]>\n" + sys.argv[1] + "<item><title>t</title></item>" * 20000 +
    "</channel></rss>\n")
' "$head" >"$1"
}

test_expect_success 'more than 32 attribute defaults for one element: refused at once, exit 1' '
	defaults_bomb defaults.xml &&
	validate_capped 1 defaults.xml &&
	echo "defaults.xml:3:1: error: the DOCTYPE gives one element more than 32 attribute defaults, more than validate reads [too-large]" >want &&
	test_cmp want out
'

# Supplied defaults are paid for as copies are: 30 defaults on each of
# 2,000 elements in one item pass 8 MiB.
defaults_many() {
	"$PYTHON" -c '
import sys
sys.stdout.write("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [" +
    "".join("<!ATTLIST x a%d CDATA \"%s\">" % (i, "v" * 60) for i in range(30)) +
    "]>\n" + sys.argv[1] + "<item><title>t</title>" + "<x/>" * 2000 +
    "</item></channel></rss>\n")
' "$head" >"$1"
}

test_expect_success 'attribute defaults are paid for: 8 MiB of them in one item stops validate, exit 1' '
	defaults_many many.xml &&
	validate_capped 1 many.xml &&
	grep -q "error: validate stops here: the DTD.s attribute defaults add to more than 8 MiB in one element" out
'

# XML 1.0 4.4.3 lets a processor that does not validate leave an external
# entity's text out, and asks it to say so: warnings, exit 0.
test_expect_success 'an external entity on /etc/passwd: named, never loaded, nothing of it shown, exit 0' '
	printf "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n%s<item><title>&xxe;</title><description>x</description></item></channel></rss>\n" "$head" >xxe-file.xml &&
	validate_capped 0 xxe-file.xml &&
	cat >want <<-\EOF &&
	xxe-file.xml:3:1: warning: the DTD declares the external entity "xxe" (file:///etc/passwd), which is never loaded [external-entity]
	xxe-file.xml:3:110: warning: reference to the external entity "&xxe;", which is never loaded: its text is left out [external-entity]
	EOF
	head -n 2 out >got &&
	test_cmp want got &&
	test_lacks out "root:x:"
'

test_expect_success 'an external entity on a URL: named, never fetched, exit 0' '
	printf "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"%s/secret\">]>\n%s<item><title>&xxe;</title><description>x</description></item></channel></rss>\n" "$url" "$head" >xxe-url.xml &&
	validate_capped 0 xxe-url.xml &&
	test_eq "$(head -n 1 out)" \
	    "xxe-url.xml:3:1: warning: the DTD declares the external entity \"xxe\" ($url/secret), which is never loaded [external-entity]"
'

test_expect_success 'an external parameter entity on a URL: named, never fetched, a warning, exit 0' '
	printf "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY %% p SYSTEM \"%s/p.dtd\"> %%p;]>\n%s</channel></rss>\n" "$url" "$head" >xxe-param.xml &&
	validate_capped 0 xxe-param.xml &&
	echo "xxe-param.xml:3:1: warning: the DTD declares the external entity \"p\" ($url/p.dtd), which is never loaded [external-entity]" >want &&
	test_cmp want out
'

# An external DTD: ignored, not fetched, so the feed is judged on its own
# content, here valid.
test_expect_success 'an external DTD on a URL: not fetched, nothing said, the feed is valid' '
	printf "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"%s/rss-0.91.dtd\">\n%s</channel></rss>\n" "$url" "$head" >dtd-url.xml &&
	validate_capped 0 dtd-url.xml &&
	test_must_be_empty out &&
	test_must_be_empty err
'

test_expect_success 'an external DTD on /etc/passwd: not read, the feed is valid' '
	printf "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"/etc/passwd\">\n%s</channel></rss>\n" "$head" >dtd-file.xml &&
	validate_capped 0 dtd-file.xml &&
	test_lacks out "root:x:"
'

# Everything else that could fetch: a stylesheet, XInclude, schemaLocation.
test_expect_success 'a stylesheet, XInclude and schemaLocation on URLs: a verdict, no crash' '
	printf "<?xml version=\"1.0\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"%s/style.xsl\"?>\n<rss version=\"2.0\" xmlns:xi=\"http://www.w3.org/2001/XInclude\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"urn:x %s/x.xsd\"><channel><title>t</title><link>https://e.example/</link><description>d</description><xi:include href=\"%s/inc.xml\"/></channel></rss>\n" "$url" "$url" "$url" >fetchers.xml &&
	{ validate_capped 0 fetchers.xml || test "$status" -eq 1; }
'

# Every validate above has exited. The test now connects once itself and
# waits until the listener has logged it: the listener logs connections
# one at a time, in the order they arrived, so its marker being the only
# line proves that no connection came before, and that the listener
# does record a connection when there is one.
test_expect_success 'no connection ever reached the listener: the test'"'"'s own marker is the first it saw' '
	marker="marker $$ $(date +%s%N)" &&
	timeout 30 "$PYTHON" -c "import socket, sys
c = socket.create_connection((\"127.0.0.1\", int(sys.argv[1])), 10)
c.sendall(sys.argv[2].encode() + b\"\\n\")
reply = b\"\"
while not reply.endswith(b\"\\n\"):
    chunk = c.recv(100)
    if not chunk:
        break
    reply += chunk
sys.exit(reply != b\"seen\\n\")" "$port" "$marker" &&
	echo "$marker" >want &&
	test_cmp want conns
'

test_done
