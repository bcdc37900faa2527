#!/bin/sh
# Hostile feeds for validate, part 2: size and depth. 100 MB of text in
# one element (made here, never committed) and 10,000 nested elements,
# each validated within 256 MB and 20 s of CPU: libxml2's limits (10 MB
# text nodes, depth 256) stop them with one clear error.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# validate_capped WANT FILE: validate FILE within the caps must exit WANT.
validate_capped() {
	test_expect_code "$1" capped "$FEEDWRIGHT" validate "$2"
}

head='<rss version="2.0"><channel><title>t</title><link>https://e.example/</link><description>d</description>'

# deep FILE NAME BEFORE AFTER: a feed with 10,000 nested elements NAME
# between BEFORE and AFTER.
deep() {
	"$PYTHON" -c '
import sys
name, before, after = sys.argv[2:5]
print(sys.argv[1] + before + ("<%s>" % name) * 10000 + ("</%s>" % name) * 10000 + after)' \
	    "$head" "$2" "$3" "$4" >"$1"
}

test_expect_success '100 MB of text in one element: a clear error first, nothing on stderr, exit 1' '
	test_when_finished "rm -f big.xml" &&
	{
		printf "%s<item><title>big</title><description>" "$head" &&
		head -c 100000000 /dev/zero | tr "\0" a &&
		printf "</description></item></channel></rss>\n"
	} >big.xml &&
	test "$(wc -c <big.xml)" -gt 100000000 &&
	validate_capped 1 big.xml &&
	# The column is where the parser stood, 4 KiB at a time, on finding it.
	test_eq "$(head -n 1 out)" \
	    "big.xml:1:10002437: error: a text node longer than 10,000,000 bytes, more than validate reads [too-large]" &&
	test_must_be_empty err
'

test_expect_success '10,000-deep nesting in the channel: one clear error, exit 1' '
	deep deep.xml x:a "<x:deep xmlns:x=\"urn:x\">" "</x:deep></channel></rss>" &&
	validate_capped 1 deep.xml &&
	echo "deep.xml:1:1402: error: elements nested deeper than 256 levels, more than validate reads [too-large]" >want &&
	test_cmp want out
'

test_expect_success '10,000-deep nesting in an item: a clear error first, exit 1' '
	deep deep-item.xml a "<item><title>t</title><description>" "</description></item></channel></rss>" &&
	validate_capped 1 deep-item.xml &&
	test_eq "$(head -n 1 out)" \
	    "deep-item.xml:1:900: error: elements nested deeper than 256 levels, more than validate reads [too-large]"
'

test_done
