#!/bin/sh
# The rule registry (src/validate_rules.def): validate --list-rules prints
# it, each rule has one severity wherever it is reported, and the man
# page's list of rules names exactly the rules of the registry.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

test_expect_success '--list-rules: ID SEVERITY SUMMARY per line, sorted by id, exit 0' '
	test_expect_code 0 "$FEEDWRIGHT" validate --list-rules &&
	test_must_be_empty "$T/err" &&
	cp "$T/out" rules &&
	test "$(wc -l <rules)" -ge 75 &&
	! grep -Ev "^[a-z0-9]+(-[a-z0-9]+)* (error|warning) [^ ].*[^ ]\$" rules &&
	LC_ALL=C sort -c rules &&
	cut -d" " -f1 rules >ids &&
	LC_ALL=C sort -u ids >unique &&
	test_cmp ids unique
'

test_expect_success '--list-rules: the summaries and severities of the registry' '
	cat >want <<-\EOT &&
	atom-date error a date that is not an RFC 3339 date-time
	atom-link-rel error a link rel that is neither a name (isegment-nz-nc) nor an absolute IRI
	atom-link-rel-unregistered warning a link rel name that is not registered with IANA
	atom-self-link warning a feed without a rel="self" link
	ids-not-checked warning more than 500,000 entries: the ids of the others are not checked
	rss-version error rss without version, or with a version other than 2.0
	rss-version-old warning RSS 0.91 or 0.92, checked with the rules of RSS 2.0
	too-large error the file passes a limit of what validate reads
	unknown-format error not a feed this validator knows
	xml-not-well-formed error the file is not well-formed XML
	EOT
	grep -E "^(atom-date|atom-link-rel|atom-link-rel-unregistered|atom-self-link|ids-not-checked|rss-version|rss-version-old|too-large|unknown-format|xml-not-well-formed) " rules >got &&
	test_cmp want got
'

# "ID SEVERITY" of every problem in FILE... (text reports), once each.
reported() {
	sed -n 's/^.*: \(error\|warning\): .* \[\([a-z0-9-]*\)\]$/\2 \1/p' "$@" |
	    LC_ALL=C sort -u
}

# The rule cases, and RSS 0.91 (a warning of the rule family rss-version,
# whose other members are errors): every message has the severity the
# registry gives its rule, and no rule is reported at two severities.
test_expect_success 'each rule is reported at the one severity the registry gives it' '
	cut -d" " -f1,2 rules >sev &&
	test_expect_code 0 "$FEEDWRIGHT" validate \
	    "$SRCDIR/tests/validate/formats/rss091.rss" &&
	reported "$SRCDIR"/tests/validate/rules/*.expected "$T/out" >seen &&
	test "$(wc -l <seen)" -ge 70 &&
	LC_ALL=C join seen sev >both &&
	test "$(wc -l <both)" -eq "$(wc -l <seen)" &&
	awk "\$2 != \$3 { print \$1 \" reported as \" \$2 \", registered as \" \$3; bad = 1 } END { exit bad }" both &&
	cut -d" " -f1 seen | uniq -d >twice &&
	test_must_be_empty twice
'

test_expect_success '--list-rules takes no file: exit 2, said on stderr' '
	test_expect_code 2 "$FEEDWRIGHT" validate --list-rules feed.xml &&
	test_must_be_empty "$T/out" &&
	printf "%s\n" "feedwright: validate: --list-rules takes no file" \
	    "Try '\''feedwright validate --help'\''." >want &&
	test_cmp want "$T/err"
'

test_expect_success '--help, the man page and README document --list-rules' '
	"$FEEDWRIGHT" validate --help >help &&
	test_contains help "       feedwright validate --list-rules" &&
	test_contains help "  --list-rules    print every rule as ID SEVERITY SUMMARY, sorted by id," &&
	test_contains "$SRCDIR/doc/feedwright.1" ".B feedwright validate \\-\\-list\\-rules" &&
	test_contains "$SRCDIR/README.md" "feedwright validate --list-rules"
'

# The rule names of the list after "The rule names are stable" in
# doc/feedwright.1: the bold names after each .TP, up to the next section.
man_rules() {
	sed -n '/^The rule names are stable/,/^\.SH /p' "$1" |
	awk 'prev == ".TP" && /^\.BR? / {
		sub(/^\.BR? /, ""); gsub(/\\/, ""); gsub(/[",]/, " ")
		n = split($0, w, " "); for (i = 1; i <= n; i++) print w[i]
	} { prev = $0 }' | LC_ALL=C sort
}

test_expect_success 'the man page lists exactly the rules of the registry' '
	man_rules "$SRCDIR/doc/feedwright.1" >man-ids &&
	test "$(wc -l <man-ids)" -ge 75 &&
	test_cmp ids man-ids
'

test_done
