#!/bin/sh
# make bench compares producers that must do the same job: this shows,
# without timing anything and without the network, that the generated
# records are deterministic and good records, that the xmlTextWriter loop
# and the python3-feedgenerator peer write the entries feedwright writes
# (same links, instants, titles, authors, summaries and bodies, same
# order), and that run.sh prints its table and puts back the record its
# rebuild row edits. The npm peer needs the registry and is not run here.
. "$SRCDIR/tests/lib.sh"

bench=$SRCDIR/tests/bench
loop=$BUILDDIR/tests/bench/xmlwriter-loop
if "$PYTHON" -c 'import feedgenerator' 2>/dev/null; then
	test_set_prereq FEEDGENERATOR
fi

test_expect_success 'gen-records.py writes the same bytes twice' '
	"$PYTHON" "$bench/gen-records.py" "$T/a" 60 &&
	"$PYTHON" "$bench/gen-records.py" "$T/b" 60 &&
	diff -r "$T/a" "$T/b" &&
	test_eq 60 "$(ls "$T/a/articles" | wc -l)"
'

test_expect_success 'feedwright builds every record without a word, both feeds valid' '
	"$FEEDWRIGHT" build -o "$T/fw" "$T/a" 2>"$T/fw.err" &&
	test_must_be_empty "$T/fw.err" &&
	test_eq "atom.xml rss.xml" "$(ls "$T/fw" | tr "\n" " " | sed "s/ $//")" &&
	"$FEEDWRIGHT" validate "$T/fw/atom.xml" "$T/fw/rss.xml" &&
	"$PYTHON" "$bench/entries.py" "$T/fw/atom.xml" >"$T/fw.atom" &&
	"$PYTHON" "$bench/entries.py" "$T/fw/rss.xml" >"$T/fw.rss" &&
	test_eq 60 "$(wc -l <"$T/fw.atom")" &&
	test_cmp "$T/fw.atom" "$T/fw.rss"
'

test_expect_success 'the entries hold two UTC offsets, escaping-heavy and non-ASCII text' '
	grep -q "<updated>[^<]*-05:00</updated>" "$T/fw/atom.xml" &&
	grep -q "<updated>[^<]*-04:00</updated>" "$T/fw/atom.xml" &&
	test_contains "$T/fw.atom" "&" && test_contains "$T/fw.atom" "<" &&
	test_contains "$T/fw.atom" "\"" && test_contains "$T/fw.atom" "'\''" &&
	test_contains "$T/fw.atom" "경제" &&
	test "$(cut -d"|" -f5 "$T/fw.atom" | sort -u | wc -l)" -gt 30
'

test_expect_success 'the xmlTextWriter loop writes the entries feedwright writes' '
	mkdir "$T/loop" &&
	"$loop" "$T/a/articles" "$T/loop" America/New_York &&
	"$PYTHON" "$bench/entries.py" "$T/loop/atom.xml" >"$T/loop.atom" &&
	"$PYTHON" "$bench/entries.py" "$T/loop/rss.xml" >"$T/loop.rss" &&
	test_cmp "$T/fw.atom" "$T/loop.atom" &&
	test_cmp "$T/fw.rss" "$T/loop.rss"
'

test_expect_success FEEDGENERATOR 'the python3-feedgenerator peer writes the entries feedwright writes' '
	"$PYTHON" "$bench/feedgenerator-peer.py" "$T/a" "$T/fg" &&
	"$PYTHON" "$bench/entries.py" "$T/fg/atom.xml" >"$T/fg.atom" &&
	test_cmp "$T/fw.atom" "$T/fg.atom" &&
	"$PYTHON" "$bench/entries.py" "$T/fw/rss.xml" --no-summary >"$T/fw.rss-" &&
	"$PYTHON" "$bench/entries.py" "$T/fg/rss.xml" --no-summary >"$T/fg.rss-" &&
	test_cmp "$T/fw.rss-" "$T/fg.rss-"
'

