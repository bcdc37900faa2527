#!/bin/sh
# hostile: libxml2's RELAX NG takes time quadratic in the children of one
# element. Content the schema accepts whatever it is (an extension
# element's, xhtml's, atom:content's of an XML type, extension elements
# where any number may come) is not given to it, so such feeds pass
# whatever their size; elsewhere, an element of more than 1,000 child
# elements is refused, too-large, as is a feed head of more (which used to
# lose its later elements and fail the schema falsely).
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

"$PYTHON" - <<'EOT' || exit 99
head = ('<?xml version="1.0" encoding="utf-8"?>\n'
    '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:x="urn:x">\n'
    '<title>t</title><id>urn:ex:f</id><updated>2024-01-01T00:00:00Z</updated>'
    '<author><name>a</name></author><link rel="self" href="https://e.org/feed.xml"/>\n')
entry = ('<entry><title>t</title><link href="https://e.org/a"/><id>urn:ex:1</id>'
    '<updated>2024-01-01T00:00:00Z</updated>%s</entry>\n')
n = 100000
def w(name, s):
    open(name, 'w').write(s)
w('ext.xml', head + entry % ('<x:a>' + 't<x:b/>' * n + '</x:a>') + '</feed>\n')
w('xhtml.xml', head + entry % ('<content type="xhtml"><div '
    'xmlns="http://www.w3.org/1999/xhtml">' + '<p>x</p>' * n + '</div></content>')
    + '</feed>\n')
# An Atom element inside XML content is anyElement's: anything.
w('other.xml', head + entry % ('<content type="application/xml"><feed>'
    + 't<title/>' * n + '</feed></content>') + '</feed>\n')
w('rss.xml', '<?xml version="1.0"?>\n<rss version="2.0" xmlns:x="urn:x">'
    '<channel><title>t</title><link>https://e.org/</link><description>d'
    '</description><x:a>' + 't<x:b/>' * n + '</x:a></channel></rss>\n')
w('flat.xml', head + entry % ('<x:b>t</x:b>\n' * n) + '</feed>\n')
w('headflat.xml', head + '<x:b>t</x:b>\n' * n + '</feed>\n')
# An extension element, so the schema is asked; then 4 + 1 + 995 elements.
w('cats-ok.xml', head + entry % ('<x:b/>' + '<category term="c"/>' * 995)
    + '</feed>\n')
w('cats.xml', head + entry % ('<x:b/>' + '<category term="c"/>' * 996)
    + '</feed>\n')
# Head links first: the head's atom:author comes after 20,000 of them.
w('head.xml', head.replace('<title>', ''.join('<link rel="related" '
    'href="https://e.org/%d"/>\n' % i for i in range(20000)) + '<title>', 1)
    + '</feed>\n')
EOT

for f in ext xhtml other rss flat headflat; do
	test_expect_success "valid, 100,000 children in the schema's anything: $f" '
		"$FEEDWRIGHT" validate '"$f"'.xml >out &&
		test_must_be_empty out
	'
done

test_expect_success 'an entry of 1,000 child elements is checked' '
	"$FEEDWRIGHT" validate cats-ok.xml >out &&
	test_must_be_empty out
'

test_expect_success 'an entry of more child elements is refused, too-large' '
	test_expect_code 1 "$FEEDWRIGHT" validate cats.xml &&
	echo "cats.xml:4:1: error: atom:entry has more than 1,000 child elements, more than validate checks against the schema [too-large]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'a head of 20,000 links: too-large, no false schema error' '
	test_expect_code 1 "$FEEDWRIGHT" validate head.xml &&
	echo "head.xml:2:1: error: the feed has more than 1,000 elements besides its entries or items, more than validate checks against the schema [too-large]" >want &&
	test_cmp want "$T/out"
'

test_done
