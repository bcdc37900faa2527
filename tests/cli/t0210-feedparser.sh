#!/bin/sh
# What a feed reader sees: Debian's python3-feedparser reads every feed we
# produce with no "bozo" complaint, and every field is what the records say.
. "$SRCDIR/tests/lib.sh"

test_have_prereq FEEDPARSER ||
	skip_all "python3-feedparser is not installed (apt-get install python3-feedparser)"

expected=$SRCDIR/tests/readers/expected

for name in global-economic-times world-desk; do
	test_expect_success "$name builds" '
		test_copy_feed "$name" "$T/$name" &&
		test_expect_code 0 "$FEEDWRIGHT" build -o "$T/$name.out" "$T/$name"
	'
	for f in atom rss; do
		test_expect_success "feedparser reads $name $f.xml without complaint and sees every field" '
			"$PYTHON" "$SRCDIR/tests/readers/feedparser_dump.py" \
			    "$T/$name.out/$f.xml" >"$T/$name.$f.txt" &&
			test_cmp "$expected/$name.$f.feedparser" "$T/$name.$f.txt"
		'
	done
done

# The values the issue names, asserted on their own so a wrong expected
# file cannot hide them.
g=$T/global-economic-times
w=$T/world-desk
for f in atom rss; do
	test_expect_success "$f: the seed instant and title" '
		test_contains "$g.$f.txt" "published: 1738791177 2025-02-05T21:32:57Z" &&
		test_contains "$g.$f.txt" "title: North Korean Troops in Russia Reportedly Withdrawn Amidst Heavy Losses"
	'
	test_expect_success "$f: the seed author name and email" '
		test_contains "$g.$f.txt" "author: Global Economic Times Reporter" &&
		test_contains "$g.$f.txt" "email: korocamia@naver.com"
	'
done

test_expect_success 'an escaped title reads back exactly' '
	test_contains "$w.atom.txt" "title: Markets open < expected & \"calm\" before the clocks change"
'

test_expect_success 'around the March DST change: EST before, EDT after' '
	test_contains "$w.atom.txt" "published: 1741503599 2025-03-09T06:59:59Z" &&
	test_contains "$w.atom.txt" "published: 1741503600 2025-03-09T07:00:00Z"
'

test_expect_success 'an ambiguous November time is its first occurrence' '
	test_contains "$w.rss.txt" "published: 1762061400 2025-11-02T05:30:00Z"
'

test_expect_success 'Korean categories read back' '
	test_contains "$w.atom.txt" "tags: Markets|경제 & Economy"
'

test_expect_success 'max-entries cuts the oldest record' '
	test_lacks "$w.atom.txt" "The oldest record"
'

test_done
