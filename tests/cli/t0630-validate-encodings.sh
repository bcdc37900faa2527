#!/bin/sh
# Hostile feeds for validate, part 3: bytes that are not the characters
# they claim to be. NUL bytes, invalid and overlong UTF-8, lone surrogates
# (encoded, and as a character reference), a code point past U+10FFFF,
# UTF-16 with and without a byte order mark, wrong and unknown encoding
# declarations: a clear error and exit 1 for what is not XML, a verdict
# for what is; never a crash. Capped at 256 MB and 20 s of CPU each.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# validate_capped WANT FILE: validate FILE within the caps must exit WANT.
validate_capped() {
	test_expect_code "$1" capped "$FEEDWRIGHT" validate "$2"
}

head='<rss version="2.0"><channel><title>t</title><link>https://e.example/</link><description>d</description>'

# with_title NAME BYTES: a feed whose item title holds BYTES (printf form).
with_title() {
	{
		printf '<?xml version="1.0" encoding="UTF-8"?>\n%s<item><title>' "$head"
		printf "$2"
		printf '</title><description>x</description></item></channel></rss>\n'
	} >"$1"
}

# feed DECLARATION: a feed whose XML declaration adds DECLARATION.
feed() { printf '<?xml version="1.0"%s?>\n%s</channel></rss>\n' "$1" "$head"; }

test_expect_success 'the same feed with good UTF-8 is valid' '
	with_title good.xml "caf\303\251" &&
	validate_capped 0 good.xml
'

# bad NAME BYTES MESSAGE: a title holding BYTES is refused with MESSAGE
# first (after "NAME:2:"), exit 1.
bad() {
	_name=$1 _bytes=$2 _msg=$3
	test_expect_success "$1: a clear error first, exit 1" '
		with_title "$_name" "$_bytes" &&
		validate_capped 1 "$_name" &&
		test_eq "$(head -n 1 out)" "$_name:2:$_msg"
	'
}

bad nul.xml 'a\000b' \
    "118: error: XML: Char 0x0 out of allowed range [xml-not-well-formed]"
bad nul-ref.xml '&#0;' \
    "121: error: XML: xmlParseCharRef: invalid xmlChar value 0 [xml-not-well-formed]"
bad invalid-utf8.xml 'caf\351' \
    "120: error: XML: Input is not proper UTF-8, indicate encoding ! Bytes: 0xE9 0x3C 0x2F 0x74 [xml-not-well-formed]"
bad overlong-2.xml '\300\257' \
    "117: error: XML: Input is not proper UTF-8, indicate encoding ! Bytes: 0xC0 0xAF 0x3C 0x2F [xml-not-well-formed]"
bad overlong-3.xml '\340\200\257' \
    "117: error: XML: Input is not proper UTF-8, indicate encoding ! Bytes: 0xE0 0x80 0xAF 0x3C [xml-not-well-formed]"
bad surrogate.xml '\355\240\200' \
    "117: error: XML: Char 0xD800 out of allowed range [xml-not-well-formed]"
bad surrogate-ref.xml '&#xD800;' \
    "125: error: XML: xmlParseCharRef: invalid xmlChar value 55296 [xml-not-well-formed]"
bad past-10ffff.xml '\364\220\200\200' \
    "117: error: XML: Char 0x110000 out of allowed range [xml-not-well-formed]"
bad truncated-utf8.xml '\342\202' \
    "117: error: XML: Input is not proper UTF-8, indicate encoding ! Bytes: 0xE2 0x82 0x3C 0x2F [xml-not-well-formed]"

# UTF-16 is XML too: with a byte order mark, and (XML 1.0 appendix F)
# recognised from "<?" without one.
test_expect_success 'UTF-16 with a byte order mark is valid' '
	feed "" | iconv -f UTF-8 -t UTF-16 >utf16-bom.xml &&
	test "$(head -c 2 utf16-bom.xml | od -An -tx1 | tr -d " ")" = fffe &&
	validate_capped 0 utf16-bom.xml
'

test_expect_success 'UTF-16LE without a byte order mark, declared, is valid' '
	feed " encoding=\"UTF-16\"" | iconv -f UTF-8 -t UTF-16LE >utf16le.xml &&
	validate_capped 0 utf16le.xml
