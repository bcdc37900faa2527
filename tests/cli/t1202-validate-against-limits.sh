#!/bin/sh
# validate --against and --chain read the feeds' keys a second time
# (feed_keys.c); that read keeps validate's own limits: a start tag with
# more than 10,000 attributes is refused as plain validate refuses it,
# with the same too-large problem, not parsed (which was quadratic).
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

"$PYTHON" - <<'EOT' || exit 99
a = ' '.join('a%d=""' % i for i in range(50000))
open('attrs.xml', 'w').write('<?xml version="1.0"?>\n'
    '<feed xmlns="http://www.w3.org/2005/Atom" %s><title>t</title></feed>\n' % a)
EOT
cat >ok.xml <<'EOT'
<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:ex:f</id><updated>2024-01-01T00:00:00Z</updated><author><name>a</name></author></feed>
EOT
cat >want <<'EOT'
attrs.xml:2:1: error: an element with more than 10,000 attributes, more than validate reads [too-large]
EOT

test_expect_success 'plain validate refuses the tag (the reference)' '
	test_expect_code 1 "$FEEDWRIGHT" validate attrs.xml &&
	test_cmp want "$T/out"
'

test_expect_success 'as NEW of --against: the same too-large problem' '
	test_expect_code 1 "$FEEDWRIGHT" validate --against=ok.xml attrs.xml &&
	test_cmp want "$T/out"
'

test_expect_success 'as OLD of --against: refused, said on stderr' '
	test_expect_code 2 "$FEEDWRIGHT" validate --against=attrs.xml ok.xml &&
	echo "feedwright: attrs.xml:2: an element with more than 10,000 attributes, more than validate reads" >want.err &&
	test_cmp want.err "$T/err"
'

test_expect_success 'with --chain: the one too-large problem' '
	test_expect_code 1 "$FEEDWRIGHT" validate --chain attrs.xml &&
	test_cmp want "$T/out"
'

test_done
