#!/bin/sh
# validate --against with many entries sharing one link or one title: each
# renamed entry of NEW is paired with the first entry of OLD gone from NEW
# and not yet taken (by title only where the dates agree), whatever how
# many others share the key; entries still in NEW are never paired.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# N kept and N gone entries with one link, N renamed in NEW; N gone with
# one title and dates cycling over 28 days, renamed in NEW in reverse.
"$PYTHON" - 300 <<'EOT' || exit 99
import sys
n = int(sys.argv[1])
h = ('<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
    '<id>urn:ex:f</id><updated>2024-01-01T00:00:00Z</updated><author><name>a</name></author>\n')
def e(idv, link, title, day):
    l = '<link href="%s"/>' % link if link else ''
    return ('<entry><title>%s</title>%s<id>%s</id><updated>2024-01-%02dT00:00:00Z</updated></entry>\n'
            % (title, l, idv, day))
L = 'https://e.org/same'
kept = ''.join(e('urn:k:%d' % i, L, 'k', 1) for i in range(n))
gone = ''.join(e('urn:a:%d' % i, L, 'x', 2) for i in range(n))
new = ''.join(e('urn:b:%d' % i, L, 'y', 2) for i in range(n))
tg = ''.join(e('urn:c:%d' % i, None, 'Weekly', 1 + i % 28) for i in range(n))
tn = ''.join(e('urn:d:%d' % i, None, 'Weekly', 1 + (n - 1 - i) % 28) for i in range(n))
open('old.xml', 'w').write(h + kept + gone + tg + '</feed>\n')
open('new.xml', 'w').write(h + kept + new + tn + '</feed>\n')
EOT

test_expect_success 'every renamed entry is paired, once, and no kept one' '
	test_expect_code 1 "$FEEDWRIGHT" validate --against=old.xml new.xml &&
	test_eq "$(grep -c "\[continuity-id-churn\]$" "$T/out")" 600 &&
	test_eq "$(wc -l <"$T/out")" 600 &&
	test_lacks "$T/out" "urn:k:"
'

test_expect_success 'by link: the Nth renamed takes the Nth gone, in order' '
	grep "with the same link" "$T/out" |
	    sed -n "s/.*\"urn:b:\([0-9]*\)\" was \"urn:a:\([0-9]*\)\".*/\1 \2/p" >pairs &&
	test_eq "$(wc -l <pairs)" 300 &&
	awk "\$1 != \$2 { exit 1 }" pairs &&
	cat >want <<-\EOT &&
	new.xml:303:1: error: entry id "urn:b:0" was "urn:a:0" in old.xml (line 303), with the same link "https://e.org/same": readers show the entry twice [continuity-id-churn]
	EOT
	grep "\"urn:b:0\"" "$T/out" >got &&
	test_cmp want got
'

test_expect_success 'by title: each takes the first gone of its own date' '
	cat >want <<-\EOT &&
	new.xml:603:1: error: entry id "urn:d:0" was "urn:c:19" in old.xml (line 622), with the same title "Weekly": readers show the entry twice [continuity-id-churn]
	new.xml:902:1: error: entry id "urn:d:299" was "urn:c:280" in old.xml (line 883), with the same title "Weekly": readers show the entry twice [continuity-id-churn]
	EOT
	grep "\"urn:d:0\"\|\"urn:d:299\"" "$T/out" >got &&
	test_cmp want got
'

test_done
