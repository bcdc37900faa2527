#!/bin/sh
# skipHours: RSS 2.0 counts hours 0 to 23; 24 for midnight, as older RSS
# and many feeds write it, is a warning in every version, as the W3C
# service's UseZeroForMidnight, not an error. 24 and 0 are the same hour,
# so both listed is an hour listed twice; 25 is no hour.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE VERSION HOURS: a small feed skipping HOURS.
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="%s">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>\n<skipHours>%s</skipHours>\n</channel>\n</rss>\n' "$2" "$3" >"$1"
}

test_expect_success 'hour 24 in RSS 0.91, 0.92 and 2.0: a warning, exit 0' '
	for v in 0.91 0.92 2.0; do
		rss h.xml $v "<hour>1</hour><hour>24</hour>" &&
		test_expect_code 0 "$FEEDWRIGHT" validate h.xml &&
		echo "h.xml:7:26: warning: hour \"24\" is midnight, which RSS 2.0 writes 0 [rss-skip-hours-midnight]" >want &&
		grep -v rss-version-old "$T/out" >got &&
		test_cmp want got || return 1
	done
'

test_expect_success 'hour 0 and hour 24: the same hour, listed twice' '
	rss dup.xml 2.0 "<hour>0</hour><hour>24</hour>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate dup.xml &&
	cat >want <<-\EOT &&
	dup.xml:7:26: warning: hour "24" is midnight, which RSS 2.0 writes 0 [rss-skip-hours-midnight]
	dup.xml:7:26: error: hour "24" is listed twice [rss-skip-hours]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'hour 25 is still an error' '
	rss late.xml 0.91 "<hour>25</hour>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate late.xml &&
	test_contains "$T/out" "late.xml:7:12: error: hour \"25\" is not an integer from 0 to 23 [rss-skip-hours]"
'

test_done
