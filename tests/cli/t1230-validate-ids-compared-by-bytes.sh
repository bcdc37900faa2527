#!/bin/sh
# Atom entry ids (with their updated) and RSS guids are unique by their
# bytes: validate kept only a 64-bit hash of each, unseeded, so two
# different ids whose hashes collide were called one (atom-duplicate-entry,
# rss-guid-duplicate), and such pairs are easy to make. The bytes were
# then kept, in validate's memory limit, so that many long ids made a
# valid feed too-large; each id is now kept as 16 bytes of its SHA-256,
# which no one can make two ids share. The same id and updated twice is
# still found.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# Different ids with the same hash_bytes(id, n, 0), which the Atom check
# used (the JSON Feed test's pair).
A='tag:a.b,2025:aaaaaaaaaaa'
B='tag:a.b,2025:11faqqraqqr'
# Different guids with the same hash_bytes(guid, n, 3), the RSS check's.
G='urn:x:a:f7ogejseagnu|cjq'
H='urn:x:a:f87uvdp6~xn{csrt'

atom_entry() {
	printf '<entry><id>%s</id><title>%s</title><updated>%s</updated><link href="https://e.example/%s"/><summary>s</summary></entry>\n' \
	    "$1" "$2" "$3" "$2"
}

atom_feed() {
	printf '%s\n' '<?xml version="1.0" encoding="utf-8"?>' \
	    '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>tag:a.b,2025:feed</id><updated>2025-01-02T00:00:00Z</updated><author><name>A</name></author><link rel="self" href="https://e.example/atom.xml"/>'
	cat
	echo '</feed>'
}

rss_item() {
	printf '<item><title>%s</title><link>https://e.example/%s</link><description>d</description><guid isPermaLink="false">%s</guid></item>\n' \
	    "$2" "$2" "$1"
}

rss_feed() {
	printf '%s\n' '<?xml version="1.0" encoding="utf-8"?>' \
	    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>T</title><link>https://e.example/</link><description>D</description><atom:link rel="self" type="application/rss+xml" href="https://e.example/rss.xml"/>'
	cat
	echo '</channel></rss>'
}

test_expect_success 'two Atom ids whose hashes collide, one updated: two entries, valid, silent' '
	{
		atom_entry "$A" one 2025-01-01T00:00:00Z &&
		atom_entry "$B" two 2025-01-01T00:00:00Z
	} | atom_feed >two.xml &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict two.xml &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'the same id and instant again beside them (written otherwise): one warning, for that one' '
	{
		atom_entry "$A" one 2025-01-01T00:00:00Z &&
		atom_entry "$B" two 2025-01-01T00:00:00Z &&
		atom_entry "$A" three 2025-01-01T00:00:00.000+00:00 &&
		atom_entry "$A" four 2025-01-01T00:00:01Z
	} | atom_feed >three.xml &&
	test_expect_code 0 "$FEEDWRIGHT" validate three.xml &&
	echo "three.xml:5:1: warning: another atom:entry has the same atom:id \"$A\" and atom:updated; entries with the same id should differ in updated [atom-duplicate-entry]" >want &&
	test_cmp want "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'two RSS guids whose hashes collide: two items, valid, silent' '
	{
		rss_item "$G" one &&
		rss_item "$H" two
	} | rss_feed >two-rss.xml &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict two-rss.xml &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'the same guid again beside them: one error, for that one' '
	{
		rss_item "$G" one &&
		rss_item "$H" two &&
		rss_item "$G" three
	} | rss_feed >three-rss.xml &&
	test_expect_code 1 "$FEEDWRIGHT" validate three-rss.xml &&
	echo "three-rss.xml:5:91: error: guid \"$G\" is used by another item; it must identify its item uniquely [rss-guid-duplicate]" >want &&
	test_cmp want "$T/out" &&
	test_must_be_empty "$T/err"
'

# long_guids N FILE: N items whose guid is 100 KB long.
long_guids() {
	"$PYTHON" - "$1" "$2" <<'EOT'
import sys
n, out = int(sys.argv[1]), sys.argv[2]
f = open(out, 'w')
f.write('<rss version="2.0"><channel><title>t</title><link>https://e.org/</link><description>d</description>\n')
for i in range(n):
    f.write('<item><title>t</title><guid isPermaLink="false">%d/%s</guid></item>\n' % (i, 'a' * 100000))
f.write('</channel></rss>\n')
EOT
}

test_expect_success '600 guids of 100 KB (60 MB of ids): 16 bytes kept of each, valid, no too-large' '
	long_guids 600 big.xml &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict big.xml &&
	test_must_be_empty "$T/out"
'

test_expect_success GNU_TIME 'and its peak stays under 64 MiB' '
	/usr/bin/time -f %M -o rss "$FEEDWRIGHT" validate big.xml &&
	test "$(cat rss)" -lt 65536
'

test_expect_success 'the first of them again, as the 601st guid: one error, at its place' '
	sed "\$d" big.xml >dup.xml &&
	sed -n 2p big.xml >>dup.xml &&
	echo "</channel></rss>" >>dup.xml &&
	test_expect_code 1 "$FEEDWRIGHT" validate dup.xml &&
	test "$(wc -l <"$T/out")" -eq 1 &&
	grep "^dup.xml:602:[0-9]*: error: guid \"0/aaaa.*\" is used by another item; it must identify its item uniquely \[rss-guid-duplicate\]$" "$T/out"
'

test_done
