#!/bin/sh
# Hostile feeds for validate, part 2: size and depth. 100 MB of text in
# one element (made here, never committed) and 10,000 nested elements,
# each validated within 256 MB and 20 s of CPU: libxml2's limits (10 MB
# text nodes, depth 256) stop them with one clear error.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

validate_capped() {
	(limit_memory 256; ulimit -t 20
	exec timeout 60 "$FEEDWRIGHT" validate "$1") >"$T/out" 2>"$T/err"
	status=$?
}

head='<rss version="2.0"><channel><title>t</title><link>https://e.example/</link><description>d</description>'

{
	printf '%s<item><title>big</title><description>' "$head"
	head -c 100000000 /dev/zero | tr '\0' a
	printf '</description></item></channel></rss>\n'
} >big.xml
check "the big feed is over 100 MB" test "$(wc -c <big.xml)" -gt 100000000
validate_capped big.xml
expect_status "100 MB in one element" 1
expect_eq "100 MB in one element: a clear error first" "$(head -n 1 out)" \
    "big.xml:1:10000389: error: a text node longer than 10,000,000 bytes, more than validate reads [too-large]"
expect_eq "100 MB in one element: nothing on stderr" "$(cat err)" ""
rm -f big.xml

# 10,000 deep, in an extension element of the channel and in an item.
$PYTHON -c '
import sys
print(sys.argv[1] + "<x:deep xmlns:x=\"urn:x\">" + "<x:a>" * 10000 +
    "</x:a>" * 10000 + "</x:deep></channel></rss>")' "$head" >deep.xml
validate_capped deep.xml
expect_status "10,000-deep nesting" 1
expect_eq "10,000-deep nesting: one clear error" "$(cat out)" \
    "deep.xml:1:1402: error: elements nested deeper than 256 levels, more than validate reads [too-large]"
$PYTHON -c '
import sys
print(sys.argv[1] + "<item><title>t</title><description>" + "<a>" * 10000 +
    "</a>" * 10000 + "</description></item></channel></rss>")' "$head" >deep-item.xml
validate_capped deep-item.xml
expect_status "10,000-deep nesting in an item" 1
expect_eq "10,000-deep nesting in an item: a clear error first" \
    "$(head -n 1 out)" \
    "deep-item.xml:1:900: error: elements nested deeper than 256 levels, more than validate reads [too-large]"

finish
