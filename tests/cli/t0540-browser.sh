#!/bin/sh
# The page in a real browser: Debian's chromium, headless, loads index.html
# over HTTP from a server on 127.0.0.1; the rendered DOM holds the entry
# title, the author and the subscribe links. Screenshots, phone-sized and
# desktop-sized, are kept next to this test's log for a person to look at
# (tests/cli/t0540-browser.phone.png and .desktop.png in the build tree).
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/readers/httpd.sh"

browser=$(command -v chromium || command -v chromium-browser) ||
	skip_all "chromium is not installed (apt-get install chromium)"

serve_test_feeds

# chrome ARGS...: headless chromium with a profile and a HOME of its own
# (its crash reporter writes under HOME), at most 90 s.
chrome() {
	HOME=$T XDG_CONFIG_HOME=$T/.config XDG_CACHE_HOME=$T/.cache \
	    timeout 90 "$browser" --headless --no-sandbox --disable-gpu --no-first-run \
	    --disable-background-networking --disable-component-update \
	    --disable-sync --disable-quic --hide-scrollbars \
	    --user-data-dir="$(mktemp -d "$T/profile.XXXXXX")" "$@" 2>>"$T/chromium.log"
}

g=$BASE/global-economic-times/index.html
chrome --dump-dom "$g" >"$T/dom.html"
expect_eq "chromium renders the page" "$?" 0
d=$T/dom.html
feeds=https://www.globaleconomictimes.kr/feeds
expect_contains "DOM: the page title" "$d" "<title>Global Economic Times</title>"
expect_contains "DOM: the entry title, linked" "$d" \
    '<a href="https://www.globaleconomictimes.kr/news/000_da7d4b23b93f851d">North Korean Troops in Russia Reportedly Withdrawn Amidst Heavy Losses</a>'
expect_contains "DOM: the author" "$d" "· Global Economic Times Reporter"
expect_contains "DOM: the date" "$d" "6 February 2025, 06:32 (UTC+09:00)"
expect_contains "DOM: subscribe link, Atom" "$d" "<a href=\"$feeds/atom.xml\" type=\"application/atom+xml\">Atom 1.0</a>"
expect_contains "DOM: subscribe link, RSS" "$d" "<a href=\"$feeds/rss.xml\" type=\"application/rss+xml\">RSS 2.0</a>"
expect_contains "DOM: subscribe link, JSON Feed" "$d" "<a href=\"$feeds/feed.json\" type=\"application/feed+json\">JSON Feed 1.1</a>"
expect_contains "DOM: a URL to copy" "$d" "<code>$feeds/atom.xml</code>"
expect_contains "DOM: autodiscovery in the head" "$d" \
    "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Global Economic Times (Atom 1.0)\" href=\"$feeds/atom.xml\">"

# The browser's own view of the text: what a person reads.
w=$BASE/world-desk/index.html
chrome --dump-dom "$w" >"$T/dom-w.html"
expect_eq "chromium renders the world-desk page" "$?" 0
expect_contains "DOM: escaped title reads as text" "$T/dom-w.html" \
    ">Markets open &lt; expected &amp; \"calm\" before the clocks change</a>"
expect_contains "DOM: Korean author" "$T/dom-w.html" "· Kim Min-jun (김민준)"
expect_lacks "DOM: record text never becomes markup" "$T/dom-w.html" "<b>"

# Screenshots: a phone and a desktop window.
out=${BUILDDIR:-.}/tests/cli
mkdir -p "$out"
for shot in "phone 390,1400 $g" "desktop 1280,900 $g" "phone-world-desk 390,1600 $w"; do
	set -- $shot
	rm -f "$T/shot.png"
	chrome --screenshot="$T/shot.png" --window-size="$2" "$3" >/dev/null
	if [ -s "$T/shot.png" ] && [ "$(head -c 8 "$T/shot.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]; then
		cp "$T/shot.png" "$out/t0540-browser.$1.png"
		pass "screenshot ($1, $2): $out/t0540-browser.$1.png"
	else
		fail "screenshot ($1, $2)"
		sed 's/^/#   /' "$T/chromium.log" | tail -5
	fi
done

finish
