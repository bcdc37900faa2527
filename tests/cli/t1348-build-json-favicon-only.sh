#!/bin/sh
# The icon setting is the site's small square icon. JSON Feed 1.1 has two:
# favicon, small, and icon, "square and relatively large - such as 512 x
# 512". build wrote the small icon to both, a favicon where readers
# expect a timeline avatar. With no setting for a large square image
# (logo is wide), only favicon is written.
. "$SRCDIR/tests/lib.sh"

test_expect_success 'set up: a feed with a small icon and a wide logo' '
	mkdir -p "$T/f/articles" &&
	cat >"$T/f/feed.conf" <<-\EOF &&
	title = T
	link = https://example.org/
	feed-url = https://example.org/feeds/
	id = tag:example.org,2025:feed
	timezone = UTC
	entry-link = https://example.org/news/{slug}
	icon = https://example.org/favicon-32.png
	logo = https://example.org/logo-600x200.png
	EOF
	printf "Title\n\nAuthor\n\na@example.org | 2025-02-01 06:32:57\n\nBody.\n" >"$T/f/articles/a.txt" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/f"
'

test_expect_success 'feed.json: favicon is the icon, and there is no icon' '
	"$PYTHON" -c "import json, sys; d = json.load(open(sys.argv[1])); print(d.get(\"favicon\"), d.get(\"icon\"))" "$T/f/public/feed.json" >"$T/got" &&
	echo "https://example.org/favicon-32.png None" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict "$T/f/public/feed.json"
'

test_expect_success 'Atom keeps its icon and logo' '
	grep -F "<icon>https://example.org/favicon-32.png</icon>" "$T/f/public/atom.xml" &&
	grep -F "<logo>https://example.org/logo-600x200.png</logo>" "$T/f/public/atom.xml"
'

test_done