'

test_expect_success 'UTF-16BE without a byte order mark or declaration is valid' '
	feed "" | iconv -f UTF-8 -t UTF-16BE >utf16be.xml &&
	validate_capped 0 utf16be.xml
'

test_expect_success 'UTF-16 with no byte order mark and no declaration: said in plain words, exit 1' '
	feed "" | sed 1d | iconv -f UTF-8 -t UTF-16LE >utf16-bare.xml &&
	validate_capped 1 utf16-bare.xml &&
	test_eq "$(cat out)" "utf16-bare.xml:1:1: error: this file is in UTF-16 without a byte order mark, which UTF-16 needs (XML 1.0, section 4.3.3; JSON is UTF-8 alone): convert it to UTF-8 [xml-not-well-formed]"
'

test_expect_success 'a JSON Feed saved as UTF-16: said to be JSON in UTF-16, exit 1' '
	printf "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"T\", \"items\": []}" |
	    iconv -f UTF-8 -t UTF-16 >utf16.json &&
	validate_capped 1 utf16.json &&
	test_eq "$(cat out)" "utf16.json:1:1: error: this looks like JSON in UTF-16, but JSON text is UTF-8 (RFC 8259, section 8.1): convert it to UTF-8 [unknown-format]"
'

# A lone surrogate in UTF-16: at the end, and inside the document.
test_expect_success 'UTF-16 with a lone surrogate at the end: a clear error, exit 1' '
	{ feed "" | iconv -f UTF-8 -t UTF-16LE && printf "<\000" && printf "\000\330"; } >utf16-lone.xml &&
	validate_capped 1 utf16-lone.xml &&
	test_eq "$(head -n 1 out)" \
	    "utf16-lone.xml:3:1: error: XML: Extra content at the end of the document [xml-not-well-formed]"
'

test_expect_success 'UTF-16 with a lone surrogate inside: a clear error, nothing raw from libxml2 on stderr, exit 1' '
	{
		feed "" | iconv -f UTF-8 -t UTF-16 | head -c 60 &&
		printf "\000\330A\000" &&
		feed "" | iconv -f UTF-8 -t UTF-16LE | tail -c +59
	} >utf16-lone-inside.xml &&
	validate_capped 1 utf16-lone-inside.xml &&
	test_eq "$(head -n 1 out)" \
	    "utf16-lone-inside.xml:1:1: error: XML: bytes that are not valid in the file'"'"'s encoding, from about here: 0x00 0xD8 0x41 0x00 [xml-not-well-formed]" &&
	test_must_be_empty "$T/err"
'

# Declarations that lie.
test_expect_success 'UTF-8 declared as UTF-16: a clear error, exit 1' '
	feed " encoding=\"UTF-16\"" >says-utf16.xml &&
	validate_capped 1 says-utf16.xml &&
	test_eq "$(head -n 1 out)" \
	    "says-utf16.xml:1:38: error: XML: Document labelled UTF-16 but has UTF-8 content [xml-not-well-formed]"
'

test_expect_success 'a UTF-8 byte order mark, declared UTF-16: exit 1' '
	{ printf "\357\273\277" && feed " encoding=\"UTF-16\""; } >bom-says-utf16.xml &&
	validate_capped 1 bom-says-utf16.xml
'

test_expect_success 'an unknown encoding: a clear error, exit 1' '
	feed " encoding=\"x-no-such-charset\"" >unknown.xml &&
	validate_capped 1 unknown.xml &&
	test_eq "$(head -n 1 out)" \
	    "unknown.xml:1:49: error: XML: Unsupported encoding x-no-such-charset [xml-not-well-formed]"
'

# Latin-1 declared over UTF-8 bytes cannot be told from real Latin-1: it
# reads as other characters, and that is all.
test_expect_success 'UTF-8 declared as Latin-1 is read as Latin-1: valid' '
	with_title says-latin1.xml "caf\303\251" &&
	sed -i "s/UTF-8/ISO-8859-1/" says-latin1.xml &&
	grep -q ISO-8859-1 says-latin1.xml &&
	validate_capped 0 says-latin1.xml
'

test_done
