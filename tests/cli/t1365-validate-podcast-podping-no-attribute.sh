#!/bin/sh
# podping.md lists no attributes: usesPodping appears only in its example.
# 1.0.md's "All attributes are required unless explicitly specified as
# optional" is about the attributes a page gives, so a bare
# <podcast:podping/> is valid; a usesPodping other than the example's
# true or false is worth a warning, no more.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE PODPING
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>\n%s\n<item>\n<title>i</title>\n<guid>https://example.org/1</guid>\n</item>\n</channel>\n</rss>\n' "$2" >"$1"
}

test_expect_success 'podping without usesPodping: valid' '
	rss bare.rss "<podcast:podping/>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict bare.rss &&
	test_must_be_empty "$T/out"
'

test_expect_success 'usesPodping neither true nor false: a warning' '
	rss yes.rss "<podcast:podping usesPodping=\"yes\"/>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate yes.rss &&
	cat >want <<-\EOT &&
	yes.rss:7:1: warning: podcast:podping usesPodping "yes" is neither true nor false [podcast-podping]
	EOT
	test_cmp want "$T/out"
'

test_done
