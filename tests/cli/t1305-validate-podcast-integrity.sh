#!/bin/sh
# podcast:integrity (integrity.md): once in a podcast:alternateEnclosure;
# type "sri" or "pgp-signature" and value both required; an sri value an
# SRI integrity string (W3C SRI: sha256-, sha384- or sha512- and the
# Base64 of a digest of that size, several separated by spaces, options
# after "?"), a pgp-signature "base64 encoded". podcast:images
# (images-(deprecated).md) is deprecated for podcast:image: a warning.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE CHANNEL-EXTRA ITEM-EXTRA
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>%s\n<item>\n<title>i</title>\n<guid>https://example.org/1</guid>%s\n</item>\n</channel>\n</rss>\n' "$2" "$3" >"$1"
}

# enc INTEGRITY: an alternateEnclosure holding INTEGRITY.
enc() {
	printf '\n<podcast:alternateEnclosure type="video/mp4">\n<podcast:source uri="https://example.org/e.mp4"/>%s\n</podcast:alternateEnclosure>' "$1"
}

test_expect_success 'integrity: attributes missing, twice, digests of the wrong size or algorithm, bad Base64, a type in capitals' '
	rss i.rss "" "$(enc "
<podcast:integrity/>
<podcast:integrity type=\"sri\" value=\"sha384-ExVqijgYHm15PqQqdXfW95x+Rs6C+d6E/ICxyQOeFevnxNLR/wtJNrN\"/>")$(enc "
<podcast:integrity type=\"sri\" value=\"md5-1B2M2Y8AsgTpgAmY7PhCfg==\"/>")$(enc "
<podcast:integrity type=\"pgp-signature\" value=\"not base64!\"/>")$(enc "
<podcast:integrity type=\"SRI\" value=\"x\"/>")" &&
	test_expect_code 1 "$FEEDWRIGHT" validate i.rss &&
	cat >want <<-\EOT &&
	i.rss:12:1: error: podcast:integrity has no type attribute, which is required [podcast-integrity]
	i.rss:12:1: error: podcast:integrity has no value attribute, which is required [podcast-integrity]
	i.rss:13:1: error: podcast:alternateEnclosure has more than one podcast:integrity, which may occur once [podcast-integrity]
	i.rss:13:1: error: podcast:integrity value "sha384-ExVqijgYHm15PqQqdXfW95x+Rs6C+d6E/ICxyQOeFevnxNLR/wtJNrN" is not an SRI integrity string (sha256-, sha384- or sha512- and the Base64 digest) [podcast-integrity]
	i.rss:17:1: error: podcast:integrity value "md5-1B2M2Y8AsgTpgAmY7PhCfg==" is not an SRI integrity string (sha256-, sha384- or sha512- and the Base64 digest) [podcast-integrity]
	i.rss:21:1: error: podcast:integrity value is not Base64, as a pgp-signature'"'"'s is [podcast-integrity]
	i.rss:25:1: error: podcast:integrity type "SRI" is neither sri nor pgp-signature [podcast-integrity]
	EOT
	test_cmp want "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'integrity: two SRI hashes, one with an option: valid' '
	rss ok.rss "" "$(enc "
<podcast:integrity type=\"sri\" value=\"sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU= sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==?opt\"/>")" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out"
'

test_expect_success 'images: deprecated, a warning (exit 0; 1 under --strict)' '
	rss img.rss "
<podcast:images srcset=\"https://example.org/a-1500.jpg 1500w, https://example.org/a-600.jpg 600w\"/>" "" &&
	test_expect_code 0 "$FEEDWRIGHT" validate img.rss &&
	echo "img.rss:7:1: warning: podcast:images is deprecated; the namespace asks for podcast:image instead [podcast-images]" >want &&
	test_cmp want "$T/out" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --strict img.rss
'

test_done