test_expect_success 'run.sh prints a row per producer, the validate rows and the ratios' '
	BENCH_DIR="$T/bench" BENCH_RUNS=1 BENCH_NPM=no BENCH_VALIDATE_N=40 \
	BENCH_ARCHIVE_N=30 XMLWRITER_LOOP="$loop" sh "$bench/run.sh" 20 \
	    >"$T/table" 2>"$T/table.err" &&
	test_lacks "$T/table" failed &&
	for row in "feedwright build, all (Atom+RSS)" "cat atom.xml rss.xml >file (limit)" \
	    "xmllint --stream of the two (limit)" \
	    "feedwright build, all, again (nothing new)" \
	    "feedwright build, all, one record edited" \
	    "feedwright build, newest 50" "xmlTextWriter loop (limit)" \
	    "feedwright validate atom.xml" "xmllint --stream --noout rss.xml" \
	    "feedwright build, one new record"; do
		grep -q "^[0-9a-z]* *$row  *[0-9.]* *[0-9.]* *[0-9.]* *[0-9.]*\$" "$T/table" ||
		{ echo "no row: $row"; return 1; }
	done &&
	grep -q "^20 *npm feed *BENCH_NPM=no\$" "$T/table" &&
	grep -q "under 300 MB: raise BENCH_VALIDATE_N" "$T/table" &&
	grep -q "feedwright CPU / xmlTextWriter loop CPU .*(target is for N = 10000 100000)\$" "$T/table" &&
	grep -q "feedwright CPU / (loop + xmllint of its files) CPU  *[0-9.-][0-9.]*   (no target" "$T/table" &&
	grep -q "feedwright build again, nothing new: peak MiB .*(target is for N = 10000 100000)\$" "$T/table" &&
	grep -q "feedwright build, one record edited: peak MiB .*(target is for N = 10000 100000)\$" "$T/table" &&
	grep -q "rebuild, nothing new CPU / first build CPU  *[0-9.-][0-9.]*   (no target)\$" "$T/table" &&
	grep -q "rebuild, one record edited CPU / first build CPU  *[0-9.-][0-9.]*   (no target)\$" "$T/table" &&
	grep -q "feedwright validate: peak MiB .* met (1 of 1 runs)\$" "$T/table" &&
	grep -q "feedwright build, one new record: peak MiB .* met (1 of 1 runs)\$" "$T/table" &&
	test_path_is_file "$T/bench/records-20-$(cksum <"$bench/gen-records.py" | cut -d" " -f1)/newest50/feed.conf"
'

recs=$T/bench/records-20-$(cksum <"$bench/gen-records.py" | cut -d" " -f1)

test_expect_success 'a rebuild with nothing new replaces no file, an edited one both' '
	grep -q "^20 *feedwright build, all, again (nothing new) .*  0\.0\$" "$T/table" &&
	awk "/^20 .*all \\(Atom\\+RSS\\)/ { a = \$NF }
	    /^20 .*one record edited/ { e = \$NF }
	    END { exit !(e > 0 && e == a) }" "$T/table"
'

test_expect_success 'run.sh puts back the record it edits: records and ledger as they were' '
	"$PYTHON" "$bench/gen-records.py" "$T/c" 20 &&
	diff -r "$T/c/articles" "$recs/articles" &&
	test_path_is_missing "$recs.edit" &&
	tree_snapshot "$recs" ! -name ".feedwright*" >"$T/before" &&
	BENCH_DIR="$T/bench" BENCH_RUNS=2 BENCH_NPM=no BENCH_VALIDATE_N=0 \
	BENCH_ARCHIVE_N=0 XMLWRITER_LOOP="$loop" sh "$bench/run.sh" 20 >"$T/table2" &&
	grep -q "^20 *feedwright build, all, one record edited " "$T/table2" &&
	tree_snapshot "$recs" ! -name ".feedwright*" >"$T/after" &&
	test_cmp "$T/before" "$T/after" &&
	test_path_is_missing "$recs.edit"
'

test_expect_success 'run.sh --records puts back an edit a killed run left' '
	name=$(ls "$recs/articles" | head -n 1) &&
	mkdir "$recs.edit" &&
	ln "$recs/articles/$name" "$recs/ledger.tsv" "$recs.edit/" &&
	echo edited >"$T/edited" && mv "$T/edited" "$recs/articles/$name" &&
	BENCH_DIR="$T/bench" sh "$bench/run.sh" --records 20 >"$T/out" &&
	test_eq "$recs" "$(cat "$T/out")" &&
	tree_snapshot "$recs" ! -name ".feedwright*" >"$T/after" &&
	test_cmp "$T/before" "$T/after" &&
	test_path_is_missing "$recs.edit"
'

test_done
