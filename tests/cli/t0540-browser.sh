#!/bin/sh
# The page in a real browser: Debian's chromium, headless, loads index.html
# over HTTP from a server on 127.0.0.1. The rendered DOM holds the entry
# title, the author and the subscribe links; at a phone's width (390 CSS
# px) the page does not overflow sideways and the title and author are
# drawn, visible, within the screen, as they are on a desktop. The
# browser is asked through the DevTools protocol (tests/readers/browse.py),
# which also saves screenshots, phone-sized and desktop-sized, next to
# this test's log for a person to look at (tests/cli/t0540-browser.*.png
# in the build tree).
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-httpd.sh"

browser=$(command -v chromium || command -v chromium-browser) ||
	skip_all "chromium is not installed (apt-get install chromium)"
test_have_prereq CURL || skip_all "curl is not installed (apt-get install curl)"

# The flags headless chromium needs here (as root, in a container), a
# fresh profile each time, and a HOME of its own (its crash reporter
# writes under HOME); at most 90 s.
chrome_env() {
	HOME=$T XDG_CONFIG_HOME=$T/.config XDG_CACHE_HOME=$T/.cache timeout 90 "$@"
}
chrome_flags() {
	echo --headless --no-sandbox --disable-gpu --no-first-run \
	    --disable-background-networking --disable-component-update \
	    --disable-sync --disable-quic --hide-scrollbars \
	    --user-data-dir="$(mktemp -d "$T/profile.XXXXXX")"
}
# chrome ARGS...: headless chromium, its log in $T/chromium.log.
chrome() {
	chrome_env "$browser" $(chrome_flags) "$@" 2>>"$T/chromium.log"
}
# browse URL WIDTH HEIGHT PNG TEXT...: what chromium measures on URL in a
# WIDTH x HEIGHT viewport (see tests/readers/browse.py), in $T/measured.
browse() {
	_url=$1 _w=$2 _h=$3 _png=$4
	shift 4
	chrome_env "$PYTHON" "$SRCDIR/tests/readers/browse.py" "$_url" "$_w" "$_h" "$_png" "$@" \
	    -- "$browser" $(chrome_flags) >"$T/measured" 2>>"$T/chromium.log" || {
		tail -n 5 "$T/chromium.log"; return 1; }
}
# fits WIDTH: the page measured is no wider than WIDTH.
fits() {
	_sw=$(sed -n 's/^scrollWidth //p' "$T/measured") &&
	test -n "$_sw" &&
	if [ "$_sw" -gt "$1" ]; then
		echo "the page is $_sw px wide in a $1 px viewport"; return 1
	fi
}
# shown TEXT: the page measured draws TEXT, visible, within its width.
shown() {
	grep -qxF "visible: $1" "$T/measured" || { cat "$T/measured"; return 1; }
}
# is_png FILE: FILE starts with the PNG signature.
is_png() {
	test "$(head -c 8 "$1" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a
}

test_expect_success 'the showcase and world-desk feeds are built and served on 127.0.0.1' '
	serve_test_feeds
'
test -n "$BASE" || test_done

g=$BASE/global-economic-times/index.html
w=$BASE/world-desk/index.html
d=$T/dom.html
feeds=https://www.globaleconomictimes.kr/feeds
title='North Korean Troops in Russia Reportedly Withdrawn Amidst Heavy Losses'
author='Global Economic Times Reporter'
wtitle='Markets open < expected & "calm" before the clocks change'
wauthor='Kim Min-jun (김민준)'
out=${BUILDDIR:-.}/tests/cli
mkdir -p "$out"

test_expect_success 'chromium renders the page; the DOM holds its title, the entry title linked, the author and the date' '
	chrome --dump-dom "$g" >"$d" &&
	test_contains "$d" "<title>Global Economic Times</title>" &&
	test_contains "$d" "<a href=\"https://www.globaleconomictimes.kr/news/000_da7d4b23b93f851d\">$title</a>" &&
	test_contains "$d" "· <bdi>$author</bdi>" &&
	test_contains "$d" "6 February 2025, 06:32 (UTC+09:00)"
'

test_expect_success 'the DOM: subscribe links for Atom, RSS and JSON Feed, a URL to copy, autodiscovery in the head' '
	test_contains "$d" "<a href=\"$feeds/atom.xml\" type=\"application/atom+xml\">Atom 1.0</a>" &&
	test_contains "$d" "<a href=\"$feeds/rss.xml\" type=\"application/rss+xml\">RSS 2.0</a>" &&
	test_contains "$d" "<a href=\"$feeds/feed.json\" type=\"application/feed+json\">JSON Feed 1.1</a>" &&
	test_contains "$d" "<code>$feeds/atom.xml</code>" &&
	test_contains "$d" "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Global Economic Times (Atom 1.0)\" href=\"$feeds/atom.xml\">"
'

test_expect_success 'world-desk in chromium: an escaped title reads as text, the Korean author, no record text as markup' '
	chrome --dump-dom "$w" >"$T/dom-w.html" &&
	test_contains "$T/dom-w.html" ">Markets open &lt; expected &amp; \"calm\" before the clocks change</a>" &&
	test_contains "$T/dom-w.html" "· <bdi>$wauthor</bdi>" &&
	test_lacks "$T/dom-w.html" "<b>"
'

# The measurements can fail: a copy of the page with one element wider
# than a phone, and one with its articles hidden, must be caught.
test_expect_success 'the measurements catch a page wider than the phone and an entry that is not drawn' '
	p=$T/www/global-economic-times &&
	sed "s|<body>|<body><div style=\"width: 1000px\">wide</div>|" "$p/index.html" >"$p/wide.html" &&
	sed "s|<article>|<article style=\"display: none\">|" "$p/index.html" >"$p/hidden.html" &&
	test "$(grep -c "width: 1000px" "$p/wide.html")" = 1 &&
	test "$(grep -c "display: none" "$p/hidden.html")" = 1 &&
	browse "$BASE/global-economic-times/wide.html" 390 1400 "$T/wide.png" "$title" &&
	test "$(sed -n "s/^scrollWidth //p" "$T/measured")" -gt 390 &&
	! fits 390 &&
	browse "$BASE/global-economic-times/hidden.html" 390 1400 "$T/hidden.png" "$title" "$author" &&
	fits 390 &&
	grep -qxF "not visible (no size): $title" "$T/measured" &&
	grep -qxF "not visible (no size): $author" "$T/measured"
'

for shot in "phone 390 1400 global-economic-times" "desktop 1280 900 global-economic-times" \
    "phone-world-desk 390 1600 world-desk"; do
	set -- $shot
	name=$1 width=$2 height=$3 feed=$4
	png=$out/t0540-browser.$name.png
	if [ "$feed" = world-desk ]; then
		t=$wtitle a=$wauthor
	else
		t=$title a=$author
	fi
	test_expect_success "$feed at ${width}x$height ($name): no sideways overflow, the title and author drawn within the screen; screenshot $png" '
		rm -f "$png" &&
		browse "$BASE/$feed/index.html" "$width" "$height" "$T/shot.png" "$t" "$a" &&
		fits "$width" &&
		shown "$t" &&
		shown "$a" &&
		is_png "$T/shot.png" &&
		cp "$T/shot.png" "$png"
	'
done

test_done
