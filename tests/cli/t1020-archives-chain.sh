#!/bin/sh
# RFC 5005 archives (issue 13, item 1): with "archive-size = N" the
# subscription feed holds the newest max-entries entries and links with
# prev-archive to the newest archive document; each archive document,
# archive/K/atom.xml, rss.xml and feed.json, is marked fh:archive and
# linked with current, prev-archive and next-archive. Walking the chain
# from the subscription feed (feedparser, following prev-archive by
# mapping URLs to files; and "validate --chain") finds every record
# exactly once; the ledger's archive column says where each one is.
. "$SRCDIR/tests/lib.sh"

F=$T/feed
pub=$F/public
U=https://www.globaleconomictimes.kr/feeds/
mkdir -p "$F/articles"
cp "$SRCDIR/feeds/global-economic-times/feed.conf" "$F/feed.conf"
set_conf "$F" max-entries 5
set_conf "$F" archive-size 5

# rec N: record rN, published on day N of January 2025.
rec() {
	printf "Title %s\n\nA Reporter\n\nr@example.com | 2025-01-%s 10:00:00\n\nBody of %s.\n" \
	    "$1" "$1" "$1" >"$F/articles/r$1.txt"
}

# walk FILE: follows prev-archive links from FILE with feedparser, the
# feed's URLs mapped to the output folder; prints, per document, its
# path, whether it is an archive, its links, then its entries' ids.
walk() {
	"$PYTHON" - "$1" "$U" "$pub/" <<'PY'
import sys, feedparser
path, base, folder = sys.argv[1:4]
seen = set()
while path:
    d = feedparser.parse(path)
    assert not d.bozo, (path, d.bozo_exception)
    links = {l.rel: l.href for l in d.feed.links}
    print(path[len(folder):], "archive" if "fh_archive" in d.feed else "subscription",
          *["%s=%s" % (r, links[r][len(base):]) for r in ("current", "prev-archive", "next-archive") if r in links])
    for e in d.entries:
        print("  " + e.id.split("/")[-1])
    nxt = links.get("prev-archive")
    path = folder + nxt[len(base):] if nxt else None
    assert path not in seen
    seen.add(path)
PY
}

test_expect_success 'set up: 30 records, max-entries 5, archive-size 5, built once' '
	for i in 01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30; do
		rec $i || return 1
	done &&
	"$FEEDWRIGHT" build "$F" &&
	(cd "$pub" && find . -type f | sort) >"$T/got" &&
	{
		for k in 1 2 3 4 5 6; do
			printf "./archive/%s/atom.xml\n./archive/%s/feed.json\n./archive/%s/rss.xml\n" $k $k $k
		done
		printf "./atom.xml\n./feed.json\n./index.html\n./rss.xml\n"
	} >"$T/want" &&
	test_cmp "$T/want" "$T/got"
'

test_expect_success FEEDPARSER 'feedparser walks the Atom chain from atom.xml and finds every record once, newest first, in documents of 5' '
	walk "$pub/atom.xml" >"$T/got" &&
	{
		echo "atom.xml subscription prev-archive=archive/6/atom.xml"
		for i in 30 29 28 27 26; do echo "  r$i"; done
		echo "archive/6/atom.xml archive current=atom.xml prev-archive=archive/5/atom.xml"
		k=5
		while [ $k -ge 1 ]; do
			if [ $k -eq 1 ]; then
				echo "archive/1/atom.xml archive current=atom.xml next-archive=archive/2/atom.xml"
			else
				echo "archive/$k/atom.xml archive current=atom.xml prev-archive=archive/$((k - 1))/atom.xml next-archive=archive/$((k + 1))/atom.xml"
			fi
			i=$((k * 5))
			while [ $i -gt $((k * 5 - 5)) ]; do printf "  r%02d\n" $i; i=$((i - 1)); done
			k=$((k - 1))
		done
	} >"$T/want" &&
	test_cmp "$T/want" "$T/got"
'

test_expect_success FEEDPARSER 'the RSS chain holds the same records, linked with atom:link in the channel' '
	walk "$pub/atom.xml" | sed "s/atom\.xml/X/g" >"$T/want" &&
	walk "$pub/rss.xml" | sed "s/rss\.xml/X/g" >"$T/got" &&
	test_cmp "$T/want" "$T/got" &&
	test "$(grep -c "^  r" "$T/got")" -eq 30 &&
	grep -q "^archive/6/X archive current=X prev-archive=archive/5/X\$" "$T/got"
