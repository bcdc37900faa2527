#!/bin/sh
# podcast:updateFrequency (update-frequency.md): in the channel, once;
# text of at most 128 characters (a warning); complete a boolean; dtstart
# an ISO 8601 date or date-time, required when the rrule has a COUNT, in
# the form (date or date-time) of the rrule's UNTIL; rrule an RFC 5545
# 3.3.10 recurrence rule. podcast:podping (podping.md): in the channel;
# usesPodping true or false, as in the page's example (a warning).
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE CHANNEL-EXTRA ITEM-EXTRA
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>%s\n<item>\n<title>i</title>\n<guid>https://example.org/1</guid>%s\n</item>\n</channel>\n</rss>\n' "$2" "$3" >"$1"
}

# one ATTRIBUTES MESSAGE: a channel whose updateFrequency has ATTRIBUTES
# reports MESSAGE (after "podcast:updateFrequency "), exit 1.
one() {
	rss u.rss "
<podcast:updateFrequency $1>Weekly</podcast:updateFrequency>" "" &&
	test_expect_code 1 "$FEEDWRIGHT" validate u.rss &&
	echo "u.rss:7:1: error: podcast:updateFrequency $2 [podcast-update-frequency]" >want &&
	test_cmp want "$T/out"
}

test_expect_success 'complete neither true nor false' '
	one "complete=\"yes\"" "complete \"yes\" is neither true nor false"
'

test_expect_success 'dtstart not ISO 8601, or no such day' '
	one "dtstart=\"08/28/2023\"" "dtstart \"08/28/2023\" is not an ISO 8601 date or date-time: it does not match the date format" &&
	one "dtstart=\"2023-02-30\"" "dtstart \"2023-02-30\" is not an ISO 8601 date or date-time: it has a field out of range (no such date or time)"
'

test_expect_success 'rrule: a FREQ RFC 5545 lacks, no FREQ, a value out of range' '
	one "rrule=\"FREQ=FORTNIGHTLY\"" "rrule \"FREQ=FORTNIGHTLY\" is not an RFC 5545 recurrence rule: it has a FREQ that is not SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY or YEARLY" &&
	one "rrule=\"INTERVAL=2\"" "rrule \"INTERVAL=2\" is not an RFC 5545 recurrence rule: it has no FREQ part, which is required" &&
	one "rrule=\"FREQ=MONTHLY;BYMONTHDAY=32\"" "rrule \"FREQ=MONTHLY;BYMONTHDAY=32\" is not an RFC 5545 recurrence rule: it has a BYMONTHDAY that is not a list of days from 1 to 31, signed if need be" &&
	one "rrule=\"FREQ=WEEKLY;UNTIL=2023-12-31;COUNT=3\" dtstart=\"2023-08-28\"" "rrule \"FREQ=WEEKLY;UNTIL=2023-12-31;COUNT=3\" is not an RFC 5545 recurrence rule: it has both UNTIL and COUNT, which exclude each other"
'

test_expect_success 'COUNT without dtstart; UNTIL a date-time, dtstart a date' '
	one "rrule=\"FREQ=WEEKLY;COUNT=10\"" "has an rrule with COUNT but no dtstart, which COUNT makes required" &&
	one "rrule=\"FREQ=WEEKLY;UNTIL=2023-12-31T00:00:00.000Z\" dtstart=\"2023-08-28\"" "dtstart is a date but the rrule'"'"'s UNTIL a date-time; the two are to be in the same form"
'

test_expect_success 'UNTIL in RFC 5545 form, dtstart with a -0600 zone: valid' '
	rss ok.rss "
<podcast:updateFrequency rrule=\"FREQ=WEEKLY;UNTIL=20231231T000000Z\" dtstart=\"2023-08-28T07:30:00-0600\">Weekly</podcast:updateFrequency>" "" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out"
'

test_expect_success 'updateFrequency: too long, twice, in an item' '
	rss u.rss "
<podcast:updateFrequency>$(awk "BEGIN { while (n++ < 129) printf \"x\" }")</podcast:updateFrequency>
<podcast:updateFrequency rrule=\"FREQ=DAILY\">Daily</podcast:updateFrequency>" "
<podcast:updateFrequency>Weekly</podcast:updateFrequency>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate u.rss &&
	cat >want <<-\EOT &&
	u.rss:7:1: warning: podcast:updateFrequency is longer than the 128 characters aggregators keep [podcast-length]
	u.rss:8:1: error: channel has more than one podcast:updateFrequency, which may occur once [ext-duplicate-element]
	u.rss:12:1: error: podcast:updateFrequency belongs in the channel, not in an item [ext-misplaced]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'podping: usesPodping yes; in an item' '
	rss p.rss "
<podcast:podping usesPodping=\"yes\"/>" "
<podcast:podping usesPodping=\"true\"/>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate p.rss &&
	cat >want <<-\EOT &&
	p.rss:7:1: warning: podcast:podping usesPodping "yes" is neither true nor false [podcast-podping]
	p.rss:11:1: error: podcast:podping belongs in the channel, not in an item [ext-misplaced]
	EOT
	test_cmp want "$T/out" &&
	test_must_be_empty "$T/err"
'

test_done
