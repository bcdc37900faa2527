#!/bin/sh
# podcast:license (license.md): in the channel or an item, once; its
# value names a license, "please do not exceed 128 characters" (a
# warning); url, the license's legal text, a page to read (http: warned,
# as 1.0.md asks for https:). podcast:txt (txt.md): at most 4000
# characters, a purpose at most 128 (warnings); purpose ai-content holds
# true or false, as it "is expected to" (a warning).
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE CHANNEL-EXTRA ITEM-EXTRA
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>%s\n<item>\n<title>i</title>\n<guid>https://example.org/1</guid>%s\n</item>\n</channel>\n</rss>\n' "$2" "$3" >"$1"
}

# N copies of the letter x.
xs() {
	awk -v n="$1" 'BEGIN { while (n-- > 0) printf "x" }'
}

test_expect_success 'license: blank, twice, a url no page, too long, http:' '
	rss license.rss "
<podcast:license> </podcast:license>
<podcast:license url=\"urn:isbn:0451450523\">cc-by-4.0</podcast:license>" "
<podcast:license url=\"http://example.org/license.html\">$(xs 129)</podcast:license>
<podcast:license>cc-by-4.0</podcast:license>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate license.rss &&
	cat >want <<-\EOT &&
	license.rss:7:1: error: podcast:license is blank; it names a license (its identifier, or a custom license'"'"'s abbreviation) [podcast-license]
	license.rss:8:1: error: channel has more than one podcast:license, which may occur once [ext-duplicate-element]
	license.rss:8:1: error: podcast:license url "urn:isbn:0451450523" is not an https URL with a host, a page that can be followed [podcast-license]
	license.rss:12:1: warning: podcast:license is longer than the 128 characters aggregators keep [podcast-length]
	license.rss:12:1: warning: podcast:license url "http://example.org/license.html" is http:; the podcast namespace asks for https: wherever a hyper-text resource is given [podcast-https]
	license.rss:13:1: error: item has more than one podcast:license, which may occur once [ext-duplicate-element]
	EOT
	test_cmp want "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'license: 128 characters, a relative url' '
	rss edge.rss "
<podcast:license url=\"/license.pdf\">$(xs 128)</podcast:license>" "" &&
	test_expect_code 1 "$FEEDWRIGHT" validate edge.rss &&
	cat >want <<-\EOT &&
	edge.rss:7:1: error: podcast:license url "/license.pdf" is not an absolute URL [podcast-license]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'txt: ai-content neither true nor false, lengths: warnings, exit 0' '
	rss txt.rss "
<podcast:txt purpose=\"ai-content\">yes</podcast:txt>
<podcast:txt purpose=\"$(xs 129)\">v</podcast:txt>" "
<podcast:txt>$(xs 4001)</podcast:txt>
<podcast:txt purpose=\"ai-content\"> True </podcast:txt>
<podcast:txt purpose=\"$(xs 128)\">$(xs 4000)</podcast:txt>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate txt.rss &&
	cat >want <<-\EOT &&
	txt.rss:7:1: warning: podcast:txt purpose="ai-content" "yes" is neither true nor false, as that purpose'"'"'s value is expected to be [podcast-txt]
	txt.rss:8:1: warning: podcast:txt purpose is longer than the 128 characters aggregators keep [podcast-length]
	txt.rss:12:1: warning: podcast:txt is longer than the 4000 characters aggregators keep [podcast-length]
	EOT
	test_cmp want "$T/out" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --strict txt.rss
'

test_expect_success 'txt: any purpose is free, and so is its value' '
	rss free.rss "
<podcast:txt purpose=\"example.com\">anything at all</podcast:txt>
<podcast:txt purpose=\"release\">2022-10-26T04:45:30.742Z</podcast:txt>
<podcast:txt/>" "" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict free.rss &&
	test_must_be_empty "$T/out"
'

test_done
