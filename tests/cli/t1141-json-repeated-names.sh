#!/bin/sh
# Repeated member names in a JSON Feed: the
# names of an object are checked for repeats in linear time however they
# repeat (one name 250,000 times took minutes: each repeat walked back to
# the first of its run), and the table that finds them is memory the
# document makes validate take, so it counts in the 48 MiB budget (an
# object of 314,000 names peaked over the 64 MiB feedwright(1) promises).
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

HEAD='{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[],'

# The name is long enough that the quadratic walk took minutes; capped
# stops a run past 20 s of CPU.
NAME=_aaaaaaaaaaaaaaaaaaaaaa

test_expect_success 'one name given 250,000 times: each repeat reported against the first, within capped CPU' '
	awk -v h="$HEAD" -v n="$NAME" "BEGIN { printf \"%s\", h; for (i = 0; i < 250000; i++) printf \"%s\\\"%s\\\":0\", (i ? \",\" : \"\"), n; printf \"}\" }" >same.json &&
	test_expect_code 0 capped "$FEEDWRIGHT" validate same.json &&
	awk -v n="$NAME" "BEGIN { for (i = 1; i <= 1000; i++) printf \"same.json:1:%d: warning: member \\\"%s\\\" repeats the one at line 1, column 70 of the same object; the last is checked, as most readers keep the last [json-duplicate-key]\\n\", 70 + 28 * i, n; print \"same.json: 249001 more problems not shown\" }" >want &&
	test_cmp want "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success GNU_TIME 'an 8 MiB file of 314,000 names in one object: too-large, and under 64 MiB' '
	awk "BEGIN { printf \"{\\\"version\\\":\\\"https://jsonfeed.org/version/1.1\\\",\\\"title\\\":\\\"T\\\",\\\"items\\\":[],\\\"_x\\\":{\"; for (i = 0; i < 314000; i++) printf \"%s\\\"%d\\\":0\", (i ? \",\" : \"\"), i; printf \"}}\" }" >obj.json &&
	head -c $((8388608 - $(wc -c <obj.json))) /dev/zero | tr "\\000" " " >>obj.json &&
	test "$(wc -c <obj.json)" -eq 8388608 &&
	test_expect_code 1 /usr/bin/time -f %M -o rss "$FEEDWRIGHT" validate obj.json &&
	echo "obj.json:1:3342966: error: the document would take more than 48 MiB of memory, more than validate reads [too-large]" >want &&
	test_cmp want "$T/out" &&
	echo "peak $(tail -n 1 rss) KB" &&
	test "$(tail -n 1 rss)" -lt 65536
'

test_done
