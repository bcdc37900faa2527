#!/bin/sh
# RFC 4287 4.1.1.1: an entry MUST have an atom:summary when its content
# has a src attribute, or a type that is a MIME media type but neither XML
# nor text/ (Base64-encoded). A composite type (multipart/, message/) is
# an error of its own, and such content still needs the summary.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# entry FILE CONTENT [SUMMARY]
entry() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><id>https://example.org/</id><title>t</title><updated>2025-01-01T00:00:00Z</updated><author><name>a</name></author><link rel="self" href="https://example.org/atom.xml"/>\n<entry><id>https://example.org/1</id><title>e</title><updated>2025-01-01T00:00:00Z</updated><link href="https://example.org/1"/>%s\n%s</entry>\n</feed>\n' "${3:-}" "$2" >"$1"
}

test_expect_success 'inline multipart content without a summary: both errors' '
	entry m.atom "<content type=\"multipart/alternative\">Text</content>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate m.atom &&
	cat >want <<-\EOF &&
	m.atom:4:1: error: type "multipart/alternative" of atom:content is a composite type, which is not allowed [atom-content-type]
	m.atom:3:1: error: atom:entry has no atom:summary, which is required when its content has a src attribute or is Base64-encoded [atom-summary-missing]
	EOF
	test_cmp want "$T/out"
'

test_expect_success 'with a summary, the composite type alone; text/, XML and src with a summary: valid' '
	entry s.atom "<content type=\"message/rfc822\">Text</content>" "<summary>s</summary>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate s.atom &&
	echo "s.atom:4:1: error: type \"message/rfc822\" of atom:content is a composite type, which is not allowed [atom-content-type]" >want &&
	test_cmp want "$T/out" &&
	entry t.atom "<content type=\"text/plain\">Text</content>" &&
	entry x.atom "<content type=\"application/xhtml+xml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></content>" &&
	entry r.atom "<content type=\"audio/mpeg\" src=\"https://example.org/1.mp3\"/>" "<summary>s</summary>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict t.atom x.atom r.atom &&
	test_must_be_empty "$T/out"
'

test_expect_success 'a composite type ending in +xml: its error alone, as an XML type needs no summary' '
	entry xm.atom "<content type=\"message/imdn+xml\"><x xmlns=\"urn:x\"/></content>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate xm.atom &&
	echo "xm.atom:4:1: error: type \"message/imdn+xml\" of atom:content is a composite type, which is not allowed [atom-content-type]" >want &&
	test_cmp want "$T/out"
'

test_done
