#!/bin/sh
# RFC 5545 3.3.10: "The FREQ rule part is REQUIRED, but MUST NOT occur
# more than once. ... The other rule parts are OPTIONAL, but SHOULD NOT
# occur more than once." A podcast:updateFrequency rrule that repeats
# another part is warned of, not refused; FREQ twice stays an error.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE RRULE
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>\n<podcast:updateFrequency rrule="%s">Sometimes</podcast:updateFrequency>\n<item>\n<title>i</title>\n<guid>https://example.org/1</guid>\n</item>\n</channel>\n</rss>\n' "$2" >"$1"
}

test_expect_success 'BYDAY twice: a warning, and valid without --strict' '
	rss by.rss "FREQ=MONTHLY;BYDAY=MO;BYDAY=TU" &&
	test_expect_code 0 "$FEEDWRIGHT" validate by.rss &&
	cat >want <<-\EOT &&
	by.rss:7:1: warning: podcast:updateFrequency rrule "FREQ=MONTHLY;BYDAY=MO;BYDAY=TU" gives BYDAY more than once, which RFC 5545 says it should not [podcast-update-frequency-repeat]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'a repeated part is still read by its grammar' '
	rss bad.rss "FREQ=MONTHLY;BYDAY=MO;BYDAY=XX" &&
	test_expect_code 1 "$FEEDWRIGHT" validate bad.rss &&
	grep "BYDAY that is not a list of weekdays.*\[podcast-update-frequency\]\$" "$T/out"
'

test_expect_success 'FREQ twice: an error' '
	rss freq.rss "FREQ=WEEKLY;FREQ=DAILY" &&
	test_expect_code 1 "$FEEDWRIGHT" validate freq.rss &&
	cat >want <<-\EOT &&
	freq.rss:7:1: error: podcast:updateFrequency rrule "FREQ=WEEKLY;FREQ=DAILY" is not an RFC 5545 recurrence rule: it gives FREQ twice, which RFC 5545 forbids [podcast-update-frequency]
	EOT
	test_cmp want "$T/out"
'

test_done
