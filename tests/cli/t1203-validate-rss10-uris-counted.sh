#!/bin/sh
# RSS 1.0: the item URIs validate keeps to match items with the channel's
# rdf:li are counted in its memory limit, so a file of many long rdf:about
# values is stopped with too-large, not held whole (it used to pass, its
# memory growing with the file). A few long ones are still read whole.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss10 N FILE: N items whose rdf:about is 100 KB long.
rss10() {
	"$PYTHON" - "$1" "$2" <<'EOT'
import sys
n, out = int(sys.argv[1]), sys.argv[2]
f = open(out, 'w')
f.write('<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
    'xmlns="http://purl.org/rss/1.0/">\n<channel rdf:about="https://e.org/"><title>t</title>'
    '<link>https://e.org/</link><description>d</description><items><rdf:Seq>'
    '<rdf:li rdf:resource="https://e.org/0"/></rdf:Seq></items></channel>\n')
for i in range(n):
    f.write('<item rdf:about="https://e.org/%d/%s"><title>t</title><link>https://e.org/</link></item>\n'
        % (i, 'a' * 100000))
f.write('</rdf:RDF>\n')
EOT
}

test_expect_success '600 URIs of 100 KB (60 MB kept): too-large' '
	rss10 600 big.rdf &&
	test_expect_code 1 "$FEEDWRIGHT" validate big.rdf &&
	test_contains "$T/out" "error: validate stops here: checking the document would take more than 40 MiB of memory at once" &&
	test_contains "$T/out" "[too-large]"
'

test_expect_success '20 URIs of 100 KB: kept and matched, no too-large' '
	rss10 20 small.rdf &&
	"$FEEDWRIGHT" validate small.rdf >out 2>err &&
	test_lacks out "[too-large]" &&
	test_eq "$(grep -c "^small.rdf:[0-9]*:1: warning: item \"https://e.org/[0-9]*/aaa" out)" 20
'

test_done