'

test_expect_success 'feed.json says what JSON Feed can: next_url, from the subscription feed to each older document' '
	"$PYTHON" - "$pub" "$U" >"$T/got" <<-\PY &&
	import json, sys
	folder, base = sys.argv[1:3]
	path, n = folder + "/feed.json", 0
	while path:
	    d = json.load(open(path))
	    print(d["feed_url"][len(base):], len(d["items"]))
	    n += len(d["items"])
	    path = folder + "/" + d["next_url"][len(base):] if "next_url" in d else None
	print(n)
	PY
	cat >"$T/want" <<-\EOF &&
	feed.json 5
	archive/6/feed.json 0
	archive/5/feed.json 5
	archive/4/feed.json 5
	archive/3/feed.json 5
	archive/2/feed.json 5
	archive/1/feed.json 5
	30
	EOF
	test_cmp "$T/want" "$T/got"
'

test_expect_success 'validate --chain walks both chains and finds them complete' '
	"$FEEDWRIGHT" validate --chain "$pub/atom.xml" &&
	"$FEEDWRIGHT" validate --chain "$pub/rss.xml" &&
	"$FEEDWRIGHT" validate "$pub/archive/3/atom.xml" "$pub/archive/3/rss.xml" \
	    "$pub/archive/3/feed.json" "$pub/archive/6/atom.xml"
'

test_expect_success 'the ledger has an archive column: empty for the subscription feed, the document for the others' '
	head -n 1 "$F/ledger.tsv" >"$T/got" &&
	printf "slug\tid\tpublished\tupdated\tlink\thash\tarchive\tgone\n" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	awk -F "\t" "NR > 1 { print \$1, \$7 \"|\" \$8 }" "$F/ledger.tsv" >"$T/got" &&
	for i in 01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25; do
		echo "r$i $(( (1${i} - 100 - 1) / 5 + 1 ))|" || return 1
	done >"$T/want" &&
	for i in 26 27 28 29 30; do echo "r$i |" || return 1; done >>"$T/want" &&
	test_cmp "$T/want" "$T/got"
'

test_expect_success 'the ledger round-trips: a build with nothing new changes no byte of it, nor any file' '
	cp "$F/ledger.tsv" "$T/ledger" &&
	(cd "$pub" && find . -type f | sort | xargs stat -c "%n %i %Y") >"$T/before" &&
	"$FEEDWRIGHT" build "$F" &&
	test_cmp "$T/ledger" "$F/ledger.tsv" &&
	(cd "$pub" && find . -type f | sort | xargs stat -c "%n %i %Y") >"$T/after" &&
	test_cmp "$T/before" "$T/after"
'

test_expect_success 'a ledger column "archive" that is not a document number is refused at its line' '
	cp "$F/ledger.tsv" "$T/ledger" &&
	test_when_finished "cp \"$T/ledger\" \"$F/ledger.tsv\"" &&
	sed -i "3s/\t1\t\$/\tone\t/" "$F/ledger.tsv" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$F" &&
	head -n 1 "$T/err" >"$T/got" &&
	echo "feedwright: $F/ledger.tsv:3: archive: \"one\" is not a whole number from 1 to 4000000000" >"$T/want" &&
	test_cmp "$T/want" "$T/got"
'

test_expect_success 'archive-size must be a whole number from 1, refused at its line' '
	cp "$F/feed.conf" "$T/conf" &&
	test_when_finished "cp \"$T/conf\" \"$F/feed.conf\"" &&
	set_conf "$F" archive-size 0 &&
	line=$(grep -n "^archive-size" "$F/feed.conf" | cut -d: -f1) &&
	test_expect_code 1 "$FEEDWRIGHT" build "$F" &&
	echo "feedwright: $F/feed.conf:$line: archive-size: \"0\" is not a whole number from 1 to 1000000" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	set_conf "$F" archive-size "5 entries" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$F" &&
	echo "feedwright: $F/feed.conf:$line: archive-size: \"5 entries\" is not a whole number from 1 to 1000000" >"$T/want" &&
	test_cmp "$T/want" "$T/err"
'

test_done
