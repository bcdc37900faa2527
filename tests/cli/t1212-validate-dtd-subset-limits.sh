#!/bin/sh
# hostile: libxml2 parses a DOCTYPE's internal subset whole, in one call,
# before validate's memory limit is looked at again: 320,000 entity
# declarations (8.7 MB) took 37 s and 150 MB, comments 1.2 million in
# 9.6 MB took 212 MB, and a parameter entity that refers to itself ten
# times over six levels ran past 60 s. The input's scanner counts the
# subset's declarations, comments, processing instructions and
# parameter-entity references before libxml2 sees them (a reference as
# many as the largest value declared holds), and refuses a subset of more
# than 10,000, or one that refers to a parameter entity while a value
# declared refers to another (nested), as too-large. A parameter entity
# that declares the HTML entities, referred to once, is read.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

"$PYTHON" - <<'EOT' || exit 99
feed = ('<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
    '<id>urn:ex:f</id><updated>2024-01-01T00:00:00Z</updated>'
    '<author><name>a</name></author>'
    '<link rel="self" href="https://e.org/feed.xml"/></feed>\n')
def w(name, subset):
    open(name, 'w').write('<?xml version="1.0"?>\n<!DOCTYPE feed [\n'
        + subset + ']>\n' + feed)
w('entities.xml', ''.join('<!ENTITY e%d "v%d">\n' % (i, i) for i in range(320000)))
w('attlists.xml', ''.join('<!ATTLIST e%d a CDATA "v">\n' % i for i in range(80000)))
w('comments.xml', '<!---->\n' * 1200000)
# 10,000 of them, each kind, "]", "<" and ">" in literals: read. (Not in
# comments, nor "]>": libxml2's push parser has its own ideas there.)
w('most.xml', ''.join('<!ENTITY e%d "]<b>&#37;">\n' % i for i in range(4000))
    + ''.join('<!ATTLIST x%d a CDATA "] >">\n' % i for i in range(2000))
    + '<!-- x -->\n' * 2000 + '<?x y?>\n' * 1998
    + '<!ENTITY % ext SYSTEM "none.ent">%ext;\n')
w('more.xml', '<!---->\n' * 10001)
d = '<!ENTITY % p0 "<!---->">\n'
for i in range(1, 7):
    d += '<!ENTITY %% p%d "%s">\n' % (i, ('&#37;p%d;' % (i - 1)) * 10)
w('nested.xml', d + '%p6;\n')
# The HTML Latin-1 entities declared through one parameter entity,
# referred to once: a real pattern.
lat1 = ''.join('<!ENTITY x%d "&#%d;">' % (i, 160 + i) for i in range(96))
w('lat1.xml', '<!ENTITY %% HTMLlat1 \'%s\'>\n%%HTMLlat1;\n' % lat1)
# 1,000 comments in one value, referred to ten times: 10,000 parsed.
w('tenfold.xml', '<!ENTITY %% c "%s">\n' % ('<!---->' * 1000) + '%c;\n' * 10)
# After it, 10,001 comments: were it a subset, too many.
open('bracket.xml', 'w').write('<?xml version="1.0"?>\n'
    '<!DOCTYPE feed SYSTEM "https://e.org/a[1.dtd">\n' + feed
    + '<!---->\n' * 10001)
EOT

for f in entities attlists comments more; do
	test_expect_success "$f: refused before libxml2 reads them, too-large" '
		test_expect_code 1 capped "$FEEDWRIGHT" validate '"$f"'.xml &&
		echo "'"$f"'.xml:2:16: error: a DOCTYPE with more than 10,000 declarations, comments, processing instructions and parameter-entity references, more than validate reads [too-large]" >want &&
		test_cmp want "$T/out"
	'
done

test_expect_success '10,000 are read: the verdict is the feed'"'"'s' '
	test_expect_code 0 capped "$FEEDWRIGHT" validate most.xml &&
	cat >want <<-\EOF &&
	most.xml:10003:1: warning: the DTD declares the external entity "ext" (none.ent), which is never loaded [external-entity]
	EOF
	test_cmp want "$T/out"
'

test_expect_success 'a parameter entity referred to while another refers to one (nested): too-large' '
	test_expect_code 1 capped "$FEEDWRIGHT" validate nested.xml &&
	echo "nested.xml:1:1: error: a DOCTYPE that refers to a parameter entity while one it declares refers to another, which validate does not read [too-large]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'the HTML Latin-1 entities declared through a parameter entity, referred to once: read' '
	test_expect_code 0 capped "$FEEDWRIGHT" validate --strict lat1.xml &&
	test_must_be_empty "$T/out"
'

test_expect_success 'a value of 1,000 comments referred to ten times counts 10,000 and more: too-large' '
	test_expect_code 1 capped "$FEEDWRIGHT" validate tenfold.xml &&
	test_contains "$T/out" "error: a DOCTYPE with more than 10,000 declarations, comments, processing instructions and parameter-entity references, more than validate reads [too-large]"
'

test_expect_success 'a "[" in the DOCTYPE'"'"'s system literal starts no internal subset' '
	test_expect_code 0 capped "$FEEDWRIGHT" validate --strict bracket.xml &&
	test_must_be_empty "$T/out"
'

test_done
