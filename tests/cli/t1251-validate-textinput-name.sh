#!/bin/sh
# textInput's name names the HTML form field its link's script receives:
# an HTML 4 NAME token, a letter A-Z or a-z, then letters, digits, "-",
# "_", ":" and ".". Empty, or a first character other than an ASCII
# letter, is an error (the W3C service's InvalidFormComponentName);
# another character later is a warning, as readers pass the name on
# unread. RSS 1.0's textinput name is the same field.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE NAME: an RSS 2.0 feed whose textInput is named NAME.
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>\n<textInput><title>S</title><description>s</description><name>%s</name><link>https://example.org/s</link></textInput>\n</channel>\n</rss>\n' "$2" >"$1"
}

# rdf FILE NAME: an RSS 1.0 feed whose textinput is named NAME.
rdf() {
	cat >"$1" <<-EOT
	<?xml version="1.0" encoding="utf-8"?>
	<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
	<channel rdf:about="https://example.org/">
	<title>t</title><link>https://example.org/</link><description>d</description>
	<items><rdf:Seq><rdf:li rdf:resource="https://example.org/1"/></rdf:Seq></items>
	<textinput rdf:resource="https://example.org/s"/>
	</channel>
	<item rdf:about="https://example.org/1"><title>one</title><link>https://example.org/1</link></item>
	<textinput rdf:about="https://example.org/s">
	<title>S</title><description>s</description><name>$2</name><link>https://example.org/s</link>
	</textinput>
	</rdf:RDF>
	EOT
}

test_expect_success 'a name beginning with a digit, "-", "_" or a non-ASCII letter: an error' '
	for v in 1q -q _q "éq" ":q"; do
		rss bad.xml "$v" &&
		test_expect_code 1 "$FEEDWRIGHT" validate bad.xml &&
		echo "bad.xml:7:56: error: name \"$v\" does not begin with a letter A-Z or a-z, as an HTML form field name must [rss-textinput-name]" >want &&
		test_cmp want "$T/out" || return 1
	done
'

test_expect_success 'an empty name: an error' '
	rss empty.xml "" &&
	test_expect_code 1 "$FEEDWRIGHT" validate empty.xml &&
	echo "empty.xml:7:56: error: name is empty; an HTML form field name begins with a letter [rss-textinput-name]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'a space or "!" after the first letter: a warning, exit 0' '
	for v in "my query" "q!"; do
		rss odd.xml "$v" &&
		test_expect_code 0 "$FEEDWRIGHT" validate odd.xml &&
		test_contains "$T/out" "odd.xml:7:56: warning: name \"$v\" holds characters other than letters, digits" &&
		test_contains "$T/out" "[rss-textinput-name-chars]" || return 1
	done
'

test_expect_success 'letters, digits, "-", "_", ":" and ".": valid under --strict' '
	for v in q Q9 a:b.c_d-e1 " q "; do
		rss ok.xml "$v" &&
		test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.xml &&
		test_must_be_empty "$T/out" || return 1
	done
'

test_expect_success 'RSS 1.0 textinput: the same rule' '
	rdf r1.xml 1q &&
	test_expect_code 1 "$FEEDWRIGHT" validate r1.xml &&
	test_contains "$T/out" "r1.xml:10:45: error: name \"1q\" does not begin with a letter A-Z or a-z" &&
	rdf r2.xml "my q" &&
	test_expect_code 0 "$FEEDWRIGHT" validate r2.xml &&
	test_contains "$T/out" "[rss-textinput-name-chars]" &&
	rdf r3.xml q &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict r3.xml &&
	test_must_be_empty "$T/out"
'

test_done
