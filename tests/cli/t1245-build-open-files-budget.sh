#!/bin/sh
# A first build with archives writes every archive document at once, and
# the category feeds at the same time: their temporary files are all open
# together. The soft limit on open files was raised for the archive
# documents alone (plus 64), so a feed with many documents and a few dozen
# categories failed with "Too many open files" (status 3) at every run,
# though the hard limit allowed the build.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

hard=$(ulimit -Hn)
if [ "$hard" != unlimited ] && [ "$hard" -lt 1024 ]; then
	skip_all "the hard limit on open files ($hard) is too low to show it"
fi

test_expect_success 'set up: 61 archive documents and 30 category feeds' '
	archive_feed f 1 1 &&
	set_conf f category-feeds yes &&
	i=1 &&
	while [ $i -le 61 ]; do
		category_record f/articles/r$i.txt \
		    "$(printf "2025-03-01 %02d:%02d:00" $((10 + i / 60)) $((i % 60)))" "Title $i" \
		    "Body $i." "Cat$((i % 30))" || return 1
		i=$((i + 1))
	done
'

test_expect_success 'the first build publishes under a soft limit of 128' '
	(ulimit -Sn 128 && exec "$FEEDWRIGHT" build -q f) 2>err &&
	test_must_be_empty err &&
	test_path_is_file f/public/archive/61/atom.xml &&
	test_path_is_file f/public/category/cat29/atom.xml
'

test_expect_success 'so does a build that writes every document again' '
	: >f/.feedwright-publishing &&
	(ulimit -Sn 128 && exec "$FEEDWRIGHT" build f) 2>err &&
	grep -F "every archive document is written again" err &&
	test_path_is_missing f/.feedwright-publishing
'

test_done
