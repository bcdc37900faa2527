#!/bin/sh
# Format detection: Atom 1.0 (feed and entry documents) and RSS 2.0 are
# validated; RSS 0.91 and 0.92 are checked with the RSS 2.0 rules and say
# so; RSS 1.0 is validated by its own rules; RSS 0.90 and Atom 0.3 are
# named and reported as unsupported; anything
# else is an error. Never a silent "valid" for a format not checked.
. "$SRCDIR/tests/lib.sh"

cp "$SRCDIR"/tests/validate/formats/* "$T/"
cd "$T" || exit 99

# format_of FILE: the format the JSON report names.
format_of() {
	"$FEEDWRIGHT" validate --format=json "$1" |
	    sed -n 's/.*"format": "\([^"]*\)".*/\1/p'
}

for c in "good.atom atom-1.0 Atom 1.0" "entry.atom atom-1.0-entry an Atom entry document" \
    "good.rss rss-2.0 RSS 2.0" "rss091.rss rss-0.91 RSS 0.91" "rss092.rss rss-0.92 RSS 0.92" \
    "rss10.rdf rss-1.0 RSS 1.0" "rss090.rdf rss-0.90 RSS 0.90" "atom03.atom atom-0.3 Atom 0.3" "html.xml unknown XHTML, no feed"; do
	set -- $c
	file=$1 format=$2
	shift 2
	test_expect_success "$* is detected: the JSON report names it $format" '
		test_eq "$(format_of "$file")" "$format"
	'
done

test_expect_success 'a valid Atom entry document: exit 0' '
	test_expect_code 0 "$FEEDWRIGHT" validate entry.atom
'

test_expect_success 'RSS 0.91 is valid under the RSS 2.0 rules and says how it was checked' '
	test_expect_code 0 "$FEEDWRIGHT" validate rss091.rss &&
	echo "rss091.rss:2:1: warning: RSS 0.91 is checked with the rules of RSS 2.0, its compatible successor [rss-version-old]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'RSS 0.92 under --strict: exit 1' '
	test_expect_code 1 "$FEEDWRIGHT" validate --strict rss092.rss
'

test_expect_success 'rss without a version: exit 1, says RSS 2.0 requires one' '
	test_expect_code 1 "$FEEDWRIGHT" validate rss-noversion.rss &&
	echo "rss-noversion.rss:2:1: error: rss has no version attribute; RSS 2.0 requires version=\"2.0\" [rss-version]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'RSS 1.0 is checked by its own rules: a channel without items, exit 1' '
	test_expect_code 1 "$FEEDWRIGHT" validate rss10.rdf &&
	echo "rss10.rdf:3:3: error: channel has no items, which RSS 1.0 requires [rss10-missing-element]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'RSS 0.90 is not silently valid: recognised, unsupported, exit 1' '
	test_expect_code 1 "$FEEDWRIGHT" validate rss090.rdf &&
	echo "rss090.rdf:2:1: error: RSS 0.90 (namespace http://my.netscape.com/rdf/simple/0.9/) is recognised but not supported; it was replaced by RSS 1.0 (namespace http://purl.org/rss/1.0/) [unsupported-format]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'Atom 0.3 is not silently valid: recognised, unsupported, exit 1' '
	test_expect_code 1 "$FEEDWRIGHT" validate atom03.atom &&
	echo "atom03.atom:2:1: error: Atom 0.3 (namespace http://purl.org/atom/ns#) is recognised but not supported; it was replaced by Atom 1.0 (RFC 4287) [unsupported-format]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'an XHTML page is no feed: exit 1' '
	test_expect_code 1 "$FEEDWRIGHT" validate html.xml &&
	echo "html.xml:2:1: error: root element html is neither Atom 1.0 (feed) nor RSS (rss): not a feed this validator knows [unknown-format]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'a feed element outside the Atom namespace: exit 1' '
	test_expect_code 1 "$FEEDWRIGHT" validate nofeed.atom &&
	echo "nofeed.atom:2:1: error: root element feed is not in the Atom namespace http://www.w3.org/2005/Atom [unknown-format]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'a directory cannot be read: one unreadable problem, exit 2' '
	test_expect_code 2 "$FEEDWRIGHT" validate "$T" &&
	test_eq "$(grep -c "\[unreadable\]" "$T/out")" 1
'

test_done
