#!/bin/sh
# A build holds every temporary file of its set open at once, and raises
# its soft limit on open files for them (t1245-build-open-files-budget.sh);
# the hard limit it cannot pass. A cron job or unit under a low hard limit
# failed with "Too many open files" alone, which says neither what the
# limit is nor what to raise it to. The message names both: the hard
# limit, and what the set needs, a number that is enough.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

hard=$(ulimit -Hn)
if [ "$hard" != unlimited ] && [ "$hard" -lt 1024 ]; then
	skip_all "the hard limit on open files ($hard) is too low to show it"
fi

# tmp_files DIR: the temporary files of a set left anywhere under DIR.
tmp_files() { find "$1" -name ".*.??????" ! -name ".feedwright-cache" || :; }

test_expect_success 'set up: 20 archive documents and 10 category feeds' '
	archive_feed f 1 1 &&
	set_conf f category-feeds yes &&
	i=1 &&
	while [ $i -le 20 ]; do
		category_record f/articles/r$i.txt \
		    "$(printf "2025-03-01 10:%02d:00" $i)" "Title $i" \
		    "Body $i." "Cat$((i % 10))" || return 1
		i=$((i + 1))
	done
'

test_expect_success 'under a hard limit of 20 the build fails, naming the limit and what the set needs' '
	test_expect_code 3 sh -c "ulimit -n 20 && exec \"\$1\" build f" sh \
	    "$FEEDWRIGHT" &&
	test_eq "$(wc -l <"$T/err")" 1 &&
	grep "^feedwright: f/public/[a-z0-9/]*: cannot create a temporary file: Too many open files (the set needs [0-9]* open at once, and the hard limit on open files, RLIMIT_NOFILE, is 20: raise it to [0-9]*, with ulimit -Hn or systemd.s LimitNOFILE=)\$" "$T/err" &&
	test_path_is_missing f/public/atom.xml &&
	tmp_files f >left &&
	test_must_be_empty left
'

test_expect_success 'the number it names is enough: the build publishes under that hard limit' '
	need=$(sed -n "s/.*the set needs \([0-9]*\) open at once.*/\1/p" "$T/err") &&
	test "$need" -gt 20 &&
	test_expect_code 0 sh -c "ulimit -n \"\$2\" && exec \"\$1\" build -q f" \
	    sh "$FEEDWRIGHT" "$need" &&
	test_must_be_empty "$T/err" &&
	test_path_is_file f/public/archive/20/atom.xml &&
	test_path_is_file f/public/category/cat9/atom.xml
'

test_done
